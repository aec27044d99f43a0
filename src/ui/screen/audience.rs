//! Who uses the app: asked once at the first start (above Home) and changeable in Settings.
//! The enterprise itself gets plain help first and a self-assessment report; a consultant gets
//! the auditor's wording and the consultancy's report.

use crate::i18n::tr;
use crate::locale::Locale;
use crate::model::audience::Audience;
use crate::ui::style;
use iced::widget::{button, column, container, row, text};
use iced::{Element, Fill};

/// The label of a choice ("我们企业自己做（自评）" / "辅导机构（为客户诊断）").
pub fn label(l: Locale, a: Audience) -> String {
    tr(l, &format!("audience-{}", a.key()))
}

/// The two choices as buttons, the current one highlighted.
pub fn choices<'a>(l: Locale, current: Option<Audience>) -> Element<'a, Audience> {
    row(Audience::ALL.iter().map(|a| {
        button(text(label(l, *a)).size(14))
            .style(if current == Some(*a) {
                button::primary
            } else {
                button::secondary
            })
            .on_press(*a)
            .into()
    }))
    .spacing(8)
    .wrap()
    .into()
}

/// The question shown above Home until it is answered.
pub fn prompt<'a>(l: Locale) -> Element<'a, Audience> {
    container(
        column![
            text(tr(l, "audience-question")).size(17),
            text(tr(l, "audience-hint")).size(13).style(style::muted),
            choices(l, None),
        ]
        .spacing(8),
    )
    .padding(16)
    .width(Fill)
    .style(style::card)
    .into()
}
