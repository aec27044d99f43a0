#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::field_reassign_with_default,
    clippy::default_trait_access,
    clippy::case_sensitive_file_extension_comparisons,
    clippy::float_cmp
)] // test code
//! The store's everyday behaviour: clients, assessments, answers with their audit trail,
//! actions, follow-ups, the client list — in a folder whose path has Chinese and spaces.

use ipms_readiness::model::assessment::{Answer, Answers, Facts, TriageAnswer, Verdict};
use ipms_readiness::model::catalog::{Department, FixPhase, TriageId};
use ipms_readiness::model::plan::{ActionOverride, ActionStatus, FreeAction, PhaseSettings};
use ipms_readiness::model::profile::{Industry, Profile};
use ipms_readiness::store::{NewAssessment, Status, Store, StoreError};
use std::path::PathBuf;

fn temp() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("客户 资料 2026").join("ipms.sqlite3");
    (dir, db)
}

fn new(org: &str) -> NewAssessment {
    NewAssessment {
        organization: org.into(),
        title: format!("{org} 诊断"),
        assessor: "张工".into(),
        ..NewAssessment::default()
    }
}

fn item(store: &Store, catalog: &str, clause: &str) -> String {
    store
        .catalog(catalog)
        .unwrap()
        .active_items()
        .find(|i| i.clause == clause)
        .unwrap()
        .id
        .clone()
}

#[test]
fn answers_survive_reopening_and_keep_an_audit_trail() {
    let (_dir, db) = temp();
    let store = Store::open(&db).unwrap();
    let id = store
        .create_assessment(&new("深圳市甲乙科技有限公司"))
        .unwrap();
    assert_eq!(store.assessment(id).unwrap().status, Status::Draft);
    let it = item(&store, "gbt29490-2023", "5.2");
    let mut a = Answer::with_verdict(Verdict::Major);
    a.note = "没有方针".into();
    a.evidence_seen = vec!["《员工手册》".into()];
    a.method = Some(ipms_readiness::model::catalog::Method::Interview);
    a.department = Some(Department::TopManagement);
    store.save_answer(id, &it, &a).unwrap();
    a.verdict = Verdict::Minor;
    a.note = "方针草案未批准".into();
    store.save_answer(id, &it, &a).unwrap();
    // Same verdict and note again: no new audit entry.
    store.save_answer(id, &it, &a).unwrap();
    drop(store);

    let store = Store::open(&db).unwrap();
    let record = store.load(id).unwrap();
    assert_eq!(record.answers[&it], a);
    assert_eq!(record.meta.status, Status::InProgress);
    let trail = store.answer_history(id, Some(&it)).unwrap();
    assert_eq!(trail.len(), 2);
    assert_eq!(trail[0].old_verdict, None);
    assert_eq!(trail[0].new_verdict, Verdict::Major);
    assert_eq!(trail[1].old_verdict, Some(Verdict::Major));
    assert_eq!(trail[1].old_note.as_deref(), Some("没有方针"));
    assert_eq!(trail[1].new_note, "方针草案未批准");
    assert!(trail[0].at <= trail[1].at);
}

#[test]
fn invalid_answers_are_refused_and_change_nothing() {
    let (_dir, db) = temp();
    let store = Store::open(&db).unwrap();
    let id = store.create_assessment(&new("甲")).unwrap();
    let it = item(&store, "gbt29490-2023", "4.1");
    let na = Answer::with_verdict(Verdict::Na);
    assert!(matches!(
        store.save_answer(id, &it, &na),
        Err(StoreError::NaReasonMissing { .. })
    ));
    assert!(matches!(
        store.save_answer(id, "no-such-item", &Answer::with_verdict(Verdict::Conform)),
        Err(StoreError::UnknownItem { .. })
    ));
    assert!(matches!(
        store.save_answer(999, &it, &Answer::with_verdict(Verdict::Conform)),
        Err(StoreError::UnknownAssessment(999))
    ));
    let mut long = Answer::with_verdict(Verdict::Minor);
    long.note = "长".repeat(100_001);
    assert!(
        store
            .save_answer(id, &it, &long)
            .unwrap_err()
            .is_invalid_input()
    );
    // A batch with one bad answer writes none of them.
    let mut batch = Answers::new();
    batch.insert(it.clone(), Answer::with_verdict(Verdict::Conform));
    batch.insert("bogus".into(), Answer::with_verdict(Verdict::Conform));
    assert!(store.save_answers(id, &batch).is_err());
    assert!(store.load(id).unwrap().answers.is_empty());
    assert!(store.answer_history(id, None).unwrap().is_empty());
}

#[test]
fn organizations_are_reused_by_name_or_code_and_profiles_carry_over() {
    let (_dir, db) = temp();
    let store = Store::open(&db).unwrap();
    let mut profile = Profile {
        name: "深圳市甲乙科技有限公司".into(),
        industry: Some(Industry::Industry),
        employees: Some(120),
        revenue_wan: Some(5000.0),
        ..Profile::default()
    };
    profile.triage.insert(TriageId::Export, TriageAnswer::No);
    let first = store
        .create_assessment(&NewAssessment {
            profile: Some(profile.clone()),
            uscc: Some("91440300708461136t".into()),
            ..new("深圳市甲乙科技有限公司")
        })
        .unwrap();
    // By name: the same organization, starting from its latest profile.
    let second = store
        .create_assessment(&new("深圳市甲乙科技有限公司"))
        .unwrap();
    // By code under another name: still the same organization.
    let third = store
        .create_assessment(&NewAssessment {
            uscc: Some("91440300708461136T".into()),
            ..new("甲乙科技（深圳）")
        })
        .unwrap();
    let r1 = store.load(first).unwrap();
    let r2 = store.load(second).unwrap();
    let r3 = store.load(third).unwrap();
    assert_eq!(r1.organization.id, r2.organization.id);
    assert_eq!(r1.organization.id, r3.organization.id);
    assert_eq!(r1.organization.uscc.as_deref(), Some("91440300708461136T"));
    assert_eq!(r2.profile.employees, Some(120));
    assert_eq!(
        r2.profile.triage.get(&TriageId::Export),
        Some(&TriageAnswer::No)
    );
    // The previous assessment is the latest one before.
    assert_eq!(r2.meta.previous_id, Some(first));
    assert_eq!(r3.meta.previous_id, Some(second));
    let list = store.list_organizations().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].assessments.len(), 3);
    assert_eq!(list[0].assessments[0].meta.id, third);
}

#[test]
fn an_invalid_profile_is_refused() {
    let (_dir, db) = temp();
    let store = Store::open(&db).unwrap();
    let id = store.create_assessment(&new("甲")).unwrap();
    let bad = Profile {
        name: "甲".into(),
        employees: Some(-5),
        ..Profile::default()
    };
    let err = store.save_profile(id, &bad).unwrap_err();
    assert!(matches!(err, StoreError::Profile(_)), "{err:?}");
    let bad_code = NewAssessment {
        uscc: Some("123".into()),
        ..new("乙")
    };
    assert!(store.create_assessment(&bad_code).is_err());
    // A malformed code beside a valid profile is refused too.
    let mixed = NewAssessment {
        uscc: Some("91440300708461136X".into()),
        profile: Some(Profile {
            name: "丙".into(),
            uscc: "91440300708461136T".into(),
            ..Profile::default()
        }),
        ..new("丙")
    };
    assert!(matches!(
        store.create_assessment(&mixed),
        Err(StoreError::Profile(_))
    ));
    assert_eq!(store.list_organizations().unwrap().len(), 1);
}

#[test]
fn profile_facts_phases_and_actions_round_trip() {
    let (_dir, db) = temp();
    let store = Store::open(&db).unwrap();
    let id = store.create_assessment(&new("丙")).unwrap();
    let mut profile = store.load(id).unwrap().profile;
    profile.employees = Some(40);
    profile.triage.insert(TriageId::Patents, TriageAnswer::Yes);
    store.save_profile(id, &profile).unwrap();
    let facts = Facts {
        operation_started_on: chrono::NaiveDate::from_ymd_opt(2026, 1, 5),
        internal_audit_on: None,
        management_review_on: None,
        ip_penalty_in_window: Some(false),
        trained_auditors: Some(2),
    };
    store.save_facts(id, &facts).unwrap();
    let mut phases = PhaseSettings::new(chrono::NaiveDate::from_ymd_opt(2026, 2, 1).unwrap());
    phases
        .durations
        .insert(ipms_readiness::model::plan::PhaseId::Documents, 6);
    store.save_phases(id, &phases).unwrap();
    let it = item(&store, "gbt29490-2023", "6.2");
    let ov = ActionOverride {
        owner: Some(Department::Hr),
        unit: None,
        person: None,
        text: None,
        priority: None,
        due: chrono::NaiveDate::from_ymd_opt(2026, 4, 1),
        status: Some(ActionStatus::InProgress),
        notes: Some("人事部牵头".into()),
    };
    store.save_override(id, &it, &ov).unwrap();
    let free = |n: &str| FreeAction {
        id: n.into(),
        text: format!("自定义措施 {n}"),
        owner: None,
        unit: None,
        person: None,
        phase: FixPhase::Training,
        due: None,
        status: ActionStatus::Open,
        notes: String::new(),
        priority: 5,
    };
    store.save_free_action(id, &free("b")).unwrap();
    store.save_free_action(id, &free("a")).unwrap();
    let mut edited = free("b");
    edited.notes = "已改".into();
    store.save_free_action(id, &edited).unwrap();
    let r = store.load(id).unwrap();
    assert_eq!(r.profile, profile);
    assert_eq!(r.facts, facts);
    assert_eq!(r.phases, Some(phases));
    assert_eq!(r.overrides[&it], ov);
    // Order of creation is kept; an edit does not move the action.
    let ids: Vec<&str> = r.free_actions.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["b", "a"]);
    assert_eq!(r.free_actions[0].notes, "已改");
    store.delete_free_action(id, "b").unwrap();
    store.clear_override(id, &it).unwrap();
    let r = store.load(id).unwrap();
    assert_eq!(r.free_actions.len(), 1);
    assert!(r.overrides.is_empty());
}

#[test]
fn list_scores_come_from_the_engine_and_follow_changes() {
    let (_dir, db) = temp();
    let store = Store::open(&db).unwrap();
    let id = store.create_assessment(&new("丁")).unwrap();
    let summary = |s: &Store| s.list_organizations().unwrap()[0].assessments[0].clone();
    let empty = summary(&store);
    assert_eq!(empty.score, None);
    assert!(empty.progress.abs() < f64::EPSILON);
    let ids: Vec<String> = store
        .catalog("gbt29490-2023")
        .unwrap()
        .active_items()
        .take(4)
        .map(|i| i.id.clone())
        .collect();
    store
        .save_answer(id, &ids[0], &Answer::with_verdict(Verdict::Conform))
        .unwrap();
    let one = summary(&store);
    assert_eq!(one.score, Some(100.0));
    assert_eq!(one.answered, 1);
    store
        .save_answer(id, &ids[1], &Answer::with_verdict(Verdict::Major))
        .unwrap();
    let two = summary(&store);
    assert!(two.score.unwrap() < 100.0);
    assert_eq!(two.answered, 2);
    assert!(two.gaps >= 1);
    // Cached and fresh summaries agree.
    assert_eq!(summary(&store), two);
    assert_eq!(store.summary(id).unwrap(), two);
}

#[test]
fn rename_status_conclusion_and_delete() {
    let (_dir, db) = temp();
    let store = Store::open(&db).unwrap();
    let a = store.create_assessment(&new("戊")).unwrap();
    let b = store.create_assessment(&new("戊")).unwrap();
    store.rename(a, "2025 年诊断").unwrap();
    store.set_conclusion(a, "具备贯标基础。").unwrap();
    store.set_status(a, Status::Completed).unwrap();
    store.set_assessor(a, "王五", "某咨询公司").unwrap();
    let m = store.assessment(a).unwrap();
    assert_eq!(
        (m.title.as_str(), m.conclusion.as_str(), m.status),
        ("2025 年诊断", "具备贯标基础。", Status::Completed)
    );
    assert_eq!(m.assessor_organization, "某咨询公司");
    store.delete_assessment(a).unwrap();
    assert!(matches!(
        store.load(a),
        Err(StoreError::UnknownAssessment(_))
    ));
    assert_eq!(store.assessment(b).unwrap().previous_id, None);
    let org = store.assessment(b).unwrap().organization_id;
    store.rename_organization(org, "戊公司").unwrap();
    assert_eq!(store.organization(org).unwrap().unwrap().name, "戊公司");
    store.delete_organization(org).unwrap();
    assert!(store.list_organizations().unwrap().is_empty());
}

#[test]
fn a_follow_up_from_2013_suggests_2023_verdicts() {
    let (_dir, db) = temp();
    let store = Store::open(&db).unwrap();
    let old = store
        .create_assessment(&NewAssessment {
            catalog_id: Some("gbt29490-2013".into()),
            ..new("己")
        })
        .unwrap();
    let mut answers = Answers::new();
    for i in store.catalog("gbt29490-2013").unwrap().active_items() {
        answers.insert(i.id.clone(), Answer::with_verdict(Verdict::Conform));
    }
    store.save_answers(old, &answers).unwrap();
    let mut facts = Facts::default();
    facts.trained_auditors = Some(1);
    store.save_facts(old, &facts).unwrap();
    let new_id = store
        .follow_up(old, Some("gbt29490-2023"), "2023 版复评")
        .unwrap();
    let r = store.load(new_id).unwrap();
    assert_eq!(r.meta.catalog_id, "gbt29490-2023");
    assert_eq!(r.meta.previous_id, Some(old));
    assert_eq!(r.facts, facts);
    assert!(!r.answers.is_empty());
    assert!(
        r.answers
            .values()
            .all(|a| a.suggested && a.verdict == Verdict::Conform)
    );
    // The same edition: every earlier answer comes along as a suggestion to confirm.
    let again = store.follow_up(new_id, None, "复评").unwrap();
    let carried = store.load(again).unwrap().answers;
    assert_eq!(carried.len(), r.answers.len());
    assert!(carried.values().all(|a| a.suggested));
}

#[test]
fn settings_are_kept() {
    let (_dir, db) = temp();
    let store = Store::open(&db).unwrap();
    assert_eq!(store.setting("assessor").unwrap(), None);
    store.set_setting("assessor", "李娜").unwrap();
    store.set_setting("assessor", "李娜 2").unwrap();
    assert_eq!(
        store.setting("assessor").unwrap().as_deref(),
        Some("李娜 2")
    );
}

#[test]
fn the_demo_client_is_partly_answered_with_notes_and_facts() {
    let (_dir, db) = temp();
    let store = Store::open(&db).unwrap();
    let id = ipms_readiness::demo::create(&store).unwrap();
    let r = store.load(id).unwrap();
    assert_eq!(r.organization.name, ipms_readiness::demo::DEMO_ORGANIZATION);
    assert!(r.profile.validate().is_ok());
    let total = store
        .catalog(&r.meta.catalog_id)
        .unwrap()
        .active_items()
        .count();
    let answered = r.answers.len();
    assert!(
        answered > total / 3 && answered < total,
        "{answered}/{total}"
    );
    assert!(r.answers.values().filter(|a| !a.note.is_empty()).count() >= 20);
    assert!(r.answers.values().any(|a| a.verdict == Verdict::Na));
    assert_eq!(r.facts.ip_penalty_in_window, Some(false));
    assert!(!r.meta.conclusion.is_empty());
    assert_eq!(r.free_actions.len(), 1);
    assert_eq!(r.overrides.len(), 1);
    let s = store.summary(id).unwrap();
    assert!(s.progress > 30.0 && s.progress < 80.0, "{}", s.progress);
}
