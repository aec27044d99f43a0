//! Assessment catalogues: the clause tree and the items asked, as validated data.
//!
//! Parsing is pure: callers hand in file names and texts (see `crate::catalogs` for reading
//! them from the bundled assets and the user's folder).

use super::keyed::keyed_enum;
use crate::locale::{Locale, Localized};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

mod error;
mod examples;
pub use examples::Examples;
pub mod upgrade;
pub use error::{CatalogError, CatalogErrorKind};
use error::{LineStarts, err_at, syntax_error};

keyed_enum! {
    /// The IP process an item belongs to (for per-process scores).
    pub enum Process {
        System = "system",
        Acquisition = "acquisition",
        Maintenance = "maintenance",
        Exploitation = "exploitation",
        Protection = "protection",
        Contract = "contract",
        Confidentiality = "confidentiality",
        Initiation = "initiation",
        Research = "research",
        Procurement = "procurement",
        Production = "production",
        Sales = "sales",
        Compliance = "compliance",
    }
}

keyed_enum! {
    /// The 贯标 phase in which a gap is fixed.
    pub enum FixPhase {
        Planning = "planning",
        Documents = "documents",
        Training = "training",
        Operation = "operation",
        InternalAudit = "internal-audit",
        ManagementReview = "management-review",
    }
}

keyed_enum! {
    /// Departments interviewed in a diagnosis.
    pub enum Department {
        TopManagement = "top-management",
        IpOffice = "ip-office",
        Research = "research",
        Procurement = "procurement",
        Production = "production",
        Sales = "sales",
        Hr = "hr",
        Finance = "finance",
        Legal = "legal",
        AdminIt = "admin-it",
    }
}

keyed_enum! {
    /// How an auditor checks: 询问 / 查阅 / 抽样 / 观察.
    pub enum Method {
        Interview = "interview",
        Document = "document",
        Sampling = "sampling",
        Observation = "observation",
    }
}

keyed_enum! {
    /// IP type of an Annex B self-check item.
    pub enum IpType {
        Patent = "patent",
        Trademark = "trademark",
        Copyright = "copyright",
        TradeSecret = "trade-secret",
    }
}

keyed_enum! {
    /// The triage questions that can make items not applicable.
    pub enum TriageId {
        Patents = "patents",
        Trademarks = "trademarks",
        Copyright = "copyright",
        TradeSecrets = "trade_secrets",
        Rnd = "rnd",
        Export = "export",
        Licensing = "licensing",
        Outsourcing = "outsourcing",
        Standards = "standards",
        Finance = "finance",
    }
}

keyed_enum! {
    /// Whether an evidence entry is a document to write or a record that must accumulate.
    pub enum EvidenceKind {
        Document = "document",
        Record = "record",
    }
}

/// One evidence entry expected by an auditor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub kind: EvidenceKind,
    pub text: Localized,
}

/// A numbered clause of the standard (chapters are top-level numbers; Annex B is "B").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clause {
    pub number: String,
    pub title: Localized,
    #[serde(default = "yes")]
    pub verified: bool,
    /// Where the number and title were checked (keys of docs/catalog-sources.md); a `verified`
    /// clause needs at least two.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// The clause's lettered sub-points (a, b, c…), each paraphrased in a few words; every one
    /// must be covered by an item (`catalog check`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subpoints: Vec<SubPoint>,
}

/// A lettered sub-point of a clause ("a" for a), …), in our own few words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubPoint {
    pub letter: String,
    pub text: Localized,
}

fn yes() -> bool {
    true
}

impl Clause {
    /// The chapter id: the first segment of the number ("8.2.1" → "8", "B.3" → "B").
    pub fn chapter(&self) -> &str {
        chapter_of(&self.number)
    }

    /// How deep the clause sits: "8" → 1, "8.2" → 2, "8.2.1" → 3.
    pub fn depth(&self) -> usize {
        self.number.split('.').count()
    }
}

/// The chapter id of a clause number.
pub fn chapter_of(number: &str) -> &str {
    number.split('.').next().unwrap_or(number)
}

/// Whether `number` is `ancestor` or lies below it ("8.2.1" is within "8.2" and "8").
pub fn clause_within(number: &str, ancestor: &str) -> bool {
    number == ancestor
        || (number.starts_with(ancestor) && number.as_bytes().get(ancestor.len()) == Some(&b'.'))
}

/// One assessment item: a question with guidance, evidence and the action that closes a gap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    pub id: String,
    pub clause: String,
    pub process: Process,
    pub weight: u8,
    pub prerequisite: bool,
    pub fix_phase: FixPhase,
    pub departments: Vec<Department>,
    pub methods: Vec<Method>,
    pub applies_if: Vec<TriageId>,
    pub question: Localized,
    pub guidance: Localized,
    pub action: Localized,
    pub evidence: Vec<Evidence>,
    /// How many records the auditor samples (e.g. "近一年入职的研发人员抽 3 人").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample: Option<Localized>,
    /// The letters of its clause's sub-points this item checks; `Some([])` for an item about
    /// the clause's unlettered text, `None` when the catalogue does not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub covers: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_type: Option<IpType>,
    /// Plain-language help for a manager who does not know the standard (what the question
    /// means, and what to answer when the thing it asks about does not exist yet); the
    /// auditor's `guidance` stays available on demand.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plain: Option<Localized>,
    /// What each verdict looks like in a small firm.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub examples: Option<Examples>,
    /// Dropped from new assessments; still resolves by id so old ones open.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub retired: bool,
}

impl Item {
    pub fn chapter(&self) -> &str {
        chapter_of(&self.clause)
    }
}

/// A validated catalogue.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    pub id: String,
    pub version: String,
    /// Versions this catalogue had before (files made with them still import).
    pub earlier_versions: Vec<String>,
    pub code: String,
    pub published: NaiveDate,
    pub effective: NaiveDate,
    /// A superseded edition, kept for mapping legacy documents.
    pub legacy: bool,
    pub title: Localized,
    pub clauses: Vec<Clause>,
    pub items: Vec<Item>,
}

impl Catalog {
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn clause(&self, number: &str) -> Option<&Clause> {
        self.clauses.iter().find(|c| c.number == number)
    }

    /// Top-level clauses (chapters 4…10 and "B"), in catalogue order.
    pub fn chapters(&self) -> impl Iterator<Item = &Clause> {
        self.clauses.iter().filter(|c| c.depth() == 1)
    }

    /// Items that are still asked (not retired), in catalogue order.
    pub fn active_items(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(|i| !i.retired)
    }

    /// Clauses marked `verified` without the two sources that `catalog check` requires.
    pub fn unsourced_clauses(&self) -> impl Iterator<Item = &Clause> {
        self.clauses
            .iter()
            .filter(|c| c.verified && c.sources.len() < 2)
    }

    /// Sub-points that no active item covers, as (clause, letter).
    pub fn uncovered_subpoints(&self) -> Vec<(&str, &str)> {
        let mut out = Vec::new();
        for c in &self.clauses {
            for p in &c.subpoints {
                let covered = self.active_items().any(|i| {
                    i.clause == c.number && i.covers.iter().flatten().any(|l| *l == p.letter)
                });
                if !covered {
                    out.push((c.number.as_str(), p.letter.as_str()));
                }
            }
        }
        out
    }

    /// Active items of a clause with sub-points that do not say which ones they cover.
    pub fn items_without_covers(&self) -> impl Iterator<Item = &Item> {
        self.active_items().filter(|i| {
            i.covers.is_none()
                && self
                    .clause(&i.clause)
                    .is_some_and(|c| !c.subpoints.is_empty())
        })
    }

    /// "GB/T 29490-2023 《企业知识产权合规管理体系 要求》" or its English form.
    pub fn display_title(&self, locale: Locale) -> String {
        match locale {
            Locale::ZhCn => format!("{} 《{}》", self.code, self.title.zh_cn),
            Locale::EnUs => format!("{} {}", self.code, self.title.en_us),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    id: String,
    version: String,
    #[serde(default)]
    earlier_versions: Vec<String>,
    code: String,
    published: toml::value::Datetime,
    effective: toml::value::Datetime,
    #[serde(default)]
    legacy: bool,
    title: Localized,
    clauses: Vec<Clause>,
    #[serde(default)]
    items: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItems {
    #[serde(default)]
    items: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: toml::Spanned<String>,
    clause: String,
    process: Process,
    weight: u8,
    #[serde(default)]
    prerequisite: bool,
    fix_phase: FixPhase,
    departments: Vec<Department>,
    #[serde(default)]
    methods: Vec<Method>,
    #[serde(default)]
    applies_if: Vec<TriageId>,
    question: Localized,
    guidance: Localized,
    action: Localized,
    #[serde(default)]
    evidence: Vec<Evidence>,
    sample: Option<Localized>,
    covers: Option<Vec<String>>,
    ip_type: Option<IpType>,
    plain: Option<Localized>,
    examples: Option<Examples>,
    #[serde(default)]
    retired: bool,
}

/// A source file: its display name (path) and its text.
#[derive(Debug, Clone, Copy)]
pub struct SourceFile<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// Whether a catalogue id is usable: 1–64 characters from `a-z 0-9 . _ -`, starting with a
/// letter or digit (it names files and is stored with every assessment).
pub fn valid_id(id: &str) -> bool {
    id.len() <= 64
        && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'))
}

fn to_date(d: toml::value::Datetime, file: &SourceFile<'_>) -> Result<NaiveDate, CatalogError> {
    d.date
        .and_then(|d| {
            NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
        })
        .ok_or_else(|| CatalogError {
            file: file.name.to_string(),
            line: None,
            item: None,
            kind: CatalogErrorKind::Syntax(format!("{d} is not a date")),
        })
}

/// Parses and validates a catalogue given as a header file plus item files (the header may
/// hold items itself: a single-file catalogue is a header with no parts). Returns every
/// problem found, not just the first.
pub fn parse_catalog(
    header: SourceFile<'_>,
    parts: &[SourceFile<'_>],
) -> Result<Catalog, Vec<CatalogError>> {
    let raw: RawHeader =
        toml::from_str(header.text).map_err(|e| vec![syntax_error(&header, &e)])?;
    let mut errors = Vec::new();
    let published = to_date(raw.published, &header);
    let effective = to_date(raw.effective, &header);
    let mut sourced: Vec<(SourceFile<'_>, RawItem)> =
        raw.items.into_iter().map(|i| (header, i)).collect();
    for part in parts {
        match toml::from_str::<RawItems>(part.text) {
            Ok(p) => sourced.extend(p.items.into_iter().map(|i| (*part, i))),
            Err(e) => errors.push(syntax_error(part, &e)),
        }
    }
    let mut seen_clauses = HashSet::new();
    for c in &raw.clauses {
        if !seen_clauses.insert(c.number.as_str()) {
            errors.push(err_at(
                &header,
                None,
                None,
                CatalogErrorKind::DuplicateClause(c.number.clone()),
            ));
        }
        if !c.title.is_complete() {
            errors.push(err_at(
                &header,
                None,
                None,
                CatalogErrorKind::MissingText("clause title"),
            ));
        }
        let mut letters = HashSet::new();
        for p in &c.subpoints {
            if !letters.insert(p.letter.as_str()) {
                let at = format!("{} {})", c.number, p.letter);
                errors.push(err_at(
                    &header,
                    None,
                    None,
                    CatalogErrorKind::DuplicateSubpoint(at),
                ));
            }
            if !p.text.is_complete() {
                errors.push(err_at(
                    &header,
                    None,
                    None,
                    CatalogErrorKind::MissingText("sub-point"),
                ));
            }
        }
    }
    let letters_of: std::collections::HashMap<&str, HashSet<&str>> = raw
        .clauses
        .iter()
        .map(|c| {
            let letters = c.subpoints.iter().map(|p| p.letter.as_str()).collect();
            (c.number.as_str(), letters)
        })
        .collect();
    if !raw.title.is_complete() {
        errors.push(err_at(
            &header,
            None,
            None,
            CatalogErrorKind::MissingText("title"),
        ));
    }
    if !valid_id(&raw.id) {
        errors.push(err_at(
            &header,
            None,
            None,
            CatalogErrorKind::BadId(raw.id.clone()),
        ));
    }
    let mut ids = HashSet::new();
    let mut items = Vec::with_capacity(sourced.len());
    let mut lines: std::collections::HashMap<&str, LineStarts> = std::collections::HashMap::new();
    for (file, r) in sourced {
        let starts = lines
            .entry(file.name)
            .or_insert_with(|| LineStarts::of(file.text));
        let line = Some(starts.line(r.id.span().start));
        let id = r.id.into_inner();
        let mut problem = |kind| errors.push(err_at(&file, line, Some(&id), kind));
        if !ids.insert(id.clone()) {
            problem(CatalogErrorKind::DuplicateId);
        }
        if !seen_clauses.contains(r.clause.as_str()) {
            problem(CatalogErrorKind::UnknownClause(r.clause.clone()));
        }
        if !(1..=3).contains(&r.weight) {
            problem(CatalogErrorKind::Weight(r.weight));
        }
        for (name, text) in [
            ("question", &r.question),
            ("guidance", &r.guidance),
            ("action", &r.action),
        ] {
            if !text.is_complete() {
                problem(CatalogErrorKind::MissingText(name));
            }
        }
        if r.evidence.iter().any(|e| !e.text.is_complete()) {
            problem(CatalogErrorKind::MissingText("evidence"));
        }
        if r.sample.as_ref().is_some_and(|s| !s.is_complete()) {
            problem(CatalogErrorKind::MissingText("sample"));
        }
        if r.plain.as_ref().is_some_and(|s| !s.is_complete()) {
            problem(CatalogErrorKind::MissingText("plain"));
        }
        if r.examples.as_ref().is_some_and(|e| !e.is_complete()) {
            problem(CatalogErrorKind::MissingText("examples"));
        }
        for letter in r.covers.iter().flatten() {
            let known = letters_of
                .get(r.clause.as_str())
                .is_some_and(|l| l.contains(letter.as_str()));
            if !known {
                let at = format!("{} {letter})", r.clause);
                problem(CatalogErrorKind::UnknownSubpoint(at));
            }
        }
        if chapter_of(&r.clause) == "B" && r.ip_type.is_none() {
            problem(CatalogErrorKind::IpType);
        }
        items.push(Item {
            id,
            clause: r.clause,
            process: r.process,
            weight: r.weight,
            prerequisite: r.prerequisite,
            fix_phase: r.fix_phase,
            departments: r.departments,
            methods: r.methods,
            applies_if: r.applies_if,
            question: r.question,
            guidance: r.guidance,
            action: r.action,
            evidence: r.evidence,
            sample: r.sample,
            covers: r.covers,
            ip_type: r.ip_type,
            plain: r.plain,
            examples: r.examples,
            retired: r.retired,
        });
    }
    if items.is_empty() && errors.is_empty() {
        errors.push(err_at(&header, None, None, CatalogErrorKind::NoItems));
    }
    let (published, effective) = match (published, effective) {
        (Ok(p), Ok(e)) => (p, e),
        (p, e) => {
            errors.extend(p.err());
            errors.extend(e.err());
            return Err(errors);
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    // Keep items in clause-tree order, then file order, so every listing reads like the standard.
    let order: BTreeMap<&str, usize> = raw
        .clauses
        .iter()
        .enumerate()
        .map(|(i, c)| (c.number.as_str(), i))
        .collect();
    items.sort_by_key(|i| order.get(i.clause.as_str()).copied().unwrap_or(usize::MAX));
    Ok(Catalog {
        id: raw.id,
        version: raw.version,
        earlier_versions: raw.earlier_versions,
        code: raw.code,
        published,
        effective,
        legacy: raw.legacy,
        title: raw.title,
        clauses: raw.clauses,
        items,
    })
}

#[cfg(test)]
mod tests;
