//! The diagnosis report (诊断报告): cover, contents, then the numbered sections clients
//! expect — conclusion, profile, method, scores, prerequisites, findings, plan, documents,
//! support, comparison and signatures.

use super::cover::{contents, cover};
use super::doc::{ReportDoc, score_text};
use super::evaluation::{conclusion, gates, method, profile, scores};
use super::font::Font;
use super::layout::{Bookmark, Chrome, Geometry, Layout, Page, Rgb, TextStyle, palette};
use super::pdf::{Meta, render};
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
    let font = Font::bundled()?;
    let laid = layout_diagnosis_sections(doc, sections)?;
    let images: Vec<_> = doc.logo.iter().cloned().collect();
    render(
        font,
        &laid.geometry,
        &laid.pages,
        &laid.bookmarks,
        &images,
        &meta(doc),
    )
}

/// The diagnosis report laid out on pages, before it becomes a PDF (tests check it for
/// overflow and overlap).
pub fn layout_diagnosis(doc: &ReportDoc) -> Result<Laid, ReportError> {
    layout_diagnosis_sections(doc, ReportSection::ALL)
}

/// The diagnosis report with only the chosen sections, in their usual order. The comparison
/// appears only for a follow-up visit.
pub fn layout_diagnosis_sections(
    doc: &ReportDoc,
    sections: &[ReportSection],
) -> Result<Laid, ReportError> {
    let font = Font::bundled()?;
    let mut l = Layout::new(font);
    cover(&mut l, doc);
    l.new_page();
    let toc_page = l.page_index();
    l.new_page();
    let mut s = Sections { n: 0 };
    for section in ReportSection::ALL {
        if !sections.contains(section) {
            continue;
        }
        let lay: fn(&mut Layout<'_>, &ReportDoc, &mut Sections) = match section {
            ReportSection::Conclusion => conclusion,
            ReportSection::Profile => profile,
            ReportSection::Method => method,
            ReportSection::Scores => scores,
            ReportSection::Gates => gates,
            ReportSection::Findings => findings,
            ReportSection::Plan => plan,
            ReportSection::Documents => documents,
            ReportSection::Support => support,
            ReportSection::Compare if doc.comparison.is_none() => continue,
            ReportSection::Compare => comparison,
            ReportSection::Signatures => signatures,
        };
        lay(&mut l, doc, &mut s);
    }
    contents(&mut l, doc, toc_page);
    let label = |page: usize, total: usize| {
        doc.tr_args(
            "report-page",
            &[("page", Arg::from(page)), ("total", Arg::from(total))],
        )
    };
    let chrome = Chrome {
        header_left: doc.title.clone(),
        header_right: doc.client.clone(),
        footer_left: doc.tr("report-confidential"),
        page_label: &label,
    };
    let geometry = l.geometry();
    let (pages, bookmarks) = l.finish(&chrome);
    Ok(Laid {
        geometry,
        pages,
        bookmarks,
    })
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
