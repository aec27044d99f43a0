//! Shared helpers: a data folder with one answered assessment, and the CLI binary.

use ipms_readiness::model::assessment::{Answer, Verdict};
use ipms_readiness::paths::Paths;
use ipms_readiness::store::{NewAssessment, Store};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_ipms-readiness");

/// A temporary data folder (with Chinese characters and a space in its path).
pub struct Folder {
    _dir: tempfile::TempDir,
    pub data: PathBuf,
}

impl Folder {
    pub fn new() -> Folder {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("客户 数据");
        std::fs::create_dir_all(&data).unwrap();
        Folder { _dir: dir, data }
    }

    pub fn paths(&self) -> Paths {
        Paths::portable(&self.data)
    }

    pub fn db(&self) -> PathBuf {
        self.paths().database()
    }

    /// Opens the store. Tests here run in parallel threads and some start the CLI, whose
    /// child processes briefly hold a copy of every open handle; a closed store releases its
    /// lock itself (`store::lock`), so a folder just closed opens at once.
    pub fn open(&self) -> Store {
        Store::open_in(&self.paths()).unwrap()
    }

    /// Creates one assessment with one answered item; returns (assessment id, item id).
    pub fn with_answer(&self) -> (i64, String) {
        let store = self.open();
        let id = store
            .create_assessment(&NewAssessment {
                organization: "深圳市安全测试有限公司".into(),
                ..NewAssessment::default()
            })
            .unwrap();
        let item = store
            .catalog("gbt29490-2023")
            .unwrap()
            .active_items()
            .next()
            .unwrap()
            .id
            .clone();
        store
            .save_answer(id, &item, &Answer::with_verdict(Verdict::Minor))
            .unwrap();
        (id, item)
    }

    /// Runs the CLI on this folder.
    pub fn cli(&self, lang: &str, args: &[&str]) -> Output {
        Command::new(BIN)
            .arg("--data-dir")
            .arg(&self.data)
            .args(["--lang", lang])
            .args(args)
            .env("IPMS_CONFIG_DIR", &self.data)
            .output()
            .unwrap()
    }
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Names of the files in a folder, sorted.
pub fn names(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .map(|r| {
            r.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}
