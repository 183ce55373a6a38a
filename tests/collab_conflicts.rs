//! A short field edited on two (or three) devices at the same moment: every device ends
//! with the same value, and exactly the device whose value lost is told which of its
//! values lost to which, however the updates are cut up or ordered. A later overwrite by
//! someone who had seen the value is no loss. An update that does not decode changes
//! nothing.
#![cfg(not(target_arch = "wasm32"))]

mod collab_support;
mod model_support;

use collab_support::{differences, Replica};
use helhedsplan::collab::{self, apply_remote, apply_update_as, CollabError, LOCAL_ORIGIN};
use helhedsplan::model::merge_notice::LostValue;
use helhedsplan::model::{Edit, ItemRef, Plan};
use model_support::fixtures::{at, jonas, mette, mette_plan, psychiatrist, Ids};
use serde_json::{json, Value};
use yrs::{ReadTxn, StateVector, Transact};

fn set(item: Option<ItemRef>, field: &str, value: Value) -> Edit {
    Edit::SetField {
        item,
        field: field.into(),
        value,
    }
}

fn job_date(ids: &Ids, date: &str) -> Edit {
    set(Some(ItemRef::Goal(ids.job)), "target_date", json!(date))
}

/// Three devices on one plan: client ids 1, 2, 3 (the highest wins a tie in Yjs).
fn devices() -> (Ids, Replica, Replica, Replica) {
    let (plan, ids) = mette_plan();
    let one = Replica::seeded(&plan, 1);
    let two = Replica::joined(&one, 2);
    let three = Replica::joined(&one, 3);
    (ids, one, two, three)
}

/// What `to` lacks of `from`, applied as another device's update: the values `to` lost.
fn deliver(to: &mut Replica, from: &Replica) -> Vec<LostValue> {
    let update = to.update_from(from);
    deliver_bytes(to, &update)
}

fn deliver_bytes(to: &mut Replica, update: &[u8]) -> Vec<LostValue> {
    let lost = apply_remote(&to.doc, update).expect("the update applies");
    to.reread();
    lost
}

fn lost(item: Option<ItemRef>, field: &str, mine: &str, theirs: &str) -> LostValue {
    LostValue {
        item,
        field: field.into(),
        mine: json!(mine),
        theirs: json!(theirs),
    }
}

fn assert_same(a: &Plan, b: &Plan) {
    let diff = differences(a, b);
    assert!(diff.is_empty(), "the devices differ: {diff:#?}");
}

#[test]
fn two_devices_set_one_date_at_once_and_only_the_loser_is_told() {
    let (ids, mut one, mut two, _) = devices();
    one.edit(&mette(), job_date(&ids, "2027-04-01"), at(3, 9))
        .expect("one edits");
    two.edit(&jonas(), job_date(&ids, "2027-05-01"), at(3, 9))
        .expect("two edits");

    let told_one = deliver(&mut one, &two);
    let told_two = deliver(&mut two, &one);

    assert_same(&one.plan, &two.plan);
    let shown = one.plan.goal(ids.job).and_then(|g| g.target_date);
    assert_eq!(shown.map(|d| d.to_string()).as_deref(), Some("2027-05-01"));
    assert_eq!(
        told_one,
        vec![lost(
            Some(ItemRef::Goal(ids.job)),
            "target_date",
            "2027-04-01",
            "2027-05-01"
        )],
        "the device whose date lost is told, with both dates"
    );
    assert!(
        told_two.is_empty(),
        "the winner is told nothing: {told_two:?}"
    );
}

#[test]
fn the_plans_own_fields_and_nested_fields_are_named_by_their_path() {
    let (ids, mut one, mut two, _) = devices();
    let name = set(None, "citizen.name", json!("Mette J."));
    one.edit(&mette(), name, at(3, 9)).expect("one edits");
    let end = |date: &str| {
        set(
            Some(ItemRef::Intervention(ids.mentor)),
            "period.end",
            json!(date),
        )
    };
    one.edit(&mette(), end("2027-01-31"), at(3, 9))
        .expect("one edits");
    two.edit(
        &jonas(),
        set(None, "citizen.name", json!("Mette Jensen Holm")),
        at(3, 9),
    )
    .expect("two edits");
    two.edit(&jonas(), end("2027-02-28"), at(3, 9))
        .expect("two edits");

    let mut told = deliver(&mut one, &two);
    told.sort_by(|a, b| a.field.cmp(&b.field));
    assert_eq!(
        told,
        vec![
            lost(None, "citizen.name", "Mette J.", "Mette Jensen Holm"),
            lost(
                Some(ItemRef::Intervention(ids.mentor)),
                "period.end",
                "2027-01-31",
                "2027-02-28"
            ),
        ]
    );
    assert!(deliver(&mut two, &one).is_empty());
    assert_same(&one.plan, &two.plan);
}

#[test]
fn a_later_overwrite_by_someone_who_saw_the_value_is_no_loss() {
    let (ids, mut one, mut two, _) = devices();
    one.edit(&mette(), job_date(&ids, "2027-04-01"), at(3, 9))
        .expect("one edits");
    assert!(deliver(&mut two, &one).is_empty());
    // Two has seen one's date and changes it: a later edit, not a concurrent one.
    two.edit(&jonas(), job_date(&ids, "2027-05-01"), at(3, 10))
        .expect("two edits");
    assert!(deliver(&mut one, &two).is_empty(), "one saw nothing lost");
    // And back: one changes two's date after seeing it.
    one.edit(&mette(), job_date(&ids, "2027-06-01"), at(3, 11))
        .expect("one edits");
    assert!(deliver(&mut two, &one).is_empty(), "two saw nothing lost");
    assert_same(&one.plan, &two.plan);
}

#[test]
fn three_devices_each_loser_is_told_in_any_order_of_delivery() {
    let dates = ["2027-04-01", "2027-05-01", "2027-06-01"];
    // Per order of delivery, per device: the fields and values it was told it lost (the
    // item ids differ between the two runs: each builds its own plan).
    let mut orders_told: Vec<Vec<Vec<(String, Value)>>> = Vec::new();
    for reversed in [false, true] {
        let (ids, mut one, mut two, mut three) = devices();
        let actors = [mette(), jonas(), psychiatrist()];
        for (device, (actor, date)) in [&mut one, &mut two, &mut three]
            .into_iter()
            .zip(actors.iter().zip(dates))
        {
            device
                .edit(actor, job_date(&ids, date), at(3, 9))
                .expect("an edit");
        }
        // Each device gets the other two's updates, one order or the other.
        let (u_one, u_two, u_three) = (full(&one), full(&two), full(&three));
        let mut told = Vec::new();
        for (device, mut updates) in [
            (&mut one, vec![&u_two, &u_three]),
            (&mut two, vec![&u_one, &u_three]),
            (&mut three, vec![&u_one, &u_two]),
        ] {
            if reversed {
                updates.reverse();
            }
            let mut all = Vec::new();
            for update in updates {
                all.extend(deliver_bytes(device, update));
            }
            told.push(all);
        }
        assert_same(&one.plan, &two.plan);
        assert_same(&one.plan, &three.plan);
        let shown = three.plan.goal(ids.job).and_then(|g| g.target_date);
        assert_eq!(shown.map(|d| d.to_string()).as_deref(), Some(dates[2]));
        for (device, told) in told.iter().enumerate() {
            if device == 2 {
                assert!(told.is_empty(), "the winner is told nothing: {told:?}");
                continue;
            }
            assert_eq!(
                told.len(),
                1,
                "device {} is told once: {told:?}",
                device + 1
            );
            assert_eq!(told[0].mine, json!(dates[device]));
            assert!(
                dates
                    .iter()
                    .any(|d| told[0].theirs == json!(d) && *d != dates[device]),
                "another device's date won: {told:?}"
            );
        }
        orders_told.push(
            told.into_iter()
                .map(|all| all.into_iter().map(|l| (l.field, l.mine)).collect())
                .collect(),
        );
    }
    assert_eq!(
        orders_told[0], orders_told[1],
        "the same values are reported lost in either order"
    );
}

/// A device's whole state, as sync step 2 sends it to a newcomer.
fn full(device: &Replica) -> Vec<u8> {
    device
        .doc
        .transact()
        .encode_state_as_update_v1(&StateVector::default())
}

#[test]
fn the_report_is_the_same_however_the_winners_edits_are_cut_into_updates() {
    let (ids, mut one, mut two, mut three) = devices();
    one.edit(&mette(), job_date(&ids, "2027-04-01"), at(3, 9))
        .expect("one edits");
    // Two makes two edits, one transaction each: another field, then the date.
    let mut pieces = Vec::new();
    let mut since = two.doc.transact().state_vector();
    for edit in [
        set(Some(ItemRef::Goal(ids.bus)), "status", json!("achieved")),
        job_date(&ids, "2027-05-01"),
    ] {
        two.edit(&jonas(), edit, at(3, 9)).expect("two edits");
        pieces.push(two.doc.transact().encode_state_as_update_v1(&since));
        since = two.doc.transact().state_vector();
    }
    // Three writes something unrelated meanwhile; it reaches one between two's pieces.
    three
        .edit(
            &psychiatrist(),
            set(Some(ItemRef::Goal(ids.anxiety)), "status", json!("on_hold")),
            at(3, 9),
        )
        .expect("three edits");
    let from_three = one.update_from(&three);

    // A copy of one (its client id too), to be given two's edits as one update.
    let mut whole = Replica {
        doc: collab::new_doc_with_client_id(1),
        plan: one.plan.clone(),
    };
    apply_update_as(&whole.doc, &full(&one), LOCAL_ORIGIN).expect("a copy of one");
    let told_whole = {
        let mut all = deliver_bytes(&mut whole, &one.update_from(&two));
        all.extend(deliver_bytes(&mut whole, &from_three));
        all
    };

    let mut told_pieces = Vec::new();
    for (i, piece) in pieces.iter().enumerate() {
        told_pieces.extend(deliver_bytes(&mut one, piece));
        if i == 0 {
            told_pieces.extend(deliver_bytes(&mut one, &from_three));
        }
    }

    let expected = vec![lost(
        Some(ItemRef::Goal(ids.job)),
        "target_date",
        "2027-04-01",
        "2027-05-01",
    )];
    assert_eq!(
        told_pieces, expected,
        "in pieces: the value that replaced one's"
    );
    assert_eq!(told_whole, expected, "as one update");
    assert_same(&one.plan, &whole.plan);
    assert_same(&one.plan, &{
        two.receive(&one);
        two.receive(&three);
        two.plan
    });
}

#[test]
fn this_devices_own_replayed_updates_report_nothing() {
    let (ids, mut one, mut two, _) = devices();
    one.edit(&mette(), job_date(&ids, "2027-04-01"), at(3, 9))
        .expect("one edits");
    two.edit(&jonas(), job_date(&ids, "2027-05-01"), at(3, 9))
        .expect("two edits");
    let update = one.update_from(&two);
    let told = apply_update_as(&one.doc, &update, LOCAL_ORIGIN).expect("applies");
    assert!(told.is_empty(), "{told:?}");
    one.reread();
    let shown = one.plan.goal(ids.job).and_then(|g| g.target_date);
    assert_eq!(shown.map(|d| d.to_string()).as_deref(), Some("2027-05-01"));
}

#[test]
fn bytes_that_are_no_update_are_refused_and_change_nothing() {
    let (ids, mut one, two, _) = devices();
    one.edit(&mette(), job_date(&ids, "2027-04-01"), at(3, 9))
        .expect("one edits");
    let before = full(&one);
    let plan = one.plan.clone();
    let real = one.update_from(&two);
    let truncated = real[..real.len() / 2].to_vec();
    for garbage in [
        Vec::new(),
        vec![0xff; 64],
        b"{\"plan\": \"not yjs\"}".to_vec(),
        truncated,
        (0..=255u8).rev().collect(),
    ] {
        let result = apply_remote(&one.doc, &garbage);
        assert!(
            matches!(result, Err(CollabError::Update(_))),
            "{garbage:?} gave {result:?}"
        );
        assert_eq!(full(&one), before, "the document is untouched");
        one.reread();
        assert_same(&one.plan, &plan);
    }
}

#[test]
fn a_loss_relayed_by_a_device_that_merged_both_sides_is_still_told() {
    // The server (here: device three) has both dates merged; one reconnects and gets
    // everything it lacks in one update, deletion of its own date included.
    let (ids, mut one, mut two, mut server) = devices();
    one.edit(&mette(), job_date(&ids, "2027-04-01"), at(3, 9))
        .expect("one edits");
    two.edit(&jonas(), job_date(&ids, "2027-05-01"), at(3, 9))
        .expect("two edits");
    server.receive(&one);
    server.receive(&two);
    let told = deliver(&mut one, &server);
    assert_eq!(
        told,
        vec![lost(
            Some(ItemRef::Goal(ids.job)),
            "target_date",
            "2027-04-01",
            "2027-05-01"
        )]
    );
    assert!(deliver(&mut two, &server).is_empty());
    assert_same(&one.plan, &two.plan);
}

#[test]
fn a_caller_applying_in_its_own_transaction_gets_the_same_report() {
    use yrs::updates::decoder::Decode;
    let (ids, mut one, mut two, _) = devices();
    one.edit(&mette(), job_date(&ids, "2027-04-01"), at(3, 9))
        .expect("one edits");
    two.edit(&jonas(), job_date(&ids, "2027-05-01"), at(3, 9))
        .expect("two edits");
    let update = one.update_from(&two);
    let told = {
        // As `collab::Session` applies what arrives: a transaction without an origin.
        let mut txn = one.doc.transact_mut();
        txn.apply_update(yrs::Update::decode_v1(&update).expect("decodes"))
            .expect("applies");
        collab::lost_in(&txn)
    };
    assert_eq!(
        told,
        vec![lost(
            Some(ItemRef::Goal(ids.job)),
            "target_date",
            "2027-04-01",
            "2027-05-01"
        )]
    );
}
