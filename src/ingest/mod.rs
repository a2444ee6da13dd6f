//! Stage 1 — ingest: find the articles of a corpus and turn each file into an [`Article`].
//!
//! Input: corpus paths (folders or files). Output: `Vec<Article>` (one per article; a `.jsonl`
//! file gives one per line) and `Vec<Skipped>` (every file or line that was not read, with the
//! reason). Invariants:
//! - a bad file costs only itself: every failure becomes a [`Skipped`] entry, never an `Err`;
//! - `Article::text` is the main text exactly as later stages see it: every span in the
//!   pipeline is a byte range of it;
//! - `Article::doc` is the path relative to its corpus folder, `/`-separated (prefixed with the
//!   folder's own name when several folders are given; `file.jsonl#N` for a JSON Lines record);
//! - symbolic links are not followed unless asked, and hidden files and folders are skipped;
//! - a large JSON Lines feed can be read a batch of lines at a time ([`stream_jsonl`]), giving
//!   the articles [`load`] gives.

mod decode;
mod furniture;
mod html;
mod json;
mod text;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::Error;

pub use decode::decode;
pub use text::reads_like_headline;

/// The kind of file an article came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Html,
    Json,
    Jsonl,
}

/// Metadata of an article: what a `.txt` lacks and front matter, HTML or JSON may give.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub title: Option<String>,
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
}

/// One article, with its main text and metadata.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    /// Path relative to the corpus folder, `/`-separated (see the module doc).
    pub doc: String,
    pub format: Format,
    pub meta: Meta,
    /// The main text: every span of later stages indexes it.
    pub text: String,
    /// Problems that did not stop the article from being read (lossy decoding, ...).
    pub warnings: Vec<String>,
}

/// A file, or a line of a `.jsonl` file, that was not read, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// A file found by [`walk`], with the `doc` name its articles get.
#[derive(Debug, Clone)]
pub struct Entry {
    pub path: PathBuf,
    pub doc: String,
}

/// Options of the corpus walk.
#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    /// Follow symbolic links (loops are detected and reported, never entered twice).
    pub follow_links: bool,
    /// Folders not to enter wherever they lie under a root: a command's output folder inside
    /// a corpus folder (`run . --out claims`), whose files would come back as articles on the
    /// next run. A folder that does not exist yet has nothing to leave out.
    pub exclude: Vec<PathBuf>,
}

/// The paths, as the walk of `root` spells them, of the `exclude` folders strictly inside it.
fn excluded_under(root: &Path, exclude: &[PathBuf]) -> Vec<PathBuf> {
    let Ok(root_abs) = root.canonicalize() else {
        return Vec::new();
    };
    exclude
        .iter()
        .filter_map(|x| x.canonicalize().ok())
        .filter_map(|x| {
            let rel = x.strip_prefix(&root_abs).ok()?;
            (!rel.as_os_str().is_empty()).then(|| root.join(rel))
        })
        .collect()
}

/// Lists the files under `roots` in a stable order, with their `doc` names.
///
/// A root that does not exist is an error (the whole command cannot do what was asked); a
/// directory entry that cannot be read is returned in the skipped list.
pub fn walk(roots: &[PathBuf], opts: WalkOptions) -> Result<(Vec<Entry>, Vec<Skipped>), Error> {
    let mut entries = Vec::new();
    let mut skipped = Vec::new();
    let prefix_roots = roots.iter().filter(|r| r.is_dir()).count() > 1;
    for root in roots {
        let meta = std::fs::metadata(root).map_err(|_| Error::MissingPath(root.clone()))?;
        if meta.is_file() {
            let doc = root
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| root.display().to_string());
            entries.push(Entry {
                path: root.clone(),
                doc,
            });
            continue;
        }
        let root_name = root
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| root.display().to_string());
        let excluded = excluded_under(root, &opts.exclude);
        let walker = walkdir::WalkDir::new(root)
            .follow_links(opts.follow_links)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0
                    || !(is_hidden(e.file_name())
                        || e.file_type().is_dir() && excluded.iter().any(|x| e.path() == x))
            });
        for item in walker {
            match item {
                Ok(e) if e.file_type().is_file() => {
                    let rel = e.path().strip_prefix(root).unwrap_or(e.path());
                    let mut doc = rel_doc(rel);
                    if prefix_roots {
                        doc = format!("{root_name}/{doc}");
                    }
                    entries.push(Entry {
                        path: e.path().to_path_buf(),
                        doc,
                    });
                }
                Ok(_) => {}
                Err(err) => {
                    let path = err
                        .path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| root.display().to_string());
                    let reason = if err.loop_ancestor().is_some() {
                        "symbolic link loop: not entered".to_string()
                    } else {
                        format!("cannot read directory entry: {err}")
                    };
                    skipped.push(Skipped { path, reason });
                }
            }
        }
    }
    Ok((entries, skipped))
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

fn rel_doc(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// What reading one file gave: its articles and what of it was skipped.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub skipped: Vec<Skipped>,
}

/// Tells the format of a file from its name, or `None` for a file claimrecon does not read.
pub fn format_of(path: &Path) -> Option<(Format, bool)> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let (name, gz) = match name.strip_suffix(".gz") {
        Some(n) => (n.to_string(), true),
        None => (name, false),
    };
    let ext = name.rsplit_once('.').map(|(_, e)| e)?;
    let f = match ext {
        "txt" | "text" => Format::Text,
        "md" | "markdown" => Format::Markdown,
        "html" | "htm" | "xhtml" => Format::Html,
        "json" => Format::Json,
        "jsonl" | "ndjson" => Format::Jsonl,
        _ => return None,
    };
    Some((f, gz))
}

/// Why a file of another kind is not read.
const NOT_AN_ARTICLE: &str =
    "not an article format (.txt, .md, .html, .htm, .json, .jsonl, .gz of HTML)";

/// Reads one file into its articles; never fails: problems become [`Skipped`] entries.
pub fn load(entry: &Entry) -> Loaded {
    match read(entry) {
        Ok(raw) => load_raw(entry, raw),
        Err(skipped) => Loaded {
            articles: Vec::new(),
            skipped: vec![skipped],
        },
    }
}

/// Reads the bytes of a file claimrecon reads, as they are on disk.
pub fn read(entry: &Entry) -> Result<Vec<u8>, Skipped> {
    let skip = |reason: String| Skipped {
        path: entry.doc.clone(),
        reason,
    };
    if format_of(&entry.path).is_none() {
        return Err(skip(NOT_AN_ARTICLE.into()));
    }
    std::fs::read(&entry.path).map_err(|e| skip(format!("cannot read: {e}")))
}

/// Reads a file's articles from its bytes as [`read`] gave them.
pub fn load_raw(entry: &Entry, raw: Vec<u8>) -> Loaded {
    let skip = |reason: String| Loaded {
        articles: Vec::new(),
        skipped: vec![Skipped {
            path: entry.doc.clone(),
            reason,
        }],
    };
    let Some((format, gz)) = format_of(&entry.path) else {
        return skip(NOT_AN_ARTICLE.into());
    };
    let bytes = if gz {
        match gunzip(&raw) {
            Ok(b) => b,
            Err(e) => return skip(format!("cannot decompress gzip: {e}")),
        }
    } else {
        raw
    };
    load_owned(&entry.doc, format, bytes)
}

/// Reads an article file's bytes (already decompressed) given its format.
pub fn load_bytes(doc: &str, format: Format, bytes: &[u8]) -> Loaded {
    let hint = charset_hint(format, bytes);
    load_decoded(doc, format, decode(bytes, hint.as_deref()))
}

/// [`load_bytes`] of bytes given up: a UTF-8 file's bytes become its text without a copy.
fn load_owned(doc: &str, format: Format, bytes: Vec<u8>) -> Loaded {
    let hint = charset_hint(format, &bytes);
    load_decoded(doc, format, decode::decode_owned(bytes, hint.as_deref()))
}

/// An HTML page's declared charset.
fn charset_hint(format: Format, bytes: &[u8]) -> Option<String> {
    if format == Format::Html {
        html::declared_charset(bytes)
    } else {
        None
    }
}

fn load_decoded(doc: &str, format: Format, decoded: Result<decode::Decoded, String>) -> Loaded {
    let skip = |reason: String| Loaded {
        articles: Vec::new(),
        skipped: vec![Skipped {
            path: doc.to_string(),
            reason,
        }],
    };
    let decoded = match decoded {
        Ok(d) => d,
        Err(reason) => return skip(reason),
    };
    let mut warnings = Vec::new();
    if let Some(w) = decoded.warning {
        warnings.push(w);
    }
    let body = decoded.text;
    let (meta, text) = match format {
        Format::Text | Format::Markdown => {
            let (meta, text) = text::parse(&body, format == Format::Markdown);
            if text.trim().is_empty() {
                return skip("empty: no article text".into());
            }
            (meta, text)
        }
        Format::Html => {
            let (meta, text) = html::extract(&body);
            if text.trim().is_empty() {
                return skip("HTML page with no article text".into());
            }
            (meta, text)
        }
        Format::Json => match json::parse_article(&body) {
            Ok(article) => article,
            Err(reason) => return skip(reason),
        },
        Format::Jsonl => return jsonl_lines(doc, &body, &warnings),
    };
    // ("05_health_ledger_2025-11-10.txt": a date in the file's name dates an article that
    // gives none itself.)
    let mut meta = meta;
    if meta.date.is_none() {
        meta.date = date_in_file_name(doc);
    }
    Loaded {
        articles: vec![Article {
            doc: doc.to_string(),
            format,
            meta,
            text,
            warnings,
        }],
        skipped: Vec::new(),
    }
}

/// The first ISO date (`YYYY-MM-DD`, a real month and day) in the last part of a document's
/// path: how a folder of wire copy often names its files.
fn date_in_file_name(doc: &str) -> Option<String> {
    let name = doc.rsplit('/').next().unwrap_or(doc);
    let b = name.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let w = &b[i..i + 10];
        let digits = |r: std::ops::Range<usize>| w[r].iter().all(u8::is_ascii_digit);
        let bounded = (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 10).is_none_or(|c| !c.is_ascii_digit());
        if !(bounded
            && digits(0..4)
            && w[4] == b'-'
            && digits(5..7)
            && w[7] == b'-'
            && digits(8..10))
        {
            return None;
        }
        let text = std::str::from_utf8(w).ok()?;
        let month: u32 = text[5..7].parse().ok()?;
        let day: u32 = text[8..10].parse().ok()?;
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| text.to_string())
    })
}

/// A `.jsonl` file: one article a line, each line's doc `file.jsonl#N`.
fn jsonl_lines(doc: &str, body: &str, warnings: &[String]) -> Loaded {
    jsonl_lines_from(doc, body, 0, warnings).0
}

/// [`jsonl_lines`] of a part of a file made of whole lines, `before` lines after its start,
/// with the number of lines after it.
fn jsonl_lines_from(doc: &str, body: &str, before: usize, warnings: &[String]) -> (Loaded, usize) {
    let mut out = Loaded::default();
    let mut after = before;
    for (n, line) in body.lines().enumerate().map(|(n, l)| (n + before, l)) {
        after = n + 1;
        if line.trim().is_empty() {
            continue;
        }
        let line_doc = format!("{doc}#{}", n + 1);
        match json::parse_article(line) {
            Ok((meta, text)) => out.articles.push(Article {
                doc: line_doc,
                format: Format::Jsonl,
                meta,
                text,
                warnings: warnings.to_vec(),
            }),
            Err(reason) => out.skipped.push(Skipped {
                path: line_doc,
                reason,
            }),
        }
    }
    (out, after)
}

/// Bytes of whole lines [`stream_jsonl`] reads at a time.
pub const STREAM_BATCH: usize = 8 << 20;

/// What [`stream_jsonl`] did with a file.
#[derive(Debug, PartialEq, Eq)]
pub enum Streamed {
    /// Every line was read and given.
    Done,
    /// The file is not plain UTF-8 text (a byte order mark, bytes that are not UTF-8, a
    /// binary start): read it whole with [`load`], which decodes it as a whole. Lines given
    /// before this was found are to be dropped.
    Whole,
}

/// Reads a JSON Lines file (gzipped or not) `batch` bytes of whole lines at a time and gives
/// each batch's articles to `each`, in order, with the bytes read so far (decompressed), so
/// that a feed of any size holds one batch of its text at once. The articles are the ones [`load`] reads: the same docs (`file#N`),
/// texts and skipped lines. A gzipped file that cannot be read to its end is left to [`load`]
/// too ([`Streamed::Whole`]), which says why.
pub fn stream_jsonl(
    entry: &Entry,
    batch: usize,
    mut each: impl FnMut(Loaded, u64),
) -> Result<Streamed, Skipped> {
    use std::io::Read;
    let skip = |e: std::io::Error| Skipped {
        path: entry.doc.clone(),
        reason: format!("cannot read: {e}"),
    };
    let file = std::fs::File::open(&entry.path).map_err(skip)?;
    let gz = format_of(&entry.path).is_some_and(|(_, gz)| gz);
    let mut reader: Box<dyn Read> = if gz {
        Box::new(flate2::read::MultiGzDecoder::new(std::io::BufReader::new(
            file,
        )))
    } else {
        Box::new(file)
    };
    let batch = batch.max(8192);
    let mut buf: Vec<u8> = Vec::with_capacity(batch + 1);
    let (mut eof, mut first, mut lines, mut read) = (false, true, 0usize, 0u64);
    // Whether the buffer holds a line end (what is left after a cut holds none).
    let mut lined = false;
    while !eof || !buf.is_empty() {
        // Fill to a batch, and on until a line ends in it (a line longer than a batch).
        let mut want = batch;
        while !eof && (buf.len() < want || !lined) {
            if buf.len() >= want {
                want = buf.len() + batch;
            }
            let from = buf.len();
            buf.reserve(want.saturating_sub(buf.len()));
            let n = match reader
                .by_ref()
                .take((want - buf.len()) as u64)
                .read_to_end(&mut buf)
            {
                Ok(n) => n,
                Err(_) if gz => return Ok(Streamed::Whole),
                Err(e) => return Err(skip(e)),
            };
            // Only the bytes just read are searched (a long line is read in many pieces).
            lined |= memchr::memchr(b'\n', &buf[from..]).is_some();
            eof = n == 0;
        }
        if first {
            // What `decode` asks of the start of a file before reading it as UTF-8.
            first = false;
            if encoding_rs::Encoding::for_bom(&buf).is_some() || decode::looks_binary(&buf) {
                return Ok(Streamed::Whole);
            }
        }
        let cut = if eof {
            buf.len()
        } else {
            memchr::memrchr(b'\n', &buf).map_or(buf.len(), |p| p + 1)
        };
        // A cut after a line end is a char boundary: the file is UTF-8 when every batch is.
        let Ok(text) = std::str::from_utf8(&buf[..cut]) else {
            return Ok(Streamed::Whole);
        };
        read += cut as u64;
        let (loaded, after) = jsonl_lines_from(&entry.doc, text, lines, &[]);
        lines = after;
        each(loaded, read);
        buf.drain(..cut);
        lined = false;
    }
    Ok(Streamed::Done)
}

fn gunzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes).read_to_end(&mut out)?;
    Ok(out)
}

/// Returns the file stem `ingest --out` names an article's outputs after: the file name
/// without `.gz` and without its article extension; a `.jsonl` record adds `_N`.
pub fn output_stem(doc: &str) -> String {
    let name = doc.rsplit('/').next().unwrap_or(doc);
    let (name, line) = match name.split_once('#') {
        Some((n, l)) => (n, Some(l)),
        None => (name, None),
    };
    let mut stem = name;
    if stem.to_ascii_lowercase().ends_with(".gz") {
        stem = &stem[..stem.len() - 3];
    }
    let lower = stem.to_ascii_lowercase();
    for ext in [
        ".html",
        ".htm",
        ".xhtml",
        ".txt",
        ".text",
        ".md",
        ".markdown",
        ".json",
        ".jsonl",
        ".ndjson",
    ] {
        if lower.ends_with(ext) {
            stem = &stem[..stem.len() - ext.len()];
            break;
        }
    }
    match line {
        Some(l) => format!("{stem}_{l}"),
        None => stem.to_string(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A date in a file's name dates an article that gives none; the article's own date wins;
    /// no impossible month or day, no date inside a longer run of digits.
    #[test]
    fn a_date_in_the_file_name_dates_an_undated_article() {
        let date = |doc: &str, body: &str| {
            load_bytes(doc, Format::Text, body.as_bytes()).articles[0]
                .meta
                .date
                .clone()
        };
        let plain = "Acme raised $5 million from Beta Capital.";
        assert_eq!(
            date("story/05_ledger_2025-11-10.txt", plain).as_deref(),
            Some("2025-11-10")
        );
        assert_eq!(
            date(
                "story/05_ledger_2025-11-10.txt",
                "---\ndate: 2025-11-09\n---\nAcme raised $5 million."
            )
            .as_deref(),
            Some("2025-11-09")
        );
        assert_eq!(
            date("01_asianet_2025-09-22.txt", plain).as_deref(),
            Some("2025-09-22")
        );
        assert_eq!(date("2025-13-40_ledger.txt", plain), None);
        assert_eq!(date("id12025-11-10.txt", plain), None);
        assert_eq!(date("2025-11-10/ledger.txt", plain), None);
    }

    /// A JSON Lines feed of the texts of `corpus/`, with what feeds hold besides: CRLF line
    /// ends, blank and broken lines, a line longer than a batch of 8 KiB, non-ASCII text, and
    /// no line end after the last line.
    pub(crate) fn feed_text() -> String {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut files: Vec<PathBuf> = walkdir::WalkDir::new(&root)
            .into_iter()
            .filter_map(Result::ok)
            .map(|e| e.into_path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        let mut lines = Vec::new();
        for (i, f) in files.iter().enumerate() {
            let text = std::fs::read_to_string(f).unwrap();
            let title = format!("Dépêche n° {i}");
            lines.push(serde_json::json!({"title": title, "text": text}).to_string());
            if i % 5 == 0 {
                lines.push(String::new());
            }
            if i % 7 == 0 {
                lines.push("{broken".to_string());
            }
        }
        let long = "Acme raised $5 million from Beta Capital. ".repeat(400);
        lines.insert(
            3,
            serde_json::json!({"title": "Long", "body": long}).to_string(),
        );
        let mut feed = String::new();
        for (i, l) in lines.iter().enumerate() {
            feed.push_str(l);
            feed.push_str(if i % 3 == 0 { "\r\n" } else { "\n" });
        }
        feed.pop(); // the last line has no line end
        feed
    }

    fn streamed(path: &Path, batch: usize) -> (Result<Streamed, Skipped>, Loaded) {
        let entry = Entry {
            path: path.to_path_buf(),
            doc: "feed.jsonl".into(),
        };
        let mut all = Loaded::default();
        let done = stream_jsonl(&entry, batch, |l, _| {
            all.articles.extend(l.articles);
            all.skipped.extend(l.skipped);
        });
        (done, all)
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(bytes).unwrap();
        gz.finish().unwrap()
    }

    #[test]
    fn a_feed_read_in_batches_is_the_feed_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        let feed = feed_text();
        assert!(feed.len() > 4 * 8192, "{} bytes", feed.len());
        std::fs::write(&path, &feed).unwrap();
        let whole = load_bytes("feed.jsonl", Format::Jsonl, feed.as_bytes());
        assert!(whole.articles.len() > 20 && !whole.skipped.is_empty());
        let key = |a: &Article| {
            (
                a.doc.clone(),
                a.text.clone(),
                a.meta.clone(),
                a.warnings.clone(),
            )
        };
        let gz_path = dir.path().join("feed.jsonl.gz");
        std::fs::write(&gz_path, gzip(feed.as_bytes())).unwrap();
        for (path, batch) in [
            (&path, 8192),
            (&path, 10_000),
            (&path, 1 << 20),
            (&gz_path, 8192),
            (&gz_path, 1 << 20),
        ] {
            let (done, got) = streamed(path, batch);
            assert_eq!(done, Ok(Streamed::Done));
            assert_eq!(
                got.articles.iter().map(key).collect::<Vec<_>>(),
                whole.articles.iter().map(key).collect::<Vec<_>>(),
                "batch {batch}"
            );
            assert_eq!(got.skipped, whole.skipped, "batch {batch}");
        }
    }

    #[test]
    fn a_feed_that_is_not_plain_utf8_is_left_to_be_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        let feed = feed_text();
        // A bad byte in the last batch, a byte order mark, a binary start.
        let mut bad = feed.clone().into_bytes();
        bad.extend_from_slice(b"\n{\"text\": \"Acme raised \xff$5 million.\"}");
        let mut bom = b"\xef\xbb\xbf".to_vec();
        bom.extend_from_slice(feed.as_bytes());
        let mut binary = b"\0\0\0".to_vec();
        binary.extend_from_slice(feed.as_bytes());
        for bytes in [bad, bom, binary] {
            std::fs::write(&path, &bytes).unwrap();
            assert_eq!(streamed(&path, 8192).0, Ok(Streamed::Whole));
        }
        // A gzipped feed cut short: `load` says why it cannot be read.
        let gz_path = dir.path().join("feed.jsonl.gz");
        let gz = gzip(feed.as_bytes());
        std::fs::write(&gz_path, &gz[..gz.len() / 2]).unwrap();
        assert_eq!(streamed(&gz_path, 8192).0, Ok(Streamed::Whole));
        std::fs::remove_file(&path).unwrap();
        assert!(
            streamed(&path, 8192).0.is_err(),
            "a file that cannot be read is skipped"
        );
    }
}
