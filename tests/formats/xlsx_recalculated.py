#!/usr/bin/env python3
"""The xlsx workbook's formulas, recalculated by LibreOffice, give lkjip's figures.

The cached values lkjip writes are removed first, so that every value comes from LibreOffice
evaluating the formulas; then every figure of every sheet, rounded at its printed precision,
must equal `compute --format json`: read at full precision and rounded here, and read as
LibreOffice shows it (exported "as shown": 97,16 for a binary 97,16499… where lkjip prints
97,17 would be a wrong figure on the screen and on paper)."""
import csv
import os
import re
import sys
import tempfile
import zipfile

from common import LibreOffice, figures, rounded, run


def strip_cached_values(source, target):
    with zipfile.ZipFile(source) as book, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in book.infolist():
            data = book.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb"(</f>)<v>[^<]*</v>", rb"\1", data)
            out.writestr(item, data)


def main():
    binary, data = sys.argv[1:3]
    expected = figures(binary, data)
    problems, compared, formulas = [], 0, 0
    with tempfile.TemporaryDirectory() as directory, LibreOffice() as office:
        workbook = os.path.join(directory, "report.xlsx")
        run(binary, "compute", data, "-o", workbook)
        with zipfile.ZipFile(workbook) as book:
            for name in book.namelist():
                if name.startswith("xl/worksheets/sheet"):
                    sheet_xml = book.read(name)
                    formulas += sheet_xml.count(b"<f>")
                    # A score is limited from its capaian's cell, never from a copy of its value:
                    # a formula over a constant would not follow an edited target or actual.
                    if re.search(rb"<f>MIN\(MAX\(\(", sheet_xml):
                        problems.append(f"{name}: a score formula over a constant, not a cell")
        uncached = os.path.join(directory, "uncached.xlsx")
        strip_cached_values(workbook, uncached)
        shown = os.path.join(directory, "shown.xlsx")
        strip_cached_values(workbook, shown)
        # The CSV filter's ninth option: the cells' full values (false) or as shown (true).
        outdir = office.convert(
            uncached, "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1")
        office.convert(
            shown, "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1")
        for table, rows in expected.items():
            with open(os.path.join(outdir, f"uncached-{table}.csv"), encoding="utf-8") as handle:
                sheet = list(csv.reader(handle))
            with open(os.path.join(outdir, f"shown-{table}.csv"), encoding="utf-8") as handle:
                as_shown = list(csv.reader(handle))
            # The table's rows come below the report's heading, its title and the headings.
            for index, (key, cells) in enumerate(rows, start=3):
                for column, (name, cell) in enumerate(cells.items()):
                    if not isinstance(cell, dict) or "decimals" not in cell:
                        continue
                    got = sheet[index][column].replace(",", ".")
                    if rounded(got, cell["decimals"]) != cell["text"]:
                        problems.append(f"{cell['name']}: spreadsheet {got}, lkjip {cell['text']}")
                    # Shown the Indonesian way: 2.696.606.251 and 97,17.
                    seen = as_shown[index][column]
                    if seen.replace(".", "").replace(",", ".") != cell["text"]:
                        problems.append(f"{cell['name']}: spreadsheet shows {seen}, lkjip {cell['text']}")
                    compared += 1
    for problem in problems[:30]:
        print(problem)
    print(f"{formulas} formulas; {compared} figures recalculated by LibreOffice: "
          f"{compared - len(problems)} equal lkjip's, {len(problems)} differ")
    return 1 if problems or compared == 0 or formulas == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
