//! Building a `ReportDoc`: the engine's results and the profile translated into one
//! locale, with every label resolved.

use super::doc::{
    ActionLine, ChangeLine, CompareView, DocumentLine, GateLine, ItemLine, PersonLine, PhaseLine,
    PreviousView, ReportDoc, ReportSources, ScoreLine, SupportLine,
};
use crate::i18n::{Arg, render, render_text, tr, tr_args};
use crate::locale::Locale;
use crate::model::assessment::TriageAnswer;
use crate::model::catalog::Catalog;
use crate::model::profile::Profile;
use crate::model::scoring::Aggregate;
use crate::model::support::Likelihood;
use crate::report::checklist::ChecklistScope;
use chrono::{DateTime, NaiveDate, Utc};

fn number(n: f64) -> String {
    if (n - n.round()).abs() < 1e-9 {
        format!("{n:.0}")
    } else {
        format!("{n:.2}").trim_end_matches('0').to_string()
    }
}

fn profile_rows(locale: Locale, p: &Profile) -> Vec<(String, String)> {
    let t = |id: &str| tr(locale, id);
    let field = |key: &str| tr(locale, &format!("profile-field-{key}"));
    let or_blank = |s: String| {
        if s.trim().is_empty() {
            t("report-not-given")
        } else {
            s
        }
    };
    let sep = t("report-list-sep");
    let size = p.size_class();
    let region = [p.province.trim(), p.city.trim()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let mut systems: Vec<String> = p
        .systems
        .iter()
        .map(|s| tr(locale, &format!("mgmt-system-{}", s.key())))
        .collect();
    if !p.other_systems.trim().is_empty() {
        systems.push(p.other_systems.trim().to_string());
    }
    if systems.is_empty() && p.no_systems {
        systems.push(tr(locale, "report-profile-no-systems"));
    }
    let departments: Vec<String> = p
        .organisation()
        .units
        .iter()
        .map(|u| crate::i18n::org::unit_name(locale, u))
        .collect();
    let opt = |v: Option<f64>| v.map(number).unwrap_or_default();
    let licence = match p.business_licence_valid {
        Some(true) => t("report-licence-valid"),
        Some(false) => t("report-licence-invalid"),
        None => String::new(),
    };
    vec![
        (field("name"), or_blank(p.name.clone())),
        (field("uscc"), or_blank(p.uscc.clone())),
        (t("report-profile-region"), or_blank(region)),
        (
            field("industry"),
            or_blank(
                p.industry
                    .map(|i| tr(locale, &format!("industry-{}", i.key())))
                    .unwrap_or_default(),
            ),
        ),
        (
            field("employees"),
            or_blank(p.employees.map(|n| n.to_string()).unwrap_or_default()),
        ),
        (field("revenue_wan"), or_blank(opt(p.revenue_wan))),
        (field("assets_wan"), or_blank(opt(p.assets_wan))),
        (
            field("taxable_income_wan"),
            or_blank(opt(p.taxable_income_wan)),
        ),
        (
            t("report-profile-size"),
            format!(
                "{}\n{}",
                tr(locale, &format!("size-{}", size.class.key())),
                render(locale, &size.reason)
            ),
        ),
        (t("report-profile-licence"), or_blank(licence)),
        (t("report-profile-systems"), or_blank(systems.join(&sep))),
        (
            t("report-profile-departments"),
            or_blank(departments.join(&sep)),
        ),
        (
            t("report-profile-ip-function"),
            tr(locale, &format!("ip-function-{}", p.ip_function.key())),
        ),
        (
            field("ip_staff"),
            or_blank(p.ip_staff.map(|n| n.to_string()).unwrap_or_default()),
        ),
    ]
}

/// Marks a clause title not yet checked against the published standard.
pub const UNVERIFIED_MARK: char = '†';

/// "4 组织环境", with [`UNVERIFIED_MARK`] when the catalogue has not verified the title.
fn clause_label(catalog: &Catalog, locale: Locale, number: &str) -> String {
    let mark = |c: &crate::model::catalog::Clause| {
        if c.verified {
            String::new()
        } else {
            UNVERIFIED_MARK.to_string()
        }
    };
    match catalog.clause(number) {
        Some(c) if number == "B" => format!("{}{}", c.title.get(locale), mark(c)),
        Some(c) => format!("{number} {}{}", c.title.get(locale), mark(c)),
        None => number.to_string(),
    }
}

fn item_lines(src: &ReportSources<'_>, locale: Locale) -> Vec<ItemLine> {
    let catalog = src.catalog;
    src.scorecard
        .items
        .iter()
        .filter_map(|s| {
            let item = catalog.item(&s.item_id)?;
            let answer = src.answers.get(&s.item_id);
            let na_reason = if s.na_by_triage {
                item.applies_if
                    .iter()
                    .find(|t| src.profile.triage.get(t) == Some(&TriageAnswer::No))
                    .map(|t| {
                        tr_args(
                            locale,
                            "triage-na-reason",
                            &[(
                                "question",
                                Arg::from(tr(locale, &format!("triage-{}", t.key()))),
                            )],
                        )
                    })
                    .unwrap_or_default()
            } else {
                answer.map(|a| a.na_reason.clone()).unwrap_or_default()
            };
            Some(ItemLine {
                id: item.id.clone(),
                clause: item.clause.clone(),
                clause_title: catalog
                    .clause(&item.clause)
                    .map(|c| c.title.get(locale).to_string())
                    .unwrap_or_default(),
                chapter: item.chapter().to_string(),
                question: item.question.get(locale).to_string(),
                verdict: s.verdict,
                verdict_label: tr(locale, &format!("verdict-{}", s.verdict.key())),
                prerequisite: item.prerequisite,
                na_by_triage: s.na_by_triage,
                na_reason,
                note: answer.map(|a| a.note.clone()).unwrap_or_default(),
                evidence_seen: answer.map(|a| a.evidence_seen.clone()).unwrap_or_default(),
                departments: answer
                    .and_then(|a| a.department)
                    .map_or_else(|| item.departments.clone(), |d| vec![d]),
                methods: answer
                    .and_then(|a| a.method)
                    .map_or_else(|| item.methods.clone(), |m| vec![m]),
                sample: item
                    .sample
                    .as_ref()
                    .map(|s| s.get(locale).trim().to_string())
                    .unwrap_or_default(),
                expected_evidence: item
                    .evidence
                    .iter()
                    .map(|e| e.text.get(locale).to_string())
                    .collect(),
            })
        })
        .collect()
}

fn compare_view(src: &ReportSources<'_>, prev: &PreviousView<'_>, locale: Locale) -> CompareView {
    let lines = |changes: &[crate::model::compare::ItemChange]| {
        changes
            .iter()
            .map(|c| ChangeLine {
                clause: c.clause.clone(),
                // An item the catalogue no longer has shows its clause's title, never its id.
                question: src.catalog.item(&c.item_id).map_or_else(
                    || {
                        src.catalog
                            .clause(&c.clause)
                            .map(|cl| cl.title.get(locale).to_string())
                            .unwrap_or_default()
                    },
                    |i| i.question.get(locale).to_string(),
                ),
                before: c.before,
                after: c.after,
            })
            .collect()
    };
    let cmp = prev.comparison;
    CompareView {
        title: prev.title.to_string(),
        date: prev.date,
        overall: cmp.overall,
        progress: cmp.progress,
        chapters: cmp
            .chapters
            .iter()
            .map(|c| (clause_label(src.catalog, locale, &c.number), c.delta))
            .collect(),
        improved: lines(&cmp.improved),
        regressed: lines(&cmp.regressed),
        closed: lines(&cmp.actions_closed),
    }
}

impl ReportDoc {
    /// Builds the report content in `locale` as of `as_of`, stamped with `created`.
    pub fn build(
        src: &ReportSources<'_>,
        locale: Locale,
        as_of: NaiveDate,
        created: DateTime<Utc>,
    ) -> ReportDoc {
        let catalog = src.catalog;
        let organisation = src.profile.organisation();
        let score_lines = |list: Vec<(String, String, Aggregate)>| {
            list.into_iter()
                .map(|(key, label, aggregate)| ScoreLine {
                    key,
                    label,
                    aggregate,
                })
                .collect()
        };
        let phases: Vec<PhaseLine> = src
            .plan
            .phases
            .iter()
            .map(|p| PhaseLine {
                key: p.id.key().to_string(),
                name: tr(locale, &format!("phase-{}", p.id.key())),
                start: p.start,
                end: p.end,
                weeks: p.weeks,
                actions: p.actions,
                done: p.done,
                undated: p.undated,
            })
            .collect();
        ReportDoc {
            locale,
            as_of,
            created,
            title: tr(locale, "report-title"),
            edition: catalog.display_title(locale),
            edition_code: catalog.code.clone(),
            legacy: catalog.legacy,
            client: src.profile.name.trim().to_string(),
            uscc: src.profile.uscc.trim().to_string(),
            assessor: src.assessor.clone(),
            assessment_title: src.assessment_title.to_string(),
            logo: src.logo.cloned(),
            brand: src.brand.cloned().unwrap_or_default(),
            conclusion: src.conclusion.trim().to_string(),
            overall: src.scorecard.overall,
            na_by_triage: src
                .scorecard
                .items
                .iter()
                .filter(|i| i.na_by_triage)
                .count(),
            ready: src.gates.ready,
            earliest_application: src.gates.earliest_application,
            earliest_reason: render(locale, &src.gates.earliest_reason),
            planned_application: src
                .plan
                .phase(crate::model::plan::PhaseId::Application)
                .map(|p| p.start),
            profile: profile_rows(locale, src.profile),
            departments: src.profile.departments.clone(),
            units: organisation
                .units
                .iter()
                .map(|u| ChecklistScope {
                    id: u.id.clone(),
                    name: crate::i18n::org::unit_name(locale, u),
                    functions: u.functions(),
                    head: organisation.head_of(&u.id).map(|p| p.name.clone()),
                })
                .collect(),
            people: organisation
                .people
                .iter()
                .filter(|p| !p.name.trim().is_empty())
                .map(|p| PersonLine {
                    name: p.name.trim().to_string(),
                    role: p.role,
                    unit: p
                        .unit
                        .as_deref()
                        .map(|id| crate::i18n::org::unit_name_by_id(locale, &organisation, id))
                        .unwrap_or_default(),
                })
                .collect(),
            unverified_titles: src
                .scorecard
                .chapters
                .iter()
                .any(|c| catalog.clause(&c.number).is_some_and(|cl| !cl.verified)),
            portfolio: src
                .profile
                .portfolio
                .counts()
                .iter()
                .map(|(f, n)| (tr(locale, &format!("profile-field-{}", f.key())), *n))
                .collect(),
            formula: render(locale, &crate::model::scoring::formula()),
            chapters: score_lines(
                src.scorecard
                    .chapters
                    .iter()
                    .map(|c| {
                        (
                            c.number.clone(),
                            clause_label(catalog, locale, &c.number),
                            c.aggregate,
                        )
                    })
                    .collect(),
            ),
            processes: score_lines(
                src.scorecard
                    .processes
                    .iter()
                    .map(|(p, a)| {
                        (
                            p.key().to_string(),
                            tr(locale, &format!("process-{}", p.key())),
                            *a,
                        )
                    })
                    .collect(),
            ),
            gates: src
                .gates
                .gates
                .iter()
                .map(|g| GateLine {
                    name: tr(locale, &format!("gate-{}", g.id.key())),
                    hard: g.hard,
                    status: g.status,
                    status_label: tr(locale, &format!("gate-status-{}", g.status.key())),
                    reason: render(locale, &g.reason),
                })
                .collect(),
            items: item_lines(src, locale),
            // The first dated phase: a running system's plan starts where operation started.
            plan_start: phases
                .iter()
                .find(|p| !p.undated)
                .map_or(as_of, |p| p.start),
            phases,
            milestones: src
                .plan
                .milestones
                .iter()
                .map(|m| {
                    (
                        tr(locale, &format!("plan-milestone-{}", m.id.key())),
                        m.date,
                    )
                })
                .collect(),
            actions: src
                .plan
                .actions
                .iter()
                .map(|a| ActionLine {
                    clause: a.clause.clone().unwrap_or_default(),
                    text: a.text.get(locale).to_string(),
                    owner: crate::i18n::org::owner_name(
                        locale,
                        &organisation,
                        &a.unit,
                        a.person.as_deref(),
                    ),
                    level: a.level,
                    level_label: tr(locale, &format!("priority-{}", a.level.key())),
                    due: a.due,
                    notes: a.notes.clone(),
                })
                .collect(),
            documents: src
                .plan
                .documents
                .iter()
                .map(|d| DocumentLine {
                    text: d.text.get(locale).to_string(),
                    clauses: {
                        let mut c: Vec<String> = d
                            .item_ids
                            .iter()
                            .filter_map(|id| catalog.item(id).map(|i| i.clause.clone()))
                            .collect();
                        c.dedup();
                        c
                    },
                    due: d.due,
                })
                .collect(),
            support_disclaimer: render(locale, &crate::model::support::disclaimer()),
            support: src
                .support
                .iter()
                .map(|p| SupportLine {
                    title: render_text(locale, &p.title),
                    likely: p.likelihood == Likelihood::Likely,
                    likelihood_label: tr(
                        locale,
                        &format!("support-likelihood-{}", p.likelihood.key()),
                    ),
                    detail: render_text(locale, &p.detail),
                    conditions: render_text(locale, &p.conditions),
                    source: render_text(locale, &p.source),
                    stale_since: p.reward.as_ref().filter(|_| p.stale).map(|r| r.checked_on),
                })
                .collect(),
            comparison: src.previous.as_ref().map(|p| compare_view(src, p, locale)),
            audience: crate::model::audience::Audience::Consultant,
            first_steps: Vec::new(),
            cost: super::sme::CostLines::default(),
        }
    }
}
