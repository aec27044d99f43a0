//! The enterprise profile: a snapshot per assessment of who the client is — identity, industry
//! and size indicators, existing management systems, IP portfolio, organisation and triage.
//!
//! `Profile::validate` rejects impossible values with translated reasons; the unified social
//! credit code is checked against its GB 32100-2015 check digit.

use super::assessment::Triage;
use super::catalog::Department;
use super::keyed::keyed_enum;
use super::org::Organisation;
use super::sizeclass::{self, SizeClass};
use crate::error::Localize;
use serde::{Deserialize, Serialize};

keyed_enum! {
    /// The 16 industries of 工信部联企业〔2011〕300号 (Fluent ids `industry-<key>`).
    pub enum Industry {
        Agriculture = "agriculture",
        Industry = "industry",
        Construction = "construction",
        Wholesale = "wholesale",
        Retail = "retail",
        Transport = "transport",
        Warehousing = "warehousing",
        Postal = "postal",
        Accommodation = "accommodation",
        Catering = "catering",
        InformationTransmission = "information-transmission",
        SoftwareIt = "software-it",
        RealEstate = "real-estate",
        PropertyManagement = "property-management",
        LeasingBusiness = "leasing-business",
        Other = "other",
    }
}

keyed_enum! {
    /// Who does IP work today (Fluent ids `ip-function-<key>`).
    pub enum IpFunction {
        None = "none",
        PartTime = "part-time",
        FullTime = "full-time",
        Department = "department",
    }
}

impl Default for IpFunction {
    fn default() -> Self {
        IpFunction::None
    }
}

keyed_enum! {
    /// Certified or implemented management systems (Fluent ids `mgmt-system-<key>`).
    pub enum MgmtSystem {
        Iso9001 = "iso-9001",
        Iso14001 = "iso-14001",
        Iso45001 = "iso-45001",
        Iso27001 = "iso-27001",
    }
}

/// IP rights held (counts of valid rights; trade secrets are those declared and managed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct IpPortfolio {
    pub invention_patents: i64,
    pub utility_models: i64,
    pub designs: i64,
    pub trademarks: i64,
    pub software_copyrights: i64,
    pub other_copyrights: i64,
    pub trade_secrets: i64,
}

impl IpPortfolio {
    /// Every count with its field key, in display order.
    pub fn counts(&self) -> [(ProfileField, i64); 7] {
        [
            (ProfileField::InventionPatents, self.invention_patents),
            (ProfileField::UtilityModels, self.utility_models),
            (ProfileField::Designs, self.designs),
            (ProfileField::Trademarks, self.trademarks),
            (ProfileField::SoftwareCopyrights, self.software_copyrights),
            (ProfileField::OtherCopyrights, self.other_copyrights),
            (ProfileField::TradeSecrets, self.trade_secrets),
        ]
    }

    /// Registered rights (patents, trademarks, copyrights) — trade secrets are not registered.
    pub fn registered_rights(&self) -> i64 {
        [
            self.invention_patents,
            self.utility_models,
            self.designs,
            self.trademarks,
            self.software_copyrights,
            self.other_copyrights,
        ]
        .iter()
        .map(|n| (*n).max(0))
        .sum()
    }

    pub fn patents(&self) -> i64 {
        self.invention_patents.max(0) + self.utility_models.max(0) + self.designs.max(0)
    }
}

/// The enterprise profile of one assessment.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub name: String,
    /// Unified social credit code (统一社会信用代码), 18 characters; empty when not given.
    pub uscc: String,
    pub province: String,
    pub city: String,
    pub industry: Option<Industry>,
    /// 从业人员 (persons).
    pub employees: Option<i64>,
    /// 营业收入, 万元.
    pub revenue_wan: Option<f64>,
    /// 资产总额, 万元.
    pub assets_wan: Option<f64>,
    /// Prior-year taxable income (上年度应纳税所得额), 万元; 0 for a loss year.
    pub taxable_income_wan: Option<f64>,
    pub systems: Vec<MgmtSystem>,
    /// Other management systems, free text.
    pub other_systems: String,
    /// The client has no management system yet (said, not just left empty).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub no_systems: bool,
    pub portfolio: IpPortfolio,
    /// People working on IP (full-time equivalents are fine).
    pub ip_staff: Option<i64>,
    pub departments: Vec<Department>,
    /// The client's own departments and people; empty means "not recorded" (a proposal from
    /// `departments` stands in, see [`Profile::organisation`]).
    pub organisation: Organisation,
    pub ip_function: IpFunction,
    pub business_licence_valid: Option<bool>,
    pub triage: Triage,
}

keyed_enum! {
    /// A profile field, keyed by its serde name (Fluent ids `profile-field-<key>`), so a form
    /// can highlight the field an error names.
    pub enum ProfileField {
        Name = "name",
        Uscc = "uscc",
        Province = "province",
        City = "city",
        Industry = "industry",
        Employees = "employees",
        RevenueWan = "revenue_wan",
        AssetsWan = "assets_wan",
        TaxableIncomeWan = "taxable_income_wan",
        OtherSystems = "other_systems",
        IpStaff = "ip_staff",
        InventionPatents = "invention_patents",
        UtilityModels = "utility_models",
        Designs = "designs",
        Trademarks = "trademarks",
        SoftwareCopyrights = "software_copyrights",
        OtherCopyrights = "other_copyrights",
        TradeSecrets = "trade_secrets",
    }
}

/// Largest plausible head count (the largest employers in the world stay below this).
pub const MAX_EMPLOYEES: i64 = 5_000_000;
/// Largest plausible revenue or taxable income in 万元 (10 trillion yuan).
pub const MAX_REVENUE_WAN: f64 = 1.0e9;
/// Largest plausible total assets in 万元 (100 trillion yuan).
pub const MAX_ASSETS_WAN: f64 = 1.0e10;
/// Largest plausible count of rights of one kind.
pub const MAX_RIGHTS: i64 = 1_000_000;
/// Longest accepted free-text field, in characters.
pub const MAX_TEXT: usize = 200;

/// Why a unified social credit code is malformed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsccError {
    /// Not 18 characters long (the count found).
    Length(usize),
    /// A character outside the code's alphabet, at a 1-based position.
    Character { position: usize, found: char },
    /// Positions 3–8 must be the digits of an administrative division code.
    Division,
    /// The 18th character does not match the check digit of the first 17.
    CheckDigit { expected: char, found: char },
}

/// The alphabet of GB 32100: digits and capitals without I, O, S, V, Z.
const USCC_ALPHABET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/// Position weights: 3^i mod 31.
const USCC_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

fn uscc_value(c: char) -> Option<u32> {
    USCC_ALPHABET.find(c).map(|i| i as u32)
}

/// The check character for the first 17 characters of a code (upper-case), or `None` when
/// they are not 17 characters of the code alphabet.
pub fn uscc_check_char(first17: &str) -> Option<char> {
    let values: Vec<u32> = first17.chars().map(uscc_value).collect::<Option<_>>()?;
    if values.len() != 17 {
        return None;
    }
    let sum: u32 = values.iter().zip(USCC_WEIGHTS).map(|(v, w)| v * w).sum();
    let check = (31 - sum % 31) % 31;
    USCC_ALPHABET.chars().nth(check as usize)
}

/// Validates a unified social credit code (case-insensitive, surrounding spaces ignored).
pub fn validate_uscc(code: &str) -> Result<(), UsccError> {
    let code = code.trim().to_ascii_uppercase();
    let chars: Vec<char> = code.chars().collect();
    if chars.len() != 18 {
        return Err(UsccError::Length(chars.len()));
    }
    if let Some((i, c)) = chars
        .iter()
        .enumerate()
        .find(|(_, c)| uscc_value(**c).is_none())
    {
        return Err(UsccError::Character {
            position: i + 1,
            found: *c,
        });
    }
    if !chars[2..8].iter().all(char::is_ascii_digit) {
        return Err(UsccError::Division);
    }
    let first17: String = chars[..17].iter().collect();
    let expected = uscc_check_char(&first17).unwrap_or('?');
    if expected == chars[17] {
        Ok(())
    } else {
        Err(UsccError::CheckDigit {
            expected,
            found: chars[17],
        })
    }
}

/// An impossible or malformed profile value.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProfileError {
    #[error("the organization name is empty")]
    NameEmpty,
    #[error("{field} is longer than {max} characters")]
    TooLong { field: ProfileField, max: usize },
    #[error("{field} must lie between {min} and {max}")]
    OutOfRange {
        field: ProfileField,
        min: String,
        max: String,
    },
    #[error("the unified social credit code is malformed: {0:?}")]
    Uscc(UsccError),
    #[error("IP staff ({ip_staff}) exceeds employees ({employees})")]
    IpStaffExceedsEmployees { ip_staff: i64, employees: i64 },
}

impl ProfileError {
    /// The field the error is about.
    pub fn field(&self) -> ProfileField {
        match self {
            ProfileError::NameEmpty => ProfileField::Name,
            ProfileError::TooLong { field, .. } | ProfileError::OutOfRange { field, .. } => *field,
            ProfileError::Uscc(_) => ProfileField::Uscc,
            ProfileError::IpStaffExceedsEmployees { .. } => ProfileField::IpStaff,
        }
    }
}

impl Localize for ProfileError {
    fn message_id(&self) -> &'static str {
        match self {
            ProfileError::NameEmpty => "err-profile-name-empty",
            ProfileError::TooLong { .. } => "err-profile-too-long",
            ProfileError::OutOfRange { .. } => "err-profile-out-of-range",
            ProfileError::Uscc(UsccError::Length(_)) => "err-profile-uscc-length",
            ProfileError::Uscc(UsccError::Character { .. }) => "err-profile-uscc-character",
            ProfileError::Uscc(UsccError::Division) => "err-profile-uscc-division",
            ProfileError::Uscc(UsccError::CheckDigit { .. }) => "err-profile-uscc-check",
            ProfileError::IpStaffExceedsEmployees { .. } => "err-profile-ip-staff",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            ProfileError::NameEmpty | ProfileError::Uscc(UsccError::Division) => Vec::new(),
            ProfileError::TooLong { field, max } => {
                vec![("field", field.key().to_string()), ("max", max.to_string())]
            }
            ProfileError::OutOfRange { field, min, max } => vec![
                ("field", field.key().to_string()),
                ("min", min.clone()),
                ("max", max.clone()),
            ],
            ProfileError::Uscc(UsccError::Length(n)) => vec![("count", n.to_string())],
            ProfileError::Uscc(UsccError::Character { position, found }) => vec![
                ("position", position.to_string()),
                ("found", found.to_string()),
            ],
            ProfileError::Uscc(UsccError::CheckDigit { expected, found }) => vec![
                ("expected", expected.to_string()),
                ("found", found.to_string()),
            ],
            ProfileError::IpStaffExceedsEmployees {
                ip_staff,
                employees,
            } => vec![
                ("ip_staff", ip_staff.to_string()),
                ("employees", employees.to_string()),
            ],
        }
    }
}

fn check_count(errors: &mut Vec<ProfileError>, field: ProfileField, value: i64, max: i64) {
    if !(0..=max).contains(&value) {
        errors.push(ProfileError::OutOfRange {
            field,
            min: "0".into(),
            max: max.to_string(),
        });
    }
}

fn check_amount(errors: &mut Vec<ProfileError>, field: ProfileField, value: f64, max: f64) {
    if !value.is_finite() || !(0.0..=max).contains(&value) {
        errors.push(ProfileError::OutOfRange {
            field,
            min: "0".into(),
            max: format!("{max}"),
        });
    }
}

fn check_text(errors: &mut Vec<ProfileError>, field: ProfileField, value: &str) {
    if value.chars().count() > MAX_TEXT {
        errors.push(ProfileError::TooLong {
            field,
            max: MAX_TEXT,
        });
    }
}

impl Profile {
    /// Checks every field; returns all problems, in field order.
    pub fn validate(&self) -> Result<(), Vec<ProfileError>> {
        let mut errors = Vec::new();
        if self.name.trim().is_empty() {
            errors.push(ProfileError::NameEmpty);
        }
        check_text(&mut errors, ProfileField::Name, &self.name);
        if !self.uscc.trim().is_empty() {
            if let Err(e) = validate_uscc(&self.uscc) {
                errors.push(ProfileError::Uscc(e));
            }
        }
        check_text(&mut errors, ProfileField::Province, &self.province);
        check_text(&mut errors, ProfileField::City, &self.city);
        if let Some(n) = self.employees {
            check_count(&mut errors, ProfileField::Employees, n, MAX_EMPLOYEES);
        }
        let amounts = [
            (ProfileField::RevenueWan, self.revenue_wan, MAX_REVENUE_WAN),
            (ProfileField::AssetsWan, self.assets_wan, MAX_ASSETS_WAN),
            (
                ProfileField::TaxableIncomeWan,
                self.taxable_income_wan,
                MAX_REVENUE_WAN,
            ),
        ];
        for (field, value, max) in amounts {
            if let Some(v) = value {
                check_amount(&mut errors, field, v, max);
            }
        }
        check_text(&mut errors, ProfileField::OtherSystems, &self.other_systems);
        if let Some(n) = self.ip_staff {
            check_count(&mut errors, ProfileField::IpStaff, n, MAX_EMPLOYEES);
            let employees = self.employees.filter(|e| (0..=MAX_EMPLOYEES).contains(e));
            if let Some(e) = employees.filter(|e| n > *e) {
                errors.push(ProfileError::IpStaffExceedsEmployees {
                    ip_staff: n,
                    employees: e,
                });
            }
        }
        for (field, n) in self.portfolio.counts() {
            check_count(&mut errors, field, n, MAX_RIGHTS);
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// The size class from the profile's industry and indicators (bundled 2011 thresholds).
    pub fn size_class(&self) -> SizeClass {
        match self.industry {
            Some(industry) => sizeclass::classify(
                industry,
                self.employees.and_then(|n| u64::try_from(n).ok()),
                self.revenue_wan,
                self.assets_wan,
            ),
            None => sizeclass::no_industry(),
        }
    }

    /// The client's organisation: the recorded one, else the proposal from the ticked
    /// functions (with any people recorded).
    pub fn organisation(&self) -> Organisation {
        if self.organisation.units.is_empty() {
            Organisation {
                people: self.organisation.people.clone(),
                ..Organisation::proposed(&self.departments)
            }
        } else {
            self.organisation.clone()
        }
    }

    /// Whether the organization has this department (an empty list means "not recorded",
    /// which is treated as having every department).
    pub fn has_department(&self, department: Department) -> bool {
        self.departments.is_empty() || self.departments.contains(&department)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_char_matches_published_codes() {
        // Public registration codes of well-known companies.
        for code in [
            "914403001922038216",
            "91440300708461136T",
            "91330100799655058B",
        ] {
            assert_eq!(validate_uscc(code), Ok(()), "{code}");
            assert_eq!(uscc_check_char(&code[..17]), code.chars().nth(17));
        }
    }

    #[test]
    fn rejects_bad_codes() {
        assert_eq!(validate_uscc("12345"), Err(UsccError::Length(5)));
        assert!(matches!(
            validate_uscc("91440300708461136I"),
            Err(UsccError::Character { position: 18, .. })
        ));
        assert!(matches!(
            validate_uscc("914403007084611360"),
            Err(UsccError::CheckDigit { expected: 'T', .. })
        ));
        assert_eq!(
            validate_uscc("91A40300708461136T"),
            Err(UsccError::Division)
        );
    }
}
