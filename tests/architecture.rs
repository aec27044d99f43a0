#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The pure rooms never mention the GUI toolkit.

use std::path::Path;

/// Whether a line names the toolkit: `iced` as a word of its own or the start of one
/// (`iced::`, `iced_test`), not inside another word ("officedocument", "sliced").
fn mentions_iced(line: &str) -> bool {
    line.match_indices("iced").any(|(at, _)| {
        !line[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

#[test]
fn the_toolkit_is_found_as_a_word_and_not_inside_others() {
    assert!(mentions_iced("use iced::widget;"));
    assert!(mentions_iced("    iced_test::Simulator"));
    assert!(!mentions_iced(
        "application/vnd.openxmlformats-officedocument"
    ));
    assert!(!mentions_iced("the sliced text"));
}

fn scan(dir: &Path, offenders: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            scan(&p, offenders);
        } else if p.extension().is_some_and(|x| x == "rs") {
            let src = std::fs::read_to_string(&p).unwrap();
            for (n, line) in src.lines().enumerate() {
                if mentions_iced(line) {
                    offenders.push(format!("{}:{}", p.display(), n + 1));
                }
            }
        }
    }
}

#[test]
fn core_rooms_do_not_mention_iced() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offenders = Vec::new();
    for room in ["model", "store", "report", "i18n"] {
        let dir = src.join(room);
        assert!(dir.is_dir(), "{room} exists");
        scan(&dir, &mut offenders);
    }
    assert!(
        offenders.is_empty(),
        "iced mentioned in pure rooms: {offenders:?}"
    );
}

#[test]
fn model_does_no_io_and_no_sql() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let mut files = Vec::new();
    let mut dirs = vec![dir];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else {
                files.push(p);
            }
        }
    }
    assert!(files.len() > 10, "{files:?}");
    for p in files {
        let src = std::fs::read_to_string(&p).unwrap();
        for banned in ["std::fs", "rusqlite", "std::net", "File::open"] {
            assert!(!src.contains(banned), "{} uses {banned}", p.display());
        }
    }
}

#[test]
fn model_returns_message_ids_not_translated_text() {
    // The model hands out message ids with arguments; only the UI, the report and the CLI
    // turn them into sentences. Comments may speak of i18n; code may not use it.
    let mut offenders = Vec::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model")];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
                continue;
            }
            let src = std::fs::read_to_string(&p).unwrap();
            for (n, line) in src.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                if code.contains("i18n") {
                    offenders.push(format!("{}:{}: {}", p.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "model code uses crate::i18n: {offenders:#?}"
    );
}
