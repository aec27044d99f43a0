//! Where data and settings live. The data folder comes from `directories`, unless overridden
//! with `--data-dir` or `IPMS_DATA_DIR` (portable mode: a consultant's USB stick; tests), or
//! by the portable marker file beside the program (the portable zip ships it).

use directories::ProjectDirs;
use std::path::{Path, PathBuf};

/// Environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "IPMS_DATA_DIR";
/// Environment variable that overrides the settings folder (tests, portable mode).
pub const CONFIG_DIR_ENV: &str = "IPMS_CONFIG_DIR";

/// A file of this name beside the program turns on portable mode without flags: data and
/// settings live in the [`PORTABLE_DATA`] folder beside the program.
pub const PORTABLE_MARKER: &str = "ipms-readiness-portable.txt";
/// The data folder of portable mode, beside the program.
pub const PORTABLE_DATA: &str = "data";

/// The portable data folder when `program_dir` holds the [`PORTABLE_MARKER`] file.
pub fn portable_dir(program_dir: &Path) -> Option<PathBuf> {
    program_dir
        .join(PORTABLE_MARKER)
        .is_file()
        .then(|| program_dir.join(PORTABLE_DATA))
}

fn program_dir() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    exe.parent().map(Path::to_path_buf)
}

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
    /// Resolves the folders: explicit flag, then environment, then the portable marker beside
    /// the program, then settings file, then the OS default. In portable mode (a data dir
    /// given and no config override) settings live in the data folder too, so nothing is
    /// written to the machine.
    pub fn resolve(data_dir_flag: Option<&Path>) -> Paths {
        Paths::resolve_beside(data_dir_flag, program_dir().as_deref())
    }

    /// [`Paths::resolve`] for a program that lives in `program_dir`.
    pub fn resolve_beside(data_dir_flag: Option<&Path>, program_dir: Option<&Path>) -> Paths {
        let env_data = std::env::var_os(DATA_DIR_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        let env_config = std::env::var_os(CONFIG_DIR_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        let explicit = data_dir_flag
            .map(Path::to_path_buf)
            .or(env_data)
            .or_else(|| program_dir.and_then(portable_dir));
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

    pub fn user_costs(&self) -> PathBuf {
        self.data_dir.join("policies").join("costs.toml")
    }

    pub fn settings_file(&self) -> PathBuf {
        crate::settings::Settings::file_in(&self.config_dir)
    }

    /// A sensible default folder for exported files: the user's documents folder.
    pub fn default_export_dir(&self) -> PathBuf {
        directories::UserDirs::new()
            .and_then(|u| u.document_dir().map(Path::to_path_buf))
            .filter(|d| d.is_dir())
            .unwrap_or_else(|| {
                // The fallback lives in the data folder; it is made on first use (exports
                // never create folders the user typed).
                let dir = self.data_dir.join("exports");
                let _ = std::fs::create_dir_all(&dir);
                dir
            })
    }
}

/// The longest stem [`file_name`] keeps, in bytes: Linux allows 255 bytes per name (85
/// Chinese characters), Windows 255 UTF-16 units; room is left for the extension and the
/// `.tmp` of an atomic replace.
const MAX_STEM_BYTES: usize = 180;

/// A file name made from user text (a client or diagnosis name) that every system accepts:
/// the characters Windows forbids in names (and control characters) become `_`; Chinese and
/// spaces stay. Windows also drops trailing dots and spaces and reserves device names (`CON`,
/// `NUL`, `COM1` …, whatever the extension): those are trimmed or get a leading `_`. Very
/// long names are shortened; an empty name becomes `_`.
pub fn file_name(stem: &str, extension: &str) -> String {
    const FORBIDDEN: [char; 9] = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];
    let cleaned: String = stem
        .chars()
        .map(|c| {
            if c.is_control() || FORBIDDEN.contains(&c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    let tidy = |s: &str| s.trim().trim_end_matches(['.', ' ']).trim_end().to_string();
    let mut stem = tidy(&cleaned);
    if stem.len() > MAX_STEM_BYTES {
        let mut end = MAX_STEM_BYTES;
        while !stem.is_char_boundary(end) {
            end -= 1;
        }
        stem = tidy(&stem[..end]);
    }
    if stem.is_empty() {
        stem = "_".into();
    }
    if is_reserved_on_windows(&stem) {
        stem.insert(0, '_');
    }
    format!("{stem}.{extension}")
}

/// Windows' device names, which it reserves in any folder and with any extension.
fn is_reserved_on_windows(stem: &str) -> bool {
    let base = stem.split('.').next().unwrap_or_default().trim_end();
    let upper = base.to_ascii_uppercase();
    if matches!(
        upper.as_str(),
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$"
    ) {
        return true;
    }
    let mut chars = upper.chars();
    let head: String = chars.by_ref().take(3).collect();
    let digit = chars.next();
    (head == "COM" || head == "LPT")
        && chars.next().is_none()
        && digit.is_some_and(|d| d.is_ascii_digit() || matches!(d, '¹' | '²' | '³'))
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
    fn file_names_avoid_what_windows_reserves_or_drops() {
        assert_eq!(file_name("CON", "pdf"), "_CON.pdf");
        assert_eq!(file_name("nul.备份", "json"), "_nul.备份.json");
        assert_eq!(file_name("com7 ", "csv"), "_com7.csv");
        assert_eq!(file_name("LPT¹", "csv"), "_LPT¹.csv");
        assert_eq!(file_name("COM10", "csv"), "COM10.csv");
        assert_eq!(file_name("Console", "pdf"), "Console.pdf");
        assert_eq!(file_name("青禾 Co., Ltd. ", "pdf"), "青禾 Co., Ltd.pdf");
        assert_eq!(file_name("名称 . ", "pdf"), "名称.pdf");
        assert_eq!(file_name("a\tb\nc", "pdf"), "a_b_c.pdf");
        assert_eq!(file_name("  ", "pdf"), "_.pdf");
        assert_eq!(file_name("...", "pdf"), "_.pdf");
        let long = file_name(&"青禾电子".repeat(40), "xlsx");
        assert!(long.len() <= MAX_STEM_BYTES + 5, "{}", long.len());
        assert!(long.starts_with("青禾电子"));
        assert_eq!(Path::new(&long).extension(), Some("xlsx".as_ref()));
    }

    #[test]
    fn the_portable_marker_keeps_data_beside_the_program() {
        let dir = tempfile::tempdir().unwrap();
        let program = dir.path().join("U盘 工具");
        std::fs::create_dir_all(&program).unwrap();
        assert_eq!(portable_dir(&program), None);
        let p = Paths::resolve_beside(Some(Path::new("/tmp/显式")), Some(&program));
        assert_eq!(p.data_dir, Path::new("/tmp/显式"));
        std::fs::write(program.join(PORTABLE_MARKER), "portable").unwrap();
        assert_eq!(portable_dir(&program), Some(program.join("data")));
        let p = Paths::resolve_beside(None, Some(&program));
        if std::env::var_os(DATA_DIR_ENV).is_none() && std::env::var_os(CONFIG_DIR_ENV).is_none() {
            assert_eq!(p.data_dir, program.join("data"));
            assert_eq!(p.config_dir, program.join("data"));
        }
        // A flag still wins over the marker.
        let p = Paths::resolve_beside(Some(Path::new("/tmp/显式")), Some(&program));
        assert_eq!(p.data_dir, Path::new("/tmp/显式"));
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
