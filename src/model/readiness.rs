//! The certification gate check (certification.md, decisions.md) and the earliest realistic
//! application date. Every date computation takes an explicit as-of date.

use super::assessment::{Answers, Facts, Verdict, effective_verdict};
use super::catalog::Catalog;
use super::keyed::keyed_enum;
use super::message::{Arg, Message};
use super::plan::{OPERATION_MONTHS, PhaseId, add_days, add_months};
use super::profile::Profile;
use chrono::NaiveDate;
use serde::Serialize;

keyed_enum! {
    /// A gate (Fluent ids `gate-<key>`, reasons `gate-<key>-…`).
    pub enum GateId {
        BusinessLicence = "business-licence",
        OperatingPeriod = "operating-period",
        InternalAudit = "internal-audit",
        ManagementReview = "management-review",
        NoPenalty = "no-penalty",
        Prerequisites = "prerequisites",
        TrainedAuditor = "trained-auditor",
        ValidRight = "valid-right",
    }
}

impl GateId {
    /// Hard gates block `ready`; advisory gates are shown only.
    pub fn is_hard(self) -> bool {
        !matches!(self, GateId::TrainedAuditor | GateId::ValidRight)
    }
}

keyed_enum! {
    /// Outcome of one gate (Fluent ids `gate-status-<key>`).
    pub enum GateStatus {
        Passed = "passed",
        Failed = "failed",
        Unknown = "unknown",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gate {
    pub id: GateId,
    pub hard: bool,
    pub status: GateStatus,
    pub reason: Message,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GateCheck {
    pub as_of: NaiveDate,
    pub gates: Vec<Gate>,
    /// All hard gates passed.
    pub ready: bool,
    /// Earliest realistic application date (never before `as_of`); `None` while a failed gate
    /// cannot be cured by time (licence, penalty).
    pub earliest_application: Option<NaiveDate>,
    /// Which constraint decided the earliest date, or why there is none.
    pub earliest_reason: Message,
}

impl GateCheck {
    pub fn gate(&self, id: GateId) -> Option<&Gate> {
        self.gates.iter().find(|g| g.id == id)
    }
}

/// A date as ISO text (the same in both locales).
fn day(d: NaiveDate) -> Arg {
    Arg::from(d.format("%Y-%m-%d").to_string())
}

fn gate(
    id: GateId,
    status: GateStatus,
    msg: impl Into<std::borrow::Cow<'static, str>>,
    args: &[(&'static str, Arg)],
) -> Gate {
    Gate {
        id,
        hard: id.is_hard(),
        status,
        reason: Message {
            id: msg.into(),
            args: args.to_vec(),
        },
    }
}

fn licence(profile: &Profile) -> Gate {
    let id = GateId::BusinessLicence;
    match profile.business_licence_valid {
        Some(true) => gate(id, GateStatus::Passed, "gate-business-licence-passed", &[]),
        Some(false) => gate(id, GateStatus::Failed, "gate-business-licence-failed", &[]),
        None => gate(
            id,
            GateStatus::Unknown,
            "gate-business-licence-unknown",
            &[],
        ),
    }
}

fn operating(facts: &Facts, as_of: NaiveDate) -> Gate {
    let id = GateId::OperatingPeriod;
    let Some(start) = facts.operation_started_on else {
        return gate(
            id,
            GateStatus::Unknown,
            "gate-operating-period-unknown",
            &[],
        );
    };
    let enough = add_months(start, OPERATION_MONTHS);
    let args = [("start", day(start)), ("enough", day(enough))];
    if start > as_of {
        gate(
            id,
            GateStatus::Failed,
            "gate-operating-period-future",
            &args,
        )
    } else if enough <= as_of {
        gate(
            id,
            GateStatus::Passed,
            "gate-operating-period-passed",
            &args,
        )
    } else {
        gate(
            id,
            GateStatus::Failed,
            "gate-operating-period-failed",
            &args,
        )
    }
}

/// A dated event that must follow another one and lie on or before the as-of date.
fn after(
    id: GateId,
    done: Option<NaiveDate>,
    previous: Option<NaiveDate>,
    as_of: NaiveDate,
) -> Gate {
    let key = id.key();
    let msg = |suffix: &str| format!("gate-{key}-{suffix}");
    let Some(done) = done else {
        return gate(id, GateStatus::Unknown, msg("unknown"), &[]);
    };
    let mut args = vec![("date", day(done))];
    if done > as_of {
        return gate(id, GateStatus::Failed, msg("future"), &args);
    }
    let Some(previous) = previous else {
        return gate(id, GateStatus::Unknown, msg("unverified"), &args);
    };
    args.push(("previous", day(previous)));
    if done < previous {
        gate(id, GateStatus::Failed, msg("failed"), &args)
    } else {
        gate(id, GateStatus::Passed, msg("passed"), &args)
    }
}

fn penalty(facts: &Facts) -> Gate {
    let id = GateId::NoPenalty;
    match facts.ip_penalty_in_window {
        Some(false) => gate(id, GateStatus::Passed, "gate-no-penalty-passed", &[]),
        Some(true) => gate(id, GateStatus::Failed, "gate-no-penalty-failed", &[]),
        None => gate(id, GateStatus::Unknown, "gate-no-penalty-unknown", &[]),
    }
}

/// The first few clause numbers of a list (each once), for a readable reason.
fn some_ids(ids: &[&str]) -> String {
    const SHOWN: usize = 5;
    let mut unique: Vec<&str> = Vec::new();
    for id in ids {
        if !unique.contains(id) {
            unique.push(id);
        }
    }
    let mut text = unique
        .iter()
        .take(SHOWN)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if unique.len() > SHOWN {
        text.push_str(", …");
    }
    text
}

fn prerequisites(catalog: &Catalog, profile: &Profile, answers: &Answers) -> Gate {
    let id = GateId::Prerequisites;
    let mut failing = Vec::new();
    let mut open = Vec::new();
    let mut total = 0usize;
    for item in catalog.active_items().filter(|i| i.prerequisite) {
        match effective_verdict(item, &profile.triage, answers.get(&item.id)) {
            Verdict::Conform => total += 1,
            Verdict::Na => {}
            Verdict::Unanswered => {
                total += 1;
                open.push(item.clause.as_str());
            }
            _ => {
                total += 1;
                failing.push(item.clause.as_str());
            }
        }
    }
    let total = ("total", Arg::from(total));
    // An unanswered prerequisite is not met: the gate fails until it is answered conform.
    let mut shown: Vec<&str> = failing.clone();
    shown.extend(open.iter().copied());
    let args = [
        total,
        ("count", Arg::from(failing.len())),
        ("open", Arg::from(open.len())),
        ("items", Arg::from(some_ids(&shown))),
    ];
    let msg = match (failing.is_empty(), open.is_empty()) {
        (true, true) => return gate(id, GateStatus::Passed, "gate-prerequisites-passed", &args),
        (false, true) => "gate-prerequisites-failed",
        (true, false) => "gate-prerequisites-unknown",
        (false, false) => "gate-prerequisites-failed-open",
    };
    gate(id, GateStatus::Failed, msg, &args)
}

fn auditor(facts: &Facts, profile: &Profile) -> Gate {
    use super::org::Role;
    let id = GateId::TrainedAuditor;
    // The internal auditors the profile names (the people table of the organisation).
    let auditors: Vec<Message> = profile
        .organisation
        .people
        .iter()
        .filter(|p| p.role == Role::InternalAuditor && !p.name.trim().is_empty())
        .map(|p| Message::new("engine-name").arg("name", p.name.trim()))
        .collect();
    let count = auditors.len();
    let names = Arg::List {
        sep: "engine-sep-enum",
        items: auditors,
    };
    match (facts.trained_auditors, count) {
        (Some(0), 0) => gate(id, GateStatus::Failed, "gate-trained-auditor-failed", &[]),
        (Some(0), _) => gate(
            id,
            GateStatus::Failed,
            "gate-trained-auditor-failed-named",
            &[("count", Arg::from(count)), ("names", names)],
        ),
        (Some(n), _) => gate(
            id,
            GateStatus::Passed,
            "gate-trained-auditor-passed",
            &[("count", Arg::from(n))],
        ),
        (None, 0) => gate(id, GateStatus::Unknown, "gate-trained-auditor-unknown", &[]),
        (None, n) => gate(
            id,
            GateStatus::Passed,
            "gate-trained-auditor-named",
            &[("count", Arg::from(n)), ("names", names)],
        ),
    }
}

fn valid_right(profile: &Profile) -> Gate {
    let id = GateId::ValidRight;
    let n = profile.portfolio.registered_rights();
    if n > 0 {
        gate(
            id,
            GateStatus::Passed,
            "gate-valid-right-passed",
            &[("count", Arg::from(n))],
        )
    } else {
        gate(id, GateStatus::Failed, "gate-valid-right-failed", &[])
    }
}

/// Runs every gate and computes the earliest realistic application date.
pub fn check_gates(
    catalog: &Catalog,
    profile: &Profile,
    facts: &Facts,
    answers: &Answers,
    as_of: NaiveDate,
) -> GateCheck {
    let gates = vec![
        licence(profile),
        operating(facts, as_of),
        after(
            GateId::InternalAudit,
            facts.internal_audit_on,
            facts.operation_started_on,
            as_of,
        ),
        after(
            GateId::ManagementReview,
            facts.management_review_on,
            facts.internal_audit_on,
            as_of,
        ),
        penalty(facts),
        prerequisites(catalog, profile, answers),
        auditor(facts, profile),
        valid_right(profile),
    ];
    let ready = gates
        .iter()
        .all(|g| !g.hard || g.status == GateStatus::Passed);
    let (earliest_application, earliest_reason) = earliest(profile, facts, &gates, as_of);
    GateCheck {
        as_of,
        gates,
        ready,
        earliest_application,
        earliest_reason,
    }
}

fn passed(gates: &[Gate], id: GateId) -> bool {
    gates
        .iter()
        .any(|g| g.id == id && g.status == GateStatus::Passed)
}

/// The earliest date an application is realistic: operation start + 3 months, after an
/// internal audit and a management review (default phase durations when they are still to
/// come), never before the as-of date.
fn earliest(
    profile: &Profile,
    facts: &Facts,
    gates: &[Gate],
    as_of: NaiveDate,
) -> (Option<NaiveDate>, Message) {
    if profile.business_licence_valid == Some(false) {
        return (None, Message::new("gate-earliest-licence"));
    }
    if facts.ip_penalty_in_window == Some(true) {
        return (None, Message::new("gate-earliest-penalty"));
    }
    let weeks = |p: PhaseId| u64::from(p.default_weeks()) * 7;
    // Operation starts when recorded (or today, if it has not started yet).
    let operation_start = facts.operation_started_on.unwrap_or(as_of);
    let mut date = as_of;
    let mut reason = "gate-earliest-now";
    let three_months = add_months(operation_start, OPERATION_MONTHS);
    if three_months > date {
        date = three_months;
        reason = "gate-earliest-operation";
    }
    let audit_done = passed(gates, GateId::InternalAudit);
    let review_done = passed(gates, GateId::ManagementReview);
    if !audit_done || !review_done {
        // Still to come: audit (unless done), then the review, each after the as-of date and
        // after operation started.
        let from = as_of.max(operation_start);
        let closing = if audit_done {
            weeks(PhaseId::ManagementReview)
        } else {
            weeks(PhaseId::InternalAudit) + weeks(PhaseId::ManagementReview)
        };
        let after_review = add_days(from, closing);
        if after_review > date {
            date = after_review;
            reason = "gate-earliest-review";
        }
    }
    let reason = Message::new(reason)
        .arg("date", day(date))
        .arg("enough", day(three_months));
    (Some(date), reason)
}
