//! Where data and settings live. The data folder comes from `directories`, unless overridden
//! with `--data-dir` or `IPMS_DATA_DIR` (portable mode: a consultant's USB stick; tests).

use directories::ProjectDirs;
use std::path::{Path, PathBuf};

/// Environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "IPMS_DATA_DIR";
/// Environment variable that overrides the settings folder (tests, portable mode).
pub const CONFIG_DIR_ENV: &str = "IPMS_CONFIG_DIR";

/// The folders the app uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// Database, backups, user catalogues, exports.
    pub data_dir: PathBuf,
    /// The small settings file that must exist before the database.
    pub config_dir: PathBuf,
}

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("cn", "ipms-readiness", "IPMS Readiness")
}

impl Paths {
    /// Resolves the folders: explicit flag, then environment, then settings file, then the OS
    /// default. In portable mode (a data dir given and no config override) settings live in
    /// the data folder too, so nothing is written to the machine.
    pub fn resolve(data_dir_flag: Option<&Path>) -> Paths {
        let env_data = std::env::var_os(DATA_DIR_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        let env_config = std::env::var_os(CONFIG_DIR_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        let explicit = data_dir_flag.map(Path::to_path_buf).or(env_data);
        let dirs = project_dirs();
        let config_dir = env_config
            .or_else(|| explicit.clone())
            .or_else(|| dirs.as_ref().map(|d| d.config_dir().to_path_buf()))
            .unwrap_or_else(|| PathBuf::from("."));
        let data_dir = explicit
            .or_else(|| crate::settings::Settings::load(&config_dir).data_dir)
            .or_else(|| dirs.as_ref().map(|d| d.data_dir().to_path_buf()))
            .unwrap_or_else(|| PathBuf::from("."));
        Paths {
            data_dir,
            config_dir,
        }
    }

    /// Both folders set to one place (tests, portable mode).
    pub fn portable(dir: &Path) -> Paths {
        Paths {
            data_dir: dir.to_path_buf(),
            config_dir: dir.to_path_buf(),
        }
    }

    pub fn database(&self) -> PathBuf {
        self.data_dir.join("ipms.sqlite3")
    }

    pub fn backups(&self) -> PathBuf {
        self.data_dir.join("backups")
    }

    pub fn user_catalogs(&self) -> PathBuf {
        self.data_dir.join("catalogs")
    }

    pub fn user_rewards(&self) -> PathBuf {
        self.data_dir.join("policies").join("regional-rewards.toml")
    }

    pub fn settings_file(&self) -> PathBuf {
        crate::settings::Settings::file_in(&self.config_dir)
    }

    /// A sensible default folder for exported files: the user's documents folder.
    pub fn default_export_dir(&self) -> PathBuf {
        directories::UserDirs::new()
            .and_then(|u| u.document_dir().map(Path::to_path_buf))
            .unwrap_or_else(|| self.data_dir.join("exports"))
    }
}

/// A file name made from user text (a client or diagnosis name) that every system accepts:
/// the characters Windows forbids in names become `_`; Chinese and spaces stay.
pub fn file_name(stem: &str, extension: &str) -> String {
    let stem = stem
        .trim()
        .replace(['/', '\\', ':', '*', '?', '"', '<', '>', '|'], "_");
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_from_user_text_keep_chinese_and_drop_forbidden_characters() {
        assert_eq!(file_name(" 青禾/电子: 诊断 ", "pdf"), "青禾_电子_ 诊断.pdf");
        assert_eq!(file_name(r#"a<b>|c?*"\"#, "json"), "a_b__c____.json");
    }

    #[test]
    fn portable_paths_keep_everything_in_one_folder() {
        let dir = Path::new("D:/顾问 U盘/客户 资料");
        let p = Paths::portable(dir);
        assert!(p.database().starts_with(dir));
        assert!(p.settings_file().starts_with(dir));
        assert_eq!(
            p.database().file_name().and_then(|s| s.to_str()),
            Some("ipms.sqlite3")
        );
    }

    #[test]
    fn flag_wins() {
        let p = Paths::resolve(Some(Path::new("/tmp/x y/数据")));
        assert_eq!(p.data_dir, Path::new("/tmp/x y/数据"));
    }
}
