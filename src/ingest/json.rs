//! JSON articles: one object per `.json` file or per `.jsonl` line, usual field names.

use serde_json::Value;

use super::{Meta, furniture};

const TITLE: &[&str] = &["title", "headline", "name"];
const TEXT: &[&str] = &[
    "text",
    "body",
    "content",
    "articleBody",
    "article_body",
    "maintext",
    "fulltext",
];
const URL: &[&str] = &["url", "link", "canonical_url", "source_url"];
const DATE: &[&str] = &[
    "date",
    "published",
    "datePublished",
    "published_at",
    "publishedAt",
    "pubDate",
    "date_publish",
];
const OUTLET: &[&str] = &[
    "source",
    "outlet",
    "publisher",
    "site_name",
    "source_domain",
    "siteName",
];

/// Parses one JSON article object into metadata and text (title line first, then the body).
pub fn parse_article(s: &str) -> Result<(Meta, String), String> {
    let v: Value = serde_json::from_str(s).map_err(|e| format!("invalid JSON: {e}"))?;
    let Value::Object(obj) = &v else {
        return Err("JSON is not an article object".into());
    };
    let get = |keys: &[&str]| -> Option<String> {
        keys.iter()
            .find_map(|k| obj.get(*k))
            .and_then(string_of)
            .filter(|s| !s.trim().is_empty())
    };
    let body = get(TEXT).ok_or_else(|| {
        "JSON object has no article text (text, body, content or articleBody)".to_string()
    })?;
    let meta = Meta {
        title: get(TITLE),
        date: get(DATE),
        outlet: get(OUTLET),
        url: get(URL),
    };
    let body = furniture::strip(body.trim());
    let text = match &meta.title {
        Some(t) if !body.starts_with(t.trim()) => format!("{}\n{}", t.trim(), body),
        _ => body,
    };
    Ok((meta, text))
}

fn string_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o.get("name").and_then(string_of),
        Value::Array(a) => {
            let parts: Vec<String> = a.iter().filter_map(string_of).collect();
            (!parts.is_empty()).then(|| parts.join("\n"))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usual_field_names() {
        let (meta, text) = parse_article(r#"{"headline":"Acme raises","articleBody":"Acme raised $5 million.","publisher":{"name":"Wire"},"datePublished":"2024-05-01"}"#).unwrap();
        assert_eq!(meta.outlet.as_deref(), Some("Wire"));
        assert_eq!(text, "Acme raises\nAcme raised $5 million.");
    }

    #[test]
    fn not_an_article() {
        assert!(parse_article(r#"{"a": 1}"#).is_err());
        assert!(parse_article("[1,2]").is_err());
        assert!(parse_article("{broken").is_err());
    }
}
