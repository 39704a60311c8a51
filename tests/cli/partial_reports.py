#!/usr/bin/env python3
"""Partial reports (issue 14): a file that gives only some parts of a report loads, and every
command works on it without crashing and without printing what it lacks as zeros. For each
fragment (one objective, only budgets, one program's indicators, no objective and no program at
all): compute with every table named and in every format, from JSON and from its workbook, check (clean), explain --list
and every figure it lists, trend, and the roll-up of them all as a directory."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FRAGMENTS = [
    os.path.join(ROOT, "data", "examples", "sebagian.json"),
    os.path.join(ROOT, "tests", "inputs", "sebagian-anggaran.json"),
    os.path.join(ROOT, "tests", "inputs", "sebagian-program.json"),
]
NOTHING = {"format": "lkjip/1", "unit": {"name": "Kecamatan Kosong", "region": "Kabupaten Contoh"},
           "year": 2024, "objectives": [], "programs": []}


def run(*args):
    return subprocess.run(args, capture_output=True, text=True)


def fail(message, result=None):
    print("FAIL:", message)
    if result is not None:
        print("exit", result.returncode, "\n", result.stdout[-3000:], result.stderr[-3000:])
    sys.exit(1)


def expect_ok(result, what):
    if result.returncode != 0 or result.stderr:
        fail(what, result)


def table_names(lkjip):
    result = run(lkjip, "compute", "--help")
    names = re.findall(r"^\s+([a-z][a-z-]+)\s{2,}", result.stdout, re.M)
    return [n for n in names if n not in ("compute",)]


def main(lkjip):
    with tempfile.TemporaryDirectory() as tmp:
        nothing = os.path.join(tmp, "kosong.json")
        with open(nothing, "w", encoding="utf-8") as f:
            json.dump(NOTHING, f)
        files = FRAGMENTS + [nothing]
        tables = json.loads(run(lkjip, "compute", FRAGMENTS[0], "-O", "json").stdout)["tables"]
        everything = run(lkjip, "compute", nothing, "-O", "json", *sum(
            (["--table", t] for t in table_names(lkjip)), []))
        for path in files:
            name = os.path.basename(path)
            expect_ok(run(lkjip, "compute", path), f"compute {name}")
            for output in ("text", "csv", "tsv", "json", "markdown", "html"):
                expect_ok(run(lkjip, "compute", path, "-O", output), f"compute {name} -O {output}")
            xlsx = os.path.join(tmp, name + ".xlsx")
            expect_ok(run(lkjip, "compute", path, "-o", xlsx), f"compute {name} -o xlsx")
            # The fragment as an input workbook reads as the same report.
            book = os.path.join(tmp, name + ".input.xlsx")
            expect_ok(run(lkjip, "convert", path, "-o", book), f"convert {name} to a workbook")
            if run(lkjip, "compute", book).stdout != run(lkjip, "compute", path).stdout:
                fail(f"{name} read from its workbook computes otherwise")
            # Consistent; a fragment without printed figures says there was nothing to compare.
            result = run(lkjip, "check", path)
            if result.returncode != 0 or "0 errors, 1 warning\n" not in result.stdout \
                    or "[nothing-to-compare]" not in result.stdout:
                fail(f"check {name}", result)
            result = run(lkjip, "explain", path, "--list")
            expect_ok(result, f"explain --list {name}")
            for figure in result.stdout.split():
                if "/" in figure:
                    expect_ok(run(lkjip, "explain", path, figure), f"explain {name} {figure}")
            expect_ok(run(lkjip, "trend", path), f"trend {name}")
            # Every table named: printed, its totals never a zero made of nothing.
            result = run(lkjip, "compute", path, "-O", "json", *sum(
                (["--table", t] for t in table_names(lkjip)), []))
            expect_ok(result, f"compute {name} with every table named")
            for table in json.loads(result.stdout)["tables"]:
                for row in table["rows"]:
                    if row["key"] not in ("total", "mean"):
                        continue
                    for cell in row["cells"].values():
                        if isinstance(cell, dict) and cell.get("status") == "computed" \
                                and cell.get("exact") == "0":
                            fail(f"{name}: {cell['name']} is a zero made of nothing")
        # The fragment of one objective prints its key indicators' table and no other.
        if [t["name"] for t in tables] != ["iku"]:
            fail("sebagian.json prints " + ", ".join(t["name"] for t in tables))
        expect_ok(everything, "every table of a report without objectives and programs")
        # A roll-up of the fragments as a directory.
        units = os.path.join(tmp, "units")
        os.mkdir(units)
        for path in files:
            shutil.copy(path, units)
        for output in ("text", "csv", "json"):
            expect_ok(run(lkjip, "compute", units, "-O", output), f"roll-up -O {output}")
        result = run(lkjip, "check", units)
        if result.returncode != 0 or f"0 errors, {len(files)} warning" not in result.stdout:
            fail("check of the fragments' directory", result)


if __name__ == "__main__":
    main(sys.argv[1])
    print("ok")
