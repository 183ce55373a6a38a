//! The plan as a shared Yjs document: every field of every sample and of generated plans
//! comes back from the document unchanged (so a field added later cannot silently stop
//! syncing), and every edit the editor can make reaches another device exactly.
#![cfg(not(target_arch = "wasm32"))]

mod collab_support;
mod model_support;

use collab_support::Replica;
use helhedsplan::collab::{self, mapping, read_plan, write_plan, CollabError};
use helhedsplan::format;
use helhedsplan::model::{self, generate, Edit, Plan};
use model_support::fixtures::{mette, mette_plan};
use model_support::strategies::*;
use proptest::prelude::*;
use yrs::{Map, Transact, WriteTxn};

/// The plan, written into a document, read back there and on a device that received the
/// document as one update.
fn assert_round_trip(plan: &Plan) {
    let doc = write_plan(plan).expect("the plan is written");
    assert_eq!(
        read_plan(&doc).as_ref(),
        Ok(plan),
        "read back from the document"
    );
    let seeded = Replica::seeded(plan, 1);
    let remote = Replica::joined(&seeded, 2);
    assert_eq!(
        read_plan(&remote.doc).as_ref(),
        Ok(plan),
        "read on another device"
    );
}

#[test]
fn every_sample_comes_back_unchanged() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples");
    let mut samples = 0;
    for entry in std::fs::read_dir(dir).expect("samples/ lists") {
        let path = entry.expect("an entry").path();
        let json = std::fs::read_to_string(&path).expect("a sample reads");
        let plan = format::import_json(&json).expect("a sample imports");
        assert_round_trip(&plan);
        samples += 1;
    }
    assert!(samples >= 3, "only {samples} samples");
}

#[test]
fn mette_and_a_large_generated_plan_come_back_unchanged() {
    assert_round_trip(&mette_plan().0);
    assert_round_trip(&generate::synthetic_plan(30, 120, 7));
}

#[test]
fn the_document_carries_the_plan_format_version() {
    let doc = write_plan(&mette_plan().0).expect("written");
    let txn = doc.transact();
    let head = yrs::ReadTxn::get_map(&txn, mapping::PLAN).expect("the plan map");
    let version = head.get(&txn, mapping::SCHEMA_VERSION);
    assert_eq!(
        version.map(|v| v.to_string(&txn)),
        Some(format::SCHEMA_VERSION.to_string())
    );
}

#[test]
fn a_document_from_a_newer_editor_is_refused() {
    let doc = write_plan(&mette_plan().0).expect("written");
    {
        let mut txn = doc.transact_mut();
        let head = txn.get_or_insert_map(mapping::PLAN);
        head.insert(
            &mut txn,
            mapping::SCHEMA_VERSION,
            i64::from(format::SCHEMA_VERSION) + 1,
        );
    }
    assert_eq!(
        read_plan(&doc),
        Err(CollabError::NewerSchema {
            found: u64::from(format::SCHEMA_VERSION) + 1,
            supported: format::SCHEMA_VERSION
        })
    );
}

#[test]
fn an_empty_room_holds_no_plan() {
    assert_eq!(read_plan(&collab::new_doc()), Err(CollabError::Empty));
}

#[test]
fn a_splice_is_written_where_it_was_typed() {
    // "Jeg vil" + "l" typed after the first "l": the text alone cannot tell which "l" was
    // typed; the edit can, and so two people's typing merges where each typed.
    let (plan, ids) = mette_plan();
    // Here has the higher client id: where both insert at one place, Yjs puts the lower
    // id's text first, so a splice written at the wrong place shows.
    let mut here = Replica::seeded(&plan, 9);
    let field = "title".to_string();
    here.edit(
        &mette(),
        Edit::SetField {
            item: Some(model::ItemRef::Goal(ids.job)),
            field: field.clone(),
            value: "Jeg vil".into(),
        },
        model_support::fixtures::at(3, 9),
    )
    .expect("set");
    let mut there = Replica::joined(&here, 3);
    // Here: "l" typed at 6 (after "Jeg vi"); there: "!" at the end.
    here.edit(
        &mette(),
        Edit::SpliceText {
            item: Some(model::ItemRef::Goal(ids.job)),
            field: field.clone(),
            at: 6,
            delete: 0,
            insert: "l".into(),
        },
        model_support::fixtures::at(3, 10),
    )
    .expect("typed");
    there
        .edit(
            &mette(),
            Edit::SpliceText {
                item: Some(model::ItemRef::Goal(ids.job)),
                field,
                at: 7,
                delete: 0,
                insert: "!".into(),
            },
            model_support::fixtures::at(3, 10),
        )
        .expect("typed");
    let update = here.update_from(&there);
    here.apply_update(&update);
    there.receive(&here);
    let title = |r: &Replica| r.plan.goal(ids.job).map(|g| g.title.clone());
    assert_eq!(title(&here), Some("Jeg vill!".to_string()));
    assert_eq!(title(&there), title(&here));
}

#[test]
fn the_linked_plans_register_is_shared_and_two_people_typing_in_it_both_keep_their_text() {
    // Issue 13, part 5: the register is a collection of its own; its note merges as text.
    let (plan, _) = mette_plan();
    let mut here = Replica::seeded(&plan, 4);
    let linked = model::LinkedPlan {
        id: model::LinkedPlanId::new(),
        plan_type: "min_plan".into(),
        relation: model::PlanRelation::Replaces,
        holder: "Jobcenter Aarhus".into(),
        period: model::Period::default(),
        note: "Møde".into(),
    };
    let item = Some(model::ItemRef::LinkedPlan(linked.id));
    let at = model_support::fixtures::at;
    here.edit(
        &mette(),
        Edit::AddLinkedPlan {
            linked_plan: linked.clone(),
            position: None,
        },
        at(3, 9),
    )
    .expect("added");
    let mut there = Replica::joined(&here, 5);
    assert_eq!(there.plan.linked_plans, vec![linked]);
    let splice = |at_: usize, insert: &str| Edit::SpliceText {
        item,
        field: "note".into(),
        at: at_,
        delete: 0,
        insert: insert.into(),
    };
    here.edit(&mette(), splice(4, " i maj"), at(3, 10))
        .expect("typed here");
    there
        .edit(&mette(), splice(0, "Fælles "), at(3, 10))
        .expect("typed there");
    there
        .edit(
            &mette(),
            Edit::SetField {
                item,
                field: "relation".into(),
                value: "links_to".into(),
            },
            at(3, 11),
        )
        .expect("set there");
    let update = here.update_from(&there);
    here.apply_update(&update);
    there.receive(&here);
    assert_eq!(here.plan.linked_plans[0].note, "Fælles Møde i maj");
    assert_eq!(
        here.plan.linked_plans[0].relation,
        model::PlanRelation::LinksTo
    );
    assert_eq!(there.plan, here.plan);
    assert_round_trip(&here.plan);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn generated_plans_come_back_unchanged(plan in arb_plan()) {
        assert_round_trip(&plan);
    }

    #[test]
    fn draft_plans_come_back_unchanged(plan in arb_draft_plan()) {
        assert_round_trip(&plan);
    }

    /// Every accepted edit of a random script, written into the document, gives the
    /// same plan on this device (read back) and on another that receives each update.
    #[test]
    fn every_edit_reaches_another_device_exactly(
        plan in arb_draft_plan(),
        script in arb_script(40),
    ) {
        let mut here = Replica::seeded(&plan, 1);
        let mut there = Replica::joined(&here, 2);
        for step in &script {
            let (actor, edit) = concrete(&here.plan, step, Approvals::Both);
            if here.edit(&actor, edit.clone(), step.at()).is_err() {
                continue;
            }
            let read = read_plan(&here.doc);
            prop_assert_eq!(read.as_ref(), Ok(&here.plan), "after {:?}", edit);
            there.receive(&here);
            prop_assert_eq!(&there.plan, &here.plan, "after {:?}", edit);
        }
    }
}
