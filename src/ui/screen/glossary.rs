//! The glossary (术语表) on screen: a "术语" row under a text listing the standard's terms found
//! in it, each with its plain explanation on hover, and the whole glossary as a page.

use crate::i18n::tr;
use crate::locale::Locale;
use crate::model::glossary::{Glossary, Term};
use crate::ui::style;
use iced::widget::{column, container, row, text, tooltip};
use iced::{Element, Fill};
use std::sync::OnceLock;

/// The bundled glossary, parsed once (the tests check that it parses; an empty glossary is
/// the fallback so a broken file cannot stop the app).
pub fn glossary() -> &'static Glossary {
    static G: OnceLock<Glossary> = OnceLock::new();
    G.get_or_init(|| {
        Glossary::bundled().unwrap_or_else(|errors| {
            tracing::warn!("glossary not loaded: {} errors", errors.len());
            Glossary::default()
        })
    })
}

/// A term in a text: the theme's primary colour, so it reads as something to point at.
fn term_text(theme: &iced::Theme) -> text::Style {
    text::Style {
        color: Some(theme.extended_palette().primary.strong.color),
    }
}

/// The light rounded background of a term chip.
fn chip(theme: &iced::Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        background: Some(p.primary.weak.color.scale_alpha(0.25).into()),
        border: iced::Border {
            radius: 8.0.into(),
            ..iced::Border::default()
        },
        ..container::Style::default()
    }
}

/// The distinct terms found in `texts`, in order of first appearance.
pub fn terms_in<'a>(texts: &[&str]) -> Vec<&'a Term> {
    let g = glossary();
    let mut out: Vec<&Term> = Vec::new();
    for t in texts {
        for term in g.terms_in(t) {
            if !out.iter().any(|o| o.id == term.id) {
                out.push(term);
            }
        }
    }
    out
}

/// A term's heading with its explanation on hover.
pub fn term_with_tip<'a, M: 'a>(l: Locale, term: &'a Term) -> Element<'a, M> {
    let tip = container(
        column![
            text(term.term.get(l)).size(14),
            text(term.plain.get(l)).size(13),
        ]
        .spacing(4)
        .max_width(420),
    )
    .padding(8)
    .style(container::rounded_box);
    tooltip(
        container(text(term.term.get(l)).size(13).style(term_text))
            .padding([1, 6])
            .style(chip),
        tip,
        tooltip::Position::Bottom,
    )
    .into()
}

/// "术语：" and every term found in `texts`, each explained on hover; nothing when none occurs.
pub fn terms_row<'a, M: 'a>(l: Locale, texts: &[&str]) -> Option<Element<'a, M>> {
    let terms = terms_in(texts);
    if terms.is_empty() {
        return None;
    }
    let mut r = row![
        text(tr(l, "glossary-terms-label"))
            .size(13)
            .style(style::muted)
    ]
    .spacing(6)
    .align_y(iced::Center);
    for t in terms {
        r = r.push(term_with_tip(l, t));
    }
    Some(r.wrap().into())
}

/// The whole glossary: every term with its explanation, and the clause where it belongs.
pub fn page<'a, M: 'a>(l: Locale) -> Element<'a, M> {
    let mut list = column![
        text(tr(l, "glossary-title")).size(22),
        text(tr(l, "glossary-intro")).size(13).style(style::muted),
    ]
    .spacing(10);
    let mut terms: Vec<&Term> = glossary().terms().iter().collect();
    terms.sort_by(|a, b| {
        a.term
            .get(l)
            .to_lowercase()
            .cmp(&b.term.get(l).to_lowercase())
    });
    for t in terms {
        let heading = match &t.clause {
            Some(c) => format!(
                "{}  ·  {}",
                t.term.get(l),
                crate::i18n::tr_args(l, "glossary-clause", &[("clause", c.as_str().into())])
            ),
            None => t.term.get(l).to_string(),
        };
        list = list.push(
            container(column![text(heading).size(15), text(t.plain.get(l)).size(13)].spacing(4))
                .padding(12)
                .width(Fill)
                .style(style::card),
        );
    }
    list.into()
}
