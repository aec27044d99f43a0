//! Case 4: a user catalogue changes under an assessment — answers to items that no longer
//! exist are kept, listed, exported and left out of the score; versions are compared.

use crate::catalogs::catalogue;
use crate::common::{Folder, stderr, stdout};
use ipms_readiness::i18n::error_text;
use ipms_readiness::locale::Locale;
use ipms_readiness::model::assessment::{Answer, Verdict};
use ipms_readiness::store::{ImportErrorKind, NewAssessment, StoreError, content_hash};

fn user_catalogue(f: &Folder, version: &str, rename: bool) {
    let dir = f.paths().user_catalogs();
    std::fs::create_dir_all(&dir).unwrap();
    let mut text =
        catalogue("mine", 3).replace("version = \"1\"", &format!("version = \"{version}\""));
    if rename {
        text = text.replace("id = \"u-1\"", "id = \"u-1-renamed\"");
    }
    std::fs::write(dir.join("mine.toml"), text).unwrap();
}

fn answered(f: &Folder) -> i64 {
    user_catalogue(f, "1", false);
    let store = f.open();
    let id = store
        .create_assessment(&NewAssessment {
            organization: "杭州改题库有限公司".into(),
            catalog_id: Some("mine".into()),
            ..NewAssessment::default()
        })
        .unwrap();
    let mut a = Answer::with_verdict(Verdict::Major);
    a.note = "制度缺失".into();
    store.save_answer(id, "u-1", &a).unwrap();
    store
        .save_answer(id, "u-2", &Answer::with_verdict(Verdict::Conform))
        .unwrap();
    id
}

#[test]
fn answers_to_removed_items_are_kept_listed_and_exported() {
    let f = Folder::new();
    let id = answered(&f);
    user_catalogue(&f, "2", true);
    let store = f.open();
    let record = store.load(id).unwrap();
    assert_eq!(record.answers["u-1"].note, "制度缺失");
    let drift = store.catalog_drift(id).unwrap();
    assert_eq!(drift.orphaned, vec!["u-1".to_string()]);
    assert!(drift.version_changed());
    assert_eq!(
        (drift.stored_version.as_str(), drift.loaded_version.as_str()),
        ("1", "2")
    );

    let json: serde_json::Value = serde_json::from_str(&store.export_json(id).unwrap()).unwrap();
    let kept = json["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["item"] == "u-1")
        .expect("the answer to the removed item is exported");
    assert_eq!(kept["orphaned"], true);
    assert_eq!(kept["note"], "制度缺失");

    let out = f.cli("zh-CN", &["score", &id.to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("u-1") && err.contains("不计分") && err.contains("版本 2"),
        "{err}"
    );
    let out = f.cli("en-US", &["score", &id.to_string(), "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["ignored_answers"], serde_json::json!(["u-1"]));
}

#[test]
fn an_export_with_kept_answers_imports_into_the_same_catalogue() {
    let f = Folder::new();
    let id = answered(&f);
    user_catalogue(&f, "1", true);
    let store = f.open();
    let json = store.export_json(id).unwrap();
    let copy = store.import_bytes(json.as_bytes()).unwrap();
    assert_eq!(store.load(copy).unwrap().answers["u-1"].note, "制度缺失");
}

#[test]
fn a_made_up_catalogue_version_is_refused() {
    let f = Folder::new();
    let (id, _) = f.with_answer();
    let store = f.open();
    let current = &ipms_readiness::catalogs::builtin().unwrap().gbt2023.version;
    let json = store.export_json(id).unwrap().replace(
        &format!("\"version\": \"{current}\""),
        "\"version\": \"2099.9\"",
    );
    let err = store.import_bytes(json.as_bytes()).unwrap_err();
    let zh = error_text(Locale::ZhCn, &err);
    match err {
        StoreError::Import(e) => {
            assert_eq!(e.place, "catalog.version");
            assert!(matches!(e.kind, ImportErrorKind::CatalogVersion { .. }));
        }
        other => panic!("{other:?}"),
    }
    assert!(
        zh.contains("2099.9") && zh.contains(current.as_str()),
        "{zh}"
    );
}

#[test]
fn a_changed_catalogue_under_the_same_version_is_noticed() {
    let f = Folder::new();
    let id = answered(&f);
    let store = f.open();
    let made_with = store.load(id).unwrap().meta.catalog_hash;
    assert_eq!(
        made_with.as_deref(),
        Some(content_hash(store.catalog("mine").unwrap()).as_str())
    );
    assert!(store.catalog_drift(id).unwrap().is_clean());
    drop(store);
    // Same id and version, one question reworded: the content hash tells them apart.
    let dir = f.paths().user_catalogs();
    let path = dir.join("mine.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let changed = text.replace("问题1\"", "问题1（已改）\"");
    assert_ne!(text, changed);
    std::fs::write(&path, changed).unwrap();
    let store = f.open();
    let drift = store.catalog_drift(id).unwrap();
    assert!(!drift.version_changed());
    assert!(drift.content_changed(), "{drift:?}");
    assert!(!drift.is_clean());
    let zh = drift.describe(Locale::ZhCn).join("\n");
    assert!(zh.contains("mine") && zh.contains("内容"), "{zh}");
    let en = drift.describe(Locale::EnUs).join("\n");
    assert!(en.contains("content"), "{en}");
    let out = f.cli("zh-CN", &["score", &id.to_string()]);
    assert!(stderr(&out).contains("内容"), "{}", stderr(&out));
}

#[test]
fn migration_3_fills_the_hash_where_the_built_in_catalogue_matches() {
    let f = Folder::new();
    let (same, _) = f.with_answer();
    let store = f.open();
    let older = store
        .create_assessment(&NewAssessment {
            organization: "旧版题库有限公司".into(),
            ..NewAssessment::default()
        })
        .unwrap();
    let builtin = content_hash(store.catalog("gbt29490-2023").unwrap());
    drop(store);
    // Back to a version-2 file: no hash column; one assessment made with an older version.
    let conn = rusqlite::Connection::open(f.db()).unwrap();
    conn.execute_batch(&format!(
        "UPDATE assessments SET catalog_version = '2023.1' WHERE id = {older};
         ALTER TABLE assessments DROP COLUMN catalog_hash;
         ALTER TABLE answers DROP COLUMN unit;
         PRAGMA user_version = 2;"
    ))
    .unwrap();
    drop(conn);
    let store = f.open();
    assert_eq!(
        store.schema_version().unwrap(),
        ipms_readiness::store::migrate::SCHEMA_VERSION
    );
    assert_eq!(
        store.load(same).unwrap().meta.catalog_hash.as_deref(),
        Some(builtin.as_str())
    );
    // Another version: what it held is unknown, so nothing is claimed.
    assert_eq!(store.load(older).unwrap().meta.catalog_hash, None);
    assert!(!store.catalog_drift(older).unwrap().content_changed());
}
