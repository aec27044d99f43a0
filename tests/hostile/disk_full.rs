//! Case 7: a full disk is reported as a full disk — not as a damaged database — and what was
//! saved before stays intact.

use crate::common::Folder;
use ipms_readiness::i18n::error_text;
use ipms_readiness::locale::Locale;
use ipms_readiness::model::assessment::{Answer, Verdict};
use ipms_readiness::store::StoreError;

#[test]
fn a_save_on_a_full_disk_says_the_disk_is_full() {
    let f = Folder::new();
    let (id, item) = f.with_answer();
    let store = f.open();
    let pages: u32 = {
        let conn = rusqlite::Connection::open(f.db()).unwrap();
        conn.query_row("PRAGMA page_count", [], |r| r.get(0))
            .unwrap()
    };
    store.set_max_pages(pages).unwrap();
    let mut big = Answer::with_verdict(Verdict::Major);
    big.note = "证据不足，".repeat(20_000);
    let err = store.save_answer(id, &item, &big).unwrap_err();
    assert!(matches!(err, StoreError::DiskFull { .. }), "{err:?}");
    assert!(!err.needs_recovery());
    let en = error_text(Locale::EnUs, &err);
    assert!(
        en.contains("disk is full") && !en.contains("restore a backup"),
        "{en}"
    );
    let zh = error_text(Locale::ZhCn, &err);
    assert!(
        zh.contains("磁盘空间已满") && !zh.contains("从备份恢复"),
        "{zh}"
    );
    store.quick_check().unwrap();
    assert_eq!(
        store.load_answer(id, &item).unwrap().unwrap().verdict,
        Verdict::Minor
    );
}
