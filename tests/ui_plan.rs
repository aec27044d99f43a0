#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The plan in the real app (iced Emulator, Tasks executed): due dates after the planned
//! application are said, a running system's plan draws no made-up dates, and an action's text
//! is edited in a field that wraps and keeps several lines.

mod ui_emulator;

use iced::keyboard::{Key, Modifiers};
use ipms_readiness::i18n::{Arg, tr, tr_args};
use ipms_readiness::locale::Locale;
use ipms_readiness::model::assessment::{Answer, Verdict};
use ipms_readiness::paths::Paths;
use ipms_readiness::store::Store;
use ipms_readiness::ui::Message;
use ipms_readiness::ui::screen::plan::Message as P;
use ipms_readiness::ui::workspace::{Message as Ws, today};
use ui_emulator::start;

const SIZE: (f32, f32) = (1280.0, 2400.0);

fn plan(m: P) -> Message {
    Message::Workspace(Ws::Plan(m))
}

/// A client with one major gap; returns the data folder, the diagnosis and the gap's item.
fn client(dir: &std::path::Path) -> (Paths, i64, String) {
    let (paths, id) = ui_emulator::client(dir, "华锐五金制品有限公司");
    let item = ui_emulator::first_item(&paths);
    let answer = Answer {
        verdict: Verdict::Major,
        ..Answer::default()
    };
    Store::open_in(&paths)
        .unwrap()
        .save_answer(id, &item, &answer)
        .unwrap();
    (paths, id, item)
}

fn planned_application(paths: &Paths, id: i64) -> chrono::NaiveDate {
    let store = Store::open_in(paths).unwrap();
    let record = store.load(id).unwrap();
    let catalog = store.catalog(&record.meta.catalog_id).unwrap();
    record
        .evaluate(catalog, today())
        .planned_application()
        .expect("a planned application date")
}

#[test]
fn an_action_due_after_the_planned_application_is_said_in_both_languages() {
    for l in [Locale::ZhCn, Locale::EnUs] {
        let dir = tempfile::tempdir().unwrap();
        let (paths, id, item) = client(dir.path());
        let application = planned_application(&paths, id);
        let mut emu = start(paths.clone(), l, Some(id), SIZE);
        emu.key(Key::Character("4".into()), Modifiers::CTRL);
        let warning = tr_args(
            l,
            "plan-due-after-application",
            &[
                ("count", Arg::from(1usize)),
                ("date", Arg::from(application.to_string())),
            ],
        );
        assert!(!emu.shows(&warning), "{l}: warned before any late date");

        emu.send(plan(P::Select(item.clone())));
        let late = application + chrono::Days::new(30);
        emu.send(plan(P::Due(late.to_string())));
        let hint = tr_args(
            l,
            "plan-due-late",
            &[("date", Arg::from(application.to_string()))],
        );
        assert!(emu.shows(&hint), "{l}: the editor says the date is late");
        emu.click(&tr(l, "plan-save"));
        assert!(emu.shows(&warning), "{l}: the plan says one action is late");
        drop(emu.into_app());

        // Saved as typed: a late date is allowed, only said.
        let record = Store::open_in(&paths).unwrap().load(id).unwrap();
        assert_eq!(record.overrides[&item].due, Some(late));
    }
}

#[test]
fn an_action_text_is_written_over_several_lines() {
    use iced::widget::text_editor::{Action, Edit};
    let l = Locale::ZhCn;
    let dir = tempfile::tempdir().unwrap();
    let (paths, id, item) = client(dir.path());
    let mut emu = start(paths.clone(), l, Some(id), SIZE);
    emu.key(Key::Character("4".into()), Modifiers::CTRL);
    emu.send(plan(P::Select(item.clone())));
    // Select all, then type two lines; Enter in the text is a new line, not "save".
    emu.send(plan(P::TextEdit(Action::SelectAll)));
    let first = "技术部牵头，每个研发项目立项前完成专利检索并形成检索报告";
    let second = "检索报告由知识产权专员审核后归档，作为立项评审的必备材料";
    for c in first.chars() {
        emu.send(plan(P::TextEdit(Action::Edit(Edit::Insert(c)))));
    }
    emu.send(plan(P::TextEdit(Action::Edit(Edit::Enter))));
    for c in second.chars() {
        emu.send(plan(P::TextEdit(Action::Edit(Edit::Insert(c)))));
    }
    assert!(emu.shows(&tr(l, "plan-save")), "the editor closed on Enter");
    emu.click(&tr(l, "plan-save"));
    drop(emu.into_app());
    let record = Store::open_in(&paths).unwrap().load(id).unwrap();
    assert_eq!(
        record.overrides[&item].text.as_deref(),
        Some(format!("{first}\n{second}").as_str())
    );
}

/// In a system already running, an own action starts in the first phase still to come: the
/// phases before operation were done on dates nobody recorded, so they are no place for new
/// work by default.
#[test]
fn an_own_action_of_a_running_system_starts_in_a_phase_still_to_come() {
    use ipms_readiness::model::assessment::Facts;
    use ipms_readiness::model::catalog::FixPhase;
    let l = Locale::ZhCn;
    let dir = tempfile::tempdir().unwrap();
    let (paths, id, _) = client(dir.path());
    let facts = Facts {
        operation_started_on: Some(today() - chrono::Days::new(45)),
        ..Facts::default()
    };
    Store::open_in(&paths)
        .unwrap()
        .save_facts(id, &facts)
        .unwrap();
    let mut emu = start(paths.clone(), l, Some(id), SIZE);
    emu.key(Key::Character("4".into()), Modifiers::CTRL);
    emu.send(plan(P::AddAction));
    emu.send(plan(P::Text("组织两名内审员参加外部内审员培训".into())));
    emu.click(&tr(l, "plan-save"));
    drop(emu.into_app());
    let record = Store::open_in(&paths).unwrap().load(id).unwrap();
    assert_eq!(record.free_actions.len(), 1);
    assert_eq!(record.free_actions[0].phase, FixPhase::Operation);
}

/// "Add your own action" puts the cursor in the action's text.
#[test]
fn a_new_own_action_is_typed_straight_away() {
    let l = Locale::EnUs;
    let dir = tempfile::tempdir().unwrap();
    let (paths, id, _) = client(dir.path());
    let mut emu = start(paths.clone(), l, Some(id), SIZE);
    emu.key(Key::Character("4".into()), Modifiers::CTRL);
    emu.send(plan(P::AddAction));
    emu.type_text("Book internal-auditor training");
    emu.click(&tr(l, "plan-save"));
    drop(emu.into_app());
    let record = Store::open_in(&paths).unwrap().load(id).unwrap();
    assert_eq!(record.free_actions.len(), 1);
    assert_eq!(
        record.free_actions[0].text,
        "Book internal-auditor training"
    );
}
