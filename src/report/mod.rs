//! Stage 7 — report: the output files, written as a whole.
//!
//! Input: an [`Analysis`]. Output: files in the output folder: `claims.jsonl` (the output
//! contract of SPEC.md, one claim per line, in `doc`/span order), `report.json` (articles,
//! skipped files, clusters, findings), `report.md` and `report.html` (the findings for a
//! person; one renderer per format, all reading [`model::Report`]). All files are written to a
//! temporary folder beside the output folder and swapped in at the end, so that a reader never
//! sees the files of two runs side by side and a run killed part-way leaves the previous
//! output whole.

pub mod claims;
pub mod html;
pub mod json;
pub mod markdown;
pub mod model;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::pipeline::Analysis;

/// Writes all outputs of a run into `out`, replacing what was there as a whole.
pub fn write_outputs(out: &Path, a: &Analysis) -> Result<(), Error> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(|e| Error::Write {
        path: parent.clone(),
        source: e,
    })?;
    recover(out);
    let name = out
        .file_name()
        .map_or_else(|| "claims".into(), |n| n.to_string_lossy().into_owned());
    let tmp = parent.join(format!(".{name}.tmp-{}", std::process::id()));
    let _ = fs::remove_dir_all(&tmp);
    fs::create_dir_all(&tmp).map_err(|e| Error::Write {
        path: tmp.clone(),
        source: e,
    })?;
    let report = a.report();
    write_file(&tmp.join("claims.jsonl"), |w| {
        claims::write(w, &a.corpus.claims)
    })?;
    write_file(&tmp.join("report.json"), |w| json::write(w, &report))?;
    write_file(&tmp.join("report.md"), |w| markdown::write(w, &report))?;
    write_file(&tmp.join("report.html"), |w| html::write(w, &report))?;
    swap_in(&tmp, out)
}

fn write_file(
    path: &Path,
    f: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), Error> {
    let err = |e| Error::Write {
        path: path.to_path_buf(),
        source: e,
    };
    let file = fs::File::create(path).map_err(err)?;
    let mut w = std::io::BufWriter::new(file);
    f(&mut w).map_err(err)?;
    let file = w.into_inner().map_err(|e| err(e.into_error()))?;
    file.sync_all().map_err(err)
}

fn old_name(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map_or_else(|| "claims".into(), |n| n.to_string_lossy().into_owned());
    out.with_file_name(format!(".{name}.old"))
}

/// Puts back the previous output if a run was killed between the two renames of [`swap_in`].
fn recover(out: &Path) {
    let old = old_name(out);
    if !out.exists() && old.exists() {
        let _ = fs::rename(&old, out);
    }
    let _ = fs::remove_dir_all(&old);
}

fn swap_in(tmp: &Path, out: &Path) -> Result<(), Error> {
    let old = old_name(out);
    if out.exists() {
        fs::rename(out, &old).map_err(|e| Error::Write {
            path: out.to_path_buf(),
            source: e,
        })?;
    }
    fs::rename(tmp, out).map_err(|e| Error::Write {
        path: out.to_path_buf(),
        source: e,
    })?;
    let _ = fs::remove_dir_all(&old);
    Ok(())
}
