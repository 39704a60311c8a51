#!/usr/bin/env python3
"""The HTML page: self-contained (no script, no external request), text from the data escaped,
every table present, and rendered by headless Chromium into a screenshot without a console
message."""
import json
import os
from html.parser import HTMLParser
import re
import shutil
import subprocess
import sys
import tempfile

from common import figures, run

HOSTILE_NAME = "<script>alert('x')</script> & \"Tom\""


def hostile_data(directory):
    with open(os.path.join(os.path.dirname(__file__), "..", "inputs", "minimal.json")) as handle:
        data = json.load(handle)
    data["objectives"][0]["indicators"][0]["name"] = HOSTILE_NAME
    path = os.path.join(directory, "hostile.json")
    with open(path, "w") as handle:
        json.dump(data, handle)
    return path


class TableCells(HTMLParser):
    """The text of every table cell, per section id."""

    def __init__(self):
        super().__init__()
        self.tables, self.section, self.cell = {}, None, None

    def handle_starttag(self, tag, attrs):
        if tag == "section":
            self.section = dict(attrs).get("id")
            self.tables[self.section] = []
        elif tag == "tr" and self.section:
            self.tables[self.section].append([])
        elif tag == "td" and self.section:
            self.cell = ""

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            self.tables[self.section][-1].append(self.cell.strip())
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def compare_figures(html, expected, problems):
    """Every number on the page, back in '.' notation, is lkjip's JSON figure."""
    parser = TableCells()
    parser.feed(html)
    compared = 0
    for table, rows in expected.items():
        page_rows = [r for r in parser.tables.get(table, []) if r]
        if len(page_rows) != len(rows):
            problems.append(f"html {table}: {len(page_rows)} rows, expected {len(rows)}")
            continue
        for got_row, (_, cells) in zip(page_rows, rows):
            for got, cell in zip(got_row, cells.values()):
                if isinstance(cell, dict) and "decimals" in cell:
                    if got.replace(".", "").replace(",", ".") != cell["text"]:
                        problems.append(f"html {cell['name']}: {got!r}, lkjip {cell['text']}")
                    compared += 1
    return compared


def chromium_screenshot(page, png, profile):
    result = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
         "--window-size=1400,2000", f"--screenshot={png}", "file://" + page],
        capture_output=True, text=True, timeout=120)
    return [line for line in result.stderr.splitlines() if ":CONSOLE" in line]


def main():
    binary, data = sys.argv[1:3]
    screenshot_out = sys.argv[3] if len(sys.argv) > 3 else None
    problems = []
    directory = tempfile.mkdtemp(prefix="lkjip-html-")
    try:
        page = os.path.join(directory, "report.html")
        run(binary, "compute", data, "-o", page)
        html = open(page, encoding="utf-8").read()
        if re.search(r"<script|\son\w+=|\b(src|href)=", html, re.I):
            problems.append("the page has a script, an event handler or an external reference")
        for table in figures(binary, data):
            if f'<section id="{table}">' not in html:
                problems.append(f"table {table} missing from the page")
        compared = compare_figures(html, figures(binary, data), problems)
        if compared < 500:
            problems.append(f"only {compared} figures found on the page")
        if html.count("<svg") < 3:
            problems.append(f"{html.count('<svg')} charts, expected at least 3")

        hostile_page = os.path.join(directory, "hostile.html")
        run(binary, "compute", hostile_data(directory), "-o", hostile_page)
        hostile = open(hostile_page, encoding="utf-8").read()
        if "<script>" in hostile or "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Tom&quot;" not in hostile:
            problems.append("an indicator named <script> is not shown as escaped text")

        png = os.path.join(directory, "report.png")
        console = chromium_screenshot(page, png, os.path.join(directory, "profile"))
        console += chromium_screenshot(hostile_page, png + ".hostile.png",
                                       os.path.join(directory, "profile2"))
        problems += [f"console: {line}" for line in console]
        if not os.path.exists(png) or os.path.getsize(png) < 20_000:
            problems.append("Chromium produced no screenshot")
        elif screenshot_out:
            shutil.copy(png, screenshot_out)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    for problem in problems:
        print(problem)
    print(f"html page: figures parsed back, escaping, rendered by Chromium: "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
