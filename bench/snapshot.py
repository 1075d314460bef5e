#!/usr/bin/env python3
"""Golden snapshot of every finding Verity reports on the bench sets, to prove a refactoring changed nothing.

usage: bench/snapshot.py --write  [--verity build/verity] [--shared ../shared] [--quick]
       bench/snapshot.py --check  [--verity build/verity] [--shared ../shared] [--quick]

Sets (one file each under tests/golden/, one line per finding, sorted):
  docpairs, heldout, seed, examples   our own pairs and the seed (always run)
  demetr-version, demetr-translation  DEMETR dev pairs as XLIFF, as ../shared/corpus/eval_pairs.py builds them
  distil                              distil-lingeval dev pairs (src-bad)
  xliff-real                          every file of ../shared/corpus/xliff-real
Sets that need ../shared are skipped with a message when it is absent; --quick runs only the first group
(used by the sanitizer build). A line holds: input, unit, segment, rule, severity, source spans, target spans,
fingerprint and a hash of the message. --check prints the first differences and exits 1 on any.
"""
import argparse, collections, glob, hashlib, json, os, subprocess, sys, tempfile

top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
golden = os.path.join(top, "tests", "golden")


def spans(side):
    if not side:
        return "-"
    return ",".join(f"{s['start']}-{s['end']}" for s in side.get("spans", [])) or "."


def lines_of(report, label):
    # A message may name another input (consistency across the run): hash it with the machine's own
    # directory taken out, so a clone elsewhere gives the same snapshot.
    root = getattr(label, "root", None)
    def message(f):
        m = f.get("message", "")
        return m.replace(root + os.sep, "") if root else m
    out = []
    for fl in report.get("files", []):
        path = label(fl.get("path", ""))
        if fl.get("error"):
            msg = fl["error"] if isinstance(fl["error"], str) else json.dumps(fl["error"], sort_keys=True)
            out.append(f"{path}\t-\t-\tLOAD-ERROR\t-\t-\t-\t-\t{hashlib.sha1(msg.encode()).hexdigest()[:8]}")
        for f in fl.get("findings", []):
            out.append("\t".join([path, str(f.get("unit")), str(f.get("segment")), f["rule"], f["severity"],
                                  spans(f.get("source")), spans(f.get("target")), f.get("fingerprint", ""),
                                  hashlib.sha1(message(f).encode()).hexdigest()[:8]]))
    return out


def run(cmd, input_errors_ok=False):
    r = subprocess.run(cmd, capture_output=True, text=True)
    # Exit 2 with a report is a batch in which some files could not be read (conformance suites hold
    # invalid files on purpose); their errors are part of the snapshot.
    if r.returncode not in ((0, 1, 2) if input_errors_ok else (0, 1)) or not r.stdout.startswith("{"):
        sys.exit(f"snapshot: {' '.join(cmd)} exited {r.returncode}: {r.stderr[:500]}")
    return json.loads(r.stdout)


def rel(root):
    def label(p):
        return os.path.relpath(os.path.abspath(p), root) if p else p
    label.root = os.path.abspath(root)
    return label


def docs_set(verity, folder):
    out = []
    for g in sorted(glob.glob(os.path.join(top, "bench", folder, "*", "gold.json"))):
        d = os.path.dirname(g)
        gold = json.load(open(g))
        cmd = [verity, "compare", os.path.join(d, "source.txt"), os.path.join(d, "target.txt"),
               "--format", "json", "--fail-on", "never"]
        if gold.get("source_lang"):
            cmd += ["--source-lang", gold["source_lang"]]
        if gold.get("target_lang"):
            cmd += ["--target-lang", gold["target_lang"]]
        out += lines_of(run(cmd), rel(top))
    return out


def seed_set(verity, shared):
    seed = os.path.join(shared, "acceptance", "seed-gold.json")
    g = json.load(open(seed))
    base = os.path.dirname(seed)
    cmd = [verity, "compare", os.path.normpath(os.path.join(base, g["source"])),
           os.path.normpath(os.path.join(base, g["target"])), "--format", "json", "--fail-on", "never"]
    return lines_of(run(cmd), rel(shared))


def pairs_set(verity, shared, name, mode):
    sys.path.insert(0, os.path.join(shared, "corpus"))
    import eval_pairs  # the same XLIFF the evaluation measures
    groups = collections.defaultdict(list)
    for line in open(os.path.join(shared, "corpus", name, "dev.jsonl"), encoding="utf-8"):
        p = json.loads(line)
        if p.get("mt_good") is None and mode == "good-bad":
            continue
        groups["en" if mode == "good-bad" else p["lang_pair"].split("-")[0]].append(p)
    out = []
    with tempfile.TemporaryDirectory(prefix="verity-snapshot-") as work:
        for lang, ps in sorted(groups.items()):
            xlf = os.path.join(work, f"pairs-{lang}.xlf")
            eval_pairs.write_xliff(ps, mode, xlf)
            out += lines_of(run([verity, "check", xlf, "--format", "json", "--fail-on", "never"]),
                            lambda p: os.path.basename(p))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true")
    mode.add_argument("--check", action="store_true")
    ap.add_argument("--verity", default=os.path.join(top, "build", "verity"))
    ap.add_argument("--shared", default=os.path.join(top, "..", "shared"))
    ap.add_argument("--quick", action="store_true", help="only the sets that need no ../shared corpus")
    ap.add_argument("--only", default="", help="comma-separated set names")
    a = ap.parse_args()
    shared = os.path.abspath(a.shared)
    have_shared = os.path.isdir(os.path.join(shared, "corpus"))

    sets = {
        "docpairs": lambda: docs_set(a.verity, "docpairs"),
        "heldout": lambda: docs_set(a.verity, "heldout"),
        "examples": lambda: lines_of(run([a.verity, "check", os.path.join(top, "examples"), "--format", "json",
                                          "--fail-on", "never"]), rel(top)),
        "seed": lambda: seed_set(a.verity, shared),
        "demetr-version": lambda: pairs_set(a.verity, shared, "demetr", "good-bad"),
        "demetr-translation": lambda: pairs_set(a.verity, shared, "demetr", "src-bad"),
        "distil": lambda: pairs_set(a.verity, shared, "distil-lingeval", "src-bad"),
        "xliff-real": lambda: lines_of(run([a.verity, "check", os.path.join(shared, "corpus", "xliff-real"),
                                            "--format", "json", "--fail-on", "never"], True), rel(shared)),
    }
    needs_shared = {"seed", "demetr-version", "demetr-translation", "distil", "xliff-real"}
    heavy = {"demetr-version", "demetr-translation", "distil", "xliff-real"}
    only = set(filter(None, a.only.split(",")))
    failed = 0
    for name, make in sets.items():
        if only and name not in only:
            continue
        if a.quick and name in heavy:
            continue
        if name in needs_shared and not have_shared:
            print(f"snapshot: {name} skipped: {shared}/corpus is absent")
            continue
        got = sorted(make())
        path = os.path.join(golden, name + ".tsv")
        if a.write:
            os.makedirs(golden, exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write("".join(line + "\n" for line in got))
            print(f"snapshot: {name}: {len(got)} findings written")
            continue
        want = open(path, encoding="utf-8").read().splitlines() if os.path.exists(path) else []
        if got == want:
            print(f"snapshot: {name}: {len(got)} findings, unchanged")
            continue
        failed += 1
        gone = sorted(set(want) - set(got))
        new = sorted(set(got) - set(want))
        print(f"snapshot: {name}: CHANGED ({len(want)} -> {len(got)}; {len(gone)} gone, {len(new)} new)")
        for line in gone[:15]:
            print("  - " + line)
        for line in new[:15]:
            print("  + " + line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
