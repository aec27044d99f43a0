//! What the data commands share: opening the store safely and turning store errors into
//! translated failures with the right exit code.

use super::{Context, Failure};
use crate::locale::Locale;
use crate::model::assessment::Verdict;
use crate::store::{OpenOptions, Store, StoreError};

/// A store error as a failure: exit code 2 for invalid input, 1 otherwise.
pub fn fail(locale: Locale, err: &StoreError) -> Failure {
    if err.is_invalid_input() {
        Failure::invalid(locale, err)
    } else {
        Failure::other(locale, err)
    }
}

/// How long a writing command waits for the window (or another command) to release the
/// data folder.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// Opens the database of the data folder. Before a command writes, the file is checked
/// (`quick_check`) and the daily backup is made if due, so a damaged file is never written to;
/// a writing command waits briefly for the folder, then says who holds it. A reading command
/// reads beside an open window (or from write-protected media).
pub fn open(ctx: &Context, writes: bool) -> Result<Store, Failure> {
    let l = ctx.locale;
    let options = |read_only: bool| OpenOptions {
        read_only,
        lock_wait: if writes {
            LOCK_WAIT
        } else {
            std::time::Duration::ZERO
        },
        ..OpenOptions::default()
    };
    let opened = match Store::open_in_with(&ctx.paths, options(false)) {
        Err(StoreError::InUse { .. }) if !writes => Store::open_in_with(&ctx.paths, options(true)),
        other => other,
    };
    let store = opened.map_err(|e| {
        let mut f = fail(l, &e);
        if let Some(hint) = super::restore::hint(ctx, &e) {
            f.message.push('\n');
            f.message.push_str(&hint);
        }
        f
    })?;
    if writes {
        if store.read_only() {
            let e = StoreError::ReadOnly {
                path: store.path().to_path_buf(),
            };
            return Err(fail(l, &e));
        }
        store.quick_check().map_err(|e| fail(l, &e))?;
        store.backup_if_due().map_err(|e| fail(l, &e))?;
    }
    Ok(store)
}

/// A verdict from the command line: its key (`conform` …), or the keyboard key the window
/// uses (1–4, N).
pub fn parse_verdict(text: &str) -> Result<Verdict, StoreError> {
    let t = text.trim();
    if let Some(v) = Verdict::from_key(&t.to_ascii_lowercase()) {
        return Ok(v);
    }
    Verdict::ALL
        .iter()
        .copied()
        .find(|v| {
            v.hotkey()
                .is_some_and(|k| t.len() == 1 && t.eq_ignore_ascii_case(&k.to_string()))
        })
        .ok_or_else(|| StoreError::UnknownVerdict(text.to_string()))
}

/// Prints the "created" line for a new assessment, then its id alone on the last line.
pub fn print_created(store: &Store, locale: Locale, id: i64) -> Result<(), Failure> {
    let meta = store.assessment(id).map_err(|e| fail(locale, &e))?;
    let args = [
        ("title", crate::i18n::Arg::from(meta.title)),
        ("catalog", crate::i18n::Arg::from(meta.catalog_id)),
    ];
    println!("{}", crate::i18n::tr_args(locale, "store-created", &args));
    println!("{id}");
    Ok(())
}

/// Prints the "written to FILE" line of a command that wrote a file.
pub fn print_written(locale: Locale, file: &std::path::Path) {
    let args = [("file", crate::i18n::Arg::from(file.display().to_string()))];
    println!("{}", crate::i18n::tr_args(locale, "store-exported", &args));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_parse_from_keys_and_hotkeys() {
        assert_eq!(parse_verdict("conform").unwrap(), Verdict::Conform);
        assert_eq!(parse_verdict(" MAJOR ").unwrap(), Verdict::Major);
        assert_eq!(parse_verdict("2").unwrap(), Verdict::Observation);
        assert_eq!(parse_verdict("n").unwrap(), Verdict::Na);
        assert!(parse_verdict("5").is_err());
        assert!(parse_verdict("ok").is_err());
    }
}
