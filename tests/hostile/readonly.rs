//! Cases 8 and 9: read-only media and a window holding the folder. Reading commands (list,
//! score, export, report) still work; writing ones wait briefly, then say why they cannot.

use crate::common::{BIN, Folder, stderr, stdout};
use ipms_readiness::model::assessment::{Answer, Verdict};
use ipms_readiness::store::{OpenOptions, Store, StoreError};
use std::process::Command;
use std::time::{Duration, Instant};

/// Runs the CLI with the data folder mounted read-only (a private mount namespace). `None`
/// where the system does not allow that (no `unshare`, no privileges).
fn on_read_only_mount(f: &Folder, args: &[&str]) -> Option<std::process::Output> {
    let script =
        r#"d="$1"; shift; mount --bind "$d" "$d" && mount -o remount,bind,ro "$d" && exec "$@""#;
    let probe = Command::new("unshare")
        .args(["-m", "sh", "-c", script, "sh"])
        .arg(&f.data)
        .arg("true")
        .output()
        .ok()?;
    if !probe.status.success() {
        eprintln!("skipped: no read-only mounts here ({})", stderr(&probe));
        return None;
    }
    let out = Command::new("unshare")
        .args(["-m", "sh", "-c", script, "sh"])
        .arg(&f.data)
        .arg(BIN)
        .arg("--data-dir")
        .arg(&f.data)
        .args(["--lang", "en-US"])
        .args(args)
        .env("IPMS_CONFIG_DIR", &f.data)
        .output()
        .unwrap();
    Some(out)
}

#[test]
fn list_score_export_and_report_work_from_a_write_protected_folder() {
    let f = Folder::new();
    let (id, item) = f.with_answer();
    let id = id.to_string();
    let out_dir = tempfile::tempdir().unwrap();
    let json = out_dir.path().join("导出.json");
    let pdf = out_dir.path().join("报告.pdf");
    let Some(list) = on_read_only_mount(&f, &["list"]) else {
        return;
    };
    assert!(list.status.success(), "{}", stderr(&list));
    assert!(stdout(&list).contains("深圳市安全测试有限公司"));
    let score = on_read_only_mount(&f, &["score", &id]).unwrap();
    assert!(score.status.success(), "{}", stderr(&score));
    let json_arg = json.to_str().unwrap();
    let export = on_read_only_mount(&f, &["export", &id, "--out", json_arg]).unwrap();
    assert!(export.status.success(), "{}", stderr(&export));
    assert!(std::fs::read_to_string(&json).unwrap().contains(&item));
    let pdf_arg = pdf.to_str().unwrap();
    let report = on_read_only_mount(&f, &["report", &id, "--out", pdf_arg]).unwrap();
    assert!(report.status.success(), "{}", stderr(&report));
    let answer = on_read_only_mount(&f, &["answer", &id, &item, "conform"]).unwrap();
    assert_eq!(answer.status.code(), Some(1));
    assert!(stderr(&answer).contains("read-only"), "{}", stderr(&answer));
}

#[test]
fn a_read_only_store_reads_refuses_writes_and_leaves_nothing_behind() {
    let f = Folder::new();
    let (id, item) = f.with_answer();
    let files_before = crate::common::names(&f.data);
    let reader = Store::open_in_with(
        &f.paths(),
        OpenOptions {
            read_only: true,
            ..OpenOptions::default()
        },
    )
    .unwrap();
    assert!(reader.read_only());
    assert_eq!(reader.list_organizations().unwrap().len(), 1);
    let err = reader
        .save_answer(id, &item, &Answer::with_verdict(Verdict::Conform))
        .unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly { .. }), "{err:?}");
    drop(reader);
    // A reader beside a writable database may leave the usual WAL files, never read-only ones.
    for name in crate::common::names(&f.data) {
        let meta = std::fs::metadata(f.data.join(&name)).unwrap();
        assert!(!meta.permissions().readonly(), "{name} is read-only");
        assert!(files_before.contains(&name) || name.ends_with("-wal") || name.ends_with("-shm"));
    }
    let store = f.open();
    assert!(!store.read_only());
    store
        .save_answer(id, &item, &Answer::with_verdict(Verdict::Conform))
        .unwrap();
}

#[test]
fn reading_commands_work_beside_the_window_and_writing_ones_wait_then_say_why() {
    let f = Folder::new();
    let (id, item) = f.with_answer();
    let window = f.open();
    let id_text = id.to_string();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("x.json");
    for args in [
        vec!["list"],
        vec!["score", &id_text],
        vec!["export", &id_text, "--out", file.to_str().unwrap()],
    ] {
        let o = f.cli("en-US", &args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    }
    let start = Instant::now();
    let o = f.cli("zh-CN", &["answer", &id_text, &item, "conform"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(start.elapsed() >= Duration::from_secs(2), "did not wait");
    assert!(stderr(&o).contains("窗口"), "{}", stderr(&o));
    // The window sees what nobody else changed, then a change made beside it.
    let before = window.data_version().unwrap();
    assert_eq!(window.data_version().unwrap(), before);
    drop(window);
    let o = f.cli("en-US", &["answer", &id_text, &item, "major"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn data_version_changes_when_another_connection_commits() {
    let f = Folder::new();
    let (id, item) = f.with_answer();
    let writer = f.open();
    let reader = Store::open_in_with(
        &f.paths(),
        OpenOptions {
            read_only: true,
            ..OpenOptions::default()
        },
    )
    .unwrap();
    let v0 = reader.data_version().unwrap();
    writer
        .save_answer(id, &item, &Answer::with_verdict(Verdict::Major))
        .unwrap();
    assert_ne!(reader.data_version().unwrap(), v0);
    assert_eq!(
        reader.load_answer(id, &item).unwrap().unwrap().verdict,
        Verdict::Major
    );
}
