#!/usr/bin/env python3
"""Usage: verify_gold.py [SET_DIR] (default: the current directory).
Check the held-out gold files: keys, categories, substrings occur exactly once,
each substring lies inside one sentence, 5-10 words, and no two expected deviations share a sentence."""
import json, os, re, sys

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.getcwd())
CATS = {"entity-substitution", "number", "omission", "addition", "softening", "negation"}
TOP = {"case", "source", "target", "source_lang", "target_lang", "about", "expected", "acceptable", "must_not_flag"}
EXP_KEYS = {"category", "source_has", "target_has", "source_span", "target_span", "note"}
MNF_KEYS = {"kind", "source_has", "target_has", "note"}


ORD_NEXT = re.compile(r"(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Minute|Spieltag|Runde|Platz|Stock|Lebensjahr|Jahrhundert)\b")


def sentences(text):
    out, pos = [], 0
    for para in re.split(r"\n+", text):
        para_start = True
        for s in re.split(r"(?<=[.!?])[\"'»”]?\s+(?=[A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ«\"“„0-9(])", para):
            if s.strip():
                if out and out[-1] is not None and re.search(r"(?:^|\s)\d{1,2}\.$", out[-1]) and ORD_NEXT.match(s.strip()) and not para_start:
                    out[-1] = out[-1] + " " + s.strip()   # German ordinal: "28. September"
                else:
                    out.append(s.strip())
                para_start = False
    return out


def locate(sents, sub):
    return [i for i, s in enumerate(sents) if sub in s]


def main():
    errors, warns, total = [], [], {}
    dirs = sorted(d for d in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, d)) and not d.startswith(("_", ".")))
    for d in dirs:
        p = os.path.join(HERE, d)
        gp = os.path.join(p, "gold.json")
        def err(m): errors.append(f"{d}: {m}")
        try:
            g = json.load(open(gp, encoding="utf-8"))
        except Exception as e:
            err(f"gold.json unreadable: {e}"); continue
        if set(g) != TOP: err(f"top keys {sorted(set(g) ^ TOP)}")
        if g.get("case") != d: err("case != folder name")
        src = open(os.path.join(p, g["source"]), encoding="utf-8").read()
        tgt = open(os.path.join(p, g["target"]), encoding="utf-8").read()
        ss, ts = sentences(src), sentences(tgt)
        if not 18 <= len(ss) <= 28: err(f"source has {len(ss)} sentences")
        langs = d.split("_")[:2]
        if [g.get("source_lang"), g.get("target_lang")] != langs: err("langs do not match folder name")
        def chk(item, key, text, sents, label):
            v = item.get(key)
            if v is None: return None
            n = text.count(v)
            if n != 1: err(f"{label} {key} occurs {n}x: {v!r}")
            w = len(v.split())
            if not 5 <= w <= 10: err(f"{label} {key} has {w} words: {v!r}")
            loc = locate(sents, v)
            if len(loc) != 1: err(f"{label} {key} not inside exactly one sentence: {v!r}")
            return loc[0] if loc else None
        used_s, used_t, dev_s, dev_t = {}, {}, set(), set()
        for i, it in enumerate(g["expected"]):
            lab = f"expected[{i}]"
            if set(it) != EXP_KEYS: err(f"{lab} keys {sorted(set(it) ^ EXP_KEYS)}")
            c = it.get("category")
            if c not in CATS: err(f"{lab} bad category {c}")
            total.setdefault(d, {}).setdefault(c, 0); total[d][c] += 1
            if c == "omission" and not it.get("source_has"): err(f"{lab} omission without source_has")
            if c == "addition" and not it.get("target_has"): err(f"{lab} addition without target_has")
            if c not in ("omission", "addition") and not (it.get("source_has") and it.get("target_has")):
                err(f"{lab} {c} needs both sides")
            si = chk(it, "source_has", src, ss, lab)
            ti = chk(it, "target_has", tgt, ts, lab)
            for span, text in (("source_span", it.get("source_has")), ("target_span", it.get("target_has"))):
                if it.get(span) and text and it[span] not in (ss[si] if span == "source_span" and si is not None else ts[ti] if ti is not None else ""):
                    err(f"{lab} {span} {it[span]!r} not in its sentence")
            if si is not None:
                if si in used_s: err(f"{lab} shares source sentence with {used_s[si]}")
                used_s[si] = lab; dev_s.add(si)
            if ti is not None:
                if ti in used_t: err(f"{lab} shares target sentence with {used_t[ti]}")
                used_t[ti] = lab; dev_t.add(ti)
        for i, it in enumerate(g["acceptable"]):
            chk(it, "source_has", src, ss, f"acceptable[{i}]"); chk(it, "target_has", tgt, ts, f"acceptable[{i}]")
        if len(g["must_not_flag"]) < 6: err("fewer than 6 must_not_flag")
        if not 8 <= len(g["expected"]) <= 11: err(f"{len(g['expected'])} expected deviations")
        for i, it in enumerate(g["must_not_flag"]):
            lab = f"must_not_flag[{i}]"
            if set(it) != MNF_KEYS: err(f"{lab} keys {sorted(set(it) ^ MNF_KEYS)}")
            si = chk(it, "source_has", src, ss, lab)
            ti = chk(it, "target_has", tgt, ts, lab)
            if si in dev_s or ti in dev_t:
                warns.append(f"{d}: {lab} sits in a sentence with a planted deviation")
        print(f"{d}: {len(ss)} src / {len(ts)} tgt sentences, {len(g['expected'])} expected, "
              f"{len(g['must_not_flag'])} must_not_flag, {dict(sorted(total.get(d, {}).items()))}")
    for w in warns: print("WARN", w)
    for e in errors: print("ERROR", e)
    agg = {}
    for d in total:
        for c, n in total[d].items(): agg[c] = agg.get(c, 0) + n
    print("totals:", dict(sorted(agg.items())), "pairs:", len(dirs))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
