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
use ipms_readiness::store::{NewAssessment, Store};
use ipms_readiness::ui::Message;
use ipms_readiness::ui::screen::organisation::Message as Org;
use ipms_readiness::ui::screen::profile::Message as ProfileMsg;
use ipms_readiness::ui::workspace::Message as Ws;
use ui_emulator::start;

/// Tall enough that the profile card with the matrix is on screen without scrolling.
const SIZE: (f32, f32) = (1280.0, 2600.0);

fn client(dir: &std::path::Path, ticked: &[Department]) -> (Paths, i64) {
    let paths = Paths::portable(&dir.join("顾问 数据"));
    let store = Store::open_in(&paths).unwrap();
    let id = store
        .create_assessment(&NewAssessment {
            organization: "星火精密机械有限公司".into(),
            title: "首次诊断".into(),
            ..NewAssessment::default()
        })
        .unwrap();
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
