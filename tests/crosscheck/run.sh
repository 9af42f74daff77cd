#!/bin/sh
# Builds a data set's data files with kfl and checks every figure against
# the independent computation of crosscheck.py (see there).
#   run.sh KFL DATA_DIR WORK_DIR          the data set as it is
#   run.sh KFL --synth PRESET WORK_DIR    `kfl synth` it first (seed 1)
set -eu
kfl=$1
if [ "$2" = --synth ]; then
  data=$4/data
  rm -rf "$data"
  "$kfl" synth "$data" --preset "$3" --seed 1 >/dev/null
  work=$4
else
  data=$2
  work=$3
fi
rm -rf "$work/out"
"$kfl" build "$data" -o "$work/out" --no-pdf --only "$(sed -n 2p "$data/units.csv" | cut -d, -f1)" >/dev/null
exec python3 "$(dirname "$0")/crosscheck.py" "$data" "$work/out"
