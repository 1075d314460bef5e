#!/usr/bin/env python3
"""The layering of ARCHITECTURE.md, checked on the sources.

Reads the table of ARCHITECTURE.md (folder | library | owns | may include) and fails when
- a source folder under xliff/, rules/ or checker/ is missing from the table,
- a file includes a project header from a folder that is neither its own nor in its row,
- an included project header does not exist.
A file belongs to the folder it sits in directly (rules/entities/names.cpp belongs to rules/entities).
"""
import os, re, sys

top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOTS = ("xliff", "rules", "checker")


def read_table():
    rows = {}
    for line in open(os.path.join(top, "ARCHITECTURE.md"), encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or not cells[0].startswith("`"):
            continue
        folder = cells[0].strip("`")
        rows[folder] = set(re.findall(r"`([^`]+)`", cells[3]))
    return rows


def main():
    rows = read_table()
    if not rows:
        print("architecture: no table found in ARCHITECTURE.md")
        return 1
    problems = []
    for folder, allowed in rows.items():
        for other in allowed:
            if other not in rows:
                problems.append(f"ARCHITECTURE.md: {folder} may include {other}, which is not in the table")
    checked = 0
    for root in ROOTS:
        for dirpath, _, files in os.walk(os.path.join(top, root)):
            sources = [f for f in files if f.endswith((".cpp", ".hpp"))]
            if not sources:
                continue
            folder = os.path.relpath(dirpath, top)
            if folder not in rows:
                problems.append(f"{folder}/: a source folder that ARCHITECTURE.md does not list")
                continue
            for name in sorted(sources):
                path = os.path.join(folder, name)
                for n, line in enumerate(open(os.path.join(top, path), encoding="utf-8"), 1):
                    m = re.match(r'\s*#\s*include\s+"([^"]+)"', line)
                    if not m:
                        continue
                    checked += 1
                    header = m.group(1)
                    if not os.path.exists(os.path.join(top, header)):
                        problems.append(f"{path}:{n}: includes {header}, which does not exist in the tree")
                        continue
                    owner = os.path.dirname(header)
                    if owner != folder and owner not in rows[folder]:
                        problems.append(f"{path}:{n}: includes {header}, but {folder} may not use {owner} "
                                        f"(ARCHITECTURE.md allows: {', '.join(sorted(rows[folder])) or 'nothing'})")
    for p in problems:
        print(p)
    print(f"architecture: {checked} includes in {len(rows)} folders checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
