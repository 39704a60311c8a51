#!/usr/bin/env python3
"""`cpack -G DEB` makes a Debian 12 package that declares what it needs and installs.

Builds the package from the build directory into a temporary directory, then checks its control
file (Package, Version, Architecture, a Depends that names the package of every library the binary
is linked with and of every library it opens when first needed, each dependency satisfied on
this Debian 12 machine), its contents (dpkg-deb -c),
installs it with dpkg into a throw-away root (--root with a fresh admin directory: no base system
there, so --force-depends; the dependencies were checked against this machine above), runs the
installed `lkjip --version` and a computation, and shows the installed page with `man -l`.

usage: deb_package.py BUILD_DIR [ON_DEMAND_SONAME...]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

from install_support import run, verdict


def must(command, **kwargs):
    result = run(command, **kwargs)
    if result.returncode != 0:
        sys.exit(f"FAIL: {' '.join(command)} exited {result.returncode}:\n{result.stdout}\n"
                 f"{result.stderr}")
    return result.stdout


def cpack_version(build):
    text = open(os.path.join(build, "CPackConfig.cmake"), encoding="utf-8").read()
    return re.search(r'set\(CPACK_PACKAGE_VERSION "([^"]+)"\)', text).group(1)


def parse_depends(depends):
    """[[(package, relation, version)], ...]: each item's alternatives."""
    items = []
    for item in depends.split(","):
        alternatives = []
        for alternative in item.split("|"):
            match = re.match(r"\s*([a-z0-9][a-z0-9+.-]*)(?::\w+)?\s*(?:\(([<>=]+)\s*([^)]+)\))?",
                             alternative)
            alternatives.append(match.groups())
        items.append(alternatives)
    return items


def installed_version(package):
    result = run(["dpkg-query", "-W", "-f", "${Status}\t${Version}", package])
    if result.returncode != 0 or "install ok installed" not in result.stdout:
        return None
    return result.stdout.split("\t")[1]


def satisfied(package, relation, version):
    have = installed_version(package)
    if have is None:
        return False
    if relation is None:
        return True
    return run(["dpkg", "--compare-versions", have, relation.replace(">=", "ge").replace(
        "<=", "le").replace(">>", "gt").replace("<<", "lt").replace("=", "eq"), version
                ]).returncode == 0


def needed_libraries(binary):
    dynamic = must(["readelf", "-d", binary])
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^]]+)\]", dynamic)


def package_of(soname):
    result = run(["dpkg-query", "--search", f"*/{os.uname().machine}-linux-gnu/{soname}"])
    if result.returncode != 0:
        return None
    return result.stdout.splitlines()[0].split(":")[0]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    build = os.path.abspath(sys.argv[1])
    on_demand = sys.argv[2:]  # opened with dlopen: no NEEDED entry names them
    for tool in ("cpack", "dpkg", "dpkg-deb", "dpkg-shlibdeps", "readelf", "file"):
        if shutil.which(tool) is None:
            sys.exit(f"FAIL: {tool} is not installed (.ci/install-deps installs it)")
    failures = []
    version = cpack_version(build)
    architecture = must(["dpkg", "--print-architecture"]).strip()
    with tempfile.TemporaryDirectory() as temporary:
        out = os.path.join(temporary, "out")
        must(["cpack", "-G", "DEB", "-B", out, "--config",
              os.path.join(build, "CPackConfig.cmake")], cwd=build)
        deb = os.path.join(out, f"lkjip_{version}_{architecture}.deb")
        if not os.path.isfile(deb):
            sys.exit(f"FAIL: no {os.path.basename(deb)} in {os.listdir(out)}")

        fields = {}
        for field in ("Package", "Version", "Architecture", "Depends", "Maintainer", "Description"):
            fields[field] = must(["dpkg-deb", "-f", deb, field]).strip()
        for field, want in (("Package", "lkjip"), ("Version", version),
                            ("Architecture", architecture)):
            if fields[field] != want:
                failures.append(f"control {field}: {fields[field]!r}, expected {want!r}")
        if not fields["Depends"]:
            failures.append("control: Depends is empty")
        depends = parse_depends(fields["Depends"])
        named = {alternative[0] for item in depends for alternative in item}
        for item in depends:
            if not any(satisfied(*alternative) for alternative in item):
                failures.append(f"Depends {item} is not satisfied on this machine")

        listing = must(["dpkg-deb", "-c", deb])
        paths = [line.split()[-1] for line in listing.splitlines() if line.strip()]
        for path in ("./usr/bin/lkjip", "./usr/share/man/man1/lkjip.1",
                     "./usr/share/man/id/man1/lkjip.1",
                     "./usr/share/bash-completion/completions/lkjip",
                     "./usr/share/zsh/vendor-completions/_lkjip",
                     "./usr/share/fish/vendor_completions.d/lkjip.fish",
                     "./usr/share/lkjip/schema/lkjip-input.schema.json",
                     "./usr/share/lkjip/schema/lkjip-output.schema.json",
                     "./usr/share/doc/lkjip/examples/2024.json",
                     "./usr/share/doc/lkjip/README.md", "./usr/share/doc/lkjip/LICENSE"):
            if path not in paths:
                failures.append(f"dpkg-deb -c: no {path}")
        for path in paths:
            if not path.startswith("./usr/"):
                failures.append(f"dpkg-deb -c: {path} is outside /usr")

        # Into a throw-away root with its own, empty dpkg database.
        root = os.path.join(temporary, "root")
        admin = os.path.join(root, "var/lib/dpkg")
        for directory in ("info", "updates", "triggers"):
            os.makedirs(os.path.join(admin, directory))
        open(os.path.join(admin, "status"), "w").close()
        must(["dpkg", f"--root={root}", "--force-depends", "--force-not-root", "--no-triggers",
              "--path-include=/*",  # whatever this machine's dpkg.cfg.d excludes (man, doc)
              "-i", deb], env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
        status = must(["dpkg-query", f"--admindir={admin}", "-W", "-f",
                       "${Status} ${Version}", "lkjip"])
        if status != f"install ok installed {version}":
            failures.append(f"dpkg-query in the root: {status!r}")

        binary = os.path.join(root, "usr/bin/lkjip")
        needed = needed_libraries(binary)
        for soname in on_demand:
            if soname in needed:
                failures.append(f"{soname} is linked, not opened when first needed")
        for soname in needed + on_demand:
            package = package_of(soname)
            if package is None:
                failures.append(f"no package on this machine has {soname}")
            elif package not in named:
                failures.append(f"{soname} is in {package}, which Depends does not name")
        shown_version = run([binary, "--version"])
        if shown_version.returncode != 0 or version not in shown_version.stdout:
            failures.append(f"installed lkjip --version: {shown_version.returncode} "
                            f"{shown_version.stdout!r} {shown_version.stderr!r}")
        example = os.path.join(root, "usr/share/doc/lkjip/examples/2024.json")
        computed = run([binary, "compute", example, "-t", "anggaran"])
        if computed.returncode != 0 or "Kesamben" not in computed.stdout:
            failures.append(f"installed lkjip compute: {computed.returncode} {computed.stderr}")
        page = os.path.join(root, "usr/share/man/man1/lkjip.1")
        shown = run(["man", "-l", page], env={**os.environ, "MANWIDTH": "80"})
        shown_text = " ".join(shown.stdout.split())  # man justifies: spaces vary
        if shown.returncode != 0 or "lkjip - exact, checkable arithmetic" not in shown_text:
            failures.append(f"man -l {page}: {shown.returncode} {shown.stderr}")
        else:
            print("man -l:", "\n".join(shown.stdout.splitlines()[:4]))
        page = os.path.join(root, "usr/share/man/id/man1/lkjip.1")
        shown = run(["man", "-l", page], env={**os.environ, "MANWIDTH": "80"})
        if shown.returncode != 0 or "lkjip - hitungan yang tepat" not in " ".join(shown.stdout.split()):
            failures.append(f"man -l {page} (Indonesian): {shown.returncode} {shown.stderr}")

        print(f"{os.path.basename(deb)}: {os.path.getsize(deb)} bytes, {len(paths)} entries")
        print(f"Depends: {fields['Depends']}")
    return verdict(failures)


if __name__ == "__main__":
    sys.exit(main())
