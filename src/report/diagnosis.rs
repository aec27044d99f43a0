//! The diagnosis report (诊断报告): cover, contents, then the numbered sections clients
//! expect — conclusion, profile, method, scores, prerequisites, findings, plan, documents,
//! support, comparison and signatures.

use super::blocks::{Block, Blocks, Document};
use super::cover::cover_block;
use super::doc::{ReportDoc, score_text};
use super::evaluation::{conclusion, gates, method, profile, scores};
use super::flow::{layout_document, render_pdf};
use super::layout::{Bookmark, Geometry, Page, Rgb, TextStyle, palette};
use super::pdf::Meta;
use super::remedy::{comparison, documents, findings, plan, signatures, support};
use super::table::Cell;
use super::{ReportError, ReportSection};
use crate::i18n::Arg;
use crate::model::assessment::Verdict;

/// A printable laid out on pages.
#[derive(Debug, Clone, PartialEq)]
pub struct Laid {
    pub geometry: Geometry,
    pub pages: Vec<Page>,
    pub bookmarks: Vec<Bookmark>,
    /// The page count of each part (one checklist form per department), in order.
    pub parts: Vec<usize>,
}

/// The colour of a verdict symbol.
pub fn verdict_color(v: Verdict) -> Rgb {
    match v {
        Verdict::Conform => palette::GOOD,
        Verdict::Observation => palette::FAIR,
        Verdict::Minor => palette::WEAK,
        Verdict::Major => palette::BAD,
        Verdict::Na | Verdict::Unanswered => palette::MUTED,
    }
}

/// "× 严重不符合" — symbol and label.
pub fn verdict_cell(doc: &ReportDoc, v: Verdict) -> Cell {
    let label = doc.tr(&format!("verdict-{}", v.key()));
    Cell::new(format!("{} {label}", v.symbol())).colored(verdict_color(v))
}

pub(super) fn opt_score(s: Option<f64>) -> String {
    s.map_or_else(|| "—".to_string(), score_text)
}

/// Section numbering: each call returns "n 标题" with the next number.
pub(super) struct Sections {
    n: usize,
}

impl Sections {
    pub(super) fn next(&mut self, doc: &ReportDoc, id: &str) -> String {
        self.n += 1;
        format!("{} {}", self.n, doc.tr(id))
    }
    pub(super) fn sub(&self, doc: &ReportDoc, k: usize, id: &str) -> String {
        format!("{}.{k} {}", self.n, doc.tr(id))
    }
}

pub(super) const BODY: TextStyle = TextStyle::BODY;

/// Renders the whole diagnosis report to PDF bytes.
pub fn render_diagnosis(doc: &ReportDoc) -> Result<Vec<u8>, ReportError> {
    render_diagnosis_sections(doc, ReportSection::ALL)
}

/// Renders the diagnosis report with only the chosen sections (numbered consecutively).
pub fn render_diagnosis_sections(
    doc: &ReportDoc,
    sections: &[ReportSection],
) -> Result<Vec<u8>, ReportError> {
    render_pdf(&diagnosis_document(doc, sections))
}

/// The diagnosis report laid out on pages, before it becomes a PDF (tests check it for
/// overflow and overlap).
pub fn layout_diagnosis(doc: &ReportDoc) -> Result<Laid, ReportError> {
    layout_diagnosis_sections(doc, ReportSection::ALL)
}

/// The diagnosis report with only the chosen sections, laid out on pages.
pub fn layout_diagnosis_sections(
    doc: &ReportDoc,
    sections: &[ReportSection],
) -> Result<Laid, ReportError> {
    layout_document(&diagnosis_document(doc, sections))
}

/// The diagnosis report as blocks: cover, contents, then the chosen sections in their usual
/// order. The comparison appears only for a follow-up visit.
pub fn diagnosis_document(doc: &ReportDoc, sections: &[ReportSection]) -> Document {
    let mut l = Blocks::default();
    l.push(Block::Cover(cover_block(doc)));
    l.push(Block::Toc {
        title: doc.tr("report-toc"),
    });
    let mut s = Sections { n: 0 };
    let mut legend = false;
    for section in ReportSection::ALL {
        if !sections.contains(section) {
            continue;
        }
        let lay: fn(&mut Blocks, &ReportDoc, &mut Sections) = match section {
            ReportSection::Conclusion => conclusion,
            ReportSection::Profile => profile,
            ReportSection::Method => method,
            ReportSection::Scores => scores,
            ReportSection::Gates => gates,
            ReportSection::Findings => findings,
            ReportSection::Documents => documents,
            ReportSection::Plan => |l: &mut Blocks, doc: &ReportDoc, s: &mut Sections| {
                plan(l, doc, s);
                super::sme::cost(l, doc);
            },
            ReportSection::Support => support,
            ReportSection::Compare if doc.comparison.is_none() => continue,
            ReportSection::Compare => comparison,
            ReportSection::Signatures => signatures,
        };
        lay(&mut l, doc, &mut s);
        // One legend line for the dagger, after the first section that prints chapter titles.
        if doc.unverified_titles
            && !legend
            && matches!(
                section,
                ReportSection::Scores | ReportSection::Findings | ReportSection::Compare
            )
        {
            l.paragraph(&doc.tr("report-unverified-legend"), &TextStyle::SMALL);
            legend = true;
        }
    }
    Document {
        locale: doc.locale,
        landscape: false,
        header_left: doc.title.clone(),
        header_right: doc.client.clone(),
        footer_left: super::sme::footer(doc),
        logo: doc.logo.clone(),
        meta: meta(doc),
        brand: crate::report::brand::Brand::default(),
        blocks: l.blocks,
    }
}

/// PDF metadata of a report.
pub fn meta(doc: &ReportDoc) -> Meta {
    let title = if doc.client.is_empty() {
        doc.title.clone()
    } else {
        format!("{} — {}", doc.title, doc.client)
    };
    Meta {
        title,
        author: [doc.assessor.name.trim(), doc.assessor.organization.trim()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", "),
        subject: doc.tr_args(
            "report-subject",
            &[("edition", Arg::from(doc.edition.clone()))],
        ),
        keywords: doc
            .tr("report-keywords")
            .split(',')
            .map(str::to_string)
            .collect(),
        creator: crate::DISPLAY_NAME.to_string(),
        created: doc.created,
    }
}
