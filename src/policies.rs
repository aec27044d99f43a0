//! Where the editable policy data lives: the bundled regional-reward list and cost figures,
//! or the user's own copies in `<data dir>/policies/` (`regional-rewards.toml`, `costs.toml`)
//! once edited or imported. A user copy is checked like the bundled file before it is saved
//! and whenever it is read; a broken one is reported, never silently used.

use crate::error::Localize;
use crate::model::cost::{COSTS, CostData, parse_costs};
use crate::model::support::{REGIONAL_REWARDS, RegionalReward, parse_rewards};
use crate::paths::Paths;
use std::path::{Path, PathBuf};

/// Which editable data file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyKind {
    /// Regional certification rewards.
    Rewards,
    /// Consultant and certification fees, audit days, staff days (the cost estimate).
    Costs,
}

impl PolicyKind {
    /// The user's copy.
    pub fn path(self, paths: &Paths) -> PathBuf {
        match self {
            PolicyKind::Rewards => paths.user_rewards(),
            PolicyKind::Costs => paths.user_costs(),
        }
    }

    /// The bundled text.
    pub fn bundled(self) -> &'static str {
        match self {
            PolicyKind::Rewards => REGIONAL_REWARDS,
            PolicyKind::Costs => COSTS,
        }
    }

    /// The start of its message ids ("settings-rewards", "err-costs" …).
    pub fn key(self) -> &'static str {
        match self {
            PolicyKind::Rewards => "rewards",
            PolicyKind::Costs => "costs",
        }
    }
}

/// Policy data in use: its TOML text and parsed content, and whether it is the user's copy.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy<T> {
    pub text: String,
    pub data: T,
    pub user_copy: bool,
}

/// The reward data in use.
pub type Rewards = Policy<Vec<RegionalReward>>;

/// The cost data in use.
pub type Costs = Policy<CostData>;

/// Why policy data could not be read or saved.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PolicyFileError {
    #[error("{detail}")]
    Invalid { kind: PolicyKind, detail: String },
    #[error("{path}: {detail}")]
    Io {
        kind: PolicyKind,
        path: String,
        detail: String,
    },
}

impl Localize for PolicyFileError {
    fn message_id(&self) -> &'static str {
        match self {
            PolicyFileError::Invalid {
                kind: PolicyKind::Rewards,
                ..
            } => "err-rewards-invalid",
            PolicyFileError::Invalid {
                kind: PolicyKind::Costs,
                ..
            } => "err-costs-invalid",
            PolicyFileError::Io {
                kind: PolicyKind::Rewards,
                ..
            } => "err-rewards-io",
            PolicyFileError::Io {
                kind: PolicyKind::Costs,
                ..
            } => "err-costs-io",
        }
    }
    fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            PolicyFileError::Invalid { detail, .. } => vec![("detail", detail.clone())],
            PolicyFileError::Io { path, detail, .. } => {
                vec![("path", path.clone()), ("detail", detail.clone())]
            }
        }
    }
}

/// Checks a text of `kind`: the number of entries it holds, or why it is refused.
fn check<T>(
    kind: PolicyKind,
    text: &str,
    locale: crate::locale::Locale,
    parse: fn(&str) -> Result<T, Vec<crate::model::sizeclass::PolicyError>>,
) -> Result<T, PolicyFileError> {
    parse(text).map_err(|errors| {
        let lines: Vec<String> = errors
            .iter()
            .map(|e| crate::i18n::error_text(locale, e))
            .collect();
        PolicyFileError::Invalid {
            kind,
            detail: lines.join("\n"),
        }
    })
}

/// The bundled data of `kind` (`None` when it does not parse; the tests hold it valid).
fn shipped<T>(
    kind: PolicyKind,
    parse: fn(&str) -> Result<T, Vec<crate::model::sizeclass::PolicyError>>,
) -> Option<Policy<T>> {
    parse(kind.bundled()).ok().map(|data| Policy {
        text: kind.bundled().to_string(),
        data,
        user_copy: false,
    })
}

/// The user's copy of `kind` when it exists and is valid, else the bundled data (`None` when
/// even that does not parse), with the reason a user copy was set aside.
fn load<T>(
    kind: PolicyKind,
    paths: &Paths,
    locale: crate::locale::Locale,
    parse: fn(&str) -> Result<T, Vec<crate::model::sizeclass::PolicyError>>,
) -> (Option<Policy<T>>, Option<PolicyFileError>) {
    let bundled = || shipped(kind, parse);
    let path = kind.path(paths);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (bundled(), None),
        Err(e) => {
            let err = PolicyFileError::Io {
                kind,
                path: path.display().to_string(),
                detail: e.to_string(),
            };
            return (bundled(), Some(err));
        }
    };
    match check(kind, &text, locale, parse) {
        Ok(data) => (
            Some(Policy {
                text,
                data,
                user_copy: true,
            }),
            None,
        ),
        Err(e) => (bundled(), Some(e)),
    }
}

/// Validates `text` and, when valid, writes it as the user's copy (atomically).
fn save<T>(
    kind: PolicyKind,
    paths: &Paths,
    text: &str,
    locale: crate::locale::Locale,
    parse: fn(&str) -> Result<T, Vec<crate::model::sizeclass::PolicyError>>,
) -> Result<Policy<T>, PolicyFileError> {
    let data = check(kind, text, locale, parse)?;
    let path = kind.path(paths);
    let io = |e: std::io::Error| PolicyFileError::Io {
        kind,
        path: path.display().to_string(),
        detail: e.to_string(),
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    // Through a temporary file and a rename: the old copy stays whole if the write fails.
    let tmp = path.with_extension("toml.tmp");
    std::fs::write(&tmp, text)
        .and_then(|()| std::fs::rename(&tmp, &path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            io(e)
        })?;
    Ok(Policy {
        text: text.to_string(),
        data,
        user_copy: true,
    })
}

/// Reads a file of `kind` from anywhere and saves it as the user's copy if it is valid.
fn import<T>(
    kind: PolicyKind,
    paths: &Paths,
    from: &Path,
    locale: crate::locale::Locale,
    parse: fn(&str) -> Result<T, Vec<crate::model::sizeclass::PolicyError>>,
) -> Result<Policy<T>, PolicyFileError> {
    let text = std::fs::read_to_string(from).map_err(|e| PolicyFileError::Io {
        kind,
        path: from.display().to_string(),
        detail: e.to_string(),
    })?;
    save(kind, paths, &text, locale, parse)
}

/// Drops the user's copy of `kind`.
fn reset(kind: PolicyKind, paths: &Paths) -> Result<(), PolicyFileError> {
    let path = kind.path(paths);
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(PolicyFileError::Io {
            kind,
            path: path.display().to_string(),
            detail: e.to_string(),
        }),
    }
}

/// The reward data, or none when even the bundled file does not parse (the tests hold it
/// valid).
fn rewards(p: Option<Rewards>) -> Rewards {
    p.unwrap_or_else(|| Policy {
        text: REGIONAL_REWARDS.to_string(),
        data: Vec::new(),
        user_copy: false,
    })
}

/// The user's reward data when it exists and is valid, else the bundled data. A broken user
/// copy is reported next to the bundled data, never silently used.
pub fn load_rewards(
    paths: &Paths,
    locale: crate::locale::Locale,
) -> (Rewards, Option<PolicyFileError>) {
    let (p, err) = load(PolicyKind::Rewards, paths, locale, parse_rewards);
    (rewards(p), err)
}

/// Validates reward data and, when valid, saves it as the user's copy.
pub fn save_rewards(
    paths: &Paths,
    text: &str,
    locale: crate::locale::Locale,
) -> Result<Rewards, PolicyFileError> {
    save(PolicyKind::Rewards, paths, text, locale, parse_rewards)
}

/// Reads a reward file from anywhere and saves it as the user's copy if it is valid.
pub fn import_rewards(
    paths: &Paths,
    from: &Path,
    locale: crate::locale::Locale,
) -> Result<Rewards, PolicyFileError> {
    import(PolicyKind::Rewards, paths, from, locale, parse_rewards)
}

/// Drops the user's reward data, going back to the bundled data.
pub fn reset_rewards(paths: &Paths) -> Result<Rewards, PolicyFileError> {
    reset(PolicyKind::Rewards, paths)?;
    Ok(rewards(shipped(PolicyKind::Rewards, parse_rewards)))
}

/// The user's cost data when it exists and is valid, else the bundled data (`None` only if
/// the bundled file itself were broken; the tests hold it valid).
pub fn load_costs(
    paths: &Paths,
    locale: crate::locale::Locale,
) -> (Option<Costs>, Option<PolicyFileError>) {
    load(PolicyKind::Costs, paths, locale, parse_costs)
}

/// Validates cost data and, when valid, saves it as the user's copy.
pub fn save_costs(
    paths: &Paths,
    text: &str,
    locale: crate::locale::Locale,
) -> Result<Costs, PolicyFileError> {
    save(PolicyKind::Costs, paths, text, locale, parse_costs)
}

/// Reads a cost file from anywhere and saves it as the user's copy if it is valid.
pub fn import_costs(
    paths: &Paths,
    from: &Path,
    locale: crate::locale::Locale,
) -> Result<Costs, PolicyFileError> {
    import(PolicyKind::Costs, paths, from, locale, parse_costs)
}

/// Drops the user's cost data, going back to the bundled data.
pub fn reset_costs(paths: &Paths) -> Result<Option<Costs>, PolicyFileError> {
    reset(PolicyKind::Costs, paths)?;
    Ok(shipped(PolicyKind::Costs, parse_costs))
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
        assert!(!r.user_copy && err.is_none() && !r.data.is_empty());
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
