#!/usr/bin/env python3
"""Check every gold.json here: JSON parses, each source_has/target_has occurs exactly once
in its file, contains no line break or internal sentence end, and source texts have 25-40 sentences."""
import json, os, re, sys
from collections import Counter
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
tot = Counter()
for case in sorted(os.listdir(here)):
    d = os.path.join(here, case)
    if not os.path.isdir(d):
        continue
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    assert g["case"] == case, case
    texts = {s: open(os.path.join(d, g[s]), encoding="utf-8").read() for s in ("source", "target")}
    nsent = len([s for s in re.split(r"(?<=[.!?»“\"])\s+|\n\s*\n", texts["source"]) if s.strip()])
    if not 25 <= nsent <= 40:
        print(case, "source sentence count", nsent); bad += 1
    cnt = Counter()
    for lst in ("expected", "acceptable", "must_not_flag"):
        for it in g.get(lst, []):
            for side in ("source", "target"):
                s = it.get(side + "_has")
                if s is None:
                    continue
                n = texts[side].count(s)
                if n != 1 or "\n" in s or re.search(r"[.!?]\s+[A-ZÀ-Ý«„\"]", s):
                    print(f"{case} {lst} {side}_has occurs {n}x / spans sentence: {s!r}"); bad += 1
            if lst == "expected":
                cnt[it["category"]] += 1
                if it.get("source_has") is None and it.get("target_has") is None:
                    print(case, "empty item"); bad += 1
    tot.update(cnt)
    print(f"{case:26s} sentences={nsent:2d} expected={sum(cnt.values()):2d} must_not_flag={len(g['must_not_flag'])} {dict(cnt)}")
print("total", sum(tot.values()), dict(tot))
sys.exit(1 if bad else 0)
