#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Durability under SIGKILL: the real binary runs `answer` again and again and is killed at
//! random moments, at least 100 times. Every answer whose command reported success must be in
//! the database afterwards, and `PRAGMA integrity_check` must say ok.

#![cfg(unix)]

use ipms_readiness::store::Store;
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_ipms-readiness");

fn cli(data: &Path) -> Command {
    let mut c = Command::new(BIN);
    c.arg("--data-dir")
        .arg(data)
        .arg("--lang")
        .arg("en-US")
        .env("IPMS_CONFIG_DIR", data);
    c
}

/// A small deterministic generator (xorshift), so a failing run can be repeated by seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn killed_writers_never_lose_a_reported_answer() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("断电 测试").join("数据 目录");
    let out = cli(&data)
        .args(["new", "--org", "深圳市断电测试有限公司"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let id = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .last()
        .unwrap()
        .trim()
        .to_string();
    let items: Vec<String> = {
        let store = Store::open(&data.join("ipms.sqlite3")).unwrap();
        let meta = store.assessment(id.parse().unwrap()).unwrap();
        store
            .catalog(&meta.catalog_id)
            .unwrap()
            .active_items()
            .map(|i| i.id.clone())
            .collect()
    };
    let verdicts = ["conform", "observation", "minor", "major"];

    // How long one `answer` takes here, so kills land across its whole run. The first run of
    // the day also writes the daily backup, so it is a warm-up, not the measure.
    let warm = cli(&data)
        .args(["answer", &id, &items[0], "conform", "--note", "warm-up"])
        .output()
        .unwrap();
    assert!(
        warm.status.success(),
        "{}",
        String::from_utf8_lossy(&warm.stderr)
    );
    let started = Instant::now();
    let probe = cli(&data)
        .args(["answer", &id, &items[0], "conform", "--note", "probe"])
        .output()
        .unwrap();
    assert!(
        probe.status.success(),
        "{}",
        String::from_utf8_lossy(&probe.stderr)
    );
    let mut span = started.elapsed().as_micros().max(1000) as u64 * 6 / 5;

    let seed = 0x5EED_0000_0000_0001 ^ u64::from(std::process::id());
    let mut rng = Rng(seed);
    let mut reported: Vec<(String, String, String)> = Vec::new();
    let mut killed: Vec<String> = Vec::new();
    let mut last_attempt: HashMap<String, usize> = HashMap::new();
    let (mut kills, mut attempts) = (0, 0);
    let mut streak = 0;
    while kills < 100 || reported.len() < 10 {
        assert!(
            attempts < 1000,
            "too few kills landed ({kills} in {attempts}); seed {seed:#x}"
        );
        let item = items[attempts % items.len()].clone();
        let verdict = verdicts[(rng.next() % 4) as usize];
        let note = format!("第 {attempts} 次 note {:x}", rng.next());
        let mut child = cli(&data)
            .args(["answer", &id, &item, verdict, "--note", &note])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(rng.next() % span));
        let _ = child.kill(); // SIGKILL
        let status = child.wait().unwrap();
        let mut stdout = String::new();
        child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut stdout)
            .unwrap();
        if status.success() && stdout.contains("Saved") {
            reported.push((item.clone(), verdict.to_string(), note));
            streak = 0;
        } else {
            killed.push(note);
            kills += 1;
            // Runs got slower (a busy machine): widen the window so some still finish.
            streak += 1;
            if streak >= 10 {
                span = span * 3 / 2;
                streak = 0;
            }
        }
        last_attempt.insert(item, attempts);
        attempts += 1;
    }
    eprintln!(
        "{attempts} runs, {kills} killed, {} reported success",
        reported.len()
    );
    assert!(!reported.is_empty(), "no run completed; seed {seed:#x}");

    let store = Store::open(&data.join("ipms.sqlite3")).unwrap();
    store.integrity_check().unwrap();
    let id: i64 = id.parse().unwrap();
    let record = store.load(id).unwrap();
    let history = store.answer_history(id, None).unwrap();
    // "第 N 次 note …": the attempt a note was written by.
    let attempt_of = |note: &str| -> Option<usize> {
        note.strip_prefix("第 ")?.split(' ').next()?.parse().ok()
    };
    for (n, (item, verdict, note)) in reported.iter().enumerate() {
        // A note-only change within a pause extends the item's last entry, so a reported
        // answer may live on as a later save's entry of the same item and verdict.
        let mine = attempt_of(note);
        assert!(
            history.iter().any(|h| &h.item == item
                && h.new_verdict.key() == verdict
                && (&h.new_note == note || attempt_of(&h.new_note) > mine)),
            "reported answer {n} ({item} {verdict} {note}) missing from the audit trail; seed {seed:#x}"
        );
    }
    // Kills that landed after the commit but before the report (the answer is there, unreported).
    let late = killed
        .iter()
        .filter(|n| history.iter().any(|h| &h.new_note == *n))
        .count();
    eprintln!("{late} of {kills} killed runs had committed before the kill");
    // Where the reported run was the last run on that item, it is the current answer.
    let mut checked = 0;
    for (item, verdict, note) in &reported {
        let last_note = format!("第 {} 次", last_attempt[item]);
        if note.starts_with(&format!("{last_note} ")) {
            let a = &record.answers[item];
            assert_eq!(
                (a.verdict.key(), a.note.as_str()),
                (verdict.as_str(), note.as_str())
            );
            checked += 1;
        }
    }
    assert!(checked > 0);
}
