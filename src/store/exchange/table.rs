//! Findings and plan as tables, written as CSV (UTF-8 with BOM, for Excel on Chinese Windows)
//! or XLSX (one sheet each).

use super::super::error::Result;
use super::super::{Store, StoreError};
use super::{ExportFormat, write_file};
use crate::i18n::{Arg, tr, tr_args};
use crate::locale::Locale;
use crate::model::assessment::{NotApplicable, Verdict, applicability, effective_verdict};
use crate::model::keyed::keyed_enum;
use chrono::NaiveDate;
use rust_xlsxwriter::{Format, Workbook};
use std::path::Path;

keyed_enum! {
    /// Which table a CSV export holds (an XLSX export holds both).
    pub enum TableKind {
        Findings = "findings",
        Plan = "plan",
    }
}

/// A cell: text or a number.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
}

impl Cell {
    fn text(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Number(n) => n.to_string(),
        }
    }
}

/// A titled table with a header row.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub title: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Column widths in characters (for XLSX).
    pub widths: Vec<f64>,
}

/// Excel cells hold at most this many characters.
const XLSX_CELL_MAX: usize = 32_000;

fn verdict_text(l: Locale, v: Verdict) -> String {
    format!("{} {}", v.symbol(), tr(l, &format!("verdict-{}", v.key())))
}

impl Store {
    /// The findings (every active item with its effective verdict) or the plan of an
    /// assessment as a table in `locale`. The plan uses the stored phase settings, or a plan
    /// starting on `as_of`.
    pub fn table(
        &self,
        id: i64,
        kind: TableKind,
        locale: Locale,
        as_of: NaiveDate,
    ) -> Result<Table> {
        let l = locale;
        let r = self.load(id)?;
        let catalog = self.catalog(&r.meta.catalog_id)?;
        let triage = &r.profile.triage;
        let organisation = r.profile.organisation();
        let col = |key: &str| tr(l, &format!("store-col-{key}"));
        match kind {
            TableKind::Findings => {
                let keys = [
                    "no",
                    "clause",
                    "item",
                    "question",
                    "verdict",
                    "note",
                    "na-reason",
                    "evidence",
                    "method",
                    "department",
                    "weight",
                    "priority",
                ];
                let mut rows = Vec::new();
                for (i, item) in catalog.active_items().enumerate() {
                    let answer = r.answers.get(&item.id);
                    let verdict = effective_verdict(item, triage, answer);
                    let na_reason = match applicability(item, triage, answer) {
                        crate::model::assessment::Applicability::NotApplicable(
                            NotApplicable::Triage(t),
                        ) => tr_args(
                            l,
                            "triage-na-reason",
                            &[("question", Arg::from(tr(l, &format!("triage-{}", t.key()))))],
                        ),
                        _ => answer.map(|a| a.na_reason.clone()).unwrap_or_default(),
                    };
                    let priority =
                        u32::from(item.weight) * u32::from(verdict.severity(item.prerequisite));
                    rows.push(vec![
                        Cell::Number((i + 1) as f64),
                        Cell::Text(item.clause.clone()),
                        Cell::Text(item.id.clone()),
                        Cell::Text(item.question.get(l).to_string()),
                        Cell::Text(verdict_text(l, verdict)),
                        Cell::Text(answer.map(|a| a.note.clone()).unwrap_or_default()),
                        Cell::Text(na_reason),
                        Cell::Text(
                            answer
                                .map(|a| a.evidence_seen.join("; "))
                                .unwrap_or_default(),
                        ),
                        Cell::Text(
                            answer
                                .and_then(|a| a.method)
                                .map(|m| tr(l, &format!("method-{}", m.key())))
                                .unwrap_or_default(),
                        ),
                        Cell::Text(
                            // The client's department interviewed, else the function.
                            answer
                                .and_then(|a| a.unit.as_ref())
                                .and_then(|u| organisation.units.iter().find(|x| x.id == *u))
                                .map(|u| crate::i18n::org::unit_name(l, u))
                                .or_else(|| {
                                    answer
                                        .and_then(|a| a.department)
                                        .map(|d| tr(l, &format!("department-{}", d.key())))
                                })
                                .unwrap_or_default(),
                        ),
                        Cell::Number(f64::from(item.weight)),
                        Cell::Number(f64::from(priority)),
                    ]);
                }
                Ok(Table {
                    title: tr(l, "store-sheet-findings"),
                    headers: keys.iter().map(|k| col(k)).collect(),
                    rows,
                    widths: vec![
                        6.0, 8.0, 14.0, 50.0, 14.0, 40.0, 24.0, 30.0, 10.0, 14.0, 8.0, 8.0,
                    ],
                })
            }
            TableKind::Plan => {
                let plan = r.evaluate(catalog, as_of).plan;
                let keys = [
                    "no", "action", "clause", "item", "verdict", "owner", "priority", "level",
                    "phase", "start", "due", "status", "notes",
                ];
                let rows = plan
                    .actions
                    .iter()
                    .chain(plan.closed.iter())
                    .enumerate()
                    .map(|(i, a)| {
                        vec![
                            Cell::Number((i + 1) as f64),
                            Cell::Text(a.text.get(l).to_string()),
                            Cell::Text(a.clause.clone().unwrap_or_default()),
                            Cell::Text(a.item_id.clone().unwrap_or_else(|| a.id.clone())),
                            Cell::Text(a.verdict.map(|v| verdict_text(l, v)).unwrap_or_default()),
                            Cell::Text(tr(l, &format!("department-{}", a.owner.key()))),
                            Cell::Number(f64::from(a.priority)),
                            Cell::Text(tr(l, &format!("priority-{}", a.level.key()))),
                            Cell::Text(tr(l, &format!("phase-{}", a.phase.key()))),
                            Cell::Text(a.start.to_string()),
                            Cell::Text(a.due.to_string()),
                            Cell::Text(tr(l, &format!("action-status-{}", a.status.key()))),
                            Cell::Text(a.notes.clone()),
                        ]
                    })
                    .collect();
                Ok(Table {
                    title: tr(l, "store-sheet-plan"),
                    headers: keys.iter().map(|k| col(k)).collect(),
                    rows,
                    widths: vec![
                        6.0, 50.0, 8.0, 14.0, 14.0, 14.0, 8.0, 8.0, 14.0, 12.0, 12.0, 10.0, 30.0,
                    ],
                })
            }
        }
    }

    /// Writes an export file: JSON (the whole assessment), CSV (`what`) or XLSX (findings and
    /// plan sheets). The file is replaced whole or not at all.
    pub fn export_to(
        &self,
        id: i64,
        path: &Path,
        format: ExportFormat,
        what: TableKind,
        locale: Locale,
        as_of: NaiveDate,
    ) -> Result<()> {
        let bytes = match format {
            ExportFormat::Json => self.export_json(id)?.into_bytes(),
            ExportFormat::Csv => csv_bytes(&self.table(id, what, locale, as_of)?, path)?,
            ExportFormat::Xlsx => {
                let tables = [
                    self.table(id, TableKind::Findings, locale, as_of)?,
                    self.table(id, TableKind::Plan, locale, as_of)?,
                ];
                xlsx_bytes(&tables, path)?
            }
        };
        write_file(path, &bytes)
    }
}

/// Guards against spreadsheet formula injection: a cell that would start a formula gets a
/// leading apostrophe.
fn csv_safe(text: String) -> String {
    let mut chars = text.chars();
    let first = chars.next();
    let second = chars.next();
    let formula = match first {
        Some('=' | '+' | '@' | '\t' | '\r') => true,
        Some('-') => second.is_some_and(|c| c.is_ascii() && !c.is_ascii_whitespace()),
        _ => false,
    };
    if formula { format!("'{text}") } else { text }
}

fn export_err(path: &Path, e: impl std::fmt::Display) -> StoreError {
    StoreError::Export {
        path: path.to_path_buf(),
        detail: e.to_string(),
    }
}

/// CSV with a UTF-8 byte-order mark and CRLF line ends.
pub fn csv_bytes(table: &Table, path: &Path) -> Result<Vec<u8>> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        w.write_record(&table.headers)
            .map_err(|e| export_err(path, e))?;
        for row in &table.rows {
            let cells = row.iter().map(|c| match c {
                Cell::Text(s) => csv_safe(s.clone()),
                Cell::Number(_) => c.text(),
            });
            w.write_record(cells).map_err(|e| export_err(path, e))?;
        }
        w.flush().map_err(|e| export_err(path, e))?;
    }
    Ok(out)
}

/// An XLSX workbook with one sheet per table: bold frozen header row, filters, widths.
pub fn xlsx_bytes(tables: &[Table], path: &Path) -> Result<Vec<u8>> {
    let err = |e: rust_xlsxwriter::XlsxError| export_err(path, e);
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    for table in tables {
        let sheet = book.add_worksheet();
        let name: String = table
            .title
            .chars()
            .filter(|c| !"[]:*?/\\".contains(*c))
            .take(31)
            .collect();
        sheet.set_name(&name).map_err(err)?;
        for (c, h) in table.headers.iter().enumerate() {
            sheet
                .write_string_with_format(0, c as u16, h, &bold)
                .map_err(err)?;
        }
        for (c, w) in table.widths.iter().enumerate() {
            sheet.set_column_width(c as u16, *w).map_err(err)?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            let r = (r + 1) as u32;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Number(n) => {
                        sheet.write_number(r, c, *n).map_err(err)?;
                    }
                    Cell::Text(s) => {
                        let s: String = if s.chars().count() > XLSX_CELL_MAX {
                            s.chars().take(XLSX_CELL_MAX).chain(['…']).collect()
                        } else {
                            s.clone()
                        };
                        sheet
                            .write_string_with_format(r, c, &s, &wrap)
                            .map_err(err)?;
                    }
                }
            }
        }
        sheet.set_freeze_panes(1, 0).map_err(err)?;
        let last_col = table.headers.len().saturating_sub(1) as u16;
        sheet
            .autofilter(0, 0, table.rows.len() as u32, last_col)
            .map_err(err)?;
    }
    book.save_to_buffer().map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralized_but_ordinary_text_is_not() {
        assert_eq!(csv_safe("=HYPERLINK(\"x\")".into()), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_safe("@SUM(A1)".into()), "'@SUM(A1)");
        assert_eq!(csv_safe("-1+2".into()), "'-1+2");
        assert_eq!(csv_safe("- 缺少台账".into()), "- 缺少台账");
        assert_eq!(csv_safe("-缺少台账".into()), "-缺少台账");
        assert_eq!(csv_safe("未建立制度".into()), "未建立制度");
    }

    #[test]
    fn csv_starts_with_a_bom_and_uses_crlf() {
        let t = Table {
            title: "t".into(),
            headers: vec!["序号".into(), "备注".into()],
            rows: vec![vec![Cell::Number(1.0), Cell::Text("含,逗号\n换行".into())]],
            widths: vec![],
        };
        let bytes = csv_bytes(&t, Path::new("x.csv")).unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        assert!(
            text.starts_with("序号,备注\r\n1,\"含,逗号\n换行\"\r\n"),
            "{text}"
        );
    }
}
