//! Questionnaire: the clause tree with progress beside one item at a time — question,
//! guidance, typical evidence, verdict buttons (√ △ ○ × N/A), a multi-line note, evidence seen,
//! method, department.
//!
//! Keys: 1–4 verdicts, N not applicable (type the reason, Enter confirms), Space confirms a
//! suggested verdict, Enter or → next, ← previous, Ctrl+→ next unanswered, Tab / Shift+Tab
//! between fields, Ctrl+Enter leaves the note, Ctrl+F find. Typed text is saved once typing
//! pauses (a timer, not a task per keystroke) and whenever the item or screen is left.

mod bulk;
mod help;
mod support;
mod view;
pub use view::interviewed_choices;

pub use bulk::Scope;
use support::first_unanswered;
pub use support::{Show, delay};

use crate::model::assessment::{Answer, Answers, Triage, Verdict, effective_verdict};
use crate::model::catalog::{Catalog, Item, Method, clause_within};
use crate::model::org::Organisation;
use crate::ui::widgets::Choice;
use iced::keyboard::{self, Key, key::Named};
use iced::widget::{Id, operation, text_editor};
use iced::{Task, time::Duration};
use std::time::Instant;

const FIND_ID: &str = "questionnaire-find";
const NOTE_ID: &str = "questionnaire-note";
const NA_ID: &str = "questionnaire-na-reason";
const EVIDENCE_ID: &str = "questionnaire-evidence";
const SIDEBAR_ID: &str = "questionnaire-sidebar";
/// Focusing an id no widget has leaves every field.
const NOWHERE_ID: &str = "questionnaire-nowhere";

/// How long typing must pause before the text is saved.
pub const SAVE_PAUSE: Duration = Duration::from_millis(500);

/// What the screen reads: the catalogue, triage and current answers of the open assessment,
/// and the answers of the visit a follow-up started from.
#[derive(Clone, Copy)]
pub struct Data<'a> {
    pub catalog: &'a Catalog,
    pub triage: &'a Triage,
    pub answers: &'a Answers,
    pub previous: Option<&'a Answers>,
    /// The client's departments (interview mode lists them).
    pub organisation: &'a Organisation,
    /// Saving is possible (not read-only, not paused after a failed check).
    pub writable: bool,
    pub locale: crate::locale::Locale,
}

/// The answers a "mark the whole clause" replaced, to put back on undo.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    pub clause: String,
    pub before: Answers,
}

#[derive(Debug)]
pub struct Questionnaire {
    /// The item shown.
    pub current: String,
    /// Interview mode: only the items for one of the client's departments (its id).
    pub department: Option<String>,
    pub show: Show,
    pub find: String,
    note: text_editor::Content,
    na_reason: String,
    evidence: String,
    /// Text typed but not yet handed to the app for saving.
    dirty: bool,
    /// N/A was chosen and waits for its reason.
    pub pending_na: bool,
    /// When text was last typed, and whether the pause timer runs.
    edited_at: Option<Instant>,
    timer: bool,
    /// The last "mark the whole clause conform", to undo it.
    pub undo: Option<Undo>,
    /// The field that has the keyboard focus, as far as the screen moved it or typing showed.
    focus: Option<&'static str>,
    /// Plain help first (the enterprise assesses itself), the auditor's text on demand.
    pub plain_first: bool,
    /// The text that is not first is shown too.
    pub other_text: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Select(String),
    Next,
    Previous,
    NextUnanswered,
    Verdict(Verdict),
    /// Enter in a one-line field (the N/A reason, the evidence): confirm and leave it.
    Submit,
    /// Space on an item with a suggested verdict.
    ConfirmSuggestion,
    Note(text_editor::Action),
    /// Ctrl+Enter (or Tab) in the note: save and leave the field.
    NoteDone,
    NaReason(String),
    Evidence(String),
    Method(Choice<Method>),
    /// The client's department interviewed (its id).
    Interviewed(Choice<String>),
    Filter(Choice<Option<String>>),
    Show(Choice<Show>),
    /// Marks every unanswered item of the current item's clause conform.
    MarkClause,
    /// Marks the unanswered items of the clause or chapter × "not in place yet".
    MarkMissing(Scope),
    UndoMark,
    /// Shows or hides the help that is not first (the auditor's text, or the plain words).
    ToggleOtherText,
    Find(String),
    FindSubmit,
    Key(keyboard::Event),
    /// The pause timer ran out.
    PauseElapsed,
    /// Tab (forward) or Shift+Tab (back) between the fields.
    Tab(bool),
    Flush,
}

/// What the screen asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Persist this answer.
    Save { item: String, answer: Answer },
    /// Persist these answers together (one transaction).
    SaveMany(Answers),
    /// The user moved to another item (remembered to resume there).
    Moved(String),
    /// N/A needs a reason first (shown as a hint, nothing is saved).
    NaNeedsReason,
}

impl Questionnaire {
    /// Opens on `resume` if it is an item of the catalogue, else on the first unanswered item.
    pub fn new(data: Data<'_>, resume: Option<&str>) -> Self {
        let start = resume
            .filter(|id| data.catalog.item(id).is_some())
            .map(str::to_string)
            .or_else(|| first_unanswered(data, data.catalog.active_items()))
            .or_else(|| data.catalog.active_items().next().map(|i| i.id.clone()))
            .unwrap_or_default();
        let mut q = Questionnaire {
            current: start,
            department: None,
            show: Show::All,
            find: String::new(),
            note: text_editor::Content::new(),
            na_reason: String::new(),
            evidence: String::new(),
            dirty: false,
            pending_na: false,
            edited_at: None,
            timer: false,
            undo: None,
            focus: None,
            plain_first: false,
            other_text: false,
        };
        q.load_drafts(data);
        q
    }

    /// Shows the stored note, reason and evidence of the item on screen again (after a bulk
    /// marking or its undo changed them); typed text that waits to be saved is kept.
    pub fn reload_drafts(&mut self, stored: Option<&Answer>) {
        if !self.dirty {
            self.drafts_from(stored.cloned().unwrap_or_default());
        }
    }

    fn load_drafts(&mut self, data: Data<'_>) {
        self.drafts_from(data.answers.get(&self.current).cloned().unwrap_or_default());
    }

    fn drafts_from(&mut self, a: Answer) {
        self.note = text_editor::Content::with_text(&a.note);
        self.na_reason = a.na_reason;
        self.evidence = a.evidence_seen.join("; ");
        self.dirty = false;
        self.pending_na = false;
    }

    /// The note as typed.
    pub fn note_text(&self) -> String {
        self.note.text()
    }

    /// Items shown with the current department and verdict filters.
    pub fn visible<'a>(&self, data: Data<'a>) -> Vec<&'a Item> {
        data.catalog
            .active_items()
            .filter(|i| {
                self.department.as_deref().is_none_or(|id| {
                    data.organisation
                        .unit(id)
                        .is_none_or(|u| u.covers_any(&i.departments))
                })
            })
            .filter(|i| {
                self.show
                    .admits(effective_verdict(i, data.triage, data.answers.get(&i.id)))
            })
            .collect()
    }

    fn answer(&self, data: Data<'_>) -> Answer {
        let mut a = data.answers.get(&self.current).cloned().unwrap_or_default();
        a.note = self.note.text().trim_end().to_string();
        a.na_reason = self.na_reason.trim().to_string();
        a.evidence_seen = self
            .evidence
            .split([';', '；', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        a
    }

    fn save(&mut self, data: Data<'_>, answer: Answer) -> Option<Event> {
        self.dirty = false;
        self.edited_at = None;
        (data.answers.get(&self.current) != Some(&answer)).then(|| Event::Save {
            item: self.current.clone(),
            answer,
        })
    }

    /// Whether typed text waits to be saved.
    pub fn has_unsaved_text(&self) -> bool {
        self.dirty
    }

    fn go(&mut self, data: Data<'_>, id: String, events: &mut Vec<Event>) {
        if self.dirty {
            let answer = self.answer(data);
            events.extend(self.save(data, answer));
        }
        self.current = id;
        self.focus = None;
        self.load_drafts(data);
        events.push(Event::Moved(self.current.clone()));
    }

    /// Scrolls the clause tree so that the current item's clause stays in view.
    pub fn reveal(&self, data: Data<'_>) -> Task<Message> {
        let visible = self.visible(data);
        let rows: Vec<&str> = data
            .catalog
            .clauses
            .iter()
            .filter(|c| visible.iter().any(|i| clause_within(&i.clause, &c.number)))
            .map(|c| c.number.as_str())
            .collect();
        let Some(clause) = self.current_clause(data) else {
            return Task::none();
        };
        let Some(index) = rows.iter().rposition(|c| clause_within(clause, c)) else {
            return Task::none();
        };
        let y = if rows.len() > 1 {
            index as f32 / (rows.len() - 1) as f32
        } else {
            0.0
        };
        operation::snap_to(
            Id::new(SIDEBAR_ID),
            iced::widget::scrollable::RelativeOffset { x: 0.0, y },
        )
    }

    fn step(&mut self, data: Data<'_>, delta: isize, events: &mut Vec<Event>) {
        let items = self.visible(data);
        let pos = items.iter().position(|i| i.id == self.current);
        let next = match pos {
            Some(p) => p.checked_add_signed(delta).filter(|&n| n < items.len()),
            None => (!items.is_empty()).then_some(0),
        };
        if let Some(n) = next {
            let id = items[n].id.clone();
            self.go(data, id, events);
        }
    }

    /// The fields Tab moves between, in order (the N/A reason only while it is shown).
    fn fields(&self, data: Data<'_>) -> Vec<&'static str> {
        let na_shown = self.pending_na
            || data
                .answers
                .get(&self.current)
                .is_some_and(|a| a.verdict == Verdict::Na);
        let mut ids = Vec::new();
        if na_shown {
            ids.push(NA_ID);
        }
        ids.extend([NOTE_ID, EVIDENCE_ID, FIND_ID]);
        ids
    }

    /// Moves the focus to the next (or previous) field; from the verdicts (no field), to the
    /// note.
    fn tab(&mut self, data: Data<'_>, forward: bool) -> Task<Message> {
        let ids = self.fields(data);
        let next = match self.focus.and_then(|f| ids.iter().position(|i| *i == f)) {
            None => NOTE_ID,
            Some(p) if forward => ids[(p + 1) % ids.len()],
            Some(p) => ids[(p + ids.len() - 1) % ids.len()],
        };
        self.focus = Some(next);
        operation::focus(Id::new(next))
    }

    /// Leaves every field (the next Enter moves on).
    fn leave_fields(&mut self) -> Task<Message> {
        self.focus = None;
        operation::focus(Id::new(NOWHERE_ID))
    }

    /// Typing happened: mark dirty and make sure the pause timer runs (one at a time).
    fn typed(&mut self) -> Task<Message> {
        self.dirty = true;
        self.edited_at = Some(Instant::now());
        if self.timer {
            return Task::none();
        }
        self.timer = true;
        Task::perform(delay(SAVE_PAUSE), |()| Message::PauseElapsed)
    }

    fn set_verdict(
        &mut self,
        data: Data<'_>,
        v: Verdict,
        events: &mut Vec<Event>,
    ) -> Task<Message> {
        if v == Verdict::Na && self.na_reason.trim().is_empty() {
            // Ask for the reason first; the choice is kept until it is typed.
            self.pending_na = true;
            events.push(Event::NaNeedsReason);
            self.focus = Some(NA_ID);
            return operation::focus(Id::new(NA_ID));
        }
        self.pending_na = false;
        let mut a = self.answer(data);
        a.verdict = v;
        a.suggested = false;
        events.extend(self.save(data, a));
        Task::none()
    }

    pub fn update(&mut self, message: Message, data: Data<'_>) -> (Vec<Event>, Task<Message>) {
        let mut events = Vec::new();
        let mut task = Task::none();
        match message {
            Message::Select(id) => self.go(data, id, &mut events),
            Message::Next => self.step(data, 1, &mut events),
            Message::Previous => self.step(data, -1, &mut events),
            Message::NextUnanswered => {
                let items = self.visible(data);
                let pos = items
                    .iter()
                    .position(|i| i.id == self.current)
                    .map_or(0, |p| p + 1);
                let rotated = items
                    .iter()
                    .copied()
                    .skip(pos)
                    .chain(items.iter().copied().take(pos));
                if let Some(id) = first_unanswered(data, rotated) {
                    self.go(data, id, &mut events);
                }
            }
            Message::Verdict(v) => task = self.set_verdict(data, v, &mut events),
            // Enter in a field (Ctrl+Enter in the note) saves and moves on, as Enter on a
            // verdict does: the next verdict key must not land on the item just annotated.
            Message::Submit => {
                if self.pending_na && !self.na_reason.trim().is_empty() {
                    task = self.set_verdict(data, Verdict::Na, &mut events);
                    task = task.chain(self.leave_fields());
                    self.step(data, 1, &mut events);
                } else if self.pending_na {
                    events.push(Event::NaNeedsReason);
                } else {
                    let a = self.answer(data);
                    events.extend(self.save(data, a));
                    task = self.leave_fields();
                    self.step(data, 1, &mut events);
                }
            }
            Message::ConfirmSuggestion => {
                if let Some(a) = data.answers.get(&self.current).filter(|a| a.suggested) {
                    let mut a = a.clone();
                    a.suggested = false;
                    events.extend(self.save(data, a));
                }
            }
            Message::Note(action) => {
                self.focus = Some(NOTE_ID);
                let edits = action.is_edit();
                self.note.perform(action);
                if edits {
                    task = self.typed();
                }
            }
            Message::NoteDone => {
                if self.dirty {
                    let a = self.answer(data);
                    events.extend(self.save(data, a));
                }
                task = self.leave_fields();
                self.step(data, 1, &mut events);
            }
            Message::NaReason(t) => {
                self.focus = Some(NA_ID);
                self.na_reason = t;
                if !self.pending_na {
                    task = self.typed();
                }
            }
            Message::Evidence(t) => {
                self.focus = Some(EVIDENCE_ID);
                self.evidence = t;
                task = self.typed();
            }
            Message::Method(c) => {
                let mut a = self.answer(data);
                a.method = Some(c.value);
                events.extend(self.save(data, a));
            }
            Message::Interviewed(c) => {
                let mut a = self.answer(data);
                a.department = data
                    .organisation
                    .units
                    .iter()
                    .find(|u| u.id == c.value)
                    .and_then(crate::model::org::Unit::name_function);
                a.unit = Some(c.value);
                events.extend(self.save(data, a));
            }
            Message::Filter(c) => {
                self.department = c.value;
                self.keep_visible(data, &mut events);
            }
            Message::Show(c) => {
                self.show = c.value;
                self.keep_visible(data, &mut events);
            }
            Message::MarkClause => {
                if self.mark(data, Scope::Clause, Verdict::Conform, None, &mut events) {
                    self.load_drafts(data);
                }
            }
            Message::MarkMissing(scope) => {
                let note = crate::i18n::tr(data.locale, "q-not-in-place-note");
                if self.mark(data, scope, Verdict::Major, Some(&note), &mut events) {
                    self.load_drafts(data);
                }
            }
            Message::UndoMark => {
                if let Some(undo) = self.undo.take() {
                    events.push(Event::SaveMany(undo.before));
                }
            }
            Message::ToggleOtherText => self.other_text = !self.other_text,
            Message::Find(t) => {
                self.focus = Some(FIND_ID);
                self.find = t;
            }
            Message::FindSubmit => {
                if let Some(id) = self.find_match(data) {
                    self.go(data, id, &mut events);
                }
            }
            Message::PauseElapsed => {
                self.timer = false;
                match self.edited_at {
                    Some(at) if self.dirty && at.elapsed() < SAVE_PAUSE => {
                        // Typing went on: wait for the rest of the pause.
                        self.timer = true;
                        let rest = SAVE_PAUSE.saturating_sub(at.elapsed());
                        task = Task::perform(delay(rest), |()| Message::PauseElapsed);
                    }
                    _ if self.dirty => {
                        let a = self.answer(data);
                        events.extend(self.save(data, a));
                    }
                    _ => {}
                }
            }
            Message::Flush => {
                if self.dirty {
                    let a = self.answer(data);
                    events.extend(self.save(data, a));
                }
            }
            Message::Key(event) => task = self.key(event, data, &mut events),
            Message::Tab(forward) => task = self.tab(data, forward),
        }
        (events, task)
    }

    /// After a filter change, moves to the first visible item when the current one is hidden.
    fn keep_visible(&mut self, data: Data<'_>, events: &mut Vec<Event>) {
        let visible = self.visible(data);
        if !visible.iter().any(|i| i.id == self.current)
            && let Some(first) = visible.first().map(|i| i.id.clone())
        {
            self.go(data, first, events);
        }
    }

    fn key(
        &mut self,
        event: keyboard::Event,
        data: Data<'_>,
        events: &mut Vec<Event>,
    ) -> Task<Message> {
        let keyboard::Event::KeyPressed { key, modifiers, .. } = event else {
            return Task::none();
        };
        match key.as_ref() {
            Key::Character(c) if modifiers.command() && c.eq_ignore_ascii_case("f") => {
                self.focus = Some(FIND_ID);
                return operation::focus(Id::new(FIND_ID));
            }
            Key::Character(c) if modifiers.command() && c.eq_ignore_ascii_case("z") => {
                let (mut ev, t) = self.update(Message::UndoMark, data);
                events.append(&mut ev);
                return t;
            }
            Key::Named(Named::Tab) => return self.tab(data, !modifiers.shift()),
            Key::Named(Named::Space) => {
                let (mut ev, t) = self.update(Message::ConfirmSuggestion, data);
                events.append(&mut ev);
                return t;
            }
            Key::Named(Named::Escape) if self.pending_na => self.pending_na = false,
            Key::Character(c) if !modifiers.command() && !modifiers.alt() => {
                let pressed = c.chars().next().map(|ch| ch.to_ascii_uppercase());
                if let Some(v) = Verdict::PICKABLE
                    .into_iter()
                    .find(|v| v.hotkey() == pressed)
                {
                    let (mut ev, t) = self.update(Message::Verdict(v), data);
                    events.append(&mut ev);
                    return t;
                }
            }
            Key::Named(Named::ArrowRight) if modifiers.command() => {
                let (mut ev, t) = self.update(Message::NextUnanswered, data);
                events.append(&mut ev);
                return t;
            }
            Key::Named(Named::Enter | Named::ArrowRight) => self.step(data, 1, events),
            Key::Named(Named::ArrowLeft) => self.step(data, -1, events),
            _ => {}
        }
        Task::none()
    }

    /// The first item after the current one whose id, clause or question contains the text.
    fn find_match(&self, data: Data<'_>) -> Option<String> {
        let needle = self.find.trim().to_lowercase();
        if needle.is_empty() {
            return None;
        }
        let items = self.visible(data);
        let start = items
            .iter()
            .position(|i| i.id == self.current)
            .map_or(0, |p| p + 1);
        items
            .iter()
            .cycle()
            .skip(start)
            .take(items.len())
            .find(|i| {
                i.id.to_lowercase().contains(&needle)
                    || i.clause == needle
                    || i.question.zh_cn.contains(self.find.trim())
                    || i.question.en_us.to_lowercase().contains(&needle)
            })
            .map(|i| i.id.clone())
    }
}
