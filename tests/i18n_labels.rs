//! Every code the model writes into a plan has words in both languages: the change log's
//! action codes (every `Edit` variant, read from the edit schema so a new variant cannot be
//! forgotten) and the problem kinds. Before this test, "revoke_approval" (what the model
//! writes) had no label — the label was filed under "withdraw_approval" — and the
//! family-member, restore and batch codes had none.
// Native only: the i18n tables are plain data.
#![cfg(not(target_arch = "wasm32"))]

use helhedsplan::i18n::Lang;
use helhedsplan::model::{Edit, ProblemKind};
use serde_json::Value;

/// The `kind` tag of every `Edit` variant: the schema's top-level alternatives (nested
/// `kind` tags, such as a comment's target, are not edits).
fn edit_codes() -> Vec<String> {
    let schema = serde_json::to_value(schemars::schema_for!(Edit)).unwrap();
    let variants = schema
        .get("oneOf")
        .and_then(Value::as_array)
        .expect("Edit's schema is one of its variants");
    let mut codes: Vec<String> = variants
        .iter()
        .filter_map(|v| v.pointer("/properties/kind"))
        .flat_map(|kind| match (kind.get("const"), kind.get("enum")) {
            (Some(Value::String(code)), _) => vec![code.clone()],
            (_, Some(Value::Array(codes))) => codes
                .iter()
                .filter_map(|c| c.as_str().map(String::from))
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

#[test]
fn every_change_log_action_has_words_in_both_languages() {
    let codes = edit_codes();
    // The schema lists every variant (42 today); fewer means the walk above broke.
    assert!(codes.len() >= 42, "{codes:?}");
    assert!(codes.contains(&"revoke_approval".to_string()));
    for lang in Lang::ALL {
        let missing: Vec<&String> = codes.iter().filter(|c| lang.action(c).is_none()).collect();
        assert!(missing.is_empty(), "{lang:?} has no words for {missing:?}");
    }
    // Danish and English differ (a copy-paste would leave English in the Danish table).
    for code in &codes {
        assert_ne!(Lang::Da.action(code), Lang::En.action(code), "{code}");
    }
}

#[test]
fn every_problem_kind_is_said_in_both_languages() {
    for kind in ProblemKind::ALL {
        let da = Lang::Da.problem_text(kind, "/goals/0/title");
        let en = Lang::En.problem_text(kind, "/goals/0/title");
        assert!(!da.is_empty() && !en.is_empty(), "{kind:?}");
        assert_ne!(da, en, "{kind:?}");
    }
}
