//! The demo client for newcomers and screenshots: a small Shenzhen electronics manufacturer
//! with patents and trademarks, diagnosed against GB/T 29490-2023 before starting 贯标 — the
//! early chapters answered with notes, chapter 8 partly, chapters 9–10 still open.
//!
//! Verdicts are chosen per clause, so the demo follows the catalogue if items are added.

use crate::catalogs::DEFAULT_CATALOG;
use crate::model::assessment::{Answer, Answers, Facts, TriageAnswer, Verdict};
use crate::model::catalog::{Catalog, Department, FixPhase, Item, TriageId};
use crate::model::org::{Organisation, Person, Role, Unit};
use crate::model::plan::{ActionOverride, ActionStatus, FreeAction};
use crate::model::profile::{
    Industry, IpFunction, IpPortfolio, MgmtSystem, Profile, uscc_check_char,
};
use crate::store::{NewAssessment, Store, StoreError};
use chrono::Days;

/// The demo client's name.
pub const DEMO_ORGANIZATION: &str = "深圳市青禾精密电子有限公司";

/// The demo client's profile.
pub fn profile() -> Profile {
    let first17 = "91440300MA5G7QK2X";
    let uscc = uscc_check_char(first17).map_or_else(String::new, |c| format!("{first17}{c}"));
    let triage = [
        (TriageId::Patents, TriageAnswer::Yes),
        (TriageId::Trademarks, TriageAnswer::Yes),
        (TriageId::Copyright, TriageAnswer::Yes),
        (TriageId::TradeSecrets, TriageAnswer::Yes),
        (TriageId::Rnd, TriageAnswer::Yes),
        (TriageId::Export, TriageAnswer::Yes),
        (TriageId::Licensing, TriageAnswer::No),
        (TriageId::Outsourcing, TriageAnswer::Yes),
        (TriageId::Standards, TriageAnswer::No),
        (TriageId::Finance, TriageAnswer::Unknown),
    ]
    .into_iter()
    .collect();
    Profile {
        name: DEMO_ORGANIZATION.into(),
        uscc,
        province: "广东省".into(),
        city: "深圳市".into(),
        industry: Some(Industry::Industry),
        employees: Some(86),
        revenue_wan: Some(6800.0),
        assets_wan: Some(4200.0),
        taxable_income_wan: Some(85.0),
        systems: vec![MgmtSystem::Iso9001],
        other_systems: "IATF 16949 准备中".into(),
        no_systems: false,
        portfolio: IpPortfolio {
            invention_patents: 3,
            utility_models: 14,
            designs: 2,
            trademarks: 5,
            software_copyrights: 4,
            other_copyrights: 0,
            trade_secrets: 1,
        },
        ip_staff: Some(1),
        departments: vec![
            Department::TopManagement,
            Department::Research,
            Department::Procurement,
            Department::Production,
            Department::Sales,
            Department::Hr,
            Department::Finance,
            Department::AdminIt,
        ],
        organisation: demo_organisation(),
        ip_function: IpFunction::PartTime,
        business_licence_valid: Some(true),
        triage,
    }
}

/// The demo firm's own departments (职能分配表) and people.
fn demo_organisation() -> Organisation {
    use Department::{
        AdminIt, Finance, Hr, IpOffice, Legal, Procurement, Production, Research, Sales,
        TopManagement,
    };
    let unit = |id: &str, name: &str, lead: &[Department], support: &[Department]| Unit {
        id: id.into(),
        name: name.into(),
        lead: lead.to_vec(),
        support: support.to_vec(),
    };
    let person = |name: &str, role: Role, unit: &str| Person {
        name: name.into(),
        role,
        unit: Some(unit.into()),
    };
    Organisation {
        units: vec![
            unit("u1", "总经办", &[TopManagement], &[IpOffice]),
            unit("u2", "技术部", &[Research, IpOffice], &[]),
            unit("u3", "品质部", &[], &[Production, Research]),
            unit("u4", "生产部", &[Production], &[]),
            unit("u5", "采购部", &[Procurement], &[]),
            unit("u6", "外贸部", &[Sales], &[Legal]),
            unit("u7", "行政人事部", &[Hr, AdminIt, Legal], &[]),
            unit("u8", "财务部", &[Finance], &[]),
        ],
        people: vec![
            person("王建国", Role::Representative, "u1"),
            person("李敏", Role::IpLead, "u2"),
            person("陈晓燕", Role::InternalAuditor, "u3"),
            person("赵磊", Role::InternalAuditor, "u7"),
            person("刘强", Role::DepartmentHead, "u2"),
            person("孙丽", Role::DepartmentHead, "u6"),
        ],
    }
}

/// The verdict of the first item of a clause and the note the consultant wrote; `None` where
/// the demo leaves the clause unanswered.
fn clause_finding(clause: &str) -> Option<(Verdict, &'static str)> {
    use Verdict::{Conform, Major, Minor, Observation};
    let found = match clause {
        "4.1" => (
            Observation,
            "总经理能口头说明行业竞争态势和主要对手的专利布局，但没有形成书面的内外部环境分析。",
        ),
        "4.2" => (
            Minor,
            "未系统识别相关方需求；大客户合同中的知识产权条款由销售部自行处理，未汇总评审。",
        ),
        "4.3" => (
            Minor,
            "体系范围尚未确定，东莞委外贴片工序是否纳入未作决定。",
        ),
        "4.4" => (Major, "尚未建立知识产权管理体系，无手册和程序文件。"),
        "4.5" => (
            Minor,
            "知识产权管理与现有 ISO 9001 体系未整合，两套台账分别由不同人员维护。",
        ),
        "5.1.1" => (
            Observation,
            "总经理重视专利申请，每年安排专项预算，但未以书面形式作出承诺。",
        ),
        "5.1.2" => (
            Minor,
            "管理层未定期听取知识产权工作汇报，只在高企复审前集中过问。",
        ),
        "5.1.3" => (
            Major,
            "公司尚未开展知识产权合规文化建设，员工对合规义务了解很少。",
        ),
        "5.2" => (Major, "没有知识产权方针。"),
        "5.3" => (
            Minor,
            "研发部王工兼职负责专利事务，无任命书，职责未写入岗位说明书。",
        ),
        "6.1" => (
            Minor,
            "未建立知识产权风险清单；去年一次外观设计侵权警告函靠临时应对处理。",
        ),
        "6.2" => (
            Major,
            "没有知识产权目标，仅有“每年申请 5 件专利”的口头要求。",
        ),
        "6.3" => (
            Observation,
            "近两年组织架构调整未考虑对知识产权工作的影响。",
        ),
        "7.1" | "7.1.1" => (
            Minor,
            "研发人员劳动合同有保密条款，但入职时无知识产权声明，离职时未作提醒。",
        ),
        "7.1.2" => (
            Conform,
            "设有发明专利授权奖励 5000 元/件，查阅 2025 年发放记录 2 笔。",
        ),
        "7.1.3" => (Observation, "知识产权费用已单独记账，但未编制年度预算。"),
        "7.1.4" => (
            Minor,
            "未订阅专利检索数据库，研发人员偶尔使用免费检索，结果未保存。",
        ),
        "7.2" => (
            Observation,
            "知识产权负责人参加过一次区里组织的贯标宣讲，无系统培训记录。",
        ),
        "7.3" => (Minor, "员工知识产权意识培训未列入年度培训计划。"),
        "7.4" => (Observation, "与专利代理机构的沟通靠邮件，重要往来未归档。"),
        "7.5" => (
            Major,
            "文件控制程序未覆盖知识产权文件，专利证书原件存放在总经理办公室抽屉。",
        ),
        "8.1" => (Minor, "未对知识产权相关活动进行策划和控制。"),
        "8.2.1" => (Observation, "专利申请由代理机构推动，申请前未做查新检索。"),
        "8.2.2" => (Conform, "财务部维护专利年费台账，抽查 5 件未发现漏缴。"),
        "8.2.3" => (
            Minor,
            "尚未对已有专利做分级管理，部分实用新型已无实施价值仍在缴费。",
        ),
        "8.2.4" => (
            Observation,
            "商标“青禾”已在第 9 类注册，海外出口产品未在东南亚申请注册。",
        ),
        "8.3.1" => (
            Minor,
            "立项时未做专利检索分析，2024 年一个连接器项目中途因侵权风险改方案。",
        ),
        "8.3.2" => (Major, "研发记录不完整，实验记录本未编号、未签字。"),
        "8.3.3" => (
            Minor,
            "采购合同未约定知识产权条款，委外贴片厂未签保密协议。",
        ),
        _ => return None,
    };
    Some(found)
}

fn answer_for(item: &Item, index_in_clause: usize) -> Option<Answer> {
    let (verdict, note) = clause_finding(&item.clause)?;
    if index_in_clause >= 3 {
        return None;
    }
    let verdict = match (index_in_clause, verdict) {
        (0, v) => v,
        (_, Verdict::Major) => Verdict::Minor,
        (_, Verdict::Minor) => Verdict::Observation,
        (_, _) => Verdict::Conform,
    };
    Some(Answer {
        verdict,
        note: if index_in_clause == 0 {
            note.into()
        } else {
            String::new()
        },
        method: item.methods.first().copied(),
        department: item.departments.first().copied(),
        ..Answer::default()
    })
}

/// The demo answers for a catalogue: clause by clause, up to three items each, plus one
/// item marked not applicable with a reason.
pub fn answers(catalog: &Catalog) -> Answers {
    let mut out = Answers::new();
    let mut last_clause = "";
    let mut index = 0;
    for item in catalog.active_items() {
        if item.clause == last_clause {
            index += 1;
        } else {
            last_clause = &item.clause;
            index = 0;
        }
        if let Some(a) = answer_for(item, index) {
            out.insert(item.id.clone(), a);
        }
        if item.clause.starts_with("B.") && index < 2 {
            out.insert(
                item.id.clone(),
                Answer {
                    verdict: Verdict::Conform,
                    note: "访谈研发、销售负责人并抽查合同，未发现此类行为。".into(),
                    ..Answer::default()
                },
            );
        }
    }
    if let Some(item) = catalog
        .active_items()
        .find(|i| i.applies_if.contains(&TriageId::Finance))
    {
        out.insert(
            item.id.clone(),
            Answer {
                verdict: Verdict::Na,
                na_reason: "公司近三年无对外投资、知识产权质押或并购计划。".into(),
                ..Answer::default()
            },
        );
    }
    if let Some(a) = catalog
        .active_items()
        .find(|i| i.clause == "7.1.2")
        .and_then(|i| out.get_mut(&i.id))
    {
        a.evidence_seen = vec![
            "《研发人员奖励办法》2023 版".into(),
            "2025 年专利奖励发放记录 2 份".into(),
        ];
    }
    out
}

/// Creates the demo assessment in `store` and returns its id. Running it again adds another
/// assessment to the same demo client.
pub fn create(store: &Store) -> Result<i64, StoreError> {
    let catalog = store.catalog(DEFAULT_CATALOG)?;
    let id = store.create_assessment(&NewAssessment {
        organization: DEMO_ORGANIZATION.into(),
        uscc: None,
        catalog_id: Some(catalog.id.clone()),
        title: "2026 年知识产权合规管理体系贯标诊断".into(),
        assessor: "李娜".into(),
        assessor_organization: "深圳知行知识产权咨询有限公司".into(),
        profile: Some(profile()),
    })?;
    let created = store.assessment(id)?.created_at.date_naive();
    store.save_facts(
        id,
        &Facts {
            operation_started_on: None,
            internal_audit_on: None,
            management_review_on: None,
            ip_penalty_in_window: Some(false),
            trained_auditors: Some(0),
        },
    )?;
    store.save_answers(id, &answers(catalog))?;
    store.set_conclusion(
        id,
        "企业已有一定的专利积累，年费管理和发明奖励执行较好，具备开展贯标的基础；\
         但尚未建立成文的知识产权管理体系，方针、目标、风险清单和研发记录是主要短板。\
         建议先任命知识产权负责人、制定方针目标，用约两个月完成体系文件，\
         运行满三个月并完成内审和管理评审后再申请认证。",
    )?;
    if let Some(item) = catalog.active_items().find(|i| i.clause == "5.2") {
        store.save_override(
            id,
            &item.id,
            &ActionOverride {
                owner: Some(Department::TopManagement),
                unit: None,
                person: Some("王建国".into()),
                text: None,
                priority: None,
                due: created.checked_add_days(Days::new(30)),
                status: Some(ActionStatus::InProgress),
                notes: Some("方针草案已提交总经理办公会审议。".into()),
            },
        )?;
    }
    store.save_free_action(
        id,
        &FreeAction {
            id: "demo-training".into(),
            text: "外请讲师组织全员知识产权意识培训，覆盖研发、采购、销售骨干".into(),
            owner: Some(Department::Hr),
            unit: None,
            person: None,
            phase: FixPhase::Training,
            due: created.checked_add_days(Days::new(60)),
            status: ActionStatus::Open,
            notes: String::new(),
            priority: 4,
        },
    )?;
    Ok(id)
}
