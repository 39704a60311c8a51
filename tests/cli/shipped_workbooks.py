#!/usr/bin/env python3
"""Each example report data/examples/NAME.json is shipped as the workbook workbooks/NAME.xlsx
(in a directory of their own, so that a roll-up of data/examples reads each unit once) that
`lkjip convert NAME.json -o workbooks/NAME.xlsx` makes. A shipped workbook converts back to its JSON's
content, and holds the cells a workbook converted now holds (the same sheets, headings, labels and
values), so that one that went stale (its JSON or the workbook's layout changed since it was made)
fails here, with the command that makes it again. Every example has its workbook, every workbook
its example."""
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from xml.etree import ElementTree

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELATIONSHIPS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def run(*args):
    return subprocess.run(args, capture_output=True)


def cells(path):
    """[(sheet name, {cell: (type, text)})] of an xlsx file, shared strings resolved."""
    with zipfile.ZipFile(path) as book:
        strings = []
        if "xl/sharedStrings.xml" in book.namelist():
            for item in ElementTree.fromstring(book.read("xl/sharedStrings.xml")).iter(MAIN + "si"):
                strings.append("".join(t.text or "" for t in item.iter(MAIN + "t")))
        rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels.iter(PACKAGE + "Relationship")}
        sheets = []
        for sheet in ElementTree.fromstring(book.read("xl/workbook.xml")).iter(MAIN + "sheet"):
            target = targets[sheet.get(RELATIONSHIPS + "id")].lstrip("/")
            target = target if target.startswith("xl/") else "xl/" + target
            found = {}
            for cell in ElementTree.fromstring(book.read(target)).iter(MAIN + "c"):
                kind = cell.get("t", "n")
                value = cell.find(MAIN + "v")
                if kind == "s" and value is not None:
                    text = strings[int(value.text)]
                elif kind == "inlineStr":
                    text = "".join(t.text or "" for t in cell.iter(MAIN + "t"))
                else:
                    text = value.text if value is not None else ""
                found[cell.get("r")] = (kind, text)
            sheets.append((sheet.get("name"), found))
    return sheets


def differences(shipped, fresh):
    """The first few places where the cells of two workbooks differ, in words."""
    out = []
    if [name for name, _ in shipped] != [name for name, _ in fresh]:
        out.append(f"sheets {[n for n, _ in shipped]} instead of {[n for n, _ in fresh]}")
        return out
    for (name, old), (_, new) in zip(shipped, fresh):
        order = lambda ref: (int(re.sub(r"[A-Z]", "", ref)), len(ref), ref)  # noqa: E731
        for ref in sorted(set(old) | set(new), key=order):
            if old.get(ref) != new.get(ref):
                out.append(f"{name}!{ref}: {old.get(ref)} instead of {new.get(ref)}")
    return out[:10]


def main():
    binary, examples = sys.argv[1:3]
    problems = []
    names = sorted(os.path.splitext(f)[0] for f in os.listdir(examples) if f.endswith(".json"))
    workbooks = os.path.join(examples, "workbooks")
    books = sorted(os.path.splitext(f)[0] for f in os.listdir(workbooks) if f.endswith(".xlsx"))
    for name in sorted(set(books) - set(names)):
        problems.append(f"workbooks/{name}.xlsx: no {name}.json for it")
    if not names:
        problems.append(f"no examples in {examples}")
    with tempfile.TemporaryDirectory() as scratch:
        for name in names:
            source = os.path.join(examples, name + ".json")
            shipped = os.path.join(workbooks, name + ".xlsx")
            again = (f"lkjip convert data/examples/{name}.json "
                     f"-o data/examples/workbooks/{name}.xlsx --force")
            if not os.path.exists(shipped):
                problems.append(f"{name}.json: no workbooks/{name}.xlsx; make it with: {again}")
                continue
            back = os.path.join(scratch, name + ".back.json")
            direct = os.path.join(scratch, name + ".direct.json")
            fresh = os.path.join(scratch, name + ".xlsx")
            converted = True
            for source_file, output in ((shipped, back), (source, direct), (source, fresh)):
                result = run(binary, "convert", source_file, "-o", output, "--force")
                if result.returncode != 0 or result.stdout or result.stderr:
                    converted = False
                    problems.append(f"convert {source_file} -o {output}: exit "
                                    f"{result.returncode}: {result.stderr.decode()}")
            if not converted:
                continue
            with open(back, "rb") as a, open(direct, "rb") as b:
                read_back, expected = a.read(), b.read()
            if read_back != expected:
                problems.append(f"{name}.xlsx does not convert back to {name}.json's content; "
                                f"make it again with: {again}\n--- {name}.json\n"
                                f"{expected.decode()[:2000]}\n--- {name}.xlsx\n"
                                f"{read_back.decode()[:2000]}")
                continue
            stale = differences(cells(shipped), cells(fresh))
            if stale:
                problems.append(f"{name}.xlsx is not the workbook convert makes now; make it "
                                f"again with: {again}\n  " + "\n  ".join(stale))
    for problem in problems:
        print(problem)
    print(f"{len(names)} examples, {len(books)} shipped workbooks")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
