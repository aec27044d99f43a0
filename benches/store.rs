#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Store at scale: 1,000 organizations × 3 assessments × 150 answers. Targets (issue 5):
//! `list` and opening one assessment < 50 ms each; a durable answer save p99 < 2 ms.
//! Prints the database size, the first (cold-cache) list, open + `quick_check` times and the
//! save-latency percentiles, then runs the criterion benches.
//!
//! `cargo bench --bench store` (set `IPMS_BENCH_ORGS` for a smaller run).

use criterion::Criterion;
use ipms_readiness::model::assessment::{Answer, Answers, Verdict};
use ipms_readiness::model::profile::{Industry, Profile};
use ipms_readiness::store::{NewAssessment, Store};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const VERDICTS: [Verdict; 5] = [
    Verdict::Conform,
    Verdict::Observation,
    Verdict::Minor,
    Verdict::Major,
    Verdict::Conform,
];

fn build(db: &Path, orgs: usize) -> (Store, Vec<i64>, Vec<String>) {
    let store = Store::open(db).expect("open");
    let items: Vec<String> = store
        .catalog("gbt29490-2023")
        .expect("catalogue")
        .active_items()
        .take(150)
        .map(|i| i.id.clone())
        .collect();
    let mut ids = Vec::new();
    let started = Instant::now();
    for o in 0..orgs {
        for round in 0..3 {
            let name = format!("深圳市测试{o:04}科技有限公司");
            let id = store
                .create_assessment(&NewAssessment {
                    organization: name.clone(),
                    title: format!("{} 年诊断", 2024 + round),
                    assessor: "基准".into(),
                    profile: Some(Profile {
                        name,
                        industry: Some(Industry::Industry),
                        employees: Some(20 + (o as i64 % 200)),
                        revenue_wan: Some(500.0 + o as f64),
                        ..Profile::default()
                    }),
                    ..NewAssessment::default()
                })
                .expect("create");
            let answers: Answers = items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let mut a = Answer::with_verdict(VERDICTS[(i + o + round) % VERDICTS.len()]);
                    a.note = format!("第 {i} 条：抽查记录 3 份，部分缺少签字。");
                    (item.clone(), a)
                })
                .collect();
            store.save_answers(id, &answers).expect("answers");
            ids.push(id);
        }
    }
    eprintln!(
        "built {} assessments in {:.1} s",
        ids.len(),
        started.elapsed().as_secs_f64()
    );
    (store, ids, items)
}

fn size(db: &Path) -> u64 {
    let wal = PathBuf::from(format!("{}-wal", db.display()));
    std::fs::metadata(db).map_or(0, |m| m.len()) + std::fs::metadata(wal).map_or(0, |m| m.len())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() {
    let orgs: usize = std::env::var("IPMS_BENCH_ORGS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let dir = tempfile::Builder::new()
        .prefix("ipms store bench 基准 ")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .expect("temp dir");
    let db = dir.path().join("ipms.sqlite3");
    let (store, ids, items) = build(&db, orgs);

    let t = Instant::now();
    let list = store.list_organizations().expect("list");
    eprintln!(
        "first list (fills the summary cache for {} assessments): {:.1} ms",
        ids.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
    assert_eq!(list.len(), orgs);
    drop(store);
    eprintln!("database size: {:.1} MiB", size(&db) as f64 / 1_048_576.0);

    let t = Instant::now();
    let store = Store::open(&db).expect("reopen");
    let open = t.elapsed();
    let t = Instant::now();
    store.quick_check().expect("quick_check");
    eprintln!(
        "open: {:.1} ms, quick_check: {:.1} ms",
        open.as_secs_f64() * 1e3,
        t.elapsed().as_secs_f64() * 1e3
    );

    // The disk's durable-write floor right now, for comparison: 4 KiB overwritten in place
    // and synced (what a WAL commit does once the WAL file has its size).
    {
        use std::io::{Seek, SeekFrom, Write};
        let probe = dir.path().join("sync-probe.bin");
        let mut f = std::fs::File::create(&probe).expect("probe");
        f.write_all(&vec![0u8; 65536]).expect("write");
        f.sync_all().expect("sync");
        let mut floor = Vec::with_capacity(2000);
        for i in 0..2000u64 {
            f.seek(SeekFrom::Start((i % 16) * 4096)).expect("seek");
            f.write_all(&[1u8; 4096]).expect("write");
            let t = Instant::now();
            f.sync_all().expect("sync");
            floor.push(t.elapsed());
        }
        floor.sort();
        eprintln!(
            "disk floor (overwrite 4 KiB + fsync): p50 {:.3} ms, p99 {:.3} ms",
            percentile(&floor, 0.50).as_secs_f64() * 1e3,
            percentile(&floor, 0.99).as_secs_f64() * 1e3
        );
    }

    // Durable save latency: each save is its own synced transaction.
    let target = ids[ids.len() / 2];
    let mut samples = Vec::with_capacity(2000);
    for i in 0..2000 {
        let mut a = Answer::with_verdict(VERDICTS[i % VERDICTS.len()]);
        a.note = format!("复核第 {i} 次");
        let t = Instant::now();
        store
            .save_answer(target, &items[i % items.len()], &a)
            .expect("save");
        samples.push(t.elapsed());
    }
    samples.sort();
    let slow = samples
        .iter()
        .filter(|d| **d > Duration::from_millis(2))
        .count();
    eprintln!(
        "durable answer save over {} saves: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms, {slow} over 2 ms",
        samples.len(),
        percentile(&samples, 0.50).as_secs_f64() * 1e3,
        percentile(&samples, 0.99).as_secs_f64() * 1e3,
        samples[samples.len() - 1].as_secs_f64() * 1e3
    );

    let mut c = Criterion::default()
        .sample_size(30)
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    c.bench_function("list_organizations (1,000 × 3)", |b| {
        b.iter(|| black_box(store.list_organizations().expect("list")));
    });
    c.bench_function("load one assessment (150 answers)", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 7) % ids.len();
            black_box(store.load(ids[i]).expect("load"))
        });
    });
    c.bench_function("save_answer (durable)", |b| {
        let mut i = 0usize;
        b.iter(|| {
            i += 1;
            let a = Answer::with_verdict(VERDICTS[i % VERDICTS.len()]);
            store
                .save_answer(target, &items[i % items.len()], &a)
                .expect("save")
        });
    });
    c.final_summary();
}
