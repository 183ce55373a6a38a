//! Damaged input never panics: random edits to real plan files, and random bytes,
//! always give either a plan or well-formed errors. (The `fuzz/` target goes further.)
// Native only: these tests use proptest, jsonschema, files or processes.
#![cfg(not(target_arch = "wasm32"))]

use helhedsplan::format::{self, ErrorCode};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Damage {
    Flip(usize, u8),
    Insert(usize, u8),
    Delete(usize, usize),
    Truncate(usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Damage::Flip(i, b)),
        (
            any::<usize>(),
            prop::sample::select(b"{}[]\",:\\0-9eE.tfn u\x00\xff".to_vec())
        )
            .prop_map(|(i, b)| Damage::Insert(i, b)),
        (any::<usize>(), 1usize..40).prop_map(|(i, n)| Damage::Delete(i, n)),
        any::<usize>().prop_map(Damage::Truncate),
    ]
}

fn apply(bytes: &mut Vec<u8>, d: &Damage) {
    if bytes.is_empty() {
        return;
    }
    let len = bytes.len();
    match *d {
        Damage::Flip(i, b) => bytes[i % len] ^= b,
        Damage::Insert(i, b) => bytes.insert(i % (len + 1), b),
        Damage::Delete(i, n) => {
            let start = i % len;
            let end = (start + n).min(len);
            bytes.drain(start..end);
        }
        Damage::Truncate(i) => bytes.truncate(i % len),
    }
}

fn check(bytes: &[u8]) {
    match format::import_bytes(bytes) {
        Ok(plan) => {
            let again = format::import_json(&format::export_json(&plan)).expect("re-import");
            assert_eq!(again, plan);
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            for e in &errors {
                assert!(!e.message.is_empty(), "{e:?}");
                assert!(e.path.is_empty() || e.path.starts_with('/'), "{e:?}");
                assert_eq!(e.problem.is_some(), e.code == ErrorCode::Invalid, "{e:?}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn damaged_samples_never_panic(
        sample in prop::sample::select(format::samples::list().iter().map(|(n, _)| *n).collect::<Vec<_>>()),
        damages in prop::collection::vec(damage(), 1..6),
    ) {
        let mut bytes = format::samples::get(sample).unwrap().as_bytes().to_vec();
        for d in &damages {
            apply(&mut bytes, d);
        }
        check(&bytes);
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check(&bytes);
    }
}
