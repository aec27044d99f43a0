//! Home: the client list with their diagnoses, or an empty state that explains the app.

use crate::i18n::tr;
use crate::ui::{Context, style};
use iced::widget::{button, column, container, row, text};
use iced::{Center, Element, Fill};

#[derive(Debug, Default)]
pub struct Home {}

#[derive(Debug, Clone)]
pub enum Message {
    NewDiagnosis,
    OpenDemo,
}

/// What Home asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    NewDiagnosis,
    OpenDemo,
}

impl Home {
    pub fn new(_ctx: &Context) -> Self {
        Home {}
    }

    pub fn update(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::NewDiagnosis => Some(Event::NewDiagnosis),
            Message::OpenDemo => Some(Event::OpenDemo),
        }
    }

    pub fn view(&self, ctx: &Context) -> Element<'_, Message> {
        let l = ctx.locale;
        let empty = column![
            text(tr(l, "home-empty-title")).size(28),
            text(tr(l, "home-empty-body")).size(16),
            row![
                button(text(tr(l, "home-new")))
                    .style(button::primary)
                    .padding([10, 20])
                    .on_press(Message::NewDiagnosis),
                button(text(tr(l, "home-open-demo")))
                    .style(button::secondary)
                    .padding([10, 20])
                    .on_press(Message::OpenDemo),
            ]
            .spacing(12),
        ]
        .spacing(20)
        .max_width(640);
        container(container(empty).padding(32).style(style::card))
            .center_x(Fill)
            .center_y(Fill)
            .align_y(Center)
            .into()
    }
}
