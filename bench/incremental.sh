#!/usr/bin/env bash
# Whole build, rerun with nothing changed, and rerun after one school's
# answers changed (one answer in the last wave) on a preset: wall, CPU and
# peak memory of each, appended to bench/results/incremental.csv.
#   bench/incremental.sh PRESET [RUNS] [KFL]
set -euo pipefail
preset=${1:?preset}; runs=${2:-1}; kfl=${3:-build/kfl}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$kfl" synth "$work/data" --preset "$preset" --seed 1 >/dev/null
mkdir -p bench/results
commit=$(git rev-parse --short HEAD 2>/dev/null || echo none)
measure() {  # label, command... -> "label wall cpu peak_mb"
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" "$@" >/dev/null 2>"$work/time" || { cat "$work/time" >&2; exit 1; }
  tail -1 "$work/time" | awk -v l="$label" '{ printf "%s %.2f %.2f %.0f\n", l, $1, $2 + $3, $4 / 1024 }'
}
last=$(ls "$work/data/responses" | sort | tail -1)
file=$(ls "$work/data/responses/$last"/*.csv | head -1)
for i in $(seq "$runs"); do
  rm -rf "$work/out"
  measure full "$kfl" build "$work/data" -o "$work/out" -q
  measure unchanged "$kfl" build "$work/data" -o "$work/out" -q
  # One answer of the first respondent: its school, classes, municipality and
  # county change, and every page that compares with them.
  awk -F, -v OFS=, 'NR == 2 { for (c = 5; c <= NF; c++) if ($c != "") { $c = ($c == 1 ? 2 : 1); break } } { print }' \
    "$file" >"$work/tmp.csv" && mv "$work/tmp.csv" "$file"
  measure one_school "$kfl" build "$work/data" -o "$work/out" -q
done | tee "$work/all"
for stage in full unchanged one_school; do
  grep "^$stage " "$work/all" | sort -k2 -n | awk -v s="$stage" -v p="$preset" -v d="$commit" '
    { w[NR] = $2; c[NR] = $3; m[NR] = $4 }
    END { k = int((NR + 1) / 2)
          printf "median %s %s: wall %.2f s, cpu %.2f s, peak %.0f MB (%d runs)\n", p, s, w[k], c[k], m[k], NR
          printf "%s,%s,%s,%.2f,%.2f,%.0f,%d\n", d, p, s, w[k], c[k], m[k], NR >> "bench/results/incremental.csv" }'
done
