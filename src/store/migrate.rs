//! The schema and its versions. `PRAGMA user_version` holds the version; each step runs in its
//! own transaction together with the version bump, so a crash leaves either the old or the new
//! version, never a half-done one. Steps are append-only: a released step is never edited.
//!
//! Profiles, facts, action overrides, free actions and phase durations are stored as JSON
//! text, so the engine can grow those types without a migration here.

use super::error::{Result, StoreError};
use rusqlite::{Connection, TransactionBehavior};

/// One schema step: the SQL that takes version `version - 1` to `version`, then `fill`
/// (values only code can compute), in the same transaction.
pub struct Migration {
    pub version: u32,
    pub name: &'static str,
    pub sql: &'static str,
    pub fill: Option<fn(&rusqlite::Transaction<'_>) -> rusqlite::Result<()>>,
}

const V1: &str = "
CREATE TABLE organizations (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    uscc        TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX organizations_name ON organizations(name);
CREATE UNIQUE INDEX organizations_uscc ON organizations(uscc) WHERE uscc IS NOT NULL;

CREATE TABLE assessments (
    id                    INTEGER PRIMARY KEY,
    organization_id       INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    catalog_id            TEXT NOT NULL,
    catalog_version       TEXT NOT NULL,
    title                 TEXT NOT NULL,
    assessor              TEXT NOT NULL DEFAULT '',
    assessor_organization TEXT NOT NULL DEFAULT '',
    status                TEXT NOT NULL DEFAULT 'draft',
    conclusion            TEXT NOT NULL DEFAULT '',
    previous_id           INTEGER REFERENCES assessments(id) ON DELETE SET NULL,
    revision              INTEGER NOT NULL DEFAULT 0,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX assessments_organization ON assessments(organization_id, created_at);
CREATE INDEX assessments_previous ON assessments(previous_id);

CREATE TABLE snapshots (
    assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
    profile       TEXT NOT NULL DEFAULT '{}',
    facts         TEXT NOT NULL DEFAULT '{}',
    phases        TEXT
);

CREATE TABLE answers (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    item_id       TEXT NOT NULL,
    verdict       TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    na_reason     TEXT NOT NULL DEFAULT '',
    evidence_seen TEXT NOT NULL DEFAULT '[]',
    method        TEXT,
    department    TEXT,
    suggested     INTEGER NOT NULL DEFAULT 0,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, item_id)
) WITHOUT ROWID;

CREATE TABLE answer_history (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    item_id       TEXT NOT NULL,
    changed_at    TEXT NOT NULL,
    old_verdict   TEXT,
    new_verdict   TEXT NOT NULL,
    old_note      TEXT,
    new_note      TEXT NOT NULL
);
CREATE INDEX answer_history_item ON answer_history(assessment_id, item_id, id);

CREATE TABLE action_overrides (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    item_id       TEXT NOT NULL,
    data          TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, item_id)
) WITHOUT ROWID;

CREATE TABLE free_actions (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    action_id     TEXT NOT NULL,
    position      INTEGER NOT NULL,
    data          TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, action_id)
) WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
";

const V2: &str = "
CREATE TABLE assessment_summaries (
    assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
    revision      INTEGER NOT NULL,
    cache_key     TEXT NOT NULL,
    progress      REAL NOT NULL,
    score         REAL,
    answered      INTEGER NOT NULL,
    gaps          INTEGER NOT NULL
);
";

const V3: &str = "
ALTER TABLE assessments ADD COLUMN catalog_hash TEXT;
";

const V4: &str = "
ALTER TABLE answers ADD COLUMN unit TEXT;
";

/// Lets a read-only connection read a database of an earlier schema `version` as if it were
/// current: temporary objects (which live in SQLite's temp schema and shadow the file's
/// tables of the same name) add what later steps brought. Nothing is written to the file.
pub fn read_older(conn: &Connection, version: u32) -> rusqlite::Result<()> {
    if version < 2 {
        // No summary cache yet: an empty one, so every summary is computed.
        conn.execute_batch(
            &V2.replace("CREATE TABLE", "CREATE TEMP TABLE")
                .replace("REFERENCES assessments(id) ON DELETE CASCADE", ""),
        )?;
    }
    if version < 3 {
        conn.execute_batch(
            "CREATE TEMP VIEW assessments AS SELECT *, NULL AS catalog_hash FROM main.assessments;",
        )?;
    }
    if version < 4 {
        conn.execute_batch(
            "CREATE TEMP VIEW answers AS SELECT *, NULL AS unit FROM main.answers;",
        )?;
    }
    Ok(())
}

/// Step 3's values: assessments made with a built-in catalogue whose id and version match the
/// one built in now get its content hash; any other row keeps NULL (content unknown).
fn fill_catalog_hashes(tx: &rusqlite::Transaction<'_>) -> rusqlite::Result<()> {
    let Ok(builtin) = crate::catalogs::builtin() else {
        return Ok(());
    };
    for c in [&builtin.gbt2023, &builtin.gbt2013] {
        tx.execute(
            "UPDATE assessments SET catalog_hash = ?1
             WHERE catalog_id = ?2 AND catalog_version = ?3 AND catalog_hash IS NULL",
            rusqlite::params![super::drift::content_hash(c), c.id, c.version],
        )?;
    }
    Ok(())
}

/// Every step, in order. Append only.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "organizations, assessments, snapshots, answers, audit trail, actions, settings",
        sql: V1,
        fill: None,
    },
    Migration {
        version: 2,
        name: "summary cache for the client list",
        sql: V2,
        fill: None,
    },
    Migration {
        version: 3,
        name: "content hash of the catalogue each assessment was made with",
        sql: V3,
        fill: Some(fill_catalog_hashes),
    },
    Migration {
        version: 4,
        name: "the client's department interviewed for each answer",
        sql: V4,
        fill: None,
    },
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 4;

/// The database's schema version (0 for a new, empty file).
pub fn version(conn: &Connection) -> rusqlite::Result<u32> {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
}

/// Runs one step in its own transaction.
pub fn apply(conn: &mut Connection, step: &Migration) -> Result<()> {
    let fail = |e: rusqlite::Error| StoreError::Migration {
        version: step.version,
        detail: e.to_string(),
    };
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(fail)?;
    tx.execute_batch(step.sql).map_err(fail)?;
    if let Some(fill) = step.fill {
        fill(&tx).map_err(fail)?;
    }
    tx.pragma_update(None, "user_version", step.version)
        .map_err(fail)?;
    tx.commit().map_err(fail)
}

/// Brings the database up to `target` (normally [`SCHEMA_VERSION`]), one step at a time.
pub fn migrate_to(conn: &mut Connection, target: u32) -> Result<()> {
    let current = version(conn)?;
    for step in MIGRATIONS
        .iter()
        .filter(|m| m.version > current && m.version <= target)
    {
        apply(conn, step)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(conn: &Connection) -> Vec<String> {
        let mut st = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap();
        st.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn steps_are_numbered_one_by_one_up_to_the_schema_version() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version as usize, i + 1, "{}", m.name);
        }
        assert_eq!(MIGRATIONS.last().map(|m| m.version), Some(SCHEMA_VERSION));
    }

    #[test]
    fn step_1_creates_the_core_tables() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_to(&mut conn, 1).unwrap();
        assert_eq!(version(&conn).unwrap(), 1);
        let t = tables(&conn);
        for name in [
            "organizations",
            "assessments",
            "snapshots",
            "answers",
            "answer_history",
            "action_overrides",
            "free_actions",
            "settings",
        ] {
            assert!(t.contains(&name.to_string()), "{name} in {t:?}");
        }
        assert!(!t.contains(&"assessment_summaries".to_string()));
    }

    #[test]
    fn step_2_adds_the_summary_cache_and_keeps_data() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_to(&mut conn, 1).unwrap();
        conn.execute_batch(
            "INSERT INTO organizations VALUES (1, '深圳市测试科技有限公司', NULL, 't', 't');
             INSERT INTO assessments (id, organization_id, catalog_id, catalog_version, title,
                 created_at, updated_at) VALUES (7, 1, 'gbt29490-2023', '2023', '诊断', 't', 't');",
        )
        .unwrap();
        migrate_to(&mut conn, 2).unwrap();
        assert_eq!(version(&conn).unwrap(), 2);
        assert!(tables(&conn).contains(&"assessment_summaries".to_string()));
        let title: String = conn
            .query_row("SELECT title FROM assessments WHERE id = 7", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(title, "诊断");
    }

    #[test]
    fn a_failing_step_leaves_the_previous_version_intact() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_to(&mut conn, 1).unwrap();
        let broken = Migration {
            version: 2,
            name: "broken",
            sql: "CREATE TABLE x (a); CREATE TABLE organizations (b);",
            fill: None,
        };
        assert!(matches!(
            apply(&mut conn, &broken),
            Err(StoreError::Migration { version: 2, .. })
        ));
        assert_eq!(version(&conn).unwrap(), 1);
        assert!(!tables(&conn).contains(&"x".to_string()));
    }

    #[test]
    fn migrating_twice_is_a_no_op() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_to(&mut conn, SCHEMA_VERSION).unwrap();
        migrate_to(&mut conn, SCHEMA_VERSION).unwrap();
        assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION);
    }
}
