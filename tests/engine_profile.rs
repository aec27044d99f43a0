#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Profile validation, the unified social credit code, and the size class at every boundary of
//! every industry (thresholds re-typed here from sme-and-support.md, independent of the data
//! file, so a typo in either shows up).

use ipms_readiness::error::Localize;
use ipms_readiness::i18n;
use ipms_readiness::locale::Locale;
use ipms_readiness::model::message::Tone;
use ipms_readiness::model::profile::{
    Industry, Profile, ProfileError, ProfileField, UsccError, uscc_check_char, validate_uscc,
};
use ipms_readiness::model::sizeclass::{Indicator, Size, classify, parse_size_table};
use proptest::prelude::*;

/// (industry, indicators, ceiling, medium, small) — bounds in the order of `indicators`.
type Row = (Industry, &'static [Indicator], [f64; 2], [f64; 2], [f64; 2]);

use Indicator::{Assets as A, Employees as E, Revenue as R};

const TABLE: &[Row] = &[
    (
        Industry::Agriculture,
        &[R],
        [20000.0, 0.0],
        [500.0, 0.0],
        [50.0, 0.0],
    ),
    (
        Industry::Industry,
        &[E, R],
        [1000.0, 40000.0],
        [300.0, 2000.0],
        [20.0, 300.0],
    ),
    (
        Industry::Construction,
        &[R, A],
        [80000.0, 80000.0],
        [6000.0, 5000.0],
        [300.0, 300.0],
    ),
    (
        Industry::Wholesale,
        &[E, R],
        [200.0, 40000.0],
        [20.0, 5000.0],
        [5.0, 1000.0],
    ),
    (
        Industry::Retail,
        &[E, R],
        [300.0, 20000.0],
        [50.0, 500.0],
        [10.0, 100.0],
    ),
    (
        Industry::Transport,
        &[E, R],
        [1000.0, 30000.0],
        [300.0, 3000.0],
        [20.0, 200.0],
    ),
    (
        Industry::Warehousing,
        &[E, R],
        [200.0, 30000.0],
        [100.0, 1000.0],
        [20.0, 100.0],
    ),
    (
        Industry::Postal,
        &[E, R],
        [1000.0, 30000.0],
        [300.0, 2000.0],
        [20.0, 100.0],
    ),
    (
        Industry::Accommodation,
        &[E, R],
        [300.0, 10000.0],
        [100.0, 2000.0],
        [10.0, 100.0],
    ),
    (
        Industry::Catering,
        &[E, R],
        [300.0, 10000.0],
        [100.0, 2000.0],
        [10.0, 100.0],
    ),
    (
        Industry::InformationTransmission,
        &[E, R],
        [2000.0, 100000.0],
        [100.0, 1000.0],
        [10.0, 100.0],
    ),
    (
        Industry::SoftwareIt,
        &[E, R],
        [300.0, 10000.0],
        [100.0, 1000.0],
        [10.0, 50.0],
    ),
    (
        Industry::RealEstate,
        &[R, A],
        [200000.0, 10000.0],
        [1000.0, 5000.0],
        [100.0, 2000.0],
    ),
    (
        Industry::PropertyManagement,
        &[E, R],
        [1000.0, 5000.0],
        [300.0, 1000.0],
        [100.0, 500.0],
    ),
    (
        Industry::LeasingBusiness,
        &[E, A],
        [300.0, 120000.0],
        [100.0, 8000.0],
        [10.0, 100.0],
    ),
    (
        Industry::Other,
        &[E],
        [300.0, 0.0],
        [100.0, 0.0],
        [10.0, 0.0],
    ),
];

/// Classifies with the given indicator values (others absent).
fn run(industry: Industry, values: &[(Indicator, f64)]) -> Size {
    let get = |i: Indicator| values.iter().find(|v| v.0 == i).map(|v| v.1);
    classify(industry, get(E).map(|v| v as u64), get(R), get(A)).class
}

/// Just below a bound: one person fewer, or one yuan (0.0001 万元) less.
fn below(indicator: Indicator, bound: f64) -> f64 {
    if indicator == E {
        bound - 1.0
    } else {
        bound - 0.0001
    }
}

#[test]
fn every_boundary_of_every_industry() {
    assert_eq!(TABLE.len(), Industry::ALL.len());
    let mut checked = 0;
    for (industry, indicators, ceiling, medium, small) in TABLE {
        let at = |level: &[f64; 2]| -> Vec<(Indicator, f64)> {
            indicators
                .iter()
                .copied()
                .zip(level.iter().copied())
                .collect()
        };
        // All indicators exactly at a level's bounds give that level.
        assert_eq!(
            run(*industry, &at(ceiling)),
            Size::Large,
            "{industry} ceiling"
        );
        assert_eq!(
            run(*industry, &at(medium)),
            Size::Medium,
            "{industry} medium"
        );
        assert_eq!(run(*industry, &at(small)), Size::Small, "{industry} small");
        // One indicator just below a level's bound drops one class.
        for (k, ind) in indicators.iter().enumerate() {
            for (level, expect) in [
                (ceiling, Size::Medium),
                (medium, Size::Small),
                (small, Size::Micro),
            ] {
                let mut v = at(level);
                v[k].1 = below(*ind, level[k]);
                assert_eq!(
                    run(*industry, &v),
                    expect,
                    "{industry}: {ind} just below {}",
                    level[k]
                );
                checked += 1;
            }
            // Micro needs only that one indicator, even when the others are unknown or huge.
            assert_eq!(
                run(*industry, &[(*ind, below(*ind, small[k]))]),
                Size::Micro,
                "{industry}: {ind} alone below the small bound"
            );
        }
        // Far above every ceiling → large; zero everywhere → micro.
        let huge: Vec<_> = indicators.iter().map(|i| (*i, 1.0e9)).collect();
        assert_eq!(run(*industry, &huge), Size::Large);
        let zero: Vec<_> = indicators.iter().map(|i| (*i, 0.0)).collect();
        assert_eq!(run(*industry, &zero), Size::Micro);
    }
    assert_eq!(checked, 3 * TABLE.iter().map(|r| r.1.len()).sum::<usize>());
}

#[test]
fn indicators_an_industry_does_not_use_are_ignored() {
    // Agriculture uses revenue only: staff and assets change nothing.
    assert_eq!(
        run(Industry::Agriculture, &[(R, 600.0), (E, 1.0), (A, 1.0)]),
        Size::Medium
    );
    // "Other" uses employees only.
    assert_eq!(run(Industry::Other, &[(E, 50.0), (R, 0.0)]), Size::Small);
}

#[test]
fn worked_examples_of_sme_and_support() {
    let c = |ind, e, r| classify(ind, Some(e), Some(r), None);
    let small = c(Industry::Industry, 150, 5000.0);
    assert_eq!(small.class, Size::Small);
    assert!(
        i18n::render_both(&small.reason)
            .zh_cn
            .contains("从业人员 150 人 < 300 人"),
        "{}",
        i18n::render_both(&small.reason).zh_cn
    );
    let micro = c(Industry::Industry, 15, 8000.0);
    assert_eq!(micro.class, Size::Micro);
    assert!(
        i18n::render_both(&micro.reason)
            .zh_cn
            .contains("从业人员 15 人 < 20 人")
    );
    assert!(
        !i18n::render_both(&micro.reason).zh_cn.contains("8000"),
        "only the deciding indicator"
    );
    assert_eq!(c(Industry::SoftwareIt, 40, 30.0).class, Size::Micro);
    let medium = c(Industry::Industry, 1500, 30000.0);
    assert_eq!(medium.class, Size::Medium);
    assert!(
        i18n::render_both(&medium.reason)
            .en_us
            .contains("revenue 30000 < 40000"),
        "{}",
        i18n::render_both(&medium.reason).en_us
    );
    let large = c(Industry::Industry, 1500, 50000.0);
    assert_eq!(large.class, Size::Large);
    assert!(i18n::render_both(&large.reason).zh_cn.starts_with("工业"));
    assert!(
        i18n::render_both(&large.reason)
            .en_us
            .contains("1500 employees ≥ 1000")
    );
}

#[test]
fn unknown_names_the_missing_indicators() {
    let r = classify(Industry::Industry, Some(150), None, None);
    assert_eq!(r.class, Size::Unknown);
    assert_eq!(r.missing, vec![R]);
    assert_eq!(
        r.tone,
        Tone::Unknown,
        "undetermined is not a settled verdict"
    );
    assert_eq!(
        classify(Industry::Industry, Some(150), Some(5000.0), None).tone,
        Tone::Ok
    );
    assert_eq!(Profile::default().size_class().tone, Tone::Unknown);
    assert!(
        i18n::render_both(&r.reason).zh_cn.contains("营业收入"),
        "{}",
        i18n::render_both(&r.reason).zh_cn
    );
    assert!(i18n::render_both(&r.reason).en_us.contains("revenue"));
    let none = classify(Industry::Construction, None, None, None);
    assert_eq!(none.missing, vec![R, A]);
    assert!(
        i18n::render_both(&none.reason)
            .zh_cn
            .contains("营业收入、资产总额"),
        "{}",
        i18n::render_both(&none.reason).zh_cn
    );
    // Negative or non-finite values count as missing, never as a class.
    assert_eq!(
        classify(Industry::Retail, Some(50), Some(-1.0), None).class,
        Size::Unknown
    );
    assert_eq!(
        classify(Industry::Retail, Some(50), Some(f64::NAN), None).class,
        Size::Unknown
    );
    let p = Profile::default();
    assert_eq!(p.size_class().missing, vec![Indicator::Industry]);
    for l in Locale::ALL {
        for i in Indicator::ALL {
            assert!(i18n::has(l, &format!("size-indicator-{}", i.key())));
        }
        for s in Size::ALL {
            assert!(i18n::has(l, &format!("size-{}", s.key())));
        }
        for f in ProfileField::ALL {
            assert!(i18n::has(l, &format!("profile-field-{}", f.key())), "{f}");
        }
    }
}

#[test]
fn the_data_file_rejects_missing_and_duplicate_industries() {
    let text = ipms_readiness::model::sizeclass::SIZE_CLASSES_2011;
    let without_other = &text[..text.rfind("[[industries]]").unwrap()];
    let errs = parse_size_table(without_other).unwrap_err();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].message_id(), "err-policy-missing-industry");
    let twice = format!(
        "{text}\n[[industries]]\nindustry = \"other\"\nceiling = {{ employees = 300 }}\nmedium = {{ employees = 100 }}\nsmall = {{ employees = 10 }}\n"
    );
    assert_eq!(
        parse_size_table(&twice).unwrap_err()[0].message_id(),
        "err-policy-duplicate"
    );
    let broken = parse_size_table("id = ").unwrap_err();
    assert!(i18n::error_text(Locale::ZhCn, &broken[0]).contains("第 1 行"));
}

fn valid_profile() -> Profile {
    Profile {
        name: "深圳市示例科技有限公司".into(),
        uscc: "91440300708461136T".into(),
        employees: Some(40),
        ip_staff: Some(2),
        revenue_wan: Some(3000.0),
        ..Profile::default()
    }
}

#[test]
fn impossible_values_are_rejected_with_translated_reasons() {
    assert_eq!(valid_profile().validate(), Ok(()));
    let mut p = valid_profile();
    p.name = "  ".into();
    p.uscc = "91440300708461136X".into();
    p.employees = Some(-3);
    p.revenue_wan = Some(f64::INFINITY);
    p.assets_wan = Some(2.0e10);
    p.taxable_income_wan = Some(-5.0);
    p.portfolio.trademarks = -1;
    p.city = "市".repeat(201);
    let errs = p.validate().unwrap_err();
    let fields: Vec<ProfileField> = errs.iter().map(ProfileError::field).collect();
    assert_eq!(
        fields,
        vec![
            ProfileField::Name,
            ProfileField::Uscc,
            ProfileField::City,
            ProfileField::Employees,
            ProfileField::RevenueWan,
            ProfileField::AssetsWan,
            ProfileField::TaxableIncomeWan,
            ProfileField::Trademarks,
        ]
    );
    for e in &errs {
        for l in Locale::ALL {
            let text = i18n::error_text(l, e);
            assert!(!text.starts_with("err-"), "{l}: untranslated {e:?}");
        }
    }
    let zh = i18n::error_text(Locale::ZhCn, &errs[1]);
    assert!(zh.contains("校验位") && zh.contains("“T”"), "{zh}");
    assert!(i18n::error_text(Locale::ZhCn, &errs[3]).starts_with("从业人员应在 0 到"));
    assert!(i18n::error_text(Locale::EnUs, &errs[6]).contains("enter 0 for a loss year"));

    let mut p = valid_profile();
    p.ip_staff = Some(41);
    let errs = p.validate().unwrap_err();
    assert_eq!(
        errs,
        vec![ProfileError::IpStaffExceedsEmployees {
            ip_staff: 41,
            employees: 40
        }]
    );
    assert!(i18n::error_text(Locale::EnUs, &errs[0]).contains("(41)"));
}

#[test]
fn profile_round_trips_through_json() {
    let p = valid_profile();
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(serde_json::from_str::<Profile>(&json).unwrap(), p);
    // Missing fields take defaults, so older snapshots still load.
    let old: Profile = serde_json::from_str(r#"{"name":"甲","ip_function":"part-time"}"#).unwrap();
    assert_eq!(old.name, "甲");
    assert_eq!(old.ip_function.key(), "part-time");
}

const ALPHABET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";

fn code_body() -> impl Strategy<Value = String> {
    let ch = proptest::sample::select(ALPHABET.chars().collect::<Vec<_>>());
    let digit = proptest::sample::select("0123456789".chars().collect::<Vec<_>>());
    (
        proptest::collection::vec(ch.clone(), 2),
        proptest::collection::vec(digit, 6),
        proptest::collection::vec(ch, 9),
    )
        .prop_map(|(a, b, c)| a.into_iter().chain(b).chain(c).collect())
}

proptest! {
    /// A code built with its computed check character validates, in either case.
    #[test]
    fn computed_codes_validate(body in code_body()) {
        let check = uscc_check_char(&body).unwrap();
        let code = format!("{body}{check}");
        prop_assert_eq!(validate_uscc(&code), Ok(()));
        prop_assert_eq!(validate_uscc(&format!(" {} ", code.to_lowercase())), Ok(()));
    }

    /// Any single-character substitution is caught (31 is prime and every weight is non-zero).
    #[test]
    fn single_substitutions_are_caught(body in code_body(), pos in 0usize..18, k in 1usize..31) {
        let code: Vec<char> = format!("{body}{}", uscc_check_char(&body).unwrap()).chars().collect();
        let alphabet: Vec<char> = ALPHABET.chars().collect();
        let old = alphabet.iter().position(|c| *c == code[pos]).unwrap();
        let mut bad = code.clone();
        bad[pos] = alphabet[(old + k) % 31];
        let bad: String = bad.into_iter().collect();
        let result = validate_uscc(&bad);
        prop_assert!(matches!(result, Err(UsccError::CheckDigit { .. } | UsccError::Division)), "{bad}: {result:?}");
    }
}
