//! Answers as auditors record them, triage, and which items apply.

use super::catalog::{Catalog, Department, Item, Method, TriageId};
use super::keyed::keyed_enum;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

keyed_enum! {
    /// An auditor's verdict on one item (decisions.md: symbols, keys, scores, severities).
    pub enum Verdict {
        Conform = "conform",
        Observation = "observation",
        Minor = "minor",
        Major = "major",
        Na = "na",
        Unanswered = "unanswered",
    }
}

impl Default for Verdict {
    fn default() -> Self {
        Verdict::Unanswered
    }
}

impl Verdict {
    /// The verdicts a user picks, in the order of their keyboard keys 1–4 and N.
    pub const PICKABLE: [Verdict; 5] = [
        Verdict::Conform,
        Verdict::Observation,
        Verdict::Minor,
        Verdict::Major,
        Verdict::Na,
    ];

    /// Points for this verdict; `None` where the item is excluded from scores.
    pub fn score(self) -> Option<f64> {
        match self {
            Verdict::Conform => Some(100.0),
            Verdict::Observation => Some(75.0),
            Verdict::Minor => Some(40.0),
            Verdict::Major => Some(0.0),
            Verdict::Na | Verdict::Unanswered => None,
        }
    }

    /// Severity of the gap (0 none … 3 major); unanswered prerequisites count as 2.
    pub fn severity(self, prerequisite: bool) -> u8 {
        match self {
            Verdict::Conform | Verdict::Na => 0,
            Verdict::Observation => 1,
            Verdict::Minor => 2,
            Verdict::Major => 3,
            Verdict::Unanswered => {
                if prerequisite {
                    2
                } else {
                    0
                }
            }
        }
    }

    /// The symbol printed on checklists: √ △ ○ ×, N/A, or a dash.
    pub fn symbol(self) -> &'static str {
        match self {
            Verdict::Conform => "√",
            Verdict::Observation => "△",
            Verdict::Minor => "○",
            Verdict::Major => "×",
            Verdict::Na => "N/A",
            Verdict::Unanswered => "—",
        }
    }

    /// The keyboard key that records this verdict.
    pub fn hotkey(self) -> Option<char> {
        match self {
            Verdict::Conform => Some('1'),
            Verdict::Observation => Some('2'),
            Verdict::Minor => Some('3'),
            Verdict::Major => Some('4'),
            Verdict::Na => Some('N'),
            Verdict::Unanswered => None,
        }
    }

    pub fn is_answered(self) -> bool {
        self != Verdict::Unanswered
    }

    /// A gap is anything worse than conform (an unanswered item is not a gap unless it is a
    /// prerequisite; see `severity`).
    pub fn is_gap(self) -> bool {
        matches!(self, Verdict::Observation | Verdict::Minor | Verdict::Major)
    }
}

/// One recorded answer.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Answer {
    pub verdict: Verdict,
    #[serde(default)]
    pub note: String,
    /// Required when the verdict is `na`.
    #[serde(default)]
    pub na_reason: String,
    /// Evidence the assessor saw (document names, record samples).
    #[serde(default)]
    pub evidence_seen: Vec<String>,
    #[serde(default)]
    pub method: Option<Method>,
    #[serde(default)]
    pub department: Option<Department>,
    /// The client's department that was interviewed (its id in the profile's organisation);
    /// `department` then holds the function that department leads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Suggested from a 2013 assessment through the crosswalk and not yet confirmed.
    #[serde(default)]
    pub suggested: bool,
}

impl Answer {
    pub fn with_verdict(verdict: Verdict) -> Self {
        Self {
            verdict,
            ..Self::default()
        }
    }
}

keyed_enum! {
    /// A triage answer. Unknown counts as applicable, so nothing is skipped by accident.
    pub enum TriageAnswer {
        Yes = "yes",
        No = "no",
        Unknown = "unknown",
    }
}

/// Triage answers keyed by question; a missing answer means unknown.
pub type Triage = BTreeMap<TriageId, TriageAnswer>;

/// Why an item is not applicable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotApplicable {
    /// Derived from a triage question answered "no" (automatic, reversible).
    Triage(TriageId),
    /// Marked N/A by the assessor, with a reason.
    Marked(String),
}

/// The effective state of an item in an assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applicability {
    Applies,
    NotApplicable(NotApplicable),
}

/// The triage question (if any) that makes an item not applicable.
pub fn triage_excludes(item: &Item, triage: &Triage) -> Option<TriageId> {
    item.applies_if
        .iter()
        .copied()
        .find(|t| triage.get(t) == Some(&TriageAnswer::No))
}

/// An item's applicability given triage and its answer.
pub fn applicability(item: &Item, triage: &Triage, answer: Option<&Answer>) -> Applicability {
    if let Some(t) = triage_excludes(item, triage) {
        return Applicability::NotApplicable(NotApplicable::Triage(t));
    }
    match answer {
        Some(a) if a.verdict == Verdict::Na => {
            Applicability::NotApplicable(NotApplicable::Marked(a.na_reason.clone()))
        }
        _ => Applicability::Applies,
    }
}

/// The verdict that counts for scoring: N/A where triage excludes the item (the stored answer is
/// kept but ignored while triage says so), else the stored verdict, else unanswered.
pub fn effective_verdict(item: &Item, triage: &Triage, answer: Option<&Answer>) -> Verdict {
    if triage_excludes(item, triage).is_some() {
        return Verdict::Na;
    }
    answer.map_or(Verdict::Unanswered, |a| a.verdict)
}

/// Facts about the management system that the certification gate check needs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Facts {
    /// When the documented system started operating (records accumulating).
    #[serde(default)]
    pub operation_started_on: Option<NaiveDate>,
    /// When the last full internal audit was completed.
    #[serde(default)]
    pub internal_audit_on: Option<NaiveDate>,
    /// When the last management review was held.
    #[serde(default)]
    pub management_review_on: Option<NaiveDate>,
    /// Any administrative penalty by an IP authority during operation or the year before.
    #[serde(default)]
    pub ip_penalty_in_window: Option<bool>,
    /// Number of trained internal auditors or IP leads.
    #[serde(default)]
    pub trained_auditors: Option<u32>,
}

/// All answers of one assessment, keyed by item id.
pub type Answers = BTreeMap<String, Answer>;

/// Progress: answered applicable items / applicable items (0–100).
pub fn progress(catalog: &Catalog, triage: &Triage, answers: &Answers) -> f64 {
    let mut applicable = 0usize;
    let mut answered = 0usize;
    for item in catalog.active_items() {
        let v = effective_verdict(item, triage, answers.get(&item.id));
        if v == Verdict::Na {
            continue;
        }
        applicable += 1;
        if v.is_answered() {
            answered += 1;
        }
    }
    if applicable == 0 {
        100.0
    } else {
        answered as f64 * 100.0 / applicable as f64
    }
}
