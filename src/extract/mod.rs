//! Stage 3 — extract: typed, normalised deal claims, each with its exact quote and span.
//!
//! Input: an [`Article`]. Output: [`Extraction`]: the article's claims (SPEC vocabulary:
//! `deal_total`, `tranche_initial`, `valuation_pre_money`, ...), every figure it mentions, and
//! the warnings raised on the way (figures that cannot be represented). The work is split:
//! - [`mentions`] finds every figure (money, percent, quantity, date, year) with its value in
//!   base units, its unit and its qualifier, reading words from [`lexicon`];
//! - `rules` gives figures and phrases their attribute, subject, investor, hedge, stance and
//!   status, reading cue words from [`cues`] and parties from [`crate::entities`].
//!
//! Invariants: every claim's `quote` equals `text[span]` and lies inside its sentence; claims
//! are sorted by span, then attribute, then investor; extraction of one article never depends
//! on another.

pub mod cues;
pub mod lexicon;
pub mod mentions;
mod rules;

use rayon::prelude::*;
use serde::Serialize;

pub use crate::claim::Qualifier;
use crate::claim::{Claim, Range, serialize_decimal};
use crate::ingest::Article;
use crate::{entities, segment};

pub use mentions::{Mention, MentionKind};

/// What extraction found in one article.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub claims: Vec<Claim>,
    pub mentions: Vec<Mention>,
    pub warnings: Vec<String>,
}

/// Extracts the claims of one article, with every figure it mentions.
pub fn extract(article: &Article) -> Extraction {
    extract_keeping(article, true)
}

/// Extracts the claims of one article without keeping its figures (what a run reports):
/// a huge text's pieces drop theirs as they are done.
pub fn extract_claims(article: &Article) -> Extraction {
    extract_keeping(article, false)
}

fn extract_keeping(article: &Article, keep_mentions: bool) -> Extraction {
    if article.text.len() <= CHUNK {
        let mut x = extract_whole(article);
        if !keep_mentions {
            x.mentions = Vec::new();
        }
        return x;
    }
    // A huge text is read in pieces cut at line ends, so that the work space of one piece
    // (words, sentences, parties) is all that is held besides the claims; the pieces are
    // extracted on every core and put back in order.
    let text = article.text.as_str();
    let mut cuts = vec![0];
    while let Some(&start) = cuts.last().filter(|&&s| s < text.len()) {
        cuts.push(chunk_end(text, start));
    }
    let pieces: Vec<Extraction> = cuts
        .windows(2)
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|w| {
            let (start, end) = (w[0], w[1]);
            let piece = Article {
                doc: article.doc.clone(),
                format: article.format,
                meta: article.meta.clone(),
                text: text[start..end].to_string(),
                warnings: Vec::new(),
            };
            let x = extract_whole(&piece);
            let at =
                |s: crate::source::Span| crate::source::Span::new(s.start + start, s.end + start);
            let mentions = if keep_mentions {
                x.mentions
            } else {
                Vec::new()
            };
            Extraction {
                claims: x
                    .claims
                    .into_iter()
                    .map(|mut c| {
                        c.span = at(c.span);
                        c.sentence = at(c.sentence);
                        c.id = Claim::make_id(&c.doc, &c.attribute, c.investor.as_deref(), c.span);
                        c
                    })
                    .collect(),
                mentions: mentions
                    .into_iter()
                    .map(|mut m| {
                        m.span = at(m.span);
                        m.qualifier_span = m.qualifier_span.map(at);
                        m
                    })
                    .collect(),
                warnings: x.warnings,
            }
        })
        .collect();
    // Sized once: a vector grown by doubling would hold the claims of a huge text twice over
    // at its last doubling, besides the pieces'.
    let mut out = Extraction {
        claims: Vec::with_capacity(pieces.iter().map(|x| x.claims.len()).sum()),
        mentions: Vec::with_capacity(pieces.iter().map(|x| x.mentions.len()).sum()),
        warnings: Vec::new(),
    };
    for x in pieces {
        out.claims.extend(x.claims);
        out.mentions.extend(x.mentions);
        out.warnings.extend(x.warnings);
    }
    out
}

/// Largest piece of text extracted at once (see [`extract`]).
pub const CHUNK: usize = 1 << 20;

/// The end of the piece that starts at `start`: the last line end before `start + CHUNK`,
/// else the last sentence end, else a character boundary.
fn chunk_end(text: &str, start: usize) -> usize {
    let limit = (start + CHUNK).min(text.len());
    if limit == text.len() {
        return limit;
    }
    let limit = crate::source::floor_char_boundary(text, limit);
    let window = &text[start..limit];
    let cut = window
        .rfind('\n')
        .map(|p| p + 1)
        .or_else(|| window.rfind(". ").map(|p| p + 2));
    match cut {
        Some(c) if c > 0 => start + c,
        _ => limit.max(start + 1).min(text.len()),
    }
}

fn extract_whole(article: &Article) -> Extraction {
    let text = article.text.as_str();
    let sentences = segment::split(text);
    // Lower-cased once for the three readings of its words.
    let lowered = crate::source::Lowered::new(text);
    let (mentions, warnings) = mentions::scan_lowered(&lowered);
    let parties = entities::find(&lowered, &sentences);
    let claims = rules::claims(article, &lowered, &sentences, &mentions, &parties);
    Extraction {
        claims,
        mentions,
        warnings,
    }
}

/// A figure as `extract --mentions` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct MentionRecord<'a> {
    pub doc: &'a str,
    pub kind: MentionKind,
    #[serde(serialize_with = "serialize_decimal")]
    pub value: rust_decimal::Decimal,
    pub unit: &'a str,
    pub range: Option<Range>,
    pub qualifier: Qualifier,
    pub span: crate::source::Span,
    pub text: &'a str,
}

/// Lists the money, percent and quantity mentions of an article as records.
pub fn mention_records<'a>(
    article: &'a Article,
    mentions: &'a [Mention],
) -> Vec<MentionRecord<'a>> {
    mentions
        .iter()
        .filter(|m| {
            matches!(
                m.kind,
                MentionKind::Money | MentionKind::Percent | MentionKind::Quantity
            )
        })
        .map(|m| MentionRecord {
            doc: &article.doc,
            kind: m.kind,
            value: m.value,
            unit: m.unit,
            range: m.range.map(|(a, b)| Range(a, b)),
            qualifier: m.qualifier,
            span: m.span,
            text: m.span.slice(&article.text),
        })
        .collect()
}
