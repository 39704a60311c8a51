"""What the install tests share: a command's result as text, a way into an empty root, and the
verdict line ctest reads."""
import shutil
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


def enter_root(root, probe):
    """The command prefix that runs a program with ROOT as / (chroot as root, as CI runs; else
    `unshare -r --root`, else bwrap), or None when none can here. PROBE is a command that must
    run inside the root."""
    tries = [["chroot", root]]
    if shutil.which("unshare"):
        tries.append(["unshare", "-r", f"--root={root}"])
    if shutil.which("bwrap"):
        tries.append(["bwrap", "--bind", root, "/", "--chdir", "/"])
    for prefix in tries:
        if shutil.which(prefix[0]) is None:
            continue
        result = subprocess.run(prefix + probe, capture_output=True, text=True)
        # The tool's own failure (no permission) is said in its name; the program's is its own.
        if not result.stderr.startswith(prefix[0] + ":"):
            return prefix
        print(f"note: {' '.join(prefix)} cannot enter a root here: {result.stderr.strip()}")
    return None
