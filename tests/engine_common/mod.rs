//! Shared generators for the engine tests: small random catalogues, answers and triage.

#![allow(dead_code)]

use chrono::NaiveDate;
use ipms_readiness::locale::Localized;
use ipms_readiness::model::assessment::{Answer, Answers, Triage, TriageAnswer, Verdict};
use ipms_readiness::model::catalog::{
    Catalog, Clause, Department, Evidence, EvidenceKind, FixPhase, Item, Process, TriageId,
};
use proptest::prelude::*;

pub const CLAUSES: [&str; 15] = [
    "4", "4.1", "4.2", "5", "5.1", "5.1.1", "8", "8.2", "8.2.1", "8.3", "9", "9.3", "10", "B",
    "B.1",
];

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn text(s: &str) -> Localized {
    Localized::new(format!("{s}（中）"), s)
}

/// One generated item: clause, process, weight, prerequisite, fix phase, triage, document.
pub type ItemSpec = (usize, usize, u8, bool, usize, Option<usize>, usize);

pub fn item_spec() -> impl Strategy<Value = ItemSpec> {
    (
        0..CLAUSES.len(),
        0..Process::ALL.len(),
        1u8..=3,
        any::<bool>(),
        0..FixPhase::ALL.len(),
        proptest::option::weighted(0.3, 0..TriageId::ALL.len()),
        0usize..4,
    )
}

pub fn catalog_from(specs: &[ItemSpec]) -> Catalog {
    let items = specs
        .iter()
        .enumerate()
        .map(|(n, &(c, p, weight, prerequisite, f, t, doc))| Item {
            id: format!("i{n:03}"),
            clause: CLAUSES[c].to_string(),
            process: Process::ALL[p],
            weight,
            prerequisite,
            fix_phase: FixPhase::ALL[f],
            departments: vec![Department::ALL[n % Department::ALL.len()]],
            methods: Vec::new(),
            applies_if: t.map(|t| vec![TriageId::ALL[t]]).unwrap_or_default(),
            question: text(&format!("question {n}")),
            guidance: text("guidance"),
            action: text(&format!("action {n}")),
            evidence: vec![
                Evidence {
                    kind: EvidenceKind::Document,
                    text: text(&format!("procedure {doc}")),
                },
                Evidence {
                    kind: EvidenceKind::Record,
                    text: text("records"),
                },
            ],
            sample: None,
            covers: None,
            ip_type: None,
            plain: None,
            examples: None,
            retired: false,
        })
        .collect();
    Catalog {
        id: "test".into(),
        version: "1".into(),
        earlier_versions: Vec::new(),
        code: "T/1".into(),
        published: date(2023, 8, 6),
        effective: date(2024, 1, 1),
        legacy: false,
        title: text("test"),
        clauses: CLAUSES
            .iter()
            .map(|n| Clause {
                number: (*n).to_string(),
                title: text(n),
                verified: true,
                sources: Vec::new(),
                subpoints: Vec::new(),
            })
            .collect(),
        items,
    }
}

pub fn catalog() -> impl Strategy<Value = Catalog> {
    proptest::collection::vec(item_spec(), 1..40).prop_map(|s| catalog_from(&s))
}

pub fn verdict() -> impl Strategy<Value = Option<Verdict>> {
    proptest::option::weighted(0.8, proptest::sample::select(Verdict::PICKABLE.to_vec()))
}

/// Answers for the first `n` items (ids `i000`…), some missing.
pub fn answers(n: usize) -> impl Strategy<Value = Answers> {
    proptest::collection::vec(verdict(), n).prop_map(|vs| {
        vs.into_iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| (format!("i{i:03}"), answer(v))))
            .collect()
    })
}

pub fn answer(v: Verdict) -> Answer {
    let mut a = Answer::with_verdict(v);
    if v == Verdict::Na {
        a.na_reason = "not relevant here".into();
    }
    a
}

pub fn triage() -> impl Strategy<Value = Triage> {
    proptest::collection::vec(
        proptest::option::of(proptest::sample::select(TriageAnswer::ALL.to_vec())),
        TriageId::ALL.len(),
    )
    .prop_map(|v| {
        TriageId::ALL
            .iter()
            .zip(v)
            .filter_map(|(t, a)| a.map(|a| (*t, a)))
            .collect()
    })
}

/// A catalogue with answers and triage for it.
pub fn assessment() -> impl Strategy<Value = (Catalog, Triage, Answers)> {
    catalog().prop_flat_map(|c| {
        let n = c.items.len();
        (Just(c), triage(), answers(n))
    })
}

pub fn all(catalog: &Catalog, v: Verdict) -> Answers {
    catalog
        .items
        .iter()
        .map(|i| (i.id.clone(), answer(v)))
        .collect()
}
