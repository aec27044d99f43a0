//! A Settings card for one editable policy data file (regional rewards, cost figures): what
//! is in use (shipped or the user's copy), its entries, and edit / check and save / import /
//! back to the shipped data. The file is checked before it is saved; the app does the saving.

use crate::i18n::tr;
use crate::locale::Locale;
use crate::policies::PolicyKind;
use crate::ui::style;
use iced::widget::{button, column, container, row, text, text_editor, text_input};
use iced::{Element, Fill};

#[derive(Debug)]
pub struct PolicyCard {
    pub kind: PolicyKind,
    lines: Vec<String>,
    user_copy: bool,
    content: text_editor::Content,
    path: String,
    editing: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Edit,
    Action(text_editor::Action),
    Save,
    Path(String),
    Import,
    Reset,
    /// The native file dialog (handled by the app).
    Browse,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Save(String),
    Import(String),
    Reset,
}

/// The card's own words: title, hint, import placeholder.
fn words(kind: PolicyKind) -> [&'static str; 3] {
    match kind {
        PolicyKind::Rewards => [
            "settings-rewards",
            "settings-rewards-hint",
            "settings-rewards-import-placeholder",
        ],
        PolicyKind::Costs => [
            "settings-costs",
            "settings-costs-hint",
            "settings-costs-import-placeholder",
        ],
    }
}

impl PolicyCard {
    pub fn new(kind: PolicyKind) -> Self {
        PolicyCard {
            kind,
            lines: Vec::new(),
            user_copy: false,
            content: text_editor::Content::new(),
            path: String::new(),
            editing: false,
        }
    }

    /// Shows the data in use: one line per entry, its text for editing, where it comes from.
    pub fn set(&mut self, lines: Vec<String>, text: &str, user_copy: bool) {
        self.lines = lines;
        self.user_copy = user_copy;
        self.content = text_editor::Content::with_text(text);
        self.editing = false;
    }

    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    pub fn update(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::Edit => {
                self.editing = !self.editing;
                None
            }
            Message::Action(a) => {
                self.content.perform(a);
                None
            }
            Message::Save => Some(Event::Save(self.content.text())),
            Message::Path(p) => {
                self.path = p;
                None
            }
            Message::Import => Some(Event::Import(self.path.trim().to_string())),
            Message::Reset => Some(Event::Reset),
            Message::Browse => None,
        }
    }

    pub fn view(&self, l: Locale) -> Element<'_, Message> {
        let [title, hint, placeholder] = words(self.kind);
        let source = tr(
            l,
            if self.user_copy {
                "settings-policy-user"
            } else {
                "settings-policy-bundled"
            },
        );
        let small = |id: &str| text(tr(l, id)).size(13);
        let mut card = column![
            text(tr(l, title)).size(17),
            text(tr(l, hint)).size(13).style(style::muted),
            text(source).size(13),
            row![
                button(small("settings-policy-edit"))
                    .style(button::secondary)
                    .on_press(Message::Edit),
                button(small("settings-policy-reset"))
                    .style(button::secondary)
                    .on_press(Message::Reset),
            ]
            .spacing(8),
        ]
        .spacing(6);
        if self.editing {
            card = card
                .push(
                    text_editor(&self.content)
                        .on_action(Message::Action)
                        .height(280)
                        .size(12),
                )
                .push(
                    button(small("settings-policy-save"))
                        .style(button::primary)
                        .on_press(Message::Save),
                );
        }
        card = card.push(
            row![
                text_input(&tr(l, placeholder), &self.path)
                    .on_input(Message::Path)
                    .on_submit(Message::Import)
                    .padding(6),
                button(small("app-browse"))
                    .style(button::secondary)
                    .on_press(Message::Browse),
                button(small("settings-policy-import"))
                    .style(button::secondary)
                    .on_press(Message::Import),
            ]
            .spacing(8),
        );
        // The entries come last; dozens of them get a box of their own height, so the
        // buttons stay in reach.
        let entries = iced::widget::column(
            self.lines
                .iter()
                .map(|r| text(format!("• {r}")).size(13).into()),
        )
        .spacing(2);
        if self.lines.len() > 8 {
            card = card.push(iced::widget::scrollable(entries).height(220));
        } else {
            card = card.push(entries);
        }
        container(card)
            .padding(16)
            .width(Fill)
            .style(style::card)
            .into()
    }
}
