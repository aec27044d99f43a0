//! What first: three to five steps in plain words, derived from the evaluation — the
//! prerequisites not met (in the order the work goes), then the highest priorities of the
//! plan's first open phase, then the highest priorities overall. Each step keeps the owner and
//! due date its action has in the plan (the client's own departments and people).

use super::catalog::{Catalog, chapter_of};
use super::evaluate::Evaluation;
use super::message::{Arg, Message};
use super::plan::{Action, ActionStatus};
use chrono::NaiveDate;

/// At most this many steps are shown.
pub const MAX_STEPS: usize = 5;
/// Fewer than this are topped up from the highest priorities.
pub const MIN_STEPS: usize = 3;

/// One first step.
#[derive(Debug, Clone, PartialEq)]
pub struct FirstStep {
    /// What to do, in plain words (`todo-step-<topic>`, or the action's own text).
    pub what: Message,
    /// The item it closes, when it comes from one.
    pub item: Option<String>,
    /// The client's department (id in the organisation) and person who own it.
    pub unit: String,
    pub person: Option<String>,
    pub due: NaiveDate,
    /// It closes a prerequisite of certification.
    pub prerequisite: bool,
}

/// The plain step for the clause a prerequisite sits in (GB/T 29490-2023 numbering).
fn topic(clause: &str) -> Option<&'static str> {
    let key = match clause {
        c if c.starts_with("4.3") => "scope",
        "4.5" => "obligations",
        "5.2" => "policy",
        "5.3" => "lead",
        "6.2" => "objectives",
        "7.5" => "manual",
        "9.3" => "internal-audit",
        "9.4" => "management-review",
        c if chapter_of(c) == "10" => "close-findings",
        _ => return None,
    };
    Some(key)
}

fn open(a: &Action) -> bool {
    matches!(a.status, ActionStatus::Open | ActionStatus::InProgress)
}

/// The first steps of `evaluation` (empty when nothing is open).
pub fn first_steps(evaluation: &Evaluation, catalog: &Catalog) -> Vec<FirstStep> {
    let prerequisite = |a: &Action| {
        a.item_id
            .as_deref()
            .and_then(|id| catalog.item(id))
            .is_some_and(|i| i.prerequisite)
    };
    let mut actions: Vec<&Action> = evaluation.plan.actions.iter().filter(|a| open(a)).collect();
    // Prerequisites first, in the order the work goes (phase, then the standard's order:
    // scope before policy before objectives); then the first phase's priorities.
    let position = |a: &Action| {
        a.item_id
            .as_deref()
            .and_then(|id| catalog.items.iter().position(|i| i.id == id))
            .unwrap_or(usize::MAX)
    };
    actions.sort_by_key(|a| {
        let p = prerequisite(a);
        (
            !p,
            a.phase,
            if p { position(a) } else { 0 },
            std::cmp::Reverse(a.priority),
            a.due,
        )
    });
    let first_phase = actions.iter().map(|a| a.phase).min();
    let mut chosen: Vec<&Action> = actions
        .iter()
        .copied()
        .filter(|a| prerequisite(a) || (Some(a.phase) == first_phase && a.priority >= 6))
        .collect();
    if chosen.len() < MIN_STEPS {
        let mut rest: Vec<&Action> = actions
            .iter()
            .copied()
            .filter(|a| !chosen.iter().any(|c| c.id == a.id))
            .collect();
        rest.sort_by_key(|a| (std::cmp::Reverse(a.priority), a.phase, a.due));
        chosen.extend(rest);
    }
    let mut steps: Vec<FirstStep> = Vec::new();
    for a in chosen {
        // The plain topics follow the 2023 numbering; other catalogues use the action's text.
        let plain = prerequisite(a) && catalog.id == "gbt29490-2023";
        let what = match a.clause.as_deref().filter(|_| plain).and_then(topic) {
            Some(t) => Message::new(format!("todo-step-{t}")),
            None => Message::new("todo-step-action").arg("action", Arg::Text(a.text.clone())),
        };
        // Two items of one topic make one step.
        if steps.iter().any(|s| s.what == what) {
            continue;
        }
        steps.push(FirstStep {
            what,
            item: a.item_id.clone(),
            unit: a.unit.clone(),
            person: a.person.clone(),
            due: a.due,
            prerequisite: prerequisite(a),
        });
        if steps.len() == MAX_STEPS {
            break;
        }
    }
    steps
}
