#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The score reads the same everywhere: the dashboard and the diagnosis list show it with the
//! one decimal the printed report uses (not 74 on screen and 73.6 on paper).

mod ui_emulator;

use ipms_readiness::locale::Locale;
use ipms_readiness::paths::Paths;
use ipms_readiness::report::doc::score_text;
use ipms_readiness::store::Store;
use ipms_readiness::ui::Screen;
use ui_emulator::start;

#[test]
fn the_dashboard_and_the_list_show_the_printed_score() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::portable(&dir.path().join("得分 一致"));
    let id = {
        let store = Store::open_in(&paths).unwrap();
        ipms_readiness::demo::create(&store).unwrap()
    };
    let emu = start(paths.clone(), Locale::ZhCn, Some(id), (1280.0, 800.0));
    let app = emu.into_app();
    let Screen::Assessment(ws) = &app.screen else {
        panic!("no diagnosis open")
    };
    let score = ws
        .evaluation
        .scorecard
        .overall
        .score
        .expect("the demo is scored");
    let printed = score_text(score);
    // The check means something only when rounding to a whole number would differ.
    assert_ne!(
        printed,
        format!("{score:.0}"),
        "pick data with a fractional score"
    );
    drop(app);
    let mut emu = start(paths.clone(), Locale::ZhCn, Some(id), (1280.0, 800.0));
    assert!(emu.shows(&printed), "the dashboard does not show {printed}");
    drop(emu);
    let mut emu = start(paths, Locale::EnUs, None, (1280.0, 800.0));
    let label = format!("Score {printed}");
    assert!(
        emu.shows(&label),
        "the diagnosis list does not show {label}"
    );
}
