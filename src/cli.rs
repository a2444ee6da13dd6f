//! Command-line interface: arguments (clap), the summary and messages on the terminal.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};

use claimrecon::extract;
use claimrecon::ingest::{self, WalkOptions};
use claimrecon::pipeline;
use claimrecon::report;

/// Extract and reconcile the claims news articles make about deals.
#[derive(Parser, Debug)]
#[command(name = "claimrecon", version, about, long_about = None)]
struct Args {
    #[command(subcommand)]
    command: Command,
    /// Threads to work on (default: one per core). The outputs do not depend on it.
    #[arg(long, short = 'j', global = true, value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract the claims of every article under CORPUS and write them to OUT.
    Run {
        /// Corpus folders (or files).
        #[arg(default_value = "corpus")]
        corpus: Vec<PathBuf>,
        /// Output folder.
        #[arg(long, default_value = "claims")]
        out: PathBuf,
        /// Follow symbolic links (loops are detected and skipped).
        #[arg(long)]
        follow_links: bool,
        /// Print nothing but errors.
        #[arg(long, short)]
        quiet: bool,
        /// Exit with status 1 when the report has a finding of this kind.
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
        /// Print where the time went on stderr.
        #[arg(long)]
        timings: bool,
        /// Extract every file anew, and keep no cache (by default, OUT/.cache holds what each
        /// file gave, so that the next run extracts only new and changed files).
        #[arg(long)]
        no_cache: bool,
    },
    /// Rebuild findings and reports from claims extracted elsewhere (claims.jsonl files).
    Reconcile {
        #[arg(required = true)]
        claims: Vec<PathBuf>,
        /// Output folder.
        #[arg(long, default_value = "claims")]
        out: PathBuf,
        #[arg(long, short)]
        quiet: bool,
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
    },
    /// Print the claims of files or folders as JSON Lines.
    Extract {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print every money amount, percentage and quantity instead of claims.
        #[arg(long)]
        mentions: bool,
        #[arg(long)]
        follow_links: bool,
    },
    /// Write each article's main text (<stem>.txt) and metadata (<stem>.json) to OUT.
    Ingest {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, required = true)]
        out: PathBuf,
        #[arg(long)]
        follow_links: bool,
    },
}

/// Findings that can fail a run.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum FailOn {
    Contradiction,
}

pub fn main() -> ExitCode {
    let args = Args::parse();
    match dispatch(args) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("claimrecon: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn dispatch(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(n))
            .build_global()
            .context("cannot start the worker threads")?;
    }
    match args.command {
        Command::Run {
            corpus,
            out,
            follow_links,
            quiet,
            fail_on,
            timings,
            no_cache,
        } => {
            let opts = pipeline::RunOptions {
                walk: WalkOptions {
                    follow_links,
                    ..WalkOptions::default()
                },
                cache: !no_cache,
                ..pipeline::RunOptions::default()
            };
            let o = pipeline::run(&corpus, opts, &out, &|n| progress_bar(n, quiet))?;
            warn(&o.skipped, &o.warnings);
            if timings {
                for (what, t) in &o.timings {
                    eprintln!("claimrecon: timings: {what:<42} {:>9.3} s", t.as_secs_f64());
                }
            }
            let code = done(&o.summary, &out, quiet, fail_on)?;
            if !quiet && o.from_cache > 0 {
                println!(
                    "claimrecon: {} of {} files extracted; {} taken from the cache ({})",
                    o.extracted,
                    o.files,
                    o.from_cache,
                    out.join(claimrecon::cache::DIR).display()
                );
            }
            Ok(code)
        }
        Command::Reconcile {
            claims,
            out,
            quiet,
            fail_on,
        } => {
            let c = pipeline::corpus_from_claims(&claims)?;
            let warnings: Vec<(String, String)> =
                c.articles.iter().flat_map(|a| a.doc_warnings()).collect();
            warn(&c.skipped, &warnings);
            let analysis = pipeline::Analysis::of(c);
            let s = report::write_outputs(&out, &analysis)?;
            done(&s, &out, quiet, fail_on)
        }
        Command::Extract {
            paths,
            mentions,
            follow_links,
        } => extract_cmd(
            &paths,
            mentions,
            WalkOptions {
                follow_links,
                ..WalkOptions::default()
            },
        ),
        Command::Ingest {
            paths,
            out,
            follow_links,
        } => ingest_cmd(
            &paths,
            &out,
            WalkOptions {
                follow_links,
                exclude: vec![out.clone()],
            },
        ),
    }
}

/// A progress bar on stderr for long runs, when stderr is a terminal and not `--quiet`.
fn progress_bar(files: usize, quiet: bool) -> Option<pipeline::Tick> {
    use std::io::IsTerminal;
    if quiet || files < 200 || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(files as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{elapsed_precise} [{bar:40}] {pos}/{len} files ({per_sec}, {eta} left)",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    Some(Box::new(move || {
        bar.inc(1);
        if Some(bar.position()) == bar.length() {
            bar.finish_and_clear();
        }
    }))
}

fn warn(skipped: &[ingest::Skipped], warnings: &[(String, String)]) {
    for s in skipped {
        eprintln!("claimrecon: warning: skipped {}: {}", s.path, s.reason);
    }
    for (doc, w) in warnings {
        eprintln!("claimrecon: warning: {doc}: {w}");
    }
}

fn done(
    s: &report::model::Summary,
    out: &Path,
    quiet: bool,
    fail_on: Option<FailOn>,
) -> anyhow::Result<ExitCode> {
    if !quiet {
        let mut stdout = std::io::stdout().lock();
        writeln!(
            stdout,
            "claimrecon: {}; {} contradictions ({}), {}; {} skipped → {}",
            s.sizes(),
            s.contradictions,
            s.severities(),
            s.other_findings().join(", "),
            s.skipped,
            out.display()
        )?;
    }
    if fail_on == Some(FailOn::Contradiction) && s.contradictions > 0 {
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn extract_cmd(paths: &[PathBuf], mentions: bool, opts: WalkOptions) -> anyhow::Result<ExitCode> {
    let (entries, mut skipped) = pipeline::entries(paths, opts)?;
    let (lines, skipped_files) = pipeline::map_articles(&entries, |a| {
        let x = extract::extract(&a);
        let mut buf = Vec::new();
        if mentions {
            for r in extract::mention_records(&a, &x.mentions) {
                serde_json::to_writer(&mut buf, &r).expect("serialising a mention cannot fail");
                buf.push(b'\n');
            }
        } else {
            buf = report::claims::lines(&x.claims);
        }
        let warnings: Vec<String> = a
            .warnings
            .iter()
            .chain(&x.warnings)
            .map(|w| format!("{}: {w}", a.doc))
            .collect();
        (buf, warnings)
    });
    skipped.extend(skipped_files);
    warn(&skipped, &[]);
    if lines.is_empty() {
        anyhow::bail!("no article could be read under {}", show(paths));
    }
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    for (_, (buf, warnings)) in lines {
        for w in warnings {
            eprintln!("claimrecon: warning: {w}");
        }
        stdout.write_all(&buf)?;
    }
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn ingest_cmd(paths: &[PathBuf], out: &Path, opts: WalkOptions) -> anyhow::Result<ExitCode> {
    // "a.txt" is written as a.txt: into a folder being read, ingest would overwrite the articles.
    if let Ok(out_abs) = out.canonicalize() {
        for p in paths {
            let folder = if p.is_dir() {
                Some(p.as_path())
            } else {
                p.parent()
            };
            let folder = folder.map(|f| {
                if f.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    f
                }
            });
            if folder.and_then(|f| f.canonicalize().ok()).as_ref() == Some(&out_abs) {
                anyhow::bail!(
                    "--out {} is a folder being read: ingest would write over its articles; \
                     choose another folder",
                    out.display()
                );
            }
        }
    }
    let (entries, mut skipped) = pipeline::entries(paths, opts)?;
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    let (results, skipped_files) = pipeline::map_articles(&entries, |a| -> anyhow::Result<()> {
        let stem = ingest::output_stem(&a.doc);
        let txt = out.join(format!("{stem}.txt"));
        std::fs::write(&txt, &a.text).with_context(|| format!("cannot write {}", txt.display()))?;
        let json = out.join(format!("{stem}.json"));
        let meta = serde_json::to_vec_pretty(&a.meta)?;
        std::fs::write(&json, meta).with_context(|| format!("cannot write {}", json.display()))?;
        Ok(())
    });
    skipped.extend(skipped_files);
    warn(&skipped, &[]);
    if results.is_empty() {
        anyhow::bail!("no article could be read under {}", show(paths));
    }
    for (_, r) in results {
        r?;
    }
    Ok(ExitCode::SUCCESS)
}

fn show(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
