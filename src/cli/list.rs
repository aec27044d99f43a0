//! `list [--json]`: every client with its assessments, progress and score.

use super::session::{fail, open};
use super::{Context, Failure};
use crate::i18n::tr;
use crate::store::{AssessmentSummary, OrganizationSummary};
use clap::Args;
use serde_json::{Value, json};

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn assessment_json(a: &AssessmentSummary) -> Value {
    let m = &a.meta;
    json!({
        "id": m.id,
        "title": m.title,
        "catalog": { "id": m.catalog_id, "version": m.catalog_version },
        "status": m.status.key(),
        "assessor": m.assessor,
        "progress": round1(a.progress),
        "score": a.score.map(round1),
        "answered": a.answered,
        "gaps": a.gaps,
        "previous_id": m.previous_id,
        "created_at": m.created_at.to_rfc3339(),
        "updated_at": m.updated_at.to_rfc3339(),
    })
}

/// The client list as JSON (what `list --json` prints).
pub fn list_json(orgs: &[OrganizationSummary]) -> Value {
    Value::Array(
        orgs.iter()
            .map(|o| {
                json!({
                    "organization": {
                        "id": o.organization.id,
                        "name": o.organization.name,
                        "uscc": o.organization.uscc,
                    },
                    "last_change": o.last_change().to_rfc3339(),
                    "assessments": o.assessments.iter().map(assessment_json).collect::<Vec<_>>(),
                })
            })
            .collect(),
    )
}

pub fn run(ctx: &Context, args: &ListArgs) -> Result<(), Failure> {
    let l = ctx.locale;
    // Listing refreshes the summary cache (a write), so it checks the file first; beside an
    // open window or on read-only media it only reads.
    let store = open(ctx, false)?;
    if !store.read_only() {
        store.quick_check().map_err(|e| fail(l, &e))?;
    }
    let orgs = store.list_organizations().map_err(|e| fail(l, &e))?;
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&list_json(&orgs)).unwrap_or_default()
        );
        return Ok(());
    }
    for o in &orgs {
        let code = o.organization.uscc.as_deref().unwrap_or("");
        println!("{}  {code}", o.organization.name);
        for a in &o.assessments {
            let m = &a.meta;
            let shown = a
                .score
                .map_or_else(|| "—".to_string(), crate::i18n::score_text);
            println!(
                "  {}\t{}\t{}\t{}\t{:.0}%\t{shown}\t{}",
                m.id,
                m.title,
                m.catalog_id,
                tr(l, &format!("store-status-{}", m.status.key())),
                a.progress,
                m.updated_at
                    .with_timezone(&chrono::Local)
                    .format("%Y-%m-%d %H:%M"),
            );
        }
    }
    Ok(())
}
