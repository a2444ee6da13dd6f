//! `claims.jsonl`: one claim per line, as [`crate::claim::Claim`] serialises it.
//!
//! Fields (SPEC.md, "Output contract"): `id`, `doc`, `subject`, `attribute`, `value` (a number
//! in base units or a string), `unit`, `qualifier`, `range`, `investor`, `hedged`, `stance`,
//! `quote` (== the article text at `span`), `span` (byte offsets); and beyond the contract:
//! `sentence` (the sentence's byte offsets), `status` (`current`, `superseded`, `prior`),
//! `increment`, `scope` (`separate` or null), `step` (the precision of the figure as written),
//! `outlet` and `date` of the article.

use std::io::Write;

use crate::claim::Claim;

/// Writes claims as JSON Lines.
pub fn write(w: &mut dyn Write, claims: &[Claim]) -> std::io::Result<()> {
    for c in claims {
        serde_json::to_writer(&mut *w, c)?;
        w.write_all(b"\n")?;
    }
    Ok(())
}

/// The claims as `claims.jsonl` lines, in memory.
pub fn lines(claims: &[Claim]) -> Vec<u8> {
    let mut buf = Vec::new();
    // Writing our own types into memory cannot fail.
    let _ = write(&mut buf, claims);
    buf
}
