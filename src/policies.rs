//! Where the editable policy data lives: the bundled regional-reward list, or the user's own
//! copy in `<data dir>/policies/regional-rewards.toml` once edited or imported.

use crate::error::Localize;
use crate::model::support::{REGIONAL_REWARDS, RegionalReward, parse_rewards};
use crate::paths::Paths;
use std::path::Path;

/// The reward data in use: its TOML text and entries, and whether it is the user's own copy.
#[derive(Debug, Clone, PartialEq)]
pub struct Rewards {
    pub text: String,
    pub entries: Vec<RegionalReward>,
    pub user_copy: bool,
}

/// Why reward data could not be read or saved.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RewardsError {
    #[error("{0}")]
    Invalid(String),
    #[error("{path}: {detail}")]
    Io { path: String, detail: String },
}

impl Localize for RewardsError {
    fn message_id(&self) -> &'static str {
        match self {
            RewardsError::Invalid(_) => "err-rewards-invalid",
            RewardsError::Io { .. } => "err-rewards-io",
        }
    }
    fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            RewardsError::Invalid(detail) => vec![("detail", detail.clone())],
            RewardsError::Io { path, detail } => {
                vec![("path", path.clone()), ("detail", detail.clone())]
            }
        }
    }
}

fn invalid(
    locale: crate::locale::Locale,
    errors: &[crate::model::sizeclass::PolicyError],
) -> RewardsError {
    let lines: Vec<String> = errors
        .iter()
        .map(|e| crate::i18n::error_text(locale, e))
        .collect();
    RewardsError::Invalid(lines.join("\n"))
}

fn bundled() -> Rewards {
    Rewards {
        text: REGIONAL_REWARDS.to_string(),
        entries: parse_rewards(REGIONAL_REWARDS).unwrap_or_default(),
        user_copy: false,
    }
}

/// The user's copy when it exists and is valid, else the bundled data. A broken user copy is
/// reported next to the bundled data, never silently used.
pub fn load_rewards(
    paths: &Paths,
    locale: crate::locale::Locale,
) -> (Rewards, Option<RewardsError>) {
    let path = paths.user_rewards();
    let Ok(text) = std::fs::read_to_string(&path) else {
        return (bundled(), None);
    };
    match parse_rewards(&text) {
        Ok(entries) => (
            Rewards {
                text,
                entries,
                user_copy: true,
            },
            None,
        ),
        Err(e) => (bundled(), Some(invalid(locale, &e))),
    }
}

/// Validates `text` and, when valid, writes it as the user's copy (atomically).
pub fn save_rewards(
    paths: &Paths,
    text: &str,
    locale: crate::locale::Locale,
) -> Result<Rewards, RewardsError> {
    let entries = parse_rewards(text).map_err(|e| invalid(locale, &e))?;
    let path = paths.user_rewards();
    let io = |e: std::io::Error| RewardsError::Io {
        path: path.display().to_string(),
        detail: e.to_string(),
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let tmp = path.with_extension("toml.tmp");
    std::fs::write(&tmp, text).map_err(io)?;
    std::fs::rename(&tmp, &path).map_err(io)?;
    Ok(Rewards {
        text: text.to_string(),
        entries,
        user_copy: true,
    })
}

/// Reads a reward file from anywhere and saves it as the user's copy if it is valid.
pub fn import_rewards(
    paths: &Paths,
    from: &Path,
    locale: crate::locale::Locale,
) -> Result<Rewards, RewardsError> {
    let text = std::fs::read_to_string(from).map_err(|e| RewardsError::Io {
        path: from.display().to_string(),
        detail: e.to_string(),
    })?;
    save_rewards(paths, &text, locale)
}

/// Drops the user's copy, going back to the bundled data.
pub fn reset_rewards(paths: &Paths) -> Result<Rewards, RewardsError> {
    let path = paths.user_rewards();
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(bundled()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(bundled()),
        Err(e) => Err(RewardsError::Io {
            path: path.display().to_string(),
            detail: e.to_string(),
        }),
    }
}

/// Copies the whole data folder to `to` (database, backups, catalogues, policies) without
/// touching the original; the caller switches to it only after the copy succeeded.
pub fn copy_data_folder(from: &Path, to: &Path) -> std::io::Result<()> {
    if lies_within(to, from) {
        return Err(std::io::Error::other(
            "the new folder lies inside the current one",
        ));
    }
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        let name = entry.file_name();
        // The settings file and the instance lock stay with the running copy.
        if name == "settings.toml" || name.to_string_lossy().ends_with(".lock") {
            continue;
        }
        if entry.file_type()?.is_dir() {
            copy_data_folder(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// Whether `inner` is `outer` or lies inside it as the file system sees it: relative paths and
/// `..` resolved, and on Windows without regard to case (`C:\Data` is `c:\data`).
fn lies_within(inner: &Path, outer: &Path) -> bool {
    use std::path::Component;
    let parts = |p: &Path| -> Vec<String> {
        let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        let mut out: Vec<String> = Vec::new();
        for c in abs.components() {
            match c {
                Component::CurDir => {}
                Component::ParentDir => {
                    out.pop();
                }
                other => {
                    let s = other.as_os_str().to_string_lossy();
                    out.push(if cfg!(windows) {
                        s.to_lowercase()
                    } else {
                        s.into_owned()
                    });
                }
            }
        }
        out
    };
    let (inner, outer) = (parts(inner), parts(outer));
    inner.len() >= outer.len() && inner[..outer.len()] == outer[..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Locale;

    #[test]
    fn bundled_until_saved_and_invalid_text_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::portable(&dir.path().join("数据 目录"));
        let (r, err) = load_rewards(&paths, Locale::ZhCn);
        assert!(!r.user_copy && err.is_none() && !r.entries.is_empty());
        assert!(save_rewards(&paths, "[[rewards]]\nid = 1", Locale::EnUs).is_err());
        assert!(
            !paths.user_rewards().exists(),
            "invalid data is never written"
        );
        let edited = r.text.replace("每家资助 5 万元", "每家资助 6 万元");
        let saved = save_rewards(&paths, &edited, Locale::ZhCn).unwrap();
        assert!(saved.user_copy);
        let (again, _) = load_rewards(&paths, Locale::ZhCn);
        assert!(again.text.contains("6 万元"));
        std::fs::write(paths.user_rewards(), "garbage [[").unwrap();
        let (fallback, err) = load_rewards(&paths, Locale::ZhCn);
        assert!(!fallback.user_copy && err.is_some());
        assert!(!reset_rewards(&paths).unwrap().user_copy);
    }

    #[test]
    fn data_folder_copy_keeps_the_original() {
        let dir = tempfile::tempdir().unwrap();
        let from = dir.path().join("旧 位置");
        std::fs::create_dir_all(from.join("backups")).unwrap();
        std::fs::write(from.join("ipms.sqlite3"), b"db").unwrap();
        std::fs::write(from.join("backups/a.sqlite3"), b"bk").unwrap();
        let to = dir.path().join("新 位置");
        copy_data_folder(&from, &to).unwrap();
        assert_eq!(std::fs::read(to.join("backups/a.sqlite3")).unwrap(), b"bk");
        assert!(from.join("ipms.sqlite3").exists());
        assert!(copy_data_folder(&from, &from.join("inner")).is_err());
    }

    #[test]
    fn a_copy_into_the_folder_itself_is_refused_however_it_is_spelled() {
        let dir = tempfile::tempdir().unwrap();
        let from = dir.path().join("Data 数据");
        std::fs::create_dir_all(&from).unwrap();
        std::fs::write(from.join("ipms.sqlite3"), b"db").unwrap();
        let roundabout = from.join("..").join("Data 数据").join("inner");
        assert!(copy_data_folder(&from, &roundabout).is_err());
        if cfg!(windows) {
            // Windows' file names ignore case: this is the same folder.
            let upper = dir.path().join("DATA 数据").join("inner");
            assert!(copy_data_folder(&from, &upper).is_err());
        }
        let names: Vec<_> = std::fs::read_dir(&from).unwrap().collect();
        assert_eq!(names.len(), 1, "nothing was created inside the original");
        assert!(!lies_within(&dir.path().join("Data 数据 2"), &from));
    }
}
