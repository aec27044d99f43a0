//! Plan: the actions that close the gaps (owner, due date, status, notes — edits survive
//! recomputation), the 贯标 phase timeline as a Gantt chart with an editable start date and
//! phase durations, the target certification date and the documents to write.

use crate::i18n::{Arg, tr, tr_args};
use crate::locale::Locale;
use crate::model::catalog::Department;
use crate::ui::charts::{Gantt, GanttRow};
use crate::ui::style;
use crate::ui::widgets::{Choice, keyed_choices, label};
use chrono::NaiveDate;
use iced::widget::{
    button, canvas, column, container, pick_list, row, scrollable, text, text_input,
};
use iced::{Element, Fill, Length};
use std::collections::BTreeMap;

/// An action as listed.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionView {
    pub key: String,
    pub clause: String,
    pub text: String,
    pub owner: Department,
    pub priority: String,
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
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanData {
    pub start: Option<NaiveDate>,
    pub actions: Vec<ActionView>,
    pub phases: Vec<PhaseView>,
    pub target: Option<NaiveDate>,
    pub documents: Vec<String>,
    pub statuses: Vec<String>,
    pub today: Option<NaiveDate>,
}

/// The editor of the selected action.
#[derive(Debug, Clone, Default)]
struct Editor {
    key: String,
    owner: Option<Department>,
    due: String,
    status: String,
    notes: String,
    error: Option<String>,
}

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
    Owner(Choice<Department>),
    Due(String),
    Status(Choice<String>),
    Notes(String),
    SaveAction,
    CloseEditor,
    Start(String),
    Weeks(String, String),
    ApplySchedule,
}

/// An edit to one action (stored as an override keyed by the action).
#[derive(Debug, Clone, PartialEq)]
pub struct ActionEdit {
    pub key: String,
    pub owner: Department,
    pub due: NaiveDate,
    pub status: String,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    SaveAction(ActionEdit),
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
                self.editor = Some(Editor {
                    key,
                    owner: Some(a.owner),
                    due: a.due.to_string(),
                    status: a.status.clone(),
                    notes: a.notes.clone(),
                    error: None,
                });
            }
            Message::Owner(c) => self.editor.as_mut()?.owner = Some(c.value),
            Message::Due(s) => self.editor.as_mut()?.due = s,
            Message::Status(c) => self.editor.as_mut()?.status = c.value,
            Message::Notes(s) => self.editor.as_mut()?.notes = s,
            Message::CloseEditor => self.editor = None,
            Message::SaveAction => {
                let e = self.editor.as_mut()?;
                let Some(due) = parse_date(&e.due) else {
                    e.error = Some(tr(l, "plan-bad-date"));
                    return None;
                };
                let edit = ActionEdit {
                    key: e.key.clone(),
                    owner: e.owner.unwrap_or(Department::IpOffice),
                    due,
                    status: e.status.clone(),
                    notes: e.notes.trim().to_string(),
                };
                self.editor = None;
                return Some(Event::SaveAction(edit));
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
                .map(|p| GanttRow {
                    label: p.label.clone(),
                    start: p.start,
                    end: p.end,
                    milestone: p.milestone,
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
        for p in data.phases.iter().filter(|p| !p.milestone) {
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
        for a in &data.actions {
            actions = actions.push(
                button(
                    row![
                        text(&a.clause).size(13).width(Length::Fixed(56.0)),
                        text(&a.text).size(13).width(Fill),
                        text(label(l, "department", a.owner.key()))
                            .size(13)
                            .width(Length::Fixed(110.0)),
                        text(&a.priority).size(13).width(Length::Fixed(56.0)),
                        text(a.due.to_string()).size(13).width(Length::Fixed(96.0)),
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
                actions = actions.push(self.editor_view(e, data, l));
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
        .height(Fill)
        .into()
    }

    fn editor_view<'a>(
        &'a self,
        e: &'a Editor,
        data: &'a PlanData,
        l: Locale,
    ) -> Element<'a, Message> {
        let owners = keyed_choices(l, "department", Department::ALL, Department::key);
        let owner = e
            .owner
            .and_then(|o| owners.iter().find(|c| c.value == o).cloned());
        let statuses: Vec<Choice<String>> = data
            .statuses
            .iter()
            .map(|s| Choice {
                value: s.clone(),
                label: label(l, "action-status", s),
            })
            .collect();
        let status = statuses.iter().find(|c| c.value == e.status).cloned();
        let mut col = column![
            row![
                text(tr(l, "plan-col-owner")).size(13),
                pick_list(owners, owner, Message::Owner).text_size(13),
                text(tr(l, "plan-col-due")).size(13),
                text_input("YYYY-MM-DD", &e.due)
                    .on_input(Message::Due)
                    .width(Length::Fixed(120.0))
                    .size(13),
                text(tr(l, "plan-col-status")).size(13),
                pick_list(statuses, status, Message::Status).text_size(13),
            ]
            .spacing(8)
            .align_y(iced::Center),
            text_input(&tr(l, "plan-notes"), &e.notes)
                .on_input(Message::Notes)
                .on_submit(Message::SaveAction)
                .size(13),
            row![
                button(text(tr(l, "plan-save")))
                    .style(button::primary)
                    .on_press(Message::SaveAction),
                button(text(tr(l, "plan-cancel")))
                    .style(button::secondary)
                    .on_press(Message::CloseEditor),
            ]
            .spacing(8),
        ]
        .spacing(8);
        if let Some(err) = &e.error {
            col = col.push(text(err).color(style::DANGER).size(13));
        }
        container(col)
            .padding(12)
            .width(Fill)
            .style(style::card)
            .into()
    }
}
