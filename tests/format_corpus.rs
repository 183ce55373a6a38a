//! The bad-input corpus: every file in `tests/corpus/bad/` and every generated case in
//! `tests/corpus/bad/expected.json` is refused with the expected code, path and message.
//! The e2e suite imports the same files in the browser and reads the same manifest.
// Native only: these tests use proptest, jsonschema, files or processes.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use helhedsplan::format::{self, ErrorCode};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    #[allow(dead_code)]
    description: String,
    files: BTreeMap<String, Expected>,
    generated: BTreeMap<String, Generated>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    code: ErrorCode,
    /// Expected JSON Pointer of the first error; absent means "not checked".
    path: Option<String>,
    message: String,
    /// The number of errors, where the case checks it.
    count: Option<usize>,
    #[allow(dead_code)]
    why: String,
}

/// `prefix + repeat × count + suffix`: simple enough to rebuild in any language.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Recipe {
    prefix: String,
    repeat: String,
    count: usize,
    suffix: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Generated {
    recipe: Recipe,
    #[serde(flatten)]
    expected: Expected,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/bad")
}

fn manifest() -> Manifest {
    let text = std::fs::read_to_string(corpus_dir().join("expected.json")).unwrap();
    serde_json::from_str(&text).expect("expected.json matches the manifest shape")
}

fn build(recipe: &Recipe) -> Vec<u8> {
    let mut out = Vec::with_capacity(
        recipe.prefix.len() + recipe.repeat.len() * recipe.count + recipe.suffix.len(),
    );
    out.extend_from_slice(recipe.prefix.as_bytes());
    for _ in 0..recipe.count {
        out.extend_from_slice(recipe.repeat.as_bytes());
    }
    out.extend_from_slice(recipe.suffix.as_bytes());
    out
}

fn check(name: &str, bytes: &[u8], expected: &Expected) {
    let errors = match format::import_bytes(bytes) {
        Ok(_) => panic!("{name}: imported, but should be refused"),
        Err(errors) => errors,
    };
    let first = &errors[0];
    assert_eq!(
        first.code, expected.code,
        "{name}: wrong code; errors: {errors:#?}"
    );
    if let Some(path) = &expected.path {
        assert_eq!(&first.path, path, "{name}: wrong path; errors: {errors:#?}");
    }
    assert!(
        first.message.contains(&expected.message),
        "{name}: message {:?} lacks {:?}",
        first.message,
        expected.message
    );
    if let Some(count) = expected.count {
        assert_eq!(errors.len(), count, "{name}: errors: {errors:#?}");
    }
    for e in &errors {
        assert!(
            e.path.is_empty() || e.path.starts_with('/'),
            "{name}: path {:?} is not a JSON Pointer",
            e.path
        );
    }
}

#[test]
fn every_corpus_file_is_refused_as_the_manifest_says() {
    let manifest = manifest();
    for (name, expected) in &manifest.files {
        let bytes = std::fs::read(corpus_dir().join(name))
            .unwrap_or_else(|e| panic!("{name} is in expected.json but cannot be read: {e}"));
        check(name, &bytes, expected);
    }
}

#[test]
fn every_file_in_the_corpus_is_in_the_manifest() {
    let manifest = manifest();
    for entry in std::fs::read_dir(corpus_dir()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name == "expected.json" {
            continue;
        }
        assert!(
            manifest.files.contains_key(&name),
            "{name} is in tests/corpus/bad/ but not in expected.json"
        );
    }
}

#[test]
fn generated_cases_are_refused_quickly() {
    let manifest = manifest();
    assert!(manifest.generated.contains_key("too-large-10mb.json"));
    assert!(manifest.generated.contains_key("nested-100000.json"));
    for (name, generated) in &manifest.generated {
        let bytes = build(&generated.recipe);
        let start = Instant::now();
        check(name, &bytes, &generated.expected);
        // Also through the text entry point the UI uses.
        let text = String::from_utf8(bytes).unwrap();
        let errors = format::import_json(&text).unwrap_err();
        assert_eq!(
            errors[0].code, generated.expected.code,
            "{name} via import_json"
        );
        let took = start.elapsed();
        assert!(
            took.as_secs_f64() < 2.0,
            "{name}: refusing took {took:?}; the pre-checks should stop early"
        );
    }
}

#[test]
fn generated_sizes_are_what_their_names_say() {
    let manifest = manifest();
    let large = build(&manifest.generated["too-large-10mb.json"].recipe);
    assert!(large.len() >= 10 * 1024 * 1024, "{}", large.len());
    let nested = build(&manifest.generated["nested-100000.json"].recipe);
    assert_eq!(nested.iter().filter(|b| **b == b'[').count(), 100_000);
}

#[test]
fn deep_nesting_just_under_the_limit_is_not_a_depth_error() {
    // MAX_DEPTH levels (the object itself is one) parse; the plan is then refused
    // for its content, not for depth.
    let depth = format::MAX_DEPTH;
    let text = format!(
        "{{\"schema_version\": {}, \"x\": {}{}}}",
        format::SCHEMA_VERSION,
        "[".repeat(depth - 1),
        "]".repeat(depth - 1)
    );
    let errors = format::import_json(&text).unwrap_err();
    assert_ne!(errors[0].code, ErrorCode::TooDeep, "{errors:?}");
    let text = format!(
        "{{\"schema_version\": {}, \"x\": {}{}}}",
        format::SCHEMA_VERSION,
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let errors = format::import_json(&text).unwrap_err();
    assert_eq!(errors[0].code, ErrorCode::TooDeep, "{errors:?}");
}

/// `tests/corpus/warnings/`: plans two people editing at once can create. Each imports
/// (warnings never block a load) and reports exactly the warnings the manifest lists.
#[test]
fn every_warning_file_imports_with_its_warnings() {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct WarningCase {
        #[allow(dead_code)]
        why: String,
        /// (JSON Pointer, problem kind) of every warning, in the order validation gives.
        warnings: Vec<(String, helhedsplan::model::ProblemKind)>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct WarningManifest {
        files: BTreeMap<String, WarningCase>,
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/warnings");
    let text = std::fs::read_to_string(dir.join("expected.json")).unwrap();
    let manifest: WarningManifest = serde_json::from_str(&text).unwrap();
    let mut on_disk = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name != "expected.json" {
            on_disk += 1;
            assert!(
                manifest.files.contains_key(&name),
                "{name} not in expected.json"
            );
        }
    }
    assert_eq!(on_disk, manifest.files.len());
    for (name, case) in &manifest.files {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let imported = format::import_checked(&text)
            .unwrap_or_else(|e| panic!("{name}: refused, but warnings never block: {e:#?}"));
        let got: Vec<(String, helhedsplan::model::ProblemKind)> = imported
            .problems
            .iter()
            .map(|p| (p.path.clone(), p.kind))
            .collect();
        assert_eq!(got, case.warnings, "{name}");
        assert!(imported
            .problems
            .iter()
            .all(|p| p.severity() == helhedsplan::model::Severity::Warning));
        // What loads, exports and loads again, unchanged.
        let again = format::import_json(&format::export_json(&imported.plan)).unwrap();
        assert_eq!(again, imported.plan, "{name}");
    }
}

#[test]
fn an_end_date_of_9999_12_31_means_no_end() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/good");
    let text = std::fs::read_to_string(dir.join("no-end-9999-12-31.json")).unwrap();
    let plan = format::import_json(&text).unwrap();
    assert_eq!(plan.interventions[0].period.end, None);
    assert_eq!(
        plan.interventions[0].period.start,
        chrono::NaiveDate::from_ymd_opt(2025, 9, 1)
    );
    // Any other far date is refused, with the place and the window in the message.
    let far = text.replace("9999-12-31", "9999-12-30");
    let errors = format::import_json(&far).unwrap_err();
    assert_eq!(errors[0].path, "/interventions/0/period/end");
    assert!(
        errors[0].message.contains("1900-01-01 to 2200-12-31"),
        "{errors:?}"
    );
}

/// One case per kind of refusal, each built from `good/minimal.json` with one fault: the
/// code comes from what kind of problem serde or the parser found (its category), so
/// these pin code, path and the words that say what was expected.
#[test]
fn each_kind_of_fault_has_its_code_and_path() {
    use serde_json::{json, Value};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/good");
    let text = std::fs::read_to_string(dir.join("minimal.json")).unwrap();
    let base: Value = serde_json::from_str(&text).unwrap();
    let goal_id = base["goals"][0]["id"].clone();
    let with = |change: &dyn Fn(&mut Value)| {
        let mut doc = base.clone();
        change(&mut doc);
        serde_json::to_string_pretty(&doc).unwrap()
    };
    let cases: Vec<(&str, String, ErrorCode, &str, &str)> = vec![
        (
            "unknown field",
            with(&|d| d["goals"][1]["colour"] = json!("blå")),
            ErrorCode::UnknownField,
            "/goals/1",
            "unknown field `colour`",
        ),
        (
            "missing field",
            with(&|d| {
                d["goals"][0].as_object_mut().unwrap().remove("title");
            }),
            ErrorCode::MissingField,
            "/goals/0",
            "missing field `title`",
        ),
        (
            "wrong type",
            with(&|d| d["people"] = json!({"name": "Lene"})),
            ErrorCode::WrongType,
            "/people",
            "invalid type: map, expected a sequence",
        ),
        (
            "null for a text",
            with(&|d| d["title"] = json!(null)),
            ErrorCode::WrongType,
            "/title",
            "invalid type: null, expected a string",
        ),
        (
            "bad enum value",
            with(&|d| d["interventions"][0]["sector"] = json!("housing")),
            ErrorCode::InvalidValue,
            "/interventions/0/sector",
            "unknown variant `housing`",
        ),
        (
            "number out of range",
            with(&|d| d["version"] = json!(-1)),
            ErrorCode::InvalidValue,
            "/version",
            "invalid value: integer `-1`",
        ),
        (
            "bad date",
            with(&|d| d["ratings"][0]["date"] = json!("25-11-2025")),
            ErrorCode::InvalidValue,
            "/ratings/0/date",
            "not a valid date or time",
        ),
        (
            "bad time",
            with(&|d| d["goals"][2]["updated_at"] = json!("2025-09-02")),
            ErrorCode::InvalidValue,
            "/goals/2/updated_at",
            "not a valid date or time",
        ),
        (
            "bad id",
            with(&|d| d["consents"][0]["id"] = json!("samtykke-1")),
            ErrorCode::InvalidValue,
            "/consents/0/id",
            "not a valid id",
        ),
        (
            "bad id in a change-log item",
            with(&|d| {
                d["change_log"] = json!([{"at": "2025-09-02T10:00:00Z", "role": "citizen",
                    "name": "Sara", "summary": "s", "item": {"kind": "goal", "id": "mål-1"}}]);
            }),
            ErrorCode::InvalidValue,
            "/change_log/0/item",
            "not a valid id",
        ),
        (
            "a good change-log item, then a bad role",
            with(&|d| {
                d["change_log"] = json!([{"at": "2025-09-02T10:00:00Z", "role": "mayor",
                    "name": "Sara", "summary": "s", "item": {"kind": "goal", "id": goal_id}}]);
            }),
            ErrorCode::InvalidValue,
            "/change_log/0/role",
            "unknown variant `mayor`",
        ),
        (
            "duplicate key",
            text.replacen(
                "\"title\": \"Saras plan\",",
                "\"title\": \"a\", \"title\": \"b\",",
                1,
            ),
            ErrorCode::DuplicateKey,
            "",
            "the key `title` appears twice",
        ),
        (
            "syntax error",
            text.replacen("\"title\": \"Saras plan\",", "\"title\": 'Saras plan',", 1),
            ErrorCode::Syntax,
            "",
            "not valid JSON at line 4, column 12",
        ),
        (
            "truncated file",
            text[..text.len() / 2].to_string(),
            ErrorCode::Syntax,
            "",
            "the JSON ends too early",
        ),
    ];
    for (name, doc, code, path, words) in cases {
        let errors = format::import_json(&doc).expect_err(name);
        let first = &errors[0];
        assert_eq!(
            (first.code, first.path.as_str()),
            (code, path),
            "{name}: {errors:#?}"
        );
        assert!(first.message.contains(words), "{name}: {first:?}");
    }
}
