#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Exchange files: JSON export → import → export is lossless; CSV carries a BOM; XLSX has the
//! findings and plan sheets; every kind of bad file is refused with what and where, and the
//! database does not change.

use ipms_readiness::i18n::error_text;
use ipms_readiness::locale::Locale;
use ipms_readiness::store::exchange::{
    AssessmentFile, ExportFormat, FORMAT, MAX_DEPTH, MAX_FILE_BYTES, MAX_STRING, TableKind,
};
use ipms_readiness::store::{ImportError, ImportErrorKind, Store, StoreError};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

fn demo_store() -> (tempfile::TempDir, PathBuf, Store, i64) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("交换 测试").join("ipms.sqlite3");
    let store = Store::open(&db).unwrap();
    let id = ipms_readiness::demo::create(&store).unwrap();
    (dir, db, store, id)
}

/// Export JSON with the values that legitimately differ between exports removed.
fn comparable(store: &Store, id: i64) -> Value {
    let mut v: Value = serde_json::from_str(&store.export_json(id).unwrap()).unwrap();
    v.as_object_mut().unwrap().remove("exported_at");
    v["assessment"]
        .as_object_mut()
        .unwrap()
        .remove("updated_at");
    v
}

#[test]
fn export_import_export_gives_the_same_content() {
    let (_dir, _db, store, id) = demo_store();
    let first = comparable(&store, id);
    assert_eq!(first["format"], FORMAT);
    assert_eq!(first["format_version"], 1);
    let catalog = store.catalog("gbt29490-2023").unwrap();
    assert_eq!(
        first["answers"].as_array().unwrap().len(),
        catalog.items.len(),
        "every item of the catalogue is listed"
    );
    assert!(
        first["answers"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["verdict"] == "unanswered")
    );
    for key in ["name", "industry", "employees", "revenue_wan", "assets_wan"] {
        assert!(
            first["organization"].get(key).is_some(),
            "organization.{key}"
        );
    }
    for key in [
        "operation_started_on",
        "internal_audit_on",
        "management_review_on",
        "ip_penalty_in_window",
        "trained_auditors",
    ] {
        assert!(
            first["assessment"]["facts"].get(key).is_some(),
            "facts.{key}"
        );
    }
    let text = store.export_json(id).unwrap();
    let copy = store.import_bytes(text.as_bytes()).unwrap();
    assert_ne!(copy, id);
    assert_eq!(comparable(&store, copy), first);
    // Into another database too (a consultant's laptop).
    let dir2 = tempfile::tempdir().unwrap();
    let other = Store::open(&dir2.path().join("ipms.sqlite3")).unwrap();
    let there = other.import_bytes(text.as_bytes()).unwrap();
    assert_eq!(comparable(&other, there), first);
    let a = store.load(id).unwrap();
    let b = other.load(there).unwrap();
    assert_eq!(a.answers, b.answers);
    assert_eq!(a.profile, b.profile);
    assert_eq!(a.facts, b.facts);
    assert_eq!(a.overrides, b.overrides);
    assert_eq!(a.free_actions, b.free_actions);
    assert_eq!(a.meta.created_at, b.meta.created_at);
}

#[test]
fn the_version_1_fixture_file_imports_forever() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("ipms.sqlite3")).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/assessment-v1.json");
    let id = store.import_file(&fixture).unwrap();
    let r = store.load(id).unwrap();
    assert_eq!(r.organization.name, "深圳市青禾精密电子有限公司");
    assert!(r.answers.len() > 40);
    assert!(!r.meta.conclusion.is_empty());
    let file: AssessmentFile = serde_json::from_slice(&std::fs::read(&fixture).unwrap()).unwrap();
    assert_eq!(
        file.history.len(),
        store.answer_history(id, None).unwrap().len()
    );
}

#[test]
fn csv_and_xlsx_exports_open_in_excel() {
    let (dir, _db, store, id) = demo_store();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let out = dir.path().join("导出 文件");
    std::fs::create_dir_all(&out).unwrap();
    let csv = out.join("诊断发现.csv");
    store
        .export_to(
            id,
            &csv,
            ExportFormat::Csv,
            TableKind::Findings,
            Locale::ZhCn,
            as_of,
        )
        .unwrap();
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(
        text.starts_with("序号,条款,条目编号,审核内容,判定"),
        "{text:.80}"
    );
    assert!(text.contains("没有知识产权方针。"));
    assert!(text.contains("× 严重不符合"));
    let rows = csv::Reader::from_reader(&bytes[3..]).records().count();
    let items = store
        .catalog("gbt29490-2023")
        .unwrap()
        .active_items()
        .count();
    assert_eq!(rows, items);

    let plan = out.join("plan.csv");
    store
        .export_to(
            id,
            &plan,
            ExportFormat::Csv,
            TableKind::Plan,
            Locale::EnUs,
            as_of,
        )
        .unwrap();
    let text = String::from_utf8(std::fs::read(&plan).unwrap()[3..].to_vec()).unwrap();
    assert!(text.starts_with("No.,Action,Clause"), "{text:.80}");
    assert!(text.contains("demo-training"));

    let xlsx = out.join("诊断.xlsx");
    store
        .export_to(
            id,
            &xlsx,
            ExportFormat::Xlsx,
            TableKind::Findings,
            Locale::ZhCn,
            as_of,
        )
        .unwrap();
    let bytes = std::fs::read(&xlsx).unwrap();
    assert!(bytes.starts_with(b"PK"), "an XLSX file is a zip archive");
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("xl/worksheets/sheet1.xml") && text.contains("xl/worksheets/sheet2.xml"));
}

/// Imports `bytes` and checks it fails with `kind` at `place`, leaving the database unchanged.
fn refused(store: &Store, db: &Path, bytes: &[u8], place: &str, kind: &ImportErrorKind) {
    let watcher = rusqlite::Connection::open(db).unwrap();
    let version = |c: &rusqlite::Connection| -> i64 {
        c.pragma_query_value(None, "data_version", |r| r.get(0))
            .unwrap()
    };
    // (Listing fills the summary cache; do it before taking the version.)
    let orgs = store.list_organizations().unwrap();
    let before = version(&watcher);
    let err = store.import_bytes(bytes).unwrap_err();
    match &err {
        StoreError::Import(ImportError { place: p, kind: k }) => {
            assert!(p.starts_with(place), "place {p}, expected {place}");
            assert_eq!(
                std::mem::discriminant(k),
                std::mem::discriminant(kind),
                "{k:?}"
            );
        }
        other => panic!("expected an import error, got {other:?}"),
    }
    assert!(err.is_invalid_input());
    for l in Locale::ALL {
        let text = error_text(l, &err);
        assert!(text.contains(place), "{l}: {text}");
    }
    assert_eq!(version(&watcher), before, "the database changed");
    assert_eq!(store.list_organizations().unwrap(), orgs);
}

fn edited(store: &Store, id: i64, edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v: Value = serde_json::from_str(&store.export_json(id).unwrap()).unwrap();
    edit(&mut v);
    serde_json::to_vec(&v).unwrap()
}

#[test]
fn bad_files_are_refused_with_what_and_where() {
    use ImportErrorKind as K;
    let (_dir, db, store, id) = demo_store();
    let good = store.export_json(id).unwrap().into_bytes();
    let m = || K::Malformed(String::new());
    refused(&store, &db, b"PK\x03\x04 not json", "1:1", &m());
    refused(&store, &db, &good[..good.len() / 2], "", &m());
    refused(&store, &db, b"[1, 2, 3]", "$", &m());
    let e = |f: &dyn Fn(&mut Value)| edited(&store, id, f);
    refused(
        &store,
        &db,
        &e(&|v| v["format"] = json!("other/app")),
        "format",
        &K::WrongFormat(String::new()),
    );
    refused(
        &store,
        &db,
        &e(&|v| v["format_version"] = json!(2)),
        "format_version",
        &K::WrongVersion {
            found: 2,
            supported: 1,
        },
    );
    refused(
        &store,
        &db,
        &e(&|v| v["catalog"]["id"] = json!("gbt-9999")),
        "catalog.id",
        &K::UnknownCatalog(String::new()),
    );
    refused(
        &store,
        &db,
        &e(&|v| v["answers"][3]["item"] = json!("23-99.9-1")),
        "answers[3].item",
        &K::UnknownItem(String::new()),
    );
    refused(
        &store,
        &db,
        &e(&|v| v["answers"][5]["verdict"] = json!("excellent")),
        "answers[5].verdict",
        &K::UnknownVerdict(String::new()),
    );
    refused(
        &store,
        &db,
        &e(&|v| v["answers"][7]["item"] = v["answers"][6]["item"].clone()),
        "answers[7].item",
        &K::DuplicateItem(String::new()),
    );
    refused(
        &store,
        &db,
        &e(&|v| {
            v["answers"][2]["verdict"] = json!("na");
            v["answers"][2]["na_reason"] = json!("");
        }),
        "answers[2].na_reason",
        &K::NaReasonMissing,
    );
    refused(
        &store,
        &db,
        &e(&|v| v["organization"]["employees"] = json!(-3)),
        "organization.employees",
        &K::Profile {
            id: "",
            args: Vec::new(),
        },
    );
    refused(
        &store,
        &db,
        &e(&|v| v["answers"] = json!({})),
        "answers",
        &m(),
    );
    refused(
        &store,
        &db,
        &e(&|v| v["answers"][1]["method"] = json!("telepathy")),
        "answers[1].method",
        &m(),
    );
    refused(&store, &db, &e(&|v| v["surprise"] = json!(1)), "", &m());
    refused(
        &store,
        &db,
        &e(&|v| v["answers"][4]["note"] = json!("长".repeat(MAX_STRING + 1))),
        "answers[4].note",
        &K::TooLong { limit: 0 },
    );
    let deep = format!(
        "{{\"format\": \"{FORMAT}\", \"x\": {}{}}}",
        "[".repeat(MAX_DEPTH + 5),
        "]".repeat(MAX_DEPTH + 5)
    );
    refused(&store, &db, deep.as_bytes(), "1:", &K::TooDeep { limit: 0 });
    let mut huge = good.clone();
    huge.resize(usize::try_from(MAX_FILE_BYTES).unwrap() + 1, b' ');
    refused(&store, &db, &huge, "$", &K::TooLarge { size: 0, limit: 0 });
    // The untouched file still imports.
    assert!(store.import_bytes(&good).is_ok());
}

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let (dir, _db, store, _id) = demo_store();
    let path = dir.path().join("huge.json");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(MAX_FILE_BYTES + 1).unwrap();
    let err = store.import_file(&path).unwrap_err();
    assert!(matches!(
        err,
        StoreError::Import(ImportError {
            kind: ImportErrorKind::TooLarge { .. },
            ..
        })
    ));
    // Just over the limit: the sizes shown differ ("50.0 MB; the limit is 50.0 MB" did not).
    let zh = error_text(Locale::ZhCn, &err);
    assert!(
        zh.contains("50.000001 MB") && zh.contains("50.000000 MB"),
        "{zh}"
    );
}
