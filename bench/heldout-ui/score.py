#!/usr/bin/env python3
"""Score Verity against the held-out UI/localization XLIFF set.

For every *.xlf next to this script that has a FILE.gold.json, runs
    verity check FILE --format json --fail-on never
and compares findings with the gold:
  * a seeded error is CAUGHT if any finding on that unit has a rule id
    matching the prefix mapped from its category (see CATEGORY_RULES);
    it is FLAGGED if any finding at all is on that unit;
  * a FALSE finding is any finding on a unit not listed under "errors"
    (findings without a unit count as false too);
  * false-alarm units = distinct non-error units with a finding at warning
    or error (restricted further by --min-severity).
"""
import argparse, collections, glob, json, os, subprocess, sys

SEV_RANK = {"info": 0, "warning": 1, "error": 2}
CATEGORY_RULES = {
    "negation": ["polarity."],
    "number": ["number."],
    "date": ["date."],
    "entity": ["entity."],
    "omission": ["omission."],
    "addition": ["addition."],
    "softening": ["softening."],
    "strengthening": ["strengthening."],
    "placeholder": ["placeholder."],
    "markup": ["markup."],
    "empty": ["target.empty"],
    "untranslated": ["target.same-as-source"],
    "other": [""],  # any rule
}
HERE = os.path.dirname(os.path.abspath(__file__))


def rule_matches(rule, category):
    for p in CATEGORY_RULES.get(category, [""]):
        if p == "" or rule == p or rule.startswith(p):
            return True
    return False


def run_verity(verity, path, timeout):
    """Run verity; on timeout (a hang was observed once) retry with -j 1."""
    base = [verity, "check", path, "--format", "json", "--fail-on", "never"]
    for extra in ([], ["-j", "1"]):
        try:
            p = subprocess.run(base + extra, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            print("  ! verity timed out on %s %s, retrying" % (os.path.basename(path), " ".join(extra)), file=sys.stderr)
            continue
        if p.returncode not in (0, 1):
            raise SystemExit("verity failed on %s (rc=%d): %s" % (path, p.returncode, p.stderr.strip()))
        return json.loads(p.stdout)
    raise SystemExit("verity hung on %s even with -j 1" % path)


def findings_of(report):
    out = []
    for f in report.get("files", []):
        if f.get("error"):
            print("  ! verity reported a file error for %s: %s" % (f.get("path"), f["error"]), file=sys.stderr)
        for x in f.get("findings", []) or []:
            out.append(x)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verity", default=os.path.join(HERE, "..", "..", "build", "verity"))
    ap.add_argument("--dir", default=HERE, help="folder holding *.xlf and *.xlf.gold.json")
    ap.add_argument("--min-severity", choices=["info", "warning", "error"], default="info",
                    help="count only findings at or above this severity")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false findings")
    a = ap.parse_args()
    minrank = SEV_RANK[a.min_severity]

    files = sorted(p for p in glob.glob(os.path.join(a.dir, "*.xlf")) if os.path.exists(p + ".gold.json"))
    if not files:
        raise SystemExit("no *.xlf with gold in " + a.dir)

    T = collections.Counter()
    false_by_sev, false_by_rule = collections.Counter(), collections.Counter()
    false_by_trap = collections.Counter()
    caught_by_cat, total_by_cat = collections.Counter(), collections.Counter()
    verbose_lines = []
    print("min severity: %s" % a.min_severity)
    print("%-26s %5s %7s %7s %6s %6s %6s %6s %9s" % ("file", "units", "caught", "flagged", "F.err", "F.warn", "F.info", "F.all", "FA-units"))
    for path in files:
        name = os.path.basename(path)
        gold = json.load(open(path + ".gold.json", encoding="utf-8"))
        errors = {e["unit"]: e for e in gold["errors"]}
        traps = {c["unit"]: c for c in gold.get("clean_units", [])}
        nunits = gold.get("unit_count")
        rep = run_verity(a.verity, path, a.timeout)
        if nunits is None:
            nunits = sum(f.get("units", 0) for f in rep.get("files", []))
        fs = [x for x in findings_of(rep) if SEV_RANK.get(x.get("severity"), 0) >= minrank]
        by_unit = collections.defaultdict(list)
        for x in fs:
            by_unit[x.get("unit")].append(x)

        caught = flagged = 0
        for uid, e in errors.items():
            cat = e["category"]
            total_by_cat[cat] += 1
            on = by_unit.get(uid, [])
            hit = any(rule_matches(x["rule"], cat) for x in on)
            caught += hit
            flagged += bool(on)
            caught_by_cat[cat] += hit
            if not hit:
                got = ", ".join(sorted({x["rule"] for x in on})) or "nothing"
                verbose_lines.append("MISS  %s %s [%s] %s -- got: %s" % (name, uid, cat, e["note"], got))

        fsev = collections.Counter()
        fa_units = set()
        for x in fs:
            uid = x.get("unit")
            if uid in errors:
                continue
            sev = x.get("severity")
            fsev[sev] += 1
            false_by_sev[sev] += 1
            false_by_rule[x["rule"]] += 1
            tr = traps.get(uid)
            false_by_trap["trap %s" % tr["trap"] if tr else "no trap"] += 1
            if SEV_RANK.get(sev, 0) >= 1:
                fa_units.add(uid)
            verbose_lines.append("FALSE %s %s [%s %s] %s%s" % (
                name, uid, sev, x["rule"], x.get("message", ""),
                ("  (trap %d: %s)" % (tr["trap"], tr["note"])) if tr else ""))
        nf = sum(fsev.values())
        print("%-26s %5d %3d/%-3d %3d/%-3d %6d %6d %6d %6d %5d/%-3d" % (
            name[:26], nunits, caught, len(errors), flagged, len(errors),
            fsev["error"], fsev["warning"], fsev["info"], nf, len(fa_units), nunits - len(errors)))
        T["units"] += nunits; T["errors"] += len(errors); T["caught"] += caught; T["flagged"] += flagged
        T["clean"] += nunits - len(errors); T["fa_units"] += len(fa_units)

    print()
    print("TOTAL: caught %d/%d (%.0f%%), flagged by any rule %d/%d; false findings: error %d / warning %d / info %d; "
          "false-alarm units (warning+error) %d/%d clean units" % (
              T["caught"], T["errors"], 100.0 * T["caught"] / max(1, T["errors"]), T["flagged"], T["errors"],
              false_by_sev["error"], false_by_sev["warning"], false_by_sev["info"], T["fa_units"], T["clean"]))
    print()
    print("caught by category:")
    for c in sorted(total_by_cat):
        print("  %-14s %2d/%-2d  (rules: %s)" % (c, caught_by_cat[c], total_by_cat[c], ", ".join(p + "*" if p.endswith(".") else (p or "any") for p in CATEGORY_RULES[c])))
    print("false findings by rule:")
    for r, n in false_by_rule.most_common():
        print("  %-28s %d" % (r, n))
    print("false findings by trap:")
    for r, n in sorted(false_by_trap.items()):
        print("  %-10s %d" % (r, n))
    if a.verbose:
        print()
        for l in verbose_lines:
            print(l)


if __name__ == "__main__":
    main()
