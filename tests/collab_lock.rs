//! Approval holds for what was approved: an edit made on a device that had not yet seen
//! the lock never changes the locked version, on any device, in any delivery order; it is
//! reported as a late edit and is there in the next version's draft.
#![cfg(not(target_arch = "wasm32"))]

mod collab_support;
mod model_support;

use collab_support::{differences, Replica};
use helhedsplan::collab::mapping::to_json;
use helhedsplan::collab::{self, LateEdit};
use helhedsplan::model::splice::utf16_len;
use helhedsplan::model::{
    Actor, Approval, ApprovalRole, ChangeEntry, Edit, Goal, GoalLevel, History, ItemRef, Plan, Role,
};
use model_support::fixtures::{at, jonas, mette, mette_plan, psychiatrist, Ids};
use model_support::strategies::*;
use proptest::prelude::*;
use serde_json::{json, Value};
use yrs::{Array, ReadTxn, Transact};

/// Applies `edit` on `replica` and returns the update it made (what the device sends).
fn send(replica: &mut Replica, actor: &Actor, edit: Edit, day: u32) -> Vec<u8> {
    let state = replica.doc.transact().state_vector();
    replica
        .edit(actor, edit, at(day, 10))
        .expect("the edit applies");
    replica.doc.transact().encode_state_as_update_v1(&state)
}

/// Three devices on Mette's plan, the citizen's approval seen by all: one more approval,
/// as caseworker, locks it.
fn approved_by_the_citizen() -> (Vec<Replica>, Ids) {
    approved_by_the_citizen_on([1, 2, 3])
}

/// [`approved_by_the_citizen`] with the devices' client ids (Yjs orders concurrent
/// inserts by them).
fn approved_by_the_citizen_on(clients: [u64; 3]) -> (Vec<Replica>, Ids) {
    let (plan, ids) = mette_plan();
    let mut a = Replica::seeded(&plan, clients[0]);
    let mut b = Replica::joined(&a, clients[1]);
    let mut c = Replica::joined(&a, clients[2]);
    let approve = Edit::Approve {
        as_role: ApprovalRole::Citizen,
    };
    let update = send(&mut a, &mette(), approve, 9);
    b.apply_update(&update);
    c.apply_update(&update);
    (vec![a, b, c], ids)
}

fn lock(a: &mut Replica) -> Vec<u8> {
    let update = send(
        a,
        &jonas(),
        Edit::Approve {
            as_role: ApprovalRole::Caseworker,
        },
        10,
    );
    assert!(a.plan.locked, "both parties have approved");
    update
}

/// In which order the third device receives the lock and the late edit.
#[derive(Debug, Clone, Copy)]
enum Order {
    LockFirst,
    EditFirst,
}

const ORDERS: [Order; 2] = [Order::LockFirst, Order::EditFirst];

/// Device A locks while device B, which has not seen the lock, makes `late` (one or more
/// edits); then every device gets everything, the third in `order`. Returns the devices
/// and the plan A approved.
fn race(order: Order, late: impl Fn(&mut Replica, &Ids) -> Vec<Vec<u8>>) -> Race {
    let (mut devices, ids) = approved_by_the_citizen();
    let locked = lock(&mut devices[0]);
    let approved = devices[0].plan.clone();
    let edits = late(&mut devices[1], &ids);
    assert!(!edits.is_empty());
    let late_log = devices[1].plan.change_log.clone();
    match order {
        Order::LockFirst => {
            devices[1].apply_update(&locked);
            edits.iter().for_each(|e| devices[0].apply_update(e));
            devices[2].apply_update(&locked);
            edits.iter().for_each(|e| devices[2].apply_update(e));
        }
        Order::EditFirst => {
            edits.iter().for_each(|e| devices[0].apply_update(e));
            devices[1].apply_update(&locked);
            edits.iter().for_each(|e| devices[2].apply_update(e));
            devices[2].apply_update(&locked);
        }
    }
    Race {
        devices,
        approved,
        ids,
        late_log,
    }
}

struct Race {
    devices: Vec<Replica>,
    /// The plan A approved.
    approved: Plan,
    ids: Ids,
    /// B's change log after its late edits.
    late_log: Vec<ChangeEntry>,
}

/// The late edits' log entries are in the next version's log too.
fn assert_log_kept(draft: &Plan, late_log: &[ChangeEntry]) {
    for entry in late_log {
        assert!(draft.change_log.contains(entry), "{entry:#?}");
    }
}

fn assert_same(one: &Plan, other: &Plan) {
    let differences = differences(one, other);
    assert!(differences.is_empty(), "{differences:#?}");
}

/// Every device shows exactly the plan A approved and reports the same late edits.
fn assert_shows_approved(devices: &[Replica], approved: &Plan) -> Vec<LateEdit> {
    let late = collab::read(&devices[0].doc).expect("reads").late;
    for device in devices {
        assert_same(&device.plan, approved);
        let read = collab::read(&device.doc).expect("reads");
        assert_same(&read.plan, approved);
        assert_eq!(read.late, late);
    }
    late
}

/// Starts the next version on `devices[from]` and sends it to the others: returns the
/// draft every device shows (checked equal).
fn start_new_version(devices: &mut [Replica], from: usize) -> Plan {
    let update = send(&mut devices[from], &jonas(), Edit::StartNewVersion, 12);
    for (i, device) in devices.iter_mut().enumerate() {
        if i != from {
            device.apply_update(&update);
        }
    }
    let draft = devices[from].plan.clone();
    for device in devices.iter() {
        assert_same(&device.plan, &draft);
    }
    draft
}

/// The earlier version is the one A approved.
fn assert_earlier_version_is(draft: &Plan, approved: &Plan) {
    assert!(!draft.locked);
    assert_eq!(draft.version, approved.version + 1);
    let earlier = draft.earlier_versions.last().expect("the earlier version");
    assert_eq!(earlier.version, approved.version);
    assert_eq!(earlier.approvals, approved.approvals);
    assert_eq!(earlier.locked_at, approved.locked_at);
}

fn set_frequency(b: &mut Replica, ids: &Ids) -> Vec<Vec<u8>> {
    let edit = Edit::SetField {
        item: Some(ItemRef::Intervention(ids.mentor)),
        field: "frequency".into(),
        value: json!("Hver tirsdag kl. 10"),
    };
    vec![send(b, &psychiatrist(), edit, 10)]
}

#[test]
fn a_field_set_racing_the_lock_is_kept_for_the_next_version() {
    for order in ORDERS {
        let Race {
            mut devices,
            approved,
            ids,
            late_log,
        } = race(order, set_frequency);
        let mentor = |plan: &Plan| {
            plan.intervention(ids.mentor)
                .map(|x| x.frequency.clone())
                .unwrap_or_default()
        };
        assert_ne!(mentor(&approved), "Hver tirsdag kl. 10");
        let late = assert_shows_approved(&devices, &approved);
        assert_eq!(
            late,
            vec![LateEdit {
                collection: "interventions",
                id: Some(ids.mentor.to_string()),
                field: Some("frequency".into()),
                live: Some(json!("Hver tirsdag kl. 10")),
            }],
            "{order:?}"
        );
        // The third device, which had both, starts the next version.
        let draft = start_new_version(&mut devices, 2);
        assert_eq!(mentor(&draft), "Hver tirsdag kl. 10", "{order:?}");
        assert_earlier_version_is(&draft, &approved);
        assert_log_kept(&draft, &late_log);
        assert!(collab::read(&devices[0].doc)
            .expect("reads")
            .late
            .is_empty());
    }
}

#[test]
fn a_goal_added_racing_the_lock_is_kept_for_the_next_version() {
    let sleep = Goal::new(GoalLevel::Goal, "Jeg vil sove bedre", &mette(), at(10, 10));
    let id = sleep.id;
    for order in ORDERS {
        let add = |b: &mut Replica, ids: &Ids| {
            let mut goal = sleep.clone();
            goal.parent = Some(ids.overall);
            let edit = Edit::AddGoal {
                goal,
                position: Some(1),
            };
            vec![send(b, &mette(), edit, 10)]
        };
        let Race {
            mut devices,
            approved,
            late_log,
            ..
        } = race(order, add);
        let late = assert_shows_approved(&devices, &approved);
        assert!(approved.goal(id).is_none());
        assert_eq!(late.len(), 1, "{late:#?}");
        assert_eq!(late[0].collection, "goals");
        assert_eq!(late[0].id, Some(id.to_string()));
        assert_eq!(late[0].field, None);
        let title = late[0].live.as_ref().and_then(|goal| goal.get("title"));
        assert_eq!(title, Some(&json!("Jeg vil sove bedre")));
        let draft = start_new_version(&mut devices, 0);
        assert!(draft.goal(id).is_some(), "{order:?}");
        assert_eq!(draft.goals.len(), approved.goals.len() + 1);
        assert_earlier_version_is(&draft, &approved);
        assert_log_kept(&draft, &late_log);
    }
}

#[test]
fn text_typed_racing_the_lock_is_kept_for_the_next_version() {
    let typed = " Og køre bil 🚗";
    for order in ORDERS {
        let type_words = |b: &mut Replica, _: &Ids| {
            let field = "citizen.own_words.dreams";
            typed
                .chars()
                .map(|c| {
                    let current = helhedsplan::model::edit::field_text(&b.plan, None, field)
                        .expect("a text field");
                    let edit = Edit::SpliceText {
                        item: None,
                        field: field.into(),
                        at: utf16_len(&current),
                        delete: 0,
                        insert: c.to_string(),
                    };
                    send(b, &mette(), edit, 10)
                })
                .collect()
        };
        let Race {
            mut devices,
            approved,
            late_log,
            ..
        } = race(order, type_words);
        let dreams = |plan: &Plan| plan.citizen.own_words.dreams.clone();
        let expected = format!("{}{typed}", dreams(&approved));
        let late = assert_shows_approved(&devices, &approved);
        assert_eq!(
            late,
            vec![LateEdit {
                collection: "plan",
                id: None,
                field: Some("citizen.own_words.dreams".into()),
                live: Some(Value::String(expected.clone())),
            }]
        );
        let draft = start_new_version(&mut devices, 1);
        assert_eq!(dreams(&draft), expected, "{order:?}");
        assert_earlier_version_is(&draft, &approved);
        assert_log_kept(&draft, &late_log);
    }
}

#[test]
fn undoing_the_next_version_shows_the_approved_version_again() {
    let Race {
        mut devices,
        approved,
        ids,
        ..
    } = race(Order::EditFirst, set_frequency);
    let a = &mut devices[0];
    let mut history = History::default();
    let before = a.plan.clone();
    let mut plan = before.clone();
    let edit = Edit::StartNewVersion;
    history
        .apply(&mut plan, edit.clone(), &jonas(), at(12, 10))
        .expect("a new version");
    collab::write_edit(&a.doc, &before, &edit, &plan).expect("written");
    a.reread();
    assert!(!a.plan.locked);
    let before = a.plan.clone();
    let mut plan = before.clone();
    let undone = history.undo(&mut plan, &jonas(), at(12, 11));
    assert_eq!(undone, Ok(true));
    assert!(plan.locked);
    collab::write_edit(&a.doc, &before, &edit, &plan).expect("written");
    let state = devices[1].doc.transact().state_vector();
    let update = devices[0].doc.transact().encode_state_as_update_v1(&state);
    devices
        .iter_mut()
        .for_each(|device| device.apply_update(&update));
    let late = assert_shows_approved(&devices, &approved);
    assert_eq!(late.len(), 1, "{late:#?}");
    assert_eq!(late[0].id, Some(ids.mentor.to_string()));
}

#[test]
fn nothing_is_late_when_no_edit_raced_the_lock() {
    let (mut devices, _) = approved_by_the_citizen();
    let locked = lock(&mut devices[0]);
    let approved = devices[0].plan.clone();
    devices[1].apply_update(&locked);
    devices[2].apply_update(&locked);
    let late = assert_shows_approved(&devices, &approved);
    assert!(late.is_empty(), "{late:#?}");
    // Whereas one edit racing the lock is one late edit.
    let race = race(Order::LockFirst, set_frequency);
    assert_eq!(
        assert_shows_approved(&race.devices, &race.approved).len(),
        1
    );
}

/// The caseworker approvals in the document's array, in its order.
fn caseworker_approvals(replica: &Replica) -> Vec<Approval> {
    let txn = replica.doc.transact();
    let array = txn.get_array("approvals").expect("approvals");
    array
        .iter(&txn)
        .filter_map(|out| match out {
            yrs::Out::Any(any) => serde_json::from_value::<Approval>(to_json(&any)).ok(),
            _ => None,
        })
        .filter(|a| a.as_role == ApprovalRole::Caseworker)
        .collect()
}

#[test]
fn two_locks_at_once_show_the_one_whose_approval_is_kept_everywhere() {
    let anne = Actor::new(Role::Caseworker, "Anne Dahl");
    // Yjs orders two inserts at one place by client id, so either device's approval may
    // come first; B taking the citizen's approval back and giving it again leaves a
    // merged array that matches neither device's approvals.
    for (clients, retake) in [([1, 2, 3], false), ([2, 1, 3], false), ([1, 2, 3], true)] {
        for order in ORDERS {
            let (mut devices, _) = approved_by_the_citizen_on(clients);
            let from_a = lock(&mut devices[0]);
            let b = &mut devices[1];
            let state = b.doc.transact().state_vector();
            if retake {
                let citizen = ApprovalRole::Citizen;
                let revoke = Edit::RevokeApproval { as_role: citizen };
                b.edit(&mette(), revoke, at(11, 9)).expect("taken back");
                let approve = Edit::Approve { as_role: citizen };
                b.edit(&mette(), approve, at(11, 10))
                    .expect("approved again");
            }
            let approve = Edit::Approve {
                as_role: ApprovalRole::Caseworker,
            };
            b.edit(&anne, approve, at(11, 11)).expect("approved");
            let from_b = b.doc.transact().encode_state_as_update_v1(&state);
            let approvals = [devices[0].plan.clone(), devices[1].plan.clone()];
            assert!(approvals[1].locked);
            let updates = [from_a, from_b];
            devices[0].apply_update(&updates[1]);
            devices[1].apply_update(&updates[0]);
            match order {
                Order::LockFirst => {
                    devices[2].apply_update(&updates[0]);
                    devices[2].apply_update(&updates[1]);
                }
                Order::EditFirst => {
                    devices[2].apply_update(&updates[1]);
                    devices[2].apply_update(&updates[0]);
                }
            }
            let shown = devices[0].plan.clone();
            assert_shows_approved(&devices, &shown);
            // The version shown is one of the two approved, with the caseworker approval
            // that repair keeps (the first in the document's array).
            let kept = caseworker_approvals(&devices[0]);
            assert_eq!(kept.len(), 2);
            assert!(approvals.contains(&shown), "{order:?}");
            let shown_caseworker: Vec<_> = shown
                .approvals
                .iter()
                .filter(|a| a.as_role == ApprovalRole::Caseworker)
                .cloned()
                .collect();
            assert_eq!(shown_caseworker, kept[..1], "{clients:?} {order:?}");
            let draft = start_new_version(&mut devices, 2);
            assert_earlier_version_is(&draft, &shown);
        }
    }
}

/// A plan's content: all but its version state, approvals, earlier versions and log.
fn content(plan: &Plan) -> Value {
    let mut json = serde_json::to_value(plan).expect("a plan serialises");
    if let Value::Object(fields) = &mut json {
        for key in [
            "version",
            "locked",
            "locked_at",
            "approvals",
            "earlier_versions",
            "change_log",
        ] {
            fields.remove(key);
        }
    }
    json
}

/// Whether `edit` withdraws a consent, on its own or as part of a batch.
fn withdraws_consent(edit: &Edit) -> bool {
    match edit {
        Edit::WithdrawConsent { .. } => true,
        Edit::Batch { edits } => edits.iter().any(withdraws_consent),
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// B edits at random without seeing the lock; A had seen the first `seen` of B's
    /// edits when it locked; the third device gets both senders' updates interleaved at
    /// random. Every device shows what A approved; the late edits are exactly what B's
    /// content has beyond it; the next version holds B's content.
    #[test]
    fn random_edits_racing_a_lock_never_change_the_approved_version(
        plan in arb_draft_plan(),
        script in arb_script(16),
        seen in any::<usize>(),
        picks in proptest::collection::vec(any::<bool>(), 32),
    ) {
        let mut a = Replica::seeded(&plan, 1);
        let mut b = Replica::joined(&a, 2);
        let mut c = Replica::joined(&a, 3);
        let mut from_b = Vec::new();
        for step in &script {
            let (actor, edit) = concrete(&b.plan, step, Approvals::CitizenOnly);
            // A withdrawn consent is the one edit that does not wait for the next
            // version (the tests after this one show it at once); also inside a batch.
            if withdraws_consent(&edit) {
                continue;
            }
            let state = b.doc.transact().state_vector();
            if b.edit(&actor, edit, step.at()).is_ok() {
                from_b.push(b.doc.transact().encode_state_as_update_v1(&state));
            }
        }
        let seen = seen % (from_b.len() + 1);
        from_b[..seen].iter().for_each(|u| a.apply_update(u));
        let state = a.doc.transact().state_vector();
        // Custody holders a random plan lists approve too (before the caseworker locks it).
        let holders: Vec<String> =
            a.plan.custody_holders_to_approve().iter().map(|p| p.name.clone()).collect();
        for name in holders {
            let holder = Actor::new(Role::Citizen, name);
            let _ = a.edit(&holder, Edit::Approve { as_role: ApprovalRole::CustodyHolder }, at(10, 10));
        }
        for as_role in [ApprovalRole::Citizen, ApprovalRole::Caseworker] {
            if !a.plan.is_approved_as(as_role) {
                let actor = if as_role == ApprovalRole::Citizen { mette() } else { jonas() };
                a.edit(&actor, Edit::Approve { as_role }, at(10, 10)).expect("approves");
            }
        }
        prop_assert!(a.plan.locked);
        let approved = a.plan.clone();
        let locked = a.doc.transact().encode_state_as_update_v1(&state);
        let b_content = content(&b.plan);
        let late_log = b.plan.change_log.clone();
        from_b[seen..].iter().for_each(|u| a.apply_update(u));
        b.apply_update(&locked);
        let mut pending: Vec<&Vec<u8>> = from_b.iter().collect();
        let mut lock_sent = false;
        for pick in picks {
            if pick && !lock_sent {
                c.apply_update(&locked);
                lock_sent = true;
            } else if !pending.is_empty() {
                c.apply_update(pending.remove(0));
            }
        }
        pending.into_iter().for_each(|u| c.apply_update(u));
        if !lock_sent {
            c.apply_update(&locked);
        }
        let mut devices = vec![a, b, c];
        let late = assert_shows_approved(&devices, &approved);
        prop_assert_eq!(late.is_empty(), content(&approved) == b_content);
        let draft = start_new_version(&mut devices, 2);
        prop_assert_eq!(content(&draft), b_content);
        assert_earlier_version_is(&draft, &approved);
        assert_log_kept(&draft, &late_log);
    }
}

/// The share consent withdrawn on `b`, on 11 March.
fn withdraw_share_consent(b: &mut Replica, ids: &Ids) -> Vec<Vec<u8>> {
    let edit = Edit::WithdrawConsent {
        id: ids.share_consent,
        date: chrono::NaiveDate::from_ymd_opt(2026, 3, 11).expect("a date"),
    };
    vec![send(b, &jonas(), edit, 11)]
}

/// The withdrawal shows in the locked version on every device, with its log line, and is
/// not a late edit: a withdrawal never waits for the next version.
fn assert_withdrawal_shows(devices: &[Replica], ids: &Ids) {
    let late = collab::read(&devices[0].doc).expect("reads").late;
    assert!(late.is_empty(), "{late:#?}");
    for device in devices {
        let read = collab::read(&device.doc).expect("reads");
        assert!(read.plan.locked);
        let consent = read
            .plan
            .consents
            .iter()
            .find(|c| c.id == ids.share_consent)
            .expect("the consent");
        assert_eq!(
            consent.withdrawn,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 11)
        );
        assert!(read
            .plan
            .change_log
            .iter()
            .any(|e| e.action == helhedsplan::model::EditKind::WithdrawConsent));
        assert_same(&device.plan, &read.plan);
    }
}

#[test]
fn a_consent_withdrawn_on_a_locked_version_shows_at_once_on_every_device() {
    let (mut devices, ids) = approved_by_the_citizen();
    let locked = lock(&mut devices[0]);
    devices[1].apply_update(&locked);
    devices[2].apply_update(&locked);
    let withdrawal = withdraw_share_consent(&mut devices[1], &ids);
    for update in &withdrawal {
        devices[0].apply_update(update);
        devices[2].apply_update(update);
    }
    assert_withdrawal_shows(&devices, &ids);
    // The approvals stand: withdrawing a consent takes no approval back.
    assert_eq!(devices[0].plan.approvals.len(), 2);
}

#[test]
fn a_withdrawal_racing_the_lock_does_not_wait_for_the_next_version() {
    for order in ORDERS {
        let race = race(order, withdraw_share_consent);
        assert_withdrawal_shows(&race.devices, &race.ids);
    }
}
