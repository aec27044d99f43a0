//! The questionnaire's view: the clause tree on the left, the item card on the right, the
//! navigation pinned below it so Previous / Next never move.

use super::{Data, EVIDENCE_ID, FIND_ID, Message, NA_ID, NOTE_ID, Questionnaire, Show};
use crate::i18n::org::unit_name;
use crate::i18n::{Arg, tr, tr_args};
use crate::model::assessment::{
    Applicability, NotApplicable, Verdict, applicability, effective_verdict,
};
use crate::model::catalog::{Item, Method, clause_within};
use crate::ui::style;
use crate::ui::widgets::{Choice, keyed_choices, label};
use iced::keyboard::{Key, key::Named};
use iced::widget::text_editor::{Binding, KeyPress};
use iced::widget::{
    Id, button, column, container, pick_list, row, scrollable, text, text_editor, text_input,
};
use iced::{Element, Fill, Length};

/// A clause title as shown; an unverified one (`verified = false`) gets a small † whose
/// tooltip says the title is not yet confirmed by two independent sources.
fn with_dagger(
    l: crate::locale::Locale,
    title: Element<'_, Message>,
    verified: bool,
) -> Element<'_, Message> {
    if verified {
        return title;
    }
    let note = container(text(tr(l, "q-unverified-title")).size(12))
        .padding(6)
        .style(container::rounded_box);
    let dagger = text("†").size(12).style(style::muted);
    row![
        title,
        iced::widget::tooltip(dagger, note, iced::widget::tooltip::Position::Bottom)
    ]
    .spacing(2)
    .into()
}

impl Questionnaire {
    pub fn view<'a>(&'a self, data: Data<'a>) -> Element<'a, Message> {
        row![self.sidebar(data), self.main(data)]
            .spacing(0)
            .height(Fill)
            .into()
    }

    fn sidebar<'a>(&'a self, data: Data<'a>) -> Element<'a, Message> {
        let l = data.locale;
        let visible = self.visible(data);
        let current_clause = data
            .catalog
            .item(&self.current)
            .map(|i| i.clause.clone())
            .unwrap_or_default();
        let mut list = column![].spacing(2).padding([8, 8]);
        for clause in &data.catalog.clauses {
            let items: Vec<&&Item> = visible
                .iter()
                .filter(|i| clause_within(&i.clause, &clause.number))
                .collect();
            if items.is_empty() {
                continue;
            }
            let verdicts: Vec<Verdict> = items
                .iter()
                .map(|i| effective_verdict(i, data.triage, data.answers.get(&i.id)))
                .collect();
            let done = verdicts.iter().filter(|v| v.is_answered()).count();
            let worst = verdicts
                .iter()
                .copied()
                .filter(|v| v.is_answered())
                .max_by_key(|v| v.severity(false));
            let colour = style::verdict_color(worst.unwrap_or(Verdict::Unanswered));
            let indent = 12.0 * (clause.depth() - 1) as f32;
            let title = crate::i18n::clause_label(&clause.number, clause.title.get(l));
            let size = if clause.depth() == 1 { 15 } else { 13 };
            let title = with_dagger(l, text(title).size(size).into(), clause.verified);
            let first = items[0].id.clone();
            let current = clause_within(&current_clause, &clause.number) && clause.depth() > 1;
            let label = row![
                text("●").size(10).color(colour),
                container(title).width(Fill),
                // A column of its own, so a wrapped title's † never runs into the count.
                text(format!("{done}/{}", items.len()))
                    .size(12)
                    .width(Length::Fixed(38.0))
                    .align_x(iced::alignment::Horizontal::Right),
            ]
            .spacing(6)
            .align_y(iced::Center);
            list = list.push(
                button(label)
                    .padding(iced::Padding {
                        left: 6.0 + indent,
                        right: 6.0,
                        top: 3.0,
                        bottom: 3.0,
                    })
                    .width(Fill)
                    .style(if current {
                        button::secondary
                    } else {
                        button::text
                    })
                    .on_press(Message::Select(first)),
            );
        }
        container(scrollable(list).id(Id::new(super::SIDEBAR_ID)).height(Fill))
            .width(Length::Fixed(280.0))
            .height(Fill)
            .style(style::top_bar)
            .into()
    }

    fn toolbar<'a>(&'a self, data: Data<'a>, pos: usize, total: usize) -> Element<'a, Message> {
        let l = data.locale;
        let mut filter_choices = vec![Choice {
            value: None,
            label: tr(l, "q-all-departments"),
        }];
        filter_choices.extend(data.organisation.units.iter().map(|u| Choice {
            value: Some(u.id.clone()),
            label: unit_name(l, u),
        }));
        let selected_filter = filter_choices
            .iter()
            .find(|c| c.value == self.department)
            .cloned();
        let shows = keyed_choices(l, "q-show", &Show::ALL, Show::key);
        let selected_show = shows.iter().find(|c| c.value == self.show).cloned();
        row![
            text(tr_args(
                l,
                "q-position",
                &[("pos", Arg::from(pos)), ("total", Arg::from(total))]
            ))
            .size(14),
            iced::widget::space::horizontal(),
            pick_list(shows, selected_show, Message::Show).text_size(14),
            pick_list(filter_choices, selected_filter, Message::Filter).text_size(14),
            text_input(&tr(l, "q-find-placeholder"), &self.find)
                .id(Id::new(FIND_ID))
                .on_input(Message::Find)
                .on_submit(Message::FindSubmit)
                .width(Length::Fixed(200.0))
                .size(14),
        ]
        .spacing(8)
        .align_y(iced::Center)
        .wrap()
        .into()
    }

    fn main<'a>(&'a self, data: Data<'a>) -> Element<'a, Message> {
        let l = data.locale;
        let visible = self.visible(data);
        let pos = visible
            .iter()
            .position(|i| i.id == self.current)
            .map_or(0, |p| p + 1);
        let toolbar = self.toolbar(data, pos, visible.len());
        let Some(item) = data.catalog.item(&self.current) else {
            return column![toolbar, text(tr(l, "q-no-items"))]
                .padding(20)
                .spacing(14)
                .into();
        };
        let body = column![
            toolbar,
            container(self.card(data, item))
                .padding(20)
                .style(style::card)
                .width(Fill),
            container(self.help(data, item))
                .padding(20)
                .style(style::card)
                .width(Fill),
        ]
        .spacing(14)
        .padding(20)
        .max_width(980);
        let nav = row![
            button(text(tr(l, "q-previous")))
                .style(button::secondary)
                .on_press(Message::Previous),
            text(tr(l, "q-keys-hint"))
                .size(12)
                .style(style::muted)
                .width(Fill)
                .center(),
            button(text(tr(l, "q-next")))
                .style(button::primary)
                .on_press(Message::Next),
        ]
        .spacing(10)
        .padding([8, 20])
        .align_y(iced::Center);
        column![
            scrollable(container(body).center_x(Fill)).height(Fill),
            container(nav).style(style::top_bar).width(Fill),
        ]
        .into()
    }

    fn card<'a>(&'a self, data: Data<'a>, item: &'a Item) -> Element<'a, Message> {
        let l = data.locale;
        let answer = data.answers.get(&item.id);
        // What counts (N/A by triage shows as N/A); a pending N/A shows as chosen.
        let verdict = if self.pending_na {
            Verdict::Na
        } else {
            effective_verdict(item, data.triage, answer)
        };
        let clause = data.catalog.clause(&item.clause);
        let clause_title = clause
            .map(|c| c.title.get(l).to_string())
            .unwrap_or_default();
        let verified = clause.is_none_or(|c| c.verified);
        let mut meta = vec![
            format!("{} {}", item.clause, clause_title),
            format!(
                "{} {}",
                tr(l, "q-weight"),
                "★".repeat(usize::from(item.weight))
            ),
        ];
        if item.prerequisite {
            meta.push(tr(l, "q-prerequisite"));
        }
        let mut card = column![
            row![
                container(with_dagger(
                    l,
                    text(meta.join("  ·  ")).size(13).style(style::muted).into(),
                    verified,
                ))
                .width(Fill),
            ]
            .align_y(iced::Center),
            self.bulk_bar(data),
            text(item.question.get(l)).size(21),
        ]
        .spacing(10);

        if let Applicability::NotApplicable(NotApplicable::Triage(t)) =
            applicability(item, data.triage, answer)
        {
            let q = tr(l, &format!("triage-{}", t.key()));
            card = card.push(
                text(tr_args(
                    l,
                    "triage-na-reason",
                    &[("question", Arg::from(q))],
                ))
                .size(14)
                .color(style::verdict_color(Verdict::Na)),
            );
        }
        if answer.is_some_and(|a| a.suggested) {
            let id = if data.previous.is_some() {
                "q-suggested-previous"
            } else {
                "q-suggested"
            };
            card = card.push(
                text(tr(l, id))
                    .size(14)
                    .color(style::verdict_color(Verdict::Observation)),
            );
        }
        if let Some(before) = data.previous.and_then(|p| p.get(&item.id)) {
            let mut line = tr_args(
                l,
                "q-previous-answer",
                &[(
                    "verdict",
                    Arg::from(format!(
                        "{} {}",
                        before.verdict.symbol(),
                        label(l, "verdict", before.verdict.key())
                    )),
                )],
            );
            if !before.note.is_empty() {
                line.push_str(" — ");
                line.push_str(&before.note);
            }
            card = card.push(text(line).size(13).style(style::muted));
        }

        let verdicts = row(Verdict::PICKABLE.into_iter().map(|v| {
            let hot = v.hotkey().map(|c| format!(" ({c})")).unwrap_or_default();
            button(
                text(format!(
                    "{} {}{hot}",
                    v.symbol(),
                    label(l, "verdict", v.key())
                ))
                .size(15),
            )
            .padding([8, 14])
            .style(style::verdict_button(v, verdict == v))
            .on_press_maybe(data.writable.then_some(Message::Verdict(v)))
            .into()
        }))
        .spacing(8)
        .wrap();
        card = card.push(verdicts);

        let by_triage = matches!(
            applicability(item, data.triage, answer),
            Applicability::NotApplicable(NotApplicable::Triage(_))
        );
        if verdict == Verdict::Na && !by_triage {
            let mut reason = text_input(&tr(l, "q-na-reason"), &self.na_reason)
                .id(Id::new(NA_ID))
                .on_submit(Message::Submit)
                .padding(8);
            if data.writable {
                reason = reason.on_input(Message::NaReason);
            }
            card = card.push(reason);
            if self.pending_na {
                card = card.push(
                    text(tr(l, "q-na-pending"))
                        .size(13)
                        .color(style::verdict_color(Verdict::Na)),
                );
            }
        }
        let mut note = text_editor(&self.note)
            .id(Id::new(NOTE_ID))
            .placeholder(tr(
                l,
                if self.plain_first {
                    "q-note-self"
                } else {
                    "q-note"
                },
            ))
            .height(Length::Fixed(96.0))
            .padding(8)
            .key_binding(note_keys);
        if data.writable {
            note = note.on_action(Message::Note);
        }
        card = card.push(note);
        let mut evidence = text_input(&tr(l, "q-evidence-seen"), &self.evidence)
            .id(Id::new(EVIDENCE_ID))
            .on_submit(Message::Submit)
            .padding(8);
        if data.writable {
            evidence = evidence.on_input(Message::Evidence);
        }
        card = card.push(evidence);
        let methods = keyed_choices(l, "method", Method::ALL, Method::key);
        let depts = interviewed_choices(&data, l);
        let sel_method = answer
            .and_then(|a| a.method)
            .and_then(|m| methods.iter().find(|c| c.value == m).cloned());
        // The department recorded, or (answers from before departments were recorded, or from
        // the command line) the one leading the function recorded.
        let sel_dept = answer.and_then(|a| {
            a.unit
                .as_ref()
                .and_then(|u| depts.iter().find(|c| c.value == *u))
                .or_else(|| {
                    let f = a.department?;
                    let unit = data
                        .organisation
                        .units
                        .iter()
                        .find(|u| u.lead.contains(&f))?;
                    depts.iter().find(|c| c.value == unit.id)
                })
                .cloned()
        });
        card = card.push(
            row![
                pick_list(methods, sel_method, Message::Method)
                    .placeholder(tr(l, "q-method"))
                    .text_size(14),
                pick_list(depts, sel_dept, Message::Interviewed)
                    .placeholder(tr(l, "q-department"))
                    .text_size(14),
            ]
            .spacing(10),
        );
        card.into()
    }
}

/// Enter is a new line in the note; Ctrl+Enter and Tab leave it (saving what was typed).
fn note_keys(press: KeyPress) -> Option<Binding<Message>> {
    match press.key.as_ref() {
        Key::Named(Named::Enter) if press.modifiers.command() => {
            Some(Binding::Custom(Message::NoteDone))
        }
        Key::Named(Named::Tab) => Some(Binding::Custom(Message::Tab(!press.modifiers.shift()))),
        _ => Binding::from_key_press(press),
    }
}
/// The client's departments an answer can record as interviewed (id, name), every one of them.
pub fn interviewed_choices(data: &Data<'_>, l: crate::locale::Locale) -> Vec<Choice<String>> {
    data.organisation
        .units
        .iter()
        .map(|u| Choice {
            value: u.id.clone(),
            label: unit_name(l, u),
        })
        .collect()
}
