//! Plain text and Markdown articles: optional front matter, headline, furniture.

use super::{Meta, furniture};

/// Splits a `.txt`/`.md` file into its metadata and main text.
///
/// Front matter (`---`, `key: value` lines, `---`) at the very top gives title, outlet, date
/// and url and is not text. Without a title there, the first non-empty line is the title when
/// it reads like a headline; it stays part of the text. Page furniture is removed.
pub fn parse(body: &str, markdown: bool) -> (Meta, String) {
    let (mut meta, rest) = front_matter(body);
    let text = furniture::strip(rest.trim_start_matches(['\n', '\r']));
    if meta.title.is_none()
        && let Some(first) = text.lines().find(|l| !l.trim().is_empty())
    {
        let first = if markdown {
            first.trim_start_matches('#').trim()
        } else {
            first.trim()
        };
        if reads_like_headline(first) {
            meta.title = Some(first.to_string());
        }
    }
    (meta, text)
}

/// Tells whether a line reads like a headline: short, no final period, not a list item.
pub fn reads_like_headline(line: &str) -> bool {
    let line = line.trim();
    // The length first: most lines are paragraphs, and counting their words is the cost.
    line.len() <= 250
        && !line.ends_with(['.', ':', ';', ','])
        && !line.starts_with(['-', '*', '•', '–'])
        && (2..=30).contains(&words_up_to(line, 31))
}

/// How many whitespace-separated words `line` has, counted up to `cap`: an ASCII line (most
/// lines) by its bytes, another by its chars (`str::split_whitespace`).
fn words_up_to(line: &str, cap: usize) -> usize {
    if !line.is_ascii() {
        return line.split_whitespace().take(cap).count();
    }
    // The ASCII chars that `char::is_whitespace` holds: space and tab to carriage return.
    let space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
    let mut words = 0;
    let mut in_word = false;
    for &b in line.as_bytes() {
        let starts = !space(b) && !in_word;
        in_word = !space(b);
        if starts {
            words += 1;
            if words == cap {
                break;
            }
        }
    }
    words
}

fn front_matter(body: &str) -> (Meta, &str) {
    let body = body.trim_start_matches('\u{feff}');
    let mut meta = Meta::default();
    let Some(after) = body
        .strip_prefix("---")
        .filter(|a| a.starts_with(['\n', '\r']))
    else {
        return (meta, body);
    };
    let mut consumed = body.len() - after.len();
    let mut closed = false;
    for line in after.split_inclusive('\n') {
        consumed += line.len();
        let l = line.trim();
        if l == "---" {
            closed = true;
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            let v = v.trim().trim_matches(['"', '\'']).to_string();
            if v.is_empty() {
                continue;
            }
            match k.trim().to_ascii_lowercase().as_str() {
                "title" | "headline" => meta.title = Some(v),
                "outlet" | "source" | "publisher" | "site" => meta.outlet = Some(v),
                "date" | "published" | "published_at" | "datepublished" => meta.date = Some(v),
                "url" | "link" | "canonical" => meta.url = Some(v),
                _ => {}
            }
        }
    }
    if !closed {
        return (Meta::default(), body);
    }
    (meta, &body[consumed..])
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The byte count of an ASCII line's words is `split_whitespace`'s, whitespace of
        /// every ASCII kind (and the separators that are none: U+001C to U+001F) mixed in.
        #[test]
        fn words_are_counted_as_split_whitespace_counts_them(
            line in "[a-c\t\n\u{b}\u{c}\r \u{1c}\u{1f}.é\u{a0}]{0,60}",
            cap in 1usize..40,
        ) {
            proptest::prop_assert_eq!(
                words_up_to(&line, cap),
                line.split_whitespace().take(cap).count()
            );
        }
    }

    #[test]
    fn front_matter_is_metadata_not_text() {
        let (meta, text) = parse(
            "---\ntitle: Acme raises\noutlet: Wire\ndate: 2024-05-01\n---\nAcme raised $5 million.\n",
            false,
        );
        assert_eq!(meta.title.as_deref(), Some("Acme raises"));
        assert_eq!(meta.outlet.as_deref(), Some("Wire"));
        assert_eq!(meta.date.as_deref(), Some("2024-05-01"));
        assert_eq!(text, "Acme raised $5 million.");
    }

    #[test]
    fn headline_line_is_title_and_text() {
        let (meta, text) = parse(
            "Acme Bets $5M on Beta\nAcme invested $5 million in Beta.",
            false,
        );
        assert_eq!(meta.title.as_deref(), Some("Acme Bets $5M on Beta"));
        assert!(text.starts_with("Acme Bets"));
    }

    #[test]
    fn bullet_or_sentence_is_not_a_headline() {
        assert!(!reads_like_headline("- Acme commits $5 million to Beta."));
        assert!(!reads_like_headline("Acme invested $5 million in Beta."));
    }
}
