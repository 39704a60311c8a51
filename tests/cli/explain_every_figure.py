#!/usr/bin/env python3
"""`lkjip explain` answers for every figure that `compute --format json` prints, and agrees with it:
the names listed by `explain --list` are exactly the figures of the JSON output, every explanation
exits 0, starts with the figure's name and its printed value, and a computed number ends with its
rounding; a figure that cannot be computed gives the JSON's reason."""
import json
import subprocess
import sys


def run(*args):
    return subprocess.run(args, capture_output=True, text=True)


def main():
    binary, data = sys.argv[1:3]
    compute = run(binary, "compute", data, "--format", "json")
    if compute.returncode != 0:
        print("compute failed:", compute.stderr)
        return 1
    figures = {}
    for table in json.loads(compute.stdout)["tables"]:
        for row in table["rows"]:
            for cell in row["cells"].values():
                if isinstance(cell, dict):
                    figures[cell["name"]] = cell
    listed = run(binary, "explain", data, "--list").stdout.split()
    problems = []
    if sorted(listed) != sorted(figures):
        problems.append(f"--list names {len(listed)} figures, compute prints {len(figures)}")
    tables = set()
    for name, cell in figures.items():
        tables.add(name.split("/")[0])
        result = run(binary, "explain", data, name)
        lines = result.stdout.splitlines()
        if result.returncode != 0 or not lines:
            problems.append(f"{name}: exit {result.returncode}: {result.stderr.strip()}")
            continue
        if cell["status"] == "not_computable":
            expected = f"{name}: tidak dapat dihitung: {cell['reason']}"
            if lines[0] != expected:
                problems.append(f"{name}: first line {lines[0]!r}, expected {expected!r}")
            continue
        if "value" not in cell:  # a rating
            if lines[0] != f"{name} = {cell['text']}":
                problems.append(f"{name}: first line {lines[0]!r}")
            continue
        decimals = cell["decimals"]
        integer, _, fraction = cell["text"].lstrip("-").partition(".")
        grouped = f"{int(integer):,}".replace(",", ".")  # Indonesian: 2.696.606.251,00
        shown = ("-" if cell["text"].startswith("-") else "") + grouped + (
            "," + fraction if fraction else "")
        if lines[0] != f"{name} = {shown}":
            problems.append(f"{name}: first line {lines[0]!r}, expected value {shown}")
        last = f"Dibulatkan setengah ke atas pada {decimals} desimal: {shown}"
        if lines[-1] != last:
            problems.append(f"{name}: last line {lines[-1]!r}, expected {last!r}")
    for problem in problems[:30]:
        print(problem)
    print(f"{len(figures)} figures in {len(tables)} tables explained: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
