//! Named starting states of the app for tests and scripts (iced presets): an empty data
//! folder, a half-done diagnosis in Chinese, a complete one in English. Each preset works in a
//! fresh folder of its own under the system's temporary folder, never in the user's data.

use super::workspace::Tab;
use super::{App, Message};
use crate::locale::Locale;
use crate::model::assessment::{Answer, Verdict};
use crate::paths::Paths;
use crate::store::Store;
use iced::{Preset, Task};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The names of the presets, as `ICED_PRESET`/tests choose them.
pub const EMPTY: &str = "empty";
pub const HALF_DONE_ZH: &str = "half-done-zh-CN";
pub const COMPLETE_EN: &str = "complete-en-US";

/// A new, empty folder for one preset run (Chinese characters and a space, as users have).
pub fn fresh_folder(name: &str) -> PathBuf {
    static RUN: AtomicUsize = AtomicUsize::new(0);
    let n = RUN.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!(
        "ipms-preset {name} 数据 {}-{n}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Opens the app on a folder made ready by `fill`, which returns the diagnosis to open.
fn boot_with(
    name: &str,
    locale: Locale,
    fill: impl Fn(&Store) -> Option<i64>,
) -> (App, Task<Message>) {
    let paths = Paths::portable(&fresh_folder(name));
    let open = Store::open_in(&paths).ok().and_then(|store| fill(&store));
    let mut app = App::new(paths, locale, None);
    if let Some(id) = open {
        app.open(id, Tab::Dashboard);
    }
    let check = app.quick_check_task();
    (app, check)
}

/// The demo client with every question left unanswered by the demo answered conform.
fn complete(store: &Store) -> Option<i64> {
    let id = crate::demo::create(store).ok()?;
    let record = store.load(id).ok()?;
    let catalog = store.catalog(&record.meta.catalog_id).ok()?;
    let rest = catalog
        .active_items()
        .filter(|i| !record.answers.contains_key(&i.id))
        .map(|i| (i.id.clone(), Answer::with_verdict(Verdict::Conform)))
        .collect();
    store.save_answers(id, &rest).ok()?;
    Some(id)
}

/// Every preset.
pub fn all() -> Vec<Preset<App, Message>> {
    vec![
        Preset::new(EMPTY, || boot_with(EMPTY, Locale::ZhCn, |_| None)),
        Preset::new(HALF_DONE_ZH, || {
            boot_with(HALF_DONE_ZH, Locale::ZhCn, |s| crate::demo::create(s).ok())
        }),
        Preset::new(COMPLETE_EN, || {
            boot_with(COMPLETE_EN, Locale::EnUs, complete)
        }),
    ]
}

/// Settings for headless UI tests: the bundled font as default, so text renders as in the app.
pub fn test_settings() -> iced::Settings {
    iced::Settings {
        fonts: vec![crate::assets::FONT_BYTES.into()],
        default_font: super::DEFAULT_FONT,
        ..iced::Settings::default()
    }
}
