#!/usr/bin/env python3
"""SARIF output against the official SARIF 2.1.0 JSON schema (tests/data/sarif-schema-2.1.0.json).

Runs verity on examples/ (check), on the example text pair (compare) and on a batch holding a file that
does not load, validates each log, and checks that the validator rejects a deliberately broken copy, so a
validator that accepts anything cannot pass this test.

Usage: sarif_schema_test.py VERITY_BINARY
"""
import copy
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run_sarif(verity, args, cwd):
    proc = subprocess.run([verity, *args, "--format", "sarif", "--no-config"], cwd=cwd, capture_output=True, text=True)
    if proc.returncode not in (0, 1, 2):
        sys.exit(f"verity {' '.join(args)} exited {proc.returncode}: {proc.stderr}")
    return proc.returncode, json.loads(proc.stdout)


def errors(validator, log):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]


def main():
    verity = os.path.abspath(sys.argv[1])
    with open(os.path.join(ROOT, "tests", "data", "sarif-schema-2.1.0.json"), encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft4Validator.check_schema(schema)
    validator = jsonschema.Draft4Validator(schema)
    failures = []

    with tempfile.TemporaryDirectory() as tmp:
        broken = os.path.join(tmp, "broken.xlf")
        with open(broken, "w", encoding="utf-8") as f:
            f.write('<xliff version="1.2"><file source-language="en"><body><trans-unit id="1">\n<source>a</sourc>')
        # A baseline of the example's findings and a unit note that silences a rule: suppressed results.
        baseline = os.path.join(tmp, "baseline.json")
        subprocess.run([verity, "check", "examples/statement.en-fr.xlf", "--no-config", "--write-baseline", baseline,
                        "--format", "json"], cwd=ROOT, capture_output=True, check=False)
        cases = {
            "check against a baseline": ["check", "examples/statement.en-fr.xlf", "--baseline", baseline],
            "check examples/": ["check", "examples/"],
            "compare": ["compare", "examples/official-statement.txt", "examples/unofficial-translation.txt"],
            "check with a file that does not load": ["check", "examples/statement.en-fr.xlf", broken],
        }
        logs = {}
        for name, args in cases.items():
            code, log = run_sarif(verity, args, ROOT)
            logs[name] = log
            for e in errors(validator, log):
                failures.append(f"{name}: {e}")
            run = log["runs"][0]
            if run["invocations"][0]["exitCode"] != code:
                failures.append(f"{name}: invocation exitCode {run['invocations'][0]['exitCode']}, process {code}")
            rules = run["tool"]["driver"]["rules"]
            for result in run["results"]:
                if rules[result["ruleIndex"]]["id"] != result["ruleId"]:
                    failures.append(f"{name}: ruleIndex of {result['ruleId']} names {rules[result['ruleIndex']]['id']}")
                uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                if uri.startswith("/") or uri.startswith("file:"):
                    failures.append(f"{name}: uri {uri} is not relative to the working directory")

        if not logs["check examples/"]["runs"][0]["results"]:
            failures.append("check examples/: no results (the example has known findings)")
        compare = logs["compare"]["runs"][0]["results"]
        if not any("relatedLocations" in r for r in compare):
            failures.append("compare: no result carries the target side as a related location")
        baselined = logs["check against a baseline"]["runs"][0]["results"]
        if not baselined or any(r.get("suppressions", [{}])[0].get("kind") != "external" for r in baselined):
            failures.append("check against a baseline: its findings are not results suppressed externally")
        bad = logs["check with a file that does not load"]["runs"][0]
        if not bad.get("artifacts") or not bad["invocations"][0].get("toolExecutionNotifications"):
            failures.append("a file that does not load gives no artifact and notification")
        if bad["invocations"][0]["executionSuccessful"]:
            failures.append("a run with a file that does not load is reported as successful")

        # The validator must reject broken logs, or passing above proves nothing.
        log = logs["check examples/"]
        for label, breakage in {
            "level outside the enum": lambda l: l["runs"][0]["results"][0].__setitem__("level", "fatal"),
            "message without text": lambda l: l["runs"][0]["results"][0].__setitem__("message", {}),
            "startLine 0": lambda l: l["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"].__setitem__("startLine", 0),
            "unknown version": lambda l: l.__setitem__("version", "2.0.0"),
        }.items():
            damaged = copy.deepcopy(log)
            breakage(damaged)
            if not errors(validator, damaged):
                failures.append(f"the validator accepts a broken log ({label})")

    for f in failures:
        print("FAIL:", f)
    if failures:
        return 1
    print(f"ok: {len(cases)} SARIF logs valid against SARIF 2.1.0; broken copies rejected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
