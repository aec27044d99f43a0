//! The desktop app (iced). Only this room and `main.rs` know iced.

pub mod charts;
pub mod dialogs;
pub mod screen;
pub mod style;
pub mod widgets;
pub mod workspace;

use crate::assets::{FONT_BYTES, FONT_FAMILY};
use crate::error::Localize;
use crate::i18n::{error_text, tr};
use crate::locale::Locale;
use crate::paths::Paths;
use crate::settings::{Settings, ThemeChoice};
use crate::store::{NewAssessment, Store};
use iced::widget::{button, column, container, row, text};
use iced::{Element, Fill, Font, Subscription, Task, Theme};
use screen::home::{self, AssessmentRow, HomeData, OrgRow};
use screen::{compare, dashboard, plan, profile, questionnaire, report, settings};
use workspace::{Tab, Workspace};

/// The font every widget uses unless told otherwise.
pub const DEFAULT_FONT: Font = Font::with_name(FONT_FAMILY);

/// Everything the screens need from outside, passed in rather than global.
#[derive(Debug, Clone)]
pub struct Context {
    pub paths: Paths,
    pub locale: Locale,
    pub settings: Settings,
}

/// The app state: context, store, the screen shown and the error banner.
pub struct App {
    pub ctx: Context,
    pub store: Option<Store>,
    pub screen: Screen,
    pub home: home::Home,
    pub home_data: HomeData,
    pub error: Option<String>,
    /// A confirmation that stays until dismissed.
    pub notice: Option<String>,
    /// The background check found the database damaged: nothing is written until restored.
    pub damaged: bool,
    /// Whether every change so far has been committed to disk.
    pub saved: bool,
}

/// The screen shown.
pub enum Screen {
    Home,
    Assessment(Box<Workspace>),
    Settings(settings::SettingsScreen),
}

#[derive(Debug, Clone)]
pub enum Message {
    Home(home::Message),
    Questionnaire(questionnaire::Message),
    Dashboard(dashboard::Message),
    Plan(plan::Message),
    Profile(profile::Message),
    Settings(settings::Message),
    Compare(compare::Message),
    Report(report::Message),
    ReportDone(Result<String, String>),
    Tab(Tab),
    GoHome,
    OpenSettings,
    SwitchLanguage,
    DismissError,
    Tick,
    QuickChecked(Result<(), String>),
    Restored(Result<(), crate::store::StoreError>),
    ImportRead(Box<Result<crate::store::exchange::AssessmentFile, crate::store::StoreError>>),
}

impl App {
    /// A new app; opens the store in the data folder and, with `open`, that assessment's dashboard.
    pub fn new(paths: Paths, locale: Locale, open: Option<i64>) -> Self {
        let settings = Settings::load(&paths.config_dir);
        let ctx = Context {
            paths,
            locale,
            settings,
        };
        let mut app = App {
            ctx,
            store: None,
            screen: Screen::Home,
            home: home::Home::default(),
            home_data: HomeData::default(),
            error: None,
            notice: None,
            damaged: false,
            saved: true,
        };
        match Store::open_in(&app.ctx.paths) {
            Ok(store) => app.store = Some(store),
            Err(e) => app.error = Some(error_text(locale, &e)),
        }
        app.refresh_home();
        if let Some(id) = open {
            app.open(id, Tab::Dashboard);
        }
        app
    }

    fn fail(&mut self, e: &dyn Localize) {
        self.error = Some(error_text(self.ctx.locale, e));
    }

    /// Rebuilds the client list.
    pub fn refresh_home(&mut self) {
        let l = self.ctx.locale;
        let Some(store) = &self.store else { return };
        let catalogs = store.catalogs();
        self.home_data.catalogs = catalogs
            .catalogs
            .iter()
            .map(|c| (c.id.clone(), c.display_title(l)))
            .collect();
        self.home_data.default_export = self.ctx.paths.default_export_dir().display().to_string();
        match store.list_organizations() {
            Ok(orgs) => {
                self.home_data.orgs = orgs
                    .into_iter()
                    .map(|o| OrgRow {
                        id: o.organization.id,
                        name: o.organization.name.clone(),
                        assessments: o
                            .assessments
                            .iter()
                            .map(|a| AssessmentRow {
                                id: a.meta.id,
                                title: a.meta.title.clone(),
                                catalog: catalogs
                                    .get(&a.meta.catalog_id)
                                    .map_or_else(|| a.meta.catalog_id.clone(), |c| c.code.clone()),
                                legacy: catalogs.get(&a.meta.catalog_id).is_some_and(|c| c.legacy),
                                progress: a.progress,
                                score: a.score,
                                updated: a
                                    .meta
                                    .updated_at
                                    .with_timezone(&chrono::Local)
                                    .format("%Y-%m-%d %H:%M")
                                    .to_string(),
                            })
                            .collect(),
                    })
                    .collect();
            }
            Err(e) => self.fail(&e),
        }
    }

    fn open(&mut self, id: i64, tab: Tab) {
        let Some(store) = &self.store else { return };
        let loaded = store
            .load(id)
            .and_then(|r| store.catalog(&r.meta.catalog_id).map(|c| (r, c.clone())));
        match loaded {
            Ok((record, catalog)) => {
                let resume = store.setting(&format!("resume-{id}")).ok().flatten();
                let export_dir = self.ctx.paths.default_export_dir();
                self.screen = Screen::Assessment(Box::new(Workspace::new(
                    record,
                    catalog,
                    resume.as_deref(),
                    tab,
                    self.ctx.locale,
                    &export_dir,
                )));
                self.ctx.settings.last_assessment = Some(id);
            }
            Err(e) => self.fail(&e),
        }
    }

    pub fn title(&self) -> String {
        tr(self.ctx.locale, "app-title")
    }

    pub fn theme(&self) -> Theme {
        match self.ctx.settings.theme {
            ThemeChoice::Light => Theme::Light,
            ThemeChoice::Dark => Theme::Dark,
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        match &self.screen {
            Screen::Assessment(ws) if ws.tab == Tab::Questionnaire => iced::keyboard::listen()
                .map(|e| Message::Questionnaire(questionnaire::Message::Key(e))),
            _ => Subscription::none(),
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let l = self.ctx.locale;
        match message {
            Message::SwitchLanguage => {
                self.ctx.locale = l.other();
                self.ctx.settings.language = Some(self.ctx.locale);
                if let Err(e) = self.ctx.settings.save(&self.ctx.paths.config_dir) {
                    self.fail(&e);
                }
                self.refresh_home();
                if let Screen::Assessment(ws) = &mut self.screen {
                    ws.refresh(self.ctx.locale);
                }
            }
            Message::DismissError => {
                self.error = None;
                self.notice = None;
            }
            Message::GoHome => {
                self.flush();
                self.screen = Screen::Home;
                self.refresh_home();
            }
            Message::OpenSettings => {
                self.flush();
                self.screen = Screen::Settings(settings::SettingsScreen::new(
                    &self.ctx,
                    self.store.as_ref(),
                ));
            }
            Message::Tab(tab) => {
                self.flush();
                if let Screen::Assessment(ws) = &mut self.screen {
                    ws.tab = tab;
                }
                if tab == Tab::Compare {
                    self.compare_candidates();
                }
            }
            Message::Tick => self.flush(),
            Message::QuickChecked(Err(detail)) => {
                self.damaged = true;
                self.error = Some(format!("{}: {detail}", tr(l, "err-store-quick-check")));
            }
            Message::QuickChecked(Ok(())) => {}
            Message::Home(home::Message::Browse) => {
                if let Some(request) = self.home.browse_request() {
                    return browse(request, |p| Message::Home(home::Message::Path(p)));
                }
            }
            Message::Report(report::Message::Browse) => {
                if let Screen::Assessment(ws) = &self.screen {
                    let request = dialogs::Pick::Save {
                        current: ws.report.path.clone(),
                        filter: "PDF",
                        extensions: &["pdf"],
                    };
                    return browse(request, |p| Message::Report(report::Message::Path(p)));
                }
            }
            Message::Settings(settings::Message::BrowseRewards) => {
                let request = dialogs::Pick::Open {
                    filter: "TOML",
                    extensions: &["toml"],
                };
                return browse(request, |p| {
                    Message::Settings(settings::Message::RewardsPath(p))
                });
            }
            Message::Settings(settings::Message::BrowseMove) => {
                return browse(dialogs::Pick::Folder, |p| {
                    Message::Settings(settings::Message::MovePath(p))
                });
            }
            Message::Home(m) => match self.home.update(m, &self.home_data) {
                // Reading and decoding a file (up to 50 MB) runs off the UI thread.
                Some(home::Event::Import(path)) if !self.damaged => {
                    self.notice = Some(tr(l, "home-importing"));
                    return Task::perform(
                        async move { crate::store::exchange::read_import(std::path::Path::new(&path)) },
                        |r| Message::ImportRead(Box::new(r)),
                    );
                }
                Some(e) => self.home_event(e),
                None => {}
            },
            Message::Restored(result) => {
                self.notice = None;
                match result {
                    Ok(()) => {
                        self.damaged = false;
                        self.error = None;
                        self.notice = Some(tr(l, "settings-restored"));
                    }
                    Err(e) => self.fail(&e),
                }
                self.reopen_store();
                self.refresh_home();
                self.screen = Screen::Home;
            }
            Message::ImportRead(result) => {
                self.notice = None;
                let imported = match *result {
                    Ok(file) => match self.store.as_ref().filter(|_| !self.damaged) {
                        Some(store) => store.import_decoded(file),
                        None => return Task::none(),
                    },
                    Err(e) => Err(e),
                };
                match imported {
                    Ok(id) => self.open(id, Tab::Dashboard),
                    Err(e) => self.fail(&e),
                }
            }
            Message::Settings(m) => {
                if let Screen::Settings(s) = &mut self.screen {
                    let event = s.update(m);
                    if let Some(e) = event {
                        return self.settings_event(e);
                    }
                }
            }
            Message::Questionnaire(m) => return self.questionnaire(m),
            Message::Dashboard(m) => {
                if let Screen::Assessment(ws) = &mut self.screen
                    && let Some(dashboard::Event::OpenItem(id)) = ws.dashboard.update(m)
                {
                    ws.tab = Tab::Questionnaire;
                    let data = questionnaire::Data {
                        catalog: &ws.catalog,
                        triage: &ws.record.profile.triage,
                        answers: &ws.record.answers,
                        locale: l,
                    };
                    let _ = ws
                        .questionnaire
                        .update(questionnaire::Message::Select(id), data);
                }
            }
            Message::Plan(m) => self.plan(m),
            Message::Report(m) => return self.report(m),
            Message::ReportDone(result) => {
                if let Screen::Assessment(ws) = &mut self.screen {
                    ws.report.busy = false;
                    match result {
                        Ok(path) => ws.report.done = Some(path),
                        Err(e) => self.error = Some(e),
                    }
                }
            }
            Message::Compare(m) => {
                let compare::Event::CompareWith(other) = compare::update(m);
                self.compare_with(other);
            }
            Message::Profile(m) => self.profile(m),
        }
        Task::none()
    }

    /// Hands typed but unsaved text of the questionnaire to the store.
    fn flush(&mut self) {
        if let Screen::Assessment(ws) = &self.screen
            && ws.questionnaire.has_unsaved_text()
        {
            let _ = self.questionnaire(questionnaire::Message::Flush);
        }
    }

    fn questionnaire(&mut self, m: questionnaire::Message) -> Task<Message> {
        let l = self.ctx.locale;
        let Screen::Assessment(ws) = &mut self.screen else {
            return Task::none();
        };
        let typing = matches!(
            m,
            questionnaire::Message::Note(_)
                | questionnaire::Message::NaReason(_)
                | questionnaire::Message::Evidence(_)
        );
        let data = questionnaire::Data {
            catalog: &ws.catalog,
            triage: &ws.record.profile.triage,
            answers: &ws.record.answers,
            locale: l,
        };
        let (events, task) = ws.questionnaire.update(m, data);
        // Typed text is saved shortly after the typing pauses (and on Enter or when leaving).
        let task = if typing {
            Task::batch([
                task.map(Message::Questionnaire),
                Task::perform(
                    async { std::thread::sleep(std::time::Duration::from_millis(700)) },
                    |()| Message::Tick,
                ),
            ])
        } else {
            task.map(Message::Questionnaire)
        };
        self.saved = !ws.questionnaire.has_unsaved_text();
        let Some(store) = self.store.as_ref().filter(|_| !self.damaged) else {
            return task;
        };
        let id = ws.record.meta.id;
        let mut changed = false;
        for e in events {
            match e {
                questionnaire::Event::Save { item, answer } => {
                    match store.save_answer(id, &item, &answer) {
                        Ok(_) => {
                            ws.record.answers.insert(item, answer);
                            changed = true;
                        }
                        Err(e) => {
                            self.saved = false;
                            self.error = Some(error_text(l, &e));
                        }
                    }
                }
                questionnaire::Event::Moved(item) => {
                    let _ = store.set_setting(&format!("resume-{id}"), &item);
                }
            }
        }
        if changed {
            ws.refresh(l);
        }
        task
    }

    /// Lists the client's other diagnoses and, when one is chosen, compares with it.
    fn compare_with(&mut self, other: i64) {
        let l = self.ctx.locale;
        let (Screen::Assessment(ws), Some(store)) = (&mut self.screen, &self.store) else {
            return;
        };
        let loaded = store
            .load(other)
            .and_then(|r| store.catalog(&r.meta.catalog_id).map(|c| (r, c.clone())));
        match loaded {
            Ok((before, before_catalog)) => {
                let c = crate::model::compare::compare(
                    crate::model::compare::Snapshot {
                        catalog: &before_catalog,
                        triage: &before.profile.triage,
                        answers: &before.answers,
                    },
                    crate::model::compare::Snapshot {
                        catalog: &ws.catalog,
                        triage: &ws.record.profile.triage,
                        answers: &ws.record.answers,
                    },
                );
                let catalog = &ws.catalog;
                ws.compare.selected = Some(other);
                ws.compare.fill(
                    &c,
                    |n| {
                        catalog
                            .clause(n)
                            .map_or_else(|| n.to_string(), |cl| format!("{n} {}", cl.title.get(l)))
                    },
                    |id| {
                        catalog.item(id).map_or_else(
                            || id.to_string(),
                            |i| format!("{} {}", i.clause, i.question.get(l)),
                        )
                    },
                );
            }
            Err(e) => self.error = Some(error_text(l, &e)),
        }
    }

    fn compare_candidates(&mut self) {
        let (Screen::Assessment(ws), Some(store)) = (&mut self.screen, &self.store) else {
            return;
        };
        let me = ws.record.meta.id;
        ws.compare.candidates = store
            .assessments_of(ws.record.organization.id)
            .unwrap_or_default()
            .into_iter()
            .filter(|a| a.id != me)
            .map(|a| compare::Candidate {
                id: a.id,
                label: format!("{} ({})", a.title, a.created_at.format("%Y-%m-%d")),
            })
            .collect();
        // A follow-up visit compares with the visit it started from, without asking.
        let previous = ws
            .record
            .meta
            .previous_id
            .filter(|_| ws.compare.selected.is_none());
        if let Some(p) = previous.filter(|p| ws.compare.candidates.iter().any(|c| c.id == *p)) {
            self.compare_with(p);
        }
    }

    fn report(&mut self, m: report::Message) -> Task<Message> {
        let l = self.ctx.locale;
        let (Screen::Assessment(ws), Some(store)) = (
            &mut self.screen,
            self.store.as_ref().filter(|_| !self.damaged),
        ) else {
            return Task::none();
        };
        match ws.report.update(m) {
            None => Task::none(),
            Some(report::Event::Open(path)) => {
                if let Err(e) = report::open_with_system(&path) {
                    self.error = Some(format!("{}: {e}", path.display()));
                }
                Task::none()
            }
            Some(report::Event::Export {
                path,
                assessor,
                assessor_org,
                conclusion,
            }) => {
                let id = ws.record.meta.id;
                let saved = store
                    .set_assessor(id, &assessor, &assessor_org)
                    .and_then(|()| store.set_conclusion(id, &conclusion));
                if let Err(e) = saved {
                    ws.report.busy = false;
                    self.error = Some(error_text(l, &e));
                    return Task::none();
                }
                ws.record.meta.assessor.clone_from(&assessor);
                ws.record
                    .meta
                    .assessor_organization
                    .clone_from(&assessor_org);
                ws.record.meta.conclusion.clone_from(&conclusion);
                let doc = match crate::printing::document(
                    store,
                    &self.ctx.paths,
                    id,
                    ws.report.locale,
                    ws.as_of,
                    chrono::Utc::now(),
                ) {
                    Ok(doc) => doc,
                    Err(e) => {
                        ws.report.busy = false;
                        self.error = Some(error_text(l, &e));
                        return Task::none();
                    }
                };
                let kind = ws.report.kind;
                let department = ws.report.department;
                let sections = ws.report.sections.clone();
                Task::perform(
                    async move {
                        let bytes = crate::report::render_doc(&doc, kind, &sections, department)
                            .map_err(|e| error_text(l, &e))?;
                        let target = std::path::PathBuf::from(&path);
                        crate::store::exchange::write_file(&target, &bytes)
                            .map_err(|e| error_text(l, &e))?;
                        Ok(path)
                    },
                    Message::ReportDone,
                )
            }
        }
    }

    fn plan(&mut self, m: plan::Message) {
        let l = self.ctx.locale;
        let Screen::Assessment(ws) = &mut self.screen else {
            return;
        };
        let Some(event) = ws.plan.update(m, &ws.plan_data, l) else {
            return;
        };
        let Some(store) = self.store.as_ref().filter(|_| !self.damaged) else {
            return;
        };
        let id = ws.record.meta.id;
        let result = match event {
            plan::Event::SaveAction(edit) => {
                let o = crate::model::plan::ActionOverride {
                    owner: Some(edit.owner),
                    due: Some(edit.due),
                    status: crate::model::plan::ActionStatus::from_key(&edit.status),
                    notes: Some(edit.notes),
                };
                store.save_override(id, &edit.key, &o).map(|()| {
                    ws.record.overrides.insert(edit.key, o);
                })
            }
            plan::Event::Schedule { start, weeks } => {
                let mut s = ws.phase_settings();
                s.start = start;
                for (k, w) in weeks {
                    if let Some(p) = crate::model::plan::PhaseId::from_key(&k) {
                        s.durations.insert(p, w);
                    }
                }
                store
                    .save_phases(id, &s)
                    .map(|()| ws.record.phases = Some(s))
            }
        };
        match result {
            Ok(()) => ws.refresh(l),
            Err(e) => self.error = Some(error_text(l, &e)),
        }
    }

    fn profile(&mut self, m: profile::Message) {
        let l = self.ctx.locale;
        let Screen::Assessment(ws) = &mut self.screen else {
            return;
        };
        let Some(event) = ws
            .profile
            .update(m, &ws.record.profile, &ws.record.facts, l)
        else {
            return;
        };
        let Some(store) = self.store.as_ref().filter(|_| !self.damaged) else {
            return;
        };
        let id = ws.record.meta.id;
        let result = match event {
            profile::Event::SaveProfile(p) => {
                store.save_profile(id, &p).map(|()| ws.record.profile = p)
            }
            profile::Event::SaveFacts(f) => store.save_facts(id, &f).map(|()| ws.record.facts = f),
        };
        match result {
            Ok(()) => ws.refresh(l),
            Err(e) => self.error = Some(error_text(l, &e)),
        }
    }

    fn home_event(&mut self, event: home::Event) {
        let l = self.ctx.locale;
        if let home::Event::Open(id) = event {
            self.open(id, Tab::Dashboard);
            return;
        }
        if self.damaged {
            self.error = Some(tr(l, "err-store-damaged-readonly"));
            return;
        }
        let Some(store) = self.store.as_ref().filter(|_| !self.damaged) else {
            return;
        };
        let result: Result<Option<(i64, Tab)>, crate::store::StoreError> = match event {
            // Opening is handled above (it writes nothing); importing reads the file off the
            // UI thread first (see `Message::ImportRead`).
            home::Event::Open(_) | home::Event::Import(_) => Ok(None),
            home::Event::Create { org, catalog } => store
                .create_assessment(&NewAssessment {
                    organization: org,
                    catalog_id: Some(catalog),
                    title: tr(l, "home-first-title"),
                    ..NewAssessment::default()
                })
                .map(|id| Some((id, Tab::Profile))),
            home::Event::OpenDemo => {
                crate::demo::create(store).map(|id| Some((id, Tab::Dashboard)))
            }
            home::Event::Rename { id, title } => store.rename(id, &title).map(|()| None),
            home::Event::Delete(id) => store
                .backup_now(crate::store::backup::BackupReason::Manual)
                .and_then(|_| store.delete_assessment(id))
                .map(|()| None),
            home::Event::FollowUp { from, catalog } => store
                .follow_up(from, Some(&catalog), &tr(l, "home-follow-up-title"))
                .map(|id| Some((id, Tab::Profile))),
            home::Event::Export { id, path } => {
                let path = std::path::PathBuf::from(path);
                let format = path
                    .extension()
                    .and_then(|e| {
                        crate::store::exchange::ExportFormat::from_key(
                            &e.to_string_lossy().to_lowercase(),
                        )
                    })
                    .unwrap_or(crate::store::exchange::ExportFormat::Json);
                let what = crate::store::exchange::TableKind::Findings;
                store
                    .export_to(id, &path, format, what, l, workspace::today())
                    .map(|()| None)
            }
        };
        match result {
            Ok(Some((id, tab))) => self.open(id, tab),
            Ok(None) => self.refresh_home(),
            Err(e) => self.fail(&e),
        }
    }

    fn settings_event(&mut self, event: settings::Event) -> Task<Message> {
        match event {
            settings::Event::Theme(t) => {
                self.ctx.settings.theme = t;
                if let Err(e) = self.ctx.settings.save(&self.ctx.paths.config_dir) {
                    self.fail(&e);
                }
            }
            settings::Event::Language(locale) => {
                if locale != self.ctx.locale {
                    return self.update(Message::SwitchLanguage);
                }
            }
            settings::Event::Restore(name) => {
                // Close the database, then copy the backup in off the UI thread; the current
                // file is set aside (never deleted) by the restore.
                let Some(store) = self.store.take() else {
                    return Task::none();
                };
                let db = store.path().to_path_buf();
                let backup = store
                    .backups()
                    .into_iter()
                    .find(|b| b.name == name)
                    .map(|b| b.path);
                drop(store);
                let Some(backup) = backup else {
                    self.reopen_store();
                    return Task::none();
                };
                self.notice = Some(tr(self.ctx.locale, "settings-restoring"));
                return Task::perform(
                    async move { crate::store::backup::restore_file(&db, &backup).map(|_| ()) },
                    Message::Restored,
                );
            }
            settings::Event::SaveRewards(text) => {
                let r = crate::policies::save_rewards(&self.ctx.paths, &text, self.ctx.locale);
                self.rewards_result(r);
            }
            settings::Event::ImportRewards(path) => {
                let r = crate::policies::import_rewards(
                    &self.ctx.paths,
                    std::path::Path::new(&path),
                    self.ctx.locale,
                );
                self.rewards_result(r);
            }
            settings::Event::ResetRewards => {
                let r = crate::policies::reset_rewards(&self.ctx.paths);
                self.rewards_result(r);
            }
            settings::Event::MoveData(path) => self.move_data(std::path::PathBuf::from(path)),
        }
        Task::none()
    }

    /// Opens the database again after it was closed (restore, move).
    fn reopen_store(&mut self) {
        match Store::open_in(&self.ctx.paths) {
            Ok(store) => self.store = Some(store),
            Err(e) => self.fail(&e),
        }
    }

    fn rewards_result(
        &mut self,
        result: Result<crate::policies::Rewards, crate::policies::RewardsError>,
    ) {
        let l = self.ctx.locale;
        match result {
            Ok(r) => {
                if let Screen::Settings(s) = &mut self.screen {
                    s.set_rewards(&r, l);
                }
                self.notice = Some(tr(l, "settings-rewards-saved"));
            }
            Err(e) => self.fail(&e),
        }
    }

    /// Copies the data folder to `to`, then works from there; the original stays untouched.
    fn move_data(&mut self, to: std::path::PathBuf) {
        let l = self.ctx.locale;
        let from = self.ctx.paths.data_dir.clone();
        // Close the database (and its lock) so the copy is consistent.
        self.store = None;
        match crate::policies::copy_data_folder(&from, &to) {
            Ok(()) => {
                self.ctx.paths.data_dir.clone_from(&to);
                self.ctx.settings.data_dir = Some(to.clone());
                if let Err(e) = self.ctx.settings.save(&self.ctx.paths.config_dir) {
                    self.fail(&e);
                }
                self.notice = Some(crate::i18n::tr_args(
                    l,
                    "settings-moved",
                    &[("path", crate::i18n::Arg::from(to.display().to_string()))],
                ));
            }
            Err(e) => {
                self.error = Some(crate::i18n::tr_args(
                    l,
                    "err-move-data",
                    &[
                        ("path", crate::i18n::Arg::from(to.display().to_string())),
                        ("detail", crate::i18n::Arg::from(e.to_string())),
                    ],
                ));
            }
        }
        self.reopen_store();
        self.screen = Screen::Settings(settings::SettingsScreen::new(
            &self.ctx,
            self.store.as_ref(),
        ));
    }

    pub fn view(&self) -> Element<'_, Message> {
        let l = self.ctx.locale;
        let saved = if self.saved {
            tr(l, "app-saved")
        } else {
            tr(l, "app-saving")
        };
        let mut top = row![
            button(text(tr(l, "app-name")).size(18))
                .style(button::text)
                .on_press(Message::GoHome),
        ]
        .spacing(6)
        .padding([8, 16])
        .align_y(iced::Center);
        if let Screen::Assessment(ws) = &self.screen {
            for tab in Tab::ALL {
                let style = if ws.tab == tab {
                    button::primary
                } else {
                    button::text
                };
                top = top.push(
                    button(text(tr(l, tab.message_id())).size(14))
                        .style(style)
                        .on_press(Message::Tab(tab)),
                );
            }
        }
        top = top
            .push(iced::widget::space::horizontal())
            .push(text(saved).size(13).style(style::muted))
            .push(
                button(text(tr(l, "app-settings")).size(14))
                    .style(button::text)
                    .on_press(Message::OpenSettings),
            )
            .push(
                button(text(tr(l, "app-language-switch")).size(14))
                    .style(button::secondary)
                    .on_press(Message::SwitchLanguage),
            );
        let body: Element<'_, Message> = match &self.screen {
            Screen::Home => self.home.view(&self.home_data, l).map(Message::Home),
            Screen::Settings(s) => s.view(&self.ctx).map(Message::Settings),
            Screen::Assessment(ws) => match ws.tab {
                Tab::Questionnaire => ws
                    .questionnaire
                    .view(ws.questionnaire_data(l))
                    .map(Message::Questionnaire),
                Tab::Dashboard => ws.dashboard.view(&ws.dash_data, l).map(Message::Dashboard),
                Tab::Plan => ws.plan.view(&ws.plan_data, l).map(Message::Plan),
                Tab::Profile => ws
                    .profile
                    .view(&ws.record.profile, &ws.record.facts, l)
                    .map(Message::Profile),
                Tab::Compare => compare::view(&ws.compare, l).map(Message::Compare),
                Tab::Report => ws.report.view(l).map(Message::Report),
            },
        };
        let mut page = column![container(top).style(style::top_bar).width(Fill)];
        if let Some(err) = &self.error {
            page = page.push(style::error_banner(
                err,
                tr(l, "app-dismiss"),
                Message::DismissError,
            ));
        }
        if let Some(note) = &self.notice {
            page = page.push(style::notice_banner(
                note,
                tr(l, "app-dismiss"),
                Message::DismissError,
            ));
        }
        page.push(container(body).width(Fill).height(Fill)).into()
    }

    /// Runs the database's quick check off the UI thread.
    pub fn quick_check_task(&self) -> Task<Message> {
        let path = self.ctx.paths.database();
        if !path.exists() {
            return Task::none();
        }
        let backup = self.store.as_ref().map(Store::backup_job);
        Task::perform(
            async move {
                crate::store::quick_check_file(&path).map_err(|e| e.to_string())?;
                // The daily backup (with its full integrity check) also runs off the UI thread.
                if let Some(job) = backup {
                    job.run_if_due().map_err(|e| e.to_string())?;
                }
                Ok(())
            },
            Message::QuickChecked,
        )
    }
}

/// Runs a native dialog off the UI thread; a chosen path is typed into the field for the user.
fn browse(request: dialogs::Pick, to: fn(String) -> Message) -> Task<Message> {
    Task::perform(dialogs::pick(request), move |p| p.map_or(Message::Tick, to))
}

fn boot(paths: Paths, locale: Locale, open: Option<i64>) -> impl Fn() -> (App, Task<Message>) {
    move || {
        let app = App::new(paths.clone(), locale, open);
        let check = app.quick_check_task();
        (app, check)
    }
}

fn update(app: &mut App, message: Message) -> Task<Message> {
    app.update(message)
}

fn view(app: &App) -> Element<'_, Message> {
    app.view()
}

/// Opens the window and runs until it is closed.
pub fn run(paths: Paths, locale: Locale, open: Option<i64>) -> Result<(), iced::Error> {
    iced::application(boot(paths, locale, open), update, view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .font(FONT_BYTES)
        .default_font(DEFAULT_FONT)
        .window_size((1280.0, 800.0))
        .run()
}

/// Settings for headless UI tests: the bundled font as default, so text renders as in the app.
pub fn test_settings() -> iced::Settings {
    iced::Settings {
        fonts: vec![FONT_BYTES.into()],
        default_font: DEFAULT_FONT,
        ..iced::Settings::default()
    }
}
