//! Which regional rewards and national measures apply to a firm's province and city, and how
//! far each entry can still be trusted (policy year and last check).
//!
//! The data is `assets/policies/regional-rewards.toml` (or the user's copy), parsed by
//! `support::parse_rewards`. The profile stores province and city as text, so places are
//! compared without their administrative suffix ("广东省" = "广东", "顺德区" = "顺德").

use super::keyed::keyed_enum;
use super::support::{RegionalReward, RewardKind};
use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;
use std::collections::HashSet;

/// The province written for a measure that applies everywhere.
pub const NATIONAL: &str = "全国";

/// A policy more than this many years older than the as-of year, or an entry not re-checked
/// for this long, is flagged stale.
pub const STALE_AFTER_YEARS: u32 = 2;

/// The province-level divisions a profile can name, in their full official form.
pub const PROVINCES: [&str; 34] = [
    "北京市",
    "天津市",
    "河北省",
    "山西省",
    "内蒙古自治区",
    "辽宁省",
    "吉林省",
    "黑龙江省",
    "上海市",
    "江苏省",
    "浙江省",
    "安徽省",
    "福建省",
    "江西省",
    "山东省",
    "河南省",
    "湖北省",
    "湖南省",
    "广东省",
    "广西壮族自治区",
    "海南省",
    "重庆市",
    "四川省",
    "贵州省",
    "云南省",
    "西藏自治区",
    "陕西省",
    "甘肃省",
    "青海省",
    "宁夏回族自治区",
    "新疆维吾尔自治区",
    "台湾省",
    "香港特别行政区",
    "澳门特别行政区",
];

const SUFFIXES: [&str; 13] = [
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "地区",
    "省",
    "市",
    "区",
    "县",
    "盟",
    "旗",
];

/// A place name without its administrative suffix, for comparison.
pub fn place_key(name: &str) -> String {
    let t = name.trim();
    SUFFIXES
        .iter()
        .find_map(|s| t.strip_suffix(s).filter(|rest| !rest.is_empty()))
        .unwrap_or(t)
        .trim()
        .to_lowercase()
}

/// Whether `name` is a province-level division (with or without its suffix).
pub fn is_province(name: &str) -> bool {
    let key = place_key(name);
    !key.is_empty() && PROVINCES.iter().any(|p| place_key(p) == key)
}

keyed_enum! {
    /// The level of government behind an entry.
    pub enum Level {
        National = "national",
        Province = "province",
        City = "city",
        District = "district",
    }
}

/// Why an entry should be re-checked before anyone relies on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Staleness {
    /// The policy year lies more than [`STALE_AFTER_YEARS`] before the as-of year.
    pub policy_old: bool,
    /// The source gives no policy year.
    pub undated: bool,
    /// Nobody has checked the entry against its source for [`STALE_AFTER_YEARS`] years.
    pub check_old: bool,
}

impl Staleness {
    pub fn is_stale(&self) -> bool {
        self.policy_old || self.undated || self.check_old
    }
}

/// How old an entry is on `as_of`.
pub fn staleness(reward: &RegionalReward, as_of: NaiveDate) -> Staleness {
    let years = STALE_AFTER_YEARS as i32;
    let check_limit = reward
        .checked_on
        .checked_add_months(Months::new(12 * STALE_AFTER_YEARS));
    Staleness {
        policy_old: reward.policy_year.is_some_and(|y| y + years < as_of.year()),
        undated: reward.policy_year.is_none(),
        check_old: check_limit.is_none_or(|limit| limit < as_of),
    }
}

/// An entry that applies to the firm's place.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Applicable<'a> {
    pub reward: &'a RegionalReward,
    pub level: Level,
    /// The profile's own province and city select the entry. `false` when the entry is for a
    /// city or district the profile does not name (the firm may be located there).
    pub confirmed: bool,
    pub staleness: Staleness,
}

/// The level of an entry and whether the firm's place confirms it; `None` when it does not
/// apply there. `implied` holds the cities of districts the profile named in its city field.
fn locate(
    reward: &RegionalReward,
    province: &str,
    own: &str,
    implied: &HashSet<String>,
) -> Option<(Level, bool)> {
    if reward.province.trim() == NATIONAL {
        return Some((Level::National, true));
    }
    if province.is_empty() || province != place_key(&reward.province) {
        return None;
    }
    let Some(entry_city) = &reward.city else {
        return Some((Level::Province, true));
    };
    let entry_city = place_key(entry_city);
    if let Some(district) = &reward.district {
        // A municipality's profile names its district as the city (北京市 / 海淀区), and people
        // type their district there too.
        if !own.is_empty() && own == place_key(district) {
            return Some((Level::District, true));
        }
        return (own.is_empty() || own == entry_city).then_some((Level::District, false));
    }
    if own.is_empty() {
        return Some((Level::City, false));
    }
    (own == entry_city || implied.contains(&entry_city)).then_some((Level::City, true))
}

/// The entries that apply to a firm in `province` / `city` on `as_of`: money before other
/// measures, entries the profile confirms before possible ones, the most local first, larger
/// amounts first. A district written as the city (顺德区) also selects its city's entries.
pub fn applicable<'a>(
    rewards: &'a [RegionalReward],
    province: &str,
    city: &str,
    as_of: NaiveDate,
) -> Vec<Applicable<'a>> {
    let province = place_key(province);
    let own = place_key(city);
    let implied: HashSet<String> = rewards
        .iter()
        .filter(|r| place_key(&r.province) == province)
        .filter(|r| {
            r.district
                .as_deref()
                .is_some_and(|d| !own.is_empty() && place_key(d) == own)
        })
        .filter_map(|r| r.city.as_deref().map(place_key))
        .collect();
    let mut out: Vec<Applicable<'a>> = rewards
        .iter()
        .filter_map(|reward| {
            locate(reward, &province, &own, &implied).map(|(level, confirmed)| Applicable {
                reward,
                level,
                confirmed,
                staleness: staleness(reward, as_of),
            })
        })
        .collect();
    out.sort_by_key(|a| {
        (
            a.reward.kind != RewardKind::Money,
            !a.confirmed,
            std::cmp::Reverse(a.level),
            std::cmp::Reverse(a.reward.amount_yuan),
        )
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_keys_drop_one_suffix() {
        assert_eq!(place_key(" 广东省 "), "广东");
        assert_eq!(place_key("内蒙古自治区"), "内蒙古");
        assert_eq!(place_key("大兴安岭地区"), "大兴安岭");
        assert_eq!(place_key("顺德区"), place_key("顺德"));
        assert_eq!(place_key("市"), "市", "a bare suffix stays");
        assert_eq!(place_key("郑州市"), place_key("郑州"));
        assert!(is_province("广西") && is_province("新疆维吾尔自治区"));
        assert!(!is_province("深圳") && !is_province(""));
    }
}
