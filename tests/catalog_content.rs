#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Content checks of the built-in catalogues: coverage, uniqueness, both languages, no
//! placeholders, no repeated questions.

use ipms_readiness::catalogs::builtin;
use ipms_readiness::model::catalog::{Catalog, IpType, clause_within};
use std::collections::HashSet;

const CLAUSES_2023: &[&str] = &[
    "4.1", "4.2", "4.3", "4.4", "4.5", "5.1", "5.1.3", "5.2", "5.3", "6.1", "6.2", "7.1.1",
    "7.1.2", "7.1.3", "7.1.4", "7.2", "7.3", "7.4", "7.5", "8.1", "8.2.1", "8.2.2", "8.2.3",
    "8.2.4", "8.2.5", "8.2.6", "8.3.1", "8.3.2", "8.3.3", "8.3.4", "8.3.5", "8.4", "9.1", "9.2",
    "9.3", "9.4", "10.1", "10.2", "10.3",
];

const CLAUSES_2013: &[&str] = &[
    "4.1", "4.2.1", "4.2.2", "4.2.3", "4.2.4", "5.1", "5.2", "5.3.1", "5.3.2", "5.3.3", "5.4.1",
    "5.4.2", "5.4.3", "5.5.1", "5.5.2", "5.5.3", "6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.1.5",
    "6.1.6", "6.2", "6.3", "6.4", "7.1", "7.2", "7.3.1", "7.3.2", "7.3.3", "7.3.4", "7.3.5",
    "7.4.1", "7.4.2", "7.4.3", "7.5", "7.6", "8.1", "8.2", "8.3", "8.4", "8.5", "9.1", "9.2",
    "9.3",
];

const PLACEHOLDERS: &[&str] = &[
    "TODO",
    "TBD",
    "lorem",
    "xxx",
    "待补充",
    "占位",
    "FIXME",
    "???",
];

fn covered(cat: &Catalog, clause: &str) -> bool {
    cat.active_items().any(|i| clause_within(&i.clause, clause))
}

fn check_text(cat: &Catalog) {
    let mut ids = HashSet::new();
    let mut questions = HashSet::new();
    for item in &cat.items {
        assert!(ids.insert(&item.id), "{}: duplicate id {}", cat.id, item.id);
        let mut texts = vec![&item.question, &item.guidance, &item.action];
        texts.extend(item.evidence.iter().map(|e| &e.text));
        for t in texts {
            assert!(t.is_complete(), "{}: {} lacks a language", cat.id, item.id);
            for p in PLACEHOLDERS {
                assert!(
                    !t.zh_cn.contains(p) && !t.en_us.to_lowercase().contains(&p.to_lowercase()),
                    "{}: placeholder {p} in {}",
                    cat.id,
                    item.id
                );
            }
        }
        assert!(
            !item.evidence.is_empty(),
            "{}: {} has no evidence",
            cat.id,
            item.id
        );
        assert!(
            !item.departments.is_empty(),
            "{}: {} has no department",
            cat.id,
            item.id
        );
        assert!(
            questions.insert(item.question.zh_cn.trim()),
            "repeated question: {}",
            item.question.zh_cn
        );
        assert!(
            questions.insert(item.question.en_us.trim()),
            "repeated question: {}",
            item.question.en_us
        );
        // Chinese text is Chinese, English text is not.
        assert!(
            item.question
                .zh_cn
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{}",
            item.id
        );
        let han = item
            .question
            .en_us
            .chars()
            .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
            .count();
        assert!(
            han * 10 < item.question.en_us.chars().count(),
            "{}: English text is mostly Chinese",
            item.id
        );
    }
}

#[test]
fn gbt2023_covers_every_clause_with_enough_items() {
    let set = builtin().expect("built-ins load");
    let cat = &set.gbt2023;
    assert_eq!(cat.id, "gbt29490-2023");
    assert_eq!(cat.title.zh_cn, "企业知识产权合规管理体系 要求");
    assert!(!cat.legacy);
    for c in CLAUSES_2023 {
        assert!(covered(cat, c), "2023 clause {c} has no item");
    }
    let main = cat.active_items().filter(|i| i.chapter() != "B").count();
    assert!(main >= 120, "only {main} items outside Annex B");
    for t in IpType::ALL {
        let n = cat.active_items().filter(|i| i.ip_type == Some(*t)).count();
        assert!(n >= 6, "Annex B has only {n} items for {t}");
    }
    assert!(
        cat.clauses
            .iter()
            .any(|c| c.number.starts_with("8.") && !c.verified),
        "chapter 8 numbering is marked unverified"
    );
    assert!(cat.active_items().filter(|i| i.prerequisite).count() >= 5);
    check_text(cat);
}

#[test]
fn gbt2013_covers_every_third_level_clause() {
    let set = builtin().expect("built-ins load");
    let cat = &set.gbt2013;
    assert_eq!(cat.title.zh_cn, "企业知识产权管理规范");
    assert!(cat.legacy);
    for c in CLAUSES_2013 {
        assert!(covered(cat, c), "2013 clause {c} has no item");
    }
    assert!(cat.active_items().count() >= 90);
    check_text(cat);
}

#[test]
fn questions_are_not_shared_between_editions() {
    let set = builtin().expect("built-ins load");
    let new: HashSet<_> = set
        .gbt2023
        .items
        .iter()
        .map(|i| i.question.zh_cn.as_str())
        .collect();
    for i in &set.gbt2013.items {
        assert!(
            !new.contains(i.question.zh_cn.as_str()),
            "{} repeats a 2023 question",
            i.id
        );
    }
}

#[test]
fn crosswalk_covers_every_2013_clause_with_items() {
    let set = builtin().expect("built-ins load");
    for c in CLAUSES_2013 {
        assert!(
            set.crosswalk.map.iter().any(|m| m.from == *c),
            "crosswalk lacks 2013 clause {c}"
        );
    }
}

#[test]
fn crosswalk_reaches_the_2023_clauses_the_2013_text_covers() {
    let set = builtin().expect("built-ins load");
    let targets = |from: &str| -> Vec<String> {
        set.crosswalk
            .map
            .iter()
            .filter(|m| m.from == from)
            .flat_map(|m| m.to.iter().cloned())
            .collect()
    };
    // 5.3.1 a) asks for interested parties' needs: 2023 4.2.
    assert!(targets("5.3.1").contains(&"4.2".to_string()));
    for t in ["7.5", "4.3", "4.4", "5.3"] {
        assert!(targets("4.2.3").contains(&t.to_string()), "4.2.3 → {t}");
    }
    for t in ["8.2.4", "8.3.5"] {
        assert!(targets("7.4.3").contains(&t.to_string()), "7.4.3 → {t}");
    }
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/catalogs/crosswalk-2013-2023.toml"),
    )
    .unwrap();
    let header: String = text
        .lines()
        .take_while(|l| l.starts_with('#'))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        !header.contains("(4.1, 4.2,"),
        "the header still claims 4.2 has no 2013 counterpart"
    );
}
