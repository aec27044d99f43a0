#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::field_reassign_with_default,
    clippy::default_trait_access,
    clippy::case_sensitive_file_extension_comparisons,
    clippy::float_cmp
)] // test code
//! Safety: one running copy per database; damaged, foreign or newer files are never modified;
//! backups rotate, verify and restore.

use ipms_readiness::error::Localize;
use ipms_readiness::i18n::error_text;
use ipms_readiness::locale::Locale;
use ipms_readiness::model::assessment::{Answer, Verdict};
use ipms_readiness::store::backup::{self, BackupReason};
use ipms_readiness::store::{NewAssessment, OpenOptions, Store, StoreError, quick_check_file};
use std::path::{Path, PathBuf};

fn temp() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("数据 目录").join("ipms.sqlite3");
    (dir, db)
}

fn with_answer(db: &Path) -> (i64, String) {
    let store = Store::open(db).unwrap();
    let id = store
        .create_assessment(&NewAssessment {
            organization: "深圳市安全测试有限公司".into(),
            ..NewAssessment::default()
        })
        .unwrap();
    let item = store
        .catalog("gbt29490-2023")
        .unwrap()
        .active_items()
        .next()
        .unwrap()
        .id
        .clone();
    store
        .save_answer(id, &item, &Answer::with_verdict(Verdict::Minor))
        .unwrap();
    (id, item)
}

/// Every file in the database folder with its bytes (backups aside).
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

fn translated(err: &StoreError) {
    for l in Locale::ALL {
        let text = error_text(l, err);
        assert_ne!(text, err.message_id(), "{l}: {text}");
    }
}

#[test]
fn a_second_copy_is_told_the_database_is_in_use() {
    let (_dir, db) = temp();
    let first = Store::open(&db).unwrap();
    let err = Store::open(&db).unwrap_err();
    assert!(matches!(err, StoreError::InUse { .. }), "{err:?}");
    translated(&err);
    assert!(error_text(Locale::ZhCn, &err).contains("另一个"));
    drop(first);
    assert!(Store::open(&db).is_ok());
}

#[test]
fn a_foreign_file_is_refused_and_left_alone() {
    let (_dir, db) = temp();
    std::fs::create_dir_all(db.parent().unwrap()).unwrap();
    std::fs::write(
        &db,
        "这不是数据库 / not a database, just some text\n".repeat(100),
    )
    .unwrap();
    let before = snapshot(db.parent().unwrap());
    let err = Store::open(&db).unwrap_err();
    assert!(matches!(err, StoreError::NotADatabase { .. }), "{err:?}");
    assert!(err.needs_recovery());
    translated(&err);
    let after: Vec<_> = snapshot(db.parent().unwrap())
        .into_iter()
        .filter(|(n, _)| !n.ends_with(".lock"))
        .collect();
    assert_eq!(before, after);
}

#[test]
fn a_newer_database_is_refused_and_left_alone() {
    let (_dir, db) = temp();
    with_answer(&db);
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = snapshot(db.parent().unwrap());
    let err = Store::open(&db).unwrap_err();
    assert!(
        matches!(err, StoreError::NewerVersion { found: 99, .. }),
        "{err:?}"
    );
    translated(&err);
    assert_eq!(before, snapshot(db.parent().unwrap()));
}

fn damage(db: &Path) -> Vec<u8> {
    let mut bytes = std::fs::read(db).unwrap();
    let page = 4096;
    let n = bytes.len() / page;
    assert!(n >= 4, "{n} pages");
    for b in &mut bytes[(n - 2) * page..(n - 1) * page] {
        *b ^= 0xA5;
    }
    std::fs::write(db, &bytes).unwrap();
    bytes
}

#[test]
fn damage_is_reported_by_quick_check_and_blocks_backups() {
    let (_dir, db) = temp();
    with_answer(&db);
    let damaged = damage(&db);
    assert!(matches!(
        quick_check_file(&db),
        Err(StoreError::Corrupt { .. })
    ));
    // A current-version WAL database opens (the check runs off the UI thread) …
    match Store::open(&db) {
        Ok(store) => {
            assert!(matches!(
                store.quick_check(),
                Err(StoreError::Corrupt { .. })
            ));
            // … but a damaged database is never copied into the backups.
            assert!(matches!(
                store.backup_now(BackupReason::Manual),
                Err(StoreError::Corrupt { .. })
            ));
            assert!(store.backups().is_empty());
        }
        Err(e) => assert!(e.needs_recovery(), "{e:?}"),
    }
    assert_eq!(std::fs::read(&db).unwrap(), damaged);
}

#[test]
fn a_damaged_database_can_be_set_aside_or_replaced_by_a_backup() {
    let (_dir, db) = temp();
    let (id, item) = with_answer(&db);
    let good = {
        let store = Store::open(&db).unwrap();
        store.backup_now(BackupReason::Manual).unwrap()
    };
    let damaged = damage(&db);
    let aside = backup::restore_file(&db, &good.path).unwrap().unwrap();
    assert_eq!(
        std::fs::read(&aside).unwrap(),
        damaged,
        "the damaged file is kept as it was"
    );
    let store = Store::open(&db).unwrap();
    store.quick_check().unwrap();
    assert_eq!(
        store.load(id).unwrap().answers[&item].verdict,
        Verdict::Minor
    );
    drop(store);
    // Starting over: the file is moved aside and a new database is created.
    let aside = backup::set_aside(&db).unwrap();
    assert!(aside.is_file());
    let store = Store::open(&db).unwrap();
    assert!(store.list_organizations().unwrap().is_empty());
}

#[test]
fn restore_needs_the_lock_and_a_sound_backup() {
    let (_dir, db) = temp();
    with_answer(&db);
    let store = Store::open(&db).unwrap();
    let good = store.backup_now(BackupReason::Manual).unwrap();
    assert!(matches!(
        backup::restore_file(&db, &good.path),
        Err(StoreError::InUse { .. })
    ));
    drop(store);
    let junk = db.with_file_name("junk.sqlite3");
    std::fs::write(&junk, b"SQLite format 3\0 but then garbage").unwrap();
    assert!(backup::restore_file(&db, &junk).is_err());
    Store::open(&db).unwrap().quick_check().unwrap();
}

#[test]
fn daily_backups_happen_once_a_day_and_rotate() {
    let (dir, db) = temp();
    with_answer(&db);
    let backups = dir.path().join("备份");
    let store = Store::open_with(
        &db,
        &OpenOptions {
            backup_dir: Some(backups.clone()),
            keep_backups: 3,
            ..OpenOptions::default()
        },
    )
    .unwrap();
    let first = store.backup_if_due().unwrap();
    assert!(first.is_some_and(|b| b.reason == BackupReason::Daily && b.size > 0));
    assert!(store.backup_if_due().unwrap().is_none());
    for _ in 0..5 {
        store.backup_now(BackupReason::Manual).unwrap();
    }
    // The daily backup is kept whatever else is written; the others rotate among themselves.
    let list = store.backups();
    assert_eq!(list.len(), 4);
    let daily = list
        .iter()
        .filter(|b| b.reason == BackupReason::Daily)
        .count();
    assert_eq!(daily, 1);
    assert!(list.windows(2).all(|w| w[0].name > w[1].name));
    for b in &list {
        backup::verify(&b.path).unwrap();
    }
}

#[test]
fn restoring_a_backup_brings_back_the_answers_of_that_moment() {
    let (_dir, db) = temp();
    let (id, item) = with_answer(&db);
    let mut store = Store::open(&db).unwrap();
    let saved = store.backup_now(BackupReason::Manual).unwrap();
    store
        .save_answer(id, &item, &Answer::with_verdict(Verdict::Conform))
        .unwrap();
    assert!(matches!(
        store.restore_backup("ipms-nope.sqlite3"),
        Err(StoreError::UnknownBackup(_))
    ));
    store.restore_backup(&saved.name).unwrap();
    assert_eq!(
        store.load(id).unwrap().answers[&item].verdict,
        Verdict::Minor
    );
    // The state before the restore was itself backed up.
    assert!(
        store
            .backups()
            .iter()
            .any(|b| b.reason == BackupReason::PreRestore)
    );
    store
        .save_answer(id, &item, &Answer::with_verdict(Verdict::Major))
        .unwrap();
    drop(store);
    let store = Store::open(&db).unwrap();
    store.integrity_check().unwrap();
    assert_eq!(
        store.load(id).unwrap().answers[&item].verdict,
        Verdict::Major
    );
}

#[test]
fn the_daily_backup_runs_on_another_thread_while_answers_are_saved() {
    let (_dir, db) = temp();
    let (id, item) = with_answer(&db);
    let store = Store::open(&db).unwrap();
    let job = store.backup_job();
    let worker = std::thread::spawn(move || job.run_if_due());
    for v in [Verdict::Conform, Verdict::Major, Verdict::Observation] {
        store
            .save_answer(id, &item, &Answer::with_verdict(v))
            .unwrap();
    }
    let made = worker.join().unwrap().unwrap();
    assert!(made.is_some_and(|b| b.reason == BackupReason::Daily));
    assert!(store.backup_job().run_if_due().unwrap().is_none());
    backup::verify(&store.backups()[0].path).unwrap();
    assert_eq!(
        store.load(id).unwrap().answers[&item].verdict,
        Verdict::Observation
    );
}
