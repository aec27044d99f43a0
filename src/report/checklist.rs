//! The internal audit checklist (内审检查表) for on-site interviews, one form per department:
//! 序号 / 条款 / 审核内容 / 审核方法 / 审核记录 / 判定. Blank (room to write by hand) or filled
//! with the recorded notes and verdicts. Printed on landscape A4.

use super::ReportError;
use super::blocks::{Block, Blocks, Document, Field};
use super::diagnosis::{Laid, meta, verdict_color};
use super::doc::{ItemLine, ReportDoc, date_text};
use super::flow::{SIGN_OFF_HEIGHT, layout_document, render_pdf};
use super::layout::{Align, Geometry, TextStyle};
use super::table::{Cell, Column, Table};
use crate::i18n::Arg;
use crate::model::assessment::Verdict;
use crate::model::catalog::Department;

/// Landscape A4: the form needs width for the record column.
pub const A4_LANDSCAPE: Geometry = Geometry {
    width: 297.0,
    height: 210.0,
    left: 15.0,
    right: 15.0,
    top: 22.0,
    bottom: 18.0,
};

/// What one checklist form covers: one of the client's departments — its id, the name printed
/// on the form (and put in its file name) and the catalogue functions it leads or supports,
/// whose items it audits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistScope {
    /// The department's id in the client's organisation (empty for a bare function).
    pub id: String,
    pub name: String,
    pub functions: Vec<Department>,
    /// The department head, when the client named one (printed as the escort, 陪同人员).
    pub head: Option<String>,
}

impl ChecklistScope {
    /// One catalogue function under its localized name.
    pub fn function(doc: &ReportDoc, d: Department) -> ChecklistScope {
        ChecklistScope {
            id: String::new(),
            name: doc.tr(&format!("department-{}", d.key())),
            functions: vec![d],
            head: None,
        }
    }
}

/// The forms printed: the one department asked for, else every department the client has (all
/// when none are recorded) that has items to audit.
pub fn scopes(doc: &ReportDoc, only: Option<&str>) -> Vec<ChecklistScope> {
    match only {
        Some(wanted) => vec![scope_named(doc, wanted).unwrap_or_else(|| ChecklistScope {
            id: wanted.to_owned(),
            name: wanted.to_owned(),
            functions: Vec::new(),
            head: None,
        })],
        None => doc
            .units
            .iter()
            .filter(|s| items_for(doc, s).next().is_some())
            .cloned()
            .collect(),
    }
}

/// The client's department with this id or name, else the one leading the function with this
/// key (the ids of proposed departments are function keys).
pub fn scope_named(doc: &ReportDoc, wanted: &str) -> Option<ChecklistScope> {
    let wanted = wanted.trim();
    doc.units
        .iter()
        .find(|s| s.id == wanted || s.name == wanted)
        .or_else(|| {
            let f = Department::from_key(wanted)?;
            doc.units
                .iter()
                .find(|s| s.functions.first() == Some(&f))
                .or_else(|| doc.units.iter().find(|s| s.functions.contains(&f)))
        })
        .cloned()
}

/// The items a form audits, in catalogue order (items N/A by triage are left out).
fn items_for<'a>(
    doc: &'a ReportDoc,
    scope: &'a ChecklistScope,
) -> impl Iterator<Item = &'a ItemLine> {
    doc.items.iter().filter(move |i| {
        !i.na_by_triage && i.departments.iter().any(|d| scope.functions.contains(d))
    })
}

fn content(doc: &ReportDoc, item: &ItemLine) -> String {
    if item.expected_evidence.is_empty() {
        item.question.clone()
    } else {
        let list = item.expected_evidence.join(&doc.tr("report-list-sep"));
        format!(
            "{}\n{}",
            item.question,
            doc.tr_args("report-checklist-evidence", &[("list", Arg::from(list))])
        )
    }
}

fn record(doc: &ReportDoc, item: &ItemLine) -> String {
    let mut parts = Vec::new();
    if item.verdict == Verdict::Na && !item.na_reason.trim().is_empty() {
        parts.push(item.na_reason.trim().to_string());
    }
    if !item.note.trim().is_empty() {
        parts.push(item.note.trim().to_string());
    }
    if !item.evidence_seen.is_empty() {
        let list = item.evidence_seen.join(&doc.tr("report-list-sep"));
        parts.push(doc.tr_args("report-finding-evidence", &[("evidence", Arg::from(list))]));
    }
    parts.join("\n")
}

/// The form header: auditor, date and escort fields with lines to write on (the escort is
/// the department's head when the client named one, on blank forms too).
fn form_fields(doc: &ReportDoc, scope: &ChecklistScope, filled: bool) -> Block {
    let fields = [
        (
            "report-checklist-auditor",
            if filled {
                doc.assessor.name.clone()
            } else {
                String::new()
            },
        ),
        (
            "report-checklist-date",
            if filled {
                date_text(doc.as_of)
            } else {
                String::new()
            },
        ),
        (
            "report-checklist-escort",
            scope.head.clone().unwrap_or_default(),
        ),
    ];
    let share = 1.0 / fields.len() as f32;
    Block::Fields(
        fields
            .into_iter()
            .map(|(id, value)| Field {
                label: doc.tr(id),
                value,
                share,
            })
            .collect(),
    )
}

/// The sign-off at the end of a form: auditor, head of the audited department and date, each
/// with a line to sign on.
fn sign_off(doc: &ReportDoc) -> Block {
    let fields = [
        ("report-checklist-auditor", 0.32),
        ("report-checklist-sign-head", 0.42),
        ("report-checklist-sign-date", 0.26),
    ];
    Block::SignOff {
        note: doc.tr("report-checklist-sign-note"),
        fields: fields
            .into_iter()
            .map(|(id, share)| Field {
                label: doc.tr(id),
                value: String::new(),
                share,
            })
            .collect(),
    }
}

/// Renders the checklist, one form per scope, each starting on a new page with its own page
/// numbers; `filled` prints the recorded notes and verdicts instead of blank rows.
pub fn render_checklist(
    doc: &ReportDoc,
    scopes: &[ChecklistScope],
    filled: bool,
) -> Result<Vec<u8>, ReportError> {
    render_pdf(&checklist_document(doc, scopes, filled))
}

/// The checklist laid out on pages, before it becomes a PDF.
pub fn layout_checklist(
    doc: &ReportDoc,
    scopes: &[ChecklistScope],
    filled: bool,
) -> Result<Laid, ReportError> {
    layout_document(&checklist_document(doc, scopes, filled))
}

/// The checklist as blocks: one part per department, each a form with its header fields,
/// the item table and the sign-off.
pub fn checklist_document(doc: &ReportDoc, scopes: &[ChecklistScope], filled: bool) -> Document {
    let mut l = Blocks::default();
    let title = doc.tr("report-checklist-title");
    for scope in scopes {
        l.push(Block::Part(scope.name.clone()));
        l.push(Block::Title(title.clone()));
        let name = scope.name.clone();
        l.heading(
            2,
            &doc.tr_args(
                "report-checklist-department",
                &[("department", Arg::from(name))],
            ),
            30.0,
        );
        l.push(form_fields(doc, scope, filled));
        l.paragraph(&doc.tr("report-checklist-legend"), &TextStyle::SMALL);
        l.space(1.5);
        let mut t = Table::new(vec![
            Column::new(doc.tr("report-col-no"), 0.05).centered(),
            Column::new(doc.tr("report-col-clause"), 0.07).centered(),
            Column::new(doc.tr("report-col-content"), 0.37),
            Column::new(doc.tr("report-col-method"), 0.14),
            Column::new(doc.tr("report-col-record"), 0.26),
            Column::new(doc.tr("report-col-judgement"), 0.11).centered(),
        ]);
        t.grid = true;
        t.zebra = false;
        t.style = TextStyle::BODY.sized(8.5).aligned(Align::Left);
        if !filled {
            t.min_row_height = 16.0;
        }
        // The last row goes with the sign-off, so no page holds a signature alone.
        t.keep_tail = SIGN_OFF_HEIGHT;
        let sep = doc.tr("report-list-sep");
        for (i, item) in items_for(doc, scope).enumerate() {
            let methods: Vec<String> = item
                .methods
                .iter()
                .map(|m| doc.tr(&format!("method-{}", m.key())))
                .collect();
            let mut method = methods.join(&sep);
            if !item.sample.is_empty() {
                method = format!("{method}\n{}", item.sample);
            }
            let (rec, verdict) = if filled && item.verdict != Verdict::Unanswered {
                let label = doc.tr(&format!("verdict-{}", item.verdict.key()));
                (
                    record(doc, item),
                    Cell::new(format!("{} {label}", item.verdict.symbol()))
                        .colored(verdict_color(item.verdict)),
                )
            } else if filled {
                (record(doc, item), Cell::default())
            } else {
                (String::new(), Cell::default())
            };
            t.push(vec![
                (i + 1).to_string().into(),
                item.clause.clone().into(),
                content(doc, item).into(),
                method.into(),
                rec.into(),
                verdict,
            ]);
        }
        if t.rows.is_empty() {
            l.paragraph(&doc.tr("report-checklist-empty"), &TextStyle::BODY);
        } else {
            l.table(t);
        }
        l.push(sign_off(doc));
    }
    if scopes.is_empty() {
        l.paragraph(&doc.tr("report-checklist-empty"), &TextStyle::BODY);
    }
    let mut meta = meta(doc);
    meta.title = if doc.client.is_empty() {
        title.clone()
    } else {
        format!("{title} — {}", doc.client)
    };
    Document {
        locale: doc.locale,
        landscape: true,
        header_left: title,
        header_right: doc.client.clone(),
        footer_left: doc.edition.clone(),
        logo: None,
        meta,
        brand: crate::report::brand::Brand::default(),
        blocks: l.blocks,
    }
}
