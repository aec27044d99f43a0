//! Shared inputs for the report tests and the report benchmark: the demo client, and a fully
//! answered 2023 diagnosis (every item, notes, evidence, overrides, a previous visit).
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use chrono::{NaiveDate, TimeZone, Utc};
use ipms_readiness::catalogs;
use ipms_readiness::demo;
use ipms_readiness::model::assessment::{Answer, Answers, Facts, Verdict};
use ipms_readiness::model::catalog::{Catalog, FixPhase};
use ipms_readiness::model::plan::{ActionOverride, ActionStatus, FreeAction, PhaseSettings};
use ipms_readiness::model::profile::Profile;
use ipms_readiness::report::{Assessor, PreviousAssessment, ReportInput};
use std::collections::BTreeMap;

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn as_of() -> NaiveDate {
    date(2026, 3, 16)
}

pub fn catalog() -> &'static Catalog {
    &catalogs::builtin().unwrap().gbt2023
}

/// Owned pieces of one assessment; `input()` borrows them.
pub struct Fixture {
    pub catalog: &'static Catalog,
    pub profile: Profile,
    pub facts: Facts,
    pub answers: Answers,
    pub phases: PhaseSettings,
    pub overrides: BTreeMap<String, ActionOverride>,
    pub free_actions: Vec<FreeAction>,
    pub previous_answers: Option<Answers>,
    pub assessor: Assessor,
    pub title: String,
    pub conclusion: String,
}

impl Fixture {
    pub fn input(&self) -> ReportInput<'_> {
        ReportInput {
            catalog: self.catalog,
            profile: &self.profile,
            facts: &self.facts,
            answers: &self.answers,
            phases: Some(&self.phases),
            overrides: &self.overrides,
            free_actions: &self.free_actions,
            previous: self.previous_answers.as_ref().map(|a| PreviousAssessment {
                title: "2025 年初步诊断",
                date: date(2025, 3, 10),
                catalog: self.catalog,
                triage: &self.profile.triage,
                answers: a,
            }),
            rewards: None,
            costs: None,
            assessor: &self.assessor,
            assessment_title: &self.title,
            conclusion: &self.conclusion,
            logo: None,
            brand: None,
            created: Utc.with_ymd_and_hms(2026, 3, 18, 2, 30, 0).unwrap(),
        }
    }
}

/// The demo client as the app's `demo` command creates it.
pub fn demo() -> Fixture {
    let catalog = catalog();
    Fixture {
        catalog,
        profile: demo::profile(),
        facts: Facts {
            ip_penalty_in_window: Some(false),
            trained_auditors: Some(0),
            ..Facts::default()
        },
        answers: demo::answers(catalog),
        phases: PhaseSettings::new(date(2026, 4, 1)),
        overrides: BTreeMap::new(),
        free_actions: vec![FreeAction {
            id: "demo-training".into(),
            text: "外请讲师组织全员知识产权意识培训，覆盖研发、采购、销售骨干".into(),
            owner: None,
            unit: None,
            person: None,
            phase: FixPhase::Training,
            due: None,
            status: ActionStatus::Open,
            notes: String::new(),
            priority: 4,
        }],
        previous_answers: None,
        assessor: Assessor {
            name: "李娜".into(),
            organization: "深圳知行知识产权咨询有限公司".into(),
        },
        title: "2026 年知识产权合规管理体系贯标诊断".into(),
        conclusion: "企业已有一定的专利积累，年费管理和发明奖励执行较好，具备开展贯标的基础；\
            但尚未建立成文的知识产权管理体系，方针、目标、风险清单和研发记录是主要短板。\
            建议先任命知识产权负责人、制定方针目标，用约两个月完成体系文件，\
            运行满三个月并完成内审和管理评审后再申请认证。"
            .into(),
    }
}

const NOTES: [&str; 4] = [
    "查阅《知识产权手册》第 3 版，相关条款已写明，但未见执行记录。",
    "Interviewed the R&D manager; the search report for project P-2025-07 was not kept.",
    "抽查 5 份采购合同，其中 2 份未约定知识产权归属和保密义务。",
    "",
];

/// Every item answered, with notes and evidence, plus overrides and a previous visit.
pub fn full() -> Fixture {
    let catalog = catalog();
    let mut f = demo();
    let verdicts = [
        Verdict::Conform,
        Verdict::Observation,
        Verdict::Minor,
        Verdict::Major,
        Verdict::Conform,
    ];
    f.answers = catalog
        .active_items()
        .enumerate()
        .map(|(i, item)| {
            let a = Answer {
                verdict: verdicts[i % verdicts.len()],
                note: NOTES[i % NOTES.len()].to_string(),
                evidence_seen: if i % 3 == 0 {
                    vec![format!("记录 R-{i:03}"), "《程序文件汇编》".into()]
                } else {
                    Vec::new()
                },
                method: item.methods.first().copied(),
                department: None,
                ..Answer::default()
            };
            (item.id.clone(), a)
        })
        .collect();
    f.facts = Facts {
        operation_started_on: Some(date(2025, 10, 8)),
        internal_audit_on: Some(date(2026, 1, 12)),
        management_review_on: Some(date(2026, 1, 26)),
        ip_penalty_in_window: Some(false),
        trained_auditors: Some(2),
    };
    let major = catalog.active_items().find(|i| {
        f.answers
            .get(&i.id)
            .is_some_and(|a| a.verdict == Verdict::Major)
    });
    if let Some(item) = major {
        f.overrides.insert(
            item.id.clone(),
            ActionOverride {
                owner: None,
                unit: None,
                person: None,
                text: None,
                priority: None,
                due: Some(date(2026, 4, 30)),
                status: Some(ActionStatus::InProgress),
                notes: Some("方针草案已提交总经理办公会审议。".into()),
            },
        );
    }
    f.previous_answers = Some(demo::answers(catalog));
    f
}
