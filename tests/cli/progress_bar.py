#!/usr/bin/env python3
"""The progress bar of many files: drawn on stderr once the work has lasted more than a second
and stderr is a terminal, never otherwise. A named pipe among the files holds the work back
until the test writes into it, so the second is real without a large input."""
import json
import os
import pty
import select
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def unit(minimal, name):
    data = json.loads(json.dumps(minimal))
    data["unit"]["name"] = name
    return json.dumps(data)


def run_with_slow_file(binary, files, slow, slow_text, stderr_terminal, delay, language):
    """Runs a roll-up whose last file is a FIFO filled after `delay` seconds; returns
    (exit code, stdout, what stderr received)."""
    if stderr_terminal:
        master, slave = pty.openpty()
        stderr = slave
    else:
        master, slave, stderr = None, None, subprocess.PIPE
    process = subprocess.Popen([binary, "compute", *files, slow, "-O", "csv", "-j", "2",
                                "--lang", language],
                               stdout=subprocess.PIPE, stderr=stderr)
    if slave is not None:
        os.close(slave)
    time.sleep(delay)
    with open(slow, "w") as handle:  # blocks until lkjip opens the pipe to read it
        handle.write(slow_text)
    received = b""
    if master is not None:
        while True:
            ready, _, _ = select.select([master], [], [], 10)
            if not ready:
                break
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the terminal is closed once lkjip has exited
                break
            if not chunk:
                break
            received += chunk
        os.close(master)
        stdout = process.stdout.read()
    else:
        stdout, received = process.communicate(timeout=30)
    process.wait(timeout=30)
    return process.returncode, stdout.decode(), received.decode(errors="replace")


def main():
    binary = sys.argv[1]
    minimal = json.load(open(os.path.join(ROOT, "tests", "inputs", "minimal.json")))
    problems = []
    directory = tempfile.mkdtemp(prefix="lkjip-progress-")
    try:
        files = []
        for name in ("Kecamatan Satu", "Kecamatan Dua"):
            path = os.path.join(directory, name.split()[1].lower() + ".json")
            with open(path, "w") as handle:
                handle.write(unit(minimal, name))
            files.append(path)
        runs = ((True, 1.6, "id"), (True, 1.6, "en"), (False, 1.6, "id"), (True, 0.0, "id"))
        for terminal, delay, language in runs:
            slow = os.path.join(directory, f"tiga-{terminal}-{delay}-{language}.json")
            os.mkfifo(slow)
            code, stdout, stderr = run_with_slow_file(
                binary, files, slow, unit(minimal, "Kecamatan Tiga"), terminal, delay, language)
            label = f"stderr {'a terminal' if terminal else 'a pipe'}, {delay} s, --lang {language}"
            noun = {"id": "berkas", "en": "files"}[language]
            rolled_up = code == 0 and all(
                f"Kecamatan {name}" in stdout for name in ("Satu", "Dua", "Tiga"))
            if not rolled_up:
                problems.append(f"{label}: exit {code}\n{stdout}\n{stderr}")
            drawn = f"] 3/3 {noun}" in stderr
            if terminal and delay > 1:
                # Redrawn in place while the pipe holds one file back, then complete.
                if not (drawn and "\r[" in stderr and f"2/3 {noun}" in stderr):
                    problems.append(f"{label}: no progress bar on stderr: {stderr!r}")
            elif stderr.strip():
                problems.append(f"{label}: stderr should stay empty: {stderr!r}")
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    for problem in problems:
        print(problem)
    print(f"progress bar: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
