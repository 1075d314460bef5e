#!/usr/bin/env python3
"""Score `verity compare` on our own document pairs (bench/docpairs/*/) with the acceptance scorer.

usage: bench/eval_docs.py [--verity build/verity] [--shared ../shared] [-v]

Each folder holds source.txt, target.txt and gold.json in the format of ../shared/acceptance/seed-gold.json.
The seed pair from ../shared/seeds is scored too. Prints recall, precision and traps per pair and in total.
With DOCS=heldout in the environment the folders come from bench/heldout/ (pairs written without sight of
the rules) instead of bench/docpairs/.
"""
import argparse, glob, json, os, subprocess, sys, tempfile

top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--verity", default=os.path.join(top, "build", "verity"))
ap.add_argument("--shared", default=os.path.join(top, "..", "shared"))
ap.add_argument("-v", "--verbose", action="store_true", help="list missed and false findings")
a = ap.parse_args()

sys.path.insert(0, os.path.join(a.shared, "acceptance"))
try:
    import score as scorer
except ImportError:
    sys.exit(f"eval_docs: {a.shared}/acceptance/score.py not found")

cases = []
for d in sorted(glob.glob(os.path.join(top, "bench", os.environ.get("DOCS", "docpairs"), "*", "gold.json"))):
    cases.append((d, os.path.join(os.path.dirname(d), "source.txt"), os.path.join(os.path.dirname(d), "target.txt")))
seed = os.path.join(a.shared, "acceptance", "seed-gold.json")
if os.path.exists(seed):
    g = json.load(open(seed))
    base = os.path.dirname(seed)
    cases.append((seed, os.path.normpath(os.path.join(base, g["source"])), os.path.normpath(os.path.join(base, g["target"]))))

tot = {"expected": 0, "found": 0, "tp": 0, "fp": 0, "traps": 0}
for gold_path, src, tgt in cases:
    gold = json.load(open(gold_path))
    cmd = [a.verity, "compare", src, tgt, "--format", "json", "--fail-on", "never"]
    if gold.get("source_lang"):
        cmd += ["--source-lang", gold["source_lang"]]
    if gold.get("target_lang"):
        cmd += ["--target-lang", gold["target_lang"]]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        print(f"{gold.get('case')}: verity exited {r.returncode}: {r.stderr[:300]}")
        continue
    s = scorer.score(gold, json.loads(r.stdout))
    tot["expected"] += s["expected"]; tot["found"] += s["found"]
    tot["tp"] += s["true_findings"]; tot["fp"] += s["false_findings"]; tot["traps"] += s["traps"]
    print(f"{gold.get('case'):28s} recall {s['recall']:.2f} ({s['found']}/{s['expected']})  "
          f"precision {s['precision']:.2f} ({s['true_findings']}/{s['true_findings'] + s['false_findings']})  traps {s['traps']}")
    if a.verbose:
        for it in s["missed"]:
            print(f"    MISSED {it['category']}: {it.get('source_has') or it.get('target_has')}")
        for f in s["false"]:
            print(f"    FALSE  {f['rule']}: {f.get('message', '')[:110]}")
rec = tot["found"] / tot["expected"] if tot["expected"] else 1.0
prec = tot["tp"] / (tot["tp"] + tot["fp"]) if tot["tp"] + tot["fp"] else 1.0
print(f"{'total':28s} recall {rec:.2f} ({tot['found']}/{tot['expected']})  precision {prec:.2f} "
      f"({tot['tp']}/{tot['tp'] + tot['fp']})  traps {tot['traps']}")
