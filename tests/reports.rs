//! The reports of the whole corpus, one snapshot per format (report.json, report.md).
//! Review every change as a diff of behaviour.

use std::path::PathBuf;

use claimrecon::ingest::WalkOptions;
use claimrecon::pipeline::{self, Analysis};
use claimrecon::report::{json, markdown};

fn analysis() -> Analysis {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    Analysis::of(pipeline::extract_corpus(&[root], WalkOptions::default()).unwrap())
}

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s.set_omit_expression(true);
    s
}

#[test]
fn report_md() {
    let a = analysis();
    let md = markdown::render(&a.report());
    settings().bind(|| insta::assert_snapshot!("report_md", md));
}

#[test]
fn report_json() {
    let a = analysis();
    let mut buf = Vec::new();
    json::write(&mut buf, &a.report()).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
    settings().bind(|| insta::assert_json_snapshot!("report_json", v));
}

#[test]
fn findings_never_mix_stories_and_ids_are_unique() {
    let a = analysis();
    let mut ids = std::collections::BTreeSet::new();
    for f in &a.findings {
        assert!(ids.insert(&f.id), "duplicate finding id {}", f.id);
        assert_eq!(
            claimrecon::reconcile::stories_of(f).len(),
            1,
            "finding {} mixes stories",
            f.id
        );
        assert!(!f.explanation.is_empty());
        for c in &f.claims {
            assert!(
                a.corpus.claims.iter().any(|x| &x.id == c),
                "finding {} names unknown claim {c}",
                f.id
            );
        }
    }
}

/// `run` writes story by story, in windows; with windows of one file (every story alone, the
/// capped sections' limits moving between windows, each story's claims lines written a file
/// at a time) the outputs are the bytes written whole, and so are those of a second such run
/// that takes every file from the extraction cache of the first.
#[test]
fn a_run_in_windows_writes_what_a_whole_analysis_writes() {
    let dir = tempfile::tempdir().unwrap();
    let whole = dir.path().join("whole");
    claimrecon::report::write_outputs(&whole, &analysis()).unwrap();
    let streamed = dir.path().join("streamed");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let opts = pipeline::RunOptions {
        cache: false,
        window_files: 1,
        ..pipeline::RunOptions::default()
    };
    let outcome = pipeline::run(&[root], opts, &streamed, &|_| None).unwrap();
    assert_eq!(outcome.summary, analysis().report().summary());
    for file in ["claims.jsonl", "report.json", "report.md", "report.html"] {
        let (a, b) = (
            std::fs::read(whole.join(file)).unwrap(),
            std::fs::read(streamed.join(file)).unwrap(),
        );
        assert!(a == b, "{file} differs");
    }
    let cached = dir.path().join("cached");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let opts = pipeline::RunOptions {
        window_files: 1,
        ..pipeline::RunOptions::default()
    };
    let first = pipeline::run(std::slice::from_ref(&root), opts.clone(), &cached, &|_| {
        None
    })
    .unwrap();
    let second = pipeline::run(&[root], opts, &cached, &|_| None).unwrap();
    assert_eq!((first.from_cache, second.extracted), (0, 0));
    assert_eq!(second.from_cache, second.files);
    for file in ["claims.jsonl", "report.json", "report.md", "report.html"] {
        let (a, b) = (
            std::fs::read(whole.join(file)).unwrap(),
            std::fs::read(cached.join(file)).unwrap(),
        );
        assert!(a == b, "{file} differs after a run from the cache");
    }
}
