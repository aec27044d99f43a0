//! What can go wrong in the store, each with a translated message (`store.ftl`).

use crate::error::Localize;
use std::path::{Path, PathBuf};

/// A store failure. Every variant names a Fluent message; the CLI maps
/// [`StoreError::is_invalid_input`] to exit code 2.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {detail}")]
    Io { path: PathBuf, detail: String },
    #[error("{path} is open in another running copy of the app")]
    InUse { path: PathBuf },
    #[error("{path} is not a database file")]
    NotADatabase {
        path: PathBuf,
        /// The newest backup that passed a full check, offered for restoring.
        backup: Option<PathBuf>,
    },
    #[error("{path} is empty")]
    Empty {
        path: PathBuf,
        /// The newest backup that passed a full check, offered for restoring.
        backup: Option<PathBuf>,
    },
    #[error("{path} is damaged: {detail}")]
    Corrupt { path: PathBuf, detail: String },
    #[error("{path} cannot be read: {detail}")]
    Unreadable { path: PathBuf, detail: String },
    #[error("{path} is read-only")]
    ReadOnly { path: PathBuf },
    #[error("{path} has schema version {found}; this app supports up to {supported}")]
    NewerVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("upgrading the database to version {version} failed: {detail}")]
    Migration { version: u32, detail: String },
    #[error("the disk holding {path} is full")]
    DiskFull { path: PathBuf },
    #[error("database error: {0}")]
    Sqlite(String),
    #[error("backup failed: {0}")]
    Backup(String),
    #[error("no backup named {0}")]
    UnknownBackup(String),
    #[error("no assessment with id {0}")]
    UnknownAssessment(i64),
    /// A completed assessment is not moved to another catalogue version (its report stays as
    /// delivered).
    #[error("assessment {0} is completed")]
    Completed(i64),
    #[error("no catalogue with id {0}")]
    UnknownCatalog(String),
    #[error("catalogue {catalog} has no item {item}")]
    UnknownItem { catalog: String, item: String },
    #[error("unknown verdict {0}")]
    UnknownVerdict(String),
    #[error("a not-applicable answer needs a reason ({item})")]
    NaReasonMissing { item: String },
    #[error("{field}: {detail}")]
    Invalid { field: String, detail: String },
    #[error("profile: {0}")]
    Profile(crate::model::profile::ProfileError),
    #[error("import: {0}")]
    Import(ImportError),
    #[error("cannot write {path}: {detail}")]
    Export { path: PathBuf, detail: String },
    #[error("the folder {path} does not exist")]
    NoFolder { path: PathBuf },
    #[error("{table} {id} {item:?}: stored {field} {value:?} is not known")]
    BadStored {
        table: String,
        id: i64,
        item: Option<String>,
        field: String,
        value: String,
    },
    /// Windows: the file to replace is held open by another program (a PDF viewer, Excel).
    #[error("{path} is open in another program")]
    ExportInUse { path: PathBuf },
}

impl StoreError {
    /// The backup offered for restoring a database that cannot be opened, if any.
    pub fn offered_backup(&self) -> Option<&Path> {
        match self {
            StoreError::NotADatabase { backup, .. } | StoreError::Empty { backup, .. } => {
                backup.as_deref()
            }
            _ => None,
        }
    }

    /// Whether the user gave something invalid (exit code 2) rather than the system failing.
    pub fn is_invalid_input(&self) -> bool {
        matches!(
            self,
            StoreError::UnknownBackup(_)
                | StoreError::UnknownAssessment(_)
                | StoreError::Completed(_)
                | StoreError::UnknownCatalog(_)
                | StoreError::UnknownItem { .. }
                | StoreError::UnknownVerdict(_)
                | StoreError::NaReasonMissing { .. }
                | StoreError::Invalid { .. }
                | StoreError::Profile(_)
                | StoreError::Import(_)
                | StoreError::NoFolder { .. }
        )
    }

    /// Whether the database file itself is unusable (damaged, foreign, too new): the user
    /// should restore a backup or start a new database.
    pub fn needs_recovery(&self) -> bool {
        matches!(
            self,
            StoreError::NotADatabase { .. }
                | StoreError::Empty { .. }
                | StoreError::Corrupt { .. }
                | StoreError::Unreadable { .. }
                | StoreError::NewerVersion { .. }
        )
    }

    pub(crate) fn io(path: &Path, err: &std::io::Error) -> Self {
        if is_disk_full(err) {
            return StoreError::DiskFull {
                path: path.to_path_buf(),
            };
        }
        StoreError::Io {
            path: path.to_path_buf(),
            detail: err.to_string(),
        }
    }

    pub(crate) fn import(place: impl Into<String>, kind: ImportErrorKind) -> Self {
        StoreError::Import(ImportError {
            place: place.into(),
            kind,
        })
    }

    pub(crate) fn invalid(field: impl Into<String>, detail: impl Into<String>) -> Self {
        StoreError::Invalid {
            field: field.into(),
            detail: detail.into(),
        }
    }
}

/// Whether an I/O error means the disk (or the user's quota) is full: ENOSPC, EDQUOT,
/// ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL.
pub fn is_disk_full(err: &std::io::Error) -> bool {
    use std::io::ErrorKind;
    matches!(
        err.kind(),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded
    ) || (cfg!(windows) && matches!(err.raw_os_error(), Some(39 | 112)))
}

/// Whether SQLite said the disk is full (SQLITE_FULL).
pub fn is_sqlite_full(err: &rusqlite::Error) -> bool {
    err.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull)
}

impl StoreError {
    /// A failure of the database file `path`: a full disk is said as such, anything else is
    /// `other` (usually "damaged").
    pub(crate) fn sqlite_at(
        path: &Path,
        err: &rusqlite::Error,
        other: impl FnOnce(String) -> Self,
    ) -> Self {
        if is_sqlite_full(err) {
            StoreError::DiskFull {
                path: path.to_path_buf(),
            }
        } else {
            other(err.to_string())
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        if is_sqlite_full(&e) {
            return StoreError::DiskFull {
                path: PathBuf::new(),
            };
        }
        if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly) {
            return StoreError::ReadOnly {
                path: PathBuf::new(),
            };
        }
        // A stored value rejected inside a row closure (see `stored::in_row`).
        if let rusqlite::Error::FromSqlConversionFailure(_, _, inner) = &e {
            if let Some(err) = inner.downcast_ref::<StoreError>() {
                return err.clone();
            }
        }
        StoreError::Sqlite(e.to_string())
    }
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

impl Localize for StoreError {
    fn message_id(&self) -> &'static str {
        match self {
            StoreError::Io { .. } => "err-store-io",
            StoreError::InUse { .. } => "err-store-in-use",
            StoreError::NotADatabase { .. } => "err-store-not-database",
            StoreError::Empty { .. } => "err-store-empty",
            StoreError::Corrupt { .. } => "err-store-corrupt",
            StoreError::Unreadable { .. } => "err-store-unreadable",
            StoreError::ReadOnly { .. } => "err-store-read-only",
            StoreError::NewerVersion { .. } => "err-store-newer",
            StoreError::Migration { .. } => "err-store-migration",
            StoreError::DiskFull { .. } => "err-store-disk-full",
            StoreError::Sqlite(_) => "err-store-sqlite",
            StoreError::Backup(_) => "err-store-backup",
            StoreError::UnknownBackup(_) => "err-store-unknown-backup",
            StoreError::UnknownAssessment(_) => "err-store-unknown-assessment",
            StoreError::Completed(_) => "err-store-completed",
            StoreError::UnknownCatalog(_) => "err-store-unknown-catalog",
            StoreError::UnknownItem { .. } => "err-store-unknown-item",
            StoreError::UnknownVerdict(_) => "err-store-unknown-verdict",
            StoreError::NaReasonMissing { .. } => "err-store-na-reason",
            StoreError::Invalid { .. } => "err-store-invalid",
            StoreError::Import(e) => e.kind.message_id(),
            StoreError::Profile(e) => e.message_id(),
            StoreError::Export { .. } => "err-store-export",
            StoreError::NoFolder { .. } => "err-store-no-folder",
            StoreError::BadStored { .. } => "err-store-bad-value",
            StoreError::ExportInUse { .. } => "err-store-export-in-use",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            StoreError::Io { path, detail }
            | StoreError::Corrupt { path, detail }
            | StoreError::Unreadable { path, detail }
            | StoreError::Export { path, detail } => {
                vec![("path", shown(path)), ("detail", detail.clone())]
            }
            StoreError::DiskFull { path } | StoreError::ReadOnly { path }
                if path.as_os_str().is_empty() =>
            {
                vec![("path", "none".into())]
            }
            StoreError::InUse { path }
            | StoreError::ReadOnly { path }
            | StoreError::ExportInUse { path }
            | StoreError::DiskFull { path }
            | StoreError::NoFolder { path } => {
                vec![("path", shown(path))]
            }
            StoreError::NotADatabase { path, backup } | StoreError::Empty { path, backup } => vec![
                ("path", shown(path)),
                (
                    "backup",
                    backup.as_deref().map_or_else(|| "none".into(), shown),
                ),
            ],
            StoreError::NewerVersion {
                path,
                found,
                supported,
            } => vec![
                ("path", shown(path)),
                ("found", found.to_string()),
                ("supported", supported.to_string()),
            ],
            StoreError::Migration { version, detail } => {
                vec![("version", version.to_string()), ("detail", detail.clone())]
            }
            StoreError::Sqlite(d) | StoreError::Backup(d) => vec![("detail", d.clone())],
            StoreError::UnknownBackup(name) => vec![("name", name.clone())],
            StoreError::UnknownAssessment(id) | StoreError::Completed(id) => {
                vec![("id", id.to_string())]
            }
            StoreError::UnknownCatalog(id) => vec![("id", id.clone())],
            StoreError::UnknownItem { catalog, item } => {
                vec![("catalog", catalog.clone()), ("item", item.clone())]
            }
            StoreError::UnknownVerdict(v) => vec![("verdict", v.clone())],
            StoreError::NaReasonMissing { item } => vec![("item", item.clone())],
            StoreError::Invalid { field, detail } => {
                vec![("field", field.clone()), ("detail", detail.clone())]
            }
            StoreError::Import(e) => e.message_args(),
            StoreError::Profile(e) => e.message_args(),
            StoreError::BadStored {
                table,
                id,
                item,
                field,
                value,
            } => vec![
                ("table", table.clone()),
                ("id", id.to_string()),
                ("item", item.clone().unwrap_or_else(|| "none".into())),
                ("field", field.clone()),
                ("value", value.clone()),
            ],
        }
    }
}

/// Why an exchange file was rejected, and where (a JSON path such as `answers[3].verdict`, a
/// line and column, or the file name).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{place}: {kind:?}")]
pub struct ImportError {
    pub place: String,
    pub kind: ImportErrorKind,
}

/// The kinds of import failure; each has its own translated message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportErrorKind {
    /// The file is larger than the limit (sizes in bytes).
    TooLarge {
        size: u64,
        limit: u64,
    },
    /// Not JSON, truncated, or a value of the wrong type (the parser's own words).
    Malformed(String),
    /// Not UTF-8 text (a binary file, a UTF-16 text file).
    NotUtf8,
    /// An answer marked not applicable without a reason.
    NaReasonMissing,
    /// An invalid organization profile: the profile message's id and arguments.
    Profile {
        id: &'static str,
        args: Vec<(&'static str, String)>,
    },
    /// Nested deeper than the limit.
    TooDeep {
        limit: usize,
    },
    /// A text longer than the limit (characters).
    TooLong {
        limit: usize,
    },
    /// A list longer than the limit.
    TooMany {
        limit: usize,
    },
    /// `format` is not `ipms-readiness/assessment`.
    WrongFormat(String),
    /// `format_version` is not one this app reads.
    WrongVersion {
        found: i64,
        supported: i64,
    },
    UnknownCatalog(String),
    /// `catalog.version` is not the version of the loaded catalogue with that id.
    CatalogVersion {
        found: String,
        loaded: String,
    },
    UnknownItem(String),
    UnknownVerdict(String),
    DuplicateItem(String),
    /// An object key given twice (JSON keeps only one of them).
    DuplicateKey(String),
    /// A value that is present and well-typed but not allowed (e.g. an empty name).
    Invalid(String),
}

impl ImportErrorKind {
    fn message_id(&self) -> &'static str {
        match self {
            ImportErrorKind::TooLarge { .. } => "err-import-too-large",
            ImportErrorKind::Malformed(_) => "err-import-malformed",
            ImportErrorKind::NotUtf8 => "err-import-not-utf8",
            ImportErrorKind::NaReasonMissing => "err-import-na-reason",
            ImportErrorKind::Profile { id, .. } => match *id {
                "err-profile-name-empty" => "err-import-profile-name-empty",
                "err-profile-too-long" => "err-import-profile-too-long",
                "err-profile-uscc-length" => "err-import-profile-uscc-length",
                "err-profile-uscc-character" => "err-import-profile-uscc-character",
                "err-profile-uscc-division" => "err-import-profile-uscc-division",
                "err-profile-uscc-check" => "err-import-profile-uscc-check",
                "err-profile-ip-staff" => "err-import-profile-ip-staff",
                _ => "err-import-profile-out-of-range",
            },
            ImportErrorKind::TooDeep { .. } => "err-import-too-deep",
            ImportErrorKind::TooLong { .. } => "err-import-too-long",
            ImportErrorKind::TooMany { .. } => "err-import-too-many",
            ImportErrorKind::WrongFormat(_) => "err-import-wrong-format",
            ImportErrorKind::WrongVersion { .. } => "err-import-wrong-version",
            ImportErrorKind::UnknownCatalog(_) => "err-import-unknown-catalog",
            ImportErrorKind::CatalogVersion { .. } => "err-import-catalog-version",
            ImportErrorKind::UnknownItem(_) => "err-import-unknown-item",
            ImportErrorKind::UnknownVerdict(_) => "err-import-unknown-verdict",
            ImportErrorKind::DuplicateItem(_) => "err-import-duplicate-item",
            ImportErrorKind::DuplicateKey(_) => "err-import-duplicate-key",
            ImportErrorKind::Invalid(_) => "err-import-invalid",
        }
    }
}

impl ImportError {
    fn message_args(&self) -> Vec<(&'static str, String)> {
        let mut args = vec![("place", self.place.clone())];
        match &self.kind {
            ImportErrorKind::TooLarge { size, limit } => {
                let (size, limit) = crate::error::sizes(*size, *limit);
                args.push(("size", size));
                args.push(("limit", limit));
            }
            ImportErrorKind::NotUtf8 | ImportErrorKind::NaReasonMissing => {}
            ImportErrorKind::Profile { args: more, .. } => args.extend(more.iter().cloned()),
            ImportErrorKind::TooDeep { limit }
            | ImportErrorKind::TooLong { limit }
            | ImportErrorKind::TooMany { limit } => args.push(("limit", limit.to_string())),
            ImportErrorKind::WrongVersion { found, supported } => {
                args.push(("found", found.to_string()));
                args.push(("supported", supported.to_string()));
            }
            ImportErrorKind::CatalogVersion { found, loaded } => {
                args.push(("found", found.clone()));
                args.push(("loaded", loaded.clone()));
            }
            ImportErrorKind::Malformed(v)
            | ImportErrorKind::WrongFormat(v)
            | ImportErrorKind::UnknownCatalog(v)
            | ImportErrorKind::UnknownItem(v)
            | ImportErrorKind::UnknownVerdict(v)
            | ImportErrorKind::DuplicateItem(v)
            | ImportErrorKind::DuplicateKey(v)
            | ImportErrorKind::Invalid(v) => args.push(("value", v.clone())),
        }
        args
    }
}

/// Shorthand for store results.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
