#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! `catalog list | show | check` as a user runs them.

use std::process::Command;

fn cli(dir: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ipms-readiness"));
    c.arg("--data-dir").arg(dir).arg("--lang").arg("en-US");
    c
}

#[test]
fn show_json_has_the_documented_shape() {
    let dir = tempfile::tempdir().unwrap();
    let out = cli(dir.path())
        .args(["catalog", "show", "gbt29490-2023", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["id"], "gbt29490-2023");
    assert_eq!(v["title"]["zh-CN"], "企业知识产权合规管理体系 要求");
    assert!(
        v["clauses"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["number"] == "4.5" && c["verified"] == true)
    );
    let item = &v["items"][0];
    for key in [
        "id",
        "clause",
        "question",
        "guidance",
        "evidence",
        "departments",
        "process",
        "weight",
        "prerequisite",
        "action",
        "applies_if",
    ] {
        assert!(!item[key].is_null(), "item lacks {key}");
    }
    assert!(
        item["question"]["en-US"]
            .as_str()
            .is_some_and(|s| !s.is_empty())
    );
}

#[test]
fn list_names_both_editions_and_user_catalogues() {
    let dir = tempfile::tempdir().unwrap();
    let user = dir.path().join("catalogs");
    std::fs::create_dir_all(&user).unwrap();
    std::fs::write(user.join("broken.toml"), "id = ").unwrap();
    let out = cli(dir.path()).args(["catalog", "list"]).output().unwrap();
    assert!(
        out.status.success(),
        "an invalid user file is reported, never fatal"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("gbt29490-2023") && stdout.contains("gbt29490-2013"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("broken.toml"));
}

#[test]
fn check_names_file_line_and_id_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("我的 题库.toml");
    std::fs::write(
        &file,
        r#"id = "gbt29490-2023x"
version = "1"
code = "Q/ABC 1"
published = 2024-01-01
effective = 2024-01-01
title = { "zh-CN" = "扩展", "en-US" = "Extended" }
[[clauses]]
number = "4"
title = { "zh-CN" = "章", "en-US" = "Chapter" }

[[items]]
id = "x-1"
clause = "4.9"
process = "system"
weight = 5
fix_phase = "planning"
departments = ["ip-office"]
question = { "zh-CN" = "问题", "en-US" = "" }
guidance = { "zh-CN" = "指引", "en-US" = "Guide" }
action = { "zh-CN" = "措施", "en-US" = "Act" }
"#,
    )
    .unwrap();
    let out = cli(dir.path())
        .arg("catalog")
        .arg("check")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("我的 题库.toml:12: item x-1"), "{err}");
    assert!(
        err.contains("4.9") && err.contains("weight 5") && err.contains("question"),
        "{err}"
    );

    let ok = cli(dir.path())
        .arg("catalog")
        .arg("check")
        .arg(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/catalogs/gbt29490-2013"))
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
}

#[test]
fn user_catalogue_reusing_a_builtin_id_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let user = dir.path().join("catalogs");
    std::fs::create_dir_all(&user).unwrap();
    let builtin = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/catalogs/gbt29490-2013/catalog.toml");
    let mut text = std::fs::read_to_string(builtin).unwrap();
    text.push_str("\n[[items]]\nid = \"u-1\"\nclause = \"4.1\"\nprocess = \"system\"\nweight = 1\nfix_phase = \"planning\"\ndepartments = [\"hr\"]\nquestion = { \"zh-CN\" = \"问\", \"en-US\" = \"Q\" }\nguidance = { \"zh-CN\" = \"引\", \"en-US\" = \"G\" }\naction = { \"zh-CN\" = \"做\", \"en-US\" = \"A\" }\n");
    std::fs::write(user.join("copy.toml"), text).unwrap();
    let out = cli(dir.path()).args(["catalog", "list"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("built-in"));
}
