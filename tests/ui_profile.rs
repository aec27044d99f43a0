#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The profile in the real app (iced Emulator, Tasks executed): "no management system yet" can
//! be said, and the report then prints it instead of "not given".

mod ui_emulator;

use ipms_readiness::i18n::tr;
use ipms_readiness::locale::Locale;
use ipms_readiness::model::profile::MgmtSystem;
use ipms_readiness::report::build_doc;
use ipms_readiness::store::Store;
use ipms_readiness::ui::Message;
use ipms_readiness::ui::screen::profile::Message as ProfileMsg;
use ipms_readiness::ui::workspace::{Message as Ws, today};
use ui_emulator::start;

const SIZE: (f32, f32) = (1280.0, 2600.0);

fn profile(m: ProfileMsg) -> Message {
    Message::Workspace(Ws::Profile(m))
}

/// A new client's diagnosis open on the profile tab (Ctrl+1): the folder (kept alive), its
/// paths, the diagnosis and the app.
fn on_the_profile(
    l: Locale,
    client: &str,
) -> (
    tempfile::TempDir,
    ipms_readiness::paths::Paths,
    i64,
    ui_emulator::Emu<
        impl iced::Program<State = ipms_readiness::ui::App, Message = Message, Theme = iced::Theme>
        + 'static,
    >,
) {
    let dir = tempfile::tempdir().unwrap();
    let (paths, id) = ui_emulator::client(dir.path(), client);
    let mut emu = start(paths.clone(), l, Some(id), SIZE);
    emu.key(
        iced::keyboard::Key::Character("1".into()),
        iced::keyboard::Modifiers::CTRL,
    );
    (dir, paths, id, emu)
}

#[test]
fn a_client_without_any_management_system_can_say_so() {
    let l = Locale::ZhCn;
    let (_dir, paths, id, mut emu) = on_the_profile(l, "华锐五金制品有限公司");
    assert!(emu.shows(&tr(l, "mgmt-system-none")), "no choice for none");
    emu.send(profile(ProfileMsg::System(MgmtSystem::Iso9001, true)));
    emu.send(profile(ProfileMsg::NoSystems(true)));
    emu.wait(std::time::Duration::from_millis(700));
    drop(emu.into_app());

    let store = Store::open_in(&paths).unwrap();
    let record = store.load(id).unwrap();
    assert!(record.profile.no_systems);
    assert!(
        record.profile.systems.is_empty(),
        "none and ISO 9001 at once"
    );
    let catalog = store.catalog(&record.meta.catalog_id).unwrap();
    let facts = record.facts.clone();
    let input = ipms_readiness::report::ReportInput {
        catalog,
        profile: &record.profile,
        facts: &facts,
        answers: &record.answers,
        phases: None,
        overrides: &record.overrides,
        free_actions: &record.free_actions,
        previous: None,
        rewards: None,
        costs: None,
        assessor: &ipms_readiness::report::Assessor::default(),
        assessment_title: "首次诊断",
        conclusion: "",
        logo: None,
        brand: None,
        created: chrono::Utc::now(),
    };
    let doc = build_doc(&input, l, today());
    let (_, systems) = doc
        .profile
        .iter()
        .find(|(k, _)| *k == tr(l, "report-profile-systems"))
        .expect("a systems row");
    assert_eq!(*systems, tr(l, "report-profile-no-systems"));
}

/// The department interviewed for an answer is the client's own department, even one that only
/// supports a function another department leads (品质部 beside 生产部).
#[test]
fn the_interviewed_department_is_the_clients_own() {
    use ipms_readiness::model::catalog::Department::{Production, TopManagement};
    use ipms_readiness::model::org::{Organisation, Unit};
    use ipms_readiness::ui::screen::questionnaire::Message as Q;
    use ipms_readiness::ui::widgets::Choice;
    let l = Locale::ZhCn;
    let dir = tempfile::tempdir().unwrap();
    let (paths, id) = ui_emulator::client(dir.path(), "华锐五金制品有限公司");
    {
        let store = Store::open_in(&paths).unwrap();
        let mut profile = store.load(id).unwrap().profile;
        let unit = |id: &str, name: &str, lead: &[_], support: &[_]| Unit {
            id: id.into(),
            name: name.into(),
            lead: lead.to_vec(),
            support: support.to_vec(),
        };
        let mut rest = ipms_readiness::model::catalog::Department::ALL.to_vec();
        rest.retain(|d| ![Production, TopManagement].contains(d));
        profile.organisation = Organisation {
            units: vec![
                unit("u1", "总经办", &[TopManagement], &rest),
                unit("u2", "生产部", &[Production], &[]),
                unit("u3", "品质部", &[], &[Production]),
            ],
            people: Vec::new(),
        };
        store.save_profile(id, &profile).unwrap();
    }
    let mut emu = start(paths.clone(), l, Some(id), SIZE);
    emu.key(
        iced::keyboard::Key::Character("2".into()),
        iced::keyboard::Modifiers::CTRL,
    );
    emu.send(Message::Workspace(Ws::Questionnaire(Q::Interviewed(
        Choice {
            value: "u3".into(),
            label: "品质部".into(),
        },
    ))));
    emu.wait(std::time::Duration::from_millis(300));
    let app = emu.into_app();
    let ipms_readiness::ui::Screen::Assessment(w) = &app.screen else {
        panic!("no diagnosis open");
    };
    let choices = ipms_readiness::ui::screen::questionnaire::interviewed_choices(
        &w.questionnaire_data(l, true),
        l,
    );
    let labels: Vec<&str> = choices.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["总经办", "生产部", "品质部"], "offered");
    // The department goes with the item on screen (the first unanswered one).
    let item = w.questionnaire.current.clone();
    assert_eq!(
        w.record.answers.get(&item).and_then(|a| a.unit.as_deref()),
        Some("u3"),
        "error: {:?}",
        app.error
    );
    drop(app);
    let a = Store::open_in(&paths).unwrap().load(id).unwrap().answers[&item].clone();
    assert_eq!(a.unit.as_deref(), Some("u3"));
    assert_eq!(a.department, Some(Production));
}

/// A credit code that does not check out keeps its message while the consultant goes on to the
/// next field: the typed code is not saved, so the screen must keep saying why.
#[test]
fn an_unsaved_credit_code_keeps_its_error_when_another_field_changes() {
    use ipms_readiness::i18n::error_text;
    use ipms_readiness::model::profile::{ProfileError, ProfileField, validate_uscc};
    let l = Locale::ZhCn;
    let (_dir, paths, id, mut emu) = on_the_profile(l, "恒通机电设备有限公司");
    let typed = "91440703MA4UH8XK2X";
    let message = error_text(l, &ProfileError::Uscc(validate_uscc(typed).unwrap_err()));
    emu.send(profile(ProfileMsg::Field(ProfileField::Uscc, typed.into())));
    assert!(emu.shows(&message), "no message for a wrong credit code");
    emu.send(profile(ProfileMsg::Field(
        ProfileField::Province,
        "广东省".into(),
    )));
    emu.wait(std::time::Duration::from_millis(700));
    assert!(
        emu.shows(&message),
        "the wrong credit code lost its message while it is still unsaved"
    );
    emu.send(profile(ProfileMsg::Field(
        ProfileField::Uscc,
        String::new(),
    )));
    assert!(!emu.shows(&message), "the message outlived the code");
    drop(emu.into_app());
    let record = Store::open_in(&paths).unwrap().load(id).unwrap();
    assert_eq!(record.profile.province, "广东省");
    assert_eq!(record.profile.uscc, "");
}

/// "Add person" puts the cursor in the new person's name: the consultant types the name at once.
#[test]
fn a_new_person_is_named_straight_away() {
    use ipms_readiness::ui::screen::organisation::Message as Org;
    let l = Locale::ZhCn;
    let (_dir, paths, id, mut emu) = on_the_profile(l, "恒通机电设备有限公司");
    emu.send(profile(ProfileMsg::Org(Org::AddPerson)));
    emu.type_text("刘洋");
    emu.wait(std::time::Duration::from_millis(700));
    drop(emu.into_app());
    let record = Store::open_in(&paths).unwrap().load(id).unwrap();
    let people = &record.profile.organisation().people;
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].name, "刘洋");
}
