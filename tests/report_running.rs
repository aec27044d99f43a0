#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! A client whose management system already operates: the phases before operation are done, on
//! dates nobody recorded. The printed plan says they are done and starts the remaining work from
//! the as-of date; it never prints a kick-off date the app made up.

mod pdf_text;
mod report_fixture;

use ipms_readiness::locale::Locale;
use ipms_readiness::model::plan::PhaseId;
use ipms_readiness::report::{ReportKind, ReportOptions, ReportSection, build_doc, render_report};
use pdf_text::pages;
use report_fixture::{Fixture, as_of, date, demo};

/// The demo client, operating since 2025-11-01 (the as-of date is 2026-03-16).
fn running() -> Fixture {
    let mut f = demo();
    f.facts.operation_started_on = Some(date(2025, 11, 1));
    f
}

fn text(f: &Fixture, locale: Locale, kind: ReportKind) -> String {
    let o = ReportOptions {
        locale,
        as_of: as_of(),
        kind,
        department: None,
        sections: ReportSection::ALL.to_vec(),
    };
    pages(&render_report(&f.input(), &o).expect("renders")).concat()
}

/// Every `YYYY-MM-DD` in a text.
fn dates(text: &str) -> Vec<chrono::NaiveDate> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(9))
        .filter_map(|i| text.get(i..i + 10))
        .filter_map(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .collect()
}

#[test]
fn the_phases_before_operation_are_done_without_made_up_dates() {
    let f = running();
    let evaluation = f.input().evaluate(as_of());
    let before = [
        PhaseId::KickOff,
        PhaseId::Diagnosis,
        PhaseId::Planning,
        PhaseId::Documents,
        PhaseId::IssueAndTraining,
    ];
    for p in &evaluation.plan.phases {
        let undated = before.contains(&p.id);
        assert_eq!(p.undated, undated, "{:?}", p.id);
        if undated {
            assert!(p.done, "{:?} is done", p.id);
        }
    }
}

#[test]
fn the_printed_plan_never_shows_a_date_before_operation_started() {
    let f = running();
    let started = date(2025, 11, 1);
    for locale in Locale::ALL {
        for kind in [ReportKind::WorkPlan, ReportKind::Diagnosis] {
            let all = text(&f, locale, kind);
            // The report cover may carry the previous visit's date; the plan never goes back
            // before operation started.
            let early: Vec<_> = dates(&all).into_iter().filter(|d| *d < started).collect();
            assert!(early.is_empty(), "{locale} {kind:?}: dates {early:?}");
            assert!(
                all.contains("2025-11-01"),
                "{locale} {kind:?}: operation start"
            );
        }
    }
    let zh = text(&f, Locale::ZhCn, ReportKind::WorkPlan);
    assert!(zh.contains("已于 2025-11-01 开始运行"), "{zh}");
    assert!(zh.contains("体系运行前已完成"), "{zh}");
    let en = text(&f, Locale::EnUs, ReportKind::WorkPlan);
    assert!(en.contains("has operated since 2025-11-01"), "{en}");
    assert!(en.contains("Done before operation"), "{en}");
}

#[test]
fn the_roadmap_of_a_running_system_leaves_the_undated_phases_out_of_the_chart() {
    let f = running();
    let doc = build_doc(&f.input(), Locale::ZhCn, as_of());
    assert_eq!(doc.plan_start, date(2025, 11, 1));
    let undated: Vec<&str> = doc
        .phases
        .iter()
        .filter(|p| p.undated)
        .map(|p| p.key.as_str())
        .collect();
    assert_eq!(
        undated,
        [
            "kick-off",
            "diagnosis",
            "planning",
            "documents",
            "issue-and-training"
        ]
    );
}
