//! Parses JSON text into a [`serde_json::Value`], rejecting duplicate object keys.
//!
//! `serde_json::Value` keeps the last of two equal keys without a word. Another system
//! reading the same file may keep the first, so the two would silently disagree about
//! the plan: the importer refuses such a file and names the key and where it is.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use super::{pointer_push, ErrorCode, FormatError};

/// Parses `text` as JSON. Depth must already be bounded (see [`super::limits`]).
pub(crate) fn parse(text: &str) -> Result<Value, FormatError> {
    let found = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let result = ValueSeed {
        path: String::new(),
        duplicate: &found,
    }
    .deserialize(&mut de)
    .and_then(|v| de.end().map(|()| v));
    match result {
        Ok(value) => Ok(value),
        Err(e) => Err(match found.into_inner() {
            Some(dup) => dup,
            None => syntax_error(&e),
        }),
    }
}

fn syntax_error(e: &serde_json::Error) -> FormatError {
    let what = e.to_string();
    // serde_json appends " at line L column C"; keep the message and say it plainly.
    let core = what
        .rsplit_once(" at line ")
        .map(|(head, _)| head)
        .unwrap_or(&what);
    let message = if e.is_eof() {
        format!(
            "the JSON ends too early (line {}, column {}): {core}",
            e.line(),
            e.column()
        )
    } else {
        format!(
            "not valid JSON at line {}, column {}: {core}",
            e.line(),
            e.column()
        )
    };
    FormatError::new(ErrorCode::Syntax, "", message)
}

struct ValueSeed<'a> {
    path: String,
    duplicate: &'a RefCell<Option<FormatError>>,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("number out of range"))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
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
        let mut items = Vec::new();
        loop {
            let seed = ValueSeed {
                path: pointer_push(&self.path, &items.len().to_string()),
                duplicate: self.duplicate,
            };
            match seq.next_element_seed(seed)? {
                Some(v) => items.push(v),
                None => break,
            }
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                let at = if self.path.is_empty() {
                    "the top level".to_string()
                } else {
                    self.path.clone()
                };
                *self.duplicate.borrow_mut() = Some(FormatError::new(
                    ErrorCode::DuplicateKey,
                    self.path.clone(),
                    format!("the key `{key}` appears twice in the same object at {at}; each key may appear once"),
                ));
                return Err(de::Error::custom("duplicate key"));
            }
            let seed = ValueSeed {
                path: pointer_push(&self.path, &key),
                duplicate: self.duplicate,
            };
            let value = map.next_value_seed(seed)?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_serde_json() {
        let text = r#"{"a": [1, -2, 3.5, "x", null, true, {"b": {}}], "c": "\u00e6"}"#;
        let ours = parse(text).unwrap();
        let theirs: Value = serde_json::from_str(text).unwrap();
        assert_eq!(ours, theirs);
    }

    #[test]
    fn duplicate_key_is_reported_with_its_path() {
        let err = parse(r#"{"goals": [{"id": 1}, {"id": 2, "id": 3}]}"#).unwrap_err();
        assert_eq!(err.code, ErrorCode::DuplicateKey);
        assert_eq!(err.path, "/goals/1");
        assert!(
            err.message.contains("`id` appears twice"),
            "{}",
            err.message
        );
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let err = parse("{\n  \"a\": 1,\n}").unwrap_err();
        assert_eq!(err.code, ErrorCode::Syntax);
        assert!(err.message.contains("line 3"), "{}", err.message);
    }

    #[test]
    fn trailing_garbage_is_a_syntax_error() {
        assert_eq!(parse("{} x").unwrap_err().code, ErrorCode::Syntax);
    }
}
