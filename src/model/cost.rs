//! How long and how much: the client's own staff days per plan phase, typical consultant and
//! certification fees, and audit person-days, each as a range with the figures it rests on.
//!
//! Every number comes from `assets/policies/costs.toml` (dated, sourced, editable); nothing
//! here is a quote. The result is data — ranges and figure ids — for screens and the report to
//! word and to mark as an estimate.

use super::keyed::keyed_enum;
use super::plan::{PhaseId, Plan};
use super::sizeclass::{PolicyError, Size, date_format, syntax_error};
use crate::locale::Localized;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// The bundled cost data (text; parsed by [`parse_costs`]).
pub const COSTS: &str = include_str!("../../assets/policies/costs.toml");

/// Largest plausible figure (yuan, months or days).
pub const MAX_FIGURE: f64 = 10_000_000.0;

keyed_enum! {
    /// What a published figure measures.
    pub enum FigureKind {
        /// Yuan, the whole coaching project.
        ConsultantFee = "consultant-fee",
        /// Yuan, the certification body's initial certification.
        AuditFee = "audit-fee",
        /// Months from kick-off to certificate.
        ProjectMonths = "project-months",
    }
}

keyed_enum! {
    /// Which firms a figure speaks of.
    pub enum AppliesTo {
        All = "all",
        /// Micro, small and medium firms.
        Sme = "sme",
    }
}

/// One published range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub kind: FigureKind,
    pub applies_to: AppliesTo,
    pub low: f64,
    pub high: f64,
    /// What the source says, as a short quote.
    pub words: Localized,
    pub source: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(
        default,
        with = "optional_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub published: Option<NaiveDate>,
    #[serde(with = "date_format")]
    pub checked_on: NaiveDate,
}

/// Audit person-days for firms up to a head count, as a certification body publishes them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditDaysRow {
    pub employees_up_to: u64,
    /// Stage 1 + stage 2.
    pub initial: f64,
    /// One surveillance audit.
    pub surveillance: f64,
    pub source: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(with = "date_format")]
    pub checked_on: NaiveDate,
}

/// The client's own effort in one phase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseEffort {
    pub phase: PhaseId,
    pub base_days: f64,
    #[serde(default)]
    pub per_gap_days: f64,
    #[serde(default)]
    pub per_right_days: f64,
}

/// The staff-days model (a planning assumption, not a published figure).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffModel {
    pub reference_employees: f64,
    pub size_exponent: f64,
    pub min_factor: f64,
    pub max_factor: f64,
    pub low_factor: f64,
    pub high_factor: f64,
    pub source: Localized,
    #[serde(with = "date_format")]
    pub checked_on: NaiveDate,
    pub phases: Vec<PhaseEffort>,
}

/// The whole cost data file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostData {
    #[serde(default)]
    pub figures: Vec<Figure>,
    #[serde(default)]
    pub audit_days: Vec<AuditDaysRow>,
    pub staff: StaffModel,
}

impl CostData {
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }
}

mod optional_date {
    use chrono::NaiveDate;
    use serde::{Deserializer, Serializer};

    #[allow(clippy::ref_option)] // serde's `with` hands over a reference to the field
    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => super::date_format::serialize(d, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        super::date_format::deserialize(d).map(Some)
    }
}

fn sane(x: f64) -> bool {
    x.is_finite() && (0.0..=MAX_FIGURE).contains(&x)
}

/// Checks cost data (ids unique, texts complete, ranges ordered and plausible, every phase at
/// most once).
pub fn validate_costs(data: &CostData) -> Result<(), Vec<PolicyError>> {
    let mut errors = Vec::new();
    let value = |entry: &str, field: &'static str| PolicyError::Value {
        entry: entry.to_string(),
        field,
    };
    let mut ids = HashSet::new();
    for f in &data.figures {
        if !ids.insert(f.id.as_str()) {
            errors.push(PolicyError::Duplicate {
                entry: f.id.clone(),
            });
        }
        for (field, text) in [("words", &f.words), ("source", &f.source)] {
            if !text.is_complete() {
                errors.push(PolicyError::MissingText {
                    entry: f.id.clone(),
                    field,
                });
            }
        }
        if !(sane(f.low) && sane(f.high) && f.low <= f.high) {
            errors.push(value(&f.id, "low"));
        }
    }
    for (i, row) in data.audit_days.iter().enumerate() {
        let entry = format!("audit_days[{}]", i + 1);
        if !(sane(row.initial) && sane(row.surveillance)) {
            errors.push(value(&entry, "initial"));
        }
        if !row.source.is_complete() {
            errors.push(PolicyError::MissingText {
                entry: entry.clone(),
                field: "source",
            });
        }
        let previous = i.checked_sub(1).map(|p| data.audit_days[p].employees_up_to);
        if previous.is_some_and(|p| p >= row.employees_up_to) {
            errors.push(value(&entry, "employees_up_to"));
        }
    }
    let s = &data.staff;
    let factors_ok = [s.size_exponent, s.min_factor, s.max_factor, s.low_factor]
        .into_iter()
        .chain([s.high_factor])
        .all(sane)
        && s.reference_employees >= 1.0
        && s.min_factor <= s.max_factor
        && s.low_factor <= s.high_factor;
    if !factors_ok {
        errors.push(value("staff", "factors"));
    }
    if !s.source.is_complete() {
        errors.push(PolicyError::MissingText {
            entry: "staff".into(),
            field: "source",
        });
    }
    let mut phases = HashSet::new();
    for p in &s.phases {
        if !phases.insert(p.phase) {
            errors.push(PolicyError::Duplicate {
                entry: p.phase.key().into(),
            });
        }
        if ![p.base_days, p.per_gap_days, p.per_right_days]
            .into_iter()
            .all(sane)
        {
            errors.push(value(p.phase.key(), "base_days"));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Parses and validates cost data.
pub fn parse_costs(text: &str) -> Result<CostData, Vec<PolicyError>> {
    let data: CostData = toml::from_str(text).map_err(|e| vec![syntax_error(text, &e)])?;
    validate_costs(&data)?;
    Ok(data)
}

/// The facts the estimate uses.
#[derive(Debug, Clone, PartialEq)]
pub struct EstimateInput {
    /// 从业人员; `None` when not given (the reference size is used and the result says so).
    pub employees: Option<i64>,
    pub size: Size,
    /// Registered rights (patents, trademarks, copyrights) to put on the ledger.
    pub registered_rights: i64,
    /// Open actions per phase (see [`gaps_by_phase`]).
    pub gaps: BTreeMap<PhaseId, usize>,
}

/// Open actions per phase, from a plan.
pub fn gaps_by_phase(plan: &Plan) -> BTreeMap<PhaseId, usize> {
    plan.phases.iter().map(|p| (p.id, p.actions)).collect()
}

/// A range with the figures behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Range {
    pub low: f64,
    pub high: f64,
    /// Ids of the figures (or "staff" for the staff model) it rests on.
    pub sources: Vec<String>,
}

/// The client's own days in one phase.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhaseDays {
    pub phase: PhaseId,
    pub low: f64,
    pub high: f64,
    /// Open actions counted for the phase.
    pub gaps: usize,
}

keyed_enum! {
    /// A part of the estimate that could not be computed from the data and the profile.
    pub enum Missing {
        /// No audit person-days table in the data (none is bundled).
        AuditDays = "audit-days",
        /// The head count is unknown: staff days assume the reference size.
        Employees = "employees",
        /// No published figure applies to this firm for a kind.
        ConsultantFee = "consultant-fee",
        AuditFee = "audit-fee",
        ProjectMonths = "project-months",
    }
}

/// The estimate: every number a range, every range with its sources.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Estimate {
    pub staff_days: Vec<PhaseDays>,
    pub staff_days_total: Range,
    pub consultant_fee: Option<Range>,
    pub audit_fee: Option<Range>,
    pub project_months: Option<Range>,
    /// Initial audit (stage 1 + 2) person-days.
    pub audit_days_initial: Option<Range>,
    /// One surveillance audit, person-days.
    pub audit_days_surveillance: Option<Range>,
    pub missing: Vec<Missing>,
}

fn applies(figure: &Figure, size: Size) -> bool {
    match figure.applies_to {
        AppliesTo::All => true,
        AppliesTo::Sme => size != Size::Large,
    }
}

/// The envelope of the applicable figures of one kind: lowest low to highest high.
fn envelope(data: &CostData, kind: FigureKind, size: Size) -> Option<Range> {
    let used: Vec<&Figure> = data
        .figures
        .iter()
        .filter(|f| f.kind == kind && applies(f, size))
        .collect();
    let low = used.iter().map(|f| f.low).reduce(f64::min)?;
    let high = used.iter().map(|f| f.high).reduce(f64::max)?;
    Some(Range {
        low,
        high,
        sources: used.iter().map(|f| f.id.clone()).collect(),
    })
}

fn round_half(x: f64) -> f64 {
    (x * 2.0).round() / 2.0
}

/// The estimate for a firm, from the cost data.
pub fn estimate(data: &CostData, input: &EstimateInput) -> Estimate {
    let mut missing = Vec::new();
    let s = &data.staff;
    let employees = input.employees.filter(|n| *n > 0).map(|n| n as f64);
    if employees.is_none() {
        missing.push(Missing::Employees);
    }
    let factor = (employees.unwrap_or(s.reference_employees) / s.reference_employees)
        .powf(s.size_exponent)
        .clamp(s.min_factor, s.max_factor);
    let rights = input.registered_rights.max(0) as f64;
    let staff_days: Vec<PhaseDays> = s
        .phases
        .iter()
        .map(|p| {
            let gaps = input.gaps.get(&p.phase).copied().unwrap_or(0);
            let days =
                (p.base_days + p.per_gap_days * gaps as f64 + p.per_right_days * rights) * factor;
            PhaseDays {
                phase: p.phase,
                low: round_half(days * s.low_factor),
                high: round_half(days * s.high_factor).max(0.5),
                gaps,
            }
        })
        .collect();
    let staff_days_total = Range {
        low: staff_days.iter().map(|p| p.low).sum(),
        high: staff_days.iter().map(|p| p.high).sum(),
        sources: vec!["staff".into()],
    };
    let mut kind = |k: FigureKind, m: Missing| {
        let r = envelope(data, k, input.size);
        if r.is_none() {
            missing.push(m);
        }
        r
    };
    let consultant_fee = kind(FigureKind::ConsultantFee, Missing::ConsultantFee);
    let audit_fee = kind(FigureKind::AuditFee, Missing::AuditFee);
    let project_months = kind(FigureKind::ProjectMonths, Missing::ProjectMonths);
    let heads = input.employees.and_then(|n| u64::try_from(n).ok());
    let row = data
        .audit_days
        .iter()
        .find(|r| heads.is_some_and(|h| h <= r.employees_up_to));
    let (audit_days_initial, audit_days_surveillance) = if let Some(r) = row {
        let id = format!("audit-days-up-to-{}", r.employees_up_to);
        let one = |x: f64| Range {
            low: x,
            high: x,
            sources: vec![id.clone()],
        };
        (Some(one(r.initial)), Some(one(r.surveillance)))
    } else {
        missing.push(Missing::AuditDays);
        (None, None)
    };
    Estimate {
        staff_days,
        staff_days_total,
        consultant_fee,
        audit_fee,
        project_months,
        audit_days_initial,
        audit_days_surveillance,
        missing,
    }
}
