#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Provenance of clause numbers and titles: a `verified` clause names two documented sources,
//! and the titles that sources contradicted are corrected.

use ipms_readiness::catalogs::builtin;
use std::path::Path;

fn sources_doc() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/catalog-sources.md"))
        .unwrap()
}

#[test]
fn verified_clauses_name_two_documented_sources() {
    let doc = sources_doc();
    let set = builtin().unwrap();
    for cat in [&set.gbt2023, &set.gbt2013] {
        assert_eq!(cat.unsourced_clauses().count(), 0, "{}", cat.id);
        for c in &cat.clauses {
            for key in &c.sources {
                assert!(
                    doc.contains(&format!("| {key} |")),
                    "{} {}: source {key} is not in docs/catalog-sources.md",
                    cat.id,
                    c.number
                );
            }
        }
    }
}

#[test]
fn titles_follow_the_sources() {
    let set = builtin().unwrap();
    let cat = &set.gbt2023;
    let title = |n: &str| cat.clause(n).unwrap().title.zh_cn.clone();
    assert_eq!(title("9.1"), "通则");
    assert!(cat.clause("9.1").unwrap().verified);
    assert_eq!(title("6.1"), "通则");
    assert_eq!(title("5.1.2"), "最高管理者承诺");
    assert_eq!(title("5.1.3"), "文化");
    assert_eq!(
        title("B"),
        "附录B 专利、商标、著作权、商业秘密典型禁止性行为列表"
    );
    for n in ["4.3.1", "4.3.2"] {
        assert!(cat.clause(n).is_some(), "4.3 has sub-clause {n}");
        assert!(cat.active_items().any(|i| i.clause == n), "{n} has items");
    }
    // Chapter 8's split is supported, its sub-numbering is not.
    for n in ["8.2.1", "8.3.1", "8.4"] {
        assert!(!cat.clause(n).unwrap().verified, "{n}");
    }
}
