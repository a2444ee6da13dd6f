#!/usr/bin/env bash
# Issue 6's smoke check, for CI (the full measurement is scripts/scale-benchmark.sh): 5,000
# generated articles in 5 story folders. Passes when the run streams in bounded memory (peak
# RSS < 400 MB), its contradictions fall on the deals the generator gave a conflicting figure
# (>= 95 % of them; >= 99 % of those deals found), and a re-run after adding 10 articles
# extracts those 10 only, with the outputs of a run without the cache. Then 20,000 generated
# articles in one folder (one story, as a day of wire copy dumped in a folder: it streams its
# claims lines a quarter window at a time): peak RSS < 420 MB, and the same re-run check.
# Last, one deal reported by 5,000 and by 20,000 articles (one folder; a third of them with a
# later top-up): four times the articles must take less than seven times as long (linear is
# four; a step quadratic in the articles of one cluster or finding made it over twelve).
# Usage: scripts/scale-smoke.sh [path/to/claimrecon]
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-target/release/claimrecon}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# bounded_run LABEL CORPUS OUT MAX_MB: a first run (writing the cache) in under MAX_MB.
bounded_run() {
    local label=$1 corpus=$2 out=$3 max=$4
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" run "$corpus" --out "$out" --quiet
    local secs kb verdict=ok
    read -r secs kb <"$work/time"
    [ "$kb" -lt $((max * 1024)) ] || verdict=FAILED
    echo "scale smoke: $label in $secs s, peak RSS $((kb / 1024)) MB (< $max): $verdict"
    [ "$verdict" = ok ]
}

# rerun LABEL CORPUS OUT FILES: after 10 articles were added to CORPUS, a run over OUT (its
# cache) extracts those 10 of FILES, and its outputs are those of a run without the cache.
rerun() {
    local label=$1 corpus=$2 out=$3 files=$4 again f
    again=$("$bin" run "$corpus" --out "$out")
    "$bin" run "$corpus" --out "$work/fresh" --quiet --no-cache
    for f in claims.jsonl report.json report.md report.html; do
        cmp -s "$out/$f" "$work/fresh/$f" || { echo "scale smoke: $label: $f differs from a run without the cache: FAILED"; exit 1; }
    done
    rm -rf "$work/fresh"
    if grep -q "10 of $files files extracted" <<<"$again"; then
        echo "scale smoke: $label, re-run after adding 10 articles: 10 of $files files extracted, outputs as without the cache: ok"
    else
        echo "scale smoke: $label, re-run after adding 10 articles: FAILED"
        echo "$again"
        exit 1
    fi
}

python3 scripts/gen_corpus.py "$work/corpus" 5000 --seed 11 >/dev/null
bounded_run "5000 articles" "$work/corpus" "$work/out" 400
echo -n "scale smoke: "
python3 scripts/check_contradictions.py "$work/corpus" "$work/out" --min-share 0.95 --min-found 0.99
python3 scripts/gen_corpus.py "$work/extra" 10 --seed 12 >/dev/null
mkdir "$work/corpus/added"
cp "$work/extra"/group00000/* "$work/corpus/added/"
rerun "5 folders" "$work/corpus" "$work/out" 5010

# One folder of 20,000 articles.
python3 scripts/gen_corpus.py "$work/gen20k" 20000 --seed 13 >/dev/null
mkdir "$work/flat"
find "$work/gen20k" -type f -name 'deal*' -exec mv -t "$work/flat" {} +
bounded_run "20000 articles in one folder" "$work/flat" "$work/flat-out" 420
for f in "$work/extra"/group00000/*; do cp "$f" "$work/flat/added-$(basename "$f")"; done
rerun "one folder" "$work/flat" "$work/flat-out" 20010

# One deal in 5,000 and in 20,000 articles: time grows with the articles, not their square.
one_deal() { # N -> seconds of a run over N articles about one deal
    python3 scripts/gen_corpus.py "$work/deal-$1" "$1" --one-deal --seed 14 >/dev/null
    /usr/bin/time -f "%e" -o "$work/time" "$bin" run "$work/deal-$1" --out "$work/deal-$1-out" --quiet --no-cache
    cat "$work/time"
    rm -rf "$work/deal-$1" "$work/deal-$1-out"
}
small=$(one_deal 5000)
large=$(one_deal 20000)
python3 - "$small" "$large" <<'PY'
import sys
small, large = map(float, sys.argv[1:3])
ratio = large / max(small, 0.01)
ok = ratio < 7
print(f"scale smoke: one deal in 5000 articles {small:.2f} s, in 20000 {large:.2f} s: "
      f"{ratio:.1f}x for 4x the articles (< 7): {'ok' if ok else 'FAILED'}")
sys.exit(0 if ok else 1)
PY
