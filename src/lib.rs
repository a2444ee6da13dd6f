//! claimrecon: reads news articles about deals, extracts their numeric and factual claims,
//! and lines them up across articles.
//!
//! The pipeline, one module per stage (see ARCHITECTURE.md):
//! [`ingest`] → [`segment`] → [`extract`] (with [`entities`]) → [`report`].
//! [`pipeline`] composes the stages; the binary is a thin layer over it.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod claim;
pub mod entities;
pub mod error;
pub mod extract;
pub mod ingest;
pub mod pipeline;
pub mod report;
pub mod segment;
pub mod source;

pub use claim::Claim;
pub use error::Error;
