//! The client's departments and people (职能分配表), a card of the profile screen. Shows the
//! proposal from the ticked functions until the user edits it; every valid edit saves the
//! profile, an invalid one stays on screen with its message until it is put right.

use crate::i18n::org::{function_name, org_error_text, role_name, unit_name};
use crate::i18n::tr;
use crate::locale::Locale;
use crate::model::catalog::Department;
use crate::model::org::{Organisation, Person, Role, Unit};
use crate::model::profile::Profile;
use crate::ui::style;
use crate::ui::widgets::Choice;
use iced::widget::{button, column, container, pick_list, row, text, text_input};
use iced::{Color, Element, Fill, Length};

const WARNING: Color = Color::from_rgb(0.72, 0.45, 0.05);

#[derive(Debug, Clone, Default)]
pub struct OrgEditor {
    /// An edit that does not validate yet (shown instead of the saved organisation).
    draft: Option<Organisation>,
    errors: Vec<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    UnitName(usize, String),
    /// Lead → support → none → lead.
    Function(usize, Department),
    AddUnit,
    RemoveUnit(usize),
    PersonName(usize, String),
    PersonRole(usize, Choice<Role>),
    PersonUnit(usize, Choice<Option<String>>),
    AddPerson,
    RemovePerson(usize),
    /// Back to the proposal from the ticked functions (people stay).
    UseProposal,
}

/// What the card shows: the draft, else the profile's organisation (recorded or proposed).
fn shown(editor: &OrgEditor, profile: &Profile) -> Organisation {
    editor
        .draft
        .clone()
        .unwrap_or_else(|| profile.organisation())
}

fn cycle(unit: &mut Unit, f: Department) {
    if unit.lead.contains(&f) {
        unit.lead.retain(|x| *x != f);
        unit.support.push(f);
    } else if unit.support.contains(&f) {
        unit.support.retain(|x| *x != f);
    } else {
        unit.lead.push(f);
    }
}

impl OrgEditor {
    /// Applies a message; `Some(profile)` to save when the result is valid.
    pub fn update(&mut self, message: Message, profile: &Profile, l: Locale) -> Option<Profile> {
        let mut org = shown(self, profile);
        if self.draft.is_none() && profile.organisation.units.is_empty() {
            // Adopting the proposal: its standard names become the client's names, so a
            // department keeps its name when its functions change.
            for u in &mut org.units {
                u.name = unit_name(l, u);
            }
        }
        match message {
            Message::UnitName(i, s) => org.units.get_mut(i)?.name = s,
            Message::Function(i, f) => cycle(org.units.get_mut(i)?, f),
            Message::AddUnit => {
                let id = org.next_unit_id();
                org.units.push(Unit {
                    id,
                    ..Unit::default()
                });
            }
            Message::RemoveUnit(i) => {
                if i >= org.units.len() {
                    return None;
                }
                let gone = org.units.remove(i).id;
                for p in &mut org.people {
                    if p.unit.as_deref() == Some(gone.as_str()) {
                        p.unit = None;
                    }
                }
            }
            Message::PersonName(i, s) => org.people.get_mut(i)?.name = s,
            Message::PersonRole(i, c) => org.people.get_mut(i)?.role = c.value,
            Message::PersonUnit(i, c) => org.people.get_mut(i)?.unit = c.value,
            Message::AddPerson => org.people.push(Person {
                name: String::new(),
                role: Role::InternalAuditor,
                unit: None,
            }),
            Message::RemovePerson(i) => {
                if i >= org.people.len() {
                    return None;
                }
                org.people.remove(i);
            }
            Message::UseProposal => org.units.clear(),
        }
        match org.validate(|u| unit_name(l, u)) {
            Ok(()) => {
                self.draft = None;
                self.errors.clear();
                let mut p = profile.clone();
                p.organisation = org;
                (p != *profile).then_some(p)
            }
            Err(errors) => {
                self.errors = errors.iter().map(|e| org_error_text(l, e)).collect();
                self.draft = Some(org);
                None
            }
        }
    }

    pub fn view<'a>(&'a self, profile: &'a Profile, l: Locale) -> Element<'a, Message> {
        let org = shown(self, profile);
        let recorded = self.draft.is_some() || !profile.organisation.units.is_empty();
        let mut col = column![
            text(tr(l, "org-title")).size(17),
            text(tr(
                l,
                if recorded {
                    "org-hint-recorded"
                } else {
                    "org-hint-proposed"
                }
            ))
            .size(13)
            .style(style::muted),
        ]
        .spacing(8);
        for (i, unit) in org.units.iter().enumerate() {
            col = col.push(unit_row(i, unit, l));
        }
        let unassigned = org.unassigned();
        if !unassigned.is_empty() {
            let names: Vec<String> = unassigned.iter().map(|f| function_name(l, *f)).collect();
            col = col.push(
                text(crate::i18n::tr_args(
                    l,
                    "org-unassigned",
                    &[(
                        "functions",
                        names.join(tr(l, "report-list-sep").as_str()).into(),
                    )],
                ))
                .size(13)
                .color(WARNING),
            );
        }
        let mut actions = row![
            button(text(tr(l, "org-add-unit")).size(13))
                .padding([4, 10])
                .style(button::secondary)
                .on_press(Message::AddUnit)
        ]
        .spacing(8);
        if recorded {
            actions = actions.push(
                button(text(tr(l, "org-use-proposal")).size(13))
                    .padding([4, 10])
                    .style(button::text)
                    .on_press(Message::UseProposal),
            );
        }
        col = col.push(actions);

        col = col.push(text(tr(l, "org-people")).size(15));
        let roles: Vec<Choice<Role>> = Role::ALL
            .iter()
            .map(|r| Choice {
                value: *r,
                label: role_name(l, *r),
            })
            .collect();
        let mut units: Vec<Choice<Option<String>>> = vec![Choice {
            value: None,
            label: tr(l, "org-no-unit"),
        }];
        units.extend(org.units.iter().map(|u| Choice {
            value: Some(u.id.clone()),
            label: unit_name(l, u),
        }));
        if org.people.is_empty() {
            col = col.push(text(tr(l, "org-no-people")).size(13).style(style::muted));
        }
        for (i, p) in org.people.iter().enumerate() {
            let role = roles.iter().find(|c| c.value == p.role).cloned();
            let unit = units.iter().find(|c| c.value == p.unit).cloned();
            col = col.push(
                row![
                    text_input(&tr(l, "org-person-name"), &p.name)
                        .id(person_name_id(i))
                        .on_input(move |s| Message::PersonName(i, s))
                        .size(14)
                        .padding(6)
                        .width(Length::FillPortion(3)),
                    pick_list(roles.clone(), role, move |c| Message::PersonRole(i, c))
                        .text_size(14)
                        .width(Length::FillPortion(3)),
                    pick_list(units.clone(), unit, move |c| Message::PersonUnit(i, c))
                        .text_size(14)
                        .width(Length::FillPortion(3)),
                    button(text(tr(l, "org-remove")).size(13))
                        .padding([4, 8])
                        .style(button::text)
                        .on_press(Message::RemovePerson(i)),
                ]
                .spacing(8)
                .align_y(iced::Center),
            );
        }
        col = col.push(
            button(text(tr(l, "org-add-person")).size(13))
                .padding([4, 10])
                .style(button::secondary)
                .on_press(Message::AddPerson),
        );
        for e in &self.errors {
            col = col.push(text(e.clone()).size(12).color(style::DANGER));
        }
        col.into()
    }
}

/// The name field of the `i`-th person (focused when a person is added).
pub fn person_name_id(i: usize) -> iced::widget::Id {
    iced::widget::Id::from(format!("org-person-name-{i}"))
}

fn unit_row(i: usize, unit: &Unit, l: Locale) -> Element<'static, Message> {
    let placeholder = unit.name_function().map_or_else(
        || tr(l, "org-unit-name"),
        |f| tr(l, &format!("department-{}", f.key())),
    );
    let chips = row(Department::ALL.iter().map(|f| {
        let (label, style): (String, fn(&iced::Theme, button::Status) -> button::Style) =
            if unit.lead.contains(f) {
                (
                    crate::i18n::tr_args(
                        l,
                        "org-function-lead",
                        &[("function", function_name(l, *f).into())],
                    ),
                    button::primary,
                )
            } else if unit.support.contains(f) {
                (
                    crate::i18n::tr_args(
                        l,
                        "org-function-support",
                        &[("function", function_name(l, *f).into())],
                    ),
                    button::secondary,
                )
            } else {
                (function_name(l, *f), button::text)
            };
        button(text(label).size(12))
            .padding([3, 8])
            .style(style)
            .on_press(Message::Function(i, *f))
            .into()
    }))
    .spacing(4)
    .wrap();
    container(
        column![
            row![
                text_input(&placeholder, &unit.name)
                    .on_input(move |s| Message::UnitName(i, s))
                    .size(14)
                    .padding(6)
                    .width(Length::Fixed(220.0)),
                iced::widget::space::horizontal(),
                button(text(tr(l, "org-remove")).size(13))
                    .padding([4, 8])
                    .style(button::text)
                    .on_press(Message::RemoveUnit(i)),
            ]
            .align_y(iced::Center),
            chips,
        ]
        .spacing(6),
    )
    .padding(8)
    .width(Fill)
    .style(container::bordered_box)
    .into()
}
