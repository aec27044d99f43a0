//! Turns laid-out pages into PDF bytes with printpdf: the bundled font embedded as a subset
//! (Identity-H with a ToUnicode map, so text is selectable and searchable), an outline from
//! the headings, and document metadata with a real creation date.

use super::ReportError;
use super::font::Font;
use super::layout::{Bookmark, Draw, Geometry, Page, Rgb, RgbImage, Stroke};
use printpdf::{
    Codepoint, Color, FontId, Line, LineDashPattern, LinePoint, Mm, Op, PaintMode, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, RawImage,
    RawImageData, RawImageFormat, Rect, TextItem, TextRenderingMode, WindingOrder, XObjectId,
    XObjectTransform,
};

/// Document metadata written to the PDF info dictionary.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub keywords: Vec<String>,
    pub creator: String,
    /// When the document was made (never the 1970 default).
    pub created: chrono::DateTime<chrono::Utc>,
}

fn pt(mm: f32) -> Pt {
    Mm(mm).into_pt()
}

fn color(c: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: c.r,
        g: c.g,
        b: c.b,
        icc_profile: None,
    })
}

/// Emits ops for one page, skipping state changes that are already in effect.
struct Painter<'a> {
    font: FontId,
    metrics: &'a Font,
    images: &'a [(XObjectId, u32, u32)],
    height: f32,
    ops: Vec<Op>,
    fill: Option<Rgb>,
    stroke: Option<(Rgb, f32, bool)>,
}

impl Painter<'_> {
    fn point(&self, (x, y): (f32, f32)) -> Point {
        Point {
            x: pt(x),
            y: pt(self.height - y),
        }
    }

    fn set_fill(&mut self, c: Rgb) {
        if self.fill != Some(c) {
            self.ops.push(Op::SetFillColor { col: color(c) });
            self.fill = Some(c);
        }
    }

    fn set_stroke(&mut self, s: Stroke) {
        let key = (s.color, s.width, s.dashed);
        if self.stroke == Some(key) {
            return;
        }
        let prev = self.stroke;
        if prev.map(|p| p.0) != Some(s.color) {
            self.ops.push(Op::SetOutlineColor {
                col: color(s.color),
            });
        }
        if prev.map(|p| p.1) != Some(s.width) {
            self.ops.push(Op::SetOutlineThickness { pt: Pt(s.width) });
        }
        if prev.map(|p| p.2) != Some(s.dashed) {
            let dash = if s.dashed {
                LineDashPattern::new(0.0, &[3.0, 2.0])
            } else {
                LineDashPattern::solid()
            };
            self.ops.push(Op::SetLineDashPattern { dash });
        }
        self.stroke = Some(key);
    }

    fn paint(&mut self, fill: Option<Rgb>, stroke: Option<Stroke>) -> Option<PaintMode> {
        if let Some(f) = fill {
            self.set_fill(f);
        }
        if let Some(s) = stroke {
            self.set_stroke(s);
        }
        match (fill.is_some(), stroke.is_some()) {
            (true, true) => Some(PaintMode::FillStroke),
            (true, false) => Some(PaintMode::Fill),
            (false, true) => Some(PaintMode::Stroke),
            (false, false) => None,
        }
    }

    fn draw(&mut self, d: &Draw) {
        match d {
            Draw::Text {
                x,
                baseline,
                size,
                color: c,
                bold,
                text,
            } => {
                self.set_fill(*c);
                if *bold {
                    // One weight is bundled: a thin outline in the text colour reads as bold.
                    self.set_stroke(Stroke::solid(*c, size * 0.035));
                }
                let pos = self.point((*x, *baseline));
                self.ops.push(Op::StartTextSection);
                self.ops.push(Op::SetFont {
                    font: PdfFontHandle::External(self.font.clone()),
                    size: Pt(*size),
                });
                if *bold {
                    self.ops.push(Op::SetTextRenderingMode {
                        mode: TextRenderingMode::FillStroke,
                    });
                }
                self.ops.push(Op::SetTextCursor { pos });
                // Glyph ids with their text: the PDF writer then needs no cmap lookups, and
                // the ToUnicode map gets each glyph's character (selectable, searchable text).
                let glyphs = text
                    .chars()
                    .map(|c| {
                        let gid = self.metrics.glyph_id(c).unwrap_or(0);
                        Codepoint::with_cid(gid, 0.0, c.to_string())
                    })
                    .collect();
                self.ops.push(Op::ShowText {
                    items: vec![TextItem::GlyphIds(glyphs)],
                });
                if *bold {
                    self.ops.push(Op::SetTextRenderingMode {
                        mode: TextRenderingMode::Fill,
                    });
                }
                self.ops.push(Op::EndTextSection);
            }
            Draw::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => {
                let Some(mode) = self.paint(*fill, *stroke) else {
                    return;
                };
                let lower_left = self.point((*x, y + h));
                self.ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: lower_left.x,
                        y: lower_left.y,
                        width: pt(*w),
                        height: pt(*h),
                        mode: Some(mode),
                        winding_order: Some(WindingOrder::NonZero),
                    },
                });
            }
            Draw::Image { x, y, w, h, image } => {
                let Some((id, pw, ph)) = self.images.get(*image) else {
                    return;
                };
                let lower_left = self.point((*x, y + h));
                self.ops.push(Op::UseXobject {
                    id: id.clone(),
                    transform: XObjectTransform {
                        translate_x: Some(lower_left.x),
                        translate_y: Some(lower_left.y),
                        scale_x: Some(pt(*w).0 / *pw as f32),
                        scale_y: Some(pt(*h).0 / *ph as f32),
                        dpi: Some(72.0),
                        ..XObjectTransform::default()
                    },
                });
            }
            Draw::Line { from, to, stroke } => {
                self.set_stroke(*stroke);
                let points = [*from, *to]
                    .iter()
                    .map(|p| LinePoint {
                        p: self.point(*p),
                        bezier: false,
                    })
                    .collect();
                self.ops.push(Op::DrawLine {
                    line: Line {
                        points,
                        is_closed: false,
                    },
                });
            }
            Draw::Shape {
                points,
                fill,
                stroke,
            } => {
                let Some(mode) = self.paint(*fill, *stroke) else {
                    return;
                };
                let points = points
                    .iter()
                    .map(|p| LinePoint {
                        p: self.point(*p),
                        bezier: false,
                    })
                    .collect();
                self.ops.push(Op::DrawPolygon {
                    polygon: Polygon {
                        rings: vec![PolygonRing { points }],
                        mode,
                        winding_order: WindingOrder::NonZero,
                    },
                });
            }
        }
    }
}

fn pdf_date(t: chrono::DateTime<chrono::Utc>) -> printpdf::OffsetDateTime {
    printpdf::OffsetDateTime::from_unix_timestamp(t.timestamp())
        .unwrap_or_else(|_| printpdf::OffsetDateTime::now())
}

/// Renders pages to PDF bytes with the font embedded as a subset.
pub fn render(
    font: &Font,
    geo: &Geometry,
    pages: &[Page],
    bookmarks: &[Bookmark],
    images: &[RgbImage],
    meta: &Meta,
) -> Result<Vec<u8>, ReportError> {
    let mut doc = PdfDocument::new(&meta.title);
    let font_id = doc.add_font(font.parsed());
    let image_ids: Vec<(XObjectId, u32, u32)> = images
        .iter()
        .filter(|i| i.is_valid())
        .map(|i| {
            let raw = RawImage {
                pixels: RawImageData::U8(i.rgb.clone()),
                width: i.width as usize,
                height: i.height as usize,
                data_format: RawImageFormat::RGB8,
                tag: Vec::new(),
            };
            (doc.add_image(&raw), i.width, i.height)
        })
        .collect();
    let info = &mut doc.metadata.info;
    info.author.clone_from(&meta.author);
    info.subject.clone_from(&meta.subject);
    info.creator.clone_from(&meta.creator);
    info.producer = format!("{} {}", meta.creator, env!("CARGO_PKG_VERSION"));
    info.keywords.clone_from(&meta.keywords);
    let date = pdf_date(meta.created);
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;
    let pdf_pages: Vec<PdfPage> = pages
        .iter()
        .map(|page| {
            let mut painter = Painter {
                font: font_id.clone(),
                metrics: font,
                images: &image_ids,
                height: geo.height,
                ops: Vec::with_capacity(page.draws.len() * 6),
                fill: None,
                stroke: None,
            };
            for d in &page.draws {
                painter.draw(d);
            }
            PdfPage::new(Mm(geo.width), Mm(geo.height), painter.ops)
        })
        .collect();
    for b in bookmarks {
        doc.add_bookmark(&b.title, b.page + 1);
    }
    doc.with_pages(pdf_pages);
    let mut warnings = Vec::new();
    let opts = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let bytes = doc.save(&opts, &mut warnings);
    if bytes.is_empty() {
        return Err(ReportError::Pdf);
    }
    Ok(bytes)
}
