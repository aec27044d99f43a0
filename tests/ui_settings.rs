#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Settings in the simulator: theme, reward data (invalid text refused, valid text saved),
//! moving the data folder without losing a diagnosis.

mod ui_common;

use ipms_readiness::i18n::tr;
use ipms_readiness::locale::Locale;
use ipms_readiness::paths::Paths;
use ipms_readiness::settings::{Settings, ThemeChoice};
use ipms_readiness::ui::screen::{home, policy_card, settings};
use ipms_readiness::ui::{App, Message, Screen};
use ui_common::click;

/// The clients in the app's open database.
fn clients(app: &App) -> Vec<ipms_readiness::store::OrganizationSummary> {
    app.store.as_ref().unwrap().list_organizations().unwrap()
}

#[test]
fn settings_change_theme_rewards_and_data_folder() {
    let l = Locale::EnUs;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("旧 数据");
    let paths = Paths::portable(&data);
    let mut app = App::new(paths.clone(), l, None);
    click(&mut app, &tr(l, "home-new"));
    let _ = app.update(Message::Home(home::Message::Name("青禾科技".into())));
    click(&mut app, &tr(l, "home-confirm"));

    click(&mut app, &tr(l, "app-settings"));
    assert!(matches!(app.screen, Screen::Settings(_)));
    click(&mut app, &tr(l, "settings-theme-dark"));
    assert_eq!(Settings::load(&paths.config_dir).theme, ThemeChoice::Dark);

    // Invalid reward data is refused with a translated error and not written.
    let _ = app.update(Message::Settings(settings::Message::Policy(
        ipms_readiness::policies::PolicyKind::Rewards,
        policy_card::Message::Path(dir.path().join("missing.toml").display().to_string()),
    )));
    click(&mut app, &tr(l, "settings-policy-import"));
    assert!(app.error.is_some());
    assert!(!paths.user_rewards().exists());
    let _ = app.update(Message::DismissError);

    // A valid file is imported and becomes the data in use.
    let good = dir.path().join("奖励 数据.toml");
    let text = ipms_readiness::model::support::REGIONAL_REWARDS.replace("5 万元", "8 万元");
    std::fs::write(&good, text).unwrap();
    let _ = app.update(Message::Settings(settings::Message::Policy(
        ipms_readiness::policies::PolicyKind::Rewards,
        policy_card::Message::Path(good.display().to_string()),
    )));
    click(&mut app, &tr(l, "settings-policy-import"));
    assert!(app.error.is_none(), "{:?}", app.error);
    assert!(
        std::fs::read_to_string(paths.user_rewards())
            .unwrap()
            .contains("8 万元")
    );

    // Moving the data folder keeps the diagnosis and leaves the old folder alone.
    let new_dir = dir.path().join("新 数据");
    let _ = app.update(Message::Settings(settings::Message::MovePath(
        new_dir.display().to_string(),
    )));
    click(&mut app, &tr(l, "settings-move"));
    assert!(app.error.is_none(), "{:?}", app.error);
    assert_eq!(app.ctx.paths.data_dir, new_dir);
    assert!(new_dir.join("ipms.sqlite3").exists() && data.join("ipms.sqlite3").exists());
    assert_eq!(clients(&app).len(), 1);
}

#[test]
fn a_failed_background_check_pauses_saving() {
    let l = Locale::ZhCn;
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Paths::portable(dir.path()), l, None);
    let _ = app.update(Message::QuickChecked(Err(
        "database disk image is malformed".into(),
    )));
    assert!(app.damaged && app.error.is_some());
    click(&mut app, &tr(l, "home-open-demo"));
    assert_eq!(
        app.error.as_deref(),
        Some(tr(l, "err-store-damaged-readonly").as_str())
    );
    assert!(clients(&app).is_empty(), "nothing was written");
}

#[test]
fn restoring_a_backup_runs_with_the_database_closed() {
    let l = Locale::EnUs;
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::portable(&dir.path().join("恢复 测试"));
    let mut app = App::new(paths.clone(), l, None);
    click(&mut app, &tr(l, "home-new"));
    let _ = app.update(Message::Home(home::Message::Name("第一家".into())));
    click(&mut app, &tr(l, "home-confirm"));
    let backup = app
        .store
        .as_ref()
        .unwrap()
        .backup_now(ipms_readiness::store::backup::BackupReason::Manual)
        .unwrap();
    click(&mut app, &tr(l, "app-name"));
    click(&mut app, &tr(l, "home-new"));
    let _ = app.update(Message::Home(home::Message::Name("第二家".into())));
    click(&mut app, &tr(l, "home-confirm"));
    assert_eq!(clients(&app).len(), 2);

    click(&mut app, &tr(l, "app-settings"));
    let _ = app.update(Message::Settings(settings::Message::AskRestore(
        backup.name.clone(),
    )));
    let _ = app.update(Message::Settings(settings::Message::Restore));
    assert!(
        app.store.is_none(),
        "the database is closed while the backup is copied in"
    );
    assert_eq!(
        app.notice.as_deref(),
        Some(tr(l, "settings-restoring").as_str())
    );
    let db = paths.database();
    let result = ipms_readiness::store::backup::restore_file(&db, &backup.path).map(|_| ());
    let _ = app.update(Message::Restored(result));
    assert!(app.error.is_none(), "{:?}", app.error);
    let orgs = clients(&app);
    assert_eq!(orgs.len(), 1);
    assert_eq!(orgs[0].organization.name, "第一家");
}
