//! The body of the window: the screen shown (Home, Settings or a tab of the open diagnosis).

use super::screen::compare;
use super::workspace::{self, Tab};
use super::{App, Message, Screen};
use iced::Element;

impl App {
    /// The screen's own view, without the top bar and banners.
    pub(super) fn screen_view<'a>(&'a self, screen: &'a Screen) -> Element<'a, Message> {
        let l = self.ctx.locale;
        match screen {
            Screen::Home => self.home_view(),
            Screen::Settings(s) => s.view(&self.ctx).map(Message::Settings),
            Screen::Assessment(ws) => match ws.tab {
                Tab::Questionnaire => ws
                    .questionnaire
                    .view(ws.questionnaire_data(l, self.writable()))
                    .map(|m| Message::Workspace(workspace::Message::Questionnaire(m))),
                Tab::Dashboard => ws
                    .dashboard
                    .view(&ws.dash_data, l)
                    .map(|m| Message::Workspace(workspace::Message::Dashboard(m))),
                Tab::Plan => ws
                    .plan
                    .view(&ws.plan_data, l)
                    .map(|m| Message::Workspace(workspace::Message::Plan(m))),
                Tab::Profile => ws
                    .profile
                    .view(&ws.record.profile, &ws.record.facts, l)
                    .map(|m| Message::Workspace(workspace::Message::Profile(m))),
                Tab::Compare => compare::view(&ws.compare, l)
                    .map(|m| Message::Workspace(workspace::Message::Compare(m))),
                Tab::Report => ws
                    .report
                    .view(l)
                    .map(|m| Message::Workspace(workspace::Message::Report(m))),
            },
        }
    }
}
