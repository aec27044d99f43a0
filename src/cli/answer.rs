//! `answer ID ITEM VERDICT [--note T] [--na-reason T]`: records one answer durably.

use super::session::{fail, open, parse_verdict};
use super::{Context, Failure};
use crate::i18n::{Arg, tr_args};
use crate::model::assessment::Answer;
use crate::model::catalog::{Department, Method};
use crate::store::StoreError;
use clap::Args;

#[derive(Debug, Args)]
pub struct AnswerArgs {
    /// Assessment id.
    pub id: i64,
    /// Item id (see `catalog show`).
    pub item: String,
    /// conform, observation, minor, major, na or unanswered (or 1–4, N).
    pub verdict: String,
    /// Audit note (审核记录).
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Why the item does not apply (required with na).
    #[arg(long, value_name = "TEXT")]
    pub na_reason: Option<String>,
    /// Evidence seen (repeatable).
    #[arg(long, value_name = "TEXT")]
    pub evidence: Vec<String>,
    /// interview, document, sampling or observation.
    #[arg(long, value_name = "KEY")]
    pub method: Option<String>,
    /// Department interviewed (e.g. research).
    #[arg(long, value_name = "KEY")]
    pub department: Option<String>,
}

pub fn run(ctx: &Context, args: AnswerArgs) -> Result<(), Failure> {
    let l = ctx.locale;
    let verdict = parse_verdict(&args.verdict).map_err(|e| fail(l, &e))?;
    let method = match &args.method {
        Some(m) => Some(
            Method::from_key(m.trim())
                .ok_or_else(|| fail(l, &StoreError::invalid("method", m.clone())))?,
        ),
        None => None,
    };
    let department = match &args.department {
        Some(d) => Some(
            Department::from_key(d.trim())
                .ok_or_else(|| fail(l, &StoreError::invalid("department", d.clone())))?,
        ),
        None => None,
    };
    let store = open(ctx, true)?;
    // Fields not given keep their stored value, so a note can be added without retyping.
    let old = store
        .load_answer(args.id, &args.item)
        .map_err(|e| fail(l, &e))?
        .unwrap_or_default();
    let answer = Answer {
        verdict,
        note: args.note.unwrap_or(old.note),
        na_reason: args.na_reason.unwrap_or(old.na_reason),
        evidence_seen: if args.evidence.is_empty() {
            old.evidence_seen
        } else {
            args.evidence
        },
        method: method.or(old.method),
        // A function given here replaces the department interviewed in the window.
        unit: if department.is_some() { None } else { old.unit },
        department: department.or(old.department),
        suggested: false,
    };
    let at = store
        .save_answer(args.id, &args.item, &answer)
        .map_err(|e| fail(l, &e))?;
    println!(
        "{}",
        tr_args(
            l,
            "store-answer-saved",
            &[
                ("item", Arg::from(args.item.as_str())),
                ("verdict", Arg::from(verdict.key())),
                (
                    "time",
                    Arg::from(
                        at.with_timezone(&chrono::Local)
                            .format("%H:%M:%S")
                            .to_string()
                    )
                ),
            ]
        )
    );
    Ok(())
}
