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
            .filter_map(|a| a.meta.outlet.as_deref().map(|o| (a.doc.as_str(), o)))
            .chain(
                claims
                    .iter()
                    .filter_map(|c| c.outlet.as_deref().map(|o| (c.doc.as_str(), o))),
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

    /// Looks a claim up by id.
    pub fn claim(&self, id: &str) -> Option<&'a Claim> {
        self.by_id.get(id).copied()
    }

    /// The outlet of a document, when known.
    pub fn outlet(&self, doc: &str) -> Option<&'a str> {
        self.outlets.get(doc).copied()
    }

    /// The claims a side of a finding quotes, each passage once (two claims read from the
    /// same words of the same article show one quote).
    pub fn quoted_claims(&self, side: &crate::reconcile::Side) -> Vec<&'a Claim> {
        let mut seen = std::collections::BTreeSet::new();
        side.claims
            .iter()
            .filter_map(|id| self.claim(id))
            .filter(|c| seen.insert((c.doc.as_str(), c.span)))
            .collect()
    }

    /// Findings of one kind, in report order.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &'a Finding> {
        self.findings.iter().filter(move |f| f.kind == kind)
    }

    /// Counts for the summary.
    pub fn summary(&self) -> Summary {
        let count = |k: Kind| self.findings.iter().filter(|f| f.kind == k).count();
        let sev = |s: Severity| {
            self.of_kind(Kind::Contradiction)
                .filter(|f| f.severity == Some(s))
                .count()
        };
        Summary {
            articles: self.articles.len(),
            claims: self.claims.len(),
            clusters: self.clusters.len(),
            contradictions: count(Kind::Contradiction),
            contradictions_high: sev(Severity::High),
            contradictions_medium: sev(Severity::Medium),
            contradictions_low: sev(Severity::Low),
            reconciled: count(Kind::Reconciled),
            superseded: count(Kind::Superseded),
            agreements: count(Kind::Agreement),
            single_source: count(Kind::SingleSource),
            skipped: self.skipped.len(),
        }
    }
}

/// Splits a claim's sentence around its quote: (before, quote, after).
pub fn in_context(c: &Claim) -> (&str, &str, &str) {
    let (s, e) = (
        c.span.start.saturating_sub(c.sentence.start),
        c.span.end.saturating_sub(c.sentence.start),
    );
    let ctx = c.context.as_str();
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
