//! Export → import gives back the same plan, for generated valid plans (the model's
//! proptest strategies, and synthetic plans with awkward text put in); import refuses
//! exactly the plans validation refuses; a version-1 document migrates to the same
//! plan as its version-2 form.
// Native only: these tests use proptest, jsonschema, files or processes.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use helhedsplan::format::{self, ErrorCode, SCHEMA_VERSION};
use helhedsplan::model::{self, generate::synthetic_plan, Plan};
use proptest::prelude::*;
use serde_json::Value;

/// Text a person might type: any printable characters (quotes, backslashes, emoji,
/// U+2028, right-to-left marks, …), line breaks and tabs; never other control characters.
fn typed_text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[\\PC\\n\\t]{{0,{max}}}")).expect("valid regex")
}

fn roundtrip(plan: &Plan) -> Plan {
    let json = format::export_json(plan);
    format::import_json(&json)
        .unwrap_or_else(|errors| panic!("exported plan does not import: {errors:#?}\n{json}"))
}

/// Rewrites a current-version export as the version-1 layout: own words flat on the
/// citizen. The inverse of the migration step, written independently of it.
fn as_version_1(json: &str) -> String {
    let mut doc: Value = serde_json::from_str(json).unwrap();
    doc["schema_version"] = Value::from(1);
    let citizen = doc["citizen"].as_object_mut().unwrap();
    if let Some(Value::Object(own_words)) = citizen.remove("own_words") {
        for (key, text) in own_words {
            citizen.insert(key, text);
        }
    }
    serde_json::to_string(&doc).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn export_then_import_is_identity_for_valid_plans(plan in model_support::strategies::arb_plan()) {
        prop_assert_eq!(model::validate(&plan), vec![]);
        let again = roundtrip(&plan);
        prop_assert_eq!(&again, &plan);
        prop_assert_eq!(format::export_json(&again), format::export_json(&plan));
    }

    /// Import refuses a plan exactly when validation finds an error (never for warnings
    /// alone), with the same paths and messages; a plan with warnings loads unchanged and
    /// `import_checked` hands the warnings on.
    #[test]
    fn import_refuses_exactly_what_validation_calls_an_error(plan in model_support::strategies::arb_any_plan()) {
        let problems = model::validate(&plan);
        let (errors_wanted, warnings): (Vec<_>, Vec<_>) =
            problems.iter().partition(|p| p.severity() == model::Severity::Error);
        match format::import_checked(&format::export_json(&plan)) {
            Ok(again) => {
                prop_assert!(errors_wanted.is_empty(), "imported a plan with errors: {:?}", errors_wanted);
                prop_assert_eq!(&again.plan, &plan);
                let got: Vec<&model::Problem> = again.problems.iter().collect();
                prop_assert_eq!(got, warnings);
            }
            Err(errors) => {
                let got: Vec<(&str, &str)> =
                    errors.iter().map(|e| (e.path.as_str(), e.message.as_str())).collect();
                let want: Vec<(&str, &str)> =
                    errors_wanted.iter().map(|p| (p.path.as_str(), p.message.as_str())).collect();
                prop_assert_eq!(got, want);
                prop_assert!(errors.iter().all(|e| e.code == ErrorCode::Invalid));
            }
        }
    }

    #[test]
    fn export_then_import_is_identity_with_awkward_text(
        goals in 0usize..25,
        interventions in 0usize..25,
        seed in any::<u64>(),
        title in typed_text(60),
        dreams in typed_text(300),
        goal_title in typed_text(60),
    ) {
        let mut plan = synthetic_plan(goals, interventions, seed);
        plan.title = title;
        plan.citizen.own_words.dreams = dreams;
        if let Some(goal) = plan.goals.first_mut() {
            if !goal_title.trim().is_empty() {
                goal.title = goal_title;
            }
        }
        prop_assume!(model::validate(&plan).is_empty());
        let again = roundtrip(&plan);
        prop_assert_eq!(&again, &plan);
        // Export is deterministic: the same plan gives the same text.
        prop_assert_eq!(format::export_json(&again), format::export_json(&plan));
    }

    #[test]
    fn version_1_documents_migrate_to_the_same_plan(
        goals in 0usize..10,
        interventions in 0usize..10,
        seed in any::<u64>(),
    ) {
        let plan = synthetic_plan(goals, interventions, seed);
        let v1 = as_version_1(&format::export_json(&plan));
        prop_assert!(v1.contains("\"schema_version\":1"));
        let migrated = format::import_json(&v1).map_err(|e| {
            TestCaseError::fail(format!("{e:#?}"))
        })?;
        prop_assert_eq!(migrated, plan);
    }
}

#[test]
fn synthetic_plans_are_valid_and_roundtrip_at_scale() {
    // The scale the editor is meant for: 300 goals, 2,000 interventions.
    let plan = synthetic_plan(300, 2_000, 7);
    assert!(model::validate(&plan).is_empty());
    let json = format::export_json(&plan);
    assert!(
        json.len() < format::MAX_BYTES,
        "a plan at the intended scale ({} bytes) must fit under the size limit",
        json.len()
    );
    assert_eq!(roundtrip(&plan), plan);
}

#[test]
fn export_starts_with_schema_version() {
    let json = format::export_json(&synthetic_plan(1, 1, 1));
    assert!(
        json.starts_with(&format!("{{\n  \"schema_version\": {SCHEMA_VERSION},")),
        "{}",
        &json[..60]
    );
}

#[test]
fn committed_version_1_file_imports_like_its_version_2_form() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/good/");
    let v1 = std::fs::read(format!("{dir}minimal-v1.json")).unwrap();
    let v2 = std::fs::read(format!("{dir}minimal.json")).unwrap();
    assert!(String::from_utf8_lossy(&v1).contains("\"schema_version\": 1"));
    let from_v1 = format::import_bytes(&v1).expect("the version-1 file imports");
    let from_v2 = format::import_bytes(&v2).expect("the version-2 file imports");
    assert_eq!(from_v1, from_v2);
    assert_eq!(from_v1.citizen.own_words.dreams, "Et arbejde i en butik.");
    // Exporting writes the current version.
    let out = format::export_json(&from_v1);
    assert!(out.contains(&format!("\"schema_version\": {SCHEMA_VERSION}")));
    assert!(out.contains("\"own_words\""));
}

/// Every committed plan file of an older version (`tests/corpus/good/NAME-vN.json`) goes
/// through the whole migration chain and imports as the same plan as its current form
/// `NAME.json`; and every older version the importer still reads has such a file, so a
/// new step (v2 → v3 …) is tested from every version before it.
#[test]
fn every_older_version_file_migrates_through_the_whole_chain() {
    use format::migrate::OLDEST_SUPPORTED;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/good");
    let mut versions = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let bytes = std::fs::read(dir.join(&name)).unwrap();
        let doc: Value = serde_json::from_slice(&bytes).unwrap();
        let version = doc["schema_version"].as_u64().unwrap();
        if version == u64::from(SCHEMA_VERSION) {
            continue;
        }
        versions.insert(version);
        let stem = name
            .strip_suffix(&format!("-v{version}.json"))
            .unwrap_or_else(|| {
                panic!("{name}: a version-{version} file is named NAME-v{version}.json")
            });
        let old = format::import_bytes(&bytes)
            .unwrap_or_else(|e| panic!("{name} does not import: {e:#?}"));
        let current = std::fs::read(dir.join(format!("{stem}.json")))
            .unwrap_or_else(|e| panic!("{name}: its current form {stem}.json: {e}"));
        let current = format::import_bytes(&current).expect("the current form imports");
        assert_eq!(old, current, "{name} migrates to {stem}.json");
        assert_eq!(roundtrip(&old), old, "{name} exports and imports again");
    }
    for version in OLDEST_SUPPORTED..SCHEMA_VERSION {
        assert!(
            versions.contains(&u64::from(version)),
            "no schema_version {version} file in tests/corpus/good/: keep the last file of \
             each older version as NAME-v{version}.json when the format moves on"
        );
    }
}

#[test]
fn version_1_with_a_version_2_field_is_refused() {
    let text = r#"{"schema_version": 1, "id": "3f2c1a9e-8b7d-4c6e-9f10-2a3b4c5d6e7f",
        "title": "x", "citizen": {"own_words": {"dreams": "y"}}}"#;
    let errors = format::import_json(text).unwrap_err();
    assert_eq!(errors[0].code, ErrorCode::UnknownField);
    assert_eq!(errors[0].path, "/citizen");
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(format::export_json(&synthetic_plan(2, 2, 3)).as_bytes());
    assert!(format::import_bytes(&bytes).is_ok());
}

#[test]
fn errors_display_as_path_colon_message() {
    let errors = format::import_json(r#"{"schema_version": 99}"#).unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        format!(
            "/schema_version: schema_version 99 is newer than this editor supports ({}); \
             open the file in a newer version of the editor",
            format::SCHEMA_VERSION
        )
    );
    let errors = format::import_json("").unwrap_err();
    assert!(errors[0].to_string().starts_with("(document): "));
}

#[test]
fn every_validation_error_is_reported_with_the_model_path() {
    let mut plan = synthetic_plan(3, 3, 11);
    // Errors: a date outside the window, a rating off the scale. Warnings (not reported
    // by import): an over-long title, an empty one.
    plan.interventions[1].period.start = chrono::NaiveDate::from_ymd_opt(2500, 1, 1);
    if let Some(rating) = plan.ratings.first_mut() {
        rating.value = 7;
    }
    plan.title = "x".repeat(5_000);
    plan.interventions[0].title = String::new();
    let json = format::export_json(&plan);
    let errors = format::import_json(&json).unwrap_err();
    let expected: Vec<(String, String)> = model::validate(&plan)
        .into_iter()
        .filter(|p| p.severity() == model::Severity::Error)
        .map(|p| (p.path, p.message))
        .collect();
    let got: Vec<(String, String)> = errors
        .iter()
        .map(|e| (e.path.clone(), e.message.clone()))
        .collect();
    assert_eq!(got, expected);
    assert!(errors
        .iter()
        .all(|e| e.code == ErrorCode::Invalid && e.problem.is_some()));
    assert!(got
        .iter()
        .any(|(path, _)| path == "/interventions/1/period/start"));
    assert!(!got.iter().any(|(path, _)| path == "/title"));
    assert!(!got.iter().any(|(path, _)| path == "/interventions/0/title"));
}

/// A version-3 plan that still carries the numbers this editor used to write (mentor
/// "LAB § 31", work placement "LAB § 42") imports with the current ones; a number a user
/// typed on an intervention without our type is kept as written.
#[test]
fn version_3_plan_with_our_old_employment_numbers_gets_the_current_ones() {
    let sample = format::samples::get("mor-med-angst").unwrap();
    let current = format::import_json(sample).unwrap();
    let mut doc: Value = serde_json::from_str(sample).unwrap();
    doc["schema_version"] = 3.into();
    let interventions = doc["interventions"].as_array_mut().unwrap();
    for item in interventions.iter_mut() {
        match item["kind"].as_str() {
            Some("mentor") => item["legal_basis"]["paragraph"] = "§ 31".into(),
            Some("virksomhedspraktik") => item["legal_basis"]["paragraph"] = "§ 42".into(),
            _ => {}
        }
    }
    // The FVU course has no type: the user's own "§ 31" there is not ours to change.
    let own = interventions
        .iter_mut()
        .find(|i| i.get("kind").is_none())
        .unwrap();
    own["legal_basis"] = serde_json::json!({"law": "LAB", "paragraph": "§ 31"});
    let own_id = own["id"].as_str().unwrap().to_string();

    let migrated = format::import_json(&doc.to_string()).unwrap();
    for (before, after) in current.interventions.iter().zip(&migrated.interventions) {
        if after.id.to_string() == own_id {
            assert_eq!(after.legal_basis.as_ref().unwrap().to_string(), "LAB § 31");
        } else {
            assert_eq!(after.legal_basis, before.legal_basis, "{}", after.title);
        }
    }
}
