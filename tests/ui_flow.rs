#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The guided diagnosis end to end in the headless simulator, in both languages: create a
//! diagnosis, answer three items by keyboard and by click, see progress and the dashboard
//! score change, open the plan, export JSON — against a temporary store.

mod ui_common;

use iced::keyboard::Key;
use iced_test::Simulator;
use ipms_readiness::i18n::{Arg, tr, tr_args};
use ipms_readiness::locale::Locale;
use ipms_readiness::model::assessment::Verdict;
use ipms_readiness::paths::Paths;
use ipms_readiness::ui::screen::home;
use ipms_readiness::ui::workspace::{Tab, Workspace};
use ipms_readiness::ui::{App, Message, Screen, test_settings};
use ui_common::{click, shows};

fn key(app: &mut App, k: &str) {
    let key = if k == "Enter" {
        Key::Named(iced::keyboard::key::Named::Enter)
    } else {
        Key::Character(k.into())
    };
    let iced::Event::Keyboard(event) = iced_test::simulator::press_key(key, Some(k.into())) else {
        unreachable!()
    };
    let _ = app.update(Message::Key(event));
}

fn workspace(app: &App) -> &Workspace {
    match &app.screen {
        Screen::Assessment(ws) => ws,
        _ => panic!("no diagnosis is open"),
    }
}

fn run(locale: Locale) {
    let l = locale;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("数据 目录");
    let mut app = App::new(Paths::portable(&data), l, None);
    assert!(app.error.is_none(), "{:?}", app.error);

    // Create a diagnosis.
    click(&mut app, &tr(l, "home-new"));
    let _ = app.update(Message::Home(home::Message::Name(
        "星火精密机械有限公司".into(),
    )));
    click(&mut app, &tr(l, "home-confirm"));
    assert_eq!(workspace(&app).tab, Tab::Profile);

    // Answer three items: two by keyboard, one by click.
    click(&mut app, &tr(l, "tab-questionnaire"));
    let first = workspace(&app).questionnaire.current.clone();
    key(&mut app, "1");
    key(&mut app, "Enter");
    let second = workspace(&app).questionnaire.current.clone();
    assert_ne!(first, second);
    key(&mut app, "3");
    key(&mut app, "Enter");
    let third = workspace(&app).questionnaire.current.clone();
    let major = format!("{} {} (4)", Verdict::Major.symbol(), tr(l, "verdict-major"));
    click(&mut app, &major);
    let ws = workspace(&app);
    assert_eq!(ws.record.answers[&first].verdict, Verdict::Conform);
    assert_eq!(ws.record.answers[&second].verdict, Verdict::Minor);
    assert_eq!(ws.record.answers[&third].verdict, Verdict::Major);
    assert!(ws.dash_data.progress > 0.0);
    let score = ws
        .dash_data
        .overall
        .expect("a score once items are answered");
    assert!(score > 0.0 && score < 100.0, "{score}");

    // The dashboard shows it; one more conform answer raises it.
    click(&mut app, &tr(l, "tab-dashboard"));
    assert!(shows(&app, &ipms_readiness::i18n::score_text(score)));
    click(&mut app, &tr(l, "tab-questionnaire"));
    key(&mut app, "Enter");
    key(&mut app, "1");
    let higher = workspace(&app).dash_data.overall.unwrap();
    assert!(higher > score);

    // The plan lists the gaps as actions.
    click(&mut app, &tr(l, "tab-plan"));
    let actions = workspace(&app).plan_data.actions.len();
    assert!(actions >= 2);
    assert!(shows(
        &app,
        &tr_args(l, "plan-actions", &[("count", Arg::from(actions))])
    ));

    // The report tab saves the assessor and conclusion and starts the export.
    click(&mut app, &tr(l, "tab-report"));
    let _ = app.update(Message::Workspace(
        ipms_readiness::ui::workspace::Message::Report(
            ipms_readiness::ui::screen::report::Message::Assessor("王顾问".into()),
        ),
    ));
    click(&mut app, &tr(l, "rep-export"));
    assert!(workspace(&app).report.busy);
    assert_eq!(workspace(&app).record.meta.assessor, "王顾问");

    // Answers survive a restart (they were committed as they were given).
    let id = workspace(&app).record.meta.id;
    drop(app);
    let mut app = App::new(Paths::portable(&data), l, Some(id));
    assert_eq!(
        workspace(&app).record.answers[&third].verdict,
        Verdict::Major
    );

    // Export JSON from Home.
    click(&mut app, &tr(l, "app-name"));
    click(&mut app, &tr(l, "home-export"));
    let out = dir.path().join("导出 文件.json");
    let _ = app.update(Message::Home(home::Message::Path(
        out.display().to_string(),
    )));
    click(&mut app, &tr(l, "home-confirm"));
    assert!(app.error.is_none(), "{:?}", app.error);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(json["format"], "ipms-readiness/assessment");
    assert!(
        json["answers"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["item"] == third.as_str() && a["verdict"] == "major")
    );

    // Import it back: the file is read off the UI thread, then inserted and opened.
    click(&mut app, &tr(l, "app-name"));
    click(&mut app, &tr(l, "home-import"));
    let _ = app.update(Message::Home(home::Message::Path(
        out.display().to_string(),
    )));
    click(&mut app, &tr(l, "home-confirm"));
    assert_eq!(
        app.notice.as_deref(),
        Some(tr(l, "home-importing").as_str())
    );
    let read = ipms_readiness::store::exchange::read_import(&out);
    let _ = app.update(Message::ImportRead(Box::new(read)));
    assert!(app.error.is_none(), "{:?}", app.error);
    let imported = workspace(&app);
    assert_ne!(imported.record.meta.id, id);
    assert_eq!(imported.record.answers[&third].verdict, Verdict::Major);
}

#[test]
fn a_follow_up_compares_with_the_visit_it_started_from() {
    let l = Locale::ZhCn;
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Paths::portable(dir.path()), l, None);
    click(&mut app, &tr(l, "home-open-demo"));
    let first = workspace(&app).record.meta.id;
    click(&mut app, &tr(l, "app-name"));
    click(&mut app, &tr(l, "home-follow-up"));
    click(&mut app, &tr(l, "home-confirm"));
    let second = workspace(&app).record.meta.id;
    assert_ne!(first, second);
    click(&mut app, &tr(l, "tab-questionnaire"));
    key(&mut app, "4");
    click(&mut app, &tr(l, "tab-compare"));
    let cmp = &workspace(&app).compare;
    assert_eq!(cmp.selected, Some(first));
    assert!(!cmp.chapters.is_empty());
    assert!(shows(&app, &tr(l, "compare-legend")));
}

#[test]
fn guided_diagnosis_in_chinese() {
    run(Locale::ZhCn);
}

#[test]
fn guided_diagnosis_in_english() {
    run(Locale::EnUs);
}

/// The report screen: sections are ticked off one by one (nothing to print → no export), and
/// the suggested file name follows the printable and its language until the user renames it.
#[test]
fn report_sections_and_suggested_file_name() {
    use ipms_readiness::report::{ReportKind, ReportSection};
    use ipms_readiness::ui::screen::report::{Event, Message as M, ReportScreen};
    use ipms_readiness::ui::widgets::Choice;
    let dir = std::path::Path::new("导出 目录");
    let l = Locale::ZhCn;
    let mut screen = ReportScreen::new(l, "星火精密", dir, false, ("", "", ""));
    assert!(
        screen.path.ends_with("星火精密-诊断报告.pdf"),
        "{}",
        screen.path
    );

    // Untick a section by clicking its label; the comparison is offered only for follow-ups.
    let mut ui = Simulator::with_size(test_settings(), (1280.0, 800.0), screen.view(l));
    assert!(ui.find(tr(l, "report-sec-compare")).is_err());
    ui.click(tr(l, "report-sec-conclusion")).unwrap();
    for m in ui.into_messages().collect::<Vec<_>>() {
        assert_eq!(screen.update(m), None);
    }
    assert!(!screen.sections.contains(&ReportSection::Conclusion));
    // "Select all" ticks the unticked one again; "Clear all" unticks every section.
    for label in ["rep-sections-all", "rep-sections-none"] {
        let mut ui = Simulator::with_size(test_settings(), (1280.0, 800.0), screen.view(l));
        ui.click(tr(l, label)).unwrap();
        for m in ui.into_messages().collect::<Vec<_>>() {
            let _ = screen.update(m);
        }
        if label == "rep-sections-all" {
            assert_eq!(screen.sections.len(), ReportSection::ALL.len());
        }
    }
    assert!(screen.sections.is_empty());
    {
        let mut ui = Simulator::with_size(test_settings(), (1280.0, 800.0), screen.view(l));
        assert!(ui.find(tr(l, "rep-no-sections")).is_ok());
    }
    assert_eq!(screen.update(M::Export), None, "nothing to print");
    let _ = screen.update(M::Section(ReportSection::Plan, true));
    assert!(matches!(
        screen.update(M::Export),
        Some(Event::Export { .. })
    ));
    screen.busy = false;

    // The file name follows the printable and the report language …
    let kind = |k: ReportKind| {
        M::Kind(Choice {
            value: k,
            label: String::new(),
        })
    };
    let _ = screen.update(kind(ReportKind::BlankChecklist));
    let date = screen.date.format("%Y-%m-%d");
    assert!(
        screen
            .path
            .ends_with(&format!("星火精密-空白检查表-全部部门-{date}.pdf")),
        "{}",
        screen.path
    );
    let _ = screen.update(M::Locale(Locale::EnUs));
    assert!(
        screen.path.ends_with(&format!(
            "星火精密-Blank checklist-All departments-{date}.pdf"
        )),
        "{}",
        screen.path
    );
    assert!(screen.path.starts_with("导出 目录"), "{}", screen.path);
    // … until the user names the file.
    let _ = screen.update(M::Path("给客户.pdf".into()));
    let _ = screen.update(kind(ReportKind::Diagnosis));
    assert_eq!(screen.path, "给客户.pdf");
}
