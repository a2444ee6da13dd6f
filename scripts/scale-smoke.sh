#!/usr/bin/env bash
# Issue 6's smoke check, for CI (the full measurement is scripts/scale-benchmark.sh): 5,000
# generated articles in 5 story folders. Passes when the run streams in bounded memory (peak
# RSS < 400 MB), its contradictions fall on the deals the generator gave a conflicting figure
# (>= 95 % of them; >= 90 % of those deals found), and a re-run after adding 10 articles
# extracts those 10 only, with the outputs of a run without the cache. Then 20,000 generated
# articles in one folder (one story, as a day of wire copy dumped in a folder: it streams its
# claims lines a quarter window at a time): peak RSS < 420 MB, and the same re-run check.
# Usage: scripts/scale-smoke.sh [path/to/claimrecon]
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-target/release/claimrecon}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/gen_corpus.py "$work/corpus" 5000 --seed 11 >/dev/null
/usr/bin/time -f "%e %M" -o "$work/time" "$bin" run "$work/corpus" --out "$work/out" --quiet
read -r secs kb <"$work/time"
if [ "$kb" -lt $((400 * 1024)) ]; then
    echo "scale smoke: 5000 articles in $secs s, peak RSS $((kb / 1024)) MB (< 400): ok"
else
    echo "scale smoke: 5000 articles in $secs s, peak RSS $((kb / 1024)) MB (< 400): FAILED"
    exit 1
fi
echo -n "scale smoke: "
python3 scripts/check_contradictions.py "$work/corpus" "$work/out" --min-share 0.95 --min-found 0.90
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

# One folder of 20,000 articles.
python3 scripts/gen_corpus.py "$work/gen20k" 20000 --seed 13 >/dev/null
mkdir "$work/flat"
find "$work/gen20k" -type f -name 'deal*' -exec mv -t "$work/flat" {} +
/usr/bin/time -f "%e %M" -o "$work/time" "$bin" run "$work/flat" --out "$work/flat-out" --quiet
read -r secs kb <"$work/time"
if [ "$kb" -lt $((420 * 1024)) ]; then
    echo "scale smoke: 20000 articles in one folder in $secs s, peak RSS $((kb / 1024)) MB (< 420): ok"
else
    echo "scale smoke: 20000 articles in one folder in $secs s, peak RSS $((kb / 1024)) MB (< 420): FAILED"
    exit 1
fi
for f in "$work/extra"/group00000/*; do cp "$f" "$work/flat/added-$(basename "$f")"; done
again=$("$bin" run "$work/flat" --out "$work/flat-out")
"$bin" run "$work/flat" --out "$work/flat-fresh" --quiet --no-cache
for f in claims.jsonl report.json report.md report.html; do
    cmp -s "$work/flat-out/$f" "$work/flat-fresh/$f" || { echo "scale smoke: one folder: $f differs from a run without the cache: FAILED"; exit 1; }
done
if grep -q "10 of 20010 files extracted" <<<"$again"; then
    echo "scale smoke: one folder, re-run after adding 10 articles: 10 of 20010 files extracted, outputs as without the cache: ok"
else
    echo "scale smoke: one folder, re-run after adding 10 articles: FAILED"
    echo "$again"
    exit 1
fi
