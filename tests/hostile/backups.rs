//! Case 6: backups of a migration that fails on every start never push out the good daily
//! backups, and leftovers of killed backups are cleaned up.

use crate::common::{Folder, names};
use ipms_readiness::store::StoreError;
use ipms_readiness::store::backup::{self, BackupReason};

#[test]
fn a_migration_failing_on_every_start_keeps_the_daily_backups() {
    let f = Folder::new();
    f.with_answer();
    let dailies: Vec<String> = {
        let store = f.open();
        (0..3)
            .map(|_| store.backup_now(BackupReason::Daily).unwrap().name)
            .collect()
    };
    // Version 1 on a file that already has version 2's table: step 2 fails on every open.
    let conn = rusqlite::Connection::open(f.db()).unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    drop(conn);
    for _ in 0..12 {
        let err = ipms_readiness::store::Store::open_in(&f.paths()).unwrap_err();
        assert!(
            matches!(err, StoreError::Migration { version: 2, .. }),
            "{err:?}"
        );
    }
    let left = backup::list(&f.paths().backups());
    let kept: Vec<&str> = left
        .iter()
        .filter(|b| b.reason == BackupReason::Daily)
        .map(|b| b.name.as_str())
        .collect();
    let mut expected: Vec<&str> = dailies.iter().map(String::as_str).collect();
    expected.reverse();
    assert_eq!(kept, expected);
    let migrations = left
        .iter()
        .filter(|b| b.reason == BackupReason::Migration)
        .count();
    assert_eq!(migrations, backup::DEFAULT_KEEP);
}

#[test]
fn leftovers_of_killed_backups_are_removed() {
    let f = Folder::new();
    f.with_answer();
    let dir = f.paths().backups();
    std::fs::create_dir_all(&dir).unwrap();
    for junk in [
        "ipms-20260101-080000000-daily.sqlite3.partial",
        "ipms-20260101-080000000-daily.sqlite3.partial-journal",
    ] {
        std::fs::write(dir.join(junk), b"half a backup").unwrap();
    }
    let made = f.open().backup_now(BackupReason::Manual).unwrap().name;
    assert_eq!(names(&dir), vec![made]);
}
