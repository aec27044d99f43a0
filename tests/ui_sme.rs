#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! An SME manager alone, in the real app (iced Emulator, Tasks executed): who uses the app,
//! "not in place yet" for a chapter with undo, triage suggested from the profile's counts, the
//! first steps on the dashboard, glossary terms on the questionnaire.

mod ui_emulator;

use iced::keyboard::{Key, Modifiers};
use ipms_readiness::i18n::{Arg, tr, tr_args};
use ipms_readiness::locale::Locale;
use ipms_readiness::model::assessment::TriageAnswer;
use ipms_readiness::model::assessment::Verdict;
use ipms_readiness::model::catalog::TriageId;
use ipms_readiness::model::profile::{Profile, ProfileField};
use ipms_readiness::paths::Paths;
use ipms_readiness::settings::{Audience, Settings};
use ipms_readiness::store::{OpenOptions, Store};
use ipms_readiness::ui::Message;
use ipms_readiness::ui::screen::audience;
use ipms_readiness::ui::screen::profile::Message as ProfileMsg;
use ipms_readiness::ui::workspace::Message as Ws;
use ui_emulator::{client, start};

const ZH: (f32, f32) = (1366.0, 768.0);
const EN: (f32, f32) = (1024.0, 700.0);

#[test]
fn the_first_start_asks_who_uses_the_app_and_settings_change_it() {
    for (l, size) in [(Locale::ZhCn, ZH), (Locale::EnUs, EN)] {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::portable(&dir.path().join("自评 数据"));
        let mut emu = start(paths.clone(), l, None, size);
        assert!(emu.shows(&tr(l, "audience-question")), "{l:?}: not asked");
        emu.click(&audience::label(l, Audience::Enterprise));
        assert!(
            !emu.shows(&tr(l, "audience-question")),
            "{l:?}: still asked"
        );
        assert_eq!(
            Settings::load(&paths.config_dir).audience,
            Some(Audience::Enterprise)
        );

        // Settings shows the choice and changes it.
        emu.click(&tr(l, "app-settings"));
        assert!(emu.shows(&tr(l, "audience-setting")));
        emu.click(&audience::label(l, Audience::Consultant));
        assert_eq!(
            Settings::load(&paths.config_dir).audience,
            Some(Audience::Consultant)
        );
        drop(emu.into_app());

        // The next start does not ask again.
        let mut emu = start(paths.clone(), l, None, size);
        assert!(!emu.shows(&tr(l, "audience-question")));
        drop(emu.into_app());
    }
}

/// The stored answers of chapter `chapter`'s active items: (verdict, note) per item.
fn chapter_answers(paths: &Paths, id: i64, chapter: &str) -> Vec<(Verdict, String)> {
    // Read-only: the window holds the folder's lock.
    let options = OpenOptions {
        read_only: true,
        ..OpenOptions::default()
    };
    let store = Store::open_in_with(paths, options).unwrap();
    let record = store.load(id).unwrap();
    let catalog = store.catalog(&record.meta.catalog_id).unwrap();
    catalog
        .active_items()
        .filter(|i| i.chapter() == chapter)
        .map(|i| {
            record
                .answers
                .get(&i.id)
                .map_or((Verdict::Unanswered, String::new()), |a| {
                    (a.verdict, a.note.clone())
                })
        })
        .collect()
}

#[test]
fn a_chapter_marked_not_in_place_yet_is_saved_and_undone() {
    for (l, size) in [(Locale::ZhCn, ZH), (Locale::EnUs, EN)] {
        let dir = tempfile::tempdir().unwrap();
        let (paths, id) = client(dir.path(), "佛山市顺德区一无所有五金厂");
        let mut emu = start(paths.clone(), l, Some(id), size);
        emu.key(Key::Character("2".into()), Modifiers::CTRL);
        // The first unanswered item is in chapter 4.
        emu.click(&tr(l, "q-missing-chapter"));
        let marked = chapter_answers(&paths, id, "4");
        assert!(marked.len() > 3, "{l:?}: chapter 4 has items");
        let note = tr(l, "q-not-in-place-note");
        for (verdict, n) in &marked {
            assert_eq!(*verdict, Verdict::Major, "{l:?}");
            assert_eq!(n, &note, "{l:?}");
        }
        // Chapter 5 is untouched.
        assert!(
            chapter_answers(&paths, id, "5")
                .iter()
                .all(|(v, _)| *v == Verdict::Unanswered)
        );
        emu.click(&tr_args(l, "q-undo-mark", &[("clause", Arg::from("4"))]));
        let undone = chapter_answers(&paths, id, "4");
        assert!(
            undone
                .iter()
                .all(|(v, n)| *v == Verdict::Unanswered && n.is_empty()),
            "{l:?}: {undone:?}"
        );
        drop(emu.into_app());
    }
}

fn profile_msg(m: ProfileMsg) -> Message {
    Message::Workspace(Ws::Profile(m))
}

fn stored_profile(paths: &Paths, id: i64) -> Profile {
    let options = OpenOptions {
        read_only: true,
        ..OpenOptions::default()
    };
    Store::open_in_with(paths, options)
        .unwrap()
        .load(id)
        .unwrap()
        .profile
}

#[test]
fn triage_is_suggested_from_the_profile_counts_and_the_user_decides() {
    for (l, size) in [(Locale::ZhCn, ZH), (Locale::EnUs, EN)] {
        let dir = tempfile::tempdir().unwrap();
        let (paths, id) = client(dir.path(), "佛山市华锐五金制品有限公司");
        let mut emu = start(paths.clone(), l, Some(id), (size.0, 3000.0));
        emu.key(Key::Character("1".into()), Modifiers::CTRL);
        let patents = |n: i64| tr_args(l, "triage-suggested-patents", &[("count", Arg::from(n))]);
        let marks = |n: i64| tr_args(l, "triage-suggested-trademarks", &[("count", Arg::from(n))]);
        assert!(!emu.shows(&patents(5)));
        emu.send(profile_msg(ProfileMsg::Field(
            ProfileField::UtilityModels,
            "5".into(),
        )));
        emu.send(profile_msg(ProfileMsg::Field(
            ProfileField::Trademarks,
            "2".into(),
        )));
        assert!(emu.shows(&patents(5)), "{l:?}: no suggestion shown");
        assert!(emu.shows(&marks(2)));
        // A suggestion is not an answer: nothing is stored for the question.
        assert_eq!(
            stored_profile(&paths, id).triage.get(&TriageId::Patents),
            None
        );

        // The user says no: that stands, also when the count changes later.
        emu.send(profile_msg(ProfileMsg::Triage(
            TriageId::Patents,
            TriageAnswer::No,
        )));
        emu.send(profile_msg(ProfileMsg::Field(
            ProfileField::UtilityModels,
            "7".into(),
        )));
        assert!(
            !emu.shows(&patents(7)),
            "{l:?}: the user's answer was overridden"
        );
        assert!(emu.shows(&marks(2)));
        let triage = stored_profile(&paths, id).triage;
        assert_eq!(triage.get(&TriageId::Patents), Some(&TriageAnswer::No));
        assert_eq!(triage.get(&TriageId::Trademarks), None);
        drop(emu.into_app());
    }
}

#[test]
fn the_dashboard_opens_with_the_first_steps_with_owner_and_date() {
    for (l, size) in [(Locale::ZhCn, ZH), (Locale::EnUs, EN)] {
        let dir = tempfile::tempdir().unwrap();
        let (paths, id) = client(dir.path(), "佛山市一无所有五金厂");
        let mut emu = start(paths.clone(), l, Some(id), size);
        // A firm with nothing in place: chapter 4 and 5 are "not in place yet".
        emu.key(Key::Character("2".into()), Modifiers::CTRL);
        emu.click(&tr(l, "q-missing-chapter"));
        emu.send(Message::Workspace(Ws::Questionnaire(
            ipms_readiness::ui::screen::questionnaire::Message::Select("23-5.2-1".into()),
        )));
        emu.click(&tr(l, "q-missing-chapter"));
        emu.key(Key::Character("3".into()), Modifiers::CTRL);
        assert!(emu.shows(&tr(l, "todo-title")), "{l:?}: no box");
        // The scope, the obligations list, the policy and the IP lead are prerequisites.
        for step in [
            "todo-step-scope",
            "todo-step-obligations",
            "todo-step-policy",
            "todo-step-lead",
        ] {
            assert!(emu.shows(&tr(l, step)), "{l:?}: {step} missing");
        }
        let app = emu.into_app();
        let ipms_readiness::ui::Screen::Assessment(ws) = &app.screen else {
            panic!("no diagnosis open");
        };
        let steps = &ws.dash_data.first_steps;
        assert!(
            (3..=5).contains(&steps.len()),
            "{l:?}: {} steps",
            steps.len()
        );
        for s in steps {
            assert!(s.prerequisite, "{l:?}: {s:?}");
            assert!(!s.owner_due.is_empty());
        }
        // Each step names its owner from the client's organisation and a date.
        let evaluation = &ws.evaluation;
        let first = &ipms_readiness::model::first_steps::first_steps(evaluation, &ws.catalog)[0];
        let owner = ipms_readiness::i18n::org::owner_name(
            l,
            &evaluation.organisation,
            &first.unit,
            first.person.as_deref(),
        );
        assert!(!owner.is_empty());
        assert_eq!(
            steps[0].owner_due,
            tr_args(
                l,
                "todo-step-owner-due",
                &[
                    ("owner", Arg::from(owner)),
                    ("due", Arg::from(first.due.to_string()))
                ]
            )
        );
        drop(app);
    }
}

#[test]
fn glossary_terms_of_an_item_are_listed_and_explained() {
    use ipms_readiness::model::glossary::Glossary;
    for (l, size) in [(Locale::ZhCn, ZH), (Locale::EnUs, EN)] {
        let dir = tempfile::tempdir().unwrap();
        let (paths, id) = client(dir.path(), "佛山市华锐五金制品有限公司");
        let glossary = Glossary::bundled().unwrap();
        let term = glossary
            .terms_in("管理评审")
            .into_iter()
            .next()
            .expect("管理评审 is in the glossary")
            .clone();
        let mut emu = start(paths.clone(), l, Some(id), size);
        emu.key(Key::Character("2".into()), Modifiers::CTRL);
        // 9.4: does top management chair the management review?
        emu.send(Message::Workspace(Ws::Questionnaire(
            ipms_readiness::ui::screen::questionnaire::Message::Select("23-9.4-1".into()),
        )));
        assert!(
            emu.shows(&tr(l, "glossary-terms-label")),
            "{l:?}: no terms line"
        );
        assert!(emu.shows(term.term.get(l)), "{l:?}: the term is not listed");
        // The whole glossary explains it.
        emu.click(&tr(l, "guide-open"));
        emu.click(&tr(l, "glossary-title"));
        assert!(emu.shows(term.plain.get(l)), "{l:?}: no explanation");
        drop(emu.into_app());
    }
}

#[test]
fn the_guide_has_the_introduction_and_the_whole_glossary() {
    for (l, size) in [(Locale::ZhCn, ZH), (Locale::EnUs, EN)] {
        let dir = tempfile::tempdir().unwrap();
        let (paths, id) = client(dir.path(), "佛山市华锐五金制品有限公司");
        let mut emu = start(paths.clone(), l, Some(id), size);
        emu.click(&tr(l, "guide-open"));
        assert!(emu.shows(&tr(l, "intro-title")), "{l:?}");
        assert!(emu.shows(&tr(l, "intro-cost-title")));
        emu.click(&tr(l, "glossary-title"));
        assert!(emu.shows(&tr(l, "glossary-intro")));
        // Back returns to the diagnosis as it was.
        emu.click(&tr(l, "guide-back"));
        assert!(emu.shows(&tr(l, "todo-title")));
        drop(emu.into_app());
    }
}

/// A user catalogue of two items: the first with plain help and examples per verdict, the
/// second with only the auditor's guidance.
const PLAIN_CATALOG: &str = r#"
id = "sme-plain"
version = "1"
code = "Q/T 1"
published = 2024-01-01
effective = 2024-01-01
title = { "zh-CN" = "自评示例", "en-US" = "Self-assessment sample" }
[[clauses]]
number = "4"
title = { "zh-CN" = "章", "en-US" = "Chapter" }

[[items]]
id = "p-1"
clause = "4"
process = "system"
weight = 1
fix_phase = "planning"
departments = ["hr"]
question = { "zh-CN" = "是否按时召开管理评审？", "en-US" = "Is the management review held on time?" }
guidance = { "zh-CN" = "审核员查阅评审输入输出记录", "en-US" = "The auditor reads the review inputs and outputs" }
action = { "zh-CN" = "召开评审", "en-US" = "Hold the review" }
plain = { "zh-CN" = "总经理每年开一次会看知识产权工作", "en-US" = "Once a year the manager looks at the IP work in a meeting" }
[items.examples]
conform = { "zh-CN" = "去年开过会有签到和纪要", "en-US" = "Held last year with sign-in and minutes" }
observation = { "zh-CN" = "开过会但纪要没写完", "en-US" = "Held but the minutes are unfinished" }
minor = { "zh-CN" = "开过会但没有记录", "en-US" = "Held but not recorded" }
major = { "zh-CN" = "从没开过", "en-US" = "Never held" }

[[items]]
id = "p-2"
clause = "4"
process = "system"
weight = 1
fix_phase = "planning"
departments = ["hr"]
question = { "zh-CN" = "问题二", "en-US" = "Question two" }
guidance = { "zh-CN" = "只有审核员说明", "en-US" = "Only the auditor's guidance" }
action = { "zh-CN" = "措施", "en-US" = "Act" }
"#;

#[test]
fn a_self_assessment_reads_plain_help_first_and_the_auditor_on_demand() {
    for (l, size) in [(Locale::ZhCn, ZH), (Locale::EnUs, EN)] {
        for audience in [Audience::Enterprise, Audience::Consultant] {
            let dir = tempfile::tempdir().unwrap();
            let paths = Paths::portable(&dir.path().join("自评 数据"));
            std::fs::create_dir_all(paths.user_catalogs()).unwrap();
            std::fs::write(paths.user_catalogs().join("sme-plain.toml"), PLAIN_CATALOG).unwrap();
            Settings {
                audience: Some(audience),
                ..Settings::default()
            }
            .save(&paths.config_dir)
            .unwrap();
            let id = Store::open_in(&paths)
                .unwrap()
                .create_assessment(&ipms_readiness::store::NewAssessment {
                    organization: "佛山市华锐五金制品有限公司".into(),
                    title: "自评".into(),
                    catalog_id: Some("sme-plain".into()),
                    ..ipms_readiness::store::NewAssessment::default()
                })
                .unwrap();
            // Tall enough that the help under the item card is on screen.
            let mut emu = start(paths.clone(), l, Some(id), (size.0, 1600.0));
            emu.key(Key::Character("2".into()), Modifiers::CTRL);
            let (plain, guidance, example) = match l {
                Locale::ZhCn => (
                    "总经理每年开一次会看知识产权工作",
                    "审核员查阅评审输入输出记录",
                    "√ 符合：去年开过会有签到和纪要",
                ),
                Locale::EnUs => (
                    "Once a year the manager looks at the IP work in a meeting",
                    "The auditor reads the review inputs and outputs",
                    "√ Conforming: Held last year with sign-in and minutes",
                ),
            };
            let example = tr_args(
                l,
                "q-example-line",
                &[
                    (
                        "verdict",
                        Arg::from(example.split([':', '：']).next().unwrap()),
                    ),
                    (
                        "text",
                        Arg::from(example.split([':', '：']).nth(1).unwrap().trim()),
                    ),
                ],
            );
            if audience == Audience::Enterprise {
                assert!(emu.shows(plain), "{l:?}: no plain help");
                assert!(emu.shows(&example), "{l:?}: no example {example}");
                assert!(!emu.shows(guidance), "{l:?}: auditor's text shown first");
                emu.click(&tr(l, "q-show-auditor-text"));
                assert!(emu.shows(guidance), "{l:?}: auditor's text not on demand");
            } else {
                assert!(emu.shows(guidance));
                assert!(!emu.shows(plain));
                emu.click(&tr(l, "q-show-plain-text"));
                assert!(emu.shows(plain) && emu.shows(&example));
            }
            // Without plain help, the auditor's guidance is shown in both modes.
            emu.send(Message::Workspace(Ws::Questionnaire(
                ipms_readiness::ui::screen::questionnaire::Message::Select("p-2".into()),
            )));
            let only = match l {
                Locale::ZhCn => "只有审核员说明",
                Locale::EnUs => "Only the auditor's guidance",
            };
            assert!(emu.shows(only), "{l:?} {audience:?}: no fallback");
            drop(emu.into_app());
        }
    }
}

/// The item on screen shows the note a bulk marking wrote (and loses it again on undo), so
/// typing on goes on from what is stored.
#[test]
fn the_item_on_screen_shows_the_note_of_a_bulk_marking() {
    let l = Locale::ZhCn;
    let dir = tempfile::tempdir().unwrap();
    let (paths, id) = client(dir.path(), "佛山市顺德区一无所有五金厂");
    let mut emu = start(paths.clone(), l, Some(id), ZH);
    emu.key(Key::Character("2".into()), Modifiers::CTRL);
    emu.click(&tr(l, "q-missing-chapter"));
    emu.click(&tr_args(l, "q-undo-mark", &[("clause", Arg::from("4"))]));
    emu.click(&tr(l, "q-missing-chapter"));
    let app = emu.into_app();
    let ipms_readiness::ui::Screen::Assessment(w) = &app.screen else {
        panic!("no diagnosis open");
    };
    assert_eq!(w.questionnaire.note_text(), tr(l, "q-not-in-place-note"));
}

/// A manager who said he assesses his own company is not told the result goes "to the client".
#[test]
fn the_empty_home_screen_speaks_to_the_audience() {
    for (l, size) in [(Locale::ZhCn, ZH), (Locale::EnUs, EN)] {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::portable(&dir.path().join("自评 数据"));
        let mut emu = start(paths.clone(), l, None, size);
        assert!(emu.shows(&tr(l, "home-empty-body")), "{l:?}");
        emu.click(&audience::label(l, Audience::Enterprise));
        assert!(emu.shows(&tr(l, "home-empty-body-self")), "{l:?}");
        assert!(!emu.shows(&tr(l, "home-empty-body")), "{l:?}");
        drop(emu.into_app());
        let mut emu = start(paths, l, None, size);
        assert!(
            emu.shows(&tr(l, "home-empty-body-self")),
            "{l:?}: next start"
        );
    }
}

/// The report a company writes about itself is offered and named as a self-assessment report.
#[test]
fn the_self_assessment_report_is_named_as_one() {
    for (l, size) in [(Locale::ZhCn, ZH), (Locale::EnUs, EN)] {
        let dir = tempfile::tempdir().unwrap();
        let (paths, id) = client(dir.path(), "宏达五金");
        let mut settings = Settings::load(&paths.config_dir);
        settings.audience = Some(Audience::Enterprise);
        settings.save(&paths.config_dir).unwrap();
        let mut emu = start(paths.clone(), l, Some(id), size);
        emu.key(
            iced::keyboard::Key::Character("6".into()),
            iced::keyboard::Modifiers::CTRL,
        );
        let name = tr(l, "report-kind-diagnosis-self");
        let app = emu.into_app();
        let ipms_readiness::ui::Screen::Assessment(w) = &app.screen else {
            panic!("no diagnosis open");
        };
        assert!(
            w.report.path.ends_with(&format!("{name}.pdf")),
            "{l:?}: {}",
            w.report.path
        );
    }
}

/// A self-assessment is called one where the Report screen and a new diagnosis name it: its
/// summary, not a diagnosis conclusion; its title, not "first diagnosis".
#[test]
fn a_self_assessment_is_called_one_on_the_report_screen_and_in_its_title() {
    use ipms_readiness::ui::screen::home;
    for (l, size) in [(Locale::ZhCn, ZH), (Locale::EnUs, EN)] {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::portable(&dir.path().join("自评 数据"));
        let mut settings = Settings::load(&paths.config_dir);
        settings.audience = Some(Audience::Enterprise);
        settings.save(&paths.config_dir).unwrap();
        let mut emu = start(paths.clone(), l, None, size);
        emu.click(&tr(l, "home-new"));
        emu.send(Message::Home(home::Message::Name(
            "佛山市华锐五金制品有限公司".into(),
        )));
        emu.click(&tr(l, "home-confirm"));
        emu.key(
            iced::keyboard::Key::Character("6".into()),
            iced::keyboard::Modifiers::CTRL,
        );
        assert!(emu.shows(&tr(l, "rep-heading")), "{l:?}");
        assert!(emu.shows(&tr(l, "rep-conclusion-self")), "{l:?}");
        assert!(!emu.shows(&tr(l, "rep-conclusion")), "{l:?}");
        assert!(emu.shows(&tr(l, "report-sec-conclusion-self")), "{l:?}");
        assert!(!emu.shows(&tr(l, "report-sec-conclusion")), "{l:?}");
        assert!(emu.shows(&tr(l, "rep-conclusion-fallback-self")), "{l:?}");
        assert!(emu.shows(&tr(l, "report-sec-support-self")), "{l:?}");
        drop(emu.into_app());
        let store = Store::open_in_with(&paths, OpenOptions::default()).unwrap();
        let titles: Vec<String> = store
            .list_organizations()
            .unwrap()
            .into_iter()
            .flat_map(|o| o.assessments)
            .map(|a| a.meta.title)
            .collect();
        assert_eq!(titles, vec![tr(l, "home-first-title-self")], "{l:?}");
    }
}
