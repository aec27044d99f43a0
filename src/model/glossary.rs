//! The glossary (术语表): the standard's and the auditors' words, explained plainly in both
//! languages (`assets/glossary.toml`), and a lookup that finds them in any text so screens can
//! put a tooltip on every term wherever it appears.

use super::sizeclass::{PolicyError, syntax_error};
use crate::locale::Localized;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// The bundled glossary (text; parsed by [`parse_glossary`]).
pub const GLOSSARY: &str = include_str!("../../assets/glossary.toml");

/// Longest accepted explanation, in characters (a tooltip, not an essay).
pub const MAX_PLAIN: usize = 400;

/// One term with its plain explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    /// The heading form in each language.
    pub term: Localized,
    /// Other spellings, in either language, recognised in texts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Where GB/T 29490-2023 deals with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<String>,
    pub plain: Localized,
}

impl Term {
    /// Every form recognised in a text: both headings and the aliases.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        [self.term.zh_cn.as_str(), self.term.en_us.as_str()]
            .into_iter()
            .chain(self.aliases.iter().map(String::as_str))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default)]
    terms: Vec<Term>,
}

/// Where a term was found in a text (byte offsets, on character boundaries).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found<'a> {
    pub start: usize,
    pub end: usize,
    pub term: &'a Term,
}

/// The parsed glossary with its lookup index.
#[derive(Debug, Clone)]
pub struct Glossary {
    terms: Vec<Term>,
    /// Forms by first character (lower-cased), longest first: (form lower-cased, term index).
    index: HashMap<char, Vec<(String, usize)>>,
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

impl Default for Glossary {
    /// A glossary without terms.
    fn default() -> Self {
        Glossary::new(Vec::new())
    }
}

impl Glossary {
    fn new(terms: Vec<Term>) -> Self {
        let mut index: HashMap<char, Vec<(String, usize)>> = HashMap::new();
        for (i, term) in terms.iter().enumerate() {
            for form in term.forms() {
                let form = form.trim().to_lowercase();
                if let Some(first) = form.chars().next() {
                    index.entry(first).or_default().push((form, i));
                }
            }
        }
        for forms in index.values_mut() {
            forms.sort_by_key(|f| std::cmp::Reverse(f.0.chars().count()));
            forms.dedup();
        }
        Glossary { terms, index }
    }

    /// The bundled glossary. It is checked by the tests, so a parse failure is a build defect;
    /// the error list says what is wrong.
    pub fn bundled() -> Result<Self, Vec<PolicyError>> {
        parse_glossary(GLOSSARY)
    }

    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// The term with this id.
    pub fn get(&self, id: &str) -> Option<&Term> {
        self.terms.iter().find(|t| t.id == id)
    }

    /// Every occurrence of a term in `text`, left to right; at each place the longest form
    /// wins ("纠正措施" before "纠正"), matches never overlap, and Latin forms only match whole
    /// words, without regard to case ("PPH", but not inside "PPHX").
    pub fn find(&self, text: &str) -> Vec<Found<'_>> {
        let lower: Vec<(usize, char)> = text
            .char_indices()
            .map(|(i, c)| (i, c.to_lowercase().next().unwrap_or(c)))
            .collect();
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < lower.len() {
            let (start, first) = lower[pos];
            let hit = self.index.get(&first).and_then(|forms| {
                forms.iter().find_map(|(form, term)| {
                    let len = form.chars().count();
                    let end = pos + len;
                    if end > lower.len() {
                        return None;
                    }
                    let same = lower[pos..end].iter().map(|(_, c)| *c).eq(form.chars());
                    let latin_start = form.chars().next().is_some_and(is_word_char);
                    let latin_end = form.chars().last().is_some_and(is_word_char);
                    let bounded_before =
                        !latin_start || pos == 0 || !is_word_char(lower[pos - 1].1);
                    let bounded_after =
                        !latin_end || end == lower.len() || !is_word_char(lower[end].1);
                    (same && bounded_before && bounded_after).then_some((end, *term))
                })
            });
            if let Some((end, term)) = hit {
                let end_byte = lower.get(end).map_or(text.len(), |(i, _)| *i);
                out.push(Found {
                    start,
                    end: end_byte,
                    term: &self.terms[term],
                });
                pos = end;
            } else {
                pos += 1;
            }
        }
        out
    }

    /// The distinct terms in `text`, in order of first appearance (longest match first).
    pub fn terms_in(&self, text: &str) -> Vec<&Term> {
        let mut seen = HashSet::new();
        self.find(text)
            .into_iter()
            .filter(|f| seen.insert(f.term.id.as_str()))
            .map(|f| f.term)
            .collect()
    }
}

/// Checks terms (ids unique and well-formed, both languages present, explanations short, no
/// form claimed by two terms).
pub fn validate_glossary(terms: &[Term]) -> Result<(), Vec<PolicyError>> {
    let mut errors = Vec::new();
    let mut ids = HashSet::new();
    let mut forms: HashMap<String, &str> = HashMap::new();
    for t in terms {
        let entry = t.id.clone();
        let id_ok = !t.id.is_empty()
            && t.id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id_ok {
            errors.push(PolicyError::MissingText {
                entry: entry.clone(),
                field: "id",
            });
        }
        if !ids.insert(t.id.as_str()) {
            errors.push(PolicyError::Duplicate {
                entry: entry.clone(),
            });
        }
        for (field, text) in [("term", &t.term), ("plain", &t.plain)] {
            if !text.is_complete() {
                errors.push(PolicyError::MissingText {
                    entry: entry.clone(),
                    field,
                });
            }
        }
        let too_long = [&t.plain.zh_cn, &t.plain.en_us]
            .iter()
            .any(|s| s.chars().count() > MAX_PLAIN);
        if too_long {
            errors.push(PolicyError::Value {
                entry: entry.clone(),
                field: "plain",
            });
        }
        for form in t.forms() {
            let key = form.trim().to_lowercase();
            if key.is_empty() {
                errors.push(PolicyError::MissingText {
                    entry: entry.clone(),
                    field: "aliases",
                });
                continue;
            }
            if forms.insert(key, t.id.as_str()).is_some() {
                errors.push(PolicyError::Value {
                    entry: entry.clone(),
                    field: "aliases",
                });
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Parses and validates a glossary file.
pub fn parse_glossary(text: &str) -> Result<Glossary, Vec<PolicyError>> {
    let file: GlossaryFile = toml::from_str(text).map_err(|e| vec![syntax_error(text, &e)])?;
    validate_glossary(&file.terms)?;
    Ok(Glossary::new(file.terms))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(id: &str, zh: &str, en: &str, aliases: &[&str]) -> Term {
        Term {
            id: id.into(),
            term: Localized::new(zh, en),
            aliases: aliases.iter().map(|s| (*s).to_string()).collect(),
            clause: None,
            plain: Localized::new("解释", "explanation"),
        }
    }

    #[test]
    fn longest_form_wins_and_latin_needs_word_boundaries() {
        let g = Glossary::new(vec![
            term("correction", "纠正", "correction", &[]),
            term("corrective-action", "纠正措施", "corrective action", &[]),
            term("pph", "专利审查高速路", "PPH", &[]),
        ]);
        let found = g.find("先纠正，再制定纠正措施；PPH 可加快，PPHX 不是。");
        let ids: Vec<&str> = found.iter().map(|f| f.term.id.as_str()).collect();
        assert_eq!(ids, ["correction", "corrective-action", "pph"]);
        let text = "先纠正，再制定纠正措施；PPH 可加快，PPHX 不是。";
        assert_eq!(&text[found[1].start..found[1].end], "纠正措施");
        let en = g.terms_in("A Corrective Action follows each correction; corrective actions too.");
        let ids: Vec<&str> = en.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["corrective-action", "correction"]);
    }

    #[test]
    fn a_form_claimed_twice_is_refused() {
        let terms = vec![
            term("a", "内审", "internal audit", &[]),
            term("b", "内部审核", "audit", &["内审"]),
        ];
        let errs = validate_glossary(&terms).unwrap_err();
        assert!(matches!(
            &errs[0],
            PolicyError::Value {
                field: "aliases",
                ..
            }
        ));
    }
}
