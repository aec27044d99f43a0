//! Limits that keep hostile or broken files harmless: size, nesting depth, string length and
//! list length are checked before any typed parsing.

use super::super::StoreError;
use super::super::error::{ImportErrorKind, Result};
use serde_json::Value;
use std::io::Read;
use std::path::Path;

/// Largest file accepted: 50 MiB.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;
/// Deepest nesting of objects and arrays accepted (the format itself needs 5).
pub const MAX_DEPTH: usize = 32;
/// Longest string accepted, in characters.
pub const MAX_STRING: usize = 100_000;
/// Longest list accepted.
pub const MAX_LIST: usize = 100_000;

/// Reads a file of at most [`MAX_FILE_BYTES`].
pub fn read_limited(path: &Path) -> Result<Vec<u8>> {
    let place = path.display().to_string();
    let too_large = |size: u64| {
        StoreError::import(
            place.clone(),
            ImportErrorKind::TooLarge {
                size,
                limit: MAX_FILE_BYTES,
            },
        )
    };
    let file = std::fs::File::open(path).map_err(|e| StoreError::io(path, &e))?;
    if let Ok(meta) = file.metadata() {
        if meta.len() > MAX_FILE_BYTES {
            return Err(too_large(meta.len()));
        }
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| StoreError::io(path, &e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// "line L, column C" of a byte offset (columns count characters).
fn position(bytes: &[u8], offset: usize) -> String {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.split(|b| *b == b'\n').count();
    let start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |p| p + 1);
    let column = before[start..]
        .iter()
        .filter(|b| (**b & 0xC0) != 0x80)
        .count()
        + 1;
    format!("{line}:{column}")
}

/// Rejects nesting deeper than [`MAX_DEPTH`] before the parser sees it, naming the line and
/// column where the limit is crossed.
pub fn check_depth(bytes: &[u8]) -> Result<()> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, b) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if *b == b'\\' {
                escaped = true;
            } else if *b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(StoreError::import(
                        position(bytes, i),
                        ImportErrorKind::TooDeep { limit: MAX_DEPTH },
                    ));
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

/// A JSON path like `answers[3].note` from segments collected outermost last.
fn path_of(segs: &[Seg<'_>]) -> String {
    let mut out = String::new();
    for seg in segs.iter().rev() {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    if out.is_empty() { "$".into() } else { out }
}

fn walk<'a>(value: &'a Value, segs: &mut Vec<Seg<'a>>) -> Option<ImportErrorKind> {
    match value {
        Value::String(s) if s.len() > MAX_STRING && s.chars().count() > MAX_STRING => {
            Some(ImportErrorKind::TooLong { limit: MAX_STRING })
        }
        Value::Array(items) => {
            if items.len() > MAX_LIST {
                return Some(ImportErrorKind::TooMany { limit: MAX_LIST });
            }
            for (i, v) in items.iter().enumerate() {
                if let Some(e) = walk(v, segs) {
                    segs.push(Seg::Index(i));
                    return Some(e);
                }
            }
            None
        }
        Value::Object(map) => {
            if map.len() > MAX_LIST {
                return Some(ImportErrorKind::TooMany { limit: MAX_LIST });
            }
            for (k, v) in map {
                if k.chars().count() > MAX_STRING {
                    segs.push(Seg::Key(k));
                    return Some(ImportErrorKind::TooLong { limit: MAX_STRING });
                }
                if let Some(e) = walk(v, segs) {
                    segs.push(Seg::Key(k));
                    return Some(e);
                }
            }
            None
        }
        _ => None,
    }
}

/// Rejects strings longer than [`MAX_STRING`] and lists longer than [`MAX_LIST`], naming the
/// JSON path of the first one.
pub fn check_sizes(value: &Value) -> Result<()> {
    let mut segs = Vec::new();
    match walk(value, &mut segs) {
        Some(kind) => Err(StoreError::import(path_of(&segs), kind)),
        None => Ok(()),
    }
}

/// Parses JSON text after the depth check; syntax errors name line and column.
pub fn parse_value(bytes: &[u8]) -> Result<Value> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(StoreError::import(
            "$",
            ImportErrorKind::TooLarge {
                size: bytes.len() as u64,
                limit: MAX_FILE_BYTES,
            },
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // JSON text is UTF-8 and never holds a raw NUL (UTF-16 text is full of them).
    if let Err(e) = std::str::from_utf8(bytes) {
        return Err(StoreError::import(
            position(bytes, e.valid_up_to()),
            ImportErrorKind::NotUtf8,
        ));
    }
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        return Err(StoreError::import(
            position(bytes, at),
            ImportErrorKind::NotUtf8,
        ));
    }
    check_depth(bytes)?;
    let value: Value = super::strict::from_slice(bytes).map_err(|e| match e {
        Ok((path, key)) => StoreError::import(path, ImportErrorKind::DuplicateKey(key)),
        Err(e) => StoreError::import(
            format!("{}:{}", e.line(), e.column()),
            ImportErrorKind::Malformed(e.to_string()),
        ),
    })?;
    check_sizes(&value)?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::ImportError;

    fn place(r: Result<Value>) -> (String, ImportErrorKind) {
        match r {
            Err(StoreError::Import(ImportError { place, kind })) => (place, kind),
            other => panic!("expected an import error, got {other:?}"),
        }
    }

    #[test]
    fn deep_nesting_is_refused_with_its_position() {
        let deep = format!("{{\"a\":\n{}{}}}", "[".repeat(100), "]".repeat(100));
        let (at, kind) = place(parse_value(deep.as_bytes()));
        assert_eq!(kind, ImportErrorKind::TooDeep { limit: MAX_DEPTH });
        assert!(at.starts_with("2:"), "{at}");
        // Brackets inside strings do not count.
        let quoted = format!("{{\"a\": \"{}\"}}", "[\\\"".repeat(100));
        assert!(parse_value(quoted.as_bytes()).is_ok());
    }

    #[test]
    fn huge_strings_and_lists_are_named_by_path() {
        let long = format!(
            "{{\"answers\": [{{}}, {{\"note\": \"{}\"}}]}}",
            "字".repeat(MAX_STRING + 1)
        );
        let (at, kind) = place(parse_value(long.as_bytes()));
        assert_eq!(at, "answers[1].note");
        assert_eq!(kind, ImportErrorKind::TooLong { limit: MAX_STRING });
        let many = format!("[{}0]", "0,".repeat(MAX_LIST));
        assert_eq!(
            place(parse_value(many.as_bytes())).1,
            ImportErrorKind::TooMany { limit: MAX_LIST }
        );
    }

    #[test]
    fn truncated_json_names_line_and_column() {
        let (at, kind) = place(parse_value(b"{\n  \"format\": \"ipms"));
        assert!(at.starts_with("2:"), "{at}");
        assert!(matches!(kind, ImportErrorKind::Malformed(_)));
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        assert!(parse_value(b"\xEF\xBB\xBF{}").is_ok());
    }
}
