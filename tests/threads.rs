//! A story analysed alone splits its clustering, reconciliation and rendering over the thread
//! pool (`Threads::Pool`); beside other stories it keeps them on its own thread
//! (`Threads::Caller`). Both must give the same clusters, findings and rendered bytes. The
//! story here is one folder of articles about 480 deals, large enough for every split to
//! happen (many tasks of clusters, of tranche and valuation groups, of findings to render;
//! several windows of claims to key and of findings to render). A run over it, the story
//! alone in its window, writes the bytes of the analysis written whole.

use std::path::Path;

use claimrecon::ingest::WalkOptions;
use claimrecon::par::Threads;
use claimrecon::pipeline::{self, Analysis};
use claimrecon::reconcile::Kind;
use claimrecon::report::model::BUCKETS;
use claimrecon::report::parts::Parts;

const STEMS: &[&str] = &[
    "Bel", "Cor", "Dun", "Fal", "Gor", "Hal", "Kim", "Lor", "Mar", "Nor", "Pel", "Tor",
];
// Two names a typing slip apart are one company (cluster::Names): endings differ more.
const ENDINGS: &[&str] = &["ex", "ovia", "undar", "ith", "amo"];
const KINDS: &[&str] = &[
    "Robotics",
    "Health",
    "Networks",
    "Materials",
    "Energy",
    "Foods",
    "Mobility",
    "Security",
];
const BACKERS: &[&str] = &["Alder", "Birch", "Cedar", "Hazel", "Maple", "Rowan"];

/// Writes four articles a deal: three outlets' own reports (the third gets the total wrong
/// for every fifth deal) and a syndicated copy of the first. Amounts differ from deal to deal.
fn write_story(dir: &Path) -> usize {
    let mut deals = 0;
    for (s, stem) in STEMS.iter().enumerate() {
        for (e, ending) in ENDINGS.iter().enumerate() {
            for (k, kind) in KINDS.iter().enumerate() {
                let n = (s * ENDINGS.len() + e) * KINDS.len() + k;
                let company = format!("{stem}{ending} {kind}");
                let backer = format!("{} Ventures", BACKERS[n % BACKERS.len()]);
                let first = 2 + n % 7;
                let rest = 3 + n % 5;
                let total = first + rest;
                let pre = 20 + n % 30;
                let wrong = if n.is_multiple_of(5) {
                    total + 4
                } else {
                    total
                };
                let texts = [
                    format!(
                        "{backer} will invest ${total} billion in {company}.\n\n\
                         The investment begins with an initial ${first} billion, with the \
                         remaining ${rest} billion contingent on an initial public offering.\n\n\
                         The round values {company} at ${pre} billion pre-money."
                    ),
                    format!(
                        "{company} said {backer} agreed to invest ${total}bn.\n\n\
                         The ${total} billion round values {company} at ${} billion post-money.",
                        pre + total
                    ),
                    format!(
                        "{backer} will invest ${wrong} billion in {company}, people familiar \
                         with the matter said.\n\n\
                         An initial tranche of ${first} billion comes first."
                    ),
                ];
                for (o, text) in texts.iter().enumerate() {
                    let body = format!(
                        "---\noutlet: Outlet {o}\ndate: 2025-0{}-1{}\n---\n{company} deal\n\n{text}\n",
                        1 + o,
                        n % 10
                    );
                    std::fs::write(dir.join(format!("deal{n:03}_{o}.txt")), &body).unwrap();
                    if o == 0 {
                        let copy = body.replace("Outlet 0", "Outlet 9");
                        std::fs::write(dir.join(format!("deal{n:03}_copy.txt")), copy).unwrap();
                    }
                }
                deals += 1;
            }
        }
    }
    deals
}

fn analysis(dir: &Path, threads: Threads) -> Analysis {
    let corpus = pipeline::extract_corpus(&[dir.to_path_buf()], WalkOptions::default()).unwrap();
    Analysis::of_with(corpus, threads)
}

/// A temporary folder holding the story in its folder `story`.
fn story_folder() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story");
    std::fs::create_dir(&story).unwrap();
    write_story(&story);
    (dir, story)
}

/// The two output folders hold the same bytes.
fn same_outputs(a: &Path, b: &Path, how: &str) {
    for file in ["claims.jsonl", "report.json", "report.md", "report.html"] {
        let (x, y) = (
            std::fs::read(a.join(file)).unwrap(),
            std::fs::read(b.join(file)).unwrap(),
        );
        assert!(x == y, "{file} differs {how}");
    }
}

fn parts(a: &Analysis, limits: &[usize; BUCKETS], threads: Threads) -> String {
    // Parts holds bytes and strings only: its Debug form shows every one of them.
    format!(
        "{:?}",
        Parts::with_claims_jsonl(&a.report(), limits, Vec::new(), threads)
    )
}

#[test]
fn a_story_on_the_pool_is_the_story_on_one_thread() {
    let dir = tempfile::tempdir().unwrap();
    let deals = write_story(dir.path());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(4)
        .build()
        .unwrap();
    let on_pool = pool.install(|| analysis(dir.path(), Threads::Pool));
    let on_caller = analysis(dir.path(), Threads::Caller);

    // Large enough for the work to be split many times over.
    assert!(
        on_pool.clusters.len() > 4 * 64,
        "{} clusters",
        on_pool.clusters.len()
    );
    assert!(
        on_pool.findings.len() > 2 * 512,
        "{} findings",
        on_pool.findings.len()
    );
    let count = |kind: Kind| on_pool.findings.iter().filter(|f| f.kind == kind).count();
    assert!(
        count(Kind::Contradiction) >= deals / 5,
        "a wrong total every fifth deal"
    );
    assert!(
        count(Kind::Reconciled) >= deals,
        "tranches add up, pre + round = post"
    );
    assert_eq!(on_pool.syndicated.len(), deals, "each deal's copy is found");

    // Every claim is in one cluster, the cluster of its company and attribute (the names here
    // are written alike in every article). Claims are keyed a window of 2,048 at a time.
    assert!(
        on_pool.corpus.claims.len() > 3000,
        "{} claims",
        on_pool.corpus.claims.len()
    );
    let mut seen = vec![0; on_pool.corpus.claims.len()];
    for cl in &on_pool.clusters {
        for &i in &cl.members {
            let c = &on_pool.corpus.claims[i];
            seen[i] += 1;
            assert_eq!(
                (&*c.subject, &*c.attribute),
                (cl.key.subject.as_str(), cl.key.attribute.as_str())
            );
        }
    }
    assert!(seen.iter().all(|&n| n == 1), "each claim in one cluster");

    assert_eq!(on_pool.findings, on_caller.findings);
    assert_eq!(on_pool.syndicated, on_caller.syndicated);
    let ids = |a: &Analysis| -> Vec<(String, Vec<usize>)> {
        a.clusters
            .iter()
            .map(|c| (c.id.clone(), c.members.clone()))
            .collect()
    };
    assert_eq!(ids(&on_pool), ids(&on_caller));

    for limits in [Parts::first_limits(), [5, 4, 3, 7, 2, 6, 1]] {
        let rendered_on_pool = pool.install(|| parts(&on_pool, &limits, Threads::Pool));
        let rendered_on_caller = parts(&on_caller, &limits, Threads::Caller);
        assert!(
            rendered_on_pool == rendered_on_caller,
            "the parts rendered on the pool differ from those rendered on one thread"
        );
    }
}

/// `run` over the story alone in its window (its parts rendered on the pool and written a
/// window of findings at a time) writes what the analysis written whole writes.
#[test]
fn a_story_alone_streams_the_report_written_whole() {
    let (dir, story) = story_folder();
    let whole = dir.path().join("whole");
    claimrecon::report::write_outputs(&whole, &analysis(&story, Threads::Caller)).unwrap();
    let streamed = dir.path().join("streamed");
    let opts = pipeline::RunOptions {
        cache: false,
        ..pipeline::RunOptions::default()
    };
    let outcome = pipeline::run(std::slice::from_ref(&story), opts, &streamed, &|_| None).unwrap();
    assert!(outcome.summary.contradictions > 0);
    same_outputs(&whole, &streamed, "written whole and streamed");
}

/// A file of many articles (a wire feed as JSON Lines) is extracted on every core, its
/// articles put back in order: the outputs are those of a run on one thread.
#[test]
fn a_file_of_many_articles_is_extracted_in_order() {
    let (dir, story) = story_folder();
    let mut names: Vec<_> = std::fs::read_dir(&story)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    let feed = dir.path().join("feed");
    std::fs::create_dir(&feed).unwrap();
    let lines: Vec<String> = names
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            let body = text.splitn(3, "---\n").nth(2).unwrap();
            let (title, rest) = body.split_once("\n\n").unwrap();
            serde_json::json!({ "title": title, "text": rest }).to_string()
        })
        .collect();
    std::fs::write(feed.join("wire.jsonl"), lines.join("\n") + "\n").unwrap();
    let run = |threads: usize, out: &str| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        let out = dir.path().join(out);
        let opts = pipeline::RunOptions {
            cache: false,
            ..pipeline::RunOptions::default()
        };
        pool.install(|| pipeline::run(std::slice::from_ref(&feed), opts, &out, &|_| None))
            .unwrap();
        out
    };
    let (one, four) = (run(1, "one"), run(4, "four"));
    same_outputs(&one, &four, "on 1 and 4 threads");
    // Claims come in the order of the lines they were read from.
    let claims = std::fs::read_to_string(four.join("claims.jsonl")).unwrap();
    let lines_of: Vec<usize> = claims
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let doc = v["doc"].as_str().unwrap().to_string();
            doc.rsplit('#').next().unwrap().parse().unwrap()
        })
        .collect();
    assert!(lines_of.len() > 3 * 2048, "{} claims", lines_of.len());
    assert!(lines_of.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(lines_of.last(), Some(&lines.len()));
}
