#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The 2013 → 2023 transition rule as the app states it (公告 2023年第27号): since 2025-01-01
//! every application is to the 2023 edition; 2013 certificates not converted by 2025-12-31
//! are suspended or withdrawn.

use ipms_readiness::i18n::tr;
use ipms_readiness::locale::Locale;
use std::path::Path;

const NOTICES: &[&str] = &["report-legacy-notice", "cli-legacy-note"];

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn legacy_notices_give_the_2025_dates() {
    for locale in Locale::ALL {
        for id in NOTICES {
            let text = squash(&tr(locale, id));
            let (start, end) = match locale {
                Locale::ZhCn => ("2025年1月1日", "2025年12月31日"),
                Locale::EnUs => ("2025", "2025"),
            };
            assert!(
                text.contains(start) && text.contains(end),
                "{locale} {id}: {text}"
            );
            assert!(
                !text.contains("2026"),
                "{locale} {id} still says 2026: {text}"
            );
            if locale == Locale::EnUs {
                let ok = (text.contains("2025-01-01") || text.contains("January1,2025"))
                    && (text.contains("2025-12-31") || text.contains("December31,2025"));
                assert!(ok, "{id}: {text}");
                assert!(
                    text.contains("suspended") && text.contains("withdrawn"),
                    "{id}"
                );
            } else {
                assert!(text.contains("暂停") && text.contains("撤销"), "{id}");
            }
        }
    }
}

#[test]
fn no_file_dates_the_transition_to_2026() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md")];
    for dir in ["docs", "i18n/zh-CN", "i18n/en-US", "assets/catalogs"] {
        collect(&root.join(dir), &mut files);
    }
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for bad in [
            "2026-01-01",
            "2026 年 1 月 1 日",
            "2026年1月1日",
            "1 January 2026",
        ] {
            assert!(
                !text.contains(bad),
                "{} dates the transition to 2026 ({bad})",
                f.display()
            );
        }
    }
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            collect(&p, out);
        } else if p
            .extension()
            .is_some_and(|x| x == "md" || x == "ftl" || x == "toml")
        {
            out.push(p);
        }
    }
}
