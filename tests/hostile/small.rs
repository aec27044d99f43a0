//! Case 11: smaller wrong answers — dates, missing folders, binary and UTF-16 files, sizes,
//! long client names, English and debug text in Chinese messages.

use crate::common::{Folder, stderr, stdout};
use ipms_readiness::i18n::error_text;
use ipms_readiness::locale::Locale;
use ipms_readiness::model::profile::{UsccError, validate_uscc};
use ipms_readiness::store::{ImportErrorKind, StoreError};

fn kind(r: Result<i64, StoreError>) -> ImportErrorKind {
    match r {
        Err(StoreError::Import(e)) => e.kind,
        other => panic!("expected an import error, got {other:?}"),
    }
}

#[test]
fn a_two_digit_year_is_refused() {
    let f = Folder::new();
    let (id, _) = f.with_answer();
    let id = id.to_string();
    let out = f.cli("en-US", &["score", &id, "--as-of", "26-01-01"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("four-digit year"), "{}", stderr(&out));
    let out = f.cli("en-US", &["score", &id, "--as-of", "2026-01-01"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_report_into_a_missing_folder_is_refused_and_no_folder_made() {
    let f = Folder::new();
    let (id, _) = f.with_answer();
    let missing = f.data.join("没有 这个").join("目录");
    let target = missing.join("x.pdf");
    let out = f.cli(
        "zh-CN",
        &["report", &id.to_string(), "--out", target.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stderr(&out).contains("不存在"), "{}", stderr(&out));
    assert!(!missing.exists() && !missing.parent().unwrap().exists());
}

#[test]
fn binary_and_utf16_files_are_called_what_they_are() {
    let f = Folder::new();
    let (id, _) = f.with_answer();
    let store = f.open();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let binary: Vec<u8> = (0..4096)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            if i % 3 == 0 { b'[' } else { x as u8 }
        })
        .collect();
    assert_eq!(kind(store.import_bytes(&binary)), ImportErrorKind::NotUtf8);
    let json = store.export_json(id).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(json.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(kind(store.import_bytes(&utf16)), ImportErrorKind::NotUtf8);
    let no_bom: Vec<u8> = "{\"a\": [[[[]]]]}"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let err = store.import_bytes(&no_bom).unwrap_err();
    let zh = error_text(Locale::ZhCn, &err);
    assert!(zh.contains("UTF-8") && !zh.contains("嵌套"), "{zh}");
}

#[test]
fn sizes_just_over_the_limit_show_different_numbers() {
    let f = Folder::new();
    let store = f.open();
    let big = f.data.join("big.json");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(ipms_readiness::store::exchange::MAX_FILE_BYTES + 1)
        .unwrap();
    let err = store.import_file(&big).unwrap_err();
    let en = error_text(Locale::EnUs, &err);
    assert!(
        en.contains("50.000001 MB") && en.contains("50.000000 MB"),
        "{en}"
    );
}

#[test]
fn a_long_client_name_is_accepted_with_a_shortened_title() {
    let f = Folder::new();
    let name = format!("{}有限公司", "深圳".repeat(88));
    assert_eq!(name.chars().count(), 180);
    let out = f.cli("zh-CN", &["new", "--org", &name]);
    assert!(out.status.success(), "{}", stderr(&out));
    let too_long = "长".repeat(201);
    let out = f.cli("en-US", &["new", "--org", &too_long]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!stderr(&out).contains("title"), "{}", stderr(&out));
}

#[test]
fn chinese_messages_carry_no_english_or_debug_text() {
    let f = Folder::new();
    let (id, item) = f.with_answer();
    let store = f.open();
    let json = store.export_json(id).unwrap();
    let mut code: Vec<char> = "91440300MA5F3ABC1X".chars().collect();
    if let Err(UsccError::CheckDigit { expected, .. }) =
        validate_uscc(&code.iter().collect::<String>())
    {
        code[17] = if expected == '0' { '1' } else { '0' };
    }
    let code: String = code.into_iter().collect();
    assert!(
        matches!(validate_uscc(&code), Err(UsccError::CheckDigit { .. })),
        "{code}"
    );
    let bad = json.replacen("\"uscc\": \"\"", &format!("\"uscc\": \"{code}\""), 1);
    assert_ne!(bad, json, "the export has an empty uscc field");
    let zh = error_text(
        Locale::ZhCn,
        &store.import_bytes(bad.as_bytes()).unwrap_err(),
    );
    assert!(
        zh.contains("校验位") && !zh.contains("CheckDigit") && !zh.contains('{'),
        "{zh}"
    );

    let na = json.replacen("\"verdict\": \"minor\"", "\"verdict\": \"na\"", 1);
    assert!(na.contains(&item));
    let zh = error_text(
        Locale::ZhCn,
        &store.import_bytes(na.as_bytes()).unwrap_err(),
    );
    assert!(zh.contains("不适用") && !zh.ends_with("na"), "{zh}");
}

#[test]
fn parser_messages_in_chinese_errors_are_said_in_chinese() {
    let f = Folder::new();
    let english = [
        "expected", "invalid", "type", "value", "line", "column", "unclosed", "table", "integer",
        "string", "EOF", "missing", "field",
    ];
    let bad_json = f.data.join("坏 文件.json");
    std::fs::write(
        &bad_json,
        r#"{"format": "ipms-readiness/assessment", "x": [1,,]}"#,
    )
    .unwrap();
    let bad_toml = f.data.join("坏 题库.toml");
    std::fs::write(&bad_toml, "id = \"x\"\nversion = \"1\"\n[[items]\n").unwrap();
    let typed_toml = f.data.join("错类型.toml");
    std::fs::write(&typed_toml, "id = \"x\"\nversion = \"1\"\ncode = 3\n").unwrap();
    for args in [
        vec!["import", bad_json.to_str().unwrap()],
        vec!["catalog", "check", bad_toml.to_str().unwrap()],
        vec!["catalog", "check", typed_toml.to_str().unwrap()],
    ] {
        let out = f.cli("zh-CN", &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        let words: Vec<&str> = english
            .iter()
            .copied()
            .filter(|w| err.contains(w))
            .collect();
        assert!(words.is_empty(), "{args:?}: English {words:?} in {err}");
        assert!(
            err.contains('第') || err.contains(".toml:3"),
            "no place named: {err}"
        );
    }
}
