#!/usr/bin/env bash
# The browser test: builds data/example with the real kfl into a fresh folder
# and checks both sites in headless Chromium (site_test.mjs), then the
# restricted site sealed with keys (sealed_test.mjs).
#   tests/browser/run.sh KFL_BINARY WORK_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
kfl=$1; work=$2
rm -rf "$work"; mkdir -p "$work"
"$kfl" build "$here/../../data/example" -o "$work/out" -q
if [ ! -d "$here/node_modules/playwright-core" ] || [ ! -d "$here/node_modules/axe-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
status=0
node "$here/site_test.mjs" "$work/out" "$work/screenshots" || status=1
# The restricted site sealed with a fresh key file (issue #25).
"$kfl" keys init "$work/keys" "$here/../../data/example" >/dev/null
"$kfl" build "$here/../../data/example" -o "$work/sealed" -q --keys "$work/keys"
# kfl mail --dry-run: the head teacher's message with the school's link (followed below).
printf 'unit,name,email,language\ns-fjellvik-01,Rektor,rektor@example.no,nb\nc-fjellvik-01-8a,Kari,kari@example.no,nb\n' > "$work/contacts.csv"
"$kfl" mail "$work/sealed" --contacts "$work/contacts.csv" --data "$here/../../data/example" --dry-run \
  --keys "$work/keys" --base-url "file://$work/sealed/restricted/" >/dev/null
node "$here/sealed_test.mjs" "$work/sealed" "$work/keys" "$work/sealed/mail" || status=1
exit $status
