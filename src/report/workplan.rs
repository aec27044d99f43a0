//! The 贯标工作方案 (implementation work plan) as its own deliverable: project organisation
//! from the client's people and departments, the phases with their dates and deliverables,
//! the actions by department, the documents to write with their owners, the training plan,
//! the milestones up to the certification application, and the sign-off of both parties.

use super::blocks::{Block, Blocks, Document};
use super::chart::SignatureBox;
use super::diagnosis::{BODY, meta};
use super::doc::{ActionLine, ReportDoc, date_text};
use super::layout::palette;
use super::table::{Cell, Column, Row, Table};
use crate::i18n::Arg;
use crate::model::org::Role;

/// Section numbering of the work plan: "1 项目概况", "2 项目组织" …
struct Numbered(usize);

impl Numbered {
    fn next(&mut self, doc: &ReportDoc, id: &str) -> String {
        self.0 += 1;
        format!("{} {}", self.0, doc.tr(id))
    }
    fn sub(&self, doc: &ReportDoc, k: usize, id: &str) -> String {
        format!("{}.{k} {}", self.0, doc.tr(id))
    }
}

fn overview(l: &mut Blocks, doc: &ReportDoc, n: &mut Numbered) {
    l.heading(1, &n.next(doc, "workplan-sec-overview"), 30.0);
    let client = if doc.client.is_empty() {
        doc.tr("report-not-given")
    } else {
        doc.client.clone()
    };
    let args = [
        ("client", Arg::from(client)),
        ("edition", Arg::from(doc.edition.clone())),
        ("as_of", Arg::from(date_text(doc.as_of))),
        ("start", Arg::from(date_text(doc.plan_start))),
    ];
    let id = if doc.running() {
        "workplan-overview-running"
    } else {
        "workplan-overview"
    };
    let text = match doc.planned_application {
        Some(d) => {
            let mut a = args.to_vec();
            a.push(("application", Arg::from(date_text(d))));
            doc.tr_args(id, &a)
        }
        None => doc.tr_args(&format!("{id}-no-date"), &args),
    };
    l.paragraph(&text, &BODY);
}

fn people_table(doc: &ReportDoc, roles: &[Role]) -> Table {
    let mut t = Table::new(vec![
        Column::new(doc.tr("workplan-col-role"), 0.2),
        Column::new(doc.tr("workplan-col-name"), 0.16),
        Column::new(doc.tr("report-col-department"), 0.2),
        Column::new(doc.tr("workplan-col-duty"), 0.44),
    ]);
    for role in roles {
        for p in doc.people.iter().filter(|p| p.role == *role) {
            t.push(vec![
                doc.tr(&format!("org-role-{}", role.key())).into(),
                p.name.clone().into(),
                p.unit.clone().into(),
                doc.tr(&format!("workplan-duty-{}", role.key())).into(),
            ]);
        }
    }
    t
}

fn organisation(l: &mut Blocks, doc: &ReportDoc, n: &mut Numbered) {
    l.heading(1, &n.next(doc, "workplan-sec-organisation"), 40.0);
    if doc.people.is_empty() {
        l.paragraph(&doc.tr("workplan-no-people"), &BODY.colored(palette::BAD));
    }
    l.heading(2, &n.sub(doc, 1, "workplan-sub-steering"), 30.0);
    l.paragraph(&doc.tr("workplan-steering-intro"), &BODY);
    let steering = people_table(doc, &[Role::Representative, Role::IpLead]);
    if !steering.rows.is_empty() {
        l.table(steering);
    }
    l.heading(2, &n.sub(doc, 2, "workplan-sub-working"), 30.0);
    l.paragraph(&doc.tr("workplan-working-intro"), &BODY);
    let mut working = people_table(
        doc,
        &[Role::DepartmentHead, Role::InternalAuditor, Role::Other],
    );
    // Departments without a named head still appear, with their duties.
    for unit in &doc.units {
        if !doc.people.iter().any(|p| p.unit == unit.name) {
            working.push(vec![
                doc.tr("org-role-department-head").into(),
                String::new().into(),
                unit.name.clone().into(),
                doc.tr("workplan-duty-department-head").into(),
            ]);
        }
    }
    let consultant = [doc.assessor.name.trim(), doc.assessor.organization.trim()];
    if consultant.iter().any(|s| !s.is_empty()) {
        working.push(vec![
            doc.tr("workplan-consultant").into(),
            consultant[0].to_string().into(),
            consultant[1].to_string().into(),
            doc.tr("workplan-duty-consultant").into(),
        ]);
    }
    if !working.rows.is_empty() {
        l.table(working);
    }
}

fn phases(l: &mut Blocks, doc: &ReportDoc, n: &mut Numbered) {
    l.heading(1, &n.next(doc, "workplan-sec-phases"), 40.0);
    let mut t = Table::new(vec![
        Column::new(doc.tr("report-col-phase"), 0.18),
        Column::new(doc.tr("report-col-dates"), 0.3),
        Column::new(doc.tr("workplan-col-deliverables"), 0.52),
    ]);
    for p in &doc.phases {
        t.push(vec![
            Cell::new(doc.phase_name(p)).bold(),
            doc.phase_dates(p).into(),
            doc.tr(&format!("workplan-deliverable-{}", p.key)).into(),
        ]);
    }
    l.table(t);
}

fn actions(l: &mut Blocks, doc: &ReportDoc, n: &mut Numbered) {
    l.heading(1, &n.next(doc, "workplan-sec-actions"), 40.0);
    if doc.actions.is_empty() {
        l.paragraph(&doc.tr("report-no-actions"), &BODY);
        return;
    }
    let mut t = Table::new(vec![
        Column::new(doc.tr("report-col-clause"), 0.1),
        Column::new(doc.tr("report-col-action"), 0.56),
        Column::new(doc.tr("report-col-priority"), 0.14).centered(),
        Column::new(doc.tr("report-col-due"), 0.2),
    ]);
    // One band per owner, in the order owners first appear in the plan.
    let mut owners: Vec<&str> = Vec::new();
    for a in &doc.actions {
        if !owners.contains(&a.owner.as_str()) {
            owners.push(&a.owner);
        }
    }
    for owner in owners {
        t.rows.push(Row::band(owner.to_string()));
        let mine: Vec<&ActionLine> = doc.actions.iter().filter(|a| a.owner == owner).collect();
        for a in mine {
            t.push(vec![
                a.clause.clone().into(),
                a.text.clone().into(),
                a.level_label.clone().into(),
                date_text(a.due).into(),
            ]);
        }
    }
    l.table(t);
}

fn documents(l: &mut Blocks, doc: &ReportDoc, n: &mut Numbered) {
    l.heading(1, &n.next(doc, "workplan-sec-documents"), 40.0);
    if doc.documents.is_empty() {
        l.paragraph(&doc.tr("report-no-documents"), &BODY);
        return;
    }
    let mut t = Table::new(vec![
        Column::new(doc.tr("report-col-no"), 0.07).centered(),
        Column::new(doc.tr("report-col-document"), 0.45),
        Column::new(doc.tr("report-col-clauses"), 0.14),
        Column::new(doc.tr("report-col-owner"), 0.19),
        Column::new(doc.tr("report-col-due"), 0.15),
    ]);
    let sep = doc.tr("report-list-sep");
    for (i, d) in doc.documents.iter().enumerate() {
        // The owner of the first action on one of the document's clauses.
        let owner = doc
            .actions
            .iter()
            .find(|a| d.clauses.contains(&a.clause))
            .map(|a| a.owner.clone())
            .unwrap_or_default();
        t.push(vec![
            (i + 1).to_string().into(),
            d.text.clone().into(),
            d.clauses.join(&sep).into(),
            owner.into(),
            date_text(d.due).into(),
        ]);
    }
    l.table(t);
}

fn training(l: &mut Blocks, doc: &ReportDoc, n: &mut Numbered) {
    l.heading(1, &n.next(doc, "workplan-sec-training"), 40.0);
    let phase = |key: &str| doc.phases.iter().find(|p| p.key == key);
    let auditors: Vec<&str> = doc
        .people
        .iter()
        .filter(|p| p.role == Role::InternalAuditor)
        .map(|p| p.name.as_str())
        .collect();
    let auditor_audience = if auditors.is_empty() {
        doc.tr("workplan-audience-auditors-to-name")
    } else {
        doc.tr_args(
            "workplan-audience-auditors",
            &[(
                "names",
                Arg::from(auditors.join(&doc.tr("report-list-sep"))),
            )],
        )
    };
    let rows = [
        (
            "workplan-training-management",
            "workplan-audience-management",
            phase("planning"),
        ),
        (
            "workplan-training-awareness",
            "workplan-audience-all",
            phase("issue-and-training"),
        ),
        ("workplan-training-auditor", "", phase("operation")),
    ];
    let mut t = Table::new(vec![
        Column::new(doc.tr("workplan-col-training"), 0.26),
        Column::new(doc.tr("workplan-col-audience"), 0.44),
        Column::new(doc.tr("report-col-dates"), 0.3),
    ]);
    for (what, who, when) in rows {
        let audience = if who.is_empty() {
            auditor_audience.clone()
        } else {
            doc.tr(who)
        };
        let dates = when.map_or_else(String::new, |p| doc.phase_dates(p));
        t.push(vec![doc.tr(what).into(), audience.into(), dates.into()]);
    }
    l.table(t);
}

fn milestones(l: &mut Blocks, doc: &ReportDoc, n: &mut Numbered) {
    l.heading(1, &n.next(doc, "workplan-sec-milestones"), 40.0);
    let mut t = Table::new(vec![
        Column::new(doc.tr("workplan-col-milestone"), 0.7),
        Column::new(doc.tr("workplan-col-date"), 0.3),
    ]);
    for (label, date) in &doc.milestones {
        t.push(vec![label.clone().into(), date_text(*date).into()]);
    }
    l.table(t);
}

/// The work plan as blocks.
pub fn work_plan_document(doc: &ReportDoc) -> Document {
    let mut l = Blocks::default();
    let title = doc.tr("workplan-title");
    l.push(Block::Title(title.clone()));
    l.paragraph(
        &[doc.client.as_str(), doc.edition.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" · "),
        &BODY
            .colored(palette::MUTED)
            .aligned(super::layout::Align::Center),
    );
    l.space(4.0);
    let mut n = Numbered(0);
    overview(&mut l, doc, &mut n);
    organisation(&mut l, doc, &mut n);
    phases(&mut l, doc, &mut n);
    actions(&mut l, doc, &mut n);
    documents(&mut l, doc, &mut n);
    training(&mut l, doc, &mut n);
    milestones(&mut l, doc, &mut n);
    l.heading(1, &n.next(doc, "workplan-sec-signatures"), 75.0);
    l.paragraph(&doc.tr("workplan-sign-statement"), &BODY);
    l.space(5.0);
    let boxed = |id: &str| SignatureBox {
        title: doc.tr(id),
        lines: vec![doc.tr("report-sign-signature"), doc.tr("report-sign-date")],
        stamp: doc.tr("report-sign-stamp"),
    };
    l.push(Block::Signatures(vec![
        boxed("report-sign-client"),
        boxed("report-sign-consultant"),
    ]));
    let mut m = meta(doc);
    m.title = if doc.client.is_empty() {
        title.clone()
    } else {
        format!("{title} — {}", doc.client)
    };
    Document {
        locale: doc.locale,
        landscape: false,
        header_left: title,
        header_right: doc.client.clone(),
        footer_left: doc.tr("report-confidential"),
        logo: None,
        meta: m,
        brand: crate::report::brand::Brand::default(),
        blocks: l.blocks,
    }
}
