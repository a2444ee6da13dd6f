//! The rendered pieces of a report: what one story (or a whole corpus held in memory)
//! contributes to each output file. Pieces of successive stories are put together by
//! [`super::Writer`] (streaming, story by story) or by the renderers (in memory): one code
//! path for both, so a streamed report is the same bytes as one written whole.
//!
//! JSON records are written one per line, each followed by `,\n`; the assembler drops the
//! last separator of each array.

use super::model::{BUCKETS, Report, bucket, section_of};
use super::{html, markdown};

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
