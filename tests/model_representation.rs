//! Representation and children: who may record the citizen's agreement, people who act or
//! speak for the citizen, language needs, a child's party status from 10.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use helhedsplan::format;
use helhedsplan::model::people::PARTY_AGE;
use helhedsplan::model::*;
use model_support::fixtures::{at, date, jonas, mette, mette_plan, psychiatrist};
use serde_json::json;

fn said_aloud(status: AgreementStatus) -> Agreement {
    Agreement {
        status,
        comment: "Sagt på mødet".into(),
        at: None,
        // Any actor here only says "recorded for the citizen": apply stamps who.
        recorded_by: Some(mette()),
    }
}

#[test]
fn a_caseworker_may_record_the_citizens_spoken_agreement_marked_as_recorded_by_them() {
    let (mut plan, ids) = mette_plan();
    apply(
        &mut plan,
        Edit::SetAgreement {
            on: Target::Goal(ids.job),
            agreement: said_aloud(AgreementStatus::Agrees),
        },
        &jonas(),
        at(21, 9),
    )
    .expect("a caseworker records what the citizen said aloud");
    let agreement = &plan.goal(ids.job).unwrap().citizen_agreement;
    assert_eq!(agreement.status, AgreementStatus::Agrees);
    assert_eq!(
        agreement.recorded_by,
        Some(jonas()),
        "stamped with the caseworker"
    );
    assert!(agreement.is_recorded_for_citizen());
    let entry = plan.change_log.last().unwrap();
    assert_eq!(entry.action, EditKind::SetAgreement);
    assert!(
        entry.summary.contains("recorded by Jonas Holm"),
        "{}",
        entry.summary
    );
}

#[test]
fn nobody_else_speaks_for_the_citizen() {
    let (mut plan, ids) = mette_plan();
    // A caseworker who does not say the citizen said it aloud.
    let plain = Agreement {
        recorded_by: None,
        ..said_aloud(AgreementStatus::Agrees)
    };
    assert_eq!(
        apply(
            &mut plan,
            Edit::SetAgreement {
                on: Target::Goal(ids.job),
                agreement: plain,
            },
            &jonas(),
            at(21, 9),
        ),
        Err(EditError::AgreementByCitizenOnly {
            role: Role::Caseworker
        })
    );
    // Another professional cannot record it at all.
    assert_eq!(
        apply(
            &mut plan,
            Edit::SetAgreement {
                on: Target::Goal(ids.job),
                agreement: said_aloud(AgreementStatus::Agrees),
            },
            &psychiatrist(),
            at(21, 9),
        ),
        Err(EditError::AgreementByCitizenOnly {
            role: Role::Professional
        })
    );
    // The citizen's own answer is never marked as recorded by someone else.
    apply(
        &mut plan,
        Edit::SetAgreement {
            on: Target::Goal(ids.job),
            agreement: said_aloud(AgreementStatus::Disagrees),
        },
        &mette(),
        at(21, 10),
    )
    .unwrap();
    assert_eq!(
        plan.goal(ids.job).unwrap().citizen_agreement.recorded_by,
        None
    );
}

#[test]
fn representatives_language_needs_and_a_childs_words_are_kept() {
    let (mut plan, ids) = mette_plan();
    let representative = Person {
        id: PersonId::new(),
        kind: PersonKind::PartyRepresentative,
        name: "Advokat Sanne Bo".into(),
        unit: String::new(),
        contact: String::new(),
        contribution: String::new(),
        power_of_attorney: Some(date(2026, 2, 1)),
    };
    apply(
        &mut plan,
        Edit::AddPerson {
            person: representative,
            position: None,
        },
        &jonas(),
        at(21, 9),
    )
    .unwrap();
    for (field, value) in [
        ("citizen.preferred_language", json!("arabisk")),
        ("citizen.interpreter_needed", json!(true)),
    ] {
        apply(
            &mut plan,
            Edit::SetField {
                item: None,
                field: field.into(),
                value,
            },
            &jonas(),
            at(21, 10),
        )
        .unwrap();
    }
    for (field, value) in [
        ("birth_date", json!("2015-05-01")),
        ("own_words", json!("Jeg vil gerne blive på min skole.")),
    ] {
        apply(
            &mut plan,
            Edit::SetField {
                item: Some(ItemRef::FamilyMember(ids.son)),
                field: field.into(),
                value,
            },
            &jonas(),
            at(21, 11),
        )
        .unwrap();
    }
    assert!(plan.citizen.interpreter_needed);
    let son = plan.family.iter().find(|m| m.id == ids.son).unwrap();
    assert!(son.is_party_child_on(date(2026, 3, 21)));
    let back = format::import_json(&format::export_json(&plan)).expect("reads back");
    assert_eq!(back, plan);
}

#[test]
fn a_child_becomes_a_party_on_the_tenth_birthday() {
    let (mut plan, ids) = mette_plan();
    apply(
        &mut plan,
        Edit::SetField {
            item: Some(ItemRef::FamilyMember(ids.son)),
            field: "birth_date".into(),
            value: json!("2016-03-21"),
        },
        &jonas(),
        at(21, 9),
    )
    .unwrap();
    let son = plan.family.iter().find(|m| m.id == ids.son).unwrap();
    assert_eq!(PARTY_AGE, 10);
    assert_eq!(son.age_on(date(2026, 3, 20)), Some(9));
    assert!(!son.is_party_child_on(date(2026, 3, 20)));
    assert!(son.is_party_child_on(date(2026, 3, 21)));
}

#[test]
fn a_birth_date_outside_the_plans_dates_is_refused() {
    let (mut plan, ids) = mette_plan();
    assert!(matches!(
        apply(
            &mut plan,
            Edit::SetField {
                item: Some(ItemRef::FamilyMember(ids.son)),
                field: "birth_date".into(),
                value: json!("1800-01-01"),
            },
            &jonas(),
            at(21, 9),
        ),
        Err(EditError::DateOutOfRange { .. })
    ));
    assert!(matches!(
        apply(
            &mut plan,
            Edit::SetField {
                item: None,
                field: "citizen.birth_date".into(),
                value: json!("1800-01-01"),
            },
            &jonas(),
            at(21, 9),
        ),
        Err(EditError::DateOutOfRange { .. })
    ));
}

#[test]
fn a_version_3_plan_reads_unchanged() {
    let text = std::fs::read_to_string("tests/corpus/good/minimal-v3.json").unwrap();
    let plan = format::import_json(&text).expect("reads");
    assert_eq!(plan.citizen.birth_date, None);
    assert!(!plan.citizen.interpreter_needed);
    let written: serde_json::Value = serde_json::from_str(&format::export_json(&plan)).unwrap();
    let citizen = written["citizen"].as_object().unwrap();
    assert!(!citizen.contains_key("interpreter_needed") && !citizen.contains_key("birth_date"));
}

fn custody_holder(name: &str) -> Person {
    Person {
        id: PersonId::new(),
        kind: PersonKind::CustodyHolder,
        name: name.into(),
        unit: String::new(),
        contact: String::new(),
        contribution: String::new(),
        power_of_attorney: None,
    }
}

#[test]
fn a_childs_plan_locks_only_when_both_custody_holders_have_approved() {
    let (mut plan, _) = mette_plan();
    for name in ["Anna Berg", "Bo Berg"] {
        apply(
            &mut plan,
            Edit::AddPerson {
                person: custody_holder(name),
                position: None,
            },
            &jonas(),
            at(20, 8),
        )
        .unwrap();
    }
    let approve = |as_role| Edit::Approve { as_role };
    apply(
        &mut plan,
        approve(ApprovalRole::Citizen),
        &mette(),
        at(20, 9),
    )
    .unwrap();
    apply(
        &mut plan,
        approve(ApprovalRole::Caseworker),
        &jonas(),
        at(20, 9),
    )
    .unwrap();
    assert!(!plan.locked, "the custody holders have not approved");
    assert_eq!(plan.custody_holders_to_approve().len(), 2);
    // Only a custody holder the plan lists approves as one.
    let stranger = Actor::new(Role::Citizen, "Carl Berg");
    assert!(matches!(
        apply(
            &mut plan,
            approve(ApprovalRole::CustodyHolder),
            &stranger,
            at(20, 10)
        ),
        Err(EditError::ApprovalNotAllowed { .. })
    ));
    let anna = Actor::new(Role::Citizen, "Anna Berg");
    apply(
        &mut plan,
        approve(ApprovalRole::CustodyHolder),
        &anna,
        at(20, 10),
    )
    .unwrap();
    assert!(matches!(
        apply(
            &mut plan,
            approve(ApprovalRole::CustodyHolder),
            &anna,
            at(20, 10)
        ),
        Err(EditError::AlreadyApproved { .. })
    ));
    assert!(!plan.locked, "one of two");
    let bo = Actor::new(Role::Citizen, "bo berg");
    apply(
        &mut plan,
        approve(ApprovalRole::CustodyHolder),
        &bo,
        at(20, 11),
    )
    .unwrap();
    assert!(
        plan.locked,
        "both custody holders, the citizen and a caseworker"
    );
    assert_eq!(validate(&plan), vec![]);
    let back = format::import_json(&format::export_json(&plan)).unwrap();
    assert_eq!(back.approvals.len(), 4);
}
