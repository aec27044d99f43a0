//! What a manager running the app alone needs on paper: the first steps with owner and date,
//! and a conclusion written from the evaluation when nobody wrote one.

use super::blocks::Blocks;
use super::doc::{ReportDoc, date_text};
use super::layout::{TextStyle, palette};
use super::table::{Column, Table};
use crate::i18n::{Arg, org::owner_name, render};
use crate::locale::Locale;
use crate::model::catalog::Catalog;
use crate::model::evaluate::Evaluation;
use chrono::NaiveDate;

/// A first step as printed.
#[derive(Debug, Clone, PartialEq)]
pub struct StepLine {
    pub text: String,
    pub owner: String,
    pub due: NaiveDate,
    pub prerequisite: bool,
}

/// The first steps of an evaluation, in `locale`.
pub fn step_lines(evaluation: &Evaluation, catalog: &Catalog, locale: Locale) -> Vec<StepLine> {
    crate::model::first_steps::first_steps(evaluation, catalog)
        .into_iter()
        .map(|s| StepLine {
            text: render(locale, &s.what),
            owner: owner_name(
                locale,
                &evaluation.organisation,
                &s.unit,
                s.person.as_deref(),
            ),
            due: s.due,
            prerequisite: s.prerequisite,
        })
        .collect()
}

/// "先做这几件事": a numbered table with owner and date (nothing when no action is open).
pub(super) fn first_steps(l: &mut Blocks, doc: &ReportDoc) {
    if doc.first_steps.is_empty() {
        return;
    }
    l.space(2.0);
    l.ensure_room(30.0);
    l.paragraph(
        &doc.tr("todo-title"),
        &TextStyle::BODY.colored(palette::PRIMARY).bold(),
    );
    let mut t = Table::new(vec![
        Column::new(doc.tr("report-col-no"), 0.06).centered(),
        Column::new(doc.tr("report-col-step"), 0.6),
        Column::new(doc.tr("report-col-owner"), 0.2),
        Column::new(doc.tr("report-col-due"), 0.14).centered(),
    ]);
    for (n, s) in doc.first_steps.iter().enumerate() {
        let what = if s.prerequisite {
            doc.tr_args(
                "report-step-prerequisite",
                &[("step", Arg::from(s.text.clone()))],
            )
        } else {
            s.text.clone()
        };
        t.push(vec![
            (n + 1).to_string().into(),
            what.into(),
            s.owner.clone().into(),
            date_text(s.due).into(),
        ]);
    }
    l.table(t);
}

/// The bundled cost data (the tests check that it parses; `None` would leave the estimate out).
pub fn bundled_costs() -> Option<crate::model::cost::CostData> {
    crate::model::cost::parse_costs(crate::model::cost::COSTS).ok()
}

/// What a written conclusion is made of.
#[derive(Debug, Clone, Copy)]
pub struct ConclusionFacts<'a> {
    pub audience: crate::model::audience::Audience,
    pub overall: &'a crate::model::scoring::Aggregate,
    pub ready: bool,
    pub earliest: Option<NaiveDate>,
    pub planned: Option<NaiveDate>,
    pub steps: &'a [StepLine],
}

/// A conclusion written from the results: how far (score, findings), whether and when the
/// firm can apply, and what to do first — offered to edit, printed when nothing was written.
pub fn written_conclusion(l: Locale, f: &ConclusionFacts<'_>) -> String {
    use crate::i18n::tr_args;
    let c = &f.overall.counts;
    let findings = c.major + c.minor + c.observation;
    let who = match f.audience {
        crate::model::audience::Audience::Enterprise => "enterprise",
        crate::model::audience::Audience::Consultant => "consultant",
    };
    let how_far = match f.overall.score {
        Some(score) => tr_args(
            l,
            &format!("conclusion-how-far-{who}"),
            &[
                ("answered", Arg::from(f.overall.answered)),
                ("applicable", Arg::from(f.overall.applicable)),
                ("score", Arg::from(crate::i18n::score_text(score))),
                ("findings", Arg::from(findings)),
                ("major", Arg::from(c.major)),
                ("minor", Arg::from(c.minor)),
                ("observation", Arg::from(c.observation)),
            ],
        ),
        None => tr_args(l, &format!("conclusion-nothing-{who}"), &[]),
    };
    let date = f.planned.or(f.earliest).map(date_text);
    let when = match (f.ready, date) {
        (true, _) => tr_args(l, "conclusion-ready", &[]),
        (false, Some(d)) => tr_args(l, "conclusion-not-ready-date", &[("date", Arg::from(d))]),
        (false, None) => tr_args(l, "conclusion-not-ready", &[]),
    };
    let first = if f.steps.is_empty() {
        String::new()
    } else {
        let steps: Vec<String> = f.steps.iter().map(|s| s.text.clone()).collect();
        tr_args(
            l,
            "conclusion-first",
            &[(
                "steps",
                Arg::from(steps.join(&crate::i18n::tr(l, "conclusion-step-sep"))),
            )],
        )
    };
    tr_args(
        l,
        "conclusion-text",
        &[
            ("how_far", Arg::from(how_far)),
            ("when", Arg::from(when)),
            ("first", Arg::from(first)),
        ],
    )
    .trim()
    .to_string()
}

/// The conclusion a report prints: what was written, else the one written from the results.
pub fn printed_conclusion(doc: &ReportDoc) -> String {
    if !doc.conclusion.trim().is_empty() {
        return doc.conclusion.clone();
    }
    written_conclusion(
        doc.locale,
        &ConclusionFacts {
            audience: doc.audience,
            overall: &doc.overall,
            ready: doc.ready,
            earliest: doc.earliest_application,
            planned: doc.planned_application,
            steps: &doc.first_steps,
        },
    )
}

/// A cover row as the audience needs it: a self-assessment has no consultancy, names who
/// prepared it, and leaves out what was not given instead of printing "not given".
pub(super) fn cover_row(
    doc: &ReportDoc,
    (id, value): (&'static str, String),
) -> Option<(&'static str, String)> {
    if !doc.audience.plain_first() {
        return Some((id, value));
    }
    match id {
        "report-cover-assessor-org" => None,
        _ if value.trim().is_empty() => None,
        "report-cover-assessor" => Some(("report-cover-prepared-by", value)),
        _ => Some((id, value)),
    }
}

/// The footer's left text: the consultancy's confidentiality note, or the self-assessment's.
pub(super) fn footer(doc: &ReportDoc) -> String {
    if doc.audience.plain_first() {
        doc.tr("report-confidential-self")
    } else {
        doc.tr("report-confidential")
    }
}

/// The cost and effort estimate in words: every line a range, then where the figures come
/// from (source and date), then what could not be estimated. Always marked as an estimate.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CostLines {
    pub lines: Vec<String>,
    pub sources: Vec<String>,
    pub missing: Vec<String>,
}

/// "3–6" or "4": a range of plain numbers.
pub fn number_range(low: f64, high: f64) -> String {
    let f = |x: f64| {
        if x.fract() == 0.0 {
            format!("{x:.0}")
        } else {
            format!("{x:.1}")
        }
    };
    if (low - high).abs() < f64::EPSILON {
        f(low)
    } else {
        format!("{}–{}", f(low), f(high))
    }
}

/// "2–19 万元" / "¥20,000–190,000".
pub fn yuan_range(l: Locale, low: f64, high: f64) -> String {
    let (low, high) = match l {
        Locale::ZhCn => {
            let wan =
                |x: f64| number_range((x / 1000.0).round() / 10.0, (x / 1000.0).round() / 10.0);
            (wan(low), wan(high))
        }
        Locale::EnUs => {
            let grouped = |x: f64| {
                let s = (x.round() as i64).to_string();
                let mut out = String::new();
                for (i, c) in s.chars().enumerate() {
                    if i > 0 && (s.len() - i) % 3 == 0 {
                        out.push(',');
                    }
                    out.push(c);
                }
                out
            };
            (grouped(low), grouped(high))
        }
    };
    crate::i18n::tr_args(
        l,
        "cost-yuan-range",
        &[("low", Arg::from(low)), ("high", Arg::from(high))],
    )
}

/// The estimate for the assessed firm: its head count and size class, its registered rights
/// and the open actions per phase of its plan.
pub fn cost_lines(
    l: Locale,
    profile: &crate::model::profile::Profile,
    evaluation: &Evaluation,
    data: Option<&crate::model::cost::CostData>,
) -> CostLines {
    use crate::i18n::tr_args;
    use crate::model::cost::{EstimateInput, estimate, gaps_by_phase};
    let Some(data) = data else {
        return CostLines {
            missing: vec![crate::i18n::tr(l, "cost-missing-data")],
            ..CostLines::default()
        };
    };
    let e = estimate(
        data,
        &EstimateInput {
            employees: profile.employees,
            size: profile.size_class().class,
            registered_rights: profile.portfolio.registered_rights(),
            gaps: gaps_by_phase(&evaluation.plan),
        },
    );
    let mut out = CostLines::default();
    let t = &e.staff_days_total;
    out.lines.push(tr_args(
        l,
        "cost-staff-days",
        &[(
            "days",
            Arg::from(number_range(t.low.round(), t.high.round())),
        )],
    ));
    if let Some(m) = &e.project_months {
        out.lines.push(tr_args(
            l,
            "cost-months",
            &[("months", Arg::from(number_range(m.low, m.high)))],
        ));
    }
    if let Some(f) = &e.consultant_fee {
        out.lines.push(tr_args(
            l,
            "cost-consultant",
            &[("range", Arg::from(yuan_range(l, f.low, f.high)))],
        ));
    }
    if let Some(f) = &e.audit_fee {
        out.lines.push(tr_args(
            l,
            "cost-audit",
            &[("range", Arg::from(yuan_range(l, f.low, f.high)))],
        ));
    }
    if let Some(d) = &e.audit_days_initial {
        out.lines.push(tr_args(
            l,
            "cost-audit-days",
            &[("days", Arg::from(number_range(d.low, d.high)))],
        ));
    }
    let mut ids: Vec<&str> = Vec::new();
    for r in [&e.consultant_fee, &e.audit_fee, &e.project_months]
        .into_iter()
        .flatten()
    {
        for id in &r.sources {
            if !ids.contains(&id.as_str()) {
                ids.push(id);
            }
        }
    }
    for id in ids {
        if let Some(f) = data.figure(id) {
            // Two figures taken from one article name it once.
            let line = tr_args(
                l,
                "cost-source",
                &[
                    ("source", Arg::from(f.source.get(l))),
                    ("date", Arg::from(date_text(f.checked_on))),
                ],
            );
            if !out.sources.contains(&line) {
                out.sources.push(line);
            }
        }
    }
    out.sources.push(tr_args(
        l,
        "cost-source-staff",
        &[
            ("source", Arg::from(data.staff.source.get(l))),
            ("date", Arg::from(date_text(data.staff.checked_on))),
        ],
    ));
    out.missing = e
        .missing
        .iter()
        .map(|m| crate::i18n::tr(l, &format!("cost-missing-{}", m.key())))
        .collect();
    out
}

/// A reward or support measure as listed: level, region, amount, conditions and what to
/// watch out for (not money, maybe not for this district, maybe out of date).
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimLine {
    pub level: String,
    pub region: String,
    pub amount: String,
    pub conditions: String,
    pub notes: Vec<String>,
    pub office: Option<String>,
    pub source: String,
    pub stale: bool,
}

/// The entries of `rewards` that apply to the profile's province and city on `as_of`:
/// national measures and the regional rewards, money first.
pub fn claim_lines(
    l: Locale,
    rewards: &[crate::model::support::RegionalReward],
    profile: &crate::model::profile::Profile,
    as_of: NaiveDate,
) -> Vec<ClaimLine> {
    use crate::i18n::{tr, tr_args};
    use crate::model::support::RewardKind;
    crate::model::rewards::applicable(rewards, &profile.province, &profile.city, as_of)
        .into_iter()
        .map(|a| {
            let r = a.reward;
            let mut notes = Vec::new();
            if r.kind == RewardKind::NonMonetary {
                notes.push(tr(l, "claims-non-monetary"));
            }
            if !a.confirmed {
                notes.push(tr(l, "claims-possible"));
            }
            let stale = a.staleness.is_stale();
            if stale {
                notes.push(tr(l, "claims-stale"));
            }
            let checked = Arg::from(date_text(r.checked_on));
            let source = match r.policy_year {
                Some(year) => tr_args(
                    l,
                    "claims-source",
                    &[
                        ("source", Arg::from(r.source.get(l))),
                        ("year", Arg::from(year.to_string())),
                        ("date", checked),
                    ],
                ),
                None => tr_args(
                    l,
                    "claims-source-undated",
                    &[("source", Arg::from(r.source.get(l))), ("date", checked)],
                ),
            };
            ClaimLine {
                level: tr(l, &format!("claims-level-{}", a.level.key())),
                region: r.region.get(l).to_string(),
                amount: r.amount.get(l).to_string(),
                conditions: r.conditions.get(l).to_string(),
                notes,
                office: r
                    .office
                    .as_ref()
                    .map(|o| tr_args(l, "claims-office", &[("office", Arg::from(o.get(l)))])),
                source,
                stale,
            }
        })
        .collect()
}

/// "贯标周期与费用估算": the estimate lines, their sources and what is missing, marked as an
/// estimate.
/// Printed at the end of the plan section, under its own (unnumbered) heading.
pub(super) fn cost(l: &mut Blocks, doc: &ReportDoc) {
    let c = &doc.cost;
    if c.lines.is_empty() && c.missing.is_empty() {
        return;
    }
    l.heading(2, &doc.tr("report-sec-cost"), 40.0);
    l.paragraph(
        &doc.tr("cost-estimate-note"),
        &TextStyle::BODY.colored(palette::MUTED),
    );
    l.space(2.0);
    for line in &c.lines {
        l.paragraph(&format!("• {line}"), &TextStyle::BODY);
    }
    for line in &c.missing {
        l.paragraph(
            &format!("• {line}"),
            &TextStyle::BODY.colored(palette::FAIR),
        );
    }
    l.space(2.0);
    for line in &c.sources {
        l.paragraph(line, &TextStyle::SMALL);
    }
}
