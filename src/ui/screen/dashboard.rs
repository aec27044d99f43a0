//! Dashboard: overall score and progress, charts per chapter and per IP process, the
//! certification gate check with reasons and the earliest application date, top gaps, and how
//! the score is computed.

use crate::i18n::{Arg, tr, tr_args};
use crate::locale::Locale;
use crate::model::assessment::Verdict;
use crate::ui::charts::{Radar, score_bars, score_color};
use crate::ui::style;
use crate::ui::widgets::label;
use iced::widget::{button, canvas, column, container, row, scrollable, text};
use iced::{Element, Fill, Length};

/// A gate as shown: name, hard or advisory, passed / failed / unknown, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct GateView {
    pub name: String,
    pub hard: bool,
    pub status: GateStatus,
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GateStatus {
    Passed,
    Failed,
    Unknown,
}

/// A gap as shown in the top list.
#[derive(Debug, Clone, PartialEq)]
pub struct GapView {
    pub item: String,
    pub clause: String,
    pub question: String,
    pub verdict: Verdict,
    pub priority: u8,
}

/// A first step as shown: what to do, who and by when, and the item it closes.
#[derive(Debug, Clone, PartialEq)]
pub struct StepView {
    pub text: String,
    pub owner_due: String,
    pub prerequisite: bool,
    pub item: Option<String>,
}

/// One sentence for both dates: the plan's application date, and the earliest one when the
/// plan is later (never two unexplained dates).
pub fn application_story(
    l: Locale,
    planned: Option<&str>,
    earliest: Option<&str>,
    no_date_reason: &str,
) -> String {
    match (planned, earliest) {
        (Some(p), Some(e)) if p == e => {
            tr_args(l, "dash-application-same", &[("date", Arg::from(p))])
        }
        (Some(p), Some(e)) => tr_args(
            l,
            "dash-application-both",
            &[("planned", Arg::from(p)), ("earliest", Arg::from(e))],
        ),
        // No date can be set (licence, penalty): say why instead of a date.
        (_, None) => no_date_reason.to_string(),
        (None, Some(_)) => tr(l, "dash-earliest-unknown"),
    }
}

/// Everything the dashboard shows, derived from the scorecard, gate check and plan.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DashboardData {
    pub title: String,
    pub overall: Option<f64>,
    pub progress: f64,
    pub chapters: Vec<(String, Option<f64>)>,
    pub processes: Vec<(String, Option<f64>)>,
    pub gates: Vec<GateView>,
    pub ready: bool,
    pub earliest_application: Option<String>,
    /// The plan's application date (the plan tab's timeline).
    pub planned_application: Option<String>,
    /// Why the earliest date is what it is (or why there is none).
    pub earliest_reason: String,
    pub gaps: Vec<GapView>,
    pub gap_count: usize,
    /// The three to five first steps (see [`crate::model::first_steps`]).
    pub first_steps: Vec<StepView>,
    /// How long and how much (an estimate).
    pub cost: crate::report::sme::CostLines,
    /// Rewards and measures for the profile's place, and whether a province was given.
    pub claims: Vec<crate::report::sme::ClaimLine>,
    pub region_given: bool,
    pub formula: String,
    pub legacy_note: Option<String>,
    /// When a newer version of the catalogue is loaded: the offer to move, and what would
    /// change ([`upgrade_offer`]).
    pub upgrade: Option<UpgradeOffer>,
}

/// The offer to move the diagnosis to the loaded version of its catalogue.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpgradeOffer {
    pub from: String,
    pub to: String,
    /// The translated change report (answers carried over, retired items, weights, new items).
    pub changes: Vec<String>,
}

/// The offer when `record` was made with an earlier version of `catalog`; `None` when it is
/// current or its version is not an earlier one (never offered backwards).
pub fn upgrade_offer(
    record: &crate::store::AssessmentRecord,
    catalog: &crate::model::catalog::Catalog,
    l: Locale,
) -> Option<UpgradeOffer> {
    let stored = &record.meta.catalog_version;
    // A completed diagnosis keeps the catalogue version its report was made with.
    let completed = record.meta.status == crate::store::Status::Completed;
    if completed || *stored == catalog.version || !catalog.earlier_versions.contains(stored) {
        return None;
    }
    let report = crate::store::upgrade_preview(record, catalog);
    Some(UpgradeOffer {
        from: stored.clone(),
        to: catalog.version.clone(),
        changes: crate::store::describe_upgrade(&report, l),
    })
}

#[derive(Debug, Default)]
pub struct Dashboard {
    pub show_formula: bool,
    /// The reward data in use (the user's edited copy or the bundled one).
    pub rewards: Vec<crate::model::support::RegionalReward>,
    /// The cost data in use (the user's edited copy or the bundled one).
    pub costs: Option<crate::model::cost::CostData>,
    /// What the last move to a newer catalogue version changed (shown until the tab closes).
    pub moved: Option<Vec<String>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    ToggleFormula,
    OpenItem(String),
    UpgradeCatalog,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    OpenItem(String),
    UpgradeCatalog,
}

/// The offer to move to a newer catalogue version, or what the move just changed.
fn upgrade_card<'a>(
    offer: Option<&'a UpgradeOffer>,
    moved: Option<&'a [String]>,
    l: Locale,
) -> Option<Element<'a, Message>> {
    let (heading, lines, action) = match (moved, offer) {
        (Some(lines), _) => (tr(l, "dash-upgrade-done"), lines, None),
        (None, Some(o)) => {
            let args = [
                ("from", Arg::from(o.from.as_str())),
                ("to", Arg::from(o.to.as_str())),
            ];
            let move_button = button(text(tr_args(l, "dash-upgrade-button", &args)).size(14))
                .style(button::secondary)
                .on_press(Message::UpgradeCatalog);
            (
                tr_args(l, "dash-upgrade-offer", &args),
                o.changes.as_slice(),
                Some(move_button),
            )
        }
        (None, None) => return None,
    };
    let mut body = column![text(heading).size(15)].spacing(4);
    for line in lines {
        body = body.push(text(line).size(13).style(style::muted));
    }
    if let Some(b) = action {
        body = body.push(b);
    }
    Some(
        container(body)
            .padding(16)
            .width(Fill)
            .style(style::card)
            .into(),
    )
}

/// The box at the top: the first steps, numbered, each with owner and date.
fn first_steps_card(steps: &[StepView], l: Locale) -> Element<'_, Message> {
    let mut body = column![
        text(tr(l, "todo-title")).size(17),
        text(tr(l, "todo-hint")).size(12).style(style::muted),
    ]
    .spacing(6);
    if steps.is_empty() {
        body = body.push(text(tr(l, "todo-none")).size(14));
    }
    for (n, s) in steps.iter().enumerate() {
        let mut meta = s.owner_due.clone();
        if s.prerequisite {
            meta = format!("{meta} · {}", tr(l, "todo-step-prerequisite"));
        }
        let line = row![
            text(format!("{}.", n + 1))
                .size(15)
                .width(Length::Fixed(24.0)),
            column![
                text(&s.text).size(15),
                text(meta).size(12).style(style::muted)
            ]
            .spacing(2)
            .width(Fill),
        ]
        .spacing(4);
        body = body.push(
            button(line)
                .style(button::text)
                .width(Fill)
                .on_press_maybe(s.item.clone().map(Message::OpenItem)),
        );
    }
    container(body)
        .padding(16)
        .width(Fill)
        .style(style::card)
        .into()
}

fn stat<'a, M: 'a>(caption: String, value: String, color: Option<iced::Color>) -> Element<'a, M> {
    let size = if value.chars().count() > 6 { 22 } else { 34 };
    let mut v = text(value).size(size);
    if let Some(c) = color {
        v = v.color(c);
    }
    container(column![text(caption).size(13).style(style::muted), v].spacing(4))
        .padding(16)
        .width(Fill)
        .style(style::card)
        .into()
}

impl Dashboard {
    pub fn update(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::ToggleFormula => {
                self.show_formula = !self.show_formula;
                None
            }
            Message::OpenItem(id) => Some(Event::OpenItem(id)),
            Message::UpgradeCatalog => Some(Event::UpgradeCatalog),
        }
    }

    /// Moves the open diagnosis to the loaded version of its catalogue (a backup first, see
    /// [`crate::store::Store::upgrade_catalog`]) and reloads it; keeps the change report to
    /// show. Returns the translated error, if any.
    pub fn move_to_current(
        &mut self,
        store: Option<&crate::store::Store>,
        record: &mut crate::store::AssessmentRecord,
        l: Locale,
    ) -> Option<String> {
        let Some(store) = store else {
            return Some(tr(l, "app-read-only-no-save"));
        };
        let moved = store
            .upgrade_catalog(record.meta.id)
            .and_then(|m| store.load(record.meta.id).map(|r| (m, r)));
        match moved {
            Ok((m, reloaded)) => {
                *record = reloaded;
                self.moved = Some(crate::store::describe_upgrade(&m.report, l));
                None
            }
            Err(e) => Some(crate::i18n::error_text(l, &e)),
        }
    }

    pub fn view<'a>(&'a self, data: &'a DashboardData, l: Locale) -> Element<'a, Message> {
        let overall = data
            .overall
            .map_or_else(|| "—".to_string(), crate::i18n::score_text);
        let ready_text = tr(
            l,
            if data.ready {
                "dash-ready"
            } else {
                "dash-not-ready"
            },
        );
        let ready_color = if data.ready {
            score_color(100.0)
        } else {
            score_color(0.0)
        };
        let stats = row![
            stat(
                tr(l, "dash-overall"),
                overall,
                data.overall.map(score_color)
            ),
            stat(
                tr(l, "dash-progress"),
                format!("{:.0}%", data.progress),
                None
            ),
            stat(tr(l, "dash-gaps"), data.gap_count.to_string(), None),
            stat(tr(l, "dash-readiness"), ready_text, Some(ready_color)),
        ]
        .spacing(12);

        let radar = Radar::answered(
            data.chapters
                .iter()
                .map(|(n, _)| n.split_whitespace().next().unwrap_or(n).to_string())
                .collect(),
            data.chapters.iter().map(|(_, v)| *v).collect(),
            None,
        );
        let charts = row![
            container(
                column![
                    text(tr(l, "dash-by-chapter")).size(16),
                    score_bars(&data.chapters),
                    canvas(radar).width(Fill).height(Length::Fixed(260.0)),
                ]
                .spacing(8)
            )
            .padding(16)
            .width(Fill)
            .style(style::card),
            container(
                column![
                    text(tr(l, "dash-by-process")).size(16),
                    score_bars(&data.processes),
                ]
                .spacing(8)
            )
            .padding(16)
            .width(Fill)
            .style(style::card),
        ]
        .spacing(12);

        let mut gates = column![text(tr(l, "dash-gates")).size(16)].spacing(6);
        for g in &data.gates {
            let (mark, color) = match g.status {
                GateStatus::Passed => ("✓", score_color(100.0)),
                GateStatus::Failed => ("✗", score_color(0.0)),
                GateStatus::Unknown => ("?", score_color(70.0)),
            };
            let kind = tr(
                l,
                if g.hard {
                    "dash-gate-hard"
                } else {
                    "dash-gate-advisory"
                },
            );
            gates = gates.push(
                row![
                    text(mark).size(16).color(color).width(Length::Fixed(20.0)),
                    column![
                        text(format!("{}  ({kind})", g.name)).size(14),
                        text(&g.reason).size(13).style(style::muted)
                    ]
                    .spacing(2),
                ]
                .spacing(8),
            );
        }
        let earliest = application_story(
            l,
            data.planned_application.as_deref(),
            data.earliest_application.as_deref(),
            &data.earliest_reason,
        );
        gates = gates.push(text(earliest).size(15));

        let mut gaps = column![text(tr(l, "dash-top-gaps")).size(16)].spacing(4);
        if data.gaps.is_empty() {
            gaps = gaps.push(text(tr(l, "dash-no-gaps")).size(14).style(style::muted));
        }
        for g in &data.gaps {
            gaps = gaps.push(
                button(
                    row![
                        text(g.verdict.symbol())
                            .size(15)
                            .color(style::verdict_color(g.verdict))
                            .width(Length::Fixed(28.0)),
                        text(&g.clause).size(13).width(Length::Fixed(56.0)),
                        text(&g.question).size(13).width(Fill),
                        text(label(l, "verdict", g.verdict.key()))
                            .size(12)
                            .style(style::muted),
                    ]
                    .spacing(6),
                )
                .style(button::text)
                .width(Fill)
                .on_press(Message::OpenItem(g.item.clone())),
            );
        }

        let formula_toggle = button(text(tr(l, "dash-how-computed")))
            .style(button::secondary)
            .on_press(Message::ToggleFormula);
        let mut page = column![text(&data.title).size(22)].spacing(14).padding(20);
        if let Some(note) = &data.legacy_note {
            page = page.push(text(note).size(14).color(score_color(70.0)));
        }
        if let Some(card) = upgrade_card(data.upgrade.as_ref(), self.moved.as_deref(), l) {
            page = page.push(card);
        }
        page = page
            .push(first_steps_card(&data.first_steps, l))
            .push(stats)
            .push(
                row![
                    super::claims::cost_card(&data.cost, l),
                    super::claims::claims_card(&data.claims, data.region_given, l),
                ]
                .spacing(12),
            )
            .push(charts)
            .push(
                row![
                    container(gates).padding(16).width(Fill).style(style::card),
                    container(gaps).padding(16).width(Fill).style(style::card),
                ]
                .spacing(12),
            );
        page = page.push(formula_toggle);
        if self.show_formula {
            page = page.push(
                container(text(&data.formula).size(14))
                    .padding(16)
                    .width(Fill)
                    .style(style::card),
            );
        }
        scrollable(page)
            .id(crate::ui::screen::page_id())
            .height(Fill)
            .into()
    }
}
