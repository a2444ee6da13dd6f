//! Composes the stages: walk → read → extract, in parallel over articles, in a stable order.
//!
//! Input: corpus paths. Output: [`Corpus`]: per article its metadata, claims and warnings,
//! sorted by `doc`, and the skipped files. The article text is dropped as soon as its claims
//! are extracted, so memory holds claims, not text. The result does not depend on the number
//! of threads.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::cache::{self, Cache, FileRecord, NewEntry};
use crate::claim::Claim;
use crate::cluster::{self, Cluster, story_of};
use crate::error::Error;
use crate::extract;
use crate::ingest::{self, Article, Entry, Format, Meta, Skipped, WalkOptions};
use crate::par::{Threads, joined};
use crate::reconcile::{self, Finding};
use crate::report::Writer;
use crate::report::model::{BUCKETS, Report, Summary};
use crate::report::parts::Parts;

/// An article's metadata and what extraction found in it, without its text.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArticleReport {
    pub doc: String,
    pub format: Format,
    #[serde(flatten)]
    pub meta: Meta,
    /// Length of the extracted text in bytes.
    pub bytes: usize,
    pub claims: usize,
    pub warnings: Vec<String>,
}

impl ArticleReport {
    /// The article's warnings, each with its `doc`, as a run reports them.
    pub fn doc_warnings(&self) -> impl Iterator<Item = (String, String)> + '_ {
        self.warnings.iter().map(|w| (self.doc.clone(), w.clone()))
    }
}

/// What a run over a corpus found.
#[derive(Debug, Default)]
pub struct Corpus {
    pub articles: Vec<ArticleReport>,
    pub claims: Vec<Claim>,
    pub skipped: Vec<Skipped>,
}

/// Lists the corpus files; a missing path is an error.
pub fn entries(paths: &[PathBuf], opts: WalkOptions) -> Result<(Vec<Entry>, Vec<Skipped>), Error> {
    ingest::walk(paths, opts)
}

/// Reads every file and calls `f` on each article, in parallel; returns what `f` gave, in
/// `doc` order, with the skipped files.
pub fn map_articles<T: Send>(
    entries: &[Entry],
    f: impl Fn(Article) -> T + Sync + Send,
) -> (Vec<(String, T)>, Vec<Skipped>) {
    map_articles_with_progress(entries, f, &|| {})
}

/// [`map_articles`], calling `on_file` after each file (for a progress bar).
pub fn map_articles_with_progress<T: Send>(
    entries: &[Entry],
    f: impl Fn(Article) -> T + Sync + Send,
    on_file: &(dyn Fn() + Sync),
) -> (Vec<(String, T)>, Vec<Skipped>) {
    type PerFile<T> = (Vec<(String, T)>, Vec<Skipped>);
    let per_file: Vec<PerFile<T>> = entries
        .par_iter()
        .map(|e| {
            let result = guarded(e, || {
                let loaded = ingest::load(e);
                let results: Vec<(String, T)> = loaded
                    .articles
                    .into_iter()
                    .map(|a| {
                        let doc = a.doc.clone();
                        (doc, f(a))
                    })
                    .collect();
                (results, loaded.skipped)
            })
            .unwrap_or_else(|skipped| (Vec::new(), vec![skipped]));
            on_file();
            result
        })
        .collect();
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for (r, s) in per_file {
        out.extend(r);
        skipped.extend(s);
    }
    (out, skipped)
}

/// Extracts one article's claims; the article (and its text) is dropped on return.
fn extract_article(a: Article) -> (ArticleReport, Vec<Claim>) {
    let x = extract::extract_claims(&a);
    let mut warnings = a.warnings;
    warnings.extend(x.warnings);
    let report = ArticleReport {
        doc: a.doc,
        format: a.format,
        meta: a.meta,
        bytes: a.text.len(),
        claims: x.claims.len(),
        warnings,
    };
    (report, x.claims)
}

/// Runs ingest and extraction over the corpus.
pub fn extract_corpus(paths: &[PathBuf], opts: WalkOptions) -> Result<Corpus, Error> {
    let (entries, mut skipped) = entries(paths, opts)?;
    let (results, skipped_files) = map_articles(&entries, extract_article);
    skipped.extend(skipped_files);
    let mut corpus = Corpus {
        skipped,
        ..Corpus::default()
    };
    for (_, (report, claims)) in results {
        corpus.articles.push(report);
        corpus.claims.extend(claims);
    }
    if corpus.articles.is_empty() {
        return Err(no_articles(paths));
    }
    Ok(corpus)
}

fn no_articles(paths: &[PathBuf]) -> Error {
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    Error::NoArticles(shown.join(", "))
}

/// A callback called after each file, for a progress bar.
pub type Tick = Box<dyn Fn() + Sync>;

/// What a run found beside its output files.
#[derive(Debug)]
pub struct Outcome {
    pub summary: Summary,
    pub skipped: Vec<Skipped>,
    /// Warnings about articles that were read: (doc, warning), in report order.
    pub warnings: Vec<(String, String)>,
    /// Files read, and of those, files whose claims came from the cache.
    pub files: usize,
    pub from_cache: usize,
    /// Files whose articles were extracted anew (neither cached nor skipped).
    pub extracted: usize,
    /// Where the time went, for `--timings`: wall time of each phase, and the time of each
    /// stage summed over threads.
    pub timings: Vec<(&'static str, Duration)>,
}

/// Time spent in each stage of the stories, summed over threads (nanoseconds).
#[derive(Default)]
struct StageClock {
    /// Files read ahead of their extraction ([`read_ahead`]): the wall time of each batch.
    read_ahead: AtomicU64,
    extract: AtomicU64,
    cached: AtomicU64,
    analyse: AtomicU64,
    render: AtomicU64,
}

impl StageClock {
    fn add(counter: &AtomicU64, since: Instant) {
        counter.fetch_add(since.elapsed().as_nanos() as u64, Ordering::Relaxed);
    }
}

/// How [`run`] goes about a corpus.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub walk: WalkOptions,
    /// Read and write the extraction cache in the output folder.
    pub cache: bool,
    /// Stories are analysed in windows of about this many files, the stories of a window in
    /// parallel; memory holds the claims of one window (or of one larger story, whose claims
    /// lines are written a quarter window of files at a time), not the corpus.
    pub window_files: usize,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            walk: WalkOptions::default(),
            cache: true,
            window_files: 4096,
        }
    }
}

/// What one story gave: the pieces of the reports and what to tell the user.
struct StoryDone {
    parts: Parts,
    skipped: Vec<Skipped>,
    warnings: Vec<(String, String)>,
    /// The story's files in order: their entries in the new extraction cache and the
    /// length of their claims' lines.
    cached: Vec<(Option<NewEntry>, u64)>,
    /// Files taken from the cache, and files extracted anew.
    hits: usize,
    extracted: usize,
}

/// Runs the pipeline over a corpus and writes the outputs to `out`, story by story: articles
/// are read, extracted and dropped; a story's claims are held until its findings are written
/// (see [`Analysis`]: the result is the same as analysing the corpus whole). Stories are
/// worked on in parallel, and the articles of a story too; the outputs do not depend on the
/// number of threads. `progress(number of files)` may return a callback called after each
/// file.
pub fn run(
    paths: &[PathBuf],
    opts: RunOptions,
    out: &Path,
    progress: &dyn Fn(usize) -> Option<Tick>,
) -> Result<Outcome, Error> {
    let use_cache = opts.cache;
    let started = Instant::now();
    // The output folder is not read as articles when it lies inside a corpus folder.
    let mut walk = opts.walk;
    walk.exclude.push(out.to_path_buf());
    let (mut entries, mut skipped) = entries(paths, walk)?;
    let walked = started.elapsed();
    let tick = progress(entries.len());
    let noop = || {};
    let on_file: &(dyn Fn() + Sync) = match &tick {
        Some(t) => t.as_ref(),
        None => &noop,
    };
    let clock = StageClock::default();
    let (mut parallel, mut appending) = (Duration::ZERO, Duration::ZERO);
    let stories = stories(&mut entries);
    let old_cache = if use_cache { Cache::open(out) } else { None };
    let mut writer = Writer::create(out, use_cache)?;
    let (mut from_cache, mut extracted) = (0, 0);
    let mut warnings = Vec::new();
    // The next window's files are read ahead while this window's are extracted (on a cold
    // page cache the pool would otherwise wait for them): (its first story, the readers).
    std::thread::scope(|scope| {
        let mut next_ahead = None;
        let mut i = 0;
        while i < stories.len() {
            let j = window_end(&stories, i, opts.window_files);
            let limits = writer.limits();
            let t = Instant::now();
            let cache = (old_cache.as_ref(), use_cache);
            let done: Vec<StoryDone> = if j == i + 1 {
                // A story alone in its window (a large one) adds its claims lines as it goes.
                let chunk = opts.window_files / 4;
                vec![story(
                    stories[i],
                    Vec::new(),
                    on_file,
                    &limits,
                    cache,
                    &clock,
                    Some((&mut writer, chunk)),
                )?]
            } else {
                // The window's files, read ahead, are handed to their stories.
                let ahead = match next_ahead.take() {
                    Some((first, readers)) if first == i => joined(readers),
                    _ => read_ahead(&window(&stories[i..j]), &clock),
                };
                let next_j = window_end(&stories, j, opts.window_files);
                if next_j > j + 1 {
                    let next = window(&stories[j..next_j]);
                    let clock = &clock;
                    next_ahead = Some((j, scope.spawn(move || read_ahead(&next, clock))));
                }
                let mut ahead = ahead.into_iter();
                let ahead: Vec<Vec<Option<Vec<u8>>>> = stories[i..j]
                    .iter()
                    .map(|s| ahead.by_ref().take(s.len()).collect())
                    .collect();
                stories[i..j]
                    .par_iter()
                    .zip(ahead)
                    .map(|(s, ahead)| story(s, ahead, on_file, &limits, cache, &clock, None))
                    .collect::<Result<_, _>>()?
            };
            parallel += t.elapsed();
            let t = Instant::now();
            for d in done {
                writer.add(&d.parts, &d.cached)?;
                from_cache += d.hits;
                extracted += d.extracted;
                skipped.extend(d.skipped);
                warnings.extend(d.warnings);
            }
            appending += t.elapsed();
            i = j;
        }
        Ok::<_, Error>(())
    })?;
    if writer.summary(0).articles == 0 {
        return Err(no_articles(paths));
    }
    let t = Instant::now();
    let summary = writer.finish(&skipped)?;
    let nanos = |a: &AtomicU64| Duration::from_nanos(a.load(Ordering::Relaxed));
    let timings = vec![
        ("walk", walked),
        ("stories, in parallel", parallel),
        ("  read ahead (summed)", nanos(&clock.read_ahead)),
        (
            "  read and extract (summed over threads)",
            nanos(&clock.extract),
        ),
        (
            "  read and take from the cache (summed)",
            nanos(&clock.cached),
        ),
        ("  cluster and reconcile (summed)", nanos(&clock.analyse)),
        ("  render pieces (summed)", nanos(&clock.render)),
        ("append pieces", appending),
        ("put reports together", t.elapsed()),
        ("total", started.elapsed()),
    ];
    Ok(Outcome {
        summary,
        skipped,
        warnings,
        files: entries.len(),
        from_cache,
        extracted,
        timings,
    })
}

/// The end of the window of stories that starts at story `i`: the stories after it while
/// their files fit in `window_files` (a story larger than that is a window of its own).
fn window_end(stories: &[&[Entry]], i: usize, window_files: usize) -> usize {
    let mut j = i + 1;
    let mut files = stories.get(i).map_or(0, |s| s.len());
    while j < stories.len() && files + stories[j].len() <= window_files {
        files += stories[j].len();
        j += 1;
    }
    j
}

/// The files of a window of stories, in order.
fn window<'e>(stories: &[&'e [Entry]]) -> Vec<&'e Entry> {
    stories.iter().flat_map(|s| s.iter()).collect()
}

/// Sorts the entries into stories (in story order; a story's files in walk order) and
/// returns each story's run of them.
fn stories(entries: &mut [Entry]) -> Vec<&[Entry]> {
    entries.sort_by(|a, b| story_of(&a.doc).cmp(story_of(&b.doc)));
    let mut stories = Vec::new();
    let mut rest = &*entries;
    while let Some(first) = rest.first() {
        let story = story_of(&first.doc);
        let n = rest
            .iter()
            .take_while(|e| story_of(&e.doc) == story)
            .count();
        let (this, next) = rest.split_at(n);
        stories.push(this);
        rest = next;
    }
    stories
}

/// What reading one file gave, and its record for the new cache.
struct FileDone {
    record: FileRecord,
    cached: Option<NewEntry>,
    how: Got,
}

impl FileDone {
    /// A file that was not read.
    fn skipped(skipped: Skipped) -> Self {
        FileDone {
            record: FileRecord::new(Vec::new(), Vec::new(), vec![skipped]),
            cached: None,
            how: Got::Skipped,
        }
    }
}

/// How a file's record was had.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Got {
    /// Not read: skipped (a format claimrecon does not read, an error).
    Skipped,
    Cache,
    Extracted,
}

/// Reads one file (unless its bytes were read ahead: `raw`) and extracts its articles, or
/// takes what it gave from the cache.
fn file(
    e: &Entry,
    raw: Option<Vec<u8>>,
    cache: Option<&Cache>,
    caching: bool,
    clock: &StageClock,
) -> FileDone {
    let t = Instant::now();
    if let Some(done) = feed(e) {
        StageClock::add(&clock.extract, t);
        return done;
    }
    let raw = match raw.map_or_else(|| ingest::read(e), Ok) {
        Ok(raw) => raw,
        Err(skipped) => return FileDone::skipped(skipped),
    };
    let key = (caching && raw.len() <= cache::MAX_CACHED_FILE).then(|| cache::key(&e.doc, &raw));
    if let (Some(key), Some(cache)) = (key, cache)
        && let Some((record, entry)) = cache.get(key)
    {
        StageClock::add(&clock.cached, t);
        return FileDone {
            cached: Some(entry),
            record,
            how: Got::Cache,
        };
    }
    let loaded = ingest::load_raw(e, raw);
    let (articles, claims) = extract_articles(loaded.articles);
    let record = FileRecord::new(articles, claims, loaded.skipped);
    let cached = key.map(|key| NewEntry {
        key,
        header: record.header(),
        checksum: cache::checksum(&record.claims_jsonl),
    });
    StageClock::add(&clock.extract, t);
    FileDone {
        record,
        cached,
        how: Got::Extracted,
    }
}

/// A file of many articles (a day's wire feed as JSON Lines) is extracted on every core, its
/// articles put back in order.
fn extract_articles(loaded: Vec<Article>) -> (Vec<ArticleReport>, Vec<Claim>) {
    let extracted: Vec<(ArticleReport, Vec<Claim>)> =
        loaded.into_par_iter().map(extract_article).collect();
    let mut articles = Vec::with_capacity(extracted.len());
    let mut claims = Vec::with_capacity(extracted.iter().map(|(_, c)| c.len()).sum());
    for (report, c) in extracted {
        articles.push(report);
        claims.extend(c);
    }
    (articles, claims)
}

/// A JSON Lines feed (gzipped or not) too large for the cache, read and extracted a batch of
/// lines at a time ([`ingest::stream_jsonl`]) so that its text is never held whole; `None`
/// for any other file, and for a feed that must be read whole (not plain UTF-8, a broken
/// gzip stream).
fn feed(e: &Entry) -> Option<FileDone> {
    feed_with(e, cache::MAX_CACHED_FILE as u64, ingest::STREAM_BATCH)
}

/// [`feed`] of a file larger than `above` bytes, `batch` bytes of lines at a time.
fn feed_with(e: &Entry, above: u64, batch: usize) -> Option<FileDone> {
    let Some((Format::Jsonl, gz)) = ingest::format_of(&e.path) else {
        return None;
    };
    let size = std::fs::metadata(&e.path).map_or(0, |m| m.len());
    if size <= above {
        return None;
    }
    let mut record = FileRecord::new(Vec::new(), Vec::new(), Vec::new());
    let streamed = ingest::stream_jsonl(e, batch, |loaded, read| {
        let (articles, claims) = extract_articles(loaded.articles);
        let lines = crate::report::claims::lines(&claims);
        // The feed's vectors are sized for what its size foretells from the part read so far
        // (a fourth more): grown by doubling, each would at its last doubling hold its
        // contents twice. Room reserved and never written costs no memory. (A gzipped
        // feed's size on disk foretells nothing of its text.)
        if read > 0 && !gz {
            let scale = size as f64 / read as f64 * 1.25;
            reserve_foretold(&mut record.articles, articles.len(), scale);
            reserve_foretold(&mut record.claims, claims.len(), scale);
            reserve_foretold(&mut record.claims_jsonl, lines.len(), scale);
        }
        record.articles.extend(articles);
        record.claims.extend(claims);
        record.claims_jsonl.extend_from_slice(&lines);
        record.skipped.extend(loaded.skipped);
    });
    match streamed {
        Ok(ingest::Streamed::Done) => Some(FileDone {
            record,
            cached: None,
            how: Got::Extracted,
        }),
        Ok(ingest::Streamed::Whole) => None,
        Err(skipped) => Some(FileDone::skipped(skipped)),
    }
}

/// Makes room in `v` for its length once `more` are added, times `scale`.
fn reserve_foretold<T>(v: &mut Vec<T>, more: usize, scale: f64) {
    let want = ((v.len() + more) as f64 * scale) as usize;
    if want > v.capacity() {
        v.reserve_exact(want - v.len());
    }
}

/// What the files of a story gave, gathered in file order.
#[derive(Default)]
struct Gathered {
    corpus: Corpus,
    claims_jsonl: Vec<u8>,
    cached: Vec<(Option<NewEntry>, u64)>,
    skipped: Vec<Skipped>,
    warnings: Vec<(String, String)>,
    hits: usize,
    extracted: usize,
}

impl Gathered {
    /// Adds the next files of the story (moved, not copied: one huge file's lines are large).
    /// The story's articles and claims vectors are sized for their length with these files,
    /// times `scale`: 1 for a story read whole; for one read in chunks, what the files read so
    /// far foretell of the whole, as a large feed's are sized (see [`feed_with`]).
    fn add(&mut self, files: Vec<FileDone>, scale: f64) {
        let c = &mut self.corpus;
        if c.claims.is_empty() && self.claims_jsonl.is_empty() && files.len() == 1 {
            let f = files.into_iter().next().expect("one file");
            self.add_one(f, true);
            return;
        }
        // Reserved at once, not grown by doubling (which copies the vector at each step and
        // would hold up to twice its claims).
        let more = |n: fn(&FileDone) -> usize| files.iter().map(n).sum::<usize>();
        reserve_foretold(&mut c.articles, more(|f| f.record.articles.len()), scale);
        reserve_foretold(&mut c.claims, more(|f| f.record.claims.len()), scale);
        self.claims_jsonl
            .reserve(files.iter().map(|f| f.record.claims_jsonl.len()).sum());
        self.cached.reserve(files.len());
        for f in files {
            self.add_one(f, false);
        }
    }

    fn add_one(&mut self, f: FileDone, take: bool) {
        self.skipped.extend(f.record.skipped);
        for report in &f.record.articles {
            self.warnings.extend(report.doc_warnings());
        }
        self.cached
            .push((f.cached, f.record.claims_jsonl.len() as u64));
        self.corpus.articles.extend(f.record.articles);
        if take {
            self.corpus.claims = f.record.claims;
            self.claims_jsonl = f.record.claims_jsonl;
        } else {
            self.corpus.claims.extend(f.record.claims);
            self.claims_jsonl.extend_from_slice(&f.record.claims_jsonl);
        }
        self.hits += usize::from(f.how == Got::Cache);
        self.extracted += usize::from(f.how == Got::Extracted);
    }
}

/// Reads and extracts files (or takes them from the cache), in parallel, in their order;
/// `ahead` holds the bytes of those read ahead ([`read_ahead`]), in the same order.
fn read_files(
    entries: &[Entry],
    mut ahead: Vec<Option<Vec<u8>>>,
    on_file: &(dyn Fn() + Sync),
    (cache, caching): (Option<&Cache>, bool),
    clock: &StageClock,
) -> Vec<FileDone> {
    // One for each file: a file past the end of `ahead` is read here, never left out.
    ahead.resize_with(entries.len(), || None);
    entries
        .par_iter()
        .zip(ahead)
        .map(|(e, raw)| {
            let done = guarded(e, || file(e, raw, cache, caching, clock))
                .unwrap_or_else(FileDone::skipped);
            on_file();
            done
        })
        .collect()
}

/// How many files are read at once ahead of their extraction. A disk answers many reads at
/// a time, and a file that is not in the page cache costs a wait: the 100k generated files,
/// read cold on a 2-core VM, took 10.8 s one at a time, 7.0 s two at a time, 3.3 s eight at a
/// time and 2.5 s 32 at a time. (Files in the page cache cost the same either way: each is
/// read once.)
const READERS: usize = 16;
/// Only files of at most this many bytes are read ahead, and at most [`READ_AHEAD_BYTES`] in
/// all at once; the others are read by the thread that extracts them.
const READ_AHEAD_FILE: u64 = 1 << 20;
const READ_AHEAD_BYTES: u64 = 64 << 20;

/// The bytes of the small article files among `entries`, read on [`READERS`] threads at once
/// (`None` for the others, and for any file that could not be read: it is read again, and its
/// error told, by [`file`]). A few files are not worth the threads.
fn read_ahead(entries: &[&Entry], clock: &StageClock) -> Vec<Option<Vec<u8>>> {
    let t = Instant::now();
    let mut ahead: Vec<Option<Vec<u8>>> = entries.iter().map(|_| None).collect();
    let readers = READERS.min(entries.len() / 8);
    if readers < 2 {
        return ahead;
    }
    let (next, budget) = (AtomicUsize::new(0), AtomicU64::new(0));
    let reader = || {
        let mut got = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(e) = entries.get(i) else {
                return got;
            };
            if let Some(bytes) = read_small(e, &budget) {
                got.push((i, bytes));
            }
        }
    };
    let read: Vec<(usize, Vec<u8>)> = std::thread::scope(|s| {
        // A reader the system cannot start is done without: its files are read later.
        let started: Vec<_> = (0..readers)
            .filter_map(|_| std::thread::Builder::new().spawn_scoped(s, reader).ok())
            .collect();
        started
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    for (i, bytes) in read {
        ahead[i] = Some(bytes);
    }
    StageClock::add(&clock.read_ahead, t);
    ahead
}

/// The bytes of an article file of at most [`READ_AHEAD_FILE`] bytes, when those read ahead so
/// far leave room for them.
fn read_small(e: &Entry, budget: &AtomicU64) -> Option<Vec<u8>> {
    use std::io::Read;
    ingest::format_of(&e.path)?;
    let mut file = std::fs::File::open(&e.path).ok()?;
    let len = file.metadata().ok()?.len();
    if len > READ_AHEAD_FILE || budget.fetch_add(len, Ordering::Relaxed) + len > READ_AHEAD_BYTES {
        return None;
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.read_to_end(&mut bytes).ok()?;
    Some(bytes)
}

/// Reads, extracts, analyses and renders one story. `ahead`: its files' bytes as its window
/// read them ahead ([`read_ahead`]), none for a story alone (it reads each chunk ahead).
///
/// With `writer` (a story analysed on its own, after every story before it was added), the
/// story's claims lines and cache entries are added to it as its files are read, `chunk` files
/// at a time, so that a story of many thousand articles (a day of wire copy in one
/// folder) holds its claims but not their lines; its analysis and rendering use the whole
/// pool, and its parts go to the writer as they are rendered (the story's own parts come
/// back empty). Should its analysis fail, its claims stay in claims.jsonl, the parts it
/// wrote are taken back, and its files are listed as skipped.
fn story(
    entries: &[Entry],
    ahead: Vec<Option<Vec<u8>>>,
    on_file: &(dyn Fn() + Sync),
    limits: &[usize; BUCKETS],
    cache: (Option<&Cache>, bool),
    clock: &StageClock,
    writer: Option<(&mut Writer, usize)>,
) -> Result<StoryDone, Error> {
    // A story alone in its window has the pool to itself; beside others, one thread.
    let threads = if writer.is_some() {
        Threads::Pool
    } else {
        Threads::Caller
    };
    let mut g = Gathered::default();
    let mut writer = match writer {
        None => {
            g.add(read_files(entries, ahead, on_file, cache, clock), 1.0);
            None
        }
        Some((w, chunk)) => {
            let mut read = 0;
            for chunk in entries.chunks(chunk.max(1)) {
                let ahead = read_ahead(&chunk.iter().collect::<Vec<_>>(), clock);
                let files = read_files(chunk, ahead, on_file, cache, clock);
                read += chunk.len();
                // What the files read so far foretell of the whole story, a fourth more.
                g.add(files, entries.len() as f64 / read as f64 * 1.25);
                w.add_claims(&g.claims_jsonl, &g.cached)?;
                g.claims_jsonl.clear();
                g.cached.clear();
            }
            // Written: their buffers are not held through the analysis.
            g.claims_jsonl = Vec::new();
            g.cached = Vec::new();
            Some(w)
        }
    };
    let Gathered {
        corpus,
        claims_jsonl,
        cached,
        skipped,
        warnings,
        hits,
        extracted,
    } = g;
    // The parts of a story alone go to the writer as they are rendered, a window of findings
    // at a time, so that they are not all held; should the analysis fail on the way, what
    // it wrote of them is taken back.
    let mark = writer.as_ref().map(|w| w.mark());
    // A bug met while reconciling a story must cost only that story: its files are listed
    // as skipped.
    let analysed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let t = Instant::now();
        let a = Analysis::of_with(corpus, threads);
        StageClock::add(&clock.analyse, t);
        let t = Instant::now();
        let report = a.report();
        let parts = match writer.as_deref_mut() {
            Some(w) => {
                Parts::render(&report, limits, threads, &mut |p| w.add_parts(&p))?;
                Parts::default()
            }
            // The claims of one story keep their file order, so their lines are
            // claims.jsonl's.
            None => Parts::with_claims_jsonl(&report, limits, claims_jsonl, threads),
        };
        StageClock::add(&clock.render, t);
        drop(report);
        if threads == Threads::Pool {
            // A story alone holds a window's claims, clusters and findings: they are freed
            // on the pool while the run goes on (to its next window, or to put the reports
            // together).
            rayon::spawn(move || drop(a));
        }
        Ok::<_, Error>(parts)
    }));
    Ok(match analysed {
        Ok(parts) => StoryDone {
            parts: parts?,
            skipped,
            warnings,
            cached,
            hits,
            extracted,
        },
        Err(panic) => {
            if let (Some(w), Some(mark)) = (writer, mark) {
                w.back_to(mark)?;
            }
            let reason = format!(
                "internal error while reconciling this file's story ({}); please report it",
                panic_message(panic.as_ref())
            );
            let mut skipped = skipped;
            skipped.extend(entries.iter().map(|e| Skipped {
                path: e.doc.clone(),
                reason: reason.clone(),
            }));
            StoryDone {
                parts: Parts::default(),
                skipped,
                warnings,
                cached: Vec::new(),
                hits,
                extracted,
            }
        }
    })
}

/// Runs `f` on a file. A bug met on one file must cost only that file: a panic becomes the
/// file's skipped entry, with the reason, and the run goes on.
fn guarded<T>(e: &Entry, f: impl FnOnce() -> T) -> Result<T, Skipped> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|panic| Skipped {
        path: e.doc.clone(),
        reason: format!(
            "internal error while reading this file ({}); please report it",
            panic_message(panic.as_ref())
        ),
    })
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

/// Puts items in story order (stable: their order within a story is kept); a story's items,
/// as a streamed run gives them, are left as they are.
fn sort_by_story<T>(items: &mut [T], doc: impl Fn(&T) -> &str) {
    if !items.is_sorted_by(|a, b| story_of(doc(a)) <= story_of(doc(b))) {
        items.sort_by(|a, b| story_of(doc(a)).cmp(story_of(doc(b))));
    }
}

/// A corpus with its clusters and findings.
///
/// The story (an article's folder) is the unit of analysis: names, exchange rates, clusters,
/// syndicated copies and findings are computed story by story, so a story's findings do not
/// depend on the other stories of the run, and a corpus can be analysed and written one
/// story at a time ([`run`]) with the same result as a whole.
#[derive(Debug)]
pub struct Analysis {
    pub corpus: Corpus,
    pub clusters: Vec<Cluster>,
    pub findings: Vec<Finding>,
    /// Groups of articles that are copies of one another, sorted.
    pub syndicated: Vec<Vec<String>>,
}

impl Analysis {
    /// Clusters and reconciles the claims of a corpus, story by story. Claims and articles
    /// are put in story order (stable: `doc` order within a story).
    pub fn of(corpus: Corpus) -> Self {
        Analysis::of_with(corpus, Threads::Pool)
    }

    /// [`Analysis::of`], on the threads given.
    pub fn of_with(mut corpus: Corpus, threads: Threads) -> Self {
        sort_by_story(&mut corpus.claims, |c| &c.doc);
        sort_by_story(&mut corpus.articles, |a| &a.doc);
        let mut clusters = Vec::new();
        let mut findings = Vec::new();
        let mut syndicated = Vec::new();
        let mut start = 0;
        while start < corpus.claims.len() {
            let story = story_of(&corpus.claims[start].doc);
            let len = corpus.claims[start..]
                .iter()
                .take_while(|c| story_of(&c.doc) == story)
                .count();
            let claims = &corpus.claims[start..start + len];
            let cl = cluster::cluster_with(claims, threads);
            findings.extend(reconcile::reconcile_with(claims, &cl, threads));
            clusters.extend(cl.clusters.into_iter().map(|mut c| {
                for m in &mut c.members {
                    *m += start;
                }
                c
            }));
            syndicated.extend(cl.syndication.groups);
            start += len;
        }
        threads.sort_by(&mut findings, reconcile::report_order);
        syndicated.sort();
        Analysis {
            corpus,
            clusters,
            findings,
            syndicated,
        }
    }

    /// The report model of this analysis.
    pub fn report(&self) -> Report<'_> {
        Report::new(
            &self.corpus.articles,
            &self.corpus.skipped,
            &self.corpus.claims,
            &self.clusters,
            &self.findings,
            &self.syndicated,
        )
    }
}

/// Reads claims extracted elsewhere (`claims.jsonl` files) into a corpus: the reduce step of
/// a sharded run. Articles are known from their claims (doc, outlet, date).
pub fn corpus_from_claims(paths: &[PathBuf]) -> Result<Corpus, Error> {
    use std::io::BufRead;
    let mut claims: Vec<Claim> = Vec::new();
    for path in paths {
        let file = std::fs::File::open(path).map_err(|e| Error::Read {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|e| Error::Read {
                path: path.clone(),
                reason: e.to_string(),
            })?;
            if line.trim().is_empty() {
                continue;
            }
            let c: Claim = serde_json::from_str(&line).map_err(|e| Error::Read {
                path: path.clone(),
                reason: format!("line {}: {e}", n + 1),
            })?;
            claims.push(c);
        }
    }
    claims.sort_by(|a, b| {
        (&a.doc, a.span, &a.attribute, &a.investor).cmp(&(
            &b.doc,
            b.span,
            &b.attribute,
            &b.investor,
        ))
    });
    claims.dedup_by(|a, b| a.id == b.id && a.doc == b.doc);
    let mut articles: Vec<ArticleReport> = Vec::new();
    for c in &claims {
        match articles.last_mut() {
            Some(a) if *a.doc == *c.doc => a.claims += 1,
            _ => articles.push(ArticleReport {
                doc: c.doc.to_string(),
                format: crate::ingest::Format::Text,
                meta: Meta {
                    title: None,
                    date: c.date.as_deref().map(String::from),
                    outlet: c.outlet.as_deref().map(String::from),
                    url: None,
                },
                bytes: 0,
                claims: 1,
                warnings: Vec::new(),
            }),
        }
    }
    if claims.is_empty() {
        return Err(no_articles(paths));
    }
    Ok(Corpus {
        articles,
        claims,
        skipped: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_feed_extracted_in_batches_is_the_feed_extracted_whole() {
        let dir = tempfile::tempdir().unwrap();
        let entry = |name: &str| Entry {
            path: dir.path().join(name),
            doc: name.to_string(),
        };
        let feed = entry("feed.jsonl");
        std::fs::write(&feed.path, crate::ingest::tests::feed_text()).unwrap();
        let clock = StageClock::default();
        // Small enough for the cache, so read whole.
        let whole = file(&feed, None, None, false, &clock);
        assert!(whole.record.claims.len() > 50);
        let got = feed_with(&feed, 0, 8192).expect("streamed");
        assert_eq!(got.record.claims_jsonl, whole.record.claims_jsonl);
        assert_eq!(got.record.header(), whole.record.header());
        assert!(!got.record.skipped.is_empty());
        assert!(got.how == Got::Extracted && got.cached.is_none());
        // Only a feed over the size is streamed; a feed of broken gzip is read whole.
        assert!(feed_with(&feed, 1 << 30, 8192).is_none());
        let gz = entry("feed.jsonl.gz");
        std::fs::write(&gz.path, b"\x1f\x8b broken").unwrap();
        assert!(feed_with(&gz, 0, 8192).is_none());
        assert!(feed_with(&entry("feed.json"), 0, 8192).is_none());
        // A feed that is not plain UTF-8 is read whole.
        let mut bom = b"\xef\xbb\xbf".to_vec();
        bom.extend_from_slice(&std::fs::read(&feed.path).unwrap());
        std::fs::write(&feed.path, bom).unwrap();
        assert!(feed_with(&feed, 0, 8192).is_none());
    }

    #[test]
    fn files_read_ahead_are_their_bytes_and_the_others_are_left_to_their_readers() {
        let dir = tempfile::tempdir().unwrap();
        let entry = |name: &str, bytes: Option<Vec<u8>>| {
            let path = dir.path().join(name);
            if let Some(b) = bytes {
                std::fs::write(&path, b).unwrap();
            }
            Entry {
                path,
                doc: name.to_string(),
            }
        };
        let mut entries: Vec<Entry> = (0..40)
            .map(|i| {
                entry(
                    &format!("a{i:02}.txt"),
                    Some(format!("Article {i}.").into()),
                )
            })
            .collect();
        // Not an article file, too large to read ahead, gone: each is read (or its error
        // told) by the thread that extracts it.
        let big = vec![b'a'; READ_AHEAD_FILE as usize + 1];
        entries.push(entry("notes.xyz", Some(b"x".to_vec())));
        entries.push(entry("big.txt", Some(big)));
        entries.push(entry("gone.txt", None));
        let refs: Vec<&Entry> = entries.iter().collect();
        let clock = StageClock::default();
        let ahead = read_ahead(&refs, &clock);
        assert_eq!(ahead.len(), entries.len());
        for (e, got) in entries.iter().zip(&ahead) {
            if e.doc.starts_with('a') {
                let bytes = std::fs::read(&e.path).unwrap();
                assert_eq!(got.as_deref(), Some(bytes.as_slice()), "{}", e.doc);
            } else {
                assert!(got.is_none(), "{} was read ahead", e.doc);
            }
        }
        // A few files are not worth the threads.
        assert!(read_ahead(&refs[..8], &clock).iter().all(Option::is_none));
    }
}
