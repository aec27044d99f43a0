#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The report screen names the characters the bundled font cannot print (shown in the PDF
//! as the fallback mark), as the command line's `report` does — never a silent box — and
//! does so before the file is written: the user goes ahead or changes the text first.

mod ui_emulator;

use iced::keyboard::{Key, Modifiers};
use ipms_readiness::i18n::tr;
use ipms_readiness::locale::Locale;
use ipms_readiness::paths::Paths;
use ipms_readiness::store::{NewAssessment, Store};
use ipms_readiness::ui::Screen;
use ipms_readiness::ui::screen::report::Message as Rep;
use ipms_readiness::ui::workspace::Message as Ws;
use std::time::Duration;

#[test]
fn the_report_screen_names_characters_the_font_lacks() {
    let l = Locale::EnUs;
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::portable(&dir.path().join("顾问 数据"));
    let id = Store::open_in(&paths)
        .unwrap()
        .create_assessment(&NewAssessment {
            organization: "笑脸😀科技有限公司".into(),
            ..NewAssessment::default()
        })
        .unwrap();
    let mut emu = ui_emulator::start(paths, l, Some(id), (1280.0, 800.0));
    emu.key(Key::Character("6".into()), Modifiers::CTRL);
    let pdf = dir.path().join("报告 输出.pdf");
    emu.send(ipms_readiness::ui::Message::Workspace(Ws::Report(
        Rep::Path(pdf.display().to_string()),
    )));
    emu.click(&tr(l, "rep-export"));
    // The name is the only text with a character the font lacks: the screen says so before
    // anything is written, and waits for the user.
    let warning = ipms_readiness::printing::missing_glyphs_warning(l, &['😀']).unwrap();
    let mut waited = Duration::ZERO;
    while !emu.shows(&warning) && waited < Duration::from_secs(60) {
        emu.wait(Duration::from_millis(200));
        waited += Duration::from_millis(200);
    }
    assert!(
        emu.shows(&warning),
        "the report screen does not name 😀 before writing"
    );
    assert!(!pdf.exists(), "written before the warning was seen");
    emu.click(&tr(l, "rep-export-anyway"));
    let mut waited = Duration::ZERO;
    while !pdf.exists() && waited < Duration::from_secs(60) {
        emu.wait(Duration::from_millis(200));
        waited += Duration::from_millis(200);
    }
    emu.wait(Duration::from_millis(300));
    assert!(pdf.exists(), "not written after the user went ahead");
    assert!(emu.shows(&warning), "the written report's warning is gone");
    let app = emu.into_app();
    let Screen::Assessment(ws) = &app.screen else {
        panic!("no diagnosis open: {:?}", app.error)
    };
    assert!(ws.report.done.is_some(), "not exported: {:?}", app.error);
    assert!(ws.report.missing.contains(&'😀'), "{:?}", ws.report.missing);
    assert!(!ws.report.missing.contains(&'笑'));
    let shown = ipms_readiness::printing::missing_glyphs_warning(l, &ws.report.missing).unwrap();
    assert!(shown.contains("U+1F600"), "{shown}");
}
