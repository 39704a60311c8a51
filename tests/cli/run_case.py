#!/usr/bin/env python3
"""Runs the lkjip binary once and checks its exit code, stdout and stderr.

  run_case.py --exit N [--stdout-golden FILE | --stdout-empty] [--stdout-contains TEXT]...
              [--stderr-golden FILE] [--stderr-regex RE]... [--stderr-empty] -- BINARY ARGS...
"""
import argparse
import re
import subprocess
import sys


def compare_golden(name, got, path, problems):
    """Appends to `problems` how `got` differs from the golden file at `path`."""
    with open(path, encoding="utf-8", newline="") as golden:
        expected = golden.read()
    if got == expected:
        return
    problems.append(f"{name} differs from {path}")
    for number, (line, want) in enumerate(zip(got.splitlines(), expected.splitlines()), start=1):
        if line != want:
            problems.append(f"first difference at line {number}:\n  got:  {line!r}\n"
                            f"  want: {want!r}")
            break
    else:
        problems.append(f"line counts: got {len(got.splitlines())}, "
                        f"want {len(expected.splitlines())}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--exit", type=int, required=True)
    parser.add_argument("--stdout-golden")
    parser.add_argument("--stdout-empty", action="store_true")
    parser.add_argument("--stdout-contains", action="append", default=[])
    parser.add_argument("--stderr-golden")
    parser.add_argument("--stderr-regex", action="append", default=[])
    parser.add_argument("--stderr-empty", action="store_true")
    parser.add_argument("--cwd")
    parser.add_argument("--stdout-to", help="send stdout to this file (e.g. /dev/full)")
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()

    if args.stdout_to:
        with open(args.stdout_to, "wb") as sink:
            result = subprocess.run(args.command, stdout=sink, stderr=subprocess.PIPE,
                                    cwd=args.cwd)
        result.stdout = b""
    else:
        result = subprocess.run(args.command, capture_output=True, cwd=args.cwd)
    stdout = result.stdout.decode("utf-8")
    stderr = result.stderr.decode("utf-8")
    problems = []
    if result.returncode != args.exit:
        problems.append(f"exit code {result.returncode}, expected {args.exit}")
    if args.stdout_golden:
        compare_golden("stdout", stdout, args.stdout_golden, problems)
    if args.stderr_golden:
        compare_golden("stderr", stderr, args.stderr_golden, problems)
    if args.stdout_empty and stdout:
        problems.append(f"stdout not empty: {stdout[:200]!r}")
    for text in args.stdout_contains:
        if text not in stdout:
            problems.append(f"stdout lacks {text!r}")
    for pattern in args.stderr_regex:
        if not re.search(pattern, stderr, re.MULTILINE):
            problems.append(f"stderr does not match {pattern!r}")
    if args.stderr_empty and stderr:
        problems.append(f"stderr not empty: {stderr[:300]!r}")

    if problems:
        print("command:", " ".join(args.command))
        print("stderr:", stderr[:2000])
        print("\n".join(problems))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
