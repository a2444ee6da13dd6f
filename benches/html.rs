//! HTML ingest benchmark (a bench binary, not a timed test): reads the article-extraction
//! pages (`CLAIMRECON_HTML_BENCH`, default `../shared/bench/article-extraction/html`) into
//! memory, then extracts each page's main text and metadata, single-threaded and on all cores,
//! and prints pages/s and MB/s. Run with `cargo bench --bench html`.

use std::io::Read;
use std::time::Instant;

use claimrecon::ingest::{self, Format};
use rayon::prelude::*;

fn main() {
    let dir = std::env::var("CLAIMRECON_HTML_BENCH")
        .unwrap_or_else(|_| "../shared/bench/article-extraction/html".into());
    let mut pages: Vec<(String, Vec<u8>)> = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {dir}: {e}")) {
        let p = e.expect("directory entry").path();
        let raw = std::fs::read(&p).expect("page");
        let mut html = Vec::new();
        if p.extension().is_some_and(|x| x == "gz") {
            flate2::read::GzDecoder::new(raw.as_slice())
                .read_to_end(&mut html)
                .expect("gzip");
        } else {
            html = raw;
        }
        pages.push((p.file_name().unwrap().to_string_lossy().into_owned(), html));
    }
    pages.sort();
    let mb = pages.iter().map(|(_, h)| h.len()).sum::<usize>() as f64 / 1e6;
    // The characters of main text read from one page.
    let text_len = |(doc, html): &(String, Vec<u8>)| -> usize {
        ingest::load_bytes(doc, Format::Html, html)
            .articles
            .iter()
            .map(|a| a.text.len())
            .sum()
    };
    let run = |parallel: bool| {
        let t = Instant::now();
        let chars: usize = if parallel {
            pages.par_iter().map(text_len).sum()
        } else {
            pages.iter().map(text_len).sum()
        };
        (t.elapsed().as_secs_f64(), chars)
    };
    let _ = run(true); // warm up
    for (name, parallel) in [("1 thread", false), ("all cores", true)] {
        let (secs, chars) = run(parallel);
        println!(
            "html ingest ({name}): {} pages, {:.1} MB in {:.3} s: {:.0} pages/s, {:.1} MB/s ({} bytes of text)",
            pages.len(),
            mb,
            secs,
            pages.len() as f64 / secs,
            mb / secs,
            chars
        );
    }
}
