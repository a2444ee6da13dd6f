//! Page furniture: lines that come with an article but are not its text.
//!
//! Two tables. A *trailing marker* ("Next Article", "Related stories", ...) starts the block of
//! links and teaser headlines that pages put after the article: from the first such line in
//! the last part of the text, everything is dropped. A *standalone line* ("Advertisement",
//! "Share this article", ...) is dropped wherever it stands. Both match a whole line,
//! case-insensitively, ignoring surrounding punctuation.

/// Lines that open the trailing block of links and teasers after an article.
const TRAILING_MARKERS: &[&str] = &[
    "report a problem with article",
    "report an error",
    "report a correction",
    "next article",
    "previous article",
    "next story",
    "previous story",
    "read next",
    "up next",
    "related articles",
    "related stories",
    "related coverage",
    "related content",
    "related",
    "more from",
    "more stories",
    "more on this story",
    "more news",
    "recommended",
    "recommended for you",
    "recommended stories",
    "you may also like",
    "you might also like",
    "also read",
    "trending now",
    "most popular",
    "most read",
    "popular stories",
    "latest news",
    "comments",
    "leave a comment",
    "join the conversation",
];

/// Lines dropped wherever they stand.
const STANDALONE_LINES: &[&str] = &[
    "advertisement",
    "advertisment",
    "sponsored",
    "sponsored content",
    "share this article",
    "share",
    "share on facebook",
    "share on twitter",
    "share on linkedin",
    "copy link",
    "print",
    "save",
    "subscribe",
    "sign up for our newsletter",
    "subscribe to our newsletter",
    "skip to content",
    "skip to main content",
    "story continues below advertisement",
    "article continues below",
    "continue reading",
    "listen to this article",
];

fn key(line: &str) -> String {
    line.trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Tells whether `line` opens a trailing block of page furniture.
pub fn is_trailing_marker(line: &str) -> bool {
    let k = key(line);
    !k.is_empty() && TRAILING_MARKERS.contains(&k.as_str())
}

/// Tells whether `line` is furniture wherever it stands.
pub fn is_standalone(line: &str) -> bool {
    let k = key(line);
    !k.is_empty() && STANDALONE_LINES.contains(&k.as_str())
}

/// Removes page furniture from article text (see the module doc).
///
/// A trailing marker counts only after the first third of the text, so that a short line
/// such as "Related" near the top of an article does not cut it.
pub fn strip(text: &str) -> String {
    let min_cut = text.len() / 3;
    let mut out = String::with_capacity(text.len());
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let bare = line.trim_end_matches(['\n', '\r']);
        if start >= min_cut && is_trailing_marker(bare) {
            break;
        }
        if is_standalone(bare) {
            continue;
        }
        out.push_str(line);
    }
    let trimmed = out.trim_end();
    trimmed.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_teasers_are_cut() {
        let text = "Acme raised $5 million.\nIt will hire.\nMore text here to pass a third.\n\nReport a problem with article\nNext Article\n\nSome teaser headline\n";
        assert_eq!(
            strip(text),
            "Acme raised $5 million.\nIt will hire.\nMore text here to pass a third."
        );
    }

    #[test]
    fn marker_near_the_top_does_not_cut() {
        let text =
            "Related\nAcme raised $5 million in a round led by Beta.\nThe round closed Friday.\n";
        assert!(strip(text).contains("Acme raised"));
    }

    #[test]
    fn standalone_lines_go() {
        assert_eq!(strip("One.\nAdvertisement\nTwo."), "One.\nTwo.");
    }
}
