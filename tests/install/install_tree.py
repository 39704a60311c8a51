#!/usr/bin/env python3
"""`cmake --install` puts every file where Linux expects it, and nothing else.

Installs the build into a temporary prefix (never into the system), then checks the tree against
the files the source says it has (data/schema/*.json, data/examples/**), that the completions are
the repository's, that the installed binary runs and that `man -l` shows the page. Installs once
more with DESTDIR and the prefix /usr, as a packager does.

usage: install_tree.py BUILD_DIR SOURCE_DIR
"""
import filecmp
import glob
import os
import shutil
import subprocess
import sys
import tempfile

from install_support import run, verdict


def expected_files(source):
    files = {
        "bin/lkjip": None,
        "share/man/man1/lkjip.1": None,
        "share/man/id/man1/lkjip.1": None,
        "share/bash-completion/completions/lkjip": "packaging/completions/lkjip.bash",
        "share/zsh/vendor-completions/_lkjip": "packaging/completions/_lkjip",
        "share/fish/vendor_completions.d/lkjip.fish": "packaging/completions/lkjip.fish",
        "share/doc/lkjip/README.md": "README.md",
        "share/doc/lkjip/LICENSE": "LICENSE",
        "share/doc/lkjip/examples/2024.json": "data/2024.json",
    }
    for schema in glob.glob(os.path.join(source, "data/schema/*.json")):
        files["share/lkjip/schema/" + os.path.basename(schema)] = os.path.relpath(schema, source)
    examples = os.path.join(source, "data/examples")
    for path in glob.glob(os.path.join(examples, "*.json")) + glob.glob(
            os.path.join(examples, "workbooks/*.xlsx")):
        relative = os.path.relpath(path, examples)
        files["share/doc/lkjip/examples/" + relative] = os.path.relpath(path, source)
    return files


def installed_files(root):
    found = set()
    for directory, _, names in os.walk(root):
        for name in names:
            found.add(os.path.relpath(os.path.join(directory, name), root))
    return found


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    build, source = (os.path.abspath(p) for p in sys.argv[1:])
    failures = []
    expected = expected_files(source)
    if sum("/examples/" in f for f in expected) < 3 or not any("schema" in f for f in expected):
        sys.exit("FAIL: the source has no examples or schemas: wrong SOURCE_DIR?")
    with tempfile.TemporaryDirectory() as temporary:
        prefix = os.path.join(temporary, "prefix")
        result = run(["cmake", "--install", build, "--prefix", prefix])
        if result.returncode != 0:
            sys.exit(f"FAIL: cmake --install exited {result.returncode}: {result.stderr}")
        found = installed_files(prefix)
        for missing in sorted(set(expected) - found):
            failures.append(f"not installed: {missing}")
        for extra in sorted(found - set(expected)):
            failures.append(f"installed but not expected: {extra}")
        for installed, original in expected.items():
            path = os.path.join(prefix, installed)
            if original and os.path.exists(path) and not filecmp.cmp(
                    path, os.path.join(source, original), shallow=False):
                failures.append(f"{installed} differs from {original}")

        binary = os.path.join(prefix, "bin/lkjip")
        version = run([binary, "--version"])
        built = run([os.path.join(build, "lkjip"), "--version"])
        if version.returncode != 0 or version.stdout != built.stdout or not version.stdout:
            failures.append(f"installed lkjip --version: {version.returncode} {version.stdout!r}")
        example = os.path.join(prefix, "share/doc/lkjip/examples/2024.json")
        computed = run([binary, "compute", example, "--table", "iku"])
        if computed.returncode != 0 or "Kesamben" not in computed.stdout:
            failures.append(f"installed lkjip compute of the installed example: {computed.stderr}")

        page = os.path.join(prefix, "share/man/man1/lkjip.1")
        if shutil.which("man"):
            shown = run(["man", "-l", page], env={**os.environ, "MANWIDTH": "80"})
            # --version: "lkjip 0.1.0", then the build's lines.
            words = version.stdout.split()
            first = words[1] if len(words) > 1 and words[0] == "lkjip" else "?"
            text = " ".join(shown.stdout.split())  # man justifies: spaces vary
            if (shown.returncode != 0 or "lkjip - exact, checkable arithmetic" not in text
                    or f"lkjip {first}" not in text or "EXIT STATUS" not in text):
                failures.append(f"man -l {page}: {shown.returncode} {shown.stderr} "
                                f"{shown.stdout[:300]!r}")
            if shown.stderr.strip():
                failures.append(f"man -l {page} warns: {shown.stderr.strip()}")
            page_id = os.path.join(prefix, "share/man/id/man1/lkjip.1")
            shown = run(["man", "-l", page_id], env={**os.environ, "MANWIDTH": "80"})
            text = " ".join(shown.stdout.split())
            if (shown.returncode != 0 or "lkjip - hitungan yang tepat" not in text
                    or "STATUS KELUAR" not in text or shown.stderr.strip()):
                failures.append(f"man -l {page_id}: {shown.returncode} {shown.stderr} "
                                f"{shown.stdout[:300]!r}")
        else:
            failures.append("man is not installed (.ci/install-deps installs man-db)")

        # A packager's install: DESTDIR and the prefix /usr.
        staged = os.path.join(temporary, "staged")
        result = run(["cmake", "--install", build, "--prefix", "/usr"],
                     env={**os.environ, "DESTDIR": staged})
        for path in ("usr/bin/lkjip", "usr/share/man/man1/lkjip.1",
                     "usr/share/bash-completion/completions/lkjip"):
            if not os.path.isfile(os.path.join(staged, path)):
                failures.append(f"DESTDIR install: no {path} ({result.stderr})")
        print(f"{len(found)} files installed under PREFIX: bin/lkjip, share/man, three completions,"
              f" {sum('schema/' in f for f in found)} schemas, "
              f"{sum('/examples/' in f for f in found)} examples, README.md, LICENSE")
    return verdict(failures)


if __name__ == "__main__":
    sys.exit(main())
