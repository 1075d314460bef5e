#!/usr/bin/env python3
"""Sanity-check the held-out gold files in this folder.

For every <case>/gold.json:
  * top-level keys are exactly the expected set; case == folder name; files exist;
    source_lang/target_lang match the folder prefix
  * every item uses only the allowed keys, a known category (expected/acceptable) and
    the fields its category needs (omission -> source_has, addition -> target_has,
    everything else -> both)
  * every source_has / target_has occurs exactly once in its file, is 6-12 words long,
    lies inside a single sentence (no sentence boundary, no line break inside it)
  * source_span / target_span, when given, occur in the file
  * no two expected items point at the same sentence on the same side
  * the source has 25-40 sentences (title line excluded); 9-13 expected items;
    at least 7 must_not_flag items
Prints per-case and overall counts; exit 1 on any problem.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TOP_KEYS = {"case", "source", "target", "source_lang", "target_lang", "about",
            "expected", "acceptable", "must_not_flag"}
ITEM_KEYS = {"category", "source_has", "target_has", "source_span", "target_span", "note"}
MNF_KEYS = {"kind", "source_has", "target_has", "note"}
CATS = ["entity-substitution", "number", "omission", "addition", "softening", "negation"]
PREFIX_LANGS = {"en_fr": ("en", "fr"), "en_de": ("en", "de"), "en_es": ("en", "es"),
                "de_en": ("de", "en"), "it_en": ("it", "en"), "pl_en": ("pl", "en"),
                "de_de": ("de", "de")}

# words after which a full stop does not end a sentence
ABBREV = {"dr", "prof", "ltd", "mio", "mr", "mrs", "r", "nr", "no", "st", "z", "b", "bzw",
          "ca", "vgl", "etc", "inc", "co", "u", "a", "s", "dt", "jh"}


MONTHS_DE = {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
             "september", "oktober", "november", "dezember"}
BOUNDARY = re.compile(r"([.!?])((?:\s*[»”\"')])*)(\s+)(?=\S)")


def sentences(text):
    """Return list of (start, end) character spans of sentences; titles/paragraphs are
    separated by newlines, which always end a sentence."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        cur = 0
        for m in BOUNDARY.finditer(line):
            nxt_word = re.match(r"\S+", line[m.end():]).group(0)
            nxt = nxt_word[0]
            if not (nxt.isupper() or nxt in "«\"„“(" or nxt.isdigit()):
                continue
            if m.group(1) == ".":
                w = re.search(r"([\w\-]+)$", line[cur:m.start()])
                word = w.group(1) if w else ""
                if word.lower() in ABBREV:
                    continue
                if word.isdigit() and nxt_word.lower().strip(",.;:") in MONTHS_DE:
                    continue
            spans.append((pos + cur, pos + m.end(2)))
            cur = m.end()
        if line[cur:].strip():
            spans.append((pos + cur, pos + len(line)))
        pos += len(line) + 1
    return spans


def sent_index(spans, a, b):
    for n, (s, e) in enumerate(spans):
        if s <= a and b <= e:
            return n
    return None


def main():
    problems = []
    total = Counter()
    total_mnf = 0
    total_acc = 0
    cases = sorted(d for d in os.listdir(HERE)
                   if os.path.isdir(os.path.join(HERE, d)) and os.path.exists(os.path.join(HERE, d, "gold.json")))
    for case in cases:
        d = os.path.join(HERE, case)
        err = lambda m: problems.append(f"{case}: {m}")
        try:
            gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
        except ValueError as e:
            err(f"gold.json invalid JSON: {e}")
            continue
        if set(gold) != TOP_KEYS:
            err(f"top-level keys differ: missing {TOP_KEYS - set(gold)}, extra {set(gold) - TOP_KEYS}")
        if gold.get("case") != case:
            err(f"case field {gold.get('case')!r} != folder name")
        langs = PREFIX_LANGS.get(case[:5])
        if langs != (gold.get("source_lang"), gold.get("target_lang")):
            err(f"languages {gold.get('source_lang')}->{gold.get('target_lang')} do not match prefix")
        texts = {}
        for side in ("source", "target"):
            path = os.path.join(d, gold.get(side, ""))
            if not os.path.isfile(path):
                err(f"{side} file missing")
                texts[side] = ""
                continue
            raw = open(path, "rb").read()
            try:
                texts[side] = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{side} not UTF-8")
                texts[side] = raw.decode("utf-8", "replace")
            if "\r" in texts[side]:
                err(f"{side} has CR characters")
            paras = texts[side].strip("\n").split("\n")
            if any(p.strip() for p in paras[1:2]):
                err(f"{side}: no blank line after title")
        spans = {s: sentences(texts[s]) for s in texts}
        n_src = len(spans["source"]) - 1  # minus title
        if not 25 <= n_src <= 40:
            err(f"source has {n_src} sentences (want 25-40)")

        def check_has(where, item, key, side):
            want = item.get(key)
            if want is None:
                return None
            if not isinstance(want, str) or not want:
                err(f"{where}: {key} not a non-empty string")
                return None
            cnt = texts[side].count(want)
            if cnt != 1:
                err(f"{where}: {key} {want!r} occurs {cnt}x in {side}")
                return None
            nw = len(want.split())
            if not 6 <= nw <= 12:
                err(f"{where}: {key} {want!r} has {nw} words (want 6-12)")
            a = texts[side].index(want)
            idx = sent_index(spans[side], a, a + len(want))
            if idx is None:
                err(f"{where}: {key} {want!r} spans a sentence boundary")
            return idx

        used = {"source": {}, "target": {}}
        counts = Counter()
        for n, it in enumerate(gold.get("expected", [])):
            where = f"expected[{n}]"
            extra = set(it) - ITEM_KEYS
            if extra:
                err(f"{where}: unknown keys {extra}")
            cat = it.get("category")
            if cat not in CATS:
                err(f"{where}: bad category {cat!r}")
            counts[cat] += 1
            need = {"omission": ["source_has"], "addition": ["target_has"]}.get(cat, ["source_has", "target_has"])
            for k in need:
                if not it.get(k):
                    err(f"{where}: {cat} needs {k}")
            for key, side in (("source_has", "source"), ("target_has", "target")):
                idx = check_has(where, it, key, side)
                if idx is not None:
                    if idx in used[side]:
                        err(f"{where}: same {side} sentence as expected[{used[side][idx]}]")
                    used[side][idx] = n
            for key, side in (("source_span", "source"), ("target_span", "target")):
                sp = it.get(key)
                if sp and sp not in texts[side]:
                    err(f"{where}: {key} {sp!r} not in {side}")
        for n, it in enumerate(gold.get("acceptable", [])):
            where = f"acceptable[{n}]"
            if set(it) - ITEM_KEYS:
                err(f"{where}: unknown keys {set(it) - ITEM_KEYS}")
            if it.get("category") not in CATS:
                err(f"{where}: bad category {it.get('category')!r}")
            if not (it.get("source_has") or it.get("target_has")):
                err(f"{where}: needs source_has or target_has")
            check_has(where, it, "source_has", "source")
            check_has(where, it, "target_has", "target")
        for n, it in enumerate(gold.get("must_not_flag", [])):
            where = f"must_not_flag[{n}]"
            if set(it) - MNF_KEYS or "kind" not in it:
                err(f"{where}: keys {set(it)}")
            if not (it.get("source_has") and it.get("target_has")):
                err(f"{where}: needs source_has and target_has")
            check_has(where, it, "source_has", "source")
            check_has(where, it, "target_has", "target")
        n_exp = sum(counts.values())
        if not 9 <= n_exp <= 13:
            err(f"{n_exp} expected items (want 9-13)")
        n_mnf = len(gold.get("must_not_flag", []))
        if n_mnf < 7:
            err(f"only {n_mnf} must_not_flag items (want >= 7)")
        total.update(counts)
        total_mnf += n_mnf
        total_acc += len(gold.get("acceptable", []))
        print(f"{case:34s} src_sents {n_src:2d} tgt_sents {len(spans['target']) - 1:2d} expected {n_exp:2d} "
              + " ".join(f"{c[:4]}={counts[c]}" for c in CATS)
              + f" mnf={n_mnf} acc={len(gold.get('acceptable', []))}")
    print("TOTAL expected", sum(total.values()), dict((c, total[c]) for c in CATS),
          "must_not_flag", total_mnf, "acceptable", total_acc)
    for p in problems:
        print("PROBLEM", p)
    print("clean" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
