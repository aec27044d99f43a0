//! Compare two assessments of one organization: score deltas per chapter, clause and overall;
//! items that improved or regressed; actions closed (gaps that became conform).

use super::assessment::{Answers, Triage, Verdict};
use super::catalog::Catalog;
use super::scoring::{Aggregate, ClauseScore, Scorecard, score};
use serde::Serialize;

/// One assessment to compare.
#[derive(Debug, Clone, Copy)]
pub struct Snapshot<'a> {
    pub catalog: &'a Catalog,
    pub triage: &'a Triage,
    pub answers: &'a Answers,
}

/// A score before and after; `delta` only when both exist.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Delta {
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub delta: Option<f64>,
}

impl Delta {
    fn of(before: Option<&Aggregate>, after: Option<&Aggregate>) -> Self {
        let before = before.and_then(|a| a.score);
        let after = after.and_then(|a| a.score);
        Self {
            before,
            after,
            delta: before.zip(after).map(|(b, a)| a - b),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClauseDelta {
    pub number: String,
    pub delta: Delta,
}

/// An item whose effective verdict changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemChange {
    pub item_id: String,
    pub clause: String,
    pub before: Verdict,
    pub after: Verdict,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub overall: Delta,
    /// Progress (answered share) before and after.
    pub progress: (f64, f64),
    /// Chapters and clauses of the later assessment's catalogue that exist in both.
    pub chapters: Vec<ClauseDelta>,
    pub clauses: Vec<ClauseDelta>,
    /// Answered in both, scoring higher now.
    pub improved: Vec<ItemChange>,
    /// Answered in both, scoring lower now.
    pub regressed: Vec<ItemChange>,
    /// Items that were a gap (an action) before and are conform now.
    pub actions_closed: Vec<ItemChange>,
}

fn deltas(before: &Scorecard, after: &[ClauseScore], find: bool) -> Vec<ClauseDelta> {
    after
        .iter()
        .filter_map(|c| {
            let old = if find {
                before.clause(&c.number)
            } else {
                before.chapter(&c.number)
            }?;
            Some(ClauseDelta {
                number: c.number.clone(),
                delta: Delta::of(Some(old), Some(&c.aggregate)),
            })
        })
        .collect()
}

/// Compares an earlier assessment with a later one.
pub fn compare(before: Snapshot<'_>, after: Snapshot<'_>) -> Comparison {
    let old = score(before.catalog, before.triage, before.answers);
    let new = score(after.catalog, after.triage, after.answers);
    let mut improved = Vec::new();
    let mut regressed = Vec::new();
    let mut actions_closed = Vec::new();
    for item in &new.items {
        let Some(prev) = old.item(&item.item_id) else {
            continue;
        };
        let change = || ItemChange {
            item_id: item.item_id.clone(),
            clause: item.clause.clone(),
            before: prev.verdict,
            after: item.verdict,
        };
        if let (Some(b), Some(a)) = (prev.score, item.score) {
            if a > b {
                improved.push(change());
            } else if a < b {
                regressed.push(change());
            }
        }
        if prev.severity() > 0 && item.verdict == Verdict::Conform {
            actions_closed.push(change());
        }
    }
    Comparison {
        overall: Delta::of(Some(&old.overall), Some(&new.overall)),
        progress: (old.overall.progress, new.overall.progress),
        chapters: deltas(&old, &new.chapters, false),
        clauses: deltas(&old, &new.clauses, true),
        improved,
        regressed,
        actions_closed,
    }
}
