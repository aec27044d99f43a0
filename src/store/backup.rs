//! Rotating backups made with `SQLite`'s online backup API, and recovery of a damaged database.
//!
//! A backup is written to `<name>.partial`, synced, then renamed, so a crash never leaves a
//! half-written file that looks complete. Names sort by time:
//! `ipms-20260126-093012345-daily.sqlite3`.

use super::error::{Result, StoreError};
use super::lock::InstanceLock;
use crate::model::keyed::keyed_enum;
use chrono::{Local, NaiveDate, NaiveDateTime};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

keyed_enum! {
    /// Why a backup was made.
    pub enum BackupReason {
        Daily = "daily",
        Migration = "migration",
        Manual = "manual",
        PreRestore = "pre-restore",
    }
}

/// A backup file in the backup folder.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupInfo {
    pub path: PathBuf,
    /// The file name; what [`crate::store::Store::restore_backup`] takes.
    pub name: String,
    /// Local time the backup was made.
    pub created_at: NaiveDateTime,
    pub reason: BackupReason,
    pub size: u64,
}

/// How many automatic backups are kept unless told otherwise.
pub const DEFAULT_KEEP: usize = 10;

const PREFIX: &str = "ipms-";
const SUFFIX: &str = ".sqlite3";
const STAMP: &str = "%Y%m%d-%H%M%S%3f";

fn parse_name(name: &str) -> Option<(NaiveDateTime, BackupReason)> {
    let body = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let stamp = body.get(..18)?;
    let reason = BackupReason::from_key(body.get(19..)?)?;
    let at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?;
    Some((at, reason))
}

/// The backups in `dir`, newest first. A missing folder has none.
pub fn list(dir: &Path) -> Vec<BackupInfo> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<BackupInfo> = entries
        .filter_map(std::result::Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_string();
            let (created_at, reason) = parse_name(&name)?;
            let size = e.metadata().map_or(0, |m| m.len());
            Some(BackupInfo {
                path: e.path(),
                name,
                created_at,
                reason,
                size,
            })
        })
        .collect();
    out.sort_by(|a, b| b.name.cmp(&a.name));
    out
}

/// Whether a backup was made today (local date): the daily backup is due when not.
pub fn made_on(dir: &Path, day: NaiveDate) -> bool {
    list(dir).iter().any(|b| b.created_at.date() == day)
}

/// `PRAGMA integrity_check` (full) or `quick_check`: `Ok` when the database says "ok",
/// else the first problems it lists.
pub fn check(conn: &Connection, full: bool) -> std::result::Result<(), String> {
    let pragma = if full {
        "PRAGMA integrity_check(20)"
    } else {
        "PRAGMA quick_check(20)"
    };
    let rows: Vec<String> = conn
        .prepare(pragma)
        .and_then(|mut st| {
            st.query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()
        })
        .map_err(|e| e.to_string())?;
    if rows.len() == 1 && rows[0] == "ok" {
        Ok(())
    } else {
        Err(rows.join("; "))
    }
}

fn backup_err(e: impl std::fmt::Display) -> StoreError {
    StoreError::Backup(e.to_string())
}

/// Copies the database behind `conn` into a new backup file in `dir` after a full integrity
/// check, then deletes all but the newest `keep` backups.
pub fn create(
    conn: &Connection,
    db_path: &Path,
    dir: &Path,
    reason: BackupReason,
    keep: usize,
) -> Result<BackupInfo> {
    check(conn, true).map_err(|detail| StoreError::Corrupt {
        path: db_path.to_path_buf(),
        detail,
    })?;
    // A file without the app's schema (e.g. emptied) is never copied over good backups.
    if super::migrate::version(conn).unwrap_or(0) == 0 {
        return Err(StoreError::Empty {
            path: db_path.to_path_buf(),
            backup: newest_good(dir).map(|b| b.path),
        });
    }
    std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, &e))?;
    let now = Local::now().naive_local();
    let mut name = format!("{PREFIX}{}-{}{SUFFIX}", now.format(STAMP), reason.key());
    if dir.join(&name).exists() {
        // Two backups in the same millisecond: wait for the next one.
        std::thread::sleep(std::time::Duration::from_millis(2));
        return create(conn, db_path, dir, reason, keep);
    }
    let partial = dir.join(format!("{name}.partial"));
    let _ = std::fs::remove_file(&partial);
    let sql = |e: rusqlite::Error| StoreError::sqlite_at(dir, &e, StoreError::Backup);
    let copied = (|| {
        let mut dst = Connection::open(&partial).map_err(sql)?;
        {
            let b = Backup::new(conn, &mut dst).map_err(sql)?;
            copy_all(&b)?;
        }
        // The copy carries the source's WAL flag; a backup is one self-contained file.
        dst.pragma_update(None, "journal_mode", "DELETE")
            .map_err(sql)
    })();
    if let Err(e) = copied {
        // A failed copy (e.g. a full disk) leaves nothing behind to eat the space.
        remove_leftovers(dir);
        return Err(e);
    }
    sync_file(&partial)?;
    let path = dir.join(&name);
    std::fs::rename(&partial, &path).map_err(|e| StoreError::io(&path, &e))?;
    sync_dir(dir);
    rotate(dir, keep);
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    name.shrink_to_fit();
    Ok(BackupInfo {
        path,
        name,
        created_at: now,
        reason,
        size,
    })
}

/// Runs a backup to the end in one step (retrying while the source is busy).
pub(crate) fn copy_all(backup: &Backup<'_, '_>) -> Result<()> {
    use rusqlite::backup::StepResult;
    for _ in 0..1000 {
        let step = backup.step(-1).map_err(|e| {
            if super::error::is_sqlite_full(&e) {
                StoreError::DiskFull {
                    path: PathBuf::new(),
                }
            } else {
                backup_err(e)
            }
        });
        match step? {
            StepResult::Done => return Ok(()),
            StepResult::More | StepResult::Busy | StepResult::Locked => {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            _ => return Err(backup_err("unexpected backup state")),
        }
    }
    Err(backup_err("the database stayed busy"))
}

/// Flushes a finished file to disk. Opened for writing: Windows refuses to flush a file
/// through a read-only handle ("Access denied", os error 5).
fn sync_file(path: &Path) -> Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .and_then(|f| f.sync_all())
        .map_err(|e| StoreError::io(path, &e))
}

/// Makes a rename durable where the OS allows syncing a folder (not on Windows).
fn sync_dir(dir: &Path) {
    if let Ok(f) = std::fs::File::open(dir) {
        let _ = f.sync_all();
    }
}

/// Keeps the newest `keep` daily backups that pass [`verify`] — whatever else was written
/// (a migration that fails on every start writes one backup each time) — plus the newest
/// `keep` of the other kinds, and removes leftovers of interrupted backups (`*.partial`,
/// `*.partial-journal`).
fn rotate(dir: &Path, keep: usize) {
    let keep = keep.max(1);
    let (daily, other): (Vec<BackupInfo>, Vec<BackupInfo>) = list(dir)
        .into_iter()
        .partition(|b| b.reason == BackupReason::Daily);
    let mut good = 0;
    for b in daily {
        if good >= keep {
            let _ = std::fs::remove_file(&b.path);
        } else if verify(&b.path).is_ok() {
            good += 1;
        }
    }
    for old in other.into_iter().skip(keep) {
        let _ = std::fs::remove_file(old.path);
    }
    remove_leftovers(dir);
}

/// Removes leftovers of interrupted backups (`*.partial`, `*.partial-journal`).
fn remove_leftovers(dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.filter_map(std::result::Result::ok) {
            let name = e.file_name();
            let name = name.to_string_lossy();
            let leftover = [
                ".partial",
                ".partial-journal",
                ".partial-wal",
                ".partial-shm",
            ]
            .iter()
            .any(|end| name.ends_with(end));
            if name.starts_with(PREFIX) && leftover {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

/// The daily backup as a job for a worker thread, beside an open [`crate::store::Store`]: it
/// reads through its own read-only connection (WAL lets it run while answers are saved), so
/// the full integrity check of a large database never blocks the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupJob {
    pub db: PathBuf,
    pub dir: PathBuf,
    pub keep: usize,
}

impl BackupJob {
    /// Makes the daily backup unless one was already made today (local date).
    pub fn run_if_due(&self) -> Result<Option<BackupInfo>> {
        if made_on(&self.dir, Local::now().date_naive()) {
            return Ok(None);
        }
        let conn = Connection::open_with_flags(
            &self.db,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::Unreadable {
            path: self.db.clone(),
            detail: e.to_string(),
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        create(&conn, &self.db, &self.dir, BackupReason::Daily, self.keep).map(Some)
    }
}

/// Opens a backup read-only and checks it fully: a damaged backup is never restored.
pub fn verify(path: &Path) -> Result<u32> {
    let conn =
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| {
            StoreError::Unreadable {
                path: path.to_path_buf(),
                detail: e.to_string(),
            }
        })?;
    let corrupt = |detail: String| StoreError::Corrupt {
        path: path.to_path_buf(),
        detail,
    };
    check(&conn, true).map_err(corrupt)?;
    let version = super::migrate::version(&conn).map_err(|e| corrupt(e.to_string()))?;
    if version > super::migrate::SCHEMA_VERSION {
        return Err(StoreError::NewerVersion {
            path: path.to_path_buf(),
            found: version,
            supported: super::migrate::SCHEMA_VERSION,
        });
    }
    Ok(version)
}

/// The newest backup in `dir` that passes [`verify`] and holds the app's schema: what is
/// offered when the database cannot be opened.
pub fn newest_good(dir: &Path) -> Option<BackupInfo> {
    list(dir)
        .into_iter()
        .find(|b| verify(&b.path).is_ok_and(|v| v > 0))
}

/// Moves a database that cannot be used (and its `-wal` / `-shm` files) aside, unchanged, to
/// `<name>.damaged-<time>`, so a new database can be started. Returns the new path.
pub fn set_aside(db_path: &Path) -> Result<PathBuf> {
    let _lock = InstanceLock::acquire(db_path)?;
    set_aside_locked(db_path)
}

fn set_aside_locked(db_path: &Path) -> Result<PathBuf> {
    let stamp = Local::now().format("%Y%m%d-%H%M%S");
    let with_suffix = |p: &Path, s: &str| {
        let mut n = p.as_os_str().to_os_string();
        n.push(s);
        PathBuf::from(n)
    };
    let target = with_suffix(db_path, &format!(".damaged-{stamp}"));
    for side in ["", "-wal", "-shm"] {
        let from = with_suffix(db_path, side);
        if from.exists() {
            let to = with_suffix(&target, side);
            std::fs::rename(&from, &to).map_err(|e| StoreError::io(&from, &e))?;
        }
    }
    if let Some(dir) = db_path.parent() {
        sync_dir(dir);
    }
    Ok(target)
}

/// Replaces a database that cannot be opened with a verified backup: the damaged file is set
/// aside (see [`set_aside`]), never overwritten. Returns where the damaged file went.
pub fn restore_file(db_path: &Path, backup: &Path) -> Result<Option<PathBuf>> {
    let _lock = InstanceLock::acquire(db_path)?;
    verify(backup)?;
    let aside = if db_path.exists() {
        Some(set_aside_locked(db_path)?)
    } else {
        None
    };
    let partial = db_path.with_extension("restoring");
    std::fs::copy(backup, &partial).map_err(|e| StoreError::io(&partial, &e))?;
    sync_file(&partial)?;
    std::fs::rename(&partial, db_path).map_err(|e| StoreError::io(db_path, &e))?;
    if let Some(dir) = db_path.parent() {
        sync_dir(dir);
    }
    Ok(aside)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_sort_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        for n in [
            "ipms-20260101-080000000-daily.sqlite3",
            "ipms-20260103-080000000-pre-restore.sqlite3",
            "ipms-20260102-080000000-migration.sqlite3",
            "notes.txt",
            "ipms-garbage-daily.sqlite3",
        ] {
            std::fs::write(dir.path().join(n), b"x").unwrap();
        }
        let l = list(dir.path());
        assert_eq!(l.len(), 3);
        assert_eq!(l[0].reason, BackupReason::PreRestore);
        assert_eq!(l[2].reason, BackupReason::Daily);
        assert!(made_on(
            dir.path(),
            NaiveDate::from_ymd_opt(2026, 1, 2).unwrap()
        ));
        assert!(!made_on(
            dir.path(),
            NaiveDate::from_ymd_opt(2026, 1, 4).unwrap()
        ));
    }

    #[test]
    fn a_written_backup_file_can_be_flushed() {
        // Windows refuses to flush a file through a read-only handle ("Access denied").
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("备份 x.sqlite3.partial");
        std::fs::write(&p, b"x").unwrap();
        sync_file(&p).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"x");
        // What the backup did before: on Windows (and under wine) it fails, so every first
        // command of the day failed and the window stopped saving.
        #[cfg(windows)]
        {
            let e = std::fs::File::open(&p)
                .and_then(|f| f.sync_all())
                .unwrap_err();
            assert_eq!(e.raw_os_error(), Some(5), "{e}");
        }
    }

    #[test]
    fn create_keeps_the_newest_and_cleans_partials() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db.sqlite3");
        let conn = Connection::open(&db).unwrap();
        conn.execute_batch(
            "CREATE TABLE t (x); INSERT INTO t VALUES ('数据'); PRAGMA user_version = 1;",
        )
        .unwrap();
        let backups = dir.path().join("备份 folder");
        std::fs::create_dir_all(&backups).unwrap();
        std::fs::write(backups.join("ipms-x.sqlite3.partial"), b"junk").unwrap();
        for _ in 0..4 {
            create(&conn, &db, &backups, BackupReason::Manual, 3).unwrap();
        }
        let l = list(&backups);
        assert_eq!(l.len(), 3);
        assert!(!backups.join("ipms-x.sqlite3.partial").exists());
        assert_eq!(verify(&l[0].path).unwrap(), 1);
        let copy = Connection::open(&l[0].path).unwrap();
        let x: String = copy.query_row("SELECT x FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(x, "数据");
    }
}
