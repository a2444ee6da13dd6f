//! The mention scanner: every money amount, percentage, quantity, date and year in a text.
//!
//! Input: `&str`. Output: `Vec<Mention>` in text order, non-overlapping, each with its byte
//! span, its value in base units (exact decimals: "$15.5 billion" is 15500000000, "30%" is 30),
//! its unit (an ISO 4217 code for money), the range it spans ("$10-20 billion") and the
//! qualifier written before it ("up to", "approximately", "more than"). Figures that cannot be
//! represented are dropped with a warning, never turned into inf or NaN.
//!
//! The scanner works on tokens (words, numbers, symbols, line breaks) and reads every word it
//! knows from [`super::lexicon`].

use std::borrow::Cow;
use std::str::FromStr;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

use super::Qualifier;
use super::lexicon::{
    CODES, DOLLAR_PREFIXES, MONTHS, NAMES, PERCENT_WORDS, QUALIFIERS, SCALES, SMALL_NUMBERS,
    SYMBOLS, UNITS, WEAK_NAMES,
};
use crate::source::{Lexicon, Lowered, Span, WordMap};

/// What a mention measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    Money,
    Percent,
    Quantity,
    Date,
    Year,
}

/// One figure found in a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    pub kind: MentionKind,
    /// Value in base units (for a range, its low end; for a date, zero).
    pub value: Decimal,
    /// Low and high ends when the text gives a range.
    pub range: Option<(Decimal, Decimal)>,
    /// ISO 4217 code, "percent", a unit ("GW", "year"), or "date".
    pub unit: &'static str,
    /// ISO 8601 date for dates ("2028-12-31", "2028-12", "--03-31").
    pub date: Option<String>,
    /// For a date whose year the text gives relative to its own time ("the end of the year",
    /// "year-end", "the end of next year"): the years after the article's year (0, 1, -1).
    /// `date` then holds the month and day alone ("--12-31").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year_offset: Option<i32>,
    pub qualifier: Qualifier,
    /// Span of the qualifier's words, when there is one.
    pub qualifier_span: Option<Span>,
    pub span: Span,
    /// Digits after the decimal point as written ("$13.76 billion": 2).
    pub decimals: u32,
    /// The smallest step the figure is written to, in base units ("$13.8 billion": 100000000).
    pub step: Decimal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Sym,
    Break,
}

#[derive(Debug, Clone)]
struct Tok<'a> {
    kind: Kind,
    start: usize,
    end: usize,
    /// A slice of the lowered text ([`Lowered::of`]), unless the token holds a char that std
    /// lower-cases into several chars.
    lower: Cow<'a, str>,
    /// Whitespace (or the start of the text) stands right before the token.
    spaced: bool,
}

impl Tok<'_> {
    fn low(&self) -> &str {
        &self.lower
    }
}

/// The tokens of `lowered`'s text; with `gated`, only those of the lines that may hold a figure
/// ([`line_may_hold_figure`]): the other lines give their line break alone (no rule reads a
/// token past a line break, so a figure reads the same tokens either way).
///
/// With them, the places of the tokens that may begin a figure ([`may_start_kind`]), in order.
fn tokenize<'a>(lowered: &'a Lowered<'a>, gated: bool) -> (Vec<Tok<'a>>, Vec<usize>) {
    let text = lowered.text();
    // About one token in five bytes of news text: reserved once rather than grown.
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    // (A figure's start is rarer: a guess, grown when short.)
    let mut starts = Vec::with_capacity(text.len() / 32 + 1);
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
        let line = Span::new(start, end);
        if !gated || line_may_hold_figure(lowered, line) {
            tokenize_line(lowered, line, &mut toks, &mut starts);
        }
        if end < text.len() {
            toks.push(Tok {
                kind: Kind::Break,
                start: end,
                end: end + 1,
                lower: Cow::Borrowed(""),
                spaced: true,
            });
        }
        start = end + 1;
    }
    (toks, starts)
}

/// Tells whether `line` (no line break in it) may hold a figure: every figure has a number,
/// written in digits or in words, and every number word is a [`START_WORDS`] word (all ASCII
/// letters: a word token that is one is a run of the lowered text by itself, unless digits
/// touch it). A line with no digit and no run of a start word holds no figure.
fn line_may_hold_figure(lowered: &Lowered, line: Span) -> bool {
    crate::source::has_ascii_digit(&lowered.text().as_bytes()[line.start..line.end])
        || lowered
            .runs_in(line)
            .any(|run| is_start_word(&lowered.of(run)))
}

/// The tokens of one line (no line break in it), appended to `toks`, and the places of those
/// that may begin a figure to `starts`. A run of letters and digits that is ASCII letters
/// only, with an ASCII char after it, is a word token whole (most tokens); the rest is read a
/// char at a time.
fn tokenize_line<'a>(
    lowered: &'a Lowered<'a>,
    line: Span,
    toks: &mut Vec<Tok<'a>>,
    starts: &mut Vec<usize>,
) {
    let text = lowered.text();
    let bytes = text.as_bytes();
    let mut runs = lowered.runs_in(line).peekable();
    let mut spaced = true;
    let mut i = line.start;
    while i < line.end {
        while runs.next_if(|r| r.end <= i).is_some() {}
        // (No combining sign follows an ASCII char: the word ends with its run.)
        if let Some(&run) = runs.peek()
            && run.start == i
            && crate::source::ascii_letters_only(text, run)
            && bytes.get(run.end).is_none_or(u8::is_ascii)
        {
            let lower = lowered.of(run);
            if may_start_kind(Kind::Word, &lower) {
                starts.push(toks.len());
            }
            toks.push(Tok {
                kind: Kind::Word,
                start: i,
                end: run.end,
                lower,
                spaced,
            });
            spaced = false;
            i = run.end;
            continue;
        }
        let c = crate::source::char_at(text, i);
        if c.is_whitespace() {
            spaced = true;
            i += c.len_utf8();
            continue;
        }
        let (kind, end) = if c.is_ascii_digit() {
            let mut end = i + 1;
            while end < line.end {
                // A separator counts only when a digit follows it (a line ends before a break
                // or the text's end: a digit after it is inside the line).
                let digit_at = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_digit);
                if digit_at(end) || (matches!(bytes[end], b'.' | b',') && digit_at(end + 1)) {
                    end += 1;
                } else {
                    break;
                }
            }
            (Kind::Num, end)
        } else if crate::source::is_alphabetic(c) {
            let mut end = i + c.len_utf8();
            while end < line.end {
                let d = crate::source::char_at(text, end);
                if !(crate::source::is_alphabetic(d) || is_combining(d)) {
                    break;
                }
                end += d.len_utf8();
            }
            (Kind::Word, end)
        } else {
            (Kind::Sym, i + c.len_utf8())
        };
        let lower = lowered.of(Span::new(i, end));
        if may_start_kind(kind, &lower) {
            starts.push(toks.len());
        }
        toks.push(Tok {
            kind,
            start: i,
            end,
            lower,
            spaced,
        });
        spaced = false;
        i = end;
    }
}

fn is_combining(c: char) -> bool {
    // Vowel signs of Indic scripts ("ரூ") are not alphabetic but belong to the word.
    matches!(c as u32, 0x0900..=0x0DFF) && !c.is_alphabetic() && !c.is_whitespace()
}

/// [`SMALL_NUMBERS`] by word: looked up at every word a number may start at.
static SMALL_NUMBER_VALUES: std::sync::LazyLock<Lexicon<u32>> =
    std::sync::LazyLock::new(|| SMALL_NUMBERS.iter().copied().collect());

/// The places of the [`NAMES`] in their table (in its order), by the word token each begins
/// with: the letters (and combining signs) before its first other char, as the tokeniser
/// cuts a word ("u" of "u.s. dollars"). A token is a maximal run of them, so a name can match
/// only at a token that is its first one whole.
static NAMES_BY_FIRST_TOKEN: std::sync::LazyLock<Lexicon<Vec<usize>>> =
    std::sync::LazyLock::new(|| {
        let mut by: WordMap<&'static str, Vec<usize>> = WordMap::default();
        for (k, (name, _, _)) in NAMES.iter().enumerate() {
            by.entry(first_token_of(name)).or_default().push(k);
        }
        by.into()
    });

/// The first word token of `name` (see [`NAMES_BY_FIRST_TOKEN`]).
fn first_token_of(name: &str) -> &str {
    let end = name
        .char_indices()
        .find(|&(_, c)| !(crate::source::is_alphabetic(c) || is_combining(c)))
        .map_or(name.len(), |(i, _)| i);
    &name[..end]
}

/// The place of each [`SCALES`] word in its table (the first, should one be written twice):
/// the word after every number is asked.
static SCALE_BY_WORD: std::sync::LazyLock<Lexicon<usize>> = std::sync::LazyLock::new(|| {
    let mut by: WordMap<&'static str, usize> = WordMap::default();
    for (k, s) in SCALES.iter().enumerate() {
        by.entry(s.word).or_insert(k);
    }
    by.into()
});

/// The first bytes of the [`PERCENT_WORDS`]: a word that starts otherwise is none of them
/// (the word after every number is asked).
static PERCENT_FIRSTS: std::sync::LazyLock<crate::source::ByteSet> =
    std::sync::LazyLock::new(|| {
        PERCENT_WORDS
            .iter()
            .filter_map(|w| w.bytes().next())
            .collect()
    });
/// The first bytes of the [`UNITS`]' names (see [`PERCENT_FIRSTS`]).
static UNIT_FIRSTS: std::sync::LazyLock<crate::source::ByteSet> = std::sync::LazyLock::new(|| {
    UNITS
        .iter()
        .filter_map(|(w, _, _)| w.bytes().next())
        .collect()
});

/// The [`QUALIFIERS`] by the last byte of their cue (all ASCII), each list in the table's
/// order: a figure is compared only with the cues that end like the text before it.
static QUALIFIERS_BY_LAST: std::sync::LazyLock<Vec<Vec<(&'static str, Qualifier)>>> =
    std::sync::LazyLock::new(|| {
        let mut by = vec![Vec::new(); 128];
        for &(cue, q) in QUALIFIERS {
            if let Some(&last) = cue.as_bytes().last() {
                by[usize::from(last & 0x7f)].push((cue, q));
            }
        }
        by
    });

/// Finds a qualifier phrase ([`QUALIFIERS`]) ending right before byte `at` of `text`, on the
/// same line ("over" only before money, `money_like`): the qualifier and its span.
pub(crate) fn qualifier_before<'a>(
    text: &'a str,
    at: usize,
    money_like: bool,
) -> (Qualifier, Option<Span>) {
    // The 40 bytes before `at`, cut at a line start within them.
    let lo = crate::source::floor_char_boundary(text, at.saturating_sub(40));
    let from = memchr::memrchr(b'\n', &text.as_bytes()[lo..at])
        .map(|p| lo + p + 1)
        .filter(|&line_start| line_start > at.saturating_sub(40))
        .unwrap_or(lo);
    let before = &text[from..at];
    let trimmed = before.trim_end();
    // "about a 10% stake": an article may stand between the qualifier and the figure; so may
    // a word that adds the figure to another ("up to an additional $3 a share", "up to
    // another $2 billion").
    let strip = |t: &'a str, words: &[&str]| {
        words
            .iter()
            .find_map(|a| {
                let b = t.as_bytes();
                let cut = b.len().checked_sub(a.len() + 1)?;
                (b[cut] == b' ' && b[cut + 1..].eq_ignore_ascii_case(a.as_bytes()))
                    .then(|| t[..cut].trim_end())
            })
            .unwrap_or(t)
    };
    let trimmed = strip(
        strip(trimmed, &["additional", "extra", "another"]),
        &["a", "an"],
    );
    // Compared without case, in place (the cues are lower case); most figures follow a
    // word no cue ends like, which one byte tells.
    let tail = trimmed.as_bytes();
    let Some(last) = tail.last().map(u8::to_ascii_lowercase).filter(u8::is_ascii) else {
        return (Qualifier::Exact, None);
    };
    for &(cue, q) in &QUALIFIERS_BY_LAST[usize::from(last)] {
        if !money_like && cue == "over" {
            continue;
        }
        if tail.len() >= cue.len()
            && tail[tail.len() - cue.len()..].eq_ignore_ascii_case(cue.as_bytes())
        {
            let cut = tail.len() - cue.len();
            let boundary = cut == 0 || !tail[cut - 1].is_ascii_alphanumeric();
            if boundary {
                let s = from + cut;
                return (q, Some(Span::new(s, from + trimmed.len())));
            }
        }
    }
    (Qualifier::Exact, None)
}

/// Scans `text` for mentions; figures that cannot be represented become warnings.
pub fn scan(text: &str) -> (Vec<Mention>, Vec<String>) {
    scan_lowered(&Lowered::new(text))
}

/// [`scan`] of a text already lowered (as extraction has it).
pub fn scan_lowered(lowered: &Lowered) -> (Vec<Mention>, Vec<String>) {
    scan_tokens(lowered, true)
}

/// Words a figure can begin with: number words, currency codes and names written before a
/// number, the first words of percent words ("percent of 10"), months, "end" ("end of 2025")
/// and signs ("minus"). A word outside this set starts none of the scanner's rules, so the
/// scanner passes it by without trying them (most words of a text).
static START_WORDS: std::sync::LazyLock<Lexicon<()>> = std::sync::LazyLock::new(|| {
    let first_run = |phrase: &'static str| -> &'static str {
        // A token is a run of letters: a phrase's first token ends at its first space or dot.
        phrase.split([' ', '.']).next().unwrap_or(phrase)
    };
    SMALL_NUMBERS
        .iter()
        .map(|(w, _)| *w)
        .chain(["half", "quarter", "quarters"])
        .chain(CODES.iter().map(|(c, _)| *c))
        .chain(["dollar", "dollars", "rs", "minus", "negative", "end"])
        .chain(PERCENT_WORDS.iter().map(|w| first_run(w)))
        .chain(MONTHS.iter().map(|(m, _)| *m))
        .collect()
});

/// The shapes (length, first and last byte, folded) of the [`START_WORDS`]: a word of another
/// shape (most words of a text: "the" is not "two") is no start word, told without a hash.
static START_SHAPES: std::sync::LazyLock<crate::source::Shapes> =
    std::sync::LazyLock::new(|| crate::source::Shapes::of(START_WORDS.iter().map(|(w, _)| w)));

/// Whether `low` (lower case) is a [`START_WORDS`] word, its shape tested first.
fn is_start_word(low: &str) -> bool {
    START_SHAPES.may_hold(low) && START_WORDS.contains(low)
}

/// The first bytes of the currency [`SYMBOLS`]: most symbol tokens (commas, stops, quotes)
/// start none.
static SYMBOL_FIRST_BYTES: std::sync::LazyLock<crate::source::ByteSet> =
    std::sync::LazyLock::new(|| {
        SYMBOLS
            .iter()
            .filter_map(|(s, _)| s.as_bytes().first().copied())
            .collect()
    });

/// The fractions "a" makes a number of ("a quarter", "a half"): the only figures that begin
/// with "a".
const A_FRACTIONS: [&str; 2] = ["quarter", "half"];

/// Tells whether a figure can begin at `toks[i]` (see [`START_WORDS`]): a number, a currency
/// sign, "%", a start word, or "a" before its fractions. An "m" code ("musd") is a code after
/// its "m".
fn may_start(toks: &[Tok], i: usize) -> bool {
    let tok = &toks[i];
    match tok.kind {
        Kind::Num => true,
        Kind::Sym => {
            tok.lower == "%"
                || (SYMBOL_FIRST_BYTES.has(tok.lower.as_bytes().first())
                    && SYMBOLS.iter().any(|(s, _)| *s == tok.lower))
        }
        Kind::Word => {
            is_start_word(tok.low())
                || m_code(tok.low()).is_some()
                // "a quarter": "a" (a word of most sentences) begins only its fractions.
                || (tok.low() == "a"
                    && toks.get(i + 1).is_some_and(|n| {
                        n.kind == Kind::Word && A_FRACTIONS.contains(&n.low())
                    }))
        }
        Kind::Break => false,
    }
}

/// Whether a token of `kind` whose lower case is `low` may begin a figure: what [`may_start`]
/// tells without the token after it (so "a" may), asked as the token is made, where its kind
/// is known. The scanner asks [`may_start`] of these tokens only.
#[inline]
fn may_start_kind(kind: Kind, low: &str) -> bool {
    match kind {
        Kind::Num => true,
        Kind::Sym => low == "%" || SYMBOL_FIRST_BYTES.has(low.as_bytes().first()),
        Kind::Word => is_start_word(low) || m_code(low).is_some() || low == "a",
        Kind::Break => false,
    }
}

/// [`scan`]; with `gated`, tokens that cannot begin a figure ([`may_start`]) are passed by.
fn scan_tokens(lowered: &Lowered, gated: bool) -> (Vec<Mention>, Vec<String>) {
    let text = lowered.text();
    let (toks, starts) = tokenize(lowered, gated);
    let mut starts = starts.into_iter();
    let urls = url_spans(text);
    let mut s = Scanner {
        lowered,
        text,
        toks: &toks,
        numbers: std::cell::RefCell::new([(0, None); NUMBER_SLOTS]),
        // At most a figure a start.
        out: Vec::with_capacity(starts.len()),
        warnings: Vec::new(),
    };
    let mut i = 0;
    let mut url = 0; // URLs are in text order: the first one that does not end before the token
    while i < toks.len() {
        // Gated, the scan goes from one token that may begin a figure to the next.
        if gated {
            match starts.find(|&k| k >= i) {
                Some(k) => i = k,
                None => break,
            }
        }
        while url < urls.len() && urls[url].end <= toks[i].start {
            url += 1;
        }
        if urls.get(url).is_some_and(|u| u.start <= toks[i].start) {
            i += 1;
            continue;
        }
        if gated && !may_start(&toks, i) {
            i += 1;
            continue;
        }
        let found = s
            .money(i)
            .or_else(|| s.percent(i))
            .or_else(|| s.date(i))
            .or_else(|| s.quantity(i))
            .or_else(|| s.year(i));
        match found {
            Some(Found::Mention(m, next)) => {
                s.out.push(m);
                i = next;
            }
            Some(Found::Dropped(next)) => i = next,
            None => i += 1,
        }
    }
    (s.out, s.warnings)
}

/// The year of a period's end: written out, or relative to the article's year.
#[derive(Clone, Copy)]
enum YearRef {
    Absolute(u32),
    Relative(i32),
}

enum Found {
    Mention(Mention, usize),
    /// A figure was recognised but cannot be represented: skip its tokens.
    Dropped(usize),
}

/// Spans of whitespace-delimited chunks that are URLs (their `%` and digits are not figures):
/// a chunk that holds "://", opens with "www." (any case), or holds "%2" and a "/".
///
/// Only the chunks around those marks are read: the marks are found with byte searches, and
/// each chunk is cut at the whitespace on either side of its first mark (a chunk with several
/// marks is read once), so a text full of words but with a few links costs a few searches.
fn url_spans(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    // Where a chunk may be a URL: each "://", each "%2", and each "www." (its dot found first).
    let [scheme, escape] = &*URL_MARK_FINDERS;
    let mut marks: Vec<usize> = scheme
        .find_iter(bytes)
        .chain(escape.find_iter(bytes))
        .chain(
            memchr::memchr_iter(b'.', bytes)
                .filter(|&i| i >= 3 && bytes[i - 3..i].eq_ignore_ascii_case(b"www"))
                .map(|i| i - 3),
        )
        .collect();
    let mut out = Vec::new();
    if marks.is_empty() {
        return out;
    }
    marks.sort_unstable();
    let mut read = Span::new(0, 0); // the last chunk read
    for at in marks {
        if at < read.end {
            continue;
        }
        let chunk = chunk_around(text, at);
        read = chunk;
        let c = chunk.slice(text);
        if c.contains("://")
            || c.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www."))
            || (c.contains("%2") && c.contains('/'))
        {
            out.push(chunk);
        }
    }
    out
}

/// The first four bytes (ASCII lower case) of each of [`QUALIFIERS_AFTER`]: most figures are
/// followed by none of them, told by comparing one number with each.
///
/// [`QUALIFIERS_AFTER`]: super::lexicon::QUALIFIERS_AFTER
static QUALIFIER_AFTER_HEADS: std::sync::LazyLock<Vec<u32>> = std::sync::LazyLock::new(|| {
    super::lexicon::QUALIFIERS_AFTER
        .iter()
        .map(|(a, _)| head_of(a.as_bytes()).expect("a qualifier after a figure has 4 bytes"))
        .collect()
});

/// The first four bytes of `bytes`, ASCII lower case, as one number.
fn head_of(bytes: &[u8]) -> Option<u32> {
    let four: [u8; 4] = bytes.get(..4)?.try_into().ok()?;
    Some(u32::from_le_bytes(four.map(|b| b.to_ascii_lowercase())))
}

/// The searchers for "://" and "%2", built once (a searcher costs more to build than most
/// texts take to search).
static URL_MARK_FINDERS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 2]> =
    std::sync::LazyLock::new(|| {
        [
            memchr::memmem::Finder::new(b"://"),
            memchr::memmem::Finder::new(b"%2"),
        ]
    });

/// The whitespace-delimited chunk of `text` that holds byte `at` (an ASCII char: a mark's
/// first byte).
fn chunk_around(text: &str, at: usize) -> Span {
    let start = text[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[at..]
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(text.len(), |(i, _)| at + i);
    Span::new(start, end)
}

/// How many parsed numbers a scanner keeps.
const NUMBER_SLOTS: usize = 8;

/// A parsed number: value, the index after it, decimals written, and whether it was words.
#[derive(Debug, Clone, Copy)]
struct Num {
    value: Decimal,
    next: usize,
    decimals: u32,
    words: bool,
}

struct Amount {
    value: Decimal,
    next: usize,
    decimals: u32,
    scaled: bool,
    /// The scale word's multiplier (1 without one).
    mult: Decimal,
}

struct Scanner<'a> {
    lowered: &'a Lowered<'a>,
    text: &'a str,
    toks: &'a [Tok<'a>],
    /// [`Scanner::number`] of the last tokens asked, parsed when first asked: the rules for
    /// money, percentages and quantities each ask it of the same token. A token's slot is its
    /// index modulo [`NUMBER_SLOTS`] (a slot for every token cost more than the parsing).
    numbers: std::cell::RefCell<[(usize, Option<Option<Num>>); NUMBER_SLOTS]>,
    out: Vec<Mention>,
    warnings: Vec<String>,
}

impl<'a> Scanner<'a> {
    fn tok(&self, i: usize) -> Option<&'a Tok<'a>> {
        self.toks.get(i)
    }

    fn is_sym(&self, i: usize, s: &str) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Sym && t.lower == s)
    }

    fn is_word(&self, i: usize, w: &str) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Word && t.lower == w)
    }

    /// Tells whether token `i` is glued to the one before it (no whitespace between).
    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.spaced)
    }

    fn warn_unrepresentable(&mut self, from: usize, to: usize) {
        let a = self.toks[from].start;
        let b = self.toks[to.saturating_sub(1).max(from)].end;
        let shown: String = self.text[a..b].chars().take(60).collect();
        self.warnings.push(format!(
            "figure \"{shown}\" at byte {a} cannot be represented: dropped"
        ));
    }

    /// Parses digits ("1,500,000", "15.5", "100.000", "12,34,567.89") or number words.
    fn number(&self, i: usize) -> Option<Num> {
        let slot = i % NUMBER_SLOTS;
        if let (at, Some(n)) = self.numbers.borrow()[slot]
            && at == i
        {
            return n;
        }
        let n = self.parse_number(i);
        self.numbers.borrow_mut()[slot] = (i, Some(n));
        n
    }

    fn parse_number(&self, i: usize) -> Option<Num> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num {
            // "1e308": exponent notation is not a figure we can trust; handled by the caller.
            let (value, decimals) = parse_digits(&t.lower)?;
            return Some(Num {
                value,
                next: i + 1,
                decimals,
                words: false,
            });
        }
        self.number_words(i)
    }

    fn number_words(&self, i: usize) -> Option<Num> {
        let mut j = i;
        let mut total = Decimal::ZERO;
        let mut current = Decimal::ZERO;
        let mut any = false;
        // "a quarter", "half", "three quarters"
        if self.is_word(j, "a") && A_FRACTIONS.iter().any(|f| self.is_word(j + 1, f)) {
            j += 1;
        }
        while let Some(t) = self.tok(j) {
            if t.kind != Kind::Word {
                break;
            }
            let w = t.low();
            if let Some(&v) = SMALL_NUMBER_VALUES.get(w) {
                // "twenty-two": tens, hyphen, units
                current += Decimal::from(v);
                any = true;
                j += 1;
                if v >= 20
                    && v % 10 == 0
                    && self.is_sym(j, "-")
                    && self.glued(j)
                    && let Some(u) = self
                        .tok(j + 1)
                        .and_then(|u| SMALL_NUMBER_VALUES.get(u.low()))
                    && *u < 10
                {
                    current += Decimal::from(*u);
                    j += 2;
                }
                continue;
            }
            if w == "hundred" && any {
                current *= Decimal::from(100);
                j += 1;
                continue;
            }
            if (w == "half") && !any {
                current = Decimal::new(5, 1);
                any = true;
                j += 1;
                continue;
            }
            if (w == "quarter" || w == "quarters") && (!any || current < Decimal::from(4)) {
                current = if any {
                    current * Decimal::new(25, 2)
                } else {
                    Decimal::new(25, 2)
                };
                any = true;
                j += 1;
                continue;
            }
            if w == "and"
                && any
                && self
                    .tok(j + 1)
                    .is_some_and(|n| SMALL_NUMBER_VALUES.contains(n.low()))
                && current >= Decimal::from(100)
            {
                j += 1;
                continue;
            }
            if w == "thousand"
                && any
                && self
                    .tok(j + 1)
                    .is_some_and(|n| SMALL_NUMBER_VALUES.contains(n.low()))
            {
                total += current * Decimal::from(1000);
                current = Decimal::ZERO;
                j += 1;
                continue;
            }
            break;
        }
        any.then(|| Num {
            value: total + current,
            next: j,
            decimals: 0,
            words: true,
        })
    }

    /// Parses a scale word at `i` ("billion", or with `short`, "bn", "B", "m").
    fn scale(&self, i: usize, short: bool) -> Option<(Decimal, usize)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        let s = &SCALES[*SCALE_BY_WORD.get(t.low())?];
        if s.short {
            if !short {
                return None;
            }
            // "$5 m" is fine, "$5 m." too; a short scale must not start a longer word sequence
            // like "$5 b shares": it must end the number group.
            let raw = &self.text[t.start..t.end];
            if t.lower == "t" && raw == "t" || t.lower == "b" && raw == "b" && t.spaced {
                return None;
            }
        }
        let mut next = i + 1;
        // "$1.2tn." / "$50B" fine; swallow a trailing "." of "bn." only when it is an abbreviation point? no.
        if s.exp == 2 {
            // "five hundred million"
            if let Some((m, n)) = self.scale(next, false) {
                next = n;
                return Some((Decimal::from(100) * m, next));
            }
        }
        Some((Decimal::from_i128_with_scale(10i128.pow(s.exp), 0), next))
    }

    /// A scale word joined to its number by a hyphen, as in "a $19-billion acquisition" or
    /// "$14,3-billion" (the compound-adjective style of some newspapers): a word scale of a
    /// million or more, with nothing between the hyphen and its neighbours.
    fn hyphened_scale(&self, i: usize) -> Option<(Decimal, usize)> {
        let (dash, word) = (self.tok(i)?, self.tok(i + 1)?);
        if dash.kind != Kind::Sym || dash.lower != "-" || dash.spaced || word.spaced {
            return None;
        }
        let s = &SCALES[*SCALE_BY_WORD.get(word.low())?];
        if s.short || s.exp < 6 {
            return None;
        }
        self.scale(i + 1, false)
    }

    /// Parses number + optional scale.
    fn amount(&self, i: usize, short_scale: bool) -> Option<Amount> {
        let n = self.number(i)?;
        if !n.words && self.exponent_after(n.next) {
            return None;
        }
        let mut value = n.value;
        let mut next = n.next;
        let mut mult = Decimal::ONE;
        if let Some((m, after)) = self
            .scale(next, short_scale)
            .or_else(|| self.hyphened_scale(next))
        {
            value = value.checked_mul(m)?;
            next = after;
            mult = m;
        }
        let scaled = mult != Decimal::ONE;
        if n.words && !scaled && n.value.is_zero() {
            return None;
        }
        Some(Amount {
            value,
            next,
            decimals: n.decimals,
            scaled,
            mult,
        })
    }

    fn exponent_after(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Word && (t.lower == "e") && !t.spaced)
            && self
                .tok(i + 1)
                .is_some_and(|t| t.kind == Kind::Num && !t.spaced)
    }

    /// A number in exponent notation ("1e308"): recognised, then dropped with a warning.
    fn exponent_figure(&mut self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || !self.exponent_after(i + 1) {
            return None;
        }
        self.warn_unrepresentable(i, i + 3);
        Some(Found::Dropped(i + 3))
    }

    /// Returns (code, index after the prefix, multiplier) for a currency written before a number.
    fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize, Decimal, usize)> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Sym => {
                let (_, code) = SYMBOLS.iter().find(|(s, _)| *s == t.lower)?;
                let mut code = *code;
                let mut start = i;
                if t.lower == "$"
                    && let Some((c, s)) = self.dollar_prefix(i)
                {
                    code = c;
                    start = s;
                }
                Some((code, i + 1, Decimal::ONE, start))
            }
            Kind::Word => {
                let w = t.low();
                if is_code(w)
                    && self
                        .tok(i + 1)
                        .is_some_and(|n| n.kind == Kind::Num || n.kind == Kind::Word)
                    && (self.raw(i).chars().all(|c| c.is_uppercase()) || self.next_is_number(i + 1))
                {
                    return Some((code_of(w), i + 1, Decimal::ONE, i));
                }
                if let Some(c) = m_code(w)
                    && self.next_is_number(i + 1)
                {
                    return Some((c, i + 1, Decimal::from(1_000_000), i));
                }
                if (w == "dollar" || w == "dollars") && self.next_is_number(i + 1) {
                    return Some(("USD", i + 1, Decimal::ONE, i));
                }
                if w == "rs" && self.next_is_number(i + 1 + usize::from(self.is_sym(i + 1, "."))) {
                    return Some((
                        "INR",
                        i + 1 + usize::from(self.is_sym(i + 1, ".")),
                        Decimal::ONE,
                        i,
                    ));
                }
                None
            }
            _ => None,
        }
    }

    fn raw(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.text[t.start..t.end]
    }

    fn next_is_number(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == Kind::Num) || self.number(i).is_some()
    }

    /// Looks back from a "$" token for the letters that name the dollar ("US$", "hk $").
    ///
    /// The prefix is a run of letters and dots glued together, glued to the sign or (for the
    /// prefixes the table marks `spaced`) one space before it, and it must begin a word: the
    /// "s" of "OpenAI's $5 billion" and the "a" of "a $5 million round" are not prefixes.
    fn dollar_prefix(&self, dollar: usize) -> Option<(&'static str, usize)> {
        let spaced_before_dollar = self.toks[dollar].spaced;
        let mut j = dollar;
        while j > 0 {
            let p = &self.toks[j - 1];
            if !(p.kind == Kind::Word || (p.kind == Kind::Sym && p.lower == ".")) {
                break;
            }
            if j != dollar && self.toks[j].spaced {
                break;
            }
            j -= 1;
            if self.toks[j].spaced {
                break;
            }
        }
        if j == dollar {
            return None;
        }
        if j > 0 && !self.toks[j].spaced {
            let p = &self.toks[j - 1];
            if !(p.kind == Kind::Sym && matches!(p.low(), "(" | "[" | "\"" | "“")) {
                return None;
            }
        }
        // The prefix's tokens touch one another (no space before any but the first, and every
        // other char is some token's): their letters are the lowered text of their span.
        let letters = self
            .lowered
            .of(Span::new(self.toks[j].start, self.toks[dollar - 1].end));
        let key = letters.trim_end_matches('.');
        let (_, code, spaced_ok) = DOLLAR_PREFIXES.iter().find(|(p, _, _)| *p == key)?;
        if spaced_before_dollar && !spaced_ok {
            return None;
        }
        if key.len() == 1 && !spaced_before_dollar && !self.raw(j).chars().all(char::is_uppercase) {
            return None;
        }
        Some((code, j))
    }

    /// Returns (code, index after, factor, is_symbol) for a currency written after a number.
    fn currency_suffix(&self, i: usize) -> Option<(&'static str, usize, f64, bool)> {
        let mut i = i;
        // "12-cent", "one-yen"
        if self.is_sym(i, "-")
            && self.glued(i)
            && self
                .tok(i + 1)
                .is_some_and(|t| t.kind == Kind::Word && !t.spaced)
        {
            i += 1;
        }
        let t = self.tok(i)?;
        match t.kind {
            Kind::Sym => {
                let (_, code) = SYMBOLS.iter().find(|(s, _)| *s == t.lower)?;
                // "1 $10": the sign belongs to the number glued after it.
                if let Some(n) = self.tok(i + 1) {
                    if n.kind == Kind::Num && !n.spaced {
                        return None;
                    }
                    if n.kind == Kind::Num
                        && let Some(a) = self.amount(i + 1, true)
                    {
                        let major_after = self
                            .currency_suffix_word(a.next)
                            .is_some_and(|(_, _, f)| f == 1.0);
                        if a.scaled || major_after {
                            return None;
                        }
                    }
                }
                Some((code, i + 1, 1.0, true))
            }
            Kind::Word => {
                if let Some(n) = self.tok(i + 1)
                    && n.kind == Kind::Num
                    && !n.spaced
                    && is_code(&t.lower)
                {
                    return None; // "3 USD50": the code belongs to the number after it
                }
                if t.lower == "p" && !t.spaced && self.pence_sign(i) {
                    return Some(("GBP", i + 1, 0.01, false));
                }
                self.currency_suffix_word(i)
                    .map(|(c, n, f)| (c, n, f, false))
            }
            _ => None,
        }
    }

    /// Whether the "p" at `i`, glued to the number before it, is the pence sign ("3,763p",
    /// "56.6p", "a 20p dividend", "28p a share"), not a video resolution ("1080p", "720p"):
    /// the number is written with a separator or decimals, or a dividend or a share is
    /// named right before or after it.
    fn pence_sign(&self, i: usize) -> bool {
        let Some(num) = i.checked_sub(1).and_then(|n| self.tok(n)) else {
            return false;
        };
        let written = num.kind == Kind::Num && num.lower.contains([',', '.']);
        let word = |k: usize| self.tok(k).filter(|t| t.kind == Kind::Word).map(Tok::low);
        let dividend = |w: Option<&str>| matches!(w, Some("dividend" | "dividends"));
        let per_share = matches!(word(i + 1), Some("a" | "per" | "each"))
            && matches!(word(i + 2), Some("share"))
            || word(i + 1) == Some("each");
        written
            || per_share
            || dividend(word(i + 1))
            || (2..=3).any(|back| i.checked_sub(back).is_some_and(|k| dividend(word(k))))
    }

    fn currency_suffix_word(&self, i: usize) -> Option<(&'static str, usize, f64)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        let w = t.low();
        if is_code(w) {
            return Some((code_of(w), i + 1, 1.0));
        }
        if let Some(c) = m_code(w) {
            return Some((c, i + 1, 1e6));
        }
        // Longest multi-word name first (of those whose first token the word is: no other
        // can match), the first in the table of equal length.
        let mut best: Option<(&'static str, usize, f64)> = None;
        for &k in NAMES_BY_FIRST_TOKEN.get(w)? {
            let (name, code, factor) = &NAMES[k];
            if let Some(next) = self.match_words(i, name)
                && best.is_none_or(|b| next > b.1)
            {
                best = Some((code, next, *factor));
            }
        }
        best
    }

    /// Matches a phrase of space-separated words (a word may carry dots: "u.s.") starting
    /// at `i`, without building strings: each word must be spelt by the tokens that follow.
    fn match_words(&self, i: usize, phrase: &str) -> Option<usize> {
        // Most phrases differ from the word at `i` at the first byte.
        if self.tok(i)?.lower.as_bytes().first() != phrase.as_bytes().first() {
            return None;
        }
        let mut j = i;
        // Split by bytes: the phrases are a few words, too short for a char searcher.
        for w in phrase.as_bytes().split(|&b| b == b' ') {
            let start = j;
            let mut rest = w;
            while !rest.is_empty() {
                let t = self.tok(j)?;
                if j > start && t.spaced {
                    return None;
                }
                if !(t.kind == Kind::Word || t.lower == ".") || t.lower.is_empty() {
                    return None;
                }
                rest = rest.strip_prefix(t.low().as_bytes())?;
                j += 1;
            }
        }
        Some(j)
    }

    fn money(&mut self, i: usize) -> Option<Found> {
        if let Some(f) = self.exponent_figure(i) {
            return Some(f);
        }
        // Currency before the number.
        if let Some((code, after, mult, start)) = self.currency_prefix(i) {
            let mut j = after;
            let mut negative = false;
            if self.is_sym(j, "-")
                && self
                    .tok(j + 1)
                    .is_some_and(|t| t.kind == Kind::Num && !t.spaced)
            {
                negative = true;
                j += 1;
            }
            if self.tok(j).is_some_and(|t| t.kind == Kind::Num) && self.exponent_after(j + 1) {
                self.warn_unrepresentable(start, j + 3);
                return Some(Found::Dropped(j + 3));
            }
            let Some(a) = self.amount(j, true) else {
                return self.overflow_check(start, j);
            };
            let mut next = a.next;
            // "$ 10 dollars", "USD 5 million dollars": the same currency written again.
            if let Some((c2, n2, f2)) = self.currency_suffix_word(next)
                && c2 == code
                && f2 == 1.0
            {
                next = n2;
            }
            let Some(value) = a.value.checked_mul(mult) else {
                self.warn_unrepresentable(start, next);
                return Some(Found::Dropped(next));
            };
            let value = if negative { -value } else { value };
            let step = step_of(a.mult * mult, a.decimals);
            return Some(
                self.finish_money(start, value, step, a.decimals, a.scaled, code, next, true),
            );
        }
        // Number, then the currency.
        let a = self.amount(i, true)?;
        let n = self.tok(i)?;
        if n.kind == Kind::Num && i > 0 && !n.spaced && self.toks[i - 1].kind == Kind::Word {
            return None; // "Trainium4", "USD50" (the latter is read from its code)
        }
        let (code, next, factor, _sym) = self.currency_suffix(a.next)?;
        let mut value = a.value;
        let mut next = next;
        let mut mult = a.mult;
        if !a.scaled {
            // "75 USD million": the code, then the scale
            if let Some((m, after)) = self.scale(next, true) {
                value = value.checked_mul(m)?;
                next = after;
                mult = m;
            }
        }
        let weak_name = WEAK_NAMES.iter().any(|w| self.is_word(next - 1, w));
        if weak_name && !a.scaled {
            return None;
        }
        // Minor units ("50 cents") are converted to the major unit.
        let f = decimal_factor(factor)?;
        let value = value.checked_mul(f)?;
        let step = step_of(mult * f, a.decimals);
        Some(self.finish_money(
            i,
            value,
            step,
            a.decimals,
            a.scaled,
            code,
            next,
            factor == 1.0,
        ))
    }

    fn overflow_check(&mut self, start: usize, j: usize) -> Option<Found> {
        // "$99999999999999999999 trillion": digits that do not fit are dropped with a warning.
        let t = self.tok(j)?;
        if t.kind == Kind::Num && parse_digits(&t.lower).is_none() {
            let mut end = j + 1;
            if self.scale(end, true).is_some() {
                end += 1;
            }
            self.warn_unrepresentable(start, end);
            return Some(Found::Dropped(end));
        }
        if t.kind == Kind::Num {
            let mut end = j + 1;
            if self.scale(end, true).is_some() {
                end += 1;
                self.warn_unrepresentable(start, end);
                return Some(Found::Dropped(end));
            }
        }
        None
    }

    #[allow(clippy::too_many_arguments)]
    fn finish_money(
        &mut self,
        start: usize,
        value: Decimal,
        step: Decimal,
        decimals: u32,
        scaled: bool,
        code: &'static str,
        next: usize,
        major: bool,
    ) -> Found {
        let mut value = value;
        let mut step = step;
        let mut next = next;
        let mut range = None;
        // Compound: "3 dollars 50 cents", "15 dollars and 15", "c $ 100 and fifty".
        if major
            && !scaled
            && decimals == 0
            && value.fract().is_zero()
            && let Some((cents, after)) = self.cents_after(next, code)
        {
            value += cents;
            next = after;
        }
        // Range: "$10-20 billion", "$10 billion to $20 billion", "between $1 and $2 million".
        if let Some((hi, hi_scaled, after)) = self.range_after(start, next, code) {
            let lo = if !scaled && hi_scaled.is_some() {
                value.checked_mul(hi_scaled.unwrap_or(Decimal::ONE))
            } else {
                Some(value)
            };
            if let Some(lo) = lo
                && lo < hi
            {
                range = Some((lo, hi));
                value = lo;
                next = after;
                if !scaled {
                    step *= hi_scaled.unwrap_or(Decimal::ONE);
                }
            }
        }
        let mut span = self.span(start, next);
        let (qualifier, qualifier_span) = self.qualifier_before(span.start, true);
        let qualifier = if range.is_some() {
            Qualifier::Range
        } else if qualifier == Qualifier::Exact
            && let Some(head) = head_of(&self.text.as_bytes()[span.end..])
            && let Some(((after, q), _)) = super::lexicon::QUALIFIERS_AFTER
                .iter()
                .zip(QUALIFIER_AFTER_HEADS.iter())
                .find(|((a, _), h)| {
                    **h == head
                        && self
                            .text
                            .get(span.end..span.end + a.len())
                            .is_some_and(|t| t.eq_ignore_ascii_case(a))
                        && !self.text[span.end + a.len()..].starts_with(char::is_alphanumeric)
                })
        {
            // "$10 billion or more": the qualifier after the figure is part of its mention.
            span.end += after.len();
            *q
        } else {
            qualifier
        };
        Found::Mention(
            Mention {
                kind: MentionKind::Money,
                value,
                range,
                unit: code,
                date: None,
                year_offset: None,
                qualifier,
                qualifier_span,
                span,
                decimals,
                step,
            },
            next,
        )
    }

    fn cents_after(&self, i: usize, code: &str) -> Option<(Decimal, usize)> {
        let mut j = i;
        if self.is_word(j, "and") {
            j += 1;
        }
        let n = self.number(j)?;
        if n.decimals > 0
            || n.value < Decimal::ONE
            || n.value >= Decimal::from(100)
            || !n.value.fract().is_zero()
        {
            return None;
        }
        let mut next = n.next;
        let minor_word = self.currency_suffix_word(next);
        match minor_word {
            Some((c, after, f)) if f == 0.01 && (c == code || code != "GBP" && c == "USD") => {
                next = after
            }
            Some(_) => return None,
            None => {
                // A bare number after the amount must end the phrase ("15 dollars 50."), and must
                // not carry a currency of its own ("10 $ 30 $").
                let own_sign = self.tok(next).is_some_and(|t| {
                    t.kind == Kind::Sym && SYMBOLS.iter().any(|(s, _)| *s == t.lower)
                });
                if own_sign
                    || self
                        .tok(next)
                        .is_some_and(|t| t.kind == Kind::Word || t.kind == Kind::Num)
                {
                    return None;
                }
                if self.scale(next, true).is_some() {
                    return None;
                }
            }
        }
        Some((n.value / Decimal::from(100), next))
    }

    /// After a figure ending before token `i`, reads "-20 billion" / "to $20 billion" / "and 40%".
    fn range_after(
        &self,
        start: usize,
        i: usize,
        code: &str,
    ) -> Option<(Decimal, Option<Decimal>, usize)> {
        let t = self.tok(i)?;
        let between = start >= 1 && self.is_word(start - 1, "between");
        let from = (1..=2).any(|k| start >= k && self.is_word(start - k, "from"));
        let joiner = match (t.kind, t.low()) {
            (Kind::Sym, "-" | "–" | "—") => true,
            (Kind::Word, "to") => !from,
            (Kind::Word, "and") => between,
            _ => false,
        };
        if !joiner {
            return None;
        }
        let mut j = i + 1;
        if let Some((c, after, mult, _)) = self.currency_prefix(j) {
            if c != code || mult != Decimal::ONE {
                return None;
            }
            j = after;
        }
        let a = self.amount(j, true)?;
        let mut next = a.next;
        let mut hi = a.value;
        if let Some((c, after, f, _)) = self.currency_suffix(next) {
            if c != code || f != 1.0 {
                return None;
            }
            next = after;
            if !a.scaled
                && let Some((m, after)) = self.scale(next, true)
            {
                hi = hi.checked_mul(m)?;
                next = after;
                return Some((hi, Some(m), next));
            }
        }
        let scale = if a.scaled {
            Some(a.value / self.number(j)?.value.max(Decimal::ONE))
        } else {
            None
        };
        let scale = scale.filter(|s| *s > Decimal::ONE);
        Some((hi, scale, next))
    }

    fn span(&self, from: usize, next: usize) -> Span {
        Span::new(self.toks[from].start, self.toks[next - 1].end)
    }

    /// Finds a qualifier phrase ending right before byte `at`, on the same line.
    fn qualifier_before(&self, at: usize, money_like: bool) -> (Qualifier, Option<Span>) {
        qualifier_before(self.text, at, money_like)
    }

    fn percent(&mut self, i: usize) -> Option<Found> {
        let mut j = i;
        let mut negative = false;
        let start = i;
        if self.is_word(j, "minus") || self.is_word(j, "negative") {
            negative = true;
            j += 1;
        }
        // "percent of 10" at the start of a line
        if !negative && let Some(after) = self.percent_word(j) {
            let at_line_start = j == 0 || self.toks[j - 1].kind == Kind::Break;
            if at_line_start && self.is_word(after, "of") {
                let n = self.number(after + 1)?;
                let span = self.span(start, n.next);
                return Some(Found::Mention(
                    self.make(
                        MentionKind::Percent,
                        n.value,
                        None,
                        "percent",
                        span,
                        n.decimals,
                    ),
                    n.next,
                ));
            }
            return None;
        }
        let n = self.number(j)?;
        if !n.words
            && i > 0
            && !self.toks[j].spaced
            && self.toks[j - 1].kind == Kind::Word
            && !negative
        {
            return None;
        }
        let Some(after) = self.percent_word(n.next) else {
            // "30-40%", "30 to 40 percent": the first number without its sign
            let (hi, after) = self.percent_range(start, n.next)?;
            if negative || n.value >= hi {
                return None;
            }
            let span = self.span(start, after);
            let mut m = self.make(
                MentionKind::Percent,
                n.value,
                Some((n.value, hi)),
                "percent",
                span,
                n.decimals,
            );
            m.qualifier = Qualifier::Range;
            m.qualifier_span = None;
            return Some(Found::Mention(m, after));
        };
        let mut value = n.value;
        if negative {
            value = -value;
        }
        let mut next = after;
        let mut range = None;
        // "30% to 40%", "30-40%" (the first without its sign), "between 30 and 40 percent"
        if let Some((hi, after2)) = self.percent_range(start, next)
            && value < hi
        {
            range = Some((value, hi));
            next = after2;
        }
        let span = self.span(start, next);
        let mut m = self.make(
            MentionKind::Percent,
            value,
            range,
            "percent",
            span,
            n.decimals,
        );
        if range.is_some() {
            m.qualifier = Qualifier::Range;
            m.qualifier_span = None;
        }
        Some(Found::Mention(m, next))
    }

    fn percent_range(&self, start: usize, i: usize) -> Option<(Decimal, usize)> {
        let t = self.tok(i)?;
        let between = start >= 1 && self.is_word(start - 1, "between");
        let from = (1..=2).any(|k| start >= k && self.is_word(start - k, "from"));
        let ok = matches!(
            (t.kind, t.low()),
            (Kind::Sym, "-" | "–") | (Kind::Word, "to")
        ) && !(from && t.lower == "to")
            || between && t.lower == "and";
        if !ok {
            return None;
        }
        let n = self.number(i + 1)?;
        let after = self.percent_word(n.next)?;
        Some((n.value, after))
    }

    /// Matches "%", "percent", "per cent", "percentage points" at `i`.
    fn percent_word(&self, i: usize) -> Option<usize> {
        if self.is_sym(i, "%") {
            return Some(i + 1);
        }
        if !PERCENT_FIRSTS.has(self.tok(i)?.lower.as_bytes().first()) {
            return None;
        }
        let mut best = None;
        for w in PERCENT_WORDS {
            if let Some(n) = self.match_words(i, w)
                && best.is_none_or(|b| n > b)
            {
                best = Some(n);
            }
        }
        best
    }

    fn make(
        &self,
        kind: MentionKind,
        value: Decimal,
        range: Option<(Decimal, Decimal)>,
        unit: &'static str,
        span: Span,
        decimals: u32,
    ) -> Mention {
        let money_like = kind != MentionKind::Quantity;
        let (qualifier, qualifier_span) = self.qualifier_before(span.start, money_like);
        let step = step_of(Decimal::ONE, decimals);
        Mention {
            kind,
            value,
            range,
            unit,
            date: None,
            year_offset: None,
            qualifier,
            qualifier_span,
            span,
            decimals,
            step,
        }
    }

    fn quantity(&mut self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num && i > 0 && !t.spaced && self.toks[i - 1].kind == Kind::Word {
            return None;
        }
        let n = self.number(i)?;
        let mut value = n.value;
        let mut j = n.next;
        // "4.5-5 gigawatts", "4.5 to 5 GW": a range whose scale and unit follow its second
        // number (the first, smaller, shares them).
        let mut low = None;
        if self.scale(j, false).is_none()
            && self.unit_at(j).is_none()
            && self.tok(j).is_some_and(|t| {
                matches!(
                    (t.kind, t.low()),
                    (Kind::Sym, "-" | "–") | (Kind::Word, "to")
                )
            })
            && let Some(hi) = self.number(j + 1).filter(|hi| hi.value > n.value)
        {
            low = Some(n.value);
            value = hi.value;
            j = hi.next;
        }
        let mut scale = Decimal::ONE;
        if let Some((m, after)) = self.scale(j, false) {
            scale = m;
            j = after;
        }
        let (unit, next, factor) = self.unit_at(j)?;
        let value = value.checked_mul(scale)?;
        if unit == "year" || unit == "month" {
            // "2027 years" is not a duration; neither is "one year" in "one year ago" worth less.
            if value > Decimal::from(200) {
                return None;
            }
        }
        let factor = decimal_factor(factor)?;
        let value = value.checked_mul(factor)?.normalize();
        let range = match low {
            Some(lo) => Some((
                lo.checked_mul(scale)?.checked_mul(factor)?.normalize(),
                value,
            )),
            None => None,
        };
        let span = self.span(i, next);
        let mut m = self.make(
            MentionKind::Quantity,
            range.map_or(value, |(lo, _)| lo),
            range,
            unit,
            span,
            n.decimals,
        );
        if range.is_some() {
            m.qualifier = Qualifier::Range;
            m.qualifier_span = None;
        }
        Some(Found::Mention(m, next))
    }

    fn unit_at(&self, i: usize) -> Option<(&'static str, usize, f64)> {
        let mut i = i;
        if self.is_sym(i, "-") && self.glued(i) {
            i += 1; // "eight-year", "1-gigawatt"
        }
        // (A hyphenated name's first word is the word at `i`.)
        if !UNIT_FIRSTS.has(self.tok(i)?.lower.as_bytes().first()) {
            return None;
        }
        let mut best: Option<(&'static str, usize, f64)> = None;
        for (name, unit, factor) in UNITS {
            let m = if name.contains('-') {
                let words: Vec<&str> = name.split(['-', ' ']).collect();
                self.match_hyphenated(i, &words)
            } else {
                self.match_words(i, name)
            };
            if let Some(next) = m {
                // "GW", "MW" must be written in capitals.
                if name.len() <= 3
                    && !self.raw(i).chars().all(char::is_uppercase)
                    && !name.ends_with('h')
                {
                    continue;
                }
                if best.is_none_or(|b| next > b.1) {
                    best = Some((unit, next, *factor));
                }
            }
        }
        best
    }

    fn match_hyphenated(&self, i: usize, words: &[&str]) -> Option<usize> {
        let mut j = i;
        for (k, w) in words.iter().enumerate() {
            if k > 0 {
                if !self.is_sym(j, "-") {
                    return None;
                }
                j += 1;
            }
            if !self.is_word(j, w) {
                return None;
            }
            j += 1;
        }
        Some(j)
    }

    fn month_at(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word || !self.raw(i).starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        MONTHS.iter().find(|(m, _)| *m == t.lower).map(|(_, n)| *n)
    }

    fn small_int(&self, i: usize, lo: u32, hi: u32) -> Option<u32> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || !t.lower.bytes().all(|b| b.is_ascii_digit()) || t.lower.len() > 4
        {
            return None;
        }
        let v: u32 = t.lower.parse().ok()?;
        (lo..=hi).contains(&v).then_some(v)
    }

    /// "end of the first quarter of 2024" → 2024-03-31; "end of 2025" → 2025-12-31; "end of
    /// the third quarter of calendar year 2024" → 2024-09-30. Relative to the article's year
    /// ([`Mention::year_offset`]): "end of the year", "end of this year", "end of next year",
    /// "year-end" → "--12-31".
    fn period_end(&mut self, i: usize) -> Option<Found> {
        // "year-end", "year end": the year the article speaks in.
        if self.is_word(i, "end") && i >= 1 {
            let hyphen = self.is_sym(i - 1, "-") && self.glued(i - 1) && self.glued(i);
            let year_at = if hyphen {
                i.checked_sub(2)
            } else {
                Some(i - 1)
            };
            if let Some(y) = year_at.filter(|&y| self.is_word(y, "year"))
                && !self.is_word(i + 1, "of")
            {
                return Some(self.period_mention(y, i + 1, (12, 31), YearRef::Relative(0)));
            }
        }
        if !(self.is_word(i, "end") && self.is_word(i + 1, "of")) {
            return None;
        }
        // "the end of 2025": "the" opens the date ("due by the end of the year").
        let from = if i > 0 && self.is_word(i - 1, "the") {
            i - 1
        } else {
            i
        };
        let mut j = i + 2;
        if self.is_word(j, "the") {
            j += 1;
        }
        let quarter = ["first", "second", "third", "fourth"]
            .iter()
            .position(|q| self.is_word(j, q));
        let (month_day, at) = match quarter {
            Some(q) if self.is_word(j + 1, "quarter") && self.is_word(j + 2, "of") => {
                ([(3, 31), (6, 30), (9, 30), (12, 31)][q], j + 3)
            }
            Some(_) => return None,
            // ("the end of the year": the year is read by `year_ref`.)
            None => ((12, 31), j),
        };
        let (year, next) = self.year_ref(at)?;
        Some(self.period_mention(from, next, month_day, year))
    }

    /// The year a period ends in, at token `j`: "2024", "calendar 2024", "calendar year 2024";
    /// "the year", "this year", "the current year", "next year", "last year"; and the token
    /// after it.
    fn year_ref(&self, j: usize) -> Option<(YearRef, usize)> {
        if let Some(y) = self.small_int(j, 1800, 2200) {
            return Some((YearRef::Absolute(y), j + 1));
        }
        if self.is_word(j, "calendar") {
            let k = if self.is_word(j + 1, "year") {
                j + 2
            } else {
                j + 1
            };
            let y = self.small_int(k, 1800, 2200)?;
            return Some((YearRef::Absolute(y), k + 1));
        }
        let (offset, k) = if self.is_word(j, "the") && self.is_word(j + 1, "current") {
            (0, j + 2)
        } else if self.is_word(j, "the") || self.is_word(j, "this") {
            (0, j + 1)
        } else if self.is_word(j, "next") {
            (1, j + 1)
        } else if self.is_word(j, "last") {
            (-1, j + 1)
        } else {
            (0, j)
        };
        self.is_word(k, "year")
            .then_some((YearRef::Relative(offset), k + 1))
    }

    /// A date mention from token `from` to the token before `next`: the end of a period.
    fn period_mention(
        &self,
        from: usize,
        next: usize,
        (month, day): (u32, u32),
        year: YearRef,
    ) -> Found {
        let span = self.span(from, next);
        let mut m = self.make(MentionKind::Date, Decimal::ZERO, None, "date", span, 0);
        m.date = Some(match year {
            YearRef::Absolute(y) => format!("{y:04}-{month:02}-{day:02}"),
            YearRef::Relative(offset) => {
                m.year_offset = Some(offset);
                format!("--{month:02}-{day:02}")
            }
        });
        Found::Mention(m, next)
    }

    fn date(&mut self, i: usize) -> Option<Found> {
        if let Some(f) = self.period_end(i) {
            return Some(f);
        }
        // "December 31, 2028", "Dec. 31", "March 31", "March 2026"
        if let Some(month) = self.month_at(i) {
            let mut j = i + 1;
            if self.is_sym(j, ".") && self.glued(j) {
                j += 1;
            }
            if let Some(day) = self
                .small_int(j, 1, 31)
                .filter(|_| self.tok(j).is_some_and(|t| t.lower.len() <= 2))
            {
                let mut next = j + 1;
                // ordinal suffix "31st"
                if self.tok(next).is_some_and(|t| {
                    t.kind == Kind::Word
                        && !t.spaced
                        && matches!(t.low(), "st" | "nd" | "rd" | "th")
                }) {
                    next += 1;
                }
                let mut iso = format!("--{month:02}-{day:02}");
                let mut k = next;
                if self.is_sym(k, ",") {
                    k += 1;
                }
                if let Some(y) = self.small_int(k, 1800, 2200) {
                    iso = format!("{y:04}-{month:02}-{day:02}");
                    next = k + 1;
                }
                let span = self.span(i, next);
                let mut m = self.make(MentionKind::Date, Decimal::ZERO, None, "date", span, 0);
                m.date = Some(iso);
                return Some(Found::Mention(m, next));
            }
            if let Some(y) = self.small_int(j, 1800, 2200) {
                // "May 2026" is a month; a bare "May" is not a date.
                let span = self.span(i, j + 1);
                let mut m = self.make(MentionKind::Date, Decimal::ZERO, None, "date", span, 0);
                m.date = Some(format!("{y:04}-{month:02}"));
                return Some(Found::Mention(m, j + 1));
            }
            return None;
        }
        // "31 December 2028"; "26-May-2026" (a filing's style: the parts joined by hyphens).
        let hyphen = |j: usize| self.is_sym(j, "-") && self.glued(j) && self.glued(j + 1);
        let hyphened = hyphen(i + 1);
        let month_at = if hyphened { i + 2 } else { i + 1 };
        if let Some(day) = self
            .small_int(i, 1, 31)
            .filter(|_| self.tok(i).is_some_and(|t| t.lower.len() <= 2))
            && let Some(month) = self.month_at(month_at)
        {
            let mut next = month_at + 1;
            let mut iso = format!("--{month:02}-{day:02}");
            let year_at = if hyphened {
                hyphen(next).then_some(next + 1)
            } else {
                Some(next)
            };
            if let Some(at) = year_at
                && let Some(y) = self.small_int(at, 1800, 2200)
            {
                iso = format!("{y:04}-{month:02}-{day:02}");
                next = at + 1;
            }
            let span = self.span(i, next);
            let mut m = self.make(MentionKind::Date, Decimal::ZERO, None, "date", span, 0);
            m.date = Some(iso);
            return Some(Found::Mention(m, next));
        }
        // "2028-12-31"
        let y = self.small_int(i, 1800, 2200)?;
        if self.is_sym(i + 1, "-") && self.glued(i + 1) {
            let mo = self.small_int(i + 2, 1, 12)?;
            if self.is_sym(i + 3, "-") && self.glued(i + 3) {
                let d = self.small_int(i + 4, 1, 31)?;
                let span = self.span(i, i + 5);
                let mut m = self.make(MentionKind::Date, Decimal::ZERO, None, "date", span, 0);
                m.date = Some(format!("{y:04}-{mo:02}-{d:02}"));
                return Some(Found::Mention(m, i + 5));
            }
        }
        None
    }

    fn year(&mut self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num
            || t.lower.len() != 4
            || (!t.spaced && i > 0 && self.toks[i - 1].kind == Kind::Word)
        {
            return None;
        }
        let y = self.small_int(i, 1900, 2100)?;
        if self
            .tok(i + 1)
            .is_some_and(|n| !n.spaced && n.kind == Kind::Word)
        {
            return None; // "2027s", "2027th"
        }
        let span = self.span(i, i + 1);
        let m = Mention {
            kind: MentionKind::Year,
            value: Decimal::from(y),
            range: None,
            unit: "year",
            date: Some(format!("{y:04}")),
            year_offset: None,
            qualifier: Qualifier::Exact,
            qualifier_span: None,
            span,
            decimals: 0,
            step: Decimal::ONE,
        };
        Some(Found::Mention(m, i + 1))
    }
}

fn code_of(w: &str) -> &'static str {
    CODES
        .iter()
        .find(|(c, _)| *c == w)
        .map_or("XXX", |(_, iso)| iso)
}

fn is_code(w: &str) -> bool {
    CODES.iter().any(|(c, _)| *c == w)
}

/// "MUSD", "MEUR": millions of a currency, as finance writes them.
fn m_code(w: &str) -> Option<&'static str> {
    let rest = w.strip_prefix('m')?;
    (rest.len() == 3 && is_code(rest) && rest != "rmb").then(|| code_of(rest))
}

/// Parses a digit group: thousands separators "," or "." (European), decimal "." or ",".
fn parse_digits(s: &str) -> Option<(Decimal, u32)> {
    // Counted as bytes: a figure is a few chars, too short for a search to pay.
    let count = |sep: u8| s.bytes().filter(|&b| b == sep).count();
    let (commas, dots) = (count(b','), count(b'.'));
    // Most figures have no separator to rewrite ("80", "13.8"): read in place.
    let normalized: Cow<str> = if commas > 0 && dots > 0 {
        // The last separator is the decimal one: "20,000.00", "1.000,50".
        let last_comma = s.rfind(',')?;
        let last_dot = s.rfind('.')?;
        if last_dot > last_comma {
            s.replace(',', "").into()
        } else {
            s.replace('.', "").replace(',', ".").into()
        }
    } else if commas > 0 {
        let last = s.rsplit(',').next()?;
        if commas == 1 && last.len() != 3 {
            s.replace(',', ".").into() // "1,5" (European decimal)
        } else {
            s.replace(',', "").into() // "1,500,000", Indian "12,34,567"
        }
    } else if dots > 1 {
        s.replace('.', "").into() // "1.500.000"
    } else {
        Cow::Borrowed(s)
    };
    let decimals = normalized
        .split_once('.')
        .map_or(0, |(_, d)| d.len() as u32);
    let v = Decimal::from_str(&normalized).ok()?;
    Some((v, decimals))
}

/// One unit of the last digit written: `mult` × 10^-`decimals`.
fn step_of(mult: Decimal, decimals: u32) -> Decimal {
    (mult * Decimal::new(1, decimals.min(28))).normalize()
}

/// Converts a unit factor of the tables to an exact decimal.
fn decimal_factor(f: f64) -> Option<Decimal> {
    if f == 1.0 {
        return Some(Decimal::ONE); // most figures: spared the text round trip below
    }
    Decimal::from_str(&format!("{f}"))
        .ok()
        .or_else(|| Decimal::from_f64_retain(f))
}

/// Converts a decimal to an `f64`, or `None` when it is not finite.
pub fn to_f64(d: Decimal) -> Option<f64> {
    d.to_f64().filter(|f| f.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line gate finds start words as runs of the lowered text: that holds for words of
    /// ASCII letters only (a run is letters and digits; a token, letters and combining marks).
    #[test]
    fn start_words_are_ascii_letters() {
        for (w, _) in START_WORDS.iter() {
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w:?}");
        }
    }

    /// The shape filter never passes over a start word, and passes over most other words.
    #[test]
    fn every_start_word_has_a_start_shape() {
        for (w, _) in START_WORDS.iter() {
            assert!(START_SHAPES.may_hold(w), "{w:?}");
        }
        let prose = "the company said on tuesday that it would expand its research teams and \
                     open offices in several cities as demand for its products keeps growing";
        let words: Vec<&str> = prose.split_whitespace().collect();
        let passed = words.iter().filter(|w| START_SHAPES.may_hold(w)).count();
        assert!(passed * 3 < words.len(), "{passed} of {}", words.len());
    }

    /// Renders every mention of `text`: kind, value, unit, range, qualifier and the words.
    fn show(text: &str) -> String {
        let (ms, warnings) = scan(text);
        let mut out: Vec<String> = ms
            .iter()
            .map(|m| {
                let mut s =
                    format!("{:?} {} {}", m.kind, m.value.normalize(), m.unit).to_lowercase();
                if let Some((a, b)) = m.range {
                    s.push_str(&format!(" [{}..{}]", a.normalize(), b.normalize()));
                }
                if m.qualifier != Qualifier::Exact {
                    s.push_str(&format!(" {:?}", m.qualifier).to_lowercase());
                }
                if let Some(d) = &m.date {
                    s.push_str(&format!(" {d}"));
                }
                s.push_str(&format!(" «{}»", m.span.slice(text)));
                s
            })
            .collect();
        out.extend(warnings.iter().map(|w| format!("warning: {w}")));
        out.join("\n")
    }

    #[test]
    fn dollars_with_scale_words() {
        insta::assert_snapshot!(show("a $50 billion deal"), @"money 50000000000 usd «$50 billion»");
        insta::assert_snapshot!(show("Amazon Bets $50B on it"), @"money 50000000000 usd «$50B»");
        insta::assert_snapshot!(show("a $50bn deal"), @"money 50000000000 usd «$50bn»");
        insta::assert_snapshot!(show("a $1.2 trillion plan"), @"money 1200000000000 usd «$1.2 trillion»");
        insta::assert_snapshot!(show("raised $500 million"), @"money 500000000 usd «$500 million»");
        insta::assert_snapshot!(show("paid $1,500,000 in fees"), @"money 1500000 usd «$1,500,000»");
    }

    #[test]
    fn pence_written_as_p() {
        insta::assert_snapshot!(show("Advent said its 3,763p offer was accepted"), @"money 37.63 gbp «3,763p»");
        insta::assert_snapshot!(show("the 2024 dividend of 56.6p announced"), @"
        year 2024 year 2024 «2024»
        money 0.566 gbp «56.6p»
        ");
        insta::assert_snapshot!(show("£40 per share, including a 20p dividend"), @"
        money 40 gbp «£40»
        money 0.2 gbp «20p»
        ");
        insta::assert_snapshot!(show("an interim dividend of 28p, paid"), @"money 0.28 gbp «28p»");
        insta::assert_snapshot!(show("it pays 28p a share"), @"money 0.28 gbp «28p»");
        // A video's resolution is no money.
        insta::assert_snapshot!(show("capped at a meager 720p. But"), @"");
        insta::assert_snapshot!(show("an unstable 1080p 60fps and 1440p and 30fps"), @"");
    }

    #[test]
    fn currency_prefixes_and_codes() {
        insta::assert_snapshot!(show("a US$50 billion loan"), @"money 50000000000 usd «US$50 billion»");
        insta::assert_snapshot!(show("USD 50 billion of bonds"), @"money 50000000000 usd «USD 50 billion»");
        insta::assert_snapshot!(show("sales of USD34.6 million"), @"money 34600000 usd «USD34.6 million»");
        insta::assert_snapshot!(show("fined GBP 27 million"), @"money 27000000 gbp «GBP 27 million»");
        insta::assert_snapshot!(show("a C$2 billion bid"), @"money 2000000000 cad «C$2 billion»");
        insta::assert_snapshot!(show("an A$3 million fund"), @"money 3000000 aud «A$3 million»");
        insta::assert_snapshot!(show("a HK$10.05 billion sale"), @"money 10050000000 hkd «HK$10.05 billion»");
    }

    /// A prefix is its letters, however many dots follow them.
    #[test]
    fn long_dollar_prefixes_read_as_short_ones() {
        let long = format!("a HK{}$5 billion loan", ".".repeat(40));
        assert_eq!(
            show(&long)
                .split_once(' ')
                .map(|(kind, rest)| (kind, rest.split(' ').nth(1))),
            Some(("money", Some("hkd")))
        );
        insta::assert_snapshot!(show("a HK.$5 billion loan"), @"money 5000000000 hkd «HK.$5 billion»");
    }

    #[test]
    fn other_currencies_and_names() {
        insta::assert_snapshot!(show("50 billion dollars in all"), @"money 50000000000 usd «50 billion dollars»");
        insta::assert_snapshot!(show("a €3.5bn round"), @"money 3500000000 eur «€3.5bn»");
        insta::assert_snapshot!(show("a £200m stake"), @"money 200000000 gbp «£200m»");
        insta::assert_snapshot!(show("100 billion yuan of output"), @"money 100000000000 cny «100 billion yuan»");
        insta::assert_snapshot!(show("shares fell 34 cents"), @"money 0.34 usd «34 cents»");
    }

    #[test]
    fn quantity_ranges_share_the_second_numbers_unit_and_a_tilde_is_about() {
        insta::assert_snapshot!(show("maps to 4.5-5 gigawatts of capacity"), @"quantity 4.5 gw [4.5..5] range «4.5-5 gigawatts»");
        insta::assert_snapshot!(show("maps to 4.5 to 5 GW"), @"quantity 4.5 gw [4.5..5] range «4.5 to 5 GW»");
        insta::assert_snapshot!(show("reserving ~5 GW"), @"quantity 5 gw approx «5 GW»");
        insta::assert_snapshot!(show("an eight-year deal, 1-2 years early"), @"
        quantity 8 year «eight-year»
        quantity 1 year [1..2] range «1-2 years»
        ");
    }

    #[test]
    fn ranges_carry_the_scale_to_both_ends() {
        insta::assert_snapshot!(show("worth $10-20 billion"), @"money 10000000000 usd [10000000000..20000000000] range «$10-20 billion»");
        insta::assert_snapshot!(show("worth $10 billion to $20 billion"), @"money 10000000000 usd [10000000000..20000000000] range «$10 billion to $20 billion»");
        insta::assert_snapshot!(show("between $1 and $2 million"), @"money 1000000 usd [1000000..2000000] range «$1 and $2 million»");
        insta::assert_snapshot!(show("cut from $10 billion to $5 billion"), @"
        money 10000000000 usd «$10 billion»
        money 5000000000 usd «$5 billion»
        ");
    }

    #[test]
    fn european_thousands_separator() {
        insta::assert_snapshot!(show("a $100.000 billion plan"), @"money 100000000000 usd «$100.000 billion»");
        insta::assert_snapshot!(show("€1.500.000 paid"), @"money 1500000 eur «€1.500.000»");
        insta::assert_snapshot!(show("€1.000,50 paid"), @"money 1000.5 eur «€1.000,50»");
    }

    #[test]
    fn qualifiers() {
        insta::assert_snapshot!(show("up to $50 billion"), @"money 50000000000 usd upto «$50 billion»");
        insta::assert_snapshot!(show("approximately $840 billion"), @"money 840000000000 usd approx «$840 billion»");
        insta::assert_snapshot!(show("could exceed $100 billion"), @"money 100000000000 usd atleast «$100 billion»");
        insta::assert_snapshot!(show("more than $2 billion"), @"money 2000000000 usd atleast «$2 billion»");
        insta::assert_snapshot!(show("nearly 1.3 gigawatts"), @"quantity 1.3 gw approx «1.3 gigawatts»");
        // An article between the qualifier and the figure.
        insta::assert_snapshot!(show("about a 10% stake"), @"percent 10 percent approx «10%»");
        insta::assert_snapshot!(show("up to an $8 billion payment"), @"money 8000000000 usd upto «$8 billion»");
    }

    #[test]
    fn percentages() {
        insta::assert_snapshot!(show("a 30% to 40% gain"), @"percent 30 percent [30..40] range «30% to 40%»");
        insta::assert_snapshot!(show("a 30-40% gain"), @"percent 30 percent [30..40] range «30-40%»");
        insta::assert_snapshot!(show("twenty percent"), @"percent 20 percent «twenty percent»");
        insta::assert_snapshot!(show("minus five percent"), @"percent -5 percent «minus five percent»");
        insta::assert_snapshot!(show("see https://x.test/a?q=30%25%2020%"), @"");
    }

    #[test]
    fn number_words_quantities_and_dates() {
        insta::assert_snapshot!(show("two gigawatts over eight years"), @"
        quantity 2 gw «two gigawatts»
        quantity 8 year «eight years»
        ");
        insta::assert_snapshot!(show("500 megawatts"), @"quantity 0.5 gw «500 megawatts»");
        insta::assert_snapshot!(show("expires on December 31, 2028"), @"date 0 date 2028-12-31 «December 31, 2028»");
        insta::assert_snapshot!(show("due by Dec. 31"), @"date 0 date --12-31 «Dec. 31»");
        insta::assert_snapshot!(show("due by March 31"), @"date 0 date --03-31 «March 31»");
        insta::assert_snapshot!(show("delivery in 2027"), @"year 2027 year 2027 «2027»");
        insta::assert_snapshot!(show("it may close"), @"");
    }

    #[test]
    fn dates_written_with_hyphens() {
        // A filing's style: day, month and year joined by hyphens; not a range of numbers.
        insta::assert_snapshot!(show("must close by 26-May-2026, subject to"), @"date 0 date 2026-05-26 «26-May-2026»");
        insta::assert_snapshot!(show("dated 14-Nov"), @"date 0 date --11-14 «14-Nov»");
        insta::assert_snapshot!(show("on 26 May 2026"), @"date 0 date 2026-05-26 «26 May 2026»");
        insta::assert_snapshot!(show("26 - May"), @"");
    }

    #[test]
    fn ends_of_periods() {
        // Written out, the year is the text's; "the year", "year-end", "next year" are the
        // article's own, told by the year offset and written as month and day alone.
        insta::assert_snapshot!(show("by the end of 2025"), @"date 0 date 2025-12-31 «the end of 2025»");
        insta::assert_snapshot!(show("by the end of the third quarter of calendar year 2024"), @"date 0 date 2024-09-30 «the end of the third quarter of calendar year 2024»");
        insta::assert_snapshot!(show("close by the end of the year"), @"date 0 date --12-31 «the end of the year»");
        insta::assert_snapshot!(show("close by year-end"), @"date 0 date --12-31 «year-end»");
        insta::assert_snapshot!(show("by the end of next year"), @"date 0 date --12-31 «the end of next year»");
        insta::assert_snapshot!(show("by the end of the fiscal year"), @"");
        insta::assert_snapshot!(show("the year ended in a loss"), @"");
        let offsets =
            |t: &str| -> Vec<Option<i32>> { scan(t).0.iter().map(|m| m.year_offset).collect() };
        assert_eq!(offsets("by the end of the year"), [Some(0)]);
        assert_eq!(offsets("by year-end"), [Some(0)]);
        assert_eq!(offsets("at the end of last year"), [Some(-1)]);
        assert_eq!(offsets("by the end of next year"), [Some(1)]);
        assert_eq!(offsets("by the end of 2025"), [None]);
    }

    #[test]
    fn shapes_peers_get_wrong() {
        // "a previous $38 billion" is not a fraction; one odd phrase never costs the others.
        insta::assert_snapshot!(show("a previous $38 billion deal and a third-party $5 billion one"), @"
        money 38000000000 usd «$38 billion»
        money 5000000000 usd «$5 billion»
        ");
        insta::assert_snapshot!(show("$50 billion in AWS"), @"money 50000000000 usd «$50 billion»");
        insta::assert_snapshot!(show("OpenAI's $5 billion and a $5 million round"), @"
        money 5000000000 usd «$5 billion»
        money 5000000 usd «$5 million»
        ");
        insta::assert_snapshot!(show("Trainium4 chips"), @"");
    }

    #[test]
    fn unrepresentable_figures_are_dropped_with_a_warning() {
        insta::assert_snapshot!(show("$1e308 and $99999999999999999999 trillion, then $5"), @r#"
        money 5 usd «$5»
        warning: figure "$1e308" at byte 0 cannot be represented: dropped
        warning: figure "$99999999999999999999 trillion" at byte 11 cannot be represented: dropped
        "#);
        insta::assert_snapshot!(show("a $-5 billion swing"), @"money -5000000000 usd «$-5 billion»");
    }

    /// Every word of every table of the lexicon (as written and capitalised; codes in capitals),
    /// "m" codes, numbers, signs and the words the rules read right after a figure's first
    /// token: what a figure can begin with.
    fn first_tokens() -> Vec<String> {
        let mut v: Vec<String> = Vec::new();
        let phrases = SMALL_NUMBERS
            .iter()
            .map(|(w, _)| *w)
            .chain(SCALES.iter().map(|s| s.word))
            .chain(SYMBOLS.iter().map(|(s, _)| *s))
            .chain(DOLLAR_PREFIXES.iter().map(|(p, _, _)| *p))
            .chain(CODES.iter().map(|(c, _)| *c))
            .chain(NAMES.iter().map(|(n, _, _)| *n))
            .chain(WEAK_NAMES.iter().copied())
            .chain(UNITS.iter().map(|(u, _, _)| *u))
            .chain(PERCENT_WORDS.iter().copied())
            .chain(QUALIFIERS.iter().map(|(q, _)| *q))
            .chain(MONTHS.iter().map(|(m, _)| *m))
            .chain(FOLLOWERS.iter().copied());
        for p in phrases {
            v.push(p.to_string());
            let mut cs = p.chars();
            if let Some(f) = cs.next() {
                v.push(f.to_uppercase().chain(cs).collect());
            }
        }
        v.extend(CODES.iter().map(|(c, _)| c.to_uppercase()));
        v.extend(CODES.iter().map(|(c, _)| format!("m{c}")));
        v.extend(["minus", "negative", "end", "Rs", "said", "Acme", "raised"].map(String::from));
        v
    }

    /// What the rules read after a figure's first token.
    const FOLLOWERS: &[&str] = &[
        "5", "31", "2026", "%", "-", ".", ",", "$", "of", "the", "first", "quarter", "half", "a",
        "and", "billion", "percent", "\n",
    ];

    /// [`may_start`] passes by only tokens where no rule can begin: the scanner finds the same
    /// figures and warnings with and without it, on every first token followed by every two
    /// followers (glued or spaced), at the start of a line and after a word.
    #[test]
    fn the_start_gate_hides_no_figure() {
        let firsts = first_tokens();
        let mut n = 0;
        for first in &firsts {
            for (k, a) in FOLLOWERS.iter().enumerate() {
                for b in FOLLOWERS {
                    let glue = if k % 2 == 0 { "" } else { " " };
                    for text in [
                        format!("{first} {a}{glue}{b}"),
                        format!("x {first}{glue}{a} {b}"),
                    ] {
                        assert_eq!(
                            scan_tokens(&Lowered::new(&text), true),
                            scan_tokens(&Lowered::new(&text), false),
                            "{text:?}"
                        );
                        n += 1;
                    }
                }
            }
        }
        assert!(n > 100_000, "{n} texts");
    }

    /// The tokens of one line as the tokenizer read them char by char: the reference the
    /// tokenizer is tried against.
    fn tokenize_line_by_chars<'a>(lowered: &'a Lowered<'a>, line: Span, toks: &mut Vec<Tok<'a>>) {
        let text = lowered.text();
        let mut it = line
            .slice(text)
            .char_indices()
            .map(|(i, c)| (line.start + i, c))
            .peekable();
        let mut spaced = true;
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                spaced = true;
                continue;
            }
            let (kind, end) = if c.is_ascii_digit() {
                let mut end = i + 1;
                while let Some(&(j, d)) = it.peek() {
                    if d.is_ascii_digit() {
                        it.next();
                        end = j + 1;
                    } else if d == '.' || d == ',' {
                        // A separator counts only when a digit follows it.
                        let next = text[j + 1..].chars().next();
                        if next.is_some_and(|n| n.is_ascii_digit()) {
                            it.next();
                            end = j + 1;
                        } else {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                (Kind::Num, end)
            } else if crate::source::is_alphabetic(c) {
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = it.peek() {
                    if crate::source::is_alphabetic(d) || is_combining(d) {
                        it.next();
                        end = j + d.len_utf8();
                    } else {
                        break;
                    }
                }
                (Kind::Word, end)
            } else {
                (Kind::Sym, i + c.len_utf8())
            };
            let lower = lowered.of(Span::new(i, end));
            toks.push(Tok {
                kind,
                start: i,
                end,
                lower,
                spaced,
            });
            spaced = false;
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 3000, .. Default::default() })]
        /// The tokenizer reads every line as the char-by-char one does: words of ASCII letters
        /// whole or not (a digit, a letter of another script or a combining sign in or after
        /// them), digits with their separators (at a line's end too), spaces of every kind,
        /// and symbols of one to four bytes.
        #[test]
        fn lines_tokenize_as_char_by_char(
            picks in proptest::collection::vec(0usize..26, 0..40)
        ) {
            const PIECES: [&str; 26] = [
                "\n", " ", "\u{a0}", "\u{b}", "\u{2009}", "7", "1,500", "3.", "2,", ".5", "$",
                "€", "%", "Acme", "bn", "Émile", "ரூ", "\u{bcd}", "straße", "İ", "ǅ", "-", "'",
                "😀", "x9", "abcdefghijklmnopq",
            ];
            let text: String = picks.iter().map(|&k| PIECES[k]).collect();
            let lowered = Lowered::new(&text);
            let (mut runs, mut chars) = (Vec::new(), Vec::new());
            let mut start = 0;
            for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
                tokenize_line(&lowered, Span::new(start, end), &mut runs, &mut Vec::new());
                tokenize_line_by_chars(&lowered, Span::new(start, end), &mut chars);
                start = end + 1;
            }
            proptest::prop_assert_eq!(format!("{runs:?}"), format!("{chars:?}"), "{:?}", text);
        }

        /// Both gates (start tokens, lines) hide no figure in texts of many lines, where a
        /// figure's words are spread over line breaks: ranges, scales, currencies, dates and
        /// qualifiers before and after each break.
        #[test]
        fn the_gates_hide_no_figure_across_lines(
            picks in proptest::collection::vec(0usize..30, 0..40)
        ) {
            const PIECES: [&str; 30] = [
                "\n", "\n", " ", "5", "1,500", "3.2", "$", "€", "%", "US", "between", "and", "to",
                "-", "billion", "bn", "million", "dollars", "euros", "percent", "five", "twenty",
                "half", "a", "March", "end", "of", "up", "about", "said",
            ];
            let text = picks.iter().map(|&k| PIECES[k]).collect::<Vec<_>>().join(" ");
            let lowered = Lowered::new(&text);
            proptest::prop_assert_eq!(scan_tokens(&lowered, true), scan_tokens(&lowered, false), "{:?}", text);
        }
    }

    #[test]
    fn urls_and_line_breaks_bound_what_a_figure_reads() {
        // A chunk with "://", one opening with "www." and one with "%2" and "/" hold no
        // figures; a qualifier counts only on the figure's line.
        insta::assert_snapshot!(show("See www.x.test/5-billion and x.test/a%2030%, then 25%.\nAbout\n$5 billion, up to\n$7 billion and more than $9 billion\nraised, roughly 1,000 MW."), @"
        percent 25 percent «25%»
        money 5000000000 usd «$5 billion»
        money 7000000000 usd «$7 billion»
        money 9000000000 usd atleast «$9 billion»
        quantity 1 gw approx «1,000 MW»
        ");
    }

    #[test]
    fn a_scale_word_joined_by_a_hyphen_scales_its_figure() {
        // The compound-adjective style ("a $19-billion acquisition"), with a decimal comma
        // too; a hyphen with a space on either side, or a short scale, joins nothing.
        insta::assert_snapshot!(show("a $19-billion acquisition, $14,3-billion for a stake, €2-million fee, $5 - billion, $7-bn"), @"
        money 19000000000 usd «$19-billion»
        money 14300000000 usd «$14,3-billion»
        money 2000000 eur «€2-million»
        money 5 usd «$5»
        money 7 usd «$7»
        ");
    }

    #[test]
    fn qualifiers_are_read_whatever_their_case() {
        // `qualifier_before` compares without case: it reads the table as lower case.
        for (cue, _) in QUALIFIERS {
            assert_eq!(cue.to_ascii_lowercase(), *cue);
        }
        insta::assert_snapshot!(show("UP TO $5 billion, Nearly 30%, ABOUT 7 GW, Over 2 million"), @"
        money 5000000000 usd upto «$5 billion»
        percent 30 percent approx «30%»
        quantity 7 gw approx «7 GW»
        ");
    }

    /// [`url_spans`] as it was first written: every chunk of the text walked and tested.
    fn url_spans_by_walking(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            if c.is_whitespace() {
                if let Some(s) = start.take() {
                    let chunk: &str = &text[s..i];
                    if chunk.contains("://")
                        || chunk
                            .get(..4)
                            .is_some_and(|p| p.eq_ignore_ascii_case("www."))
                        || chunk.contains("%2") && chunk.contains('/')
                    {
                        out.push(Span::new(s, i));
                    }
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
        out
    }

    proptest::proptest! {
        /// The chunks read around the marks are the URLs a walk over every chunk finds: marks
        /// several to a chunk, at its ends, in its middle, after Unicode whitespace.
        #[test]
        fn url_spans_are_those_of_every_chunk_walked(
            picks in proptest::collection::vec(0usize..14, 0..24)
        ) {
            const PIECES: [&str; 14] = [
                "://", "%2", "www.", "WwW.", "/", "x", " ", "\u{a0}", "\u{2003}", "\n", "é", ".", "w", "%",
            ];
            let text: String = picks.iter().map(|&k| PIECES[k]).collect();
            proptest::prop_assert_eq!(url_spans(&text), url_spans_by_walking(&text), "{:?}", text);
        }
    }

    #[test]
    fn url_spans_match_the_walk_on_the_corpus() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        for story in std::fs::read_dir(root).expect("corpus/") {
            for f in std::fs::read_dir(story.expect("story").path()).expect("story folder") {
                let text = std::fs::read_to_string(f.expect("file").path()).unwrap_or_default();
                assert_eq!(url_spans(&text), url_spans_by_walking(&text));
            }
        }
    }

    /// The names tried at a word (those whose first token it is) find what trying every name
    /// finds, at every token of texts that write each name, glued, dotted and cut.
    #[test]
    fn currency_names_are_found_as_by_trying_every_name() {
        let mut texts: Vec<String> = NAMES
            .iter()
            .flat_map(|(n, _, _)| {
                [
                    format!("5 {n} and 6 {}.", n.to_uppercase()),
                    format!("7 {n}s, 8 {}x", n.replace(' ', "")),
                    format!("9 {}", n.split(' ').next().unwrap_or(n)),
                ]
            })
            .collect();
        texts.push("10 u.s dollars, 11 u. s. dollars, 12 us-dollars, 13 ரூ, 14 ர".into());
        let mut found = 0;
        for text in &texts {
            let lowered = Lowered::new(text);
            let (toks, _) = tokenize(&lowered, false);
            let s = Scanner {
                lowered: &lowered,
                text,
                toks: &toks,
                numbers: std::cell::RefCell::new([(0, None); NUMBER_SLOTS]),
                out: Vec::new(),
                warnings: Vec::new(),
            };
            for (i, tok) in toks.iter().enumerate() {
                let w = tok.low();
                // (Codes are read before the names.)
                if tok.kind != Kind::Word || is_code(w) || m_code(w).is_some() {
                    continue;
                }
                let mut every: Option<(&'static str, usize, f64)> = None;
                for (name, code, factor) in NAMES {
                    if let Some(next) = s.match_words(i, name)
                        && every.is_none_or(|b| next > b.1)
                    {
                        every = Some((code, next, *factor));
                    }
                }
                assert_eq!(s.currency_suffix_word(i), every, "{text:?} at {i}");
                found += usize::from(every.is_some());
            }
        }
        assert!(found >= NAMES.len(), "every name is found: {found}");
    }

    #[test]
    fn each_mark_of_a_url_is_found_alone() {
        // The byte search that spares texts without URLs must let each mark through by itself.
        let spans = |t: &str| -> Vec<String> {
            url_spans(t)
                .iter()
                .map(|s| s.slice(t).to_string())
                .collect()
        };
        assert_eq!(spans("See WWW.x.test/5 then."), ["WWW.x.test/5"]);
        assert_eq!(spans("See x.test/a?q=5 or ftp://x/7 then."), ["ftp://x/7"]);
        assert_eq!(spans("See x.test/a%2030 then."), ["x.test/a%2030"]);
        assert_eq!(
            spans("A 20% rise. Awww. No www here."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn the_start_gate_hides_no_figure_in_the_corpus() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut n = 0;
        for story in std::fs::read_dir(root).expect("corpus/") {
            for f in std::fs::read_dir(story.expect("story").path()).expect("story folder") {
                let text = std::fs::read_to_string(f.expect("file").path()).unwrap_or_default();
                let lowered = Lowered::new(&text);
                assert_eq!(scan_tokens(&lowered, true), scan_tokens(&lowered, false));
                n += 1;
            }
        }
        assert!(n > 20, "{n} files");
    }
}
