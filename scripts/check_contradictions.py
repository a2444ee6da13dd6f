#!/usr/bin/env python3
"""Checks a run over a generated corpus (scripts/gen_corpus.py) against the deals the generator
gave a conflicting figure (CORPUS/.conflicting): how many contradictions fall on those deals,
how many elsewhere, and how many of those deals were found.

usage: check_contradictions.py CORPUS OUT [--min-share S] [--min-found F]
Exits 1 when a minimum is given and not reached.
"""
import argparse
import json
import re

ap = argparse.ArgumentParser()
ap.add_argument("corpus")
ap.add_argument("out")
ap.add_argument("--min-share", type=float, help="least share of contradictions on conflicting deals")
ap.add_argument("--min-found", type=float, help="least share of conflicting deals found")
a = ap.parse_args()

conflicting = set(open(f"{a.corpus}/.conflicting").read().split())
on, elsewhere, found = 0, 0, set()
for line in open(f"{a.out}/report.json", encoding="utf-8"):
    if '"kind":"contradiction"' not in line:
        continue
    docs = json.loads(line.rstrip().rstrip(","))["docs"]
    deals = {re.search(r"(deal\d+)_", d).group(1) for d in docs}
    if len(deals) == 1 and deals <= conflicting:
        on += 1
        found |= deals
    else:
        elsewhere += 1
share = on / max(on + elsewhere, 1)
found_share = len(found) / max(len(conflicting), 1)
ok = (a.min_share is None or share >= a.min_share) and (a.min_found is None or found_share >= a.min_found)
verdict = "" if a.min_share is None and a.min_found is None else (": ok" if ok else ": FAILED")
print(f"contradictions: {on + elsewhere}, {on} ({share:.1%}) on deals given a conflicting figure, "
      f"{elsewhere} elsewhere; {len(found)}/{len(conflicting)} ({found_share:.1%}) conflicting deals found{verdict}")
raise SystemExit(0 if ok else 1)
