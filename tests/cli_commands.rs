#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The headless CLI over the store: new, list, demo, answer, score, export, import — results
//! on stdout, translated errors on stderr, exit codes 0 / 2 / 1, paths with Chinese and spaces.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_ipms-readiness");

struct Cli {
    _dir: tempfile::TempDir,
    data: PathBuf,
}

impl Cli {
    fn new() -> Cli {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("顾问 U盘").join("客户 数据");
        Cli { _dir: dir, data }
    }

    fn run(&self, lang: &str, args: &[&str]) -> Output {
        Command::new(BIN)
            .arg("--data-dir")
            .arg(&self.data)
            .args(["--lang", lang])
            .args(args)
            .env("IPMS_CONFIG_DIR", &self.data)
            .output()
            .unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run("en-US", args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs a command expected to fail; returns (exit code, stderr).
    fn err(&self, lang: &str, args: &[&str]) -> (i32, String) {
        let out = self.run(lang, args);
        assert!(!out.status.success(), "{args:?} succeeded");
        assert!(
            out.stdout.is_empty(),
            "{args:?} printed to stdout on failure"
        );
        (
            out.status.code().unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }
}

fn last_line(s: &str) -> String {
    s.lines().last().unwrap().trim().to_string()
}

#[test]
fn new_answer_list_and_score() {
    let cli = Cli::new();
    let id = last_line(&cli.ok(&[
        "new",
        "--org",
        "深圳市小微制造有限公司",
        "--industry",
        "industry",
        "--employees",
        "45",
        "--revenue",
        "1200",
        "--assets",
        "800",
    ]));
    assert!(id.parse::<i64>().is_ok(), "{id}");
    let out = cli.ok(&["answer", &id, "23-5.2-1", "major", "--note", "没有 方针"]);
    assert!(out.contains("23-5.2-1"));
    cli.ok(&["answer", &id, "23-4.1-1", "1"]);
    cli.ok(&["answer", &id, "23-4.2-1", "N", "--na-reason", "无相关方"]);

    let list = cli.json(&["list", "--json"]);
    let org = &list[0];
    assert_eq!(org["organization"]["name"], "深圳市小微制造有限公司");
    let a = &org["assessments"][0];
    assert_eq!(a["id"].to_string(), id);
    assert_eq!(a["answered"], 2);
    // Σ(weight × score) / Σ(weight): the conform item's weight share of 100.
    let cat = &ipms_readiness::catalogs::builtin().unwrap().gbt2023;
    let w = |i: &str| f64::from(cat.item(i).unwrap().weight);
    let expected = w("23-4.1-1") * 100.0 / (w("23-4.1-1") + w("23-5.2-1"));
    let expected = (expected * 10.0).round() / 10.0;
    assert_eq!(a["score"], expected);
    assert_eq!(a["status"], "in-progress");
    assert!(cli.ok(&["list"]).contains("深圳市小微制造有限公司"));

    let score = cli.json(&["score", &id, "--json", "--as-of", "2026-06-30"]);
    for key in [
        "overall",
        "chapters",
        "progress",
        "ready",
        "gates",
        "gaps",
        "earliest_application_date",
        "size_class",
    ] {
        assert!(score.get(key).is_some(), "score JSON lacks {key}");
    }
    assert_eq!(score["overall"], expected);
    assert_eq!(score["size_class"], "small");
    assert_eq!(score["ready"], false);
    assert_eq!(score["as_of"], "2026-06-30");
    assert!(score["gaps"].as_u64().unwrap() >= 1);
    assert!(
        score["chapters"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == "5")
    );
    // The same organization is reused and starts from its latest profile.
    let again = last_line(&cli.ok(&["new", "--org", "深圳市小微制造有限公司"]));
    let score = cli.json(&["score", &again, "--json"]);
    assert_eq!(score["size_class"], "small");
    assert_eq!(cli.json(&["list", "--json"]).as_array().unwrap().len(), 1);
}

#[test]
fn demo_export_import_round_trip_through_files() {
    let cli = Cli::new();
    let id = last_line(&cli.ok(&["demo"]));
    let out = cli.data.join("导出 文件");
    std::fs::create_dir_all(&out).unwrap();
    let file = |n: &str| out.join(n).to_string_lossy().into_owned();
    cli.ok(&["export", &id, "--out", &file("青禾 诊断.json")]);
    cli.ok(&["export", &id, "--out", &file("发现.csv")]);
    cli.ok(&["export", &id, "--out", &file("计划.csv"), "--what", "plan"]);
    cli.ok(&["export", &id, "--out", &file("诊断.xlsx")]);
    let csv = std::fs::read(out.join("发现.csv")).unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBF"));
    assert!(
        std::fs::read(out.join("诊断.xlsx"))
            .unwrap()
            .starts_with(b"PK")
    );
    let plan = String::from_utf8(std::fs::read(out.join("计划.csv")).unwrap()).unwrap();
    assert!(plan.contains("Action"));

    let new_id = last_line(&cli.ok(&["import", &file("青禾 诊断.json")]));
    assert_ne!(new_id, id);
    cli.ok(&["export", &new_id, "--out", &file("again.json")]);
    let strip = |p: &str| {
        let mut v: Value = serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap();
        v.as_object_mut().unwrap().remove("exported_at");
        v["assessment"]
            .as_object_mut()
            .unwrap()
            .remove("updated_at");
        v
    };
    assert_eq!(strip(&file("青禾 诊断.json")), strip(&file("again.json")));
    let list = cli.json(&["list", "--json"]);
    assert_eq!(list[0]["assessments"].as_array().unwrap().len(), 2);
}

#[test]
fn a_follow_up_from_2013_gets_suggested_verdicts() {
    let cli = Cli::new();
    let old = last_line(&cli.ok(&["new", "--org", "老客户", "--catalog", "gbt29490-2013"]));
    let store_items: Vec<String> = {
        let set = ipms_readiness::catalogs::builtin().unwrap();
        set.gbt2013
            .active_items()
            .map(|i| i.id.clone())
            .take(30)
            .collect()
    };
    for item in &store_items {
        cli.ok(&["answer", &old, item, "minor"]);
    }
    let new = last_line(&cli.ok(&["new", "--from", &old, "--catalog", "gbt29490-2023"]));
    let list = cli.json(&["list", "--json"]);
    let assessments = list[0]["assessments"].as_array().unwrap();
    let new: i64 = new.parse().unwrap();
    let follow = assessments
        .iter()
        .find(|a| a["id"].as_i64() == Some(new))
        .unwrap();
    assert_eq!(follow["catalog"]["id"], "gbt29490-2023");
    assert_eq!(follow["previous_id"].to_string(), old);
    assert!(follow["answered"].as_u64().unwrap() > 0);
}

#[test]
fn errors_go_to_stderr_with_exit_codes_in_the_chosen_language() {
    let cli = Cli::new();
    let id = last_line(&cli.ok(&["new", "--org", "甲公司"]));
    let (code, msg) = cli.err("zh-CN", &["answer", &id, "23-9.9-9", "conform"]);
    assert_eq!(code, 2);
    assert!(msg.contains("没有条目"), "{msg}");
    let (code, msg) = cli.err("en-US", &["answer", "424242", "23-5.2-1", "conform"]);
    assert_eq!(code, 2);
    assert!(msg.contains("424242"), "{msg}");
    let (code, msg) = cli.err("zh-CN", &["answer", &id, "23-5.2-1", "na"]);
    assert_eq!(code, 2);
    assert!(msg.contains("理由"), "{msg}");
    let (code, _) = cli.err("en-US", &["answer", &id, "23-5.2-1", "great"]);
    assert_eq!(code, 2);
    let (code, _) = cli.err(
        "en-US",
        &["new", "--org", "乙", "--industry", "spaceflight"],
    );
    assert_eq!(code, 2);
    let (code, _) = cli.err("en-US", &["new"]);
    assert_eq!(code, 2, "clap usage errors are invalid input too");

    let bad = cli.data.join("坏 文件.json");
    std::fs::write(
        &bad,
        "{\"format\": \"ipms-readiness/assessment\", \"format_version\": 7}",
    )
    .unwrap();
    let (code, msg) = cli.err("en-US", &["import", &bad.to_string_lossy()]);
    assert_eq!(code, 2);
    assert!(msg.contains("format_version") && msg.contains('7'), "{msg}");
    let (code, msg) = cli.err("zh-CN", &["import", &bad.to_string_lossy()]);
    assert_eq!(code, 2);
    assert!(msg.contains("版本"), "{msg}");
}

#[test]
fn a_second_running_copy_is_refused_clearly() {
    let cli = Cli::new();
    let id = last_line(&cli.ok(&["new", "--org", "丙公司"]));
    let store = ipms_readiness::store::Store::open(&cli.data.join("ipms.sqlite3")).unwrap();
    let (code, msg) = cli.err("zh-CN", &["answer", &id, "23-5.2-1", "conform"]);
    assert_eq!(code, 1);
    assert!(msg.contains("另一个"), "{msg}");
    drop(store);
    cli.ok(&["answer", &id, "23-5.2-1", "conform"]);
}

#[test]
fn a_damaged_database_is_reported_and_left_alone() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let db: &Path = &cli.data.join("ipms.sqlite3");
    std::fs::write(db, b"garbage that is not a database at all").unwrap();
    let (code, msg) = cli.err("en-US", &["list"]);
    assert_eq!(code, 1);
    assert!(msg.contains("not a database"), "{msg}");
    assert_eq!(
        std::fs::read(db).unwrap(),
        b"garbage that is not a database at all"
    );
}

#[test]
fn report_writes_the_pdf_diagnosis_and_checklists() {
    let cli = Cli::new();
    let id = last_line(&cli.ok(&["demo"]));
    let out = cli.data.join("报告 输出");
    std::fs::create_dir_all(&out).unwrap();
    let pdf = |n: &str| out.join(n).to_string_lossy().into_owned();
    cli.ok(&[
        "report",
        &id,
        "--out",
        &pdf("诊断报告.pdf"),
        "--as-of",
        "2026-12-01",
    ]);
    let out_en = cli.run(
        "en-US",
        &[
            "report",
            &id,
            "--out",
            &pdf("report en.pdf"),
            "--kind",
            "checklist",
            "--department",
            "research",
        ],
    );
    assert!(
        out_en.status.success(),
        "{}",
        String::from_utf8_lossy(&out_en.stderr)
    );
    for f in ["诊断报告.pdf", "report en.pdf"] {
        let bytes = std::fs::read(out.join(f)).unwrap();
        assert!(bytes.starts_with(b"%PDF"), "{f}");
        assert!(bytes.len() > 10_000, "{f}: {} bytes", bytes.len());
    }
    let (code, _) = cli.err(
        "en-US",
        &[
            "report",
            &id,
            "--out",
            &pdf("x.pdf"),
            "--department",
            "moon",
        ],
    );
    assert_eq!(code, 2);
    let (code, msg) = cli.err(
        "en-US",
        &[
            "report",
            &id,
            "--out",
            &pdf("x.pdf"),
            "--sections",
            "plan,moon",
        ],
    );
    assert_eq!(code, 2);
    assert!(msg.contains("moon"), "{msg}");
    assert!(!out.join("x.pdf").exists(), "nothing written on bad input");
    let short = cli.run(
        "zh-CN",
        &[
            "report",
            &id,
            "--out",
            &pdf("两节.pdf"),
            "--sections",
            "findings, plan",
        ],
    );
    assert!(
        short.status.success(),
        "{}",
        String::from_utf8_lossy(&short.stderr)
    );
    let pages = |f: &str| {
        lopdf::Document::load(out.join(f))
            .unwrap()
            .get_pages()
            .len()
    };
    let (whole, two) = (pages("诊断报告.pdf"), pages("两节.pdf"));
    assert!(two < whole, "{two} pages < {whole}");
    let (code, _) = cli.err("en-US", &["report", "9999", "--out", &pdf("x.pdf")]);
    assert_eq!(code, 2);
}
