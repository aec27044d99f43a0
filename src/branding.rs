//! The consultancy's branding as the user sets it in Settings (stored with the app settings):
//! name, logo, accent colour, footer text and the fonts a Word document names. Values are
//! checked before they are stored; a bad value is refused with a translated message, never
//! defaulted. The logo is copied into the data folder (`branding/`), so the report keeps it
//! when the original file moves, and the data folder carries it to another machine.

use crate::paths::Paths;
use crate::report::Logo;
use crate::report::brand::Brand;
use crate::report::draw::Rgb;
use serde::{Deserialize, Serialize};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest logo file accepted.
pub const LOGO_MAX_BYTES: u64 = 2 * 1024 * 1024;
/// The longest side of a logo, in pixels.
pub const LOGO_MAX_SIDE: u32 = 4000;
/// Longest consultancy name and footer text, in characters.
pub const NAME_MAX: usize = 80;
pub const FOOTER_MAX: usize = 120;
/// Longest font name, in characters.
pub const FONT_MAX: usize = 40;
/// The folder in the data folder that holds the logo.
pub const FOLDER: &str = "branding";

/// What the user set; empty strings and `None` mean the house look.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Branding {
    pub consultancy: String,
    /// The logo's file name in `<data folder>/branding/`.
    pub logo: Option<String>,
    /// "#RRGGBB", or empty.
    pub accent: String,
    pub footer: String,
    /// The Chinese font of Word documents (empty: 宋体 body, 微软雅黑 headings).
    pub east_asian_font: String,
    /// The Latin font of Word documents (empty: Arial for zh-CN, Calibri for en-US).
    pub latin_font: String,
}

/// Why a branding value was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BrandingError {
    #[error("{value} is not a colour like #1F3A5F")]
    Colour { value: String },
    #[error("{field} is longer than {max} characters")]
    TooLong { field: &'static str, max: usize },
    #[error("the font name {value} has characters a font name cannot have")]
    Font { value: String },
    #[error("{path} cannot be read: {detail}")]
    LogoUnreadable { path: PathBuf, detail: String },
    #[error("{path} is {size_kb} KB; a logo may have at most {max_kb} KB")]
    LogoTooBig {
        path: PathBuf,
        size_kb: u64,
        max_kb: u64,
    },
    #[error("{path} is not a PNG or JPEG image")]
    LogoNotImage { path: PathBuf },
    #[error("{path} is {width}×{height} pixels; at most {max} on a side")]
    LogoTooLarge {
        path: PathBuf,
        width: u32,
        height: u32,
        max: u32,
    },
    #[error("{path} cannot be written: {detail}")]
    LogoWrite { path: PathBuf, detail: String },
}

impl crate::error::Localize for BrandingError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::Colour { .. } => "branding-err-colour",
            Self::TooLong { .. } => "branding-err-too-long",
            Self::Font { .. } => "branding-err-font",
            Self::LogoUnreadable { .. } => "branding-err-logo-unreadable",
            Self::LogoTooBig { .. } => "branding-err-logo-too-big",
            Self::LogoNotImage { .. } => "branding-err-logo-not-image",
            Self::LogoTooLarge { .. } => "branding-err-logo-too-large",
            Self::LogoWrite { .. } => "branding-err-logo-write",
        }
    }
    fn message_args(&self) -> Vec<(&'static str, String)> {
        let path = |p: &PathBuf| ("path", p.display().to_string());
        match self {
            Self::Colour { value } | Self::Font { value } => vec![("value", value.clone())],
            Self::TooLong { field, max } => {
                vec![("field", (*field).to_string()), ("max", max.to_string())]
            }
            Self::LogoUnreadable { path: p, detail } | Self::LogoWrite { path: p, detail } => {
                vec![path(p), ("detail", detail.clone())]
            }
            Self::LogoTooBig {
                path: p,
                size_kb,
                max_kb,
            } => vec![
                path(p),
                ("size", size_kb.to_string()),
                ("max", max_kb.to_string()),
            ],
            Self::LogoNotImage { path: p } => vec![path(p)],
            Self::LogoTooLarge {
                path: p,
                width,
                height,
                max,
            } => vec![
                path(p),
                ("width", width.to_string()),
                ("height", height.to_string()),
                ("max", max.to_string()),
            ],
        }
    }
}

/// A colour from "#RRGGBB" (or "RRGGBB"); `None` for an empty text.
pub fn parse_colour(text: &str) -> Result<Option<Rgb>, BrandingError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let digits = t.strip_prefix('#').unwrap_or(t);
    let bad = || BrandingError::Colour {
        value: t.to_string(),
    };
    if digits.len() != 6 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(bad());
    }
    let v = u32::from_str_radix(digits, 16).map_err(|_| bad())?;
    Ok(Some(Rgb::hex(v)))
}

fn checked_text(text: &str, field: &'static str, max: usize) -> Result<String, BrandingError> {
    let t = text.trim().replace(['\r', '\n', '\t'], " ");
    if t.chars().count() > max {
        return Err(BrandingError::TooLong { field, max });
    }
    Ok(t)
}

fn checked_font(text: &str) -> Result<String, BrandingError> {
    let t = checked_text(text, "font", FONT_MAX)?;
    if t.chars().any(|c| c.is_control() || "<>&\"'".contains(c)) {
        return Err(BrandingError::Font { value: t });
    }
    Ok(t)
}

impl Branding {
    /// The same values checked and tidied (trimmed, colour as "#RRGGBB"), or why not.
    pub fn checked(&self) -> Result<Branding, BrandingError> {
        let accent = parse_colour(&self.accent)?.map_or_else(String::new, |_| {
            let t = self.accent.trim();
            format!("#{}", t.strip_prefix('#').unwrap_or(t).to_ascii_uppercase())
        });
        Ok(Branding {
            consultancy: checked_text(&self.consultancy, "name", NAME_MAX)?,
            logo: self.logo.clone().filter(|l| !l.trim().is_empty()),
            accent,
            footer: checked_text(&self.footer, "footer", FOOTER_MAX)?,
            east_asian_font: checked_font(&self.east_asian_font)?,
            latin_font: checked_font(&self.latin_font)?,
        })
    }

    /// The report's branding (the logo is loaded apart, with [`Branding::load_logo`]).
    pub fn brand(&self) -> Brand {
        let some = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        Brand {
            name: self.consultancy.trim().to_string(),
            footer: self.footer.trim().to_string(),
            // A stored colour was checked when it was set; one edited by hand into something
            // else prints the house colours, and `checked` says why when Settings opens.
            accent: parse_colour(&self.accent).ok().flatten(),
            latin_font: some(&self.latin_font),
            east_asian_font: some(&self.east_asian_font),
        }
    }

    /// Where the logo file is kept.
    pub fn logo_path(&self, paths: &Paths) -> Option<PathBuf> {
        self.logo
            .as_deref()
            .map(|name| paths.data_dir.join(FOLDER).join(name))
    }

    /// The stored logo, decoded; `None` when none is set. A logo that is set but can no longer
    /// be read is an error (the report does not silently leave it out).
    pub fn load_logo(&self, paths: &Paths) -> Result<Option<Logo>, BrandingError> {
        let Some(path) = self.logo_path(paths) else {
            return Ok(None);
        };
        let bytes = read_bounded(&path)?;
        decode_logo(&path, &bytes).map(Some)
    }
}

/// Reads a regular file of at most [`LOGO_MAX_BYTES`].
fn read_bounded(path: &Path) -> Result<Vec<u8>, BrandingError> {
    let unreadable = |detail: String| BrandingError::LogoUnreadable {
        path: path.to_path_buf(),
        detail,
    };
    let meta = std::fs::metadata(path).map_err(|e| unreadable(e.to_string()))?;
    if !meta.is_file() {
        return Err(BrandingError::LogoNotImage {
            path: path.to_path_buf(),
        });
    }
    let too_big = |len: u64| BrandingError::LogoTooBig {
        path: path.to_path_buf(),
        size_kb: len.div_ceil(1024),
        max_kb: LOGO_MAX_BYTES / 1024,
    };
    if meta.len() > LOGO_MAX_BYTES {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(LOGO_MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| unreadable(e.to_string()))?;
    if bytes.len() as u64 > LOGO_MAX_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Decodes a PNG or JPEG logo to RGB pixels (transparency over white).
pub fn decode_logo(path: &Path, bytes: &[u8]) -> Result<Logo, BrandingError> {
    let not_image = || BrandingError::LogoNotImage {
        path: path.to_path_buf(),
    };
    let too_large = |width: u32, height: u32| BrandingError::LogoTooLarge {
        path: path.to_path_buf(),
        width,
        height,
        max: LOGO_MAX_SIDE,
    };
    let logo = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        crate::report::decode::decode_png(bytes, LOGO_MAX_SIDE)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        crate::report::decode::decode_jpeg(bytes, LOGO_MAX_SIDE)
    } else {
        return Err(not_image());
    };
    match logo {
        Ok(l) if l.is_valid() => Ok(l),
        Ok(_) | Err(crate::report::decode::Decode::Broken) => Err(not_image()),
        Err(crate::report::decode::Decode::TooLarge(w, h)) => Err(too_large(w, h)),
    }
}

/// Checks the logo at `source` and copies it into the data folder; returns the stored file
/// name for [`Branding::logo`]. Nothing is copied when the file is refused.
pub fn import_logo(paths: &Paths, source: &Path) -> Result<String, BrandingError> {
    let bytes = read_bounded(source)?;
    decode_logo(source, &bytes)?;
    let ext = if bytes.starts_with(b"\x89PNG") {
        "png"
    } else {
        "jpg"
    };
    let name = format!("logo.{ext}");
    let dir = paths.data_dir.join(FOLDER);
    let target = dir.join(&name);
    let write = || -> std::io::Result<()> {
        std::fs::create_dir_all(&dir)?;
        let tmp = dir.join(format!("{name}.tmp"));
        std::fs::write(&tmp, &bytes)?;
        std::fs::rename(&tmp, &target)
    };
    write().map_err(|e| BrandingError::LogoWrite {
        path: target.clone(),
        detail: e.to_string(),
    })?;
    Ok(name)
}
