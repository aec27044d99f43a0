//! The open diagnosis: its stored record and evaluation, the screens that work on it, and
//! their updates. `Workspace::update(msg, deps) -> (Task, Option<Event>)` owns everything that
//! happens inside one diagnosis; the app only routes to it.

mod derive;
mod export;
use super::dialogs::Pick;
use super::screen::compare::{self, CompareData};
use super::screen::dashboard::{self, DashboardData};
use super::screen::plan::{self, PlanData};
use super::screen::{profile, questionnaire, report};
use crate::i18n::error_text;
use crate::locale::Locale;
use crate::model::assessment::Answers;
use crate::model::catalog::{Catalog, FixPhase};
use crate::model::evaluate::Evaluation;
use crate::model::plan::PhaseSettings;
use crate::paths::Paths;
use crate::store::{AssessmentRecord, Store};
use chrono::NaiveDate;
use iced::Task;

/// The tabs of an open diagnosis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Profile,
    Questionnaire,
    Dashboard,
    Plan,
    Compare,
    Report,
}

impl Tab {
    pub const ALL: [Tab; 6] = [
        Tab::Profile,
        Tab::Questionnaire,
        Tab::Dashboard,
        Tab::Plan,
        Tab::Compare,
        Tab::Report,
    ];
    pub fn message_id(self) -> &'static str {
        match self {
            Tab::Profile => "tab-profile",
            Tab::Questionnaire => "tab-questionnaire",
            Tab::Dashboard => "tab-dashboard",
            Tab::Plan => "tab-plan",
            Tab::Compare => "tab-compare",
            Tab::Report => "tab-report",
        }
    }
}

/// Messages of the open diagnosis.
#[derive(Debug, Clone)]
pub enum Message {
    Tab(Tab),
    Questionnaire(questionnaire::Message),
    Dashboard(dashboard::Message),
    Plan(plan::Message),
    Profile(profile::Message),
    Compare(compare::Message),
    Report(report::Message),
    /// The file written (or, one per department, the folder; `None`: held back, unwritten,
    /// for the characters the font lacks), how many files, and those characters.
    ReportDone(Result<(Option<String>, usize, Vec<char>), String>),
}

/// What the workspace asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Show this (translated) error.
    Error(String),
    /// Show a native file dialog; the chosen path goes back to the report screen.
    Browse(Pick),
}

/// What an update may use: the store, whether it may write, the language, the folders.
#[derive(Clone, Copy)]
pub struct Deps<'a> {
    pub store: Option<&'a Store>,
    pub writable: bool,
    pub locale: Locale,
    pub paths: &'a Paths,
}

impl Deps<'_> {
    /// The store, when saving is possible.
    fn writer(&self) -> Option<&Store> {
        self.store.filter(|_| self.writable)
    }
}

pub struct Workspace {
    pub record: AssessmentRecord,
    pub catalog: Catalog,
    /// The answers of the visit a follow-up started from.
    pub previous: Option<(AssessmentRecord, Catalog)>,
    pub tab: Tab,
    pub questionnaire: questionnaire::Questionnaire,
    pub dashboard: dashboard::Dashboard,
    pub plan: plan::Plan,
    pub profile: profile::ProfileForm,
    pub dash_data: DashboardData,
    pub plan_data: PlanData,
    pub compare: CompareData,
    pub report: report::ReportScreen,
    pub as_of: NaiveDate,
    /// Scores, gates and plan of the record (recomputed after every change).
    pub evaluation: Evaluation,
    /// Whether the last save failed (the header must not say "saved").
    pub save_failed: bool,
}

/// Today's date, the default as-of date.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

impl Workspace {
    pub fn new(
        record: AssessmentRecord,
        catalog: Catalog,
        previous: Option<(AssessmentRecord, Catalog)>,
        resume: Option<&str>,
        tab: Tab,
        locale: Locale,
        export_dir: &std::path::Path,
    ) -> Self {
        let report = report::ReportScreen::new(
            locale,
            &record.organization.name,
            export_dir,
            record.meta.previous_id.is_some(),
            (
                &record.meta.assessor,
                &record.meta.assessor_organization,
                &record.meta.conclusion,
            ),
        );
        let same_catalog = |p: &(AssessmentRecord, Catalog)| p.1.id == catalog.id;
        let organisation = record.profile.organisation();
        let data = questionnaire::Data {
            catalog: &catalog,
            triage: &record.profile.triage,
            answers: &record.answers,
            previous: previous
                .as_ref()
                .filter(|p| same_catalog(p))
                .map(|p| &p.0.answers),
            organisation: &organisation,
            writable: true,
            locale,
        };
        let questionnaire = questionnaire::Questionnaire::new(data, resume);
        let profile = profile::ProfileForm::new(&record.profile, &record.facts);
        let as_of = today();
        let evaluation = record.evaluate(&catalog, as_of);
        let mut ws = Workspace {
            record,
            catalog,
            previous,
            tab,
            questionnaire,
            dashboard: dashboard::Dashboard::default(),
            plan: plan::Plan::default(),
            profile,
            dash_data: DashboardData::default(),
            plan_data: PlanData::default(),
            compare: CompareData::default(),
            evaluation,
            report,
            as_of,
            save_failed: false,
        };
        ws.refresh(locale);
        ws.plan = plan::Plan::new(&ws.plan_data);
        ws
    }

    /// The previous visit's answers when it used the same catalogue (shown beside each item).
    fn previous_answers(&self) -> Option<&Answers> {
        self.previous
            .as_ref()
            .filter(|p| p.1.id == self.catalog.id)
            .map(|p| &p.0.answers)
    }

    pub fn questionnaire_data(&self, locale: Locale, writable: bool) -> questionnaire::Data<'_> {
        questionnaire::Data {
            catalog: &self.catalog,
            triage: &self.record.profile.triage,
            answers: &self.record.answers,
            previous: self.previous_answers(),
            organisation: &self.evaluation.organisation,
            writable,
            locale,
        }
    }

    /// The phase settings the plan uses (saved, or the defaults from the as-of date).
    pub fn phase_settings(&self) -> PhaseSettings {
        self.evaluation.settings.clone()
    }

    /// Whether typed text is waiting to be saved.
    pub fn saving(&self) -> bool {
        self.questionnaire.has_unsaved_text()
    }

    /// Saves typed but unsaved text (before leaving a screen or the app).
    pub fn flush(&mut self, deps: Deps<'_>) -> Option<Event> {
        if self.saving() {
            let (_, event) =
                self.update(Message::Questionnaire(questionnaire::Message::Flush), deps);
            return event;
        }
        None
    }

    pub fn update(&mut self, message: Message, deps: Deps<'_>) -> (Task<Message>, Option<Event>) {
        let l = deps.locale;
        match message {
            Message::Tab(tab) => {
                let event = self.flush(deps);
                self.tab = tab;
                if tab == Tab::Compare {
                    self.compare_candidates(deps);
                }
                if tab == Tab::Questionnaire {
                    let data = self.questionnaire_data(l, deps.writable);
                    return (
                        self.questionnaire.reveal(data).map(Message::Questionnaire),
                        event,
                    );
                }
                let top = iced::widget::operation::snap_to(
                    crate::ui::screen::page_id(),
                    iced::widget::operation::RelativeOffset::START,
                );
                (top, event)
            }
            Message::Questionnaire(m) => self.on_questionnaire(m, deps),
            Message::Dashboard(m) => match self.dashboard.update(m) {
                Some(dashboard::Event::OpenItem(id)) => {
                    self.tab = Tab::Questionnaire;
                    self.on_questionnaire(questionnaire::Message::Select(id), deps)
                }
                Some(dashboard::Event::UpgradeCatalog) => (Task::none(), self.move_catalog(deps)),
                None => (Task::none(), None),
            },
            Message::Plan(m) => {
                // A new own action is typed straight away.
                let focus = if matches!(m, plan::Message::AddAction) {
                    iced::widget::operation::focus(plan::ACTION_TEXT_ID)
                } else {
                    Task::none()
                };
                (focus, self.on_plan(m, deps))
            }
            Message::Profile(m) => {
                // A new person is named straight away.
                let focus = if matches!(
                    m,
                    profile::Message::Org(crate::ui::screen::organisation::Message::AddPerson)
                ) {
                    let n = self.record.profile.organisation().people.len();
                    iced::widget::operation::focus(crate::ui::screen::organisation::person_name_id(
                        n,
                    ))
                } else {
                    Task::none()
                };
                (focus, self.on_profile(m, deps))
            }
            Message::Compare(m) => {
                let compare::Event::CompareWith(other) = compare::update(m);
                (Task::none(), self.compare_with(other, deps))
            }
            Message::Report(m) => self.on_report(m, deps),
            Message::ReportDone(result) => {
                self.report.busy = false;
                match result {
                    Ok((path, written, missing)) => {
                        self.report.held = path.is_none();
                        self.report.done = path;
                        self.report.written = written;
                        self.report.missing = missing;
                        (Task::none(), None)
                    }
                    Err(e) => (Task::none(), Some(Event::Error(e))),
                }
            }
        }
    }

    /// Recomputes after a language switch.
    pub fn relocalize(&mut self, l: Locale, deps: Deps<'_>) {
        self.refresh(l);
        if let Some(other) = self.compare.selected {
            let _ = self.compare_with(other, deps);
        }
    }

    fn on_questionnaire(
        &mut self,
        m: questionnaire::Message,
        deps: Deps<'_>,
    ) -> (Task<Message>, Option<Event>) {
        let l = deps.locale;
        let id = self.record.meta.id;
        let data = questionnaire::Data {
            catalog: &self.catalog,
            triage: &self.record.profile.triage,
            answers: &self.record.answers,
            previous: self
                .previous
                .as_ref()
                .filter(|p| p.1.id == self.catalog.id)
                .map(|p| &p.0.answers),
            organisation: &self.evaluation.organisation,
            writable: deps.writable,
            locale: l,
        };
        let (events, task) = self.questionnaire.update(m, data);
        let mut task = task.map(Message::Questionnaire);
        let mut changed = false;
        let mut reload = false;
        let mut error = None;
        for e in events {
            match e {
                questionnaire::Event::Save { item, answer } => {
                    let Some(store) = deps.writer() else {
                        error = Some(crate::i18n::tr(l, "app-read-only-no-save"));
                        self.save_failed = true;
                        continue;
                    };
                    match store.save_answer(id, &item, &answer) {
                        Ok(_) => {
                            self.record.answers.insert(item, answer);
                            self.save_failed = false;
                            changed = true;
                        }
                        Err(e) => {
                            self.save_failed = true;
                            error = Some(error_text(l, &e));
                        }
                    }
                }
                questionnaire::Event::SaveMany(answers) => {
                    let Some(store) = deps.writer() else {
                        error = Some(crate::i18n::tr(l, "app-read-only-no-save"));
                        continue;
                    };
                    match store.save_answers(id, &answers) {
                        Ok(_) => {
                            reload |= answers.contains_key(&self.questionnaire.current);
                            self.record.answers.extend(answers);
                            changed = true;
                        }
                        Err(e) => error = Some(error_text(l, &e)),
                    }
                }
                questionnaire::Event::Moved(item) => {
                    if let Some(store) = deps.writer() {
                        let _ = store.set_setting(&format!("resume-{id}"), &item);
                    }
                    let data = self.questionnaire_data(l, deps.writable);
                    task = task.chain(self.questionnaire.reveal(data).map(Message::Questionnaire));
                }
                questionnaire::Event::NaNeedsReason => {}
            }
        }
        if changed {
            self.refresh(l);
        }
        // A bulk marking (or its undo) changed the item on screen: show what is stored.
        if reload {
            let stored = self
                .record
                .answers
                .get(&self.questionnaire.current)
                .cloned();
            self.questionnaire.reload_drafts(stored.as_ref());
        }
        (task, error.map(Event::Error))
    }

    /// Saves an edited action: an own action whole, a generated one as its override (fields
    /// not touched keep what was stored).
    fn save_action(&mut self, store: &Store, edit: plan::ActionEdit) -> crate::store::Result<()> {
        use crate::model::plan::{ActionStatus, FreeAction};
        let id = self.record.meta.id;
        let status = ActionStatus::from_key(&edit.status);
        if edit.free {
            let before = self.record.free_actions.iter().find(|f| f.id == edit.key);
            let action = FreeAction {
                id: edit.key.clone(),
                text: edit
                    .text
                    .clone()
                    .or_else(|| before.map(|f| f.text.clone()))
                    .unwrap_or_default(),
                owner: None,
                unit: Some(edit.owner.unit.clone()),
                person: edit.owner.person.clone(),
                phase: FixPhase::from_key(&edit.phase).unwrap_or(FixPhase::Documents),
                due: edit.due,
                status: status.unwrap_or_default(),
                notes: edit.notes.clone(),
                priority: edit
                    .priority
                    .or_else(|| before.map(|f| f.priority))
                    .unwrap_or(3),
            };
            store.save_free_action(id, &action)?;
            match self
                .record
                .free_actions
                .iter_mut()
                .find(|f| f.id == edit.key)
            {
                Some(f) => *f = action,
                None => self.record.free_actions.push(action),
            }
            return Ok(());
        }
        let mut o = self
            .record
            .overrides
            .get(&edit.key)
            .cloned()
            .unwrap_or_default();
        o.owner = None;
        o.unit = Some(edit.owner.unit);
        o.person = edit.owner.person;
        if edit.text.is_some() {
            o.text = edit.text;
        }
        if edit.priority.is_some() {
            o.priority = edit.priority;
        }
        o.due = edit.due;
        o.status = status;
        o.notes = Some(edit.notes);
        store.save_override(id, &edit.key, &o)?;
        self.record.overrides.insert(edit.key, o);
        Ok(())
    }

    fn on_plan(&mut self, m: plan::Message, deps: Deps<'_>) -> Option<Event> {
        let l = deps.locale;
        let event = self.plan.update(m, &self.plan_data, l)?;
        let Some(store) = deps.writer() else {
            return Some(Event::Error(crate::i18n::tr(l, "app-read-only-no-save")));
        };
        let id = self.record.meta.id;
        let result = match event {
            plan::Event::SaveAction(edit) => self.save_action(store, edit),
            plan::Event::DeleteAction(key) => store.delete_free_action(id, &key).map(|()| {
                self.record.free_actions.retain(|f| f.id != key);
            }),
            plan::Event::Schedule { start, weeks } => {
                let mut s = self.phase_settings();
                s.start = start;
                for (k, w) in weeks {
                    if let Some(p) = crate::model::plan::PhaseId::from_key(&k) {
                        s.durations.insert(p, w);
                    }
                }
                store
                    .save_phases(id, &s)
                    .map(|()| self.record.phases = Some(s))
            }
        };
        match result {
            Ok(()) => {
                self.refresh(l);
                None
            }
            Err(e) => Some(Event::Error(error_text(l, &e))),
        }
    }

    fn on_profile(&mut self, m: profile::Message, deps: Deps<'_>) -> Option<Event> {
        let l = deps.locale;
        let event = self
            .profile
            .update(m, &self.record.profile, &self.record.facts, l)?;
        let Some(store) = deps.writer() else {
            return Some(Event::Error(crate::i18n::tr(l, "app-read-only-no-save")));
        };
        let id = self.record.meta.id;
        let result = match event {
            profile::Event::SaveProfile(p) => {
                store.save_profile(id, &p).map(|()| self.record.profile = p)
            }
            profile::Event::SaveFacts(f) => {
                store.save_facts(id, &f).map(|()| self.record.facts = f)
            }
        };
        match result {
            Ok(()) => {
                self.refresh(l);
                None
            }
            Err(e) => Some(Event::Error(error_text(l, &e))),
        }
    }

    /// Compares with another diagnosis of the same client (recomputed on every change).
    fn compare_with(&mut self, other: i64, deps: Deps<'_>) -> Option<Event> {
        let l = deps.locale;
        let store = deps.store?;
        let loaded = store
            .load(other)
            .and_then(|r| store.catalog(&r.meta.catalog_id).map(|c| (r, c.clone())));
        match loaded {
            Ok((before, before_catalog)) => {
                self.compare.selected = Some(other);
                self.compare
                    .fill_from(&before, &before_catalog, &self.record, &self.catalog, l);
                None
            }
            Err(e) => Some(Event::Error(error_text(l, &e))),
        }
    }

    fn compare_candidates(&mut self, deps: Deps<'_>) {
        let Some(store) = deps.store else { return };
        let me = self.record.meta.id;
        self.compare.candidates = store
            .assessments_of(self.record.organization.id)
            .unwrap_or_default()
            .into_iter()
            .filter(|a| a.id != me)
            .map(|a| compare::Candidate {
                id: a.id,
                label: format!("{} ({})", a.title, a.created_at.format("%Y-%m-%d")),
            })
            .collect();
        // A follow-up visit compares with the visit it started from, without asking.
        let previous = self
            .record
            .meta
            .previous_id
            .filter(|_| self.compare.selected.is_none());
        let target = previous
            .filter(|p| self.compare.candidates.iter().any(|c| c.id == *p))
            .or(self.compare.selected);
        if let Some(p) = target {
            let _ = self.compare_with(p, deps);
        }
    }
}
