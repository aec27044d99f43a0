//! The open diagnosis: its stored record, the screens that work on it, and the view data
//! derived from it (scores, gate check, plan) — recomputed after every change.

use super::screen::compare::CompareData;
use super::screen::dashboard::{DashboardData, GapView, GateStatus as GateShown, GateView};
use super::screen::plan::{ActionView, PhaseView, PlanData};
use super::screen::{dashboard, plan, profile, questionnaire, report};
use crate::i18n::tr;
use crate::locale::Locale;
use crate::model::catalog::Catalog;
use crate::model::evaluate::Evaluation;
use crate::model::plan::{ActionStatus, PhaseSettings};
use crate::model::readiness::GateStatus;
use crate::model::scoring::formula_text;
use crate::store::AssessmentRecord;
use crate::ui::widgets::label;
use chrono::NaiveDate;

/// The tabs of an open diagnosis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Profile,
    Questionnaire,
    Dashboard,
    Plan,
    Compare,
    Report,
}

impl Tab {
    pub const ALL: [Tab; 6] = [
        Tab::Profile,
        Tab::Questionnaire,
        Tab::Dashboard,
        Tab::Plan,
        Tab::Compare,
        Tab::Report,
    ];
    pub fn message_id(self) -> &'static str {
        match self {
            Tab::Profile => "tab-profile",
            Tab::Questionnaire => "tab-questionnaire",
            Tab::Dashboard => "tab-dashboard",
            Tab::Plan => "tab-plan",
            Tab::Compare => "tab-compare",
            Tab::Report => "tab-report",
        }
    }
}

pub struct Workspace {
    pub record: AssessmentRecord,
    pub catalog: Catalog,
    pub tab: Tab,
    pub questionnaire: questionnaire::Questionnaire,
    pub dashboard: dashboard::Dashboard,
    pub plan: plan::Plan,
    pub profile: profile::ProfileForm,
    pub dash_data: DashboardData,
    pub plan_data: PlanData,
    pub compare: CompareData,
    pub report: report::ReportScreen,
    pub as_of: NaiveDate,
    /// Scores, gates and plan of the record (recomputed after every change).
    pub evaluation: Evaluation,
}

/// Today's date, the default as-of date.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

impl Workspace {
    pub fn new(
        record: AssessmentRecord,
        catalog: Catalog,
        resume: Option<&str>,
        tab: Tab,
        locale: Locale,
        export_dir: &std::path::Path,
    ) -> Self {
        let report = report::ReportScreen::new(
            locale,
            &record.organization.name,
            export_dir,
            record.meta.previous_id.is_some(),
            (
                &record.meta.assessor,
                &record.meta.assessor_organization,
                &record.meta.conclusion,
            ),
        );
        let data = questionnaire::Data {
            catalog: &catalog,
            triage: &record.profile.triage,
            answers: &record.answers,
            locale,
        };
        let questionnaire = questionnaire::Questionnaire::new(data, resume);
        let profile = profile::ProfileForm::new(&record.profile, &record.facts);
        let as_of = today();
        let record_evaluation = record.evaluate(&catalog, as_of);
        let mut ws = Workspace {
            record,
            catalog,
            tab,
            questionnaire,
            dashboard: dashboard::Dashboard::default(),
            plan: plan::Plan::default(),
            profile,
            dash_data: DashboardData::default(),
            plan_data: PlanData::default(),
            compare: CompareData::default(),
            evaluation: record_evaluation,
            report,
            as_of,
        };
        ws.refresh(locale);
        ws.plan = plan::Plan::new(&ws.plan_data);
        ws
    }

    pub fn questionnaire_data(&self, locale: Locale) -> questionnaire::Data<'_> {
        questionnaire::Data {
            catalog: &self.catalog,
            triage: &self.record.profile.triage,
            answers: &self.record.answers,
            locale,
        }
    }

    /// The phase settings the plan uses (saved, or the defaults from the as-of date).
    pub fn phase_settings(&self) -> PhaseSettings {
        self.evaluation.settings.clone()
    }

    /// Recomputes everything derived from the record.
    pub fn refresh(&mut self, l: Locale) {
        self.evaluation = self.record.evaluate(&self.catalog, self.as_of);
        let r = &self.record;
        let card = &self.evaluation.scorecard;
        let gates = &self.evaluation.gates;
        let plan = &self.evaluation.plan;
        let settings = &self.evaluation.settings;
        let chapters = self
            .catalog
            .chapters()
            .map(|c| {
                let s = card.chapter(&c.number).and_then(|a| a.score);
                (format!("{} {}", c.number, c.title.get(l)), s)
            })
            .collect();
        let processes = card
            .processes
            .iter()
            .map(|(p, a)| (label(l, "process", p.key()), a.score))
            .collect();
        let mut gaps: Vec<GapView> = plan
            .actions
            .iter()
            .filter_map(|a| {
                let item = self.catalog.item(a.item_id.as_deref()?)?;
                Some(GapView {
                    item: item.id.clone(),
                    clause: item.clause.clone(),
                    question: item.question.get(l).to_string(),
                    verdict: a.verdict?,
                    priority: a.priority,
                })
            })
            .collect();
        gaps.sort_by_key(|g| std::cmp::Reverse(g.priority));
        gaps.truncate(8);
        self.dash_data = DashboardData {
            title: format!("{} · {}", r.organization.name, r.meta.title),
            overall: card.overall.score,
            progress: card.overall.progress,
            chapters,
            processes,
            gates: gates
                .gates
                .iter()
                .map(|g| GateView {
                    name: label(l, "gate", g.id.key()),
                    hard: g.hard,
                    status: match g.status {
                        GateStatus::Passed => GateShown::Passed,
                        GateStatus::Failed => GateShown::Failed,
                        GateStatus::Unknown => GateShown::Unknown,
                    },
                    reason: g.reason.get(l).to_string(),
                })
                .collect(),
            ready: gates.ready,
            earliest_application: gates.earliest_application.map(|d| d.to_string()),
            gaps,
            gap_count: self.evaluation.findings,
            formula: formula_text(l),
            legacy_note: self.catalog.legacy.then(|| tr(l, "cli-legacy-note")),
        };
        let mut phases: Vec<PhaseView> = plan
            .phases
            .iter()
            .map(|p| PhaseView {
                id: p.id.key().to_string(),
                label: label(l, "phase", p.id.key()),
                start: p.start,
                end: p.end,
                weeks: p.weeks,
                milestone: false,
            })
            .collect();
        phases.extend(plan.milestones.iter().map(|m| PhaseView {
            id: m.id.key().to_string(),
            label: label(l, "plan-milestone", m.id.key()),
            start: m.date,
            end: m.date,
            weeks: 0,
            milestone: true,
        }));
        self.plan_data = PlanData {
            start: Some(settings.start),
            actions: plan
                .actions
                .iter()
                .map(|a| ActionView {
                    key: a.item_id.clone().unwrap_or_else(|| a.id.clone()),
                    clause: a.clause.clone().unwrap_or_default(),
                    text: a.text.get(l).to_string(),
                    owner: a.owner,
                    priority: label(l, "priority", a.level.key()),
                    phase: label(l, "phase", a.phase.key()),
                    due: a.due,
                    status: a.status.key().to_string(),
                    notes: a.notes.clone(),
                })
                .collect(),
            phases,
            target: Some(plan.target_certificate),
            documents: plan
                .documents
                .iter()
                .map(|d| d.text.get(l).to_string())
                .collect(),
            statuses: ActionStatus::ALL
                .iter()
                .map(|s| s.key().to_string())
                .collect(),
            today: Some(self.as_of),
        };
    }
}
