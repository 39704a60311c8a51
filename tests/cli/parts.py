"""What the CLI test scripts made of named parts share (conventions.py, faults.py, hostile.py):
the problems found, `expect`, and running the part ctest names in a throw-away directory.

usage of such a script: SCRIPT LKJIP PART"""
import shutil
import sys
import tempfile

problems = []


def as_text(output):
    return output if isinstance(output, str) else (output or b"").decode(errors="replace")


def show(result):
    """A command's exit status and the ends of its stdout and stderr."""
    return (f"exit {result.returncode}\n{as_text(result.stdout)[-800:]}\n"
            f"{as_text(result.stderr)[-800:]}")


def expect(label, condition, result=None):
    """A problem unless `condition`; with the result of the command that was looked at."""
    if not condition:
        problems.append(label if result is None else f"{label}: {show(result)}")


def run_part(parts, prefix):
    """Runs parts[PART](LKJIP, a new directory), then says every problem on stderr: exit 1 when
    any, 0 when none."""
    binary, part = sys.argv[1], sys.argv[2]
    directory = tempfile.mkdtemp(prefix=prefix)
    try:
        parts[part](binary, directory)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0
