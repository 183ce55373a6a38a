//! The published JSON Schema: committed copy is current, is a valid draft 2020-12
//! schema, and agrees with the importer on samples and on the example in the docs.
// Native only: these tests use proptest, jsonschema, files or processes.
#![cfg(not(target_arch = "wasm32"))]

use helhedsplan::format::{self, schema, SCHEMA_VERSION};
use helhedsplan::model::generate::synthetic_plan;
use serde_json::{json, Value};

const COMMITTED: &str = include_str!("../schema/plan.schema.json");

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(COMMITTED).unwrap();
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema)
        .expect("the committed schema compiles")
}

fn schema_errors(instance: &Value) -> Vec<String> {
    validator()
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn committed_schema_is_current() {
    let current = schema::schema_json();
    assert!(
        COMMITTED == current,
        "schema/plan.schema.json is stale: the Rust types changed. Regenerate it with\n    \
         cargo run --bin plan-tool -- schema > schema/plan.schema.json"
    );
}

#[test]
fn schema_is_valid_draft_2020_12_with_id_title_and_version() {
    let schema: Value = serde_json::from_str(COMMITTED).unwrap();
    jsonschema::meta::validate(&schema).expect("valid against the draft 2020-12 meta-schema");
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["$id"], json!(schema::schema_id()));
    assert!(schema["title"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(schema["description"]
        .as_str()
        .is_some_and(|t| !t.is_empty()));
    assert_eq!(
        schema["properties"]["schema_version"]["const"],
        SCHEMA_VERSION
    );
    assert_eq!(schema["required"][0], "schema_version");
    assert_eq!(schema["additionalProperties"], false);
}

#[test]
fn every_sample_satisfies_the_schema() {
    for (name, _) in format::samples::list() {
        let doc: Value = serde_json::from_str(format::samples::get(name).unwrap()).unwrap();
        let errors = schema_errors(&doc);
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

#[test]
fn generated_plans_satisfy_the_schema() {
    for seed in 0..10 {
        let doc: Value =
            serde_json::from_str(&format::export_json(&synthetic_plan(8, 12, seed))).unwrap();
        let errors = schema_errors(&doc);
        assert!(errors.is_empty(), "seed {seed}: {errors:#?}");
    }
}

#[test]
fn schema_and_importer_both_refuse_shape_errors() {
    let sample: Value =
        serde_json::from_str(format::samples::get("mor-med-angst").unwrap()).unwrap();
    let mut cases: Vec<(&str, Value)> = Vec::new();
    let mut doc = sample.clone();
    doc["goals"][1]["colour"] = json!("rød");
    cases.push(("unknown field", doc));
    let mut doc = sample.clone();
    doc["schema_version"] = json!(SCHEMA_VERSION + 1);
    cases.push(("newer version", doc));
    let mut doc = sample.clone();
    doc.as_object_mut().unwrap().remove("schema_version");
    cases.push(("missing version", doc));
    let mut doc = sample.clone();
    doc["goals"][0]["status"] = json!("done");
    cases.push(("unknown status", doc));
    let mut doc = sample.clone();
    doc["title"] = json!(42);
    cases.push(("wrong type", doc));
    let mut doc = sample.clone();
    doc["interventions"][0]
        .as_object_mut()
        .unwrap()
        .remove("sector");
    cases.push(("missing field", doc));
    let mut doc = sample.clone();
    doc["consents"][0]["given"] = json!("2. september 2025");
    cases.push(("bad date", doc));
    let mut doc = sample;
    doc["goals"][0]["id"] = json!("mål-1");
    cases.push(("bad id", doc));
    for (what, doc) in cases {
        assert!(
            !schema_errors(&doc).is_empty(),
            "{what}: the schema accepts it"
        );
        assert!(
            format::import_json(&doc.to_string()).is_err(),
            "{what}: the importer accepts it"
        );
    }
}

/// The first ```json block in docs/plan-format.md.
fn doc_example() -> String {
    let doc = include_str!("../docs/plan-format.md");
    let start = doc.find("```json\n").expect("the doc has a ```json block") + "```json\n".len();
    let end = start + doc[start..].find("```").expect("the block is closed");
    doc[start..end].to_string()
}

#[test]
fn the_example_in_the_docs_imports_and_satisfies_the_schema() {
    let text = doc_example();
    let plan = format::import_json(&text).unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(!plan.goals.is_empty() && !plan.interventions.is_empty());
    let doc: Value = serde_json::from_str(&text).unwrap();
    let errors = schema_errors(&doc);
    assert!(errors.is_empty(), "{errors:#?}");
    // The example is in the exact form the editor exports.
    assert_eq!(format::export_json(&plan).trim_end(), text.trim_end());
}
