#!/usr/bin/env bash
# Throughput of `kfl mail` against a local SMTP server (tests/mail/smtp_server.py,
# Debian's python3-aiosmtpd): N classes with a fake PDF of SIZE bytes each,
# one contact per class; prints the wall time and messages per second.
#   bench/mail_local.sh [N] [SIZE] [KFL]
set -euo pipefail
n=${1:-200}; size=${2:-300000}; kfl=${3:-build/kfl}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work/data" "$work/out"
/usr/bin/python3 - "$work" "$n" "$size" <<'PY'
import os, sys
work, n, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(f"{work}/data/units.csv", "w") as u, open(f"{work}/contacts.csv", "w") as c:
    u.write("id,parent,level,name,grade,enrolled\nfylke,,county,Fylke,,\nk,fylke,municipality,Kommune,,\ns,k,school,Skole,,\n")
    c.write("unit,name,email,language\n")
    for i in range(n):
        u.write(f"c{i},s,class,Klasse {i},8,20\n")
        c.write(f"c{i},Lærer {i},laerer{i}@example.no,nb\n")
        d = f"{work}/out/restricted/kommune/skole/klasse-{i}"
        os.makedirs(d)
        with open(f"{d}/rapport.pdf", "wb") as f:
            f.write(b"%PDF-1.5\n" + os.urandom(size))
open(f"{work}/out/manifest.json", "w").write("{}")
PY
/usr/bin/python3 "$here/tests/mail/smtp_server.py" --dir "$work/received" --port-file "$work/port" &
server=$!
for _ in $(seq 100); do [ -f "$work/port" ] && break; sleep 0.1; done
start=$(date +%s.%N)
"$kfl" mail "$work/out" --contacts "$work/contacts.csv" --data "$work/data" \
  --from rapport@example.no --smtp "smtp://127.0.0.1:$(cat "$work/port")" --insecure-plain >/dev/null
end=$(date +%s.%N)
got=$(ls "$work/received"/*.eml | wc -l)
awk -v s="$start" -v e="$end" -v n="$n" -v g="$got" -v b="$size" \
  'BEGIN { printf "%d messages (%d received), %d-byte PDFs: %.2f s, %.1f messages/s\n", n, g, b, e - s, n / (e - s) }'
