//! Field edits: one field of one item per edit, the unit live co-authoring merges.
//! A set-field or a text splice changes that field only, its inverse restores that field
//! (and who changed the item last) only, offsets count as the browser counts, and two
//! edits to different fields of one item give the same plan in either order.
// Native only: proptest.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use helhedsplan::model::splice::{splice_between, utf16_len};
use helhedsplan::model::*;
use model_support::fixtures::*;
use model_support::strategies::*;
use proptest::prelude::*;
use serde_json::json;

fn description(plan: &Plan, id: GoalId) -> String {
    plan.goal(id).unwrap().description.clone()
}

/// Types `typed` into the goal's description one character at a time, wherever the
/// caret is, as the browser reports it: each input becomes the splice between the text
/// before and after.
fn type_at(plan: &mut Plan, history: &mut History, id: GoalId, caret: usize, typed: &str) {
    let mut at = caret;
    for (i, c) in typed.chars().enumerate() {
        let before = description(plan, id);
        let units: Vec<u16> = before.encode_utf16().collect();
        let mut after: Vec<u16> = units[..at].to_vec();
        after.extend(c.to_string().encode_utf16());
        after.extend(&units[at..]);
        let after = String::from_utf16(&after).unwrap();
        let (s_at, delete, insert) = splice_between(&before, &after).unwrap();
        let edit = Edit::SpliceText {
            item: Some(ItemRef::Goal(id)),
            field: "description".into(),
            at: s_at,
            delete,
            insert,
        };
        let when = at_ms(i as i64 * 200);
        history.apply_typing(plan, edit, &mette(), when).unwrap();
        at += c.len_utf16();
    }
}

fn at_ms(ms: i64) -> chrono::DateTime<chrono::Utc> {
    at(20, 9) + chrono::Duration::milliseconds(ms)
}

#[test]
fn danish_letters_and_emoji_land_where_typed_and_one_undo_takes_the_run_back() {
    let (mut plan, ids) = mette_plan();
    let mut history = History::default();
    history
        .apply(
            &mut plan,
            Edit::SetField {
                item: Some(ItemRef::Goal(ids.job)),
                field: "description".into(),
                value: json!("Jeg 😊 vil gerne arbejde"),
            },
            &jonas(),
            at(20, 8),
        )
        .unwrap();
    let before = plan.clone();
    // The caret after "Jeg 😊 " is 7 code units in (the emoji counts two).
    let caret = utf16_len("Jeg 😊 ");
    type_at(&mut plan, &mut history, ids.job, caret, "så gerne æøå 🌱 ");
    assert_eq!(
        description(&plan, ids.job),
        "Jeg 😊 så gerne æøå 🌱 vil gerne arbejde"
    );
    let goal = plan.goal(ids.job).unwrap();
    assert_eq!(goal.updated_by, mette(), "the typist is stamped");
    // The change log keeps one entry for the run, naming the field.
    let last = plan.change_log.last().unwrap();
    assert_eq!(last.action, EditKind::UpdateGoal);
    assert_eq!(last.field.as_deref(), Some("description"));
    assert_eq!(
        plan.change_log.len(),
        before.change_log.len() + 1,
        "one log entry per typing run"
    );
    // One undo takes the whole run back, stamps included.
    assert!(history.undo(&mut plan, &mette(), at(20, 10)).unwrap());
    assert_eq!(plan.without_log(), before.without_log());
    assert!(history.redo(&mut plan, &mette(), at(20, 10)).unwrap());
    assert_eq!(
        description(&plan, ids.job),
        "Jeg 😊 så gerne æøå 🌱 vil gerne arbejde"
    );
}

#[test]
fn a_field_edit_changes_that_field_and_its_undo_restores_that_field_only() {
    let (mut plan, ids) = mette_plan();
    let original = plan.clone();
    let of = Some(ItemRef::Intervention(ids.mentor));
    let mut history = History::default();
    let start = Edit::SetField {
        item: of,
        field: "period.start".into(),
        value: json!("2027-02-01"),
    };
    history
        .apply(&mut plan, start, &jonas(), at(20, 9))
        .unwrap();
    let mentor = plan.intervention(ids.mentor).unwrap();
    assert_eq!(mentor.period.start, Some(date(2027, 2, 1)));
    assert_eq!(
        (&mentor.updated_by, mentor.updated_at),
        (&jonas(), at(20, 9))
    );
    assert_eq!(
        plan.change_log.last().unwrap().field.as_deref(),
        Some("period.start")
    );
    // Alone, undo gives back the very same plan, stamps included.
    let mut alone = plan.clone();
    history
        .clone()
        .undo(&mut alone, &jonas(), at(20, 12))
        .unwrap();
    assert_eq!(alone.without_log(), original.without_log());
    // Someone else changes another field of the same intervention meanwhile (another
    // device); undoing the first edit puts back the start date and keeps the provider.
    let provider = Edit::SetField {
        item: of,
        field: "provider".into(),
        value: json!("Mentorkorps Aarhus"),
    };
    apply(&mut plan, provider, &psychiatrist(), at(20, 10)).unwrap();
    history.undo(&mut plan, &jonas(), at(20, 12)).unwrap();
    let mentor = plan.intervention(ids.mentor).unwrap();
    assert_eq!(
        mentor.period.start,
        original.intervention(ids.mentor).unwrap().period.start
    );
    assert_eq!(mentor.provider, "Mentorkorps Aarhus");
    // null clears an optional field.
    let clear = Edit::SetField {
        item: of,
        field: "period.end".into(),
        value: serde_json::Value::Null,
    };
    apply(&mut plan, clear, &jonas(), at(20, 13)).unwrap();
    assert_eq!(plan.intervention(ids.mentor).unwrap().period.end, None);
}

#[test]
fn field_edits_that_cannot_be_loaded_or_are_not_fields_are_refused_and_change_nothing() {
    let (plan, ids) = mette_plan();
    let goal = Some(ItemRef::Goal(ids.job));
    let cases = [
        (
            Edit::SetField {
                item: goal,
                field: "created_by".into(),
                value: json!({"role": "citizen", "name": "X"}),
            },
            EditError::UnknownField {
                field: "created_by".into(),
            },
        ),
        (
            Edit::SetField {
                item: Some(ItemRef::Intervention(ids.mentor)),
                field: "goals".into(),
                value: json!([]),
            },
            EditError::UnknownField {
                field: "goals".into(),
            },
        ),
        (
            Edit::SetField {
                item: goal,
                field: "title.".into(),
                value: json!("x"),
            },
            EditError::UnknownField {
                field: "title.".into(),
            },
        ),
        (
            Edit::SetField {
                item: goal,
                field: "target_date".into(),
                value: json!("snart"),
            },
            EditError::InvalidValue {
                field: "target_date".into(),
            },
        ),
        (
            Edit::SetField {
                item: goal,
                field: "status".into(),
                value: json!("finished-ish"),
            },
            EditError::InvalidValue {
                field: "status".into(),
            },
        ),
        (
            Edit::SetField {
                item: goal,
                field: "target_date".into(),
                value: json!("2520-01-01"),
            },
            EditError::DateOutOfRange {
                field: "target_date".into(),
                date: date(2520, 1, 1),
            },
        ),
        (
            Edit::SetField {
                item: None,
                field: "title".into(),
                value: json!("Mettes\u{7} plan"),
            },
            EditError::ControlCharacter {
                field: "title".into(),
            },
        ),
        (
            Edit::SpliceText {
                item: goal,
                field: "scale".into(),
                at: 0,
                delete: 0,
                insert: "x".into(),
            },
            EditError::NotText {
                field: "scale".into(),
            },
        ),
        (
            // A date is text in the file, but "x2027-06-30" is no date.
            Edit::SpliceText {
                item: goal,
                field: "target_date".into(),
                at: 0,
                delete: 0,
                insert: "x".into(),
            },
            EditError::InvalidValue {
                field: "target_date".into(),
            },
        ),
        (
            Edit::SpliceText {
                item: goal,
                field: "title".into(),
                at: 999,
                delete: 0,
                insert: "x".into(),
            },
            EditError::SpliceOutOfRange {
                field: "title".into(),
                at: 999,
                delete: 0,
                len: 58,
            },
        ),
        (
            Edit::SpliceText {
                item: goal,
                field: "title".into(),
                at: 0,
                delete: 0,
                insert: String::new(),
            },
            EditError::NoChange,
        ),
        (
            Edit::RestoreStamp {
                item: ItemRef::Goal(ids.job),
                by: mette(),
                at: at(1, 1),
            },
            EditError::NotAUserEdit,
        ),
    ];
    let rating = Some(ItemRef::Rating(ids.rating));
    let cases = cases.into_iter().chain([(
        Edit::SetField {
            item: rating,
            field: "value".into(),
            value: json!(2),
        },
        EditError::UnknownField {
            field: "value".into(),
        },
    )]);
    for (edit, expected) in cases {
        let mut changed = plan.clone();
        assert_eq!(
            apply(&mut changed, edit.clone(), &jonas(), at(20, 9)),
            Err(expected),
            "{edit:?}"
        );
        assert_eq!(changed, plan, "{edit:?}");
    }
}

#[test]
fn a_splice_inside_an_emoji_is_refused() {
    let (mut plan, ids) = mette_plan();
    let of = None;
    apply(
        &mut plan,
        Edit::SetField {
            item: of,
            field: "citizen.own_words.dreams".into(),
            value: json!("🌱"),
        },
        &mette(),
        at(20, 9),
    )
    .unwrap();
    let before = plan.clone();
    let edit = Edit::SpliceText {
        item: of,
        field: "citizen.own_words.dreams".into(),
        at: 1,
        delete: 0,
        insert: "x".into(),
    };
    assert!(matches!(
        apply(&mut plan, edit, &mette(), at(20, 9)),
        Err(EditError::SpliceOutOfRange { .. })
    ));
    assert_eq!(plan, before);
    let _ = ids;
}

#[test]
fn a_locked_plan_accepts_only_the_listed_edits() {
    assert_eq!(
        EditKind::ALLOWED_WHEN_LOCKED,
        &[EditKind::StartNewVersion, EditKind::WithdrawConsent]
    );
    let (mut plan, ids) = mette_plan();
    apply(
        &mut plan,
        Edit::Approve {
            as_role: ApprovalRole::Citizen,
        },
        &mette(),
        at(20, 9),
    )
    .unwrap();
    apply(
        &mut plan,
        Edit::Approve {
            as_role: ApprovalRole::Caseworker,
        },
        &jonas(),
        at(20, 9),
    )
    .unwrap();
    assert!(plan.locked);
    let refused = [
        Edit::SetField {
            item: Some(ItemRef::Goal(ids.job)),
            field: "title".into(),
            value: json!("Nyt"),
        },
        Edit::SpliceText {
            item: None,
            field: "title".into(),
            at: 0,
            delete: 0,
            insert: "Ny ".into(),
        },
        Edit::SetTitle { title: "Ny".into() },
    ];
    for edit in refused {
        let before = plan.clone();
        assert!(!edit.allowed_when_locked());
        assert_eq!(
            apply(&mut plan, edit, &jonas(), at(20, 10)),
            Err(EditError::Locked { version: 1 })
        );
        assert_eq!(plan, before);
    }
    assert!(Edit::StartNewVersion.allowed_when_locked());
    apply(&mut plan, Edit::StartNewVersion, &jonas(), at(20, 10)).unwrap();
    assert!(!plan.locked);
}

/// Two fields of one owner, each with a new value: text for text fields.
fn two_fields() -> impl Strategy<Value = (usize, usize, usize, String, String, bool)> {
    (
        any::<usize>(),
        0usize..5,
        0usize..5,
        arb_text(),
        arb_text(),
        any::<bool>(),
    )
        .prop_filter("two different fields", |(_, f, g, ..)| f != g)
}

/// The text fields of each owner the property below edits.
fn owner_fields(plan: &Plan, pick: usize) -> (Option<ItemRef>, [&'static str; 5]) {
    match pick % 3 {
        0 if !plan.goals.is_empty() => (
            Some(ItemRef::Goal(plan.goals[pick / 3 % plan.goals.len()].id)),
            [
                "title",
                "description",
                "scale.more",
                "scale.less",
                "scale.expected",
            ],
        ),
        1 if !plan.interventions.is_empty() => (
            Some(ItemRef::Intervention(
                plan.interventions[pick / 3 % plan.interventions.len()].id,
            )),
            [
                "title",
                "description",
                "provider",
                "frequency",
                "responsible_authority",
            ],
        ),
        _ => (
            None,
            [
                "title",
                "citizen.name",
                "citizen.own_words.dreams",
                "citizen.own_words.resources",
                "citizen.own_words.situation",
            ],
        ),
    }
}

fn edit_of(plan: &Plan, of: Option<ItemRef>, field: &str, text: &str, splice: bool) -> Edit {
    if splice {
        // Insert the text at the start, as typing at the start of the field would.
        let _ = field_text(plan, of, field);
        Edit::SpliceText {
            item: of,
            field: field.into(),
            at: 0,
            delete: 0,
            insert: text.into(),
        }
    } else {
        Edit::SetField {
            item: of,
            field: field.into(),
            value: json!(text),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// Two people edit different fields of one item at the same moment: applied in
    /// either order, the plan is the same (authorship aside, which names the later one).
    #[test]
    fn edits_to_different_fields_of_one_item_commute(
        plan in arb_draft_plan(),
        (pick, f, g, first, second, splice) in two_fields(),
    ) {
        let (of, fields) = owner_fields(&plan, pick);
        let a = edit_of(&plan, of, fields[f], &first, splice);
        let b = edit_of(&plan, of, fields[g], &second, !splice);
        let actor = jonas();
        let mut ab = plan.clone();
        let mut ba = plan.clone();
        let ab_ok = apply(&mut ab, a.clone(), &actor, at(20, 9)).is_ok()
            & apply(&mut ab, b.clone(), &actor, at(20, 9)).is_ok();
        let ba_ok = apply(&mut ba, b, &actor, at(20, 9)).is_ok()
            & apply(&mut ba, a, &actor, at(20, 9)).is_ok();
        prop_assert_eq!(ab_ok, ba_ok);
        prop_assert_eq!(ab.without_log(), ba.without_log());
    }
}
