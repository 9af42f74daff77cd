#!/usr/bin/env bash
# Whole-run timings: `kfl synth` and `kfl build` on a preset, RUNS times,
# measured with /usr/bin/time -v. Prints one line per run and the medians.
#   bench/whole_run.sh PRESET [RUNS] [KFL]
set -euo pipefail
preset=${1:?preset}; runs=${2:-3}; kfl=${3:-build/kfl}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
measure() {  # label, command... -> "label wall_s cpu_s peak_mb"
  local label=$1; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$work/time" || { cat "$work/time" >&2; exit 1; }
  awk -v l="$label" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /User time/ { u = $2 } /System time/ { s = $2 }
    /Maximum resident set size/ { m = $2 / 1024 }
    END { printf "%s %.2f %.2f %.0f\n", l, w, u + s, m }' "$work/time"
}
for i in $(seq "$runs"); do
  rm -rf "$work/data" "$work/out"
  measure synth "$kfl" synth "$work/data" --preset "$preset"
  measure build "$kfl" build "$work/data" -o "$work/out" -q
done | tee "$work/all"
for stage in synth build; do
  grep "^$stage " "$work/all" | sort -k2 -n | awk -v s="$stage" -v p="$preset" '
    { w[NR] = $2; c[NR] = $3; m[NR] = $4 }
    END { k = int((NR + 1) / 2); printf "median %s %s: wall %.2f s, cpu %.2f s, peak %.0f MB (%d runs)\n", p, s, w[k], c[k], m[k], NR }'
done
