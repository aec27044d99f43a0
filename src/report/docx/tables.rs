//! Word tables from blocks: a fixed layout with an explicit grid (`w:tblGrid`) and a width on
//! every cell, so Word, WPS and LibreOffice keep the widths the PDF uses; header rows repeat
//! on every page.

use super::{Ctx, hex, look, twips};
use crate::report::blocks::{Cover, Field, Stat};
use crate::report::chart::SignatureBox;
use crate::report::draw::{Rgb, palette};
use crate::report::layout::Align;
use crate::report::table::{Row, Table as Spec};
use docx_rs::{
    AlignmentType, HeightRule, Paragraph, Shading, ShdType, Table, TableBorderPosition, TableCell,
    TableLayoutType, TableRow, VAlignType, WidthType,
};

fn shade(c: Rgb) -> Shading {
    Shading::new()
        .shd_type(ShdType::Clear)
        .color("auto")
        .fill(hex(c))
}

fn align(p: Paragraph, a: Align) -> Paragraph {
    match a {
        Align::Left => p,
        Align::Center => p.align(AlignmentType::Center),
        Align::Right => p.align(AlignmentType::Right),
    }
}

/// Column widths in twips from relative weights across `width` mm.
fn grid(weights: &[f32], width: f32) -> Vec<usize> {
    let total: f32 = weights.iter().map(|w| w.max(0.01)).sum();
    weights
        .iter()
        .map(|w| twips(width * w.max(0.01) / total))
        .collect()
}

fn fixed(rows: Vec<TableRow>, widths: Vec<usize>) -> Table {
    let total = widths.iter().sum();
    Table::new(rows)
        .style("ReportTable")
        .set_grid(widths)
        .width(total, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

fn cell(
    cx: &Ctx<'_>,
    text: &str,
    width: usize,
    a: Align,
    bold: bool,
    color: Option<Rgb>,
) -> TableCell {
    let p = align(Paragraph::new().style("TableText"), a);
    TableCell::new()
        .width(width, WidthType::Dxa)
        .add_paragraph(cx.lines(p, text, look(bold, color)))
}

/// The header row, marked to repeat on every page (see `fix.rs`).
fn header_row(cells: Vec<TableCell>) -> TableRow {
    TableRow::new(cells).cant_split()
}

fn without_verticals(t: Table) -> Table {
    t.clear_border(TableBorderPosition::Left)
        .clear_border(TableBorderPosition::Right)
        .clear_border(TableBorderPosition::InsideV)
}

/// A table block.
pub fn table(cx: &Ctx<'_>, t: &Spec) -> Table {
    let weights: Vec<f32> = t.columns.iter().map(|c| c.weight).collect();
    let widths = grid(&weights, cx.width);
    let mut rows = Vec::new();
    if t.header {
        let cells = t
            .columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                cell(cx, &c.title, *w, c.align, true, Some(cx.fonts.primary))
                    .shading(shade(cx.fonts.header_fill))
            })
            .collect();
        rows.push(header_row(cells));
    }
    for (i, row) in t.rows.iter().enumerate() {
        rows.push(body_row(cx, t, &widths, i, row));
    }
    let out = fixed(rows, widths);
    if t.grid { out } else { without_verticals(out) }
}

fn body_row(cx: &Ctx<'_>, t: &Spec, widths: &[usize], index: usize, row: &Row) -> TableRow {
    let fill = row.background(t.zebra, index);
    let cells = if row.band {
        let text = row.cells.first().map_or("", |c| c.text.as_str());
        let mut c =
            cell(cx, text, widths.iter().sum(), Align::Left, true, None).grid_span(widths.len());
        if let Some(f) = fill {
            c = c.shading(shade(f));
        }
        vec![c]
    } else {
        widths
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let spec = row.cells.get(i);
                let text = spec.map_or("", |c| c.text.as_str());
                let bold = spec.is_some_and(|c| c.bold);
                let color = spec.and_then(|c| c.color);
                let a = t.columns.get(i).map_or(Align::Left, |c| c.align);
                let mut c = cell(cx, text, *w, a, bold, color);
                let f = if i == 0 { t.label_fill.or(fill) } else { fill };
                if let Some(f) = f {
                    c = c.shading(shade(f));
                }
                c
            })
            .collect()
    };
    let mut r = TableRow::new(cells);
    if t.min_row_height > 0.0 {
        r = r
            .row_height(twips(t.min_row_height) as f32)
            .height_rule(HeightRule::AtLeast);
    }
    r
}

/// Label–value pairs: labels shaded on the left.
pub fn key_value(cx: &Ctx<'_>, rows: &[(String, String)]) -> Table {
    let widths = grid(&[0.28, 0.72], cx.width);
    let rows = rows
        .iter()
        .map(|(k, v)| {
            TableRow::new(vec![
                cell(cx, k, widths[0], Align::Left, false, Some(palette::MUTED))
                    .shading(shade(palette::BAND_FILL)),
                cell(cx, v, widths[1], Align::Left, false, None),
            ])
        })
        .collect();
    fixed(rows, widths)
}

fn big(cx: &Ctx<'_>, text: &str, size_pt: usize, color: Rgb, a: Align) -> Paragraph {
    let p = align(Paragraph::new().style("TableText"), a);
    p.add_run(
        cx.run(text, &cx.fonts.heading_east_asia)
            .bold()
            .size(size_pt * 2)
            .color(hex(color)),
    )
}

fn note(cx: &Ctx<'_>, text: &str, a: Align) -> Paragraph {
    let p = align(Paragraph::new().style("Note"), a);
    cx.lines(p, text, |r| r)
}

/// The cover's score panel: score and progress left, readiness and earliest date right.
pub fn score_panel(cx: &Ctx<'_>, c: &Cover) -> Table {
    let widths = grid(&[0.38, 0.62], cx.width);
    let left = TableCell::new()
        .width(widths[0], WidthType::Dxa)
        .shading(shade(palette::BAND_FILL))
        .add_paragraph(note(cx, &c.score_caption, Align::Left))
        .add_paragraph(big(cx, &c.score, 30, c.score_color, Align::Left))
        .add_paragraph(note(cx, &c.progress, Align::Left));
    let right = TableCell::new()
        .width(widths[1], WidthType::Dxa)
        .shading(shade(palette::BAND_FILL))
        .vertical_align(VAlignType::Center)
        .add_paragraph(big(cx, &c.verdict, 13, c.verdict_color, Align::Left))
        .add_paragraph(cx.lines(Paragraph::new().style("Normal"), &c.earliest, |r| r));
    fixed(vec![TableRow::new(vec![left, right])], widths).clear_all_border()
}

/// Key figures side by side.
pub fn stats(cx: &Ctx<'_>, stats: &[Stat]) -> Table {
    let widths = grid(&vec![1.0; stats.len().max(1)], cx.width);
    let cells = stats
        .iter()
        .zip(&widths)
        .map(|(s, w)| {
            TableCell::new()
                .width(*w, WidthType::Dxa)
                .shading(shade(palette::BAND_FILL))
                .add_paragraph(big(cx, &s.value, 17, s.color, Align::Center))
                .add_paragraph(note(cx, &s.caption, Align::Center))
        })
        .collect();
    fixed(vec![TableRow::new(cells)], widths)
}

/// Signature and stamp boxes side by side: the party, lines to sign on, room for the stamp.
pub fn signatures(cx: &Ctx<'_>, boxes: &[SignatureBox]) -> Table {
    let widths = grid(&vec![1.0; boxes.len().max(1)], cx.width);
    let titles = boxes
        .iter()
        .zip(&widths)
        .map(|(b, w)| {
            cell(cx, &b.title, *w, Align::Left, true, Some(cx.fonts.primary))
                .shading(shade(cx.fonts.header_fill))
        })
        .collect();
    let bodies = boxes
        .iter()
        .zip(&widths)
        .map(|(b, w)| {
            let mut c = TableCell::new().width(*w, WidthType::Dxa);
            for line in &b.lines {
                c = c
                    .add_paragraph(Paragraph::new().style("Normal"))
                    .add_paragraph(
                        Paragraph::new()
                            .style("Normal")
                            .add_run(cx.run(line, &cx.fonts.east_asia))
                            .add_run(cx.run("______________________", &cx.fonts.east_asia)),
                    );
            }
            c.add_paragraph(Paragraph::new().style("Normal"))
                .add_paragraph(note(cx, &b.stamp, Align::Right))
        })
        .collect();
    let body = TableRow::new(bodies)
        .row_height(twips(48.0) as f32)
        .height_rule(HeightRule::AtLeast);
    fixed(vec![TableRow::new(titles), body], widths)
}

/// Form fields in one row: each label with a line (or the filled-in value) after it.
pub fn fields(cx: &Ctx<'_>, fields: &[Field], by_share: bool) -> Table {
    let weights: Vec<f32> = if by_share {
        fields.iter().map(|f| f.share).collect()
    } else {
        vec![1.0; fields.len().max(1)]
    };
    let widths = grid(&weights, cx.width);
    let cells = fields
        .iter()
        .zip(&widths)
        .map(|(f, w)| {
            let value = if f.value.trim().is_empty() {
                "________________".to_string()
            } else {
                f.value.clone()
            };
            let mut value_run = cx.run(&value, &cx.fonts.east_asia);
            if !f.value.trim().is_empty() {
                value_run = value_run.underline("single");
            }
            // "Auditor: Dana Wu", but "审核员：李娜" (the full-width colon has its own space).
            let label = if f.label.ends_with(|c: char| c.is_ascii()) {
                format!("{} ", f.label)
            } else {
                f.label.clone()
            };
            TableCell::new().width(*w, WidthType::Dxa).add_paragraph(
                Paragraph::new()
                    .style("Normal")
                    .add_run(cx.run(&label, &cx.fonts.east_asia))
                    .add_run(value_run),
            )
        })
        .collect();
    fixed(vec![TableRow::new(cells)], widths).clear_all_border()
}
