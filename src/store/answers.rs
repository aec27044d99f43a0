//! Answers (each save its own durable transaction, with an audit-trail entry), action
//! overrides and free actions.

use super::assessments::{MAX_NAME, MAX_TEXT, check_len, from_json, to_json, touch};
use super::error::Result;
use super::types::AnswerChange;
use super::{Store, StoreError, now};
use crate::model::assessment::{Answer, Answers, Verdict};
use crate::model::catalog::{Department, Method};
use crate::model::plan::{ActionOverride, FreeAction};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use std::collections::BTreeMap;

/// Most evidence entries per answer.
pub const MAX_EVIDENCE: usize = 200;

/// Checks an answer's own fields (the item is checked against the catalogue separately).
pub(crate) fn validate_answer(item: &str, answer: &Answer) -> Result<()> {
    if answer.verdict == Verdict::Na && answer.na_reason.trim().is_empty() {
        return Err(StoreError::NaReasonMissing {
            item: item.to_string(),
        });
    }
    check_len("note", &answer.note, MAX_TEXT)?;
    check_len("na_reason", &answer.na_reason, MAX_TEXT)?;
    if answer.evidence_seen.len() > MAX_EVIDENCE {
        return Err(StoreError::invalid(
            "evidence_seen",
            format!("more than {MAX_EVIDENCE}"),
        ));
    }
    for e in &answer.evidence_seen {
        check_len("evidence_seen", e, MAX_NAME * 5)?;
    }
    Ok(())
}

fn answer_from_row(r: &Row<'_>) -> rusqlite::Result<(String, Answer)> {
    let verdict: String = r.get(1)?;
    let evidence: String = r.get(4)?;
    let method: Option<String> = r.get(5)?;
    let department: Option<String> = r.get(6)?;
    Ok((
        r.get(0)?,
        Answer {
            verdict: Verdict::from_key(&verdict).unwrap_or(Verdict::Unanswered),
            note: r.get(2)?,
            na_reason: r.get(3)?,
            evidence_seen: from_json(&evidence),
            method: method.as_deref().and_then(Method::from_key),
            department: department.as_deref().and_then(Department::from_key),
            suggested: r.get(7)?,
        },
    ))
}

pub(crate) fn load_answers(conn: &Connection, id: i64) -> Result<Answers> {
    let mut st = conn.prepare_cached(
        "SELECT item_id, verdict, note, na_reason, evidence_seen, method, department, suggested
         FROM answers WHERE assessment_id = ?1",
    )?;
    let rows = st.query_map([id], answer_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Writes one answer and, when its verdict or note changed, an audit-trail entry.
pub(crate) fn upsert(
    conn: &Connection,
    id: i64,
    item: &str,
    answer: &Answer,
    at: DateTime<Utc>,
) -> Result<()> {
    let old: Option<(String, String)> = conn
        .prepare_cached(
            "SELECT verdict, note FROM answers WHERE assessment_id = ?1 AND item_id = ?2",
        )?
        .query_row(params![id, item], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    conn.prepare_cached(
        "INSERT INTO answers (assessment_id, item_id, verdict, note, na_reason, evidence_seen,
             method, department, suggested, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (assessment_id, item_id) DO UPDATE SET
             verdict = excluded.verdict, note = excluded.note, na_reason = excluded.na_reason,
             evidence_seen = excluded.evidence_seen, method = excluded.method,
             department = excluded.department, suggested = excluded.suggested,
             updated_at = excluded.updated_at",
    )?
    .execute(params![
        id,
        item,
        answer.verdict.key(),
        answer.note,
        answer.na_reason,
        to_json(&answer.evidence_seen)?,
        answer.method.map(Method::key),
        answer.department.map(Department::key),
        answer.suggested,
        at
    ])?;
    let changed = old
        .as_ref()
        .is_none_or(|(v, n)| v != answer.verdict.key() || *n != answer.note);
    if changed {
        conn.prepare_cached(
            "INSERT INTO answer_history (assessment_id, item_id, changed_at, old_verdict,
                 new_verdict, old_note, new_note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![
            id,
            item,
            at,
            old.as_ref().map(|o| &o.0),
            answer.verdict.key(),
            old.as_ref().map(|o| &o.1),
            answer.note
        ])?;
    }
    Ok(())
}

pub(crate) fn load_overrides(
    conn: &Connection,
    id: i64,
) -> Result<BTreeMap<String, ActionOverride>> {
    let mut st =
        conn.prepare_cached("SELECT item_id, data FROM action_overrides WHERE assessment_id = ?1")?;
    let rows = st.query_map([id], |r| {
        let data: String = r.get(1)?;
        Ok((r.get::<_, String>(0)?, from_json::<ActionOverride>(&data)))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn load_free_actions(conn: &Connection, id: i64) -> Result<Vec<FreeAction>> {
    let mut st = conn.prepare_cached(
        "SELECT data FROM free_actions WHERE assessment_id = ?1 ORDER BY position, action_id",
    )?;
    let rows = st.query_map([id], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for data in rows {
        // A row this build cannot read is skipped rather than hiding the assessment.
        if let Ok(action) = serde_json::from_str::<FreeAction>(&data?) {
            out.push(action);
        }
    }
    Ok(out)
}

pub(crate) fn put_override(
    conn: &Connection,
    id: i64,
    item: &str,
    data: &ActionOverride,
    at: DateTime<Utc>,
) -> Result<()> {
    check_len("notes", data.notes.as_deref().unwrap_or_default(), MAX_TEXT)?;
    conn.execute(
        "INSERT INTO action_overrides (assessment_id, item_id, data, updated_at)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (assessment_id, item_id) DO UPDATE SET
             data = excluded.data, updated_at = excluded.updated_at",
        params![id, item, to_json(data)?, at],
    )?;
    Ok(())
}

pub(crate) fn put_free_action(
    conn: &Connection,
    id: i64,
    action: &FreeAction,
    at: DateTime<Utc>,
) -> Result<()> {
    if action.id.trim().is_empty() {
        return Err(StoreError::invalid("action", "empty id"));
    }
    check_len("action", &action.id, MAX_NAME)?;
    check_len("text", &action.text, MAX_TEXT)?;
    check_len("notes", &action.notes, MAX_TEXT)?;
    if !(1..=9).contains(&action.priority) {
        return Err(StoreError::invalid("priority", action.priority.to_string()));
    }
    conn.execute(
        "INSERT INTO free_actions (assessment_id, action_id, position, data, updated_at)
         VALUES (?1, ?2, (SELECT COALESCE(MAX(position), 0) + 1 FROM free_actions
                          WHERE assessment_id = ?1), ?3, ?4)
         ON CONFLICT (assessment_id, action_id) DO UPDATE SET
             data = excluded.data, updated_at = excluded.updated_at",
        params![id, action.id, to_json(action)?, at],
    )?;
    Ok(())
}

impl Store {
    fn check_item(&self, id: i64, item: &str) -> Result<()> {
        let catalog_id: String = self
            .conn
            .prepare_cached("SELECT catalog_id FROM assessments WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?
            .ok_or(StoreError::UnknownAssessment(id))?;
        let catalog = self.catalog(&catalog_id)?;
        if catalog.item(item).is_none() {
            return Err(StoreError::UnknownItem {
                catalog: catalog_id,
                item: item.to_string(),
            });
        }
        Ok(())
    }

    /// The stored answer of one item, if any.
    pub fn load_answer(&self, id: i64, item: &str) -> Result<Option<Answer>> {
        let mut st = self.conn.prepare_cached(
            "SELECT item_id, verdict, note, na_reason, evidence_seen, method, department, suggested
             FROM answers WHERE assessment_id = ?1 AND item_id = ?2",
        )?;
        Ok(st
            .query_row(params![id, item], answer_from_row)
            .optional()?
            .map(|(_, a)| a))
    }

    /// Saves one answer durably (its own transaction, synced to disk before returning) with an
    /// audit-trail entry when the verdict or note changed. Returns the time it was saved.
    pub fn save_answer(&self, id: i64, item: &str, answer: &Answer) -> Result<DateTime<Utc>> {
        validate_answer(item, answer)?;
        let at = now();
        let tx = self.begin()?;
        self.check_item(id, item)?;
        upsert(&tx, id, item, answer, at)?;
        touch(&tx, id, at)?;
        tx.commit()?;
        Ok(at)
    }

    /// Saves several answers in one transaction (e.g. confirming all suggestions).
    pub fn save_answers(&self, id: i64, answers: &Answers) -> Result<DateTime<Utc>> {
        for (item, answer) in answers {
            validate_answer(item, answer)?;
        }
        let at = now();
        let tx = self.begin()?;
        for (item, answer) in answers {
            self.check_item(id, item)?;
            upsert(&tx, id, item, answer, at)?;
        }
        touch(&tx, id, at)?;
        tx.commit()?;
        Ok(at)
    }

    /// The audit trail of an assessment, oldest first; only one item's when `item` is given.
    pub fn answer_history(&self, id: i64, item: Option<&str>) -> Result<Vec<AnswerChange>> {
        let mut st = self.conn.prepare_cached(
            "SELECT changed_at, item_id, old_verdict, new_verdict, old_note, new_note
             FROM answer_history WHERE assessment_id = ?1 AND (?2 IS NULL OR item_id = ?2)
             ORDER BY id",
        )?;
        let rows = st.query_map(params![id, item], |r| {
            let old: Option<String> = r.get(2)?;
            let new: String = r.get(3)?;
            Ok(AnswerChange {
                at: r.get(0)?,
                item: r.get(1)?,
                old_verdict: old.as_deref().and_then(Verdict::from_key),
                new_verdict: Verdict::from_key(&new).unwrap_or(Verdict::Unanswered),
                old_note: r.get(4)?,
                new_note: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Saves the user's edits to the derived action of `item` (they survive recomputation).
    pub fn save_override(&self, id: i64, item: &str, data: &ActionOverride) -> Result<()> {
        let at = now();
        let tx = self.begin()?;
        self.check_item(id, item)?;
        put_override(&tx, id, item, data, at)?;
        touch(&tx, id, at)?;
        tx.commit()?;
        Ok(())
    }

    /// Removes the user's edits to the derived action of `item`.
    pub fn clear_override(&self, id: i64, item: &str) -> Result<()> {
        let tx = self.begin()?;
        tx.execute(
            "DELETE FROM action_overrides WHERE assessment_id = ?1 AND item_id = ?2",
            params![id, item],
        )?;
        touch(&tx, id, now())?;
        tx.commit()?;
        Ok(())
    }

    /// Adds or updates a free action (keyed by its own id).
    pub fn save_free_action(&self, id: i64, action: &FreeAction) -> Result<()> {
        let at = now();
        let tx = self.begin()?;
        touch(&tx, id, at)?;
        put_free_action(&tx, id, action, at)?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes a free action.
    pub fn delete_free_action(&self, id: i64, action_id: &str) -> Result<()> {
        let tx = self.begin()?;
        tx.execute(
            "DELETE FROM free_actions WHERE assessment_id = ?1 AND action_id = ?2",
            params![id, action_id],
        )?;
        touch(&tx, id, now())?;
        tx.commit()?;
        Ok(())
    }
}
