//! Properties that hold for any input: no panic, spans in bounds and on character
//! boundaries, quotes equal to the text at their spans.

mod common;

use claimrecon::extract;
use claimrecon::ingest::{Article, Format, Meta};
use proptest::prelude::*;

fn article(text: String) -> Article {
    Article {
        doc: "p.txt".into(),
        format: Format::Text,
        meta: Meta::default(),
        text,
        warnings: Vec::new(),
    }
}

/// Text made of deal-like pieces, so that the rules fire often.
fn deal_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Acme".to_string()),
        Just(" invests ".to_string()),
        Just("$".to_string()),
        Just("€".to_string()),
        Just(" billion".to_string()),
        Just("bn".to_string()),
        Just(" in ".to_string()),
        Just("Beta".to_string()),
        Just(" each ".to_string()),
        Just(" pre-money".to_string()),
        Just(" up to ".to_string()),
        Just("%".to_string()),
        Just(" IPO".to_string()),
        Just(" contingent on ".to_string()),
        Just(", while ".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("-".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just(" exclusive ".to_string()),
        "[0-9]{1,4}([.,][0-9]{1,3})?",
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn claims_hold_their_invariants_on_any_unicode(text in "\\PC{0,300}") {
        let a = article(text);
        let x = extract::extract(&a);
        common::check_invariants(&a, &x.claims);
        for m in &x.mentions {
            prop_assert!(a.text.is_char_boundary(m.span.start) && a.text.is_char_boundary(m.span.end));
        }
    }

    #[test]
    fn claims_hold_their_invariants_on_deal_like_text(text in deal_text()) {
        let a = article(text);
        let x = extract::extract(&a);
        common::check_invariants(&a, &x.claims);
        // Every figure reaches the JSON as a finite number (serde_json writes NaN and inf as null).
        let json = serde_json::to_value(&x.claims).unwrap();
        for c in json.as_array().unwrap() {
            prop_assert!(c["value"].is_number() || c["value"].is_string());
        }
    }
}
