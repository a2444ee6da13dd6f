//! `report.json` (SPEC.md, "Output contract"):
//!
//! `{"schema_version": 1, "summary": {...}, "articles": [...], "skipped": [{"path", "reason"}],
//! "clusters": [{"id", "story", "subject", "attribute", "investor", "scope", "claims", "docs"}],
//! "findings": [{"id", "kind", "severity", "hedged", "subject", "attribute", "investor", "docs",
//! "claims", "rules", "explanation", "arithmetic", "sides", "clusters"}]}`.
//!
//! `kind` is `contradiction`, `reconciled`, `superseded`, `agreement` or `single_source`;
//! `severity` (contradictions) `high`, `medium` or `low`. Finding ids are stable across runs
//! for the same claims.

use std::io::Write;

use serde::Serialize;

use super::model::{Report, Summary};
use crate::cluster::Cluster;
use crate::ingest::Skipped;
use crate::pipeline::ArticleReport;
use crate::reconcile::Finding;

#[derive(Serialize)]
struct Doc<'a> {
    schema_version: u32,
    summary: Summary,
    articles: &'a [ArticleReport],
    skipped: &'a [Skipped],
    clusters: &'a [Cluster],
    /// Groups of articles that are copies of one another (one source each).
    syndicated: &'a [Vec<String>],
    findings: &'a [Finding],
}

/// Writes `report.json`.
pub fn write(w: &mut dyn Write, r: &Report) -> std::io::Result<()> {
    let doc = Doc {
        schema_version: 1,
        summary: r.summary(),
        articles: r.articles,
        skipped: r.skipped,
        clusters: r.clusters,
        syndicated: r.syndicated,
        findings: r.findings,
    };
    serde_json::to_writer_pretty(&mut *w, &doc)?;
    w.write_all(b"\n")
}
