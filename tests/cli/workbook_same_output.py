#!/usr/bin/env python3
"""The seed report read from its workbook gives what it gives read from JSON: every table in
every output format and language, every finding of `check` (text and JSON) and the explanation
of every figure, apart from the places the messages name (a JSON path and line, or a sheet and
cell). And the workbook converts back to the same JSON. The workbook is made by `lkjip init
--example`, in Indonesian and in English."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from explanations import explain_all

# A place named in a message: "FILE:LINE:COL: error: /json/path: " or "FILE:Sheet!E7: error: ".
LINE_PLACE = re.compile(r"^\S.*?(:\d+:\d+)?(:[^:!]+![A-Z]+\d+)?: (error|warning|note): (/\S*: )?",
                        re.MULTILINE)
# A value's place in an explanation: "(target AKIP; /objectives/0/indicators/0/target)".
VALUE_PLACE = re.compile(r"; (/[^)\s]*|[^;()!]+![A-Z]+\d+)\)")
# A value's place in a finding: "di berkas data (/programs/3/activities/0/indicators/0/target)".
PAREN_PLACE = re.compile(r"\((/[^)\s]*|[^()!\n]+![A-Z]+\d+)\)")
# An input value's place: "Pengukuran Kinerja = 18,14: nilai masukan, SAKIP!C3".
INPUT_PLACE = re.compile(r", (/[^\s)]*|[^,;()\n]+![A-Z]+\d+)$", re.MULTILINE)
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLACE_KEYS = ("file", "line", "column", "path", "cell")


def run(*args):
    return subprocess.run(args, capture_output=True, text=True)


def without_places(text):
    text = LINE_PLACE.sub(r"@: \3: ", text)
    text = VALUE_PLACE.sub("; @)", text)
    return PAREN_PLACE.sub("(@)", INPUT_PLACE.sub(", @", text))


def findings_without_places(text):
    document = json.loads(text)
    for finding in document["findings"]:
        for key in PLACE_KEYS:
            finding.pop(key, None)
        finding["message"] = without_places(finding["message"])
    return document


def compare(problems, what, expected, actual):
    if expected != actual:
        problems.append(f"{what}: differs\n--- json\n{str(expected)[:2000]}\n--- workbook\n"
                        f"{str(actual)[:2000]}")


def with_cell(book, out, sheet_file, cell, inline_text):
    """A copy of the workbook whose cell holds `inline_text` as an inline string."""
    with zipfile.ZipFile(book) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == sheet_file:
                data, count = re.subn(
                    rf'<c r="{cell}"[^>]*?(/>|>.*?</c>)'.encode(),
                    f'<c r="{cell}" t="inlineStr"><is><t>{inline_text}</t></is></c>'.encode(),
                    data, count=1)
                assert count == 1, f"no cell {cell} in {sheet_file}"
            copy.writestr(item, data)


def check_refusals(binary, scratch, book, problems):
    """A mistake is named at its cell, with exit 2 and nothing on stdout; init and convert
    replace no file unless asked, and want a name that says the format."""
    bad = os.path.join(scratch, "bad.xlsx")
    with_cell(book, bad, "xl/worksheets/sheet7.xml", "E2", "2.696")  # Indikator
    result = run(binary, "compute", bad, "--lang", "en")
    expected = f"{bad}:Indikator!E2: error: the text \"2.696\" could be 2696"
    if result.returncode != 2 or result.stdout or not result.stderr.startswith(expected):
        problems.append(f"a mistake in a workbook: exit {result.returncode}: {result.stderr}")
    result = run(binary, "compute", bad)  # Indonesian by default, at the same cell
    expected = f"{bad}:Indikator!E2: error: teks \"2.696\" dapat berarti 2696"
    if result.returncode != 2 or result.stdout or not result.stderr.startswith(expected):
        problems.append(f"a mistake in a workbook, Indonesian: exit {result.returncode}: "
                        f"{result.stderr}")
    kept = os.path.join(scratch, "kept.xlsx")
    with open(kept, "w") as handle:
        handle.write("mine")
    for args in (["init", "-o", kept], ["convert", book, "-o", kept]):
        result = run(binary, *args)
        with open(kept) as handle:
            if result.returncode != 2 or handle.read() != "mine" or "--force" not in result.stderr:
                problems.append(f"{args[0]} replaced an existing file: {result.stderr}")
    result = run(binary, "init", "--force", "-o", kept)
    if result.returncode != 0 or os.path.getsize(kept) < 1000:
        problems.append(f"init --force: exit {result.returncode}: {result.stderr}")
    old = os.path.join(scratch, "old.xls")  # an OLE2 compound file, as Excel 97-2003 saves
    with open(old, "wb") as handle:
        handle.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    result = run(binary, "compute", old, "--lang", "en")
    if result.returncode != 2 or "save it as an Excel Workbook (.xlsx)" not in result.stderr:
        problems.append(f"an .xls file: exit {result.returncode}: {result.stderr}")
    result = run(binary, "init", "-o", os.path.join(scratch, "template.ods"))
    if result.returncode != 2 or ".xlsx" not in result.stderr:
        problems.append(f"init -o template.ods: exit {result.returncode}: {result.stderr}")


def check_mixed_directory(binary, scratch, book, problems):
    """A directory may hold JSON files and workbooks: a roll-up reads both (not Excel's lock
    file ~$x.xlsx)."""
    directory = os.path.join(scratch, "units")
    os.mkdir(directory)
    shutil.copy(book, os.path.join(directory, "KESAMBEN.XLSX"))
    shutil.copy(os.path.join(ROOT, "tests", "inputs", "minimal.json"), directory)
    with open(os.path.join(directory, "~$kesamben.xlsx"), "w") as lock:
        lock.write("lock")
    result = run(binary, "compute", directory, "-O", "csv")
    if result.returncode != 0 or "Kecamatan Kesamben" not in result.stdout or result.stderr:
        problems.append(f"a directory of .json and .xlsx: exit {result.returncode}: "
                        f"{result.stderr}")
    elif len(result.stdout.strip().splitlines()) < 3:
        problems.append(f"a directory of .json and .xlsx rolls up fewer than two units:\n"
                        f"{result.stdout}")


def main():
    binary, seed = sys.argv[1:3]
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        books = []
        for lang in ("id", "en"):
            book = os.path.join(scratch, f"seed-{lang}.xlsx")
            made = run(binary, "init", "--example", "--lang", lang, "-o", book)
            if made.returncode != 0 or made.stdout or made.stderr:
                print(f"init --example --lang {lang}: exit {made.returncode}: {made.stderr}")
                return 1
            books.append(book)
        # The seed's figures explained from its JSON, once, in one run (explanations.py).
        figures = run(binary, "explain", seed, "--list").stdout.split()
        result, expected_explained = explain_all(binary, seed, figures)
        if result.returncode != 0 or len(expected_explained) != len(figures) or not figures:
            print(f"explain of the seed's {len(figures)} figures: exit {result.returncode}: "
                  f"{result.stderr[:2000]}")
            return 1
        for book in books:
            name = os.path.basename(book)
            for args in (["-O", "text"], ["-O", "csv"], ["-O", "tsv"], ["-O", "json"],
                         ["-O", "markdown"], ["-O", "html"], ["--lang", "en"],
                         ["--locale", "id", "-O", "csv"]):
                expected = run(binary, "compute", seed, *args)
                actual = run(binary, "compute", book, *args)
                compare(problems, f"{name}: compute {' '.join(args)}",
                        (expected.returncode, expected.stdout, expected.stderr),
                        (actual.returncode, actual.stdout, actual.stderr))
            for args in ([], ["--lang", "en"], ["--strict"]):
                expected = run(binary, "check", seed, *args)
                actual = run(binary, "check", book, *args)
                if "seed.xlsx" in actual.stdout or actual.returncode != expected.returncode:
                    problems.append(f"{name}: check {args}: exit {actual.returncode}")
                compare(problems, f"{name}: check {' '.join(args)}",
                        without_places(expected.stdout), without_places(actual.stdout))
            expected = run(binary, "check", seed, "--format", "json")
            actual = run(binary, "check", book, "--format", "json")
            compare(problems, f"{name}: check --format json",
                    findings_without_places(expected.stdout),
                    findings_without_places(actual.stdout))
            if '"cell": "' not in actual.stdout:
                problems.append(f"{name}: check --format json names no cell")
            compare(problems, f"{name}: explain --list", figures,
                    run(binary, "explain", book, "--list").stdout.split())
            result, explained = explain_all(binary, book, figures)
            if result.returncode != 0:
                problems.append(f"{name}: explain of every figure: exit {result.returncode}: "
                                f"{result.stderr[:2000]}")
            for figure in figures:
                compare(problems, f"{name}: explain {figure}",
                        without_places(expected_explained.get(figure, "")),
                        without_places(explained.get(figure, "")))
            back = os.path.join(scratch, name + ".json")
            direct = os.path.join(scratch, "direct.json")
            run(binary, "convert", book, "-o", back, "--force")
            run(binary, "convert", seed, "-o", direct, "--force")
            with open(back, "rb") as a, open(direct, "rb") as b:
                compare(problems, f"{name}: convert to JSON", b.read(), a.read())
        check_refusals(binary, scratch, books[0], problems)
        check_mixed_directory(binary, scratch, books[0], problems)
        print(f"{len(books)} workbooks; every compute, check and explain compared")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
