#!/usr/bin/env python3
"""Every format parsed back gives the figures of --format json: the JSON validates against its
published schema; CSV and TSV (default and --locale id, each for scripts and for people) read
with Python's csv module; Markdown read cell by cell; and --lang en changes labels only."""
import csv
import io
import json
import re
import sys

import jsonschema

from common import figures, run


def expected_rows(expected):
    """{table: [[cell text as csv would give it, ...], ...]}, numbers in '.' notation."""
    tables = {}
    for table, rows in expected.items():
        tables[table] = []
        for _, cells in rows:
            line = []
            for cell in cells.values():
                if cell is None:
                    line.append("")
                elif isinstance(cell, str):
                    line.append(cell)
                elif "decimals" in cell:
                    line.append(cell["text"])
                elif cell["status"] == "computed":
                    line.append(cell["text"])
                else:
                    line.append(None)  # not computable: an empty field in CSV
            tables[table].append(line)
    return tables


def for_people(records, table, label, problems):
    """The header and rows of a table for people: its title row first, then its column titles,
    then its rows, then one row per footnote `[n] t.d. = ...`; each t.d.[n] has its footnote."""
    notes = []
    while records and len(records[-1]) == 1 and re.match(r"\[\d+\] t\.d\. = ", records[-1][0]):
        notes.insert(0, records.pop()[0])
    for number, note in enumerate(notes, start=1):
        if not note.startswith(f"[{number}] "):
            problems.append(f"{label} {table}: footnote {note!r} out of order")
    marks = {g for record in records for g in record if re.fullmatch(r"t\.d\.\[\d+\]", g)}
    if marks != {f"t.d.[{n}]" for n in range(1, len(notes) + 1)}:
        problems.append(f"{label} {table}: marks {sorted(marks)} but {len(notes)} footnotes")
    if len(records[0]) != 1 or "Tahun 2024" not in records[0][0]:
        problems.append(f"{label} {table}: title row {records[0]!r}")
    return records[1], records[2:]


def compare_delimited(text, separator, decimal_mark, expected, label, problems, people=False):
    if people:
        if not text.startswith("\ufeff"):
            problems.append(f"{label}: no BOM")
        text = text.removeprefix("\ufeff")
    blocks = text.split("\r\n\r\n")
    if len(blocks) != len(expected):
        problems.append(f"{label}: {len(blocks)} tables, expected {len(expected)}")
        return
    for block, (table, rows) in zip(blocks, expected.items()):
        records = list(csv.reader(io.StringIO(block), delimiter=separator))
        if people:
            header, body = for_people(records, table, label, problems)
        else:
            header, body = records[0], records[1:]
        if len(body) != len(rows):
            problems.append(f"{label} {table}: {len(body)} rows, expected {len(rows)}")
            continue
        for got, want in zip(body, rows):
            if len(got) != len(header):
                problems.append(f"{label} {table}: a row of {len(got)} fields under {len(header)}")
            for g, w in zip(got, want):
                if w is None and people:
                    if not re.fullmatch(r"t\.d\.\[\d+\]", g):
                        problems.append(f"{label} {table}: {g!r} where t.d.[n] was expected")
                    continue
                if w is None:
                    w = ""
                elif decimal_mark == "," and w.replace(".", "", 1).lstrip("-").isdigit():
                    w = w.replace(".", ",")
                if g != w and not (w.startswith(("=", "+", "-", "@")) and g == "'" + w):
                    problems.append(f"{label} {table}: {g!r} where lkjip's JSON has {w!r}")


def markdown_cells(text):
    tables, current = [], None
    for line in text.splitlines():
        if line.startswith("## "):
            current = []
            tables.append(current)
        elif line.startswith("|") and current is not None and not line.startswith("| ---"):
            current.append([c.strip().strip("*") for c in line.strip("|").split(" |")])
    return [t[1:] for t in tables]  # without the header row


def main():
    binary, data, schema_path = sys.argv[1:4]
    problems = []
    document = json.loads(run(binary, "compute", data, "--format", "json").stdout)
    with open(schema_path) as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    for error in jsonschema.Draft202012Validator(schema).iter_errors(document):
        problems.append(f"json schema: /{'/'.join(map(str, error.path))}: {error.message}")

    expected = expected_rows(figures(binary, data))
    for fmt, separator in (("csv", ","), ("tsv", "\t")):
        for locale, mark in (("c", "."), ("id", ",")):
            sep = ";" if (fmt == "csv" and locale == "id") else separator
            for header in ("keys", "labels"):
                text = run(binary, "compute", data, "-O", fmt, "--locale", locale, "--header",
                           header).stdout.decode()
                compare_delimited(text, sep, mark, expected,
                                  f"{fmt} --locale {locale} --header {header}", problems,
                                  people=header == "labels")

    markdown = markdown_cells(run(binary, "compute", data, "-O", "markdown").stdout.decode())
    for got_table, (table, rows) in zip(markdown, expected.items()):
        for got, want in zip(got_table, rows):
            for g, w in zip(got, want):
                if w is None or not w.replace(".", "", 1).lstrip("-").isdigit():
                    continue
                if g.replace(".", "").replace(",", ".") != w:
                    problems.append(f"markdown {table}: {g!r} where lkjip's JSON has {w!r}")

    english = json.loads(run(binary, "compute", data, "--format", "json", "--lang", "en").stdout)
    for id_table, en_table in zip(document["tables"], english["tables"]):
        for id_row, en_row in zip(id_table["rows"], en_table["rows"]):
            for key, cell in id_row["cells"].items():
                other = en_row["cells"][key]
                if isinstance(cell, dict) and "value" in cell and cell != other:
                    problems.append(f"--lang en changed {cell['name']}: {other}")
        if id_table["title"] == en_table["title"]:
            problems.append(f"--lang en left the title of {id_table['name']} in Indonesian")

    for problem in problems[:30]:
        print(problem)
    print(f"json (schema), csv, tsv (both locales), markdown and --lang en parsed back: "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
