//! Reports as PDF or DOCX: the diagnosis report (诊断报告) and the internal audit checklist
//! (内审检查表).
//!
//! `doc` freezes one report's content in one language; `diagnosis` and `checklist` (with their
//! sections in `cover`, `evaluation`, `remedy`) turn it into format-neutral `blocks`. Two
//! renderers read the blocks: `flow` lays them out on A4 pages (`font` → `wrap` → `layout`,
//! `table`, `chart` as plain drawing commands → `pdf`, printpdf bytes), and `docx` writes a
//! Word document (docx-rs) with charts drawn to PNG by `raster`.
//!
//! Callers with a loaded assessment use [`render_report`] (or [`build_doc`] to show the same
//! content elsewhere); everything else is for tests and other printables.

pub mod blocks;
pub mod brand;
pub mod build;
pub mod chart;
pub mod checklist;
pub mod cover;
pub mod decode;
pub mod diagnosis;
pub mod doc;
pub mod docx;
pub mod draw;
mod evaluation;
pub mod flow;
pub mod font;
pub mod layout;
pub mod pdf;
pub mod raster;
mod remedy;
pub mod sme;
pub mod table;
pub mod workplan;
pub mod wrap;

use crate::error::Localize;
use crate::locale::Locale;
use crate::model::assessment::{Answers, Facts, Triage};
use crate::model::catalog::Catalog;
use crate::model::keyed::keyed_enum;
use crate::model::plan::{ActionOverride, FreeAction, PhaseSettings};
use crate::model::profile::Profile;
use crate::model::support::RegionalReward;
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::BTreeMap;

pub use checklist::{ChecklistScope, render_checklist};
pub use diagnosis::{render_diagnosis, render_diagnosis_sections};
pub use doc::{Assessor, Logo, ReportDoc};

/// Why a report could not be produced.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    /// The bundled font could not be parsed.
    #[error("the bundled font could not be read")]
    Font,
    /// The PDF writer produced nothing.
    #[error("the PDF could not be written")]
    Pdf,
    /// The Word document could not be assembled.
    #[error("the Word document could not be written")]
    Docx,
    /// A chart or logo image could not be drawn or encoded.
    #[error("an image could not be drawn")]
    Image,
}

impl Localize for ReportError {
    fn message_id(&self) -> &'static str {
        match self {
            ReportError::Font => "report-err-font",
            ReportError::Pdf => "report-err-pdf",
            ReportError::Docx => "report-err-docx",
            ReportError::Image => "report-err-image",
        }
    }
    fn message_args(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
}

keyed_enum! {
    /// Which printable to make (CLI `--kind`).
    pub enum ReportKind {
        Diagnosis = "diagnosis",
        Checklist = "checklist",
        BlankChecklist = "blank-checklist",
        WorkPlan = "work-plan",
    }
}

keyed_enum! {
    /// The file a printable is written as (CLI `--format`): PDF to print and send, DOCX to
    /// edit in Word or WPS before stamping.
    pub enum ReportFormat {
        Pdf = "pdf",
        Docx = "docx",
    }
}

impl ReportFormat {
    /// The file name extension.
    pub fn extension(self) -> &'static str {
        self.key()
    }
}

keyed_enum! {
    /// A numbered section of the diagnosis report; the cover and the contents are always
    /// printed. The heading of each is the message `report-sec-<key>`.
    pub enum ReportSection {
        Conclusion = "conclusion",
        Profile = "profile",
        Method = "method",
        Scores = "scores",
        Gates = "gates",
        Findings = "findings",
        Plan = "plan",
        Documents = "documents",
        Support = "support",
        Compare = "compare",
        Signatures = "signatures",
    }
}

/// The earlier assessment a follow-up report compares with.
#[derive(Debug, Clone, Copy)]
pub struct PreviousAssessment<'a> {
    pub title: &'a str,
    /// The date shown for it (e.g. its creation date).
    pub date: NaiveDate,
    pub catalog: &'a Catalog,
    pub triage: &'a Triage,
    pub answers: &'a Answers,
}

/// One loaded assessment, as the store hands it out.
#[derive(Debug, Clone, Copy)]
pub struct ReportInput<'a> {
    pub catalog: &'a Catalog,
    pub profile: &'a Profile,
    pub facts: &'a Facts,
    pub answers: &'a Answers,
    /// The 贯标 phase settings; `None` starts the roadmap on the as-of date.
    pub phases: Option<&'a PhaseSettings>,
    pub overrides: &'a BTreeMap<String, ActionOverride>,
    pub free_actions: &'a [FreeAction],
    pub previous: Option<PreviousAssessment<'a>>,
    /// Regional certification rewards; `None` uses the bundled data.
    pub rewards: Option<&'a [RegionalReward]>,
    /// Cost figures for the estimate; `None` uses the bundled data.
    pub costs: Option<&'a crate::model::cost::CostData>,
    pub assessor: &'a Assessor,
    pub assessment_title: &'a str,
    pub conclusion: &'a str,
    pub logo: Option<&'a Logo>,
    /// The consultancy's branding; `None` prints the house look.
    pub brand: Option<&'a brand::Brand>,
    /// When the report is made (PDF creation date, "report date" on the cover).
    pub created: DateTime<Utc>,
}

/// What to print and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportOptions {
    pub locale: Locale,
    /// Every date computation (gates, earliest application, support staleness) uses it.
    pub as_of: NaiveDate,
    pub kind: ReportKind,
    /// Checklists only: one of the client's departments (id or name, or a function key)
    /// instead of all.
    pub department: Option<String>,
    /// Diagnosis report only: the sections to print (usually `ReportSection::ALL`).
    pub sections: Vec<ReportSection>,
}

impl ReportInput<'_> {
    /// The one evaluation of this assessment (scores, gates, plan, comparison) as of a day.
    pub fn evaluate(&self, as_of: NaiveDate) -> crate::model::evaluate::Evaluation {
        use crate::model::{compare, evaluate};
        evaluate::evaluate(
            &evaluate::EvaluationInput {
                catalog: self.catalog,
                profile: self.profile,
                facts: self.facts,
                answers: self.answers,
                phases: self.phases,
                overrides: self.overrides,
                free_actions: self.free_actions,
                previous: self.previous.map(|p| compare::Snapshot {
                    catalog: p.catalog,
                    triage: p.triage,
                    answers: p.answers,
                }),
            },
            as_of,
        )
    }
}

/// Scores, gates, plan, comparison and support for an assessment, frozen into a `ReportDoc`.
pub fn build_doc(input: &ReportInput<'_>, locale: Locale, as_of: NaiveDate) -> ReportDoc {
    use crate::model::support;
    let evaluation = input.evaluate(as_of);
    let bundled;
    let rewards = if let Some(r) = input.rewards {
        r
    } else {
        bundled = support::parse_rewards(support::REGIONAL_REWARDS).unwrap_or_default();
        &bundled
    };
    let possibilities = support::support(input.profile, rewards, as_of);
    let previous = input
        .previous
        .zip(evaluation.comparison.as_ref())
        .map(|(p, c)| doc::PreviousView {
            comparison: c,
            title: p.title,
            date: p.date,
        });
    let mut doc = ReportDoc::build(
        &doc::ReportSources {
            catalog: input.catalog,
            profile: input.profile,
            answers: input.answers,
            scorecard: &evaluation.scorecard,
            gates: &evaluation.gates,
            plan: &evaluation.plan,
            previous,
            support: &possibilities,
            assessor: input.assessor,
            assessment_title: input.assessment_title,
            conclusion: input.conclusion,
            logo: input.logo,
            brand: input.brand,
        },
        locale,
        as_of,
        input.created,
    );
    doc.first_steps = sme::step_lines(&evaluation, input.catalog, locale);
    let bundled_costs;
    let costs = if input.costs.is_some() {
        input.costs
    } else {
        bundled_costs = sme::bundled_costs();
        bundled_costs.as_ref()
    };
    doc.cost = sme::cost_lines(locale, input.profile, &evaluation, costs);
    doc
}

/// The PDF bytes of the chosen printable.
pub fn render_report(
    input: &ReportInput<'_>,
    options: &ReportOptions,
) -> Result<Vec<u8>, ReportError> {
    render_report_as(input, options, ReportFormat::Pdf)
}

/// The chosen printable as PDF or DOCX bytes.
pub fn render_report_as(
    input: &ReportInput<'_>,
    options: &ReportOptions,
    format: ReportFormat,
) -> Result<Vec<u8>, ReportError> {
    let doc = build_doc(input, options.locale, options.as_of);
    render_doc_as(
        &doc,
        options.kind,
        format,
        &options.sections,
        options.department.as_deref(),
    )
}

/// Renders a frozen document as the chosen printable: the diagnosis report with the chosen
/// `sections`, or a checklist (for one `department` or all, one form per department in one
/// file).
pub fn render_doc(
    doc: &ReportDoc,
    kind: ReportKind,
    sections: &[ReportSection],
    department: Option<&str>,
) -> Result<Vec<u8>, ReportError> {
    render_doc_as(doc, kind, ReportFormat::Pdf, sections, department)
}

/// The blocks of the chosen printable.
pub fn document(
    doc: &ReportDoc,
    kind: ReportKind,
    sections: &[ReportSection],
    department: Option<&str>,
) -> blocks::Document {
    let d = match kind {
        ReportKind::Diagnosis => diagnosis::diagnosis_document(doc, sections),
        ReportKind::Checklist => {
            checklist::checklist_document(doc, &checklist::scopes(doc, department), true)
        }
        ReportKind::BlankChecklist => {
            checklist::checklist_document(doc, &checklist::scopes(doc, department), false)
        }
        ReportKind::WorkPlan => workplan::work_plan_document(doc),
    };
    branded(doc, d)
}

/// A document with the report's branding: the consultancy's name and footer in the running
/// header and footer, its colours and fonts, its logo.
pub fn branded(doc: &ReportDoc, mut d: blocks::Document) -> blocks::Document {
    d.logo.clone_from(&doc.logo);
    doc.brand.apply(&mut d);
    d
}

/// Renders a frozen document as the chosen printable in the chosen format.
pub fn render_doc_as(
    doc: &ReportDoc,
    kind: ReportKind,
    format: ReportFormat,
    sections: &[ReportSection],
    department: Option<&str>,
) -> Result<Vec<u8>, ReportError> {
    render_document(&document(doc, kind, sections, department), format)
}

/// Renders blocks in the chosen format.
pub fn render_document(d: &blocks::Document, format: ReportFormat) -> Result<Vec<u8>, ReportError> {
    match format {
        ReportFormat::Pdf => flow::render_pdf(d),
        ReportFormat::Docx => docx::render_docx(d, &d.brand.docx_fonts(d.locale)),
    }
}
