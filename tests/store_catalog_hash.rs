#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The catalogue's content hash travels with an exported diagnosis: the export writes it, an
//! import compares it with the catalogue loaded here and says so, translated, when the
//! content differs — keeping every answer.

use ipms_readiness::i18n::{Arg, tr_args};
use ipms_readiness::locale::Locale;
use ipms_readiness::store::{Store, content_hash};
use serde_json::{Value, json};

fn demo_store() -> (tempfile::TempDir, Store, i64) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("哈希 测试").join("ipms.sqlite3")).unwrap();
    let id = ipms_readiness::demo::create(&store).unwrap();
    (dir, store, id)
}

#[test]
fn the_export_carries_the_catalogue_content_hash() {
    let (_dir, store, id) = demo_store();
    let v: Value = serde_json::from_str(&store.export_json(id).unwrap()).unwrap();
    let catalog = store.catalog("gbt29490-2023").unwrap();
    assert_eq!(v["catalog"]["content_hash"], json!(content_hash(catalog)));
    // The same file imports without a word about the catalogue.
    let copy = store
        .import_bytes(&serde_json::to_vec(&v).unwrap())
        .unwrap();
    assert!(store.catalog_drift(copy).unwrap().is_clean());
}

#[test]
fn an_import_made_with_other_catalogue_content_says_so_and_keeps_every_answer() {
    let (_dir, store, id) = demo_store();
    let mut v: Value = serde_json::from_str(&store.export_json(id).unwrap()).unwrap();
    let other = "0".repeat(64);
    v["catalog"]["content_hash"] = json!(other);
    let copy = store
        .import_bytes(&serde_json::to_vec(&v).unwrap())
        .unwrap();
    assert_eq!(
        store.load(copy).unwrap().answers,
        store.load(id).unwrap().answers,
        "nothing dropped"
    );
    let drift = store.catalog_drift(copy).unwrap();
    assert!(drift.content_changed(), "{drift:?}");
    assert_eq!(drift.stored_hash.as_deref(), Some(other.as_str()));
    for l in [Locale::ZhCn, Locale::EnUs] {
        let said = drift.describe(l);
        let expected = tr_args(
            l,
            "store-drift-content",
            &[
                ("catalog", Arg::from("gbt29490-2023")),
                ("version", Arg::from(drift.loaded_version.clone())),
            ],
        );
        assert_eq!(said, vec![expected], "{l:?}");
    }
    // A hash that is not one is refused like any other bad value.
    v["catalog"]["content_hash"] = json!("not a hash");
    assert!(
        store
            .import_bytes(&serde_json::to_vec(&v).unwrap())
            .is_err()
    );
}

#[test]
fn an_older_file_without_a_hash_still_imports() {
    let (_dir, store, id) = demo_store();
    let mut v: Value = serde_json::from_str(&store.export_json(id).unwrap()).unwrap();
    v["catalog"].as_object_mut().unwrap().remove("content_hash");
    let copy = store
        .import_bytes(&serde_json::to_vec(&v).unwrap())
        .unwrap();
    assert!(store.catalog_drift(copy).unwrap().is_clean());
}
