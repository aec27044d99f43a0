//! Moving a diagnosis to a newer version of its catalogue: what changes for its answers.
//!
//! Only the current version of a catalogue is loaded, so each earlier version is remembered by
//! a digest (every item's weight and which items were retired); built-in catalogues ship theirs
//! in `assets/catalogs/history/`. The diff is pure: answers are carried over by item id.

use super::Catalog;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// What an earlier catalogue version held: each item's weight, and the retired ones.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionDigest {
    pub version: String,
    #[serde(default)]
    pub retired: BTreeSet<String>,
    pub weights: BTreeMap<String, u8>,
}

impl VersionDigest {
    /// The digest of a loaded catalogue (to diff two full catalogues, or to record a version).
    pub fn of(catalog: &Catalog) -> VersionDigest {
        VersionDigest {
            version: catalog.version.clone(),
            retired: catalog
                .items
                .iter()
                .filter(|i| i.retired)
                .map(|i| i.id.clone())
                .collect(),
            weights: catalog
                .items
                .iter()
                .map(|i| (i.id.clone(), i.weight))
                .collect(),
        }
    }

    fn asks(&self, id: &str) -> bool {
        self.weights.contains_key(id) && !self.retired.contains(id)
    }
}

/// The earlier versions of one catalogue (`assets/catalogs/history/<id>.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    pub catalog: String,
    pub versions: Vec<VersionDigest>,
}

impl History {
    pub fn parse(text: &str) -> Result<History, toml::de::Error> {
        toml::from_str(text)
    }

    pub fn version(&self, version: &str) -> Option<&VersionDigest> {
        self.versions.iter().find(|v| v.version == version)
    }
}

/// An item asked in both versions whose weight changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeightChange {
    pub id: String,
    pub from: u8,
    pub to: u8,
    /// The diagnosis has an answer for it (its score moves).
    pub answered: bool,
}

/// What moving a diagnosis from one catalogue version to another changes. Every list is sorted
/// by item id. Nothing is deleted: answers to retired or dropped items stay stored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpgradeReport {
    pub catalog_id: String,
    pub from_version: String,
    pub to_version: String,
    /// Whether the earlier version's digest was known; without it weight changes and new items
    /// cannot be told.
    pub from_known: bool,
    /// Answered items still asked: the answer carries over unchanged.
    pub carried: Vec<String>,
    /// Answered items now retired: kept and exported, no longer asked or scored.
    pub retired: Vec<String>,
    /// Answered items the new version does not have at all: kept, listed as orphaned.
    pub dropped: Vec<String>,
    pub weights: Vec<WeightChange>,
    /// Items asked now that the earlier version did not ask: new questions to answer.
    pub added: Vec<String>,
}

impl UpgradeReport {
    /// Nothing to move: same version.
    pub fn is_same_version(&self) -> bool {
        self.from_version == self.to_version
    }
}

/// What moving `answered` (item ids) from the version described by `from` (or, when unknown,
/// from version `from_version`) to `to` changes.
pub fn upgrade_report<'a>(
    from_version: &str,
    from: Option<&VersionDigest>,
    to: &Catalog,
    answered: impl IntoIterator<Item = &'a str>,
) -> UpgradeReport {
    let answered: BTreeSet<&str> = answered.into_iter().collect();
    let mut report = UpgradeReport {
        catalog_id: to.id.clone(),
        from_version: from_version.to_string(),
        to_version: to.version.clone(),
        from_known: from.is_some(),
        ..UpgradeReport::default()
    };
    for id in &answered {
        match to.item(id) {
            Some(item) if item.retired => report.retired.push((*id).to_string()),
            Some(_) => report.carried.push((*id).to_string()),
            None => report.dropped.push((*id).to_string()),
        }
    }
    if let Some(old) = from {
        for item in to.active_items() {
            match old.weights.get(&item.id) {
                Some(&w) if old.asks(&item.id) && w != item.weight => {
                    report.weights.push(WeightChange {
                        id: item.id.clone(),
                        from: w,
                        to: item.weight,
                        answered: answered.contains(item.id.as_str()),
                    });
                }
                _ if !old.asks(&item.id) && !answered.contains(item.id.as_str()) => {
                    report.added.push(item.id.clone());
                }
                _ => {}
            }
        }
        report.weights.sort_by(|a, b| a.id.cmp(&b.id));
        report.added.sort();
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::{SourceFile, parse_catalog};

    const HEADER: &str = r#"
id = "demo"
version = "2"
code = "X/1"
published = 2020-01-01
effective = 2020-02-01
title = { "zh-CN" = "示例", "en-US" = "Example" }
[[clauses]]
number = "4"
title = { "zh-CN" = "章", "en-US" = "Chapter" }
"#;

    fn item(id: &str, weight: u8, retired: bool) -> String {
        format!(
            "[[items]]\nid = \"{id}\"\nclause = \"4\"\nprocess = \"system\"\nweight = {weight}\n\
             fix_phase = \"planning\"\ndepartments = [\"ip-office\"]\nretired = {retired}\n\
             question = {{ \"zh-CN\" = \"问{id}\", \"en-US\" = \"Q{id}\" }}\n\
             guidance = {{ \"zh-CN\" = \"引\", \"en-US\" = \"G\" }}\n\
             action = {{ \"zh-CN\" = \"做\", \"en-US\" = \"A\" }}\n"
        )
    }

    fn catalog(items: &[(&str, u8, bool)]) -> Catalog {
        let text: String = items.iter().map(|(i, w, r)| item(i, *w, *r)).collect();
        let head = SourceFile {
            name: "h",
            text: HEADER,
        };
        parse_catalog(
            head,
            &[SourceFile {
                name: "p",
                text: &text,
            }],
        )
        .unwrap()
    }

    #[test]
    fn carries_answers_by_id_and_names_every_change() {
        let mut old = VersionDigest::of(&catalog(&[
            ("a", 2, false),
            ("b", 1, false),
            ("c", 2, false),
            ("d", 2, false),
            ("e", 1, true),
        ]));
        old.version = "1".into();
        let new = catalog(&[
            ("a", 3, false), // weight up, answered
            ("b", 1, true),  // retired, answered
            ("d", 1, false), // weight down, unanswered
            ("e", 2, false), // asked again
            ("f", 2, false), // new
        ]);
        let r = upgrade_report("1", Some(&old), &new, ["a", "b", "c"]);
        assert_eq!((r.from_version.as_str(), r.to_version.as_str()), ("1", "2"));
        assert_eq!(r.carried, ["a"]);
        assert_eq!(r.retired, ["b"]);
        assert_eq!(r.dropped, ["c"]);
        let w: Vec<_> = r
            .weights
            .iter()
            .map(|w| (w.id.as_str(), w.from, w.to, w.answered))
            .collect();
        assert_eq!(w, [("a", 2, 3, true), ("d", 2, 1, false)]);
        assert_eq!(r.added, ["e", "f"]);
        assert!(r.from_known && !r.is_same_version());
    }

    #[test]
    fn without_the_earlier_digest_only_the_answers_are_sorted_out() {
        let new = catalog(&[("a", 3, false), ("b", 1, true)]);
        let r = upgrade_report("0.9", None, &new, ["b", "a", "z"]);
        assert!(!r.from_known);
        assert_eq!(
            (r.carried, r.retired, r.dropped),
            (
                vec!["a".to_string()],
                vec!["b".to_string()],
                vec!["z".to_string()]
            )
        );
        assert!(r.weights.is_empty() && r.added.is_empty());
    }

    #[test]
    fn history_files_parse() {
        let h = History::parse(
            "catalog = \"demo\"\n[[versions]]\nversion = \"1\"\nretired = [\"b\"]\n[versions.weights]\n\"a\" = 2\n\"b\" = 1\n",
        )
        .unwrap();
        let v = h.version("1").unwrap();
        assert!(v.asks("a") && !v.asks("b") && !v.asks("c"));
        assert!(History::parse("catalog = \"x\"\nversions = 3\n").is_err());
    }
}
