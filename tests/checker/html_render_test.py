#!/usr/bin/env python3
"""The HTML report rendered for real, in headless Chromium (Debian package chromium).

Writes the report of `check examples/`, of the example text pair (`compare`) and of a text pair whose
sentences hold markup characters, then for each:
  - loads it in Chromium and reads the DOM after its script ran: a row per segment, every finding of the
    run (as the JSON report of the same run lists them) in the page, a mark for every finding with spans
    and none for another, the filter controls, the chart, and nothing that names a resource elsewhere;
  - takes a 1280x900 screenshot and decodes the PNG (zlib and struct only): right size, not blank, and
    the tint of a rule family the page marks is on screen.
Exits 77 (CTest: skipped) with a message when Chromium is not installed; scripts/deps.sh installs it.

Usage: html_render_test.py VERITY_BINARY
"""
import html.parser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SKIP = 77
TIMEOUT = 90  # seconds a Chromium run may take before the test fails rather than hangs


def chromium_binary():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_verity(verity, args, out_format, output=None):
    cmd = [verity, *args, "--no-config", "--format", out_format]
    if output:
        cmd += ["--output", output]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    if proc.returncode not in (0, 1):
        sys.exit(f"verity {' '.join(cmd[1:])} exited {proc.returncode}: {proc.stderr}")
    return proc.stdout


def chromium(browser, profile, *args):
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
           "--hide-scrollbars", f"--user-data-dir={profile}", *args]
    start = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT)
    if proc.returncode != 0:
        sys.exit(f"chromium failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-2000:]}")
    return proc.stdout.decode("utf-8"), time.monotonic() - start


class Dom(html.parser.HTMLParser):
    """What the test reads from the rendered DOM."""

    def __init__(self):
        super().__init__()
        self.html_classes = set()
        self.rows = 0
        self.row_ids = []             # data-f of each row
        self.findings = {}            # id -> (rule, severity, spans)
        self.marks = []               # data-f id lists
        self.inputs = {"rule-filter": [], "sev-filter": [], "only-findings": 0}
        self.bars = 0
        self.external = []            # attributes that name another resource
        self.scripts_with_src = 0
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = set((a.get("class") or "").split())
        if tag == "html":
            self.html_classes = classes
        if tag == "tr" and "row" in classes:
            self.rows += 1
            self.row_ids.append((a.get("data-f") or "").split())
        if tag == "li" and "finding" in classes:
            self.findings[a["data-id"]] = (a["data-rule"], a["data-sev"], int(a["data-spans"]))
        if tag == "mark":
            self.marks.append((a.get("data-f") or "").split())
        if tag == "input":
            for kind in ("rule-filter", "sev-filter"):
                if kind in classes:
                    self.inputs[kind].append(a.get("value"))
            if a.get("id") == "only-findings":
                self.inputs["only-findings"] += 1
        if tag == "g" and "bar" in classes:
            self.bars += 1
        if tag == "script":
            self.scripts += 1
            self.scripts_with_src += "src" in a
        for name in ("src", "href", "srcset", "action", "data", "poster"):
            value = a.get(name)
            if value is not None and not value.startswith("#"):
                self.external.append(f"<{tag} {name}={value}>")
        if re.search(r"url\(|@import", a.get("style") or ""):
            self.external.append(f"<{tag} style>")


def png_pixels(path):
    """(width, height, rows of RGB tuples) of an 8-bit RGB or RGBA PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos, idat, width, height, colour = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                sys.exit(f"{path}: PNG depth {depth}, colour type {colour}, interlace {interlace} not handled")
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    bpp = 3 if colour == 2 else 4
    stride = width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            left = line[x - bpp] if x >= bpp else 0
            up = prev[x]
            corner = prev[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[x] = (line[x] + pred) & 0xFF
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, bpp)])
        prev = line
    return width, height, rows


def family_tints(page):
    """The tint behind each family's marks, from the page's style sheet: {"#rrggbb": family}."""
    return {colour: family for family, colour in re.findall(r"mark\.fam-([\w-]+)\{background:(#[0-9a-f]{6})\}", page)}


def check_case(name, browser, tmp, verity, args, failures, figures):
    page_path = os.path.join(tmp, f"{name}.html")
    run_verity(verity, args, "html", page_path)
    report = json.loads(run_verity(verity, args, "json"))
    with open(page_path, encoding="utf-8") as f:
        page = f.read()
    profile = os.path.join(tmp, f"profile-{name}")
    dom_text, seconds = chromium(browser, profile, "--dump-dom", "file://" + page_path)
    figures.append(f"{name}: {os.path.getsize(page_path)} bytes, DOM in {seconds:.1f} s")
    dom = Dom()
    dom.feed(dom_text)

    def expect(ok, what):
        if not ok:
            failures.append(f"{name}: {what}")

    findings = [x for f in report["files"] for x in f["findings"]]
    rules = sorted({x["rule"] for x in findings})
    segments = sum(f["segments"] for f in report["files"])
    expect("js" in dom.html_classes, "the page's script did not run (no class js on <html>)")
    expect(dom.rows == segments, f"{dom.rows} rows for {segments} segments")
    expect(len(dom.findings) == len(findings), f"{len(dom.findings)} findings in the page, {len(findings)} in the run")
    page_rules = sorted({rule for rule, _, _ in dom.findings.values()})
    expect(page_rules == rules, f"rules in the page {page_rules}, in the run {rules}")
    with_spans = {i for i, (_, _, spans) in dom.findings.items() if spans}
    marked = {i for ids in dom.marks for i in ids}
    expect(marked == with_spans,
           f"{len(marked)} findings marked, {len(with_spans)} have spans (unmarked: {sorted(with_spans - marked)[:5]}, "
           f"marked without spans: {sorted(marked - with_spans)[:5]})")
    expect(all(i in dom.findings for ids in dom.row_ids for i in ids), "a row names a finding the page lacks")
    expect(sorted(dom.inputs["rule-filter"]) == rules, f"rule filters {dom.inputs['rule-filter']}")
    expect(sorted(dom.inputs["sev-filter"]) == ["error", "info", "warning"], f"severity filters {dom.inputs['sev-filter']}")
    expect(dom.inputs["only-findings"] == 1, "no 'only segments with findings' switch")
    expect(dom.bars == len(rules), f"{dom.bars} bars in the chart for {len(rules)} rules")
    expect(dom.scripts_with_src == 0 and not dom.external, f"external resources: {dom.external[:5]}")
    expect(dom.scripts == 1, f"{dom.scripts} script elements in the DOM: the texts' markup became elements")

    shot = os.path.join(tmp, f"{name}.png")
    chromium(browser, profile, f"--screenshot={shot}", "--window-size=1280,900", "file://" + page_path)
    width, height, pixels = png_pixels(shot)
    expect((width, height) == (1280, 900), f"screenshot is {width}x{height}")
    counts = {}
    for row in pixels:
        for px in row:
            counts[px] = counts.get(px, 0) + 1
    background = max(counts.values())
    expect(len(counts) > 50 and background < 0.9 * width * height,
           f"screenshot looks blank: {len(counts)} colours, the commonest on {background} pixels")
    tints = family_tints(page)
    on_screen = {}
    for colour, family in tints.items():
        rgb = tuple(int(colour[k:k + 2], 16) for k in (1, 3, 5))
        n = sum(c for px, c in counts.items() if all(abs(px[k] - rgb[k]) <= 2 for k in range(3)))
        if n >= 20:
            on_screen[family] = n
    figures.append(f"{name}: screenshot {width}x{height}, {len(counts)} colours, tints on screen: {sorted(on_screen)}")
    if marked:
        expect(on_screen, f"no family tint on screen ({sorted(tints.values())})")
    else:
        expect(not on_screen, f"a tint on screen with nothing marked: {on_screen}")


def main():
    verity = os.path.abspath(sys.argv[1])
    browser = chromium_binary()
    if not browser:
        print("SKIP: chromium is not installed (Debian: apt-get install chromium; scripts/deps.sh installs it)")
        return SKIP
    failures, figures = [], []
    with tempfile.TemporaryDirectory() as tmp:
        # A pair whose sentences hold markup characters: the page must show them as text.
        hostile = [os.path.join(tmp, "hostile.en.txt"), os.path.join(tmp, "hostile.fr.txt")]
        with open(hostile[0], "w", encoding="utf-8") as f:
            f.write("Pay <script>alert('x')</script> & 12 euros by Monday. Call us at once.\n"
                    "The <b>board</b> approved it on 3 May 2024.\n")
        with open(hostile[1], "w", encoding="utf-8") as f:
            f.write("Payez <script>alert('x')</script> & 13 euros avant lundi.\n"
                    "Le <b>conseil</b> l'a approuvé le 4 mai 2024.\n")
        cases = {
            "check-examples": ["check", "examples/"],
            "compare-examples": ["compare", "examples/official-statement.txt", "examples/unofficial-translation.txt"],
            "compare-hostile": ["compare", *hostile],
        }
        for name, args in cases.items():
            check_case(name, browser, tmp, verity, args, failures, figures)
        with open(os.path.join(tmp, "compare-hostile.html"), encoding="utf-8") as f:
            page = f.read()
        if page.count("<script") != 1 or "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; " not in page:
            failures.append("compare-hostile: the texts' markup is not escaped")
    for line in figures:
        print(line)
    for line in failures:
        print("FAIL:", line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
