#!/usr/bin/env python3
"""The self-contained bundle runs where none of the build's libraries are.

Unpacks only the bundle (lkjip-VERSION-linux-x86_64.tar.gz, as README says) into an empty
directory as /opt/lkjip, with a link /bin/lkjip to it as a copy on PATH would be, two data files
and an empty /tmp, and runs it there as its root: with chroot (as root, as CI runs), else
`unshare -r --root`, else bwrap; exit 77 (skipped) only when none of them can. It must give the same bytes as the build's own binary:
--version, compute of the seed report, check of it (exit 1: the seed has errors), compute of a
workbook (libzip, expat), and convert to a workbook (libxlsxwriter, minizip) then compute of that.
With libzip and libxlsxwriter taken out of it (lkjip opens them when first needed), JSON still
computes, and a workbook read or written is an error that names the library.

usage: bundle_empty_root.py BUNDLE_DIR BUILT_LKJIP SOURCE_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile

from install_support import enter_root, verdict

SKIP = 77


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, **kwargs)


def directory_size(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    bundle, built, source = (os.path.abspath(p) for p in sys.argv[1:])
    failures = []
    launcher = os.path.join(bundle, "lkjip")
    if re.search(rb"INTERP", run(["readelf", "-l", launcher]).stdout):
        failures.append(f"{launcher} is not static: it needs a loader")
    libraries = os.path.join(bundle, "lib")
    for soname in re.findall(r"\[([^]]+)\]", run(["readelf", "-d", os.path.join(
            libraries, "lkjip")], text=True).stdout):
        if soname.endswith(".so") or ".so." in soname:
            if not os.path.exists(os.path.join(libraries, soname)):
                failures.append(f"{soname} is not in {libraries}")

    tarball = bundle + ".tar.gz"
    with tempfile.TemporaryDirectory() as root:
        with tarfile.open(tarball) as archive:
            names = archive.getnames()
            if any(not n.startswith(os.path.basename(bundle)) for n in names):
                failures.append(f"{tarball} has entries outside {os.path.basename(bundle)}/")
            archive.extractall(os.path.join(root, "opt"))
        os.rename(os.path.join(root, "opt", os.path.basename(bundle)),
                  os.path.join(root, "opt/lkjip"))
        os.makedirs(os.path.join(root, "bin"))
        os.symlink("../opt/lkjip/lkjip", os.path.join(root, "bin/lkjip"))
        os.makedirs(os.path.join(root, "tmp"))
        os.chmod(os.path.join(root, "tmp"), 0o1777)
        shutil.copy(os.path.join(source, "data/2024.json"), root)
        shutil.copy(os.path.join(source, "data/examples/workbooks/triwulan.xlsx"), root)
        print("the root:", sorted(os.listdir(root)), "(no /lib, /usr, /etc, /proc, /dev)")

        prefix = enter_root(root, ["/opt/lkjip/lkjip", "--version"])
        if prefix is None:
            print("SKIP: neither chroot, unshare --root nor bwrap can enter a root here")
            return SKIP

        def both(*arguments, program="/opt/lkjip/lkjip"):
            """(inside the root, the build's binary in a copy of it): exit code and stdout."""
            inside = run(prefix + [program, *arguments], cwd=root,
                         env={"PATH": os.environ.get("PATH", "/usr/bin:/bin:/usr/sbin:/sbin")})
            outside = run([built, *arguments], cwd=root)
            return inside, outside

        cases = [("--version",), ("compute", "2024.json"), ("check", "2024.json"),
                 ("compute", "triwulan.xlsx"), ("compute", "-f", "csv", "2024.json")]
        for arguments in cases:
            inside, outside = both(*arguments)
            if (inside.returncode, inside.stdout) != (outside.returncode, outside.stdout):
                failures.append(f"lkjip {' '.join(arguments)} in the root: exit "
                                f"{inside.returncode} (build: {outside.returncode}), stdout "
                                f"{'differs' if inside.stdout != outside.stdout else 'same'}; "
                                f"stderr {inside.stderr[:300]!r}")
            if not inside.stdout:
                failures.append(f"lkjip {' '.join(arguments)} in the root printed nothing")
        inside, _ = both("--version", program="/bin/lkjip")
        if inside.returncode != 0 or not inside.stdout:
            failures.append(f"/bin/lkjip (a link to the bundle) --version: {inside.stderr!r}")
        converted = run(prefix + ["/opt/lkjip/lkjip", "convert", "2024.json", "-o",
                                  "/tmp/2024.xlsx"], cwd=root)
        if converted.returncode != 0:
            failures.append(f"convert to a workbook in the root: {converted.stderr!r}")
        else:
            inside = run(prefix + ["/opt/lkjip/lkjip", "compute", "/tmp/2024.xlsx"])
            _, outside = both("compute", "2024.json")
            if inside.returncode != 0 or inside.stdout != outside.stdout:
                failures.append(f"compute of the converted workbook: {inside.stderr!r}")
        check = run(prefix + ["/opt/lkjip/lkjip", "check", "2024.json"])
        if check.returncode != 1 or b"errors" not in check.stdout:
            failures.append(f"check of the seed in the root: exit {check.returncode}")

        # Without the libraries opened when first needed (a machine without them): JSON still
        # computes; a workbook read or written is an error that names the library.
        bundled = os.path.join(root, "opt/lkjip/lib")
        aside = os.path.join(root, "aside")
        os.makedirs(aside)
        on_demand = [n for n in os.listdir(bundled) if re.match(r"lib(zip|xlsxwriter)\.so\.", n)]
        if len(on_demand) != 2:
            failures.append(f"libzip and libxlsxwriter in the bundle: {on_demand}")
        for name in on_demand:
            os.rename(os.path.join(bundled, name), os.path.join(aside, name))
        inside, outside = both("compute", "2024.json")
        if (inside.returncode, inside.stdout) != (0, outside.stdout):
            failures.append(f"compute of JSON without the workbook libraries: {inside.stderr!r}")
        for arguments, library in ((["compute", "triwulan.xlsx"], "libzip.so."),
                                   (["compute", "2024.json", "-f", "xlsx", "-o", "/tmp/x.xlsx"],
                                    "libxlsxwriter.so.")):
            inside = run(prefix + ["/opt/lkjip/lkjip", *arguments, "--lang", "en"], cwd=root)
            said = inside.stderr.decode(errors="replace")
            if (inside.returncode != 2 or inside.stdout or "cannot open the library " + library
                    not in said or "install the package" not in said):
                failures.append(f"lkjip {' '.join(arguments)} without {library}: exit "
                                f"{inside.returncode}, stderr {said[:300]!r}")
        if os.path.exists(os.path.join(root, "tmp/x.xlsx")):
            failures.append("a workbook was written without libxlsxwriter")
        for name in on_demand:
            os.rename(os.path.join(aside, name), os.path.join(bundled, name))

    print(f"ran in an empty root with: {' '.join(prefix)}")
    print(f"bundle {os.path.basename(bundle)}: {directory_size(bundle)} bytes "
          f"(launcher {os.path.getsize(launcher)}, "
          f"lkjip {os.path.getsize(os.path.join(libraries, 'lkjip'))}"
          f", {len(os.listdir(libraries)) - 1} libraries)"
          + f"; {os.path.basename(tarball)}: {os.path.getsize(tarball)} bytes")
    return verdict(failures)


if __name__ == "__main__":
    sys.exit(main())
