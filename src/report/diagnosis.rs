//! The diagnosis report (诊断报告): cover, contents, then the numbered sections clients
//! expect — conclusion, profile, method, scores, prerequisites, findings, plan, documents,
//! support, comparison and signatures.

use super::ReportError;
use super::chart::{Bar, BarChart, Gantt, GanttTask, Milestone, SignatureBox};
use super::cover::{contents, cover, score_color, stat_strip};
use super::doc::{ItemLine, ReportDoc, date_text, score_text};
use super::font::Font;
use super::layout::{Bookmark, Chrome, Geometry, Layout, Page, Rgb, TextStyle, palette};
use super::pdf::{Meta, render};
use super::table::{Cell, Column, Row, Table};
use crate::i18n::Arg;
use crate::model::assessment::Verdict;
use crate::model::catalog::Department;
use crate::model::compare::Delta;
use crate::model::readiness::GateStatus;

/// A printable laid out on pages.
#[derive(Debug, Clone, PartialEq)]
pub struct Laid {
    pub geometry: Geometry,
    pub pages: Vec<Page>,
    pub bookmarks: Vec<Bookmark>,
}

/// The colour of a verdict symbol.
pub fn verdict_color(v: Verdict) -> Rgb {
    match v {
        Verdict::Conform => palette::GOOD,
        Verdict::Observation => palette::FAIR,
        Verdict::Minor => palette::WEAK,
        Verdict::Major => palette::BAD,
        Verdict::Na | Verdict::Unanswered => palette::MUTED,
    }
}

/// "× 严重不符合" — symbol and label.
pub fn verdict_cell(doc: &ReportDoc, v: Verdict) -> Cell {
    let label = doc.tr(&format!("verdict-{}", v.key()));
    Cell::new(format!("{} {label}", v.symbol())).colored(verdict_color(v))
}

fn opt_score(s: Option<f64>) -> String {
    s.map_or_else(|| "—".to_string(), score_text)
}

/// Section numbering: each call returns "n 标题" with the next number.
struct Sections {
    n: usize,
}

impl Sections {
    fn next(&mut self, doc: &ReportDoc, id: &str) -> String {
        self.n += 1;
        format!("{} {}", self.n, doc.tr(id))
    }
    fn sub(&self, doc: &ReportDoc, k: usize, id: &str) -> String {
        format!("{}.{k} {}", self.n, doc.tr(id))
    }
}

const BODY: TextStyle = TextStyle::BODY;

/// Renders the diagnosis report to PDF bytes.
pub fn render_diagnosis(doc: &ReportDoc) -> Result<Vec<u8>, ReportError> {
    let font = Font::bundled()?;
    let laid = layout_diagnosis(doc)?;
    let images: Vec<_> = doc.logo.iter().cloned().collect();
    render(
        font,
        &laid.geometry,
        &laid.pages,
        &laid.bookmarks,
        &images,
        &meta(doc),
    )
}

/// The diagnosis report laid out on pages, before it becomes a PDF (tests check it for
/// overflow and overlap).
pub fn layout_diagnosis(doc: &ReportDoc) -> Result<Laid, ReportError> {
    let font = Font::bundled()?;
    let mut l = Layout::new(font);
    cover(&mut l, doc);
    l.new_page();
    let toc_page = l.page_index();
    l.new_page();
    let mut s = Sections { n: 0 };
    conclusion(&mut l, doc, &mut s);
    profile(&mut l, doc, &mut s);
    method(&mut l, doc, &mut s);
    scores(&mut l, doc, &mut s);
    gates(&mut l, doc, &mut s);
    findings(&mut l, doc, &mut s);
    plan(&mut l, doc, &mut s);
    documents(&mut l, doc, &mut s);
    support(&mut l, doc, &mut s);
    if doc.comparison.is_some() {
        comparison(&mut l, doc, &mut s);
    }
    signatures(&mut l, doc, &mut s);
    contents(&mut l, doc, toc_page);
    let label = |page: usize, total: usize| {
        doc.tr_args(
            "report-page",
            &[("page", Arg::from(page)), ("total", Arg::from(total))],
        )
    };
    let chrome = Chrome {
        header_left: doc.title.clone(),
        header_right: doc.client.clone(),
        footer_left: doc.tr("report-confidential"),
        page_label: &label,
    };
    let geometry = l.geometry();
    let (pages, bookmarks) = l.finish(&chrome);
    Ok(Laid {
        geometry,
        pages,
        bookmarks,
    })
}

/// PDF metadata of a report.
pub fn meta(doc: &ReportDoc) -> Meta {
    let title = if doc.client.is_empty() {
        doc.title.clone()
    } else {
        format!("{} — {}", doc.title, doc.client)
    };
    Meta {
        title,
        author: [doc.assessor.name.trim(), doc.assessor.organization.trim()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", "),
        subject: doc.tr_args(
            "report-subject",
            &[("edition", Arg::from(doc.edition.clone()))],
        ),
        keywords: doc
            .tr("report-keywords")
            .split(',')
            .map(str::to_string)
            .collect(),
        creator: crate::DISPLAY_NAME.to_string(),
        created: doc.created,
    }
}

fn conclusion(l: &mut Layout<'_>, doc: &ReportDoc, s: &mut Sections) {
    l.heading(1, &s.next(doc, "report-sec-conclusion"), 40.0);
    let c = &doc.overall.counts;
    let score = doc.overall.score;
    stat_strip(
        l,
        &[
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
        ],
    );
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
    if doc.legacy {
        l.space(1.5);
        l.paragraph(&doc.tr("report-legacy-notice"), &BODY.colored(palette::BAD));
    }
    l.heading(2, &s.sub(doc, 2, "report-sub-assessor"), 12.0);
    if doc.conclusion.is_empty() {
        l.paragraph(
            &doc.tr("report-no-conclusion"),
            &BODY.colored(palette::MUTED),
        );
    } else {
        l.paragraph(&doc.conclusion, &BODY);
    }
}

fn profile(l: &mut Layout<'_>, doc: &ReportDoc, s: &mut Sections) {
    l.heading(1, &s.next(doc, "report-sec-profile"), 40.0);
    l.table(&Table::key_value(&doc.profile));
    l.heading(2, &s.sub(doc, 1, "report-sub-portfolio"), 30.0);
    let mut t = Table::new(vec![
        Column::new(doc.tr("report-col-ip-type"), 0.7),
        Column::new(doc.tr("report-col-count"), 0.3).right(),
    ]);
    for (label, n) in &doc.portfolio {
        t.push(vec![label.clone().into(), n.to_string().into()]);
    }
    l.table(&t);
}

fn method(l: &mut Layout<'_>, doc: &ReportDoc, s: &mut Sections) {
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
    l.table(&t);
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

fn score_table(doc: &ReportDoc, first: &str, lines: &[super::doc::ScoreLine]) -> Table {
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

fn chart(lines: &[super::doc::ScoreLine]) -> BarChart {
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

fn scores(l: &mut Layout<'_>, doc: &ReportDoc, s: &mut Sections) {
    l.heading(1, &s.next(doc, "report-sec-scores"), 60.0);
    l.heading(2, &s.sub(doc, 1, "report-sub-chapters"), 60.0);
    l.bar_chart(&chart(&doc.chapters));
    l.table(&score_table(doc, "report-col-chapter", &doc.chapters));
    l.heading(2, &s.sub(doc, 2, "report-sub-processes"), 90.0);
    l.bar_chart(&chart(&doc.processes));
    l.table(&score_table(doc, "report-col-process", &doc.processes));
    l.paragraph(&doc.tr("report-chart-note"), &TextStyle::SMALL);
}

fn gates(l: &mut Layout<'_>, doc: &ReportDoc, s: &mut Sections) {
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
    l.table(&t);
    let (verdict, color) = if doc.ready {
        (doc.tr("report-gates-ready"), palette::GOOD)
    } else {
        (doc.tr("report-gates-not-ready"), palette::BAD)
    };
    l.paragraph(&verdict, &BODY.colored(color).bold());
    let earliest = match doc.earliest_application {
        Some(d) => doc.tr_args(
            "report-earliest",
            &[
                ("date", Arg::from(date_text(d))),
                ("reason", Arg::from(doc.earliest_reason.clone())),
            ],
        ),
        None => doc.tr_args(
            "report-earliest-none",
            &[("reason", Arg::from(doc.earliest_reason.clone()))],
        ),
    };
    l.space(1.0);
    l.paragraph(&earliest, &BODY);
}

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

fn findings(l: &mut Layout<'_>, doc: &ReportDoc, s: &mut Sections) {
    l.heading(1, &s.next(doc, "report-sec-findings"), 40.0);
    l.heading(2, &s.sub(doc, 1, "report-sub-by-clause"), 30.0);
    let list: Vec<&ItemLine> = doc.findings().collect();
    if list.is_empty() {
        l.paragraph(&doc.tr("report-no-findings"), &BODY);
    } else {
        let mut t = Table::new(vec![
            Column::new(doc.tr("report-col-no"), 0.06).centered(),
            Column::new(doc.tr("report-col-clause"), 0.09),
            Column::new(doc.tr("report-col-question"), 0.37),
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
        l.table(&t);
    }
    l.heading(2, &s.sub(doc, 2, "report-sub-by-department"), 30.0);
    let mut t = Table::new(vec![
        Column::new(doc.tr("report-col-department"), 0.22),
        Column::new(doc.tr("report-col-major"), 0.09).centered(),
        Column::new(doc.tr("report-col-minor"), 0.09).centered(),
        Column::new(doc.tr("report-col-observation"), 0.09).centered(),
        Column::new(doc.tr("report-col-clauses"), 0.51),
    ]);
    for d in Department::ALL {
        let mine: Vec<&&ItemLine> = list.iter().filter(|i| i.departments.contains(d)).collect();
        if mine.is_empty() {
            continue;
        }
        let count = |v: Verdict| mine.iter().filter(|i| i.verdict == v).count().to_string();
        let mut clauses: Vec<&str> = mine.iter().map(|i| i.clause.as_str()).collect();
        clauses.dedup();
        t.push(vec![
            doc.tr(&format!("department-{}", d.key())).into(),
            Cell::new(count(Verdict::Major)).colored(palette::BAD),
            Cell::new(count(Verdict::Minor)).colored(palette::WEAK),
            Cell::new(count(Verdict::Observation)).colored(palette::FAIR),
            clauses.join(&doc.tr("report-list-sep")).into(),
        ]);
    }
    if !t.rows.is_empty() {
        l.table(&t);
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

fn plan(l: &mut Layout<'_>, doc: &ReportDoc, s: &mut Sections) {
    l.heading(1, &s.next(doc, "report-sec-plan"), 60.0);
    l.heading(2, &s.sub(doc, 1, "report-sub-timeline"), 60.0);
    l.paragraph(
        &doc.tr_args(
            "report-plan-intro",
            &[("start", Arg::from(date_text(doc.plan_start)))],
        ),
        &BODY,
    );
    l.space(2.0);
    l.gantt(&Gantt {
        tasks: doc
            .phases
            .iter()
            .enumerate()
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
    });
    l.heading(2, &s.sub(doc, 2, "report-sub-phases"), 30.0);
    let mut t = Table::new(vec![
        Column::new(doc.tr("report-col-phase"), 0.34),
        Column::new(doc.tr("report-col-dates"), 0.38),
        Column::new(doc.tr("report-col-weeks"), 0.12).right(),
        Column::new(doc.tr("report-col-actions"), 0.16).right(),
    ]);
    for p in &doc.phases {
        let range = doc.tr_args(
            "report-date-range",
            &[
                ("start", Arg::from(date_text(p.start))),
                ("end", Arg::from(date_text(p.end))),
            ],
        );
        t.push(vec![
            p.name.clone().into(),
            range.into(),
            p.weeks.to_string().into(),
            p.actions.to_string().into(),
        ]);
    }
    l.table(&t);
    l.heading(2, &s.sub(doc, 3, "report-sub-actions"), 30.0);
    if doc.actions.is_empty() {
        l.paragraph(&doc.tr("report-no-actions"), &BODY);
        return;
    }
    let mut t = Table::new(vec![
        Column::new(doc.tr("report-col-no"), 0.06).centered(),
        Column::new(doc.tr("report-col-clause"), 0.09),
        Column::new(doc.tr("report-col-action"), 0.5),
        Column::new(doc.tr("report-col-owner"), 0.13),
        Column::new(doc.tr("report-col-priority"), 0.09).centered(),
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
    l.table(&t);
}

fn documents(l: &mut Layout<'_>, doc: &ReportDoc, s: &mut Sections) {
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
    l.table(&t);
}

fn support(l: &mut Layout<'_>, doc: &ReportDoc, s: &mut Sections) {
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

fn comparison(l: &mut Layout<'_>, doc: &ReportDoc, s: &mut Sections) {
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
    l.table(&t);
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
        l.table(&t);
    }
}

fn signatures(l: &mut Layout<'_>, doc: &ReportDoc, s: &mut Sections) {
    l.heading(1, &s.next(doc, "report-sec-sign"), 75.0);
    l.paragraph(&doc.tr("report-sign-statement"), &BODY);
    l.space(5.0);
    let boxed = |title: &str| SignatureBox {
        title: doc.tr(title),
        lines: vec![doc.tr("report-sign-signature"), doc.tr("report-sign-date")],
        stamp: doc.tr("report-sign-stamp"),
    };
    l.signature_boxes(&[boxed("report-sign-client"), boxed("report-sign-consultant")]);
}
