//! The versioned JSON contract: import (parse → migrate → validate) and export.

use crate::model::Plan;

/// The format version this build writes.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct FormatError {
    pub path: String,
    pub message: String,
}

#[derive(serde::Serialize)]
struct Envelope<'a> {
    schema_version: u32,
    #[serde(flatten)]
    plan: &'a Plan,
}

/// Serializes the plan in the current format version.
pub fn export_json(plan: &Plan) -> String {
    serde_json::to_string_pretty(&Envelope {
        schema_version: SCHEMA_VERSION,
        plan,
    })
    .expect("a plan always serializes")
}

/// Parses a plan from JSON text.
pub fn import_json(text: &str) -> Result<Plan, Vec<FormatError>> {
    let mut value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        vec![FormatError {
            path: String::new(),
            message: format!("not valid JSON: {e}"),
        }]
    })?;
    if let Some(obj) = value.as_object_mut() {
        obj.remove("schema_version");
    }
    serde_json::from_value(value).map_err(|e| {
        vec![FormatError {
            path: String::new(),
            message: e.to_string(),
        }]
    })
}
