//! The 贯标 timeline: when each phase runs, starting from where the client already is.
//!
//! A client whose system is not operating yet gets the whole sequence of certification.md from
//! the plan's start date. A client whose system already operates (facts: operation started,
//! internal audit done, management review done) gets those phases marked done on their real
//! dates, and only the remaining ones scheduled, never before the as-of date.

use super::assessment::Facts;
use super::plan::{OPERATION_MONTHS, PhaseId, PhaseSettings, add_days, add_months};
use chrono::{Days, NaiveDate};

/// Where the client stands on the as-of date.
#[derive(Debug, Clone, Copy)]
pub struct Situation<'a> {
    pub facts: &'a Facts,
    pub as_of: NaiveDate,
}

/// One phase on the timeline: `start` to `finish` (exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub id: PhaseId,
    pub start: NaiveDate,
    pub finish: NaiveDate,
    /// Already done according to the facts (the dates are the real ones, or placed before them).
    pub done: bool,
    /// Done before the system started operating, on dates the facts do not give: `start` and
    /// `finish` are only placed before the operation start, never to be printed as dates.
    pub undated: bool,
}

pub(crate) fn sub_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(days))
        .unwrap_or(NaiveDate::MIN)
}

/// What the facts say is already done, checked for order: an internal audit counts only after
/// operation started, a review only after that audit, and nothing after the as-of date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Done {
    pub operation: Option<NaiveDate>,
    pub internal_audit: Option<NaiveDate>,
    pub management_review: Option<NaiveDate>,
}

impl Done {
    pub fn of(situation: Option<Situation<'_>>) -> Done {
        let Some(s) = situation else {
            return Done::default();
        };
        let operation = s.facts.operation_started_on.filter(|d| *d <= s.as_of);
        let internal_audit = s
            .facts
            .internal_audit_on
            .filter(|d| *d <= s.as_of && operation.is_some_and(|o| o <= *d));
        let management_review = s
            .facts
            .management_review_on
            .filter(|d| *d <= s.as_of && internal_audit.is_some_and(|a| a <= *d));
        Done {
            operation,
            internal_audit,
            management_review,
        }
    }
}

/// Every phase in `PhaseId::ALL` order.
pub fn timeline(settings: &PhaseSettings, situation: Option<Situation<'_>>) -> Vec<Span> {
    timeline_resuming(settings, situation, None)
}

/// Every phase in `PhaseId::ALL` order, with the phases still to come (internal audit,
/// management review, application) not before `resume` either: the day after the gaps left in
/// phases already done are caught up.
pub fn timeline_resuming(
    settings: &PhaseSettings,
    situation: Option<Situation<'_>>,
    resume: Option<NaiveDate>,
) -> Vec<Span> {
    let weeks = |p: PhaseId| u64::from(settings.weeks(p)) * 7;
    let span = |id: PhaseId, start: NaiveDate| Span {
        id,
        start,
        finish: add_days(start, weeks(id)),
        done: false,
        undated: false,
    };
    // Placed so that it ends on `finish` (for phases done before a known date).
    let before = |id: PhaseId, finish: NaiveDate| Span {
        id,
        start: sub_days(finish, weeks(id)),
        finish,
        done: true,
        undated: false,
    };
    let done = Done::of(situation);
    let as_of = situation.map(|s| s.as_of);
    let not_before = |d: NaiveDate| {
        let d = as_of.map_or(d, |t| d.max(t));
        resume.map_or(d, |r| d.max(r))
    };

    let (kick_off, diagnosis, planning, documents, issue, operation) =
        if let Some(started) = done.operation {
            {
                // Everything up to the release of the documents happened before operation
                // started, on dates nobody recorded.
                let undated = |id: PhaseId, finish: NaiveDate| Span {
                    undated: true,
                    ..before(id, finish)
                };
                let issue = undated(PhaseId::IssueAndTraining, started);
                let documents = undated(PhaseId::Documents, issue.start);
                let planning = undated(PhaseId::Planning, issue.start);
                let diagnosis = undated(PhaseId::Diagnosis, documents.start.min(planning.start));
                let kick_off = Span {
                    id: PhaseId::KickOff,
                    start: diagnosis.start,
                    finish: add_days(diagnosis.start, weeks(PhaseId::KickOff)),
                    done: true,
                    undated: true,
                };
                let mut operation = span(PhaseId::Operation, started);
                operation.done = as_of.is_some_and(|t| operation.finish <= t);
                (kick_off, diagnosis, planning, documents, issue, operation)
            }
        } else {
            {
                let s = settings.start;
                let kick_off = span(PhaseId::KickOff, s);
                let diagnosis = span(PhaseId::Diagnosis, s);
                let planning = span(PhaseId::Planning, diagnosis.finish);
                let documents = span(PhaseId::Documents, diagnosis.finish);
                let issue = span(
                    PhaseId::IssueAndTraining,
                    documents.finish.max(planning.finish),
                );
                let operation = span(PhaseId::Operation, issue.start);
                (kick_off, diagnosis, planning, documents, issue, operation)
            }
        };
    // The internal audit and the review close the operation period (weeks 17–19 by default).
    let audit = if let Some(on) = done.internal_audit {
        before(PhaseId::InternalAudit, add_days(on, 1))
    } else {
        let closing = weeks(PhaseId::InternalAudit) + weeks(PhaseId::ManagementReview);
        let start = sub_days(operation.finish, closing).max(operation.start);
        span(PhaseId::InternalAudit, not_before(start))
    };
    let review = match done.management_review {
        Some(on) => before(PhaseId::ManagementReview, add_days(on, 1)),
        None => span(PhaseId::ManagementReview, not_before(audit.finish)),
    };
    let earliest = add_months(operation.start, OPERATION_MONTHS);
    let application = span(
        PhaseId::Application,
        not_before(operation.finish.max(review.finish).max(earliest)),
    );
    let stage1 = span(PhaseId::Stage1, application.finish);
    let stage2 = span(PhaseId::Stage2, stage1.finish);
    let certificate = span(PhaseId::Certificate, stage2.finish);
    vec![
        kick_off,
        diagnosis,
        planning,
        documents,
        issue,
        operation,
        audit,
        review,
        application,
        stage1,
        stage2,
        certificate,
    ]
}
