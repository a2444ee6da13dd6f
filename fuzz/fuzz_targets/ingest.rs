//! Bytes → article, for every format: never panics, whatever the bytes.
#![no_main]

use claimrecon::ingest::{self, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else { return };
    let format = [Format::Text, Format::Markdown, Format::Html, Format::Json, Format::Jsonl][usize::from(selector) % 5];
    let loaded = ingest::load_bytes("f", format, bytes);
    for a in &loaded.articles {
        let _ = claimrecon::extract::extract(a);
    }
});
