//! Consent rules: withdrawal at once (also on a locked version, as its own logged event),
//! expiry, categories, and how an older consent reads.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use helhedsplan::format;
use helhedsplan::model::*;
use model_support::fixtures::{at, date, jonas, mette, mette_plan};

fn locked_plan() -> (Plan, History, model_support::fixtures::Ids) {
    let (mut plan, ids) = mette_plan();
    let mut h = History::default();
    for (as_role, actor) in [
        (ApprovalRole::Citizen, mette()),
        (ApprovalRole::Caseworker, jonas()),
    ] {
        h.apply(&mut plan, Edit::Approve { as_role }, &actor, at(20, 14))
            .unwrap();
    }
    assert!(plan.locked);
    (plan, h, ids)
}

#[test]
fn a_consent_can_be_withdrawn_on_a_locked_version_and_the_withdrawal_is_logged() {
    let (mut plan, mut h, ids) = locked_plan();
    let withdraw = Edit::WithdrawConsent {
        id: ids.share_consent,
        date: date(2026, 3, 21),
    };
    assert!(withdraw.allowed_when_locked());
    h.apply(&mut plan, withdraw, &mette(), at(21, 9))
        .expect("a withdrawal never waits for a new version");
    let consent = plan
        .consents
        .iter()
        .find(|c| c.id == ids.share_consent)
        .unwrap();
    assert_eq!(consent.withdrawn, Some(date(2026, 3, 21)));
    assert!(plan.locked, "the version stays locked");
    assert_eq!(plan.approvals.len(), 2, "and its approvals stand");
    let entry = plan.change_log.last().unwrap();
    assert_eq!(entry.action, EditKind::WithdrawConsent);
    assert_eq!(entry.item, Some(ItemRef::Consent(ids.share_consent)));
    assert_eq!(entry.name, "Mette Jensen");
    // Other changes to the consent still wait for the next version.
    let mut changed = consent.clone();
    changed.scope = "Alt".into();
    assert_eq!(
        h.apply(
            &mut plan,
            Edit::UpdateConsent { consent: changed },
            &jonas(),
            at(21, 10)
        ),
        Err(EditError::Locked { version: 1 })
    );
}

#[test]
fn withdrawing_on_a_draft_keeps_a_pending_approval() {
    let (mut plan, ids) = mette_plan();
    let mut h = History::default();
    h.apply(
        &mut plan,
        Edit::Approve {
            as_role: ApprovalRole::Citizen,
        },
        &mette(),
        at(20, 9),
    )
    .unwrap();
    h.apply(
        &mut plan,
        Edit::WithdrawConsent {
            id: ids.share_consent,
            date: date(2026, 3, 20),
        },
        &jonas(),
        at(20, 10),
    )
    .unwrap();
    assert!(plan.is_approved_as(ApprovalRole::Citizen));
}

#[test]
fn an_expired_consent_no_longer_holds_and_an_expiry_before_it_was_given_is_a_warning() {
    let (mut plan, ids) = mette_plan();
    let mut consent = plan
        .consents
        .iter()
        .find(|c| c.id == ids.share_consent)
        .unwrap()
        .clone();
    consent.expires = Some(date(2026, 6, 30));
    consent.categories = vec![InfoCategory::Health];
    consent.uses = vec![InfoUse::PassOn];
    apply(
        &mut plan,
        Edit::UpdateConsent {
            consent: consent.clone(),
        },
        &jonas(),
        at(21, 9),
    )
    .unwrap();
    assert!(party_may_see(
        &plan.consents,
        "Jobcenter Aarhus",
        InfoCategory::Health,
        date(2026, 6, 30)
    ));
    assert!(!party_may_see(
        &plan.consents,
        "Jobcenter Aarhus",
        InfoCategory::Health,
        date(2026, 7, 1)
    ));
    consent.expires = Some(date(2026, 1, 1));
    apply(
        &mut plan,
        Edit::UpdateConsent { consent },
        &jonas(),
        at(21, 10),
    )
    .unwrap();
    let problems = validate(&plan);
    assert!(
        problems
            .iter()
            .any(|p| p.path.ends_with("/expires") && p.severity() == Severity::Warning),
        "{problems:?}"
    );
}

#[test]
fn a_consent_from_format_3_reads_unchanged_and_covers_everything_but_health() {
    let text = std::fs::read_to_string("tests/corpus/good/minimal-v3.json").unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["consents"] = serde_json::json!([{
        "id": "7b0a8f7e-3c2d-4e5f-9a1b-2c3d4e5f6a7b",
        "kind": "share_information",
        "parties": ["Jobcenter Aarhus"],
        "scope": "Oplysninger om praktikken",
        "given": "2026-01-10"
    }]);
    let plan = format::import_json(&value.to_string()).expect("a version-3 consent reads");
    let consent = &plan.consents[0];
    assert!(consent.uses.is_empty() && consent.categories.is_empty());
    assert_eq!(consent.givers()[0].role, GiverRole::Citizen);
    let day = date(2026, 2, 1);
    assert!(consent.lets_party_see("Jobcenter Aarhus", InfoCategory::Employment, day));
    assert!(!consent.lets_party_see("Jobcenter Aarhus", InfoCategory::Health, day));
    // Written again, it holds none of the new fields.
    let written = format::export_json(&plan);
    assert!(!written.contains("categories") && !written.contains("given_by"));
}

#[test]
fn a_consent_given_by_both_custody_holders_and_recorded_orally() {
    let (mut plan, _) = mette_plan();
    let consent = Consent {
        given_by: vec![
            ConsentGiver {
                role: GiverRole::CustodyHolder,
                name: "Mette Jensen".into(),
            },
            ConsentGiver {
                role: GiverRole::CustodyHolder,
                name: "Anders Jensen".into(),
            },
        ],
        form: Some(ConsentForm::Oral),
        recorded_by: "Jonas Holm".into(),
        parties: vec!["Skolen".into()],
        categories: vec![InfoCategory::Education],
        ..Consent::new(
            ConsentId::new(),
            ConsentKind::ShareInformation,
            "Oplysninger om Emils skolegang",
            date(2026, 3, 1),
        )
    };
    apply(
        &mut plan,
        Edit::AddConsent {
            consent,
            position: None,
        },
        &jonas(),
        at(21, 9),
    )
    .unwrap();
    let added = plan.consents.last().unwrap();
    assert_eq!(added.custody_holders(), 2);
    let back = format::import_json(&format::export_json(&plan)).unwrap();
    assert_eq!(back.consents.last(), Some(added));
}
