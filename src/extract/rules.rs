//! The claim rules: from figures, cue words and parties to typed claims.
//!
//! Each sentence is read on its own, clause by clause. A money figure takes the attribute of
//! the first rule of [`MONEY_RULES`] whose cue stands near it (before or after, within a few
//! words, never across another figure or a clause boundary); quantities, dates and years take
//! theirs from their unit and the words before them; conditions, investment forms,
//! exclusivity and IPO timing are phrases, read from their tables. Hedges, denials,
//! superseded and prior figures, increments and separate matters are marked from cue words.

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::sync::{Arc, LazyLock};

use rust_decimal::Decimal;

use super::cues::*;
use super::mentions::{Mention, MentionKind};
use crate::claim::{Claim, Qualifier, Range, Stance, Status, Value};
use crate::entities::{Entities, EntityKind, EntityMention, in_apposition};
use crate::ingest::Article;
use crate::segment::Sentence;
use crate::source::{
    ByteSet, Lexicon, Lowered, Span, WordMap, WordSet, char_at, char_before, is_alphabetic,
    is_lowercase, starts_like,
};

/// A word of a sentence, lower-cased, apostrophes folded to `'`.
#[derive(Debug, Clone)]
struct W<'a> {
    span: Span,
    /// A slice of the lowered text ([`Lowered::of`]), unless the word holds a char that std
    /// lower-cases into several chars or a curly apostrophe (read as a straight one).
    lower: Cow<'a, str>,
    /// The length of [`W::bare`] (asked of every word a cue is compared with).
    bare_len: usize,
    /// The word's number in [`VOCAB`] (0: no cue has it), and that of its form without "'s"
    /// (the same when it has none): cues are matched and looked up by these.
    id: u32,
    bare_id: u32,
}

impl W<'_> {
    fn new(span: Span, lower: Cow<'_, str>) -> W<'_> {
        let bare_len = lower.strip_suffix("'s").unwrap_or(&lower).len();
        let id = vocab_id(&lower);
        let bare_id = if bare_len == lower.len() {
            id
        } else {
            vocab_id(&lower[..bare_len])
        };
        W {
            span,
            lower,
            bare_len,
            id,
            bare_id,
        }
    }

    fn low(&self) -> &str {
        &self.lower
    }

    /// The word without a possessive "'s".
    fn bare(&self) -> &str {
        &self.lower[..self.bare_len]
    }

    /// Whether the word is `part` of a cue; possessives match: "lab's" is "lab".
    fn is(&self, part: &str) -> bool {
        same(&self.lower, part) || (self.bare_len != self.lower.len() && same(self.bare(), part))
    }

    /// [`W::is`] of a compiled cue word: by numbers when the cue word has one (a word of
    /// the text has the same number only when it, or its form without "'s", is that word).
    #[inline]
    fn is_word(&self, c: &CueWord) -> bool {
        if c.id != 0 {
            self.id == c.id || self.bare_id == c.id
        } else {
            self.is(c.text)
        }
    }
}

/// The words of every table the rules match by cue (see [`numbered_cues`]), numbered from 1.
/// A sentence's words are looked up here once each ([`W::new`]); cues compiled to these
/// numbers ([`Cue`]) are then matched and indexed without comparing or hashing text again.
static VOCAB: LazyLock<Lexicon<u32>> = LazyLock::new(|| {
    let mut vocab: WordMap<&'static str, u32> = WordMap::default();
    for cue in numbered_cues() {
        for word in cue_words(cue) {
            let next = vocab.len() as u32 + 1;
            vocab.entry(word).or_insert(next);
        }
    }
    vocab.into()
});

/// How many words [`VOCAB`] numbers, plus one (the size of tables indexed by number).
fn vocab_len() -> usize {
    VOCAB.len() + 1
}

fn vocab_id(word: &str) -> u32 {
    VOCAB.get(word).copied().unwrap_or(0)
}

/// The tables of single cues that the rules match (besides [`MONEY_RULES`] and the tables of
/// pairs): their words are numbered ([`numbered_cues`]).
const CUE_TABLES: [&[&str]; 62] = [
    BID_NOUNS,
    TAKE_OVER_VERBS,
    OFFERING_WORDS,
    ACQUISITION_WORDS,
    PAY_FOR_WORDS,
    TERMINATION_FEE_WORDS,
    GIVING_VERBS,
    HOLDING_VERBS,
    REST_OF_STAKE_CUES,
    MARKET_SUBJECT_NOUNS,
    BUY_WORDS,
    DEAL_NOUNS,
    CONDITION_CUES,
    NEGATIONS,
    SENTENCE_HEDGES,
    CLAUSE_HEDGES,
    CLAUSE_HEDGE_PHRASES,
    SURPASSING_VERBS,
    TALKS_NOUNS,
    CLOSING_APPROVAL_WORDS,
    COMPARED_BEYOND,
    SUPERSEDED_CUES,
    EARLIER_OFFER_CUES,
    CONTINUATION_CUES,
    COMPARISON_CUES,
    PRIOR_CUES,
    INCREMENT_CUES,
    SEPARATE_OPENERS,
    SEPARATE_CUES,
    FORM_LEADS,
    DEADLINE_CUES,
    CLOSE_CUES,
    DELIVERY_CUES,
    PRODUCT_NOUNS,
    IPO_TERMS,
    STAKE_CUES,
    PREMIUM_CUES,
    COMBINED_COMPANY_CUES,
    TERM_CUES,
    TERM_NOUNS,
    EXPANSION_VERBS,
    AGREEMENT_NOUNS,
    INVESTMENT_WORDS,
    PER_SHARE_CUES,
    STAKE_BEFORE_CUES,
    PREMIUM_BEFORE_CUES,
    ABOVE_CUES,
    SHARE_PRICE_NOUNS,
    UNTIL_CUES,
    DEADLINE_NOUNS,
    STATEMENT_VERBS,
    ROUND_NOUNS,
    EXCLUSIVITY_WORDS,
    ROUND_LABEL_WORDS,
    FORECAST_CUES,
    RELATIVE_TIME_CUES,
    OTHER_PARTIES_CUES,
    MARKET_PRICE_LEADS,
    PRICE_TARGET_NOUNS,
    DEBT_NOUNS,
    PAST_EXPECTATION_CUES,
    PART_OF_YEAR_WORDS,
];

/// The cues whose words are numbered: every table of `cues.rs` and of this file that the
/// rules match. A table left out still matches the same (its words are compared as text, see
/// [`W::is_word`]), only more slowly.
fn numbered_cues() -> impl Iterator<Item = &'static str> {
    let pairs: [&[(&str, &str)]; 3] = [CONDITION_TERMS, CONSIDERATION_TERMS, FORM_TERMS];
    MONEY_RULES
        .iter()
        .flat_map(|r| r.cues.iter().copied())
        .chain(CUE_TABLES.into_iter().flatten().copied())
        .chain(pairs.into_iter().flatten().map(|(t, _)| *t))
}

/// A word of a compiled cue: its number in [`VOCAB`], or 0 (then it is compared as text).
#[derive(Debug, Clone, Copy)]
struct CueWord {
    id: u32,
    text: &'static str,
}

/// A cue compiled to its words' numbers.
#[derive(Debug)]
struct Cue {
    words: Box<[CueWord]>,
}

impl Cue {
    fn new(text: &'static str) -> Self {
        let words = cue_words(text)
            .map(|w| CueWord {
                id: vocab_id(w),
                text: w,
            })
            .collect();
        Cue { words }
    }

    /// Whether `ws` are the cue's words (see [`W::is`]).
    #[inline]
    fn is(&self, ws: &[W]) -> bool {
        ws.len() == self.words.len() && ws.iter().zip(&*self.words).all(|(w, c)| w.is_word(c))
    }

    /// [`phrase_at`]: matches the cue's words at `ws[k..]`, returning the index after them.
    #[inline]
    fn at(&self, ws: &[W], k: usize) -> Option<usize> {
        let end = k.checked_add(self.words.len())?;
        ws.get(k..end).filter(|t| self.is(t)).map(|_| end)
    }

    /// Matches the cue's words ending at `ws[..e]`, returning the index of its first word.
    #[inline]
    fn ending_at(&self, ws: &[W], e: usize) -> Option<usize> {
        let start = e.checked_sub(self.words.len())?;
        ws.get(start..e).filter(|h| self.is(h)).map(|_| start)
    }
}

/// Lists keyed by a word: by its number when it has one, else by its text.
struct Keyed<T> {
    by_id: Vec<Vec<T>>,
    by_text: WordMap<&'static str, Vec<T>>,
}

impl<T> Keyed<T> {
    fn new() -> Self {
        Keyed {
            by_id: std::iter::repeat_with(Vec::new).take(vocab_len()).collect(),
            by_text: WordMap::default(),
        }
    }

    fn push(&mut self, key: &'static str, item: T) {
        match vocab_id(key) {
            0 => self.by_text.entry(key).or_default().push(item),
            id => self.by_id[id as usize].push(item),
        }
    }

    /// The list of the word numbered `id` (0: not numbered) whose text is `text`. A numbered
    /// word is no unnumbered key, and the other way round.
    #[inline(always)]
    fn get(&self, id: u32, text: &str) -> &[T] {
        if id != 0 {
            &self.by_id[id as usize]
        } else if self.by_text.is_empty() {
            &[]
        } else {
            self.by_text.get(text).map_or(&[], Vec::as_slice)
        }
    }

    /// The lists of `w` as written and, when it has a possessive, without it.
    #[inline(always)]
    fn of(&self, w: &W) -> (&[T], &[T]) {
        let written = self.get(w.id, w.low());
        if w.bare_len == w.lower.len() {
            (written, &[])
        } else {
            (written, self.get(w.bare_id, w.bare()))
        }
    }

    /// The items of both lists of `w` (see [`Keyed::of`]).
    #[inline(always)]
    fn each(&self, w: &W) -> impl Iterator<Item = &T> {
        let (written, bare) = self.of(w);
        written.iter().chain(bare)
    }
}

fn words<'a>(lowered: &'a Lowered<'a>, span: Span) -> Vec<W<'a>> {
    let mut out = Vec::new();
    words_into(lowered, span, &mut out);
    out
}

/// Appends the [`words`] of `span` to `out`.
fn words_into<'a>(lowered: &'a Lowered<'a>, span: Span, out: &mut Vec<W<'a>>) {
    let text = lowered.text();
    let bytes = text.as_bytes();
    let runs = lowered.runs_in(span);
    // At most a word a run: reserved once rather than grown.
    out.reserve(runs.len());
    // A word is a run of letters and digits, joined to the next across one "-", apostrophe or
    // dot (see [`inner_dot`]).
    let mut runs = runs.peekable();
    while let Some(first) = runs.next() {
        let mut last = first;
        let mut curly = false;
        while let Some(&next) = runs.peek() {
            // The one char between the runs, told by the length of the gap: an ASCII byte,
            // or the three of a curly apostrophe.
            let gap = &bytes[last.end..next.start];
            let joins = match *gap {
                [b'-' | b'\''] => true,
                [b'.'] => inner_dot(text, last, next.start),
                [0xE2, 0x80, 0x99] => {
                    curly = true; // "’"
                    true
                }
                _ => false,
            };
            if !joins {
                break;
            }
            last = next;
            runs.next();
        }
        let span = Span::new(first.start, last.end);
        // A curly apostrophe (only ever between two runs) is read as a straight one.
        let lower = match lowered.of(span) {
            l if curly => Cow::Owned(l.replace('’', "'")),
            l => l,
        };
        out.push(W::new(span, lower));
    }
}

/// The noun of an earlier arrangement "of" the figure that the words before it end with: "an
/// earlier commitment of $80 billion", "its existing investment of" (a [`PRIOR_CUES`] word,
/// an [`ARRANGEMENT_NOUNS`] noun, "of").
fn earlier_arrangement_of<'w>(bw: &'w [W]) -> Option<&'w str> {
    match bw {
        [.., prior, noun, of]
            if of.lower == "of"
                && ARRANGEMENT_NOUNS.contains(&noun.low())
                && PRIOR_CUES.contains(&prior.low()) =>
        {
            Some(noun.low())
        }
        _ => None,
    }
}

/// A dot between the run of letters and digits `before` and the run starting at `after` is
/// inside a word: "Amazon.com", "U.S"; not the glued sentence end of "months.AWS". The run
/// before ends with a letter, and a lower-case letter or a digit follows, or that run is one
/// char long (the "U" of "U.S").
fn inner_dot(text: &str, before: Span, after: usize) -> bool {
    let next = char_at(text, after);
    is_alphabetic(char_before(text, before.end))
        && (is_lowercase(next)
            || next.is_ascii_digit()
            || before.len() == char_at(text, before.start).len_utf8())
}

/// Byte equality of two short strings, compared in place (cue words are a few bytes: a call
/// to `memcmp` costs more than the comparison).
#[inline]
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// The words of a cue, split at its spaces (by bytes: a cue is split at every comparison).
fn cue_words(cue: &str) -> impl DoubleEndedIterator<Item = &str> {
    cue.as_bytes().split(|&b| b == b' ').map(move |p| {
        // Each piece lies between spaces (or the ends): its bounds are char boundaries.
        let start = p.as_ptr() as usize - cue.as_ptr() as usize;
        &cue[start..start + p.len()]
    })
}

/// Whether a word is a count: digits ("0.14625", "15" of ".15") or a number word ("one").
fn counts(w: &W) -> bool {
    let l = w.low();
    (l.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && l.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
        || SMALL_NUMBER_WORDS.contains(l)
}

/// Number words that count shares ("one Acme share").
static SMALL_NUMBER_WORDS: LazyLock<WordSet<&'static str>> = LazyLock::new(|| {
    super::lexicon::SMALL_NUMBERS
        .iter()
        .map(|(w, _)| *w)
        .collect()
});

/// Whether `ws` opens with a count of shares: a count, then "share(s)" within four words
/// ("0.14625 shares", ".15 of a share", "one Union Acme share"), no other count between.
fn share_count_at(ws: &[W]) -> bool {
    // ("0.14625" is two words, the dot between digits joining none.)
    let n = ws.iter().take(2).take_while(|w| counts(w)).count();
    n > 0
        && ws[n..]
            .iter()
            .take(4)
            .take_while(|w| !counts(w))
            .any(|w| matches!(w.low(), "share" | "shares"))
}

/// Where the share noun of a count of shares is in `ws` (the words right after the count):
/// "shares", "of a share", "of a Gamma share", "Acme shares", "new Acme Cloud shares" (at
/// most four words of a name or "new", "common", "ordinary" before it, none a figure or a
/// scale: "1.1 billion shares" are shares issued, no ratio; "Capital One shares" a name's).
fn ratio_shares_at(text: &str, ws: &[W]) -> Option<usize> {
    let skip = match ws {
        [of, a, ..] if of.lower == "of" && matches!(a.low(), "a" | "an") => 2,
        _ => 0,
    };
    let k = ws[skip..]
        .iter()
        .take(5)
        .position(|w| matches!(w.low(), "share" | "shares"))?;
    ws[skip..skip + k]
        .iter()
        .all(|w| {
            matches!(w.low(), "new" | "common" | "ordinary")
                || (text[w.span.start..].starts_with(char::is_uppercase)
                    && !w.lower.starts_with(|c: char| c.is_ascii_digit()))
        })
        .then_some(skip + k)
}

/// The number a count's words write ("0.14625", ".15", "one").
fn count_value(text: &str, ws: &[W]) -> Option<Decimal> {
    let (first, last) = (ws.first()?, ws.last()?);
    if let Some((_, v)) = super::lexicon::SMALL_NUMBERS
        .iter()
        .find(|(w, _)| *w == first.low())
    {
        return Some(Decimal::from(*v));
    }
    let digits = &text[first.span.start..last.span.end];
    let digits = if text[..first.span.start].ends_with('.') {
        format!("0.{digits}")
    } else {
        digits.to_string()
    };
    digits.parse::<Decimal>().ok().filter(|v| !v.is_zero())
}

/// Whether the byte before `at` in `text` is a digit (a dot there is inside a number).
fn counts_before(text: &str, at: usize) -> bool {
    text.as_bytes()[..at].last().is_some_and(u8::is_ascii_digit)
}

/// The precision a number is written at: one unit of its last decimal place ("0.15": 0.01).
fn decimal_step(value: Decimal) -> Decimal {
    Decimal::new(1, value.scale())
}

/// Matches the words of `cue` at `ws[k..]`, returning the index after them.
fn phrase_at(ws: &[W], k: usize, cue: &str) -> Option<usize> {
    // Most (word, cue) pairs differ at the first byte: reject those before splitting the cue.
    if ws.get(k)?.lower.as_bytes().first() != cue.as_bytes().first() {
        return None;
    }
    let mut j = k;
    for part in cue_words(cue) {
        if !ws.get(j)?.is(part) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// A table of cues, compiled ([`Cue`]), with what tells, in one test, the words no cue can
/// start or end at (see [`cues!`]): the numbers of the cues' first and last words when every
/// one has a number (the tables of [`numbered_cues`]), else the bytes they start and end with.
struct Cues {
    cues: Vec<Cue>,
    /// The number of each cue's first word and of its last (0: the word has none).
    firsts: Vec<u32>,
    lasts: Vec<u32>,
    first: ByteSet,
    last: ByteSet,
    first_ids: Option<IdSet>,
    last_ids: Option<IdSet>,
}

impl Cues {
    fn new(cues: &'static [&'static str]) -> Self {
        let compiled: Vec<Cue> = cues.iter().map(|c| Cue::new(c)).collect();
        let ids = |word: fn(&Cue) -> Option<&CueWord>| {
            IdSet::of(compiled.iter().map(|c| word(c).map_or(0, |w| w.id)))
        };
        let number = |w: Option<&CueWord>| w.map_or(0, |w| w.id);
        Cues {
            first_ids: ids(|c| c.words.first()),
            last_ids: ids(|c| c.words.last()),
            firsts: compiled.iter().map(|c| number(c.words.first())).collect(),
            lasts: compiled.iter().map(|c| number(c.words.last())).collect(),
            cues: compiled,
            first: cues
                .iter()
                .filter_map(|c| c.as_bytes().first().copied())
                .collect(),
            last: cues
                .iter()
                .filter_map(|c| c.as_bytes().last().copied())
                .collect(),
        }
    }

    /// Whether a cue may start at `w` (`false`: none does). A cue word with a number matches a
    /// word whose number, or that of its form without "'s", is the same ([`W::is_word`]).
    #[inline]
    fn may_start(&self, w: &W) -> bool {
        match &self.first_ids {
            Some(ids) => ids.has(w.id) || ids.has(w.bare_id),
            None => self.first.has(w.lower.as_bytes().first()),
        }
    }

    /// Whether a cue may end at `w` (see [`Cues::may_start`]); a cue ends at the word as
    /// written or at its form without "'s".
    #[inline]
    fn may_end(&self, w: &W) -> bool {
        match &self.last_ids {
            Some(ids) => ids.has(w.id) || ids.has(w.bare_id),
            None => {
                self.last.has(w.lower.as_bytes().last())
                    || self.last.has(w.bare().as_bytes().last())
            }
        }
    }

    /// The cues (in the table's order) whose word numbered `numbers[k]` may be `w`: those
    /// whose word's number is `w`'s or that of its form without "'s" ([`W::is_word`]). A word
    /// without a number (0) is none of [`VOCAB`]'s, so it can only be a cue word without one.
    /// A test of two numbers instead of a match of the cue.
    #[inline]
    fn touching<'c>(&'c self, numbers: &'c [u32], w: &W) -> impl Iterator<Item = &'c Cue> + 'c {
        let (id, bare_id) = (w.id, w.bare_id);
        numbers
            .iter()
            .zip(&self.cues)
            .filter(move |&(&n, _)| n == id || n == bare_id)
            .map(|(_, cue)| cue)
    }
}

/// A set of [`VOCAB`] numbers, a bit each.
struct IdSet(Box<[u64]>);

impl IdSet {
    #[inline]
    fn has(&self, id: u32) -> bool {
        self.0
            .get(id as usize / 64)
            .is_some_and(|b| b & (1 << (id % 64)) != 0)
    }

    /// The set of the numbers given, unless one is 0 (a word without a number: no set tells
    /// it).
    fn of(ids: impl IntoIterator<Item = u32>) -> Option<IdSet> {
        let mut bits = vec![0u64; vocab_len().div_ceil(64)];
        for id in ids {
            if id == 0 {
                return None;
            }
            bits[id as usize / 64] |= 1 << (id % 64);
        }
        Some(IdSet(bits.into_boxed_slice()))
    }
}

/// The [`Cues`] of a table, made once.
macro_rules! cues {
    ($table:expr) => {{
        static CUES: LazyLock<Cues> = LazyLock::new(|| Cues::new($table));
        &*CUES
    }};
}

fn span_of(ws: &[W], a: usize, b: usize) -> Span {
    Span::new(ws[a].span.start, ws[b - 1].span.end)
}

/// Finds a cue ending at most `reach` words before the end of `ws` (nearest first).
fn find_before(ws: &[W], cues: &Cues, reach: usize) -> Option<Span> {
    let n = ws.len();
    for e in (n.saturating_sub(reach)..=n).rev() {
        // A cue ends at the word as written or at its form without "'s" (see `W::is`).
        let ends = e.checked_sub(1).is_some_and(|l| cues.may_end(&ws[l]));
        if !ends {
            continue;
        }
        for cue in cues.touching(&cues.lasts, &ws[e - 1]) {
            if let Some(s) = cue.ending_at(ws, e) {
                return Some(span_of(ws, s, e));
            }
        }
    }
    None
}

/// Finds a cue starting at most `reach` words after the start of `ws` (nearest first).
fn find_after(ws: &[W], cues: &Cues, reach: usize) -> Option<Span> {
    for s in 0..=reach.min(ws.len()) {
        if !ws.get(s).is_some_and(|w| cues.may_start(w)) {
            continue;
        }
        // The longest cue at the nearest position: "over the next" before "over".
        if let Some(e) = cues
            .touching(&cues.firsts, &ws[s])
            .filter_map(|cue| cue.at(ws, s))
            .max()
        {
            return Some(span_of(ws, s, e));
        }
    }
    None
}

fn find_any(ws: &[W], cues: &Cues) -> Option<Span> {
    (0..ws.len())
        .filter(|&s| cues.may_start(&ws[s]))
        .find_map(|s| {
            cues.touching(&cues.firsts, &ws[s])
                .find_map(|c| c.at(ws, s).map(|e| span_of(ws, s, e)))
        })
}

/// A cue table indexed by the first word of its cues, for the tables every sentence is
/// checked against: one lookup per word instead of a comparison per cue.
struct CueIndex {
    by_first: Keyed<(usize, Cue)>,
}

impl CueIndex {
    fn new(cues: impl IntoIterator<Item = &'static str>) -> Self {
        let mut by_first = Keyed::new();
        for (i, cue) in cues.into_iter().enumerate() {
            let first = cue.split(' ').next().unwrap_or(cue);
            by_first.push(first, (i, Cue::new(cue)));
        }
        CueIndex { by_first }
    }

    /// The cues whose first word `w` is (see [`W::is`]), with their places in the table, in
    /// the table's order: the only cues `phrase_at` can match at `w`.
    fn starting_at<'i>(&'i self, w: &W) -> impl Iterator<Item = (usize, &'i Cue)> + 'i {
        let (mut a, mut b) = self.by_first.of(w);
        // Two runs in table order (a cue has one first word: no entry is in both), merged.
        std::iter::from_fn(move || {
            let take_a = match (a.first(), b.first()) {
                (Some(x), Some(y)) => x.0 < y.0,
                (x, _) => x.is_some(),
            };
            let (head, rest) = if take_a {
                a.split_first()?
            } else {
                b.split_first()?
            };
            if take_a {
                a = rest;
            } else {
                b = rest;
            }
            Some((head.0, &head.1))
        })
    }

    /// [`find_any`] over the table, trying only the positions `starts` (in order; the
    /// others begin no cue of it): the first position a cue matches at, and of the cues
    /// matching there, the first in the table.
    fn find_any_from(&self, ws: &[W], mut starts: impl Iterator<Item = usize>) -> Option<Span> {
        starts.find_map(|s| {
            let mut best: Option<(usize, usize)> = None;
            for (i, cue) in self.by_first.each(&ws[s]) {
                if best.is_none_or(|(b, _)| *i < b)
                    && let Some(e) = cue.at(ws, s)
                {
                    best = Some((*i, e));
                }
            }
            best.map(|(_, e)| span_of(ws, s, e))
        })
    }
}

static SENTENCE_HEDGES_INDEX: LazyLock<CueIndex> =
    LazyLock::new(|| CueIndex::new(SENTENCE_HEDGES.iter().copied()));

/// A cue of [`MONEY_RULES`]: its rule, its place among the rule's cues, and its words.
type RuleCue = (usize, usize, Cue);

/// [`MONEY_RULES`] indexed by the word a cue touches the figure with: a cue before the figure
/// by its last word, a cue after it by its first. Every rule is tried at each money figure;
/// with the index, each word near the figure is looked up once instead of compared with
/// every cue of every rule.
struct MoneyRuleIndex {
    by_last: Keyed<RuleCue>,
    by_first: Keyed<RuleCue>,
    /// The longest reach of the rules on each side.
    before: usize,
    after: usize,
}

impl MoneyRuleIndex {
    fn new() -> Self {
        let mut index = MoneyRuleIndex {
            by_last: Keyed::new(),
            by_first: Keyed::new(),
            before: 0,
            after: 0,
        };
        for (r, rule) in MONEY_RULES.iter().enumerate() {
            for (c, cue) in rule.cues.iter().enumerate() {
                match rule.side {
                    Side::Before(reach) => {
                        index.before = index.before.max(reach);
                        let last = cue.rsplit(' ').next().unwrap_or(cue);
                        index.by_last.push(last, (r, c, Cue::new(cue)));
                    }
                    Side::After(reach) => {
                        index.after = index.after.max(reach);
                        let first = cue.split(' ').next().unwrap_or(cue);
                        index.by_first.push(first, (r, c, Cue::new(cue)));
                    }
                }
            }
        }
        index
    }

    /// What [`find_before`] and [`find_after`] give each rule of [`MONEY_RULES`] on the words
    /// before (`bw`) and after (`aw`) a figure: the nearest match within the rule's reach,
    /// at a position before the figure its first cue in the rule's order, after it its
    /// longest.
    fn hits(&self, bw: &[W], aw: &[W]) -> RuleHits {
        // On the stack: asked at every money figure.
        let mut hits: [Option<(usize, usize, Span)>; RULES] = [None; RULES];
        // The rules hit on either side, a bit each: most figures hit few of them.
        let mut found = 0u128;
        let n = bw.len();
        // Nearest first: positions after the figure's words, counted back.
        for e in (n.saturating_sub(self.before)..=n).rev() {
            let Some(last) = e.checked_sub(1).map(|l| &bw[l]) else {
                continue;
            };
            for (r, c, cue) in self.by_last.each(last) {
                let (r, c) = (*r, *c);
                let Side::Before(reach) = MONEY_RULES[r].side else {
                    continue;
                };
                if e < n.saturating_sub(reach)
                    || hits[r].is_some_and(|(he, hc, _)| he > e || hc < c)
                {
                    continue;
                }
                if let Some(s) = cue.ending_at(bw, e) {
                    hits[r] = Some((e, c, span_of(bw, s, e)));
                    found |= 1 << r;
                }
            }
        }
        let mut after: [Option<(usize, usize, Span)>; RULES] = [None; RULES];
        for s in 0..=self.after.min(aw.len()) {
            let Some(first) = aw.get(s) else {
                continue;
            };
            for (r, _, cue) in self.by_first.each(first) {
                let r = *r;
                let Side::After(reach) = MONEY_RULES[r].side else {
                    continue;
                };
                if s > reach || after[r].is_some_and(|(hs, _, _)| hs < s) {
                    continue;
                }
                if let Some(e) = cue.at(aw, s)
                    && after[r].is_none_or(|(_, he, _)| e > he)
                {
                    after[r] = Some((s, e, span_of(aw, s, e)));
                    found |= 1 << r;
                }
            }
        }
        // Only the matches leave: the work arrays are several times their size.
        let mut spans = [Span::new(0, 0); RULES];
        let mut left = found;
        while left != 0 {
            let r = left.trailing_zeros() as usize;
            left &= left - 1;
            if let Some((_, _, span)) = hits[r].or(after[r]) {
                spans[r] = span;
            }
        }
        RuleHits { spans, found }
    }
}

/// The period and end of a [`RATE_PERIODS`] phrase right after a sum that ends at `end` (not
/// past `limit`, its sentence's end): "$150 million per month"; not "$5 billion a year ago"
/// ([`RATE_TIME_FOLLOWERS`]).
fn rate_after(text: &str, end: usize, limit: usize) -> Option<(&'static str, usize)> {
    let rest = text[end..limit].strip_prefix(' ')?;
    let bytes = rest.as_bytes();
    // (Asked of every sum: the first byte rules out most phrases.)
    let first = bytes.first()?.to_ascii_lowercase();
    RATE_PERIODS
        .iter()
        .filter(|(phrase, _)| phrase.as_bytes()[0] == first)
        .find_map(|&(phrase, period)| {
            let n = phrase.len();
            let after = rest.get(n..)?;
            (bytes.len() >= n
                && bytes[..n].eq_ignore_ascii_case(phrase.as_bytes())
                && !after.starts_with(|c: char| c.is_alphanumeric())
                && !RATE_TIME_FOLLOWERS.iter().any(|f| {
                    after
                        .trim_start()
                        .get(..f.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(f))
                }))
            .then_some((period, end + 1 + n))
        })
}

/// The valuation a sentence says an earlier figure was ([`VALUATION_KIND_WORDS`]), when it
/// opens with a reference back to one ("The figure", "The reported valuation": a
/// [`BACK_DETERMINERS`] word, then a [`FIGURE_BACK_NOUNS`] one within three words) and gives
/// the kind before any "not" ("The reported valuation reflects the company's pre-money
/// estimate").
fn says_which_valuation(ws: &[W]) -> Option<&'static str> {
    if !ws
        .first()
        .is_some_and(|w| BACK_DETERMINERS.contains(&w.low()))
    {
        return None;
    }
    let noun = ws[1..ws.len().min(4)]
        .iter()
        .position(|w| FIGURE_BACK_NOUNS.contains(&w.low()))?
        + 1;
    let said: Vec<&W> = ws[noun + 1..]
        .iter()
        .take(8)
        .take_while(|w| !NEGATIONS.contains(&w.low()))
        .collect();
    // ("The new valuation includes the additional financing": the money counted in, the
    // valuation is after it.)
    let includes_the_money = said.iter().enumerate().any(|(i, w)| {
        INCLUDING_VERBS.contains(&w.low())
            && said[i + 1..]
                .iter()
                .take(3)
                .any(|n| NEW_MONEY_NOUNS.contains(&n.low()))
    });
    if includes_the_money {
        return Some("valuation_post_money");
    }
    said.iter().find_map(|w| {
        VALUATION_KIND_WORDS
            .iter()
            .find(|(word, _)| *word == w.bare())
            .map(|(_, kind)| *kind)
    })
}

/// Whether `cue` (lower case) is also a cue after a figure of a rule of `attribute` ("including
/// the new money" reads both ways).
fn read_after_too(attribute: &str, cue: &str) -> bool {
    MONEY_RULES.iter().any(|r| {
        r.attribute == attribute && matches!(r.side, Side::After(_)) && r.cues.contains(&cue)
    })
}

/// What [`MoneyRuleIndex::hits`] found: for each rule of [`MONEY_RULES`], its match before
/// the figure, else its match after it.
struct RuleHits {
    /// Rule `r`'s match, when bit `r` of `found` is set.
    spans: [Span; RULES],
    /// Bit `r` set when rule `r` has a match.
    found: u128,
}

// (A bit of [`RuleHits::found`] a rule: room for 128.)
const _: () = assert!(RULES <= 128);

impl RuleHits {
    /// Rule `r`'s match.
    fn get(&self, r: usize) -> Option<Span> {
        (self.found & (1 << r) != 0).then(|| self.spans[r])
    }

    /// The rules that have a match, in the table's order, each with its match.
    fn iter(&self) -> impl Iterator<Item = (usize, Span)> + '_ {
        let mut left = self.found;
        std::iter::from_fn(move || {
            if left == 0 {
                return None;
            }
            let r = left.trailing_zeros() as usize;
            left &= left - 1;
            self.get(r).map(|span| (r, span))
        })
    }
}

static MONEY_RULE_INDEX: LazyLock<MoneyRuleIndex> = LazyLock::new(MoneyRuleIndex::new);
/// The numbers of "each", "every" and "per" (cue words all three): a word is told one of them
/// by its number.
static EACH_WORD_IDS: LazyLock<[u32; 3]> = LazyLock::new(|| ["each", "every", "per"].map(vocab_id));
/// How many [`MONEY_RULES`] there are.
const RULES: usize = MONEY_RULES.len();
static CONDITION_CUES_INDEX: LazyLock<CueIndex> =
    LazyLock::new(|| CueIndex::new(CONDITION_CUES.iter().copied()));
static ACQUISITION_WORDS_INDEX: LazyLock<CueIndex> =
    LazyLock::new(|| CueIndex::new(ACQUISITION_WORDS.iter().copied()));
static INVESTMENT_WORDS_INDEX: LazyLock<CueIndex> =
    LazyLock::new(|| CueIndex::new(INVESTMENT_WORDS.iter().copied()));
/// The tables of terms matched at every word of a sentence that passed its table's mask.
static FORM_LEADS_INDEX: LazyLock<CueIndex> =
    LazyLock::new(|| CueIndex::new(FORM_LEADS.iter().copied()));
static FORM_TERMS_INDEX: LazyLock<CueIndex> =
    LazyLock::new(|| CueIndex::new(FORM_TERMS.iter().map(|(t, _)| *t)));
static IPO_TERMS_INDEX: LazyLock<CueIndex> =
    LazyLock::new(|| CueIndex::new(IPO_TERMS.iter().copied()));
static CONDITION_TERMS_INDEX: LazyLock<CueIndex> =
    LazyLock::new(|| CueIndex::new(CONDITION_TERMS.iter().map(|(t, _)| *t)));
static CONSIDERATION_TERMS_INDEX: LazyLock<CueIndex> =
    LazyLock::new(|| CueIndex::new(CONSIDERATION_TERMS.iter().map(|(t, _)| *t)));

/// Whether a word, by its number, is one of [`CLAUSE_HEDGES`] (all numbered, see
/// [`numbered_cues`]; a word numbered 0 is none of them).
static CLAUSE_HEDGE_WORDS: LazyLock<Vec<bool>> = LazyLock::new(|| {
    let mut is = vec![false; vocab_len()];
    for w in CLAUSE_HEDGES {
        match vocab_id(w) {
            0 => {}
            id => is[id as usize] = true,
        }
    }
    is
});

/// The tables every sentence is checked against, each with its bit in a [`CueMask`].
#[derive(Clone, Copy)]
enum Table {
    Acquisition,
    Buy,
    Condition,
    Investment,
    Hedge,
    DealNouns,
    Consideration,
    FormLead,
    Ipo,
    Exclusivity,
    RoundLabel,
    RoundNouns,
    Negation,
    MarketSubjectNouns,
    // The tables of the words right before a money figure.
    Separate,
    Continuation,
    Comparison,
    Prior,
    Superseded,
    EarlierOffer,
    Increment,
    ClauseHedge,
    // Read by their last words (see [`LAST_WORD_TABLES`]): their first words ("a", "the") are
    // in most sentences.
    ClauseHedgePhrase,
    PerShare,
    RelativeTime,
    TerminationFee,
    Offering,
    // (Read by their first words, after the others to keep their bits.)
    Bid,
}

// (A bit of a `u32` a table.)
const _: () = assert!((Table::Bid as u32) < 32);

/// The tables of [`CueMask`] read by the first words of their cues, each with its cues.
fn first_word_tables() -> [(Table, Vec<&'static str>); 25] {
    [
        (Table::Acquisition, ACQUISITION_WORDS.to_vec()),
        (
            Table::Buy,
            [BUY_WORDS, PAY_FOR_WORDS, TAKE_OVER_VERBS].concat(),
        ),
        (Table::Condition, CONDITION_CUES.to_vec()),
        (Table::Investment, INVESTMENT_WORDS.to_vec()),
        (Table::Hedge, SENTENCE_HEDGES.to_vec()),
        (Table::DealNouns, DEAL_NOUNS.to_vec()),
        (
            Table::Consideration,
            CONSIDERATION_TERMS.iter().map(|(t, _)| *t).collect(),
        ),
        (Table::FormLead, FORM_LEADS.to_vec()),
        (Table::Ipo, IPO_TERMS.to_vec()),
        (Table::Exclusivity, EXCLUSIVITY_WORDS.to_vec()),
        (Table::RoundLabel, ROUND_LABEL_WORDS.to_vec()),
        (Table::RoundNouns, ROUND_NOUNS.to_vec()),
        (Table::Negation, NEGATIONS.to_vec()),
        (Table::MarketSubjectNouns, MARKET_SUBJECT_NOUNS.to_vec()),
        (Table::Separate, SEPARATE_CUES.to_vec()),
        (Table::Continuation, CONTINUATION_CUES.to_vec()),
        (Table::Comparison, COMPARISON_CUES.to_vec()),
        (Table::Prior, PRIOR_CUES.to_vec()),
        (Table::Superseded, SUPERSEDED_CUES.to_vec()),
        (Table::EarlierOffer, EARLIER_OFFER_CUES.to_vec()),
        (Table::Increment, INCREMENT_CUES.to_vec()),
        (Table::ClauseHedge, CLAUSE_HEDGES.to_vec()),
        (Table::TerminationFee, TERMINATION_FEE_WORDS.to_vec()),
        (Table::Offering, OFFERING_WORDS.to_vec()),
        (Table::Bid, BID_NOUNS.to_vec()),
    ]
}

/// The tables of [`CueMask`] read by the last words of their cues: for them the mask tells
/// only whether the sentence may hold one of their cues ([`CueMask::has`]), not where one
/// begins.
const LAST_WORD_TABLES: [(Table, &[&str]); 3] = [
    (Table::PerShare, PER_SHARE_CUES),
    (Table::RelativeTime, RELATIVE_TIME_CUES),
    // ("in advanced talks", "is nearing": their first words are in most sentences.)
    (Table::ClauseHedgePhrase, CLAUSE_HEDGE_PHRASES),
];

/// Which of the [`Table`]s have a cue whose first word is a word of the sentence (or, for
/// those of [`LAST_WORD_TABLES`], whose last word is). A table without its bit cannot match
/// anywhere in the sentence (every matcher starts a cue at one of its words: `phrase_at`,
/// [`CueIndex`], `contains` of a word; and ends it at another), so its scan is skipped: one
/// lookup per word instead of a scan per table. With each word's own bits ([`first_bits`]),
/// a table's [`CueIndex`] is tried only at the words that begin one of its cues.
#[derive(Clone, Copy)]
struct CueMask<'m> {
    any: u32,
    /// The [`FIRST_WORDS`] bits of each word of the sentence.
    words: &'m [u32],
}

/// The [`Table`] bits of each word a cue of those tables starts with (ends with, for the
/// [`LAST_WORD_TABLES`]).
fn first_word_bits() -> WordMap<&'static str, u32> {
    let mut bits: WordMap<&'static str, u32> = WordMap::default();
    let firsts = first_word_tables().map(|(table, cues)| (table, cues, false));
    let lasts = LAST_WORD_TABLES.map(|(table, cues)| (table, cues.to_vec(), true));
    for (table, cues, by_last) in firsts.into_iter().chain(lasts) {
        for cue in cues {
            let mut words = cue_words(cue);
            let key = if by_last {
                words.next_back()
            } else {
                words.next()
            };
            *bits.entry(key.unwrap_or(cue)).or_default() |= 1 << table as u32;
        }
    }
    bits
}

/// [`first_word_bits`] by the words' numbers, one mask a number: asked of every word read.
/// Every key is numbered (a test says so); were one not, its bits would go to number 0, the
/// number of every word outside [`VOCAB`], and the mask would only pass more sentences by.
static FIRST_WORDS: LazyLock<Vec<u32>> = LazyLock::new(|| {
    let mut by_id = vec![0; vocab_len()];
    for (word, bits) in first_word_bits() {
        by_id[vocab_id(word) as usize] |= bits;
    }
    by_id
});

/// The [`FIRST_WORDS`] bits of each of `ws` (as written, and without a possessive "'s").
fn first_bits(ws: &[W]) -> Vec<u32> {
    let by_id = &*FIRST_WORDS;
    ws.iter()
        .map(|w| by_id[w.id as usize] | by_id[w.bare_id as usize])
        .collect()
}

impl<'m> CueMask<'m> {
    /// The mask of a sentence whose words have the [`first_bits`] `words`.
    fn of(words: &'m [u32]) -> Self {
        CueMask {
            any: words.iter().fold(0, |m, b| m | b),
            words,
        }
    }

    fn has(self, table: Table) -> bool {
        self.any & (1 << table as u32) != 0
    }

    /// A cue of `table` may begin at the sentence's word `i` (none begins where this is false).
    fn begins(self, table: Table, i: usize) -> bool {
        self.words
            .get(i)
            .is_some_and(|b| b & (1 << table as u32) != 0)
    }

    /// [`CueIndex::find_any_from`] of `index`, the index of `table`, over the sentence's words
    /// `ws`: tried only where a cue of the table begins.
    fn find_any(self, table: Table, index: &CueIndex, ws: &[W]) -> Option<Span> {
        let bit = 1 << table as u32;
        if self.any & bit == 0 {
            return None;
        }
        let starts = self
            .words
            .iter()
            .enumerate()
            .filter(move |&(_, &b)| b & bit != 0)
            .map(|(s, _)| s);
        index.find_any_from(ws, starts)
    }
}

/// A sentence may yield a claim, or tell something of its article (that it is about an
/// acquisition, that a separate matter begins): it has a figure or a word of [`GATE_RUNS`].
const GATE_ANY: u8 = 1;
/// A sentence may yield a consideration or an exchange ratio when its article is about an
/// acquisition.
const GATE_CONSIDERATION: u8 = 2;

/// For the tables whose cues are what a sentence without a figure can yield anything by (the
/// rules run on such a sentence are each gated by one of them: see [`Ctx::run`]), one word of
/// each cue — its longest, which a match of the cue needs as much as any other — as its first
/// run of letters and digits, the first run of a word that matches it (with or without a
/// possessive "'s"). A sentence none of whose runs is here has no match of any of those cues,
/// so its words need not be read ([`claims`]).
static GATE_RUNS: LazyLock<Lexicon<u8>> = LazyLock::new(|| {
    let gated: [&[&'static str]; 10] = [
        ACQUISITION_WORDS,
        BUY_WORDS,
        CONDITION_CUES,
        INVESTMENT_WORDS,
        IPO_TERMS,
        EXCLUSIVITY_WORDS,
        ROUND_LABEL_WORDS,
        // (Each of these is an investment word too; listed for the rule that reads them.)
        ROUND_NOUNS,
        PER_SHARE_CUES,
        SEPARATE_OPENERS,
    ];
    // (And "exchange ratio": a ratio is read where a consideration is, gated by its rarer
    // word, "ratio": "exchange" is in every "stock exchange".)
    let considerations: Vec<&'static str> = CONSIDERATION_TERMS
        .iter()
        .map(|(t, _)| *t)
        .chain(["ratio"])
        .collect();
    let mut map: WordMap<&'static str, u8> = WordMap::default();
    let tables = gated
        .iter()
        .map(|t| (*t, GATE_ANY))
        .chain([(considerations.as_slice(), GATE_CONSIDERATION)]);
    for (cues, bit) in tables {
        for cue in cues {
            let word = cue_words(cue).max_by_key(|w| w.len()).unwrap_or(cue);
            // A word starts with a letter or digit: a cue word that does not matches none.
            if let Some(run) = word
                .split(|c: char| !crate::source::is_alphanumeric(c))
                .next()
                && !run.is_empty()
            {
                *map.entry(run).or_default() |= bit;
            }
        }
    }
    map.into()
});

/// The shapes of the [`GATE_RUNS`]: most runs of a text have none of them.
static GATE_SHAPES: LazyLock<crate::source::Shapes> =
    LazyLock::new(|| crate::source::Shapes::of(GATE_RUNS.iter().map(|(w, _)| w)));

/// The [`GATE_RUNS`] bits of the runs of letters and digits of `span`.
fn gate(lowered: &Lowered, span: Span) -> u8 {
    lowered.runs_in(span).fold(0, |g, run| {
        let run = lowered.of(run);
        if !GATE_SHAPES.may_hold(&run) {
            return g;
        }
        g | GATE_RUNS.get(&run).copied().unwrap_or(0)
    })
}

/// Builds the claims of one article.
pub fn claims(
    article: &Article,
    lowered: &Lowered,
    sentences: &[Sentence],
    mentions: &[Mention],
    parties: &Entities,
) -> Vec<Claim> {
    claims_gated(article, lowered, sentences, mentions, parties, true)
}

/// [`claims`]; with `gated`, the sentences without a figure whose runs have no [`GATE_RUNS`]
/// bit are passed by unread (most sentences of real coverage).
fn claims_gated(
    article: &Article,
    lowered: &Lowered,
    sentences: &[Sentence],
    mentions: &[Mention],
    parties: &Entities,
    gated: bool,
) -> Vec<Claim> {
    // About a claim a figure: reserved once (a claim is large to copy when the vector grows).
    let mut out = Vec::with_capacity(mentions.len());
    let doc = Doc {
        article,
        shared: OnceCell::new(),
        capacity: RefCell::default(),
    };
    let mut separate_paragraph: Option<u32> = None;
    // Each sentence's figures (mentions are in text order).
    let sentence_mentions: Vec<&[Mention]> = sentences
        .iter()
        .map(|s| {
            let lo = mentions.partition_point(|m| m.span.start < s.span.start);
            let hi = mentions.partition_point(|m| m.span.start < s.span.end);
            &mentions[lo..hi]
        })
        .collect();
    let gates: Vec<u8> = sentences
        .iter()
        .zip(&sentence_mentions)
        .map(|(s, ms)| {
            if !gated || !ms.is_empty() {
                GATE_ANY | GATE_CONSIDERATION
            } else {
                gate(lowered, s.span)
            }
        })
        .collect();
    // Each sentence's words, computed once for the article-wide tests and the rules, all in
    // one vector sized at once for the runs of the sentences read (at most a word a run;
    // grown sentence by sentence, it was copied at each doubling).
    let runs: usize = sentences
        .iter()
        .zip(&gates)
        .filter(|&(_, &g)| g & GATE_ANY != 0)
        .map(|(s, _)| lowered.runs_in(s.span).len())
        .sum();
    let mut all_words: Vec<W> = Vec::with_capacity(runs);
    let ranges: Vec<Option<(usize, usize)>> = sentences
        .iter()
        .zip(&gates)
        .map(|(s, &g)| {
            (g & GATE_ANY != 0).then(|| {
                let from = all_words.len();
                words_into(lowered, s.span, &mut all_words);
                (from, all_words.len())
            })
        })
        .collect();
    let sentence_words: Vec<Option<&[W]>> = ranges
        .iter()
        .map(|r| r.map(|(a, b)| &all_words[a..b]))
        .collect();
    let firsts = first_bits(&all_words);
    let masks: Vec<CueMask> = ranges
        .iter()
        .map(|r| CueMask::of(r.map_or(&[][..], |(a, b)| &firsts[a..b])))
        .collect();
    // Which sentences speak of acquiring.
    let acquiring: Vec<bool> = sentence_words
        .iter()
        .zip(&masks)
        .map(|(ws, mask)| {
            ws.is_some_and(|ws| {
                mask.find_any(Table::Acquisition, &ACQUISITION_WORDS_INDEX, ws)
                    .is_some()
                    || (mask.has(Table::Buy) && buys_a_company(ws, parties))
                    || (mask.has(Table::Bid) && bids_for_a_company(ws, parties))
                    || (mask.has(Table::DealNouns) && deal_struck_for_a_company(ws, parties))
                    // "a termination fee of $94 million": only a deal to buy a company has one.
                    || mask.has(Table::TerminationFee) && ws.windows(2).any(|p| {
                        matches!(p[1].low(), "fee" | "fees")
                            && TERMINATION_FEE_WORDS.contains(&p[0].low())
                    })
            })
        })
        .collect();
    let offering = offering_company(&sentence_words, &masks, parties);
    // An article that speaks of acquiring in two sentences or more is about an acquisition:
    // its "deal" figures are prices and its conditions conditions of closing.
    let acquisition_story = sentence_words
        .iter()
        .zip(&acquiring)
        .zip(&masks)
        .zip(sentences)
        .filter(|&(((ws, &acquiring), mask), s)| {
            // A price per share is paid for a company's shares: evidence of an acquisition too
            // (not the price of shares offered to the public: "priced its initial public
            // offering at $51 per share").
            // ("a £40-a-share cash offer": per-share words joined to the figure.)
            let offering = || ws.is_some_and(|ws| names_an_offering(ws, mask));
            // ("for each share they own", "for each VMware share": a share named by its
            // company.)
            let named_share = || {
                ws.is_some_and(|ws| {
                    ws.iter().enumerate().any(|(i, w)| {
                        EACH_WORD_IDS.contains(&w.id)
                            && (named_share(lowered.text(), &ws[i + 1..]).is_some()
                                || w.lower != "per"
                                    && ws.get(i + 1).is_some_and(|n| n.lower == "share"))
                    })
                })
            };
            acquiring
                || (mask.has(Table::PerShare)
                    && ws.is_some_and(|ws| find_any(ws, cues!(PER_SHARE_CUES)).is_some())
                    && !offering())
                || (ws.is_some()
                    && {
                        let bytes = s.span.slice(lowered.text()).as_bytes();
                        PER_SHARE_SUFFIX_FINDERS
                            .iter()
                            .any(|f| f.find(bytes).is_some())
                    }
                    && !offering())
                // (A sentence with "share" in it: the mask's per-share bit.)
                || (mask.has(Table::PerShare) && named_share() && !offering())
        })
        // (Two are enough.)
        .nth(1)
        .is_some()
        // "The European Commission on Monday approved Mars's $36 billion acquisition of
        // Kellanova": an article whose lead speaks of acquiring is about the acquisition.
        || sentences
            .iter()
            .position(|s| s.kind != crate::segment::LineKind::Headline)
            .is_some_and(|lead| acquiring[lead]);
    for (((((s, ws), acquiring), mask), g), ms) in sentences
        .iter()
        .zip(sentence_words)
        .zip(acquiring)
        .zip(masks)
        .zip(gates)
        .zip(sentence_mentions)
    {
        let (unread, unread_bits);
        let (ws, mask) = match ws {
            Some(ws) => (ws, mask),
            // Without a figure or a gated word, an article about an acquisition may still
            // state its consideration ("in cash and stock").
            None if acquisition_story && g & GATE_CONSIDERATION != 0 => {
                unread = words(lowered, s.span);
                unread_bits = first_bits(&unread);
                (unread.as_slice(), CueMask::of(&unread_bits))
            }
            None => continue,
        };
        let opens_separate = SEPARATE_OPENERS
            .iter()
            .any(|o| phrase_at(ws, 0, o).is_some());
        if opens_separate {
            separate_paragraph = Some(s.paragraph);
        }
        let separate = opens_separate || separate_paragraph == Some(s.paragraph);
        let mut ctx = Ctx::new(&doc, s, ws, (mask, acquiring), ms, parties, separate);
        ctx.acquisition |= acquisition_story;
        ctx.offering = offering.clone();
        let from = out.len();
        ctx.run(&mut out);
        // "will pay $51.75 ... for each iRobot share, down from the $61 a share agreed": a
        // price beside the earlier price it replaces is a revised price (so is the price of
        // assets sold: "will pay approximately $2.9 billion, up from the $1.9 billion").
        let sentence = &mut out[from..];
        for i in 0..sentence.len() {
            let c = &sentence[i];
            if c.status == Status::Current
                && !c.revised
                && matches!(
                    &*c.attribute,
                    "acquisition_price"
                        | "enterprise_value"
                        | "price_per_share"
                        | "divestiture_price"
                )
                && sentence
                    .iter()
                    .any(|o| o.status == Status::Superseded && o.attribute == c.attribute)
            {
                sentence[i].revised = true;
            }
        }
    }
    // "... at a valuation near $25 billion. The figure represents a pre-money valuation": a
    // sentence that opens with a reference back to a figure and says which valuation it is
    // makes the nearest valuation before it (within eight sentences, none given between) so;
    // so does one that says the valuation counts the new money in ("The new valuation
    // includes the additional financing").
    for i in 0..out.len() {
        if out[i].attribute != "valuation_unspecified" || out[i].status != Status::Current {
            continue;
        }
        let at = sentences.partition_point(|s| s.span.start <= out[i].sentence.start);
        for s in sentences[at..].iter().take(8) {
            // (An earlier valuation between is not the one referred to: "The company was
            // valued at $14 billion last year. The new valuation includes the fresh
            // capital.")
            if out.iter().any(|c| {
                c.sentence == s.span
                    && c.attribute.starts_with("valuation")
                    && c.status == Status::Current
            }) {
                break;
            }
            // (Its words are made only for a sentence that opens with a determiner of
            // reference and names a kind of valuation: few do.)
            let low = lowered.of(s.span);
            let may = BACK_DETERMINERS
                .iter()
                .any(|d| low.strip_prefix(d).is_some_and(|r| r.starts_with(' ')))
                && (VALUATION_KIND_WORDS.iter().any(|(w, _)| low.contains(w))
                    || INCLUDING_VERBS.iter().any(|w| low.contains(w)));
            if let Some(kind) = may
                .then(|| says_which_valuation(&words(lowered, s.span)))
                .flatten()
            {
                doc.rename(&mut out[i], kind);
                break;
            }
        }
    }
    // Capacity figures whose clause names no holder are the holder's the article names.
    let capacity = doc.capacity.take();
    if let Some(holder) = capacity.named {
        for i in capacity.unnamed {
            out[i].subject = holder.clone();
        }
    }
    // "plans to raise $3 billion from investors" and, after, "$2 billion of convertible notes
    // ... $1 billion of new shares": a sum raised that the article splits into debt and equity
    // is a financing in all, not a round of funding.
    let split: Vec<usize> = (0..out.len())
        .filter(|&i| {
            let c = &out[i];
            let part = |attribute: &str| {
                out[i + 1..]
                    .iter()
                    .filter(|p| {
                        p.attribute == attribute && p.subject == c.subject && p.unit == c.unit
                    })
                    .filter_map(|p| p.value.number())
                    .collect::<Vec<_>>()
            };
            c.attribute == "round_size" && c.status == Status::Current && {
                let total = c.value.number();
                let equity = part("equity_financing");
                part("debt_financing")
                    .iter()
                    .any(|d| equity.iter().any(|e| Some(*d + *e) == total))
            }
        })
        .collect();
    for i in split {
        doc.rename(&mut out[i], "financing_total");
    }
    // A headline sums up the article: where the body attributes the same figure to unnamed
    // sources, the headline's figure is as unconfirmed as the body's.
    let headline_spans: Vec<Span> = sentences
        .iter()
        .filter(|s| s.kind == crate::segment::LineKind::Headline)
        .map(|s| s.span)
        .collect();
    // (Claims are looked at by reference, then changed: no key is cloned.)
    let hedged_body: WordSet<(&str, &Value)> = out
        .iter()
        .filter(|c| c.hedged && !headline_spans.contains(&c.sentence))
        .map(|c| (&*c.attribute, &c.value))
        .collect();
    let unconfirmed: Vec<usize> = (0..out.len())
        .filter(|&i| {
            let c = &out[i];
            headline_spans.contains(&c.sentence) && hedged_body.contains(&(&*c.attribute, &c.value))
        })
        .collect();
    for i in unconfirmed {
        out[i].hedged = true;
    }
    // One claim per (attribute, value, party, span).
    // Sized at once: an article of many claims would grow it several times.
    let mut seen: WordSet<(&str, &Value, Option<&str>, Span)> =
        WordSet::with_capacity_and_hasher(out.len(), Default::default());
    let firsts: Vec<bool> = out
        .iter()
        .map(|c| seen.insert((&*c.attribute, &c.value, c.investor.as_deref(), c.span)))
        .collect();
    drop(seen);
    let mut first = firsts.into_iter();
    out.retain(|_| first.next().unwrap_or(true));
    out.sort_by(|a, b| {
        a.span
            .cmp(&b.span)
            .then_with(|| a.attribute.cmp(&b.attribute))
            .then_with(|| a.investor.cmp(&b.investor))
    });
    out
}

struct Ctx<'a> {
    article: &'a Article,
    text: &'a str,
    sentence: &'a Sentence,
    ws: &'a [W<'a>],
    mask: CueMask<'a>,
    mentions: &'a [Mention],
    parties: &'a Entities,
    separate: bool,
    /// The sentence or its article speaks of acquiring.
    acquisition: bool,
    /// The sentence itself speaks of acquiring.
    acquisition_sentence: bool,
    /// The company whose shares the article offers to the public ([`offering_company`]).
    offering: Option<Arc<str>>,
    // What follows is computed when a rule first asks (most sentences of an article hold no
    // figure and ask for none of it), through the methods of the same names.
    clauses: OnceCell<Vec<Span>>,
    condition: OnceCell<bool>,
    /// The sentence has a word of investing.
    investment_words: OnceCell<bool>,
    /// The sentence speaks of expanding an agreement.
    expansion: OnceCell<bool>,
    /// The sentence speaks of goods or capacity supplied ([`Ctx::supply_deal`]).
    supply_deal: OnceCell<bool>,
    /// The sentence has a word only of money put in ([`Ctx::invests_only`]).
    invests_only: OnceCell<bool>,
    sentence_hedge: OnceCell<bool>,
    /// The sentence's text, made once for its claims.
    context: OnceCell<Arc<str>>,
    /// The article's fields that every claim repeats, made once.
    shared: &'a OnceCell<Shared>,
    capacity: &'a RefCell<CapacityHolders>,
}

/// The article whose sentences are read, with what its claims repeat (made on the first claim).
struct Doc<'a> {
    article: &'a Article,
    shared: OnceCell<Shared>,
    capacity: RefCell<CapacityHolders>,
}

impl Doc<'_> {
    /// Gives a claim of the article another attribute, and the id that goes with it (a claim
    /// was made, so the article's shared parts are there).
    fn rename(&self, c: &mut Claim, attribute: &'static str) {
        if let Some(shared) = self.shared.get() {
            c.attribute = Cow::Borrowed(attribute);
            c.id = Claim::id_after(shared.id_hasher, attribute, c.investor.as_deref(), c.span);
        }
    }
}

/// Who holds the article's capacity figures: the first party a capacity figure's clause names
/// as its holder, and the claims (their places in the article's claims) whose clause names
/// none ("The 6 gigawatt bet", "AMD delivers the initial 1 gigawatt"), which take it once
/// the article is read.
#[derive(Default)]
struct CapacityHolders {
    named: Option<Arc<str>>,
    unnamed: Vec<usize>,
}

/// What every claim of an article repeats: made once, shared.
struct Shared {
    doc: Arc<str>,
    /// The claim ids' hash as far as the article's name.
    id_hasher: crate::source::Fnv,
    outlet: Option<Arc<str>>,
    date: Option<Arc<str>>,
}

impl Shared {
    fn of(article: &Article) -> Self {
        Shared {
            doc: Arc::from(article.doc.as_str()),
            id_hasher: Claim::id_hasher(&article.doc),
            outlet: article.meta.outlet.as_deref().map(Arc::from),
            date: article.meta.date.as_deref().map(Arc::from),
        }
    }
}

/// A claim under construction.
struct Draft {
    attribute: &'static str,
    value: Value,
    unit: &'static str,
    qualifier: Qualifier,
    range: Option<Range>,
    subject: Option<Arc<str>>,
    investor: Option<Arc<str>>,
    hedged: bool,
    stance: Stance,
    quote: Span,
    status: Status,
    /// When a `prior` figure held, as the article dates it ("2024-09", "2023").
    as_of: Option<Arc<str>>,
    increment: bool,
    revised: bool,
    step: Option<Decimal>,
    equivalent: Option<crate::claim::Equivalent>,
    /// The period of a sum that is a rate ([`RATE_PERIODS`]): the attribute is read per it.
    per: Option<&'static str>,
    /// What part of the thing the figure covers ([`CASH_PART_SCOPE`]), when not all of it.
    scope: Option<&'static str>,
}

impl Draft {
    /// A draft asserted, exact and current, with no range, step or equivalent: what a rule
    /// reads otherwise it sets on the draft after.
    fn new(
        attribute: &'static str,
        (value, unit): (Value, &'static str),
        quote: Span,
        subject: Option<Arc<str>>,
        investor: Option<Arc<str>>,
        hedged: bool,
    ) -> Self {
        Draft {
            attribute,
            value,
            unit,
            qualifier: Qualifier::Exact,
            range: None,
            subject,
            investor,
            hedged,
            stance: Stance::Asserted,
            quote,
            status: Status::Current,
            as_of: None,
            increment: false,
            revised: false,
            step: None,
            equivalent: None,
            per: None,
            scope: None,
        }
    }
}

const INVESTMENT_ATTRS: &[&str] = &[
    "deal_total",
    "tranche_initial",
    "tranche_contingent",
    "investor_amount",
];
const INVESTMENT_WORDS: &[&str] = &[
    "agreement",
    "contract",
    "contracts",
    "investment",
    "invest",
    "invests",
    "invested",
    "funding",
    "tranche",
    "commitment",
    "deal",
    "shares",
    "financing",
    "capital",
    "round",
    "remaining",
    "stake",
];

impl<'a> Ctx<'a> {
    /// `mask`: the sentence's [`CueMask`]; `acquisition_sentence`: the sentence speaks of
    /// acquiring.
    fn new(
        doc: &'a Doc<'a>,
        sentence: &'a Sentence,
        ws: &'a [W<'a>],
        (mask, acquisition_sentence): (CueMask<'a>, bool),
        mentions: &'a [Mention],
        parties: &'a Entities,
        separate: bool,
    ) -> Self {
        Ctx {
            article: doc.article,
            text: doc.article.text.as_str(),
            sentence,
            ws,
            mask,
            mentions,
            parties,
            separate,
            acquisition: acquisition_sentence,
            acquisition_sentence,
            offering: None,
            clauses: OnceCell::new(),
            condition: OnceCell::new(),
            investment_words: OnceCell::new(),
            expansion: OnceCell::new(),
            supply_deal: OnceCell::new(),
            invests_only: OnceCell::new(),
            sentence_hedge: OnceCell::new(),
            context: OnceCell::new(),
            shared: &doc.shared,
            capacity: &doc.capacity,
        }
    }

    fn clauses(&self) -> &[Span] {
        self.clauses
            .get_or_init(|| clauses(self.text, self.sentence.span, self.ws))
    }

    /// The sentence has a cue of a condition.
    fn condition(&self) -> bool {
        *self.condition.get_or_init(|| {
            self.mask
                .find_any(Table::Condition, &CONDITION_CUES_INDEX, self.ws)
                .is_some()
        })
    }

    /// The sentence has a word only of money put in ([`INVEST_ONLY_WORDS`]): no contract is
    /// read into it.
    fn invests_only(&self) -> bool {
        *self
            .invests_only
            .get_or_init(|| self.ws.iter().any(|w| INVEST_ONLY_WORDS.contains(&w.low())))
    }

    fn investment_words(&self) -> bool {
        *self.investment_words.get_or_init(|| {
            self.mask
                .find_any(Table::Investment, &INVESTMENT_WORDS_INDEX, self.ws)
                .is_some()
        })
    }

    /// The sentence is about investing: it has a money figure or a word of investing.
    fn investment(&self) -> bool {
        self.mentions.iter().any(|m| m.kind == MentionKind::Money) || self.investment_words()
    }

    /// The sentence is hedged as a whole ("people familiar with the matter said").
    fn sentence_hedge(&self) -> bool {
        *self.sentence_hedge.get_or_init(|| {
            self.mask
                .find_any(Table::Hedge, &SENTENCE_HEDGES_INDEX, self.ws)
                .is_some()
        })
    }

    /// The rules, on the sentence's figures and then on its words. A rule that can yield a
    /// claim without a figure must be gated by a table of [`GATE_RUNS`] (a sentence with
    /// neither is not read: [`claims`]); the tests of the gate try one article per table.
    fn run(&self, out: &mut Vec<Claim>) {
        for (k, m) in self.mentions.iter().enumerate() {
            match m.kind {
                MentionKind::Money => self.money(k, m, out),
                MentionKind::Percent => self.percent(k, m, out),
                MentionKind::Quantity => self.quantity(k, m, out),
                MentionKind::Date | MentionKind::Year => self.date(k, m, out),
            }
        }
        self.conditions(out);
        if self.acquisition {
            self.considerations(out);
            self.exchange_ratios(out);
        } else {
            self.forms(out);
        }
        self.exclusivity(out);
        self.ipo_timing(out);
        self.round_labels(out);
        self.lead_investors(out);
    }

    fn clause_of(&self, pos: usize) -> Span {
        self.clauses()
            .iter()
            .copied()
            .find(|c| c.start <= pos && pos < c.end.max(c.start + 1))
            .unwrap_or(self.sentence.span)
    }

    fn words_in(&self, a: usize, b: usize) -> &[W<'a>] {
        let lo = self.ws.partition_point(|w| w.span.start < a);
        let hi = self.ws.partition_point(|w| w.span.end <= b);
        if lo >= hi { &[] } else { &self.ws[lo..hi] }
    }

    /// Words between the figure and the previous figure (or clause start), and up to the next
    /// money figure (or clause end).
    fn windows(&self, k: usize, m: &Mention) -> (&[W<'a>], &[W<'a>]) {
        let clause = self.clause_of(m.span.start);
        let prev = self.mentions[..k]
            .iter()
            .rev()
            .find(|p| {
                matches!(p.kind, MentionKind::Money | MentionKind::Percent)
                    && p.span.end <= m.span.start
            })
            .map_or(clause.start, |p| p.span.end.max(clause.start));
        let next = self.mentions[k + 1..]
            .iter()
            .find(|p| p.kind == MentionKind::Money)
            .map_or(clause.end, |p| p.span.start.min(clause.end));
        let before_end = m
            .qualifier_span
            .map_or(m.span.start, |q| q.start.min(m.span.start));
        (
            self.words_in(prev, before_end),
            self.words_in(m.span.end, next.max(m.span.end)),
        )
    }

    fn hedged_at(&self, pos: usize) -> bool {
        if self.sentence_hedge() {
            return true;
        }
        let c = self.clause_of(pos);
        // (Talks after the figure and a comma are another's: "a 32% premium to Juniper's
        // close, before the Journal reported that the two companies were in advanced talks".)
        if self.mask.has(Table::ClauseHedgePhrase) {
            // (Searched as bytes: a position need not start a char.)
            let end = memchr::memchr(b',', &self.text.as_bytes()[pos..c.end.max(pos)])
                .map_or(c.end, |k| pos + k);
            // ("The talks value the ChatGPT-maker far above the $86 billion at which employees
            // sold shares": the figure compared with is no figure of the talks.)
            if let Some(p) = find_any(self.words_in(c.start, end), cues!(CLAUSE_HEDGE_PHRASES))
                && !(p.end <= pos
                    && self
                        .words_in(p.end, pos)
                        .iter()
                        .any(|w| COMPARED_BEYOND.contains(&w.low())))
            {
                return true;
            }
        }
        if !self.mask.has(Table::ClauseHedge) {
            return false;
        }
        let ws = self.words_in(c.start, c.end);
        ws.iter().enumerate().any(|(i, w)| {
            CLAUSE_HEDGE_WORDS[w.id as usize]
                && !(w.lower == "may" && self.text[w.span.start..].starts_with('M'))
                // "investors may choose either $142.50 in cash or ...", "VMware may seek
                // better offers": a choice allowed, not a doubt.
                && !(w.lower == "may"
                    && ws.get(i + 1).is_some_and(|n| CHOICE_VERBS.contains(&n.low())))
                // "valued at $17.4 billion, with options that could take the total to about
                // $19.4 billion": a modal after the figure in a relative clause is that
                // clause's.
                && !(w.span.start > pos
                    && i > 0
                    && matches!(ws[i - 1].low(), "that" | "which" | "who"))
        })
    }

    /// [`find_before`] of a table of [`CueMask`] over `ws`, words of this sentence: passed by
    /// when no word of the sentence begins one of its cues.
    fn before(&self, table: Table, ws: &[W], cues: &Cues, reach: usize) -> Option<Span> {
        if !self.mask.has(table) {
            return None;
        }
        find_before(ws, cues, reach)
    }

    /// Whether the cue of an earlier offer at `cue` is a verb of refusing whose subject is
    /// named ("the board rejected Vantor's $40 billion offer": the offer then on the table,
    /// refused), not a word that tells an offer apart ("the rejected $40 billion offer",
    /// "its rejected bid").
    fn refused_now(&self, cue: Span, clause: Span) -> bool {
        let verb = self.words_in(cue.start, cue.end);
        if !verb
            .first()
            .is_some_and(|w| REFUSING_VERBS.contains(&w.low()))
        {
            return false;
        }
        self.words_in(clause.start, cue.start)
            .last()
            .is_some_and(|w| w.bare_len == w.lower.len() && !OFFER_DETERMINERS.contains(&w.low()))
    }

    /// Whether the cue of a replaced figure at `cue` opens the sentence as an adverb of the
    /// first of steps to come ("Initially, Skydance will pay $2.4 billion for National
    /// Amusements", then merge): "will" between it and the figure at `at`.
    fn first_step(&self, cue: Span, at: usize) -> bool {
        self.words_in(self.sentence.span.start, cue.start)
            .is_empty()
            && self.text[cue.end..].starts_with(',')
            && self.words_in(cue.end, at).iter().any(|w| w.lower == "will")
    }

    /// Whether the cue of a replaced figure at `cue` ends a span of time ("the editor he had
    /// co-founded just three years earlier, had raised $2.3 billion"): a unit of time right
    /// before it makes it a when, of another verb, not a mark of an earlier figure.
    fn time_span_before(&self, cue: Span) -> bool {
        self.text[cue.start..cue.end].eq_ignore_ascii_case("earlier")
            && self
                .words_in(self.sentence.span.start, cue.start)
                .last()
                .is_some_and(|w| TIME_UNIT_WORDS.contains(&w.low()))
    }

    fn negated_before(&self, pos: usize) -> bool {
        let c = self.clause_of(pos);
        self.negates(self.words_in(c.start, pos))
    }

    /// Whether the clause of `pos` holds a negation before it, after the last word of cause
    /// ([`CAUSE_CUES`]): "did not close because of the pending listing" denies the closing,
    /// not the listing.
    fn negated_before_cause(&self, pos: usize) -> bool {
        let c = self.clause_of(pos);
        let ws = self.words_in(c.start, pos);
        // ("will also receive a non-transferable contingent value right ... tied to three
        // milestones": an adjective in "non-" describes a noun, it denies no condition.)
        let denies = |ws: &[W]| self.negation_in(ws, false);
        // (Most clauses hold no negation: the causes are looked for only in those that do.)
        if !denies(ws) {
            return false;
        }
        let cause_at = |i: usize| {
            CAUSE_CUES.iter().any(|cue| {
                ws.get(i..i + cue.split(' ').count())
                    .is_some_and(|run| run.iter().map(|w| w.low()).eq(cue.split(' ')))
            })
        };
        let from = (0..ws.len())
            .rev()
            .find(|&i| cause_at(i))
            .map_or(0, |i| i + 1);
        denies(&ws[from..])
    }

    /// Whether the words `ws` hold a negation: "n't", "non-", or a [`NEGATIONS`] cue.
    fn negates(&self, ws: &[W]) -> bool {
        self.negation_in(ws, true)
    }

    /// [`Ctx::negates`], a word in "non-" counted or not (`non`).
    fn negation_in(&self, ws: &[W], non: bool) -> bool {
        ws.iter()
            .any(|w| w.lower.ends_with("n't") || (non && w.lower.starts_with("non-")))
            || (self.mask.has(Table::Negation) && find_any(ws, cues!(NEGATIONS)).is_some())
    }

    /// The clause opens, before `at`, with "which" or "who" (any case), after commas and spaces.
    fn opens_relative(&self, clause: Span, at: usize) -> bool {
        let opening = self.text[clause.start..at].trim_start_matches([',', ' ']);
        ["which ", "who "].iter().any(|w| {
            opening
                .get(..w.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(w))
        })
    }

    fn orgs_in(&self, a: usize, b: usize) -> impl Iterator<Item = &EntityMention> {
        self.parties
            .within(Span::new(a, b.max(a)))
            .filter(|e| e.kind.is_party())
    }

    /// The party receiving money: "in/to/into/on X" after the figure, else the article's.
    fn investee_after(&self, m_end: usize, clause: Span) -> Option<Arc<str>> {
        let aw = self.words_in(m_end, clause.end);
        let mut cands: Vec<&EntityMention> = Vec::new();
        for (i, w) in aw.iter().take(10).enumerate() {
            // "in/into/to/on X"; "of X stock" (shares of the company invested in)
            let of_stock = w.lower == "of"
                && aw
                    .get(i + 2)
                    .is_some_and(|n| matches!(n.low(), "stock" | "shares"));
            let prev = if i > 0 { aw[i - 1].low() } else { "" };
            if of_stock || crate::entities::leads_to_recipient(prev, w.low()) {
                let at = w.span.end;
                let limit = aw.get(i + 3).map_or(clause.end, |x| x.span.start);
                if let Some(e) = self.orgs_in(at, clause.end).find(|e| e.span.start <= limit) {
                    cands.push(e);
                }
            }
        }
        let main = self.parties.investee.as_ref();
        cands
            .iter()
            .find(|e| Some(&e.name) == main)
            .or(cands.first())
            .map(|e| e.name.clone())
    }

    /// Whether the sentence of the figure at `at` opens with earlier reports ("Earlier reports
    /// had put the valuation at $14 billion"): the figure is one they gave, since replaced.
    fn opens_with_earlier_reports(&self, at: usize) -> bool {
        let ws = self.words_in(self.sentence.span.start, at);
        let reports = |a: &W, b: &W| {
            EARLIER_REPORT_WORDS.contains(&a.low())
                && matches!(b.low(), "reports" | "reporting" | "estimates")
        };
        // ("... $1.75 billion, after earlier reports had put that price at $2 billion": a
        // clause whose subject is the earlier reports, no other figure between them and it.)
        matches!(ws, [a, b, ..] if reports(a, b))
            || ws
                .windows(2)
                .rposition(|p| reports(&p[0], &p[1]))
                .is_some_and(|i| {
                    let from = ws[i].span.start;
                    ws[..i]
                        .last()
                        .is_some_and(|w| matches!(w.low(), "after" | "while" | "as" | "though"))
                        && !self.mentions.iter().any(|n| {
                            n.kind == MentionKind::Money && n.span.start > from && n.span.end <= at
                        })
                })
    }

    /// Whether the company bought pays the fee at `m`: the last party before it in its
    /// sentence that a verb of paying follows ("Corvex would owe Vantor a termination fee of
    /// $1.48 billion"; "Vantor would pay $5 billion if the deal is blocked, and Corvex would
    /// owe Vantor $2 billion if it walked away"), no other figure between them.
    fn target_pays(&self, m: Span) -> bool {
        let pays = |e: &&EntityMention| {
            self.words_in(e.span.end, m.start)
                .iter()
                .take(3)
                .any(|w| FEE_PAYING_VERBS.contains(&w.low()))
        };
        // "If Corvex walks away ..., it owes Vantor a break fee": "it" before the verb is the
        // party the sentence named before it.
        let it_pays = || {
            let ws = self.words_in(self.sentence.span.start, m.start);
            let it = ws.iter().rposition(|w| {
                w.lower == "it" && {
                    let after = self.words_in(w.span.end, m.start);
                    after
                        .iter()
                        .take(2)
                        .any(|v| FEE_PAYING_VERBS.contains(&v.low()))
                }
            })?;
            self.orgs_in(self.sentence.span.start, ws[it].span.start)
                .filter(|e| !e.possessive)
                .last()
        };
        let Some(payer) = self
            .orgs_in(self.sentence.span.start, m.start)
            .filter(pays)
            .last()
            .or_else(it_pays)
        else {
            return false;
        };
        let figure_between = self.mentions.iter().any(|o| {
            o.kind == MentionKind::Money && o.span.start >= payer.span.end && o.span.end <= m.start
        });
        !figure_between && self.target().as_ref() == Some(&payer.name)
    }

    fn investee(&self, m: Span) -> Option<Arc<str>> {
        let clause = self.clause_of(m.start);
        self.investee_after(m.end, clause)
            .or_else(|| self.parties.investee.clone())
    }

    /// The party putting money in: a possessive or the nearest party before the figure in its
    /// clause (not the investee), "from X" after it, else the article's.
    /// Whether the cue of a replaced or earlier figure at `c` is "previously" before a
    /// participle of a thing done once that still stands ("a previously declared dividend of
    /// $0.64": declared before, to be paid still; [`STANDING_PARTICIPLES`]).
    fn standing_since(&self, c: Span) -> bool {
        self.words_in(c.start, c.end).len() == 1
            && self
                .words_in(c.end, self.sentence.span.end)
                .first()
                .is_some_and(|w| STANDING_PARTICIPLES.contains(&w.low()))
    }

    /// Whether `e` is written as the possessive of its owner ("Peet's owner", "Peet's
    /// parent"): it names the company owned, not a party of the deal.
    fn names_an_owner(&self, e: &EntityMention) -> bool {
        e.possessive
            && self
                .words_in(e.span.end, self.sentence.span.end)
                .iter()
                .find(|n| n.lower != "s")
                .is_some_and(|n| OWNER_NOUNS_OF_A_BRAND.contains(&n.low()))
    }

    fn investor(&self, m: Span, investee: Option<&Arc<str>>) -> Option<Arc<str>> {
        let clause = self.clause_of(m.start);
        if let Some((payer, _)) = self.payer_after(m, clause) {
            return Some(payer);
        }
        let aw = self.words_in(m.end, clause.end);
        if let Some(bidder) = self.bidder_after(aw, clause, &["from", "by"]) {
            return Some(bidder);
        }
        let before: Vec<&EntityMention> = self.orgs_in(clause.start, m.start).collect();
        // ("The new offer is 1.8% higher than Advent's £41.00 a share and values Spectris at
        // ...": a party compared with, whose own figure stands between it and this one, is
        // not the one that pays it; "2.5% above KKR's offer of £40 a share" is KKR's.)
        let compared = |e: &EntityMention| {
            self.text[clause.start..e.span.start]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| COMPARED_WITH.contains(&w))
                && self.mentions.iter().any(|x| {
                    x.kind == MentionKind::Money
                        && x.span.start >= e.span.end
                        && x.span.end <= m.start
                })
        };
        // ("agreed to buy Arm from SoftBank for up to $40 billion": who sells is not who
        // pays.)
        // ("to acquire Hess from Vanguard, BlackRock, State Street and others for $52.7
        // billion": a list of sellers after "from", names, commas and "and" between.)
        let seller = |e: &EntityMention| {
            let before = self.words_in(clause.start, e.span.start);
            let Some(from) = before.iter().rposition(|w| w.lower == "from") else {
                return false;
            };
            before[from + 1..].iter().all(|w| {
                w.lower == "and" || self.text[w.span.start..].starts_with(char::is_uppercase)
            }) && before[..from].iter().any(buying)
        };
        // ("Jefferies said the $24 offer price ... is potentially positive": a company that
        // speaks of the figure does not pay it; one that says what it does, "Halden said it
        // would pay", does.)
        let speaker = |e: &EntityMention| {
            let after = self.words_in(e.span.end, m.start);
            after
                .first()
                .is_some_and(|w| crate::entities::SPEECH_VERBS.contains(&w.low()))
                && after
                    .get(1)
                    .is_some_and(|w| !SPEAKER_ACTS_WORDS.contains(&w.low()))
        };
        let subject = |e: &&&EntityMention| {
            Some(&e.name) != investee
                && !speaker(e)
                && !crate::entities::object_of_a_purchase(self.text, clause.start, e.span)
                && !crate::entities::named_after_with(self.text, e)
                && !in_apposition(self.text, self.sentence.span.start, e.span, m.start)
                && !compared(e)
                && !seller(e)
                && !self.names_an_owner(e)
        };
        if let Some(owner) = self.owner_of_its(m.start, investee) {
            return Some(owner);
        }
        if let Some(e) = before.iter().rev().find(subject) {
            return Some(e.name.clone());
        }
        // "Google, which invested around $300 million": the clause's antecedent.
        if self.opens_relative(clause, m.start)
            && let Some(e) = self
                .orgs_in(self.sentence.span.start, clause.start)
                .last()
                .filter(|e| Some(&e.name) != investee)
        {
            return Some(e.name.clone());
        }
        if let Some(from) = aw.iter().take(6).find(|w| w.lower == "from")
            && let Some(e) = self.orgs_in(from.span.end, clause.end).next()
        {
            return Some(e.name.clone());
        }
        self.parties
            .investor
            .clone()
            .filter(|i| Some(i) != investee)
    }

    /// "Vantor, led by Ada Lind since its $8 billion merger": the party "its" (or "their")
    /// right before the figure at `at` stands for, the last one named before it in the
    /// sentence that no "by", "from" or "with" introduces (not `investee`).
    fn owner_of_its(&self, at: usize, investee: Option<&Arc<str>>) -> Option<Arc<str>> {
        let start = self.sentence.span.start;
        let its = self.words_in(start, at).last()?;
        if !POSSESSIVE_PRONOUNS.contains(&its.low())
            || !self.text[its.span.end..at].trim().is_empty()
        {
            return None;
        }
        let named: Vec<&EntityMention> = self.orgs_in(start, its.span.start).collect();
        named
            .into_iter()
            .rev()
            .find(|e| {
                Some(&e.name) != investee
                    && !self
                        .words_in(start, e.span.start)
                        .last()
                        .is_some_and(|w| NOT_ANTECEDENT_LINKS.contains(&w.low()))
            })
            .map(|e| e.name.clone())
    }

    /// "a £3.8 billion offer from Advent", "a £4.1 billion cash takeover by KKR", "the
    /// £37.63-a-share deal agreed with Advent": the bidder named right after the bid, deal
    /// or takeover (at most three words after the figure, then one of `links`), read from `aw`,
    /// the words after the figure in its clause.
    fn bidder_after(&self, aw: &[W], clause: Span, links: &[&str]) -> Option<Arc<str>> {
        // (Words of these tables are numbered: most words are told apart by their number.)
        let k = aw.iter().take(3).position(|w| {
            w.id != 0
                && (BID_NOUNS.contains(&w.low())
                    || ACQUISITION_WORDS.contains(&w.low())
                    || DEAL_NOUNS.contains(&w.low()))
                || w.lower == "sale"
        })?;
        // ("the $72 billion deal Netflix struck on Friday": the party that made it.)
        if let Some(e) = self
            .orgs_in(aw[k].span.end, clause.end)
            .next()
            .filter(|e| self.text[aw[k].span.end..e.span.start].trim().is_empty())
            && self
                .words_in(e.span.end, clause.end)
                .first()
                .is_some_and(|w| DEAL_MAKING_VERBS.contains(&w.low()))
        {
            return Some(e.name.clone());
        }
        // ("the deal agreed with Advent")
        let k = if aw.get(k + 1).is_some_and(|w| w.lower == "agreed") {
            k + 1
        } else {
            k
        };
        // ("a $55 billion sale to Qirat Fund": whom a company is sold to buys it.)
        let link = aw
            .get(k + 1)
            .filter(|w| links.contains(&w.low()) || (aw[k].lower == "sale" && w.lower == "to"))?;
        self.orgs_in(link.span.end, clause.end)
            .next()
            .filter(|e| self.text[link.span.end..e.span.start].trim().is_empty())
            .map(|e| e.name.clone())
    }

    /// "the $20.47 per share the U.S. government paid": the party right after the figure (past
    /// [`PAID_FIGURE_WORDS`]) that pays it ([`PAYING_VERBS`], [`OFFER_VERBS`]) is the one it
    /// is paid by; with whether it was only offered.
    fn payer_after(&self, m: Span, clause: Span) -> Option<(Arc<str>, bool)> {
        let e = self.orgs_in(m.end, clause.end).next()?;
        let between = self.words_in(m.end, e.span.start);
        if between.len() > 8 || !between.iter().all(|w| PAID_FIGURE_WORDS.contains(&w.low())) {
            return None;
        }
        let next = self.words_in(e.span.end, clause.end).first()?;
        // ("SoftBank put in around $500 million and Nvidia invested about $100 million": a
        // verb with a figure of its own right after it pays that one.)
        if self.mentions.iter().any(|x| {
            x.kind == MentionKind::Money
                && x.span.start >= next.span.end
                && x.span.end <= clause.end
                && self.words_in(next.span.end, x.span.start).len() <= 2
        }) {
            return None;
        }
        let offered = OFFER_VERBS.contains(&next.low());
        (offered || PAYING_VERBS.contains(&next.low())).then(|| (e.name.clone(), offered))
    }

    /// Whether `payer`, who pays a figure compared with the sentence's figure before it, is
    /// another party than that figure's ("Corvex's fee of $5.8 billion, higher than the $5
    /// billion Vantor offered"): the two are each party's own.
    fn paid_by_a_rival(&self, payer: &Arc<str>, out: &[Claim]) -> bool {
        out.last()
            .filter(|p| p.sentence == self.sentence.span)
            .and_then(|p| p.investor.as_ref())
            .is_some_and(|i| i != payer)
    }

    /// Who raises or borrows the money at `m` in an acquisition: the party named last before
    /// it in its clause (not the target's possessive, "Juniper's debt", nor a party after
    /// "by" or "from", who lends), else the buyer.
    fn financer(&self, m: Span) -> Option<Arc<str>> {
        let clause = self.clause_of(m.start);
        // "The bid is backed by equity from Gamma and by $54 billion of debt": a party after
        // "by" or "from" provides money; it does not raise it.
        let providers = self
            .words_in(clause.start, m.start)
            .iter()
            .find(|w| LENDER_LINKS.contains(&w.low()))
            .map_or(m.start, |w| w.span.start);
        self.orgs_in(clause.start, providers)
            .filter(|e| !e.possessive)
            .last()
            .map(|e| e.name.clone())
            .or_else(|| self.parties.investor.clone())
    }

    /// Whether the capacity figure `m` (the `k`th figure) is the first part of a larger one:
    /// the words of a first tranche around it (the `tranche_initial` rules of [`MONEY_RULES`]),
    /// "first" ending a clause
    /// after it ("a 1-gigawatt facility ... first."), or the start of a span to a larger
    /// capacity ("from 1 gigawatt to 6 gigawatts").
    fn initial_capacity(&self, k: usize, m: &Mention, bw: &[W], aw: &[W]) -> bool {
        // "first" ending the clause qualifies its verb ("will build a 1-gigawatt facility on
        // the new chips first"), not a noun after the figure ("with the first gigawatt due").
        let first_at_end = aw.iter().any(|w| {
            let rest = self.text[w.span.end..].trim_start_matches(' ');
            w.lower == "first" && (rest.is_empty() || rest.starts_with(['.', ',', ';', '\n']))
        });
        // The words of a first tranche of money make one of capacity too ("the first 1
        // gigawatt", "starting with 1 gigawatt", "1 gigawatt initially").
        let tranche_words = || {
            MONEY_RULE_INDEX
                .hits(bw, aw)
                .iter()
                .any(|(r, _)| MONEY_RULES[r].attribute == "tranche_initial")
        };
        if first_at_end || tranche_words() {
            return true;
        }
        let next = self.mentions.get(k + 1).filter(|n| n.unit == m.unit);
        bw.last().is_some_and(|w| w.lower == "from")
            && next.is_some_and(|n| {
                n.value > m.value
                    && self
                        .words_in(m.span.end, n.span.start)
                        .iter()
                        .map(|w| w.low())
                        .eq(["to"])
            })
    }

    /// Whether the figure's clause, after `at`, puts other parties' money in the figure
    /// ([`OTHER_PARTIES_CUES`]: "from OpenAI and other customers").
    fn others_after(&self, at: usize) -> bool {
        let clause = self.clause_of(at.saturating_sub(1));
        find_any(self.words_in(at, clause.end), cues!(OTHER_PARTIES_CUES)).is_some()
    }

    /// [`Self::contract_subject`], or, when the sentence names fewer than two parties, the
    /// parties of the contract the article spoke of last, if they include those it names
    /// ("The base of the agreement is $17.4 billion.").
    fn contract_subject_after(&self, at: usize, out: &[Claim]) -> Arc<str> {
        let named = self.contract_parties_named(at);
        if named.len() < 2
            && let Some(last) = out
                .iter()
                .rev()
                // (A contract's value, its rate per month or year, or its term.)
                .find(|c| c.attribute.starts_with("contract_"))
            && named
                .iter()
                .all(|n| last.subject.split('–').any(|p| p == &**n))
        {
            return last.subject.clone();
        }
        self.contract_subject(at)
    }

    /// The two parties of a contract: those named in the figure's clause, then in its
    /// sentence, then the article's.
    fn contract_subject(&self, at: usize) -> Arc<str> {
        let mut names = self.contract_parties_named(at);
        for p in [&self.parties.investee, &self.parties.investor]
            .into_iter()
            .flatten()
        {
            if names.len() < 2 && !names.contains(p) {
                names.push(p.clone());
            }
        }
        names.truncate(2);
        names.sort();
        Arc::from(names.join("–"))
    }

    /// The parties of a contract named in the figure's clause, then in its sentence (two at
    /// most).
    fn contract_parties_named(&self, at: usize) -> Vec<Arc<str>> {
        let clause = self.clause_of(at);
        // (From the last word of another event before the figure, when a party follows it at
        // once, and no party of the rest of the sentence: "..., days after Google hired away
        // its founders in a $2.4 billion arrangement"; not "after the provider of Delta chips
        // said it had signed".)
        let event = self
            .words_in(clause.start, at)
            .iter()
            .rev()
            .find(|w| EVENT_CLAUSE_OPENERS.contains(&w.low()))
            .filter(|w| {
                self.orgs_in(w.span.end, at)
                    .next()
                    .is_some_and(|e| self.text[w.span.end..e.span.start].trim().is_empty())
            })
            .map(|w| Span::new(w.span.start, clause.end));
        let clause = event.unwrap_or(clause);
        let sentence = match event {
            Some(_) => Span::new(clause.start, clause.start),
            None => self.sentence.span,
        };
        let mut names: Vec<Arc<str>> = Vec::new();
        // "a program with Gamma to build drones, as well as a $642.2 million contract with the
        // U.S. Navy": the party the contract is "with", named right after it, is one of its own
        // (a word of the figure and the noun stand before "with").
        let after = self.words_in(at, clause.end);
        if let Some(with) = after.iter().take(6).position(|w| w.lower == "with")
            && let Some(e) = self
                .orgs_in(after[with].span.end, clause.end)
                .next()
                .filter(|e| {
                    matches!(
                        self.text[after[with].span.end..e.span.start].trim(),
                        "" | "the"
                    )
                })
        {
            names.push(e.name.clone());
        }
        // "the provider of Nvidia graphics chips said it has signed an agreement with Corvex":
        // a party named as the maker of goods is a party only when fewer than two others are.
        let mut makers: Vec<Arc<str>> = Vec::new();
        let in_clause = self.orgs_in(clause.start, clause.end);
        let in_sentence = self.orgs_in(sentence.start, sentence.end);
        for e in in_clause.chain(in_sentence) {
            if names.len() == 2 {
                break;
            }
            if names.contains(&e.name) || makers.contains(&e.name) {
                continue;
            }
            if self.names_goods(e) {
                makers.push(e.name.clone());
            } else {
                names.push(e.name.clone());
            }
        }
        for m in makers {
            if names.len() < 2 && !names.contains(&m) {
                names.push(m);
            }
        }
        names
    }

    fn push(&self, d: Draft, out: &mut Vec<Claim>) {
        let quote = clip(self.text, d.quote, self.sentence.span);
        let mut subject = d
            .subject
            .or_else(|| self.parties.investee.clone())
            .unwrap_or_else(|| Arc::from("(unknown)"));
        // A separate matter is not about the main deal's party unless the sentence names it.
        if self.separate && Some(&subject) == self.parties.investee.as_ref() {
            let named = self
                .orgs_in(self.sentence.span.start, self.sentence.span.end)
                .any(|e| e.name == subject);
            if !named {
                let who = d
                    .investor
                    .clone()
                    .or_else(|| self.parties.investor.clone())
                    .unwrap_or_else(|| Arc::from("(unknown)"));
                subject = Arc::from(format!("{who} (separate)"));
            }
        }
        let investor = d.investor.filter(|i| *i != subject);
        let shared = self.shared.get_or_init(|| Shared::of(self.article));
        let attribute = match d.per {
            Some(period) => Cow::Owned(format!("{}_per_{period}", d.attribute)),
            None => Cow::Borrowed(d.attribute),
        };
        let id = Claim::id_after(shared.id_hasher, &attribute, investor.as_deref(), quote);
        // (Only an acquisition's buyers are keyed so.)
        let consortium = investor
            .as_ref()
            .filter(|_| {
                !self.parties.consortia.is_empty()
                    && crate::cluster::ACQUISITION_ATTRS.contains(&&*attribute)
            })
            .and_then(|i| self.parties.consortia.iter().find(|g| g.contains(i)))
            .map(|g| Arc::from(g.as_slice()));
        out.push(Claim {
            id,
            doc: shared.doc.clone(),
            subject,
            attribute,
            value: d.value,
            unit: Cow::Borrowed(d.unit),
            qualifier: d.qualifier,
            range: d.range,
            investor,
            hedged: d.hedged,
            stance: d.stance,
            quote: quote.slice(self.text).to_string(),
            span: quote,
            sentence: self.sentence.span,
            context: self
                .context
                .get_or_init(|| self.sentence.span.slice(self.text).into())
                .clone(),
            status: d.status,
            as_of: d.as_of,
            increment: d.increment,
            revised: d.revised,
            scope: if self.separate {
                Some("separate".to_string())
            } else {
                d.scope.map(str::to_string)
            },
            step: d.step,
            equivalent: d.equivalent,
            consortium,
            outlet: shared.outlet.clone(),
            date: shared.date.clone(),
        });
    }

    /// "€1.3 billion ($1.5 billion)": the figure right after `k` in parentheses, in another
    /// currency, is the same amount.
    /// The sentence's first money figure starting at or after `at`.
    fn money_after(&self, at: usize) -> Option<&Mention> {
        self.mentions
            .iter()
            .find(|p| p.kind == MentionKind::Money && p.span.start >= at)
    }

    /// The tranche a figure without a cue of its own is, when it is one of two parts, paid at
    /// times the sentence gives, of the total just before them: "will invest $40 billion,
    /// with $10 billion coming in April and $30 billion by the end of the year". The parts
    /// follow the total, "with" before the first and "and" between them, they add up to it
    /// exactly in its currency, a date stands after one of them, and no party is named
    /// between them (else they are each party's part: "$10 billion from Beta and $30 billion
    /// from others").
    fn part_of_total(&self, k: usize) -> Option<&'static str> {
        let money = |i: usize| {
            self.mentions
                .get(i)
                .filter(|x| x.kind == MentionKind::Money)
        };
        let (total, first, second, which) = match (k.checked_sub(1).and_then(money), money(k + 1)) {
            (Some(total), Some(second)) => (total, &self.mentions[k], second, "tranche_initial"),
            _ => {
                let total = money(k.checked_sub(2)?)?;
                (
                    total,
                    money(k - 1)?,
                    &self.mentions[k],
                    "tranche_contingent",
                )
            }
        };
        let between = |a: &Mention, b: &Mention| self.words_in(a.span.end, b.span.start);
        let second_clause = self.clause_of(second.span.start);
        let same_unit = total.unit == first.unit && first.unit == second.unit;
        let adds_up = first.range.is_none()
            && second.range.is_none()
            && first.value + second.value == total.value;
        if !same_unit
            || !adds_up
            || between(total, first)
                .last()
                .is_none_or(|w| w.lower != "with")
            || !between(first, second).iter().any(|w| w.lower == "and")
            || self
                .orgs_in(first.span.start, second_clause.end)
                .next()
                .is_some()
        {
            return None;
        }
        // A date or a month (capitalised: not the verb "may") after the first part.
        let rest = Span::new(first.span.end, second_clause.end);
        let dated = self.mentions.iter().any(|x| {
            matches!(x.kind, MentionKind::Date | MentionKind::Year) && rest.contains(x.span)
        }) || self
            .words_in(rest.start, rest.end)
            .iter()
            .any(|w| self.month_of(w).is_some());
        dated.then_some(which)
    }

    /// The month `w` names, written with a capital ("in May"; not the verb "may").
    fn month_of(&self, w: &W) -> Option<u32> {
        if !self.text[w.span.start..].starts_with(char::is_uppercase) {
            return None;
        }
        super::lexicon::MONTHS
            .iter()
            .find(|(name, _)| *name == w.lower)
            .map(|&(_, m)| m)
    }

    /// Whether the figure at `m` is paid by the article's investee: its cue starts with a
    /// verb of paying ([`PAYER_VERBS`]), and the party named last before the cue in its
    /// clause (not a possessive) is the investee, nothing after the figure saying "from" whom.
    fn investee_pays(&self, m: Span, cue: Span) -> bool {
        let Some(investee) = &self.parties.investee else {
            return false;
        };
        let clause = self.clause_of(m.start);
        let paying = self
            .words_in(cue.start, cue.end)
            .first()
            .is_some_and(|w| PAYER_VERBS.contains(&w.low()));
        paying
            && self
                .orgs_in(clause.start, cue.start)
                .last()
                .is_some_and(|e| !e.possessive && &e.name == investee)
            && !self
                .words_in(m.end, clause.end)
                .iter()
                .take(6)
                .any(|w| w.lower == "from")
    }

    /// Whether the contract's figure at `m` (its cue at `cue`) is the price of a company: paid
    /// for a party named right after "for" ("agreed to pay $3 billion for Windsurf"; not "for
    /// a license", "for Windsurf's technology", "for Nvidia chips"), or the value of an
    /// agreement to buy one ("a $3 billion agreement to buy the startup").
    /// With the company when the text names it there (else the article's target).
    fn price_of_a_company(&self, m: Span, cue: Span) -> Option<Option<Arc<str>>> {
        let clause = self.clause_of(m.start);
        let cue_words = self.words_in(cue.start, cue.end);
        let last = cue_words.last()?;
        // The party a word opens, when nothing but a word of linking, or an apposition ("for
        // Kellanova, one of the largest deals of the year"; not a list: "for Nvidia, AMD and
        // Intel chips"), follows it.
        let party_at = |n: &W| {
            self.orgs_in(n.span.start, clause.end).next().filter(|e| {
                e.span.start == n.span.start
                    && !e.possessive
                    && crate::entities::paid_for_itself(
                        self.text,
                        e.span.end,
                        self.words_in(e.span.end, clause.end).first().map(W::low),
                    )
            })
        };
        if cue.end <= m.start {
            let after = self.words_in(m.end, clause.end);
            if !SPEND_VERBS.contains(&last.low()) {
                return None;
            }
            // "pay $3 billion for Windsurf", "pay $20 billion to buy Albertsons"; the form of
            // the money between ("pay $40 billion in Class A stock to acquire Kestrel").
            let after = match after {
                [w, rest @ ..] if w.lower == "in" => rest
                    .iter()
                    .take(4)
                    .position(|w| MONEY_FORM_NOUNS.contains(&w.low()))
                    .map_or(after, |p| &rest[p + 1..]),
                _ => after,
            };
            let party = match after {
                [w, ..] if w.lower == "for" => after.get(1),
                [to, buy, ..] if to.lower == "to" && buying(buy) => after.get(2),
                _ => return None,
            };
            // ("pay $18 billion to buy coffee brand Vantor's": a short description may come
            // before the name.)
            let described = |n: &W| {
                let e = self.orgs_in(n.span.start, clause.end).next()?;
                let w = self.words_in(e.span.start, clause.end).first()?;
                (crate::entities::description_of_a_name(&self.text[n.span.start..e.span.start])
                    && self.words_in(n.span.start, e.span.start).len() <= 4)
                    .then_some(w)
                    .and_then(party_at)
            };
            return party
                .and_then(|n| party_at(n).or_else(|| described(n)))
                .map(|e| Some(e.name.clone()));
        }
        let after = self.words_in(cue.end, clause.end);
        (DEAL_NOUNS.contains(&last.low())
            && after.first().is_some_and(|w| w.lower == "to")
            && after.get(1).is_some_and(|w| {
                BUY_WORDS.contains(&w.low()) || ACQUISITION_WORDS.contains(&w.low())
            }))
        .then(|| after.get(2).and_then(party_at).map(|e| e.name.clone()))
    }

    /// Whether the `k`th figure is the first part of money whose later part follows it at
    /// once: "$5 billion with up to $20 billion more tied to commercial targets", "$10
    /// billion now, with another $30 billion contingent on milestones" — the next figure is a
    /// contingent tranche, and at most five words, "with", "and" or "plus" among them, stand
    /// between the two.
    fn before_contingent_part(&self, k: usize) -> bool {
        let m = &self.mentions[k];
        let Some(next) = self
            .mentions
            .get(k + 1)
            .filter(|n| n.kind == MentionKind::Money && n.unit == m.unit)
        else {
            return false;
        };
        let between = self.words_in(m.span.end, next.span.start);
        // ("will invest $10 billion in Beta, and the remaining $6 billion ...": after a comma,
        // the remainder is of the figure before, a total.)
        let remainder_of_it = self.text[m.span.end..next.span.start].contains(',')
            && between
                .last()
                .is_some_and(|w| REMAINDER_WORDS.contains(&w.low()));
        if between.len() > 5
            || remainder_of_it
            || !between
                .iter()
                .any(|w| matches!(w.low(), "with" | "and" | "plus"))
        {
            return false;
        }
        let (bw, aw) = self.windows(k + 1, next);
        self.money_attribute(next.span.end, bw, aw)
            .is_some_and(|(a, _)| a == "tranche_contingent")
    }

    /// A figure without a cue of its own that comes from a party named right after it, in a
    /// sentence that has just given money raised or invested: "raised $40 billion, with $10
    /// billion from Beta and $30 billion from Gamma", "including $10 billion from Beta", "of
    /// which $10 billion came from Beta". Returns the span from the figure to the party, and
    /// the party.
    fn part_from_investor(&self, m: &Mention, out: &[Claim]) -> Option<(Span, Arc<str>)> {
        out.last().filter(|p| {
            p.sentence == self.sentence.span
                && matches!(
                    &*p.attribute,
                    "round_size" | "deal_total" | "investor_amount"
                )
        })?;
        let clause = self.clause_of(m.span.start);
        let aw = self.words_in(m.span.end, clause.end);
        let from = aw
            .iter()
            .take(3)
            .position(|w| w.lower == "from")
            .filter(|&i| aw[..i].iter().all(|w| COMING_WORDS.contains(&w.low())))?;
        let at = aw[from].span.end;
        let e = self
            .orgs_in(at, clause.end)
            .next()
            .filter(|e| self.text[at..e.span.start].trim().is_empty())?;
        Some((Span::new(m.span.start, e.span.end), e.name.clone()))
    }

    fn paired(&self, k: usize) -> Option<&Mention> {
        let (a, b) = (self.mentions.get(k)?, self.mentions.get(k + 1)?);
        // (Asked of every sum, up to three times: the text between is read only for two sums
        // in different units of which the second closes a parenthesis.)
        if !(a.kind == MentionKind::Money && b.kind == MentionKind::Money && a.unit != b.unit) {
            return None;
        }
        let after = self.text[b.span.end..].trim_start();
        let between = self.text[a.span.end..b.span.start].trim();
        // ("31.85 euro, or about $37, a share": the same amount set off by commas.)
        if after.starts_with(',') {
            let aside = between.strip_prefix(',').map(str::trim_start);
            return aside
                .and_then(|a| a.strip_prefix("or"))
                .is_some_and(|rest| {
                    matches!(
                        rest.trim(),
                        "" | "about" | "around" | "roughly" | "approximately" | "some"
                    )
                })
                .then_some(b);
        }
        if !after.starts_with(')') {
            return None;
        }
        // ("a $2.3 billion Series D funding round (around ¥16.3 billion)": a few words of
        // what the figure is may stand before the parenthesis.)
        let (named, open) = between.rsplit_once('(')?;
        let short_noun = named.split_whitespace().count() <= 5 && !named.contains([',', ';', '.']);
        (short_noun
            && matches!(
                open.trim(),
                "" | "about" | "around" | "roughly" | "approximately" | "or"
            ))
        .then_some(b)
    }

    /// Whether figure `m` (after the words `bw` of its `clause`) is a share's market price
    /// ("jumped 22% to close at $37.05", "stock had fallen 8% on the year to $119.71 a share")
    /// or an analyst's target for it ([`analyst_target`]).
    fn market_figure(&self, m: &Mention, bw: &[W], clause: Span) -> bool {
        find_before(bw, cues!(MARKET_PRICE_LEADS), 0).is_some()
            || (bw.last().is_some_and(|w| w.lower == "at")
                && trades_at(self.words_in(clause.start, m.span.start)))
            || (bw.last().is_some_and(|w| w.lower == "to")
                && moved_to(self.words_in(clause.start, m.span.start)))
            || analyst_target(bw)
    }

    /// A company's income, no term of a deal: a sum after a verb or a noun of income in its
    /// clause ("OpenAI generates somewhere around $10-13 billion annually", "the revenue
    /// forecast was raised from $10.50 billion", "earnings per share for 2026 to $3.65";
    /// [`REVENUE_VERBS`], [`REVENUE_NOUNS`]), right after a noun of a result and its "of" ("a
    /// loss of $0.07 per share": [`RESULT_NOUNS`]), or followed by "in" or "of" and a noun of
    /// income or of a deal's benefit within three words ("$317 billion in future contract
    /// revenue", "~$2.75 billion in annualized synergies": [`BENEFIT_NOUNS`]).
    fn income_figure(&self, m: &Mention, bw: &[W], aw: &[W]) -> bool {
        // (Asked of every sum: most words before one begin like no word of income, and its
        // clause is looked up only for one.)
        let income = |w: &W| {
            (starts_like(REVENUE_VERBS, w.low()) || starts_like(REVENUE_NOUNS_BEFORE, w.low()))
                && (REVENUE_VERBS.contains(&w.low()) || REVENUE_NOUNS_BEFORE.contains(&w.low()))
        };
        bw.iter()
            .rev()
            .take(8)
            .find(|w| income(w))
            .is_some_and(|w| w.span.start >= self.clause_of(m.span.start).start)
            || (bw.last().is_some_and(|w| w.lower == "of")
                && bw.len() >= 2
                && RESULT_NOUNS.contains(&bw[bw.len() - 2].low()))
            || (aw.first().is_some_and(|w| matches!(w.low(), "in" | "of"))
                && aw[1..aw.len().min(4)]
                    .iter()
                    .any(|w| REVENUE_NOUNS.contains(&w.low()) || BENEFIT_NOUNS.contains(&w.low())))
    }

    /// The next price of a list of prices paid for companies ("paid $3.35 billion for
    /// Chronosphere, $500 million for Protect AI, and ..."): the sentence's last claim is a
    /// price, only "for", a company's name and a comma (or "and") stand between its figure
    /// and this one, and "for" and a company follow this one, paid for itself or the list
    /// going on after it. The company, the list's buyer and the "for" (the cue).
    fn listed_price(
        &self,
        m: &Mention,
        aw: &[W],
        out: &[Claim],
    ) -> Option<(Arc<str>, Option<Arc<str>>, Span)> {
        let for_ = aw.first().filter(|w| w.lower == "for")?;
        let prev = out
            .iter()
            .rev()
            .take_while(|c| c.sentence == self.sentence.span)
            .find(|c| c.status == Status::Current)
            .filter(|c| c.attribute == "acquisition_price")?;
        let start = m
            .qualifier_span
            .map_or(m.span.start, |q| q.start.min(m.span.start));
        // A company's name: a party starts it, and it runs on over the capitalised words after
        // the party ("Protect AI"): where it ends.
        let name_end = |e: &EntityMention, limit: usize| {
            self.words_in(e.span.end, limit)
                .iter()
                .take_while(|w| self.text[w.span.start..].starts_with(char::is_uppercase))
                .last()
                .map_or(e.span.end, |w| w.span.end)
        };
        let a_name = |from: usize, to: usize| {
            self.orgs_in(from, to).next().is_some_and(|e| {
                self.text[from..e.span.start].trim().is_empty()
                    && self.text[name_end(e, to)..to].trim().is_empty()
            })
        };
        // (The price before may be a list's item already, its quote ending with its "for".)
        let from = if prev.quote.ends_with(" for") {
            prev.span.end - "for".len()
        } else {
            prev.span.end
        };
        let between = self.text.get(from..start)?;
        let trimmed = between.trim_end();
        let trimmed = trimmed.strip_suffix("and").map_or(trimmed, str::trim_end);
        let listed = trimmed.strip_suffix(',')?;
        let after_for = self.words_in(from, from + listed.len());
        if !matches!(after_for.first(), Some(f) if f.lower == "for")
            || !a_name(after_for[0].span.end, from + listed.len())
        {
            return None;
        }
        let clause = self.clause_of(m.span.start);
        let company = self.orgs_in(for_.span.end, clause.end).next().filter(|e| {
            self.text[for_.span.end..e.span.start].trim().is_empty() && !e.possessive
        })?;
        // After the company's name the list goes on, or the company is paid for itself.
        let name_end = name_end(company, clause.end);
        let goes_on = self.text[name_end..].starts_with(',');
        if !goes_on
            && !crate::entities::paid_for_itself(
                self.text,
                name_end,
                self.words_in(name_end, clause.end).first().map(W::low),
            )
        {
            return None;
        }
        Some((company.name.clone(), prev.investor.clone(), for_.span))
    }

    /// "would pay $83.50 per share, or almost $29 billion", "$25 a share in cash, or about $8
    /// billion": in an article about an acquisition, a sum right after a price per share of
    /// its sentence and "or" (a consideration's words between) is the price of all the
    /// shares; the per-share claim's quote, the cue.
    fn shares_total(&self, m: &Mention, out: &[Claim]) -> Option<Span> {
        if !self.acquisition {
            return None;
        }
        let per_share = out
            .iter()
            .rev()
            .take_while(|c| c.sentence == self.sentence.span)
            .find(|c| c.attribute == "price_per_share")?;
        let start = m
            .qualifier_span
            .map_or(m.span.start, |q| q.start.min(m.span.start));
        let between = self.text.get(per_share.span.end..start)?;
        let (before_or, last) = between.trim_end().rsplit_once(char::is_whitespace)?;
        let joins = last == "or"
            && before_or
                .split_whitespace()
                .map(|w| w.trim_matches(','))
                .all(|w| w.is_empty() || matches!(w, "in" | "cash"));
        joins.then_some(per_share.span)
    }

    fn money(&self, k: usize, m: &Mention, out: &mut Vec<Claim>) {
        if k > 0 && self.paired(k - 1).is_some() {
            return; // the parenthesised equivalent of the figure before it
        }
        let (bw, aw) = self.windows(k, m);
        // "The total value of the deal eclipses the $32 billion price paid to take TXU
        // private": words before a verb of surpassing are the other figure's, not this one's.
        let bw = match bw.iter().rposition(|w| SURPASSING_VERBS.contains(&w.low())) {
            Some(v) => &bw[v + 1..],
            None => bw,
        };
        // "jumped 22% to close at $37.05": the stock's market price.
        // "gives shareholders $17.6 billion more in cash than the Netflix deal": the gap
        // between two figures, no figure of either.
        // ("raised $450 million less than a year ago": a time, not a second figure; "a round
        // of $2.5 billion, more than doubling its valuation": after a comma, the clause's.)
        if aw.first().is_some_and(|w| {
            DIFFERENCE_WORDS.contains(&w.low())
                && !self.text[m.span.end..w.span.start].contains(',')
        }) && let Some(than) = aw.iter().take(8).position(|w| w.lower == "than")
            && !aw[than + 1..aw.len().min(than + 4)]
                .iter()
                .any(|w| TIME_UNITS.contains(&w.low().trim_end_matches('s')))
        {
            return;
        }
        // "$10 billion under the acquisition price": likewise a gap.
        if let Some(e) = GAP_WORDS.iter().find_map(|g| phrase_at(aw, 0, g))
            && aw.get(e).is_some_and(|w| {
                matches!(w.low(), "the" | "its" | "their" | "that") || w.bare_len < w.lower.len()
            })
            && aw[e + 1..aw.len().min(e + 4)]
                .iter()
                .any(|w| GAPPED_NOUNS.contains(&w.low()))
        {
            return;
        }
        let clause = self.clause_of(m.span.start);
        if self.market_figure(m, bw, clause)
            || self.income_figure(m, bw, aw)
            || legal_figure(aw)
            || security_term(bw)
        {
            return;
        }
        // The words after a parenthesised equivalent belong to the pair; words of what the
        // figure is before the parenthesis ("$2.3 billion Series D funding round (around ¥16.3
        // billion)") are its own.
        let aw = match self.paired(k) {
            Some(p)
                if !self.text[m.span.end..p.span.start]
                    .trim_start()
                    .starts_with(['(', ',']) =>
            {
                let open = self.text[m.span.end..p.span.start]
                    .rfind('(')
                    .map_or(p.span.start, |i| m.span.end + i);
                self.words_in(m.span.end, open)
            }
            Some(p) => {
                let clause = self.clause_of(m.span.start);
                // (After its closing parenthesis, or the comma closing "or about $37,".)
                let close = self.text[p.span.end..]
                    .find([')', ','])
                    .map_or(p.span.end, |i| p.span.end + i + 1);
                let next = self.mentions[k + 2..]
                    .iter()
                    .find(|x| x.kind == MentionKind::Money)
                    .map_or(clause.end, |x| x.span.start.min(clause.end));
                self.words_in(close, next.max(close))
            }
            None => aw,
        };
        let qualifier_span = m.qualifier_span.unwrap_or(m.span);
        let base = m.span.union(qualifier_span);
        let separate = self.separate
            || self
                .before(Table::Separate, bw, cues!(SEPARATE_CUES), 1)
                .is_some();
        if let Some(parties) = self.each_parties(m, bw, aw) {
            let subject = self.investee(m.span);
            for p in parties {
                let mut d = self.money_draft("investor_amount", m, base, subject.clone(), Some(p));
                d.quote = self.each_quote(m);
                self.push_scoped(d, separate, out);
            }
            return;
        }
        // "could reach $10 billion, up from the $5 billion it sought": the earlier figure of
        // a comparison is the same kind of figure as the one it is compared with.
        // "a fee of $2 billion ..., rising to $3 billion": the same kind of figure, later.
        // Only this sentence's claims are looked at: they are the last ones pushed.
        // ("more than twice the $7 billion it paid for Mellanox": a figure of another deal,
        // its party named right after a "for" within four words, is no earlier figure of this
        // one.)
        let for_party = aw.iter().take(4).find(|w| w.lower == "for").and_then(|f| {
            self.orgs_in(f.span.end, self.sentence.span.end)
                .next()
                .filter(|e| self.words_in(f.span.end, e.span.start).is_empty())
        });
        let earlier_in_sentence = |c: Span| {
            out.iter()
                .rev()
                .take_while(|p| p.sentence == self.sentence.span)
                .find(|p| p.span.end <= c.start && p.unit == m.unit)
                .filter(|p| {
                    for_party.is_none_or(|e| {
                        p.subject.contains(&*e.name) || p.investor.as_deref() == Some(&*e.name)
                    })
                })
                .map(|p| {
                    let part =
                        (p.scope.as_deref() == Some(CASH_PART_SCOPE)).then_some(CASH_PART_SCOPE);
                    (p.attribute.clone(), c, part)
                })
        };
        // ("the total it has raised to $3 billion": money raised, not a figure raised.)
        let continued = self
            .before(Table::Continuation, bw, cues!(CONTINUATION_CUES), 1)
            .filter(|c| {
                !bw.iter()
                    .rev()
                    .find(|w| w.span.end <= c.start)
                    .is_some_and(|w| matches!(w.low(), "has" | "have" | "had"))
            })
            .and_then(earlier_in_sentence);
        let baseline = self
            .before(Table::Comparison, bw, cues!(COMPARISON_CUES), 1)
            .and_then(earlier_in_sentence);
        let found = match baseline.as_ref().or(continued.as_ref()) {
            Some((attr, c, _)) => MONEY_RULES
                .iter()
                .map(|r| r.attribute)
                .chain(DERIVED_ATTRIBUTES.iter().copied())
                .find(|a| *a == attr)
                .map(|a| (a, *c)),
            // "$55-a-share": per-share words joined to the figure are in no word after it.
            None => PER_SHARE_SUFFIXES
                .iter()
                .find(|s| self.text[m.span.end..].starts_with(*s))
                .map(|s| {
                    (
                        "price_per_share",
                        Span::new(m.span.end, m.span.end + s.len()),
                    )
                })
                .or_else(|| self.money_attribute(m.span.end, bw, aw)),
        };
        // "will provide $10 billion in April and the remaining $30 billion by the end of the
        // year": the figure before "and the remaining", in one clause, is the first tranche
        // ("will invest $10 billion in Beta, and the remaining $6 billion may depend on an
        // IPO": after a comma, the remainder is of the figure before); so is a figure with no
        // cue of its own ("raise $40 billion, with $10 billion due in April and the remaining
        // $30 billion ...").
        let first_tranche = aw.iter().any(|w| w.lower == "and")
            && aw.last().is_some_and(|l| {
                REMAINDER_WORDS.contains(&l.low())
                    && !self.text[m.span.end..l.span.start].contains(',')
            })
            && self.money_after(m.span.end).is_some();
        let found = found
            .or(first_tranche.then_some(("tranche_initial", m.span)))
            .or_else(|| self.part_of_total(k).map(|a| (a, m.span)))
            .or_else(|| {
                self.before_contingent_part(k)
                    .then_some(("tranche_initial", m.span))
            });
        // "a $1 billion termination fee plus a $6 billion deferred services fee": a fee added
        // to a termination fee is owed when it is (a part of what is owed in all).
        let added_fee = self.added_fee(m, bw, aw, out);
        let found = added_fee.or(found);
        // "would pay $83.50 per share, or almost $29 billion": what the shares cost in all.
        let found = found.or_else(|| self.shares_total(m, out).map(|c| ("acquisition_price", c)));
        // "the valuation jumped from $9.9 billion at the end of the previous funding round in
        // June to $29.3 billion": the figure a change goes "to" is of what the figure it came
        // "from" is (the words between may hold another table's cue).
        let found = self.changed_to(k, bw, out).or(found);
        // "the right to acquire Kestrel for $40 billion or pay $5 billion for the work
        // together": what is paid instead of buying is paid if the deal is not done.
        let found = self.alternative_payment(m, out).or(found);
        // "paid $3.35 billion for Chronosphere, $500 million for Protect AI": the next price
        // of a list, its company after "for", its buyer the list's.
        let listed = if found.is_none() {
            self.listed_price(m, aw, out)
        } else {
            None
        };
        let found = found.or(listed.as_ref().map(|l| ("acquisition_price", l.2)));
        // (A part from a party named right after it: that party's.)
        let from_party = match found {
            Some(_) => None,
            None => self.part_from_investor(m, out),
        };
        let Some((attribute, cue)) =
            found.or_else(|| from_party.as_ref().map(|(c, _)| ("investor_amount", *c)))
        else {
            return;
        };
        // "disclosed the $15,000 - $50,000 purchase of Acme shares": shares bought, money put
        // in the company, not its price.
        // ("a purchase of Acme shares worth $15,000": a trade in the shares, named before the
        // figure, is no term of the deal and no party's stake the article tells of.)
        if attribute == "acquisition_price" && self.shares_bought_before(bw) {
            return;
        }
        let debt_opener = (attribute == "acquisition_price")
            .then(|| self.opens_counting_debt(m.span.start))
            .flatten();
        let attribute = if attribute == "acquisition_price" && self.shares_bought_at(cue.end) {
            "investor_amount"
        } else if attribute == "acquisition_price" && m.value < Decimal::from(SHARE_PRICE_CEILING) {
            // "cruising toward the agreed-upon takeover price of $11.45": no company is bought
            // for a sum under a thousand written without a scale word; it is a price a share.
            "price_per_share"
        } else if attribute == "acquisition_price" && debt_opener.is_some() {
            "enterprise_value"
        } else {
            attribute
        };
        // (The quote shows the debt counted: "Counting debt ..., the transaction is valued at
        // nearly $24 billion".)
        let cue = match debt_opener {
            Some(opener) if attribute == "enterprise_value" => cue.union(opener),
            _ => cue,
        };
        // "US technology companies sold about $157 billion of bonds through late September":
        // many companies' money, no party named before it in its clause, is a market's figure.
        if self.mask.has(Table::MarketSubjectNouns)
            && find_any(bw, cues!(MARKET_SUBJECT_NOUNS)).is_some()
            && self.orgs_in(clause.start, m.span.start).next().is_none()
        {
            return;
        }
        // "pledged to spend as much as $65 billion on capital projects": spending is a
        // contract's value only when the clause names who is paid ("spend $38 billion on AWS",
        // "pay Oracle $30 billion").
        // "a deal valued at $17.4 billion with an option to spend up to $19.4 billion", "the
        // contract was worth $17.4bn ..., but it could expand to $19.4bn if ...": after a
        // contract's value in the sentence, a larger figure it may grow to is the same
        // contract's (at most that figure), and one added to it ("the option to buy an
        // additional $2 billion of services") an increment of it.
        // (Or in the sentence right before, in the same paragraph: "The total contract value
        // is about $17.4 billion. Corvex can also buy more capacity, which would lift the
        // total to about $19.4 billion.")
        // (One pass back over the claims of this sentence and the one before; the text
        // between the two is read only for a contract found there.)
        let mut previous = None;
        let contract_before = out
            .iter()
            .rev()
            .take_while(|p| {
                p.sentence == self.sentence.span
                    || *previous.get_or_insert(p.sentence) == p.sentence
            })
            .find(|p| p.attribute == "contract_value" && p.unit == m.unit)
            .filter(|p| {
                !self.acquisition
                    && (p.sentence == self.sentence.span || {
                        let s = p.sentence;
                        s.end <= self.sentence.span.start
                            && self.text[s.end..self.sentence.span.start].trim().is_empty()
                            && !self.text[s.end..self.sentence.span.start].contains("\n\n")
                    })
            })
            .map(|p| (p.span.end, p.value.clone()));
        let grows_contract = contract_before.and_then(|(end, value)| {
            let larger = match value {
                Value::Number(v) => m.value > v,
                _ => false,
            };
            let grown = self
                .words_in(end, m.span.start)
                .iter()
                .any(|w| CONTRACT_GROWTH_CUES.contains(&w.low()));
            let added = self
                .before(Table::Increment, bw, cues!(INCREMENT_CUES), 1)
                .is_some();
            // (Not in a sentence of money put in: "an additional $4 billion investment".)
            (matches!(
                attribute,
                "contract_value" | "tranche_contingent" | "cumulative_total" | "deal_total"
            ) && (added || (larger && grown))
                && !self.invests_only())
            .then_some(added)
        });
        if attribute == "contract_value"
            && grows_contract.is_none()
            && self
                .words_in(cue.start, cue.end)
                .last()
                .is_some_and(|w| SPEND_VERBS.contains(&w.low()))
            && self.orgs_in(cue.end, clause.end).next().is_none()
        {
            return;
        }
        if attribute == "contract_value" && self.others_after(m.span.end) {
            return;
        }
        let mut attribute = attribute;
        if attribute == "deal_total" && (first_tranche || self.before_contingent_part(k)) {
            attribute = "tranche_initial";
        }
        // "valued at $17.4 billion over five years", "the contract was worth $17.4bn over the
        // next five years", "provide GPU capacity to Corvex in a deal valued at $17.4 billion":
        // a value spread over a term, a contract's worth, or a deal of goods and services
        // supplied is a contract's value, not a company's or money put in.
        if matches!(attribute, "valuation_unspecified" | "deal_total")
            && !self.acquisition
            && (self.term_right_after(k)
                || self.contract_noun_before(bw, cue)
                || self.supply_deal())
        {
            attribute = "contract_value";
        }
        // "The contract runs through 2029 — $6.3 billion if it runs to term": what a contract
        // comes to on a condition is the contract's value, no tranche of money put in.
        if attribute == "tranche_contingent"
            && !self.acquisition
            && !self.invests_only()
            && self.opens_with_contract(m.span.start)
        {
            attribute = "contract_value";
        }
        if grows_contract.is_some() {
            attribute = "contract_value";
        }
        // "The deal is estimated to be worth $10 billion": in an acquisition, what the deal
        // that opens the clause is worth is its price.
        if attribute == "valuation_unspecified"
            && self.acquisition
            && self
                .words_in(cue.start, cue.end)
                .last()
                .is_some_and(|w| w.lower == "worth")
            && matches!(
                self.words_in(self.clause_of(m.span.start).start, cue.start),
                [det, noun, ..] if BACK_DETERMINERS.contains(&det.low())
                    && PRICED_DEAL_NOUNS.contains(&noun.low())
            )
        {
            attribute = "acquisition_price";
        }
        // "Reports peg the total value around $300 billion": what a deal comes to in all is
        // no company's valuation; where its sentence does not say whose, no claim.
        // (The noun only: "The deal values Anthropic at" is a valuation.)
        if attribute == "valuation_unspecified"
            && self
                .words_in(cue.start, cue.end)
                .first()
                .is_some_and(|w| w.lower == "value")
            && self
                .words_in(self.sentence.span.start, cue.start)
                .last()
                .is_some_and(|w| DEAL_VALUE_LEADS.contains(&w.low()))
        {
            return;
        }
        // "Anthropic commits $100 billion to Amazon Web Services", "as the startup pledges
        // $100 billion to AWS": what the company invested in pays out is its spending, a
        // contract, not the investor's money.
        if attribute == "deal_total" && self.investee_pays(m.span, cue) {
            attribute = "contract_value";
        }
        // "agreed to pay $3 billion for Windsurf", "the collapse of OpenAI's $3 billion
        // agreement to buy the startup": what is paid for a company is its price.
        let mut bought = listed.as_ref().map(|l| l.0.clone());
        if matches!(attribute, "contract_value" | "acquisition_price")
            && let Some(company) = self.price_of_a_company(m.span, cue)
        {
            attribute = "acquisition_price";
            bought = company;
        }
        // "Founded in 2021, Vantor has raised more than $200 million from investors including
        // Gamma": at least a figure a company "has raised", no round named in the sentence, is
        // all it has raised, not one round.
        if attribute == "round_size"
            && m.qualifier == Qualifier::AtLeast
            && self
                .words_in(cue.start, cue.end)
                .first()
                .is_some_and(|w| RAISED_WORDS.contains(&w.low()))
            && bw
                .iter()
                .rev()
                .find(|w| w.span.end <= cue.start)
                .is_some_and(|w| matches!(w.low(), "has" | "have"))
            && !(self.mask.has(Table::RoundNouns)
                && find_any(self.ws, cues!(ROUND_NOUNS)).is_some())
            && !self.mask.has(Table::RoundLabel)
        {
            attribute = "cumulative_total";
        }
        // "ARR guidance raised to as much as $1.1 billion": a measure raised to a figure is
        // no money raised.
        if attribute == "round_size"
            && self
                .words_in(cue.end, m.span.start)
                .first()
                .is_some_and(|w| w.lower == "to")
            && self
                .words_in(clause.start, cue.start)
                .iter()
                .rev()
                .take(3)
                .any(|w| MEASURE_NOUNS.contains(&w.low()))
        {
            return;
        }
        // "is selling $1 billion of new shares": the company's own equity raised.
        if attribute == "investor_amount"
            && bw
                .last()
                .is_some_and(|w| SELL_SHARES_VERBS.contains(&w.low()))
            && aw.iter().take(3).any(|w| w.lower == "new")
        {
            attribute = "equity_financing";
        }
        // "raised $2 billion by selling notes": borrowed.
        if attribute == "equity_financing"
            && find_any(&aw[..aw.len().min(8)], cues!(DEBT_NOUNS)).is_some()
        {
            attribute = "debt_financing";
        }
        let mut status = Status::Current;
        let earlier_arrangement = earlier_arrangement_of(bw);
        // ("OpenAI's current $6.5 billion fundraising round": the round at hand.)
        let prior = self
            .before(Table::Prior, bw, cues!(PRIOR_CUES), 1)
            .filter(|c| !(attribute == "round_size" && c.slice(self.text) == "current"));
        if (prior.is_some() || earlier_arrangement.is_some()) && attribute != "tranche_contingent" {
            status = Status::Prior;
            // "their existing $38 billion deal": an earlier contract; "an earlier commitment
            // of $8 billion" stays money put in.
            if attribute == "deal_total"
                && earlier_arrangement.is_none_or(|noun| !INVEST_NOUNS_OF_PRIOR.contains(&noun))
            {
                attribute = "contract_value";
            }
        } else if (self
            .before(Table::Superseded, bw, cues!(SUPERSEDED_CUES), 3)
            .is_some_and(|c| {
                !self.first_step(c, m.span.start)
                    && !self.time_span_before(c)
                    && !self.standing_since(c)
            })
            // "above the $20.47 per share the government paid": another party's figure,
            // compared with, is not replaced; an offer is ("higher than the $23 billion Google
            // offered"), and so is what the article's investor paid before, unless the figure
            // it is compared with is another party's ("Corvex's $5.8 billion fee, higher than
            // the $5 billion Vantor offered").
            && self
                .payer_after(m.span, clause)
                .is_none_or(|(payer, offered)| {
                    !self.paid_by_a_rival(&payer, out)
                        && (offered || Some(&payer) == self.parties.investor.as_ref())
                }))
            || self.shift_from(m, bw)
            || self.opens_with_earlier_reports(m.span.start)
        {
            status = Status::Superseded;
        } else if matches!(attribute, "acquisition_price" | "price_per_share")
            && self
                .before(Table::EarlierOffer, bw, cues!(EARLIER_OFFER_CUES), 2)
                .is_some_and(|cue| !self.refused_now(cue, clause))
        {
            // "Google's initial $23 billion offer": an offer the deal replaced.
            status = Status::Superseded;
        }
        let mut cue = cue;
        if status == Status::Current
            && let Some(verb) = self.hypothetical_reduction(m, bw)
        {
            status = Status::Conditional;
            // "could be reduced to $20 billion if ...": the condition is the reduction's, and
            // the amount that of the money named before it.
            if attribute == "tranche_contingent" {
                attribute = "deal_total";
            }
            cue = verb;
        }
        // "Vantor would pay $31 a share if talks were allowed": a price floated on a
        // condition, not a bid made.
        if status == Status::Current
            && matches!(
                attribute,
                "price_per_share" | "acquisition_price" | "enterprise_value"
            )
            && self.floated(m.span, clause)
        {
            status = Status::Conditional;
        }
        let mut as_of = None;
        // "a $5.8 billion fee, higher than the $5 billion Vantor offered": the figure compared
        // with is the other party's own, not an earlier one.
        let rival = || {
            self.payer_after(m.span, clause)
                .is_some_and(|(payer, _)| self.paid_by_a_rival(&payer, out))
        };
        if baseline.is_some() && !rival() {
            status = Status::Superseded;
        } else if status == Status::Current
            && let Some(when) = self.dated_before_article(k, m.span.end, bw, aw)
        {
            // "$61.5 billion in March" in an article of July: an earlier figure.
            status = Status::Prior;
            as_of = when;
            // "was valued at $43 billion after it raised $500 million in September 2023": the
            // valuation that dated round set is as old.
            // (The link stands right before this figure: "after the investment" ending the
            // figure before is that figure's own.)
            if bw[bw.len().saturating_sub(4)..]
                .iter()
                .any(|w| TIME_LINKS.contains(&w.low()))
                && let Some(p) = out.last_mut().filter(|p| {
                    p.sentence == self.sentence.span
                        && p.status == Status::Current
                        && p.attribute.starts_with("valuation")
                })
            {
                p.status = Status::Prior;
                p.as_of = as_of.clone();
            }
        } else if status == Status::Current
            && let Some(p) = out
                .last()
                .filter(|p| p.sentence == self.sentence.span && p.status == Status::Prior)
            && (bw.iter().any(|w| w.lower == "when") || describes_the_figure_before(bw))
        {
            // "... in March, when it raised $3.5 billion": the same earlier time; "raised $1
            // billion in 2024 in a round that valued it at $13.8 billion": the same round.
            status = Status::Prior;
            as_of = p.as_of.clone();
        }
        // ("backed by $54 billion of debt", "and by $2 billion of equity": "by" after a
        // word of backing or a conjunction gives the means, not a change.)
        let by_means =
            matches!(bw, [.., w, by] if by.lower == "by" && MEANS_BEFORE_BY.contains(&w.low()));
        // ("a $1.5 billion breakup fee and an additional $8.5 billion deferred services fee":
        // a second fee owed beside the first, no change of it.)
        let increment = attribute != "tranche_contingent"
            && !by_means
            && !(attribute == "termination_fee" && added_fee.is_some())
            && self
                .before(Table::Increment, bw, cues!(INCREMENT_CUES), 1)
                .is_some();
        // "$6.8 billion in upfront cash consideration" in an article that has told of a price
        // in cash and stock: the cash part, no price of the deal.
        // (Not a first tranche for its "upfront" either.)
        if matches!(attribute, "acquisition_price" | "tranche_initial")
            && aw.iter().take(3).any(|w| matches!(w.low(), "in" | "of"))
            && (0..aw.len().min(4)).any(|k| {
                CASH_PART_NOUNS
                    .iter()
                    .any(|c| phrase_at(aw, k, c).is_some())
            })
            && out.iter().any(|c| {
                c.attribute == "consideration_type"
                    && matches!(&c.value, Value::Text(t) if t == "cash and stock")
            })
        {
            return;
        }
        let quote = base.union(cue);
        // "The combined company, valued at about $28 billion": the worth of the company the
        // deal makes, keyed by the deal's parties.
        // ("The combined entity will have a market capitalization exceeding $250 billion":
        // its market value likewise.)
        if (attribute.starts_with("valuation") || attribute == "market_value")
            && self.combined_company_before(m.span.start)
        {
            attribute = "combined_value";
        }
        // "is worth $4.9 billion upfront and up to $7.3 billion if every milestone is met":
        // in an acquisition, a cap after the sentence's price is the price's cap, not a
        // later part of it.
        if attribute == "tranche_contingent"
            && self.acquisition
            && m.qualifier == Qualifier::UpTo
            && out
                .iter()
                .rev()
                .take_while(|c| c.sentence == self.sentence.span)
                .find(|c| c.unit == m.unit)
                .is_some_and(|c| c.attribute == "acquisition_price")
        {
            attribute = "acquisition_price";
        }
        // "a contingent value right of up to $22.50 per share": paid later, if milestones are
        // met, not the price paid a share at closing.
        if attribute == "price_per_share" && self.contingent_value_right(m, aw, out) {
            attribute = "cvr_per_share";
        }
        // "had raised $3.3 billion in venture capital, including a $750 million round": a
        // sum that includes a round is all the rounds together.
        if attribute == "round_size" && self.includes_a_round(m, aw) {
            attribute = "cumulative_total";
        }
        // "$3.50 per share in cash and 0.14625 shares of Acme": the cash part of a price a
        // share paid in cash and stock; "up from the $3.25" after it, the cash part before.
        let cash_part = attribute == "price_per_share"
            && (self.cash_part_of_mix(m)
                || baseline
                    .as_ref()
                    .is_some_and(|b| b.2 == Some(CASH_PART_SCOPE)));
        let (subject, investor) = match attribute {
            "contract_value" => (Some(self.contract_subject_after(m.span.start, out)), None),
            "combined_value" => {
                let target = self.target();
                let buyer = self
                    .parties
                    .investor
                    .clone()
                    .filter(|b| Some(b) != target.as_ref());
                (target, buyer)
            }
            "divestiture_price" => (self.asset_buyer(m.span.end), None),
            // In an acquisition, money raised or borrowed is the buyer's, to pay for it
            // (unless it goes into a party named after it).
            "debt_financing" | "equity_financing"
                if self.acquisition && self.investee_after(m.span.end, clause).is_none() =>
            {
                (self.financer(m.span), None)
            }
            "round_size"
            | "minimum_investment"
            | "project_cost"
            | "debt_repayment"
            | "debt_financing"
            | "financing_total"
            | "equity_financing"
            | "valuation_pre_money"
            | "valuation_post_money"
            | "valuation_unspecified" => (self.valued_subject(m.span), None),
            // "Corvex has a market value of about $65 billion": the party named before it in
            // its clause.
            // ("The company, formed from the businesses of Yandex, had a market value": a
            // party after "of" or "from" with another before it is not the one valued.)
            "market_value" => (
                {
                    let before: Vec<&EntityMention> =
                        self.orgs_in(clause.start, m.span.start).collect();
                    let aside = |e: &&&EntityMention| {
                        self.words_in(clause.start, e.span.start)
                            .last()
                            .is_some_and(|w| matches!(w.low(), "of" | "from"))
                    };
                    before
                        .iter()
                        .rev()
                        .find(|e| !aside(e))
                        .or(before.first())
                        .map(|e| e.name.clone())
                }
                .or_else(|| self.valued_subject(m.span)),
                None,
            ),
            // "bringing the total it has raised to $3 billion": all its rounds, every investor's.
            "cumulative_total"
                if self
                    .words_in(clause.start, m.span.start)
                    .iter()
                    .any(|w| RAISED_WORDS.contains(&w.low())) =>
            {
                (self.valued_subject(m.span), None)
            }
            // "Corvex would owe Vantor a termination fee": the target pays it (no buyer's
            // money); "Vantor would owe Corvex ..." is the buyer's.
            "termination_fee" if self.target_pays(m.span) => (self.target(), None),
            "acquisition_price" | "enterprise_value" | "termination_fee" | "price_per_share"
            | "cvr_per_share" | "net_debt" => {
                let beside = (attribute == "acquisition_price" && bought.is_none())
                    .then(|| self.bought_beside(m.span))
                    .flatten();
                // "to block the $24.6 billion merger" in an article that names "Kroger and
                // Albertsons" as who sells: the merger is theirs.
                let merger =
                    (attribute == "acquisition_price" && bought.is_none() && beside.is_none())
                        .then(|| {
                            self.merger_between(aw, clause).or_else(|| {
                                (aw.first().is_some_and(|w| MERGER_NOUNS.contains(&w.low()))
                                    && self.sentence_target().is_none())
                                .then(|| self.merging_pair())
                                .flatten()
                            })
                        })
                        .flatten();
                // "would pay $1.75 billion for Halden, after earlier reports had put that price
                // at $2 billion": the price referred back to is the one named before it.
                let referred = (attribute == "acquisition_price"
                    && bw[bw.len().saturating_sub(4)..]
                        .windows(2)
                        .any(|p| p[0].lower == "that" && matches!(p[1].low(), "price" | "figure")))
                .then(|| {
                    out.iter()
                        .rev()
                        .take_while(|c| c.sentence == self.sentence.span)
                        .find(|c| c.attribute == "acquisition_price")
                        .map(|c| (c.subject.clone(), c.investor.clone()))
                })
                .flatten();
                // ("Pfizer revised its offer to $60 per share, ..., while reducing the
                // contingent value right to up to $10 per share": a CVR with no party named
                // since the sentence's price a share is that price's.)
                let referred = referred.or_else(|| {
                    (attribute == "cvr_per_share")
                        .then(|| {
                            out.iter()
                                .rev()
                                .take_while(|c| c.sentence == self.sentence.span)
                                .find(|c| c.attribute == "price_per_share")
                                .filter(|c| self.orgs_in(c.span.end, m.span.start).next().is_none())
                                .map(|c| (c.subject.clone(), c.investor.clone()))
                        })
                        .flatten()
                });
                if let Some((target, buyer)) = referred {
                    (Some(target), buyer)
                } else if let Some((target, buyer)) = merger {
                    (Some(target), Some(buyer))
                } else {
                    let target = bought
                        .or_else(|| beside.as_ref().map(|b| b.0.clone()))
                        .or_else(|| self.sold_itself(m.span, aw, clause))
                        .or_else(|| self.target_of_figure(m.span));
                    // ("the £37.63-a-share deal agreed with Advent": in a price, the other party
                    // of a deal is its buyer.)
                    let buyer = self
                        .bidder_after(
                            self.words_in(m.span.end, clause.end),
                            clause,
                            &["from", "by", "with"],
                        )
                        .filter(|b| Some(b) != target.as_ref())
                        .or_else(|| beside.and_then(|b| b.1))
                        .or_else(|| listed.as_ref().and_then(|l| l.1.clone()))
                        .or_else(|| self.investor(m.span, target.as_ref()));
                    // ("surpassing the 2007 privatization of TXU Energy for approximately $45
                    // billion": the article's buyer, unnamed in the sentence, did not buy
                    // another company than the article's.)
                    let elsewhere = target.is_some()
                        && self.parties.investee.is_some()
                        && target != self.parties.investee;
                    // (Named, or written if not read as a name: "Vantor paid $3.35 billion
                    // for Chronosphere".)
                    let buyer = buyer.filter(|b| {
                        !elsewhere
                            || Some(b) != self.parties.investor.as_ref()
                            || self
                                .orgs_in(self.sentence.span.start, self.sentence.span.end)
                                .any(|e| e.name == *b)
                            || self.sentence.span.slice(self.text).contains(&**b)
                    });
                    // (A holding company bought as a step to the target buys nothing: "Class A
                    // holders other than National Amusements $23 a share".)
                    // (Nor is the company it controls the buyer of the holding company:
                    // "bought National Amusements, Paramount's controlling shareholder, for".)
                    let holding = self.parties.holding.as_ref();
                    let buyer = match buyer {
                        Some(b)
                            if (Some(&b) == holding && Some(&b) != target.as_ref())
                                || (holding.is_some()
                                    && target.as_ref() == holding
                                    && Some(&b) == self.parties.investee.as_ref()) =>
                        {
                            self.parties
                                .investor
                                .clone()
                                .filter(|i| Some(i) != target.as_ref())
                        }
                        other => other,
                    };
                    (target, buyer)
                }
            }
            _ => {
                let s = self.investee(m.span);
                let i = match from_party {
                    Some((_, party)) => Some(party),
                    None => self.investor(m.span, s.as_ref()),
                };
                (s, i)
            }
        };
        // "Arm priced its initial public offering at $51 per share": in an article about an
        // offering, its price a share and the money it raises are the offering company's.
        let (subject, investor) = match (&self.offering, attribute) {
            (Some(company), "round_size" | "price_per_share") if !self.acquisition_sentence => {
                (Some(company.clone()), None)
            }
            _ => (subject, investor),
        };
        // "In October, Corvex raised $7 billion from Gamma to help pay for the deal": in an
        // acquisition article, money the buyer raises finances the deal, no funding round of
        // its own.
        let attribute = if attribute == "round_size"
            && self.acquisition
            && subject.is_some()
            && subject == self.parties.investor
        {
            "equity_financing"
        } else {
            attribute
        };
        // "$50 billion in computing capacity", "$30 billion direct equity stake": the form of
        // an investment, right after its figure, is a claim of the same parties (which are
        // copied only then).
        let form = if INVESTMENT_ATTRS.contains(&attribute) {
            form_in(&aw[..aw.len().min(6)])
        } else {
            None
        };
        let form_parties = form.map(|_| (subject.clone(), investor.clone()));
        let mut d = self.money_draft(attribute, m, quote, subject, investor);
        d.scope = cash_part.then_some(CASH_PART_SCOPE);
        d.status = status;
        d.as_of = as_of.clone();
        d.increment = increment;
        if grows_contract == Some(false) && d.range.is_none() {
            d.qualifier = Qualifier::UpTo;
        }
        d.revised = status == Status::Current
            && matches!(
                attribute,
                "acquisition_price" | "enterprise_value" | "price_per_share" | "cvr_per_share"
            )
            && {
                let before = self.words_in(self.sentence.span.start, m.span.start);
                raises_a_bid(before) || changes_a_price(before)
            };
        if let Some(p) = self.paired(k) {
            // ("$2.3 billion (around ¥16.3 billion)": at about seven to the dollar, "¥" is
            // the yuan's sign, not the yen's.)
            let per_dollar = (m.unit == "USD" && !m.value.is_zero()).then(|| p.value / m.value);
            let unit = match per_dollar {
                Some(r)
                    if p.unit == "JPY"
                        && (Decimal::from(YUAN_PER_DOLLAR.0)
                            ..=Decimal::from(YUAN_PER_DOLLAR.1))
                            .contains(&r) =>
                {
                    "CNY"
                }
                _ => p.unit,
            };
            d.equivalent = Some(crate::claim::Equivalent {
                value: p.value,
                unit: Cow::Borrowed(unit),
            });
            d.quote = d.quote.union(p.span);
        }
        self.push_scoped(d, separate, out);
        if let (Some((value, span)), Some((subject, investor))) = (form, form_parties) {
            let mut d = Draft::new(
                "investment_form",
                (Value::Text(value.to_string()), "text"),
                base.union(span),
                subject,
                investor,
                self.hedged_at(m.span.start),
            );
            d.status = status;
            d.as_of = as_of;
            self.push_scoped(d, separate, out);
        }
    }

    fn push_scoped(&self, d: Draft, separate: bool, out: &mut Vec<Claim>) {
        self.push(d, out);
        if separate
            && !self.separate
            && let Some(c) = out.last_mut()
        {
            c.scope = Some("separate".to_string());
        }
    }

    fn money_draft(
        &self,
        attribute: &'static str,
        m: &Mention,
        quote: Span,
        subject: Option<Arc<str>>,
        investor: Option<Arc<str>>,
    ) -> Draft {
        // "paying Vantor $150 million per month": a sum that is a rate (not a share that is:
        // "growing about 70% a year"); the quote takes the period in.
        let rate = (m.kind == MentionKind::Money)
            .then(|| rate_after(self.text, m.span.end, self.sentence.span.end))
            .flatten();
        Draft {
            qualifier: m.qualifier,
            range: m.range.map(|(a, b)| Range(a, b)),
            step: Some(m.step),
            per: rate.map(|(period, _)| period),
            ..Draft::new(
                attribute,
                (Value::Number(m.value), m.unit),
                rate.map_or(quote, |(_, end)| quote.union(Span::new(end, end))),
                subject,
                investor,
                self.hedged_at(m.span.start),
            )
        }
    }

    /// The attribute the first rule of [`MONEY_RULES`] whose cue stands in the words before
    /// (`bw`) or after (`aw`) the figure ending at `m_end` gives it, and the cue.
    fn money_attribute(&self, m_end: usize, bw: &[W], aw: &[W]) -> Option<(&'static str, Span)> {
        // A rule's cue first: what it needs of the sentence is worked out (once) only for a
        // rule whose cue is there.
        for (r, span) in MONEY_RULE_INDEX.hits(bw, aw).iter() {
            // ("Starboard Value has built a stake": a cue's word inside a name is the name's.)
            if self.text.as_bytes()[span.start].is_ascii_uppercase()
                && self
                    .orgs_in(self.sentence.span.start, span.end)
                    .any(|e| e.span.start <= span.start && span.start < e.span.end)
            {
                continue;
            }
            let rule = &MONEY_RULES[r];
            let ok = match rule.need {
                Need::Nothing => true,
                Need::Condition => self.condition(),
                Need::Acquisition => self.acquisition,
                Need::NoAcquisition => !self.acquisition_sentence,
                Need::Term => !self.comparison_span(span.start),
                Need::Investment => self.investment_words(),
                Need::Shares => bw.iter().any(|w| SHARE_NOUNS.contains(&w.low())),
                Need::Stake => {
                    !self.acquisition_sentence && bw.iter().any(|w| STAKE_NOUNS.contains(&w.low()))
                }
                Need::NoAcquisitionStory => !self.acquisition,
                // (Or the sentence opens with the contract, its subject: "The contract runs
                // through 2029 and is worth about $6.3 billion".)
                Need::ContractNoun => {
                    !self.acquisition
                        && (noun_before(bw, span.start, 4, CONTRACT_NOUNS)
                            || self.opens_with_contract(span.start))
                        && !self.invests_only()
                }
                Need::Unbroken => {
                    let between = if span.start >= m_end {
                        &self.text[m_end..span.start]
                    } else {
                        // (Before the figure: from the cue to the last word before it.)
                        let last = bw.last().map_or(span.end, |w| w.span.end.max(span.end));
                        &self.text[span.end..last]
                    };
                    // ("led the round with a $1 billion investment": what the leader brought
                    // "with" it, not the round's size.)
                    let with_between =
                        span.start < m_end && between.split_whitespace().any(|w| w == "with");
                    !between.contains([',', ';']) && !with_between
                }
                // "each Ansys share was converted into ... $199.91 in cash", "$51.75 in cash
                // for each iRobot share".
                Need::EachShare => {
                    // ("converted into $142.50 in cash each": each share's cash.)
                    self.acquisition
                        && (names_each_share(bw)
                            || names_each_share(&aw[..aw.len().min(6)])
                            || aw.get(2).is_some_and(|w| w.lower == "each"))
                }
                // (The whole sentence before the figure: "by about 15%, to" ends the words
                // after the figure before.)
                // "by the end of March" is a time's end, not a deal's.
                Need::DealEnds => self.ws.iter().enumerate().any(|(i, w)| {
                    DEAL_ENDING_WORDS.contains(&w.low())
                        && !(matches!(w.low(), "end" | "ends")
                            && self.ws.get(i + 1).is_some_and(|n| n.low() == "of"))
                }),
                Need::ValuedParty => {
                    !self.acquisition
                        && matches!(bw, [.., at] if at.lower == "at")
                        && self.valued_party(span.end, &bw[bw.len() - 1])
                }
                Need::DebtItself => {
                    self.acquisition
                        && !self
                            .words_in(m_end, span.start.max(m_end))
                            .iter()
                            .any(|w| ADDING_WORDS.contains(&w.low()))
                }
                Need::AssetSale => {
                    aw.first()
                        .is_none_or(|w| !COMPANY_DEAL_NOUNS.contains(&w.low()))
                        && self.asset_sale(m_end).is_some()
                }
                Need::Dividend => {
                    let before = self.words_in(self.sentence.span.start, m_end);
                    before
                        .iter()
                        .rev()
                        .take(12)
                        .find(|w| {
                            let l = w.low();
                            DIVIDEND_NOUNS.contains(&l)
                                || PRICE_NOUNS.contains(&l)
                                || buying(w)
                                || SPEND_VERBS.contains(&l)
                        })
                        .is_some_and(|w| DIVIDEND_NOUNS.contains(&w.low()))
                }
                Need::PriceChange => {
                    self.acquisition
                        && changes_a_price(self.words_in(self.sentence.span.start, m_end))
                }
                Need::PerShareCondition => {
                    self.condition() && find_after(aw, cues!(PER_SHARE_CUES), 0).is_some()
                }
                Need::PaidForCompany => matches!(
                    self.price_of_a_company(Span::new(m_end.saturating_sub(1), m_end), span),
                    Some(Some(_))
                ),
                Need::PutIn => bw
                    .last()
                    .is_some_and(|w| CONTRIBUTING_VERBS.contains(&w.low())),
                Need::NamedShare => {
                    named_share(self.text, self.words_in(span.end, self.sentence.span.end))
                        .is_some()
                }
                Need::Expansion => *self.expansion.get_or_init(|| {
                    find_any(self.ws, cues!(EXPANSION_VERBS)).is_some()
                        && find_any(self.ws, cues!(AGREEMENT_NOUNS)).is_some()
                }),
            };
            if !ok {
                continue;
            }
            // "$10 billion pre-money valuation, or $12 billion": a cue right after an earlier
            // figure is that figure's, not one before the next; and so is one after a comma
            // that the attribute reads after a figure too ("values it at $8 billion,
            // including the new money, far more than the $545 million of March"; not
            // "raised $2 billion, valuing it at $8 billion").
            if matches!(rule.side, Side::Before(_))
                && self
                    .mentions
                    .iter()
                    .rev()
                    .find(|p| p.kind == MentionKind::Money && p.span.end <= span.start)
                    .is_some_and(|p| {
                        let gap = &self.text.as_bytes()[p.span.end..span.start];
                        gap.iter().all(u8::is_ascii_whitespace)
                            || (gap.iter().all(|&b| b == b',' || b.is_ascii_whitespace())
                                && read_after_too(
                                    rule.attribute,
                                    &span.slice(self.text).to_lowercase(),
                                ))
                    })
            {
                continue;
            }
            // "raised $1 billion at a pre-money valuation of $4 billion": a cue after the
            // figure and "at a", that runs into the next figure (no comma between), is that
            // figure's.
            if matches!(rule.side, Side::After(_))
                && aw.first().is_some_and(|w| {
                    // (A cue may start at "at" itself: "at closing".)
                    w.lower == "at"
                        && span.start >= w.span.end
                        && matches!(
                            self.text[w.span.end..span.start].trim(),
                            "" | "a" | "an" | "the"
                        )
                })
                && let Some(next) = self.money_after(span.end)
            {
                let between = &self.text[span.end..next.span.start];
                if !between.contains([',', ';', '(', ')'])
                    && between.split_whitespace().count() <= 3
                {
                    continue;
                }
            }
            // "worth about $8 billion, net of the stake Salesforce already owns": a cue after
            // a word that leaves it out of the figure is not what the figure is.
            if matches!(rule.side, Side::After(_))
                && aw
                    .iter()
                    .take_while(|w| w.span.end <= span.start)
                    .any(|w| EXCLUSION_WORDS.contains(&w.low()))
            {
                continue;
            }
            // "could exceed $10 billion if the two sides reach an agreement": a condition on
            // the deal itself is a hedge, not a later tranche; "a $14 billion acquisition of
            // Corvex, subject to regulatory approval": a condition of closing (of the whole
            // deal, an investment's too), not a tranche.
            if rule.attribute == "tranche_contingent"
                && matches!(rule.side, Side::After(_))
                && self
                    .words_in(span.end, self.sentence.span.end)
                    .iter()
                    .take(6)
                    .any(|w| {
                        DEAL_AGREED_WORDS.contains(&w.low())
                            || CLOSING_APPROVAL_WORDS.contains(&w.low())
                    })
            {
                continue;
            }
            let span = if rule.need == Need::Term {
                match self.years_after(span.end) {
                    Some(years) => span.union(years),
                    None => continue,
                }
            } else if rule.need == Need::NamedShare {
                // The quote runs to the share named ("for each VMware share").
                match named_share(self.text, self.words_in(span.end, self.sentence.span.end)) {
                    Some(share) => span.union(share.span),
                    None => span,
                }
            } else {
                span
            };
            // ("a deal that valued Arm at $64 billion" names the company valued.)
            if rule.attribute == "valuation_unspecified" && rule.need != Need::ValuedParty {
                // "a deal valued at $5 billion" is the deal's value, not a company's.
                let before_cue = bw
                    .iter()
                    .filter(|w| w.span.end <= span.start)
                    .collect::<Vec<_>>();
                // ("IBM's proposed acquisition of HashiCorp, valued at $6.4 billion": the deal
                // noun before "of" and the company it buys, in an acquisition.)
                let deal_of_party = || {
                    self.orgs_in(self.sentence.span.start, span.start)
                        .last()
                        .is_some_and(|e| {
                            matches!(self.text[e.span.end..span.start].trim(), "" | ",")
                                && matches!(
                                    self.words_in(self.sentence.span.start, e.span.start),
                                    [.., d, of] if (of.lower == "of" && DEAL_NOUNS.contains(&d.low()))
                                        || (of.lower == "with" && MERGER_NOUNS.contains(&d.low()))
                                )
                        })
                };
                // ("The licensing agreement is reportedly valued at": a verb's auxiliary and
                // adverbs may stand between.)
                let noun_at = before_cue
                    .iter()
                    .rev()
                    .take(4)
                    .position(|w| !VALUED_FILLERS.contains(&w.low()))
                    .map(|p| before_cue.len() - 1 - p);
                let named_deal = before_cue
                    .iter()
                    .rev()
                    .take(2)
                    .any(|w| DEAL_NOUNS.contains(&w.low()))
                    || noun_at.is_some_and(|i| DEAL_NOUNS.contains(&before_cue[i].low()));
                // ("the licensing agreement ... valued at $20 billion": what a licence costs.)
                let licence = noun_at.is_some_and(|i| {
                    DEAL_NOUNS.contains(&before_cue[i].low())
                        && i.checked_sub(1)
                            .is_some_and(|j| LICENSING_WORDS.contains(&before_cue[j].low()))
                });
                let deal_noun = named_deal || (self.acquisition && deal_of_party());
                // "The deal values the startup at $29 billion": the verb's object is valued;
                // in an acquisition that value is still the price.
                // ("The talks value the publisher at": the plural's verb, not the noun of
                // "a value of".)
                let active = match bw.iter().position(|w| w.span.start >= span.start) {
                    Some(i) => {
                        ACTIVE_VALUE_VERBS.contains(&bw[i].low())
                            || (bw[i].lower == "value"
                                && bw.get(i + 1).is_some_and(|n| n.lower != "of"))
                    }
                    None => false,
                };
                // "160 million shares would be worth $96 billion", "its stake is worth": the
                // worth of a holding, not a valuation of the company.
                if self.text[span.start..span.end].ends_with("worth")
                    && before_cue
                        .iter()
                        .rev()
                        .take(3)
                        .any(|w| SHARE_NOUNS.contains(&w.low()) || STAKE_NOUNS.contains(&w.low()))
                {
                    return None;
                }
                // "a cash offer from KKR, which values the company at around £4.1 billion",
                // "The price ... values Spectris at about £3.8 billion", "The talks value the
                // publisher at roughly $50 billion": in an acquisition, what an offer, a price
                // or the talks value the company at is the price.
                let offer_values = self.acquisition
                    && active
                    && self
                        .words_in(self.sentence.span.start, span.start)
                        .iter()
                        .any(|w| {
                            DEAL_NOUNS.contains(&w.low())
                                || w.lower == "price"
                                || TALKS_NOUNS.contains(&w.low())
                        });
                // "This transaction values Skydance at $4.75 billion": the buyer valued in a
                // merger is its worth, not the price of what it buys.
                // (Both readings below need an active verb: the target is looked up only then.)
                let target = if active { self.target() } else { None };
                let buyer_valued = active
                    && self.orgs_in(span.end, m_end).next().is_some_and(|e| {
                        Some(&e.name) == self.parties.investor.as_ref()
                            && target.as_ref() != Some(&e.name)
                    });
                // "The aerospace giant, which aims to go public in June, values the startup at
                // $6 billion": what the buyer values the company it buys at is the price.
                let buyer_values = self.acquisition
                    && active
                    && self.parties.investor.is_some()
                    && self
                        .orgs_in(self.sentence.span.start, span.start)
                        .next()
                        .is_some_and(|e| Some(&e.name) == self.parties.investor.as_ref())
                    && self
                        .orgs_in(span.end, m_end)
                        .next()
                        .is_some_and(|e| target.as_ref() == Some(&e.name));
                if ((deal_noun && (self.acquisition || !active)) || offer_values || buyer_values)
                    && !buyer_valued
                {
                    return Some((
                        if self.acquisition {
                            "acquisition_price"
                        } else if licence && !active {
                            "contract_value"
                        } else {
                            "deal_total"
                        },
                        span,
                    ));
                }
            }
            return Some((rule.attribute, span));
        }
        None
    }

    /// Tells whether the words around a figure date it before the article's own date: "in
    /// March" (of the article's year), "in 2023", "last year".
    /// Whether the figure ending at `m_end` is dated before the article: `Some` with the month
    /// ("2024-09") or year ("2023") it names, `Some(None)` for a relative time ("last year"),
    /// `None` when it is not dated before.
    fn dated_before_article(
        &self,
        k: usize,
        m_end: usize,
        bw: &[W],
        aw: &[W],
    ) -> Option<Option<Arc<str>>> {
        // Relative markers need no date: "last year, the company raised ...".
        let mut near_before = &bw[bw.len().saturating_sub(6)..];
        // "$10 billion in April and the remaining $30 billion": after the figure before, the
        // words before "and" are that figure's.
        if k > 0
            && self.mentions[k - 1].kind == MentionKind::Money
            && let Some(j) = near_before.iter().rposition(|w| w.lower == "and")
        {
            near_before = &near_before[j + 1..];
        }
        // "sued in February to block the $24.6 billion merger": before the price of a deal
        // named by its noun, a time before an infinitive ("to" and a word of no figure) is the
        // time of the verb before it ("agreed in May to pay $3 billion" dates the price).
        let deal_noun_after = aw
            .first()
            .is_some_and(|w| COMPANY_DEAL_NOUNS.contains(&w.low()));
        if deal_noun_after
            && let Some(j) = near_before.windows(2).rposition(|p| {
                p[0].lower == "to"
                    && p[1].lower.starts_with(|c: char| c.is_ascii_lowercase())
                    && !matches!(p[1].low(), "the" | "a" | "an")
                    && self.month_of(&p[1]).is_none()
            })
        {
            near_before = &near_before[j + 1..];
        }
        // "backed it in May 2024, when the startup raised $1 billion": a when-clause is at
        // the time of the words it follows.
        let near_before = match near_before.iter().rposition(|w| w.lower == "when") {
            Some(j) => &bw[(j + bw.len() - near_before.len()).saturating_sub(4)..],
            None => near_before,
        };
        // After the figure, a date is its own until a comma: "$29 billion, about twice what
        // it was worth in 2024" dates the other figure.
        let comma_after = |from: usize, to: usize| self.text[from..to].contains(',');
        let aw_end = (0..aw.len())
            .find(|&i| {
                comma_after(
                    if i == 0 { m_end } else { aw[i - 1].span.end },
                    aw[i].span.start,
                )
            })
            .unwrap_or(aw.len());
        // "the collapse of their $25 billion merger in December": a time after the noun of a
        // deal whose fate the words before name is the time of that fate, not of its price
        // ("its $8 billion merger with Skydance in August" is dated).
        let fate = || {
            bw.windows(2)
                .any(|p| DEAL_FATE_NOUNS.contains(&p[0].low()) && p[1].lower == "of")
        };
        let aw_end = if deal_noun_after && fate() { 0 } else { aw_end };
        // ("an equity value of about $10 billion and 29% above where the stock traded in
        // December": after "and" and another figure, a date is that figure's.)
        let aw_end = aw[..aw_end]
            .iter()
            .position(|w| {
                matches!(w.low(), "and" | "but")
                    && self.mentions.iter().any(|o| {
                        o.span.start >= w.span.end
                            && self.text[w.span.end..o.span.start].trim().is_empty()
                    })
            })
            .unwrap_or(aw_end);
        let aw = &aw[..aw_end];
        // ("Earlier this year, the company let employees sell shares at a valuation of $86
        // billion": a time that opens the sentence dates it whole.)
        if self.mask.has(Table::RelativeTime)
            && (find_any(near_before, cues!(RELATIVE_TIME_CUES))
                .is_some_and(|c| !self.standing_since(c))
                // (Not after "and", "but": "valued at close to $10 billion and turned down an
                // approach earlier this year" dates the other verb.)
                // (Nor after a conjunction whose clause names its own subject: "would pay
                // $1.75 billion ... after IndieWire previously reported" dates the report.)
                || find_any(
                    &aw[..aw
                        .iter()
                        .enumerate()
                        .position(|(i, w)| {
                            matches!(w.low(), "and" | "but")
                                || (matches!(w.low(), "after" | "before" | "while" | "since")
                                    && aw.get(i + 1).is_some_and(|n| {
                                        self.orgs_in(n.span.start, self.sentence.span.end)
                                            .next()
                                            .is_some_and(|e| e.span.start == n.span.start)
                                    }))
                        })
                        .unwrap_or(aw.len())],
                    cues!(RELATIVE_TIME_CUES),
                )
                .is_some()
                || find_after(self.ws, cues!(RELATIVE_TIME_CUES), 0)
                    .is_some_and(|c| self.text[c.end..].starts_with(',')))
        {
            return Some(None);
        }
        let date = self.article.meta.date.as_deref()?;
        let (Some(year), Some(month)) = (
            date.get(0..4).and_then(|y| y.parse::<u32>().ok()),
            date.get(5..7).and_then(|m| m.parse::<u32>().ok()),
        ) else {
            return None;
        };
        // The windows end at the neighbouring figures, so a date in them is this figure's.
        let year_of = |w: &W| {
            w.lower
                .parse::<u32>()
                .ok()
                .filter(|y| (1900..2100).contains(y))
        };
        // "began the year with a valuation of roughly $500 million", "at the start of 2024":
        // the January of that year, when it is before the article's month.
        for (ws, i) in [bw, aw]
            .into_iter()
            .flat_map(|ws| (0..ws.len()).map(move |i| (ws, i)))
        {
            if !YEAR_START_WORDS.contains(&ws[i].low()) {
                continue;
            }
            let rest = &ws[i + 1..];
            let y = match rest {
                [the, y, ..] if the.lower == "the" && y.lower == "year" => Some(year),
                [of, the, y, ..] if of.lower == "of" && the.lower == "the" && y.lower == "year" => {
                    Some(year)
                }
                [of, y, ..] if of.lower == "of" => year_of(y),
                _ => None,
            };
            if let Some(y) = y.filter(|&y| (y, 1) < (year, month)) {
                return Some(Some(Arc::from(format!("{y}-01"))));
            }
        }
        // "In February, its round valued it at $2.85 billion", "In March the company was
        // valued at": a time at the start of the sentence (set off by a comma, or a month or a
        // year) is every figure's that has none of its own.
        let opening: &[W] = match self.ws {
            [lead, when, next, ..]
                if lead.lower == "in"
                    && next.span.start < m_end
                    && (self.text[when.span.end..next.span.start].trim() == ","
                        || self.month_of(when).is_some()
                        || year_of(when).is_some()) =>
            {
                &self.ws[..2]
            }
            [lead, when, year, next, ..]
                if lead.lower == "in"
                    && year_of(year).is_some()
                    && next.span.start < m_end
                    && self.text[year.span.end..next.span.start].trim() == "," =>
            {
                &self.ws[..3]
            }
            _ => &[],
        };
        [near_before, aw, opening].iter().find_map(|ws| {
            (0..ws.len().saturating_sub(1)).find_map(|i| {
                // "last August": the latest August before the article's month.
                if ws[i].lower == "last"
                    && let Some(m) = self.month_of(&ws[i + 1])
                {
                    let y = if m < month { year } else { year - 1 };
                    return Some(Some(Arc::from(format!("{y}-{m:02}"))));
                }
                // ("Founded in 2019, Vantor has raised ...": the founding's year, not the
                // figure's.)
                if !matches!(ws[i].low(), "in" | "since" | "during")
                    || i.checked_sub(1)
                        .is_some_and(|p| FOUNDING_WORDS.contains(&ws[p].low()))
                {
                    return None;
                }
                // ("in early 2024", "in late 2023": the year, a part of it named.)
                let w = match ws.get(i + 2) {
                    Some(y)
                        if PART_OF_YEAR_LEADS.contains(&ws[i + 1].low())
                            && year_of(y).is_some() =>
                    {
                        y
                    }
                    _ => &ws[i + 1],
                };
                if let Some(y) = year_of(w) {
                    return (y < year).then(|| Some(Arc::from(y.to_string())));
                }
                let m = self.month_of(w)?;
                // "in May 2024": the month of that year; "in May": of the article's, or of
                // the year before when it is past the article's month and the clause speaks
                // of the past ("raised $1 billion in September", in an article of April).
                let y = match ws.get(i + 2).and_then(year_of) {
                    Some(y) => ((y, m) < (year, month)).then_some(y),
                    None if m < month => Some(year),
                    None if m > month && !self.future_month(bw, aw, w.span.start) => Some(year - 1),
                    None => None,
                }?;
                Some(Some(Arc::from(format!("{y}-{m:02}"))))
            })
        })
    }

    /// Whether a month named at `at` past the article's month is to come: a future word
    /// around the figure ("will close in September"), or earlier in the sentence when no verb
    /// in the past stands before the figure ("it will raise $40 billion, with $10 billion in
    /// April", not "would be six times the $5 billion at which it raised $1 billion in
    /// September").
    fn future_month(&self, bw: &[W], aw: &[W], at: usize) -> bool {
        let future = |w: &W| FUTURE_WORDS.contains(&w.low());
        let past =
            |w: &W| (w.lower.ends_with("ed") && !future(w)) || PAST_AUXILIARIES.contains(&w.low());
        bw.iter().chain(aw).any(future)
            || (!bw.iter().any(past)
                && self.ws.iter().take_while(|x| x.span.start < at).any(future))
    }

    /// The company being acquired: the party after "acquisition of" / "acquire" in the
    /// sentence, else the article's investee.
    fn target(&self) -> Option<Arc<str>> {
        self.sentence_target()
            .or_else(|| self.parties.investee.clone())
    }

    /// [`Self::target`], unless the sentence names that company only after a word that
    /// compares the deal at `m` with others ("At $40 billion, the proposed acquisition would
    /// rank among the largest deals, surpassing transactions like Gamma's acquisition of Delta
    /// Games"): then the article's.
    fn target_of_figure(&self, m: Span) -> Option<Arc<str>> {
        let target = self.target();
        let compared_at = self
            .words_in(m.end, self.sentence.span.end)
            .iter()
            .find(|w| SURPASSING_VERBS.contains(&w.low()) || COMPARED_DEAL_WORDS.contains(&w.low()))
            .map(|w| w.span.start);
        match (compared_at, &target) {
            (Some(at), Some(t))
                if !self
                    .orgs_in(self.sentence.span.start, at)
                    .any(|e| e.name == *t) =>
            {
                self.parties.investee.clone()
            }
            _ => target,
        }
    }

    /// The company that sells itself: "Corvex Games agreed to a $55 billion sale to Qirat
    /// Fund" (the figure followed by "sale to"), the party named last before the figure in its
    /// clause.
    fn sold_itself(&self, m: Span, aw: &[W], clause: Span) -> Option<Arc<str>> {
        if !matches!(aw, [sale, to, ..] if sale.lower == "sale" && to.lower == "to") {
            return None;
        }
        self.orgs_in(clause.start, m.start)
            .filter(|e| e.kind == EntityKind::Org && !e.possessive)
            .last()
            .map(|e| e.name.clone())
    }

    /// The party after "acquisition of" / "acquire" in the sentence.
    fn sentence_target(&self) -> Option<Arc<str>> {
        for (i, w) in self.ws.iter().enumerate() {
            let verb = buying(w);
            let noun = ACQUISITION_WORDS.contains(&w.low()) && !verb;
            let bid = BID_NOUNS.contains(&w.low());
            let next = self.ws.get(i + 1).map(W::low);
            // "bought by Advent", "a takeover by KKR": the party named next is the buyer.
            if (verb || noun) && next == Some("by") {
                continue;
            }
            // "acquire X", "buy rival X"; "acquisition of X", "merger with X", "an offer
            // for X".
            let from = if verb {
                w.span.end
            } else if (noun && matches!(next, Some("of" | "with"))) || (bid && next == Some("for"))
            {
                self.ws[i + 1].span.end
            } else {
                continue;
            };
            // A verb's object may come after a description ("buy the data center operator
            // Core Scientific"); a noun's follows "of"/"with" at once.
            let reach = if verb { 5 } else { 2 };
            let limit = self
                .words_in(from, self.sentence.span.end)
                .get(reach)
                .map_or(self.sentence.span.end, |x| x.span.start);
            if let Some(e) = self
                .orgs_in(from, self.sentence.span.end)
                .find(|e| e.span.start <= limit && e.kind == EntityKind::Org)
            {
                // "the largest purchase Alphabet has ever made": a party that a verb follows
                // is the buyer of a relative clause, not the purchase's object.
                let buyer = self
                    .words_in(e.span.end, self.sentence.span.end)
                    .first()
                    .is_some_and(|n| RELATIVE_BUYER_VERBS.contains(&n.low()));
                // ("Hess holders approve the proposed merger with Chevron": a merger is with
                // either side; one with the article's buyer merges its target.)
                if !buyer
                    && next == Some("with")
                    && Some(&e.name) == self.parties.investor.as_ref()
                    && let Some(target) = self.parties.investee.clone()
                {
                    return Some(target);
                }
                // ("buys Peet's owner for $18 billion": the owner bought is unnamed there;
                // the article's company bought.)
                if self.names_an_owner(e) {
                    return self.parties.investee.clone();
                }
                if !buyer {
                    return Some(e.name.clone());
                }
            }
        }
        None
    }

    /// The two parties of a merger the article names together as the subject of a sentence
    /// ("Kroger and Albertsons have agreed to sell 413 stores ..."): the first two parties,
    /// "and" alone between them, that open a sentence; the one named second as the target.
    /// Whether the clause of the figure at `at` speaks of the company a merger makes ("The
    /// combined company, valued at", "the merged group would be worth"), no party named
    /// between the phrase and the figure.
    fn combined_company_before(&self, at: usize) -> bool {
        let sentence = self.words_in(self.sentence.span.start, at);
        sentence
            .windows(2)
            .rposition(|p| {
                COMBINED_WORDS.contains(&p[0].low()) && COMBINED_COMPANY_NOUNS.contains(&p[1].low())
            })
            .is_some_and(|i| self.orgs_in(sentence[i].span.end, at).next().is_none())
    }

    /// The two parties of "the $8 billion merger between Paramount Global and Skydance Media"
    /// (a noun of merging or of a deal right after the figure, "between", two names joined by
    /// "and"), as (target, buyer): the article's buyer, or the party other than its target,
    /// buys; else the first named is bought.
    fn merger_between(&self, aw: &[W], clause: Span) -> Option<(Arc<str>, Arc<str>)> {
        let [noun, between, ..] = aw else {
            return None;
        };
        if between.lower != "between"
            || !(MERGER_NOUNS.contains(&noun.low()) || DEAL_NOUNS.contains(&noun.low()))
        {
            return None;
        }
        let mut orgs = self
            .orgs_in(between.span.end, clause.end)
            .filter(|e| e.kind == EntityKind::Org);
        let (a, b) = (orgs.next()?, orgs.next()?);
        if !matches!(self.text[between.span.end..a.span.start].trim(), "" | "the")
            || self.text[a.span.end..b.span.start].trim() != "and"
            || a.name == b.name
        {
            return None;
        }
        let a_buys = Some(&a.name) == self.parties.investor.as_ref()
            || Some(&b.name) == self.parties.investee.as_ref();
        Some(if a_buys {
            (b.name.clone(), a.name.clone())
        } else {
            (a.name.clone(), b.name.clone())
        })
    }

    fn merging_pair(&self) -> Option<(Arc<str>, Arc<str>)> {
        let text = self.text;
        let ms = &self.parties.mentions;
        ms.windows(2).find_map(|p| {
            let (a, b) = (&p[0], &p[1]);
            let opens = text[..a.span.start]
                .trim_end_matches([' ', '\t'])
                .ends_with(['\n', '.'])
                || text[..a.span.start].trim().is_empty();
            (a.kind == EntityKind::Org
                && b.kind == EntityKind::Org
                && !a.possessive
                && a.name != b.name
                && opens
                && text[a.span.end..b.span.start].trim() == "and")
                .then(|| (b.name.clone(), a.name.clone()))
        })
    }

    /// The company a price is paid for, named beside the figure, where a sentence tells of
    /// more than one purchase: "its $8.45 billion takeover of the film studio MGM" (a noun of
    /// acquiring right after the figure, then "of" and at most three words of description),
    /// "bought Ring for $839 million and Whole Foods for nearly $14 billion" (the company
    /// right before "for", after a verb of buying or, with one earlier in the sentence, after
    /// "and"); with the buyer, the company named last before the sentence's first word of
    /// buying ("Amazon bought ...", "Amazon agreed to buy ..., and it is still closing its").
    fn bought_beside(&self, m: Span) -> Option<(Arc<str>, Option<Arc<str>>)> {
        let org = |e: &&EntityMention| e.kind == EntityKind::Org && !e.possessive;
        let buys = |w: &W| BUY_WORDS.contains(&w.low()) || ACQUISITION_WORDS.contains(&w.low());
        let with_buyer = |target: Arc<str>| {
            let buyer = self.ws.iter().find(|w| buys(w)).and_then(|first| {
                self.orgs_in(self.sentence.span.start, first.span.start)
                    .filter(|e| e.kind == EntityKind::Org && e.name != target)
                    .last()
                    .map(|e| e.name.clone())
            });
            (target, buyer)
        };
        let after = self.words_in(m.end, self.sentence.span.end);
        // "Microsoft's $68.7 billion deal for Activision Blizzard": a deal noun right after the
        // figure, then "for" and the company (the buyer, the party named before the figure).
        if let Some(i) = after
            .iter()
            .take(2)
            .position(|w| DEAL_NOUNS.contains(&w.low()))
            && after.get(i + 1).is_some_and(|w| w.lower == "for")
            && let Some(target) = self
                .orgs_in(after[i + 1].span.end, self.sentence.span.end)
                .next()
                .filter(|e| {
                    org(e)
                        && self
                            .words_in(after[i + 1].span.end, e.span.start)
                            .is_empty()
                })
        {
            let buyer = self
                .orgs_in(self.sentence.span.start, m.start)
                .filter(|e| e.kind == EntityKind::Org && e.name != target.name)
                .last()
                .map(|e| e.name.clone());
            return Some((target.name.clone(), buyer));
        }
        if let Some(i) = after.iter().take(2).position(buys)
            && after.get(i + 1).is_some_and(|w| w.lower == "of")
        {
            let from = after[i + 1].span.end;
            let limit = after
                .get(i + 6)
                .map_or(self.sentence.span.end, |w| w.span.start);
            return self
                .orgs_in(from, limit)
                .find(org)
                .map(|e| with_buyer(e.name.clone()));
        }
        let mut before = self.words_in(self.sentence.span.start, m.start);
        // ("for nearly $14 billion": the figure's qualifier stands between.)
        if let [rest @ .., for_, q] = before
            && for_.lower == "for"
            && q.span.slice(self.text).starts_with(char::is_lowercase)
        {
            before = &before[..rest.len() + 1];
        }
        let [.., prev, for_] = before else {
            return None;
        };
        if for_.lower != "for" {
            return None;
        }
        let e = self
            .orgs_in(self.sentence.span.start, for_.span.start)
            .filter(org)
            .find(|e| e.span.end == prev.span.end)?;
        let k = before.iter().position(|w| w.span.start >= e.span.start)?;
        let opener = before[..k].last()?;
        (buying(opener) || (opener.lower == "and" && before[..k].iter().any(|w| buying(w))))
            .then(|| with_buyer(e.name.clone()))
    }

    /// Returns the span of a count of years right after byte `at` ("over eight years").
    fn years_after(&self, at: usize) -> Option<Span> {
        self.mentions
            .iter()
            .find(|q| {
                q.kind == MentionKind::Quantity
                    && q.unit == "year"
                    && q.span.start >= at
                    && self.text[at..q.span.start].trim().is_empty()
            })
            .map(|q| q.span)
    }

    /// "shift from a previously proposed $100 billion ... to $30 billion": the first is replaced.
    fn shift_from(&self, m: &Mention, bw: &[W]) -> bool {
        // ("capacity from Vantor valued at $17.4 billion": "from" a party is a source.)
        let from = bw
            .iter()
            .rev()
            .take(5)
            .find(|w| w.lower == "from")
            .is_some_and(|w| self.orgs_in(w.span.end, m.span.start).next().is_none());
        from && self.mentions.iter().any(|o| {
            o.kind == MentionKind::Money && o.span.start > m.span.end && {
                let between = self.words_in(m.span.end, o.span.start);
                between.iter().any(|w| w.lower == "to")
            }
        })
    }

    /// A figure paid as the other branch of an "or" after a price of this sentence ("acquire
    /// Kestrel for $40 billion or pay $5 billion for the work together", "..., or,
    /// alternatively, to pay a $5 billion fee"): a verb of paying at most two words before
    /// the figure, an "or" between the price and that verb, no other figure between. The
    /// termination fee, its cue from the "or" to the verb.
    fn alternative_payment(&self, m: &Mention, out: &[Claim]) -> Option<(&'static str, Span)> {
        if let Some(cue) = self.paid_instead_of_buying(m) {
            return Some(("termination_fee", cue));
        }
        let price = out
            .iter()
            .rev()
            .take_while(|c| c.sentence == self.sentence.span)
            .find(|c| c.span.end <= m.span.start)
            .filter(|c| c.attribute == "acquisition_price" && c.unit == m.unit)?;
        let between = self.words_in(price.span.end, m.span.start);
        let verb = between
            .iter()
            .rev()
            .take(2)
            .position(|w| FEE_PAYING_VERBS.contains(&w.low()))
            .map(|p| between.len() - 1 - p)?;
        let or = between[..verb].iter().rposition(|w| w.lower == "or")?;
        Some((
            "termination_fee",
            between[or].span.union(between[verb].span),
        ))
    }

    /// Where the sentence opens by counting a company's debt into what follows
    /// ([`DEBT_COUNTING_OPENERS`]), set off by a comma before `at` ("Counting debt and the
    /// possible future payments, the transaction is valued at nearly $24 billion").
    fn opens_counting_debt(&self, at: usize) -> Option<Span> {
        let ws = self.words_in(self.sentence.span.start, at);
        let comma = self.text[self.sentence.span.start..at].find(',')?;
        let opening = self.sentence.span.start + comma;
        let lead = &ws[..ws
            .iter()
            .take_while(|w| w.span.end <= opening)
            .count()
            .min(3)];
        DEBT_COUNTING_OPENERS.iter().find_map(|o| {
            let n = o.split(' ').count();
            (lead.len() >= n && o.split(' ').zip(lead).all(|(a, b)| a == b.low()))
                .then(|| span_of(lead, 0, n))
        })
    }

    /// Whether the sum a share at `m` is a contingent value right's: a CVR noun ([`CVR_NOUNS`])
    /// before it in its sentence with no other figure of money between (or only the CVR's
    /// earlier payments: "The CVR milestones include $5 per share upon ..., $7 per share if
    /// ..."), or within four words after it ("a potential $20.65 per-share contingent value
    /// right", "as much as $20.65 via contingent value rights"); or, in a sentence of
    /// milestones, a sum paid "upon" an event ("a payment of $4.60 per share upon the
    /// initiation of a Phase 3 trial").
    fn contingent_value_right(&self, m: &Mention, aw: &[W], out: &[Claim]) -> bool {
        let sentence = self.words_in(self.sentence.span.start, self.sentence.span.end);
        let cvr_before = find_any(
            self.words_in(self.sentence.span.start, m.span.start),
            cues!(CVR_NOUNS),
        )
        .is_some_and(|cue| {
            out.iter()
                .rev()
                .take_while(|c| c.sentence == self.sentence.span)
                .filter(|c| c.span.start >= cue.end && c.unit == m.unit)
                .all(|c| c.attribute == "cvr_per_share")
        });
        // (Within three words after it, none of them joining another part: not "$56.50 per
        // share cash upfront plus contingent value rights".)
        let after = self.words_in(m.span.end, self.sentence.span.end);
        let near = &after[..after.len().min(4)];
        let cvr_after = find_any(near, cues!(CVR_NOUNS)).is_some_and(|cue| {
            !near
                .iter()
                .take_while(|w| w.span.end <= cue.start)
                .any(|w| matches!(w.low(), "plus" | "and" | "with"))
        });
        let upon_milestone = sentence.iter().any(|w| w.low().starts_with("milestone"))
            && aw
                .iter()
                .take(4)
                .any(|w| MILESTONE_EVENT_WORDS.contains(&w.low()));
        // "up to an additional $3 a share depending on how much certain assets get sold for",
        // "$3 more per share if its clinics are sold in the future", "could also receive up to
        // $3 in cash per share from the future sale": a sum added to the price a share (a word
        // of adding within four words before it, or right after it), paid on a later event, is
        // a contingent right's, whatever it is called.
        let added = self
            .words_in(self.sentence.span.start, m.span.start)
            .iter()
            .rev()
            .take(4)
            .any(|w| ADDED_PAYMENT_WORDS.contains(&w.low()))
            || aw
                .first()
                .is_some_and(|w| ADDED_PAYMENT_WORDS_AFTER.contains(&w.low()));
        let on_an_event = added && find_any(after, cues!(LATER_EVENT_CUES)).is_some();
        cvr_before || cvr_after || upon_milestone || on_an_event
    }

    /// "raised $3.3 billion in venture capital, including a $750 million round": "including"
    /// within five words after the figure, then another sum of its unit and a noun of a round
    /// within three words of that sum.
    fn includes_a_round(&self, m: &Mention, aw: &[W]) -> bool {
        let Some(inc) = aw.iter().take(5).find(|w| w.lower == "including") else {
            return false;
        };
        let Some(part) = self.money_after(inc.span.end).filter(|p| p.unit == m.unit) else {
            return false;
        };
        self.words_in(inc.span.end, part.span.start).len() <= 2
            && self
                .words_in(part.span.end, self.sentence.span.end)
                .iter()
                .take(3)
                .any(|w| ROUND_NOUNS.contains(&w.low()))
    }

    /// "$3.50 per share in cash and 0.14625 shares of Acme", "$88.82 in cash plus one Acme
    /// share", "0.5 Acme shares and $12 in cash for each Beta share": a count of shares joined
    /// to the figure by a word of [`MIX_JOINERS`] (within seven words after it, no count
    /// between, or two before) makes the figure the cash part of a price a share paid in cash
    /// and stock, not the whole price. The shares are counted by a number ("0.14625", ".15 of
    /// a share", "one"), which the target's own share ("for each Beta share") never is.
    fn cash_part_of_mix(&self, m: &Mention) -> bool {
        let clause = self.clause_of(m.span.start);
        let after = self.words_in(m.span.end, clause.end);
        let before = self.words_in(clause.start, m.span.start);
        let joined_at =
            |ws: &[W], from: usize| MIX_JOINERS.iter().find_map(|j| phrase_at(ws, from, j));
        // A count of shares, not a sum a share ("between $11.30 a share and $11.40 a share in
        // cash", "par value $0.0001 per share").
        let shares_counted = |ws: &[W]| {
            share_count_at(ws)
                && !self.mentions.iter().any(|o| {
                    o.kind == MentionKind::Money
                        && o.span.start <= ws[0].span.start
                        && ws[0].span.start < o.span.end
                })
        };
        // After the figure: "[per share] [in cash] and 0.14625 shares".
        let forward = (0..after.len().min(7)).any(|k| {
            joined_at(after, k)
                .is_some_and(|end| !after[..k].iter().any(counts) && shares_counted(&after[end..]))
        });
        // Before it: "0.5 Acme shares and $12 in cash"; or, the joiner right before the
        // figure, anywhere before in its sentence: "converted into 2.2 shares of common stock,
        // par value $0.0001 per share, of Acme and $45.00 in cash".
        let backward = before.len() >= 2
            && (1..before.len().min(3)).any(|k| {
                let at = before.len() - k;
                joined_at(before, at).is_some_and(|end| end == before.len())
                    && ((at.saturating_sub(5)..at).any(|i| shares_counted(&before[i..at])) || {
                        let sentence =
                            self.words_in(self.sentence.span.start, before[at].span.start);
                        (0..sentence.len()).any(|i| shares_counted(&sentence[i..]))
                    })
            });
        forward || backward
    }

    /// "If Orbital decides not to buy, it will instead pay Kestrel $5 billion": in an article
    /// about an acquisition, a verb of paying after "instead" (at most two words before the
    /// figure, a party between), in a sentence that denies buying before it. The cue from
    /// "instead" to the verb.
    fn paid_instead_of_buying(&self, m: &Mention) -> Option<Span> {
        if !self.acquisition {
            return None;
        }
        let before = self.words_in(self.sentence.span.start, m.span.start);
        let verb = before
            .iter()
            .rev()
            .take(3)
            .position(|w| FEE_PAYING_VERBS.contains(&w.low()))
            .map(|p| before.len() - 1 - p)?;
        let instead = verb
            .checked_sub(1)
            .filter(|&i| INSTEAD_WORDS.contains(&before[i].low()))?;
        let head = &before[..instead];
        (self.negates(head) && head.iter().any(buying))
            .then(|| before[instead].span.union(before[verb].span))
    }

    /// "plus a $6 billion deferred services fee" right after a termination fee of this
    /// sentence, in the same unit, a fee named within six words after the figure ("and an
    /// additional $6 billion classified as a deferred services fee"): a termination fee too,
    /// its cue the words that add it to the fee's noun.
    fn added_fee(
        &self,
        m: &Mention,
        bw: &[W],
        aw: &[W],
        out: &[Claim],
    ) -> Option<(&'static str, Span)> {
        let cue = find_before(bw, cues!(ADDED_FEE_CUES), 0)?;
        let fee = aw
            .iter()
            .take(6)
            .find(|w| matches!(w.low(), "fee" | "fees"))?;
        out.iter()
            .rev()
            .take_while(|c| c.sentence == self.sentence.span)
            .find(|c| c.span.end <= cue.start)
            .filter(|c| c.attribute == "termination_fee" && c.unit == m.unit)
            .map(|_| ("termination_fee", cue.union(fee.span)))
    }

    /// The attribute of the claim of the money figure before the `k`th, when that one follows
    /// "from" and this one "to" in one sentence, the same unit, no other figure between; and
    /// the "to" (the cue).
    fn changed_to(&self, k: usize, bw: &[W], out: &[Claim]) -> Option<(&'static str, Span)> {
        let to = bw.last().filter(|w| w.lower == "to")?;
        let m = &self.mentions[k];
        let prev = self.mentions[..k]
            .iter()
            .rev()
            .find(|p| p.kind == MentionKind::Money)
            .filter(|p| p.unit == m.unit && p.span.start >= self.sentence.span.start)?;
        let before_prev = self.words_in(self.sentence.span.start, prev.span.start);
        let qualifier_start = prev.qualifier_span.map_or(prev.span.start, |q| q.start);
        if before_prev
            .iter()
            .rev()
            .find(|w| w.span.end <= qualifier_start)
            .is_none_or(|w| w.lower != "from")
        {
            return None;
        }
        let claim = out
            .iter()
            .rev()
            .take_while(|c| c.sentence == self.sentence.span)
            .find(|c| c.span.start <= prev.span.start && prev.span.end <= c.span.end)?;
        // (Only a figure's own attribute, as the rules name it: a valuation, a round.)
        match &claim.attribute {
            Cow::Borrowed(a) if claim.unit == m.unit => Some((*a, to.span)),
            _ => None,
        }
    }

    /// Subject of a valuation or round: "values X at", "X's ... round", else the article's investee.
    fn valued_subject(&self, m: Span) -> Option<Arc<str>> {
        let clause = self.clause_of(m.start);
        let bw = self.words_in(clause.start, m.start);
        for (i, w) in bw.iter().enumerate().rev() {
            // ("Orbital is targeting a valuation of up to $900 billion": the party aiming.)
            let seeks_a_valuation = VALUATION_SEEKING_VERBS.contains(&w.low())
                && bw[i + 1..]
                    .iter()
                    .take(3)
                    .any(|n| n.low().starts_with("valuation"));
            if seeks_a_valuation
                || matches!(
                    w.low(),
                    "values" | "valuing" | "valued" | "raise" | "raised" | "raises" | "raising"
                )
            {
                let after: Vec<&EntityMention> = self.orgs_in(w.span.end, m.start).collect();
                if let Some(e) = after.first() {
                    return Some(e.name.clone());
                }
                // ("Zentrix, a startup founded by Mara Quill, has raised": not the founder.)
                if let Some(e) = self
                    .orgs_in(clause.start, w.span.start)
                    .filter(|e| {
                        !in_apposition(self.text, self.sentence.span.start, e.span, w.span.start)
                    })
                    .last()
                    && i > 0
                {
                    return Some(e.name.clone());
                }
            }
        }
        if let Some(e) = self
            .orgs_in(clause.start, m.start)
            .last()
            .filter(|e| e.possessive && m.start - e.span.end < 40)
        {
            return Some(e.name.clone());
        }
        // "Anthropic, which was valued at ...": the which-clause's antecedent; "Quill Fund is
        // to lead this funding round, which could raise $2.5 billion": a round's, raised by
        // the company the article is about.
        if self.opens_relative(clause, m.start) {
            let round_before = self
                .words_in(self.sentence.span.start, clause.start)
                .last()
                .is_some_and(|w| ROUND_NOUNS.contains(&w.low()));
            if round_before {
                return self.parties.investee.clone();
            }
            if let Some(e) = self.orgs_in(self.sentence.span.start, clause.start).last() {
                return Some(e.name.clone());
            }
        }
        self.parties.investee.clone()
    }

    /// Parties of a distributive "each": "A and B are each contributing $X", "$X each from A and B".
    fn each_parties(&self, m: &Mention, bw: &[W], aw: &[W]) -> Option<Vec<Arc<str>>> {
        let each_before = bw.iter().rev().take(3).any(|w| w.lower == "each");
        let each_after = aw.first().is_some_and(|w| w.lower == "each");
        if !(each_before || each_after) {
            return None;
        }
        let clause = self.clause_of(m.span.start);
        let from = aw.iter().take(4).find(|w| w.lower == "from");
        let list: Vec<&EntityMention> = match from {
            Some(f) => {
                let after: Vec<&EntityMention> = self
                    .orgs_in(f.span.end, clause.end)
                    .filter(|e| e.kind == EntityKind::Org)
                    .collect();
                self.entity_list(&after, false)
            }
            None => {
                let before: Vec<&EntityMention> = self
                    .orgs_in(clause.start, m.span.start)
                    .filter(|e| e.kind == EntityKind::Org)
                    .collect();
                self.entity_list(&before, true)
            }
        };
        let mut names: Vec<Arc<str>> = Vec::new();
        for e in list {
            if !names.contains(&e.name) {
                names.push(e.name.clone());
            }
        }
        (names.len() >= 2).then_some(names)
    }

    /// The run of parties joined by "and" / "," at the start (or, `backwards`, the end) of `es`.
    fn entity_list<'e>(&self, es: &[&'e EntityMention], backwards: bool) -> Vec<&'e EntityMention> {
        let joined = |a: &EntityMention, b: &EntityMention| {
            let gap = self.text[a.span.end..b.span.start]
                .trim()
                .trim_start_matches(['\'', '’'])
                .trim_start_matches('s');
            matches!(
                gap.trim(),
                "and" | "," | ", and" | "&" | "as well as" | "and also" | "or"
            )
        };
        let mut run: Vec<&EntityMention> = Vec::new();
        if backwards {
            for e in es.iter().rev() {
                if run.last().is_none_or(|l| joined(e, l)) {
                    run.push(e);
                } else {
                    break;
                }
            }
            run.reverse();
        } else {
            for e in es {
                if run.last().is_none_or(|l| joined(l, e)) {
                    run.push(e);
                } else {
                    break;
                }
            }
        }
        run
    }

    fn each_quote(&self, m: &Mention) -> Span {
        let clause = self.clause_of(m.span.start);
        let before: Vec<&EntityMention> = self
            .orgs_in(clause.start, m.span.start)
            .filter(|e| e.kind == EntityKind::Org)
            .collect();
        let first = self
            .entity_list(&before, true)
            .first()
            .map_or(m.span.start, |e| e.span.start);
        let aw = self.words_in(m.span.end, clause.end);
        let first = if aw.iter().take(4).any(|w| w.lower == "from") {
            m.span.start
        } else {
            first
        };
        let end = match aw.iter().take(4).position(|w| w.lower == "from") {
            Some(p) => {
                let f = &aw[p];
                let list: Vec<&EntityMention> = self.orgs_in(f.span.end, clause.end).collect();
                self.entity_list(&list, false)
                    .last()
                    .map_or(m.span.end, |e| e.span.end)
            }
            None => aw
                .first()
                .filter(|w| w.lower == "each")
                .map_or(m.span.end, |w| w.span.end),
        };
        Span::new(first.min(m.span.start), end.max(m.span.end))
    }

    /// "a deal for 49% of Scale AI": a percentage of a party (not of its revenue, "of
    /// OpenAI's compute"), in a sentence about investing or buying, is a stake in it. Returns
    /// the span of "of" and the party.
    /// The party named right after "of" at the start of `aw` (not a possessive: "of Intel",
    /// not "of Intel's"), with the span of that "of".
    fn party_after_of(&self, aw: &[W]) -> Option<(Span, &EntityMention)> {
        let (of, next) = (aw.first()?, aw.get(1)?);
        if of.lower != "of" {
            return None;
        }
        // "controls 77% of the voting shares of Paramount": the shares' company.
        let next = match aw[1..aw.len().min(6)]
            .iter()
            .position(|w| SHARE_NOUNS.contains(&w.low()))
        {
            Some(i)
                if next.lower == "the"
                    && aw.get(i + 2).is_some_and(|o| o.lower == "of")
                    && aw[2..i + 1]
                        .iter()
                        .all(|w| self.text[w.span.start..].starts_with(char::is_lowercase)) =>
            {
                aw.get(i + 3)?
            }
            _ => next,
        };
        let held = self
            .orgs_in(next.span.start, self.sentence.span.end)
            .next()
            .filter(|e| e.span.start == next.span.start && !e.possessive)?;
        // ("38.6% of Corvex revenue": a share of what the company reports, no stake in it.)
        if self
            .words_in(held.span.end, self.sentence.span.end)
            .first()
            .is_some_and(|w| MEASURE_NOUNS.contains(&w.low()))
        {
            return None;
        }
        Some((of.span, held))
    }

    fn share_of_a_party(&self, aw: &[W]) -> Option<Span> {
        let (of, held) = self.party_after_of(aw)?;
        // "leaves Nvidia with roughly 4% of Intel": a holder named before the share with a
        // word of holding says so as well as words of investing or acquiring.
        let holder = || {
            let clause = self.clause_of(of.start);
            self.orgs_in(clause.start, of.start)
                .filter(|e| e.name != held.name && !e.possessive)
                .any(|e| {
                    self.words_in(e.span.end, of.start)
                        .iter()
                        .take(3)
                        .any(|w| HOLDING_WORDS.contains(&w.low()))
                })
        };
        // ("the 25% of Arm held by its Vision Fund": a holder named after it.)
        let held_after = || {
            self.held_by(held.span.end, self.clause_of(of.start))
                .is_some()
        };
        (self.investment_words() || self.acquisition_sentence || holder() || held_after())
            .then(|| of.union(held.span))
    }

    /// The cue of a percentage a party holds: a verb of holding right before it ("would own
    /// 80% of the site", "Meta would keep 20%"), or the rest of a stake the sentence named
    /// before it ("and Meta the remaining 20%"); not a share of a market ("holds 80% of the
    /// chip market").
    fn held_share(&self, bw: &[W], aw: &[W], out: &[Claim]) -> Option<Span> {
        if aw.iter().take(4).any(|w| w.lower.starts_with("market")) {
            return None;
        }
        // "hands Blue Owl 80% of": the party given it holds it.
        let given = bw.split_last().and_then(|(last, rest)| {
            let clause = self.clause_of(last.span.start);
            let e = self
                .orgs_in(clause.start, last.span.end)
                .last()
                .filter(|e| e.span.end == last.span.end && !e.possessive)?;
            let verb = rest.iter().rev().find(|w| w.span.end <= e.span.start)?;
            GIVING_VERBS
                .contains(&verb.low())
                .then(|| Span::new(verb.span.start, e.span.end))
        });
        find_before(bw, cues!(HOLDING_VERBS), 1)
            .or(given)
            .or_else(|| {
                let rest = find_before(bw, cues!(REST_OF_STAKE_CUES), 0)?;
                out.iter()
                    .rev()
                    .take_while(|c| c.sentence == self.sentence.span)
                    .any(|c| c.attribute == "stake_percent")
                    .then_some(rest)
            })
    }

    /// The party a share after the figure ending at `m_end` is "held by" or "owned by" ("the
    /// 25% of Arm held by its Vision Fund"), "its" or "the" at most between.
    fn held_by(&self, m_end: usize, clause: Span) -> Option<Arc<str>> {
        let aw = self.words_in(m_end, clause.end);
        let i = aw
            .iter()
            .take(8)
            .position(|w| HELD_BY_WORDS.contains(&w.low()))?;
        let by = aw.get(i + 1).filter(|w| w.lower == "by")?;
        // (Not past a comma: "which controls 77% of Paramount, is owned by the Redstones"
        // tells who owns the holder.)
        if self.text[m_end..by.span.start].contains(',') {
            return None;
        }
        // (Not "held by Tribune's former chairman": a possessive names someone else.)
        let e = self
            .orgs_in(by.span.end, clause.end)
            .next()
            .filter(|e| !e.possessive)?;
        (self.words_in(by.span.end, e.span.start).len() <= 1).then(|| e.name.clone())
    }

    fn percent(&self, k: usize, m: &Mention, out: &mut Vec<Claim>) {
        let (bw, aw) = self.windows(k, m);
        let mut held = None;
        let mut of_party = None;
        // "for each share they own, a 33 per cent premium": a premium named right after the
        // figure is one, whatever verb of holding stands before it.
        let premium_after = find_after(aw, cues!(PREMIUM_CUES), 0);
        // "and VMware's about 12%", "while VMware shareholders will hold about 12%", "with
        // VMware shareholders holding the remaining 12%": the other side's share of the
        // combined company, after the first side's in the sentence.
        let other_side = || {
            out.last()
                .filter(|c| c.sentence == self.sentence.span && c.attribute == "combined_ownership")
                .and_then(|c| {
                    let e = self.orgs_in(c.span.end, m.span.start).last()?;
                    let between = self.words_in(e.span.end, m.span.start);
                    let owners = between
                        .first()
                        .is_some_and(|w| OWNER_NOUNS.contains(&w.low()))
                        && between.len() <= 6
                        && between.iter().any(|w| HOLDING_VERBS.contains(&w.low()));
                    ((e.possessive && between.len() <= 2) || owners).then_some(e.span)
                })
        };
        // "27% ownership for Beta shareholders": the share of the combined company that one
        // side's owners get, that side's.
        let owners_share = || {
            let [own, by, ..] = aw else { return None };
            if own.lower != "ownership" || !matches!(by.low(), "for" | "by") {
                return None;
            }
            let e = self.orgs_in(by.span.end, self.sentence.span.end).next()?;
            let next = self.words_in(e.span.end, self.sentence.span.end).first()?;
            (self.words_in(by.span.end, e.span.start).len() <= 1
                && OWNER_NOUNS.contains(&next.low()))
            .then(|| (Span::new(own.span.start, next.span.end), e.name.clone()))
        };
        let mut owners = None;
        let (attribute, cue) = if let Some(c) = premium_after {
            ("premium_percent", Some(c))
        } else if let Some(c) = find_after(aw, cues!(COMBINED_COMPANY_CUES), 0) {
            ("combined_ownership", Some(c))
        } else if let Some((c, side)) = owners_share() {
            owners = Some(side);
            ("combined_ownership", Some(c))
        } else if let Some(c) = other_side() {
            ("combined_ownership", Some(c))
        } else if let Some(c) = find_after(aw, cues!(STAKE_CUES), 2)
            .or_else(|| find_before(bw, cues!(STAKE_BEFORE_CUES), 2))
        {
            ("stake_percent", Some(c))
        } else if let Some(c) = self.share_of_a_party(aw) {
            // ("the 25% of Corvex": Corvex's shares.)
            of_party = self.orgs_in(c.start, c.end).last().map(|e| e.name.clone());
            ("stake_percent", Some(c))
        } else if let Some(c) = self.held_share(bw, aw, out) {
            held = Some(c);
            ("stake_percent", Some(c))
        } else if let Some(c) = find_after(aw, cues!(PREMIUM_CUES), 2)
            .or_else(|| find_before(bw, cues!(PREMIUM_BEFORE_CUES), 3))
            .or_else(|| {
                // "about 45% more than Activision's last close": a premium to the share price;
                // "33% above its 90-day average", to an average of the price.
                let over = find_after(aw, cues!(ABOVE_CUES), 1)?;
                let price = find_any(aw, cues!(SHARE_PRICE_NOUNS)).or_else(|| {
                    aw.windows(2)
                        .find(|p| {
                            p[1].low() == "average"
                                && AVERAGE_SPAN_ENDS.iter().any(|e| p[0].low().ends_with(e))
                        })
                        .map(|p| p[0].span.union(p[1].span))
                })?;
                (self.acquisition).then(|| over.union(price))
            })
        {
            ("premium_percent", Some(c))
        } else {
            ("percentage", None)
        };
        // ("PIF already holds nearly 10% of EA and has made investments in Affinity
        // Partners": the party right after "of" is the one held.)
        // (A name, not a role noun: "about 90% of the company".)
        if attribute == "stake_percent" && of_party.is_none() {
            of_party = self
                .party_after_of(aw)
                .filter(|(_, e)| e.kind == EntityKind::Org)
                .map(|(_, e)| e.name.clone());
        }
        let clause = self.clause_of(m.span.start);
        let quote = cue.map_or(m.span, |c| m.span.union(c));
        // A stake is held in the investee by the party named before it; another percentage
        // is about the nearest party or product named before it in its clause.
        // A stake a party holds ("Meta would keep 20%", "with Meta keeping a 20% stake") is
        // the holder's, named last before a verb of holding in its clause; it is held in the
        // article's investee, or, when the holder is that, in the other party the sentence
        // names ("Blue Owl would own 80% of the site and Meta would keep 20%").
        let holding = (attribute == "stake_percent")
            .then(|| held.or_else(|| find_before(bw, cues!(HOLDING_VERBS), 2)))
            .flatten();
        let holder = holding.and_then(|c| {
            self.orgs_in(c.start, c.end)
                .last()
                .or_else(|| self.orgs_in(clause.start, c.start).last())
        });
        let (subject, investor) = if let Some(h) = holder {
            let s = of_party.filter(|s| *s != h.name);
            let s = s
                .or_else(|| self.investee(m.span).filter(|s| *s != h.name))
                .or_else(|| {
                    self.orgs_in(self.sentence.span.start, self.sentence.span.end)
                        .find(|e| e.name != h.name)
                        .map(|e| e.name.clone())
                });
            (s, Some(h.name.clone()))
        } else if attribute == "stake_percent" {
            let s = of_party.or_else(|| self.investee(m.span));
            let i = self
                .held_by(m.span.end, clause)
                .or_else(|| self.investor(m.span, s.as_ref()));
            (s, i)
        } else if attribute == "combined_ownership" {
            // The side whose shareholders hold it: the party named last before the figure
            // (or after it, for "ownership for").
            let holder = owners.or_else(|| {
                self.orgs_in(clause.start, m.span.start)
                    .last()
                    .map(|e| e.name.clone())
            });
            (holder, None)
        } else if attribute == "premium_percent" {
            let t = self.target();
            let b = self
                .parties
                .investor
                .clone()
                .filter(|b| Some(b) != t.as_ref());
            (t, b)
        } else {
            let s = self
                .orgs_in(clause.start, m.span.start)
                .last()
                .map(|e| e.name.clone());
            (s.or_else(|| self.parties.investee.clone()), None)
        };
        let mut d = self.money_draft(
            attribute,
            m,
            quote.union(m.qualifier_span.unwrap_or(m.span)),
            subject,
            investor,
        );
        d.unit = "percent";
        self.push(d, out);
    }

    /// Whether a term's cue starting at `at` opens a span a comparison is made over, no
    /// term: "the largest European deal in over two years" ([`COMPARISON_SPAN_LEADS`]).
    fn comparison_span(&self, at: usize) -> bool {
        self.words_in(self.sentence.span.start, at)
            .last()
            .is_some_and(|w| COMPARISON_SPAN_LEADS.contains(&w.low()))
    }

    fn quantity(&self, k: usize, m: &Mention, out: &mut Vec<Claim>) {
        let (bw, aw) = self.windows(k, m);
        let clause = self.clause_of(m.span.start);
        let attribute = match m.unit {
            "year" => {
                let term = find_before(bw, cues!(TERM_CUES), 0)
                    .is_some_and(|c| !self.comparison_span(c.start))
                    || find_after(aw, cues!(TERM_NOUNS), 1).is_some()
                        && self.text[m.span.start..m.span.end].contains('-');
                // "a three-year term loan": the debt's maturity.
                let debt = find_after(aw, cues!(DEBT_NOUNS), 1).is_some();
                // A contract's term: the sentence names a contract or has given its value
                // (not "payments over the next three years" of an investment, nor "a prison
                // term of up to five years").
                // ("agreed to provide Corvex with GPU capacity over five years": a supply deal.)
                let contract = self.ws.iter().any(|w| CONTRACT_NOUNS.contains(&w.low()))
                    || self.supply_deal()
                    || out
                        .iter()
                        .rev()
                        .take_while(|c| c.sentence == self.sentence.span)
                        .any(|c| c.attribute == "contract_value");
                if !term || debt || !contract || self.others_after(m.span.end) {
                    return;
                }
                "contract_term_years"
            }
            // "the first 1 gigawatt", "grows from 1 gigawatt to 6 gigawatts": the first part
            // of the capacity, not another figure of all of it.
            "GW" if self.initial_capacity(k, m, bw, aw) => "compute_capacity_initial_gw",
            "GW" => "compute_capacity_gw",
            _ => return,
        };
        let mut unnamed = false;
        let (subject, investor) = if attribute == "contract_term_years" {
            (Some(self.contract_subject(m.span.start)), None)
        } else {
            // The capacity's holder: a main party named before it in its clause, not as the
            // maker of the goods ("AMD graphics processors", "AMD delivers").
            let main = [&self.parties.investee, &self.parties.investor];
            let named = self
                .orgs_in(clause.start, m.span.start)
                .filter(|e| main.iter().any(|p| p.as_ref() == Some(&e.name)))
                .filter(|e| !self.supplier(e, m.span.start))
                .last()
                .map(|e| e.name.clone());
            unnamed = named.is_none();
            (named.or_else(|| self.parties.investee.clone()), None)
        };
        let mut d = self.money_draft(
            attribute,
            m,
            m.span.union(m.qualifier_span.unwrap_or(m.span)),
            subject,
            investor,
        );
        if attribute == "contract_term_years" {
            if let Some(c) = find_before(bw, cues!(TERM_CUES), 0) {
                d.quote = d.quote.union(c);
            }
            // A contract term is firm unless hedged words say otherwise; qualifiers of money
            // ("over") do not apply to durations.
            d.qualifier = Qualifier::Exact;
        }
        let before = out.len();
        let holder = d.subject.clone();
        self.push(d, out);
        // (A separate matter's capacity is its own.)
        if attribute != "contract_term_years" && out.len() > before && !self.separate {
            let mut holders = self.capacity.borrow_mut();
            if unnamed {
                holders.unnamed.push(before);
            } else if holders.named.is_none() {
                holders.named = holder;
            }
        }
    }

    /// Whether `m` is an amount the money could be lowered to: "to" right before it, a verb
    /// of lowering within the four words before that ("could be reduced to", "may cut its
    /// commitment to"), and a modal verb before it in its clause or a condition in its
    /// sentence ("... to $20 billion if the restructuring fails").
    /// Returns the span from the verb to the figure.
    fn hypothetical_reduction(&self, m: &Mention, bw: &[W]) -> Option<Span> {
        let (to, before) = bw.split_last()?;
        if to.lower != "to" {
            return None;
        }
        let verb = before
            .iter()
            .rev()
            .take(4)
            .find(|w| REDUCTION_VERBS.contains(&w.low()))?;
        // (A modal is written in lower case: "in May" is a month.)
        let clause = self.clause_of(m.span.start);
        let modal = self.words_in(clause.start, m.span.start).iter().any(|w| {
            MODAL_WORDS.contains(&w.low())
                && self.text[w.span.start..].starts_with(|c: char| c.is_lowercase())
        });
        let condition = self.ws.iter().any(|w| CONDITION_OPENERS.contains(&w.low()));
        (modal || condition).then(|| Span::new(verb.span.start, m.span.end))
    }

    /// Whether the figure at `m` is floated: a modal verb before it in its `clause` ("would
    /// pay", in lower case: "in May" is a month) and a condition after it in its sentence
    /// ("if talks were allowed").
    /// Whether a party, and nothing else, stands between the cue ending at `cue_end` and the
    /// word `at` ("valued Anthropic at").
    fn valued_party(&self, cue_end: usize, at: &W) -> bool {
        self.orgs_in(cue_end, at.span.start)
            .next()
            .is_some_and(|e| {
                self.words_in(cue_end, e.span.start).is_empty()
                    && self.words_in(e.span.end, at.span.start).is_empty()
            })
    }

    /// The word of selling or buying assets that the figure ending at `m_end` prices: the
    /// last such word before it in its sentence, else the first after it ("a $1.98 billion
    /// deal under which C&S will buy more than 400 locations"), when a noun of [`ASSET_NOUNS`]
    /// follows it within eight words with no party between ("buy Albertsons, which runs 2,200
    /// stores, for $24.6 billion" buys a company).
    fn asset_sale(&self, m_end: usize) -> Option<&W<'a>> {
        let dealing = |w: &W| SELLING_WORDS.contains(&w.low()) || buying(w);
        let before = self.words_in(self.sentence.span.start, m_end);
        let after = self.words_in(m_end, self.sentence.span.end);
        let (ws, i) = match before.iter().rposition(dealing) {
            Some(i) => (before, i),
            None => (after, after.iter().position(dealing)?),
        };
        let verb = &ws[i];
        let noun = ws[i + 1..]
            .iter()
            .take(8)
            .find(|w| ASSET_NOUNS.contains(&w.low()))?;
        self.orgs_in(verb.span.end, noun.span.start)
            .all(|e| e.possessive)
            .then_some(verb)
    }

    /// Who buys the assets the figure ending at `m_end` prices ([`Ctx::asset_sale`]): the
    /// party after "to" after a word of selling ("sell 413 stores ... to C&S"), the party
    /// before a word of buying ("C&S will buy 579 stores"); else the article's target.
    fn asset_buyer(&self, m_end: usize) -> Option<Arc<str>> {
        let s = self.sentence.span;
        let buyer = self.asset_sale(m_end).and_then(|verb| {
            if SELLING_WORDS.contains(&verb.low()) {
                self.orgs_in(verb.span.end, s.end)
                    .find(|e| {
                        self.words_in(verb.span.end, e.span.start)
                            .last()
                            .is_some_and(|w| w.lower == "to")
                    })
                    .map(|e| e.name.clone())
            } else {
                self.orgs_in(s.start, verb.span.start)
                    .last()
                    .map(|e| e.name.clone())
            }
        });
        buyer.or_else(|| self.target())
    }

    /// A deal's approval is no such condition: "would pay $20 billion ..., if antitrust
    /// enforcers approve it" is the price agreed, awaiting approval.
    fn floated(&self, m: Span, clause: Span) -> bool {
        if !self.words_in(clause.start, m.start).iter().any(|w| {
            MODAL_WORDS.contains(&w.low())
                && self.text[w.span.start..].starts_with(|c: char| c.is_lowercase())
        }) {
            return false;
        }
        let after = self.words_in(m.end, self.sentence.span.end);
        after
            .iter()
            .position(|w| CONDITION_OPENERS.contains(&w.low()))
            .is_some_and(|i| {
                !after[i + 1..]
                    .iter()
                    .any(|w| APPROVAL_WORDS.contains(&w.low()))
            })
    }

    /// Whether the party `e`, named before the figure at `at`, is named as the maker of the
    /// goods: a noun of goods or a verb of supplying within three words after it.
    fn supplier(&self, e: &EntityMention, at: usize) -> bool {
        self.words_in(e.span.end, at)
            .iter()
            .take(3)
            .any(|w| GOODS_NOUNS.contains(&w.low()) || SUPPLY_VERBS.contains(&w.low()))
    }

    /// Whether the money figure `k` is spread over a term right after it: "$17.4bn over the
    /// next five years", "$10 billion across six years".
    fn term_right_after(&self, k: usize) -> bool {
        let m = &self.mentions[k];
        let Some(term) = self.mentions.get(k + 1) else {
            return false;
        };
        if term.kind != MentionKind::Quantity || term.unit != "year" {
            return false;
        }
        let between = self.words_in(m.span.end, term.span.start);
        between
            .first()
            .is_some_and(|w| TERM_OPENERS.contains(&w.low()))
            && between[1..]
                .iter()
                .all(|w| matches!(w.low(), "the" | "next" | "course" | "of" | "coming"))
    }

    /// Whether the sentence opens with a contract, its subject, before `at` ("The contract
    /// runs through 2029 and is worth ...").
    fn opens_with_contract(&self, at: usize) -> bool {
        matches!(self.ws, [d, n, ..] if BACK_DETERMINERS.contains(&d.low())
            && CONTRACT_NOUNS.contains(&n.low())
            && n.span.end <= at)
    }

    /// Whether the figure's cue is a worth or value said of a contract: "the contract was
    /// worth", "a lease valued at".
    fn contract_noun_before(&self, bw: &[W], cue: Span) -> bool {
        noun_before(bw, cue.start, 2, STRICT_CONTRACT_NOUNS)
    }

    /// Whether the sentence is about goods or services supplied, bought or leased, not about
    /// money put in: a verb of supplying or buying with a noun of goods or capacity within
    /// four words after it ("provide GPU infrastructure capacity", "buy computing power"),
    /// and no word of investing.
    fn supply_deal(&self) -> bool {
        *self.supply_deal.get_or_init(|| {
            let ws = self.ws;
            !self.invests_only()
                && ws.iter().enumerate().any(|(i, w)| {
                    (SUPPLY_VERBS.contains(&w.low()) || SERVICE_BUY_VERBS.contains(&w.low()))
                        && ws[i + 1..].iter().take(4).any(|n| {
                            GOODS_NOUNS.contains(&n.low()) || CAPACITY_NOUNS.contains(&n.low())
                        })
                })
        })
    }

    /// Whether the party `e` is named as the maker of goods the sentence speaks of, a noun of
    /// goods one or two words after it ("Nvidia graphics chips", "AMD processors"; not "AMD
    /// will supply chips", where it is a party that supplies).
    fn names_goods(&self, e: &EntityMention) -> bool {
        self.words_in(e.span.end, self.sentence.span.end)
            .iter()
            .take(2)
            .any(|w| GOODS_NOUNS.contains(&w.low()))
    }

    /// The date of `m` in ISO 8601; a date the text places relative to its own year ("by the
    /// end of the year") in the article's year, when the article's date is known, else month
    /// and day alone ("--12-31").
    fn resolved_date(&self, m: &Mention) -> String {
        let iso = m.date.clone().unwrap_or_default();
        let year = self
            .article
            .meta
            .date
            .as_deref()
            .and_then(|d| d.get(0..4))
            .and_then(|y| y.parse::<i32>().ok());
        match (m.year_offset, year, iso.strip_prefix('-')) {
            (Some(offset), Some(year), Some(month_day)) => {
                format!("{:04}{month_day}", year + offset)
            }
            _ => iso,
        }
    }

    fn date(&self, k: usize, m: &Mention, out: &mut Vec<Claim>) {
        let (bw, _) = self.windows(k, m);
        let clause = self.clause_of(m.span.start);
        let before = self.words_in(clause.start, m.span.start);
        let iso = self.resolved_date(m);
        // "expected to close in the first half of 2025": the words of a part of the year
        // stand between the cue and the year (and whose year it is: "of Vantor's fiscal 2024").
        let close = find_before(before, cues!(CLOSE_CUES), 1).or_else(|| {
            let part_of_year = before
                .iter()
                .rev()
                .take_while(|w| PART_OF_YEAR_WORDS.contains(&w.low()) || w.lower.ends_with("'s"))
                .count();
            (part_of_year > 0)
                .then(|| find_before(&before[..before.len() - part_of_year], cues!(CLOSE_CUES), 0))
                .flatten()
        });
        // "The merger must close by May 26, 2026": the date the deal may be ended after, not
        // the one expected.
        let must = |c: &Span| {
            bw.iter()
                .rev()
                .find(|w| w.span.end <= c.start)
                .is_some_and(|w| w.lower == "must")
        };
        let (attribute, cue) =
            if let Some(c) = close.filter(|_| self.acquisition || self.investment()) {
                if must(&c) {
                    ("deadline_date", c)
                } else {
                    ("expected_close", c)
                }
            } else if let Some(c) = find_before(bw, cues!(DELIVERY_CUES), 0) {
                let expected = self.words_in(c.start, c.end).first().is_some_and(|w| {
                    w.lower == "expected"
                        || w.lower == "due"
                        || w.lower == "slated"
                        || w.lower == "launch"
                        || w.lower == "completed"
                });
                if expected && find_any(before, cues!(PRODUCT_NOUNS)).is_none() {
                    return;
                }
                ("delivery_date", c)
            } else if let Some(c) = find_before(bw, cues!(DEADLINE_CUES), 1)
                .filter(|_| m.kind == MentionKind::Date && self.investment())
                // ("By November 2025, Anysphere's valuation had surged": a sentence that opens
                // with "By" and a date set off by a comma tells what stood by then.)
                .filter(|c| {
                    !(self.words_in(self.sentence.span.start, c.start).is_empty()
                        && self.text[m.span.end..].starts_with(','))
                })
                .or_else(|| {
                    // "pushed back the deadline for the merger to October 18, 2023" (the noun
                    // before the date: not "was published on 15 January 2026 and the offer
                    // period runs to 27 March 2026")
                    find_before(bw, cues!(UNTIL_CUES), 0).filter(|_| {
                        m.kind == MentionKind::Date
                            && find_any(
                                self.words_in(self.sentence.span.start, m.span.start),
                                cues!(DEADLINE_NOUNS),
                            )
                            .is_some()
                    })
                })
            {
                ("deadline_date", c)
            } else {
                return;
            };
        let (value, unit) = match (attribute, m.kind) {
            ("delivery_date", MentionKind::Year) => (Value::Number(m.value), "year"),
            _ => (Value::Text(iso), "date"),
        };
        let (subject, investor) = match attribute {
            "delivery_date" => {
                // The product or party named last before the date, in the whole sentence:
                // "Trainium4 processors, which are expected to begin delivery in 2027".
                let named = self
                    .orgs_in(self.sentence.span.start, m.span.start)
                    .last()
                    .map(|e| e.name.clone());
                (named.or_else(|| self.parties.investee.clone()), None)
            }
            _ => (self.parties.investee.clone(), self.parties.investor.clone()),
        };
        let mut d = Draft::new(
            attribute,
            (value, unit),
            m.span.union(cue),
            subject,
            investor,
            self.hedged_at(m.span.start),
        );
        // "The deal had been expected to close by early 2025": an expectation replaced.
        if attribute == "expected_close"
            && find_before(
                self.words_in(clause.start, cue.start),
                cues!(PAST_EXPECTATION_CUES),
                0,
            )
            .is_some()
        {
            d.status = Status::Superseded;
        }
        self.push(d, out);
    }

    fn text_draft(
        &self,
        attribute: &'static str,
        value: String,
        quote: Span,
        subject: Option<Arc<str>>,
        investor: Option<Arc<str>>,
    ) -> Draft {
        Draft::new(
            attribute,
            (Value::Text(value), "text"),
            quote,
            subject,
            investor,
            self.hedged_at(quote.start.max(quote.end.saturating_sub(1))),
        )
    }

    /// Conditions on money: IPO, AGI, approvals, milestones, a quoted named event.
    fn conditions(&self, out: &mut Vec<Claim>) {
        let about_a_deal = self.investment()
            || (self.mask.has(Table::DealNouns) && find_any(self.ws, cues!(DEAL_NOUNS)).is_some());
        if !self.condition() || !about_a_deal {
            return;
        }
        let attribute = if self.acquisition {
            "closing_condition"
        } else {
            "tranche_condition"
        };
        let mut found: Vec<(String, Span)> = Vec::new();
        let mut i = 0;
        while i < self.ws.len() {
            let best = CONDITION_TERMS_INDEX
                .starting_at(&self.ws[i])
                .filter_map(|(k, t)| {
                    t.at(self.ws, i)
                        .map(|e| (e, CONDITION_TERMS[k].1.to_string()))
                })
                .max_by_key(|(e, _)| *e);
            match best {
                Some((e, v)) => {
                    let span = span_of(self.ws, i, e);
                    let merged = found.last_mut().filter(|(pv, ps)| {
                        *pv == v
                            && self.text[ps.end..span.start]
                                .trim()
                                .trim_matches(['(', ')'])
                                .trim()
                                .is_empty()
                    });
                    match merged {
                        Some(last) => last.1 = last.1.union(span),
                        None => {
                            // "artificial general intelligence milestones": one condition.
                            let follows_term = v == "milestones"
                                && found.last().is_some_and(|(_, ps)| {
                                    self.text[ps.end..span.start].trim().is_empty()
                                });
                            if !follows_term {
                                found.push((v, span));
                            }
                        }
                    }
                    i = e;
                }
                None => i += 1,
            }
        }
        // "subject to regulatory and shareholder approvals": the first adjective, joined by
        // "and" to the second's term, is an approval of its own.
        let approval_of = |w: &W| {
            APPROVAL_ADJECTIVES
                .iter()
                .find(|(a, _)| w.lower == *a)
                .map(|(_, v)| *v)
        };
        for (i, w) in self.ws.iter().enumerate() {
            let Some(value) = approval_of(w) else {
                continue;
            };
            if let [and, second, noun, ..] = &self.ws[i + 1..]
                && and.lower == "and"
                && approval_of(second).is_some_and(|v| v != value)
                && matches!(noun.low(), "approval" | "approvals")
            {
                let span = Span::new(w.span.start, noun.span.end);
                if !found
                    .iter()
                    .any(|(v, f)| v == value && f.start <= span.start && span.end <= f.end)
                {
                    found.push((value.to_string(), span));
                }
            }
        }
        // "approval by Activision shareholders", "a vote of EA stockholders", "the approval
        // of regulators and of EA's stockholders", "approval by the shareholders of both
        // companies and by regulators": who approves, within ten words, none past a comma.
        for (i, w) in self.ws.iter().enumerate() {
            if matches!(w.low(), "approval" | "vote")
                && self
                    .ws
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.low(), "by" | "of" | "from"))
            {
                let who = &self.ws[i + 2..self.ws.len().min(i + 12)];
                let who = &who[..who
                    .windows(2)
                    .position(|p| self.text[p[0].span.end..p[1].span.start].contains([',', ';']))
                    .map_or(who.len(), |k| k + 1)];
                for (value, words) in APPROVERS {
                    let end = if let Some(h) = who.iter().find(|x| words.contains(&x.low())) {
                        h.span.end
                    } else if *value == "regulatory approval"
                        && let (Some(first), Some(last)) = (who.first(), who.last())
                        && let Some(a) = self
                            .parties
                            .within(Span::new(first.span.start, last.span.end))
                            .find(|e| e.kind == EntityKind::Authority)
                    {
                        // ("approval by the Surface Transportation Board": a regulator
                        // named.)
                        a.span.end
                    } else {
                        continue;
                    };
                    let span = Span::new(w.span.start, end);
                    // ("regulatory approval from the Surface Transportation Board": one
                    // condition, the term's quote taking the approver in.)
                    match found
                        .iter_mut()
                        .find(|(v, f)| v == value && f.start < span.end && span.start < f.end)
                    {
                        Some((_, f)) => *f = f.union(span),
                        None => found.push((value.to_string(), span)),
                    }
                }
            }
        }
        // A quoted, capitalised name of an event: “Mandatory Funding Event”.
        let s = self.sentence.span.slice(self.text);
        for (open, close) in [('“', '”'), ('"', '"')] {
            let mut rest = s;
            let mut base = self.sentence.span.start;
            while let Some(a) = rest.find(open) {
                let after = &rest[a + open.len_utf8()..];
                let Some(b) = after.find(close) else { break };
                let inner = &after[..b];
                let n = inner.split_whitespace().count();
                if (2..=6).contains(&n)
                    && inner
                        .split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase))
                {
                    let start = base + a;
                    let end = start + open.len_utf8() + b + close.len_utf8();
                    found.push((inner.to_string(), Span::new(start, end)));
                }
                let consumed = a + open.len_utf8() + b + close.len_utf8();
                base += consumed;
                rest = &rest[consumed..];
            }
        }
        for (value, span) in found {
            // "The approval marks a significant milestone": a term that is the sentence's only
            // word of conditions names no condition.
            let cued_elsewhere = || {
                let (before, after) = (
                    self.words_in(self.sentence.span.start, span.start),
                    self.words_in(span.end, self.sentence.span.end),
                );
                find_any(before, cues!(CONDITION_CUES)).is_some()
                    || find_any(after, cues!(CONDITION_CUES)).is_some()
            };
            if CONDITION_CUES.contains(&value.as_str()) && !cued_elsewhere() {
                continue;
            }
            // ("a contingent value right ... tied to three clinical and regulatory
            // milestones": no deal closes on milestones; later payments are paid on them.)
            let attribute = if value == "milestones" {
                "tranche_condition"
            } else {
                attribute
            };
            let clause = self.clause_of(span.start);
            let before = self.words_in(clause.start, span.start);
            let near = &before[before.len().saturating_sub(8)..];
            // The cue before the term; else the words before it, when there are some; else
            // the cue after it ("AGI ... is tied to").
            let after_cue = || {
                find_after(
                    self.words_in(span.end, clause.end),
                    cues!(CONDITION_CUES),
                    8,
                )
            };
            let quote = match find_any(near, cues!(CONDITION_CUES)) {
                Some(c) => Span::new(c.start, span.end),
                None if near.len() < 3 && after_cue().is_some() => {
                    Span::new(span.start, after_cue().map_or(span.end, |c| c.end))
                }
                None => Span::new(near.first().map_or(span.start, |w| w.span.start), span.end),
            };
            // ("agreed to a $55 billion sale to Qirat Fund, subject to a vote of Corvex
            // stockholders": a condition of closing is the deal's whose price the sentence
            // gives.)
            let (target, buyer) = out
                .iter()
                .rev()
                .take_while(|c| c.sentence == self.sentence.span)
                .find(|c| attribute == "closing_condition" && c.attribute == "acquisition_price")
                .map_or_else(
                    || (self.parties.investee.clone(), self.parties.investor.clone()),
                    |c| (Some(c.subject.clone()), c.investor.clone()),
                );
            let mut d = self.text_draft(attribute, value, quote, target, buyer);
            // "had no path to regulatory approval": the condition stood and could not be met,
            // which denies nothing of it.
            let before = self.text[self.sentence.span.start..span.start].trim_end();
            let unmet = UNMET_CONDITION_CUES
                .iter()
                .any(|c| crate::entities::ends_with_phrase(before, c));
            if !unmet && self.negated_before_cause(span.start) {
                d.stance = Stance::Denied;
                d.hedged = self.sentence_hedge() && !self.clause_has_denial_source(span.start);
            }
            self.push(d, out);
        }
    }

    fn clause_has_denial_source(&self, pos: usize) -> bool {
        let c = self.clause_of(pos);
        find_any(self.words_in(c.start, pos), cues!(STATEMENT_VERBS)).is_some()
    }

    /// How an acquisition is paid: "all-cash", "$32 billion in cash", "cash and stock".
    fn considerations(&self, out: &mut Vec<Claim>) {
        if !self.mask.has(Table::Consideration) {
            return;
        }
        let mut i = 0;
        while i < self.ws.len() {
            if !self.mask.begins(Table::Consideration, i) {
                i += 1;
                continue;
            }
            let best = CONSIDERATION_TERMS_INDEX
                .starting_at(&self.ws[i])
                .filter_map(|(k, t)| t.at(self.ws, i).map(|e| (e, CONSIDERATION_TERMS[k].1)))
                .max_by_key(|(e, _)| *e);
            let Some((e, value)) = best else {
                i += 1;
                continue;
            };
            let span = span_of(self.ws, i, e);
            // "in cash" counts after a figure; the compounds ("all-cash") count anywhere.
            let compound = self.ws[i].lower.contains('-') || e - i > 2;
            // The figures the term is written right after ("$3.50 per share in cash").
            let figures_before = |span: Span| {
                self.mentions.iter().filter(move |m| {
                    m.kind == MentionKind::Money
                        && m.span.end <= span.start
                        && matches!(
                            self.text[m.span.end..span.start].trim(),
                            "" | "per share" | "a share"
                        )
                })
            };
            let after_money = figures_before(span).next().is_some();
            if compound || after_money {
                // "$142.50 in cash or 0.2520 of a Gamma share", "into Gamma stock and ... into
                // $142.50 in cash each": the cash is one part of a price in cash and stock.
                let stock_leg = (value == "cash" && !compound)
                    .then(|| self.stock_leg(span))
                    .flatten();
                // ("$3.50 per share in cash and 0.14625 shares of Acme": shares counted, not
                // named by their company before the noun.)
                let counted_shares = || figures_before(span).any(|m| self.cash_part_of_mix(m));
                // ("either $24.00 in cash or 0.1168 shares of Acme common stock": each holder
                // elects one, and the price is paid in both.)
                let elected_shares = || {
                    let after = self.words_in(span.end, self.clause_of(span.start).end);
                    after.first().is_some_and(|w| w.lower == "or") && share_count_at(&after[1..])
                };
                let (value, span) = match stock_leg {
                    Some(leg) => ("cash and stock", span.union(leg)),
                    None if value == "cash"
                        && !compound
                        && (counted_shares() || elected_shares()) =>
                    {
                        ("cash and stock", span)
                    }
                    None => (value, span),
                };
                let quote = figures_before(span).map(|m| m.span).fold(span, Span::union);
                // ("$1 billion in cash as a breakup fee": how a fee is paid, not the deal.)
                let fee = out
                    .iter()
                    .rev()
                    .take_while(|c| c.sentence == self.sentence.span)
                    .any(|c| {
                        c.attribute == "termination_fee"
                            && c.span.start <= quote.start
                            && quote.start < c.span.end
                    });
                if fee {
                    i = e;
                    continue;
                }
                // ("$1.9 billion in cash" paid for stores sold: the assets' buyer's.)
                let asset_buyer = out
                    .iter()
                    .rev()
                    .take_while(|c| c.sentence == self.sentence.span)
                    .find(|c| {
                        c.attribute == "divestiture_price"
                            && c.span.start <= quote.start
                            && quote.start < c.span.end
                    })
                    .map(|c| c.subject.clone());
                if let Some(subject) = asset_buyer {
                    let d = self.text_draft(
                        "consideration_type",
                        value.to_string(),
                        quote,
                        Some(subject),
                        None,
                    );
                    self.push(d, out);
                    i = e;
                    continue;
                }
                // "an all-stock merger between Skydance and Paramount": the pair named.
                let clause = self.clause_of(span.start);
                if let Some((target, buyer)) =
                    self.merger_between(self.words_in(span.end, clause.end), clause)
                {
                    let d = self.text_draft(
                        "consideration_type",
                        value.to_string(),
                        quote,
                        Some(target),
                        Some(buyer),
                    );
                    self.push(d, out);
                    i = e;
                    continue;
                }
                let target = self.target();
                // The buyer is the figure's ("$35 a share in cash and stock that Cleveland-Cliffs
                // offered"), else the article's.
                let buyer = if quote == span {
                    self.parties.investor.clone()
                } else {
                    self.investor(Span::new(quote.start, span.start), target.as_ref())
                }
                .filter(|b| Some(b) != target.as_ref());
                let d = self.text_draft(
                    "consideration_type",
                    value.to_string(),
                    quote,
                    target,
                    buyer,
                );
                self.push(d, out);
            }
            i = e;
        }
    }

    /// Whether the words from `at` (right after a noun of buying) are "of", a company's name
    /// and its shares ("of Acme shares", "of Acme common stock").
    fn shares_bought_at(&self, at: usize) -> bool {
        let Some(of) = self.words_in(at, self.sentence.span.end).first() else {
            return false;
        };
        of.lower == "of"
            && self
                .orgs_in(of.span.end, self.sentence.span.end)
                .next()
                .filter(|e| self.text[of.span.end..e.span.start].trim().is_empty())
                .is_some_and(|e| {
                    self.words_in(e.span.end, self.sentence.span.end)
                        .iter()
                        .take(2)
                        .any(|w| SHARE_NOUNS.contains(&w.low()))
                })
    }

    /// Whether the words before a figure (`bw`) end with a purchase of a company's shares
    /// that the figure is the worth of ("a purchase of Acme shares worth $15,000").
    fn shares_bought_before(&self, bw: &[W]) -> bool {
        let Some(noun) = bw
            .iter()
            .rev()
            .take(3)
            .position(|w| SHARE_NOUNS.contains(&w.low()))
            .map(|p| bw.len() - 1 - p)
        else {
            return false;
        };
        if !bw[noun + 1..]
            .iter()
            .all(|w| matches!(w.low(), "worth" | "valued" | "at"))
        {
            return false;
        }
        let start = bw[noun.saturating_sub(5)].span.start;
        let Some(e) = self
            .orgs_in(start, bw[noun].span.start)
            .last()
            .filter(|e| self.text[e.span.end..bw[noun].span.start].trim().is_empty())
        else {
            return false;
        };
        let before = self.words_in(start, e.span.start);
        matches!(before, [.., buy, of] if of.lower == "of"
            && (BUY_WORDS.contains(&buy.low()) || ACQUISITION_WORDS.contains(&buy.low())))
    }

    /// "0.14625 shares of Acme for each Beta share", "$45.00 in cash plus 2.2005 shares of
    /// Acme", "0.2520 of a Gamma share", "an exchange ratio of 1.0250": the count of the
    /// buyer's shares paid for each of the target's (`exchange_ratio`, in "shares"). A count of
    /// shares is one ([`ratio_shares_at`]) when the clause says it is for each share of the
    /// target or joins it to cash ([`MIX_JOINERS`]), or an exchange ratio names it; its party
    /// is the company whose shares it counts, else the article's buyer.
    fn exchange_ratios(&self, out: &mut Vec<Claim>) {
        let ws = self.ws;
        // (A number word written with a capital is a name's: "Capital One shares".)
        let count = |w: &W| counts(w) && !self.text[w.span.start..].starts_with(char::is_uppercase);
        for i in 0..ws.len() {
            if !count(&ws[i])
                || (i > 0 && count(&ws[i - 1]))
                // (A count of shares is read as a quantity; a price or date is no count.)
                || self.mentions.iter().any(|m| {
                    m.kind != MentionKind::Quantity && m.span.contains(ws[i].span)
                })
            {
                continue;
            }
            let n = ws[i..].iter().take(2).take_while(|w| count(w)).count();
            let ratio_cue = EXCHANGE_RATIO_CUES.iter().find_map(|c| {
                let n = cue_words(c).count();
                (i >= n && phrase_at(ws, i - n, c) == Some(i)).then(|| ws[i - n].span.start)
            });
            let noun = ratio_shares_at(self.text, &ws[i + n..]).map(|k| i + n + k);
            if noun.is_none() && ratio_cue.is_none() {
                continue;
            }
            let Some(value) = count_value(self.text, &ws[i..i + n]) else {
                continue;
            };
            let clause = self.clause_of(ws[i].span.start);
            let last = noun.unwrap_or(i + n - 1);
            // ("shares of Acme", "shares of Acme common stock")
            let of_party = ws.get(last + 1).filter(|w| w.lower == "of").and_then(|of| {
                self.orgs_in(of.span.end, clause.end)
                    .next()
                    .filter(|e| self.text[of.span.end..e.span.start].trim().is_empty())
            });
            let party = of_party.or_else(|| {
                self.orgs_in(ws[i].span.end, ws[last].span.start)
                    .find(|e| !e.possessive)
            });
            let end = of_party.map_or(ws[last].span.end, |e| e.span.end);
            let target = self.target();
            if party.is_some_and(|e| Some(&e.name) == target.as_ref()) {
                continue;
            }
            if noun.is_some() && ratio_cue.is_none() {
                let after = self.words_in(end, clause.end);
                // ("for each Beta share", "for each of their shares", "per Beta share";
                // before it, "each Beta share will be exchanged for")
                let before = self.words_in(clause.start, ws[i].span.start);
                let share = |w: &W| matches!(w.low(), "share" | "shares");
                let near = &after[..after.len().min(8)];
                let each = near.iter().enumerate().any(|(k, w)| {
                    let reach = if w.lower == "per" { 3 } else { 4 };
                    matches!(w.low(), "each" | "every" | "per")
                        && near[k + 1..].iter().take(reach).any(share)
                }) || names_each_share(&before[before.len().saturating_sub(10)..]);
                let joined_to_cash = |ws: &[W]| {
                    ws.iter().any(|w| w.lower == "cash")
                        && ws
                            .iter()
                            .any(|w| MIX_JOINERS.contains(&w.low()) || w.lower == "or")
                };
                let cash = joined_to_cash(&before[before.len().saturating_sub(5)..])
                    || joined_to_cash(&after[..after.len().min(6)]);
                if !each && !cash {
                    continue;
                }
            }
            let start = ratio_cue.unwrap_or(
                ws[i].span.start
                    - usize::from(
                        self.text[..ws[i].span.start].ends_with('.')
                            && !counts_before(self.text, ws[i].span.start - 1),
                    ),
            );
            let buyer = party
                .map(|e| e.name.clone())
                .or_else(|| self.parties.investor.clone())
                .filter(|b| Some(b) != target.as_ref());
            // ("a little over one share of Capital One": a qualifier before it, as before a
            // figure.)
            let (qualifier, qualifier_span) =
                super::mentions::qualifier_before(self.text, start, false);
            let start = qualifier_span.map_or(start, |q| q.start);
            let mut d = Draft::new(
                "exchange_ratio",
                (Value::Number(value), "shares"),
                Span::new(start, end),
                target,
                buyer,
                self.hedged_at(start),
            );
            d.step = Some(decimal_step(value));
            d.qualifier = qualifier;
            self.push(d, out);
        }
    }

    /// The shares of a party other than the target named beside the cash at `cash` (an "and"
    /// or an "or" between them, at most ten words apart, no other figure of money between):
    /// "0.2520 of a Gamma share" after "$142.50 in cash or", "Gamma stock and" before "47.9%
    /// into $142.50 in cash each". Returns the span of the party's name and its share noun.
    fn stock_leg(&self, cash: Span) -> Option<Span> {
        let target = self.target();
        let clause = self.clause_of(cash.start);
        let words = self.words_in(clause.start, clause.end);
        let at = words.partition_point(|w| w.span.start < cash.start);
        let end = words.partition_point(|w| w.span.end <= cash.end);
        let legs = words.iter().enumerate().filter_map(|(i, w)| {
            if !matches!(w.low(), "share" | "shares" | "stock") || i == 0 {
                return None;
            }
            // (The name ends right before the noun: "Acme Cloud stock".)
            let party = self
                .orgs_in(clause.start, words[i - 1].span.end)
                .last()
                .filter(|e| e.span.end == words[i - 1].span.end && !e.possessive)?;
            (target.as_deref() != Some(&*party.name))
                .then(|| (i, Span::new(party.span.start, w.span.end)))
        });
        for (i, leg) in legs {
            let between = if i < at {
                &words[i + 1..at]
            } else if i >= end {
                &words[end..i]
            } else {
                continue;
            };
            let joined = between.iter().any(|w| matches!(w.low(), "and" | "or"));
            let gap = Span::new(leg.end.min(cash.end), leg.start.max(cash.start));
            let money_between = self.mentions.iter().any(|m| {
                m.kind == MentionKind::Money
                        && gap.start <= m.span.start
                        && m.span.end <= gap.end
                        // (not the cash's own figure: "$142.50 in cash")
                        && !(m.span.end <= cash.start
                            && self.text[m.span.end..cash.start].trim().is_empty())
            });
            if joined && between.len() <= 10 && !money_between {
                return Some(leg);
            }
        }
        None
    }

    /// What the money buys, after a lead phrase: "designated for ... Preferred Stock".
    fn forms(&self, out: &mut Vec<Claim>) {
        if !self.mask.has(Table::FormLead) || !self.investment() {
            return;
        }
        let mut covered = 0;
        for (i, w) in self.ws.iter().enumerate() {
            if w.span.start < covered || !self.mask.begins(Table::FormLead, i) {
                continue;
            }
            let Some(e) = FORM_LEADS_INDEX
                .starting_at(w)
                .filter_map(|(_, l)| l.at(self.ws, i))
                .max()
            else {
                continue;
            };
            let near = &self.ws[e..self.ws.len().min(e + 6)];
            let Some((value, span)) = form_in(near) else {
                continue;
            };
            let lead = span_of(self.ws, i, e);
            let clause = self.clause_of(lead.start);
            let investor = self
                .orgs_in(clause.start, lead.start)
                .last()
                .map(|x| x.name.clone())
                .filter(|n| Some(n) != self.parties.investee.as_ref())
                .or_else(|| self.parties.investor.clone());
            covered = span.end;
            let d = self.text_draft(
                "investment_form",
                value.to_string(),
                lead.union(span),
                self.parties.investee.clone(),
                investor,
            );
            self.push(d, out);
        }
    }

    /// "X will be the exclusive ... provider for Y".
    fn exclusivity(&self, out: &mut Vec<Claim>) {
        if !self.mask.has(Table::Exclusivity) {
            return;
        }
        for w in self.ws {
            if !EXCLUSIVITY_WORDS.contains(&w.low()) {
                continue;
            }
            let clause = self.clause_of(w.span.start);
            // ("per an exclusive WSJ report": how the story was reported.)
            if self
                .words_in(w.span.end, clause.end)
                .iter()
                .take(4)
                .any(|n| REPORTING_NOUNS.contains(&n.low()))
            {
                continue;
            }
            let tail = &self.text[w.span.end..clause.end];
            let object = exclusivity_object(tail);
            let (value, value_span) = if object.is_empty() {
                // "The license is non-exclusive": what the verb before says it of.
                match self.predicated_of(clause, w.span.start) {
                    Some(span) => (span.slice(self.text), span),
                    None => continue,
                }
            } else {
                let start = w.span.end + (tail.len() - tail.trim_start().len());
                (object, Span::new(start, start + object.len()))
            };
            let value_end = value_span.end.max(w.span.end);
            let subject_ent = self.orgs_in(clause.start, w.span.start).last();
            let start = subject_ent
                .map_or(w.span.start, |e| e.span.start)
                .min(value_span.start);
            // (Said of a contract with no party before it: the contract's parties.)
            let subject = subject_ent.map(|e| e.name.clone()).or_else(|| {
                if object.is_empty() {
                    Some(self.contract_subject(w.span.start))
                } else {
                    self.parties.investor.clone()
                }
            });
            let mut d = self.text_draft(
                "exclusivity",
                value.to_string(),
                Span::new(start, value_end),
                subject,
                None,
            );
            if w.lower.starts_with("non") || self.negated_before(w.span.start) {
                d.stance = Stance::Denied;
            }
            self.push(d, out);
        }
    }

    /// The noun phrase that a linking verb right before `at` says something of, from the
    /// start of `clause` without its article: "The license is non-exclusive" → "license".
    fn predicated_of(&self, clause: Span, at: usize) -> Option<Span> {
        let before = self.words_in(clause.start, at);
        let (verb, subject) = before.split_last()?;
        let first = subject.first()?;
        let first = if matches!(first.low(), "the" | "a" | "an" | "its" | "their") {
            subject.get(1)?
        } else {
            first
        };
        let last = subject.last()?;
        (LINKING_VERBS.contains(&verb.low()) && subject.len() <= 4)
            .then(|| Span::new(first.span.start, last.span.end))
    }

    /// Whose round a label or a lead of this sentence is: the subject of the round size
    /// the sentence gives ("Delta raised $2 billion in a round led by Gamma": Delta's), else
    /// the article's investee.
    fn round_subject(&self, out: &[Claim]) -> Option<Arc<str>> {
        out.iter()
            .rev()
            .take_while(|c| c.sentence == self.sentence.span)
            .find(|c| c.attribute == "round_size")
            .map(|c| c.subject.clone())
            .or_else(|| self.parties.investee.clone())
    }

    /// "a Series F round", "$13bn Series F": the round's label.
    fn round_labels(&self, out: &mut Vec<Claim>) {
        if !self.mask.has(Table::RoundLabel) {
            return;
        }
        for (i, w) in self.ws.iter().enumerate() {
            if !ROUND_LABEL_WORDS.contains(&w.low()) {
                continue;
            }
            let Some(next) = self.ws.get(i + 1) else {
                continue;
            };
            let raw = next.span.slice(self.text);
            let label_like = raw.len() <= 3
                && raw.starts_with(|c: char| c.is_ascii_uppercase())
                && raw.chars().skip(1).all(|c| c.is_ascii_digit() || c == '+')
                && self.text[w.span.start..].starts_with('S');
            if !label_like {
                continue;
            }
            // "Series C Preferred Stock" names a class of shares, not the round.
            let after = self.ws.get(i + 2).map(|x| x.low());
            if matches!(after, Some("preferred" | "shares" | "stock" | "common")) {
                continue;
            }
            let span = Span::new(w.span.start, next.span.end);
            let mut quote = span;
            if let Some(r) = self
                .ws
                .get(i + 2)
                .filter(|x| matches!(x.low(), "round" | "funding" | "financing"))
            {
                quote = quote.union(r.span);
            }
            if let Some(m) = self.mentions.iter().find(|m| {
                m.kind == MentionKind::Money
                    && m.span.end <= span.start
                    && self.text[m.span.end..span.start].trim().is_empty()
            }) {
                quote = quote.union(m.span);
            }
            let label = format!("Series {raw}");
            let d = self.text_draft("round_label", label, quote, self.round_subject(out), None);
            self.push(d, out);
        }
    }

    /// "led by X", "X led the round", "X is in talks to lead the financing".
    fn lead_investors(&self, out: &mut Vec<Claim>) {
        let round_noun =
            || self.mask.has(Table::RoundNouns) && find_any(self.ws, cues!(ROUND_NOUNS)).is_some();
        if !self.investment() && !round_noun() {
            return;
        }
        for (i, w) in self.ws.iter().enumerate() {
            let lead = match w.low() {
                // "led by X" (not "X-led")
                "led" | "co-led" if self.ws.get(i + 1).is_some_and(|n| n.lower == "by") => {
                    // "Vantor, led by Ada Corvex since its merger, has ...": an apposition
                    // to the party that opens the sentence names who runs the company, not
                    // who leads a round.
                    if self.leads_the_company(w.span.start) {
                        continue;
                    }
                    // The party the phrase after "led by" names: "Spotify co-founder Daniel
                    // Ek's Prima Materia" is Prima Materia, the one written with a possessive
                    // before it; otherwise the first.
                    let from = self.ws[i + 1].span.end;
                    let limit = self
                        .words_in(from, self.sentence.span.end)
                        .get(7)
                        .map_or(self.sentence.span.end, |x| x.span.start);
                    let cands: Vec<&EntityMention> = self
                        .orgs_in(from, self.sentence.span.end)
                        .filter(|e| e.span.start <= limit && e.kind == EntityKind::Org)
                        .collect();
                    let owned = cands.iter().find(|e| {
                        let before = self.text[..e.span.start].trim_end();
                        before.ends_with("'s") || before.ends_with("’s")
                    });
                    let first = cands.first().filter(|e| {
                        self.text[from..e.span.start].trim().len() <= 2
                            || self.text[from..e.span.start].trim() == "the"
                    });
                    let Some(lead) = owned.or(first) else {
                        continue;
                    };
                    // "will be led by Skydance CEO David Ellison": a title after the company
                    // makes the leader its officer, a person.
                    if owned.is_none()
                        && self
                            .words_in(lead.span.end, self.sentence.span.end)
                            .first()
                            .is_some_and(|n| crate::entities::PERSON_TITLES.contains(&n.low()))
                    {
                        continue;
                    }
                    // "led by GIC and Coatue", "led by A, B and C": co-leads joined to it.
                    let mut last = lead;
                    for e in cands.iter().skip_while(|e| e.span != lead.span).skip(1) {
                        let between = self.text[last.span.end..e.span.start].trim();
                        if !matches!(between, "and" | "," | ", and") {
                            break;
                        }
                        let d = self.text_draft(
                            "lead_investor",
                            e.name.to_string(),
                            Span::new(w.span.start, e.span.end),
                            self.round_subject(out),
                            None,
                        );
                        self.push(d, out);
                        last = e;
                    }
                    Some((lead.name.clone(), Span::new(w.span.start, lead.span.end)))
                }
                // "X led the round", "X will lead the financing", "X is in talks to lead"
                "led" | "lead" | "leads" | "leading" => {
                    let object = self.ws[i + 1..self.ws.len().min(i + 4)].iter().any(|n| {
                        matches!(
                            n.low(),
                            "round" | "financing" | "funding" | "investment" | "raise"
                        )
                    });
                    if !object {
                        continue;
                    }
                    // The subject of "lead": the clause's first party, not one named inside
                    // an apposition ("Prima Materia, the firm of Spotify founder ..., is to lead").
                    // ("revealing that Founders Fund, backed by ..., led the round": after a
                    // "that", the clause it opens; "Peter Thiel's Founders Fund is leading":
                    // the party a possessive owns.)
                    let clause = self.clause_of(w.span.start);
                    let from = self
                        .words_in(clause.start, w.span.start)
                        .iter()
                        .rev()
                        .find(|n| n.lower == "that")
                        .map_or(clause.start, |n| n.span.end);
                    let mut parties = self.orgs_in(from, w.span.start).filter(|e| {
                        e.kind == EntityKind::Org && Some(&e.name) != self.parties.investee.as_ref()
                    });
                    let first = parties.next();
                    let owned = first.filter(|f| f.possessive).and_then(|f| {
                        parties.next().filter(|n| {
                            let gap = self.text[f.span.end..n.span.start].trim();
                            matches!(gap, "" | "'s" | "’s")
                        })
                    });
                    owned.or(first).map(|e| {
                        let end = self.ws[i + 1..self.ws.len().min(i + 4)]
                            .iter()
                            .rev()
                            .find(|n| {
                                matches!(
                                    n.low(),
                                    "round" | "financing" | "funding" | "investment" | "raise"
                                )
                            })
                            .map_or(w.span.end, |n| n.span.end);
                        (e.name.clone(), Span::new(e.span.start, end))
                    })
                }
                _ => None,
            };
            if let Some((name, quote)) = lead {
                let mut d = self.text_draft(
                    "lead_investor",
                    name.to_string(),
                    quote.union(w.span),
                    self.round_subject(out),
                    None,
                );
                // "Nvidia says it did not lead Reflection's round", "was not led by": a
                // negation among the three words before the verb denies the lead.
                if self.negates(&self.ws[i.saturating_sub(3)..i]) {
                    d.stance = Stance::Denied;
                }
                self.push(d, out);
            }
        }
    }

    /// Whether "led" at `pos` opens an apposition to the party the sentence opens with
    /// ("Vantor, led by ..."): the words before it are that party's name and a comma.
    fn leads_the_company(&self, pos: usize) -> bool {
        let start = self.sentence.span.start;
        let Some(head) = self.text[start..pos].trim_end().strip_suffix(',') else {
            return false;
        };
        let head_end = start + head.trim_end().len();
        self.orgs_in(start, head_end).next().is_some_and(|e| {
            e.span.end == head_end
                && matches!(self.text[start..e.span.start].trim(), "" | "The" | "the")
        })
    }

    /// "an IPO later this year", "a public listing later this year or in 2026".
    fn ipo_timing(&self, out: &mut Vec<Claim>) {
        if !self.mask.has(Table::Ipo) {
            return;
        }
        let mut i = 0;
        while i < self.ws.len() {
            if !self.mask.begins(Table::Ipo, i) {
                i += 1;
                continue;
            }
            let Some(e) = IPO_TERMS_INDEX
                .starting_at(&self.ws[i])
                .filter_map(|(_, t)| t.at(self.ws, i))
                .max()
            else {
                i += 1;
                continue;
            };
            if let Some(end) = time_expression(self.ws, e) {
                let span = span_of(self.ws, e, end);
                let value = span.slice(self.text).to_string();
                let lead = self.words_in(self.clause_of(span.start).start, self.ws[i].span.start);
                let start = lead
                    .iter()
                    .rev()
                    .take(4)
                    .next_back()
                    .map_or(self.ws[i].span.start, |w| w.span.start);
                let mut d = self.text_draft(
                    "ipo_timing",
                    value,
                    Span::new(start, span.end),
                    self.parties.investee.clone(),
                    None,
                );
                // A date for a listing not yet made is a forecast unless the article says it is set.
                if find_any(lead, cues!(FORECAST_CUES)).is_some() {
                    d.hedged = true;
                }
                self.push(d, out);
                i = end;
            } else {
                i = e;
            }
        }
    }
}

/// Whether `before` (the words of a sentence before a figure) change a price: a word of
/// [`PRICE_CUT_VERBS`] or [`BID_RAISE_WORDS`] with a price noun ([`PRICE_NOUNS`]) at most
/// three words after it ("has lowered the price it will pay", "cutting the value of the deal").
fn changes_a_price(before: &[W]) -> bool {
    before.iter().enumerate().any(|(i, w)| {
        (PRICE_CUT_VERBS.contains(&w.low()) || BID_RAISE_WORDS.contains(&w.low()))
            && before[i + 1..before.len().min(i + 4)]
                .iter()
                .any(|n| PRICE_NOUNS.contains(&n.low()))
    })
}

/// Whether `before` (the words of a sentence before a figure) raise a bid: a word of
/// [`BID_RAISE_WORDS`] with a bid noun ([`BID_NOUNS`]) at most three words after it ("has
/// increased its cash offer for Spectris to £41.75 a share").
fn raises_a_bid(before: &[W]) -> bool {
    before.iter().enumerate().any(|(i, w)| {
        before[i + 1..before.len().min(i + 4)]
            .iter()
            .any(|n| n.id != 0 && BID_NOUNS.contains(&n.low()))
            && BID_RAISE_WORDS.contains(&w.low())
    })
}

/// "each Ansys share", "each Class A share", "every outstanding share": "each" or "every"
/// with "share" at most four words after it.
fn names_each_share(ws: &[W]) -> bool {
    ws.iter().enumerate().any(|(i, w)| {
        matches!(w.low(), "each" | "every")
            && ws[i + 1..].iter().take(4).any(|n| n.lower == "share")
    })
}

/// "raised its price target on Vantage to $31", "a target price of $31": a figure right after
/// an analyst's target for the stock ([`PRICE_TARGET_NOUNS`], at most four words before it,
/// none of which opens a relative clause), not after "stock" or "share" ("stock price
/// targets that rise to $600 per share" are a tranche's condition).
fn analyst_target(bw: &[W]) -> bool {
    // (Most figures have no "target" or "objective" among the last words before them.)
    if !bw
        .iter()
        .rev()
        .take(6)
        .any(|w| matches!(w.low(), "target" | "targets" | "objective"))
    {
        return false;
    }
    let Some(cue) = find_before(bw, cues!(PRICE_TARGET_NOUNS), 4) else {
        return false;
    };
    let Some(at) = bw.iter().position(|w| w.span.start == cue.start) else {
        return false;
    };
    let after_share = at
        .checked_sub(1)
        .is_some_and(|b| matches!(bw[b].low(), "stock" | "share" | "shares"));
    let relative = bw[at..].iter().any(|w| matches!(w.low(), "that" | "which"));
    !after_share && !relative
}

/// Whether the words before a figure price a share's trading: "at" after a verb of trading
/// a few words back, with shares named before it ("the shares closed up 2.2% at 4,078
/// pence").
fn trades_at(before: &[W]) -> bool {
    share_price_after(before, "at", MARKET_MOVE_VERBS, 4)
}

/// Whether `before` (a clause's words up to a figure) ends in "to" after a verb of
/// [`PRICE_MOVE_VERBS`] at most six words back, a noun of shares before the verb ("Acme's
/// stock had fallen 8% on the year to"): the price the shares moved to.
fn moved_to(before: &[W]) -> bool {
    share_price_after(before, "to", PRICE_MOVE_VERBS, 6)
}

/// Whether `before` ends in the word `last`, a verb of `verbs` at most `window` words before
/// it, and a noun of shares before the verb: what [`trades_at`] and [`moved_to`] ask.
fn share_price_after(before: &[W], last: &str, verbs: &[&str], window: usize) -> bool {
    let [.., end] = before else { return false };
    end.lower == last
        && before
            .iter()
            .rev()
            .skip(1)
            .take(window)
            .position(|w| verbs.contains(&w.low()))
            .is_some_and(|p| {
                before[..before.len() - 2 - p]
                    .iter()
                    .any(|w| SHARE_NOUNS.contains(&w.low()))
            })
}

/// The company whose shares an article offers to the public: in an article that names an
/// offering ([`OFFERING_WORDS`]) in two sentences or more, the owner of the first one named by
/// "its" or a possessive at most three words before it ("Arm priced its initial public
/// offering", "Arm's IPO"): the last party before "its" that no "by", "from" or "with"
/// introduces ("Arm, the chip designer owned by SoftBank Group, set a price range for its
/// initial public offering"), or the possessive.
fn offering_company(
    sentence_words: &[Option<&[W]>],
    masks: &[CueMask],
    parties: &Entities,
) -> Option<Arc<str>> {
    let offering = |w: &W| OFFERING_WORDS.contains(&w.low());
    let named = sentence_words
        .iter()
        .zip(masks)
        .filter_map(|(ws, mask)| ws.filter(|ws| names_an_offering(ws, mask)));
    if named.clone().take(2).count() < 2 {
        return None;
    }
    named.into_iter().find_map(|ws| {
        let i = ws.iter().position(offering)?;
        let before = &ws[i.saturating_sub(3)..i];
        let org = |e: &&EntityMention| e.kind == EntityKind::Org;
        if before
            .iter()
            .any(|w| POSSESSIVE_PRONOUNS.contains(&w.low()))
        {
            let linked = |e: &EntityMention| {
                ws.iter()
                    .rev()
                    .find(|w| w.span.end <= e.span.start)
                    .is_some_and(|w| NOT_ANTECEDENT_LINKS.contains(&w.low()))
            };
            return parties
                .within(Span::new(ws[0].span.start, ws[i].span.start))
                .filter(org)
                .filter(|e| !e.possessive && !linked(e))
                .last()
                .map(|e| e.name.clone());
        }
        parties
            .within(Span::new(before.first()?.span.start, ws[i].span.start))
            .filter(org)
            .find(|e| e.possessive)
            .map(|e| e.name.clone())
    })
}

/// A word of buying: [`BUY_WORDS`] or [`ACQUIRING_VERBS`].
fn buying(w: &W) -> bool {
    BUY_WORDS.contains(&w.low()) || ACQUIRING_VERBS.contains(&w.low())
}

/// The share noun when `after` (the words right after "each" or "per") open with a company's
/// share: a capitalised name of one or two words, then "share" or "stock" ("VMware share",
/// "Acme Cloud stock").
fn named_share<'w, 'a>(text: &str, after: &'w [W<'a>]) -> Option<&'w W<'a>> {
    let capitalised = |w: &W| text[w.span.start..].starts_with(|c: char| c.is_uppercase());
    let share = |w: &W| matches!(w.low(), "share" | "stock");
    match after {
        [a, b, ..] if capitalised(a) && share(b) => Some(b),
        [a, b, c, ..] if capitalised(a) && capitalised(b) && share(c) => Some(c),
        _ => None,
    }
}

/// Whether the words `ws` of a sentence name an offering of shares ([`OFFERING_WORDS`]); read
/// only where the sentence's cue mask has a word of the table.
fn names_an_offering(ws: &[W], mask: &CueMask) -> bool {
    mask.has(Table::Offering) && ws.iter().any(|w| OFFERING_WORDS.contains(&w.low()))
}

/// Whether one of the last `n` words of `bw` that end by `at` is in `nouns`.
fn noun_before(bw: &[W], at: usize, n: usize, nouns: &[&str]) -> bool {
    bw.iter()
        .rev()
        .filter(|w| w.span.end <= at)
        .take(n)
        .any(|w| nouns.contains(&w.low()))
}

/// Tells whether a buying verb has a company for its object ("agreed to buy Wiz").
fn buys_a_company(ws: &[W], parties: &Entities) -> bool {
    // "buy Wiz", "buy the data center operator Core Scientific" (not "buy the remaining shares",
    // nor "purchase of Intel shares": a party that names the shares bought is not bought).
    let holding = |w: &W| HOLDING_NOUNS.contains(&w.low());
    // A party that a word opens and that is bought: not one whose shares, stake or chips
    // the words after it name.
    let bought_party = |n: &W| {
        party_starting_at(parties, n).is_some_and(|e| {
            !ws.iter()
                .find(|x| x.span.start >= e.span.end)
                .is_some_and(holding)
        })
    };
    // "the price it will pay for iRobot": paying for a company is buying it (not "pay for
    // each iRobot share", where the word after "for" names no party).
    let pays_for = |i: usize| {
        PAY_FOR_WORDS.contains(&ws[i].low())
            && ws[i + 1..ws.len().min(i + 5)]
                .iter()
                .position(|n| n.low() == "for")
                .is_some_and(|f| ws.get(i + 2 + f).is_some_and(bought_party))
    };
    // ("buying the 25% of Arm held by its Vision Fund": a share of the company, named by a
    // number and "of" before it.)
    let share_of = |p: &[W]| p[0].lower.parse::<f64>().is_ok() && p[1].lower == "of";
    // "agreed to take over VMware": taking over a company is buying it.
    let takes_over = |i: usize| {
        TAKE_OVER_VERBS.contains(&ws[i].low())
            && ws.get(i + 1).is_some_and(|n| n.lower == "over")
            && ws.get(i + 2).is_some_and(bought_party)
    };
    // "SoftBank took Arm private in 2016": taking a company private is buying it.
    let takes_private = |i: usize| {
        TAKE_OVER_VERBS.contains(&ws[i].low())
            && ws
                .get(i + 1)
                .and_then(|n| party_starting_at(parties, n))
                .is_some_and(|e| {
                    ws.iter()
                        .find(|x| x.span.start >= e.span.end)
                        .is_some_and(|x| x.lower == "private")
                })
    };
    // "buying AI-powered cloud data management company Informatica": a party further on, right
    // after a noun that describes it and words of description only.
    let described = |i: usize| {
        let after = &ws[i + 1..ws.len().min(i + 9)];
        after.iter().enumerate().skip(5).any(|(j, n)| {
            bought_party(n)
                && crate::entities::DESCRIPTION_HEADS
                    .iter()
                    .chain(DESCRIBED_PARTY_HEADS)
                    .any(|h| *h == after[j - 1].low())
                && after[..j]
                    .iter()
                    .all(|x| party_starting_at(parties, x).is_none() && !holding(x))
        })
    };
    ws.iter().enumerate().any(|(i, w)| {
        pays_for(i)
            || takes_over(i)
            || takes_private(i)
            || BUY_WORDS.contains(&w.low())
                && (ws[i + 1..ws.len().min(i + 6)]
                    .iter()
                    .take_while(|n| !holding(n))
                    .any(bought_party)
                    || described(i))
                && !ws[i + 1..ws.len().min(i + 6)].windows(2).any(share_of)
    })
}

/// Searchers for [`PER_SHARE_SUFFIXES`], built once (a searcher built at each search costs
/// more than the search).
static PER_SHARE_SUFFIX_FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    LazyLock::new(|| {
        PER_SHARE_SUFFIXES
            .iter()
            .map(|s| memchr::memmem::Finder::new(s.as_bytes()))
            .collect()
    });

/// Whether a bid names a company for its target or bidder ("an offer for Spectris", "a
/// £40-a-share cash offer from KKR", "a takeover by KKR").
fn bids_for_a_company(ws: &[W], parties: &Entities) -> bool {
    ws.windows(3).any(|t| {
        t[0].id != 0
            && BID_NOUNS.contains(&t[0].low())
            && matches!(t[1].low(), "for" | "from" | "by")
            && party_starting_at(parties, &t[2]).is_some()
    })
}

/// "Union Pacific struck an $85 billion deal for Norfolk Southern": a deal made (a verb of
/// [`DEAL_MAKING_VERBS`] at most five words before "deal") "for" a party named right after,
/// and not for it to do something ("a deal for Acme to supply chips"), buys that party.
fn deal_struck_for_a_company(ws: &[W], parties: &Entities) -> bool {
    (1..ws.len().saturating_sub(2)).any(|i| {
        ws[i].lower == "deal"
            && ws[i + 1].lower == "for"
            && ws[i.saturating_sub(5)..i]
                .iter()
                .any(|w| DEAL_MAKING_VERBS.contains(&w.low()))
            && party_starting_at(parties, &ws[i + 2]).is_some_and(|e| {
                let after = ws.partition_point(|w| w.span.start < e.span.end);
                ws.get(after).is_none_or(|w| w.lower != "to")
            })
    })
}

/// The party whose name begins at the word `w`, if one does.
fn party_starting_at<'p>(parties: &'p Entities, w: &W) -> Option<&'p EntityMention> {
    parties
        .within(Span::new(w.span.start, w.span.start + 400))
        .next()
        .filter(|e| e.span.start == w.span.start && e.kind.is_party())
}

/// Finds a form term among the first words of `ws`.
fn form_in(ws: &[W]) -> Option<(&'static str, Span)> {
    (0..ws.len()).find_map(|s| {
        FORM_TERMS_INDEX
            .starting_at(&ws[s])
            .find_map(|(k, t)| t.at(ws, s).map(|e| (FORM_TERMS[k].1, span_of(ws, s, e))))
    })
}

/// The object of "exclusive": up to the end of the clause, a parenthesis, a dash or a comma
/// that opens a lower-case aside.
fn exclusivity_object(tail: &str) -> &str {
    let t = tail.trim_start();
    let mut end = t.len();
    for (i, c) in t.char_indices() {
        if matches!(c, '(' | '—' | ';' | '–') {
            end = i;
            break;
        }
        if c == ',' {
            let rest = t[i + 1..].trim_start();
            if rest.starts_with(|ch: char| ch.is_lowercase()) {
                end = i;
                break;
            }
        }
        // "... license for X models and maintains its ...": a new verb phrase.
        if c == ' ' && t[i..].starts_with(" and ") {
            let rest = &t[i + 5..];
            if rest.starts_with(|ch: char| ch.is_lowercase()) {
                end = i;
                break;
            }
        }
    }
    let v = t[..end].trim_end().trim_end_matches(['.', ',', '"', '”']);
    if v.len() > 160 { "" } else { v }
}

const TIME_UNITS: &[&str] = &[
    "year", "quarter", "month", "spring", "summer", "fall", "autumn", "winter", "week",
];

/// Matches a time expression at `ws[i..]` ("later this year", "in 2026", "next year or in 2027").
fn time_expression(ws: &[W], i: usize) -> Option<usize> {
    let one = |k: usize| -> Option<usize> {
        let w = |j: usize| ws.get(j).map(|x| x.low());
        let mut j = k;
        if matches!(w(j), Some("later" | "early" | "earlier" | "late")) {
            j += 1;
        }
        if matches!(w(j), Some("this" | "next"))
            && w(j + 1).is_some_and(|u| TIME_UNITS.contains(&u))
        {
            return Some(j + 2);
        }
        if j > k {
            return None;
        }
        if matches!(w(j), Some("in" | "by" | "during")) {
            let mut n = j + 1;
            if w(n) == Some("the")
                && matches!(w(n + 1), Some("first" | "second"))
                && w(n + 2) == Some("half")
                && w(n + 3) == Some("of")
            {
                n += 4;
            } else if matches!(w(n), Some("early" | "late" | "mid")) {
                n += 1;
            }
            if w(n).is_some_and(|y| {
                y.len() == 4 && y.starts_with("20") && y.bytes().all(|b| b.is_ascii_digit())
            }) {
                return Some(n + 1);
            }
            if w(n) == Some("the")
                && w(n + 1) == Some("coming")
                && w(n + 2).is_some_and(|u| u.starts_with("month") || u.starts_with("week"))
            {
                return Some(n + 3);
            }
        }
        if w(j) == Some("as") && w(j + 1) == Some("early") && w(j + 2) == Some("as") {
            let n = j + 3;
            if w(n).is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())) {
                return Some(n + 1);
            }
            if matches!(w(n), Some("this" | "next"))
                && w(n + 1).is_some_and(|u| TIME_UNITS.contains(&u))
            {
                return Some(n + 2);
            }
        }
        None
    };
    let mut end = one(i)?;
    while ws
        .get(end)
        .is_some_and(|w| w.lower == "or" || w.lower == "and")
    {
        match one(end + 1) {
            Some(e) => end = e,
            None => break,
        }
    }
    Some(end)
}

/// The words between the figure before and this one tie this one to it, as a detail of the
/// same event: a relative clause or an "at" ("raised $1 billion in a round that valued it at
/// $13.8 billion", "raised $1 billion at a $13.8 billion valuation"), with nothing that opens
/// a fresh statement ("and", "but", "now").
fn describes_the_figure_before(bw: &[W]) -> bool {
    bw.len() <= 10
        && bw.iter().any(|w| DETAIL_LINKS.contains(&w.low()))
        && !bw.iter().any(|w| FRESH_STATEMENT_WORDS.contains(&w.low()))
}

/// Splits a sentence into clauses at semicolons, dashes and conjunctions that open a new
/// statement (", while", ", which", ", but"), and after a leading subordinate clause
/// ("While X, Y").
fn clauses(text: &str, sentence: Span, ws: &[W]) -> Vec<Span> {
    let s = sentence.slice(text);
    let bytes = s.as_bytes();
    // `pat` (lower case) is written at byte `i`, in any case.
    let written_at = |i: usize, pat: &str| {
        bytes
            .get(i..i + pat.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(pat.as_bytes()))
    };
    let mut cuts: Vec<usize> = Vec::new();
    // The cuts start with ";", "," or the dashes "—" and "–" (whose UTF-8 starts with 0xE2,
    // a byte that starts a char): one search finds the three.
    for i in memchr::memchr3_iter(b';', b',', 0xE2, bytes) {
        let cut = match bytes[i] {
            b';' => true,
            b',' => CLAUSE_CUTS.iter().any(|p| written_at(i, p)),
            _ => match bytes.get(i + 1..i + 3) {
                Some(b"\x80\x94") => true,                          // "—"
                Some(b"\x80\x93") => i > 0 && bytes[i - 1] == b' ', // " –"
                _ => false,
            },
        };
        if cut {
            cuts.push(i);
        }
    }
    // "... $199.91 in cash: the cash rose because ...": a colon before a space opens a
    // clause of its own; not a time's ("7:00"), nor a label's before its figure ("Deal
    // value: $15 billion").
    for i in memchr::memchr_iter(b':', bytes) {
        if bytes.get(i + 1) != Some(&b' ') {
            continue;
        }
        let after = s[i + 1..].trim_start();
        let figure_after = after.starts_with(|c: char| c.is_ascii_digit())
            || super::lexicon::SYMBOLS
                .iter()
                .any(|(symbol, _)| after.starts_with(symbol));
        if !figure_after {
            cuts.push(i);
        }
    }
    // " while the ", found by its second byte ("w", in either case): occurrences do not
    // overlap, so the next is looked for after the last.
    let mut while_from = 0;
    let key = CLAUSE_CUT_WITHOUT_COMMA.as_bytes()[1];
    let (lower, upper) = (key.to_ascii_lowercase(), key.to_ascii_uppercase());
    for w in memchr::memchr2_iter(lower, upper, bytes) {
        let Some(i) = w.checked_sub(1) else { continue };
        if i >= while_from && written_at(i, CLAUSE_CUT_WITHOUT_COMMA) {
            while_from = i + CLAUSE_CUT_WITHOUT_COMMA.len();
            cuts.push(i);
        }
    }
    clauses_at(s, sentence, ws, cuts)
}

/// The clauses of the sentence `s` (at `sentence` of the text) cut at `cuts` (byte offsets
/// in `s`), and at the comma that closes an opening subordinate clause ("While X, Y").
fn clauses_at(s: &str, sentence: Span, ws: &[W], mut cuts: Vec<usize>) -> Vec<Span> {
    if let Some(first) = ws.first()
        && SUBORDINATE_OPENERS.contains(&first.low())
        && let Some(p) = s.find(", ")
    {
        cuts.push(p);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    let mut start = 0;
    for c in cuts {
        if c > start {
            out.push(Span::new(sentence.start + start, sentence.start + c));
        }
        start = c;
    }
    out.push(Span::new(sentence.start + start, sentence.end));
    out
}

/// Clips a quote to its sentence, trims it to whole words and surrounding punctuation.
fn clip(text: &str, q: Span, sentence: Span) -> Span {
    let a = q.start.max(sentence.start);
    let b = q.end.min(sentence.end).max(a);
    let s = &text[a..b];
    let lead = s.len()
        - s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '—' | '-'))
            .len();
    let trail = s.len()
        - s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '—'))
            .len();
    if lead + trail >= s.len() {
        return Span::new(a, b);
    }
    let (a, mut b) = (a + lead, b - trail);
    // More "(" than ")" in the quote: it takes the ")" that follows. (Counted as bytes: a
    // quote is a few words, too short for a search to pay.)
    let open = text.as_bytes()[a..b].iter().fold(0i32, |n, &c| match c {
        b'(' => n + 1,
        b')' => n - 1,
        _ => n,
    });
    if open > 0 && text[b..sentence.end].starts_with(')') {
        b += 1;
    }
    Span::new(a, b)
}

/// A term of a security written right before the figure, no price paid for a company's
/// shares nor a dividend: a share's nominal value ("common stock, par value $0.0001 per
/// share": [`NOMINAL_VALUE_WORDS`] and "value"), a convertible's conversion price ("a
/// conversion price of $37.25 per share": [`SECURITY_PRICE_WORDS`] and "price") or what it
/// converts at ("the preferred converts at $37.25 a share": [`CONVERTING_VERBS`] and "at");
/// "of" may follow the noun.
fn security_term(bw: &[W]) -> bool {
    let bw = match bw {
        [rest @ .., of] if of.lower == "of" => rest,
        _ => bw,
    };
    match bw {
        [.., first, last] => match last.low() {
            "value" => NOMINAL_VALUE_WORDS.contains(&first.low()),
            "price" => SECURITY_PRICE_WORDS.contains(&first.low()),
            "at" => CONVERTING_VERBS.contains(&first.low()),
            _ => false,
        },
        _ => false,
    }
}

/// A sum that a lawsuit claims or settles, no term of a deal: "a $16 million lawsuit tied to
/// a segment", "agreed to pay Trump $16 million to settle his lawsuit", "a $20 billion suit"
/// ([`LEGAL_NOUNS`] right after the figure, or "to settle").
fn legal_figure(aw: &[W]) -> bool {
    match aw {
        [to, settle, ..] if to.lower == "to" && settle.lower.starts_with("settl") => true,
        [first, ..] => LEGAL_NOUNS.contains(&first.low()),
        [] => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cue searches, which try only the cues whose first or last word may be the word
    /// there ([`Cues::touching`]), find what a match of every cue at every place finds: on
    /// sentences made of the cues of several tables (as written, capitalised, with "'s"),
    /// at every reach and from every word.
    #[test]
    fn cue_searches_find_what_every_cue_tried_finds() {
        fn before(ws: &[W], cues: &Cues, reach: usize) -> Option<Span> {
            let n = ws.len();
            (n.saturating_sub(reach)..=n).rev().find_map(|e| {
                cues.cues
                    .iter()
                    .find_map(|c| c.ending_at(ws, e).map(|s| span_of(ws, s, e)))
            })
        }
        fn after(ws: &[W], cues: &Cues, reach: usize) -> Option<Span> {
            (0..=reach.min(ws.len())).find_map(|s| {
                let e = cues.cues.iter().filter_map(|c| c.at(ws, s)).max()?;
                Some(span_of(ws, s, e))
            })
        }
        fn any(ws: &[W], cues: &Cues) -> Option<Span> {
            (0..ws.len()).find_map(|s| {
                cues.cues
                    .iter()
                    .find_map(|c| c.at(ws, s).map(|e| span_of(ws, s, e)))
            })
        }
        // (Made-up words have no number: their cues are tried at the words without one.)
        const UNNUMBERED: &[&str] = &["zqxv", "the zqxv", "zqxv's plan", "of blorf"];
        let tables: [&'static [&'static str]; 8] = [
            UNNUMBERED,
            SUPERSEDED_CUES,
            PRIOR_CUES,
            COMPARISON_CUES,
            SEPARATE_CUES,
            NEGATIONS,
            CONDITION_CUES,
            SENTENCE_HEDGES,
        ];
        let mut found = 0;
        for (t, table) in tables.iter().enumerate() {
            let cues = Cues::new(table);
            let other = tables[(t + 1) % tables.len()];
            for (k, cue) in table.iter().enumerate() {
                let next = other[k % other.len()];
                for text in [
                    format!("so {cue} the {next} of"),
                    format!("{} {cue}'s {next}", next.to_uppercase()),
                    format!("{cue} {cue} and"),
                ] {
                    let low_text = Lowered::new(&text);
                    let ws = words(&low_text, Span::new(0, text.len()));
                    for from in 0..=ws.len() {
                        let (head, tail) = ws.split_at(from);
                        for reach in 0..4 {
                            let got = find_before(head, &cues, reach);
                            assert_eq!(got, before(head, &cues, reach), "{text:?} {from} {reach}");
                            found += usize::from(got.is_some());
                            let got = find_after(tail, &cues, reach);
                            assert_eq!(got, after(tail, &cues, reach), "{text:?} {from} {reach}");
                        }
                        assert_eq!(find_any(tail, &cues), any(tail, &cues), "{text:?} {from}");
                    }
                }
            }
        }
        assert!(found > 500, "the sentences hold cues: {found}");
    }

    /// The mask skips a table only when none of its cues can match: every cue of every table,
    /// read as a sentence on its own or as a possessive ("deal's"), sets its table's bit.
    #[test]
    fn a_cue_mask_has_the_bit_of_every_cue_it_holds() {
        // Every key is numbered, so that what follows tries the masks by number.
        assert!(first_word_bits().keys().all(|w| vocab_id(w) != 0));
        let lasts = LAST_WORD_TABLES.map(|(table, cues)| (table, cues.to_vec(), false));
        let tables = first_word_tables()
            .map(|(table, cues)| (table, cues, true))
            .into_iter()
            .chain(lasts);
        for (table, cues, by_first) in tables {
            for cue in cues {
                for text in [format!("Then {cue} came."), format!("The {cue}'s end.")] {
                    let low_text = Lowered::new(&text);
                    let ws = words(&low_text, Span::new(0, text.len()));
                    let bits = first_bits(&ws);
                    assert!(
                        CueMask::of(&bits).has(table),
                        "{cue:?} in {text:?} does not set its table's bit"
                    );
                    // On the cue's first word (after "Then" or "The").
                    assert!(
                        !by_first || CueMask::of(&bits).begins(table, 1),
                        "{cue:?} in {text:?}: its first word does not begin its table"
                    );
                }
            }
        }
        let low_lit = Lowered::new("Nothing here matches.");
        let ws = words(&low_lit, Span::new(0, 21));
        assert_eq!(CueMask::of(&first_bits(&ws)).any, 0);
    }

    /// `starting_at` gives what a scan of the table gives: the terms whose first word the
    /// word is, as written or without its "'s", in the table's order.
    #[test]
    fn the_terms_starting_at_a_word_are_the_ones_a_scan_finds() {
        let pairs = |t: &'static [(&'static str, &'static str)]| -> Vec<&'static str> {
            t.iter().map(|(k, _)| *k).collect()
        };
        let tables: [(&CueIndex, Vec<&'static str>); 5] = [
            (&FORM_LEADS_INDEX, FORM_LEADS.to_vec()),
            (&FORM_TERMS_INDEX, pairs(FORM_TERMS)),
            (&IPO_TERMS_INDEX, IPO_TERMS.to_vec()),
            (&CONDITION_TERMS_INDEX, pairs(CONDITION_TERMS)),
            (&CONSIDERATION_TERMS_INDEX, pairs(CONSIDERATION_TERMS)),
        ];
        let scan = |table: &[&'static str], w: &W| -> Vec<(usize, String)> {
            let first = |t: &str| t.split(' ').next().unwrap_or(t).to_string();
            (0..table.len())
                .filter(|&i| w.is(&first(table[i])))
                .map(|i| (i, table[i].to_string()))
                .collect()
        };
        let mut found = 0;
        for (_, terms) in &tables {
            for term in terms {
                let first = term.split(' ').next().unwrap_or(term);
                let text = format!("{first} {first}'s {}", first.to_uppercase());
                let low_text = Lowered::new(&text);
                for w in words(&low_text, Span::new(0, text.len())) {
                    for (index, table) in &tables {
                        let got: Vec<_> =
                            index.starting_at(&w).map(|(i, c)| (i, c.text())).collect();
                        assert_eq!(got, scan(table, &w), "{:?}", w.low());
                        found += got.len();
                    }
                }
            }
        }
        assert!(found > 100, "{found}");
        // A possessive whose both forms start terms: the two runs merged in table order.
        let index = CueIndex::new(["lab's deal", "lab", "other", "lab's"]);
        let text = "Lab's";
        let low_text = Lowered::new(text);
        let w = &words(&low_text, Span::new(0, 5))[0];
        let got: Vec<usize> = index.starting_at(w).map(|(i, _)| i).collect();
        assert_eq!(got, [0, 1, 3]);
    }

    /// Every word the indexes are keyed by is numbered, so that no lookup falls back to text.
    #[test]
    fn the_indexes_are_keyed_by_numbers_only() {
        let indexes: [&CueIndex; 9] = [
            &SENTENCE_HEDGES_INDEX,
            &CONDITION_CUES_INDEX,
            &ACQUISITION_WORDS_INDEX,
            &INVESTMENT_WORDS_INDEX,
            &FORM_LEADS_INDEX,
            &FORM_TERMS_INDEX,
            &IPO_TERMS_INDEX,
            &CONDITION_TERMS_INDEX,
            &CONSIDERATION_TERMS_INDEX,
        ];
        for index in indexes {
            assert!(index.by_first.by_text.is_empty());
        }
        assert!(MONEY_RULE_INDEX.by_first.by_text.is_empty());
        assert!(MONEY_RULE_INDEX.by_last.by_text.is_empty());
        assert!(first_word_bits().keys().all(|w| vocab_id(w) != 0));
        // And every cue of the numbered tables is compiled to numbers only.
        for cue in numbered_cues() {
            assert!(Cue::new(cue).words.iter().all(|w| w.id != 0), "{cue:?}");
        }
    }

    #[test]
    fn indexed_cue_tables_find_what_a_scan_finds() {
        let sentences = [
            "Amazon said it may invest up to $50 billion, according to people familiar with the matter.",
            "The lab's deal is contingent on regulatory approval and an initial public offering.",
            "Microsoft agreed to acquire Activision, subject to the approval of shareholders.",
            "The company's funding round, people said, is expected to close by the end of the year.",
            "Reportedly, the startup's investors would take a stake if the IPO happens.",
            "Nothing here matches at all.",
        ];
        let tables: [(Table, &CueIndex, &[&str]); 4] = [
            (Table::Hedge, &SENTENCE_HEDGES_INDEX, SENTENCE_HEDGES),
            (Table::Condition, &CONDITION_CUES_INDEX, CONDITION_CUES),
            (
                Table::Acquisition,
                &ACQUISITION_WORDS_INDEX,
                ACQUISITION_WORDS,
            ),
            (Table::Investment, &INVESTMENT_WORDS_INDEX, INVESTMENT_WORDS),
        ];
        let mut found = 0;
        for text in sentences {
            let low_text = Lowered::new(text);
            let ws = words(&low_text, Span::new(0, text.len()));
            let bits = first_bits(&ws);
            for (table, index, cues) in tables {
                let scan = find_any(&ws, &Cues::new(cues));
                assert_eq!(index.find_any_from(&ws, 0..ws.len()), scan, "{text}");
                // Tried only where the words' bits say a cue of the table begins.
                let masked = CueMask::of(&bits).find_any(table, index, &ws);
                assert_eq!(masked, scan, "{text}");
                found += usize::from(scan.is_some());
            }
        }
        assert!(found >= 8, "the sentences exercise the tables: {found}");
    }

    /// A text article of `text`.
    fn test_article(text: &str) -> Article {
        use crate::ingest::{Format, Meta};
        Article {
            doc: "t.txt".into(),
            format: Format::Text,
            meta: Meta::default(),
            text: text.into(),
            warnings: vec![],
        }
    }

    /// The claims of `text` read with the gate and without it.
    fn gated_and_all(text: &str) -> (Vec<Claim>, Vec<Claim>) {
        let article = test_article(text);
        let lowered = Lowered::new(text);
        let sentences = crate::segment::split(text);
        let (mentions, _) = crate::extract::mentions::scan_lowered(&lowered);
        let parties = crate::entities::find(&lowered, &sentences);
        let claims =
            |gated| claims_gated(&article, &lowered, &sentences, &mentions, &parties, gated);
        (claims(true), claims(false))
    }

    /// The status each figure of `text` gets in an article dated `date`, in text order, with
    /// the time a `prior` one is dated to.
    fn statuses(text: &str, date: &str) -> Vec<(Status, Option<String>)> {
        let mut article = test_article(text);
        article.meta.date = Some(date.into());
        let lowered = Lowered::new(text);
        let sentences = crate::segment::split(text);
        let (mentions, _) = crate::extract::mentions::scan_lowered(&lowered);
        let parties = crate::entities::find(&lowered, &sentences);
        claims_gated(&article, &lowered, &sentences, &mentions, &parties, true)
            .into_iter()
            .map(|c| (c.status, c.as_of.as_deref().map(str::to_string)))
            .collect()
    }

    #[test]
    fn a_purchase_of_shares_is_no_acquisition_and_each_prices_a_share() {
        // The party names the shares bought ("Intel shares"), so nothing is acquired: the
        // money is invested, and "$23.28 each" after shares is a price per share.
        let text = "Nvidia completes $5 billion purchase of Intel shares.\nNvidia bought 214.8 million Intel shares at $23.28 each.";
        let (claims, _) = gated_and_all(text);
        let got: Vec<(&str, String)> = claims
            .iter()
            .map(|c| (&*c.attribute, c.quote.clone()))
            .collect();
        assert!(
            got.iter().all(|(a, _)| *a != "acquisition_price"),
            "{got:?}"
        );
        assert!(
            got.contains(&("price_per_share", "$23.28 each".to_string())),
            "{got:?}"
        );
    }

    /// (attribute, value, quote) of each claim of `text` whose attribute starts with `prefix`.
    fn by_attribute(text: &str, prefix: &str) -> Vec<(String, String, String)> {
        let (claims, _) = gated_and_all(text);
        claims
            .iter()
            .filter(|c| c.attribute.starts_with(prefix))
            .map(|c| {
                let value = match &c.value {
                    Value::Number(n) => n.normalize().to_string(),
                    other => format!("{other:?}"),
                };
                (c.attribute.to_string(), value, c.quote.to_string())
            })
            .collect()
    }

    #[test]
    fn the_first_part_of_a_capacity_is_no_other_figure_of_all_of_it() {
        let text = "Vantor will deploy 8 gigawatts of Corvex chips, starting with 2 gigawatts next year.\nThe rollout grows from 2 gigawatts to 8 gigawatts by 2029.\nVantor will build a 2-gigawatt campus first, and the rest follows.\nThe site, with the first gigawatt due in 2027, will draw 8 gigawatts.";
        let got: Vec<(String, String)> = by_attribute(text, "compute_capacity")
            .into_iter()
            .map(|(a, v, _)| (a, v))
            .collect();
        let total = |v: &str| ("compute_capacity_gw".to_string(), v.to_string());
        let first = |v: &str| ("compute_capacity_initial_gw".to_string(), v.to_string());
        assert_eq!(
            got,
            vec![
                total("8"),
                first("2"),
                first("2"),
                total("8"),
                first("2"),
                total("8")
            ]
        );
    }

    #[test]
    fn capacity_belongs_to_who_uses_it_not_to_the_maker_of_the_goods() {
        // The maker of the chips named before a figure ("Corvex accelerators", "Corvex
        // delivers") holds none of it; a clause naming nobody (the headline) takes the holder
        // the article names.
        let text = "The 8 gigawatt plan\n\nVantor will invest $2 billion in Corvex.\nVantor will deploy 8 gigawatts of its chips.\nThe agreement covers Corvex accelerators equal to 8 gigawatts.\nCorvex delivers the first 2 gigawatts next year.";
        let (claims, _) = gated_and_all(text);
        let got: Vec<(&str, &str)> = claims
            .iter()
            .filter(|c| c.attribute.starts_with("compute_capacity"))
            .map(|c| (&*c.quote, &*c.subject))
            .collect();
        assert_eq!(
            got,
            vec![
                ("8 gigawatt", "Vantor"),
                ("8 gigawatts", "Vantor"),
                ("8 gigawatts", "Vantor"),
                ("2 gigawatts", "Vantor"),
            ],
            "{claims:#?}"
        );
    }

    /// (attribute, value, subject, investor, revised) of each claim of `text`.
    fn bid_rows(text: &str) -> Vec<(String, String, String, String, bool)> {
        extracted(text)
            .iter()
            .map(|c| {
                let value = match &c.value {
                    Value::Number(n) => n.normalize().to_string(),
                    Value::Text(t) => t.to_string(),
                };
                let investor = c.investor.as_deref().unwrap_or("-").to_string();
                (
                    c.attribute.to_string(),
                    value,
                    c.subject.to_string(),
                    investor,
                    c.revised,
                )
            })
            .collect()
    }

    #[test]
    fn a_bidding_war_its_bidders_raises_dividends_and_market_prices() {
        let row = |a: &str, v: &str, s: &str, i: &str, r: bool| {
            (
                a.to_string(),
                v.to_string(),
                s.to_string(),
                i.to_string(),
                r,
            )
        };
        // The target accepts an offer "from" its bidder; the dividend paid with the price is
        // no price; the closing price a premium is measured against, and the shares' price
        // "at" the close, are the market's.
        let text = "Vantor has accepted a $3.8 billion takeover offer from Corvex.\nShareholders will get $37.63 a share, including an interim dividend of 28 cents a share.\nThe price is a premium of 85% to the closing price of $20.38 on June 6.\nVantor shares closed up 2.2% at $40.78.";
        assert_eq!(
            bid_rows(text),
            vec![
                row("acquisition_price", "3800000000", "Vantor", "Corvex", false),
                row("price_per_share", "37.63", "Vantor", "Corvex", false),
                row("dividend", "0.28", "Vantor", "Corvex", false),
                row("premium_percent", "85", "Vantor", "Corvex", false),
                row("percentage", "2.2", "Vantor", "-", false),
            ]
        );
        // A bidder that raises its offer gives a new price (`revised`), also where "the new
        // offer" values the company; a rival's price it is compared with stays the rival's.
        let text = "Corvex has raised its offer for Vantor to $41.75 a share.\nThe new offer is 1.8% higher than Gamma's $41 a share and values Vantor at about $4.2 billion.";
        let got = bid_rows(text);
        assert!(
            got.contains(&row("price_per_share", "41.75", "Vantor", "Corvex", true)),
            "{got:?}"
        );
        assert!(
            got.contains(&row(
                "acquisition_price",
                "4200000000",
                "Vantor",
                "Corvex",
                true
            )),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|r| r.0 == "price_per_share" && r.1 == "41" && r.3 == "Gamma" && !r.4),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_with_bros_a_deal_its_maker_struck_and_a_gap_between_two_offers() {
        let row = |a: &str, v: &str, s: &str, i: &str| {
            (
                a.to_string(),
                v.to_string(),
                s.to_string(),
                i.to_string(),
                false,
            )
        };
        // "Vantor Bros. Media" is one name; the deal Corvex struck is Corvex's; the gap
        // between two offers is no figure of either, but "less than a year ago" is a time, and
        // "more than" after a comma is the clause's ("more than doubling its valuation").
        let text = "Gamma has made a $108 billion bid for Vantor Bros. Media, trying to undo the $72 billion deal Corvex struck on Friday.\nGamma says its offer gives investors $17.6 billion more in cash than the Corvex deal.\nVantor Bros. Media raised $450 million less than a year ago.\nVantor Bros. Media closed a funding round of $2 billion, more than doubling its valuation.";
        assert_eq!(
            bid_rows(text),
            vec![
                row(
                    "acquisition_price",
                    "108000000000",
                    "Vantor Bros Media",
                    "Gamma"
                ),
                row(
                    "acquisition_price",
                    "72000000000",
                    "Vantor Bros Media",
                    "Corvex"
                ),
                row("round_size", "450000000", "Vantor Bros Media", "-"),
                row("round_size", "2000000000", "Vantor Bros Media", "-"),
            ]
        );
    }

    #[test]
    fn an_analyst_s_price_target_is_no_price_of_the_deal() {
        // A target an analyst sets for the stock, and the earlier target it is compared with,
        // are no figures of the deal; the price agreed in the same article is one.
        let text = "Vantage Systems agreed to be acquired by Corvane for $4.2 billion, or $31 per share, in cash.\nHalden Securities downgraded Vantage to Neutral and raised its price target to $31.00, up from the previous $27.00.\nMarlow Partners set a target price of $31 on the shares, and Brix cut its price target on Vantage to $30 from $34.";
        insta::assert_snapshot!(claims_of(text), @"
        acquisition_price 4200000000 USD [] Vantage Systems <- Corvane «for $4.2 billion»
        price_per_share 31 USD [] Vantage Systems <- Corvane «$31 per share»
        ");
        // A tranche's stock price targets are its condition, and the figures after "stock"
        // or a relative clause keep their claims.
        let tranche = "Corvex issued Vantor a warrant for up to 50 million shares at $0.01 per share. The shares vest in tranches as Corvex hits stock price targets of up to $600 per share, and in two more as its shares clear price targets that rise to $900 per share.";
        insta::assert_snapshot!(claims_of(tranche), @"
        price_per_share 0.01 USD [] Corvex <- Vantor «$0.01 per share»
        share_price_target 600 USD [upto] Corvex <- Vantor «price targets of up to $600»
        share_price_target 900 USD [] Corvex <- Vantor «price targets that rise to $900»
        ");
    }

    #[test]
    fn a_deal_net_of_a_stake_each_class_of_share_and_a_close_early_in_a_fiscal_year() {
        // A stake the figure leaves out is not what it buys; "each Class A share" names each
        // share; "close early in its fiscal year 2027" is the expected close.
        let text = "Corvane agreed to buy Vantage Systems in a deal worth about $8 billion, net of the stake Corvane already owns, and expects it to close early in its fiscal year 2027.\nEach Class A share of Vantage will be converted into the right to receive $25.00 in cash.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 8000000000 USD [approx] Vantage Systems <- Corvane «worth about $8 billion»
        expected_close "2027" date [] Vantage Systems <- Corvane «close early in its fiscal year 2027»
        consideration_type "cash" text [] Vantage Systems <- Corvane «$25.00 in cash»
        price_per_share 25 USD [] Vantage Systems <- Corvane «$25.00 in cash»
        "#);
    }

    #[test]
    fn the_shares_total_after_a_price_per_share_and_a_close_within_a_half_year() {
        // "$83.50 per share, or almost $29 billion": all the shares' price; "and it has $29
        // billion of debt" is no such sum. "conclude in", "close within" open an expected close.
        let text = "Corvex agreed to buy Vantor for $83.50 per share, or almost $29 billion, and will take on Vantor's debt.\nThe acquisition is anticipated to conclude in the first half of 2025.";
        insta::assert_snapshot!(claims_of(text), @r#"
        price_per_share 83.5 USD [] Vantor <- Corvex «$83.50 per share»
        acquisition_price 29000000000 USD [approx] Vantor <- Corvex «$83.50 per share, or almost $29 billion»
        expected_close "2025" date [] Vantor <- Corvex «conclude in the first half of 2025»
        "#);
        let text = "Corvex will pay $25 a share in cash, or about $8 billion, for Rivel, and it has $9 billion of debt.\nThe acquisition of Rivel is expected to close within the first half of 2026.";
        insta::assert_snapshot!(claims_of(text), @r#"
        price_per_share 25 USD [] Rivel <- Corvex «$25 a share»
        consideration_type "cash" text [] Rivel <- Corvex «$25 a share in cash»
        acquisition_price 8000000000 USD [approx] Rivel <- Corvex «$25 a share in cash, or about $8 billion»
        debt_financing 9000000000 USD [] Rivel «$9 billion of debt»
        expected_close "2026" date [] Rivel <- Corvex «close within the first half of 2026»
        "#);
    }

    #[test]
    fn a_price_with_net_debt_a_company_paid_for_and_a_close_after_an_acquisition_lead() {
        // The lead speaks of buying: the article is about an acquisition, and its later
        // sentences' dates of closing and conditions are the deal's.
        let text = "Corvex agreed to buy Vantor for $83.50 a share in cash, a deal worth $35.9 billion including net debt.\nThe deal is subject to approval by Vantor shareholders. The companies now expect to complete it toward the end of 2025, or to close the transaction on Dec. 11 at the latest.";
        insta::assert_snapshot!(claims_of(text), @r#"
        price_per_share 83.5 USD [] Vantor <- Corvex «$83.50 a share»
        consideration_type "cash" text [] Vantor <- Corvex «$83.50 a share in cash»
        enterprise_value 35900000000 USD [] Vantor <- Corvex «$35.9 billion including net debt»
        closing_condition "shareholder approval" text [] Vantor <- Corvex «subject to approval by Vantor shareholders»
        expected_close "2025-12-31" date [] Vantor <- Corvex «complete it toward the end of 2025»
        expected_close "--12-11" date [] Vantor <- Corvex «close the transaction on Dec. 11»
        "#);
        let text = "Candy maker Corvex will pay nearly $36 billion for Vantor, one of the largest deals of the year, amounting to $35.9 billion, inclusive of assumed net leverage.\nCorvex will also pay $2 billion for Halden, Marlow and Brix chips.";
        insta::assert_snapshot!(claims_of(text), @"
        acquisition_price 36000000000 USD [approx] Vantor <- Corvex «pay nearly $36 billion»
        enterprise_value 35900000000 USD [] Vantor <- Corvex «$35.9 billion, inclusive of assumed net leverage»
        contract_value 2000000000 USD [] Corvex–Halden «pay $2 billion»
        ");
    }

    #[test]
    fn a_share_price_a_tranche_needs_is_no_price_paid() {
        // The price a warrant's tranches need the stock to reach is a target, not what the
        // holder pays; what a block of shares would be worth values no company.
        let text = "Corvex issued Vantor a warrant for up to 50 million shares at $0.01 per share. The shares vest in tranches as Corvex's stock price clears thresholds that rise to $400 per share.\nAt the $400 stock price tied to the last tranche, the shares would be worth $20 billion.";
        let got: Vec<(String, String)> = by_attribute(text, "")
            .into_iter()
            .filter(|(a, _, _)| a != "stake_percent" && a != "investment_form")
            .map(|(a, v, _)| (a, v))
            .collect();
        assert_eq!(
            got,
            vec![
                ("price_per_share".to_string(), "0.01".to_string()),
                ("share_price_target".to_string(), "400".to_string()),
                ("share_price_target".to_string(), "400".to_string()),
            ]
        );
    }

    #[test]
    fn revenue_from_other_customers_is_no_contract_and_an_agreement_has_a_value() {
        let text = "Corvex expects more than $50 billion in new revenue over five years from Vantor and other customers.\nVantor signed a $30 billion contract over five years.\nAnalysts put the value of the agreement at about $40 billion.";
        let got: Vec<(String, String)> = by_attribute(text, "contract")
            .into_iter()
            .map(|(a, v, _)| (a, v))
            .collect();
        assert_eq!(
            got,
            vec![
                ("contract_value".to_string(), "30000000000".to_string()),
                ("contract_term_years".to_string(), "5".to_string()),
                ("contract_value".to_string(), "40000000000".to_string()),
            ]
        );
    }

    #[test]
    fn a_price_floated_on_a_condition_is_no_bid() {
        // "would pay $31 a share if talks were allowed" floats a price; a fee owed "if the
        // deal is blocked" is the fee agreed, and a price said without a condition is a bid.
        let text = "Vantor wants to acquire Corvex.\nCorvex rejected the $30-a-share offer from Vantor.\nA Vantor adviser said Vantor would pay $31 a share if talks were allowed.\nVantor would pay a breakup fee of $2 billion if the deal is blocked.\nVantor said it would pay $32 a share.";
        insta::assert_snapshot!(claims_dated(text, Some("2026-04-20")), @r#"
        price_per_share 30 USD [] Corvex <- Vantor «$30-a-share»
        price_per_share 31 USD [conditional] Corvex <- Vantor «$31 a share»
        termination_fee 2000000000 USD [] Corvex <- Vantor «$2 billion if the deal is blocked»
        price_per_share 32 USD [] Corvex <- Vantor «$32 a share»
        "#);
    }

    #[test]
    fn who_rejects_a_bid_is_its_target_and_a_rival_s_figure_is_its_own() {
        // The party that rejects "Vantor's offer" (and gives it a week, time and no money) is
        // bought, though Vantor is named most; the figure another party offered, compared
        // with, is that party's and current; the bidder's own figure compared with is its
        // earlier one.
        let text = "Corvex gives Vantor a week for a final offer.\nCorvex rejected Vantor's $40-a-share offer on Monday.\nVantor said the price was fair and Vantor may return.\nGamma's agreement with Corvex carries a $2 billion breakup fee, higher than the $1.5 billion Vantor offered.\nGamma agreed to pay $45 a share, higher than the $42 Gamma offered in May.";
        insta::assert_snapshot!(claims_dated(text, Some("2026-04-20")), @r#"
        price_per_share 40 USD [] Corvex <- Vantor «$40-a-share»
        termination_fee 2000000000 USD [] Corvex <- Gamma «$2 billion breakup fee»
        termination_fee 1500000000 USD [] Corvex <- Vantor «higher than the $1.5 billion»
        price_per_share 45 USD [revised] Corvex <- Gamma «$45 a share»
        price_per_share 42 USD [superseded] Corvex <- Gamma «higher than the $42»
        "#);
    }

    #[test]
    fn its_figure_is_the_party_s_the_sentence_is_about() {
        // "its" before a figure stands for the party last named before it that no "by",
        // "from" or "with" introduces: Gamma, not the chief executive named after "led by".
        let text = "Corvex has rejected a takeover offer from Gamma Media of around $20 a share.\nGamma, led by Omar Castell since its $8 billion merger with Theta Pictures in August, has also held talks with Zeta Capital.\nCorvex shares fell 3.3% to $17.10.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-10-02")), @r#"
        price_per_share 20 USD [approx] Corvex <- Gamma Media «around $20 a share»
        acquisition_price 8000000000 USD [prior] Theta Pictures <- Gamma Media «$8 billion merger»
        percentage 3.3 percent [] Corvex «3.3%»
        "#);
    }

    #[test]
    fn lenders_and_backers_raise_no_money_of_their_own() {
        // In an acquisition, money borrowed is the buyer's: a party after "by" or "from"
        // before the figure backs the bid or lends, while one named before them raises it;
        // "by" after a word of backing gives the means, not an increment.
        let text = "Vantor wants to acquire Corvex.\nVantor launched a hostile takeover bid for Corvex at $30 a share in cash.\nThe offer values Corvex at $40 billion including debt.\nThe bid is backed by equity from the Lind family and Gamma Capital and by $20 billion of debt commitments from Delta Bank and Epsilon.\nVantor, backed by Zeta, will borrow $5 billion.";
        insta::assert_snapshot!(claims_dated(text, Some("2026-04-20")), @r#"
        price_per_share 30 USD [] Corvex <- Vantor «$30 a share»
        consideration_type "cash" text [] Corvex <- Vantor «$30 a share in cash»
        enterprise_value 40000000000 USD [] Corvex <- Vantor «$40 billion including debt»
        debt_financing 20000000000 USD [] Vantor «$20 billion of debt»
        debt_financing 5000000000 USD [] Vantor «borrow $5 billion»
        "#);
    }

    #[test]
    fn an_acquisitions_money_its_market_price_and_its_financing() {
        // The closing price of the target's stock is no price of the deal; the value of its
        // equity is the price; notes and a term loan are debt (the loan's years no contract's
        // term), stock sold raises money that is no round; the buyer raises it; a close that
        // "had been expected" was replaced; a fee's payer is its investor.
        let text = "Vantor agreed to buy Corvex for $40 a share in cash, which values Corvex's equity at about $13 billion.\nCorvex shares jumped 22% to close at $37.05.\nVantor will borrow $9 billion: $6 billion in senior unsecured notes and a $3 billion three-year term loan.\nIt also raised $1.5 billion by selling preferred stock.\nThe deal had been expected to close by early 2025.\nVantor would owe Corvex a termination fee of $800 million if regulators block the acquisition.";
        let (claims, _) = gated_and_all(text);
        let got: Vec<String> = claims
            .iter()
            .map(|c| {
                format!(
                    "{} {} {} <- {} {:?}",
                    c.attribute,
                    c.quote,
                    c.subject,
                    c.investor.as_deref().unwrap_or("-"),
                    c.status
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                "price_per_share $40 a share Corvex <- Vantor Current",
                "consideration_type $40 a share in cash Corvex <- Vantor Current",
                "acquisition_price equity at about $13 billion Corvex <- Vantor Current",
                "percentage 22% Corvex <- - Current",
                "debt_financing borrow $9 billion Vantor <- - Current",
                "debt_financing $6 billion in senior unsecured notes Vantor <- - Current",
                "debt_financing $3 billion three-year term loan Vantor <- - Current",
                "equity_financing $1.5 billion by selling Vantor <- - Current",
                "expected_close expected to close by early 2025 Corvex <- Vantor Superseded",
                "termination_fee $800 million if regulators block Corvex <- Vantor Current",
            ],
            "{claims:#?}"
        );
    }

    #[test]
    fn cash_for_each_share_a_part_of_a_year_and_a_colon() {
        // The cash paid for each share beside a count of the buyer's shares is the cash part
        // of a cash-and-stock price (scope "cash part"), the later one replacing the one
        // agreed; "in the first half of 2025" is a close in 2025;
        // a colon opens a clause (the hedge after it is not the figure's), not a label's
        // ("Deal value: $15 billion"); the buyer's stock paid is no investment of its own; the
        // counts of the buyer's shares for each share are exchange ratios.
        let text = "Vantor agreed to buy Corvex in a cash-and-stock deal. The acquisition needs approval.\nCorvex holders will receive $197 in cash and 0.345 of a Vantor share for each share they own.\nEach Corvex share was converted into 0.34 of a Vantor share and $199.91 in cash, up from the $197 agreed: the cash rose because Vantor could not issue more shares.\nThe consideration was made of $17.6 billion in cash and $17.1 billion in Vantor stock.\nThe companies expect the deal to close in the first half of 2025.\nDeal value: $35 billion\nVantor expects the deal to close by the end of the third quarter of fiscal 2026.";
        let (claims, _) = gated_and_all(text);
        let got: Vec<String> = claims
            .iter()
            .filter(|c| c.attribute != "consideration_type")
            .map(|c| {
                format!(
                    "{} {} {:?} hedged={} scope={:?}",
                    c.attribute, c.quote, c.status, c.hedged, c.scope
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                "price_per_share $197 in cash and 0.345 of a Vantor share for each share Current hedged=false scope=Some(\"cash part\")",
                "exchange_ratio 0.345 of a Vantor share Current hedged=false scope=None",
                "exchange_ratio 0.34 of a Vantor share Current hedged=false scope=None",
                "price_per_share $199.91 in cash Current hedged=false scope=Some(\"cash part\")",
                "price_per_share up from the $197 Superseded hedged=false scope=Some(\"cash part\")",
                "expected_close to close in the first half of 2025 Current hedged=false scope=None",
                "acquisition_price value: $35 billion Current hedged=false scope=None",
                "expected_close to close by the end of the third quarter of fiscal 2026 Current hedged=false scope=None",
            ],
            "{claims:#?}"
        );
    }

    #[test]
    fn a_share_held_by_a_party_named_before_it() {
        // "leaves Vantor with roughly 4% of Corvex" is a stake without a word of investing; a
        // poll's "44 percent of Americans" is none.
        let got = by_attribute(
            "The purchase leaves Vantor with roughly 4% of Corvex.\nA Vantor poll has 44 percent of Americans in favour.",
            "",
        );
        let got: Vec<(String, String)> = got.into_iter().map(|(a, _, q)| (a, q)).collect();
        assert_eq!(
            got,
            vec![
                (
                    "stake_percent".to_string(),
                    "roughly 4% of Corvex".to_string()
                ),
                ("percentage".to_string(), "44 percent".to_string()),
            ]
        );
    }

    #[test]
    fn an_analyst_that_speaks_of_the_price_does_not_pay_it() {
        // Halden speaks of the price and is no party: Corvex pays it; Corvex, which speaks of
        // its own price, still pays it; Quill, which says what it would do, pays its own.
        let text = "Corvex agreed to buy Vantor for $24 a share.\nMeanwhile, Halden said the $24 offer price, representing an 87% premium to Vantor's last close, is potentially positive.\nCorvex said the $24 offer price is fair.\nQuill said it would pay $26 a share for Vantor instead.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-05-15")), @r#"
        price_per_share 24 USD [] Vantor <- Corvex «$24 a share»
        price_per_share 24 USD [hedged] Vantor <- Corvex «$24 offer»
        premium_percent 87 percent [hedged] Vantor <- Corvex «87% premium»
        price_per_share 24 USD [] Vantor <- Corvex «$24 offer»
        price_per_share 26 USD [] Vantor <- Quill «$26 a share»
        "#);
    }

    #[test]
    fn a_party_that_pays_a_figure_after_it_is_its_investor() {
        // "the $20.47 per share the U.S. government paid": another investor's price, compared
        // with, is neither the article's investor's nor replaced; an offer compared with is
        // the earlier one it was.
        let text = "Nvidia will invest $5 billion in Intel at $23.28 per share, above the $20.47 per share the U.S. government paid for its stake.\nThe price is 39% higher than the $23 billion Nvidia offered in July.";
        let (claims, _) = gated_and_all(text);
        let got: Vec<(&str, Option<&str>, Status)> = claims
            .iter()
            .filter(|c| c.quote.starts_with("$2"))
            .map(|c| (&*c.quote, c.investor.as_deref(), c.status))
            .collect();
        assert_eq!(
            got,
            vec![
                ("$23.28 per share", Some("Nvidia"), Status::Current),
                ("$20.47 per share", Some("U.S. government"), Status::Current),
                (
                    "$23 billion Nvidia offered",
                    Some("Nvidia"),
                    Status::Superseded
                ),
            ],
            "{claims:#?}"
        );
    }

    #[test]
    fn prices_with_debt_per_share_joined_and_counterparties() {
        // "including debt" is the enterprise value; "$55-a-share" prices a share; "the total
        // value of the deal at" is the price; a party after "agreed with" does not invest; the
        // consideration of another bidder's price is that bidder's.
        let text = "Acme agreed to buy Beta for $55 a share in cash, a deal that values Beta at about $14.1 billion, or $14.9 billion including debt. Beta turned down the $35 a share in cash and stock that Gamma offered.\nThe $55-a-share cash deal closed after Acme agreed with the Delta administration to invest $11 billion in Beta. Acme paid $55 a share, putting the total value of the deal at around 2 trillion yen.";
        insta::assert_snapshot!(claims_of(text), @r#"
        price_per_share 55 USD [] Beta <- Acme «$55 a share»
        consideration_type "cash" text [] Beta <- Acme «$55 a share in cash»
        acquisition_price 14100000000 USD [approx] Beta <- Acme «values Beta at about $14.1 billion»
        enterprise_value 14900000000 USD [] Beta <- Acme «$14.9 billion including debt»
        price_per_share 35 USD [] Beta <- Gamma «$35 a share»
        consideration_type "cash and stock" text [] Beta <- Gamma «$35 a share in cash and stock»
        price_per_share 55 USD [] Beta <- Acme «$55-a-share»
        deal_total 11000000000 USD [] Beta <- Acme «invest $11 billion»
        price_per_share 55 USD [] Beta <- Acme «$55 a share»
        acquisition_price 2000000000000 JPY [approx] Beta <- Acme «value of the deal at around 2 trillion yen»
        "#);
    }

    #[test]
    fn a_qualifier_after_the_figure_and_pre_investment_valuations() {
        let text = "The round would value Beta at $10 billion or more. Beta raised $2 billion at a $10 billion pre-investment valuation, or $12 billion post-investment.";
        insta::assert_snapshot!(claims_of(text), @"
        valuation_unspecified 10000000000 USD [atleast] Beta «value Beta at $10 billion or more»
        round_size 2000000000 USD [] Beta «raised $2 billion»
        valuation_pre_money 10000000000 USD [] Beta «$10 billion pre-investment»
        valuation_post_money 12000000000 USD [] Beta «$12 billion post-investment»
        ");
    }

    #[test]
    fn figures_dated_before_the_article_are_earlier_ones() {
        let current = (Status::Current, None);
        let prior = |when: &str| (Status::Prior, Some(when.to_string()));
        // A month of an earlier year is earlier, whatever the month; "May" after "in" is a
        // month of the article's year, a month past the article's of the year before unless
        // the clause speaks of the future; a when-clause is at the time named before it; a
        // detail of a dated round is of that round; after the figure, a date is its own only
        // up to a comma.
        let cases = [
            (
                "Beta raised $2 billion in September 2024.",
                vec![prior("2024-09")],
            ),
            ("Beta raised $2 billion in May.", vec![prior("2025-05")]),
            ("Beta raised $2 billion in August.", vec![prior("2024-08")]),
            (
                "Beta will raise $2 billion in August.",
                vec![current.clone()],
            ),
            (
                "Beta expects to close the $2 billion round in August.",
                vec![current.clone()],
            ),
            ("Beta raised $2 billion in 2023.", vec![prior("2023")]),
            (
                "Beta began the year with a valuation of roughly $500 million.",
                vec![prior("2025-01")],
            ),
            (
                "Beta was valued at $2 billion at the start of 2024.",
                vec![prior("2024-01")],
            ),
            (
                "Acme backed Beta in May 2024, when the startup raised $1 billion in a round that valued it at $13.8 billion.",
                vec![prior("2024-05"), prior("2024-05")],
            ),
            (
                "Acme will invest $3 billion in Beta, about twice what it put in during 2024.",
                vec![current.clone()],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(statuses(text, "2025-06-13"), want, "{text}");
        }
    }

    /// Articles whose claims hang on a sentence without a figure, one for each gated table:
    /// passing by the ungated sentences changes none of their claims.
    #[test]
    fn gated_sentences_keep_what_sentences_without_figures_tell() {
        let texts = [
            // A condition (CONDITION_CUES), on the deal (DEAL_NOUNS).
            "Acme will invest $2 billion in Beta Corp.\nThe offer hinges on Beta reaching milestones.",
            // An article about an acquisition (ACQUISITION_WORDS, BUY_WORDS, PER_SHARE_CUES)
            // and its consideration (CONSIDERATION_TERMS).
            "Acme agreed to acquire Beta Corp. The takeover was agreed on Monday.\nThe deal is worth $5 billion.",
            "Acme will buy Beta Corp.\nHolders get a premium per share.\nThe deal is worth $5 billion.",
            "Acme agreed to acquire Beta Corp for $5 billion. Acme will buy Beta.\nIt is an all-cash transaction.",
            // Exclusivity, round labels, lead investors (INVESTMENT_WORDS, ROUND_NOUNS),
            // listings.
            "Beta holds an exclusive license to the technology.",
            "Beta raised a Series B.",
            "The round was led by Gamma Ventures.",
            "Gamma Ventures led the investment in Beta.",
            "Beta plans an initial public offering next year.",
            // A separate matter (SEPARATE_OPENERS) opened before its figure.
            "Acme will invest $1 billion in Beta.\nSeparately, Delta is talking to Epsilon. Delta will invest $3 billion in Epsilon.",
        ];
        for text in texts {
            let (gated, all) = gated_and_all(text);
            assert!(!all.is_empty(), "{text}");
            assert_eq!(gated, all, "{text}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 3000, .. Default::default() })]
        /// Passing by the sentences without a figure or a gated word changes no claim: on
        /// articles made of every cue word of the rules, names, figures and sentence ends.
        #[test]
        fn gated_sentences_yield_the_claims_of_all_sentences(
            sentences in proptest::collection::vec(
                proptest::collection::vec(0usize..100_000, 1..7), 1..12)
        ) {
            let mut vocab: Vec<&str> = numbered_cues().flat_map(|c| c.split(' ')).collect();
            vocab.sort_unstable();
            vocab.dedup();
            let extra = [
                "Acme", "Beta Corp", "Gamma's", "$5 billion", "30%", "in March 2025", "2026",
                "1.2 gigawatts", "the", "company", "said", "Separately,", "(ACM)", ",", ";",
            ];
            // Short sentences of a few words, half of them words no cue has: many sentences
            // have no figure and one or two cue words.
            let text: String = sentences
                .iter()
                .map(|picks| {
                    picks
                        .iter()
                        .map(|&k| {
                            if k % 2 == 0 {
                                extra[(k / 2) % extra.len()]
                            } else {
                                vocab[(k / 2) % vocab.len()]
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect::<Vec<_>>()
                .join(". ");
            let (gated, all) = gated_and_all(&text);
            proptest::prop_assert_eq!(gated, all, "{:?}", text);
        }
    }

    /// The claims extracted from `text` (an article without metadata).
    fn extracted(text: &str) -> Vec<Claim> {
        crate::extract::extract(&test_article(text)).claims
    }

    fn claims_of(text: &str) -> String {
        claims_dated(text, None)
    }

    /// [`claims_of`] an article dated `date`.
    fn claims_dated(text: &str, date: Option<&str>) -> String {
        let mut article = test_article(text);
        article.meta.date = date.map(String::from);
        let x = crate::extract::extract(&article);
        x.claims
            .iter()
            .map(|c| {
                let v = match &c.value {
                    Value::Number(n) => n.normalize().to_string(),
                    Value::Text(t) => format!("{t:?}"),
                };
                let mut flags = vec![];
                if c.qualifier != Qualifier::Exact {
                    flags.push(format!("{:?}", c.qualifier).to_lowercase());
                }
                if c.hedged {
                    flags.push("hedged".into());
                }
                if c.stance == Stance::Denied {
                    flags.push("denied".into());
                }
                if c.status != Status::Current {
                    flags.push(format!("{:?}", c.status).to_lowercase());
                }
                if c.increment {
                    flags.push("increment".into());
                }
                if c.revised {
                    flags.push("revised".into());
                }
                if let Some(s) = &c.scope {
                    flags.push(s.clone());
                }
                let inv = c
                    .investor
                    .as_deref()
                    .map(|i| format!(" <- {i}"))
                    .unwrap_or_default();
                format!(
                    "{} {v} {} [{}] {}{inv} «{}»",
                    c.attribute,
                    c.unit,
                    flags.join(","),
                    c.subject,
                    c.quote
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn tranches_by_time_and_deadlines_at_the_end_of_the_year() {
        // The parts of a total paid at times the sentence gives are its tranches, with or
        // without a cue of their own; "the end of the year", "year-end" are the article's
        // year's December 31; a month before "and the remaining" is the first part's time (and
        // "will" earlier in the sentence keeps April to come); parts that parties pay are no
        // tranches.
        let text = "Vantor will raise $40 billion, with $10 billion in April and the remaining $30 billion by the end of the year. Corvex will invest $8 billion in Vantor, with $2 billion coming in May and $6 billion by year-end. Vantor raised $40 billion, with $10 billion from Corvex and $30 billion from Gamma. The deal is expected to close by the end of the third quarter of calendar year 2026.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-03-31")), @r#"
        round_size 40000000000 USD [] Vantor «raise $40 billion»
        tranche_initial 10000000000 USD [] Vantor <- Corvex «$10 billion»
        tranche_contingent 30000000000 USD [] Vantor <- Corvex «remaining $30 billion»
        deadline_date "2025-12-31" date [] Vantor <- Corvex «by the end of the year»
        deal_total 8000000000 USD [] Vantor <- Corvex «invest $8 billion»
        tranche_initial 2000000000 USD [] Vantor <- Corvex «$2 billion»
        tranche_contingent 6000000000 USD [] Vantor <- Corvex «$6 billion»
        deadline_date "2025-12-31" date [] Vantor <- Corvex «by year-end»
        round_size 40000000000 USD [] Vantor «raised $40 billion»
        investor_amount 10000000000 USD [] Vantor <- Corvex «$10 billion from Corvex»
        investor_amount 30000000000 USD [] Vantor <- Gamma «$30 billion from Gamma»
        expected_close "2026-09-30" date [] Vantor <- Corvex «expected to close by the end of the third quarter of calendar year 2026»
        "#);
    }

    #[test]
    fn parts_paid_now_and_parts_to_follow() {
        // "now", "immediately" after a figure (no comma between) is the part paid at once; a
        // figure right before a contingent part ("with up to $20 billion more tied to
        // targets") is the first; an earlier commitment "of" a figure is an earlier
        // investment, not a contract; co-leads are each a lead.
        let text = "Corvex is investing $5 billion with up to $20 billion more tied to commercial targets. Corvex will provide $10 billion in cash now. After a lifeline from Corvex worth up to $8 billion, Vantor is now cutting costs. Combined with an earlier commitment of $8 billion, Corvex would have put $13 billion into Vantor. Vantor raised $30 billion in a round led by Gamma and Delta.";
        insta::assert_snapshot!(claims_dated(text, Some("2026-04-20")), @r#"
        tranche_initial 5000000000 USD [] Vantor <- Corvex «investing $5 billion»
        tranche_contingent 20000000000 USD [upto] Vantor <- Corvex «up to $20 billion more tied to»
        investment_form "cash" text [] Vantor <- Corvex «$10 billion in cash»
        tranche_initial 10000000000 USD [] Vantor <- Corvex «$10 billion in cash now»
        deal_total 8000000000 USD [prior] Vantor <- Corvex «commitment of $8 billion»
        deal_total 13000000000 USD [] Vantor <- Corvex «put $13 billion»
        round_size 30000000000 USD [] Vantor «$30 billion in a round»
        lead_investor "Gamma" text [] Vantor «led by Gamma»
        lead_investor "Delta" text [] Vantor «led by Gamma and Delta»
        "#);
    }

    #[test]
    fn who_runs_a_company_leads_no_round() {
        // "Vantor, led by Ada Lindqvist since ...": an apposition to the party that opens the
        // sentence says who runs it; a round "led by" a party, or a figure followed by "led
        // by", still names its lead.
        let text = "Vantor raised $6 billion in a round led by Gamma. Vantor, led by Ada Lindqvist since its merger with Corvex, has held talks with Zeta about a further investment. The round, led by Delta Ventures, closed on Friday. Vantor raised $2 billion more, led by Epsilon.";
        insta::assert_snapshot!(claims_dated(text, Some("2026-04-20")), @r#"
        round_size 6000000000 USD [] Vantor «$6 billion in a round»
        lead_investor "Gamma" text [] Vantor «led by Gamma»
        lead_investor "Delta Ventures" text [] Vantor «led by Delta Ventures»
        round_size 2000000000 USD [] Vantor «raised $2 billion»
        lead_investor "Epsilon" text [] Vantor «led by Epsilon»
        "#);
    }

    #[test]
    fn a_cue_that_starts_with_at_after_the_figure_is_read() {
        // "at closing" begins with the "at" the pre-money guard looks past: the guard must not
        // slice backwards (found by the gate property test; the article was lost to a panic).
        let got = extracted("$5 billion at. closing");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].attribute, "tranche_initial");
    }

    #[test]
    fn what_the_company_invested_in_pays_out_is_a_contract() {
        // The investee committing or pledging money to a provider spends it; money it gets
        // "from" its investor stays the investor's.
        let attrs = |t: &str| {
            extracted(t)
                .into_iter()
                .filter(|c| c.unit == "USD")
                .map(|c| (c.attribute.to_string(), c.quote))
                .collect::<Vec<_>>()
        };
        let got = attrs(
            "Corvex will invest $5 billion in Vantor. In return, Vantor commits $50 billion to cloud services, and the startup pledges $2 billion to chip orders.",
        );
        assert_eq!(
            got,
            [
                ("deal_total".to_string(), "invest $5 billion".to_string()),
                (
                    "contract_value".to_string(),
                    "commits $50 billion".to_string()
                ),
                (
                    "contract_value".to_string(),
                    "pledges $2 billion".to_string()
                ),
            ]
        );
        let got = attrs(
            "Corvex will invest $5 billion in Vantor. Vantor committed $3 billion from Corvex's fund to new chips.",
        );
        assert!(got.iter().all(|(a, _)| a != "contract_value"), "{got:?}");
    }

    #[test]
    fn a_term_of_years_needs_a_contract() {
        // Payments of an investment over years, or a prison term, are no contract's term.
        let terms = |t: &str| {
            extracted(t)
                .into_iter()
                .filter(|c| c.attribute == "contract_term_years")
                .map(|c| c.quote)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            terms("Corvex signed a five-year contract worth $2 billion with Vantor."),
            ["five-year"]
        );
        assert_eq!(
            terms(
                "Vantor committed to spend $9 billion on Corvex's cloud over the next ten years."
            ),
            ["over the next ten years"]
        );
        assert!(terms("Corvex agreed to a $40 billion investment in Vantor, with $10 billion paid immediately and the rest in payments over the next three years.").is_empty());
        assert!(
            terms("The founder of Vantor could face a prison term of up to five years.").is_empty()
        );
    }

    #[test]
    fn an_amount_the_money_could_be_lowered_to_is_conditional() {
        // "could be reduced to $20 billion if ...": what the investment would become, not the
        // deal agreed (no contradiction with its $40 billion); a cut that was made is a figure
        // as it stands.
        let text = "Corvex will invest $40 billion in Vantor. Corvex's investment could be reduced to $20 billion if Vantor does not convert into a for-profit company. Corvex may cut its commitment to $15 billion unless regulators approve. Gamma cut its investment in Vantor to $3 billion last week.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-03-31")), @"
        deal_total 40000000000 USD [] Vantor <- Corvex «invest $40 billion»
        deal_total 20000000000 USD [hedged,conditional] Vantor <- Corvex «reduced to $20 billion»
        deal_total 15000000000 USD [hedged,conditional] Vantor <- Corvex «cut its commitment to $15 billion»
        ");
    }

    #[test]
    fn rounds_valuations_and_each() {
        insta::assert_snapshot!(claims_of("Beta raised $5 billion at a $45 billion pre-money valuation. The round values Beta at about $50 billion after the investment. Gamma and Delta are each investing $1 billion, and Beta also secured $2 billion each from Epsilon and Zeta."), @"
        round_size 5000000000 USD [] Beta «raised $5 billion»
        valuation_pre_money 45000000000 USD [] Beta «$45 billion pre-money»
        valuation_post_money 50000000000 USD [approx] Beta «about $50 billion after the investment»
        investor_amount 1000000000 USD [] Beta <- Delta «Gamma and Delta are each investing $1 billion»
        investor_amount 1000000000 USD [] Beta <- Gamma «Gamma and Delta are each investing $1 billion»
        investor_amount 2000000000 USD [] Beta <- Epsilon «$2 billion each from Epsilon and Zeta»
        investor_amount 2000000000 USD [] Beta <- Zeta «$2 billion each from Epsilon and Zeta»
        ");
    }

    #[test]
    fn tranches_conditions_and_denials() {
        insta::assert_snapshot!(claims_of("Acme will invest $10 billion in Beta, with $4 billion upfront and $6 billion contingent on an IPO. Beta's chief executive said the remaining investment no longer depends on an IPO."), @r#"
        deal_total 10000000000 USD [] Beta <- Acme «invest $10 billion»
        tranche_initial 4000000000 USD [] Beta <- Acme «$4 billion upfront»
        tranche_contingent 6000000000 USD [] Beta <- Acme «$6 billion contingent»
        tranche_condition "IPO" text [] Beta <- Acme «contingent on an IPO»
        tranche_condition "IPO" text [denied] Beta <- Acme «depends on an IPO»
        "#);
    }

    #[test]
    fn a_first_tranche_before_the_remaining_one_capacity_conditions_and_syndication() {
        // "$10 billion in April and the remaining $30 billion": the first figure is the first
        // tranche; money paid "as each gigawatt is deployed" or "when the first gigawatt" is
        // is conditional on capacity deployed; "syndicate $10 billion" is passed on to others;
        // "by the end of the year" in an article without a date is month and day alone.
        // A fee the target owes is no buyer's money; a close "by the end of the third quarter
        // of Vantor's fiscal 2024" is expected then.
        insta::assert_snapshot!(claims_of("Vantor will provide $10 billion to Corvex in April and the remaining $30 billion by the end of the year. Vantor plans to syndicate $10 billion of its commitment to other investors."), @r#"
        tranche_initial 10000000000 USD [] Corvex <- Vantor «provide $10 billion»
        tranche_contingent 30000000000 USD [] Corvex <- Vantor «remaining $30 billion»
        deadline_date "--12-31" date [] Corvex <- Vantor «by the end of the year»
        syndicated_amount 10000000000 USD [] Corvex <- Vantor «syndicate $10 billion»
        "#);
        insta::assert_snapshot!(claims_of("Vantor agreed to buy Corvex for $157 a share. The acquisition is expected to close by the end of the third quarter of Vantor's fiscal 2024. Corvex would owe Vantor a termination fee of about $1.48 billion if it walks away, while Vantor would owe Corvex $2.52 billion if regulators block the deal."), @r#"
        price_per_share 157 USD [] Corvex <- Vantor «$157 a share»
        expected_close "2024" date [] Corvex <- Vantor «expected to close by the end of the third quarter of Vantor's fiscal 2024»
        termination_fee 1480000000 USD [approx] Corvex «about $1.48 billion if it walks away»
        termination_fee 2520000000 USD [] Corvex <- Vantor «$2.52 billion if regulators block»
        "#);
        insta::assert_snapshot!(claims_of("Delta will invest up to $100 billion in Corvex, progressively as each gigawatt is deployed. The first $10 billion will be invested when the first gigawatt is deployed."), @r#"
        deal_total 100000000000 USD [upto] Corvex <- Delta «invest up to $100 billion»
        tranche_condition "capacity deployed" text [] Corvex <- Delta «progressively as each gigawatt»
        tranche_initial 10000000000 USD [] Corvex <- Delta «first $10 billion»
        tranche_condition "capacity deployed" text [] Corvex <- Delta «first $10 billion will be invested when the first gigawatt»
        "#);
    }

    #[test]
    fn who_pays_a_fee_an_offer_refused_and_a_first_offer() {
        // The target pays the fee it "would owe" after ", and" too; an offer the board
        // "rejected" is the one on the table, a "rejected" offer an earlier one, and so is
        // the price a bidder "first offered".
        insta::assert_snapshot!(claims_of("Vantor agreed to buy Corvex for $27 a share. The acquisition is expected to close next year. Vantor would pay a breakup fee of $5.8 billion if the deal is blocked, and Corvex would owe Vantor $2.8 billion if it walked away."), @r#"
        price_per_share 27 USD [] Corvex <- Vantor «$27 a share»
        termination_fee 5800000000 USD [] Corvex <- Vantor «$5.8 billion if the deal is blocked»
        termination_fee 2800000000 USD [] Corvex «$2.8 billion if it walked away»
        "#);
        insta::assert_snapshot!(claims_of("Vantor has made a hostile bid for Corvex, and Gamma is weighing one. The board of Corvex rejected Vantor's $108 billion takeover offer on Wednesday. Gamma's rejected $90 billion offer was its second. Vantor first offered $19 a share and raised its offer to $22 a share."), @r#"
        acquisition_price 108000000000 USD [] Corvex <- Vantor «$108 billion takeover offer»
        acquisition_price 90000000000 USD [superseded] Corvex <- Gamma «$90 billion offer»
        price_per_share 19 USD [superseded] Corvex <- Vantor «$19 a share»
        price_per_share 22 USD [revised] Corvex <- Vantor «$22 a share»
        "#);
    }

    #[test]
    fn earlier_reports_opening_a_sentence_give_replaced_figures() {
        let t = "Corvex raised €1.7 billion at a valuation of €11.7 billion after the investment. Earlier reports had put the valuation at $14 billion.";
        let got: Vec<(String, Status)> = gated_and_all(t)
            .0
            .iter()
            .map(|c| (c.quote.clone(), c.status))
            .collect();
        assert!(
            got.contains(&("valuation at $14 billion".to_string(), Status::Superseded)),
            "{got:?}"
        );
    }

    #[test]
    fn totals_raised_in_all_and_bounds_above() {
        // "the total it has raised to $3 billion", "$3 billion to date": all the company's
        // rounds, every investor's (no round, no investor named); "above $30 billion" is at
        // least; "people close to the matter" hedge their sentence.
        insta::assert_snapshot!(claims_of("Gamma invested in Corvex. Corvex raised $2 billion in a new round, bringing the total it has raised to $3 billion. People close to the matter said the round values Corvex above $30 billion. Beta has raised $900 million to date."), @r#"
        round_size 2000000000 USD [] Corvex «$2 billion in a new round»
        cumulative_total 3000000000 USD [] Corvex «has raised to $3 billion»
        valuation_unspecified 30000000000 USD [atleast,hedged] Corvex «values Corvex above $30 billion»
        cumulative_total 900000000 USD [] Beta «$900 million to date»
        "#);
    }

    #[test]
    fn hedges_superseded_increments_totals_and_separate_matters() {
        insta::assert_snapshot!(claims_of("Acme is in talks to invest $2 billion in Beta, according to people familiar with the matter. Gamma shifted from a previously proposed $20 billion investment in Beta to a $5 billion equity stake. That first commitment was followed by an additional $2.75 billion, bringing Acme's total investment in Beta to $8 billion.\nSeparately, Acme announced a $3 billion investment in data centers."), @r#"
        deal_total 2000000000 USD [hedged] Beta <- Acme «invest $2 billion»
        deal_total 20000000000 USD [superseded] Beta <- Gamma «$20 billion investment»
        investment_form "equity" text [] Beta <- Gamma «$5 billion equity stake»
        investor_amount 5000000000 USD [] Beta <- Gamma «$5 billion equity stake»
        deal_total 2750000000 USD [increment] Beta <- Acme «$2.75 billion, bringing Acme's total investment»
        cumulative_total 8000000000 USD [] Beta <- Acme «total investment in Beta to $8 billion»
        deal_total 3000000000 USD [separate] Acme (separate) <- Acme «$3 billion investment»
        "#);
    }

    #[test]
    fn acquisitions_contracts_and_exclusivity() {
        insta::assert_snapshot!(claims_of("Acme agreed to acquire Beta for $32 billion in cash, a 30% premium, with a $3.2 billion termination fee; the deal is expected to close in 2026. Acme signed a $300 billion, five-year computing contract with Gamma. Gamma will remain the exclusive cloud provider for Acme's models. Acme is near the deal, per an exclusive Journal report. Beta's chief said so in an exclusive interview."), @r#"
        acquisition_price 32000000000 USD [] Beta <- Acme «for $32 billion»
        consideration_type "cash" text [] Beta <- Acme «$32 billion in cash»
        premium_percent 30 percent [] Beta <- Acme «30% premium»
        termination_fee 3200000000 USD [] Beta <- Acme «$3.2 billion termination fee»
        expected_close "2026" date [] Beta <- Acme «expected to close in 2026»
        contract_value 300000000000 USD [] Acme–Gamma «$300 billion, five-year computing contract»
        contract_term_years 5 year [] Acme–Gamma «five-year»
        exclusivity "cloud provider for Acme's models" text [] Gamma «Gamma will remain the exclusive cloud provider for Acme's models»
        "#);
    }

    #[test]
    fn time_expressions() {
        let t = "an IPO later this year or in 2026, maybe";
        let low_t = Lowered::new(t);
        let ws = words(&low_t, Span::new(0, t.len()));
        let e = time_expression(&ws, 2).unwrap();
        assert_eq!(span_of(&ws, 2, e).slice(t), "later this year or in 2026");
    }

    #[test]
    fn exclusivity_object_stops_at_asides() {
        assert_eq!(
            exclusivity_object(" cloud provider for Beta Frontier (which enables agents)."),
            "cloud provider for Beta Frontier"
        );
        assert_eq!(
            exclusivity_object(" distributor for Beta's new platform, Frontier."),
            "distributor for Beta's new platform, Frontier"
        );
        assert_eq!(
            exclusivity_object(" provider for Beta, expanding its reach."),
            "provider for Beta"
        );
    }

    /// [`words`] as it was written before it read byte positions: over the collected chars of
    /// the sentence. The reference its words must equal.
    fn words_by_chars(s: &str) -> Vec<(Span, String)> {
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let inner_dot = |k: usize| {
            let next = chars[k + 1].1;
            let seg_start = chars[..k]
                .iter()
                .rposition(|(_, c)| !c.is_alphanumeric())
                .map_or(0, |p| p + 1);
            k >= 1
                && chars[k - 1].1.is_alphabetic()
                && (next.is_lowercase() || next.is_ascii_digit() || k - seg_start == 1)
        };
        let mut out = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            if !chars[k].1.is_alphanumeric() {
                k += 1;
                continue;
            }
            let start = k;
            while k < chars.len()
                && (chars[k].1.is_alphanumeric()
                    || (matches!(chars[k].1, '-' | '\'' | '’' | '.')
                        && k + 1 < chars.len()
                        && chars[k + 1].1.is_alphanumeric()
                        && (chars[k].1 != '.' || inner_dot(k))))
            {
                k += 1;
            }
            let a = chars[start].0;
            let e = if k < chars.len() { chars[k].0 } else { s.len() };
            out.push((Span::new(a, e), s[a..e].to_lowercase().replace('’', "'")));
        }
        out
    }

    impl Cue {
        /// The cue's words, a space apart.
        fn text(&self) -> String {
            let words: Vec<&str> = self.words.iter().map(|w| w.text).collect();
            words.join(" ")
        }
    }

    /// Matches the words of `cue` ending at `ws[..e]`, returning the index of its first word:
    /// the text matcher [`Cue::ending_at`] is checked against.
    fn phrase_ending_at(ws: &[W], e: usize, cue: &str) -> Option<usize> {
        // Reject on the last byte before walking the cue's words.
        let last = ws.get(e.checked_sub(1)?)?;
        let byte = cue.as_bytes().last()?;
        if last.lower.as_bytes().last() != Some(byte) && last.bare().as_bytes().last() != Some(byte)
        {
            return None;
        }
        let mut j = e;
        for part in cue_words(cue).rev() {
            j = j.checked_sub(1)?;
            if !ws[j].is(part) {
                return None;
            }
        }
        Some(j)
    }

    /// A text of words picked from `vocab` (a pick's number modulo its length), each as it
    /// is (form 0), possessive (1) or in capitals (2), a space apart.
    fn text_of_picks(picks: &[(usize, u8)], vocab: &[&str]) -> String {
        picks
            .iter()
            .map(|&(k, form)| {
                let w = vocab[k % vocab.len()];
                match form {
                    0 => w.to_string(),
                    1 => format!("{w}'s"),
                    _ => w.to_uppercase(),
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 1000, .. Default::default() })]
        /// The searches find what they find when every cue is tried at every position (no word
        /// passed by as one no cue starts or ends at): on every table of single cues (those the
        /// rules search among them) and on one whose words have no number, on words of the
        /// cues, some possessive, some capitalised.
        #[test]
        fn searches_find_what_trying_every_cue_finds(
            picks in proptest::collection::vec((0usize..4000, 0u8..3), 0..10),
            reach in 0usize..6,
        ) {
            static UNNUMBERED: &[&str] = &["zq up", "lab's zq", "zq", "up zq's"];
            let mut vocab: Vec<&str> = numbered_cues().flat_map(|c| c.split(' ')).collect();
            vocab.extend(["zq", "Acme", "the"]);
            let text = text_of_picks(&picks, &vocab);
            let lowered = Lowered::new(&text);
            let ws = words(&lowered, Span::new(0, text.len()));
            let n = ws.len();
            for table in CUE_TABLES.iter().chain([&UNNUMBERED]) {
                let cues = Cues::new(table);
                let any = (0..n).find_map(|s| {
                    cues.cues.iter().find_map(|c| c.at(&ws, s).map(|e| span_of(&ws, s, e)))
                });
                let before = (n.saturating_sub(reach)..=n).rev().find_map(|e| {
                    cues.cues.iter().find_map(|c| c.ending_at(&ws, e).map(|s| span_of(&ws, s, e)))
                });
                let after = (0..=reach.min(n)).find_map(|s| {
                    let e = cues.cues.iter().filter_map(|c| c.at(&ws, s)).max()?;
                    Some(span_of(&ws, s, e))
                });
                proptest::prop_assert_eq!(find_any(&ws, &cues), any, "{:?} in {:?}", table, text);
                proptest::prop_assert_eq!(find_before(&ws, &cues, reach), before, "{:?} in {:?}", table, text);
                proptest::prop_assert_eq!(find_after(&ws, &cues, reach), after, "{:?} in {:?}", table, text);
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, .. Default::default() })]
        /// A compiled cue matches where the text matchers match, at every position: on the
        /// words of numbered cues and others, some possessive, some capitalised, and on cues
        /// whose words are not numbered (compared as text).
        #[test]
        fn compiled_cues_match_as_their_text(
            picks in proptest::collection::vec((0usize..4000, 0u8..3), 0..8),
        ) {
            let numbered: Vec<&'static str> = numbered_cues().collect();
            let unnumbered = ["lab's deal", "lab", "zq up", "round zq", "'s"];
            let mut vocab: Vec<&str> = numbered.iter().flat_map(|c| c.split(' ')).collect();
            vocab.extend(unnumbered.iter().flat_map(|c| c.split(' ')));
            vocab.extend(["the", "Acme", "lab"]);
            let text = text_of_picks(&picks, &vocab);
            let low_text = Lowered::new(&text);
            let ws = words(&low_text, Span::new(0, text.len()));
            // The cues whose first or last word is one of the text's, and the unnumbered ones.
            let near: Vec<&'static str> = numbered
                .iter()
                .chain(&unnumbered)
                .copied()
                .filter(|c| {
                    let (first, last) = (c.split(' ').next(), c.rsplit(' ').next());
                    ws.iter().any(|w| first.is_some_and(|f| w.is(f)) || last.is_some_and(|l| w.is(l)))
                        || unnumbered.contains(c)
                })
                .collect();
            for cue in near {
                let compiled = Cue::new(cue);
                for k in 0..=ws.len() + 1 {
                    proptest::prop_assert_eq!(compiled.at(&ws, k), phrase_at(&ws, k, cue), "{:?} at {} in {:?}", cue, k, text);
                    proptest::prop_assert_eq!(compiled.ending_at(&ws, k), phrase_ending_at(&ws, k, cue), "{:?} ending at {} in {:?}", cue, k, text);
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, .. Default::default() })]
        /// Words built from the text's runs of letters and digits are those found over the
        /// collected chars of the sentence alone, whatever text stands around it.
        #[test]
        fn words_from_runs_are_words_by_chars(
            s in crate::source::TOKENISER_TEST_TEXT,
            before in crate::source::TOKENISER_TEST_TEXT,
            after in crate::source::TOKENISER_TEST_TEXT,
        ) {
            let text = format!("{before}{s}{after}");
            let lowered = Lowered::new(&text);
            let at = before.len();
            let got: Vec<(Span, String)> = words(&lowered, Span::new(at, at + s.len()))
                .into_iter()
                .map(|w| (Span::new(w.span.start - at, w.span.end - at), w.lower.to_string()))
                .collect();
            proptest::prop_assert_eq!(got, words_by_chars(&s));
        }
    }

    /// [`clauses`] as it was written before it read the sentence once: a search per cut (the
    /// cuts then go through the same [`clauses_at`]).
    fn clauses_by_search(s: &str, ws: &[W]) -> Vec<Span> {
        let mut cuts: Vec<usize> = Vec::new();
        for (i, c) in s.char_indices() {
            if matches!(c, ';' | '—') || (c == '–' && s[..i].ends_with(' ')) {
                cuts.push(i);
            }
        }
        let lower = s.to_ascii_lowercase();
        for pat in CLAUSE_CUTS.into_iter().chain([CLAUSE_CUT_WITHOUT_COMMA]) {
            let mut from = 0;
            while let Some(p) = lower[from..].find(pat) {
                cuts.push(from + p);
                from += p + pat.len();
            }
        }
        clauses_at(s, Span::new(0, s.len()), ws, cuts)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, .. Default::default() })]
        /// The clauses found in one reading are those of a search per cut, on sentences made of
        /// the cuts' pieces in any case, overlapping, and of non-ASCII dashes.
        #[test]
        fn clauses_in_one_reading_are_clauses_by_search(
            picks in proptest::collection::vec(0usize..16, 0..16)
        ) {
            const PIECES: [&str; 16] = [
                ", while ", ", WHILE ", " while the ", " While The", "while the ", ", but ",
                ", and then ", ", which", ";", "—", " –", "–", "x", "é", ", ", "if",
            ];
            let s: String = picks.iter().map(|&k| PIECES[k]).collect();
            let low_s = Lowered::new(&s);
            let ws = words(&low_s, Span::new(0, s.len()));
            proptest::prop_assert_eq!(
                clauses(&s, Span::new(0, s.len()), &ws),
                clauses_by_search(&s, &ws),
                "{:?}", s
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 3000, .. Default::default() })]
        /// The money rules' index finds, for every rule, what [`find_before`] and [`find_after`]
        /// find with the rule's cues and reach, on the rules' cues and their words (some
        /// possessive) and a few others.
        #[test]
        fn the_money_rule_index_finds_what_each_rule_finds(
            before in proptest::collection::vec((0usize..2000, proptest::bool::ANY), 0..7),
            after in proptest::collection::vec((0usize..2000, proptest::bool::ANY), 0..7),
        ) {
            // Whole cues, and their words one by one.
            let mut vocab: Vec<&str> = MONEY_RULES
                .iter()
                .flat_map(|r| r.cues.iter().copied())
                .collect();
            let words_of_cues: Vec<&str> = vocab.iter().flat_map(|c| c.split(' ')).collect();
            vocab.extend(words_of_cues);
            vocab.extend(["the", "a", "of", "said", "Acme"]);
            let text_of = |picks: &[(usize, bool)]| -> String {
                picks
                    .iter()
                    .map(|&(k, possessive)| {
                        let w = vocab[k % vocab.len()];
                        if possessive { format!("{w}'s") } else { w.to_string() }
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let (b, a) = (text_of(&before), text_of(&after));
            let low_b = Lowered::new(&b);
            let bw = words(&low_b, Span::new(0, b.len()));
            let low_a = Lowered::new(&a);
            let aw = words(&low_a, Span::new(0, a.len()));
            let hits = MONEY_RULE_INDEX.hits(&bw, &aw);
            // Each rule's match, and the rules listed as hit are those with one, in order.
            let listed: Vec<usize> = hits.iter().map(|(r, _)| r).collect();
            let with_match: Vec<usize> = (0..RULES).filter(|&r| hits.get(r).is_some()).collect();
            proptest::prop_assert_eq!(listed, with_match);
            for (r, rule) in MONEY_RULES.iter().enumerate() {
                let hit = hits.get(r);
                let each = match rule.side {
                    Side::Before(r) => find_before(&bw, &Cues::new(rule.cues), r),
                    Side::After(r) => find_after(&aw, &Cues::new(rule.cues), r),
                };
                proptest::prop_assert_eq!(hit, each, "{} / {:?} / {:?}", rule.attribute, b, a);
            }
        }
    }

    #[test]
    fn what_is_paid_for_a_company_and_for_a_license() {
        // Money paid "for" a company named right after it, or an agreement "to buy" one, is
        // its price; money paid for a license, or for what a company makes, stays a
        // contract's; a licensing deal raises nothing, even after "lands"; "last August" and
        // a sentence's opening "In February," date its figures; "funding to date has passed"
        // is every round's, at least, and so is "has raised more than" a figure with no round
        // named ("Founded in 2019" dates no figure), while a round's lead is the round's
        // raiser's; a license that "is non-exclusive" is denied exclusivity.
        let text = "Corvex lands Vantor's founders in a $2.5 billion licensing deal\nCorvex agreed to pay $3 billion for Vantor, but the talks collapsed. Gamma will pay $2.4 billion for a non-exclusive license to Vantor's software. Delta will pay $1 billion for Vantor chips. The collapse of Corvex's $3 billion agreement to buy Vantor surprised investors. Vantor was valued at $1.25 billion last August. In February, a round valued the company at $2.85 billion, and its funding to date has passed $200 million. The license is non-exclusive. Founded in 2019, Vantor has raised more than $200 million from investors including Gamma. Delta has raised more than $2 billion in a round led by Gamma.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-05-06")), @r#"
        contract_value 2500000000 USD [] Corvex–Vantor «$2.5 billion licensing deal»
        acquisition_price 3000000000 USD [] Vantor <- Corvex «pay $3 billion»
        exclusivity "license to Vantor's software" text [denied] Gamma «Gamma will pay $2.4 billion for a non-exclusive license to Vantor's software»
        contract_value 2400000000 USD [] Gamma–Vantor «pay $2.4 billion»
        contract_value 1000000000 USD [] Delta–Vantor «pay $1 billion»
        acquisition_price 3000000000 USD [] Vantor <- Corvex «$3 billion agreement»
        valuation_unspecified 1250000000 USD [prior] Vantor «valued at $1.25 billion»
        valuation_unspecified 2850000000 USD [prior] Vantor «valued the company at $2.85 billion»
        cumulative_total 200000000 USD [atleast,prior] Vantor «funding to date has passed $200 million»
        exclusivity "license" text [denied] Corvex–Vantor «license is non-exclusive»
        cumulative_total 200000000 USD [atleast] Vantor «raised more than $200 million»
        round_size 2000000000 USD [atleast] Delta «more than $2 billion in a round»
        lead_investor "Gamma" text [] Delta «led by Gamma»
        "#);
        // The dates the two valuations are given: last August, and February, of 2024 and 2025.
        let mut article = test_article(text);
        article.meta.date = Some("2025-05-06".into());
        let dated: Vec<_> = crate::extract::extract(&article)
            .claims
            .into_iter()
            .filter(|c| c.attribute.starts_with("valuation"))
            .map(|c| c.as_of.as_deref().map(String::from))
            .collect();
        assert_eq!(
            dated,
            [Some("2024-08".to_string()), Some("2025-02".to_string())]
        );
    }

    #[test]
    fn stakes_held_a_market_s_money_and_what_a_campus_costs() {
        // A percentage after a verb of holding, the rest of a stake named before it, or after
        // "hands <party>" is the holder's stake (not a market share); many companies' money
        // with no party named before it is a market's, no claim; a financing package, debt and
        // equity "of" a sum; what a campus costs to build; a joint venture's size; a campus
        // "completed in" a year is delivered then.
        let text = "Vantor hands Corvex 80% of its data center in a $27 billion joint venture. Corvex would own 80% of the site and Vantor would keep 20%. Corvex's funds own 80% of the venture and Vantor the remaining 20%. Gamma holds 70% of the chip market. US technology companies sold about $157 billion of bonds through September. Vantor is set to seal a financing package of almost $30 billion, with more than $27 billion of debt and about $2.5 billion of equity. The campus has total development costs of about $27 billion. The campus is expected to be completed in 2029.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-10-21")), @r#"
        stake_percent 80 percent [] Vantor <- Corvex «hands Corvex 80%»
        deal_total 27000000000 USD [] Vantor <- Corvex «$27 billion joint venture»
        stake_percent 80 percent [] Vantor <- Corvex «own 80%»
        stake_percent 20 percent [] Corvex <- Vantor «keep 20%»
        stake_percent 80 percent [] Vantor <- Corvex «own 80%»
        stake_percent 20 percent [] Corvex <- Vantor «the remaining 20%»
        percentage 70 percent [] Gamma «70%»
        financing_total 30000000000 USD [approx] Vantor «financing package of almost $30 billion»
        debt_financing 27000000000 USD [atleast] Vantor «more than $27 billion of debt»
        equity_financing 2500000000 USD [approx] Vantor «about $2.5 billion of equity»
        project_cost 27000000000 USD [approx] Vantor «development costs of about $27 billion»
        delivery_date 2029 year [] Vantor «completed in 2029»
        "#);
    }

    #[test]
    fn a_price_cut_and_a_price_for_each_share_after_the_figure() {
        // Paying for a company buys it (the article is about an acquisition although no word
        // of acquiring opens its first sentence); the figure after "to" in a sentence that
        // lowers the price is the new price, revised; "$40.50 in cash for each Corvex share"
        // is a price a share, revised by the earlier price beside it.
        let text = "Vantor has lowered the price it will pay for Corvex by about 10%, to roughly $1.8 billion, after Corvex took on debt.\nUnder the amended merger agreement, Vantor will pay $40.50 in cash for each Corvex share, down from the $45 a share agreed in March.";
        insta::assert_snapshot!(claims_of(text), @r#"
        percentage 10 percent [approx] Corvex «about 10%»
        acquisition_price 1800000000 USD [approx,revised] Corvex <- Vantor «to roughly $1.8 billion»
        consideration_type "cash" text [] Corvex <- Vantor «$40.50 in cash»
        price_per_share 40.5 USD [revised] Corvex <- Vantor «$40.50 in cash»
        price_per_share 45 USD [superseded] Corvex <- Vantor «down from the $45»
        "#);
        let mut article = test_article(text);
        article.meta.date = None;
        let revised: Vec<String> = crate::extract::extract(&article)
            .claims
            .iter()
            .filter(|c| c.revised)
            .map(|c| c.quote.clone())
            .collect();
        assert_eq!(revised, ["to roughly $1.8 billion", "$40.50 in cash"]);
    }

    #[test]
    fn an_option_to_buy_a_company_and_what_is_owed_if_it_lapses() {
        // The shapes of an option to buy (our words on the coverage of a deal of that form):
        // "granted X the right to acquire it ... or pay": the other branch of the "or" is paid
        // if the deal is not done; "in cash as a breakup fee" is a fee, not the deal's form of
        // payment; "plus a $6 billion deferred services fee" is owed with the fee (and "an
        // additional" one is no increment of it); "pay $40 billion in Class A stock to acquire
        // Kestrel" is a price; the buyer's own value of the company bought is a price; a party
        // "targeting a valuation" is the one valued; a figure "misreported" is replaced; a
        // "$40 billion arrangement to acquire" is a price; the deal a price is compared with
        // ("surpassing transactions like Gamma's acquisition of Delta Games") is another's; a
        // pending listing given as the cause of a delay is still a condition; what is paid
        // "instead" when the buyer decides "not to buy" is a termination fee, and so is a sum
        // "in fees" owed if it walks away; an adjective in "non-" ("a non-transferable right")
        // denies no condition.
        let text = "Kestrel has granted Orbital the right to acquire it later this year for $40 billion, or to pay $5 billion for the work together.\nOrbital has entered into a $40 billion arrangement to acquire Kestrel.\nIf the deal does not close, Kestrel stands to receive $1 billion in cash as a breakup fee and an additional $4 billion classified as a deferred services fee.\nOrbital would owe Kestrel a $1 billion termination fee plus a $4 billion deferred services fee.\nOrbital would pay $40 billion in Class A stock to acquire Kestrel.\nThe aerospace giant, which aims to list in June, values the startup at $38 billion.\nOrbital is targeting a valuation of up to $900 billion on the Nasdaq.\nThe Daily Ledger briefly misreported a $35 billion acquisition.\nAt $40 billion, the proposed acquisition would rank among the largest deals, surpassing transactions like Gamma's acquisition of Delta Games.\nThe acquisition did not take place in April because of Orbital's pending public listing.\nIf Orbital decides not to buy, it will instead pay Kestrel $5 billion for the work the two do together.\nIf Orbital walks away before closing, it owes Kestrel $5 billion in fees.\nUnder the deal, Kestrel holders will also receive a non-transferable right to payments tied to regulatory approval.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 40000000000 USD [] Kestrel <- Orbital «for $40 billion»
        termination_fee 5000000000 USD [] Kestrel <- Orbital «or to pay $5 billion»
        acquisition_price 40000000000 USD [] Kestrel <- Orbital «$40 billion arrangement»
        termination_fee 1000000000 USD [] Kestrel <- Orbital «$1 billion in cash as a breakup fee»
        termination_fee 4000000000 USD [] Kestrel <- Orbital «and an additional $4 billion classified as a deferred services fee»
        termination_fee 1000000000 USD [] Kestrel <- Orbital «$1 billion termination fee»
        termination_fee 4000000000 USD [] Kestrel <- Orbital «plus a $4 billion deferred services fee»
        acquisition_price 40000000000 USD [] Kestrel <- Orbital «pay $40 billion»
        acquisition_price 38000000000 USD [] Kestrel <- Orbital «values the startup at $38 billion»
        valuation_unspecified 900000000000 USD [upto] Orbital «valuation of up to $900 billion»
        acquisition_price 35000000000 USD [superseded] Kestrel <- Orbital «$35 billion acquisition»
        acquisition_price 40000000000 USD [] Kestrel <- Orbital «$40 billion, the proposed acquisition»
        closing_condition "IPO" text [] Kestrel <- Orbital «pending public listing»
        termination_fee 5000000000 USD [] Kestrel <- Orbital «instead pay Kestrel $5 billion»
        termination_fee 5000000000 USD [] Kestrel <- Orbital «$5 billion in fees»
        closing_condition "regulatory approval" text [] Kestrel <- Orbital «tied to regulatory approval»
        "#);
    }

    #[test]
    fn a_contingent_value_right_is_paid_later() {
        // A sum a share named as a contingent value right's (a CVR noun before it, no other
        // figure between; or right after it), or paid "upon" an event in a sentence of
        // milestones, is the CVR's, not the price a share; "down from $20" after one is the
        // CVR's earlier cap; "per common share" prices a share; "the revised proposal values
        // Corvex at" is a price.
        let text = "Vantor will pay $47 per share in cash for Corvex, with a contingent value right of up to $20 per share tied to milestones.\nThe milestones include $5 per share upon the start of a Phase 3 trial, $6 per share if the drug is approved, and $9 per share if the combination is approved.\nGamma offered $56 per share cash upfront plus contingent value rights that could add up to $21 per share.\nVantor revised its offer to $60 per share in cash, up from $47, while reducing the contingent value right to up to $10 per share, down from $20.\nCorvex accepted $65 per share in cash plus a potential $19 per-share contingent value right.\nGamma would pay Corvex $62 per common share in cash.\nThe revised proposal values Corvex at up to $9 billion.";
        insta::assert_snapshot!(claims_of(text), @r#"
        price_per_share 47 USD [] Corvex <- Vantor «$47 per share»
        consideration_type "cash" text [] Corvex <- Vantor «$47 per share in cash»
        cvr_per_share 20 USD [upto] Corvex <- Vantor «up to $20 per share»
        tranche_condition "milestones" text [] Corvex <- Vantor «tied to milestones»
        tranche_condition "milestones" text [] Corvex <- Vantor «milestones include $5 per share upon»
        cvr_per_share 5 USD [] Corvex <- Vantor «$5 per share»
        cvr_per_share 6 USD [] Corvex <- Vantor «$6 per share»
        cvr_per_share 9 USD [] Corvex <- Vantor «$9 per share»
        price_per_share 56 USD [] Corvex <- Gamma «$56 per share»
        cvr_per_share 21 USD [upto,hedged] Corvex <- Gamma «up to $21 per share»
        price_per_share 60 USD [revised] Corvex <- Vantor «$60 per share»
        consideration_type "cash" text [] Corvex <- Vantor «$60 per share in cash»
        price_per_share 47 USD [superseded] Corvex <- Vantor «up from $47»
        cvr_per_share 10 USD [upto,revised] Corvex <- Vantor «to up to $10»
        cvr_per_share 20 USD [superseded] Corvex <- Vantor «down from $20»
        price_per_share 65 USD [hedged] Corvex <- Vantor «$65 per share»
        consideration_type "cash" text [hedged] Corvex <- Vantor «$65 per share in cash»
        cvr_per_share 19 USD [hedged] Corvex <- Vantor «$19 per-share»
        price_per_share 62 USD [] Corvex <- Gamma «$62 per common share»
        acquisition_price 9000000000 USD [upto,revised] Corvex <- Vantor «values Corvex at up to $9 billion»
        "#);
    }

    #[test]
    fn a_sum_added_to_the_price_on_a_later_event_and_a_price_without_a_scale() {
        // A sum a share marked as added ("an additional", "more") and paid on a later event
        // is a contingent right's, its "up to" read across "an additional"; a "contingent
        // right" is a CVR noun; a takeover price under a thousand with no scale word is a
        // price a share; a sum a share before "and" is no count of shares (the form stays
        // cash); an added sum with no later event stays a price, and so does a sum "more
        // than" which ("more" before a figure is a bound, not an addition).
        let text = "Vantor agreed to buy Corvex for $10 billion, or $11.45 per share in cash.\nShares rose toward the agreed takeover price of $11.45.\nCorvex holders will also get up to an additional $3 a share depending on how much its clinics are sold for.\nThey may receive $2 more per share if the lab unit is sold in the future.\nHolders get a contingent right to receive additional cash up to $3 per share tied to a later sale.\nEarlier, Vantor had talked of paying between $11.30 a share and $11.40 a share in cash.\nGamma offered an additional $4 per share in cash.\nCorvex holders could also receive up to $1 in cash per Corvex share from the future sale of a unit.\nHalden offered more than $50 a share if the board agrees.\nCorvex holders may also receive up to $2 in cash per share from the later sale of a lab.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 10000000000 USD [] Corvex <- Vantor «for $10 billion»
        price_per_share 11.45 USD [] Corvex <- Vantor «$11.45 per share»
        consideration_type "cash" text [] Corvex <- Vantor «$11.45 per share in cash»
        price_per_share 11.45 USD [] Corvex <- Vantor «price of $11.45»
        cvr_per_share 3 USD [upto] Corvex <- Vantor «up to an additional $3 a share»
        cvr_per_share 2 USD [hedged,conditional] Corvex <- Vantor «$2 more per share»
        cvr_per_share 3 USD [upto,increment] Corvex <- Vantor «up to $3 per share»
        price_per_share 11.3 USD [] Corvex <- Vantor «$11.30 a share»
        price_per_share 11.4 USD [] Corvex <- Vantor «$11.40 a share»
        consideration_type "cash" text [] Corvex <- Vantor «$11.40 a share in cash»
        price_per_share 4 USD [increment] Corvex <- Gamma «$4 per share»
        consideration_type "cash" text [] Corvex <- Gamma «$4 per share in cash»
        cvr_per_share 1 USD [upto,hedged] Corvex <- Vantor «up to $1 in cash per Corvex share»
        consideration_type "cash" text [hedged] Corvex <- Vantor «$1 in cash»
        price_per_share 50 USD [atleast] Corvex <- Halden «more than $50 a share»
        cvr_per_share 2 USD [upto,hedged] Corvex <- Vantor «up to $2 in cash per share»
        consideration_type "cash" text [hedged] Corvex <- Vantor «$2 in cash»
        "#);
    }

    #[test]
    fn debt_counted_by_the_sentence_s_opening_and_the_terms_of_a_buyout() {
        // A sentence that opens by counting the debt gives the enterprise value (its quote
        // from the opening); a date after "and" and another figure is that figure's, not the
        // price's; "Holders" opening a sentence is no party; "the third or fourth quarter of
        // 2025" is a time to close; a financing condition denied; what "the deal" is
        // estimated to be worth is its price.
        let text = "Vantor agreed to buy Corvex for $10 billion.\nCounting debt and the possible future payments, the transaction is valued at nearly $24 billion.\nIncluding net debt, the deal is worth $26 billion.\nVantor is paying an equity value of about $10 billion and 29% above where the stock traded in December.\nHolders will get $11.45 per share in cash.\nThe sale is now expected to close in the third or fourth quarter of 2025.\nThe deal is not subject to a financing condition.\nThe deal is estimated to be worth $10 billion.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-03-07")), @r#"
        acquisition_price 10000000000 USD [] Corvex <- Vantor «for $10 billion»
        enterprise_value 24000000000 USD [approx,hedged] Corvex <- Vantor «Counting debt and the possible future payments, the transaction is valued at nearly $24 billion»
        enterprise_value 26000000000 USD [] Corvex <- Vantor «Including net debt, the deal is worth $26 billion»
        acquisition_price 10000000000 USD [approx] Corvex <- Vantor «equity value of about $10 billion»
        premium_percent 29 percent [] Corvex <- Vantor «29% above where the stock traded»
        price_per_share 11.45 USD [] Corvex <- Vantor «$11.45 per share»
        consideration_type "cash" text [] Corvex <- Vantor «$11.45 per share in cash»
        expected_close "2025" date [] Corvex <- Vantor «expected to close in the third or fourth quarter of 2025»
        closing_condition "financing" text [denied] Corvex <- Vantor «subject to a financing condition»
        acquisition_price 10000000000 USD [] Corvex <- Vantor «be worth $10 billion»
        "#);
    }

    #[test]
    fn a_cue_s_word_inside_a_name_is_the_name_s() {
        // "Value" of "Halden Value" is no valuation's cue.
        let text = "Corvex agreed to buy Vantor for $18 billion.\nActivist investor Halden Value has built a stake of about $270 million, roughly 1 percent, in Corvex.";
        insta::assert_snapshot!(claims_of(text), @"
        acquisition_price 18000000000 USD [] Vantor <- Corvex «for $18 billion»
        percentage 1 percent [approx] Halden Value «roughly 1 percent»
        ");
    }

    #[test]
    fn whose_shareholders_are_paid_is_bought() {
        let text = "Corvex said it would pay Vantor shareholders €31.85 a share, a 33% premium compared to the average price over the last three months.";
        insta::assert_snapshot!(claims_of(text), @"
        price_per_share 31.85 EUR [] Vantor <- Corvex «€31.85 a share»
        premium_percent 33 percent [] Vantor <- Corvex «33% premium»
        ");
    }

    #[test]
    fn a_brand_s_owner_bought_is_the_article_s_company() {
        // "buys Lumen's owner": the owner, not Lumen, is bought, and Lumen pays nothing.
        let text = "Corvex buys Lumen's owner for $2 billion\nCorvex said on Monday it is buying Ovo Group, the owner of the Lumen tea brand, for $2 billion.";
        insta::assert_snapshot!(claims_of(text), @"
        acquisition_price 2000000000 USD [] Ovo Group <- Corvex «for $2 billion»
        acquisition_price 2000000000 USD [] Ovo Group <- Corvex «for $2 billion»
        ");
    }

    #[test]
    fn a_foreign_price_its_dollars_and_the_premium_on_an_average() {
        // A premium written as so much "above" an average price; a price a share in euros
        // "or about" so many dollars, "a share" after both; what a buyer pays "to buy" a
        // company, described or not, is the price; "the largest deal in over two years"
        // names no term; a preferred stock's conversion price (or what it "converts at") is
        // no price of the deal nor a dividend; money the buyer raises finances the deal, as
        // does a bridge facility "of" a sum; a deal "needs regulatory approvals"; an offer
        // period ends on the date it runs "to"; a dividend "previously declared" stands.
        let text = "Halden Dr Quill agreed to buy Dutch tea maker Vantor's for €15.7 billion (about $18.4 billion), marking the largest European deal in over two years.\nHalden Dr Quill is offering €31.85 a share, roughly a 20% premium to the target's last closing price and 33% above its 90-day average.\nHalden Dr Quill will pay Vantor's shareholders 31.85 euro, or about $37, a share in cash.\nHalden Dr Quill has agreed to pay $18 billion to buy tea brand Vantor's in a deal that will split the firm in two.\nThe financing includes a $3 billion convertible preferred with a conversion price of $37.25 per share.\nOther items: conversion price $37.25, preferred dividend 4.75%.\nThe preferred carries a 4.75% dividend and converts at $37.25 a share.\nVantor's will also pay a previously declared dividend of $0.64 (€0.36) per share.\nIn October, Halden Dr Quill raised $7 billion from Gamma Capital to help pay for the deal.\nIt will also draw on a fully underwritten bridge facility of up to €16.2 billion.\nThe deal needs regulatory approvals and acceptance by holders of at least 80% of the shares.\nThe offer document was published on January 15, 2026, and the offer period runs from January 16 to March 27, 2026.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-08-25")), @r#"
        acquisition_price 15700000000 EUR [] Vantor's <- Halden Dr Quill «for €15.7 billion (about $18.4 billion)»
        price_per_share 31.85 EUR [] Vantor's <- Halden Dr Quill «€31.85 a share»
        premium_percent 20 percent [approx] Vantor's <- Halden Dr Quill «roughly a 20% premium»
        premium_percent 33 percent [] Vantor's <- Halden Dr Quill «33% above its 90-day average»
        price_per_share 31.85 EUR [] Vantor's <- Halden Dr Quill «31.85 euro, or about $37, a share»
        acquisition_price 18000000000 USD [] Vantor's <- Halden Dr Quill «pay $18 billion»
        percentage 4.75 percent [] Vantor's «4.75%»
        percentage 4.75 percent [] Vantor's «4.75%»
        dividend 0.64 USD [] Vantor's <- Halden Dr Quill «dividend of $0.64 (€0.36)»
        equity_financing 7000000000 USD [prior] Halden Dr Quill «raised $7 billion»
        debt_financing 16200000000 EUR [upto] Halden Dr Quill «bridge facility of up to €16.2 billion»
        closing_condition "regulatory approval" text [] Vantor's <- Halden Dr Quill «The deal needs regulatory approvals»
        percentage 80 percent [atleast] Vantor's «at least 80%»
        deadline_date "2026-03-27" date [] Vantor's <- Halden Dr Quill «to March 27, 2026»
        "#);
    }

    #[test]
    fn a_round_s_lead_its_check_and_a_valuation_said_to_count_the_money() {
        // What a lead brought "with" it is not the round's size; a lead written with its
        // owner's possessive ("Ada Lane's Quill Fund") is the fund, and after "revealing
        // that" the party of that clause; a later sentence that says the new valuation
        // includes the financing makes it post-money, sentences after it and after an
        // earlier valuation.
        let text = "Vantor Systems has closed a new funding round of $2.5 billion that lifts the valuation of Vantor Systems to $30.5 billion.\nQuill Fund led the new funding round with a $1 billion investment, its partner said.\nTech investor Ada Lane's Quill Fund is leading the latest financing.\nHer partner spoke on Halden Television, revealing that Quill Fund led the round.\nThe round was oversubscribed.\nThe company was valued at $14 billion last year.\nThe new valuation includes the additional financing.";
        insta::assert_snapshot!(claims_of(text), @r#"
        round_size 2500000000 USD [] Vantor Systems «funding round of $2.5 billion»
        valuation_post_money 30500000000 USD [] Vantor Systems «valuation of Vantor Systems to $30.5 billion»
        lead_investor "Quill Fund" text [] Vantor Systems «Quill Fund led the new funding»
        deal_total 1000000000 USD [] Vantor Systems <- Quill Fund «$1 billion investment»
        lead_investor "Quill Fund" text [] Vantor Systems «Quill Fund is leading the latest financing»
        lead_investor "Quill Fund" text [] Vantor Systems «Quill Fund led the round»
        valuation_unspecified 14000000000 USD [prior] Vantor Systems «valued at $14 billion»
        "#);
    }

    #[test]
    fn what_a_round_raises_after_which_is_its_company_s() {
        // "lead this funding round, which could raise": the round's money, raised by the
        // company the article is about, not by the lead named before "which".
        let text = "Vantor Systems is negotiating a new funding round, sources said.\nTech investor Ada Lane's Quill Fund is expected to lead this funding round, which could raise as much as $2.5 billion.\nVantor Systems makes drones.";
        insta::assert_snapshot!(claims_of(text), @r#"
        lead_investor "Quill Fund" text [] Vantor Systems «Quill Fund is expected to lead this funding round»
        round_size 2500000000 USD [upto,hedged] Vantor Systems «raise as much as $2.5 billion»
        "#);
    }

    #[test]
    fn a_contract_is_with_the_party_named_right_after_it() {
        // Of two parties a sentence lists, the contract's is the one it is "with".
        let text = "Vantor Industries won a program with Gamma Atomics to build drones, as well as a 10-year, $642.2 million contract with the U.S. Navy to build counter-drone systems.";
        insta::assert_snapshot!(claims_of(text), @"contract_value 642200000 USD [] U.S. Navy–Vantor Industries «$642.2 million contract»");
    }

    #[test]
    fn a_bidder_s_contingent_payments_and_their_milestones() {
        // "contingent payments" name a CVR; milestones condition later payments, not the
        // closing; a cap after the sentence's price is the price's ("worth $4 billion upfront
        // and up to $6 billion if every milestone is met").
        let text = "Vantor's purchase of Corvex is worth $4 billion upfront and up to $6 billion if every milestone is met.\nThe contingent payments add up to $20 a share.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 4000000000 USD [] Corvex <- Vantor «is worth $4 billion»
        acquisition_price 6000000000 USD [upto] Corvex <- Vantor «up to $6 billion if»
        tranche_condition "milestones" text [] Corvex <- Vantor «if every milestone»
        cvr_per_share 20 USD [upto] Corvex <- Vantor «up to $20 a share»
        "#);
        // A CVR with no party named since the sentence's price a share is that price's bidder
        // (not the article's, Gamma); a CVR cut beside its earlier cap, or given in a sweetened
        // offer, is revised.
        let text = "Gamma raised its offer for Corvex to $62 per share. Gamma said Corvex backs Gamma.\nA day earlier, Vantor revised its own offer to $60 per share in cash, up from $47, while reducing the contingent value right to up to $10 per share, down from $20.\nVantor cut the contingent value right to up to $8 per share, down from $10.\nCorvex accepted a sweetened offer from Vantor of $65 per share in cash, plus a contingent value right of up to $19 per share.";
        insta::assert_snapshot!(claims_of(text), @r#"
        price_per_share 62 USD [revised] Corvex <- Gamma «$62 per share»
        price_per_share 60 USD [revised] Corvex <- Vantor «$60 per share»
        consideration_type "cash" text [] Corvex <- Vantor «$60 per share in cash»
        price_per_share 47 USD [superseded] Corvex <- Vantor «up from $47»
        cvr_per_share 10 USD [upto,revised] Corvex <- Vantor «to up to $10»
        cvr_per_share 20 USD [superseded] Corvex <- Vantor «down from $20»
        cvr_per_share 8 USD [upto,revised] Corvex <- Vantor «up to $8 per share»
        cvr_per_share 10 USD [superseded] Corvex <- Vantor «down from $10»
        price_per_share 65 USD [revised] Corvex <- Vantor «$65 per share»
        consideration_type "cash" text [] Corvex <- Vantor «$65 per share in cash»
        cvr_per_share 19 USD [upto,revised] Corvex <- Vantor «up to $19 per share»
        "#);
    }

    #[test]
    fn an_equivalent_after_the_words_of_its_figure() {
        // "$2.3 billion Series D funding round (around ¥16.3 billion)": the parenthesis is the
        // figure's equivalent (no second round), and at about seven to the dollar "¥" is yuan;
        // at about 148 it stays yen.
        let article = test_article(
            "Vantor announced a $2.3 billion Series D funding round (around ¥16.3 billion). Gamma agreed to acquire Delta for $13.5 billion (about ¥2 trillion).",
        );
        let claims = crate::extract::extract(&article).claims;
        let money: Vec<(String, String, Option<String>)> = claims
            .iter()
            .filter(|c| c.unit != "text")
            .map(|c| {
                (
                    c.attribute.to_string(),
                    c.unit.to_string(),
                    c.equivalent.as_ref().map(|e| e.unit.to_string()),
                )
            })
            .collect();
        assert_eq!(
            money,
            [
                ("round_size".into(), "USD".into(), Some("CNY".into())),
                ("acquisition_price".into(), "USD".into(), Some("JPY".into())),
            ]
        );
    }

    #[test]
    fn a_contract_in_a_clause_of_another_event() {
        // "..., days after Gamma hired away its founders in a $2 billion arrangement": the
        // contract is of the party named after "after" and the article's company, not of the
        // buyer named before.
        let text = "Vantor, the maker of the Halden agent, agreed to acquire Corvex, days after Gamma hired away its founders in a $2 billion arrangement.";
        insta::assert_snapshot!(claims_of(text), @"contract_value 2000000000 USD [] Corvex–Gamma «$2 billion arrangement»");
    }

    #[test]
    fn loans_their_repayment_and_fees_for_ending_a_deal() {
        // A financing facility is debt; money that repays a loan is no part of the deal; what
        // is paid "to end the agreement" and a fee owed "had the deal ended" are termination
        // fees (the second the target's to pay); "no path to regulatory approval" says the
        // condition could not be met, and denies nothing.
        let text = "Corvex has entered into a $150 million financing facility with Gamma Capital.\nVantor and Corvex agreed to terminate their merger agreement, saying the acquisition had no path to regulatory approval.\nVantor is paying Corvex $60 million to end the agreement.\nCorvex would have owed Vantor a $30 million fee had the deal ended in other circumstances.\nCorvex will use $20 million of the fee right away to repay part of its term loan.";
        insta::assert_snapshot!(claims_of(text), @r#"
        debt_financing 150000000 USD [] Corvex «$150 million financing facility»
        closing_condition "regulatory approval" text [] Corvex <- Vantor «agreement, saying the acquisition had no path to regulatory approval»
        termination_fee 60000000 USD [] Corvex <- Vantor «$60 million to end the agreement»
        termination_fee 30000000 USD [] Corvex «$30 million fee»
        debt_repayment 20000000 USD [] Corvex «$20 million of the fee right away to repay»
        "#);
    }

    #[test]
    fn stores_sold_off_are_priced_apart_from_the_company_bought() {
        // Assets sold to win approval: the price's subject is who buys them (the party after
        // "to" after a word of selling, the party before a word of buying), and "in cash" is
        // theirs; the merger's own figure ("their $24.6 billion merger", "the $24.6 billion
        // merger") belongs to the two parties the article names together; a raised sale price
        // is revised; "buy Corvex, which runs 2,200 stores, for $24 billion" buys a company.
        let text = "Vantor and Corvex have agreed to sell 400 stores to Gamma Foods for about $1.9 billion in cash, in a divestiture meant to clear the way for their $24.6 billion merger.\nVantor and Corvex announced a $1.98 billion deal under which Gamma Foods will buy more than 400 of their locations.\nGamma Foods will now buy 579 stores and will pay Vantor approximately $2.9 billion in cash, up from the $1.9 billion agreed in September.\nThe regulator sued in February to block the $24.6 billion merger.";
        insta::assert_snapshot!(claims_dated(text, Some("2024-04-22")), @r#"
        divestiture_price 1900000000 USD [approx] Gamma Foods «for about $1.9 billion»
        consideration_type "cash" text [] Gamma Foods «$1.9 billion in cash»
        acquisition_price 24600000000 USD [] Corvex <- Vantor «$24.6 billion merger»
        divestiture_price 1980000000 USD [] Gamma Foods «$1.98 billion deal»
        divestiture_price 2900000000 USD [approx,revised] Gamma Foods «pay Vantor approximately $2.9 billion»
        consideration_type "cash" text [] Gamma Foods «$2.9 billion in cash»
        divestiture_price 1900000000 USD [superseded] Gamma Foods «up from the $1.9 billion»
        acquisition_price 24600000000 USD [] Corvex <- Vantor «$24.6 billion merger»
        "#);
        let text = "Zeta Retail agreed to buy Epsilon Grocers, which runs 2,200 stores, for $24 billion.\nThe acquisition of Epsilon Grocers by Zeta Retail is expected to close this year.";
        insta::assert_snapshot!(claims_of(text), @"acquisition_price 24000000000 USD [] Epsilon Grocers <- Zeta Retail «for $24 billion»");
    }

    #[test]
    fn a_dividend_a_share_net_debt_and_a_price_paid_to_buy() {
        // "pay $20 billion to buy Corvex" is the price, and its approval ("if antitrust
        // enforcers approve it") floats nothing; a figure a share after "dividend" is the
        // dividend's; "$4.7 billion of Corvex's net debt" is net debt, "$1.7 billion, including
        // Corvex's net debt" a price with it; a time after "the collapse of" dates the
        // collapse, not the merger's price.
        let text = "Vantor agreed to acquire Corvex for $34.10 per share, an enterprise value of about $24.6 billion, including about $4.7 billion of Corvex's net debt.\nCorvex will pay a special dividend of up to $4 billion, and the cash Vantor pays for each share will be reduced by that dividend, expected to be about $6.85 per share.\nVantor said it would pay $20 billion to buy Corvex, in a deal expected to close in 2026 if antitrust enforcers approve it.\nThe acquisition was valued at approximately $1.7 billion, including Corvex's net debt.\nVantor sued Corvex over the collapse of their $25 billion merger in December.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-03-25")), @r#"
        price_per_share 34.1 USD [] Corvex <- Vantor «$34.10 per share»
        enterprise_value 24600000000 USD [approx] Corvex <- Vantor «enterprise value of about $24.6 billion»
        net_debt 4700000000 USD [approx] Corvex <- Vantor «about $4.7 billion of Corvex's net debt»
        dividend 4000000000 USD [upto] Corvex <- Vantor «dividend of up to $4 billion»
        dividend_per_share 6.85 USD [approx] Corvex <- Vantor «about $6.85 per share»
        acquisition_price 20000000000 USD [] Corvex <- Vantor «pay $20 billion»
        expected_close "2026" date [] Corvex <- Vantor «expected to close in 2026»
        acquisition_price 1700000000 USD [approx] Corvex <- Vantor «valued at approximately $1.7 billion»
        acquisition_price 25000000000 USD [] Corvex <- Vantor «$25 billion merger»
        "#);
    }

    #[test]
    fn shares_offered_to_the_public_a_market_value_and_shares_held_or_sold() {
        // A price a share in a sentence of an offering is no evidence of an acquisition, so
        // "values Corvex at" stays a valuation; "per American depositary share" prices a
        // share; the offering's prices and the money it raises are the company's that
        // "priced its initial public offering" (not Vantor, which owns it and sells); a market
        // value is its own figure, of the party named before it; what the seller "had once
        // hoped to raise" is superseded; "the 25% of Corvex held by its Gamma Fund" is Gamma
        // Fund's stake in Corvex, and buying it buys no company.
        let text = "Corvex, the chip designer owned by Vantor, priced its initial public offering at $51 per share on Wednesday, the top of its range of $47 to $51 per American depositary share.\nThe listing's underwriters bought the shares at $51 a share in the offering.\nVantor sold 95.5 million shares, raising $4.87 billion, and the price values Corvex at $54.5 billion.\nAt the closing price, Corvex has a market value of about $65 billion.\nVantor had once hoped to raise $8 billion to $10 billion, but scaled the sale back after buying the 25% of Corvex held by its Gamma Fund.";
        insta::assert_snapshot!(claims_of(text), @"
        price_per_share 51 USD [] Corvex «$51 per share»
        price_per_share 47 USD [range] Corvex «$47 to $51 per American depositary share»
        price_per_share 51 USD [] Corvex «$51 a share»
        round_size 4870000000 USD [] Corvex «raising $4.87 billion»
        valuation_unspecified 54500000000 USD [] Corvex «values Corvex at $54.5 billion»
        market_value 65000000000 USD [approx] Corvex «market value of about $65 billion»
        round_size 8000000000 USD [range,superseded] Corvex «raise $8 billion to $10 billion»
        stake_percent 25 percent [] Corvex <- Gamma Fund «25% of Corvex»
        ");
        // Who sells a company is not who pays for it: "buy Corvex from Vantor".
        let text = "Zeta Retail agreed to buy Corvex from Vantor for $40 billion.\nThe acquisition of Corvex by Zeta Retail collapsed in 2022, and Vantor kept Corvex.";
        insta::assert_snapshot!(claims_of(text), @"acquisition_price 40000000000 USD [] Corvex <- Zeta Retail «for $40 billion»");
    }

    #[test]
    fn a_company_named_between_a_word_of_valuing_and_at_is_valued() {
        // "a round that valued Corvex at $183 billion" (no claim before), "a deal that valued
        // Corvex at $64 billion" (the company's valuation, not the deal's value); in an
        // acquisition the rules of its price still read "valued Gamma at".
        let text = "Corvex raised $13 billion in a round that valued Corvex at $183 billion.\nVantor bought a stake in a deal that valued Corvex at $64 billion.";
        insta::assert_snapshot!(claims_of(text), @"
        round_size 13000000000 USD [] Corvex «$13 billion in a round»
        valuation_unspecified 183000000000 USD [] Corvex «valued Corvex at $183 billion»
        valuation_unspecified 64000000000 USD [] Corvex «valued Corvex at $64 billion»
        ");
        let text = "Vantor agreed to buy Gamma, in an offer that valued Gamma at about $3.8 billion.\nThe acquisition of Gamma is expected to close this year.";
        insta::assert_snapshot!(claims_of(text), @"acquisition_price 3800000000 USD [approx] Gamma <- Vantor «at about $3.8 billion»");
    }

    #[test]
    fn a_fee_due_by_the_end_of_a_month_ends_no_deal() {
        // "the end of March" is the end of a time: the fee is no fee for ending the deal; a deal
        // that "ends" still makes one.
        let text = "Vantor agreed to buy Corvex for $3 billion in cash.\nThe acquisition of Corvex is expected to close this year.\nVantor will pay Corvex a $20 million fee by the end of March for its advisory work.\nIf the deal ends without approval, Vantor will pay Corvex a $90 million fee.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 3000000000 USD [] Corvex <- Vantor «for $3 billion»
        consideration_type "cash" text [] Corvex <- Vantor «$3 billion in cash»
        contract_value 20000000 USD [] Corvex–Vantor «pay Corvex a $20 million»
        termination_fee 90000000 USD [] Corvex <- Vantor «$90 million fee»
        "#);
    }

    #[test]
    fn each_purchase_of_a_sentence_has_its_own_target() {
        // Two purchases in one sentence: the company right before "for" after a verb of
        // buying or "and", and the company after "takeover of" and its description, each
        // bought by the company named before the sentence's first word of buying.
        let text = "Vantor agreed to acquire Corvex for $2 billion.\nVantor bought the drone maker Helix for $900 million in 2019 and Orbitline for nearly $4 billion in 2021.\nLast month Vantor agreed to buy the clinic chain Medora in a $3.9 billion deal, and it is still closing its $2.5 billion takeover of the film studio Brightwave.";
        insta::assert_snapshot!(claims_of(text), @"
        acquisition_price 2000000000 USD [] Corvex <- Vantor «for $2 billion»
        acquisition_price 900000000 USD [] Helix <- Vantor «for $900 million»
        acquisition_price 4000000000 USD [approx] Orbitline <- Vantor «for nearly $4 billion»
        acquisition_price 3900000000 USD [] Medora <- Vantor «$3.9 billion deal»
        acquisition_price 2500000000 USD [] Brightwave <- Vantor «$2.5 billion takeover»
        ");
    }

    /// "each", "every" and "per" are told by their numbers ([`EACH_WORD_IDS`]): each must
    /// have one (0 is every unnumbered word's).
    #[test]
    fn the_words_of_each_share_are_numbered() {
        assert!(
            EACH_WORD_IDS.iter().all(|&id| id != 0),
            "{:?}",
            *EACH_WORD_IDS
        );
    }

    #[test]
    fn the_cash_part_of_a_price_in_cash_and_stock_a_gap_and_a_share_price_moved_to() {
        // Cash joined by "and" or "plus" to a count of shares (after it or before it) is the
        // cash part of the price a share (scope "cash part"), and its "in cash" tells of cash
        // and stock; "$8
        // billion under the offer's value" is a gap; "had fallen 6% on the year to $98.50 a
        // share" the stock's price; "in upfront cash consideration" the cash part of a deal in
        // cash and stock; "while Corvex shareholders will hold about 40%" after Vantor's share
        // of "the new company" is Corvex's.
        let text = "Vantor agreed to buy Corvex in a cash and stock deal valued at about $30 billion.\nCorvex shareholders will receive $4.25 per share in cash and 0.2175 shares of Vantor for each Corvex share, or $26.40 per share in all.\nSome reports put the terms at 0.22 Vantor shares and $4.25 in cash for each Corvex share.\nCorvex had a market value of about $22 billion, which is $8 billion under the offer's value.\nVantor's stock had fallen 6% on the year to $98.50 a share before the news.\nThe deal gives Corvex holders $5.5 billion in upfront cash consideration.\nVantor shareholders will own about 60% of the new company, while Corvex shareholders will hold about 40%.";
        insta::assert_snapshot!(claims_of(text), @r#"
        consideration_type "cash and stock" text [] Corvex <- Vantor «cash and stock»
        acquisition_price 30000000000 USD [approx] Corvex <- Vantor «deal valued at about $30 billion»
        price_per_share 4.25 USD [cash part] Corvex <- Vantor «$4.25 per share»
        consideration_type "cash and stock" text [] Corvex <- Vantor «$4.25 per share in cash»
        exchange_ratio 0.2175 shares [] Corvex <- Vantor «0.2175 shares of Vantor»
        price_per_share 26.4 USD [] Corvex <- Vantor «$26.40 per share»
        exchange_ratio 0.22 shares [hedged] Corvex <- Vantor «0.22 Vantor shares»
        consideration_type "cash and stock" text [hedged] Corvex <- Vantor «Vantor shares and $4.25 in cash»
        price_per_share 4.25 USD [hedged,cash part] Corvex <- Vantor «$4.25 in cash»
        market_value 22000000000 USD [approx] Corvex «market value of about $22 billion»
        percentage 6 percent [] Vantor «6%»
        combined_ownership 60 percent [approx] Vantor «about 60% of the new company»
        combined_ownership 40 percent [approx] Corvex «Corvex shareholders will hold about 40%»
        "#);
        // "in cash per Corvex share": the share named two words after the figure.
        let text = "Vantor agreed to buy Corvex.\nHolders will receive 1.0 Vantor share plus $4.25 in cash per Corvex share.";
        insta::assert_snapshot!(claims_of(text), @r#"
        exchange_ratio 1 shares [] Corvex <- Vantor «1.0 Vantor share»
        consideration_type "cash and stock" text [] Corvex <- Vantor «$4.25 in cash»
        price_per_share 4.25 USD [cash part] Corvex <- Vantor «$4.25 in cash per Corvex share»
        "#);
    }

    #[test]
    fn a_deal_struck_for_a_company_its_values_fees_synergies_and_owners() {
        // "struck an $85 billion deal for Rail Harbor" buys it (with the price a share after,
        // an acquisition: a price and a condition of closing); not a deal for a party to do
        // something.
        let text = "Vantor struck an $85 billion deal for Rail Harbor, pending regulatory approval.\nAt $320 a share, the price is a premium of about 25%.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 85000000000 USD [] Rail Harbor <- Vantor «$85 billion deal»
        closing_condition "regulatory approval" text [] Rail Harbor <- Vantor «pending regulatory approval»
        price_per_share 320 USD [] Rail Harbor <- Vantor «$320 a share»
        premium_percent 25 percent [approx] Rail Harbor <- Vantor «premium of about 25%»
        "#);
        let text = "Vantor struck a $2 billion deal for Kestrel to supply chips.\nKestrel will build them at $3 a unit.";
        insta::assert_snapshot!(claims_of(text), @"contract_value 2000000000 USD [] Kestrel–Vantor «$2 billion deal»");
        // "enterprise value for Rail Harbor is", "equity value would be about": what the
        // company costs with its debt and without; synergies are no fee; "27% ownership for
        // Rail Harbor shareholders" is their side's share of the combined company; "termination
        // fees of" and "shareholder approvals" as their singulars; the combined entity's
        // market capitalization is the combined value.
        let text = "Vantor agreed to acquire Rail Harbor.\nThe implied enterprise value for Rail Harbor is $85 billion.\nRail Harbor's equity value would be about $72 billion.\nThe deal includes a $2.5 billion reverse termination fee, and expected $2.75 billion in annualized synergies, with 27% ownership for Rail Harbor shareholders.\nThe agreement includes termination fees of $2.4 billion and is subject to shareholder approvals.\nThe combined entity will have a market capitalization exceeding $250 billion.";
        insta::assert_snapshot!(claims_of(text), @r#"
        enterprise_value 85000000000 USD [] Rail Harbor <- Vantor «enterprise value for Rail Harbor is $85 billion»
        acquisition_price 72000000000 USD [approx] Rail Harbor <- Vantor «equity value would be about $72 billion»
        termination_fee 2500000000 USD [] Rail Harbor <- Vantor «$2.5 billion reverse termination fee»
        combined_ownership 27 percent [] Rail Harbor «27% ownership for Rail Harbor shareholders»
        termination_fee 2400000000 USD [] Rail Harbor <- Vantor «termination fees of $2.4 billion»
        closing_condition "shareholder approval" text [] Rail Harbor <- Vantor «subject to shareholder approvals»
        combined_value 250000000000 USD [atleast] Rail Harbor <- Vantor «market capitalization exceeding $250 billion»
        "#);
        // "Vantor's Rail Harbor purchase": the possessive buys the name before the noun of
        // buying; "needs approval from" a regulator named (not a word of regulators) is a
        // condition of closing.
        let text = "Shareholders back Vantor's Rail Harbor purchase\nShareholders of Vantor and Rail Harbor have approved the $85 billion acquisition. The deal still needs approval from the Surface Transportation Board.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 85000000000 USD [] Rail Harbor <- Vantor «$85 billion acquisition»
        closing_condition "regulatory approval" text [] Rail Harbor <- Vantor «The deal still needs approval from the Surface Transportation Board»
        "#);
        // "regulatory approval from" a regulator: one condition, its quote taking the
        // regulator in.
        let text = "Vantor agreed to acquire Rail Harbor for $85 billion, subject to obtaining regulatory approval from the Surface Transportation Board.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 85000000000 USD [] Rail Harbor <- Vantor «for $85 billion»
        closing_condition "regulatory approval" text [] Rail Harbor <- Vantor «subject to obtaining regulatory approval from the Surface Transportation Board»
        "#);
    }

    #[test]
    fn a_licence_paid_for_a_holiday_and_a_season_past() {
        // "Christmas Eve" is no party; a deal "to license" is a contract, the verb six words
        // after the figure; "just last fall" dates a round before the article.
        let text = "Vantor announced on Christmas Eve a $20 billion licensing agreement with Kestrel.\nVantor reached a $20 billion deal with chip startup Kestrel to license its hardware.\nKestrel raised $750 million just last fall at a $7 billion valuation.";
        insta::assert_snapshot!(claims_of(text), @"
        contract_value 20000000000 USD [] Kestrel–Vantor «$20 billion licensing agreement»
        contract_value 20000000000 USD [] Kestrel–Vantor «$20 billion deal with chip startup Kestrel to license»
        round_size 750000000 USD [prior] Kestrel «raised $750 million»
        valuation_unspecified 7000000000 USD [prior] Kestrel «$7 billion valuation»
        ");
        // "more than twice the $7 billion it paid for Halden": another deal's figure, no
        // earlier figure of the licence.
        let text = "Vantor will pay about $20 billion under its licensing agreement with Kestrel, more than twice the $7 billion it paid for Halden in 2019.";
        insta::assert_snapshot!(claims_of(text), @"contract_value 20000000000 USD [approx] Kestrel–Vantor «pay about $20 billion»");
        // "has not confirmed" a deal reported: unconfirmed, not denied.
        let text = "Vantor has not confirmed the $20 billion licensing agreement with Kestrel that several outlets reported.";
        insta::assert_snapshot!(claims_of(text), @"contract_value 20000000000 USD [hedged] Kestrel–Vantor «$20 billion licensing agreement»");
        // "The licensing agreement is reportedly valued at": the licence's value, an
        // auxiliary and an adverb between the noun and the verb.
        let text = "Kestrel signed a licensing agreement with Vantor.\nThe licensing agreement is reportedly valued at $20 billion.";
        insta::assert_snapshot!(claims_of(text), @"contract_value 20000000000 USD [hedged] Kestrel–Vantor «valued at $20 billion»");
        // A sum raised "including a $750 million round" is all the rounds together.
        let text = "Kestrel had raised $3.3 billion in venture capital, including a $750 million round led by Vantor.";
        insta::assert_snapshot!(claims_of(text), @r#"
        cumulative_total 3300000000 USD [] Kestrel «raised $3.3 billion»
        round_size 750000000 USD [] Kestrel «$750 million round»
        lead_investor "Vantor" text [] Kestrel «led by Vantor»
        "#);
    }

    #[test]
    fn a_share_named_by_its_company_and_the_cash_choice_of_a_mix() {
        // "for each Corvex share" prices a share (and tells of an acquisition); "take over
        // Corvex" buys it; the cash beside shares of another party ("or 0.2520 of a Vantor
        // share", "into Vantor stock and ... in cash each") is one part of a cash-and-stock
        // price; a premium named right after the figure is one, a verb of holding before it
        // notwithstanding; "above where the stock traded" is a premium; "may elect" is no
        // hedge.
        let text = "Vantor agreed on Thursday to take over Corvex.\nCorvex shareholders may elect to receive $142.50 in cash or 0.2520 of a Vantor share for each Corvex share they own, a 33 per cent premium to the close before the talks.\nThe mix is worth the equivalent of $138.23 for each Corvex share, more than 40 percent above where the stock traded.\nAbout 52.1% of Corvex's shares were converted into Vantor stock and 47.9% into $142.50 in cash each.\nAnalysts said the deal worked out to about $138 per Corvex share.";
        insta::assert_snapshot!(claims_of(text), @r#"
        consideration_type "cash and stock" text [] Corvex <- Vantor «$142.50 in cash or 0.2520 of a Vantor share»
        price_per_share 142.5 USD [] Corvex <- Vantor «$142.50 in cash or 0.2520 of a Vantor share for each Corvex share»
        exchange_ratio 0.252 shares [] Corvex <- Vantor «0.2520 of a Vantor share»
        premium_percent 33 percent [] Corvex <- Vantor «33 per cent premium»
        price_per_share 138.23 USD [] Corvex <- Vantor «$138.23 for each Corvex share»
        premium_percent 40 percent [atleast] Corvex <- Vantor «more than 40 percent above where the stock traded»
        percentage 52.1 percent [approx] Corvex «About 52.1%»
        consideration_type "cash and stock" text [] Corvex <- Vantor «Vantor stock and 47.9% into $142.50 in cash»
        percentage 47.9 percent [] Vantor «47.9%»
        price_per_share 142.5 USD [] Corvex <- Vantor «$142.50 in cash»
        price_per_share 138 USD [approx] Corvex <- Vantor «about $138 per Corvex share»
        "#);
    }

    #[test]
    fn fees_changed_by_a_date_the_combined_company_and_a_deal_for_another() {
        // "it owes Vantor a break fee" is paid by the party "it" stands for; "the fee doubles
        // to" is a fee; the shares of the combined company are each side's, not a stake in
        // the company bought; "complete the transaction in its fiscal year 2023" dates the
        // close; bank financing is debt; "Gamma's $68.7 billion deal for Delta Games" is
        // Delta Games' price.
        let text = "Vantor signed an agreement to acquire Corvex on Thursday.\nIf Corvex walks away for a superior bid, it owes Vantor a break fee of $750 million. After July 5, the fee doubles to $1.5 billion.\nVantor's shareholders would own about 88% of the combined company and Corvex's about 12%.\nThe takeover is supported by $32 billion of committed bank financing, and Vantor expects to complete the transaction in its fiscal year 2023.\nThe acquisition is second only to Gamma's $68.7 billion deal for Delta Games.";
        insta::assert_snapshot!(claims_of(text), @r#"
        termination_fee 750000000 USD [] Corvex «break fee of $750 million»
        termination_fee 1500000000 USD [] Corvex <- Vantor «fee doubles to $1.5 billion»
        combined_ownership 88 percent [approx] Vantor «about 88% of the combined company»
        combined_ownership 12 percent [approx] Corvex «Corvex's about 12%»
        debt_financing 32000000000 USD [] Vantor «$32 billion of committed bank financing»
        expected_close "2023" date [] Corvex <- Vantor «complete the transaction in its fiscal year 2023»
        acquisition_price 68700000000 USD [] Delta Games <- Gamma «$68.7 billion deal»
        "#);
        // "agreed to take over Corvex" buys it: the article is about an acquisition, and its
        // deal's figure is the price.
        let text = "Vantor agreed to take over Corvex.\nVantor is taking over Corvex in a $10 billion deal.";
        insta::assert_snapshot!(claims_of(text), @"acquisition_price 10000000000 USD [] Corvex <- Vantor «$10 billion deal»");
    }

    #[test]
    fn a_round_of_a_product_maker_its_investors_and_its_earlier_valuation() {
        // "the startup behind Zapchat" is the company, Zapchat its product; a figure "twice
        // the" valuation is a valuation, dated before the article by "early this year" (as is
        // a sentence that opens with "Earlier this year,"); "Gamma, which put in $1.25 billion
        // into the company" invests in the company, not in itself; "put in" is no preposition
        // before a recipient, and a verb with its own figure pays that one; a minimum to see
        // the books is no one's investment; "sources told Omega" hedges, and Omega invests
        // nothing.
        let text = "Investors are valuing the startup behind Zapchat at $157 billion, close to twice the $86 billion of its share sale early this year.\nGamma Capital, which led the round, put in $1.25 billion into the company. Delta invested just under $1 billion, Epsilon put in around $500 million and Zeta invested about $100 million.\nInvestors were required to put in at least $250 million to see Corvex's financial documents.\nEarlier this year, Corvex let employees sell shares at a valuation of $86 billion.\nIts $150 billion valuation is contingent on the Zapchat-maker changing its corporate structure, sources told Omega.";
        insta::assert_snapshot!(claims_dated(text, Some("2024-10-03")), @r#"
        valuation_unspecified 157000000000 USD [] Corvex «valuing the startup behind Zapchat at $157 billion»
        valuation_unspecified 86000000000 USD [superseded] Corvex «twice the $86 billion»
        deal_total 1250000000 USD [] Corvex <- Gamma Capital «put in $1.25 billion»
        deal_total 1000000000 USD [upto] Corvex <- Delta «invested just under $1 billion»
        deal_total 500000000 USD [approx] Corvex <- Epsilon «put in around $500 million»
        deal_total 100000000 USD [approx] Corvex <- Zeta «invested about $100 million»
        minimum_investment 250000000 USD [atleast] Corvex «required to put in at least $250 million»
        valuation_unspecified 86000000000 USD [prior] Corvex «valuation of $86 billion»
        valuation_unspecified 150000000000 USD [hedged] Corvex «$150 billion valuation»
        tranche_condition "restructuring" text [hedged] Corvex <- Delta «contingent on the Zapchat-maker changing its corporate structure»
        "#);
    }

    #[test]
    fn a_round_in_talks_its_lead_and_an_option_on_more() {
        // The round at hand is "current"; a round noun behind a comma is not the figure's
        // ("which led the round, committed"); "new funding of" is the round's; "take the form
        // of convertible notes" is debt; a revenue goal conditions the option; a time after
        // "and" dates the other verb, not the figure.
        let text = "Gamma Capital is investing more than $1 billion of Corvex's current $6.5 billion fundraising round.\nCorvex's new funding of $6.5 billion is expected to take the form of convertible notes.\nGamma Capital, which led the round, committed about $1.2 billion.\nGamma Capital may invest another $1 billion next year if Corvex hits a revenue goal.";
        insta::assert_snapshot!(claims_dated(text, Some("2024-09-27")), @r#"
        deal_total 1000000000 USD [atleast] Corvex <- Gamma Capital «investing more than $1 billion»
        round_size 6500000000 USD [] Corvex «$6.5 billion fundraising»
        round_size 6500000000 USD [] Corvex «funding of $6.5 billion»
        investment_form "debt" text [] Corvex <- Gamma Capital «take the form of convertible notes»
        deal_total 1200000000 USD [approx] Corvex <- Gamma Capital «committed about $1.2 billion»
        tranche_contingent 1000000000 USD [hedged] Corvex <- Gamma Capital «another $1 billion»
        tranche_condition "revenue target" text [hedged] Corvex <- Gamma Capital «if Corvex hits a revenue goal»
        "#);
        let text = "Epsilon is valued at close to $10 billion and turned down an offer from Delta earlier this year.";
        insta::assert_snapshot!(claims_dated(text, Some("2024-09-27")), @"valuation_unspecified 10000000000 USD [approx] Epsilon «valued at close to $10 billion»");
    }

    #[test]
    fn an_enterprise_value_right_after_its_figure_a_closure_and_what_a_deal_costs() {
        // "a $6.4 billion enterprise value" (the words right after the figure); "the deal's
        // closure by the end of 2024" is the expected close; "the acquisition costs $6.4
        // billion" is the price, and so is "acquisition of Corvex, valued at".
        let text = "Vantor said it would acquire Corvex for $35 per share in cash, in a deal with a $6.4 billion enterprise value, net of cash.\nCorvex still anticipates the deal's closure by the end of 2024.\nThe acquisition costs $6.4 billion.\nRegulators opened a review of Vantor's proposed acquisition of Corvex, valued at $6.4 billion.";
        insta::assert_snapshot!(claims_dated(text, Some("2024-07-15")), @r#"
        price_per_share 35 USD [] Corvex <- Vantor «$35 per share»
        consideration_type "cash" text [] Corvex <- Vantor «$35 per share in cash»
        enterprise_value 6400000000 USD [] Corvex <- Vantor «$6.4 billion enterprise value»
        expected_close "2024-12-31" date [] Corvex <- Vantor «closure by the end of 2024»
        acquisition_price 6400000000 USD [] Corvex <- Vantor «acquisition costs $6.4 billion»
        acquisition_price 6400000000 USD [] Corvex <- Vantor «valued at $6.4 billion»
        "#);
    }

    #[test]
    fn a_contract_of_capacity_its_term_and_what_it_may_grow_to() {
        // A deal of capacity supplied, a worth spread over a term and a contract's worth are
        // contracts, not money put in nor a company's valuation; a larger figure the contract
        // may grow to is its cap, one added to it an increment; the maker of the chips
        // named beside the parties is none of them; "the company" opening a sentence is the
        // party that opened the one before; a measure "raised to" a figure raises no money.
        let text = "Vantor will provide GPU capacity to Corvex in a deal valued at $17.4 billion with an option to spend up to $19.4 billion.\nCorvex has signed a deal worth up to $20bn with Vantor to supply computing power.\nVantor said the contract was worth $17.4bn over the next five years, but that it could expand to $19.4bn if Corvex increases its demands.\nCorvex has chosen leasing over building. The company signed an agreement to buy GPU capacity from Vantor valued at $17.4 billion over five years, with options that could take the total to about $19.4 billion.\nShares of Vantor soared after the provider of Delta graphics chips said it had signed an agreement with Corvex worth up to $19.4 billion over five years.\nThe total contract value through 2031 is $17.4 billion, with Corvex reserving the option to buy an additional $2 billion of services.\nWith capacity scaling rapidly and ARR guidance raised to as much as $1.1 billion for year-end, Vantor is growing.\nCorvex's agreement with Vantor is valued at $10 billion over six years.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-09-09")), @"
        contract_value 17400000000 USD [] Corvex–Vantor «valued at $17.4 billion»
        contract_value 19400000000 USD [upto] Corvex–Vantor «spend up to $19.4 billion»
        contract_value 20000000000 USD [upto] Corvex–Vantor «deal worth up to $20bn»
        contract_value 17400000000 USD [] Corvex–Vantor «was worth $17.4bn»
        contract_term_years 5 year [] Corvex–Vantor «over the next five years»
        contract_value 19400000000 USD [upto,hedged] Corvex–Vantor «$19.4bn if»
        contract_value 17400000000 USD [] Corvex–Vantor «valued at $17.4 billion»
        contract_term_years 5 year [] Corvex–Vantor «over five years»
        contract_value 19400000000 USD [upto,hedged] Corvex–Vantor «total to about $19.4 billion»
        contract_value 19400000000 USD [upto] Corvex–Vantor «up to $19.4 billion over five years»
        contract_term_years 5 year [] Corvex–Vantor «over five years»
        contract_value 17400000000 USD [] Corvex–Vantor «value through 2031 is $17.4 billion»
        contract_value 2000000000 USD [increment] Corvex–Vantor «additional $2 billion»
        contract_value 10000000000 USD [] Corvex–Vantor «valued at $10 billion»
        contract_term_years 6 year [] Corvex–Vantor «over six years»
        ");
    }

    #[test]
    fn taking_a_company_private_is_buying_it() {
        // "took Corvex private ... in a deal worth $32bn" prices a purchase, though the
        // article is about another deal.
        let text = "Gamma took Corvex private in 2016 in a deal worth $32bn.";
        insta::assert_snapshot!(claims_of(text), @"acquisition_price 32000000000 USD [] Corvex «worth $32bn»");
    }

    #[test]
    fn a_contract_told_over_sentences_and_a_financing_split_into_debt_and_equity() {
        // Where a party filed is a source, not the contract's other party; a cap in the next
        // sentence of the paragraph grows the contract; "the base of the agreement", "an
        // agreement with Vantor worth" and a term "for" five years in a supply deal are the
        // contract's; its parties carry over to a sentence that names fewer; a party after
        // "of" in an aside is not the one a market value is of; new shares sold and a sum
        // the article splits into debt and equity are the company's financing.
        let text = "Vantor agreed to provide Corvex with GPU capacity over five years. The total contract value through 2031 is about $17.4 billion, Vantor said in a filing with the Securities and Exchange Commission. Corvex can also buy more services, which would lift the total to about $19.4 billion.\nVantor will pay for the build-out with cash from the contract. The company, formed from the international businesses of Delta, had a market value of just over $15 billion.\nCorvex has signed an agreement with Vantor worth up to $19.4 billion to rent GPU capacity for five years. The base of the agreement is $17.4 billion.\nVantor plans to raise $3 billion from investors. It is offering $2 billion of convertible notes and is selling $1 billion of new shares.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-09-09")), @"
        contract_term_years 5 year [] Corvex–Vantor «over five years»
        contract_value 17400000000 USD [approx] Corvex–Vantor «value through 2031 is about $17.4 billion»
        contract_value 19400000000 USD [upto] Corvex–Vantor «total to about $19.4 billion»
        market_value 15000000000 USD [approx] Vantor «market value of just over $15 billion»
        contract_value 19400000000 USD [upto] Corvex–Vantor «worth up to $19.4 billion»
        contract_term_years 5 year [] Corvex–Vantor «for five years»
        contract_value 17400000000 USD [] Corvex–Vantor «base of the agreement is $17.4 billion»
        financing_total 3000000000 USD [] Vantor «raise $3 billion»
        debt_financing 2000000000 USD [] Vantor «$2 billion of convertible notes»
        equity_financing 1000000000 USD [] Vantor «$1 billion of new shares»
        ");
    }

    #[test]
    fn a_contracts_parties_carry_over_and_an_aside_names_no_one_valued() {
        // The base of an agreement in a sentence that names no party is the contract's the
        // article spoke of last, not the article's main parties; "formed from the businesses
        // of Yandra" is an aside, and the market value the company's.
        let text = "Gamma invested $5 billion in Delta. Gamma said Delta would spend the money on chips.\nCorvex has signed an agreement with Vantor worth up to $19.4 billion to rent GPU capacity. The base of the agreement is $17.4 billion.\nVantor will pay for the build-out with cash from the contract. The company, formed from the international businesses of Yandra, had a market value of just over $15 billion at Monday's close.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-09-09")), @"
        deal_total 5000000000 USD [] Delta <- Gamma «invested $5 billion»
        contract_value 19400000000 USD [upto] Corvex–Vantor «worth up to $19.4 billion»
        contract_value 17400000000 USD [] Corvex–Vantor «base of the agreement is $17.4 billion»
        market_value 15000000000 USD [approx] Vantor «market value of just over $15 billion»
        ");
        // Money put in after a contract is no part of it.
        let text = "Corvex signed a $10 billion computing contract with Vantor. Vantor also made an additional $4 billion investment in Corvex.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-09-09")), @"
        contract_value 10000000000 USD [] Corvex–Vantor «$10 billion computing contract»
        deal_total 4000000000 USD [increment] Corvex <- Vantor «$4 billion investment»
        ");
    }

    #[test]
    fn a_company_bought_after_a_long_description_and_a_date_the_deal_must_close_by() {
        // "buying AI-powered cloud data management company Corvex" buys Corvex (a compound
        // modifier and five words of description before the name); "give Vantor access to"
        // gives no money, so Vantor stays the buyer; "must close by" dates the end of the road
        // for the deal, not its expected close; "Class B-1" and "the Lead Investors" name no
        // party.
        let text = "Vantor is buying AI-powered cloud data management company Corvex in an approximately $8 billion deal.\nCorvex's shareholders will receive $25 per share, a premium of about 11% from Friday's closing price.\nThe transaction will give Vantor access to Corvex's data tools.\nEach share of Class B-1 common stock will be converted into the right to receive $25.00 in cash. The Lead Investors delivered written consents representing roughly 63% of the voting power.\nThe merger must close by May 26, 2026.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-05-27")), @r#"
        acquisition_price 8000000000 USD [approx] Corvex <- Vantor «approximately $8 billion deal»
        price_per_share 25 USD [] Corvex <- Vantor «$25 per share»
        premium_percent 11 percent [approx] Corvex <- Vantor «premium of about 11%»
        consideration_type "cash" text [] Corvex <- Vantor «$25.00 in cash»
        price_per_share 25 USD [] Corvex <- Vantor «$25.00 in cash»
        percentage 63 percent [approx] Corvex «roughly 63%»
        deadline_date "2026-05-26" date [] Corvex <- Vantor «close by May 26, 2026»
        "#);
        // (Alone with one price a share, the lead's buying makes the article an acquisition.)
        let text = "Vantor is buying AI-powered cloud data management company Corvex in an approximately $8 billion deal.\nThe transaction will give Vantor access to Corvex's data tools. Shareholders will receive $25 per share.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-05-27")), @"
        acquisition_price 8000000000 USD [approx] Corvex <- Vantor «approximately $8 billion deal»
        price_per_share 25 USD [] Corvex <- Vantor «$25 per share»
        ");
    }

    #[test]
    fn appositions_name_no_raiser_and_a_round_for_a_company_is_its_round() {
        // A founder or a former employer named inside an apposition ("founded by former Orbix
        // researchers ...", "founded by Mara Quill") is not who raises, nor who is valued;
        // a backer named in "supported by" is not either, and "25 billion dollars in
        // financing" is the round's size; "Zentrix AI, an open-weight model startup" opens
        // with a name even though "AI" is no part of one.
        let text = "Zentrix Labs, a two-year-old startup founded by former Orbix researchers Mara Quill and Tomas Vell, has raised $2 billion in fresh funding at an $8 billion valuation.";
        insta::assert_snapshot!(claims_of(text), @"
        round_size 2000000000 USD [] Zentrix Labs «$2 billion in fresh funding»
        valuation_unspecified 8000000000 USD [] Zentrix Labs «$8 billion valuation»
        ");
        let text = "Zentrix AI, an open-weight model startup founded by former Orbix researchers, is reportedly raising $2.5 billion at a $25 billion pre-money valuation.";
        insta::assert_snapshot!(claims_of(text), @"
        round_size 2500000000 USD [hedged] Zentrix «raising $2.5 billion»
        valuation_pre_money 25000000000 USD [hedged] Zentrix «$25 billion pre-money»
        ");
        let text = "The open-source AI company Zentrix, supported by Nvidia, was reported to be negotiating approximately 25 billion dollars in financing at a valuation of about 25 billion dollars.";
        insta::assert_snapshot!(claims_of(text), @"
        round_size 25000000000 USD [approx,hedged] Zentrix «approximately 25 billion dollars in financing»
        valuation_unspecified 25000000000 USD [approx,hedged] Zentrix «valuation of about 25 billion dollars»
        ");
        let text = "Zentrix, backed by Nvidia, has raised $2 billion.";
        insta::assert_snapshot!(claims_of(text), @"round_size 2000000000 USD [] Zentrix «raised $2 billion»");
        let text = "Vantor, backed by Nvidia, invested $500 million in Zentrix.";
        insta::assert_snapshot!(claims_of(text), @"deal_total 500000000 USD [] Zentrix <- Vantor «invested $500 million»");
        // "a round of funding for Zentrix": the round is Zentrix's, though Nvidia is named
        // more often and invests.
        let text = "Nvidia objected to being called the lead investor in a $2 billion round of funding for Zentrix. Not so for Nvidia in its latest investment: Nvidia had invested about $800 million of the $2 billion total.";
        insta::assert_snapshot!(claims_of(text), @"
        round_size 2000000000 USD [] Zentrix «$2 billion round»
        deal_total 800000000 USD [approx] Zentrix <- Nvidia «invested about $800 million»
        ");
    }

    #[test]
    fn a_cue_read_both_ways_after_a_figure_and_a_comma_is_that_figures() {
        // "including the new money" follows "$8 billion": the earlier valuation of March
        // after it is no post-money one; a cue read only before a figure ("valuing it at")
        // stays the next figure's after a comma.
        let text = "The deal values Zentrix at $8 billion, including the new money, far more than the roughly $545 million the company was valued at in March.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-10-09")), @"
        valuation_post_money 8000000000 USD [] Zentrix «$8 billion, including the new money»
        valuation_unspecified 545000000 USD [approx,prior] Zentrix «roughly $545 million the company was valued»
        ");
        let text = "Zentrix raised $2 billion, valuing it at $8 billion.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-10-09")), @"
        round_size 2000000000 USD [] Zentrix «raised $2 billion»
        valuation_unspecified 8000000000 USD [] Zentrix «valuing it at $8 billion»
        ");
    }

    #[test]
    fn a_later_sentence_names_the_valuation_a_rate_is_no_total_and_a_model_no_name() {
        // "The figure represents a pre-money valuation" makes the valuation just given a
        // pre-money one (not when it says the figure is not one); "$150 million per month" is
        // a rate, its attribute read per month and its quote taking the period in ("a year
        // ago" is a time); "Nvidia GB300 chips" is Nvidia's model, no party "Nvidia GB300".
        let text = "Zentrix is in talks to raise $2.5 billion at a valuation near $25 billion. The figure represents a pre-money valuation and is up sharply.";
        insta::assert_snapshot!(claims_of(text), @"
        round_size 2500000000 USD [hedged] Zentrix «raise $2.5 billion»
        valuation_pre_money 25000000000 USD [approx,hedged] Zentrix «a valuation near $25 billion»
        ");
        let text = "Zentrix is in talks to raise $2.5 billion at a valuation near $25 billion. The figure is not a pre-money valuation.";
        insta::assert_snapshot!(claims_of(text), @"
        round_size 2500000000 USD [hedged] Zentrix «raise $2.5 billion»
        valuation_unspecified 25000000000 USD [approx,hedged] Zentrix «a valuation near $25 billion»
        ");
        let text = "Zentrix is paying Vantor $150 million per month for access to Nvidia GB300 chips. Nvidia has invested $800 million in Zentrix. Zentrix raised $400 million a year ago.";
        insta::assert_snapshot!(claims_of(text), @"
        contract_value_per_month 150000000 USD [] Vantor–Zentrix «paying Vantor $150 million per month»
        deal_total 800000000 USD [] Zentrix <- Nvidia «invested $800 million»
        round_size 400000000 USD [prior] Zentrix «raised $400 million»
        ");
    }

    #[test]
    fn a_denied_lead_money_put_into_a_round_a_contract_worth_and_a_time_that_opens() {
        // "Zentrix AI has raised" names Zentrix though "AI" is no part of a name; "did not
        // lead" denies the lead; "put about $800 million into the round" is Nvidia's money,
        // not the round's size, and "in the company" is Zentrix, not the investor before it;
        // "The contract ... is worth" is the contract's value, of the contract spoken of
        // last; "In March the company was valued at" dates the valuation; "the Wall Street
        // Journal reported" is a source, no party; "the company supported by Nvidia" is backed
        // by it.
        let text = "Zentrix AI has raised $2 billion in new funding. In March the company was valued at roughly $545 million.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-10-09")), @"
        round_size 2000000000 USD [] Zentrix «$2 billion in new funding»
        valuation_unspecified 545000000 USD [approx,prior] Zentrix «valued at roughly $545 million»
        ");
        let text = "Nvidia says it did not lead Zentrix's round. Nvidia put about $800 million into the round, the largest cheque.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-10-16")), @r#"
        lead_investor "Nvidia" text [denied] Zentrix «Nvidia says it did not lead Zentrix's round»
        deal_total 800000000 USD [approx] Zentrix <- Nvidia «about $800 million into the round»
        "#);
        let text = "Zentrix is paying Vantor $150 million a month for chips. The contract runs through 2029 and is worth about $6.3 billion over its full term. As of March, Zentrix was valued at $25 billion, and Nvidia has invested $800 million in the company.";
        insta::assert_snapshot!(claims_dated(text, Some("2026-04-01")), @"
        contract_value_per_month 150000000 USD [] Vantor–Zentrix «paying Vantor $150 million a month»
        contract_value 6300000000 USD [approx] Vantor–Zentrix «is worth about $6.3 billion»
        valuation_unspecified 25000000000 USD [] Zentrix «valued at $25 billion»
        deal_total 800000000 USD [] Zentrix <- Nvidia «invested $800 million»
        ");
        let text = "Zentrix is negotiating about 25 billion dollars in financing, the Wall Street Journal reported.";
        insta::assert_snapshot!(claims_dated(text, Some("2026-03-26")), @"round_size 25000000000 USD [approx,hedged] Zentrix «about 25 billion dollars in financing»");
        let text = "Zentrix, the open-source AI company supported by Nvidia, is negotiating about 25 billion dollars in financing, the Wall Street Journal reported on Wednesday. Besides Nvidia, which has already invested, the round may draw banks.";
        insta::assert_snapshot!(claims_dated(text, Some("2026-03-26")), @"round_size 25000000000 USD [approx,hedged] Zentrix «about 25 billion dollars in financing»");
    }

    #[test]
    fn a_compute_contracts_rates_sources_income_and_whole_value() {
        // "to secure computing power" and "reserving ~5 GW" buy capacity: the deal is a
        // contract ("GW" is no party); "a $30 billion annual commitment" is a rate; "as
        // detailed in TechCrunch" and "as reported by Bloomberg" are sources; "generates
        // about $10-13 billion annually" and "$317 billion in future contract revenue" are
        // income, no deal's terms; "the total value" a sentence gives no owner for is no
        // valuation.
        let text = "OpenAI has inked a $300 billion deal with Oracle to secure computing power over the next five years, as reported by Bloomberg. This builds on a $30 billion annual commitment revealed in July, as detailed in TechCrunch.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-09-11")), @"
        contract_value 300000000000 USD [] OpenAI–Oracle «$300 billion deal»
        contract_term_years 5 year [] OpenAI–Oracle «over the next five years»
        deal_total_per_year 30000000000 USD [prior] OpenAI <- Oracle «$30 billion annual commitment»
        ");
        let text = "Oracle's $300B, five-year OpenAI deal starts in 2027, reserving ~5 GW of capacity. Reports peg the total value around $300 billion. OpenAI generates about $10-13 billion annually, depending on the report. Oracle will supply 5 GW in a $300 billion deal. Oracle disclosed the business as part of $317 billion in future contract revenue.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-09-15")), @"
        contract_value 300000000000 USD [] OpenAI–Oracle «$300B, five-year OpenAI deal»
        contract_term_years 5 year [] OpenAI–Oracle «five-year»
        compute_capacity_gw 5 GW [approx] OpenAI «~5 GW»
        compute_capacity_gw 5 GW [] OpenAI «5 GW»
        contract_value 300000000000 USD [] OpenAI–Oracle «$300 billion deal»
        ");
    }

    #[test]
    fn what_a_contract_comes_to_on_a_condition_is_its_value() {
        // "The contract runs through 2029 — $6.3 billion if it runs to term": the contract's
        // value (of the contract spoken of last), no contingent tranche; an investment's
        // "if" stays one.
        let text = "Zentrix is paying Vantor $150 million per month for chips.\nThe contract runs through 2029 — $6.3 billion if it runs to term — with a 90-day exit option.\nNvidia will invest $2 billion in Zentrix, and $1 billion more if Zentrix goes public.";
        insta::assert_snapshot!(claims_dated(text, Some("2026-04-01")), @"
        contract_value_per_month 150000000 USD [] Vantor–Zentrix «paying Vantor $150 million per month»
        contract_value 6300000000 USD [] Vantor–Zentrix «$6.3 billion if»
        tranche_initial 2000000000 USD [] Zentrix <- Nvidia «invest $2 billion»
        tranche_contingent 1000000000 USD [] Zentrix <- Nvidia «$1 billion more if»
        ");
    }

    #[test]
    fn what_is_paid_for_a_company_is_its_price_and_a_forecast_is_income() {
        // "paid $3.35 billion for Chronosphere, $500 million ..." is Chronosphere's price in
        // an article about another deal (the list goes on after a comma), and the next item
        // of the list is Protect AI's ("AI" is no part of a name), bought by the list's buyer;
        // not "paid $2 billion for Nvidia chips"; an earnings or revenue forecast is income,
        // no price nor round.
        // Nor is a result per share: "an expected adjusted loss of $0.07 per share", "adjusted
        // EPS of $3.37" (but "paper profits on the $27 billion of debt" leave the debt one).
        let text = "Vantor's results disappointed investors.\nVantor paid $3.35 billion for Chronosphere, $500 million for Protect AI, and more.\nVantor paid $2 billion for Nvidia chips.\nVantor lowered its expected earnings per share for 2026 to $3.65 to $3.70, and its revenue forecast was raised from $10.50 billion to $11.28 billion.\nVantor's outlook included an expected adjusted loss of $0.07 per share, and Corvex expects adjusted EPS of $3.37.\nQuill has made about $2 billion in paper profits on the $27 billion of debt backing Vantor's campus.";
        insta::assert_snapshot!(claims_dated(text, Some("2026-02-18")), @"
        acquisition_price 3350000000 USD [] Chronosphere <- Vantor «paid $3.35 billion»
        acquisition_price 500000000 USD [] Protect <- Vantor «$500 million for»
        debt_financing 27000000000 USD [] Quill «$27 billion of debt»
        ");
    }

    #[test]
    fn an_earlier_round_in_early_2024_and_its_valuation_by_its_label() {
        // "in early 2024" dates the round (and the valuation of the when-clause) to 2024; "its
        // $2.6 billion Series B valuation" is a valuation, no round; "In one scenario" talked
        // of is unconfirmed.
        let text = "Vantor has raised more than $1 billion in its Series C at a post-money valuation of $39 billion.\nWhen Vantor raised its Series B of $675 million in early 2024, it was valued at $2.6 billion.\nThe round is a nearly 15-fold increase from its $2.6 billion Series B valuation last year.\nIn one scenario, Corvex would invest about $95 million.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-09-17")), @r#"
        round_size 1000000000 USD [atleast] Vantor «raised more than $1 billion»
        round_label "Series C" text [] Vantor «Series C»
        valuation_post_money 39000000000 USD [] Vantor «post-money valuation of $39 billion»
        round_size 675000000 USD [prior] Vantor «raised its Series B of $675 million»
        round_label "Series B" text [] Vantor «Series B»
        valuation_unspecified 2600000000 USD [prior] Vantor «valued at $2.6 billion»
        round_label "Series B" text [] Vantor «$2.6 billion Series B»
        valuation_unspecified 2600000000 USD [superseded] Vantor «$2.6 billion Series B valuation»
        deal_total 95000000 USD [approx,hedged] Vantor <- Corvex «invest about $95 million»
        "#);
    }

    #[test]
    fn cash_or_shares_each_holder_elects_is_paid_in_both() {
        // "either $24.00 in cash or 0.1168 shares of Corvex's common stock": an election, the
        // price paid in cash and stock; "$24 in cash" alone is cash.
        let text = "Corvex agreed to buy Vantor. Vantor holders may elect to receive either $24.00 in cash or 0.1168 shares of Corvex's common stock for each share.\nCorvex will pay $24 in cash for each Vantor share.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-05-15")), @r#"
        consideration_type "cash and stock" text [] Vantor <- Corvex «$24.00 in cash»
        price_per_share 24 USD [] Vantor <- Corvex «$24.00 in cash or 0.1168 shares of Corvex's common stock for each share»
        exchange_ratio 0.1168 shares [] Vantor <- Corvex «0.1168 shares of Corvex»
        consideration_type "cash" text [] Vantor <- Corvex «$24 in cash»
        price_per_share 24 USD [] Vantor <- Corvex «$24 in cash»
        "#);
    }

    #[test]
    fn a_ticker_after_a_corporate_suffix_is_the_companys() {
        // "Vantor Software Ltd. (VNTR)": the ticker names Vantor, which is bought, not a
        // party of its own that buys Vantor. (The cash "plus 2.2005 Corvex shares" is the cash
        // part of a price in cash and stock.)
        let text = "Nasdaq lists February 10 as the last trading date for Vantor Software Ltd. (VNTR), and, if the merger closes as planned, VNTR will be halted on the day of closing.\nUnder the deal terms announced by Corvex Networks, each Vantor share is to be converted into the right to receive $45.00 in cash plus 2.2005 Corvex shares.";
        insta::assert_snapshot!(claims_dated(text, Some("2026-02-05")), @r#"
        consideration_type "cash and stock" text [] Vantor Software <- Corvex Networks «$45.00 in cash»
        price_per_share 45 USD [cash part] Vantor Software <- Corvex Networks «$45.00 in cash»
        exchange_ratio 2.2005 shares [] Vantor Software <- Corvex Networks «2.2005 Corvex shares»
        "#);
    }

    #[test]
    fn a_raise_sought_is_hedged_a_plan_is_not() {
        // "is seeking to raise", "is looking to raise": talks, unconfirmed; "plans to raise"
        // is the company's own plan. Each raise is the company's that opens its sentence
        // (the infinitive "to raise" names who raises as "raised" does), and "Vantor, the chip
        // startup," describes Vantor, not the article's main party.
        let text = "Vantor, the chip startup, is seeking to raise $2 billion at a valuation of $20 billion, a filing shows.\nCorvex, the cloud firm, is looking to raise $300 million.\nDelta, the robot maker, plans to raise $4 billion next year.";
        insta::assert_snapshot!(claims_dated(text, Some("2026-03-01")), @"
        round_size 2000000000 USD [hedged] Vantor «raise $2 billion»
        valuation_unspecified 20000000000 USD [hedged] Vantor «valuation of $20 billion»
        round_size 300000000 USD [hedged] Corvex «raise $300 million»
        round_size 4000000000 USD [] Delta «raise $4 billion»
        ");
    }

    #[test]
    fn a_list_of_prices_goes_on_item_by_item() {
        // "$500 million for Protect AI, and $400 million for Koi": each item of the list the
        // first price opens is its company's price, bought by the list's buyer.
        let text = "Vantor Networks paid $3.35 billion for Chronosphere, $500 million for Protect AI, and $400 million for Koi.";
        insta::assert_snapshot!(claims_dated(text, Some("2026-02-18")), @"
        acquisition_price 3350000000 USD [] Chronosphere <- Vantor Networks «paid $3.35 billion»
        acquisition_price 500000000 USD [] Protect <- Vantor Networks «$500 million for»
        acquisition_price 400000000 USD [] Koi <- Vantor Networks «$400 million for»
        ");
    }

    #[test]
    fn a_take_private_by_a_group_of_buyers() {
        // "$210/share" is a price a share; "will come from equity contributions", "will be
        // funded through debt" say how the price is paid; "holds nearly 10% of Corvex" is a
        // stake in Corvex, not in the party named after it; the buyers listed together are
        // each claim's consortium.
        let text = "Corvex Games agreed to a $55 billion acquisition by a consortium led by Qirat Fund, Vantor Capital and Alder Partners, at $210/share. About $36 billion will come from equity contributions by the three. An additional $20 billion will be funded through debt financing from Bramble Bank. The fund already holds nearly 10% of Corvex Games and has made investments in Alder Partners as well as in other gaming companies.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 55000000000 USD [] Corvex Games <- Qirat Fund «$55 billion acquisition»
        lead_investor "Qirat Fund" text [] Corvex Games «led by Qirat Fund»
        lead_investor "Vantor Capital" text [] Corvex Games «led by Qirat Fund, Vantor Capital»
        lead_investor "Alder Partners" text [] Corvex Games «led by Qirat Fund, Vantor Capital and Alder Partners»
        price_per_share 210 USD [] Corvex Games <- Alder Partners «$210/share»
        equity_financing 36000000000 USD [approx] Qirat Fund «About $36 billion will come from equity»
        debt_financing 20000000000 USD [increment] Qirat Fund «$20 billion will be funded through debt»
        stake_percent 10 percent [approx] Corvex Games <- Qirat Fund «holds nearly 10%»
        "#);
        let consortia: Vec<String> = extracted(text)
            .iter()
            .filter_map(|c| {
                c.consortium
                    .as_ref()
                    .map(|g| format!("{} {}", c.attribute, g.join("+")))
            })
            .collect();
        insta::assert_snapshot!(consortia.join("\n"), @"
        acquisition_price Qirat Fund+Vantor Capital+Alder Partners
        price_per_share Qirat Fund+Vantor Capital+Alder Partners
        ");
    }

    #[test]
    fn talks_of_a_deal_and_a_deal_it_surpasses() {
        // "is in advanced talks", "is nearing" hedge their clause (not talks reported after a
        // comma); the price of another company's buyout, which the deal surpasses, is no claim
        // of the deal, and the article's buyer did not pay it.
        let text = "Corvex Games is in advanced talks to go private at a valuation of roughly $50 billion. Qirat Fund is nearing a deal to buy Corvex Games for $50 billion. The price of $40 a share is a 25% premium to Corvex's close, before reports that the two were in advanced talks. The total value of the deal eclipses the $32 billion price paid to take Texas utility Zentrix private in 2007. It tops the 2007 privatization of Zentrix Energy for approximately $45 billion.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-09-26")), @"
        valuation_unspecified 50000000000 USD [approx,hedged] Corvex Games «valuation of roughly $50 billion»
        acquisition_price 50000000000 USD [hedged] Corvex Games <- Qirat Fund «for $50 billion»
        price_per_share 40 USD [] Corvex Games <- Qirat Fund «$40 a share»
        premium_percent 25 percent [] Corvex Games <- Qirat Fund «25% premium»
        acquisition_price 45000000000 USD [approx] Zentrix Energy «for approximately $45 billion»
        ");
    }

    #[test]
    fn talks_that_value_a_company_to_be_taken_private_and_what_closing_needs() {
        // In an article about taking a company private, what the talks value it at is the
        // price talked of; "a $55 billion sale to" is a price; "a vote of Corvex stockholders"
        // and "the approval of regulators and of Corvex's stockholders" are conditions, the
        // latter after "needs the approval".
        let text = "Corvex Games is in talks to be taken private by Qirat Fund. The talks value the publisher at roughly $50 billion.\nCorvex Games agreed to a $55 billion sale to Qirat Fund, subject to a vote of Corvex stockholders. The deal still needs the approval of regulators and of Corvex's stockholders.";
        insta::assert_snapshot!(claims_dated(text, Some("2025-09-29")), @r#"
        acquisition_price 50000000000 USD [approx,hedged] Corvex Games <- Qirat Fund «value the publisher at roughly $50 billion»
        acquisition_price 55000000000 USD [] Corvex Games <- Qirat Fund «$55 billion sale to»
        closing_condition "shareholder approval" text [] Corvex Games <- Qirat Fund «subject to a vote of Corvex stockholders»
        closing_condition "regulatory approval" text [] Corvex Games <- Qirat Fund «The deal still needs the approval of regulators»
        closing_condition "shareholder approval" text [] Corvex Games <- Qirat Fund «The deal still needs the approval of regulators and of Corvex's stockholders»
        "#);
        // A price followed by a condition of closing is the price, not a later tranche; "a
        // sale to" is bought by the party it is sold to, and sold by the party before it,
        // whatever the article's main deal is.
        let text = "Vantor agreed to acquire Zentrix in a $14 billion deal, subject to regulatory approval.\nCorvex Games agreed to a $55 billion sale to Qirat Fund, subject to a vote of Corvex stockholders.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 14000000000 USD [] Zentrix <- Vantor «$14 billion deal»
        closing_condition "regulatory approval" text [] Zentrix <- Vantor «subject to regulatory approval»
        acquisition_price 55000000000 USD [] Corvex Games <- Qirat Fund «$55 billion sale to»
        closing_condition "shareholder approval" text [] Corvex Games <- Qirat Fund «subject to a vote of Corvex stockholders»
        "#);
        // "approval by the shareholders of both companies and by regulators": the second
        // approver nine words on; not one past a comma ("approval by shareholders, though
        // regulators ...").
        let text = "Vantor agreed to acquire Zentrix for $14 billion, subject to approval by the shareholders of both companies and by regulators.\nVantor agreed to acquire Zentrix for $14 billion, subject to approval by shareholders, though regulators have raised no concerns.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 14000000000 USD [] Zentrix <- Vantor «for $14 billion»
        closing_condition "shareholder approval" text [] Zentrix <- Vantor «subject to approval by the shareholders»
        closing_condition "regulatory approval" text [] Zentrix <- Vantor «subject to approval by the shareholders of both companies and by regulators»
        acquisition_price 14000000000 USD [] Zentrix <- Vantor «for $14 billion»
        closing_condition "shareholder approval" text [] Zentrix <- Vantor «subject to approval by shareholders»
        "#);
        // "regulatory and shareholder approvals": both conditions.
        let text = "Vantor agreed to acquire Zentrix for $14 billion, subject to regulatory and shareholder approvals.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 14000000000 USD [] Zentrix <- Vantor «for $14 billion»
        closing_condition "shareholder approval" text [] Zentrix <- Vantor «subject to regulatory and shareholder approvals»
        closing_condition "regulatory approval" text [] Zentrix <- Vantor «subject to regulatory and shareholder approvals»
        "#);
    }

    #[test]
    fn the_first_step_of_a_two_step_deal_its_holder_s_stake_and_the_buyer_s_worth() {
        // "Initially, ... will pay" opens the first of steps to come, no earlier figure, and
        // names no party; "National Halden" is one name, bought for the price after "for";
        // "which controls 77% of the voting shares of Vantor" is the antecedent's stake in
        // the shares' company (not the owner's named after the comma); the transaction that
        // "values Corvex", the buyer, gives its worth, not a price; "in cash or stock" is
        // paid in both.
        let text = "Corvex and Vantor agreed to merge in a two-step deal. Initially, Corvex will pay $2.4 billion for National Halden, which controls 77% of the voting shares of Vantor, and is owned by Alder Holdings. This transaction values Corvex at $4.75 billion. Corvex will then acquire Vantor, offering $4.5 billion in cash or stock to its shareholders. Qirat Fund, which owns 12% of the voting shares of Vantor, is owned by Bram Capital.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 2400000000 USD [] National Halden <- Corvex «pay $2.4 billion»
        stake_percent 77 percent [] Vantor <- National Halden «77% of the voting shares of Vantor»
        valuation_unspecified 4750000000 USD [] Corvex «values Corvex at $4.75 billion»
        consideration_type "cash and stock" text [] Vantor <- Corvex «$4.5 billion in cash or stock»
        stake_percent 12 percent [] Vantor <- Qirat Fund «12% of the voting shares of Vantor»
        "#);
    }

    #[test]
    fn a_merger_between_two_named_companies_and_sums_of_no_deal() {
        // The price and form of "the merger between Vantor and Corvex Media" are theirs, not
        // the article's first purchase's; "marks a significant milestone" sets no condition;
        // the worth of "the combined company" is keyed by the article's deal (its first
        // purchase's parties here: an article of two steps keys it by the one it names
        // first), not a valuation of a party; a company "led by
        // Corvex CEO Ada Quill" has no lead investor; what a lawsuit seeks or a settlement
        // pays is no term of the deal.
        let text = "Corvex Media will first buy National Halden, the holder of most of Vantor's votes, for $2 billion. Regulators approved the $8 billion merger between Vantor and Corvex Media on Thursday. The approval marks a significant milestone in a complex transaction. The combined company, valued at about $28 billion, will be led by Corvex CEO Ada Quill. Vantor settled a $16 million lawsuit tied to a broadcast, and it agreed to pay Bram Stoke $16 million to settle his claims. The deal was an all-stock merger between Vantor and Corvex Media.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 2000000000 USD [] National Halden <- Corvex Media «for $2 billion»
        acquisition_price 8000000000 USD [] Vantor <- Corvex Media «$8 billion merger»
        combined_value 28000000000 USD [approx] National Halden <- Corvex Media «valued at about $28 billion»
        consideration_type "stock" text [] Vantor <- Corvex Media «all-stock»
        "#);
    }

    #[test]
    fn a_time_word_of_a_clause_with_its_own_subject_dates_that_clause() {
        // "after Signal Wire previously reported the talks": the report is earlier, not the
        // price before it.
        // (A short form in parentheses after the company bought is its own: "to buy Quill
        // Forge (QF)." is the price of Quill Forge.)
        let text = "Corvex and Vantor agreed to merge. Corvex would pay $1.75 billion to buy Halden after Signal Wire previously reported the talks. Vantor would pay $900 million to buy Quill Forge (QF).";
        insta::assert_snapshot!(claims_of(text), @"
        acquisition_price 1750000000 USD [] Halden <- Corvex «pay $1.75 billion»
        acquisition_price 900000000 USD [] Quill Forge <- Vantor «pay $900 million»
        ");
    }

    #[test]
    fn a_holding_company_s_price_and_the_terms_of_the_company_it_controls() {
        // The holding company bought is named in its price's sentence; the terms with no
        // company named are the controlled company's (the article's target), and neither the
        // holding company nor the company it controls buys; a price "according to people
        // briefed" is still the company's; earlier reports "put that price" at the price
        // named before, replaced; "of fresh capital" in an acquisition is money put in; "the
        // merger with Vantor, valued at" is its price; "complete the merger on" dates the close.
        let text = "Corvex would pay $1.75 billion for Halden Holdings, according to people briefed on the terms, after earlier reports had put that price at $2 billion. Corvex will first acquire Halden Holdings, which controls 77% of the voting shares of Vantor, for $2.4 billion. Class A holders other than Halden Holdings will get $23 a share. Corvex will add $1.5 billion of fresh capital to Vantor's balance sheet. The Corvex merger with Vantor, valued at about $8 billion, needs regulatory approval. Later, Corvex investors bought Halden Holdings, Vantor's controlling shareholder, for about $2.4 billion. The companies expect to complete the merger on Aug. 7.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 1750000000 USD [hedged,revised] Halden Holdings <- Corvex «pay $1.75 billion»
        acquisition_price 2000000000 USD [hedged,superseded] Halden Holdings <- Corvex «at $2 billion»
        stake_percent 77 percent [] Vantor <- Halden Holdings «77% of the voting shares of Vantor»
        acquisition_price 2400000000 USD [] Halden Holdings <- Corvex «for $2.4 billion»
        price_per_share 23 USD [] Vantor <- Corvex «$23 a share»
        deal_total 1500000000 USD [] Vantor <- Corvex «$1.5 billion of fresh capital»
        closing_condition "regulatory approval" text [] Vantor <- Corvex «with Vantor, valued at about $8 billion, needs regulatory approval»
        acquisition_price 8000000000 USD [approx] Vantor <- Corvex «valued at about $8 billion»
        acquisition_price 2400000000 USD [approx] Halden Holdings <- Corvex «for about $2.4 billion»
        expected_close "--08-07" date [] Vantor <- Corvex «complete the merger on Aug. 7»
        "#);
    }

    #[test]
    fn a_valuation_that_rose_to_a_figure_and_times_that_are_no_deadline_or_earlier_figure() {
        // "its valuation soar to", "valuation had surged to" give the valuation; "By November
        // 2025," opening a sentence tells what stood by then, no deadline; "co-founded just
        // three years earlier, had raised" dates the founding, not an earlier round; the
        // figure a valuation "jumped from" is the earlier one, and the one it went "to" a
        // valuation too (not the round named between them).
        let text = "Vantor has seen its valuation soar to $29.3 billion. Vantor raised $900 million in a funding round in June. By November 2025, Vantor's valuation had surged to $30 billion. Vantor, the editor that Ada Quill had co-founded just three years earlier, had raised $2.3 billion in its latest funding round. Vantor's valuation jumped from $9.9 billion at the end of the previous funding round in June to $29.3 billion.";
        insta::assert_snapshot!(claims_of(text), @"
        valuation_unspecified 29300000000 USD [] Vantor «valuation soar to $29.3 billion»
        round_size 900000000 USD [] Vantor «$900 million in a funding round»
        valuation_unspecified 30000000000 USD [] Vantor «valuation had surged to $30 billion»
        round_size 2300000000 USD [] Vantor «$2.3 billion in its latest funding round»
        valuation_unspecified 9900000000 USD [superseded] Vantor «valuation jumped from $9.9 billion»
        valuation_unspecified 29300000000 USD [] Vantor «to $29.3 billion»
        ");
    }

    #[test]
    fn a_round_co_led_by_two_firms_and_its_size_before_its_series() {
        // "co-led by Halden Ventures and Quill Capital" in a sentence of a round names the
        // investors (the company before it raises) and its leads; "$60 million in Series A
        // financing" is the round.
        let text = "A report this month describes Vantor, maker of Zapdesk, as a two-year-old company closing more than $60 million in Series A financing at a $400 million post-money valuation, co-led by Halden Ventures and Quill Capital.";
        insta::assert_snapshot!(claims_of(text), @r#"
        round_size 60000000 USD [atleast] Vantor «more than $60 million in Series»
        round_label "Series A" text [] Vantor «Series A financing»
        valuation_post_money 400000000 USD [] Vantor «$400 million post-money»
        lead_investor "Halden Ventures" text [] Vantor «co-led by Halden Ventures»
        lead_investor "Quill Capital" text [] Vantor «co-led by Halden Ventures and Quill Capital»
        "#);
    }

    #[test]
    fn a_city_that_begins_the_buyer_s_name_and_two_purchases_in_one_sentence() {
        // "Menlo Park Systems" written after as "Menlo Park" is the company (not after "in":
        // there it is the place); in "the $25 billion acquisition of ... Corvex, ..., and the
        // $3 billion acquisition of ... Kestrel" the company bought in the first purchase is
        // not the buyer in the second, nor in the first.
        let text = "Menlo Park Systems cut its forecast on Wednesday, a week after it closed its purchase of Corvex. Menlo Park typically bought startups for a few hundred million dollars, and hired in Menlo Park. That model changed with the $25 billion acquisition of Israeli software company Corvex, completed last week, and the $3 billion acquisition of U.S.-based Kestrel earlier last year. Menlo Park is adding about 4,000 employees, most of them from Corvex.";
        insta::assert_snapshot!(claims_of(text), @"
        acquisition_price 25000000000 USD [] Corvex <- Menlo Park Systems «$25 billion acquisition»
        acquisition_price 3000000000 USD [prior] Kestrel «$3 billion acquisition»
        ");
    }

    #[test]
    fn a_share_s_par_value_a_share_of_revenue_and_words_of_accounts() {
        // "par value $0.0001 per share" is no price; "38.6% of FY25 revenue" and "40% of
        // Corvex revenue" no stake, and "FY25", "Q4", "YoY", "non-GAAP" name no party.
        let text = "Vantor agreed to buy Corvex. Each ordinary share of Corvex, par value NIS 0.01 per share, will be converted into 2.2 shares of common stock, par value $0.0001 per share, of Vantor and $45.00 in cash. Vantor reported Q4 FY25 revenue of $2.54 billion (+16% YoY), non-GAAP EPS of $0.95 (+27% YoY) and free cash flow of $3.1 billion (38.6% of FY25 revenue). Vantor is buying Corvex for its cloud unit, which made 40% of Corvex revenue.";
        insta::assert_snapshot!(claims_of(text), @r#"
        consideration_type "cash and stock" text [] Corvex <- Vantor «$45.00 in cash»
        percentage 16 percent [] Vantor «16%»
        percentage 27 percent [] Vantor «27%»
        percentage 38.6 percent [] Vantor «38.6%»
        percentage 40 percent [] Corvex «40%»
        "#);
    }

    #[test]
    fn an_exchange_ratio_is_the_buyer_s_shares_for_each_of_the_target_s() {
        // A count of the buyer's shares joined to cash, or for each of the target's shares,
        // or named an exchange ratio, is one ("0.14625", ".15 of a share", "one"; not the
        // "One" of "Capital One"), a qualifier before it read; shares
        // issued by the billion, a price a share, the target's own shares kept and shares
        // given for no share of the target are none.
        let text = "Vantor agreed to buy Corvex. Corvex holders will receive $3.50 per share in cash and 0.14625 shares of Vantor for each Corvex share. Another outlet said holders get .15 of a share of Vantor plus cash. A third wrote one Vantor common share and $88.82 in cash. The exchange ratio of 1.0250 was fixed. Later terms gave 0.5 Vantor shares for every Corvex share. A fifth wrote 1.02 Vantor shares per Corvex share. In a sixth, each Corvex share will be exchanged for 1.03 shares of Vantor. A seventh gave holders 1.04 Vantor shares for each of their shares. An eighth wrote 1.0192 Capital One shares for each Corvex share. A ninth said holders get a little over one share of Vantor for every Corvex share. Vantor will issue 1.1 billion new shares and pay cash for the rest, or $21.01 a share. Some Corvex holders may instead keep one Corvex share for each share they own. Vantor staff got 3 Vantor shares in a bonus last year.";
        insta::assert_snapshot!(claims_of(text), @r#"
        price_per_share 3.5 USD [cash part] Corvex <- Vantor «$3.50 per share»
        consideration_type "cash and stock" text [] Corvex <- Vantor «$3.50 per share in cash»
        exchange_ratio 0.14625 shares [] Corvex <- Vantor «0.14625 shares of Vantor»
        exchange_ratio 0.15 shares [] Corvex <- Vantor «.15 of a share of Vantor»
        exchange_ratio 1 shares [] Corvex <- Vantor «one Vantor common share»
        consideration_type "cash and stock" text [] Corvex <- Vantor «$88.82 in cash»
        exchange_ratio 1.025 shares [] Corvex <- Vantor «exchange ratio of 1.0250»
        exchange_ratio 0.5 shares [] Corvex <- Vantor «0.5 Vantor shares»
        exchange_ratio 1.02 shares [] Corvex <- Vantor «1.02 Vantor shares»
        exchange_ratio 1.03 shares [] Corvex <- Vantor «1.03 shares of Vantor»
        exchange_ratio 1.04 shares [] Corvex <- Vantor «1.04 Vantor shares»
        exchange_ratio 1.0192 shares [] Corvex <- Capital One «1.0192 Capital One shares»
        exchange_ratio 1 shares [approx] Corvex <- Vantor «a little over one share of Vantor»
        price_per_share 21.01 USD [] Corvex <- Vantor «$21.01 a share»
        "#);
    }

    #[test]
    fn a_purchase_of_a_company_s_shares_is_no_price_of_the_company() {
        // In an article about Vantor buying Corvex, a purchase of Vantor's shares is money put
        // in Vantor, not a price paid for it; nor does it make Vantor the company bought.
        let text = "Vantor agreed to acquire Corvex in a deal valued at $53 billion. Corvex holders will receive 1.0250 shares of Vantor for each Corvex share. Earlier this month, a senator disclosed the $15,000 - $50,000 purchase of Vantor shares. A second lawmaker disclosed a purchase of Vantor shares worth $1,000 to $15,000.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 53000000000 USD [] Corvex <- Vantor «deal valued at $53 billion»
        exchange_ratio 1.025 shares [] Corvex <- Vantor «1.0250 shares of Vantor»
        investor_amount 15000 USD [range] Vantor «$15,000 - $50,000 purchase»
        investment_form "equity" text [] Vantor «$15,000 - $50,000 purchase of Vantor shares»
        "#);
    }

    #[test]
    fn sellers_listed_after_from_do_not_pay() {
        // "to acquire Corvex from Halden Group, Inc., Quill LLC, Alder Partners and others for
        // $52.7 billion": the sellers listed after "from" are not the buyer.
        let text = "Vantor entered into an agreement to acquire Corvex from Halden Group, Inc., Quill LLC, Alder Partners and others for $52.7 billion on October 22, 2023.";
        insta::assert_snapshot!(claims_of(text), @"acquisition_price 52700000000 USD [] Corvex <- Vantor «for $52.7 billion»");
    }

    #[test]
    fn a_merger_with_the_buyer_and_a_headline_before_an_outlet_s_label() {
        // A headline whose next line opens with the outlet's "(Wirenews) -" names no
        // "Proposed" or "Merger" (no ticker follows the headline's last word); "the proposed
        // merger with Corvex", Corvex the article's buyer, merges Vantor, the target.
        let text = "Vantor Holders Approve $53 Bln Proposed Merger With Corvex\n\n(Wirenews) - Vantor Corp. (VNT) said that it has received approval from its holders for the proposed merger with Corvex Corporation.\nIn October 2023, Corvex agreed to acquire all of the outstanding shares of Vantor in an all-stock deal valued at $53 billion.";
        insta::assert_snapshot!(claims_of(text), @r#"
        acquisition_price 53000000000 USD [] Vantor <- Corvex «$53 Bln Proposed Merger»
        consideration_type "stock" text [] Vantor <- Corvex «all-stock»
        acquisition_price 53000000000 USD [] Vantor <- Corvex «deal valued at $53 billion»
        "#);
    }

    #[test]
    fn a_total_with_debt_a_day_s_worth_of_shares_and_an_older_deal_compared() {
        // "including net debt, is $64.5 billion" and "value, including debt, is about" are the
        // enterprise value, not the debt or a valuation; "its closing value of" and "stock
        // had a $50.1 billion valuation" what the shares were worth on a day; "Permian Shale
        // giant Corvex" describes Corvex; "Vantor Delta", written twice, is one buyer though
        // "Vantor" and "Delta" are named alone too; "its largest buyout since acquiring
        // Delta" compares with another deal, whose company is not this one's target.
        let text = "Vantor Delta will buy Permian Shale giant Corvex Resources (CRX) for $59.5 billion. The total enterprise value, including net debt, is $64.5 billion. The transaction's value, including debt, is about 64.5 billion dollars, making it Vantor Delta's largest buyout since acquiring Delta two decades ago. The deal values Corvex at an almost 7% premium to its closing value of about $55.4 billion Tuesday. Last Thursday, CRX stock had a $50.1 billion valuation. Vantor purchased Kestrel in 2009 for approximately 36 billion dollars.";
        insta::assert_snapshot!(claims_of(text), @"
        acquisition_price 59500000000 USD [] Corvex Resources <- Vantor Delta «for $59.5 billion»
        enterprise_value 64500000000 USD [] Corvex Resources <- Vantor Delta «including net debt, is $64.5 billion»
        enterprise_value 64500000000 USD [approx] Corvex Resources <- Vantor Delta «including debt, is about 64.5 billion dollars»
        premium_percent 7 percent [approx] Corvex Resources <- Vantor Delta «almost 7% premium»
        market_value 55400000000 USD [approx] Corvex Resources «closing value of about $55.4 billion»
        market_value 50100000000 USD [] Corvex Resources «stock had a $50.1 billion»
        acquisition_price 36000000000 USD [approx] Kestrel <- Vantor Delta «for approximately 36 billion dollars»
        ");
    }
}
