#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! `catalog upgrade ID [--dry-run]`: a diagnosis stored with an older catalogue version is
//! moved to the current one, with a translated report of what changed; nothing is lost.

use std::path::PathBuf;
use std::process::{Command, Output};

struct Data {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl Data {
    fn new() -> Data {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("顾问 数据");
        Data { _dir: dir, path }
    }

    fn run(&self, lang: &str, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_ipms-readiness"))
            .arg("--data-dir")
            .arg(&self.path)
            .args(["--lang", lang])
            .args(args)
            .env("IPMS_CONFIG_DIR", &self.path)
            .output()
            .unwrap()
    }

    fn ok(&self, args: &[&str]) -> (String, String) {
        let out = self.run("en-US", args);
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "{args:?}: {err}");
        (String::from_utf8(out.stdout).unwrap(), err)
    }

    fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.path.join("ipms.sqlite3")).unwrap()
    }

    fn version(&self, id: &str) -> (String, Option<String>) {
        self.db()
            .query_row(
                "SELECT catalog_version, catalog_hash FROM assessments WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap()
    }

    fn answers(&self, id: &str) -> Vec<(String, String)> {
        let db = self.db();
        let mut st = db
            .prepare(
                "SELECT item_id, verdict FROM answers WHERE assessment_id = ?1 ORDER BY item_id",
            )
            .unwrap();
        st.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }
}

/// A 2023 diagnosis as 2023.1 stored it: 23-7.5-2 (weight 2 then) and 23-5.1.3-2 (retired
/// since) answered.
fn stored_on_2023_1(data: &Data) -> String {
    let (out, _) = data.ok(&["new", "--org", "深圳 甲公司"]);
    let id = out.lines().last().unwrap().trim().to_string();
    data.ok(&["answer", &id, "23-7.5-2", "minor"]);
    data.ok(&["answer", &id, "23-4.1-1", "conform"]);
    let db = data.db();
    db.execute(
        "INSERT INTO answers (assessment_id, item_id, verdict, updated_at)
         VALUES (?1, '23-5.1.3-2', 'major', '2024-03-01T08:00:00Z')",
        [&id],
    )
    .unwrap();
    db.execute(
        "UPDATE assessments SET catalog_version = '2023.1', catalog_hash = NULL WHERE id = ?1",
        [&id],
    )
    .unwrap();
    id
}

fn current() -> String {
    ipms_readiness::catalogs::builtin()
        .unwrap()
        .gbt2023
        .version
        .clone()
}

#[test]
fn dry_run_reports_and_changes_nothing() {
    let data = Data::new();
    let id = stored_on_2023_1(&data);
    let before = data.answers(&id);
    let (out, _) = data.ok(&["catalog", "upgrade", &id, "--dry-run"]);
    assert!(
        out.contains("from gbt29490-2023 version 2023.1 to version"),
        "{out}"
    );
    assert!(out.contains(&current()), "{out}");
    assert!(out.contains("2 answers carry over unchanged"), "{out}");
    assert!(
        out.contains("retired in") && out.contains("23-5.1.3-2"),
        "{out}"
    );
    assert!(out.contains("Weight of 23-7.5-2: 2 → 3 (answered"), "{out}");
    assert!(
        out.contains("new items to answer") && out.contains("23-B.1-8"),
        "{out}"
    );
    assert!(out.contains("Dry run"), "{out}");
    assert_eq!(data.version(&id).0, "2023.1");
    assert_eq!(data.answers(&id), before);
}

#[test]
fn upgrade_moves_the_diagnosis_after_a_backup_and_keeps_every_answer() {
    let data = Data::new();
    let id = stored_on_2023_1(&data);
    let before = data.answers(&id);
    let (out, err) = data.ok(&["catalog", "upgrade", &id]);
    assert!(out.contains("Weight of 23-7.5-2: 2 → 3"), "{out}");
    assert!(!out.contains("Dry run"), "{out}");
    assert!(err.contains("backup"), "{err}");
    let backups: Vec<_> = std::fs::read_dir(data.path.join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with("-manual.sqlite3"))
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    let (version, hash) = data.version(&id);
    assert_eq!(version, current());
    assert!(hash.is_some());
    assert_eq!(
        data.answers(&id),
        before,
        "answers are carried over, none deleted"
    );
    // Moving again has nothing to do.
    let (again, _) = data.ok(&["catalog", "upgrade", &id]);
    assert!(again.contains("already uses"), "{again}");
    // The score now reads the retired item's answer as kept but not scored.
    data.ok(&["score", &id]);
}

#[test]
fn a_version_that_is_not_earlier_is_refused_in_both_languages() {
    let data = Data::new();
    let id = stored_on_2023_1(&data);
    data.db()
        .execute(
            "UPDATE assessments SET catalog_version = '2099.1' WHERE id = ?1",
            [&id],
        )
        .unwrap();
    for (lang, says) in [("en-US", "not an earlier version"), ("zh-CN", "无法迁移")] {
        let out = data.run(lang, &["catalog", "upgrade", &id]);
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says) && err.contains("2099.1"), "{err}");
    }
    assert_eq!(data.version(&id).0, "2099.1");
}

#[test]
fn the_zh_report_is_translated() {
    let data = Data::new();
    let id = stored_on_2023_1(&data);
    let out = data.run("zh-CN", &["catalog", "upgrade", &id, "--dry-run"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("迁移到") && text.contains("23-7.5-2 的权重：2 → 3"),
        "{text}"
    );
    assert!(text.contains("试运行"), "{text}");
}

#[test]
fn a_completed_diagnosis_is_not_moved_but_a_dry_run_still_reports() {
    let data = Data::new();
    let id = stored_on_2023_1(&data);
    data.db()
        .execute(
            "UPDATE assessments SET status = 'completed' WHERE id = ?1",
            [&id],
        )
        .unwrap();
    data.ok(&["catalog", "upgrade", &id, "--dry-run"]);
    for (lang, says) in [("en-US", "completed"), ("zh-CN", "已完成")] {
        let out = data.run(lang, &["catalog", "upgrade", &id]);
        assert_eq!(out.status.code(), Some(2), "{lang}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says) && err.contains(&id), "{lang}: {err}");
    }
    assert_eq!(data.version(&id).0, "2023.1", "moved anyway");
}
