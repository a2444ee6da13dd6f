//! HTML pages: the article's main text, title, date, outlet and url.
//!
//! The main text is found by scoring blocks, in the manner of Readability: every paragraph-like
//! block outside navigation, headers, footers, asides, forms and boilerplate-named containers
//! scores by its length and commas, less its share of link text; each block credits its parent
//! fully and its grandparent by half; the best container wins, together with those of its
//! siblings that carry text of their own. Blocks are emitted in document order, one line each.

use std::collections::HashMap;

use ego_tree::NodeId;
use scraper::{ElementRef, Html, Node, Selector};

use super::{Meta, furniture};

/// Elements whose content is never article text.
const EXCLUDED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button",
    "select", "option", "svg", "iframe", "canvas", "menu", "dialog", "head", "title", "label",
    "input", "textarea",
];

/// Block elements emitted as one line each.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "td",
];

/// Fragments of class or id names that mark boilerplate containers.
const BOILERPLATE_NAMES: &[&str] = &[
    "comment",
    "share",
    "sharing",
    "social",
    "related",
    "recommend",
    "promo",
    "newsletter",
    "subscribe",
    "advert",
    "sponsor",
    "banner",
    "breadcrumb",
    "footer",
    "sidebar",
    "side-bar",
    "widget",
    "popular",
    "trending",
    "most-read",
    "outbrain",
    "taboola",
    "cookie",
    "consent",
    "paywall",
    "signup",
    "sign-up",
    "author-bio",
    "byline-social",
    "tags",
    "toolbar",
    "masthead",
    "nav",
    "menu",
    "teaser",
    "read-more",
    "readmore",
    "more-stories",
    "caption",
    "modal",
    "hidden",
    "skip-link",
    "print-only",
];

/// Words inside boilerplate names that are not boilerplate ("navigation" aside, "unavailable").
fn boilerplate_name(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    if n.contains("article") && (n.contains("body") || n.contains("content") || n.contains("text"))
    {
        return false;
    }
    BOILERPLATE_NAMES.iter().any(|b| {
        n.split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .any(|tok| tok == *b || (b.len() > 4 && tok.starts_with(b)))
    })
}

struct Block {
    node: NodeId,
    text: String,
    link_len: usize,
    heading: bool,
}

/// Returns the charset an HTML page declares in its first 2 KiB, if any.
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let i = head.find("charset=")?;
    let rest = &head[i + 8..];
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    (end > 0).then(|| rest[..end].to_string())
}

/// Extracts metadata and main text from an HTML page.
///
/// The main text comes from dom_smoothie (a port of Mozilla's Readability on html5ever,
/// chosen by measurement: see ARCHITECTURE.md), cleaned of the page furniture it keeps
/// (captions, credits, bylines, share prompts, repeated lines); where it finds nothing, from
/// our own block scoring. The headline is metadata (`Meta::title`), not part of the text.
pub fn extract(html: &str) -> (Meta, String) {
    // A page nested deeper than any real one (a hostile or broken page) costs DOM builders
    // and scorers time that grows faster than its size: read its text without a DOM.
    if nesting_depth(html) > MAX_DEPTH {
        return (Meta::default(), furniture::strip(&text_without_dom(html)));
    }
    let mut doc = Html::parse_document(html);
    let mut meta = metadata(&doc);
    // Containers named as boilerplate ("related-stories", "share-bar", "newsletter") go
    // before Readability scores the page: it would keep those inside the article element.
    let cleaned = strip_boilerplate(&mut doc);
    let readable = readability(cleaned.as_deref().unwrap_or(html));
    let body = match &readable {
        Some(a) if !a.text_content.trim().is_empty() => a.text_content.to_string(),
        _ => {
            let blocks = collect_blocks(&doc);
            main_text(&doc, &blocks)
        }
    };
    if let Some(a) = &readable {
        if meta.date.is_none() {
            meta.date = a.published_time.as_deref().and_then(iso_date);
        }
        if meta.outlet.is_none() {
            meta.outlet = a.site_name.clone().filter(|s| !s.trim().is_empty());
        }
        if meta.title.is_none() && !a.title.trim().is_empty() {
            meta.title = Some(squash(&a.title));
        }
    }
    // The headline stays in the metadata: the page's main text is the article body.
    let text = furniture::trim_teasers(&furniture::strip(&clean_lines(&body)));
    (meta, text)
}

/// Detaches boilerplate-named and hidden subtrees from the page; returns the cleaned HTML when
/// anything was removed.
fn strip_boilerplate(doc: &mut Html) -> Option<String> {
    let mut doomed: Vec<NodeId> = Vec::new();
    visit_pruned(doc, |el| {
        let v = el.value();
        let named = [v.attr("class").unwrap_or(""), v.attr("id").unwrap_or("")]
            .iter()
            .any(|n| !n.is_empty() && surely_boilerplate(n));
        let doom = named && !matches!(v.name(), "html" | "body" | "main" | "article");
        if doom {
            doomed.push(el.id());
        }
        doom
    });
    if doomed.is_empty() {
        return None;
    }
    for id in doomed {
        if let Some(mut n) = doc.tree.get_mut(id) {
            n.detach();
        }
    }
    Some(doc.html())
}

/// Names of containers that never hold article text (a stricter list than
/// [`BOILERPLATE_NAMES`], which also guides our own block scoring).
const SURELY_BOILERPLATE: &[&str] = &[
    "related",
    "recommend",
    "newsletter",
    "outbrain",
    "taboola",
    "most-read",
    "trending",
    "share-bar",
    "social-share",
    "sharing",
];

fn surely_boilerplate(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.split(|c: char| c.is_whitespace())
        .any(|tok| SURELY_BOILERPLATE.iter().any(|b| tok.contains(b)))
}

/// Deepest element nesting we parse into a DOM; real pages stay far below it.
const MAX_DEPTH: usize = 1500;

/// Elements that never take a closing tag.
const VOID_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Estimates the deepest nesting of elements in one linear pass over the markup.
fn nesting_depth(html: &str) -> usize {
    let b = html.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    while let Some(off) = memchr_lt(&b[i..]) {
        i += off + 1;
        match b.get(i) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_end = b[i..]
                    .iter()
                    .position(|c| !c.is_ascii_alphanumeric())
                    .map_or(b.len(), |p| i + p);
                let name = html[i..name_end].to_ascii_lowercase();
                let tag_end = b[i..]
                    .iter()
                    .position(|&c| c == b'>')
                    .map_or(b.len(), |p| i + p);
                let self_closing = tag_end > 0 && b.get(tag_end - 1) == Some(&b'/');
                if !VOID_TAGS.contains(&name.as_str()) && !self_closing {
                    depth += 1;
                    max = max.max(depth);
                }
            }
            _ => {}
        }
    }
    max
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'<')
}

/// The text of a page read without a DOM: tags dropped (script and style with their content),
/// block tags as line breaks, entities of the common kinds decoded.
fn text_without_dom(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 4);
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    while i < html.len() {
        match html[i..].find('<') {
            None => {
                out.push_str(&html[i..]);
                break;
            }
            Some(off) => {
                out.push_str(&html[i..i + off]);
                let start = i + off;
                let end = html[start..]
                    .find('>')
                    .map_or(html.len(), |p| start + p + 1);
                let tag = &lower[start..end];
                for skipped in ["<script", "<style"] {
                    if tag.starts_with(skipped) {
                        let close = format!("</{}", &skipped[1..]);
                        let resume = lower[end..].find(&close).map_or(html.len(), |p| end + p);
                        i = resume;
                        break;
                    }
                }
                if tag.starts_with("<script") || tag.starts_with("<style") {
                    continue;
                }
                if [
                    "<p", "</p", "<br", "<div", "</div", "<h", "</h", "<li", "</li",
                ]
                .iter()
                .any(|t| tag.starts_with(t))
                {
                    out.push('\n');
                }
                i = end;
            }
        }
    }
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    decoded
        .lines()
        .map(squash)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs dom_smoothie; `None` when it finds no readable content or fails.
fn readability(html: &str) -> Option<dom_smoothie::Article> {
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let mut r = dom_smoothie::Readability::new(html, None, Some(cfg)).ok()?;
    r.parse().ok()
}

/// Folds whitespace in each line, drops empty lines, repeated lines (a caption shown twice),
/// and lines that are page furniture by their shape (see [`furniture::is_furniture_line`]).
fn clean_lines(body: &str) -> String {
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut out: Vec<String> = Vec::new();
    for line in body.lines() {
        let l = squash(line);
        if l.is_empty() || furniture::is_furniture_line(&l) {
            continue;
        }
        if l.len() > 20 && !seen.insert(l.clone()) {
            continue;
        }
        out.push(l);
    }
    out.join("\n")
}

fn first_h1(doc: &Html) -> Option<String> {
    let sel = Selector::parse("h1").ok()?;
    doc.select(&sel)
        .map(|e| squash(&e.text().collect::<String>()))
        .find(|t| !t.is_empty())
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_excluded(el: &ElementRef) -> bool {
    let v = el.value();
    if EXCLUDED_TAGS.contains(&v.name()) {
        return true;
    }
    if v.attr("hidden").is_some() || v.attr("aria-hidden") == Some("true") {
        return true;
    }
    if let Some(style) = v.attr("style") {
        let s = style.replace(' ', "").to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    if matches!(
        v.attr("role"),
        Some("navigation" | "banner" | "contentinfo" | "complementary")
    ) {
        return true;
    }
    let names = [v.attr("class").unwrap_or(""), v.attr("id").unwrap_or("")];
    names.iter().any(|n| !n.is_empty() && boilerplate_name(n))
        || (v.name() == "header" && !has_article_ancestor(el))
}

fn has_article_ancestor(el: &ElementRef) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == "article")
}

/// Collects paragraph-like blocks outside excluded subtrees, in document order, iteratively
/// (no recursion: deeply nested pages must not exhaust the stack).
fn collect_blocks(doc: &Html) -> Vec<Block> {
    let mut blocks = Vec::new();
    visit_pruned(doc, |el| {
        if is_excluded(&el) {
            return true;
        }
        let name = el.value().name();
        let is_block = BLOCK_TAGS.contains(&name) || (name == "div" && has_direct_text(&el));
        if is_block {
            // A block's text includes its descendants: they are not blocks of their own.
            let (text, link_len) = block_text(&el);
            if !text.is_empty() {
                blocks.push(Block {
                    node: el.id(),
                    text,
                    link_len,
                    heading: name.starts_with('h') && name.len() == 2,
                });
            }
        }
        is_block
    });
    blocks
}

/// Visits the elements of a page in document order, without recursion (deeply nested pages
/// must not exhaust the stack); where `visit` returns true, the element's subtree is skipped.
fn visit_pruned(doc: &Html, mut visit: impl FnMut(ElementRef) -> bool) {
    let mut skip_until: Option<NodeId> = None;
    for edge in doc.root_element().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => {
                if skip_until.is_none()
                    && let Some(el) = ElementRef::wrap(node)
                    && visit(el)
                {
                    skip_until = Some(node.id());
                }
            }
            ego_tree::iter::Edge::Close(node) => {
                if skip_until == Some(node.id()) {
                    skip_until = None;
                }
            }
        }
    }
}

fn has_direct_text(el: &ElementRef) -> bool {
    el.children()
        .filter_map(|c| match c.value() {
            Node::Text(t) => Some(t.trim().len()),
            _ => None,
        })
        .sum::<usize>()
        >= 40
}

/// Returns a block's text (whitespace folded, excluded subtrees left out) and its link text length.
fn block_text(el: &ElementRef) -> (String, usize) {
    let mut out = String::new();
    let mut link_len = 0;
    let mut skip_until: Option<NodeId> = None;
    let mut link_depth: Vec<NodeId> = Vec::new();
    for edge in el.traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => {
                if skip_until.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(e) => {
                        let child = ElementRef::wrap(node).expect("element");
                        if node.id() != el.id() && is_excluded(&child) {
                            skip_until = Some(node.id());
                        } else if e.name() == "a" {
                            link_depth.push(node.id());
                        } else if e.name() == "br" {
                            out.push(' ');
                        }
                    }
                    Node::Text(t) => {
                        out.push_str(t);
                        if !link_depth.is_empty() {
                            link_len += t.trim().len();
                        }
                    }
                    _ => {}
                }
            }
            ego_tree::iter::Edge::Close(node) => {
                if skip_until == Some(node.id()) {
                    skip_until = None;
                } else if link_depth.last() == Some(&node.id()) {
                    link_depth.pop();
                }
            }
        }
    }
    (squash(&out), link_len)
}

fn main_text(doc: &Html, blocks: &[Block]) -> String {
    let parent_of = |id: NodeId| doc.tree.get(id).and_then(|n| n.parent()).map(|p| p.id());
    let mut score: HashMap<NodeId, f64> = HashMap::new();
    for b in blocks {
        let len = b.text.chars().count();
        if len < 25 || b.heading {
            continue;
        }
        let density = b.link_len as f64 / b.text.len().max(1) as f64;
        if density > 0.5 {
            continue;
        }
        let s = (1.0 + b.text.matches(',').count() as f64 + (len as f64 / 100.0).min(3.0))
            * (1.0 - density);
        if let Some(p) = parent_of(b.node) {
            *score.entry(p).or_default() += s;
            if let Some(g) = parent_of(p) {
                *score.entry(g).or_default() += s / 2.0;
            }
        }
    }
    let Some((&best, &best_score)) = score.iter().max_by(|a, b| {
        a.1.partial_cmp(b.1)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(b.0.cmp(a.0))
    }) else {
        return blocks
            .iter()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
    };
    // The winner and those of its siblings that score on their own.
    let mut roots = vec![best];
    if let Some(parent) = parent_of(best) {
        for sib in doc.tree.get(parent).into_iter().flat_map(|p| p.children()) {
            if sib.id() != best && score.get(&sib.id()).copied().unwrap_or(0.0) >= best_score * 0.2
            {
                roots.push(sib.id());
            }
        }
    }
    let inside = |id: NodeId| {
        let mut cur = Some(id);
        while let Some(c) = cur {
            if roots.contains(&c) {
                return true;
            }
            cur = parent_of(c);
        }
        false
    };
    let mut lines: Vec<&str> = Vec::new();
    for b in blocks {
        if !inside(b.node) {
            continue;
        }
        let density = b.link_len as f64 / b.text.len().max(1) as f64;
        if density > 0.6 && !b.heading {
            continue;
        }
        lines.push(&b.text);
    }
    lines.join("\n")
}

fn meta_content(doc: &Html, selectors: &[&str]) -> Option<String> {
    for s in selectors {
        let Ok(sel) = Selector::parse(s) else {
            continue;
        };
        for e in doc.select(&sel) {
            let v = e
                .value()
                .attr("content")
                .or_else(|| e.value().attr("datetime"))
                .or_else(|| e.value().attr("href"));
            if let Some(v) = v.map(str::trim).filter(|v| !v.is_empty()) {
                return Some(v.to_string());
            }
        }
    }
    None
}

fn json_ld(doc: &Html) -> Vec<serde_json::Value> {
    let Ok(sel) = Selector::parse(r#"script[type="application/ld+json"]"#) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for e in doc.select(&sel) {
        let raw: String = e.text().collect();
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(raw.trim()) {
            flatten_ld(v, &mut out);
        }
    }
    out
}

fn flatten_ld(v: serde_json::Value, out: &mut Vec<serde_json::Value>) {
    match v {
        serde_json::Value::Array(a) => a.into_iter().for_each(|x| flatten_ld(x, out)),
        serde_json::Value::Object(mut o) => {
            if let Some(g) = o.remove("@graph") {
                flatten_ld(g, out);
            }
            out.push(serde_json::Value::Object(o));
        }
        _ => {}
    }
}

fn ld_str(v: &serde_json::Value, key: &str) -> Option<String> {
    match v.get(key)? {
        serde_json::Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        serde_json::Value::Object(o) => o
            .get("name")
            .and_then(|n| n.as_str())
            .map(|s| s.trim().to_string()),
        serde_json::Value::Array(a) => a.first().and_then(|x| {
            x.as_str()
                .map(str::to_string)
                .or_else(|| x.get("name")?.as_str().map(str::to_string))
        }),
        _ => None,
    }
}

fn metadata(doc: &Html) -> Meta {
    let ld = json_ld(doc);
    let is_article = |v: &&serde_json::Value| {
        v.get("@type")
            .map(|t| t.to_string().to_ascii_lowercase())
            .is_some_and(|t| t.contains("article") || t.contains("posting") || t.contains("report"))
    };
    let ld_article = ld.iter().find(is_article);
    let title = meta_content(
        doc,
        &[
            r#"meta[property="og:title"]"#,
            r#"meta[name="twitter:title"]"#,
        ],
    )
    .or_else(|| ld_article.and_then(|a| ld_str(a, "headline")))
    .or_else(|| first_h1(doc))
    .or_else(|| {
        let sel = Selector::parse("title").ok()?;
        doc.select(&sel)
            .next()
            .map(|e| squash(&e.text().collect::<String>()))
            .filter(|t| !t.is_empty())
    });
    let date = meta_content(
        doc,
        &[
            r#"meta[property="article:published_time"]"#,
            r#"meta[name="article:published_time"]"#,
            r#"meta[itemprop="datePublished"]"#,
            r#"meta[name="pubdate"]"#,
            r#"meta[name="publishdate"]"#,
            r#"meta[name="date"]"#,
            r#"meta[name="dc.date.issued"]"#,
            r#"meta[name="DC.date.issued"]"#,
            r#"meta[name="parsely-pub-date"]"#,
            r#"meta[name="sailthru.date"]"#,
            r#"meta[property="og:published_time"]"#,
            r#"meta[name="publish-date"]"#,
            r#"meta[name="publication_date"]"#,
            r#"meta[name="citation_publication_date"]"#,
            r#"meta[itemprop="dateCreated"]"#,
            r#"meta[property="article:modified_time"]"#,
            r#"meta[itemprop="dateModified"]"#,
        ],
    )
    .and_then(|d| iso_date(&d))
    .or_else(|| {
        ld_article
            .and_then(|a| ld_str(a, "datePublished"))
            .and_then(|d| iso_date(&d))
    })
    .or_else(|| {
        ld.iter()
            .find_map(|a| ld_str(a, "datePublished"))
            .and_then(|d| iso_date(&d))
    })
    .or_else(|| meta_content(doc, &["time[datetime]"]).and_then(|d| iso_date(&d)))
    .or_else(|| {
        // The text of a <time> element, or of an element whose class names a date.
        let sel = Selector::parse(
            r#"time, [class*="date"], [class*="published"], [itemprop="datePublished"]"#,
        )
        .ok()?;
        doc.select(&sel)
            .take(20)
            .find_map(|e| iso_date(&squash(&e.text().collect::<String>())))
    });
    let url = meta_content(
        doc,
        &[r#"meta[property="og:url"]"#, r#"link[rel="canonical"]"#],
    )
    .or_else(|| ld_article.and_then(|a| ld_str(a, "url")));
    // A date in the article's address: ".../2019/11/19/story".
    let date = date.or_else(|| url.as_deref().and_then(date_in_url));
    let outlet = meta_content(doc, &[r#"meta[property="og:site_name"]"#])
        .filter(|o| !o.starts_with('@'))
        .or_else(|| ld_article.and_then(|a| ld_str(a, "publisher")))
        .or_else(|| meta_content(doc, &[r#"meta[name="application-name"]"#]))
        .filter(|o| !o.starts_with('@'))
        .or_else(|| url.as_deref().and_then(host_of));
    Meta {
        title,
        date,
        outlet,
        url,
    }
}

/// Keeps the ISO 8601 date part of a timestamp ("2024-05-01T10:00:00Z" → "2024-05-01").
/// Reads a date in any of the shapes pages write it ("2024-05-01T10:00:00Z", "2024/05/01",
/// "May 1, 2024", "Tue, 01 May 2024 08:38:00 GMT") as ISO 8601 (`2024-05-01`); `None` when
/// the text holds no full date.
fn iso_date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() >= 10
        && matches!(b[4], b'-' | b'/' | b'.')
        && b[7] == b[4]
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[8..10].iter().all(u8::is_ascii_digit)
    {
        return Some(format!("{}-{}-{}", &s[..4], &s[5..7], &s[8..10]));
    }
    if s.len() > 200 {
        return None;
    }
    let (mentions, _) = crate::extract::mentions::scan(s);
    mentions
        .iter()
        .filter_map(|m| m.date.as_deref())
        .find(|d| d.len() == 10 && !d.starts_with("--"))
        .map(str::to_string)
}

fn date_in_url(url: &str) -> Option<String> {
    use crate::extract::lexicon::MONTHS;
    let parts: Vec<String> = url
        .split('/')
        .map(
            |p| match MONTHS.iter().find(|(m, _)| p.eq_ignore_ascii_case(m)) {
                Some((_, n)) => format!("{n:02}"), // ".../2019/nov/18/..."
                None => p.to_string(),
            },
        )
        .collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    parts.windows(3).find_map(|w| {
        let ok = w[0].len() == 4
            && w[0].starts_with("20")
            && w[1].len() == 2
            && w[2].len() >= 2
            && w[2].is_char_boundary(2);
        if !ok {
            return None;
        }
        let day = &w[2][..2];
        (ok && [w[0], w[1], day]
            .iter()
            .all(|p| p.bytes().all(|c| c.is_ascii_digit())))
        .then(|| format!("{}-{}-{}", w[0], w[1], day))
        .filter(|d| {
            d[5..7].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
                && d[8..10].parse::<u32>().is_ok_and(|x| (1..=31).contains(&x))
        })
    })
}

fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .trim_start_matches("www.");
    (!host.is_empty()).then(|| host.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_without_navigation_and_related_links() {
        let page = r#"<html><head><title>Acme raises $5M | Wire</title>
<meta property="og:site_name" content="The Wire"><meta property="article:published_time" content="2024-05-01T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
<div class="content"><h1>Acme raises $5M</h1>
<p>Acme, a maker of widgets, said on Tuesday it raised $5 million in a round led by Beta Capital, valuing it at $50 million.</p>
<p>The company will use the money to hire engineers, open an office in Berlin, and expand its sales team, it said.</p>
<div class="related-stories"><p>Gamma raises $9 million for robots, and other stories you may like to read today.</p></div>
</div><footer><p>Copyright 2024 The Wire, all rights reserved, and some more words here.</p></footer></body></html>"#;
        let (meta, text) = extract(page);
        assert_eq!(meta.outlet.as_deref(), Some("The Wire"));
        assert_eq!(meta.date.as_deref(), Some("2024-05-01"));
        assert!(text.contains("raised $5 million"), "{text}");
        assert!(text.contains("hire engineers"));
        assert!(!text.contains("Gamma"), "{text}");
        assert!(!text.contains("Copyright"));
        assert!(!text.contains("Home"));
    }

    #[test]
    fn charset_is_read_from_meta() {
        assert_eq!(
            declared_charset(br#"<meta charset="windows-1251">"#).as_deref(),
            Some("windows-1251")
        );
        assert_eq!(
            declared_charset(
                br#"<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">"#
            )
            .as_deref(),
            Some("shift_jis")
        );
    }
}
