//! Stage 2 — segment: split an article's text into sentences.
//!
//! Input: `&str` (an article's text). Output: `Vec<Sentence>` with byte spans into that text,
//! in order, non-overlapping, trimmed of surrounding whitespace. Each line is a paragraph; a
//! line that is a list item ("- ", "* ", "• ") or reads like a headline keeps that kind.
//!
//! Our own splitter, not a crate: news text needs a few things general splitters get wrong —
//! abbreviations that end a sentence only before a sentence opener ("in the U.S. The deal"),
//! decimals and initials ("$15.5 billion", "J. Smith"), closing quotes after the period, and
//! sentences glued together without a space ("the company.The deal"), which scraped text has.

use serde::Serialize;

use crate::source::Span;

/// The kind of line a sentence stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LineKind {
    Body,
    Headline,
    Bullet,
}

/// One sentence of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub index: u32,
    /// Index of the line (paragraph) it stands in.
    pub paragraph: u32,
    pub kind: LineKind,
    pub span: Span,
}

/// Abbreviations after which a period does not end a sentence (lower case, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "vs", "etc", "e.g", "i.e", "inc",
    "corp", "co", "ltd", "llc", "plc", "bros", "no", "nos", "fig", "approx", "est", "gov", "sen",
    "rep", "gen", "lt", "col", "capt", "sgt", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "wed", "thu", "fri", "sat", "sun", "dept", "univ", "assn", "ave", "blvd", "rd", "vol", "pp",
    "cf", "al", "n.v", "s.a", "b.v", "a.g", "ag", "u.s.a",
];

/// [`ABBREVIATIONS`] as a set: asked at every full stop.
static ABBREVIATION_SET: std::sync::LazyLock<crate::source::Lexicon<()>> =
    std::sync::LazyLock::new(|| ABBREVIATIONS.iter().copied().collect());

/// Words that open a new sentence even after an abbreviation ("... in the U.S. The ...").
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "i",
    "in",
    "on",
    "at",
    "but",
    "and",
    "however",
    "meanwhile",
    "according",
    "as",
    "if",
    "while",
    "after",
    "before",
    "under",
    "with",
    "for",
    "separately",
    "shares",
    "analysts",
    "there",
    "his",
    "her",
    "their",
    "our",
];

/// Splits `text` into sentences (see the module doc).
pub fn split(text: &str) -> Vec<Sentence> {
    // A sentence in 70 to 120 bytes of news text: reserved once rather than grown.
    let mut out = Vec::with_capacity(text.len() / 64 + 1);
    // One line's sentences, the vector kept from line to line.
    let mut spans = Vec::new();
    let mut offset = 0;
    let mut paragraph = 0u32;
    // The lines, each with its line break (as `split_inclusive('\n')`, with memchr's search:
    // most lines are short).
    let bytes = text.as_bytes();
    let ends = memchr::memchr_iter(b'\n', bytes)
        .map(|i| i + 1)
        .chain((!text.ends_with('\n') && !text.is_empty()).then_some(text.len()));
    for end in ends {
        let start = offset;
        let line = &text[start..end];
        offset = end;
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            continue;
        }
        let kind = line_kind(body);
        spans.clear();
        split_line_into(body, &mut spans);
        for &span in &spans {
            let span = Span::new(start + span.start, start + span.end);
            out.push(Sentence {
                index: out.len() as u32,
                paragraph,
                kind,
                span,
            });
        }
        paragraph += 1;
    }
    out
}

fn line_kind(line: &str) -> LineKind {
    let t = line.trim_start();
    if t.starts_with("- ") || t.starts_with("* ") || t.starts_with("• ") || t.starts_with("– ")
    {
        LineKind::Bullet
    } else if !t.ends_with(['!', '?', '"', '”']) && crate::ingest::reads_like_headline(t) {
        LineKind::Headline
    } else {
        LineKind::Body
    }
}

/// Longest sentence before a forced split at whitespace (keeps work per sentence bounded).
const MAX_SENTENCE: usize = 2000;

#[cfg(test)]
fn split_line(line: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    split_line_into(line, &mut spans);
    spans
}

/// Appends the sentences of `line` (spans in it) to `spans`.
fn split_line_into(line: &str, spans: &mut Vec<Span>) {
    let bytes = line.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Only terminal punctuation ends a sentence (memchr finds the next), and a space
        // past the longest sentence.
        let p = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]).map_or(bytes.len(), |p| i + p);
        let long = (start + MAX_SENTENCE + 1).max(i);
        let space = (long < p)
            .then(|| memchr::memchr(b' ', &bytes[long..p]).map(|s| long + s))
            .flatten();
        let cut = match space {
            Some(s) => Some(s),
            None if p < bytes.len() => boundary_after(line, p),
            None => None,
        };
        match cut {
            Some(end) => {
                push_trimmed(line, start, end, spans);
                start = end;
                i = end;
            }
            None => i = p + 1,
        }
    }
    push_trimmed(line, start, line.len(), spans);
}

fn push_trimmed(line: &str, start: usize, end: usize, spans: &mut Vec<Span>) {
    let s = &line[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        spans.push(Span::new(start + lead, end - trail));
    }
}

/// If the punctuation at byte `i` ends a sentence, returns the byte where the next one starts.
fn boundary_after(line: &str, i: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    // Run of terminal punctuation and closing quotes/brackets.
    let mut j = i + 1;
    while j < bytes.len() && matches!(bytes[j], b'.' | b'!' | b'?') {
        j += 1;
    }
    let rest = &line[j..];
    let closers = rest.len()
        - rest
            .trim_start_matches(['"', '\'', ')', ']', '”', '’', '»'])
            .len();
    j += closers;
    let after = &line[j..];
    let word_before = word_before(line, i);
    if bytes[i] == b'.'
        && after
            .chars()
            .next()
            .is_some_and(crate::source::is_alphanumeric)
    {
        // No space after the period: "company.The deal" splits; "Amazon.com", "15.5", "U.S" do not.
        let mut cs = after.chars();
        let (a, b) = (cs.next()?, cs.next());
        let glued = a.is_uppercase()
            && b.is_some_and(|b| b.is_lowercase() || b == '’' || b == '\'')
            && word_before.chars().last().is_some_and(|c| c.is_lowercase())
            && word_before.chars().count() >= 2
            && !word_before.contains('.')
            && !word_before.contains('@');
        return (glued || closers > 0 && a.is_uppercase()).then_some(j);
    }
    let ws = after.len() - after.trim_start().len();
    if ws == 0 && !after.is_empty() {
        return None;
    }
    let next = after.trim_start();
    if next.is_empty() {
        return Some(j);
    }
    let first = next.chars().next()?;
    let opens = first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(
            first,
            '"' | '“' | '‘' | '\'' | '(' | '[' | '$' | '€' | '£' | '-' | '•'
        );
    if !opens {
        return None;
    }
    if bytes[i] != b'.' {
        return Some(j);
    }
    let wb = word_before
        .trim_start_matches(['(', '"', '“', '\''])
        .to_ascii_lowercase();
    let abbreviation = ABBREVIATION_SET.contains(wb.as_str())
        || (wb.chars().count() == 1 && wb.chars().all(crate::source::is_alphabetic))
        || (wb.contains('.') && wb.split('.').all(|p| p.chars().count() <= 1));
    if abbreviation {
        let next_word: String = next
            .chars()
            .take_while(|&c| crate::source::is_alphabetic(c))
            .collect::<String>()
            .to_lowercase();
        return OPENERS.contains(&next_word.as_str()).then_some(j);
    }
    Some(j)
}

/// Returns the word that ends just before byte `i` (back to the previous whitespace).
fn word_before(line: &str, i: usize) -> &str {
    let head = &line[..i];
    let start = head
        .rfind(char::is_whitespace)
        .map(|p| p + head[p..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    &head[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| s.span.slice(text)).collect()
    }

    #[test]
    fn abbreviations_decimals_and_dates_survive() {
        let t = "The U.S. Treasury approved it. Acme Inc. said the $15.5 billion deal closes Dec. 31 in the U.S. The rest follows.";
        assert_eq!(
            sentences(t),
            vec![
                "The U.S. Treasury approved it.",
                "Acme Inc. said the $15.5 billion deal closes Dec. 31 in the U.S.",
                "The rest follows."
            ]
        );
    }

    #[test]
    fn quotes_and_glued_sentences() {
        let t = "He said, “We are excited.” Then he left.The board agreed.";
        assert_eq!(
            sentences(t),
            vec![
                "He said, “We are excited.”",
                "Then he left.",
                "The board agreed."
            ]
        );
    }

    #[test]
    fn lines_are_paragraphs_with_kinds() {
        let t = "Acme Bets $5M on Beta\n- Acme commits $5 million.\nBody text here. More.";
        let s = split(t);
        assert_eq!(s.len(), 4);
        assert_eq!(s[0].kind, LineKind::Headline);
        assert_eq!(s[1].kind, LineKind::Bullet);
        assert_eq!((s[2].kind, s[2].paragraph), (LineKind::Body, 2));
    }

    /// The splitter before it jumped from punctuation to punctuation: byte by byte.
    fn split_line_by_bytes(line: &str) -> Vec<Span> {
        let bytes = line.as_bytes();
        let mut spans = Vec::new();
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            let c = bytes[i];
            let mut cut = None;
            if matches!(c, b'.' | b'!' | b'?') {
                cut = boundary_after(line, i);
            }
            if cut.is_none() && i - start > MAX_SENTENCE && c == b' ' {
                cut = Some(i);
            }
            if let Some(end) = cut {
                push_trimmed(line, start, end, &mut spans);
                start = end;
                i = end;
                continue;
            }
            i += 1;
        }
        push_trimmed(line, start, line.len(), &mut spans);
        spans
    }

    #[test]
    fn a_long_run_is_cut_at_the_first_space_past_the_longest_sentence() {
        for n in MAX_SENTENCE - 3..MAX_SENTENCE + 3 {
            for tail in [" a b c", ". A b c", " a. B c"] {
                let line = format!("{}{tail}", "x".repeat(n));
                assert_eq!(
                    split_line(&line),
                    split_line_by_bytes(&line),
                    "{n} {tail:?}"
                );
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 400, .. Default::default() })]
        /// Sentences found jumping between punctuation are those found byte by byte, long
        /// runs without an end (cut at a space past the longest sentence) included.
        #[test]
        fn jumping_to_punctuation_splits_as_reading_every_byte(
            parts in proptest::collection::vec(
                ("[a-zA-Z]{0,12}", "[ .!?\"”)’é]{0,3}", proptest::bool::weighted(0.02)),
                0..600,
            )
        ) {
            let mut line = String::new();
            for (word, gap, long) in &parts {
                line.push_str(word);
                line.push_str(gap);
                if *long {
                    line.push_str(&"x".repeat(MAX_SENTENCE));
                }
            }
            proptest::prop_assert_eq!(split_line(&line), split_line_by_bytes(&line));
        }
    }

    #[test]
    fn domains_and_initials_do_not_split() {
        assert_eq!(
            sentences("Amazon.com and J. Smith met. Done."),
            vec!["Amazon.com and J. Smith met.", "Done."]
        );
    }
}
