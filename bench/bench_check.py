#!/usr/bin/env python3
"""Throughput of `verity check` against translate-toolkit's pofilter on one synthetic XLIFF 1.2 file.

usage: bench/bench_check.py [--units 20000] [--verity build/verity] [--runs 3]

Also prints the floor: pugixml alone parsing the same file (bench/parse_baseline.cpp, target parse_baseline,
built on demand beside the verity binary).

The input comes from ../shared/bench/gen_xliff.py (20,000 units is about 10 MB). Both tools run
single-threaded on the same file; Verity's time is the best of --runs, pofilter runs once.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile, time

top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--units", type=int, default=20000)
ap.add_argument("--verity", default=os.path.join(top, "build", "verity"))
ap.add_argument("--runs", type=int, default=3)
ap.add_argument("--rules", default="", help="only these rule globs (verity check --rules)")
a = ap.parse_args()

gen = os.path.join(top, "..", "shared", "bench", "gen_xliff.py")
if not os.path.exists(gen):
    sys.exit(f"bench: {gen} not found (../shared is needed to generate the input)")
if not os.access(a.verity, os.X_OK):
    sys.exit(f"bench: {a.verity} is not built; run scripts/test first")
if not shutil.which("pofilter"):
    sys.exit("bench: pofilter is missing. Install it with: sudo apt-get install -y translate-toolkit")

with tempfile.TemporaryDirectory() as work:
    xlf = os.path.join(work, "bench.xlf")
    with open(xlf, "w") as out:
        subprocess.run([sys.executable, gen, "--units", str(a.units), "--version", "1.2"], stdout=out, check=True)
    size_mb = os.path.getsize(xlf) / 1e6

    best, report = None, None
    for _ in range(a.runs):
        t0 = time.perf_counter()
        cmd = [a.verity, "check", "-j", "1", "--format", "json", "--fail-on", "never", xlf]
        if a.rules:
            cmd += ["--rules", a.rules]
        r = subprocess.run(cmd,
                           capture_output=True, text=True)
        t = time.perf_counter() - t0
        if r.returncode != 0:
            sys.exit(f"bench: verity exited {r.returncode}: {r.stderr[:300]}")
        best = t if best is None else min(best, t)
        report = r.stdout
    findings = sum(len(f["findings"]) for f in json.loads(report)["files"])

    t0 = time.perf_counter()
    subprocess.run(["pofilter", "--progress=none", xlf, os.path.join(work, "pofilter.xlf")],
                   capture_output=True)
    pf = time.perf_counter() - t0

    # The floor: pugixml alone reading and parsing the file (bench/parse_baseline.cpp, `ninja parse_baseline`).
    parse = None
    baseline = os.path.join(os.path.dirname(os.path.abspath(a.verity)), "parse_baseline")
    if not os.access(baseline, os.X_OK):
        subprocess.run(["cmake", "--build", os.path.dirname(baseline), "--target", "parse_baseline"],
                       capture_output=True)
    if os.access(baseline, os.X_OK):
        r = subprocess.run([baseline, xlf, "5"], capture_output=True, text=True)
        if r.returncode == 0:
            parse = float(r.stdout.split()[0])

print(f"input         {a.units} units, {size_mb:.1f} MB (XLIFF 1.2)")
print(f"verity check  {best:8.3f} s   best of {a.runs}, -j 1, {findings} findings, rules: {a.rules or 'all'}")
print(f"pofilter      {pf:8.3f} s")
print(f"ratio         {pf / best:8.1f}x  (goal: at least 100x)")
if parse:
    print(f"pugixml parse {parse:8.4f} s   best of 5, read and parse only (bench/parse_baseline.cpp)")
    print(f"verity/parse  {best / parse:8.1f}x  (goal: at most 10x)")
else:
    print("pugixml parse  (not measured: build the parse_baseline target)")
