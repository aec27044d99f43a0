#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Action texts name the function that acts ("知识产权管理负责人", "the person in charge of
//! HR"), never a department the client may not have: owners are assigned to the client's own
//! departments in the profile.

use ipms_readiness::catalogs::builtin;

/// Department names as a Chinese SME might (or might not) have them.
const ZH_UNITS: &[&str] = &[
    "知识产权",
    "人力资源",
    "人事",
    "法务",
    "研发",
    "技术",
    "财务",
    "采购",
    "销售",
    "市场",
    "生产",
    "行政",
    "质量",
    "信息",
    "外贸",
    "IT",
];

/// English department names: "<unit> department", "the IP office", and HR as the actor.
const EN_UNITS: &[&str] = &[
    "ip",
    "hr",
    "legal",
    "r&d",
    "finance",
    "purchasing",
    "procurement",
    "sales",
    "marketing",
    "production",
    "it",
    "admin",
    "administration",
    "personnel",
    "quality",
    "human resources",
];

fn zh_problems(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for unit in ZH_UNITS {
        for (at, _) in text.match_indices(unit) {
            let rest = &text[at + unit.len()..];
            // 部 / 部门 right after the unit, but not 部分 (part) or 部署 (deploy).
            if rest.starts_with('部') && !rest.starts_with("部分") && !rest.starts_with("部署")
            {
                out.push(format!("{unit}部"));
            }
        }
    }
    for name in ["总经办", "总经理办公室"] {
        if text.contains(name) {
            out.push(name.to_string());
        }
    }
    out
}

fn en_problems(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    for unit in EN_UNITS {
        for suffix in [" department", " dept", " office"] {
            let name = format!("{unit}{suffix}");
            let bounded = lower
                .match_indices(&name)
                .any(|(at, _)| at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphanumeric());
            if bounded {
                out.push(name);
            }
        }
    }
    if lower.contains("general manager's office") {
        out.push("general manager's office".into());
    }
    // "HR" as the one who acts: at the start of a sentence or clause.
    for lead in ["\"HR ", ". HR ", "; HR "] {
        if format!("\"{text}").contains(lead) {
            out.push(format!("{lead}…"));
        }
    }
    out
}

#[test]
fn actions_name_functions_not_departments() {
    let set = builtin().unwrap();
    let mut bad = Vec::new();
    for cat in [&set.gbt2023, &set.gbt2013] {
        for item in &cat.items {
            for p in zh_problems(&item.action.zh_cn) {
                bad.push(format!("{} zh-CN: {p}", item.id));
            }
            for p in en_problems(&item.action.en_us) {
                bad.push(format!("{} en-US: {p}", item.id));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} action texts name departments:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn the_checker_catches_department_names() {
    assert_eq!(
        zh_problems("由知识产权部门牵头，人力资源部配合"),
        ["知识产权部", "人力资源部"]
    );
    assert!(zh_problems("知识产权管理负责人会同负责人事的部门，部分由各部门落实").is_empty());
    assert_eq!(
        en_problems("HR adds a clause; the IP office checks it with the sales department."),
        ["ip office", "sales department", "\"HR …"]
    );
    assert!(
        en_problems("The person in charge of HR and the IP lead agree; each department signs.")
            .is_empty()
    );
}
