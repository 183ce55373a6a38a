//! The published JSON Schema (draft 2020-12) of the current format version, generated
//! from the model's Rust types with `schemars` and wrapped with `schema_version`.
//!
//! The committed copy is `schema/plan.schema.json`; regenerate it with
//! `cargo run --bin plan-tool -- schema > schema/plan.schema.json`
//! (the test `format_schema::committed_schema_is_current` fails when it is stale).

use schemars::generate::SchemaSettings;
use serde_json::{json, Value};

use super::SCHEMA_VERSION;
use crate::model::Plan;

/// The schema's `$id`: an identifier, not a download address.
pub fn schema_id() -> String {
    format!("urn:helhedsplan:schema:plan:v{SCHEMA_VERSION}")
}

/// The JSON Schema for a plan file of the current version.
///
/// It describes what the importer accepts as a document's shape (fields, types,
/// allowed values). Rules that span fields (references between goals and
/// interventions, dates in order, text limits) are checked by the importer's
/// validation, not by the schema.
pub fn schema() -> Value {
    let generator = SchemaSettings::draft2020_12()
        .for_deserialize()
        .into_generator();
    let mut schema: Value = generator.into_root_schema_for::<Plan>().into();
    // schemars always produces an object for a struct.
    let object = schema
        .as_object_mut()
        .expect("the plan schema is a JSON object");
    object.insert("$id".into(), Value::String(schema_id()));
    object.insert("title".into(), json!("Helhedsplan plan file"));
    object.insert(
        "description".into(),
        json!(format!(
            "One holistic plan (én helhedsorienteret plan) co-authored by a citizen and their \
             caseworker, as exported by the helhedsplan editor. Format version {SCHEMA_VERSION}; \
             see docs/plan-format.md."
        )),
    );
    let properties = object
        .entry("properties")
        .or_insert_with(|| json!({}))
        .as_object_mut()
        .expect("properties is an object");
    properties.insert(
        "schema_version".into(),
        json!({
            "description": format!(
                "The format version of this file. This schema describes version {SCHEMA_VERSION}; \
                 the editor also imports older versions and migrates them."
            ),
            "type": "integer",
            "const": SCHEMA_VERSION,
        }),
    );
    let required = object
        .entry("required")
        .or_insert_with(|| json!([]))
        .as_array_mut()
        .expect("required is an array");
    required.insert(0, json!("schema_version"));
    schema
}

/// [`schema`] as pretty-printed text with a final newline, as committed.
pub fn schema_json() -> String {
    let mut text = serde_json::to_string_pretty(&schema()).expect("a JSON value serializes");
    text.push('\n');
    text
}
