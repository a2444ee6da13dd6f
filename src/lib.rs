//! claimrecon: reads news articles about deals, extracts their numeric and factual claims,
//! and lines them up across articles.
//!
//! The pipeline, one module per stage (see ARCHITECTURE.md):
//! [`ingest`] → [`segment`] → [`extract`] (with [`entities`]) → [`report`].
//! [`pipeline`] composes the stages; the binary is a thin layer over it.
//!
//! ```
//! use claimrecon::ingest::{Article, Format, Meta};
//!
//! let text = "Gigacorp will invest up to $2 billion in Tinyco, with $500 million upfront.";
//! let article = Article {
//!     doc: "a.txt".into(),
//!     format: Format::Text,
//!     meta: Meta::default(),
//!     text: text.into(),
//!     warnings: vec![],
//! };
//! let claims = claimrecon::extract::extract(&article).claims;
//! let total = claims.iter().find(|c| c.attribute == "deal_total").unwrap();
//! assert_eq!(total.quote, "invest up to $2 billion");
//! assert_eq!(total.investor.as_deref(), Some("Gigacorp"));
//! assert_eq!(&*total.subject, "Tinyco");
//! assert_eq!(&text[total.span.start..total.span.end], total.quote);
//! assert!(claims.iter().any(|c| c.attribute == "tranche_initial"));
//! ```

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod cache;
pub mod claim;
pub mod cluster;
pub mod entities;
pub mod error;
pub mod extract;
pub mod ingest;
pub mod par;
pub mod pipeline;
pub mod reconcile;
pub mod report;
pub mod segment;
pub mod source;

pub use claim::Claim;
pub use error::Error;
