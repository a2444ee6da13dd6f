//! Stage 6 — reconcile: what agrees, what contradicts, what only looks different.
//!
//! Input: claims and their [`Clusters`]. Output: `Vec<Finding>`, each naming the rule it
//! rests on, the claims and documents behind it, and an explanation a reviewer can check
//! against the quotes. The rules, each a small named function:
//!
//! - [`bounds`] — how far a figure reaches: an exact figure the values that round to it at
//!   the precision it is written (`stated_precision`: "$0.5 billion" and "$0.6 billion",
//!   one step apart, never agree), "approximately" within 2 % (`approx_2pct`), "up to X" at
//!   most X (`up_to_bound`), "more than / could exceed X" at least X (`at_least_bound`), a
//!   range its ends (`range_overlap`). Figures agree when their bounds share a point.
//! - [`Rates`] — currencies are compared only through a rate an article of the corpus gives
//!   ("€1.3 billion ($1.5 billion)"); without one, figures in different currencies are listed
//!   side by side and never flagged (`stated_rate`, `different_currency`).
//! - [`compare_figures`] — one finding per cluster: agreement, single source, or one
//!   contradiction listing every side; a figure marked as replaced is `superseded`, an
//!   earlier separate arrangement (`prior`) is compared only with its kind, and increments
//!   ("an additional $100 billion") never contradict the figure they add to; sums reported
//!   months apart that would be one finding across the times are judged by time
//!   (`reported_months_apart`).
//! - [`compare_conditions`] — a condition asserted by some articles and denied by others is
//!   a contradiction (`asserted_vs_denied`); so is a text ([`compare_texts`]: a lead
//!   investor).
//! - [`compare_forms`] — equity in one article, credits or capacity in another
//!   (`form_differs`); a form of payment given with one price and another form given with
//!   another price are forms of two bids, not a contradiction (`forms_of_different_bids`).
//! - [`valuation_arithmetic`] — pre-money + round = post-money, in exact decimals
//!   (`pre_plus_round_is_post`), on the figures of one time; [`tranche_arithmetic`] —
//!   tranches sum to the total (`tranches_sum_to_total`).
//! - A hedged claim against a firm one is still a contradiction, marked hedged, one severity
//!   lower (`hedged_lowers_severity`).
//!
//! Invariants: no float decides a verdict; finding ids are a hash of their kind, rule and
//! claims, so they are the same on every run for the same claims; findings are sorted by
//! kind, severity, subject, attribute.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::OnceLock;

use rayon::prelude::*;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::claim::{Claim, Qualifier, Range, Stance, Status, Value};
use crate::cluster::{Cluster, Clusters, story_of};
use crate::par::Threads;
use crate::source::{Span, stable_hash};

/// What a finding says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Contradiction,
    Reconciled,
    Superseded,
    Agreement,
    SingleSource,
}

/// How much a contradiction matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    High,
    Medium,
    Low,
}

impl Severity {
    fn lower(self) -> Severity {
        match self {
            Severity::High => Severity::Medium,
            _ => Severity::Low,
        }
    }
}

/// One side of a finding: claims that agree with each other.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// What this side says, e.g. "$50B", "up to $50B", "asserted", "equity".
    pub label: String,
    pub claims: Vec<String>,
    pub docs: Vec<String>,
    pub hedged: bool,
}

/// One finding of the report (SPEC.md, `report.json`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub id: String,
    pub kind: Kind,
    pub severity: Option<Severity>,
    /// The finding rests on hedged claims (a contradiction one severity lower).
    pub hedged: bool,
    pub subject: String,
    pub attribute: String,
    pub investor: Option<String>,
    pub docs: Vec<String>,
    /// Independent sources among `docs`: syndicated copies of one story count once.
    pub sources: usize,
    pub claims: Vec<String>,
    /// The rules the verdict rests on.
    pub rules: Vec<String>,
    pub explanation: String,
    /// The arithmetic, for reconciled figures ("$730B + $110B = $840B").
    pub arithmetic: Option<String>,
    /// The figure the arithmetic gives, in `unit` (drawn as a line in the HTML report).
    #[serde(serialize_with = "ser_opt", skip_serializing_if = "Option::is_none")]
    pub computed: Option<Decimal>,
    pub sides: Vec<Side>,
    /// Clusters the finding draws on.
    pub clusters: Vec<String>,
}

impl Finding {
    /// The articles of the figure a table row shows: its one side's (an agreement or a single
    /// source), which leaves out a document set aside for disagreeing with itself (named in
    /// the explanation); else all of the finding's.
    pub fn shown_docs(&self) -> &[String] {
        match self.sides.as_slice() {
            [one] if !one.docs.is_empty() => &one.docs,
            _ => &self.docs,
        }
    }
}

/// Exchange rates the articles themselves state (the pipeline reconciles one story at a
/// time, so a story's figures are converted at its own articles' rates only).
#[derive(Debug, Default, Clone)]
pub struct Rates {
    rates: BTreeMap<(String, String), Decimal>,
    /// Articles whose "$" is no US dollar: the currency each converts its dollars into, what
    /// one of its dollars is worth in it, and what one US dollar is worth in it at the other
    /// articles' rates.
    other_dollars: BTreeMap<String, (String, Decimal, Decimal)>,
}

/// A claim in another country's dollars, converted at its article's own rate
/// ([`Rates::in_other_dollars`]).
pub struct InOtherDollars<'r> {
    /// The claim in `currency`.
    pub claim: Claim,
    pub currency: &'r str,
    /// What one of the article's dollars is worth in `currency`.
    pub rate: Decimal,
    /// What one US dollar is worth in `currency` at the other articles' rates.
    pub usual: Decimal,
}

/// How far an article's own rate between its "$" and another currency may stand from the
/// other articles' before its dollars are taken for another country's (a quarter either way:
/// the Australian dollar is worth about two thirds of the US dollar, the Canadian about
/// seven tenths; rates of one day's articles differ by a few hundredths).
const OTHER_DOLLAR_GAP: Decimal = Decimal::from_parts(25, 0, 0, false, 2);

/// The median of `v` (sorted in place); `v` is not empty.
fn median(v: &mut [Decimal]) -> Decimal {
    v.sort();
    v[v.len() / 2]
}

impl Rates {
    /// Collects the rates of every figure given with its equivalent in another currency; where
    /// articles give several, the median. An article whose own rate between its "$" and a
    /// currency stands more than [`OTHER_DOLLAR_GAP`] from the other articles' writes another
    /// dollar ("$28 billion (€15.7 billion)" where the others convert €15.7 billion at about
    /// $18.4 billion): its rates leave the median, and its dollars are converted at its own
    /// rate ([`Rates::in_other_dollars`]).
    pub fn from_claims(claims: &[Claim]) -> Self {
        // Each article's rates between "USD" and another currency: so many of it a dollar.
        let mut dollar_rates: BTreeMap<(&str, &str), Vec<Decimal>> = BTreeMap::new();
        for c in claims {
            let (Some(eq), Some(v)) = (&c.equivalent, c.value.number()) else {
                continue;
            };
            if v.is_zero() || eq.value.is_zero() {
                continue;
            }
            if c.unit == "USD" && eq.unit != "USD" {
                dollar_rates
                    .entry((&c.doc, &eq.unit))
                    .or_default()
                    .push(eq.value / v);
            } else if eq.unit == "USD" && c.unit != "USD" {
                dollar_rates
                    .entry((&c.doc, &c.unit))
                    .or_default()
                    .push(v / eq.value);
            }
        }
        let mut other_dollars = BTreeMap::new();
        // Each currency's articles' own rates, sorted: the median of the others' is read
        // off without the article's (no article compared with every other).
        let mut by_currency: BTreeMap<&str, Vec<(Decimal, &str)>> = BTreeMap::new();
        for ((doc, currency), v) in &mut dollar_rates {
            by_currency
                .entry(currency)
                .or_default()
                .push((median(v), doc));
        }
        for (currency, mut own) in by_currency {
            own.sort();
            let n = own.len();
            for (i, &(rate, doc)) in own.iter().enumerate() {
                if n < 2 {
                    break;
                }
                // (The median of the n - 1 others: the middle one of the list without i.)
                let m = (n - 1) / 2;
                let usual = own[if m < i { m } else { m + 1 }].0;
                if (rate / usual - Decimal::ONE).abs() > OTHER_DOLLAR_GAP {
                    other_dollars.insert(doc.to_string(), (currency.to_string(), rate, usual));
                }
            }
        }
        let mut seen: BTreeMap<(String, String), Vec<Decimal>> = BTreeMap::new();
        for c in claims {
            let (Some(eq), Some(v)) = (&c.equivalent, c.value.number()) else {
                continue;
            };
            if v.is_zero() || eq.value.is_zero() {
                continue;
            }
            if (c.unit == "USD" || eq.unit == "USD") && other_dollars.contains_key(&*c.doc) {
                continue;
            }
            seen.entry((c.unit.to_string(), eq.unit.to_string()))
                .or_default()
                .push(eq.value / v);
            seen.entry((eq.unit.to_string(), c.unit.to_string()))
                .or_default()
                .push(v / eq.value);
        }
        let rates = seen
            .into_iter()
            .map(|(k, mut v)| {
                v.sort();
                (k, v[v.len() / 2])
            })
            .collect();
        Rates {
            rates,
            other_dollars,
        }
    }

    /// `c` with its dollars converted at its article's own rate, when that article writes
    /// another dollar (see [`Rates::from_claims`]) and `c` is in "$" as written (not "US$"
    /// nor "USD"): with the currency, its dollar's worth in it and the US dollar's.
    pub fn in_other_dollars(&self, c: &Claim) -> Option<InOtherDollars<'_>> {
        let (currency, rate, usual) = self.other_dollars.get(&*c.doc)?;
        let v = c.value.number()?;
        if c.unit != "USD" || !c.quote.contains('$') || c.quote.contains("US$") {
            return None;
        }
        let mut converted = c.clone();
        // (A conversion is about the figure: three significant digits, "about".)
        let value = v * rate;
        converted.value = Value::Number(value.round_sf(3).unwrap_or(value).normalize());
        if converted.qualifier == Qualifier::Exact {
            converted.qualifier = Qualifier::Approx;
        }
        converted.range = c.range.map(|r| Range(r.0 * rate, r.1 * rate));
        converted.step = c.step.map(|s| s * rate);
        converted.unit = Cow::Owned(currency.clone());
        converted.equivalent = None;
        Some(InOtherDollars {
            claim: converted,
            currency,
            rate: *rate,
            usual: *usual,
        })
    }

    /// Returns the rate from one currency to another, if the corpus states one.
    pub fn rate(&self, from: &str, to: &str) -> Option<Decimal> {
        if from == to {
            return Some(Decimal::ONE);
        }
        self.rates.get(&(from.to_string(), to.to_string())).copied()
    }
}

/// Lower and upper bound of what a figure allows (`None`: no upper bound).
pub type Bounds = (Decimal, Option<Decimal>);

/// How far a figure reaches, and the rule that says so. A figure written to a step stands
/// for the values that round to it: "$0.5 billion" for those from 0.45 billion up to, but
/// not including, 0.55 billion, where those of "$0.6 billion" begin; so figures one step
/// apart never agree, and "$13.76 billion" agrees with "$13.8 billion". Bounds are closed:
/// the open end of a reach is kept as the value just below it ([`below`]).
pub fn bounds(c: &Claim) -> Option<(Bounds, &'static str)> {
    let v = c.value.number()?;
    let half = c.step.unwrap_or(Decimal::ZERO) / Decimal::TWO;
    let two_pct = (v * Decimal::new(2, 2)).abs();
    Some(match c.qualifier {
        Qualifier::Exact => (as_written(v, half), "stated_precision"),
        Qualifier::Approx => {
            // "About" reaches 2 % either side, both ends included, or the stated precision
            // where that reaches further ("about $1 billion" is not "about $2 billion").
            let high = if two_pct >= half {
                v + two_pct
            } else {
                below(v + half, half)
            };
            ((v - two_pct.max(half), Some(high)), "approx_2pct")
        }
        Qualifier::UpTo => (
            (Decimal::ZERO.min(v), Some(below(v + half, half))),
            "up_to_bound",
        ),
        Qualifier::AtLeast => ((v - half, None), "at_least_bound"),
        Qualifier::Range => {
            let r = c.range?;
            ((r.0 - half, Some(below(r.1 + half, half))), "range_overlap")
        }
    })
}

/// The values that round to `v`, written to a step of twice `half`.
fn as_written(v: Decimal, half: Decimal) -> Bounds {
    (v - half, Some(below(v + half, half)))
}

/// An "about" figure's bounds `b` widened from 2 % to 5 % either side (other figures' as
/// they are): how far loose rounding reaches.
fn loosened(c: &Claim, b: Bounds) -> Bounds {
    match (c.qualifier, b) {
        (Qualifier::Approx, (lo, Some(hi))) => {
            let mid = (lo + hi) / Decimal::TWO;
            let half = (hi - lo) / Decimal::TWO * Decimal::new(25, 1);
            (mid - half, Some(mid + half))
        }
        _ => b,
    }
}

/// The value just below `high`, the open end of a reach of `half` a step: nearer to it than
/// any figure is written (a billionth of the half step). A figure written without a step
/// (`half` zero) reaches its own value, included.
fn below(high: Decimal, half: Decimal) -> Decimal {
    high - half * Decimal::new(1, 9)
}

fn scale_bounds(b: Bounds, rate: Decimal) -> Bounds {
    (b.0 * rate, b.1.map(|h| h * rate))
}

/// Tells whether bounds share a point.
pub fn overlap(bs: &[Bounds]) -> bool {
    envelope_holds(bs.iter().fold(None, |e, b| envelope_with(e, *b)))
}

/// What a set of bounds allows together, grown one bound at a time (`None` before the first):
/// the highest of their lows and the lowest of their highs.
type Envelope = Option<Bounds>;

fn envelope_with(e: Envelope, b: Bounds) -> Envelope {
    Some(e.map_or(b, |e| narrowed(e, b)))
}

/// What the figures of `claims` allow together in `unit` (those that cannot be put there left
/// out).
fn envelope_in(claims: &[&Claim], unit: &str, rates: &Rates) -> Envelope {
    claims
        .iter()
        .filter_map(|c| bounds_in(c, unit, rates))
        .fold(None, |e, (b, _)| envelope_with(e, b))
}

/// The ending of a verb whose subject is a list of `n` articles: "01 reports", "01, 02 report".
fn verb_s(n: usize) -> &'static str {
    if n == 1 { "s" } else { "" }
}

/// The bounds an envelope was grown from share a point.
fn envelope_holds(e: Envelope) -> bool {
    match e {
        Some((lo, Some(hi))) => lo <= hi,
        _ => true,
    }
}

/// The part of `b` that `by` allows too: the higher low, the lower high.
fn narrowed(b: Bounds, by: Bounds) -> Bounds {
    let hi = match (b.1, by.1) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    (b.0.max(by.0), hi)
}

/// Reconciles the claims of a corpus.
pub fn reconcile(claims: &[Claim], clusters: &Clusters) -> Vec<Finding> {
    reconcile_with(claims, clusters, Threads::Pool)
}

/// [`reconcile`], on the threads given.
pub fn reconcile_with(claims: &[Claim], clusters: &Clusters, threads: Threads) -> Vec<Finding> {
    let rates = Rates::from_claims(claims);
    let prices = BidPrices::of(claims);
    // The rules read the claims and clusters and only add findings, so they run in parallel
    // (a story of many thousand articles has as many clusters); their findings are put
    // together in one fixed order, the order of a run on one thread.
    let found = |rule: &(dyn Fn(&mut Vec<Finding>) + Sync)| {
        let mut out = Vec::new();
        rule(&mut out);
        out
    };
    let ((mut out, per_cluster), across) = threads.join(
        || {
            let mut out = Vec::new();
            let mut explained = unspecified_valuations(claims, clusters, &rates, &mut out);
            explained.extend(prices_with_debt(claims, clusters, &rates, &mut out));
            explained.extend(premiums_on_other_prices(claims, clusters, &rates, &mut out));
            // Each cluster's few findings are moved into its task's vector at once: a vector
            // held per cluster would be one allocation per cluster, all held till the end.
            let per_cluster: Vec<Finding> = clusters
                .clusters
                .par_iter()
                .with_min_len(threads.min_len(CLUSTERS_PER_TASK))
                .flat_map_iter(|cl| {
                    let mut out = Vec::new();
                    let members: Vec<&Claim> = cl
                        .members
                        .iter()
                        .map(|&i| &claims[i])
                        .filter(|c| !explained.contains(c.id.as_str()))
                        .collect();
                    if members.is_empty() {
                        return out;
                    }
                    match &*cl.key.attribute {
                        "tranche_condition" | "closing_condition" => {
                            compare_conditions(cl, &members, &mut out)
                        }
                        "investment_form" | "consideration_type" => {
                            compare_forms(cl, &members, &prices, &mut out)
                        }
                        _ if members.iter().all(|c| matches!(c.value, Value::Number(_))) => {
                            compare_figures(cl, &members, &rates, &mut out)
                        }
                        _ => compare_texts(cl, &members, &mut out),
                    }
                    out
                })
                .collect();
            (out, per_cluster)
        },
        || {
            let ((a, b), (c, d)) = threads.join(
                || {
                    threads.join(
                        || found(&|out| superseded_across_attributes(claims, clusters, out)),
                        || {
                            found(&|out| {
                                valuation_arithmetic(claims, clusters, &rates, threads, out)
                            })
                        },
                    )
                },
                || {
                    threads.join(
                        || found(&|out| contract_called_investment(claims, clusters, &rates, out)),
                        || found(&|out| tranche_arithmetic(claims, clusters, &rates, threads, out)),
                    )
                },
            );
            [a, b, c, d]
        },
    );
    let more = per_cluster.len() + across.iter().map(Vec::len).sum::<usize>();
    out.reserve_exact(more);
    out.extend(per_cluster);
    out.extend(across.into_iter().flatten());
    // Syndicated copies count once wherever a finding says how many articles agree.
    let min_len = threads.min_len(CLUSTERS_PER_TASK);
    out.par_iter_mut().with_min_len(min_len).for_each(|f| {
        f.sources = clusters.syndication.sources(&f.docs);
        if f.sources < f.docs.len() {
            let copies: Vec<String> = clusters
                .syndication
                .copies_among(&f.docs)
                .into_iter()
                .map(|g| g.into_iter().map(doc_label).collect::<Vec<_>>().join(" = "))
                .collect();
            f.explanation.push_str(&format!(
                " These {} articles are {} independent sources: {} carry the same syndicated text.",
                f.docs.len(),
                f.sources,
                copies.join("; ")
            ));
            if !f.rules.iter().any(|r| r == "syndicated_copies_count_once") {
                f.rules.push("syndicated_copies_count_once".into());
            }
        }
    });
    threads.sort_by(&mut out, report_order);
    out
}

/// Runs `rule` on each group in parallel; their findings are added in the groups' order.
fn each_group<'a, G: Sync + 'a>(
    groups: impl Iterator<Item = &'a G>,
    threads: Threads,
    out: &mut Vec<Finding>,
    rule: impl Fn(&'a G, &mut Vec<Finding>) + Sync,
) {
    let groups: Vec<&G> = groups.collect();
    let found: Vec<Finding> = groups
        .par_iter()
        .with_min_len(threads.min_len(CLUSTERS_PER_TASK))
        .flat_map_iter(|g| {
            let mut out = Vec::new();
            rule(g, &mut out);
            out
        })
        .collect();
    out.extend(found);
}

/// Clusters judged in one task: fewer would cost more in handing out than in judging.
const CLUSTERS_PER_TASK: usize = 64;

/// The order of findings in the reports: kind, severity, story, subject, attribute,
/// investor, id. Findings of each story are contiguous within a kind and severity, so the
/// reports of a corpus can be written story by story.
pub fn report_order(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    fn story(f: &Finding) -> &str {
        f.docs.first().map_or("", |d| story_of(d))
    }
    (a.kind, a.severity)
        .cmp(&(b.kind, b.severity))
        .then_with(|| story(a).cmp(story(b)))
        .then_with(|| {
            (&a.subject, &a.attribute, &a.investor, &a.id).cmp(&(
                &b.subject,
                &b.attribute,
                &b.investor,
                &b.id,
            ))
        })
}

/// Base severity of a disagreement on an attribute.
fn severity_of(attribute: &str) -> Severity {
    match attribute {
        "percentage"
        | "stake_percent"
        | "premium_percent"
        | "contract_term_years"
        | "delivery_date"
        | "deadline_date"
        | "expected_close"
        | "ipo_timing"
        | "compute_capacity_gw"
        | "dividend" => Severity::Medium,
        "exclusivity" | "round_label" | "lead_investor" => Severity::Low,
        _ => Severity::High,
    }
}

fn finding_id(kind: Kind, rules: &[String], claims: &[String]) -> String {
    let kind_s = format!("{kind:?}");
    let mut sorted: Vec<&String> = claims.iter().collect();
    sorted.sort();
    let mut bytes: Vec<&[u8]> = vec![kind_s.as_bytes()];
    bytes.extend(rules.iter().map(|r| r.as_bytes()));
    bytes.extend(sorted.iter().map(|c| c.as_bytes()));
    format!("f{:016x}", stable_hash(&bytes))
}

#[allow(clippy::too_many_arguments)]
fn finding(
    kind: Kind,
    severity: Option<Severity>,
    hedged: bool,
    cl: &Cluster,
    attribute: &str,
    claims: &[&Claim],
    rules: Vec<String>,
    explanation: String,
    arithmetic: Option<String>,
    sides: Vec<Side>,
    clusters: Vec<String>,
) -> Finding {
    let ids: Vec<String> = claims.iter().map(|c| c.id.clone()).collect();
    let docs = doc_set(claims.iter().copied());
    Finding {
        id: finding_id(kind, &rules, &ids),
        kind,
        severity,
        hedged,
        subject: cl.key.subject.clone(),
        attribute: attribute.to_string(),
        investor: cl.key.investor.clone(),
        sources: docs.len(),
        docs: docs.into_iter().collect(),
        claims: ids,
        rules,
        explanation,
        arithmetic,
        computed: None,
        sides,
        clusters,
    }
}

fn ser_opt<S: serde::Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => crate::claim::serialize_decimal(d, s),
        None => s.serialize_none(),
    }
}

/// The attribute most of a cluster's claims carry (a family holds several).
fn main_attribute(members: &[&Claim]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for c in members {
        *counts.entry(&*c.attribute).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map_or_else(String::new, |(a, _)| a.to_string())
}

/// A short, stable label for a document in explanations ("000" for "000_c408….txt").
pub fn doc_label(doc: &str) -> String {
    let name = doc.rsplit('/').next().unwrap_or(doc);
    let stem = name.split('.').next().unwrap_or(name);
    match stem.split_once('_') {
        Some((head, _)) if !head.is_empty() && head.len() <= 4 => head.to_string(),
        _ => stem.chars().take(32).collect(),
    }
}

/// The articles of `claims`, each once, in order.
fn doc_set<'c>(claims: impl IntoIterator<Item = &'c Claim>) -> BTreeSet<String> {
    claims.into_iter().map(|c| c.doc.to_string()).collect()
}

fn docs_list(docs: &BTreeSet<String>) -> String {
    docs.iter()
        .map(|d| doc_label(d))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Formats a figure for people: "$50B", "€1.3B", "2 GW", "30%", "0.14625 shares".
pub fn show_value(v: Decimal, unit: &str) -> String {
    let sym = match unit {
        "USD" => Some("$"),
        "EUR" => Some("€"),
        "GBP" => Some("£"),
        "JPY" => Some("¥"),
        _ => None,
    };
    if is_money(unit) {
        let abs = v.abs();
        let (n, suffix) = if abs >= Decimal::from(1_000_000_000_000u64) {
            (v / Decimal::from(1_000_000_000_000u64), "T")
        } else if abs >= Decimal::from(1_000_000_000u64) {
            (v / Decimal::from(1_000_000_000u64), "B")
        } else if abs >= Decimal::from(1_000_000u64) {
            (v / Decimal::from(1_000_000u64), "M")
        } else {
            (v, "")
        };
        let mut n = n.round_dp(3).normalize();
        // A price in cents is written with both digits: "$23.50 a share", not "$23.5".
        if suffix.is_empty() && n.scale() == 1 {
            n.rescale(2);
        }
        return match sym {
            Some(s) => format!("{s}{n}{suffix}"),
            None => format!("{n}{suffix} {unit}"),
        };
    }
    // (A count of shares for each share, an exchange ratio, is shown to its last digit:
    // "0.14625 shares", "1 share".)
    if unit == "shares" {
        let n = v.normalize();
        return if n == Decimal::ONE {
            "1 share".to_string()
        } else {
            format!("{n} shares")
        };
    }
    let n = v.round_dp(3).normalize();
    match unit {
        "percent" => format!("{n}%"),
        "year" if v > Decimal::from(1800) => n.to_string(),
        "year" => format!("{n} years"),
        _ => format!("{n} {unit}"),
    }
}

fn show_claim(c: &Claim) -> String {
    let Some(v) = c.value.number() else {
        return match &c.value {
            Value::Text(t) => t.clone(),
            Value::Number(_) => String::new(),
        };
    };
    let base = match (c.qualifier, c.range) {
        (Qualifier::Range, Some(r)) => {
            format!("{}–{}", show_value(r.0, &c.unit), show_value(r.1, &c.unit))
        }
        _ => show_value(v, &c.unit),
    };
    match c.qualifier {
        Qualifier::UpTo => format!("up to {base}"),
        Qualifier::AtLeast => format!("at least {base}"),
        Qualifier::Approx => format!("about {base}"),
        _ => base,
    }
}

/// Figures: agreement, single source, contradiction, superseded. An article that writes
/// another dollar ([`Rates::in_other_dollars`]) and disagrees with the others in its dollars
/// but not at its own rate is reconciled (`other_dollars`), its figures then compared at that
/// rate.
pub fn compare_figures(cl: &Cluster, members: &[&Claim], rates: &Rates, out: &mut Vec<Finding>) {
    let converted: Vec<(usize, InOtherDollars)> = members
        .iter()
        .enumerate()
        .filter(|(_, c)| c.stance == Stance::Asserted && c.status == Status::Current)
        .filter_map(|(i, c)| rates.in_other_dollars(c).map(|x| (i, x)))
        .collect();
    if converted.is_empty() {
        return figures_compared(cl, members, rates, out);
    }
    let others: Vec<&Claim> = members
        .iter()
        .copied()
        .filter(|c| {
            c.stance == Stance::Asserted
                && c.status == Status::Current
                && !converted.iter().any(|(_, x)| x.claim.doc == c.doc)
        })
        .collect();
    let as_converted: Vec<&Claim> = converted.iter().map(|(_, x)| &x.claim).collect();
    let as_written: Vec<&Claim> = converted.iter().map(|(i, _)| members[*i]).collect();
    let unit = others.first().map_or("USD", |c| &*c.unit).to_string();
    let holds = |side: &[&Claim]| {
        let all: Vec<&Claim> = others.iter().chain(side).copied().collect();
        envelope_holds(envelope_in(&all, &unit, rates))
    };
    if others.is_empty() || holds(&as_written) || !holds(&as_converted) {
        return figures_compared(cl, members, rates, out);
    }
    let InOtherDollars {
        currency,
        rate,
        usual,
        ..
    } = &converted[0].1;
    let dollars: Vec<String> = dedup(as_written.iter().map(|c| show_claim(c)));
    let in_currency: Vec<String> = dedup(as_converted.iter().map(|c| show_claim(c)));
    let docs = doc_set(as_written.iter().copied());
    let explanation = format!(
        "{} convert{} at {} of {} dollars to one {currency}, where the other articles give {} US dollars: {} dollars are not US dollars. At {} own rate, {} {} {}, which agrees with the others.",
        docs_list(&docs),
        if docs.len() == 1 { "s" } else { "" },
        (Decimal::ONE / rate).round_dp(2).normalize(),
        if docs.len() == 1 { "its" } else { "their" },
        (Decimal::ONE / usual).round_dp(2).normalize(),
        if docs.len() == 1 { "its" } else { "their" },
        if docs.len() == 1 { "its" } else { "their" },
        dollars.join(", "),
        if dollars.len() == 1 { "is" } else { "are" },
        in_currency.join(", "),
    );
    let all: Vec<&Claim> = as_written.iter().chain(&others).copied().collect();
    out.push(finding(
        Kind::Reconciled,
        None,
        false,
        cl,
        &main_attribute(members),
        &all,
        vec!["other_dollars".to_string()],
        explanation,
        None,
        vec![side("other dollars", &as_written), side("others", &others)],
        vec![cl.id.clone()],
    ));
    let members: Vec<&Claim> = members
        .iter()
        .enumerate()
        .map(|(i, c)| {
            converted
                .iter()
                .find(|(j, _)| *j == i)
                .map_or(*c, |(_, x)| &x.claim)
        })
        .collect();
    figures_compared(cl, &members, rates, out)
}

fn figures_compared(cl: &Cluster, members: &[&Claim], rates: &Rates, out: &mut Vec<Finding>) {
    let attribute = main_attribute(members);
    let asserted: Vec<&Claim> = members
        .iter()
        .copied()
        .filter(|c| c.stance == Stance::Asserted)
        .collect();
    let current: Vec<&Claim> = asserted
        .iter()
        .copied()
        .filter(|c| c.status == Status::Current)
        .collect();
    let superseded: Vec<&Claim> = asserted
        .iter()
        .copied()
        .filter(|c| c.status == Status::Superseded)
        .collect();
    let prior: Vec<&Claim> = asserted
        .iter()
        .copied()
        .filter(|c| c.status == Status::Prior)
        .collect();
    let firm: Vec<&Claim> = current.iter().copied().filter(|c| !c.increment).collect();
    let base = if firm.is_empty() {
        current.clone()
    } else {
        firm.clone()
    };
    // Increments that agree with the figures join them; the others add to an earlier figure.
    // (The figures' bounds are put together once, in the unit of the first, and each
    // increment tried against them: trying each with all the figures again would be
    // quadratic in a cluster of many articles.)
    let mut main = base.clone();
    if let Some(first) = base.first().filter(|_| !firm.is_empty()) {
        let unit = first.unit.clone();
        let together = envelope_in(&base, &unit, rates);
        for c in current.iter().filter(|c| c.increment) {
            let with_c =
                bounds_in(c, &unit, rates).map_or(together, |(b, _)| envelope_with(together, b));
            if envelope_holds(with_c) {
                main.push(c);
            }
        }
    }
    // An earlier figure that agrees with the current ones is one more article giving that
    // figure ("the $20.47 a share the government paid" beside "paid $20.47 a share in
    // August"): it joins them, rather than standing alone as a second report of one figure.
    let mut prior = prior;
    if let Some(first) = main.first() {
        let unit = first.unit.clone();
        let together = envelope_in(&main, &unit, rates);
        if together.is_some() && envelope_holds(together) {
            let (agreeing, earlier): (Vec<&Claim>, Vec<&Claim>) = prior.iter().partition(|c| {
                bounds_in(c, &unit, rates)
                    .is_some_and(|(b, _)| envelope_holds(envelope_with(together, b)))
            });
            main.extend(agreeing);
            prior = earlier;
        }
    }
    let judged_from = out.len();
    // Where articles date earlier figures ("raised $1 billion in September"), every figure is
    // placed at its time and those months apart are judged apart: a later round is no
    // contradiction of an earlier one.
    let (main, prior, judged) = match times_apart(&main, &prior) {
        Some((times, undated)) => {
            for t in &times {
                judge_figures(cl, &attribute, t, rates, severity_of(&attribute), out);
            }
            out.extend(change_over_time(cl, &attribute, &times, rates));
            let judged: Vec<&Claim> = times.iter().flatten().copied().collect();
            (times.last().cloned().unwrap_or_default(), undated, judged)
        }
        // A bidder that raises its offer replaces its own earlier price from the day it
        // does: each stretch between raises is judged apart, and the raises are changes.
        None => match raised_epochs(&main, rates) {
            Some(epochs) => {
                let change = raised_offer_change(cl, &attribute, &epochs, rates);
                for e in &epochs {
                    let at = out.len();
                    judge_figures(cl, &attribute, e, rates, severity_of(&attribute), out);
                    // The change lists each stretch's figures with their articles: a stretch
                    // that one article gives is not also "only it reports".
                    if change.is_some() {
                        let judged = out.split_off(at);
                        out.extend(judged.into_iter().filter(|f| f.kind != Kind::SingleSource));
                    }
                }
                out.extend(change);
                let judged: Vec<&Claim> = epochs.iter().flatten().copied().collect();
                (epochs.last().cloned().unwrap_or_default(), prior, judged)
            }
            // Sums reported months apart ("$2 billion" in October; "$2.5 billion" and "about
            // 25 billion dollars" in March) are each time's, judged apart, when judged
            // together they would be one agreement or one contradiction across the times
            // (not when the whole already reads as figures replaced over time).
            None => {
                let mut whole = Vec::new();
                judge_figures(
                    cl,
                    &attribute,
                    &main,
                    rates,
                    severity_of(&attribute),
                    &mut whole,
                );
                let replaced = whole.iter().any(|f| f.kind == Kind::Superseded);
                match changed_months_apart(&main, rates).filter(|_| !replaced) {
                    Some(times) => {
                        for t in &times {
                            judge_figures(cl, &attribute, t, rates, severity_of(&attribute), out);
                        }
                        out.extend(months_apart_change(cl, &attribute, &times));
                        let judged: Vec<&Claim> = times.iter().flatten().copied().collect();
                        (times.last().cloned().unwrap_or_default(), prior, judged)
                    }
                    None => {
                        out.extend(whole);
                        (main.clone(), prior, main)
                    }
                }
            }
        },
    };
    if !prior.is_empty() {
        judge_figures(
            cl,
            &attribute,
            &prior,
            rates,
            severity_of(&attribute).lower(),
            out,
        );
    }
    if !superseded.is_empty() && !main.is_empty() {
        // The current figure: where every article is dated, the latest firm figures.
        let latest = main.iter().filter_map(|c| c.date.as_deref()).max();
        let newest: Vec<&Claim> = match latest {
            Some(l) if main.iter().all(|c| c.date.is_some()) => main
                .iter()
                .copied()
                .filter(|c| c.date.as_deref() == Some(l) && !c.hedged)
                .collect(),
            _ => main.clone(),
        };
        let main = if newest.is_empty() {
            main.clone()
        } else {
            newest
        };
        // An "earlier" figure that agrees with the current one replaced nothing.
        let both: Vec<&Claim> = superseded.iter().chain(&main).copied().collect();
        if envelope_holds(envelope_in(&both, &main[0].unit, rates)) {
            return;
        }
        let old = doc_set(superseded.iter().copied());
        let new = doc_set(main.iter().copied());
        let olds: Vec<String> = dedup(superseded.iter().map(|c| show_claim(c)));
        let news: Vec<String> = dedup(main.iter().map(|c| show_claim(c)));
        // "up from the $197 agreed" in the article that reports the change, beside an
        // earlier article's $197 that a later one replaces by date: one change, one finding.
        if let Some(f) = out[judged_from..]
            .iter_mut()
            .find(|f| f.kind == Kind::Superseded)
            && let Some(earlier) = f.sides.first()
            && {
                let earlier_values: HashSet<String> = judged
                    .iter()
                    .filter(|c| earlier.claims.contains(&c.id))
                    .map(|c| show_claim(c))
                    .collect();
                olds.iter().all(|v| earlier_values.contains(v))
            }
        {
            f.explanation.push_str(&format!(
                " {} itself report{} {} as the earlier figure (\"{}\").",
                docs_list(&old),
                verb_s(old.len()),
                olds.join(", "),
                superseded[0].quote,
            ));
            f.claims.extend(superseded.iter().map(|c| c.id.clone()));
            f.sides[0]
                .claims
                .extend(superseded.iter().map(|c| c.id.clone()));
            let docs: BTreeSet<String> =
                f.docs.iter().cloned().chain(old.iter().cloned()).collect();
            let side_docs: BTreeSet<String> = f.sides[0].docs.iter().cloned().chain(old).collect();
            f.sides[0].docs = side_docs.into_iter().collect();
            f.sources = docs.len();
            f.docs = docs.into_iter().collect();
            f.rules.push("marked_superseded".into());
            f.id = finding_id(f.kind, &f.rules, &f.claims);
            return;
        }
        let explanation = format!(
            "{} report{} {} as an earlier figure (\"{}\"); the current figure is {} ({}).{}",
            docs_list(&old),
            verb_s(old.len()),
            olds.join(", "),
            superseded[0].quote,
            news.join(", "),
            docs_list(&new),
            dates_note(superseded.iter().chain(main.iter()).copied())
        );
        let mut all = superseded.clone();
        all.extend(main.iter().copied());
        let sides = vec![side("earlier", &superseded), side("current", &main)];
        out.push(finding(
            Kind::Superseded,
            None,
            false,
            cl,
            &attribute,
            &all,
            vec!["marked_superseded".into()],
            explanation,
            None,
            sides,
            vec![cl.id.clone()],
        ));
    }
}

fn dedup(it: impl Iterator<Item = String>) -> Vec<String> {
    // Seen values in a set: a search of the list for each would be quadratic in a finding
    // of many different figures.
    let mut seen: HashSet<String> = HashSet::new();
    it.filter(|s| seen.insert(s.clone())).collect()
}

/// The groups (by their place in `groups`) each document's figures fall in.
fn sides_of_documents<'c>(
    groups: &[Vec<(&'c Claim, Bounds)>],
) -> HashMap<&'c str, BTreeSet<usize>> {
    let mut sides: HashMap<&str, BTreeSet<usize>> = HashMap::new();
    for (g, members) in groups.iter().enumerate() {
        for (c, _) in members {
            sides.entry(&*c.doc).or_default().insert(g);
        }
    }
    sides
}

/// The groups are made figure by figure, lowest first, so a document's figures that agree
/// with each other may still land on two sides: "€0.8bn ($0.9bn)" at the document's own
/// rate reaches both "$0.8bn" and "$0.9bn", and joins the first. Such a document takes one
/// position, what its figures allow together: their bounds become that, and the groups are
/// made again (`true`: some bounds were narrowed). A document whose figures allow nothing
/// together speaks of two things, and stays on both sides. `sides_of`: each document's
/// groups ([`sides_of_documents`]).
fn one_position_per_document(
    sides_of: &HashMap<&str, BTreeSet<usize>>,
    comparable: &mut [(&Claim, Bounds)],
) -> bool {
    // Most clusters agree: one group, no document on two sides.
    if sides_of.values().all(|s| s.len() < 2) {
        return false;
    }
    // The figures of each document on two sides or more, by their place in `comparable`
    // (one pass: a cluster may hold thousands of documents).
    let mut split: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (c, _)) in comparable.iter().enumerate() {
        if sides_of.get(&*c.doc).is_some_and(|s| s.len() >= 2) {
            split.entry(&*c.doc).or_default().push(i);
        }
    }
    let mut narrowed_any = false;
    for figures in split.values() {
        let envelope = figures
            .iter()
            .fold(None, |e, &i| envelope_with(e, comparable[i].1));
        if let Some(position) = envelope.filter(|_| envelope_holds(envelope)) {
            for &i in figures {
                comparable[i].1 = position;
            }
            narrowed_any = true;
        }
    }
    narrowed_any
}

/// Where two sides of a disagreement are figures one step apart at the precision they are
/// written ("$0.5 billion" and "$0.6 billion"), whose reaches meet without sharing a value
/// (see [`bounds`]), says so: at a glance they may look as if they allowed each other. The
/// figures named are of one unit, the one that ends the lower side's reach and the one that
/// starts the upper side's, each by its own bounds.
fn one_step_note(sides: &[Vec<(&Claim, Bounds)>]) -> String {
    // The open end of a reach is a billionth of its half step below where the next reach
    // starts: a gap a millionth of the figures or less.
    let meets = |high: Decimal, low: Decimal| {
        let gap = low - high;
        gap > Decimal::ZERO && gap * Decimal::from(1_000_000) <= low.abs()
    };
    let mut reaches: Vec<(Bounds, &[(&Claim, Bounds)])> = sides
        .iter()
        .filter_map(|s| {
            Some((
                s.iter().fold(None, |e, (_, b)| envelope_with(e, *b))?,
                &s[..],
            ))
        })
        .collect();
    reaches.sort_by_key(|r| r.0.0);
    let mut meeting: Vec<String> = Vec::new();
    for w in reaches.windows(2) {
        let ((lower, below), (upper, above)) = (w[0], w[1]);
        if !lower.1.is_some_and(|high| meets(high, upper.0)) {
            continue;
        }
        let units: BTreeSet<&str> = below.iter().map(|(c, _)| &*c.unit).collect();
        let pair = units.into_iter().find_map(|unit| {
            let x = own_bounds(below, unit)
                .into_iter()
                .filter(|(_, b)| b.1.is_some())
                .min_by_key(|(_, b)| b.1)?;
            let y = own_bounds(above, unit)
                .into_iter()
                .max_by_key(|(_, b)| b.0)?;
            meets(x.1.1?, y.1.0).then(|| format!("{} and {}", show_claim(x.0), show_claim(y.0)))
        });
        meeting.extend(pair);
    }
    if meeting.is_empty() {
        return String::new();
    }
    format!(
        " {} are one step apart as written: no value rounds to both.",
        meeting.join("; ")
    )
}

/// The figures of a side in `unit`, with their own bounds (a side's may be narrowed to what
/// its document allows: see [`one_position_per_document`]).
fn own_bounds<'c>(side: &[(&'c Claim, Bounds)], unit: &str) -> Vec<(&'c Claim, Bounds)> {
    side.iter()
        .filter(|(c, _)| c.unit == unit)
        .filter_map(|(c, _)| Some((*c, bounds(c)?.0)))
        .collect()
}

/// When articles' dates are known, says which came first.
fn dates_note<'a>(claims: impl Iterator<Item = &'a Claim>) -> String {
    let mut dated: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for c in claims {
        if let Some(d) = &c.date {
            dated
                .entry(d.to_string())
                .or_default()
                .insert(doc_label(&c.doc));
        }
    }
    if dated.len() < 2 {
        return String::new();
    }
    let (first, firsts) = dated.iter().next().expect("two dates");
    let (last, lasts) = dated.iter().next_back().expect("two dates");
    format!(
        " By date, {} ({first}) came first and {} ({last}) last.",
        firsts.iter().cloned().collect::<Vec<_>>().join(", "),
        lasts.iter().cloned().collect::<Vec<_>>().join(", ")
    )
}

fn side(label: &str, claims: &[&Claim]) -> Side {
    let docs = doc_set(claims.iter().copied());
    Side {
        label: label.to_string(),
        claims: claims.iter().map(|c| c.id.clone()).collect(),
        docs: docs.into_iter().collect(),
        hedged: !claims.is_empty() && claims.iter().all(|c| c.hedged),
    }
}

/// A figure rounded from another article's rounding: "86%" and "87%" are one step apart as
/// written, but where a third article writes "86.5%", "87%" may be that figure rounded again
/// (86.45 to 86.5, then half up to 87). An exact figure of `comparable` that a finer exact one
/// rounds to at its own step reaches down to the values of that finer one: both where
/// figures are judged (only where they would disagree) and where arithmetic takes what they
/// agree on ([`agreed`]). Returns each figure whose reach grew with the finer one it reached.
fn rounded_twice<'c>(
    comparable: &mut [(&'c Claim, Bounds)],
    unit: &str,
) -> Vec<(&'c Claim, &'c Claim)> {
    let exact = |c: &Claim| {
        c.step
            .filter(|s| c.qualifier == Qualifier::Exact && c.unit == unit && *s > Decimal::ZERO)
            .zip(c.value.number())
    };
    // Each exact figure once, by value, then step, with a claim that writes it.
    let mut figures: BTreeMap<Decimal, BTreeMap<Decimal, &'c Claim>> = BTreeMap::new();
    for (c, _) in comparable.iter() {
        if let Some((step, v)) = exact(c) {
            figures.entry(v).or_default().entry(step).or_insert(*c);
        }
    }
    // The finer figures that round half up to a value at a step are those from half a step
    // below it up to half a step above (looked up once for each value and step).
    let mut reach: BTreeMap<(Decimal, Decimal), Option<(Decimal, &'c Claim)>> = BTreeMap::new();
    let mut grown = Vec::new();
    for (c, b) in comparable.iter_mut() {
        let Some((step, v)) = exact(c) else {
            continue;
        };
        let half = step / Decimal::TWO;
        let found = *reach.entry((step, v)).or_insert_with(|| {
            figures
                .range(v - half..v + half)
                .flat_map(|(f, steps)| steps.range(..step).map(move |(s, finer)| (*f, *s, *finer)))
                .map(|(f, s, finer)| (f - s / Decimal::TWO, finer))
                .min_by_key(|(lo, _)| *lo)
        });
        let Some((lo, finer)) = found.filter(|(lo, _)| *lo < b.0) else {
            continue;
        };
        b.0 = lo;
        grown.push((*c, finer));
    }
    grown
}

/// "Up to X" reaches down to nothing ([`bounds`]): a figure paid so far agrees with the cap.
/// But two caps of one thing that differ ("up to $20 billion more", "up to $200 billion
/// more") disagree: when the "up to" figures of `comparable` do not share a point at the
/// precision they are written, each is its cap alone (`up_to_caps_differ`), both where
/// figures are judged and where arithmetic takes what they agree on ([`agreed`]). Returns
/// whether they were narrowed.
fn caps_differ(comparable: &mut [(&Claim, Bounds)], unit: &str, rates: &Rates) -> bool {
    let cap = |c: &Claim| {
        let v = c.value.number()?;
        let half = c.step.unwrap_or(Decimal::ZERO) / Decimal::TWO;
        let rate = rates.rate(&c.unit, unit)?;
        Some(scale_bounds(as_written(v, half), rate))
    };
    let caps: Vec<Bounds> = comparable
        .iter()
        .filter(|(c, _)| c.qualifier == Qualifier::UpTo)
        .filter_map(|(c, _)| cap(c))
        .collect();
    // ("up to $20bn" beside "up to $19.4 billion": a cap rounded, within 5 %, is the same cap.)
    let rounded: Vec<Bounds> = caps
        .iter()
        .map(|&(lo, hi)| {
            let reach = hi.unwrap_or(lo).abs() * Decimal::new(5, 2);
            (lo - reach, hi.map(|h| h + reach))
        })
        .collect();
    if caps.len() < 2 || overlap(&rounded) {
        return false;
    }
    for (c, b) in comparable.iter_mut() {
        if c.qualifier == Qualifier::UpTo
            && let Some(narrow) = cap(c)
        {
            *b = narrow;
        }
    }
    true
}

/// Bounds of a claim in a target currency, if it can be put there.
fn bounds_in(c: &Claim, unit: &str, rates: &Rates) -> Option<(Bounds, &'static str)> {
    let (b, rule) = bounds(c)?;
    let rate = rates.rate(&c.unit, unit)?;
    Some((scale_bounds(b, rate), rule))
}

/// The unit most claims use; claims in other currencies join it through a stated rate.
fn common_unit(claims: &[&Claim]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for c in claims {
        *counts.entry(&*c.unit).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map_or_else(String::new, |(u, _)| u.to_string())
}

fn judge_figures(
    cl: &Cluster,
    attribute: &str,
    claims: &[&Claim],
    rates: &Rates,
    base: Severity,
    out: &mut Vec<Finding>,
) {
    if claims.is_empty() {
        return;
    }
    // Figures in currencies no stated rate joins are judged apart, each listed beside the others.
    let unit = common_unit(claims);
    let (joined, apart): (Vec<&Claim>, Vec<&Claim>) = claims
        .iter()
        .partition(|c| rates.rate(&c.unit, &unit).is_some());
    if !apart.is_empty() {
        judge_in_unit(cl, attribute, &joined, &apart, rates, base, out);
        let mut rest: Vec<&Claim> = apart;
        while let Some(first) = rest.first() {
            let u = first.unit.clone();
            let (same, other): (Vec<&Claim>, Vec<&Claim>) =
                rest.iter().partition(|c| rates.rate(&c.unit, &u).is_some());
            let beside: Vec<&Claim> = claims
                .iter()
                .copied()
                .filter(|c| rates.rate(&c.unit, &u).is_none())
                .collect();
            judge_in_unit(cl, attribute, &same, &beside, rates, base, out);
            rest = other;
        }
        return;
    }
    judge_in_unit(cl, attribute, claims, &[], rates, base, out);
}

/// Money is counted in an ISO 4217 code ("USD"); other units are words ("percent", "GW").
fn is_money(unit: &str) -> bool {
    unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())
}

/// `c` is one of `parts` (the same claim, not an equal one).
fn is_one_of(c: &Claim, parts: &[&Claim]) -> bool {
    parts.iter().any(|p| std::ptr::eq(*p, c))
}

/// A document that gives a total and the parts it is made of ("$5.25 billion of debt: a $2.5
/// billion revolving facility and a $2.75 billion term loan") says one figure: its parts are
/// no positions of their own. Returns the claims that are such parts: in a document with three
/// or more exact sums of money in one currency, those that sum to its largest (percentages of
/// different things may add up by chance).
fn parts_of_a_total<'c>(claims: &[&'c Claim]) -> Vec<&'c Claim> {
    let mut by_doc: BTreeMap<&str, Vec<&'c Claim>> = BTreeMap::new();
    for c in claims {
        if is_money(&c.unit) && c.value.number().is_some() {
            by_doc.entry(&*c.doc).or_default().push(c);
        }
    }
    let mut parts = Vec::new();
    for cs in by_doc.values().filter(|cs| cs.len() >= 3) {
        // (The total may be a cap, "up to $22.50 per share", of exact parts: "$5 per share
        // upon ..., $7 per share if ... and $10.50 per share if ...".)
        let Some(total) = cs.iter().filter_map(|c| c.value.number()).max() else {
            continue;
        };
        let mut values: Vec<Decimal> = cs
            .iter()
            .filter(|c| c.qualifier == Qualifier::Exact)
            .filter_map(|c| c.value.number())
            .filter(|v| *v != total)
            .collect();
        values.sort_unstable();
        values.dedup();
        let one_unit = cs.iter().all(|c| c.unit == cs[0].unit);
        if one_unit && values.len() >= 2 && values.iter().sum::<Decimal>() == total {
            parts
                .extend(cs.iter().filter(|c| {
                    c.qualifier == Qualifier::Exact && c.value.number() != Some(total)
                }));
        }
    }
    parts
}

/// A document that gives, in one sentence, two or more exact sums that add up to a figure
/// another document gives as one ("a $1.5 billion termination fee plus an $8.5 billion
/// deferred services fee" beside "a $10 billion breakup fee"): the parts of that figure, not
/// figures of their own. Returns each such document's parts with their sum, by document;
/// documents that give the sum themselves, or whose figures are already parts of their own
/// total (`own_parts`), are left alone.
fn parts_of_anothers_total<'c>(
    claims: &[&'c Claim],
    own_parts: &[&'c Claim],
) -> Vec<(Vec<&'c Claim>, Decimal)> {
    let exact = |c: &&&Claim| {
        is_money(&c.unit) && c.qualifier == Qualifier::Exact && c.value.number().is_some()
    };
    let mut by_doc: BTreeMap<&str, Vec<&'c Claim>> = BTreeMap::new();
    for c in claims.iter().filter(exact) {
        by_doc.entry(&*c.doc).or_default().push(c);
    }
    // Each figure's unit and value with the documents that give it (two are enough to tell
    // whether one other than a given document does): looked up once a document, not by a
    // scan of every claim.
    let mut givers: HashMap<(&str, Decimal), Vec<&str>> = HashMap::new();
    for c in claims {
        if let Some(v) = c.value.number() {
            let docs = givers.entry((&*c.unit, v)).or_default();
            if docs.len() < 2 && !docs.contains(&&*c.doc) {
                docs.push(&*c.doc);
            }
        }
    }
    let mut found = Vec::new();
    for (doc, cs) in &by_doc {
        if cs.iter().any(|c| is_one_of(c, own_parts))
            || cs
                .iter()
                .any(|c| c.unit != cs[0].unit || c.sentence != cs[0].sentence)
        {
            continue;
        }
        let mut values: Vec<Decimal> = cs.iter().filter_map(|c| c.value.number()).collect();
        values.sort_unstable();
        values.dedup();
        if values.len() < 2 {
            continue;
        }
        let sum: Decimal = values.iter().sum();
        // (The whole as another article gives it, in any qualifier: "up to $20.65".)
        let stated_elsewhere = givers
            .get(&(&*cs[0].unit, sum))
            .is_some_and(|docs| docs.iter().any(|d| d != doc));
        if stated_elsewhere {
            found.push((cs.clone(), sum));
        }
    }
    found
}

/// Says which figures were taken as parts of a document's total ([`parts_of_a_total`]).
fn parts_note(parts: &[&Claim], claims: &[&Claim]) -> String {
    let mut note = String::new();
    for d in doc_set(parts.iter().copied()) {
        let of_doc = |c: &&&Claim| *c.doc == *d;
        let own = dedup(parts.iter().filter(of_doc).map(|c| show_claim(c)));
        let total = dedup(
            claims
                .iter()
                .filter(of_doc)
                .filter(|c| !is_one_of(c, parts))
                .map(|c| show_claim(c)),
        );
        note.push_str(&format!(
            " {} gives {} as parts of its {}.",
            doc_label(&d),
            own.join(" and "),
            total.join(", ")
        ));
    }
    note
}

fn judge_in_unit(
    cl: &Cluster,
    attribute: &str,
    claims: &[&Claim],
    beside: &[&Claim],
    rates: &Rates,
    base: Severity,
    out: &mut Vec<Finding>,
) {
    if claims.is_empty() {
        return;
    }
    let unit = common_unit(claims);
    let mut rules: BTreeSet<String> = BTreeSet::new();
    let mut comparable: Vec<(&Claim, Bounds)> = Vec::new();
    let mut apart: Vec<&Claim> = Vec::new();
    let own_parts = parts_of_a_total(claims);
    let summed = parts_of_anothers_total(claims, &own_parts);
    let mut parts = own_parts.clone();
    for (cs, _) in &summed {
        parts.extend(cs.iter().copied());
    }
    for c in claims {
        if is_one_of(c, &parts) {
            continue;
        }
        match bounds_in(c, &unit, rates) {
            Some((b, rule)) => {
                rules.insert(rule.to_string());
                if c.unit != unit {
                    rules.insert("stated_rate".to_string());
                }
                comparable.push((c, b));
            }
            None => apart.push(c),
        }
    }
    if caps_differ(&mut comparable, &unit, rates) {
        rules.insert("up_to_caps_differ".to_string());
    }
    apart.extend(beside.iter().copied());
    if !apart.is_empty() {
        rules.insert("different_currency".to_string());
    }
    let mut groups = group_consistent(&comparable);
    // (Only where figures would disagree is a figure read as rounded twice.)
    let mut twice_notes = Vec::new();
    if groups.len() >= 2 {
        let mut twice = comparable.clone();
        let grown = rounded_twice(&mut twice, &unit);
        if !grown.is_empty() {
            let fewer = group_consistent(&twice);
            if fewer.len() < groups.len() {
                comparable = twice;
                groups = fewer;
                rules.insert("rounded_twice".to_string());
                twice_notes = dedup(grown.iter().map(|(c, finer)| {
                    format!(
                        "{} ({}) may be {} ({}) rounded again.",
                        show_claim(c),
                        doc_label(&c.doc),
                        show_claim(finer),
                        doc_label(&finer.doc)
                    )
                }));
                twice_notes.sort();
            }
        }
    }
    let mut doc_sides = sides_of_documents(&groups);
    if one_position_per_document(&doc_sides, &mut comparable) {
        groups = group_consistent(&comparable);
        doc_sides = sides_of_documents(&groups);
    }
    // A document on more than one side contradicts itself, or speaks of two things: it does
    // not count as a side of a disagreement between articles.
    let sides: Vec<Vec<(&Claim, Bounds)>> = groups
        .iter()
        .map(|g| {
            g.iter()
                .filter(|(c, _)| doc_sides[&*c.doc].len() == 1)
                .copied()
                .collect::<Vec<_>>()
        })
        .filter(|g: &Vec<(&Claim, Bounds)>| !g.is_empty())
        .collect();
    // "percentage" holds every percentage no more specific attribute took: growth, market
    // shares, price moves, job cuts. Different percentages of one company are neither a
    // disagreement nor an agreement: only figures that agree with each other in two articles
    // or more are reported, each such group on its own (one article's percentages stay
    // together, what only it reports). So are market values, which move from day to day.
    if matches!(attribute, "percentage" | "market_value")
        && groups.len() >= 2
        && doc_set(claims.iter().copied()).len() >= 2
    {
        for g in &groups {
            let cs: Vec<&Claim> = g.iter().map(|(c, _)| *c).collect();
            if cs.len() < claims.len() && doc_set(cs.iter().copied()).len() >= 2 {
                judge_in_unit(cl, attribute, &cs, &[], rates, base, out);
            }
        }
        return;
    }
    let mut parts_note = parts_note(&own_parts, claims);
    for note in &twice_notes {
        parts_note.push(' ');
        parts_note.push_str(note);
    }
    for (cs, sum) in &summed {
        parts_note.push_str(&format!(
            " {} gives {} as the parts of one sum, {}.",
            doc_label(&cs[0].doc),
            dedup(cs.iter().map(|c| show_claim(c))).join(" and "),
            show_value(*sum, &unit),
        ));
    }
    if !summed.is_empty() {
        let mut wholes: HashMap<Decimal, Vec<&Claim>> = HashMap::new();
        for (c, _) in &comparable {
            if let Some(v) = c.value.number().filter(|_| c.unit == unit) {
                wholes.entry(v).or_default().push(c);
            }
        }
        for (cs, sum) in &summed {
            let whole = wholes.get(sum).map_or(&[][..], Vec::as_slice);
            reconcile_parts(cl, attribute, cs, *sum, whole, &unit, out);
        }
    }
    let apart_note = if apart.is_empty() {
        parts_note
    } else {
        format!(
            "{parts_note} Listed beside them, not compared (no exchange rate stated in the corpus): {}.",
            dedup(
                apart
                    .iter()
                    .map(|c| format!("{} ({})", show_claim(c), doc_label(&c.doc)))
            )
            .join(", ")
        )
    };
    let rules_v: Vec<String> = rules.into_iter().collect();
    if sides.len() >= 2
        && attribute == "cumulative_total"
        && let Some(f) = running_total(cl, attribute, &sides)
    {
        out.push(f);
        return;
    }
    if sides.len() >= 2
        && let Some(f) = overtaken(cl, attribute, &sides)
    {
        out.push(f);
        return;
    }
    if sides.len() >= 2 {
        // Firm claims alone: does the disagreement stand without the hedged ones?
        let firm_sides = sides
            .iter()
            .filter(|s| s.iter().any(|(c, _)| !c.hedged))
            .count();
        let firm_conflict = {
            let firm: Vec<(&Claim, Bounds)> = sides
                .iter()
                .flatten()
                .filter(|(c, _)| !c.hedged)
                .copied()
                .collect();
            group_consistent(&firm).len() >= 2 && firm_sides >= 2
        };
        let hedged = !firm_conflict;
        let mut severity = if hedged { base.lower() } else { base };
        let mut rules_v = rules_v;
        if hedged {
            rules_v.push("hedged_lowers_severity".into());
        }
        // "roughly $500 million" beside "$520 million": an "about" figure that misses the
        // others by less than 5 % is loose wording, not another figure (`approx_near_miss`);
        // only where one side alone is "about" (two rough figures may be two figures).
        let near_miss = sides
            .iter()
            .filter(|s| s.iter().any(|(c, _)| c.qualifier == Qualifier::Approx))
            .count()
            == 1
            && overlap(
                &sides
                    .iter()
                    .flatten()
                    .map(|(c, b)| loosened(c, *b))
                    .collect::<Vec<_>>(),
            );
        if near_miss {
            severity = Severity::Low;
            rules_v.push("approx_near_miss".into());
        }
        // "$54.5 billion on a fully diluted basis" beside "about $52 billion, based on the
        // shares outstanding": valuations that count different shares differ without
        // contradicting (`share_basis_differs`, low), and the finding says which count which.
        let diluted = |c: &Claim| {
            let t = c.context.to_lowercase();
            FULLY_DILUTED_CUES.iter().any(|cue| t.contains(cue))
        };
        // (Read only for valuations, as the mix below only for prices a share: most
        // contradictions are neither.)
        let diluted_sides: Vec<bool> = if attribute.starts_with("valuation") {
            sides
                .iter()
                .map(|s| s.iter().any(|(c, _)| diluted(c)))
                .collect()
        } else {
            Vec::new()
        };
        let basis_differs = diluted_sides.iter().any(|&d| d) && diluted_sides.iter().any(|&d| !d);
        // "the equivalent of $138.23 for each VMware share" beside "$142.50 in cash or 0.2520 of
        // a Broadcom share": the value of the mix of cash and shares, and the cash offered.
        // (The cue ends at most a few words before the figure's quote; ASCII lower case keeps
        // every byte where it was.)
        let blended_at = |c: &Claim| {
            let lower = c.context.to_ascii_lowercase();
            let q = c.context.find(&*c.quote)?;
            BLENDED_VALUE_CUES
                .iter()
                .filter_map(|cue| {
                    let p = lower[..q].rfind(cue)?;
                    (q - (p + cue.len()) <= 12).then_some(p)
                })
                .max()
        };
        let blended = |c: &Claim| blended_at(c).is_some();
        let blended_sides: Vec<bool> = if attribute == "price_per_share" {
            sides
                .iter()
                .map(|s| s.iter().all(|(c, _)| blended(c)))
                .collect()
        } else {
            Vec::new()
        };
        let mix_differs = !basis_differs
            && blended_sides.iter().any(|&b| b)
            && sides
                .iter()
                .zip(&blended_sides)
                .any(|(s, &b)| !b && s.iter().all(|(c, _)| !blended(c)));
        // "$21.01 per share based on Acme's closing price on October 31" beside "$19.25 per
        // share": a price paid in shares is worth what they trade at, and a figure of another
        // day differs from it (`market_basis_differs`, one severity lower).
        // (Each claim's basis, read once: by side.)
        let bases: Vec<Vec<(&Claim, Option<&str>)>> =
            if matches!(attribute, "price_per_share" | "acquisition_price") {
                sides
                    .iter()
                    .map(|s| {
                        s.iter()
                            .map(|(c, _)| (*c, market_basis(&c.context)))
                            .collect()
                    })
                    .collect()
            } else {
                Vec::new()
            };
        let based = |s: &Vec<(&Claim, Option<&str>)>| s.iter().any(|(_, b)| b.is_some());
        let market_differs = bases.iter().any(based) && !bases.iter().all(based);
        // A basis that tells the figures apart: low severity, the basis, not loose rounding.
        let basis = if mix_differs {
            let on_mix: Vec<&Claim> = sides
                .iter()
                .zip(&blended_sides)
                .filter(|(_, b)| **b)
                .flat_map(|(s, _)| s.iter().map(|(c, _)| *c))
                .collect();
            let d = doc_set(on_mix.iter().copied());
            // The quote from the cue that tells the measure: "the equivalent of $138.23 for
            // each Corvex share".
            let c = on_mix[0];
            let shown = blended_at(c)
                .zip(c.context.find(&*c.quote))
                .and_then(|(p, q)| c.context.get(p..q + c.quote.len()))
                .unwrap_or(&c.quote);
            let note = format!(
                " {} give{} what the mix of cash and shares is worth a share (\"{shown}\"), the others the price as offered: two measures of one price, low severity.",
                docs_list(&d),
                verb_s(d.len()),
            );
            Some(("mix_value_differs", note))
        } else if basis_differs {
            let on_diluted: Vec<&Claim> = sides
                .iter()
                .flatten()
                .map(|(c, _)| *c)
                .filter(|c| diluted(c))
                .collect();
            let d = doc_set(on_diluted.iter().copied());
            let note = format!(
                " {} count{} the shares on a fully diluted basis, the others do not say so: valuations of different share counts differ, low severity.",
                docs_list(&d),
                verb_s(d.len()),
            );
            Some(("share_basis_differs", note))
        } else if market_differs {
            let on_market = bases.iter().flatten().filter(|(_, b)| b.is_some());
            let d = doc_set(on_market.clone().map(|(c, _)| *c));
            let shown = on_market.filter_map(|(_, b)| *b).next().unwrap_or_default();
            let note = format!(
                " {} give{} the figure at a market price of shares (\"{shown}\"): a price paid in shares is worth what they trade at, and a figure of another day may differ from it; one severity lower.",
                docs_list(&d),
                verb_s(d.len()),
            );
            Some(("market_basis_differs", note))
        } else {
            None
        };
        let basis_note = match basis {
            Some(("market_basis_differs", note)) => {
                severity = severity.lower();
                rules_v.push("market_basis_differs".into());
                note
            }
            Some((rule, note)) => {
                severity = Severity::Low;
                rules_v.retain(|r| r != "approx_near_miss");
                rules_v.push(rule.into());
                note
            }
            None => String::new(),
        };
        let parts: Vec<String> = sides
            .iter()
            .map(|s| {
                let ds = doc_set(s.iter().map(|(c, _)| *c));
                let vals = dedup(s.iter().map(|(c, _)| show_claim(c)));
                format!(
                    "{} ({}{})",
                    vals.join(" / "),
                    docs_list(&ds),
                    if s.iter().all(|(c, _)| c.hedged) {
                        ", hedged"
                    } else {
                        ""
                    }
                )
            })
            .collect();
        let all: Vec<&Claim> = sides.iter().flatten().map(|(c, _)| *c).collect();
        let explanation = format!(
            "The articles disagree on {} of {}: {}. These figures do not overlap even allowing for qualifiers and stated precision.{basis_note}{}{}{}{}{}",
            shown_attribute(attribute, cl),
            who(cl),
            parts.join(" vs "),
            if near_miss && !basis_differs && !mix_differs {
                " The \"about\" figure misses the others by less than 5 %: loose rounding, low severity."
            } else {
                ""
            },
            if rules_v.iter().any(|r| r == "up_to_caps_differ") {
                " The \"up to\" figures state different caps, so each is read as its cap."
            } else {
                ""
            },
            one_step_note(&sides),
            dates_note(all.iter().copied()),
            apart_note
        );
        let side_v: Vec<Side> = sides
            .iter()
            .map(|s| {
                let cs: Vec<&Claim> = s.iter().map(|(c, _)| *c).collect();
                side(&dedup(cs.iter().map(|c| show_claim(c))).join(" / "), &cs)
            })
            .collect();
        out.push(finding(
            Kind::Contradiction,
            Some(severity),
            hedged,
            cl,
            attribute,
            &all,
            rules_v,
            explanation,
            None,
            side_v,
            vec![cl.id.clone()],
        ));
        return;
    }
    // A document whose figures fall on two sides is no side of its own (above): where only
    // one side is left, the others agree, and the report says who was set aside and why.
    // Parts of a document's total are shown in the note on them, not as figures.
    let set_aside: Vec<&Claim> = if groups.len() >= 2 && sides.len() == 1 {
        comparable
            .iter()
            .filter(|(c, _)| doc_sides[&*c.doc].len() > 1)
            .map(|(c, _)| *c)
            .collect()
    } else {
        Vec::new()
    };
    let (shown, aside_note): (Vec<&Claim>, String) = if set_aside.is_empty() {
        let shown = claims
            .iter()
            .filter(|c| !is_one_of(c, &parts))
            .copied()
            .collect();
        (shown, String::new())
    } else {
        let shown = sides[0]
            .iter()
            .map(|(c, _)| *c)
            .chain(apart.iter().copied())
            .collect();
        let note = format!(
            " {} gives figures that do not agree with each other ({}), so it takes no side.",
            docs_list(&doc_set(set_aside.iter().copied())),
            dedup(set_aside.iter().map(|c| show_claim(c))).join(", ")
        );
        (shown, note)
    };
    let docs = doc_set(shown.iter().copied());
    let values = dedup(shown.iter().map(|c| show_claim(c)));
    let (kind, explanation) = if docs.len() == 1 {
        (
            Kind::SingleSource,
            format!(
                "Only {} reports {} of {}: {}.{aside_note}{apart_note}",
                docs_list(&docs),
                shown_attribute(attribute, cl),
                who(cl),
                values.join(", "),
            ),
        )
    } else if values.len() == 1 {
        (
            Kind::Agreement,
            format!(
                "{} articles ({}) agree on {} of {}: {}.{aside_note}{apart_note}",
                docs.len(),
                docs_list(&docs),
                shown_attribute(attribute, cl),
                who(cl),
                values[0],
            ),
        )
    } else {
        (
            Kind::Agreement,
            format!(
                "{} articles ({}) agree on {} of {}: {} are consistent ({}).{aside_note}{apart_note}",
                docs.len(),
                docs_list(&docs),
                shown_attribute(attribute, cl),
                who(cl),
                values.join(", "),
                rule_words(&rules_v),
            ),
        )
    };
    out.push(finding(
        kind,
        None,
        false,
        cl,
        attribute,
        claims,
        rules_v,
        explanation,
        None,
        vec![side(&values.join(" / "), &shown)],
        vec![cl.id.clone()],
    ));
}

/// The finding that a document's parts ([`parts_of_anothers_total`]) add up to the figure
/// other documents give: reconciled, with the sum written out.
/// `whole`: the compared claims that give the sum as one figure.
fn reconcile_parts(
    cl: &Cluster,
    attribute: &str,
    parts: &[&Claim],
    sum: Decimal,
    whole: &[&Claim],
    unit: &str,
    out: &mut Vec<Finding>,
) {
    if whole.is_empty() {
        return;
    }
    let shown: Vec<String> = dedup(parts.iter().map(|c| show_claim(c)));
    let arithmetic = format!("{} = {}", shown.join(" + "), show_value(sum, unit));
    let explanation = format!(
        "{} gives the {} of {} in parts ({}); {} give{} it as one figure: {arithmetic}. The parts add up to the whole.",
        doc_label(&parts[0].doc),
        shown_attribute(attribute, cl),
        who(cl),
        parts
            .iter()
            .map(|c| format!("\"{}\"", c.quote))
            .collect::<Vec<_>>()
            .join(", "),
        docs_list(&doc_set(whole.iter().copied())),
        verb_s(doc_set(whole.iter().copied()).len()),
    );
    let mut all: Vec<&Claim> = parts.to_vec();
    all.extend(whole.iter().copied());
    out.push(finding(
        Kind::Reconciled,
        None,
        false,
        cl,
        attribute,
        &all,
        vec!["parts_sum_to_total".into()],
        explanation,
        Some(arithmetic),
        vec![side("parts", parts), side("whole", whole)],
        vec![cl.id.clone()],
    ));
}

fn rule_words(rules: &[String]) -> String {
    let words: Vec<&str> = rules
        .iter()
        .filter_map(|r| match r.as_str() {
            "stated_precision" => Some("exact figures agree at the precision they are written"),
            "approx_2pct" => Some("\"about\" allows 2 %"),
            "up_to_bound" => Some("\"up to X\" allows X"),
            "up_to_caps_differ" => Some("\"up to\" figures that state different caps disagree"),
            "at_least_bound" => Some("\"more than X\" allows any larger figure"),
            "range_overlap" => Some("ranges overlap"),
            "stated_rate" => Some("converted at the rate an article states"),
            _ => None,
        })
        .collect();
    words.join("; ")
}

/// Names what a cluster is about: "Amazon's money in OpenAI", a fee's payer ("the Wiz deal,
/// paid by Alphabet"), or the subject.
fn who(cl: &Cluster) -> String {
    match &cl.key.investor {
        Some(i) if cl.key.attribute == "termination_fee" => {
            format!("the {} deal, paid by {}", cl.key.subject, i)
        }
        Some(i) => format!("{}'s money in {}", i, cl.key.subject),
        // (A fee keyed by no investor is the target's to pay.)
        None if cl.key.attribute == "termination_fee" => {
            format!("the {0} deal, paid by {0}", cl.key.subject)
        }
        None if cl.key.attribute == "divestiture_price" => {
            format!("the assets sold to {}", cl.key.subject)
        }
        None => cl.key.subject.clone(),
    }
}

/// Words that give a valuation on a fully diluted count of shares (options and awards
/// included), which a plain count of the shares outstanding does not match.
const FULLY_DILUTED_CUES: &[&str] = &["fully diluted", "fully-diluted"];

/// Words that give a price a share as what a mix of cash and shares is worth ("the equivalent
/// of $138.23 for each share", "works out to about $138 a share"), beside the cash offered for
/// each share: two measures of one price.
const BLENDED_VALUE_CUES: &[&str] = &[
    "equivalent of",
    "works out to",
    "work out to",
    "worked out to",
    "blended",
];

/// An attribute as the findings name it: its words, and the part of the thing its figures
/// cover when the cluster's scope says so ("price per share (cash part)").
fn shown_attribute(attribute: &str, cl: &Cluster) -> String {
    let words = attribute.replace('_', " ");
    match cl.key.scope.as_deref() {
        Some(scope) if scope != "separate" => format!("{words} ({scope})"),
        _ => words,
    }
}

/// Words that give a figure at a market price of shares ("based on Acme's closing price on
/// October 31", "based on Friday's close"): what a price paid in shares is worth that day.
const MARKET_BASIS_CUES: &[&str] = &[
    "closing price",
    "closing share price",
    "closing stock price",
    "'s close",
];

/// The words of `context` that give its figure at a market price of shares
/// ([`MARKET_BASIS_CUES`]): from "based on" (when it stands at most 40 bytes before the cue)
/// or the cue to the next comma or full stop.
fn market_basis(context: &str) -> Option<&str> {
    let lower = context.to_ascii_lowercase();
    // (A cue ends a word: "'s close" is not "'s closely".)
    let at = MARKET_BASIS_CUES
        .iter()
        .filter_map(|c| {
            lower
                .match_indices(c)
                .map(|(i, _)| i)
                .find(|&i| !lower[i + c.len()..].starts_with(|ch: char| ch.is_ascii_alphabetic()))
        })
        .min()?;
    let start = lower[..at]
        .rfind("based on")
        .filter(|&b| at - b <= 40)
        .unwrap_or(at);
    // (A full stop ends it only before a space or the end: not "$119.71".)
    let end = lower[at..]
        .char_indices()
        .find(|&(i, ch)| {
            ch == ','
                || (ch == '.'
                    && lower[at + i + 1..]
                        .chars()
                        .next()
                        .is_none_or(char::is_whitespace))
        })
        .map_or(lower.len(), |(i, _)| at + i);
    context.get(start..end)
}

/// How far a firm figure may stand from the hedged reports it replaces (a factor): talks of
/// "$3-5 billion" that end at $13 billion revise a figure; a tenfold gap is another reading.
const MAX_REVISION: u32 = 5;

/// Whether two closed intervals overlap or stand less than `factor` times apart (the larger
/// one's low end over the smaller one's high end; an interval with no high end reaches every
/// larger figure).
fn within_factor(a: &Bounds, b: &Bounds, factor: u32) -> bool {
    let (lo, hi) = if a.0 <= b.0 { (a, b) } else { (b, a) };
    match lo.1 {
        None => true,
        Some(top) if top >= hi.0 => true,
        // (Beyond what a decimal holds, every figure is within the factor.)
        Some(top) => top
            .checked_mul(Decimal::from(factor))
            .is_none_or(|reach| hi.0 <= reach),
    }
}

/// Hedged reports (talks, people familiar) that articles dated later replace with a firm
/// figure: a change over time, not a contradiction (`later_report_replaces_hedged`). Needs
/// every claim dated, the sides in strict date order, and every side but the last hedged.
fn overtaken(cl: &Cluster, attribute: &str, sides: &[Vec<(&Claim, Bounds)>]) -> Option<Finding> {
    // (earliest time, latest time, claims) of each side: a figure's time is its article's
    // date, or the time the article dates it to (`time_of`).
    type Dated<'s, 'c> = (String, String, &'s Vec<(&'c Claim, Bounds)>);
    let mut dated: Vec<Dated> = Vec::new();
    for s in sides {
        let times: Vec<String> = s
            .iter()
            .map(|(c, _)| time_of(c))
            .collect::<Option<Vec<_>>>()?;
        let lo = times.iter().min()?.clone();
        let hi = times.iter().max()?.clone();
        dated.push((lo, hi, s));
    }
    dated.sort_by(|a, b| a.0.cmp(&b.0));
    for w in dated.windows(2) {
        if w[0].1 >= w[1].0 {
            return None;
        }
    }
    let (last, earlier) = dated.split_last()?;
    // Either the earlier reports were hedged and a firm one followed, or the reports are
    // months apart: figures that far apart describe the deal at different times.
    // A firm figure more than [`MAX_REVISION`] times away from each hedged one revises no
    // talks: it reads the deal another way ("roughly $250 million", says one person; "about
    // $3 billion", weeks later).
    let revision = |b: &Bounds| {
        earlier
            .iter()
            .flat_map(|(_, _, s)| s.iter())
            .all(|(_, e)| within_factor(e, b, MAX_REVISION))
    };
    let hedged_then_firm = earlier
        .iter()
        .all(|(_, _, s)| s.iter().all(|(c, _)| c.hedged))
        && !last.2.iter().all(|(c, _)| c.hedged)
        && last.2.iter().all(|(_, b)| revision(b));
    let months_apart = dated
        .windows(2)
        .all(|w| days_between(&w[0].1, &w[1].0).is_some_and(|d| d >= 90));
    if !(hedged_then_firm || months_apart) {
        return None;
    }
    let old: Vec<&Claim> = earlier
        .iter()
        .flat_map(|(_, _, s)| s.iter().map(|(c, _)| *c))
        .collect();
    let new: Vec<&Claim> = last.2.iter().map(|(c, _)| *c).collect();
    let od = doc_set(old.iter().copied());
    let nd = doc_set(new.iter().copied());
    // "2024-01-16", or "2024-01-16 to 2024-03-02" when the earlier reports span dates.
    let (from, to) = (&earlier[0].0, &earlier[earlier.len() - 1].1);
    let span = if from == to {
        from.to_string()
    } else {
        format!("{from} to {to}")
    };
    let explanation = format!(
        "Earlier reports put {} of {} at {} ({}, {}); later articles report {} ({}, from {}). The later figure replaces the earlier reports.",
        shown_attribute(attribute, cl),
        who(cl),
        dedup(old.iter().map(|c| show_claim(c))).join(", "),
        docs_list(&od),
        span,
        dedup(new.iter().map(|c| show_claim(c))).join(", "),
        docs_list(&nd),
        last.0
    );
    let mut all = old.clone();
    all.extend(new.iter().copied());
    let sides_v = vec![side("earlier reports", &old), side("later", &new)];
    Some(change_finding(
        cl,
        attribute,
        &all,
        true,
        "later_report_replaces_hedged",
        explanation,
        sides_v,
    ))
}

/// When a claim's figure held: the time its article dates it to (a `prior` claim's
/// `as_of`, a year alone read as its middle), else the article's date.
fn time_of(c: &Claim) -> Option<String> {
    stated_time(c).map(|t| {
        if t.len() == 4 {
            format!("{t}-07")
        } else {
            t.to_string()
        }
    })
}

/// When a claim's figure held, as written: a `prior` claim's `as_of` ("2023", "2024-09"),
/// another's article date.
fn stated_time(c: &Claim) -> Option<&str> {
    match c.status {
        Status::Prior => c.as_of.as_deref(),
        _ => c.date.as_deref(),
    }
}

/// The figures of a cluster grouped by the time they held, when an article dates some of them
/// to an earlier time (`as_of`) and the times fall months apart: each group is the figures
/// within 90 days of the one before, in time order. `None` when no earlier figure is dated,
/// a current figure's article has no date, or all fall in one time. Beside the groups, the
/// earlier figures no date places ("a previous round"), judged as before.
#[allow(clippy::type_complexity)]
fn times_apart<'c>(
    main: &[&'c Claim],
    prior: &[&'c Claim],
) -> Option<(Vec<Vec<&'c Claim>>, Vec<&'c Claim>)> {
    if !prior.iter().any(|c| c.as_of.is_some()) {
        return None;
    }
    let (dated, undated): (Vec<&Claim>, Vec<&Claim>) =
        prior.iter().partition(|c| c.as_of.is_some());
    let timed: Vec<(String, &Claim)> = main
        .iter()
        .chain(&dated)
        .map(|c| time_of(c).map(|t| (t, *c)))
        .collect::<Option<_>>()?;
    let times = group_by_time(timed);
    (times.len() >= 2).then_some((times, undated))
}

/// Claims with their times, grouped in time order: each group the claims within 90 days of
/// the one before.
fn group_by_time<T: AsRef<str>>(mut timed: Vec<(T, &Claim)>) -> Vec<Vec<&Claim>> {
    timed.sort_by(|a, b| a.0.as_ref().cmp(b.0.as_ref()));
    let mut times: Vec<Vec<&Claim>> = Vec::new();
    let mut last: Option<&str> = None;
    for (t, c) in &timed {
        let t = t.as_ref();
        match (last, times.last_mut()) {
            (Some(l), Some(g)) if days_between(l, t).is_some_and(|d| d < 90) => g.push(c),
            _ => times.push(vec![c]),
        }
        last = Some(t);
    }
    times
}

/// The sums of a cluster grouped by their articles' dates (each group within 90 days of the
/// one before) when they fall in two times or more, the first time's figures agree, and
/// every one of them stands more than 2 % from every figure of the last time ("$2 billion"
/// in October, "$2.5 billion" in March, which agree only at the precision they are
/// written): a sum changed over time, not one sum rounded two ways. `None` when a figure is
/// undated, no sum of money (shares and counts change for many reasons), or cannot be put
/// in the unit of the first; and for running totals, which grow by their own rule.
fn changed_months_apart<'c>(main: &[&'c Claim], rates: &Rates) -> Option<Vec<Vec<&'c Claim>>> {
    let money = |c: &&Claim| c.unit.len() == 3 && c.unit.bytes().all(|b| b.is_ascii_uppercase());
    if !main.iter().all(money) || main.iter().any(|c| c.attribute == "cumulative_total") {
        return None;
    }
    let timed: Vec<(&str, &Claim)> = main
        .iter()
        .map(|c| c.date.as_deref().map(|d| (d, *c)))
        .collect::<Option<_>>()?;
    let times = group_by_time(timed);
    let unit = times.first()?.first()?.unit.clone();
    if times.len() < 2 || !envelope_holds(envelope_in(&times[0], &unit, rates)) {
        return None;
    }
    let values = |g: &[&Claim]| -> Option<Vec<Decimal>> {
        g.iter()
            .map(|c| Some(c.value.number()? * rates.rate(&c.unit, &unit)?))
            .collect()
    };
    let (first, latest) = (values(&times[0])?, values(times.last()?)?);
    let apart = |a: Decimal, b: Decimal| (a - b).abs() * Decimal::from(50) > a.abs().max(b.abs());
    first
        .iter()
        .all(|&a| latest.iter().all(|&b| apart(a, b)))
        .then_some(times)
}

/// The change [`changed_months_apart`] finds (`reported_months_apart`): each time's figures
/// with their articles and dates.
fn months_apart_change(cl: &Cluster, attribute: &str, times: &[Vec<&Claim>]) -> Option<Finding> {
    let steps = time_steps(times);
    let explanation = format!(
        "The figures of {} of {} held at different times: {}. The articles are months apart and the figures more than 2 % apart: a change over time, not a contradiction.",
        shown_attribute(attribute, cl),
        who(cl),
        steps.join(", then "),
    );
    let all: Vec<&Claim> = times.iter().flatten().copied().collect();
    let sides_v = vec![
        side("earlier", times.first()?),
        side("later", times.last()?),
    ];
    Some(change_finding(
        cl,
        attribute,
        &all,
        false,
        "reported_months_apart",
        explanation,
        sides_v,
    ))
}

/// The change between the figures of the first and the last of `times` (see [`times_apart`]),
/// when they differ: a figure replaced over time (`dated_to_its_time`), each time's figures
/// listed with the articles and the dates they hold at.
fn change_over_time(
    cl: &Cluster,
    attribute: &str,
    times: &[Vec<&Claim>],
    rates: &Rates,
) -> Option<Finding> {
    // ("$2.5B (02, February), then $2.5B (01, 04, June)": times in a row whose figures agree
    // are one step.)
    let mut merged: Vec<Vec<&Claim>> = Vec::with_capacity(times.len());
    for group in times {
        match merged.last_mut() {
            Some(previous) => {
                let both: Vec<&Claim> = previous.iter().chain(group).copied().collect();
                let unit = &both[0].unit;
                if envelope_holds(envelope_in(&both, unit, rates)) {
                    *previous = both;
                } else {
                    merged.push(group.clone());
                }
            }
            None => merged.push(group.clone()),
        }
    }
    let times = &merged[..];
    let (first, last) = (times.first()?, times.last()?);
    let steps = changed_steps(times, rates)?;
    let dating: Vec<&Claim> = times[..times.len() - 1]
        .iter()
        .flatten()
        .copied()
        .filter(|c| c.as_of.is_some())
        .collect();
    let explanation = format!(
        "The figures of {} of {} held at different times: {}. Later articles date the earlier figures themselves ({}: \"{}\"): a change over time, not a contradiction.",
        shown_attribute(attribute, cl),
        who(cl),
        steps.join(", then "),
        docs_list(&doc_set(dating.iter().copied())),
        dating.first().map_or("", |c| c.quote.as_str()),
    );
    let all: Vec<&Claim> = times.iter().flatten().copied().collect();
    let sides_v = vec![side("earlier", first), side("later", last)];
    Some(change_finding(
        cl,
        attribute,
        &all,
        false,
        "dated_to_its_time",
        explanation,
        sides_v,
    ))
}

/// The figures of a cluster in the stretches a raised bid opens (`revised` claims): those
/// dated before the first raise, then those from each raise's date to the next. `None` when
/// no figure is raised, a figure is undated, or no figure comes before a raise.
fn raised_epochs<'c>(main: &[&'c Claim], rates: &Rates) -> Option<Vec<Vec<&'c Claim>>> {
    let raised_later = raised_again(main, rates);
    let raising = |c: &Claim| c.revised || raised_later.contains(&std::ptr::from_ref(c));
    let mut raises: Vec<&str> = main
        .iter()
        .filter(|c| raising(c))
        .map(|c| c.date.as_deref())
        .collect::<Option<_>>()?;
    if raises.is_empty() {
        return None;
    }
    raises.sort_unstable();
    raises.dedup();
    let mut epochs: Vec<Vec<&Claim>> = vec![Vec::new(); raises.len() + 1];
    for c in main {
        let date = c.date.as_deref()?;
        epochs[raises.partition_point(|r| *r <= date)].push(c);
    }
    epochs.retain(|e| !e.is_empty());
    // A later article that reports a raise already reported opens no stretch of its own:
    // its revised figures agree with the revised figures that opened the stretch before
    // ("about $1.4 billion" after "roughly $1.42 billion"), or are figures the stretch before
    // already gives ("$32 billion, up from $23 billion" a day after another's "$32 billion").
    let mut merged: Vec<Vec<&Claim>> = Vec::with_capacity(epochs.len());
    for e in epochs {
        let same_raise = merged.last().is_some_and(|prev: &Vec<&Claim>| {
            let revised: Vec<&Claim> = prev
                .iter()
                .chain(e.iter())
                .copied()
                .filter(|c| raising(c))
                .collect();
            // ("up to $10" then "up to $20.65": caps that differ are two raises, though
            // their bounds overlap.)
            let caps: Vec<&Claim> = revised
                .iter()
                .copied()
                .filter(|c| c.qualifier == Qualifier::UpTo)
                .collect();
            let caps_differ = caps.iter().any(|c| c.value != caps[0].value);
            let agreeing_raises = prev.iter().any(|c| raising(c))
                && !caps_differ
                && envelope_holds(envelope_in(&revised, &revised[0].unit, rates));
            let given_before = e.iter().filter(|c| raising(c)).all(|c| {
                prev.iter()
                    .any(|p| p.value == c.value && p.unit == c.unit && p.qualifier == c.qualifier)
            });
            agreeing_raises || given_before
        });
        match merged.last_mut() {
            Some(prev) if same_raise => prev.extend(e),
            _ => merged.push(e),
        }
    }
    (merged.len() >= 2).then_some(merged)
}

/// Once a bidder's price a share has been raised (a `revised` figure), an exact price a share
/// of a later article that is higher than every one dated before it is one more raise, though
/// no word of its article says so ("accepted an offer from Pfizer of $65.60 per share" after
/// "revised its own offer to $60 per share, up from $47.50"). Prices a share only: a sum for
/// the whole company may count the debt or not, and a higher one may be that, not a raise.
fn raised_again(main: &[&Claim], rates: &Rates) -> HashSet<*const Claim> {
    let mut raised = HashSet::new();
    if main
        .first()
        .is_none_or(|c| c.attribute != "price_per_share")
    {
        return raised;
    }
    let Some(first_raise) = main
        .iter()
        .filter(|c| c.revised)
        .filter_map(|c| c.date.as_deref())
        .min()
    else {
        return raised;
    };
    let unit = main[0].unit.clone();
    let value = |c: &Claim| Some(c.value.number()? * rates.rate(&c.unit, &unit)?);
    // By date, the highest figure of the dates before each one carried along (sorted once:
    // a comparison of each figure with all the others would be quadratic in the articles).
    let mut dated: Vec<(&str, Decimal, &Claim)> = main
        .iter()
        .filter_map(|c| Some((c.date.as_deref()?, value(c)?, *c)))
        .collect();
    dated.sort_by(|a, b| a.0.cmp(b.0));
    let mut highest_before: Option<Decimal> = None;
    for day in dated.chunk_by(|a, b| a.0 == b.0) {
        let date = day[0].0;
        for (_, v, c) in day {
            if !c.revised
                && c.qualifier == Qualifier::Exact
                && date > first_raise
                && highest_before.is_none_or(|h| *v > h)
            {
                raised.insert(std::ptr::from_ref(*c));
            }
        }
        let day_high = day.iter().map(|x| x.1).max();
        highest_before = highest_before.max(day_high);
    }
    raised
}

/// The change a raised bid makes (see [`raised_epochs`]), when the figures before and after
/// differ: each stretch's figures with their articles and dates, and the words that raise
/// the bid (`raised_offer`).
fn raised_offer_change(
    cl: &Cluster,
    attribute: &str,
    epochs: &[Vec<&Claim>],
    rates: &Rates,
) -> Option<Finding> {
    let (first, last) = (epochs.first()?, epochs.last()?);
    // After the last raise, an article dated later that still gives an earlier stretch's
    // figure and not the raise's ("$1.7 billion" after another article's "about $1.4
    // billion") tells no step of the change: it is named apart (the stretch's contradiction
    // shows it).
    let unit = first.first()?.unit.clone();
    let mut stepped: Vec<Vec<&Claim>> = epochs.to_vec();
    let mut odd: Vec<&Claim> = Vec::new();
    if let Some((tail, earlier)) = stepped.split_last_mut()
        && let Some(raised_on) = tail
            .iter()
            .filter(|c| c.revised)
            .filter_map(|c| c.date.as_deref())
            .max()
    {
        let agree =
            |a: &Claim, b: &Claim| match (bounds_in(a, &unit, rates), bounds_in(b, &unit, rates)) {
                (Some((x, _)), Some((y, _))) => envelope_holds(envelope_with(Some(x), y)),
                _ => false,
            };
        let raises: Vec<&Claim> = tail.iter().copied().filter(|c| c.revised).collect();
        let (keep, stale): (Vec<&Claim>, Vec<&Claim>) = tail.iter().partition(|c| {
            c.revised
                || c.date.as_deref().is_none_or(|d| d <= raised_on)
                || raises.iter().any(|r| agree(c, r))
                || !earlier.iter().flatten().any(|p| agree(c, p))
        });
        *tail = keep;
        odd = stale;
    }
    let steps = changed_steps(&stepped, rates)?;
    let raises: Vec<&Claim> = epochs[1..]
        .iter()
        .flatten()
        .copied()
        .filter(|c| c.revised)
        .collect();
    // Raised or lowered: the revising figures against the first stretch's.
    let lows = |cs: &[&Claim]| -> Vec<Decimal> {
        cs.iter()
            .filter_map(|c| bounds_in(c, &unit, rates))
            .map(|(b, _)| b.0)
            .collect()
    };
    let (before, after) = (lows(first), lows(&raises));
    let (what, change, change_side) = match (
        before.iter().min(),
        before.iter().max(),
        after.iter().min(),
        after.iter().max(),
    ) {
        // (A bid is an offer; the price of assets sold is agreed, not offered.)
        (_, Some(b_hi), Some(a_lo), _) if a_lo > b_hi => (
            if attribute == "divestiture_price" {
                "The price was raised"
            } else {
                "The offer was raised"
            },
            "raise",
            "raised",
        ),
        (Some(b_lo), _, _, Some(a_hi)) if a_hi < b_lo => {
            ("The price was lowered", "cut", "lowered")
        }
        _ => ("The price was changed", "change", "changed"),
    };
    let odd_note = if odd.is_empty() {
        String::new()
    } else {
        format!(
            " {} still give{} {} after it.",
            docs_list(&doc_set(odd.iter().copied())),
            verb_s(doc_set(odd.iter().copied()).len()),
            dedup(odd.iter().map(|c| show_claim(c))).join(", ")
        )
    };
    let explanation = format!(
        "{what}: {} of {} went from {}. {} report{} the {change} (\"{}\"): a change over time, not a contradiction.{odd_note}",
        shown_attribute(attribute, cl),
        who(cl),
        steps.join(" to "),
        docs_list(&doc_set(raises.iter().copied())),
        verb_s(doc_set(raises.iter().copied()).len()),
        raises.first().map_or("", |c| c.context.trim()),
    );
    let all: Vec<&Claim> = epochs.iter().flatten().copied().collect();
    let sides_v = vec![side("earlier", first), side(change_side, last)];
    Some(change_finding(
        cl,
        attribute,
        &all,
        false,
        "raised_offer",
        explanation,
        sides_v,
    ))
}

/// [`time_steps`] when the figures of the first and the last group differ; `None` when they
/// agree (nothing changed).
fn changed_steps(groups: &[Vec<&Claim>], rates: &Rates) -> Option<Vec<String>> {
    let (first, last) = (groups.first()?, groups.last()?);
    let unit = first.first()?.unit.clone();
    let both: Vec<&Claim> = first.iter().chain(last).copied().collect();
    if envelope_holds(envelope_in(&both, &unit, rates)) {
        return None;
    }
    Some(time_steps(groups))
}

/// Each group's figures with their articles and the times they hold at ("$37.63, $37.73 (01,
/// 02, 2025-06-23)").
fn time_steps(groups: &[Vec<&Claim>]) -> Vec<String> {
    groups
        .iter()
        .map(|g| {
            // As written: "2023", not the middle of the year it is sorted by.
            let when: BTreeSet<&str> = g.iter().filter_map(|c| stated_time(c)).collect();
            let span = match (when.first(), when.last()) {
                (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
                (Some(a), _) => a.to_string(),
                _ => String::new(),
            };
            format!(
                "{} ({}, {span})",
                dedup(g.iter().map(|c| show_claim(c))).join(", "),
                docs_list(&doc_set(g.iter().copied()))
            )
        })
        .collect()
}

/// A superseded finding of one cluster: a figure replaced over time by the rule `rule`.
fn change_finding(
    cl: &Cluster,
    attribute: &str,
    all: &[&Claim],
    hedged: bool,
    rule: &str,
    explanation: String,
    sides: Vec<Side>,
) -> Finding {
    finding(
        Kind::Superseded,
        None,
        hedged,
        cl,
        attribute,
        all,
        vec![rule.into()],
        explanation,
        None,
        sides,
        vec![cl.id.clone()],
    )
}

/// A running total reported at different dates ("$15.9 billion" in May, "$22.4 billion" in
/// September) grows over time: the later total replaces the earlier (`later_total_replaces`).
fn running_total(
    cl: &Cluster,
    attribute: &str,
    sides: &[Vec<(&Claim, Bounds)>],
) -> Option<Finding> {
    // (earliest date, latest date, claims) of each side.
    type Dated<'s, 'c> = (&'s str, &'s str, &'s Vec<(&'c Claim, Bounds)>);
    let mut dated: Vec<Dated> = Vec::new();
    for s in sides {
        let dates: Vec<&str> = s
            .iter()
            .map(|(c, _)| c.date.as_deref())
            .collect::<Option<Vec<_>>>()?;
        dated.push((*dates.iter().min()?, *dates.iter().max()?, s));
    }
    dated.sort_by(|a, b| a.0.cmp(b.0));
    if dated.windows(2).any(|w| w[0].1 >= w[1].0) {
        return None;
    }
    let (last, earlier) = dated.split_last()?;
    let old: Vec<&Claim> = earlier
        .iter()
        .flat_map(|(_, _, s)| s.iter().map(|(c, _)| *c))
        .collect();
    let new: Vec<&Claim> = last.2.iter().map(|(c, _)| *c).collect();
    let steps: Vec<String> = dated
        .iter()
        .map(|(lo, _, s)| {
            let ds = doc_set(s.iter().map(|(c, _)| *c));
            format!(
                "{} ({}, {lo})",
                dedup(s.iter().map(|(c, _)| show_claim(c))).join(", "),
                docs_list(&ds)
            )
        })
        .collect();
    let explanation = format!(
        "The running total of {} grows over time: {}. The latest total replaces the earlier ones.",
        who(cl),
        steps.join(", then ")
    );
    let mut all = old.clone();
    all.extend(new.iter().copied());
    let sides_v = vec![side("earlier totals", &old), side("latest total", &new)];
    Some(change_finding(
        cl,
        attribute,
        &all,
        false,
        "later_total_replaces",
        explanation,
        sides_v,
    ))
}

/// Days from one ISO date to a later one ("2024-01-31" → "2024-03-01": 30), when both parse.
fn days_between(a: &str, b: &str) -> Option<i64> {
    let day = |s: &str| -> Option<i64> {
        let y: i64 = s.get(0..4)?.parse().ok()?;
        let m: i64 = s.get(5..7)?.parse().ok()?;
        let d: i64 = s.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(1);
        Some(days_from_civil(y, m, d))
    };
    Some(day(b)? - day(a)?)
}

/// Groups of claims, each with the bounds its members share.
type BoundGroups<'a> = Vec<(Bounds, Vec<(&'a Claim, Bounds)>)>;

/// The first step of [`group_consistent`]: the firm figures (neither "up to" nor "at least"),
/// in order of their bounds, grouped while each shares a point with the group before; and the
/// wide ones, in the same order, to be placed after.
fn firm_groups<'a>(items: &[(&'a Claim, Bounds)]) -> (BoundGroups<'a>, Vec<(&'a Claim, Bounds)>) {
    let mut sorted: Vec<(&Claim, Bounds)> = items.to_vec();
    sorted.sort_by(|a, b| {
        a.1.0
            .cmp(&b.1.0)
            .then(a.1.1.cmp(&b.1.1))
            .then(a.0.id.cmp(&b.0.id))
    });
    // Wide bounds (up to, at least) join whatever they allow: place firm ones first.
    let mut groups: BoundGroups = Vec::new();
    let mut wide: Vec<(&Claim, Bounds)> = Vec::new();
    for it in sorted {
        if matches!(it.0.qualifier, Qualifier::UpTo | Qualifier::AtLeast) {
            wide.push(it);
            continue;
        }
        match groups.last_mut() {
            Some((b, g)) if overlap(&[*b, it.1]) => {
                *b = narrowed(*b, it.1);
                g.push(it);
            }
            _ => groups.push((it.1, vec![it])),
        }
    }
    (groups, wide)
}

/// Splits claims into groups whose bounds share a point (sweep over sorted lower bounds).
fn group_consistent<'a>(items: &[(&'a Claim, Bounds)]) -> Vec<Vec<(&'a Claim, Bounds)>> {
    let (mut groups, wide) = firm_groups(items);
    // The groups' bounds never share a point (a firm figure starts a group when it falls
    // above the last group's; a wide one joins a group only when it allows no other, which
    // narrows it, and starts one only when it allows none): by their lows, the groups a
    // bound allows are found by a search, not by trying every group (quadratic in a cluster
    // of many different figures).
    let mut by_low: BTreeMap<Decimal, usize> = groups
        .iter()
        .enumerate()
        .map(|(i, (b, _))| (b.0, i))
        .collect();
    for it in wide {
        let (low, high) = it.1;
        // Groups whose low the bound reaches, highest first: they allow it until one ends
        // below its low, and so do none under that one.
        let reached = match high {
            Some(h) => by_low.range(..=h),
            None => by_low.range(..),
        };
        let mut allowing = reached
            .rev()
            .map(|(_, &i)| i)
            .take_while(|&i| groups[i].0.1.is_none_or(|h| h >= low))
            .filter(|&i| overlap(&[groups[i].0, it.1]));
        let (first, second) = (allowing.next(), allowing.next());
        // A bound that allows several groups' figures takes no side.
        if second.is_some() {
            continue;
        }
        match first {
            Some(i) => {
                let (b, g) = &mut groups[i];
                by_low.remove(&b.0);
                *b = narrowed(*b, it.1);
                by_low.insert(b.0, i);
                g.push(it);
            }
            None => {
                let taken = by_low.insert(low, groups.len());
                debug_assert!(
                    taken.is_none(),
                    "a bound that allows no group shares no low"
                );
                groups.push((it.1, vec![it]));
            }
        }
    }
    groups.into_iter().map(|(_, g)| g).collect()
}

/// Conditions: a condition asserted by some articles and denied by others.
pub fn compare_conditions(cl: &Cluster, members: &[&Claim], out: &mut Vec<Finding>) {
    let attribute = main_attribute(members);
    let mut by_value: BTreeMap<String, Vec<&Claim>> = BTreeMap::new();
    for c in members {
        if let Value::Text(t) = &c.value {
            by_value.entry(t.to_lowercase()).or_default().push(c);
        }
    }
    for claims in by_value.values() {
        let name = match &claims[0].value {
            Value::Text(t) => t.clone(),
            Value::Number(n) => n.to_string(),
        };
        // An article that denies a condition denies it, even where it also reports the
        // speculation it denies.
        let mut denied_docs: BTreeSet<String> = BTreeSet::new();
        for c in claims.iter().filter(|c| c.stance == Stance::Denied) {
            denied_docs.insert(c.doc.to_string());
        }
        let asserting: Vec<&Claim> = claims
            .iter()
            .copied()
            .filter(|c| c.stance == Stance::Asserted && !denied_docs.contains(&*c.doc))
            .collect();
        let denying: Vec<&Claim> = claims
            .iter()
            .copied()
            .filter(|c| denied_docs.contains(&*c.doc))
            .collect();
        let a_docs = doc_set(asserting.iter().copied());
        let all_docs = doc_set(claims.iter().copied());
        if !asserting.is_empty() && !denying.is_empty() {
            let firm_assert = a_docs
                .iter()
                .any(|d| asserting.iter().any(|c| *c.doc == **d && !c.hedged));
            let hedged = !firm_assert;
            let severity = if hedged {
                Severity::High.lower()
            } else {
                Severity::High
            };
            let hedged_docs: BTreeSet<String> = a_docs
                .iter()
                .filter(|d| {
                    asserting
                        .iter()
                        .filter(|c| *c.doc == ***d)
                        .all(|c| c.hedged)
                })
                .cloned()
                .collect();
            let denial = denying
                .iter()
                .find(|c| c.stance == Stance::Denied)
                .expect("a denial");
            let assertion = asserting
                .iter()
                .find(|c| !c.hedged)
                .unwrap_or(&asserting[0]);
            let explanation = format!(
                "{} say{} {} depends on {} (\"{}\"){}; {} say{} it does not (\"{}\").",
                docs_list(&a_docs),
                verb_s(a_docs.len()),
                who(cl),
                name,
                assertion.quote,
                if hedged_docs.is_empty() {
                    String::new()
                } else {
                    format!(", {} only as a hedged report", docs_list(&hedged_docs))
                },
                docs_list(&denied_docs),
                verb_s(denied_docs.len()),
                denial.quote
            );
            let mut rules = vec!["asserted_vs_denied".to_string()];
            if hedged {
                rules.push("hedged_lowers_severity".into());
            }
            // The denying side shows the denials; the speculation a denying article reports
            // stays among the finding's claims but takes no side.
            let denials: Vec<&Claim> = denying
                .iter()
                .copied()
                .filter(|c| c.stance == Stance::Denied)
                .collect();
            let sides = vec![
                side(&format!("{name}: a condition"), &asserting),
                side(&format!("{name}: not a condition"), &denials),
            ];
            out.push(finding(
                Kind::Contradiction,
                Some(severity),
                hedged,
                cl,
                &attribute,
                claims,
                rules,
                explanation,
                None,
                sides,
                vec![cl.id.clone()],
            ));
        } else if all_docs.len() >= 2 {
            let explanation = format!(
                "{} articles ({}) name {} as a condition on {}.",
                all_docs.len(),
                docs_list(&all_docs),
                name,
                who(cl)
            );
            out.push(finding(
                Kind::Agreement,
                None,
                false,
                cl,
                &attribute,
                claims,
                vec!["same_condition".into()],
                explanation,
                None,
                vec![side(&name, claims)],
                vec![cl.id.clone()],
            ));
        } else {
            let explanation = format!(
                "Only {} names {} as a condition on {}.",
                docs_list(&all_docs),
                name,
                who(cl)
            );
            out.push(finding(
                Kind::SingleSource,
                None,
                false,
                cl,
                &attribute,
                claims,
                vec!["same_condition".into()],
                explanation,
                None,
                vec![side(&name, claims)],
                vec![cl.id.clone()],
            ));
        }
    }
}

/// The prices each sentence gives a bidder's bid: `price_per_share` and `acquisition_price`
/// claims, current and asserted, by article, sentence and bidder. A form of payment ("all-cash")
/// is the form of the bid priced in its sentence. The index is built when first asked for
/// (only forms of payment that would contradict each other ask), once, whichever cluster's
/// task asks first.
pub struct BidPrices<'c> {
    claims: &'c [Claim],
    by_sentence: OnceLock<PricesBySentence<'c>>,
}

type PricesBySentence<'c> = HashMap<(&'c str, Span, Option<&'c str>), Vec<&'c Claim>>;

/// The attributes that price a bid.
const BID_PRICE_ATTRIBUTES: [&str; 2] = ["price_per_share", "acquisition_price"];

impl<'c> BidPrices<'c> {
    pub fn of(claims: &'c [Claim]) -> Self {
        BidPrices {
            claims,
            by_sentence: OnceLock::new(),
        }
    }

    /// The prices given with `form`: those of its bidder in its sentence.
    fn with<'f>(&'f self, form: &'f Claim) -> &'f [&'f Claim] {
        self.by_sentence
            .get_or_init(|| {
                let mut by_sentence: PricesBySentence = HashMap::new();
                for c in self.claims.iter().filter(|c| {
                    BID_PRICE_ATTRIBUTES.contains(&&*c.attribute)
                        && c.status == Status::Current
                        && c.stance == Stance::Asserted
                        && c.value.number().is_some()
                }) {
                    by_sentence
                        .entry((&*c.doc, c.sentence, c.investor.as_deref()))
                        .or_default()
                        .push(c);
                }
                by_sentence
            })
            .get(&(&*form.doc, form.sentence, form.investor.as_deref()))
            .map_or(&[], Vec::as_slice)
    }
}

/// Whether each form of `by_value` goes with prices that no other form goes with, each
/// form's claims all priced: "cash and stock" at $23.50 a share and "all-cash" at $30 are
/// two bids. Two forms are of two bids when, of one kind of price, both give some and none
/// could be the same figure (their bounds, loosened as an "about" figure's may be, share no
/// point), and, of no kind, two could.
fn forms_of_different_bids(by_value: &BTreeMap<String, Vec<&Claim>>, prices: &BidPrices) -> bool {
    let mut priced: Vec<Vec<&Claim>> = Vec::new();
    for cs in by_value.values() {
        let mut ps: Vec<&Claim> = Vec::new();
        for c in cs {
            let with = prices.with(c);
            if with.is_empty() {
                return false;
            }
            ps.extend(with);
        }
        priced.push(ps);
    }
    let could_be_one = |x: &Claim, y: &Claim| {
        x.unit == y.unit
            && matches!((bounds(x), bounds(y)), (Some((a, _)), Some((b, _)))
                if overlap(&[loosened(x, a), loosened(y, b)]))
    };
    priced.iter().enumerate().all(|(i, a)| {
        priced[i + 1..].iter().all(|b| {
            let mut apart = false;
            for kind in BID_PRICE_ATTRIBUTES {
                let xs = a.iter().filter(|p| p.attribute == kind);
                let ys: Vec<&&Claim> = b.iter().filter(|p| p.attribute == kind).collect();
                let mut both = false;
                for x in xs {
                    for y in &ys {
                        if could_be_one(x, y) {
                            return false;
                        }
                        both = true;
                    }
                }
                apart |= both;
            }
            apart
        })
    })
}

/// Each form of payment of [`forms_of_different_bids`] on its own (an agreement of its
/// articles, or one article's), its explanation naming the price it goes with and the other
/// forms' prices.
fn different_bids(
    cl: &Cluster,
    attribute: &str,
    by_value: &BTreeMap<String, Vec<&Claim>>,
    prices: &BidPrices,
    out: &mut Vec<Finding>,
) {
    let priced = |cs: &[&Claim]| {
        let shown = cs.iter().flat_map(|c| prices.with(c)).filter_map(|p| {
            let v = show_value(p.value.number()?, &p.unit);
            Some(if p.attribute == "price_per_share" {
                format!("{v} a share")
            } else {
                v
            })
        });
        dedup(shown).join(", ")
    };
    for (v, cs) in by_value {
        let docs = doc_set(cs.iter().copied());
        let others: Vec<String> = by_value
            .iter()
            .filter(|(w, _)| *w != v)
            .map(|(w, ds)| {
                let ds_docs = doc_set(ds.iter().copied());
                format!(
                    "{} give{} {w} for the bid at {}",
                    docs_list(&ds_docs),
                    verb_s(ds_docs.len()),
                    priced(ds)
                )
            })
            .collect();
        let explanation = format!(
            "{} describe{} the bid at {} ({}) as {v}; {}: the forms of different bids, not \
             a contradiction.",
            docs_list(&docs),
            verb_s(docs.len()),
            priced(cs),
            who(cl),
            others.join("; ")
        );
        let kind = if docs.len() >= 2 {
            Kind::Agreement
        } else {
            Kind::SingleSource
        };
        out.push(finding(
            kind,
            None,
            false,
            cl,
            attribute,
            cs,
            vec!["forms_of_different_bids".into()],
            explanation,
            None,
            vec![side(v, cs)],
            vec![cl.id.clone()],
        ));
    }
}

/// Investment forms: equity in one article, credits or capacity in another.
pub fn compare_forms(cl: &Cluster, members: &[&Claim], prices: &BidPrices, out: &mut Vec<Finding>) {
    let attribute = main_attribute(members);
    let mut by_value: BTreeMap<String, Vec<&Claim>> = BTreeMap::new();
    for c in members
        .iter()
        .filter(|c| c.stance == Stance::Asserted && c.status == Status::Current)
    {
        if let Value::Text(t) = &c.value {
            by_value.entry(t.to_lowercase()).or_default().push(c);
        }
    }
    let all: Vec<&Claim> = by_value.values().flatten().copied().collect();
    let docs = doc_set(all.iter().copied());
    if all.is_empty() {
        return;
    }
    // Documents that give one form only, grouped by it.
    let mut doc_forms: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (v, cs) in &by_value {
        for c in cs {
            doc_forms
                .entry(c.doc.to_string())
                .or_default()
                .insert(v.clone());
        }
    }
    let distinct: BTreeSet<&String> = by_value.keys().collect();
    if distinct.len() >= 2 && docs.len() >= 2 {
        let sides: Vec<Side> = by_value
            .iter()
            .map(|(v, cs)| {
                let cs: Vec<&Claim> = cs
                    .iter()
                    .copied()
                    .filter(|c| doc_forms[&*c.doc].len() == 1)
                    .collect();
                side(v, &cs)
            })
            .filter(|s| !s.claims.is_empty())
            .collect();
        if sides.len() >= 2
            && attribute == "consideration_type"
            && forms_of_different_bids(&by_value, prices)
        {
            different_bids(cl, &attribute, &by_value, prices, out);
            return;
        }
        if sides.len() >= 2 {
            let hedged = sides.iter().filter(|s| !s.hedged).count() < 2;
            let severity = if hedged {
                Severity::Medium.lower()
            } else {
                Severity::Medium
            };
            let parts: Vec<String> = by_value
                .iter()
                .map(|(v, cs)| {
                    let ds = doc_set(cs.iter().copied());
                    format!("{v} ({}: \"{}\")", docs_list(&ds), cs[0].quote)
                })
                .collect();
            let explanation = format!(
                "The articles describe {} in different forms: {}.",
                who(cl),
                parts.join(" vs ")
            );
            let mut rules = vec!["form_differs".to_string()];
            if hedged {
                rules.push("hedged_lowers_severity".into());
            }
            out.push(finding(
                Kind::Contradiction,
                Some(severity),
                hedged,
                cl,
                &attribute,
                &all,
                rules,
                explanation,
                None,
                sides,
                vec![cl.id.clone()],
            ));
            return;
        }
    }
    let values: Vec<&String> = by_value.keys().collect();
    let kind = if docs.len() >= 2 {
        Kind::Agreement
    } else {
        Kind::SingleSource
    };
    let label = values
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(" / ");
    let explanation = match kind {
        Kind::Agreement => format!(
            "{} articles ({}) describe {} as {}.",
            docs.len(),
            docs_list(&docs),
            who(cl),
            label
        ),
        _ => format!(
            "Only {} describes {} as {}.",
            docs_list(&docs),
            who(cl),
            label
        ),
    };
    out.push(finding(
        kind,
        None,
        false,
        cl,
        &attribute,
        &all,
        vec!["same_form".into()],
        explanation,
        None,
        vec![side(&label, &all)],
        vec![cl.id.clone()],
    ));
}

/// Other texts (dates, exclusivity, IPO timing): the same words agree; otherwise each is
/// listed without a verdict.
pub fn compare_texts(cl: &Cluster, members: &[&Claim], out: &mut Vec<Finding>) {
    let attribute = main_attribute(members);
    // "led by Nvidia" in one article, "Nvidia did not lead the round" in another.
    if let Some(f) = text_denied(cl, &attribute, members) {
        out.push(f);
        return;
    }
    let current: Vec<&Claim> = members
        .iter()
        .copied()
        .filter(|c| c.stance == Stance::Asserted)
        .collect();
    let docs = doc_set(current.iter().copied());
    if current.is_empty() {
        return;
    }
    let values: BTreeSet<String> = current
        .iter()
        .map(|c| show_claim(c).to_lowercase())
        .collect();
    if docs.len() == 1 {
        let v = dedup(current.iter().map(|c| show_claim(c)));
        let explanation = format!(
            "Only {} reports {} of {}: {}.",
            docs_list(&docs),
            shown_attribute(&attribute, cl),
            who(cl),
            v.join("; ")
        );
        out.push(finding(
            Kind::SingleSource,
            None,
            false,
            cl,
            &attribute,
            &current,
            vec!["same_text".into()],
            explanation,
            None,
            vec![side(&v.join(" / "), &current)],
            vec![cl.id.clone()],
        ));
    } else if values.len() == 1 {
        let v = show_claim(current[0]);
        let explanation = format!(
            "{} articles ({}) agree on {} of {}: {}.",
            docs.len(),
            docs_list(&docs),
            shown_attribute(&attribute, cl),
            who(cl),
            v
        );
        out.push(finding(
            Kind::Agreement,
            None,
            false,
            cl,
            &attribute,
            &current,
            vec!["same_text".into()],
            explanation,
            None,
            vec![side(&v, &current)],
            vec![cl.id.clone()],
        ));
    }
}

/// A text (a lead investor, a label) that some articles assert and others deny
/// (`asserted_vs_denied`): one contradiction listing both sides. An article that denies it
/// denies it, even where it also reports what it denies.
fn text_denied(cl: &Cluster, attribute: &str, members: &[&Claim]) -> Option<Finding> {
    let denied: Vec<&Claim> = members
        .iter()
        .copied()
        .filter(|c| c.stance == Stance::Denied)
        .collect();
    let denied_values: BTreeSet<String> = denied
        .iter()
        .map(|c| show_claim(c).to_lowercase())
        .collect();
    let denying_docs = doc_set(denied.iter().copied());
    let asserted: Vec<&Claim> = members
        .iter()
        .copied()
        .filter(|c| {
            c.stance == Stance::Asserted
                && !denying_docs.contains(&*c.doc)
                && denied_values.contains(&show_claim(c).to_lowercase())
        })
        .collect();
    let first = asserted.first()?;
    let denied: Vec<&Claim> = denied
        .into_iter()
        .filter(|c| show_claim(c).eq_ignore_ascii_case(&show_claim(first)))
        .collect();
    let (ad, dd) = (
        doc_set(asserted.iter().copied()),
        doc_set(denied.iter().copied()),
    );
    let explanation = format!(
        "{} say{} the {} of {} is {} (\"{}\"); {} say{} it is not (\"{}\").",
        docs_list(&ad),
        if ad.len() == 1 { "s" } else { "" },
        shown_attribute(attribute, cl),
        who(cl),
        show_claim(first),
        first.quote,
        docs_list(&dd),
        if dd.len() == 1 { "s" } else { "" },
        denied.first()?.quote,
    );
    let mut all = asserted.clone();
    all.extend(denied.iter().copied());
    let hedged = all.iter().any(|c| c.hedged);
    let base = severity_of(attribute);
    let mut rules = vec!["asserted_vs_denied".to_string()];
    if hedged {
        rules.push("hedged_lowers_severity".into());
    }
    Some(finding(
        Kind::Contradiction,
        Some(if hedged { base.lower() } else { base }),
        hedged,
        cl,
        attribute,
        &all,
        rules,
        explanation,
        None,
        vec![side("asserted", &asserted), side("denied", &denied)],
        vec![cl.id.clone()],
    ))
}

/// A claim that a cluster's figure is made of: current, asserted, not an increment, a number.
fn counts_in_consensus(c: &Claim) -> bool {
    c.status == Status::Current
        && c.stance == Stance::Asserted
        && !c.increment
        && c.value.number().is_some()
}

/// The latest date among `cs`, when every one is dated.
fn latest_date<'a>(cs: impl IntoIterator<Item = &'a Claim>) -> Option<&'a str> {
    cs.into_iter()
        .map(|c| c.date.as_deref())
        .collect::<Option<Vec<_>>>()
        .and_then(|ds| ds.into_iter().max())
}

/// The claims of `cs` of the time of `latest`: dated within 90 days of it.
fn of_time<'a>(cs: Vec<&'a Claim>, latest: &str) -> Vec<&'a Claim> {
    cs.into_iter()
        .filter(|c| {
            c.date
                .as_deref()
                .and_then(|d| days_between(d, latest))
                .is_some_and(|d| d < 90)
        })
        .collect()
}

/// The figure a cluster agrees on: bounds and the claims behind them, or `None` when its
/// current claims disagree or cannot be put in `unit`. With `latest`, only the figures of
/// that time count ([`of_time`]): figures months apart are of different times (two rounds),
/// and one round's valuations add up with that round's size (tranches are paid over time,
/// so their sums take every time).
fn consensus<'a>(
    claims: &'a [Claim],
    cl: &Cluster,
    unit: &str,
    rates: &Rates,
    latest: Option<&str>,
) -> Option<(Bounds, Vec<&'a Claim>, Decimal)> {
    let cs: Vec<&Claim> = cl
        .members
        .iter()
        .map(|&i| &claims[i])
        .filter(|c| counts_in_consensus(c))
        .collect();
    let cs = match latest {
        None => cs,
        Some(latest) => of_time(cs, latest),
    };
    if cs.is_empty() {
        return None;
    }
    let parts = parts_of_a_total(&cs);
    let cs: Vec<&Claim> = cs.into_iter().filter(|c| !is_one_of(c, &parts)).collect();
    agreed(cs.clone(), unit, rates).or_else(|| {
        // Where all do not agree, the firm figures may: early reports ("up to $8 billion", in
        // talks) are not what the parts or the total came to.
        let firm: Vec<&Claim> = cs.into_iter().filter(|c| !c.hedged).collect();
        if firm.is_empty() {
            None
        } else {
            agreed(firm, unit, rates)
        }
    })
}

/// What figures agree on ([`consensus`]), if they do.
fn agreed<'a>(
    cs: Vec<&'a Claim>,
    unit: &str,
    rates: &Rates,
) -> Option<(Bounds, Vec<&'a Claim>, Decimal)> {
    let mut pairs = Vec::new();
    for c in &cs {
        pairs.push((*c, bounds_in(c, unit, rates)?.0));
    }
    // ("Up to" caps that differ do not agree, and a figure rounded twice reaches the finer
    // figure it was rounded from, as when figures are judged.)
    caps_differ(&mut pairs, unit, rates);
    let mut bs: Vec<Bounds> = pairs.iter().map(|(_, b)| *b).collect();
    if !overlap(&bs) {
        if rounded_twice(&mut pairs, unit).is_empty() {
            return None;
        }
        bs = pairs.into_iter().map(|(_, b)| b).collect();
        if !overlap(&bs) {
            return None;
        }
    }
    let lo = bs.iter().map(|b| b.0).max()?;
    let hi = bs.iter().filter_map(|b| b.1).min();
    // The figure to show: the most precise exact claim's, else the first.
    let shown = cs
        .iter()
        .filter(|c| c.qualifier == Qualifier::Exact)
        .min_by_key(|c| c.step.unwrap_or(Decimal::MAX))
        .or(cs.first())
        .and_then(|c| Some(c.value.number()? * rates.rate(&c.unit, unit)?))?;
    Some(((lo, hi), cs, shown))
}

/// (story, subject, investor, scope): what arithmetic across attributes holds within.
type GroupKey = (String, String, Option<String>, Option<String>);

/// Groups clusters of the given attributes by [`GroupKey`], keyed by attribute within.
fn index_clusters<'a>(
    clusters: &'a Clusters,
    attributes: &[&str],
) -> BTreeMap<GroupKey, BTreeMap<String, &'a Cluster>> {
    let mut by: BTreeMap<GroupKey, BTreeMap<String, &Cluster>> = BTreeMap::new();
    for cl in &clusters.clusters {
        if attributes.contains(&&*cl.key.attribute) {
            by.entry((
                cl.key.story.clone(),
                cl.key.subject.clone(),
                cl.key.investor.clone(),
                cl.key.scope.clone(),
            ))
            .or_default()
            .insert(cl.key.attribute.clone(), cl);
        }
    }
    by
}

/// The valuations of `unspec` (not in `matched`) that match the pre- or post-money figures
/// the other clusters of `g` agree on at the time of `latest` (every time with `None`): the
/// claims read as pre-money, as post-money, the explanation's parts and the claims behind
/// them ([`unspecified_valuations`]).
fn unspecified_matched<'a>(
    claims: &'a [Claim],
    g: &BTreeMap<String, &Cluster>,
    unspec: &Cluster,
    unit: &str,
    rates: &Rates,
    latest: Option<&str>,
    matched: &BTreeSet<&str>,
) -> Option<UnspecifiedMatch<'a>> {
    let pre = g
        .get("valuation_pre_money")
        .and_then(|c| consensus(claims, c, unit, rates, latest));
    let round = g
        .get("round_size")
        .and_then(|c| consensus(claims, c, unit, rates, latest));
    // The post-money figure the articles give, else the pre-money plus the round, said so.
    let post_stated = g
        .get("valuation_post_money")
        .and_then(|c| consensus(claims, c, unit, rates, latest));
    let post = post_stated
        .as_ref()
        .map(|p| (p.0, show_value(p.2, unit)))
        .or_else(|| {
            let (p, r) = (pre.as_ref()?, round.as_ref()?);
            Some((
                (p.0.0 + r.0.0, p.0.1.zip(r.0.1).map(|(a, b)| a + b)),
                format!(
                    "{} pre-money + {} round = {}",
                    show_value(p.2, unit),
                    show_value(r.2, unit),
                    show_value(p.2 + r.2, unit)
                ),
            ))
        });
    if pre.is_none() && post.is_none() {
        return None;
    }
    // With no pre-money figure, the post-money one less the round, said so ("$30.5B
    // post-money - $2.5B round = $28B"): a valuation given before the money came in.
    let implied_pre = match (&pre, &round) {
        (None, Some(r)) => post_stated.as_ref().map(|p| {
            let bounds = (
                p.0.0 - r.0.1.unwrap_or(r.0.0),
                p.0.1.map(|high| high - r.0.0),
            );
            let shown = format!(
                "{} post-money - {} round = {}",
                show_value(p.2, unit),
                show_value(r.2, unit),
                show_value(p.2 - r.2, unit)
            );
            (bounds, shown)
        }),
        _ => None,
    };
    let mut as_pre: Vec<&Claim> = Vec::new();
    let mut as_post: Vec<&Claim> = Vec::new();
    for &i in &unspec.members {
        let c = &claims[i];
        if c.status != Status::Current || c.stance != Stance::Asserted || matched.contains(&*c.id) {
            continue;
        }
        let Some((b, _)) = bounds_in(c, unit, rates) else {
            continue;
        };
        // A figure the articles state comes before one worked out, and of two stated
        // figures it matches, the nearer: "$39 billion" beside "$39 billion post-money"
        // and "$38.5 billion pre-money" is the post-money one.
        let near = |shown: Decimal| c.value.number().map(|v| (v - shown).abs());
        let stated_pre = pre.as_ref().filter(|p| overlap(&[b, p.0]));
        let stated_post = post_stated.as_ref().filter(|p| overlap(&[b, p.0]));
        match (stated_pre, stated_post) {
            (Some(p), Some(q)) if near(q.2) < near(p.2) => as_post.push(c),
            (Some(_), _) => as_pre.push(c),
            (None, Some(_)) => as_post.push(c),
            (None, None) => {
                if implied_pre.as_ref().is_some_and(|p| overlap(&[b, p.0])) {
                    as_pre.push(c);
                } else if post.as_ref().is_some_and(|p| overlap(&[b, p.0])) {
                    as_post.push(c);
                }
            }
        }
    }
    if as_pre.is_empty() && as_post.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    let mut related: Vec<&Claim> = Vec::new();
    if !as_pre.is_empty() {
        let d = doc_set(as_pre.iter().copied());
        match (&pre, &implied_pre) {
            (Some(p), _) => {
                let pd = doc_set(p.1.iter().copied());
                parts.push(format!(
                    "{} ({}) is the pre-money valuation ({} pre-money, {})",
                    dedup(as_pre.iter().map(|c| show_claim(c))).join(", "),
                    docs_list(&d),
                    show_value(p.2, unit),
                    docs_list(&pd)
                ));
                related.extend(p.1.iter().copied());
            }
            (None, Some((_, shown))) => {
                parts.push(format!(
                    "{} ({}) is the pre-money valuation ({shown})",
                    dedup(as_pre.iter().map(|c| show_claim(c))).join(", "),
                    docs_list(&d),
                ));
                for attribute in ["valuation_post_money", "round_size"] {
                    if let Some(c) = g.get(attribute) {
                        related.extend(c.members.iter().map(|&i| &claims[i]));
                    }
                }
            }
            (None, None) => {}
        }
    }
    if !as_post.is_empty() {
        let (_, shown) = post.expect("matched post-money");
        let d = doc_set(as_post.iter().copied());
        parts.push(format!(
            "{} ({}) is the post-money valuation ({shown})",
            dedup(as_post.iter().map(|c| show_claim(c))).join(", "),
            docs_list(&d),
        ));
        if let Some(c) = g.get("valuation_post_money") {
            related.extend(c.members.iter().map(|&i| &claims[i]));
        }
    }
    Some((as_pre, as_post, parts, related))
}

/// What [`unspecified_matched`] finds: the claims read as pre-money and as post-money, the
/// explanation's parts, and the claims behind them.
type UnspecifiedMatch<'a> = (Vec<&'a Claim>, Vec<&'a Claim>, Vec<String>, Vec<&'a Claim>);

/// "Valued at $170 billion" beside "$183 billion post-money": a valuation an article does not
/// call pre- or post-money is matched against the pre-money and post-money figures of the
/// same company (`unspecified_matches_pre_or_post`). Returns the ids of the claims it
/// explained; the others are judged as usual.
pub fn unspecified_valuations(
    claims: &[Claim],
    clusters: &Clusters,
    rates: &Rates,
    out: &mut Vec<Finding>,
) -> BTreeSet<String> {
    let mut explained = BTreeSet::new();
    let groups = index_clusters(
        clusters,
        &[
            "valuation_pre_money",
            "round_size",
            "valuation_post_money",
            "valuation_unspecified",
        ],
    );
    for g in groups.values() {
        let Some(unspec) = g.get("valuation_unspecified") else {
            continue;
        };
        let unit = claims[unspec.members[0]].unit.clone();
        // The figures of one time, the latest of the story's (as in `valuation_arithmetic`: a
        // pre-money valuation of one round and the size of an earlier one add up to nothing).
        let latest = latest_date(
            g.values()
                .flat_map(|cl| cl.members.iter().map(|&i| &claims[i]))
                .filter(|c| counts_in_consensus(c)),
        );
        // The figures of that time first; those of other times match what every time agrees
        // on (a valuation of an earlier round, when the articles agree on that round's).
        let mut matched: BTreeSet<&str> = BTreeSet::new();
        let (mut as_pre, mut as_post, mut parts, mut related) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for at in [latest, None] {
            if let Some((pre, post, p, r)) =
                unspecified_matched(claims, g, unspec, &unit, rates, at, &matched)
            {
                matched.extend(pre.iter().chain(&post).map(|c| &*c.id));
                as_pre.extend(pre);
                as_post.extend(post);
                parts.extend(p);
                related.extend(r);
            }
            if latest.is_none() {
                break;
            }
        }
        if as_pre.is_empty() && as_post.is_empty() {
            continue;
        }
        // (Both times may name the same pre- or post-money claims.)
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        related.retain(|c: &&Claim| seen.insert(&*c.id));
        let explanation = format!(
            "Valuations the articles give without saying before or after the money match the pre- and post-money figures: {}.",
            parts.join("; ")
        );
        let mut all: Vec<&Claim> = as_pre.clone();
        all.extend(as_post.iter().copied());
        explained.extend(all.iter().map(|c| c.id.clone()));
        all.extend(related);
        let mut sides = Vec::new();
        if !as_pre.is_empty() {
            sides.push(side("pre-money", &as_pre));
        }
        if !as_post.is_empty() {
            sides.push(side("post-money", &as_post));
        }
        out.push(finding(
            Kind::Reconciled,
            None,
            false,
            unspec,
            "valuation",
            &all,
            vec!["unspecified_matches_pre_or_post".into()],
            explanation,
            None,
            sides,
            vec![unspec.id.clone()],
        ));
    }
    explained
}

/// "$14.9 billion takeover" (02, 03) against "$14.1 billion" (01, 04), where 01 gives "$14.1
/// billion, or $14.9 billion including debt": the articles that differ give the price with
/// the debt the buyer takes on. Reported as reconciled, and those figures leave the price's
/// own comparison (the ids returned), when the other prices agree among themselves and not
/// with the price including debt; where an article gives the net debt, the price of the shares
/// and the net debt must add up to the price including debt (`shares_plus_net_debt`, the sum
/// shown), or nothing is reconciled.
pub fn prices_with_debt(
    claims: &[Claim],
    clusters: &Clusters,
    rates: &Rates,
    out: &mut Vec<Finding>,
) -> BTreeSet<String> {
    let mut explained = BTreeSet::new();
    for g in index_clusters(
        clusters,
        &["acquisition_price", "enterprise_value", "net_debt"],
    )
    .values()
    {
        let (Some(price), Some(ev)) = (g.get("acquisition_price"), g.get("enterprise_value"))
        else {
            continue;
        };
        let unit = claims[ev.members[0]].unit.clone();
        let Some((with_debt, ev_claims, ev_shown)) = consensus(claims, ev, &unit, rates, None)
        else {
            continue;
        };
        // The current prices, by whether they are the price including debt; the price of the
        // shares is read off the firm figures where there are any (a report of talks that
        // the firm ones overtook stays in the price's own comparison).
        let (mut as_ev, mut shares, mut hedged): (Vec<&Claim>, Vec<&Claim>, Vec<&Claim>) =
            (Vec::new(), Vec::new(), Vec::new());
        for c in price.members.iter().map(|&i| &claims[i]) {
            if c.status != Status::Current || c.stance != Stance::Asserted {
                continue;
            }
            let Some((b, _)) = bounds_in(c, &unit, rates) else {
                continue;
            };
            if overlap(&[b, with_debt]) {
                as_ev.push(c);
            } else if c.hedged {
                hedged.push(c);
            } else {
                shares.push(c);
            }
        }
        // (Reports of talks that agree with the firm prices are among them, in the order
        // the cluster holds them.)
        if shares.is_empty() {
            shares = hedged;
        } else if !hedged.is_empty()
            && let Some((firm, _, _)) = agreed(shares.clone(), &unit, rates)
        {
            let taken: BTreeSet<&str> = shares
                .iter()
                .copied()
                .chain(hedged.into_iter().filter(|h| {
                    bounds_in(h, &unit, rates).is_some_and(|(b, _)| overlap(&[firm, b]))
                }))
                .map(|c| &*c.id)
                .collect();
            shares = price
                .members
                .iter()
                .map(|&i| &claims[i])
                .filter(|c| taken.contains(&*c.id))
                .collect();
        }
        if as_ev.is_empty() || shares.is_empty() {
            continue;
        }
        let Some((shares_bounds, _, shares_shown)) = agreed(shares.clone(), &unit, rates) else {
            continue;
        };
        if overlap(&[shares_bounds, with_debt]) {
            continue;
        }
        let d = doc_set(as_ev.iter().copied());
        let evd = doc_set(ev_claims.iter().copied());
        let sd = doc_set(shares.iter().copied());
        let mut rules = vec!["price_with_debt_matches_enterprise_value".to_string()];
        // "$20 billion" for the shares and "$4.7 billion of net debt": their sum is checked
        // against the price including debt and shown; where it does not agree, the prices are
        // not explained by the debt, and are judged as they stand.
        let net_debt = g
            .get("net_debt")
            .and_then(|nd| consensus(claims, nd, &unit, rates, None));
        if let Some((nd, _, _)) = &net_debt {
            let sum = (
                shares_bounds.0 + nd.0,
                shares_bounds.1.zip(nd.1).map(|(a, b)| a + b),
            );
            if !overlap(&[sum, with_debt]) {
                continue;
            }
        }
        let sum_note = match &net_debt {
            Some((_, nd_claims, nd_shown)) => {
                rules.push("shares_plus_net_debt".into());
                format!(
                    " With the net debt of {} ({}), {} + {} = {}, which agrees with {}.",
                    show_value(*nd_shown, &unit),
                    docs_list(&doc_set(nd_claims.iter().copied())),
                    show_value(shares_shown, &unit),
                    show_value(*nd_shown, &unit),
                    show_value(shares_shown + nd_shown, &unit),
                    show_value(ev_shown, &unit),
                )
            }
            None => String::new(),
        };
        let explanation = format!(
            "{} ({}) is the price including debt: {} give{} {} including debt (\"{}\"). The price of the shares is {} ({}).{sum_note}",
            dedup(as_ev.iter().map(|c| show_claim(c))).join(", "),
            docs_list(&d),
            docs_list(&evd),
            verb_s(evd.len()),
            show_value(ev_shown, &unit),
            ev_claims[0].quote,
            show_value(shares_shown, &unit),
            docs_list(&sd),
        );
        explained.extend(as_ev.iter().map(|c| c.id.clone()));
        let mut all: Vec<&Claim> = as_ev.clone();
        all.extend(ev_claims.iter().copied());
        all.extend(shares.iter().copied());
        let mut with_debt_side = as_ev.clone();
        with_debt_side.extend(ev_claims.iter().copied());
        let mut sides = vec![
            side("including debt", &with_debt_side),
            side("shares", &shares),
        ];
        let mut cluster_ids = vec![price.id.clone(), ev.id.clone()];
        if let Some((_, nd_claims, _)) = &net_debt {
            all.extend(nd_claims.iter().copied());
            sides.push(side("net debt", nd_claims));
            cluster_ids.extend(g.get("net_debt").map(|c| c.id.clone()));
        }
        out.push(finding(
            Kind::Reconciled,
            None,
            false,
            price,
            "acquisition_price",
            &all,
            rules,
            explanation,
            None,
            sides,
            cluster_ids,
        ));
    }
    explained
}

/// Words of the price a premium is measured against that make it an average over days ("a 44%
/// premium over the unaffected 30-day average share price", "to the volume-weighted average
/// price"): a premium on one day's price differs from it without contradicting it.
const AVERAGE_PRICE_WORDS: &[&str] = &["average", "vwap", "weighted"];

/// Words that open the price a premium is measured against, dropped from the phrase shown.
const PREMIUM_BASE_LEADS: &[&str] = &["over", "to", "above", "on", "versus", "against"];

/// Words before a premium's figure that open the price it is measured against, when none
/// follows the figure ("Based on a 20-day average of closing prices, the offer is a premium of
/// about 10%", "Measured against the 60-day average price, the $24 offer is a premium of
/// roughly 66%").
const PREMIUM_BASE_LEADS_BEFORE: &[&str] = &["based on", "measured against", "relative to"];

/// Two words that open the price a premium is measured against ("a 33% premium compared to
/// the average price over the last three months").
const PREMIUM_BASE_TWO_WORD_LEADS: &[(&str, &str)] =
    &[("compared", "to"), ("compared", "with"), ("relative", "to")];

/// The price a premium claim is measured against, as its sentence writes it after the quote
/// (up to the end of its clause, at most twelve words, its opening preposition dropped) or,
/// when no preposition opens it, after a "based on" before the figure if there is one, and
/// whether it is an average over days ([`AVERAGE_PRICE_WORDS`]).
fn premium_base(c: &Claim) -> Option<(String, bool)> {
    let from = c.span.end.checked_sub(c.sentence.start)?;
    let rest = c.context.get(from..)?;
    // The clause: up to a comma, a semicolon or the sentence's end ("Aug. 2" keeps its dot).
    let mut end = rest.len();
    for (i, ch) in rest.char_indices() {
        let sentence_end = ch == '.'
            && rest[i + 1..].chars().next().is_none_or(|n| {
                n.is_whitespace()
                    && !rest[i + 1..]
                        .trim_start()
                        .starts_with(|d: char| d.is_ascii_digit())
            });
        // ("on December 9, 2024": the year after a date's comma is the date's.)
        let year_follows = ch == ','
            && rest[i + 1..]
                .strip_prefix(' ')
                .is_some_and(crate::source::starts_with_year);
        if (ch == ',' && !year_follows) || ch == ';' || sentence_end {
            end = i;
            break;
        }
    }
    let mut words: Vec<&str> = rest[..end].split_whitespace().take(12).collect();
    // ("to the target's last closing price and 33% above its 90-day average": another
    // figure's words are not this one's price.)
    if let Some(and) = words
        .windows(2)
        .position(|p| p[0] == "and" && p[1].starts_with(|c: char| c.is_ascii_digit()))
    {
        words.truncate(and);
    }
    let lower = |w: &str| w.to_lowercase();
    // ("33% above its 90-day average", "a 33% premium compared to the average price": the
    // quote may hold the price, after its lead.)
    let start = c.span.start.checked_sub(c.sentence.start)?;
    let quoted: Vec<&str> = c.context.get(start..from)?.split_whitespace().collect();
    // (From the lead on, after the figure — not "a premium of just over 10%" — the lead
    // dropped below.)
    let figure = quoted
        .iter()
        .position(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(quoted.len());
    if let Some(at) = quoted
        .iter()
        .skip(figure + 1)
        .position(|w| PREMIUM_BASE_LEADS.contains(&lower(w).as_str()))
        .map(|p| p + figure)
        .filter(|_| {
            !words
                .first()
                .is_some_and(|w| PREMIUM_BASE_LEADS.contains(&lower(w).as_str()))
        })
    {
        let mut from_quote: Vec<&str> = quoted[1 + at..].to_vec();
        from_quote.extend(words);
        words = from_quote;
        words.truncate(12);
    }
    let lead = words.first().map(|w| lower(w));
    let two_word_lead = words.get(1).is_some_and(|second| {
        PREMIUM_BASE_TWO_WORD_LEADS.contains(&(lead.as_deref().unwrap_or(""), &lower(second)))
    });
    if two_word_lead {
        words.drain(..2);
    } else if lead.is_some_and(|w| PREMIUM_BASE_LEADS.contains(&w.as_str())) {
        words.remove(0);
    } else if let Some(before) = c.context.get(..from)
        && let Some((at, lead)) = PREMIUM_BASE_LEADS_BEFORE
            .iter()
            .filter_map(|l| before.to_ascii_lowercase().find(l).map(|at| (at, *l)))
            .min()
    {
        // ("Based on a 20-day average of closing prices, the offer is a premium of about
        // 10% for Hess holders": no price after the figure, the one "based on" names before
        // it in the sentence, up to its comma; else the words after the figure are read as
        // they stand: "an 18.6% premium from its previous value".)
        let phrase = &before[at + lead.len()..];
        let phrase = &phrase[..phrase.find(',').unwrap_or(phrase.len())];
        words = phrase.split_whitespace().take(12).collect();
    }
    if words.is_empty() {
        return None;
    }
    // ("30-day average", "volume-weighted": each part of a hyphened word is read.)
    let average = words.iter().any(|w| {
        w.to_lowercase()
            .split('-')
            .any(|part| AVERAGE_PRICE_WORDS.contains(&part))
    });
    // (Twelve words may end at the comma of a date: "on October 20,".)
    Some((words.join(" ").trim_end_matches(',').to_string(), average))
}

/// Words of the price a premium is measured against that make it the price before any report
/// of the deal ("to the unaffected share price"): a day of its own, whose date is not written.
const UNAFFECTED_PRICE_WORDS: &[&str] = &["unaffected", "undisturbed"];

/// Days since 1970-01-01 of a civil date (the proleptic Gregorian calendar).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a count of days since 1970-01-01, as "YYYY-MM-DD".
fn civil_from_days(z: i64) -> String {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The day of the price a premium is measured against, as the words of its base name it
/// ([`premium_base`]): a date ("on December 9, 2024" → "2024-12-09"; "December 9" without a
/// year is the last one on or before the article's date), a month ("its March 2024 price"), a
/// weekday counted back from the article's date ("on Thursday", "Friday's close" in an article
/// of Friday 2025-03-07 → "2025-03-06", "2025-03-07"), a year ("last year"), or "unaffected"
/// ([`UNAFFECTED_PRICE_WORDS`]). `None` when the words name no day, or a weekday or a date
/// without its year has no article date to count from.
fn premium_base_day(base: &str, article_date: Option<&str>) -> Option<String> {
    let words: Vec<String> = base
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.to_lowercase();
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("\u{2019}s"))
                .map(str::to_string)
                .unwrap_or(w)
        })
        .collect();
    let article = article_date.and_then(|d| {
        let y = d.get(0..4)?.parse::<i64>().ok()?;
        let m = d.get(5..7)?.parse::<i64>().ok()?;
        let day = d.get(8..10)?.parse::<i64>().ok()?;
        Some((y, m, day))
    });
    let year_of = |w: &str| {
        (w.len() == 4)
            .then(|| w.parse::<i64>().ok())
            .flatten()
            .filter(|y| (1900..=2200).contains(y))
    };
    for (k, w) in words.iter().enumerate() {
        if UNAFFECTED_PRICE_WORDS.contains(&w.as_str()) {
            return Some("unaffected".into());
        }
        if let Some(month) = crate::extract::lexicon::MONTHS
            .iter()
            .find(|(name, _)| name == w)
            .map(|&(_, n)| i64::from(n))
        {
            let day = words
                .get(k + 1)
                .and_then(|d| d.parse::<i64>().ok())
                .filter(|d| (1..=31).contains(d));
            let year_at = if day.is_some() { k + 2 } else { k + 1 };
            let year = words.get(year_at).and_then(|y| year_of(y));
            match (day, year) {
                (Some(d), Some(y)) => return Some(format!("{y:04}-{month:02}-{d:02}")),
                (None, Some(y)) => return Some(format!("{y:04}-{month:02}")),
                (Some(d), None) => {
                    let (ay, am, ad) = article?;
                    let y = if (month, d) > (am, ad) { ay - 1 } else { ay };
                    return Some(format!("{y:04}-{month:02}-{d:02}"));
                }
                // ("may", "march" as words of their own.)
                (None, None) => continue,
            }
        }
        if let Some(weekday) = crate::extract::lexicon::WEEKDAYS
            .iter()
            .position(|d| d == w)
        {
            let (y, m, d) = article?;
            let today = days_from_civil(y, m, d);
            // (1970-01-01 was a Thursday: day 0 is three days after a Monday.)
            let today_weekday = (today + 3).rem_euclid(7);
            let back = (today_weekday - weekday as i64).rem_euclid(7);
            return Some(civil_from_days(today - back));
        }
        if w == "year"
            && k > 0
            && words[k - 1] == "last"
            && let Some((y, _, _)) = article
        {
            return Some(format!("{:04}", y - 1));
        }
    }
    None
}

/// Whether two days of [`premium_base_day`] may be one day: equal, or one a part of the other
/// ("2024" and "2024-12-09").
fn may_be_one_day(a: &str, b: &str) -> bool {
    let dated = |d: &str| d.starts_with(|c: char| c.is_ascii_digit());
    a == b || (dated(a) && dated(b) && (a.starts_with(b) || b.starts_with(a)))
}

/// "a premium of 8% to the stock's closing price of $10.60 on Thursday" (03) against "a 29%
/// premium over the closing share price of $8.85 on December 9, 2024" (09): premiums measured
/// against the prices of different days differ without contradicting each other. The claims
/// are grouped by the day their price names (days that may be one, as "last year" and
/// "December 9, 2024", together); reported as reconciled when there are two groups or more,
/// each agrees within, two of them do not, and every claim whose price names no day agrees
/// with one group. The claims of the groups are returned, to leave the premium's own
/// comparison.
fn premiums_on_other_days<'a>(
    cl: &Cluster,
    members: &[&'a Claim],
    rates: &Rates,
    out: &mut Vec<Finding>,
) -> Option<Vec<&'a Claim>> {
    let unit = "percent";
    // (day, its base as written, its claims), in the order of the claims.
    let mut days: Vec<(String, String, Vec<&'a Claim>)> = Vec::new();
    let mut undated: Vec<&'a Claim> = Vec::new();
    for &c in members {
        let based = premium_base(c)
            .and_then(|(base, _)| premium_base_day(&base, c.date.as_deref()).map(|d| (d, base)));
        match based {
            Some((day, base)) => match days.iter_mut().find(|(d, _, _)| may_be_one_day(d, &day)) {
                Some(group) => {
                    // (The group's day is its most precise one, and its base that day's.)
                    if day.len() > group.0.len() {
                        group.0 = day;
                        group.1 = base;
                    }
                    group.2.push(c);
                }
                None => days.push((day, base, vec![c])),
            },
            None => undated.push(c),
        }
    }
    if days.len() < 2 {
        return None;
    }
    let mut groups = Vec::new();
    for (day, base, cs) in &days {
        let (b, _, shown) = agreed(cs.clone(), unit, rates)?;
        groups.push((day, base, cs, b, shown));
    }
    if overlap(&groups.iter().map(|g| g.3).collect::<Vec<_>>()) {
        return None;
    }
    for c in &undated {
        let (b, _) = bounds_in(c, unit, rates)?;
        if !groups.iter().any(|g| overlap(&[g.3, b])) {
            return None;
        }
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|(day, base, cs, _, shown)| {
            let when = if day.as_str() == "unaffected" {
                "the unaffected price".to_string()
            } else {
                format!("the price of {day}")
            };
            format!(
                "{} ({}) against {when} (\"{base}\")",
                show_value(*shown, unit),
                docs_list(&doc_set(cs.iter().copied())),
            )
        })
        .collect();
    let explanation = format!(
        "The premiums are measured against the prices of different days: {}.",
        parts.join("; ")
    );
    let all: Vec<&'a Claim> = groups.iter().flat_map(|g| g.2.iter().copied()).collect();
    let sides = groups.iter().map(|g| side(g.0, g.2)).collect();
    out.push(finding(
        Kind::Reconciled,
        None,
        false,
        cl,
        "premium_percent",
        &all,
        vec!["premiums_on_other_days".to_string()],
        explanation,
        None,
        sides,
        vec![cl.id.clone()],
    ));
    Some(all)
}

/// "a 44% premium over the 30-day average share price" (01) against "a premium of 33% over the
/// closing price on Aug. 2" (04, 05): premiums measured against an average price and against
/// one day's price differ without contradicting each other. Reported as reconciled (the prices
/// each side names shown), and those figures leave the premium's own comparison (the ids
/// returned), when each side agrees within and the two do not.
pub fn premiums_on_other_prices<'a>(
    claims: &'a [Claim],
    clusters: &Clusters,
    rates: &Rates,
    out: &mut Vec<Finding>,
) -> BTreeSet<String> {
    let mut explained = BTreeSet::new();
    for cl in clusters
        .clusters
        .iter()
        .filter(|cl| &*cl.key.attribute == "premium_percent" && cl.members.len() >= 2)
    {
        // Each side's claims with the price each names.
        let mut average: Vec<(&Claim, String)> = Vec::new();
        let mut day: Vec<(&Claim, String)> = Vec::new();
        let mut current: Vec<&Claim> = Vec::new();
        for c in cl.members.iter().map(|&i| &claims[i]) {
            if c.status != Status::Current || c.stance != Stance::Asserted {
                continue;
            }
            current.push(c);
            match premium_base(c) {
                Some((base, true)) => average.push((c, base)),
                Some((base, false)) => day.push((c, base)),
                None => {}
            }
        }
        // (No average price: the prices of one day or of several.)
        if average.is_empty() {
            if let Some(all) = premiums_on_other_days(cl, &current, rates, out) {
                explained.extend(all.iter().map(|c| c.id.clone()));
            }
            continue;
        }
        if day.is_empty() {
            continue;
        }
        let unit = "percent";
        let claims_of = |side: &[(&'a Claim, String)]| -> Vec<&'a Claim> {
            side.iter().map(|(c, _)| *c).collect()
        };
        let (average_claims, mut day_claims) = (claims_of(&average), claims_of(&day));
        // (A loose figure that the exact ones do not agree with, "nearly 90% above
        // Wednesday's close" beside "86.5%", is judged on its own, not explained here.)
        let day_agreed = agreed(day_claims.clone(), unit, rates).or_else(|| {
            let exact: Vec<&Claim> = day_claims
                .iter()
                .copied()
                .filter(|c| c.qualifier == Qualifier::Exact)
                .collect();
            let found = agreed(exact.clone(), unit, rates).filter(|_| !exact.is_empty());
            if found.is_some() {
                day_claims = exact;
            }
            found
        });
        let (Some((a, _, a_shown)), Some((d, _, d_shown))) =
            (agreed(average_claims.clone(), unit, rates), day_agreed)
        else {
            continue;
        };
        if overlap(&[a, d]) {
            continue;
        }
        let ad = doc_set(average_claims.iter().copied());
        let dd = doc_set(day_claims.iter().copied());
        // (Each figure a side writes, where they differ: "86% / 86.5% / 87%".)
        let figures = |cs: &[&Claim], shown: Decimal| {
            let values: BTreeSet<Decimal> = cs.iter().filter_map(|c| c.value.number()).collect();
            if values.len() > 1 {
                let listed: Vec<String> = values.iter().map(|v| show_value(*v, unit)).collect();
                listed.join(" / ")
            } else {
                show_value(shown, unit)
            }
        };
        let explanation = format!(
            "The premiums are measured against different prices: {} ({}) against an average price (\"{}\"); {} ({}) against {} (\"{}\").",
            figures(&average_claims, a_shown),
            docs_list(&ad),
            average[0].1,
            figures(&day_claims, d_shown),
            docs_list(&dd),
            if dd.len() == 1 {
                "another price"
            } else {
                "other prices"
            },
            day[0].1,
        );
        let all: Vec<&Claim> = average_claims.iter().chain(&day_claims).copied().collect();
        explained.extend(all.iter().map(|c| c.id.clone()));
        out.push(finding(
            Kind::Reconciled,
            None,
            false,
            cl,
            "premium_percent",
            &all,
            vec!["premiums_on_other_prices".to_string()],
            explanation,
            None,
            vec![
                side("average price", &average_claims),
                side("other price", &day_claims),
            ],
            vec![cl.id.clone()],
        ));
    }
    explained
}

/// "A previously proposed $100 billion investment ... to a $30 billion equity stake": a figure
/// marked as replaced whose replacement the articles give under a sibling attribute
/// (investment total and investor amount of the same investor). Reported as superseded.
pub fn superseded_across_attributes(claims: &[Claim], clusters: &Clusters, out: &mut Vec<Finding>) {
    const SIBLINGS: &[(&str, &str)] = &[
        ("deal_total", "investor_amount"),
        ("investor_amount", "deal_total"),
    ];
    type Key<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>, &'a str);
    let by_key: HashMap<Key, &Cluster> = clusters
        .clusters
        .iter()
        .map(|c| {
            (
                (
                    c.key.story.as_str(),
                    &*c.key.subject,
                    c.key.investor.as_deref(),
                    c.key.scope.as_deref(),
                    &*c.key.attribute,
                ),
                c,
            )
        })
        .collect();
    for cl in &clusters.clusters {
        let members: Vec<&Claim> = cl.members.iter().map(|&i| &claims[i]).collect();
        if !members.iter().all(|c| c.status == Status::Superseded) {
            continue;
        }
        let Some((_, sibling)) = SIBLINGS.iter().find(|(a, _)| *a == cl.key.attribute) else {
            continue;
        };
        let key = (
            cl.key.story.as_str(),
            &*cl.key.subject,
            cl.key.investor.as_deref(),
            cl.key.scope.as_deref(),
            *sibling,
        );
        let Some(sib) = by_key.get(&key) else {
            continue;
        };
        let current: Vec<&Claim> = sib
            .members
            .iter()
            .map(|&i| &claims[i])
            .filter(|c| c.status == Status::Current && c.stance == Stance::Asserted)
            .collect();
        if current.is_empty() {
            continue;
        }
        let old = doc_set(members.iter().copied());
        let new = doc_set(current.iter().copied());
        let explanation = format!(
            "{} report{} {} as an earlier figure (\"{}\"); the current figure is {} ({}).{}",
            docs_list(&old),
            verb_s(old.len()),
            dedup(members.iter().map(|c| show_claim(c))).join(", "),
            members[0].quote,
            dedup(current.iter().map(|c| show_claim(c))).join(", "),
            docs_list(&new),
            dates_note(members.iter().chain(current.iter()).copied())
        );
        let mut all = members.clone();
        all.extend(current.iter().copied());
        let sides = vec![side("earlier", &members), side("current", &current)];
        out.push(finding(
            Kind::Superseded,
            None,
            false,
            sib,
            sibling,
            &all,
            vec!["marked_superseded".into()],
            explanation,
            None,
            sides,
            vec![cl.id.clone(), sib.id.clone()],
        ));
    }
}

/// The same figure between the same two parties, a contract in some articles and an
/// investment in others ("OpenAI pours $12B into CoreWeave" beside "a five-year contract worth
/// $11.9 billion"): a disagreement on the form of the money (`contract_called_investment`).
pub fn contract_called_investment(
    claims: &[Claim],
    clusters: &Clusters,
    rates: &Rates,
    out: &mut Vec<Finding>,
) {
    let mut contracts: HashMap<(&str, &str, Option<&str>), &Cluster> = HashMap::new();
    for cl in clusters
        .clusters
        .iter()
        .filter(|c| c.key.attribute == "contract_value")
    {
        contracts.insert(
            (
                cl.key.story.as_str(),
                &*cl.key.subject,
                cl.key.scope.as_deref(),
            ),
            cl,
        );
    }
    for inv in clusters
        .clusters
        .iter()
        .filter(|c| c.key.attribute == "deal_total")
    {
        let Some(investor) = &inv.key.investor else {
            continue;
        };
        let mut pair = [&*inv.key.subject, investor.as_str()];
        pair.sort_unstable();
        let subject = pair.join(&crate::cluster::PAIR_SEPARATOR.to_string());
        let Some(con) = contracts.get(&(
            inv.key.story.as_str(),
            subject.as_str(),
            inv.key.scope.as_deref(),
        )) else {
            continue;
        };
        let unit = claims[con.members[0]].unit.clone();
        let (Some(c), Some(i)) = (
            consensus(claims, con, &unit, rates, None),
            consensus(claims, inv, &unit, rates, None),
        ) else {
            continue;
        };
        if !overlap(&[c.0, i.0]) {
            continue;
        }
        let cd = doc_set(c.1.iter().copied());
        let id = doc_set(i.1.iter().copied());
        if cd == id {
            continue; // one set of articles using both words is no disagreement between articles
        }
        let explanation = format!(
            "{} report{} {} as an investment by {} in {} (\"{}\"); {} report{} {} as a contract between them (\"{}\").",
            docs_list(&id),
            verb_s(id.len()),
            dedup(i.1.iter().map(|x| show_claim(x))).join(", "),
            investor,
            inv.key.subject,
            i.1[0].quote,
            docs_list(&cd),
            verb_s(cd.len()),
            dedup(c.1.iter().map(|x| show_claim(x))).join(", "),
            c.1[0].quote
        );
        let mut all: Vec<&Claim> = i.1.clone();
        all.extend(c.1.iter().copied());
        let hedged = i.1.iter().all(|x| x.hedged);
        let severity = if hedged {
            Severity::Low
        } else {
            Severity::Medium
        };
        let sides = vec![side("investment", &i.1), side("contract", &c.1)];
        out.push(finding(
            Kind::Contradiction,
            Some(severity),
            hedged,
            inv,
            "investment_form",
            &all,
            vec!["contract_called_investment".into()],
            explanation,
            None,
            sides,
            vec![inv.id.clone(), con.id.clone()],
        ));
    }
}

/// Pre-money + round = post-money, in exact decimals.
pub fn valuation_arithmetic(
    claims: &[Claim],
    clusters: &Clusters,
    rates: &Rates,
    threads: Threads,
    out: &mut Vec<Finding>,
) {
    let groups = index_clusters(
        clusters,
        &["valuation_pre_money", "round_size", "valuation_post_money"],
    );
    each_group(groups.values(), threads, out, |g, out| {
        let (Some(pre), Some(round), Some(post)) = (
            g.get("valuation_pre_money"),
            g.get("round_size"),
            g.get("valuation_post_money"),
        ) else {
            return;
        };
        let unit = claims[post.members[0]].unit.clone();
        // The three figures of one time: the latest of all three clusters' (a round's
        // valuation after the money is not the sum of a later round and its valuation).
        let latest = latest_date(
            [pre, round, post]
                .iter()
                .flat_map(|cl| cl.members.iter().map(|&i| &claims[i]))
                .filter(|c| counts_in_consensus(c)),
        );
        let (Some(p), Some(r), Some(q)) = (
            consensus(claims, pre, &unit, rates, latest),
            consensus(claims, round, &unit, rates, latest),
            consensus(claims, post, &unit, rates, latest),
        ) else {
            return;
        };
        let sum = (p.0.0 + r.0.0, p.0.1.zip(r.0.1).map(|(a, b)| a + b));
        let adds_up = overlap(&[sum, q.0]);
        let total = p.2 + r.2;
        let arithmetic = format!(
            "{} pre-money + {} round = {} post-money",
            show_value(p.2, &unit),
            show_value(r.2, &unit),
            show_value(total, &unit)
        );
        let mut all: Vec<&Claim> = p.1.clone();
        all.extend(r.1.iter().copied());
        all.extend(q.1.iter().copied());
        let pd = doc_set(p.1.iter().copied());
        let rd = doc_set(r.1.iter().copied());
        let qd = doc_set(q.1.iter().copied());
        let post_shown = dedup(q.1.iter().map(|c| show_claim(c))).join(", ");
        let sides = vec![
            side("pre-money", &p.1),
            side("round", &r.1),
            side("post-money", &q.1),
        ];
        if adds_up {
            let explanation = format!(
                "{} pre-money ({}) + {} round ({}) = {}, which is the post-money valuation of {} ({}): the figures differ because one is before the money and one after, and they add up.",
                show_value(p.2, &unit),
                docs_list(&pd),
                show_value(r.2, &unit),
                docs_list(&rd),
                show_value(total, &unit),
                post_shown,
                docs_list(&qd)
            );
            let mut f = finding(
                Kind::Reconciled,
                None,
                false,
                post,
                "valuation",
                &all,
                vec!["pre_plus_round_is_post".into()],
                explanation,
                Some(arithmetic),
                sides,
                vec![pre.id.clone(), round.id.clone(), post.id.clone()],
            );
            f.computed = Some(total);
            out.push(f);
        } else {
            let hedged = all.iter().any(|c| c.hedged);
            let explanation = format!(
                "{} pre-money ({}) + {} round ({}) = {}, but {} report{} a post-money valuation of {}: the figures do not add up.",
                show_value(p.2, &unit),
                docs_list(&pd),
                show_value(r.2, &unit),
                docs_list(&rd),
                show_value(total, &unit),
                docs_list(&qd),
                verb_s(qd.len()),
                post_shown
            );
            let severity = if hedged {
                Severity::Medium
            } else {
                Severity::High
            };
            let mut f = finding(
                Kind::Contradiction,
                Some(severity),
                hedged,
                post,
                "valuation",
                &all,
                vec!["pre_plus_round_is_post".into()],
                explanation,
                Some(arithmetic),
                sides,
                vec![pre.id.clone(), round.id.clone(), post.id.clone()],
            );
            f.computed = Some(total);
            out.push(f);
        }
    });
}

/// Figures that are parts of a total: the parts' attributes (the first always there, at
/// least one of the others), the total's, and how a finding names them.
struct PartsOfTotal {
    first: &'static str,
    rest: &'static [&'static str],
    total: &'static str,
    /// The finding's attribute.
    attribute: &'static str,
    rule: &'static str,
    /// What the parts are, before the party: "The tranches of".
    parts: &'static str,
}

/// Tranches sum to the total an investor commits; an equity round and the debt raised with
/// it sum to the financing's total ("$10 billion Series J and $5.25 billion in debt, $15.25
/// billion in all").
const PARTS_OF_TOTALS: &[PartsOfTotal] = &[
    PartsOfTotal {
        first: "tranche_initial",
        rest: &["tranche_contingent", "tranche_second"],
        total: "deal_total",
        attribute: "tranche",
        rule: "tranches_sum_to_total",
        parts: "The tranches of",
    },
    PartsOfTotal {
        first: "round_size",
        rest: &["debt_financing"],
        total: "financing_total",
        attribute: "financing",
        rule: "equity_and_debt_sum_to_total",
        parts: "The equity round and the debt of",
    },
    // "more than $27 billion of debt and about $2.5 billion of equity", "almost $30 billion"
    PartsOfTotal {
        first: "equity_financing",
        rest: &["debt_financing"],
        total: "financing_total",
        attribute: "financing",
        rule: "equity_and_debt_sum_to_total",
        parts: "The equity and the debt of",
    },
];

/// Parts sum to their total ([`PARTS_OF_TOTALS`]): a reconciled finding when they do, a
/// contradiction when they do not.
pub fn tranche_arithmetic(
    claims: &[Claim],
    clusters: &Clusters,
    rates: &Rates,
    threads: Threads,
    out: &mut Vec<Finding>,
) {
    for sum in PARTS_OF_TOTALS {
        parts_of_total(sum, claims, clusters, rates, threads, out);
    }
}

fn parts_of_total(
    sum: &PartsOfTotal,
    claims: &[Claim],
    clusters: &Clusters,
    rates: &Rates,
    threads: Threads,
    out: &mut Vec<Finding>,
) {
    let attributes: Vec<&str> = [sum.first, sum.total]
        .into_iter()
        .chain(sum.rest.iter().copied())
        .collect();
    let groups = index_clusters(clusters, &attributes);
    each_group(groups.values(), threads, out, |g, out| {
        let (Some(total), Some(first)) = (g.get(sum.total), g.get(sum.first)) else {
            return;
        };
        let rest: Vec<&&Cluster> = sum.rest.iter().filter_map(|a| g.get(*a)).collect();
        if rest.is_empty() {
            return;
        }
        let unit = claims[total.members[0]].unit.clone();
        let Some(t) = consensus(claims, total, &unit, rates, None) else {
            return;
        };
        let Some(f) = consensus(claims, first, &unit, rates, None) else {
            return;
        };
        let mut parts = vec![f.clone()];
        let mut ok = true;
        for r in &rest {
            match consensus(claims, r, &unit, rates, None) {
                Some(x) => parts.push(x),
                None => ok = false,
            }
        }
        if !ok {
            return;
        }
        let lo: Decimal = parts.iter().map(|p| p.0.0).sum();
        let hi = parts
            .iter()
            .map(|p| p.0.1)
            .collect::<Option<Vec<_>>>()
            .map(|v| v.into_iter().sum::<Decimal>());
        let sum_shown: Decimal = parts.iter().map(|p| p.2).sum();
        let adds_up = overlap(&[(lo, hi), t.0]);
        let arithmetic = format!(
            "{} = {}",
            parts
                .iter()
                .map(|p| show_value(p.2, &unit))
                .collect::<Vec<_>>()
                .join(" + "),
            show_value(sum_shown, &unit)
        );
        let mut all: Vec<&Claim> = parts.iter().flat_map(|p| p.1.iter().copied()).collect();
        all.extend(t.1.iter().copied());
        let td = doc_set(t.1.iter().copied());
        let total_shown = dedup(t.1.iter().map(|c| show_claim(c))).join(", ");
        let mut clusters_v = vec![first.id.clone()];
        clusters_v.extend(rest.iter().map(|r| r.id.clone()));
        clusters_v.push(total.id.clone());
        let mut sides: Vec<Side> = parts
            .iter()
            .map(|p| side(&show_value(p.2, &unit), &p.1))
            .collect();
        sides.push(side("total", &t.1));
        if adds_up {
            let explanation = format!(
                "{} {} add up: {arithmetic}, the total of {} ({}).",
                sum.parts,
                who(total),
                total_shown,
                docs_list(&td)
            );
            let mut f = finding(
                Kind::Reconciled,
                None,
                false,
                total,
                sum.attribute,
                &all,
                vec![sum.rule.into()],
                explanation,
                Some(arithmetic),
                sides,
                clusters_v,
            );
            f.computed = Some(sum_shown);
            out.push(f);
        } else {
            let explanation = format!(
                "{} {} sum to {} ({arithmetic}), but the total reported is {} ({}).",
                sum.parts,
                who(total),
                show_value(sum_shown, &unit),
                total_shown,
                docs_list(&td)
            );
            let hedged = all.iter().any(|c| c.hedged);
            let severity = if hedged {
                Severity::Medium
            } else {
                Severity::High
            };
            let mut f = finding(
                Kind::Contradiction,
                Some(severity),
                hedged,
                total,
                sum.attribute,
                &all,
                vec![sum.rule.into()],
                explanation,
                Some(arithmetic),
                sides,
                clusters_v,
            );
            f.computed = Some(sum_shown);
            out.push(f);
        }
    });
}

/// Counts findings by kind, for the summary.
pub fn counts(findings: &[Finding]) -> BTreeMap<Kind, usize> {
    let mut m = BTreeMap::new();
    for f in findings {
        *m.entry(f.kind).or_default() += 1;
    }
    m
}

/// The stories of the findings' documents never mix (a run over several stories).
pub fn stories_of(f: &Finding) -> BTreeSet<&str> {
    f.docs.iter().map(|d| story_of(d)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cluster;
    use crate::extract;
    use crate::ingest::{Article, Format, Meta};

    proptest::proptest! {
        /// Bounds put together one at a time share a point exactly when the highest low is at
        /// most the lowest high, as `overlap` was first written; and an envelope grown by one
        /// more bound is that of all of them (how increments are tried against figures).
        #[test]
        fn an_envelope_is_the_overlap_of_its_bounds(
            raw in proptest::collection::vec((-50i64..50, proptest::option::of(-50i64..50)), 0..8),
            extra in (-50i64..50, proptest::option::of(-50i64..50)),
        ) {
            let b = |(lo, hi): (i64, Option<i64>)| -> Bounds {
                (Decimal::from(lo), hi.map(Decimal::from))
            };
            let reference = |bs: &[Bounds]| {
                let lo = bs.iter().map(|b| b.0).max();
                let hi = bs.iter().filter_map(|b| b.1).min();
                match (lo, hi) {
                    (Some(lo), Some(hi)) => lo <= hi,
                    _ => true,
                }
            };
            let bs: Vec<Bounds> = raw.iter().copied().map(b).collect();
            proptest::prop_assert_eq!(overlap(&bs), reference(&bs));
            let together: Envelope = bs.iter().fold(None, |e, x| envelope_with(e, *x));
            let mut all = bs.clone();
            all.push(b(extra));
            proptest::prop_assert_eq!(envelope_holds(envelope_with(together, b(extra))), reference(&all));
        }
    }

    /// [`group_consistent`] as first written after its first step ([`firm_groups`]): every wide
    /// bound tried against every group.
    fn group_by_trying_every_group<'a>(
        items: &[(&'a Claim, Bounds)],
    ) -> Vec<Vec<(&'a Claim, Bounds)>> {
        let (mut groups, wide) = firm_groups(items);
        for it in wide {
            let fits = groups.iter().filter(|(b, _)| overlap(&[*b, it.1])).count();
            if fits > 1 {
                continue;
            }
            match groups.iter_mut().find(|(b, _)| overlap(&[*b, it.1])) {
                Some((b, g)) => {
                    *b = narrowed(*b, it.1);
                    g.push(it);
                }
                None => groups.push((it.1, vec![it])),
            }
        }
        groups.into_iter().map(|(_, g)| g).collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, .. Default::default() })]
        /// Groups found by searching the groups' lows are the groups found by trying every
        /// group, on figures of every qualifier, many of them wide.
        #[test]
        fn grouping_by_search_is_grouping_by_trying_every_group(
            figures in proptest::collection::vec((0usize..5, -3i64..60, 0i64..8, 0i64..6), 0..24),
        ) {
            let claims: Vec<Claim> = figures
                .iter()
                .enumerate()
                .map(|(i, &(q, v, step, width))| {
                    let q = ["exact", "approx", "range", "up_to", "at_least"][q];
                    serde_json::from_value(serde_json::json!({
                        "id": format!("c{i:02}"), "doc": "a", "subject": "s",
                        "attribute": "deal_total", "value": v, "unit": "USD", "qualifier": q,
                        "range": [v, v + width], "investor": null, "hedged": false,
                        "stance": "asserted", "quote": "q", "span": [0, 1], "sentence": [0, 1],
                        "step": step
                    }))
                    .unwrap()
                })
                .collect();
            let items: Vec<(&Claim, Bounds)> = claims
                .iter()
                .filter_map(|c| bounds(c).map(|(b, _)| (c, b)))
                .collect();
            let ids = |groups: Vec<Vec<(&Claim, Bounds)>>| -> Vec<Vec<String>> {
                groups
                    .iter()
                    .map(|g| g.iter().map(|(c, _)| c.id.clone()).collect())
                    .collect()
            };
            proptest::prop_assert_eq!(
                ids(group_consistent(&items)),
                ids(group_by_trying_every_group(&items))
            );
        }
    }

    /// Extracts articles (doc, date, text), clusters and reconciles them.
    fn run(docs: &[(&str, Option<&str>, &str)]) -> (Vec<Claim>, Vec<Finding>) {
        let mut claims = Vec::new();
        for (doc, date, text) in docs {
            let meta = Meta {
                date: date.map(str::to_string),
                ..Meta::default()
            };
            let a = Article {
                doc: doc.to_string(),
                format: Format::Text,
                meta,
                text: text.to_string(),
                warnings: vec![],
            };
            claims.extend(extract::extract(&a).claims);
        }
        let clusters = cluster::cluster(&claims);
        let findings = reconcile(&claims, &clusters);
        (claims, findings)
    }

    fn show(findings: &[Finding]) -> String {
        findings
            .iter()
            .filter(|f| f.kind != Kind::SingleSource)
            .map(|f| {
                let sev = f
                    .severity
                    .map(|s| format!(" {s:?}").to_lowercase())
                    .unwrap_or_default();
                let docs: Vec<String> = f.docs.iter().map(|d| doc_label(d)).collect();
                format!(
                    "{:?}{sev}{} {} [{}] {}: {}",
                    f.kind,
                    if f.hedged { " hedged" } else { "" },
                    f.attribute,
                    docs.join(","),
                    f.rules.join("+"),
                    f.explanation
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_document_at_odds_with_itself_is_named_beside_those_that_agree() {
        // a's two valuations fall on two sides: b and c agree, and the finding says a was set
        // aside, not that three articles agree on three figures.
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "The round values Acme at $55 billion. Another report values Acme at $43 billion.",
            ),
            ("s/b.txt", None, "The round values Acme at $62 billion."),
            ("s/c.txt", None, "The round values Acme at $62 billion."),
        ]);
        insta::assert_snapshot!(show(&f), @"Agreement valuation_unspecified [a,b,c] stated_precision: 2 articles (b, c) agree on valuation unspecified of Acme: $62B. a gives figures that do not agree with each other ($55B, $43B), so it takes no side.");
    }

    #[test]
    fn parts_of_a_documents_total_are_no_side_and_equity_and_debt_add_up() {
        // a gives its debt and the two facilities it is made of; b the debt alone.
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "Acme closed a $10 billion funding round and added $5.25 billion in debt financing, bringing the total it has raised in the financing to $15.25 billion. The debt is a $2.5 billion revolving credit facility and a $2.75 billion term loan.",
            ),
            (
                "s/b.txt",
                None,
                "Acme has raised $15.25 billion in equity and debt, adding a $5.25 billion credit facility to its $10 billion funding round.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @"
        Reconciled financing [a,b] equity_and_debt_sum_to_total: The equity round and the debt of Acme add up: $10B + $5.25B = $15.25B, the total of $15.25B (a, b).
        Agreement debt_financing [a,b] stated_precision: 2 articles (a, b) agree on debt financing of Acme: $5.25B. a gives $2.5B and $2.75B as parts of its $5.25B.
        Agreement financing_total [a,b] stated_precision: 2 articles (a, b) agree on financing total of Acme: $15.25B.
        Agreement round_size [a,b] stated_precision: 2 articles (a, b) agree on round size of Acme: $10B.
        ");
    }

    #[test]
    fn approximately_agrees_within_two_percent() {
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "The round values Acme at approximately $840 billion after the investment.",
            ),
            (
                "s/b.txt",
                None,
                "The round values Acme at $839.5 billion after the investment.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"Agreement valuation_post_money [a,b] approx_2pct+stated_precision: 2 articles (a, b) agree on valuation post money of Acme: about $840B, $839.5B are consistent ("about" allows 2 %; exact figures agree at the precision they are written)."#);
    }

    #[test]
    fn bounds_agree_and_firm_figures_that_differ_contradict() {
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "Acme will invest up to $50 billion in Beta. Beta is raising a round that could exceed $100 billion.",
            ),
            (
                "s/b.txt",
                None,
                "Acme will invest $50 billion in Beta. Beta closed a $110 billion funding round.",
            ),
            ("s/c.txt", None, "Acme will invest $40 billion in Beta."),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Contradiction high deal_total [b,c] stated_precision+up_to_bound: The articles disagree on deal total of Acme's money in Beta: $40B (c) vs $50B (b). These figures do not overlap even allowing for qualifiers and stated precision.
        Agreement round_size [a,b] at_least_bound+stated_precision: 2 articles (a, b) agree on round size of Beta: at least $100B, $110B are consistent ("more than X" allows any larger figure; exact figures agree at the precision they are written).
        "#);
    }

    #[test]
    fn caps_that_differ_disagree_and_an_amount_that_could_be_cut_to_contradicts_nothing() {
        // "Up to" agrees with what is below it ("$8 billion" paid so far), but two caps of one
        // part that differ disagree ($20B beside $200B). What the money could be cut to, if a
        // condition fails, is not the deal agreed.
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "Acme will invest $5 billion in Beta now, with up to $20 billion more tied to commercial milestones. Acme's investment could be reduced to $2 billion if Beta misses them.",
            ),
            (
                "s/b.txt",
                None,
                "Acme will invest $5 billion in Beta now and could add up to $200 billion more as Beta meets commercial targets.",
            ),
            (
                "s/c.txt",
                None,
                "Acme will invest $5 billion in Beta immediately. A further $20 billion is contingent on milestones.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Contradiction medium hedged tranche_contingent [a,b,c] stated_precision+up_to_bound+up_to_caps_differ+hedged_lowers_severity: The articles disagree on tranche contingent of Acme's money in Beta: $20B / up to $20B (a, c) vs up to $200B (b, hedged). These figures do not overlap even allowing for qualifiers and stated precision. The "up to" figures state different caps, so each is read as its cap.
        Agreement tranche_condition [a,c] same_condition: 2 articles (a, c) name milestones as a condition on Acme's money in Beta.
        Agreement tranche_initial [a,b,c] stated_precision: 3 articles (a, b, c) agree on tranche initial of Acme's money in Beta: $5B.
        "#);
    }

    #[test]
    fn a_cap_rounded_is_the_same_cap() {
        // "up to $20bn" is "up to $19.4 billion" rounded (within 5 %): the caps agree, and so
        // does the $17.4 billion every article gives as the contract's base.
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "Vantor will provide GPU capacity to Corvex in a deal valued at $17.4 billion with an option to spend up to $19.4 billion.",
            ),
            (
                "s/b.txt",
                None,
                "Corvex has signed a deal worth up to $20bn with Vantor to supply computing power. Vantor said the contract was worth $17.4bn over the next five years.",
            ),
            (
                "s/c.txt",
                None,
                "Vantor signed a $17.4 billion, five-year GPU supply agreement with Corvex.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"Agreement contract_value [a,b,c] stated_precision+up_to_bound: 3 articles (a, b, c) agree on contract value of Corvex–Vantor: $17.4B, up to $19.4B, up to $20B are consistent (exact figures agree at the precision they are written; "up to X" allows X)."#);
    }

    #[test]
    fn hedged_figure_against_firm_is_one_severity_lower() {
        let (_, f) = run(&[
            ("s/a.txt", None, "Acme will invest $10 billion in Beta."),
            (
                "s/b.txt",
                None,
                "Acme will invest $12 billion in Beta, according to people familiar with the matter.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @"Contradiction medium hedged deal_total [a,b] stated_precision+hedged_lowers_severity: The articles disagree on deal total of Acme's money in Beta: $10B (a) vs $12B (b, hedged). These figures do not overlap even allowing for qualifiers and stated precision.");
    }

    #[test]
    fn pre_and_post_money_that_do_not_add_up() {
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "Beta raised $100 million at a $900 million pre-money valuation.",
            ),
            (
                "s/b.txt",
                None,
                "The round values Beta at $1.2 billion after the investment.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @"Contradiction high valuation [a,b] pre_plus_round_is_post: $900M pre-money (a) + $100M round (a) = $1B, but b reports a post-money valuation of $1.2B: the figures do not add up.");
    }

    #[test]
    fn pre_and_post_money_that_add_up() {
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "Beta raised $100 million at a $900 million pre-money valuation.",
            ),
            (
                "s/b.txt",
                None,
                "The round values Beta at about $1 billion after the investment.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @"Reconciled valuation [a,b] pre_plus_round_is_post: $900M pre-money (a) + $100M round (a) = $1B, which is the post-money valuation of about $1B (b): the figures differ because one is before the money and one after, and they add up.");
    }

    #[test]
    fn a_valuation_before_the_money_is_the_post_money_one_less_the_round() {
        // The talks' $28 billion (a) is the pre-money valuation: c says its $30.5 billion
        // counts the new money, and $30.5B - $2.5B = $28B; d's $30.5 billion is the
        // post-money one (b's "could be valued", floated, is no current figure). The round's $2.5 billion of February and of June are one step
        // after the $1.5 billion of August 2024.
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-02-21"),
                "Vantor is raising $2.5 billion at a $28 billion valuation. The company raised $1.5 billion in August 2024.",
            ),
            (
                "s/b.txt",
                Some("2025-02-22"),
                "Vantor could be valued at $28 billion in the round, people familiar said.",
            ),
            (
                "s/c.txt",
                Some("2025-06-05"),
                "Vantor closed a $2.5 billion funding round that lifts its valuation to $30.5 billion. The round was oversubscribed. The new valuation includes the additional financing.",
            ),
            (
                "s/d.txt",
                Some("2025-06-06"),
                "Vantor raised $2.5 billion at a $30.5 billion valuation.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Reconciled valuation [a,c,d] unspecified_matches_pre_or_post: Valuations the articles give without saying before or after the money match the pre- and post-money figures: $28B (a) is the pre-money valuation ($30.5B post-money - $2.5B round = $28B); $30.5B (d) is the post-money valuation ($30.5B).
        Superseded round_size [a,c,d] dated_to_its_time: The figures of round size of Vantor held at different times: $1.5B (a, 2024-08), then $2.5B (a, c, d, 2025-02-21 to 2025-06-06). Later articles date the earlier figures themselves (a: "raised $1.5 billion"): a change over time, not a contradiction.
        Agreement round_size [c,d] stated_precision: 2 articles (c, d) agree on round size of Vantor: $2.5B.
        "#);
    }

    /// Two rounds months apart: October's post-money valuation is not the sum of March's
    /// pre-money valuation and March's round (no contradiction), and "$2 billion" in October
    /// and "$2.5 billion" in March, which agree only at the precision they are written, are
    /// a change over time, not one figure; within one time they agree, as the precision
    /// they are written allows.
    #[test]
    fn a_later_round_is_neither_summed_with_nor_agreed_with_an_earlier_one() {
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-10-09"),
                "Beta has raised $2 billion in new funding. The deal values Beta at $8 billion, including the new money.",
            ),
            (
                "s/b.txt",
                Some("2025-10-10"),
                "Beta raised a $2 billion funding round.",
            ),
            (
                "s/c.txt",
                Some("2026-03-26"),
                "Beta is in talks to raise $2.5 billion at a $25 billion pre-money valuation.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @"
        Superseded round_size [a,b,c] reported_months_apart: The figures of round size of Beta held at different times: $2B (a, b, 2025-10-09 to 2025-10-10), then $2.5B (c, 2026-03-26). The articles are months apart and the figures more than 2 % apart: a change over time, not a contradiction.
        Agreement round_size [a,b] stated_precision: 2 articles (a, b) agree on round size of Beta: $2B.
        ");
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-10-09"),
                "Beta has raised $2 billion in new funding.",
            ),
            ("s/c.txt", Some("2025-10-26"), "Beta raised $2.5 billion."),
        ]);
        insta::assert_snapshot!(show(&f), @"Agreement round_size [a,c] stated_precision: 2 articles (a, c) agree on round size of Beta: $2B, $2.5B are consistent (exact figures agree at the precision they are written).");
    }

    /// A lead that one article asserts and another denies is one contradiction; sums months
    /// apart that disagree within the later time are judged by time: the earlier round
    /// agrees with itself, the later time's figures contradict each other, and the change
    /// between the times is superseded, not a third side of one contradiction.
    #[test]
    fn a_denied_lead_and_a_later_times_disagreement() {
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-10-09"),
                "Beta has raised $2 billion in a round led by Nvidia.",
            ),
            (
                "s/b.txt",
                Some("2025-10-16"),
                "Nvidia says it did not lead Beta's round. Beta raised a $2 billion round.",
            ),
            (
                "s/c.txt",
                Some("2026-03-26"),
                "Beta is in talks to raise $2.5 billion, the Journal reported.",
            ),
            (
                "s/d.txt",
                Some("2026-03-26"),
                "Beta is negotiating about 25 billion dollars in financing, the Journal reported.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Contradiction medium hedged round_size [c,d] approx_2pct+stated_precision+hedged_lowers_severity: The articles disagree on round size of Beta: $2.5B (c, hedged) vs about $25B (d, hedged). These figures do not overlap even allowing for qualifiers and stated precision.
        Contradiction low lead_investor [a,b] asserted_vs_denied: a says the lead investor of Beta is Nvidia ("led by Nvidia"); b says it is not ("Nvidia says it did not lead Beta's round").
        Superseded round_size [a,b,c,d] reported_months_apart: The figures of round size of Beta held at different times: $2B (a, b, 2025-10-09 to 2025-10-16), then $2.5B, about $25B (c, d, 2026-03-26). The articles are months apart and the figures more than 2 % apart: a change over time, not a contradiction.
        Agreement round_size [a,b] stated_precision: 2 articles (a, b) agree on round size of Beta: $2B.
        "#);
    }

    #[test]
    fn denial_against_hedged_assertion() {
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "Acme will invest $10 billion in Beta, and the remaining $6 billion may depend on an IPO.",
            ),
            (
                "s/b.txt",
                None,
                "Acme will invest $10 billion in Beta; Beta said the remaining investment does not depend on an IPO.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Contradiction medium hedged tranche_condition [a,b] asserted_vs_denied+hedged_lowers_severity: a says Acme's money in Beta depends on IPO ("depend on an IPO"), a only as a hedged report; b says it does not ("depend on an IPO").
        Agreement deal_total [a,b] stated_precision: 2 articles (a, b) agree on deal total of Acme's money in Beta: $10B.
        "#);
    }

    /// A figure stands for the values that round to it: figures one step apart at the
    /// precision they are written never agree (their reaches only touch), while a finer one
    /// that rounds to a coarser one does.
    #[test]
    fn figures_one_step_apart_disagree_and_finer_ones_agree() {
        let text = |amount: &str| format!("Acme will invest {amount} in Beta.");
        let pair = |a: &str, b: &str| {
            let (a, b) = (text(a), text(b));
            show(&run(&[("s/a.txt", None, &a), ("s/b.txt", None, &b)]).1)
        };
        insta::assert_snapshot!(pair("$0.5 billion", "$0.6 billion"), @"Contradiction high deal_total [a,b] stated_precision: The articles disagree on deal total of Acme's money in Beta: $500M (a) vs $600M (b). These figures do not overlap even allowing for qualifiers and stated precision. $500M and $600M are one step apart as written: no value rounds to both.");
        insta::assert_snapshot!(pair("$10 billion", "$11 billion"), @"Contradiction high deal_total [a,b] stated_precision: The articles disagree on deal total of Acme's money in Beta: $10B (a) vs $11B (b). These figures do not overlap even allowing for qualifiers and stated precision. $10B and $11B are one step apart as written: no value rounds to both.");
        insta::assert_snapshot!(pair("about $1 billion", "about $2 billion"), @"Contradiction high deal_total [a,b] approx_2pct: The articles disagree on deal total of Acme's money in Beta: about $1B (a) vs about $2B (b). These figures do not overlap even allowing for qualifiers and stated precision. about $1B and about $2B are one step apart as written: no value rounds to both.");
        insta::assert_snapshot!(pair("$13.8 billion", "$13.75 billion"), @"Agreement deal_total [a,b] stated_precision: 2 articles (a, b) agree on deal total of Acme's money in Beta: $13.8B, $13.75B are consistent (exact figures agree at the precision they are written).");
        // 13.845 up to 13.85 billion is written "$13.85 billion" and "$13.8 billion".
        insta::assert_snapshot!(pair("$13.8 billion", "$13.85 billion"), @"Agreement deal_total [a,b] stated_precision: 2 articles (a, b) agree on deal total of Acme's money in Beta: $13.8B, $13.85B are consistent (exact figures agree at the precision they are written).");
        insta::assert_snapshot!(pair("$10 billion", "$10 billion"), @"Agreement deal_total [a,b] stated_precision: 2 articles (a, b) agree on deal total of Acme's money in Beta: $10B.");
    }

    /// A document that gives a sum in parts, in one sentence, beside documents that give it
    /// whole: the parts add up (reconciled, the sum written out), and only a figure that
    /// matches neither contradicts.
    #[test]
    fn parts_in_one_article_add_up_to_the_whole_in_another() {
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "Vantor agreed to buy Corvex for $40 billion. If it walks away, Vantor owes Corvex a $1 billion termination fee plus a $4 billion deferred services fee.",
            ),
            (
                "s/b.txt",
                None,
                "Vantor agreed to buy Corvex for $40 billion. Vantor will pay a $5 billion breakup fee if the deal fails.",
            ),
            (
                "s/c.txt",
                None,
                "Vantor agreed to buy Corvex for $40 billion. Vantor will pay a $2 billion breakup fee if the deal fails.",
            ),
        ]);
        let fees: Vec<Finding> = f
            .iter()
            .filter(|f| f.attribute == "termination_fee")
            .cloned()
            .collect();
        insta::assert_snapshot!(show(&fees), @r#"
        Contradiction high termination_fee [b,c] stated_precision: The articles disagree on termination fee of the Corvex deal, paid by Vantor: $2B (c) vs $5B (b). These figures do not overlap even allowing for qualifiers and stated precision. a gives $1B and $4B as the parts of one sum, $5B.
        Reconciled termination_fee [a,b] parts_sum_to_total: a gives the termination fee of the Corvex deal, paid by Vantor in parts ("$1 billion termination fee", "plus a $4 billion deferred services fee"); b gives it as one figure: $1B + $4B = $5B. The parts add up to the whole.
        "#);
    }

    /// An offer raised twice whose contingent right's cap changes with it ("up to $20", then
    /// "up to $10", then "up to $19"): three stretches, changes over time, no contradiction.
    #[test]
    fn caps_that_differ_are_two_raises() {
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-09-22"),
                "Vantor agreed to buy Corvex for $47 per share in cash plus a contingent value right of up to $20 per share.",
            ),
            (
                "s/b.txt",
                Some("2025-11-04"),
                "Vantor revised its offer for Corvex to $60 per share in cash, up from $47, while reducing the contingent value right to up to $10 per share, down from $20.",
            ),
            (
                "s/c.txt",
                Some("2025-11-10"),
                "Corvex accepted a sweetened offer from Vantor of $65 per share in cash, plus a contingent value right of up to $19 per share.",
            ),
        ]);
        assert!(
            f.iter().all(|f| f.kind != Kind::Contradiction),
            "{}",
            show(&f)
        );
    }

    /// Once an offer has been raised, a later article's higher price a share from the same
    /// bidder is one more raise, though it says no word of raising; a later figure that is
    /// not higher is no raise.
    #[test]
    fn a_higher_price_after_a_raise_is_another_raise() {
        let docs = |last: &'static str| {
            run(&[
                (
                    "s/a.txt",
                    Some("2025-09-22"),
                    "Vantor agreed to buy Corvex for $47 per share in cash.",
                ),
                (
                    "s/b.txt",
                    Some("2025-11-04"),
                    "Vantor revised its offer for Corvex to $60 per share in cash, up from $47.",
                ),
                ("s/c.txt", Some("2025-11-10"), last),
            ])
            .1
        };
        let f = docs("Corvex accepted an offer from Vantor of $65 per share in cash.");
        assert!(
            f.iter().all(|f| f.kind != Kind::Contradiction),
            "{}",
            show(&f)
        );
        let f = docs("Corvex accepted an offer from Vantor of $55 per share in cash.");
        assert!(
            f.iter().any(|f| f.kind == Kind::Contradiction),
            "{}",
            show(&f)
        );
    }

    /// A cap a share with its exact parts in one article ("up to $20 per share": "$5 ...,
    /// $6 ... and $9 per share") takes one position, the cap's.
    #[test]
    fn exact_parts_of_a_cap_are_no_figures_of_their_own() {
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "Vantor will buy Corvex for $40 per share in cash plus a contingent value right of up to $20 per share. The milestones include $5 per share upon a trial's start, $6 per share if the drug is approved, and $9 per share if the combination is approved.",
            ),
            (
                "s/b.txt",
                None,
                "Vantor will buy Corvex for $40 per share in cash plus a contingent value right of up to $20 per share.",
            ),
        ]);
        let cvr: Vec<Finding> = f
            .iter()
            .filter(|f| f.attribute == "cvr_per_share")
            .cloned()
            .collect();
        insta::assert_snapshot!(show(&cvr), @"Agreement cvr_per_share [a,b] up_to_bound: 2 articles (a, b) agree on cvr per share of Corvex–Vantor: up to $20. a gives $5 and $6 and $9 as parts of its up to $20.");
    }

    /// A document whose figures agree with each other takes one position, even where one of
    /// them, converted at the document's own rate, would also fit beside another side's.
    #[test]
    fn a_document_whose_figures_agree_takes_one_side() {
        let (_, f) = run(&[
            ("s/a.txt", None, "Acme will invest $0.8 billion in Beta."),
            ("s/b.txt", None, "Acme will invest $0.8bn in Beta."),
            (
                "s/c.txt",
                None,
                "Acme to invest €0.8bn ($0.9bn) in Beta\nAcme will invest $0.9 billion in Beta.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @"Contradiction high deal_total [a,b,c] stated_precision+stated_rate: The articles disagree on deal total of Acme's money in Beta: $800M (a, b) vs €800M / $900M (c). These figures do not overlap even allowing for qualifiers and stated precision. $800M and $900M are one step apart as written: no value rounds to both.");
    }

    #[test]
    fn currencies_compare_only_through_a_stated_rate() {
        let without = run(&[
            ("s/a.txt", None, "Acme will invest €1.3 billion in Beta."),
            ("s/b.txt", None, "Acme will invest $1.5 billion in Beta."),
        ]);
        assert!(
            without.1.iter().all(|f| f.kind == Kind::SingleSource),
            "{}",
            show(&without.1)
        );
        let texts: Vec<&str> = without.1.iter().map(|f| f.explanation.as_str()).collect();
        insta::assert_snapshot!(texts.join("\n"), @"
        Only a reports deal total of Acme's money in Beta: €1.3B. Listed beside them, not compared (no exchange rate stated in the corpus): $1.5B (b).
        Only b reports deal total of Acme's money in Beta: $1.5B. Listed beside them, not compared (no exchange rate stated in the corpus): €1.3B (a).
        ");
        let with = run(&[
            (
                "s/a.txt",
                None,
                "Acme will invest €1.3 billion ($1.5 billion) in Beta.",
            ),
            ("s/b.txt", None, "Acme will invest $1.5 billion in Beta."),
            ("s/c.txt", None, "Acme will invest €2 billion in Beta."),
        ]);
        insta::assert_snapshot!(show(&with.1), @"Contradiction high deal_total [a,b,c] stated_precision+stated_rate: The articles disagree on deal total of Acme's money in Beta: €1.3B / $1.5B (a, b) vs €2B (c). These figures do not overlap even allowing for qualifiers and stated precision.");
    }

    #[test]
    fn same_number_different_referent_stays_apart() {
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "Acme will invest $50 billion in Beta.\nSeparately, Acme announced a $20 billion investment in data centers.",
            ),
            ("s/b.txt", None, "Acme will invest $50 billion in Beta."),
        ]);
        insta::assert_snapshot!(show(&f), @"Agreement deal_total [a,b] stated_precision: 2 articles (a, b) agree on deal total of Acme's money in Beta: $50B.");
    }

    #[test]
    fn values_are_shown_as_articles_write_them() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(show_value(d("23.5"), "USD"), "$23.50");
        assert_eq!(show_value(d("27.75"), "USD"), "$27.75");
        assert_eq!(show_value(d("41"), "GBP"), "£41");
        assert_eq!(show_value(d("108400000000"), "USD"), "$108.4B");
        assert_eq!(show_value(d("2500000"), "EUR"), "€2.5M");
        assert_eq!(show_value(d("3.5"), "percent"), "3.5%");
        // An exchange ratio to its last digit, one share in the singular.
        assert_eq!(show_value(d("0.14625"), "shares"), "0.14625 shares");
        assert_eq!(show_value(d("0.2520"), "shares"), "0.252 shares");
        assert_eq!(show_value(d("1.0"), "shares"), "1 share");
    }

    #[test]
    fn fees_of_different_payers_are_apart() {
        // The buyer's fee, the target's and a rival's are three figures, not one that
        // articles agree on.
        let deal = "Vantor agreed to buy Corvex for $27 a share. The acquisition is expected to close next year.";
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                &format!(
                    "{deal} Vantor would pay a breakup fee of $5.8 billion if the deal is blocked, and Corvex would owe Vantor $2.8 billion if it walked away."
                ),
            ),
            (
                "s/b.txt",
                None,
                &format!(
                    "{deal} Vantor's agreement carries a $5.8 billion breakup fee, higher than the $5 billion Gamma offered."
                ),
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r"
        Agreement termination_fee [a,b] stated_precision: 2 articles (a, b) agree on termination fee of the Corvex deal, paid by Vantor: $5.8B.
        Agreement price_per_share [a,b] stated_precision: 2 articles (a, b) agree on price per share of Corvex–Vantor: $27.
        ");
    }

    #[test]
    fn a_change_reported_in_the_later_article_and_by_dates_is_one_finding() {
        // b gives the new price and the old one it replaced; a, months before, the old one:
        // one superseded finding names both articles' $197.
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2024-01-16"),
                "Vantor agreed to buy Corvex for $197 a share. The acquisition needs approval.",
            ),
            (
                "s/b.txt",
                Some("2025-07-17"),
                "Vantor completed its acquisition of Corvex, paying $199.91 a share, up from the $197 a share agreed.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"Superseded price_per_share [a,b] raised_offer+marked_superseded: The offer was raised: price per share of Corvex–Vantor went from $197 (a, 2024-01-16) to $199.91 (b, 2025-07-17). b reports the raise ("Vantor completed its acquisition of Corvex, paying $199.91 a share, up from the $197 a share agreed."): a change over time, not a contradiction. b itself reports $197 as the earlier figure ("up from the $197")."#);
    }

    #[test]
    fn debt_and_equity_add_up_to_the_financing_package() {
        // a gives the package with more than $27B of debt and about $2.5B of equity, b the
        // debt and equity: $27B + $2.5B = $29.5B, "almost $30B".
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-10-16"),
                "Vantor is set to seal a financing package of almost $30 billion for its campus, with more than $27 billion of debt and about $2.5 billion of equity.",
            ),
            (
                "s/b.txt",
                Some("2025-10-22"),
                "Vantor's campus is backed by $27 billion of debt along with $2.5 billion of equity.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Reconciled financing [a,b] equity_and_debt_sum_to_total: The equity and the debt of Vantor add up: $2.5B + $27B = $29.5B, the total of about $30B (a).
        Agreement debt_financing [a,b] at_least_bound+stated_precision: 2 articles (a, b) agree on debt financing of Vantor: at least $27B, $27B are consistent ("more than X" allows any larger figure; exact figures agree at the precision they are written).
        Agreement equity_financing [a,b] approx_2pct+stated_precision: 2 articles (a, b) agree on equity financing of Vantor: about $2.5B, $2.5B are consistent ("about" allows 2 %; exact figures agree at the precision they are written).
        "#);
    }

    #[test]
    fn a_firm_figure_far_from_a_hedged_one_contradicts_it() {
        // a reports Vantor's price from one person familiar; b, weeks later, gives it
        // twelve times higher: no revision of talks, but two readings of one deal. c's firm
        // figure, within the factor a revision may move, replaces a's hedged one.
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-07-15"),
                "Corvex agreed to acquire Vantor. One person familiar with the acquisition put the price at roughly $250 million.",
            ),
            (
                "s/b.txt",
                Some("2025-08-02"),
                "Corvex's acquisition of Vantor for about $3 billion surprised rivals. The acquisition closed in July.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @"Contradiction medium hedged acquisition_price [a,b] approx_2pct+hedged_lowers_severity: The articles disagree on acquisition price of Corvex–Vantor: about $250M (a, hedged) vs about $3B (b). These figures do not overlap even allowing for qualifiers and stated precision. By date, a (2025-07-15) came first and b (2025-08-02) last.");
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-07-15"),
                "Corvex agreed to acquire Vantor. One person familiar with the acquisition put the price at roughly $250 million.",
            ),
            (
                "s/c.txt",
                Some("2025-08-02"),
                "Corvex's acquisition of Vantor for about $400 million surprised rivals. The acquisition closed in July.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @"Superseded hedged acquisition_price [a,c] later_report_replaces_hedged: Earlier reports put acquisition price of Corvex–Vantor at about $250M (a, 2025-07-15); later articles report about $400M (c, from 2025-08-02). The later figure replaces the earlier reports.");
    }

    #[test]
    fn a_later_round_dated_by_the_articles_is_no_contradiction() {
        // b and c date a's round ("in September", of the year before b); b's and c's round
        // is months later: each time's figures agree among themselves, and the change from
        // one round to the next is one superseded finding, not a contradiction.
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2024-09-04"),
                "Corvex said it raised $1 billion from Vantor.",
            ),
            (
                "s/b.txt",
                Some("2025-04-12"),
                "Corvex has raised $2 billion in a new round. Corvex raised $1 billion in September.",
            ),
            (
                "s/c.txt",
                Some("2025-07-03"),
                "Corvex raised $2 billion in April, after a first round of $1 billion in September 2024.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Superseded round_size [a,b,c] dated_to_its_time: The figures of round size of Corvex held at different times: $1B (a, b, c, 2024-09 to 2024-09-04), then $2B (b, c, 2025-04 to 2025-04-12). Later articles date the earlier figures themselves (b, c: "raised $1 billion"): a change over time, not a contradiction.
        Agreement round_size [a,b,c] stated_precision: 3 articles (a, b, c) agree on round size of Corvex: $1B.
        Agreement round_size [b,c] stated_precision: 2 articles (b, c) agree on round size of Corvex: $2B.
        "#);
    }

    #[test]
    fn pre_money_plus_round_is_the_post_money_of_the_latest_round() {
        // a's round (May: $4B + $1B = $5B) and b's and c's (December: $30B + $2B = $32B):
        // the arithmetic is the latest round's, and each valuation's change from May is one
        // change over time; b's "after the investment" is its own figure's, not May's.
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2024-05-27"),
                "Corvex said it had raised $1 billion at a pre-money valuation of $4 billion, giving it a post-money valuation of $5 billion.",
            ),
            (
                "s/b.txt",
                Some("2024-12-23"),
                "Corvex has raised $2 billion in a round that values it at $32 billion after the investment, more than six times the $5 billion it was worth in May.",
            ),
            (
                "s/c.txt",
                Some("2024-12-24"),
                "Corvex raised $2 billion at a $30 billion pre-money valuation. In May it raised $1 billion at a valuation of $5 billion.",
            ),
        ]);
        let kinds: Vec<String> = f
            .iter()
            .filter(|f| f.kind != Kind::SingleSource && f.kind != Kind::Agreement)
            .map(|f| {
                format!(
                    "{:?} {} {}",
                    f.kind,
                    f.attribute,
                    f.arithmetic.clone().unwrap_or_default()
                )
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "Reconciled valuation $30B pre-money + $2B round = $32B post-money",
                "Superseded round_size ",
                "Superseded valuation_post_money ",
                "Superseded valuation_pre_money ",
            ]
        );
    }

    #[test]
    fn an_about_figure_that_misses_by_less_than_five_percent_is_a_low_contradiction() {
        // "roughly $500 million" against "$520 million" (4 % apart): loose rounding, low;
        // "about $14 billion" against "about $15 billion": both rough, judged as they are.
        let (_, f) = run(&[
            ("s/a.txt", None, "Corvex is valued at $520 million."),
            ("s/b.txt", None, "Corvex is valued at roughly $500 million."),
        ]);
        insta::assert_snapshot!(show(&f), @r#"Contradiction low valuation_unspecified [a,b] approx_2pct+stated_precision+approx_near_miss: The articles disagree on valuation unspecified of Corvex: about $500M (b) vs $520M (a). These figures do not overlap even allowing for qualifiers and stated precision. The "about" figure misses the others by less than 5 %: loose rounding, low severity."#);
        let (_, f) = run(&[
            ("s/a.txt", None, "Corvex is valued at about $14 billion."),
            ("s/b.txt", None, "Corvex is valued at about $15 billion."),
        ]);
        assert_eq!(f[0].severity, Some(Severity::High), "{}", f[0].explanation);
    }

    #[test]
    fn superseded_figures_are_changes_not_contradictions() {
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2024-01-10"),
                "Gamma shifted from a previously proposed $20 billion investment in Beta to a $5 billion equity stake.",
            ),
            (
                "s/b.txt",
                Some("2024-01-12"),
                "Gamma will take a $5 billion equity stake in Beta.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Superseded investor_amount [a,b] marked_superseded: a reports $20B as an earlier figure ("$20 billion investment"); the current figure is $5B (a, b). By date, a (2024-01-10) came first and b (2024-01-12) last.
        Agreement investment_form [a,b] same_form: 2 articles (a, b) describe Gamma's money in Beta as equity.
        Agreement investor_amount [a,b] stated_precision: 2 articles (a, b) agree on investor amount of Gamma's money in Beta: $5B.
        "#);
    }

    #[test]
    fn a_premium_whose_price_is_named_before_it() {
        // "Based on a 20-day average of closing prices, the offer is a premium of about 10%
        // for Vantor holders": the price comes before the figure, and what follows it ("for
        // Vantor holders") is none; "based on" may follow the figure too, and a phrase after
        // it that no preposition opens stands when no "based on" comes before.
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2023-10-23"),
                "Corvex agreed to buy Vantor for $171 per share. Based on a 20-day average of closing prices, the offer is a premium of about 10% for Vantor holders.",
            ),
            (
                "s/b.txt",
                Some("2023-10-23"),
                "Corvex will pay $171 per share for Vantor, a premium of 4.9% to Vantor's closing price on Friday.",
            ),
            (
                "s/c.txt",
                Some("2023-10-24"),
                "Corvex agreed to buy Vantor at a premium of approximately 10% based on Vantor's 20-day average closing price.",
            ),
            (
                "s/d.txt",
                Some("2023-10-25"),
                "Corvex agreed to buy Vantor, whose price includes a 4.9% premium from its previous value.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Reconciled premium_percent [a,b,c,d] premiums_on_other_prices: The premiums are measured against different prices: 10% (a, c) against an average price ("a 20-day average of closing prices"); 4.9% (b, d) against other prices ("Vantor's closing price on Friday").
        Agreement price_per_share [a,b] stated_precision: 2 articles (a, b) agree on price per share of Corvex–Vantor: $171.
        "#);
    }

    #[test]
    fn premiums_on_the_prices_of_different_days_do_not_contradict() {
        // 8% over Thursday's close (the day before the article) and 29% over the close of a
        // December day months before are both right; "last year" may be that December day;
        // the year after a date's comma is the date's. Two premiums over one day's price
        // ("Thursday" in an article of Friday 2025-03-07 is March 6) that differ still
        // contradict, and so do premiums whose day no article date places.
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-03-07"),
                "Corvex will pay $11.45 per share for Vantor, a premium of 8% to Vantor's closing price of $10.60 on Thursday.",
            ),
            (
                "s/b.txt",
                Some("2025-03-07"),
                "Corvex agreed to buy Vantor for $11.45 per share, a 29% premium over Vantor's closing price of $8.85 on December 9, 2024.",
            ),
            (
                "s/c.txt",
                Some("2025-03-07"),
                "Corvex agreed to buy Vantor for $11.45 per share, a 29% premium over the stock's closing price on December 9, the last day before reports of talks.",
            ),
            (
                "s/d.txt",
                Some("2025-03-08"),
                "Corvex agreed to buy Vantor for $11.45 a share, 29% above where the stock was trading last year.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Reconciled premium_percent [a,b,c,d] premiums_on_other_days: The premiums are measured against the prices of different days: 8% (a) against the price of 2025-03-06 ("Vantor's closing price of $10.60 on Thursday"); 29% (b, c, d) against the price of 2024-12-09 ("Vantor's closing price of $8.85 on December 9, 2024").
        Agreement price_per_share [a,b,c,d] stated_precision: 4 articles (a, b, c, d) agree on price per share of Corvex–Vantor: $11.45.
        "#);
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-03-07"),
                "Corvex will pay $11.45 per share for Vantor, a premium of 8% to Vantor's closing price of $10.60 on Thursday.",
            ),
            (
                "s/e.txt",
                Some("2025-03-07"),
                "Corvex agreed to buy Vantor for $11.45 per share, a premium of 12% to Vantor's close on March 6.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @"
        Contradiction medium premium_percent [a,e] stated_precision: The articles disagree on premium percent of Corvex–Vantor: 8% (a) vs 12% (e). These figures do not overlap even allowing for qualifiers and stated precision.
        Agreement price_per_share [a,e] stated_precision: 2 articles (a, e) agree on price per share of Corvex–Vantor: $11.45.
        ");
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "Corvex will pay $11.45 per share for Vantor, a premium of 8% to Vantor's closing price of $10.60 on Thursday.",
            ),
            (
                "s/b.txt",
                None,
                "Corvex agreed to buy Vantor for $11.45 per share, a 29% premium over Vantor's closing price of $8.85 on December 9, 2024.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @"
        Contradiction medium premium_percent [a,b] stated_precision: The articles disagree on premium percent of Corvex–Vantor: 8% (a) vs 29% (b). These figures do not overlap even allowing for qualifiers and stated precision.
        Agreement price_per_share [a,b] stated_precision: 2 articles (a, b) agree on price per share of Corvex–Vantor: $11.45.
        ");
    }

    #[test]
    fn days_of_premium_prices_are_read_from_dates_weekdays_and_years() {
        // (base, article date, day); 2025-03-07 was a Friday.
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            (
                "the close on Thursday",
                Some("2025-03-07"),
                Some("2025-03-06"),
            ),
            ("Friday's close", Some("2025-03-07"), Some("2025-03-07")),
            ("Monday's close", Some("2025-03-03"), Some("2025-03-03")),
            (
                "the close on Sunday",
                Some("2024-01-01"),
                Some("2023-12-31"),
            ),
            (
                "the price on Dec. 9",
                Some("2025-03-07"),
                Some("2024-12-09"),
            ),
            (
                "the price on March 6",
                Some("2025-03-07"),
                Some("2025-03-06"),
            ),
            ("its price of May 2024", None, Some("2024-05")),
            (
                "where it traded last year",
                Some("2025-03-07"),
                Some("2024"),
            ),
            ("the unaffected price", None, Some("unaffected")),
            ("the close on Thursday", None, None),
            ("the stock's price", Some("2025-03-07"), None),
        ];
        for &(base, date, day) in cases {
            assert_eq!(premium_base_day(base, date).as_deref(), day, "{base}");
        }
        assert!(may_be_one_day("2024", "2024-12-09"));
        assert!(!may_be_one_day("2024-12-09", "2025-03-06"));
        assert!(!may_be_one_day("unaffected", "2024"));
        for z in [-1, 0, 59, 60, 10_000, 20_154] {
            let d = civil_from_days(z);
            let (y, m, dd) = (&d[0..4], &d[5..7], &d[8..10]);
            assert_eq!(
                days_from_civil(y.parse().unwrap(), m.parse().unwrap(), dd.parse().unwrap()),
                z
            );
        }
    }

    #[test]
    fn an_article_whose_dollars_are_another_country_s_is_reconciled_at_its_own_rate() {
        // c converts €15.7 billion to $28 billion where a and b give about $18 billion: its
        // "$" is not the US dollar, and at its own rate (which its price a share states too)
        // its headline's $28 billion is the others' €15.7 billion.
        let docs = [
            (
                "s/a.txt",
                Some("2025-08-25"),
                "Corvex agreed to buy Vantor for €15.7 billion (about $18.4 billion).",
            ),
            (
                "s/b.txt",
                Some("2025-08-25"),
                "Corvex said Monday it is buying Vantor for $18 billion (15.7 billion euro).",
            ),
            (
                "s/c.txt",
                Some("2025-08-26"),
                "Corvex buys Vantor in $28b deal\nCorvex will pay Vantor shareholders $56.91 (€31.85) per share in cash.",
            ),
        ];
        let (_, f) = run(&docs);
        insta::assert_snapshot!(show(&f), @r#"
        Reconciled acquisition_price [a,b,c] other_dollars: c converts at 1.79 of its dollars to one EUR, where the other articles give 1.15 US dollars: its dollars are not US dollars. At its own rate, $28B is about €15.7B, which agrees with the others.
        Agreement acquisition_price [a,b,c] approx_2pct+stated_precision+stated_rate: 3 articles (a, b, c) agree on acquisition price of Corvex–Vantor: €15.7B, $18B, about €15.7B are consistent ("about" allows 2 %; exact figures agree at the precision they are written; converted at the rate an article states).
        "#);
        // Written "US$", its dollars are US dollars: the figures disagree.
        let mut us = docs;
        us[2].2 = "Corvex buys Vantor in US$28b deal\nCorvex will pay Vantor shareholders US$56.91 (€31.85) per share in cash.";
        let (_, f) = run(&us);
        assert!(
            f.iter()
                .any(|f| f.kind == Kind::Contradiction && f.attribute == "acquisition_price"),
            "{}",
            show(&f)
        );
    }

    #[test]
    fn premiums_written_as_so_much_above_an_average_or_compared_to_it() {
        // "compared to the average price" opens a price; one article gives both premiums, the
        // second as so much "above its 90-day average" after "and": each has its own price
        // (the first's phrase ends before "and" and the other figure); "a premium of
        // just over 33%" holds its lead before the figure, no price.
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-08-25"),
                "Corvex said it would pay Vantor shareholders €31.85 a share, a 33% premium compared to the average price over the last three months.",
            ),
            (
                "s/b.txt",
                Some("2025-08-25"),
                "Corvex will pay €31.85 a share for Vantor, a 20% premium over its closing price on August 22.",
            ),
            (
                "s/c.txt",
                Some("2025-08-25"),
                "Corvex agreed to buy Vantor for €31.85 a share, roughly a 20% premium to Vantor's last closing price and 33% above its 90-day average.",
            ),
            (
                "s/d.txt",
                Some("2025-08-26"),
                "Corvex agreed to buy Vantor at €31.85 a share, a premium of just over 33%.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Reconciled premium_percent [a,b,c] premiums_on_other_prices: The premiums are measured against different prices: 33% (a, c) against an average price ("the average price over the last three months"); 20% (b, c) against other prices ("its closing price on August 22").
        Agreement price_per_share [a,b,c,d] stated_precision: 4 articles (a, b, c, d) agree on price per share of Corvex–Vantor: €31.85.
        "#);
    }

    #[test]
    fn premiums_on_an_average_price_and_on_one_day_s_price_do_not_contradict() {
        // 44% over a 30-day average and 33% over a day's close are both right; two premiums
        // over one day's price that differ still contradict (d against b, c).
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2024-08-14"),
                "Corvex agreed to buy Vantor for $83.50 per share in cash, a 44% premium over Vantor's unaffected 30-day average share price.",
            ),
            (
                "s/b.txt",
                Some("2024-08-14"),
                "Corvex will pay $83.50 per share in cash for Vantor, a premium of 33% over Vantor's closing price on Aug. 2, the day before talks were reported.",
            ),
            (
                "s/c.txt",
                Some("2024-08-14"),
                "Corvex agreed to buy Vantor for $83.50 a share, roughly a 33 percent premium to Vantor's stock price as of Aug. 2.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Reconciled premium_percent [a,b,c] premiums_on_other_prices: The premiums are measured against different prices: 44% (a) against an average price ("Vantor's unaffected 30-day average share price"); 33% (b, c) against other prices ("Vantor's closing price on Aug. 2").
        Agreement price_per_share [a,b,c] stated_precision: 3 articles (a, b, c) agree on price per share of Corvex–Vantor: $83.50.
        "#);
        let (_, f) = run(&[
            (
                "s/b.txt",
                Some("2024-08-14"),
                "Corvex will pay $83.50 per share in cash for Vantor, a premium of 33% over Vantor's closing price on Aug. 2.",
            ),
            (
                "s/d.txt",
                Some("2024-08-14"),
                "Corvex agreed to buy Vantor for $83.50 a share, a 38% premium to Vantor's closing price on Aug. 2.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @"
        Contradiction medium premium_percent [b,d] stated_precision: The articles disagree on premium percent of Corvex–Vantor: 33% (b) vs 38% (d). These figures do not overlap even allowing for qualifiers and stated precision.
        Agreement price_per_share [b,d] stated_precision: 2 articles (b, d) agree on price per share of Corvex–Vantor: $83.50.
        ");
    }

    #[test]
    fn a_raised_bid_replaces_the_bidders_price_and_a_stale_one_after_it_contradicts() {
        // a and b disagree on the first price (a slip); c reports the bid raised; d, dated
        // after c, still gives the first price as the agreed one.
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-06-23"),
                "Corvex agreed to buy Vantor for $37.63 a share.",
            ),
            (
                "s/b.txt",
                Some("2025-06-23"),
                "Corvex agreed to buy Vantor for $37.73 a share.",
            ),
            (
                "s/c.txt",
                Some("2025-08-01"),
                "Corvex has raised its offer for Vantor to $41 a share.",
            ),
            (
                "s/d.txt",
                Some("2025-08-04"),
                "Corvex will buy Vantor for $37.63 a share.",
            ),
        ]);
        let shown = show(&f);
        assert!(
            shown.contains("Superseded price_per_share [a,b,c,d] raised_offer: The offer was raised: price per share of Corvex–Vantor went from $37.63, $37.73 (a, b, 2025-06-23) to $41 (c, 2025-08-01). c reports the raise (\"Corvex has raised its offer for Vantor to $41 a share.\"): a change over time, not a contradiction. d still gives $37.63 after it."),
            "{shown}"
        );
        assert!(
            shown.contains("Contradiction high price_per_share [a,b]"),
            "{shown}"
        );
        assert!(
            shown.contains("Contradiction high price_per_share [c,d]"),
            "{shown}"
        );
        assert_eq!(shown.matches("Contradiction").count(), 2, "{shown}");
    }

    #[test]
    fn forms_of_payment_given_with_different_prices_are_two_bids() {
        // a's "cash and stock" goes with $23.50 a share, b's "all-cash" with $30: two bids,
        // each form its own finding; c gives b's price in another form: a contradiction.
        let a = (
            "s/a.txt",
            Some("2025-10-22"),
            "Corvex made a takeover offer for Vantor of $23.50 a share in cash and stock.\nThe Vantor board will review the takeover offer from Corvex.",
        );
        let b = (
            "s/b.txt",
            Some("2025-12-08"),
            "Corvex made an all-cash takeover offer for Vantor of $30 a share.\nThe Vantor board will review the takeover offer from Corvex.",
        );
        let c = (
            "s/c.txt",
            Some("2025-12-09"),
            "Corvex made a takeover offer for Vantor of $30 a share in cash and stock.\nThe Vantor board will review the takeover offer from Corvex.",
        );
        let forms = |f: &[Finding]| {
            f.iter()
                .filter(|f| f.attribute == "consideration_type")
                .map(|f| format!("{:?} [{}] {}", f.kind, f.rules.join("+"), f.explanation))
                .collect::<Vec<_>>()
                .join("\n")
        };
        insta::assert_snapshot!(forms(&run(&[a, b]).1), @r#"
        SingleSource [forms_of_different_bids] b describes the bid at $30 a share (Corvex–Vantor) as cash; a gives cash and stock for the bid at $23.50 a share: the forms of different bids, not a contradiction.
        SingleSource [forms_of_different_bids] a describes the bid at $23.50 a share (Corvex–Vantor) as cash and stock; b gives cash for the bid at $30 a share: the forms of different bids, not a contradiction.
        "#);
        insta::assert_snapshot!(forms(&run(&[b, c]).1), @r#"Contradiction [form_differs] The articles describe Corvex–Vantor in different forms: cash (b: "all-cash") vs cash and stock (c: "$30 a share in cash and stock")."#);
    }

    #[test]
    fn an_earlier_report_of_the_current_figure_joins_it() {
        // b dates the price (August, before its article); a does not: one figure in two
        // articles, not two single reports. An earlier figure that differs stays apart.
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-09-18"),
                "Acme paid $20.47 a share for its stake in Beta. Beta is valued at $62 billion.",
            ),
            (
                "s/b.txt",
                Some("2025-09-19"),
                "Acme paid $20.47 a share for its stake in Beta in August. Beta was valued at $43 billion in 2023.",
            ),
        ]);
        // (The earlier valuation, dated to 2023, and the current one are a change over time.)
        insta::assert_snapshot!(show(&f), @r#"
        Superseded valuation_unspecified [a,b] dated_to_its_time: The figures of valuation unspecified of Beta held at different times: $43B (b, 2023), then $62B (a, 2025-09-18). Later articles date the earlier figures themselves (b: "valued at $43 billion"): a change over time, not a contradiction.
        Agreement price_per_share [a,b] stated_precision: 2 articles (a, b) agree on price per share of Beta: $20.47.
        "#);
        let single: Vec<&str> = f
            .iter()
            .filter(|f| f.kind == Kind::SingleSource)
            .map(|f| f.explanation.as_str())
            .collect();
        assert_eq!(
            single,
            vec![
                "Only b reports valuation unspecified of Beta: $43B.",
                "Only a reports valuation unspecified of Beta: $62B."
            ]
        );
    }

    #[test]
    fn a_valuation_matches_the_figures_of_its_own_time() {
        // c's "$39 billion" is the post-money valuation b gives the same month, not a's
        // pre-money one of months before (nor that plus the earlier round's $675 million),
        // nor f's pre-money one of that month, further from it as written.
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-03-04"),
                "Vantor plans to raise $1 billion to $2 billion at a $38.5 billion pre-money valuation.",
            ),
            (
                "s/b.txt",
                Some("2025-09-16"),
                "Vantor has raised more than $1 billion in its Series C at a post-money valuation of $39 billion.",
            ),
            (
                "s/c.txt",
                Some("2025-09-17"),
                "Vantor completed a Series C round of more than $1 billion that brings its valuation to $39 billion.",
            ),
            (
                "s/d.txt",
                Some("2024-03-08"),
                "Vantor raised $675 million in Series B funding. The new round values Vantor at $2.65 billion.",
            ),
            (
                "s/e.txt",
                Some("2024-02-29"),
                "Vantor announced a $675 million Series B that values it at $2.6 billion post-money.",
            ),
            (
                "s/f.txt",
                Some("2025-09-16"),
                "The new money came at a pre-money valuation of $38.5 billion for Vantor.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Reconciled valuation [b,c,f] pre_plus_round_is_post: $38.5B pre-money (f) + $1B round (b, c) = $39.5B, which is the post-money valuation of $39B (b): the figures differ because one is before the money and one after, and they add up.
        Reconciled valuation [b,c,e] unspecified_matches_pre_or_post: Valuations the articles give without saying before or after the money match the pre- and post-money figures: $39B (c) is the post-money valuation ($39B).
        Superseded round_size [a,b,c,d,e] reported_months_apart: The figures of round size of Vantor held at different times: $675M (d, e, 2024-02-29 to 2024-03-08), then $1B–$2B (a, 2025-03-04), then at least $1B (b, c, 2025-09-16 to 2025-09-17). The articles are months apart and the figures more than 2 % apart: a change over time, not a contradiction.
        Superseded hedged valuation_post_money [b,e] later_report_replaces_hedged: Earlier reports put valuation post money of Vantor at $2.6B (e, 2024-02-29); later articles report $39B (b, from 2025-09-16). The later figure replaces the earlier reports.
        Agreement round_size [d,e] stated_precision: 2 articles (d, e) agree on round size of Vantor: $675M.
        Agreement round_size [b,c] at_least_bound: 2 articles (b, c) agree on round size of Vantor: at least $1B.
        Agreement valuation_pre_money [a,f] stated_precision: 2 articles (a, f) agree on valuation pre money of Vantor: $38.5B.
        "#);
    }

    #[test]
    fn a_report_of_talks_beside_a_price_including_debt() {
        // a reports talks (hedged, the day before); b and c the agreed price of the shares and
        // the enterprise value; d calls the enterprise value the deal's price: d is explained
        // by the enterprise value, and a's figure is overtaken by the agreed one.
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-05-14"),
                "Corvex is nearing a deal to buy Vantor for about $2.3 billion, according to people familiar with the matter.",
            ),
            (
                "s/b.txt",
                Some("2025-05-15"),
                "Corvex agreed to buy Vantor. The deal implies an equity value of around $2.4 billion and an enterprise value of approximately $2.5 billion.",
            ),
            (
                "s/c.txt",
                Some("2025-05-15"),
                "Corvex has agreed to buy Vantor for $2.4 billion.",
            ),
            (
                "s/d.txt",
                Some("2025-09-12"),
                "Corvex completed the $2.5 billion deal to acquire Vantor on Monday.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Reconciled acquisition_price [b,c,d] price_with_debt_matches_enterprise_value: $2.5B (d) is the price including debt: b gives $2.5B including debt ("enterprise value of approximately $2.5 billion"). The price of the shares is $2.4B (b, c).
        Superseded hedged acquisition_price [a,b,c] later_report_replaces_hedged: Earlier reports put acquisition price of Corvex–Vantor at about $2.3B (a, 2025-05-14); later articles report about $2.4B, $2.4B (b, c, from 2025-05-15). The later figure replaces the earlier reports.
        "#);
    }

    #[test]
    fn a_figure_rounded_from_another_article_s_rounding_agrees_with_it() {
        // c's 87% may be b's 86.5% rounded again; a's 86% is b's figure rounded once: one
        // side, with the note that says so. d's 66% is measured against an average price.
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-05-15"),
                "Corvex will pay $24 per share for Vantor, an 86% premium to Vantor's last close.",
            ),
            (
                "s/b.txt",
                Some("2025-05-15"),
                "The $24 per share offer for Vantor is an 86.5% premium to its last closing price, Corvex said.",
            ),
            (
                "s/c.txt",
                Some("2025-05-16"),
                "Corvex agreed to pay $24 per share for Vantor, an 87% premium to Vantor's last close.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Agreement premium_percent [a,b,c] rounded_twice+stated_precision: 3 articles (a, b, c) agree on premium percent of Corvex–Vantor: 86%, 86.5%, 87% are consistent (exact figures agree at the precision they are written). 87% (c) may be 86.5% (b) rounded again.
        Agreement price_per_share [a,b,c] stated_precision: 3 articles (a, b, c) agree on price per share of Corvex–Vantor: $24.
        "#);
        // Figures a finer one does not round to stay apart: $2.4 billion rounds to $2 billion,
        // not to $3 billion.
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-05-15"),
                "Corvex will pay Vantor a termination fee of $3 billion if the deal fails.",
            ),
            (
                "s/b.txt",
                Some("2025-05-16"),
                "Corvex will pay Vantor a termination fee of $2 billion if the deal fails.",
            ),
            (
                "s/c.txt",
                Some("2025-05-17"),
                "Corvex will pay Vantor a termination fee of $2.4 billion if the deal fails.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @"Contradiction high termination_fee [a,b,c] stated_precision: The articles disagree on termination fee of the Corvex deal, paid by Corvex: $2B / $2.4B (b, c) vs $3B (a). These figures do not overlap even allowing for qualifiers and stated precision. By date, a (2025-05-15) came first and c (2025-05-17) last.");
    }

    #[test]
    fn a_loose_premium_beside_exact_ones_leaves_the_other_prices_explained() {
        // b's "nearly 90%" above the close does not agree with a's 86% and c's 86.5%: it is
        // judged on its own, and the exact premiums on the close still explain the 66% on the
        // average (each figure of a side shown; d names its price before the figure).
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2025-05-15"),
                "Corvex will pay $24 per share for Vantor, an 86% premium to Vantor's last close.",
            ),
            (
                "s/b.txt",
                Some("2025-05-15"),
                "Corvex will pay $24 per share for Vantor, a 66% premium to its 60-day volume-weighted average, and nearly 90% above Wednesday's close.",
            ),
            (
                "s/c.txt",
                Some("2025-05-16"),
                "Corvex agreed to pay $24 per share for Vantor, an 86.5% premium to Vantor's last closing price.",
            ),
            (
                "s/d.txt",
                Some("2025-05-16"),
                "Measured against Vantor's 60-trading-day volume-weighted average price, the $24 per share price Corvex offers is a premium of roughly 66%.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Reconciled premium_percent [a,b,c,d] premiums_on_other_prices: The premiums are measured against different prices: 66% (b, d) against an average price ("its 60-day volume-weighted average"); 86% / 86.5% (a, c) against other prices ("Vantor's last close").
        Agreement price_per_share [a,b,c,d] stated_precision: 4 articles (a, b, c, d) agree on price per share of Corvex–Vantor: $24.
        "#);
    }

    #[test]
    fn a_price_including_debt_that_another_article_gives_is_reconciled() {
        // a gives both; b the price with debt, c the price of the shares: no contradiction.
        // d's other figure matches neither, and stays a contradiction.
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "Acme agreed to buy Beta for $55 a share, a deal that values Beta at about $14.1 billion, or $14.9 billion including debt.",
            ),
            (
                "s/b.txt",
                None,
                "Acme completed its $14.9 billion acquisition of Beta.",
            ),
            (
                "s/c.txt",
                None,
                "Acme closed its $14.1 billion takeover of Beta.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Reconciled acquisition_price [a,b,c] price_with_debt_matches_enterprise_value: $14.9B (b) is the price including debt: a gives $14.9B including debt ("$14.9 billion including debt"). The price of the shares is $14.1B (a, c).
        Agreement acquisition_price [a,c] approx_2pct+stated_precision: 2 articles (a, c) agree on acquisition price of Acme–Beta: about $14.1B, $14.1B are consistent ("about" allows 2 %; exact figures agree at the precision they are written).
        "#);
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "Acme agreed to buy Beta for $55 a share, a deal that values Beta at about $14.1 billion, or $14.9 billion including debt.",
            ),
            (
                "s/c.txt",
                None,
                "Acme closed its $14.1 billion takeover of Beta.",
            ),
            (
                "s/d.txt",
                None,
                "Acme closed its $16 billion takeover of Beta.",
            ),
        ]);
        assert!(
            f.iter()
                .any(|f| f.kind == Kind::Contradiction && f.attribute == "acquisition_price"),
            "{}",
            show(&f)
        );
    }

    #[test]
    fn the_shares_and_the_net_debt_add_up_to_the_price_including_debt() {
        // a gives the enterprise value and the net debt, b the price of the shares: their sum is
        // shown when it agrees with the price including debt (c). With net debt that does not
        // add up, nothing is reconciled: the prices disagree.
        let docs = |debt: &'static str| {
            [
                ("s/a.txt", None, debt),
                (
                    "s/b.txt",
                    None,
                    "Acme said it would pay $20 billion to buy Beta.\nThe acquisition of Beta is Acme's largest.",
                ),
                (
                    "s/c.txt",
                    None,
                    "Acme completed its $24.6 billion acquisition of Beta.",
                ),
            ]
        };
        let (_, f) = run(&docs(
            "Acme agreed to acquire Beta for $34.10 per share, an enterprise value of about $24.6 billion, including about $4.7 billion of Beta's net debt.",
        ));
        let reconciled = f
            .iter()
            .find(|f| f.kind == Kind::Reconciled)
            .map(|f| show(std::slice::from_ref(f)));
        insta::assert_snapshot!(reconciled.unwrap_or_default(), @r#"Reconciled acquisition_price [a,b,c] price_with_debt_matches_enterprise_value+shares_plus_net_debt: $24.6B (c) is the price including debt: a gives $24.6B including debt ("enterprise value of about $24.6 billion"). The price of the shares is $20B (b). With the net debt of $4.7B (a), $20B + $4.7B = $24.7B, which agrees with $24.6B."#);
        let (_, f) = run(&docs(
            "Acme agreed to acquire Beta for $34.10 per share, an enterprise value of about $24.6 billion, including about $1.2 billion of Beta's net debt.",
        ));
        assert!(
            !f.iter().any(|f| f.kind == Kind::Reconciled),
            "{}",
            show(&f)
        );
        assert!(
            f.iter()
                .any(|f| f.kind == Kind::Contradiction && f.attribute == "acquisition_price"),
            "{}",
            show(&f)
        );
    }

    #[test]
    fn a_raised_price_of_assets_sold_is_a_change_not_a_contradiction() {
        // a and b give the first price of the stores sold; c the raised one, beside the first.
        let (_, f) = run(&[
            (
                "s/a.txt",
                Some("2023-09-08"),
                "Acme and Beta agreed to sell 413 stores to Gamma Foods for about $1.9 billion in cash.",
            ),
            (
                "s/b.txt",
                Some("2023-09-08"),
                "Acme and Beta agreed to sell 413 stores to Gamma Foods for $1.9 billion.",
            ),
            (
                "s/c.txt",
                Some("2024-04-22"),
                "Gamma Foods will now buy 579 stores and will pay Acme approximately $2.9 billion in cash, up from the $1.9 billion agreed in September.",
            ),
        ]);
        let changes: Vec<Finding> = f
            .into_iter()
            .filter(|f| f.attribute == "divestiture_price" && f.kind != Kind::SingleSource)
            .collect();
        insta::assert_snapshot!(show(&changes), @r#"
        Superseded divestiture_price [a,b,c] raised_offer+marked_superseded: The price was raised: divestiture price of the assets sold to Gamma Foods went from about $1.9B, $1.9B (a, b, 2023-09-08) to about $2.9B (c, 2024-04-22). c reports the raise ("Gamma Foods will now buy 579 stores and will pay Acme approximately $2.9 billion in cash, up from the $1.9 billion agreed in September."): a change over time, not a contradiction. c itself reports $1.9B as the earlier figure ("up from the $1.9 billion").
        Agreement divestiture_price [a,b] approx_2pct+stated_precision: 2 articles (a, b) agree on divestiture price of the assets sold to Gamma Foods: about $1.9B, $1.9B are consistent ("about" allows 2 %; exact figures agree at the precision they are written).
        "#);
    }

    #[test]
    fn valuations_of_different_share_counts_and_market_values() {
        // a counts the shares outstanding, b the fully diluted shares: a low finding that
        // names the basis. Market values on two days (c, d) are neither a disagreement nor an
        // agreement.
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "At $51 a share, Corvex would be worth about $52 billion, based on the shares outstanding.",
            ),
            (
                "s/b.txt",
                None,
                "The price values Corvex at $54.5 billion on a fully diluted basis.",
            ),
            (
                "s/c.txt",
                None,
                "At the closing price, Corvex has a market value of about $65 billion.",
            ),
            (
                "s/d.txt",
                None,
                "A week later, Corvex had a market value of $58 billion.",
            ),
        ]);
        let shown: Vec<Finding> = f
            .into_iter()
            .filter(|f| f.kind != Kind::SingleSource)
            .collect();
        insta::assert_snapshot!(show(&shown), @"Contradiction low valuation_unspecified [a,b] approx_2pct+stated_precision+share_basis_differs: The articles disagree on valuation unspecified of Corvex: about $52B (a) vs $54.5B (b). These figures do not overlap even allowing for qualifiers and stated precision. b counts the shares on a fully diluted basis, the others do not say so: valuations of different share counts differ, low severity.");
    }

    #[test]
    fn the_value_of_a_mix_a_share_is_another_measure_than_the_cash_offered() {
        // b gives what the mix of cash and shares is worth a share ("the equivalent of"), a the
        // cash offered for each share: a low finding that says which is which; c gives another
        // price as offered: a contradiction as before.
        let a = (
            "s/a.txt",
            None,
            "Vantor agreed to acquire Corvex.\nCorvex holders may elect $142.50 in cash or 0.2520 of a Vantor share for each Corvex share.",
        );
        let b = (
            "s/b.txt",
            None,
            "Vantor agreed to acquire Corvex.\nVantor is paying the equivalent of $138.23 for each Corvex share.",
        );
        let c = (
            "s/c.txt",
            None,
            "Vantor agreed to acquire Corvex.\nVantor will pay $150 for each Corvex share.",
        );
        let prices = |f: Vec<Finding>| -> Vec<Finding> {
            f.into_iter()
                .filter(|f| f.kind == Kind::Contradiction)
                .collect()
        };
        insta::assert_snapshot!(show(&prices(run(&[a, b]).1)), @r#"Contradiction low price_per_share [a,b] stated_precision+mix_value_differs: The articles disagree on price per share of Corvex–Vantor: $138.23 (b) vs $142.50 (a). These figures do not overlap even allowing for qualifiers and stated precision. b gives what the mix of cash and shares is worth a share ("equivalent of $138.23 for each Corvex share"), the others the price as offered: two measures of one price, low severity."#);
        insta::assert_snapshot!(show(&prices(run(&[a, c]).1)), @"Contradiction high price_per_share [a,c] stated_precision: The articles disagree on price per share of Corvex–Vantor: $142.50 (a) vs $150 (c). These figures do not overlap even allowing for qualifiers and stated precision.");
    }

    #[test]
    fn a_price_at_a_closing_price_of_shares_and_the_cash_part_of_a_price() {
        // a gives the value of a price in cash and shares at the buyer's closing price on a
        // day, b another value: still a contradiction, one severity lower, with the basis
        // quoted; b and c give none: as before.
        let a = (
            "s/a.txt",
            None,
            "Vantor agreed to acquire Corvex in a cash and stock deal.\nThe offer is worth $26.40 per Corvex share, based on Vantor's closing price on May 2, 2025.",
        );
        let b = (
            "s/b.txt",
            None,
            "Vantor agreed to acquire Corvex in a cash and stock deal.\nThe offer values Corvex at $24.10 per share.",
        );
        let c = (
            "s/c.txt",
            None,
            "Vantor agreed to acquire Corvex in a cash and stock deal.\nThe offer is worth $26.40 per Corvex share.",
        );
        let prices = |f: Vec<Finding>| -> Vec<Finding> {
            f.into_iter()
                .filter(|f| f.kind == Kind::Contradiction)
                .collect()
        };
        insta::assert_snapshot!(show(&prices(run(&[a, b]).1)), @r#"Contradiction medium price_per_share [a,b] stated_precision+market_basis_differs: The articles disagree on price per share of Corvex–Vantor: $24.10 (b) vs $26.40 (a). These figures do not overlap even allowing for qualifiers and stated precision. a gives the figure at a market price of shares ("based on Vantor's closing price on May 2"): a price paid in shares is worth what they trade at, and a figure of another day may differ from it; one severity lower."#);
        insta::assert_snapshot!(show(&prices(run(&[b, c]).1)), @"Contradiction high price_per_share [b,c] stated_precision: The articles disagree on price per share of Corvex–Vantor: $24.10 (b) vs $26.40 (c). These figures do not overlap even allowing for qualifiers and stated precision.");
        // ("Vantor's closely watched bid": no close of a market.)
        let f = (
            "s/f.txt",
            None,
            "Vantor agreed to acquire Corvex in a cash and stock deal.\nVantor's closely watched offer is worth $26.40 per Corvex share.",
        );
        insta::assert_snapshot!(show(&prices(run(&[b, f]).1)), @"Contradiction high price_per_share [b,f] stated_precision: The articles disagree on price per share of Corvex–Vantor: $24.10 (b) vs $26.40 (f). These figures do not overlap even allowing for qualifiers and stated precision.");
        // The cash part of a price in cash and shares (d, e) is no whole price (c): its own
        // cluster, named so.
        let d = (
            "s/d.txt",
            None,
            "Vantor agreed to acquire Corvex in a cash and stock deal.\nCorvex holders get $4.25 in cash and 0.2175 Vantor shares for each Corvex share.",
        );
        let e = (
            "s/e.txt",
            None,
            "Vantor agreed to acquire Corvex in a cash and stock deal.\nCorvex holders get $4.50 in cash and 0.2175 Vantor shares for each Corvex share.",
        );
        insta::assert_snapshot!(show(&prices(run(&[c, d]).1)), @"");
        insta::assert_snapshot!(show(&prices(run(&[d, e]).1)), @"Contradiction high price_per_share [d,e] stated_precision: The articles disagree on price per share (cash part) of Corvex–Vantor: $4.25 (d) vs $4.50 (e). These figures do not overlap even allowing for qualifiers and stated precision.");
    }

    #[test]
    fn finding_ids_are_stable_whatever_the_order() {
        let docs = [
            ("s/a.txt", None, "Acme will invest $10 billion in Beta."),
            ("s/b.txt", None, "Acme will invest $12 billion in Beta."),
        ];
        let (_, f1) = run(&docs);
        let rev: Vec<_> = docs.iter().rev().copied().collect();
        let (_, f2) = run(&rev);
        let ids = |f: &[Finding]| f.iter().map(|x| x.id.clone()).collect::<BTreeSet<_>>();
        assert_eq!(ids(&f1), ids(&f2));
        assert!(f1.iter().any(|x| x.kind == Kind::Contradiction));
    }

    #[test]
    fn bounds_follow_qualifiers() {
        let c = |q: &str, v: i64, step: i64| -> Claim {
            serde_json::from_value(serde_json::json!({
                "id": "x", "doc": "a", "subject": "s", "attribute": "deal_total", "value": v, "unit": "USD",
                "qualifier": q, "range": null, "investor": null, "hedged": false, "stance": "asserted",
                "quote": "q", "span": [0, 1], "sentence": [0, 1], "step": step
            }))
            .unwrap()
        };
        let d = Decimal::from;
        // The high end of a step's reach is open: kept as a billionth of the half step below.
        let just_below = |x: i64, half: i64| d(x) - Decimal::new(half, 9);
        assert_eq!(
            bounds(&c("exact", 138, 10)).unwrap(),
            ((d(133), Some(just_below(143, 5))), "stated_precision")
        );
        assert_eq!(
            bounds(&c("exact", 138, 0)).unwrap(),
            ((d(138), Some(d(138))), "stated_precision")
        );
        assert_eq!(
            bounds(&c("approx", 100, 1)).unwrap(),
            ((d(98), Some(d(102))), "approx_2pct")
        );
        assert_eq!(
            bounds(&c("approx", 100, 10)).unwrap(),
            ((d(95), Some(just_below(105, 5))), "approx_2pct")
        );
        assert_eq!(
            bounds(&c("up_to", 50, 2)).unwrap(),
            ((d(0), Some(just_below(51, 1))), "up_to_bound")
        );
        assert_eq!(
            bounds(&c("at_least", 100, 0)).unwrap(),
            ((d(100), None), "at_least_bound")
        );
    }

    #[test]
    fn percentages_of_one_company_agree_only_figure_by_figure() {
        // Job cuts, share moves and revenue falls of one company are neither a disagreement
        // nor one agreement: only the figure two articles share is reported.
        let (_, f) = run(&[
            (
                "s/a.txt",
                None,
                "Corvex will cut 31% of its staff. Corvex shares fell 14% on Monday.",
            ),
            (
                "s/b.txt",
                None,
                "Corvex will cut about 31% of its workforce. Corvex revenue fell 25% last year.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"Agreement percentage [a,b] approx_2pct+stated_precision: 2 articles (a, b) agree on percentage of Corvex: about 31%, 31% are consistent ("about" allows 2 %; exact figures agree at the precision they are written)."#);
    }

    #[test]
    fn a_price_cut_is_a_change_and_a_stale_figure_is_named() {
        // b cuts the price, c reports the same cut (no new stretch of its own), d, dated
        // after, still gives the first price: the change says "lowered", lists the cut's
        // figures and names d apart; the stretch after the cut holds d's contradiction.
        let (c, f) = run(&[
            (
                "s/a.txt",
                Some("2022-08-05"),
                "Vantor agreed to acquire Corvex for $1.7 billion. The acquisition needs approval.",
            ),
            (
                "s/b.txt",
                Some("2023-07-25"),
                "Vantor has lowered the price it will pay for Corvex by about 15%, to roughly $1.42 billion. The merger agreement was amended.",
            ),
            (
                "s/c.txt",
                Some("2024-01-29"),
                "Vantor agreed to acquire Corvex in 2022. The two have now ended their merger agreement. The deal, first valued at $1.7 billion in August 2022, was later cut to about $1.4 billion.",
            ),
            (
                "s/d.txt",
                Some("2024-01-30"),
                "Vantor's $1.7 billion bid for Corvex collapsed. The acquisition of Corvex is off.",
            ),
        ]);
        insta::assert_snapshot!(show(&f), @r#"
        Contradiction high acquisition_price [b,c,d] approx_2pct+stated_precision: The articles disagree on acquisition price of Corvex–Vantor: about $1.4B / about $1.42B (b, c) vs $1.7B (d). These figures do not overlap even allowing for qualifiers and stated precision. By date, b (2023-07-25) came first and d (2024-01-30) last.
        Superseded acquisition_price [a,b,c,d] raised_offer: The price was lowered: acquisition price of Corvex–Vantor went from $1.7B (a, 2022-08-05) to about $1.42B, about $1.4B (b, c, 2023-07-25 to 2024-01-29). b, c report the cut ("Vantor has lowered the price it will pay for Corvex by about 15%, to roughly $1.42 billion."): a change over time, not a contradiction. d still gives $1.7B after it.
        "#);
        let hedged: Vec<&str> = c
            .iter()
            .filter(|c| c.hedged)
            .map(|c| c.quote.as_str())
            .collect();
        assert!(hedged.is_empty(), "{hedged:?}");
    }

    #[test]
    fn a_fee_the_target_owes_says_so() {
        let (_, f) = run(&[(
            "s/a.txt",
            None,
            "Vantor agreed to acquire Corvex. Corvex would owe Vantor a termination fee of $30 million if it walked away.",
        )]);
        let fee = f
            .iter()
            .find(|f| f.attribute == "termination_fee")
            .expect("a fee finding");
        assert!(
            fee.explanation
                .contains("termination fee of the Corvex deal, paid by Corvex"),
            "{}",
            fee.explanation
        );
    }
}
