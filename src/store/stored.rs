//! Reading stored values strictly: a value this build does not know (a verdict `Major`, an
//! unreadable profile, an unknown method, a free action `{}`) is reported with its table,
//! record and field — never turned into a default, which a later save would make permanent.

use super::error::{Result, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::Row;
use rusqlite::types::Type;

/// Where a stored value lives: table, record id and (for per-item rows) the item id.
#[derive(Debug, Clone, Copy)]
pub(crate) struct At<'a> {
    pub table: &'static str,
    pub id: i64,
    pub item: Option<&'a str>,
}

impl At<'_> {
    pub fn bad(&self, field: &str, value: impl Into<String>) -> StoreError {
        StoreError::BadStored {
            table: self.table.to_string(),
            id: self.id,
            item: self.item.map(str::to_string),
            field: field.to_string(),
            value: shorten(&value.into()),
        }
    }

    /// A stored JSON value of type `T`.
    pub fn json<T: serde::de::DeserializeOwned>(&self, field: &str, text: &str) -> Result<T> {
        serde_json::from_str(text).map_err(|_| self.bad(field, text))
    }

    /// A stored key (`conform`, `interview`…) of a keyed enum.
    pub fn key<T>(&self, field: &str, text: &str, parse: fn(&str) -> Option<T>) -> Result<T> {
        parse(text).ok_or_else(|| self.bad(field, text))
    }

    /// An optional stored key: `NULL` is `None`, an unknown key an error.
    pub fn opt_key<T>(
        &self,
        field: &str,
        text: Option<&str>,
        parse: fn(&str) -> Option<T>,
    ) -> Result<Option<T>> {
        text.map(|t| self.key(field, t, parse)).transpose()
    }
}

/// Long stored texts are shown by their start only.
fn shorten(text: &str) -> String {
    const SHOWN: usize = 80;
    if text.chars().count() <= SHOWN {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(SHOWN).collect();
        s.push('…');
        s
    }
}

/// Carries a [`StoreError`] out of a rusqlite row closure; `From<rusqlite::Error>` unwraps it.
pub(crate) fn in_row(err: StoreError) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, Type::Text, Box::new(err))
}

/// A stored time (`created_at`…); an unreadable one is named with its raw value.
pub(crate) fn time(
    r: &Row<'_>,
    idx: usize,
    at: At<'_>,
    field: &str,
) -> rusqlite::Result<DateTime<Utc>> {
    use rusqlite::types::ValueRef;
    match r.get::<_, DateTime<Utc>>(idx) {
        Err(
            rusqlite::Error::FromSqlConversionFailure(..) | rusqlite::Error::InvalidColumnType(..),
        ) => {
            let raw = match r.get_ref(idx)? {
                ValueRef::Text(t) | ValueRef::Blob(t) => String::from_utf8_lossy(t).into_owned(),
                ValueRef::Null => "NULL".into(),
                ValueRef::Integer(i) => i.to_string(),
                ValueRef::Real(f) => f.to_string(),
            };
            Err(in_row(at.bad(field, raw)))
        }
        other => other,
    }
}
