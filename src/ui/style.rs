//! Shared look: colours, the top bar, banners and cards.

use iced::widget::{button, container, row, text};
use iced::{Border, Color, Element, Fill, Theme};

/// The top bar: a slightly tinted strip with the app name and global actions.
pub fn top_bar(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        background: Some(p.background.weak.color.into()),
        border: Border {
            color: p.background.strong.color,
            width: 0.0,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// A raised card for grouped content.
pub fn card(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        background: Some(p.background.base.color.into()),
        border: Border {
            color: p.background.strong.color,
            width: 1.0,
            radius: 8.0.into(),
        },
        ..container::Style::default()
    }
}

/// Red for errors, readable in both themes.
pub const DANGER: Color = Color::from_rgb(0.78, 0.16, 0.16);

/// An error that stays until dismissed.
pub fn error_banner<'a, M: Clone + 'a>(
    message: &'a str,
    dismiss: String,
    on_dismiss: M,
) -> Element<'a, M> {
    container(
        row![
            text(message).color(Color::WHITE).width(Fill),
            button(text(dismiss))
                .style(button::secondary)
                .on_press(on_dismiss),
        ]
        .spacing(12)
        .align_y(iced::Center),
    )
    .padding([8, 16])
    .width(Fill)
    .style(|_| container::Style {
        background: Some(DANGER.into()),
        ..container::Style::default()
    })
    .into()
}
