#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Engine speed: scoring plus the readiness plan of a full 2023 diagnosis (every item of the
//! built-in catalogue answered with a realistic mix of verdicts, some overrides and free
//! actions). Target: score + plan < 1 ms.

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use ipms_readiness::model::assessment::{Answer, Answers, Facts, Triage, Verdict};
use ipms_readiness::model::catalog::{Department, FixPhase};
use ipms_readiness::model::org::Organisation;
use ipms_readiness::model::plan::{
    ActionOverride, ActionStatus, FreeAction, PhaseSettings, PlanInput, build_plan,
};
use ipms_readiness::model::profile::Profile;
use ipms_readiness::model::readiness::check_gates;
use ipms_readiness::model::scoring::score;
use std::collections::BTreeMap;
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let set = ipms_readiness::catalogs::builtin().expect("built-in catalogues parse");
    let catalog = &set.gbt2023;
    let mix = [
        Verdict::Conform,
        Verdict::Minor,
        Verdict::Conform,
        Verdict::Observation,
        Verdict::Major,
        Verdict::Conform,
        Verdict::Unanswered,
    ];
    let answers: Answers = catalog
        .active_items()
        .enumerate()
        .filter(|(i, _)| mix[i % mix.len()] != Verdict::Unanswered)
        .map(|(i, item)| (item.id.clone(), Answer::with_verdict(mix[i % mix.len()])))
        .collect();
    let triage = Triage::new();
    let start = NaiveDate::from_ymd_opt(2026, 3, 2).expect("valid date");
    let settings = PhaseSettings::new(start);
    let overrides: BTreeMap<String, ActionOverride> = catalog
        .active_items()
        .step_by(9)
        .map(|i| {
            let o = ActionOverride {
                owner: Some(Department::IpOffice),
                status: Some(ActionStatus::InProgress),
                ..ActionOverride::default()
            };
            (i.id.clone(), o)
        })
        .collect();
    let free: Vec<FreeAction> = (0..5)
        .map(|n| FreeAction {
            id: format!("free-{n}"),
            text: format!("自定义措施 {n}"),
            owner: None,
            unit: None,
            person: None,
            phase: FixPhase::Documents,
            due: None,
            status: ActionStatus::Open,
            notes: String::new(),
            priority: 5,
        })
        .collect();
    let organisation = Organisation::proposed(&[]);
    let input = PlanInput {
        catalog,
        triage: &triage,
        answers: &answers,
        organisation: &organisation,
        settings: &settings,
        overrides: &overrides,
        free_actions: &free,
        situation: None,
    };
    let plan = build_plan(&input);
    eprintln!(
        "{} items, {} answers, {} open actions, {} closed, {} documents",
        catalog.active_items().count(),
        answers.len(),
        plan.actions.len(),
        plan.closed.len(),
        plan.documents.len()
    );
    c.bench_function("score", |b| {
        b.iter(|| score(black_box(catalog), black_box(&triage), black_box(&answers)));
    });
    c.bench_function("plan", |b| b.iter(|| build_plan(black_box(&input))));
    c.bench_function("score+plan", |b| {
        b.iter(|| {
            let card = score(black_box(catalog), black_box(&triage), black_box(&answers));
            (card, build_plan(black_box(&input)))
        });
    });
    let profile = Profile {
        business_licence_valid: Some(true),
        ..Profile::default()
    };
    let facts = Facts {
        operation_started_on: Some(start),
        ..Facts::default()
    };
    c.bench_function("gates", |b| {
        b.iter(|| check_gates(black_box(catalog), &profile, &facts, &answers, start));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
