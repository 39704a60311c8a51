#!/usr/bin/env python3
"""-o writes files the way a user expects: a link is followed (the link stays, the file it names
gets the output, keeping its mode), a device is written into, a directory is refused; and a
directory of inputs is read without its FIFOs and hidden files (no hang, no stray file)."""
import os
import shutil
import stat
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(*args):
    return subprocess.run(args, capture_output=True, text=True, timeout=60)


def main():
    binary = sys.argv[1]
    seed = os.path.join(ROOT, "data", "2024.json")
    minimal = os.path.join(ROOT, "tests", "inputs", "minimal.json")
    problems = []
    directory = tempfile.mkdtemp(prefix="lkjip-out-")
    try:
        real = os.path.join(directory, "real.csv")
        with open(real, "w") as handle:
            handle.write("old\n")
        os.chmod(real, 0o600)
        link = os.path.join(directory, "link.csv")
        os.symlink("real.csv", link)
        result = run(binary, "compute", seed, "-t", "iku", "-o", link)
        if (result.returncode != 0 or not os.path.islink(link)
                or not open(real).read().startswith("no,objective")
                or stat.S_IMODE(os.stat(real).st_mode) != 0o600):
            problems.append(f"-o through a link: exit {result.returncode} {result.stderr}")
        if os.geteuid() == 0:  # only root may make a device node
            device = os.path.join(directory, "null.csv")
            os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
            result = run(binary, "compute", seed, "-t", "iku", "-o", device)
            if result.returncode != 0 or not stat.S_ISCHR(os.stat(device).st_mode):
                problems.append("-o into a device replaced the device")
        result = run(binary, "compute", seed, "-O", "csv", "-o", directory)
        if result.returncode != 2 or "ini direktori, diharapkan berkas untuk ditulis" not in result.stderr:
            problems.append(f"-o a directory: exit {result.returncode} {result.stderr}")
        leftovers = [n for n in os.listdir(directory) if ".csv." in n]
        if leftovers:
            problems.append(f"temporary files left behind: {leftovers}")

        inputs = os.path.join(directory, "inputs")
        os.mkdir(inputs)
        shutil.copy(minimal, os.path.join(inputs, "a.json"))
        shutil.copy(minimal, os.path.join(inputs, ".hidden.json"))
        os.mkfifo(os.path.join(inputs, "pipe.json"))
        result = run(binary, "compute", inputs, "-O", "csv")
        if result.returncode != 0 or result.stdout.count("Kecamatan Contoh") != 1:
            problems.append(f"directory with a FIFO and a hidden file: exit {result.returncode} "
                            f"{result.stdout} {result.stderr}")
    except subprocess.TimeoutExpired:
        problems.append("hung")
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    for problem in problems:
        print(problem)
    print(f"output files and input directories: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
