//! The view data of the open diagnosis (dashboard, plan), derived from its evaluation after
//! every change.

use super::Workspace;
use crate::i18n::org::{owner_name, unit_name};
use crate::i18n::{render, tr, tr_args};
use crate::locale::Locale;
use crate::model::catalog::FixPhase;
use crate::model::org::Organisation;
use crate::model::plan::ActionStatus;
use crate::model::plan::PhaseId;
use crate::model::readiness::GateStatus;
use crate::model::scoring::formula;
use crate::ui::screen::dashboard::{
    DashboardData, GapView, GateStatus as GateShown, GateView, StepView,
};
use crate::ui::screen::plan::{ActionView, Owner, PhaseView, PlanData};
use crate::ui::widgets::{Choice, label};

/// The client's departments, then its people (each with their department).
fn owner_choices(l: Locale, org: &Organisation) -> Vec<Choice<Owner>> {
    let mut all: Vec<Choice<Owner>> = org
        .units
        .iter()
        .map(|u| Choice {
            value: Owner {
                unit: u.id.clone(),
                person: None,
            },
            label: unit_name(l, u),
        })
        .collect();
    for p in org.people.iter().filter(|p| !p.name.trim().is_empty()) {
        let unit = p
            .unit
            .clone()
            .or_else(|| org.units.first().map(|u| u.id.clone()))
            .unwrap_or_default();
        all.push(Choice {
            label: owner_name(l, org, &unit, Some(&p.name)),
            value: Owner {
                unit,
                person: Some(p.name.clone()),
            },
        });
    }
    all
}

impl Workspace {
    /// Shows the record as stored now (another process changed it): the forms start from it.
    pub fn reload(&mut self, record: crate::store::AssessmentRecord, l: Locale) {
        self.profile = crate::ui::screen::profile::ProfileForm::new(&record.profile, &record.facts);
        self.record = record;
        self.refresh(l);
        self.plan = crate::ui::screen::plan::Plan::new(&self.plan_data);
    }

    /// Recomputes everything derived from the record.
    /// The dashboard's "move to the current catalogue version" button.
    pub(super) fn move_catalog(&mut self, deps: super::Deps<'_>) -> Option<super::Event> {
        let (l, store) = (deps.locale, deps.writer());
        let error = self.dashboard.move_to_current(store, &mut self.record, l);
        self.refresh(l);
        error.map(super::Event::Error)
    }

    pub fn refresh(&mut self, l: Locale) {
        self.evaluation = self.record.evaluate(&self.catalog, self.as_of);
        self.report.written_conclusion = self.written_conclusion();
        let r = &self.record;
        let card = &self.evaluation.scorecard;
        let gates = &self.evaluation.gates;
        let plan = &self.evaluation.plan;
        let settings = &self.evaluation.settings;
        let org = &self.evaluation.organisation;
        self.report.units = org
            .units
            .iter()
            .map(|u| (u.id.clone(), unit_name(l, u)))
            .collect();
        let chapters = self
            .catalog
            .chapters()
            .map(|c| {
                let s = card.chapter(&c.number).and_then(|a| a.score);
                (crate::i18n::clause_label(&c.number, c.title.get(l)), s)
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
                    reason: render(l, &g.reason),
                })
                .collect(),
            ready: gates.ready,
            earliest_application: gates.earliest_application.map(|d| d.to_string()),
            planned_application: self.evaluation.planned_application().map(|d| d.to_string()),
            earliest_reason: render(l, &gates.earliest_reason),
            gaps,
            gap_count: self.evaluation.findings,
            first_steps: crate::model::first_steps::first_steps(&self.evaluation, &self.catalog)
                .into_iter()
                .map(|s| StepView {
                    text: render(l, &s.what),
                    owner_due: tr_args(
                        l,
                        "todo-step-owner-due",
                        &[
                            (
                                "owner",
                                owner_name(l, org, &s.unit, s.person.as_deref()).into(),
                            ),
                            ("due", s.due.to_string().into()),
                        ],
                    ),
                    prerequisite: s.prerequisite,
                    item: s.item,
                })
                .collect(),
            cost: crate::report::sme::cost_lines(
                l,
                &r.profile,
                &self.evaluation,
                self.dashboard.costs.as_ref(),
            ),
            claims: crate::report::sme::claim_lines(
                l,
                &self.dashboard.rewards,
                &r.profile,
                self.as_of,
            ),
            region_given: !r.profile.province.trim().is_empty(),
            formula: render(l, &formula()),
            legacy_note: self.catalog.legacy.then(|| tr(l, "cli-legacy-note")),
            upgrade: crate::ui::screen::dashboard::upgrade_offer(r, &self.catalog, l),
        };
        let mut phases: Vec<PhaseView> = plan
            .phases
            .iter()
            .map(|p| PhaseView {
                id: p.id.key().to_string(),
                label: if p.done {
                    tr_args(
                        l,
                        "plan-phase-done",
                        &[("phase", label(l, "phase", p.id.key()).into())],
                    )
                } else {
                    label(l, "phase", p.id.key())
                },
                start: p.start,
                end: p.end,
                weeks: p.weeks,
                milestone: false,
                done: p.done,
                undated: p.undated,
                due_dates: plan
                    .actions
                    .iter()
                    .filter(|a| PhaseId::for_fix(a.phase) == p.id)
                    .map(|a| a.due)
                    .collect(),
            })
            .collect();
        phases.extend(plan.milestones.iter().map(|m| PhaseView {
            id: m.id.key().to_string(),
            label: label(l, "plan-milestone", m.id.key()),
            start: m.date,
            end: m.date,
            weeks: 0,
            milestone: true,
            done: false,
            undated: false,
            due_dates: Vec::new(),
        }));
        self.plan_data = PlanData {
            start: Some(settings.start),
            actions: plan
                .actions
                .iter()
                .map(|a| ActionView {
                    key: a.item_id.clone().unwrap_or_else(|| a.id.clone()),
                    free: a.item_id.is_none(),
                    clause: a.clause.clone().unwrap_or_default(),
                    text: a.text.get(l).to_string(),
                    owner: Owner {
                        unit: a.unit.clone(),
                        person: a.person.clone(),
                    },
                    owner_label: owner_name(l, org, &a.unit, a.person.as_deref()),
                    priority: a.priority,
                    priority_label: tr_args(
                        l,
                        "plan-priority-choice",
                        &[
                            ("priority", u32::from(a.priority).into()),
                            ("level", label(l, "priority", a.level.key()).into()),
                        ],
                    ),
                    phase: a.phase.key().to_string(),
                    due: a.due,
                    status: a.status.key().to_string(),
                    notes: a.notes.clone(),
                })
                .collect(),
            phases,
            target: Some(plan.target_certificate),
            application: self.evaluation.planned_application(),
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
            owners: owner_choices(l, org),
            fix_phases: FixPhase::ALL
                .iter()
                .map(|f| Choice {
                    value: f.key().to_string(),
                    label: label(l, "phase", f.key()),
                })
                .collect(),
            new_action_phase: FixPhase::ALL
                .iter()
                .find(|f| {
                    plan.phases
                        .iter()
                        .any(|p| p.id == crate::model::plan::PhaseId::for_fix(**f) && !p.done)
                })
                .unwrap_or(&FixPhase::Documents)
                .key()
                .to_string(),
        };
    }
}

impl Workspace {
    /// The conclusion written from the evaluation, in the report's language.
    fn written_conclusion(&self) -> String {
        use crate::report::sme::{ConclusionFacts, step_lines, written_conclusion};
        let l = self.report.locale;
        let steps = step_lines(&self.evaluation, &self.catalog, l);
        written_conclusion(
            l,
            &ConclusionFacts {
                audience: self.report.audience,
                overall: &self.evaluation.scorecard.overall,
                ready: self.evaluation.gates.ready,
                earliest: self.evaluation.gates.earliest_application,
                planned: self.evaluation.planned_application(),
                steps: &steps,
            },
        )
    }
}
