#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The report a manager can give his board: the first steps with owner and date, the cost
//! estimate marked as such, a conclusion written from the results when nobody wrote one, and —
//! for a self-assessment — no consultancy fields, a sign-off and footer of its own.

mod pdf_text;
mod report_fixture;

use ipms_readiness::i18n::tr;
use ipms_readiness::locale::Locale;
use ipms_readiness::model::audience::Audience;
use ipms_readiness::report::{ReportKind, ReportSection, build_doc, render_doc};
use pdf_text::pages;
use report_fixture::{as_of, demo};

/// The printed text of the demo report for `audience`, with no conclusion written, with line
/// breaks and spaces removed (wrapping must not hide a phrase).
fn printed(l: Locale, audience: Audience) -> String {
    let mut f = demo();
    f.conclusion = String::new();
    let mut doc = build_doc(&f.input(), l, as_of());
    doc.audience = audience;
    let bytes = render_doc(&doc, ReportKind::Diagnosis, ReportSection::ALL, None).unwrap();
    squeeze(&pages(&bytes).concat())
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn has(text: &str, l: Locale, id: &str) -> bool {
    text.contains(&squeeze(&tr(l, id)))
}

#[test]
fn every_report_has_first_steps_an_estimate_and_a_written_conclusion() {
    for l in Locale::ALL {
        for audience in Audience::ALL {
            let text = printed(l, *audience);
            assert!(has(&text, l, "todo-title"), "{l} {audience}");
            assert!(has(&text, l, "report-sec-cost"), "{l} {audience}");
            assert!(
                has(&text, l, "cost-estimate-note"),
                "{l} {audience}: not marked"
            );
            assert!(has(&text, l, "cost-missing-audit-days"), "{l} {audience}");
            assert!(
                !has(&text, l, "report-no-conclusion"),
                "{l} {audience}: the placeholder is printed"
            );
        }
    }
}

#[test]
fn a_self_assessment_prints_no_consultancy() {
    for l in Locale::ALL {
        let own = printed(l, Audience::Enterprise);
        let consultant = printed(l, Audience::Consultant);
        for id in [
            "report-cover-assessor-org",
            "report-sign-consultant",
            "report-confidential",
        ] {
            assert!(
                has(&consultant, l, id),
                "{l}: {id} missing for a consultancy"
            );
            assert!(!has(&own, l, id), "{l}: {id} printed in a self-assessment");
        }
        for id in [
            "report-sign-prepared",
            "report-sign-approved",
            "report-confidential-self",
            "report-sub-self-conclusion",
        ] {
            assert!(has(&own, l, id), "{l}: {id} missing in a self-assessment");
        }
    }
}

/// The estimate names each source once and counts the client's own effort in whole days: two
/// figures from one article are one source, and nobody plans 64.5 person-days.
#[test]
fn the_estimate_lists_each_source_once_in_whole_days() {
    for l in Locale::ALL {
        let doc = build_doc(&demo().input(), l, as_of());
        let sources = &doc.cost.sources;
        let mut unique = sources.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), sources.len(), "{l}: {sources:#?}");
        let staff = &doc.cost.lines[0];
        assert!(
            !staff.chars().any(|c| c == '.'),
            "{l}: person-days with a fraction: {staff}"
        );
    }
}

/// A manager's self-assessment calls itself one: no "受诊断单位", "诊断结论" or "本次诊断依据",
/// and a field he left empty is left out rather than printed as "未填写".
#[test]
fn a_self_assessment_speaks_of_itself_not_of_a_diagnosis() {
    for l in Locale::ALL {
        let text = |audience: Audience| {
            let mut f = demo();
            f.conclusion = String::new();
            f.profile.uscc = String::new();
            let mut doc = build_doc(&f.input(), l, as_of());
            doc.audience = audience;
            let bytes = render_doc(&doc, ReportKind::Diagnosis, ReportSection::ALL, None).unwrap();
            squeeze(&pages(&bytes).concat())
        };
        let own = text(Audience::Enterprise);
        let consultant = text(Audience::Consultant);
        // Section headings are matched with their number ("1 Conclusion"), so that a
        // sub-heading of the self-assessment sharing a word does not count.
        for (prefix, id) in [
            ("", "report-cover-client"),
            ("", "report-cover-as-of"),
            ("1", "report-sec-conclusion"),
            ("3", "report-sec-method"),
            ("", "report-not-given"),
        ] {
            let printed =
                |text: &str, id: &str| text.contains(&format!("{prefix}{}", squeeze(&tr(l, id))));
            assert!(
                printed(&consultant, id),
                "{l}: {id} missing for a consultancy"
            );
            assert!(!printed(&own, id), "{l}: {id} printed in a self-assessment");
            let self_id = format!("{id}-self");
            if ipms_readiness::i18n::has(l, &self_id) {
                assert!(printed(&own, &self_id), "{l}: {self_id} missing");
            }
        }
        let diagnosis = match l {
            Locale::ZhCn => "本次诊断",
            Locale::EnUs => "Thisdiagnosis",
        };
        assert!(consultant.contains(diagnosis), "{l}");
        assert!(
            !own.contains(diagnosis),
            "{l}: the self-assessment calls itself a diagnosis"
        );
    }
}
