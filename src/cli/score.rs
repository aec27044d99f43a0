//! `score ID [--json] [--as-of DATE]`: scores, gate check, earliest application date.

use super::session::{fail, open};
use super::{Context, Failure};
use crate::i18n::{render, tr};
use crate::locale::Locale;
use crate::model::evaluate::Evaluation;
use crate::store::AssessmentRecord;
use chrono::NaiveDate;
use clap::Args;
use serde_json::{Value, json};

#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Assessment id.
    pub id: i64,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// The date gates and the earliest application date are computed for (default today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
    pub as_of: Option<NaiveDate>,
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The JSON `score --json` prints.
pub fn score_json(record: &AssessmentRecord, evaluation: &Evaluation, locale: Locale) -> Value {
    let card = &evaluation.scorecard;
    let gates = &evaluation.gates;
    let size = record.profile.size_class();
    json!({
        "assessment": record.meta.id,
        "title": record.meta.title,
        "organization": record.organization.name,
        "catalog": { "id": record.meta.catalog_id, "version": record.meta.catalog_version },
        "as_of": gates.as_of.to_string(),
        "overall": card.overall.score.map(round1),
        "progress": round1(card.overall.progress),
        "answered": card.overall.answered,
        "applicable": card.overall.applicable,
        "chapters": card.chapters.iter().map(|c| json!({
            "id": c.number,
            "score": c.aggregate.score.map(round1),
            "progress": round1(c.aggregate.progress),
        })).collect::<Vec<_>>(),
        "processes": card.processes.iter().map(|(p, a)| json!({
            "id": p.key(),
            "score": a.score.map(round1),
        })).collect::<Vec<_>>(),
        "ready": gates.ready,
        "gates": gates.gates.iter().map(|g| json!({
            "id": g.id.key(),
            "hard": g.hard,
            "status": g.status.key(),
            "reason": render(locale, &g.reason),
        })).collect::<Vec<_>>(),
        "gaps": evaluation.findings,
        "planned_application_date": evaluation.planned_application().map(|d| d.to_string()),
        "target_certificate_date": evaluation.plan.target_certificate.to_string(),
        "phases": evaluation.plan.phases.iter().map(|p| json!({
            "id": p.id.key(),
            // Phases done before operation on unrecorded dates have none.
            "start": (!p.undated).then(|| p.start.to_string()),
            "end": (!p.undated).then(|| p.end.to_string()),
            "done": p.done,
        })).collect::<Vec<_>>(),
        "earliest_application_date": gates.earliest_application.map(|d| d.to_string()),
        "earliest_reason": render(locale, &gates.earliest_reason),
        "size_class": size.class.key(),
        "size_reason": render(locale, &size.reason),
    })
}

pub fn run(ctx: &Context, args: &ScoreArgs) -> Result<(), Failure> {
    let l = ctx.locale;
    let store = open(ctx, false)?;
    let record = store.load(args.id).map_err(|e| fail(l, &e))?;
    let catalog = store
        .catalog(&record.meta.catalog_id)
        .map_err(|e| fail(l, &e))?;
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let evaluation = record.evaluate(catalog, as_of);
    let card = &evaluation.scorecard;
    let gates = &evaluation.gates;
    let drift = crate::store::drift(&record, catalog);
    print_drift(l, &drift);
    let mut value = score_json(&record, &evaluation, l);
    value["ignored_answers"] = json!(drift.orphaned);
    value["catalog"]["loaded_version"] = json!(drift.loaded_version);
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        );
        return Ok(());
    }
    let num = |v: &Value| {
        v.as_f64()
            .map_or_else(|| "—".into(), crate::i18n::score_text)
    };
    println!("{}  ({})", record.meta.title, record.organization.name);
    println!(
        "{}: {}   {}: {}%",
        tr(l, "store-score-overall"),
        num(&value["overall"]),
        tr(l, "store-score-progress"),
        num(&value["progress"])
    );
    for c in &card.chapters {
        let s = c
            .aggregate
            .score
            .map_or_else(|| "—".into(), crate::i18n::score_text);
        println!("  {} {s}", c.number);
    }
    for g in &gates.gates {
        let mark = match g.status.key() {
            "passed" => "√",
            "failed" => "×",
            _ => "?",
        };
        println!("  {mark} {}", render(l, &g.reason));
    }
    println!(
        "{}: {}",
        tr(l, "store-score-ready"),
        tr(l, if gates.ready { "store-yes" } else { "store-no" })
    );
    println!(
        "{}: {}",
        tr(l, "store-score-earliest"),
        gates
            .earliest_application
            .map_or_else(|| "—".into(), |d| d.to_string())
    );
    Ok(())
}

/// Tells (on stderr) which stored answers the score leaves out and whether the catalogue's
/// version changed since the assessment was made.
pub fn print_drift(l: Locale, drift: &crate::store::CatalogDrift) {
    for line in drift.describe(l) {
        eprintln!("{line}");
    }
}
