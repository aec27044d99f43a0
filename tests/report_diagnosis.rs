#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::field_reassign_with_default,
    clippy::default_trait_access,
    clippy::case_sensitive_file_extension_comparisons,
    clippy::float_cmp
)] // test code
//! The diagnosis report and the checklist, parsed back from the PDF: text, page count,
//! metadata, both languages, stress inputs.

mod pdf_text;
mod report_fixture;

use ipms_readiness::locale::Locale;
use ipms_readiness::model::assessment::Verdict;
use ipms_readiness::model::catalog::Department;
use ipms_readiness::model::catalog::FixPhase;
use ipms_readiness::model::plan::{ActionStatus, FreeAction};
use ipms_readiness::report::{ReportKind, ReportOptions, ReportSection, build_doc, render_report};
use pdf_text::{info, pages};
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

fn pdf(f: &Fixture, o: &ReportOptions, name: &str) -> Vec<u8> {
    let bytes = render_report(&f.input(), o).expect("report renders");
    if let Ok(dir) = std::env::var("REPORT_DUMP_DIR") {
        std::fs::write(format!("{dir}/{name}-{}.pdf", o.locale), &bytes).unwrap();
    }
    bytes
}

#[test]
fn chinese_report_has_every_section_chapter_and_a_note() {
    let f = demo();
    let bytes = pdf(&f, &options(Locale::ZhCn, ReportKind::Diagnosis), "demo");
    let texts = pages(&bytes);
    let all = texts.concat();
    let n = texts.len();
    assert!(n >= 8, "{n} pages");
    for needle in [
        "深圳市青禾精密电子有限公司",
        "GB/T 29490-2023",
        "企业知识产权合规管理体系 要求",
        "诊断结论",
        "企业基本情况",
        "诊断方法与评分说明",
        "认证条件核查",
        "主要问题点",
        "整改建议与认证路线图",
        "文件清单",
        "可争取的扶持政策",
        "确认与签署",
        "李娜",
        "没有知识产权方针。",
        "研发人员劳动合同有保密条款",
        "（盖章）",
    ] {
        assert!(all.contains(needle), "missing {needle}");
    }
    let catalog = f.catalog;
    for chapter in catalog.chapters() {
        assert!(
            all.contains(&chapter.title.zh_cn),
            "chapter {}",
            chapter.number
        );
    }
    assert!(texts[n - 1].contains(&format!("第 {n} 页 / 共 {n} 页")));
    assert!(!texts[0].contains("第 1 页"), "the cover has no footer");
    assert!(info(&bytes, b"Title").contains("深圳市青禾精密电子有限公司"));
    assert_eq!(
        info(&bytes, b"Author"),
        "李娜, 深圳知行知识产权咨询有限公司"
    );
    assert!(info(&bytes, b"Subject").contains("GB/T 29490-2023"));
    assert!(info(&bytes, b"CreationDate").starts_with("D:20260318"));
}

#[test]
fn english_report_uses_english_labels_throughout() {
    let f = demo();
    let bytes = pdf(&f, &options(Locale::EnUs, ReportKind::Diagnosis), "demo");
    let texts = pages(&bytes);
    let all = texts.concat();
    for needle in [
        "IP Compliance Management System Diagnosis Report",
        "Main findings",
        "Certification prerequisites",
        "Documents to write",
        "Acknowledgement and signatures",
        "Context of the organization",
        "没有知识产权方针。",
    ] {
        assert!(all.contains(needle), "missing {needle}");
    }
    let n = texts.len();
    assert!(texts[n - 1].contains(&format!("Page {n} of {n}")));
    assert!(
        !all.contains("主要问题点") && !all.contains("诊断结论"),
        "Chinese labels leaked"
    );
}

#[test]
fn full_report_with_comparison_and_200_actions() {
    let mut f = full();
    f.free_actions = (0..200)
        .map(|i| FreeAction {
            id: format!("extra-{i}"),
            text: format!("补充整改措施第 {i} 项：完善记录并组织复核"),
            owner: Some(Department::IpOffice),
            unit: None,
            person: None,
            phase: FixPhase::Operation,
            due: None,
            status: ActionStatus::Open,
            notes: String::new(),
            priority: 5,
        })
        .collect();
    f.conclusion = "结论。".repeat(50);
    let o = options(Locale::ZhCn, ReportKind::Diagnosis);
    let doc = build_doc(&f.input(), o.locale, o.as_of);
    assert!(doc.items.len() >= 150);
    assert!(doc.actions.len() >= 200);
    let bytes = pdf(&f, &o, "full");
    let all = pages(&bytes).concat();
    assert!(all.contains("与上次诊断的对比"));
    assert!(all.contains("补充整改措施第 199 项"));
    assert!(all.contains("方针草案已提交总经理办公会审议。"));
    assert!(bytes.len() < 1_500_000, "{} bytes", bytes.len());
}

#[test]
fn stress_inputs_give_valid_pdfs() {
    let mut f = full();
    let long: String = "现场访谈记录：研发部未保存检索报告；"
        .chars()
        .cycle()
        .take(20_000)
        .collect();
    let first = f
        .catalog
        .active_items()
        .find(|i| i.clause.starts_with('8'))
        .unwrap()
        .id
        .clone();
    let a = f.answers.get_mut(&first).unwrap();
    a.verdict = Verdict::Major;
    a.note = format!("{long}😀🧑🏽‍💻 \u{10FFFD}𪚥 END-OF-NOTE");
    f.profile.name = "测试😀公司".into();
    let bytes = pdf(&f, &options(Locale::ZhCn, ReportKind::Diagnosis), "stress");
    let all = pages(&bytes).concat();
    assert!(all.contains("END-OF-NOTE"));
    assert!(all.contains("测试□公司") || all.contains("测试?公司"));
}

#[test]
fn an_empty_diagnosis_gives_a_valid_report() {
    let mut f = demo();
    f.answers.clear();
    f.free_actions.clear();
    f.profile = Default::default();
    f.conclusion.clear();
    for locale in Locale::ALL {
        let bytes = pdf(&f, &options(locale, ReportKind::Diagnosis), "empty");
        let texts = pages(&bytes);
        assert!(texts.len() >= 5);
        // No placeholder: the conclusion written from the results says nothing is answered.
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let all = squeeze(&texts.concat());
        assert!(!all.contains(&squeeze(&ipms_readiness::i18n::tr(
            locale,
            "report-no-conclusion"
        ))));
        assert!(all.contains(&squeeze(&ipms_readiness::i18n::tr(
            locale,
            "conclusion-nothing-consultant"
        ))));
    }
}

#[test]
fn checklists_blank_filled_and_for_one_department() {
    let f = full();
    let blank = pdf(
        &f,
        &options(Locale::ZhCn, ReportKind::BlankChecklist),
        "checklist-blank",
    );
    let all = pages(&blank).concat();
    for needle in [
        "内审检查表",
        "序号",
        "条款",
        "审核内容",
        "审核方法",
        "审核记录",
        "判定",
        // The client's own departments (the demo firm's matrix), not the catalogue's.
        "技术部",
        "受审核部门：总经办",
    ] {
        assert!(all.contains(needle), "missing {needle}");
    }
    assert!(
        !all.contains("抽查 5 份采购合同"),
        "a blank form prints no notes"
    );
    let filled = pdf(
        &f,
        &options(Locale::ZhCn, ReportKind::Checklist),
        "checklist",
    );
    let all = pages(&filled).concat();
    assert!(all.contains("抽查 5 份采购合同"));
    assert!(all.contains("× 严重不符合"));
    let mut one = options(Locale::EnUs, ReportKind::Checklist);
    one.department = Some("research".into());
    let only = pdf(&f, &one, "checklist-research");
    let all = pages(&only).concat();
    assert!(
        all.contains("Department audited: 技术部"),
        "{}",
        &all[..200.min(all.len())]
    );
    assert!(!all.contains("Department audited: 总经办"));
    assert!(pages(&only).len() < pages(&filled).len());
}

#[test]
fn layouts_stay_inside_the_page_and_never_overlap() {
    use ipms_readiness::report::checklist::{layout_checklist, scopes};
    use ipms_readiness::report::diagnosis::layout_diagnosis;
    use ipms_readiness::report::font::Font;
    use ipms_readiness::report::layout::check_pages;
    let font = Font::bundled().unwrap();
    let mut stress = full();
    let first = stress.catalog.active_items().next().unwrap().id.clone();
    stress.answers.get_mut(&first).unwrap().note = "长".repeat(20_000);
    let mut long = demo();
    long.profile.name = "深圳市青禾精密电子科技集团股份有限公司东莞分公司".repeat(5);
    long.catalog = &ipms_readiness::catalogs::builtin().unwrap().gbt2013;
    for f in [demo(), full(), stress, long] {
        for locale in Locale::ALL {
            let doc = build_doc(&f.input(), locale, as_of());
            for (what, laid) in [
                ("diagnosis", layout_diagnosis(&doc).unwrap()),
                (
                    "checklist",
                    layout_checklist(&doc, &scopes(&doc, None), true).unwrap(),
                ),
                (
                    "blank",
                    layout_checklist(&doc, &scopes(&doc, Some("research")), false).unwrap(),
                ),
            ] {
                let problems = check_pages(font, &laid.geometry, &laid.pages);
                assert!(
                    problems.is_empty(),
                    "{what} {locale}: {:#?}",
                    &problems[..problems.len().min(5)]
                );
            }
        }
    }
}

#[test]
fn a_logo_is_embedded_on_the_cover_and_a_broken_one_is_ignored() {
    use ipms_readiness::report::Logo;
    let f = demo();
    let o = options(Locale::ZhCn, ReportKind::Diagnosis);
    let count_images = |bytes: &[u8]| {
        let doc = lopdf::Document::load_mem(bytes).unwrap();
        doc.objects
            .values()
            .filter(|o| {
                o.as_stream().is_ok_and(|s| {
                    s.dict
                        .get(b"Subtype")
                        .and_then(|v| v.as_name())
                        .is_ok_and(|n| n == b"Image")
                })
            })
            .count()
    };
    let good = Logo {
        width: 4,
        height: 2,
        rgb: [[0x1F, 0x3A, 0x5F]; 8].concat(),
    };
    let broken = Logo {
        width: 40,
        height: 20,
        rgb: vec![0; 7],
    };
    for (logo, images) in [(good, 1), (broken, 0)] {
        let mut input = f.input();
        input.logo = Some(&logo);
        let bytes = render_report(&input, &o).unwrap();
        assert_eq!(count_images(&bytes), images);
        assert!(
            pages(&bytes)
                .concat()
                .contains("深圳市青禾精密电子有限公司")
        );
    }
}

#[test]
fn a_legacy_edition_report_says_certification_needs_the_2023_edition() {
    let mut f = demo();
    f.catalog = &ipms_readiness::catalogs::builtin().unwrap().gbt2013;
    f.answers.clear();
    for locale in Locale::ALL {
        let bytes = pdf(&f, &options(locale, ReportKind::Diagnosis), "legacy");
        let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let all = squash(&pages(&bytes).concat());
        assert!(all.contains("GB/T29490-2013"));
        // The notice's last sentence: certification only against the 2023 edition.
        let notice = squash(&ipms_readiness::i18n::tr(locale, "report-legacy-notice"));
        let tail: String = notice.chars().skip(notice.chars().count() - 30).collect();
        assert!(all.contains(&tail), "{locale}: legacy notice missing");
    }
}

#[test]
fn chosen_sections_are_printed_alone_and_numbered_in_order() {
    use ipms_readiness::report::diagnosis::layout_diagnosis_sections;
    let f = full();
    let doc = build_doc(&f.input(), Locale::ZhCn, as_of());
    let headings = |sections: &[ReportSection]| -> Vec<String> {
        layout_diagnosis_sections(&doc, sections)
            .unwrap()
            .bookmarks
            .into_iter()
            .filter(|b| b.level == 1)
            .map(|b| b.title)
            .collect()
    };
    // Order follows the report, not the order chosen.
    let chosen = headings(&[ReportSection::Plan, ReportSection::Findings]);
    assert!(chosen[0].starts_with("1 主要问题点"), "{chosen:?}");
    assert!(chosen[1].starts_with("2 整改建议"), "{chosen:?}");
    assert!(!chosen.iter().any(|t| t.contains("诊断结论")), "{chosen:?}");
    // The whole report has every section, the comparison included for a follow-up.
    let all = headings(ReportSection::ALL);
    assert_eq!(all.len(), ReportSection::ALL.len(), "{all:?}");
    assert!(all[0].starts_with("1 诊断结论"));
    assert!(all.last().unwrap().starts_with("11 确认与签署"), "{all:?}");
    // Without an earlier visit there is nothing to compare: the section is left out.
    let first = demo();
    let doc = build_doc(&first.input(), Locale::EnUs, as_of());
    let only = layout_diagnosis_sections(&doc, &[ReportSection::Compare, ReportSection::Gates])
        .unwrap()
        .bookmarks
        .into_iter()
        .filter(|b| b.level == 1)
        .map(|b| b.title)
        .collect::<Vec<_>>();
    assert_eq!(only, vec!["1 Certification prerequisites".to_string()]);
    // The CLI-facing options reach the PDF.
    let mut o = options(Locale::ZhCn, ReportKind::Diagnosis);
    o.sections = vec![ReportSection::Documents];
    let text = pages(&pdf(&f, &o, "documents-only")).concat();
    assert!(text.contains("文件清单"));
    assert!(!text.contains("确认与签署"));
}
