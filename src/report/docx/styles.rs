//! The Word styles of the DOCX deliverables. Built-in style ids and names (Normal, heading 1–3,
//! Title, header, footer, TOC Heading) so Word and WPS show them under their own localized
//! names (正文, 标题 1 …) and a consultant restyles the whole document in one place; the
//! report's own styles (note, figure, table text, table) carry names in the report's language.

use super::{hex, twips};
use crate::locale::Locale;
use crate::report::draw::{Rgb, palette};
use docx_rs::{
    AlignmentType, Docx, LineSpacing, LineSpacingType, RunFonts, Style, StyleType, TableBorder,
    TableBorderPosition, TableBorders, WidthType,
};

/// Fonts (never embedded: names every Chinese Windows has) and the accent colour.
#[derive(Debug, Clone, PartialEq)]
pub struct DocxFonts {
    /// Latin text of body and headings.
    pub latin: String,
    /// East Asian text of the body (`w:eastAsia`).
    pub east_asia: String,
    /// East Asian text of headings and titles.
    pub heading_east_asia: String,
    /// Headings and rules.
    pub primary: Rgb,
    pub accent: Rgb,
    /// The background of table header rows.
    pub header_fill: Rgb,
}

impl DocxFonts {
    /// 宋体 body and 微软雅黑 headings for zh-CN; Calibri with 微软雅黑 for Chinese names in
    /// en-US.
    pub fn for_locale(locale: Locale) -> DocxFonts {
        match locale {
            Locale::ZhCn => DocxFonts {
                latin: "Arial".into(),
                east_asia: "宋体".into(),
                heading_east_asia: "微软雅黑".into(),
                primary: palette::PRIMARY,
                accent: palette::ACCENT,
                header_fill: palette::HEADER_FILL,
            },
            Locale::EnUs => DocxFonts {
                latin: "Calibri".into(),
                east_asia: "微软雅黑".into(),
                heading_east_asia: "微软雅黑".into(),
                primary: palette::PRIMARY,
                accent: palette::ACCENT,
                header_fill: palette::HEADER_FILL,
            },
        }
    }

    /// The same fonts with every East Asian slot set to `font` (a user's choice).
    #[must_use]
    pub fn with_east_asia(mut self, font: &str) -> DocxFonts {
        let font = font.trim();
        if !font.is_empty() {
            self.east_asia = font.to_string();
            self.heading_east_asia = font.to_string();
        }
        self
    }
}

fn fonts(latin: &str, east_asia: &str) -> RunFonts {
    RunFonts::new()
        .ascii(latin)
        .hi_ansi(latin)
        .cs(latin)
        .east_asia(east_asia)
}

fn spacing(before_pt: u32, after_pt: u32) -> LineSpacing {
    LineSpacing::new()
        .before(before_pt * 20)
        .after(after_pt * 20)
        .line(300)
        .line_rule(LineSpacingType::Auto)
}

fn heading(id: &str, level: usize, size_pt: usize, f: &DocxFonts) -> Style {
    let mut s = Style::new(id, StyleType::Paragraph)
        .name(format!("heading {level}"))
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .ui_priority(9)
        .size(size_pt * 2)
        .bold()
        .color(hex(f.primary))
        .fonts(fonts(&f.latin, &f.heading_east_asia))
        .line_spacing(spacing(if level == 1 { 18 } else { 10 }, 6))
        .outline_lvl(level - 1);
    s.paragraph_property = s.paragraph_property.keep_next(true).keep_lines(true);
    s
}

fn named(locale: Locale, zh: &str, en: &str) -> String {
    match locale {
        Locale::ZhCn => zh.to_string(),
        Locale::EnUs => en.to_string(),
    }
}

/// An entry style of the table of contents ("toc 1" …, Word's own names).
fn toc(level: usize) -> Style {
    let mut s = Style::new(format!("TOC{level}"), StyleType::Paragraph)
        .name(format!("toc {level}"))
        .based_on("Normal")
        .next("Normal")
        .ui_priority(39)
        .size(if level == 1 { 22 } else { 20 })
        .line_spacing(spacing(if level == 1 { 6 } else { 0 }, 2));
    if level == 1 {
        s = s.bold();
    } else {
        s = s.color(hex(palette::MUTED)).indent(
            Some(twips(8.0 * (level - 1) as f32) as i32),
            None,
            None,
            None,
        );
    }
    s
}

/// Adds the styles and the document defaults.
pub fn add(docx: Docx, f: &DocxFonts, locale: Locale) -> Docx {
    let rule = |p| TableBorder::new(p).size(4).color(hex(palette::RULE));
    let borders = TableBorders::new()
        .set(rule(TableBorderPosition::Top))
        .set(rule(TableBorderPosition::Bottom))
        .set(rule(TableBorderPosition::Left))
        .set(rule(TableBorderPosition::Right))
        .set(rule(TableBorderPosition::InsideH))
        .set(rule(TableBorderPosition::InsideV));
    docx.default_fonts(fonts(&f.latin, &f.east_asia))
        .default_size(21)
        .add_style(
            Style::new("Normal", StyleType::Paragraph)
                .name("Normal")
                .q_format(true)
                .size(21)
                .color(hex(palette::INK))
                .fonts(fonts(&f.latin, &f.east_asia))
                .line_spacing(spacing(0, 6)),
        )
        .add_style(heading("Heading1", 1, 16, f))
        .add_style(heading("Heading2", 2, 13, f))
        .add_style(heading("Heading3", 3, 11, f))
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .size(48)
                .bold()
                .color(hex(f.primary))
                .fonts(fonts(&f.latin, &f.heading_east_asia))
                .line_spacing(spacing(24, 12)),
        )
        .add_style(
            Style::new("Subtitle", StyleType::Paragraph)
                .name("Subtitle")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .size(22)
                .color(hex(palette::MUTED))
                .line_spacing(spacing(0, 18)),
        )
        .add_style(
            Style::new("TOCHeading", StyleType::Paragraph)
                .name("TOC Heading")
                .based_on("Normal")
                .next("Normal")
                .size(36)
                .bold()
                .color(hex(f.primary))
                .fonts(fonts(&f.latin, &f.heading_east_asia))
                .align(AlignmentType::Center)
                .line_spacing(spacing(0, 18)),
        )
        .add_style(toc(1))
        .add_style(toc(2))
        .add_style(toc(3))
        .add_style(
            Style::new("Header", StyleType::Paragraph)
                .name("header")
                .based_on("Normal")
                .size(16)
                .color(hex(palette::MUTED)),
        )
        .add_style(
            Style::new("Footer", StyleType::Paragraph)
                .name("footer")
                .based_on("Normal")
                .size(16)
                .color(hex(palette::MUTED)),
        )
        .add_style(
            Style::new("Note", StyleType::Paragraph)
                .name(named(locale, "说明文字", "Note"))
                .based_on("Normal")
                .q_format(true)
                .size(17)
                .color(hex(palette::MUTED)),
        )
        .add_style(
            Style::new("Figure", StyleType::Paragraph)
                .name(named(locale, "图表", "Figure"))
                .based_on("Normal")
                .align(AlignmentType::Center)
                .line_spacing(spacing(6, 6)),
        )
        .add_style(
            Style::new("TableText", StyleType::Paragraph)
                .name(named(locale, "表格文字", "Table Text"))
                .based_on("Normal")
                .q_format(true)
                .size(18)
                .line_spacing(
                    LineSpacing::new()
                        .before(0)
                        .after(0)
                        .line(264)
                        .line_rule(LineSpacingType::Auto),
                ),
        )
        .add_style(
            Style::new("ReportTable", StyleType::Table)
                .name(named(locale, "报告表格", "Report Table"))
                .q_format(true)
                .width(0, WidthType::Auto)
                .set_borders(borders)
                .margins(
                    docx_rs::TableCellMargins::new()
                        .margin_left(twips(1.8), WidthType::Dxa)
                        .margin_right(twips(1.8), WidthType::Dxa)
                        .margin_top(twips(0.8), WidthType::Dxa)
                        .margin_bottom(twips(0.8), WidthType::Dxa),
                ),
        )
}
