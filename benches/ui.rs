#![allow(clippy::unwrap_used, clippy::expect_used)] // bench code: a panic is the failure report
//! UI responsiveness: answering an item by keyboard and moving to the next one — the update
//! (including the durable save), the new view, its layout and a software rendering of the
//! 1280×800 frame. Target: < 50 ms per answer-and-next.

use criterion::{Criterion, criterion_group, criterion_main};
use iced::keyboard::Key;
use iced_test::Simulator;
use ipms_readiness::locale::Locale;
use ipms_readiness::paths::Paths;
use ipms_readiness::ui::workspace::Tab;
use ipms_readiness::ui::{App, DEFAULT_FONT, Message, test_settings};

fn press(app: &mut App, k: &str) {
    let key = if k == "Enter" {
        Key::Named(iced::keyboard::key::Named::Enter)
    } else {
        Key::Character(k.into())
    };
    let iced::Event::Keyboard(event) = iced_test::simulator::press_key(key, Some(k.into())) else {
        return;
    };
    let _ = app.update(Message::Key(event));
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::portable(dir.path());
    let id = {
        let store = ipms_readiness::store::Store::open_in(&paths).unwrap();
        ipms_readiness::demo::create(&store).unwrap()
    };
    let mut app = App::new(paths, Locale::ZhCn, Some(id));
    let _ = app.update(Message::Workspace(
        ipms_readiness::ui::workspace::Message::Tab(Tab::Questionnaire),
    ));
    // Load the bundled font once; later frames reuse it like the running app does.
    drop(Simulator::with_size(
        test_settings(),
        (1280.0, 800.0),
        app.view(),
    ));
    let settings = iced::Settings {
        default_font: DEFAULT_FONT,
        ..iced::Settings::default()
    };
    let theme = iced::Theme::Light;
    let mut verdict = 0;
    c.bench_function("answer item and move to next, with redraw", |b| {
        b.iter(|| {
            verdict = verdict % 4 + 1;
            press(&mut app, &verdict.to_string());
            press(&mut app, "Enter");
            let mut ui = Simulator::with_size(settings.clone(), (1280.0, 800.0), app.view());
            ui.snapshot(&theme).unwrap()
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = bench
}
criterion_main!(benches);
