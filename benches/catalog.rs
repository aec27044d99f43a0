#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Catalogue loading speed: a user catalogue of 10,000 items in `<data dir>/catalogs/`, read
//! and validated the way every command and the window do. Target: < 0.5 s (it must stay
//! linear in the file's size; naming each item's line once rescanned the file per item).

use criterion::{Criterion, criterion_group, criterion_main};
use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

fn catalogue(items: usize) -> String {
    let mut t = String::from(
        "id = \"bench\"\nversion = \"1\"\ncode = \"Q/B 1\"\npublished = 2024-01-01\n\
         effective = 2024-01-01\ntitle = { \"zh-CN\" = \"基准\", \"en-US\" = \"Bench\" }\n\
         [[clauses]]\nnumber = \"4\"\ntitle = { \"zh-CN\" = \"章\", \"en-US\" = \"Chapter\" }\n",
    );
    for i in 0..items {
        let _ = write!(
            t,
            "\n[[items]]\nid = \"b-{i}\"\nclause = \"4\"\nprocess = \"system\"\nweight = 2\n\
             fix_phase = \"planning\"\ndepartments = [\"hr\", \"legal\"]\n\
             question = {{ \"zh-CN\" = \"企业是否建立了第{i}项制度？\", \"en-US\" = \"Is rule {i} in place?\" }}\n\
             guidance = {{ \"zh-CN\" = \"查看制度文件与执行记录。\", \"en-US\" = \"See the rule and its records.\" }}\n\
             action = {{ \"zh-CN\" = \"制定并发布制度。\", \"en-US\" = \"Write and issue the rule.\" }}\n"
        );
    }
    t
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bench.toml"), catalogue(10_000)).unwrap();
    let mut group = c.benchmark_group("catalog");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("load_10000_items", |b| {
        b.iter(|| {
            let set = ipms_readiness::catalogs::load_all(Some(black_box(dir.path())));
            assert!(set.get("bench").is_some(), "{:?}", set.problems);
            set
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
