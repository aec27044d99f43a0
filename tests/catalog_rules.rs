#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Audit rules the built-in catalogues must keep: mandatory clauses stay mandatory whatever the
//! triage says, confidentiality is asked everywhere, and the core checks weigh what auditors
//! give them.

use ipms_readiness::catalogs::builtin;
use ipms_readiness::model::assessment::{Triage, TriageAnswer, triage_excludes};
use ipms_readiness::model::catalog::{Catalog, Department, Item, Process, TriageId};
use std::collections::BTreeSet;

/// Clauses a certification body accepts as wholly not applicable when the activity does not
/// exist at all (no R&D, no licensing, no investment or restructuring, no standards work, no
/// exports). Every other clause that carries items must keep at least one applicable item.
const MAY_BE_NA_2023: &[&str] = &["8.3.1", "8.3.2"];
const MAY_BE_NA_2013: &[&str] = &["7.3.1", "7.3.2", "7.3.3", "7.3.4", "7.4.3", "8.1", "8.2"];

fn confidentiality(item: &Item) -> bool {
    item.process == Process::Confidentiality || item.clause == "8.2.6" || item.clause == "7.6"
}

/// Every triage answer combination: each question yes, no or unknown (3^10 of them).
fn every_triage() -> impl Iterator<Item = Triage> {
    let n = TriageId::ALL.len() as u32;
    let answers = [TriageAnswer::Yes, TriageAnswer::No, TriageAnswer::Unknown];
    (0..3usize.pow(n)).map(move |mut code| {
        let mut t = Triage::new();
        for id in TriageId::ALL {
            t.insert(*id, answers[code % 3]);
            code /= 3;
        }
        t
    })
}

fn wholly_na_clauses(cat: &Catalog, allowed: &[&str]) -> BTreeSet<String> {
    let clauses: BTreeSet<&str> = cat.active_items().map(|i| i.clause.as_str()).collect();
    let mut bad = BTreeSet::new();
    for triage in every_triage() {
        for clause in &clauses {
            if allowed.contains(clause) {
                continue;
            }
            let all_na = cat
                .active_items()
                .filter(|i| i.clause == *clause)
                .all(|i| triage_excludes(i, &triage).is_some());
            if all_na {
                bad.insert((*clause).to_string());
            }
        }
    }
    bad
}

#[test]
fn no_triage_answer_makes_a_mandatory_clause_wholly_not_applicable() {
    let set = builtin().unwrap();
    for (cat, allowed) in [
        (&set.gbt2023, MAY_BE_NA_2023),
        (&set.gbt2013, MAY_BE_NA_2013),
    ] {
        let bad = wholly_na_clauses(cat, allowed);
        assert!(
            bad.is_empty(),
            "{}: triage can remove clauses {bad:?}",
            cat.id
        );
    }
}

#[test]
fn no_confidentiality_item_depends_on_triage() {
    let set = builtin().unwrap();
    for cat in [&set.gbt2023, &set.gbt2013] {
        for item in cat.items.iter().filter(|i| confidentiality(i)) {
            assert!(
                item.applies_if.is_empty(),
                "{}: confidentiality is mandatory, yet it has applies_if {:?}",
                item.id,
                item.applies_if
            );
        }
    }
}

#[test]
fn items_that_allow_na_say_so_or_use_triage() {
    let set = builtin().unwrap();
    for cat in [&set.gbt2023, &set.gbt2013] {
        for item in cat.active_items() {
            let g = &item.guidance;
            let mentions = g.zh_cn.contains("不适用")
                || g.en_us.contains("N/A")
                || g.en_us.contains("not applicable");
            if mentions && item.applies_if.is_empty() {
                assert!(
                    g.zh_cn.contains("允许判不适用，须写明理由")
                        && g.en_us.contains("N/A allowed, with reason"),
                    "{}: tells the auditor to mark N/A without applies_if or the explicit rule",
                    item.id
                );
            }
        }
    }
}

#[test]
fn confidentiality_is_asked_in_every_department() {
    let set = builtin().unwrap();
    for cat in [&set.gbt2023, &set.gbt2013] {
        for d in Department::ALL {
            assert!(
                cat.active_items()
                    .filter(|i| confidentiality(i))
                    .any(|i| i.departments.contains(d)),
                "{}: department {d} has no confidentiality item",
                cat.id
            );
        }
    }
}

#[test]
fn chapter_8_and_core_checks_carry_auditor_weight() {
    let set = builtin().unwrap();
    let cat = &set.gbt2023;
    let weights: Vec<f64> = cat
        .active_items()
        .filter(|i| i.chapter() == "8")
        .map(|i| f64::from(i.weight))
        .collect();
    let mean = weights.iter().sum::<f64>() / weights.len() as f64;
    assert!(mean >= 2.2, "chapter 8 mean weight {mean:.2} < 2.2");
    for id in ["23-8.2.2-1", "23-8.2.5-1", "23-7.5-2"] {
        assert_eq!(cat.item(id).unwrap().weight, 3, "{id}");
    }
}
