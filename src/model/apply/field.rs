//! One field of an item, reached by its name in the plan format.
//!
//! A field edit goes through the item's JSON form: the item is written out, the one field
//! is replaced, and the result is read back as the item, so every item type gets set-field
//! and text splices from one piece of code, and a value of the wrong type is refused by
//! the same rules that read a plan file. An item is small (a goal is about 1 KB), so the
//! round trip costs microseconds per keystroke.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use super::super::edit::Edit;
use super::super::error::EditError;
use super::super::plan::ItemRef;
use super::super::splice::{apply_splice, utf16_len};

/// The fields of an item type that a field edit may set: the first part of the path
/// must be one of `settable`.
pub(super) fn check_settable(path: &str, settable: &[&str]) -> Result<(), EditError> {
    let first = path.split('.').next().unwrap_or_default();
    if settable.contains(&first) && path.split('.').all(|part| !part.is_empty()) {
        Ok(())
    } else {
        Err(EditError::UnknownField {
            field: path.to_string(),
        })
    }
}

fn to_json<T: Serialize>(item: &T, path: &str) -> Result<Value, EditError> {
    serde_json::to_value(item).map_err(|_| EditError::InvalidValue {
        field: path.to_string(),
    })
}

/// The value at `path` (`Null` where the format leaves it out).
pub(super) fn get<T: Serialize>(item: &T, path: &str) -> Result<Value, EditError> {
    let mut value = to_json(item, path)?;
    for part in path.split('.') {
        value = match value {
            Value::Object(mut map) => map.remove(part).unwrap_or(Value::Null),
            _ => Value::Null,
        };
    }
    Ok(value)
}

/// `item` with the field at `path` set to `value`; `Null` removes the field, so it takes
/// its default (an empty text, no date). Objects on the way are created when missing.
pub(super) fn with<T: Serialize + DeserializeOwned>(
    item: &T,
    path: &str,
    value: Value,
) -> Result<T, EditError> {
    let invalid = || EditError::InvalidValue {
        field: path.to_string(),
    };
    let mut json = to_json(item, path)?;
    let mut parts = path.split('.').peekable();
    let mut node = &mut json;
    while let Some(part) = parts.next() {
        let map = match node {
            Value::Object(map) => map,
            Value::Null => {
                *node = Value::Object(Map::new());
                node.as_object_mut().ok_or_else(invalid)?
            }
            _ => return Err(invalid()),
        };
        if parts.peek().is_none() {
            if value.is_null() {
                map.remove(part);
            } else {
                map.insert(part.to_string(), value);
            }
            break;
        }
        node = map.entry(part.to_string()).or_insert(Value::Null);
    }
    serde_json::from_value(json).map_err(|_| invalid())
}

/// The text at `path` (an absent text is empty); refused when the field holds no text.
pub(super) fn text<T: Serialize>(item: &T, path: &str) -> Result<String, EditError> {
    match get(item, path)? {
        Value::String(text) => Ok(text),
        Value::Null => Ok(String::new()),
        _ => Err(EditError::NotText {
            field: path.to_string(),
        }),
    }
}

/// One field edit, before it is applied: set a value, or splice a text.
pub(super) enum FieldEdit {
    Set {
        path: String,
        value: Value,
    },
    Splice {
        path: String,
        at: usize,
        delete: usize,
        insert: String,
    },
}

impl FieldEdit {
    pub fn path(&self) -> &str {
        match self {
            FieldEdit::Set { path, .. } | FieldEdit::Splice { path, .. } => path,
        }
    }

    /// The owner with the field changed, and the edit that changes it back (that field
    /// only) on the owner `item` (None: the plan).
    pub fn apply_to<T: Serialize + DeserializeOwned>(
        self,
        owner: &T,
        item: Option<ItemRef>,
    ) -> Result<(T, Edit), EditError> {
        match self {
            FieldEdit::Set { path, value } => {
                let old = get(owner, &path)?;
                let new = with(owner, &path, value)?;
                let inverse = Edit::SetField {
                    item,
                    field: path,
                    value: old,
                };
                Ok((new, inverse))
            }
            FieldEdit::Splice {
                path,
                at,
                delete,
                insert,
            } => {
                let old = text(owner, &path)?;
                let (new, deleted) = apply_splice(&old, at, delete, &insert).ok_or_else(|| {
                    EditError::SpliceOutOfRange {
                        field: path.clone(),
                        at,
                        delete,
                        len: utf16_len(&old),
                    }
                })?;
                let new = with(owner, &path, Value::String(new))?;
                let (at, delete, insert) = narrowest_inverse(at, &deleted, &insert);
                let inverse = Edit::SpliceText {
                    item,
                    field: path,
                    at,
                    delete,
                    insert,
                };
                Ok((new, inverse))
            }
        }
    }
}

/// The splice that undoes one which replaced `deleted` by `inserted` at UTF-16 offset `at`,
/// as narrow as the change: characters the two share at the start and the end were not
/// changed (retyping "🙂" as "🙂Å" only adds "Å"). Undo then removes only what really
/// changed, so text another person put in next to the unchanged part is not inside the range
/// undo replaces, and stays where they put it (`History::rebase_remote`).
pub(super) fn narrowest_inverse(
    at: usize,
    deleted: &str,
    inserted: &str,
) -> (usize, usize, String) {
    let prefix: usize = deleted
        .chars()
        .zip(inserted.chars())
        .take_while(|(a, b)| a == b)
        .map(|(c, _)| c.len_utf8())
        .sum();
    let shift = utf16_len(&deleted[..prefix]);
    let (deleted, inserted) = (&deleted[prefix..], &inserted[prefix..]);
    let suffix: usize = deleted
        .chars()
        .rev()
        .zip(inserted.chars().rev())
        .take_while(|(a, b)| a == b)
        .map(|(c, _)| c.len_utf8())
        .sum();
    let deleted = &deleted[..deleted.len() - suffix];
    let inserted = &inserted[..inserted.len() - suffix];
    (at + shift, utf16_len(inserted), deleted.to_string())
}

#[cfg(test)]
mod narrowest_inverse_tests {
    use super::narrowest_inverse;

    #[test]
    fn keeps_only_what_changed() {
        // "🙂" retyped as "🙂Å" at 10: undo deletes the "Å" after the two units of 🙂.
        assert_eq!(narrowest_inverse(10, "🙂", "🙂Å"), (12, 1, String::new()));
        // "plan" → "plaan": one "a" in, whichever; undo takes one out.
        assert_eq!(narrowest_inverse(0, "plan", "plaan"), (3, 1, String::new()));
        // A real replacement stays whole.
        assert_eq!(narrowest_inverse(4, "ab", "cd"), (4, 2, "ab".to_string()));
        // Nothing changed: undo changes nothing.
        assert_eq!(narrowest_inverse(2, "x", "x"), (3, 0, String::new()));
        // A deletion: undo puts back what was deleted.
        assert_eq!(narrowest_inverse(5, "æøå", ""), (5, 0, "æøå".to_string()));
    }
}
