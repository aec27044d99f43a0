//! The values the store hands out and takes in.

use crate::model::assessment::{Answers, Facts, Verdict};
use crate::model::keyed::keyed_enum;
use crate::model::plan::{ActionOverride, FreeAction, PhaseSettings};
use crate::model::profile::Profile;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

keyed_enum! {
    /// Where an assessment stands. A new one is a draft; the first answer makes it in progress;
    /// the assessor marks it completed (the report is final).
    pub enum Status {
        Draft = "draft",
        InProgress = "in-progress",
        Completed = "completed",
    }
}

/// A client organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    pub id: i64,
    pub name: String,
    /// Unified social credit code, when known.
    pub uscc: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// The header of an assessment (no answers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessmentMeta {
    pub id: i64,
    pub organization_id: i64,
    pub catalog_id: String,
    pub catalog_version: String,
    pub title: String,
    pub assessor: String,
    pub assessor_organization: String,
    pub status: Status,
    /// The assessor's conclusion (诊断结论), free text.
    pub conclusion: String,
    /// The earlier assessment this one follows up, if any.
    pub previous_id: Option<i64>,
    pub created_at: DateTime<Utc>,
    /// Last change of anything in the assessment.
    pub updated_at: DateTime<Utc>,
    /// Content hash of the catalogue it was made with ([`super::drift::content_hash`]);
    /// `None` when unknown (made before schema 3 with another version, or imported).
    pub catalog_hash: Option<String>,
}

/// One line of the client list: an assessment with its progress and score.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentSummary {
    pub meta: AssessmentMeta,
    /// Answered applicable items / applicable items, 0–100.
    pub progress: f64,
    /// Overall score 0–100; `None` until an applicable item is answered (or when the catalogue
    /// is missing).
    pub score: Option<f64>,
    pub answered: usize,
    /// Items that need action: observations, nonconformities and unanswered prerequisites.
    pub gaps: usize,
}

/// An organization with its assessments, newest first.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationSummary {
    pub organization: Organization,
    pub assessments: Vec<AssessmentSummary>,
}

impl OrganizationSummary {
    /// When anything of this client last changed.
    pub fn last_change(&self) -> DateTime<Utc> {
        self.assessments
            .iter()
            .map(|a| a.meta.updated_at)
            .fold(self.organization.updated_at, DateTime::max)
    }
}

/// Everything stored about one assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentRecord {
    pub meta: AssessmentMeta,
    pub organization: Organization,
    /// The profile snapshot of this assessment (triage inside).
    pub profile: Profile,
    pub facts: Facts,
    pub answers: Answers,
    /// User edits to derived actions, keyed by item id.
    pub overrides: BTreeMap<String, ActionOverride>,
    /// Actions the user added, in the order they were added.
    pub free_actions: Vec<FreeAction>,
    /// Start date and durations of the 贯标 phases, when the user set them.
    pub phases: Option<PhaseSettings>,
}

impl AssessmentRecord {
    /// The input of [`evaluate`](crate::model::evaluate::evaluate) for this record, compared
    /// with `previous` when given.
    pub fn evaluation_input<'a>(
        &'a self,
        catalog: &'a crate::model::catalog::Catalog,
        previous: Option<crate::model::compare::Snapshot<'a>>,
    ) -> crate::model::evaluate::EvaluationInput<'a> {
        crate::model::evaluate::EvaluationInput {
            catalog,
            profile: &self.profile,
            facts: &self.facts,
            answers: &self.answers,
            phases: self.phases.as_ref(),
            overrides: &self.overrides,
            free_actions: &self.free_actions,
            previous,
        }
    }

    /// Scores, gates and plan of this record on `as_of` (see `model::evaluate`).
    pub fn evaluate(
        &self,
        catalog: &crate::model::catalog::Catalog,
        as_of: chrono::NaiveDate,
    ) -> crate::model::evaluate::Evaluation {
        crate::model::evaluate::evaluate(&self.evaluation_input(catalog, None), as_of)
    }
}

/// What a new assessment starts from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewAssessment {
    /// The organization's name; an existing organization with this name (or with the same
    /// unified social credit code) is reused.
    pub organization: String,
    pub uscc: Option<String>,
    /// Catalogue id; default [`crate::catalogs::DEFAULT_CATALOG`].
    pub catalog_id: Option<String>,
    pub title: String,
    pub assessor: String,
    pub assessor_organization: String,
    /// The profile to start from; `None` takes the organization's latest profile (or a new
    /// one with just the name).
    pub profile: Option<Profile>,
}

/// One entry of an answer's audit trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerChange {
    pub at: DateTime<Utc>,
    pub item: String,
    /// `None` when the item had no answer before.
    pub old_verdict: Option<Verdict>,
    pub new_verdict: Verdict,
    pub old_note: Option<String>,
    pub new_note: String,
}
