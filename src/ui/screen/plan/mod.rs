//! Plan: the actions that close the gaps (text, priority, owner, due date, status, notes —
//! edits survive recomputation; the user's own actions can be added and deleted), the 贯标
//! phase timeline as a Gantt chart with the actions' due dates under their phase, an editable
//! start date and phase durations, the target certification date and the documents to write.

mod editor;

use crate::i18n::{Arg, tr, tr_args};
use crate::locale::Locale;
use crate::ui::charts::{Gantt, GanttRow};
use crate::ui::style;
use crate::ui::widgets::{Choice, label};
use chrono::NaiveDate;
use iced::widget::{button, canvas, column, container, row, scrollable, text, text_input};
use iced::{Element, Fill, Length};
use std::collections::BTreeMap;

pub use editor::ActionEdit;
use editor::Editor;

/// Who owns an action: a department of the client, and a person when one is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    pub unit: String,
    pub person: Option<String>,
}

/// An action as listed.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionView {
    pub key: String,
    /// One of the user's own actions.
    pub free: bool,
    pub clause: String,
    pub text: String,
    pub owner: Owner,
    pub owner_label: String,
    /// 1–9.
    pub priority: u8,
    pub priority_label: String,
    /// Fix phase key.
    pub phase: String,
    pub due: NaiveDate,
    pub status: String,
    pub notes: String,
}

/// A phase as drawn and edited.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseView {
    pub id: String,
    pub label: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub weeks: u32,
    pub milestone: bool,
    /// Already done (from the profile's facts).
    pub done: bool,
    /// Done before operation started, on dates nobody recorded: not drawn on the time axis.
    pub undated: bool,
    /// Due dates of the open actions in this phase.
    pub due_dates: Vec<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanData {
    pub start: Option<NaiveDate>,
    pub actions: Vec<ActionView>,
    pub phases: Vec<PhaseView>,
    pub target: Option<NaiveDate>,
    /// The planned application date: every action is due before it.
    pub application: Option<NaiveDate>,
    pub documents: Vec<String>,
    pub statuses: Vec<String>,
    pub today: Option<NaiveDate>,
    /// Departments and people of the client an action can be given to.
    pub owners: Vec<Choice<Owner>>,
    /// Fix phases an own action can be placed in (key, label).
    pub fix_phases: Vec<Choice<String>>,
    /// Where a new own action starts: the first fix phase not done yet.
    pub new_action_phase: String,
}

impl PlanData {
    /// An open action due after the planned application date (it must be closed before).
    pub fn is_late(&self, a: &ActionView) -> bool {
        let finished = a.status == "done" || a.status == "closed";
        !finished && self.application.is_some_and(|d| a.due > d)
    }

    /// How many open actions are due after the planned application date.
    pub fn late_actions(&self) -> usize {
        self.actions.iter().filter(|a| self.is_late(a)).count()
    }
}

/// The action text field of the editor (focused when an own action is added).
pub const ACTION_TEXT_ID: &str = "plan_action_text";

#[derive(Debug, Default)]
pub struct Plan {
    editor: Option<Editor>,
    start: String,
    weeks: BTreeMap<String, String>,
    error: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Select(String),
    AddAction,
    /// Replaces the action's whole text.
    Text(String),
    /// An edit in the action's text field.
    TextEdit(iced::widget::text_editor::Action),
    Priority(String),
    Owner(Choice<Owner>),
    Phase(String),
    Due(String),
    Status(Choice<String>),
    Notes(String),
    SaveAction,
    DeleteAction,
    CloseEditor,
    Start(String),
    Weeks(String, String),
    ApplySchedule,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    SaveAction(ActionEdit),
    /// Delete one of the user's own actions.
    DeleteAction(String),
    Schedule {
        start: NaiveDate,
        weeks: BTreeMap<String, u32>,
    },
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

impl Plan {
    pub fn new(data: &PlanData) -> Self {
        Plan {
            editor: None,
            start: data.start.map(|d| d.to_string()).unwrap_or_default(),
            weeks: data
                .phases
                .iter()
                .filter(|p| !p.milestone)
                .map(|p| (p.id.clone(), p.weeks.to_string()))
                .collect(),
            error: None,
        }
    }

    pub fn update(&mut self, message: Message, data: &PlanData, l: Locale) -> Option<Event> {
        match message {
            Message::Select(key) => {
                let a = data.actions.iter().find(|a| a.key == key)?;
                self.editor = Some(Editor::of(a));
            }
            Message::AddAction => self.editor = Some(Editor::new_action(data)),
            Message::Text(s) => {
                self.editor.as_mut()?.text = iced::widget::text_editor::Content::with_text(&s);
            }
            Message::TextEdit(a) => self.editor.as_mut()?.text.perform(a),
            Message::Priority(s) => self.editor.as_mut()?.priority = s,
            Message::Phase(s) => self.editor.as_mut()?.phase = s,
            Message::Owner(c) => self.editor.as_mut()?.owner = Some(c.value),
            Message::Due(s) => self.editor.as_mut()?.due = s,
            Message::Status(c) => self.editor.as_mut()?.status = c.value,
            Message::Notes(s) => self.editor.as_mut()?.notes = s,
            Message::CloseEditor => self.editor = None,
            Message::SaveAction => {
                let e = self.editor.as_mut()?;
                match e.checked(data, l) {
                    Ok(edit) => {
                        self.editor = None;
                        return Some(Event::SaveAction(edit));
                    }
                    Err(message) => e.error = Some(message),
                }
            }
            Message::DeleteAction => {
                let e = self.editor.take()?;
                return e.free.then_some(Event::DeleteAction(e.key));
            }
            Message::Start(s) => self.start = s,
            Message::Weeks(id, s) => {
                self.weeks.insert(id, s);
            }
            Message::ApplySchedule => {
                let Some(start) = parse_date(&self.start) else {
                    self.error = Some(tr(l, "plan-bad-date"));
                    return None;
                };
                let mut weeks = BTreeMap::new();
                for (id, w) in &self.weeks {
                    // Each phase has its own range (operation: at least 13 weeks).
                    let min = crate::model::plan::PhaseId::from_key(id)
                        .map_or(1, crate::model::plan::PhaseId::min_weeks);
                    let max = crate::model::plan::MAX_WEEKS;
                    match w.trim().parse::<u32>() {
                        Ok(n) if (min..=max).contains(&n) => {
                            weeks.insert(id.clone(), n);
                        }
                        _ => {
                            self.error = Some(tr_args(
                                l,
                                "plan-bad-weeks",
                                &[
                                    ("phase", Arg::from(label(l, "phase", id))),
                                    ("min", Arg::from(min)),
                                    ("max", Arg::from(max)),
                                ],
                            ));
                            return None;
                        }
                    }
                }
                self.error = None;
                return Some(Event::Schedule { start, weeks });
            }
        }
        None
    }

    pub fn view<'a>(&'a self, data: &'a PlanData, l: Locale) -> Element<'a, Message> {
        let target = data.target.map_or_else(
            || tr(l, "plan-target-unknown"),
            |d| tr_args(l, "plan-target", &[("date", Arg::from(d.to_string()))]),
        );
        let gantt = Gantt {
            rows: data
                .phases
                .iter()
                .filter(|p| !p.undated)
                .map(|p| GanttRow {
                    label: p.label.clone(),
                    start: p.start,
                    end: p.end,
                    milestone: p.milestone,
                    done: p.done,
                    marks: p.due_dates.clone(),
                })
                .collect(),
            today: data.today,
        };
        let mut schedule = row![
            text(tr(l, "plan-start")).size(14),
            text_input("YYYY-MM-DD", &self.start)
                .on_input(Message::Start)
                .width(Length::Fixed(120.0))
                .size(14),
        ]
        .spacing(8)
        .align_y(iced::Center);
        for p in data.phases.iter().filter(|p| !p.milestone && !p.undated) {
            let w = self.weeks.get(&p.id).map_or("", String::as_str);
            schedule = schedule.push(
                row![
                    text(&p.label).size(13),
                    text_input("", w)
                        .on_input(move |s| Message::Weeks(p.id.clone(), s))
                        .width(Length::Fixed(44.0))
                        .size(13),
                    text(tr(l, "plan-weeks")).size(13),
                ]
                .spacing(4)
                .align_y(iced::Center),
            );
        }
        schedule = schedule.push(
            button(text(tr(l, "plan-apply")))
                .style(button::primary)
                .on_press(Message::ApplySchedule),
        );
        let mut timeline = column![
            text(tr(l, "plan-timeline")).size(16),
            text(target).size(15),
            schedule.wrap()
        ]
        .spacing(10);
        if let Some(e) = &self.error {
            timeline = timeline.push(text(e).color(style::DANGER).size(14));
        }
        timeline = timeline.push(
            canvas(gantt.clone())
                .width(Fill)
                .height(Length::Fixed(gantt.height())),
        );

        let header = row![
            text(tr(l, "plan-col-clause"))
                .size(13)
                .width(Length::Fixed(56.0)),
            text(tr(l, "plan-col-action")).size(13).width(Fill),
            text(tr(l, "plan-col-owner"))
                .size(13)
                .width(Length::Fixed(110.0)),
            text(tr(l, "plan-col-priority"))
                .size(13)
                .width(Length::Fixed(56.0)),
            text(tr(l, "plan-col-due"))
                .size(13)
                .width(Length::Fixed(96.0)),
            text(tr(l, "plan-col-status"))
                .size(13)
                .width(Length::Fixed(80.0)),
        ]
        .spacing(8);
        let mut actions = column![
            text(tr_args(
                l,
                "plan-actions",
                &[("count", Arg::from(data.actions.len()))]
            ))
            .size(16),
            header
        ]
        .spacing(4);
        let late = data.late_actions();
        if late > 0
            && let Some(d) = data.application
        {
            actions = actions.push(
                text(tr_args(
                    l,
                    "plan-due-after-application",
                    &[
                        ("count", Arg::from(late)),
                        ("date", Arg::from(d.to_string())),
                    ],
                ))
                .size(13)
                .color(style::DANGER),
            );
        }
        for a in &data.actions {
            let due = text(a.due.to_string()).size(13).width(Length::Fixed(96.0));
            let due = if data.is_late(a) {
                due.color(style::DANGER)
            } else {
                due
            };
            actions = actions.push(
                button(
                    row![
                        text(&a.clause).size(13).width(Length::Fixed(56.0)),
                        text(&a.text).size(13).width(Fill),
                        text(&a.owner_label).size(13).width(Length::Fixed(110.0)),
                        text(&a.priority_label).size(13).width(Length::Fixed(56.0)),
                        due,
                        text(label(l, "action-status", &a.status))
                            .size(13)
                            .width(Length::Fixed(80.0)),
                    ]
                    .spacing(8),
                )
                .style(button::text)
                .width(Fill)
                .on_press(Message::Select(a.key.clone())),
            );
            if let Some(e) = self.editor.as_ref().filter(|e| e.key == a.key) {
                actions = actions.push(e.view(data, l));
            }
        }
        match self.editor.as_ref().filter(|e| e.new) {
            Some(e) => actions = actions.push(e.view(data, l)),
            None => {
                actions = actions.push(
                    button(text(tr(l, "plan-add-action")).size(13))
                        .padding([4, 10])
                        .style(button::secondary)
                        .on_press(Message::AddAction),
                );
            }
        }
        let mut docs = column![text(tr(l, "plan-documents")).size(16)].spacing(4);
        for d in &data.documents {
            docs = docs.push(text(format!("• {d}")).size(14));
        }
        if data.documents.is_empty() {
            docs = docs.push(
                text(tr(l, "plan-no-documents"))
                    .size(14)
                    .style(style::muted),
            );
        }
        scrollable(
            column![
                container(timeline)
                    .padding(16)
                    .width(Fill)
                    .style(style::card),
                container(actions)
                    .padding(16)
                    .width(Fill)
                    .style(style::card),
                container(docs).padding(16).width(Fill).style(style::card),
            ]
            .spacing(12)
            .padding(20),
        )
        .id(crate::ui::screen::page_id())
        .height(Fill)
        .into()
    }
}
