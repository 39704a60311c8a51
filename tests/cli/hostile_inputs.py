#!/usr/bin/env python3
"""Bad input is harmless: each hostile file gives one clear error line on stderr
(FILE[:LINE:COL]: error: ...), exit 2, nothing on stdout, for compute, explain and check."""
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile

MINIMAL = """{
  "format": "lkjip/1",
  "unit": {"name": "Kecamatan Contoh", "region": "Kabupaten Contoh"},
  "year": 2024,
  "renstra_period": {"from": 2024, "to": 2026},
  "objectives": [{"id": "SS1", "name": "Sasaran", "indicators": [
    {"id": "IKU1", "name": "Indeks", "unit": "indeks", "target": 8.4, "actual": ACTUAL}]}],
  "programs": []
}
"""


def with_actual(text):
    return MINIMAL.replace("ACTUAL", text).encode()


CASES = {
    # name: (content or None for special cases, regex the error must match)
    "empty.json": (b"", r"empty\.json:1:1: error: invalid JSON"),
    "brackets.json": (b"[" * (100 * 1024 * 1024), r"brackets\.json:1:65: error: .*nesting deeper"),
    "digits-400.json": (with_actual("9" * 400), r":7:\d+: error: /objectives/0/indicators/0/actual: expected a number with at most 18 digits"),
    "fraction-400.json": (with_actual("0." + "1" * 400), r"/objectives/0/indicators/0/actual: expected a number with at most 18 digits"),
    "overflow.json": (with_actual("1e999"), r"/objectives/0/indicators/0/actual: expected a number with at most 18"),
    "nan.json": (with_actual("NaN"), r":7:\d+: error: /objectives/0/indicators/0/actual: invalid JSON"),
    "infinity.json": (with_actual("-Infinity"), r"invalid JSON"),
    "nan-string.json": (with_actual('"NaN"'), r"expected a number, found the string \"NaN\""),
    "duplicate-keys.json": (MINIMAL.replace('"year": 2024,', '"year": 2024, "year": 2025,').replace("ACTUAL", "7.91").encode(),
                            r":4:17: error: /year: duplicate key \"year\" \(first at line 4\)"),
    "invalid-utf8.json": (MINIMAL.replace("Sasaran", "Sas\udcffaran").replace("ACTUAL", "7.91").encode("utf-8", "surrogateescape"),
                          r":6:\d+: error: .*invalid JSON: .*UTF-8"),
    "nul.json": (with_actual("7.91") + b"\0trailing", r":10:1: error: the file contains a NUL byte"),
}


def run(command):
    # The messages are matched in English (LKJIP_LANG=en); their Indonesian is the golden tests'.
    return subprocess.run(command, capture_output=True, timeout=120,
                          env={**os.environ, "LKJIP_LANG": "en"})


def expect_clear_error(name, command, pattern, problems):
    result = run(command)
    stderr = result.stderr.decode("utf-8", "replace")
    lines = stderr.splitlines()
    if result.returncode != 2:
        problems.append(f"{name}: exit {result.returncode}, expected 2; stderr {stderr[:300]!r}")
    if result.stdout:
        problems.append(f"{name}: stdout not empty")
    if len(lines) != 1 or not re.search(pattern, lines[0]):
        problems.append(f"{name}: stderr {stderr[:300]!r} does not match {pattern!r} in one line")


def main():
    binary = os.path.abspath(sys.argv[1])
    problems = []
    checked = 0
    directory = tempfile.mkdtemp(prefix="lkjip-hostile-")
    os.chmod(directory, 0o755)
    try:
        for name, (content, pattern) in CASES.items():
            path = os.path.join(directory, name)
            with open(path, "wb") as handle:
                handle.write(content)
            for command in (["compute", path], ["explain", path, "--list"], ["check", path]):
                expect_clear_error(f"{name} ({command[0]})", [binary, *command], pattern, problems)
                checked += 1
        expect_clear_error("directory", [binary, "explain", directory, "--list"],
                           r"error: is a directory, expected a JSON data file", problems)
        checked += 1
        unreadable = os.path.join(directory, "unreadable.json")
        with open(unreadable, "wb") as handle:
            handle.write(with_actual("7.91"))
        os.chmod(unreadable, 0)
        command = [binary, "compute", unreadable]
        if os.geteuid() == 0:
            # root reads anything: drop to nobody to see the permission error.
            os.chmod(binary, os.stat(binary).st_mode | stat.S_IROTH | stat.S_IXOTH)
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        expect_clear_error("unreadable", command, r"unreadable\.json: error: cannot open: Permission denied", problems)
        checked += 1
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    for problem in problems:
        print(problem)
    print(f"{checked} hostile inputs: {checked - len(problems)} clear errors, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
