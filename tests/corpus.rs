//! One snapshot per corpus article: the claims extraction gives it.
//!
//! Review every change to these snapshots as a diff of behaviour (`cargo insta review`);
//! never accept one unread.

mod common;

use claimrecon::extract;

#[test]
fn extract() {
    insta::glob!(
        "../corpus",
        "**/*.{txt,md,html,htm,json,jsonl,gz}",
        |path| {
            let mut rendered = String::new();
            for article in common::load(path) {
                let x = extract::extract(&article);
                common::check_invariants(&article, &x.claims);
                if rendered.is_empty() {
                    rendered.push_str(&format!(
                        "# {}\n",
                        article.meta.title.as_deref().unwrap_or("(no title)")
                    ));
                }
                rendered.push_str(&common::render(&x.claims));
            }
            insta::with_settings!({
                snapshot_path => "../snapshots",
                prepend_module_to_snapshot => false,
                omit_expression => true,
            }, {
                insta::assert_snapshot!(rendered);
            });
        }
    );
}
