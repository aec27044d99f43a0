#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Tab and Shift+Tab move between the fields of every screen, in the real app (iced Emulator,
//! Tasks executed): typing after Tab lands in the next field, not in the one left behind.

mod ui_emulator;

use iced::keyboard::{Key, Modifiers, key::Named};
use ipms_readiness::i18n::tr;
use ipms_readiness::locale::Locale;
use ipms_readiness::ui::screen::home;
use ipms_readiness::ui::{Message, Screen};
use ui_emulator::{client, start};

#[test]
fn tab_moves_to_the_next_profile_field_and_shift_tab_back() {
    let l = Locale::ZhCn;
    let dir = tempfile::tempdir().unwrap();
    let name = "佛山市华锐五金制品有限公司";
    let (paths, id) = client(dir.path(), name);
    let mut emu = start(paths, l, Some(id), (1280.0, 800.0));
    emu.key(Key::Character("1".into()), Modifiers::CTRL);
    emu.click(name);
    // Name → credit code.
    emu.named_key(Named::Tab);
    emu.type_text("91440606MA55ABCD1X");
    assert!(
        emu.shows("91440606MA55ABCD1X"),
        "Tab did not reach the credit code"
    );
    assert!(emu.shows(name), "the name was changed");
    // Credit code → province → back to the credit code.
    emu.named_key(Named::Tab);
    emu.type_text("广东省");
    assert!(emu.shows("广东省"));
    emu.key(Key::Named(Named::Tab), Modifiers::SHIFT);
    emu.type_text("2");
    assert!(
        emu.shows("91440606MA55ABCD1X2"),
        "Shift+Tab did not go back"
    );
}

#[test]
fn tab_works_on_the_home_screen_too() {
    let l = Locale::EnUs;
    let dir = tempfile::tempdir().unwrap();
    let (paths, _) = client(dir.path(), "Huarui Hardware Co.");
    let mut emu = start(paths, l, None, (1024.0, 700.0));
    emu.click(&tr(l, "home-new"));
    emu.send(Message::Home(home::Message::Name(
        "Seaside Tools Ltd.".into(),
    )));
    // From the new diagnosis's name, Shift+Tab goes back to the search box, Tab returns.
    emu.click("Seaside Tools Ltd.");
    emu.key(Key::Named(Named::Tab), Modifiers::SHIFT);
    emu.type_text("Huarui");
    assert!(
        emu.shows("Huarui"),
        "Shift+Tab did not reach the search box"
    );
    emu.named_key(Named::Tab);
    emu.type_text(" 2");
    assert!(
        emu.shows("Seaside Tools Ltd. 2"),
        "Tab did not return to the name"
    );
    let app = emu.into_app();
    assert!(matches!(app.screen, Screen::Home));
}
