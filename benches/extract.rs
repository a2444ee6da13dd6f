//! Extraction benchmark on text in memory (a bench binary, not a timed test): the stages that
//! are claimrecon's own — segment, mentions, entities, claim rules — without reading files or
//! writing reports, on the same kind of sample that spaCy's NER is timed on by
//! scripts/scale-benchmark.sh (its paragraphs as articles). Prints MB/s on one thread and
//! on all cores. Run with `cargo bench --bench extract -- SAMPLE.txt` (articles a blank line
//! apart); without a sample, on the bodies of the text articles of `corpus/`. With `--stages`,
//! also the time of each stage (ms per MB, one thread).

use std::time::Instant;

use claimrecon::extract;
use claimrecon::ingest::{Article, Format, Meta};
use rayon::prelude::*;

/// The binary's allocator, so that the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let text = match std::env::args().skip(1).find(|a| !a.starts_with('-')) {
        Some(path) => {
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
        }
        None => corpus_bodies(),
    };
    let articles: Vec<Article> = text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .enumerate()
        .map(|(i, p)| Article {
            doc: format!("{i}.txt"),
            format: Format::Text,
            meta: Meta::default(),
            text: p.to_string(),
            warnings: Vec::new(),
        })
        .collect();
    let mb = articles.iter().map(|a| a.text.len()).sum::<usize>() as f64 / 1e6;
    let claims = |a: &Article| extract::extract(a).claims.len();
    // Repeat the sample so that each timing lasts long enough to read.
    let rounds = ((5.0 / mb).ceil() as usize).max(1);
    let run = |parallel: bool| {
        let t = Instant::now();
        let mut n = 0;
        for _ in 0..rounds {
            n += if parallel {
                articles.par_iter().map(claims).sum::<usize>()
            } else {
                articles.iter().map(claims).sum::<usize>()
            };
        }
        (t.elapsed().as_secs_f64(), n / rounds)
    };
    let _ = run(true); // warm up
    let (mut one, mut all) = (0.0, 0.0);
    for (name, parallel) in [("1 thread", false), ("all cores", true)] {
        let (secs, n) = run(parallel);
        let rate = mb * rounds as f64 / secs;
        if parallel {
            all = rate;
        } else {
            one = rate;
        }
        println!(
            "extract, text in memory, {name}: {rate:.2} MB/s ({} articles, {mb:.2} MB, {n} claims, {rounds} rounds)",
            articles.len()
        );
    }
    println!("mbps_1thread={one:.3}");
    println!("mbps_all_cores={all:.3}");
    if std::env::args().any(|a| a == "--stages") {
        stages(&articles, mb);
    }
}

/// Where one thread's time goes: each stage of `extract_whole` run alone, cumulatively (each
/// line runs the stages before it again), in ms per MB, best of 3; the claim rules are what
/// the whole extraction adds to the last line. `--stages` after the sample.
fn stages(articles: &[Article], mb: f64) {
    use claimrecon::source::Lowered;
    let rounds = ((3.0 / mb).ceil() as usize).max(1);
    let time = |f: &dyn Fn(&Article) -> usize| {
        let mut best = f64::MAX;
        for _ in 0..3 {
            let t = Instant::now();
            let n: usize = (0..rounds)
                .map(|_| articles.iter().map(f).sum::<usize>())
                .sum();
            std::hint::black_box(n);
            best = best.min(t.elapsed().as_secs_f64());
        }
        best * 1000.0 / (mb * rounds as f64)
    };
    let segment = time(&|a| claimrecon::segment::split(&a.text).len());
    let lowered = time(&|a| {
        let s = claimrecon::segment::split(&a.text);
        s.len() + Lowered::new(&a.text).text().len()
    });
    let mentions = time(&|a| {
        let s = claimrecon::segment::split(&a.text);
        let l = Lowered::new(&a.text);
        s.len() + extract::mentions::scan_lowered(&l).0.len()
    });
    let entities = time(&|a| {
        let s = claimrecon::segment::split(&a.text);
        let l = Lowered::new(&a.text);
        let m = extract::mentions::scan_lowered(&l).0.len();
        m + claimrecon::entities::find(&l, &s).mentions.len()
    });
    let all = time(&|a| extract::extract(a).claims.len());
    println!("stages, one thread, ms per MB (each stage alone = its line minus the one before):");
    println!("  segment {segment:.2}");
    println!("  + lower case and runs {lowered:.2}");
    println!("  + figures (mentions) {mentions:.2}");
    println!("  + parties (entities) {entities:.2}");
    println!("  + claim rules = whole extraction {all:.2}");
    // What the extraction would give were its claim rules free: a bound on any speed-up of
    // the rules alone.
    println!("mbps_without_rules={:.3}", 1000.0 / entities);
}

/// The bodies of `corpus/*/*.txt` (front matter dropped), a blank line apart.
fn corpus_bodies() -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&root)
        .expect("corpus/")
        .flat_map(|d| {
            std::fs::read_dir(d.expect("story").path())
                .into_iter()
                .flatten()
        })
        .map(|f| f.expect("file").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = String::new();
    for f in files {
        let t = std::fs::read_to_string(&f).expect("article");
        let body = t.split_once("\n---\n").map_or(t.as_str(), |(_, b)| b);
        // Paragraph breaks inside an article would split it: keep one article per block.
        out.push_str(&body.trim().replace("\n\n", "\n"));
        out.push_str("\n\n");
    }
    out
}
