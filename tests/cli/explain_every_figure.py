#!/usr/bin/env python3
"""`lkjip explain` answers for every figure that `compute --format json` prints, and agrees with it:
the names listed by `explain --list` are exactly the figures of the JSON output, every explanation
exits 0, starts with the figure's name and its printed value, and a computed number ends with its
rounding; a figure that cannot be computed gives the JSON's reason. Every figure is explained in
one run of `explain` with all the names; a sample of them, each in a run of its own, gives the
same text."""
import json
import subprocess
import sys

from explanations import explain_all

SAMPLE_EVERY = 97  # a figure of every 97 (and the last) is also explained on its own


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
    names = list(figures)
    result, explanations = explain_all(binary, data, names)
    if result.returncode != 0 or result.stderr:
        problems.append(f"explain of {len(names)} figures: exit {result.returncode}: "
                        f"{result.stderr.strip()[:2000]}")
    alone = names[::SAMPLE_EVERY] + names[-1:]
    for name in alone:
        single = run(binary, "explain", data, name)
        if (single.returncode, single.stdout) != (0, explanations.get(name)):
            problems.append(f"{name}: explained alone (exit {single.returncode}) differs from "
                            f"among all:\n{single.stdout}\n---\n{explanations.get(name)}")
    for name, cell in figures.items():
        tables.add(name.split("/")[0])
        lines = explanations.get(name, "").splitlines()
        if not lines:
            problems.append(f"{name}: no explanation where expected in the run of every figure")
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
    print(f"{len(figures)} figures in {len(tables)} tables explained in one run, {len(alone)} "
          f"also alone: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
