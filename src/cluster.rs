//! Stage 5 — cluster: claims about the same thing across articles.
//!
//! Input: `&[Claim]` (the pipeline gives it one story at a time). Output: [`Clusters`]: the
//! canonical names of every party across those claims' articles ([`Names`]) and the
//! clusters, each a key — story, subject, attribute family, investor (for money that flows
//! from an investor), scope — and the claims under it.
//!
//! Names are matched across articles without comparing every name with every other: names
//! that normalise alike ("NVIDIA", "Nvidia"; "Amazon.com Inc", "Amazon") are one; an
//! acronym is one with the name its initials spell ("AWS", "Amazon Web Services"); and names
//! with the same first three letters are one when Jaro-Winkler (strsim) finds them close and
//! they differ by one typing slip (an edit or a transposition), so the work is
//! linear in the number of distinct names but for those small blocks. Claims are grouped by
//! key in a hash map: never all claims against all others.
//!
//! Invariants: clusters are sorted by key; claim indices in a cluster are in input order;
//! a claim marked `scope: separate` never shares a cluster with one that is not.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;
use serde::Serialize;

use crate::claim::Claim;
use crate::par::Threads;
use crate::source::stable_hash;

/// Attributes whose money flows from an investor: the investor is part of their key.
const BY_INVESTOR: &[&str] = &[
    "deal_total",
    "investor_amount",
    "tranche_initial",
    "tranche_contingent",
    "tranche_second",
    "tranche_condition",
    "investment_form",
    "deadline_date",
    "stake_percent",
    "cumulative_total",
    "syndicated_amount",
    // A fee is the payer's: the buyer's if regulators block the deal, the target's if it
    // walks away, a rival's in its own offer.
    "termination_fee",
];

/// Attributes of an acquisition: keyed by the pair of parties, buyer and target.
pub(crate) const ACQUISITION_ATTRS: &[&str] = &[
    "acquisition_price",
    "enterprise_value",
    "net_debt",
    "price_per_share",
    "cvr_per_share",
    "exchange_ratio",
    "premium_percent",
    "consideration_type",
    "expected_close",
    "closing_condition",
];

/// Attributes of money a buyer raises or borrows to pay for an acquisition, whose subject is
/// the buyer.
const FINANCING_ATTRS: &[&str] = &["debt_financing", "equity_financing"];

/// Attributes that are one family: an investor's money into a company, however worded.
const FAMILIES: &[(&str, &str)] = &[];

/// Words of a company name that do not tell companies apart.
pub(crate) const CORPORATE_SUFFIXES: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "ltd",
    "llc",
    "plc",
    "co",
    "company",
    "ag",
    "sa",
    "nv",
    "se",
    "holdings",
    // Words of a listed company's formal name that its short name leaves out ("Meta
    // Platforms", "SoftBank Group", "Huawei Technologies").
    "group",
    "platforms",
    "technologies",
];

/// The initials an acronym may add for a corporate suffix: Inc, Corp or Co, Ltd, Group,
/// Holdings.
const CORPORATE_SUFFIX_INITIALS: &[char] = &['I', 'C', 'L', 'G', 'H'];

/// Joins the two parties of a contract subject.
pub const PAIR_SEPARATOR: char = '–';
const SEPARATE_SUFFIX: &str = " (separate)";

/// Canonical names of the parties across the corpus.
#[derive(Debug, Default, Clone)]
pub struct Names {
    canonical: HashMap<String, String>,
    /// (Target, buyer) → the buyer an acquisition is keyed by, for buyers that articles name
    /// as one group ([`Claim::consortium`]): canonical names.
    buyers: HashMap<(String, String), String>,
    /// Buyer → its group's key, for buyers in a group of one key whatever the target: the
    /// money a group raises to pay is keyed by it too.
    groups: HashMap<String, String>,
}

impl Names {
    /// Learns the names of all claims' subjects and investors and matches them.
    pub fn learn(claims: &[Claim]) -> Self {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for c in claims {
            for part in name_parts(&c.subject) {
                *counts.entry(part.to_string()).or_default() += 1;
            }
            if let Some(i) = &c.investor {
                *counts.entry(i.to_string()).or_default() += 1;
            }
        }
        let names: Vec<&String> = counts.keys().collect();
        let index: HashMap<&str, usize> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.as_str(), i))
            .collect();
        let mut uf = UnionFind::new(names.len());
        let keys: Vec<String> = names.iter().map(|n| key(n)).collect();
        // Same normalised key.
        let mut by_key: HashMap<&str, usize> = HashMap::new();
        for (i, k) in keys.iter().enumerate() {
            match by_key.get(k.as_str()) {
                Some(&j) => uf.union(i, j),
                None => {
                    by_key.insert(k, i);
                }
            }
        }
        // Acronyms: "AWS" and "Amazon Web Services"; "SSI" and "Safe Superintelligence",
        // whose acronym spells the corporate suffix its name is written without ("Safe
        // Superintelligence Inc.").
        for n in &names {
            let Some(a) = initials(n) else { continue };
            let with_suffix = CORPORATE_SUFFIX_INITIALS
                .iter()
                .map(|&c| format!("{a}{c}"))
                .find(|s| index.contains_key(s.as_str()));
            for acronym in std::iter::once(a).chain(with_suffix) {
                if let Some(&j) = index.get(acronym.as_str()) {
                    uf.union(index[n.as_str()], j);
                }
            }
        }
        // Near spellings, within blocks of the same first three letters.
        let mut blocks: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, k) in keys.iter().enumerate() {
            if k.chars().count() >= 5 {
                blocks
                    .entry(k.chars().take(3).collect())
                    .or_default()
                    .push(i);
            }
        }
        for members in blocks.values() {
            if members.len() > 64 {
                continue; // a block that large is not a spelling variant problem
            }
            for (x, &i) in members.iter().enumerate() {
                for &j in &members[x + 1..] {
                    let (a, b) = (&keys[i], &keys[j]);
                    // One slip of the keyboard ("Antropic"), not a syllable more ("Acmely"
                    // and "Acme" are two companies).
                    if strsim::jaro_winkler(a, b) >= 0.95 && strsim::osa_distance(a, b) <= 1 {
                        uf.union(i, j);
                    }
                }
            }
        }
        // "Activision" and "Activision Blizzard", "Thinking Machines" and "Thinking Machines
        // Lab": a name that only one longer name of the corpus extends (by capitalised words)
        // is that name.
        let mut extensions: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, n) in names.iter().enumerate() {
            if n.contains(PAIR_SEPARATOR) {
                continue;
            }
            for (at, _) in n.match_indices(' ') {
                let rest = &n[at + 1..];
                if rest.split(' ').all(|w| w.starts_with(char::is_uppercase)) {
                    extensions.entry(&n[..at]).or_default().push(i);
                }
            }
        }
        // Only where the longer name is the usual one ("OpenAI" is not "OpenAI Frontier"), or
        // where articles name one or the other in one deal ([`one_company`]).
        let pairs: Vec<(usize, usize)> = extensions
            .iter()
            .filter_map(
                |(first, longer)| match (longer.as_slice(), index.get(first)) {
                    ([j], Some(&i)) => Some((i, *j)),
                    _ => None,
                },
            )
            .collect();
        let one = one_company(claims, &index, &pairs);
        for (i, j) in pairs {
            if counts[names[i]] < counts[names[j]] || one.contains(&(i, j)) {
                uf.union(i, j);
            }
        }
        // Display: the most frequent form of each group, then the shorter, then the first.
        let mut best: HashMap<usize, (&String, usize)> = HashMap::new();
        for (i, n) in names.iter().enumerate() {
            let root = uf.find(i);
            let c = counts[*n];
            let e = best.entry(root).or_insert((n, c));
            if c > e.1 || (c == e.1 && (n.len() < e.0.len() || (n.len() == e.0.len() && *n < e.0)))
            {
                *e = (n, c);
            }
        }
        let canonical = names
            .iter()
            .enumerate()
            .map(|(i, n)| ((*n).clone(), best[&uf.find(i)].0.clone()))
            .collect();
        let mut names = Names {
            canonical,
            buyers: HashMap::new(),
            groups: HashMap::new(),
        };
        names.buyers = names.buyer_groups(claims);
        let mut groups: HashMap<String, Option<String>> = HashMap::new();
        for ((_, buyer), key) in &names.buyers {
            let e = groups.entry(buyer.clone()).or_insert(Some(key.clone()));
            if e.as_ref() != Some(key) {
                *e = None; // in groups of two keys: which one is meant is not known
            }
        }
        names.groups = groups
            .into_iter()
            .filter_map(|(b, k)| k.map(|k| (b, k)))
            .collect();
        names
    }

    /// The key of the group of buyers `party` belongs to, whatever the target (see
    /// [`Names::buyer`]), else its canonical name.
    pub fn group_of<'a>(&'a self, party: &'a str) -> &'a str {
        let party = self.of(party);
        self.groups.get(party).map_or(party, String::as_str)
    }

    /// The buyers of each target that articles name as one group: "a consortium led by PIF,
    /// Silver Lake and Affinity Partners" in one article, "an acquisition by Silver Lake" in
    /// another, and "PIF and Silver Lake" in a third are one buyer. Each group is keyed by the
    /// member most often named as the buyer (then the first in order of names). Linear in the
    /// claims of acquisitions and their groups' members.
    fn buyer_groups(&self, claims: &[Claim]) -> HashMap<(String, String), String> {
        let mut index: HashMap<(String, String), usize> = HashMap::new();
        let mut counts: Vec<usize> = Vec::new();
        let mut joins: Vec<(usize, usize)> = Vec::new();
        let node = |target: &str, buyer: &str, index: &mut HashMap<(String, String), usize>| {
            let len = index.len();
            *index
                .entry((target.to_string(), buyer.to_string()))
                .or_insert(len)
        };
        for c in claims {
            let (Some(investor), true) = (&c.investor, ACQUISITION_ATTRS.contains(&&*c.attribute))
            else {
                continue;
            };
            if c.subject.contains(PAIR_SEPARATOR) || c.subject.ends_with(SEPARATE_SUFFIX) {
                continue;
            }
            let target = self.of(&c.subject);
            let buyer = node(target, self.of(investor), &mut index);
            counts.resize(index.len(), 0);
            counts[buyer] += 1;
            for member in c.consortium.iter().flat_map(|g| g.iter()) {
                let m = self.of(member);
                if m != target {
                    let other = node(target, m, &mut index);
                    joins.push((buyer, other));
                }
            }
        }
        if joins.is_empty() {
            return HashMap::new();
        }
        counts.resize(index.len(), 0);
        let mut uf = UnionFind::new(index.len());
        for (a, b) in joins {
            uf.union(a, b);
        }
        let mut keys: Vec<(&(String, String), usize)> =
            index.iter().map(|(k, &i)| (k, i)).collect();
        keys.sort();
        // The key of each group: its most counted member, then the first by name.
        let mut best: HashMap<usize, (usize, &str)> = HashMap::new();
        let mut size: HashMap<usize, usize> = HashMap::new();
        for &((_, buyer), i) in &keys {
            let root = uf.find(i);
            *size.entry(root).or_default() += 1;
            let e = best.entry(root).or_insert((counts[i], buyer));
            if counts[i] > e.0 {
                *e = (counts[i], buyer);
            }
        }
        keys.iter()
            .filter_map(|&(key, i)| {
                let root = uf.find(i);
                (size[&root] > 1).then(|| (key.clone(), best[&root].1.to_string()))
            })
            .collect()
    }

    /// The buyer an acquisition of `target` by `buyer` is keyed by: the key of the group
    /// the buyer belongs to ([`Names::buyer_groups`]), else the buyer's canonical name.
    pub fn buyer<'a>(&'a self, target: &str, buyer: &'a str) -> &'a str {
        let buyer = self.of(buyer);
        if self.buyers.is_empty() {
            return buyer;
        }
        self.buyers
            .get(&(self.of(target).to_string(), buyer.to_string()))
            .map_or(buyer, String::as_str)
    }

    /// Returns the canonical form of a party's name.
    pub fn of<'a>(&'a self, name: &'a str) -> &'a str {
        self.canonical.get(name).map_or(name, String::as_str)
    }

    /// Returns the canonical form of a subject: a party, a contract's pair of parties, or a
    /// separate matter.
    pub fn subject(&self, subject: &str) -> String {
        if let Some(base) = subject.strip_suffix(SEPARATE_SUFFIX) {
            return format!("{}{SEPARATE_SUFFIX}", self.subject(base));
        }
        if subject.contains(PAIR_SEPARATOR) {
            let mut parts: Vec<&str> = subject.split(PAIR_SEPARATOR).map(|p| self.of(p)).collect();
            parts.sort_unstable();
            parts.dedup();
            return parts.join(&PAIR_SEPARATOR.to_string());
        }
        self.of(subject).to_string()
    }
}

/// Of the pairs of a name and its only longer form (indices of [`Names::learn`]'s names),
/// those that are one company though the shorter is the more usual: no article's claims name
/// both (an article that writes "OpenAI" and "OpenAI Frontier" tells they are two), and the
/// two deal with one party ("Paramount" and "Paramount Skydance" each bid for Warner Bros.
/// Discovery): a day of wire copy holds "Ionix" and "Ionix Foods", two companies in two
/// deals. Only the pairs' names are followed: the articles and the other parties of each.
fn one_company(
    claims: &[Claim],
    index: &HashMap<&str, usize>,
    pairs: &[(usize, usize)],
) -> BTreeSet<(usize, usize)> {
    #[derive(Default)]
    struct Seen<'c> {
        docs: BTreeSet<&'c str>,
        partners: BTreeSet<String>,
    }
    let mut seen: HashMap<usize, Seen> = HashMap::new();
    for &(i, j) in pairs {
        seen.entry(i).or_default();
        seen.entry(j).or_default();
    }
    if seen.is_empty() {
        return BTreeSet::new();
    }
    for c in claims {
        let parties = || name_parts(&c.subject).chain(c.investor.as_deref());
        for name in parties() {
            if let Some(s) = index.get(name).and_then(|i| seen.get_mut(i)) {
                s.docs.insert(&c.doc);
                s.partners.extend(parties().filter(|p| *p != name).map(key));
            }
        }
    }
    pairs
        .iter()
        .copied()
        .filter(|(i, j)| {
            let (a, b) = (&seen[i], &seen[j]);
            a.docs.is_disjoint(&b.docs) && !a.partners.is_disjoint(&b.partners)
        })
        .collect()
}

fn name_parts(subject: &str) -> impl Iterator<Item = &str> {
    subject
        .strip_suffix(SEPARATE_SUFFIX)
        .unwrap_or(subject)
        .split(PAIR_SEPARATOR)
}

/// Lower case, letters and digits only, without ".com" and corporate suffixes.
fn key(name: &str) -> String {
    let mut lower = name.to_lowercase();
    // "United States Steel" is "U.S. Steel", as "US Steel" is (the key joins "u", "s").
    if let Some((long, short)) = crate::entities::COUNTRY_NAME_FORMS
        .iter()
        .find(|(long, _)| lower.starts_with(long))
    {
        lower.replace_range(..long.len(), short[0]);
    }
    let lower = lower.trim_end_matches(".com");
    // ("Macy's" is the "Macy" of an article that writes it only before a noun; "JDE Peet's
    // NV" the "JDE Peet's".)
    let lower: std::borrow::Cow<str> = if lower.contains(['\'', '’']) {
        lower.replace("'s ", " ").replace("’s ", " ").into()
    } else {
        lower.into()
    };
    let lower = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(&lower);
    let words: Vec<String> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let n = words.len();
    let kept: Vec<&String> = words
        .iter()
        .enumerate()
        .filter(|(i, w)| !(n > 1 && *i == n - 1 && CORPORATE_SUFFIXES.contains(&w.as_str())))
        .map(|(_, w)| w)
        .collect();
    kept.into_iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("")
}

/// "Amazon Web Services" → "AWS" (two or more capitalised words).
pub(crate) fn initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "of" | "and" | "&" | "the" | "for"
            )
        })
        .collect();
    if words.len() < 2 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    Some(words.iter().filter_map(|w| w.chars().next()).collect())
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }
    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index is the root, so results do not depend on order of discovery.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

/// What claims about the same thing share.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct ClusterKey {
    /// The story folder of the articles (a run over several stories keeps them apart).
    pub story: String,
    pub subject: String,
    /// The attribute, or the family it belongs to.
    pub attribute: String,
    pub investor: Option<String>,
    pub scope: Option<String>,
}

/// Claims about the same thing.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub id: String,
    pub key: ClusterKey,
    /// Indices into the claims the clusters were built from (the report lists their ids
    /// and articles: see `report::model::ClusterRecord`).
    pub members: Vec<usize>,
}

/// The clusters of a corpus, with the names they were keyed by and the articles that are
/// copies of one another.
#[derive(Debug, Clone)]
pub struct Clusters {
    pub names: Names,
    pub clusters: Vec<Cluster>,
    pub syndication: Syndication,
}

/// Returns the story a document belongs to: its folder.
pub fn story_of(doc: &str) -> &str {
    doc.rsplit_once('/').map_or("", |(d, _)| d)
}

/// Returns the family an attribute is clustered under.
pub fn family(attribute: &str) -> &str {
    FAMILIES
        .iter()
        .find(|(a, _)| *a == attribute)
        .map_or(attribute, |(_, f)| f)
}

/// Groups claims by key. Names are learnt and copies found at once; keys are made and
/// clusters built in parallel: a day of wire copy in one folder is one story of many
/// thousand claims. The result does not depend on the number of threads (clusters are
/// sorted by their keys, which differ).
pub fn cluster(claims: &[Claim]) -> Clusters {
    cluster_with(claims, Threads::Pool)
}

/// [`cluster`], on the threads given.
pub fn cluster_with(claims: &[Claim], threads: Threads) -> Clusters {
    let (names, syndication) = threads.join(
        || Names::learn(claims),
        || Syndication::detect_with(claims, threads),
    );
    // Keys are made a window of claims at a time, so that the keys held at once are the
    // clusters' and a window's, not one per claim.
    let mut groups: HashMap<ClusterKey, Vec<usize>> = HashMap::new();
    for (w, window) in claims.chunks(CLAIMS_PER_WINDOW).enumerate() {
        let keys: Vec<ClusterKey> = window
            .par_iter()
            .with_min_len(threads.min_len(CLAIMS_PER_TASK))
            .map(|c| key_of(c, &names))
            .collect();
        for (k, key) in keys.into_iter().enumerate() {
            groups
                .entry(key)
                .or_default()
                .push(w * CLAIMS_PER_WINDOW + k);
        }
    }
    let groups: Vec<(ClusterKey, Vec<usize>)> = groups.into_iter().collect();
    let mut clusters: Vec<Cluster> = groups
        .into_par_iter()
        .with_min_len(threads.min_len(CLAIMS_PER_TASK))
        .map(|(key, members)| {
            let h = stable_hash(&[
                key.story.as_bytes(),
                key.subject.as_bytes(),
                key.attribute.as_bytes(),
                key.investor.as_deref().unwrap_or("").as_bytes(),
                key.scope.as_deref().unwrap_or("").as_bytes(),
            ]);
            Cluster {
                id: format!("k{h:016x}"),
                key,
                members,
            }
        })
        .collect();
    threads.sort_by(&mut clusters, |a, b| a.key.cmp(&b.key));
    Clusters {
        names,
        clusters,
        syndication,
    }
}

/// Claims (or clusters) handled in one parallel task, and claims keyed in one window.
const CLAIMS_PER_TASK: usize = 256;
const CLAIMS_PER_WINDOW: usize = 2048;

/// The key of a claim's cluster.
fn key_of(c: &Claim, names: &Names) -> ClusterKey {
    let attribute = family(&c.attribute).to_string();
    let acquisition = ACQUISITION_ATTRS.contains(&&*c.attribute);
    // An acquisition has two parties whichever an article calls the buyer: key by both.
    let subject = match (&c.investor, acquisition) {
        (Some(i), true) => names.subject(&format!(
            "{}{PAIR_SEPARATOR}{}",
            c.subject,
            names.buyer(&c.subject, i)
        )),
        // Money a group of buyers raises or borrows to pay is the group's.
        _ if FINANCING_ATTRS.contains(&&*c.attribute) => names.group_of(&c.subject).to_string(),
        _ => names.subject(&c.subject),
    };
    let investor = if BY_INVESTOR.contains(&&*c.attribute) && !acquisition {
        c.investor.as_deref().map(|n| names.of(n).to_string())
    } else {
        None
    };
    ClusterKey {
        story: story_of(&c.doc).to_string(),
        subject,
        attribute,
        investor,
        scope: c.scope.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Names {
        let claims: Vec<Claim> = list
            .iter()
            .map(|n| {
                let mut c: Claim = serde_json::from_value(serde_json::json!({
                    "id": "x", "doc": "a.txt", "subject": n, "attribute": "deal_total", "value": 1, "unit": "USD",
                    "qualifier": "exact", "range": null, "investor": null, "hedged": false, "stance": "asserted",
                    "quote": "q", "span": [0, 1], "sentence": [0, 1]
                }))
                .unwrap();
                c.subject = std::sync::Arc::from(&**n);
                c
            })
            .collect();
        Names::learn(&claims)
    }

    #[test]
    fn aliases_across_articles() {
        let n = names(&[
            "NVIDIA",
            "Nvidia",
            "Nvidia",
            "Amazon Web Services",
            "AWS",
            "AWS",
            "Amazon.com",
            "Amazon",
            "Amazon Bedrock",
            "OpenAI",
            "OpenAI",
            "OpenAI Frontier",
            "Activision",
            "Activision Blizzard",
            "Activision Blizzard",
            "Meta",
            "Meta",
            "Meta Platforms",
            "SoftBank Group",
            "SoftBank",
            "U.S. Steel",
            "U.S. Steel",
            "United States Steel",
            "US Steel",
            "Thinking Machines",
            "Thinking Machines Lab",
            "Thinking Machines Lab",
            "Quiet Harbor",
            "QHI",
            "QHI",
            "Lumen Ridge",
            "LRX",
            "Ovo's",
            "Ovo's",
            "Ovo",
            "Ivo's NV",
            "Ivo's",
        ]);
        assert_eq!(n.of("NVIDIA"), "Nvidia");
        assert_eq!(n.of("Amazon Web Services"), "AWS");
        assert_eq!(n.of("Amazon.com"), "Amazon");
        assert_eq!(n.of("Amazon Bedrock"), "Amazon Bedrock");
        assert_eq!(n.of("OpenAI Frontier"), "OpenAI Frontier");
        assert_eq!(n.of("Activision"), "Activision Blizzard");
        // A listed company's formal name is its short name.
        assert_eq!(n.of("Meta Platforms"), "Meta");
        assert_eq!(n.of("SoftBank Group"), "SoftBank");
        // A country's name and its initials are one ("United States Steel", "US Steel").
        assert_eq!(n.of("United States Steel"), "U.S. Steel");
        assert_eq!(n.of("US Steel"), "U.S. Steel");
        // A name of several words that one longer, more usual name extends is that name.
        assert_eq!(n.of("Thinking Machines"), "Thinking Machines Lab");
        assert_eq!(n.subject("OpenAI–Amazon Web Services"), "AWS–OpenAI");
        assert_eq!(n.subject("NVIDIA (separate)"), "Nvidia (separate)");
        // An acronym may spell the corporate suffix its name is written without ("Quiet
        // Harbor Inc." → "QHI"), no other letter.
        assert_eq!(n.of("Quiet Harbor"), "QHI");
        assert_eq!(n.of("Lumen Ridge"), "Lumen Ridge");
        // A name's "'s" ("Ovo's"), where an article writes it only before nouns ("Ovo" of
        // "Ovo's shares"), and its corporate suffix ("Ivo's NV").
        assert_eq!(n.of("Ovo"), "Ovo's");
        assert_eq!(n.of("Ivo's NV"), "Ivo's");
    }

    /// Names learnt from claims given as (article, subject, investor).
    fn names_in(list: &[(&str, &str, Option<&str>)]) -> Names {
        let claims: Vec<Claim> = list
            .iter()
            .map(|(doc, subject, investor)| {
                serde_json::from_value(serde_json::json!({
                    "id": "x", "doc": doc, "subject": subject, "attribute": "price_per_share", "value": 1,
                    "unit": "USD", "qualifier": "exact", "range": null, "investor": investor, "hedged": false,
                    "stance": "asserted", "quote": "q", "span": [0, 1], "sentence": [0, 1]
                }))
                .unwrap()
            })
            .collect();
        Names::learn(&claims)
    }

    #[test]
    fn a_short_name_is_its_longer_form_where_articles_write_one_or_the_other_in_one_deal() {
        let n = names_in(&[
            // One article names the bidder in full, two others short, each bidding for Corvex.
            ("s/a.txt", "Corvex", Some("Vantor Skydance")),
            ("s/b.txt", "Corvex", Some("Vantor")),
            ("s/c.txt", "Corvex", Some("Vantor")),
            ("s/c.txt", "Vantor", None),
            // A day's wire: "Ionix" and "Ionix Foods" in deals with other parties are two.
            ("s/d.txt", "Ionix", Some("Kestrel")),
            ("s/e.txt", "Ionix", Some("Kestrel")),
            ("s/f.txt", "Ionix Foods", Some("Borealis")),
            // Named apart in one article: two.
            ("s/g.txt", "Gamma", Some("Delta")),
            ("s/g.txt", "Gamma Frontier", Some("Delta")),
            ("s/h.txt", "Gamma", Some("Delta")),
        ]);
        assert_eq!(n.of("Vantor Skydance"), "Vantor");
        assert_eq!(n.of("Ionix Foods"), "Ionix Foods");
        assert_eq!(n.of("Ionix"), "Ionix");
        assert_eq!(n.of("Gamma Frontier"), "Gamma Frontier");
    }

    #[test]
    fn a_typing_slip_is_one_name_a_syllable_more_is_another() {
        let n = names(&[
            "Anthropic",
            "Anthropic",
            "Antrhopic",
            "Acme Capital",
            "Acmely Capital",
        ]);
        assert_eq!(n.of("Antrhopic"), "Anthropic");
        assert_eq!(n.of("Acmely Capital"), "Acmely Capital");
        assert_eq!(n.of("Acme Capital"), "Acme Capital");
    }

    /// A claim of `doc` about `subject`, with its buyer or investor and the group it buys
    /// with.
    fn deal_claim(
        doc: &str,
        subject: &str,
        attribute: &str,
        investor: Option<&str>,
        consortium: Option<&[&str]>,
    ) -> Claim {
        serde_json::from_value(serde_json::json!({
            "id": "x", "doc": doc, "subject": subject, "attribute": attribute, "value": 1,
            "unit": "USD", "qualifier": "exact", "range": null, "investor": investor,
            "hedged": false, "stance": "asserted", "quote": "q", "span": [0, 1],
            "sentence": [0, 1], "consortium": consortium
        }))
        .unwrap()
    }

    #[test]
    fn buyers_named_as_one_group_key_one_acquisition() {
        // Three articles name three members of one group of buyers as the buyer; one article
        // lists the group. The acquisition of Corvex is one cluster, keyed by the member most
        // named; the money the group borrows is the group's; a rival bidder stays apart.
        let claims = vec![
            deal_claim(
                "s/a.txt",
                "Corvex",
                "acquisition_price",
                Some("Alder"),
                Some(&["Qirat Fund", "Vantor", "Alder"]),
            ),
            deal_claim(
                "s/b.txt",
                "Corvex",
                "acquisition_price",
                Some("Qirat Fund"),
                None,
            ),
            deal_claim("s/c.txt", "Corvex", "acquisition_price", Some("QF"), None),
            deal_claim("s/c.txt", "Corvex", "price_per_share", Some("Vantor"), None),
            deal_claim(
                "s/d.txt",
                "Corvex",
                "acquisition_price",
                Some("Bramble"),
                None,
            ),
            deal_claim("s/a.txt", "Vantor", "debt_financing", None, None),
            deal_claim("s/b.txt", "Qirat Fund", "debt_financing", None, None),
        ];
        let clusters = cluster(&claims);
        let keys: Vec<String> = clusters
            .clusters
            .iter()
            .map(|c| format!("{} {} {:?}", c.key.subject, c.key.attribute, c.members))
            .collect();
        assert_eq!(
            keys,
            [
                "Bramble–Corvex acquisition_price [4]",
                "Corvex–Qirat Fund acquisition_price [0, 1, 2]",
                "Corvex–Qirat Fund price_per_share [3]",
                "Qirat Fund debt_financing [5, 6]",
            ]
        );
    }
}

/// Articles that are copies of one another (the same wire story under two mastheads).
#[derive(Debug, Clone, Default)]
pub struct Syndication {
    group_of: HashMap<String, usize>,
    /// Groups of two or more documents, each sorted, sorted by their first document.
    pub groups: Vec<Vec<String>>,
}

/// The hash of a sentence with its spaces made single and its letters lower case, when it is
/// long enough (40 bytes so normalised) to tell two articles' copies apart; `norm` is a
/// buffer.
fn sentence_hash(context: &str, norm: &mut String) -> Option<u64> {
    norm.clear();
    for (k, w) in context.split_whitespace().enumerate() {
        if k > 0 {
            norm.push(' ');
        }
        norm.push_str(w);
    }
    if norm.is_ascii() {
        norm.make_ascii_lowercase();
        (norm.len() >= 40).then(|| stable_hash(&[norm.as_bytes()]))
    } else {
        let lower = norm.to_lowercase();
        (lower.len() >= 40).then(|| stable_hash(&[lower.as_bytes()]))
    }
}

impl Syndication {
    /// Finds near-identical articles from the sentences their claims stand in: two articles
    /// of one story are one source when 80 % of the smaller one's claim-bearing sentences are
    /// in the other and they share at least half of all of them (Jaccard).
    /// Candidate pairs come from shared sentences only, so the work is linear in the claims
    /// but for sentences many articles share.
    pub fn detect(claims: &[Claim]) -> Self {
        Syndication::detect_with(claims, Threads::Pool)
    }

    /// [`Syndication::detect`], on the threads given.
    pub fn detect_with(claims: &[Claim], threads: Threads) -> Self {
        // Each sentence is hashed once (the claims of a sentence are next to one another), in
        // parallel; the sets are the same whatever the order.
        let mut hashed: Vec<(&str, u64)> = claims
            .par_chunks(CLAIMS_PER_TASK)
            .with_min_len(threads.min_len(1))
            .flat_map_iter(|chunk| {
                let mut norm = String::new();
                let mut hashed = Vec::new();
                let mut last = None;
                for c in chunk {
                    if last.replace((&*c.doc, c.sentence)) == Some((&*c.doc, c.sentence)) {
                        continue;
                    }
                    if let Some(h) = sentence_hash(&c.context, &mut norm) {
                        hashed.push((&*c.doc, h));
                    }
                }
                hashed
            })
            .collect();
        // Documents by number, in name order; each with its sentences (a set of hashes).
        threads.sort_unstable(&mut hashed);
        hashed.dedup();
        let mut docs: Vec<&str> = Vec::new();
        let mut sentence_count: Vec<usize> = Vec::new();
        let mut by_sentence: Vec<(u64, u32)> = Vec::with_capacity(hashed.len());
        for &(doc, h) in &hashed {
            if docs.last() != Some(&doc) {
                docs.push(doc);
                sentence_count.push(0);
            }
            *sentence_count.last_mut().expect("a document") += 1;
            by_sentence.push((h, (docs.len() - 1) as u32));
        }
        drop(hashed);
        // The pairs of documents that share a sentence (one that 50 documents or fewer share), once
        // per sentence they share, in order of their numbers: the order of their names.
        threads.sort_unstable(&mut by_sentence);
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        for run in by_sentence.chunk_by(|x, y| x.0 == y.0) {
            if run.len() < 2 || run.len() > 50 {
                continue;
            }
            for (i, &(_, a)) in run.iter().enumerate() {
                pairs.extend(run[i + 1..].iter().map(|&(_, b)| (a, b)));
            }
        }
        drop(by_sentence);
        threads.sort_unstable(&mut pairs);
        let mut uf = UnionFind::new(docs.len());
        for run in pairs.chunk_by(|x, y| x == y) {
            let (a, b) = (run[0].0 as usize, run[0].1 as usize);
            let (n, na, nb) = (run.len(), sentence_count[a], sentence_count[b]);
            // Copies differ in headline and a line or two: the smaller article's sentences
            // are (nearly) all in the other, and they share most of what both say.
            let union = na + nb - n;
            let overlap = n * 5 >= na.min(nb) * 4;
            let jaccard = n * 2 >= union;
            if n >= 2 && overlap && jaccard && story_of(docs[a]) == story_of(docs[b]) {
                uf.union(a, b);
            }
        }
        let mut groups: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        for (i, d) in docs.iter().enumerate() {
            groups.entry(uf.find(i)).or_default().push(d.to_string());
        }
        let groups: Vec<Vec<String>> = groups.into_values().filter(|g| g.len() > 1).collect();
        let mut group_of = HashMap::new();
        for (g, members) in groups.iter().enumerate() {
            for d in members {
                group_of.insert(d.clone(), g);
            }
        }
        Syndication { group_of, groups }
    }

    /// The groups of copies that two or more of `docs` belong to, in group order, each as
    /// those documents, sorted: found through each document's group, not by reading every
    /// group (a day of wire copy has many).
    pub fn copies_among<'a>(&self, docs: &'a [String]) -> Vec<Vec<&'a str>> {
        let mut by_group: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
        for d in docs {
            if let Some(&g) = self.group_of.get(d) {
                by_group.entry(g).or_default().push(d);
            }
        }
        by_group
            .into_values()
            .map(|mut g| {
                g.sort_unstable();
                g.dedup();
                g
            })
            .filter(|g| g.len() > 1)
            .collect()
    }

    /// Counts the independent sources among documents: copies count once.
    pub fn sources<'a>(&self, docs: impl IntoIterator<Item = &'a String>) -> usize {
        let mut seen: BTreeSet<Result<usize, &String>> = BTreeSet::new();
        for d in docs {
            seen.insert(self.group_of.get(d).copied().ok_or(d));
        }
        seen.len()
    }
}

#[cfg(test)]
mod syndication_tests {
    use super::*;
    use crate::extract;
    use crate::ingest::{Article, Format, Meta};

    fn claims_of(docs: &[(&str, &str)]) -> Vec<Claim> {
        docs.iter()
            .flat_map(|(doc, text)| {
                let a = Article {
                    doc: doc.to_string(),
                    format: Format::Text,
                    meta: Meta::default(),
                    text: text.to_string(),
                    warnings: vec![],
                };
                extract::extract(&a).claims
            })
            .collect()
    }

    #[test]
    fn copies_under_two_mastheads_are_one_source() {
        let body = "Gigacorp will invest $2 billion in Tinyco, the companies said on Monday.\nThe deal values Tinyco at $10 billion after the investment, people familiar said.\nTinyco raised $500 million in a round led by Beta Capital last year.";
        let claims = claims_of(&[
            ("s/a.txt", &format!("Gigacorp bets on Tinyco\n{body}")),
            ("s/b.txt", &format!("Tinyco lands Gigacorp money\n{body}")),
            (
                "s/c.txt",
                "Gigacorp will invest $2 billion in Tinyco, a filing showed on Tuesday, in a deal people called large.",
            ),
        ]);
        let s = Syndication::detect(&claims);
        assert_eq!(
            s.groups,
            vec![vec!["s/a.txt".to_string(), "s/b.txt".to_string()]]
        );
        let docs: Vec<String> = ["s/a.txt", "s/b.txt", "s/c.txt"]
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(s.sources(&docs), 2);
    }
}

#[cfg(test)]
mod syndication_reference_tests {
    use super::*;
    use proptest::prelude::*;

    /// How copies were first found (maps keyed by document names), kept to check the way
    /// by numbers and sorted vectors.
    fn groups_by_names(claims: &[Claim]) -> Vec<Vec<String>> {
        let mut sentences: BTreeMap<&str, BTreeSet<u64>> = BTreeMap::new();
        for c in claims {
            let norm = c
                .context
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            if norm.len() >= 40 {
                sentences
                    .entry(&*c.doc)
                    .or_default()
                    .insert(stable_hash(&[norm.as_bytes()]));
            }
        }
        let mut by_sentence: HashMap<u64, Vec<&str>> = HashMap::new();
        for (doc, hs) in &sentences {
            for h in hs {
                by_sentence.entry(*h).or_default().push(doc);
            }
        }
        let mut shared: BTreeMap<(&str, &str), usize> = BTreeMap::new();
        for docs in by_sentence.values() {
            if docs.len() < 2 || docs.len() > 50 {
                continue;
            }
            for (i, a) in docs.iter().enumerate() {
                for b in &docs[i + 1..] {
                    *shared.entry((*a, *b)).or_default() += 1;
                }
            }
        }
        let docs: Vec<&str> = sentences.keys().copied().collect();
        let index: HashMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (*d, i)).collect();
        let mut uf = UnionFind::new(docs.len());
        for ((a, b), n) in shared {
            let (na, nb) = (sentences[a].len(), sentences[b].len());
            let union = na + nb - n;
            if n >= 2 && n * 5 >= na.min(nb) * 4 && n * 2 >= union && story_of(a) == story_of(b) {
                uf.union(index[a], index[b]);
            }
        }
        let mut groups: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        for (i, d) in docs.iter().enumerate() {
            groups.entry(uf.find(i)).or_default().push(d.to_string());
        }
        groups.into_values().filter(|g| g.len() > 1).collect()
    }

    /// Sentences some documents share: two written differently but alike once spaces and
    /// case are made plain, and one too short to tell copies apart.
    const SENTENCES: &[&str] = &[
        "Gigacorp will invest $2 billion in Tinyco, the companies said.",
        "gigacorp   will invest $2 billion in  TINYCO, the companies said.",
        "The deal values Tinyco at $10 billion after the investment.",
        "Tinyco raised $500 million in a round led by Beta Capital last year.",
        "An initial tranche of $1 billion comes first, the rest later on.",
        "Ёлка Capital joins the round with €200 million, a filing showed.",
        "The round closes in March, people familiar with it said.",
        "Tinyco said $2 billion.",
    ];

    fn claim(doc: &str, sentence: usize, context: &str) -> Claim {
        serde_json::from_value(serde_json::json!({
            "id": "x", "doc": doc, "subject": "Tinyco", "attribute": "deal_total", "value": 1,
            "unit": "USD", "qualifier": "exact", "range": null, "investor": null,
            "hedged": false, "stance": "asserted", "quote": "q", "span": [0, 1],
            "sentence": [sentence * 100, sentence * 100 + 50], "context": context
        }))
        .unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]
        /// Documents of two stories (a document may come twice, its claims apart), each
        /// with some of the shared sentences, one claim or two to a sentence.
        #[test]
        fn copies_found_by_numbers_are_copies_found_by_names(
            docs in prop::collection::vec(
                (0usize..12, prop::collection::vec((0..SENTENCES.len(), 1usize..3), 0..8)),
                1..16,
            )
        ) {
            let mut claims = Vec::new();
            for (d, sentences) in &docs {
                let doc = format!("{}/{d}.txt", if d % 3 == 0 { "other" } else { "story" });
                for &(k, n) in sentences {
                    for _ in 0..n {
                        claims.push(claim(&doc, k, SENTENCES[k]));
                    }
                }
            }
            let s = Syndication::detect(&claims);
            let expected = groups_by_names(&claims);
            prop_assert_eq!(&s.groups, &expected);
            // A finding's copies, through each document's group or by reading every group.
            let asked: Vec<String> = claims.iter().step_by(2).map(|c| c.doc.to_string()).collect();
            let by_reading: Vec<Vec<&str>> = expected
                .iter()
                .filter(|g| g.iter().filter(|d| asked.contains(d)).count() > 1)
                .map(|g| g.iter().filter(|d| asked.contains(d)).map(String::as_str).collect())
                .collect();
            prop_assert_eq!(s.copies_among(&asked), by_reading);
        }
    }
}
