#!/usr/bin/env python3
"""The examples of data/examples: `check` is clean on each (their "printed" entries are the
figures issue 13 states), and finds a printed figure spoilt in each; the zero rule's default
makes a 0-of-0 capaian not computable, with its reason; `explain` of a capaian through the year
names every period's value and where the file gives it; --period ends the year where it says."""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "data", "examples")
NAMES = ["triwulan", "kualitatif", "rentang", "rasio", "nol", "riwayat"]


def run(*args):
    return subprocess.run(args, capture_output=True, text=True)


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def spoilt(value):
    """A printed value changed so that it no longer agrees: a number by one in its last digit,
    a text by another text."""
    if isinstance(value, str):
        return value + "X"
    return round(value + 1, 2)


def main(lkjip):
    for name in NAMES:
        path = os.path.join(EXAMPLES, name + ".json")
        result = run(lkjip, "check", path)
        if result.returncode != 0 or "0 errors, 0 warnings" not in result.stdout:
            fail(f"check {name}: exit {result.returncode}\n{result.stdout}{result.stderr}")
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        printed = data["printed"][-1]
        printed["value"] = spoilt(printed["value"])
        with tempfile.TemporaryDirectory() as tmp:
            bad = os.path.join(tmp, name + ".json")
            with open(bad, "w", encoding="utf-8") as f:
                json.dump(data, f)
            result = run(lkjip, "check", bad)
            if result.returncode != 1 or printed["figure"] not in result.stdout:
                fail(f"check of a spoilt {name}: exit {result.returncode}\n{result.stdout}")

    # The default zero rule: a target of 0 met by 0 is not computable, and says why.
    with open(os.path.join(EXAMPLES, "nol.json"), encoding="utf-8") as f:
        data = json.load(f)
    del data["settings"]
    del data["printed"]
    with tempfile.TemporaryDirectory() as tmp:
        default = os.path.join(tmp, "nol.json")
        with open(default, "w", encoding="utf-8") as f:
            json.dump(data, f)
        result = run(lkjip, "compute", default, "--table", "iku")
        if result.returncode != 0 or "target nol, capaian tidak terdefinisi menurut aturan nol " \
                "laporan (settings.zero_rule)" not in result.stdout:
            fail("nol.json with the default rule:\n" + result.stdout + result.stderr)
        result = run(lkjip, "explain", default, "iku/ADUAN/capaian")
        if "settings.zero_rule" not in result.stdout:
            fail("explain of a zero target:\n" + result.stdout + result.stderr)
    result = run(lkjip, "explain", os.path.join(EXAMPLES, "nol.json"), "iku/ADUAN/capaian")
    if "both_zero_is_100" not in result.stdout:
        fail("explain of the zero rule:\n" + result.stdout)

    # explain names each period's value and its place in the file.
    triwulan = os.path.join(EXAMPLES, "triwulan.json")
    result = run(lkjip, "explain", triwulan, "iku/LAYANAN/capaian")
    for period in range(4):
        place = f"/objectives/0/indicators/0/periods/{period}/actual)"
        if place not in result.stdout:
            fail(f"explain does not name {place}:\n{result.stdout}")
    # A range's default is said where it applies.
    result = run(lkjip, "explain", os.path.join(EXAMPLES, "rentang.json"), "iku/R1/capaian")
    if "tidak ada regulasi yang mengaturnya" not in result.stdout:
        fail("explain of a capaian inside a range:\n" + result.stdout)

    # --period: the year's figures end where it says; the file's printed year figures then
    # disagree, and check says so. Periods after it have no rows to print.
    with open(triwulan, encoding="utf-8") as f:
        data = json.load(f)
    data["printed"] = [p for p in data["printed"] if ".q3/" not in p["figure"] and
                       ".q4/" not in p["figure"]]
    with tempfile.TemporaryDirectory() as tmp:
        half = os.path.join(tmp, "triwulan.json")
        with open(half, "w", encoding="utf-8") as f:
            json.dump(data, f)
        result = run(lkjip, "check", half, "--period", "q2")
        if result.returncode != 1 or "iku/LAYANAN/capaian: dicetak 97,0 " not in result.stdout:
            fail("check --period q2:\n" + result.stdout + result.stderr)
    result = run(lkjip, "check", triwulan, "--period", "q2", "--lang", "en")
    if result.returncode != 2 or "no figure named \"periode/LAYANAN.q3/capaian\"" not in \
            result.stderr:
        fail("check --period q2 of figures after q2:\n" + result.stdout + result.stderr)
    result = run(lkjip, "compute", triwulan, "--period", "tw2")
    if result.returncode != 2 or result.stdout:
        fail("an unknown period is a usage error")
    print("ok")


if __name__ == "__main__":
    main(sys.argv[1])
