//! Stage 4 — entities: the parties an article names, under canonical names.
//!
//! Input: an article's text and its sentences. Output: [`Entities`]: every mention of a named
//! organisation, person or role noun ("the AI startup", "the e-commerce giant") with its span
//! and canonical name, the aliases the article defines ("Amazon Web Services (AWS)", tickers
//! "(AMZN)", possessives, case variants), and the article's main investee and investor, found
//! from investment phrasing ("X invests in Y", "investment from X", "values Y at").
//!
//! Invariants: mentions are sorted by span and never overlap; canonical names are the ones the
//! article itself writes; role nouns are bound to a party of the article, never invented.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use crate::segment::{LineKind, Sentence};
use crate::source::{
    Lowered, Span, char_at, is_alphabetic, is_lowercase, is_uppercase, lower_case,
};

/// The maps of names counted per article (every use sorts what it reads: no order is relied on).
type Map<K, V> = crate::source::WordMap<K, V>;

/// What an entity mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Org,
    Person,
    /// A role noun bound to one of the article's parties.
    Role,
    /// An organisation cited as the source of what the article reports ("according to
    /// Bloomberg", "a Reuters report"): named, but never a party.
    Source,
    /// A regulator or court that reviews a deal ("the Justice Department sued to block"):
    /// named, but never a party.
    Authority,
}

impl EntityKind {
    /// Names a party of the deal: an organisation or a role noun bound to one.
    pub fn is_party(self) -> bool {
        matches!(self, EntityKind::Org | EntityKind::Role)
    }
}

/// One mention of a party in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntityMention {
    pub span: Span,
    /// Shared by the mentions of one party (and by the claims about it).
    pub name: Arc<str>,
    pub kind: EntityKind,
    /// Written with a possessive ("Amazon's").
    pub possessive: bool,
}

/// The parties of one article.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Entities {
    pub mentions: Vec<EntityMention>,
    /// Alias as written (lower case) → canonical name.
    pub aliases: BTreeMap<String, String>,
    /// The party that receives the money of the article's main deal.
    pub investee: Option<Arc<str>>,
    /// The party that puts the money in.
    pub investor: Option<Arc<str>>,
    /// Groups of parties the article says buy together (see [`consortia`]).
    pub consortia: Vec<Vec<Arc<str>>>,
    /// A holding company bought as a step to the investee it controls ("National
    /// Amusements, which controls 77% of the voting shares of Paramount"): no buyer.
    pub holding: Option<Arc<str>>,
}

/// Words right before a name that cite it as a source ("according to Bloomberg", "sources
/// told Reuters").
const ATTRIBUTION_LEADS: &[&str] = &[
    "according to",
    "told",
    // "said in a filing with the U.S. Securities and Exchange Commission": where a party
    // filed is a source, no party to the deal.
    "filing with",
    "filing with the",
    "filings with the",
    "filed with",
    "filed with the",
    // "as reported by Bloomberg", "as detailed in TechCrunch", "a report from The Wall
    // Street Journal"
    "reported by",
    "detailed in",
    "cited in",
    "report from",
    "report from the",
];
/// The last words of [`ATTRIBUTION_LEADS`]: the cues are read only after one.
static ATTRIBUTION_LEAD_ENDS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| {
        let mut ends: Vec<&str> = ATTRIBUTION_LEADS.iter().map(|l| last_word(l)).collect();
        ends.sort_unstable();
        ends.dedup();
        ends
    });

/// Nouns right after a name that cite it as a source ("a Wall Street Journal report said", "a
/// Wall Street Journal article mentioning a possible takeover").
const ATTRIBUTION_NOUNS: &[&str] = &["report", "article", "story"];

/// Verbs of reporting wrongly, which only a news source does: the name right before one
/// (an adverb may stand between: "The Daily Ledger briefly misreported a $35 billion sale")
/// is a source wherever it stands.
const MISREPORTING_VERBS: &[&str] = &["misreported", "misreports", "misstated", "misquoted"];

/// Verbs of outbidding: the party named right after one is a rival, not a bidder of the deal.
const OUTBID_VERBS: &[&str] = &["outbid", "outbids", "outbidding"];

/// Verbs of a news source that reports (read at the end of a clause: [`cited_as_source`]).
const REPORTING_VERBS: &[&str] = &["reported", "reports", "wrote", "writes"];

/// Verbs whose object is the party valued: "values the company at $62bn" binds the role noun
/// to the investee.
const VALUATION_VERBS: &[&str] = &["values", "valuing", "valued"];

/// What a party provides, named after its possessive: money spent "on Corvex's cloud" or
/// "to Gamma's chips" buys from the party, it is not invested in it.
const PROVIDED_NOUNS: &[&str] = &[
    "cloud",
    "chips",
    "chip",
    "servers",
    "services",
    "infrastructure",
    "computing",
    "compute",
    "capacity",
    "platform",
    "processors",
    "gpus",
    "tpus",
    "data",
];

/// Whether `m` is a possessive followed by what it provides ("Corvex's cloud").
fn provided_by(text: &str, m: &EntityMention) -> bool {
    m.possessive
        && after_possessive(&text[m.span.end..])
            .split_whitespace()
            .next()
            .is_some_and(|w| {
                PROVIDED_NOUNS.contains(&lower_case(w.trim_end_matches(['.', ','])).as_ref())
            })
}

/// Whether `m` is a possessive followed by a bid ("KKR's scheme", "Advent's £3.8 billion
/// offer"): the bidder's; or a name right before a noun of its deal ("back Chevron merger").
fn bid_of(text: &str, m: &EntityMention) -> bool {
    if !m.possessive
        && let Some(next) = text[m.span.end..].split_whitespace().next()
    {
        let next = lower_case(next.trim_end_matches(['.', ',']));
        return crate::extract::cues::BID_NOUNS.contains(&next.as_ref())
            || NAMED_DEAL_NOUNS.contains(&next.as_ref());
    }
    // (Within four words: "Advent's £3.8 billion offer".)
    m.possessive
        && after_possessive(&text[m.span.end..])
            .split_whitespace()
            .take(4)
            .any(|w| {
                let w = lower_case(w.trim_end_matches(['.', ',']));
                crate::extract::cues::BID_NOUNS.contains(&w.as_ref())
                    || ACQUIRE_CUES.contains(&w.as_ref())
            })
}

/// The text after a name's possessive ending ("'s", "’s", "'"), given the text right after
/// the name.
fn after_possessive(rest: &str) -> &str {
    rest.trim_start_matches(['\'', '’', 's'])
}

/// "Dick's Sporting Goods", "Trader Joe's": (possessive word, first word after it), both in
/// lower case, of names that hold an "'s": the article writes the word, opening a run of
/// capitals, with "'s" every time it capitalises it, and the capitalised word after it only
/// there ("Disney's ESPN" is no name where "ESPN" stands alone elsewhere). Empty, at no cost,
/// without a possessive.
fn names_joined_after_s<'w>(text: &str, sentence_words: &[&'w [Word]]) -> Vec<(&'w str, &'w str)> {
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    for words in sentence_words {
        for (i, p) in words.windows(2).enumerate() {
            // (Most words are no possessive: that is asked first.)
            if !(p[0].possessive && p[0].capitalised && p[1].capitalised) {
                continue;
            }
            // (A possessive that ends a longer run is a person's or a company's own: "Peter
            // Thiel's Founders Fund"; nor is a place's: "Japan's Nikkei".)
            let opens_run = i
                .checked_sub(1)
                .is_none_or(|j| !words[j].capitalised || words[j].span.end + 1 != p[0].span.start);
            if opens_run
                && !PLACE_SET.contains(p[0].low())
                && s_gap(&text[p[0].span.end..p[1].span.start])
                && !pairs.contains(&(p[0].low(), p[1].low()))
            {
                pairs.push((p[0].low(), p[1].low()));
            }
        }
    }
    if pairs.is_empty() {
        return pairs;
    }
    // Each capitalised word's uses: with "'s", and right after a possessive of a pair.
    for words in sentence_words {
        for (i, w) in words.iter().enumerate() {
            if !w.capitalised {
                continue;
            }
            let low = w.low();
            // (The possessive written without its "'s": no name holds it.)
            let bare = !w.possessive && pairs.iter().any(|(p, _)| *p == low);
            // (The word after written without the possessive before it.)
            let alone = pairs.iter().any(|(p, f)| {
                *f == low
                    && !i
                        .checked_sub(1)
                        .is_some_and(|j| words[j].possessive && words[j].low() == *p)
            });
            if bare || alone {
                pairs.retain(|(p, f)| !(bare && *p == low || alone && *f == low));
            }
        }
    }
    pairs
}

/// Words that never follow a possessive's "'s", nor an "is" or "has" written so ("Amazon's in
/// talks"): after them, the "'s" is the name's ("to buy JDE Peet's for", "Macy's said").
const NO_POSSESSIVE_FOLLOWERS: &[&str] = &[
    "for",
    "to",
    "from",
    "by",
    "with",
    "is",
    "was",
    "has",
    "had",
    "said",
    "says",
    "will",
    "would",
    "could",
    "announced",
];

/// Words that follow a name whose "'s" is its own ([`NO_POSSESSIVE_FOLLOWERS`] decide that)
/// and show that there it is no possessive either: words of linking that follow an "is"
/// written so, but no possessive ("to buy Macy's in a deal", "Macy's and Kohl's").
const NAME_S_FOLLOWERS: &[&str] = &[
    "in", "on", "at", "and", "or", "as", "after", "before", "since", "than", "that", "which",
];

/// Whether `gap`, the text between a possessive word and the next, is its "'s" and a space
/// ("JDE Peet's NV", "DICK'S Sporting Goods").
fn s_gap(gap: &str) -> bool {
    matches!(gap, "'s " | "’s " | "'S " | "’S ")
}

/// What follows the "'s" of the name at `span`: `None` when the name has none; else the word
/// right after it, in lower case (`Some(Some(..))`), or `Some(None)` for a mark ending a clause
/// (or the text's end); a word after another mark than a space is no word of it.
fn after_name_s(text: &str, span: Span) -> Option<Option<Cow<'_, str>>> {
    let rest = &text[span.end..];
    let after = after_possessive(rest);
    if after.len() == rest.len() {
        return None;
    }
    if let None | Some(',' | '.' | ';' | ':' | ')' | '!' | '?' | '\n') = after.chars().next() {
        return Some(None);
    }
    let word = after
        .strip_prefix(' ')
        .and_then(|a| a.split(|c: char| !c.is_alphabetic()).next())
        .filter(|w| !w.is_empty())
        // (Lower case: headlines capitalise their words.)
        .map(lower_case);
    Some(Some(word.unwrap_or(Cow::Borrowed(""))))
}

/// Whether the name at `span`, written with "'s", is followed by what follows no possessive:
/// a mark ending a clause or a word of `followers` ([`NO_POSSESSIVE_FOLLOWERS`], and for a
/// name whose "'s" is its own the words of linking of [`NAME_S_FOLLOWERS`] too).
fn no_possessive_after(text: &str, span: Span, followers: &[&[&str]]) -> bool {
    match after_name_s(text, span) {
        None => false,
        Some(None) => true,
        Some(Some(w)) => followers.iter().any(|t| t.contains(&w.as_ref())),
    }
}

/// Words of a holding: whoever a deal "gives" one of these holds it, and invests.
const STAKE_WORDS: &[&str] = &["stake", "share", "shares", "equity", "holding"];

/// Words of time: what a party "gives" another before one of these is time, not money
/// ("gives Corvex a week", "gives it until Friday").
const GRANTED_TIME_WORDS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "until", "time",
    "deadline",
];

/// What a deal "gives" a party that is no money nor holding ("give Salesforce access to",
/// "gives Vantor a stronger foothold in Asia").
const GRANTED_NON_MONEY: &[&str] = &[
    "access",
    "control",
    "exposure",
    "entry",
    "foothold",
    "footprint",
    "presence",
    "reach",
    "scale",
    "edge",
    "advantage",
    "leverage",
    "boost",
];

/// Capitalised words that never name a party by themselves.
const GENERIC_CAPS: &[&str] = &[
    // Units of power and energy written after a number ("~5 GW").
    "gw",
    "mw",
    "kw",
    "gwh",
    "mwh",
    "twh",
    "ai",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "ipo",
    "ipos",
    "agi",
    "api",
    "apis",
    "gpu",
    "gpus",
    "cpu",
    "cpus",
    "tpu",
    "tpus",
    "llm",
    "llms",
    // A contingent value right ("a non-transferable contingent value right (CVR)").
    "cvr",
    "cvrs",
    // A stage of a drug's trials ("the start of a Phase 3 trial").
    "phase",
    // Measures of a business ("ARR guidance raised to $1.1 billion").
    "arr",
    "mrr",
    "ebitda",
    "eps",
    "capex",
    "gdp",
    // Accounting's words ("non-GAAP EPS of $0.95 (+27% YoY)").
    "gaap",
    "non-gaap",
    "yoy",
    "us",
    "u.s",
    "u.s.",
    "uk",
    "u.k",
    "eu",
    "un",
    "inc",
    "corp",
    "corporation",
    "ltd",
    "llc",
    "plc",
    "co",
    "series",
    "class",
    // "the Lead Investors" (a defined term of a filing).
    "lead",
    "preferred",
    "stock",
    // (The days of the week join these from the lexicon: see `tab_tables`.)
    // Holidays ("announced on Christmas Eve a $20 billion licensing agreement").
    "christmas",
    "eve",
    "thanksgiving",
    "easter",
    "rag",
    "ip",
    "3p",
    "big",
    "tech",
    "chief",
    "executive",
    "officer",
    "president",
    "chairman",
    "founder",
    "co-founder",
    "cofounder",
    "director",
    "analyst",
    "analysts",
    "mr",
    "ms",
    "mrs",
    "dr",
    "government",
    "federal",
    "state",
    "national",
    "new",
    "the",
    "a",
    "an",
    "billion",
    "million",
    "trillion",
    "gigawatts",
    "gigawatt",
    "percent",
    "shareholders",
    "stockholders",
    "holders",
    "unitholders",
    "bondholders",
    "investors",
    "analysts",
    "regulators",
    "officials",
    "executives",
    "sources",
    "people",
    "employees",
    "customers",
    "users",
    "critics",
    "lawmakers",
    "rival",
    "rivals",
    "competitor",
    "competitors",
    "peer",
    "peers",
    // Analysts' ratings ("downgraded Vantage from Overweight to Neutral"). ("Buy", "Hold" and
    // "Sell" end names: "Best Buy".)
    "overweight",
    "underweight",
    "neutral",
    "outperform",
    "underperform",
    "equal-weight",
];

/// Adjectives of nationality and region: capitalised, but never a party ("Israeli
/// cybersecurity firm Wiz").
const DEMONYMS: &[&str] = &[
    "american",
    "british",
    "chinese",
    "israeli",
    "french",
    "german",
    "japanese",
    "indian",
    "european",
    "canadian",
    "australian",
    "korean",
    "south",
    "north",
    "swiss",
    "dutch",
    "italian",
    "spanish",
    "swedish",
    "finnish",
    "norwegian",
    "danish",
    "irish",
    "russian",
    "brazilian",
    "mexican",
    "saudi",
    "emirati",
    "singaporean",
    "taiwanese",
    "asian",
    "african",
    "african-american",
    "latin",
    "western",
    "eastern",
    "nordic",
    "polish",
    "turkish",
    "belgian",
    "austrian",
    "portuguese",
    "greek",
    "indonesian",
    "vietnamese",
    "thai",
    "malaysian",
    "silicon",
    "wall",
    // The second word of places named "New ..." ("Vineland, New Jersey"; "new" is generic).
    "jersey",
    "york",
    "zealand",
    "hampshire",
    "u.s.-based",
    "us-based",
    "uk-based",
    "california-based",
    "new york-based",
];

/// Places, lower case: a run of capitalised words that is one of these names no party
/// ("headquartered in Redwood City, California", "Texas utility TXU", "Saudi Arabia's
/// Public Investment Fund", whose "Saudi" is a nationality). A name that begins with one is
/// longer ("Texas Instruments", "China Mobile"), and a government is told apart ("the U.S.
/// government"). Words of a region written before a name begin it ("Wall Street Journal"):
/// the region alone is here. Cities are in [`CITIES`].
const PLACES: &[&str] = &[
    // Regions and streets.
    "wall street",
    "silicon valley",
    "south korea",
    "north korea",
    "south africa",
    "north america",
    "south america",
    "latin america",
    "western europe",
    "eastern europe",
    "european union",
    "europe",
    "asia",
    "africa",
    "middle east",
    // Countries ("Saudi Arabia", "United Arab Emirates": a nationality, then the rest).
    "arabia",
    "united arab emirates",
    "emirates",
    "united states",
    "united kingdom",
    "america",
    "britain",
    "england",
    "scotland",
    "wales",
    "ireland",
    "canada",
    "mexico",
    "brazil",
    "argentina",
    "chile",
    "colombia",
    "peru",
    "china",
    "japan",
    "korea",
    "taiwan",
    "india",
    "pakistan",
    "indonesia",
    "vietnam",
    "thailand",
    "malaysia",
    "singapore",
    "philippines",
    "australia",
    "new zealand",
    "israel",
    "qatar",
    "kuwait",
    "bahrain",
    "oman",
    "egypt",
    "turkey",
    "iran",
    "iraq",
    "russia",
    "ukraine",
    "poland",
    "germany",
    "france",
    "italy",
    "spain",
    "portugal",
    "netherlands",
    "belgium",
    "luxembourg",
    "switzerland",
    "austria",
    "sweden",
    "norway",
    "denmark",
    "finland",
    "greece",
    "nigeria",
    "kenya",
    // The states of the United States ("New York", "New Jersey", "New Hampshire", "New
    // Mexico": "New" is a generic word, and the second word a nationality or a place).
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "north carolina",
    "north dakota",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "rhode island",
    "south carolina",
    "south dakota",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "west virginia",
    "washington",
    "wisconsin",
    "wyoming",
];

/// Cities and emirates often written beside a company's name: places of [`PLACES`] too,
/// and the first words of some companies' names, written alone for them ("Palo Alto Networks
/// ... Palo Alto said").
const CITIES: &[&str] = &[
    "abu dhabi",
    "dubai",
    "riyadh",
    "doha",
    "hong kong",
    "shanghai",
    "beijing",
    "shenzhen",
    "tokyo",
    "seoul",
    "mumbai",
    "london",
    "paris",
    "berlin",
    "munich",
    "amsterdam",
    "zurich",
    "stockholm",
    "toronto",
    "vancouver",
    "san francisco",
    "los angeles",
    "seattle",
    "boston",
    "chicago",
    "miami",
    "austin",
    "houston",
    "dallas",
    "atlanta",
    "denver",
    "palo alto",
    "menlo park",
    "mountain view",
    "redmond",
    "cupertino",
];

/// Words after which a city's name is the place ("based in Palo Alto", "from Boston").
const LOCATIVE_WORDS: &[&str] = &[
    "in", "at", "near", "from", "to", "outside", "around", "across", "within", "into", "of",
];

/// Nouns of a deal written right after a company's name that make it the company's deal
/// ("shareholders back Chevron merger"), besides the bids' nouns.
const NAMED_DEAL_NOUNS: &[&str] = &["merger", "deal", "takeover", "buyout"];

/// Nouns of buying a company written right after its name ("Union Pacific's Norfolk Southern
/// purchase").
const PURCHASE_NOUNS: &[&str] = &["purchase", "acquisition", "takeover", "buyout"];

/// Stock exchanges written before a ticker and a colon ("NYSE: GE"), lower case.
const STOCK_EXCHANGES: &[&str] = &[
    "nyse", "nasdaq", "amex", "nysearca", "cboe", "otc", "otcqx", "lse", "tsx", "tsxv", "asx",
    "hkex", "sehk", "sgx", "tyo", "tse", "bse", "nse", "xetra", "etr", "fra", "epa", "ams", "six",
    "bit", "bme", "krx", "kosdaq", "tase", "jse",
];

/// Words that may open a sentence without naming anything.
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "for",
    "with",
    "as",
    "but",
    "and",
    "or",
    "if",
    "while",
    "when",
    "after",
    "before",
    "under",
    "over",
    "by",
    "from",
    "to",
    "of",
    "its",
    "it",
    "their",
    "they",
    "we",
    "he",
    "she",
    "our",
    "his",
    "her",
    "why",
    "what",
    "how",
    "who",
    "despite",
    "beyond",
    "besides",
    "along",
    "given",
    "however",
    "meanwhile",
    "separately",
    // Adverbs of the sentence ("Initially, Skydance will pay ...").
    "initially",
    "originally",
    "ultimately",
    "subsequently",
    "eventually",
    "previously",
    "additionally",
    "finally",
    "notably",
    "importantly",
    "earlier",
    "later",
    "today",
    "yesterday",
    "instead",
    "currently",
    "recently",
    "now",
    "overall",
    "specifically",
    "similarly",
    "likewise",
    "further",
    "furthermore",
    "moreover",
    "indeed",
    "thus",
    "nonetheless",
    "nevertheless",
    "together",
    "both",
    "each",
    "other",
    "some",
    "many",
    "most",
    "all",
    "any",
    "certain",
    "such",
    "according",
    "commenting",
    "also",
    "even",
    "still",
    "yet",
    "so",
    "then",
    "there",
    "here",
    "once",
    "since",
    "until",
    "though",
    "although",
    "whether",
    "without",
    "within",
    "through",
    "during",
    "last",
    "next",
    "first",
    "second",
    "third",
    "former",
    "latest",
    "new",
    "more",
    "less",
    "no",
    "not",
    "one",
    "two",
    "three",
    "is",
    "was",
];

/// Titles before a person's name.
pub(crate) const PERSON_TITLES: &[&str] = &[
    "ceo",
    "cfo",
    "coo",
    "cto",
    "chief",
    "executive",
    "founder",
    "co-founder",
    "cofounder",
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "analyst",
    "minister",
    "secretary",
    "director",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "partner",
    "mr",
    "ms",
    "mrs",
    "dr",
    "senator",
    "sen",
    "rep",
    "judge",
];

/// Verbs of speech after a person's name (or a company's: [`crate::extract`] reads an
/// analyst that speaks of a figure as no party to it).
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "wrote",
    "writes",
    "told",
    "tells",
    "added",
    "noted",
    "clarified",
];

/// Role nouns: head word and the party it stands for.
const ROLE_HEADS: &[(&str, Role)] = &[
    ("startup", Role::Investee),
    ("start-up", Role::Investee),
    ("lab", Role::Investee),
    ("developer", Role::Investee),
    ("maker", Role::Investee),
    ("target", Role::Investee),
    ("giant", Role::Investor),
    ("major", Role::Investor),
    ("retailer", Role::Investor),
    ("conglomerate", Role::Investor),
    ("chipmaker", Role::Investor),
    ("investor", Role::Investor),
    ("backer", Role::Investor),
    ("acquirer", Role::Investor),
    ("buyer", Role::Investor),
    ("company", Role::Nearest),
    ("firm", Role::Nearest),
];

/// The ending of the role nouns of [`MAKER_ROLE_HEADS`].
const ROLE_HEAD_SUFFIX: &str = "maker";

/// Makers of goods that stand for the party named last before them ("the Pittsburgh
/// steelmaker"), told by their ending first and kept out of [`ROLE_HEADS`] (whose words widen
/// the shapes every word is looked up by); "lawmaker", "dealmaker" are no parties.
const MAKER_ROLE_HEADS: &[&str] = &["steelmaker", "automaker", "carmaker", "drugmaker"];

/// Verbs that, right after a capitalised word opening a sentence, show it names a party
/// ("Microsoft holds", "Nvidia said").
const NAME_PREDICATES: &[&str] = &[
    "holds",
    "held",
    "has",
    "had",
    "is",
    "was",
    "will",
    "would",
    "said",
    "says",
    "announced",
    "agreed",
    "plans",
    "planned",
    "expects",
    "reported",
    "declined",
    "owns",
    "owned",
    "led",
    "leads",
    "joined",
    "joins",
    "signed",
    "signs",
    "confirmed",
    "confirms",
    "disclosed",
    "filed",
    "launched",
    "unveiled",
    "struck",
    "completed",
    "closed",
    "became",
    "remains",
    "told",
    "wrote",
    "posted",
];

/// Heads of an apposition "Descriptor HEAD Name" ("ChatGPT maker OpenAI").
const APPOSITION_HEADS: &[&str] = &[
    "maker",
    "developer",
    "owner",
    "parent",
    "creator",
    "operator",
    "rival",
    "backer",
    "investor",
    "startup",
    // "Permian Shale giant Pioneer Natural Resources"
    "giant",
];

/// Nouns of making: the name right before one ("Roomba maker iRobot", "the Roomba maker") or
/// after one and "of" ("the maker of the Roomba") is a product, not a company.
const PRODUCT_HEADS: &[&str] = &["maker", "makers", "creator", "creators"];

/// Searchers for a noun of making before "of" ("maker of", "creators of"), built once: an
/// article without one has no product named after one.
static PRODUCT_OF_FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    std::sync::LazyLock::new(|| {
        PRODUCT_HEADS
            .iter()
            .map(|h| memchr::memmem::Finder::new(format!("{h} of ").as_bytes()).into_owned())
            .collect()
    });

/// Nouns of a company that, with "behind" and a name after them, make the name its product
/// ("the startup behind ChatGPT", "the company behind Roomba").
const BEHIND_HEADS: &[&str] = &["startup", "start-up", "company", "firm", "lab", "developer"];

/// Opening and closing quotation marks around a title.
const OPENING_QUOTES: &[char] = &['"', '“', '‘'];
const CLOSING_QUOTES: &[char] = &['"', '”', '’'];

/// Whether the name at `span` is written in quotation marks, alone or after "The" (a game's,
/// a film's, a book's title: `video games like "Madden NFL" and "The Sims,"`); the closing mark
/// may follow a comma or a period.
fn quoted_title(text: &str, span: Span) -> bool {
    let before = &text[..span.start];
    let before = before
        .strip_suffix("The ")
        .or_else(|| before.strip_suffix("the "))
        .unwrap_or(before);
    if !before.ends_with(OPENING_QUOTES) {
        return false;
    }
    let after = &text[span.end..];
    let after = after.strip_prefix([',', '.']).unwrap_or(after);
    after.starts_with(CLOSING_QUOTES)
}

/// Whether the article writes the name at `span` as a product: followed by a noun of making
/// ("Roomba maker"), or after one and "of", with a determiner and up to two lower-case words
/// between ("the maker of the disc-shaped Roomba"; `maker_of`: the article writes a noun of
/// making before "of" somewhere).
fn names_a_product(text: &str, span: Span, maker_of: bool) -> bool {
    if quoted_title(text, span) {
        return true;
    }
    // "the startup behind ChatGPT", "the snack maker behind Pringles and Cheez-It": a company
    // noun (or one of making) and "behind" right before the name, or before the one-word
    // names listed before it.
    let mut at = span.start;
    for _ in 0..4 {
        if let Some(b) = text[..at].strip_suffix(" behind ") {
            let head = b.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
            if BEHIND_HEADS.contains(&head.as_str()) || PRODUCT_HEADS.contains(&head.as_str()) {
                return true;
            }
            break;
        }
        let Some(name) = listed_before(text, at) else {
            break;
        };
        at = name;
    }
    let after = &text[span.end..];
    let next = after
        .strip_prefix(' ')
        .map(|r| r.split(|c: char| !c.is_alphabetic()).next().unwrap_or(""));
    if next.is_some_and(|w| PRODUCT_HEADS.contains(&w)) {
        return true;
    }
    // (Most articles write no noun of making before "of", and most names have no "of " in
    // the few words before them: told by one search of those bytes, not by splitting words.)
    if !maker_of {
        return false;
    }
    // ("the maker of Huggies and Kleenex": the first of the one-word names listed before it.)
    let mut first = span.start;
    for _ in 0..4 {
        let Some(name) = listed_before(text, first) else {
            break;
        };
        first = name;
    }
    let mut from = first.saturating_sub(60);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..first];
    if !window.contains("of ") {
        return false;
    }
    let mut before = window.split(' ').rev();
    if before.next() != Some("") {
        return false; // the name is not a word of its own ("the (Roomba").
    }
    for _ in 0..4 {
        match before.next() {
            Some("of") => {
                return before
                    .next()
                    .is_some_and(|w| PRODUCT_HEADS.contains(&w.to_ascii_lowercase().as_str()));
            }
            Some(w) if !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-') => {}
            _ => return false,
        }
    }
    false
}

/// The start of the one-word capitalised name listed right before `at` (", " or " and "
/// between: "Pringles and Cheez-It", "Huggies, Kleenex"), if one is; not past ", and", which
/// may join a clause ("the maker of Huggies, and Kenvue").
fn listed_before(text: &str, at: usize) -> Option<usize> {
    let b = &text[..at];
    let rest = b
        .strip_suffix(" and ")
        .filter(|r| !r.ends_with(','))
        .or_else(|| b.strip_suffix(", "))?;
    let name = rest.rfind(' ').map_or(0, |i| i + 1);
    rest[name..]
        .starts_with(|c: char| c.is_uppercase())
        .then_some(name)
}

/// Words before a company's name that make it a person's past employer ("former OpenAI chief
/// scientist Ilya Sutskever").
const FORMER_WORDS: &[&str] = &["former", "onetime", "one-time", "ex"];

/// Words right before a company's earlier name ("Windsurf, formerly known as Codeium"): the
/// name after them is the company named before them, not another party.
const FORMER_NAME_CUES: &[&str] = &[
    "formerly known as",
    "previously known as",
    "once known as",
    "formerly called",
    "previously called",
    "formerly named",
    "formerly",
];

/// Whether the name at `span`, followed by the job words `gap` before a person's name, is that
/// person's former employer: a word of [`FORMER_WORDS`] right before it, and one to three
/// lower-case words of a job between ("chief scientist", "technology chief", "CEO").
fn former_employer(text: &str, span: Span, gap: &str) -> bool {
    let job: Vec<&str> = gap.split(' ').filter(|w| !w.is_empty()).collect();
    (1..=3).contains(&job.len())
        && job
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
        && job.iter().any(|w| {
            PERSON_TITLES.contains(&lower_case(w).as_ref())
                || w.chars().all(|c| c.is_ascii_uppercase())
        })
        && text[..span.start]
            .trim_end_matches([' ', '-'])
            .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
            .next()
            .is_some_and(|w| FORMER_WORDS.contains(&lower_case(w).as_ref()))
}

/// Words that may follow a role noun's head: verbs, auxiliaries, prepositions.
const ROLE_FOLLOWERS: &[&str] = &[
    "said",
    "says",
    "is",
    "was",
    "are",
    "were",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "has",
    "had",
    "have",
    "and",
    "or",
    "to",
    "in",
    "of",
    "for",
    "with",
    "on",
    "at",
    "by",
    "from",
    "that",
    "which",
    "who",
    "also",
    "plans",
    "planned",
    "announced",
    "agreed",
    "expects",
    "expected",
    "reported",
    "declined",
    "did",
    "does",
    "now",
    "still",
    "then",
    "as",
    "into",
    "after",
    "before",
    "earlier",
    "last",
    "this",
    // "give the ChatGPT maker the right to buy": a determiner opens the next noun phrase.
    "the",
    "a",
    "an",
    // "as the startup pledges $100 billion to AWS": a verb of paying.
    "pledges",
    "pledged",
    "commits",
    "committed",
    "pays",
    "paid",
    "spends",
    "spent",
    "invests",
    // "the startup behind ChatGPT": what it makes, named after it.
    "behind",
    // "The company signed a multiyear agreement": a verb of dealing.
    "signed",
    "signs",
    "struck",
    "strikes",
    "inked",
    "inks",
    "reached",
    "secured",
    "secures",
    "raised",
    "raises",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Investee,
    Investor,
    Nearest,
}

/// Verbs and nouns of investing: a party before them invests, a party after "in/to/into/on"
/// receives.
pub const INVEST_CUES: &[&str] = &[
    "invest",
    "invests",
    "invested",
    "investing",
    "investment",
    "investments",
    "commit",
    "commits",
    "committed",
    "committing",
    "commitment",
    "pour",
    "pours",
    "poured",
    "inject",
    "injects",
    "bet",
    "bets",
    "back",
    "backs",
    "backed",
    "backing",
    "give",
    "gives",
    "fund",
    "funds",
    "funded",
    "funding",
    "stake",
    // "Nvidia is putting $5 billion into Intel" (only before a sum: MONEY_ONLY_INVEST_CUES)
    "put",
    "puts",
    "putting",
    // "Vantor will provide $10 billion to Corvex" (only before a sum, as "put")
    "provide",
    "provides",
    "providing",
];

/// Nouns of a company that end a description between a verb of buying and the name of what is
/// bought ("acquire cloud software company VMware", "buy video game maker Activision"; not
/// "takeover would help transform Gamma"), besides the [`ROLE_HEADS`], the
/// [`APPOSITION_HEADS`] and the [`MAKER_ROLE_HEADS`].
pub(crate) const DESCRIPTION_HEADS: &[&str] = &[
    "group",
    "business",
    "designer",
    "provider",
    "supplier",
    "producer",
    "manufacturer",
    "chain",
    "platform",
    "specialist",
    "editor",
    "biotech",
    "brand",
];

/// Whether `gap`, the words between a verb of buying (or "of" after a noun of it) and a name,
/// is a short description of what the name is: "acquire cloud software company VMware", "buy
/// the video game maker Activision", "buy coffee brand Peet's".
pub(crate) fn description_of_a_name(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    // ("the AI-driven code editor Cursor", "the AI coding startup Cursor": a capitalised word
    // joined by a hyphen to a word in lower case, or an acronym of two to four capitals,
    // describes too.)
    let acronym = |x: &str| (2..=4).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_uppercase());
    // ("Permian Shale giant Pioneer": before a head of an apposition, a capitalised descriptor
    // too.)
    let apposition = words.last().is_some_and(|h| APPOSITION_HEADS.contains(h));
    words.len() <= 4
        && words.iter().all(|x| {
            (x.starts_with(|c: char| c.is_lowercase())
                || acronym(x)
                || apposition
                || x.split_once('-')
                    .is_some_and(|(_, b)| b.starts_with(|c: char| c.is_lowercase())))
                && x.chars().all(|c| c.is_alphabetic() || c == '-')
        })
        && words.last().is_some_and(|h| {
            ROLE_HEADS.iter().any(|(r, _)| r == h)
                || APPOSITION_HEADS.contains(h)
                || MAKER_ROLE_HEADS.contains(h)
                || DESCRIPTION_HEADS.contains(h)
        })
}

/// Words of a description that make a party a buyer by trade ("private-equity firm Vantor
/// Partners", "the buyout firm Quill Capital"): such a party buys, and is not what a deal
/// named before it buys ("a buyout deal with private-equity company Vantor Partners").
/// ("private equity" is two words: "equity" after "private".)
const BUYER_KIND_WORDS: &[&str] = &["private-equity", "buyout", "equity"];

/// Verbs before "private" whose subject is taken private ("Acme ... deal to go private",
/// "Acme is going private in a deal with Vantor").
const GOING_PRIVATE_VERBS: &[&str] = &["go", "goes", "going", "went", "gone"];

/// Verbs before a name and "private" that take that company private ("would take Acme
/// private"): who takes it buys it.
const TAKING_PRIVATE_VERBS: &[&str] = &["take", "takes", "taking", "took"];

/// Whether the words of a description (lower case, in order) name a buyer by trade
/// ([`BUYER_KIND_WORDS`]; "equity" only after "private").
fn buyer_kind(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        BUYER_KIND_WORDS.contains(w)
            && (*w != "equity" || i.checked_sub(1).is_some_and(|p| words[p] == "private"))
    })
}

/// Whether the words right after a name at `end` are "in" and a year ("paid for Acme in
/// 2019").
fn paid_in_a_year(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(" in ")
        .is_some_and(crate::source::starts_with_year)
}

/// Nouns of a deal that a party makes "with" another ("near a deal with private-equity firm
/// Vantor Partners").
const DEAL_WITH_NOUNS: &[&str] = &[
    "deal",
    "agreement",
    "talks",
    "negotiations",
    "discussions",
    // ("agreed to a buyout with private-equity company Vantor Partners")
    "buyout",
    "takeover",
    "acquisition",
    "merger",
    "purchase",
];

/// The first party named after `from` when at most six words lie between, "with" among them
/// and a description of a buyer by trade ([`buyer_kind`]): "deal with private-equity company
/// Vantor Partners" (not "the acquisition of private equity firm Vantor": an investment firm
/// may be bought).
fn with_a_buyer<'m>(
    text: &str,
    orgs: &[&'m EntityMention],
    from: usize,
) -> Option<&'m EntityMention> {
    let m = *orgs.iter().find(|m| m.span.start >= from)?;
    let gap = text.get(from..m.span.start)?;
    if gap.len() > 80 {
        return None;
    }
    let gap: Vec<String> = gap.split_whitespace().map(str::to_lowercase).collect();
    let gap: Vec<&str> = gap.iter().map(String::as_str).collect();
    (gap.len() <= 6 && gap.contains(&"with") && buyer_kind(&gap)).then_some(m)
}

/// Cues of [`INVEST_CUES`] that are nouns: the party named right before one receives the money
/// ("the Anthropic investment"); after the others, verbs, the party named right after does
/// ("back Anthropic").
const INVEST_NOUNS: &[&str] = &[
    "investment",
    "investments",
    "commitment",
    "bet",
    "stake",
    "funding",
    "backing",
];

/// Cues of [`INVEST_CUES`] that invest only when a sum of money follows them ("putting $5
/// billion into", not "put astronauts on Mars").
const MONEY_ONLY_INVEST_CUES: &[&str] =
    &["put", "puts", "putting", "provide", "provides", "providing"];

/// Verbs after which the party before them is the one receiving money ("OpenAI raised").
const RAISE_CUES: &[&str] = &[
    "raise", "raises", "raised", "raising", "secures", "secured", "closes", "closed", "lands",
    "landed",
];

/// Verbs by which a sentence whose subject is the deal itself sets it after another one ("The
/// deal follows a $9.42 billion buyout of ..."); "comes" and "came" only with "after" within
/// four words ("The agreement comes a week after ...", not "The deal comes with a fee").
const FOLLOWING_VERBS: &[&str] = &["comes", "came", "follows", "followed"];

/// Whether a sentence opens with the deal as its subject and one of [`FOLLOWING_VERBS`] ("The
/// deal follows", "This acquisition comes after"): what it tells of buying is another deal's.
fn follows_another_deal(words: &[Word]) -> bool {
    let start = usize::from(
        words
            .first()
            .is_some_and(|w| matches!(w.low(), "the" | "this")),
    );
    let Some(verb) = words
        .get(start + 1)
        .filter(|w| FOLLOWING_VERBS.contains(&w.low()))
    else {
        return false;
    };
    words
        .get(start)
        .is_some_and(|w| crate::extract::cues::DEAL_NOUNS.contains(&w.low()))
        && (verb.lower.starts_with("follow")
            || words[start + 2..words.len().min(start + 6)]
                .iter()
                .any(|w| w.lower == "after"))
}

/// Nouns of a deal that, besides [`PURCHASE_NOUNS`], a party "closes" when it buys ("closes
/// $2.5B Foot Locker deal"): closing one raises no money ([`RAISE_CUES`]).
const CLOSED_DEAL_NOUNS: &[&str] = &["deal", "merger"];

/// Verbs of acquiring: the party after them is the target.
const ACQUIRE_CUES: &[&str] = &[
    "acquire",
    "acquires",
    "acquired",
    "acquiring",
    "buy",
    "buys",
    "bought",
    "buying",
    "purchase",
    "purchases",
    "purchased",
    "acquisition",
    "takeover",
    "buyout",
    // A bid's nouns name no target right after them ("a £40 cash offer from KKR"): the
    // target follows "for", the bidder "from" or "by" (BID_NOUNS).
    "offer",
    "bid",
];

/// Forms of "be" before a verb's participle that make it passive ("is being acquired", "to
/// be bought").
const PASSIVE_AUXILIARIES: &[&str] = &["be", "is", "are", "was", "were", "been", "being"];

/// Words after an acquiring word that name the buyer next ("bought by", "a takeover by",
/// "an offer from").
const BUYER_LINKS: &[&str] = &["by", "from"];

/// Verbs of answering a bid: who rejects or weighs "Paramount's offer" is its target.
const BID_RESPONSE_VERBS: &[&str] = &[
    "rejected",
    "rejects",
    "reject",
    "rebuffed",
    "rebuffs",
    "rebuff",
    "spurned",
    "spurns",
    "dismissed",
    "dismisses",
    "accepted",
    "accepts",
    "accept",
    "reviewed",
    "reviews",
    "review",
    "considered",
    "considers",
    "weighed",
    "weighs",
];

#[derive(Debug, Clone)]
struct Word<'a> {
    span: Span,
    /// A slice of the lowered text ([`Lowered::of`]), unless the word holds a char that std
    /// lower-cases into several chars.
    lower: Cow<'a, str>,
    /// [`is_capitalised`] (asked of most words several times).
    capitalised: bool,
    possessive: bool,
    /// The word tables the word is in ([`Tab`] bits), looked up when the word is read: all
    /// of them for a capitalised word, else those of [`EVERY_WORD_TABS`] (0 when its shape is
    /// none of theirs). See [`Word::is`].
    tabs: u16,
}

impl Word<'_> {
    fn low(&self) -> &str {
        &self.lower
    }

    /// Whether the word (lower case, as a whole) is in `table`. A table asked of few words
    /// (the word before or after a name, or after a role noun) is looked up when asked,
    /// unless the word is capitalised.
    fn is(&self, table: Tab) -> bool {
        let bit = 1 << table as u16;
        let tabs = if self.capitalised || EVERY_WORD_TABS & bit != 0 {
            self.tabs
        } else {
            word_tabs(&self.lower)
        };
        tabs & bit != 0
    }
}

/// The [`Tab`] bits of the tables asked of every word (of a sentence naming a party): their
/// words are looked up when a word is read ([`word_tabs_when_read`]); the other tables hold
/// the most common words ("and", "is", "said"), asked of few.
const EVERY_WORD_TABS: u16 = (1 << Tab::Invest as u16)
    | (1 << Tab::Raise as u16)
    | (1 << Tab::Acquire as u16)
    | (1 << Tab::Pay as u16)
    | (1 << Tab::RoleHead as u16);

/// The [`Tab`] bits of the verbs of investing, raising and acquiring, which every word is
/// asked for by [`main_parties`]: among [`EVERY_WORD_TABS`], so in [`Word::tabs`] of every word.
const VERB_TABS: u16 = (1 << Tab::Invest as u16)
    | (1 << Tab::Raise as u16)
    | (1 << Tab::Acquire as u16)
    | (1 << Tab::Pay as u16);
const _: () = assert!(VERB_TABS & EVERY_WORD_TABS == VERB_TABS);

/// The shapes of the words of [`EVERY_WORD_TABS`]' tables: most words of a text are of none.
static EVERY_WORD_SHAPES: std::sync::LazyLock<crate::source::Shapes> =
    std::sync::LazyLock::new(|| {
        let words = tab_tables()
            .into_iter()
            .filter(|(table, _)| EVERY_WORD_TABS & (1 << *table as u16) != 0)
            .flat_map(|(_, words)| words);
        crate::source::Shapes::of(words)
    });

/// [`Word::tabs`] of a word read: all its tables when it is capitalised, else (when its shape
/// may be one of theirs) at least [`EVERY_WORD_TABS`]' ones.
fn word_tabs_when_read(lower: &str, capitalised: bool) -> u16 {
    if capitalised || EVERY_WORD_SHAPES.may_hold(lower) {
        word_tabs(lower)
    } else {
        0
    }
}

/// The word tables of this module that are asked of single words, each a bit of
/// [`Word::tabs`]: one lookup per word instead of a comparison per table entry.
#[derive(Clone, Copy)]
enum Tab {
    Generic,
    Opener,
    Demonym,
    Title,
    Speech,
    NamePredicate,
    RoleFollower,
    Invest,
    Raise,
    Acquire,
    Pay,
    RoleHead,
}

/// Each [`Tab`] with its table.
fn tab_tables() -> [(Tab, Vec<&'static str>); 12] {
    // Capitalised words that name no party: the generic words, the months and the days.
    let generic = GENERIC_CAPS
        .iter()
        .copied()
        .chain(crate::extract::lexicon::MONTHS.iter().map(|(m, _)| *m))
        .chain(crate::extract::lexicon::WEEKDAYS.iter().copied());
    [
        (Tab::Generic, generic.collect()),
        (Tab::Opener, OPENERS.to_vec()),
        (Tab::Demonym, DEMONYMS.to_vec()),
        (Tab::Title, PERSON_TITLES.to_vec()),
        (Tab::Speech, SPEECH_VERBS.to_vec()),
        (Tab::NamePredicate, NAME_PREDICATES.to_vec()),
        (Tab::RoleFollower, ROLE_FOLLOWERS.to_vec()),
        (Tab::Invest, INVEST_CUES.to_vec()),
        (Tab::Raise, RAISE_CUES.to_vec()),
        (Tab::Acquire, ACQUIRE_CUES.to_vec()),
        (Tab::Pay, PAYING_VERBS.to_vec()),
        (Tab::RoleHead, ROLE_HEADS.iter().map(|(h, _)| *h).collect()),
    ]
}

static WORD_TABS: std::sync::LazyLock<crate::source::Lexicon<u16>> =
    std::sync::LazyLock::new(|| {
        let tables = tab_tables().map(|(table, words)| (table as u16, words));
        crate::source::table_bits(tables, |w| w)
    });

fn word_tabs(lower: &str) -> u16 {
    WORD_TABS.get(lower).copied().unwrap_or(0)
}

/// The words of each sentence (see [`words_into`]), all in one vector, with each sentence's
/// range of it: one pass over the article's runs, in text order.
fn words_of<'a>(
    lowered: &'a Lowered<'a>,
    spans: impl IntoIterator<Item = Span>,
) -> (Vec<Word<'a>>, Vec<(usize, usize)>) {
    let mut cursor = lowered.run_cursor();
    // At most a word a run: reserved once rather than grown.
    let mut out: Vec<Word> = Vec::with_capacity(lowered.run_count());
    let ranges = spans
        .into_iter()
        .map(|span| {
            let from = out.len();
            words_into(lowered, cursor.meeting(span), span, &mut out);
            (from, out.len())
        })
        .collect();
    (out, ranges)
}

/// Appends the words of `text[span]`, made of its `runs` (those that meet it, cut to it
/// here), to `out`. (An index loop over the runs: the word of every run of an article is made
/// here.)
fn words_into<'a>(lowered: &'a Lowered<'a>, runs: &[Span], span: Span, out: &mut Vec<Word<'a>>) {
    let text = lowered.text();
    let bytes = text.as_bytes();
    let first_word = out.len();
    // A word is a run of letters and digits, joined to the next across one "-", "&" or ".".
    // A dot stays inside "Amazon.com" and "U.S", not in the glued sentence end "months.AWS":
    // the run before it is one char long, or a lower-case letter or a digit follows it.
    let mut i = 0;
    while i < runs.len() {
        let first = runs[i].cut_to(span);
        let mut last = first;
        i += 1;
        while i < runs.len() {
            let next = runs[i].cut_to(span);
            // The joining chars are ASCII: any other byte after a run joins nothing.
            let joins = last.end + 1 == next.start
                && match bytes[last.end] {
                    b'-' | b'&' => true,
                    b'.' => {
                        let after = char_at(text, next.start);
                        is_lowercase(after)
                            || after.is_ascii_digit()
                            || last.len() == char_at(text, last.start).len_utf8()
                    }
                    _ => false,
                };
            if !joins {
                break;
            }
            last = next;
            i += 1;
        }
        let (a, mut end) = (first.start, last.end);
        // "U.S." keeps its final dot when it is an initialism.
        if end < span.end && bytes[end] == b'.' && end - a <= 5 && bytes[a..end].contains(&b'.') {
            end += 1;
        }
        let rest = &bytes[end..span.end];
        // ("DICK'S": a word in capitals writes its "'S" so.)
        let possessive = rest.starts_with(b"'s")
            || rest.starts_with("’s".as_bytes())
            || rest.starts_with(b"\"s")
            || ((rest.starts_with(b"'S") || rest.starts_with("’S".as_bytes()))
                && bytes[a..end].iter().all(u8::is_ascii_uppercase));
        let span = Span::new(a, end);
        let lower = lowered.of(span);
        // Drop the "s" of a possessive ("Acme’s" read as "Acme", "s").
        if out.len() > first_word
            && out
                .last()
                .is_some_and(|kept: &Word| kept.possessive && a <= kept.span.end + 3)
            && lower == "s"
        {
            continue;
        }
        let capitalised = capitalised_at(lowered, span);
        out.push(Word {
            span,
            tabs: word_tabs_when_read(&lower, capitalised),
            lower,
            capitalised,
            possessive,
        });
    }
}

/// The places of [`PLACES`], built once.
static PLACE_SET: std::sync::LazyLock<crate::source::WordSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        debug_assert!(
            PLACES
                .iter()
                .chain(CITIES)
                .all(|p| p.len() < PLACE_LOOKAHEAD)
        );
        PLACES.iter().chain(CITIES).copied().collect()
    });

/// Whether the run of capitalised words at `span` names a place: one of [`PLACES`], or a
/// town written before a comma and one of them that ends the phrase ("Redwood City,
/// California, has", "in Memphis, Tennessee.").
fn names_a_place(lowered: &Lowered, span: Span) -> bool {
    if PLACE_SET.contains(lowered.of(span).as_ref()) {
        return true;
    }
    let text = lowered.text();
    let Some(rest) = text[span.end..].strip_prefix(", ") else {
        return false;
    };
    if !rest.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    // The words up to the punctuation that ends the phrase (or the text's end), looked up:
    // a place is a few words ("Texas", "North Carolina"), so only the first bytes are read.
    let lower_rest = &lowered.lower_text()[span.end + 2..];
    let head = &lower_rest.as_bytes()[..lower_rest.len().min(PLACE_LOOKAHEAD)];
    let end = match head.iter().position(|b| b",.;:)".contains(b)) {
        Some(end) => end,
        None if lower_rest.len() <= PLACE_LOOKAHEAD => lower_rest.len(),
        None => return false,
    };
    lower_rest
        .get(..end)
        .is_some_and(|place| PLACE_SET.contains(place))
}

/// "Palo Alto Networks ... Palo Alto cut its forecast": a city's name (of [`CITIES`]) that
/// begins a company's name written earlier in the article, the rest of it words of a company's
/// name ([`COMPANY_NAME_TAILS`]), is that company's short name (`run`, its words; `raw`, the
/// runs of names before it; the caller has seen no locative word before it).
fn city_of_a_name(
    lowered: &Lowered,
    span: Span,
    run: &[Word],
    raw: &[(Span, &[Word], bool)],
) -> bool {
    CITIES.contains(&lowered.of(span).as_ref())
        && raw.iter().any(|(_, words, person)| {
            !*person
                && words.len() > run.len()
                && words.iter().zip(run).all(|(a, b)| a.low() == b.low())
                && words[run.len()..].iter().all(ends_a_company_name)
        })
}

/// "the $25 billion acquisition of Israeli software company Corvex, and the $3 billion
/// acquisition of Kestrel": whether the party at `m` is what a noun or verb of buying right
/// before it buys ("acquisition of", "purchase of", at most four words of description
/// between, no comma), so no subject of what follows (`from`: where to look from).
pub fn object_of_a_purchase(text: &str, from: usize, m: Span) -> bool {
    let before = &text[from..m.start];
    let near: Vec<&str> = before.split_whitespace().rev().take(6).collect();
    let Some(of) = near.iter().position(|w| *w == "of") else {
        return false;
    };
    near[..of].iter().all(|w| !w.contains(','))
        && near.get(of + 1).is_some_and(|w| {
            crate::extract::cues::ACQUISITION_WORDS
                .iter()
                .chain(crate::extract::cues::BUY_WORDS)
                .any(|b| b.eq_ignore_ascii_case(w))
        })
}

/// Whether `w` is a word that ends a company's name after its first words ("Networks" of
/// "Juniper Networks", "Inc"): [`COMPANY_NAME_TAILS`] or a corporate suffix.
fn ends_a_company_name(w: &Word) -> bool {
    COMPANY_NAME_TAILS.contains(&w.low()) || crate::cluster::CORPORATE_SUFFIXES.contains(&w.low())
}

/// Bytes read after a town and its comma for the place that follows: more than the longest of
/// [`PLACES`].
const PLACE_LOOKAHEAD: usize = 40;

/// "Salesforce (CRM, Financial)": a word after a ticker and a comma inside its parentheses is
/// a note on the ticker (the page's section), no party; nor is the exchange before a ticker
/// and its colon ("Hess Corporation (NYSE:HES)").
fn ticker_note(text: &str, span: Span) -> bool {
    if text[..span.start].ends_with('(') && text[span.end..].starts_with(':') {
        return true;
    }
    let Some(before) = text[..span.start].strip_suffix(", ") else {
        return false;
    };
    // (The ticker is at most six bytes: only those before the comma are read.)
    let bytes = before.as_bytes();
    let Some(open) = bytes[bytes.len().saturating_sub(7)..]
        .iter()
        .rposition(|&b| b == b'(')
    else {
        return false;
    };
    let ticker = &bytes[bytes.len().saturating_sub(7) + open + 1..];
    !ticker.is_empty()
        && ticker.iter().all(|b| b.is_ascii_uppercase() || *b == b'.')
        && text[span.end..].starts_with(')')
}

/// "SoftBank", "OpenAI", "xAI": capitals after the first letter mark a name anywhere.
fn camel_case(w: &str) -> bool {
    w.chars().skip(1).any(is_uppercase) && w.chars().any(is_lowercase)
}

/// [`is_capitalised`] of the word at `span`. An ASCII word of up to eight bytes (most words)
/// is told from its bytes and those of its lower case, eight at a time: lower-casing changes
/// an ASCII byte only if it is a capital.
fn capitalised_at(lowered: &Lowered, span: Span) -> bool {
    let eight = |text: &str| {
        let bytes = text.as_bytes().get(span.start..span.start + 8)?;
        Some(u64::from_le_bytes(bytes.try_into().ok()?))
    };
    if (1..=8).contains(&span.len())
        && let (Some(word), Some(lower)) = (eight(lowered.text()), eight(lowered.lower_text()))
    {
        let within = u64::MAX >> (64 - 8 * span.len());
        if word & within & crate::source::HIGH_BITS == 0 {
            let capitals = (word ^ lower) & within;
            let first = word as u8;
            return capitals & 0xff != 0 || (first.is_ascii_lowercase() && capitals >> 8 != 0);
        }
    }
    is_capitalised(span.slice(lowered.text()))
}

fn is_capitalised(w: &str) -> bool {
    // Most words begin with an ASCII letter: its byte tells the case, and a lower-case one
    // makes the word alphabetic.
    match w.as_bytes() {
        [] => return false,
        [first, ..] if first.is_ascii_uppercase() => return true,
        [first, rest @ ..] if first.is_ascii_lowercase() => {
            return rest.iter().any(u8::is_ascii_uppercase)
                || (!rest.is_ascii() && w[1..].chars().any(is_uppercase));
        }
        [first, ..] if first.is_ascii() => return false,
        _ => {}
    }
    let Some(first) = w.chars().next() else {
        return false;
    };
    if is_uppercase(first) {
        return true;
    }
    // "ébay": a lower-case first letter and a capital after it.
    let later_capital = w[first.len_utf8()..].chars().any(is_uppercase);
    is_lowercase(first) && later_capital && w.chars().any(is_alphabetic)
}

/// The word at `k` is followed, after a space, by a capitalised word that is not generic: the
/// two may be one name ("Acme Cloud", "Emberix Robotics").
fn opens_a_run(text: &str, words: &[Word], k: usize) -> bool {
    words
        .get(k + 1)
        .is_some_and(|n| n.capitalised && !n.is(Tab::Generic))
        && text[words[k].span.end..].starts_with(' ')
}

/// Finds the parties of an article (see the module doc).
pub fn find(lowered: &Lowered, sentences: &[Sentence]) -> Entities {
    let text = lowered.text();
    // Pass 1: which capitalised words appear mid-sentence in body text (so are names).
    let (all_words, ranges) = words_of(lowered, sentences.iter().map(|s| s.span));
    let sentence_words: Vec<&[Word]> = ranges.iter().map(|&(a, b)| &all_words[a..b]).collect();
    // Sized for the capitalised words (a set grown from empty is rebuilt at each doubling).
    let capitalised = all_words.iter().filter(|w| w.capitalised).count();
    let mut mid_caps: crate::source::WordSet<&str> =
        crate::source::WordSet::with_capacity_and_hasher(capitalised, Default::default());
    for (s, words) in sentences.iter().zip(&sentence_words) {
        for (k, w) in words.iter().enumerate() {
            let first = k == 0 || (k == 1 && matches!(words[0].low(), "-" | "•"));
            if w.capitalised && !first && s.kind != LineKind::Headline {
                mid_caps.insert(&w.lower);
            }
            // "Emberix Robotics will invest": a body sentence that opens with a run of
            // capitalised words shows its first word is part of a name too, so a headline
            // (where every word is capitalised) may use it.
            if first
                && s.kind != LineKind::Headline
                && w.capitalised
                && !w.is(Tab::Generic)
                && !w.is(Tab::Opener)
                && opens_a_run(text, words, k)
            {
                mid_caps.insert(&w.lower);
            }
        }
    }
    // Pass 2: runs of capitalised words, split at generic words and titles.
    // (span, words, person), the words borrowed from the sentence's.
    let joined_after_s = names_joined_after_s(text, &sentence_words);
    let mut raw: Vec<(Span, &[Word], bool)> = Vec::new();
    for (s, words) in sentences.iter().zip(&sentence_words) {
        let mut k = 0;
        while k < words.len() {
            let w = &words[k];
            let sentence_initial = k == 0 || s.kind == LineKind::Headline;
            let confirmed = |w: &Word| mid_caps.contains(w.low()) || camel_case(w.span.slice(text));
            // ("Keurig Dr Pepper agrees": a title inside a name, without its dot, and a word
            // confirmed as a name's after it.)
            let titled_name = || {
                words.get(k + 1).is_some_and(|t| {
                    NAME_INNER_TITLES.contains(&t.low())
                        && t.span.start == w.span.end + 1
                        && text[t.span.end..].starts_with(' ')
                }) && words
                    .get(k + 2)
                    .is_some_and(|n| n.capitalised && !n.is(Tab::Generic) && confirmed(n))
            };
            // A sentence-initial word is a name when the sentence shows it is one: coordinated
            // with a confirmed name ("SoftBank and Nvidia are"), part of a longer capitalised run
            // ("Acme Cloud Services said"), followed by a ticker or acronym ("Gamma (GMMA)"), a
            // possessive, or a verb of investing ("Gigacorp will invest").
            let shown_by_sentence = || {
                // The word and the capitalised words right after it ("Reflection AI has
                // raised", "Reflection AI, an open-weight model startup"): what follows them
                // shows the name.
                let mut last = k;
                while words.get(last + 1).is_some_and(|n| {
                    n.capitalised
                        && n.span.start == words[last].span.end + 1
                        && text[words[last].span.end..].starts_with(' ')
                }) {
                    last += 1;
                }
                let next = words.get(k + 1);
                // "Nvidia, AMD, Cisco and ServiceNow joined": a list of names, too.
                let listed = text[w.span.end..].starts_with(", ")
                    && next.is_some_and(|n| n.capitalised && confirmed(n));
                let coordinated = listed
                    || next.is_some_and(|n| n.lower == "and")
                        && words
                            .get(k + 2)
                            .is_some_and(|n| n.capitalised && confirmed(n));
                let run = s.kind != LineKind::Headline && opens_a_run(text, words, k);
                // (After the capitalised words that follow it, and the dot of an
                // abbreviation: "Pfizer Inc. (PFE) on Monday said".)
                // (Within the sentence: a headline's last word is followed by the next line's
                // "(RTTNews) -", no ticker.)
                let after_name = |end: usize| {
                    let rest = text[end..s.span.end.max(end)]
                        .trim_start_matches('.')
                        .trim_start();
                    rest.starts_with('(') && rest[1..].starts_with(|c: char| c.is_ascii_uppercase())
                };
                let ticker = after_name(w.span.end) || after_name(words[last].span.end);
                let verb = words[last + 1..words.len().min(last + 3)]
                    .iter()
                    .any(|n| n.is(Tab::Invest) || n.is(Tab::Raise) || n.is(Tab::Acquire));
                // "Gamma shifted": a past-tense verb after the word.
                let predicate = words.get(last + 1).is_some_and(|n| {
                    n.is(Tab::NamePredicate)
                        || (n.lower.len() > 4
                            && n.lower.ends_with("ed")
                            && n.span.slice(text).starts_with(char::is_lowercase))
                });
                // "Google, another backer, has ...": an apposition names what it describes.
                let rest = &text[words[last].span.end..];
                let apposition = [
                    ", another ",
                    ", a ",
                    ", an ",
                    ", the ",
                    ", which ",
                    ", who ",
                    ", its ",
                ]
                .iter()
                .any(|p| rest.starts_with(p));
                coordinated || run || ticker || w.possessive || verb || predicate || apposition
            };
            // "U.S. Steel", "U.S. Bancorp": a country's initials right before a name begin it.
            let initials_of_a_name = w.capitalised
                && COUNTRY_INITIALS.iter().any(|(i, _)| *i == w.low())
                && words.get(k + 1).is_some_and(|n| {
                    n.capitalised
                        && n.span.start == w.span.end + 1
                        && !n.is(Tab::Generic)
                        && !n.is(Tab::Demonym)
                        && confirmed(n)
                });
            // "Wall Street Journal", "Silicon Valley Bank", "Western Digital": a word of a
            // region begins the name it is written right before (the region alone, "Wall
            // Street", "South Korea", is a place: [`PLACES`]); not a nationality after it
            // ("South Korean").
            let region_of_a_name = w.capitalised
                && NOT_NATIONS.contains(&w.low())
                && s.kind != LineKind::Headline
                && words.get(k + 1).is_some_and(|n| {
                    n.capitalised
                        && n.span.start == w.span.end + 1
                        && !n.is(Tab::Generic)
                        && !n.is(Tab::Demonym)
                });
            // "National Amusements", "Federal Communications Commission", "American Express":
            // an adjective that alone names nothing begins the name it is written right
            // before ([`NAME_OPENING_ADJECTIVES`]); a nationality only when no title follows in
            // the run ("British Prime Minister Keir Starmer" is a person's title).
            let adjective_of_a_name = w.capitalised
                && s.kind != LineKind::Headline
                && NAME_OPENING_ADJECTIVES.contains(&w.low())
                && opens_a_run(text, words, k)
                && words.get(k + 1).is_some_and(|n| {
                    n.span.start == w.span.end + 1 && !n.is(Tab::Demonym) && !n.is(Tab::Title)
                })
                && (!w.is(Tab::Demonym)
                    || !words[k + 1..]
                        .iter()
                        .take_while(|n| n.capitalised)
                        .take(4)
                        .any(|n| n.is(Tab::Title)));
            // "F" of "Series F", "A" of "Class A": a lone letter names nothing.
            let namelike = initials_of_a_name
                || region_of_a_name
                || adjective_of_a_name
                || w.capitalised
                    && w.span.slice(text).chars().nth(1).is_some()
                    && !w.is(Tab::Generic)
                    && !w.is(Tab::Demonym)
                    && !(sentence_initial
                        && (w.is(Tab::Opener)
                            || !(confirmed(w) || shown_by_sentence() || titled_name())))
                    && !w.span.slice(text).chars().all(|c| c.is_ascii_digit())
                    && !modifier_or_code(w.span.slice(text))
                    && !model_code(w.span.slice(text))
                    && !fiscal_period(w.span.slice(text));
            if !namelike {
                k += 1;
                continue;
            }
            let begin = k;
            let mut end = k + 1;
            while end < words.len() {
                let n = &words[end];
                let gap = &text[words[end - 1].span.end..n.span.start];
                // ("JDE Peet's NV": a corporate suffix after a name's "'s" ends that name; "Dick's
                // Sporting Goods": so do the words of [`names_joined_after_s`].)
                if words[end - 1].possessive
                    && !(s_gap(gap)
                        && (crate::cluster::CORPORATE_SUFFIXES.contains(&n.low())
                            || joined_after_s
                                .iter()
                                .any(|(p, f)| *p == words[end - 1].low() && *f == n.low())))
                {
                    break;
                }
                let gap = if words[end - 1].possessive { " " } else { gap };
                // ("Warner Bros. Discovery": an abbreviation inside a name keeps its dot.)
                let inner_abbreviation =
                    gap == ". " && NAME_INNER_ABBREVIATIONS.contains(&words[end - 1].low());
                if gap.trim() != "" && gap.trim() != "&" && !inner_abbreviation {
                    break;
                }
                // ("Keurig Dr Pepper": a title written without its dot between two words of a
                // name is the name's; a title follows no company's name.)
                let inner_title = NAME_INNER_TITLES.contains(&n.low())
                    && text[n.span.end..].starts_with(' ')
                    && !words[end - 1].is(Tab::Generic)
                    && words.get(end + 1).is_some_and(|after| {
                        after.capitalised
                            && after.span.start == n.span.end + 1
                            && !after.is(Tab::Generic)
                    });
                // ("Nvidia GB300 chips": a model's code ends the maker's name.)
                if !n.capitalised
                    || (n.is(Tab::Generic) && !inner_title)
                    || model_code(n.span.slice(text))
                {
                    break;
                }
                if s.kind == LineKind::Headline && !confirmed(n) {
                    break;
                }
                end += 1;
            }
            // A person's name has two words or more: only then are the words around it asked
            // (most names are one word, and a lower-case word's tables are looked up when asked).
            let person = end - begin >= 2
                && ((begin > 0 && words[begin - 1].is(Tab::Title))
                    || (end < words.len() && words[end].is(Tab::Speech)));
            let span = Span::new(words[begin].span.start, words[end - 1].span.end);
            let run = &words[begin..end];
            let after_locative = begin > 0 && LOCATIVE_WORDS.contains(&words[begin - 1].low());
            if !ticker_note(text, span)
                && (!names_a_place(lowered, span)
                    || (!after_locative && city_of_a_name(lowered, span, run, &raw)))
            {
                raw.push((span, run, person));
            }
            k = end;
        }
    }
    // "Thinking Machines Lab said": a run of words written elsewhere as a company's name is
    // no person's, whatever verb follows it.
    if raw.iter().any(|r| r.2) {
        // The runs' lower case, borrowed from the lowered text (most runs are not persons).
        let companies: crate::source::WordSet<Cow<str>> = raw
            .iter()
            .filter(|r| !r.2)
            .map(|(span, _, _)| lowered.of(*span))
            .collect();
        for r in raw.iter_mut().filter(|r| r.2) {
            if companies.contains(&lowered.of(r.0)) {
                r.2 = false;
            }
        }
    }
    // "The Amazon OpenAI investment": a run of names that each stand alone elsewhere is split.
    let singles = one_word_names(&raw);
    // (Not a run the article writes more than once: "Exxon Mobil is buying ... Exxon Mobil
    // shares" is one company's name, whatever "Exxon" and "Mobil" name alone.)
    let written_twice = |words: &[Word]| {
        raw.iter()
            .filter(|(_, other, _)| {
                other.len() == words.len()
                    && other.iter().zip(words).all(|(a, b)| a.low() == b.low())
            })
            .nth(1)
            .is_some()
    };
    let mut split_runs = Vec::with_capacity(raw.len());
    for (span, words, person) in raw.iter().copied() {
        if !person
            && words.len() > 1
            && words.iter().all(|w| singles.contains(w.low()))
            && !written_twice(words)
        {
            for w in words {
                split_runs.push((w.span, std::slice::from_ref(w), false));
            }
        } else {
            split_runs.push((span, words, person));
        }
    }
    let raw = split_runs;
    // "ChatGPT maker OpenAI", "TikTok owner ByteDance": the run before the head describes
    // the party after it and is not a party itself.
    let mut keep = vec![true; raw.len()];
    // Most gaps are long stretches of text between two names: one longer than every head (in
    // chars: lower-casing a char never makes fewer) is not lower-cased to be compared.
    let longest = APPOSITION_HEADS
        .iter()
        .map(|h| h.chars().count())
        .max()
        .unwrap_or(0);
    for k in 0..raw.len().saturating_sub(1) {
        let gap = text[raw[k].0.end..raw[k + 1].0.start].trim();
        let short = gap.chars().take(longest + 1).count() <= longest;
        if short && APPOSITION_HEADS.contains(&lower_case(gap).as_ref()) {
            keep[k] = false;
        }
        // "started by former OpenAI chief scientist Ilya Sutskever": a person's former
        // employer, named before the job they held there, is no party to the deal.
        if raw[k + 1].2 && former_employer(text, raw[k].0, gap) {
            keep[k] = false;
        }
    }
    // "Roomba maker iRobot", "the maker of the Roomba": a product's name, wherever the
    // article writes it, is no party to the deal.
    // (Whether a noun of making is written before "of" anywhere is told once an article.)
    let maker_of = PRODUCT_OF_FINDERS
        .iter()
        .any(|f| f.find(lowered.lower_text().as_bytes()).is_some());
    let products: Vec<Cow<str>> = raw
        .iter()
        .filter(|(span, _, person)| !*person && names_a_product(text, *span, maker_of))
        .map(|(span, _, _)| lowered.of(*span))
        .collect();
    let raw: Vec<_> = raw
        .into_iter()
        .zip(keep)
        .filter(|(r, k)| *k && (products.is_empty() || r.2 || !products.contains(&lowered.of(r.0))))
        .map(|(r, _)| r)
        .collect();
    // Aliases: "Long Name (LN)" acronyms, "(TICKER)" tickers.
    let mut aliases: BTreeMap<String, String> = BTreeMap::new();
    for (span, words, person) in &raw {
        if *person {
            continue;
        }
        let after = &text[span.end..];
        let after = after.strip_prefix(' ').unwrap_or(after);
        // ("CyberArk Software Ltd. (CYBR)": a corporate suffix, and its dot, before the
        // ticker.)
        let after = after
            .split_once(' ')
            .filter(|(suffix, rest)| {
                rest.starts_with('(')
                    && crate::cluster::CORPORATE_SUFFIXES
                        .iter()
                        .any(|c| suffix.trim_end_matches('.').eq_ignore_ascii_case(c))
            })
            .map_or(after, |(_, rest)| rest);
        if let Some((inner, after_ticker)) = after.strip_prefix('(').and_then(|r| r.split_once(')'))
        {
            // "(NYSE: CRM)", "(CRM, Financial)": the ticker without its exchange or a note.
            let inner = inner.split(',').next().unwrap_or(inner);
            // ("HES:US", Bloomberg's form: the ticker, then its country's two letters.)
            // (An exchange before the colon makes it a ticker: "(NYSE:FL)" after "Foot Locker"
            // spells the name's initials, but the name stays the one the article writes.)
            let (inner, exchange) = match inner.split_once(':') {
                Some((a, b))
                    if b.trim().len() == 2
                        && !STOCK_EXCHANGES.contains(&a.trim().to_ascii_lowercase().as_str()) =>
                {
                    (a.trim(), true)
                }
                Some((_, b)) => (b.trim(), true),
                None => (inner.trim(), false),
            };
            let upper = inner.len() >= 2
                && inner.len() <= 6
                && inner.chars().all(|c| c.is_ascii_uppercase() || c == '.');
            if upper {
                let name = join(text, words);
                let initials: String = words
                    .iter()
                    .filter_map(|w| w.span.slice(text).chars().next())
                    .collect();
                // "Amazon Web Services (AWS)": the acronym is the name the article uses after
                // ("AWS will ..."); one it never writes again ("Foot Locker (FL) stock rose",
                // then "Foot Locker" throughout) leaves the name as written.
                let used_after = || {
                    after_ticker.match_indices(inner).any(|(at, _)| {
                        !after_ticker[..at].ends_with(|c: char| c.is_alphanumeric())
                            && !after_ticker[at + inner.len()..]
                                .starts_with(|c: char| c.is_alphanumeric())
                    })
                };
                if !exchange
                    && initials.eq_ignore_ascii_case(inner)
                    && words.len() >= 2
                    && used_after()
                {
                    aliases.insert(name.to_lowercase(), inner.to_string());
                } else {
                    // ("DKS.N", Reuters' form: the ticker, then a dot and its exchange's letter
                    // or two; the words read stop at the dot.)
                    if let Some((ticker, _)) = inner
                        .split_once('.')
                        .filter(|(t, x)| t.len() >= 2 && (1..=2).contains(&x.len()))
                    {
                        aliases.insert(ticker.to_lowercase(), name.clone());
                    }
                    aliases.insert(inner.to_lowercase(), name);
                }
            }
        }
    }
    // "Windsurf, the coding startup formerly known as Codeium": the earlier name is the
    // company named last before it in the sentence (not a person, no sentence end between).
    let mut former_names: Vec<Span> = Vec::new();
    for (k, (span, words, person)) in raw.iter().enumerate() {
        let before = text[..span.start].trim_end();
        let before = before.strip_suffix('(').unwrap_or(before).trim_end();
        // (Most names follow no cue: told by the last letter before them, which ends every
        // cue's last word: "as", "called", "named", "formerly".)
        if !matches!(
            before.as_bytes().last().map(u8::to_ascii_lowercase),
            Some(b's' | b'd' | b'y')
        ) {
            continue;
        }
        let Some(cue) = FORMER_NAME_CUES.iter().find(|c| {
            before.len() >= c.len()
                && before.is_char_boundary(before.len() - c.len())
                && before[before.len() - c.len()..].eq_ignore_ascii_case(c)
                && !before[..before.len() - c.len()].ends_with(|ch: char| ch.is_alphanumeric())
        }) else {
            continue;
        };
        let cue_start = before.len() - cue.len();
        let named_before = raw[..k].iter().rev().find(|(s, _, p)| {
            !*p && s.end <= cue_start
                && !text[s.end..cue_start].contains(['.', ';', '!', '?', '\n'])
        });
        if !*person && let Some((_, earlier, _)) = named_before {
            let key = lower_case(&join(text, words)).into_owned();
            aliases.insert(key, join(text, earlier));
            former_names.push(*span);
        }
    }
    // "Amazon.com" is "Amazon" when the article also writes the bare name.
    let bare_names = one_word_names(&raw);
    for (_, words, _) in &raw {
        if let [w] = words {
            for suffix in [".com", ".co", ".io", ".ai"] {
                if let Some(base) = w.lower.strip_suffix(suffix)
                    && bare_names.contains(base)
                {
                    aliases.insert(
                        w.lower.to_string(),
                        w.span.slice(text)[..base.len()].to_string(),
                    );
                }
            }
        }
    }
    // "Juniper" is "Juniper Networks" when the article writes that one longer form, whose
    // other words are those of a company's name (COMPANY_NAME_TAILS; not "Amazon Web
    // Services", a unit of its own).
    let mut longer: Map<&str, Option<&[Word]>> = Map::default();
    for (_, words, person) in &raw {
        if let [first, rest @ ..] = words
            && !rest.is_empty()
            && !*person
            && bare_names.contains(first.low())
            && rest.iter().all(ends_a_company_name)
        {
            let seen = longer.entry(first.low()).or_insert(Some(words));
            if seen.is_some_and(|s| !s.iter().map(Word::low).eq(words.iter().map(Word::low))) {
                *seen = None; // two longer forms: which one is meant is not known
            }
        }
    }
    for (short, long) in longer {
        let Some(long) = long.map(|words| join(text, words)) else {
            continue;
        };
        if !aliases.contains_key(lower_case(&long).as_ref()) {
            aliases.entry(short.to_string()).or_insert(long);
        }
    }
    // Each run's name as written and its key (lower-cased), made once; a one-word name is
    // its word, borrowed, and its key the word's lower case.
    let names: Vec<(Cow<str>, Cow<str>)> = raw
        .iter()
        .map(|(_, words, _)| match words {
            [w] => (Cow::Borrowed(w.span.slice(text)), w.lower.clone()),
            // Words a space apart (most names) are their joined form as the text has it, as
            // are those after an "'s" of the name ("JDE Peet's NV").
            [first, .., last]
                if words.windows(2).all(|p| {
                    p[0].span.end + 1 == p[1].span.start && text.as_bytes()[p[0].span.end] == b' '
                        || p[0].possessive && s_gap(&text[p[0].span.end..p[1].span.start])
                }) =>
            {
                let span = Span::new(first.span.start, last.span.end);
                (Cow::Borrowed(span.slice(text)), lowered.of(span))
            }
            _ => {
                let name = join(text, words);
                let key = lower_case(&name).into_owned();
                (Cow::Owned(name), Cow::Owned(key))
            }
        })
        .collect();
    // "United States Steel" is "U.S. Steel" when the article also writes the short form.
    for (_, key) in &names {
        for (long, shorts) in COUNTRY_NAME_FORMS {
            let Some(rest) = key.strip_prefix(long) else {
                continue;
            };
            let short = shorts.iter().find_map(|short| {
                let k = format!("{short}{rest}");
                names.iter().find(|(_, other)| **other == *k)
            });
            if let Some((display, _)) = short {
                aliases.insert(key.to_string(), display.to_string());
            }
        }
    }
    // "Electronic Arts" and "EA": a name in capitals that spells the initials of one longer
    // name of the article (no other spelt so) is that name, unless the article says
    // otherwise.
    // (Each name as written and its key, as `names` holds them.)
    type Named<'n> = (Cow<'n, str>, Cow<'n, str>);
    let mut spelt: Map<&str, Option<&Named>> = Map::default();
    for (name, key) in &names {
        if (2..=5).contains(&name.len())
            && name.bytes().all(|b| b.is_ascii_uppercase())
            && !aliases.contains_key(key.as_ref())
        {
            spelt.insert(name, None);
        }
    }
    if !spelt.is_empty() {
        // (Only a name of two words or more spells initials; "NSC" for "Norfolk Southern",
        // a ticker that adds the "C" of the "Corporation" the name leaves out, spells them
        // too.)
        for long in names.iter().filter(|(name, _)| name.contains(' ')) {
            let Some(initials) = crate::cluster::initials(&long.0) else {
                continue;
            };
            let with_c = format!("{initials}C");
            let spelt_as = if spelt.contains_key(initials.as_str()) {
                initials
            } else {
                with_c
            };
            if let Some(seen) = spelt.get_mut(spelt_as.as_str()) {
                match seen {
                    None => *seen = Some(long),
                    Some(other) if other.1 == long.1 => {}
                    // (Two longer names spelt alike: which one is meant is not known.)
                    Some(_) => {
                        spelt.remove(spelt_as.as_str());
                    }
                }
            }
        }
        // (The name written more often is the one kept, the acronym when as often.)
        let count = |key: &str| names.iter().filter(|(_, k)| k == key).count();
        for (acronym, long) in spelt {
            if let Some((display, long_key)) = long
                && !aliases.contains_key(long_key.as_ref())
            {
                let acronym_key = acronym.to_lowercase();
                if count(&acronym_key) >= count(long_key) {
                    aliases.insert(long_key.to_string(), acronym.to_string());
                } else {
                    aliases.insert(acronym_key, display.to_string());
                }
            }
        }
    }
    short_names_of_longer(text, sentences, &raw, &names, &mut aliases);
    // Canonical display form: the most frequent casing of each key (counted by key and form).
    let mut forms: Map<(&str, &str), usize> =
        Map::with_capacity_and_hasher(names.len(), Default::default());
    for (name, key) in &names {
        *forms.entry((key, name)).or_default() += 1;
    }
    // Chosen once per key: most of an article's names are written many times.
    let mut displays: Map<&str, (&str, usize)> =
        Map::with_capacity_and_hasher(forms.len(), Default::default());
    for (&(key, form), &n) in &forms {
        let better = |(best, m): (&str, usize)| {
            m.cmp(&n)
                .then(caps(form).cmp(&caps(best)))
                .then(form.cmp(best))
                .is_lt()
        };
        match displays.get(key) {
            Some(&b) if !better(b) => {}
            _ => {
                displays.insert(key, (form, n));
            }
        }
    }
    // "Macy's", "JDE Peet's": a name the article writes with "'s" every time, once at least
    // where no possessive can stand ("to buy JDE Peet's for €15.7 billion", "Macy's said"),
    // has its "'s" in its name.
    let mut with_s: Map<&str, bool> = Map::default();
    for ((_, words, _), (_, key)) in raw.iter().zip(&names) {
        let possessive = words.last().is_some_and(|w| w.possessive);
        let entry = with_s.entry(key.as_ref()).or_insert(true);
        *entry &= possessive;
    }
    with_s.retain(|_, all| *all);
    // (Then, of those names only, whether one mention shows the "'s" is the name's.)
    if !with_s.is_empty() {
        with_s.values_mut().for_each(|shown| *shown = false);
        for ((span, _, _), (_, key)) in raw.iter().zip(&names) {
            if let Some(shown) = with_s.get_mut(key.as_ref())
                && !*shown
            {
                *shown = no_possessive_after(text, *span, &[NO_POSSESSIVE_FOLLOWERS]);
            }
        }
        with_s.retain(|_, shown| *shown);
    }
    // Each party's name made once, shared by its mentions.
    // (With whether the name is a regulator's or a court's, told once a name.)
    let shared: Map<&str, (Arc<str>, bool)> = displays
        .iter()
        .map(|(&key, &(form, _))| {
            let name = if with_s.contains_key(key) {
                Arc::from(format!("{form}'s"))
            } else {
                Arc::from(form)
            };
            (key, (name, is_authority(key)))
        })
        .collect();
    // Each alias's name made once, shared by the mentions written so.
    let aliased: BTreeMap<&str, Arc<str>> = aliases
        .iter()
        .map(|(key, a)| {
            let name = shared
                .get(a.to_lowercase().as_str())
                .map_or_else(|| Arc::from(a.as_str()), |(n, _)| Arc::clone(n));
            (key.as_str(), name)
        })
        .collect();
    let mut mentions = Vec::new();
    for ((span, words, person), (_, key)) in raw.iter().zip(&names) {
        let (own, authority) = &shared[key.as_ref()];
        let name = match aliased.get(key.as_ref()) {
            Some(a) => Arc::clone(a),
            None => Arc::clone(own),
        };
        // A former name right after its cue ("formerly known as Codeium") names the company
        // before it again: not a second mention.
        if former_names.contains(span) {
            continue;
        }
        // "Anduril Industries in Costa Mesa has closed a round": a name written once, right
        // after a company's name and "in", is the company's town.
        if text[..span.start].ends_with(" in ")
            && mentions.last().is_some_and(|m: &EntityMention| {
                m.kind == EntityKind::Org
                    && !m.possessive
                    && m.span.end + " in ".len() == span.start
            })
            && names.iter().filter(|(_, k)| k == key).count() == 1
        {
            continue;
        }
        // A ticker written in parentheses right after its name is not a second mention.
        let in_parens = text[..span.start].ends_with('(');
        if in_parens
            && (aliases.contains_key(key.as_ref())
                || mentions
                    .last()
                    .is_some_and(|m: &EntityMention| m.name == name))
        {
            continue;
        }
        mentions.push(EntityMention {
            span: *span,
            name,
            kind: if *person {
                EntityKind::Person
            } else if cited_as_source(text, *span) {
                EntityKind::Source
            } else if *authority {
                EntityKind::Authority
            } else {
                EntityKind::Org
            },
            // ("Macy's said", "buy Macy's in a deal": the "'s" of the name is no possessive.)
            possessive: words.last().is_some_and(|w| w.possessive)
                && !(with_s.contains_key(key.as_ref())
                    && no_possessive_after(
                        text,
                        *span,
                        &[NO_POSSESSIVE_FOLLOWERS, NAME_S_FOLLOWERS],
                    )),
        });
    }
    // Governments are parties ("the U.S. government agreed to take a 10% stake"), though
    // their words are generic: named ones join the names here, "the government" is bound
    // below to the one the article names.
    let governments = if GOVERNMENT_FINDER
        .find(lowered.lower_text().as_bytes())
        .is_some()
    {
        governments(text, &sentence_words)
    } else {
        Vec::new()
    };
    // (span, name) of each government named, in text order, its name shared by its mentions.
    let mut named_governments: Vec<(Span, Arc<str>)> = Vec::new();
    for g in &governments {
        let Some(place) = &g.place else { continue };
        let at = mentions.partition_point(|m: &EntityMention| m.span.end <= g.span.start);
        if mentions.get(at).is_some_and(|m| m.span.start < g.span.end) {
            continue;
        }
        let name = named_governments
            .iter()
            .find(|(_, n)| **n == **place)
            .map_or_else(|| Arc::from(place.as_str()), |(_, n)| Arc::clone(n));
        named_governments.push((g.span, Arc::clone(&name)));
        mentions.insert(
            at,
            EntityMention {
                span: g.span,
                name,
                kind: EntityKind::Org,
                possessive: g.possessive,
            },
        );
    }
    let MainParties {
        investee,
        investor,
        holding,
    } = main_parties(text, sentences, &sentence_words, &mentions);
    // Role nouns bound to the parties (the names so far are sorted by position).
    mentions.sort_by_key(|m| m.span);
    let named_count = mentions.len();
    // Names that only describe a role noun's party (indices into the names), dropped after.
    let mut descriptors: Vec<usize> = Vec::new();
    // The first word of the body sentence before, whose party (if one opens it there) a role
    // noun opening a sentence stands for: looked up only then.
    let mut previous_first: Option<usize> = None;
    for (s, words) in sentences.iter().zip(&sentence_words) {
        let prev_first = previous_first.take();
        if s.kind != LineKind::Headline {
            previous_first = words.first().map(|w| w.span.start);
        }
        for (k, w) in words.iter().enumerate() {
            // "the Pittsburgh steelmaker", "the automaker": a maker of goods is a role noun too.
            let role = if w.is(Tab::RoleHead) {
                ROLE_HEADS
                    .iter()
                    .find(|(h, _)| *h == w.lower)
                    .map(|&(_, r)| r)
            } else if w.lower.ends_with(ROLE_HEAD_SUFFIX)
                && (MAKER_ROLE_HEADS.contains(&w.low()) || w.lower.ends_with("-maker"))
            {
                // ("the ChatGPT-maker": the maker of a product, named in one word.)
                Some(Role::Nearest)
            } else {
                None
            };
            let Some(mut role) = role else {
                continue;
            };
            // "the [up to three words] HEAD", not followed by a name ("ChatGPT maker OpenAI").
            let Some(the) = (k.saturating_sub(4)..k)
                .rev()
                .find(|&j| words[j].lower == "the")
            else {
                continue;
            };
            if words[the + 1..k]
                .iter()
                .any(|x| matches!(x.low(), "of" | "and" | "to" | "in" | "for"))
            {
                continue;
            }
            // The head ends its noun phrase: "the other major contributors" is no role noun.
            if words.get(k + 1).is_some_and(|n| {
                n.capitalised || (n.span.start == w.span.end + 1 && !n.is(Tab::RoleFollower))
            }) {
                continue;
            }
            let span = Span::new(words[the].span.start, w.span.end);
            // Mentions are sorted by start until roles are added at the end of this pass:
            // look only at the names around the role noun.
            let names_end = named_count;
            let at = mentions[..names_end].partition_point(|m| m.span.end <= span.start);
            let inside = mentions[at..names_end]
                .iter()
                .take_while(|m| m.span.start < span.end)
                .count();
            if inside > 0 {
                // "the Pittsburgh steelmaker", "the ChatGPT maker": a name between "the" and
                // the head describes the party the role noun stands for, and is none itself.
                let describes = mentions[at..at + inside].iter().all(|m| {
                    m.kind == EntityKind::Org && !m.possessive && m.span.end < w.span.start
                });
                if !describes {
                    continue;
                }
                descriptors.extend(at..at + inside);
                // A described role names the party the sentence has just spoken of, whatever
                // its head ("the ChatGPT maker" after "sell chips to OpenAI").
                role = Role::Nearest;
            } else if !products.is_empty()
                && words[the + 1..k]
                    .iter()
                    .any(|x| x.capitalised && products.iter().any(|p| **p == *x.lower))
            {
                // A product's name there describes it too ("the Roomba maker"), though it is
                // no party.
                role = Role::Nearest;
            }
            // "values the company at $62bn": what a valuation verb values is the investee.
            let valued = the > 0 && VALUATION_VERBS.contains(&words[the - 1].low());
            let role = if valued { Role::Investee } else { role };
            // "Amazon had committed $8 billion to the Claude developer", "Nvidia has invested
            // $800 million in the company": what money goes to is not the investor that puts
            // it in.
            let recipient = the > 0 && matches!(words[the - 1].low(), "to" | "into" | "in");
            // "Vantor, the chip startup, is seeking": a role noun set off by a comma right
            // after a name describes that name, whatever its head.
            let described = text[..span.start]
                .trim_end()
                .strip_suffix(',')
                .map(str::trim_end)
                .and_then(|before| {
                    mentions[..at]
                        .last()
                        .filter(|m| m.kind == EntityKind::Org && !m.possessive)
                        .filter(|m| m.span.end == before.len())
                })
                .map(|m| m.name.clone());
            let name = match role {
                _ if described.is_some() => described,
                Role::Investee => investee.clone(),
                Role::Investor => investor.clone(),
                // "the company": the party named last before it in its sentence, else the
                // article's investee (what an article calls "the company" most often).
                // (Not a possessive: "Amazon's bid for the Roomba maker" is for another.)
                // ("Thrive Capital, which put in $1.25 billion into the company": what money
                // goes to is not the party the sentence says puts it in.)
                Role::Nearest => mentions[..at]
                    .iter()
                    .rev()
                    .take_while(|m| m.span.start >= s.span.start)
                    .find(|m| {
                        let puts_in = recipient
                            && words.iter().any(|x| {
                                x.span.start >= m.span.end
                                    && x.span.end <= span.start
                                    && x.is(Tab::Invest)
                            });
                        // (Nor a name in a list of a round's investors.)
                        let listed = || in_investor_list(text, s.span.start, m.span.start);
                        m.kind == EntityKind::Org && !m.possessive && !puts_in && !listed()
                    })
                    .map(|m| m.name.clone())
                    .filter(|n| !(recipient && Some(n) == investor.as_ref()))
                    // "Corvex has chosen leasing over building. The company signed ...": a
                    // role noun opening a sentence stands for the party that opened the one
                    // before.
                    .or_else(|| {
                        prev_first
                            .filter(|_| the == 0)
                            .and_then(|first| opener_at(&mentions[..named_count], first))
                    })
                    .or_else(|| investee.clone()),
            };
            if let Some(name) = name {
                mentions.push(EntityMention {
                    span,
                    name,
                    kind: EntityKind::Role,
                    possessive: w.possessive,
                });
            }
        }
    }
    if !descriptors.is_empty() {
        let mut k = 0;
        mentions.retain(|_| {
            k += 1;
            !descriptors.contains(&(k - 1))
        });
    }
    // "the government": the one named last before it, else the first the article names.
    for g in governments.iter().filter(|g| g.place.is_none()) {
        let named = named_governments
            .iter()
            .rev()
            .find(|(span, _)| span.end <= g.span.start)
            .or(named_governments.first());
        if let Some((_, name)) = named {
            mentions.push(EntityMention {
                span: g.span,
                name: Arc::clone(name),
                kind: EntityKind::Role,
                possessive: g.possessive,
            });
        }
    }
    mentions.sort_by_key(|m| m.span);
    let consortia = consortia(lowered, sentences, &mentions);
    Entities {
        mentions,
        aliases,
        investee,
        investor,
        consortia,
        holding,
    }
}

/// Nouns of a group of buyers: a list of parties named within a few words after one buys
/// together ("a consortium led by PIF, Silver Lake and Affinity Partners", "a group of
/// investors including Silver Lake and PIF").
const CONSORTIUM_NOUNS: &[&str] = &["consortium", "group", "investors", "partners", "buyers"];

/// Words that make a list of parties rivals, not one buyer ("rival bids from KKR and
/// Advent", "KKR and Advent are vying for Spectris").
const RIVAL_WORDS: &[&str] = &[
    "rival",
    "rivals",
    "competing",
    "vying",
    "compete",
    "bids",
    "offers",
    "each",
    "separately",
];

/// Words before a bid "from" or "by" a party that make the party a rival of the deal's buyer
/// ("competition from other suitors, including a joint bid from Apollo and Sony").
const COMPETING_BID_WORDS: &[&str] = &["rival", "rivals", "competing", "competition", "suitors"];

/// The holders of a company's shares, paid by its buyer ("pay Vantor shareholders").
const HOLDER_NOUNS: &[&str] = &["shareholders", "stockholders", "holders", "investors"];

/// Verbs of paying that a group of buyers is the subject of ("Silver Lake, PIF and Affinity
/// Partners will pay EA's stockholders $210 per share"), besides the verbs of acquiring.
const PAYING_VERBS: &[&str] = &["pay", "pays", "paying"];

/// Whether a list's words between two names join them: a comma or "and" (or both, or "&"),
/// then at most six words that describe the next name, in lower case but for a nationality,
/// a place or a "-based" ("technology-focused private equity firm Silver Lake", "Saudi
/// Arabia's Public Investment Fund", "Miami-based Affinity Partners"), after the first name's
/// acronym in parentheses ("Public Investment Fund (PIF), Silver Lake").
fn joins_a_list(gap: &str) -> bool {
    // (Most gaps between two names are long stretches of text: none of them joins a list.)
    if gap.len() > 120 {
        return false;
    }
    let gap = gap.trim_start();
    let gap = match gap.strip_prefix('(') {
        Some(inner) => match inner.split_once(')') {
            Some((acronym, rest)) if acronym.len() <= 8 => rest.trim_start(),
            _ => return false,
        },
        None => gap,
    };
    let rest = match gap.strip_prefix(',') {
        Some(r) => r.trim_start(),
        None if gap.starts_with("and ") || gap.starts_with("& ") => gap,
        None => return false,
    };
    let rest = rest
        .strip_prefix("and ")
        .or_else(|| rest.strip_prefix("& "))
        .unwrap_or(rest);
    let mut words = rest.split_whitespace();
    words.by_ref().take(6).all(describes_a_name) && words.next().is_none()
}

/// A word of a short description before a name: lower case ("private equity firm"), or a
/// nationality, a place or a "-based", perhaps possessive ("Saudi Arabia's", "Miami-based").
fn describes_a_name(w: &str) -> bool {
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    !w.is_empty()
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && (w.starts_with(char::is_lowercase) || w.ends_with("-based") || {
            let lower = lower_case(w);
            DEMONYMS.contains(&lower.as_ref()) || PLACE_SET.contains(lower.as_ref())
        })
}

/// The groups of parties an article says buy together: a list of two or more named
/// companies (see [`joins_a_list`]) after a noun of a group of buyers ("a consortium led
/// by", within eight words), after a noun or verb of acquiring and "by" (and a description:
/// "acquisition by Saudi Arabia's Public Investment Fund, Silver Lake, and Affinity
/// Partners"), or before a verb of acquiring or paying whose subject they are ("Silver Lake,
/// PIF and Affinity Partners will pay"); not parties the sentence sets against each other
/// ([`RIVAL_WORDS`]). Each group's names in the article's order, without repeats.
fn consortia(
    lowered: &Lowered,
    sentences: &[Sentence],
    mentions: &[EntityMention],
) -> Vec<Vec<Arc<str>>> {
    let text = lowered.text();
    // (The lowered text, at the text's offsets: read in place, not lower-cased again.)
    let lower_text = lowered.lower_text();
    let mut out: Vec<Vec<Arc<str>>> = Vec::new();
    let orgs: Vec<&EntityMention> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Org && !text[..m.span.start].ends_with('('))
        .collect();
    let mut k = 0;
    while k < orgs.len() {
        let mut end = k + 1;
        while end < orgs.len()
            && orgs[end - 1].span.end <= orgs[end].span.start
            && !orgs[end - 1].possessive
            && joins_a_list(&text[orgs[end - 1].span.end..orgs[end].span.start])
        {
            end += 1;
        }
        let list = &orgs[k..end];
        k = end;
        // (Most names are listed with none.)
        if list.len() < 2 {
            continue;
        }
        let mut names: Vec<Arc<str>> = Vec::new();
        for m in list {
            if !names.contains(&m.name) {
                names.push(Arc::clone(&m.name));
            }
        }
        if names.len() < 2 {
            continue;
        }
        let (first, last) = (list[0].span, list[list.len() - 1].span);
        // (Sentences are in text order: the one the list begins in is found by halving.)
        let Some(s) = sentences
            .get(sentences.partition_point(|s| s.span.end <= first.start))
            .filter(|s| s.span.start <= first.start && last.end <= s.span.end)
        else {
            continue;
        };
        let before = &lower_text[s.span.start..first.start];
        let after = &lower_text[last.end..s.span.end];
        let sentence = s.span.slice(lower_text);
        // (A noun in lower case: "Affinity Partners" is a name.)
        let written_before = &text[s.span.start..first.start];
        let grouped = written_before.split_whitespace().rev().take(8).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic());
            w.starts_with(char::is_lowercase) && CONSORTIUM_NOUNS.contains(&w)
        });
        // "acquisition by" and a description: the words after "by" (at most six, read from
        // the list back) all describe the name.
        let last: Vec<&str> = before.split_whitespace().rev().take(8).collect();
        let bought_by = last.iter().position(|w| *w == "by").is_some_and(|by| {
            by <= 6
                && last
                    .get(by + 1)
                    .is_some_and(|w| ACQUIRE_CUES.contains(w) || *w == "private")
                && written_before
                    .split_whitespace()
                    .rev()
                    .take(by)
                    .all(describes_a_name)
        });
        let buys = after.split_whitespace().take(4).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic());
            ACQUIRE_CUES.contains(&w) || PAYING_VERBS.contains(&w)
        });
        // (Rivals are looked for only in a sentence that would give a group.)
        let rivals = || {
            sentence
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| RIVAL_WORDS.contains(&w))
        };
        if (grouped || bought_by || buys) && !rivals() {
            out.push(names);
        }
    }
    out
}

/// The searcher for "government", built once (a searcher costs more to build than most
/// articles take to search).
static GOVERNMENT_FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"government"));

/// A government the text names as a party: "the U.S. government" (`place` "U.S. government")
/// or "the government" (`place` None: the one the article names).
struct Government {
    span: Span,
    place: Option<String>,
    possessive: bool,
}

/// A country's initials, with the form a party's name takes from them: generic alone ("U.S.
/// officials"), part of a name they come right before ("U.S. Steel"), and the country of a
/// government ("the US government" is the "U.S. government").
const COUNTRY_INITIALS: &[(&str, &str)] = &[
    ("u.s.", "U.S."),
    ("u.s", "U.S."),
    ("us", "U.S."),
    ("u.k.", "U.K."),
    ("u.k", "U.K."),
    ("uk", "U.K."),
];

/// Adjectives of a country that name its government as its initials do ("the American
/// government" is the "U.S. government"). Other nationalities are the [`DEMONYMS`] that name a
/// country ("the German government").
const GOVERNMENT_ADJECTIVES_OF_INITIALS: &[(&str, &str)] =
    &[("american", "U.S."), ("british", "U.K.")];

/// A country's name at the start of a company's name, and the short forms it is written
/// with ("United States Steel", "U.S. Steel"); the cluster stage keys names by the first.
pub(crate) const COUNTRY_NAME_FORMS: &[(&str, &[&str])] = &[
    ("united states ", &["u.s. ", "us "]),
    ("united kingdom ", &["u.k. ", "uk "]),
];

/// [`DEMONYMS`] that name a region or a street, not one country's government.
const NOT_NATIONS: &[&str] = &[
    "south",
    "north",
    "silicon",
    "wall",
    "western",
    "eastern",
    "latin",
    "asian",
    "african",
    "african-american",
    "european",
    "nordic",
];

/// Adjectives, generic or of a nation, that begin the name of the capitalised word written
/// right after them ("National Amusements", "Federal Trade Commission", "State Street",
/// "American Express", "British Airways"); alone, or before a lower-case word ("federal
/// regulators", "American chipmaker Nvidia"), they name nothing.
const NAME_OPENING_ADJECTIVES: &[&str] = &["national", "federal", "state", "american", "british"];

/// Words between "the" and "government" that leave it the article's government ("the federal
/// government").
const GOVERNMENT_ADJECTIVES: &[&str] = &["federal", "national", "central"];

/// Nouns that "government" modifies ("government officials", "the government contracts"): the
/// phrase names no party.
const GOVERNMENT_MODIFIED: &[&str] = &[
    "official",
    "officials",
    "agency",
    "agencies",
    "contract",
    "contracts",
    "funding",
    "funds",
    "grant",
    "grants",
    "support",
    "subsidy",
    "subsidies",
    "approval",
    "approvals",
    "shutdown",
    "debt",
    "bond",
    "bonds",
    "spending",
    "policy",
    "policies",
    "data",
    "source",
    "sources",
    "relations",
    "affairs",
    "customers",
    "work",
    "business",
    "intervention",
    "loan",
    "loans",
];

/// The governments of an article's sentences (`sentence_words`), in text order.
fn governments(text: &str, sentence_words: &[&[Word]]) -> Vec<Government> {
    let mut out = Vec::new();
    for words in sentence_words {
        for (k, w) in words.iter().enumerate() {
            if w.lower != "government"
                || (!w.possessive
                    && words
                        .get(k + 1)
                        .is_some_and(|n| GOVERNMENT_MODIFIED.contains(&n.low())))
            {
                continue;
            }
            let Some(before) = k.checked_sub(1).map(|j| &words[j]) else {
                continue;
            };
            let place = COUNTRY_INITIALS
                .iter()
                .chain(GOVERNMENT_ADJECTIVES_OF_INITIALS)
                .find(|(p, _)| *p == before.low())
                .map(|(_, name)| format!("{name} government"))
                .or_else(|| {
                    (before.capitalised
                        && before.is(Tab::Demonym)
                        && !before.lower.ends_with("-based")
                        && !NOT_NATIONS.contains(&before.low()))
                    .then(|| format!("{} government", before.span.slice(text)))
                });
            // "the South Korean government": a region word before the nationality is its.
            let region = k
                .checked_sub(2)
                .map(|j| &words[j])
                .filter(|r| place.is_some() && r.capitalised && r.is(Tab::Demonym));
            let place = match region {
                Some(r) => place.map(|p| format!("{} {p}", r.span.slice(text))),
                None => place,
            };
            let span = match &place {
                Some(_) => Span::new(region.unwrap_or(before).span.start, w.span.end),
                None => {
                    // "the government", "the federal government"
                    let the = if GOVERNMENT_ADJECTIVES.contains(&before.low()) {
                        k.checked_sub(2).map(|j| &words[j])
                    } else {
                        Some(before)
                    };
                    match the {
                        Some(t) if t.lower == "the" => Span::new(t.span.start, w.span.end),
                        _ => continue,
                    }
                }
            };
            out.push(Government {
                span,
                place,
                possessive: w.possessive,
            });
        }
    }
    out
}

/// What stands between two names listed together ("Juniper Cloud and Juniper").
const LIST_JOINS: &[&str] = &[
    "and", "or", ",", "&", "vs", "vs.", "versus", ", and", ", or",
];

/// "Paramount" is "Paramount Skydance", "Warner" is "Warner Bros. Discovery", "Apollo" is
/// "Apollo Global Management", when the article names the company in full before its body
/// writes the short name (the full name first, the short one after: how articles name a
/// company; a headline's short name does not count) and the longer names that begin with the
/// short one are one (each begins the next: "Warner", "Warner Bros.", "Warner Bros.
/// Discovery"). Not "OpenAI" before "OpenAI Frontier": a short name the body writes first is
/// a company of its own and the longer one its unit or product; not a longer name with a name
/// of its own ("Amazon Web Services (AWS)"); not a person's. `names` are the runs' (form,
/// key), as [`find`] makes them; the short names' keys are added to `aliases`.
fn short_names_of_longer(
    text: &str,
    sentences: &[Sentence],
    raw: &[(Span, &[Word], bool)],
    names: &[(Cow<str>, Cow<str>)],
    aliases: &mut BTreeMap<String, String>,
) {
    // The mentions of names (not people's) by first word (its hash: numbers sort faster than
    // words; a group two words share by chance is told apart by the words compared below),
    // then length, then place: a name may only be short for another of its first word (most
    // names have none, and are passed over at a glance; no table is built for them).
    let hash = |w: &str| {
        use std::hash::BuildHasher;
        rustc_hash::FxBuildHasher.hash_one(w)
    };
    let mut by_first: Vec<(u64, usize, usize)> = raw
        .iter()
        .enumerate()
        .filter(|(_, (_, _, person))| !*person)
        .map(|(k, (_, words, _))| (hash(words[0].low()), words.len(), k))
        .collect();
    by_first.sort_unstable();
    // Headlines' spans, found when a first word is shared (most articles need them not).
    let mut headlines: Option<Vec<Span>> = None;
    // Whether `long` begins with the words of `short` (and is longer).
    let begins = |long: &[Word], short: &[Word]| {
        long.len() > short.len() && long.iter().zip(short).all(|(a, b)| a.low() == b.low())
    };
    // Each name of a group once (by key): its first mention (an index of `raw`), the start of
    // its first mention in the body, and whether it is left as it is: written in the body
    // before a capitalised word that names nothing alone, as "Prismora" of "Prismora AI" (the
    // longer name is another company's; a headline capitalises every word), or listed with
    // a name of its first word ("Juniper Cloud and Juniper").
    struct Seen<'n> {
        key: &'n str,
        first: usize,
        body: Option<usize>,
        kept: bool,
    }
    let mut group: Vec<Seen> = Vec::new();
    for mentions in by_first.chunk_by(|a, b| a.0 == b.0) {
        // One name, or names of one length (none begins another): nothing to join.
        if mentions.first().map(|m| m.1) == mentions.last().map(|m| m.1) {
            continue;
        }
        let headlines = headlines.get_or_insert_with(|| {
            sentences
                .iter()
                .filter(|s| s.kind == LineKind::Headline)
                .map(|s| s.span)
                .collect()
        });
        let in_headline = |span: Span| {
            let k = headlines.partition_point(|h| h.end <= span.start);
            headlines.get(k).is_some_and(|h| h.start <= span.start)
        };
        group.clear();
        // (A name's mentions come in the order of the text: its first is the one kept.)
        for &(_, _, k) in mentions {
            let (span, words, _) = raw[k];
            let key = names[k].1.as_ref();
            let body = (!in_headline(span)).then_some(span.start);
            let next = text[span.end..].strip_prefix(' ').unwrap_or("");
            let listed = raw.get(k + 1).is_some_and(|(next, next_words, person)| {
                !*person
                    && next_words[0].low() == words[0].low()
                    && LIST_JOINS.contains(&text[span.end..next.start].trim())
            }) || k.checked_sub(1).is_some_and(|j| {
                let (prev, prev_words, person) = raw[j];
                !person
                    && prev_words[0].low() == words[0].low()
                    && LIST_JOINS.contains(&text[prev.end..span.start].trim())
            });
            // ("Skydance CEO David Ellison": a title after the name is its officer's.)
            let titled = || {
                let word = next
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .next()
                    .unwrap_or("");
                PERSON_TITLES.contains(&lower_case(word).as_ref())
            };
            let kept =
                listed || (body.is_some() && next.starts_with(char::is_uppercase) && !titled());
            match group.iter_mut().find(|s| s.key == key) {
                Some(s) => {
                    s.body = s.body.or(body);
                    s.kept |= kept;
                }
                None => group.push(Seen {
                    key,
                    first: k,
                    body,
                    kept,
                }),
            }
        }
        for s in group.iter().filter(|s| !s.kept) {
            let s_words = raw[s.first].1;
            let longer = || group.iter().filter(|l| begins(raw[l.first].1, s_words));
            let Some(l) = longer().max_by_key(|l| raw[l.first].1.len()) else {
                continue;
            };
            let l_words = raw[l.first].1;
            // (Two keys may be one name's words written with other stops: "Bros." and "Bros".)
            let same = |m: &[Word]| m.iter().map(Word::low).eq(l_words.iter().map(Word::low));
            let one = longer().all(|m| same(raw[m.first].1) || begins(l_words, raw[m.first].1));
            let first_in_full = s.body.is_none_or(|b| raw[l.first].0.start < b);
            // (A longer name itself named otherwise, as by its initials in "Vantor Health
            // Alliance (VHA)", gives its short name that name too.)
            if one && first_in_full && !aliases.contains_key(s.key) {
                let display = aliases
                    .get(l.key)
                    .cloned()
                    .unwrap_or_else(|| names[l.first].0.to_string());
                aliases.insert(s.key.to_string(), display);
            }
        }
    }
}

/// The names of one word among the runs of names `raw`, lower case, in a set sized at once (a
/// set grown from empty is rebuilt at each doubling).
fn one_word_names<'w>(raw: &[(Span, &'w [Word<'_>], bool)]) -> crate::source::WordSet<&'w str> {
    let mut names = crate::source::WordSet::with_capacity_and_hasher(raw.len(), Default::default());
    names.extend(
        raw.iter()
            .filter(|(_, w, _)| w.len() == 1)
            .map(|(_, w, _)| w[0].low()),
    );
    names
}

fn caps(s: &str) -> usize {
    s.chars().filter(|c| c.is_uppercase()).count()
}

fn join(text: &str, words: &[Word]) -> String {
    let mut name = String::new();
    for (i, w) in words.iter().enumerate() {
        if let Some(prev) = i.checked_sub(1).map(|p| &words[p]) {
            // ("JDE Peet's NV": the "'s" of a name before its corporate suffix.)
            let gap = &text[prev.span.end..w.span.start];
            name.push_str(if prev.possessive && s_gap(gap) {
                gap
            } else {
                " "
            });
        }
        name.push_str(w.span.slice(text));
    }
    name
}

fn m_end(m: &EntityMention) -> usize {
    m.span.end
}

/// A capitalised word that is no name: a compound modifier whose last part is in lower case
/// ("AI-powered", "Alibaba-backed", "California-based"; "the ChatGPT-maker" is a role noun,
/// read apart), or a letter and a number ("B-1" of "Class B-1 stock").
fn modifier_or_code(word: &str) -> bool {
    // (Asked of every capitalised word: a loop over its few bytes, not a searcher.)
    let b = word.as_bytes();
    let Some(p) = b.iter().rposition(|&c| c == b'-') else {
        return false;
    };
    let last = &b[p + 1..];
    last.first().is_some_and(u8::is_ascii_lowercase)
        || (p == 1 && !last.is_empty() && last.iter().all(u8::is_ascii_digit))
}

/// A product model's code: one to three capitals, a hyphen or none, then three digits or
/// more, then capitals, one small letter or nothing ("GB300", "H100", "MI300X", a drug's
/// "MET-097i"); no party's name (not "G42", two digits).
fn model_code(word: &str) -> bool {
    let b = word.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let hyphen = usize::from(b.get(letters) == Some(&b'-'));
    let digits = b[letters + hyphen..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let rest = &b[letters + hyphen + digits..];
    (1..=3).contains(&letters)
        && digits >= 3
        && (rest.iter().all(u8::is_ascii_uppercase)
            || matches!(rest, [c] if c.is_ascii_lowercase()))
}

/// A period of a company's accounts: "FY25", "FY2025", "Q4", "H1" (no party's name).
fn fiscal_period(word: &str) -> bool {
    match word.as_bytes() {
        [b'F', b'Y', digits @ ..] => {
            matches!(digits.len(), 2 | 4) && digits.iter().all(u8::is_ascii_digit)
        }
        [b'Q', b'1'..=b'4'] | [b'H', b'1' | b'2'] => true,
        _ => false,
    }
}

/// The last word of `text` (after its last ASCII space), found by a loop over its last bytes.
fn last_word(text: &str) -> &str {
    let b = text.as_bytes();
    let start = b
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(0, |p| p + 1);
    &text[start..]
}

/// The party whose name opens a sentence at byte `first`, if one does (`names` sorted by
/// position): a role noun opening the next sentence stands for it.
fn opener_at(names: &[EntityMention], first: usize) -> Option<Arc<str>> {
    let at = names.partition_point(|m| m.span.start < first);
    names
        .get(at)
        .filter(|m| m.span.start == first && m.kind == EntityKind::Org && !m.possessive)
        .map(|m| m.name.clone())
}

/// The name at `span` is cited as the source of a report: "according to X", "an X report".
fn cited_as_source(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end();
    let after = text[span.end..].trim_start();
    // `cue`, without case, ends `before` / starts `after` as whole words (the cues are read
    // only after a word that ends one: most names follow none).
    let ends = |cue: &&str| ends_with_phrase(before, cue);
    let last = last_word(before);
    let lead = ATTRIBUTION_LEAD_ENDS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(last));
    let starts = |cue: &&str| {
        after
            .get(..cue.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(cue))
            && !after[cue.len()..].starts_with(char::is_alphanumeric)
    };
    // "..., the Wall Street Journal reported on Wednesday.": a name that reports at the end
    // of its clause (the verb, perhaps "on" and a day, then a stop or a comma) is where the
    // news came from (not "Nvidia reported on Wednesday that its revenue").
    let reports_last = || {
        // (Most names are followed by no word a reporting verb begins like.)
        crate::source::starts_like(REPORTING_VERBS, after)
            && REPORTING_VERBS.iter().filter(|v| starts(v)).any(|v| {
                let rest = after[v.len()..].trim_start();
                let rest = match rest.strip_prefix("on ") {
                    Some(r) => r.trim_start_matches(char::is_alphabetic),
                    None => rest,
                };
                rest.is_empty() || rest.starts_with(['.', ',', ';'])
            })
    };
    // (Only the leads that end with the word before the name are compared: "by", "in" and
    // "the" end a few, and stand before many names.)
    let ends_with_last = |cue: &&&str| last_word(cue).eq_ignore_ascii_case(last);
    // (An adverb in "-ly" may come first: "briefly misreported".)
    let misreports = || {
        let mut words = after
            .split_whitespace()
            .map(|x| x.trim_end_matches([',', '.', ';']));
        let next = words.next().unwrap_or("");
        let verb = if next.len() > 2 && next.ends_with("ly") {
            words.next().unwrap_or("")
        } else {
            next
        };
        verb.starts_with("mis") && MISREPORTING_VERBS.contains(&verb.to_ascii_lowercase().as_str())
    };
    (lead && ATTRIBUTION_LEADS.iter().filter(ends_with_last).any(ends))
        || ATTRIBUTION_NOUNS.iter().any(starts)
        || reports_last()
        || misreports()
}

/// Abbreviations written inside company names, a dot and a space before the rest of the
/// name ("Warner Bros. Discovery", "Brown Bros. Harriman").
const NAME_INNER_ABBREVIATIONS: &[&str] = &["bros", "intl", "mfg"];

/// Titles of a person written inside a company's name, without their dot, between two of its
/// words ("Keurig Dr Pepper").
const NAME_INNER_TITLES: &[&str] = &["dr"];

/// Words that may follow a company's one-word name in its longer form ("Juniper Networks",
/// "Cisco Systems"), besides the corporate suffixes of [`crate::cluster::CORPORATE_SUFFIXES`]
/// ("Nvidia Corp"): the one-word name, written in the same article, is short for it. Not in
/// the cluster's list, which joins names across articles: a corpus may name "Acme" and "Acme
/// Systems" as two companies, one article hardly both.
const COMPANY_NAME_TAILS: &[&str] = &[
    "networks",
    "systems",
    "ai",
    "motors",
    "industries",
    "software",
    "semiconductor",
    "communications",
    "pharmaceuticals",
    "therapeutics",
    "enterprises",
    // An investment firm's formal name ("Advent International", "Blue Owl Capital",
    // "Silver Lake Partners") beside the short one of the same article.
    "international",
    "capital",
    "partners",
];

/// The names (lower case) of regulators and courts, and the words their names end with
/// ("U.S. Justice Department", "Federal Trade Commission"): they review deals, not make them.
/// Not "authority" or "department" alone: a sovereign fund ("Qatar Investment Authority")
/// invests, and so may a government department.
const AUTHORITIES: &[&str] = &[
    "justice department",
    "trade commission",
    "exchange commission",
    "european commission",
    "markets authority",
    "competition authority",
    "competition commission",
    "competition bureau",
    "antitrust division",
    // Sector regulators that must approve some deals ("the Surface Transportation Board",
    // "the Federal Communications Commission").
    "transportation board",
    "communications commission",
    "fcc",
    "court",
    "tribunal",
    "doj",
    "ftc",
    "cma",
    "sec",
    "cfius",
];

/// Whether the name whose lower case is `key` is a regulator's or a court's ([`AUTHORITIES`]).
fn is_authority(key: &str) -> bool {
    // Told first by the name's last word, which few names share with an authority's.
    let last = key.rsplit(' ').next().unwrap_or(key);
    AUTHORITY_LAST_WORDS.contains(last) && AUTHORITIES.iter().any(|a| ends_with_phrase(key, a))
}

/// The last words of [`AUTHORITIES`].
static AUTHORITY_LAST_WORDS: std::sync::LazyLock<crate::source::WordSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        AUTHORITIES
            .iter()
            .map(|a| a.rsplit(' ').next().unwrap_or(a))
            .collect()
    });

/// Words that open an apposition after a company paid for and a comma, besides
/// [`APPOSITION_OPENERS`]' ("for Kellanova, one of the largest deals of the year").
const PAID_FOR_OPENERS: &[&str] = &["one ", "its ", "according to "];

/// Whether the company whose name ends at `end`, named after "pay ... for", is what is paid
/// for, not goods of its making ("for Nvidia chips") nor the first of a list ("for Nvidia,
/// AMD and Intel chips"): an apposition follows it, or its clause ends, or `next`, the word
/// after it (none at its clause's end), is a word of linking ("for Windsurf in cash"). Asked
/// by the parties' votes and by the rule that makes such a figure a price.
pub(crate) fn paid_for_itself(text: &str, end: usize, next: Option<&str>) -> bool {
    use crate::extract::cues::BOUGHT_PARTY_FOLLOWERS;
    let rest = &text[end..];
    // "to buy National Amusements (NAI)": a short form or ticker in parentheses after the
    // name is the name's; what follows it tells.
    if let Some(inner) = rest.strip_prefix(" (")
        && inner.starts_with(|c: char| c.is_ascii_uppercase())
        && let Some(close) = inner.get(..inner.len().min(24)).and_then(|h| h.find(')'))
    {
        let after = end + 2 + close + 1;
        let next = text[after..].split_whitespace().next().map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        });
        return next.as_deref().is_some_and(str::is_empty)
            || paid_for_itself(text, after, next.as_deref().filter(|w| !w.is_empty()));
    }
    // ("paid $3.35 billion for Chronosphere, $500 million for Protect AI": the next item of
    // a list of prices.)
    rest.strip_prefix(", ").is_some_and(|r| {
        APPOSITION_OPENERS
            .iter()
            .chain(PAID_FOR_OPENERS)
            .any(|a| r.starts_with(a))
            || r.starts_with(|c: char| c.is_ascii_digit() || "$€£¥".contains(c))
    }) || rest.starts_with(['.', ';', ')'])
        || next.is_none_or(|n| BOUGHT_PARTY_FOLLOWERS.contains(&n))
}

/// Words between a company and "wholly owned" that make it what is owned ("making Acme a",
/// "Acme, which will then be", "Acme is now a").
const OWNED_LINKS: &[&str] = &[
    "a", "which", "will", "would", "then", "be", "become", "becomes", "became", "is", "was", "now",
    "has", "been",
];

/// At "wholly" (word `k`): the owner named after "owned by" or "owned subsidiary of", and
/// the company owned, named right before it but for [`OWNED_LINKS`] — not an apposition
/// ("Merger Sub, a wholly owned subsidiary of Salesforce": the owner only).
fn wholly_owned<'m>(
    text: &str,
    orgs: &[&'m EntityMention],
    words: &[Word],
    k: usize,
) -> Option<(&'m EntityMention, Option<&'m EntityMention>)> {
    let w = &words[k];
    let at = match w.low() {
        "wholly-owned" => k + 1,
        "wholly" if words.get(k + 1).is_some_and(|n| n.lower == "owned") => k + 2,
        _ => return None,
    };
    let link = match (words.get(at)?.low(), words.get(at + 1).map(Word::low)) {
        ("by", _) => &words[at],
        ("subsidiary", Some("of")) => &words[at + 1],
        _ => return None,
    };
    let owner = named_right_after(orgs, text, link.span.end)?;
    let owned = orgs
        .iter()
        .copied()
        .rfind(|m| m.span.end <= w.span.start)
        .filter(|m| {
            let between = &text[m_end(m)..w.span.start];
            let apposition = between.trim_start().starts_with(", a ");
            !apposition
                && m.name != owner.name
                && between
                    .split_whitespace()
                    .map(|x| x.trim_matches(','))
                    .all(|x| x.is_empty() || OWNED_LINKS.contains(&x))
        });
    Some((owner, owned))
}

/// The party named right after `at`, with only spaces between.
fn named_right_after<'m>(
    orgs: &[&'m EntityMention],
    text: &str,
    at: usize,
) -> Option<&'m EntityMention> {
    orgs.iter()
        .copied()
        .find(|m| m.span.start >= at && text[at..m.span.start].trim().is_empty())
}

/// The party named first after `at` when only a group of buyers and a description come
/// between, words that describe a name ([`describes_a_name`]: "acquisition by a consortium
/// led by the Saudi sovereign wealth fund Public Investment Fund", "by Saudi Arabia's Public
/// Investment Fund"), at most ten.
fn named_after_group<'m>(
    orgs: &[&'m EntityMention],
    text: &str,
    at: usize,
) -> Option<&'m EntityMention> {
    let m = orgs.iter().copied().find(|m| m.span.start >= at)?;
    let mut words = text[at..m.span.start].split_whitespace();
    (words.by_ref().take(10).all(describes_a_name) && words.next().is_none()).then_some(m)
}

/// Whether `text` ends with `phrase` as whole words, whatever the case ("according to").
pub(crate) fn ends_with_phrase(text: &str, phrase: &str) -> bool {
    // The last bytes first: most texts end otherwise.
    if !text
        .as_bytes()
        .last()
        .zip(phrase.as_bytes().last())
        .is_some_and(|(t, p)| t.eq_ignore_ascii_case(p))
    {
        return false;
    }
    let cut = text.len().saturating_sub(phrase.len());
    text.get(cut..)
        .is_some_and(|t| t.eq_ignore_ascii_case(phrase))
        && !text[..cut].ends_with(char::is_alphanumeric)
}

/// `word` (lower case, after `prev`) leads to the party that receives money ("in", "into",
/// "to", "on"), and is not the "to" of an attribution ("according to CNBC": a source, not a
/// party).
pub(crate) fn leads_to_recipient(prev: &str, word: &str) -> bool {
    match word {
        "in" | "into" | "on" => true,
        "to" => prev != "according",
        _ => false,
    }
}

/// Words that open an apposition or a relative clause after a comma ("X, the startup founded
/// by ..., is"): the names inside describe X.
const APPOSITION_OPENERS: &[&str] = &["the ", "a ", "an ", "which ", "who "];

/// Participles that open an apposition after a comma ("X, backed by Nvidia, is", "X, founded
/// by former Google researchers, has", "X, based in Paris, raised"): the names inside describe X.
const APPOSITION_PARTICIPLES: &[&str] = &[
    "backed",
    "supported",
    "funded",
    "financed",
    "founded",
    "co-founded",
    "cofounded",
    "started",
    "created",
    "launched",
    "formed",
    "spun",
    "led",
    "run",
    "chaired",
    "owned",
    "controlled",
    "based",
    "headquartered",
];

/// Participles of backing besides the verbs of investing ([`INVEST_CUES`]: "backed",
/// "funded"), read in an apposition only ("X, supported by Y,"); "co-led" only in a sentence
/// of a round ("... in Series A financing, co-led by Y and Z").
const BACKING_PARTICIPLES: &[&str] = &["supported", "financed", "co-led"];

/// Whether the party at `m` is named inside an apposition set off by commas, opened after
/// `from` (its sentence's start) and closed before `verb`: "Thinking Machines Lab, the startup
/// founded by former OpenAI technology chief Mira Murati, is in talks to raise", "Zentrix,
/// supported by Nvidia, is negotiating": the name describes the party before it and is not
/// the verb's subject.
pub(crate) fn in_apposition(text: &str, from: usize, m: Span, verb: usize) -> bool {
    m.end <= verb
        && text[m.end..verb].contains(',')
        && after_last_comma(text, from, m.start).is_some_and(|opening| {
            APPOSITION_OPENERS.iter().any(|o| opening.starts_with(o))
                || opening
                    .split(' ')
                    .next()
                    .is_some_and(|w| APPOSITION_PARTICIPLES.contains(&w))
        })
}

/// The text between the last comma of `text[from..at]` and `at`, spaces before it trimmed:
/// how an apposition that `at` stands in opens.
fn after_last_comma(text: &str, from: usize, at: usize) -> Option<&str> {
    let c = text[from..at].rfind(',')?;
    Some(text[from + c + 1..at].trim_start())
}

/// Words of agreeing before "with" whose party is the other side of the agreement, not who
/// acts ("Acme agreed with the Trump administration to invest $11 billion").
const COUNTERPARTY_LEADS: &[&str] = &[
    "agreed with",
    "agrees with",
    "agreement with",
    "deal with",
    "signed with",
    "negotiated with",
    "struck with",
    "reached with",
    "settled with",
];

/// Whether the party `m` is named right after a [`COUNTERPARTY_LEADS`] phrase ("agreed with the
/// Trump administration"): the counterparty of the clause, not its subject. A possessive
/// names its own ("contrasts with Nvidia's shift" is no agreement anyway).
pub fn named_after_with(text: &str, m: &EntityMention) -> bool {
    if m.possessive {
        return false;
    }
    let before = text[..m.span.start].trim_end();
    let before = if ends_with_phrase(before, "the") {
        before[..before.len() - "the".len()].trim_end()
    } else {
        before
    };
    // Most parties follow no "with": one test of the text's end.
    before.ends_with(" with")
        && COUNTERPARTY_LEADS
            .iter()
            .any(|l| ends_with_phrase(before, l))
}

/// The party that answers the bid of `bidder` ("Vantor rejected Corvex's offer", "the board
/// of Vantor rejects Corvex's bid"): named at most three words before a verb of answering
/// ([`BID_RESPONSE_VERBS`]) that stands right before the bidder's possessive, with no comma
/// between. `words` are the sentence's words before the bid's noun.
fn answers_the_bid<'m>(
    text: &str,
    orgs: &[&'m EntityMention],
    words: &[Word],
    bidder: &EntityMention,
) -> Option<&'m EntityMention> {
    let verb = words
        .iter()
        .rev()
        .find(|w| w.span.end <= bidder.span.start)?;
    if !BID_RESPONSE_VERBS.contains(&verb.low())
        || !text[verb.span.end..bidder.span.start].trim().is_empty()
    {
        return None;
    }
    let t = orgs
        .iter()
        .rev()
        .find(|m| m.span.end <= verb.span.start && m.name != bidder.name)?;
    let between = &text[m_end(t)..verb.span.start];
    (!between.contains(',') && between.split_whitespace().count() <= 3).then_some(*t)
}

/// Votes for the article's main investee and investor from investment phrasing.
fn main_parties(
    text: &str,
    sentences: &[Sentence],
    sentence_words: &[&[Word]],
    mentions: &[EntityMention],
) -> MainParties {
    // Votes and counts by name, the names borrowed from the mentions.
    let mut investee: Map<&str, usize> = Map::default();
    let mut investor: Map<&str, usize> = Map::default();
    let mut freq: Map<&str, usize> =
        Map::with_capacity_and_hasher(mentions.len(), Default::default());
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Org) {
        *freq.entry(&*m.name).or_default() += 1;
    }
    // The body sentences read so far: the first is the article's lead.
    let mut body = 0;
    for (s, words) in sentences.iter().zip(sentence_words) {
        let lead = s.kind != LineKind::Headline && body == 0;
        body += usize::from(s.kind != LineKind::Headline);
        let lo = mentions.partition_point(|m| m.span.start < s.span.start);
        let hi = mentions.partition_point(|m| m.span.start < s.span.end);
        let orgs: Vec<&EntityMention> = mentions[lo..hi]
            .iter()
            .filter(|m| m.kind == EntityKind::Org && s.span.contains(m.span))
            .collect();
        // ("The agreement comes a week after 3G agreed to a $9.42 billion buyout of Skechers":
        // a sentence that sets the deal beside an earlier one tells who bought in that one.)
        if orgs.is_empty() || follows_another_deal(words) {
            continue;
        }
        for (k, w) in words.iter().enumerate() {
            // "an unsolicited offer valuing Metsera at roughly $9 billion", "a round that values
            // Corvex at": the party valued is the one bought or invested in.
            if VALUATION_VERBS.contains(&w.low())
                && w.lower != "valued"
                && let Some(o) = named_right_after(&orgs, text, w.span.end)
                && text[o.span.end..].trim_start().starts_with("at ")
            {
                *investee.entry(&*o.name).or_default() += 1;
                continue;
            }
            // "Orbital has turned its option on Kestrel into an agreement": an option on a
            // company is a right to buy it.
            if w.lower == "option"
                && let Some(on) = words.get(k + 1).filter(|n| n.lower == "on")
                && let Some(o) = named_right_after(&orgs, text, on.span.end)
            {
                *investee.entry(&*o.name).or_default() += 1;
                continue;
            }
            // "could own as much as 9% of AMD": a share of a company is a stake in it.
            if w.lower == "of"
                && k > 0
                && (words[k - 1].lower == "percent"
                    || text[words[k - 1].span.end..w.span.start].trim() == "%")
                && let Some(o) = named_right_after(&orgs, text, w.span.end)
            {
                *investee.entry(&*o.name).or_default() += 1;
                continue;
            }
            // "Vantor's pre-money valuation", "Vantor's valuation", "Zentrix's round": what is
            // valued, or raises the round, is the company invested in (a possessive at most
            // two words before the noun).
            if (w.lower == "valuation"
                || (crate::source::starts_like(crate::extract::cues::ROUND_NOUNS, w.low())
                    && crate::extract::cues::ROUND_NOUNS.contains(&w.low())))
                && let Some(o) = orgs.iter().rev().find(|m| {
                    m.possessive
                        && m.span.end <= w.span.start
                        && after_possessive(&text[m_end(m)..w.span.start])
                            .split_whitespace()
                            .count()
                            <= 1
                })
            {
                *investee.entry(&*o.name).or_default() += 1;
                continue;
            }
            // "making Informatica a wholly owned subsidiary of Salesforce", "Informatica, which
            // will then be wholly owned by Salesforce": the owner buys, what it owns is bought.
            // (Most words begin with neither "p" nor "w": told by their first byte.)
            let first = w.lower.as_bytes().first().copied();
            if first == Some(b'w')
                && w.lower.starts_with("wholly")
                && let Some((owner, owned)) = wholly_owned(text, &orgs, words, k)
            {
                *investor.entry(&*owner.name).or_default() += 2;
                if let Some(o) = owned {
                    *investee.entry(&*o.name).or_default() += 2;
                }
                continue;
            }
            // "a $2 billion round of funding for Reflection", "a funding round for Acme": the
            // party a round is for raises it (not "debt financing for": lenders' money).
            if crate::source::starts_like(crate::extract::cues::ROUND_NOUNS, w.low())
                && crate::extract::cues::ROUND_NOUNS.contains(&w.low())
                && let Some(f) = words.get(k + 1).filter(|n| n.lower == "for")
                && !k
                    .checked_sub(1)
                    .is_some_and(|p| crate::extract::cues::DEBT_NOUNS.contains(&words[p].low()))
                // ("financing for Louisiana data center": a place that names a thing.)
                && let Some(o) = named_right_after(&orgs, text, f.span.end).filter(|o| {
                    let next = words.iter().find(|n| n.span.start >= o.span.end);
                    !o.possessive && paid_for_itself(text, o.span.end, next.map(Word::low))
                })
            {
                *investee.entry(&*o.name).or_default() += 2;
                continue;
            }
            // "Mars will pay nearly $36 billion for Kellanova": who pays for a company buys it
            // (not "for Kellanova's stock", "for Nvidia chips": shares or goods).
            if first == Some(b'p')
                && matches!(w.low(), "pay" | "pays" | "paid" | "paying")
                && let Some(f) = words[k + 1..words.len().min(k + 7)]
                    .iter()
                    .find(|n| n.lower == "for")
                && let Some(bought) = named_right_after(&orgs, text, f.span.end).filter(|o| {
                    let next = words.iter().find(|n| n.span.start >= o.span.end);
                    !o.possessive && paid_for_itself(text, o.span.end, next.map(Word::low))
                })
                // ("more than twice the $7 billion it paid for Mellanox in 2019": a purchase
                // of a year named is an earlier deal's.)
                && !paid_in_a_year(text, bought.span.end)
            {
                *investee.entry(&*bought.name).or_default() += 2;
                if let Some(b) = orgs
                    .iter()
                    .rev()
                    .find(|m| m.span.end <= w.span.start && m.name != bought.name)
                {
                    *investor.entry(&*b.name).or_default() += 1;
                }
                continue;
            }
            // "Reflection, supported by Nvidia, is negotiating", "Reflection, the company
            // supported by Nvidia, is": an apposition of backing, as "backed by" (a verb of
            // investing) is.
            if crate::source::starts_like(BACKING_PARTICIPLES, w.low())
                && BACKING_PARTICIPLES.contains(&w.low())
                // ("co-led by Andreessen Horowitz and Thrive Capital": in a sentence of a round
                // only; a company is "led by" its chief.)
                && (w.lower != "co-led"
                    || words.iter().any(|x| {
                        crate::extract::cues::ROUND_NOUNS.contains(&x.low())
                            || matches!(x.low(), "financing" | "funding")
                    }))
                && after_last_comma(text, s.span.start, w.span.start).is_some_and(|opening| {
                    opening.is_empty() || APPOSITION_OPENERS.iter().any(|o| opening.starts_with(o))
                })
                && let Some(by) = words.get(k + 1).filter(|n| n.lower == "by")
                && let Some(a) = named_right_after(&orgs, text, by.span.end)
            {
                *investor.entry(&*a.name).or_default() += 2;
                if let Some(b) = orgs.iter().rev().find(|m| m.span.end <= w.span.start) {
                    *investee.entry(&*b.name).or_default() += 1;
                }
                continue;
            }
            // "Electronic Arts agreed to a $55 billion sale to Silver Lake, PIF and ...": the
            // party the company is sold to buys it; the seller, named before, is bought (so is
            // a company "taken private by" a buyer).
            // ("to be taken private by a group of investors that includes Silver Lake": the
            // first of the group buys.)
            let taken_private = first == Some(b'p')
                && w.lower == "private"
                && k > 0
                && matches!(words[k - 1].low(), "taken" | "take" | "takes" | "taking");
            if (taken_private || (first == Some(b's') && w.lower == "sale"))
                && let Some(link) = words
                    .get(k + 1)
                    .filter(|n| n.lower == if taken_private { "by" } else { "to" })
                && let Some(b) = named_right_after(&orgs, text, link.span.end)
                    .or_else(|| named_after_group(&orgs, text, link.span.end))
            {
                *investor.entry(&*b.name).or_default() += 2;
                if let Some(t) = orgs
                    .iter()
                    .rev()
                    .find(|m| m.span.end <= w.span.start && m.name != b.name)
                {
                    *investee.entry(&*t.name).or_default() += 1;
                }
                continue;
            }
            // "Acme reportedly close to a $10B deal to go private": the company that goes
            // private is bought; "would take Acme private": so is the company taken, and who
            // takes it buys.
            if first == Some(b'p') && w.lower == "private" && k > 0 {
                if GOING_PRIVATE_VERBS.contains(&words[k - 1].low()) {
                    if let Some(t) = orgs.iter().find(|m| m.span.end <= w.span.start) {
                        *investee.entry(&*t.name).or_default() += 1;
                    }
                    continue;
                }
                if let Some(t) = orgs.iter().rev().find(|m| {
                    m.span.end <= w.span.start && text[m.span.end..w.span.start].trim().is_empty()
                }) && TAKING_PRIVATE_VERBS
                    .iter()
                    .any(|v| v.eq_ignore_ascii_case(last_word(text[..t.span.start].trim_end())))
                {
                    *investee.entry(&*t.name).or_default() += 2;
                    if let Some(b) = orgs
                        .iter()
                        .rev()
                        .find(|m| m.span.end < t.span.start && m.name != t.name)
                    {
                        *investor.entry(&*b.name).or_default() += 1;
                    }
                    continue;
                }
            }
            // "Acme is near a deal with private-equity firm Vantor Partners": the buyer by
            // trade a deal is made with buys, and the party before, who makes it, is bought
            // ([`with_a_buyer`]; a noun of buying too: "a buyout with").
            // (Told by the first byte first: most words begin with none of theirs.)
            if crate::source::starts_like(DEAL_WITH_NOUNS, w.low())
                && DEAL_WITH_NOUNS.contains(&w.low())
                && let Some(buyer) = with_a_buyer(text, &orgs, w.span.end)
            {
                *investor.entry(&*buyer.name).or_default() += 2;
                if let Some(b) = orgs
                    .iter()
                    .rev()
                    .find(|m| m.span.end <= w.span.start && m.name != buyer.name)
                {
                    *investee.entry(&*b.name).or_default() += 1;
                }
                continue;
            }
            // "have sent Paramount Global a nonbinding, all-cash offer": the company a bid is
            // sent or made to, named right after the verb, is bought; who sends it, buys.
            if matches!(first, Some(b's' | b'm' | b'd' | b'p'))
                && BID_GIVING_VERBS.contains(&w.low())
                && let Some(t) =
                    named_right_after(&orgs, text, w.span.end).filter(|t| !t.possessive)
                && words[k + 1..words.len().min(k + 10)].iter().any(|n| {
                    n.span.start > t.span.end && crate::extract::cues::BID_NOUNS.contains(&n.low())
                })
            {
                *investee.entry(&*t.name).or_default() += 2;
                if let Some(b) = orgs.iter().rev().find(|m| m.span.end <= w.span.start) {
                    *investor.entry(&*b.name).or_default() += 1;
                }
                continue;
            }
            // "The Skydance merger with Paramount": the company named right before the noun
            // merges the one named right after "with" into it (not "Vantor will complete its
            // merger with Corvex", "will merge with": either may be the one that survives).
            if first == Some(b'm')
                && w.lower == "merger"
                && let Some(with) = words.get(k + 1).filter(|n| n.lower == "with")
                && let Some(t) = named_right_after(&orgs, text, with.span.end)
                && let Some(b) = orgs.iter().rev().find(|m| {
                    m.span.end <= w.span.start
                        && !m.possessive
                        && text[m.span.end..w.span.start].trim().is_empty()
                        && m.name != t.name
                })
            {
                *investee.entry(&*t.name).or_default() += 2;
                *investor.entry(&*b.name).or_default() += 1;
                continue;
            }
            // Most words are none of the three verbs: told by one test of the bits read.
            if w.tabs & VERB_TABS == 0 {
                continue;
            }
            // ("Comedy Central, BET and more": a word of a name is no verb or noun of it.)
            if w.capitalised && orgs.iter().any(|m| m.span.contains(w.span)) {
                continue;
            }
            // ("put $1 billion", "put in €1.3 billion": before a sum only.)
            // ("JPMorgan and Citi have committed $29 billion of debt financing": lenders put
            // in debt, not money for the deal's stake or shares.)
            let invest = w.is(Tab::Invest)
                && (!MONEY_ONLY_INVEST_CUES.contains(&w.low()) || {
                    let rest = text[w.span.end..].trim_start();
                    let rest = rest.strip_prefix("in ").unwrap_or(rest).trim_start();
                    rest.starts_with(|c: char| c.is_ascii_digit() || "$€£¥".contains(c))
                })
                && !words[k + 1..words.len().min(k + 6)]
                    .iter()
                    .any(|n| crate::extract::cues::DEBT_NOUNS.contains(&n.low()))
                // ("Corvex scrapped talks for a $2 billion funding round": a round is raised.)
                && !(matches!(w.low(), "funding" | "financing")
                    && words
                        .get(k + 1)
                        .is_some_and(|n| crate::extract::cues::ROUND_NOUNS.contains(&n.low())));
            let raise = w.is(Tab::Raise);
            let acquire = w.is(Tab::Acquire);
            // "Acme agreed with the Trump administration to invest": a counterparty named
            // after "with" is not who invests.
            // "Thinking Machines Lab, the startup founded by former OpenAI technology chief
            // Mira Murati, is in talks to raise": a name inside an apposition set off by commas
            // before the verb is not its subject.
            // ("clinched Metsera after outbidding Novo with a final offer": the party
            // outbid is a rival, not the bidder.)
            let before = orgs
                .iter()
                .rev()
                .find(|m| {
                    m.span.end <= w.span.start
                        && !named_after_with(text, m)
                        && !in_apposition(text, s.span.start, m.span, w.span.start)
                })
                .filter(|m| {
                    let prev = last_word(text[..m.span.start].trim_end());
                    !OUTBID_VERBS.iter().any(|v| v.eq_ignore_ascii_case(prev))
                        && !object_of_a_purchase(text, s.span.start, m.span)
                });
            // the first org after "in/into/to/on" within eight words ("to" names it right
            // after: "gives away a slice of itself to win OpenAI's business" opens a verb)
            let after_prep = (k + 1..words.len().min(k + 9))
                .filter(|&j| {
                    leads_to_recipient(words[j - 1].low(), words[j].low())
                        && words[j - 1].lower != "up"
                        // ("bet on Acme", "betting big on Acme"; not "announced the funding
                        // milestone during an appearance on Acme Television": "on" far from the
                        // cue is another noun's.)
                        && (words[j].lower != "on" || j <= k + 2)
                        // ("SoftBank put in around $500 million and Nvidia invested": "put in"
                        // is the verb, what follows is money, not its recipient.)
                        && !(words[j].lower == "in"
                            && matches!(words[j - 1].low(), "put" | "puts" | "putting"))
                })
                .find_map(|j| {
                    let prep = &words[j];
                    let at = prep.span.end;
                    orgs.iter().find(|m| {
                        m.span.start >= at
                            && m.span.start <= at + 40
                            && (prep.lower != "to"
                                || matches!(text[at..m.span.start].trim(), "" | "the"))
                            && !provided_by(text, m)
                            // ("more in cash than Netflix's": a party compared with.)
                            && !text[at..m.span.start].split_whitespace().any(|x| x == "than")
                    })
                });
            let from = words[k + 1..words.len().min(k + 5)]
                .iter()
                .position(|x| x.lower == "from")
                .and_then(|p| {
                    let at = words[k + 1 + p].span.end;
                    orgs.iter()
                        .find(|m| m.span.start >= at && m.span.start <= at + 40)
                });
            // "the $4 billion Anthropic investment", "its Anthropic bet": the party named
            // right before an investment noun receives it (not before a verb: "Nvidia back";
            // not names joined by "and": "the Alphabet and Nvidia investments" are theirs); a
            // possessive further back invests.
            // "Corvex will pay Vantor shareholders $20 a share": whose holders are paid is
            // bought, and who pays buys.
            if w.is(Tab::Pay) {
                if let Some(o) = named_right_after(&orgs, text, w.span.end).filter(|o| {
                    after_possessive(&text[o.span.end..])
                        .split_whitespace()
                        .next()
                        .is_some_and(|n| HOLDER_NOUNS.contains(&n))
                }) {
                    *investee.entry(&*o.name).or_default() += 2;
                    if let Some(b) = before.filter(|b| b.name != o.name) {
                        *investor.entry(&*b.name).or_default() += 1;
                    }
                }
                continue;
            }
            // ("JAB Holding, which owns 68 per cent, has backed the offer": a deal backed is
            // supported, no money put in.)
            if invest
                && matches!(
                    &words[k + 1..words.len().min(k + 3)],
                    [det, noun] if crate::extract::cues::BACK_DETERMINERS.contains(&det.low())
                        && crate::extract::cues::DEAL_NOUNS.contains(&noun.low())
                )
            {
                continue;
            }
            if invest {
                let noun = INVEST_NOUNS.contains(&w.low());
                if noun
                    && let Some(e) = orgs.iter().rev().find(|m| {
                        m.span.end <= w.span.start
                            && text[m.span.end..w.span.start].trim().is_empty()
                    })
                    && !text[s.span.start..e.span.start]
                        .trim_end()
                        .ends_with(" and")
                {
                    *investee.entry(&*e.name).or_default() += 2;
                }
                // "Alphabet and Nvidia back Safe Superintelligence": a verb's object, named
                // right after it, receives the money ("the deal gives Corvex a stake": one
                // given a stake or shares is who invests).
                // ("urged shareholders to back KKR's scheme": the bidder's bid is backed,
                // and the bidder receives nothing.)
                if !noun
                    && let Some(o) =
                        named_right_after(&orgs, text, w.span.end).filter(|o| !bid_of(text, o))
                {
                    let given = |words: &[&str]| {
                        text[o.span.end..]
                            .split_whitespace()
                            .take(3)
                            .any(|x| words.contains(&x.trim_end_matches(['.', ','])))
                    };
                    // ("Vantor gives Corvex a week for a final offer": time given, no money.)
                    // ("The transaction will give Salesforce access to Informatica's data":
                    // access given, no money.)
                    if matches!(w.low(), "give" | "gives")
                        && (given(GRANTED_TIME_WORDS) || given(GRANTED_NON_MONEY))
                    {
                        continue;
                    }
                    if given(STAKE_WORDS) {
                        *investor.entry(&*o.name).or_default() += 2;
                    } else {
                        *investee.entry(&*o.name).or_default() += 2;
                    }
                }
                // "Acme, backed by Beta": who acts is named after "by".
                if let Some(by) = words.get(k + 1).filter(|n| n.lower == "by")
                    && let Some(a) = named_right_after(&orgs, text, by.span.end)
                {
                    *investor.entry(&*a.name).or_default() += 2;
                    if let Some(b) = before {
                        *investee.entry(&*b.name).or_default() += 1;
                    }
                    continue;
                }
                if let Some(e) = orgs.iter().rev().find(|m| {
                    m.possessive && m.span.end <= w.span.start && w.span.start - m.span.end <= 40
                }) && !text[m_end(e)..w.span.start].trim().is_empty()
                {
                    *investor.entry(&*e.name).or_default() += 1;
                }
            }
            if invest {
                if let Some(e) = after_prep {
                    *investee.entry(&*e.name).or_default() += 2;
                }
                if let Some(b) = before
                    && after_prep.is_none_or(|a| a.name != b.name)
                {
                    *investor.entry(&*b.name).or_default() += 1;
                }
                if let Some(f) = from {
                    *investor.entry(&*f.name).or_default() += 2;
                }
            } else if raise
                && words[k + 1..words.len().min(k + 4)]
                    .iter()
                    .any(|n| crate::extract::cues::BID_NOUNS.contains(&n.low()))
            {
                // "Advent raises its offer for Spectris": a bidder raising its bid buys.
                if let Some(b) = before {
                    *investor.entry(&*b.name).or_default() += 1;
                }
            } else if raise
                && matches!(w.low(), "closes" | "closed")
                && let Some(d) = (k + 1..words.len().min(k + 7)).find(|&j| {
                    PURCHASE_NOUNS.contains(&words[j].low())
                        || CLOSED_DEAL_NOUNS.contains(&words[j].low())
                })
                && !words[k + 1..d]
                    .iter()
                    .any(|n| crate::extract::cues::ROUND_NOUNS.contains(&n.low()))
            {
                // "Dick's closes $2.5B Foot Locker deal": a purchase closed, no money raised;
                // the party before the verb buys, the one named right before the noun is
                // bought.
                let noun = words[d].span.start;
                if let Some(b) = before {
                    *investor.entry(&*b.name).or_default() += 1;
                }
                if let Some(t) = orgs.iter().find(|m| {
                    m.span.start > w.span.end
                        && m_end(m) <= noun
                        && text[m_end(m)..noun].trim().is_empty()
                        && before.is_none_or(|b| b.name != m.name)
                }) {
                    *investee.entry(&*t.name).or_default() += 2;
                }
            } else if raise {
                // ("Quill Fund is to lead this funding round, which could raise $2.5 billion":
                // the round raises it, not the party named before.)
                let round_raises = words[k.saturating_sub(3)..k]
                    .iter()
                    .position(|p| p.lower == "which")
                    .map(|p| k.saturating_sub(3) + p)
                    .is_some_and(|j| {
                        j > 0 && crate::extract::cues::ROUND_NOUNS.contains(&words[j - 1].low())
                    });
                if let Some(b) = before.filter(|_| !round_raises) {
                    *investee.entry(&*b.name).or_default() += 1;
                }
                if let Some(f) = from {
                    *investor.entry(&*f.name).or_default() += 1;
                }
            } else if acquire
                // ("its largest buyout since acquiring Mobil", "since its acquisition of
                // Mobil", "deals like Gamma's acquisition of Delta": another deal the article
                // compares with, [`COMPARED_DEAL_WORDS`] as for a price's target.)
                && !words[k.saturating_sub(3)..k]
                    .iter()
                    .any(|p| crate::extract::cues::COMPARED_DEAL_WORDS.contains(&p.low()))
            {
                // "agreed to be bought by Advent", "a takeover by KKR", "an offer from KKR":
                // the party after "by" or "from" buys; the one before the word is bought.
                if let Some(link) = words.get(k + 1).filter(|n| BUYER_LINKS.contains(&n.low()))
                    && let Some(b) = named_right_after(&orgs, text, link.span.end)
                        .or_else(|| named_after_group(&orgs, text, link.span.end))
                {
                    // ("faces competition from other suitors, including a joint bid from
                    // Apollo and Sony": a rival's bid, not the deal's buyer.)
                    if words[..k]
                        .iter()
                        .any(|p| COMPETING_BID_WORDS.contains(&p.low()))
                    {
                        continue;
                    }
                    *investor.entry(&*b.name).or_default() += 2;
                    // ("a takeover by KKR and dropped its recommendation of the rival offer
                    // from Advent": a buyer named after its link is not the next one's target.)
                    let linked = |t: &&EntityMention| {
                        let before = text[..t.span.start].trim_end();
                        BUYER_LINKS.iter().any(|l| ends_with_phrase(before, l))
                    };
                    if let Some(t) = before.filter(|t| t.name != b.name && !linked(t)) {
                        *investee.entry(&*t.name).or_default() += 2;
                    }
                    continue;
                }
                // "Electronic Arts ... is being acquired for $55 billion", "agreed to be
                // bought": a passive verb's subject is bought, whoever buys.
                if words[k.saturating_sub(2)..k]
                    .iter()
                    .any(|p| PASSIVE_AUXILIARIES.contains(&p.low()))
                    && w.lower.ends_with(['d', 't'])
                {
                    if let Some(t) = before {
                        *investee.entry(&*t.name).or_default() += 2;
                    }
                    continue;
                }
                // "Union Pacific's Norfolk Southern purchase": a name right before a noun of
                // buying, after a possessive, is bought by the possessive.
                if PURCHASE_NOUNS.contains(&w.low())
                    && let Some(t) = orgs.iter().rev().find(|m| {
                        !m.possessive
                            && m.span.end <= w.span.start
                            && text[m.span.end..w.span.start].trim().is_empty()
                    })
                    && let Some(b) = orgs.iter().rev().find(|m| {
                        m.possessive
                            && m.span.end <= t.span.start
                            && after_possessive(&text[m_end(m)..t.span.start])
                                .trim()
                                .is_empty()
                            && m.name != t.name
                    })
                {
                    *investor.entry(&*b.name).or_default() += 2;
                    *investee.entry(&*t.name).or_default() += 2;
                    continue;
                }
                // "buy Juniper", "the acquisition of Juniper", "an offer for Spectris": the
                // party right after the word (or its "of", or a bid's "for") is bought.
                let bid = crate::extract::cues::BID_NOUNS.contains(&w.low());
                let object_at = match words.get(k + 1) {
                    Some(n) if n.lower == "of" || (bid && n.lower == "for") => n.span.end,
                    // "rejected Paramount's latest $30-a-share offer": the possessive bids.
                    _ if bid => {
                        let from = words[k.saturating_sub(4)].span.start;
                        if let Some(b) = orgs.iter().rev().find(|m| {
                            m.possessive && m.span.start >= from && m.span.end <= w.span.start
                        }) {
                            *investor.entry(&*b.name).or_default() += 1;
                            if let Some(t) = answers_the_bid(text, &orgs, &words[..k], b) {
                                *investee.entry(&*t.name).or_default() += 2;
                            }
                        }
                        continue;
                    }
                    _ => w.span.end,
                };
                // ("acquire cloud software company VMware", "buy the video game maker
                // Activision": a short description in lower case may come before the name.)
                let described =
                    |m: &&&EntityMention| description_of_a_name(&text[object_at..m.span.start]);
                // (A described name counts only in the lead, and less: articles describe the
                // companies of other deals so further down: "its $8.45 billion takeover of the
                // film studio MGM", "Separately, CoreWeave agreed to buy the data center
                // operator Core Scientific".)
                let next = orgs
                    .iter()
                    .find(|m| m.span.start >= object_at)
                    .and_then(|m| {
                        if m.span.start <= object_at + 3 {
                            Some((m, 2))
                        } else {
                            (lead && described(&m)).then_some((m, 1))
                        }
                    });
                // ("the purchase of Acme shares": shares bought, not the company.)
                let shares_of = |t: &EntityMention| {
                    text[t.span.end..]
                        .split_whitespace()
                        .next()
                        .map(|w| w.trim_end_matches(['.', ',', ';', ':']))
                        .is_some_and(|w| matches!(w, "shares" | "stock"))
                };
                // ("the takeover of Acme's $22 billion Army contract", "bought Acme's team":
                // what a possessive owns is bought, its owner less surely.)
                if let Some((t, votes)) = next.filter(|(t, _)| !shares_of(t)) {
                    let votes = if t.possessive { votes.min(1) } else { votes };
                    *investee.entry(&*t.name).or_default() += votes;
                } else if text[object_at..].trim_start().starts_with("it ")
                    && let Some(b) = before
                    && let Some(granter) = orgs.first().filter(|o| o.name != b.name)
                {
                    // "Kestrel has granted Orbital the right to acquire it": "it" is the
                    // sentence's first party, bought by the one before the verb.
                    *investee.entry(&*granter.name).or_default() += 1;
                }
                if let Some(b) = before {
                    *investor.entry(&*b.name).or_default() += 1;
                }
            }
        }
    }
    // Each party's name as its mentions share it (every name voted for or counted is one).
    let shared = |n: &str| {
        mentions
            .iter()
            .find(|m| &*m.name == n)
            .map_or_else(|| Arc::from(n), |m| Arc::clone(&m.name))
    };
    // The most voted name (not `not`), then the most frequent, then the first in order.
    let pick = |votes: &Map<&str, usize>, not: Option<&str>| -> Option<Arc<str>> {
        votes
            .iter()
            .filter(|(n, _)| Some(**n) != not)
            .min_by(|a, b| {
                b.1.cmp(a.1)
                    .then(freq.get(b.0).unwrap_or(&0).cmp(freq.get(a.0).unwrap_or(&0)))
                    .then(a.0.cmp(b.0))
            })
            .map(|(n, _)| shared(n))
    };
    // The most frequent name (not `not`), then the first in order.
    let most_frequent = |not: Option<&str>| {
        freq.iter()
            .filter(|(n, _)| Some(**n) != not)
            .min_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)))
            .map(|(n, _)| shared(n))
    };
    // Where no sentence tells what is invested in, the most frequent name is; when two names
    // (and no third) are the most frequent, the one a sentence tells invests is the investor
    // ("Amazon's bid for the Roomba maker"), not the investee by the order of their names.
    if investee.is_empty()
        && let Some(or) = pick(&investor, None)
        && let Some(top) = freq.values().max()
        && freq.get(&*or) == Some(top)
        && freq.values().filter(|n| *n == top).count() == 2
        && let Some(ee) = most_frequent(Some(&*or)).filter(|e| freq.get(&**e) == Some(top))
    {
        return MainParties {
            investee: Some(ee),
            investor: Some(or),
            holding: None,
        };
    }
    let ee = pick(&investee, None).or_else(|| most_frequent(None));
    let or = pick(&investor, ee.as_deref()).or_else(|| most_frequent(ee.as_deref()));
    // "National Amusements, which controls 77% of the voting shares of Paramount": a holding
    // company bought is a step to the company it controls, the article's target (a sentence
    // that names the holding company bought still keys its price by it).
    let controlled = ee
        .as_ref()
        .and_then(|e| controlled_by(text, mentions, e))
        .filter(|c| Some(c) != or.as_ref());
    match controlled {
        Some(c) => MainParties {
            investee: Some(c),
            investor: or,
            holding: ee,
        },
        None => {
            // (The target won the votes itself: a company voted bought that controls it is
            // still the holding company.)
            let holding = ee.as_ref().and_then(|e| {
                investee
                    .keys()
                    .filter(|h| **h != &**e && Some(**h) != or.as_deref())
                    .find(|h| controlled_by(text, mentions, h).as_deref() == Some(&**e))
                    .map(|h| shared(h))
            });
            MainParties {
                investee: ee,
                investor: or,
                holding,
            }
        }
    }
}

/// The article's main parties: see [`Entities`].
struct MainParties {
    investee: Option<Arc<str>>,
    investor: Option<Arc<str>>,
    holding: Option<Arc<str>>,
}

/// Phrases that open a list of a round's investors ("The round, led by Thrive Capital with
/// participation from Accel and DST Global, ..."): the names in it put money in, and a role
/// noun after them ("the company's valuation") stands for no one of them.
const INVESTOR_LIST_MARKERS: &[&str] = &[
    "participation from",
    "led by",
    "co-led by",
    "backed by",
    "joined by",
    "investors including",
    "investors such as",
];

/// Whether the name starting at `at` is in a list of investors that a marker opens within its
/// sentence (from `sentence_start`): only names, commas, "and" and "with" between.
fn in_investor_list(text: &str, sentence_start: usize, at: usize) -> bool {
    let before = &text[sentence_start..at];
    let Some((pos, marker)) = INVESTOR_LIST_MARKERS
        .iter()
        .filter_map(|mk| before.rmatch_indices(mk).next().map(|(p, _)| (p, mk.len())))
        .max_by_key(|(p, _)| *p)
    else {
        return false;
    };
    before[pos + marker..]
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                || matches!(w, "and" | "with" | "participation" | "from" | "&")
        })
}

/// Verbs whose indirect object receives a bid ("sent Paramount a $26 billion offer", "made
/// Vantor an offer").
/// (Not "gives": "gives Vantor a week for a final offer" grants time.)
const BID_GIVING_VERBS: &[&str] = &[
    "sent",
    "sends",
    "send",
    "made",
    "makes",
    "make",
    "submitted",
    "delivered",
    "presented",
];

/// Words between a holding company and the company it controls ("National Amusements, which
/// controls 77% of the voting shares of Paramount", "the family holding company that controls
/// Paramount Global", "the parent of Paramount").
const CONTROL_WORDS: &[&str] = &["controls", "controlled", "controlling", "parent"];

/// Nouns after a company's possessive that name its controller ("Paramount's controlling
/// shareholder, National Amusements", "National Amusements, Paramount's parent,").
const CONTROLLER_NOUNS: &[&str] = &["controlling shareholder", "parent"];

/// The company that `holder` controls, as an apposition or relative clause right after one of
/// its mentions says (a control word and no other name between, within the sentence), or as
/// a possessive name before it does ("Paramount's controlling shareholder, National
/// Amusements"). ("Paramount Global parent National Amusements" is not read: the role noun
/// "parent" takes the name before it as its description.)
fn controlled_by(text: &str, mentions: &[EntityMention], holder: &str) -> Option<Arc<str>> {
    let orgs: Vec<&EntityMention> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Org)
        .collect();
    let controls = |between: &str| {
        !between.contains(['.', ';'])
            && between
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| CONTROL_WORDS.contains(&w))
    };
    for (k, m) in orgs.iter().enumerate() {
        if &*m.name != holder || m.possessive {
            continue;
        }
        // After it: ", which controls ... of Paramount", ", the holding company that controls",
        // ", Paramount's controlling shareholder".
        if let Some(next) = orgs.get(k + 1).filter(|n| n.name != m.name) {
            let between = &text[m.span.end..next.span.start];
            let held = if next.possessive {
                between == ", "
                    && CONTROLLER_NOUNS.iter().any(|c| {
                        after_possessive(&text[m_end(next)..])
                            .trim_start()
                            .starts_with(c)
                    })
            } else {
                between.starts_with(", ") && between.len() <= 100 && controls(between)
            };
            if held {
                return Some(Arc::clone(&next.name));
            }
        }
        // Before it: "Paramount's controlling shareholder, National Amusements".
        if let Some(prev) = k
            .checked_sub(1)
            .map(|j| orgs[j])
            .filter(|p| p.name != m.name)
        {
            let between = after_possessive(&text[m_end(prev)..m.span.start]).trim();
            let between = between.trim_end_matches(',').trim();
            if CONTROLLER_NOUNS.contains(&between) {
                return Some(Arc::clone(&prev.name));
            }
        }
    }
    None
}

impl Entities {
    /// Returns the mentions that lie inside `span`.
    pub fn within(&self, span: Span) -> impl Iterator<Item = &EntityMention> {
        let start = self.mentions.partition_point(|m| m.span.start < span.start);
        self.mentions[start..]
            .iter()
            .take_while(move |m| m.span.end <= span.end)
    }

    /// Canonical name for a name as written, if the article defines it.
    pub fn canonical(&self, written: &str) -> Option<&str> {
        self.aliases
            .get(&written.to_lowercase())
            .map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment;

    /// A word is in a [`Tab`] exactly when its table lists it (the bits stand for the
    /// comparisons with each table's entries that they replace).
    #[test]
    fn a_word_s_tabs_are_the_tables_that_list_it() {
        let tables = tab_tables();
        let mut words: Vec<&str> = tables.iter().flat_map(|(_, w)| w.iter().copied()).collect();
        words.extend(["acme", "raised", "the", "company", "investors", ""]);
        let mut bits = 0;
        for w in words {
            for (table, list) in &tables {
                let bit = word_tabs(w) & (1 << *table as u16) != 0;
                assert_eq!(bit, list.contains(&w), "{w:?} in table {}", *table as u16);
                bits += usize::from(bit);
            }
        }
        assert!(bits > 300, "{bits}");
    }

    /// A word read answers for every table as the full lookup does, whether its tables were
    /// looked up when it was read or are looked up when asked: every word of every table, in
    /// lower case and capitalised, and words of no table.
    #[test]
    fn a_word_read_is_in_the_tables_that_list_it() {
        let tables = tab_tables();
        let mut listed: Vec<String> = tables
            .iter()
            .flat_map(|(_, w)| w.iter().map(|w| w.to_string()))
            .collect();
        listed.extend(["acme", "raised", "backs", "the", "investors", "giant"].map(String::from));
        let capitalised: Vec<String> = listed
            .iter()
            .map(|w| w[..1].to_uppercase() + &w[1..])
            .collect();
        let text = listed
            .iter()
            .chain(&capitalised)
            .cloned()
            .collect::<Vec<_>>()
            .join(" x ");
        let lowered = Lowered::new(&text);
        let (words, _) = words_of(&lowered, [Span::new(0, text.len())]);
        assert!(words.len() > 2 * listed.len(), "{} words", words.len());
        let mut checked = 0;
        for w in &words {
            for (table, _) in &tables {
                let bit = 1 << *table as u16;
                assert_eq!(
                    w.is(*table),
                    word_tabs(w.low()) & bit != 0,
                    "{:?} in {}",
                    w.low(),
                    bit
                );
                checked += usize::from(w.is(*table));
            }
        }
        assert!(checked > 600, "{checked}");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, .. Default::default() })]
        /// The ASCII shortcut of [`is_capitalised`] answers as the test by chars: words that
        /// open with capitals, lower case, digits or signs, with capitals of any script later.
        #[test]
        fn capitals_are_told_by_bytes_as_by_chars(w in "[aBz9.'ÉéДжǅß]{0,6}") {
            let by_chars = {
                let first = w.chars().next();
                first.is_some_and(|f| {
                    is_uppercase(f)
                        || (is_lowercase(f)
                            && w.chars().skip(1).any(is_uppercase)
                            && w.chars().any(is_alphabetic))
                })
            };
            proptest::prop_assert_eq!(is_capitalised(&w), by_chars, "{:?}", w);
        }

        /// A word's capitals told eight bytes at a time answer as [`is_capitalised`] does, for
        /// every span of up to ten bytes of a text of several scripts (ASCII words of one to
        /// eight bytes, longer ones, words near the text's end, words with other chars).
        #[test]
        fn capitals_are_told_eight_bytes_at_a_time_as_one_by_one(
            text in "[aBzY9.' ÉéДжǅİ]{0,14}"
        ) {
            let lowered = Lowered::new(&text);
            for a in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for b in (a..=text.len().min(a + 10)).filter(|&i| text.is_char_boundary(i)) {
                    let span = Span::new(a, b);
                    proptest::prop_assert_eq!(
                        capitalised_at(&lowered, span),
                        is_capitalised(span.slice(&text)),
                        "{:?}", span.slice(&text)
                    );
                }
            }
        }
    }

    fn ents(text: &str) -> Entities {
        find(&Lowered::new(text), &segment::split(text))
    }

    /// The article's (investee, investor).
    fn target_and_buyer(text: &str) -> (Option<String>, Option<String>) {
        let e = ents(text);
        (
            e.investee.as_deref().map(String::from),
            e.investor.as_deref().map(String::from),
        )
    }

    fn pair(a: &str, b: &str) -> (Option<String>, Option<String>) {
        (Some(a.to_string()), Some(b.to_string()))
    }

    /// Each mention of `text` as "written = name (kind)".
    fn mention_rows(text: &str) -> Vec<String> {
        ents(text)
            .mentions
            .iter()
            .map(|m| format!("{} = {} ({:?})", m.span.slice(text), m.name, m.kind))
            .collect()
    }

    #[test]
    fn a_title_inside_a_name_is_the_name_s() {
        // "Dr" without its dot between two words of a name: no person's title there.
        let t = "Halden Dr Quill agreed to buy Vantor Systems for $2 billion. Halden Dr Quill said the deal would close in 2026.";
        assert_eq!(
            target_and_buyer(t),
            pair("Vantor Systems", "Halden Dr Quill")
        );
        // In a headline too, where the words before the title are confirmed by none but the
        // body's sentence openings.
        let t = "Halden Dr Quill Agrees $2 Billion Deal for Vantor\nHalden Dr Quill has agreed to buy Vantor for $2 billion. Halden Dr Quill said the deal would close in 2026.";
        assert_eq!(
            mention_rows(t),
            [
                "Halden Dr Quill = Halden Dr Quill (Org)",
                "Vantor = Vantor (Org)",
                "Halden Dr Quill = Halden Dr Quill (Org)",
                "Vantor = Vantor (Org)",
                "Halden Dr Quill = Halden Dr Quill (Org)",
            ]
        );
        // Before a person's name it is still a title.
        let t = "Corvex agreed to buy Vantor for $2 billion, Dr. Maria Lund said.";
        assert_eq!(target_and_buyer(t), pair("Vantor", "Corvex"));
    }

    #[test]
    fn a_name_that_holds_an_s_is_one_name() {
        // "Halden's" is written with "'s" every time and "Sporting Goods" only after it: one
        // name; in capitals too ("HALDEN'S").
        let t = "Halden's Sporting Goods agreed to buy Vantor for $2 billion. Halden's said the deal would close in 2026. HALDEN'S Sporting Goods stock fell.";
        assert_eq!(
            target_and_buyer(t),
            pair("Vantor", "Halden's Sporting Goods")
        );
        // "Halden's Quill" is Halden's unit where "Quill" stands alone elsewhere.
        let t = "Corvex agreed to buy Vantor for $2 billion. Halden's Quill unit will run it. Quill was founded in 2001.";
        assert_eq!(
            mention_rows(t),
            [
                "Corvex = Corvex (Org)",
                "Vantor = Vantor (Org)",
                "Halden = Halden (Org)",
                "Quill = Quill (Org)",
                "Quill = Quill (Org)",
            ]
        );
    }

    #[test]
    fn a_holder_that_backs_the_offer_puts_no_money_in() {
        let t = "Corvex (CVX) has signed a definitive agreement to acquire Vantor in an all-cash deal valued at $2 billion.\nCVX will pay Vantor shareholders $20 per share in cash.\nGerman investment group Halden Holding, which lifted its stake in Vantor to 68 per cent last year, has backed the offer.";
        assert_eq!(target_and_buyer(t), pair("Vantor", "Corvex"));
    }

    #[test]
    fn a_name_written_with_its_s_keeps_it() {
        // Where no possessive can stand ("for", "said", a full stop), the "'s" is the name's,
        // and every mention is so named, those before a noun too.
        let t = "Corvex agreed to buy Halden's for $2 billion. Halden's shares rose 20%. Halden's said it backed the offer.";
        assert_eq!(target_and_buyer(t), pair("Halden's", "Corvex"));
        assert_eq!(
            mention_rows(t),
            [
                "Corvex = Corvex (Org)",
                "Halden = Halden's (Org)",
                "Halden = Halden's (Org)",
                "Halden = Halden's (Org)",
            ]
        );
        // A corporate suffix after the "'s" is the same name's (and "Halden" short for it).
        let t = "Corvex agreed to buy Halden's NV for $2 billion. Halden's shares rose 20%.";
        assert_eq!(
            mention_rows(t),
            [
                "Corvex = Corvex (Org)",
                "Halden's NV = Halden's NV (Org)",
                "Halden = Halden's NV (Org)",
            ]
        );
        // (A headline's capitals: "Halden's With" is no possessive.)
        let t = "Corvex Agrees to Buy Halden's With Cash\nCorvex agreed to buy Halden's shares for $2 billion.";
        assert_eq!(target_and_buyer(t), pair("Halden's", "Corvex"));
        // Written once without it, or only before nouns and as "is" ("Corvex's in talks"),
        // the name has no "'s".
        let t = "Corvex agreed to buy Halden for $2 billion. Halden's shares rose 20%. Halden's said it backed the offer.";
        assert_eq!(target_and_buyer(t), pair("Halden", "Corvex"));
        let t = "Corvex's in talks to buy Halden for $2 billion. Corvex's offer is in cash.";
        assert_eq!(target_and_buyer(t), pair("Halden", "Corvex"));
    }

    #[test]
    fn a_former_name_is_the_company_named_before_it() {
        // "formerly known as Oldco" names Vantor again (not a second mention there, and Vantor
        // wherever else the article writes it).
        // (The scan reads a cue only before a name whose last letter before it ends one.)
        assert!(
            FORMER_NAME_CUES
                .iter()
                .all(|c| c.ends_with(['s', 'd', 'y']))
        );
        let t = "Corvex agreed to buy Vantor, the maker of coding tools formerly known as Oldco, for about $3 billion. Oldco was founded in 2021.";
        assert_eq!(
            mention_rows(t),
            [
                "Corvex = Corvex (Org)",
                "Vantor = Vantor (Org)",
                "the maker = Vantor (Role)",
                "Oldco = Vantor (Org)",
            ]
        );
    }

    #[test]
    fn acronyms_tickers_and_possessives() {
        let t = "Acme Cloud Services (ACS) said on Monday it will invest $5 billion in Beta. Gamma (GMMA) also invested. ACS's deal with Beta is large. Beta's founders agreed.";
        let e = ents(t);
        let names: Vec<&str> = e.mentions.iter().map(|m| &*m.name).collect();
        assert_eq!(names, vec!["ACS", "Beta", "Gamma", "ACS", "Beta", "Beta"]);
        assert_eq!(e.investee.as_deref(), Some("Beta"));
        assert_eq!(e.investor.as_deref(), Some("ACS"));
        // A ticker with its exchange before it (no party), or its country after it
        // (Bloomberg's form).
        let t = "Vantor Corporation (VNT:US) agreed to buy Corvex (NYSE: GE). VNT said the deal was done. GE holders cheered.";
        assert_eq!(
            mention_rows(t),
            [
                "Vantor = Vantor (Org)",
                "Corvex = Corvex (Org)",
                "GE = Corvex (Org)",
                "VNT = Vantor (Org)",
                "GE = Corvex (Org)",
            ]
        );
    }

    #[test]
    fn a_ticker_that_spells_the_initials_and_reuters_tickers() {
        // "(NYSE: VL)" after "Vantor Lane" is a ticker, however it spells the initials; so is
        // "(VL)" that the article never writes again. An acronym written again is the name.
        let t = "Corvex agreed to buy Vantor Lane (NYSE: VL). Vantor Lane shares jumped.";
        assert_eq!(
            mention_rows(t),
            [
                "Corvex = Corvex (Org)",
                "Vantor Lane = Vantor Lane (Org)",
                "VL = Vantor Lane (Org)",
                "Vantor Lane = Vantor Lane (Org)",
            ]
        );
        let t = "Corvex agreed to buy Vantor Lane (VL). Vantor Lane shares jumped.";
        assert_eq!(ents(t).mentions[1].name.as_ref(), "Vantor Lane");
        let t = "Corvex agreed to buy Vantor Lane (VL). VL shares jumped.";
        assert_eq!(ents(t).mentions[1].name.as_ref(), "VL");
        // (After its exchange, even written again, a ticker leaves the name as written.)
        let t = "Corvex agreed to buy Vantor Lane (NYSE: VL). VL shares jumped.";
        assert_eq!(ents(t).mentions[1].name.as_ref(), "Vantor Lane");
        // Reuters writes the exchange's letter after a dot ("QLL.N"): the ticker before it
        // is no second mention, nor another party.
        let t = "Quill Goods (QLL.N) said on Monday it had completed its $2.4 billion acquisition of Corvex. QLL shares rose.";
        assert_eq!(
            mention_rows(t),
            [
                "Quill Goods = Quill Goods (Org)",
                "Corvex = Corvex (Org)",
                "QLL = Quill Goods (Org)",
            ]
        );
    }

    #[test]
    fn a_deal_set_after_another_tells_who_bought_in_that_one() {
        // "The agreement comes a week after Halden agreed to a $9.42 billion buyout of Ovo":
        // Ovo is the other deal's target, not this one's.
        assert_eq!(
            target_and_buyer(
                "Quill Goods agreed on Thursday to buy its smaller rival Vantor Lane for $2.4 billion.\nThe agreement comes a week after private equity firm Halden agreed to a $9.42 billion buyout of Ovo."
            ),
            pair("Vantor Lane", "Quill Goods")
        );
    }

    #[test]
    fn a_purchase_closed_raises_no_money() {
        // "Quill Goods closes $2.5 billion Vantor Lane deal": Quill Goods buys Vantor Lane; a
        // funding deal closed is still money raised.
        assert_eq!(
            target_and_buyer(
                "Later, Quill Goods closes $2.5 billion Vantor Lane deal in a sporting goods merger. The brands of Vantor Lane stay."
            ),
            pair("Vantor Lane", "Quill Goods")
        );
        assert_eq!(
            target_and_buyer(
                "Later, Vantor Lane closed a $2.5 billion funding deal led by Quill Goods."
            ),
            pair("Vantor Lane", "Quill Goods")
        );
    }

    #[test]
    fn a_foothold_a_deal_gives_is_no_money() {
        // "The deal gives Quill a stronger foothold": Quill receives no money.
        assert_eq!(
            target_and_buyer(
                "Quill Goods said it had completed its $2.4 billion acquisition of Corvex Lane. The deal gives Quill Goods a stronger foothold in the sneaker market."
            ),
            pair("Corvex Lane", "Quill Goods")
        );
    }

    #[test]
    fn who_pays_for_a_company_buys_it_and_a_maker_s_listed_products_are_no_parties() {
        // The banks that commit debt are named last, but the payer buys (the votes tie, and
        // the payer is named more); "the snack maker
        // behind Crunchos, Wafflo and Zest-Its" names three products.
        let t = "Candy maker Corvex will pay nearly $36 billion for Vantor, the snack maker behind Crunchos, Wafflo and Zest-Its. Halden and Marlow have committed $29 billion of debt financing, Corvex said.";
        let e = ents(t);
        assert_eq!(e.investee.as_deref(), Some("Vantor"));
        assert_eq!(e.investor.as_deref(), Some("Corvex"));
        let names: Vec<&str> = e.mentions.iter().map(|m| &*m.name).collect();
        assert!(
            ["Crunchos", "Wafflo", "Zest-Its"]
                .iter()
                .all(|p| !names.contains(p)),
            "{names:?}"
        );
        // Lenders that commit debt are no investors, however often they commit it.
        let t = "Corvex will pay $36 billion for Vantor. Halden and Marlow committed $29 billion of debt financing, and Marlow committed $2 billion of loans.";
        assert_eq!(ents(t).investor.as_deref(), Some("Corvex"));
        // Paying for goods named after a company buys no company.
        let t =
            "Corvex will pay $2 billion for Halden chips, its supplier said. Corvex sells phones.";
        assert_eq!(ents(t).investee.as_deref(), Some("Corvex"));
    }

    #[test]
    fn the_owner_of_a_wholly_owned_company_buys_it() {
        // A filing's summary: no verb of buying, the buyer named most; "which will then be
        // wholly owned by" tells who buys what.
        let t = "Vantage Systems and Corvane signed their merger agreement. A Corvane subsidiary will merge into Vantage Systems, which will then be wholly owned by Corvane. Corvane will fund the cash from its own money, and Corvane's obligation to close does not depend on financing.";
        let e = ents(t);
        assert_eq!(e.investee.as_deref(), Some("Vantage Systems"));
        assert_eq!(e.investor.as_deref(), Some("Corvane"));
        // "Merger Sub, a wholly-owned subsidiary of Corvane": an apposition names the owner
        // only; "making Vantage a wholly-owned subsidiary of Corvane" names both.
        let t = "Under the agreement, Harbor Merger Sub, a wholly-owned subsidiary of Corvane, will merge with and into Vantage Systems, making Vantage Systems a wholly-owned subsidiary of Corvane. Harbor Merger Sub was formed by Corvane. Harbor Merger Sub will hold the cash.";
        let e = ents(t);
        assert_eq!(e.investee.as_deref(), Some("Vantage Systems"));
        assert_eq!(e.investor.as_deref(), Some("Corvane"));
    }

    #[test]
    fn a_ticker_s_note_and_an_analyst_s_rating_name_no_party() {
        // "(VNTG, Financial)": the word after the ticker is the page's note on it, and the
        // ticker still stands for the name; "Overweight" and "Neutral" are ratings.
        let t = "Vantage Systems (VNTG, Financial) agreed to be acquired by Corvane (CRVN, Financial) for $4.2 billion. Halden Securities downgraded VNTG from Overweight to Neutral. CRVN shares fell.";
        insta::assert_snapshot!(mention_rows(t).join("\n"), @"
        Vantage Systems = Vantage Systems (Org)
        Corvane = Corvane (Org)
        Halden Securities = Halden Securities (Org)
        VNTG = Vantage Systems (Org)
        CRVN = Corvane (Org)
        ");
        let e = ents(t);
        assert_eq!(e.investee.as_deref(), Some("Vantage Systems"));
        assert_eq!(e.investor.as_deref(), Some("Corvane"));
    }

    #[test]
    fn a_headline_names_what_the_body_names_at_a_sentence_start() {
        let t = "Emberix Robotics to invest $2 billion in Acme Capital\n\nEmberix Robotics will invest $2bn in Acme Capital.";
        let e = ents(t);
        let names: Vec<&str> = e.mentions.iter().map(|m| &*m.name).collect();
        assert_eq!(
            names,
            vec![
                "Emberix Robotics",
                "Acme Capital",
                "Emberix Robotics",
                "Acme Capital"
            ]
        );
    }

    #[test]
    fn investor_and_investee_from_a_figure_with_its_equivalent_a_stake_given_and_a_valuation() {
        // "invest €1.3 billion ($1.5 billion) in Vantor": the recipient comes after a figure
        // and its equivalent; "the deal gives Corvex a stake": who is given a stake invests;
        // "Vantor's pre-money valuation": what is valued receives; "put in €1.3 billion"; what
        // a party provides is no recipient.
        let parties = |t: &str| {
            let e = ents(t);
            (
                e.investee.as_deref().map(str::to_string),
                e.investor.as_deref().map(str::to_string),
            )
        };
        let want = (Some("Vantor".to_string()), Some("Corvex".to_string()));
        assert_eq!(
            parties(
                "Corvex will invest €1.3 billion ($1.5 billion) in Vantor as part of a larger round. The deal gives Corvex a stake of about 11%."
            ),
            want
        );
        assert_eq!(
            parties(
                "Vantor's pre-money valuation was €10 billion. Corvex put in €1.3 billion, according to a statement."
            ),
            want
        );
        // Money spent "to Corvex's cloud" buys from Corvex: no vote for it as the investee.
        assert_eq!(
            parties(
                "Corvex will invest $5 billion in Vantor. In return, Vantor commits $50 billion to Corvex's cloud."
            ),
            want
        );
    }

    #[test]
    fn role_nouns_bind_to_parties() {
        // (What money goes "to" is not the investor who puts it in: "the robotics developer"
        // after "committed $8 billion to" is Tinyco, though Gigacorp is named last before it.)
        let t = "Gigacorp will invest $2 billion in Tinyco. The startup said the e-commerce giant will pay in two parts. Gigacorp had already committed $8 billion to the robotics developer.";
        let e = ents(t);
        let roles: Vec<(&str, &str)> = e
            .mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Role)
            .map(|m| (m.span.slice(t), &*m.name))
            .collect();
        assert_eq!(
            roles,
            vec![
                ("The startup", "Tinyco"),
                ("the e-commerce giant", "Gigacorp"),
                ("the robotics developer", "Tinyco")
            ]
        );
    }

    #[test]
    fn governments_are_parties() {
        // Named by their country (a region word before it belongs to it), or "the
        // government": the one named last before it. A noun "government" modifies names none.
        let t = "Acme agreed to invest $2 billion in Beta. The U.S. government took a 10% stake in Beta in August, and the government's officials said the US government would hold it. Government officials declined to comment. The South Korean government also backs Beta.";
        let e = ents(t);
        let govs: Vec<(&str, &str, EntityKind)> = e
            .mentions
            .iter()
            .filter(|m| m.name.ends_with("government"))
            .map(|m| (m.span.slice(t), &*m.name, m.kind))
            .collect();
        assert_eq!(
            govs,
            vec![
                ("U.S. government", "U.S. government", EntityKind::Org),
                ("the government", "U.S. government", EntityKind::Role),
                ("US government", "U.S. government", EntityKind::Org),
                (
                    "South Korean government",
                    "South Korean government",
                    EntityKind::Org
                ),
            ]
        );
        // Without a government named, "the government" stands for no party.
        let e = ents("Acme will invest $2 billion in Beta. The government declined to comment.");
        assert!(e.mentions.iter().all(|m| m.kind != EntityKind::Role));
    }

    #[test]
    fn country_initials_begin_a_name_and_a_descriptor_is_no_party() {
        // "U.S. Steel" is a name ("U.S. officials" is none), one with "United States Steel";
        // "the Pittsburgh steelmaker" is a role noun, "Pittsburgh" no party.
        let t = "Acme agreed to buy United States Steel for $55 a share, a deal that values the Pittsburgh steelmaker at $14.1 billion. U.S. officials backed it, and U.S. Steel's board agreed.";
        assert_eq!(
            mention_rows(t),
            [
                "Acme = Acme (Org)",
                "United States Steel = U.S. Steel (Org)",
                "the Pittsburgh steelmaker = U.S. Steel (Role)",
                "U.S. Steel = U.S. Steel (Org)",
            ]
        );
    }

    #[test]
    fn a_company_written_short_a_regulator_and_what_is_acquired() {
        // "Corvex" is "Corvex Networks" (a company's longer name, written once), not a second
        // party; "Juniper" is not "Juniper Cloud" (a unit's name); the Justice Department
        // reviews the deal and is no party; "the acquisition of Corvex" names what is bought.
        let t = "The Justice Department sued to block Vantor's $14 billion acquisition of Corvex Networks. Corvex said it would fight. Juniper Cloud and Juniper are rivals.";
        let e = ents(t);
        assert_eq!(
            mention_rows(t),
            [
                "Justice Department = Justice Department (Authority)",
                "Vantor = Vantor (Org)",
                "Corvex Networks = Corvex Networks (Org)",
                "Corvex = Corvex Networks (Org)",
                "Juniper Cloud = Juniper Cloud (Org)",
                "Juniper = Juniper (Org)",
            ]
        );
        assert_eq!(e.investee.as_deref(), Some("Corvex Networks"));
        assert_eq!(e.investor.as_deref(), Some("Vantor"));
    }

    #[test]
    fn a_short_name_after_the_full_one_is_that_company() {
        // The headline's "Corvex" and the body's later "Vantor" and "Apollo" are the names
        // the body wrote in full first; "Gamma" is not "Gamma Frontier" (the short name came
        // first: a product or unit of its own), "Prismora" of "Prismora AI" is not
        // "Prismora Foods", and names listed together are two.
        let t = "Corvex rejects Vantor's offer\n\nThe board of Corvex Bros. Media rejected an offer from Vantor Skydance on Monday. Vantor is weighing a higher bid with Apollo Global Management. Apollo declined to comment. Gamma said Gamma Frontier will launch. Prismora Foods signed a deal with Prismora AI. Juniper Cloud and Juniper are rivals.";
        let rows = mention_rows(t);
        assert_eq!(
            rows,
            [
                "Corvex = Corvex Bros Media (Org)",
                "Vantor = Vantor Skydance (Org)",
                "Corvex Bros. Media = Corvex Bros Media (Org)",
                "Vantor Skydance = Vantor Skydance (Org)",
                "Vantor = Vantor Skydance (Org)",
                "Apollo Global Management = Apollo Global Management (Org)",
                "Apollo = Apollo Global Management (Org)",
                "Gamma = Gamma (Org)",
                "Gamma Frontier = Gamma Frontier (Org)",
                "Prismora Foods = Prismora Foods (Org)",
                "Prismora = Prismora (Org)",
                "Juniper Cloud = Juniper Cloud (Org)",
                "Juniper = Juniper (Org)",
            ]
        );
    }

    #[test]
    fn a_former_employer_is_no_party() {
        // "former Vantor chief scientist Jane Doe": Vantor employed her, it is no party;
        // "Gamma and Delta back Corvex": the verb's object receives the money, the names
        // joined by "and" before "investments" are who invest.
        let t = "Corvex raises $1 billion\nCorvex, started by former Vantor chief scientist Jane Doe, said it raised $1 billion. Gamma and Delta back Corvex. The terms of the Gamma and Delta investments were not disclosed.";
        let rows = mention_rows(t);
        assert!(!rows.iter().any(|r| r.starts_with("Vantor")), "{rows:?}");
        let e = ents(t);
        assert_eq!(e.investee.as_deref(), Some("Corvex"));
        // "could own as much as 9% of Corvex": a share of a company is a stake in it, whoever
        // a headline says gives what to whom.
        let t = "Corvex gives away a slice of itself to win Vantor's business\nVantor could own as much as 9% of Corvex.";
        assert_eq!(ents(t).investee.as_deref(), Some("Corvex"));
        // "Corvex, backed by Gamma": who invests is named after "by".
        let t = "Corvex, backed by Gamma, raised $1 billion.";
        let e = ents(t);
        assert_eq!(
            (e.investee.as_deref(), e.investor.as_deref()),
            (Some("Corvex"), Some("Gamma"))
        );
    }

    #[test]
    fn a_described_role_names_the_party_just_spoken_of() {
        // "the Helix maker" (a product's maker, a determiner after it) is the party the
        // sentence named last, not the article's investee; "Helix" is no party.
        let t = "Corvex will sell chips to Vantor and give the Helix maker the right to buy 5% of Corvex.";
        assert_eq!(
            mention_rows(t),
            [
                "Corvex = Corvex (Org)",
                "Vantor = Vantor (Org)",
                "the Helix maker = Vantor (Role)",
                "Corvex = Corvex (Org)",
            ]
        );
    }

    #[test]
    fn a_company_that_speaks_a_list_and_an_apposition() {
        // "Thinking Machines Lab said" is no person (the article writes it as a company
        // elsewhere); "Nvidia," opening a list of names is one; a person's former employer
        // inside an apposition ("founded by former OpenAI technology chief ...") is no party.
        let t = "Thinking Machines Lab, the startup founded by former OpenAI technology chief Mira Murati, is in talks to raise $2 billion. Thinking Machines Lab said it would close the round soon.\n\nNvidia, AMD and Cisco joined the round.";
        let e = ents(t);
        let got: Vec<(&str, EntityKind)> = e
            .mentions
            .iter()
            .map(|m| (m.span.slice(t), m.kind))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Thinking Machines Lab", EntityKind::Org),
                ("Mira Murati", EntityKind::Person),
                ("Thinking Machines Lab", EntityKind::Org),
                ("Nvidia", EntityKind::Org),
                ("AMD", EntityKind::Org),
                ("Cisco", EntityKind::Org),
            ]
        );
        assert_eq!(e.investee.as_deref(), Some("Thinking Machines Lab"));
    }

    #[test]
    fn people_are_not_parties() {
        let t = "Acme CEO Jane Doe said Acme would invest $1 billion in Beta.";
        let e = ents(t);
        assert!(
            e.mentions
                .iter()
                .any(|m| m.kind == EntityKind::Person && &*m.name == "Jane Doe")
        );
        assert_eq!(e.investor.as_deref(), Some("Acme"));
    }

    /// [`words_of`] as it was written before it read byte positions: over the collected chars
    /// of the sentence. The reference its words must equal.
    fn words_by_chars(s: &str) -> Vec<(Span, String, bool)> {
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let is_inner = |k: usize| -> bool {
            let (_, c) = chars[k];
            let ok = matches!(c, '-' | '&' | '.')
                && k > 0
                && k + 1 < chars.len()
                && chars[k - 1].1.is_alphanumeric()
                && chars[k + 1].1.is_alphanumeric();
            let seg_start = || {
                chars[..k]
                    .iter()
                    .rposition(|(_, c)| !c.is_alphanumeric())
                    .map_or(0, |p| p + 1)
            };
            ok && (c != '.'
                || chars[k + 1].1.is_lowercase()
                || chars[k + 1].1.is_ascii_digit()
                || k - seg_start() == 1)
        };
        let mut out: Vec<(Span, String, bool)> = Vec::new();
        let mut start = None;
        for k in 0..=chars.len() {
            let in_word = k < chars.len() && (chars[k].1.is_alphanumeric() || is_inner(k));
            match (in_word, start) {
                (true, None) => start = Some(k),
                (false, Some(b)) => {
                    let a = chars[b].0;
                    let mut end = if k < chars.len() { chars[k].0 } else { s.len() };
                    if k < chars.len()
                        && chars[k].1 == '.'
                        && s[a..end].contains('.')
                        && end - a <= 5
                    {
                        end += 1;
                    }
                    let rest = &s[end..];
                    let possessive = rest.starts_with("'s")
                        || rest.starts_with("’s")
                        || rest.starts_with("\"s")
                        || ((rest.starts_with("'S") || rest.starts_with("’S"))
                            && s[a..end].bytes().all(|b| b.is_ascii_uppercase()));
                    let drop = s[a..end].to_lowercase() == "s"
                        && out.last().is_some_and(|p| p.2 && a <= p.0.end + 3);
                    if !drop {
                        out.push((Span::new(a, end), s[a..end].to_string(), possessive));
                    }
                    start = None;
                }
                _ => {}
            }
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, .. Default::default() })]
        /// Words built from the text's runs of letters and digits are those found over the
        /// collected chars of the sentence alone, whatever text stands around it: each of three
        /// sentences that follow one another (read in one pass) has its own words.
        #[test]
        fn words_from_runs_are_words_by_chars(
            s in crate::source::TOKENISER_TEST_TEXT,
            before in crate::source::TOKENISER_TEST_TEXT,
            after in crate::source::TOKENISER_TEST_TEXT,
        ) {
            let text = format!("{before}{s}{after}");
            let lowered = Lowered::new(&text);
            let (a, b) = (before.len(), before.len() + s.len());
            let spans = [Span::new(0, a), Span::new(a, b), Span::new(b, text.len())];
            let (words, ranges) = words_of(&lowered, spans);
            for ((span, piece), (from, to)) in spans.iter().zip([&before, &s, &after]).zip(ranges) {
                let got: Vec<(Span, String, bool)> = words[from..to]
                    .iter()
                    .map(|w| {
                        let at = Span::new(w.span.start - span.start, w.span.end - span.start);
                        (at, w.span.slice(&text).to_string(), w.possessive)
                    })
                    .collect();
                proptest::prop_assert_eq!(got, words_by_chars(piece));
            }
        }
    }

    #[test]
    fn a_product_is_no_party() {
        // "Zephyr maker Corvex", "the maker of the Zephyr": the product's name is no party
        // anywhere in the article ("the Zephyr robot vacuum").
        let text = "Vantor agrees to buy Zephyr maker Corvex\nVantor will buy Corvex, the maker of the disc-shaped Zephyr, for $2 billion.\nVantor said the Zephyr robot vacuum would keep its name.";
        let rows = mention_rows(text);
        assert!(rows.iter().all(|r| !r.contains("= Zephyr")), "{rows:?}");
        assert!(
            rows.iter().any(|r| r == "Corvex = Corvex (Org)"),
            "{rows:?}"
        );
        // "the maker of Wispa and Fluffo": every name of the list is a product; not past ",
        // and", which may join another party ("the maker of Wispa, and Kestrel").
        let rows = mention_rows(
            "Fluffo meets Zephyr in a $9 billion deal\nVantor, the maker of Wispa and Fluffo, will buy Zephyr maker Corvex for $9 billion.",
        );
        assert!(rows.iter().all(|r| !r.contains("= Fluffo")), "{rows:?}");
        let rows =
            mention_rows("Vantor, the maker of Wispa, and Kestrel will buy Corvex for $9 billion.");
        assert!(
            rows.iter().any(|r| r == "Kestrel = Kestrel (Org)"),
            "{rows:?}"
        );
        // Not a company whose name is followed by another noun ("the Vantor developer
        // conference").
        let rows = mention_rows(
            "Vantor will buy Corvex for $2 billion.\nCorvex showed the deal at the Vantor developer conference.",
        );
        assert!(
            rows.iter().any(|r| r == "Vantor = Vantor (Org)"),
            "{rows:?}"
        );
    }

    #[test]
    fn two_names_as_frequent_are_told_apart_by_who_bids() {
        // No sentence tells what is bought (the target is "the Zephyr maker"), and the two
        // names are as frequent: the one that bids is the investor, not the first by name.
        let e = ents(
            "Corvex will cut 200 jobs after Brevik's $3 billion bid for the Zephyr maker collapsed.\nBrevik is paying Corvex $50 million to end the agreement.",
        );
        assert_eq!(
            (e.investee.as_deref(), e.investor.as_deref()),
            (Some("Corvex"), Some("Brevik"))
        );
    }

    #[test]
    fn a_company_described_before_its_name_is_bought_in_the_lead() {
        // "acquire cloud software company Corvex": a short description in lower case between
        // the verb and the name; the bidder, named more often, is not the company bought.
        let t = "Vantor has agreed to acquire cloud software company Corvex for $69bn.\nCorvex investors may choose $142.50 in cash or 0.2520 shares of Vantor stock for each share.\nThe takeover would help transform Vantor, a semiconductor group, into a software company.";
        let e = ents(t);
        assert_eq!(
            (e.investee.as_deref(), e.investor.as_deref()),
            (Some("Corvex"), Some("Vantor"))
        );
        // Further down, described companies are those of other deals ("Separately, Vantor
        // agreed to buy the data center operator Gamma"): they are not the article's.
        let t = "Vantor said it had expanded its contracts with Delta by $6.5 billion. Vantor now runs more of Delta's work.\nSeparately, Vantor agreed in July to buy the data center operator Gamma in an all-stock deal.";
        assert_ne!(ents(t).investee.as_deref(), Some("Gamma"));
    }

    #[test]
    fn a_product_its_maker_and_an_outlet_told_are_no_parties() {
        // "the startup behind Zapchat" stands for the company, Zapchat is its product; "the
        // Zapchat-maker" is a role noun for it, not a party of that name; "sources told
        // Omega": the outlet is a source.
        let t = "Corvex raised $6.6 billion.\nInvestors are valuing the startup behind Zapchat at $157 billion.\nIts valuation is contingent on the Zapchat-maker changing its structure, sources told Omega.\nAnalysts said the Zapchat-maker is worth more.";
        insta::assert_snapshot!(mention_rows(t).join("\n"), @"
        Corvex = Corvex (Org)
        the startup = Corvex (Role)
        Omega = Omega (Source)
        the Zapchat-maker = Corvex (Role)
        ");
    }

    #[test]
    fn a_measure_and_a_new_place_name_no_party_and_the_company_is_the_last_subject() {
        // "ARR" is a measure, "New Jersey" a place ("New" is generic, so "Jersey" would be
        // left); "The company" opening a sentence is the party that opened the sentence
        // before, whatever verb follows it ("signed").
        let t = "Corvex has chosen leasing over building. The company signed an agreement with Vantor for capacity in New Jersey.\nVantor raised its ARR guidance.";
        insta::assert_snapshot!(mention_rows(t).join("\n"), @"
        Corvex = Corvex (Org)
        The company = Corvex (Role)
        Vantor = Vantor (Org)
        Vantor = Vantor (Org)
        ");
    }

    #[test]
    fn places_name_no_party() {
        // A state after a town and a comma, a country after its nationality, a state before a
        // company noun, a region written before a name ("Wall Street Journal" is one name, not
        // "Street Journal"), and the region alone.
        let t = "Vantor, based in Alder City, Oregon, said Saudi Arabia's Qirat Fund and Texas utility Corvex will back it. Wall Street cheered, and a Wall Street Journal article said Silicon Valley Bank lent to Vantor.";
        assert_eq!(
            mention_rows(t),
            [
                "Vantor = Vantor (Org)",
                "Qirat Fund = Qirat Fund (Org)",
                "Corvex = Corvex (Org)",
                "Wall Street Journal = Wall Street Journal (Source)",
                "Silicon Valley Bank = Silicon Valley Bank (Org)",
                "Vantor = Vantor (Org)",
            ]
        );
    }

    #[test]
    fn a_title_in_quotation_marks_names_no_party() {
        // Games written in quotation marks ("The Sims," with the comma inside) are titles,
        // wherever the article writes them.
        let t = "Corvex Games, maker of games like \"Ember Quest\" and \"The Lanterns,\" is being acquired by Vantor. Lanterns sold well.";
        assert_eq!(
            mention_rows(t),
            ["Corvex Games = Corvex Games (Org)", "Vantor = Vantor (Org)"]
        );
    }

    #[test]
    fn a_passive_verb_of_buying_makes_its_subject_the_target() {
        // "is being acquired for": no buyer after "by", the subject is bought; a buyer named
        // after a group's words and a description ("a consortium led by the sovereign wealth
        // fund Qirat Fund") is the buyer.
        let e = ents(
            "Corvex Games, maker of the Ember games, is being acquired for $9 billion. Under the deal, Vantor Partners, Qirat and Alder Partners will pay the target's stockholders $40 per share.",
        );
        assert_eq!(e.investee.as_deref(), Some("Corvex Games"));
        assert_eq!(e.investor.as_deref(), Some("Alder Partners"));
        let e = ents(
            "Corvex confirmed its acquisition by a consortium led by the Saudi sovereign wealth fund Qirat Fund (QF) for $9 billion.",
        );
        assert_eq!(e.investee.as_deref(), Some("Corvex"));
        assert_eq!(e.investor.as_deref(), Some("Qirat Fund"));
    }

    #[test]
    fn a_buyer_named_after_its_link_is_not_the_target_of_the_next_offer() {
        // "takeover by Vantor and dropped its recommendation of the rival offer from Qirat":
        // Vantor buys; Corvex, not Vantor, is the target.
        let e = ents(
            "Corvex has agreed to a takeover by Vantor Capital Partners and dropped its recommendation of the rival offer from Qirat. Analysts said VCP had the stronger hand, and VCP may keep Corvex's staff.",
        );
        assert_eq!(e.investee.as_deref(), Some("Corvex"));
        assert_eq!(e.investor.as_deref(), Some("VCP"));
    }

    #[test]
    fn a_name_in_capitals_spelling_a_longer_names_initials_is_that_name() {
        // "EA" is "Electronic Arts" when the article writes both (the more frequent form is
        // kept); "QF" spells two names, so it is neither.
        let e = ents(
            "Ember Lantern agreed to be bought. Shares of EL rose, and EL said so. Quill Forge and Quiet Fern both bid; QF declined.",
        );
        let names: Vec<&str> = e.mentions.iter().map(|m| &*m.name).collect();
        assert_eq!(names, ["EL", "EL", "EL", "Quill Forge", "Quiet Fern", "QF"]);
        // "RHC", a ticker that adds the "C" of a "Corporation" the name leaves out, is
        // "Rail Harbor".
        let e = ents(
            "Vantor will buy Rail Harbor. Holders get $320 per RHC share, and Rail Harbor agreed.",
        );
        let names: Vec<&str> = e.mentions.iter().map(|m| &*m.name).collect();
        assert_eq!(
            names,
            ["Vantor", "Rail Harbor", "Rail Harbor", "Rail Harbor"]
        );
    }

    #[test]
    fn buyers_listed_together_are_a_consortium() {
        // After a noun of a group, after "acquisition by" and a description, before a verb of
        // paying; not rivals ("rival bids from").
        let lists = |t: &str| {
            ents(t)
                .consortia
                .iter()
                .map(|g| g.join("+"))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            lists(
                "Corvex agreed to be bought by a consortium led by Vantor Capital, Qirat Fund and Alder Partners."
            ),
            ["Vantor Capital+Qirat Fund+Alder Partners"]
        );
        assert_eq!(
            lists(
                "Corvex agreed to a $9 billion acquisition by Saudi Arabia's Qirat Fund (QF), buyout firm Vantor Capital, and Miami-based Alder Partners."
            ),
            ["Qirat Fund+Vantor Capital+Alder Partners"]
        );
        assert_eq!(
            lists(
                "Vantor Capital, Qirat Fund and Alder Partners will pay Corvex holders $40 a share."
            ),
            ["Vantor Capital+Qirat Fund+Alder Partners"]
        );
        assert!(lists("Corvex weighed rival bids from Vantor Capital and Qirat Fund.").is_empty());
        assert!(lists("Vantor Capital and Qirat Fund are vying to acquire Corvex.").is_empty());
        assert!(lists("Corvex competes with Vantor Capital and Qirat Fund.").is_empty());
    }

    #[test]
    fn adjectives_that_begin_names_and_adverbs_that_open_sentences() {
        // "National", "Federal", "American" begin the name written right after them (not a
        // nationality before a title: "British Prime Minister"); "Initially," names nothing.
        assert_eq!(
            mention_rows(
                "The Federal Trade Commission cleared American Halden and National Vantor. British Prime Minister Ada Quill spoke. Initially, Corvex will pay $2 billion for Vantor."
            ),
            [
                "Federal Trade Commission = Federal Trade Commission (Authority)",
                "American Halden = American Halden (Org)",
                "National Vantor = National Vantor (Org)",
                "Prime Minister Ada Quill = Prime Minister Ada Quill (Org)",
                "Corvex = Corvex (Org)",
                "Vantor = Vantor (Org)",
            ]
        );
    }

    #[test]
    fn who_buys_when_no_sentence_says_it_buys() {
        // A word of a name ("BET", a network) is no noun of investing.
        assert_eq!(
            target_and_buyer(
                "Vantor will complete its merger with Corvex in August, and Vantor shares will stop trading. The deal will bring together Vantor's Halden, Quill Studios, Comedy Hour, BET and more with Corvex's studios."
            ),
            pair("Vantor", "Corvex")
        );
        // A rival's bid does not make the rival the buyer.
        assert_eq!(
            target_and_buyer(
                "Corvex will acquire half of Vantor's shares at $15 a share, and Vantor's board backs the plan. The deal faces competition from other suitors, including a joint bid from Halden and Quill Forge."
            ),
            pair("Vantor", "Corvex")
        );
        // A company sold to a party, or taken private by a group, is bought by the party or
        // the group's first member.
        assert_eq!(
            target_and_buyer("Vantor agreed to a $5 billion sale to Halden Capital."),
            pair("Vantor", "Halden Capital")
        );
        assert_eq!(
            target_and_buyer(
                "Vantor is in talks to be taken private by a group of investors that includes Halden Capital, Qirat Fund and Alder Partners."
            ),
            pair("Vantor", "Halden Capital")
        );
    }

    #[test]
    fn a_possessive_s_asset_a_dated_purchase_a_far_on_and_a_company_s_town() {
        // "the takeover of Halden's $22 billion Army contract" counts less for Halden than
        // Vantor's own round; "the $7 billion it paid for Quill in 2019" is an older deal's;
        // "an appearance on Kestrel Television" after "funding" receives nothing; a name
        // written once right after a company's name and "in" is its town.
        assert_eq!(
            target_and_buyer(
                "Vantor Industries closed a $2.5 billion funding round on Thursday. The round follows Vantor's takeover of Halden's troubled $22 billion Army contract. Halden and Vantor declined to comment."
            )
            .0,
            Some("Vantor Industries".to_string())
        );
        assert_eq!(
            target_and_buyer(
                "A licence, not a takeover: how Vantor bought Corvex's team\nVantor will pay about $20 billion under its licensing agreement with Corvex, more than twice the $7 billion it paid for Quill in 2019."
            )
            .0,
            Some("Corvex".to_string())
        );
        assert_eq!(
            target_and_buyer(
                "Vantor Industries has landed $2.5 billion in fresh capital. Its chairman announced the funding milestone during an appearance on Kestrel Television, revealing the lead."
            )
            .0,
            Some("Vantor Industries".to_string())
        );
        let rows = mention_rows(
            "Vantor Industries in Costa Verde has closed a round. Acme in Vantor Industries' words is a client; SoftBank in Acme talks.",
        );
        assert!(
            !rows.iter().any(|r| r.starts_with("Costa Verde")),
            "{rows:?}"
        );
        // (A name written again elsewhere stays a name: "Acme" after "SoftBank in".)
        assert!(rows.contains(&"Acme = Acme (Org)".to_string()), "{rows:?}");
    }

    #[test]
    fn a_buyer_by_trade_and_a_company_that_goes_private() {
        // A party described as a private-equity or buyout firm buys, and is not what a
        // "buyout deal with" it buys; the company that goes private, or that a party takes
        // private, is bought.
        assert_eq!(
            target_and_buyer(
                "Vantor Holdings agreed to a buyout with private-equity company Quill Partners. Vantor Holdings and Quill Partners hope to sign this week."
            ),
            pair("Vantor Holdings", "Quill Partners")
        );
        assert_eq!(
            target_and_buyer(
                "Vantor Holdings is reportedly near a deal with private equity firm Quill Partners. Vantor Holdings and Quill Partners hope to sign this week."
            ),
            pair("Vantor Holdings", "Quill Partners")
        );
        // (An investment firm may be bought: "the acquisition of private equity firm".)
        assert_eq!(
            target_and_buyer(
                "Halden agreed to the acquisition of private equity firm Quill Partners. Quill Partners and Halden hope to close this year."
            ),
            pair("Quill Partners", "Halden")
        );
        assert_eq!(
            target_and_buyer(
                "Vantor reportedly close to $10B deal to go private\nThe people said a deal with Quill Partners is near. Lenders to Quill Partners and Vantor have met."
            ),
            pair("Vantor", "Quill Partners")
        );
        assert_eq!(
            target_and_buyer(
                "The offer from Quill Partners would take Vantor private. Lenders to Quill Partners have met."
            ),
            pair("Vantor", "Quill Partners")
        );
        // A short name whose longer name the article names by its initials is that party too
        // ("Vantors" of "Vantors Boots Alliance (VBA)"), so no other party in a headline; the
        // initials, never written again, leave the name as written.
        assert_eq!(
            target_and_buyer(
                "Vantors to Be Taken Private in $10 Billion Quill Partners Deal\nQuill Partners has agreed to acquire Vantors Boots Alliance (VBA) in a $10 billion deal. Vantors' market value has fallen."
            ),
            pair("Vantors Boots Alliance", "Quill Partners")
        );
        assert!(
            mention_rows(
                "Quill Partners has agreed to acquire Vantors Boots Alliance (VBA) in a $10 billion deal. Vantors' market value has fallen."
            )
            .contains(&"Vantors = Vantors Boots Alliance (Org)".to_string())
        );
        // ("private" after no verb of going or taking names nothing: "a private company".)
        assert_eq!(
            target_and_buyer("Halden will buy Vantor, a private company, from Quill Partners."),
            pair("Vantor", "Halden")
        );
    }

    #[test]
    fn a_city_that_begins_a_company_s_name_and_a_company_bought_in_a_list() {
        // "Menlo Park" after "Menlo Park Systems" is the company, save after a locative word
        // ("hired in Menlo Park"), and before the full name (the place, unknown yet);
        // "Boston" before "Systems" only if the article writes "Boston Systems".
        let t = "Menlo Park is a town. Menlo Park Systems cut its forecast. Menlo Park bought startups, and hired in Menlo Park. Boston cheered.";
        assert_eq!(
            mention_rows(t),
            [
                "Menlo Park Systems = Menlo Park Systems (Org)",
                "Menlo Park = Menlo Park Systems (Org)",
            ]
        );
        // A company bought in the first purchase of a sentence is not who buys in the next
        // one (the two written as often, and no other sentence telling which is bought).
        assert_eq!(
            target_and_buyer(
                "The forecast was cut on Wednesday. Vantor typically bought startups. That model changed with the $25 billion acquisition of Israeli software company Corvex, completed last week, and the $3 billion acquisition of U.S.-based Kestrel earlier last year. Vantor is adding 4,000 employees, most from Corvex, whose founder stays. Corvex staff will join. Shares of Vantor fell."
            ),
            pair("Corvex", "Vantor")
        );
    }

    #[test]
    fn a_purchase_of_a_company_s_shares_does_not_make_it_the_target() {
        assert_eq!(
            target_and_buyer(
                "Vantor agreed to acquire Corvex. Earlier, a senator disclosed the purchase of Vantor shares. Vantor shares fell."
            ),
            pair("Corvex", "Vantor")
        );
    }

    #[test]
    fn shareholders_backing_a_merger_do_not_invest() {
        // "back Corvex merger": support for a deal, not money put into Corvex.
        assert_eq!(
            target_and_buyer(
                "Vantor shareholders back Corvex merger\n\nVantor said that its shareholders had approved the proposed merger with Corvex. Corvex agreed last year to buy Vantor in an all-stock deal valued at $53 billion. Corvex shares rose."
            ),
            pair("Vantor", "Corvex")
        );
    }

    #[test]
    fn an_older_deal_compared_with_names_no_target() {
        // "its largest deal since acquiring Delta": Delta was bought long ago.
        assert_eq!(
            target_and_buyer(
                "Vantor agreed to buy Corvex. It is Vantor's largest deal since acquiring Delta in 2009, when Delta was a rival. Delta later grew."
            ),
            pair("Corvex", "Vantor")
        );
    }

    #[test]
    fn who_holds_an_option_to_buy() {
        // "granted Orbital the right to acquire it": "it" is the company that grants.
        assert_eq!(
            target_and_buyer(
                "Orbital makes a deal\n\nKestrel has granted Orbital the right to acquire it later this year for $40 billion. Orbital said so."
            ),
            pair("Kestrel", "Orbital")
        );
        // A description with a hyphenated word before the name bought ("the AI-driven code
        // editor Kestrel"); a company that scraps "a funding round" raises, it does not invest.
        assert_eq!(
            target_and_buyer(
                "Orbital makes a deal\n\nOrbital has an option to acquire the AI-driven code editor Kestrel for $40 billion. The Kestrel team scrapped talks for a $2 billion funding round. In effect, Orbital has blocked rivals."
            ),
            pair("Kestrel", "Orbital")
        );
        assert_eq!(
            target_and_buyer(
                "Kestrel scrapped talks for a $2 billion funding round. Orbital holds an option on Kestrel, and Orbital said so."
            ),
            pair("Kestrel", "Orbital")
        );
        // An acronym in the description ("the AI coding startup Kestrel"); "its option on
        // Kestrel" is a right to buy Kestrel.
        assert_eq!(
            target_and_buyer(
                "Orbital news\n\nOrbital plans to acquire the AI coding startup Kestrel within 30 days of its listing. Orbital will pay a fee if it does not. Orbital said so."
            ),
            pair("Kestrel", "Orbital")
        );
        assert_eq!(
            target_and_buyer(
                "Orbital news\n\nOrbital has turned its option on Kestrel into a binding agreement to buy the coding startup. Orbital will pay in shares, Orbital said."
            ),
            pair("Kestrel", "Orbital")
        );
        // A name with a ticker after its "Inc." opens the sentence ("Pfizer Inc. (PFE) on
        // Monday said"); a drug's code, "CVR" and "Phase" name no party.
        assert_eq!(
            mention_rows(
                "Vantor Inc. (VNT) on Monday said it will acquire Corvex. Holders get a contingent value right (CVR) tied to MET-097i and a Phase 3 trial."
            ),
            ["Vantor = Vantor (Org)", "Corvex = Corvex (Org)"]
        );
        // "an offer valuing Corvex at" values the company bought; a party "outbid" is a rival,
        // not the buyer; "biotech" ends a description of the company bought.
        assert_eq!(
            target_and_buyer(
                "News\n\nGamma submitted an unsolicited offer valuing Corvex at roughly $9 billion. Vantor had agreed a deal earlier, and Vantor and Gamma have both spoken since."
            ),
            pair("Corvex", "Gamma")
        );
        assert_eq!(
            target_and_buyer(
                "Vantor Clinches Corvex Acquisition After Outbidding Gamma With a Final Offer\n\nVantor has clinched the acquisition of Corvex after outbidding Gamma Labs with a final offer of $9 billion."
            ),
            pair("Corvex", "Vantor")
        );
        assert_eq!(
            target_and_buyer(
                "Vantor wins\n\nVantor is securing a $10 billion deal to acquire obesity-focused biotech Corvex. Vantor beat Gamma to it, and Vantor will pay cash."
            ),
            pair("Corvex", "Vantor")
        );
        // An outlet that "misreported" a figure is a source, whatever follows.
        assert_eq!(
            mention_rows(
                "Kestrel agreed to be bought by Orbital. The Daily Ledger briefly misreported the price."
            ),
            [
                "Kestrel = Kestrel (Org)",
                "Orbital = Orbital (Org)",
                "Daily Ledger = Daily Ledger (Source)"
            ]
        );
    }

    #[test]
    fn a_title_after_a_short_name_leaves_it_the_long_name_s() {
        // "Corvex CEO Ada Quill": the title is the officer's, so "Corvex" is still short for
        // "Corvex Media" (as "Corvex Cloud", a name of its own, would not be).
        let e = ents(
            "Corvex Media agreed to buy Vantor for $3 billion. Corvex CEO Ada Quill said Corvex will keep the brand.",
        );
        assert_eq!(
            e.aliases.get("corvex").map(String::as_str),
            Some("Corvex Media")
        );
    }

    #[test]
    fn a_holding_company_bought_is_a_step_to_the_company_it_controls() {
        let parties = |t: &str| {
            let e = ents(t);
            (
                e.investee.as_deref().map(String::from),
                e.holding.as_deref().map(String::from),
            )
        };
        let p = |t: &str, h: &str| (Some(t.to_string()), Some(h.to_string()));
        for t in [
            "Corvex will pay $2 billion for Halden Holdings, which controls 77% of the voting shares of Vantor. Vantor holders will get $15 a share.",
            "Corvex agreed to buy Halden Holdings, the family holding company that controls Vantor, for $2 billion.",
            "Corvex first bought Halden Holdings, Vantor's controlling shareholder, for $2 billion.",
            "Corvex agreed to buy Halden Holdings, Vantor's parent, for $2 billion.",
            "Corvex agreed to buy Halden Holdings, the parent of Vantor, for $2 billion.",
            "Corvex agreed to buy Halden Holdings for $2 billion. Analysts said Vantor's controlling shareholder, Halden Holdings, had run a sale.",
        ] {
            assert_eq!(parties(t), p("Vantor", "Halden Holdings"), "{t}");
        }
        // (Won by the target itself: the holding company is still told.)
        assert_eq!(
            parties(
                "Corvex agreed to acquire Vantor. First, Corvex will acquire Halden Holdings, which controls Vantor, for $2 billion. Vantor holders will get $15 a share."
            ),
            p("Vantor", "Halden Holdings")
        );
        // A company bought that controls nothing named is the target.
        assert_eq!(
            parties("Corvex will pay $2 billion for Halden Holdings, a family company."),
            (Some("Halden Holdings".to_string()), None)
        );
    }

    #[test]
    fn a_bid_sent_to_a_company_and_a_merger_with_it_make_it_the_target() {
        assert_eq!(
            target_and_buyer(
                "Halden and the buyout firm Quill Capital have sent Vantor Global a nonbinding, all-cash offer worth $26 billion. Quill Capital had earlier offered $11 billion for a unit."
            ),
            pair("Vantor Global", "Quill Capital")
        );
        assert_eq!(
            target_and_buyer(
                "The Corvex merger with Vantor, valued at about $8 billion, comes in two steps. Initially, Corvex will pay $2.4 billion for Halden Holdings. Vantor holders will then get $4.5 billion in cash or stock."
            ),
            pair("Vantor", "Corvex")
        );
    }

    #[test]
    fn a_role_noun_after_a_list_of_investors_is_not_one_of_them() {
        // "the company's" after "led by Thrive Capital with participation from Accel and DST
        // Global" is the company raising, not the last investor named.
        let rows = mention_rows(
            "Vantor closed a $900 million round at a $9.9 billion valuation. The round, led by Thrive Capital with participation from Accel and DST Global, was a 280% increase from the company's $2.6 billion valuation.",
        );
        assert_eq!(
            rows.last().map(String::as_str),
            Some("the company = Vantor (Role)")
        );
    }

    #[test]
    fn co_led_names_investors_only_in_a_sentence_of_a_round() {
        // A company "co-led by" two firms outside any round is run by them, no investment.
        assert_eq!(
            target_and_buyer(
                "Halden Works, co-led by Quill Partners and Bram Group, makes engines. Corvex agreed to buy Halden Works."
            ),
            pair("Halden Works", "Corvex")
        );
    }
}
