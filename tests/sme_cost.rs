#![allow(clippy::unwrap_used, clippy::expect_used, clippy::float_cmp)] // test code: exact figures from the data
//! The cost and effort estimate: sourced, dated figures, and ranges that follow the firm's size
//! and gaps.

use chrono::NaiveDate;
use ipms_readiness::error::Localize;
use ipms_readiness::locale::Localized;
use ipms_readiness::model::cost::{
    AuditDaysRow, COSTS, CostData, EstimateInput, FigureKind, Missing, estimate, parse_costs,
    validate_costs,
};
use ipms_readiness::model::plan::PhaseId;
use ipms_readiness::model::sizeclass::Size;
use std::collections::BTreeMap;

fn bundled() -> CostData {
    parse_costs(COSTS).expect("bundled cost data is valid")
}

/// A 60-person hardware maker with nothing in place: many open actions.
fn foshan_factory() -> EstimateInput {
    let gaps = [
        (PhaseId::Planning, 12),
        (PhaseId::Documents, 40),
        (PhaseId::IssueAndTraining, 6),
        (PhaseId::Operation, 30),
        (PhaseId::InternalAudit, 3),
        (PhaseId::ManagementReview, 2),
    ];
    EstimateInput {
        employees: Some(60),
        size: Size::Small,
        registered_rights: 5,
        gaps: gaps.into_iter().collect(),
    }
}

#[test]
fn every_figure_is_sourced_dated_and_marked_as_an_estimate() {
    let data = bundled();
    for kind in [FigureKind::ConsultantFee, FigureKind::AuditFee] {
        assert!(data.figures.iter().filter(|f| f.kind == kind).count() >= 2);
    }
    for f in &data.figures {
        assert!(f.source.is_complete() && f.words.is_complete(), "{}", f.id);
        assert!(
            f.url.as_deref().is_some_and(|u| u.starts_with("http")),
            "{}",
            f.id
        );
        assert!(f.checked_on >= NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
        assert!(f.low <= f.high && f.low > 0.0, "{}", f.id);
    }
    // The staff model says it is an assumption and covers every phase of the plan once.
    assert!(data.staff.source.zh_cn.contains("假设"));
    assert!(data.staff.source.en_us.contains("assumption"));
    let phases: Vec<PhaseId> = data.staff.phases.iter().map(|p| p.phase).collect();
    assert_eq!(phases, PhaseId::ALL, "in plan order");
    assert!(
        data.audit_days.is_empty(),
        "no public audit-days table is bundled"
    );
}

#[test]
fn a_small_factory_gets_ranges_with_their_sources() {
    let data = bundled();
    let e = estimate(&data, &foshan_factory());
    assert_eq!(e.staff_days.len(), PhaseId::ALL.len());
    for p in &e.staff_days {
        assert!(p.low > 0.0 && p.low <= p.high, "{p:?}");
    }
    let docs = e
        .staff_days
        .iter()
        .find(|p| p.phase == PhaseId::Documents)
        .unwrap();
    assert_eq!(docs.gaps, 40);
    assert!(e.staff_days_total.low < e.staff_days_total.high);
    assert_eq!(e.staff_days_total.sources, ["staff"]);
    let fee = e.consultant_fee.unwrap();
    assert_eq!((fee.low, fee.high), (20_000.0, 190_000.0));
    assert_eq!(
        fee.sources.len(),
        2,
        "the SME figure applies to a small firm"
    );
    let audit = e.audit_fee.unwrap();
    assert!(audit.low <= audit.high && audit.sources.len() == 3);
    for id in fee.sources.iter().chain(&audit.sources) {
        assert!(data.figure(id).is_some(), "{id} names a figure");
    }
    assert!(e.project_months.is_some());
    assert_eq!(e.missing, [Missing::AuditDays]);
    assert!(e.audit_days_initial.is_none());
}

#[test]
fn effort_grows_with_gaps_and_head_count_within_bounds() {
    let data = bundled();
    let base = foshan_factory();
    let total = |input: &EstimateInput| estimate(&data, input).staff_days_total.high;
    let mut fewer = base.clone();
    fewer.gaps = BTreeMap::new();
    assert!(total(&fewer) < total(&base));
    let mut bigger = base.clone();
    bigger.employees = Some(600);
    assert!(total(&bigger) > total(&base));
    let mut huge = base.clone();
    huge.employees = Some(600_000);
    let mut much_larger = base.clone();
    much_larger.employees = Some(6_000_000);
    assert_eq!(total(&huge), total(&much_larger), "capped at max_factor");
    let mut unknown = base.clone();
    unknown.employees = None;
    let e = estimate(&data, &unknown);
    assert!(e.missing.contains(&Missing::Employees));
    // A large firm is not an SME: only the figures for all firms apply.
    let mut large = base;
    large.size = Size::Large;
    let fee = estimate(&data, &large).consultant_fee.unwrap();
    assert_eq!(fee.sources, ["consultant-fee-mogufr-2025"]);
}

#[test]
fn audit_days_come_from_the_row_for_the_head_count() {
    let mut data = bundled();
    let row = |up_to: u64, initial: f64| AuditDaysRow {
        employees_up_to: up_to,
        initial,
        surveillance: initial / 3.0,
        source: Localized::new("某认证机构报价", "A certification body's quote"),
        url: None,
        checked_on: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
    };
    data.audit_days = vec![row(25, 3.0), row(100, 5.0), row(500, 8.0)];
    validate_costs(&data).unwrap();
    let e = estimate(&data, &foshan_factory());
    let initial = e.audit_days_initial.unwrap();
    assert_eq!((initial.low, initial.high), (5.0, 5.0));
    assert_eq!(initial.sources, ["audit-days-up-to-100"]);
    assert!(!e.missing.contains(&Missing::AuditDays));
    // Rows must rise.
    data.audit_days.swap(0, 1);
    let errs = validate_costs(&data).unwrap_err();
    assert_eq!(errs[0].message_id(), "err-policy-value");
}

#[test]
fn broken_cost_data_is_refused_with_the_entry_named() {
    let swapped = COSTS.replacen(
        "low = 20000\nhigh = 190000",
        "low = 190000\nhigh = 20000",
        1,
    );
    assert_ne!(swapped, COSTS);
    let errs = parse_costs(&swapped).unwrap_err();
    assert_eq!(errs[0].message_id(), "err-policy-value");
    assert!(
        errs[0]
            .message_args()
            .contains(&("entry", "consultant-fee-mogufr-2025".to_string()))
    );
    let twice = COSTS.replace("phase = \"diagnosis\"", "phase = \"kick-off\"");
    let errs = parse_costs(&twice).unwrap_err();
    assert_eq!(errs[0].message_id(), "err-policy-duplicate");
    let errs = parse_costs("[[figures]]\nid = 1\n").unwrap_err();
    assert_eq!(errs[0].message_id(), "err-policy-syntax");
}
