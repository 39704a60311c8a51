"""What the install tests share: a command's result as text, and the verdict line ctest reads."""
import subprocess


def run(command, **kwargs):
    """The command's result, its output as text."""
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def verdict(failures):
    """Each failure on its own line, then "1 passed, 0 failed" or the reverse; the exit status."""
    for failure in failures:
        print("FAIL:", failure)
    print(f"{0 if failures else 1} passed, {1 if failures else 0} failed")
    return 1 if failures else 0
