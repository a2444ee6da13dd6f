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

use std::fs::File;
use std::io::{BufRead, Read};
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
#[derive(Debug, Clone, Copy, PartialEq)]
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

/// The index of a cache read at the start of a run, held for the whole run: its entries
/// sorted by key (56 bytes a file), and where the entries of each leading `bits` bits of a
/// key begin. Keys are uniform hashes, so a key's range holds one entry or two: a lookup
/// reads the directory and an entry or two. (A hash map of the same entries took 64 bytes a
/// slot, and 2.1 slots a file at a million files.)
struct Index {
    /// Keys as their high and low halves, so that an entry is not padded to 64 bytes.
    entries: Vec<([u64; 2], Place)>,
    /// `starts[p]`: the first entry whose key begins with the bits `p`; one more at the end.
    starts: Vec<u32>,
    bits: u32,
}

impl Index {
    /// The index of `entries` (keys as [`Index::halves`]), in any order.
    fn new(mut entries: Vec<([u64; 2], Place)>) -> Index {
        // Entries of one key are of the same file (its bytes and name): any one will do.
        entries.sort_unstable_by_key(|&(key, _)| key);
        entries.dedup_by_key(|&mut (key, _)| key);
        // About one entry a prefix: the fewest bits that give at least as many prefixes as
        // entries (at most 24: a directory of 64 MiB for 16 million files or more).
        let bits = entries
            .len()
            .next_power_of_two()
            .trailing_zeros()
            .clamp(1, 24);
        let mut starts = Vec::with_capacity((1 << bits) + 1);
        let mut at = 0;
        for prefix in 0..=(1u64 << bits) {
            while at < entries.len() && Index::prefix(entries[at].0, bits) < prefix {
                at += 1;
            }
            starts.push(u32::try_from(at).unwrap_or(u32::MAX));
        }
        Index {
            entries,
            starts,
            bits,
        }
    }

    fn halves(key: Key) -> [u64; 2] {
        [(key >> 64) as u64, key as u64]
    }

    fn prefix(halves: [u64; 2], bits: u32) -> u64 {
        halves[0] >> (64 - bits)
    }

    fn get(&self, key: Key) -> Option<&Place> {
        let key = Index::halves(key);
        let p = usize::try_from(Index::prefix(key, self.bits)).ok()?;
        let (from, to) = (
            *self.starts.get(p)? as usize,
            *self.starts.get(p + 1)? as usize,
        );
        self.entries
            .get(from..to)?
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, place)| place)
    }

    fn len(&self) -> usize {
        self.entries.len()
    }

    fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// A cache read at the start of a run.
pub struct Cache {
    index: Index,
    records: File,
    claims: File,
}

impl Cache {
    /// Opens the cache of an output folder; `None` when there is none, it is of other
    /// rules, or it cannot be read (the run then extracts everything).
    pub fn open(out: &Path) -> Option<Cache> {
        let dir = out.join(DIR);
        // Read a buffer at a time: the index of a million files is 52 MB.
        let mut index =
            std::io::BufReader::with_capacity(1 << 16, File::open(dir.join("index")).ok()?);
        let mut header = Vec::new();
        (&mut index)
            .take(1024)
            .read_until(b'\n', &mut header)
            .ok()?;
        let header = std::str::from_utf8(header.strip_suffix(b"\n")?).ok()?;
        if header.strip_prefix(HEADER_PREFIX)? != RULES {
            return None;
        }
        let records = File::open(dir.join("records")).ok()?;
        let claims = File::open(out.join("claims.jsonl")).ok()?;
        let (records_size, claims_size) = (
            records.metadata().ok()?.len(),
            claims.metadata().ok()?.len(),
        );
        let body_len = index
            .get_ref()
            .metadata()
            .ok()?
            .len()
            .saturating_sub(header.len() as u64 + 1);
        let mut entries = Vec::with_capacity(usize::try_from(body_len).ok()? / INDEX_ENTRY);
        let u64_at = |e: &[u8], at: usize| -> Option<u64> {
            Some(u64::from_le_bytes(e.get(at..at + 8)?.try_into().ok()?))
        };
        let mut e = [0u8; INDEX_ENTRY];
        loop {
            match index.read_exact(&mut e) {
                Ok(()) => {}
                Err(err) if err.kind() == std::io::ErrorKind::UnexpectedEof => break,
                Err(_) => return None,
            }
            let key = u128::from_le_bytes(e[..16].try_into().ok()?);
            let place = Place {
                record: (
                    u64_at(&e, 16)?,
                    u32::from_le_bytes(e[24..28].try_into().ok()?),
                ),
                claims: (u64_at(&e, 28)?, u64_at(&e, 36)?),
                checksum: u64_at(&e, 44)?,
            };
            // An entry past the end of its files (a truncated claims.jsonl) is a miss.
            if place.record.0 + u64::from(place.record.1) <= records_size
                && place.claims.0 + place.claims.1 <= claims_size
            {
                entries.push((Index::halves(key), place));
            }
        }
        Some(Cache {
            index: Index::new(entries),
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
        let place = self.index.get(key)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn place(n: u64) -> Place {
        Place {
            record: (n, 1),
            claims: (n, 2),
            checksum: n,
        }
    }

    /// Every key given is found with its place, whatever the number of entries (one prefix
    /// holding several keys, empty prefixes, keys at the ends of the range); a key not given
    /// is not, though its prefix holds keys.
    #[test]
    fn the_index_finds_the_keys_it_holds_and_no_other() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = || {
            // splitmix64: uniform keys, as blake3's are.
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        };
        for n in [0usize, 1, 2, 3, 7, 100, 1000, 5000] {
            let mut keys: Vec<Key> = (0..n)
                .map(|_| (Key::from(next()) << 64) | Key::from(next()))
                .collect();
            if n >= 4 {
                keys[0] = 0;
                keys[1] = Key::MAX;
                // Two keys of one prefix, differing in the low half only.
                keys[2] = (keys[3] & !Key::from(u64::MAX)) | 1;
            }
            let entries = keys
                .iter()
                .enumerate()
                .map(|(i, &k)| (Index::halves(k), place(i as u64)))
                .collect();
            let index = Index::new(entries);
            assert_eq!(index.len(), n);
            for (i, &k) in keys.iter().enumerate() {
                assert_eq!(index.get(k), Some(&place(i as u64)), "n {n}, key {k:x}");
                // The same prefix and high half, another low half.
                assert_eq!(index.get(k ^ 0x10), None, "n {n}, key {k:x}");
            }
            for _ in 0..n {
                let k = (Key::from(next()) << 64) | Key::from(next());
                assert_eq!(index.get(k), None);
            }
        }
    }

    /// An index written twice with one file's entry is read with it once.
    #[test]
    fn entries_of_one_key_are_kept_once() {
        let key: Key = 0x1234_5678_9abc_def0_0fed_cba9_8765_4321;
        let other: Key = 0x8000_0000_0000_0000_0000_0000_0000_0001;
        let entries = vec![
            (Index::halves(key), place(5)),
            (Index::halves(other), place(6)),
            (Index::halves(key), place(5)),
        ];
        let index = Index::new(entries);
        assert_eq!(index.len(), 2);
        assert_eq!(index.get(key), Some(&place(5)));
        assert_eq!(index.get(other), Some(&place(6)));
    }
}
