#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! What the client receives: no internal item ids in any printable, checklists that end with a
//! sign-off block, checklist file names with the department and the date, headings that never
//! stay alone at the foot of a page, English plurals.

mod pdf_text;
mod report_fixture;

use ipms_readiness::locale::Locale;
use ipms_readiness::model::assessment::Verdict;
use ipms_readiness::model::catalog::Department;
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

#[test]
fn every_checklist_form_ends_with_a_sign_off_block() {
    let f = full();
    for (locale, labels) in [
        (Locale::ZhCn, ["审核员：", "受审核部门负责人：", "日期："]),
        (
            Locale::EnUs,
            ["Auditor:", "Head of audited department:", "Date:"],
        ),
    ] {
        for kind in [ReportKind::Checklist, ReportKind::BlankChecklist] {
            let mut one = options(locale, kind);
            one.department = Some("research".into());
            let texts = pages(&render_report(&f.input(), &one).unwrap());
            let last = texts.last().unwrap();
            let head = last.find(labels[1]).unwrap_or_else(|| {
                panic!("{locale} {kind:?}: no sign-off on the last page: {last}")
            });
            // Auditor, then head of department, then date, after the last table row.
            let tail = &last[head..];
            assert!(tail.contains(labels[2]), "{locale}: {tail}");
            assert!(last[..head].contains(labels[0]), "{locale}: {last}");
            // One sign-off per department form when all departments are printed.
            let all = pages(&render_report(&f.input(), &options(locale, kind)).unwrap()).concat();
            let audited = ipms_readiness::i18n::tr_args(
                locale,
                "report-checklist-department",
                &[("department", ipms_readiness::i18n::Arg::from(""))],
            );
            let forms = all.matches(audited.as_str()).count();
            assert!(forms >= 2);
            assert_eq!(all.matches(labels[1]).count(), forms, "{locale} {kind:?}");
        }
    }
}

#[test]
fn the_sign_off_block_has_lines_to_sign_on() {
    use ipms_readiness::report::checklist::{layout_checklist, scopes};
    let f = full();
    let doc = build_doc(&f.input(), Locale::ZhCn, as_of());
    let laid = layout_checklist(&doc, &scopes(&doc, Some("research")), false).unwrap();
    let page = laid.pages.last().unwrap();
    let label = page
        .draws
        .iter()
        .find_map(|d| match d {
            Draw::Text {
                text, baseline, x, ..
            } if text == "受审核部门负责人：" => Some((*x, *baseline)),
            _ => None,
        })
        .expect("sign-off label on the last page");
    let line = page.draws.iter().any(|d| match d {
        Draw::Line { from, to, .. } => {
            (from.1 - to.1).abs() < 0.01
                && from.0 > label.0
                && to.0 - from.0 > 30.0
                && (from.1 - label.1).abs() < 3.0
        }
        _ => false,
    });
    assert!(line, "a line of at least 30 mm to sign on beside the label");
}

#[test]
fn each_department_form_has_its_own_page_numbers_and_a_scope_of_several_functions() {
    use ipms_readiness::report::ChecklistScope;
    use ipms_readiness::report::checklist::{layout_checklist, scopes};
    let f = full();
    let doc = build_doc(&f.input(), Locale::ZhCn, as_of());
    let all = scopes(&doc, None);
    assert!(all.len() >= 3);
    let laid = layout_checklist(&doc, &all, true).unwrap();
    let labels: Vec<String> = laid
        .pages
        .iter()
        .map(|p| {
            p.draws
                .iter()
                .filter_map(|d| match d {
                    Draw::Text { text, .. } if text.starts_with("第 ") => Some(text.clone()),
                    _ => None,
                })
                .collect()
        })
        .collect();
    let firsts = labels.iter().filter(|l| l.starts_with("第 1 页")).count();
    assert_eq!(firsts, all.len(), "{labels:?}");
    // A client department that covers two catalogue functions gets one form with both.
    let own = ChecklistScope {
        id: "u1".into(),
        name: "品质部".into(),
        functions: vec![Department::Production, Department::Procurement],
        head: Some("周建华".into()),
    };
    let bytes = ipms_readiness::report::render_checklist(&doc, &[own], true).unwrap();
    let text = pages(&bytes).concat();
    assert!(text.contains("受审核部门：品质部"));
    assert!(
        text.contains("陪同人员：周建华"),
        "the named head is the escort"
    );
    assert!(
        text.contains("— 品质部"),
        "the running header names the department"
    );
    // Items of both functions are on the one form.
    let squash = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let text = squash(&text);
    for d in [Department::Production, Department::Procurement] {
        let item = doc
            .items
            .iter()
            .find(|i| {
                let other = if d == Department::Production {
                    Department::Procurement
                } else {
                    Department::Production
                };
                !i.na_by_triage && i.departments.contains(&d) && !i.departments.contains(&other)
            })
            .expect("an item of one function and not the other");
        let start: String = squash(&item.question).chars().take(12).collect();
        assert!(text.contains(&start), "{d:?}: {start}");
    }
}

#[test]
fn the_sign_off_never_stands_alone_on_a_page() {
    use ipms_readiness::report::checklist::{layout_checklist, scopes};
    let f = full();
    for locale in Locale::ALL {
        let doc = build_doc(&f.input(), locale, as_of());
        let note = ipms_readiness::i18n::tr(locale, "report-checklist-sign-note");
        let first: String = note.chars().take(8).collect();
        for filled in [true, false] {
            let laid = layout_checklist(&doc, &scopes(&doc, None), filled).unwrap();
            let top = laid.geometry.top;
            for (i, page) in laid.pages.iter().enumerate() {
                let Some(y) = page.draws.iter().find_map(|d| match d {
                    Draw::Text { text, baseline, .. } if text.starts_with(&first) => {
                        Some(*baseline)
                    }
                    _ => None,
                }) else {
                    continue;
                };
                let above = page.draws.iter().any(|d| {
                    matches!(d, Draw::Text { baseline, .. } if *baseline > top && *baseline < y - 1.0)
                });
                assert!(
                    above,
                    "{locale} filled={filled}: page {} holds only the sign-off",
                    i + 1
                );
            }
        }
    }
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

#[test]
fn checklist_file_names_carry_the_department_and_the_date() {
    use ipms_readiness::ui::screen::report::{Message, ReportScreen};
    use ipms_readiness::ui::widgets::Choice;
    let dir = std::env::temp_dir();
    let today = chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    // The client's departments, named in the client's words.
    let units = |names: &[(&str, &str)]| -> Vec<(String, String)> {
        names
            .iter()
            .map(|(id, n)| ((*id).to_owned(), (*n).to_owned()))
            .collect()
    };
    let mut s = ReportScreen::new(Locale::ZhCn, "", &dir, false, ("", "", ""));
    s.units = units(&[("research", "研发部"), ("u2", "Admin / IT"), ("u3", "R&D")]);
    s.kind = ReportKind::Checklist;
    s.department = Some("research".into());
    assert_eq!(s.file_name(), format!("检查表-研发部-{today}.pdf"));
    s.department = None;
    assert_eq!(s.file_name(), format!("检查表-全部部门-{today}.pdf"));
    s.locale = Locale::EnUs;
    s.department = Some("u2".into());
    // "Admin / IT": the slash is not allowed in a file name.
    assert_eq!(s.file_name(), format!("Checklist-Admin _ IT-{today}.pdf"));
    s.kind = ReportKind::BlankChecklist;
    s.department = Some("u3".into());
    assert_eq!(s.file_name(), format!("Blank checklist-R&D-{today}.pdf"));
    let mut c = ReportScreen::new(Locale::ZhCn, "青禾电子", &dir, false, ("", "", ""));
    c.units = units(&[("u1", "研发部"), ("u2", "销售部")]);
    c.kind = ReportKind::Checklist;
    c.department = Some("u2".into());
    assert_eq!(c.file_name(), format!("青禾电子-检查表-销售部-{today}.pdf"));
    // Choosing a department on the screen renames a suggested path, not one the user typed.
    let pick = |d: Option<String>| {
        Message::Department(Choice {
            value: d,
            label: String::new(),
        })
    };
    c.path = dir.join(c.file_name()).display().to_string();
    let _ = c.update(pick(Some("u1".into())));
    assert!(
        c.path
            .ends_with(&format!("青禾电子-检查表-研发部-{today}.pdf")),
        "{}",
        c.path
    );
    c.path = "给研发部.pdf".into();
    let _ = c.update(pick(None));
    assert_eq!(c.path, "给研发部.pdf");
}

#[test]
fn the_cli_writes_a_checklist_into_a_folder_under_its_suggested_name() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("顾问 数据");
    let out = dir.path().join("交付 文件");
    std::fs::create_dir_all(&out).unwrap();
    let raw = |lang: &str, args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_ipms-readiness"))
            .arg("--data-dir")
            .arg(&data)
            .args(["--lang", lang])
            .args(args)
            .env("IPMS_CONFIG_DIR", &data)
            .output()
            .unwrap()
    };
    let run = |lang: &str, args: &[&str]| {
        let o = raw(lang, args);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap()
    };
    let id = run("zh-CN", &["demo"])
        .lines()
        .last()
        .unwrap()
        .trim()
        .to_string();
    let folder = out.to_string_lossy().into_owned();
    let client = ipms_readiness::demo::profile().name;
    for (lang, dept, name) in [
        // The demo client's own department for R&D is 技术部; its names are the client's own
        // in either language.
        (
            "zh-CN",
            Some("research"),
            format!("{client}-检查表-技术部-2026-12-01.pdf"),
        ),
        (
            "en-US",
            Some("research"),
            format!("{client}-Checklist-技术部-2026-12-01.pdf"),
        ),
        (
            "zh-CN",
            Some("外贸部"),
            format!("{client}-检查表-外贸部-2026-12-01.pdf"),
        ),
        (
            "zh-CN",
            None,
            format!("{client}-检查表-全部部门-2026-12-01.pdf"),
        ),
    ] {
        let mut args = vec![
            "report",
            &id,
            "--out",
            &folder,
            "--kind",
            "checklist",
            "--as-of",
            "2026-12-01",
        ];
        if let Some(d) = dept {
            args.extend(["--department", d]);
        }
        run(lang, &args);
        let bytes = std::fs::read(out.join(&name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(pages(&bytes).len() > 1);
    }
    // One file per department on request, each with its own form and sign-off.
    let each = dir.path().join("各部门");
    std::fs::create_dir_all(&each).unwrap();
    let folder = each.to_string_lossy().into_owned();
    let args = [
        "report",
        &id,
        "--out",
        &folder,
        "--kind",
        "blank-checklist",
        "--each-department",
        "--as-of",
        "2026-12-01",
    ];
    run("zh-CN", &args);
    let mut names: Vec<String> = std::fs::read_dir(&each)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 3, "{names:?}");
    assert!(
        names.contains(&format!("{client}-空白检查表-技术部-2026-12-01.pdf")),
        "{names:?}"
    );
    for n in &names {
        let text = pages(&std::fs::read(each.join(n)).unwrap()).concat();
        assert_eq!(text.matches("受审核部门：").count(), 1, "{n}");
        assert!(text.contains("受审核部门负责人："), "{n}");
    }
    // Without a folder there is nowhere to put several files: a clear error, exit code 2.
    let file = out.join("一个.pdf").to_string_lossy().into_owned();
    let o = raw(
        "en-US",
        &[
            "report",
            &id,
            "--out",
            &file,
            "--kind",
            "checklist",
            "--each-department",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("existing folder"), "{err}");
}
