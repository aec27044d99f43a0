//! What the headless UI tests share: clicking a label and looking for one in the app's view,
//! in a 1280×800 window.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use iced_test::Simulator;
use ipms_readiness::ui::{App, Message, test_settings};

/// Clicks the widget showing `label` and runs the messages it produced (there must be some).
pub fn click(app: &mut App, label: &str) {
    let mut ui = Simulator::with_size(test_settings(), (1280.0, 800.0), app.view());
    ui.click(label)
        .unwrap_or_else(|e| panic!("click {label:?}: {e:?}"));
    let messages: Vec<Message> = ui.into_messages().collect();
    assert!(!messages.is_empty(), "clicking {label:?} did nothing");
    for m in messages {
        let _ = app.update(m);
    }
}

/// Whether the app's view shows `label`.
pub fn shows(app: &App, label: &str) -> bool {
    let mut ui = Simulator::with_size(test_settings(), (1280.0, 800.0), app.view());
    ui.find(label).is_ok()
}
