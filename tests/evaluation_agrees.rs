#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! One evaluation for everyone: for a diagnosis whose phase settings were never saved, the
//! window's plan, the printed report, the CSV plan export and `score --json` give the same
//! dates.

mod pdf_text;

use ipms_readiness::locale::Locale;
use ipms_readiness::paths::Paths;
use ipms_readiness::ui::{App, Screen};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_ipms-readiness");

fn cli(data: &Path, args: &[&str]) -> String {
    let out = Command::new(BIN)
        .arg("--data-dir")
        .arg(data)
        .args(["--lang", "en-US"])
        .args(args)
        .env("IPMS_CONFIG_DIR", data)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn window_report_csv_and_score_give_the_same_dates() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("客户 数据");
    let id = cli(&data, &["new", "--org", "星火精密机械有限公司"])
        .trim()
        .lines()
        .last()
        .unwrap()
        .trim()
        .to_string();
    for (item, verdict) in [
        ("23-4.1-1", "major"),
        ("23-5.2-1", "minor"),
        ("23-7.5-1", "observation"),
    ] {
        cli(&data, &["answer", &id, item, verdict]);
    }
    let today = chrono::Local::now().date_naive().to_string();
    let score: Value = serde_json::from_str(&cli(&data, &["score", &id, "--json"])).unwrap();
    let json_phases: Vec<(String, String, String)> = score["phases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["id"].as_str().unwrap().to_string(),
                p["start"].as_str().unwrap().to_string(),
                p["end"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let application = score["planned_application_date"]
        .as_str()
        .unwrap()
        .to_string();
    // Never saved: the plan starts on the as-of date.
    assert_eq!(json_phases[0].1, today);

    // The window shows the same phases and actions.
    let app = App::new(Paths::portable(&data), Locale::EnUs, id.parse().ok());
    let Screen::Assessment(ws) = &app.screen else {
        panic!("the diagnosis did not open: {:?}", app.error);
    };
    let gui_phases: Vec<(String, String, String)> = ws
        .plan_data
        .phases
        .iter()
        .filter(|p| !p.milestone)
        .map(|p| (p.id.clone(), p.start.to_string(), p.end.to_string()))
        .collect();
    assert_eq!(gui_phases, json_phases);
    let gui_dues: Vec<String> = ws
        .plan_data
        .actions
        .iter()
        .map(|a| a.due.to_string())
        .collect();
    assert!(!gui_dues.is_empty());
    drop(app);

    // The CSV plan lists the same due dates.
    let csv = dir.path().join("plan.csv");
    let csv_arg = csv.display().to_string();
    cli(
        &data,
        &[
            "export", &id, "--out", &csv_arg, "--format", "csv", "--what", "plan",
        ],
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    for due in &gui_dues {
        assert!(text.contains(due.as_str()), "CSV lacks {due}");
    }

    // The printed report shows the planned application date.
    let pdf = dir.path().join("report.pdf");
    let pdf_arg = pdf.display().to_string();
    cli(&data, &["report", &id, "--out", &pdf_arg]);
    let pages = pdf_text::pages(&std::fs::read(&pdf).unwrap()).join("");
    assert!(
        pages.contains(&application),
        "the report does not show {application}"
    );
}
