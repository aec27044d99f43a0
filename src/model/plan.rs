//! The readiness plan: the 贯标 phase timeline (certification.md) and the actions that close
//! every gap, placed in the phase where they are fixed.
//!
//! The plan is derived from answers, triage and phase settings; user edits are overrides keyed
//! by item id and survive recomputation (decisions.md).

use super::assessment::{Answers, Triage, Verdict, effective_verdict};
use super::catalog::{Catalog, Department, EvidenceKind, FixPhase, Item};
use super::keyed::keyed_enum;
use super::org::Organisation;
use super::schedule::{Situation, Span, sub_days, timeline, timeline_resuming};
use crate::locale::Localized;
use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

keyed_enum! {
    /// A phase of the 贯标 project (Fluent ids `phase-<key>`).
    pub enum PhaseId {
        KickOff = "kick-off",
        Diagnosis = "diagnosis",
        Planning = "planning",
        Documents = "documents",
        IssueAndTraining = "issue-and-training",
        Operation = "operation",
        InternalAudit = "internal-audit",
        ManagementReview = "management-review",
        Application = "application",
        Stage1 = "stage-1",
        Stage2 = "stage-2",
        Certificate = "certificate",
    }
}

/// The longest duration accepted for one phase, in weeks.
pub const MAX_WEEKS: u32 = 104;
/// The shortest operation before applying, in weeks (≈ 3 months with records).
pub const MIN_OPERATION_WEEKS: u32 = 13;
/// "Operating long enough" is 3 calendar months, everywhere.
pub const OPERATION_MONTHS: u32 = 3;
/// A gap found in a phase the client has already passed is given at least this long.
pub const CATCH_UP_DAYS: u64 = 14;

impl PhaseId {
    /// Typical duration in weeks (certification.md; stage 1, stage 2 and the certificate are
    /// the waiting time plus the audit).
    pub fn default_weeks(self) -> u32 {
        match self {
            PhaseId::KickOff | PhaseId::IssueAndTraining => 1,
            PhaseId::ManagementReview | PhaseId::Application => 1,
            PhaseId::Diagnosis | PhaseId::Planning | PhaseId::InternalAudit => 2,
            PhaseId::Documents | PhaseId::Stage2 => 4,
            PhaseId::Operation => MIN_OPERATION_WEEKS,
            PhaseId::Stage1 | PhaseId::Certificate => 3,
        }
    }

    /// The shortest duration allowed.
    pub fn min_weeks(self) -> u32 {
        if self == PhaseId::Operation {
            MIN_OPERATION_WEEKS
        } else {
            1
        }
    }

    /// The phase in which gaps with this `fix_phase` are fixed.
    pub fn for_fix(fix: FixPhase) -> PhaseId {
        match fix {
            FixPhase::Planning => PhaseId::Planning,
            FixPhase::Documents => PhaseId::Documents,
            FixPhase::Training => PhaseId::IssueAndTraining,
            FixPhase::Operation => PhaseId::Operation,
            FixPhase::InternalAudit => PhaseId::InternalAudit,
            FixPhase::ManagementReview => PhaseId::ManagementReview,
        }
    }
}

/// The user's start date and duration edits (weeks; missing phases use the defaults).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseSettings {
    pub start: NaiveDate,
    #[serde(default)]
    pub durations: BTreeMap<PhaseId, u32>,
}

impl PhaseSettings {
    pub fn new(start: NaiveDate) -> Self {
        Self {
            start,
            durations: BTreeMap::new(),
        }
    }

    /// The duration used for a phase: the edit or the default, kept within its limits.
    pub fn weeks(&self, phase: PhaseId) -> u32 {
        self.durations
            .get(&phase)
            .copied()
            .unwrap_or_else(|| phase.default_weeks())
            .clamp(phase.min_weeks(), MAX_WEEKS)
    }
}

keyed_enum! {
    /// Status of an action (Fluent ids `action-status-<key>`).
    pub enum ActionStatus {
        Open = "open",
        InProgress = "in-progress",
        Done = "done",
        Closed = "closed",
    }
}

impl Default for ActionStatus {
    fn default() -> Self {
        ActionStatus::Open
    }
}

keyed_enum! {
    /// Priority band (Fluent ids `priority-<key>`): high ≥ 6, medium 3–5, low below.
    pub enum PriorityLevel {
        High = "high",
        Medium = "medium",
        Low = "low",
    }
}

impl PriorityLevel {
    pub fn of(priority: u8) -> Self {
        match priority {
            6.. => PriorityLevel::High,
            3..=5 => PriorityLevel::Medium,
            _ => PriorityLevel::Low,
        }
    }
}

/// A user's edits to a generated action; stored by item id, applied on every recomputation.
/// A record with no field set still counts as a stored action (it is listed as closed once
/// its item is conform).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ActionOverride {
    /// The owning function (older records; a department of the client's is `unit`).
    pub owner: Option<Department>,
    /// The owning department of the client (its id in the profile's organisation).
    pub unit: Option<String>,
    /// The owning person, by name.
    pub person: Option<String>,
    /// The action in the user's words (replaces the catalogue's text in both languages).
    pub text: Option<String>,
    /// 1–9, replacing weight × severity.
    pub priority: Option<u8>,
    pub due: Option<NaiveDate>,
    pub status: Option<ActionStatus>,
    pub notes: Option<String>,
}

/// An action the user added, with an id of their own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreeAction {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub owner: Option<Department>,
    /// The owning department of the client.
    #[serde(default)]
    pub unit: Option<String>,
    /// The owning person, by name.
    #[serde(default)]
    pub person: Option<String>,
    pub phase: FixPhase,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub status: ActionStatus,
    #[serde(default)]
    pub notes: String,
    /// 1–9, like generated actions.
    #[serde(default = "medium_priority")]
    pub priority: u8,
}

fn medium_priority() -> u8 {
    3
}

/// Which fields of an action come from a user override.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Overridden {
    pub owner: bool,
    #[serde(default)]
    pub text: bool,
    #[serde(default)]
    pub priority: bool,
    pub due: bool,
    pub status: bool,
    pub notes: bool,
}

/// One action of the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Action {
    /// The item id for generated actions, the user's id for free ones.
    pub id: String,
    pub item_id: Option<String>,
    pub clause: Option<String>,
    /// The effective verdict of the item (generated actions only).
    pub verdict: Option<Verdict>,
    pub text: Localized,
    /// The function that owns it.
    pub owner: Department,
    /// The client's department that owns it (id in the organisation).
    pub unit: String,
    /// The person who owns it, when one was named.
    pub person: Option<String>,
    /// weight × severity, 1–9 (0 for closed actions).
    pub priority: u8,
    pub level: PriorityLevel,
    pub phase: FixPhase,
    pub start: NaiveDate,
    pub due: NaiveDate,
    pub status: ActionStatus,
    pub notes: String,
    pub overridden: Overridden,
}

/// A phase with its dates (`end` is the last day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PlanPhase {
    pub id: PhaseId,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub weeks: u32,
    /// Open actions fixed in this phase.
    pub actions: usize,
    /// Already done (from the facts).
    pub done: bool,
    /// Done before operation started, on dates the facts do not give (`start`/`end` are only
    /// placed; print "done before operation" instead).
    pub undated: bool,
}

keyed_enum! {
    /// A dated milestone (Fluent ids `plan-milestone-<key>`).
    pub enum MilestoneId {
        OperationStart = "operation-start",
        OperationThreeMonths = "operation-three-months",
        InternalAuditDone = "internal-audit-done",
        ManagementReviewDone = "management-review-done",
        Application = "application",
        Certificate = "certificate",
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Milestone {
    pub id: MilestoneId,
    pub date: NaiveDate,
}

/// A document to write, from the `document` evidence of non-conform items (de-duplicated).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentToWrite {
    pub text: Localized,
    pub item_ids: Vec<String>,
    pub due: NaiveDate,
}

/// The whole plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub phases: Vec<PlanPhase>,
    /// Open actions (generated and free), by phase, then priority (highest first).
    pub actions: Vec<Action>,
    /// Stored actions whose item is now conform.
    pub closed: Vec<Action>,
    pub milestones: Vec<Milestone>,
    pub target_certificate: NaiveDate,
    pub documents: Vec<DocumentToWrite>,
}

impl Plan {
    pub fn phase(&self, id: PhaseId) -> Option<&PlanPhase> {
        self.phases.iter().find(|p| p.id == id)
    }
}

/// Everything the plan is derived from.
#[derive(Debug, Clone, Copy)]
pub struct PlanInput<'a> {
    pub catalog: &'a Catalog,
    pub triage: &'a Triage,
    pub answers: &'a Answers,
    /// The client's departments (recorded or proposed): action owners come from it.
    pub organisation: &'a Organisation,
    pub settings: &'a PhaseSettings,
    pub overrides: &'a BTreeMap<String, ActionOverride>,
    pub free_actions: &'a [FreeAction],
    /// Where the client already is (facts and as-of date); `None` plans from scratch.
    pub situation: Option<Situation<'a>>,
}

pub(crate) fn add_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days))
        .unwrap_or(NaiveDate::MAX)
}

pub(crate) fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// The owner of an item's action: the client's department that leads the item's first
/// function it has (see [`Organisation::owner_for`]), and the function it owns it for.
pub fn owner_for(item: &Item, organisation: &Organisation) -> (Department, String) {
    let unit = organisation.owner_for(&item.departments);
    let function = item
        .departments
        .iter()
        .copied()
        .find(|f| unit.is_some_and(|u| u.covers(*f)))
        .or_else(|| item.departments.first().copied())
        .unwrap_or(Department::IpOffice);
    (function, unit.map(|u| u.id.clone()).unwrap_or_default())
}

/// The department that owns an action for this function.
fn unit_of(organisation: &Organisation, function: Department) -> String {
    organisation
        .lead_of(function)
        .or_else(|| organisation.owner_for(&[function]))
        .map(|u| u.id.clone())
        .unwrap_or_default()
}

fn apply(action: &mut Action, o: &ActionOverride, organisation: &Organisation) {
    if let Some(owner) = o.owner {
        action.owner = owner;
        action.unit = unit_of(organisation, owner);
        action.overridden.owner = true;
    }
    if let Some(unit) = &o.unit {
        action.unit.clone_from(unit);
        action.overridden.owner = true;
    }
    if let Some(person) = &o.person {
        action.person = Some(person.clone());
        action.overridden.owner = true;
    }
    if let Some(text) = o.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        action.text = Localized::new(text.to_owned(), text.to_owned());
        action.overridden.text = true;
    }
    if let Some(priority) = o.priority {
        action.priority = priority.clamp(1, 9);
        action.level = PriorityLevel::of(action.priority);
        action.overridden.priority = true;
    }
    if let Some(due) = o.due {
        action.due = due;
        action.start = action.start.min(due);
        action.overridden.due = true;
    }
    if let Some(status) = o.status {
        action.status = status;
        action.overridden.status = true;
    }
    if let Some(notes) = &o.notes {
        action.notes.clone_from(notes);
        action.overridden.notes = true;
    }
}

/// Builds the plan.
pub fn build_plan(input: &PlanInput<'_>) -> Plan {
    let as_of = input.situation.map(|s| s.as_of);
    let mut spans = timeline(input.settings, input.situation);
    // Gaps in phases already done are caught up first: what is still to come waits for them,
    // so the plan never applies before its own actions are due.
    let done_phase =
        |spans: &[Span], f: FixPhase| spans.iter().any(|s| s.id == PhaseId::for_fix(f) && s.done);
    let finished =
        |s: Option<ActionStatus>| matches!(s, Some(ActionStatus::Done | ActionStatus::Closed));
    let gap_in_done = input.catalog.active_items().any(|item| {
        let verdict = effective_verdict(item, input.triage, input.answers.get(&item.id));
        verdict.severity(item.prerequisite) > 0
            && done_phase(&spans, item.fix_phase)
            && !finished(input.overrides.get(&item.id).and_then(|o| o.status))
    }) || input
        .free_actions
        .iter()
        .any(|f| done_phase(&spans, f.phase) && !finished(Some(f.status)));
    if let (true, Some(today)) = (gap_in_done, as_of) {
        let resume = add_days(today, CATCH_UP_DAYS + 1);
        spans = timeline_resuming(input.settings, input.situation, Some(resume));
    }
    // The phase where an action is fixed; a gap in a phase already done is caught up from the
    // as-of date, before the next phase still to come.
    let catch_up = spans.iter().find(|s| !s.done).map(|s| s.start);
    let dates = |p: PhaseId| {
        let Some(s) = spans.iter().find(|s| s.id == p) else {
            return (input.settings.start, input.settings.start);
        };
        match (s.done, as_of, catch_up) {
            (true, Some(today), Some(next)) => {
                let due = sub_days(next, 1).max(add_days(today, CATCH_UP_DAYS));
                (today, due)
            }
            _ => (s.start, sub_days(s.finish, 1)),
        }
    };
    let real = |p: PhaseId| {
        spans
            .iter()
            .find(|s| s.id == p)
            .map_or((input.settings.start, input.settings.start), |s| {
                (s.start, sub_days(s.finish, 1))
            })
    };
    let mut actions = Vec::new();
    let mut closed = Vec::new();
    let mut documents: Vec<DocumentToWrite> = Vec::new();
    let documents_due = dates(PhaseId::Documents).1;
    for (index, item) in input.catalog.active_items().enumerate() {
        let verdict = effective_verdict(item, input.triage, input.answers.get(&item.id));
        let severity = verdict.severity(item.prerequisite);
        let stored = input.overrides.get(&item.id);
        if severity == 0 && !(verdict == Verdict::Conform && stored.is_some()) {
            continue;
        }
        let priority = item.weight.saturating_mul(severity);
        let (start, due) = dates(PhaseId::for_fix(item.fix_phase));
        let (owner, unit) = owner_for(item, input.organisation);
        let mut action = Action {
            id: item.id.clone(),
            item_id: Some(item.id.clone()),
            clause: Some(item.clause.clone()),
            verdict: Some(verdict),
            text: item.action.clone(),
            owner,
            unit,
            person: None,
            priority,
            level: PriorityLevel::of(priority),
            phase: item.fix_phase,
            start,
            due,
            status: ActionStatus::Open,
            notes: String::new(),
            overridden: Overridden::default(),
        };
        if let Some(o) = stored {
            apply(&mut action, o, input.organisation);
        }
        if severity == 0 {
            action.status = ActionStatus::Closed;
            action.overridden.status = false;
            action.priority = 0;
            action.level = PriorityLevel::of(0);
            action.overridden.priority = false;
            closed.push(action);
            continue;
        }
        for e in item
            .evidence
            .iter()
            .filter(|e| e.kind == EvidenceKind::Document)
        {
            match documents.iter_mut().find(|d| d.text == e.text) {
                Some(d) => d.item_ids.push(item.id.clone()),
                None => documents.push(DocumentToWrite {
                    text: e.text.clone(),
                    item_ids: vec![item.id.clone()],
                    due: documents_due,
                }),
            }
        }
        actions.push((index, action));
    }
    let free_index = actions.len();
    for free in input.free_actions {
        let (start, phase_due) = dates(PhaseId::for_fix(free.phase));
        let due = free.due.unwrap_or(phase_due);
        let priority = free.priority.clamp(1, 9);
        actions.push((
            free_index,
            Action {
                id: free.id.clone(),
                item_id: None,
                clause: None,
                verdict: None,
                text: Localized::new(free.text.clone(), free.text.clone()),
                owner: free.owner.unwrap_or(Department::IpOffice),
                unit: free.unit.clone().unwrap_or_else(|| {
                    unit_of(
                        input.organisation,
                        free.owner.unwrap_or(Department::IpOffice),
                    )
                }),
                person: free.person.clone(),
                priority,
                level: PriorityLevel::of(priority),
                phase: free.phase,
                start: start.min(due),
                due,
                status: free.status,
                notes: free.notes.clone(),
                overridden: Overridden::default(),
            },
        ));
    }
    let phase_rank = |f: FixPhase| FixPhase::ALL.iter().position(|p| *p == f);
    actions.sort_by_key(|(index, a)| (phase_rank(a.phase), std::cmp::Reverse(a.priority), *index));
    let actions: Vec<Action> = actions.into_iter().map(|(_, a)| a).collect();
    let phases = spans
        .iter()
        .map(|s| PlanPhase {
            id: s.id,
            start: s.start,
            end: sub_days(s.finish, 1),
            weeks: input.settings.weeks(s.id),
            actions: actions
                .iter()
                .filter(|a| PhaseId::for_fix(a.phase) == s.id)
                .count(),
            done: s.done,
            undated: s.undated,
        })
        .collect();
    let operation = real(PhaseId::Operation);
    let milestones = vec![
        (MilestoneId::OperationStart, operation.0),
        (
            MilestoneId::OperationThreeMonths,
            add_months(operation.0, OPERATION_MONTHS),
        ),
        (
            MilestoneId::InternalAuditDone,
            real(PhaseId::InternalAudit).1,
        ),
        (
            MilestoneId::ManagementReviewDone,
            real(PhaseId::ManagementReview).1,
        ),
        (MilestoneId::Application, real(PhaseId::Application).0),
        (MilestoneId::Certificate, real(PhaseId::Certificate).1),
    ]
    .into_iter()
    .map(|(id, date)| Milestone { id, date })
    .collect();
    Plan {
        phases,
        actions,
        closed,
        milestones,
        target_certificate: real(PhaseId::Certificate).1,
        documents,
    }
}
