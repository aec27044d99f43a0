//! Case 1: an emptied (0-byte) or foreign `ipms.sqlite3` is never replaced by a new database;
//! the newest good backup is offered, and backups never copy an empty database.

use crate::common::{Folder, names, stderr, stdout};
use ipms_readiness::store::StoreError;
use ipms_readiness::store::backup::{self, BackupReason};

/// A folder whose database had one answer, was backed up, then emptied.
fn emptied() -> (Folder, String) {
    let f = Folder::new();
    f.with_answer();
    let name = f.open().backup_now(BackupReason::Daily).unwrap().name;
    std::fs::write(f.db(), b"").unwrap();
    (f, name)
}

#[test]
fn an_empty_database_is_refused_and_the_newest_good_backup_offered() {
    let (f, name) = emptied();
    let before = names(&f.paths().backups());
    let err = ipms_readiness::store::Store::open_in(&f.paths()).unwrap_err();
    assert!(matches!(err, StoreError::Empty { .. }), "{err:?}");
    assert!(err.needs_recovery());
    assert_eq!(
        err.offered_backup().and_then(|p| p.file_name()),
        Some(std::ffi::OsStr::new(&name))
    );
    let zh = ipms_readiness::i18n::error_text(ipms_readiness::locale::Locale::ZhCn, &err);
    assert!(zh.contains("空文件") && zh.contains(&name), "{zh}");
    assert_eq!(std::fs::metadata(f.db()).unwrap().len(), 0);
    assert_eq!(names(&f.paths().backups()), before);
}

#[test]
fn the_cli_says_so_names_the_restore_command_and_restores() {
    let (f, name) = emptied();
    let out = f.cli("en-US", &["list"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("empty") && err.contains(&name), "{err}");
    assert!(err.contains(&format!("restore {name}")), "{err}");
    assert_eq!(std::fs::metadata(f.db()).unwrap().len(), 0);
    let zh = stderr(&f.cli("zh-CN", &["score", "1"]));
    assert!(zh.contains("空文件") && zh.contains("restore"), "{zh}");

    let listed = stdout(&f.cli("en-US", &["restore"]));
    assert!(
        listed.contains(&name) && listed.contains("checked"),
        "{listed}"
    );
    let out = f.cli("en-US", &["restore", &name]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("kept unchanged"), "{}", stdout(&out));
    let list = stdout(&f.cli("en-US", &["list"]));
    assert!(list.contains("深圳市安全测试有限公司"), "{list}");
    // The emptied file was set aside, not deleted.
    assert!(names(&f.data).iter().any(|n| n.contains(".damaged-")));
}

#[test]
fn a_foreign_file_is_refused_and_the_backup_offered() {
    let f = Folder::new();
    f.with_answer();
    let name = f.open().backup_now(BackupReason::Manual).unwrap().name;
    std::fs::write(f.db(), "这不是数据库 — just some notes\n".repeat(50)).unwrap();
    let bytes = std::fs::read(f.db()).unwrap();
    let target = f.data.join("x.json");
    let out = f.cli("en-US", &["export", "1", "--out", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!("restore {name}")),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(f.db()).unwrap(), bytes);
}

#[test]
fn a_daily_backup_never_copies_an_empty_database() {
    let (f, name) = emptied();
    let job = backup::BackupJob {
        db: f.db(),
        dir: f.paths().backups(),
        keep: 1,
    };
    // Today's backup exists; remove it from the "made today" check by using a fresh folder
    // holding only an older copy of it.
    let old = f.paths().backups().join(&name);
    let renamed = f
        .paths()
        .backups()
        .join("ipms-20200101-080000000-daily.sqlite3");
    std::fs::rename(&old, &renamed).unwrap();
    assert!(job.run_if_due().is_err());
    assert_eq!(
        names(&f.paths().backups()),
        vec!["ipms-20200101-080000000-daily.sqlite3".to_string()]
    );
}
