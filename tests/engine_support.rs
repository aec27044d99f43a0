#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Support possibilities, the editable regional-rewards data, and the `classify` command.

mod engine_common;

use engine_common::date;
use ipms_readiness::error::Localize;
use ipms_readiness::i18n;
use ipms_readiness::locale::{Locale, Localized};
use ipms_readiness::model::assessment::TriageAnswer;
use ipms_readiness::model::catalog::TriageId;
use ipms_readiness::model::message::Text;
use ipms_readiness::model::profile::{Industry, Profile};
use ipms_readiness::model::support::{
    Likelihood, Possibility, REGIONAL_REWARDS, SupportId, disclaimer, parse_rewards,
    region_matches, rewards_to_toml, support, validate_rewards,
};
use std::process::Command;

fn micro_firm_in_guiyang() -> Profile {
    Profile {
        name: "贵阳某软件有限公司".into(),
        province: "贵州省".into(),
        city: "贵阳市".into(),
        industry: Some(Industry::SoftwareIt),
        employees: Some(8),
        revenue_wan: Some(300.0),
        taxable_income_wan: Some(42.0),
        ..Profile::default()
    }
}

/// A support text rendered in both locales.
fn both(text: &Text) -> Localized {
    Localized::new(
        i18n::render_text(Locale::ZhCn, text),
        i18n::render_text(Locale::EnUs, text),
    )
}

fn ids(list: &[Possibility]) -> Vec<SupportId> {
    list.iter().map(|p| p.id).collect()
}

#[test]
fn bundled_rewards_parse_and_round_trip() {
    let rewards = parse_rewards(REGIONAL_REWARDS).expect("bundled rewards are valid");
    assert!(!rewards.is_empty());
    for r in &rewards {
        assert!(r.source.is_complete() && r.conditions.is_complete());
    }
    let text = rewards_to_toml(&rewards).unwrap();
    assert_eq!(parse_rewards(&text).unwrap(), rewards);
}

#[test]
fn edited_rewards_are_validated_with_translated_reasons() {
    let mut rewards = parse_rewards(REGIONAL_REWARDS).unwrap();
    let mut copy = rewards[0].clone();
    copy.amount.en_us = " ".into();
    copy.amount_yuan = Some(50_000_000);
    copy.policy_year = Some(1890);
    rewards.push(copy);
    let errs = validate_rewards(&rewards).unwrap_err();
    let ids: Vec<&str> = errs.iter().map(Localize::message_id).collect();
    assert_eq!(
        ids,
        [
            "err-policy-duplicate",
            "err-policy-missing-text",
            "err-policy-value",
            "err-policy-value"
        ]
    );
    for e in &errs {
        for l in Locale::ALL {
            assert!(!i18n::error_text(l, e).starts_with("err-"));
        }
    }
    let errs = parse_rewards("[[rewards]]\nid = \"x\"\nchecked_on = \"yesterday\"\n").unwrap_err();
    assert_eq!(errs[0].message_id(), "err-policy-syntax");
    assert!(i18n::error_text(Locale::EnUs, &errs[0]).contains("line"));
}

#[test]
fn micro_firm_sees_fee_reduction_regional_reward_and_seed_measures() {
    let rewards = parse_rewards(REGIONAL_REWARDS).unwrap();
    let profile = micro_firm_in_guiyang();
    let list = support(&profile, &rewards, date(2026, 12, 1));
    let got = ids(&list);
    for id in [
        SupportId::FeeReduction,
        SupportId::ExpeditedExamination,
        SupportId::FilingSubsidy,
        SupportId::FirstInvention,
        SupportId::CertificationReward,
        SupportId::ServiceVouchers,
        SupportId::StandardDiagnosis,
    ] {
        assert!(got.contains(&id), "{id} missing from {got:?}");
    }
    assert!(
        !got.contains(&SupportId::PledgeFinancing),
        "no rights to pledge"
    );
    assert!(
        !got.contains(&SupportId::FilingAbroad),
        "export not answered yes"
    );
    let fee = &list[0];
    assert_eq!(fee.likelihood, Likelihood::Likely);
    assert!(
        both(&fee.detail).zh_cn.contains("42 万元") && both(&fee.detail).zh_cn.contains("85%"),
        "{}",
        both(&fee.detail).zh_cn
    );
    assert!(both(&fee.source).zh_cn.contains("财税〔2016〕78号"));
    let guiyang = |p: &&Possibility| {
        p.reward
            .as_ref()
            .is_some_and(|r| r.id == "guizhou-guiyang-2021")
    };
    let regional = list.iter().find(guiyang).expect("Guiyang reward listed");
    assert!(both(&regional.title).zh_cn.starts_with("贵州省贵阳市"));
    assert!(both(&regional.detail).zh_cn.contains("5 万元"));
    assert!(!regional.stale);
    for p in &list {
        for text in [&p.title, &p.detail, &p.conditions, &p.source].map(both) {
            assert!(text.is_complete(), "{p:?}");
            assert!(!text.zh_cn.contains("support-") && !text.en_us.contains("support-"));
        }
    }
    // A year and more later the entry is flagged for re-checking.
    let later = support(&profile, &rewards, date(2028, 1, 1));
    let regional = later.iter().find(guiyang).unwrap();
    assert!(regional.stale);
    assert!(both(&regional.detail).zh_cn.contains("已超过一年"));
    assert!(i18n::render(Locale::ZhCn, &disclaimer()).contains("仅供参考"));
}

#[test]
fn large_firm_with_high_income_sees_no_seed_measures() {
    let mut profile = micro_firm_in_guiyang();
    profile.employees = Some(800);
    profile.revenue_wan = Some(50_000.0);
    profile.taxable_income_wan = Some(3000.0);
    profile.portfolio.trademarks = 4;
    profile.triage.insert(TriageId::Export, TriageAnswer::Yes);
    let list = support(&profile, &[], date(2026, 12, 1));
    assert_eq!(
        ids(&list),
        [SupportId::ExpeditedExamination, SupportId::PledgeFinancing],
        "medium/large: no fee reduction above 100万, no small-firm measures"
    );
    // Size unknown: the small-firm measures stay, conditioned on the size class.
    profile.revenue_wan = None;
    profile.employees = None;
    profile.taxable_income_wan = None;
    let list = support(&profile, &[], date(2026, 12, 1));
    let fee = list
        .iter()
        .find(|p| p.id == SupportId::FeeReduction)
        .unwrap();
    assert_eq!(fee.likelihood, Likelihood::Possible);
    let vouchers = list
        .iter()
        .find(|p| p.id == SupportId::ServiceVouchers)
        .unwrap();
    assert!(
        both(&vouchers.conditions)
            .zh_cn
            .contains("请先补充规模指标")
    );
    assert!(list.iter().any(|p| p.id == SupportId::FilingAbroad));
    // No patents planned and none held: no patent measures at all.
    profile.triage.insert(TriageId::Patents, TriageAnswer::No);
    let list = support(&profile, &[], date(2026, 12, 1));
    assert!(!ids(&list).contains(&SupportId::FeeReduction));
    assert!(!ids(&list).contains(&SupportId::ExpeditedExamination));
}

#[test]
fn regions_match_without_suffixes() {
    let reward = parse_rewards(REGIONAL_REWARDS).unwrap().remove(0);
    let at = |province: &str, city: &str| Profile {
        province: province.into(),
        city: city.into(),
        ..Profile::default()
    };
    assert!(region_matches(&reward, &at("贵州", "贵阳")));
    assert!(
        region_matches(&reward, &at("贵州省", "")),
        "city unknown: may be there"
    );
    assert!(!region_matches(&reward, &at("贵州省", "遵义市")));
    assert!(!region_matches(&reward, &at("广东省", "贵阳市")));
    assert!(!region_matches(&reward, &at("", "")));
}

fn classify(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ipms-readiness"))
        .args(["--lang", "zh-CN", "classify"])
        .args(args)
        .env(
            "IPMS_DATA_DIR",
            std::env::temp_dir().join("ipms-engine-support-test"),
        )
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn classify_command_prints_json_and_rejects_bad_input() {
    let (code, out, _) = classify(&[
        "--industry",
        "industry",
        "--employees",
        "150",
        "--revenue",
        "5000",
        "--json",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["class"], "small");
    assert!(v["reason"]["zh-CN"].as_str().unwrap().contains("小型企业"));
    assert!(
        v["reason"]["en-US"]
            .as_str()
            .unwrap()
            .contains("Size class: small")
    );
    let (code, out, _) = classify(&["--industry", "construction", "--revenue", "500", "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["class"], "unknown");
    assert_eq!(v["missing"], serde_json::json!(["assets"]));
    let (code, out, _) = classify(&[
        "--industry",
        "software-it",
        "--employees",
        "40",
        "--revenue",
        "30",
    ]);
    assert_eq!(code, 0);
    assert!(out.starts_with("微型企业\n"), "{out}");
    assert!(out.contains("工信部联企业〔2011〕300号"));
    let (code, _, err) = classify(&["--industry", "mining"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("未知的行业代码") && err.contains("software-it"),
        "{err}"
    );
    let (code, _, err) = classify(&["--industry", "retail", "--revenue", "-3"]);
    assert_eq!(code, 2);
    assert!(err.contains("--revenue"), "{err}");
}
