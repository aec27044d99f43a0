//! Small shared widgets and helpers for screens.

use crate::i18n::tr;
use crate::locale::Locale;
use std::fmt;

/// A pick-list entry: a value with its translated label.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice<T> {
    pub value: T,
    pub label: String,
}

impl<T> fmt::Display for Choice<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

/// Choices for every value of a keyed enum, labelled with `<prefix>-<key>` messages.
pub fn keyed_choices<T: Copy>(
    locale: Locale,
    prefix: &str,
    values: &[T],
    key: impl Fn(T) -> &'static str,
) -> Vec<Choice<T>> {
    values
        .iter()
        .map(|&v| Choice {
            value: v,
            label: tr(locale, &format!("{prefix}-{}", key(v))),
        })
        .collect()
}

/// The translated label of a keyed value.
pub fn label(locale: Locale, prefix: &str, key: &str) -> String {
    tr(locale, &format!("{prefix}-{key}"))
}
