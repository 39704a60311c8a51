#!/usr/bin/env python3
"""CSV opened in a real spreadsheet (LibreOffice): numbers stay numbers, names stay text, and a
name written like a formula (=, +, -, @) is never run as one. Both the default CSV (`,` and `.`)
and `--locale id --header keys` (`;` and `,`, as Excel set to Indonesian opens it). Then the
seed's CSV for people (`--locale id`: a UTF-8 BOM, title rows, column titles): the BOM is not
read as text, the title keeps its non-ASCII dash, names are text and percentages numbers.

usage: csv_in_spreadsheet.py LKJIP SEED_DATA"""
import json
import os
import sys
import tempfile

from common import LibreOffice, run, xlsx_cells

HOSTILE = {
    "P1": "=HYPERLINK(\"http://example.invalid\",\"klik\")",
    "indicator": "+SUM(1,2)",
    "unit": "-1+1",
    "objective": "@SUM(3)",
}


def data_file(directory):
    with open(os.path.join(os.path.dirname(__file__), "..", "inputs", "minimal.json")) as handle:
        data = json.load(handle)
    data["programs"][0]["name"] = HOSTILE["P1"]
    data["programs"][0]["indicators"][0]["name"] = HOSTILE["indicator"]
    data["programs"][0]["indicators"][0]["unit"] = HOSTILE["unit"]
    data["objectives"][0]["name"] = HOSTILE["objective"]
    path = os.path.join(directory, "hostile.json")
    with open(path, "w") as handle:
        json.dump(data, handle)
    return path


def check(binary, data, office, directory, locale, infilter, problems):
    csv_path = os.path.join(directory, f"{locale}.csv")
    run(binary, "compute", data, "-O", "csv", "--locale", locale, "--header", "keys", "--table",
        "pengukuran", "-o", csv_path)
    outdir = office.convert(csv_path, "xlsx", infilter)
    cells = xlsx_cells(os.path.join(outdir, f"{locale}.xlsx"))
    header = [cells[f"{c}1"][1] for c in "ABCDEFGHIJ"]
    row = {header[i]: cells.get(f"{c}2") for i, c in enumerate("ABCDEFGHIJ")}
    if any(formula for _, _, formula in cells.values()):
        problems.append(f"{locale}: the spreadsheet made a formula of a text")
    for column, expected in (("name", HOSTILE["P1"]), ("indicator", HOSTILE["indicator"]),
                             ("unit", HOSTILE["unit"])):
        kind, value, _ = row[column]
        if kind not in ("s", "str", "inlineStr") or expected not in value.replace("&quot;", '"'):
            problems.append(f"{locale}: {column} is {kind} {value!r}, expected the text {expected!r}")
    for column, expected in (("target", 100), ("actual", 100), ("capaian", 100), ("score", 100)):
        kind, value, _ = row[column]
        if kind != "n" or float(value) != expected:
            problems.append(f"{locale}: {column} is {kind} {value!r}, expected the number {expected}")


def column_of(ref):
    return "".join(c for c in ref if c.isalpha())


def row_of(ref):
    return int("".join(c for c in ref if c.isdigit()))


def check_for_people(binary, seed, office, directory, infilter, problems):
    """The seed's `--locale id` CSV: every table under its title row and its column titles."""
    csv_path = os.path.join(directory, "people.csv")
    run(binary, "compute", seed, "-O", "csv", "--locale", "id", "-o", csv_path)
    with open(csv_path, "rb") as handle:
        if not handle.read(3) == b"\xef\xbb\xbf":
            problems.append("people: the CSV does not start with a UTF-8 BOM")
    outdir = office.convert(csv_path, "xlsx", infilter)
    cells = xlsx_cells(os.path.join(outdir, "people.xlsx"))
    title = "Pencapaian Indikator Kinerja Utama \u2014 LKjIP Kecamatan Kesamben, Kabupaten " \
            "Jombang, Tahun 2024"
    if cells.get("A1", (None, None))[:2] != ("s", title):
        problems.append(f"people: A1 is {cells.get('A1')!r}, expected the title {title!r}")
    header = {column_of(ref): value for ref, (_, value, _) in cells.items() if row_of(ref) == 2}
    capaian = next((c for c, value in header.items() if value == "Capaian (%)"), None)
    if capaian is None:
        problems.append(f"people: no column titled 'Capaian (%)' in row 2: {header}")
        return
    mean = next((row_of(ref) for ref, (_, value, _) in cells.items()
                 if value == "Rata-rata capaian IKU"), None)
    kind, value, _ = cells.get(f"{capaian}{mean}", (None, None, None))
    if kind != "n" or float(value) != 97.17:
        problems.append(f"people: the IKU's mean capaian is {kind} {value!r}, expected 97.17")
    names = [kind for kind, value, _ in cells.values() if value.startswith("Penyediaan Gaji")]
    if not names or set(names) != {"s"}:
        problems.append(f"people: 'Penyediaan Gaji ...' found as {names}, expected texts")


def main():
    binary, seed = sys.argv[1:3]
    problems = []
    with tempfile.TemporaryDirectory() as directory, LibreOffice() as office:
        data = data_file(directory)
        # Filter options: separator, quote, UTF-8, from line 1, no column formats, language.
        check(binary, data, office, directory, "c", "CSV:44,34,76,1,,1033", problems)
        check(binary, data, office, directory, "id", "CSV:59,34,76,1,,1057", problems)
        check_for_people(binary, seed, office, directory, "CSV:59,34,76,1,,1057", problems)
    for problem in problems:
        print(problem)
    print(f"CSV in LibreOffice, default, --locale id for scripts and for people: "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
