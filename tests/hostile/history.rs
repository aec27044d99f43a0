//! Case 10: the audit trail stays bounded (one entry per pause in note editing, long notes
//! compacted), and whatever the app exports after a long working day, it imports again.

use crate::common::Folder;
use ipms_readiness::model::assessment::{Answer, Answers, Verdict};
use ipms_readiness::store::exchange::MAX_FILE_BYTES;
use std::fmt::Write as _;

#[test]
fn a_long_day_of_saves_exports_under_the_import_limit_and_round_trips() {
    let f = Folder::new();
    let (id, _) = f.with_answer();
    let store = f.open();
    let items: Vec<String> = store
        .catalog("gbt29490-2023")
        .unwrap()
        .active_items()
        .take(100)
        .map(|i| i.id.clone())
        .collect();
    assert_eq!(items.len(), 100);
    let verdicts = [
        Verdict::Conform,
        Verdict::Minor,
        Verdict::Major,
        Verdict::Observation,
    ];
    let mut notes = vec![String::new(); items.len()];
    // 13,000 saves: the note of each item grows as it is typed (to about 4,000 characters),
    // and its verdict changes now and then.
    for round in 0..130 {
        let mut batch = Answers::new();
        for (i, item) in items.iter().enumerate() {
            let _ = write!(notes[i], "第{round}轮访谈记录：制度已发布但执行记录不全。");
            let mut a = Answer::with_verdict(verdicts[(round / 10 + i) % verdicts.len()]);
            a.note.clone_from(&notes[i]);
            batch.insert(item.clone(), a);
        }
        store.save_answers(id, &batch).unwrap();
    }
    let json = store.export_json(id).unwrap();
    let size = json.len() as u64;
    eprintln!(
        "export after 13,000 saves: {:.1} MB",
        size as f64 / 1_048_576.0
    );
    assert!(size < MAX_FILE_BYTES / 2, "{size} bytes");
    let copy = store.import_bytes(json.as_bytes()).unwrap();
    let (a, b) = (store.load(id).unwrap(), store.load(copy).unwrap());
    assert_eq!(a.answers, b.answers);
    assert_eq!(
        store.answer_history(id, None).unwrap().len(),
        store.answer_history(copy, None).unwrap().len()
    );
}

#[test]
fn note_edits_in_one_sitting_are_one_entry_and_verdict_changes_each_their_own() {
    let f = Folder::new();
    let (id, item) = f.with_answer();
    let store = f.open();
    let mut a = Answer::with_verdict(Verdict::Minor);
    for text in ["制", "制度", "制度未", "制度未发布"] {
        a.note = text.into();
        store.save_answer(id, &item, &a).unwrap();
    }
    a.verdict = Verdict::Major;
    store.save_answer(id, &item, &a).unwrap();
    // The first answer and the note typed right after it are one entry.
    let trail = store.answer_history(id, Some(&item)).unwrap();
    assert_eq!(trail.len(), 2, "{trail:#?}");
    assert_eq!(trail[0].new_note, "制度未发布");
    assert_eq!(trail[1].old_note.as_deref(), Some("制度未发布"));
    assert_eq!(trail[1].new_verdict, Verdict::Major);
    let long = "长".repeat(10_000);
    a.note.clone_from(&long);
    a.verdict = Verdict::Conform;
    store.save_answer(id, &item, &a).unwrap();
    let last = store
        .answer_history(id, Some(&item))
        .unwrap()
        .pop()
        .unwrap();
    assert!(last.new_note.chars().count() <= 2_000);
    assert_eq!(store.load_answer(id, &item).unwrap().unwrap().note, long);
}
