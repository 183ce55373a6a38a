//! Fuzz target: any bytes into the importer.
//!
//! Properties checked on every input:
//! - `import_bytes` returns (never panics, never overflows the stack);
//! - every error has a non-empty message and a path that is a JSON Pointer;
//! - a plan that imports exports to JSON that imports again to the same plan (unless
//!   the pretty-printed export outgrows the size limit, which compact input near
//!   5 MB can).
#![no_main]

use helhedsplan::format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match format::import_bytes(data) {
        Ok(plan) => {
            let json = format::export_json(&plan);
            if json.len() > format::MAX_BYTES {
                return;
            }
            let again = format::import_json(&json).expect("an exported plan imports");
            assert_eq!(plan, again, "export → import changed the plan");
        }
        Err(errors) => {
            assert!(
                !errors.is_empty(),
                "an import failure carries at least one error"
            );
            for e in &errors {
                assert!(!e.message.is_empty(), "empty message for {e:?}");
                assert!(
                    e.path.is_empty() || e.path.starts_with('/'),
                    "path is not a JSON Pointer: {e:?}"
                );
            }
        }
    }
});
