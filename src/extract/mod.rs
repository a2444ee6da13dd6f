//! Stage 3 — extract: typed, normalised deal claims, each with its exact quote and span.
//!
//! Input: an [`Article`]. Output: [`Extraction`]: the article's claims (SPEC vocabulary:
//! `deal_total`, `tranche_initial`, `valuation_pre_money`, ...), every figure it mentions, and
//! the warnings raised on the way (figures that cannot be represented). The work is split:
//! - [`mentions`] finds every figure (money, percent, quantity, date, year) with its value in
//!   base units, its unit and its qualifier, reading words from [`lexicon`];
//! - [`rules`] gives figures and phrases their attribute, subject, investor, hedge, stance and
//!   status, reading cue words from [`cues`] and parties from [`crate::entities`].
//!
//! Invariants: every claim's `quote` equals `text[span]` and lies inside its sentence; claims
//! are sorted by span, then attribute, then investor; extraction of one article never depends
//! on another.

pub mod cues;
pub mod lexicon;
pub mod mentions;
mod rules;

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

/// Extracts the claims of one article.
pub fn extract(article: &Article) -> Extraction {
    let text = article.text.as_str();
    let sentences = segment::split(text);
    let (mentions, warnings) = mentions::scan(text);
    let parties = entities::find(text, &sentences);
    let claims = rules::claims(article, &sentences, &mentions, &parties);
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
            unit: &m.unit,
            range: m.range.map(|(a, b)| Range(a, b)),
            qualifier: m.qualifier,
            span: m.span,
            text: m.span.slice(&article.text),
        })
        .collect()
}
