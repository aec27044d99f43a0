#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The dashboard offers to move a diagnosis made with an earlier catalogue version to the
//! loaded one, and the button does it, keeping every answer.

mod ui_emulator;

use iced::keyboard::{Key, Modifiers};
use ipms_readiness::i18n::{Arg, tr, tr_args};
use ipms_readiness::locale::Locale;
use ipms_readiness::model::assessment::{Answer, Verdict};
use ipms_readiness::store::Store;

#[test]
fn the_dashboard_moves_an_old_diagnosis_to_the_current_version() {
    let l = Locale::EnUs;
    let dir = tempfile::tempdir().unwrap();
    let (paths, id) = ui_emulator::client(dir.path(), "深圳 甲公司");
    let current = ipms_readiness::catalogs::builtin()
        .unwrap()
        .gbt2023
        .version
        .clone();
    {
        let store = Store::open_in(&paths).unwrap();
        store
            .save_answer(id, "23-7.5-2", &Answer::with_verdict(Verdict::Minor))
            .unwrap();
    }
    let db = rusqlite::Connection::open(paths.database()).unwrap();
    db.execute(
        "UPDATE assessments SET catalog_version = '2023.1', catalog_hash = NULL WHERE id = ?1",
        [id],
    )
    .unwrap();
    drop(db);
    let mut emu = ui_emulator::start(paths.clone(), l, Some(id), (1280.0, 900.0));
    emu.key(Key::Character("3".into()), Modifiers::CTRL);
    let args = [
        ("from", Arg::from("2023.1")),
        ("to", Arg::from(current.as_str())),
    ];
    let button = tr_args(l, "dash-upgrade-button", &args);
    assert!(emu.shows(&button), "the offer is shown");
    emu.click(&button);
    emu.settle(std::time::Duration::from_millis(300));
    assert!(emu.shows(&tr(l, "dash-upgrade-done")));
    assert!(!emu.shows(&button), "no second offer");
    drop(emu.into_app());
    let store = Store::open_in(&paths).unwrap();
    let record = store.load(id).unwrap();
    assert_eq!(record.meta.catalog_version, current);
    assert_eq!(record.answers.len(), 1);
}
