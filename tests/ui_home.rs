#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Headless UI tests of the Home screen and the language switch.

mod ui_common;
mod ui_emulator;

use ipms_readiness::locale::Locale;
use ipms_readiness::paths::Paths;
use ipms_readiness::settings::Settings;
use ipms_readiness::ui::{App, Message};
use ui_common::{click, shows};

#[test]
fn language_switch_rerenders_home_both_ways_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::portable(dir.path());
    let mut app = App::new(paths.clone(), Locale::ZhCn, None);
    assert!(shows(&app, "新建诊断"));
    assert!(shows(&app, "打开示例诊断"));

    click(&mut app, "English");
    assert!(shows(&app, "New diagnosis"));
    assert!(shows(&app, "Open the demo"));
    assert!(!shows(&app, "新建诊断"));
    assert_eq!(
        Settings::load(&paths.config_dir).effective_language(None),
        Locale::EnUs
    );

    click(&mut app, "中文");
    assert!(shows(&app, "新建诊断"));
    assert!(!shows(&app, "New diagnosis"));
    assert_eq!(
        Settings::load(&paths.config_dir).effective_language(None),
        Locale::ZhCn
    );
}

#[test]
fn search_finds_clients_by_name_or_diagnosis_title_and_says_when_nothing_matches() {
    use ipms_readiness::ui::screen::home;
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::portable(&dir.path().join("数据"));
    {
        let store = ipms_readiness::store::Store::open(&paths.database()).unwrap();
        ipms_readiness::demo::create(&store).unwrap();
    }
    let mut app = App::new(paths, Locale::ZhCn, None);
    let org = "深圳市青禾精密电子有限公司";
    assert!(shows(&app, org));
    let search = |app: &mut App, q: &str| {
        let _ = app.update(Message::Home(home::Message::Search(q.into())));
    };
    search(&mut app, "青禾");
    assert!(shows(&app, org));
    search(&mut app, "贯标诊断");
    assert!(shows(&app, org), "a diagnosis title finds its client");
    search(&mut app, "星火");
    assert!(!shows(&app, org));
    assert!(shows(&app, "没有名称包含“星火”的企业或诊断。"));
}

#[test]
fn an_empty_search_never_says_nothing_matches() {
    use ui_emulator::start;
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::portable(&dir.path().join("空 文件夹"));
    let mut emu = start(paths, Locale::ZhCn, None, (1280.0, 800.0));
    // The new-diagnosis form over an empty client list.
    emu.click("新建诊断");
    assert!(
        !emu.shows("没有名称包含“”的企业或诊断。"),
        "an empty search on an empty client list said nothing matches"
    );
}

/// "Saved" belongs to an open diagnosis; the home screen has nothing to save.
#[test]
fn the_home_screen_does_not_claim_saved() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::portable(dir.path());
    for l in [Locale::ZhCn, Locale::EnUs] {
        let mut emu = ui_emulator::start(paths.clone(), l, None, (1024.0, 700.0));
        assert!(!emu.shows(&ipms_readiness::i18n::tr(l, "app-saved")));
    }
}

/// "New diagnosis" puts the cursor in the client name: the name is typed straight away and
/// Enter creates the diagnosis. The same for a rename.
#[test]
fn a_new_diagnosis_is_named_straight_away() {
    use iced_test::instruction::Key as K;
    for l in [Locale::ZhCn, Locale::EnUs] {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::portable(&dir.path().join("新 客户"));
        let mut emu = ui_emulator::start(paths.clone(), l, None, (1280.0, 800.0));
        emu.click(&ipms_readiness::i18n::tr(l, "home-new"));
        emu.type_text("Huarui Hardware");
        emu.press(K::Enter);
        let app = emu.into_app();
        let names: Vec<String> = app
            .store
            .as_ref()
            .unwrap()
            .list_organizations()
            .unwrap()
            .into_iter()
            .map(|o| o.organization.name)
            .collect();
        assert_eq!(names, vec!["Huarui Hardware".to_string()], "{l:?}");
    }
}
