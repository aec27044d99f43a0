//! `report ID --out FILE|FOLDER [--lang L] [--as-of DATE] [--kind diagnosis|checklist|blank-checklist]
//! [--format pdf|docx] [--department CODE] [--sections LIST] [--each-department]`: the diagnosis
//! report or interview checklist as PDF or editable DOCX, in the chosen language (the global
//! `--lang`).

use super::session::{fail, open, print_written};
use super::{Context, Failure};
use crate::report::{ReportFormat, ReportKind, ReportSection};
use crate::store::StoreError;
use chrono::NaiveDate;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Assessment id.
    pub id: i64,
    /// The PDF file to write (replaced whole if it exists), or an existing folder to write it
    /// into under its suggested name (checklists: with the department and the date).
    #[arg(long, value_name = "FILE|FOLDER")]
    pub out: PathBuf,
    /// The date gates, the roadmap and support are computed for (default today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
    pub as_of: Option<NaiveDate>,
    /// diagnosis (诊断报告), checklist (filled 内审检查表), blank-checklist or work-plan
    /// (贯标工作方案).
    #[arg(long, value_name = "KIND", default_value = "diagnosis",
          value_parser = ["diagnosis", "checklist", "blank-checklist", "work-plan"])]
    pub kind: String,
    /// pdf (to print and send) or docx (to edit in Word or WPS before stamping).
    #[arg(long, value_name = "FORMAT", default_value = "pdf", value_parser = ["pdf", "docx"])]
    pub format: String,
    /// Checklists only: one department (e.g. research) instead of all.
    #[arg(long, value_name = "CODE")]
    pub department: Option<String>,
    /// Diagnosis report only: the sections to print, comma-separated, in any order (default
    /// all): conclusion, profile, method, scores, gates, findings, plan, documents, support,
    /// compare, signatures.
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub sections: Option<Vec<String>>,
    /// Checklists for all departments only: one file per department in the `--out` folder
    /// instead of one file with a form per department.
    #[arg(long)]
    pub each_department: bool,
}

pub fn run(ctx: &Context, args: &ReportArgs) -> Result<(), Failure> {
    let l = ctx.locale;
    let kind = ReportKind::from_key(&args.kind).unwrap_or(ReportKind::Diagnosis);
    let format = ReportFormat::from_key(&args.format).unwrap_or(ReportFormat::Pdf);
    // The suggested name, with the extension of the chosen format.
    let file_name = |scope: Option<&str>, client: &str| {
        let audience = crate::settings::Settings::load(&ctx.paths.config_dir).audience();
        let name =
            crate::printing::suggested_file_name(l, audience, kind, client, scope, as_of_day(args));
        std::path::Path::new(&name)
            .with_extension(format.extension())
            .display()
            .to_string()
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
    if args.each_department
        && (!matches!(kind, ReportKind::Checklist | ReportKind::BlankChecklist)
            || args.department.is_some()
            || !args.out.is_dir())
    {
        return Err(Failure {
            message: crate::i18n::tr(l, "cli-report-each-department"),
            code: 2,
        });
    }
    let as_of = as_of_day(args);
    let store = open(ctx, false)?;
    let doc = crate::printing::document(&store, &ctx.paths, args.id, l, as_of, chrono::Utc::now())
        .map_err(|e| match e {
            crate::printing::PrintError::Store(e) => fail(l, &e),
            crate::printing::PrintError::Branding(e) => Failure::invalid(l, &e),
        })?;
    // The client's department by id or name, or a catalogue function key.
    let department = match &args.department {
        Some(d) => Some(
            crate::report::checklist::scope_named(&doc, d)
                .ok_or_else(|| fail(l, &StoreError::invalid("department", d.clone())))?,
        ),
        None => None,
    };
    if args.each_department {
        let filled = kind == ReportKind::Checklist;
        let written = crate::printing::write_each_department(
            &doc,
            filled,
            format,
            &args.out,
            as_of_day(args),
        )
        .map_err(|e| match e {
            crate::printing::EachError::Write(e) => fail(l, &e),
            crate::printing::EachError::Render(e) => Failure::other(l, &e),
        })?;
        for out in &written {
            print_written(l, out);
        }
        warn_missing_glyphs(l, format);
        return Ok(());
    }
    let bytes = crate::report::render_doc_as(
        &doc,
        kind,
        format,
        &sections,
        department.as_ref().map(|s| s.id.as_str()),
    )
    .map_err(|e| Failure::other(l, &e))?;
    let out = if args.out.is_dir() {
        let scope = department.map(|s| s.name);
        args.out.join(file_name(scope.as_deref(), &doc.client))
    } else {
        args.out.clone()
    };
    crate::store::exchange::write_file(&out, &bytes).map_err(|e| fail(l, &e))?;
    print_written(l, &out);
    warn_missing_glyphs(l, format);
    Ok(())
}

/// The as-of date asked for, else today.
fn as_of_day(args: &ReportArgs) -> NaiveDate {
    args.as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// Names (on stderr) the characters the report printed as □ because the font lacks them
/// (only the PDF prints the bundled font; Word and WPS use their own).
fn warn_missing_glyphs(l: crate::locale::Locale, format: ReportFormat) {
    let missing = crate::printing::take_missing_glyphs();
    if format != ReportFormat::Pdf {
        return;
    }
    if let Some(warning) = crate::printing::missing_glyphs_warning(l, &missing) {
        eprintln!("{warning}");
    }
}
