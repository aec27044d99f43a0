//! Case 13: catalogue parsing never panics or hangs on damaged input — 10,000 generated
//! variants of a valid catalogue (byte damage, line edits, odd ids and values) per run. Import
//! is fuzzed the same way in `tests/store_fuzz.rs` (12,000 inputs, through the duplicate-key
//! parser).

use crate::catalogs::catalogue;
use ipms_readiness::catalogs::Problem;
use ipms_readiness::i18n::error_text;
use ipms_readiness::locale::Locale;
use ipms_readiness::model::catalog::{SourceFile, parse_catalog};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

#[derive(Debug, Clone)]
enum Edit {
    Flip(usize, u8),
    Cut(usize),
    DropLine(usize),
    DupLine(usize),
    Replace(usize, String),
}

fn edit() -> impl Strategy<Value = Edit> {
    let values = prop_oneof![
        Just(String::new()),
        Just("id = \"../../etc\"".to_string()),
        Just("id = \"\"".to_string()),
        Just("weight = 300".to_string()),
        Just("clause = \"99.9\"".to_string()),
        Just("[[items]]".to_string()),
        Just("[[clauses]]".to_string()),
        Just("published = 2024-13-45".to_string()),
        Just("title = { \"zh-CN\" = \"\", \"en-US\" = \"\" }".to_string()),
        Just("x = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[".to_string()),
        "\\PC{0,40}",
    ];
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Edit::Flip(i, b)),
        any::<usize>().prop_map(Edit::Cut),
        any::<usize>().prop_map(Edit::DropLine),
        any::<usize>().prop_map(Edit::DupLine),
        (any::<usize>(), values).prop_map(|(i, v)| Edit::Replace(i, v)),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> Vec<u8> {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut bytes_edits = Vec::new();
    for e in edits {
        let n = lines.len().max(1);
        match e {
            Edit::DropLine(i) if !lines.is_empty() => {
                lines.remove(i % n);
            }
            Edit::DupLine(i) if !lines.is_empty() => {
                let l = lines[i % n].clone();
                lines.insert(i % n, l);
            }
            Edit::Replace(i, v) if !lines.is_empty() => lines[i % n].clone_from(v),
            other => bytes_edits.push(other.clone()),
        }
    }
    let mut bytes = lines.join("\n").into_bytes();
    for e in bytes_edits {
        let n = bytes.len().max(1);
        match e {
            Edit::Flip(i, b) if !bytes.is_empty() => bytes[i % n] = b,
            Edit::Cut(i) => bytes.truncate(i % n),
            _ => {}
        }
    }
    bytes
}

#[test]
fn damaged_catalogues_never_panic() {
    let valid = catalogue("fuzz", 6);
    let mut runner = TestRunner::new(Config {
        cases: 10_000,
        failure_persistence: None,
        ..Config::default()
    });
    let refused = std::cell::Cell::new(0u32);
    let start = std::time::Instant::now();
    runner
        .run(&prop::collection::vec(edit(), 1..6), |edits| {
            let bytes = apply(&valid, &edits);
            let text = String::from_utf8_lossy(&bytes);
            let lines = text.lines().count() + 1;
            let header = SourceFile {
                name: "用户 题库.toml",
                text: &text,
            };
            if let Err(problems) = parse_catalog(header, &[]) {
                refused.set(refused.get() + 1);
                for p in &problems {
                    prop_assert!(p.line.is_none_or(|l| l >= 1 && l <= lines), "{p:?}");
                    let zh = error_text(Locale::ZhCn, &Problem(p));
                    prop_assert!(zh.contains("用户 题库.toml"), "{zh}");
                }
            }
            Ok(())
        })
        .unwrap();
    let refused = refused.get();
    eprintln!("10000 catalogues, {refused} refused, {:?}", start.elapsed());
    assert!(refused > 1_000, "the edits hardly ever broke the catalogue");
}
