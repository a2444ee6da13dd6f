#!/usr/bin/env bash
# Issue 6's smoke check, for CI (the full measurement is scripts/scale-benchmark.sh): 5,000
# generated articles in 5 story folders. Passes when the run streams in bounded memory (peak
# RSS < 400 MB), its contradictions fall on the deals the generator gave a conflicting figure
# (>= 95 % of them; >= 90 % of those deals found), and a re-run after adding 10 articles
# extracts those 10 only, with the outputs of a run without the cache.
# Usage: scripts/scale-smoke.sh [path/to/claimrecon]
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-target/release/claimrecon}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/gen_corpus.py "$work/corpus" 5000 --seed 11 >/dev/null
/usr/bin/time -f "%e %M" -o "$work/time" "$bin" run "$work/corpus" --out "$work/out" --quiet
read -r secs kb <"$work/time"
python3 - "$work/corpus" "$work/out" "$secs" "$kb" <<'PY'
import json, re, sys
corpus, out, secs, kb = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
conflicting = set(open(f"{corpus}/.conflicting").read().split())
deal = lambda d: re.search(r"(deal\d+)_", d).group(1)
on, elsewhere, found = 0, 0, set()
for line in open(f"{out}/report.json", encoding="utf-8"):
    if '"kind":"contradiction"' in line:
        deals = {deal(d) for d in json.loads(line.rstrip().rstrip(","))["docs"]}
        if len(deals) == 1 and deals <= conflicting:
            on += 1
            found |= deals
        else:
            elsewhere += 1
share = on / max(on + elsewhere, 1)
recall = len(found) / max(len(conflicting), 1)
ok = kb < 400 * 1024 and share >= 0.95 and recall >= 0.90
print(f"scale smoke: 5000 articles in {secs:.2f} s, peak RSS {kb // 1024} MB (< 400); "
      f"contradictions {on + elsewhere}, {share:.1%} on conflicting deals (>= 95 %); "
      f"{len(found)}/{len(conflicting)} conflicting deals found ({recall:.1%}, >= 90 %): {'ok' if ok else 'FAILED'}")
sys.exit(0 if ok else 1)
PY
python3 scripts/gen_corpus.py "$work/extra" 10 --seed 12 >/dev/null
mkdir "$work/corpus/added"
cp "$work/extra"/group00000/* "$work/corpus/added/"
again=$("$bin" run "$work/corpus" --out "$work/out")
"$bin" run "$work/corpus" --out "$work/fresh" --quiet --no-cache
for f in claims.jsonl report.json report.md report.html; do
    cmp -s "$work/out/$f" "$work/fresh/$f" || { echo "scale smoke: $f differs from a run without the cache: FAILED"; exit 1; }
done
if grep -q "10 of 5010 files extracted" <<<"$again"; then
    echo "scale smoke: re-run after adding 10 articles: 10 of 5010 files extracted, outputs as without the cache: ok"
else
    echo "scale smoke: re-run after adding 10 articles: FAILED"
    echo "$again"
    exit 1
fi
