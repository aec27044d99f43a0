//! Settings: language, theme, where the data lives, backups (list, restore), and about
//! (version, catalogue versions, font licence).

use crate::i18n::{Arg, tr, tr_args};
use crate::locale::Locale;
use crate::settings::ThemeChoice;
use crate::store::Store;
use crate::ui::{Context, style};
use iced::widget::{button, column, container, row, scrollable, text, text_input};
use iced::{Element, Fill};

use super::policy_card::{self, PolicyCard};
use crate::policies::PolicyKind;

#[derive(Debug, Clone)]
pub struct BackupRow {
    pub name: String,
    pub when: String,
    pub size_kb: u64,
}

#[derive(Debug)]
pub struct SettingsScreen {
    backups: Vec<BackupRow>,
    pub rewards: PolicyCard,
    pub costs: PolicyCard,
    move_path: String,
    catalogs: Vec<String>,
    confirm_restore: Option<String>,
    show_licence: bool,
    pub branding: super::branding::BrandingCard,
}

#[derive(Debug, Clone)]
pub enum Message {
    Language(Locale),
    Theme(ThemeChoice),
    Audience(crate::settings::Audience),
    AskRestore(String),
    Restore,
    Cancel,
    ToggleLicence,
    Policy(PolicyKind, policy_card::Message),
    MovePath(String),
    MoveData,
    /// Native dialogs (handled by the app).
    BrowseMove,
    Branding(super::branding::Message),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Language(Locale),
    Theme(ThemeChoice),
    Audience(crate::settings::Audience),
    Restore(String),
    Policy(PolicyKind, policy_card::Event),
    MoveData(String),
    Branding(super::branding::Event),
}

impl SettingsScreen {
    pub fn new(ctx: &Context, store: Option<&Store>) -> Self {
        let backups = store
            .map(|s| {
                s.backups()
                    .into_iter()
                    .map(|b| BackupRow {
                        name: b.name,
                        when: b.created_at.format("%Y-%m-%d %H:%M").to_string(),
                        size_kb: b.size.div_ceil(1024),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let catalogs = store
            .map(|s| {
                s.catalogs()
                    .catalogs
                    .iter()
                    .map(|c| {
                        format!(
                            "{} — {} {}",
                            c.display_title(ctx.locale),
                            tr(ctx.locale, "settings-version"),
                            c.version
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut screen = SettingsScreen {
            backups,
            rewards: PolicyCard::new(PolicyKind::Rewards),
            costs: PolicyCard::new(PolicyKind::Costs),
            move_path: String::new(),
            catalogs,
            confirm_restore: None,
            show_licence: false,
            branding: super::branding::BrandingCard::new(&ctx.settings.branding),
        };
        let (rewards, _) = crate::policies::load_rewards(&ctx.paths, ctx.locale);
        screen.set_rewards(&rewards, ctx.locale);
        if let (Some(costs), _) = crate::policies::load_costs(&ctx.paths, ctx.locale) {
            screen.set_costs(&costs, ctx.locale);
        }
        screen
    }

    /// Shows the cost data in use: one line per published figure and per audit-days row.
    pub fn set_costs(&mut self, costs: &crate::policies::Costs, l: Locale) {
        let checked = tr(l, "settings-rewards-checked");
        let mut lines: Vec<String> = costs
            .data
            .figures
            .iter()
            .map(|f| {
                use crate::model::cost::FigureKind;
                let what = match f.kind {
                    FigureKind::ConsultantFee => "settings-costs-consultant-fee",
                    FigureKind::AuditFee => "settings-costs-audit-fee",
                    FigureKind::ProjectMonths => "settings-costs-project-months",
                };
                let range = match f.kind {
                    FigureKind::ProjectMonths => crate::report::sme::number_range(f.low, f.high),
                    _ => crate::report::sme::yuan_range(l, f.low, f.high),
                };
                format!(
                    "{} · {} · {checked} {}",
                    tr_args(l, what, &[("range", Arg::from(range))]),
                    f.source.get(l),
                    f.checked_on
                )
            })
            .collect();
        lines.extend(costs.data.audit_days.iter().map(|r| {
            tr_args(
                l,
                "settings-costs-audit-days",
                &[
                    ("employees", Arg::from(r.employees_up_to.to_string())),
                    (
                        "days",
                        Arg::from(crate::report::sme::number_range(r.initial, r.initial)),
                    ),
                    (
                        "surveillance",
                        Arg::from(crate::report::sme::number_range(
                            r.surveillance,
                            r.surveillance,
                        )),
                    ),
                    ("source", Arg::from(r.source.get(l).to_string())),
                    ("checked", Arg::from(r.checked_on.to_string())),
                ],
            )
        }));
        self.costs.set(lines, &costs.text, costs.user_copy);
    }

    /// Shows the reward data in use (after loading, saving, importing or resetting it).
    pub fn set_rewards(&mut self, rewards: &crate::policies::Rewards, l: Locale) {
        let lines = rewards
            .data
            .iter()
            .map(|r| {
                format!(
                    "{} · {} · {} {}",
                    r.region.get(l),
                    r.amount.get(l),
                    tr(l, "settings-rewards-checked"),
                    r.checked_on
                )
            })
            .collect();
        self.rewards.set(lines, &rewards.text, rewards.user_copy);
    }

    pub fn update(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::Language(l) => Some(Event::Language(l)),
            Message::Theme(t) => Some(Event::Theme(t)),
            Message::Audience(a) => Some(Event::Audience(a)),
            Message::AskRestore(name) => {
                self.confirm_restore = Some(name);
                None
            }
            Message::Cancel => {
                self.confirm_restore = None;
                None
            }
            Message::Restore => self.confirm_restore.take().map(Event::Restore),
            Message::ToggleLicence => {
                self.show_licence = !self.show_licence;
                None
            }
            Message::Policy(kind, m) => {
                let card = match kind {
                    PolicyKind::Rewards => &mut self.rewards,
                    PolicyKind::Costs => &mut self.costs,
                };
                card.update(m).map(|e| Event::Policy(kind, e))
            }
            Message::MovePath(p) => {
                self.move_path = p;
                None
            }
            Message::BrowseMove => None,
            Message::Branding(m) => self.branding.update(m).map(Event::Branding),
            Message::MoveData => {
                let p = self.move_path.trim().to_string();
                (!p.is_empty()).then_some(Event::MoveData(p))
            }
        }
    }

    pub fn view<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let l = ctx.locale;
        let choice = |label: String, active: bool, m: Message| {
            button(text(label).size(14))
                .style(if active {
                    button::primary
                } else {
                    button::secondary
                })
                .on_press(m)
        };
        let appearance = column![
            text(tr(l, "settings-appearance")).size(17),
            row![
                text(tr(l, "settings-language")).size(14).width(160),
                choice(
                    "中文".into(),
                    l == Locale::ZhCn,
                    Message::Language(Locale::ZhCn)
                ),
                choice(
                    "English".into(),
                    l == Locale::EnUs,
                    Message::Language(Locale::EnUs)
                ),
            ]
            .spacing(8)
            .align_y(iced::Center),
            row![
                text(tr(l, "settings-theme")).size(14).width(160),
                choice(
                    tr(l, "settings-theme-light"),
                    ctx.settings.theme == ThemeChoice::Light,
                    Message::Theme(ThemeChoice::Light)
                ),
                choice(
                    tr(l, "settings-theme-dark"),
                    ctx.settings.theme == ThemeChoice::Dark,
                    Message::Theme(ThemeChoice::Dark)
                ),
            ]
            .spacing(8)
            .align_y(iced::Center),
            row![
                text(tr(l, "audience-setting")).size(14).width(160),
                super::audience::choices(l, ctx.settings.audience).map(Message::Audience),
            ]
            .spacing(8)
            .align_y(iced::Center),
        ]
        .spacing(10);
        let data = column![
            text(tr(l, "settings-data")).size(17),
            text(tr_args(
                l,
                "settings-data-folder",
                &[("path", Arg::from(ctx.paths.data_dir.display().to_string()))]
            ))
            .size(14),
            text(tr(l, "settings-data-move"))
                .size(13)
                .style(style::muted),
            row![
                text_input(&tr(l, "settings-move-placeholder"), &self.move_path)
                    .on_input(Message::MovePath)
                    .on_submit(Message::MoveData)
                    .padding(6),
                button(text(tr(l, "app-browse")).size(14))
                    .style(button::secondary)
                    .on_press(Message::BrowseMove),
                button(text(tr(l, "settings-move")).size(14))
                    .style(button::secondary)
                    .on_press(Message::MoveData),
            ]
            .spacing(8),
        ]
        .spacing(8);
        let mut backups = column![text(tr(l, "settings-backups")).size(17)].spacing(6);
        if self.backups.is_empty() {
            backups = backups.push(
                text(tr(l, "settings-no-backups"))
                    .size(14)
                    .style(style::muted),
            );
        }
        for b in &self.backups {
            backups = backups.push(
                row![
                    text(&b.when).size(14).width(160),
                    text(&b.name).size(13).width(Fill).style(style::muted),
                    text(format!("{} KB", b.size_kb)).size(13).width(80),
                    button(text(tr(l, "settings-restore")).size(13))
                        .style(button::secondary)
                        .on_press(Message::AskRestore(b.name.clone())),
                ]
                .spacing(8)
                .align_y(iced::Center),
            );
            if self.confirm_restore.as_ref() == Some(&b.name) {
                backups = backups.push(
                    row![
                        text(tr(l, "settings-restore-confirm")).size(13).width(Fill),
                        button(text(tr(l, "settings-restore")).size(13))
                            .style(button::danger)
                            .on_press(Message::Restore),
                        button(text(tr(l, "plan-cancel")).size(13))
                            .style(button::secondary)
                            .on_press(Message::Cancel),
                    ]
                    .spacing(8),
                );
            }
        }
        let mut about = column![
            text(tr(l, "settings-about")).size(17),
            text(format!(
                "{} {}",
                crate::DISPLAY_NAME,
                env!("CARGO_PKG_VERSION")
            ))
            .size(14),
        ]
        .spacing(6);
        for c in &self.catalogs {
            about = about.push(text(c).size(13));
        }
        about = about.push(text(tr(l, "settings-font")).size(13)).push(
            button(text(tr(l, "settings-licence")).size(13))
                .style(button::secondary)
                .on_press(Message::ToggleLicence),
        );
        if self.show_licence {
            about = about.push(text(crate::assets::FONT_LICENSE).size(11));
        }
        let card = |c: iced::widget::Column<'a, Message>| {
            container(c).padding(16).width(Fill).style(style::card)
        };
        scrollable(
            column![
                card(appearance),
                card(data),
                card(backups),
                self.rewards
                    .view(l)
                    .map(|m| Message::Policy(PolicyKind::Rewards, m)),
                self.costs
                    .view(l)
                    .map(|m| Message::Policy(PolicyKind::Costs, m)),
                self.branding.view(ctx).map(Message::Branding),
                card(about)
            ]
            .spacing(12)
            .padding(20)
            .max_width(900),
        )
        .height(Fill)
        .into()
    }
}
