//! `ReportDoc`: the frozen, pure content of one report in one language — every label already
//! translated, every date already decided. Rendering reads only this value (and the bundled
//! font), so the same answers always print the same report, and the GUI can show the same
//! text the PDF prints.

use crate::i18n::{Arg, tr, tr_args};
use crate::locale::Locale;
use crate::model::assessment::{Answers, Verdict};
use crate::model::catalog::{Catalog, Department, Method};
use crate::model::compare::{Comparison, Delta};
use crate::model::plan::{Plan, PriorityLevel};
use crate::model::profile::Profile;
use crate::model::readiness::{GateCheck, GateStatus};
use crate::model::scoring::{Aggregate, Scorecard};
use crate::model::support::Possibility;
use chrono::{DateTime, NaiveDate, Utc};

/// Who made the diagnosis.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assessor {
    pub name: String,
    pub organization: String,
}

/// A cover logo, already decoded to 8-bit RGB pixels.
pub type Logo = super::layout::RgbImage;

/// The earlier diagnosis a follow-up is compared with.
#[derive(Debug, Clone, Copy)]
pub struct PreviousView<'a> {
    pub comparison: &'a Comparison,
    pub title: &'a str,
    pub date: NaiveDate,
}

/// Everything a report is built from: the engine's results plus what the assessor wrote.
#[derive(Debug, Clone, Copy)]
pub struct ReportSources<'a> {
    pub catalog: &'a Catalog,
    pub profile: &'a Profile,
    pub answers: &'a Answers,
    pub scorecard: &'a Scorecard,
    pub gates: &'a GateCheck,
    pub plan: &'a Plan,
    pub previous: Option<PreviousView<'a>>,
    pub support: &'a [Possibility],
    pub assessor: &'a Assessor,
    pub assessment_title: &'a str,
    pub conclusion: &'a str,
    pub logo: Option<&'a Logo>,
    pub brand: Option<&'a super::brand::Brand>,
}

/// One score line of a chart or table.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreLine {
    /// Chapter number or process key.
    pub key: String,
    pub label: String,
    pub aggregate: Aggregate,
}

/// One certification gate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GateLine {
    pub name: String,
    pub hard: bool,
    pub status: GateStatus,
    pub status_label: String,
    pub reason: String,
}

/// One catalogue item with its answer.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemLine {
    pub id: String,
    pub clause: String,
    pub clause_title: String,
    pub chapter: String,
    pub question: String,
    pub verdict: Verdict,
    pub verdict_label: String,
    pub prerequisite: bool,
    /// N/A because a triage question was answered "no".
    pub na_by_triage: bool,
    pub na_reason: String,
    pub note: String,
    pub evidence_seen: Vec<String>,
    pub departments: Vec<Department>,
    pub methods: Vec<Method>,
    /// How many records the auditor samples (from the catalogue; empty when it does not say).
    pub sample: String,
    /// Documents and records an auditor expects to see (from the catalogue).
    pub expected_evidence: Vec<String>,
}

impl ItemLine {
    /// Whether the item belongs in 主要问题点: a gap, or a prerequisite not yet assessed.
    pub fn is_finding(&self) -> bool {
        self.verdict.is_gap() || (self.verdict == Verdict::Unanswered && self.prerequisite)
    }
}

/// A phase of the roadmap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhaseLine {
    /// The phase id's key ("kick-off" …).
    pub key: String,
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub weeks: u32,
    pub actions: usize,
    /// Done (from the facts).
    pub done: bool,
    /// Done before operation started, on dates nobody recorded: print
    /// `report-phase-done-before`, never `start`/`end`.
    pub undated: bool,
}

impl ReportDoc {
    /// The dates of a phase as printed: its range, or "done before operation started".
    pub fn phase_dates(&self, p: &PhaseLine) -> String {
        if p.undated {
            return self.tr("report-phase-done-before");
        }
        self.tr_args(
            "report-date-range",
            &[
                ("start", crate::i18n::Arg::from(date_text(p.start))),
                ("end", crate::i18n::Arg::from(date_text(p.end))),
            ],
        )
    }

    /// A phase's name, marked when it is done.
    pub fn phase_name(&self, p: &PhaseLine) -> String {
        if p.done {
            self.tr_args(
                "plan-phase-done",
                &[("phase", crate::i18n::Arg::from(p.name.clone()))],
            )
        } else {
            p.name.clone()
        }
    }

    /// The system already operated before the as-of date (some phases are undated).
    pub fn running(&self) -> bool {
        self.phases.iter().any(|p| p.undated)
    }
}

/// One of the client's people with a part in the management system.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonLine {
    pub name: String,
    pub role: crate::model::org::Role,
    /// The name of the person's department (empty when not given).
    pub unit: String,
}

/// One open corrective action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionLine {
    pub clause: String,
    pub text: String,
    pub owner: String,
    pub level: PriorityLevel,
    pub level_label: String,
    pub due: NaiveDate,
    pub notes: String,
}

/// One document to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentLine {
    pub text: String,
    pub clauses: Vec<String>,
    pub due: NaiveDate,
}

/// One support possibility.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportLine {
    pub title: String,
    pub likely: bool,
    pub likelihood_label: String,
    pub detail: String,
    pub conditions: String,
    pub source: String,
    /// When the entry was last checked, if that was over a year before the as-of date.
    pub stale_since: Option<NaiveDate>,
}

/// An item whose verdict changed since the previous diagnosis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeLine {
    pub clause: String,
    pub question: String,
    pub before: Verdict,
    pub after: Verdict,
}

/// The comparison with the previous diagnosis.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareView {
    pub title: String,
    pub date: NaiveDate,
    pub overall: Delta,
    pub progress: (f64, f64),
    pub chapters: Vec<(String, Delta)>,
    pub improved: Vec<ChangeLine>,
    pub regressed: Vec<ChangeLine>,
    pub closed: Vec<ChangeLine>,
}

/// The frozen content of a diagnosis report (and of the interview checklist).
#[derive(Debug, Clone, PartialEq)]
pub struct ReportDoc {
    pub locale: Locale,
    pub as_of: NaiveDate,
    pub created: DateTime<Utc>,
    pub title: String,
    /// "GB/T 29490-2023 《企业知识产权合规管理体系 要求》".
    pub edition: String,
    pub edition_code: String,
    pub legacy: bool,
    pub client: String,
    pub uscc: String,
    pub assessor: Assessor,
    pub assessment_title: String,
    pub logo: Option<Logo>,
    /// The consultancy's name, footer, colour and fonts.
    pub brand: super::brand::Brand,
    pub conclusion: String,
    pub overall: Aggregate,
    /// Items N/A because a triage question was answered "no".
    pub na_by_triage: usize,
    pub ready: bool,
    pub earliest_application: Option<NaiveDate>,
    pub earliest_reason: String,
    /// The plan's application date.
    pub planned_application: Option<NaiveDate>,
    pub profile: Vec<(String, String)>,
    /// Departments the client has (empty: not recorded).
    pub departments: Vec<Department>,
    /// The client's own departments (recorded or proposed), in the client's order.
    pub units: Vec<crate::report::checklist::ChecklistScope>,
    /// The client's people with their parts (management representative, IP lead, …).
    pub people: Vec<PersonLine>,
    /// Some chapter title printed is not yet verified against the standard (marked †).
    pub unverified_titles: bool,
    pub portfolio: Vec<(String, i64)>,
    pub formula: String,
    pub chapters: Vec<ScoreLine>,
    pub processes: Vec<ScoreLine>,
    pub gates: Vec<GateLine>,
    pub items: Vec<ItemLine>,
    pub plan_start: NaiveDate,
    pub phases: Vec<PhaseLine>,
    pub milestones: Vec<(String, NaiveDate)>,
    pub actions: Vec<ActionLine>,
    pub documents: Vec<DocumentLine>,
    pub support_disclaimer: String,
    pub support: Vec<SupportLine>,
    pub comparison: Option<CompareView>,
    /// Who the report is for: a consultancy's diagnosis or the enterprise's self-assessment.
    pub audience: crate::model::audience::Audience,
    /// The three to five first steps with owner and date.
    pub first_steps: Vec<super::sme::StepLine>,
    /// How long and how much (an estimate, with its sources).
    pub cost: super::sme::CostLines,
}

/// A date as printed in reports (ISO, the same in both languages).
pub fn date_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A score rounded to one decimal, as printed.
pub fn score_text(score: f64) -> String {
    crate::i18n::score_text(score)
}

impl ReportDoc {
    /// Items that belong in 主要问题点, in catalogue order.
    pub fn findings(&self) -> impl Iterator<Item = &ItemLine> {
        self.items.iter().filter(|i| i.is_finding())
    }

    /// The message id as this report's audience reads it: a self-assessment says "自评" where
    /// a consultant's report says "诊断", so `{id}-self` is used where it exists.
    fn for_audience(&self, id: &str) -> String {
        crate::i18n::for_audience(self.locale, self.audience, id)
    }

    /// Translated message of this report's locale and audience.
    pub fn tr(&self, id: &str) -> String {
        tr(self.locale, &self.for_audience(id))
    }

    pub fn tr_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        tr_args(self.locale, &self.for_audience(id), args)
    }
}
