#!/usr/bin/env python3
"""The workbook `compute` writes prints as it is: LibreOffice turns the seed's xlsx into a PDF,
and poppler-utils (pdfinfo, pdftotext -layout) read it back.

- Every page is A4 landscape, and the whole workbook takes at most MAX_PAGES pages.
- Every page begins with the report's heading and its table's title (repeated rows), then the
  column headings of all its table's columns: the words right below the title are exactly the
  words of every column heading, each heading's words in order. A sheet wider than its page
  would leave some headings to another page, which then begins with others, or with data.
- The pages follow the tables in order, each table on at least one page.
- No column is cut: every heading and every text cell (names, units, reasons) stands whole on
  its table's pages, each word whole and the words in order, among them the seed's longest
  indicator name; every figure shows its printed digits in the Indonesian way (2.696.606.251,
  97,09); no cell shows ### for a number too wide for its column.

Prints the page count and the pages of each table. Skipped (exit 77) without soffice."""
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "formats"))
from common import PROFILE, LibreOffice, rounded, run  # noqa: E402

SKIP = 77
MAX_PAGES = 25  # issue 16's goal for the seed's workbook (73 pages before)
A4_LANDSCAPE = (841.9, 595.3)  # points


def words(text):
    """The words of a text, a word split after a hyphen or a slash, where a line may break
    ("Perundang-" at the end of a line, "Undangan" on the next)."""
    return [word for word in re.split(r"\s+|(?<=\w[-/])", text) if word]


class CachedValues(LibreOffice):
    """LibreOffice as a person opens the workbook: showing the values lkjip cached in the
    formula cells (the formulas are recalculated by formats.xlsx_recalculated_*)."""

    def __enter__(self):
        super().__enter__()
        path = os.path.join(self.directory, "profile", "user", "registrymodifications.xcu")
        with open(path, "w") as handle:
            handle.write(PROFILE.replace("<value>0</value>", "<value>1</value>"))
        return self


def is_subsequence(needle, haystack):
    """Whether the words of `needle` occur in `haystack` in order (other words between them:
    a wrapped cell's lines alternate with the lines of the cells beside it)."""
    found = iter(haystack)
    return all(word in found for word in needle)


def indonesian(text, decimals):
    """A figure as the workbook's number format shows it: 2.696.606.251 and 97,09."""
    digits = rounded(text, decimals)
    sign = "-" if digits.startswith("-") else ""
    whole, _, fraction = digits.lstrip("-").partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + ("," + fraction if fraction else "")


def page_sizes(pdf, pages):
    output = run("pdfinfo", "-f", "1", "-l", str(pages), pdf, text=True).stdout
    sizes = []
    for line in output.splitlines():
        if line.startswith("Page") and " size:" in line:
            width, _, height = line.split("size:")[1].split()[:3]
            sizes.append((float(width), float(height)))
    return sizes


def main():
    binary, data = sys.argv[1:3]
    if shutil.which("soffice") is None:
        print("soffice not found: skipped")
        return SKIP
    for tool in ("pdfinfo", "pdftotext"):
        if shutil.which(tool) is None:
            print(f"{tool} not found: install poppler-utils (.ci/install-deps)")
            return 1
    report = json.loads(run(binary, "compute", data, "-O", "json").stdout)
    # The report's heading, as the text format prints it first.
    heading = words(run(binary, "compute", data, "--table", "iku", text=True).stdout.splitlines()[0])
    tables = report["tables"]
    problems = []
    with tempfile.TemporaryDirectory() as directory, CachedValues() as office:
        workbook = os.path.join(directory, "seed.xlsx")
        run(binary, "compute", data, "-o", workbook)
        outdir = office.convert(workbook, "pdf")
        pdf = os.path.join(outdir, "seed.pdf")
        info = run("pdfinfo", pdf, text=True).stdout
        pages = int(next(l for l in info.splitlines() if l.startswith("Pages:")).split()[1])
        text = run("pdftotext", "-layout", pdf, "-", text=True).stdout
        sizes = page_sizes(pdf, pages)
    page_words = [words(page) for page in text.split("\f")[:pages]]

    if pages > MAX_PAGES:
        problems.append(f"{pages} pages, more than {MAX_PAGES}")
    if len(sizes) != pages:
        problems.append(f"pdfinfo gave the size of {len(sizes)} of {pages} pages")
    other = [(number, size) for number, size in enumerate(sizes, start=1)
             if abs(size[0] - A4_LANDSCAPE[0]) > 1 or abs(size[1] - A4_LANDSCAPE[1]) > 1]
    if other:
        problems.append(f"{len(other)} pages not A4 landscape, the first page {other[0][0]}: "
                        f"{other[0][1][0]} x {other[0][1][1]} points")

    # Each page to its table, by the title below the heading; tables in order.
    table_of_page = []
    current = 0
    for number, found in enumerate(page_words, start=1):
        if found[:len(heading)] != heading:
            problems.append(f"page {number} does not begin with the heading "
                            f"{' '.join(heading)!r}: {' '.join(found[:20])!r}")
            table_of_page.append(None)
            continue
        rest = found[len(heading):]
        candidates = [t for t in range(current, min(current + 2, len(tables)))
                      if rest[:len(words(tables[t]["title"]))] == words(tables[t]["title"])]
        if not candidates:
            problems.append(f"page {number}: no title of table {tables[current]['name']} or the "
                            f"next one below the heading: {' '.join(rest[:20])!r}")
            table_of_page.append(None)
            continue
        current = candidates[-1]
        table_of_page.append(current)
    pages_of = collections.defaultdict(list)
    for number, table in enumerate(table_of_page, start=1):
        if table is not None:
            pages_of[table].append(number)

    longest = ""
    for t, table in enumerate(tables):
        name = table["name"]
        if not pages_of[t]:
            problems.append(f"table {name}: on no page")
            continue
        labels = [words(column["label"]) for column in table["columns"]]
        all_labels = [word for label in labels for word in label]
        skip = len(heading) + len(words(table["title"]))
        for number in pages_of[t]:
            below = page_words[number - 1][skip:skip + len(all_labels)]
            if collections.Counter(below) != collections.Counter(all_labels) or not all(
                    is_subsequence(label, below) for label in labels):
                problems.append(f"page {number} ({name}): the column headings below the title are "
                                f"{' '.join(below)!r}, not those of its {len(labels)} columns "
                                f"{' | '.join(column['label'] for column in table['columns'])!r}")
        on_pages = [word for number in pages_of[t] for word in page_words[number - 1]]
        present = set(on_pages)
        if any("###" in word for word in on_pages):
            problems.append(f"table {name}: ### shown for a number too wide for its column")
        for row in table["rows"]:
            for key, cell in row["cells"].items():
                if cell is None:
                    continue
                if isinstance(cell, str):
                    shown = cell
                elif cell.get("status") == "not_computable":
                    shown = f"t.d. ({cell['reason']})"
                elif "decimals" not in cell:  # a rating, a category
                    shown = cell["text"]
                else:
                    figure = indonesian(cell["text"], cell["decimals"])
                    if figure not in present:
                        problems.append(f"{cell['name']}: {figure} not on the pages of {name}")
                    continue
                if key == "indicator" and len(shown) > len(longest):
                    longest = shown
                if not all(word in present for word in words(shown)) or not is_subsequence(
                        words(shown), on_pages):
                    problems.append(f"{name}/{row['key']}/{key}: {shown!r} not whole on the "
                                    f"pages {pages_of[t]} of {name}")
        print(f"{name}: {len(table['columns'])} columns, {len(table['rows'])} rows, "
              f"pages {pages_of[t][0]}-{pages_of[t][-1]}")
    if not longest:
        problems.append("no indicator name in the seed's tables")
    else:
        print(f"longest indicator name ({len(longest)} characters) whole: {longest}")
    for problem in problems[:40]:
        print(problem)
    print(f"{pages} pages for {len(tables)} tables; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
