#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! A second window on a data folder another window holds (iced Emulator, Tasks and
//! subscriptions running): it says so and opens the diagnosis read-only, refuses edits with a
//! message instead of doing nothing, shows changes the other window saves, and takes the
//! folder over once the other window is closed.

mod ui_emulator;

use ipms_readiness::i18n::tr;
use ipms_readiness::locale::Locale;
use ipms_readiness::model::assessment::{Answer, Verdict};
use ipms_readiness::paths::Paths;
use ipms_readiness::store::{NewAssessment, Store};
use ipms_readiness::ui::{App, Screen};
use std::time::{Duration, Instant};
use ui_emulator::start;

const SIZE: (f32, f32) = (1280.0, 800.0);

fn client(dir: &std::path::Path) -> (Paths, i64, String) {
    let (paths, id) = ui_emulator::client(dir, "双窗口测试有限公司");
    let item = ui_emulator::first_item(&paths);
    (paths, id, item)
}

fn verdict_of(app: &App, item: &str) -> Option<Verdict> {
    match &app.screen {
        Screen::Assessment(ws) => ws.record.answers.get(item).map(|a| a.verdict),
        _ => panic!("no diagnosis open; error: {:?}", app.error),
    }
}

fn second_window(l: Locale) {
    let dir = tempfile::tempdir().unwrap();
    let (paths, id, item) = client(dir.path());
    // The first window holds the folder.
    let first = Store::open_in(&paths).unwrap();
    let mut emu = start(paths.clone(), l, Some(id), SIZE);
    assert!(
        emu.shows(&tr(l, "app-second-window")),
        "the second window does not say why it cannot save"
    );
    assert!(emu.shows(&tr(l, "app-read-only")));
    assert!(
        !emu.shows(&tr(l, "app-saved")),
        "a read-only window says saved"
    );

    // The first window saves an answer: the second shows it within a few seconds.
    first
        .save_answer(id, &item, &Answer::with_verdict(Verdict::Major))
        .unwrap();
    let start_wait = Instant::now();
    emu.wait(Duration::from_millis(4500));
    let app = emu.into_app();
    assert_eq!(
        verdict_of(&app, &item),
        Some(Verdict::Major),
        "the change made in the other window was not picked up after {:?}",
        start_wait.elapsed()
    );
    assert!(app.store.as_ref().is_some_and(Store::read_only));
    drop(app);
}

#[test]
fn a_second_window_explains_opens_read_only_and_follows_changes_zh() {
    second_window(Locale::ZhCn);
}

#[test]
fn a_second_window_explains_opens_read_only_and_follows_changes_en() {
    second_window(Locale::EnUs);
}

#[test]
fn a_second_window_takes_over_once_the_first_is_closed() {
    let l = Locale::ZhCn;
    let dir = tempfile::tempdir().unwrap();
    let (paths, id, item) = client(dir.path());
    let first = Store::open_in(&paths).unwrap();
    let mut emu = start(paths.clone(), l, Some(id), SIZE);
    assert!(emu.shows(&tr(l, "app-read-only")));
    drop(first);
    emu.wait(Duration::from_millis(4500));
    assert!(
        emu.shows(&tr(l, "app-second-window-free")),
        "the window did not say it can save again"
    );
    assert!(emu.shows(&tr(l, "app-saved")));
    let app = emu.into_app();
    assert!(app.writable(), "error: {:?}", app.error);
    let store = app.store.as_ref().unwrap();
    store
        .save_answer(id, &item, &Answer::with_verdict(Verdict::Conform))
        .unwrap();
    drop(app);
    let store = Store::open_in(&paths).unwrap();
    assert_eq!(
        store.load(id).unwrap().answers[&item].verdict,
        Verdict::Conform
    );
}

#[test]
fn the_client_list_shows_a_client_another_window_added() {
    let l = Locale::EnUs;
    let dir = tempfile::tempdir().unwrap();
    let (paths, _, _) = client(dir.path());
    let first = Store::open_in(&paths).unwrap();
    let mut emu = start(paths.clone(), l, None, SIZE);
    first
        .create_assessment(&NewAssessment {
            organization: "后来的客户有限公司".into(),
            title: "首次诊断".into(),
            ..NewAssessment::default()
        })
        .unwrap();
    emu.wait(Duration::from_millis(4500));
    let app = emu.into_app();
    let names: Vec<&str> = app.home_data.orgs.iter().map(|o| o.name.as_str()).collect();
    assert!(
        names.contains(&"后来的客户有限公司"),
        "the client list did not pick up the new client: {names:?}"
    );
    drop(first);
}
