#!/usr/bin/env python3
"""Seed corpora for the fuzz targets (tests/fuzz/), written into OUT/<target>/ from what the repository
already holds: examples/, the test fixtures, the packs and the rule reference, and (when ../shared is
there) a few dozen real XLIFF files from ../shared/corpus/xliff-real/. Nothing here is committed."""
import hashlib
import io
import os
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

TOP = Path(__file__).resolve().parents[2]
REAL = TOP.parent.parent / "shared" / "corpus" / "xliff-real"
if not REAL.is_dir():
    REAL = Path("/work/shared/corpus/xliff-real")
XLIFF_EXT = (".xlf", ".xliff", ".sdlxliff")
MAX_SEED = 64 * 1024


def put(out: Path, target: str, data: bytes) -> None:
    if len(data) > MAX_SEED:
        return
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def xliff_files() -> list[Path]:
    own = sorted(p for d in ("examples", "tests/fixtures") for p in (TOP / d).rglob("*")
                 if p.suffix in XLIFF_EXT)
    real = []
    if REAL.is_dir():
        found = sorted(p for p in REAL.rglob("*") if p.suffix in XLIFF_EXT and p.stat().st_size <= 16 * 1024)
        step = max(1, len(found) // 40)
        real = found[::step][:40]
    else:
        print("make_seeds: ../shared/corpus/xliff-real is absent; seeds from the repository only", file=sys.stderr)
    return own + real


def pairs() -> list[tuple[str, str]]:
    """Source/target pairs carried by the rule reference and the packs' examples."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("source"), str) and isinstance(node.get("target"), str):
                found.append((node["source"], node["target"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            if len(node) == 2 and all(isinstance(x, str) for x in node):
                found.append((node[0], node[1]))
            for value in node:
                walk(value)

    for path in sorted((TOP / "rules").rglob("*.toml")):
        try:
            walk(tomllib.loads(path.read_text(encoding="utf-8")))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError):
            pass
    return found


def archives(members: list[Path]) -> list[bytes]:
    """One archive per format libarchive reads, each with a few small XLIFF files (and one nested)."""
    small = [p for p in members if p.stat().st_size <= 4096][:3]
    out = []
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w", zipfile.ZIP_DEFLATED) as z:
        for i, p in enumerate(small):
            z.writestr(f"dir/{i}{p.suffix}", p.read_bytes())
        z.writestr("notes.txt", "not XLIFF")
    out.append(zbuf.getvalue())
    for mode in ("w", "w:gz", "w:xz", "w:bz2"):
        tbuf = io.BytesIO()
        with tarfile.open(fileobj=tbuf, mode=mode) as t:
            for i, p in enumerate(small):
                t.add(p, arcname=f"dir/{i}{p.suffix}")
            if mode == "w":
                info = tarfile.TarInfo("inner.zip")
                info.size = len(out[0])
                t.addfile(info, io.BytesIO(out[0]))
        out.append(tbuf.getvalue())
    try:
        out.append(subprocess.run(["zstd", "-q", "-c"], input=out[1], capture_output=True, check=True).stdout)
    except (OSError, subprocess.CalledProcessError):
        pass
    return out


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else TOP / "build-fuzz" / "fuzz-seeds")
    xliffs = xliff_files()
    for p in xliffs:
        put(out, "xliff_reader", p.read_bytes())
    texts = [TOP / "examples/official-statement.txt", TOP / "examples/unofficial-translation.txt"]
    the_pairs = pairs()
    for mode in range(8):
        put(out, "text_pair", texts[0].read_bytes() + b"\0" + texts[1].read_bytes() + bytes([mode]))
    put(out, "text_pair", (TOP / "examples/statement.en-fr.xlf").read_bytes() + b"\0" + texts[1].read_bytes() + b"\2")
    for i, (s, t) in enumerate(the_pairs[:200]):
        put(out, "rule_engine", s.encode() + b"\0" + t.encode())
        if i % 4 == 0:
            put(out, "text_pair", (s + "\n" + s).encode() + b"\0" + (t + "\n" + t).encode() + bytes([i % 8]))
    for p in sorted((TOP / "rules").rglob("*.toml"))[:80]:
        put(out, "pack_config", p.read_bytes())
    put(out, "pack_config", b'fail_on = "warning"\nskip_states = ["final"]\npacks = ["packs"]\n'
                            b'[rules]\ndisable = ["form.*"]\n[rules.severity]\n"number.*" = "error"\n'
                            b'[rules.options."omission.length"]\nratio = "0.5"\n'
                            b'[[files]]\nglob = "legacy/**"\n[files.rules]\nenable = ["markup.*"]\n')
    for data in archives(xliffs):
        put(out, "archive", data)
    for target in sorted(os.listdir(out)):
        print(f"{target}: {len(os.listdir(out / target))} seeds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
