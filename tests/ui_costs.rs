#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The cost figures are editable dated data, like the rewards: in Settings a broken file is
//! refused with the reason and nothing written; a good one becomes the data the dashboard's
//! estimate and the printed report use, until "back to the shipped data".

mod ui_emulator;

use ipms_readiness::i18n::{error_text, tr, tr_args};
use ipms_readiness::locale::Locale;
use ipms_readiness::model::cost::COSTS;
use ipms_readiness::paths::Paths;
use ipms_readiness::policies::{self, PolicyKind};
use ipms_readiness::report::sme::yuan_range;
use ipms_readiness::store::Store;
use ipms_readiness::ui::screen::{policy_card, settings};
use ipms_readiness::ui::{Message, Screen};
use ui_emulator::{client, start};

fn costs(m: policy_card::Message) -> Message {
    Message::Settings(settings::Message::Policy(PolicyKind::Costs, m))
}

/// The consultant's own fee range in place of both published ones.
fn own_fees() -> String {
    let text = COSTS
        .replace("low = 20000\nhigh = 190000", "low = 60000\nhigh = 80000")
        .replace("low = 20000\nhigh = 90000", "low = 60000\nhigh = 80000");
    assert_ne!(text, COSTS);
    text
}

#[test]
fn edited_cost_figures_are_checked_saved_and_used_by_the_dashboard_and_the_report() {
    for (l, size) in [
        (Locale::ZhCn, (1366.0, 768.0)),
        (Locale::EnUs, (1024.0, 700.0)),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (paths, id) = client(dir.path(), "佛山市华锐五金制品有限公司");
        let mut emu = start(paths.clone(), l, Some(id), size);
        emu.click(&tr(l, "app-settings"));
        assert!(emu.shows(&tr(l, "settings-costs")), "{l:?}: no cost card");

        // A broken file: refused, said, nothing written.
        let bad = dir.path().join("费用 坏.toml");
        let broken = COSTS.replace("low = 20000\nhigh = 190000", "low = 190000\nhigh = 20000");
        std::fs::write(&bad, &broken).unwrap();
        let elsewhere = Paths::portable(&dir.path().join("别处"));
        let why = policies::save_costs(&elsewhere, &broken, l).unwrap_err();
        emu.send(costs(policy_card::Message::Path(bad.display().to_string())));
        emu.send(costs(policy_card::Message::Import));
        assert!(
            emu.shows(&error_text(l, &why)),
            "{l:?}: the refusal is not said"
        );
        assert!(
            !paths.user_costs().exists(),
            "{l:?}: a broken file was written"
        );

        // A good one becomes the data in use.
        let good = dir.path().join("本所 收费.toml");
        std::fs::write(&good, own_fees()).unwrap();
        emu.send(Message::DismissError);
        emu.send(costs(policy_card::Message::Path(
            good.display().to_string(),
        )));
        emu.send(costs(policy_card::Message::Import));
        assert!(emu.shows(&tr(l, "settings-costs-saved")), "{l:?}");
        assert!(emu.shows(&tr(l, "settings-policy-user")), "{l:?}");
        assert_eq!(
            std::fs::read_to_string(paths.user_costs()).unwrap(),
            own_fees()
        );
        drop(emu.into_app());

        // Opened again: the dashboard's estimate and the report use the edited figures.
        let ours = tr_args(
            l,
            "cost-consultant",
            &[("range", yuan_range(l, 60000.0, 80000.0).into())],
        );
        let mut emu = start(paths.clone(), l, Some(id), size);
        emu.key(
            iced::keyboard::Key::Character("3".into()),
            iced::keyboard::Modifiers::CTRL,
        );
        assert!(emu.shows(&ours), "{l:?}: the dashboard shows {ours:?}?");
        let app = emu.into_app();
        let Screen::Assessment(ws) = &app.screen else {
            panic!("no diagnosis open");
        };
        assert!(ws.dash_data.cost.lines.contains(&ours), "{l:?}");
        drop(app);
        let store = Store::open_in(&paths).unwrap();
        let doc = ipms_readiness::printing::document(
            &store,
            &paths,
            id,
            l,
            chrono::Local::now().date_naive(),
            chrono::Utc::now(),
        )
        .unwrap();
        assert!(
            doc.cost.lines.contains(&ours),
            "{l:?}: {:?}",
            doc.cost.lines
        );

        // Back to the shipped data: the copy is gone, the published ranges return.
        drop(store);
        let mut emu = start(paths.clone(), l, Some(id), size);
        emu.click(&tr(l, "app-settings"));
        emu.send(costs(policy_card::Message::Reset));
        assert!(emu.shows(&tr(l, "settings-policy-bundled")), "{l:?}");
        assert!(!paths.user_costs().exists());
        drop(emu.into_app());
    }
}
