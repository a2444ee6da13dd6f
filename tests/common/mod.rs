//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::Path;

use claimrecon::claim::{Claim, Value};
use claimrecon::ingest::{self, Article, Entry};

/// Reads one corpus file into its articles.
pub fn load(path: &Path) -> Vec<Article> {
    let doc = path.file_name().unwrap().to_string_lossy().into_owned();
    let loaded = ingest::load(&Entry {
        path: path.to_path_buf(),
        doc,
    });
    assert!(
        loaded.skipped.is_empty(),
        "{}: {:?}",
        path.display(),
        loaded.skipped
    );
    loaded.articles
}

/// Checks what every claim must satisfy, whatever the rules: the quote is the text at its
/// span, inside its sentence, on character boundaries; claims are sorted; values are finite.
pub fn check_invariants(article: &Article, claims: &[Claim]) {
    let text = &article.text;
    for c in claims {
        assert!(
            c.span.end <= text.len(),
            "{}: span {:?} out of bounds",
            article.doc,
            c.span
        );
        assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        assert_eq!(
            &text[c.span.start..c.span.end],
            c.quote,
            "{}: quote differs from text[span]",
            article.doc
        );
        assert!(
            c.sentence.contains(c.span),
            "{}: quote «{}» outside its sentence",
            article.doc,
            c.quote
        );
        assert!(!c.quote.trim().is_empty());
        if let Value::Text(t) = &c.value {
            assert!(
                !t.trim().is_empty(),
                "{}: empty text value for {}",
                article.doc,
                c.attribute
            );
        }
    }
    for w in claims.windows(2) {
        assert!(
            (w[0].span, &w[0].attribute, &w[0].investor)
                <= (w[1].span, &w[1].attribute, &w[1].investor),
            "{}: claims not sorted",
            article.doc
        );
    }
}

/// Renders claims one per line, for snapshots a reviewer can read as a diff of behaviour.
pub fn render(claims: &[Claim]) -> String {
    let mut out = String::new();
    for c in claims {
        let value = match &c.value {
            Value::Number(n) => n.normalize().to_string(),
            Value::Text(t) => format!("{t:?}"),
        };
        let range = c
            .range
            .map(|r| format!(" [{}..{}]", r.0.normalize(), r.1.normalize()))
            .unwrap_or_default();
        let mut flags = Vec::new();
        if c.qualifier != claimrecon::claim::Qualifier::Exact {
            flags.push(format!("{:?}", c.qualifier).to_lowercase());
        }
        if c.hedged {
            flags.push("hedged".into());
        }
        if c.stance == claimrecon::claim::Stance::Denied {
            flags.push("DENIED".into());
        }
        if c.status != claimrecon::claim::Status::Current {
            flags.push(format!("{:?}", c.status).to_lowercase());
        }
        if c.increment {
            flags.push("increment".into());
        }
        if let Some(s) = &c.scope {
            flags.push(s.clone());
        }
        let investor = c
            .investor
            .as_deref()
            .map(|i| format!(" ← {i}"))
            .unwrap_or_default();
        out.push_str(&format!(
            "{:<22} {} {}{}{} | {}{} | «{}» @{}..{}\n",
            c.attribute,
            value,
            c.unit,
            range,
            if flags.is_empty() {
                String::new()
            } else {
                format!(" ({})", flags.join(", "))
            },
            c.subject,
            investor,
            c.quote,
            c.span.start,
            c.span.end
        ));
    }
    out
}
