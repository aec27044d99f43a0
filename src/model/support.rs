//! Support the firm may be able to claim, derived from the profile (sme-and-support.md and the
//! seed policy 国知发管字〔2014〕57号). Always phrased as possibilities with their source.
//!
//! Regional certification rewards change often: they are dated, user-editable data
//! (`assets/policies/regional-rewards.toml`), parsed and validated by `parse_rewards`.

use super::assessment::TriageAnswer;
use super::catalog::TriageId;
use super::keyed::keyed_enum;
use super::message::{Arg, Message, Text};
use super::profile::Profile;
use super::sizeclass::{PolicyError, Size, syntax_error};
use crate::locale::Localized;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The bundled regional rewards (text; parsed by `parse_rewards`).
pub const REGIONAL_REWARDS: &str = include_str!("../../assets/policies/regional-rewards.toml");

/// Prior-year taxable income below which patent fees are reduced (万元, since 2019-07-01).
pub const FEE_REDUCTION_INCOME_WAN: f64 = 100.0;
/// Reward data older than this (days before the as-of date) is flagged for re-checking.
pub const STALE_AFTER_DAYS: i64 = 365;
/// Largest plausible reward amount, yuan.
pub const MAX_REWARD_YUAN: u64 = 10_000_000;

/// One regional reward for passing IP-management-system certification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionalReward {
    pub id: String,
    /// Province as users write it ("广东" or "广东省"); matched without the suffix.
    pub province: String,
    /// City, when the reward is a city's or a district's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// District, county-level city or development zone, when the reward is one's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    /// Money, or a measure that is not money (priority handling, advice).
    #[serde(default, skip_serializing_if = "RewardKind::is_money")]
    pub kind: RewardKind,
    pub region: Localized,
    pub amount: Localized,
    /// How the amount is set: fixed, up to a ceiling, a range, or the actual fees paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<AmountBasis>,
    /// The lowest amount in yuan, for a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_min_yuan: Option<u64>,
    /// The top amount in yuan, when known (for sorting and checks).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_yuan: Option<u64>,
    pub conditions: Localized,
    /// The office to ask.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<Localized>,
    /// The title of the source read (its address is `url`).
    pub source: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Year of the policy the entry describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_year: Option<i32>,
    /// When someone last checked the entry against its source.
    #[serde(with = "super::sizeclass::date_format")]
    pub checked_on: NaiveDate,
}

keyed_enum! {
    /// Whether a measure pays money (`money`, the default) or not (`non-monetary`).
    #[derive(Default)]
    pub enum RewardKind {
        #[default]
        Money = "money",
        NonMonetary = "non-monetary",
    }
}

impl RewardKind {
    #[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
    fn is_money(&self) -> bool {
        *self == RewardKind::Money
    }
}

keyed_enum! {
    /// How a reward's amount is set (`amount_yuan` is the fixed amount or the ceiling).
    pub enum AmountBasis {
        Fixed = "fixed",
        UpTo = "up-to",
        Range = "range",
        ActualFees = "actual-fees",
    }
}

/// Whether the amount fields agree with the basis and the kind.
fn amount_consistent(r: &RegionalReward) -> bool {
    match (r.kind, r.basis) {
        (RewardKind::NonMonetary, basis) => {
            basis.is_none() && r.amount_yuan.is_none() && r.amount_min_yuan.is_none()
        }
        (RewardKind::Money, None | Some(AmountBasis::ActualFees)) => r.amount_min_yuan.is_none(),
        (RewardKind::Money, Some(AmountBasis::Fixed | AmountBasis::UpTo)) => {
            r.amount_yuan.is_some() && r.amount_min_yuan.is_none()
        }
        (RewardKind::Money, Some(AmountBasis::Range)) => {
            matches!((r.amount_min_yuan, r.amount_yuan), (Some(lo), Some(hi)) if lo <= hi)
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RewardsFile {
    #[serde(default)]
    rewards: Vec<RegionalReward>,
}

/// Checks entries a user edited (ids unique and non-empty, texts complete, sane numbers).
pub fn validate_rewards(rewards: &[RegionalReward]) -> Result<(), Vec<PolicyError>> {
    let mut errors = Vec::new();
    let mut ids = HashSet::new();
    for r in rewards {
        let entry = r.id.clone();
        if r.id.trim().is_empty() || r.province.trim().is_empty() {
            errors.push(PolicyError::MissingText {
                entry: entry.clone(),
                field: if r.id.trim().is_empty() {
                    "id"
                } else {
                    "province"
                },
            });
        }
        if !ids.insert(r.id.as_str()) {
            errors.push(PolicyError::Duplicate {
                entry: entry.clone(),
            });
        }
        for (field, text) in [
            ("region", &r.region),
            ("amount", &r.amount),
            ("conditions", &r.conditions),
            ("source", &r.source),
        ] {
            if !text.is_complete() {
                errors.push(PolicyError::MissingText {
                    entry: entry.clone(),
                    field,
                });
            }
        }
        if r.office.as_ref().is_some_and(|o| !o.is_complete()) {
            errors.push(PolicyError::MissingText {
                entry: entry.clone(),
                field: "office",
            });
        }
        if !amount_consistent(r) {
            errors.push(PolicyError::Value {
                entry: entry.clone(),
                field: "basis",
            });
        }
        if r.amount_yuan.is_some_and(|a| a > MAX_REWARD_YUAN) {
            errors.push(PolicyError::Value {
                entry: entry.clone(),
                field: "amount_yuan",
            });
        }
        if r.policy_year.is_some_and(|y| !(1990..=2100).contains(&y)) {
            errors.push(PolicyError::Value {
                entry,
                field: "policy_year",
            });
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Parses and validates a rewards file.
pub fn parse_rewards(text: &str) -> Result<Vec<RegionalReward>, Vec<PolicyError>> {
    let file: RewardsFile = toml::from_str(text).map_err(|e| vec![syntax_error(text, &e)])?;
    validate_rewards(&file.rewards)?;
    Ok(file.rewards)
}

/// Writes rewards back as TOML (what `parse_rewards` reads).
pub fn rewards_to_toml(rewards: &[RegionalReward]) -> Result<String, PolicyError> {
    toml::to_string(&RewardsFile {
        rewards: rewards.to_vec(),
    })
    .map_err(|e| PolicyError::Syntax {
        line: None,
        detail: e.to_string(),
    })
}

keyed_enum! {
    /// A kind of support (Fluent ids `support-<key>-title|detail|conditions|source`).
    pub enum SupportId {
        FeeReduction = "fee-reduction",
        ExpeditedExamination = "expedited-examination",
        FilingAbroad = "filing-abroad",
        FilingSubsidy = "filing-subsidy",
        FirstInvention = "first-invention",
        CertificationReward = "certification-reward",
        PledgeFinancing = "pledge-financing",
        ServiceVouchers = "service-vouchers",
        StandardDiagnosis = "standard-diagnosis",
        InformationServices = "information-services",
        RightsProtection = "rights-protection",
    }
}

keyed_enum! {
    /// How sure the match is (Fluent ids `support-likelihood-<key>`): `likely` when the profile
    /// meets the stated condition (the firm still has to apply and be accepted), `possible` when
    /// it depends on facts the profile does not settle or on local programmes.
    pub enum Likelihood {
        Likely = "likely",
        Possible = "possible",
    }
}

/// One support possibility, with its source and conditions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Possibility {
    pub id: SupportId,
    pub likelihood: Likelihood,
    pub title: Text,
    pub detail: Text,
    pub conditions: Text,
    pub source: Text,
    /// The regional entry behind a certification reward.
    pub reward: Option<RegionalReward>,
    /// The entry was checked more than a year before the as-of date.
    pub stale: bool,
}

pub(crate) fn strip_region(s: &str) -> String {
    let t = s.trim();
    let suffixes = [
        "壮族自治区",
        "回族自治区",
        "维吾尔自治区",
        "特别行政区",
        "自治区",
        "省",
        "市",
    ];
    let t = suffixes
        .iter()
        .find_map(|suffix| t.strip_suffix(suffix).filter(|r| !r.is_empty()))
        .unwrap_or(t);
    t.trim().to_lowercase()
}

/// Whether a reward's region covers the profile's province and city. A city reward matches a
/// profile without a city (the firm may be located there).
pub fn region_matches(reward: &RegionalReward, profile: &Profile) -> bool {
    let province = strip_region(&profile.province);
    if province.is_empty() || province != strip_region(&reward.province) {
        return false;
    }
    match &reward.city {
        None => true,
        Some(city) => {
            let own = strip_region(&profile.city);
            own.is_empty() || own == strip_region(city)
        }
    }
}

fn text(id: SupportId, part: &str, args: &[(&'static str, Arg)]) -> Text {
    Text::Message(Message {
        id: format!("support-{}-{part}", id.key()).into(),
        args: args.to_vec(),
    })
}

fn possibility(id: SupportId, likelihood: Likelihood, args: &[(&'static str, Arg)]) -> Possibility {
    Possibility {
        id,
        likelihood,
        title: text(id, "title", args),
        detail: text(id, "detail", args),
        conditions: text(id, "conditions", args),
        source: text(id, "source", args),
        reward: None,
        stale: false,
    }
}

fn regional(reward: &RegionalReward, as_of: NaiveDate) -> Possibility {
    let stale = (as_of - reward.checked_on).num_days() > STALE_AFTER_DAYS;
    let checked = reward.checked_on.format("%Y-%m-%d").to_string();
    let detail = Message::new(if stale {
        "support-regional-detail-stale"
    } else {
        "support-regional-detail"
    })
    .arg("amount", reward.amount.clone())
    .arg("checked", checked);
    Possibility {
        id: SupportId::CertificationReward,
        likelihood: Likelihood::Possible,
        title: Message::new("support-regional-title")
            .arg("region", reward.region.clone())
            .into(),
        detail: detail.into(),
        conditions: reward.conditions.clone().into(),
        source: reward.source.clone().into(),
        reward: Some(reward.clone()),
        stale,
    }
}

/// Support possibilities for this profile, given the regional rewards data and an as-of date.
pub fn support(
    profile: &Profile,
    rewards: &[RegionalReward],
    as_of: NaiveDate,
) -> Vec<Possibility> {
    use Likelihood::{Likely, Possible};
    let size = profile.size_class().class;
    // The seed policy targets small and micro firms; an unknown size keeps them as possible.
    let seed = size.is_small_or_micro() || size == Size::Unknown;
    let size_arg = ("size", Arg::from(size.key()));
    let said_no = |t: TriageId| profile.triage.get(&t) == Some(&TriageAnswer::No);
    let patents = !said_no(TriageId::Patents) || profile.portfolio.patents() > 0;
    let mut out = Vec::new();
    if patents {
        match profile.taxable_income_wan {
            Some(x) if x < FEE_REDUCTION_INCOME_WAN => out.push(possibility(
                SupportId::FeeReduction,
                Likely,
                &[("income", Arg::from(x)), ("known", Arg::from("yes"))],
            )),
            Some(_) => {}
            None => out.push(possibility(
                SupportId::FeeReduction,
                Possible,
                &[("income", Arg::from(0.0)), ("known", Arg::from("no"))],
            )),
        }
        out.push(possibility(
            SupportId::ExpeditedExamination,
            Possible,
            std::slice::from_ref(&size_arg),
        ));
    }
    if seed && profile.triage.get(&TriageId::Export) == Some(&TriageAnswer::Yes) {
        out.push(possibility(SupportId::FilingAbroad, Possible, &[]));
    }
    if seed && patents {
        out.push(possibility(
            SupportId::FilingSubsidy,
            Possible,
            std::slice::from_ref(&size_arg),
        ));
        if profile.portfolio.invention_patents == 0 {
            out.push(possibility(SupportId::FirstInvention, Possible, &[]));
        }
    }
    let mut local: Vec<&RegionalReward> = rewards
        .iter()
        .filter(|r| region_matches(r, profile))
        .collect();
    local.sort_by_key(|r| (r.city.is_some(), std::cmp::Reverse(r.amount_yuan)));
    out.extend(local.into_iter().map(|r| regional(r, as_of)));
    if seed {
        out.push(possibility(
            SupportId::CertificationReward,
            Possible,
            std::slice::from_ref(&size_arg),
        ));
    }
    if profile.portfolio.registered_rights() > 0 {
        out.push(possibility(SupportId::PledgeFinancing, Possible, &[]));
    }
    if seed {
        for id in [
            SupportId::ServiceVouchers,
            SupportId::StandardDiagnosis,
            SupportId::InformationServices,
            SupportId::RightsProtection,
        ] {
            out.push(possibility(id, Possible, std::slice::from_ref(&size_arg)));
        }
    }
    out
}

/// The caveat printed above the list: possibilities, not entitlements.
pub fn disclaimer() -> Message {
    Message::new("support-disclaimer")
}
