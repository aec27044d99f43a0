//! Parsing and validation of catalogue files.

use super::*;

const HEADER: &str = r#"
id = "demo"
version = "1"
code = "X/1"
published = 2020-01-01
effective = 2020-02-01
title = { "zh-CN" = "示例", "en-US" = "Example" }
[[clauses]]
number = "4"
title = { "zh-CN" = "章", "en-US" = "Chapter" }
[[clauses]]
number = "4.1"
title = { "zh-CN" = "节", "en-US" = "Section" }
"#;

fn item(id: &str, clause: &str, weight: u8) -> String {
    format!(
        r#"
[[items]]
id = "{id}"
clause = "{clause}"
process = "system"
weight = {weight}
fix_phase = "planning"
departments = ["ip-office"]
question = {{ "zh-CN" = "问{id}", "en-US" = "Q{id}" }}
guidance = {{ "zh-CN" = "指引", "en-US" = "Guide" }}
action = {{ "zh-CN" = "措施", "en-US" = "Act" }}
"#
    )
}

#[test]
fn parses_header_and_parts_in_clause_order() {
    let part = format!("{}{}", item("b", "4.1", 2), item("a", "4", 3));
    let cat = parse_catalog(
        SourceFile {
            name: "h.toml",
            text: HEADER,
        },
        &[SourceFile {
            name: "p.toml",
            text: &part,
        }],
    )
    .unwrap();
    assert_eq!(cat.items.len(), 2);
    assert_eq!(cat.items[0].id, "a");
    assert_eq!(cat.chapters().count(), 1);
    assert!(clause_within("4.1", "4"));
    assert!(!clause_within("4.10", "4.1"));
}

#[test]
fn reports_file_line_and_id_of_every_problem() {
    let part = format!("{}{}{}", item("a", "4.1", 2), item("a", "9.9", 7), "");
    let errs = parse_catalog(
        SourceFile {
            name: "h.toml",
            text: HEADER,
        },
        &[SourceFile {
            name: "p.toml",
            text: &part,
        }],
    )
    .unwrap_err();
    let kinds: Vec<_> = errs.iter().map(|e| e.kind.clone()).collect();
    assert!(kinds.contains(&CatalogErrorKind::DuplicateId));
    assert!(kinds.contains(&CatalogErrorKind::UnknownClause("9.9".into())));
    assert!(kinds.contains(&CatalogErrorKind::Weight(7)));
    let dup = errs
        .iter()
        .find(|e| e.kind == CatalogErrorKind::DuplicateId)
        .unwrap();
    assert_eq!(dup.line, Some(14));
    assert!(dup.to_string().starts_with("p.toml:14: item a:"));
}

#[test]
fn syntax_errors_name_the_line() {
    let errs = parse_catalog(
        SourceFile {
            name: "h.toml",
            text: HEADER,
        },
        &[SourceFile {
            name: "bad.toml",
            text: "[[items]]\nid = \"x\"\nweight = \"heavy\"\n",
        }],
    )
    .unwrap_err();
    assert_eq!(errs[0].file, "bad.toml");
    assert!(errs[0].line.is_some());
}
