#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::field_reassign_with_default,
    clippy::default_trait_access,
    clippy::case_sensitive_file_extension_comparisons,
    clippy::float_cmp
)] // test code
//! Scoring and comparison: the acceptance properties of issue 4 plus worked cases.

mod engine_common;

use engine_common::{all, answer, assessment, catalog_from};
use ipms_readiness::i18n::render;
use ipms_readiness::locale::Locale;
use ipms_readiness::model::assessment::{Answers, Triage, TriageAnswer, Verdict, progress};
use ipms_readiness::model::catalog::{Catalog, Process, TriageId, clause_within};
use ipms_readiness::model::compare::{Snapshot, compare};
use ipms_readiness::model::scoring::{Aggregate, Scorecard, formula, score};
use proptest::prelude::*;

/// Every aggregate of a scorecard with a label.
fn aggregates(card: &Scorecard) -> Vec<(String, Aggregate)> {
    let mut out = vec![("overall".to_string(), card.overall)];
    out.extend(
        card.clauses
            .iter()
            .map(|c| (format!("clause {}", c.number), c.aggregate)),
    );
    out.extend(
        card.chapters
            .iter()
            .map(|c| (format!("chapter {}", c.number), c.aggregate)),
    );
    out.extend(
        card.processes
            .iter()
            .map(|(p, a)| (format!("process {p}"), *a)),
    );
    out
}

fn in_range(x: f64) -> bool {
    (0.0..=100.0).contains(&x)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_score_stays_in_0_to_100((cat, triage, answers) in assessment()) {
        let card = score(&cat, &triage, &answers);
        for (label, a) in aggregates(&card) {
            prop_assert!(a.score.is_none_or(in_range), "{label}: {:?}", a.score);
            prop_assert!(in_range(a.progress), "{label}: progress {}", a.progress);
            prop_assert!(a.answered <= a.applicable);
        }
        for i in &card.items {
            prop_assert!(i.score.is_none_or(in_range));
            prop_assert!(i.priority() <= 9);
        }
        // Progress agrees with the assessment module's definition.
        prop_assert!((card.overall.progress - progress(&cat, &triage, &answers)).abs() < 1e-9);
    }

    #[test]
    fn all_conform_gives_100_and_no_gaps((cat, triage, _) in assessment()) {
        let answers = all(&cat, Verdict::Conform);
        let card = score(&cat, &triage, &answers);
        for (label, a) in aggregates(&card) {
            prop_assert!(a.score.is_none_or(|s| (s - 100.0).abs() < 1e-9), "{label}: {:?}", a.score);
            prop_assert_eq!(a.counts.gaps(), 0);
            prop_assert!((a.progress - 100.0).abs() < 1e-9);
        }
        prop_assert!(card.items.iter().all(|i| i.severity() == 0));
        let every_item_excluded = card.items.iter().all(|i| i.verdict == Verdict::Na);
        prop_assert_eq!(card.overall.score.is_none(), every_item_excluded);
    }

    #[test]
    fn conform_to_major_never_raises_a_score((cat, triage, answers) in assessment(), pick in any::<prop::sample::Index>()) {
        let id = cat.items[pick.index(cat.items.len())].id.clone();
        let mut good = answers.clone();
        good.insert(id.clone(), answer(Verdict::Conform));
        let mut bad = answers;
        bad.insert(id.clone(), answer(Verdict::Major));
        let before = score(&cat, &triage, &good);
        let after = score(&cat, &triage, &bad);
        for ((label, b), (_, a)) in aggregates(&before).into_iter().zip(aggregates(&after)) {
            match (b.score, a.score) {
                (Some(b), Some(a)) => prop_assert!(a <= b + 1e-9, "{label}: {b} → {a}"),
                (None, None) => {}
                (b, a) => prop_assert!(false, "{label}: answered set changed {b:?} → {a:?}"),
            }
        }
    }

    #[test]
    fn marking_na_leaves_other_items_unchanged((cat, triage, answers) in assessment(), pick in any::<prop::sample::Index>()) {
        let item = &cat.items[pick.index(cat.items.len())];
        let mut marked = answers.clone();
        marked.insert(item.id.clone(), answer(Verdict::Na));
        let before = score(&cat, &triage, &answers);
        let after = score(&cat, &triage, &marked);
        for (b, a) in before.items.iter().zip(&after.items) {
            if b.item_id == item.id {
                prop_assert_eq!(a.verdict, Verdict::Na);
                prop_assert_eq!(a.score, None);
            } else {
                prop_assert_eq!(b, a);
            }
        }
        // Clauses that do not contain the item keep their aggregate.
        for (b, a) in before.clauses.iter().zip(&after.clauses) {
            if !clause_within(&item.clause, &b.number) {
                prop_assert_eq!(b, a);
            }
        }
    }
}

fn two_item_catalog() -> Catalog {
    // i000: clause 8.2.1, weight 3; i001: clause 4.1, weight 1 (see engine_common::CLAUSES).
    let mut cat = catalog_from(&[(8, 0, 3, false, 0, None, 0), (1, 1, 1, true, 1, Some(0), 1)]);
    cat.items[0].process = Process::Contract;
    cat
}

#[test]
fn formula_is_the_weighted_mean_of_answered_applicable_items() {
    let cat = two_item_catalog();
    let mut answers = Answers::new();
    answers.insert("i000".into(), answer(Verdict::Minor));
    answers.insert("i001".into(), answer(Verdict::Observation));
    let card = score(&cat, &Triage::new(), &answers);
    // (3 × 40 + 1 × 75) / 4 = 48.75
    assert_eq!(card.overall.score, Some(48.75));
    assert_eq!(card.overall.weight_answered, 4);
    assert_eq!(card.clause("8.2.1").unwrap().score, Some(40.0));
    assert_eq!(
        card.clause("8.2").unwrap().score,
        Some(40.0),
        "parents include children"
    );
    assert_eq!(card.chapter("8").unwrap().score, Some(40.0));
    assert_eq!(card.chapter("4").unwrap().score, Some(75.0));
    assert_eq!(card.clause("5").unwrap().score, None, "no items → no score");
    assert_eq!(card.process(Process::Contract).unwrap().score, Some(40.0));
    assert_eq!(
        card.chapters
            .iter()
            .map(|c| c.number.as_str())
            .collect::<Vec<_>>(),
        ["4", "5", "8", "9", "10", "B"]
    );

    // An Annex B item counts as compliance management whatever its catalogue process says.
    let mut with_b = cat.clone();
    with_b.items[1].clause = "B.1".into();
    let card = score(&with_b, &Triage::new(), &answers);
    assert_eq!(card.item("i001").unwrap().process, Process::Compliance);
    assert_eq!(card.process(Process::Compliance).unwrap().score, Some(75.0));
    assert_eq!(card.chapter("B").unwrap().score, Some(75.0));

    // Unanswered lowers progress, not the score.
    answers.remove("i001");
    let card = score(&cat, &Triage::new(), &answers);
    assert_eq!(card.overall.score, Some(40.0));
    assert!((card.overall.progress - 50.0).abs() < 1e-9);
    assert_eq!(
        card.item("i001").unwrap().priority(),
        2,
        "unanswered prerequisite: weight 1 × 2"
    );

    // Triage "no" makes the item N/A: excluded, and progress is complete again.
    let triage = Triage::from([(TriageId::Patents, TriageAnswer::No)]);
    let card = score(&cat, &triage, &answers);
    assert!(card.item("i001").unwrap().na_by_triage);
    assert_eq!(card.overall.counts.na, 1);
    assert!((card.overall.progress - 100.0).abs() < 1e-9);
}

#[test]
fn formula_is_explained_in_both_languages() {
    let zh = render(Locale::ZhCn, &formula());
    let en = render(Locale::EnUs, &formula());
    for n in ["100", "75", "40", " 0"] {
        assert!(zh.contains(n) && en.contains(n), "{n}");
    }
    assert!(zh.contains("Σ（权重 × 得分）"));
    assert!(en.contains("only lower the progress"));
}

#[test]
fn builtin_2023_catalogue_scores() {
    let set = ipms_readiness::catalogs::builtin().expect("built-in catalogues parse");
    let cat = &set.gbt2023;
    let card = score(cat, &Triage::new(), &all(cat, Verdict::Conform));
    assert_eq!(card.overall.score, Some(100.0));
    assert!(card.chapter("B").is_some(), "Annex B is its own section");
    let card = score(cat, &Triage::new(), &Answers::new());
    assert_eq!(card.overall.score, None);
    assert_eq!(card.overall.progress, 0.0);
}

#[test]
fn compare_reports_deltas_changes_and_closed_actions() {
    let cat = two_item_catalog();
    let triage = Triage::new();
    let before: Answers = [
        ("i000".into(), answer(Verdict::Major)),
        ("i001".into(), answer(Verdict::Conform)),
    ]
    .into();
    let after: Answers = [
        ("i000".into(), answer(Verdict::Conform)),
        ("i001".into(), answer(Verdict::Minor)),
    ]
    .into();
    let snap = |a| Snapshot {
        catalog: &cat,
        triage: &triage,
        answers: a,
    };
    let c = compare(snap(&before), snap(&after));
    // before: (3×0 + 1×100)/4 = 25; after: (3×100 + 1×40)/4 = 85
    assert_eq!(c.overall.before, Some(25.0));
    assert_eq!(c.overall.after, Some(85.0));
    assert_eq!(c.overall.delta, Some(60.0));
    assert_eq!(c.improved.len(), 1);
    assert_eq!(c.improved[0].item_id, "i000");
    assert_eq!(c.regressed.len(), 1);
    assert_eq!(c.regressed[0].after, Verdict::Minor);
    assert_eq!(
        c.actions_closed
            .iter()
            .map(|x| x.item_id.as_str())
            .collect::<Vec<_>>(),
        ["i000"]
    );
    let ch8 = c.chapters.iter().find(|d| d.number == "8").unwrap();
    assert_eq!(ch8.delta.delta, Some(100.0));
    let c5 = c.clauses.iter().find(|d| d.number == "5").unwrap();
    assert_eq!(c5.delta.delta, None);
    // An unanswered prerequisite that becomes conform closes its action too.
    let before: Answers = [("i000".into(), answer(Verdict::Conform))].into();
    let c = compare(snap(&before), snap(&all(&cat, Verdict::Conform)));
    assert_eq!(c.actions_closed.len(), 1);
    assert!(c.improved.is_empty() && c.regressed.is_empty());
    assert_eq!(c.progress, (50.0, 100.0));
}
