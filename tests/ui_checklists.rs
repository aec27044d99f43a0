#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Checklists for every department from the window (iced Emulator, Tasks executed): "one file
//! per department" writes each department's checklist into the chosen folder under its own
//! name, and switching it off goes back to one file.

mod ui_emulator;

use iced::keyboard::{Key, Modifiers};
use ipms_readiness::i18n::{Arg, tr, tr_args};
use ipms_readiness::locale::Locale;
use ipms_readiness::model::catalog::Department;
use ipms_readiness::report::ReportKind;
use ipms_readiness::store::Store;
use ipms_readiness::ui::Message;
use ipms_readiness::ui::screen::report::Message as R;
use ipms_readiness::ui::widgets::Choice;
use ipms_readiness::ui::workspace::{Message as Ws, today};
use std::time::{Duration, Instant};
use ui_emulator::start;

fn report(m: R) -> Message {
    Message::Workspace(Ws::Report(m))
}

#[test]
fn one_file_per_department_from_the_report_screen() {
    let l = Locale::ZhCn;
    let dir = tempfile::tempdir().unwrap();
    let (paths, id) = ui_emulator::client(dir.path(), "华锐五金");
    {
        let store = Store::open_in(&paths).unwrap();
        let mut profile = store.load(id).unwrap().profile;
        profile.departments = vec![Department::Research, Department::Production];
        store.save_profile(id, &profile).unwrap();
    }
    let units: Vec<String> = {
        let store = Store::open_in(&paths).unwrap();
        let p = store.load(id).unwrap().profile;
        p.organisation()
            .units
            .iter()
            .map(|u| ipms_readiness::i18n::org::unit_name(l, u))
            .collect()
    };
    assert!(units.len() >= 3, "{units:?}");
    let folder = dir.path().join("检查表 输出");
    std::fs::create_dir(&folder).unwrap();
    let mut emu = start(paths.clone(), l, Some(id), (1280.0, 1400.0));
    emu.key(Key::Character("6".into()), Modifiers::CTRL);
    emu.send(report(R::Kind(Choice {
        value: ReportKind::BlankChecklist,
        label: String::new(),
    })));
    assert!(
        emu.shows(&tr(l, "rep-each-department")),
        "no choice offered"
    );
    emu.send(report(R::Each(true)));
    assert!(emu.shows(&tr(l, "rep-each-department-hint")));
    emu.send(report(R::Path(folder.display().to_string())));
    emu.send(report(R::Export));
    let done = tr_args(
        l,
        "rep-done-each",
        &[
            ("count", Arg::from(units.len())),
            ("path", Arg::from(folder.display().to_string())),
        ],
    );
    let until = Instant::now() + Duration::from_secs(60);
    while !emu.shows(&done) {
        if Instant::now() > until {
            let app = emu.into_app();
            let ipms_readiness::ui::Screen::Assessment(w) = &app.screen else {
                panic!("no diagnosis open");
            };
            panic!(
                "export did not finish: {done}; done {:?}, written {}, busy {}, path {}, error {:?}",
                w.report.done, w.report.written, w.report.busy, w.report.path, app.error
            );
        }
        emu.wait(Duration::from_millis(200));
    }
    drop(emu.into_app());

    let date = today().format("%Y-%m-%d");
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), units.len(), "{names:?}");
    for unit in &units {
        let expected = format!("华锐五金-空白检查表-{unit}-{date}.pdf");
        assert!(names.contains(&expected), "{expected} not in {names:?}");
        let bytes = std::fs::read(folder.join(&expected)).unwrap();
        assert!(bytes.starts_with(b"%PDF"), "{expected} is no PDF");
    }
}

/// The conclusion is printed at the start of the diagnosis report only; a checklist or the
/// work plan does not ask for one.
#[test]
fn only_the_diagnosis_report_asks_for_a_conclusion() {
    let l = Locale::EnUs;
    let dir = tempfile::tempdir().unwrap();
    let (paths, id) = ui_emulator::client(dir.path(), "Harbor Valve");
    let mut emu = start(paths, l, Some(id), (1024.0, 1400.0));
    emu.key(Key::Character("6".into()), Modifiers::CTRL);
    assert!(
        emu.shows(&tr(l, "rep-conclusion")),
        "diagnosis: no conclusion"
    );
    for kind in [
        ReportKind::Checklist,
        ReportKind::BlankChecklist,
        ReportKind::WorkPlan,
    ] {
        emu.send(report(R::Kind(Choice {
            value: kind,
            label: String::new(),
        })));
        assert!(
            !emu.shows(&tr(l, "rep-conclusion")),
            "{kind:?} asks for a conclusion it never prints"
        );
    }
}
