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
    banner(message, dismiss, on_dismiss, DANGER)
}

/// Green for confirmations.
pub const SUCCESS: Color = Color::from_rgb(0.16, 0.50, 0.28);

/// A confirmation that stays until dismissed.
pub fn notice_banner<'a, M: Clone + 'a>(
    message: &'a str,
    dismiss: String,
    on_dismiss: M,
) -> Element<'a, M> {
    banner(message, dismiss, on_dismiss, SUCCESS)
}

fn banner<'a, M: Clone + 'a>(
    message: &'a str,
    dismiss: String,
    on_dismiss: M,
    colour: Color,
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
    .style(move |_| container::Style {
        background: Some(colour.into()),
        ..container::Style::default()
    })
    .into()
}

/// The colour of a verdict, readable on light and dark backgrounds.
pub fn verdict_color(v: crate::model::assessment::Verdict) -> Color {
    use crate::model::assessment::Verdict;
    match v {
        Verdict::Conform => Color::from_rgb(0.16, 0.60, 0.32),
        Verdict::Observation => Color::from_rgb(0.85, 0.60, 0.05),
        Verdict::Minor => Color::from_rgb(0.90, 0.42, 0.10),
        Verdict::Major => DANGER,
        Verdict::Na => Color::from_rgb(0.45, 0.50, 0.58),
        Verdict::Unanswered => Color::from_rgb(0.62, 0.64, 0.68),
    }
}

/// Muted text for secondary information (guidance, hints).
pub fn muted(theme: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(
            theme
                .extended_palette()
                .background
                .strong
                .text
                .scale_alpha(0.72),
        ),
    }
}

/// A text-only button that reads as a link: in the theme's primary colour, stronger on hover.
pub fn link(theme: &Theme, status: button::Status) -> button::Style {
    let palette = theme.extended_palette();
    // On dark backgrounds the base primary is too dim for small text: use its light shade.
    let (rest, hover) = if palette.is_dark {
        let mix = |c: Color, t: f32| {
            let text = palette.background.base.text;
            Color::from_rgb(
                c.r + (text.r - c.r) * t,
                c.g + (text.g - c.g) * t,
                c.b + (text.b - c.b) * t,
            )
        };
        (
            mix(palette.primary.base.color, 0.6),
            mix(palette.primary.base.color, 0.85),
        )
    } else {
        (palette.primary.base.color, palette.primary.strong.color)
    };
    let color = match status {
        button::Status::Hovered | button::Status::Pressed => hover,
        _ => rest,
    };
    button::Style {
        text_color: color,
        ..button::text(theme, status)
    }
}

/// A verdict button: filled with the verdict colour when chosen, outlined otherwise.
pub fn verdict_button(
    v: crate::model::assessment::Verdict,
    chosen: bool,
) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let c = verdict_color(v);
        let p = theme.extended_palette();
        let hovered = matches!(status, button::Status::Hovered | button::Status::Pressed);
        button::Style {
            background: Some(if chosen {
                c.into()
            } else if hovered {
                c.scale_alpha(0.15).into()
            } else {
                p.background.base.color.into()
            }),
            text_color: if chosen {
                Color::WHITE
            } else {
                p.background.base.text
            },
            border: Border {
                color: c,
                width: 1.5,
                radius: 6.0.into(),
            },
            ..button::Style::default()
        }
    }
}

/// The colour of a verdict's tone: green when settled, amber for a warning, grey while it
/// cannot be decided yet.
pub fn tone_color(tone: crate::model::message::Tone) -> Color {
    use crate::model::message::Tone;
    match tone {
        Tone::Ok => crate::ui::charts::score_color(90.0),
        Tone::Warning => Color::from_rgb(0.85, 0.60, 0.05),
        Tone::Unknown => Color::from_rgb(0.45, 0.50, 0.58),
    }
}

/// The colour of the size-class line on the profile screen.
pub fn size_class_color(size: &crate::model::sizeclass::SizeClass) -> Color {
    tone_color(size.tone)
}
