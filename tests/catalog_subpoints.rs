#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Sub-point coverage: every lettered sub-point of a clause is checked by at least one item
//! that says so, and every item of a lettered clause says which sub-points it covers.

use ipms_readiness::catalogs::builtin;
use ipms_readiness::model::catalog::Catalog;

/// The 2013 clauses whose text is lettered a), b), c)… (per the T1 repost of the standard).
const LETTERED_2013: &[(&str, usize)] = &[
    ("4.2.1", 3),
    ("4.2.2", 5),
    ("4.2.3", 3),
    ("4.2.4", 3),
    ("5.1", 5),
    ("5.2", 6),
    ("5.3.1", 3),
    ("5.3.2", 2),
    ("5.3.3", 2),
    ("5.4.1", 5),
    ("5.4.2", 4),
    ("5.5.2", 5),
    ("5.5.3", 3),
    ("6.1.2", 4),
    ("6.2", 2),
    ("6.3", 4),
    ("6.4", 4),
    ("7.1", 4),
    ("7.2", 5),
    ("7.3.1", 2),
    ("7.3.3", 2),
    ("7.3.4", 2),
    ("7.3.5", 2),
    ("7.4.1", 3),
    ("7.4.2", 2),
    ("7.4.3", 3),
    ("7.5", 4),
    ("7.6", 4),
    ("8.1", 3),
    ("8.2", 6),
    ("8.3", 3),
    ("8.4", 3),
    ("8.5", 4),
    ("9.1", 3),
];

fn assert_covered(cat: &Catalog) {
    let uncovered = cat.uncovered_subpoints();
    assert!(uncovered.is_empty(), "{}: uncovered {uncovered:?}", cat.id);
    let silent: Vec<&str> = cat.items_without_covers().map(|i| i.id.as_str()).collect();
    assert!(
        silent.is_empty(),
        "{}: items without covers {silent:?}",
        cat.id
    );
}

#[test]
fn every_lettered_2013_clause_lists_its_sub_points() {
    let cat = &builtin().unwrap().gbt2013;
    for (number, count) in LETTERED_2013 {
        let clause = cat.clause(number).unwrap();
        let letters: Vec<&str> = clause.subpoints.iter().map(|p| p.letter.as_str()).collect();
        let expected: Vec<String> = ('a'..='z').take(*count).map(String::from).collect();
        assert_eq!(letters, expected, "{number}");
        for p in &clause.subpoints {
            assert!(p.text.is_complete(), "{number} {})", p.letter);
            // A few words of our own, never the standard's sentence.
            assert!(
                p.text.zh_cn.chars().count() <= 24,
                "{number} {}) is long",
                p.letter
            );
        }
    }
    let others: Vec<&str> = cat
        .clauses
        .iter()
        .filter(|c| !c.subpoints.is_empty())
        .map(|c| c.number.as_str())
        .filter(|n| !LETTERED_2013.iter().any(|(l, _)| l == n))
        .collect();
    assert!(
        others.is_empty(),
        "sub-points on unlettered clauses {others:?}"
    );
}

#[test]
fn every_sub_point_of_both_editions_is_covered() {
    let set = builtin().unwrap();
    assert_covered(&set.gbt2013);
    assert_covered(&set.gbt2023);
}

#[test]
fn items_of_unlettered_clauses_claim_no_sub_points() {
    let set = builtin().unwrap();
    for cat in [&set.gbt2013, &set.gbt2023] {
        for item in &cat.items {
            let lettered = !cat.clause(&item.clause).unwrap().subpoints.is_empty();
            if !lettered {
                assert!(item.covers.is_none(), "{}", item.id);
            }
        }
    }
}
