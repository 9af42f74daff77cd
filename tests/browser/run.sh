#!/usr/bin/env bash
# The browser test: builds data/example with the real kfl into a fresh folder
# and checks both sites in headless Chromium (site_test.mjs).
#   tests/browser/run.sh KFL_BINARY WORK_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
kfl=$1; work=$2
rm -rf "$work"; mkdir -p "$work"
"$kfl" build "$here/../../data/example" -o "$work/out" -q
if [ ! -d "$here/node_modules/playwright-core" ] || [ ! -d "$here/node_modules/axe-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
node "$here/site_test.mjs" "$work/out" "$work/screenshots"
