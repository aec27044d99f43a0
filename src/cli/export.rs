//! `export ID --out FILE [--format json|csv|xlsx] [--what findings|plan] [--as-of DATE]`.

use super::session::{fail, open, print_written};
use super::{Context, Failure};
use crate::store::exchange::{ExportFormat, TableKind};
use chrono::NaiveDate;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Assessment id.
    pub id: i64,
    /// The file to write (replaced whole if it exists).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// json (the whole assessment, re-importable), csv or xlsx; default from the file
    /// extension, else json.
    #[arg(long, value_name = "FORMAT", value_parser = ["json", "csv", "xlsx"])]
    pub format: Option<String>,
    /// For CSV: findings (every item with its verdict) or plan (actions).
    #[arg(long, value_name = "WHAT", value_parser = ["findings", "plan"], default_value = "findings")]
    pub what: String,
    /// Date the plan starts from when no phase start was set (default today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
    pub as_of: Option<NaiveDate>,
}

pub fn run(ctx: &Context, args: &ExportArgs) -> Result<(), Failure> {
    let l = ctx.locale;
    let format = args
        .format
        .as_deref()
        .or_else(|| args.out.extension().and_then(|e| e.to_str()))
        .and_then(|f| ExportFormat::from_key(&f.to_ascii_lowercase()))
        .unwrap_or(ExportFormat::Json);
    let what = TableKind::from_key(&args.what).unwrap_or(TableKind::Findings);
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let store = open(ctx, false)?;
    store
        .export_to(args.id, &args.out, format, what, l, as_of)
        .map_err(|e| fail(l, &e))?;
    print_written(l, &args.out);
    Ok(())
}
