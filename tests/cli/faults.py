#!/usr/bin/env python3
"""Faults of the process and the file system (issue 17), one part per run:

- `shrink`: a large (mapped) input cut short while lkjip reads it is an input error for that
  file, said plainly; never a SIGBUS (exit 135), and the other files of a roll-up still count.
- `threads`: with no thread to be had (a process limit, RLIMIT_NPROC) compute, check and trend
  finish on the threads they get, down to the calling one, with the same output.
- `signals`: SIGINT or SIGTERM while an output is written leaves no temporary file, neither beside
  the -o target nor in TMPDIR (which the xlsx's temporary file honours).
- `filesize`: a file-size limit (ulimit -f) is an error said plainly, with no temporary left.
- `modes`: -o makes a new file with 0666 less the umask, keeps an existing file's mode.
- `links`: -o onto a dangling link makes the file it names (README); a broken or looping *.json
  link in a directory is reported like any file that cannot be read.
- `full`: help and --version into a full stdout (/dev/full) fail with a message.

Messages are asserted in Indonesian (the default) and in English (--lang en)."""
import glob
import json
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import time
from parts import expect, problems, run_part

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEED = os.path.join(ROOT, "data", "2024.json")
GENERATE = os.path.join(ROOT, "bench", "generate.py")

CHANGED = {"id": "berkas berubah (dipotong atau ditulis ulang) selagi dibaca",
           "en": "the file changed (cut short or rewritten) while it was read"}


def run(binary, *args, **options):
    return subprocess.run([binary, *args], capture_output=True, text=True, **options)


def generate(directory, units, single=False, seed=1):
    arguments = [sys.executable, GENERATE, directory, "--units", str(units), "--seed", str(seed)]
    subprocess.run(arguments + (["--single"] if single else []), check=True, capture_output=True)
    return sorted(glob.glob(os.path.join(directory, "*.json")))


def leftovers(*directories):
    return [os.path.join(d, name) for d in directories for name in os.listdir(d)]


# ---- shrink ----------------------------------------------------------------------------------

def shrink_runs(binary, command, large, original, delays, extra=()):
    """Runs `command` on `large` (a fresh copy of `original` each time) and cuts the file to
    nothing after each delay. Returns the results."""
    results = []
    for delay in delays:
        shutil.copyfile(original, large)
        process = subprocess.Popen([binary, command, *extra], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        time.sleep(delay)
        os.truncate(large, 0)
        out, err = process.communicate()
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


def shrink_part(binary, directory):
    original = generate(os.path.join(directory, "generated"), 200, single=True, seed=3)[0]
    assert os.path.getsize(original) >= 9 << 20  # mapped: 8 MiB and more
    inputs = os.path.join(directory, "inputs")
    os.mkdir(inputs)
    large = os.path.join(inputs, "besar.json")
    shutil.copyfile(original, large)
    shutil.copyfile(SEED, os.path.join(inputs, "2024.json"))
    # Each command in both languages; the directory once per command (in one of them), so that
    # a sanitizer's build stays within the time limit.
    for command, dir_lang in (("check", "id"), ("compute", "en")):
        for lang in ("id", "en"):
            # The delays are spread over an undisturbed run, so that some cut the file while it
            # is read whatever the machine's speed.
            shutil.copyfile(original, large)
            start = time.monotonic()
            whole = run(binary, command, large, "--lang", lang)
            seconds = time.monotonic() - start
            expect(f"{command} of the large file, undisturbed", whole.returncode in (0, 1), whole)
            delays = [seconds * f for f in (0.02, 0.05, 0.1, 0.2, 0.4, 0.7)]
            results = shrink_runs(binary, command, large, original, delays,
                                  (large, "--lang", lang))
            # The directory: the seed is checked (or rolled up) whatever happens to the other.
            results_dir = (shrink_runs(binary, command, large, original, delays,
                                       (inputs, "--lang", lang)) if lang == dir_lang else [])
            changed = 0
            for result in results + results_dir:
                expect(f"{command} ({lang}): never a SIGBUS", result.returncode not in (-7, 135), result)
                if result.returncode == 2:
                    expect(f"{command} ({lang}): the cut file is named in an error",
                           result.stderr.startswith(large + ":") and ": error: " in result.stderr
                           and "internal" not in result.stderr, result)
                    changed += CHANGED[lang] in result.stderr
            for result in results_dir:
                seed_seen = (inputs + "/2024.json:" in result.stdout if command == "check"
                             else "Kecamatan Kesamben" in result.stdout)
                expect(f"{command} DIR ({lang}): the intact file's results are there",
                       result.returncode in (0, 1, 2) and seed_seen, result)
            print(f"{command} ({lang}): {len(results + results_dir)} runs cut short, exits "
                  f"{sorted(r.returncode for r in results + results_dir)}, {changed} said the file "
                  f"changed while it was read")
            expect(f"{command} ({lang}): some cut came while the file was read and was said so "
                   f"({changed} of {len(results + results_dir)})", changed > 0,
                   results[-1])


# ---- threads ---------------------------------------------------------------------------------

def limited(processes, uid):
    """For preexec_fn: at most `processes` processes (threads) for the user; as root, first
    becomes `uid` (root is not held to RLIMIT_NPROC)."""
    def apply():
        resource.setrlimit(resource.RLIMIT_NPROC, (processes, processes))
        if os.geteuid() == 0:
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
    return apply


def threads_part(binary, directory):
    os.chmod(directory, 0o755)
    units = os.path.join(directory, "units")
    files = generate(units, 12, seed=5)
    for path in files:
        os.chmod(path, 0o644)
    os.chmod(units, 0o755)
    years = os.path.join(directory, "years")
    os.mkdir(years, 0o755)
    for year in (2024, 2025, 2026):
        data = json.load(open(SEED))
        data["year"] = year
        path = os.path.join(years, f"{year}.json")
        with open(path, "w") as handle:
            json.dump(data, handle)
        os.chmod(path, 0o644)
    # A user of its own, with no other process: the limit counts this one only.
    uid = 60000 + os.getpid() % 5000
    # LeakSanitizer (the CI's sanitizer build) needs a thread of its own at exit.
    environment = dict(os.environ, ASAN_OPTIONS=(os.environ.get("ASAN_OPTIONS", "") +
                                                 ":detect_leaks=0").lstrip(":"))
    commands = (["compute", units, "-j", "4"], ["check", units, "-j", "4"],
                ["check", units, "-j", "4", "--format", "json"],
                ["compute", units, "-j", "4", "-O", "json"],
                ["trend", years, "-j", "4"], ["trend", years, "-j", "4", "-O", "csv"])
    for arguments in commands:
        free = run(binary, *arguments, env=environment)
        expect(f"{' '.join(arguments[:1])} with threads", free.returncode in (0, 1) and free.stdout, free)
        for processes in (1, 2):
            bound = None
            # A container whose user namespace maps few ids may refuse the user of its own:
            # nobody then.
            for user in (uid, 65534):
                try:
                    bound = run(binary, *arguments, env=environment,
                                preexec_fn=limited(processes, user))
                    break
                except (OSError, subprocess.SubprocessError) as error:
                    failure = error
            if bound is None:
                problems.append(f"cannot start lkjip under RLIMIT_NPROC={processes} as another "
                                f"user (the build directory must be readable by all): {failure}")
                continue
            label = f"{arguments[0]} {' '.join(arguments[2:])} under RLIMIT_NPROC={processes}"
            expect(f"{label}: no abort", bound.returncode not in (-6, 134)
                   and "terminate called" not in bound.stderr, bound)
            expect(f"{label}: the same exit and output", bound.returncode == free.returncode
                   and bound.stdout == free.stdout and bound.stderr == free.stderr, bound)


# ---- signals and file-size limits ----------------------------------------------------------

def default_signals():
    # A test run in the background may ignore SIGINT; lkjip keeps what it inherits ignored.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def interrupt(binary, arguments, watch, pattern, sig, environment):
    """Starts lkjip, waits until a file matching `pattern` shows in `watch`, sends `sig`.
    Returns the result and whether the temporary file was seen."""
    process = subprocess.Popen([binary, *arguments], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=environment,
                               preexec_fn=default_signals)
    seen = False
    while process.poll() is None:
        if glob.glob(os.path.join(watch, pattern)):
            seen = True
            process.send_signal(sig)
            break
        time.sleep(0.002)
    out, err = process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, out, err), seen


def output_directories(directory):
    """Where a part writes (keluaran), the TMPDIR its xlsx temporaries go to, and the
    environment that names it."""
    target = os.path.join(directory, "keluaran")
    scratch = os.path.join(directory, "tmp")
    os.mkdir(target)
    os.mkdir(scratch)
    return target, scratch, dict(os.environ, TMPDIR=scratch)


def signals_part(binary, directory):
    large = generate(os.path.join(directory, "generated"), 200, single=True, seed=3)[0]
    target, scratch, environment = output_directories(directory)
    for sig in (signal.SIGINT, signal.SIGTERM):
        cases = ((["compute", large, "-O", "json", "-o", os.path.join(target, "hasil.json")],
                  target, "hasil.json.*"),
                 (["compute", large, "-o", os.path.join(target, "hasil.xlsx")], scratch,
                  "lkjip-xlsx-*"))
        for arguments, watch, pattern in cases:
            label = f"{sig.name} during {' '.join(os.path.basename(a) for a in arguments)}"
            seen = False
            for _ in range(5):  # a fast run may end before the temporary file is seen
                result, seen = interrupt(binary, arguments, watch, pattern, sig, environment)
                if seen:
                    break
            expect(f"{label}: its temporary file was seen in {os.path.basename(watch)}", seen, result)
            expect(f"{label}: ended by the signal", result.returncode == -sig, result)
            left = leftovers(target, scratch)
            expect(f"{label}: no leftovers ({left})", not left, result)
            for path in left:
                os.remove(path)


def limit_size(size):
    def apply():
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return apply


def filesize_part(binary, directory):
    large = generate(os.path.join(directory, "generated"), 60, single=True, seed=4)[0]
    target, scratch, environment = output_directories(directory)
    for lang, words, temporary in (("id", "tidak dapat ditulis", "berkas sementara"),
                                   ("en", "cannot write it", "cannot write the temporary file")):
        for output, tmp_words in (("hasil.json", None), ("hasil.csv", None),
                                  ("hasil.xlsx", temporary)):
            path = os.path.join(target, output)
            result = run(binary, "compute", large, "-o", path, "--lang", lang, env=environment,
                         preexec_fn=limit_size(256 << 10))
            label = f"-o {output} over ulimit -f 256 ({lang})"
            expect(f"{label}: exit 2, not SIGXFSZ", result.returncode == 2, result)
            expect(f"{label}: said why", "File too large" in result.stderr
                   and (words in result.stderr or (tmp_words and tmp_words in result.stderr)), result)
            left = leftovers(target, scratch)
            expect(f"{label}: nothing left ({left})", not left, result)
            for name in left:
                os.remove(name)
    # Within the limit, all is written.
    path = os.path.join(target, "kecil.json")
    result = run(binary, "compute", SEED, "-O", "json", "-o", path, preexec_fn=limit_size(4 << 20))
    expect("a small output within the limit", result.returncode == 0
           and json.load(open(path))["format"].startswith("lkjip-output/"), result)


# ---- modes and links -------------------------------------------------------------------------

def with_umask(mask):
    def apply():
        os.umask(mask)
    return apply


def modes_part(binary, directory):
    for mask, mode in ((0o022, 0o644), (0o027, 0o640), (0o077, 0o600), (0o002, 0o664)):
        for output in ("hasil.json", "hasil.xlsx"):
            path = os.path.join(directory, f"{mask:03o}-{output}")
            result = run(binary, "compute", SEED, "-o", path, preexec_fn=with_umask(mask))
            made = stat.S_IMODE(os.stat(path).st_mode) if os.path.exists(path) else None
            expect(f"-o {output} under umask {mask:03o}: mode {mode:03o} (made {made and oct(made)})",
                   result.returncode == 0 and made == mode, result)
    # An existing file keeps its mode, whatever the umask.
    path = os.path.join(directory, "ada.csv")
    with open(path, "w") as handle:
        handle.write("lama\n")
    os.chmod(path, 0o600)
    result = run(binary, "compute", SEED, "-o", path, preexec_fn=with_umask(0o002))
    expect("an existing file keeps its mode 600", result.returncode == 0
           and stat.S_IMODE(os.stat(path).st_mode) == 0o600 and open(path).read() != "lama\n", result)


def links_part(binary, directory):
    # -o onto a dangling link: the file it names is made; the link stays and points at it.
    made = os.path.join(directory, "sasaran", "hasil.json")
    os.mkdir(os.path.dirname(made))
    link = os.path.join(directory, "tautan.json")
    os.symlink("sasaran/hasil.json", link)
    result = run(binary, "compute", SEED, "-O", "json", "-o", link)
    expect("-o onto a dangling link: exit 0", result.returncode == 0, result)
    expect("-o onto a dangling link: the link stays a link", os.path.islink(link), result)
    expect("-o onto a dangling link: the file it names is written", os.path.isfile(made)
           and json.load(open(made))["format"].startswith("lkjip-output/"), result)
    # A link to a link to nowhere, through a directory that is not there: a clear error.
    nowhere = os.path.join(directory, "entah.json")
    os.symlink("tidak-ada/hasil.json", nowhere)
    for lang, words in (("id", "tidak dapat dibuat"), ("en", "cannot create it")):
        result = run(binary, "compute", SEED, "-O", "json", "-o", nowhere, "--lang", lang)
        expect(f"-o onto a link into no directory ({lang})", result.returncode == 2
               and result.stderr.startswith(nowhere + ": error: ") and words in result.stderr
               and os.path.islink(nowhere), result)
    loop = os.path.join(directory, "putar.json")
    os.symlink("putar.json", loop)
    result = run(binary, "compute", SEED, "-O", "json", "-o", loop, "--lang", "en")
    expect("-o onto a looping link: a clear error", result.returncode == 2
           and result.stderr.startswith(loop + ": error: cannot create it: ")
           and os.path.islink(loop), result)

    # In a directory: a broken and a looping *.json link are reported, the seed still counts.
    inputs = os.path.join(directory, "masukan")
    os.mkdir(inputs)
    shutil.copyfile(SEED, os.path.join(inputs, "2024.json"))
    broken = os.path.join(inputs, "hilang.json")
    os.symlink("tidak-ada.json", broken)
    looping = os.path.join(inputs, "putar.json")
    os.symlink("putar.json", looping)
    for lang, words in (("id", "tidak dapat dibuka"), ("en", "cannot open")):
        result = run(binary, "check", inputs, "--lang", lang)
        expect(f"check DIR with broken links ({lang}): exit 2, each named", result.returncode == 2
               and broken + ": error: " in result.stderr and looping + ": error: " in result.stderr
               and words in result.stderr and inputs + "/2024.json:" in result.stdout, result)
        result = run(binary, "check", inputs, "--format", "json", "--lang", lang)
        document = json.loads(result.stdout) if result.stdout.startswith("{") else {"findings": []}
        codes = {f["file"]: f["code"] for f in document["findings"] if f["file"] in (broken, looping)}
        expect(f"check DIR --format json: an unreadable entry for each link ({lang})",
               result.returncode == 2 and codes == {broken: "unreadable", looping: "unreadable"},
               result)
        result = run(binary, "compute", inputs, "--lang", lang)
        expect(f"compute DIR with broken links ({lang}): exit 2, the seed rolled up",
               result.returncode == 2 and broken + ": error: " in result.stderr
               and looping + ": error: " in result.stderr and "Kecamatan Kesamben" in result.stdout,
               result)


def full_part(binary, directory):
    for arguments in (["--help"], ["--version"], ["version"], ["help"], ["help", "check"],
                      ["check", "--help"], ["compute", "--help"]):
        for lang, words in (("id", "keluaran tidak dapat ditulis"),
                            ("en", "cannot write the output")):
            with open("/dev/full", "w") as full:
                result = subprocess.run([binary, *arguments, "--lang", lang], stdout=full,
                                        stderr=subprocess.PIPE, text=True)
            expect(f"{' '.join(arguments)} > /dev/full ({lang}): exit 2 and a message",
                   result.returncode == 2 and words in result.stderr, result)
        with open(os.devnull, "w") as null:
            result = subprocess.run([binary, *arguments], stdout=null, stderr=subprocess.PIPE)
        expect(f"{' '.join(arguments)} > /dev/null: exit 0", result.returncode == 0, result)


def main():
    parts = {"shrink": shrink_part, "threads": threads_part, "signals": signals_part,
             "filesize": filesize_part, "modes": modes_part, "links": links_part,
             "full": full_part}
    return run_part(parts, "lkjip-faults-")


if __name__ == "__main__":
    sys.exit(main())
