#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The en-US text of the catalogues and of i18n/en-US is American English, and every guidance
//! text uses the one verdict legend (√ △ ○ ×) in both locales.

use ipms_readiness::catalogs::builtin;
use ipms_readiness::locale::Localized;
use ipms_readiness::model::catalog::Catalog;
use std::path::Path;

/// British spellings (and the non-English "is conform") that must not appear in en-US text.
/// Matched as whole words, case-insensitively.
const BRITISH: &[&str] = &[
    "licence",
    "licences",
    "licenced",
    "authorisation",
    "authorise",
    "authorised",
    "behaviour",
    "behaviours",
    "programme",
    "programmes",
    "organisation",
    "organisations",
    "organisational",
    "organise",
    "organised",
    "recognise",
    "recognised",
    "analyse",
    "analysed",
    "analysing",
    "labour",
    "favour",
    "favouring",
    "honour",
    "honoured",
    "colour",
    "centre",
    "centres",
    "defence",
    "offence",
    "catalogue",
    "catalogues",
    "modelled",
    "fulfilment",
    "standardisation",
    "minimise",
    "prioritise",
    "summarise",
    "realise",
    "utilise",
    "judgement",
    "whilst",
    "grey",
];

const NOT_ENGLISH: &[&str] = &["is conform", "are conform", "conform if"];

/// Misspellings that once shipped.
const TYPOS: &[&str] = &["specializt", "leadr"];

/// Words ending in "-ised" that are American too; any other "-ised" or "-isation" is British.
const ISED_AMERICAN: &[&str] = &[
    "advised",
    "apprised",
    "comprised",
    "compromised",
    "devised",
    "exercised",
    "franchised",
    "improvised",
    "merchandised",
    "premised",
    "praised",
    "promised",
    "raised",
    "revised",
    "supervised",
    "surprised",
    "televised",
    "unsupervised",
    "unrevised",
];

fn british_ending(w: &str) -> bool {
    w.contains("isation") || (w.ends_with("ised") && !ISED_AMERICAN.contains(&w))
}

/// The legend as every guidance text names it.
const LEGEND_EN: [&str; 4] = [
    "√ Conforming",
    "△ Observation",
    "○ Minor nonconformity",
    "× Major nonconformity",
];

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

fn problems_in(text: &str) -> Vec<String> {
    let mut found: Vec<String> = words(text)
        .filter(|w| {
            BRITISH.contains(&w.as_str()) || TYPOS.contains(&w.as_str()) || british_ending(w)
        })
        .collect();
    let lower = text.to_lowercase();
    found.extend(
        NOT_ENGLISH
            .iter()
            .filter(|p| lower.contains(*p))
            .map(|p| (*p).to_string()),
    );
    found
}

fn texts(cat: &Catalog) -> Vec<(String, &Localized)> {
    let mut out = vec![(cat.id.clone(), &cat.title)];
    for c in &cat.clauses {
        out.push((format!("{} {}", cat.id, c.number), &c.title));
    }
    for i in &cat.items {
        out.push((i.id.clone(), &i.question));
        out.push((i.id.clone(), &i.guidance));
        out.push((i.id.clone(), &i.action));
        out.extend(i.evidence.iter().map(|e| (i.id.clone(), &e.text)));
        if let Some(s) = &i.sample {
            out.push((i.id.clone(), s));
        }
        if let Some(p) = &i.plain {
            out.push((i.id.clone(), p));
        }
        if let Some(e) = &i.examples {
            for t in [&e.conform, &e.observation, &e.minor, &e.major] {
                out.push((i.id.clone(), t));
            }
        }
    }
    out
}

#[test]
fn catalogue_english_is_american() {
    let set = builtin().unwrap();
    let mut bad = Vec::new();
    for cat in [&set.gbt2023, &set.gbt2013] {
        for (place, t) in texts(cat) {
            for p in problems_in(&t.en_us) {
                bad.push(format!("{place}: {p}"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} British or non-English words: {bad:?}",
        bad.len()
    );
}

#[test]
fn i18n_english_is_american() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n/en-US");
    let mut bad = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            // Only the message text: ids (before " = ") keep their historical names.
            let value = line.split_once(" = ").map_or(line, |(_, v)| v);
            for p in problems_in(value) {
                bad.push(format!("{}: {p}", path.display()));
            }
        }
    }
    assert!(bad.is_empty(), "{bad:?}");
}

/// The English text of the policy data (rewards, costs, size classes) a report prints.
#[test]
fn policy_data_english_is_american() {
    fn english(v: &toml::Value, out: &mut Vec<String>) {
        match v {
            toml::Value::Table(t) => {
                for (k, x) in t {
                    match x {
                        toml::Value::String(s) if k == "en-US" => out.push(s.clone()),
                        _ => english(x, out),
                    }
                }
            }
            toml::Value::Array(a) => a.iter().for_each(|x| english(x, out)),
            _ => {}
        }
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/policies");
    let mut bad = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let value: toml::Value = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut texts = Vec::new();
        english(&value, &mut texts);
        assert!(!texts.is_empty(), "{}: no English text", path.display());
        for t in texts {
            for p in problems_in(&t) {
                bad.push(format!("{}: {p}", path.display()));
            }
        }
    }
    assert!(bad.is_empty(), "{bad:?}");
}

#[test]
fn every_guidance_uses_the_one_legend() {
    let set = builtin().unwrap();
    for cat in [&set.gbt2023, &set.gbt2013] {
        for item in cat.active_items() {
            let g = &item.guidance;
            for label in LEGEND_EN {
                assert!(g.en_us.contains(label), "{}: en-US lacks {label}", item.id);
            }
            for (sym, zh) in [("√", "为√"), ("△", "为△"), ("○", "为○"), ("×", "为×")]
            {
                assert!(g.zh_cn.contains(zh), "{}: zh-CN lacks {sym}", item.id);
            }
            // The English names appear once each, in legend order.
            let at: Vec<usize> = LEGEND_EN
                .iter()
                .map(|l| g.en_us.find(l).unwrap_or(0))
                .collect();
            assert!(
                at.windows(2).all(|w| w[0] < w[1]),
                "{}: legend out of order",
                item.id
            );
        }
    }
}

#[test]
fn observation_is_guided_in_most_items_in_both_locales() {
    let set = builtin().unwrap();
    for cat in [&set.gbt2023, &set.gbt2013] {
        let items: Vec<_> = cat.active_items().collect();
        let guided = items
            .iter()
            .filter(|i| i.guidance.zh_cn.contains('△') && i.guidance.en_us.contains('△'))
            .count();
        assert!(
            guided * 100 >= items.len() * 60,
            "{}: only {guided} of {} items guide △ in both locales",
            cat.id,
            items.len()
        );
    }
}

#[test]
fn the_checker_catches_british_spelling() {
    assert_eq!(
        problems_in("a licence and its behaviour"),
        ["licence", "behaviour"]
    );
    assert_eq!(problems_in("This is conform (√)."), ["is conform"]);
    assert!(problems_in("a license, its behavior, conforming").is_empty());
}

#[test]
fn the_checker_catches_ise_endings_and_known_typos() {
    assert_eq!(
        problems_in("notarised by the IP specializt after a reorganisation"),
        ["notarised", "specializt", "reorganisation"]
    );
    assert!(problems_in("a revised contract, notarized and supervised").is_empty());
}
