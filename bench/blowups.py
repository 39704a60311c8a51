#!/usr/bin/env python3
"""Time and memory of the shapes that once blew up (issue 17, item 7), one line each: seconds and
peak memory (from /usr/bin/time -v), and what bounds them.

  bench/blowups.py [--lkjip build/lkjip] [--work /tmp/lkjip-blowups] [--only NAME...]

- explain FILE UNKNOWN on a 16 MB report, for unknown names of 16, 2 000 and 20 000 characters
  (the "did you mean" search over every figure's name);
- a JSON file with an unknown key of 10 MB: the length of the error line;
- compute of a file with 10^6 programs; explain --list of 10^6 key indicators;
- compute -O xlsx of a file with more facilities than a sheet has rows (refused, exit 2).
The files are generated once into the work directory (about 400 MB in all)."""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

HEAD = ('{"format": "lkjip/1", "unit": {"name": "Kecamatan Contoh", "region": "Kabupaten Contoh"},'
        ' "year": 2024, "renstra_period": {"from": 2024, "to": 2026},\n')
OBJECTIVE = ('{"id": "SS1", "name": "Sasaran", "indicators": [{"id": "IKU1", "name": "Indeks", '
             '"unit": "indeks", "target": 8.4, "actual": 7.91}]}')


def write_lines(path, head, items, tail):
    """A JSON file written item by item (never held whole)."""
    with open(path, "w") as out:
        out.write(head)
        first = True
        for item in items:
            out.write(item if first else ",\n" + item)
            first = False
        out.write(tail)


def many_programs(path, count):
    items = (f'{{"id": "P{i}", "name": "Program {i}", "objective": "SS1", '
             f'"budget": {{"pagu": {1000 + i}, "spending": {900 + i}}}, "indicators": [], '
             f'"activities": []}}' for i in range(count))
    write_lines(path, HEAD + f'"objectives": [{OBJECTIVE}], "programs": [\n', items, "]}\n")


def many_key_indicators(path, count):
    items = (f'{{"id": "IKU{i}", "name": "Indeks {i}", "unit": "indeks", "target": 8.4, '
             f'"actual": 7.{i % 100:02d}}}' for i in range(count))
    write_lines(path, HEAD + '"objectives": [{"id": "SS1", "name": "Sasaran", "indicators": [\n',
                items, ']}], "programs": []}\n')


def many_facilities(path, count):
    items = (f'{{"name": "Gedung {i}", "available": {i % 7}, "needed": {i % 5 + 1}}}'
             for i in range(count))
    write_lines(path, HEAD + f'"objectives": [{OBJECTIVE}], "programs": [], "facilities": [\n',
                items, "]}\n")


def long_key(path, size):
    with open(path, "w") as out:
        out.write(HEAD + f'"objectives": [{OBJECTIVE}], "programs": [], "{"k" * size}": 1}}\n')


def measure(label, command, work, note=""):
    """Runs the command under /usr/bin/time -v; prints seconds, peak MiB, exit and a note."""
    timing = os.path.join(work, "time.txt")
    with open(os.path.join(work, "stdout"), "wb") as out, open(os.path.join(work, "stderr"),
                                                                 "wb") as err:
        result = subprocess.run(["/usr/bin/time", "-v", "-o", timing, *command], stdout=out,
                                stderr=err)
    text = open(timing).read()
    wall = re.search(r"Elapsed \(wall clock\) time.*: (.*)", text).group(1)
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    print(f"  {label:<52} {seconds:8.2f} s {peak:8.0f} MiB  exit {result.returncode}  {note}",
          flush=True)
    return seconds, peak


def size_mb(path):
    return os.path.getsize(path) / 1048576


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lkjip", default=os.path.join(ROOT, "build", "lkjip"))
    parser.add_argument("--work", default="/tmp/lkjip-blowups")
    parser.add_argument("--only", nargs="*", default=None,
                        help="explain, key, programs, key-indicators, facilities")
    args = parser.parse_args()
    lkjip = args.lkjip
    work = args.work
    os.makedirs(work, exist_ok=True)
    wanted = lambda name: args.only is None or name in args.only  # noqa: E731
    print(f"machine: {os.cpu_count()} cores; lkjip: {lkjip}")

    def made(name, make, count):
        """The file work/name, made by make(path, count) unless a run before made it."""
        path = os.path.join(work, name)
        if not os.path.exists(path):
            make(path, count)
        return path

    if wanted("explain"):
        report = os.path.join(work, "single-16mb", "single.json")
        if not os.path.exists(report):
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"),
                            os.path.dirname(report), "--single", "--units", "300", "--seed",
                            "17"], check=True)
        print(f"explain FILE UNKNOWN, a report of {size_mb(report):.0f} MiB:")
        measure("explain FILE (a known figure)", [lkjip, "explain", report, "anggaran/total/silpa"],
                work)
        for length in (16, 2000, 20000):
            name = ("anggaran/total/" + "q" * length)[:length]
            measure(f"explain FILE UNKNOWN ({length} characters)", [lkjip, "explain", report, name],
                    work)

    if wanted("key"):
        path = made("long-key.json", long_key, 10 * 1048576)
        print(f"an unknown key of 10 MiB ({size_mb(path):.0f} MiB file):")
        measure("check FILE", [lkjip, "check", path], work)
        line = open(os.path.join(work, "stderr"), "rb").read()
        print(f"  the error line: {len(line)} bytes")

    bound = lambda path: f"(2 x file + 50 = {2 * size_mb(path) + 50:.0f} MiB)"  # noqa: E731

    if wanted("programs"):
        path = made("programs-1e6.json", many_programs, 1_000_000)
        print(f"10^6 programs, {size_mb(path):.0f} MiB {bound(path)}:")
        measure("compute FILE", [lkjip, "compute", path], work)
        measure("compute FILE -O json", [lkjip, "compute", path, "-O", "json"], work)
        measure("check FILE", [lkjip, "check", path], work)
        measure("explain FILE --list", [lkjip, "explain", path, "--list"], work)

    if wanted("key-indicators"):
        path = made("key-indicators-1e6.json", many_key_indicators, 1_000_000)
        print(f"10^6 key indicators, {size_mb(path):.0f} MiB {bound(path)}:")
        measure("compute FILE", [lkjip, "compute", path], work)
        measure("explain FILE --list", [lkjip, "explain", path, "--list"], work)
        measure("explain FILE iku/IKU1/capaian", [lkjip, "explain", path, "iku/IKU1/capaian"], work)

    if wanted("facilities"):
        path = made("facilities-1048600.json", many_facilities, 1_048_600)
        print(f"1 048 600 facilities, {size_mb(path):.0f} MiB {bound(path)}:")
        measure("compute FILE -O csv", [lkjip, "compute", path, "-O", "csv"], work)
        out = os.path.join(work, "facilities.xlsx")
        measure("compute FILE -o x.xlsx (refused)", [lkjip, "compute", path, "-o", out, "--lang",
                                                     "en"], work)
        print("  " + open(os.path.join(work, "stderr")).read().strip()[:300])
        measure("convert FILE -o x.xlsx (refused)", [lkjip, "convert", path, "-o", out, "--lang",
                                                     "en"], work)
        print("  " + open(os.path.join(work, "stderr")).read().strip()[:300])


if __name__ == "__main__":
    main()
