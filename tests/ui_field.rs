#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The on-site job in the real app (iced Emulator, Tasks executed), in both languages: N/A
//! with a reason by keyboard and by mouse, a multi-line note saved once when typing pauses,
//! keyboard-first navigation, marking a clause with undo, and a follow-up visit that starts
//! from the previous verdicts.

mod ui_emulator;

use iced::keyboard::{Key, Modifiers, key::Named};
use iced_test::instruction::Key as K;
use ipms_readiness::i18n::tr;
use ipms_readiness::locale::Locale;
use ipms_readiness::model::assessment::{Answer, Verdict};
use ipms_readiness::store::Store;
use ipms_readiness::ui::workspace::Tab;
use ipms_readiness::ui::{App, Screen};
use std::time::Duration;
use ui_emulator::{client, start};

const SIZE: (f32, f32) = (1280.0, 800.0);

fn ws(app: &App) -> &ipms_readiness::ui::workspace::Workspace {
    match &app.screen {
        Screen::Assessment(ws) => ws,
        _ => panic!("no diagnosis open; error: {:?}", app.error),
    }
}

fn verdict_label(l: Locale, v: Verdict) -> String {
    let hot = v.hotkey().map(|c| format!(" ({c})")).unwrap_or_default();
    format!(
        "{} {}{hot}",
        v.symbol(),
        tr(l, &format!("verdict-{}", v.key()))
    )
}

fn ctrl() -> Modifiers {
    Modifiers::CTRL
}

fn not_applicable_with_a_reason(l: Locale) {
    let dir = tempfile::tempdir().unwrap();
    let (paths, id) = client(dir.path(), "星火精密机械有限公司");
    let mut emu = start(paths.clone(), l, Some(id), SIZE);
    // Ctrl+2: the questionnaire.
    emu.key(Key::Character("2".into()), ctrl());
    assert!(
        emu.shows(&tr(l, "q-guidance")),
        "Ctrl+2 did not open the questionnaire"
    );

    // Keyboard: N asks for the reason (nothing saved, no error), the reason is typed, Enter
    // confirms.
    emu.char_key("n");
    assert!(emu.shows(&tr(l, "q-na-pending")));
    emu.type_text("本企业没有出口业务");
    // Enter confirms and moves on, as Enter on a verdict does.
    emu.press(K::Enter);

    // Mouse: click N/A, type the reason, Enter.
    emu.click(&verdict_label(l, Verdict::Na));
    assert!(emu.shows(&tr(l, "q-na-pending")));
    emu.type_text("No alliances");
    emu.press(K::Enter);
    let app = emu.into_app();
    assert!(app.error.is_none(), "{:?}", app.error);
    let answers = &ws(&app).record.answers;
    let na: Vec<&Answer> = answers
        .values()
        .filter(|a| a.verdict == Verdict::Na)
        .collect();
    assert_eq!(na.len(), 2, "{answers:?}");
    assert_eq!(
        na.iter()
            .filter(|a| a.na_reason == "本企业没有出口业务")
            .count(),
        1
    );
    assert_eq!(
        na.iter().filter(|a| a.na_reason == "No alliances").count(),
        1
    );
    drop(app);
    // And they are on disk.
    let store = Store::open_in(&paths).unwrap();
    let stored = store.load(id).unwrap();
    assert_eq!(
        stored
            .answers
            .values()
            .filter(|a| a.verdict == Verdict::Na)
            .count(),
        2
    );
}

#[test]
fn not_applicable_with_a_reason_zh() {
    not_applicable_with_a_reason(Locale::ZhCn);
}

#[test]
fn not_applicable_with_a_reason_en() {
    not_applicable_with_a_reason(Locale::EnUs);
}

#[test]
fn a_multi_line_note_is_saved_once_when_typing_pauses() {
    let l = Locale::ZhCn;
    let dir = tempfile::tempdir().unwrap();
    let (paths, id) = client(dir.path(), "星火精密机械有限公司");
    let mut emu = start(paths.clone(), l, Some(id), SIZE);
    emu.key(Key::Character("2".into()), ctrl());
    // √ with one key, then Tab goes to the note.
    emu.char_key("1");
    emu.named_key(Named::Tab);
    let first_line =
        "抽查了三名新入职研发人员的知识产权声明，其中一人未签署，已要求人事部补签并建立台账。";
    emu.type_text(first_line);
    // Enter in the note is a new line, not the next item.
    emu.press(K::Enter);
    emu.type_text("复核：2026 年 12 月");
    emu.wait(Duration::from_millis(800));
    assert!(emu.shows(&tr(l, "app-saved")));
    let app = emu.into_app();
    let w = ws(&app);
    let item = w.questionnaire.current.clone();
    let a = &w.record.answers[&item];
    assert_eq!(a.verdict, Verdict::Conform);
    assert_eq!(a.note, format!("{first_line}\n复核：2026 年 12 月"));
    drop(app);
    let store = Store::open_in(&paths).unwrap();
    let history = store.answer_history(id, Some(&item)).unwrap();
    // Not one entry per keystroke (~60 characters were typed): the note's pauses fold into
    // the item's entry.
    assert_eq!(history.len(), 1, "{history:?}");
}

/// Leaving a field with its key moves on, so the next verdict key lands on the next item
/// instead of overwriting the one just annotated.
#[test]
fn leaving_the_note_or_the_evidence_by_key_moves_on() {
    use ipms_readiness::ui::Message;
    use ipms_readiness::ui::screen::questionnaire::Message as Q;
    use ipms_readiness::ui::workspace::Message as W;
    let l = Locale::ZhCn;
    let dir = tempfile::tempdir().unwrap();
    let (paths, id) = client(dir.path(), "星火精密机械有限公司");
    let mut emu = start(paths, l, Some(id), SIZE);
    emu.key(Key::Character("2".into()), ctrl());
    // ○, Tab to the note, two lines, Ctrl+Enter (the note's key binding).
    emu.char_key("3");
    emu.named_key(Named::Tab);
    emu.type_text("未见书面的环境分析");
    emu.press(K::Enter);
    emu.type_text("建议年内补齐");
    emu.send(Message::Workspace(W::Questionnaire(Q::NoteDone)));
    // √ on the second item, Tab, Tab to the evidence, Enter.
    emu.char_key("1");
    emu.named_key(Named::Tab);
    emu.named_key(Named::Tab);
    emu.type_text("员工花名册");
    emu.press(K::Enter);
    // × on the third.
    emu.char_key("4");
    let app = emu.into_app();
    let w = ws(&app);
    let items: Vec<&String> = w.catalog.items.iter().take(3).map(|i| &i.id).collect();
    let answers = &w.record.answers;
    let first = &answers[items[0]];
    assert_eq!(first.verdict, Verdict::Minor, "{answers:?}");
    assert_eq!(first.note, "未见书面的环境分析\n建议年内补齐");
    let second = &answers[items[1]];
    assert_eq!(second.verdict, Verdict::Conform, "{answers:?}");
    assert_eq!(second.evidence_seen, ["员工花名册"]);
    assert_eq!(answers[items[2]].verdict, Verdict::Major, "{answers:?}");
}

#[test]
fn keyboard_first_next_unanswered_and_a_clause_at_once_with_undo() {
    let l = Locale::EnUs;
    let dir = tempfile::tempdir().unwrap();
    let (paths, id) = client(dir.path(), "星火精密机械有限公司");
    let mut emu = start(paths, l, Some(id), (1024.0, 700.0));
    emu.key(Key::Character("2".into()), ctrl());
    // Previous / Next stay on screen at 1024×700.
    assert!(emu.shows(&tr(l, "q-next")));
    assert!(emu.shows(&tr(l, "q-previous")));
    emu.char_key("1");
    emu.named_key(Named::Enter);
    emu.char_key("3");
    // Back to the first item, then Ctrl+→ skips answered items.
    emu.named_key(Named::ArrowLeft);
    emu.named_key(Named::ArrowLeft);
    emu.key(Key::Named(Named::ArrowRight), ctrl());
    emu.click(&tr(l, "q-mark-clause"));
    let app = emu.into_app();
    let w = ws(&app);
    let clause = w
        .questionnaire
        .undo
        .as_ref()
        .expect("undo offered")
        .clause
        .clone();
    let marked: Vec<&String> = w
        .record
        .answers
        .iter()
        .filter(|(id, a)| {
            a.verdict == Verdict::Conform && w.catalog.item(id).is_some_and(|i| i.clause == clause)
        })
        .map(|(id, _)| id)
        .collect();
    assert!(!marked.is_empty());
    drop(app);

    // Undo puts the clause back.
    let dir = tempfile::tempdir().unwrap();
    let (paths, id) = client(dir.path(), "星火精密机械有限公司");
    let mut emu = start(paths, l, Some(id), SIZE);
    emu.key(Key::Character("2".into()), ctrl());
    emu.click(&tr(l, "q-mark-clause"));
    let answered = {
        // Ctrl+Z undoes it.
        emu.key(Key::Character("z".into()), ctrl());
        let app = emu.into_app();
        ws(&app)
            .record
            .answers
            .values()
            .filter(|a| a.verdict.is_answered())
            .count()
    };
    assert_eq!(answered, 0);
}

#[test]
fn a_follow_up_visit_starts_from_the_previous_verdicts() {
    let l = Locale::ZhCn;
    let dir = tempfile::tempdir().unwrap();
    let (paths, first) = client(dir.path(), "星火精密机械有限公司");
    let store = Store::open_in(&paths).unwrap();
    let record = store.load(first).unwrap();
    let catalog = store.catalog(&record.meta.catalog_id).unwrap().clone();
    let item = catalog.active_items().next().unwrap().id.clone();
    store
        .save_answer(
            first,
            &item,
            &Answer {
                verdict: Verdict::Minor,
                note: "制度已发布，但未培训".into(),
                ..Answer::default()
            },
        )
        .unwrap();
    drop(store);
    let mut emu = start(paths.clone(), l, None, SIZE);
    emu.click(&tr(l, "home-follow-up"));
    emu.click(&tr(l, "home-confirm"));
    emu.key(Key::Character("2".into()), ctrl());
    emu.send(ipms_readiness::ui::Message::Workspace(
        ipms_readiness::ui::workspace::Message::Questionnaire(
            ipms_readiness::ui::screen::questionnaire::Message::Select(item.clone()),
        ),
    ));
    assert!(emu.shows(&tr(l, "q-suggested-previous")));
    // Space confirms the carried-over verdict.
    emu.named_key(Named::Space);
    let app = emu.into_app();
    let w = ws(&app);
    assert_eq!(w.tab, Tab::Questionnaire);
    assert_ne!(w.record.meta.id, first);
    let a = &w.record.answers[&item];
    assert_eq!(a.verdict, Verdict::Minor);
    assert_eq!(a.note, "制度已发布，但未培训");
    assert!(!a.suggested);
}

#[test]
fn a_rejected_user_catalog_is_named_in_the_window() {
    let l = Locale::ZhCn;
    let dir = tempfile::tempdir().unwrap();
    let (paths, _) = client(dir.path(), "星火精密机械有限公司");
    let folder = paths.user_catalogs();
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("坏的 题库.toml"), "id = \"\"\nversion = 1\n").unwrap();
    let mut emu = start(paths, l, None, SIZE);
    // The notice is on screen, with a button to dismiss it.
    assert!(emu.shows(&tr(l, "app-dismiss")));
    let notice = emu.into_app().notice.unwrap_or_default();
    assert!(notice.contains(&tr(l, "app-catalogs-rejected")), "{notice}");
    assert!(notice.contains("坏的 题库.toml"), "{notice}");
}
