"""Helpers for the output-format tests: lkjip's figures as --format json gives them, and
LibreOffice run headless in a throw-away profile that recalculates every formula on load."""
import json
import os
import shutil
import subprocess
import tempfile
import zipfile
from decimal import ROUND_HALF_UP, Decimal

PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def run(*args, **kwargs):
    return subprocess.run(args, capture_output=True, check=True, **kwargs)


def figures(binary, data, *extra):
    """Every table of `compute --format json`: {table: [(row key, {column: cell})]}."""
    output = json.loads(run(binary, "compute", data, "--format", "json", *extra).stdout)
    return {t["name"]: [(r["key"], r["cells"]) for r in t["rows"]] for t in output["tables"]}


def rounded(text, decimals):
    value = Decimal(text)
    return str(value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


class LibreOffice:
    """soffice --headless with its own profile, removed afterwards."""

    def __enter__(self):
        self.directory = tempfile.mkdtemp(prefix="lkjip-lo-")
        user = os.path.join(self.directory, "profile", "user")
        os.makedirs(user)
        with open(os.path.join(user, "registrymodifications.xcu"), "w") as handle:
            handle.write(PROFILE)
        return self

    def __exit__(self, *_):
        shutil.rmtree(self.directory, ignore_errors=True)

    def convert(self, source, target_filter, infilter=None):
        outdir = os.path.join(self.directory, "out")
        command = ["soffice", f"-env:UserInstallation=file://{self.directory}/profile",
                   "--headless", "--convert-to", target_filter, "--outdir", outdir]
        if infilter:
            command.append(f"--infilter={infilter}")
        run(*command, source, timeout=300)
        return outdir


def xlsx_cells(path):
    """Cells of the first sheet of an xlsx: {ref: (type, value, has_formula)}."""
    import re
    with zipfile.ZipFile(path) as book:
        strings = []
        if "xl/sharedStrings.xml" in book.namelist():
            shared = book.read("xl/sharedStrings.xml").decode()
            for item in re.findall(r"<si>(.*?)</si>", shared, re.S):
                strings.append("".join(re.findall(r"<t[^>]*>(.*?)</t>", item, re.S)))
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    cells = {}
    for attributes, body in re.findall(r"<c ([^>]*?)(?:/>|>(.*?)</c>)", sheet, re.S):
        ref = re.search(r'r="([A-Z]+\d+)"', attributes).group(1)
        kind = re.search(r't="(\w+)"', attributes)
        kind = kind.group(1) if kind else "n"
        value = re.search(r"<v>(.*?)</v>", body or "", re.S)
        text = value.group(1) if value else ""
        if kind == "s" and text:
            text = strings[int(text)]
        elif kind == "inlineStr":
            text = "".join(re.findall(r"<t[^>]*>(.*?)</t>", body, re.S))
        cells[ref] = (kind, text, "<f" in (body or ""))
    return cells
