//! Import: validate everything first, then write everything in one transaction.

use super::super::answers::{MAX_EVIDENCE, put_free_action, put_override};
use super::super::assessments::{MAX_NAME, to_json};
use super::super::error::{ImportErrorKind, Result};
use super::super::orgs::find_or_create;
use super::super::types::Status;
use super::super::{Store, StoreError, now};
use super::limits::parse_value;
use super::{ActionEntry, AssessmentFile, FORMAT, FORMAT_VERSION};
use crate::error::Localize;
use crate::model::assessment::Verdict;
use crate::model::catalog::Catalog;
use crate::model::plan::ActionOverride;
use rusqlite::{OptionalExtension, params};
use serde_json::Value;
use std::collections::HashSet;

fn fail(place: impl Into<String>, kind: ImportErrorKind) -> StoreError {
    StoreError::import(place, kind)
}

fn check_header(value: &Value) -> Result<()> {
    let Value::Object(map) = value else {
        return Err(fail(
            "$",
            ImportErrorKind::Malformed("expected a JSON object".into()),
        ));
    };
    match map.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(Value::String(f)) => {
            return Err(fail("format", ImportErrorKind::WrongFormat(f.clone())));
        }
        Some(other) => {
            return Err(fail(
                "format",
                ImportErrorKind::WrongFormat(other.to_string()),
            ));
        }
        None => return Err(fail("format", ImportErrorKind::WrongFormat(String::new()))),
    }
    match map.get("format_version").and_then(Value::as_i64) {
        Some(FORMAT_VERSION) => Ok(()),
        Some(found) => Err(fail(
            "format_version",
            ImportErrorKind::WrongVersion {
                found,
                supported: FORMAT_VERSION,
            },
        )),
        None => Err(fail(
            "format_version",
            ImportErrorKind::Malformed("expected an integer".into()),
        )),
    }
}

fn check_item(catalog: &Catalog, place: String, item: &str) -> Result<()> {
    if catalog.item(item).is_none() {
        return Err(fail(place, ImportErrorKind::UnknownItem(item.to_string())));
    }
    Ok(())
}

fn check_verdict(place: String, key: &str) -> Result<Verdict> {
    Verdict::from_key(key).ok_or_else(|| fail(place, ImportErrorKind::UnknownVerdict(key.into())))
}

fn check_name(place: &str, value: &str) -> Result<()> {
    if value.chars().count() > MAX_NAME {
        return Err(fail(place, ImportErrorKind::TooLong { limit: MAX_NAME }));
    }
    Ok(())
}

/// Parses and validates a file completely; nothing is written.
pub(super) fn parse(bytes: &[u8], store: &Store) -> Result<AssessmentFile> {
    checked(decode(bytes)?, store)
}

/// Decodes an import file without the database: size, nesting, header and shape.
pub(super) fn decode(bytes: &[u8]) -> Result<AssessmentFile> {
    let value = parse_value(bytes)?;
    check_header(&value)?;
    let file: AssessmentFile = serde_path_to_error::deserialize(value).map_err(|e| {
        let place = e.path().to_string();
        fail(
            place,
            ImportErrorKind::Malformed(e.into_inner().to_string()),
        )
    })?;
    Ok(file)
}

/// Checks a decoded file against the catalogues and the rules; returns it when it may be inserted.
pub(super) fn checked(file: AssessmentFile, store: &Store) -> Result<AssessmentFile> {
    let catalog = store.catalog(&file.catalog.id).map_err(|_| {
        fail(
            "catalog.id",
            ImportErrorKind::UnknownCatalog(file.catalog.id.clone()),
        )
    })?;
    if let Err(errors) = file.organization.validate() {
        if let Some(e) = errors.first() {
            return Err(fail(
                format!("organization.{}", e.field().key()),
                ImportErrorKind::Profile {
                    id: e.message_id(),
                    args: e.message_args(),
                },
            ));
        }
    }
    let a = &file.assessment;
    check_name("assessment.title", &a.title)?;
    check_name("assessment.assessor", &a.assessor)?;
    check_name("assessment.assessor_organization", &a.assessor_organization)?;
    if Status::from_key(&a.status).is_none() {
        return Err(fail(
            "assessment.status",
            ImportErrorKind::Invalid(a.status.clone()),
        ));
    }
    if file.catalog.version != catalog.version
        && !catalog.earlier_versions.contains(&file.catalog.version)
    {
        return Err(fail(
            "catalog.version",
            ImportErrorKind::CatalogVersion {
                found: file.catalog.version.clone(),
                loaded: catalog.version.clone(),
            },
        ));
    }
    // The content hash is compared when the assessment is opened (`drift`); here it must be one.
    if let Some(h) = file
        .catalog
        .content_hash
        .as_ref()
        .filter(|h| h.len() != 64 || !h.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f')))
    {
        return Err(fail(
            "catalog.content_hash",
            ImportErrorKind::Invalid(h.clone()),
        ));
    }
    // Answers kept from an earlier state of the catalogue come back as they left.
    let orphans: HashSet<&str> = file
        .answers
        .iter()
        .filter(|a| a.orphaned && catalog.item(&a.item).is_none())
        .map(|a| a.item.as_str())
        .collect();
    let check_item = |place: String, item: &str| {
        if orphans.contains(item) {
            Ok(())
        } else {
            check_item(catalog, place, item)
        }
    };
    let mut seen = HashSet::new();
    for (i, entry) in file.answers.iter().enumerate() {
        check_item(format!("answers[{i}].item"), &entry.item)?;
        if !seen.insert(entry.item.as_str()) {
            return Err(fail(
                format!("answers[{i}].item"),
                ImportErrorKind::DuplicateItem(entry.item.clone()),
            ));
        }
        let verdict = check_verdict(format!("answers[{i}].verdict"), &entry.verdict)?;
        if verdict == Verdict::Na && entry.na_reason.trim().is_empty() {
            return Err(fail(
                format!("answers[{i}].na_reason"),
                ImportErrorKind::NaReasonMissing,
            ));
        }
        if entry.evidence_seen.len() > MAX_EVIDENCE {
            return Err(fail(
                format!("answers[{i}].evidence_seen"),
                ImportErrorKind::TooMany {
                    limit: MAX_EVIDENCE,
                },
            ));
        }
    }
    let mut overrides = HashSet::new();
    let mut free = HashSet::new();
    for (i, action) in file.actions.iter().enumerate() {
        match action {
            ActionEntry::Override { item, priority, .. } => {
                check_item(format!("actions[{i}].item"), item)?;
                if let Some(p) = priority.filter(|p| !(1..=9).contains(p)) {
                    return Err(fail(
                        format!("actions[{i}].priority"),
                        ImportErrorKind::Invalid(p.to_string()),
                    ));
                }
                if !overrides.insert(item.as_str()) {
                    return Err(fail(
                        format!("actions[{i}].item"),
                        ImportErrorKind::DuplicateItem(item.clone()),
                    ));
                }
            }
            ActionEntry::Free(f) => {
                let place = format!("actions[{i}].id");
                if f.id.trim().is_empty() {
                    return Err(fail(place, ImportErrorKind::Invalid(String::new())));
                }
                check_name(&place, &f.id)?;
                if !free.insert(f.id.as_str()) {
                    return Err(fail(place, ImportErrorKind::DuplicateItem(f.id.clone())));
                }
                if !(1..=9).contains(&f.priority) {
                    return Err(fail(
                        format!("actions[{i}].priority"),
                        ImportErrorKind::Invalid(f.priority.to_string()),
                    ));
                }
            }
        }
    }
    for (i, h) in file.history.iter().enumerate() {
        check_item(format!("history[{i}].item"), &h.item)?;
        check_verdict(format!("history[{i}].new_verdict"), &h.new_verdict)?;
        if let Some(old) = &h.old_verdict {
            check_verdict(format!("history[{i}].old_verdict"), old)?;
        }
    }
    Ok(file)
}

/// Writes a validated file as a new assessment, all in one transaction.
pub(super) fn insert(store: &Store, file: &AssessmentFile) -> Result<i64> {
    let catalog = store.catalog(&file.catalog.id)?;
    let at = now();
    let a = &file.assessment;
    let profile = &file.organization;
    let tx = store.begin()?;
    let uscc = Some(profile.uscc.as_str()).filter(|c| !c.trim().is_empty());
    let org = find_or_create(&tx, &profile.name, uscc, at)?;
    let previous: Option<i64> = tx
        .query_row(
            "SELECT id FROM assessments WHERE organization_id = ?1 AND created_at < ?2
             ORDER BY created_at DESC, id DESC LIMIT 1",
            params![org, a.created_at],
            |r| r.get(0),
        )
        .optional()?;
    tx.execute(
        "INSERT INTO assessments (organization_id, catalog_id, catalog_version, title, assessor,
             assessor_organization, status, conclusion, previous_id, created_at, updated_at,
             catalog_hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            org,
            catalog.id,
            file.catalog.version,
            a.title,
            a.assessor,
            a.assessor_organization,
            a.status,
            a.conclusion,
            previous,
            a.created_at,
            at,
            file.catalog.content_hash
        ],
    )?;
    let id = tx.last_insert_rowid();
    let phases = a.phases.as_ref().map(to_json).transpose()?;
    tx.execute(
        "INSERT INTO snapshots (assessment_id, profile, facts, phases) VALUES (?1, ?2, ?3, ?4)",
        params![id, to_json(profile)?, to_json(&a.facts)?, phases],
    )?;
    {
        let mut st = tx.prepare(
            "INSERT INTO answers (assessment_id, item_id, verdict, note, na_reason,
                 evidence_seen, method, department, suggested, updated_at, unit)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?;
        for e in &file.answers {
            let blank = e.verdict == Verdict::Unanswered.key()
                && e.note.is_empty()
                && e.na_reason.is_empty()
                && e.evidence_seen.is_empty()
                && e.method.is_none()
                && e.department.is_none()
                && e.unit.is_none()
                && !e.suggested;
            if blank {
                continue;
            }
            st.execute(params![
                id,
                e.item,
                e.verdict,
                e.note,
                e.na_reason,
                to_json(&e.evidence_seen)?,
                e.method.map(crate::model::catalog::Method::key),
                e.department.map(crate::model::catalog::Department::key),
                e.suggested,
                at,
                e.unit
            ])?;
        }
        let mut st = tx.prepare(
            "INSERT INTO answer_history (assessment_id, item_id, changed_at, old_verdict,
                 new_verdict, old_note, new_note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for h in &file.history {
            st.execute(params![
                id,
                h.item,
                h.at,
                h.old_verdict,
                h.new_verdict,
                h.old_note,
                h.new_note
            ])?;
        }
    }
    for action in &file.actions {
        match action {
            ActionEntry::Override {
                item,
                owner,
                unit,
                person,
                text,
                priority,
                due,
                status,
                notes,
            } => {
                let data = ActionOverride {
                    owner: *owner,
                    unit: unit.clone(),
                    person: person.clone(),
                    text: text.clone(),
                    priority: *priority,
                    due: *due,
                    status: *status,
                    notes: notes.clone(),
                };
                put_override(&tx, id, item, &data, at)?;
            }
            ActionEntry::Free(f) => put_free_action(&tx, id, f, at)?,
        }
    }
    tx.execute(
        "UPDATE organizations SET updated_at = ?2 WHERE id = ?1",
        params![org, at],
    )?;
    tx.commit()?;
    Ok(id)
}
