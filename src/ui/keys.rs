//! App-wide keys: Ctrl+1…6 switch the tabs of an open diagnosis, the questionnaire gets the
//! rest of its keys, and Tab / Shift+Tab move between the fields of every other screen.

use super::screen::questionnaire;
use super::workspace::{self, Tab};
use super::{App, Message, Screen};
use iced::Task;

impl App {
    /// App-wide keys: Ctrl+1…6 switch the tabs of an open diagnosis; on the questionnaire the
    /// rest goes to it; elsewhere Tab / Shift+Tab move between fields.
    pub(super) fn key(&mut self, event: iced::keyboard::Event) -> Task<Message> {
        use iced::keyboard::{Event as K, Key, key::Named};
        let in_questionnaire =
            matches!(&self.screen, Screen::Assessment(ws) if ws.tab == Tab::Questionnaire);
        if !in_questionnaire
            && let K::KeyPressed {
                key: Key::Named(Named::Tab),
                modifiers,
                ..
            } = &event
        {
            return if modifiers.shift() {
                iced::widget::operation::focus_previous()
            } else {
                iced::widget::operation::focus_next()
            };
        }
        let Screen::Assessment(ws) = &self.screen else {
            return Task::none();
        };
        if let K::KeyPressed {
            key: Key::Character(c),
            modifiers,
            ..
        } = &event
            && modifiers.command()
            && let Some(n) = c.chars().next().and_then(|ch| ch.to_digit(10))
            && let Some(tab) = (n as usize).checked_sub(1).and_then(|i| Tab::ALL.get(i))
        {
            return self.workspace(workspace::Message::Tab(*tab));
        }
        if ws.tab == Tab::Questionnaire {
            return self.workspace(workspace::Message::Questionnaire(
                questionnaire::Message::Key(event),
            ));
        }
        Task::none()
    }
}
