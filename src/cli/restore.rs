//! `restore [NAME]`: lists the backups (newest first, each checked), or replaces the database
//! with one of them. A database that cannot be opened (empty, damaged, foreign) is set aside,
//! never deleted; a working one is backed up first (`pre-restore`).

use super::session::fail;
use super::{Context, Failure};
use crate::i18n::{Arg, tr, tr_args};
use crate::store::backup::{self, BackupInfo};
use crate::store::{Store, StoreError};
use clap::Args;

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup's file name as listed; without it the backups are listed.
    pub name: Option<String>,
}

pub fn run(ctx: &Context, args: &RestoreArgs) -> Result<(), Failure> {
    let l = ctx.locale;
    let dir = ctx.paths.backups();
    let backups = backup::list(&dir);
    let Some(name) = &args.name else {
        if backups.is_empty() {
            let args = [("dir", Arg::from(dir.display().to_string()))];
            println!("{}", tr_args(l, "cli-restore-none", &args));
        }
        for b in &backups {
            let state = if backup::verify(&b.path).is_ok() {
                "cli-restore-good"
            } else {
                "cli-restore-bad"
            };
            println!(
                "{}\t{}\t{}",
                b.name,
                b.created_at.format("%Y-%m-%d %H:%M"),
                tr(l, state)
            );
        }
        return Ok(());
    };
    let chosen: &BackupInfo = backups
        .iter()
        .find(|b| &b.name == name)
        .ok_or_else(|| fail(l, &StoreError::UnknownBackup(name.clone())))?;
    let aside = match Store::open_in(&ctx.paths) {
        Ok(mut store) => {
            store.restore_backup(name).map_err(|e| fail(l, &e))?;
            None
        }
        Err(e) if e.needs_recovery() => {
            backup::restore_file(&ctx.paths.database(), &chosen.path).map_err(|e| fail(l, &e))?
        }
        Err(e) => return Err(fail(l, &e)),
    };
    println!(
        "{}",
        tr_args(l, "cli-restore-done", &[("name", Arg::from(name.clone()))])
    );
    if let Some(aside) = aside {
        let args = [("path", Arg::from(aside.display().to_string()))];
        println!("{}", tr_args(l, "cli-restore-aside", &args));
    }
    Ok(())
}

/// The line that tells a command-line user how to restore the offered backup.
pub fn hint(ctx: &Context, err: &StoreError) -> Option<String> {
    let backup = err.offered_backup()?;
    let name = backup.file_name()?.to_string_lossy().into_owned();
    let args = [
        ("name", Arg::from(name)),
        ("dir", Arg::from(ctx.paths.data_dir.display().to_string())),
    ];
    Some(tr_args(ctx.locale, "cli-restore-hint", &args))
}
