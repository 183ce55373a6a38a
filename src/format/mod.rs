//! The versioned JSON contract: import (size → depth → parse → migrate → deserialize →
//! validate) and export. See `docs/plan-format.md`.
//!
//! Every way in goes through [`import_bytes`] or [`import_json`]; every way out through
//! [`export_json`]. Errors are a list of [`FormatError`]s, each with a JSON Pointer
//! `path` into the document, a plain-English `message` and a stable [`ErrorCode`] the
//! UI can translate.

pub mod catalogue;
pub mod limits;
pub mod migrate;
pub mod samples;
pub mod schema;
mod shape;
pub mod share;
mod strict;

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::{Plan, Problem, ProblemKind, Severity};

pub use catalogue::{import_catalogue, import_catalogue_bytes, CatalogueImportError};
pub use limits::{MAX_BYTES, MAX_DEPTH};

/// The format version this build writes. Older versions are migrated on import
/// (see [`migrate`]).
pub const SCHEMA_VERSION: u32 = 5;

/// The category of an import problem. Stable: the UI translates by code, and the
/// bad-input corpus (`tests/corpus/bad/expected.json`) names codes in snake_case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The input is larger than [`MAX_BYTES`].
    TooLarge,
    /// Arrays/objects nest deeper than [`MAX_DEPTH`].
    TooDeep,
    /// The input is empty or only whitespace.
    Empty,
    /// The bytes are not UTF-8 text.
    InvalidUtf8,
    /// Not well-formed JSON (includes raw control characters inside strings).
    Syntax,
    /// The same key twice in one object.
    DuplicateKey,
    /// The document is JSON but not an object.
    NotAnObject,
    /// No `schema_version`.
    MissingVersion,
    /// `schema_version` is not a positive whole number.
    InvalidVersion,
    /// `schema_version` is newer than this build, or older than any it can migrate.
    UnsupportedVersion,
    /// A field the format does not have.
    UnknownField,
    /// A required field is absent.
    MissingField,
    /// A value of the wrong JSON type (text where a list belongs, …).
    WrongType,
    /// A value of the right type that is not allowed (unknown status, bad date, bad id).
    InvalidValue,
    /// A text contains a control character other than line break, carriage return or tab.
    ControlCharacter,
    /// The plan is well-formed but breaks a rule of the plan (model validation).
    Invalid,
}

impl ErrorCode {
    /// The snake_case name, as in the manifest and in serialized errors.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::TooLarge => "too_large",
            ErrorCode::TooDeep => "too_deep",
            ErrorCode::Empty => "empty",
            ErrorCode::InvalidUtf8 => "invalid_utf8",
            ErrorCode::Syntax => "syntax",
            ErrorCode::DuplicateKey => "duplicate_key",
            ErrorCode::NotAnObject => "not_an_object",
            ErrorCode::MissingVersion => "missing_version",
            ErrorCode::InvalidVersion => "invalid_version",
            ErrorCode::UnsupportedVersion => "unsupported_version",
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::MissingField => "missing_field",
            ErrorCode::WrongType => "wrong_type",
            ErrorCode::InvalidValue => "invalid_value",
            ErrorCode::ControlCharacter => "control_character",
            ErrorCode::Invalid => "invalid",
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem with an imported document.
///
/// `path` is a JSON Pointer (RFC 6901) into the document as written, e.g. `/goals/2/title`;
/// the empty pointer `""` means the document as a whole. Displays as `path: message`
/// (the whole document shows as `(document)`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormatError {
    pub code: ErrorCode,
    pub path: String,
    pub message: String,
    /// For [`ErrorCode::Invalid`]: the model's kind of problem (dangling reference,
    /// text too long, …), for finer translation. `None` for every other code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<ProblemKind>,
}

impl FormatError {
    pub fn new(code: ErrorCode, path: impl Into<String>, message: impl Into<String>) -> Self {
        FormatError {
            code,
            path: path.into(),
            message: message.into(),
            problem: None,
        }
    }

    /// The path as shown to people: the pointer, or `(document)` for the whole file.
    pub fn display_path(&self) -> &str {
        if self.path.is_empty() {
            "(document)"
        } else {
            &self.path
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.display_path(), self.message)
    }
}

impl std::error::Error for FormatError {}

/// Appends one reference token to a JSON Pointer, escaping `~` and `/`.
pub(crate) fn pointer_push(base: &str, token: &str) -> String {
    let mut out = String::with_capacity(base.len() + token.len() + 1);
    out.push_str(base);
    out.push('/');
    for c in token.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
    out
}

#[derive(Serialize)]
struct Envelope<'a> {
    schema_version: u32,
    #[serde(flatten)]
    plan: &'a Plan,
}

/// Serializes the plan in the current format version, pretty-printed, with
/// `schema_version` first.
pub fn export_json(plan: &Plan) -> String {
    // Serializing plain data with string keys cannot fail.
    serde_json::to_string_pretty(&Envelope {
        schema_version: SCHEMA_VERSION,
        plan,
    })
    .expect("a plan always serializes")
}

/// Imports a plan from raw bytes (a file, an upload): checks size and UTF-8, then
/// [`import_json`]. A leading UTF-8 byte-order mark is skipped.
pub fn import_bytes(bytes: &[u8]) -> Result<Plan, Vec<FormatError>> {
    import_json(checked_text(bytes)?)
}

/// The bytes as text: size, then UTF-8 (a leading byte-order mark skipped).
fn checked_text(bytes: &[u8]) -> Result<&str, Vec<FormatError>> {
    limits::check_size(bytes.len()).map_err(|e| vec![e])?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        vec![FormatError::new(
            ErrorCode::InvalidUtf8,
            "",
            format!(
                "the file is not UTF-8 text: invalid byte at offset {} (save the file as UTF-8)",
                e.valid_up_to()
            ),
        )]
    })
}

/// [`import_bytes`], also returning the plan's warnings (see [`import_checked`]).
pub fn import_bytes_checked(bytes: &[u8]) -> Result<Imported, Vec<FormatError>> {
    let text = checked_text(bytes)?;
    import_checked(text)
}

/// Imports a plan from JSON text of any supported version.
///
/// Steps: size check, nesting pre-scan, parse (refusing duplicate keys), version check,
/// migration to [`SCHEMA_VERSION`], control-character check, deserialization (unknown
/// fields, wrong types and missing fields are errors with paths), the reading of
/// `9999-12-31` as "no end", then the model's validation. The first steps stop at their
/// first problem; validation reports every problem it finds.
///
/// Only problems of [`Severity::Error`] refuse the plan; warnings (an end before a start,
/// an empty title, a reference to a removed item …) are what two people editing at once
/// can create, so they never stop a plan from loading. [`import_checked`] returns them.
pub fn import_json(text: &str) -> Result<Plan, Vec<FormatError>> {
    import_checked(text).map(|imported| imported.plan)
}

/// [`import_json`], also returning the plan's warnings (in `problems`) for the caller to
/// show as things to fix.
pub fn import_checked(text: &str) -> Result<Imported, Vec<FormatError>> {
    let Imported { plan, problems } = import_lenient(text)?;
    let (errors, warnings): (Vec<_>, Vec<_>) = problems
        .into_iter()
        .partition(|p| p.severity() == Severity::Error);
    if errors.is_empty() {
        Ok(Imported {
            plan,
            problems: warnings,
        })
    } else {
        Err(errors.into_iter().map(FormatError::from).collect())
    }
}

/// A plan read leniently: it parsed and has the format's shape, and `problems` lists
/// every rule of the plan it breaks (both severities), for the editor to show as things
/// to fix rather than a reason to start empty.
#[derive(Debug, Clone)]
pub struct Imported {
    pub plan: Plan,
    pub problems: Vec<crate::model::Problem>,
}

/// Reads a plan that parses and deserializes, whatever rules of the plan it breaks.
///
/// For the editor's own saves (autosave restore, a server's copy of a plan this editor
/// wrote): a save that parses is never discarded. Refuses only what cannot be read at
/// all (size, depth, syntax, version, shape, control characters).
pub fn import_lenient(text: &str) -> Result<Imported, Vec<FormatError>> {
    let value = parse_current(text).map_err(|e| vec![e])?;
    let mut plan = deserialize_plan(value).map_err(|e| vec![e])?;
    read_no_end_dates(&mut plan);
    let problems = crate::model::validate(&plan);
    Ok(Imported { plan, problems })
}

/// Case systems write `9999-12-31` as the end of something that has no end; the plan says
/// that with no end date. Any other date outside the window stays and is refused.
fn read_no_end_dates(plan: &mut Plan) {
    for item in &mut plan.interventions {
        if item.period.end == Some(crate::model::limits::NO_END_DATE) {
            item.period.end = None;
        }
    }
}

/// Parses and migrates `text` to the current version's JSON, without deserializing or
/// validating. The returned value has no `schema_version` key.
pub fn parse_current(text: &str) -> Result<Value, FormatError> {
    limits::check_size(text.len())?;
    if text.trim().is_empty() {
        return Err(FormatError::new(
            ErrorCode::Empty,
            "",
            "the file is empty; a plan file is a JSON object",
        ));
    }
    limits::scan_depth(text.as_bytes(), MAX_DEPTH)?;
    let value = strict::parse(text)?;
    let Value::Object(mut object) = value else {
        return Err(FormatError::new(
            ErrorCode::NotAnObject,
            "",
            format!(
                "a plan file must be a JSON object {{ … }}, but this one is {}",
                json_kind(&value)
            ),
        ));
    };
    let version = read_version(object.remove("schema_version"))?;
    let doc = migrate::migrate(Value::Object(object), version)?;
    check_control_chars(&doc, "")?;
    Ok(doc)
}

fn read_version(v: Option<Value>) -> Result<u32, FormatError> {
    let path = "/schema_version";
    let Some(v) = v else {
        return Err(FormatError::new(
            ErrorCode::MissingVersion,
            "",
            format!(
                "missing field `schema_version`; a plan file starts with \"schema_version\": {SCHEMA_VERSION}"
            ),
        ));
    };
    let n = match &v {
        Value::Number(n) => n.as_u64(),
        other => {
            return Err(FormatError::new(
                ErrorCode::InvalidVersion,
                path,
                format!(
                    "schema_version must be a whole number such as {SCHEMA_VERSION}, not {}",
                    json_kind(other)
                ),
            ))
        }
    };
    let Some(n) = n.filter(|n| *n >= 1) else {
        return Err(FormatError::new(
            ErrorCode::InvalidVersion,
            path,
            format!("schema_version must be a whole number of at least 1, not {v}"),
        ));
    };
    if n > u64::from(SCHEMA_VERSION) {
        return Err(FormatError::new(
            ErrorCode::UnsupportedVersion,
            path,
            format!(
                "schema_version {n} is newer than this editor supports ({SCHEMA_VERSION}); \
                 open the file in a newer version of the editor"
            ),
        ));
    }
    // n ≤ SCHEMA_VERSION, so it fits in u32.
    let n = n as u32;
    if n < migrate::OLDEST_SUPPORTED {
        return Err(FormatError::new(
            ErrorCode::UnsupportedVersion,
            path,
            format!(
                "schema_version {n} is older than this editor can read (oldest: {})",
                migrate::OLDEST_SUPPORTED
            ),
        ));
    }
    Ok(n)
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list [ … ]",
        Value::Object(_) => "an object { … }",
    }
}

/// True for characters a plan's text may not contain: C0 controls other than tab,
/// line feed and carriage return, DEL, and C1 controls.
pub fn is_forbidden_control(c: char) -> bool {
    crate::model::limits::is_forbidden_control(c)
}

/// Refuses control characters (other than `\t`, `\n`, `\r`) in any text or key. JSON
/// allows them escaped (`\u0007`), but they are invisible in the editor, break printing,
/// and are never part of what a person wrote.
fn check_control_chars(v: &Value, path: &str) -> Result<(), FormatError> {
    let found = |s: &str, path: &str, what: &str| {
        s.chars()
            .enumerate()
            .find(|(_, c)| is_forbidden_control(*c))
            .map(|(i, c)| {
                FormatError::new(
                    ErrorCode::ControlCharacter,
                    path,
                    format!(
                        "{what} contains the control character U+{:04X} at character {}; \
                         only line breaks and tabs are allowed",
                        c as u32,
                        i + 1
                    ),
                )
            })
    };
    match v {
        Value::String(s) => match found(s, path, "the text") {
            Some(e) => Err(e),
            None => Ok(()),
        },
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                check_control_chars(item, &pointer_push(path, &i.to_string()))?;
            }
            Ok(())
        }
        Value::Object(map) => {
            for (k, item) in map {
                if let Some(e) = found(k, path, &format!("the key {k:?}")) {
                    return Err(e);
                }
                check_control_chars(item, &pointer_push(path, k))?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Deserializes the current version's JSON (without `schema_version`) into a plan,
/// with a JSON Pointer to the first problem and a code from its category (see [`shape`]).
pub fn deserialize_plan(doc: Value) -> Result<Plan, FormatError> {
    shape::deserialize::<Plan>(doc).map_err(|e| match e.code {
        // The path ends at the unknown key itself; point at the object that holds it, and
        // name the key in the message.
        ErrorCode::UnknownField => {
            let parent = e.path.rsplit_once('/').map(|(p, _)| p).unwrap_or("");
            let at = if parent.is_empty() {
                "the top level"
            } else {
                parent
            };
            let message = format!("{} (at {at})", e.message);
            FormatError::new(e.code, parent, message)
        }
        _ => e,
    })
}

impl From<Problem> for FormatError {
    fn from(p: Problem) -> Self {
        FormatError {
            code: ErrorCode::Invalid,
            path: p.path,
            message: p.message,
            problem: Some(p.kind),
        }
    }
}

/// The model's validation problems ([`crate::model::validate`]) that refuse an import
/// (severity error), as format errors with code [`ErrorCode::Invalid`]; `problem` keeps
/// the model's finer kind.
pub fn validation_errors(plan: &Plan) -> Vec<FormatError> {
    crate::model::validate(plan)
        .into_iter()
        .filter(|p| p.severity() == Severity::Error)
        .map(FormatError::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_escapes_tilde_and_slash() {
        assert_eq!(pointer_push("/a", "b/c~d"), "/a/b~1c~0d");
    }

    #[test]
    fn forbidden_controls() {
        for c in ['\u{0}', '\u{7}', '\u{1b}', '\u{7f}', '\u{85}', '\u{9f}'] {
            assert!(is_forbidden_control(c), "{c:?}");
        }
        for c in ['\t', '\n', '\r', ' ', 'æ', '\u{a0}', '\u{2028}'] {
            assert!(!is_forbidden_control(c), "{c:?}");
        }
    }
}
