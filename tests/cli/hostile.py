#!/usr/bin/env python3
"""Hostile names and data, and values a workbook cannot hold (issue 17), one part per run.

`names`: file names with ESC, a newline or a byte that is not UTF-8, and data holding C1 controls
(U+009B, a CSI), DEL-free bidirectional overrides and isolates (U+202E, U+2066-U+2069). No raw
ESC, C1 or bidi control reaches stdout or stderr of compute (one report, a roll-up, Markdown),
check, explain (and --list), trend and the diagnostics; every finding is one line; JSON output
parses as strict UTF-8; CSV, HTML and xlsx keep the data and are valid UTF-8. Messages are
asserted in Indonesian (the default) and in English (--lang en).

`xlsx-limits`, `blowups`: see xlsx_limits_part and blowups_part."""
import json
import os
import re
import subprocess
import sys
import zipfile
from parts import expect, run_part

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MINIMAL = os.path.join(ROOT, "tests", "inputs", "minimal.json")


# What must never reach a terminal raw: C0 but line breaks and tabs, DEL, C1 (UTF-8 C2 80-9F),
# the bidirectional embeddings/overrides (E2 80 AA-AE) and isolates (E2 81 A6-A9).
RAW = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")

C1 = "\u009b"
RLO = "\u202e"
ISOLATED = "\u2066x\u2069"


def run(binary, *args, cwd=None):
    return subprocess.run([binary, *args], capture_output=True, cwd=cwd)


def safe_for_terminal(label, result, own=()):
    """Nothing raw on stdout nor stderr (but lkjip's `own` escape codes), and both are
    well-formed UTF-8."""
    for stream, data in (("stdout", result.stdout), ("stderr", result.stderr)):
        for code in own:
            data = data.replace(code, b"")
        found = RAW.search(data)
        expect(f"{label}: raw control on {stream} at {found.start() if found else 0}",
               found is None, result)
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            expect(f"{label}: {stream} is not UTF-8 ({error})", False, result)


def valid_utf8(label, data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        expect(f"{label}: not UTF-8 ({error})", False)
        return ""


def hostile_report(unit, year=2024):
    report = json.load(open(MINIMAL))
    report["unit"]["name"] = f"Kecamatan {unit} {C1}31m {RLO}evil"
    report["year"] = year
    report["objectives"][0]["name"] = f"Sasaran {ISOLATED} {C1}"
    report["programs"][0]["name"] = f"Program {RLO}x"
    return json.dumps(report, ensure_ascii=False).encode()


NAMES = [b"esc\x1b[31m.json", b"new\nline.json", b"bad\xff.json"]


def names_part(binary, directory):
    data = os.path.join(directory, "data").encode()
    os.mkdir(data)
    for i, name in enumerate(NAMES):
        with open(os.path.join(data, name), "wb") as out:
            out.write(hostile_report(f"U{i}"))
    one = os.path.join(data, NAMES[0])

    for lang in ("id", "en"):
        result = run(binary, "check", data, "--lang", lang)
        label = f"check DIR ({lang})"
        safe_for_terminal(label, result)
        lines = result.stdout.split(b"\n")
        findings = [line for line in lines if line.endswith(b"[nothing-to-compare]")]
        expect(f"{label}: one finding line per file", result.returncode == 0 and len(findings) == 3
               and all(line.startswith(data + b"/") for line in findings), result)
        expect(f"{label}: the names escaped", b"esc\\x1B[31m.json:" in result.stdout
               and b"new\\x0Aline.json:" in result.stdout and b"bad\\xFF.json:" in result.stdout,
               result)

    result = run(binary, "check", data, "--format", "json")
    safe_for_terminal("check DIR --format json", result)
    try:
        document = json.loads(result.stdout.decode("utf-8"))
        files = sorted(f["file"] for f in document["findings"])
        expect("check --format json: the names, invalid bytes as \\xNN",
               files == sorted(os.path.join(data, n).decode("utf-8", "backslashreplace")
                               .replace("\\xff", "\\xFF") for n in NAMES), result)
    except (ValueError, KeyError) as error:
        expect(f"check DIR --format json parses ({error})", False, result)

    listed = [name.decode() for name in run(binary, "explain", one, "--list").stdout.split(b"\n")
              if name]
    expect("explain --list lists the figures", len(listed) > 50)
    for args in [["compute", one], ["compute", one, "-O", "markdown"], ["compute", data],
                 ["compute", data, "-O", "markdown"], ["compute", one, "--color", "always"],
                 ["explain", one, "--list"]] + [["explain", one, name] for name in listed]:
        result = run(binary, *args)
        label = " ".join(a if isinstance(a, str) else "FILE" for a in args)
        expect(f"{label}: runs", result.returncode == 0 and result.stdout, result)
        safe_for_terminal(label, result, own=(b"\x1b[1m", b"\x1b[0m"))
    result = run(binary, "compute", one)
    expect("compute: the data's controls shown as \\uNNNN",
           b"\\u009B31m \\u202Eevil" in result.stdout and b"\\u2066x\\u2069" in result.stdout,
           result)
    result = run(binary, "compute", one, "--color", "always")
    expect("compute --color always keeps its own bold", b"\x1b[1m" in result.stdout, result)

    for fmt in ("json", "csv", "html"):
        result = run(binary, "compute", data, "-O", fmt)
        text = valid_utf8(f"compute DIR -O {fmt}", result.stdout)
        if fmt == "json":
            text = json.dumps(json.loads(text), ensure_ascii=False)
        expect(f"compute DIR -O {fmt} keeps the data", RLO in text and C1 in text, result)
    result = run(binary, "compute", one, "-O", "json")
    expect("compute -O json: the controls escaped as \\u, the data kept",
           json.loads(result.stdout)["unit"].find(RLO) >= 0 and RLO.encode() not in result.stdout
           and C1.encode() not in result.stdout, result)
    workbook = os.path.join(directory, "rollup.xlsx")
    result = run(binary, "compute", data, "-o", workbook)
    expect("compute DIR -o x.xlsx", result.returncode == 0, result)
    with zipfile.ZipFile(workbook) as archive:
        for member in archive.namelist():
            if member.endswith(".xml"):
                valid_utf8(f"xlsx {member}", archive.read(member))

    # Trend: two years of one unit, in files with hostile names.
    years = os.path.join(directory, "years").encode()
    os.mkdir(years)
    for year, name in ((2023, b"a\x1b]0;title\x07.json"), (2024, b"b\x9b.json")):
        with open(os.path.join(years, name), "wb") as out:
            out.write(hostile_report("T", year))
    result = run(binary, "trend", years)
    expect("trend DIR", result.returncode == 0 and result.stdout, result)
    safe_for_terminal("trend DIR", result)

    # Diagnostics on stderr: an -o that cannot be written, a directory, an unknown extension, an
    # unreadable input, a figure that does not exist.
    odd = os.path.join(directory, "odd\x1b[2J").encode()
    os.mkdir(odd)
    for lang in ("id", "en"):
        for args in (["compute", one, "-o", os.path.join(odd, b"missing\x1b", b"x.txt")],
                     ["compute", one, "-O", "text", "-o", odd],
                     ["compute", one, "-o", os.path.join(odd, b"x.\x1b\x9b")],
                     ["compute", os.path.join(odd, b"none\x1b.json")],
                     ["compute", os.path.join(data, b"new\n")],
                     ["explain", one, "iku/\x1b[31m/" + RLO]):
            result = run(binary, *args, "--lang", lang)
            label = f"{args[0]} diagnostic {args[-1]!r} ({lang})"
            expect(f"{label}: exit 2, one line", result.returncode == 2
                   and result.stderr.count(b"\n") == 1 and not result.stdout, result)
            safe_for_terminal(label, result)


def xlsx_limits_part(binary, directory):
    """A text longer than a workbook's cell holds (32 767 characters) is refused with exit 2 and a
    message naming the sheet and cell, and no file is left; one that fits is there whole. (A table
    longer than a sheet is tested by the writers' unit tests with a lowered limit: 10^6 rows take
    too long here.)"""
    report = json.load(open(MINIMAL))
    fits = "é" * 32767
    report["programs"][0]["name"] = fits
    at_limit = os.path.join(directory, "fits.json")
    json.dump(report, open(at_limit, "w"), ensure_ascii=False)
    report["programs"][0]["name"] = fits + "x"
    too_long = os.path.join(directory, "too-long.json")
    json.dump(report, open(too_long, "w"), ensure_ascii=False)

    for command in (["compute"], ["convert"]):
        out = os.path.join(directory, f"{command[0]}-fits.xlsx")
        result = run(binary, *command, at_limit, "-o", out)
        expect(f"{command[0]}: 32 767 characters fit", result.returncode == 0, result)
        with zipfile.ZipFile(out) as archive:
            strings = archive.read("xl/sharedStrings.xml").decode()
        expect(f"{command[0]}: the text of 32 767 characters is there whole", fits in strings)

    for lang, words in (("id", ("teks 32768 karakter", "tidak ada yang ditulis")),
                        ("en", ("a text of 32768 characters", "nothing was written"))):
        for command, where in ((["compute"], "pengukuran!C4"),
                               (["convert"], "Programs!C2" if lang == "en" else "Program!C2")):
            out = os.path.join(directory, f"{command[0]}-{lang}.xlsx")
            result = run(binary, *command, too_long, "-o", out, "--lang", lang)
            err = result.stderr.decode()
            expect(f"{command[0]} of a text of 32 768 characters: refused ({lang})",
                   result.returncode == 2 and all(w in err for w in words) and where in err
                   and "32767" in err and err.count("\n") == 1 and not os.path.exists(out),
                   result)
    leftovers = [name for name in os.listdir(directory) if not name.endswith((".json", ".xlsx"))]
    expect(f"no temporary file left beside the outputs: {leftovers}", not leftovers)


def blowups_part(binary, directory):
    """An unknown key of 10 MB makes one short error line (its first characters and its length),
    in both languages; an unknown figure name of 100 000 characters gets its answer (no "did you
    mean" over every figure's name). Their time is measured by bench/blowups.py."""
    report = json.load(open(MINIMAL))
    report["k" * 10_000_000] = 1
    path = os.path.join(directory, "long-key.json")
    json.dump(report, open(path, "w"))
    for lang, words in (("id", "karakter) tidak dikenal"), ("en", "characters); allowed here")):
        result = run(binary, "check", path, "--lang", lang)
        err = result.stderr.decode()
        expect(f"a key of 10 MB: one short line ({lang})", result.returncode == 2
               and len(result.stderr) < 2000 and err.count("\n") == 1 and words in err
               and "10000000" in err and "k" * 60 + "…" in err and "k" * 61 not in err, result)
    seed = os.path.join(ROOT, "data", "2024.json")
    result = run(binary, "explain", seed, "anggaran/total/" + "q" * 100_000)
    expect("explain FILE with a name of 100 000 characters: one short line",
           result.returncode == 2 and result.stderr.count(b"\n") == 1
           and len(result.stderr) < 1000, result)


def main():
    parts = {"names": names_part, "xlsx-limits": xlsx_limits_part, "blowups": blowups_part}
    return run_part(parts, "lkjip-hostile-")


if __name__ == "__main__":
    sys.exit(main())
