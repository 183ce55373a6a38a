//! Fuzz target: any bytes as a host's catalogue (`catalogue-src`, `plan-tool catalogue`).
//!
//! Properties checked on every input:
//! - `import_catalogue_bytes` returns (never panics, never overflows the stack);
//! - a refusal says why: a format error with a message and a JSON Pointer path, or a
//!   catalogue problem with a message;
//! - an accepted catalogue passes its own check, serializes and imports again unchanged,
//!   and the views that read a catalogue (validation, life-area ratings, the decision
//!   summary) run on a sample plan without panicking.
#![no_main]

use std::sync::OnceLock;

use helhedsplan::format::{self, CatalogueImportError};
use helhedsplan::model::{decision, life_areas, validate, Plan};
use libfuzzer_sys::fuzz_target;

fn sample() -> &'static Plan {
    static PLAN: OnceLock<Plan> = OnceLock::new();
    PLAN.get_or_init(|| {
        let (name, _) = format::samples::list()[0];
        let text = format::samples::get(name).expect("a listed sample exists");
        format::import_json(text).expect("the samples import")
    })
}

fuzz_target!(|data: &[u8]| {
    match format::import_catalogue_bytes(data) {
        Ok(catalogue) => {
            assert_eq!(catalogue.check(), Ok(()), "an accepted catalogue fails its check");
            let json = serde_json::to_string(&catalogue).expect("a catalogue serializes");
            if json.len() <= format::MAX_BYTES {
                let again = format::import_catalogue(&json).expect("an exported catalogue imports");
                assert_eq!(again, catalogue, "export → import changed the catalogue");
            }
            let plan = sample();
            let _ = validate::validate_with(plan, &catalogue);
            let _ = life_areas::life_area_ratings(plan, &catalogue, None);
            let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("a date");
            let summary = decision::summary(plan, &catalogue, None, today);
            let _ = decision::to_json(&summary);
        }
        Err(CatalogueImportError::Format(e)) => {
            assert!(!e.message.is_empty(), "empty message for {e:?}");
            assert!(
                e.path.is_empty() || e.path.starts_with('/'),
                "path is not a JSON Pointer: {e:?}"
            );
        }
        Err(CatalogueImportError::Problem(problem)) => {
            assert!(!problem.to_string().is_empty(), "empty message for {problem:?}");
        }
    }
});
