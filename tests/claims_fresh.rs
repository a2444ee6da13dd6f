//! `claims/` holds claimrecon's own output on `corpus/`, so that a change to the rules shows
//! as a diff of claims. This test fails when it is stale; regenerate it with
//! `CLAIMRECON_BLESS=1 cargo test --test claims_fresh` (or `cargo run --release -- run`).

use std::path::Path;
use std::process::Command;

#[test]
fn claims_folder_matches_a_fresh_run() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("claims");
    let status = Command::new(env!("CARGO_BIN_EXE_claimrecon"))
        .args(["run", "corpus", "--quiet", "--out"])
        .arg(&out)
        .current_dir(root)
        .status()
        .unwrap();
    assert!(status.success());
    let committed = root.join("claims");
    let mut stale = Vec::new();
    for entry in std::fs::read_dir(&out).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            continue; // the extraction cache (.cache), not committed
        }
        let name = entry.file_name();
        let fresh = std::fs::read(entry.path()).unwrap();
        let old = std::fs::read(committed.join(&name)).unwrap_or_default();
        if fresh != old {
            if std::env::var_os("CLAIMRECON_BLESS").is_some() {
                std::fs::create_dir_all(&committed).unwrap();
                std::fs::write(committed.join(&name), &fresh).unwrap();
            } else {
                stale.push(name.to_string_lossy().into_owned());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "claims/ is stale ({}): run `CLAIMRECON_BLESS=1 cargo test --test claims_fresh` and review the diff",
        stale.join(", ")
    );
}
