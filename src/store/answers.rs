//! Answers (each save its own durable transaction, with an audit-trail entry), action
//! overrides and free actions.

use super::assessments::{MAX_NAME, MAX_TEXT, check_len, to_json, touch};
use super::error::Result;
use super::stored::{self, At, in_row};
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
    if let Some(unit) = &answer.unit {
        check_len("unit", unit, MAX_NAME)?;
    }
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

fn answer_from_row(r: &Row<'_>, id: i64) -> rusqlite::Result<(String, Answer)> {
    let item: String = r.get(0)?;
    let verdict: String = r.get(1)?;
    let evidence: String = r.get(4)?;
    let method: Option<String> = r.get(5)?;
    let department: Option<String> = r.get(6)?;
    let at = At {
        table: "answers",
        id,
        item: Some(&item),
    };
    let answer = (|| {
        Ok::<_, StoreError>(Answer {
            verdict: at.key("verdict", &verdict, Verdict::from_key)?,
            note: r.get(2)?,
            na_reason: r.get(3)?,
            evidence_seen: at.json("evidence_seen", &evidence)?,
            method: at.opt_key("method", method.as_deref(), Method::from_key)?,
            department: at.opt_key("department", department.as_deref(), Department::from_key)?,
            suggested: r.get(7)?,
            unit: r.get(8)?,
        })
    })()
    .map_err(in_row)?;
    Ok((item, answer))
}

pub(crate) fn load_answers(conn: &Connection, id: i64) -> Result<Answers> {
    let mut st = conn.prepare_cached(
        "SELECT item_id, verdict, note, na_reason, evidence_seen, method, department, suggested,
             unit
         FROM answers WHERE assessment_id = ?1",
    )?;
    let rows = st.query_map([id], |r| answer_from_row(r, id))?;
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
             method, department, suggested, updated_at, unit)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
         ON CONFLICT (assessment_id, item_id) DO UPDATE SET
             verdict = excluded.verdict, note = excluded.note, na_reason = excluded.na_reason,
             evidence_seen = excluded.evidence_seen, method = excluded.method,
             department = excluded.department, suggested = excluded.suggested,
             updated_at = excluded.updated_at, unit = excluded.unit",
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
        at,
        answer.unit
    ])?;
    let changed = old
        .as_ref()
        .is_none_or(|(v, n)| v != answer.verdict.key() || *n != answer.note);
    let note_only = old.as_ref().is_some_and(|(v, _)| v == answer.verdict.key());
    if changed && note_only && extend_entry(conn, id, item, answer, at)? {
        return Ok(());
    }
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
            old.as_ref().map(|o| compact(&o.1)),
            compact(&answer.note)
        ])?;
    }
    Ok(())
}

/// Note edits of one item with less than this between them form one audit-trail entry
/// (typing in the note box saves often; the trail keeps one entry per pause).
pub const HISTORY_PAUSE_SECONDS: i64 = 300;
/// Longest note kept in an audit-trail entry (characters); the answer itself keeps all of it.
pub const HISTORY_NOTE_CHARS: usize = 2_000;

/// A note as the audit trail keeps it: long ones shortened, so the trail (and every export
/// carrying it) stays bounded however long a working day gets.
fn compact(note: &str) -> String {
    if note.chars().count() <= HISTORY_NOTE_CHARS {
        return note.to_string();
    }
    let mut s: String = note.chars().take(HISTORY_NOTE_CHARS - 1).collect();
    s.push('…');
    s
}

/// Folds a note-only edit into the item's latest audit entry when it was made less than a
/// pause ago with the same verdict. Returns whether it did.
fn extend_entry(
    conn: &Connection,
    id: i64,
    item: &str,
    answer: &Answer,
    at: DateTime<Utc>,
) -> Result<bool> {
    let last: Option<(i64, DateTime<Utc>, String)> = conn
        .prepare_cached(
            "SELECT id, changed_at, new_verdict FROM answer_history
             WHERE assessment_id = ?1 AND item_id = ?2 ORDER BY id DESC LIMIT 1",
        )?
        .query_row(params![id, item], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let Some((row, changed_at, verdict)) = last else {
        return Ok(false);
    };
    let recent = (at - changed_at).num_seconds() < HISTORY_PAUSE_SECONDS;
    if !recent || verdict != answer.verdict.key() {
        return Ok(false);
    }
    conn.prepare_cached("UPDATE answer_history SET changed_at = ?2, new_note = ?3 WHERE id = ?1")?
        .execute(params![row, at, compact(&answer.note)])?;
    Ok(true)
}

pub(crate) fn load_overrides(
    conn: &Connection,
    id: i64,
) -> Result<BTreeMap<String, ActionOverride>> {
    let mut st =
        conn.prepare_cached("SELECT item_id, data FROM action_overrides WHERE assessment_id = ?1")?;
    let rows = st.query_map([id], |r| {
        let item: String = r.get(0)?;
        let data: String = r.get(1)?;
        let at = At {
            table: "action_overrides",
            id,
            item: Some(&item),
        };
        let value = at.json::<ActionOverride>("data", &data).map_err(in_row)?;
        Ok((item, value))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn load_free_actions(conn: &Connection, id: i64) -> Result<Vec<FreeAction>> {
    let mut st = conn.prepare_cached(
        "SELECT action_id, data FROM free_actions WHERE assessment_id = ?1
         ORDER BY position, action_id",
    )?;
    let rows = st.query_map([id], |r| {
        let action: String = r.get(0)?;
        let data: String = r.get(1)?;
        let at = At {
            table: "free_actions",
            id,
            item: Some(&action),
        };
        at.json::<FreeAction>("data", &data).map_err(in_row)
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
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
            "SELECT item_id, verdict, note, na_reason, evidence_seen, method, department, suggested,
                 unit
             FROM answers WHERE assessment_id = ?1 AND item_id = ?2",
        )?;
        Ok(st
            .query_row(params![id, item], |r| answer_from_row(r, id))
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
            let item: String = r.get(1)?;
            let old: Option<String> = r.get(2)?;
            let new: String = r.get(3)?;
            let at = At {
                table: "answer_history",
                id,
                item: Some(&item),
            };
            let verdicts = at
                .opt_key("old_verdict", old.as_deref(), Verdict::from_key)
                .and_then(|o| Ok((o, at.key("new_verdict", &new, Verdict::from_key)?)))
                .map_err(in_row)?;
            Ok(AnswerChange {
                at: stored::time(r, 0, at, "changed_at")?,
                item: item.clone(),
                old_verdict: verdicts.0,
                new_verdict: verdicts.1,
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
