//! Text → claims: never panics; every quote is the text at its span, on char boundaries.
#![no_main]

use claimrecon::ingest::{Article, Format, Meta};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let article = Article { doc: "f.txt".into(), format: Format::Text, meta: Meta::default(), text, warnings: vec![] };
    let x = claimrecon::extract::extract(&article);
    for c in &x.claims {
        assert!(article.text.is_char_boundary(c.span.start) && article.text.is_char_boundary(c.span.end));
        assert_eq!(&article.text[c.span.start..c.span.end], c.quote);
        assert!(c.sentence.contains(c.span));
    }
    // Every figure reaches the JSON as a finite number (serde_json writes NaN and inf as null).
    let json: serde_json::Value = serde_json::to_value(&x.claims).unwrap();
    for c in json.as_array().unwrap() {
        assert!(c["value"].is_number() || c["value"].is_string(), "{c}");
    }
});
