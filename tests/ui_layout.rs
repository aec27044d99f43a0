#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Layout at the smallest supported window (1024×700, English — the longer language): labels
//! are shown whole, never cut off with "…".

mod ui_emulator;

use ipms_readiness::locale::Locale;
use ipms_readiness::paths::Paths;
use ipms_readiness::store::Store;
use ui_emulator::start;

#[test]
fn dashboard_chapter_and_process_labels_are_whole_at_1024_by_700() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::portable(&dir.path().join("小 窗口"));
    let (id, labels) = {
        let store = Store::open_in(&paths).unwrap();
        let id = ipms_readiness::demo::create(&store).unwrap();
        let record = store.load(id).unwrap();
        let catalog = store.catalog(&record.meta.catalog_id).unwrap();
        let labels: Vec<String> = catalog
            .chapters()
            .map(|c| ipms_readiness::i18n::clause_label(&c.number, &c.title.en_us))
            .collect();
        (id, labels)
    };
    let mut emu = start(paths, Locale::EnUs, Some(id), (1024.0, 700.0));
    let long = labels.iter().max_by_key(|l| l.len()).unwrap();
    assert!(long.len() > 25, "{long}");
    for label in &labels {
        assert!(emu.shows(label), "chapter label not shown whole: {label}");
    }
    assert!(emu.shows("Sales and after-sales"));
}
