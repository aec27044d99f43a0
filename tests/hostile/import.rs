//! Cases 3 and 11 (import side): duplicate keys, binary and UTF-16 files, sizes in messages.

use crate::common::Folder;
use ipms_readiness::i18n::error_text;
use ipms_readiness::locale::Locale;
use ipms_readiness::store::{ImportError, ImportErrorKind, StoreError};

fn import_error(r: Result<i64, StoreError>) -> ImportError {
    match r {
        Err(StoreError::Import(e)) => e,
        other => panic!("expected an import error, got {other:?}"),
    }
}

#[test]
fn a_repeated_key_is_refused_naming_the_key_and_its_path() {
    let f = Folder::new();
    let (id, _) = f.with_answer();
    let store = f.open();
    let json = store.export_json(id).unwrap();
    let end = json.rfind('}').unwrap();
    let doubled = format!("{},\n  \"answers\": []\n}}", json[..end].trim_end());
    let e = import_error(store.import_bytes(doubled.as_bytes()));
    assert_eq!(e.kind, ImportErrorKind::DuplicateKey("answers".into()));
    assert_eq!(e.place, "answers");
    let nested = json.replacen("\"verdict\":", "\"verdict\": \"major\", \"verdict\":", 1);
    let e = import_error(store.import_bytes(nested.as_bytes()));
    assert_eq!(e.place, "answers[0].verdict");
    let zh = error_text(Locale::ZhCn, &StoreError::Import(e));
    assert!(zh.contains("verdict") && zh.contains("两次"), "{zh}");
    assert_eq!(
        store.list_organizations().unwrap().len(),
        1,
        "nothing imported"
    );
}
