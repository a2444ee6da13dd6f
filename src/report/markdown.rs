//! `report.md`: the findings for a person, in Markdown. Contradictions first, by severity,
//! with the competing quotes side by side; then reconciled figures with their arithmetic;
//! then superseded figures; then compact tables of agreements and single-source claims.
//! Every piece of article text is escaped so that it cannot inject links or HTML.

use std::fmt::Write as _;
use std::io::Write;

use std::io::BufRead;

use super::model::{Report, STORY_COLUMNS, Section, StoryLine, Summary, in_context};
use super::parts::Layout;
use crate::ingest::Skipped;
use crate::reconcile::{Finding, Kind, doc_label};

/// Escapes text for Markdown: no markup, links, HTML or table breaks survive.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '!' | '|'
            | '~' => {
                out.push('\\');
                out.push(ch);
            }
            // Entities, not backslashes: no raw "<" or ">" is left for an HTML renderer.
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

fn severity_word(f: &Finding) -> String {
    let s = f
        .severity
        .map(|s| format!("{s:?}").to_uppercase())
        .unwrap_or_default();
    if f.hedged { format!("{s} (hedged)") } else { s }
}

fn title(f: &Finding) -> String {
    let inv = f
        .investor
        .as_deref()
        .map(|i| format!(" ← {}", escape(i)))
        .unwrap_or_default();
    format!(
        "{} · {}{}",
        escape(&f.subject),
        escape(&f.attribute.replace('_', " ")),
        inv
    )
}

fn quotes_table(out: &mut String, r: &Report, f: &Finding) {
    out.push_str("| says | article | quote in context |\n|---|---|---|\n");
    for side in &f.sides {
        for c in r.quoted_claims(side) {
            let (before, quote, after) = in_context(c);
            let outlet = r
                .outlet(&c.doc)
                .map(|o| format!(" ({})", escape(o)))
                .unwrap_or_default();
            let hedge = if c.hedged { " *hedged*" } else { "" };
            let _ = writeln!(
                out,
                "| {}{} | {}{} | {}**{}**{} |",
                escape(&side.label),
                hedge,
                escape(&doc_label(&c.doc)),
                outlet,
                escape(before),
                escape(quote),
                escape(after)
            );
        }
    }
    out.push('\n');
}

/// The top of report.md: the title and the counts.
pub fn head(out: &mut String, s: &Summary) {
    out.push_str("# claimrecon report\n\n");
    let _ = writeln!(
        out,
        "{}. **{} contradictions** ({}), {}. {} files skipped.\n",
        s.sizes(),
        s.contradictions,
        s.severities(),
        s.other_findings().join(", "),
        s.skipped
    );
}

/// The table of stories: what each found, most severe contradictions first in the report.
pub fn stories(out: &mut String, rows: &[StoryLine], total: usize) {
    let _ = writeln!(
        out,
        "## Stories ({total})\n\n| {} |\n|{}",
        STORY_COLUMNS.join(" | "),
        "---|".repeat(STORY_COLUMNS.len())
    );
    for r in rows {
        let counts: Vec<String> = r.counts[3..].iter().map(usize::to_string).collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            escape(r.name()),
            r.articles,
            r.contradictions(),
            counts.join(" | ")
        );
    }
    if total > rows.len() {
        let _ = writeln!(out, "\n… and {} more stories.", total - rows.len());
    }
    out.push('\n');
}

fn table_heading(kind: Kind) -> Option<(&'static str, &'static str)> {
    match kind {
        Kind::Agreement => Some(("## Agreements", "articles")),
        Kind::SingleSource => Some(("## Said by one article only", "article")),
        _ => None,
    }
}

/// Opens a section: its heading, "None." when it is empty, a table's header row.
pub fn open(out: &mut String, sec: &Section, total: usize) {
    if let Some((heading, col)) = table_heading(sec.kind) {
        let _ = writeln!(out, "{heading} ({total})\n");
        if total == 0 {
            out.push_str("None.\n\n");
        } else {
            let _ = writeln!(
                out,
                "| subject | attribute | figure | {col} |\n|---|---|---|---|"
            );
        }
        return;
    }
    let (heading, none) = match sec.kind {
        Kind::Contradiction => ("## Contradictions", "None found."),
        Kind::Reconciled => ("## Reconciled: different figures that add up", "None."),
        _ => ("## Superseded figures", "None."),
    };
    let _ = writeln!(out, "{heading}\n");
    if total == 0 {
        let _ = writeln!(out, "{none}\n");
    }
}

/// One entry of a section, ending with a newline: a card, or a table row. A contradiction's
/// heading is written `### SEVERITY — …` and numbered as the report is put together
/// ([`number_cards`]), since a story's findings do not know their place in the corpus.
pub fn entry(out: &mut String, r: &Report, f: &Finding) {
    match f.kind {
        Kind::Contradiction => {
            let _ = writeln!(out, "### {} — {}\n", severity_word(f), title(f));
            let _ = writeln!(out, "{}\n", escape(&f.explanation));
            if let Some(a) = &f.arithmetic {
                let _ = writeln!(out, "Arithmetic: {}\n", escape(a));
            }
            quotes_table(out, r, f);
            let _ = writeln!(out, "Rules: {} · finding `{}`\n", f.rules.join(", "), f.id);
        }
        Kind::Reconciled => {
            let _ = writeln!(out, "### {}\n", title(f));
            if let Some(a) = &f.arithmetic {
                let _ = writeln!(out, "**{}**\n", escape(a));
            }
            let _ = writeln!(out, "{}\n", escape(&f.explanation));
            quotes_table(out, r, f);
            let _ = writeln!(out, "Rules: {} · finding `{}`\n", f.rules.join(", "), f.id);
        }
        Kind::Superseded => {
            let _ = writeln!(out, "### {}\n\n{}\n", title(f), escape(&f.explanation));
            quotes_table(out, r, f);
        }
        Kind::Agreement | Kind::SingleSource => row(out, f),
    }
}

fn row(out: &mut String, f: &Finding) {
    let value = f.sides.first().map(|s| s.label.as_str()).unwrap_or("");
    let mut docs: Vec<String> = f.shown_docs().iter().map(|d| doc_label(d)).collect();
    if f.sources < f.docs.len() {
        docs.push(format!("({} sources)", f.sources));
    }
    let inv = f
        .investor
        .as_deref()
        .map(|i| format!(" ← {}", escape(i)))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "| {}{} | {} | {} | {} |",
        escape(&f.subject),
        inv,
        escape(&f.attribute.replace('_', " ")),
        escape(value),
        escape(&docs.join(", "))
    );
}

/// Closes a section: says how many entries a capped section leaves to report.json.
pub fn close(out: &mut String, sec: &Section, total: usize, shown: usize) {
    let more = total.saturating_sub(shown);
    if table_heading(sec.kind).is_some() {
        if total > 0 {
            if more > 0 {
                let _ = writeln!(out, "\n… and {more} more (all in report.json).");
            }
            out.push('\n');
        }
    } else if more > 0 {
        let _ = writeln!(out, "… and {more} more (all in report.json).\n");
    }
}

/// The end of report.md: the skipped files.
pub fn tail(out: &mut String, skipped: &[Skipped]) {
    if !skipped.is_empty() {
        out.push_str("## Skipped files\n\n| file | reason |\n|---|---|\n");
        for s in skipped {
            let _ = writeln!(out, "| {} | {} |", escape(&s.path), escape(&s.reason));
        }
        out.push('\n');
    }
}

/// Copies contradiction cards, numbering their headings from `next`; returns the next number.
/// Escaped article text never starts a line with `#`, so only card headings do.
pub fn number_cards(
    src: &mut dyn BufRead,
    w: &mut dyn Write,
    mut next: usize,
) -> std::io::Result<usize> {
    let mut line = Vec::new();
    loop {
        line.clear();
        if src.read_until(b'\n', &mut line)? == 0 {
            return Ok(next);
        }
        match line.strip_prefix(b"### ") {
            Some(rest) => {
                write!(w, "### {next}. ")?;
                w.write_all(rest)?;
                next += 1;
            }
            None => w.write_all(&line)?,
        }
    }
}

/// How report.md is put together around its entries.
pub const LAYOUT: Layout = Layout {
    head,
    stories,
    open,
    close,
    tail,
    number: Some(number_cards),
};

/// Renders the report as Markdown.
pub fn render(r: &Report) -> String {
    LAYOUT.render_whole(r, |p| &p.md)
}

/// Writes `report.md`.
pub fn write(w: &mut dyn Write, r: &Report) -> std::io::Result<()> {
    LAYOUT.write_whole(w, r, |p| &p.md)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_defuses_markup() {
        assert_eq!(
            escape("[x](javascript:alert(1)) <b>|"),
            "\\[x\\]\\(javascript:alert\\(1\\)\\) &lt;b&gt;\\|"
        );
    }
}
