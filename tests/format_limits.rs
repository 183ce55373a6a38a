//! The limits are far from what real plans need, and hostile input stops at them.
// Native only: these tests use proptest, jsonschema, files or processes.
#![cfg(not(target_arch = "wasm32"))]

use helhedsplan::format::{self, limits, ErrorCode, MAX_BYTES, MAX_DEPTH};
use helhedsplan::model::generate::synthetic_plan;

/// The deepest nesting any plan reaches, measured on every sample and on generated
/// plans (which fill every optional part).
fn deepest_real_depth() -> usize {
    let mut deepest = 0;
    for (name, _) in format::samples::list() {
        let json = format::samples::get(name).unwrap();
        deepest = deepest.max(limits::scan_depth(json.as_bytes(), usize::MAX).unwrap());
    }
    for seed in 0..20 {
        let json = format::export_json(&synthetic_plan(12, 20, seed));
        deepest = deepest.max(limits::scan_depth(json.as_bytes(), usize::MAX).unwrap());
    }
    deepest
}

#[test]
fn deepest_real_plan_is_far_below_max_depth() {
    let deepest = deepest_real_depth();
    // Measured: 6 (plan → earlier_versions → record → approvals → approval → by).
    // Fail loudly if the format grows deep enough to approach the limit.
    assert!(
        deepest >= 4,
        "measured depth {deepest} is implausibly shallow"
    );
    assert!(
        deepest * 4 <= MAX_DEPTH,
        "plans now nest {deepest} deep; raise MAX_DEPTH (now {MAX_DEPTH}) and update docs"
    );
}

#[test]
fn intended_scale_fits_under_max_bytes() {
    // Measured: about 2.6 MB for 300 goals and 2,000 interventions.
    let bytes = format::export_json(&synthetic_plan(300, 2_000, 1)).len();
    assert!(
        bytes < MAX_BYTES,
        "a plan with 300 goals and 2,000 interventions is {bytes} bytes"
    );
}

#[test]
fn over_the_size_limit_is_refused_before_parsing() {
    // Not even JSON: only the size is looked at.
    let bytes = vec![b'x'; MAX_BYTES + 1];
    let errors = format::import_bytes(&bytes).unwrap_err();
    assert_eq!(errors[0].code, ErrorCode::TooLarge);
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(
        format::import_json(&text).unwrap_err()[0].code,
        ErrorCode::TooLarge
    );
}

#[test]
fn deep_nesting_inside_strings_is_not_nesting() {
    let mut plan = synthetic_plan(1, 1, 5);
    plan.citizen.own_words.dreams = "[{".repeat(4_000);
    let json = format::export_json(&plan);
    assert_eq!(format::import_json(&json).unwrap(), plan);
}

#[test]
fn hostile_nesting_of_objects_and_mixed_brackets_is_refused() {
    for text in [
        "{\"a\":".repeat(50_000),
        "[{\"a\":".repeat(50_000),
        format!("{{\"schema_version\":2,\"title\":{}", "[".repeat(1_000_000)),
    ] {
        let errors = format::import_json(&text).unwrap_err();
        assert_eq!(errors[0].code, ErrorCode::TooDeep, "{:?}", &text[..20]);
    }
}

/// The largest plan the editor is built for (300 goals, 2,000 interventions) exports to
/// about 2.6 MB: it must stay well inside the import limit, with room for long texts and
/// the change log (docs/plan-format.md quotes the figure).
#[test]
fn the_largest_plan_the_editor_is_built_for_fits_the_limit_with_room() {
    let small = format::export_json(&synthetic_plan(10, 20, 1)).len();
    let large = format::export_json(&synthetic_plan(300, 2_000, 1)).len();
    println!(
        "10 goals, 20 interventions: {small} bytes; 300 goals, 2,000 interventions: {large} bytes"
    );
    assert!(small < 50_000, "{small}");
    assert!(large < format::MAX_BYTES * 6 / 10, "{large} bytes");
}
