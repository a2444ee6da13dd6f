//! `report.md`: the findings for a person, in Markdown. Contradictions first, by severity,
//! with the competing quotes side by side; then reconciled figures with their arithmetic;
//! then superseded figures; then compact tables of agreements and single-source claims.
//! Every piece of article text is escaped so that it cannot inject links or HTML.

use std::fmt::Write as _;
use std::io::Write;

use super::model::{Report, in_context};
use crate::reconcile::{Finding, Kind, doc_label};

/// Rows of the agreement and single-source tables, at most (a huge run stays readable).
pub const TABLE_CAP: usize = 300;

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

/// Renders the report as Markdown.
pub fn render(r: &Report) -> String {
    let s = r.summary();
    let mut out = String::new();
    out.push_str("# claimrecon report\n\n");
    let _ = writeln!(
        out,
        "{} articles, {} claims, {} clusters. **{} contradictions** ({} high, {} medium, {} low), {} reconciled, {} superseded, {} agreements, {} single-source. {} files skipped.\n",
        s.articles,
        s.claims,
        s.clusters,
        s.contradictions,
        s.contradictions_high,
        s.contradictions_medium,
        s.contradictions_low,
        s.reconciled,
        s.superseded,
        s.agreements,
        s.single_source,
        s.skipped
    );
    out.push_str("## Contradictions\n\n");
    let contradictions: Vec<&Finding> = r.of_kind(Kind::Contradiction).collect();
    if contradictions.is_empty() {
        out.push_str("None found.\n\n");
    }
    for (n, f) in contradictions.iter().enumerate() {
        let _ = writeln!(out, "### {}. {} — {}\n", n + 1, severity_word(f), title(f));
        let _ = writeln!(out, "{}\n", escape(&f.explanation));
        if let Some(a) = &f.arithmetic {
            let _ = writeln!(out, "Arithmetic: {}\n", escape(a));
        }
        quotes_table(&mut out, r, f);
        let _ = writeln!(out, "Rules: {} · finding `{}`\n", f.rules.join(", "), f.id);
    }
    out.push_str("## Reconciled: different figures that add up\n\n");
    let reconciled: Vec<&Finding> = r.of_kind(Kind::Reconciled).collect();
    if reconciled.is_empty() {
        out.push_str("None.\n\n");
    }
    for f in reconciled {
        let _ = writeln!(out, "### {}\n", title(f));
        if let Some(a) = &f.arithmetic {
            let _ = writeln!(out, "**{}**\n", escape(a));
        }
        let _ = writeln!(out, "{}\n", escape(&f.explanation));
        quotes_table(&mut out, r, f);
        let _ = writeln!(out, "Rules: {} · finding `{}`\n", f.rules.join(", "), f.id);
    }
    out.push_str("## Superseded figures\n\n");
    let superseded: Vec<&Finding> = r.of_kind(Kind::Superseded).collect();
    if superseded.is_empty() {
        out.push_str("None.\n\n");
    }
    for f in superseded {
        let _ = writeln!(out, "### {}\n\n{}\n", title(f), escape(&f.explanation));
        quotes_table(&mut out, r, f);
    }
    table(&mut out, r, Kind::Agreement, "## Agreements", "articles");
    table(
        &mut out,
        r,
        Kind::SingleSource,
        "## Said by one article only",
        "article",
    );
    if !r.skipped.is_empty() {
        out.push_str("## Skipped files\n\n| file | reason |\n|---|---|\n");
        for s in r.skipped {
            let _ = writeln!(out, "| {} | {} |", escape(&s.path), escape(&s.reason));
        }
        out.push('\n');
    }
    out
}

fn table(out: &mut String, r: &Report, kind: Kind, heading: &str, col: &str) {
    let rows: Vec<&Finding> = r.of_kind(kind).collect();
    let _ = writeln!(out, "{heading} ({})\n", rows.len());
    if rows.is_empty() {
        out.push_str("None.\n\n");
        return;
    }
    let _ = writeln!(
        out,
        "| subject | attribute | figure | {col} |\n|---|---|---|---|"
    );
    for f in rows.iter().take(TABLE_CAP) {
        let value = f.sides.first().map(|s| s.label.as_str()).unwrap_or("");
        let mut docs: Vec<String> = f.docs.iter().map(|d| doc_label(d)).collect();
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
    if rows.len() > TABLE_CAP {
        let _ = writeln!(
            out,
            "\n… and {} more (all in report.json).",
            rows.len() - TABLE_CAP
        );
    }
    out.push('\n');
}

/// Writes `report.md`.
pub fn write(w: &mut dyn Write, r: &Report) -> std::io::Result<()> {
    w.write_all(render(r).as_bytes())
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
