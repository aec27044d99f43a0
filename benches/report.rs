#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Report generation: a fully answered 2023 diagnosis (179 items, notes, evidence, a previous
//! visit to compare with) rendered to PDF and DOCX in both languages, plus the filled checklist.
//! The demo client's 诊断报告 too (the `demo` command's data), as PDF and DOCX side by side.
//! Prints the file sizes once; targets are < 0.3 s and < 1.5 MB per PDF report, < 200 ms and
//! < 1 MiB for the DOCX 诊断报告 (a DOCX over 1 MiB fails the run).

use criterion::{Criterion, criterion_group, criterion_main};
use ipms_readiness::locale::Locale;
use ipms_readiness::report::{
    ReportFormat, ReportKind, ReportOptions, ReportSection, render_report_as,
};
use std::hint::black_box;

#[path = "../tests/report_fixture/mod.rs"]
mod fixture;

/// The demo client's 诊断报告 in both languages and formats.
fn demo(c: &mut Criterion) {
    let f = fixture::demo();
    let input = f.input();
    for locale in [Locale::ZhCn, Locale::EnUs] {
        for format in [ReportFormat::Pdf, ReportFormat::Docx] {
            let name = format!("demo-diagnosis-{}-{}", format.key(), locale.tag());
            let options = ReportOptions {
                locale,
                as_of: fixture::as_of(),
                kind: ReportKind::Diagnosis,
                department: None,
                sections: ReportSection::ALL.to_vec(),
            };
            let bytes = render_report_as(&input, &options, format).expect("report renders");
            eprintln!(
                "{name}: {} bytes ({:.0} KiB)",
                bytes.len(),
                bytes.len() as f64 / 1024.0
            );
            if format == ReportFormat::Docx {
                assert!(bytes.len() < 1024 * 1024, "{name} is over 1 MiB");
            }
            c.bench_function(&name, |b| {
                b.iter(|| render_report_as(black_box(&input), black_box(&options), format));
            });
        }
    }
}

fn bench(c: &mut Criterion) {
    let f = fixture::full();
    let input = f.input();
    let (pdf, docx) = (ReportFormat::Pdf, ReportFormat::Docx);
    let cases = [
        ("diagnosis-zh-CN", Locale::ZhCn, ReportKind::Diagnosis, pdf),
        ("diagnosis-en-US", Locale::EnUs, ReportKind::Diagnosis, pdf),
        ("checklist-zh-CN", Locale::ZhCn, ReportKind::Checklist, pdf),
        (
            "diagnosis-docx-zh-CN",
            Locale::ZhCn,
            ReportKind::Diagnosis,
            docx,
        ),
        (
            "diagnosis-docx-en-US",
            Locale::EnUs,
            ReportKind::Diagnosis,
            docx,
        ),
        (
            "checklist-docx-zh-CN",
            Locale::ZhCn,
            ReportKind::Checklist,
            docx,
        ),
    ];
    for (name, locale, kind, format) in cases {
        let options = ReportOptions {
            locale,
            as_of: fixture::as_of(),
            kind,
            department: None,
            sections: ReportSection::ALL.to_vec(),
        };
        let started = std::time::Instant::now();
        let bytes = render_report_as(&input, &options, format).expect("report renders");
        eprintln!(
            "{name}: {} bytes ({:.0} KiB), first render incl. font parsing {:?}",
            bytes.len(),
            bytes.len() as f64 / 1024.0,
            started.elapsed()
        );
        c.bench_function(name, |b| {
            b.iter(|| render_report_as(black_box(&input), black_box(&options), format));
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = demo, bench
}
criterion_main!(benches);
