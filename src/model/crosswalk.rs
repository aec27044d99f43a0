//! The 2013 → 2023 crosswalk: clause-level, many-to-many, and the pure functions that use it.

use super::assessment::{Answer, Answers, Triage, effective_verdict};
use super::catalog::{Catalog, CatalogError, CatalogErrorKind, Clause, SourceFile, clause_within};
use serde::Deserialize;

/// One mapping row: a clause of the old edition and the clauses of the new one it feeds.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    pub from: String,
    pub to: Vec<String>,
}

/// A crosswalk between two catalogues.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Crosswalk {
    pub from: String,
    pub to: String,
    #[serde(default)]
    pub approximate: bool,
    pub map: Vec<Mapping>,
}

impl Crosswalk {
    /// Parses a crosswalk and checks every clause exists on its side.
    pub fn parse(
        file: SourceFile<'_>,
        from: &Catalog,
        to: &Catalog,
    ) -> Result<Self, Vec<CatalogError>> {
        let cw: Crosswalk = toml::from_str(file.text).map_err(|e| {
            vec![CatalogError {
                file: file.name.to_string(),
                line: e
                    .span()
                    .map(|s| file.text[..s.start].matches('\n').count() + 1),
                item: None,
                kind: CatalogErrorKind::Syntax(e.message().trim().to_string()),
            }]
        })?;
        let mut errors = Vec::new();
        let mut bad = |m: String| {
            errors.push(CatalogError {
                file: file.name.to_string(),
                line: None,
                item: None,
                kind: CatalogErrorKind::Crosswalk(m),
            });
        };
        if cw.from != from.id || cw.to != to.id {
            bad(format!(
                "maps {} → {}, expected {} → {}",
                cw.from, cw.to, from.id, to.id
            ));
        }
        for m in &cw.map {
            if from.clause(&m.from).is_none() {
                bad(format!("{} clause {} does not exist", from.id, m.from));
            }
            for t in &m.to {
                if to.clause(t).is_none() {
                    bad(format!(
                        "{} clause {t} (from {}) does not exist",
                        to.id, m.from
                    ));
                }
            }
        }
        if errors.is_empty() {
            Ok(cw)
        } else {
            Err(errors)
        }
    }

    /// Old-edition clauses mapped onto a new-edition clause (or onto any clause within it, or
    /// any clause containing it).
    pub fn sources_of(&self, new_clause: &str) -> Vec<&str> {
        self.map
            .iter()
            .filter(|m| {
                m.to.iter()
                    .any(|t| clause_within(new_clause, t) || clause_within(t, new_clause))
            })
            .map(|m| m.from.as_str())
            .collect()
    }
}

/// Suggests verdicts for the new edition from an old assessment: for each new item, the most
/// severe verdict among the answered old items of the mapped clauses, marked `suggested`.
pub fn suggest_answers(
    crosswalk: &Crosswalk,
    old: &Catalog,
    old_triage: &Triage,
    old_answers: &Answers,
    new: &Catalog,
) -> Answers {
    let mut out = Answers::new();
    for item in new.active_items() {
        let sources = crosswalk.sources_of(&item.clause);
        let worst = old
            .active_items()
            .filter(|o| sources.iter().any(|s| clause_within(&o.clause, s)))
            .map(|o| effective_verdict(o, old_triage, old_answers.get(&o.id)))
            .filter(|v| v.score().is_some())
            .max_by_key(|v| v.severity(false));
        if let Some(verdict) = worst {
            out.insert(
                item.id.clone(),
                Answer {
                    verdict,
                    suggested: true,
                    ..Answer::default()
                },
            );
        }
    }
    out
}

/// Clauses of the new edition that no old clause maps onto: "what is new in 2023".
pub fn new_clauses<'a>(crosswalk: &Crosswalk, new: &'a Catalog) -> Vec<&'a Clause> {
    new.clauses
        .iter()
        .filter(|c| c.depth() > 1 && c.chapter() != "B")
        .filter(|c| {
            !new.clauses
                .iter()
                .any(|d| d.number != c.number && clause_within(&d.number, &c.number))
        })
        .filter(|c| crosswalk.sources_of(&c.number).is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogs::builtin;
    use crate::model::assessment::Verdict;

    #[test]
    fn suggestions_take_the_most_severe_mapped_verdict() {
        let set = builtin().expect("built-in catalogues load");
        let (old, new, cw) = (&set.gbt2013, &set.gbt2023, &set.crosswalk);
        let mut answers = Answers::new();
        for item in old.active_items() {
            answers.insert(item.id.clone(), Answer::with_verdict(Verdict::Conform));
        }
        let some_old = old
            .active_items()
            .find(|i| i.clause == "9.2")
            .expect("9.2 item");
        answers.insert(some_old.id.clone(), Answer::with_verdict(Verdict::Major));
        let suggested = suggest_answers(cw, old, &Triage::new(), &answers, new);
        let audit_item = new
            .active_items()
            .find(|i| i.clause == "9.3")
            .expect("9.3 item");
        assert_eq!(suggested[&audit_item.id].verdict, Verdict::Major);
        assert!(suggested[&audit_item.id].suggested);
        assert!(suggested.values().all(|a| a.suggested));
    }

    #[test]
    fn what_is_new_includes_compliance_obligations_and_culture() {
        let set = builtin().expect("built-in catalogues load");
        let fresh: Vec<_> = new_clauses(&set.crosswalk, &set.gbt2023)
            .iter()
            .map(|c| c.number.clone())
            .collect();
        assert!(fresh.contains(&"5.1.3".to_string()), "{fresh:?}");
        assert!(!fresh.contains(&"9.3".to_string()));
    }
}
