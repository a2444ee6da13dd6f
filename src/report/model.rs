//! The report model every renderer reads.

use std::collections::HashMap;

use serde::Serialize;

use crate::claim::Claim;
use crate::cluster::Cluster;
use crate::ingest::Skipped;
use crate::pipeline::ArticleReport;
use crate::reconcile::{Finding, Kind, Severity};

/// Everything a run found, borrowed for rendering.
pub struct Report<'a> {
    pub articles: &'a [ArticleReport],
    pub skipped: &'a [Skipped],
    pub claims: &'a [Claim],
    pub clusters: &'a [Cluster],
    pub findings: &'a [Finding],
    pub syndicated: &'a [Vec<String>],
    by_id: HashMap<&'a str, &'a Claim>,
    outlets: HashMap<&'a str, &'a str>,
}

/// A cluster as report.json lists it: its key, its claims' ids (in their order) and its
/// articles (sorted), read from the claims when it is written rather than held by every
/// cluster.
#[derive(Debug, Serialize)]
pub struct ClusterRecord<'a> {
    pub id: &'a str,
    #[serde(flatten)]
    pub key: &'a crate::cluster::ClusterKey,
    pub claims: Vec<&'a str>,
    pub docs: Vec<&'a str>,
}

/// Counts for the summary line and the top of the reports.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub articles: usize,
    pub claims: usize,
    pub clusters: usize,
    pub contradictions: usize,
    pub contradictions_high: usize,
    pub contradictions_medium: usize,
    pub contradictions_low: usize,
    pub reconciled: usize,
    pub superseded: usize,
    pub agreements: usize,
    pub single_source: usize,
    pub skipped: usize,
}

impl Summary {
    /// "30 articles, 236 claims, 80 clusters".
    pub fn sizes(&self) -> String {
        format!(
            "{} articles, {} claims, {} clusters",
            self.articles, self.claims, self.clusters
        )
    }

    /// "2 high, 4 medium, 0 low".
    pub fn severities(&self) -> String {
        format!(
            "{} high, {} medium, {} low",
            self.contradictions_high, self.contradictions_medium, self.contradictions_low
        )
    }

    /// The findings other than contradictions: "4 reconciled", "10 superseded", ….
    pub fn other_findings(&self) -> [String; 4] {
        [
            format!("{} reconciled", self.reconciled),
            format!("{} superseded", self.superseded),
            format!("{} agreements", self.agreements),
            format!("{} single-source", self.single_source),
        ]
    }

    /// The summary of (articles, claims, clusters) and the findings in each bucket.
    pub fn of_counts(
        (articles, claims, clusters): (usize, usize, usize),
        buckets: &[usize; BUCKETS],
        skipped: usize,
    ) -> Self {
        Summary {
            articles,
            claims,
            clusters,
            contradictions: buckets[0] + buckets[1] + buckets[2],
            contradictions_high: buckets[0],
            contradictions_medium: buckets[1],
            contradictions_low: buckets[2],
            reconciled: buckets[3],
            superseded: buckets[4],
            agreements: buckets[5],
            single_source: buckets[6],
            skipped,
        }
    }
}

impl<'a> Report<'a> {
    /// Builds the model.
    pub fn new(
        articles: &'a [ArticleReport],
        skipped: &'a [Skipped],
        claims: &'a [Claim],
        clusters: &'a [Cluster],
        findings: &'a [Finding],
        syndicated: &'a [Vec<String>],
    ) -> Self {
        let by_id = claims.iter().map(|c| (c.id.as_str(), c)).collect();
        let outlets = articles
            .iter()
            .filter_map(|a| a.meta.outlet.as_deref().map(|o| (&*a.doc, o)))
            .chain(
                claims
                    .iter()
                    .filter_map(|c| c.outlet.as_deref().map(|o| (&*c.doc, o))),
            )
            .collect();
        Report {
            articles,
            skipped,
            claims,
            clusters,
            findings,
            syndicated,
            by_id,
            outlets,
        }
    }

    /// A cluster as report.json lists it.
    pub fn cluster_record(&self, c: &'a Cluster) -> ClusterRecord<'a> {
        let claims: Vec<&'a Claim> = c.members.iter().map(|&i| &self.claims[i]).collect();
        let mut docs: Vec<&str> = claims.iter().map(|c| &*c.doc).collect();
        docs.sort_unstable();
        docs.dedup();
        ClusterRecord {
            id: &c.id,
            key: &c.key,
            claims: claims.iter().map(|c| c.id.as_str()).collect(),
            docs,
        }
    }

    /// Looks a claim up by id.
    pub fn claim(&self, id: &str) -> Option<&'a Claim> {
        self.by_id.get(id).copied()
    }

    /// The outlet of a document, when known.
    pub fn outlet(&self, doc: &str) -> Option<&'a str> {
        self.outlets.get(doc).copied()
    }

    /// The claims a side of a finding quotes, each passage once (two claims read from the
    /// same words of the same article show one quote), by article and position.
    pub fn quoted_claims(&self, side: &crate::reconcile::Side) -> Vec<&'a Claim> {
        let mut seen = std::collections::BTreeSet::new();
        let mut quoted: Vec<&'a Claim> = side
            .claims
            .iter()
            .filter_map(|id| self.claim(id))
            .filter(|c| seen.insert((&*c.doc, c.span)))
            .collect();
        // By article, then in the order of its text: a reviewer reads each article's words
        // together.
        quoted.sort_by(|a, b| (&a.doc, a.span).cmp(&(&b.doc, b.span)));
        quoted
    }

    /// Findings of one kind, in report order.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &'a Finding> {
        self.findings.iter().filter(move |f| f.kind == kind)
    }

    /// Counts for the summary.
    pub fn summary(&self) -> Summary {
        let mut buckets = [0; BUCKETS];
        for f in self.findings {
            buckets[bucket(f)] += 1;
        }
        Summary::of_counts(
            (self.articles.len(), self.claims.len(), self.clusters.len()),
            &buckets,
            self.skipped.len(),
        )
    }
}

/// Splits a claim's sentence around its quote: (before, quote, after).
pub fn in_context(c: &Claim) -> (&str, &str, &str) {
    let (s, e) = (
        c.span.start.saturating_sub(c.sentence.start),
        c.span.end.saturating_sub(c.sentence.start),
    );
    let ctx: &str = &c.context;
    if c.sentence.contains(c.span)
        && e <= ctx.len()
        && ctx.is_char_boundary(s)
        && ctx.is_char_boundary(e)
    {
        (&ctx[..s], &ctx[s..e], &ctx[e..])
    } else {
        ("", c.quote.as_str(), "")
    }
}

/// Number of buckets findings are written in: contradictions by severity (high, medium,
/// low), then reconciled, superseded, agreements, single-source.
pub const BUCKETS: usize = 7;

/// The bucket of a finding; buckets are written in order, so that the reports of a corpus
/// can be assembled from the findings of its stories.
pub fn bucket(f: &Finding) -> usize {
    match (f.kind, f.severity) {
        (Kind::Contradiction, Some(Severity::High)) => 0,
        (Kind::Contradiction, Some(Severity::Medium)) => 1,
        (Kind::Contradiction, _) => 2,
        (Kind::Reconciled, _) => 3,
        (Kind::Superseded, _) => 4,
        (Kind::Agreement, _) => 5,
        (Kind::SingleSource, _) => 6,
    }
}

/// What one story of a run found: a row of the table of stories at the top of report.md and
/// report.html (shown when a run has more than one story).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoryLine {
    pub story: String,
    pub articles: usize,
    /// Findings in each bucket.
    pub counts: [usize; BUCKETS],
    /// The story's first contradiction in the report (its most severe), to link to.
    pub first: Option<String>,
}

/// The columns of the table of stories.
pub const STORY_COLUMNS: [&str; 7] = [
    "story",
    "articles",
    "contradictions",
    "reconciled",
    "superseded",
    "agreements",
    "single-source",
];

impl StoryLine {
    /// "2 (1 high, 1 medium)", or "0".
    pub fn contradictions(&self) -> String {
        let total: usize = self.counts[..3].iter().sum();
        if total == 0 {
            return "0".into();
        }
        let parts: Vec<String> = ["high", "medium", "low"]
            .iter()
            .zip(&self.counts[..3])
            .filter(|(_, n)| **n > 0)
            .map(|(w, n)| format!("{n} {w}"))
            .collect();
        format!("{total} ({})", parts.join(", "))
    }

    /// The story's name as shown: its folder, or "(top folder)".
    pub fn name(&self) -> &str {
        if self.story.is_empty() {
            "(top folder)"
        } else {
            &self.story
        }
    }
}

/// Entries shown at most in a capped section of report.md and report.html (a huge run stays
/// readable; report.json holds every finding).
pub const SECTION_CAP: usize = 300;

/// A section of report.md and report.html.
#[derive(Debug, Clone, Copy)]
pub struct Section {
    pub kind: Kind,
    /// The buckets it shows, in order.
    pub buckets: (usize, usize),
    /// At most this many entries are shown; `None`: all.
    pub cap: Option<usize>,
}

/// The sections, in order: contradictions in full; the others capped.
pub const SECTIONS: [Section; 5] = [
    Section {
        kind: Kind::Contradiction,
        buckets: (0, 3),
        cap: None,
    },
    Section {
        kind: Kind::Reconciled,
        buckets: (3, 4),
        cap: Some(SECTION_CAP),
    },
    Section {
        kind: Kind::Superseded,
        buckets: (4, 5),
        cap: Some(SECTION_CAP),
    },
    Section {
        kind: Kind::Agreement,
        buckets: (5, 6),
        cap: Some(SECTION_CAP),
    },
    Section {
        kind: Kind::SingleSource,
        buckets: (6, 7),
        cap: Some(SECTION_CAP),
    },
];

/// The section a bucket belongs to.
pub fn section_of(bucket: usize) -> &'static Section {
    SECTIONS
        .iter()
        .find(|s| (s.buckets.0..s.buckets.1).contains(&bucket))
        .unwrap_or(&SECTIONS[0])
}
