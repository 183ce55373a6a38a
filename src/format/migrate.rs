//! Migrations: each step lifts a document from one format version to the next.
//!
//! A step is a plain function over the JSON value, so it never needs the Rust types
//! of an old version. To change the format:
//! 1. copy `tests/corpus/good/minimal.json` to `minimal-vN.json` (N the version it is),
//!    then bump [`super::SCHEMA_VERSION`] and write `minimal.json` in the new form;
//! 2. add a step `vN_to_vN+1` to [`STEPS`], keyed by the version it reads;
//! 3. add a test that migrates a document of the old version;
//! 4. regenerate `schema/plan.schema.json` and the samples.
//!
//! The test `steps_cover_every_old_version` fails when a step is missing, and
//! `format_roundtrip::every_older_version_file_migrates_through_the_whole_chain` when an
//! older version has no file in `tests/corpus/good/` or one does not migrate to the plan
//! its current form holds.

use serde_json::{Map, Value};

use super::{ErrorCode, FormatError, SCHEMA_VERSION};

/// A migration step: takes a document of version N (without `schema_version`) and
/// returns it as version N+1.
pub type Step = fn(Value) -> Result<Value, FormatError>;

/// The migration chain, keyed by the version each step reads.
pub const STEPS: &[(u32, Step)] = &[(1, v1_to_v2), (2, v2_to_v3), (3, v3_to_v4), (4, v4_to_v5)];

/// The oldest version the importer still reads.
pub const OLDEST_SUPPORTED: u32 = 1;

/// Migrates `doc` (an object without `schema_version`) from version `from` to
/// [`SCHEMA_VERSION`]. `from` must be between [`OLDEST_SUPPORTED`] and the current
/// version; the importer checks that before calling.
pub fn migrate(mut doc: Value, from: u32) -> Result<Value, FormatError> {
    let mut version = from;
    while version < SCHEMA_VERSION {
        let step = STEPS
            .iter()
            .find(|(v, _)| *v == version)
            .map(|(_, step)| *step)
            .ok_or_else(|| {
                FormatError::new(
                    ErrorCode::UnsupportedVersion,
                    "/schema_version",
                    format!("this editor cannot read files of schema_version {version}"),
                )
            })?;
        doc = step(doc)?;
        version += 1;
    }
    Ok(doc)
}

/// Version 5 (issue 14, guided and workshop mode) adds four own-words texts (`future`,
/// `network`, `help_wanted`, `before_meeting`) and the plan's `exercise` mark, all
/// optional: a version-4 document reads as it is. The step exists so that an editor of
/// version 4 refuses a version-5 file by its number instead of by an unknown field.
fn v4_to_v5(doc: Value) -> Result<Value, FormatError> {
    Ok(doc)
}

/// Version 4 (issue 13, the reform in full) adds the joint assessment, linked plans,
/// consent and representation details and per-decision reasons, all optional, so a
/// version-3 document reads as it is, except where the step below rewrites it.
///
/// The one rewrite: legal-basis numbers that this editor itself wrote wrong. Until
/// version 4 the built-in catalogues gave a mentor "LAB § 31" and the samples gave a
/// work placement "LAB § 42", numbers from before the employment act was renumbered on
/// 1 January 2020 (now § 167 and § 57). Only an intervention whose type (`kind`) proves
/// it is one of ours and whose legal basis is exactly what we wrote is changed; a number
/// the user typed, on another or no type, is theirs and is left alone. Locked versions are
/// rewritten too: the citation was wrong from the start and names the same help.
fn v3_to_v4(mut doc: Value) -> Result<Value, FormatError> {
    const RENUMBERED: [(&str, &str, &str, &str); 2] = [
        // (kind, law, old paragraph, current paragraph)
        ("mentor", "LAB", "§ 31", "§ 167"),
        ("virksomhedspraktik", "LAB", "§ 42", "§ 57"),
    ];
    let Some(interventions) = doc.get_mut("interventions").and_then(Value::as_array_mut) else {
        return Ok(doc);
    };
    for item in interventions.iter_mut() {
        let kind = item
            .get("kind")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let Some(basis) = item.get_mut("legal_basis").and_then(Value::as_object_mut) else {
            continue;
        };
        let law = basis.get("law").and_then(Value::as_str);
        let paragraph = basis.get("paragraph").and_then(Value::as_str);
        if let Some((.., current)) = RENUMBERED.iter().find(|(k, l, old, _)| {
            *k == kind.as_str() && Some(*l) == law && Some(*old) == paragraph
        }) {
            basis.insert("paragraph".to_string(), Value::String(current.to_string()));
        }
    }
    Ok(doc)
}

/// Version 3 (issue 11, field edits) adds an optional `field` to change-log entries:
/// the field a field edit changed. A version-2 document is a valid version-3 document as
/// it is; the step exists so that every version has one, and a reader of version 2 can
/// tell that it may meet the new key.
fn v2_to_v3(doc: Value) -> Result<Value, FormatError> {
    Ok(doc)
}

/// Version 1 kept the citizen's own words flat on the citizen:
/// `citizen.dreams`, `citizen.resources`, `citizen.situation`.
/// Version 2 groups them as `citizen.own_words.{dreams, resources, situation}`, so the
/// editor can show them together as "Borgerens perspektiv".
fn v1_to_v2(mut doc: Value) -> Result<Value, FormatError> {
    let Some(citizen) = doc.get_mut("citizen").and_then(Value::as_object_mut) else {
        // Nothing to move; deserialization reports a missing or malformed citizen.
        return Ok(doc);
    };
    if citizen.contains_key("own_words") {
        return Err(FormatError::new(
            ErrorCode::UnknownField,
            "/citizen",
            "unknown field `own_words` in a schema_version 1 file (version 1 kept \
             `dreams`, `resources` and `situation` directly on the citizen)",
        ));
    }
    let mut own_words = Map::new();
    for key in ["dreams", "resources", "situation"] {
        if let Some(text) = citizen.remove(key) {
            own_words.insert(key.to_string(), text);
        }
    }
    citizen.insert("own_words".to_string(), Value::Object(own_words));
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn steps_cover_every_old_version() {
        for v in OLDEST_SUPPORTED..SCHEMA_VERSION {
            assert!(
                STEPS.iter().any(|(from, _)| *from == v),
                "no migration step reads version {v}"
            );
        }
        assert!(STEPS
            .iter()
            .all(|(from, _)| (OLDEST_SUPPORTED..SCHEMA_VERSION).contains(from)));
    }

    #[test]
    fn v1_own_words_move_under_own_words() {
        let v1 = json!({"citizen": {"name": "Anna", "dreams": "Et job", "situation": "Alene"}});
        let v2 = migrate(v1, 1).unwrap();
        assert_eq!(
            v2,
            json!({"citizen": {"name": "Anna", "own_words": {"dreams": "Et job", "situation": "Alene"}}})
        );
    }

    #[test]
    fn v1_with_own_words_is_refused() {
        let v1 = json!({"citizen": {"own_words": {}}});
        let err = migrate(v1, 1).unwrap_err();
        assert_eq!(err.code, ErrorCode::UnknownField);
        assert_eq!(err.path, "/citizen");
    }

    #[test]
    fn v3_mentor_and_work_placement_get_the_current_numbers() {
        let v3 = json!({"interventions": [
            {"kind": "mentor", "legal_basis": {"law": "LAB", "paragraph": "§ 31"}},
            {"kind": "virksomhedspraktik", "legal_basis": {"law": "LAB", "paragraph": "§ 42"}},
        ]});
        let v4 = migrate(v3, 3).unwrap();
        assert_eq!(v4["interventions"][0]["legal_basis"]["paragraph"], "§ 167");
        assert_eq!(v4["interventions"][1]["legal_basis"]["paragraph"], "§ 57");
    }

    #[test]
    fn v3_numbers_the_user_wrote_are_left_alone() {
        let v3 = json!({"interventions": [
            // No type: we cannot tell it is our mentor.
            {"title": "Mentor", "legal_basis": {"law": "LAB", "paragraph": "§ 31"}},
            // Another type with the same number.
            {"kind": "bostoette", "legal_basis": {"law": "LAB", "paragraph": "§ 31"}},
            // Our type, but the user's own spelling.
            {"kind": "mentor", "legal_basis": {"law": "LAB", "paragraph": "§ 31, stk. 2"}},
            {"kind": "mentor", "legal_basis": {"law": "Lov om aktiv beskæftigelsesindsats", "paragraph": "§ 31"}},
            {"kind": "mentor"},
        ]});
        assert_eq!(migrate(v3.clone(), 3).unwrap(), v3);
    }

    #[test]
    fn current_version_is_untouched() {
        let doc = json!({"citizen": {"dreams": "x"}});
        assert_eq!(migrate(doc.clone(), SCHEMA_VERSION).unwrap(), doc);
    }
}
