//! Use beside another window. A second window on a data folder that another window holds
//! opens it read-only and says so (it never shows a "Saved" window whose buttons do nothing).
//! Every window polls `PRAGMA data_version` every [`POLL`] and reloads what it shows when
//! another process changed the database; a read-only second window tries to take the folder
//! over at each poll and saves again once the other window is closed.

use super::{App, Message, Screen};
use crate::i18n::tr;
use crate::store::{OpenOptions, Store, StoreError};
use iced::Subscription;
use iced::futures::Stream;
use std::time::Duration;

/// How often the window looks for changes made by another process (one cheap pragma).
pub const POLL: Duration = Duration::from_secs(2);

/// What the window knows about other processes using its data folder.
#[derive(Debug, Default)]
pub struct Watch {
    /// Another window holds the folder: this one opened it read-only.
    pub shared: bool,
    /// The database's `data_version` when last looked at.
    seen: Option<i64>,
    /// A change is still to be shown (typed text was waiting to be saved).
    stale: bool,
}

/// Opens the store of the data folder; when another window holds it, opens it read-only
/// instead and says so in `notice`.
pub(super) fn open(
    paths: &crate::paths::Paths,
    locale: crate::locale::Locale,
) -> (Result<Store, StoreError>, Watch, Option<String>) {
    let mut watch = Watch::default();
    let mut notice = None;
    let opened = match Store::open_in(paths) {
        Err(StoreError::InUse { .. }) => {
            let read_only = OpenOptions {
                read_only: true,
                ..OpenOptions::default()
            };
            let r = Store::open_in_with(paths, read_only);
            if r.is_ok() {
                watch.shared = true;
                notice = Some(tr(locale, "app-second-window"));
            }
            r
        }
        other => other,
    };
    if let Ok(store) = &opened {
        watch.seen = store.data_version().ok();
    }
    (opened, watch, notice)
}

/// A tick every [`POLL`]. The wait runs on a thread of its own (the executor has no timer),
/// which ends at the first tick after the subscription is dropped.
pub fn ticks() -> Subscription<Message> {
    Subscription::run(tick_stream).map(|()| Message::Poll)
}

fn tick_stream() -> impl Stream<Item = ()> {
    let (tx, rx) = iced::futures::channel::mpsc::unbounded();
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(POLL);
            if tx.unbounded_send(()).is_err() {
                break;
            }
        }
    });
    rx
}

impl App {
    /// One poll: take the folder over if the other window let go, then reload when another
    /// process changed the database since the last look.
    pub(super) fn poll(&mut self) {
        if self.watch.shared && self.take_over() {
            return;
        }
        let Some(store) = &self.store else { return };
        let Ok(version) = store.data_version() else {
            return;
        };
        let changed = self.watch.seen.is_some_and(|old| old != version);
        self.watch.seen = Some(version);
        if changed || self.watch.stale {
            self.reload();
        }
    }

    /// Opens the folder for writing once no other window holds it; true when it did.
    fn take_over(&mut self) -> bool {
        let Ok(store) = Store::open_in(&self.ctx.paths) else {
            return false;
        };
        self.watch.seen = store.data_version().ok();
        self.watch.shared = false;
        self.store = Some(store);
        self.notice = Some(tr(self.ctx.locale, "app-second-window-free"));
        self.reload();
        true
    }

    /// Shows the stored state again: the client list and the open diagnosis. Text typed but
    /// not yet saved is kept (the next poll reloads once it is saved).
    fn reload(&mut self) {
        self.refresh_home();
        let Some(store) = &self.store else { return };
        let l = self.ctx.locale;
        let Screen::Assessment(ws) = &mut self.screen else {
            return;
        };
        self.watch.stale = ws.saving();
        if self.watch.stale {
            return;
        }
        match store.load(ws.record.meta.id) {
            Ok(record) => ws.reload(record, l),
            // Deleted in the other window: back to the client list, saying why.
            Err(e) => {
                self.fail(&e);
                self.screen = Screen::Home;
            }
        }
    }
}
