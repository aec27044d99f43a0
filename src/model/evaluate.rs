//! THE one derivation: answers + profile + triage + facts + phase settings + as-of date →
//! scores, gates, plan and comparison. Screens, reports, exports, the CLI and the Home summary
//! all call [`evaluate`]; every default (plan start, durations, limits) is decided here.

use super::assessment::{Answers, Facts};
use super::catalog::Catalog;
use super::compare::{Comparison, Snapshot, compare};
use super::org::Organisation;
use super::plan::{
    ActionOverride, FreeAction, MAX_WEEKS, PhaseId, PhaseSettings, Plan, PlanInput, build_plan,
};
use super::profile::Profile;
use super::readiness::{GateCheck, check_gates};
use super::schedule::Situation;
use super::scoring::{Scorecard, score};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Everything an evaluation is derived from: one stored assessment.
#[derive(Debug, Clone, Copy)]
pub struct EvaluationInput<'a> {
    pub catalog: &'a Catalog,
    pub profile: &'a Profile,
    pub facts: &'a Facts,
    pub answers: &'a Answers,
    /// The saved phase settings; `None` plans from the as-of date with default durations.
    pub phases: Option<&'a PhaseSettings>,
    pub overrides: &'a BTreeMap<String, ActionOverride>,
    pub free_actions: &'a [FreeAction],
    /// The earlier visit a follow-up is compared with.
    pub previous: Option<Snapshot<'a>>,
}

/// A saved phase duration the plan cannot use as given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DurationIssue {
    pub phase: PhaseId,
    /// The weeks saved.
    pub given: u32,
    /// The weeks the plan uses instead (the nearest allowed value).
    pub used: u32,
    pub min: u32,
    pub max: u32,
}

/// The result everyone shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    pub as_of: NaiveDate,
    pub scorecard: Scorecard,
    pub gates: GateCheck,
    pub plan: Plan,
    /// The client's departments and people the plan and interview lists use (recorded or
    /// proposed from the ticked functions).
    pub organisation: Organisation,
    pub comparison: Option<Comparison>,
    /// The phase settings the plan was built with (saved, or the defaults from the as-of date).
    pub settings: PhaseSettings,
    /// Saved durations outside their allowed range (the plan uses the nearest allowed value).
    pub duration_issues: Vec<DurationIssue>,
    /// Applicable items answered below conform (what the report and dashboard count as findings).
    pub findings: usize,
}

impl Evaluation {
    /// The planned application date: the start of the plan's application phase.
    pub fn planned_application(&self) -> Option<NaiveDate> {
        self.plan.phase(PhaseId::Application).map(|p| p.start)
    }
}

/// The phase settings used when none were saved: default durations from the as-of date.
pub fn default_settings(as_of: NaiveDate) -> PhaseSettings {
    PhaseSettings::new(as_of)
}

/// Saved durations outside `min_weeks..=MAX_WEEKS`.
pub fn duration_issues(settings: &PhaseSettings) -> Vec<DurationIssue> {
    settings
        .durations
        .iter()
        .filter_map(|(phase, given)| {
            let (min, max) = (phase.min_weeks(), MAX_WEEKS);
            (!(min..=max).contains(given)).then(|| DurationIssue {
                phase: *phase,
                given: *given,
                used: settings.weeks(*phase),
                min,
                max,
            })
        })
        .collect()
}

/// Scores, gates, plan and comparison for one assessment on one date.
pub fn evaluate(input: &EvaluationInput<'_>, as_of: NaiveDate) -> Evaluation {
    let triage = &input.profile.triage;
    let scorecard = score(input.catalog, triage, input.answers);
    let gates = check_gates(
        input.catalog,
        input.profile,
        input.facts,
        input.answers,
        as_of,
    );
    let settings = input
        .phases
        .cloned()
        .unwrap_or_else(|| default_settings(as_of));
    let organisation = input.profile.organisation();
    let plan = build_plan(&PlanInput {
        catalog: input.catalog,
        triage,
        answers: input.answers,
        organisation: &organisation,
        settings: &settings,
        overrides: input.overrides,
        free_actions: input.free_actions,
        situation: Some(Situation {
            facts: input.facts,
            as_of,
        }),
    });
    let comparison = input.previous.map(|before| {
        compare(
            before,
            Snapshot {
                catalog: input.catalog,
                triage,
                answers: input.answers,
            },
        )
    });
    let findings = scorecard
        .items
        .iter()
        .filter(|i| i.verdict.is_gap())
        .count();
    Evaluation {
        as_of,
        duration_issues: duration_issues(&settings),
        scorecard,
        gates,
        plan,
        organisation,
        comparison,
        settings,
        findings,
    }
}
