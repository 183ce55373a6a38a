//! Every code the model writes into a plan or gives the user has words in both
//! languages: the change log's kinds (an exhaustive `match` in `Lang::action`, so this
//! test guards the words, not their presence), every refusal (`EditError`) and every
//! problem kind. Before issue 11, "revoke_approval" (what the model writes) had no label,
//! the family-member, restore and batch codes had none, and refusals reached the Danish
//! status line in English.
// Native only: the i18n tables are plain data.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use chrono::NaiveDate;
use helhedsplan::i18n::Lang;
use helhedsplan::model::{
    ApprovalRole, Edit, EditError, EditKind, GoalLevel, ItemKind, Perspective, ProblemKind, Role,
};
use serde_json::Value;
use uuid::Uuid;

/// The values of the `tag` property across a schema's top-level alternatives.
fn schema_tags(schema: Value, tag: &str) -> BTreeSet<String> {
    let variants = schema
        .get("oneOf")
        .and_then(Value::as_array)
        .cloned()
        .expect("the schema is one of its variants");
    variants
        .iter()
        .filter_map(|v| v.pointer(&format!("/properties/{tag}")))
        .flat_map(|kind| match (kind.get("const"), kind.get("enum")) {
            (Some(Value::String(code)), _) => vec![code.clone()],
            (_, Some(Value::Array(codes))) => codes
                .iter()
                .filter_map(|c| c.as_str().map(String::from))
                .collect(),
            _ => Vec::new(),
        })
        .collect()
}

#[test]
fn every_edit_is_logged_as_a_kind_with_words_in_both_languages() {
    // Every Edit variant's tag is a kind, except the field edits, which are logged as the
    // update of the item they change (hosts keep reading the codes they always read).
    let field_edits = ["set_field", "splice_text", "restore_stamp"];
    let tags = schema_tags(
        serde_json::to_value(schemars::schema_for!(Edit)).unwrap(),
        "kind",
    );
    assert!(tags.len() >= 45, "{tags:?}");
    for tag in tags.iter().filter(|t| !field_edits.contains(&t.as_str())) {
        assert!(EditKind::from_code(tag).is_some(), "{tag} is no EditKind");
    }
    for kind in EditKind::ALL {
        let (da, en) = (Lang::Da.action(*kind), Lang::En.action(*kind));
        assert!(!da.is_empty() && !en.is_empty(), "{kind:?}");
        // A copy-paste would leave English in the Danish table.
        assert_ne!(da, en, "{kind:?}");
    }
}

/// One refusal of each kind; the test below checks against the schema that none is missing.
fn every_refusal() -> Vec<EditError> {
    let id = Uuid::nil();
    let field = || "title".to_string();
    vec![
        EditError::Locked { version: 2 },
        EditError::NotLocked { version: 2 },
        EditError::NotFound {
            kind: ItemKind::Goal,
            id,
        },
        EditError::DuplicateId {
            kind: ItemKind::Intervention,
            id,
        },
        EditError::TooLong {
            field: field(),
            max: 200,
            actual: 201,
        },
        EditError::TooMany {
            field: field(),
            max: 100,
            actual: 101,
        },
        EditError::ControlCharacter { field: field() },
        EditError::Empty { field: field() },
        EditError::PositionOutOfRange {
            position: 9,
            len: 2,
        },
        EditError::NoChange,
        EditError::WrongNesting {
            level: GoalLevel::SubGoal,
            parent_level: None,
        },
        EditError::HasSubGoals { count: 2 },
        EditError::DependencyCycle {
            intervention: id,
            depends_on: id,
        },
        EditError::AlreadyLinked {
            from: ItemKind::Intervention,
            to: ItemKind::Goal,
        },
        EditError::NotLinked {
            from: ItemKind::Intervention,
            to: ItemKind::Goal,
        },
        EditError::DuplicateResult { intervention: id },
        EditError::AgreementByCitizenOnly {
            role: Role::Caseworker,
        },
        EditError::ApprovalNotAllowed {
            role: Role::Professional,
            as_role: ApprovalRole::Caseworker,
        },
        EditError::AlreadyApproved {
            as_role: ApprovalRole::Citizen,
            version: 1,
        },
        EditError::NotApproved {
            as_role: ApprovalRole::Citizen,
            version: 1,
        },
        EditError::RatingOutOfScale { value: 3 },
        EditError::PerspectiveNotAllowed {
            role: Role::Citizen,
            perspective: Perspective::Professional,
        },
        EditError::OwnDescriptionOnly,
        EditError::NotAuthor {
            kind: ItemKind::Comment,
        },
        EditError::AlreadyWithdrawn { id },
        EditError::NotAUserEdit,
        EditError::DateOutOfRange {
            field: field(),
            date: NaiveDate::from_ymd_opt(2999, 1, 1).unwrap(),
        },
        EditError::VersionLimit { version: u32::MAX },
        EditError::UnknownField {
            field: "created_by".into(),
        },
        EditError::InvalidValue {
            field: "target_date".into(),
        },
        EditError::NotText {
            field: "status".into(),
        },
        EditError::SpliceOutOfRange {
            field: field(),
            at: 9,
            delete: 1,
            len: 3,
        },
        EditError::ChangedSince {
            item: None,
            field: Some("title".into()),
        },
    ]
}

#[test]
fn every_refusal_is_said_in_both_languages() {
    let refusals = every_refusal();
    let tags = schema_tags(
        serde_json::to_value(schemars::schema_for!(EditError)).unwrap(),
        "error",
    );
    let covered: BTreeSet<String> = refusals
        .iter()
        .map(|e| {
            serde_json::to_value(e).unwrap()["error"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(covered, tags, "every_refusal() misses a kind of refusal");
    for error in &refusals {
        let (da, en) = (Lang::Da.edit_error(error), Lang::En.edit_error(error));
        assert!(!da.is_empty() && !en.is_empty(), "{error:?}");
        assert_ne!(da, en, "{error:?}");
        // The model's own English sentence must not be what the Danish user reads.
        assert_ne!(da, error.to_string(), "{error:?}");
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

#[test]
fn every_catalogue_code_has_words_in_both_languages() {
    use helhedsplan::model::Catalogue;
    for catalogue in [Catalogue::default_adult(), Catalogue::children()] {
        let labels = catalogue
            .life_areas
            .iter()
            .map(|a| (a.code.clone(), &a.label))
            .chain(
                catalogue
                    .sectors
                    .iter()
                    .map(|s| (helhedsplan::model::serde_code(&s.code), &s.label)),
            )
            .chain(
                catalogue
                    .legal_bases
                    .iter()
                    .map(|b| (b.code.clone(), &b.label)),
            )
            .chain(
                catalogue
                    .intervention_types
                    .iter()
                    .map(|t| (t.code.clone(), &t.label)),
            );
        let mut count = 0;
        for (code, label) in labels {
            count += 1;
            for lang in Lang::ALL {
                let words = lang.catalogue_label(label);
                assert!(!words.trim().is_empty(), "{code}: no {lang:?} words");
                assert_ne!(words, code, "{code}: the {lang:?} words are the bare code");
            }
        }
        assert!(
            count > 20,
            "{} lists only {count} entries",
            catalogue.label.en
        );
        for area in &catalogue.life_areas {
            for lang in Lang::ALL {
                assert_ne!(lang.life_area_name(&catalogue, &area.code), area.code);
            }
        }
    }
}
