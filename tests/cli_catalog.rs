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
            .any(|c| c["number"] == "9.1" && c["verified"] == true && c["sources"].is_array())
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
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["sample"]["zh-CN"].is_string() && i["sample"]["en-US"].is_string()),
        "sampling items carry a sample size"
    );
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

const SMALL: &str = r#"id = "acme-1"
version = "1"
code = "Q/ACME 1"
published = 2024-01-01
effective = 2024-01-01
title = { "zh-CN" = "示例", "en-US" = "Example" }
[[clauses]]
number = "4"
title = { "zh-CN" = "章", "en-US" = "Chapter" }
VERIFIED

[[items]]
id = "acme-4-1"
clause = "4"
process = "system"
weight = 2
fix_phase = "planning"
departments = ["ip-office"]
question = { "zh-CN" = "问题", "en-US" = "Question" }
guidance = { "zh-CN" = "指引", "en-US" = "Guide" }
sample = { "zh-CN" = "抽 3 份", "en-US" = "3 records" }
action = { "zh-CN" = "措施", "en-US" = "Act" }
"#;

#[test]
fn check_requires_two_sources_for_a_verified_clause() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("acme.toml");
    let run = |verified: &str| {
        std::fs::write(&file, SMALL.replace("VERIFIED", verified)).unwrap();
        cli(dir.path())
            .arg("catalog")
            .arg("check")
            .arg(&file)
            .output()
            .unwrap()
    };
    let bare = run("verified = true");
    assert_eq!(bare.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bare.stderr);
    assert!(err.contains("clause 4") && err.contains("sources"), "{err}");
    let one = run("verified = true\nsources = [\"a\"]");
    assert_eq!(one.status.code(), Some(2));
    for ok in [
        "verified = false",
        "verified = true\nsources = [\"a\", \"b\"]",
    ] {
        let out = run(ok);
        assert!(
            out.status.success(),
            "{ok}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn check_passes_both_builtin_editions() {
    let dir = tempfile::tempdir().unwrap();
    for ed in ["gbt29490-2023", "gbt29490-2013"] {
        let out = cli(dir.path())
            .arg("catalog")
            .arg("check")
            .arg(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("assets/catalogs")
                    .join(ed),
            )
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{ed}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn check_rejects_a_question_asked_twice_in_one_clause() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("twice.toml");
    let mut text = SMALL.replace("VERIFIED", "verified = false");
    let second = text[text.find("[[items]]").unwrap()..].replace("acme-4-1", "acme-4-2");
    text.push_str(&second);
    std::fs::write(&file, text).unwrap();
    let out = cli(dir.path())
        .arg("catalog")
        .arg("check")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("acme-4-2") && err.contains("same question"),
        "{err}"
    );
}

fn check_small(dir: &std::path::Path, name: &str, text: &str) -> std::process::Output {
    let file = dir.join(name);
    std::fs::write(&file, text).unwrap();
    cli(dir)
        .arg("catalog")
        .arg("check")
        .arg(&file)
        .output()
        .unwrap()
}

/// SMALL with clause 4 lettered a) and b), and its item covering `covers` (None: not said).
fn lettered(covers: Option<&str>) -> String {
    let subpoints = "verified = false\nsubpoints = [\n  { letter = \"a\", text = { \"zh-CN\" = \"甲\", \"en-US\" = \"first\" } },\n  { letter = \"b\", text = { \"zh-CN\" = \"乙\", \"en-US\" = \"second\" } },\n]";
    let mut text = SMALL.replace("VERIFIED", subpoints);
    if let Some(c) = covers {
        text = text.replace(
            "clause = \"4\"\n",
            &format!("clause = \"4\"\ncovers = {c}\n"),
        );
    }
    text
}

#[test]
fn check_fails_when_a_sub_point_has_no_item() {
    let dir = tempfile::tempdir().unwrap();
    let out = check_small(dir.path(), "half.toml", &lettered(Some("[\"a\"]")));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no item covers sub-point 4 b)"), "{err}");
    assert!(!err.contains("4 a)"), "{err}");
    let ok = check_small(dir.path(), "full.toml", &lettered(Some("[\"a\", \"b\"]")));
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
}

#[test]
fn check_fails_when_an_item_does_not_say_what_it_covers() {
    let dir = tempfile::tempdir().unwrap();
    let out = check_small(dir.path(), "silent.toml", &lettered(None));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("acme-4-1") && err.contains("covers"), "{err}");
}

#[test]
fn a_covered_letter_the_clause_does_not_list_is_refused_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let text = lettered(Some("[\"a\", \"b\", \"z\"]"));
    let out = check_small(dir.path(), "bad.toml", &text);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("acme-4-1") && err.contains("4 z)"), "{err}");
    let zh = Command::new(env!("CARGO_BIN_EXE_ipms-readiness"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["--lang", "zh-CN", "catalog", "check"])
        .arg(dir.path().join("bad.toml"))
        .output()
        .unwrap();
    let zh_err = String::from_utf8_lossy(&zh.stderr);
    assert!(zh_err.contains("子项 4 z)"), "{zh_err}");
}
