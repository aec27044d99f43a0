#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Every earlier version of a built-in catalogue is remembered, so a diagnosis made with it can
//! be moved to the current version with a full report, and no answer is lost on the way.

use ipms_readiness::catalogs::{builtin, history};
use ipms_readiness::model::catalog::upgrade::{VersionDigest, upgrade_report};

#[test]
fn every_earlier_version_has_a_digest() {
    let set = builtin().unwrap();
    for cat in [&set.gbt2023, &set.gbt2013] {
        let h = history(&cat.id).unwrap_or_else(|| panic!("{}: no history", cat.id));
        let known: Vec<&str> = h.versions.iter().map(|v| v.version.as_str()).collect();
        assert_eq!(known, cat.earlier_versions, "{}", cat.id);
    }
    assert!(history("acme-1").is_none());
}

#[test]
fn digests_record_what_those_versions_held() {
    let h = history("gbt29490-2023").unwrap();
    let v1 = h.version("2023.1").unwrap();
    assert_eq!(v1.weights.len(), 179);
    assert_eq!(v1.weights["23-7.5-2"], 2);
    assert!(v1.retired.is_empty());
    let v2 = h.version("2023.2").unwrap();
    assert_eq!(v2.weights["23-7.5-2"], 3);
    assert!(v2.retired.contains("23-5.1.3-2") && v2.retired.contains("23-7.4-3"));
    assert_eq!(
        history("gbt29490-2013")
            .unwrap()
            .version("2013.2")
            .unwrap()
            .weights
            .len(),
        109
    );
}

#[test]
fn moving_any_earlier_version_loses_no_answer() {
    let set = builtin().unwrap();
    for cat in [&set.gbt2023, &set.gbt2013] {
        for old in &history(&cat.id).unwrap().versions {
            let answered: Vec<&str> = old.weights.keys().map(String::as_str).collect();
            let r = upgrade_report(&old.version, Some(old), cat, answered.iter().copied());
            let mut back: Vec<&str> = r
                .carried
                .iter()
                .chain(&r.retired)
                .chain(&r.dropped)
                .map(String::as_str)
                .collect();
            back.sort_unstable();
            let mut all = answered.clone();
            all.sort_unstable();
            assert_eq!(back, all, "{} {}", cat.id, old.version);
            assert!(
                r.dropped.is_empty(),
                "{}: ids vanished {:?}",
                old.version,
                r.dropped
            );
        }
    }
}

#[test]
fn the_2013_sub_point_items_are_new_since_2013_2() {
    let set = builtin().unwrap();
    let old = history("gbt29490-2013").unwrap().version("2013.2").unwrap();
    let r = upgrade_report("2013.2", Some(old), &set.gbt2013, std::iter::empty());
    assert_eq!(r.added.len(), 27, "{:?}", r.added);
    assert!(r.added.iter().any(|i| i == "13-7.2-4"));
    let same = VersionDigest::of(&set.gbt2013);
    let none = upgrade_report(&same.version, Some(&same), &set.gbt2013, ["13-7.1-1"]);
    assert!(none.is_same_version() && none.added.is_empty() && none.weights.is_empty());
}
