# Shell functions the benchmark scripts share (sourced by bench/run and bench/workbook).
# Set before sourcing: $work (a folder for scratch files) and $runs (how many runs a measure takes).

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# measure LABEL COMMAND...: runs it $runs times and prints the medians "wall s, CPU s, peak MB";
# keeps them in $work/last.{wall,cpu,peak} for the ratios.
measure() {
  label=$1; shift
  : > "$work/runs.txt"
  i=0
  while [ "$i" -lt "$runs" ]; do
    /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt" || true
    awk -F': ' '
      /Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s}
      /User time/ {user_s = $2} /System time/ {system_s = $2}
      /Maximum resident set size/ {peak = $2 / 1024}
      END {printf "%s %s %.0f\n", wall, user_s + system_s, peak}' "$work/time.txt" >> "$work/runs.txt"
    i=$((i + 1))
  done
  cut -d' ' -f1 "$work/runs.txt" | median > "$work/last.wall"
  cut -d' ' -f2 "$work/runs.txt" | median > "$work/last.cpu"
  cut -d' ' -f3 "$work/runs.txt" | median > "$work/last.peak"
  printf '  %-40s %8.3f s wall %8.3f s CPU %7.0f MB\n' "$label" "$(cat "$work/last.wall")" \
    "$(cat "$work/last.cpu")" "$(cat "$work/last.peak")"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

machine() { echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -m); medians of $runs runs"; }
