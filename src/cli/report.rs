//! `report ID --out FILE [--lang L] [--as-of DATE] [--kind diagnosis|checklist|blank-checklist]
//! [--department CODE] [--sections LIST]`: the PDF diagnosis report or interview checklist, in the chosen
//! language (the global `--lang`).

use super::session::{fail, open, print_written};
use super::{Context, Failure};
use crate::model::catalog::Department;
use crate::report::{ReportKind, ReportSection};
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
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
    pub as_of: Option<NaiveDate>,
    /// diagnosis (诊断报告), checklist (filled 内审检查表) or blank-checklist.
    #[arg(long, value_name = "KIND", default_value = "diagnosis",
          value_parser = ["diagnosis", "checklist", "blank-checklist"])]
    pub kind: String,
    /// Checklists only: one department (e.g. research) instead of all.
    #[arg(long, value_name = "CODE")]
    pub department: Option<String>,
    /// Diagnosis report only: the sections to print, comma-separated, in any order (default
    /// all): conclusion, profile, method, scores, gates, findings, plan, documents, support,
    /// compare, signatures.
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub sections: Option<Vec<String>>,
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
    let sections = match &args.sections {
        Some(keys) => keys
            .iter()
            .map(|k| {
                ReportSection::from_key(k.trim())
                    .ok_or_else(|| fail(l, &StoreError::invalid("section", k.clone())))
            })
            .collect::<Result<Vec<_>, _>>()?,
        None => ReportSection::ALL.to_vec(),
    };
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let store = open(ctx, false)?;
    let doc = crate::printing::document(&store, &ctx.paths, args.id, l, as_of, chrono::Utc::now())
        .map_err(|e| fail(l, &e))?;
    let bytes = crate::report::render_doc(&doc, kind, &sections, department)
        .map_err(|e| Failure::other(l, &e))?;
    crate::store::exchange::write_file(&args.out, &bytes).map_err(|e| fail(l, &e))?;
    print_written(l, &args.out);
    warn_missing_glyphs(l);
    Ok(())
}

/// Names (on stderr) the characters the report printed as □ because the font lacks them.
fn warn_missing_glyphs(l: crate::locale::Locale) {
    let missing = crate::printing::take_missing_glyphs();
    if let Some(warning) = crate::printing::missing_glyphs_warning(l, &missing) {
        eprintln!("{warning}");
    }
}
