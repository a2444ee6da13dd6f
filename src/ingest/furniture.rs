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
    "about the author",
    "about the authors",
    "share this story",
    "more to explore",
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

/// The key of `line` when it has at most `words` words (counted as [`key`] counts them,
/// without lower-casing the line): most lines are sentences, far longer than any marker.
fn short_key(line: &str, words: usize) -> Option<String> {
    let bare = line.trim().trim_matches(|c: char| !c.is_alphanumeric());
    bare.split_whitespace()
        .nth(words)
        .is_none()
        .then(|| key(line))
}

/// The most words of a line of `table`.
fn most_words(table: &[&str]) -> usize {
    table
        .iter()
        .map(|l| l.split_whitespace().count())
        .max()
        .unwrap_or(0)
}

/// Beginnings of lines that are furniture of a page, not article text: photo credits,
/// gallery counters, timestamps, share and comment prompts, disclosures.
const FURNITURE_PREFIXES: &[&str] = &[
    "photo:",
    "photo by",
    "photograph:",
    "photos:",
    "image:",
    "image credit",
    "credit:",
    "source:",
    "getty images",
    "image 1 of",
    "updated ",
    "published ",
    "first published",
    "last updated",
    "posted ",
    "posted on",
    "sharing is caring",
    "share this",
    "share on",
    "post comment",
    "leave a comment",
    "comments (",
    "click here",
    "read more:",
    "read more ",
    "see also:",
    "related:",
    "this post may contain affiliate",
    "this article contains affiliate",
    "sign up for",
    "subscribe to",
    "follow us",
    "follow @",
    "advertisement",
    "sponsored",
    "©",
    "copyright ",
    "all rights reserved",
    "image copyright",
    "media caption",
    "video caption",
    "listen to this article",
    "print article",
    "recent articles",
    "more great",
    "continue reading below",
    "share tweet",
    "follow on twitter",
    "reach the reporter",
    "contact the reporter",
    "email the author",
    "related articles",
    "most popular",
    "get access to",
    "if you enjoyed this",
    "if you liked this",
    "members get",
    "download our app",
    "download the app",
    "to read more",
    "for more news",
    "this story was originally",
    "this article was originally",
];

/// Whole lines that are furniture.
const FURNITURE_LINES: &[&str] = &[
    "caption",
    "close",
    "menu",
    "search",
    "next",
    "previous",
    "loading",
    "open",
    "expand",
    "hide caption",
    "toggle caption",
    "enlarge this image",
    "share",
    "tweet",
    "email",
    "print",
    "more",
];

/// Tells whether a line is page furniture by its shape: a credit, a counter, a timestamp, a
/// byline ("By Jane Doe", "Jane Doe, AP Writer"), a prompt.
pub fn is_furniture_line(line: &str) -> bool {
    let l = line.trim();
    let lower = l.to_lowercase();
    if FURNITURE_LINES.contains(&lower.trim_end_matches(['.', ':']).trim()) {
        return true;
    }
    if FURNITURE_PREFIXES.iter().any(|p| lower.starts_with(p)) && l.split_whitespace().count() <= 16
    {
        return true;
    }
    let words = l.split_whitespace().count();
    // "By Jane Doe" and "by Regan September 15, 2014": a short byline.
    if (lower.starts_with("by ") || lower.starts_with("written by "))
        && words <= 8
        && !l.ends_with('.')
    {
        return true;
    }
    // "Tom Krisher, Ap Auto Writer", "Jane Doe | Reuters": a name and a role, no sentence.
    if words <= 6
        && !l.ends_with(['.', '!', '?', ':', '"', '”'])
        && (lower.ends_with(" writer")
            || lower.ends_with(" reporter")
            || lower.ends_with(" correspondent")
            || lower.ends_with(" editor"))
    {
        return true;
    }
    // A lone date or time: "Tuesday, November 19, 2019 08:38 AM".
    let digits = l.chars().filter(char::is_ascii_digit).count();
    // Full month names anywhere (the table's first twelve); abbreviations as a word followed
    // by a space ("Nov 19").
    let month = crate::extract::lexicon::MONTHS
        .iter()
        .enumerate()
        .any(|(i, (m, _))| {
            if i < 12 {
                lower.contains(m)
            } else {
                lower.contains(&format!("{m} "))
            }
        });
    // (Not the attribution of an embedded post: "— Jane Doe (@jane) November 9, 2018".)
    let embed = l.starts_with(['—', '-', '–']) || l.contains("(@");
    if words <= 8 && digits >= 4 && month && !l.ends_with('.') && !embed {
        return true;
    }
    // "1of4Grass Valley's ...", "2 of 12 ...": a gallery caption behind its counter.
    let counter: String = lower
        .chars()
        .take(10)
        .filter(|c| !c.is_whitespace())
        .collect();
    if counter.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        let rest = counter.trim_start_matches(|c: char| c.is_ascii_digit());
        if rest.starts_with("of") && rest[2..].starts_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
    }
    // "The plague bacterium (Image: GETTY)": a caption that ends in its credit.
    if let Some(open) = l.rfind('(') {
        let tail = lower[open..].trim_start_matches('(');
        let credit = [
            "image", "photo", "credit", "picture", "getty", "pic:", "video",
        ]
        .iter()
        .any(|p| tail.starts_with(p));
        if credit && l.ends_with(')') && words <= 30 {
            return true;
        }
    }
    false
}

/// Tells whether a line reads like a teaser headline or a label rather than a sentence:
/// short, with no sentence-ending punctuation.
fn label_like(line: &str) -> bool {
    let l = line.trim();
    let words = l.split_whitespace().count();
    words <= 14 && !l.ends_with(['.', '!', '?', '"', '”', '’', ':', ';', ','])
}

/// Drops the run of headline-like lines that ends a page's text (teasers of other stories)
/// and labels that open it ("News", "Home").
pub fn trim_teasers(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let words = |ls: &[&str]| {
        ls.iter()
            .map(|l| l.split_whitespace().count())
            .sum::<usize>()
    };
    let total = words(&lines);
    let mut end = lines.len();
    while end > 0 && label_like(lines[end - 1]) {
        end -= 1;
    }
    // A run of two or more teasers, and most of the text left: otherwise keep everything.
    let run = lines.len() - end;
    if run < 2 || words(&lines[end..]) * 4 > total {
        end = lines.len();
    }
    // Labels before the first paragraph: a byline, a date, a reading time ("VICTOR
    // TANGERMANN, FUTURISM", "Tempo de leitura: 1 minuto").
    let mut start = 0;
    while start < end.min(2)
        && label_like(lines[start])
        && end - start > 1
        && lines[start + 1].split_whitespace().count() > 20
    {
        start += 1;
    }
    lines[start..end].join("\n")
}

/// Tells whether `line` opens a trailing block of page furniture: a marker of the table, or
/// a short "About <name>" heading (the boilerplate about the company or the author).
pub fn is_trailing_marker(line: &str) -> bool {
    // "About <name>" has five words at most.
    static MOST: std::sync::LazyLock<usize> =
        std::sync::LazyLock::new(|| most_words(TRAILING_MARKERS).max(5));
    let Some(k) = short_key(line, *MOST) else {
        return false;
    };
    let about = k.starts_with("about ")
        && k.split(' ').count() <= 5
        && !line.trim_end().ends_with(['.', '?', '!']);
    !k.is_empty() && (TRAILING_MARKERS.contains(&k.as_str()) || about)
}

/// Tells whether `line` is furniture wherever it stands.
pub fn is_standalone(line: &str) -> bool {
    static MOST: std::sync::LazyLock<usize> =
        std::sync::LazyLock::new(|| most_words(STANDALONE_LINES));
    let Some(k) = short_key(line, *MOST) else {
        return false;
    };
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
    // Trimmed in place: a huge text is not copied once more.
    out.truncate(out.trim_end().len());
    out
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
