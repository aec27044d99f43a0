//! Charts as PNG images (for the DOCX): the same vector drawing the PDF prints, laid out on a
//! page of the chart's size and rasterised with tiny-skia, glyphs drawn from the bundled
//! font's outlines. The PNG is encoded with the `png` crate at [`DPI`].

use super::ReportError;
use super::blocks::ChartKind;
use super::draw::{Draw, Geometry, Rgb, RgbImage, Stroke};
use super::font::{Font, MM_PER_PT};
use super::layout::{Chrome, Layout};
use std::sync::OnceLock;
use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, StrokeDash, Transform};

/// Resolution of chart images: sharp when printed, small enough to mail.
pub const DPI: f32 = 200.0;

/// An encoded PNG and the size it is meant to print at.
#[derive(Debug, Clone, PartialEq)]
pub struct Png {
    pub bytes: Vec<u8>,
    pub width_px: u32,
    pub height_px: u32,
    pub width_mm: f32,
    pub height_mm: f32,
}

const MARGIN: f32 = 2.0;

/// The chart drawn `width_mm` wide, as tall as it needs.
pub fn chart_png(chart: &ChartKind, width_mm: f32) -> Result<Png, ReportError> {
    let font = Font::bundled()?;
    let geo = Geometry {
        width: width_mm,
        height: 2000.0,
        left: MARGIN,
        right: MARGIN,
        top: MARGIN,
        bottom: MARGIN,
    };
    let mut l = Layout::with_geometry(font, geo);
    l.without_chrome();
    match chart {
        ChartKind::Bars(b) => l.bar_chart(b),
        ChartKind::Gantt(g) => l.gantt(g),
    }
    let height_mm = (l.y() + MARGIN).min(geo.height);
    let label = |_: usize, _: usize| String::new();
    let chrome = Chrome {
        header_left: String::new(),
        header_right: String::new(),
        footer_left: String::new(),
        page_label: &label,
    };
    let (pages, _) = l.finish(&chrome);
    let draws = pages
        .into_iter()
        .next()
        .map(|p| p.draws)
        .unwrap_or_default();
    rasterize(font, &draws, width_mm, height_mm)
}

fn px(mm: f32) -> f32 {
    mm * DPI / 25.4
}

fn paint(c: Rgb) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color_rgba8(
        (c.r * 255.0).round() as u8,
        (c.g * 255.0).round() as u8,
        (c.b * 255.0).round() as u8,
        255,
    );
    p.anti_alias = true;
    p
}

fn stroke_of(s: Stroke) -> tiny_skia::Stroke {
    let width = px(s.width * MM_PER_PT).max(1.0);
    tiny_skia::Stroke {
        width,
        dash: if s.dashed {
            StrokeDash::new(vec![px(3.0 * MM_PER_PT), px(2.0 * MM_PER_PT)], 0.0)
        } else {
            None
        },
        ..tiny_skia::Stroke::default()
    }
}

fn face() -> Option<&'static ttf_parser::Face<'static>> {
    static FACE: OnceLock<Option<ttf_parser::Face<'static>>> = OnceLock::new();
    FACE.get_or_init(|| ttf_parser::Face::parse(crate::assets::FONT_BYTES, 0).ok())
        .as_ref()
}

/// Collects a glyph outline into a path, scaled and placed on the baseline.
struct Outline<'a> {
    path: &'a mut PathBuilder,
    x: f32,
    y: f32,
    k: f32,
}

impl Outline<'_> {
    fn p(&self, x: f32, y: f32) -> (f32, f32) {
        (self.x + x * self.k, self.y - y * self.k)
    }
}

impl ttf_parser::OutlineBuilder for Outline<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.p(x, y);
        self.path.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.p(x, y);
        self.path.line_to(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let (x1, y1) = self.p(x1, y1);
        let (x, y) = self.p(x, y);
        self.path.quad_to(x1, y1, x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let (x1, y1) = self.p(x1, y1);
        let (x2, y2) = self.p(x2, y2);
        let (x, y) = self.p(x, y);
        self.path.cubic_to(x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        self.path.close();
    }
}

#[allow(clippy::too_many_arguments)]
fn text(
    pixmap: &mut Pixmap,
    font: &Font,
    x: f32,
    baseline: f32,
    size: f32,
    color: Rgb,
    bold: bool,
    s: &str,
) {
    let Some(face) = face() else { return };
    let em_mm = size * MM_PER_PT;
    let k = px(em_mm) / f32::from(face.units_per_em());
    let mut path = PathBuilder::new();
    let mut pen = x;
    for c in s.chars() {
        if let Some(gid) = font.glyph_id(c) {
            let mut o = Outline {
                path: &mut path,
                x: px(pen),
                y: px(baseline),
                k,
            };
            face.outline_glyph(ttf_parser::GlyphId(gid), &mut o);
        }
        pen += font.char_em(c) * em_mm;
    }
    let Some(path) = path.finish() else { return };
    let p = paint(color);
    pixmap.fill_path(&path, &p, FillRule::Winding, Transform::identity(), None);
    if bold {
        let s = stroke_of(Stroke::solid(color, size * 0.035));
        pixmap.stroke_path(&path, &p, &s, Transform::identity(), None);
    }
}

fn shape(pixmap: &mut Pixmap, points: &[(f32, f32)], fill: Option<Rgb>, stroke: Option<Stroke>) {
    let mut pb = PathBuilder::new();
    for (i, (x, y)) in points.iter().enumerate() {
        if i == 0 {
            pb.move_to(px(*x), px(*y));
        } else {
            pb.line_to(px(*x), px(*y));
        }
    }
    pb.close();
    let Some(path) = pb.finish() else { return };
    if let Some(f) = fill {
        pixmap.fill_path(
            &path,
            &paint(f),
            FillRule::Winding,
            Transform::identity(),
            None,
        );
    }
    if let Some(s) = stroke {
        pixmap.stroke_path(
            &path,
            &paint(s.color),
            &stroke_of(s),
            Transform::identity(),
            None,
        );
    }
}

fn rasterize(
    font: &Font,
    draws: &[Draw],
    width_mm: f32,
    height_mm: f32,
) -> Result<Png, ReportError> {
    let (w, h) = (px(width_mm).ceil() as u32, px(height_mm).ceil() as u32);
    let mut pixmap = Pixmap::new(w.max(1), h.max(1)).ok_or(ReportError::Image)?;
    pixmap.fill(tiny_skia::Color::WHITE);
    for d in draws {
        match d {
            Draw::Text {
                x,
                baseline,
                size,
                color,
                bold,
                text: t,
            } => text(&mut pixmap, font, *x, *baseline, *size, *color, *bold, t),
            Draw::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => shape(
                &mut pixmap,
                &[(*x, *y), (x + w, *y), (x + w, y + h), (*x, y + h)],
                *fill,
                *stroke,
            ),
            Draw::Shape {
                points,
                fill,
                stroke,
            } => shape(&mut pixmap, points, *fill, *stroke),
            Draw::Line { from, to, stroke } => {
                let mut pb = PathBuilder::new();
                pb.move_to(px(from.0), px(from.1));
                pb.line_to(px(to.0), px(to.1));
                if let Some(path) = pb.finish() {
                    pixmap.stroke_path(
                        &path,
                        &paint(stroke.color),
                        &stroke_of(*stroke),
                        Transform::identity(),
                        None,
                    );
                }
            }
            // Charts carry no images.
            Draw::Image { .. } => {}
        }
    }
    let rgb: Vec<u8> = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    let bytes = encode(w, h, &rgb)?;
    Ok(Png {
        bytes,
        width_px: w,
        height_px: h,
        width_mm,
        height_mm,
    })
}

/// 8-bit RGB pixels as PNG bytes, tagged with [`DPI`].
fn encode(w: u32, h: u32, rgb: &[u8]) -> Result<Vec<u8>, ReportError> {
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, w, h);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    let per_metre = (DPI / 0.0254).round() as u32;
    enc.set_pixel_dims(Some(png::PixelDimensions {
        xppu: per_metre,
        yppu: per_metre,
        unit: png::Unit::Meter,
    }));
    let mut writer = enc.write_header().map_err(|_| ReportError::Image)?;
    writer
        .write_image_data(rgb)
        .map_err(|_| ReportError::Image)?;
    writer.finish().map_err(|_| ReportError::Image)?;
    Ok(out)
}

/// A logo as PNG bytes (`None` when its pixels do not match its size).
pub fn logo_png(logo: &RgbImage) -> Option<Vec<u8>> {
    if !logo.is_valid() {
        return None;
    }
    encode(logo.width, logo.height, &logo.rgb).ok()
}
