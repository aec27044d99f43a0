#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Every released schema version has a fixture database in `tests/fixtures/`; each is upgraded
//! here to the current version and must keep every answer. Fixtures are never edited: a new
//! schema version adds a new fixture (`cargo test --test store_migrations -- --ignored`
//! writes the missing ones).

use ipms_readiness::model::assessment::Verdict;
use ipms_readiness::store::backup::BackupReason;
use ipms_readiness::store::migrate::{self, MIGRATIONS, SCHEMA_VERSION};
use ipms_readiness::store::{Store, StoreError};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

fn fixture(version: u32) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("store-v{version}.sqlite3"))
}

/// A fresh copy of a fixture in a folder with Chinese characters and spaces.
fn copy_of(version: u32) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("升级 测试").join("ipms.sqlite3");
    std::fs::create_dir_all(db.parent().unwrap()).unwrap();
    std::fs::copy(fixture(version), &db).unwrap();
    (dir, db)
}

const V1_DATA: &str = "
INSERT INTO organizations VALUES (1, '东莞市旧版数据有限公司', '91440300708461136T',
    '2026-01-10 08:00:00+00:00', '2026-01-10 08:00:00+00:00');
INSERT INTO assessments (id, organization_id, catalog_id, catalog_version, title, assessor,
    assessor_organization, status, conclusion, previous_id, revision, created_at, updated_at)
    VALUES (1, 1, 'gbt29490-2023', '2023', '2026 年首次诊断', '赵六', '某咨询', 'in-progress',
    '基础较好', NULL, 3, '2026-01-10 08:00:00+00:00', '2026-01-12 09:30:00+00:00');
INSERT INTO snapshots VALUES (1,
    '{\"name\":\"东莞市旧版数据有限公司\",\"uscc\":\"91440300708461136T\",\"industry\":\"industry\",\"employees\":55,\"revenue_wan\":3000.0,\"triage\":{\"export\":\"no\"}}',
    '{\"operation_started_on\":\"2026-01-05\",\"ip_penalty_in_window\":false}',
    '{\"start\":\"2026-01-15\",\"durations\":{\"documents\":5}}');
INSERT INTO answers VALUES (1, '23-5.2-1', 'major', '没有方针', '', '[\"员工手册\"]', 'interview',
    'top-management', 0, '2026-01-12 09:30:00+00:00');
INSERT INTO answers VALUES (1, '23-4.1-1', 'conform', '', '', '[]', NULL, NULL, 0,
    '2026-01-12 09:00:00+00:00');
INSERT INTO answer_history (assessment_id, item_id, changed_at, old_verdict, new_verdict,
    old_note, new_note) VALUES
    (1, '23-5.2-1', '2026-01-12 09:20:00+00:00', NULL, 'minor', NULL, ''),
    (1, '23-5.2-1', '2026-01-12 09:30:00+00:00', 'minor', 'major', '', '没有方针');
INSERT INTO action_overrides VALUES (1, '23-5.2-1',
    '{\"owner\":\"top-management\",\"due\":\"2026-03-01\",\"status\":\"open\",\"notes\":\"总经理负责\"}',
    '2026-01-12 09:31:00+00:00');
INSERT INTO free_actions VALUES (1, 'f1', 1,
    '{\"id\":\"f1\",\"text\":\"全员培训\",\"owner\":\"hr\",\"phase\":\"training\",\"status\":\"open\",\"notes\":\"\",\"priority\":4}',
    '2026-01-12 09:32:00+00:00');
INSERT INTO settings VALUES ('assessor', '赵六');
";

fn write_fixture(version: u32, build: impl FnOnce(&Path)) {
    let path = fixture(version);
    if path.exists() {
        return;
    }
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    build(&path);
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    conn.execute_batch("VACUUM").unwrap();
    let _ = std::fs::remove_file(ipms_readiness::store::lock::lock_path(&path));
}

#[test]
#[ignore = "writes missing fixtures; run once per new schema version"]
fn write_missing_fixtures() {
    write_fixture(1, |path| {
        let mut conn = Connection::open(path).unwrap();
        migrate::apply(&mut conn, &MIGRATIONS[0]).unwrap();
        conn.execute_batch(V1_DATA).unwrap();
    });
    write_fixture(2, |path| {
        let store = Store::open(path).unwrap();
        let id = ipms_readiness::demo::create(&store).unwrap();
        store.rename(id, "第 2 版结构的诊断").unwrap();
        store.list_organizations().unwrap();
    });
    write_fixture(3, |path| {
        let store = Store::open(path).unwrap();
        let id = ipms_readiness::demo::create(&store).unwrap();
        store.rename(id, "第 3 版结构的诊断").unwrap();
        store.list_organizations().unwrap();
    });
    write_fixture(4, |path| {
        let store = Store::open(path).unwrap();
        let id = ipms_readiness::demo::create(&store).unwrap();
        store.rename(id, "第 4 版结构的诊断").unwrap();
        let record = store.load(id).unwrap();
        let (item, answer) = record.answers.iter().next().unwrap();
        let mut answer = answer.clone();
        answer.unit = Some("unit-rd".into());
        store.save_answer(id, item, &answer).unwrap();
        store.list_organizations().unwrap();
    });
    assert_eq!(
        SCHEMA_VERSION, 4,
        "add a fixture for the new schema version"
    );
}

#[test]
fn there_is_a_fixture_for_every_schema_version() {
    for m in MIGRATIONS {
        assert!(
            fixture(m.version).is_file(),
            "missing fixture v{}",
            m.version
        );
        let conn = Connection::open(fixture(m.version)).unwrap();
        assert_eq!(migrate::version(&conn).unwrap(), m.version);
    }
}

#[test]
fn version_1_upgrades_with_a_backup_and_keeps_every_answer() {
    let (_dir, db) = copy_of(1);
    let store = Store::open(&db).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let backups = store.backups();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].reason, BackupReason::Migration);
    // The backup is the untouched version-1 database.
    let old = Connection::open(&backups[0].path).unwrap();
    assert_eq!(migrate::version(&old).unwrap(), 1);

    let r = store.load(1).unwrap();
    assert_eq!(r.organization.name, "东莞市旧版数据有限公司");
    assert_eq!(r.meta.title, "2026 年首次诊断");
    assert_eq!(r.answers["23-5.2-1"].verdict, Verdict::Major);
    assert_eq!(r.answers["23-5.2-1"].note, "没有方针");
    assert_eq!(r.answers["23-5.2-1"].evidence_seen, ["员工手册"]);
    assert_eq!(r.answers["23-4.1-1"].verdict, Verdict::Conform);
    assert_eq!(r.profile.employees, Some(55));
    assert_eq!(r.facts.ip_penalty_in_window, Some(false));
    assert_eq!(
        r.phases.map(|p| p.start.to_string()).as_deref(),
        Some("2026-01-15")
    );
    assert_eq!(r.overrides["23-5.2-1"].notes.as_deref(), Some("总经理负责"));
    assert_eq!(r.free_actions[0].text, "全员培训");
    assert_eq!(store.answer_history(1, None).unwrap().len(), 2);
    assert_eq!(store.setting("assessor").unwrap().as_deref(), Some("赵六"));
    // The new summary cache works on upgraded data.
    let list = store.list_organizations().unwrap();
    assert_eq!(list[0].assessments[0].answered, 2);
    drop(store);
    // Opening again does not migrate or back up again.
    let store = Store::open(&db).unwrap();
    assert_eq!(store.backups().len(), 1);
}

#[test]
fn the_current_version_opens_without_migrating() {
    let (_dir, db) = copy_of(SCHEMA_VERSION);
    let store = Store::open(&db).unwrap();
    assert!(store.backups().is_empty());
    let list = store.list_organizations().unwrap();
    assert_eq!(list.len(), 1);
    let a = &list[0].assessments[0];
    assert_eq!(a.meta.title, format!("第 {SCHEMA_VERSION} 版结构的诊断"));
    assert!(a.meta.catalog_hash.is_some());
    assert!(a.answered > 20);
    assert!(
        store
            .load(a.meta.id)
            .unwrap()
            .answers
            .values()
            .any(|x| !x.note.is_empty())
    );
}

#[test]
fn a_damaged_old_database_is_neither_migrated_nor_backed_up() {
    let (_dir, db) = copy_of(1);
    // Damage a page in the middle of the file (not the header).
    let mut bytes = std::fs::read(&db).unwrap();
    let page = 4096;
    assert!(bytes.len() > 3 * page);
    for b in &mut bytes[2 * page..3 * page] {
        *b = 0x5A;
    }
    std::fs::write(&db, &bytes).unwrap();
    let err = Store::open(&db).unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    assert_eq!(
        std::fs::read(&db).unwrap(),
        bytes,
        "the damaged file was modified"
    );
    assert!(ipms_readiness::store::backup::list(&db.parent().unwrap().join("backups")).is_empty());
}

#[test]
fn version_2_upgrades_and_leaves_the_hash_of_another_catalogue_version_unknown() {
    let (_dir, db) = copy_of(2);
    let store = Store::open(&db).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let list = store.list_organizations().unwrap();
    let a = &list[0].assessments[0];
    // Made with version 2023.1, whose content this build does not have.
    assert_eq!(a.meta.catalog_version, "2023.1");
    assert_eq!(a.meta.catalog_hash, None);
    assert_eq!(a.meta.title, "第 2 版结构的诊断");
}

/// A database of an earlier schema on read-only media (a client's USB stick) cannot be
/// migrated, but it still reads: listing, loading, and the file is left exactly as it was.
#[test]
fn an_older_database_opened_read_only_still_reads_and_is_left_as_it_was() {
    use ipms_readiness::store::OpenOptions;
    for version in 1..SCHEMA_VERSION {
        let (_dir, db) = copy_of(version);
        let before = std::fs::read(&db).unwrap();
        let store = Store::open_with(
            &db,
            &OpenOptions {
                read_only: true,
                ..OpenOptions::default()
            },
        )
        .unwrap();
        assert!(store.read_only());
        let list = store
            .list_organizations()
            .unwrap_or_else(|e| panic!("version {version}: {e:?}"));
        let a = &list[0].assessments[0];
        if version < 3 {
            assert_eq!(a.meta.catalog_hash, None, "version {version}");
        }
        let record = store
            .load(a.meta.id)
            .unwrap_or_else(|e| panic!("version {version}: {e:?}"));
        assert!(!record.answers.is_empty(), "version {version}");
        drop(store);
        assert_eq!(
            std::fs::read(&db).unwrap(),
            before,
            "version {version} was changed"
        );
    }
}

/// Version 4 records the client's department interviewed for each answer; answers from
/// version 3 have none and keep everything else.
#[test]
fn version_3_answers_gain_an_empty_department_and_version_4_keeps_it() {
    let (_dir, db) = copy_of(3);
    let before: Vec<(String, String)> = {
        let c = Connection::open(&db).unwrap();
        let mut st = c
            .prepare("SELECT item_id, verdict FROM answers ORDER BY item_id")
            .unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let store = Store::open(&db).unwrap();
    let list = store.list_organizations().unwrap();
    let record = store.load(list[0].assessments[0].meta.id).unwrap();
    assert_eq!(record.answers.len(), before.len());
    assert!(record.answers.values().all(|a| a.unit.is_none()));

    let (_dir4, db4) = copy_of(4);
    let store = Store::open(&db4).unwrap();
    let list = store.list_organizations().unwrap();
    let record = store.load(list[0].assessments[0].meta.id).unwrap();
    let units: Vec<&str> = record
        .answers
        .values()
        .filter_map(|a| a.unit.as_deref())
        .collect();
    assert_eq!(units, ["unit-rd"]);
}
