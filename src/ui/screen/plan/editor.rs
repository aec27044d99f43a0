//! The editor of one action: text, priority, owner (a department or person of the client),
//! phase (own actions), due date, status and note; checked before it is handed on.

use super::{ActionView, Message, Owner, PlanData};
use crate::i18n::tr;
use crate::locale::Locale;
use crate::ui::style;
use crate::ui::widgets::{Choice, label};
use chrono::NaiveDate;
use iced::widget::{button, column, container, pick_list, row, text, text_editor, text_input};
use iced::{Element, Fill, Length};

/// What the editor holds while the user types.
#[derive(Debug, Default)]
pub(super) struct Editor {
    pub key: String,
    /// An action the user added (its phase can change; it can be deleted).
    pub free: bool,
    /// Not saved yet.
    pub new: bool,
    /// The action's wording: long texts wrap and may keep several lines.
    pub text: text_editor::Content,
    pub priority: String,
    pub owner: Option<Owner>,
    pub phase: String,
    pub due: String,
    pub status: String,
    pub notes: String,
    pub error: Option<String>,
}

/// A checked edit to one action.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionEdit {
    pub key: String,
    pub free: bool,
    /// The text, when it differs from the one shown before the edit.
    pub text: Option<String>,
    /// The priority, when it differs from the one shown before the edit.
    pub priority: Option<u8>,
    pub owner: Owner,
    /// Fix phase key (own actions).
    pub phase: String,
    /// `None`: an own action due at the end of its phase.
    pub due: Option<NaiveDate>,
    pub status: String,
    pub notes: String,
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

impl Editor {
    pub fn of(a: &ActionView) -> Self {
        Editor {
            key: a.key.clone(),
            free: a.free,
            new: false,
            text: text_editor::Content::with_text(&a.text),
            priority: a.priority.to_string(),
            owner: Some(a.owner.clone()),
            phase: a.phase.clone(),
            due: a.due.to_string(),
            status: a.status.clone(),
            notes: a.notes.clone(),
            error: None,
        }
    }

    /// A new action of the user's own, owned by the first department.
    pub fn new_action(data: &PlanData) -> Self {
        let key = (1..=data.actions.len() + 1)
            .map(|n| format!("own-{n}"))
            .find(|k| data.actions.iter().all(|a| a.key != *k))
            .unwrap_or_default();
        Editor {
            key,
            free: true,
            new: true,
            priority: "3".into(),
            owner: data.owners.first().map(|c| c.value.clone()),
            phase: if data.new_action_phase.is_empty() {
                "documents".into()
            } else {
                data.new_action_phase.clone()
            },
            status: "open".into(),
            ..Editor::default()
        }
    }

    /// The checked edit, or the message that says what to put right.
    pub fn checked(&self, data: &PlanData, l: Locale) -> Result<ActionEdit, String> {
        let typed = self.text.text();
        let text = typed.trim();
        if text.is_empty() {
            return Err(tr(l, "plan-text-required"));
        }
        let priority = self
            .priority
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|p| (1..=9).contains(p))
            .ok_or_else(|| tr(l, "plan-bad-priority"))?;
        let due = if self.free && self.due.trim().is_empty() {
            None
        } else {
            Some(parse_date(&self.due).ok_or_else(|| tr(l, "plan-bad-date"))?)
        };
        let owner = self
            .owner
            .clone()
            .ok_or_else(|| tr(l, "plan-owner-required"))?;
        let before = data.actions.iter().find(|a| a.key == self.key);
        Ok(ActionEdit {
            key: self.key.clone(),
            free: self.free,
            text: (before.is_none_or(|a| a.text != text)).then(|| text.to_owned()),
            priority: (before.is_none_or(|a| a.priority != priority)).then_some(priority),
            owner,
            phase: self.phase.clone(),
            due,
            status: self.status.clone(),
            notes: self.notes.trim().to_owned(),
        })
    }

    pub fn view<'a>(&'a self, data: &'a PlanData, l: Locale) -> Element<'a, Message> {
        let owner = self
            .owner
            .as_ref()
            .and_then(|o| data.owners.iter().find(|c| c.value == *o).cloned());
        let statuses: Vec<Choice<String>> = data
            .statuses
            .iter()
            .map(|s| Choice {
                value: s.clone(),
                label: label(l, "action-status", s),
            })
            .collect();
        let status = statuses.iter().find(|c| c.value == self.status).cloned();
        let priorities: Vec<Choice<String>> = (1..=9u8)
            .rev()
            .map(|p| Choice {
                value: p.to_string(),
                label: crate::i18n::tr_args(
                    l,
                    "plan-priority-choice",
                    &[
                        ("priority", u32::from(p).into()),
                        (
                            "level",
                            label(
                                l,
                                "priority",
                                crate::model::plan::PriorityLevel::of(p).key(),
                            )
                            .into(),
                        ),
                    ],
                ),
            })
            .collect();
        let priority = priorities
            .iter()
            .find(|c| c.value == self.priority.trim())
            .cloned();
        let mut first = row![
            text(tr(l, "plan-col-owner")).size(13),
            pick_list(data.owners.clone(), owner, Message::Owner).text_size(13),
            text(tr(l, "plan-col-priority")).size(13),
            pick_list(priorities, priority, |c| Message::Priority(c.value)).text_size(13),
        ]
        .spacing(8)
        .align_y(iced::Center);
        if self.free {
            let phase = data
                .fix_phases
                .iter()
                .find(|c| c.value == self.phase)
                .cloned();
            first = first.push(text(tr(l, "plan-col-phase")).size(13)).push(
                pick_list(data.fix_phases.clone(), phase, |c| Message::Phase(c.value))
                    .text_size(13),
            );
        }
        let second = row![
            text(tr(l, "plan-col-due")).size(13),
            text_input(
                &if self.free {
                    tr(l, "plan-due-free-placeholder")
                } else {
                    "YYYY-MM-DD".to_owned()
                },
                &self.due
            )
            .on_input(Message::Due)
            // Wide enough for the own action's hint ("empty: end of phase") in both languages.
            .width(Length::Fixed(if self.free { 260.0 } else { 150.0 }))
            .size(13),
            text(tr(l, "plan-col-status")).size(13),
            pick_list(statuses, status, Message::Status).text_size(13),
        ]
        .spacing(8)
        .align_y(iced::Center);
        let mut buttons = row![
            button(text(tr(l, "plan-save")))
                .style(button::primary)
                .on_press(Message::SaveAction),
            button(text(tr(l, "plan-cancel")))
                .style(button::secondary)
                .on_press(Message::CloseEditor),
        ]
        .spacing(8);
        if self.free && !self.new {
            buttons = buttons.push(iced::widget::space::horizontal()).push(
                button(text(tr(l, "plan-delete")))
                    .style(button::danger)
                    .on_press(Message::DeleteAction),
            );
        }
        let mut col = column![
            text_editor(&self.text)
                .id(super::ACTION_TEXT_ID)
                .placeholder(tr(l, "plan-col-action"))
                .on_action(Message::TextEdit)
                .wrapping(iced::widget::text::Wrapping::WordOrGlyph)
                .height(Length::Shrink)
                .size(13),
            first.wrap(),
            second.wrap(),
            text_input(&tr(l, "plan-notes"), &self.notes)
                .on_input(Message::Notes)
                .on_submit(Message::SaveAction)
                .size(13),
            buttons,
        ]
        .spacing(8);
        // A due date after the planned application is allowed, but said.
        if let (Some(due), Some(application)) = (parse_date(&self.due), data.application)
            && due > application
        {
            col = col.push(
                text(crate::i18n::tr_args(
                    l,
                    "plan-due-late",
                    &[("date", application.to_string().into())],
                ))
                .color(style::DANGER)
                .size(13),
            );
        }
        if let Some(err) = &self.error {
            col = col.push(text(err).color(style::DANGER).size(13));
        }
        container(col)
            .padding(12)
            .width(Fill)
            .style(style::card)
            .into()
    }
}
