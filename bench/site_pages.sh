#!/usr/bin/env bash
# The whole build (data files, both sites with their charts) on a preset,
# RUNS times: wall time, CPU time, peak memory and pages per second (median).
#   bench/site_pages.sh PRESET [RUNS] [KFL]
set -euo pipefail
preset=${1:?preset}; runs=${2:-3}; kfl=${3:-build/kfl}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$kfl" synth "$work/data" --preset "$preset" >/dev/null
mkdir -p bench/results
for i in $(seq "$runs"); do
  rm -rf "$work/out"
  /usr/bin/time -f "%e %U %S %M" "$kfl" build "$work/data" -o "$work/out" -q 2>"$work/time"
  pages=$(find "$work/out" -name index.html | wc -l)
  charts=$(find "$work/out" -name '*.svg' | wc -l)
  read -r wall user sys peak <"$work/time"
  echo "$wall $user $sys $peak $pages $charts"
done | sort -n | tee "$work/all" | awk -v p="$preset" '
  { w[NR] = $1; c[NR] = $2 + $3; m[NR] = $4; pg[NR] = $5; ch[NR] = $6 }
  END { k = int((NR + 1) / 2)
        printf "median %s build with sites: wall %.1f s, cpu %.1f s, peak %.0f MB, %d pages (%.1f pages/s), %d charts (%.0f charts/s)\n",
               p, w[k], c[k], m[k] / 1024, pg[k], pg[k] / w[k], ch[k], ch[k] / w[k] }'
awk -v p="$preset" -v d="$(git rev-parse --short HEAD 2>/dev/null || echo none)" \
  'BEGIN { OFS = "," } { print d, p, $1, $2 + $3, $4, $5, $6 }' "$work/all" >> bench/results/site_pages.csv
