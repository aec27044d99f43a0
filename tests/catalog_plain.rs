#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Plain-language help for a manager alone: every active item of the built-in 2023 and 2013
//! catalogues explains its question in everyday words and shows what each verdict looks
//! like in a small firm; both languages, short enough for the screen, four different
//! examples, and an item that asks for a document says what to answer when there is none yet.

use ipms_readiness::catalogs::builtin;
use ipms_readiness::locale::Localized;
use ipms_readiness::model::catalog::{EvidenceKind, Item};

const PLAIN_ZH: usize = 150;
const PLAIN_EN: usize = 320;
const EXAMPLE_ZH: usize = 70;
const EXAMPLE_EN: usize = 170;

/// Chinese ideographs, CJK punctuation and full-width forms: none belongs in en-US text.
fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
        || ('\u{3000}'..='\u{303f}').contains(&c)
        || ('\u{ff00}'..='\u{ffef}').contains(&c)
}

fn has_han(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// What is wrong with one text (empty when it is fine).
fn text_problems(what: &str, t: &Localized, zh_max: usize, en_max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let (zh, en) = (t.zh_cn.trim(), t.en_us.trim());
    if zh.is_empty() || en.is_empty() {
        out.push(format!("{what}: empty"));
    }
    if !has_han(zh) {
        out.push(format!("{what}: zh-CN has no Chinese"));
    }
    if en.chars().any(is_cjk) {
        out.push(format!("{what}: en-US has Chinese characters"));
    }
    let (nz, ne) = (zh.chars().count(), en.chars().count());
    if nz > zh_max {
        out.push(format!("{what}: zh-CN {nz} > {zh_max} characters"));
    }
    if ne > en_max {
        out.push(format!("{what}: en-US {ne} > {en_max} characters"));
    }
    out
}

/// What is wrong with one item's plain help and examples (empty when it is fine).
fn item_problems(item: &Item) -> Vec<String> {
    let mut out = Vec::new();
    match &item.plain {
        None => out.push("no plain".to_string()),
        Some(p) => {
            out.extend(text_problems("plain", p, PLAIN_ZH, PLAIN_EN));
            let asks_document = item
                .evidence
                .iter()
                .any(|e| e.kind == EvidenceKind::Document);
            if asks_document && !p.zh_cn.contains("还没有") {
                out.push("plain: zh-CN does not say what to answer without it (还没有)".into());
            }
            if asks_document && !p.en_us.contains("yet") {
                out.push("plain: en-US does not say what to answer without it (yet)".into());
            }
        }
    }
    match &item.examples {
        None => out.push("no examples".to_string()),
        Some(ex) => {
            let four = [
                ("conform", &ex.conform),
                ("observation", &ex.observation),
                ("minor", &ex.minor),
                ("major", &ex.major),
            ];
            for (what, t) in four {
                out.extend(text_problems(what, t, EXAMPLE_ZH, EXAMPLE_EN));
            }
            for i in 0..four.len() {
                for j in i + 1..four.len() {
                    let (a, b) = (four[i].1, four[j].1);
                    if a.zh_cn.trim() == b.zh_cn.trim() || a.en_us.trim() == b.en_us.trim() {
                        out.push(format!(
                            "examples {} and {} are the same",
                            four[i].0, four[j].0
                        ));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_item_of_both_editions_has_plain_help_and_four_small_firm_examples() {
    let set = builtin().expect("built-ins load");
    let mut failing = Vec::new();
    let mut checked = 0;
    for item in set.gbt2023.active_items().chain(set.gbt2013.active_items()) {
        checked += 1;
        let problems = item_problems(item);
        if !problems.is_empty() {
            failing.push(format!("{}: {}", item.id, problems.join("; ")));
        }
    }
    assert!(checked >= 300, "only {checked} active items");
    assert!(
        failing.is_empty(),
        "{} of {checked} items lack plain help or examples:\n{}",
        failing.len(),
        failing.join("\n")
    );
}

#[test]
fn the_checks_catch_what_they_are_meant_to_catch() {
    let set = builtin().expect("built-ins load");
    let mut item = set
        .gbt2023
        .active_items()
        .find(|i| i.evidence.iter().any(|e| e.kind == EvidenceKind::Document))
        .expect("an item asks for a document")
        .clone();
    item.plain = Some(Localized::new(
        "问的是：有没有这份制度。",
        "Is there such a policy?",
    ));
    item.examples = None;
    let p = item_problems(&item);
    assert!(p.iter().any(|m| m.contains("还没有")), "{p:?}");
    assert!(p.iter().any(|m| m.contains("(yet)")), "{p:?}");
    assert!(p.iter().any(|m| m == "no examples"), "{p:?}");

    let same = Localized::new("王总签了字。", "The GM signed it.");
    let long = Localized::new("长".repeat(EXAMPLE_ZH + 1), "x".repeat(EXAMPLE_EN + 1));
    let odd = Localized::new("no Chinese here", "这是中文");
    item.examples = Some(ipms_readiness::model::catalog::Examples {
        conform: same.clone(),
        observation: same,
        minor: long,
        major: odd,
    });
    let p = item_problems(&item);
    for want in [
        "examples conform and observation are the same",
        "minor: zh-CN 71 > 70 characters",
        "minor: en-US 171 > 170 characters",
        "major: zh-CN has no Chinese",
        "major: en-US has Chinese characters",
    ] {
        assert!(p.iter().any(|m| m == want), "{want} not in {p:?}");
    }
}
