#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Both locales have the same messages, attributes and variables; every message formats; every
//! id the code uses exists.

use fluent_syntax::ast;
use ipms_readiness::i18n::{self, FILES};
use ipms_readiness::locale::Locale;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Message id → (attribute names, variable names).
type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn vars_in(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            vars_in_expr(expression, out);
        }
    }
}

fn vars_in_expr(expr: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expr {
        ast::Expression::Inline(inline) => vars_in_inline(inline, out),
        ast::Expression::Select { selector, variants } => {
            vars_in_inline(selector, out);
            for v in variants {
                vars_in(&v.value, out);
            }
        }
    }
}

fn vars_in_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                vars_in_inline(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => vars_in_expr(expression, out),
        _ => {}
    }
}

fn shape(locale: Locale) -> Shape {
    let mut shape = Shape::new();
    for (file, source) in FILES.iter().zip(i18n::sources(locale)) {
        let res = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, errs)| panic!("{locale}/{file}: parse errors {errs:?}"));
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    vars_in(v, &mut vars);
                }
                let attrs = m.attributes.iter().map(|a| a.id.name.to_string()).collect();
                for a in &m.attributes {
                    vars_in(&a.value, &mut vars);
                }
                let prev = shape.insert(m.id.name.to_string(), (attrs, vars));
                assert!(
                    prev.is_none(),
                    "{locale}/{file}: duplicate id {}",
                    m.id.name
                );
            }
        }
    }
    shape
}

#[test]
fn locales_have_the_same_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    for locale in Locale::ALL {
        let mut names: Vec<String> = std::fs::read_dir(root.join(locale.tag()))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let mut expected: Vec<String> = FILES.iter().map(ToString::to_string).collect();
        expected.sort();
        assert_eq!(names, expected, "files of {locale}");
    }
}

#[test]
fn locales_have_the_same_ids_attributes_and_variables() {
    let zh = shape(Locale::ZhCn);
    let en = shape(Locale::EnUs);
    let zh_ids: BTreeSet<_> = zh.keys().collect();
    let en_ids: BTreeSet<_> = en.keys().collect();
    assert_eq!(
        zh_ids.symmetric_difference(&en_ids).collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "ids present in one locale only"
    );
    for (id, s) in &zh {
        assert_eq!(Some(s), en.get(id), "attributes/variables of {id} differ");
    }
}

#[test]
fn every_message_formats_without_errors() {
    for locale in Locale::ALL {
        for (id, (attrs, vars)) in shape(locale) {
            let args: Vec<(&str, i18n::Arg)> = vars
                .iter()
                .map(|v| (v.as_str(), i18n::Arg::from("x")))
                .collect();
            let text = i18n::format_message(locale, &id, None, &args);
            assert!(
                text.is_some_and(|t| !t.trim().is_empty()),
                "{locale}: {id} does not format"
            );
            for a in attrs {
                assert!(
                    i18n::format_message(locale, &id, Some(&a), &args).is_some(),
                    "{locale}: {id}.{a}"
                );
            }
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every string literal in `src/` that looks like a message id of a known area must exist.
/// Ids built at run time from keys (`verdict-…`, `department-…`) are checked in `model_keys_…`.
#[test]
fn every_id_used_in_the_code_exists() {
    let ids = shape(Locale::ZhCn);
    let areas: BTreeSet<&str> = ids.keys().filter_map(|id| id.split('-').next()).collect();
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut missing = Vec::new();
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        for (i, lit) in src.split('"').enumerate() {
            if i % 2 == 0 || lit.len() < 4 || !lit.contains('-') {
                continue;
            }
            let well_formed = lit
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !lit.starts_with('-')
                && !lit.ends_with('-');
            let area = lit.split('-').next().unwrap_or_default();
            let prefix = ids.keys().any(|id| id.starts_with(&format!("{lit}-")));
            if well_formed
                && areas.contains(area)
                && !ids.contains_key(lit)
                && !prefix
                && !is_data_key(lit)
            {
                missing.push(format!("{}: {lit}", f.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "message ids used in code but missing: {missing:#?}"
    );
}

/// Keys of data values that share a prefix with a message area but are not message ids.
fn is_data_key(lit: &str) -> bool {
    use ipms_readiness::model::catalog::{Department, FixPhase, Process, TriageId};
    Department::ALL.iter().any(|d| d.key() == lit)
        || FixPhase::ALL.iter().any(|d| d.key() == lit)
        || Process::ALL.iter().any(|d| d.key() == lit)
        || TriageId::ALL.iter().any(|d| d.key() == lit)
        || ipms_readiness::model::org::Role::ALL
            .iter()
            .any(|d| d.key() == lit)
        || lit.starts_with("gbt")
}

#[test]
fn model_keys_have_messages() {
    use ipms_readiness::model::assessment::{TriageAnswer, Verdict};
    use ipms_readiness::model::catalog::{
        Department, EvidenceKind, FixPhase, IpType, Method, Process, TriageId,
    };
    for locale in Locale::ALL {
        let mut ids: Vec<String> = Vec::new();
        ids.extend(Verdict::ALL.iter().map(|v| format!("verdict-{}", v.key())));
        ids.extend(
            ipms_readiness::report::ReportSection::ALL
                .iter()
                .map(|v| format!("report-sec-{}", v.key())),
        );
        ids.extend(
            ipms_readiness::report::ReportKind::ALL
                .iter()
                .map(|v| format!("report-kind-{}", v.key())),
        );
        ids.extend(
            Department::ALL
                .iter()
                .map(|v| format!("department-{}", v.key())),
        );
        ids.extend(Process::ALL.iter().map(|v| format!("process-{}", v.key())));
        ids.extend(FixPhase::ALL.iter().map(|v| format!("phase-{}", v.key())));
        ids.extend(
            Department::ALL
                .iter()
                .map(|v| format!("function-{}", v.key())),
        );
        ids.extend(
            ipms_readiness::model::org::Role::ALL
                .iter()
                .map(|v| format!("org-role-{}", v.key())),
        );
        ids.extend(Method::ALL.iter().map(|v| format!("method-{}", v.key())));
        ids.extend(IpType::ALL.iter().map(|v| format!("ip-type-{}", v.key())));
        ids.extend(
            EvidenceKind::ALL
                .iter()
                .map(|v| format!("evidence-{}", v.key())),
        );
        ids.extend(TriageId::ALL.iter().map(|v| format!("triage-{}", v.key())));
        ids.extend(
            TriageAnswer::ALL
                .iter()
                .map(|v| format!("triage-answer-{}", v.key())),
        );
        {
            use ipms_readiness::model::plan::{ActionStatus, MilestoneId, PhaseId, PriorityLevel};
            use ipms_readiness::model::profile::{Industry, IpFunction, MgmtSystem, ProfileField};
            use ipms_readiness::model::readiness::GateId;
            use ipms_readiness::report::ReportKind;
            ids.extend(
                ActionStatus::ALL
                    .iter()
                    .map(|v| format!("action-status-{}", v.key())),
            );
            ids.extend(
                MilestoneId::ALL
                    .iter()
                    .map(|v| format!("plan-milestone-{}", v.key())),
            );
            ids.extend(PhaseId::ALL.iter().map(|v| format!("phase-{}", v.key())));
            ids.extend(
                PriorityLevel::ALL
                    .iter()
                    .map(|v| format!("priority-{}", v.key())),
            );
            ids.extend(
                Industry::ALL
                    .iter()
                    .map(|v| format!("industry-{}", v.key())),
            );
            ids.extend(
                IpFunction::ALL
                    .iter()
                    .map(|v| format!("ip-function-{}", v.key())),
            );
            ids.extend(
                MgmtSystem::ALL
                    .iter()
                    .map(|v| format!("mgmt-system-{}", v.key())),
            );
            ids.extend(
                ProfileField::ALL
                    .iter()
                    .map(|v| format!("profile-field-{}", v.key())),
            );
            ids.extend(GateId::ALL.iter().map(|v| format!("gate-{}", v.key())));
            ids.extend(
                ReportKind::ALL
                    .iter()
                    .map(|v| format!("report-kind-{}", v.key())),
            );
            ids.extend(
                [
                    "operation_started_on",
                    "internal_audit_on",
                    "management_review_on",
                ]
                .map(|k| format!("facts-{k}")),
            );
        }
        for id in ids {
            assert!(i18n::has(locale, &id), "{locale}: missing {id}");
        }
    }
}
