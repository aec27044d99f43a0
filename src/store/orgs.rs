//! Organizations and the client list.

use super::error::Result;
use super::stored::{self, At, in_row};
use super::types::{AssessmentMeta, Organization, OrganizationSummary, Status};
use super::{Store, StoreError, now};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use std::collections::HashMap;

pub(crate) fn org_from_row(r: &Row<'_>) -> rusqlite::Result<Organization> {
    let id: i64 = r.get("id")?;
    let at = At {
        table: "organizations",
        id,
        item: None,
    };
    Ok(Organization {
        id,
        name: r.get("name")?,
        uscc: r.get("uscc")?,
        created_at: stored::time(r, r.as_ref().column_index("created_at")?, at, "created_at")?,
        updated_at: stored::time(r, r.as_ref().column_index("updated_at")?, at, "updated_at")?,
    })
}

/// Column list matching [`meta_from_row`].
pub(crate) const META_COLUMNS: &str = "a.id, a.organization_id, a.catalog_id, a.catalog_version, \
     a.title, a.assessor, a.assessor_organization, a.status, a.conclusion, a.previous_id, \
     a.created_at, a.updated_at, a.catalog_hash";

pub(crate) fn meta_from_row(r: &Row<'_>) -> rusqlite::Result<AssessmentMeta> {
    let id: i64 = r.get(0)?;
    let status: String = r.get(7)?;
    let at = At {
        table: "assessments",
        id,
        item: None,
    };
    Ok(AssessmentMeta {
        id,
        organization_id: r.get(1)?,
        catalog_id: r.get(2)?,
        catalog_version: r.get(3)?,
        title: r.get(4)?,
        assessor: r.get(5)?,
        assessor_organization: r.get(6)?,
        status: at
            .key("status", &status, Status::from_key)
            .map_err(in_row)?,
        conclusion: r.get(8)?,
        previous_id: r.get(9)?,
        created_at: stored::time(r, 10, at, "created_at")?,
        updated_at: stored::time(r, 11, at, "updated_at")?,
        catalog_hash: r.get(12)?,
    })
}

/// Normalizes a unified social credit code: trimmed, upper-case, `None` when empty.
pub(crate) fn clean_uscc(code: Option<&str>) -> Option<String> {
    code.map(|c| c.trim().to_ascii_uppercase())
        .filter(|c| !c.is_empty())
}

/// The organization with this code, else this name; created when neither exists. A code given
/// for an organization found by name that has none is recorded.
pub(crate) fn find_or_create(
    conn: &Connection,
    name: &str,
    uscc: Option<&str>,
    at: DateTime<Utc>,
) -> Result<i64> {
    let name = name.trim();
    if name.is_empty() {
        return Err(StoreError::invalid("organization", "empty name"));
    }
    let uscc = clean_uscc(uscc);
    if let Some(code) = &uscc {
        let by_code: Option<i64> = conn
            .query_row(
                "SELECT id FROM organizations WHERE uscc = ?1",
                [code],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = by_code {
            return Ok(id);
        }
    }
    let by_name: Option<(i64, Option<String>)> = conn
        .query_row(
            "SELECT id, uscc FROM organizations WHERE name = ?1",
            [name],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match by_name {
        Some((id, None)) if uscc.is_some() => {
            conn.execute(
                "UPDATE organizations SET uscc = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, uscc, at],
            )?;
            Ok(id)
        }
        Some((id, _)) => Ok(id),
        None => {
            conn.execute(
                "INSERT INTO organizations (name, uscc, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?3)",
                params![name, uscc, at],
            )?;
            Ok(conn.last_insert_rowid())
        }
    }
}

impl Store {
    /// Every organization with its assessments (newest first) and their progress and score;
    /// organizations sorted by last change, most recent first. Scores come from the summary
    /// cache, recomputed for assessments changed since it was filled.
    pub fn list_organizations(&self) -> Result<Vec<OrganizationSummary>> {
        let summaries = self.summaries()?;
        let mut st = self
            .conn
            .prepare_cached("SELECT id, name, uscc, created_at, updated_at FROM organizations")?;
        let mut orgs: HashMap<i64, OrganizationSummary> = st
            .query_map([], org_from_row)?
            .map(|o| {
                o.map(|organization| {
                    (
                        organization.id,
                        OrganizationSummary {
                            organization,
                            assessments: Vec::new(),
                        },
                    )
                })
            })
            .collect::<rusqlite::Result<_>>()?;
        for s in summaries {
            if let Some(o) = orgs.get_mut(&s.meta.organization_id) {
                o.assessments.push(s);
            }
        }
        let mut out: Vec<OrganizationSummary> = orgs.into_values().collect();
        for o in &mut out {
            o.assessments
                .sort_by_key(|a| std::cmp::Reverse((a.meta.created_at, a.meta.id)));
        }
        out.sort_by_cached_key(|o| std::cmp::Reverse((o.last_change(), o.organization.id)));
        Ok(out)
    }

    /// One organization.
    pub fn organization(&self, id: i64) -> Result<Option<Organization>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, name, uscc, created_at, updated_at FROM organizations WHERE id = ?1",
                [id],
                org_from_row,
            )
            .optional()?)
    }

    /// Renames an organization (its name must stay unique).
    pub fn rename_organization(&self, id: i64, name: &str) -> Result<()> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::invalid("organization", "empty name"));
        }
        let taken: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM organizations WHERE name = ?1 AND id <> ?2",
                params![name, id],
                |r| r.get(0),
            )
            .optional()?;
        if taken.is_some() {
            return Err(StoreError::invalid(
                "organization",
                format!("{name} exists"),
            ));
        }
        let n = self.conn.execute(
            "UPDATE organizations SET name = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, name, now()],
        )?;
        if n == 0 {
            return Err(StoreError::invalid("organization", id.to_string()));
        }
        Ok(())
    }

    /// Deletes an organization with all its assessments.
    pub fn delete_organization(&self, id: i64) -> Result<()> {
        self.conn
            .execute("DELETE FROM organizations WHERE id = ?1", [id])?;
        Ok(())
    }
}
