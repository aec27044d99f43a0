//! `import FILE`: reads an assessment file into the database (all or nothing) and prints the
//! new assessment's id.

use super::session::{fail, open};
use super::{Context, Failure};
use crate::i18n::{Arg, tr_args};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// An assessment file written by `export --format json`.
    pub file: PathBuf,
}

pub fn run(ctx: &Context, args: &ImportArgs) -> Result<(), Failure> {
    let l = ctx.locale;
    let store = open(ctx, true)?;
    let id = store.import_file(&args.file).map_err(|e| fail(l, &e))?;
    let meta = store.assessment(id).map_err(|e| fail(l, &e))?;
    println!(
        "{}",
        tr_args(
            l,
            "store-imported",
            &[
                ("file", Arg::from(args.file.display().to_string())),
                ("title", Arg::from(meta.title)),
            ]
        )
    );
    println!("{id}");
    // A file made against other catalogue content is kept whole; say what differs.
    if let Ok(drift) = store.catalog_drift(id) {
        super::score::print_drift(l, &drift);
    }
    Ok(())
}
