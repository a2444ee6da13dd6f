//! `claims.jsonl`: one claim per line, as [`crate::claim::Claim`] serialises it.
//!
//! Fields (SPEC.md, "Output contract"): `id`, `doc`, `subject`, `attribute`, `value` (a number
//! in base units or a string), `unit`, `qualifier`, `range`, `investor`, `hedged`, `stance`,
//! `quote` (== the article text at `span`), `span` (byte offsets); and beyond the contract:
//! `sentence` (the sentence's byte offsets), `status` (`current`, `superseded`, `prior`,
//! `conditional`: what the money would become if something happens, compared with nothing),
//! `increment`, `scope` (`separate`, `cash part` or null), `step` (the precision of the figure
//! as written), `outlet` and `date` of the article.

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
    // Sized at once, for the lines' likely length: a vector grown by doubling holds its old
    // and its new buffer at each step, which for the claims of one huge file is over 100 MB
    // at once. Should escapes make the lines longer, it grows once.
    let mut buf = Vec::with_capacity(claims.iter().map(line_estimate).sum());
    // Writing our own types into memory cannot fail.
    let _ = write(&mut buf, claims);
    buf
}

/// The length of a claim's line: its text fields (a text value too), and what the keys and
/// the other fields take (323–420 bytes on the corpus and on generated articles; 448 allowed).
fn line_estimate(c: &Claim) -> usize {
    let text = |s: Option<&str>| s.map_or(0, str::len);
    let value = match &c.value {
        crate::claim::Value::Text(t) => t.len(),
        crate::claim::Value::Number(_) => 0,
    };
    448 + value
        + c.doc.len()
        + c.subject.len()
        + text(c.investor.as_deref())
        + c.quote.len()
        + c.context.len()
        + text(c.outlet.as_deref())
        + text(c.date.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of the corpus's claims (claims/claims.jsonl, kept in the repository) fits
    /// its estimate, so that [`lines`] never grows its buffer on them.
    #[test]
    fn the_corpus_claims_lines_fit_their_estimate() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/claims/claims.jsonl");
        let text = std::fs::read_to_string(path).expect("claims/claims.jsonl");
        let claims: Vec<Claim> = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("a claim"))
            .collect();
        assert!(claims.len() > 100, "{} claims", claims.len());
        for c in &claims {
            let line = lines(std::slice::from_ref(c));
            assert!(
                line.len() <= line_estimate(c),
                "{} bytes, estimated {}: {}",
                line.len(),
                line_estimate(c),
                String::from_utf8_lossy(&line)
            );
        }
        let all = lines(&claims);
        let estimate: usize = claims.iter().map(line_estimate).sum();
        assert_eq!(all.capacity(), estimate, "the buffer grew");
        assert_eq!(all, text.as_bytes(), "the lines are claims.jsonl's");
    }
}
