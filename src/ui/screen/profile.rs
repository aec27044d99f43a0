//! Profile & triage: the enterprise profile with inline validation and a live size class, the
//! facts the gate check needs, and the triage questions that mark items N/A (reversibly).
//! Every valid change is handed to the app to save at once.

use crate::error::Localize;
use crate::i18n::{Arg, error_text, render, tr, tr_args};
use crate::locale::Locale;
use crate::model::assessment::{Facts, TriageAnswer};
use crate::model::catalog::{Department, TriageId};
use crate::model::profile::{Industry, IpFunction, MgmtSystem, Profile, ProfileField};
use crate::ui::screen::organisation::{self, OrgEditor};
use crate::ui::style;
use crate::ui::widgets::{Choice, keyed_choices, label};
use chrono::NaiveDate;
use iced::widget::{
    button, checkbox, column, container, pick_list, row, scrollable, text, text_input,
};
use iced::{Element, Fill, Length};
use std::collections::BTreeMap;

/// Text fields of the profile, as (field, is_number).
const TEXT_FIELDS: [(ProfileField, bool); 18] = [
    (ProfileField::Name, false),
    (ProfileField::Uscc, false),
    (ProfileField::Province, false),
    (ProfileField::City, false),
    (ProfileField::Employees, true),
    (ProfileField::RevenueWan, true),
    (ProfileField::AssetsWan, true),
    (ProfileField::TaxableIncomeWan, true),
    (ProfileField::IpStaff, true),
    (ProfileField::OtherSystems, false),
    (ProfileField::InventionPatents, true),
    (ProfileField::UtilityModels, true),
    (ProfileField::Designs, true),
    (ProfileField::Trademarks, true),
    (ProfileField::SoftwareCopyrights, true),
    (ProfileField::OtherCopyrights, true),
    (ProfileField::TradeSecrets, true),
    (ProfileField::Industry, false),
];

/// Date facts, keyed for messages `facts-<key>`.
const FACT_DATES: [&str; 3] = [
    "operation_started_on",
    "internal_audit_on",
    "management_review_on",
];

#[derive(Debug, Clone)]
pub struct ProfileForm {
    drafts: BTreeMap<ProfileField, String>,
    dates: BTreeMap<&'static str, String>,
    auditors: String,
    errors: BTreeMap<String, String>,
    org: OrgEditor,
}

#[derive(Debug, Clone)]
pub enum Message {
    Field(ProfileField, String),
    Industry(Choice<Industry>),
    IpFunction(Choice<IpFunction>),
    Licence(Choice<Option<bool>>),
    System(MgmtSystem, bool),
    /// The client has no management system yet.
    NoSystems(bool),
    Department(Department, bool),
    Triage(TriageId, TriageAnswer),
    Date(&'static str, String),
    Penalty(Choice<Option<bool>>),
    Auditors(String),
    Org(organisation::Message),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    SaveProfile(Profile),
    SaveFacts(Facts),
}

fn text_of(p: &Profile, f: ProfileField) -> String {
    let n = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    let a = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    match f {
        ProfileField::Name => p.name.clone(),
        ProfileField::Uscc => p.uscc.clone(),
        ProfileField::Province => p.province.clone(),
        ProfileField::City => p.city.clone(),
        ProfileField::Employees => n(p.employees),
        ProfileField::RevenueWan => a(p.revenue_wan),
        ProfileField::AssetsWan => a(p.assets_wan),
        ProfileField::TaxableIncomeWan => a(p.taxable_income_wan),
        ProfileField::IpStaff => n(p.ip_staff),
        ProfileField::OtherSystems => p.other_systems.clone(),
        ProfileField::InventionPatents => p.portfolio.invention_patents.to_string(),
        ProfileField::UtilityModels => p.portfolio.utility_models.to_string(),
        ProfileField::Designs => p.portfolio.designs.to_string(),
        ProfileField::Trademarks => p.portfolio.trademarks.to_string(),
        ProfileField::SoftwareCopyrights => p.portfolio.software_copyrights.to_string(),
        ProfileField::OtherCopyrights => p.portfolio.other_copyrights.to_string(),
        ProfileField::TradeSecrets => p.portfolio.trade_secrets.to_string(),
        ProfileField::Industry => String::new(),
    }
}

/// Applies a typed value to a copy of the profile; `Err` with a message id when it is not a number.
fn apply(p: &mut Profile, f: ProfileField, s: &str) -> Result<(), &'static str> {
    let s = s.trim();
    let int = || -> Result<Option<i64>, &'static str> {
        if s.is_empty() {
            Ok(None)
        } else {
            s.parse::<i64>()
                .map(Some)
                .map_err(|_| "profile-not-whole-number")
        }
    };
    let num = || -> Result<Option<f64>, &'static str> {
        if s.is_empty() {
            Ok(None)
        } else {
            s.parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .map(Some)
                .ok_or("profile-not-number")
        }
    };
    match f {
        ProfileField::Name => p.name = s.to_string(),
        ProfileField::Uscc => p.uscc = s.to_uppercase(),
        ProfileField::Province => p.province = s.to_string(),
        ProfileField::City => p.city = s.to_string(),
        ProfileField::OtherSystems => {
            p.other_systems = s.to_string();
            if !s.is_empty() {
                p.no_systems = false;
            }
        }
        ProfileField::Employees => p.employees = int()?,
        ProfileField::IpStaff => p.ip_staff = int()?,
        ProfileField::RevenueWan => p.revenue_wan = num()?,
        ProfileField::AssetsWan => p.assets_wan = num()?,
        ProfileField::TaxableIncomeWan => p.taxable_income_wan = num()?,
        ProfileField::InventionPatents => p.portfolio.invention_patents = int()?.unwrap_or(0),
        ProfileField::UtilityModels => p.portfolio.utility_models = int()?.unwrap_or(0),
        ProfileField::Designs => p.portfolio.designs = int()?.unwrap_or(0),
        ProfileField::Trademarks => p.portfolio.trademarks = int()?.unwrap_or(0),
        ProfileField::SoftwareCopyrights => p.portfolio.software_copyrights = int()?.unwrap_or(0),
        ProfileField::OtherCopyrights => p.portfolio.other_copyrights = int()?.unwrap_or(0),
        ProfileField::TradeSecrets => p.portfolio.trade_secrets = int()?.unwrap_or(0),
        ProfileField::Industry => {}
    }
    Ok(())
}

fn yes_no(l: Locale) -> Vec<Choice<Option<bool>>> {
    vec![
        Choice {
            value: None,
            label: tr(l, "triage-answer-unknown"),
        },
        Choice {
            value: Some(true),
            label: tr(l, "triage-answer-yes"),
        },
        Choice {
            value: Some(false),
            label: tr(l, "triage-answer-no"),
        },
    ]
}

impl ProfileForm {
    pub fn new(profile: &Profile, facts: &Facts) -> Self {
        let drafts = TEXT_FIELDS
            .iter()
            .map(|(f, _)| (*f, text_of(profile, *f)))
            .collect();
        let d = |v: Option<NaiveDate>| v.map(|d| d.to_string()).unwrap_or_default();
        let dates = BTreeMap::from([
            ("operation_started_on", d(facts.operation_started_on)),
            ("internal_audit_on", d(facts.internal_audit_on)),
            ("management_review_on", d(facts.management_review_on)),
        ]);
        ProfileForm {
            drafts,
            dates,
            auditors: facts
                .trained_auditors
                .map(|n| n.to_string())
                .unwrap_or_default(),
            errors: BTreeMap::new(),
            org: OrgEditor::default(),
        }
    }

    fn checked(&mut self, mut p: Profile, field: Option<ProfileField>, l: Locale) -> Option<Event> {
        // A field whose typed text was refused keeps its message until that text is fixed: it
        // is still not saved, whatever else changes.
        let unsaved: Vec<String> = self
            .drafts
            .iter()
            .filter(|(f, typed)| Some(**f) != field && typed.trim() != text_of(&p, **f).trim())
            .map(|(f, _)| format!("profile-{}", f.key()))
            .collect();
        self.errors
            .retain(|k, _| !k.starts_with("profile-") || unsaved.contains(k));
        if let Err(errors) = p.validate() {
            for e in &errors {
                self.errors.insert(
                    format!("profile-{}", e.field().key()),
                    error_text(l, e as &dyn Localize),
                );
            }
            // Save nothing that is invalid; the field keeps the typed text.
            if field.is_none_or(|f| errors.iter().any(|e| e.field() == f)) || !errors.is_empty() {
                return None;
            }
        }
        p.uscc = p.uscc.trim().to_string();
        Some(Event::SaveProfile(p))
    }

    pub fn update(
        &mut self,
        message: Message,
        profile: &Profile,
        facts: &Facts,
        l: Locale,
    ) -> Option<Event> {
        let mut p = profile.clone();
        match message {
            Message::Field(f, s) => {
                self.drafts.insert(f, s.clone());
                if let Err(id) = apply(&mut p, f, &s) {
                    self.errors
                        .insert(format!("profile-{}", f.key()), tr(l, id));
                    return None;
                }
                return self.checked(p, Some(f), l);
            }
            Message::Industry(c) => p.industry = Some(c.value),
            Message::IpFunction(c) => p.ip_function = c.value,
            Message::Licence(c) => p.business_licence_valid = c.value,
            Message::System(s, on) => {
                p.systems.retain(|x| *x != s);
                if on {
                    p.systems.push(s);
                    p.no_systems = false;
                }
            }
            Message::NoSystems(on) => {
                p.no_systems = on;
                if on {
                    p.systems.clear();
                    p.other_systems.clear();
                    self.drafts.remove(&ProfileField::OtherSystems);
                }
            }
            Message::Department(d, on) => {
                p.departments.retain(|x| *x != d);
                if on {
                    p.departments.push(d);
                }
            }
            Message::Org(m) => return self.org.update(m, profile, l).map(Event::SaveProfile),
            Message::Triage(t, a) => {
                p.triage.insert(t, a);
            }
            Message::Date(key, s) => {
                self.dates.insert(key, s.clone());
                let parsed = if s.trim().is_empty() {
                    Ok(None)
                } else {
                    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map(Some)
                };
                let Ok(date) = parsed else {
                    self.errors
                        .insert(format!("facts-{key}"), tr(l, "plan-bad-date"));
                    return None;
                };
                self.errors.remove(&format!("facts-{key}"));
                let mut f = facts.clone();
                match key {
                    "operation_started_on" => f.operation_started_on = date,
                    "internal_audit_on" => f.internal_audit_on = date,
                    _ => f.management_review_on = date,
                }
                return Some(Event::SaveFacts(f));
            }
            Message::Penalty(c) => {
                let mut f = facts.clone();
                f.ip_penalty_in_window = c.value;
                return Some(Event::SaveFacts(f));
            }
            Message::Auditors(s) => {
                self.auditors.clone_from(&s);
                let mut f = facts.clone();
                if s.trim().is_empty() {
                    f.trained_auditors = None;
                } else if let Ok(n) = s
                    .trim()
                    .parse::<u32>()
                    .map_err(|_| ())
                    .and_then(|n| if n <= 10_000 { Ok(n) } else { Err(()) })
                {
                    f.trained_auditors = Some(n);
                } else {
                    self.errors.insert(
                        "facts-trained_auditors".into(),
                        tr(l, "profile-not-whole-number"),
                    );
                    return None;
                }
                self.errors.remove("facts-trained_auditors");
                return Some(Event::SaveFacts(f));
            }
        }
        self.checked(p, None, l)
    }

    fn field(&self, f: ProfileField, l: Locale) -> Element<'_, Message> {
        let value = self.drafts.get(&f).map_or("", String::as_str);
        let mut col = column![
            text(label(l, "profile-field", f.key())).size(13),
            text_input("", value)
                .on_input(move |s| Message::Field(f, s))
                .size(14)
                .padding(6),
        ]
        .spacing(3)
        .width(Fill);
        if let Some(e) = self.errors.get(&format!("profile-{}", f.key())) {
            col = col.push(text(e).size(12).color(style::DANGER));
        }
        col.into()
    }

    pub fn view<'a>(
        &'a self,
        profile: &'a Profile,
        facts: &'a Facts,
        l: Locale,
    ) -> Element<'a, Message> {
        let f = |x| self.field(x, l);
        let industries = keyed_choices(l, "industry", Industry::ALL, Industry::key);
        let industry = profile
            .industry
            .and_then(|i| industries.iter().find(|c| c.value == i).cloned());
        let size = profile.size_class();
        let size_text = tr_args(
            l,
            "profile-size-class",
            &[("reason", Arg::from(render(l, &size.reason)))],
        );
        let functions = keyed_choices(l, "ip-function", IpFunction::ALL, IpFunction::key);
        let function = functions
            .iter()
            .find(|c| c.value == profile.ip_function)
            .cloned();
        let licence_choices = yes_no(l);
        let licence = licence_choices
            .iter()
            .find(|c| c.value == profile.business_licence_valid)
            .cloned();

        let identity = column![
            text(tr(l, "profile-section-identity")).size(17),
            row![f(ProfileField::Name), f(ProfileField::Uscc)].spacing(12),
            row![f(ProfileField::Province), f(ProfileField::City)].spacing(12),
            row![
                column![
                    text(label(l, "profile-field", "industry")).size(13),
                    pick_list(industries, industry, Message::Industry)
                        .placeholder(tr(l, "profile-choose"))
                        .text_size(14)
                ]
                .spacing(3)
                .width(Fill),
                column![
                    text(tr(l, "profile-licence")).size(13),
                    pick_list(licence_choices, licence, Message::Licence).text_size(14)
                ]
                .spacing(3)
                .width(Fill),
            ]
            .spacing(12),
            row![
                f(ProfileField::Employees),
                f(ProfileField::RevenueWan),
                f(ProfileField::AssetsWan),
                f(ProfileField::TaxableIncomeWan)
            ]
            .spacing(12),
            text(size_text)
                .size(14)
                .color(style::size_class_color(&size)),
        ]
        .spacing(10);

        let systems = row(MgmtSystem::ALL
            .iter()
            .map(|s| {
                checkbox(profile.systems.contains(s))
                    .label(label(l, "mgmt-system", s.key()))
                    .on_toggle(move |on| Message::System(*s, on))
                    .text_size(13)
                    .into()
            })
            .chain(std::iter::once(
                checkbox(profile.no_systems)
                    .label(tr(l, "mgmt-system-none"))
                    .on_toggle(Message::NoSystems)
                    .text_size(13)
                    .into(),
            )))
        .spacing(14)
        .wrap();
        let departments = row(Department::ALL.iter().map(|d| {
            checkbox(profile.departments.contains(d))
                .label(label(l, "function", d.key()))
                .on_toggle(move |on| Message::Department(*d, on))
                .text_size(13)
                .into()
        }))
        .spacing(14)
        .wrap();
        let organisation = column![
            text(tr(l, "profile-section-organisation")).size(17),
            text(tr(l, "profile-systems")).size(13),
            systems,
            f(ProfileField::OtherSystems),
            text(tr(l, "profile-departments")).size(13),
            departments,
            row![
                column![
                    text(tr(l, "profile-ip-function")).size(13),
                    pick_list(functions, function, Message::IpFunction).text_size(14)
                ]
                .spacing(3)
                .width(Fill),
                f(ProfileField::IpStaff),
            ]
            .spacing(12),
        ]
        .spacing(10);

        let portfolio = column![
            text(tr(l, "profile-section-portfolio")).size(17),
            row![
                f(ProfileField::InventionPatents),
                f(ProfileField::UtilityModels),
                f(ProfileField::Designs),
                f(ProfileField::Trademarks)
            ]
            .spacing(12),
            row![
                f(ProfileField::SoftwareCopyrights),
                f(ProfileField::OtherCopyrights),
                f(ProfileField::TradeSecrets)
            ]
            .spacing(12),
        ]
        .spacing(10);

        let mut triage = column![
            text(tr(l, "profile-section-triage")).size(17),
            text(tr(l, "profile-triage-hint"))
                .size(13)
                .style(style::muted)
        ]
        .spacing(8);
        // Counts in the profile suggest answers for the questions not answered yet.
        let suggested = crate::model::triage::suggestions(profile);
        for t in TriageId::ALL {
            let suggestion = suggested.iter().find(|s| s.id == *t);
            let current = profile
                .triage
                .get(t)
                .copied()
                .or(suggestion.map(|s| s.answer))
                .unwrap_or(TriageAnswer::Unknown);
            let buttons = row(TriageAnswer::ALL.iter().map(|a| {
                button(text(label(l, "triage-answer", a.key())).size(13))
                    .padding([4, 10])
                    .style(if *a == current {
                        button::primary
                    } else {
                        button::secondary
                    })
                    .on_press(Message::Triage(*t, *a))
                    .into()
            }))
            .spacing(4);
            triage = triage.push(
                row![
                    text(label(l, "triage", t.key())).size(14).width(Fill),
                    buttons
                ]
                .spacing(10)
                .align_y(iced::Center),
            );
            if let Some(s) = suggestion {
                triage = triage.push(
                    text(crate::i18n::tr_args(
                        l,
                        &format!("triage-suggested-{}", s.id.key()),
                        &[("count", s.count.into())],
                    ))
                    .size(12)
                    .color(style::verdict_color(
                        crate::model::assessment::Verdict::Observation,
                    )),
                );
            }
        }

        let penalty_choices = yes_no(l);
        let penalty = penalty_choices
            .iter()
            .find(|c| c.value == facts.ip_penalty_in_window)
            .cloned();
        let mut fact_rows = column![text(tr(l, "profile-section-facts")).size(17)].spacing(8);
        for key in FACT_DATES {
            let value = self.dates.get(key).map_or("", String::as_str);
            let mut c = row![
                text(label(l, "facts", key)).size(14).width(Fill),
                text_input("YYYY-MM-DD", value)
                    .on_input(move |s| Message::Date(key, s))
                    .width(Length::Fixed(140.0))
                    .size(14),
            ]
            .spacing(10)
            .align_y(iced::Center);
            if let Some(e) = self.errors.get(&format!("facts-{key}")) {
                c = c.push(text(e).size(12).color(style::DANGER));
            }
            fact_rows = fact_rows.push(c);
        }
        fact_rows = fact_rows
            .push(
                row![
                    text(tr(l, "facts-ip_penalty_in_window"))
                        .size(14)
                        .width(Fill),
                    pick_list(penalty_choices, penalty, Message::Penalty).text_size(14)
                ]
                .spacing(10)
                .align_y(iced::Center),
            )
            .push(
                row![
                    text(tr(l, "facts-trained_auditors")).size(14).width(Fill),
                    text_input("0", &self.auditors)
                        .on_input(Message::Auditors)
                        .width(Length::Fixed(140.0))
                        .size(14)
                ]
                .spacing(10)
                .align_y(iced::Center),
            );
        if let Some(e) = self.errors.get("facts-trained_auditors") {
            fact_rows = fact_rows.push(text(e).size(12).color(style::DANGER));
        }

        let card = |c: iced::widget::Column<'a, Message>| {
            container(c).padding(16).width(Fill).style(style::card)
        };
        scrollable(
            column![
                card(identity),
                card(organisation),
                container(self.org.view(profile, l).map(Message::Org))
                    .padding(16)
                    .width(Fill)
                    .style(style::card),
                card(portfolio),
                card(fact_rows),
                card(triage)
            ]
            .spacing(12)
            .padding(20)
            .max_width(1000),
        )
        .id(crate::ui::screen::page_id())
        .height(Fill)
        .into()
    }
}
