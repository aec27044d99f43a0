//! The guide for a manager new to 贯标: a one-screen introduction (what it is, the steps, how
//! long, roughly what it costs, what the certificate brings) and the glossary (术语表). Opened
//! from the top bar over whatever screen is shown; "Back" returns to it unchanged.

use crate::i18n::{Arg, tr, tr_args};
use crate::locale::Locale;
use crate::model::cost::{EstimateInput, estimate};
use crate::model::sizeclass::Size;
use crate::ui::screen::glossary;
use crate::ui::style;
use iced::widget::{button, column, container, row, scrollable, text};
use iced::{Element, Fill};

/// Which page of the guide is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Intro,
    Glossary,
}

/// The rough figures of the introduction, for a small firm, from the cost data in use.
fn rough_cost(l: Locale, data: Option<&crate::model::cost::CostData>) -> Vec<String> {
    let Some(data) = data else {
        return vec![tr(l, "cost-missing-data")];
    };
    let e = estimate(
        data,
        &EstimateInput {
            employees: None,
            size: Size::Small,
            registered_rights: 0,
            gaps: std::collections::BTreeMap::new(),
        },
    );
    let mut lines = Vec::new();
    if let Some(m) = &e.project_months {
        lines.push(tr_args(
            l,
            "intro-cost-months",
            &[(
                "months",
                Arg::from(crate::report::sme::number_range(m.low, m.high)),
            )],
        ));
    }
    if let Some(f) = &e.consultant_fee {
        lines.push(tr_args(
            l,
            "intro-cost-consultant",
            &[(
                "range",
                Arg::from(crate::report::sme::yuan_range(l, f.low, f.high)),
            )],
        ));
    }
    if let Some(f) = &e.audit_fee {
        lines.push(tr_args(
            l,
            "intro-cost-audit",
            &[(
                "range",
                Arg::from(crate::report::sme::yuan_range(l, f.low, f.high)),
            )],
        ));
    }
    lines
}

fn section<'a, M: 'a>(title: String, lines: Vec<String>) -> Element<'a, M> {
    let mut c = column![text(title).size(17)].spacing(4);
    for line in lines {
        c = c.push(text(line).size(14));
    }
    container(c)
        .padding(14)
        .width(Fill)
        .style(style::card)
        .into()
}

fn intro<'a>(l: Locale, costs: Option<&crate::model::cost::CostData>) -> Element<'a, Option<Page>> {
    let lines = |ids: &[&str]| ids.iter().map(|id| tr(l, id)).collect::<Vec<_>>();
    let mut cost = rough_cost(l, costs);
    cost.push(tr(l, "intro-cost-note"));
    column![
        text(tr(l, "intro-title")).size(22),
        text(tr(l, "intro-what")).size(14),
        row![
            section(
                tr(l, "intro-steps-title"),
                lines(&[
                    "intro-step-1",
                    "intro-step-2",
                    "intro-step-3",
                    "intro-step-4",
                    "intro-step-5",
                    "intro-step-6",
                ])
            ),
            column![
                section(tr(l, "intro-cost-title"), cost),
                section(
                    tr(l, "intro-brings-title"),
                    lines(&["intro-brings-1", "intro-brings-2", "intro-brings-3"])
                ),
            ]
            .spacing(12)
            .width(Fill),
        ]
        .spacing(12),
        text(tr(l, "intro-app")).size(13).style(style::muted),
    ]
    .spacing(12)
    .into()
}

/// The guide page with its two tabs and the way back.
pub fn view<'a>(
    l: Locale,
    page: Page,
    costs: Option<&crate::model::cost::CostData>,
) -> Element<'a, Option<Page>> {
    let tab = |id: &str, p: Page| {
        button(text(tr(l, id)).size(14))
            .style(if page == p {
                button::primary
            } else {
                button::secondary
            })
            .on_press(Some(p))
    };
    let bar = row![
        tab("intro-tab", Page::Intro),
        tab("glossary-title", Page::Glossary),
        iced::widget::space::horizontal(),
        button(text(tr(l, "guide-back")).size(14))
            .style(button::secondary)
            .on_press(None),
    ]
    .spacing(8)
    .align_y(iced::Center);
    let body = match page {
        Page::Intro => intro(l, costs),
        Page::Glossary => glossary::page(l),
    };
    column![
        container(bar).padding([10, 20]),
        scrollable(container(body).padding(20).max_width(1100)).height(Fill),
    ]
    .into()
}
