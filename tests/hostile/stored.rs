//! Case 5: stored values this version does not know are reported on load — table, record,
//! item and field — never turned into defaults.

use crate::common::Folder;
use ipms_readiness::i18n::error_text;
use ipms_readiness::locale::Locale;
use ipms_readiness::store::StoreError;

/// Opens the folder's database directly and runs `sql`.
fn poke(f: &Folder, sql: &str) {
    let conn = rusqlite::Connection::open(f.db()).unwrap();
    conn.execute_batch(sql).unwrap();
}

fn bad(err: StoreError) -> (String, i64, Option<String>, String, String) {
    match err {
        StoreError::BadStored {
            table,
            id,
            item,
            field,
            value,
        } => (table, id, item, field, value),
        other => panic!("expected BadStored, got {other:?}"),
    }
}

#[test]
fn an_unknown_verdict_is_reported_not_shown_as_unanswered() {
    let f = Folder::new();
    let (id, item) = f.with_answer();
    poke(&f, "UPDATE answers SET verdict = 'Major'");
    let store = f.open();
    let err = store.load(id).unwrap_err();
    let zh = error_text(Locale::ZhCn, &err);
    assert_eq!(
        bad(err),
        (
            "answers".into(),
            id,
            Some(item.clone()),
            "verdict".into(),
            "Major".into()
        )
    );
    assert!(
        zh.contains("Major") && zh.contains(&item) && zh.contains("无法识别"),
        "{zh}"
    );
    assert!(matches!(
        store.export_json(id),
        Err(StoreError::BadStored { .. })
    ));
    let target = f.data.join("x.json");
    let out = f.cli(
        "en-US",
        &["export", &id.to_string(), "--out", target.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(crate::common::stderr(&out).contains("\"Major\""));
}

#[test]
fn an_unknown_method_and_an_unreadable_profile_are_reported() {
    let f = Folder::new();
    let (id, _) = f.with_answer();
    poke(&f, "UPDATE answers SET method = 'telepathy'");
    let (_, _, _, field, value) = bad(f.open().load(id).unwrap_err());
    assert_eq!((field.as_str(), value.as_str()), ("method", "telepathy"));
    poke(
        &f,
        "UPDATE answers SET method = NULL; UPDATE snapshots SET profile = '{\"name\": 5'",
    );
    let (table, _, item, field, _) = bad(f.open().load(id).unwrap_err());
    assert_eq!(
        (table.as_str(), item, field.as_str()),
        ("snapshots", None, "profile")
    );
    assert!(matches!(
        f.open().list_organizations(),
        Err(StoreError::BadStored { .. })
    ));
}

#[test]
fn an_empty_free_action_and_an_unknown_status_are_reported() {
    let f = Folder::new();
    let (id, _) = f.with_answer();
    poke(
        &f,
        &format!("INSERT INTO free_actions VALUES ({id}, 'a1', 1, '{{}}', '2026-01-01T00:00:00Z')"),
    );
    let (table, _, item, field, value) = bad(f.open().load(id).unwrap_err());
    assert_eq!(
        (
            table.as_str(),
            item.as_deref(),
            field.as_str(),
            value.as_str()
        ),
        ("free_actions", Some("a1"), "data", "{}")
    );
    poke(
        &f,
        "DELETE FROM free_actions; UPDATE assessments SET status = 'archived'",
    );
    let (_, _, _, field, value) = bad(f.open().assessment(id).unwrap_err());
    assert_eq!((field.as_str(), value.as_str()), ("status", "archived"));
}

#[test]
fn an_unreadable_time_names_its_field_in_chinese_without_debug_text() {
    let f = Folder::new();
    let (id, _) = f.with_answer();
    poke(&f, "UPDATE assessments SET created_at = 'yesterday'");
    let err = f.open().assessment(id).unwrap_err();
    let zh = error_text(Locale::ZhCn, &err);
    assert!(
        zh.contains("created_at") && zh.contains("yesterday"),
        "{zh}"
    );
    assert!(!zh.contains("Conversion error"), "{zh}");
}
