#!/usr/bin/env python3
"""Writes a synthetic news corpus for benchmarks: N articles about N/5 deals.

usage: gen_corpus.py OUT_DIR N [--seed S] [--one-deal]

Deterministic for a given seed. Each deal has an investor, a company, an amount, tranches
with a condition, a round with pre- and post-money valuations, and a date; each of its five
articles reports it in its own words and money shapes ("$15 billion", "$15bn", "US$15
billion", "15 billion dollars", "€13.8bn ($15bn)"), some hedged, one in five with a
conflicting figure, and 10 % of the articles are HTML pages. Articles go into one folder per
group of 1,000 articles (200 deals, like a day of wire copy: no company is in two deals of
one folder), so that a run reads many deals in one story folder and many folders at once.
The deals given a conflicting figure are listed in OUT_DIR/.conflicting (a hidden file that
claimrecon does not read), so that a run's contradictions can be checked at scale.

With --one-deal, the N articles all report one deal, followed over weeks, in one folder: one
in three also reports a later top-up ("added another $2 billion"), some give figures of their
own or bound them ("up to"), so that the clusters of the deal hold N articles' figures, in
many groups, and increments (a check that nothing is quadratic in them).
"""
import argparse
import os
import random

FIRST = ["Acme", "Borealis", "Cobalt", "Dynamo", "Ember", "Fathom", "Granite", "Helix", "Ion", "Juniper", "Kestrel",
         "Lumen", "Meridian", "Nimbus", "Onyx", "Prism", "Quarry", "Radiant", "Summit", "Tundra", "Umbra", "Vertex",
         "Willow", "Xenon", "Yarrow", "Zephyr"]
SECOND = ["Labs", "Systems", "Capital", "Robotics", "AI", "Energy", "Bio", "Networks", "Cloud", "Foods", "Motors",
          "Health", "Analytics", "Dynamics", "Partners", "Holdings"]
CONDITIONS = ["an initial public offering", "regulatory approval", "technical milestones", "a restructuring"]
FILLER = [
    "The companies did not disclose further terms of the agreement.",
    "Analysts said the deal reflected intense competition for computing capacity.",
    "Shares of the investor were little changed in early trading.",
    "The startup plans to use the money to hire engineers and expand overseas.",
    "Executives from both companies declined to comment beyond the statement.",
    "The agreement follows months of negotiations, people involved in the talks said.",
]


def company(rng, used):
    while True:
        name = f"{rng.choice(FIRST)}{rng.choice(['', 'ix', 'ora', 'ly'])} {rng.choice(SECOND)}"
        if name not in used:
            used.add(name)
            return name


def money(rng, billions):
    b = round(billions, 1) if billions < 100 else round(billions)
    shape = rng.randrange(5)
    if shape == 0:
        return f"${b} billion"
    if shape == 1:
        return f"${b}bn"
    if shape == 2:
        return f"US${b} billion"
    if shape == 3:
        return f"{b} billion dollars"
    return f"€{round(b * 0.92, 1)}bn (${b}bn)"


TOP_UPS = ["later added another", "has since expanded the deal by an additional",
           "topped up its commitment with an additional"]


def article(rng, d, k, conflict, top_up=False, bound=""):
    amount = d["amount"] * (1.25 if conflict else 1)
    hedge = rng.random() < 0.3
    lines = [f"{d['investor']} to invest {money(rng, amount)} in {d['company']}"]
    lead = f"{d['investor']} will invest {bound}{money(rng, amount)} in {d['company']}"
    if hedge:
        lead += ", according to people familiar with the matter"
    lines.append(lead + ".")
    lines.append(f"The investment begins with an initial {money(rng, d['first'])}, with the remaining "
                 f"{money(rng, amount - d['first'])} contingent on {d['condition']}.")
    if k % 2 == 0:
        lines.append(f"The round values {d['company']} at {money(rng, d['pre'])} pre-money.")
    else:
        lines.append(f"The {money(rng, d['round'])} funding round values {d['company']} at about "
                     f"{money(rng, d['pre'] + d['round'])} after the investment.")
    if top_up:
        lines.append(f"{d['investor']} {rng.choice(TOP_UPS)} {money(rng, d['first'])}, the companies said.")
    lines.extend(rng.sample(FILLER, 3))
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--one-deal", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    if a.one_deal:
        one_deal(rng, a.out, a.n)
        return
    written = 0
    deal = 0
    used = set()
    conflicts = []
    while written < a.n:
        if written % 1000 == 0:
            used = set()
        d = {"investor": company(rng, used), "company": company(rng, used), "amount": rng.choice([0.5, 1, 2, 4, 10, 15, 40]) * rng.choice([1, 1.5, 2]),
             "condition": rng.choice(CONDITIONS), "date": f"2025-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"}
        d["first"] = round(d["amount"] * rng.choice([0.25, 0.3, 0.5]), 1)
        d["round"] = d["amount"] * rng.choice([1, 2, 3])
        d["pre"] = d["round"] * rng.choice([4, 6, 9])
        conflicting = rng.random() < 0.2
        if conflicting and written + 5 <= a.n:
            conflicts.append(f"deal{deal:06}")
        folder = os.path.join(a.out, f"group{written // 1000:05}")
        os.makedirs(folder, exist_ok=True)
        for k in range(5):
            if written >= a.n:
                break
            lines = article(rng, d, k, conflicting and k == 4)
            name = f"deal{deal:06}_{k}"
            head = f"---\ntitle: {lines[0]}\noutlet: Outlet {k}\ndate: {d['date']}\n---\n"
            if rng.random() < 0.1:
                body = "".join(f"<p>{l}</p>" for l in lines[1:])
                page = (f"<html><head><title>{lines[0]}</title><meta property=\"og:site_name\" content=\"Outlet {k}\">"
                        f"<meta property=\"article:published_time\" content=\"{d['date']}\"></head><body><nav><a href=\"/\">Home</a></nav>"
                        f"<article><h1>{lines[0]}</h1>{body}</article><footer>Copyright Outlet {k}</footer></body></html>")
                with open(os.path.join(folder, name + ".html"), "w") as f:
                    f.write(page)
            else:
                with open(os.path.join(folder, name + ".txt"), "w") as f:
                    f.write(head + "\n".join(lines) + "\n")
            written += 1
        deal += 1
    with open(os.path.join(a.out, ".conflicting"), "w") as f:
        f.write("".join(c + "\n" for c in conflicts))


def one_deal(rng, out, n):
    """N articles about one deal in OUT/deal: a tenth give a conflicting figure, half a
    figure of their own (so that the deal's figures fall in many groups), and one in six
    bounds it ("up to", "at least")."""
    used = set()
    d = {"investor": company(rng, used), "company": company(rng, used), "amount": 10, "condition": CONDITIONS[0],
         "first": 2.5, "round": 20, "pre": 120}
    folder = os.path.join(out, "deal")
    os.makedirs(folder, exist_ok=True)
    for k in range(n):
        own = dict(d, amount=round(rng.uniform(1, 2000), 1)) if rng.random() < 0.5 else d
        bound = rng.choice(["up to ", "at least "]) if rng.random() < 1 / 6 else ""
        lines = article(rng, own, k, rng.random() < 0.1, top_up=k % 3 == 0, bound=bound)
        head = f"---\ntitle: {lines[0]}\noutlet: Outlet {k % 50}\ndate: 2025-{1 + k % 12:02}-{1 + k % 28:02}\n---\n"
        with open(os.path.join(folder, f"a{k:07}.txt"), "w") as f:
            f.write(head + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
