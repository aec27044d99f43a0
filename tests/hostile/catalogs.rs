//! Case 2: hazards in `<data dir>/catalogs/` — pipes, devices, huge files, bad ids, reused
//! ids — are skipped with a reported reason; nothing waits forever.

use crate::common::{Folder, stderr};
use ipms_readiness::catalogs::{self, CatalogSet};
use ipms_readiness::locale::Locale;
use ipms_readiness::model::catalog::CatalogErrorKind;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// A small valid user catalogue with this id.
pub fn catalogue(id: &str, items: usize) -> String {
    let mut t = format!(
        "id = \"{id}\"\nversion = \"1\"\ncode = \"Q/T 1\"\npublished = 2024-01-01\n\
         effective = 2024-01-01\ntitle = {{ \"zh-CN\" = \"自定义\", \"en-US\" = \"Custom\" }}\n\
         [[clauses]]\nnumber = \"4\"\ntitle = {{ \"zh-CN\" = \"章\", \"en-US\" = \"Chapter\" }}\n"
    );
    for i in 0..items {
        let _ = write!(
            t,
            "\n[[items]]\nid = \"u-{i}\"\nclause = \"4\"\nprocess = \"system\"\nweight = 1\n\
             fix_phase = \"planning\"\ndepartments = [\"hr\"]\n\
             question = {{ \"zh-CN\" = \"问题{i}\", \"en-US\" = \"Question {i}\" }}\n\
             guidance = {{ \"zh-CN\" = \"指引\", \"en-US\" = \"Guide\" }}\n\
             action = {{ \"zh-CN\" = \"措施\", \"en-US\" = \"Act\" }}\n"
        );
    }
    t
}

/// Loads a folder on another thread; fails instead of hanging.
fn load(dir: &Path) -> CatalogSet {
    let (tx, rx) = mpsc::channel();
    let dir: PathBuf = dir.to_path_buf();
    std::thread::spawn(move || {
        let _ = tx.send(catalogs::load_all(Some(&dir)));
    });
    rx.recv_timeout(Duration::from_secs(20))
        .expect("loading the catalogue folder hung")
}

fn kinds(set: &CatalogSet) -> Vec<CatalogErrorKind> {
    set.problems.iter().map(|p| p.kind.clone()).collect()
}

#[cfg(unix)]
#[test]
fn a_pipe_and_a_link_to_an_endless_device_are_skipped_with_a_reason() {
    let f = Folder::new();
    let dir = f.paths().user_catalogs();
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("x.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero.toml")).unwrap();
    std::fs::write(dir.join("good.toml"), catalogue("mine", 2)).unwrap();
    let set = load(&dir);
    assert!(set.get("mine").is_some());
    assert_eq!(
        kinds(&set),
        vec![CatalogErrorKind::NotAFile, CatalogErrorKind::NotAFile]
    );
    let rejected = set.rejected(Locale::ZhCn);
    assert_eq!(rejected.len(), 2);
    assert!(rejected[0].file.ends_with("x.toml"));
    assert!(
        rejected[0].reasons[0].contains("不是普通文件"),
        "{rejected:?}"
    );

    // The CLI does not wait on the pipe either.
    let mut child = std::process::Command::new(crate::common::BIN)
        .arg("--data-dir")
        .arg(&f.data)
        .args(["--lang", "en-US", "list"])
        .env("IPMS_CONFIG_DIR", &f.data)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(30) {
            child.kill().unwrap();
            panic!("list hung on a pipe in the catalogs folder");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn an_oversized_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let big = std::fs::File::create(dir.path().join("big.toml")).unwrap();
    big.set_len(catalogs::MAX_FILE_BYTES + 1).unwrap();
    let set = load(dir.path());
    assert!(
        matches!(kinds(&set)[..], [CatalogErrorKind::TooLarge { .. }]),
        "{:?}",
        set.problems
    );
    let en = &set.rejected(Locale::EnUs)[0].reasons[0];
    assert!(en.contains("16.000001 MB") && en.contains("16.0"), "{en}");
}

#[test]
fn empty_and_path_like_ids_are_rejected() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), catalogue("", 1)).unwrap();
    std::fs::write(dir.path().join("b.toml"), catalogue("../../etc", 1)).unwrap();
    let set = load(dir.path());
    assert_eq!(set.catalogs.len(), 2, "only the built-ins");
    assert_eq!(
        kinds(&set),
        vec![
            CatalogErrorKind::BadId(String::new()),
            CatalogErrorKind::BadId("../../etc".into())
        ]
    );
}

#[test]
fn two_user_files_with_one_id_are_called_duplicates_not_built_in() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), catalogue("mine", 1)).unwrap();
    std::fs::write(dir.path().join("b.toml"), catalogue("mine", 2)).unwrap();
    let set = load(dir.path());
    assert_eq!(set.get("mine").map(|c| c.items.len()), Some(1));
    assert!(matches!(
        &kinds(&set)[..],
        [CatalogErrorKind::DuplicateCatalog { id, other }] if id == "mine" && other.ends_with("a.toml")
    ));
    let en = &set.rejected(Locale::EnUs)[0].reasons[0];
    assert!(!en.contains("built-in") && en.contains("a.toml"), "{en}");
}

#[test]
fn catalog_check_rejects_a_reused_built_in_id_like_loading_does() {
    let f = Folder::new();
    let file = f.data.join("copy.toml");
    std::fs::write(&file, catalogue("gbt29490-2013", 1)).unwrap();
    let out = f.cli("en-US", &["catalog", "check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("built-in"), "{}", stderr(&out));
    let zh = f.cli("zh-CN", &["catalog", "check", file.to_str().unwrap()]);
    assert!(stderr(&zh).contains("内置题库"), "{}", stderr(&zh));
    // The built-in files themselves still pass.
    let own = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/catalogs/gbt29490-2023");
    let out = f.cli("en-US", &["catalog", "check", own.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_large_catalogue_names_the_right_lines() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = catalogue("big", 3000);
    text.push_str(
        "\n[[items]]\nid = \"u-1\"\nclause = \"4\"\nprocess = \"system\"\nweight = 9\n\
         fix_phase = \"planning\"\ndepartments = [\"hr\"]\n\
         question = { \"zh-CN\" = \"问\", \"en-US\" = \"Q\" }\n\
         guidance = { \"zh-CN\" = \"引\", \"en-US\" = \"G\" }\n\
         action = { \"zh-CN\" = \"做\", \"en-US\" = \"A\" }\n",
    );
    let line = text.lines().count() - 8;
    std::fs::write(dir.path().join("big.toml"), &text).unwrap();
    let set = load(dir.path());
    assert!(
        set.problems.iter().all(|p| p.line == Some(line)),
        "{:?}",
        set.problems
    );
    assert_eq!(set.problems.len(), 2);
}
