#!/usr/bin/env python3
"""The layering of ARCHITECTURE.md, checked on the sources.

Reads the table of ARCHITECTURE.md (folder | library | owns | may include) and fails when
- a source folder under xliff/, rules/ or checker/ is missing from the table,
- a file includes a project header from a folder that is neither its own nor in its row,
- an included project header does not exist.
A file belongs to the folder it sits in directly (rules/entities/names.cpp belongs to rules/entities).
It also holds the house rules of ARCHITECTURE.md that a reader could otherwise break unnoticed:
- no source file over 800 lines;
- no getenv outside checker/ (the checker reads the environment once and passes settings down);
- at most 3 thread_local declarations, each with a comment in the three lines above saying why;
- no process-wide mutable map (`static std::map<...>` that is not const).
"""
import os, re, sys

top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOTS = ("xliff", "rules", "checker")
MAX_LINES = 800
MAX_THREAD_LOCALS = 3


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
    thread_locals = []
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
                lines = open(os.path.join(top, path), encoding="utf-8").read().splitlines()
                if len(lines) > MAX_LINES:
                    problems.append(f"{path}: {len(lines)} lines; split it by job (at most {MAX_LINES})")
                for n, line in enumerate(lines, 1):
                    code = line.split("//")[0]
                    if re.search(r"\bgetenv\s*\(", code) and root != "checker":
                        problems.append(f"{path}:{n}: reads the environment; only checker/ may (pass a setting down)")
                    if re.search(r"\bstatic\s+(std::)?(unordered_)?map\s*<", code):
                        problems.append(f"{path}:{n}: a process-wide mutable map; keep such state in a context")
                    if re.search(r"\bthread_local\b", code):
                        thread_locals.append(f"{path}:{n}")
                        if not any(l.strip().startswith("//") for l in lines[max(0, n - 4):n - 1]):
                            problems.append(f"{path}:{n}: thread_local without a comment above saying why")
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
    if len(thread_locals) > MAX_THREAD_LOCALS:
        problems.append(f"{len(thread_locals)} thread_local declarations (at most {MAX_THREAD_LOCALS}; per-run, per-document "
                        f"and per-segment state belongs in the contexts of rules/engine/context.hpp): "
                        + ", ".join(thread_locals))
    for p in problems:
        print(p)
    print(f"architecture: {checked} includes in {len(rows)} folders checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
