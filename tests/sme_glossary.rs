#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The glossary: both languages for every term, the terms a manager meets are there, and every
//! term the catalogues use is found in their texts.

use ipms_readiness::model::glossary::{GLOSSARY, Glossary, parse_glossary};
use std::path::Path;

/// The terms a manager alone met in the 2023 catalogue and the report (issue 15).
const REQUIRED: [&str; 19] = [
    "相关方",
    "合规义务",
    "成文信息",
    "受控文件",
    "管理者代表",
    "内审",
    "管理评审",
    "不符合项",
    "纠正措施",
    "观察项",
    "体系范围",
    "FTO",
    "PPH",
    "专利池",
    "知悉范围",
    "密级",
    "附录B",
    "最高管理者",
    "商业秘密",
];

fn glossary() -> Glossary {
    Glossary::bundled().expect("bundled glossary is valid")
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Every zh-CN and en-US text of the bundled catalogues.
fn catalogue_texts() -> Vec<String> {
    fn walk(v: &toml::Value, out: &mut Vec<String>) {
        match v {
            toml::Value::Table(t) => {
                for (k, v) in t {
                    match (k.as_str(), v) {
                        ("zh-CN" | "en-US", toml::Value::String(s)) => out.push(s.clone()),
                        _ => walk(v, out),
                    }
                }
            }
            toml::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/catalogs");
    let mut out = Vec::new();
    let mut dirs = vec![root];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                let text = std::fs::read_to_string(&path).unwrap();
                walk(&toml::from_str(&text).unwrap(), &mut out);
            }
        }
    }
    assert!(out.len() > 1000, "catalogue texts found: {}", out.len());
    out
}

#[test]
fn every_entry_is_explained_in_both_languages() {
    let g = glossary();
    assert!(g.terms().len() >= 60, "{} terms", g.terms().len());
    for t in g.terms() {
        assert!(t.term.is_complete() && t.plain.is_complete(), "{}", t.id);
        assert!(
            has_cjk(&t.term.zh_cn) && has_cjk(&t.plain.zh_cn),
            "{}",
            t.id
        );
        assert!(
            !has_cjk(&t.term.en_us) && !has_cjk(&t.plain.en_us),
            "{}: the English is English",
            t.id
        );
        assert!(
            t.plain.zh_cn.chars().count() >= 20 && t.plain.en_us.split(' ').count() >= 8,
            "{}: an explanation, not a label",
            t.id
        );
        assert_ne!(t.plain.zh_cn, t.term.zh_cn, "{}", t.id);
    }
}

#[test]
fn the_terms_a_manager_meets_are_all_there() {
    let g = glossary();
    for word in REQUIRED {
        let found = g.terms_in(word);
        assert_eq!(found.len(), 1, "{word}: {found:?}");
        assert!(
            found[0].forms().any(|f| f == word),
            "{word} is a form of {}",
            found[0].id
        );
    }
    // Found inside running text in either language, longest first.
    let zh = g.terms_in("内审发现的不符合项要制定纠正措施，并在管理评审时报告。");
    let ids: Vec<&str> = zh.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "internal-audit",
            "nonconformity",
            "corrective-action",
            "management-review"
        ]
    );
    let en = g.terms_in("Run an FTO search; file abroad through the PPH.");
    let ids: Vec<&str> = en.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["fto", "pph"]);
}

#[test]
fn every_term_the_catalogues_use_is_found_in_their_texts() {
    let g = glossary();
    let texts = catalogue_texts();
    let mut used = 0;
    for t in g.terms() {
        let forms: Vec<String> = t.forms().map(str::to_lowercase).collect();
        let containing: Vec<&String> = texts
            .iter()
            .filter(|text| {
                let lower = text.to_lowercase();
                forms.iter().any(|f| lower.contains(f.as_str()))
            })
            .collect();
        if containing.is_empty() {
            continue;
        }
        used += 1;
        assert!(
            containing
                .iter()
                .any(|text| g.terms_in(text).iter().any(|found| found.id == t.id)),
            "{} occurs in the catalogues but is never found there",
            t.id
        );
    }
    assert!(
        used >= 50,
        "only {used} glossary terms occur in the catalogues"
    );
}

#[test]
fn broken_glossaries_are_refused_with_the_entry_named() {
    let errs = parse_glossary(&GLOSSARY.replace("id = \"pph\"", "id = \"fto\"")).unwrap_err();
    assert!(errs.iter().any(|e| format!("{e}").contains("fto")));
    let errs = parse_glossary("[[terms]]\nid = \"x\"\n").unwrap_err();
    assert!(format!("{}", errs[0]).contains("line"));
}
