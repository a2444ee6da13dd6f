#!/usr/bin/env bash
# Issue 7's huge-file check, built at run time (nothing large is committed):
# the text of corpus/ is written once as one 120 MB file and once as ordinary articles
# (one file per corpus article, repeated to ~12 MB). Both are run on one thread, so the
# per-MB times compare the reading of one huge file in pieces with ordinary reading.
# Passes when the huge file's time per MB is within 2x the ordinary one and its peak
# RSS is under 1 GB. Usage: scripts/huge-file-check.sh [path/to/claimrecon]
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-target/release/claimrecon}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Article bodies without front matter (the part above a line of '---', when there is one).
mkdir -p "$work/ordinary" "$work/huge"
i=0
while [ "$(du -sm --apparent-size "$work/ordinary" | cut -f1)" -lt 12 ]; do
    for f in corpus/*/*.txt; do
        i=$((i + 1))
        cp "$f" "$work/ordinary/$(printf '%06d' "$i").txt"
    done
done
python3 - "$work/ordinary" "$work/huge/huge.txt" <<'PY'
import os, sys
src, dst = sys.argv[1], sys.argv[2]
bodies = []
for name in sorted(os.listdir(src))[:64]:
    text = open(os.path.join(src, name), encoding="utf-8").read()
    if text.startswith("---"):
        end = text.find("\n---", 3)
        text = text[end + 4:] if end > 0 else text
    bodies.append(text.strip() + "\n\n")
block = "".join(bodies)
target = 120 * 1024 * 1024
with open(dst, "w", encoding="utf-8") as out:
    written = 0
    while written < target:
        out.write(block)
        written += len(block.encode())
PY

measure() { # dir name -> "seconds peak_kb megabytes"
    local mb
    mb=$(du -sm --apparent-size "$1" | cut -f1)
    RAYON_NUM_THREADS=1 /usr/bin/time -f "%e %M" -o "$work/$2.time" \
        "$bin" run "$1" --out "$work/$2.out" --quiet
    echo "$(cat "$work/$2.time") $mb"
}
read -r o_s o_kb o_mb <<<"$(measure "$work/ordinary" ordinary)"
read -r h_s h_kb h_mb <<<"$(measure "$work/huge" huge)"
python3 - "$o_s" "$o_kb" "$o_mb" "$h_s" "$h_kb" "$h_mb" "$work/huge.out/claims.jsonl" <<'PY'
import sys
o_s, o_kb, o_mb, h_s, h_kb, h_mb = map(float, sys.argv[1:7])
claims = sum(1 for _ in open(sys.argv[7], encoding="utf-8"))
o_per, h_per = o_s / o_mb, h_s / h_mb
ratio = h_per / o_per
print(f"ordinary: {o_mb:.0f} MB in {o_s:.1f} s = {o_per:.3f} s/MB, peak RSS {o_kb/1024:.0f} MB")
print(f"huge:     {h_mb:.0f} MB in {h_s:.1f} s = {h_per:.3f} s/MB, peak RSS {h_kb/1024:.0f} MB, {claims} claims")
ok = ratio <= 2.0 and h_kb < 1024 * 1024 and claims > 0
print(f"huge-file: {ratio:.2f}x ordinary per-MB time (<= 2), peak RSS {h_kb/1024:.0f} MB (< 1024): {'ok' if ok else 'FAILED'}")
sys.exit(0 if ok else 1)
PY
