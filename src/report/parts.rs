//! The rendered pieces of a report: what one story (or a whole corpus held in memory)
//! contributes to each output file. Pieces of successive stories are put together by
//! [`super::Writer`] (streaming, story by story) or by the renderers (in memory): one code
//! path for both, so a streamed report is the same bytes as one written whole.
//!
//! JSON records are written one per line, each followed by `,\n`; the assembler drops the
//! last separator of each array.

use std::io::{BufRead, Write};

use super::model::{
    BUCKETS, Report, SECTION_CAP, SECTIONS, Section, StoryLine, Summary, bucket, section_of,
};
use super::{html, json, markdown};
use crate::cluster::story_of;
use crate::ingest::Skipped;
use crate::par::Threads;
use crate::reconcile::{Finding, Kind};
use rayon::prelude::*;

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
    /// The stories of the report, in order, with what each found.
    pub stories: Vec<StoryLine>,
}

impl Parts {
    /// The entries report.md and report.html show of each bucket, from the start: every
    /// contradiction, and each capped section's first entries.
    pub fn first_limits() -> [usize; BUCKETS] {
        std::array::from_fn(|b| section_of(b).cap.unwrap_or(usize::MAX))
    }

    /// Renders a report; of each bucket, at most `limits[b]` entries for report.md/html.
    pub fn of(r: &Report, limits: &[usize; BUCKETS]) -> Parts {
        Parts::with_claims_jsonl(r, limits, super::claims::lines(r.claims), Threads::Pool)
    }

    /// [`Parts::of`], with the report's claims already written as `claims.jsonl` lines, on
    /// the threads given.
    pub fn with_claims_jsonl(
        r: &Report,
        limits: &[usize; BUCKETS],
        claims_jsonl: Vec<u8>,
        threads: Threads,
    ) -> Parts {
        let mut whole = Parts {
            claims_jsonl,
            ..Parts::default()
        };
        let rendered: Result<(), std::convert::Infallible> =
            Parts::render(r, limits, threads, &mut |p| {
                whole.append(p);
                Ok(())
            });
        let Ok(()) = rendered;
        whole
    }

    /// Renders a report a piece at a time, without its claims lines: `emit` is given the
    /// findings of each window as they are rendered, then the rest (articles, clusters,
    /// copies, the table of stories). Appended in order ([`Parts::append`], or
    /// [`super::Writer::add_parts`] straight into the output), the pieces are the report's
    /// parts, so a story of many thousand articles need not hold them all.
    pub fn render<E>(
        r: &Report,
        limits: &[usize; BUCKETS],
        threads: Threads,
        emit: &mut dyn FnMut(Parts) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut stories: std::collections::BTreeMap<&str, StoryLine> = Default::default();
        let mut shown_so_far = [0; BUCKETS];
        // What each finding adds up to is counted in order; the findings are rendered in
        // parallel, a window at a time, and a window's pieces put together in order: the
        // same bytes as one thread's. On the calling thread a window is one piece (many small
        // pieces would leave the allocator's pages half used).
        let per_task = match threads {
            Threads::Pool => FINDINGS_PER_TASK,
            Threads::Caller => FINDINGS_PER_WINDOW,
        };
        for window in r.findings.chunks(FINDINGS_PER_WINDOW) {
            let shown: Vec<bool> = window
                .iter()
                .map(|f| {
                    let b = bucket(f);
                    let line = story_line(&mut stories, f.docs.first().map_or("", |d| story_of(d)));
                    line.counts[b] += 1;
                    if f.kind == Kind::Contradiction && line.first.is_none() {
                        line.first = Some(f.id.clone());
                    }
                    let shown = shown_so_far[b] < limits[b];
                    shown_so_far[b] += usize::from(shown);
                    shown
                })
                .collect();
            let pieces: Vec<Parts> = window
                .par_chunks(per_task)
                .zip(shown.par_chunks(per_task))
                .map(|(fs, shown)| Parts::of_findings(r, fs, shown))
                .collect();
            let mut rendered = Parts::default();
            for piece in pieces {
                rendered.append(piece);
            }
            emit(rendered)?;
        }
        for a in r.articles {
            story_line(&mut stories, story_of(&a.doc)).articles += 1;
        }
        emit(Parts {
            articles: r.articles.len(),
            claims: r.claims.len(),
            clusters: r.clusters.len(),
            articles_json: json::par_records(r.articles, threads, |a| a),
            clusters_json: json::par_records(r.clusters, threads, |c| r.cluster_record(c)),
            syndicated: r.syndicated.to_vec(),
            stories: stories.into_values().collect(),
            ..Parts::default()
        })
    }

    /// Renders findings: each one's report.json record, and its entries for report.md and
    /// report.html where `shown`.
    fn of_findings(r: &Report, findings: &[Finding], shown: &[bool]) -> Parts {
        let mut p = Parts::default();
        for (f, &shown) in findings.iter().zip(shown) {
            let b = bucket(f);
            json::record(&mut p.findings_json[b], f);
            p.counts[b] += 1;
            if shown {
                markdown::entry(&mut p.md[b], r, f);
                html::entry(&mut p.html[b], r, f);
                p.ends[b].push((p.md[b].len(), p.html[b].len()));
                p.shown[b] += 1;
            }
        }
        p
    }

    /// Appends the parts that come next (of the same story, or of the next ones).
    pub fn append(&mut self, p: Parts) {
        let Parts {
            articles,
            claims,
            clusters,
            claims_jsonl,
            articles_json,
            clusters_json,
            findings_json,
            counts,
            md,
            html,
            ends,
            shown,
            syndicated,
            stories,
        } = p;
        self.articles += articles;
        self.claims += claims;
        self.clusters += clusters;
        join(&mut self.claims_jsonl, claims_jsonl);
        join(&mut self.articles_json, articles_json);
        join(&mut self.clusters_json, clusters_json);
        for (b, (((json, md), html), ends)) in findings_json
            .into_iter()
            .zip(md)
            .zip(html)
            .zip(ends)
            .enumerate()
        {
            let (md_at, html_at) = (self.md[b].len(), self.html[b].len());
            join(&mut self.findings_json[b], json);
            join_str(&mut self.md[b], md);
            join_str(&mut self.html[b], html);
            self.ends[b].extend(ends.into_iter().map(|(m, h)| (m + md_at, h + html_at)));
            self.counts[b] += counts[b];
            self.shown[b] += shown[b];
        }
        self.syndicated.extend(syndicated);
        self.stories.extend(stories);
    }
}

/// Findings rendered in one parallel task, and in one window of tasks.
const FINDINGS_PER_TASK: usize = 256;
const FINDINGS_PER_WINDOW: usize = 2048;

/// Appends `more` to `into`, taking it whole when `into` is empty (pieces are put together
/// without copying the first).
fn join(into: &mut Vec<u8>, more: Vec<u8>) {
    if into.is_empty() {
        *into = more;
    } else {
        into.extend_from_slice(&more);
    }
}

/// [`join`] for text.
fn join_str(into: &mut String, more: String) {
    if into.is_empty() {
        *into = more;
    } else {
        into.push_str(&more);
    }
}

/// The row of `story`, added empty when it is the story's first mention.
fn story_line<'a, 's>(
    stories: &'a mut std::collections::BTreeMap<&'s str, StoryLine>,
    story: &'s str,
) -> &'a mut StoryLine {
    stories.entry(story).or_insert_with(|| StoryLine {
        story: story.to_string(),
        ..StoryLine::default()
    })
}

/// The rows of the table of stories a report shows: at most [`SECTION_CAP`], and how many
/// more there are.
pub fn story_rows(stories: &[StoryLine], total: usize) -> (&[StoryLine], usize) {
    let shown = &stories[..stories.len().min(SECTION_CAP)];
    (shown, total.saturating_sub(shown.len()))
}

/// Copies entries, numbering them from the number given; returns the next number.
pub type Numbering = fn(&mut dyn BufRead, &mut dyn Write, usize) -> std::io::Result<usize>;

/// What a report for a person (Markdown, HTML) writes around its entries.
pub struct Layout {
    pub head: fn(&mut String, &Summary),
    /// The table of stories (rows shown, stories in all), written after the head when a run
    /// has more than one story.
    pub stories: fn(&mut String, &[StoryLine], usize),
    pub open: fn(&mut String, &Section, usize),
    pub close: fn(&mut String, &Section, usize, usize),
    pub tail: fn(&mut String, &[Skipped]),
    /// How the contradictions' entries are numbered as they are copied; `None`: as they are.
    pub number: Option<Numbering>,
}

/// What a report says besides its entries.
pub struct Contents<'a> {
    pub summary: &'a Summary,
    /// Findings in each bucket, and entries rendered of each.
    pub totals: &'a [usize; BUCKETS],
    pub shown: &'a [usize; BUCKETS],
    /// The rows of the table of stories shown, and the number of stories.
    pub stories: (&'a [StoryLine], usize),
    pub skipped: &'a [Skipped],
}

impl Layout {
    /// Puts a report together from the rendered entries of each bucket (`entries[b]`, at
    /// most the section's cap) and what it says besides.
    pub fn assemble(
        &self,
        w: &mut dyn Write,
        c: &Contents,
        entries: &mut [&mut dyn BufRead],
    ) -> std::io::Result<()> {
        let Contents {
            summary,
            totals,
            shown,
            stories: (stories, story_count),
            skipped,
        } = *c;
        let piece = |w: &mut dyn Write, f: &dyn Fn(&mut String)| {
            let mut s = String::new();
            f(&mut s);
            w.write_all(s.as_bytes())
        };
        piece(w, &|s| (self.head)(s, summary))?;
        if story_count > 1 {
            piece(w, &|s| (self.stories)(s, stories, story_count))?;
        }
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

    /// [`Layout::write_whole`] into a string.
    pub fn render_whole(&self, r: &Report, entries: fn(&Parts) -> &[String; BUCKETS]) -> String {
        let mut buf = Vec::new();
        let _ = self.write_whole(&mut buf, r, entries);
        String::from_utf8(buf).unwrap_or_default()
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
        let (rows, _) = story_rows(&parts.stories, parts.stories.len());
        let contents = Contents {
            summary: &r.summary(),
            totals: &parts.counts,
            shown: &parts.shown,
            stories: (rows, parts.stories.len()),
            skipped: r.skipped,
        };
        self.assemble(w, &contents, &mut readers)
    }
}
