//! When a user catalogue changes under an assessment: answers whose items no longer exist are
//! kept (and exported), listed when the assessment is opened, and left out of the score. A
//! catalogue's identity is its id, version and content hash: the version and the hash stored
//! with the assessment are compared with the loaded catalogue's, so a file edited without a
//! new version number is found too.

use super::Store;
use super::error::Result;
use super::types::AssessmentRecord;
use crate::model::catalog::Catalog;
use std::collections::HashSet;

/// How an assessment's stored data fits the catalogue loaded now.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CatalogDrift {
    pub catalog_id: String,
    /// The version stored with the assessment.
    pub stored_version: String,
    /// The version of the catalogue loaded now.
    pub loaded_version: String,
    /// The content hash stored with the assessment; `None` when unknown.
    pub stored_hash: Option<String>,
    /// The content hash of the catalogue loaded now.
    pub loaded_hash: String,
    /// Answered items the loaded catalogue no longer has, sorted: kept and exported, but not
    /// scored.
    pub orphaned: Vec<String>,
}

impl CatalogDrift {
    /// What changed, as translated sentences (none when the catalogue is unchanged).
    pub fn describe(&self, l: crate::locale::Locale) -> Vec<String> {
        use crate::i18n::{Arg, tr_args};
        let mut out = Vec::new();
        if self.version_changed() {
            let args = [
                ("catalog", Arg::from(self.catalog_id.clone())),
                ("stored", Arg::from(self.stored_version.clone())),
                ("loaded", Arg::from(self.loaded_version.clone())),
            ];
            out.push(tr_args(l, "store-drift-version", &args));
        } else if self.content_changed() {
            let args = [
                ("catalog", Arg::from(self.catalog_id.clone())),
                ("version", Arg::from(self.loaded_version.clone())),
            ];
            out.push(tr_args(l, "store-drift-content", &args));
        }
        if !self.orphaned.is_empty() {
            let args = [
                ("count", Arg::from(self.orphaned.len())),
                ("items", Arg::from(self.orphaned.join(", "))),
            ];
            out.push(tr_args(l, "store-drift-orphaned", &args));
        }
        out
    }

    pub fn version_changed(&self) -> bool {
        self.stored_version != self.loaded_version
    }

    /// The catalogue's content differs from what the assessment was made with (known only
    /// when a hash was stored).
    pub fn content_changed(&self) -> bool {
        self.stored_hash
            .as_ref()
            .is_some_and(|h| *h != self.loaded_hash)
    }

    /// Nothing to tell the user.
    pub fn is_clean(&self) -> bool {
        !self.version_changed() && !self.content_changed() && self.orphaned.is_empty()
    }
}

/// The content hash of a catalogue: SHA-256 (hex) of its clauses and items as JSON, so
/// comments, layout and the file split do not count, while any change to a clause, question,
/// guidance, weight or id does. The plain-language help and the per-verdict examples for a
/// manager alone do not count either: they explain the question, they do not change it.
pub fn content_hash(catalog: &Catalog) -> String {
    use sha2::{Digest, Sha256};
    use std::fmt::Write as _;
    let mut hasher = Sha256::new();
    // Serializing plain data into memory cannot fail; an error would hash as empty.
    let items: Vec<_> = catalog
        .items
        .iter()
        .map(|i| crate::model::catalog::Item {
            plain: None,
            examples: None,
            ..i.clone()
        })
        .collect();
    let bytes = serde_json::to_vec(&(&catalog.clauses, &items)).unwrap_or_default();
    hasher.update(&bytes);
    hasher.finalize().iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// The answered items of `record` that `catalog` does not have.
pub fn orphaned(record: &AssessmentRecord, catalog: &Catalog) -> Vec<String> {
    let known: HashSet<&str> = catalog.items.iter().map(|i| i.id.as_str()).collect();
    record
        .answers
        .keys()
        .filter(|k| !known.contains(k.as_str()))
        .cloned()
        .collect()
}

/// The drift of a loaded record against a catalogue.
pub fn drift(record: &AssessmentRecord, catalog: &Catalog) -> CatalogDrift {
    CatalogDrift {
        catalog_id: catalog.id.clone(),
        stored_version: record.meta.catalog_version.clone(),
        loaded_version: catalog.version.clone(),
        stored_hash: record.meta.catalog_hash.clone(),
        loaded_hash: content_hash(catalog),
        orphaned: orphaned(record, catalog),
    }
}

impl Store {
    /// What changed between the catalogue an assessment was made with and the one loaded now
    /// (what the window lists when it opens the assessment, and `score` prints).
    pub fn catalog_drift(&self, id: i64) -> Result<CatalogDrift> {
        let record = self.load(id)?;
        let catalog = self.catalog(&record.meta.catalog_id)?;
        Ok(drift(&record, catalog))
    }
}
