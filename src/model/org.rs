//! The client's own organisation (职能分配表): its departments under the client's own names,
//! each taking on catalogue functions as lead (主责) or support (配合), and the named people
//! (管代, IP lead, internal auditors, department heads).
//!
//! A profile that records none gets a proposal from the ticked functions: one department per
//! function the client has, plus management, with the functions it lacks assigned to the
//! department that usually carries them in a small firm. A manager who does nothing still gets
//! interview lists and owners that name only departments the firm has.

use serde::{Deserialize, Serialize};

use super::catalog::Department;
use super::keyed::keyed_enum;

keyed_enum! {
    /// A person's part in the management system (Fluent ids `org-role-<key>`).
    pub enum Role {
        /// 管理者代表.
        Representative = "representative",
        /// 知识产权负责人 / 专员.
        IpLead = "ip-lead",
        /// 内审员.
        InternalAuditor = "internal-auditor",
        /// 部门负责人.
        DepartmentHead = "department-head",
        Other = "other",
    }
}

/// One department of the client.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Unit {
    /// Stable id: a function key for proposed departments, `u1`, `u2`, … for added ones.
    pub id: String,
    /// The client's name for it; empty means "the standard name of its first lead function".
    pub name: String,
    /// Functions this department leads (主责).
    pub lead: Vec<Department>,
    /// Functions it supports (配合).
    pub support: Vec<Department>,
}

impl Unit {
    fn proposed(function: Department) -> Self {
        Unit {
            id: function.key().to_owned(),
            name: String::new(),
            lead: vec![function],
            support: Vec::new(),
        }
    }

    /// Whether this department leads or supports the function.
    pub fn covers(&self, function: Department) -> bool {
        self.lead.contains(&function) || self.support.contains(&function)
    }

    /// Whether it takes part in an item asked of any of these functions.
    pub fn covers_any(&self, functions: &[Department]) -> bool {
        functions.iter().any(|f| self.covers(*f))
    }

    /// Every function it leads or supports, leads first.
    pub fn functions(&self) -> Vec<Department> {
        let mut all = self.lead.clone();
        all.extend(self.support.iter().filter(|f| !self.lead.contains(f)));
        all
    }

    /// The function whose standard name stands in for an empty name.
    pub fn name_function(&self) -> Option<Department> {
        self.lead.first().or(self.support.first()).copied()
    }
}

/// A named person of the client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub role: Role,
    /// The department's id; `None` when not given.
    #[serde(default)]
    pub unit: Option<String>,
}

/// The client's departments and people.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Organisation {
    pub units: Vec<Unit>,
    pub people: Vec<Person>,
}

/// What is wrong with a recorded organisation (Fluent ids `org-error-<key>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrgError {
    /// A department has neither a name nor a function to take one from.
    UnitUnnamed {
        index: usize,
    },
    /// Two departments show the same name.
    UnitNameTwice {
        name: String,
    },
    /// A department neither leads nor supports any function.
    UnitWithoutFunction {
        index: usize,
    },
    /// A function has two lead departments.
    LeadTwice {
        function: Department,
    },
    PersonUnnamed {
        index: usize,
    },
    /// A person belongs to a department that is not in the list.
    PersonUnitMissing {
        index: usize,
    },
}

/// Where a function the client lacks is carried by default, in order of preference.
fn fallback_hosts(function: Department) -> &'static [Department] {
    use Department::{AdminIt, Finance, Hr, IpOffice, Legal, Research, TopManagement};
    match function {
        // In a small firm the R&D department usually files and watches patents.
        IpOffice => &[Research, AdminIt, TopManagement],
        Legal => &[AdminIt, IpOffice, TopManagement],
        Hr | Finance => &[AdminIt, TopManagement],
        _ => &[AdminIt, TopManagement],
    }
}

impl Organisation {
    /// The proposal for a client that ticked these functions (none ticked: all of them).
    /// Management is always there; every function the client lacks is led by the first
    /// fallback host it has.
    pub fn proposed(ticked: &[Department]) -> Self {
        let has = |d: Department| ticked.is_empty() || ticked.contains(&d);
        let mut units: Vec<Unit> = Department::ALL
            .iter()
            .copied()
            .filter(|d| has(*d) || *d == Department::TopManagement)
            .map(Unit::proposed)
            .collect();
        for missing in Department::ALL.iter().copied().filter(|d| !has(*d)) {
            if missing == Department::TopManagement {
                continue;
            }
            let host = fallback_hosts(missing)
                .iter()
                .find_map(|h| units.iter().position(|u| u.lead.first() == Some(h)))
                .unwrap_or(0);
            units[host].lead.push(missing);
        }
        Organisation {
            units,
            people: Vec::new(),
        }
    }

    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.id == id)
    }

    /// The department that leads the function: its lead, else the first that supports it.
    pub fn lead_of(&self, function: Department) -> Option<&Unit> {
        self.units
            .iter()
            .find(|u| u.lead.contains(&function))
            .or_else(|| self.units.iter().find(|u| u.support.contains(&function)))
    }

    /// Departments that take part in an item asked of these functions, in list order.
    pub fn units_for<'a>(&'a self, functions: &'a [Department]) -> impl Iterator<Item = &'a Unit> {
        self.units.iter().filter(move |u| u.covers_any(functions))
    }

    /// The department that owns an action on an item asked of these functions: a department
    /// whose main (first) function is one of them, else the lead of the first function that
    /// has one, else a supporter, else the lead of the IP function, else the first department.
    pub fn owner_for(&self, functions: &[Department]) -> Option<&Unit> {
        functions
            .iter()
            .find_map(|f| self.units.iter().find(|u| u.lead.first() == Some(f)))
            .or_else(|| {
                functions
                    .iter()
                    .find_map(|f| self.units.iter().find(|u| u.lead.contains(f)))
            })
            .or_else(|| functions.iter().find_map(|f| self.lead_of(*f)))
            .or_else(|| self.lead_of(Department::IpOffice))
            .or_else(|| self.units.first())
    }

    /// Functions no department leads or supports.
    pub fn unassigned(&self) -> Vec<Department> {
        Department::ALL
            .iter()
            .copied()
            .filter(|f| self.lead_of(*f).is_none())
            .collect()
    }

    /// A fresh id for an added department.
    pub fn next_unit_id(&self) -> String {
        // One more number than there are departments always leaves a free one.
        (1..=self.units.len() + 1)
            .map(|n| format!("u{n}"))
            .find(|id| self.unit(id).is_none())
            .unwrap_or_default()
    }

    /// People holding a role.
    pub fn with_role(&self, role: Role) -> impl Iterator<Item = &Person> {
        self.people.iter().filter(move |p| p.role == role)
    }

    /// The head of a department, if named.
    pub fn head_of(&self, unit_id: &str) -> Option<&Person> {
        self.people
            .iter()
            .find(|p| p.role == Role::DepartmentHead && p.unit.as_deref() == Some(unit_id))
    }

    /// Checks a recorded organisation. `display_name` gives the name shown for a department
    /// (the client's name, or its function's standard name when empty).
    pub fn validate(&self, display_name: impl Fn(&Unit) -> String) -> Result<(), Vec<OrgError>> {
        let mut errors = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        for (index, u) in self.units.iter().enumerate() {
            if u.lead.is_empty() && u.support.is_empty() {
                errors.push(OrgError::UnitWithoutFunction { index });
            }
            let name = display_name(u).trim().to_owned();
            if name.is_empty() {
                errors.push(OrgError::UnitUnnamed { index });
            } else if seen.contains(&name) {
                errors.push(OrgError::UnitNameTwice { name });
            } else {
                seen.push(name);
            }
        }
        for function in Department::ALL.iter().copied() {
            if self
                .units
                .iter()
                .filter(|u| u.lead.contains(&function))
                .count()
                > 1
            {
                errors.push(OrgError::LeadTwice { function });
            }
        }
        for (index, p) in self.people.iter().enumerate() {
            if p.name.trim().is_empty() {
                errors.push(OrgError::PersonUnnamed { index });
            }
            if p.unit.as_deref().is_some_and(|id| self.unit(id).is_none()) {
                errors.push(OrgError::PersonUnitMissing { index });
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Department::{AdminIt, IpOffice, Legal, Production, Research, Sales, TopManagement};

    fn unit(id: &str, name: &str, lead: &[Department], support: &[Department]) -> Unit {
        Unit {
            id: id.into(),
            name: name.into(),
            lead: lead.to_vec(),
            support: support.to_vec(),
        }
    }

    #[test]
    fn proposal_names_only_ticked_functions_and_hosts_the_rest() {
        let org = Organisation::proposed(&[Research, Production, Sales, AdminIt]);
        let ids: Vec<&str> = org.units.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "top-management",
                "research",
                "production",
                "sales",
                "admin-it"
            ]
        );
        assert_eq!(org.lead_of(IpOffice).unwrap().id, "research");
        assert_eq!(org.lead_of(Legal).unwrap().id, "admin-it");
        assert!(org.unassigned().is_empty());
    }

    #[test]
    fn nothing_ticked_proposes_every_function() {
        let org = Organisation::proposed(&[]);
        assert_eq!(org.units.len(), Department::ALL.len());
        assert!(org.units.iter().all(|u| u.lead.len() == 1));
    }

    #[test]
    fn a_firm_with_only_management_gets_everything_there() {
        let org = Organisation::proposed(&[TopManagement]);
        assert_eq!(org.units.len(), 1);
        assert_eq!(org.units[0].lead.len(), Department::ALL.len());
    }

    #[test]
    fn owner_prefers_a_lead_over_a_supporter() {
        let org = Organisation {
            units: vec![
                unit("u1", "品质部", &[Production], &[Research]),
                unit("u2", "工程部", &[Research, IpOffice], &[]),
            ],
            people: vec![],
        };
        assert_eq!(org.owner_for(&[Research]).unwrap().id, "u2");
        assert_eq!(org.units_for(&[Research]).count(), 2);
        assert_eq!(org.owner_for(&[Sales]).unwrap().id, "u2");
        assert_eq!(org.next_unit_id(), "u3");
    }

    #[test]
    fn validation_names_each_problem() {
        let org = Organisation {
            units: vec![
                unit("u1", "品质部", &[Production], &[]),
                unit("u2", "品质部", &[Production], &[]),
                unit("u3", "", &[], &[]),
            ],
            people: vec![Person {
                name: " ".into(),
                role: Role::InternalAuditor,
                unit: Some("u9".into()),
            }],
        };
        let errors = org.validate(|u| u.name.clone()).unwrap_err();
        assert!(errors.contains(&OrgError::UnitNameTwice {
            name: "品质部".into()
        }));
        assert!(errors.contains(&OrgError::UnitUnnamed { index: 2 }));
        assert!(errors.contains(&OrgError::UnitWithoutFunction { index: 2 }));
        assert!(errors.contains(&OrgError::LeadTwice {
            function: Production
        }));
        assert!(errors.contains(&OrgError::PersonUnnamed { index: 0 }));
        assert!(errors.contains(&OrgError::PersonUnitMissing { index: 0 }));
    }
}
