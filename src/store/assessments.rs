//! Creating, following up, loading, renaming and deleting assessments; profile, facts, phases.

use super::error::Result;
use super::orgs::{META_COLUMNS, find_or_create, meta_from_row, org_from_row};
use super::stored::At;
use super::types::{AssessmentMeta, AssessmentRecord, NewAssessment, Status};
use super::{Store, StoreError, now};
use crate::catalogs::DEFAULT_CATALOG;
use crate::model::assessment::{Answers, Facts};
use crate::model::crosswalk::suggest_answers;
use crate::model::plan::PhaseSettings;
use crate::model::profile::Profile;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};

/// Longest accepted title, assessor name or organization name (characters).
pub const MAX_NAME: usize = 200;
/// Longest accepted conclusion or note (characters).
pub const MAX_TEXT: usize = 100_000;

pub(crate) fn check_len(field: &str, value: &str, max: usize) -> Result<()> {
    if value.chars().count() > max {
        return Err(StoreError::invalid(field, format!("longer than {max}")));
    }
    Ok(())
}

pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| StoreError::Sqlite(e.to_string()))
}

/// Marks an assessment changed: bumps its revision (the summary cache key) and moves a draft
/// to in progress.
pub(crate) fn touch(conn: &Connection, id: i64, at: DateTime<Utc>) -> Result<()> {
    let n = conn.execute(
        "UPDATE assessments SET revision = revision + 1, updated_at = ?2,
             status = CASE status WHEN 'draft' THEN 'in-progress' ELSE status END
         WHERE id = ?1",
        params![id, at],
    )?;
    if n == 0 {
        return Err(StoreError::UnknownAssessment(id));
    }
    Ok(())
}

pub(crate) fn meta(conn: &Connection, id: i64) -> Result<AssessmentMeta> {
    conn.query_row(
        &format!("SELECT {META_COLUMNS} FROM assessments a WHERE a.id = ?1"),
        [id],
        meta_from_row,
    )
    .optional()?
    .ok_or(StoreError::UnknownAssessment(id))
}

/// The organization's most recent profile snapshot, if it has an assessment.
fn latest_profile(conn: &Connection, org: i64) -> Result<Option<Profile>> {
    let row: Option<(i64, String)> = conn
        .query_row(
            "SELECT a.id, s.profile FROM assessments a JOIN snapshots s ON s.assessment_id = a.id
             WHERE a.organization_id = ?1 ORDER BY a.created_at DESC, a.id DESC LIMIT 1",
            [org],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    row.map(|(id, text)| snapshot_at(id).json("profile", &text))
        .transpose()
}

fn snapshot_at(id: i64) -> At<'static> {
    At {
        table: "snapshots",
        id,
        item: None,
    }
}

pub(crate) fn validate_profile(profile: &Profile) -> Result<()> {
    match profile.validate() {
        Ok(()) => Ok(()),
        Err(errors) => Err(errors
            .into_iter()
            .next()
            .map_or_else(|| StoreError::invalid("profile", "?"), StoreError::Profile)),
    }
}

/// Inserts an assessment with its snapshot inside `tx`; returns its id.
pub(crate) fn insert(
    tx: &Transaction<'_>,
    store: &Store,
    new: &NewAssessment,
    previous: Option<i64>,
    facts: &Facts,
    at: DateTime<Utc>,
) -> Result<i64> {
    let catalog_id = new.catalog_id.as_deref().unwrap_or(DEFAULT_CATALOG);
    let catalog = store.catalog(catalog_id)?;
    for (field, value) in [
        ("title", &new.title),
        ("assessor", &new.assessor),
        ("assessor_organization", &new.assessor_organization),
        ("organization", &new.organization),
    ] {
        check_len(field, value, MAX_NAME)?;
    }
    let uscc = new.uscc.clone().or_else(|| {
        new.profile
            .as_ref()
            .map(|p| p.uscc.clone())
            .filter(|c| !c.trim().is_empty())
    });
    if let Some(code) = uscc.as_deref().filter(|c| !c.trim().is_empty()) {
        crate::model::profile::validate_uscc(code)
            .map_err(|e| StoreError::Profile(crate::model::profile::ProfileError::Uscc(e)))?;
    }
    let org = find_or_create(tx, &new.organization, uscc.as_deref(), at)?;
    let mut profile = match &new.profile {
        Some(p) => p.clone(),
        None => latest_profile(tx, org)?.unwrap_or_default(),
    };
    if profile.name.trim().is_empty() {
        profile.name = new.organization.trim().to_string();
    }
    if let (true, Some(code)) = (profile.uscc.trim().is_empty(), &uscc) {
        profile.uscc.clone_from(code);
    }
    validate_profile(&profile)?;
    // The previous assessment is the organization's latest one (decisions.md).
    let previous = match previous {
        Some(p) => Some(p),
        None => tx
            .query_row(
                "SELECT id FROM assessments WHERE organization_id = ?1
                 ORDER BY created_at DESC, id DESC LIMIT 1",
                [org],
                |r| r.get(0),
            )
            .optional()?,
    };
    tx.execute(
        "INSERT INTO assessments (organization_id, catalog_id, catalog_version, title, assessor,
             assessor_organization, status, previous_id, created_at, updated_at, catalog_hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'draft', ?7, ?8, ?8, ?9)",
        params![
            org,
            catalog.id,
            catalog.version,
            new.title.trim(),
            new.assessor.trim(),
            new.assessor_organization.trim(),
            previous,
            at,
            super::drift::content_hash(catalog)
        ],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO snapshots (assessment_id, profile, facts) VALUES (?1, ?2, ?3)",
        params![id, to_json(&profile)?, to_json(facts)?],
    )?;
    tx.execute(
        "UPDATE organizations SET updated_at = ?2 WHERE id = ?1",
        params![org, at],
    )?;
    Ok(id)
}

impl Store {
    /// Starts an immediate (write-locking) transaction.
    pub(crate) fn begin(&self) -> Result<Transaction<'_>> {
        if self.read_only() {
            return Err(StoreError::ReadOnly {
                path: self.path().to_path_buf(),
            });
        }
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        Ok(tx)
    }

    /// Creates an assessment (and its organization when new); returns its id. Without a
    /// profile it starts from the organization's latest profile, as decisions.md asks.
    pub fn create_assessment(&self, new: &NewAssessment) -> Result<i64> {
        let tx = self.begin()?;
        let id = insert(&tx, self, new, None, &Facts::default(), now())?;
        tx.commit()?;
        Ok(id)
    }

    /// A follow-up of an earlier assessment: same organization, its profile and facts copied,
    /// linked as `previous`. When the earlier one used GB/T 29490-2013 and the new one uses the
    /// 2023 edition, verdicts are suggested through the crosswalk (marked `suggested`).
    pub fn follow_up(&self, from: i64, catalog_id: Option<&str>, title: &str) -> Result<i64> {
        let old = self.load(from)?;
        let catalog_id = catalog_id.unwrap_or(&old.meta.catalog_id).to_string();
        let suggested = Self::suggestions(&old, &catalog_id);
        let new = NewAssessment {
            organization: old.organization.name.clone(),
            uscc: old.organization.uscc.clone(),
            catalog_id: Some(catalog_id),
            title: title.to_string(),
            assessor: old.meta.assessor.clone(),
            assessor_organization: old.meta.assessor_organization.clone(),
            profile: Some(old.profile.clone()),
        };
        let at = now();
        let tx = self.begin()?;
        let id = insert(&tx, self, &new, Some(from), &old.facts, at)?;
        for (item, answer) in &suggested {
            super::answers::upsert(&tx, id, item, answer, at)?;
        }
        tx.commit()?;
        Ok(id)
    }

    fn suggestions(old: &AssessmentRecord, catalog_id: &str) -> Answers {
        // The same edition: every earlier answer (verdict, note, reason) is carried over as a
        // suggestion to confirm.
        if old.meta.catalog_id == catalog_id {
            return old
                .answers
                .iter()
                .filter(|(_, a)| a.verdict.is_answered())
                .map(|(id, a)| {
                    let mut a = a.clone();
                    a.suggested = true;
                    (id.clone(), a)
                })
                .collect();
        }
        let Ok(set) = crate::catalogs::builtin() else {
            return Answers::new();
        };
        if old.meta.catalog_id != set.gbt2013.id || catalog_id != set.gbt2023.id {
            return Answers::new();
        }
        suggest_answers(
            &set.crosswalk,
            &set.gbt2013,
            &old.profile.triage,
            &old.answers,
            &set.gbt2023,
        )
    }

    /// The latest profile of the organization with this code (else this name), if it exists
    /// and has an assessment: what a new assessment of that client starts from.
    pub fn organization_profile(&self, name: &str, uscc: Option<&str>) -> Result<Option<Profile>> {
        let code = super::orgs::clean_uscc(uscc);
        let org: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM organizations WHERE uscc = ?1 OR name = ?2
                 ORDER BY (uscc = ?1) DESC LIMIT 1",
                params![code, name.trim()],
                |r| r.get(0),
            )
            .optional()?;
        match org {
            Some(org) => latest_profile(&self.conn, org),
            None => Ok(None),
        }
    }

    /// The header of one assessment.
    pub fn assessment(&self, id: i64) -> Result<AssessmentMeta> {
        meta(&self.conn, id)
    }

    /// Everything stored about one assessment.
    pub fn load(&self, id: i64) -> Result<AssessmentRecord> {
        let meta = meta(&self.conn, id)?;
        let organization = self.conn.query_row(
            "SELECT id, name, uscc, created_at, updated_at FROM organizations WHERE id = ?1",
            [meta.organization_id],
            org_from_row,
        )?;
        let (profile, facts, phases): (String, String, Option<String>) = self
            .conn
            .query_row(
                "SELECT profile, facts, phases FROM snapshots WHERE assessment_id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .unwrap_or_else(|| ("{}".into(), "{}".into(), None));
        let at = snapshot_at(id);
        Ok(AssessmentRecord {
            meta,
            organization,
            profile: at.json("profile", &profile)?,
            facts: at.json("facts", &facts)?,
            answers: super::answers::load_answers(&self.conn, id)?,
            overrides: super::answers::load_overrides(&self.conn, id)?,
            free_actions: super::answers::load_free_actions(&self.conn, id)?,
            phases: phases
                .map(|p| at.json::<PhaseSettings>("phases", &p))
                .transpose()?,
        })
    }

    /// Assessment ids of an organization, newest first.
    pub fn assessments_of(&self, organization: i64) -> Result<Vec<AssessmentMeta>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {META_COLUMNS} FROM assessments a WHERE a.organization_id = ?1
             ORDER BY a.created_at DESC, a.id DESC"
        ))?;
        let rows = st.query_map([organization], meta_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Renames an assessment.
    pub fn rename(&self, id: i64, title: &str) -> Result<()> {
        check_len("title", title, MAX_NAME)?;
        self.update_meta(id, "title", title.trim())
    }

    /// Records the assessor and the assessor's organization.
    pub fn set_assessor(&self, id: i64, assessor: &str, organization: &str) -> Result<()> {
        check_len("assessor", assessor, MAX_NAME)?;
        check_len("assessor_organization", organization, MAX_NAME)?;
        let tx = self.begin()?;
        tx.execute(
            "UPDATE assessments SET assessor = ?2, assessor_organization = ?3 WHERE id = ?1",
            params![id, assessor.trim(), organization.trim()],
        )?;
        touch(&tx, id, now())?;
        tx.commit()?;
        Ok(())
    }

    /// Saves the assessor's conclusion (诊断结论).
    pub fn set_conclusion(&self, id: i64, conclusion: &str) -> Result<()> {
        check_len("conclusion", conclusion, MAX_TEXT)?;
        self.update_meta(id, "conclusion", conclusion)
    }

    /// Sets the status (e.g. completed when the report is final).
    pub fn set_status(&self, id: i64, status: Status) -> Result<()> {
        let at = now();
        let n = self.conn.execute(
            "UPDATE assessments SET status = ?2, updated_at = ?3, revision = revision + 1
             WHERE id = ?1",
            params![id, status.key(), at],
        )?;
        if n == 0 {
            return Err(StoreError::UnknownAssessment(id));
        }
        Ok(())
    }

    fn update_meta(&self, id: i64, column: &'static str, value: &str) -> Result<()> {
        let tx = self.begin()?;
        tx.execute(
            &format!("UPDATE assessments SET {column} = ?2 WHERE id = ?1"),
            params![id, value],
        )?;
        touch(&tx, id, now())?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes an assessment with its answers, history and actions. A follow-up that pointed
    /// to it keeps existing without a previous link.
    pub fn delete_assessment(&self, id: i64) -> Result<()> {
        let n = self
            .conn
            .execute("DELETE FROM assessments WHERE id = ?1", [id])?;
        if n == 0 {
            return Err(StoreError::UnknownAssessment(id));
        }
        Ok(())
    }

    /// Saves the profile snapshot (validated; the organization record is not changed).
    pub fn save_profile(&self, id: i64, profile: &Profile) -> Result<()> {
        validate_profile(profile)?;
        self.save_snapshot(id, "profile", &to_json(profile)?)
    }

    /// Saves the gate-check facts.
    pub fn save_facts(&self, id: i64, facts: &Facts) -> Result<()> {
        self.save_snapshot(id, "facts", &to_json(facts)?)
    }

    /// Saves the phase start date and durations.
    pub fn save_phases(&self, id: i64, phases: &PhaseSettings) -> Result<()> {
        self.save_snapshot(id, "phases", &to_json(phases)?)
    }

    fn save_snapshot(&self, id: i64, column: &'static str, json: &str) -> Result<()> {
        let tx = self.begin()?;
        touch(&tx, id, now())?;
        tx.execute(
            &format!(
                "INSERT INTO snapshots (assessment_id, {column}) VALUES (?1, ?2)
                 ON CONFLICT (assessment_id) DO UPDATE SET {column} = excluded.{column}"
            ),
            params![id, json],
        )?;
        tx.commit()?;
        Ok(())
    }
}
