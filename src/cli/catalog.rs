//! `catalog list | show ID [--json] | check PATH`.

use super::{Context, Failure};
use crate::catalogs::{Problem, check_path, load_all};
use crate::i18n::{Arg, tr, tr_args};
use crate::model::catalog::{Catalog, CatalogError, CatalogErrorKind};
use clap::Subcommand;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    /// List the available catalogues (built-in and user).
    List,
    /// Show one catalogue's clause tree and items.
    Show {
        id: String,
        /// Print the whole catalogue as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Validate a catalogue file or folder; exit code 2 when invalid.
    Check { path: PathBuf },
    /// Move a diagnosis to the current version of its catalogue and print what changed
    /// (answers carry over by item id; none is deleted). A backup is made first.
    Upgrade {
        /// Assessment id.
        id: i64,
        /// Print what would change without changing anything.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Serialize)]
struct CatalogJson<'a> {
    id: &'a str,
    title: &'a crate::locale::Localized,
    code: &'a str,
    version: &'a str,
    published: chrono::NaiveDate,
    effective: chrono::NaiveDate,
    legacy: bool,
    clauses: &'a [crate::model::catalog::Clause],
    items: &'a [crate::model::catalog::Item],
}

/// Each problem on its own translated line.
fn problem_lines(l: crate::locale::Locale, problems: &[CatalogError]) -> String {
    let lines: Vec<String> = problems
        .iter()
        .map(|p| crate::i18n::error_text(l, &Problem(p)))
        .collect();
    lines.join("\n")
}

struct UnknownCatalog(String);

impl crate::error::Localize for UnknownCatalog {
    fn message_id(&self) -> &'static str {
        "err-unknown-catalog"
    }
    fn message_args(&self) -> Vec<(&'static str, String)> {
        vec![("id", self.0.clone())]
    }
}

/// A stored version the loaded catalogue does not list as earlier: moving would go backwards
/// or sideways.
struct NotEarlier {
    catalog: String,
    stored: String,
    loaded: String,
}

impl crate::error::Localize for NotEarlier {
    fn message_id(&self) -> &'static str {
        "err-catalog-upgrade-not-earlier"
    }
    fn message_args(&self) -> Vec<(&'static str, String)> {
        vec![
            ("catalog", self.catalog.clone()),
            ("stored", self.stored.clone()),
            ("loaded", self.loaded.clone()),
        ]
    }
}

/// `catalog upgrade ID [--dry-run]`.
fn upgrade(ctx: &Context, id: i64, dry_run: bool) -> Result<(), Failure> {
    use super::session::{fail, open};
    let l = ctx.locale;
    let store = open(ctx, !dry_run)?;
    let record = store.load(id).map_err(|e| fail(l, &e))?;
    let catalog = store
        .catalog(&record.meta.catalog_id)
        .map_err(|e| fail(l, &e))?;
    let stored = &record.meta.catalog_version;
    if *stored != catalog.version && !catalog.earlier_versions.contains(stored) {
        return Err(Failure::invalid(
            l,
            &NotEarlier {
                catalog: catalog.id.clone(),
                stored: stored.clone(),
                loaded: catalog.version.clone(),
            },
        ));
    }
    let report = if dry_run {
        crate::store::upgrade_preview(&record, catalog)
    } else {
        let moved = store.upgrade_catalog(id).map_err(|e| fail(l, &e))?;
        if let Some(b) = &moved.backup {
            let args = [("backup", Arg::from(b.path.display().to_string()))];
            eprintln!("{}", tr_args(l, "cli-catalog-upgrade-backup", &args));
        }
        moved.report
    };
    for line in crate::store::describe_upgrade(&report, l) {
        println!("{line}");
    }
    if dry_run && !report.is_same_version() {
        println!("{}", tr(l, "cli-catalog-upgrade-dry-run"));
    }
    Ok(())
}

pub fn run(ctx: &Context, command: CatalogCommand) -> Result<(), Failure> {
    let l = ctx.locale;
    match command {
        CatalogCommand::Upgrade { id, dry_run } => upgrade(ctx, id, dry_run),
        CatalogCommand::List => {
            let set = load_all(Some(&ctx.paths.user_catalogs()));
            for c in &set.catalogs {
                println!(
                    "{}\t{}\t{}\t{}",
                    c.id,
                    c.version,
                    c.active_items().count(),
                    c.display_title(l)
                );
            }
            if !set.problems.is_empty() {
                eprintln!("{}", problem_lines(l, &set.problems));
            }
            Ok(())
        }
        CatalogCommand::Show { id, json } => {
            let set = load_all(Some(&ctx.paths.user_catalogs()));
            let cat = set
                .get(&id)
                .ok_or_else(|| Failure::invalid(l, &UnknownCatalog(id.clone())))?;
            if json {
                let out = CatalogJson {
                    id: &cat.id,
                    title: &cat.title,
                    code: &cat.code,
                    version: &cat.version,
                    published: cat.published,
                    effective: cat.effective,
                    legacy: cat.legacy,
                    clauses: &cat.clauses,
                    items: &cat.items,
                };
                let text = serde_json::to_string_pretty(&out).unwrap_or_default();
                println!("{text}");
            } else {
                print_tree(cat, l);
            }
            Ok(())
        }
        CatalogCommand::Check { path } => {
            match check_path(&path).and_then(|c| provenance(&path, c)) {
                Ok(cat) => {
                    println!(
                        "{}",
                        tr_args(
                            l,
                            "cli-catalog-valid",
                            &[
                                ("file", Arg::from(path.display().to_string())),
                                ("items", Arg::from(cat.items.len()))
                            ]
                        )
                    );
                    Ok(())
                }
                Err(problems) => {
                    eprintln!(
                        "{}",
                        tr_args(
                            l,
                            "cli-catalog-problems",
                            &[("count", Arg::from(problems.len()))]
                        )
                    );
                    Err(Failure {
                        message: problem_lines(l, &problems),
                        code: 2,
                    })
                }
            }
        }
    }
}

/// `catalog check` also requires every `verified` clause to name two sources, every sub-point
/// to be covered by an item that says so, and no clause to ask the same question twice.
fn provenance(path: &std::path::Path, cat: Catalog) -> Result<Catalog, Vec<CatalogError>> {
    let problem = |item: Option<String>, kind| CatalogError {
        file: path.display().to_string(),
        line: None,
        item,
        kind,
    };
    let mut problems: Vec<CatalogError> = cat
        .unsourced_clauses()
        .map(|c| problem(None, CatalogErrorKind::Unsourced(c.number.clone())))
        .collect();
    problems.extend(
        cat.uncovered_subpoints()
            .into_iter()
            .map(|(clause, letter)| {
                problem(
                    None,
                    CatalogErrorKind::UncoveredSubpoint(format!("{clause} {letter})")),
                )
            }),
    );
    problems.extend(
        cat.items_without_covers()
            .map(|i| problem(Some(i.id.clone()), CatalogErrorKind::NoCovers)),
    );
    let mut asked = std::collections::HashSet::new();
    for i in cat.active_items() {
        for q in [&i.question.zh_cn, &i.question.en_us] {
            if !asked.insert((i.clause.as_str(), q.trim())) {
                problems.push(problem(
                    Some(i.id.clone()),
                    CatalogErrorKind::DuplicateQuestion(i.clause.clone()),
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(cat)
    } else {
        Err(problems)
    }
}

fn print_tree(cat: &Catalog, l: crate::locale::Locale) {
    println!("{}  ({})", cat.display_title(l), cat.version);
    if cat.legacy {
        println!("{}", tr(l, "cli-legacy-note"));
    }
    for clause in &cat.clauses {
        let indent = "  ".repeat(clause.depth() - 1);
        let flag = if clause.verified { "" } else { " *" };
        println!("{indent}{} {}{flag}", clause.number, clause.title.get(l));
        for p in &clause.subpoints {
            println!("{indent}    {}) {}", p.letter, p.text.get(l));
        }
        for item in cat.items.iter().filter(|i| i.clause == clause.number) {
            let covers = match &item.covers {
                Some(c) if !c.is_empty() => format!(" ({})", c.join(", ")),
                _ => String::new(),
            };
            println!("{indent}  - [{}]{covers} {}", item.id, item.question.get(l));
        }
    }
}
