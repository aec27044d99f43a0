//! Sections 1–5 of the diagnosis report: conclusion, the client, method and scoring, scores,
//! certification prerequisites.

use super::blocks::{Block, Blocks, ChartKind, Stat};
use super::chart::{Bar, BarChart};
use super::cover::score_color;
use super::diagnosis::{BODY, Sections, opt_score, verdict_color};
use super::doc::{ReportDoc, ScoreLine, date_text, score_text};
use super::layout::{TextStyle, palette};
use super::table::{Cell, Column, Table};
use crate::i18n::Arg;
use crate::model::assessment::Verdict;
use crate::model::readiness::GateStatus;

pub(super) fn conclusion(l: &mut Blocks, doc: &ReportDoc, s: &mut Sections) {
    l.heading(1, &s.next(doc, "report-sec-conclusion"), 40.0);
    let c = &doc.overall.counts;
    let score = doc.overall.score;
    let stats = [
        (
            opt_score(score),
            doc.tr("report-cover-score"),
            score_color(score),
        ),
        (
            c.major.to_string(),
            doc.tr("report-stat-major"),
            palette::BAD,
        ),
        (
            c.minor.to_string(),
            doc.tr("report-stat-minor"),
            palette::WEAK,
        ),
        (
            c.observation.to_string(),
            doc.tr("report-stat-observation"),
            palette::FAIR,
        ),
        (
            doc.actions.len().to_string(),
            doc.tr("report-stat-actions"),
            palette::PRIMARY,
        ),
    ];
    l.push(Block::Stats(
        stats
            .into_iter()
            .map(|(value, caption, color)| Stat {
                value,
                caption,
                color,
            })
            .collect(),
    ));
    l.heading(2, &s.sub(doc, 1, "report-sub-summary"), 12.0);
    let items = doc.items.len();
    let summary = match score {
        Some(sc) => doc.tr_args(
            "report-summary",
            &[
                ("edition", Arg::from(doc.edition.clone())),
                ("items", Arg::from(items)),
                ("applicable", Arg::from(doc.overall.applicable)),
                ("answered", Arg::from(doc.overall.answered)),
                (
                    "score",
                    Arg::from(doc.tr_args(
                        "report-score-value",
                        &[("score", Arg::from(score_text(sc)))],
                    )),
                ),
                ("major", Arg::from(c.major)),
                ("minor", Arg::from(c.minor)),
                ("observation", Arg::from(c.observation)),
            ],
        ),
        None => doc.tr_args(
            "report-summary-no-score",
            &[
                ("edition", Arg::from(doc.edition.clone())),
                ("items", Arg::from(items)),
            ],
        ),
    };
    l.paragraph(&summary, &BODY);
    let open = doc
        .gates
        .iter()
        .filter(|g| g.hard && g.status != GateStatus::Passed)
        .count();
    let gates_line = if doc.ready {
        doc.tr("report-summary-ready")
    } else {
        // The prerequisites are section 5 (conclusion, profile, method, scores come first).
        doc.tr_args(
            "report-summary-not-ready",
            &[("count", Arg::from(open)), ("section", Arg::from(5usize))],
        )
    };
    l.space(1.5);
    l.paragraph(&gates_line, &BODY);
    super::sme::first_steps(l, doc);
    if doc.legacy {
        l.space(1.5);
        l.paragraph(&doc.tr("report-legacy-notice"), &BODY.colored(palette::BAD));
    }
    let heading = if doc.audience.plain_first() {
        "report-sub-self-conclusion"
    } else {
        "report-sub-assessor"
    };
    l.heading(2, &s.sub(doc, 2, heading), 12.0);
    // Nothing written: the conclusion written from the results, never a placeholder.
    l.paragraph(&super::sme::printed_conclusion(doc), &BODY);
}

pub(super) fn profile(l: &mut Blocks, doc: &ReportDoc, s: &mut Sections) {
    l.heading(1, &s.next(doc, "report-sec-profile"), 40.0);
    // A self-assessment leaves out what was not given instead of printing "not given".
    let not_given = doc.tr("report-not-given");
    let rows = doc
        .profile
        .iter()
        .filter(|(_, v)| !doc.audience.plain_first() || *v != not_given)
        .cloned()
        .collect();
    l.push(Block::KeyValue(rows));
    l.heading(2, &s.sub(doc, 1, "report-sub-portfolio"), 30.0);
    let mut t = Table::new(vec![
        Column::new(doc.tr("report-col-ip-type"), 0.7),
        Column::new(doc.tr("report-col-count"), 0.3).right(),
    ]);
    for (label, n) in &doc.portfolio {
        t.push(vec![label.clone().into(), n.to_string().into()]);
    }
    l.table(t);
}

pub(super) fn method(l: &mut Blocks, doc: &ReportDoc, s: &mut Sections) {
    l.heading(1, &s.next(doc, "report-sec-method"), 40.0);
    l.paragraph(
        &doc.tr_args(
            "report-method-intro",
            &[("edition", Arg::from(doc.edition.clone()))],
        ),
        &BODY,
    );
    l.space(2.0);
    let mut t = Table::new(vec![
        Column::new(doc.tr("report-col-symbol"), 0.1).centered(),
        Column::new(doc.tr("report-col-verdict"), 0.2),
        Column::new(doc.tr("report-col-points"), 0.14).centered(),
        Column::new(doc.tr("report-col-meaning"), 0.56),
    ]);
    for v in Verdict::PICKABLE {
        let points = v
            .score()
            .map_or_else(|| doc.tr("report-points-excluded"), |p| format!("{p:.0}"));
        t.push(vec![
            Cell::new(v.symbol()).colored(verdict_color(v)).bold(),
            doc.tr(&format!("verdict-{}", v.key())).into(),
            points.into(),
            doc.tr(&format!("report-meaning-{}", v.key())).into(),
        ]);
    }
    l.table(t);
    l.paragraph(&doc.formula, &BODY);
    l.space(1.5);
    let o = &doc.overall;
    l.paragraph(
        &doc.tr_args(
            "report-method-scope",
            &[
                ("items", Arg::from(doc.items.len())),
                ("applicable", Arg::from(o.applicable)),
                ("na", Arg::from(o.counts.na)),
                ("triage", Arg::from(doc.na_by_triage)),
                ("answered", Arg::from(o.answered)),
                ("progress", Arg::from(o.progress.round())),
            ],
        ),
        &BODY,
    );
    l.space(1.5);
    l.paragraph(&doc.tr("report-method-priority"), &BODY);
}

fn score_table(doc: &ReportDoc, first: &str, lines: &[ScoreLine]) -> Table {
    let mut t = Table::new(vec![
        Column::new(doc.tr(first), 0.4),
        Column::new(doc.tr("report-col-score"), 0.12).right(),
        Column::new(doc.tr("report-col-progress"), 0.12).right(),
        Column::new("√", 0.072).centered(),
        Column::new("△", 0.072).centered(),
        Column::new("○", 0.072).centered(),
        Column::new("×", 0.072).centered(),
        Column::new("N/A", 0.08).centered(),
    ]);
    for line in lines {
        let a = &line.aggregate;
        t.push(vec![
            line.label.clone().into(),
            Cell::new(opt_score(a.score))
                .colored(score_color(a.score))
                .bold(),
            format!("{:.0}%", a.progress).into(),
            a.counts.conform.to_string().into(),
            a.counts.observation.to_string().into(),
            a.counts.minor.to_string().into(),
            a.counts.major.to_string().into(),
            a.counts.na.to_string().into(),
        ]);
    }
    t
}

fn chart(lines: &[ScoreLine]) -> BarChart {
    BarChart {
        bars: lines
            .iter()
            .map(|line| Bar {
                label: line.label.clone(),
                value: line.aggregate.score,
                note: opt_score(line.aggregate.score),
                color: score_color(line.aggregate.score),
            })
            .collect(),
        max: 100.0,
        reference: None,
    }
}

/// The alternative text of a score chart: its title, then each bar's label and score.
fn alt(title: &str, lines: &[ScoreLine]) -> String {
    let bars: Vec<String> = lines
        .iter()
        .map(|line| format!("{} {}", line.label, opt_score(line.aggregate.score)))
        .collect();
    format!("{title}: {}", bars.join("; "))
}

pub(super) fn scores(l: &mut Blocks, doc: &ReportDoc, s: &mut Sections) {
    l.heading(1, &s.next(doc, "report-sec-scores"), 60.0);
    let parts = [
        (
            1,
            "report-sub-chapters",
            60.0,
            "report-col-chapter",
            &doc.chapters,
        ),
        (
            2,
            "report-sub-processes",
            90.0,
            "report-col-process",
            &doc.processes,
        ),
    ];
    for (k, sub, keep, col, lines) in parts {
        let title = s.sub(doc, k, sub);
        l.heading(2, &title, keep);
        l.chart(ChartKind::Bars(chart(lines)), alt(&title, lines));
        l.table(score_table(doc, col, lines));
    }
    l.paragraph(&doc.tr("report-chart-note"), &TextStyle::SMALL);
}

pub(super) fn gates(l: &mut Blocks, doc: &ReportDoc, s: &mut Sections) {
    l.heading(1, &s.next(doc, "report-sec-gates"), 40.0);
    let mut t = Table::new(vec![
        Column::new(doc.tr("report-col-gate"), 0.28),
        Column::new(doc.tr("report-col-gate-kind"), 0.12).centered(),
        Column::new(doc.tr("report-col-status"), 0.15).centered(),
        Column::new(doc.tr("report-col-reason"), 0.45),
    ]);
    for g in &doc.gates {
        let color = match g.status {
            GateStatus::Passed => palette::GOOD,
            GateStatus::Failed => palette::BAD,
            GateStatus::Unknown => palette::FAIR,
        };
        let kind = doc.tr(if g.hard {
            "report-gate-hard"
        } else {
            "report-gate-advisory"
        });
        t.push(vec![
            g.name.clone().into(),
            kind.into(),
            Cell::new(g.status_label.clone()).colored(color).bold(),
            g.reason.clone().into(),
        ]);
    }
    l.table(t);
    let (verdict, color) = if doc.ready {
        (doc.tr("report-gates-ready"), palette::GOOD)
    } else {
        (doc.tr("report-gates-not-ready"), palette::BAD)
    };
    l.paragraph(&verdict, &BODY.colored(color).bold());
    let reason = ("reason", Arg::from(doc.earliest_reason.clone()));
    let earliest = match (doc.planned_application, doc.earliest_application) {
        (Some(p), Some(d)) if p != d => doc.tr_args(
            "report-application-both",
            &[
                ("planned", Arg::from(date_text(p))),
                ("date", Arg::from(date_text(d))),
                reason,
            ],
        ),
        (_, Some(d)) => doc.tr_args(
            "report-earliest",
            &[("date", Arg::from(date_text(d))), reason],
        ),
        (_, None) => doc.tr_args("report-earliest-none", &[reason]),
    };
    l.space(1.0);
    l.paragraph(&earliest, &BODY);
}
