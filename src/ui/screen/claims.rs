//! The dashboard's answers to "how long, how much" and "what can we claim": the cost and
//! effort estimate (ranges with sources and dates, always marked as an estimate) and the
//! rewards and measures for the profile's province and city next to the national ones.

use crate::i18n::tr;
use crate::locale::Locale;
use crate::report::sme::{ClaimLine, CostLines};
use crate::ui::style;
use iced::widget::{column, container, text};
use iced::{Element, Fill};

/// The estimate card.
pub fn cost_card<'a, M: 'a>(c: &'a CostLines, l: Locale) -> Element<'a, M> {
    let mut body = column![
        text(tr(l, "cost-title")).size(16),
        text(tr(l, "cost-estimate-note"))
            .size(12)
            .style(style::muted),
    ]
    .spacing(4);
    for line in &c.lines {
        body = body.push(text(line).size(14));
    }
    for line in &c.missing {
        body = body.push(text(line).size(13).color(style::verdict_color(
            crate::model::assessment::Verdict::Observation,
        )));
    }
    for line in &c.sources {
        body = body.push(text(line).size(11).style(style::muted));
    }
    container(body)
        .padding(16)
        .width(Fill)
        .style(style::card)
        .into()
}

/// The rewards card: each applicable entry with its level, amount, conditions and warnings.
pub fn claims_card<'a, M: 'a>(
    lines: &'a [ClaimLine],
    region_given: bool,
    l: Locale,
) -> Element<'a, M> {
    let mut body = column![
        text(tr(l, "claims-title")).size(16),
        text(tr(l, "claims-hint")).size(12).style(style::muted),
    ]
    .spacing(4);
    if !region_given {
        body = body.push(text(tr(l, "claims-no-region")).size(14));
    }
    let national = tr(l, "claims-level-national");
    if region_given && !lines.iter().any(|c| c.level != national) {
        body = body.push(text(tr(l, "claims-none")).size(14));
    }
    for c in lines {
        let mut entry = column![
            text(format!("[{}] {} · {}", c.level, c.region, c.amount)).size(14),
            text(&c.conditions).size(12),
        ]
        .spacing(2);
        for n in &c.notes {
            let color = if c.stale && n == &tr(l, "claims-stale") {
                crate::ui::charts::score_color(0.0)
            } else {
                style::verdict_color(crate::model::assessment::Verdict::Observation)
            };
            entry = entry.push(text(n).size(12).color(color));
        }
        if let Some(o) = &c.office {
            entry = entry.push(text(o).size(11).style(style::muted));
        }
        entry = entry.push(text(&c.source).size(11).style(style::muted));
        body = body.push(container(entry).padding([4, 0]));
    }
    container(body)
        .padding(16)
        .width(Fill)
        .style(style::card)
        .into()
}
