//! The rendered pieces of a report: what one story (or a whole corpus held in memory)
//! contributes to each output file. Pieces of successive stories are put together by
//! [`super::Writer`] (streaming, story by story) or by the renderers (in memory): one code
//! path for both, so a streamed report is the same bytes as one written whole.
//!
//! JSON records are written one per line, each followed by `,\n`; the assembler drops the
//! last separator of each array.

use std::io::{BufRead, Write};

use super::model::{BUCKETS, Report, SECTIONS, Section, Summary, bucket, section_of};
use super::{html, markdown};
use crate::ingest::Skipped;
use crate::reconcile::Kind;

/// What a report contributes to the output files.
#[derive(Debug, Default)]
pub struct Parts {
    pub articles: usize,
    pub claims: usize,
    pub clusters: usize,
    /// `claims.jsonl` lines.
    pub claims_jsonl: Vec<u8>,
    /// report.json records, each followed by `,\n`.
    pub articles_json: Vec<u8>,
    pub clusters_json: Vec<u8>,
    pub findings_json: [Vec<u8>; BUCKETS],
    /// Findings in each bucket.
    pub counts: [usize; BUCKETS],
    /// Rendered entries of each bucket for report.md and report.html, at most the limit
    /// asked for; `ends[b][i]` is where entry `i` ends in `md[b]` and `html[b]`.
    pub md: [String; BUCKETS],
    pub html: [String; BUCKETS],
    pub ends: [Vec<(usize, usize)>; BUCKETS],
    /// Entries rendered in each bucket.
    pub shown: [usize; BUCKETS],
    pub syndicated: Vec<Vec<String>>,
}

fn json_record(buf: &mut Vec<u8>, v: &impl serde::Serialize) {
    // Serialising our own types into memory cannot fail.
    let _ = serde_json::to_writer(&mut *buf, v);
    buf.extend_from_slice(b",\n");
}

impl Parts {
    /// The entries report.md and report.html show of each bucket, from the start: every
    /// contradiction, and each capped section's first entries.
    pub fn first_limits() -> [usize; BUCKETS] {
        std::array::from_fn(|b| section_of(b).cap.unwrap_or(usize::MAX))
    }

    /// Renders a report; of each bucket, at most `limits[b]` entries for report.md/html.
    pub fn of(r: &Report, limits: &[usize; BUCKETS]) -> Parts {
        let mut claims_jsonl = Vec::new();
        for c in r.claims {
            let _ = serde_json::to_writer(&mut claims_jsonl, c);
            claims_jsonl.push(b'\n');
        }
        Parts::with_claims_jsonl(r, limits, claims_jsonl)
    }

    /// [`Parts::of`], with the report's claims already written as `claims.jsonl` lines.
    pub fn with_claims_jsonl(
        r: &Report,
        limits: &[usize; BUCKETS],
        claims_jsonl: Vec<u8>,
    ) -> Parts {
        let mut p = Parts {
            claims_jsonl,
            articles: r.articles.len(),
            claims: r.claims.len(),
            clusters: r.clusters.len(),
            syndicated: r.syndicated.to_vec(),
            ..Parts::default()
        };
        for a in r.articles {
            json_record(&mut p.articles_json, a);
        }
        for c in r.clusters {
            json_record(&mut p.clusters_json, c);
        }
        for f in r.findings {
            let b = bucket(f);
            json_record(&mut p.findings_json[b], f);
            p.counts[b] += 1;
            if p.shown[b] < limits[b] {
                markdown::entry(&mut p.md[b], r, f);
                html::entry(&mut p.html[b], r, f);
                p.ends[b].push((p.md[b].len(), p.html[b].len()));
                p.shown[b] += 1;
            }
        }
        p
    }
}

/// Copies entries, numbering them from the number given; returns the next number.
pub type Numbering = fn(&mut dyn BufRead, &mut dyn Write, usize) -> std::io::Result<usize>;

/// What a report for a person (Markdown, HTML) writes around its entries.
pub struct Layout {
    pub head: fn(&mut String, &Summary),
    pub open: fn(&mut String, &Section, usize),
    pub close: fn(&mut String, &Section, usize, usize),
    pub tail: fn(&mut String, &[Skipped]),
    /// How the contradictions' entries are numbered as they are copied; `None`: as they are.
    pub number: Option<Numbering>,
}

impl Layout {
    /// Puts a report together from the rendered entries of each bucket (`entries[b]`, at
    /// most the section's cap) and the number of findings in each (`totals[b]`).
    pub fn assemble(
        &self,
        w: &mut dyn Write,
        summary: &Summary,
        totals: &[usize; BUCKETS],
        entries: &mut [&mut dyn BufRead],
        shown: &[usize; BUCKETS],
        skipped: &[Skipped],
    ) -> std::io::Result<()> {
        let piece = |w: &mut dyn Write, f: &dyn Fn(&mut String)| {
            let mut s = String::new();
            f(&mut s);
            w.write_all(s.as_bytes())
        };
        piece(w, &|s| (self.head)(s, summary))?;
        let mut number = 1;
        for sec in &SECTIONS {
            let (from, to) = sec.buckets;
            let total: usize = totals[from..to].iter().sum();
            let shown_here: usize = shown[from..to].iter().sum();
            piece(w, &|s| (self.open)(s, sec, total))?;
            for src in entries[from..to].iter_mut() {
                match self.number {
                    Some(number_cards) if sec.kind == Kind::Contradiction => {
                        number = number_cards(*src, w, number)?;
                    }
                    _ => {
                        std::io::copy(*src, w)?;
                    }
                }
            }
            piece(w, &|s| (self.close)(s, sec, total, shown_here))?;
        }
        piece(w, &|s| (self.tail)(s, skipped))
    }

    /// Writes a report held whole, through the same parts and assembly as a streamed run;
    /// `entries` picks the format's entries of the parts.
    pub fn write_whole(
        &self,
        w: &mut dyn Write,
        r: &Report,
        entries: fn(&Parts) -> &[String; BUCKETS],
    ) -> std::io::Result<()> {
        let parts = Parts::of(r, &Parts::first_limits());
        let mut srcs: Vec<&[u8]> = entries(&parts).iter().map(|e| e.as_bytes()).collect();
        let mut readers: Vec<&mut dyn BufRead> =
            srcs.iter_mut().map(|s| s as &mut dyn BufRead).collect();
        self.assemble(
            w,
            &r.summary(),
            &parts.counts,
            &mut readers,
            &parts.shown,
            r.skipped,
        )
    }
}
