//! The extraction cache: what each file gave (its articles' metadata and claims, or why it
//! was skipped), keyed by the file's bytes, its `doc` name and the version of the rules, so
//! that a run over a corpus it has seen before reads every file but extracts only the new
//! or changed ones. The rules' version is a hash of the source and Cargo.lock (build.rs):
//! any change to the code makes every entry stale.
//!
//! Layout, in `<out>/.cache/`: `records`, one JSON line per file (its articles' metadata and
//! what of it was skipped); and `index`, a header line (`claimrecon-cache 2 <rules>`) then,
//! per file, little-endian: its key (16 bytes), the offset (8) and length (4) of its record,
//! and the offset (8), length (8) and checksum (8) of its claims' lines in `<out>/claims.jsonl`
//! (each file's claims are one run of lines there, so the cache does not hold them twice).
//! A run writes a new cache with the files it read (the cache holds the current corpus, not
//! every file ever seen) into its temporary output folder, swapped in with the outputs.
//! Files larger than [`MAX_CACHED_FILE`] are not cached: their records would cost memory.

use std::collections::HashMap;
use std::fs::File;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::claim::Claim;
use crate::ingest::Skipped;
use crate::pipeline::ArticleReport;

/// The rules' version (build.rs).
pub const RULES: &str = env!("CLAIMRECON_RULES");

/// The cache's folder inside an output folder.
pub const DIR: &str = ".cache";

/// Files larger than this are extracted on every run.
pub const MAX_CACHED_FILE: usize = 8 << 20;

const HEADER_PREFIX: &str = "claimrecon-cache 2 ";
const INDEX_ENTRY: usize = 16 + 8 + 4 + 8 + 8 + 8;

/// A file's key: its bytes, its doc name and the rules.
pub type Key = u128;

/// Computes the key of a file.
pub fn key(doc: &str, raw: &[u8]) -> Key {
    let mut h = blake3::Hasher::new();
    h.update(RULES.as_bytes());
    h.update(&(doc.len() as u64).to_le_bytes());
    h.update(doc.as_bytes());
    h.update(raw);
    let bytes: [u8; 16] = h.finalize().as_bytes()[..16].try_into().unwrap_or([0; 16]);
    u128::from_le_bytes(bytes)
}

/// What a file gave: its articles, their claims in order (article `i` has
/// `articles[i].claims` of them) and their `claims.jsonl` lines, and what of it was skipped.
#[derive(Debug, Default)]
pub struct FileRecord {
    pub articles: Vec<ArticleReport>,
    pub claims: Vec<Claim>,
    /// The claims as `claims.jsonl` lines: serialised once, for the output and the cache.
    pub claims_jsonl: Vec<u8>,
    pub skipped: Vec<Skipped>,
}

#[derive(Serialize, Deserialize)]
struct Header {
    articles: Vec<ArticleReport>,
    skipped: Vec<Skipped>,
}

impl FileRecord {
    /// Builds a record, writing the claims' `claims.jsonl` lines.
    pub fn new(articles: Vec<ArticleReport>, claims: Vec<Claim>, skipped: Vec<Skipped>) -> Self {
        let claims_jsonl = crate::report::claims::lines(&claims);
        FileRecord {
            articles,
            claims,
            claims_jsonl,
            skipped,
        }
    }

    /// The record's line in `records`: its articles and what was skipped (JSON).
    pub fn header(&self) -> Vec<u8> {
        #[derive(Serialize)]
        struct HeaderRef<'a> {
            articles: &'a [ArticleReport],
            skipped: &'a [Skipped],
        }
        serde_json::to_vec(&HeaderRef {
            articles: &self.articles,
            skipped: &self.skipped,
        })
        .unwrap_or_default()
    }

    /// Reads a record from its header line and its claims' lines; `None` if they do not
    /// make one.
    pub fn decode(header: &[u8], lines: Vec<u8>) -> Option<Self> {
        let header: Header = serde_json::from_slice(header).ok()?;
        let claims = lines
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice::<Claim>(l).ok())
            .collect::<Option<Vec<Claim>>>()?;
        let expected: usize = header.articles.iter().map(|a| a.claims).sum();
        if claims.len() != expected {
            return None;
        }
        Some(FileRecord {
            articles: header.articles,
            claims,
            claims_jsonl: lines,
            skipped: header.skipped,
        })
    }
}

/// A checksum of a file's claims' lines, so that an edited claims.jsonl is never trusted.
pub fn checksum(lines: &[u8]) -> u64 {
    let h = blake3::hash(lines);
    u64::from_le_bytes(h.as_bytes()[..8].try_into().unwrap_or([0; 8]))
}

/// Where a file's record and claims are.
#[derive(Debug, Clone, Copy)]
struct Place {
    record: (u64, u32),
    claims: (u64, u64),
    checksum: u64,
}

/// A file's entry in a new cache: its key and record line; its claims' lines are in
/// claims.jsonl.
#[derive(Debug)]
pub struct NewEntry {
    pub key: Key,
    pub header: Vec<u8>,
    pub checksum: u64,
}

/// Keys are uniform hashes already: their low bits are the hash.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.0 ^= u64::from_le_bytes(b);
        }
    }
    fn write_u128(&mut self, v: u128) {
        self.0 = v as u64;
    }
}

/// A cache read at the start of a run.
pub struct Cache {
    index: HashMap<Key, Place, BuildHasherDefault<KeyHasher>>,
    records: File,
    claims: File,
}

impl Cache {
    /// Opens the cache of an output folder; `None` when there is none, it is of other
    /// rules, or it cannot be read (the run then extracts everything).
    pub fn open(out: &Path) -> Option<Cache> {
        let dir = out.join(DIR);
        let mut index = Vec::new();
        File::open(dir.join("index"))
            .ok()?
            .read_to_end(&mut index)
            .ok()?;
        let header_end = index.iter().position(|&b| b == b'\n')?;
        let header = std::str::from_utf8(&index[..header_end]).ok()?;
        if header.strip_prefix(HEADER_PREFIX)? != RULES {
            return None;
        }
        let records = File::open(dir.join("records")).ok()?;
        let claims = File::open(out.join("claims.jsonl")).ok()?;
        let (records_size, claims_size) = (
            records.metadata().ok()?.len(),
            claims.metadata().ok()?.len(),
        );
        let body = &index[header_end + 1..];
        let mut map = HashMap::with_capacity_and_hasher(
            body.len() / INDEX_ENTRY,
            BuildHasherDefault::<KeyHasher>::default(),
        );
        let u64_at = |e: &[u8], at: usize| -> Option<u64> {
            Some(u64::from_le_bytes(e.get(at..at + 8)?.try_into().ok()?))
        };
        for e in body.chunks_exact(INDEX_ENTRY) {
            let key = u128::from_le_bytes(e[..16].try_into().ok()?);
            let place = Place {
                record: (
                    u64_at(e, 16)?,
                    u32::from_le_bytes(e[24..28].try_into().ok()?),
                ),
                claims: (u64_at(e, 28)?, u64_at(e, 36)?),
                checksum: u64_at(e, 44)?,
            };
            // An entry past the end of its files (a truncated claims.jsonl) is a miss.
            if place.record.0 + u64::from(place.record.1) <= records_size
                && place.claims.0 + place.claims.1 <= claims_size
            {
                map.insert(key, place);
            }
        }
        Some(Cache {
            index: map,
            records,
            claims,
        })
    }

    /// Number of files in the cache.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether the cache holds no file.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// What a file gave, if cached (and its claims' lines are as they were written), with
    /// its entry for the next cache as read: nothing is serialised or hashed again.
    pub fn get(&self, key: Key) -> Option<(FileRecord, NewEntry)> {
        let place = self.index.get(&key)?;
        let mut header = vec![0; place.record.1 as usize];
        read_at(&self.records, &mut header, place.record.0).ok()?;
        let mut lines = vec![0; usize::try_from(place.claims.1).ok()?];
        read_at(&self.claims, &mut lines, place.claims.0).ok()?;
        if checksum(&lines) != place.checksum {
            return None;
        }
        let record = FileRecord::decode(&header, lines)?;
        let entry = NewEntry {
            key,
            header,
            checksum: place.checksum,
        };
        Some((record, entry))
    }
}

#[cfg(unix)]
fn read_at(f: &File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(f, buf, offset)
}

#[cfg(windows)]
fn read_at(f: &File, mut buf: &mut [u8], mut offset: u64) -> std::io::Result<()> {
    while !buf.is_empty() {
        let n = std::os::windows::fs::FileExt::seek_read(f, buf, offset)?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        buf = &mut buf[n..];
        offset += n as u64;
    }
    Ok(())
}

/// The header line of a cache index.
pub fn header() -> String {
    format!("{HEADER_PREFIX}{RULES}\n")
}

/// An index entry.
pub fn index_entry(
    key: Key,
    record: (u64, u32),
    claims: (u64, u64),
    checksum: u64,
) -> [u8; INDEX_ENTRY] {
    let mut e = [0u8; INDEX_ENTRY];
    e[..16].copy_from_slice(&key.to_le_bytes());
    e[16..24].copy_from_slice(&record.0.to_le_bytes());
    e[24..28].copy_from_slice(&record.1.to_le_bytes());
    e[28..36].copy_from_slice(&claims.0.to_le_bytes());
    e[36..44].copy_from_slice(&claims.1.to_le_bytes());
    e[44..52].copy_from_slice(&checksum.to_le_bytes());
    e
}
