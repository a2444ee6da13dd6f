//! `report.json` (SPEC.md, "Output contract"):
//!
//! `{"schema_version": 1, "summary": {...}, "articles": [...], "skipped": [{"path", "reason"}],
//! "clusters": [{"id", "story", "subject", "attribute", "investor", "scope", "claims", "docs"}],
//! "findings": [{"id", "kind", "severity", "hedged", "subject", "attribute", "investor", "docs",
//! "claims", "rules", "explanation", "arithmetic", "sides", "clusters"}]}`.
//!
//! `kind` is `contradiction`, `reconciled`, `superseded`, `agreement` or `single_source`;
//! `severity` (contradictions) `high`, `medium` or `low`. Finding ids are stable across runs
//! for the same claims. Each record stands on a line of its own: compact, yet readable a line
//! at a time, and written as a run goes (see [`super::parts`]).

use std::io::{Read, Write};

use super::model::{BUCKETS, Report, Summary};
use super::parts::Parts;
use crate::ingest::Skipped;
use crate::par::Threads;

/// An array of report.json: records, each followed by `,\n`, and their length in bytes.
pub struct Records<'a> {
    pub src: &'a mut dyn Read,
    pub len: u64,
}

impl<'a> Records<'a> {
    /// Records held in memory.
    pub fn slice(bytes: &'a mut &[u8]) -> Self {
        let len = bytes.len() as u64;
        Records { src: bytes, len }
    }
}

fn array(w: &mut dyn Write, name: &str, r: Records, last: bool) -> std::io::Result<()> {
    if r.len < 2 {
        write!(w, "\"{name}\":[]")?;
    } else {
        writeln!(w, "\"{name}\":[")?;
        let copied = std::io::copy(&mut r.src.take(r.len - 2), w)?;
        if copied != r.len - 2 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                format!("{name}: {copied} of {} bytes", r.len - 2),
            ));
        }
        w.write_all(b"\n]")?;
    }
    w.write_all(if last { b"}\n" } else { b",\n" })
}

/// Appends a report.json record and its separator (`,\n`) to `buf`.
pub fn record(buf: &mut Vec<u8>, v: &impl serde::Serialize) {
    // Serialising our own types into memory cannot fail.
    let _ = serde_json::to_writer(&mut *buf, v);
    buf.extend_from_slice(b",\n");
}

/// [`record`] of what `record_of` makes of each item, in order; on the pool, a chunk of
/// items to a task.
pub fn par_records<'a, T: Sync, R: serde::Serialize>(
    items: &'a [T],
    threads: Threads,
    record_of: impl Fn(&'a T) -> R + Sync,
) -> Vec<u8> {
    use rayon::prelude::*;
    if threads == Threads::Caller {
        return records_of(items, record_of);
    }
    // A window of chunks at a time: what is held twice is one window's records.
    let mut buf = Vec::new();
    for window in items.chunks(4096) {
        let chunks: Vec<Vec<u8>> = window
            .par_chunks(256)
            .map(|chunk| records_of(chunk, &record_of))
            .collect();
        buf.reserve(chunks.iter().map(Vec::len).sum());
        for c in chunks {
            buf.extend_from_slice(&c);
        }
    }
    buf
}

fn records<T: serde::Serialize>(items: &[T]) -> Vec<u8> {
    records_of(items, |i| i)
}

/// [`record`] of what `record_of` makes of each item, in order.
fn records_of<'a, T, R: serde::Serialize>(
    items: &'a [T],
    record_of: impl Fn(&'a T) -> R,
) -> Vec<u8> {
    let mut buf = Vec::new();
    for i in items {
        record(&mut buf, &record_of(i));
    }
    buf
}

/// Puts report.json together, one record per line: `schema_version`, `summary`, then the
/// arrays `articles`, `skipped`, `clusters`, `syndicated`, `findings`.
pub fn assemble(
    w: &mut dyn Write,
    summary: &Summary,
    articles: Records,
    skipped: &[Skipped],
    clusters: Records,
    syndicated: &[Vec<String>],
    findings: Records,
) -> std::io::Result<()> {
    w.write_all(b"{\"schema_version\":1,\n\"summary\":")?;
    serde_json::to_writer(&mut *w, summary)?;
    w.write_all(b",\n")?;
    array(w, "articles", articles, false)?;
    let skipped = records(skipped);
    array(w, "skipped", Records::slice(&mut skipped.as_slice()), false)?;
    array(w, "clusters", clusters, false)?;
    let syndicated = records(syndicated);
    array(
        w,
        "syndicated",
        Records::slice(&mut syndicated.as_slice()),
        false,
    )?;
    array(w, "findings", findings, true)
}

/// Writes `report.json`.
pub fn write(w: &mut dyn Write, r: &Report) -> std::io::Result<()> {
    let parts = Parts::of(r, &[0; BUCKETS]);
    let findings: Vec<u8> = parts.findings_json.concat();
    assemble(
        w,
        &r.summary(),
        Records::slice(&mut parts.articles_json.as_slice()),
        r.skipped,
        Records::slice(&mut parts.clusters_json.as_slice()),
        r.syndicated,
        Records::slice(&mut findings.as_slice()),
    )
}
