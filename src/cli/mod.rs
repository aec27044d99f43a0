//! The command line: no subcommand opens the window; subcommands work headlessly over the same
//! library calls the screens use. Exit codes: 0 success, 2 invalid input, 1 other failure.

mod answer;
mod catalog;
mod classify;
mod demo;
mod export;
mod import;
mod list;
mod new;
mod report;
mod restore;
mod score;
mod session;

use crate::error::Localize;
use crate::i18n;
use crate::locale::Locale;
use crate::paths::Paths;
use crate::settings::Settings;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(name = "ipms-readiness", version, about = crate::DISPLAY_NAME, long_about = None)]
pub struct Cli {
    /// Data folder (database, backups, user catalogues); also IPMS_DATA_DIR. Portable mode.
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Language of the window, messages and reports: zh-CN or en-US.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<Locale>,
    /// Open the window on this assessment's dashboard.
    #[arg(long, value_name = "ID")]
    pub open: Option<i64>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List, show or check assessment catalogues.
    #[command(subcommand)]
    Catalog(catalog::CatalogCommand),
    /// SME size class (工信部联企业〔2011〕300号) from industry, employees, revenue and assets.
    Classify(classify::ClassifyArgs),
    /// Start an assessment: a new client (--org) or a follow-up of an earlier one (--from).
    New(new::NewArgs),
    /// List clients and their assessments with progress and score.
    List(list::ListArgs),
    /// Create the demo client (partly answered, with notes and facts); prints its id.
    Demo(demo::DemoArgs),
    /// Record one answer (saved durably before the command returns).
    Answer(answer::AnswerArgs),
    /// Scores, certification gate check and earliest application date.
    Score(score::ScoreArgs),
    /// Export an assessment as JSON (re-importable), CSV or XLSX.
    Export(export::ExportArgs),
    /// Import an assessment file (all or nothing); prints the new id.
    Import(import::ImportArgs),
    /// Print the PDF diagnosis report or interview checklist (language: --lang).
    Report(report::ReportArgs),
    /// List the backups, or replace the database with one (the current file is kept aside).
    Restore(restore::RestoreArgs),
}

/// What a command hands back to `run`: the context every command needs.
pub struct Context {
    pub paths: Paths,
    pub locale: Locale,
}

/// A failed command: a translated message and its exit code.
pub struct Failure {
    pub message: String,
    pub code: u8,
}

impl Failure {
    /// Invalid input (exit code 2).
    pub fn invalid(locale: Locale, err: &dyn Localize) -> Self {
        Self {
            message: i18n::error_text(locale, err),
            code: 2,
        }
    }
    /// Any other failure (exit code 1).
    pub fn other(locale: Locale, err: &dyn Localize) -> Self {
        Self {
            message: i18n::error_text(locale, err),
            code: 1,
        }
    }
}

/// A date as `YYYY-MM-DD` with a four-digit year: `26-01-01` is refused rather than read as
/// the year 26. (Argument errors come before the language is known, so the text has both.)
pub fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    let t = text.trim();
    let b = t.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    shaped
        .then(|| chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| {
            "use YYYY-MM-DD with a four-digit year, e.g. 2026-01-31 / 请用 YYYY-MM-DD 格式，年份为四位数，例如 2026-01-31".into()
        })
}

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    let paths = Paths::resolve(cli.data_dir.as_deref());
    let settings = Settings::load(&paths.config_dir);
    let locale = settings.effective_language(cli.lang);
    let Some(command) = cli.command else {
        return match crate::ui::run(paths, locale, cli.open) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(1)
            }
        };
    };
    let ctx = Context { paths, locale };
    let result = match command {
        Command::Catalog(c) => catalog::run(&ctx, c),
        Command::Classify(a) => classify::run(&ctx, &a),
        Command::New(a) => new::run(&ctx, a),
        Command::List(a) => list::run(&ctx, &a),
        Command::Demo(a) => demo::run(&ctx, &a),
        Command::Answer(a) => answer::run(&ctx, a),
        Command::Score(a) => score::run(&ctx, &a),
        Command::Export(a) => export::run(&ctx, &a),
        Command::Import(a) => import::run(&ctx, &a),
        Command::Report(a) => report::run(&ctx, &a),
        Command::Restore(a) => restore::run(&ctx, &a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("{}", f.message);
            ExitCode::from(f.code)
        }
    }
}
