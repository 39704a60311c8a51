#!/usr/bin/env python3
"""Command-line conventions (issue 16), one part per run: `stdin` (`-` reads standard input:
compute, check, explain, convert, a workbook too, `-` once in a roll-up), `unreadable` (check
--format json reports a file it cannot read as an entry of the JSON, exit 2) and `own-output`
(a directory roll-up skips lkjip's own JSON output with a note; named explicitly, it is an input
error). Messages are asserted in Indonesian (the default) and in English (--lang en)."""
import json
import os
import shutil
import subprocess
import sys
from parts import expect, run_part

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEED = os.path.join(ROOT, "data", "2024.json")
INPUTS = os.path.join(ROOT, "tests", "inputs")


def run(binary, *args, stdin=None, text=True):
    return subprocess.run([binary, *args], input=stdin, capture_output=True, text=text)


def stdin_part(binary, directory):
    seed = open(SEED).read()
    by_name = run(binary, "compute", SEED)
    piped = run(binary, "compute", "-", stdin=seed)
    expect("compute - gives what compute FILE gives", piped.returncode == 0 and piped.stdout == by_name.stdout
           and by_name.stdout, piped)

    checked = run(binary, "check", "-", stdin=seed)
    expect("check - finds the seed's errors at <stdin>:LINE:COL",
           checked.returncode == 1 and "<stdin>:" in checked.stdout
           and any(line.startswith("<stdin>:") for line in checked.stdout.splitlines())
           and not any(line.startswith("-:") for line in checked.stdout.splitlines()), checked)
    by_name = run(binary, "check", SEED)
    expect("check - finds what check FILE finds",
           checked.stdout.replace("<stdin>", SEED) == by_name.stdout, checked)

    explained = run(binary, "explain", "-", "anggaran/total/silpa", stdin=seed)
    expect("explain - FIGURE explains as explain FILE FIGURE does", explained.returncode == 0
           and explained.stdout == run(binary, "explain", SEED, "anggaran/total/silpa").stdout
           and explained.stdout, explained)

    bad = open(os.path.join(INPUTS, "invalid-json.json")).read()
    for lang, word in (("id", "JSON tidak sah"), ("en", "invalid JSON")):
        result = run(binary, "compute", "-", "--lang", lang, stdin=bad)
        expect(f"a bad stdin is <stdin>:4:12 ({lang})", result.returncode == 2
               and result.stderr.startswith("<stdin>:4:") and word in result.stderr, result)

    converted = os.path.join(directory, "converted.xlsx")
    result = run(binary, "convert", "-", "-o", converted, stdin=seed)
    expect("convert - -o x.xlsx", result.returncode == 0 and os.path.getsize(converted) > 0, result)
    workbook = open(converted, "rb").read()
    result = run(binary, "compute", "-", stdin=workbook, text=False)
    expect("a workbook on stdin is read as one", result.returncode == 0
           and result.stdout.decode() == run(binary, "compute", converted).stdout, result)
    back = os.path.join(directory, "back.json")
    result = run(binary, "convert", "-", "-o", back, stdin=workbook, text=False)
    expect("convert - (a workbook) -o x.json", result.returncode == 0
           and json.load(open(back))["format"] == "lkjip/1", result)

    for lang, word in (("id", "masukan standar hanya dapat dibaca sekali"),
                       ("en", "standard input can be read only once")):
        result = run(binary, "check", "-", "-", "--lang", lang, stdin=seed)
        expect(f"- twice in a roll-up ({lang})", result.returncode == 2
               and result.stderr.startswith("-: error: ") and word in result.stderr, result)
    result = run(binary, "compute", "-", SEED, stdin=seed)
    expect("- once in a roll-up, named <stdin>", result.returncode == 2
           and "<stdin>" in result.stderr and " - " not in result.stderr, result)
    other = open(os.path.join(INPUTS, "minimal.json")).read()
    result = run(binary, "compute", "-", SEED, stdin=other)
    expect("- once in a roll-up", result.returncode == 0 and "Kecamatan Kesamben" in result.stdout, result)


def unreadable_part(binary, directory):
    bad = os.path.join(directory, "rusak.json")
    shutil.copy(os.path.join(INPUTS, "invalid-json.json"), bad)
    for lang, word in (("id", "JSON tidak sah"), ("en", "invalid JSON")):
        result = run(binary, "check", SEED, bad, "--format", "json", "--lang", lang)
        expect(f"unreadable file: exit 2 ({lang})", result.returncode == 2, result)
        expect(f"unreadable file: still on stderr ({lang})", bad + ":4:" in result.stderr, result)
        try:
            document = json.loads(result.stdout)
        except ValueError as error:
            expect(f"the JSON parses ({lang}): {error}", False, result)
            continue
        entries = [f for f in document["findings"] if f["file"] == bad]
        expect(f"an entry for the unreadable file ({lang})", len(entries) == 1
               and entries[0]["code"] == "unreadable" and entries[0]["severity"] == "error"
               and entries[0]["line"] == 4 and word in entries[0]["message"], result)
        seed_errors = sum(1 for f in document["findings"]
                          if f["file"] == SEED and f["severity"] == "error")
        expect(f"the entry is counted ({lang})", document["errors"] == seed_errors + 1, result)
    result = run(binary, "check", os.path.join(directory, "tidak-ada.json"), "--format", "json")
    document = json.loads(result.stdout) if result.stdout else {}
    expect("a missing file alone: a JSON document with its entry", result.returncode == 2
           and document.get("errors") == 1 and document["findings"][0]["code"] == "unreadable", result)
    result = run(binary, "check", os.path.join(INPUTS, "check-unknown-figure.json"), "--format", "json")
    document = json.loads(result.stdout) if result.stdout else {}
    expect("a check that cannot be made: its entry with its code", result.returncode == 2
           and document.get("errors", 0) >= 1 and document["findings"][0]["severity"] == "error", result)
    result = run(binary, "check", SEED, bad)
    expect("the text format keeps the error on stderr only", result.returncode == 2
           and bad not in result.stdout and bad + ":4:" in result.stderr, result)


def own_output_part(binary, directory):
    shutil.copy(SEED, os.path.join(directory, "2024.json"))
    first = run(binary, "check", directory, "--format", "json")
    expect("check DIR --format json", first.returncode == 1, first)
    with open(os.path.join(directory, "check.json"), "w") as handle:
        handle.write(first.stdout)
    computed = run(binary, "compute", directory, "--format", "json")
    with open(os.path.join(directory, "hasil.json"), "w") as handle:
        handle.write(computed.stdout)
    second = run(binary, "check", directory, "--format", "json")
    expect("check DIR --format json > DIR/check.json, twice: the same output", second.returncode == 1
           and second.stdout == first.stdout, second)
    for lang, words in (("id", ("dilewati: berkas ini keluaran lkjip sendiri",)),
                        ("en", ("skipped", "it is lkjip's own output"))):
        result = run(binary, "check", directory, "--lang", lang)
        expect(f"notes for the skipped files ({lang})", result.returncode == 1
               and result.stderr.count("lkjip: note: ") == 2
               and "(check --format json)" in result.stderr
               and "(compute --format json)" in result.stderr
               and all(w in result.stderr for w in words), result)
    for command in (["compute", directory], ["trend", directory]):
        result = run(binary, *command)
        expect(f"{command[0]} DIR skips them", result.stderr.count("lkjip: note: ") == 2
               and "lkjip-output" not in result.stderr and ": error: " not in result.stderr, result)
    named = os.path.join(directory, "check.json")
    for lang, word in (("id", "ini keluaran lkjip sendiri (check --format json), bukan berkas data"),
                       ("en", "this is lkjip's own output (check --format json), not a data file")):
        result = run(binary, "compute", named, "--lang", lang)
        expect(f"named explicitly: an input error ({lang})", result.returncode == 2
               and result.stderr.startswith(named + ": error: ") and word in result.stderr, result)
    result = run(binary, "check", "-", stdin=computed.stdout)
    expect("on stdin too", result.returncode == 2 and "<stdin>: error: " in result.stderr
           and "(compute --format json)" in result.stderr, result)
    # Told when each file is read (each file opened once): a directory holding nothing but
    # lkjip's output has no data file, the same error as a directory without any .json.
    outputs = os.path.join(directory, "outputs")
    os.mkdir(outputs)
    for name in ("hasil.json", "check.json"):
        shutil.move(os.path.join(directory, name), os.path.join(outputs, name))
    no_data = outputs + ": error: no .json or .xlsx data files in this directory"
    for command in (["compute", outputs], ["trend", outputs], ["check", outputs],
                    ["check", outputs, "--format", "json"]):
        result = run(binary, *command, "--lang", "en")
        notes = [line for line in result.stderr.splitlines() if line.startswith("lkjip: note: ")]
        expect(f"{command[0]} of a directory of lkjip's output only: its error, nothing written",
               result.returncode == 2 and not result.stdout and len(notes) == 2
               and "check.json" in notes[0] and "hasil.json" in notes[1]  # in name order
               and result.stderr.endswith(no_data + "\n"), result)
    result = run(binary, "compute", SEED, outputs, "--lang", "en")
    expect("compute FILE DIR: the directory's error alone, nothing written", result.returncode == 2
           and not result.stdout and result.stderr.count(": error: ") == 1
           and no_data in result.stderr, result)
    result = run(binary, "check", os.path.join(directory, "2024.json"), outputs, "--lang", "en")
    expect("check FILE DIR: the file's findings, then the directory's error", result.returncode == 2
           and "2024.json" in result.stdout and result.stderr.endswith(no_data + "\n"), result)


def main():
    parts = {"stdin": stdin_part, "unreadable": unreadable_part, "own-output": own_output_part}
    return run_part(parts, "lkjip-conventions-")


if __name__ == "__main__":
    sys.exit(main())
