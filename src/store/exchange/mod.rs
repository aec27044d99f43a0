//! Exchange files: one assessment as versioned JSON (lossless, imports back), and CSV / XLSX
//! tables (findings, plan) for people who live in Excel. The JSON format is documented in
//! `docs/exchange-format.md`.

mod import;
mod limits;
mod strict;
mod table;

pub use limits::{MAX_DEPTH, MAX_FILE_BYTES, MAX_LIST, MAX_STRING};
pub use table::{Cell, Table, TableKind, csv_bytes, xlsx_bytes};

use super::error::Result;
use super::{Store, StoreError};
use crate::model::assessment::{Facts, Verdict};
use crate::model::catalog::{Department, Method};
use crate::model::keyed::keyed_enum;
use crate::model::plan::{ActionStatus, FreeAction, PhaseSettings};
use crate::model::profile::Profile;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The `format` value of an assessment file.
pub const FORMAT: &str = "ipms-readiness/assessment";
/// The `format_version` this build writes and reads.
pub const FORMAT_VERSION: i64 = 1;

keyed_enum! {
    /// File formats of `export`.
    pub enum ExportFormat {
        Json = "json",
        Csv = "csv",
        Xlsx = "xlsx",
    }
}

/// An assessment file (format version 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentFile {
    pub format: String,
    pub format_version: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<DateTime<Utc>>,
    pub catalog: CatalogRef,
    /// The profile snapshot; `name` and `uscc` identify the organization on import.
    pub organization: Profile,
    pub assessment: AssessmentPart,
    /// Every item of the catalogue, in catalogue order; unanswered ones with verdict
    /// `unanswered`.
    pub answers: Vec<AnswerEntry>,
    #[serde(default)]
    pub actions: Vec<ActionEntry>,
    /// The audit trail of answer changes, oldest first.
    #[serde(default)]
    pub history: Vec<HistoryEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogRef {
    pub id: String,
    pub version: String,
    /// SHA-256 of the catalogue content the answers were given against (`drift::content_hash`);
    /// absent in files from before it was written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_hash: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentPart {
    pub title: String,
    #[serde(default)]
    pub assessor: String,
    #[serde(default)]
    pub assessor_organization: String,
    pub created_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<DateTime<Utc>>,
    #[serde(default = "default_status")]
    pub status: String,
    #[serde(default)]
    pub conclusion: String,
    #[serde(default)]
    pub facts: Facts,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phases: Option<PhaseSettings>,
}

fn default_status() -> String {
    "in-progress".into()
}

/// One item's answer. `verdict` is a verdict key (`conform` … `unanswered`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerEntry {
    pub item: String,
    pub verdict: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub na_reason: String,
    #[serde(default)]
    pub evidence_seen: Vec<String>,
    #[serde(default)]
    pub method: Option<Method>,
    #[serde(default)]
    pub department: Option<Department>,
    /// The client's department interviewed (its id in the profile's organisation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default)]
    pub suggested: bool,
    /// The item is no longer in the catalogue (it changed after the answer was given): the
    /// answer is kept, but not scored.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub orphaned: bool,
}

/// A stored action: the user's edits to a derived action (`kind: "override"`, by item) or an
/// action the user added (`kind: "free"`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind")]
pub enum ActionEntry {
    #[serde(rename = "override")]
    Override {
        item: String,
        #[serde(default)]
        owner: Option<Department>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        person: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        priority: Option<u8>,
        #[serde(default)]
        due: Option<NaiveDate>,
        #[serde(default)]
        status: Option<ActionStatus>,
        #[serde(default)]
        notes: Option<String>,
    },
    #[serde(rename = "free")]
    Free(FreeAction),
}

/// One audit-trail entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    pub at: DateTime<Utc>,
    pub item: String,
    #[serde(default)]
    pub old_verdict: Option<String>,
    pub new_verdict: String,
    #[serde(default)]
    pub old_note: Option<String>,
    #[serde(default)]
    pub new_note: String,
}

impl Store {
    /// The assessment as an exchange value (every catalogue item in `answers`).
    pub fn export_value(&self, id: i64) -> Result<AssessmentFile> {
        let record = self.load(id)?;
        let catalog = self.catalog(&record.meta.catalog_id)?;
        let orphans = super::drift::orphaned(&record, catalog);
        let hash = record
            .meta
            .catalog_hash
            .clone()
            .unwrap_or_else(|| super::drift::content_hash(catalog));
        let entry = |item: &str, orphaned: bool| {
            let a = record.answers.get(item).cloned().unwrap_or_default();
            AnswerEntry {
                item: item.to_string(),
                verdict: a.verdict.key().to_string(),
                note: a.note,
                na_reason: a.na_reason,
                evidence_seen: a.evidence_seen,
                method: a.method,
                department: a.department,
                unit: a.unit,
                suggested: a.suggested,
                orphaned,
            }
        };
        let answers = catalog
            .items
            .iter()
            .map(|item| entry(&item.id, false))
            .chain(orphans.iter().map(|item| entry(item, true)))
            .collect();
        let mut actions: Vec<ActionEntry> = record
            .overrides
            .into_iter()
            .map(|(item, o)| ActionEntry::Override {
                item,
                owner: o.owner,
                unit: o.unit,
                person: o.person,
                text: o.text,
                priority: o.priority,
                due: o.due,
                status: o.status,
                notes: o.notes,
            })
            .collect();
        actions.extend(record.free_actions.into_iter().map(ActionEntry::Free));
        let history = self
            .answer_history(id, None)?
            .into_iter()
            .map(|h| HistoryEntry {
                at: h.at,
                item: h.item,
                old_verdict: h.old_verdict.map(|v| v.key().to_string()),
                new_verdict: h.new_verdict.key().to_string(),
                old_note: h.old_note,
                new_note: h.new_note,
            })
            .collect();
        Ok(AssessmentFile {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            generator: Some(format!("ipms-readiness {}", env!("CARGO_PKG_VERSION"))),
            exported_at: Some(super::now()),
            catalog: CatalogRef {
                id: record.meta.catalog_id,
                version: record.meta.catalog_version,
                content_hash: Some(hash),
            },
            organization: record.profile,
            assessment: AssessmentPart {
                title: record.meta.title,
                assessor: record.meta.assessor,
                assessor_organization: record.meta.assessor_organization,
                created_at: record.meta.created_at,
                updated_at: Some(record.meta.updated_at),
                status: record.meta.status.key().to_string(),
                conclusion: record.meta.conclusion,
                facts: record.facts,
                phases: record.phases,
            },
            answers,
            actions,
            history,
        })
    }

    /// The assessment as pretty-printed JSON text.
    pub fn export_json(&self, id: i64) -> Result<String> {
        let value = self.export_value(id)?;
        serde_json::to_string_pretty(&value).map_err(|e| StoreError::Sqlite(e.to_string()))
    }

    /// Imports an assessment file from bytes: all or nothing, in one transaction. Returns the
    /// new assessment's id.
    pub fn import_bytes(&self, bytes: &[u8]) -> Result<i64> {
        let file = import::parse(bytes, self)?;
        import::insert(self, &file)
    }

    /// Imports an assessment file (at most [`MAX_FILE_BYTES`]).
    pub fn import_file(&self, path: &Path) -> Result<i64> {
        let bytes = limits::read_limited(path)?;
        self.import_bytes(&bytes)
    }

    /// Imports a file decoded by [`read_import`] (checks, then inserts all or nothing).
    pub fn import_decoded(&self, file: AssessmentFile) -> Result<i64> {
        let file = import::checked(file, self)?;
        import::insert(self, &file)
    }
}

/// Reads and decodes an import file without touching the database, so the slow part of an
/// import can run off the UI thread; [`Store::import_decoded`] finishes it.
pub fn read_import(path: &Path) -> Result<AssessmentFile> {
    let bytes = limits::read_limited(path)?;
    import::decode(&bytes)
}

/// Writes `bytes` to `path` through a temporary file and a rename, so an existing file is
/// replaced whole or not at all. The folder must exist (a mistyped folder is reported, not
/// created); a failed write leaves no temporary file behind. On Windows a
/// file that another program holds open without letting others delete it (Excel, most PDF
/// viewers) cannot be replaced: that is reported as [`StoreError::ExportInUse`] and the old
/// file stays as it was.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    write_file_with(path, bytes, |tmp, bytes| std::fs::write(tmp, bytes))
}

fn write_file_with(
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&Path, &[u8]) -> std::io::Result<()>,
) -> Result<()> {
    let err = |e: &std::io::Error| {
        if super::error::is_disk_full(e) {
            StoreError::DiskFull {
                path: path.to_path_buf(),
            }
        } else {
            StoreError::Export {
                path: path.to_path_buf(),
                detail: e.to_string(),
            }
        }
    };
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !dir.is_dir() {
        return Err(StoreError::NoFolder {
            path: dir.to_path_buf(),
        });
    }
    let mut tmp = path.as_os_str().to_os_string();
    tmp.push(".tmp");
    let tmp = std::path::PathBuf::from(tmp);
    let written = write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    written.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        if held_open(&e) && path.is_file() {
            StoreError::ExportInUse {
                path: path.to_path_buf(),
            }
        } else {
            err(&e)
        }
    })
}

/// Whether a failed replace means another program holds the target open (Windows: access
/// denied, sharing or lock violation). Elsewhere an open file never blocks a rename.
fn held_open(e: &std::io::Error) -> bool {
    cfg!(windows) && matches!(e.raw_os_error(), Some(5 | 32 | 33))
}

/// Parses a verdict key, for import and the CLI.
pub fn parse_verdict(key: &str) -> Option<Verdict> {
    Verdict::from_key(key.trim())
}

#[cfg(test)]
mod write_tests {
    use super::*;

    #[test]
    fn a_full_disk_is_reported_as_such_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("报告 1.pdf");
        let full = |tmp: &Path, bytes: &[u8]| {
            std::fs::write(tmp, &bytes[..1])?;
            Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
        };
        let e = write_file_with(&out, b"%PDF", full).unwrap_err();
        assert!(matches!(e, StoreError::DiskFull { .. }), "{e:?}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn writing_to_dev_full_is_a_full_disk() {
        let e = std::fs::write("/dev/full", b"x").unwrap_err();
        assert!(super::super::error::is_disk_full(&e), "{e:?}");
    }
}
