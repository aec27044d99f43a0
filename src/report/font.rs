//! The bundled font, parsed once, with the glyph advances line wrapping measures text by.
//!
//! Every width here is what a PDF viewer draws: the content stream shows one glyph per
//! character at its `hmtx` advance (no kerning), so summing advances gives exact line widths.

use super::ReportError;
use printpdf::ParsedFont;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock, PoisonError};

/// Millimetres per PostScript point.
pub const MM_PER_PT: f32 = 25.4 / 72.0;

/// What a character the font cannot draw is printed as: a visible box, never a crash.
pub const FALLBACK: char = '□';

/// A glyph id and its advance in em.
type Glyph = Option<(u16, f32)>;

/// A parsed font plus fast advance lookups. The font's cmap lookup is slow for CJK text, so
/// every character met is remembered.
pub struct Font {
    parsed: ParsedFont,
    units_per_em: f32,
    /// ASCII glyphs (`None` where the font has none).
    ascii: [Glyph; 128],
    cache: Mutex<HashMap<char, Glyph>>,
    /// Characters printed as the fallback since [`Font::take_missing`] last ran.
    missing: Mutex<std::collections::BTreeSet<char>>,
    fallback: char,
    fallback_em: f32,
}

impl std::fmt::Debug for Font {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Font")
            .field("units_per_em", &self.units_per_em)
            .finish_non_exhaustive()
    }
}

impl Font {
    /// Parses a TrueType/OpenType font; `None` when the bytes are not a usable font.
    pub fn from_bytes(bytes: &[u8]) -> Option<Font> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)?;
        let units_per_em = f32::from(parsed.font_metrics.units_per_em);
        if units_per_em <= 0.0 {
            return None;
        }
        let mut font = Font {
            parsed,
            units_per_em,
            ascii: [None; 128],
            cache: Mutex::new(HashMap::new()),
            missing: Mutex::new(std::collections::BTreeSet::new()),
            fallback: '?',
            fallback_em: 0.5,
        };
        let mut ascii = [None; 128];
        for (i, slot) in (0u8..128).zip(ascii.iter_mut()) {
            *slot = font.lookup(char::from(i));
        }
        font.ascii = ascii;
        if font.lookup(FALLBACK).is_some() {
            font.fallback = FALLBACK;
        }
        font.fallback_em = font.lookup(font.fallback).map_or(1.0, |g| g.1);
        Some(font)
    }

    /// The font compiled into the binary (`crate::assets::FONT_BYTES`), parsed on first use.
    pub fn bundled() -> Result<&'static Font, ReportError> {
        static FONT: OnceLock<Option<Font>> = OnceLock::new();
        FONT.get_or_init(|| Font::from_bytes(crate::assets::FONT_BYTES))
            .as_ref()
            .ok_or(ReportError::Font)
    }

    /// The parsed font, for embedding.
    pub fn parsed(&self) -> &ParsedFont {
        &self.parsed
    }

    /// The character printed in place of one the font cannot draw.
    pub fn fallback(&self) -> char {
        self.fallback
    }

    fn lookup(&self, c: char) -> Glyph {
        let gid = self.parsed.lookup_glyph_index(u32::from(c))?;
        if gid == 0 {
            return None;
        }
        Some((
            gid,
            f32::from(self.parsed.get_horizontal_advance(gid)) / self.units_per_em,
        ))
    }

    fn cached(&self, cache: &mut HashMap<char, Glyph>, c: char) -> Glyph {
        match usize::try_from(u32::from(c)) {
            Ok(i) if i < 128 => self.ascii[i],
            _ => *cache.entry(c).or_insert_with(|| self.lookup(c)),
        }
    }

    fn with_cache<T>(&self, f: impl FnOnce(&mut HashMap<char, Glyph>) -> T) -> T {
        let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        f(&mut cache)
    }

    /// The glyph id of `c`, if the font has one.
    pub fn glyph_id(&self, c: char) -> Option<u16> {
        self.with_cache(|cache| self.cached(cache, c)).map(|g| g.0)
    }

    /// Whether the font has a glyph for `c`.
    pub fn has(&self, c: char) -> bool {
        self.glyph_id(c).is_some()
    }

    fn em_in(&self, cache: &mut HashMap<char, Glyph>, c: char) -> f32 {
        self.cached(cache, c).map_or(self.fallback_em, |g| g.1)
    }

    /// Advance of one character in em; characters without a glyph measure as the fallback.
    pub fn char_em(&self, c: char) -> f32 {
        self.with_cache(|cache| self.em_in(cache, c))
    }

    /// Width of `text` in millimetres at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let em: f32 = if text.is_ascii() {
            text.bytes()
                .map(|b| self.ascii[usize::from(b)].map_or(self.fallback_em, |g| g.1))
                .sum()
        } else {
            self.with_cache(|cache| text.chars().map(|c| self.em_in(cache, c)).sum())
        };
        em * size * MM_PER_PT
    }

    /// Text the font can print: characters without a glyph become the visible fallback,
    /// invisible format characters (zero-width joiners, variation selectors, emoji skin-tone
    /// modifiers, BOM) are dropped, tabs become spaces and other control characters vanish.
    /// Line feeds are kept; callers treat them as hard breaks.
    pub fn sanitize(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        self.with_cache(|cache| {
            for c in text.chars() {
                match c {
                    '\n' => out.push('\n'),
                    '\t' => out.push(' '),
                    c if c.is_control() || is_invisible(c) => {}
                    c if self.cached(cache, c).is_some() => out.push(c),
                    c => {
                        out.push(self.fallback);
                        self.missing
                            .lock()
                            .unwrap_or_else(PoisonError::into_inner)
                            .insert(c);
                    }
                }
            }
        });
        out
    }

    /// The characters of `text` the font cannot draw (each once, in order of code point):
    /// what a warning before printing names.
    pub fn missing_in(&self, text: &str) -> Vec<char> {
        let set: std::collections::BTreeSet<char> = self.with_cache(|cache| {
            text.chars()
                .filter(|&c| {
                    !(c == '\n' || c == '\t' || c.is_control() || is_invisible(c))
                        && self.cached(cache, c).is_none()
                })
                .collect()
        });
        set.into_iter().collect()
    }

    /// The characters printed as the fallback since the last call (in order of code point),
    /// so whoever rendered a document can warn which characters the reader will not see.
    pub fn take_missing(&self) -> Vec<char> {
        let mut set = self.missing.lock().unwrap_or_else(PoisonError::into_inner);
        std::mem::take(&mut *set).into_iter().collect()
    }
}

/// Default-ignorable characters that would otherwise print as stray boxes.
fn is_invisible(c: char) -> bool {
    matches!(
        u32::from(c),
        0x00AD
            | 0x034F
            | 0x180B..=0x180F
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x206F
            | 0xFE00..=0xFE0F
            | 0xFEFF
            | 0x1F3FB..=0x1F3FF
            | 0xE0000..=0xE0FFF
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_font_measures_cjk_wider_than_latin() {
        let font = Font::bundled().unwrap();
        assert!(font.has('知') && font.has('A') && font.has('，'));
        let han = font.width("知识产权", 10.0);
        let latin = font.width("iiii", 10.0);
        assert!(han > latin * 2.0, "{han} vs {latin}");
        // A full-width character is one em: 10 pt ≈ 3.53 mm.
        assert!((font.width("知", 10.0) - 10.0 * MM_PER_PT).abs() < 0.05);
    }

    #[test]
    fn sanitize_replaces_missing_glyphs_and_drops_invisibles() {
        let font = Font::bundled().unwrap();
        let fb = font.fallback();
        assert_eq!(
            font.sanitize("好😀\u{FE0F}\u{200D}\ta\u{0007}\n"),
            format!("好{fb} a\n")
        );
        assert!(!font.sanitize("\u{10FFFD}").contains('\u{10FFFD}'));
        let missing = font.missing_in("好😀\u{FE0F}שלום مرحبا");
        assert!(missing.contains(&'😀') && missing.contains(&'ש') && missing.contains(&'م'));
        assert!(!missing.contains(&'好') && !missing.contains(&'\u{FE0F}'));
    }
}
