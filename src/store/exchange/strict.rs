//! JSON parsing that refuses duplicate object keys. `serde_json` keeps the last of two equal
//! keys, so `{"answers": [..], "answers": []}` would import with no answers; here the first
//! repeated key is reported with its JSON path.

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::fmt;

/// Where the first duplicate key was found: (JSON path of the repeated key, the key).
pub type Duplicate = (String, String);

struct Seed<'a> {
    path: String,
    dup: &'a RefCell<Option<Duplicate>>,
}

impl Seed<'_> {
    fn child(&self, path: String) -> Seed<'_> {
        Seed {
            path,
            dup: self.dup,
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path == "$" {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(v) =
            seq.next_element_seed(self.child(format!("{}[{}]", self.path, out.len())))?
        {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = join(&self.path, &key);
            if out.contains_key(&key) {
                *self.dup.borrow_mut() = Some((path, key));
                return Err(de::Error::custom("duplicate key"));
            }
            let value = map.next_value_seed(self.child(path))?;
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

/// Parses JSON like `serde_json::from_slice`, but a repeated key is an error: `Err(Ok(dup))`
/// names it; `Err(Err(e))` is the parser's own error.
pub fn from_slice(bytes: &[u8]) -> Result<Value, Result<Duplicate, serde_json::Error>> {
    let dup = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let seed = Seed {
        path: "$".into(),
        dup: &dup,
    };
    let parsed = seed.deserialize(&mut de).and_then(|v| de.end().map(|()| v));
    match parsed {
        Ok(v) => Ok(v),
        Err(e) => Err(dup.into_inner().ok_or(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicates_are_named_by_path_and_the_rest_parses_as_serde_json_does() {
        let text = br#"{"a": [1, {"b": 2, "c": {"d": 1, "d": 2}}]}"#;
        assert_eq!(
            from_slice(text).unwrap_err().unwrap(),
            ("a[1].c.d".to_string(), "d".to_string())
        );
        let ok = r#"{"x": [1, -2, 3.5, true, null, "字", {}], "y": {"z": []}}"#.as_bytes();
        let expected: Value = serde_json::from_slice(ok).unwrap();
        assert_eq!(from_slice(ok).unwrap(), expected);
        assert!(from_slice(b"{\"a\": 1} x").unwrap_err().is_err());
    }
}
