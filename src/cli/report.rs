//! `report ID --out FILE [--lang L] [--as-of DATE] [--kind diagnosis|checklist|blank-checklist]
//! [--department CODE]`: the PDF diagnosis report or interview checklist, in the chosen
//! language (the global `--lang`).

use super::session::{fail, open};
use super::{Context, Failure};
use crate::i18n::{Arg, tr_args};
use crate::model::catalog::Department;
use crate::report::{
    Assessor, PreviousAssessment, ReportInput, ReportKind, ReportOptions, render_report,
};
use crate::store::StoreError;
use chrono::NaiveDate;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Assessment id.
    pub id: i64,
    /// The PDF file to write (replaced whole if it exists).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// The date gates, the roadmap and support are computed for (default today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub as_of: Option<NaiveDate>,
    /// diagnosis (诊断报告), checklist (filled 内审检查表) or blank-checklist.
    #[arg(long, value_name = "KIND", default_value = "diagnosis",
          value_parser = ["diagnosis", "checklist", "blank-checklist"])]
    pub kind: String,
    /// Checklists only: one department (e.g. research) instead of all.
    #[arg(long, value_name = "CODE")]
    pub department: Option<String>,
}

pub fn run(ctx: &Context, args: &ReportArgs) -> Result<(), Failure> {
    let l = ctx.locale;
    let kind = ReportKind::from_key(&args.kind).unwrap_or(ReportKind::Diagnosis);
    let department = match &args.department {
        Some(d) => Some(
            Department::from_key(d.trim())
                .ok_or_else(|| fail(l, &StoreError::invalid("department", d.clone())))?,
        ),
        None => None,
    };
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let store = open(ctx, false)?;
    let record = store.load(args.id).map_err(|e| fail(l, &e))?;
    let catalog = store
        .catalog(&record.meta.catalog_id)
        .map_err(|e| fail(l, &e))?;
    let earlier = match record.meta.previous_id {
        Some(p) => Some(store.load(p).map_err(|e| fail(l, &e))?),
        None => None,
    };
    let previous = earlier.as_ref().and_then(|p| {
        Some(PreviousAssessment {
            title: &p.meta.title,
            date: p.meta.created_at.date_naive(),
            catalog: store.catalog(&p.meta.catalog_id).ok()?,
            triage: &p.profile.triage,
            answers: &p.answers,
        })
    });
    let assessor = Assessor {
        name: record.meta.assessor.clone(),
        organization: record.meta.assessor_organization.clone(),
    };
    let input = ReportInput {
        catalog,
        profile: &record.profile,
        facts: &record.facts,
        answers: &record.answers,
        phases: record.phases.as_ref(),
        overrides: &record.overrides,
        free_actions: &record.free_actions,
        previous,
        rewards: None,
        assessor: &assessor,
        assessment_title: &record.meta.title,
        conclusion: &record.meta.conclusion,
        logo: None,
        created: chrono::Utc::now(),
    };
    let options = ReportOptions {
        locale: l,
        as_of,
        kind,
        department,
    };
    let bytes = render_report(&input, &options).map_err(|e| Failure::other(l, &e))?;
    crate::store::exchange::write_file(&args.out, &bytes).map_err(|e| fail(l, &e))?;
    println!(
        "{}",
        tr_args(
            l,
            "store-exported",
            &[("file", Arg::from(args.out.display().to_string()))]
        )
    );
    Ok(())
}
