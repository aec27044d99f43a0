#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The generic layout and renderer: every block type, parsed back from the PDF as text.

mod pdf_text;

use chrono::{NaiveDate, TimeZone, Utc};
use ipms_readiness::report::chart::{Bar, BarChart, Gantt, GanttTask, Milestone, SignatureBox};
use ipms_readiness::report::font::Font;
use ipms_readiness::report::layout::{Chrome, Layout, TextStyle, check_pages, palette};
use ipms_readiness::report::pdf::{Meta, render};
use ipms_readiness::report::table::{Cell, Column, Table};
use pdf_text::{info, pages};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn meta() -> Meta {
    Meta {
        title: "测试报告 Test".into(),
        author: "张三".into(),
        subject: "布局".into(),
        keywords: vec!["GB/T 29490".into()],
        creator: "IPMS Readiness".into(),
        created: Utc.with_ymd_and_hms(2026, 3, 15, 9, 30, 0).unwrap(),
    }
}

fn page_label(page: usize, total: usize) -> String {
    format!("第 {page} 页 / 共 {total} 页")
}

fn chrome() -> Chrome<'static> {
    Chrome {
        header_left: "知识产权合规管理体系诊断报告".into(),
        header_right: "示例科技有限公司".into(),
        footer_left: "仅供委托方内部使用".into(),
        page_label: &page_label,
    }
}

fn sample(layout: &mut Layout<'_>, note: &str, rows: usize) {
    layout.heading(1, "1 企业基本情况", 20.0);
    layout.paragraph(
        "企业应当建立、实施、保持并持续改进知识产权合规管理体系（以下简称“体系”），确保其有效运行。",
        &TextStyle::BODY,
    );
    layout.table(&Table::key_value(&[
        ("企业名称".into(), "示例科技有限公司".into()),
        (
            "规模".into(),
            "小型企业（工业，从业人员 150 人，营业收入 5000 万元）".into(),
        ),
    ]));
    layout.heading(2, "1.1 Notes", 10.0);
    layout.paragraph(note, &TextStyle::BODY);
    layout.heading(1, "2 主要问题点", 30.0);
    let mut t = Table::new(vec![
        Column::new("序号", 0.08).centered(),
        Column::new("条款", 0.1),
        Column::new("问题描述", 0.6),
        Column::new("判定", 0.12).centered(),
    ]);
    for i in 0..rows {
        t.push(vec![
            Cell::new((i + 1).to_string()),
            Cell::new(format!("7.{}", i % 9 + 1)),
            Cell::new(format!(
                "第{i}项：未建立知识产权获取控制程序，立项前未开展检索分析。"
            )),
            Cell::new("× 严重").colored(palette::BAD),
        ]);
    }
    t.push(vec!["".into(), "8.1".into(), Cell::new(note), "○".into()]);
    layout.table(&t);
    layout.heading(1, "3 Scores", 60.0);
    layout.bar_chart(&BarChart {
        bars: (4..=10)
            .map(|c| Bar {
                label: format!("第{c}章"),
                value: Some(f64::from(c) * 9.0),
                note: format!("{:.1}", f64::from(c) * 9.0),
                color: palette::ACCENT,
            })
            .collect(),
        max: 100.0,
        reference: Some((80.0, "目标 80".into())),
    });
    layout.gantt(&Gantt {
        tasks: vec![
            GanttTask {
                label: "启动".into(),
                start: d(2026, 3, 2),
                end: d(2026, 3, 8),
                color: palette::PRIMARY,
            },
            GanttTask {
                label: "文件编写".into(),
                start: d(2026, 3, 16),
                end: d(2026, 4, 26),
                color: palette::ACCENT,
            },
            GanttTask {
                label: "实施运行".into(),
                start: d(2026, 4, 27),
                end: d(2026, 7, 26),
                color: palette::GOOD,
            },
        ],
        milestones: vec![Milestone {
            label: "认证申请".into(),
            date: d(2026, 8, 3),
        }],
        today: Some((d(2026, 3, 15), "诊断日".into())),
        months: std::array::from_fn(|i| format!("{}月", i + 1)),
    });
    layout.signature_boxes(&[
        SignatureBox {
            title: "企业确认".into(),
            lines: vec!["签字：".into(), "日期：".into()],
            stamp: "（盖章）".into(),
        },
        SignatureBox {
            title: "诊断机构".into(),
            lines: vec!["签字：".into(), "日期：".into()],
            stamp: "（盖章）".into(),
        },
    ]);
}

fn build(note: &str, rows: usize) -> (Vec<u8>, usize, Vec<String>) {
    let font = Font::bundled().unwrap();
    let mut layout = Layout::new(font);
    sample(&mut layout, note, rows);
    let geo = layout.geometry();
    let (pages, marks) = layout.finish(&chrome());
    let problems = check_pages(font, &geo, &pages);
    let bytes = render(font, &geo, &pages, &marks, &[], &meta()).unwrap();
    // Set REPORT_DUMP_DIR to look at the pages (e.g. with `pdftoppm -png`).
    if let Ok(dir) = std::env::var("REPORT_DUMP_DIR") {
        std::fs::write(format!("{dir}/layout-{rows}.pdf"), &bytes).unwrap();
    }
    (bytes, pages.len(), problems)
}

#[test]
fn chinese_text_round_trips_with_page_numbers_and_metadata() {
    let (bytes, n, problems) = build("备注：现场查阅了《知识产权手册》。", 12);
    assert!(problems.is_empty(), "{problems:#?}");
    let texts = pages(&bytes);
    assert_eq!(texts.len(), n);
    let all = texts.concat();
    for needle in [
        "企业基本情况",
        "示例科技有限公司",
        "未建立知识产权获取控制程序",
        "第7章",
        "认证申请",
        "企业确认",
    ] {
        assert!(all.contains(needle), "missing {needle}");
    }
    assert!(texts[n - 1].contains(&format!("第 {n} 页 / 共 {n} 页")));
    let created = info(&bytes, b"CreationDate");
    assert!(created.contains("20260315"), "{created:?}");
    assert!(
        bytes.len() < 400_000,
        "{} bytes: font not subset?",
        bytes.len()
    );
}

#[test]
fn a_20000_character_note_and_200_rows_flow_without_overflow() {
    let unit = "现场访谈发现，研发部门在立项前未开展专利检索；Search reports were not kept. ";
    let note: String = unit.chars().cycle().take(20_000).collect();
    let (bytes, n, problems) = build(&note, 200);
    assert!(
        problems.is_empty(),
        "{:#?}",
        &problems[..problems.len().min(5)]
    );
    assert!(n > 10);
    let texts = pages(&bytes);
    assert_eq!(texts.len(), n);
    // The header row repeats on every page the table spans.
    let with_header = texts.iter().filter(|t| t.contains("问题描述")).count();
    assert!(with_header > 3, "{with_header}");
    assert!(texts.concat().contains("第199项"));
}

#[test]
fn emoji_and_missing_glyphs_print_a_visible_fallback() {
    let (bytes, _, problems) = build("好评👍🏽 \u{10FFFD} 𠀀𪚥 end", 1);
    assert!(problems.is_empty(), "{problems:#?}");
    let all = pages(&bytes).concat();
    let fb = Font::bundled().unwrap().fallback();
    assert!(all.contains(&format!("好评{fb}")), "fallback missing");
    assert!(all.contains("end"));
}

#[test]
fn the_page_checker_reports_overflow_and_overlap() {
    use ipms_readiness::report::layout::{Draw, Geometry, Page};
    let font = Font::bundled().unwrap();
    let text = |x: f32, baseline: f32, s: &str| Draw::Text {
        x,
        baseline,
        size: 10.0,
        color: palette::INK,
        bold: false,
        text: s.into(),
    };
    let clean = Page {
        draws: vec![text(20.0, 40.0, "第一行"), text(20.0, 46.0, "第二行")],
        chrome: true,
    };
    assert!(check_pages(font, &Geometry::A4, &[clean]).is_empty());
    let overlap = Page {
        draws: vec![text(20.0, 40.0, "第一行"), text(25.0, 41.0, "第二行")],
        chrome: true,
    };
    assert_eq!(check_pages(font, &Geometry::A4, &[overlap]).len(), 1);
    let wide = Page {
        draws: vec![text(150.0, 40.0, "这一行文字太长，超出了右边距")],
        chrome: true,
    };
    assert_eq!(check_pages(font, &Geometry::A4, &[wide]).len(), 1);
}

#[test]
fn ensure_room_and_page_breaks_move_the_cursor() {
    let font = Font::bundled().unwrap();
    let mut l = Layout::new(font);
    assert!(l.at_page_top());
    assert!(!l.ensure_room(500.0), "an empty page never breaks");
    l.paragraph("一行", &TextStyle::BODY);
    let y = l.y();
    assert!(y > l.geometry().top);
    assert!(!l.ensure_room(l.remaining() - 1.0));
    assert!(l.ensure_room(l.remaining() + 1.0));
    assert_eq!(l.page_index(), 1);
    assert!(l.at_page_top());
    l.page_break();
    assert_eq!(l.page_index(), 1, "no empty pages from page_break");
    l.heading(1, "标题", 10.0);
    assert_eq!(l.bookmarks().len(), 1);
    assert_eq!(l.bookmarks()[0].page, 1);
}
