//! One running copy per database: an exclusive OS lock on `<database>.lock`, held while the
//! store is open. The OS releases it when the process ends, even when it is killed, so a crash
//! never leaves a stale lock behind.
//!
//! Decision: a second copy (another window, or the CLI while the window is open) is refused
//! with a clear message instead of sharing the file. `SQLite` itself would keep the data safe,
//! but two copies would each show stale answers to their user and overwrite each other's edits.

use super::error::{Result, StoreError};
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

/// The held lock; dropping it releases the lock.
#[derive(Debug)]
pub struct InstanceLock {
    file: File,
    path: PathBuf,
}

/// The lock file that guards `database`.
pub fn lock_path(database: &Path) -> PathBuf {
    let mut name = database
        .file_name()
        .map(std::ffi::OsStr::to_os_string)
        .unwrap_or_default();
    name.push(".lock");
    database.with_file_name(name)
}

impl InstanceLock {
    /// Takes the lock for `database`, or fails with [`StoreError::InUse`] when another running
    /// copy holds it.
    pub fn acquire(database: &Path) -> Result<InstanceLock> {
        let path = lock_path(database);
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| StoreError::io(&path, &e))?;
        match fs4::FileExt::try_lock(&file) {
            Ok(()) => Ok(InstanceLock { file, path }),
            Err(fs4::TryLockError::WouldBlock) => Err(StoreError::InUse {
                path: database.to_path_buf(),
            }),
            Err(fs4::TryLockError::Error(e)) => Err(StoreError::io(&path, &e)),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for InstanceLock {
    /// Releases the lock itself rather than leaving it to the closing of the file: a child
    /// process started at that moment by another thread holds a copy of the handle until it
    /// runs its program, and the lock would live on in that copy. An unlock that fails leaves
    /// the OS to release the lock when the handle closes, as before.
    fn drop(&mut self) {
        let _ = fs4::FileExt::unlock(&self.file);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("客户 数据").join("ipms.sqlite3");
        std::fs::create_dir_all(db.parent().unwrap()).unwrap();
        let first = InstanceLock::acquire(&db).unwrap();
        assert!(first.path().ends_with("ipms.sqlite3.lock"));
        assert!(matches!(
            InstanceLock::acquire(&db),
            Err(StoreError::InUse { .. })
        ));
        drop(first);
        assert!(InstanceLock::acquire(&db).is_ok());
    }

    /// A child process started by another thread holds a copy of every open handle until it
    /// runs its program; closing the store must not wait for that copy to go.
    #[test]
    fn dropping_the_lock_releases_it_while_a_copy_of_the_handle_lives() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("客户 数据").join("ipms.sqlite3");
        std::fs::create_dir_all(db.parent().unwrap()).unwrap();
        let first = InstanceLock::acquire(&db).unwrap();
        let copy = first.file.try_clone().unwrap();
        drop(first);
        assert!(
            InstanceLock::acquire(&db).is_ok(),
            "still locked by the copy"
        );
        drop(copy);
    }
}
