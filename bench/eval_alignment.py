#!/usr/bin/env python3
"""Strict and lax F1 of a sentence aligner on Text+Berg de-fr (test0-test6), Vecalign style.

The aligner is any command that prints link lines ("[0, 1]:[0]") on stdout; {src} and {tgt}
are replaced by the file paths. Other output lines are ignored.

  python3 bench/eval_alignment.py --cmd 'build/verity align {src} {tgt} --lines --format links --source-lang de --target-lang fr'
  # until that command exists, through the test binary's driver:
  python3 bench/eval_alignment.py --cmd 'env VERITY_ALIGN_SRC={src} VERITY_ALIGN_TGT={tgt} VERITY_ALIGN_LINES=1 \
      VERITY_ALIGN_SRC_LANG=de VERITY_ALIGN_TGT_LANG=fr build-text/text_tests --gtest_filter=AlignDriver.WritesLinks'

Precision counts every predicted link (1-0/0-1 included); recall counts gold links with both
sides against predicted links with both sides. Strict: the link is exactly in the other set.
Lax: it overlaps a link of the other set on both sides.
"""
import argparse
import os
import re
import shlex
import subprocess
import sys
from collections import defaultdict

LINK = re.compile(r"^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$")


def parse(text):
    links = []
    for line in text.splitlines():
        m = LINK.match(line)
        if m:
            side = lambda s: tuple(int(x) for x in s.replace(",", " ").split())
            links.append((side(m.group(1)), side(m.group(2))))
    return links


def one_way(gold, test):
    """(strict hits, lax hits, total) of `test` links measured against `gold`."""
    exact = set(gold)
    targets = defaultdict(set)
    for s, t in gold:
        for i in s:
            targets[i].update(t)
    strict = lax = total = 0
    for s, t in set(test):
        if not s and not t:
            continue
        total += 1
        if (s, t) in exact:
            strict += 1
            lax += 1
        elif any(j in targets[i] for i in s for j in t):
            lax += 1
    return strict, lax, total


def counts(gold, test):
    ps, pl, pt = one_way(gold, test)
    both = lambda links: [(s, t) for s, t in links if s and t]
    rs, rl, rt = one_way(both(test), both(gold))
    return [ps, pl, pt, rs, rl, rt]


def f1(c):
    def f(hit_p, hit_r):
        p = hit_p / c[2] if c[2] else 0.0
        r = hit_r / c[5] if c[5] else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0
    return f(c[0], c[3]), f(c[1], c[4])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_data = os.path.normpath(os.path.join(here, "..", "..", "shared", "corpus", "alignment", "textberg_de-fr"))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", required=True, help="aligner command with {src} and {tgt}")
    ap.add_argument("--data", default=default_data, help="folder with testN.de/.fr/.defr")
    ap.add_argument("--files", default="test0,test1,test2,test3,test4,test5,test6")
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.data, "test0.defr")):
        print(f"Text+Berg data not found in {args.data}", file=sys.stderr)
        return 2
    total = [0] * 6
    print(f"{'file':8} {'strict F1':>10} {'lax F1':>8}")
    for name in args.files.split(","):
        src, tgt = (os.path.join(args.data, f"{name}.{ext}") for ext in ("de", "fr"))
        cmd = args.cmd.format(src=shlex.quote(src), tgt=shlex.quote(tgt))
        run = subprocess.run(cmd, shell=True, capture_output=True, text=True)
        test = parse(run.stdout)
        if run.returncode != 0 or not test:
            print(f"{name}: command failed ({run.returncode}): {run.stderr.strip()[:500]}", file=sys.stderr)
            return 1
        with open(os.path.join(args.data, f"{name}.defr"), encoding="utf-8") as f:
            gold = parse(f.read())
        c = counts(gold, test)
        total = [a + b for a, b in zip(total, c)]
        strict, lax = f1(c)
        print(f"{name:8} {strict:10.3f} {lax:8.3f}")
    strict, lax = f1(total)
    print(f"{'overall':8} {strict:10.3f} {lax:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
