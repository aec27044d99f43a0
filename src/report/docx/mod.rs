//! The DOCX renderer of blocks (docx-rs): real Word styles (`styles.rs`) the consultant can
//! restyle in one place, Chinese text in the East Asian font slot, tables with explicit grid
//! and column widths and repeated header rows, charts as PNG images with alternative text,
//! and "第 X 页 / 共 Y 页" from PAGE / NUMPAGES fields. No font is embedded.

mod fix;
mod parts;
mod styles;
mod tables;
mod toc;

pub use styles::DocxFonts;

use super::ReportError;
use super::blocks::{Block, Cover, Document, Paragraph as Para};
use super::checklist::A4_LANDSCAPE;
use super::draw::{Geometry, Rgb, palette};
use super::raster::{chart_png, logo_png};
use crate::i18n::{Arg, tr_args};
use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, Header, NumPages, PageMargin, PageNum, Paragraph, Pic,
    Run, RunFonts, Tab, TabValueType,
};

/// Twentieths of a point per millimetre.
pub(crate) fn twips(mm: f32) -> usize {
    (mm * 1440.0 / 25.4).round().max(0.0) as usize
}

/// English Metric Units per millimetre.
fn emu(mm: f32) -> u32 {
    (mm * 36_000.0).round().max(0.0) as u32
}

/// A colour as Word writes it ("1F3A5F").
pub(crate) fn hex(c: Rgb) -> String {
    let b = |v: f32| (v * 255.0).round().clamp(0.0, 255.0) as u8;
    format!("{:02X}{:02X}{:02X}", b(c.r), b(c.g), b(c.b))
}

/// Whether text holds CJK characters (ideographs, kana, CJK punctuation, full-width forms).
pub fn has_cjk(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(u32::from(c),
            0x2E80..=0x303F | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
            | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
    })
}

/// What a renderer needs besides the blocks: the fonts and the images met so far.
pub(crate) struct Ctx<'a> {
    pub fonts: &'a DocxFonts,
    /// Content width in mm.
    pub width: f32,
    /// Every image in document order: its name and alternative text.
    pub figures: Vec<(String, String)>,
    /// Headings written so far (each carries the bookmark its contents entry points at).
    pub headings: usize,
}

impl Ctx<'_> {
    /// A run of text; Chinese text names the East Asian font (`east_asia`) explicitly.
    pub fn run(&self, text: &str, east_asia: &str) -> Run {
        let r = Run::new().add_text(text);
        if has_cjk(text) {
            r.fonts(RunFonts::new().east_asia(east_asia).hint("eastAsia"))
        } else {
            r
        }
    }

    /// Lines of text as one paragraph's runs, broken where the text has newlines.
    pub fn lines(&self, mut p: Paragraph, text: &str, look: impl Fn(Run) -> Run) -> Paragraph {
        for (i, line) in text.split('\n').enumerate() {
            let mut r = look(self.run(line, &self.fonts.east_asia));
            if i > 0 {
                r = Run::new().add_break(BreakType::TextWrapping);
                p = p.add_run(r);
                r = look(self.run(line, &self.fonts.east_asia));
            }
            p = p.add_run(r);
        }
        p
    }
}

/// A paragraph holding only a page break.
fn page_break() -> Paragraph {
    Paragraph::new().add_run(Run::new().add_break(BreakType::Page))
}

fn look(bold: bool, color: Option<Rgb>) -> impl Fn(Run) -> Run {
    move |mut r: Run| {
        if bold {
            r = r.bold();
        }
        if let Some(c) = color.filter(|c| *c != palette::INK) {
            r = r.color(hex(c));
        }
        r
    }
}

fn paragraph(cx: &Ctx<'_>, p: &Para) -> Paragraph {
    let style = if p.style.size < 9.5 { "Note" } else { "Normal" };
    let mut out = Paragraph::new().style(style);
    if p.indent > 0.0 {
        out = out.indent(Some(twips(p.indent) as i32), None, None, None);
    }
    for run in &p.runs {
        let color = run.color.or(Some(p.style.color));
        out = cx.lines(out, &run.text, look(run.bold || p.style.bold, color));
    }
    match p.style.align {
        super::layout::Align::Left => out,
        super::layout::Align::Center => out.align(AlignmentType::Center),
        super::layout::Align::Right => out.align(AlignmentType::Right),
    }
}

fn cover(mut docx: Docx, cx: &mut Ctx<'_>, c: &Cover, logo: Option<&super::doc::Logo>) -> Docx {
    let ea = cx.fonts.east_asia.clone();
    let hea = cx.fonts.heading_east_asia.clone();
    if let Some((png, logo)) = logo.and_then(|l| logo_png(l).map(|p| (p, l))) {
        let h = 18.0;
        let w = (h * logo.width as f32 / logo.height.max(1) as f32).min(60.0);
        let pic = Pic::new_with_dimensions(png, logo.width, logo.height).size(emu(w), emu(h));
        cx.figures.push(("Logo".into(), c.code.clone()));
        docx = docx.add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Right)
                .add_run(Run::new().add_image(pic)),
        );
    }
    docx = docx
        .add_paragraph(
            Paragraph::new()
                .style("Normal")
                .add_run(cx.run(&c.code, &ea).bold().color(hex(cx.fonts.accent))),
        )
        .add_paragraph(
            Paragraph::new()
                .style("Title")
                .add_run(cx.run(&c.title, &hea)),
        )
        .add_paragraph(
            Paragraph::new()
                .style("Subtitle")
                .add_run(cx.run(&c.edition, &ea)),
        )
        .add_paragraph(
            Paragraph::new()
                .style("Normal")
                .add_run(cx.run(&c.client, &hea).bold().size(34)),
        );
    docx = docx.add_table(tables::score_panel(cx, c));
    if let Some(n) = &c.legacy_notice {
        docx = docx.add_paragraph(
            Paragraph::new()
                .style("Note")
                .add_run(cx.run(n, &ea).color(hex(palette::BAD))),
        );
    }
    docx = docx
        .add_paragraph(Paragraph::new().style("Normal"))
        .add_table(tables::key_value(cx, &c.rows))
        .add_paragraph(
            Paragraph::new()
                .style("Note")
                .align(AlignmentType::Center)
                .add_run(cx.run(&c.foot, &ea)),
        );
    docx.add_paragraph(page_break())
}

fn blocks(
    mut docx: Docx,
    cx: &mut Ctx<'_>,
    d: &Document,
    list: &[Block],
    parts: &mut usize,
) -> Result<Docx, ReportError> {
    for b in list {
        docx = match b {
            Block::Cover(c) => cover(docx, cx, c, d.logo.as_ref()),
            Block::Toc { title } => {
                let pages = toc::heading_pages(d)?;
                let mut docx = docx.add_paragraph(
                    Paragraph::new()
                        .style("TOCHeading")
                        .add_run(cx.run(title, &cx.fonts.heading_east_asia)),
                );
                for entry in toc::entries(cx, d, &pages) {
                    docx = docx.add_paragraph(entry);
                }
                docx.add_paragraph(page_break())
            }
            Block::Heading { level, text, .. } => {
                let n = cx.headings;
                cx.headings += 1;
                docx.add_paragraph(
                    Paragraph::new()
                        .style(&format!("Heading{}", (*level).clamp(1, 3)))
                        .add_bookmark_start(n + 1, toc::bookmark(n))
                        .add_run(cx.run(text, &cx.fonts.heading_east_asia))
                        .add_bookmark_end(n + 1),
                )
            }
            Block::Title(text) => docx.add_paragraph(
                Paragraph::new()
                    .style("Title")
                    .align(AlignmentType::Center)
                    .add_run(cx.run(text, &cx.fonts.heading_east_asia)),
            ),
            Block::Paragraph(p) => docx.add_paragraph(paragraph(cx, p)),
            Block::Table(t) => docx.add_table(tables::table(cx, t)),
            Block::KeyValue(rows) => docx.add_table(tables::key_value(cx, rows)),
            Block::Chart(c) => {
                let png = chart_png(&c.kind, cx.width)?;
                let pic = Pic::new_with_dimensions(png.bytes, png.width_px, png.height_px)
                    .size(emu(png.width_mm), emu(png.height_mm));
                cx.figures
                    .push((format!("Chart {}", cx.figures.len() + 1), c.alt.clone()));
                docx.add_paragraph(
                    Paragraph::new()
                        .style("Figure")
                        .add_run(Run::new().add_image(pic)),
                )
            }
            Block::Stats(stats) => docx.add_table(tables::stats(cx, stats)),
            Block::Signatures(boxes) => docx.add_table(tables::signatures(cx, boxes)),
            Block::Fields(fields) => docx.add_table(tables::fields(cx, fields, false)),
            Block::SignOff { note, fields } => docx
                .add_paragraph(
                    Paragraph::new()
                        .style("Note")
                        .add_run(cx.run(note, &cx.fonts.east_asia)),
                )
                .add_paragraph(Paragraph::new().style("Normal"))
                .add_table(tables::fields(cx, fields, true)),
            // Each part after the first starts a section of its own (`parts::sections`),
            // with its own header, footer and page numbers.
            Block::Part(_) => {
                *parts += 1;
                if *parts > 1 {
                    docx.add_paragraph(
                        Paragraph::new().add_run(Run::new().add_text(parts::SECTION_MARK)),
                    )
                } else {
                    docx
                }
            }
            Block::PageBreak => docx.add_paragraph(page_break()),
            Block::Space(_) | Block::EnsureRoom(_) => docx,
            Block::KeepTogether(inner) => blocks(docx, cx, d, inner, parts)?,
        };
    }
    Ok(docx)
}

/// "第 1 页 / 共 9 页" split around its two numbers, which become fields.
fn page_label_parts(d: &Document) -> [String; 3] {
    let (p, t) = ("\u{E000}", "\u{E001}");
    let label = tr_args(
        d.locale,
        "report-page",
        &[("page", Arg::from(p)), ("total", Arg::from(t))],
    );
    let (before, rest) = label.split_once(p).unwrap_or((label.as_str(), ""));
    let (mid, after) = rest.split_once(t).unwrap_or((rest, ""));
    [before.to_string(), mid.to_string(), after.to_string()]
}

/// A field Word computes, e.g. SECTIONPAGES, with `cached` shown until it does.
fn field_runs(mut p: Paragraph, code: &str, cached: &str) -> Paragraph {
    use docx_rs::{FieldCharType, InstrText};
    for r in [
        Run::new().add_field_char(FieldCharType::Begin, false),
        Run::new().add_instr_text(InstrText::Unsupported(format!(" {code} "))),
        Run::new().add_field_char(FieldCharType::Separate, false),
        Run::new().add_text(cached),
        Run::new().add_field_char(FieldCharType::End, false),
    ] {
        p = p.add_run(r);
    }
    p
}

/// The running header's text on the pages of a part, as the PDF has it.
fn part_header(d: &Document, name: &str) -> String {
    format!("{} — {name}", d.header_left)
}

/// Running header and footer. A part (one checklist form per department) names itself in
/// the header, as the PDF does, and counts its own pages: "第 X 页 / 共 Y 页" with Y its
/// section's pages, a field Word computes; until it does (LibreOffice never does) the count
/// of the PDF layout shows.
fn chrome(
    cx: &Ctx<'_>,
    d: &Document,
    geo: &Geometry,
    part: Option<(&str, usize)>,
) -> (Header, Footer) {
    let right = Tab::new()
        .val(TabValueType::Right)
        .pos(twips(geo.content_width()));
    let ea = &cx.fonts.east_asia;
    let mut head = Paragraph::new().style("Header").add_tab(right.clone());
    // The logo, small, before the consultancy's name.
    if let Some((png, logo)) = d.logo.as_ref().and_then(|l| logo_png(l).map(|p| (p, l))) {
        let h = 5.0;
        let w = (h * logo.width as f32 / logo.height.max(1) as f32).min(30.0);
        let h = w * logo.height as f32 / logo.width.max(1) as f32;
        let pic = Pic::new_with_dimensions(png, logo.width, logo.height).size(emu(w), emu(h));
        head = head
            .add_run(Run::new().add_image(pic))
            .add_run(Run::new().add_text(" "));
    }
    let left = part.map_or_else(|| d.header_left.clone(), |(name, _)| part_header(d, name));
    let header = Header::new().add_paragraph(
        head.add_run(cx.run(&left, ea))
            .add_run(Run::new().add_tab())
            .add_run(cx.run(&d.header_right, ea)),
    );
    let [before, mid, after] = page_label_parts(d);
    let mut foot = Paragraph::new()
        .style("Footer")
        .add_tab(right)
        .add_run(cx.run(&d.footer_left, ea))
        .add_run(Run::new().add_tab())
        .add_run(cx.run(&before, ea))
        .add_page_num(PageNum::new())
        .add_run(cx.run(&mid, ea));
    foot = if let Some((_, pages)) = part {
        field_runs(foot, "SECTIONPAGES", &pages.to_string())
    } else {
        foot.add_num_pages(NumPages::new())
    };
    let footer = Footer::new().add_paragraph(foot.add_run(cx.run(&after, ea)));
    (header, footer)
}

/// Renders a document to DOCX bytes.
pub fn render_docx(d: &Document, fonts: &DocxFonts) -> Result<Vec<u8>, ReportError> {
    let geo = if d.landscape {
        A4_LANDSCAPE
    } else {
        Geometry::A4
    };
    let mut cx = Ctx {
        fonts,
        width: geo.content_width(),
        figures: Vec::new(),
        headings: 0,
    };
    let margin = |mm: f32| twips(mm) as i32;
    let mut docx = Docx::new()
        .page_size(twips(geo.width) as u32, twips(geo.height) as u32)
        .page_margin(PageMargin {
            top: margin(geo.top),
            left: margin(geo.left),
            bottom: margin(geo.bottom),
            right: margin(geo.right),
            header: margin(10.0),
            footer: margin(10.0),
            gutter: 0,
        })
        .created_at(&d.meta.created.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .updated_at(&d.meta.created.format("%Y-%m-%dT%H:%M:%SZ").to_string());
    if d.landscape {
        docx = docx.page_orient(docx_rs::PageOrientationType::Landscape);
    }
    docx = styles::add(docx, fonts, d.locale);
    let names: Vec<&str> = d
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Part(name) => Some(name.as_str()),
            _ => None,
        })
        .collect();
    // Each part's header text and page count (of the PDF layout); the last part's header
    // and footer are the document's own (its last section).
    let part_chrome: Vec<parts::PartChrome> = if names.is_empty() {
        Vec::new()
    } else {
        let pages = super::flow::layout_document(d)?.parts;
        names
            .iter()
            .enumerate()
            .map(|(i, name)| parts::PartChrome {
                header: part_header(d, name),
                pages: pages.get(i).copied().unwrap_or(1),
            })
            .collect()
    };
    let (header, footer) = match (names.last(), part_chrome.last()) {
        (Some(name), Some(last)) => {
            docx = docx.page_num_type(docx_rs::PageNumType::new().start(1));
            chrome(&cx, d, &geo, Some((name, last.pages)))
        }
        _ => chrome(&cx, d, &geo, None),
    };
    docx = docx.header(header).footer(footer);
    if matches!(d.blocks.first(), Some(Block::Cover(_))) {
        // The cover has no running header or footer.
        docx = docx
            .title_pg()
            .first_header(Header::new())
            .first_footer(Footer::new());
    }
    let mut parts = 0;
    docx = blocks(docx, &mut cx, d, &d.blocks, &mut parts)?;
    let mut xml = docx.build();
    fix::finish(&mut xml, &cx.figures)?;
    fix::header_images(&mut xml, &d.brand.name);
    parts::sections(&mut xml, &part_chrome)?;
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out).map_err(|_| ReportError::Docx)?;
    Ok(out.into_inner())
}
