//! Errors at the edges of the pipeline: reading the corpus and writing the outputs.
//!
//! A problem with one article is never an `Error`: it becomes a [`crate::ingest::Skipped`]
//! entry or a warning, and the run goes on.

use std::path::PathBuf;

/// A failure that stops a whole command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A corpus path given on the command line does not exist.
    #[error("corpus path not found: {}", .0.display())]
    MissingPath(PathBuf),
    /// Nothing readable was found under the given paths.
    #[error("no article could be read under {0}")]
    NoArticles(String),
    /// Writing an output file failed.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The output folder holds something claimrecon did not write: replacing it whole would
    /// lose it.
    #[error(
        "{} holds {what}, which claimrecon did not write; the output folder is replaced whole, so choose a new or empty folder (or one a previous run wrote)",
        path.display()
    )]
    NotAnOutputFolder { path: PathBuf, what: String },
    /// Reading an input that must be read (a claims file given to `reconcile`) failed.
    #[error("cannot read {}: {reason}", path.display())]
    Read { path: PathBuf, reason: String },
}
