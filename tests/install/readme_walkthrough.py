#!/usr/bin/env python3
"""README's "Start from nothing", followed word for word in an empty root.

The root has a shell (busybox, static), a `sudo` that runs its command (the user may install),
an empty /usr/local/bin, /tmp, and the downloaded bundle in the user's home: none of the build's
libraries, no Python, no lkjip. In the order of the section:

- each command of a ```sh block runs in the root (exit 0), and a file it writes with `-o` must be
  there, not empty;
- each `$ command` of a ```console block runs in the root; what it prints (stdout and stderr, as
  a terminal shows them) must be the lines under it, and its exit status 0 (1 for `check`, which
  finds wrong figures);
- each table under a paragraph naming a sheet (`In sheet *Sasaran*…`) is typed into the workbook the
  last `lkjip init -o BOOK` made, as a person fills it in a spreadsheet program (here openpyxl):
  a table of the sheet's own first column's entries (`Laporan`) fills their values, any other adds
  its rows under the headings it names; numbers written the Indonesian way are typed as numbers
  shown with the decimals written.

usage: readme_walkthrough.py README BUNDLE_TARBALL
Exit 77 (skipped) only when busybox or openpyxl is missing or no root can be entered.
"""
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

from install_support import enter_root, verdict

SKIP = 77
HOME = "/home/pengguna"
SECTION = "## Start from nothing"


def section_lines(readme):
    text = open(readme, encoding="utf-8").read()
    start = text.index(SECTION + "\n")
    end = text.find("\n## ", start + len(SECTION))
    return text[start:end if end >= 0 else len(text)].split("\n")


def steps(lines):
    """The section as ("sh", [commands]), ("console", [(command, expected lines)]) and
    ("table", sheet, header, rows), in its order."""
    found = []
    i = 0
    sheet_line = ""
    while i < len(lines):
        line = lines[i]
        fence = re.match(r"^(\s*)```(sh|console)\s*$", line)
        if fence:
            indent, kind = len(fence.group(1)), fence.group(2)
            body = []
            i += 1
            while not lines[i].strip().startswith("```"):
                body.append(lines[i][indent:])
                i += 1
            found.append((kind, console_commands(body) if kind == "console" else
                          [b for b in body if b.strip() and not b.lstrip().startswith("#")]))
        elif line.startswith("|"):
            table = []
            while i < len(lines) and lines[i].startswith("|"):
                table.append([cell.strip() for cell in lines[i].strip().strip("|").split("|")])
                i += 1
            sheet = re.search(r"sheet \*([^*]+)\*", sheet_line)
            if sheet is None:
                raise SystemExit(f"a table under {sheet_line!r} names no sheet")
            found.append(("table", sheet.group(1), table[0], table[2:]))
            continue
        elif line.strip():  # the paragraph above a table names its sheet
            sheet_line = (sheet_line + " " + line) if lines[i - 1].strip() else line
        i += 1
    return found


def console_commands(body):
    commands = []
    for line in body:
        if line.startswith("$ "):
            commands.append((line[2:], []))
        elif commands:
            commands[-1][1].append(line)
        else:
            raise SystemExit(f"console block: output before any command: {line!r}")
    return commands


def make_root(root, tarball):
    os.makedirs(os.path.join(root, "bin"))
    busybox = shutil.which("busybox")
    shutil.copy(busybox, os.path.join(root, "bin/busybox"))
    applets = subprocess.run([busybox, "--list"], capture_output=True, text=True).stdout.split()
    for applet in applets:
        if applet != "busybox":
            os.symlink("busybox", os.path.join(root, "bin", applet))
    os.makedirs(os.path.join(root, "usr/bin"))
    with open(os.path.join(root, "usr/bin/sudo"), "w") as sudo:
        sudo.write('#!/bin/sh\nexec "$@"\n')
    os.chmod(os.path.join(root, "usr/bin/sudo"), 0o755)
    os.makedirs(os.path.join(root, "usr/local/bin"))
    os.makedirs(os.path.join(root, "tmp"))
    os.chmod(os.path.join(root, "tmp"), 0o1777)
    os.makedirs(os.path.join(root, HOME.lstrip("/")))
    shutil.copy(tarball, os.path.join(root, HOME.lstrip("/")))


def typed(text):
    """A cell as a person types it: an Indonesian number as a number shown with its decimals."""
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?|-?\d+(,\d+)?", text):
        whole, _, decimals = text.replace(".", "").partition(",")
        shown = ("#,##0" if "." in text else "0") + ("." + "0" * len(decimals) if decimals else "")
        return (float(whole + "." + decimals) if decimals else int(whole)), shown
    return text, None


def fill(book, sheet_name, header, rows):
    import openpyxl
    workbook = openpyxl.load_workbook(book)
    if sheet_name not in workbook.sheetnames:
        return f"README fills sheet {sheet_name!r}; the workbook has {workbook.sheetnames}"
    sheet = workbook[sheet_name]
    headings = [cell.value for cell in sheet[1]]
    missing = [h for h in header if h not in headings]
    if missing:
        return f"sheet {sheet_name}: README's columns {missing} are not among {headings}"
    entries = {sheet.cell(row=r, column=1).value: r for r in range(2, sheet.max_row + 1)}
    keyed = all(row[0] in entries for row in rows)
    next_row = 2
    while any(sheet.cell(row=next_row, column=c).value is not None
              for c in range(1, len(headings) + 1)):
        next_row += 1
    for row in rows:
        target = entries[row[0]] if keyed else next_row
        next_row += 0 if keyed else 1
        for heading, text in zip(header, row):
            if not text or (keyed and heading == header[0]):
                continue
            value, shown = typed(text)
            cell = sheet.cell(row=target, column=headings.index(heading) + 1, value=value)
            if shown:
                cell.number_format = shown
    workbook.save(book)
    return None


def written_files(command):
    words = shlex.split(command, comments=True)
    return [words[i + 1] for i, w in enumerate(words[:-1]) if w == "-o"]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    readme, tarball = (os.path.abspath(p) for p in sys.argv[1:])
    if shutil.which("busybox") is None:
        print("SKIP: busybox (busybox-static) is not installed")
        return SKIP
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        print("SKIP: python3-openpyxl is not installed")
        return SKIP
    failures = []
    counts = {"sh": 0, "console": 0, "table": 0}
    with tempfile.TemporaryDirectory() as root:
        make_root(root, tarball)
        prefix = enter_root(root, ["/bin/sh", "-c", "true"])
        if prefix is None:
            print("SKIP: neither chroot, unshare --root nor bwrap can enter a root here")
            return SKIP

        def inside(command):
            script = f"cd {HOME} && {command} 2>&1"
            tool = [shutil.which(prefix[0])] + prefix[1:]  # found on the test's PATH, not the root's
            return subprocess.run(tool + ["/bin/sh", "-c", script], capture_output=True,
                                  text=True, env={"PATH": "/usr/local/bin:/usr/bin:/bin",
                                                  "HOME": HOME})

        book = None
        for step in steps(section_lines(readme)):
            kind = step[0]
            if kind == "table":
                counts["table"] += 1
                if book is None:
                    failures.append(f"sheet {step[1]} is filled before any `lkjip init -o`")
                    continue
                problem = fill(os.path.join(root, HOME.lstrip("/"), book), *step[1:])
                if problem:
                    failures.append(problem)
                continue
            commands = step[1] if kind == "console" else [(c, None) for c in step[1]]
            for command, expected in commands:
                counts[kind] += 1
                result = inside(command)
                words = shlex.split(command, comments=True)
                allowed = {0, 1} if words[:2] == ["lkjip", "check"] else {0}
                if result.returncode not in allowed:
                    failures.append(f"`{command}`: exit {result.returncode}: {result.stdout[-600:]}")
                    continue
                printed = result.stdout.rstrip("\n").split("\n")
                if expected is not None and printed != "\n".join(expected).rstrip("\n").split("\n"):
                    failures.append(f"`{command}` prints otherwise than README shows:\n" + "\n".join(
                        difflib.unified_diff(expected, printed, "README", "printed", lineterm="")))
                for written in written_files(command):
                    path = os.path.join(root, HOME.lstrip("/"), written)
                    if not os.path.isfile(path) or os.path.getsize(path) == 0:
                        failures.append(f"`{command}` wrote no {written}")
                if words[:2] == ["lkjip", "init"]:
                    book = written_files(command)[0]
    print(f"followed README's {SECTION!r} with {' '.join(prefix)}: {counts['sh']} commands, "
          f"{counts['console']} commands compared with their output, {counts['table']} tables "
          f"typed into the workbook")
    if min(counts.values()) == 0:
        failures.append(f"the section lost a kind of step: {counts}")
    return verdict(failures)


if __name__ == "__main__":
    sys.exit(main())
