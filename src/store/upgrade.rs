//! Moving an assessment to the loaded (newer) version of its catalogue. Answers are carried
//! over by item id and never deleted: those of retired or dropped items stay stored and
//! exported. No schema change: the move records the new version and content hash.

use super::assessments::touch;
use super::backup::{BackupInfo, BackupReason};
use super::drift::content_hash;
use super::error::Result;
use super::types::AssessmentRecord;
use super::{Store, StoreError, now};
use crate::model::catalog::Catalog;
use crate::model::catalog::upgrade::{UpgradeReport, upgrade_report};
use rusqlite::params;

/// A finished move: what changed, and the backup made before it (none when nothing moved).
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogMove {
    pub report: UpgradeReport,
    pub backup: Option<BackupInfo>,
}

/// What moving `record` to `catalog` (the loaded version of its catalogue) changes.
pub fn upgrade_preview(record: &AssessmentRecord, catalog: &Catalog) -> UpgradeReport {
    let from =
        crate::catalogs::history(&catalog.id).and_then(|h| h.version(&record.meta.catalog_version));
    upgrade_report(
        &record.meta.catalog_version,
        from,
        catalog,
        record.answers.keys().map(String::as_str),
    )
}

impl Store {
    /// What moving assessment `id` to the loaded version of its catalogue would change;
    /// nothing is written.
    pub fn catalog_upgrade_preview(&self, id: i64) -> Result<UpgradeReport> {
        let record = self.load(id)?;
        let catalog = self.catalog(&record.meta.catalog_id)?;
        Ok(upgrade_preview(&record, catalog))
    }

    /// Moves assessment `id` to the loaded version of its catalogue: a backup first, then one
    /// transaction that records the new version and content hash (and marks the assessment
    /// changed). When the assessment already has this version and content, nothing is
    /// written. A version the loaded catalogue does not list as earlier (a newer one, or an
    /// unknown one) is refused, so a diagnosis is never moved backwards.
    pub fn upgrade_catalog(&self, id: i64) -> Result<CatalogMove> {
        let record = self.load(id)?;
        let catalog = self.catalog(&record.meta.catalog_id)?;
        let report = upgrade_preview(&record, catalog);
        let hash = content_hash(catalog);
        let stored = &record.meta.catalog_version;
        if report.is_same_version() && record.meta.catalog_hash.as_deref() == Some(hash.as_str()) {
            return Ok(CatalogMove {
                report,
                backup: None,
            });
        }
        if !report.is_same_version() && !catalog.earlier_versions.contains(stored) {
            return Err(StoreError::invalid(
                "catalog_version",
                format!(
                    "{stored} is not an earlier version of {} {}",
                    catalog.id, catalog.version
                ),
            ));
        }
        if record.meta.status == super::types::Status::Completed {
            return Err(StoreError::Completed(id));
        }
        if self.read_only() {
            return Err(StoreError::ReadOnly {
                path: self.path().to_path_buf(),
            });
        }
        let backup = self.backup_now(BackupReason::Manual)?;
        let tx = self.begin()?;
        let n = tx.execute(
            "UPDATE assessments SET catalog_version = ?2, catalog_hash = ?3
             WHERE id = ?1 AND catalog_version = ?4",
            params![id, catalog.version, hash, stored],
        )?;
        if n == 0 {
            // Moved or deleted by another window between loading and writing.
            return Err(StoreError::UnknownAssessment(id));
        }
        touch(&tx, id, now())?;
        tx.commit()?;
        Ok(CatalogMove {
            report,
            backup: Some(backup),
        })
    }
}

/// The report as translated sentences (`store-upgrade-*` in store.ftl).
pub fn describe_upgrade(report: &UpgradeReport, l: crate::locale::Locale) -> Vec<String> {
    use crate::i18n::{Arg, tr_args};
    let s = |v: &str| Arg::from(v.to_string());
    let list = |ids: &[String]| Arg::from(ids.join(", "));
    let cat = s(&report.catalog_id);
    if report.is_same_version() {
        let args = [("catalog", cat), ("version", s(&report.to_version))];
        return vec![tr_args(l, "store-upgrade-same", &args)];
    }
    let (from, to) = (s(&report.from_version), s(&report.to_version));
    let mut out = vec![tr_args(
        l,
        "store-upgrade-header",
        &[("catalog", cat), ("from", from.clone()), ("to", to.clone())],
    )];
    let count = |n: usize| Arg::from(n);
    out.push(tr_args(
        l,
        "store-upgrade-carried",
        &[("count", count(report.carried.len()))],
    ));
    for (key, ids) in [
        ("store-upgrade-retired", &report.retired),
        ("store-upgrade-dropped", &report.dropped),
    ] {
        if !ids.is_empty() {
            let args = [
                ("count", count(ids.len())),
                ("to", to.clone()),
                ("items", list(ids)),
            ];
            out.push(tr_args(l, key, &args));
        }
    }
    if !report.from_known {
        out.push(tr_args(l, "store-upgrade-unknown-from", &[("from", from)]));
        return out;
    }
    for w in &report.weights {
        let answered = if w.answered { "yes" } else { "no" };
        let args = [
            ("item", s(&w.id)),
            ("from", Arg::from(usize::from(w.from))),
            ("to", Arg::from(usize::from(w.to))),
            ("answered", s(answered)),
        ];
        out.push(tr_args(l, "store-upgrade-weight", &args));
    }
    if !report.added.is_empty() {
        let args = [
            ("count", count(report.added.len())),
            ("items", list(&report.added)),
        ];
        out.push(tr_args(l, "store-upgrade-added", &args));
    }
    if report.weights.is_empty() && report.added.is_empty() {
        out.push(tr_args(l, "store-upgrade-no-scoring-change", &[]));
    }
    out
}
