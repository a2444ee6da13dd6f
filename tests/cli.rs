//! The binary as a user runs it: exit codes, messages, outputs.

use std::path::Path;
use std::process::{Command, Output};

fn claimrecon(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimrecon"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("run claimrecon")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn missing_corpus_is_one_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let o = claimrecon(&["run", "no-such-folder"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no-such-folder"), "{err}");
}

#[test]
fn default_corpus_missing_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let o = claimrecon(&["run"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("corpus"));
}

#[test]
fn empty_folder_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("corpus")).unwrap();
    let o = claimrecon(&["run"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no article"), "{}", stderr(&o));
}

#[test]
fn usage_error_is_exit_2_and_help_and_version_are_0() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        claimrecon(&["frobnicate"], dir.path()).status.code(),
        Some(2)
    );
    let help = claimrecon(&["--help"], dir.path());
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("extract"));
    let version = claimrecon(&["--version"], dir.path());
    assert_eq!(version.status.code(), Some(0));
    assert!(stdout(&version).starts_with("claimrecon "));
}

#[test]
fn run_writes_claims_and_lists_skipped_files() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus/story");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(corpus.join("a.txt"), "Gigacorp invests $2 billion in Tinyco\nGigacorp will invest $2 billion in Tinyco, with $500 million upfront.\n").unwrap();
    std::fs::write(corpus.join("b.txt"), b"\x7fELF\x02\x01\x01\0\0\0binary").unwrap();
    std::fs::write(corpus.join("notes.csv"), "a,b\n").unwrap();
    std::fs::write(
        corpus.join(".hidden.txt"),
        "Hidden Co invests $9 billion in Nobody.",
    )
    .unwrap();
    let o = claimrecon(&["run"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("1 articles"), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(err.contains("story/b.txt: binary"), "{err}");
    assert!(err.contains("story/notes.csv"), "{err}");
    let claims = std::fs::read_to_string(dir.path().join("claims/claims.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = claims
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.iter().any(|c| c["attribute"] == "deal_total"
        && c["value"] == 2_000_000_000u64
        && c["doc"] == "story/a.txt"));
    assert!(
        lines
            .iter()
            .any(|c| c["attribute"] == "tranche_initial" && c["value"] == 500_000_000u64)
    );
    assert!(!claims.contains("Hidden Co"));
}

#[test]
fn extract_prints_claims_and_mentions() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Acme raised $10-20 billion at a valuation of €3.5bn, up 30%.",
    )
    .unwrap();
    let o = claimrecon(&["extract", "--mentions", "a.txt"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let ms: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(ms.len(), 3, "{ms:?}");
    assert_eq!(ms[0]["kind"], "money");
    assert_eq!(
        ms[0]["range"],
        serde_json::json!([10_000_000_000u64, 20_000_000_000u64])
    );
    assert_eq!(ms[1]["unit"], "EUR");
    assert_eq!(ms[1]["value"], 3_500_000_000u64);
    assert_eq!(ms[2]["kind"], "percent");
    assert_eq!(ms[2]["value"], 30);
    let o = claimrecon(&["extract", "a.txt"], dir.path());
    assert!(
        stdout(&o).contains("\"attribute\":\"round_size\""),
        "{}",
        stdout(&o)
    );
}

#[test]
fn ingest_writes_text_and_metadata() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("page.html"),
        r#"<html><head><meta property="og:site_name" content="Wire"><title>T</title></head><body><article><h1>Acme raises</h1><p>Acme raised $5 million in a round led by Beta Capital, it said on Tuesday, to hire engineers.</p></article></body></html>"#,
    )
    .unwrap();
    let o = claimrecon(&["ingest", "page.html", "--out", "out"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(dir.path().join("out/page.txt")).unwrap();
    assert!(text.contains("Acme raised $5 million"));
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("out/page.json")).unwrap())
            .unwrap();
    assert_eq!(meta["outlet"], "Wire");
}

/// `ingest --out` inside the corpus is not read back on the next ingest; `--out` a folder it
/// reads from is refused before anything is written (a.txt would be written over a.txt).
#[test]
fn ingest_never_reads_or_overwrites_its_own_output() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    copy_story("helsing", &corpus);
    let before: Vec<(String, String)> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    for (args, out) in [
        (vec!["ingest", "corpus", "--out", "corpus"], "corpus"),
        (vec!["ingest", "corpus/", "--out", "corpus/."], "corpus/."),
        (vec!["ingest", "a.txt", "--out", "."], "."),
    ] {
        if args[1] == "a.txt" {
            std::fs::write(dir.path().join("a.txt"), "Acme raised $5 million.").unwrap();
        }
        let o = claimrecon(&args, dir.path());
        assert_eq!(o.status.code(), Some(2), "--out {out}: {}", stderr(&o));
        assert!(stderr(&o).contains("folder being read"), "{}", stderr(&o));
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.txt")).unwrap(),
        "Acme raised $5 million."
    );
    for (path, text) in &before {
        assert_eq!(&std::fs::read_to_string(path).unwrap(), text, "{path}");
    }
    let meta = |dir: &Path| -> Vec<String> {
        let mut all: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
        all.sort();
        all
    };
    let mut first = Vec::new();
    for k in 0..2 {
        let o = claimrecon(
            &["ingest", "corpus", "--out", "corpus/ingested"],
            dir.path(),
        );
        assert!(o.status.success(), "{}", stderr(&o));
        // Read back, the metadata files would be skipped and the text files ingested again,
        // without their front matter: their metadata written over with nothing.
        assert!(!stderr(&o).contains("skipped"), "{}", stderr(&o));
        if k == 0 {
            first = meta(&corpus.join("ingested"));
            assert!(
                first.iter().all(|m| m.contains("\"outlet\": \"")),
                "{first:?}"
            );
        } else {
            assert_eq!(meta(&corpus.join("ingested")), first);
        }
    }
    assert_eq!(walk_count(&corpus.join("ingested")), 2 * before.len());
}

fn two_disagreeing_articles(dir: &Path) {
    let corpus = dir.join("corpus/story");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(
        corpus.join("a.txt"),
        "Gigacorp will invest $10 billion in Tinyco.\n",
    )
    .unwrap();
    std::fs::write(
        corpus.join("b.txt"),
        "Gigacorp will invest $14 billion in Tinyco.\n",
    )
    .unwrap();
}

#[test]
fn fail_on_contradiction_exits_1_and_reports_are_written() {
    let dir = tempfile::tempdir().unwrap();
    two_disagreeing_articles(dir.path());
    let o = claimrecon(&["run", "--fail-on", "contradiction"], dir.path());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("1 contradictions (1 high"),
        "{}",
        stdout(&o)
    );
    for f in ["claims.jsonl", "report.json", "report.md", "report.html"] {
        assert!(dir.path().join("claims").join(f).exists(), "{f} missing");
    }
    let o = claimrecon(&["run"], dir.path());
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn reconcile_from_claims_gives_the_findings_of_run() {
    let dir = tempfile::tempdir().unwrap();
    two_disagreeing_articles(dir.path());
    std::fs::write(
        dir.path().join("corpus/story/c.txt"),
        "Tinyco raised $2 billion at a $8 billion pre-money valuation.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("corpus/story/d.txt"),
        "The round values Tinyco at $10 billion after the investment.\n",
    )
    .unwrap();
    assert_eq!(
        claimrecon(&["run", "--out", "full"], dir.path())
            .status
            .code(),
        Some(0)
    );
    let o = claimrecon(
        &["reconcile", "full/claims.jsonl", "--out", "reduced"],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let read = |p: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(dir.path().join(p)).unwrap()).unwrap()
    };
    let (full, reduced) = (read("full/report.json"), read("reduced/report.json"));
    assert_eq!(full["findings"], reduced["findings"]);
    assert_eq!(full["clusters"], reduced["clusters"]);
    assert!(
        full["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["kind"] == "reconciled")
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("full/claims.jsonl")).unwrap(),
        std::fs::read_to_string(dir.path().join("reduced/claims.jsonl")).unwrap()
    );
}

/// The outputs are the same bytes whatever the number of extraction threads: articles are
/// extracted in parallel, then put back in path order before anything is written.
#[test]
fn outputs_do_not_depend_on_the_number_of_threads() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let dir = tempfile::tempdir().unwrap();
    for threads in ["1", "2", "5"] {
        let o = Command::new(env!("CARGO_BIN_EXE_claimrecon"))
            .args(["run", "--quiet", "--out"])
            .arg(dir.path().join(threads))
            .arg(&corpus)
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
    }
    // --jobs sets the threads as RAYON_NUM_THREADS does.
    let o = Command::new(env!("CARGO_BIN_EXE_claimrecon"))
        .args(["run", "--quiet", "--jobs", "3", "--out"])
        .arg(dir.path().join("3"))
        .arg(&corpus)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let zero = claimrecon(&["run", "--jobs", "0"], dir.path());
    assert_eq!(zero.status.code(), Some(2), "--jobs 0 is a usage error");
    for file in ["claims.jsonl", "report.json", "report.md", "report.html"] {
        let one = std::fs::read(dir.path().join("1").join(file)).unwrap();
        assert!(!one.is_empty(), "{file} is empty");
        for threads in ["2", "3", "5"] {
            let other = std::fs::read(dir.path().join(threads).join(file)).unwrap();
            assert!(
                one == other,
                "{file} differs between 1 and {threads} threads"
            );
        }
    }
}

/// The progress bar is drawn on a terminal for a long run (util-linux `script` gives the run a
/// pseudo-terminal), and never with --quiet or when stderr is not a terminal.
#[test]
fn progress_bar_only_on_a_terminal_and_never_with_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path().join("corpus/s");
    std::fs::create_dir_all(&c).unwrap();
    for i in 1..=300 {
        std::fs::write(
            c.join(format!("a{i:03}.txt")),
            format!("Gigacorp will invest ${i} million in Tinyco."),
        )
        .unwrap();
    }
    let bin = env!("CARGO_BIN_EXE_claimrecon");
    let in_terminal = |extra: &str| {
        let o = Command::new("script")
            .args([
                "-qec",
                &format!("{bin} run corpus --out out {extra}"),
                "/dev/null",
            ])
            .current_dir(dir.path())
            .output()
            .expect("util-linux script");
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
    };
    assert!(
        in_terminal("").contains("/300 files"),
        "no progress bar on a terminal"
    );
    assert!(
        !in_terminal("--quiet").contains("files ("),
        "a progress bar with --quiet"
    );
    let piped = claimrecon(&["run", "corpus", "--out", "out"], dir.path());
    assert!(piped.status.success());
    assert!(
        !stderr(&piped).contains("files (") && !stderr(&piped).contains('\r'),
        "a progress bar when stderr is not a terminal: {}",
        stderr(&piped)
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// Copies a story of the shipped corpus (`corpus/<story>`) to `to`.
fn copy_story(story: &str, to: &Path) {
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("corpus")
            .join(story),
        to,
    );
}

const OUTPUTS: [&str; 4] = ["claims.jsonl", "report.json", "report.md", "report.html"];

fn same_outputs(a: &Path, b: &Path) {
    for file in OUTPUTS {
        let (x, y) = (
            std::fs::read(a.join(file)).unwrap(),
            std::fs::read(b.join(file)).unwrap(),
        );
        assert!(x == y, "{file} differs between {a:?} and {b:?}");
    }
}

/// Incremental runs: a second run over the same corpus extracts nothing; a changed or added
/// file is extracted anew, and the outputs are those of a run without the cache. A cache
/// whose claims.jsonl was edited is not trusted for that file.
#[test]
fn a_second_run_extracts_only_new_or_changed_files() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    copy_story("amazon-openai", &corpus.join("amazon-openai"));
    copy_story("helsing", &corpus.join("helsing"));
    let files = walk_count(&corpus);
    // A file claimrecon does not read is neither extracted nor cached.
    std::fs::write(
        corpus.join("helsing/chart.png"),
        [0x89, b'P', b'N', b'G', 0, 1, 2],
    )
    .unwrap();
    let total = files + 1;
    let run = |extra: &[&str]| {
        let mut args = vec!["run", "corpus", "--out", "out"];
        args.extend_from_slice(extra);
        let o = claimrecon(&args, dir.path());
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
    };
    let first = run(&[]);
    assert!(!first.contains("from the cache"), "{first}");
    assert!(dir.path().join("out/.cache/index").exists());

    let second = run(&[]);
    assert!(
        second.contains(&format!(
            "0 of {total} files extracted; {files} taken from the cache"
        )),
        "{second}"
    );
    let fresh = |name: &str| {
        let o = claimrecon(&["run", "corpus", "--out", name, "--no-cache"], dir.path());
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(!dir.path().join(name).join(".cache").exists());
        dir.path().join(name)
    };
    same_outputs(&dir.path().join("out"), &fresh("fresh1"));

    // One article changed, one added.
    let helsing = corpus.join("helsing");
    let first_file = std::fs::read_dir(&helsing)
        .unwrap()
        .map(|e| e.unwrap().path())
        .min()
        .unwrap();
    let mut text = std::fs::read_to_string(&first_file).unwrap();
    text.push_str("\nHelsing said it would hire 500 engineers with the money.\n");
    std::fs::write(&first_file, text).unwrap();
    std::fs::write(
        helsing.join("99_added.txt"),
        "Gigacorp will invest $2 billion in Helsing, the company said.\n",
    )
    .unwrap();
    let third = run(&[]);
    assert!(
        third.contains(&format!(
            "2 of {} files extracted; {} taken from the cache",
            total + 1,
            files - 1
        )),
        "{third}"
    );
    same_outputs(&dir.path().join("out"), &fresh("fresh2"));

    // An edited claims.jsonl: the files whose lines changed are extracted anew.
    let claims = dir.path().join("out/claims.jsonl");
    let edited = std::fs::read_to_string(&claims).unwrap().replacen(
        "\"qualifier\":\"exact\"",
        "\"qualifier\":\"range\"",
        1,
    );
    std::fs::write(&claims, edited).unwrap();
    let fourth = run(&[]);
    assert!(
        fourth.contains(&format!(
            "1 of {} files extracted; {files} taken from the cache",
            total + 1
        )),
        "{fourth}"
    );
    same_outputs(&dir.path().join("out"), &fresh("fresh3"));
}

fn walk_count(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                walk_count(&e.path())
            } else {
                1
            }
        })
        .sum()
}

/// The output folder is replaced whole at the end of a run: a folder holding anything else
/// (a corpus, someone's files) is refused, untouched; an output folder inside the corpus is
/// not read back as articles.
#[test]
fn an_output_folder_is_never_one_with_other_files() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    copy_story("helsing", &corpus.join("helsing"));
    // The corpus itself, a folder above it, a folder of someone's files: refused, untouched.
    std::fs::create_dir(dir.path().join("notes")).unwrap();
    std::fs::write(dir.path().join("notes/todo.txt"), "keep me").unwrap();
    for out in ["corpus", ".", "notes", "corpus/helsing"] {
        let o = claimrecon(&["run", "corpus", "--out", out], dir.path());
        assert_eq!(o.status.code(), Some(2), "--out {out}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("did not write"),
            "--out {out}: {}",
            stderr(&o)
        );
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes/todo.txt")).unwrap(),
        "keep me"
    );
    assert_eq!(walk_count(&corpus), 4);
    // Inside the corpus: written, and not read back on the next run.
    let first = claimrecon(&["run", "corpus", "--out", "corpus/claims"], dir.path());
    assert!(first.status.success(), "{}", stderr(&first));
    let second = claimrecon(&["run", "corpus", "--out", "corpus/claims"], dir.path());
    assert!(second.status.success(), "{}", stderr(&second));
    assert_eq!(
        stdout(&first).lines().next(),
        stdout(&second).lines().next()
    );
    assert!(!stderr(&second).contains("skipped"), "{}", stderr(&second));
}
