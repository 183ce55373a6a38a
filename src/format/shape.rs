//! Shape: reads the parsed document into the plan's types (import step 8), and says what
//! kind of mismatch stopped it from serde's error *category*, never from its words.
//!
//! `serde_json::Value` deserializes with `serde_json::Error`, which keeps only a message:
//! whether serde called `unknown_field`, `missing_field` or `invalid_type` is lost. So
//! [`ValueReader`] reads a `Value` the way `serde_json` does (same accepted input, same
//! wording) but with an error type of our own, [`ShapeError`], that records which
//! `serde::de::Error` constructor was called. `serde_path_to_error` wraps it for the
//! JSON Pointer, as before.
//!
//! Dates (chrono) and ids (uuid) refuse a text through `custom`, with their own terse
//! words; which one it was comes from the Rust type the text was read as (see
//! [`Formatted`]), so the message can say what a date or an id looks like.

use std::fmt;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, Expected, IntoDeserializer, MapAccess,
    SeqAccess, Unexpected, VariantAccess, Visitor,
};
use serde_json::{Map, Number, Value};

use super::{pointer_push, ErrorCode, FormatError};

/// Which `serde::de::Error` constructor refused the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mismatch {
    UnknownField,
    MissingField,
    InvalidType,
    InvalidLength,
    InvalidValue,
    UnknownVariant,
    DuplicateField,
    /// A type's own check refused a value of the right JSON type (a date, an id).
    Custom,
}

impl Mismatch {
    /// The import code for this category.
    pub(crate) fn code(self) -> ErrorCode {
        match self {
            Mismatch::UnknownField => ErrorCode::UnknownField,
            Mismatch::MissingField => ErrorCode::MissingField,
            Mismatch::InvalidType | Mismatch::InvalidLength => ErrorCode::WrongType,
            Mismatch::InvalidValue | Mismatch::UnknownVariant | Mismatch::Custom => {
                ErrorCode::InvalidValue
            }
            Mismatch::DuplicateField => ErrorCode::DuplicateKey,
        }
    }
}

/// Text the plan reads as a value of its own: what a refused one should have looked like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Formatted {
    /// A UUID (every id of the plan).
    Id,
    /// A date (`2025-09-02`) or a time (`2025-09-02T10:00:00Z`).
    DateOrTime,
}

impl Formatted {
    /// The kind of text a value of type `T` is read from, if it is one of ours.
    ///
    /// `T` is the value a visitor produces; chrono reads a `DateTime<Utc>` through a
    /// `DateTime<FixedOffset>` visitor, so both are listed. A change-log item and a
    /// comment's target are a kind and an id; serde reads them through a buffer of its
    /// own (their `id` key sorts before `kind`), so a refusal inside one is known only
    /// once it leaves the object, and can only be the id's. `typeid` because `T` may
    /// borrow from the input, which `std::any::TypeId` does not allow.
    fn of<T: ?Sized>() -> Option<Formatted> {
        use crate::model::{ItemRef, Target};
        use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
        let t = typeid::of::<T>();
        if t == typeid::of::<uuid::Uuid>()
            || t == typeid::of::<ItemRef>()
            || t == typeid::of::<Target>()
        {
            Some(Formatted::Id)
        } else if t == typeid::of::<NaiveDate>()
            || t == typeid::of::<DateTime<FixedOffset>>()
            || t == typeid::of::<DateTime<Utc>>()
        {
            Some(Formatted::DateOrTime)
        } else {
            None
        }
    }

    /// `message` (the parser's own words) with what was expected.
    fn explain(self, message: &str) -> String {
        match self {
            Formatted::DateOrTime => format!(
                "not a valid date or time ({message}); write dates as 2025-09-02 and times as \
                 2025-09-02T10:00:00Z"
            ),
            Formatted::Id => format!(
                "not a valid id ({message}); ids are UUIDs such as \
                 3f2c1a9e-8b7d-4c6e-9f10-2a3b4c5d6e7f"
            ),
        }
    }
}

/// A deserialization error that knows its category. Boxed, so that every `Result` the
/// plan's many visitors return stays one pointer wide, as with `serde_json::Error`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ShapeError(Box<Refusal>);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Refusal {
    mismatch: Mismatch,
    /// For a [`Mismatch::Custom`] refusal of a text read as a date or an id.
    formatted: Option<Formatted>,
    /// serde's words.
    message: String,
}

impl ShapeError {
    #[cold]
    fn new(mismatch: Mismatch, message: impl fmt::Display) -> Self {
        ShapeError(Box::new(Refusal {
            mismatch,
            formatted: None,
            message: message.to_string(),
        }))
    }

    pub(crate) fn mismatch(&self) -> Mismatch {
        self.0.mismatch
    }

    /// Notes that a value read as a `T` was refused by a parser of its own (the
    /// innermost such `T` wins).
    #[cold]
    fn reading<T: ?Sized>(mut self) -> Self {
        if self.0.mismatch == Mismatch::Custom && self.0.formatted.is_none() {
            self.0.formatted = Formatted::of::<T>();
        }
        self
    }

    /// The message for people: serde's words, with an example where a date or an id was
    /// refused.
    pub(crate) fn message(&self) -> String {
        match self.0.formatted {
            Some(formatted) => formatted.explain(&self.0.message),
            None => self.0.message.clone(),
        }
    }
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.message)
    }
}

impl std::error::Error for ShapeError {}

/// serde's own wording for the categories whose text it builds (`unknown field `x`,
/// expected one of …`): `serde::de::value::Error` implements only `custom`, so its other
/// constructors are serde's defaults, the same `serde_json::Error` uses.
type SerdeWords = de::value::Error;

impl de::Error for ShapeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        ShapeError::new(Mismatch::Custom, msg)
    }

    fn invalid_type(unexp: Unexpected, exp: &dyn Expected) -> Self {
        ShapeError::new(
            Mismatch::InvalidType,
            format_args!("invalid type: {}, expected {exp}", JsonWords(unexp)),
        )
    }

    fn invalid_value(unexp: Unexpected, exp: &dyn Expected) -> Self {
        ShapeError::new(
            Mismatch::InvalidValue,
            format_args!("invalid value: {}, expected {exp}", JsonWords(unexp)),
        )
    }

    fn invalid_length(len: usize, exp: &dyn Expected) -> Self {
        ShapeError::new(
            Mismatch::InvalidLength,
            <SerdeWords as de::Error>::invalid_length(len, exp),
        )
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        ShapeError::new(
            Mismatch::UnknownVariant,
            <SerdeWords as de::Error>::unknown_variant(variant, expected),
        )
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        ShapeError::new(
            Mismatch::UnknownField,
            <SerdeWords as de::Error>::unknown_field(field, expected),
        )
    }

    fn missing_field(field: &'static str) -> Self {
        ShapeError::new(
            Mismatch::MissingField,
            <SerdeWords as de::Error>::missing_field(field),
        )
    }

    fn duplicate_field(field: &'static str) -> Self {
        ShapeError::new(
            Mismatch::DuplicateField,
            <SerdeWords as de::Error>::duplicate_field(field),
        )
    }
}

/// What was found, in JSON's words as `serde_json` writes them (`null`, not "unit value").
struct JsonWords<'a>(Unexpected<'a>);

impl fmt::Display for JsonWords<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Unexpected::Unit => f.write_str("null"),
            other => other.fmt(f),
        }
    }
}

/// Deserializes `doc` into `T`, with a JSON Pointer to the first problem and a code from
/// its category. The path is where serde stopped: for an unknown field, the key itself.
pub(crate) fn deserialize<T: DeserializeOwned>(doc: Value) -> Result<T, FormatError> {
    serde_path_to_error::deserialize(ValueReader(doc)).map_err(|e| {
        let path = error_pointer(e.path());
        let error = e.into_inner();
        FormatError::new(error.mismatch().code(), path, error.message())
    })
}

/// Where a deserialization error happened, as a JSON Pointer.
fn error_pointer(at: &serde_path_to_error::Path) -> String {
    let mut path = String::new();
    for segment in at.iter() {
        match segment {
            serde_path_to_error::Segment::Seq { index } => {
                path = pointer_push(&path, &index.to_string())
            }
            serde_path_to_error::Segment::Map { key } => path = pointer_push(&path, key),
            serde_path_to_error::Segment::Enum { .. } | serde_path_to_error::Segment::Unknown => {}
        }
    }
    path
}

/// A `serde_json::Value` as a deserializer with [`ShapeError`]s. Accepts exactly what
/// `serde_json`'s own `impl Deserializer for Value` accepts, method by method.
pub(crate) struct ValueReader(pub(crate) Value);

fn unexpected(value: &Value) -> Unexpected<'_> {
    match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => Unexpected::Unsigned(u),
            (None, Some(i), _) => Unexpected::Signed(i),
            (None, None, f) => Unexpected::Float(f.unwrap_or(f64::NAN)),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

fn wrong_type<'de, V: Visitor<'de>>(value: &Value, visitor: &V) -> ShapeError {
    de::Error::invalid_type(unexpected(value), visitor)
}

fn visit_number<'de, V: Visitor<'de>>(n: Number, visitor: V) -> Result<V::Value, ShapeError> {
    if let Some(u) = n.as_u64() {
        visitor.visit_u64(u)
    } else if let Some(i) = n.as_i64() {
        visitor.visit_i64(i)
    } else if let Some(f) = n.as_f64() {
        visitor.visit_f64(f)
    } else {
        Err(de::Error::custom("number out of range"))
    }
}

fn visit_text<'de, V: Visitor<'de>>(text: String, visitor: V) -> Result<V::Value, ShapeError> {
    visitor
        .visit_string(text)
        .map_err(ShapeError::reading::<V::Value>)
}

fn visit_array<'de, V: Visitor<'de>>(
    items: Vec<Value>,
    visitor: V,
) -> Result<V::Value, ShapeError> {
    let len = items.len();
    let mut items = Items(items.into_iter());
    let value = visitor.visit_seq(&mut items)?;
    if items.0.len() == 0 {
        Ok(value)
    } else {
        Err(de::Error::invalid_length(len, &"fewer elements in array"))
    }
}

fn visit_object<'de, V: Visitor<'de>>(
    object: Map<String, Value>,
    visitor: V,
) -> Result<V::Value, ShapeError> {
    let len = object.len();
    let mut entries = Entries {
        iter: object.into_iter(),
        value: None,
    };
    let value = visitor
        .visit_map(&mut entries)
        .map_err(ShapeError::reading::<V::Value>)?;
    if entries.iter.len() == 0 {
        Ok(value)
    } else {
        Err(de::Error::invalid_length(len, &"fewer elements in map"))
    }
}

macro_rules! read_number {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ShapeError> {
            match self.0 {
                Value::Number(n) => visit_number(n, visitor),
                other => Err(wrong_type(&other, &visitor)),
            }
        }
    )*};
}

impl<'de> de::Deserializer<'de> for ValueReader {
    type Error = ShapeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ShapeError> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(b),
            Value::Number(n) => visit_number(n, visitor),
            Value::String(s) => visit_text(s, visitor),
            Value::Array(items) => visit_array(items, visitor),
            Value::Object(object) => visit_object(object, visitor),
        }
    }

    read_number!(
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128
        deserialize_f32 deserialize_f64
    );

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ShapeError> {
        match self.0 {
            Value::Bool(b) => visitor.visit_bool(b),
            other => Err(wrong_type(&other, &visitor)),
        }
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ShapeError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ShapeError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ShapeError> {
        match self.0 {
            Value::String(s) => visit_text(s, visitor),
            other => Err(wrong_type(&other, &visitor)),
        }
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ShapeError> {
        self.deserialize_byte_buf(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ShapeError> {
        match self.0 {
            Value::String(s) => visit_text(s, visitor),
            Value::Array(items) => visit_array(items, visitor),
            other => Err(wrong_type(&other, &visitor)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ShapeError> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ShapeError> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            other => Err(wrong_type(&other, &visitor)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ShapeError> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ShapeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ShapeError> {
        match self.0 {
            Value::Array(items) => visit_array(items, visitor),
            other => Err(wrong_type(&other, &visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ShapeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ShapeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ShapeError> {
        match self.0 {
            Value::Object(object) => visit_object(object, visitor),
            other => Err(wrong_type(&other, &visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ShapeError> {
        match self.0 {
            Value::Array(items) => visit_array(items, visitor),
            Value::Object(object) => visit_object(object, visitor),
            other => Err(wrong_type(&other, &visitor)),
        }
    }

    /// An enum is a string (a unit variant) or an object with one key (the variant) and
    /// its value, as `serde_json` writes them.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ShapeError> {
        match self.0 {
            Value::String(name) => visitor.visit_enum(Variant { name, value: None }),
            Value::Object(object) => {
                let mut entries = object.into_iter();
                match (entries.next(), entries.next()) {
                    (Some((name, value)), None) => visitor.visit_enum(Variant {
                        name,
                        value: Some(value),
                    }),
                    _ => Err(de::Error::invalid_value(
                        Unexpected::Map,
                        &"map with a single key",
                    )),
                }
            }
            other => Err(de::Error::invalid_type(
                unexpected(&other),
                &"string or map",
            )),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ShapeError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ShapeError> {
        visitor.visit_unit()
    }
}

/// The items of a list, each read by a [`ValueReader`].
struct Items(std::vec::IntoIter<Value>);

impl<'de> SeqAccess<'de> for Items {
    type Error = ShapeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ShapeError> {
        self.0
            .next()
            .map(|item| seed.deserialize(ValueReader(item)))
            .transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

/// The entries of an object: keys as text, values each read by a [`ValueReader`].
struct Entries {
    iter: <Map<String, Value> as IntoIterator>::IntoIter,
    value: Option<Value>,
}

impl<'de> MapAccess<'de> for Entries {
    type Error = ShapeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, ShapeError> {
        match self.iter.next() {
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(key.into_deserializer()).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<T::Value, ShapeError> {
        match self.value.take() {
            Some(value) => seed.deserialize(ValueReader(value)),
            None => Err(de::Error::custom("value is missing")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

/// An enum's variant name and, for a variant with data, its value.
struct Variant {
    name: String,
    value: Option<Value>,
}

impl<'de> EnumAccess<'de> for Variant {
    type Error = ShapeError;
    type Variant = VariantData;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, VariantData), ShapeError> {
        let name = seed.deserialize(self.name.into_deserializer())?;
        Ok((name, VariantData(self.value)))
    }
}

struct VariantData(Option<Value>);

impl<'de> VariantAccess<'de> for VariantData {
    type Error = ShapeError;

    fn unit_variant(self) -> Result<(), ShapeError> {
        match self.0 {
            Some(value) => de::Deserialize::deserialize(ValueReader(value)),
            None => Ok(()),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<T::Value, ShapeError> {
        match self.0 {
            Some(value) => seed.deserialize(ValueReader(value)),
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"newtype variant",
            )),
        }
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ShapeError> {
        match self.0 {
            Some(Value::Array(items)) if items.is_empty() => visitor.visit_unit(),
            Some(Value::Array(items)) => visit_array(items, visitor),
            Some(other) => Err(de::Error::invalid_type(
                unexpected(&other),
                &"tuple variant",
            )),
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"tuple variant",
            )),
        }
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ShapeError> {
        match self.0 {
            Some(Value::Object(object)) => visit_object(object, visitor),
            Some(other) => Err(de::Error::invalid_type(
                unexpected(&other),
                &"struct variant",
            )),
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"struct variant",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, NaiveDate, Utc};
    use serde::Deserialize;
    use serde_json::json;

    fn read<T: DeserializeOwned>(doc: Value) -> Result<T, FormatError> {
        deserialize(doc)
    }

    fn refusal<T: DeserializeOwned + fmt::Debug>(doc: Value) -> FormatError {
        read::<T>(doc).unwrap_err()
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        name: String,
        #[serde(default, alias = "colour")]
        color: u8,
        #[serde(default)]
        pair: Option<(u8, u8)>,
        #[serde(default)]
        status: Option<Status>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Status {
        Active,
    }

    #[test]
    fn every_serde_category_has_its_code_and_path() {
        let cases: [(Value, Mismatch, ErrorCode, &str); 7] = [
            (
                json!({"name": "a", "size": 1}),
                Mismatch::UnknownField,
                ErrorCode::UnknownField,
                "/size",
            ),
            (
                json!({}),
                Mismatch::MissingField,
                ErrorCode::MissingField,
                "",
            ),
            (
                json!({"name": 7}),
                Mismatch::InvalidType,
                ErrorCode::WrongType,
                "/name",
            ),
            (
                json!({"name": "a", "pair": [1, 2, 3]}),
                Mismatch::InvalidLength,
                ErrorCode::WrongType,
                "/pair",
            ),
            (
                json!({"name": "a", "color": 300}),
                Mismatch::InvalidValue,
                ErrorCode::InvalidValue,
                "/color",
            ),
            (
                json!({"name": "a", "status": "done"}),
                Mismatch::UnknownVariant,
                ErrorCode::InvalidValue,
                "/status",
            ),
            (
                json!({"name": "a", "color": 1, "colour": 2}),
                Mismatch::DuplicateField,
                ErrorCode::DuplicateKey,
                "",
            ),
        ];
        for (doc, mismatch, code, path) in cases {
            let raw =
                serde_path_to_error::deserialize::<_, Item>(ValueReader(doc.clone())).unwrap_err();
            assert_eq!(raw.inner().mismatch(), mismatch, "{doc}");
            let e = refusal::<Item>(doc.clone());
            assert_eq!((e.code, e.path.as_str()), (code, path), "{doc}: {e:?}");
        }
    }

    /// A code read from text that refuses some values with words of its own.
    #[derive(Debug)]
    struct Code;

    impl<'de> Deserialize<'de> for Code {
        fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let text = String::deserialize(d)?;
            Err(de::Error::custom(text))
        }
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Coded {
        code: Code,
    }

    #[test]
    fn a_refusal_worded_like_another_category_keeps_its_own() {
        // Words that the old classifier read as another category (and, for "unknown
        // field", as a reason to point at the parent object).
        for words in [
            "unknown field `code` in the catalogue",
            "missing field `group` for this code",
            "invalid type of code",
            "invalid length: found 3",
        ] {
            let e = refusal::<Coded>(json!({ "code": words }));
            assert_eq!(e.code, ErrorCode::InvalidValue, "{words}: {e:?}");
            assert_eq!(e.path, "/code", "{words}");
            assert_eq!(e.message, words, "no date or id hint for a code");
        }
    }

    #[test]
    fn the_hint_follows_the_type_read_not_the_words() {
        // chrono's and uuid's own words, from a type that is neither a date nor an id.
        for words in ["premature end of input", "UUID parsing failed: x"] {
            let e = refusal::<Coded>(json!({ "code": words }));
            assert_eq!(e.message, words);
        }
        let date = refusal::<NaiveDate>(json!("2. september 2025"));
        assert_eq!(date.code, ErrorCode::InvalidValue);
        assert!(
            date.message.starts_with("not a valid date or time ("),
            "{date:?}"
        );
        let time = refusal::<DateTime<Utc>>(json!("2025-09-02 kl. 10"));
        assert!(
            time.message.starts_with("not a valid date or time ("),
            "{time:?}"
        );
        let id = refusal::<crate::model::GoalId>(json!("goal-1"));
        assert_eq!(id.code, ErrorCode::InvalidValue);
        assert!(id.message.starts_with("not a valid id ("), "{id:?}");
        // The same parsers' words reached through any other error constructor get none.
        let e = <ShapeError as de::Error>::custom("premature end of input").reading::<String>();
        assert_eq!(e.message(), "premature end of input");
        // A wrong JSON type where a date belongs is a wrong type, not a bad date.
        let e = refusal::<NaiveDate>(json!(20250902));
        assert_eq!(e.code, ErrorCode::WrongType);
        assert!(e.message.starts_with("invalid type: integer"), "{e:?}");
    }

    #[test]
    fn an_id_inside_a_kind_and_id_pair_is_explained_at_the_pair() {
        // serde buffers the pair (`id` sorts before `kind`), so the refusal surfaces at
        // the pair's path.
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Entry {
            item: crate::model::ItemRef,
        }
        let e = refusal::<Entry>(json!({"item": {"kind": "goal", "id": "goal-1"}}));
        assert_eq!(
            (e.code, e.path.as_str()),
            (ErrorCode::InvalidValue, "/item")
        );
        assert!(e.message.starts_with("not a valid id ("), "{e:?}");
        let e = refusal::<Entry>(json!({"item": {"kind": "robot", "id": "goal-1"}}));
        assert_eq!(e.code, ErrorCode::InvalidValue);
        assert!(e.message.starts_with("unknown variant `robot`"), "{e:?}");
    }

    /// The reader accepts and refuses what `serde_json::from_value` does, in its words.
    #[test]
    fn reads_like_serde_json() {
        fn same<T: DeserializeOwned + PartialEq + fmt::Debug>(doc: Value) {
            let ours = T::deserialize(ValueReader(doc.clone())).map_err(|e| e.to_string());
            let theirs = serde_json::from_value::<T>(doc.clone()).map_err(|e| e.to_string());
            assert_eq!(ours, theirs, "{doc}");
        }
        for doc in [
            json!(null),
            json!(true),
            json!(-1),
            json!(2.5),
            json!("x"),
            json!([]),
            json!({}),
        ] {
            same::<Option<u32>>(doc.clone());
            same::<String>(doc.clone());
            same::<Vec<i8>>(doc.clone());
            same::<bool>(doc.clone());
            same::<f64>(doc.clone());
            same::<()>(doc.clone());
            same::<(u8, String)>(doc.clone());
            same::<uuid::Uuid>(doc.clone());
        }
        same::<(u8, String)>(json!([1, "a"]));
        same::<Vec<Option<u64>>>(json!([1, null, 18446744073709551615u64]));
        same::<crate::model::GoalStatus>(json!("active"));
        same::<crate::model::GoalStatus>(json!({"active": null}));
        same::<crate::model::GoalStatus>(json!({"active": null, "achieved": null}));
        same::<crate::model::GoalStatus>(json!(3));
        for (name, _) in crate::format::samples::list() {
            let text = crate::format::samples::get(name).unwrap_or_default();
            let doc = crate::format::parse_current(text).unwrap_or_default();
            same::<crate::model::Plan>(doc);
        }
    }
}
