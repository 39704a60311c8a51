#!/usr/bin/env python3
"""Many files: the roll-up (two units, a duplicate unit, an empty directory, a bad file among
good ones, files of different years and equal scores), the trend of one unit across yearly files (matching ids, mismatched definitions),
determinism (1 and 2 threads give byte-identical output), and rows produced as they are written
(the roll-up as aligned text; a large report in pieces, to stdout or to a file, the same text)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run(*args):
    return subprocess.run(args, capture_output=True, text=True)


def write(path, data):
    with open(path, "w") as handle:
        json.dump(data, handle)
    return path


def main():
    binary = sys.argv[1]
    seed = os.path.join(ROOT, "data", "2024.json")
    minimal = json.load(open(os.path.join(ROOT, "tests", "inputs", "minimal.json")))
    problems = []

    def expect(label, condition, result):
        if not condition:
            problems.append(f"{label}: exit {result.returncode}\n{result.stdout[-800:]}\n{result.stderr[-800:]}")

    directory = tempfile.mkdtemp(prefix="lkjip-many-")
    try:
        other = write(os.path.join(directory, "contoh.json"), minimal)
        # Two units: ranked by mean score, totals from the summed budgets.
        result = run(binary, "compute", seed, other, "-O", "csv")
        lines = result.stdout.splitlines()
        expect("roll-up of two units",
               result.returncode == 0 and lines[1].startswith("1,Kecamatan Kesamben,")
               and lines[2].startswith("2,Kecamatan Contoh,")
               and lines[3] == ",Jumlah / rata-rata perangkat daerah,,,,95.63,,2696607251,2448146647,90.79,,",
               result)
        # The same unit and year twice.
        copy = os.path.join(directory, "copy.json")
        shutil.copy(seed, copy)
        result = run(binary, "compute", seed, copy)
        expect("duplicate unit", result.returncode == 2 and not result.stdout
               and "Kecamatan Kesamben 2024 juga laporan dalam" in result.stderr, result)
        # An empty directory.
        empty = os.path.join(directory, "empty")
        os.mkdir(empty)
        result = run(binary, "compute", empty)
        expect("empty directory", result.returncode == 2 and not result.stdout
               and "tidak ada berkas data .json atau .xlsx di direktori ini" in result.stderr, result)
        # A bad file among good ones: named with its error, the others still rolled up.
        units = os.path.join(directory, "units")
        os.mkdir(units)
        shutil.copy(seed, os.path.join(units, "a.json"))
        shutil.copy(other, os.path.join(units, "b.json"))
        with open(os.path.join(units, "c.json"), "w") as handle:
            handle.write('{"format": "lkjip/1",}')
        result = run(binary, "compute", units, "-O", "csv")
        expect("bad file among good ones",
               result.returncode == 2 and "Kecamatan Kesamben" in result.stdout
               and "Kecamatan Contoh" in result.stdout
               and "c.json:1:22: error: JSON tidak sah" in result.stderr, result)

        # Files of different years: rolled up, exit 0, a warning naming the years and files;
        # --strict makes it exit 1, the table still written. Equal scores share a rank.
        mixed = os.path.join(directory, "mixed")
        os.mkdir(mixed)
        shutil.copy(seed, os.path.join(mixed, "a.json"))
        for name, unit_name, year in (("b.json", "Kecamatan Contoh", 2023),
                                      ("c.json", "Kecamatan Lain", 2024)):
            data = json.loads(json.dumps(minimal))
            data["year"] = year
            data["unit"]["name"] = unit_name
            write(os.path.join(mixed, name), data)
        files = {name: os.path.join(mixed, name) for name in ("a.json", "b.json", "c.json")}
        result = run(binary, "compute", mixed, "-O", "csv")
        rows = result.stdout.splitlines()
        expect("roll-up of files of different years",
               result.returncode == 0 and len(rows) == 5
               and f"lkjip compute: warning: berkas dari 2 tahun berbeda dalam satu rekapitulasi, "
                   f"perangkat daerah dari tahun yang berbeda diperingkat bersama: "
                   f"2023 ({files['b.json']}); 2024 ({files['a.json']}, {files['c.json']})\n"
                   == result.stderr
               # Kecamatan Contoh 2023 and Kecamatan Lain 2024 have the same score: one rank.
               and rows[1].startswith("1,Kecamatan Kesamben,")
               and rows[2].startswith("2,Kecamatan Contoh,") and ",2023," in rows[2]
               and rows[3].startswith("2,Kecamatan Lain,"), result)
        result = run(binary, "compute", mixed, "-O", "csv", "--lang", "en", "--strict")
        expect("roll-up of files of different years, --strict, in English",
               result.returncode == 1 and len(result.stdout.splitlines()) == 5
               and "lkjip compute: warning: files of 2 different years in one roll-up" in result.stderr
               and f"2023 ({files['b.json']}); 2024 ({files['a.json']}, {files['c.json']})" in result.stderr,
               result)
        result = run(binary, "compute", files["a.json"], files["c.json"], "--strict", "-O", "csv")
        expect("roll-up of one year, --strict", result.returncode == 0 and not result.stderr, result)

        # check on the same files: the good ones' findings in file order, the bad one named.
        result = run(binary, "check", units)
        expect("check with a bad file among good ones",
               result.returncode == 2 and "a.json:" in result.stdout
               and result.stdout.endswith("92 errors, 17 warnings\n")
               and "b.json:1:1: warning: /printed: " in result.stdout
               and "c.json:1:22: error: JSON tidak sah" in result.stderr, result)
        result = run(binary, "check", units, "--format", "json")
        findings = json.loads(result.stdout) if result.stdout else {}
        expect("check --format json with a bad file",
               result.returncode == 2 and findings.get("errors") == 93  # 92 + c.json unreadable
               and [f["code"] for f in findings["findings"] if f["file"].endswith("c.json")] == ["unreadable"]
               and [f["file"] for f in findings["findings"]] == sorted(f["file"] for f in findings["findings"]),
               result)
        result = run(binary, "check", os.path.join(units, "c.json"))
        expect("check of a bad file alone", result.returncode == 2 and not result.stdout, result)

        # Trend: one unit across years, indicators matched by id.
        years = os.path.join(directory, "years")
        os.mkdir(years)
        for year, actual in ((2022, 6.4), (2023, 8.3), (2024, 7.91)):
            data = json.loads(json.dumps(minimal))
            data["year"] = year
            data["renstra_period"] = {"from": 2022, "to": 2026}
            data["objectives"][0]["indicators"][0]["actual"] = actual
            write(os.path.join(years, f"{year}.json"), data)
        result = run(binary, "trend", os.path.join(years, "2024.json"),
                     os.path.join(years, "2022.json"), os.path.join(years, "2023.json"), "-O", "csv")
        expect("trend across years",
               result.returncode == 0
               and "IKU1,Indeks,indeks,6.40,76.19,8.30,98.81,7.91,94.17,1.90,-0.39" in result.stdout,
               result)
        data = json.loads(json.dumps(minimal))
        data["year"] = 2025
        data["objectives"][0]["indicators"][0]["unit"] = "%"
        write(os.path.join(years, "2025.json"), data)
        result = run(binary, "trend", years)
        expect("mismatched definitions",
               result.returncode == 2 and not result.stdout
               and "2025.json:1:" in result.stderr
               and "error: /objectives/0/indicators/0/unit: indikator IKU1 diukur dalam \"indeks\" pada 2022 tetapi dalam \"%\" pada 2025" in result.stderr,
               result)

        # Determinism: the same output whatever the number of threads.
        generated = os.path.join(directory, "generated")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), generated,
                        "--units", "40", "--seed", "7"], check=True)
        one = run(binary, "compute", generated, "-j", "1", "-O", "json")
        two = run(binary, "compute", generated, "-j", "2", "-O", "json")
        expect("1 and 2 threads", one.returncode == 0 and one.stdout == two.stdout
               and one.stdout.count('"key"') > 40, one)
        # check streams each file's findings in file order: a large file first holds the output
        # while the other thread runs ahead through 100 small ones, and the output stays the same.
        many = os.path.join(directory, "many")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), many,
                        "--units", "100", "--seed", "8"], check=True)
        large = os.path.join(directory, "large")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), large,
                        "--units", "60", "--single", "--seed", "9"], check=True)
        shutil.copy(os.path.join(large, "single.json"), os.path.join(many, "000-large.json"))
        one = run(binary, "check", many, "-j", "1")
        two = run(binary, "check", many, "-j", "2")
        files_in_order = [line.split(":")[0] for line in one.stdout.splitlines() if ": error: " in line or ": warning: " in line]
        expect("check: 1 and 2 threads", one.returncode in (0, 1) and one.stdout == two.stdout
               and files_in_order == sorted(files_in_order) and len(set(files_in_order)) > 64, one)

        # Rows produced as they are written: the roll-up in aligned text (laid out in a first
        # pass over the rows, printed in a second) and a large report written in pieces, to
        # stdout or through a temporary file, give the same text.
        result = run(binary, "compute", generated, "-O", "text")
        ranked = [line for line in result.stdout.splitlines() if line[:4].strip().isdigit()]
        ranks = [int(line.split()[0]) for line in ranked]
        scores = [line[line.index("  2024  "):].split()[2] for line in ranked]
        # Standard competition ranks: a unit ties with the one above (same score) or ranks by
        # its place; the generated units tie at 100,00.
        expect("roll-up as aligned text",
               result.returncode == 0 and len(ranked) == 40 and ranks[0] == 1
               and all(ranks[i] == i + 1 or (ranks[i] == ranks[i - 1] and scores[i] == scores[i - 1])
                       for i in range(1, 40))
               and ranks.count(1) > 1
               and len({line.index("  2024  ") for line in ranked}) == 1, result)
        single = os.path.join(large, "single.json")
        for format_name, extension in (("json", "json"), ("text", "txt"), ("csv", "csv"),
                                       ("html", "html"), ("markdown", "md")):
            streamed = subprocess.run([binary, "compute", single, "-O", format_name],
                                      capture_output=True)
            target = os.path.join(directory, "out", "large." + extension)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            written = run(binary, "compute", single, "-o", target)
            with open(target, "rb") as handle:
                from_file = handle.read()
            expect(f"large report in pieces ({format_name})",
                   streamed.returncode == 0 and written.returncode == 0
                   and len(streamed.stdout) > 1_000_000 and from_file == streamed.stdout
                   and os.listdir(os.path.dirname(target)) == [os.path.basename(target)],
                   streamed)
            os.remove(target)
        parsed = json.loads(run(binary, "compute", single, "-O", "json").stdout)
        expect("large report as JSON parses back",
               sum(len(table["rows"]) for table in parsed["tables"]) > 10_000, result)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    for problem in problems:
        print(problem)
    print(f"many files (roll-up, trend, determinism): {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
