//! Sections 6–11 of the diagnosis report: findings, corrective actions and roadmap, documents
//! to write, support, comparison with the previous visit, signatures.

use super::blocks::{Block, Blocks, ChartKind};
use super::chart::{Gantt, GanttTask, Milestone, SignatureBox};
use super::diagnosis::{BODY, Sections, opt_score, verdict_cell};
use super::doc::{ItemLine, ReportDoc, date_text};
use super::layout::{Rgb, TextStyle, palette};
use super::table::{Cell, Column, Row, Table};
use crate::i18n::Arg;
use crate::model::assessment::Verdict;
use crate::model::compare::Delta;

fn observed(doc: &ReportDoc, item: &ItemLine) -> String {
    let mut parts = Vec::new();
    if item.verdict == Verdict::Unanswered {
        parts.push(doc.tr("report-finding-unanswered"));
    }
    if !item.note.trim().is_empty() {
        parts.push(item.note.trim().to_string());
    }
    if !item.evidence_seen.is_empty() {
        let list = item.evidence_seen.join(&doc.tr("report-list-sep"));
        parts.push(doc.tr_args("report-finding-evidence", &[("evidence", Arg::from(list))]));
    }
    if parts.is_empty() {
        "—".to_string()
    } else {
        parts.join("\n")
    }
}

pub(super) fn findings(l: &mut Blocks, doc: &ReportDoc, s: &mut Sections) {
    l.heading(1, &s.next(doc, "report-sec-findings"), 40.0);
    l.heading(2, &s.sub(doc, 1, "report-sub-by-clause"), 30.0);
    let list: Vec<&ItemLine> = doc.findings().collect();
    if list.is_empty() {
        l.paragraph(&doc.tr("report-no-findings"), &BODY);
    } else {
        let mut t = Table::new(vec![
            Column::new(doc.tr("report-col-no"), 0.06).centered(),
            Column::new(doc.tr("report-col-clause"), 0.1),
            Column::new(doc.tr("report-col-question"), 0.36),
            Column::new(doc.tr("report-col-observed"), 0.31),
            Column::new(doc.tr("report-col-verdict"), 0.17),
        ]);
        let mut chapter = "";
        for (i, item) in list.iter().enumerate() {
            if item.chapter != chapter {
                chapter = &item.chapter;
                let label = doc
                    .chapters
                    .iter()
                    .find(|c| c.key == chapter)
                    .map_or_else(|| chapter.to_string(), |c| c.label.clone());
                t.rows.push(Row::band(label));
            }
            t.push(vec![
                (i + 1).to_string().into(),
                item.clause.clone().into(),
                item.question.clone().into(),
                observed(doc, item).into(),
                verdict_cell(doc, item.verdict),
            ]);
        }
        l.table(t);
    }
    l.heading(2, &s.sub(doc, 2, "report-sub-by-department"), 30.0);
    let mut t = Table::new(vec![
        Column::new(doc.tr("report-col-department"), 0.22),
        Column::new(doc.tr("report-col-major"), 0.09).centered(),
        Column::new(doc.tr("report-col-minor"), 0.09).centered(),
        Column::new(doc.tr("report-col-observation"), 0.09).centered(),
        Column::new(doc.tr("report-col-clauses"), 0.51),
    ]);
    for unit in &doc.units {
        let mine: Vec<&&ItemLine> = list
            .iter()
            .filter(|i| i.departments.iter().any(|d| unit.functions.contains(d)))
            .collect();
        if mine.is_empty() {
            continue;
        }
        let count = |v: Verdict| mine.iter().filter(|i| i.verdict == v).count().to_string();
        let mut clauses: Vec<&str> = mine.iter().map(|i| i.clause.as_str()).collect();
        clauses.dedup();
        t.push(vec![
            unit.name.clone().into(),
            Cell::new(count(Verdict::Major)).colored(palette::BAD),
            Cell::new(count(Verdict::Minor)).colored(palette::WEAK),
            Cell::new(count(Verdict::Observation)).colored(palette::FAIR),
            clauses.join(&doc.tr("report-list-sep")).into(),
        ]);
    }
    if !t.rows.is_empty() {
        l.table(t);
    }
}

fn phase_color(i: usize) -> Rgb {
    match i {
        0..=2 => palette::PRIMARY,
        3 | 4 => palette::ACCENT,
        5 => palette::GOOD,
        6 | 7 => palette::FAIR,
        _ => palette::MUTED,
    }
}

/// The alternative text of the roadmap: its title, each phase's dates, each milestone's date.
fn gantt_alt(doc: &ReportDoc, title: &str, g: &Gantt) -> String {
    let phases = g.tasks.iter().map(|t| {
        let range = doc.tr_args(
            "report-date-range",
            &[
                ("start", Arg::from(date_text(t.start))),
                ("end", Arg::from(date_text(t.end))),
            ],
        );
        format!("{} {range}", t.label)
    });
    let milestones = g
        .milestones
        .iter()
        .map(|m| format!("{} {}", m.label, date_text(m.date)));
    let all: Vec<String> = phases.chain(milestones).collect();
    format!("{title}: {}", all.join("; "))
}

pub(super) fn plan(l: &mut Blocks, doc: &ReportDoc, s: &mut Sections) {
    l.heading(1, &s.next(doc, "report-sec-plan"), 60.0);
    let title = s.sub(doc, 1, "report-sub-timeline");
    l.heading(2, &title, 60.0);
    // The introduction stays with its heading and the chart.
    l.keep_with_next(|l| {
        let (id, start) = (
            if doc.running() {
                "report-plan-intro-running"
            } else {
                "report-plan-intro"
            },
            Arg::from(date_text(doc.plan_start)),
        );
        let as_of = Arg::from(date_text(doc.as_of));
        l.paragraph(
            &doc.tr_args(id, &[("start", start), ("as_of", as_of)]),
            &BODY,
        );
        l.space(2.0);
    });
    let gantt = Gantt {
        tasks: doc
            .phases
            .iter()
            .enumerate()
            // Phases done on unrecorded dates have no place on a time axis.
            .filter(|(_, p)| !p.undated)
            .map(|(i, p)| GanttTask {
                label: p.name.clone(),
                start: p.start,
                end: p.end,
                color: phase_color(i),
            })
            .collect(),
        milestones: doc
            .milestones
            .iter()
            .map(|(label, date)| Milestone {
                label: label.clone(),
                date: *date,
            })
            .collect(),
        today: Some((doc.as_of, doc.tr("report-today"))),
        months: std::array::from_fn(|i| {
            doc.tr_args("report-month", &[("month", Arg::from(i + 1))])
        }),
    };
    let alt = gantt_alt(doc, &title, &gantt);
    l.chart(ChartKind::Gantt(gantt), alt);
    l.heading(2, &s.sub(doc, 2, "report-sub-phases"), 30.0);
    let mut t = Table::new(vec![
        Column::new(doc.tr("report-col-phase"), 0.34),
        Column::new(doc.tr("report-col-dates"), 0.38),
        Column::new(doc.tr("report-col-weeks"), 0.12).right(),
        Column::new(doc.tr("report-col-actions"), 0.16).right(),
    ]);
    for p in &doc.phases {
        let weeks = if p.undated {
            "—".to_string()
        } else {
            p.weeks.to_string()
        };
        t.push(vec![
            doc.phase_name(p).into(),
            doc.phase_dates(p).into(),
            weeks.into(),
            p.actions.to_string().into(),
        ]);
    }
    l.table(t);
    l.heading(2, &s.sub(doc, 3, "report-sub-actions"), 30.0);
    if doc.actions.is_empty() {
        l.paragraph(&doc.tr("report-no-actions"), &BODY);
        return;
    }
    let mut t = Table::new(vec![
        Column::new(doc.tr("report-col-no"), 0.06).centered(),
        // Wide enough for "Clause" and "Medium" in Word's and LibreOffice's cell margins too.
        Column::new(doc.tr("report-col-clause"), 0.1),
        Column::new(doc.tr("report-col-action"), 0.42),
        Column::new(doc.tr("report-col-owner"), 0.17),
        Column::new(doc.tr("report-col-priority"), 0.12).centered(),
        Column::new(doc.tr("report-col-due"), 0.13),
    ]);
    for (i, a) in doc.actions.iter().enumerate() {
        let color = match a.level {
            crate::model::plan::PriorityLevel::High => palette::BAD,
            crate::model::plan::PriorityLevel::Medium => palette::WEAK,
            crate::model::plan::PriorityLevel::Low => palette::MUTED,
        };
        let text = if a.notes.trim().is_empty() {
            a.text.clone()
        } else {
            format!("{}\n{}", a.text, a.notes.trim())
        };
        t.push(vec![
            (i + 1).to_string().into(),
            a.clause.clone().into(),
            text.into(),
            a.owner.clone().into(),
            Cell::new(a.level_label.clone()).colored(color).bold(),
            date_text(a.due).into(),
        ]);
    }
    l.table(t);
}

pub(super) fn documents(l: &mut Blocks, doc: &ReportDoc, s: &mut Sections) {
    l.heading(1, &s.next(doc, "report-sec-documents"), 40.0);
    let Some(due) = doc.documents.iter().map(|d| d.due).max() else {
        l.paragraph(&doc.tr("report-no-documents"), &BODY);
        return;
    };
    l.paragraph(
        &doc.tr_args(
            "report-documents-intro",
            &[("due", Arg::from(date_text(due)))],
        ),
        &BODY,
    );
    l.space(2.0);
    let mut t = Table::new(vec![
        Column::new(doc.tr("report-col-no"), 0.07).centered(),
        Column::new(doc.tr("report-col-document"), 0.6),
        Column::new(doc.tr("report-col-clauses"), 0.18),
        Column::new(doc.tr("report-col-due"), 0.15),
    ]);
    let sep = doc.tr("report-list-sep");
    for (i, d) in doc.documents.iter().enumerate() {
        t.push(vec![
            (i + 1).to_string().into(),
            d.text.clone().into(),
            d.clauses.join(&sep).into(),
            date_text(d.due).into(),
        ]);
    }
    l.table(t);
}

pub(super) fn support(l: &mut Blocks, doc: &ReportDoc, s: &mut Sections) {
    l.heading(1, &s.next(doc, "report-sec-support"), 40.0);
    l.paragraph(&doc.support_disclaimer, &BODY.colored(palette::MUTED));
    l.space(2.0);
    if doc.support.is_empty() {
        l.paragraph(&doc.tr("report-no-support"), &BODY);
        return;
    }
    let small = TextStyle::SMALL.sized(8.5);
    for (i, p) in doc.support.iter().enumerate() {
        l.ensure_room(22.0);
        l.paragraph(
            &format!("{}. {}", i + 1, p.title),
            &BODY.colored(palette::PRIMARY).bold(),
        );
        let tag = if p.likely {
            palette::GOOD
        } else {
            palette::FAIR
        };
        l.paragraph_indented(&p.likelihood_label, &small.colored(tag).bold(), 5.0);
        l.paragraph_indented(&p.detail, &BODY, 5.0);
        if !p.conditions.trim().is_empty() {
            l.paragraph_indented(
                &doc.tr_args(
                    "report-support-conditions",
                    &[("text", Arg::from(p.conditions.clone()))],
                ),
                &small,
                5.0,
            );
        }
        if !p.source.trim().is_empty() {
            l.paragraph_indented(
                &doc.tr_args(
                    "report-support-source",
                    &[("text", Arg::from(p.source.clone()))],
                ),
                &small,
                5.0,
            );
        }
        if let Some(d) = p.stale_since {
            l.paragraph_indented(
                &doc.tr_args("report-support-stale", &[("date", Arg::from(date_text(d)))]),
                &small.colored(palette::BAD),
                5.0,
            );
        }
        l.space(3.0);
    }
}

fn delta_cells(d: &Delta) -> Vec<Cell> {
    let change = d.delta.map_or_else(
        || Cell::new("—"),
        |x| {
            let color = if x > 0.05 {
                palette::GOOD
            } else if x < -0.05 {
                palette::BAD
            } else {
                palette::MUTED
            };
            Cell::new(format!("{x:+.1}")).colored(color).bold()
        },
    );
    vec![
        opt_score(d.before).into(),
        opt_score(d.after).into(),
        change,
    ]
}

pub(super) fn comparison(l: &mut Blocks, doc: &ReportDoc, s: &mut Sections) {
    let Some(c) = &doc.comparison else { return };
    l.heading(1, &s.next(doc, "report-sec-compare"), 40.0);
    l.paragraph(
        &doc.tr_args(
            "report-compare-intro",
            &[
                ("title", Arg::from(c.title.clone())),
                ("date", Arg::from(date_text(c.date))),
            ],
        ),
        &BODY,
    );
    l.space(2.0);
    let mut t = Table::new(vec![
        Column::new(doc.tr("report-col-chapter"), 0.52),
        Column::new(doc.tr("report-col-before"), 0.16).right(),
        Column::new(doc.tr("report-col-after"), 0.16).right(),
        Column::new(doc.tr("report-col-change"), 0.16).right(),
    ]);
    let mut overall = vec![Cell::new(doc.tr("report-compare-overall")).bold()];
    overall.extend(delta_cells(&c.overall));
    t.push(overall);
    let (pb, pa) = c.progress;
    t.push(vec![
        doc.tr("report-compare-progress").into(),
        format!("{pb:.0}%").into(),
        format!("{pa:.0}%").into(),
        format!("{:+.0}", pa - pb).into(),
    ]);
    for (label, d) in &c.chapters {
        let mut row = vec![Cell::new(label.clone())];
        row.extend(delta_cells(d));
        t.push(row);
    }
    l.table(t);
    for (id, list) in [
        ("report-compare-improved", &c.improved),
        ("report-compare-regressed", &c.regressed),
        ("report-compare-closed", &c.closed),
    ] {
        l.heading(
            2,
            &doc.tr_args(id, &[("count", Arg::from(list.len()))]),
            20.0,
        );
        if list.is_empty() {
            l.paragraph(
                &doc.tr("report-compare-none"),
                &BODY.colored(palette::MUTED),
            );
            continue;
        }
        let mut t = Table::new(vec![
            Column::new(doc.tr("report-col-clause"), 0.1),
            Column::new(doc.tr("report-col-question"), 0.56),
            Column::new(doc.tr("report-col-before"), 0.17),
            Column::new(doc.tr("report-col-after"), 0.17),
        ]);
        for ch in list {
            t.push(vec![
                ch.clause.clone().into(),
                ch.question.clone().into(),
                verdict_cell(doc, ch.before),
                verdict_cell(doc, ch.after),
            ]);
        }
        l.table(t);
    }
}

pub(super) fn signatures(l: &mut Blocks, doc: &ReportDoc, s: &mut Sections) {
    l.heading(1, &s.next(doc, "report-sec-signatures"), 75.0);
    let statement = if doc.audience.plain_first() {
        "report-sign-statement-self"
    } else {
        "report-sign-statement"
    };
    l.paragraph(&doc.tr(statement), &BODY);
    l.space(5.0);
    let boxed = |title: &str| SignatureBox {
        title: doc.tr(title),
        lines: vec![doc.tr("report-sign-signature"), doc.tr("report-sign-date")],
        stamp: doc.tr("report-sign-stamp"),
    };
    // A self-assessment is signed by who prepared it and who approved it; no consultancy.
    let signers = if doc.audience.plain_first() {
        vec![boxed("report-sign-prepared"), boxed("report-sign-approved")]
    } else {
        vec![boxed("report-sign-client"), boxed("report-sign-consultant")]
    };
    l.push(Block::Signatures(signers));
}
