#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Import never panics and never changes the database when it fails: 12,000 generated or
//! mutated inputs (byte-level damage, structural edits of a valid file, random JSON).

use ipms_readiness::i18n::error_text;
use ipms_readiness::locale::Locale;
use ipms_readiness::store::Store;
use ipms_readiness::store::exchange::TableKind;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;
use std::cell::Cell;

struct Fixture {
    _dir: tempfile::TempDir,
    store: Store,
    watcher: rusqlite::Connection,
    valid: Vec<u8>,
    accepted: Cell<u32>,
    refused: Cell<u32>,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("模糊 测试").join("ipms.sqlite3");
    let store = Store::open(&db).unwrap();
    let id = ipms_readiness::demo::create(&store).unwrap();
    let valid = store.export_json(id).unwrap().into_bytes();
    store.list_organizations().unwrap();
    let watcher = rusqlite::Connection::open(&db).unwrap();
    Fixture {
        _dir: dir,
        store,
        watcher,
        valid,
        accepted: Cell::new(0),
        refused: Cell::new(0),
    }
}

fn data_version(c: &rusqlite::Connection) -> i64 {
    c.pragma_query_value(None, "data_version", |r| r.get(0))
        .unwrap()
}

/// Imports one input: on failure the database must be unchanged and the error must translate;
/// on success the new assessment must load and is removed again.
fn check(f: &Fixture, bytes: &[u8]) {
    let before = data_version(&f.watcher);
    match f.store.import_bytes(bytes) {
        Err(e) => {
            assert_eq!(
                data_version(&f.watcher),
                before,
                "failed import changed the DB: {e:?}"
            );
            for l in Locale::ALL {
                assert!(!error_text(l, &e).is_empty());
            }
            f.refused.set(f.refused.get() + 1);
        }
        Ok(id) => {
            f.store.load(id).unwrap();
            f.store.summary(id).unwrap();
            let as_of = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
            for kind in [TableKind::Findings, TableKind::Plan] {
                f.store.table(id, kind, Locale::ZhCn, as_of).unwrap();
            }
            f.store.delete_assessment(id).unwrap();
            f.accepted.set(f.accepted.get() + 1);
        }
    }
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

#[derive(Debug, Clone)]
enum ByteOp {
    Truncate(usize),
    Flip(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Duplicate(usize, usize),
}

fn byte_op() -> impl Strategy<Value = ByteOp> {
    let pos = any::<usize>();
    prop_oneof![
        pos.prop_map(ByteOp::Truncate),
        (pos, any::<u8>()).prop_map(|(p, b)| ByteOp::Flip(p, b)),
        (
            pos,
            prop_oneof![
                proptest::collection::vec(any::<u8>(), 1..8),
                Just(b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[".to_vec()),
                Just(b"\"\\u0000\"".to_vec()),
                Just(b",".to_vec()),
                Just(b"}".to_vec()),
                Just("中文\u{FEFF}".as_bytes().to_vec()),
            ]
        )
            .prop_map(|(p, b)| ByteOp::Insert(p, b)),
        (pos, 1usize..200).prop_map(|(p, n)| ByteOp::Delete(p, n)),
        (pos, 1usize..500).prop_map(|(p, n)| ByteOp::Duplicate(p, n)),
    ]
}

fn apply(bytes: &mut Vec<u8>, op: &ByteOp) {
    if bytes.is_empty() {
        return;
    }
    let at = |p: usize, len: usize| p % (len + 1);
    match op {
        ByteOp::Truncate(p) => bytes.truncate(at(*p, bytes.len())),
        ByteOp::Flip(p, b) => {
            let i = p % bytes.len();
            bytes[i] ^= b | 1;
        }
        ByteOp::Insert(p, b) => {
            let i = at(*p, bytes.len());
            bytes.splice(i..i, b.iter().copied());
        }
        ByteOp::Delete(p, n) => {
            let i = at(*p, bytes.len());
            let end = (i + n).min(bytes.len());
            bytes.drain(i..end);
        }
        ByteOp::Duplicate(p, n) => {
            let i = at(*p, bytes.len());
            let end = (i + n).min(bytes.len());
            let copy = bytes[i..end].to_vec();
            bytes.splice(end..end, copy);
        }
    }
}

#[test]
fn damaged_bytes_never_panic_or_change_the_database() {
    let f = fixture();
    let ops = proptest::collection::vec(byte_op(), 1..4);
    runner(5000)
        .run(&ops, |ops| {
            let mut bytes = f.valid.clone();
            for op in &ops {
                apply(&mut bytes, op);
            }
            check(&f, &bytes);
            Ok(())
        })
        .unwrap();
    assert!(f.refused.get() > 1000, "refused {}", f.refused.get());
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        prop_oneof![
            Just("conform"),
            Just("na"),
            Just("unanswered"),
            Just("major"),
            Just(""),
            Just("23-5.2-1"),
            Just("gbt29490-2023"),
            Just("gbt29490-2013"),
            Just("ipms-readiness/assessment"),
            Just("2026-02-30"),
            Just("2026-01-05"),
            Just("override"),
            Just("free"),
            Just("research"),
        ]
        .prop_map(Value::from),
        (0usize..3).prop_map(|k| Value::from("字".repeat([1_000, 100_001, 40][k]))),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 32, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z_]{0,10}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Replaces (or, with `None`, removes) the value reached by following `path` — each step picks
/// a key or element by index modulo the size.
fn edit(value: &mut Value, path: &[usize], new: Option<Value>) {
    let Some((&step, rest)) = path.split_first() else {
        if let Some(v) = new {
            *value = v;
        }
        return;
    };
    match value {
        Value::Object(map) if !map.is_empty() => {
            let key = map
                .keys()
                .nth(step % map.len())
                .cloned()
                .unwrap_or_default();
            if rest.is_empty() && new.is_none() {
                map.remove(&key);
            } else if let Some(child) = map.get_mut(&key) {
                edit(child, rest, new);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = step % items.len();
            if rest.is_empty() && new.is_none() {
                items.remove(i);
            } else {
                edit(&mut items[i], rest, new);
            }
        }
        _ => {
            if let Some(v) = new {
                *value = v;
            }
        }
    }
}

#[test]
fn structural_edits_never_panic_or_change_the_database_when_refused() {
    let f = fixture();
    let base: Value = serde_json::from_slice(&f.valid).unwrap();
    let edits = proptest::collection::vec(
        (
            proptest::collection::vec(any::<usize>(), 1..5),
            proptest::option::weighted(0.8, json_value()),
        ),
        1..4,
    );
    runner(5000)
        .run(&edits, |edits| {
            let mut v = base.clone();
            for (path, new) in edits {
                edit(&mut v, &path, new);
            }
            check(&f, &serde_json::to_vec(&v).unwrap());
            Ok(())
        })
        .unwrap();
    assert!(f.refused.get() > 1000, "refused {}", f.refused.get());
    assert!(f.accepted.get() > 10, "accepted {}", f.accepted.get());
}

#[test]
fn random_json_documents_are_refused_cleanly() {
    let f = fixture();
    runner(2000)
        .run(&json_value(), |v| {
            check(&f, &serde_json::to_vec(&v).unwrap());
            Ok(())
        })
        .unwrap();
    assert_eq!(f.accepted.get(), 0);
}
