//! HTML ingest on real pages: metadata against a sample checked by eye
//! (`tests/gold/html/metadata.json`, pages of ../shared/bench/article-extraction).

use std::io::Read;
use std::path::Path;

use claimrecon::ingest::{self, Format};

#[test]
fn metadata_of_the_eyeballed_sample() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bench = root.join("../shared/bench/article-extraction/html");
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("tests/gold/html/metadata.json")).unwrap(),
    )
    .unwrap();
    let pages = gold["pages"].as_object().unwrap();
    let (mut agree, mut total, mut misses) = (0, 0, Vec::new());
    for (id, want) in pages {
        let path = bench.join(format!("{id}.html.gz"));
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(
            std::fs::File::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
        )
        .read_to_end(&mut html)
        .unwrap();
        let loaded = ingest::load_bytes(id, Format::Html, &html);
        let meta = &loaded
            .articles
            .first()
            .unwrap_or_else(|| panic!("{id}: no article"))
            .meta;
        for (field, got) in [
            ("title", &meta.title),
            ("date", &meta.date),
            ("outlet", &meta.outlet),
        ] {
            total += 1;
            let want = want[field].as_str();
            let same = match (want, got.as_deref()) {
                (Some(w), Some(g)) => w.eq_ignore_ascii_case(g),
                (None, None) => true,
                _ => false,
            };
            if same {
                agree += 1;
            } else {
                misses.push(format!("{} {field}: want {want:?}, got {got:?}", &id[..8]));
            }
        }
    }
    assert!(
        agree * 10 >= total * 9,
        "{agree}/{total} fields agree:\n{}",
        misses.join("\n")
    );
}
