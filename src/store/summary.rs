//! The summary cache behind the client list: progress, score, answered and gap counts per
//! assessment. Scores are derived, never the truth: a row is valid only for the assessment
//! revision, catalogue version and app version it was computed with, and is recomputed from
//! the answers with the engine otherwise. The catalogue counts by its content hash too, so a
//! user catalogue edited without a new version number does not leave stale scores.

use super::Store;
use super::error::Result;
use super::orgs::{META_COLUMNS, meta_from_row};
use super::types::{AssessmentMeta, AssessmentSummary};
use crate::model::catalog::Catalog;
use rusqlite::params;

fn cache_key(catalog: &Catalog) -> String {
    format!(
        "{}|{}|{}|{}|findings",
        catalog.id,
        catalog.version,
        super::drift::content_hash(catalog),
        env!("CARGO_PKG_VERSION")
    )
}

struct Cached {
    revision: i64,
    key: String,
    progress: f64,
    score: Option<f64>,
    answered: i64,
    gaps: i64,
}

impl Store {
    /// Computes the summary of one assessment from its stored answers.
    pub fn summary(&self, id: i64) -> Result<AssessmentSummary> {
        let meta = super::assessments::meta(&self.conn, id)?;
        Ok(self.compute(meta)?.0)
    }

    fn compute(&self, meta: AssessmentMeta) -> Result<(AssessmentSummary, Option<String>)> {
        let Ok(catalog) = self.catalog(&meta.catalog_id) else {
            return Ok((
                AssessmentSummary {
                    meta,
                    progress: 0.0,
                    score: None,
                    answered: 0,
                    gaps: 0,
                },
                None,
            ));
        };
        // The same evaluation every screen shows (scores do not depend on the date).
        let record = self.load(meta.id)?;
        let evaluation = record.evaluate(catalog, chrono::Local::now().date_naive());
        let card = &evaluation.scorecard;
        Ok((
            AssessmentSummary {
                meta,
                progress: card.overall.progress,
                score: card.overall.score,
                answered: card.overall.answered,
                gaps: evaluation.findings,
            },
            Some(cache_key(catalog)),
        ))
    }

    /// Every assessment's summary, from the cache where it is fresh; stale rows are
    /// recomputed and written back (a failed write only costs time on the next call).
    pub(crate) fn summaries(&self) -> Result<Vec<AssessmentSummary>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {META_COLUMNS}, a.revision, s.revision, s.cache_key, s.progress, s.score,
                 s.answered, s.gaps
             FROM assessments a LEFT JOIN assessment_summaries s ON s.assessment_id = a.id"
        ))?;
        let rows = st.query_map([], |r| {
            let meta = meta_from_row(r)?;
            let revision: i64 = r.get(13)?;
            let cached = match r.get::<_, Option<i64>>(14)? {
                Some(rev) => Some(Cached {
                    revision: rev,
                    key: r.get(15)?,
                    progress: r.get(16)?,
                    score: r.get(17)?,
                    answered: r.get(18)?,
                    gaps: r.get(19)?,
                }),
                None => None,
            };
            Ok((meta, revision, cached))
        })?;
        let mut out = Vec::new();
        let mut fresh = Vec::new();
        // One hash per catalogue, however many assessments use it.
        let mut keys: std::collections::HashMap<String, Option<String>> =
            std::collections::HashMap::new();
        for row in rows {
            let (meta, revision, cached) = row?;
            let key = keys
                .entry(meta.catalog_id.clone())
                .or_insert_with(|| self.catalog(&meta.catalog_id).ok().map(cache_key))
                .clone();
            match cached {
                Some(c) if c.revision == revision && Some(&c.key) == key.as_ref() => {
                    out.push(AssessmentSummary {
                        meta,
                        progress: c.progress,
                        score: c.score,
                        answered: c.answered as usize,
                        gaps: c.gaps as usize,
                    });
                }
                _ => {
                    let (summary, key) = self.compute(meta)?;
                    if let Some(key) = key {
                        fresh.push((revision, key, summary.clone()));
                    }
                    out.push(summary);
                }
            }
        }
        if !fresh.is_empty() {
            let _ = self.write_cache(&fresh);
        }
        Ok(out)
    }

    fn write_cache(&self, rows: &[(i64, String, AssessmentSummary)]) -> Result<()> {
        let tx = self.begin()?;
        {
            let mut st = tx.prepare_cached(
                "INSERT INTO assessment_summaries (assessment_id, revision, cache_key, progress,
                     score, answered, gaps) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (assessment_id) DO UPDATE SET revision = excluded.revision,
                     cache_key = excluded.cache_key, progress = excluded.progress,
                     score = excluded.score, answered = excluded.answered, gaps = excluded.gaps",
            )?;
            for (revision, key, s) in rows {
                st.execute(params![
                    s.meta.id,
                    revision,
                    key,
                    s.progress,
                    s.score,
                    s.answered as i64,
                    s.gaps as i64
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_cache_key_changes_with_the_catalogue_content() {
        let c = crate::catalogs::builtin().unwrap().gbt2023.clone();
        assert_eq!(super::cache_key(&c), super::cache_key(&c.clone()));
        // A user catalogue edited without a new version number: same id and version.
        let mut edited = c.clone();
        edited.items[0].weight = if c.items[0].weight == 1 { 2 } else { 1 };
        assert_ne!(super::cache_key(&c), super::cache_key(&edited));
    }
}
