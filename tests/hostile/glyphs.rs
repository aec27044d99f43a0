//! Case 12: characters the bundled font lacks (emoji, Arabic, Hebrew) are named in a warning
//! when a report prints them as the fallback — never a silent box.

use crate::common::{Folder, stderr};

#[test]
fn a_report_names_the_characters_it_cannot_print() {
    let f = Folder::new();
    let out = f.cli("zh-CN", &["new", "--org", "测试😀שלום مرحبا公司"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let id = String::from_utf8_lossy(&out.stdout)
        .lines()
        .last()
        .unwrap()
        .to_string();
    let pdf = f.data.join("报告.pdf");
    let out = f.cli("en-US", &["report", &id, "--out", pdf.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    for code in ["U+1F600", "U+05E9", "U+0645"] {
        assert!(err.contains(code), "{code} not named: {err}");
    }
    assert!(!err.contains("U+6D4B"), "测 is printable: {err}");
}
