#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! File rules that differ between Linux and Windows: replacing an export another program holds
//! open, reserved device names in file names made from client names, long paths, CRLF in
//! imported files. They run on every target; `scripts/test-windows.sh` runs them under wine.

use ipms_readiness::i18n::error_text;
use ipms_readiness::locale::Locale;
use ipms_readiness::paths::file_name;
use ipms_readiness::store::backup::BackupReason;
use ipms_readiness::store::exchange::write_file;
use ipms_readiness::store::{Store, StoreError};
use std::path::Path;

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_export_replaces_an_existing_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("客户 报告").join("诊断.pdf");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    write_file(&out, b"old").unwrap();
    write_file(&out, b"new content").unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), b"new content");
    assert_eq!(names_in(out.parent().unwrap()), ["诊断.pdf"]);
}

#[test]
fn client_names_that_windows_reserves_still_give_ordinary_files() {
    let dir = tempfile::tempdir().unwrap();
    let stems = [
        "CON",
        "nul",
        "Aux",
        "prn",
        "COM1",
        "lpt9",
        "con.备份",
        "NUL ",
        "诊断。",
        "报告...",
        "名称 . ",
        "\t",
        "",
    ];
    let mut expected = Vec::new();
    for (i, stem) in stems.iter().enumerate() {
        // Each name in its own folder, so two stems that map to one name cannot hide each other.
        let sub = dir.path().join(format!("{i}"));
        let name = file_name(stem, "pdf");
        std::fs::create_dir_all(&sub).unwrap();
        write_file(&sub.join(&name), stem.as_bytes()).unwrap();
        assert_eq!(names_in(&sub), std::slice::from_ref(&name), "{stem:?}");
        assert_eq!(std::fs::read(sub.join(&name)).unwrap(), stem.as_bytes());
        expected.push(name);
    }
    expected.sort();
    expected.dedup();
    assert_eq!(
        expected.len(),
        stems.len() - 1,
        "only the two empty stems agree"
    );
}

#[test]
fn an_export_into_a_very_long_path_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut deep = dir.path().to_path_buf();
    for i in 0..6 {
        deep.push(format!(
            "{i} 很长的客户资料文件夹名称 with a long English part too"
        ));
    }
    let out = deep.join(file_name(&"青禾电子科技有限公司".repeat(3), "xlsx"));
    assert!(out.as_os_str().len() > 300, "{}", out.display());
    std::fs::create_dir_all(&deep).unwrap();
    write_file(&out, b"xlsx").unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), b"xlsx");
}

/// A data folder deep in a client's folder tree: opening the database, a backup and a restore
/// all work when the path is longer than Windows' classic 260 characters. (SQLite itself takes
/// at most 512 bytes of UTF-8 per path on Linux and 1,040 on Windows.)
#[test]
fn a_data_folder_with_a_long_path_works() {
    let dir = tempfile::tempdir().unwrap();
    let mut deep = dir.path().to_path_buf();
    for i in 0..6 {
        deep.push(format!(
            "{i} 客户资料 folder with a fairly long English name"
        ));
    }
    let db = deep.join("ipms.sqlite3");
    let chars = db.to_string_lossy().chars().count();
    assert!(chars > 260, "{chars}: {}", db.display());
    let mut store = Store::open(&db).unwrap();
    let id = ipms_readiness::demo::create(&store).unwrap();
    let before = store.export_value(id).unwrap();
    let backup = store.backup_now(BackupReason::Manual).unwrap();
    assert!(backup.path.starts_with(&deep), "{}", backup.path.display());
    store.restore_backup(&backup.name).unwrap();
    assert_eq!(store.export_value(id).unwrap().answers, before.answers);
    drop(store);
    let again = Store::open(&db).unwrap();
    assert_eq!(again.export_value(id).unwrap().answers, before.answers);
}

#[test]
fn an_import_file_with_windows_line_ends_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("导入 测试").join("ipms.sqlite3")).unwrap();
    let id = ipms_readiness::demo::create(&store).unwrap();
    let json = store.export_json(id).unwrap();
    let crlf = json.replace('\n', "\r\n");
    assert!(crlf.contains("\r\n"));
    let copy = store.import_bytes(crlf.as_bytes()).unwrap();
    let again = store.export_value(copy).unwrap();
    let first = store.export_value(id).unwrap();
    assert_eq!(again.answers, first.answers);
    assert_eq!(again.organization, first.organization);
}

/// Windows only: a program such as Excel or a PDF viewer holds the old export open and lets
/// others read it but not delete it. The replace is refused with a clear message, and nothing
/// is lost: the old file keeps its content and no temporary file is left behind.
#[cfg(windows)]
#[test]
fn an_export_held_open_by_another_program_is_refused_and_kept() {
    use std::os::windows::fs::OpenOptionsExt;
    const FILE_SHARE_READ: u32 = 1;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("青禾 发现项.xlsx");
    write_file(&out, b"old").unwrap();
    let viewer = std::fs::OpenOptions::new()
        .read(true)
        .share_mode(FILE_SHARE_READ)
        .open(&out)
        .unwrap();
    let err = write_file(&out, b"new").unwrap_err();
    assert!(
        matches!(&err, StoreError::ExportInUse { path } if path == &out),
        "{err:?}"
    );
    for locale in [Locale::ZhCn, Locale::EnUs] {
        let text = error_text(locale, &err);
        assert!(text.contains("青禾 发现项.xlsx"), "{text}");
        assert!(text.contains("Excel"), "{text}");
    }
    assert_eq!(names_in(dir.path()), ["青禾 发现项.xlsx"]);
    drop(viewer);
    assert_eq!(std::fs::read(&out).unwrap(), b"old");
    write_file(&out, b"new").unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), b"new");
}

/// The message for a replaced-while-open file exists in both languages on every target.
#[test]
fn the_held_open_message_is_translated() {
    let err = StoreError::ExportInUse {
        path: Path::new("D:/客户/报告.pdf").to_path_buf(),
    };
    let zh = error_text(Locale::ZhCn, &err);
    let en = error_text(Locale::EnUs, &err);
    assert!(zh.contains("其他程序") && zh.contains("报告.pdf"), "{zh}");
    assert!(
        en.contains("another program") && en.contains("报告.pdf"),
        "{en}"
    );
}
