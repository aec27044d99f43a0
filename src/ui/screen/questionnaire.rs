//! Questionnaire: the clause tree with progress beside one item at a time — question,
//! guidance, typical evidence, verdict buttons (√ △ ○ × N/A), note, evidence seen, method,
//! department. Keys: 1–4 and N for verdicts, Enter or → next, ← previous, Ctrl+F find.

use crate::i18n::{Arg, tr, tr_args};
use crate::locale::Locale;
use crate::model::assessment::{
    Answer, Answers, NotApplicable, Triage, Verdict, applicability, effective_verdict,
};
use crate::model::catalog::{Catalog, Department, Item, Method, clause_within};
use crate::ui::style;
use crate::ui::widgets::{Choice, keyed_choices, label};
use iced::keyboard::{self, Key, key::Named};
use iced::widget::{
    Id, button, column, container, operation, pick_list, row, scrollable, text, text_input,
};
use iced::{Element, Fill, Length, Task};

const FIND_ID: &str = "questionnaire-find";

/// What the screen reads: the catalogue, triage and current answers of the open assessment.
#[derive(Clone, Copy)]
pub struct Data<'a> {
    pub catalog: &'a Catalog,
    pub triage: &'a Triage,
    pub answers: &'a Answers,
    pub locale: Locale,
}

#[derive(Debug, Clone)]
pub struct Questionnaire {
    /// The item shown.
    pub current: String,
    /// Interview mode: only the items for one department.
    pub department: Option<Department>,
    pub find: String,
    note: String,
    na_reason: String,
    evidence: String,
    /// Text typed but not yet handed to the app for saving.
    dirty: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Select(String),
    Next,
    Previous,
    Verdict(Verdict),
    Note(String),
    NaReason(String),
    Evidence(String),
    Method(Choice<Method>),
    Interviewed(Choice<Department>),
    Filter(Choice<Option<Department>>),
    Find(String),
    FindSubmit,
    Key(keyboard::Event),
    Flush,
}

/// What the screen asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Persist this answer (autosave).
    Save { item: String, answer: Answer },
    /// The user moved to another item (remembered to resume there).
    Moved(String),
}

impl Questionnaire {
    /// Opens on `resume` if it is an item of the catalogue, else on the first unanswered item.
    pub fn new(data: Data<'_>, resume: Option<&str>) -> Self {
        let start = resume
            .filter(|id| data.catalog.item(id).is_some())
            .map(str::to_string)
            .or_else(|| {
                data.catalog
                    .active_items()
                    .find(|i| {
                        effective_verdict(i, data.triage, data.answers.get(&i.id))
                            == Verdict::Unanswered
                    })
                    .map(|i| i.id.clone())
            })
            .or_else(|| data.catalog.active_items().next().map(|i| i.id.clone()))
            .unwrap_or_default();
        let mut q = Questionnaire {
            current: start,
            department: None,
            find: String::new(),
            note: String::new(),
            na_reason: String::new(),
            evidence: String::new(),
            dirty: false,
        };
        q.load_drafts(data);
        q
    }

    fn load_drafts(&mut self, data: Data<'_>) {
        let a = data.answers.get(&self.current).cloned().unwrap_or_default();
        self.note = a.note;
        self.na_reason = a.na_reason;
        self.evidence = a.evidence_seen.join("; ");
        self.dirty = false;
    }

    /// Items shown with the current department filter.
    pub fn visible<'a>(&self, catalog: &'a Catalog) -> Vec<&'a Item> {
        catalog
            .active_items()
            .filter(|i| self.department.is_none_or(|d| i.departments.contains(&d)))
            .collect()
    }

    fn answer(&self, data: Data<'_>) -> Answer {
        let mut a = data.answers.get(&self.current).cloned().unwrap_or_default();
        a.note = self.note.trim().to_string();
        a.na_reason = self.na_reason.trim().to_string();
        a.evidence_seen = self
            .evidence
            .split([';', '；', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        a
    }

    fn save(&mut self, data: Data<'_>, answer: Answer) -> Option<Event> {
        self.dirty = false;
        (data.answers.get(&self.current) != Some(&answer)).then(|| Event::Save {
            item: self.current.clone(),
            answer,
        })
    }

    /// Whether typed text waits to be saved (the app shows "saving…").
    pub fn has_unsaved_text(&self) -> bool {
        self.dirty
    }

    fn go(&mut self, data: Data<'_>, id: String, events: &mut Vec<Event>) {
        if self.dirty {
            let answer = self.answer(data);
            events.extend(self.save(data, answer));
        }
        self.current = id;
        self.load_drafts(data);
        events.push(Event::Moved(self.current.clone()));
    }

    fn step(&mut self, data: Data<'_>, delta: isize, events: &mut Vec<Event>) {
        let items = self.visible(data.catalog);
        let pos = items.iter().position(|i| i.id == self.current);
        let next = match pos {
            Some(p) => p.checked_add_signed(delta).filter(|&n| n < items.len()),
            None => (!items.is_empty()).then_some(0),
        };
        if let Some(n) = next {
            let id = items[n].id.clone();
            self.go(data, id, events);
        }
    }

    pub fn update(&mut self, message: Message, data: Data<'_>) -> (Vec<Event>, Task<Message>) {
        let mut events = Vec::new();
        match message {
            Message::Select(id) => self.go(data, id, &mut events),
            Message::Next => self.step(data, 1, &mut events),
            Message::Previous => self.step(data, -1, &mut events),
            Message::Verdict(v) => {
                let mut a = self.answer(data);
                a.verdict = v;
                a.suggested = false;
                events.extend(self.save(data, a));
            }
            Message::Note(t) => {
                self.note = t;
                self.dirty = true;
            }
            Message::NaReason(t) => {
                self.na_reason = t;
                self.dirty = true;
            }
            Message::Evidence(t) => {
                self.evidence = t;
                self.dirty = true;
            }
            Message::Method(c) => {
                let mut a = self.answer(data);
                a.method = Some(c.value);
                events.extend(self.save(data, a));
            }
            Message::Interviewed(c) => {
                let mut a = self.answer(data);
                a.department = Some(c.value);
                events.extend(self.save(data, a));
            }
            Message::Filter(c) => {
                self.department = c.value;
                let visible = self.visible(data.catalog);
                if !visible.iter().any(|i| i.id == self.current) {
                    if let Some(first) = visible.first().map(|i| i.id.clone()) {
                        self.go(data, first, &mut events);
                    }
                }
            }
            Message::Find(t) => self.find = t,
            Message::FindSubmit => {
                if let Some(id) = self.find_match(data) {
                    self.go(data, id, &mut events);
                }
            }
            Message::Flush => {
                if self.dirty {
                    let a = self.answer(data);
                    events.extend(self.save(data, a));
                }
            }
            Message::Key(event) => {
                let task = self.key(event, data, &mut events);
                return (events, task);
            }
        }
        (events, Task::none())
    }

    fn key(
        &mut self,
        event: keyboard::Event,
        data: Data<'_>,
        events: &mut Vec<Event>,
    ) -> Task<Message> {
        let keyboard::Event::KeyPressed { key, modifiers, .. } = event else {
            return Task::none();
        };
        match key.as_ref() {
            Key::Character(c) if modifiers.command() && c.eq_ignore_ascii_case("f") => {
                return operation::focus(Id::new(FIND_ID));
            }
            Key::Character(c) if !modifiers.command() => {
                let pressed = c.chars().next().map(|ch| ch.to_ascii_uppercase());
                if let Some(v) = Verdict::PICKABLE
                    .into_iter()
                    .find(|v| v.hotkey() == pressed)
                {
                    let (mut ev, _) = self.update(Message::Verdict(v), data);
                    events.append(&mut ev);
                }
            }
            Key::Named(Named::Enter | Named::ArrowRight) => self.step(data, 1, events),
            Key::Named(Named::ArrowLeft) => self.step(data, -1, events),
            _ => {}
        }
        Task::none()
    }

    /// The first item after the current one whose id, clause or question contains the text.
    fn find_match(&self, data: Data<'_>) -> Option<String> {
        let needle = self.find.trim().to_lowercase();
        if needle.is_empty() {
            return None;
        }
        let items = self.visible(data.catalog);
        let start = items
            .iter()
            .position(|i| i.id == self.current)
            .map_or(0, |p| p + 1);
        items
            .iter()
            .cycle()
            .skip(start)
            .take(items.len())
            .find(|i| {
                i.id.to_lowercase().contains(&needle)
                    || i.clause == needle
                    || i.question.zh_cn.contains(self.find.trim())
                    || i.question.en_us.to_lowercase().contains(&needle)
            })
            .map(|i| i.id.clone())
    }

    pub fn view<'a>(&'a self, data: Data<'a>) -> Element<'a, Message> {
        row![self.sidebar(data), self.main(data)]
            .spacing(0)
            .height(Fill)
            .into()
    }

    fn sidebar<'a>(&'a self, data: Data<'a>) -> Element<'a, Message> {
        let l = data.locale;
        let visible = self.visible(data.catalog);
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
            let done = items
                .iter()
                .filter(|i| {
                    effective_verdict(i, data.triage, data.answers.get(&i.id)).is_answered()
                })
                .count();
            let worst = items
                .iter()
                .map(|i| effective_verdict(i, data.triage, data.answers.get(&i.id)))
                .filter(|v| v.is_answered())
                .max_by_key(|v| v.severity(false));
            let colour = style::verdict_color(worst.unwrap_or(Verdict::Unanswered));
            let indent = 12.0 * (clause.depth() - 1) as f32;
            let title = format!("{} {}", clause.number, clause.title.get(l));
            let size = if clause.depth() == 1 { 15 } else { 13 };
            let first = items[0].id.clone();
            let current = clause_within(&current_clause, &clause.number) && clause.depth() > 1;
            let label = row![
                text("●").size(10).color(colour),
                text(title).size(size).width(Fill),
                text(format!("{done}/{}", items.len())).size(12),
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
        container(scrollable(list).height(Fill))
            .width(Length::Fixed(300.0))
            .height(Fill)
            .style(style::top_bar)
            .into()
    }

    fn main<'a>(&'a self, data: Data<'a>) -> Element<'a, Message> {
        let l = data.locale;
        let visible = self.visible(data.catalog);
        let Some(item) = data.catalog.item(&self.current) else {
            return container(text(tr(l, "q-no-items"))).padding(24).into();
        };
        let pos = visible
            .iter()
            .position(|i| i.id == item.id)
            .map_or(0, |p| p + 1);
        let answer = data.answers.get(&item.id);
        let verdict = answer.map_or(Verdict::Unanswered, |a| a.verdict);
        let clause_title = data
            .catalog
            .clause(&item.clause)
            .map(|c| c.title.get(l).to_string())
            .unwrap_or_default();

        let mut filter_choices = vec![Choice {
            value: None,
            label: tr(l, "q-all-departments"),
        }];
        filter_choices.extend(Department::ALL.iter().map(|d| Choice {
            value: Some(*d),
            label: label(l, "department", d.key()),
        }));
        let selected_filter = filter_choices
            .iter()
            .find(|c| c.value == self.department)
            .cloned();
        let toolbar = row![
            text(tr_args(
                l,
                "q-position",
                &[("pos", Arg::from(pos)), ("total", Arg::from(visible.len()))]
            ))
            .size(14),
            iced::widget::space::horizontal(),
            text(tr(l, "q-interview-mode")).size(14),
            pick_list(filter_choices, selected_filter, Message::Filter).text_size(14),
            text_input(&tr(l, "q-find-placeholder"), &self.find)
                .id(Id::new(FIND_ID))
                .on_input(Message::Find)
                .on_submit(Message::FindSubmit)
                .width(Length::Fixed(220.0))
                .size(14),
        ]
        .spacing(10)
        .align_y(iced::Center);

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
            text(meta.join("  ·  ")).size(13).style(style::muted),
            text(item.question.get(l)).size(21),
        ]
        .spacing(10);

        if let crate::model::assessment::Applicability::NotApplicable(NotApplicable::Triage(t)) =
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
            card = card.push(
                text(tr(l, "q-suggested"))
                    .size(14)
                    .color(style::verdict_color(Verdict::Observation)),
            );
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
            .on_press(Message::Verdict(v))
            .into()
        }))
        .spacing(8)
        .wrap();
        card = card.push(verdicts);

        if verdict == Verdict::Na {
            card = card.push(
                text_input(&tr(l, "q-na-reason"), &self.na_reason)
                    .on_input(Message::NaReason)
                    .on_submit(Message::Flush)
                    .padding(8),
            );
        }
        card = card.push(
            text_input(&tr(l, "q-note"), &self.note)
                .on_input(Message::Note)
                .on_submit(Message::Flush)
                .padding(8),
        );
        card = card.push(
            text_input(&tr(l, "q-evidence-seen"), &self.evidence)
                .on_input(Message::Evidence)
                .on_submit(Message::Flush)
                .padding(8),
        );
        let methods = keyed_choices(l, "method", Method::ALL, Method::key);
        let depts = keyed_choices(l, "department", Department::ALL, Department::key);
        let sel_method = answer
            .and_then(|a| a.method)
            .and_then(|m| methods.iter().find(|c| c.value == m).cloned());
        let sel_dept = answer
            .and_then(|a| a.department)
            .and_then(|d| depts.iter().find(|c| c.value == d).cloned());
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

        let mut guide = column![
            text(tr(l, "q-guidance")).size(15),
            text(item.guidance.get(l)).size(14).style(style::muted)
        ]
        .spacing(6);
        if !item.evidence.is_empty() {
            guide = guide.push(text(tr(l, "q-typical-evidence")).size(15));
            for e in &item.evidence {
                guide = guide.push(
                    text(format!(
                        "• [{}] {}",
                        label(l, "evidence", e.kind.key()),
                        e.text.get(l)
                    ))
                    .size(14)
                    .style(style::muted),
                );
            }
        }
        let nav = row![
            button(text(tr(l, "q-previous")))
                .style(button::secondary)
                .on_press(Message::Previous),
            iced::widget::space::horizontal(),
            text(tr(l, "q-keys-hint")).size(12).style(style::muted),
            iced::widget::space::horizontal(),
            button(text(tr(l, "q-next")))
                .style(button::primary)
                .on_press(Message::Next),
        ]
        .align_y(iced::Center);

        let body = column![
            toolbar,
            container(card).padding(20).style(style::card).width(Fill),
            container(guide).padding(20).style(style::card).width(Fill),
            nav,
        ]
        .spacing(14)
        .padding(20)
        .max_width(980);
        scrollable(container(body).center_x(Fill))
            .height(Fill)
            .into()
    }
}
