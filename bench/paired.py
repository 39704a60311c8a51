#!/usr/bin/env python3
"""lkjip's CPU time over a floor's, measured side by side: each round runs the floor, then lkjip,
and takes the ratio of their CPU times (user + system, from the kernel's rusage, to the
microsecond). On a shared machine whose speed drifts over seconds, the ratio of two runs a moment
apart moves far less than either time: the median of the rounds' ratios is what the goals are
judged by (bench/run).
  bench/paired.py ROUNDS FLOOR_COMMAND... -- LKJIP_COMMAND...
Prints one line: the median ratio, the lowest and the highest, and the median CPU seconds of
each side."""
import os
import statistics
import subprocess
import sys


def cpu_seconds(command):
    """The CPU time (user + system) the command took, its output thrown away."""
    with open(os.devnull, "wb") as null:
        child = subprocess.Popen(command, stdout=null, stderr=null)
        _, _, usage = os.wait4(child.pid, 0)
    return usage.ru_utime + usage.ru_stime


def main():
    rounds = int(sys.argv[1])
    split = sys.argv.index("--")
    floor, lkjip = sys.argv[2:split], sys.argv[split + 1:]
    floors, lkjips, ratios = [], [], []
    for _ in range(rounds):
        f = cpu_seconds(floor)
        t = cpu_seconds(lkjip)
        floors.append(f)
        lkjips.append(t)
        ratios.append(t / f if f > 0 else float("inf"))
    print("%.2f %.2f %.2f %.3f %.3f" % (statistics.median(ratios), min(ratios), max(ratios),
                                        statistics.median(floors), statistics.median(lkjips)))


if __name__ == "__main__":
    main()
