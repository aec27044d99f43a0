//! The consultancy's branding on every deliverable, in both formats: its name beside the
//! report title in the running header, its footer text, its accent colour on headings, rules
//! and table headers, and the fonts a Word document names. The logo travels as the report's
//! `logo` (cover and header). Settings hold it (`crate::branding`); here it is plain values.

use super::blocks::Document;
use super::docx::DocxFonts;
use super::draw::{Draw, Page, Rgb, palette};
use crate::locale::Locale;

/// What the consultancy set; empty fields leave the house defaults.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Brand {
    /// The consultancy's name (running header).
    pub name: String,
    /// A line of its own for the footer (address, telephone, "仅供客户内部使用" …).
    pub footer: String,
    /// Headings, rules and table headers in this colour instead of the house navy and teal.
    pub accent: Option<Rgb>,
    /// The Latin font a Word document names (default: by language).
    pub latin_font: Option<String>,
    /// The Chinese font a Word document names (default 宋体 / 微软雅黑).
    pub east_asian_font: Option<String>,
}

/// Joins the non-empty parts with " · ".
fn joined(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A light tint of `c` (its share `share`, the rest white), for header fills.
pub fn tint(c: Rgb, share: f32) -> Rgb {
    let mix = |v: f32| v * share + (1.0 - share);
    Rgb {
        r: mix(c.r),
        g: mix(c.g),
        b: mix(c.b),
    }
}

impl Brand {
    /// Whether anything differs from the house look.
    pub fn is_empty(&self) -> bool {
        *self == Brand::default()
    }

    /// Puts the name into the running header and the footer text into the footer of `d`.
    pub fn apply(&self, d: &mut Document) {
        d.header_left = joined(&[&self.name, &d.header_left]);
        d.footer_left = joined(&[&self.footer, &d.footer_left]);
        d.brand = self.clone();
    }

    /// The Word fonts and colours for a document in `locale`.
    pub fn docx_fonts(&self, locale: Locale) -> DocxFonts {
        let mut f = DocxFonts::for_locale(locale);
        if let Some(font) = &self.east_asian_font {
            f = f.with_east_asia(font);
        }
        if let Some(font) = self
            .latin_font
            .as_deref()
            .map(str::trim)
            .filter(|f| !f.is_empty())
        {
            f.latin = font.to_string();
        }
        if let Some(c) = self.accent {
            f.primary = c;
            f.accent = c;
            f.header_fill = tint(c, 0.16);
        }
        f
    }

    /// The colour that replaces `c` on a PDF page.
    fn color(&self, c: Rgb) -> Rgb {
        match self.accent {
            Some(a) if c == palette::PRIMARY || c == palette::ACCENT => a,
            Some(a) if c == palette::HEADER_FILL => tint(a, 0.16),
            _ => c,
        }
    }

    /// Recolours laid-out PDF pages: the house navy and teal become the accent, the header
    /// fill its tint.
    pub fn recolor(&self, pages: &mut [Page]) {
        if self.accent.is_none() {
            return;
        }
        for draw in pages.iter_mut().flat_map(|p| p.draws.iter_mut()) {
            match draw {
                Draw::Text { color, .. } => *color = self.color(*color),
                Draw::Rect { fill, stroke, .. } | Draw::Shape { fill, stroke, .. } => {
                    if let Some(f) = fill {
                        *f = self.color(*f);
                    }
                    if let Some(s) = stroke {
                        s.color = self.color(s.color);
                    }
                }
                Draw::Line { stroke, .. } => stroke.color = self.color(stroke.color),
                Draw::Image { .. } => {}
            }
        }
    }
}
