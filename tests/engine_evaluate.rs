#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The one evaluation: a plan that starts from where the client is, gates that count
//! unanswered prerequisites as not met, durations outside their range reported, and one
//! default plan start for everyone.

use chrono::NaiveDate;
use ipms_readiness::catalogs;
use ipms_readiness::model::assessment::{Answer, Answers, Facts, Verdict};
use ipms_readiness::model::catalog::Catalog;
use ipms_readiness::model::evaluate::{EvaluationInput, evaluate};
use ipms_readiness::model::plan::{PhaseId, PhaseSettings};
use ipms_readiness::model::profile::Profile;
use ipms_readiness::model::readiness::{GateId, GateStatus};
use std::collections::BTreeMap;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn catalog() -> &'static Catalog {
    &catalogs::builtin().unwrap().gbt2023
}

fn input<'a>(
    profile: &'a Profile,
    facts: &'a Facts,
    answers: &'a Answers,
    phases: Option<&'a PhaseSettings>,
) -> EvaluationInput<'a> {
    static NO_OVERRIDES: std::sync::OnceLock<
        BTreeMap<String, ipms_readiness::model::plan::ActionOverride>,
    > = std::sync::OnceLock::new();
    EvaluationInput {
        catalog: catalog(),
        profile,
        facts,
        answers,
        phases,
        overrides: NO_OVERRIDES.get_or_init(BTreeMap::new),
        free_actions: &[],
        previous: None,
    }
}

fn all(v: Verdict) -> Answers {
    catalog()
        .active_items()
        .map(|i| (i.id.clone(), Answer::with_verdict(v)))
        .collect()
}

#[test]
fn a_running_system_is_not_sent_back_to_the_start() {
    // Operating since 2025-06, internal audit and management review done.
    let facts = Facts {
        operation_started_on: Some(date(2025, 6, 2)),
        internal_audit_on: Some(date(2025, 10, 14)),
        management_review_on: Some(date(2025, 11, 5)),
        ip_penalty_in_window: Some(false),
        trained_auditors: Some(2),
    };
    let answers = all(Verdict::Conform);
    let profile = Profile::default();
    let as_of = date(2026, 12, 1);
    let e = evaluate(&input(&profile, &facts, &answers, None), as_of);
    let phase = |id| *e.plan.phase(id).unwrap();
    for id in [
        PhaseId::KickOff,
        PhaseId::Diagnosis,
        PhaseId::Planning,
        PhaseId::Documents,
        PhaseId::IssueAndTraining,
        PhaseId::Operation,
        PhaseId::InternalAudit,
        PhaseId::ManagementReview,
    ] {
        assert!(phase(id).done, "{id:?} should be done: {:?}", phase(id));
    }
    assert_eq!(phase(PhaseId::Operation).start, date(2025, 6, 2));
    assert_eq!(phase(PhaseId::InternalAudit).end, date(2025, 10, 14));
    assert_eq!(phase(PhaseId::ManagementReview).end, date(2025, 11, 5));
    // Nothing left but to apply: the plan's application date is the as-of date, which is
    // also the gates' earliest date.
    assert_eq!(e.planned_application(), Some(as_of));
    assert_eq!(e.gates.earliest_application, Some(as_of));
    assert!(!phase(PhaseId::Application).done);
}

#[test]
fn an_audit_still_to_come_is_scheduled_from_the_as_of_date() {
    let facts = Facts {
        operation_started_on: Some(date(2026, 1, 5)),
        ..Facts::default()
    };
    let answers = Answers::new();
    let profile = Profile::default();
    let as_of = date(2026, 12, 1);
    let e = evaluate(&input(&profile, &facts, &answers, None), as_of);
    let audit = *e.plan.phase(PhaseId::InternalAudit).unwrap();
    let review = *e.plan.phase(PhaseId::ManagementReview).unwrap();
    assert!(!audit.done && !review.done);
    assert!(audit.start >= as_of, "{audit:?}");
    assert!(review.start > audit.end);
    let application = e.planned_application().unwrap();
    assert!(application > review.end);
    // The gates' earliest date uses the same default durations; the plan also waits for the
    // gaps left in the phases already done (every prerequisite is unanswered here).
    let earliest = e.gates.earliest_application.unwrap();
    assert!(earliest <= application, "{earliest} > {application}");
    // Every open action is due on or after the as-of date.
    for a in &e.plan.actions {
        assert!(a.due >= as_of, "{} due {}", a.id, a.due);
    }
}

#[test]
fn an_audit_dated_before_operation_does_not_count() {
    let facts = Facts {
        operation_started_on: Some(date(2026, 3, 2)),
        internal_audit_on: Some(date(2026, 1, 10)),
        ..Facts::default()
    };
    let (profile, answers) = (Profile::default(), Answers::new());
    let e = evaluate(&input(&profile, &facts, &answers, None), date(2026, 12, 1));
    assert!(!e.plan.phase(PhaseId::InternalAudit).unwrap().done);
}

#[test]
fn without_saved_settings_the_plan_starts_on_the_as_of_date() {
    let (profile, facts, answers) = (Profile::default(), Facts::default(), Answers::new());
    let as_of = date(2026, 12, 1);
    let e = evaluate(&input(&profile, &facts, &answers, None), as_of);
    assert_eq!(e.plan.phase(PhaseId::KickOff).unwrap().start, as_of);
    assert_eq!(e.settings.start, as_of);
}

#[test]
fn unanswered_prerequisites_count_as_not_met() {
    let profile = Profile::default();
    let facts = Facts::default();
    // Everything conform except the prerequisites, which stay unanswered.
    let answers: Answers = catalog()
        .active_items()
        .filter(|i| !i.prerequisite)
        .map(|i| (i.id.clone(), Answer::with_verdict(Verdict::Conform)))
        .collect();
    let e = evaluate(&input(&profile, &facts, &answers, None), date(2026, 12, 1));
    let gate = e.gates.gate(GateId::Prerequisites).unwrap();
    assert_eq!(gate.status, GateStatus::Failed, "{gate:?}");
    assert!(!e.gates.ready);
}

#[test]
fn the_reason_names_clauses_not_item_ids() {
    let (profile, facts) = (Profile::default(), Facts::default());
    let answers = all(Verdict::Major);
    let e = evaluate(&input(&profile, &facts, &answers, None), date(2026, 12, 1));
    let gate = e.gates.gate(GateId::Prerequisites).unwrap();
    for l in ipms_readiness::locale::Locale::ALL {
        let text = ipms_readiness::i18n::render(l, &gate.reason);
        assert!(!text.contains("23-"), "{text}");
    }
}

#[test]
fn a_duration_outside_its_range_is_reported_not_silently_clamped() {
    let (profile, facts, answers) = (Profile::default(), Facts::default(), Answers::new());
    let mut settings = PhaseSettings::new(date(2026, 12, 1));
    settings.durations.insert(PhaseId::Operation, 4);
    settings.durations.insert(PhaseId::Documents, 300);
    settings.durations.insert(PhaseId::Planning, 3);
    let e = evaluate(
        &input(&profile, &facts, &answers, Some(&settings)),
        date(2026, 12, 1),
    );
    let issues: Vec<(PhaseId, u32, u32)> = e
        .duration_issues
        .iter()
        .map(|i| (i.phase, i.given, i.used))
        .collect();
    assert_eq!(
        issues,
        vec![
            (PhaseId::Planning, 3, 3),
            (PhaseId::Documents, 300, 104),
            (PhaseId::Operation, 4, 13)
        ]
        .into_iter()
        .filter(|(_, g, u)| g != u)
        .collect::<Vec<_>>()
    );
}

#[test]
fn internal_auditors_recorded_among_the_people_count_for_the_auditor_gate() {
    use ipms_readiness::i18n::render;
    use ipms_readiness::locale::Locale;
    use ipms_readiness::model::org::{Organisation, Person, Role};
    let gate = |profile: &Profile, facts: &Facts| {
        let answers = Answers::new();
        let e = evaluate(&input(profile, facts, &answers, None), date(2026, 12, 1));
        e.gates
            .gates
            .into_iter()
            .find(|g| g.id == GateId::TrainedAuditor)
            .unwrap()
    };
    let profile = Profile {
        organisation: Organisation {
            units: Vec::new(),
            people: vec![Person {
                name: "王强".into(),
                role: Role::InternalAuditor,
                unit: None,
            }],
        },
        ..Profile::default()
    };
    // Nothing typed in the count: the recorded auditor counts, by name.
    let g = gate(&profile, &Facts::default());
    assert_eq!(g.status, GateStatus::Passed);
    assert!(
        render(Locale::ZhCn, &g.reason).contains("王强"),
        "{:?}",
        g.reason
    );
    // A count of 0 typed beside a recorded auditor: not met, and the reason names the conflict.
    let zero = Facts {
        trained_auditors: Some(0),
        ..Facts::default()
    };
    let g = gate(&profile, &zero);
    assert_eq!(g.status, GateStatus::Failed);
    assert!(
        render(Locale::EnUs, &g.reason).contains("王强"),
        "{:?}",
        g.reason
    );
    // No one recorded and no count: still unknown.
    let g = gate(&Profile::default(), &Facts::default());
    assert_eq!(g.status, GateStatus::Unknown);
}

#[test]
fn gaps_left_in_phases_already_done_are_closed_before_the_application() {
    // Operating since 2026-06-01 with the internal audit done; the documents still have gaps.
    let facts = Facts {
        operation_started_on: Some(date(2026, 6, 1)),
        internal_audit_on: Some(date(2026, 10, 20)),
        ip_penalty_in_window: Some(false),
        trained_auditors: Some(2),
        ..Facts::default()
    };
    let mut answers = all(Verdict::Conform);
    let gaps: Vec<String> = catalog()
        .active_items()
        .filter(|i| i.fix_phase == ipms_readiness::model::catalog::FixPhase::Documents)
        .take(3)
        .map(|i| i.id.clone())
        .collect();
    for id in &gaps {
        answers.insert(id.clone(), Answer::with_verdict(Verdict::Minor));
    }
    let profile = Profile::default();
    let as_of = date(2026, 12, 1);
    let e = evaluate(&input(&profile, &facts, &answers, None), as_of);
    let application = e.planned_application().unwrap();
    let latest = e.plan.actions.iter().map(|a| a.due).max().unwrap();
    assert_eq!(e.plan.actions.len(), gaps.len());
    assert!(
        latest < application,
        "actions due {latest}, application {application}"
    );
    // The review that closes the period comes after the gaps are closed too.
    let review = e.plan.phase(PhaseId::ManagementReview).unwrap();
    assert!(latest < review.start, "{review:?}");
}
