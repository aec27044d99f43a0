#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Readiness plan and certification gate check: the acceptance properties of issue 4 plus the
//! default timeline of certification.md, overrides, closed actions and the gates.

mod engine_common;

use chrono::{Months, NaiveDate};
use engine_common::{all, answer, assessment, catalog_from, date};
use ipms_readiness::i18n::render_both;
use ipms_readiness::model::assessment::{Answers, Facts, Triage, Verdict};
use ipms_readiness::model::catalog::{Catalog, Department, FixPhase};
use ipms_readiness::model::org::Organisation;
use ipms_readiness::model::plan::{
    ActionOverride, ActionStatus, FreeAction, MilestoneId, PhaseId, PhaseSettings, Plan, PlanInput,
    PriorityLevel, build_plan,
};
use ipms_readiness::model::profile::Profile;
use ipms_readiness::model::readiness::{GateId, GateStatus, check_gates};
use proptest::prelude::*;
use std::collections::BTreeMap;

fn plan_for(cat: &Catalog, triage: &Triage, answers: &Answers, settings: &PhaseSettings) -> Plan {
    build_plan(&PlanInput {
        catalog: cat,
        triage,
        answers,
        organisation: &Organisation::proposed(&[]),
        settings,
        overrides: &BTreeMap::new(),
        free_actions: &[],
        situation: None,
    })
}

fn settings() -> impl Strategy<Value = PhaseSettings> {
    (
        0i64..36_500,
        proptest::collection::btree_map(
            proptest::sample::select(PhaseId::ALL.to_vec()),
            0u32..150,
            0..12,
        ),
    )
        .prop_map(|(days, durations)| PhaseSettings {
            start: date(2000, 1, 1) + chrono::Duration::days(days),
            durations,
        })
}

fn three_months(d: NaiveDate) -> NaiveDate {
    d.checked_add_months(Months::new(3)).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn application_waits_for_three_months_audit_and_review(
        (cat, triage, answers) in assessment(),
        settings in settings(),
    ) {
        let plan = plan_for(&cat, &triage, &answers, &settings);
        let p = |id| *plan.phase(id).unwrap();
        let (op, audit, review, app) = (
            p(PhaseId::Operation),
            p(PhaseId::InternalAudit),
            p(PhaseId::ManagementReview),
            p(PhaseId::Application),
        );
        prop_assert!(app.start >= three_months(op.start), "{app:?} vs {op:?}");
        prop_assert!(app.start > audit.end && app.start > review.end);
        prop_assert!(review.start > audit.end);
        prop_assert!(audit.start >= op.start, "no audit before operation starts");
        prop_assert!(op.weeks >= 13);
        for ph in &plan.phases {
            prop_assert!(ph.end >= ph.start);
            prop_assert_eq!((ph.end - ph.start).num_days() + 1, i64::from(ph.weeks) * 7);
        }
        let milestone = |id| plan.milestones.iter().find(|m| m.id == id).unwrap().date;
        prop_assert_eq!(milestone(MilestoneId::Application), app.start);
        prop_assert_eq!(plan.target_certificate, p(PhaseId::Certificate).end);
        for a in &plan.actions {
            let ph = p(PhaseId::for_fix(a.phase));
            prop_assert!(a.start == ph.start && a.due == ph.end);
            prop_assert!((1..=9).contains(&a.priority));
            prop_assert!(a.verdict.is_some_and(|v| v.is_gap() || v == Verdict::Unanswered));
        }
        prop_assert!(plan.closed.is_empty(), "no stored records, nothing closed");
    }

    #[test]
    fn all_conform_plans_no_action((cat, triage, _) in assessment(), settings in settings()) {
        let plan = plan_for(&cat, &triage, &all(&cat, Verdict::Conform), &settings);
        prop_assert!(plan.actions.is_empty());
        prop_assert!(plan.documents.is_empty());
    }

    #[test]
    fn earliest_application_never_precedes_the_as_of_date(
        as_of_days in 0i64..20_000,
        offsets in proptest::collection::vec(proptest::option::of(-800i64..400), 3),
        licence in proptest::option::of(any::<bool>()),
        penalty in proptest::option::of(any::<bool>()),
        (cat, _, answers) in assessment(),
    ) {
        let as_of = date(1990, 1, 1) + chrono::Duration::days(as_of_days);
        let at = |o: Option<i64>| o.map(|d| as_of + chrono::Duration::days(d));
        let facts = Facts {
            operation_started_on: at(offsets[0]),
            internal_audit_on: at(offsets[1]),
            management_review_on: at(offsets[2]),
            ip_penalty_in_window: penalty,
            trained_auditors: None,
        };
        let profile = Profile { business_licence_valid: licence, ..Profile::default() };
        let check = check_gates(&cat, &profile, &facts, &answers, as_of);
        if let Some(earliest) = check.earliest_application {
            prop_assert!(earliest >= as_of);
            if let Some(start) = facts.operation_started_on {
                prop_assert!(earliest >= three_months(start));
            }
        } else {
            prop_assert!(licence == Some(false) || penalty == Some(true));
        }
        let hard_all_passed = check.gates.iter().filter(|g| g.hard).all(|g| g.status == GateStatus::Passed);
        prop_assert_eq!(check.ready, hard_all_passed);
        prop_assert_eq!(check.gates.len(), GateId::ALL.len());
        for g in &check.gates {
            let reason = render_both(&g.reason);
            prop_assert!(reason.is_complete() && !reason.zh_cn.starts_with("gate-"));
        }
    }
}

#[test]
fn default_timeline_follows_certification_md() {
    // Monday 2026-01-05 = day 1 of week 1.
    let plan = plan_for(
        &catalog_from(&[]),
        &Triage::new(),
        &Answers::new(),
        &PhaseSettings::new(date(2026, 1, 5)),
    );
    let week = |d: NaiveDate| (d - date(2026, 1, 5)).num_days() / 7 + 1;
    let weeks: Vec<(PhaseId, i64, i64)> = plan
        .phases
        .iter()
        .map(|p| (p.id, week(p.start), week(p.end)))
        .collect();
    assert_eq!(
        &weeks[..9],
        &[
            (PhaseId::KickOff, 1, 1),
            (PhaseId::Diagnosis, 1, 2),
            (PhaseId::Planning, 3, 4),
            (PhaseId::Documents, 3, 6),
            (PhaseId::IssueAndTraining, 7, 7),
            (PhaseId::Operation, 7, 19),
            (PhaseId::InternalAudit, 17, 18),
            (PhaseId::ManagementReview, 19, 19),
            (PhaseId::Application, 20, 20),
        ]
    );
    // Stage 1, stage 2 and the certificate follow: ≈ 7 months in all (6–8 typical).
    assert_eq!(plan.target_certificate, date(2026, 8, 2));
    // A longer operation moves the audit, review and application with it.
    let mut s = PhaseSettings::new(date(2026, 1, 5));
    s.durations.insert(PhaseId::Operation, 20);
    s.durations.insert(PhaseId::KickOff, 0);
    let plan = plan_for(&catalog_from(&[]), &Triage::new(), &Answers::new(), &s);
    assert_eq!(
        plan.phase(PhaseId::KickOff).unwrap().weeks,
        1,
        "clamped to a week"
    );
    assert_eq!(week(plan.phase(PhaseId::InternalAudit).unwrap().start), 24);
    assert_eq!(week(plan.phase(PhaseId::Application).unwrap().start), 27);
}

#[test]
fn three_calendar_months_bind_when_longer_than_13_weeks() {
    // Operation from 2026-07-01: 13 weeks end on 09-30, three calendar months on 10-01.
    let s = PhaseSettings::new(date(2026, 5, 20));
    let plan = plan_for(&catalog_from(&[]), &Triage::new(), &Answers::new(), &s);
    let op = plan.phase(PhaseId::Operation).unwrap();
    assert_eq!((op.start, op.end), (date(2026, 7, 1), date(2026, 9, 29)));
    let app = plan.phase(PhaseId::Application).unwrap();
    assert_eq!(app.start, date(2026, 10, 1));
    let enough = plan
        .milestones
        .iter()
        .find(|m| m.id == MilestoneId::OperationThreeMonths)
        .unwrap();
    assert_eq!(enough.date, date(2026, 10, 1));
}

/// Items: i000 major w3 (documents), i001 minor w2 (operation), i002 observation w2,
/// i003 unanswered prerequisite w1, i004 conform. i000 and i001 share a procedure.
fn gap_catalog() -> (Catalog, Answers) {
    let mut cat = catalog_from(&[
        (1, 0, 3, false, 1, None, 0),
        (4, 1, 2, false, 3, None, 0),
        (7, 2, 2, false, 0, None, 1),
        (10, 3, 1, true, 4, None, 2),
        (12, 4, 3, true, 1, None, 3),
    ]);
    cat.items[0].departments = vec![Department::Legal, Department::Hr];
    cat.items[1].departments = vec![Department::Legal];
    let answers = [
        ("i000".to_string(), answer(Verdict::Major)),
        ("i001".to_string(), answer(Verdict::Minor)),
        ("i002".to_string(), answer(Verdict::Observation)),
        ("i004".to_string(), answer(Verdict::Conform)),
    ]
    .into();
    (cat, answers)
}

#[test]
fn gaps_become_actions_with_owner_priority_phase_and_documents() {
    let (cat, answers) = gap_catalog();
    let settings = PhaseSettings::new(date(2026, 3, 2));
    let departments = [
        Department::TopManagement,
        Department::IpOffice,
        Department::Hr,
    ];
    let free = [FreeAction {
        id: "own-1".into(),
        text: "整理历年专利证书".into(),
        owner: None,
        unit: None,
        person: None,
        phase: FixPhase::Documents,
        due: None,
        status: ActionStatus::Open,
        notes: String::new(),
        priority: 12,
    }];
    let plan = build_plan(&PlanInput {
        catalog: &cat,
        triage: &Triage::new(),
        answers: &answers,
        organisation: &Organisation::proposed(&departments),
        settings: &settings,
        overrides: &BTreeMap::new(),
        free_actions: &free,
        situation: None,
    });
    let ids: Vec<&str> = plan.actions.iter().map(|a| a.id.as_str()).collect();
    // By phase (planning, documents, training, operation…), then priority, highest first.
    assert_eq!(ids, ["i002", "i000", "own-1", "i001", "i003"]);
    let a = |id: &str| plan.actions.iter().find(|a| a.id == id).unwrap();
    assert_eq!(
        (a("i000").priority, a("i000").level),
        (9, PriorityLevel::High)
    );
    assert_eq!(
        (a("i001").priority, a("i001").level),
        (4, PriorityLevel::Medium)
    );
    assert_eq!(
        (a("i002").priority, a("i002").level),
        (2, PriorityLevel::Low)
    );
    assert_eq!(a("i003").priority, 2, "unanswered prerequisite: severity 2");
    assert_eq!(a("own-1").priority, 9, "free priority clamped to 9");
    assert_eq!(
        (a("i000").owner, a("i000").unit.as_str()),
        (Department::Hr, "hr"),
        "first department the firm has"
    );
    assert_eq!(
        a("i001").unit,
        "ip-office",
        "no legal department: the IP office leads legal work"
    );
    assert_eq!(a("i000").text.en_us, "action 0");
    assert_eq!(a("i001").phase, FixPhase::Operation);
    assert_eq!(a("i001").due, plan.phase(PhaseId::Operation).unwrap().end);
    assert_eq!(plan.phase(PhaseId::Documents).unwrap().actions, 2);
    // Documents to write: document evidence of gap items, de-duplicated; never records, never
    // conform items.
    let docs: Vec<(&str, Vec<&str>)> = plan
        .documents
        .iter()
        .map(|d| {
            (
                d.text.en_us.as_str(),
                d.item_ids.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        docs,
        [
            ("procedure 0", vec!["i000", "i001"]),
            ("procedure 1", vec!["i002"]),
            ("procedure 2", vec!["i003"]),
        ]
    );
}

#[test]
fn overrides_survive_recomputation_and_conform_items_close() {
    let (cat, mut answers) = gap_catalog();
    let settings = PhaseSettings::new(date(2026, 3, 2));
    let overrides = BTreeMap::from([
        (
            "i000".to_string(),
            ActionOverride {
                owner: Some(Department::Finance),
                unit: None,
                person: None,
                text: None,
                priority: None,
                due: Some(date(2026, 3, 10)),
                status: Some(ActionStatus::InProgress),
                notes: Some("等法务顾问回复".into()),
            },
        ),
        ("i001".to_string(), ActionOverride::default()),
    ]);
    let build = |answers: &Answers| {
        build_plan(&PlanInput {
            catalog: &cat,
            triage: &Triage::new(),
            answers,
            organisation: &Organisation::proposed(&[]),
            settings: &settings,
            overrides: &overrides,
            free_actions: &[],
            situation: None,
        })
    };
    // Recompute after an unrelated answer changed: the edits still apply.
    answers.insert("i002".into(), answer(Verdict::Major));
    let plan = build(&answers);
    let a = plan.actions.iter().find(|a| a.id == "i000").unwrap();
    assert_eq!(a.owner, Department::Finance);
    assert_eq!(a.due, date(2026, 3, 10));
    assert!(a.start <= a.due);
    assert_eq!(a.status, ActionStatus::InProgress);
    assert_eq!(a.notes, "等法务顾问回复");
    assert!(a.overridden.owner && a.overridden.due && a.overridden.status && a.overridden.notes);
    let b = plan.actions.iter().find(|a| a.id == "i001").unwrap();
    assert!(!b.overridden.owner && b.status == ActionStatus::Open);
    // The items become conform: their stored records close, the edits are kept.
    answers.insert("i000".into(), answer(Verdict::Conform));
    answers.insert("i001".into(), answer(Verdict::Conform));
    let plan = build(&answers);
    assert!(
        plan.actions
            .iter()
            .all(|a| a.id != "i000" && a.id != "i001")
    );
    let closed: Vec<&str> = plan.closed.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(closed, ["i000", "i001"]);
    assert!(plan.closed.iter().all(|a| a.status == ActionStatus::Closed));
    assert_eq!(plan.closed[0].notes, "等法务顾问回复");
    // A gap again: the action reopens with the user's edits.
    answers.insert("i000".into(), answer(Verdict::Minor));
    let plan = build(&answers);
    assert_eq!(
        plan.actions.iter().find(|a| a.id == "i000").unwrap().status,
        ActionStatus::InProgress
    );
}

fn good_facts() -> Facts {
    Facts {
        operation_started_on: Some(date(2026, 1, 31)),
        internal_audit_on: Some(date(2026, 4, 20)),
        management_review_on: Some(date(2026, 4, 28)),
        ip_penalty_in_window: Some(false),
        trained_auditors: Some(0),
    }
}

#[test]
fn gate_check_passes_only_when_every_hard_gate_passes() {
    let (cat, _) = gap_catalog();
    let answers = all(&cat, Verdict::Conform);
    let profile = Profile {
        business_licence_valid: Some(true),
        ..Profile::default()
    };
    let as_of = date(2026, 5, 6);
    let check = check_gates(&cat, &profile, &good_facts(), &answers, as_of);
    assert!(check.ready, "{:#?}", check.gates);
    assert_eq!(check.earliest_application, Some(as_of));
    // Advisory gates fail without blocking.
    assert_eq!(
        check.gate(GateId::TrainedAuditor).unwrap().status,
        GateStatus::Failed
    );
    assert_eq!(
        check.gate(GateId::ValidRight).unwrap().status,
        GateStatus::Failed
    );
    assert!(!check.gate(GateId::ValidRight).unwrap().hard);

    // 2026-01-31 + 3 calendar months = 2026-04-30: on 04-29 the period is not over.
    let early = date(2026, 4, 29);
    let mut facts = good_facts();
    facts.internal_audit_on = Some(date(2026, 4, 10));
    facts.management_review_on = Some(date(2026, 4, 20));
    let check = check_gates(&cat, &profile, &facts, &answers, early);
    assert!(!check.ready);
    let op = check.gate(GateId::OperatingPeriod).unwrap();
    assert_eq!(op.status, GateStatus::Failed);
    let reason = render_both(&op.reason);
    assert!(reason.zh_cn.contains("2026-04-30"), "{}", reason.zh_cn);
    assert_eq!(check.earliest_application, Some(date(2026, 4, 30)));
    assert!(
        render_both(&check.earliest_reason)
            .en_us
            .contains("2026-04-30")
    );

    // Review before audit, audit before operation: both fail with the dates in the reason.
    let mut facts = good_facts();
    facts.internal_audit_on = Some(date(2026, 1, 10));
    facts.management_review_on = Some(date(2026, 1, 5));
    let check = check_gates(&cat, &profile, &facts, &answers, as_of);
    assert_eq!(
        check.gate(GateId::InternalAudit).unwrap().status,
        GateStatus::Failed
    );
    assert_eq!(
        check.gate(GateId::ManagementReview).unwrap().status,
        GateStatus::Failed
    );
    // Audit and review still to come: three weeks from today at the soonest.
    assert_eq!(check.earliest_application, Some(date(2026, 5, 27)));

    // Prerequisite items that are not conform are named by clause; unanswered ones count as
    // not met.
    let (cat, answers) = gap_catalog();
    let check = check_gates(&cat, &profile, &good_facts(), &answers, as_of);
    let pre = check.gate(GateId::Prerequisites).unwrap();
    assert_eq!(pre.status, GateStatus::Failed);
    let clause = &cat.item("i003").unwrap().clause;
    let reason = render_both(&pre.reason);
    assert!(reason.zh_cn.contains(clause.as_str()), "{}", reason.zh_cn);
    let mut answers = answers;
    answers.insert("i004".into(), answer(Verdict::Minor));
    let check = check_gates(&cat, &profile, &good_facts(), &answers, as_of);
    let pre = check.gate(GateId::Prerequisites).unwrap();
    assert_eq!(pre.status, GateStatus::Failed);
    let reason = render_both(&pre.reason);
    assert!(
        reason.en_us.starts_with("1 of 2 prerequisite items"),
        "{}",
        reason.en_us
    );

    // Nothing known: every gate asks, and no licence means no date at all.
    let check = check_gates(
        &cat,
        &Profile::default(),
        &Facts::default(),
        &Answers::new(),
        as_of,
    );
    assert!(!check.ready);
    assert_eq!(
        check.gate(GateId::BusinessLicence).unwrap().status,
        GateStatus::Unknown
    );
    assert_eq!(
        check.earliest_application,
        Some(date(2026, 8, 6)),
        "as-of + 3 months"
    );
    let no_licence = Profile {
        business_licence_valid: Some(false),
        ..Profile::default()
    };
    let check = check_gates(&cat, &no_licence, &good_facts(), &Answers::new(), as_of);
    assert_eq!(check.earliest_application, None);
    assert!(
        render_both(&check.earliest_reason)
            .zh_cn
            .contains("营业执照")
    );
}
