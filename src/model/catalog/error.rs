//! What can be wrong with a catalogue file, named by file, line and item.

use super::SourceFile;
use crate::error::Localize;
use std::fmt;

/// What is wrong with a catalogue file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogErrorKind {
    Syntax(String),
    MissingHeader,
    DuplicateClause(String),
    DuplicateId,
    UnknownClause(String),
    MissingText(&'static str),
    Weight(u8),
    IpType,
    NoItems,
    ReservedId(String),
    Crosswalk(String),
    /// A clause marked `verified` that names fewer than two sources.
    Unsourced(String),
    /// Two items of one clause ask the same question.
    DuplicateQuestion(String),
    /// A clause lists the same sub-point letter twice ("7.6 b)").
    DuplicateSubpoint(String),
    /// An item covers a sub-point its clause does not list ("7.6 x)").
    UnknownSubpoint(String),
    /// No active item covers this sub-point ("7.6 b)").
    UncoveredSubpoint(String),
    /// An item of a clause with sub-points does not say which it covers.
    NoCovers,
    /// The catalogue id is empty or has characters other than `a-z 0-9 . _ -`.
    BadId(String),
    /// Another user catalogue (named) already has this id.
    DuplicateCatalog {
        id: String,
        other: String,
    },
    /// Not a regular file (a pipe, a device, a broken link).
    NotAFile,
    /// Larger than the limit (bytes).
    TooLarge {
        size: u64,
        limit: u64,
    },
}

/// A validation problem, naming the file, the line and the offending item where known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct CatalogError {
    pub file: String,
    pub line: Option<usize>,
    pub item: Option<String>,
    pub kind: CatalogErrorKind,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(item) = &self.item {
            write!(f, ": item {item}")?;
        }
        let detail = match &self.kind {
            CatalogErrorKind::Syntax(m) => format!("invalid TOML or field: {m}"),
            CatalogErrorKind::MissingHeader => "no catalogue header (catalog.toml) found".into(),
            CatalogErrorKind::DuplicateClause(n) => format!("clause {n} is listed twice"),
            CatalogErrorKind::DuplicateId => "this id is used twice".into(),
            CatalogErrorKind::UnknownClause(n) => format!("clause {n} is not in the clause tree"),
            CatalogErrorKind::MissingText(field) => {
                format!("{field} needs non-empty zh-CN and en-US text")
            }
            CatalogErrorKind::Weight(w) => format!("weight {w} is outside 1–3"),
            CatalogErrorKind::IpType => "Annex B items need an ip_type".into(),
            CatalogErrorKind::NoItems => "the catalogue has no items".into(),
            CatalogErrorKind::ReservedId(id) => {
                format!("id {id} belongs to a built-in catalogue; choose another id")
            }
            CatalogErrorKind::Crosswalk(m) => format!("crosswalk: {m}"),
            CatalogErrorKind::DuplicateQuestion(n) => {
                format!("another item of clause {n} asks the same question")
            }
            CatalogErrorKind::DuplicateSubpoint(p) => format!("sub-point {p} is listed twice"),
            CatalogErrorKind::UnknownSubpoint(p) => {
                format!("covers sub-point {p}, which its clause does not list")
            }
            CatalogErrorKind::UncoveredSubpoint(p) => format!("no item covers sub-point {p}"),
            CatalogErrorKind::NoCovers => {
                "its clause has sub-points; say which it covers (covers = [...])".into()
            }
            CatalogErrorKind::Unsourced(n) => format!(
                "clause {n} is marked verified but names fewer than two sources; add them or set verified = false"
            ),
            CatalogErrorKind::BadId(id) => format!("id \"{id}\" is not a valid catalogue id"),
            CatalogErrorKind::DuplicateCatalog { id, other } => {
                format!("id {id} is already used by {other}")
            }
            CatalogErrorKind::NotAFile => "not a regular file; skipped".into(),
            CatalogErrorKind::TooLarge { size, limit } => {
                format!("{size} bytes, more than the limit of {limit}")
            }
        };
        write!(f, ": {detail}")
    }
}

impl Localize for CatalogError {
    fn message_id(&self) -> &'static str {
        "err-catalog-invalid"
    }
    fn message_args(&self) -> Vec<(&'static str, String)> {
        vec![("detail", self.to_string())]
    }
}

/// Byte offsets where each line starts, computed once per file so that naming the line of
/// every item stays linear in the file's size.
pub(super) struct LineStarts(Vec<usize>);

impl LineStarts {
    pub(super) fn of(text: &str) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
        LineStarts(starts.collect())
    }

    /// The 1-based line holding byte `offset`.
    pub(super) fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&s| s <= offset)
    }
}

pub(super) fn syntax_error(file: &SourceFile<'_>, err: &toml::de::Error) -> CatalogError {
    CatalogError {
        file: file.name.to_string(),
        line: err.span().map(|s| LineStarts::of(file.text).line(s.start)),
        item: None,
        kind: CatalogErrorKind::Syntax(err.message().trim().to_string()),
    }
}

pub(super) fn err_at(
    file: &SourceFile<'_>,
    line: Option<usize>,
    item: Option<&str>,
    kind: CatalogErrorKind,
) -> CatalogError {
    CatalogError {
        file: file.name.to_string(),
        line,
        item: item.map(str::to_string),
        kind,
    }
}
