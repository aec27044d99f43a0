//! `SQLite` storage: one database file per user (`<data dir>/ipms.sqlite3`), schema migrations,
//! autosave, backups and exchange files.
//!
//! Every mutating call is its own committed transaction (WAL, `synchronous=FULL`): when it
//! returns `Ok`, the change survives a crash or a power cut. Opening never modifies a damaged,
//! foreign or newer database; it returns an error that says so ([`StoreError::needs_recovery`]),
//! and [`backup::restore_file`] / [`backup::set_aside`] let the user recover. Opening checks
//! the file fully only when it must write to it (a migration, a switch to WAL); otherwise the
//! caller runs `quick_check` — the CLI before every command that writes, the window on a worker
//! thread. A second running copy on the same database is refused ([`lock`]).
//!
//! The GUI and the CLI call the same methods:
//! - [`Store::open`], [`Store::quick_check`] (or [`quick_check_file`] from another thread),
//!   [`Store::backup_if_due`] (or [`Store::backup_job`] from another thread),
//!   [`Store::backups`], [`Store::restore_backup`];
//! - [`Store::list_organizations`] (client list with progress, score and last change);
//! - [`Store::create_assessment`], [`Store::follow_up`], [`Store::load`], [`Store::rename`],
//!   [`Store::delete_assessment`], [`Store::set_status`], [`Store::set_conclusion`];
//! - [`Store::save_answer`], [`Store::save_profile`], [`Store::save_facts`],
//!   [`Store::save_override`], [`Store::save_free_action`], [`Store::save_phases`];
//! - [`exchange`]: JSON export/import, CSV and XLSX export.

mod answers;
mod assessments;
pub mod backup;
mod drift;
mod error;
pub mod exchange;
pub mod lock;
pub mod migrate;
mod orgs;
mod stored;
mod summary;
mod types;
mod upgrade;

pub use assessments::{MAX_NAME, MAX_TEXT};
pub use drift::{CatalogDrift, content_hash, drift, orphaned};
pub use error::{ImportError, ImportErrorKind, Result, StoreError};
pub use types::*;
pub use upgrade::{CatalogMove, describe_upgrade, upgrade_preview};

use crate::catalogs::CatalogSet;
use crate::model::catalog::Catalog;
use backup::{BackupInfo, BackupReason};
use chrono::{DateTime, Utc};
use lock::InstanceLock;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The database file name inside the data folder.
pub const DATABASE_FILE: &str = "ipms.sqlite3";

/// How long a write waits for another connection before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Options for [`Store::open_with`].
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// Where backups go; default `<database folder>/backups`.
    pub backup_dir: Option<PathBuf>,
    /// How many automatic backups to keep.
    pub keep_backups: usize,
    /// A folder of user catalogues to load beside the built-in ones.
    pub user_catalogs: Option<PathBuf>,
    /// Open for reading only: no instance lock, no migration, no writes (e.g. the command
    /// line's `list` while the window holds the folder). A folder or file that cannot be
    /// written (a write-protected USB stick, a CD) is opened this way even when not asked.
    pub read_only: bool,
    /// How long to wait for another running copy to release the folder before giving up with
    /// [`StoreError::InUse`].
    pub lock_wait: Duration,
}

impl Default for OpenOptions {
    fn default() -> Self {
        Self {
            backup_dir: None,
            keep_backups: backup::DEFAULT_KEEP,
            user_catalogs: None,
            read_only: false,
            lock_wait: Duration::ZERO,
        }
    }
}

/// An open database. Not `Sync`: keep it on one thread (or behind a mutex).
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    backup_dir: PathBuf,
    keep_backups: usize,
    catalogs: CatalogSet,
    read_only: bool,
    _lock: Option<InstanceLock>,
}

/// The current time as stored in the database (UTC, millisecond precision).
pub(crate) fn now() -> DateTime<Utc> {
    let t = Utc::now();
    DateTime::from_timestamp_millis(t.timestamp_millis()).unwrap_or(t)
}

fn has_sqlite_header(path: &Path) -> std::io::Result<Option<bool>> {
    use std::io::Read;
    let mut f = std::fs::File::open(path)?;
    let mut head = [0u8; 16];
    let mut read = 0;
    while read < head.len() {
        match f.read(&mut head[read..])? {
            0 => break,
            n => read += n,
        }
    }
    if read == 0 {
        return Ok(None);
    }
    Ok(Some(read == 16 && &head == b"SQLite format 3\0"))
}

/// Whether the data folder (and the database file, if it exists) can be written: a
/// write-protected stick or a read-only file is opened for reading instead.
fn can_write(path: &Path, dir: &Path) -> bool {
    use std::io::ErrorKind;
    let refused = |r: std::io::Result<std::fs::File>| matches!(r, Err(e) if matches!(e.kind(), ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem));
    if !dir.exists() {
        return true;
    }
    let probe = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(lock::lock_path(path));
    if refused(probe) {
        return false;
    }
    !(path.exists() && refused(std::fs::OpenOptions::new().write(true).open(path)))
}

/// Takes the instance lock, waiting up to `wait` for another running copy to let go.
fn acquire_waiting(path: &Path, wait: Duration) -> Result<InstanceLock> {
    let until = std::time::Instant::now() + wait;
    loop {
        match InstanceLock::acquire(path) {
            Err(StoreError::InUse { .. }) if std::time::Instant::now() < until => {
                std::thread::sleep(Duration::from_millis(100));
            }
            other => return other,
        }
    }
}

/// A read-only connection. On media that cannot be written and with no write-ahead log to
/// replay, the file is opened `immutable`, so SQLite creates no `-shm` file there (a
/// read-only `-shm` left beside the database would break later writes).
fn open_reader(path: &Path, unwritable: bool) -> Result<Connection> {
    let unreadable = |e: rusqlite::Error| StoreError::Unreadable {
        path: path.to_path_buf(),
        detail: e.to_string(),
    };
    let mut flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = if unwritable && !wal_has_data(path) {
        flags |= OpenFlags::SQLITE_OPEN_URI;
        Connection::open_with_flags(format!("{}?immutable=1", file_uri(path)), flags)
    } else {
        Connection::open_with_flags(path, flags)
    }
    .map_err(unreadable)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let version = migrate::version(&conn).map_err(|e| {
        StoreError::sqlite_at(path, &e, |detail| StoreError::Corrupt {
            path: path.to_path_buf(),
            detail,
        })
    })?;
    if version > migrate::SCHEMA_VERSION {
        return Err(StoreError::NewerVersion {
            path: path.to_path_buf(),
            found: version,
            supported: migrate::SCHEMA_VERSION,
        });
    }
    if version < migrate::SCHEMA_VERSION {
        // An older file cannot be upgraded where it cannot be written; it is read through
        // temporary views that show it in the current shape (the file itself is not touched).
        migrate::read_older(&conn, version).map_err(|e| {
            StoreError::sqlite_at(path, &e, |detail| StoreError::Corrupt {
                path: path.to_path_buf(),
                detail,
            })
        })?;
    }
    Ok(conn)
}

/// A `file:` URI for SQLite: every byte outside the unreserved set percent-encoded
/// (spaces, Chinese, `?` and `#` in folder names), Windows drive paths as `/C:/…`.
fn file_uri(path: &Path) -> String {
    use std::fmt::Write as _;
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::from("file:");
    if text.as_bytes().get(1) == Some(&b':') {
        out.push('/');
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/:".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Whether `<database>-wal` exists and is not empty.
fn wal_has_data(path: &Path) -> bool {
    let mut name = path.as_os_str().to_os_string();
    name.push("-wal");
    std::fs::metadata(PathBuf::from(name)).is_ok_and(|m| m.len() > 0)
}

impl Store {
    /// Opens (or creates) the database in a data folder, backups in `<data dir>/backups`.
    pub fn open_in(paths: &crate::paths::Paths) -> Result<Store> {
        Store::open_in_with(paths, OpenOptions::default())
    }

    /// [`Store::open_in`] with options (read-only, waiting for the lock); the folders come
    /// from `paths`.
    pub fn open_in_with(paths: &crate::paths::Paths, options: OpenOptions) -> Result<Store> {
        Store::open_with(
            &paths.database(),
            &OpenOptions {
                backup_dir: Some(paths.backups()),
                user_catalogs: Some(paths.user_catalogs()),
                ..options
            },
        )
    }

    /// Opens (or creates) the database at `path` with default options.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, &OpenOptions::default())
    }

    /// Opens (or creates) the database at `path`: takes the instance lock, refuses damaged,
    /// foreign or newer files without writing to them, backs up and migrates older ones.
    pub fn open_with(path: &Path, options: &OpenOptions) -> Result<Store> {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let writable = can_write(path, dir);
        let read_only = options.read_only || !writable;
        if !read_only {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, &e))?;
        }
        let lock = if read_only {
            None
        } else {
            Some(acquire_waiting(path, options.lock_wait)?)
        };
        let unreadable = |detail: String| StoreError::Unreadable {
            path: path.to_path_buf(),
            detail,
        };
        let backup_dir = options
            .backup_dir
            .clone()
            .unwrap_or_else(|| dir.join("backups"));
        let existed = match has_sqlite_header(path) {
            Ok(Some(true)) => true,
            Ok(Some(false)) => {
                return Err(StoreError::NotADatabase {
                    path: path.to_path_buf(),
                    backup: backup::newest_good(&backup_dir).map(|b| b.path),
                });
            }
            // An empty main file is normal only while its write-ahead log holds the data.
            Ok(None) if !wal_has_data(path) => {
                return Err(StoreError::Empty {
                    path: path.to_path_buf(),
                    backup: backup::newest_good(&backup_dir).map(|b| b.path),
                });
            }
            Ok(None) => false,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
            Err(e) => return Err(unreadable(e.to_string())),
        };
        if read_only {
            if !existed && !wal_has_data(path) {
                return Err(StoreError::ReadOnly {
                    path: path.to_path_buf(),
                });
            }
            let conn = open_reader(path, !writable)?;
            return Ok(Store {
                conn,
                path: path.to_path_buf(),
                backup_dir,
                keep_backups: options.keep_backups,
                catalogs: crate::catalogs::load_all(options.user_catalogs.as_deref()),
                read_only: true,
                _lock: None,
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags)
            .map_err(|e| StoreError::sqlite_at(path, &e, unreadable))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let corrupt = |detail: String| StoreError::Corrupt {
            path: path.to_path_buf(),
            detail,
        };
        let version =
            migrate::version(&conn).map_err(|e| StoreError::sqlite_at(path, &e, corrupt))?;
        if version > migrate::SCHEMA_VERSION {
            return Err(StoreError::NewerVersion {
                path: path.to_path_buf(),
                found: version,
                supported: migrate::SCHEMA_VERSION,
            });
        }
        if conn.is_readonly(rusqlite::MAIN_DB)? {
            return Err(StoreError::ReadOnly {
                path: path.to_path_buf(),
            });
        }
        let mode: String = conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .map_err(|e| StoreError::sqlite_at(path, &e, corrupt))?;
        if existed && !mode.eq_ignore_ascii_case("wal") {
            // Switching to WAL writes the header: check the file first.
            backup::check(&conn, false).map_err(corrupt)?;
        }
        if existed && version < migrate::SCHEMA_VERSION {
            // Checks integrity first; a damaged file is reported, never migrated.
            backup::create(
                &conn,
                path,
                &backup_dir,
                BackupReason::Migration,
                options.keep_backups,
            )?;
        }
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrate::migrate_to(&mut conn, migrate::SCHEMA_VERSION)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            backup_dir,
            keep_backups: options.keep_backups,
            catalogs: crate::catalogs::load_all(options.user_catalogs.as_deref()),
            read_only: false,
            _lock: lock,
        })
    }

    /// Whether this store only reads (write-protected media, or opened beside the window):
    /// the window shows "read-only" instead of "Saved", and every save fails with
    /// [`StoreError::ReadOnly`].
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// `PRAGMA data_version`: changes when another connection (another process) committed
    /// a change since this one last looked — the window polls it to reload what it shows.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "data_version", |r| r.get(0))?)
    }

    /// The catalogues the store knows (built-in plus user catalogues).
    pub fn catalogs(&self) -> &CatalogSet {
        &self.catalogs
    }

    /// Replaces the catalogues (e.g. after the user added one).
    pub fn set_catalogs(&mut self, catalogs: CatalogSet) {
        self.catalogs = catalogs;
    }

    /// One catalogue by id.
    pub fn catalog(&self, id: &str) -> Result<&Catalog> {
        self.catalogs
            .get(id)
            .ok_or_else(|| StoreError::UnknownCatalog(id.to_string()))
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32> {
        Ok(migrate::version(&self.conn)?)
    }

    /// `PRAGMA quick_check`: `Err(Corrupt)` naming the first problems when the file is damaged.
    pub fn quick_check(&self) -> Result<()> {
        backup::check(&self.conn, false).map_err(|detail| StoreError::Corrupt {
            path: self.path.clone(),
            detail,
        })
    }

    /// Full `PRAGMA integrity_check`.
    pub fn integrity_check(&self) -> Result<()> {
        backup::check(&self.conn, true).map_err(|detail| StoreError::Corrupt {
            path: self.path.clone(),
            detail,
        })
    }

    /// Makes a backup now (after a full integrity check).
    pub fn backup_now(&self, reason: BackupReason) -> Result<BackupInfo> {
        backup::create(
            &self.conn,
            &self.path,
            &self.backup_dir,
            reason,
            self.keep_backups,
        )
    }

    /// Makes the daily backup unless one was already made today (local date).
    pub fn backup_if_due(&self) -> Result<Option<BackupInfo>> {
        if backup::made_on(&self.backup_dir, chrono::Local::now().date_naive()) {
            return Ok(None);
        }
        self.backup_now(BackupReason::Daily).map(Some)
    }

    /// The daily backup as a job another thread can run (see [`backup::BackupJob`]).
    pub fn backup_job(&self) -> backup::BackupJob {
        backup::BackupJob {
            db: self.path.clone(),
            dir: self.backup_dir.clone(),
            keep: self.keep_backups,
        }
    }

    /// The backups, newest first.
    pub fn backups(&self) -> Vec<BackupInfo> {
        backup::list(&self.backup_dir)
    }

    /// The backup folder.
    pub fn backup_dir(&self) -> &Path {
        &self.backup_dir
    }

    /// Replaces the whole database with a verified backup (by file name). The current state is
    /// backed up first (`pre-restore`), so a restore can itself be undone.
    pub fn restore_backup(&mut self, name: &str) -> Result<()> {
        let info = self
            .backups()
            .into_iter()
            .find(|b| b.name == name)
            .ok_or_else(|| StoreError::UnknownBackup(name.to_string()))?;
        backup::verify(&info.path)?;
        self.backup_now(BackupReason::PreRestore)?;
        let src = Connection::open_with_flags(&info.path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        {
            let b = rusqlite::backup::Backup::new(&src, &mut self.conn)
                .map_err(|e| StoreError::Backup(e.to_string()))?;
            backup::copy_all(&b)?;
        }
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        migrate::migrate_to(&mut self.conn, migrate::SCHEMA_VERSION)
    }

    /// Caps the database at `pages` pages for this connection (SQLite `max_page_count`): a
    /// write beyond it fails as on a full disk. For tests of that condition.
    pub fn set_max_pages(&self, pages: u32) -> Result<()> {
        let _: i64 = self
            .conn
            .pragma_update_and_check(None, "max_page_count", pages, |r| r.get(0))?;
        Ok(())
    }

    /// A stored setting (a small key–value table for things that live with the data).
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Stores a setting.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }
}

/// `PRAGMA quick_check` on its own read-only connection, so the GUI can run it on a worker
/// thread while the window keeps its [`Store`] (WAL lets readers run beside the writer).
pub fn quick_check_file(path: &Path) -> Result<()> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| StoreError::Unreadable {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    backup::check(&conn, false).map_err(|detail| StoreError::Corrupt {
        path: path.to_path_buf(),
        detail,
    })
}
