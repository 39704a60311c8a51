#!/usr/bin/env python3
"""Property test: lkjip's capaian, averages and absorption agree digit for digit with Python's
decimal module computing the same definitions, on random cases (ties included)."""
import argparse
import random
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal, getcontext

getcontext().prec = 200  # far beyond any input here, so the quotient's rounding is exact
CENT = Decimal("0.01")


def printed(value):
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def show(value):
    text = str(printed(value))
    return "0.00" if text == "-0.00" else text


def random_value(rng):
    decimals = rng.choice([0, 0, 1, 2, 2, 3])
    magnitude = rng.choice([10, 100, 1000, 10**6, 10**9])
    units = rng.randint(0, magnitude * 10**decimals)
    if rng.random() < 0.05:
        units = 0
    return Decimal(units).scaleb(-decimals)


def capaian_case(rng):
    polarity = rng.choice("HLI")
    target, actual = random_value(rng), random_value(rng)
    if rng.random() < 0.2:  # a tie: with T = 1000, R/T x 100 = R/10 ends in 5 at 3 decimals
        target = Decimal(1000)
        actual = Decimal(rng.randint(0, 400000) * 10 + 5).scaleb(-2)
    line = f"capaian {polarity} {target} {actual}"
    hundred = Decimal(100)
    if polarity == "H":
        expected = "NC" if target == 0 else show(actual / target * hundred)
    elif polarity == "L":
        expected = "NC" if target == 0 else show((2 * target - actual) / target * hundred)
    else:
        expected = "NC" if actual == 0 else show(target / actual * hundred)
    return line, expected


def mean_case(rng):
    count = rng.randint(1, 9)
    values = []
    for _ in range(count):
        value = Decimal(rng.randint(-2000000, 20000000)).scaleb(-rng.choice([3, 4, 5]))
        values.append(value)
    expected = show(sum(printed(v) for v in values) / Decimal(count))
    return "mean " + " ".join(str(v) for v in values), expected


def absorption_case(rng):
    pagu = rng.choice([0, rng.randint(1, 10**6), rng.randint(1, 10**13), 2**63 - 1])
    spending = rng.randint(0, max(pagu, 1) * 2 if pagu < 2**62 else pagu)
    expected = "NC" if pagu == 0 else show(Decimal(spending) / Decimal(pagu) * 100)
    return f"absorption {spending} {pagu}", expected


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("probe")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20241231)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    generators = [capaian_case, mean_case, absorption_case]
    cases = [rng.choice(generators)(rng) for _ in range(args.cases)]
    stdin = "".join(line + "\n" for line, _ in cases)
    result = subprocess.run([args.probe], input=stdin, capture_output=True, text=True, check=True)
    outputs = result.stdout.splitlines()
    if len(outputs) != len(cases):
        print(f"expected {len(cases)} results, got {len(outputs)}", file=sys.stderr)
        return 1
    failures = [(line, want, got) for (line, want), got in zip(cases, outputs) if want != got]
    for line, want, got in failures[:20]:
        print(f"MISMATCH {line}: decimal {want}, lkjip {got}", file=sys.stderr)
    kinds = {}
    for line, _ in cases:
        kinds[line.split()[0]] = kinds.get(line.split()[0], 0) + 1
    print(f"{len(cases)} cases ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}): "
          f"{len(cases) - len(failures)} agree, {len(failures)} differ")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
