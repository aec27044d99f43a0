//! Names of the client's departments and people as shown and printed.

use super::{Arg, tr, tr_args};
use crate::locale::Locale;
use crate::model::catalog::Department;
use crate::model::org::{OrgError, Organisation, Role, Unit};

/// A catalogue function's name (主责/配合 chips, the 职能分配表).
pub fn function_name(l: Locale, function: Department) -> String {
    tr(l, &format!("function-{}", function.key()))
}

/// A department's name: the client's own, else the standard name of its first function.
pub fn unit_name(l: Locale, unit: &Unit) -> String {
    let own = unit.name.trim();
    if !own.is_empty() {
        return own.to_owned();
    }
    unit.name_function()
        .map(|f| tr(l, &format!("department-{}", f.key())))
        .unwrap_or_default()
}

/// The name of the department with this id; a removed department says so with its id.
pub fn unit_name_by_id(l: Locale, org: &Organisation, id: &str) -> String {
    match org.unit(id) {
        Some(u) => unit_name(l, u),
        None => tr_args(l, "org-unit-missing", &[("id", Arg::from(id))]),
    }
}

/// An owner as shown in the plan: the person with their department, or the department.
pub fn owner_name(l: Locale, org: &Organisation, unit: &str, person: Option<&str>) -> String {
    let unit_text = unit_name_by_id(l, org, unit);
    match person.map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => tr_args(
            l,
            "org-person-in-unit",
            &[("person", Arg::from(p)), ("unit", Arg::from(unit_text))],
        ),
        None => unit_text,
    }
}

pub fn role_name(l: Locale, role: Role) -> String {
    tr(l, &format!("org-role-{}", role.key()))
}

/// What is wrong with an organisation, in words.
pub fn org_error_text(l: Locale, err: &OrgError) -> String {
    let n = |index: usize| Arg::from(index + 1);
    match err {
        OrgError::UnitUnnamed { index } => {
            tr_args(l, "org-error-unit-unnamed", &[("n", n(*index))])
        }
        OrgError::UnitNameTwice { name } => tr_args(
            l,
            "org-error-unit-name-twice",
            &[("name", Arg::from(name.as_str()))],
        ),
        OrgError::UnitWithoutFunction { index } => {
            tr_args(l, "org-error-unit-without-function", &[("n", n(*index))])
        }
        OrgError::LeadTwice { function } => tr_args(
            l,
            "org-error-lead-twice",
            &[("function", Arg::from(function_name(l, *function)))],
        ),
        OrgError::PersonUnnamed { index } => {
            tr_args(l, "org-error-person-unnamed", &[("n", n(*index))])
        }
        OrgError::PersonUnitMissing { index } => {
            tr_args(l, "org-error-person-unit-missing", &[("n", n(*index))])
        }
    }
}
