//! The PDF renderer of blocks: flows a [`Document`] down A4 pages with the layout cursor, then
//! fills in the contents page and adds header and footer.

use super::ReportError;
use super::blocks::{Block, ChartKind, Document, Field};
use super::checklist::A4_LANDSCAPE;
use super::cover::{contents, cover, stat_strip};
use super::diagnosis::Laid;
use super::font::{Font, MM_PER_PT};
use super::layout::{Align, Chrome, Draw, Geometry, Layout, Stroke, TextStyle, palette};
use super::pdf::render;
use super::table::Table;
use crate::i18n::{Arg, tr_args};

/// Height of a sign-off: space, a two-line note, room to write above the lines, the
/// labelled lines.
pub const SIGN_OFF_HEIGHT: f32 = 4.0 + 2.0 * 8.5 * 1.45 * MM_PER_PT + 9.0 + 10.0 * 1.6 * MM_PER_PT;

/// The page label "第 1 页 / 共 9 页" of a locale.
pub fn page_label(locale: crate::locale::Locale, page: usize, total: usize) -> String {
    tr_args(
        locale,
        "report-page",
        &[("page", Arg::from(page)), ("total", Arg::from(total))],
    )
}

/// Lays a document out on pages.
pub fn layout_document(d: &Document) -> Result<Laid, ReportError> {
    let font = Font::bundled()?;
    let geo = if d.landscape {
        A4_LANDSCAPE
    } else {
        Geometry::A4
    };
    let mut l = Layout::with_geometry(font, geo);
    let mut toc = None;
    flow(&mut l, d, &d.blocks, &mut toc);
    if let Some((page, title)) = toc {
        contents(&mut l, &title, page);
    }
    let label = |page: usize, total: usize| page_label(d.locale, page, total);
    let chrome = Chrome {
        header_left: d.header_left.clone(),
        header_right: d.header_right.clone(),
        footer_left: d.footer_left.clone(),
        page_label: &label,
    };
    let parts = l.part_pages();
    let (pages, bookmarks) = l.finish(&chrome);
    Ok(Laid {
        geometry: geo,
        pages,
        bookmarks,
        parts,
    })
}

/// Renders a document to PDF bytes.
pub fn render_pdf(d: &Document) -> Result<Vec<u8>, ReportError> {
    let font = Font::bundled()?;
    let mut laid = layout_document(d)?;
    d.brand.recolor(&mut laid.pages);
    let images: Vec<_> = d.logo.iter().filter(|l| l.is_valid()).cloned().collect();
    if let Some(logo) = images.first() {
        header_logo(&mut laid, logo);
    }
    render(
        font,
        &laid.geometry,
        &laid.pages,
        &laid.bookmarks,
        &images,
        &d.meta,
    )
}

/// The logo (image 0) small above the running header's left end of every page with a header.
fn header_logo(laid: &mut Laid, logo: &super::layout::RgbImage) {
    let geo = laid.geometry;
    let h = 5.0;
    let w = (h * logo.width as f32 / logo.height.max(1) as f32).min(30.0);
    for page in laid.pages.iter_mut().filter(|p| p.chrome) {
        page.draws.push(Draw::Image {
            x: geo.left,
            y: geo.top - 17.5,
            w,
            h: w * logo.height as f32 / logo.width.max(1) as f32,
            image: 0,
        });
    }
}

fn flow(l: &mut Layout<'_>, d: &Document, blocks: &[Block], toc: &mut Option<(usize, String)>) {
    for b in blocks {
        match b {
            Block::Cover(c) => {
                cover(l, c, d.logo.as_ref());
                l.new_page();
            }
            Block::Toc { title } => {
                *toc = Some((l.page_index(), title.clone()));
                l.new_page();
            }
            Block::Heading { level, text, keep } => l.heading(*level, text, *keep),
            Block::Title(text) => {
                let geo = l.geometry();
                let style = TextStyle::BODY
                    .sized(15.0)
                    .colored(palette::PRIMARY)
                    .bold()
                    .aligned(Align::Center);
                let y = l.y();
                let h = l.text_at(geo.left, y, geo.content_width(), text, &style);
                l.set_y(y + h + 1.0);
            }
            Block::Paragraph(p) => l.paragraph_indented(&p.text(), &p.style, p.indent),
            Block::Table(t) => l.table(t),
            Block::KeyValue(rows) => l.table(&Table::key_value(rows)),
            Block::Chart(c) => match &c.kind {
                ChartKind::Bars(chart) => l.bar_chart(chart),
                ChartKind::Gantt(g) => l.gantt(g),
            },
            Block::Stats(stats) => stat_strip(l, stats),
            Block::Signatures(boxes) => l.signature_boxes(boxes),
            Block::Fields(fields) => form_fields(l, fields),
            Block::SignOff { note, fields } => sign_off(l, note, fields),
            Block::Part(name) => {
                l.page_break();
                l.start_group(name);
            }
            Block::PageBreak => l.page_break(),
            Block::Space(mm) => l.space(*mm),
            Block::EnsureRoom(mm) => {
                l.ensure_room(*mm);
            }
            Block::KeepTogether(inner) => l.keep_with_next(|l| flow(l, d, inner, toc)),
        }
    }
}

/// Form fields in one row of equal parts, each label followed by its value on a line to
/// write on.
fn form_fields(l: &mut Layout<'_>, fields: &[Field]) {
    let geo = l.geometry();
    let style = TextStyle::BODY.sized(9.5);
    let w = geo.content_width() / fields.len().max(1) as f32;
    l.ensure_room(10.0);
    let y = l.y();
    for (i, f) in fields.iter().enumerate() {
        let x = geo.left + w * i as f32;
        let lw = l.font().width(&f.label, style.size);
        l.line_at(x, y, w, &f.label, &style);
        l.line_at(x + lw + 1.5, y, w - lw - 6.0, &f.value, &style);
        let base = y + style.baseline_offset() + 1.2;
        l.push(Draw::Line {
            from: (x + lw + 1.0, base),
            to: (x + w - 6.0, base),
            stroke: Stroke::solid(palette::MUTED, 0.4),
        });
    }
    l.set_y(y + style.line_height() + 2.5);
}

/// The sign-off at the end of a form: a note, then labelled lines to sign on.
fn sign_off(l: &mut Layout<'_>, note: &str, fields: &[Field]) {
    let geo = l.geometry();
    let style = TextStyle::BODY;
    l.ensure_room(SIGN_OFF_HEIGHT);
    l.space(4.0);
    l.paragraph(note, &TextStyle::SMALL);
    l.space(9.0);
    let y = l.y();
    let mut x = geo.left;
    for f in fields {
        let w = geo.content_width() * f.share;
        let lw = l.font().width(&f.label, style.size);
        l.line_at(x, y, w, &f.label, &style);
        let base = y + style.baseline_offset() + 1.2;
        l.push(Draw::Line {
            from: (x + lw + 1.0, base),
            to: (x + w - 6.0, base),
            stroke: Stroke::solid(palette::INK, 0.4),
        });
        x += w;
    }
    l.set_y(y + style.line_height() + 2.0);
}
