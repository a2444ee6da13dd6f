//! Shared primitives: byte spans into an article's extracted text, and stable hashing.
//!
//! Every stage that points into article text does so with a [`Span`] of byte offsets into
//! `Article::text`; a span always starts and ends on a `char` boundary.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` in an article's extracted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "[usize; 2]", from = "[usize; 2]")]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// Builds a span; `start` must not exceed `end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Self { start, end }
    }

    /// Returns the smallest span covering both.
    pub fn union(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Tells whether `other` lies inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Returns the length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Tells whether the span is empty.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The part of this span inside `other` (a run that meets a sentence, cut to it).
    #[inline]
    pub fn cut_to(self, other: Span) -> Span {
        Span::new(self.start.max(other.start), self.end.min(other.end))
    }

    /// Returns the text the span covers.
    pub fn slice(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

impl From<Span> for [usize; 2] {
    fn from(s: Span) -> Self {
        [s.start, s.end]
    }
}

impl From<[usize; 2]> for Span {
    fn from(a: [usize; 2]) -> Self {
        Span::new(a[0].min(a[1]), a[1].max(a[0]))
    }
}

/// Hashes bytes with 64-bit FNV-1a: stable across runs, platforms and releases.
pub fn stable_hash(parts: &[&[u8]]) -> u64 {
    use std::hash::Hasher;
    let mut h = Fnv::default();
    for part in parts {
        h.write(part);
        // Separator so that ("ab", "c") and ("a", "bc") differ.
        h.write(&[0xff]);
    }
    h.finish()
}

/// FNV-1a as a [`std::hash::Hasher`], for [`stable_hash`]. (In-memory maps and sets of words
/// use rustc-hash's Fx hasher: it reads a word 8 bytes at a time where FNV reads a byte, and
/// SipHash's protection against chosen keys costs more than the lookup itself.)
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Whether `s` opens with a year: four digits, no letter or digit right after ("2024, the",
/// "2019." ; not "20245" or "2024s").
pub fn starts_with_year(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 4
        && b[..4].iter().all(u8::is_ascii_digit)
        && !b.get(4).is_some_and(u8::is_ascii_alphanumeric)
}

/// The char that starts at byte `at` of `s` (a char boundary): the tokenisers read text by
/// byte positions, decoding only the bytes of non-ASCII chars.
#[inline]
pub fn char_at(s: &str, at: usize) -> char {
    let b = s.as_bytes()[at];
    if b < 0x80 {
        char::from(b)
    } else {
        s[at..]
            .chars()
            .next()
            .unwrap_or(char::REPLACEMENT_CHARACTER)
    }
}

/// The char that ends right before byte `at` of `s` (a char boundary after the first).
#[inline]
pub fn char_before(s: &str, at: usize) -> char {
    let b = s.as_bytes()[at - 1];
    if b < 0x80 {
        char::from(b)
    } else {
        s[..at]
            .chars()
            .next_back()
            .unwrap_or(char::REPLACEMENT_CHARACTER)
    }
}

/// For the tokenisers' tests: a regex of text made of the characters their rules look at
/// (letters of any case, digits, dots, dashes, "&", straight and curly apostrophes, quotes),
/// ASCII and not (accents, Cyrillic, CJK, a combining mark).
#[cfg(test)]
pub const TOKENISER_TEST_TEXT: &str = "[aS U.s&'\"’\\-é1Ü ДЖ中\u{0301}. ]{0,40}";

/// `w` lower-cased (as `str::to_lowercase`), borrowed when it already is (ASCII without
/// capitals: most words of a text), so that reading a word costs no allocation.
pub fn lower_case(w: &str) -> std::borrow::Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return std::borrow::Cow::Borrowed(w);
    }
    if w.is_ascii() {
        return std::borrow::Cow::Owned(w.to_ascii_lowercase());
    }
    // Char by char, as `str::to_lowercase` does, but for a final sigma (which depends on the
    // letters around it) and the chars lower-cased into several chars, which are left to it.
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        match lower_char(c) {
            Some(l) => out.push(l),
            None => return std::borrow::Cow::Owned(w.to_lowercase()),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The lower case of `c` when it is one char and does not depend on the letters around it
/// (every char but "Σ", and those std lower-cases into several): from the table for the chars
/// of news text, from std past it.
#[inline]
fn lower_char(c: char) -> Option<char> {
    if c == 'Σ' {
        return None;
    }
    match CHARS.get(c as usize) {
        Some(&(_, l)) => char::from_u32(u32::from(l)).filter(|_| l != 0),
        None if caseless_letter(c) => Some(c),
        None => {
            let mut l = c.to_lowercase();
            l.next().filter(|_| l.next().is_none())
        }
    }
}

/// A text read once for what every tokeniser asks of it: its lower case, char by char and
/// byte for byte in step with it, so that the lower case of any word of it is a slice at the
/// word's own span ([`Lowered::of`]); and its runs of letters and digits, from which the
/// parties' and the cue words' tokenisers build their words ([`Lowered::runs_in`]). (Each of
/// the three tokenisers walked the text char by char and lower-cased every word, allocating for
/// each capitalised one.)
///
/// A char whose lower case is not one char of the same length ("İ", "Ⱥ"), or depends on the
/// letters around it (a final "Σ"), stays as it is and is noted: a word that holds one is
/// lower-cased by [`lower_case`], so that [`Lowered::of`] is always `str::to_lowercase`.
pub struct Lowered<'a> {
    text: &'a str,
    lower: String,
    /// Byte positions of the chars left as they are, in order.
    irregular: Vec<usize>,
    /// The maximal runs of alphanumeric chars ([`is_alphanumeric`]), in order.
    runs: Vec<Span>,
}

impl<'a> Lowered<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        // ASCII at once; the other chars are lower-cased below, one by one.
        let mut lower = text.to_ascii_lowercase();
        let mut irregular = Vec::new();
        // About one run in five or six bytes of English: reserved once rather than grown.
        let mut runs = Vec::with_capacity(bytes.len() / 4 + 1);
        // The runs are found 64 bytes at a time: a bit per byte, set on the bytes of
        // alphanumeric chars; a run starts or ends where a bit differs from the one before.
        let mut open: Option<usize> = None;
        let mut before = 0u64; // the last bit of the block before
        let mut spill = 0u64; // the bits of a char that began in the block before
        for (k, block) in bytes.chunks(64).enumerate() {
            let base = k * 64;
            let mut bits = spill;
            let mut high = 0u8;
            if let Ok(words) = <&[u8; 64]>::try_from(block) {
                // A whole block: eight bytes at a time ([`ascii_alphanumeric_bits`]).
                let mut any = 0u64;
                for (w, eight) in words.chunks_exact(8).enumerate() {
                    let x = u64::from_le_bytes(eight.try_into().unwrap_or_default());
                    bits |= ascii_alphanumeric_bits(x) << (8 * w);
                    any |= x;
                }
                high = if any & HIGH_BITS != 0 { 0x80 } else { 0 };
            } else {
                for (j, &b) in block.iter().enumerate() {
                    bits |= u64::from(ASCII_ALPHANUMERIC[usize::from(b)]) << j;
                    high |= b;
                }
            }
            spill = 0;
            if high >= 0x80 {
                // The first bytes of the block's other chars (0xC0 and above: both top bits
                // set), a bit each, eight bytes at a time: only those bytes are read.
                let mut leads = 0u64;
                for (w, eight) in block.chunks(8).enumerate() {
                    let mut padded = [0u8; 8];
                    padded[..eight.len()].copy_from_slice(eight);
                    let x = u64::from_le_bytes(padded);
                    let tops = x & (x << 1) & HIGH_BITS;
                    leads |= ((tops >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) << (8 * w);
                }
                while leads != 0 {
                    let j = leads.trailing_zeros() as usize;
                    leads &= leads - 1;
                    let i = base + j;
                    let c = char_at(text, i);
                    let n = c.len_utf8();
                    match lower_char(c) {
                        Some(l) if l == c => {}
                        Some(l) if l.len_utf8() == n => {
                            lower.replace_range(i..i + n, l.encode_utf8(&mut [0; 4]));
                        }
                        _ => irregular.push(i),
                    }
                    if is_alphanumeric(c) {
                        let char_bits = ((1u128 << n) - 1) << j;
                        bits |= char_bits as u64;
                        spill = (char_bits >> 64) as u64;
                    }
                }
            }
            // Past the end of a short last block the bits are clear: a run there ends.
            let mut changes = bits ^ ((bits << 1) | before);
            before = bits >> 63;
            while changes != 0 {
                let at = base + changes.trailing_zeros() as usize;
                match open.take() {
                    None => open = Some(at),
                    Some(start) => runs.push(Span::new(start, at)),
                }
                changes &= changes - 1;
            }
        }
        if let Some(start) = open {
            runs.push(Span::new(start, bytes.len()));
        }
        Lowered {
            text,
            lower,
            irregular,
            runs,
        }
    }

    /// The runs of letters and digits of `text[span]`, in order, those at its ends cut there
    /// (an exact-size iterator: a tokeniser reserves its words at once).
    pub fn runs_in(&self, span: Span) -> impl ExactSizeIterator<Item = Span> + '_ {
        let first = self.runs.partition_point(|r| r.end <= span.start);
        // (A run that a span crosses is cut to a run of at least one char, unless the span is
        // empty.)
        let end = if span.is_empty() {
            first
        } else {
            first + self.runs[first..].partition_point(|r| r.start < span.end)
        };
        cut_to(&self.runs[first..end], span)
    }

    /// How many runs of letters and digits the text has (a tokeniser's words are at most as
    /// many).
    pub fn run_count(&self) -> usize {
        self.runs.len()
    }

    /// A reader of [`Lowered::runs_in`] for spans taken in text order (an article's
    /// sentences), which moves on from the last span's runs instead of searching for each.
    pub fn run_cursor(&self) -> RunCursor<'_> {
        RunCursor {
            runs: &self.runs,
            at: 0,
        }
    }

    /// The text lower-cased, at the same byte offsets (see [`Lowered`]).
    pub fn lower_text(&self) -> &str {
        &self.lower
    }

    /// The text it was made from.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The lower case of `text[span]` (as `str::to_lowercase`): a slice of the lowered text,
    /// unless the span holds a char that was left as it was.
    #[inline(always)]
    pub fn of(&self, span: Span) -> std::borrow::Cow<'_, str> {
        let holds_irregular = !self.irregular.is_empty() && {
            let k = self.irregular.partition_point(|&p| p < span.start);
            self.irregular.get(k).is_some_and(|&p| p < span.end)
        };
        if holds_irregular {
            lower_case(span.slice(self.text))
        } else {
            std::borrow::Cow::Borrowed(span.slice(&self.lower))
        }
    }
}

/// See [`Lowered::run_cursor`].
pub struct RunCursor<'l> {
    runs: &'l [Span],
    /// The first run that may end after the start of the next span.
    at: usize,
}

impl<'l> RunCursor<'l> {
    /// [`Lowered::runs_in`]`(span)`: the same runs, cut the same way. A span that starts
    /// before a run already passed is searched for, so any order gives the right runs; text
    /// order gives them in time linear in the runs.
    pub fn runs_in(&mut self, span: Span) -> impl ExactSizeIterator<Item = Span> + 'l {
        cut_to(self.meeting(span), span)
    }

    /// The runs that meet `span`, not cut to it: [`RunCursor::runs_in`] is these with the
    /// first and the last cut to the span ([`Span::cut_to`]).
    pub fn meeting(&mut self, span: Span) -> &'l [Span] {
        if self.at > 0 && self.runs[self.at - 1].end > span.start {
            self.at = self.runs.partition_point(|r| r.end <= span.start);
        }
        while self.at < self.runs.len() && self.runs[self.at].end <= span.start {
            self.at += 1;
        }
        let first = self.at;
        let mut end = first;
        if !span.is_empty() {
            while end < self.runs.len() && self.runs[end].start < span.end {
                end += 1;
            }
        }
        &self.runs[first..end]
    }
}

/// `runs` (those that meet `span`) cut to `span`.
fn cut_to(runs: &[Span], span: Span) -> impl ExactSizeIterator<Item = Span> + '_ {
    runs.iter().map(move |r| r.cut_to(span))
}

/// The top bit of each byte of a `u64`.
pub const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

const ONES: u64 = 0x0101_0101_0101_0101;

/// The top bit of each byte of `v` whose low seven bits are at least `lo` (the top bits of `v`
/// clear): with the top bit set in each byte first, no subtraction borrows from the next byte.
fn bytes_at_least(v: u64, lo: u8) -> u64 {
    ((v | HIGH_BITS) - ONES * u64::from(lo)) & HIGH_BITS
}

/// The top bit of each byte of `v` whose low seven bits are at most `hi` (see
/// [`bytes_at_least`]).
fn bytes_at_most(v: u64, hi: u8) -> u64 {
    (((ONES * u64::from(hi)) | HIGH_BITS) - v) & HIGH_BITS
}

/// The top bit of each byte of `x` that is an ASCII digit.
fn digit_tops(x: u64) -> u64 {
    let low = x & !HIGH_BITS;
    bytes_at_least(low, b'0') & bytes_at_most(low, b'9') & !x & HIGH_BITS
}

/// The [`ASCII_ALPHANUMERIC`] bits of the eight bytes of `x` (little-endian: bit `j` for byte
/// `j`), found for the eight at once: each byte's low seven bits are compared with the bounds
/// of the digits and (folded to lower case) of the letters; a byte whose own top bit is set is
/// no ASCII char.
fn ascii_alphanumeric_bits(x: u64) -> u64 {
    let folded = (x & !HIGH_BITS) | (ONES * 0x20);
    let letter = bytes_at_least(folded, b'a') & bytes_at_most(folded, b'z') & !x & HIGH_BITS;
    let tops = digit_tops(x) | letter;
    // The top bit of byte j (bit 8j + 7) to bit j: the multiplier's terms land each at a bit
    // of its own in the top byte, with no carry between them.
    ((tops >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Whether `run` of `text`, a run of letters and digits ([`Lowered::runs_in`]), is ASCII
/// letters only: no byte of another char and no digit, told eight bytes at a time.
pub fn ascii_letters_only(text: &str, run: Span) -> bool {
    // A run of up to eight bytes (most words) is read with one load, the bytes past it masked.
    if run.len() <= 8
        && let Some(eight) = text.as_bytes().get(run.start..run.start + 8)
    {
        let x = u64::from_le_bytes(eight.try_into().unwrap_or_default())
            & (u64::MAX >> (64 - 8 * run.len().max(1)));
        return !run.is_empty() && x & HIGH_BITS == 0 && digit_tops(x) == 0;
    }
    let bytes = &text.as_bytes()[run.start..run.end];
    let mut eights = bytes.chunks_exact(8);
    for eight in &mut eights {
        let x = u64::from_le_bytes(eight.try_into().unwrap_or_default());
        if x & HIGH_BITS != 0 || digit_tops(x) != 0 {
            return false;
        }
    }
    eights.remainder().iter().all(u8::is_ascii_alphabetic)
}

/// Whether `bytes` hold an ASCII digit, looked for eight bytes at a time.
pub fn has_ascii_digit(bytes: &[u8]) -> bool {
    let mut eights = bytes.chunks_exact(8);
    for eight in &mut eights {
        if digit_tops(u64::from_le_bytes(eight.try_into().unwrap_or_default())) != 0 {
            return true;
        }
    }
    eights.remainder().iter().any(u8::is_ascii_digit)
}

/// 1 for the bytes of ASCII letters and digits, 0 for the others.
static ASCII_ALPHANUMERIC: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() as u8;
        b += 1;
    }
    t
};

/// The chars a table answers for: Latin, Greek, Cyrillic, ... up to the CJK symbols (what news
/// text is made of, curly quotes and dashes included); the others are asked of std.
const TABLE_CHARS: usize = 0x3100;

/// Blocks past [`TABLE_CHARS`] whose every char is a letter without case (of the class
/// [`ALPHABETIC`] alone, and its own lower case): CJK ideographs and Hangul syllables, most
/// chars of Chinese, Japanese and Korean text, which std finds by a search of its tables
/// (700 instructions a char).
const CASELESS_LETTERS: [(u32, u32); 3] = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3)];

fn caseless_letter(c: char) -> bool {
    CASELESS_LETTERS
        .iter()
        .any(|&(first, last)| (first..=last).contains(&u32::from(c)))
}

const ALPHABETIC: u8 = 1;
const NUMERIC: u8 = 2;
const LOWERCASE: u8 = 4;
const UPPERCASE: u8 = 8;

/// For each char below [`TABLE_CHARS`]: its classes as std gives them, and its lower case when
/// std makes it one char below 65,536 (0 otherwise). Std's own lookups search Unicode's
/// tables for every char outside ASCII: the tokenisers ask them of every char of a word.
static CHARS: std::sync::LazyLock<Vec<(u8, u16)>> = std::sync::LazyLock::new(|| {
    (0..TABLE_CHARS as u32)
        .map(|i| {
            let Some(c) = char::from_u32(i) else {
                return (0, 0);
            };
            let bit = |has: bool, bit: u8| if has { bit } else { 0 };
            let class = bit(c.is_alphabetic(), ALPHABETIC)
                | bit(c.is_numeric(), NUMERIC)
                | bit(c.is_lowercase(), LOWERCASE)
                | bit(c.is_uppercase(), UPPERCASE);
            let mut lower = c.to_lowercase();
            let one = match (lower.next(), lower.next()) {
                (Some(l), None) => u16::try_from(u32::from(l)).unwrap_or(0),
                _ => 0,
            };
            (class, one)
        })
        .collect()
});

/// A char class: ASCII by `ascii`, the chars of the table from it, the others by `std`.
#[inline]
fn class(c: char, ascii: fn(&char) -> bool, std: fn(char) -> bool, bits: u8) -> bool {
    if c.is_ascii() {
        return ascii(&c);
    }
    match CHARS.get(c as usize) {
        Some(&(k, _)) => k & bits != 0,
        None if caseless_letter(c) => ALPHABETIC & bits != 0,
        None => std(c),
    }
}

/// `char::is_alphanumeric`, from a table for the chars of news text.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    let bits = ALPHABETIC | NUMERIC;
    class(c, char::is_ascii_alphanumeric, char::is_alphanumeric, bits)
}

/// `char::is_alphabetic`, from a table for the chars of news text.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    class(
        c,
        char::is_ascii_alphabetic,
        char::is_alphabetic,
        ALPHABETIC,
    )
}

/// `char::is_lowercase`, from a table for the chars of news text.
#[inline]
pub fn is_lowercase(c: char) -> bool {
    class(c, char::is_ascii_lowercase, char::is_lowercase, LOWERCASE)
}

/// `char::is_uppercase`, from a table for the chars of news text.
#[inline]
pub fn is_uppercase(c: char) -> bool {
    class(c, char::is_ascii_uppercase, char::is_uppercase, UPPERCASE)
}

/// A hash map keyed by short words.
pub type WordMap<K, V> = std::collections::HashMap<K, V, rustc_hash::FxBuildHasher>;
/// A hash set of short words.
pub type WordSet<K> = std::collections::HashSet<K, rustc_hash::FxBuildHasher>;

/// A map from the words of fixed tables to values, for the lookups made at nearly every word
/// of a text. A word of up to eight bytes is its own key (its bytes read as a number), found
/// with one multiply and a compare of numbers: no string is hashed or compared, and the few
/// branches on its length are the same for every table. A longer word is keyed by its first
/// and last eight bytes and compared whole only when the key matches.
pub struct Lexicon<V> {
    /// Open addressing, at most a quarter full: a word's slot is at its hash or after it.
    /// Each slot's tag (0: empty) is seven more bits of its word's hash: a lookup reads the
    /// small array of tags, which stays in the nearest cache, and a slot only when its tag is
    /// the word's (most words looked up are in no table).
    tags: Box<[u8]>,
    slots: Box<[LexSlot]>,
    shift: u32,
    words: Vec<&'static str>,
    values: Vec<V>,
}

/// A slot of a [`Lexicon`]: the key and length of its word and the word's place in `words`
/// and `values`.
#[derive(Clone, Copy, Default)]
struct LexSlot {
    key: u64,
    len: u32,
    at: u32,
}

impl<V> Lexicon<V> {
    /// The key of a word: its bytes as a little-endian number when it has at most eight,
    /// else a mix of its first and last eight and its length.
    #[inline(always)]
    fn key(w: &[u8]) -> u64 {
        let n = w.len();
        let u32_at = |i: usize| u64::from(u32::from_le_bytes([w[i], w[i + 1], w[i + 2], w[i + 3]]));
        if n > 8 {
            let first = u64::from_le_bytes(w[..8].try_into().unwrap_or_default());
            let last = u64::from_le_bytes(w[n - 8..].try_into().unwrap_or_default());
            first ^ last.rotate_left(23) ^ ((n as u64) << 56)
        } else if n >= 4 {
            // The first four bytes and the last four, which overlap where n < 8.
            u32_at(0) | (u32_at(n - 4) << (8 * (n - 4)))
        } else if n > 0 {
            u64::from(w[0])
                | (u64::from(w[n / 2]) << (8 * (n / 2)))
                | (u64::from(w[n - 1]) << (8 * (n - 1)))
        } else {
            0
        }
    }

    /// The slot a word's search starts at, and its tag: the top bits of its hash, and the
    /// seven after them (with the high bit set, so that no tag is 0).
    #[inline(always)]
    fn home(&self, key: u64, len: usize) -> (usize, u8) {
        let hash = (key ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let tag = ((hash << (64 - self.shift)) >> 57) as u8 | 0x80;
        ((hash >> self.shift) as usize, tag)
    }

    /// The value of `word`, if a table holds it.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        let w = word.as_bytes();
        let key = Self::key(w);
        let mask = self.tags.len() - 1;
        let (mut i, tag) = self.home(key, w.len());
        loop {
            match self.tags[i] {
                0 => return None,
                t if t == tag => {
                    let slot = self.slots[i];
                    if slot.key == key
                        && slot.len as usize == w.len()
                        && (w.len() <= 8 || self.words[slot.at as usize].as_bytes() == w)
                    {
                        return Some(&self.values[slot.at as usize]);
                    }
                }
                _ => {}
            }
            i = (i + 1) & mask;
        }
    }

    /// Whether a table holds `word`.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// How many words it holds.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Its words with their values, in the order they were first given.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &V)> {
        self.words.iter().copied().zip(&self.values)
    }
}

/// Built from words and values; a word given twice keeps the last value (as a map's insert).
impl<V> FromIterator<(&'static str, V)> for Lexicon<V> {
    fn from_iter<I: IntoIterator<Item = (&'static str, V)>>(entries: I) -> Self {
        let mut words: Vec<&'static str> = Vec::new();
        let mut values: Vec<V> = Vec::new();
        let mut at: WordMap<&'static str, usize> = WordMap::default();
        for (w, v) in entries {
            // No tokeniser makes an empty word: it is left out of every table.
            if w.is_empty() {
                continue;
            }
            match at.entry(w) {
                std::collections::hash_map::Entry::Occupied(e) => values[*e.get()] = v,
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(words.len());
                    words.push(w);
                    values.push(v);
                }
            }
        }
        let size = (4 * words.len()).next_power_of_two().max(16);
        let mut lexicon = Lexicon {
            tags: vec![0; size].into_boxed_slice(),
            slots: vec![LexSlot::default(); size].into_boxed_slice(),
            shift: 64 - size.trailing_zeros(),
            words,
            values,
        };
        for (k, w) in lexicon.words.iter().enumerate() {
            let key = Self::key(w.as_bytes());
            let (mut i, tag) = lexicon.home(key, w.len());
            while lexicon.tags[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            lexicon.tags[i] = tag;
            lexicon.slots[i] = LexSlot {
                key,
                len: w.len() as u32,
                at: k as u32,
            };
        }
        lexicon
    }
}

/// A set of words (a [`Lexicon`] of nothing).
impl FromIterator<&'static str> for Lexicon<()> {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> Self {
        words.into_iter().map(|w| (w, ())).collect()
    }
}

impl<V> From<WordMap<&'static str, V>> for Lexicon<V> {
    fn from(map: WordMap<&'static str, V>) -> Self {
        map.into_iter().collect()
    }
}

/// Word tables as bits: each table's bit (`1 << bit`) set on the key of each of its entries
/// (the entry itself, or a cue's first word), so that one lookup of a word tells which
/// tables it may stand in.
pub fn table_bits(
    tables: impl IntoIterator<Item = (u16, Vec<&'static str>)>,
    key: impl Fn(&'static str) -> &'static str,
) -> Lexicon<u16> {
    let mut map: WordMap<&'static str, u16> = WordMap::default();
    for (bit, entries) in tables {
        for e in entries {
            *map.entry(key(e)).or_default() |= 1 << bit;
        }
    }
    map.into()
}

/// A set of word shapes, to pass by with one test most words that a short table of words does
/// not hold before looking them up: 16 lengths (the last for 15 bytes and more) by 32
/// first-byte and 32 last-byte classes (a byte's low five bits), one bit each.
pub struct Shapes([u64; 256]);

impl Shapes {
    pub fn of<'w>(words: impl Iterator<Item = &'w str>) -> Self {
        let mut bits = [0u64; 256];
        for w in words {
            if let Some(i) = Self::index(w) {
                bits[i / 64] |= 1 << (i % 64);
            }
        }
        Shapes(bits)
    }

    fn index(w: &str) -> Option<usize> {
        let (first, last) = (*w.as_bytes().first()?, *w.as_bytes().last()?);
        Some((w.len().min(15) << 10) | (usize::from(first & 31) << 5) | usize::from(last & 31))
    }

    /// Whether a word of `w`'s shape is in the set (`false`: `w` is not).
    pub fn may_hold(&self, w: &str) -> bool {
        Self::index(w).is_some_and(|i| self.0[i / 64] & (1 << (i % 64)) != 0)
    }
}

/// A set of bytes: the first or last bytes of a table's entries, so that a word no entry
/// starts or ends like is passed by with one test.
#[derive(Default)]
pub struct ByteSet([u64; 4]);

/// Whether `word` begins with the first byte of a word of `table`: a test cheaper than the
/// table's, asked of many words that are in none (derived from the table, so it never
/// drifts from it).
pub fn starts_like(table: &[&str], word: &str) -> bool {
    let first = word.as_bytes().first();
    table.iter().any(|t| t.as_bytes().first() == first)
}

impl ByteSet {
    pub fn insert(&mut self, b: u8) {
        self.0[usize::from(b >> 6)] |= 1 << (b & 63);
    }

    pub fn has(&self, b: Option<&u8>) -> bool {
        b.is_some_and(|&b| self.0[usize::from(b >> 6)] & (1 << (b & 63)) != 0)
    }
}

impl FromIterator<u8> for ByteSet {
    fn from_iter<I: IntoIterator<Item = u8>>(bytes: I) -> Self {
        let mut set = ByteSet::default();
        for b in bytes {
            set.insert(b);
        }
        set
    }
}

/// Moves `i` back to the nearest char boundary of `text` at or before it.
pub fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chars of the table and the 256 after it, and those at and around the ends of each
    /// block of [`CASELESS_LETTERS`].
    fn table_and_caseless_chars() -> impl Iterator<Item = char> {
        let ends = CASELESS_LETTERS
            .iter()
            .flat_map(|&(first, last)| [first - 2..first + 3, last - 2..last + 3])
            .flatten();
        (0..TABLE_CHARS as u32 + 0x100)
            .chain(ends)
            .filter_map(char::from_u32)
    }

    /// Every char, in the table, in a caseless block or neither, gets std's answer.
    #[test]
    fn char_classes_are_std_s_for_every_char() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_lowercase(c), c.is_lowercase(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
        }
    }

    /// Every char of the table and past it, alone and between letters, and words with a
    /// sigma (final or not) or a char that lower-cases into two, as `str::to_lowercase`.
    #[test]
    fn lower_case_is_std_s() {
        for c in table_and_caseless_chars() {
            for w in [
                format!("{c}"),
                format!("Д{c}a"),
                format!("{c}Σ"),
                format!("ΑΣ{c}Б"),
            ] {
                assert_eq!(lower_case(&w), w.to_lowercase(), "{w:?}");
            }
        }
        for w in [
            "ΟΔΥΣΣΕΥΣ",
            "Σ",
            "aΣ",
            "İstanbul",
            "ǅemal",
            "ÉCOLE",
            "Ⅻ",
            "ﬁnal",
            "Ǆ",
        ] {
            assert_eq!(lower_case(w), w.to_lowercase(), "{w:?}");
        }
    }

    /// Every char of the table and past it, between letters and alone, at every span of the
    /// text: the lowered text's slices are `str::to_lowercase` of the text's.
    #[test]
    fn lowered_spans_are_std_s_lower_case() {
        let mut text = String::new();
        for c in table_and_caseless_chars() {
            text.push(c);
            text.push_str("aΣB");
        }
        text.push_str("İstanbul ΟΔΥΣΣΕΥΣ ﬁnal Ǆ 中😀");
        let lowered = Lowered::new(&text);
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for w in bounds.windows(6) {
            for &end in &w[1..] {
                let span = Span::new(w[0], end);
                assert_eq!(
                    lowered.of(span),
                    span.slice(&text).to_lowercase(),
                    "{span:?}"
                );
            }
        }
    }

    /// The maximal runs of alphanumeric chars of `text[a..b]`, char by char: the reference of
    /// [`Lowered::runs_in`].
    fn runs_by_chars(text: &str, a: usize, b: usize) -> Vec<Span> {
        let s = &text[a..b];
        let mut runs = Vec::new();
        let mut start = None;
        for (i, c) in s.char_indices().chain([(s.len(), ' ')]) {
            match (c.is_alphanumeric() && i < s.len(), start) {
                (true, None) => start = Some(i),
                (false, Some(st)) => {
                    runs.push(Span::new(a + st, a + i));
                    start = None;
                }
                _ => {}
            }
        }
        runs
    }

    /// A text of runs joined and cut every way: hyphen, apostrophe, decimal point, initials,
    /// Cyrillic, CJK, a combining accent, two spaces.
    const RUNS_TEST_TEXT: &str = "Acme-Corp’s 3.5bn, U.S. ДЖé中 x\u{301}y  z";

    /// The char boundaries of `text`, its end included.
    fn char_bounds(text: &str) -> Vec<usize> {
        text.char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect()
    }

    /// The runs of a span are the maximal runs of alphanumeric chars of its text.
    #[test]
    fn runs_in_a_span_are_its_alphanumeric_runs() {
        let text = RUNS_TEST_TEXT;
        let lowered = Lowered::new(text);
        let bounds = char_bounds(text);
        for (k, &a) in bounds.iter().enumerate() {
            for &b in &bounds[k..] {
                let got: Vec<Span> = lowered.runs_in(Span::new(a, b)).collect();
                assert_eq!(got, runs_by_chars(text, a, b), "{:?}", &text[a..b]);
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, .. Default::default() })]
        /// A lexicon answers as a hash map of the same entries (a word given twice keeps its
        /// last value), for the words it holds and for others: words of a few letters, so that
        /// many share their length, their first or last eight bytes or their key's slot; of 0
        /// to 20 bytes, across the eight-byte bound; some with a two-byte char; long ones that
        /// differ only between their first and last eight bytes.
        #[test]
        fn a_lexicon_answers_as_a_hash_map(
            entries in proptest::collection::vec(("[abé]{0,12}|[ab]{7,10}|[a-c]{15,20}|a{8}[bc]{1,3}a{8}", 0u32..1000), 0..200),
            others in proptest::collection::vec("[abé]{0,12}|[ab]{7,10}|[a-c]{15,20}|a{8}[bc]{1,3}a{8}", 0..50),
        ) {
            let entries: Vec<(&'static str, u32)> = entries
                .into_iter()
                .map(|(w, v)| (&*Box::leak(w.into_boxed_str()), v))
                .collect();
            let lexicon: Lexicon<u32> = entries.iter().copied().collect();
            let mut map: WordMap<&str, u32> = WordMap::default();
            let mut order: Vec<&str> = Vec::new();
            for &(w, v) in entries.iter().filter(|(w, _)| !w.is_empty()) {
                if map.insert(w, v).is_none() {
                    order.push(w);
                }
            }
            proptest::prop_assert_eq!(lexicon.len(), map.len());
            for w in entries.iter().map(|(w, _)| *w).chain(others.iter().map(String::as_str)) {
                proptest::prop_assert_eq!(lexicon.get(w), map.get(w), "{:?}", w);
                proptest::prop_assert_eq!(lexicon.contains(w), map.contains_key(w));
            }
            let listed: Vec<(&str, u32)> = lexicon.iter().map(|(w, &v)| (w, v)).collect();
            let want: Vec<(&str, u32)> = order.iter().map(|w| (*w, map[w])).collect();
            proptest::prop_assert_eq!(listed, want);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 5000, .. Default::default() })]
        /// Eight bytes at a time, the bits are the table's, byte by byte, and a digit is found
        /// where there is one (in texts of 8 to 16 bytes: whole eights and a rest): on any bytes,
        /// and on bytes at the bounds of the ranges (their neighbours, and with the top bit set).
        #[test]
        fn eight_bytes_at_once_are_the_table_s_bits(
            any in proptest::prelude::any::<[u8; 8]>(),
            picks in proptest::collection::vec(0usize..24, 8),
        ) {
            const EDGES: [u8; 12] =
                [b'/', b'0', b'9', b':', b'@', b'A', b'Z', b'[', b'`', b'a', b'z', b'{'];
            let edges: Vec<u8> = picks
                .iter()
                .map(|&k| EDGES[k % 12] | if k >= 12 { 0x80 } else { 0 })
                .collect();
            for bytes in [any.to_vec(), edges] {
                let x = u64::from_le_bytes(bytes.as_slice().try_into().unwrap());
                let want = bytes
                    .iter()
                    .enumerate()
                    .fold(0u64, |b, (j, &c)| b | (u64::from(ASCII_ALPHANUMERIC[usize::from(c)]) << j));
                proptest::prop_assert_eq!(ascii_alphanumeric_bits(x), want, "{:?}", bytes);
                for k in 0..=bytes.len() {
                    let (head, tail) = bytes.split_at(k);
                    let twice = [head, tail, head].concat();
                    proptest::prop_assert_eq!(
                        has_ascii_digit(&twice),
                        twice.iter().any(u8::is_ascii_digit)
                    );
                }
            }
        }
    }

    /// A run cursor gives each span the runs [`Lowered::runs_in`] gives it: spans that follow
    /// one another (as sentences do, some cutting a run, some empty), and spans in any order.
    #[test]
    fn a_run_cursor_gives_the_runs_of_each_span() {
        let text = RUNS_TEST_TEXT;
        let lowered = Lowered::new(text);
        let bounds = char_bounds(text);
        for step in 1..bounds.len() {
            for offset in 0..step {
                let cuts: Vec<usize> = bounds.iter().skip(offset).step_by(step).copied().collect();
                let spans: Vec<Span> = cuts.windows(2).map(|w| Span::new(w[0], w[1])).collect();
                // In text order, each span once and again (empty spans between them too), then
                // backwards.
                let mut cursor = lowered.run_cursor();
                let in_order = spans.iter().flat_map(|&s| [s, s, Span::new(s.end, s.end)]);
                for span in in_order.chain(spans.iter().rev().copied()) {
                    let got: Vec<Span> = cursor.runs_in(span).collect();
                    let want: Vec<Span> = lowered.runs_in(span).collect();
                    assert_eq!(got, want, "{:?}", span.slice(text));
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, .. Default::default() })]
        #[test]
        fn lower_case_of_any_word_is_std_s(w in "[a-zA-ZÀ-ÿĀ-ɏͰ-ϿЀ-ӿΣİ’\u{2000}-\u{206f}中😀]{0,12}") {
            proptest::prop_assert_eq!(lower_case(&w), w.to_lowercase());
        }

        #[test]
        fn lowered_slices_of_any_text_are_std_s(
            t in "[a-zA-ZÀ-ÿĀ-ɏͰ-ϿЀ-ӿΣİ’\u{2000}-\u{206f}中😀ﬁ ]{0,24}",
            cuts in proptest::collection::vec(0usize..30, 2),
        ) {
            let bounds: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
            let a = bounds[cuts[0] % bounds.len()];
            let b = bounds[cuts[1] % bounds.len()];
            let span = Span::new(a.min(b), a.max(b));
            let lowered = Lowered::new(&t);
            proptest::prop_assert_eq!(lowered.of(span), span.slice(&t).to_lowercase());
        }

        /// Long texts of chars of every length, so that chars straddle the 64-byte blocks the
        /// runs are found in: the runs are the maximal runs of alphanumeric chars.
        #[test]
        fn runs_of_any_text_are_its_alphanumeric_runs(
            t in "[aZ9 .’é\u{301}Ж中😀\u{10400}]{0,160}",
        ) {
            let lowered = Lowered::new(&t);
            let got: Vec<Span> = lowered.runs_in(Span::new(0, t.len())).collect();
            proptest::prop_assert_eq!(got, runs_by_chars(&t, 0, t.len()));
            proptest::prop_assert_eq!(lowered.of(Span::new(0, t.len())), t.to_lowercase());
        }
    }
}
