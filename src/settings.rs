//! Settings that must exist before the database: language, theme, data folder. A small TOML
//! file in the OS config folder. A missing or unreadable file gives defaults, never an error.

use crate::locale::Locale;
pub use crate::model::audience::Audience;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Light or dark appearance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeChoice {
    #[default]
    Light,
    Dark,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The UI language; `None` means "follow the OS".
    pub language: Option<Locale>,
    pub theme: ThemeChoice,
    /// A data folder chosen by the user (moved data); `None` means the OS default.
    pub data_dir: Option<PathBuf>,
    /// The assessment and screen the user was on, to resume exactly there.
    pub last_assessment: Option<i64>,
    /// The window's last size and position (logical pixels).
    pub window: Option<WindowGeometry>,
    /// The consultancy's name, logo, colour, footer and Word fonts on every deliverable.
    pub branding: crate::branding::Branding,
    /// Who uses the app; `None` until the user said (asked at the first start).
    pub audience: Option<Audience>,
}

/// Where the window was when it was last closed.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct WindowGeometry {
    pub width: f32,
    pub height: f32,
    pub x: Option<f32>,
    pub y: Option<f32>,
}

impl WindowGeometry {
    /// The size to open with: the saved one when it is usable, else 1280×800; never smaller
    /// than the 1024×700 the screens are laid out for.
    pub fn size(geometry: Option<Self>) -> (f32, f32) {
        let (w, h) = geometry
            .filter(|g| g.width.is_finite() && g.height.is_finite() && g.width > 0.0)
            .map_or((1280.0, 800.0), |g| (g.width, g.height));
        (w.clamp(1024.0, 7680.0), h.clamp(700.0, 4320.0))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("cannot write settings file {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl crate::error::Localize for SettingsError {
    fn message_id(&self) -> &'static str {
        "err-settings-write"
    }
    fn message_args(&self) -> Vec<(&'static str, String)> {
        let Self::Write { path, source } = self;
        vec![
            ("path", path.display().to_string()),
            ("detail", source.to_string()),
        ]
    }
}

impl Settings {
    pub fn file_in(config_dir: &Path) -> PathBuf {
        config_dir.join("settings.toml")
    }

    /// Loads settings; defaults if the file is missing or malformed.
    pub fn load(config_dir: &Path) -> Settings {
        std::fs::read_to_string(Self::file_in(config_dir))
            .ok()
            .and_then(|t| toml::from_str(&t).ok())
            .unwrap_or_default()
    }

    /// Writes settings atomically (temporary file, then rename).
    pub fn save(&self, config_dir: &Path) -> Result<(), SettingsError> {
        let path = Self::file_in(config_dir);
        let write = || -> std::io::Result<()> {
            std::fs::create_dir_all(config_dir)?;
            let text = toml::to_string_pretty(self).map_err(std::io::Error::other)?;
            let tmp = path.with_extension("toml.tmp");
            std::fs::write(&tmp, text)?;
            std::fs::rename(&tmp, &path)
        };
        write().map_err(|source| SettingsError::Write {
            path: path.clone(),
            source,
        })
    }

    /// The audience the screens and reports speak to: the consultant until the user chose.
    pub fn audience(&self) -> Audience {
        self.audience.unwrap_or(Audience::Consultant)
    }

    /// The language to use: the flag, else the saved choice, else the OS locale.
    pub fn effective_language(&self, flag: Option<Locale>) -> Locale {
        flag.or(self.language).unwrap_or_else(|| {
            sys_locale::get_locale().map_or(Locale::EnUs, |t| Locale::from_os_tag(&t))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_tolerates_garbage() {
        let dir = tempfile::tempdir().unwrap();
        let s = Settings {
            language: Some(Locale::EnUs),
            theme: ThemeChoice::Dark,
            audience: Some(Audience::Enterprise),
            ..Settings::default()
        };
        s.save(dir.path()).unwrap();
        assert_eq!(Settings::load(dir.path()), s);
        std::fs::write(Settings::file_in(dir.path()), "language = 42 [[[").unwrap();
        assert_eq!(Settings::load(dir.path()), Settings::default());
        assert_eq!(s.effective_language(Some(Locale::ZhCn)), Locale::ZhCn);
        assert_eq!(s.effective_language(None), Locale::EnUs);
    }
}
