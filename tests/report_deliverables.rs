#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! What the client receives: no internal item ids in any printable, checklists that end with a
//! sign-off block, checklist file names with the department and the date, headings that never
//! stay alone at the foot of a page, English plurals.

mod pdf_text;
mod report_fixture;

use ipms_readiness::locale::Locale;
use ipms_readiness::model::assessment::Verdict;
use ipms_readiness::report::diagnosis::layout_diagnosis_sections;
use ipms_readiness::report::layout::{Draw, Page};
use ipms_readiness::report::{ReportKind, ReportOptions, ReportSection, build_doc, render_report};
use pdf_text::pages;
use report_fixture::{Fixture, as_of, demo, full};

fn options(locale: Locale, kind: ReportKind) -> ReportOptions {
    ReportOptions {
        locale,
        as_of: as_of(),
        kind,
        department: None,
        sections: ReportSection::ALL.to_vec(),
    }
}

fn text_of(f: &Fixture, o: &ReportOptions) -> String {
    pages(&render_report(&f.input(), o).expect("renders")).concat()
}

/// Every item id of the catalogue (retired ones too).
fn item_ids(f: &Fixture) -> Vec<String> {
    f.catalog.items.iter().map(|i| i.id.clone()).collect()
}

#[test]
fn no_internal_item_id_is_printed_for_the_client() {
    // Prerequisites left open and failing put clause lists into the gate reasons.
    let mut open = demo();
    open.answers.retain(|_, a| a.verdict != Verdict::Conform);
    for f in [demo(), full(), open] {
        let ids = item_ids(&f);
        assert!(ids.len() > 100);
        for locale in Locale::ALL {
            for kind in ReportKind::ALL {
                let all = text_of(&f, &options(locale, *kind));
                let leaked: Vec<&String> =
                    ids.iter().filter(|id| all.contains(id.as_str())).collect();
                assert!(
                    leaked.is_empty(),
                    "{locale} {kind:?}: item ids printed: {:?}",
                    &leaked[..leaked.len().min(5)]
                );
            }
        }
    }
}

#[test]
fn english_plurals_agree_with_their_numbers() {
    use ipms_readiness::i18n::{Arg, tr_args};
    let en = |id: &str, args: &[(&str, Arg)]| tr_args(Locale::EnUs, id, args);
    let n = |k: usize| Arg::from(k);
    let summary = |major: usize, minor: usize, obs: usize| {
        en(
            "report-summary",
            &[
                ("edition", Arg::from("GB/T 29490-2023")),
                ("items", n(1)),
                ("applicable", n(1)),
                ("answered", n(1)),
                ("score", Arg::from("40.0")),
                ("major", n(major)),
                ("minor", n(minor)),
                ("observation", n(obs)),
            ],
        )
    };
    let one = summary(1, 1, 1);
    for phrase in [
        "1 item:",
        "1 major nonconformity,",
        "1 minor nonconformity and",
        "1 observation.",
    ] {
        assert!(one.contains(phrase), "{one}");
    }
    let two = summary(2, 0, 2);
    for phrase in [
        "2 major nonconformities,",
        "0 minor nonconformities and",
        "2 observations.",
    ] {
        assert!(two.contains(phrase), "{two}");
    }
    for (id, args, expected) in [
        (
            "gate-prerequisites-failed",
            vec![
                ("count", n(1)),
                ("total", n(3)),
                ("items", Arg::from("4.5")),
            ],
            "1 of 3 prerequisite items does not conform",
        ),
        (
            "gate-prerequisites-unknown",
            vec![("open", n(1)), ("total", n(3)), ("items", Arg::from("4.5"))],
            "1 of 3 prerequisite items is still unanswered",
        ),
        (
            "gate-prerequisites-failed-open",
            vec![
                ("count", n(2)),
                ("open", n(1)),
                ("total", n(3)),
                ("items", Arg::from("4.5")),
            ],
            "2 of 3 prerequisite items do not conform and 1 more is unanswered",
        ),
        (
            "gate-prerequisites-passed",
            vec![("total", n(1))],
            "The one prerequisite item conforms.",
        ),
        (
            "gate-trained-auditor-passed",
            vec![("count", n(1))],
            "1 trained internal auditor or IP lead.",
        ),
        (
            "gate-valid-right-passed",
            vec![("count", n(1))],
            "1 valid patent, trademark or registered copyright.",
        ),
        (
            "report-summary-not-ready",
            vec![("count", n(1)), ("section", n(5))],
            "1 required condition is not met",
        ),
        ("report-value-persons", vec![("n", n(1))], "1 person"),
        (
            "cli-catalog-valid",
            vec![("file", Arg::from("a.toml")), ("items", n(1))],
            "valid, 1 item.",
        ),
        (
            "cli-catalog-problems",
            vec![("count", n(1))],
            "1 problem found.",
        ),
    ] {
        let text = en(id, &args);
        assert!(text.contains(expected), "{id}: {text}");
    }
    let scope = en(
        "report-method-scope",
        &[
            ("items", n(1)),
            ("applicable", n(1)),
            ("na", n(1)),
            ("triage", n(1)),
            ("answered", n(1)),
            ("progress", n(100)),
        ],
    );
    for phrase in ["1 item;", "1 applies and 1 does not", "1 was assessed"] {
        assert!(scope.contains(phrase), "{scope}");
    }
}

#[test]
fn a_report_with_one_major_nonconformity_says_so_in_the_singular() {
    let mut f = demo();
    let mut first = true;
    for a in f.answers.values_mut() {
        a.verdict = if first {
            Verdict::Major
        } else {
            Verdict::Conform
        };
        first = false;
    }
    let all = text_of(&f, &options(Locale::EnUs, ReportKind::Diagnosis));
    assert!(all.contains("1 major nonconformity,"), "singular missing");
    assert!(!all.contains("1 major nonconformities"));
}

/// The pages' text draws with the page index.
fn texts(pages: &[Page]) -> impl Iterator<Item = (usize, &str, f32)> {
    pages.iter().enumerate().flat_map(|(i, p)| {
        p.draws.iter().filter_map(move |d| match d {
            Draw::Text { text, baseline, .. } => Some((i, text.as_str(), *baseline)),
            _ => None,
        })
    })
}

#[test]
fn the_roadmap_heading_is_never_left_at_the_foot_of_a_page() {
    let mut f = demo();
    let phase = ipms_readiness::i18n::tr(Locale::ZhCn, "phase-kick-off");
    // Longer and longer conclusions move the plan section through every position on the page.
    for lines in 0..60 {
        f.conclusion = "诊断结论示例文字，".repeat(lines * 5);
        let doc = build_doc(&f.input(), Locale::ZhCn, as_of());
        let laid =
            layout_diagnosis_sections(&doc, &[ReportSection::Conclusion, ReportSection::Plan])
                .unwrap();
        if let (Ok(dir), 0) = (std::env::var("REPORT_DUMP_DIR"), lines) {
            let pdf = ipms_readiness::report::render_diagnosis_sections(
                &doc,
                &[ReportSection::Conclusion, ReportSection::Plan],
            )
            .unwrap();
            std::fs::write(format!("{dir}/roadmap-foot.pdf"), pdf).unwrap();
        }
        let roadmap = laid
            .bookmarks
            .iter()
            .find(|b| b.level == 2 && b.title.starts_with("2.1"))
            .expect("the roadmap subsection");
        let chart = texts(&laid.pages)
            .find(|(_, t, _)| *t == phase)
            .map(|(p, _, _)| p)
            .expect("the Gantt chart's first phase");
        assert_eq!(
            roadmap.page, chart,
            "{lines} lines: the roadmap heading is on page {}, its chart on page {chart}",
            roadmap.page
        );
        // No heading of any level is the last thing on its page.
        for b in &laid.bookmarks {
            let first = b.title.split_whitespace().next().unwrap();
            let (_, _, base) = texts(&laid.pages)
                .find(|(p, t, _)| *p == b.page && t.starts_with(first))
                .unwrap();
            let body_bottom = laid.geometry.body_bottom();
            let below = texts(&laid.pages)
                .any(|(p, t, y)| p == b.page && y > base + 1.0 && y < body_bottom && !t.is_empty());
            assert!(below, "{lines} lines: “{}” ends its page", b.title);
        }
    }
}
