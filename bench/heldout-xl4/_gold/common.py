import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def write(folder, about, expected, mnf, acceptable=()):
    sl, tl = folder.split("_")[:2]
    g = {
        "case": folder, "source": "source.txt", "target": "target.txt",
        "source_lang": sl, "target_lang": tl, "about": about,
        "expected": [dict(category=c, source_has=s, target_has=t, source_span=ss, target_span=ts, note=n)
                     for c, s, t, ss, ts, n in expected],
        "acceptable": [dict(category=c, **({"source_has": s} if s else {}), **({"target_has": t} if t else {}), note=n)
                       for c, s, t, n in acceptable],
        "must_not_flag": [dict(kind=k, source_has=s, target_has=t, note=n) for k, s, t, n in mnf],
    }
    with open(os.path.join(ROOT, folder, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
