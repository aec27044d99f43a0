#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Consultancy branding in Settings, in the real app (iced Emulator, Tasks executed): the
//! values are stored with the settings on disk, a bad colour or logo is refused with a
//! translated message and nothing stored changes, a logo is copied into the data folder, and
//! the next report carries the name.

mod ui_emulator;

use ipms_readiness::i18n::{Arg, tr, tr_args};
use ipms_readiness::locale::Locale;
use ipms_readiness::paths::Paths;
use ipms_readiness::settings::Settings;
use ipms_readiness::ui::Message;
use ipms_readiness::ui::screen::branding::Message as Brand;
use ipms_readiness::ui::screen::settings::Message as Set;

/// Tall enough that the whole branding card is on screen.
const SIZE: (f32, f32) = (1280.0, 2400.0);

fn brand(m: Brand) -> Message {
    Message::Settings(Set::Branding(m))
}

fn stored(paths: &Paths) -> ipms_readiness::branding::Branding {
    Settings::load(&paths.config_dir).branding
}

/// A PNG of 30×10 pixels.
fn png() -> Vec<u8> {
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, 30, 10);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    let mut w = enc.write_header().unwrap();
    w.write_image_data(&[0x2A, 0x7F, 0x8E].repeat(300)).unwrap();
    w.finish().unwrap();
    out
}

#[test]
fn branding_is_set_stored_on_disk_and_bad_values_are_refused() {
    for l in [Locale::ZhCn, Locale::EnUs] {
        let dir = tempfile::tempdir().unwrap();
        let (paths, _) = ui_emulator::client(dir.path(), "佛山市顺德区华锐五金制品有限公司");
        let mut emu = ui_emulator::start(paths.clone(), l, None, SIZE);
        emu.click(&tr(l, "app-settings"));
        assert!(emu.shows(&tr(l, "branding-title")), "{l:?}");

        emu.send(brand(Brand::Name("华信知识产权咨询有限公司".into())));
        emu.send(brand(Brand::Accent("#8e2a5b".into())));
        emu.send(brand(Brand::Footer("电话 0757-2888 0000".into())));
        emu.send(brand(Brand::EastAsianFont("仿宋".into())));
        emu.click(&tr(l, "branding-save"));
        assert!(emu.shows(&tr(l, "branding-saved")), "{l:?}");
        let b = stored(&paths);
        assert_eq!(b.consultancy, "华信知识产权咨询有限公司");
        assert_eq!(b.accent, "#8E2A5B");
        assert_eq!(b.footer, "电话 0757-2888 0000");
        assert_eq!(b.east_asian_font, "仿宋");

        // A bad colour: a translated message naming it; what is stored stays.
        emu.send(brand(Brand::Accent("#8E2A5G".into())));
        emu.click(&tr(l, "branding-save"));
        let refused = tr_args(l, "branding-err-colour", &[("value", Arg::from("#8E2A5G"))]);
        assert!(emu.shows(&refused), "{l:?}: {refused}");
        assert_eq!(stored(&paths).accent, "#8E2A5B");
        emu.send(Message::DismissError);

        // A file that is not an image is refused; a PNG is copied into the data folder.
        let bad = dir.path().join("标志.png");
        std::fs::write(&bad, "GIF89a, not really").unwrap();
        emu.send(brand(Brand::LogoPath(bad.display().to_string())));
        emu.click(&tr(l, "branding-logo-import"));
        let refused = tr_args(
            l,
            "branding-err-logo-not-image",
            &[("path", Arg::from(bad.display().to_string()))],
        );
        assert!(emu.shows(&refused), "{l:?}: {refused}");
        assert_eq!(stored(&paths).logo, None);
        emu.send(Message::DismissError);
        std::fs::write(&bad, png()).unwrap();
        emu.send(brand(Brand::LogoPath(bad.display().to_string())));
        emu.click(&tr(l, "branding-logo-import"));
        assert_eq!(stored(&paths).logo.as_deref(), Some("logo.png"));
        assert!(paths.data_dir.join("branding/logo.png").is_file());
        let shown = tr_args(
            l,
            "branding-logo-stored",
            &[("name", Arg::from("logo.png"))],
        );
        assert!(emu.shows(&shown), "{l:?}");
        drop(emu.into_app());

        // The window opened again shows what is stored.
        let mut emu = ui_emulator::start(paths.clone(), l, None, SIZE);
        emu.click(&tr(l, "app-settings"));
        assert!(emu.shows("华信知识产权咨询有限公司"), "{l:?}");
        assert!(emu.shows(&shown), "{l:?}");
    }
}
