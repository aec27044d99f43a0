//! The two locales the app speaks, and text localized into both.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A UI / report language. Passed explicitly everywhere; there is no global current language.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum Locale {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en-US")]
    EnUs,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::ZhCn, Locale::EnUs];

    pub fn tag(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::EnUs => "en-US",
        }
    }

    /// The other locale (for a two-way language switch).
    pub fn other(self) -> Locale {
        match self {
            Locale::ZhCn => Locale::EnUs,
            Locale::EnUs => Locale::ZhCn,
        }
    }

    /// Chinese OS locales (zh, zh-CN, zh-Hans-…, zh_TW…) map to zh-CN, everything else to en-US.
    pub fn from_os_tag(tag: &str) -> Locale {
        if tag.to_ascii_lowercase().starts_with("zh") {
            Locale::ZhCn
        } else {
            Locale::EnUs
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language '{0}' (use zh-CN or en-US)")]
pub struct UnknownLocale(pub String);

impl FromStr for Locale {
    type Err = UnknownLocale;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "zh-cn" | "zh" | "zh-hans" => Ok(Locale::ZhCn),
            "en-us" | "en" => Ok(Locale::EnUs),
            _ => Err(UnknownLocale(s.to_string())),
        }
    }
}

/// Text in both required locales; serialized as `{ "zh-CN": "…", "en-US": "…" }`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Localized {
    #[serde(rename = "zh-CN")]
    pub zh_cn: String,
    #[serde(rename = "en-US")]
    pub en_us: String,
}

impl Localized {
    pub fn new(zh_cn: impl Into<String>, en_us: impl Into<String>) -> Self {
        Self {
            zh_cn: zh_cn.into(),
            en_us: en_us.into(),
        }
    }

    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::ZhCn => &self.zh_cn,
            Locale::EnUs => &self.en_us,
        }
    }

    pub fn is_complete(&self) -> bool {
        !self.zh_cn.trim().is_empty() && !self.en_us.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tags_and_os_locales() {
        assert_eq!("zh-CN".parse::<Locale>(), Ok(Locale::ZhCn));
        assert_eq!("en_us".parse::<Locale>(), Ok(Locale::EnUs));
        assert!("fr-FR".parse::<Locale>().is_err());
        assert_eq!(Locale::from_os_tag("zh-Hans-CN"), Locale::ZhCn);
        assert_eq!(Locale::from_os_tag("en-GB"), Locale::EnUs);
        assert_eq!(Locale::ZhCn.other(), Locale::EnUs);
    }
}
