#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Report generation: a fully answered 2023 diagnosis (179 items, notes, evidence, a previous
//! visit to compare with) rendered to PDF in both languages, plus the filled checklist.
//! Prints the PDF sizes once; targets are < 0.3 s and < 1.5 MB per report.

use criterion::{Criterion, criterion_group, criterion_main};
use ipms_readiness::locale::Locale;
use ipms_readiness::report::{ReportKind, ReportOptions, ReportSection, render_report};
use std::hint::black_box;

#[path = "../tests/report_fixture/mod.rs"]
mod fixture;

fn bench(c: &mut Criterion) {
    let f = fixture::full();
    let input = f.input();
    let cases = [
        ("diagnosis-zh-CN", Locale::ZhCn, ReportKind::Diagnosis),
        ("diagnosis-en-US", Locale::EnUs, ReportKind::Diagnosis),
        ("checklist-zh-CN", Locale::ZhCn, ReportKind::Checklist),
    ];
    for (name, locale, kind) in cases {
        let options = ReportOptions {
            locale,
            as_of: fixture::as_of(),
            kind,
            department: None,
            sections: ReportSection::ALL.to_vec(),
        };
        let started = std::time::Instant::now();
        let bytes = render_report(&input, &options).expect("report renders");
        eprintln!(
            "{name}: {} bytes ({:.0} KiB), first render incl. font parsing {:?}",
            bytes.len(),
            bytes.len() as f64 / 1024.0,
            started.elapsed()
        );
        c.bench_function(name, |b| {
            b.iter(|| render_report(black_box(&input), black_box(&options)));
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
