//! Composes the stages: walk → read → extract, in parallel over articles, in a stable order.
//!
//! Input: corpus paths. Output: [`Corpus`]: per article its metadata, claims and warnings,
//! sorted by `doc`, and the skipped files. The article text is dropped as soon as its claims
//! are extracted, so memory holds claims, not text. The result does not depend on the number
//! of threads.

use std::path::PathBuf;

use rayon::prelude::*;
use serde::Serialize;

use crate::claim::Claim;
use crate::cluster::{self, Cluster, story_of};
use crate::error::Error;
use crate::extract;
use crate::ingest::{self, Article, Entry, Format, Meta, Skipped, WalkOptions};
use crate::reconcile::{self, Finding};
use crate::report::model::Report;

/// An article's metadata and what extraction found in it, without its text.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleReport {
    pub doc: String,
    pub format: Format,
    #[serde(flatten)]
    pub meta: Meta,
    /// Length of the extracted text in bytes.
    pub bytes: usize,
    pub claims: usize,
    pub warnings: Vec<String>,
}

/// What a run over a corpus found.
#[derive(Debug, Default)]
pub struct Corpus {
    pub articles: Vec<ArticleReport>,
    pub claims: Vec<Claim>,
    pub skipped: Vec<Skipped>,
}

/// Lists the corpus files; a missing path is an error.
pub fn entries(paths: &[PathBuf], opts: WalkOptions) -> Result<(Vec<Entry>, Vec<Skipped>), Error> {
    ingest::walk(paths, opts)
}

/// Reads every file and calls `f` on each article, in parallel; returns what `f` gave, in
/// `doc` order, with the skipped files.
pub fn map_articles<T: Send>(
    entries: &[Entry],
    f: impl Fn(Article) -> T + Sync + Send,
) -> (Vec<(String, T)>, Vec<Skipped>) {
    map_articles_with_progress(entries, f, &|| {})
}

/// [`map_articles`], calling `on_file` after each file (for a progress bar).
pub fn map_articles_with_progress<T: Send>(
    entries: &[Entry],
    f: impl Fn(Article) -> T + Sync + Send,
    on_file: &(dyn Fn() + Sync),
) -> (Vec<(String, T)>, Vec<Skipped>) {
    type PerFile<T> = (Vec<(String, T)>, Vec<Skipped>);
    let per_file: Vec<PerFile<T>> = entries
        .par_iter()
        .map(|e| {
            // A bug met on one file must cost only that file: a panic while reading or
            // extracting it becomes a skipped entry with the reason, and the run goes on.
            let run = std::panic::AssertUnwindSafe(|| {
                let loaded = ingest::load(e);
                let results: Vec<(String, T)> = loaded
                    .articles
                    .into_iter()
                    .map(|a| {
                        let doc = a.doc.clone();
                        (doc, f(a))
                    })
                    .collect();
                (results, loaded.skipped)
            });
            let result = std::panic::catch_unwind(run).unwrap_or_else(|panic| {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".to_string());
                let reason =
                    format!("internal error while reading this file ({what}); please report it");
                (
                    Vec::new(),
                    vec![Skipped {
                        path: e.doc.clone(),
                        reason,
                    }],
                )
            });
            on_file();
            result
        })
        .collect();
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for (r, s) in per_file {
        out.extend(r);
        skipped.extend(s);
    }
    (out, skipped)
}

/// Runs ingest and extraction over the corpus.
pub fn extract_corpus(paths: &[PathBuf], opts: WalkOptions) -> Result<Corpus, Error> {
    extract_corpus_with_progress(paths, opts, &|_| None)
}

/// A callback called after each file, for a progress bar.
pub type Tick = Box<dyn Fn() + Sync>;

/// [`extract_corpus`], with a progress reporter: `progress(number of files)` may return a
/// callback called after each file.
pub fn extract_corpus_with_progress(
    paths: &[PathBuf],
    opts: WalkOptions,
    progress: &dyn Fn(usize) -> Option<Tick>,
) -> Result<Corpus, Error> {
    let (entries, mut skipped) = entries(paths, opts)?;
    let tick = progress(entries.len());
    let noop = || {};
    let on_file: &(dyn Fn() + Sync) = match &tick {
        Some(t) => t.as_ref(),
        None => &noop,
    };
    let (results, skipped_files) = map_articles_with_progress(
        &entries,
        |a| {
            let x = extract::extract(&a);
            let mut warnings = a.warnings.clone();
            warnings.extend(x.warnings);
            let report = ArticleReport {
                doc: a.doc.clone(),
                format: a.format,
                meta: a.meta.clone(),
                bytes: a.text.len(),
                claims: x.claims.len(),
                warnings,
            };
            (report, x.claims)
        },
        on_file,
    );
    skipped.extend(skipped_files);
    let mut corpus = Corpus {
        skipped,
        ..Corpus::default()
    };
    for (_, (report, claims)) in results {
        corpus.articles.push(report);
        corpus.claims.extend(claims);
    }
    if corpus.articles.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(Error::NoArticles(shown.join(", ")));
    }
    Ok(corpus)
}

/// A corpus with its clusters and findings.
///
/// The story (an article's folder) is the unit of analysis: names, exchange rates, clusters,
/// syndicated copies and findings are computed story by story, so a story's findings do not
/// depend on the other stories of the run, and a corpus can be analysed and written one
/// story at a time ([`run`]) with the same result as a whole.
#[derive(Debug)]
pub struct Analysis {
    pub corpus: Corpus,
    pub clusters: Vec<Cluster>,
    pub findings: Vec<Finding>,
    /// Groups of articles that are copies of one another, sorted.
    pub syndicated: Vec<Vec<String>>,
}

impl Analysis {
    /// Clusters and reconciles the claims of a corpus, story by story. Claims and articles
    /// are put in story order (stable: `doc` order within a story).
    pub fn of(mut corpus: Corpus) -> Self {
        corpus
            .claims
            .sort_by(|a, b| story_of(&a.doc).cmp(story_of(&b.doc)));
        corpus
            .articles
            .sort_by(|a, b| story_of(&a.doc).cmp(story_of(&b.doc)));
        let mut clusters = Vec::new();
        let mut findings = Vec::new();
        let mut syndicated = Vec::new();
        let mut start = 0;
        while start < corpus.claims.len() {
            let story = story_of(&corpus.claims[start].doc);
            let len = corpus.claims[start..]
                .iter()
                .take_while(|c| story_of(&c.doc) == story)
                .count();
            let claims = &corpus.claims[start..start + len];
            let cl = cluster::cluster(claims);
            findings.extend(reconcile::reconcile(claims, &cl));
            clusters.extend(cl.clusters.into_iter().map(|mut c| {
                for m in &mut c.members {
                    *m += start;
                }
                c
            }));
            syndicated.extend(cl.syndication.groups);
            start += len;
        }
        findings.sort_by(reconcile::report_order);
        syndicated.sort();
        Analysis {
            corpus,
            clusters,
            findings,
            syndicated,
        }
    }

    /// The report model of this analysis.
    pub fn report(&self) -> Report<'_> {
        Report::new(
            &self.corpus.articles,
            &self.corpus.skipped,
            &self.corpus.claims,
            &self.clusters,
            &self.findings,
            &self.syndicated,
        )
    }
}

/// Reads claims extracted elsewhere (`claims.jsonl` files) into a corpus: the reduce step of
/// a sharded run. Articles are known from their claims (doc, outlet, date).
pub fn corpus_from_claims(paths: &[PathBuf]) -> Result<Corpus, Error> {
    use std::io::BufRead;
    let mut claims: Vec<Claim> = Vec::new();
    for path in paths {
        let file = std::fs::File::open(path).map_err(|e| Error::Read {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|e| Error::Read {
                path: path.clone(),
                reason: e.to_string(),
            })?;
            if line.trim().is_empty() {
                continue;
            }
            let c: Claim = serde_json::from_str(&line).map_err(|e| Error::Read {
                path: path.clone(),
                reason: format!("line {}: {e}", n + 1),
            })?;
            claims.push(c);
        }
    }
    claims.sort_by(|a, b| {
        (&a.doc, a.span, &a.attribute, &a.investor).cmp(&(
            &b.doc,
            b.span,
            &b.attribute,
            &b.investor,
        ))
    });
    claims.dedup_by(|a, b| a.id == b.id && a.doc == b.doc);
    let mut articles: Vec<ArticleReport> = Vec::new();
    for c in &claims {
        match articles.last_mut() {
            Some(a) if a.doc == c.doc => a.claims += 1,
            _ => articles.push(ArticleReport {
                doc: c.doc.clone(),
                format: crate::ingest::Format::Text,
                meta: Meta {
                    title: None,
                    date: c.date.clone(),
                    outlet: c.outlet.clone(),
                    url: None,
                },
                bytes: 0,
                claims: 1,
                warnings: Vec::new(),
            }),
        }
    }
    if claims.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(Error::NoArticles(shown.join(", ")));
    }
    Ok(Corpus {
        articles,
        claims,
        skipped: Vec::new(),
    })
}
