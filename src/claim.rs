//! The claim: what extraction hands to clustering, reconciliation and the reports, and what
//! `claims.jsonl` holds, one per line (see SPEC.md, "Output contract").

use std::borrow::Cow;
use std::hash::Hasher;
use std::sync::Arc;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::source::{Fnv, Span};

/// How a figure is bounded.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    Approx,
    UpTo,
    AtLeast,
    Range,
}

/// Whether the article asserts the claim or says it does not hold.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    #[default]
    Asserted,
    Denied,
}

/// Where a figure stands in time, as the article marks it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The figure as it now stands.
    #[default]
    Current,
    /// A figure the article says was replaced ("previously proposed", "initially reported").
    Superseded,
    /// An earlier, separate arrangement the new one builds on ("their existing $38 billion deal").
    Prior,
    /// A figure that would hold only if something happens: "the investment could be reduced
    /// to $20 billion if the restructuring fails" (not the deal as agreed).
    Conditional,
}

/// The value of a claim: a number in base units, or a text (conditions, forms, dates).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Value {
    Number(Decimal),
    Text(String),
}

impl Value {
    /// Returns the number, if the value is one.
    pub fn number(&self) -> Option<Decimal> {
        match self {
            Value::Number(d) => Some(*d),
            Value::Text(_) => None,
        }
    }
}

/// Writes a decimal as a JSON integer when it is one, else as a float.
pub fn serialize_decimal<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    if d.fract().is_zero()
        && let Some(i) = d.to_i64()
    {
        return s.serialize_i64(i);
    }
    s.serialize_f64(d.to_f64().unwrap_or(0.0))
}

fn deserialize_decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    let v = serde_json::Number::deserialize(d)?;
    v.to_string()
        .parse::<Decimal>()
        .or_else(|_| Decimal::from_scientific(&v.to_string()))
        .map_err(serde::de::Error::custom)
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Number(d) => serialize_decimal(d, s),
            Value::Text(t) => s.serialize_str(t),
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match serde_json::Value::deserialize(d)? {
            serde_json::Value::String(s) => Ok(Value::Text(s)),
            serde_json::Value::Number(n) => n
                .to_string()
                .parse::<Decimal>()
                .or_else(|_| Decimal::from_scientific(&n.to_string()))
                .map(Value::Number)
                .map_err(serde::de::Error::custom),
            other => Err(serde::de::Error::custom(format!(
                "claim value must be a number or a string, not {other}"
            ))),
        }
    }
}

/// A low and high end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Range(pub Decimal, pub Decimal);

impl Serialize for Range {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        struct D<'a>(&'a Decimal);
        impl Serialize for D<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                serialize_decimal(self.0, s)
            }
        }
        let mut seq = s.serialize_seq(Some(2))?;
        seq.serialize_element(&D(&self.0))?;
        seq.serialize_element(&D(&self.1))?;
        seq.end()
    }
}

impl<'de> Deserialize<'de> for Range {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct W(#[serde(deserialize_with = "deserialize_decimal")] Decimal);
        let [a, b] = <[W; 2]>::deserialize(d)?;
        Ok(Range(a.0, b.0))
    }
}

/// One claim an article makes (SPEC.md, "Output contract"; more fields than it asks for).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable id: the same claim of the same article gets the same id on every run.
    pub id: String,
    /// The article (shared by its claims).
    pub doc: Arc<str>,
    /// Shared with the article's parties and its other claims.
    pub subject: Arc<str>,
    /// A name of the SPEC's vocabulary (a constant unless read back from a file).
    pub attribute: Cow<'static, str>,
    pub value: Value,
    /// ISO 4217 code for money; "percent", "GW", "year", "date" or "text" otherwise.
    pub unit: Cow<'static, str>,
    pub qualifier: Qualifier,
    pub range: Option<Range>,
    pub investor: Option<Arc<str>>,
    pub hedged: bool,
    pub stance: Stance,
    /// The words that carry the claim: an exact substring of the article's text.
    pub quote: String,
    /// Byte offsets of `quote` in the article's text.
    pub span: Span,
    /// The whole sentence the claim stands in, as byte offsets.
    pub sentence: Span,
    /// The text of that sentence, so that a report can show the quote in its context (shared
    /// by the claims of one sentence).
    #[serde(default)]
    pub context: Arc<str>,
    #[serde(default)]
    pub status: Status,
    /// When an earlier figure held, as the article dates it ("raised $1 billion in September",
    /// in an article of April 2025: "2024-09"; "in 2023": "2023"); a `prior` claim's only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Arc<str>>,
    /// The figure is an increment to an earlier one ("expanded by an additional $100 billion").
    #[serde(default)]
    pub increment: bool,
    /// The figure is a bid raised by its bidder ("Advent has raised its offer to £41 a
    /// share", "the sweetened bid values it at £4.2 billion"): it replaces the bidder's
    /// earlier figures from the article's date on. Written only when set.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub revised: bool,
    /// "separate" when the article marks the claim as about a separate matter ("Separately,
    /// ..."); "cash part" when the figure is the cash part of a price paid in cash and stock
    /// ("$3.50 per share in cash and 0.14625 shares of Acme"). Claims of different scopes
    /// never share a cluster.
    #[serde(default)]
    pub scope: Option<String>,
    /// Smallest step the figure is written to, in base units ("$13.8 billion": 100000000).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "ser_opt_decimal",
        deserialize_with = "de_opt_decimal"
    )]
    pub step: Option<Decimal>,
    /// The same figure in another currency, as the article gives it beside this one
    /// ("€1.3 billion ($1.5 billion)"): the only source of exchange rates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equivalent: Option<Equivalent>,
    /// The buyers that the article says buy together, this claim's investor among them ("a
    /// consortium led by PIF, Silver Lake and Affinity Partners"): the cluster stage keys
    /// their acquisition by one of them, whichever each article names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consortium: Option<Arc<[Arc<str>]>>,
    #[serde(default)]
    pub outlet: Option<Arc<str>>,
    #[serde(default)]
    pub date: Option<Arc<str>>,
}

/// A figure's value in another currency, as the article states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Equivalent {
    #[serde(
        serialize_with = "serialize_decimal",
        deserialize_with = "deserialize_decimal"
    )]
    pub value: Decimal,
    pub unit: Cow<'static, str>,
}

fn ser_opt_decimal<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => serialize_decimal(d, s),
        None => s.serialize_none(),
    }
}

fn de_opt_decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
    let v: Option<serde_json::Number> = Option::deserialize(d)?;
    v.map(|n| {
        n.to_string()
            .parse::<Decimal>()
            .or_else(|_| Decimal::from_scientific(&n.to_string()))
    })
    .transpose()
    .map_err(serde::de::Error::custom)
}

impl Claim {
    /// Computes the stable id from what identifies a claim: article, attribute, party, span.
    pub fn make_id(doc: &str, attribute: &str, investor: Option<&str>, span: Span) -> String {
        Claim::id_after(Claim::id_hasher(doc), attribute, investor, span)
    }

    /// The id's hash as far as the article: [`Claim::id_after`] goes on from it, so that the
    /// claims of one article hash its name once.
    pub fn id_hasher(doc: &str) -> Fnv {
        let mut h = Fnv::default();
        h.write(doc.as_bytes());
        h.write(&[0xff]);
        h
    }

    /// [`Claim::make_id`] from the hash of its article ([`Claim::id_hasher`]): the same
    /// bytes as [`crate::source::stable_hash`] of the five parts.
    pub fn id_after(mut h: Fnv, attribute: &str, investor: Option<&str>, span: Span) -> String {
        for part in [
            attribute.as_bytes(),
            investor.unwrap_or("").as_bytes(),
            &span.start.to_le_bytes(),
            &span.end.to_le_bytes(),
        ] {
            h.write(part);
            h.write(&[0xff]);
        }
        id_of_hash(h.finish())
    }
}

/// "c" and the hash in 16 lower-case hex digits (as `format!("c{h:016x}")`, without the
/// formatting machinery: an id is made for every claim).
fn id_of_hash(h: u64) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut id = [b'c'; 17];
    for (k, digit) in id[1..].iter_mut().enumerate() {
        *digit = HEX[((h >> (60 - 4 * k)) & 0xf) as usize];
    }
    String::from_utf8(id.to_vec()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::stable_hash;

    /// Ids are "c" and the hash in 16 lower-case hex digits, leading zeros kept.
    #[test]
    fn ids_are_the_hash_in_sixteen_hex_digits() {
        for h in [
            0,
            1,
            0xabc,
            0x0123_4567_89ab_cdef,
            0xfedc_ba98_7654_3210,
            u64::MAX,
        ] {
            assert_eq!(id_of_hash(h), format!("c{h:016x}"));
        }
        // An id is the hash of its article, attribute, investor (empty without one: its part is
        // still closed by a separator) and span.
        let cases: [(&str, &str, Option<&str>, usize, usize); 2] = [
            ("a.txt", "deal_total", Some("Acme"), 3, 8),
            ("b/c.txt", "round_size", None, 0, 12),
        ];
        for (doc, attribute, investor, start, end) in cases {
            let h = stable_hash(&[
                doc.as_bytes(),
                attribute.as_bytes(),
                investor.unwrap_or("").as_bytes(),
                &start.to_le_bytes(),
                &end.to_le_bytes(),
            ]);
            assert_eq!(
                Claim::make_id(doc, attribute, investor, Span::new(start, end)),
                format!("c{h:016x}")
            );
        }
    }
}
