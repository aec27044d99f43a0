#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The client's own departments and people in the real app (iced Emulator, Tasks executed):
//! the proposal from the ticked functions, renaming and regrouping, people, and the plan,
//! questionnaire and owners that follow them.

mod ui_emulator;

use iced::keyboard::{Key, Modifiers};
use ipms_readiness::i18n::{Arg, tr, tr_args};
use ipms_readiness::locale::Locale;
use ipms_readiness::model::catalog::Department;
use ipms_readiness::model::profile::Profile;
use ipms_readiness::paths::Paths;
use ipms_readiness::store::Store;
use ipms_readiness::ui::Message;
use ipms_readiness::ui::screen::organisation::Message as Org;
use ipms_readiness::ui::screen::profile::Message as ProfileMsg;
use ipms_readiness::ui::workspace::Message as Ws;
use ui_emulator::start;

/// Tall enough that the profile card with the matrix is on screen without scrolling.
const SIZE: (f32, f32) = (1280.0, 2600.0);

fn client(dir: &std::path::Path, ticked: &[Department]) -> (Paths, i64) {
    let (paths, id) = ui_emulator::client(dir, "星火精密机械有限公司");
    let store = Store::open_in(&paths).unwrap();
    let mut profile = store.load(id).unwrap().profile;
    profile.departments = ticked.to_vec();
    store.save_profile(id, &profile).unwrap();
    (paths, id)
}

fn org(m: Org) -> Message {
    Message::Workspace(Ws::Profile(ProfileMsg::Org(m)))
}

fn saved(paths: &Paths, id: i64) -> Profile {
    Store::open_in(paths).unwrap().load(id).unwrap().profile
}

fn chip(l: Locale, id: &str, f: Department) -> String {
    tr_args(
        l,
        id,
        &[(
            "function",
            Arg::from(tr(l, &format!("function-{}", f.key()))),
        )],
    )
}

#[test]
fn the_proposal_names_only_what_the_client_has_and_edits_save() {
    let l = Locale::ZhCn;
    let dir = tempfile::tempdir().unwrap();
    let (paths, id) = client(
        dir.path(),
        &[
            Department::Research,
            Department::Production,
            Department::Sales,
        ],
    );
    let mut emu = start(paths.clone(), l, Some(id), SIZE);
    emu.key(Key::Character("1".into()), Modifiers::CTRL);
    assert!(emu.shows(&tr(l, "org-title")));
    assert!(emu.shows(&tr(l, "org-hint-proposed")));
    // No IP office, no legal department: the proposal puts IP work under R&D.
    assert!(emu.shows(&chip(l, "org-function-lead", Department::IpOffice)));
    assert!(
        !emu.shows("知识产权部"),
        "a department the firm lacks was offered"
    );

    // Regroup: top management only supports IP work from now on, R&D is renamed 技术部.
    emu.click(&chip(l, "org-function-lead", Department::TopManagement));
    assert!(emu.shows(&chip(l, "org-function-support", Department::TopManagement)));
    assert!(emu.shows(&tr(l, "org-hint-recorded")));
    emu.send(org(Org::UnitName(1, "技术部".into())));

    // A person without a name is not saved, and the screen says why.
    emu.click(&tr(l, "org-add-person"));
    let unnamed = tr_args(l, "org-error-person-unnamed", &[("n", Arg::from(1usize))]);
    assert!(emu.shows(&unnamed));
    emu.send(org(Org::PersonName(0, "陈晓燕".into())));
    assert!(!emu.shows(&unnamed));

    // Two departments with one name: refused with a message, the saved matrix unchanged.
    emu.send(org(Org::UnitName(2, "技术部".into())));
    assert!(emu.shows(&tr_args(
        l,
        "org-error-unit-name-twice",
        &[("name", Arg::from("技术部"))]
    )));
    drop(emu.into_app());

    let p = saved(&paths, id);
    let units = &p.organisation.units;
    assert_eq!(units[0].support, [Department::TopManagement]);
    assert_eq!(
        units[0].name, "最高管理者",
        "the adopted proposal keeps its names"
    );
    assert_eq!(units[1].name, "技术部");
    assert_ne!(units[2].name, "技术部", "an invalid matrix was saved");
    assert_eq!(p.organisation.people[0].name, "陈晓燕");
}

fn plan(m: ipms_readiness::ui::screen::plan::Message) -> Message {
    Message::Workspace(Ws::Plan(m))
}

#[test]
fn owners_plan_edits_and_interview_lists_follow_the_clients_departments() {
    use Department::{IpOffice, Production, Research};
    use ipms_readiness::model::assessment::{Answer, Verdict};
    use ipms_readiness::model::org::{Organisation, Person, Role, Unit};
    use ipms_readiness::ui::screen::plan::{Message as P, Owner};
    use ipms_readiness::ui::screen::questionnaire::Message as Q;
    use ipms_readiness::ui::widgets::Choice;
    let l = Locale::ZhCn;
    let dir = tempfile::tempdir().unwrap();
    let (paths, id) = client(dir.path(), &[]);
    let (item, expected_visible) = {
        let store = Store::open_in(&paths).unwrap();
        let mut profile = store.load(id).unwrap().profile;
        let unit = |id: &str, name: &str, lead: &[Department], support: &[Department]| Unit {
            id: id.into(),
            name: name.into(),
            lead: lead.to_vec(),
            support: support.to_vec(),
        };
        let mut rest: Vec<Department> = Department::ALL.to_vec();
        rest.retain(|d| ![Production, Research, IpOffice].contains(d));
        profile.organisation = Organisation {
            units: vec![
                unit("u1", "品质部", &[Production], &[Research]),
                unit("u2", "工程部", &[Research, IpOffice], &[]),
                unit("u3", "总经办", &rest, &[]),
            ],
            people: vec![Person {
                name: "李敏".into(),
                role: Role::IpLead,
                unit: Some("u2".into()),
            }],
        };
        store.save_profile(id, &profile).unwrap();
        let record = store.load(id).unwrap();
        let catalog = store.catalog(&record.meta.catalog_id).unwrap();
        let item = catalog
            .active_items()
            .find(|i| i.departments.first() == Some(&Research))
            .unwrap()
            .id
            .clone();
        let visible = catalog
            .active_items()
            .filter(|i| {
                i.departments
                    .iter()
                    .any(|d| [Production, Research].contains(d))
            })
            .count();
        let answer = Answer {
            verdict: Verdict::Major,
            ..Answer::default()
        };
        store.save_answer(id, &item, &answer).unwrap();
        (item, visible)
    };
    let mut emu = start(paths.clone(), l, Some(id), SIZE);

    // The plan names the client's department, never the catalogue's 研发部.
    emu.key(Key::Character("4".into()), Modifiers::CTRL);
    assert!(emu.shows("工程部"), "owner is not the client's department");
    assert!(!emu.shows("研发部"));

    // Edit the generated action: own words, top priority, the IP lead as owner.
    emu.send(plan(P::Select(item.clone())));
    emu.send(plan(P::Text("由工程部牵头建立研发项目专利检索记录".into())));
    emu.send(plan(P::Priority("9".into())));
    emu.send(plan(P::Owner(Choice {
        value: Owner {
            unit: "u2".into(),
            person: Some("李敏".into()),
        },
        label: "李敏（工程部）".into(),
    })));
    emu.click(&tr(l, "plan-save"));
    assert!(emu.shows("由工程部牵头建立研发项目专利检索记录"));
    assert!(emu.shows("李敏（工程部）"));

    // An own action: refused without text, saved with it, then deleted.
    emu.click(&tr(l, "plan-add-action"));
    emu.click(&tr(l, "plan-save"));
    assert!(emu.shows(&tr(l, "plan-text-required")));
    emu.send(plan(P::Text("整理历年专利证书台账".into())));
    emu.click(&tr(l, "plan-save"));
    assert!(emu.shows("整理历年专利证书台账"));
    emu.send(plan(P::Select("own-1".into())));
    emu.click(&tr(l, "plan-delete"));
    assert!(!emu.shows("整理历年专利证书台账"));
    emu.click(&tr(l, "plan-add-action"));
    emu.send(plan(P::Text("外请讲师做一次专利挖掘培训".into())));
    emu.click(&tr(l, "plan-save"));

    // Interview mode lists the client's departments; 品质部 sees production and R&D items.
    emu.key(Key::Character("2".into()), Modifiers::CTRL);
    emu.send(Message::Workspace(Ws::Questionnaire(Q::Filter(Choice {
        value: Some("u1".into()),
        label: "品质部".into(),
    }))));
    let app = emu.into_app();
    let ipms_readiness::ui::Screen::Assessment(w) = &app.screen else {
        panic!("no diagnosis open");
    };
    let shown = w.questionnaire.visible(w.questionnaire_data(l, true)).len();
    assert_eq!(shown, expected_visible, "interview mode for 品质部");
    drop(app);

    let record = Store::open_in(&paths).unwrap().load(id).unwrap();
    let o = &record.overrides[&item];
    assert_eq!(
        o.text.as_deref(),
        Some("由工程部牵头建立研发项目专利检索记录")
    );
    assert_eq!(o.priority, Some(9));
    assert_eq!(o.person.as_deref(), Some("李敏"));
    assert_eq!(record.free_actions.len(), 1);
    assert_eq!(record.free_actions[0].text, "外请讲师做一次专利挖掘培训");
}

/// Typing into a proposed department's name (the first keystroke adopts the proposal) keeps
/// the cursor in that field: the whole name lands there, not in the next department.
#[test]
fn typing_a_proposed_department_name_stays_in_that_field() {
    use iced::keyboard::key::Named;
    let l = Locale::EnUs;
    let dir = tempfile::tempdir().unwrap();
    let (paths, id) = client(
        dir.path(),
        &[Department::TopManagement, Department::Research],
    );
    {
        let store = Store::open_in(&paths).unwrap();
        let mut profile = store.load(id).unwrap().profile;
        profile.ip_staff = Some(7);
        store.save_profile(id, &profile).unwrap();
    }
    let mut emu = start(paths.clone(), l, Some(id), SIZE);
    emu.key(Key::Character("1".into()), Modifiers::CTRL);
    // The IP staff field comes right before the first department's name.
    emu.click("7");
    emu.named_key(Named::Tab);
    emu.type_text("GM Office");
    drop(emu);
    let units = saved(&paths, id).organisation.units;
    assert_eq!(units[0].name, "GM Office", "{units:?}");
    assert_ne!(units[1].name, "GM Office", "{units:?}");
}
