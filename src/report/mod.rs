//! Stage 7 — report: the output files, written story by story and swapped in whole.
//!
//! Input: the [`Parts`] of each story (or of an [`Analysis`] held whole). Output: files in
//! the output folder: `claims.jsonl` (the output contract of SPEC.md, one claim per line, in
//! story/`doc`/span order), `report.json` (summary, articles, skipped files, clusters,
//! syndicated copies, findings; one record per line), `report.md` and `report.html` (the
//! findings for a person; contradictions in full, the other sections capped), and the
//! extraction cache (`.cache/`, see [`crate::cache`]). [`Writer`] appends the parts of each
//! story to files in a temporary folder beside the output folder, puts the reports together
//! at the end and swaps the folder in, so that a reader never sees the files of two runs side
//! by side and a run killed part-way leaves the previous output whole.

pub mod claims;
pub mod html;
pub mod json;
pub mod markdown;
pub mod model;
pub mod parts;

use std::fs;
use std::io::{BufReader, BufWriter, Read, Seek, Write};
use std::path::{Path, PathBuf};

use crate::cache::{self, NewEntry};
use crate::error::Error;
use crate::ingest::Skipped;
use crate::par::joined;
use crate::pipeline::Analysis;
use model::{BUCKETS, SECTION_CAP, StoryLine, Summary, section_of};
use parts::Parts;

/// Writes all outputs of a run into `out`, replacing what was there as a whole.
pub fn write_outputs(out: &Path, a: &Analysis) -> Result<Summary, Error> {
    let mut w = Writer::create(out, false)?;
    w.add(&Parts::of(&a.report(), &w.limits()), &[])?;
    w.finish(&a.corpus.skipped)
}

/// A file in the temporary folder that pieces are appended to.
struct Spill {
    path: PathBuf,
    w: BufWriter<fs::File>,
    len: u64,
}

impl Spill {
    fn create(path: PathBuf) -> Result<Self, Error> {
        let file = fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&path)
            .map_err(|e| Error::Write {
                path: path.clone(),
                source: e,
            })?;
        Ok(Spill {
            path,
            w: BufWriter::with_capacity(1 << 16, file),
            len: 0,
        })
    }

    fn append(&mut self, bytes: &[u8]) -> Result<(), Error> {
        self.len += bytes.len() as u64;
        self.w.write_all(bytes).map_err(|e| Error::Write {
            path: self.path.clone(),
            source: e,
        })
    }

    /// Cuts the file back to `len` bytes, to append from there.
    fn truncate(&mut self, len: u64) -> Result<(), Error> {
        let err = |e: std::io::Error| Error::Write {
            path: self.path.clone(),
            source: e,
        };
        self.w.flush().map_err(err)?;
        let file = self.w.get_mut();
        file.set_len(len).map_err(err)?;
        file.seek(std::io::SeekFrom::Start(len)).map_err(err)?;
        self.len = len;
        Ok(())
    }

    /// Writes out what is buffered and flushes the file to the disk (no reader: nothing reads it
    /// back).
    fn sync(self) -> Result<(), Error> {
        let (file, _, path) = self.written()?;
        file.sync_all()
            .map_err(|e| Error::Write { path, source: e })
    }

    /// Flushes and reopens the file for reading from its start.
    fn reader(self) -> Result<(BufReader<fs::File>, u64, PathBuf), Error> {
        let (mut file, len, path) = self.written()?;
        match file.rewind() {
            Ok(()) => Ok((BufReader::with_capacity(1 << 16, file), len, path)),
            Err(e) => Err(Error::Write { path, source: e }),
        }
    }

    /// The file with what was buffered written out, its length and its path.
    fn written(self) -> Result<(fs::File, u64, PathBuf), Error> {
        let Spill { w, len, path } = self;
        match w.into_inner() {
            Ok(file) => Ok((file, len, path)),
            Err(e) => Err(Error::Write {
                path,
                source: e.into_error(),
            }),
        }
    }
}

struct Spills {
    /// The new extraction cache: records and index.
    cache: Option<(Spill, Spill)>,
    claims: Spill,
    articles: Spill,
    clusters: Spill,
    findings: Vec<Spill>,
    md: Vec<Spill>,
    html: Vec<Spill>,
}

/// What a [`Writer`] had written of the report's pieces at some point: see
/// [`Writer::mark`].
pub struct Mark {
    /// Lengths of the pieces' files: articles, clusters, then each bucket's findings,
    /// report.md and report.html entries.
    lens: Vec<u64>,
    counts: [usize; BUCKETS],
    shown: [usize; BUCKETS],
    totals: (usize, usize, usize),
    syndicated: usize,
    stories: usize,
    story_count: usize,
}

impl Spills {
    /// The files of the report's pieces, in [`Mark`]'s order.
    fn piece_files(&self) -> impl Iterator<Item = &Spill> {
        [&self.articles, &self.clusters]
            .into_iter()
            .chain(&self.findings)
            .chain(&self.md)
            .chain(&self.html)
    }

    fn piece_files_mut(&mut self) -> impl Iterator<Item = &mut Spill> {
        [&mut self.articles, &mut self.clusters]
            .into_iter()
            .chain(&mut self.findings)
            .chain(&mut self.md)
            .chain(&mut self.html)
    }
}

/// Writes the outputs of a run story by story, in bounded memory: `claims.jsonl` as it goes,
/// and the pieces of report.json, report.md and report.html in files of a temporary folder
/// beside the output, put together by [`Writer::finish`] and swapped in whole. Dropped
/// before `finish` (an error), it leaves the previous output as it was.
pub struct Writer {
    out: PathBuf,
    tmp: PathBuf,
    spills: Option<Spills>,
    counts: [usize; BUCKETS],
    shown: [usize; BUCKETS],
    totals: (usize, usize, usize),
    syndicated: Vec<Vec<String>>,
    /// The first rows of the table of stories, and how many stories in all.
    stories: Vec<StoryLine>,
    story_count: usize,
}

impl Writer {
    /// Opens a temporary folder beside `out` for a run's outputs; with `cache`, a new
    /// extraction cache is written in it too ([`crate::cache`]).
    pub fn create(out: &Path, cache: bool) -> Result<Self, Error> {
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent).map_err(|e| Error::Write {
            path: parent.clone(),
            source: e,
        })?;
        recover(out);
        check_replaceable(out)?;
        let name = folder_name(out);
        let tmp = parent.join(format!(".{name}.tmp-{}", std::process::id()));
        let _ = fs::remove_dir_all(&tmp);
        remove_stale_temporaries(&parent, &name);
        let parts = tmp.join("parts");
        fs::create_dir_all(&parts).map_err(|e| Error::Write {
            path: parts.clone(),
            source: e,
        })?;
        let spill = |name: String| Spill::create(parts.join(name));
        let cache = if cache {
            let dir = tmp.join(cache::DIR);
            fs::create_dir_all(&dir).map_err(|e| Error::Write {
                path: dir.clone(),
                source: e,
            })?;
            let mut index = Spill::create(dir.join("index"))?;
            index.append(cache::header().as_bytes())?;
            Some((Spill::create(dir.join("records"))?, index))
        } else {
            None
        };
        let spills = Spills {
            cache,
            claims: Spill::create(tmp.join("claims.jsonl"))?,
            articles: spill("articles".into())?,
            clusters: spill("clusters".into())?,
            findings: (0..BUCKETS)
                .map(|b| spill(format!("findings-{b}")))
                .collect::<Result<_, _>>()?,
            md: (0..BUCKETS)
                .map(|b| spill(format!("md-{b}")))
                .collect::<Result<_, _>>()?,
            html: (0..BUCKETS)
                .map(|b| spill(format!("html-{b}")))
                .collect::<Result<_, _>>()?,
        };
        Ok(Writer {
            out: out.to_path_buf(),
            spills: Some(spills),
            tmp,
            counts: [0; BUCKETS],
            shown: [0; BUCKETS],
            totals: (0, 0, 0),
            syndicated: Vec::new(),
            stories: Vec::new(),
            story_count: 0,
        })
    }

    /// How many more entries of each bucket report.md and report.html will show: pieces
    /// need render no more than this.
    pub fn limits(&self) -> [usize; BUCKETS] {
        std::array::from_fn(|b| {
            section_of(b)
                .cap
                .map_or(usize::MAX, |cap| cap.saturating_sub(self.shown[b]))
        })
    }

    /// Appends the pieces of the next story (stories in report order). `files` are the
    /// story's files in order, each with the length of its claims' lines in
    /// `p.claims_jsonl` and, to cache it, its entry of the new extraction cache.
    pub fn add(&mut self, p: &Parts, files: &[(Option<NewEntry>, u64)]) -> Result<(), Error> {
        self.add_claims(&p.claims_jsonl, files)?;
        self.add_parts(p)
    }

    /// Appends claims lines of the next story (or the next of its files): `files` are those
    /// files in order, each with the length of its lines and its new cache entry.
    pub fn add_claims(
        &mut self,
        lines: &[u8],
        files: &[(Option<NewEntry>, u64)],
    ) -> Result<(), Error> {
        let Some(s) = self.spills.as_mut() else {
            return Ok(());
        };
        let mut at = s.claims.len;
        s.claims.append(lines)?;
        if let Some((records, index)) = s.cache.as_mut() {
            for (entry, len) in files {
                if let Some(e) = entry
                    && let Ok(record_len) = u32::try_from(e.header.len())
                {
                    index.append(&cache::index_entry(
                        e.key,
                        (records.len, record_len),
                        (at, *len),
                        e.checksum,
                    ))?;
                    records.append(&e.header)?;
                    records.append(b"\n")?;
                }
                at += len;
            }
        }
        Ok(())
    }

    /// The pieces written so far (claims lines aside), so that those added after it can be
    /// taken back ([`Writer::back_to`]): a story whose parts go to the writer as they are
    /// rendered and whose rendering then fails leaves nothing of them.
    pub fn mark(&self) -> Mark {
        let lens = self
            .spills
            .as_ref()
            .map_or_else(Vec::new, |s| s.piece_files().map(|f| f.len).collect());
        Mark {
            lens,
            counts: self.counts,
            shown: self.shown,
            totals: self.totals,
            syndicated: self.syndicated.len(),
            stories: self.stories.len(),
            story_count: self.story_count,
        }
    }

    /// Takes back the pieces added since `mark`.
    pub fn back_to(&mut self, mark: Mark) -> Result<(), Error> {
        if let Some(s) = self.spills.as_mut() {
            for (f, len) in s.piece_files_mut().zip(mark.lens) {
                f.truncate(len)?;
            }
        }
        self.counts = mark.counts;
        self.shown = mark.shown;
        self.totals = mark.totals;
        self.syndicated.truncate(mark.syndicated);
        self.stories.truncate(mark.stories);
        self.story_count = mark.story_count;
        Ok(())
    }

    /// Appends the pieces of the next story but its claims lines ([`Writer::add_claims`]).
    pub fn add_parts(&mut self, p: &Parts) -> Result<(), Error> {
        let limits = self.limits();
        let Some(s) = self.spills.as_mut() else {
            return Ok(());
        };
        s.articles.append(&p.articles_json)?;
        s.clusters.append(&p.clusters_json)?;
        for (b, limit) in limits.into_iter().enumerate() {
            s.findings[b].append(&p.findings_json[b])?;
            self.counts[b] += p.counts[b];
            let take = p.ends[b].len().min(limit);
            if take > 0 {
                let (md_end, html_end) = p.ends[b][take - 1];
                s.md[b].append(&p.md[b].as_bytes()[..md_end])?;
                s.html[b].append(&p.html[b].as_bytes()[..html_end])?;
                self.shown[b] += take;
            }
        }
        self.totals.0 += p.articles;
        self.totals.1 += p.claims;
        self.totals.2 += p.clusters;
        self.syndicated.extend(p.syndicated.iter().cloned());
        for line in &p.stories {
            self.story_count += 1;
            if self.stories.len() < SECTION_CAP {
                self.stories.push(line.clone());
            }
        }
        Ok(())
    }

    /// The counts of what has been added.
    pub fn summary(&self, skipped: usize) -> Summary {
        Summary::of_counts(self.totals, &self.counts, skipped)
    }

    /// Writes report.json, report.md and report.html from the pieces and swaps the output
    /// folder in.
    pub fn finish(mut self, skipped: &[Skipped]) -> Result<Summary, Error> {
        let summary = self.summary(skipped.len());
        let Some(Spills {
            cache,
            claims,
            articles,
            clusters,
            findings,
            md,
            html,
        }) = self.spills.take()
        else {
            return Ok(summary);
        };
        let (tmp, out, shown, counts) =
            (self.tmp.clone(), self.out.clone(), self.shown, self.counts);
        let story_lines = std::mem::take(&mut self.stories);
        let contents = parts::Contents {
            summary: &summary,
            totals: &counts,
            shown: &shown,
            stories: (story_lines.as_slice(), self.story_count),
            skipped,
        };
        let mut syndicated = std::mem::take(&mut self.syndicated);
        syndicated.sort();
        // Three jobs at once, each mostly waiting on the disk: the files written as the run
        // went (claims lines, cache) are flushed to it, while report.json is put together on
        // this thread and report.md and report.html on another.
        let (synced, json, pages) = std::thread::scope(|s| {
            let synced = s.spawn(move || sync_spills(claims, cache));
            let pages = s.spawn(|| write_pages(&tmp, &contents, md, html));
            let json = write_json(
                &tmp.join("report.json"),
                &summary,
                (articles, clusters, findings),
                skipped,
                &syndicated,
            );
            (joined(synced), json, joined(pages))
        });
        synced?;
        json?;
        pages?;
        let _ = fs::remove_dir_all(tmp.join("parts"));
        swap_in(&tmp, &out)?;
        self.tmp = PathBuf::new();
        Ok(summary)
    }
}

/// Flushes the claims lines and the extraction cache, written as the run went, to the disk.
fn sync_spills(claims: Spill, cache: Option<(Spill, Spill)>) -> Result<(), Error> {
    let cache = cache.into_iter().flat_map(|(data, index)| [data, index]);
    std::iter::once(claims)
        .chain(cache)
        .try_for_each(Spill::sync)
}

/// Writes report.md and report.html into `dir` from their spilled entries.
fn write_pages(
    dir: &Path,
    contents: &parts::Contents,
    md_spills: Vec<Spill>,
    html_spills: Vec<Spill>,
) -> Result<(), Error> {
    for (name, layout, spills) in [
        ("report.md", &markdown::LAYOUT, md_spills),
        ("report.html", &html::LAYOUT, html_spills),
    ] {
        let mut readers = spills
            .into_iter()
            .map(|s| Ok(s.reader()?.0))
            .collect::<Result<Vec<BufReader<fs::File>>, Error>>()?;
        write_file(&dir.join(name), |w| {
            let mut entries: Vec<&mut dyn std::io::BufRead> = readers
                .iter_mut()
                .map(|r| r as &mut dyn std::io::BufRead)
                .collect();
            layout.assemble(w, contents, &mut entries)
        })?;
    }
    Ok(())
}

/// Writes report.json from the spilled records of articles, clusters and findings.
fn write_json(
    path: &Path,
    summary: &Summary,
    (articles, clusters, findings): (Spill, Spill, Vec<Spill>),
    skipped: &[Skipped],
    syndicated: &[Vec<String>],
) -> Result<(), Error> {
    let (mut articles, articles_len, _) = articles.reader()?;
    let (mut clusters, clusters_len, _) = clusters.reader()?;
    let mut findings_len = 0;
    let mut finding_readers: Vec<Box<dyn Read>> = Vec::new();
    for s in findings {
        let (r, len, _) = s.reader()?;
        findings_len += len;
        finding_readers.push(Box::new(r));
    }
    let mut all_findings = finding_readers
        .into_iter()
        .reduce(|a, b| Box::new(a.chain(b)))
        .unwrap_or_else(|| Box::new(std::io::empty()));
    write_file(path, |w| {
        json::assemble(
            w,
            summary,
            json::Records {
                src: &mut articles,
                len: articles_len,
            },
            skipped,
            json::Records {
                src: &mut clusters,
                len: clusters_len,
            },
            syndicated,
            json::Records {
                src: &mut all_findings,
                len: findings_len,
            },
        )
    })
}

impl Drop for Writer {
    /// A run that ends before [`Writer::finish`] leaves no temporary folder behind.
    fn drop(&mut self) {
        if !self.tmp.as_os_str().is_empty() {
            let _ = fs::remove_dir_all(&self.tmp);
        }
    }
}

/// Removes the temporary folders of runs of this output folder that were killed (their
/// process is gone): at a million articles they hold gigabytes.
fn remove_stale_temporaries(parent: &Path, name: &str) {
    let prefix = format!(".{name}.tmp-");
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let file_name = e.file_name().to_string_lossy().into_owned();
        if let Some(pid) = file_name
            .strip_prefix(&prefix)
            .and_then(|p| p.parse::<u32>().ok())
            && pid != std::process::id()
            && !process_alive(pid)
        {
            let _ = fs::remove_dir_all(e.path());
        }
    }
}

/// Whether a process runs; where that cannot be told, it is taken to run.
fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}

/// What a run writes into its output folder: all an existing folder may hold to be replaced.
const OUTPUT_NAMES: &[&str] = &[
    "claims.jsonl",
    "report.json",
    "report.md",
    "report.html",
    cache::DIR,
];

/// Refuses an output folder that holds anything a run did not write (a corpus, someone's
/// documents): the swap at the end of a run would delete it.
fn check_replaceable(out: &Path) -> Result<(), Error> {
    let not_ours = |what: String| Error::NotAnOutputFolder {
        path: out.to_path_buf(),
        what,
    };
    match fs::symlink_metadata(out) {
        Err(_) => return Ok(()), // a new folder
        Ok(m) if !m.is_dir() => return Err(not_ours("a file, not a folder".into())),
        Ok(_) => {}
    }
    let entries = fs::read_dir(out).map_err(|e| Error::Write {
        path: out.to_path_buf(),
        source: e,
    })?;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if !OUTPUT_NAMES.contains(&name.as_str()) {
            return Err(not_ours(format!("\"{name}\"")));
        }
    }
    Ok(())
}

fn write_file(
    path: &Path,
    f: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), Error> {
    let err = |e| Error::Write {
        path: path.to_path_buf(),
        source: e,
    };
    let file = fs::File::create(path).map_err(err)?;
    let mut w = std::io::BufWriter::with_capacity(1 << 16, file);
    f(&mut w).map_err(err)?;
    let file = w.into_inner().map_err(|e| err(e.into_error()))?;
    file.sync_all().map_err(err)
}

/// The output folder's name, which its temporary and previous folders beside it are named
/// after.
fn folder_name(out: &Path) -> String {
    out.file_name()
        .map_or_else(|| "claims".into(), |n| n.to_string_lossy().into_owned())
}

fn old_name(out: &Path) -> PathBuf {
    out.with_file_name(format!(".{}.old", folder_name(out)))
}

/// Puts back the previous output if a run was killed between the two renames of [`swap_in`].
fn recover(out: &Path) {
    let old = old_name(out);
    if !out.exists() && old.exists() {
        let _ = fs::rename(&old, out);
    }
    let _ = fs::remove_dir_all(&old);
}

fn swap_in(tmp: &Path, out: &Path) -> Result<(), Error> {
    let old = old_name(out);
    if out.exists() {
        fs::rename(out, &old).map_err(|e| Error::Write {
            path: out.to_path_buf(),
            source: e,
        })?;
    }
    fs::rename(tmp, out).map_err(|e| Error::Write {
        path: out.to_path_buf(),
        source: e,
    })?;
    let _ = fs::remove_dir_all(&old);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::SECTION_CAP;

    fn agreements(rows: usize, story: &str) -> Parts {
        let mut p = Parts::default();
        for i in 0..rows {
            p.md[5].push_str(&format!("| {story} {i} |\n"));
            p.html[5].push_str(&format!("<tr><td>{story} {i}</td></tr>\n"));
            p.ends[5].push((p.md[5].len(), p.html[5].len()));
            p.findings_json[5].extend_from_slice(b"{},\n");
        }
        p.counts[5] = rows;
        p.shown[5] = rows;
        p
    }

    /// The table of stories shows the first SECTION_CAP stories and counts the rest; one
    /// story alone gets no table.
    #[test]
    fn the_table_of_stories_is_capped_and_absent_for_one_story() {
        let dir = tempfile::tempdir().unwrap();
        let render = |n: usize, name: &str| {
            let out = dir.path().join(name);
            let mut w = Writer::create(&out, false).unwrap();
            for i in 0..n {
                let mut p = Parts::default();
                p.stories.push(StoryLine {
                    story: format!("story{i:04}"),
                    articles: 1,
                    ..StoryLine::default()
                });
                w.add(&p, &[]).unwrap();
            }
            w.finish(&[]).unwrap();
            std::fs::read_to_string(out.join("report.md")).unwrap()
        };
        let many = render(SECTION_CAP + 5, "many");
        assert!(many.contains(&format!("## Stories ({})", SECTION_CAP + 5)));
        assert_eq!(many.matches("| story0").count(), SECTION_CAP);
        assert!(many.contains("… and 5 more stories."));
        assert!(!render(1, "one").contains("## Stories"));
    }

    /// Pieces added after a mark and taken back leave the outputs as if they had never been
    /// added: what a story whose rendering fails half-way (its parts going straight to the
    /// writer) must leave.
    #[test]
    fn pieces_taken_back_leave_no_trace() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, taken_back: bool| {
            let out = dir.path().join(name);
            let mut w = Writer::create(&out, false).unwrap();
            w.add(&agreements(3, "a"), &[]).unwrap();
            if taken_back {
                let mark = w.mark();
                let mut p = agreements(SECTION_CAP + 7, "x");
                p.articles = 1;
                p.claims = 4;
                p.clusters = 2;
                p.articles_json
                    .extend_from_slice(b"{\"doc\":\"x/1.txt\"},\n");
                p.clusters_json.extend_from_slice(b"{\"id\":\"kx\"},\n");
                p.syndicated.push(vec!["x/1.txt".into(), "x/2.txt".into()]);
                p.stories.push(StoryLine {
                    story: "x".into(),
                    articles: 1,
                    ..StoryLine::default()
                });
                w.add_parts(&p).unwrap();
                w.add_parts(&agreements(5, "y")).unwrap();
                w.back_to(mark).unwrap();
            }
            let mut b = agreements(2, "b");
            b.articles_json
                .extend_from_slice(b"{\"doc\":\"b/1.txt\"},\n");
            b.articles = 1;
            w.add(&b, &[]).unwrap();
            w.finish(&[]).unwrap();
            ["report.json", "report.md", "report.html", "claims.jsonl"]
                .map(|f| std::fs::read_to_string(out.join(f)).unwrap())
        };
        let (plain, taken_back) = (write("plain", false), write("taken-back", true));
        assert!(plain[1].contains("| b 1 |"));
        assert_eq!(plain, taken_back);
    }

    /// Two stories rendered in one window, each up to the cap: the second is cut where the
    /// section is full, and the rest is counted.
    #[test]
    fn a_capped_section_fills_across_stories() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let mut w = Writer::create(&out, false).unwrap();
        let (a, b) = (agreements(200, "a"), agreements(200, "b"));
        w.add(&a, &[]).unwrap();
        assert_eq!(w.limits()[5], SECTION_CAP - 200);
        w.add(&b, &[]).unwrap();
        assert_eq!(w.limits()[5], 0);
        let summary = w.finish(&[]).unwrap();
        assert_eq!(summary.agreements, 400);
        let md = std::fs::read_to_string(out.join("report.md")).unwrap();
        assert_eq!(md.matches("| a ").count(), 200);
        assert_eq!(md.matches("| b ").count(), SECTION_CAP - 200);
        assert!(md.contains("| b 99 |") && !md.contains("| b 100 |"));
        assert!(md.contains("… and 100 more (all in report.json)."));
        let html = std::fs::read_to_string(out.join("report.html")).unwrap();
        assert_eq!(html.matches("<tr><td>b ").count(), SECTION_CAP - 200);
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(out.join("report.json")).unwrap()).unwrap();
        assert_eq!(json["findings"].as_array().unwrap().len(), 400);
        assert!(
            !dir.path().read_dir().unwrap().any(|e| e
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains(".tmp-"))
        );
    }
}
