//! `report.html`: one self-contained page (inline CSS and SVG; no script, font or style from
//! elsewhere) that shows before it tells. Beside each contradiction and reconciled figure it
//! draws, in inline SVG, what each article reports: one row per article, hedged figures
//! hollow, ranges and bounds as bars, the figure the arithmetic gives as a dashed line.
//! Every piece of article text is escaped.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::model::{Report, STORY_COLUMNS, Section, StoryLine, Summary, in_context};
use super::parts::Layout;
use crate::claim::{Claim, Qualifier};
use crate::ingest::Skipped;
use crate::reconcile::{Finding, Kind, bounds, doc_label, show_value};

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

const STYLE: &str = r#"
:root { --ink:#1d2330; --muted:#5b6475; --line:#d9dee7; --high:#b3261e; --medium:#b26a00; --low:#5b6475; --ok:#1f7a4d; --mark:#fff1a8; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 12px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 0 0 8px; }
.summary { color: var(--muted); margin: 0 0 8px; }
.counts span { display: inline-block; margin-right: 14px; font-weight: 600; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px; padding: 14px 16px; margin: 0 0 16px; page-break-inside: avoid; }
.sev-high { border-left-color: var(--high); } .sev-medium { border-left-color: var(--medium); } .sev-low { border-left-color: var(--low); } .ok { border-left-color: var(--ok); }
.badge { display: inline-block; font-size: 12px; font-weight: 700; color: #fff; border-radius: 3px; padding: 1px 6px; margin-right: 6px; vertical-align: 1px; }
.badge.high { background: var(--high); } .badge.medium { background: var(--medium); } .badge.low { background: var(--low); } .badge.ok { background: var(--ok); }
.hedged-tag { font-size: 12px; color: var(--muted); font-style: italic; }
.explain { margin: 8px 0; }
.arith { font-weight: 700; font-size: 16px; margin: 6px 0; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 10px; margin-top: 8px; }
.side { background: #f7f8fb; border-radius: 6px; padding: 8px 10px; }
.side h4 { margin: 0 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
blockquote { margin: 0 0 8px; padding: 0 0 0 8px; border-left: 3px solid var(--line); }
blockquote mark { background: var(--mark); padding: 0 1px; }
cite { display: block; font-style: normal; font-size: 12px; color: var(--muted); }
.rules { font-size: 12px; color: var(--muted); margin: 8px 0 0; }
svg { display: block; margin: 6px 0; max-width: 100%; height: auto; }
svg text { font: 11px system-ui, sans-serif; fill: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; border-bottom: 1px solid var(--line); padding: 4px 6px; vertical-align: top; }
th { background: #f1f3f7; }
@media print { body { max-width: none; padding: 0; } .finding { break-inside: avoid; } }
"#;

/// The top of report.html: the page head, the title and the counts.
pub fn head(out: &mut String, s: &Summary) {
    out.push_str("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
    out.push_str("<title>claimrecon report</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style></head><body>\n<header><h1>claimrecon report</h1>\n");
    let _ = writeln!(
        out,
        "<p class=\"summary\">{} · {} files skipped</p>",
        s.sizes().replace(", ", " · "),
        s.skipped
    );
    let [reconciled, rest @ ..] = s.other_findings();
    let rest: String = rest.iter().map(|f| format!("<span>{f}</span>")).collect();
    let _ = writeln!(
        out,
        "<p class=\"counts\"><span style=\"color:var(--high)\">{} contradictions ({})</span><span style=\"color:var(--ok)\">{reconciled}</span>{rest}</p></header>",
        s.contradictions,
        s.severities()
    );
}

/// The table of stories: what each found, with a link to its first contradiction.
pub fn stories(out: &mut String, rows: &[StoryLine], total: usize) {
    let head: String = STORY_COLUMNS
        .iter()
        .map(|c| format!("<th>{c}</th>"))
        .collect();
    let _ = writeln!(out, "<h2>Stories ({total})</h2>\n<table><tr>{head}</tr>");
    for r in rows {
        let contradictions = match &r.first {
            Some(id) => format!(
                "<a href=\"#{}\">{}</a>",
                escape(id),
                escape(&r.contradictions())
            ),
            None => escape(&r.contradictions()),
        };
        let counts: String = r.counts[3..]
            .iter()
            .map(|n| format!("<td>{n}</td>"))
            .collect();
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{contradictions}</td>{counts}</tr>",
            escape(r.name()),
            r.articles
        );
    }
    out.push_str("</table>\n");
    if total > rows.len() {
        let _ = writeln!(out, "<p>… and {} more stories.</p>", total - rows.len());
    }
}

fn is_table(kind: Kind) -> bool {
    matches!(kind, Kind::Agreement | Kind::SingleSource)
}

/// Opens a section: its heading, "None." when it is empty, a table's header row.
pub fn open(out: &mut String, sec: &Section, total: usize) {
    let (heading, none) = match sec.kind {
        Kind::Contradiction => ("Contradictions", "No contradiction found."),
        Kind::Reconciled => ("Reconciled: different figures that add up", "None."),
        Kind::Superseded => ("Superseded figures", "None."),
        Kind::Agreement => ("Agreements", "None."),
        Kind::SingleSource => ("Said by one article only", "None."),
    };
    if is_table(sec.kind) {
        let _ = writeln!(out, "<h2>{} ({total})</h2>", escape(heading));
        if total == 0 {
            out.push_str("<p>None.</p>\n");
        } else {
            out.push_str(
                "<table><tr><th>subject</th><th>attribute</th><th>figure</th><th>articles</th></tr>\n",
            );
        }
        return;
    }
    let _ = writeln!(out, "<h2>{}</h2>", escape(heading));
    if total == 0 {
        let _ = writeln!(out, "<p>{}</p>", escape(none));
    }
}

/// Closes a section: says how many entries a capped section leaves to report.json.
pub fn close(out: &mut String, sec: &Section, total: usize, shown: usize) {
    let more = total.saturating_sub(shown);
    if is_table(sec.kind) && total > 0 {
        out.push_str("</table>\n");
    }
    if more > 0 {
        let _ = writeln!(out, "<p>… and {more} more (all in report.json).</p>");
    }
}

/// The end of report.html: the skipped files.
pub fn tail(out: &mut String, skipped: &[Skipped]) {
    if !skipped.is_empty() {
        out.push_str("<h2>Skipped files</h2><table><tr><th>file</th><th>reason</th></tr>\n");
        for sk in skipped {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td></tr>",
                escape(&sk.path),
                escape(&sk.reason)
            );
        }
        out.push_str("</table>\n");
    }
    out.push_str("</body></html>\n");
}

/// One entry of a section, ending with a newline: a card, or a table row.
pub fn entry(out: &mut String, r: &Report, f: &Finding) {
    if is_table(f.kind) {
        row(out, f);
    } else {
        card(out, r, f);
    }
}

fn card(out: &mut String, r: &Report, f: &Finding) {
    let kind = f.kind;
    let (class, badge) = match (kind, f.severity) {
        (Kind::Contradiction, Some(s)) => {
            let w = format!("{s:?}").to_lowercase();
            (
                format!("sev-{w}"),
                format!("<span class=\"badge {w}\">{}</span>", w.to_uppercase()),
            )
        }
        (Kind::Reconciled, _) => (
            "ok".to_string(),
            "<span class=\"badge ok\">ADDS UP</span>".to_string(),
        ),
        _ => (String::new(), String::new()),
    };
    let inv = f
        .investor
        .as_deref()
        .map(|i| format!(" ← {}", escape(i)))
        .unwrap_or_default();
    let hedged = if f.hedged {
        " <span class=\"hedged-tag\">rests on hedged reports</span>"
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "<article class=\"finding {class}\" id=\"{}\"><h3>{badge}{} · {}{inv}{hedged}</h3>",
        escape(&f.id),
        escape(&f.subject),
        escape(&f.attribute.replace('_', " "))
    );
    if matches!(kind, Kind::Contradiction | Kind::Reconciled) {
        out.push_str(&plot(r, f));
    }
    if let Some(a) = &f.arithmetic {
        let _ = writeln!(out, "<p class=\"arith\">{}</p>", escape(a));
    }
    let _ = writeln!(out, "<p class=\"explain\">{}</p>", escape(&f.explanation));
    out.push_str("<div class=\"sides\">");
    for side in &f.sides {
        let _ = write!(
            out,
            "<div class=\"side\"><h4>{}{}</h4>",
            escape(&side.label),
            if side.hedged { " · hedged" } else { "" }
        );
        for c in r.quoted_claims(side) {
            let (before, quote, after) = in_context(c);
            let outlet = r
                .outlet(&c.doc)
                .map(|o| format!(" · {}", escape(o)))
                .unwrap_or_default();
            let _ = write!(
                out,
                "<blockquote>{}<mark>{}</mark>{}<cite>{}{}{}</cite></blockquote>",
                escape(before),
                escape(quote),
                escape(after),
                escape(&doc_label(&c.doc)),
                outlet,
                if c.hedged { " · hedged" } else { "" }
            );
        }
        out.push_str("</div>");
    }
    out.push_str("</div>");
    let _ = writeln!(
        out,
        "<p class=\"rules\">rules: {} · finding {}</p></article>",
        escape(&f.rules.join(", ")),
        escape(&f.id)
    );
}

fn row(out: &mut String, f: &Finding) {
    let inv = f
        .investor
        .as_deref()
        .map(|i| format!(" ← {}", escape(i)))
        .unwrap_or_default();
    let label = f.sides.first().map(|s| s.label.as_str()).unwrap_or("");
    let mut docs: Vec<String> = f.shown_docs().iter().map(|d| doc_label(d)).collect();
    if f.sources < f.docs.len() {
        docs.push(format!("({} sources)", f.sources));
    }
    let _ = writeln!(
        out,
        "<tr title=\"{}\"><td>{}{inv}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        escape(&f.explanation),
        escape(&f.subject),
        escape(&f.attribute.replace('_', " ")),
        escape(label),
        escape(&docs.join(", "))
    );
}

/// How report.html is put together around its entries.
pub const LAYOUT: Layout = Layout {
    head,
    stories,
    open,
    close,
    tail,
    number: None,
};

/// Renders the report as one HTML page.
pub fn render(r: &Report) -> String {
    LAYOUT.render_whole(r, |p| &p.html)
}

/// Writes `report.html`.
pub fn write(w: &mut dyn Write, r: &Report) -> std::io::Result<()> {
    LAYOUT.write_whole(w, r, |p| &p.html)
}

struct Row<'a> {
    label: String,
    claim: &'a Claim,
    column: usize,
}

/// Draws what each article reports: figures on a common axis, or, for conditions and forms,
/// which side each article is on.
fn plot(r: &Report, f: &Finding) -> String {
    // One row per article and figure; a firm claim wins over a hedged one of the same figure.
    let mut rows: Vec<Row> = Vec::new();
    let mut seen: std::collections::BTreeMap<(&str, &str, String, Qualifier, usize), usize> =
        Default::default();
    for (col, side) in f.sides.iter().enumerate() {
        for id in &side.claims {
            let Some(c) = r.claim(id) else { continue };
            let key = (
                &*c.doc,
                &*c.attribute,
                format!("{:?}", c.value),
                c.qualifier,
                col,
            );
            match seen.get(&key) {
                Some(&i) if rows[i].claim.hedged && !c.hedged => rows[i].claim = c,
                Some(_) => {}
                None => {
                    seen.insert(key, rows.len());
                    let label = match r.outlet(&c.doc) {
                        Some(o) => format!(
                            "{} {} · {}",
                            doc_label(&c.doc),
                            o,
                            c.attribute.replace('_', " ")
                        ),
                        None => {
                            format!("{} · {}", doc_label(&c.doc), c.attribute.replace('_', " "))
                        }
                    };
                    rows.push(Row {
                        label,
                        claim: c,
                        column: col,
                    });
                }
            }
        }
    }
    if rows.is_empty() {
        return String::new();
    }
    let numeric = rows.iter().all(|row| row.claim.value.number().is_some()) && {
        let units: BTreeSet<&str> = rows.iter().map(|row| &*row.claim.unit).collect();
        units.len() == 1
    };
    if numeric {
        figure_plot(&rows, f.computed)
    } else {
        side_plot(&rows, f)
    }
}

const W: f64 = 640.0;
const LEFT: f64 = 190.0;
const RIGHT: f64 = 20.0;
const ROW: f64 = 22.0;

fn figure_plot(rows: &[Row], computed: Option<Decimal>) -> String {
    let unit = rows[0].claim.unit.clone();
    let f64v = |d: Decimal| d.to_f64().unwrap_or(0.0);
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for row in rows {
        let v = f64v(row.claim.value.number().unwrap_or_default());
        lo = lo.min(v);
        hi = hi.max(v);
        if let Some((b, _)) = bounds(row.claim)
            && row.claim.qualifier == Qualifier::Range
        {
            lo = lo.min(f64v(b.0));
            hi = hi.max(b.1.map_or(hi, f64v));
        }
    }
    if let Some(c) = computed {
        lo = lo.min(f64v(c));
        hi = hi.max(f64v(c));
    }
    if (hi - lo).abs() < f64::EPSILON {
        let pad = (hi.abs() * 0.1).max(1.0);
        lo -= pad;
        hi += pad;
    }
    let pad = (hi - lo) * 0.12;
    let (lo, hi) = (
        (lo - pad).max(if lo >= 0.0 { 0.0 } else { f64::MIN }),
        hi + pad,
    );
    let x = |v: f64| LEFT + (v - lo) / (hi - lo) * (W - LEFT - RIGHT);
    let h = ROW * rows.len() as f64 + 28.0;
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg viewBox=\"0 0 {W} {h}\" width=\"{W}\" height=\"{h}\" role=\"img\" aria-label=\"figures each article reports\">"
    );
    let _ = write!(
        s,
        "<line x1=\"{LEFT}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#d9dee7\"/>",
        h - 18.0,
        W - RIGHT,
        h - 18.0
    );
    let tick = |v: f64| {
        show_value(
            Decimal::from_f64_retain(v).unwrap_or_default().round_dp(2),
            &unit,
        )
    };
    let _ = write!(
        s,
        "<text x=\"{LEFT}\" y=\"{}\">{}</text>",
        h - 4.0,
        escape(&tick(lo))
    );
    let _ = write!(
        s,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
        W - RIGHT,
        h - 4.0,
        escape(&tick(hi))
    );
    for (i, row) in rows.iter().enumerate() {
        let y = 14.0 + ROW * i as f64;
        let c = row.claim;
        let v = f64v(c.value.number().unwrap_or_default());
        let color = ["#3659c9", "#b3261e", "#1f7a4d", "#b26a00", "#6b3fa0"][row.column % 5];
        let _ = write!(
            s,
            "<text x=\"4\" y=\"{}\">{}</text>",
            y + 4.0,
            escape(&row.label.chars().take(30).collect::<String>())
        );
        match (c.qualifier, c.range) {
            (Qualifier::Range, Some(rg)) => {
                let _ = write!(
                    s,
                    "<rect x=\"{:.1}\" y=\"{}\" width=\"{:.1}\" height=\"8\" fill=\"{color}\" opacity=\"0.35\"/>",
                    x(f64v(rg.0)),
                    y - 4.0,
                    (x(f64v(rg.1)) - x(f64v(rg.0))).max(2.0)
                );
            }
            (Qualifier::UpTo, _) => {
                let _ = write!(
                    s,
                    "<line x1=\"{:.1}\" y1=\"{y}\" x2=\"{:.1}\" y2=\"{y}\" stroke=\"{color}\" stroke-width=\"3\" opacity=\"0.35\"/>",
                    x(lo.max(0.0)),
                    x(v)
                );
            }
            (Qualifier::AtLeast, _) => {
                let _ = write!(
                    s,
                    "<line x1=\"{:.1}\" y1=\"{y}\" x2=\"{:.1}\" y2=\"{y}\" stroke=\"{color}\" stroke-width=\"3\" opacity=\"0.35\"/><text x=\"{:.1}\" y=\"{}\">→</text>",
                    x(v),
                    W - RIGHT,
                    W - RIGHT - 8.0,
                    y + 4.0
                );
            }
            (Qualifier::Approx, _) => {
                let _ = write!(
                    s,
                    "<line x1=\"{:.1}\" y1=\"{y}\" x2=\"{:.1}\" y2=\"{y}\" stroke=\"{color}\" stroke-width=\"3\" opacity=\"0.35\"/>",
                    x(v * 0.98),
                    x(v * 1.02)
                );
            }
            _ => {}
        }
        let fill = if c.hedged { "#fff" } else { color };
        let _ = write!(
            s,
            "<circle cx=\"{:.1}\" cy=\"{y}\" r=\"5\" fill=\"{fill}\" stroke=\"{color}\" stroke-width=\"2\"><title>{}</title></circle>",
            x(v),
            escape(&c.quote)
        );
    }
    if let Some(cv) = computed {
        let cx = x(f64v(cv));
        let _ = write!(
            s,
            "<line x1=\"{cx:.1}\" y1=\"2\" x2=\"{cx:.1}\" y2=\"{}\" stroke=\"#1f7a4d\" stroke-dasharray=\"4 3\"/><text x=\"{:.1}\" y=\"{}\">{}</text>",
            h - 18.0,
            cx + 3.0,
            h - 22.0,
            escape(&show_value(cv, &unit))
        );
    }
    s.push_str("</svg>");
    s
}

fn side_plot(rows: &[Row], f: &Finding) -> String {
    let cols = f.sides.len().max(1);
    let colw = (W - LEFT - RIGHT) / cols as f64;
    // Whether every row of an article on a side is hedged, for each article and side with a
    // row, by article (in byte order) and side: gathered in one pass, and drawn article by
    // article from it (searching rows, or sides, for every article would be quadratic in a
    // finding of many articles and sides).
    let mut marks: BTreeMap<(&str, usize), bool> = BTreeMap::new();
    for r in rows {
        let all_hedged = marks.entry((&*r.claim.doc, r.column)).or_insert(true);
        *all_hedged &= r.claim.hedged;
    }
    let marks: Vec<((&str, usize), bool)> = marks.into_iter().collect();
    let docs: Vec<&[((&str, usize), bool)]> = marks.chunk_by(|a, b| a.0.0 == b.0.0).collect();
    let h = ROW * docs.len() as f64 + 30.0;
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg viewBox=\"0 0 {W} {h}\" width=\"{W}\" height=\"{h}\" role=\"img\" aria-label=\"which side each article is on\">"
    );
    for (j, side) in f.sides.iter().enumerate() {
        let cx = LEFT + colw * (j as f64 + 0.5);
        let _ = write!(
            s,
            "<text x=\"{cx:.1}\" y=\"12\" text-anchor=\"middle\">{}</text>",
            escape(&side.label.chars().take(36).collect::<String>())
        );
    }
    for (i, doc_marks) in docs.iter().enumerate() {
        let y = 30.0 + ROW * i as f64;
        let doc = doc_marks[0].0.0;
        let _ = write!(
            s,
            "<text x=\"4\" y=\"{}\">{}</text>",
            y + 4.0,
            escape(&doc_label(doc))
        );
        for &((_, j), hedged) in *doc_marks {
            let color = ["#3659c9", "#b3261e", "#1f7a4d", "#b26a00"][j % 4];
            let cx = LEFT + colw * (j as f64 + 0.5);
            let _ = write!(
                s,
                "<circle cx=\"{cx:.1}\" cy=\"{y}\" r=\"6\" fill=\"{}\" stroke=\"{color}\" stroke-width=\"2\"/>",
                if hedged { "#fff" } else { color }
            );
        }
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_defuses_html() {
        assert_eq!(
            escape("<img src=x onerror=\"alert(1)\">&'"),
            "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;"
        );
    }
}
