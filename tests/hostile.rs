//! Hostile and broken input: one bad file costs only itself, nothing panics, and article text
//! never runs in the reports.

use std::path::Path;
use std::process::Command;

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

/// Builds the hostile corpus at test time (nothing large is committed).
fn hostile_corpus(root: &Path) -> std::path::PathBuf {
    let c = root.join("corpus/hostile");
    std::fs::create_dir_all(&c).unwrap();
    write(
        &c,
        "good.txt",
        "Gigacorp will invest $2 billion in Tinyco, with $500 million upfront.\n",
    );
    write(
        &c,
        "binary.txt",
        b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0\x01\0\0\0",
    );
    write(
        &c,
        "latin1.txt",
        b"Caf\xe9 Holdings will invest $3 billion in Bistro, the companies said.\n",
    );
    let mut utf16 = vec![0xff, 0xfe];
    for u in "Acme raised $40 million in a round led by Beta Capital.\n".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    write(&c, "utf16.txt", utf16);
    write(&c, "empty.txt", "");
    write(
        &c,
        "config.json",
        r#"{"name": "not an article", "version": 3}"#,
    );
    write(
        &c,
        "wire.jsonl",
        "{\"title\": \"One\", \"text\": \"Delta Corp will invest $7 billion in Echo.\"}\n{broken line\n{\"title\": \"Two\", \"text\": \"Foxtrot raised $9 million in a round led by Golf Ventures.\"}\n",
    );
    let deep = format!(
        "<html><body>{}<p>Hotel raised $8 million in a round led by India Partners, it said.</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    write(&c, "deep.html", deep);
    write(
        &c,
        "xss.txt",
        "On Monday, Juliet <script>alert('x')</script> will invest $4 billion in Kilo <img src=x onerror=alert(1)>, says [a link](javascript:alert(2)) and <a href=\"javascript:alert(3)\">here</a>.\n",
    );
    write(
        &c,
        "xss2.txt",
        "On Tuesday, Juliet will invest $6 billion in Kilo <img src=y onerror=alert(4)>, a <b>filing</b> showed.\n",
    );
    write(
        &c,
        "numbers.txt",
        "Lima will invest $99999999999999999999 trillion in Mike. Mike closed a $-5 billion funding round. November raised $1e308 from Oscar.\n",
    );
    // A loop of symbolic links must never be entered.
    #[cfg(unix)]
    std::os::unix::fs::symlink(&c, c.join("loop")).unwrap();
    c
}

#[test]
fn a_hostile_corpus_costs_only_its_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    hostile_corpus(dir.path());
    let o = Command::new(env!("CARGO_BIN_EXE_claimrecon"))
        .args(["run", "corpus", "--out", "out"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let claims = std::fs::read_to_string(dir.path().join("out/claims.jsonl")).unwrap();
    for good in [
        "hostile/good.txt",
        "hostile/latin1.txt",
        "hostile/utf16.txt",
        "hostile/wire.jsonl#1",
        "hostile/wire.jsonl#3",
        "hostile/deep.html",
        "hostile/xss.txt",
    ] {
        assert!(
            claims.contains(&format!("\"doc\":\"{good}\"")),
            "no claim from {good}"
        );
    }
    assert!(
        !claims.contains("NaN") && !claims.contains("inf"),
        "non-finite number in claims"
    );
    assert!(
        claims.contains("-5000000000"),
        "the negative figure keeps its sign"
    );
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("out/report.json")).unwrap())
            .unwrap();
    let skipped: Vec<String> = report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| format!("{} {}", s["path"], s["reason"]))
        .collect();
    for bad in ["binary.txt", "empty.txt", "config.json", "wire.jsonl#2"] {
        assert!(
            skipped.iter().any(|s| s.contains(bad)),
            "{bad} not listed as skipped: {skipped:?}"
        );
        assert!(
            stderr.contains(bad),
            "{bad} not warned about on stderr: {stderr}"
        );
    }
    assert!(
        stderr.contains("latin1.txt") && stderr.contains("lossily"),
        "{stderr}"
    );
    assert!(stderr.contains("cannot be represented"), "{stderr}");
    assert!(
        !claims.contains("hostile/loop/"),
        "the symbolic link loop was entered"
    );
    // Reports escape article text.
    let html = std::fs::read_to_string(dir.path().join("out/report.html")).unwrap();
    assert!(
        !html.contains("<script>alert")
            && !html.contains("<img src=x")
            && !html.contains("href=\"javascript:")
    );
    let md = std::fs::read_to_string(dir.path().join("out/report.md")).unwrap();
    assert!(!md.contains("<script>") && !md.contains("](javascript:") && !md.contains("<img"));
}

#[test]
fn a_file_vanishing_between_walk_and_read_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path().join("c");
    std::fs::create_dir_all(&c).unwrap();
    std::fs::write(
        c.join("a.txt"),
        "Gigacorp will invest $2 billion in Tinyco.",
    )
    .unwrap();
    std::fs::write(c.join("gone.txt"), "Gone Corp raised $1 million.").unwrap();
    let (entries, _) =
        claimrecon::pipeline::entries(std::slice::from_ref(&c), Default::default()).unwrap();
    std::fs::remove_file(c.join("gone.txt")).unwrap();
    let (articles, skipped) = claimrecon::pipeline::map_articles(&entries, |a| a.doc.clone());
    assert_eq!(articles.len(), 1);
    assert!(
        skipped
            .iter()
            .any(|s| s.path == "gone.txt" && s.reason.contains("cannot read")),
        "{skipped:?}"
    );
}

#[test]
fn a_run_killed_part_way_leaves_the_previous_output_whole() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path().join("corpus/s");
    std::fs::create_dir_all(&c).unwrap();
    std::fs::write(
        c.join("a.txt"),
        "Gigacorp will invest $2 billion in Tinyco.",
    )
    .unwrap();
    let bin = env!("CARGO_BIN_EXE_claimrecon");
    assert!(
        Command::new(bin)
            .args(["run", "-q"])
            .current_dir(dir.path())
            .status()
            .unwrap()
            .success()
    );
    let before: Vec<(String, Vec<u8>)> =
        ["claims.jsonl", "report.json", "report.md", "report.html"]
            .iter()
            .map(|f| {
                (
                    f.to_string(),
                    std::fs::read(dir.path().join("claims").join(f)).unwrap(),
                )
            })
            .collect();
    // A second, slower run over a bigger corpus, killed with SIGKILL part-way.
    let mut big = String::new();
    for i in 0..20_000 {
        big.push_str(&format!(
            "Company{i} will invest ${} billion in Target{i}, with ${} million upfront.\n",
            i % 90 + 1,
            i % 700 + 1
        ));
    }
    for k in 0..8 {
        std::fs::write(c.join(format!("big{k}.txt")), &big).unwrap();
    }
    let mut child = Command::new(bin)
        .args(["run", "-q"])
        .current_dir(dir.path())
        .spawn()
        .unwrap();
    // Killed once it is writing: its temporary folder is there.
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_secs(10)
        && !std::fs::read_dir(dir.path()).unwrap().any(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(".claims.tmp-")
        })
    {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::thread::sleep(std::time::Duration::from_millis(200));
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    for (f, bytes) in &before {
        let now = std::fs::read(dir.path().join("claims").join(f)).unwrap_or_default();
        assert!(
            now == *bytes,
            "{f} changed or vanished after the killed run"
        );
    }
    // The killed run's temporary folder is removed by the next run (on Linux, where a dead
    // process can be told).
    let temporaries = || {
        std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .starts_with(".claims.tmp-")
            })
            .count()
    };
    if cfg!(target_os = "linux") {
        assert_eq!(temporaries(), 1, "the killed run left its temporary folder");
        for k in 0..8 {
            std::fs::remove_file(c.join(format!("big{k}.txt"))).unwrap();
        }
        let again = Command::new(bin)
            .args(["run", "-q"])
            .current_dir(dir.path())
            .status()
            .unwrap();
        assert!(again.success());
        assert_eq!(temporaries(), 0);
    }
}

fn chromium() -> String {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        Path::new(&chromium).exists(),
        "{chromium} missing: install Debian's chromium package (or set CHROMIUM)"
    );
    chromium
}

/// Loads `page` in headless Chromium and returns (DOM after scripts ran, browser log).
fn load_in_browser(page: &Path, profile: &Path) -> (String, String) {
    let dump = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=2000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&dump.stdout).into_owned();
    let log = String::from_utf8_lossy(&dump.stderr).into_owned();
    assert!(dom.contains("</html>"), "no DOM from chromium: {log}");
    (dom, log)
}

fn hostile_report(dir: &Path) -> std::path::PathBuf {
    hostile_corpus(dir);
    let o = Command::new(env!("CARGO_BIN_EXE_claimrecon"))
        .args(["run", "corpus", "--out", "out", "-q"])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(o.status.success());
    dir.join("out/report.html")
}

/// Opens report.html in headless Chromium (Debian's `chromium`; `.ci/run` installs it) and
/// checks the DOM the browser built: article text stays text, no element or handler from it.
#[test]
fn report_html_runs_no_article_script_in_a_browser() {
    let dir = tempfile::tempdir().unwrap();
    let page = hostile_report(dir.path());
    let (dom, log) = load_in_browser(&page, &dir.path().join("chrome-profile"));
    // The hostile sentence is in the report, as text.
    assert!(
        dom.contains("Juliet &lt;script&gt;alert('x')&lt;/script&gt;"),
        "the article text is not shown escaped:\n{dom}"
    );
    // No element and no handler came from it.
    assert!(!dom.contains("<script"), "a script element is in the DOM");
    assert!(
        !dom.contains("<img"),
        "an img element from article text is in the DOM"
    );
    // (Chromium serialises a real attribute with quotes; escaped article text has none.)
    assert!(
        !dom.contains("onerror=\""),
        "an event handler from article text is in the DOM"
    );
    assert!(
        !dom.contains("<a href=\"javascript:"),
        "a javascript: link is in the DOM"
    );
    assert!(
        !log.contains("alert("),
        "the console reports a script from article text: {log}"
    );
}

/// A script that replaces alert/confirm/prompt/console and records every call (and every
/// script error) in an attribute of <html>, so that --dump-dom shows what ran.
const HOOK: &str = r#"<script>
(function () {
  var root = document.documentElement;
  root.setAttribute('data-hook', 'installed');
  function note(kind, args) {
    var prev = root.getAttribute('data-calls') || '';
    root.setAttribute('data-calls', prev + kind + ':' + Array.prototype.join.call(args, ' ') + ';');
  }
  ['alert', 'confirm', 'prompt'].forEach(function (k) {
    window[k] = function () { note(k, arguments); };
  });
  ['log', 'info', 'warn', 'error', 'debug'].forEach(function (k) {
    console[k] = function () { note('console.' + k, arguments); };
  });
  window.addEventListener('error', function (e) { note('error', [e.message]); }, true);
})();
</script>"#;

/// Installs [`HOOK`] at the top of a copy of the page. The report's Content-Security-Policy
/// would block every script, the hook included; the copy drops it, so this checks the
/// escaping itself, not only the policy.
fn hooked_copy(page: &Path, extra_body: &str) -> std::path::PathBuf {
    let html = std::fs::read_to_string(page).unwrap();
    let csp_start = html
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .expect("the report declares a Content-Security-Policy");
    let csp_end = csp_start + html[csp_start..].find('>').unwrap() + 1;
    let mut copy = format!("{}{}", &html[..csp_start], &html[csp_end..]);
    let head = copy.find("<head>").unwrap() + "<head>".len();
    copy.insert_str(head, HOOK);
    let body_end = copy.rfind("</body>").unwrap();
    copy.insert_str(body_end, extra_body);
    let out = page.with_file_name(format!(
        "hooked-{}.html",
        if extra_body.is_empty() {
            "report"
        } else {
            "control"
        }
    ));
    std::fs::write(&out, copy).unwrap();
    out
}

/// The report, with its policy removed and alert/console hooked, runs nothing from article
/// text in the browser. A control copy with one unescaped payload shows the hook catches it.
#[test]
fn report_html_calls_no_alert_or_console_from_article_text() {
    let dir = tempfile::tempdir().unwrap();
    let page = hostile_report(dir.path());

    let hooked = hooked_copy(&page, "");
    let (dom, log) = load_in_browser(&hooked, &dir.path().join("profile-a"));
    assert!(
        dom.contains("data-hook=\"installed\""),
        "the hook did not run, so this test would prove nothing: {log}"
    );
    assert!(
        !dom.contains("data-calls="),
        "article text ran a script in the browser:\n{}",
        dom.lines()
            .find(|l| l.contains("data-calls="))
            .unwrap_or("")
    );
    assert!(dom.contains("Juliet &lt;script&gt;alert('x')&lt;/script&gt;"));

    // Control: the same page with the payload left unescaped is caught.
    let control = hooked_copy(
        &page,
        "<img src=x onerror=alert(1)><script>alert('x')</script>",
    );
    let (dom, _) = load_in_browser(&control, &dir.path().join("profile-b"));
    assert!(
        dom.contains("data-calls=\"") && dom.contains("alert:x;"),
        "the hook missed an unescaped payload, so it cannot vouch for the report"
    );
}

/// A text larger than one extraction piece is read in pieces: every claim still quotes the
/// text at its span, and claims from every piece are there.
#[test]
fn a_huge_text_is_read_in_pieces_with_exact_spans() {
    use claimrecon::ingest::{Article, Format, Meta};
    let line = "Gigacorp will invest $2 billion in Tinyco, with $500 million upfront, the companies said.\n";
    let text = line.repeat(claimrecon::extract::CHUNK * 2 / line.len() + 100);
    let article = Article {
        doc: "big.txt".into(),
        format: Format::Text,
        meta: Meta::default(),
        text,
        warnings: vec![],
    };
    let x = claimrecon::extract::extract(&article);
    let lines = article.text.len() / line.len();
    assert_eq!(
        x.claims
            .iter()
            .filter(|c| c.attribute == "deal_total")
            .count(),
        lines
    );
    for c in &x.claims {
        assert_eq!(&article.text[c.span.start..c.span.end], c.quote);
        assert_eq!(&article.text[c.sentence.start..c.sentence.end], &*c.context);
    }
    let ids: std::collections::BTreeSet<&str> = x.claims.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids.len(),
        x.claims.len(),
        "claim ids are unique across pieces"
    );
    // The pieces are extracted in parallel and put back in order.
    assert!(
        x.claims
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start)
    );
    assert!(
        x.mentions
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start)
    );
    assert!(x.claims.last().unwrap().span.start > article.text.len() - line.len() * 2);
}
