//! SME size class per 《中小企业划型标准规定》（工信部联企业〔2011〕300号）, with thresholds kept
//! as dated data (`assets/policies/size-classes-2011.toml`) so a revision is a data update.
//!
//! Rule: large when every ceiling indicator is at or above its bound; otherwise medium or small
//! when **all** of that class's lower bounds are met; micro as soon as **one** indicator lies
//! under the small bound. When the known indicators cannot decide, the class is `unknown` and
//! names the missing ones.

use super::keyed::keyed_enum;
use super::message::{Arg, Message, Tone};
use super::profile::Industry;
use crate::error::Localize;
use crate::locale::Localized;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// The bundled thresholds (text; parsed by `parse_size_table`).
pub const SIZE_CLASSES_2011: &str = include_str!("../../assets/policies/size-classes-2011.toml");

keyed_enum! {
    /// A size class (Fluent ids `size-<key>`).
    pub enum Size {
        Micro = "micro",
        Small = "small",
        Medium = "medium",
        Large = "large",
        Unknown = "unknown",
    }
}

impl Size {
    /// Small and micro firms: the "小微企业" of the seed policy.
    pub fn is_small_or_micro(self) -> bool {
        matches!(self, Size::Micro | Size::Small)
    }
}

keyed_enum! {
    /// An input the size class depends on (Fluent ids `size-indicator-<key>`).
    pub enum Indicator {
        Industry = "industry",
        Employees = "employees",
        Revenue = "revenue",
        Assets = "assets",
    }
}

/// Lower bounds of one class for one industry; absent indicators do not count.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bounds {
    pub employees: Option<f64>,
    pub revenue: Option<f64>,
    pub assets: Option<f64>,
}

impl Bounds {
    /// The indicators this level uses, with their bounds.
    pub fn entries(&self) -> Vec<(Indicator, f64)> {
        [
            (Indicator::Employees, self.employees),
            (Indicator::Revenue, self.revenue),
            (Indicator::Assets, self.assets),
        ]
        .into_iter()
        .filter_map(|(i, b)| b.map(|b| (i, b)))
        .collect()
    }

    fn get(&self, indicator: Indicator) -> Option<f64> {
        match indicator {
            Indicator::Employees => self.employees,
            Indicator::Revenue => self.revenue,
            Indicator::Assets => self.assets,
            Indicator::Industry => None,
        }
    }
}

/// The thresholds of one industry.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndustryRow {
    pub industry: Industry,
    /// Not under the SME ceiling on every indicator → large.
    pub ceiling: Bounds,
    pub medium: Bounds,
    pub small: Bounds,
}

/// Dates in policy files: a TOML date (`2026-11-26`) or a `"YYYY-MM-DD"` string; written back
/// as the string, so JSON and TOML both read it.
pub(crate) mod date_format {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&date.format("%Y-%m-%d").to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = match toml::Value::deserialize(d)? {
            toml::Value::String(s) => s,
            toml::Value::Datetime(dt) => dt.to_string(),
            other => return Err(D::Error::custom(format!("{other} is not a date"))),
        };
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map_err(|_| D::Error::custom(format!("{text} is not a date (YYYY-MM-DD)")))
    }
}

/// A dated threshold table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SizeTable {
    pub id: String,
    #[serde(with = "date_format")]
    pub issued: NaiveDate,
    #[serde(with = "date_format")]
    pub effective: NaiveDate,
    #[serde(with = "date_format")]
    pub checked_on: NaiveDate,
    pub source: Localized,
    pub industries: Vec<IndustryRow>,
}

impl SizeTable {
    pub fn row(&self, industry: Industry) -> Option<&IndustryRow> {
        self.industries.iter().find(|r| r.industry == industry)
    }
}

/// What is wrong with a bundled or user-edited policy data file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    #[error("line {line:?}: {detail}")]
    Syntax { line: Option<usize>, detail: String },
    #[error("{entry}: {field} needs zh-CN and en-US text")]
    MissingText { entry: String, field: &'static str },
    #[error("{entry}: listed twice")]
    Duplicate { entry: String },
    #[error("{entry}: no thresholds for this industry")]
    MissingIndustry { entry: String },
    #[error(
        "{entry}: thresholds must be positive, use the same indicators, and rise small ≤ medium ≤ ceiling"
    )]
    Bounds { entry: String },
    #[error("{entry}: {field} is out of range")]
    Value { entry: String, field: &'static str },
}

impl Localize for PolicyError {
    fn message_id(&self) -> &'static str {
        match self {
            PolicyError::Syntax { .. } => "err-policy-syntax",
            PolicyError::MissingText { .. } => "err-policy-missing-text",
            PolicyError::Duplicate { .. } => "err-policy-duplicate",
            PolicyError::MissingIndustry { .. } => "err-policy-missing-industry",
            PolicyError::Bounds { .. } => "err-policy-bounds",
            PolicyError::Value { .. } => "err-policy-value",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            PolicyError::Syntax { line, detail } => vec![
                ("line", line.map_or_else(|| "?".into(), |l| l.to_string())),
                ("detail", detail.clone()),
            ],
            PolicyError::MissingText { entry, field } | PolicyError::Value { entry, field } => {
                vec![("entry", entry.clone()), ("field", (*field).to_string())]
            }
            PolicyError::Duplicate { entry }
            | PolicyError::MissingIndustry { entry }
            | PolicyError::Bounds { entry } => vec![("entry", entry.clone())],
        }
    }
}

/// A TOML syntax error with its line.
pub(crate) fn syntax_error(text: &str, e: &toml::de::Error) -> PolicyError {
    PolicyError::Syntax {
        line: e
            .span()
            .map(|s| text.get(..s.start).map_or(0, |t| t.matches('\n').count()) + 1),
        detail: e.message().trim().to_string(),
    }
}

fn bounds_valid(row: &IndustryRow) -> bool {
    let levels = [row.small, row.medium, row.ceiling];
    let indicators: Vec<Indicator> = row.small.entries().iter().map(|e| e.0).collect();
    if indicators.is_empty() {
        return false;
    }
    levels.iter().all(|level| {
        let entries = level.entries();
        entries.len() == indicators.len()
            && entries
                .iter()
                .all(|(i, b)| indicators.contains(i) && b.is_finite() && *b > 0.0)
    }) && indicators.iter().all(|i| {
        let small = row.small.get(*i).unwrap_or(f64::NAN);
        let medium = row.medium.get(*i).unwrap_or(f64::NAN);
        let ceiling = row.ceiling.get(*i).unwrap_or(f64::NAN);
        small <= medium && medium <= ceiling
    })
}

/// Parses and validates a threshold table: every industry exactly once, coherent bounds.
pub fn parse_size_table(text: &str) -> Result<SizeTable, Vec<PolicyError>> {
    let table: SizeTable = toml::from_str(text).map_err(|e| vec![syntax_error(text, &e)])?;
    let mut errors = Vec::new();
    if !table.source.is_complete() {
        errors.push(PolicyError::MissingText {
            entry: table.id.clone(),
            field: "source",
        });
    }
    for industry in Industry::ALL {
        let rows: Vec<&IndustryRow> = table
            .industries
            .iter()
            .filter(|r| r.industry == *industry)
            .collect();
        let entry = industry.key().to_string();
        match rows.as_slice() {
            [] => errors.push(PolicyError::MissingIndustry { entry }),
            [row] if !bounds_valid(row) => errors.push(PolicyError::Bounds { entry }),
            [_] => {}
            _ => errors.push(PolicyError::Duplicate { entry }),
        }
    }
    if errors.is_empty() {
        Ok(table)
    } else {
        Err(errors)
    }
}

/// The bundled 2011 table, parsed once.
pub fn builtin_table() -> Result<&'static SizeTable, &'static [PolicyError]> {
    static TABLE: OnceLock<Result<SizeTable, Vec<PolicyError>>> = OnceLock::new();
    TABLE
        .get_or_init(|| parse_size_table(SIZE_CLASSES_2011))
        .as_ref()
        .map_err(Vec::as_slice)
}

/// A size class with the reason that decided it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SizeClass {
    pub class: Size,
    pub reason: Message,
    /// How the verdict reads: `ok` when decided, `unknown` while indicators are missing,
    /// `warning` when the thresholds themselves are unavailable.
    pub tone: Tone,
    /// Indicators that must be given to decide (only when `class` is unknown).
    pub missing: Vec<Indicator>,
}

/// The class with the bundled thresholds.
pub fn classify(
    industry: Industry,
    employees: Option<u64>,
    revenue_wan: Option<f64>,
    assets_wan: Option<f64>,
) -> SizeClass {
    match builtin_table() {
        Ok(table) => classify_with(table, industry, employees, revenue_wan, assets_wan),
        Err(_) => no_table(),
    }
}

/// Unknown because no industry was chosen.
pub fn no_industry() -> SizeClass {
    SizeClass {
        class: Size::Unknown,
        reason: Message::new("size-reason-no-industry"),
        tone: Tone::Unknown,
        missing: vec![Indicator::Industry],
    }
}

/// Unknown because the thresholds are missing: a data problem, not a missing answer.
fn no_table() -> SizeClass {
    SizeClass {
        class: Size::Unknown,
        reason: Message::new("size-reason-no-table"),
        tone: Tone::Warning,
        missing: Vec::new(),
    }
}

/// One indicator compared with one bound, e.g. "从业人员 150 人 ≥ 20 人".
fn comparison(indicator: Indicator, value: f64, bound: f64) -> Message {
    let op = if value >= bound { "≥" } else { "<" };
    Message::new(format!("size-cmp-{}", indicator.key()))
        .arg("value", value)
        .arg("op", op)
        .arg("bound", bound)
}

/// The class with a given table. Negative or non-finite values count as missing.
pub fn classify_with(
    table: &SizeTable,
    industry: Industry,
    employees: Option<u64>,
    revenue_wan: Option<f64>,
    assets_wan: Option<f64>,
) -> SizeClass {
    let Some(row) = table.row(industry) else {
        return no_table();
    };
    let clean = |v: Option<f64>| v.filter(|x| x.is_finite() && *x >= 0.0);
    let value = |i: Indicator| match i {
        Indicator::Employees => employees.map(|n| n as f64),
        Indicator::Revenue => clean(revenue_wan),
        Indicator::Assets => clean(assets_wan),
        Indicator::Industry => None,
    };
    let industry_name = Message::new(format!("industry-{}", industry.key()));
    let compare = |bounds: &Bounds, keep: &dyn Fn(f64, f64) -> bool| -> Arg {
        let items = bounds
            .entries()
            .into_iter()
            .filter_map(|(i, b)| value(i).map(|v| (i, v, b)))
            .filter(|(_, v, b)| keep(*v, *b))
            .map(|(i, v, b)| comparison(i, v, b))
            .collect();
        Arg::List {
            sep: "engine-sep-facts",
            items,
        }
    };
    let small = row.small.entries();
    let below_small = small.iter().any(|(i, b)| value(*i).is_some_and(|v| v < *b));
    let class_with = |class: Size, id: &'static str, args: Vec<(&'static str, Arg)>| {
        let mut reason = Message {
            id: id.into(),
            args,
        };
        reason = reason.arg("industry", industry_name.clone());
        SizeClass {
            class,
            reason,
            tone: Tone::Ok,
            missing: Vec::new(),
        }
    };
    if below_small {
        return class_with(
            Size::Micro,
            "size-reason-micro",
            vec![("below", compare(&row.small, &|v, b| v < b))],
        );
    }
    let missing: Vec<Indicator> = small
        .iter()
        .map(|e| e.0)
        .filter(|i| value(*i).is_none())
        .collect();
    if !missing.is_empty() {
        let id = if missing.len() == small.len() {
            "size-reason-unknown-none"
        } else {
            "size-reason-unknown"
        };
        let names = missing
            .iter()
            .map(|i| Message::new(format!("size-indicator-{}", i.key())))
            .collect();
        return SizeClass {
            class: Size::Unknown,
            reason: Message::new(id).arg("industry", industry_name).arg(
                "missing",
                Arg::List {
                    sep: "engine-sep-enum",
                    items: names,
                },
            ),
            tone: Tone::Unknown,
            missing,
        };
    }
    let meets = |bounds: &Bounds| {
        bounds
            .entries()
            .iter()
            .all(|(i, b)| value(*i).is_some_and(|v| v >= *b))
    };
    if meets(&row.ceiling) {
        class_with(
            Size::Large,
            "size-reason-large",
            vec![("met", compare(&row.ceiling, &|_, _| true))],
        )
    } else if meets(&row.medium) {
        class_with(
            Size::Medium,
            "size-reason-medium",
            vec![
                ("under", compare(&row.ceiling, &|v, b| v < b)),
                ("met", compare(&row.medium, &|_, _| true)),
            ],
        )
    } else {
        class_with(
            Size::Small,
            "size-reason-small",
            vec![
                ("met", compare(&row.small, &|_, _| true)),
                ("short", compare(&row.medium, &|v, b| v < b)),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_table_is_valid() {
        let t = builtin_table().unwrap();
        assert_eq!(t.industries.len(), 16);
        assert_eq!(t.issued, NaiveDate::from_ymd_opt(2011, 6, 18).unwrap());
    }

    #[test]
    fn rejects_incoherent_bounds() {
        let bad = SIZE_CLASSES_2011.replace(
            "medium = { employees = 300, revenue = 2000 }\nsmall = { employees = 20, revenue = 300 }",
            "medium = { employees = 300, revenue = 2000 }\nsmall = { employees = 20, revenue = 3000 }",
        );
        let errs = parse_size_table(&bad).unwrap_err();
        assert!(errs.contains(&PolicyError::Bounds {
            entry: "industry".into()
        }));
    }
}
