#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The regional-rewards data: every entry sourced, dated and selectable from a profile; which
//! entries apply where; and when an entry is flagged stale.

use chrono::{Datelike, NaiveDate};
use ipms_readiness::error::Localize;
use ipms_readiness::model::profile::Profile;
use ipms_readiness::model::rewards::{
    Level, NATIONAL, PROVINCES, applicable, is_province, place_key, staleness,
};
use ipms_readiness::model::support::{
    AmountBasis, REGIONAL_REWARDS, RegionalReward, RewardKind, parse_rewards, validate_rewards,
};
use std::collections::BTreeSet;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn bundled() -> Vec<RegionalReward> {
    parse_rewards(REGIONAL_REWARDS).expect("bundled rewards are valid")
}

/// The profile fields a firm at this entry's place would fill in: the province in full, the
/// city as written, or the district in the city field when it is a district's entry.
fn profile_at(reward: &RegionalReward, district_in_city: bool) -> Profile {
    let province = PROVINCES
        .iter()
        .find(|p| place_key(p) == place_key(&reward.province))
        .map_or_else(|| reward.province.clone(), |p| (*p).to_string());
    let city = match (&reward.city, &reward.district) {
        (_, Some(d)) if district_in_city => d.clone(),
        (Some(c), _) => format!("{c}市").replace("地区市", "地区"),
        (None, _) => String::new(),
    };
    Profile {
        name: "测试企业".into(),
        province,
        city,
        ..Profile::default()
    }
}

#[test]
fn every_entry_has_a_source_a_date_an_office_and_a_consistent_amount() {
    let rewards = bundled();
    assert!(rewards.len() >= 35, "{} entries", rewards.len());
    let latest_check = date(2026, 12, 31);
    for r in &rewards {
        assert!(r.source.is_complete(), "{}", r.id);
        assert!(
            r.conditions.is_complete() && r.amount.is_complete(),
            "{}",
            r.id
        );
        assert!(
            r.office
                .as_ref()
                .is_some_and(ipms_readiness::locale::Localized::is_complete),
            "{}: names the office to ask",
            r.id
        );
        assert!(r.checked_on <= latest_check, "{}", r.id);
        if let Some(year) = r.policy_year {
            assert!(year <= r.checked_on.year(), "{}", r.id);
        }
        match r.kind {
            RewardKind::Money => {
                let url = r.url.as_deref().unwrap_or_default();
                assert!(url.starts_with("http"), "{}: source address", r.id);
                assert!(r.basis.is_some(), "{}: how the amount is set", r.id);
                if r.basis != Some(AmountBasis::ActualFees) {
                    assert!(r.amount_yuan.is_some_and(|a| a > 0), "{}", r.id);
                }
            }
            RewardKind::NonMonetary => {
                assert_eq!(r.province, NATIONAL, "{}", r.id);
                assert!(r.amount_yuan.is_none() && r.basis.is_none(), "{}", r.id);
                assert!(r.amount.zh_cn.contains("不是资金"), "{}", r.id);
                assert!(r.amount.en_us.starts_with("Not money"), "{}", r.id);
            }
        }
    }
}

#[test]
fn every_region_can_be_selected_from_a_profile() {
    let rewards = bundled();
    let as_of = date(2026, 12, 1);
    for r in &rewards {
        assert!(
            r.province == NATIONAL || is_province(&r.province),
            "{}: {} is a province",
            r.id,
            r.province
        );
        for district_in_city in [false, true] {
            if district_in_city && r.district.is_none() {
                continue;
            }
            let profile = profile_at(r, district_in_city);
            assert!(profile.validate().is_ok(), "{}: {profile:?}", r.id);
            let found = applicable(&rewards, &profile.province, &profile.city, as_of);
            let hit = found
                .iter()
                .find(|a| a.reward.id == r.id)
                .unwrap_or_else(|| panic!("{} not selected by {profile:?}", r.id));
            let exact = r.district.is_none() || district_in_city;
            assert_eq!(hit.confirmed, exact, "{}", r.id);
        }
    }
}

#[test]
fn coverage_reaches_the_provinces_and_cities_found() {
    let rewards = bundled();
    let provinces: BTreeSet<String> = rewards
        .iter()
        .filter(|r| r.province != NATIONAL)
        .map(|r| place_key(&r.province))
        .collect();
    for p in ["广东", "江苏", "浙江", "山东", "贵州", "福建", "重庆"] {
        assert!(provinces.contains(p), "{p} missing from {provinces:?}");
    }
    let has = |province: &str, city: Option<&str>| {
        rewards
            .iter()
            .any(|r| place_key(&r.province) == province && r.city.as_deref() == city)
    };
    assert!(has("广东", None) && has("江苏", None), "provincial entries");
    for city in ["深圳", "佛山", "广州", "东莞"] {
        assert!(has("广东", Some(city)), "{city}");
    }
    let shenzhen_districts = rewards
        .iter()
        .filter(|r| r.city.as_deref() == Some("深圳") && r.district.is_some())
        .count();
    assert!(shenzhen_districts >= 4);
    assert!(
        rewards
            .iter()
            .any(|r| r.basis == Some(AmountBasis::ActualFees)),
        "an 'actual fees' entry"
    );
}

#[test]
fn a_foshan_firm_sees_city_then_province_then_national_measures() {
    let rewards = bundled();
    let found = applicable(&rewards, "广东省", "佛山市", date(2026, 12, 1));
    let ids: Vec<&str> = found.iter().map(|a| a.reward.id.as_str()).collect();
    assert_eq!(ids[0], "guangdong-foshan", "{ids:?}");
    assert_eq!(found[0].level, Level::City);
    assert!(ids.contains(&"guangdong-province"));
    assert!(!ids.iter().any(|id| id.contains("shenzhen")), "{ids:?}");
    let first_other = found
        .iter()
        .position(|a| a.reward.kind == RewardKind::NonMonetary)
        .expect("national non-monetary measures listed");
    assert!(
        found[first_other..]
            .iter()
            .all(|a| a.reward.kind == RewardKind::NonMonetary && a.level == Level::National),
        "money first, then measures that are not money"
    );
    // Undated summaries are flagged for re-checking.
    assert!(found[0].staleness.undated && found[0].staleness.is_stale());
}

#[test]
fn districts_match_through_the_city_field_and_stay_unconfirmed_otherwise() {
    let rewards = bundled();
    let as_of = date(2026, 12, 1);
    let shenzhen = applicable(&rewards, "广东", "深圳", as_of);
    let baoan = shenzhen
        .iter()
        .find(|a| a.reward.id == "guangdong-shenzhen-baoan-2020")
        .unwrap();
    assert_eq!(baoan.level, Level::District);
    assert!(
        !baoan.confirmed,
        "the profile does not say the firm is in Bao'an"
    );
    let city = shenzhen
        .iter()
        .position(|a| a.reward.id == "guangdong-shenzhen")
        .unwrap();
    let district = shenzhen
        .iter()
        .position(|a| a.reward.id == "guangdong-shenzhen-baoan-2020")
        .unwrap();
    assert!(city < district, "what the profile confirms comes first");
    // The district written in the city field selects it, its city and its province.
    let in_baoan = applicable(&rewards, "广东省", "宝安区", as_of);
    let ids: Vec<&str> = in_baoan.iter().map(|a| a.reward.id.as_str()).collect();
    assert_eq!(ids[0], "guangdong-shenzhen-baoan-2020", "{ids:?}");
    assert!(ids.contains(&"guangdong-shenzhen") && ids.contains(&"guangdong-province"));
    assert!(!ids.contains(&"guangdong-shenzhen-nanshan"), "{ids:?}");
    assert!(in_baoan.iter().all(|a| a.confirmed));

    let yuzhong = applicable(&rewards, "重庆市", "渝中区", as_of);
    let ids: Vec<&str> = yuzhong.iter().map(|a| a.reward.id.as_str()).collect();
    assert!(ids.contains(&"chongqing-yuzhong-2021"), "{ids:?}");
    assert!(!ids.contains(&"chongqing-tongnan-2021"), "{ids:?}");
    assert!(yuzhong.iter().all(|a| a.confirmed));

    let nowhere = applicable(&rewards, "", "", as_of);
    assert!(nowhere.iter().all(|a| a.level == Level::National));
    assert!(!nowhere.is_empty());
    assert!(
        applicable(&rewards, "广东省", "遵义市", as_of)
            .iter()
            .all(|a| a.reward.city.is_none())
    );
}

#[test]
fn entries_older_than_two_years_are_flagged() {
    let mut r = bundled().remove(0);
    let as_of = date(2026, 12, 1);
    r.checked_on = date(2026, 11, 1);
    r.policy_year = Some(2024);
    assert!(
        !staleness(&r, as_of).is_stale(),
        "two years old is not older than two"
    );
    r.policy_year = Some(2023);
    let s = staleness(&r, as_of);
    assert!(s.policy_old && !s.check_old && !s.undated && s.is_stale());
    r.policy_year = None;
    assert!(staleness(&r, as_of).undated);
    r.policy_year = Some(2026);
    r.checked_on = date(2024, 12, 1);
    assert!(
        !staleness(&r, as_of).check_old,
        "exactly two years since the check"
    );
    r.checked_on = date(2024, 11, 30);
    let s = staleness(&r, as_of);
    assert!(s.check_old && !s.policy_old && s.is_stale());
    // The bundled Guiyang entry (2021) is stale today; a 2026 one is not.
    let rewards = bundled();
    let found = applicable(&rewards, "贵州省", "贵阳市", as_of);
    let guiyang = found.iter().find(|a| a.reward.id == "guizhou-guiyang-2021");
    assert!(guiyang.unwrap().staleness.policy_old);
    let ningbo = applicable(&rewards, "浙江", "前湾新区", as_of);
    let qianwan = ningbo
        .iter()
        .find(|a| a.reward.id == "zhejiang-ningbo-qianwan-2026")
        .unwrap();
    assert!(!qianwan.staleness.is_stale());
}

#[test]
fn amounts_that_contradict_their_basis_or_kind_are_refused() {
    let base = bundled().remove(0);
    let mut range = base.clone();
    range.id = "range".into();
    range.basis = Some(AmountBasis::Range);
    range.amount_min_yuan = Some(90_000);
    range.amount_yuan = Some(30_000);
    let mut measure = base.clone();
    measure.id = "measure".into();
    measure.kind = RewardKind::NonMonetary;
    let mut office = base.clone();
    office.id = "office".into();
    office.office.as_mut().unwrap().en_us = " ".into();
    let errs = validate_rewards(&[range, measure, office]).unwrap_err();
    let got: Vec<(&str, Vec<(&str, String)>)> = errs
        .iter()
        .map(|e| (e.message_id(), e.message_args()))
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0].0, "err-policy-value");
    assert!(got[0].1.contains(&("field", "basis".to_string())));
    assert!(got[1].1.contains(&("entry", "measure".to_string())));
    assert_eq!(got[2].0, "err-policy-missing-text");
    assert!(got[2].1.contains(&("field", "office".to_string())));
}
