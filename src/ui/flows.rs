//! What the app does for Home and Settings: the client list, creating, importing and
//! exporting diagnoses, backups, reward data and moving the data folder.

use super::screen::home::{self, AssessmentRow, OrgRow};
use super::screen::{branding, settings};
use super::workspace::Tab;
use super::{App, Message, Screen};
use crate::i18n::tr;
use crate::store::{NewAssessment, Store};
use iced::Task;

impl App {
    /// Rebuilds the client list.
    pub fn refresh_home(&mut self) {
        let l = self.ctx.locale;
        self.home_data.self_assessment = self.ctx.settings.audience().plain_first();
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

    pub(super) fn home_event(&mut self, event: home::Event) {
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
        // A company assessing itself names its diagnoses as self-assessments.
        let audience = self.ctx.settings.audience();
        let first = crate::i18n::for_audience(l, audience, "home-first-title");
        let again = crate::i18n::for_audience(l, audience, "home-follow-up-title");
        let result: Result<Option<(i64, Tab)>, crate::store::StoreError> = match event {
            // Opening is handled above (it writes nothing); importing reads the file off the
            // UI thread first (see `Message::ImportRead`).
            home::Event::Open(_) | home::Event::Import(_) => Ok(None),
            home::Event::Create { org, catalog } => store
                .create_assessment(&NewAssessment {
                    organization: org,
                    catalog_id: Some(catalog),
                    title: tr(l, &first),
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
                .follow_up(from, Some(&catalog), &tr(l, &again))
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
                    .export_to(id, &path, format, what, l, super::workspace::today())
                    .map(|()| None)
            }
        };
        match result {
            Ok(Some((id, tab))) => self.open(id, tab),
            Ok(None) => self.refresh_home(),
            Err(e) => self.fail(&e),
        }
    }

    pub(super) fn settings_event(&mut self, event: settings::Event) -> Task<Message> {
        match event {
            settings::Event::Theme(t) => {
                self.ctx.settings.theme = t;
                if let Err(e) = self.ctx.settings.save(&self.ctx.paths.config_dir) {
                    self.fail(&e);
                }
            }
            settings::Event::Audience(a) => self.set_audience(a),
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
            settings::Event::Policy(kind, e) => self.policy_event(kind, e),
            settings::Event::MoveData(path) => self.move_data(std::path::PathBuf::from(path)),
            settings::Event::Branding(e) => return self.branding_event(e),
        }
        Task::none()
    }

    /// Checks and stores the consultancy's branding with the settings; imports the logo into
    /// the data folder. A refused value leaves what is stored as it was.
    fn branding_event(&mut self, event: branding::Event) -> Task<Message> {
        let l = self.ctx.locale;
        let stored = self.ctx.settings.branding.clone();
        let next = match event {
            branding::Event::BrowseLogo => {
                let request = super::dialogs::Pick::Open {
                    filter: "PNG / JPEG",
                    extensions: &["png", "jpg", "jpeg"],
                };
                return super::browse(request, |p| {
                    Message::Settings(settings::Message::Branding(branding::Message::LogoPath(p)))
                });
            }
            branding::Event::Save(form) => form.checked().map(|c| crate::branding::Branding {
                logo: stored.logo.clone(),
                ..c
            }),
            branding::Event::ImportLogo(path) => {
                crate::branding::import_logo(&self.ctx.paths, std::path::Path::new(&path)).map(
                    |name| crate::branding::Branding {
                        logo: Some(name),
                        ..stored.clone()
                    },
                )
            }
            branding::Event::RemoveLogo => Ok(crate::branding::Branding {
                logo: None,
                ..stored.clone()
            }),
        };
        match next {
            Ok(b) => {
                self.ctx.settings.branding = b;
                match self.ctx.settings.save(&self.ctx.paths.config_dir) {
                    Ok(()) => self.notice = Some(tr(l, "branding-saved")),
                    Err(e) => {
                        self.ctx.settings.branding = stored;
                        self.fail(&e);
                    }
                }
                if let Screen::Settings(s) = &mut self.screen {
                    s.branding.stored(&self.ctx.settings.branding);
                }
            }
            Err(e) => {
                // A refusal replaces an earlier "saved": nothing was stored this time.
                self.notice = None;
                self.fail(&e);
            }
        }
        Task::none()
    }

    /// Remembers who uses the app (asked at the first start, changed in Settings).
    pub(super) fn set_audience(&mut self, a: crate::settings::Audience) {
        self.ctx.settings.audience = Some(a);
        if let Err(e) = self.ctx.settings.save(&self.ctx.paths.config_dir) {
            self.fail(&e);
        }
        self.apply_audience();
    }

    /// Opens the database again after it was closed (restore, move).
    pub(super) fn reopen_store(&mut self) {
        match Store::open_in(&self.ctx.paths) {
            Ok(store) => self.store = Some(store),
            Err(e) => self.fail(&e),
        }
    }

    /// Saves, imports or drops the user's copy of a policy data file, then shows and uses
    /// what is in use afterwards.
    fn policy_event(
        &mut self,
        kind: crate::policies::PolicyKind,
        e: crate::ui::screen::policy_card::Event,
    ) {
        use crate::policies::{self as p, PolicyKind};
        use crate::ui::screen::policy_card::Event as E;
        let (paths, l) = (&self.ctx.paths, self.ctx.locale);
        match kind {
            PolicyKind::Rewards => {
                let r = match e {
                    E::Save(text) => p::save_rewards(paths, &text, l),
                    E::Import(path) => p::import_rewards(paths, std::path::Path::new(&path), l),
                    E::Reset => p::reset_rewards(paths),
                };
                match r {
                    Ok(r) => {
                        if let Screen::Settings(s) = &mut self.screen {
                            s.set_rewards(&r, l);
                        }
                        self.notice = Some(tr(l, "settings-rewards-saved"));
                    }
                    Err(e) => self.fail(&e),
                }
            }
            PolicyKind::Costs => {
                let r = match e {
                    E::Save(text) => p::save_costs(paths, &text, l).map(Some),
                    E::Import(path) => {
                        p::import_costs(paths, std::path::Path::new(&path), l).map(Some)
                    }
                    E::Reset => p::reset_costs(paths),
                };
                match r {
                    Ok(costs) => {
                        if let (Screen::Settings(s), Some(c)) = (&mut self.screen, &costs) {
                            s.set_costs(c, l);
                        }
                        self.costs = costs.map(|c| c.data);
                        self.notice = Some(tr(l, "settings-costs-saved"));
                    }
                    Err(e) => self.fail(&e),
                }
            }
        }
    }

    /// Reads the cost data in use again; a broken user copy is said (the bundled data is used).
    pub(super) fn reload_costs(&mut self) {
        let (costs, err) = crate::policies::load_costs(&self.ctx.paths, self.ctx.locale);
        self.costs = costs.map(|c| c.data);
        if let Some(e) = err {
            self.fail(&e);
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
}

impl App {
    /// Home, with the question of who uses the app above it until it is answered.
    pub(super) fn home_view(&self) -> iced::Element<'_, Message> {
        let l = self.ctx.locale;
        let home = self.home.view(&self.home_data, l).map(Message::Home);
        if self.ctx.settings.audience.is_some() {
            return home;
        }
        let prompt = super::screen::audience::prompt(l).map(Message::Audience);
        iced::widget::column![iced::widget::container(prompt).padding([12, 20]), home].into()
    }
}

impl App {
    /// Runs the database's quick check off the UI thread.
    pub fn quick_check_task(&self) -> Task<Message> {
        let path = self.ctx.paths.database();
        if !path.exists() {
            return Task::none();
        }
        // A read-only window (write-protected media, a second window) makes no backups.
        let backup = self
            .store
            .as_ref()
            .filter(|s| !s.read_only())
            .map(Store::backup_job);
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

    /// Tells the open diagnosis who uses the app (plain help first for the enterprise itself)
    /// and which reward data is in use, then recomputes what depends on them.
    pub(super) fn apply_audience(&mut self) {
        let audience = self.ctx.settings.audience();
        let l = self.ctx.locale;
        self.home_data.self_assessment = audience.plain_first();
        if let Screen::Assessment(ws) = &mut self.screen {
            ws.questionnaire.plain_first = audience.plain_first();
            ws.report.set_audience(audience);
            ws.dashboard.rewards = crate::policies::load_rewards(&self.ctx.paths, l).0.data;
            ws.dashboard.costs.clone_from(&self.costs);
            ws.refresh(l);
        }
    }
}
