//! Compare: pick an earlier diagnosis of the same client and see what changed — per chapter
//! and clause, items improved or regressed, actions closed — with a radar overlay.

use crate::i18n::{Arg, clause_label, tr, tr_args};
use crate::locale::Locale;
use crate::model::compare::Comparison;
use crate::ui::charts::{Radar, score_color};
use crate::ui::style;
use crate::ui::widgets::Choice;
use iced::widget::{canvas, column, container, pick_list, row, scrollable, text};
use iced::{Element, Fill, Length};

/// An earlier diagnosis that can be compared with.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub id: i64,
    pub label: String,
}

/// A comparison as shown: chapter labels with the deltas, and item changes with their text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompareData {
    pub candidates: Vec<Candidate>,
    pub selected: Option<i64>,
    pub chapters: Vec<(String, Option<f64>, Option<f64>)>,
    pub overall: (Option<f64>, Option<f64>),
    pub improved: Vec<String>,
    pub regressed: Vec<String>,
    pub closed: usize,
    /// Progress (answered share of applicable items) of the earlier and the current visit.
    pub completeness: (f64, f64),
}

impl CompareData {
    /// Compares two loaded diagnoses (earlier first) and fills the view data in `l`.
    pub fn fill_from(
        &mut self,
        before: &crate::store::AssessmentRecord,
        before_catalog: &crate::model::catalog::Catalog,
        after: &crate::store::AssessmentRecord,
        catalog: &crate::model::catalog::Catalog,
        l: Locale,
    ) {
        use crate::model::assessment::progress;
        use crate::model::compare::{Snapshot, compare};
        let c = compare(
            Snapshot {
                catalog: before_catalog,
                triage: &before.profile.triage,
                answers: &before.answers,
            },
            Snapshot {
                catalog,
                triage: &after.profile.triage,
                answers: &after.answers,
            },
        );
        self.completeness = (
            progress(before_catalog, &before.profile.triage, &before.answers),
            progress(catalog, &after.profile.triage, &after.answers),
        );
        self.fill(
            &c,
            |n| {
                catalog
                    .clause(n)
                    .map_or_else(|| n.to_string(), |cl| clause_label(n, cl.title.get(l)))
            },
            |id| {
                catalog.item(id).map_or_else(
                    || id.to_string(),
                    |i| format!("{} {}", i.clause, i.question.get(l)),
                )
            },
        );
    }

    /// Fills the view data from a comparison; `describe` turns an item id into "clause question".
    pub fn fill(
        &mut self,
        c: &Comparison,
        chapter_label: impl Fn(&str) -> String,
        describe: impl Fn(&str) -> String,
    ) {
        self.chapters = c
            .chapters
            .iter()
            .map(|d| (chapter_label(&d.number), d.delta.before, d.delta.after))
            .collect();
        self.overall = (c.overall.before, c.overall.after);
        let line = |ch: &crate::model::compare::ItemChange| {
            format!(
                "{} → {}  {}",
                ch.before.symbol(),
                ch.after.symbol(),
                describe(&ch.item_id)
            )
        };
        self.improved = c.improved.iter().map(line).collect();
        self.regressed = c.regressed.iter().map(line).collect();
        self.closed = c.actions_closed.len();
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Pick(Choice<i64>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    CompareWith(i64),
}

pub fn update(message: Message) -> Event {
    match message {
        Message::Pick(c) => Event::CompareWith(c.value),
    }
}

fn num(v: Option<f64>) -> String {
    v.map_or_else(|| "—".into(), crate::i18n::score_text)
}

pub fn view(data: &CompareData, l: Locale) -> Element<'_, Message> {
    let choices: Vec<Choice<i64>> = data
        .candidates
        .iter()
        .map(|c| Choice {
            value: c.id,
            label: c.label.clone(),
        })
        .collect();
    let selected = choices
        .iter()
        .find(|c| Some(c.value) == data.selected)
        .cloned();
    let mut page = column![
        row![
            text(tr(l, "compare-with")).size(15),
            pick_list(choices, selected, Message::Pick)
                .placeholder(tr(l, "profile-choose"))
                .text_size(14)
        ]
        .spacing(10)
        .align_y(iced::Center)
    ]
    .spacing(14)
    .padding(20);
    if data.candidates.is_empty() {
        return page
            .push(text(tr(l, "compare-none")).size(15).style(style::muted))
            .into();
    }
    if data.selected.is_none() {
        return page.into();
    }
    let delta = |b: Option<f64>, a: Option<f64>| match (b, a) {
        (Some(b), Some(a)) => {
            // The difference of the scores as shown, so 73.6 → 75.4 reads +1.8.
            let d = crate::i18n::round_score(a) - crate::i18n::round_score(b);
            text(format!("{d:+.1}")).size(14).color(if d >= 0.0 {
                score_color(100.0)
            } else {
                score_color(0.0)
            })
        }
        _ => text("—").size(14),
    };
    let mut table = column![
        row![
            text(tr(l, "compare-chapter")).size(13).width(Fill),
            text(tr(l, "compare-before"))
                .size(13)
                .width(Length::Fixed(70.0)),
            text(tr(l, "compare-after"))
                .size(13)
                .width(Length::Fixed(70.0)),
            text(tr(l, "compare-delta"))
                .size(13)
                .width(Length::Fixed(70.0)),
        ]
        .spacing(8)
    ]
    .spacing(6);
    for (name, b, a) in &data.chapters {
        table = table.push(
            row![
                text(name).size(14).width(Fill),
                text(num(*b)).size(14).width(Length::Fixed(70.0)),
                text(num(*a)).size(14).width(Length::Fixed(70.0)),
                delta(*b, *a).width(Length::Fixed(70.0)),
            ]
            .spacing(8),
        );
    }
    table = table.push(
        row![
            text(tr(l, "dash-overall")).size(15).width(Fill),
            text(num(data.overall.0))
                .size(15)
                .width(Length::Fixed(70.0)),
            text(num(data.overall.1))
                .size(15)
                .width(Length::Fixed(70.0)),
            delta(data.overall.0, data.overall.1).width(Length::Fixed(70.0)),
        ]
        .spacing(8),
    );
    let radar = Radar::answered(
        data.chapters
            .iter()
            .map(|(n, _, _)| n.split_whitespace().next().unwrap_or(n).to_string())
            .collect(),
        data.chapters.iter().map(|(_, _, a)| *a).collect(),
        Some(data.chapters.iter().map(|(_, b, _)| *b).collect()),
    );
    let legend = text(tr(l, "compare-legend")).size(12).style(style::muted);
    let completeness = text(tr_args(
        l,
        "compare-completeness",
        &[
            ("before", Arg::from(data.completeness.0.round())),
            ("after", Arg::from(data.completeness.1.round())),
        ],
    ))
    .size(14);
    let mut changes = column![
        completeness,
        text(tr_args(
            l,
            "compare-closed",
            &[("count", Arg::from(data.closed))]
        ))
        .size(15),
        text(tr_args(
            l,
            "compare-improved",
            &[("count", Arg::from(data.improved.len()))]
        ))
        .size(15),
    ]
    .spacing(4);
    for i in &data.improved {
        changes = changes.push(text(i).size(13));
    }
    changes = changes.push(
        text(tr_args(
            l,
            "compare-regressed",
            &[("count", Arg::from(data.regressed.len()))],
        ))
        .size(15),
    );
    for r in &data.regressed {
        changes = changes.push(text(r).size(13).color(style::DANGER));
    }
    page = page
        .push(
            row![
                container(table).padding(16).width(Fill).style(style::card),
                container(
                    column![
                        canvas(radar).width(Fill).height(Length::Fixed(300.0)),
                        legend
                    ]
                    .spacing(4)
                )
                .padding(16)
                .width(Fill)
                .style(style::card),
            ]
            .spacing(12),
        )
        .push(
            container(changes)
                .padding(16)
                .width(Fill)
                .style(style::card),
        );
    scrollable(page)
        .id(crate::ui::screen::page_id())
        .height(Fill)
        .into()
}
