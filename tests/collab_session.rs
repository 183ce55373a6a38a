//! One device's side of the y-websocket protocol (`collab::Session`), natively: devices
//! meet through a relay that behaves as y-websocket's server does (it answers sync step 1,
//! applies updates and passes them and presence on to everyone else).
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use std::cell::Cell;

use helhedsplan::collab::session::{restore, MAX_MESSAGE_BYTES, PRESENCE_TIMEOUT_MS};
use helhedsplan::collab::{self, read_plan, write_edit, Presence, Session, SessionError};
use helhedsplan::model::{apply, generate::synthetic_plan, Actor, Edit, Plan};
use model_support::fixtures::{at, mette, mette_plan};
use proptest::prelude::*;
use yrs::{ReadTxn, Transact};

thread_local! {
    static NOW: Cell<u64> = const { Cell::new(1_800_000_000_000) };
}

fn now() -> u64 {
    NOW.with(Cell::get)
}

fn advance(ms: u64) {
    NOW.with(|n| n.set(n.get() + ms));
}

/// The server's side: a session of its own, as y-websocket's server keeps one document per room.
struct Relay {
    room: Session,
}

/// A device: its session and the plan it shows.
struct Device {
    session: Session,
    plan: Plan,
    online: bool,
}

impl Relay {
    fn new() -> Relay {
        Relay {
            room: Session::new(collab::new_doc(), now),
        }
    }

    /// A device connects: both say hello and answer each other, as over a WebSocket.
    fn connect(&mut self, device: &mut Device) -> Option<u32> {
        device.online = true;
        let mut merged = None;
        let to_server = device.session.hello();
        let to_device = self.room.hello();
        let answer = self
            .room
            .receive(&to_server)
            .expect("the server reads the hello");
        for reply in answer.replies {
            merged = merged.or(device.receive(&reply));
        }
        let answer = device
            .session
            .receive(&to_device)
            .expect("the device reads the hello");
        merged = merged.or(answer.merged);
        for reply in answer.replies {
            self.room
                .receive(&reply)
                .expect("the server takes the answer");
        }
        device.reread();
        merged
    }

    /// Passes what `from` sent to the server and on to every other online device.
    fn pass(&mut self, messages: Vec<Vec<u8>>, others: &mut [&mut Device]) {
        for message in messages {
            self.room.receive(&message).expect("the server takes it");
            for other in others.iter_mut().filter(|d| d.online) {
                other.receive(&message);
            }
        }
    }
}

impl Device {
    fn new() -> Device {
        Device {
            session: Session::new(collab::new_doc(), now),
            plan: Plan::new(""),
            online: false,
        }
    }

    fn receive(&mut self, message: &[u8]) -> Option<u32> {
        let received = self.session.receive(message).expect("the device takes it");
        if received.plan_changed {
            self.reread();
        }
        received.merged
    }

    fn reread(&mut self) {
        if let Ok(mut plan) = read_plan(self.session.doc()) {
            collab::repair(&mut plan);
            self.plan = plan;
        }
    }

    fn seed(&mut self, plan: &Plan) -> Vec<Vec<u8>> {
        collab::seed(self.session.doc(), plan).expect("seeded");
        self.plan = plan.clone();
        self.session.take_local_updates()
    }

    fn edit(&mut self, actor: &Actor, edit: Edit) -> Vec<Vec<u8>> {
        let mut after = self.plan.clone();
        apply(&mut after, edit.clone(), actor, at(10, 0)).expect("the edit applies");
        write_edit(self.session.doc(), &self.plan, &edit, &after).expect("written");
        self.plan = after;
        self.session.take_local_updates()
    }
}

/// A room through a relay: device A seeds it with `mette_plan`, device B joins.
fn room_of_two() -> (Relay, Device, Device, Plan, model_support::fixtures::Ids) {
    let mut relay = Relay::new();
    let (mut a, mut b) = (Device::new(), Device::new());
    relay.connect(&mut a);
    let (plan, ids) = mette_plan();
    let seeded = a.seed(&plan);
    relay.pass(seeded, &mut []);
    relay.connect(&mut b);
    (relay, a, b, plan, ids)
}

fn title(plan: &Plan) -> String {
    plan.title.clone()
}

fn set_title(text: &str) -> Edit {
    Edit::SetField {
        item: None,
        field: "title".into(),
        value: serde_json::Value::String(text.into()),
    }
}

#[test]
fn a_device_joining_a_room_gets_the_plan_another_seeded() {
    let (mut relay, mut a, mut b, plan, _) = room_of_two();
    assert_eq!(b.plan, plan);
    let edit = b.edit(&mette(), set_title("Mettes plan for 2027"));
    relay.pass(edit, &mut [&mut a]);
    assert_eq!(title(&a.plan), "Mettes plan for 2027");
    assert_eq!(a.plan, b.plan);
}

#[test]
fn changes_made_offline_wait_and_merge_on_reconnect() {
    let (mut relay, mut a, mut b, _, _) = room_of_two();

    b.online = false;
    b.session.disconnected();
    for word in ["Mettes", "plan", "efter", "mødet"] {
        let title = format!("{} {word}", b.plan.title);
        // Sent nowhere: the device is offline.
        let _ = b.edit(&mette(), set_title(&title));
    }
    assert_eq!(b.session.waiting(), 4);
    let online_edit = a.edit(&mette(), set_title("Ny titel fra kontoret"));
    relay.pass(online_edit, &mut [&mut b]);

    assert_eq!(
        relay.connect(&mut b),
        Some(4),
        "the four waiting changes merged"
    );
    assert_eq!(b.session.waiting(), 0);
    // What the server now holds reaches A as an ordinary update.
    let state = a.session.doc().transact().state_vector();
    let missing = relay
        .room
        .doc()
        .transact()
        .encode_state_as_update_v1(&state);
    let message = yrs::sync::Message::Sync(yrs::sync::SyncMessage::Update(missing));
    a.receive(&yrs::updates::encoder::Encode::encode_v1(&message));
    assert_eq!(a.plan, b.plan, "both devices show one plan");
}

#[test]
fn a_device_in_step_has_nothing_waiting() {
    let mut relay = Relay::new();
    let mut a = Device::new();
    assert_eq!(relay.connect(&mut a), Some(0));
    let seeded = a.seed(&mette_plan().0);
    assert_eq!(a.session.waiting(), 0, "sent at once while in step");
    relay.pass(seeded, &mut []);
}

#[test]
fn presence_arrives_and_leaves() {
    let mut relay = Relay::new();
    let (mut a, mut b) = (Device::new(), Device::new());
    relay.connect(&mut a);
    relay.connect(&mut b);
    let here = Presence {
        name: "Mette Hansen".into(),
        role: "citizen".into(),
        section: "goals".into(),
        item: None,
    };
    let message = a.session.set_presence(&here).expect("a presence message");
    relay.pass(vec![message], &mut [&mut b]);
    let peers = b.session.peers();
    assert_eq!(peers.len(), 1);
    assert_eq!(peers[0].presence, here);
    assert_eq!(peers[0].client, a.session.client_id());
    assert!(
        a.session.peers().is_empty(),
        "one's own presence is not a peer"
    );

    let gone = a.session.leave().expect("a leave message");
    relay.pass(vec![gone], &mut [&mut b]);
    assert!(b.session.peers().is_empty());
}

#[test]
fn a_presence_not_renewed_is_forgotten() {
    let (mut a, mut b) = (Device::new(), Device::new());
    let here = Presence {
        name: "Jonas".into(),
        role: "caseworker".into(),
        section: "overview".into(),
        item: Some("g1".into()),
    };
    let message = a.session.set_presence(&here).expect("a presence message");
    b.session.receive(&message).expect("taken");
    advance(PRESENCE_TIMEOUT_MS / 2);
    assert!(!b.session.forget_stale());
    assert_eq!(b.session.peers().len(), 1);
    advance(PRESENCE_TIMEOUT_MS);
    assert!(b.session.forget_stale());
    assert!(b.session.peers().is_empty());
}

#[test]
fn garbled_and_oversized_messages_change_nothing() {
    let mut relay = Relay::new();
    let mut a = Device::new();
    relay.connect(&mut a);
    let plan = mette_plan().0;
    let _ = a.seed(&plan);
    let before = a.session.encode_state();
    for bad in [
        vec![],
        vec![0xff; 40],
        vec![0, 2, 200, 1, 2, 3],
        b"not yjs at all".to_vec(),
    ] {
        assert!(
            matches!(a.session.receive(&bad), Err(SessionError::Garbled(_))),
            "{bad:?}"
        );
    }
    let huge = vec![0u8; MAX_MESSAGE_BYTES + 1];
    assert!(matches!(
        a.session.receive(&huge),
        Err(SessionError::TooLarge { .. })
    ));
    assert_eq!(a.session.encode_state(), before);
    assert_eq!(read_plan(a.session.doc()).expect("still a plan"), plan);
}

#[test]
fn a_good_message_with_a_garbled_tail_applies_nothing() {
    let (mut a, mut b) = (Device::new(), Device::new());
    let seeded = a.seed(&mette_plan().0);
    let mut message = seeded[0].clone();
    message.extend_from_slice(&[0, 2, 250, 3]);
    assert!(b.session.receive(&message).is_err());
    assert!(read_plan(b.session.doc()).is_err(), "nothing applied");
}

#[test]
fn a_refusal_from_the_server_is_an_error() {
    let mut a = Device::new();
    let refusal = yrs::sync::Message::Auth(Some("wrong token".into()));
    let bytes = yrs::updates::encoder::Encode::encode_v1(&refusal);
    assert_eq!(
        a.session.receive(&bytes),
        Err(SessionError::Refused("wrong token".into()))
    );
}

#[test]
fn the_stored_document_restores_the_same_plan() {
    let mut a = Device::new();
    let _ = a.seed(&mette_plan().0);
    let _ = a.edit(&mette(), set_title("Gemt på telefonen"));
    let doc = restore(&a.session.encode_state()).expect("restores");
    assert_eq!(read_plan(&doc).expect("a plan"), a.plan);
    assert!(restore(b"garbage").is_err());
}

#[test]
fn a_large_plan_fits_well_within_the_message_limit() {
    let plan = synthetic_plan(300, 2000, 7);
    let doc = collab::write_plan(&plan).expect("written");
    let session = Session::new(doc, now);
    let bytes = session.encode_state().len();
    println!("300 goals, 2,000 interventions: {bytes} bytes as a document");
    assert!(bytes < MAX_MESSAGE_BYTES / 2, "{bytes} bytes");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever bytes arrive, the session answers with an error or applies them: never a
    /// panic (the release build aborts on one, killing every editor on the page).
    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut a = Device::new();
        let _ = a.seed(&mette_plan().0);
        let _ = a.session.receive(&bytes);
    }

    /// A real update with bytes changed here and there: an error or an update, no panic,
    /// and the document still reads.
    #[test]
    fn damaged_updates_never_panic(flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8)) {
        let mut a = Device::new();
        let seeded = a.seed(&mette_plan().0);
        let mut message = seeded[0].clone();
        for (index, byte) in flips {
            let i = index.index(message.len());
            message[i] = byte;
        }
        let mut b = Device::new();
        let _ = b.session.receive(&message);
        let _ = read_plan(b.session.doc());
    }
}

#[test]
fn the_device_whose_date_lost_to_a_concurrent_one_is_told_and_the_other_is_not() {
    let (_, mut a, mut b, _, ids) = room_of_two();
    let date = |d: &str| Edit::SetField {
        item: Some(helhedsplan::model::ItemRef::Goal(ids.job)),
        field: "target_date".into(),
        value: serde_json::Value::String(d.into()),
    };
    // Both set the date before either hears of the other's.
    let from_a = a.edit(&mette(), date("2027-05-01"));
    let from_b = b.edit(&mette(), date("2027-04-01"));
    let mut lost = Vec::new();
    for message in &from_b {
        lost.push(a.session.receive(message).expect("taken").lost);
    }
    a.reread();
    for message in &from_a {
        lost.push(b.session.receive(message).expect("taken").lost);
    }
    b.reread();
    assert_eq!(a.plan, b.plan, "one date on both devices");
    let told: Vec<_> = lost.into_iter().flatten().collect();
    assert_eq!(told.len(), 1, "exactly the loser is told: {told:?}");
    assert_eq!(told[0].field, "target_date");
    let shown = serde_json::to_value(
        a.plan
            .goals
            .iter()
            .find(|g| g.id == ids.job)
            .map(|g| g.target_date),
    )
    .expect("a value");
    assert_eq!(told[0].theirs, shown, "the winning value is the one shown");
    assert_ne!(told[0].mine, shown);
}

/// Reading only what an update touched (`collab::patch`) gives the plan a whole read
/// gives, after every remote update and every local write, over a mix of typing, short
/// fields, removals and moves; and most keystrokes take the short way.
#[test]
fn a_patched_read_equals_a_whole_read() {
    use helhedsplan::collab::patch::patch;
    let (mut relay, mut a, mut b, _, ids) = room_of_two();
    let mut raw = collab::read(b.session.doc()).expect("reads").plan;
    let _ = b.session.take_touched();
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let (mut patched, mut whole) = (0, 0);
    for round in 0..240 {
        let b_writes = round % 3 == 2;
        let (device, other) = if b_writes {
            (&mut b, &mut a)
        } else {
            (&mut a, &mut b)
        };
        let goal = [ids.job, ids.bus, ids.anxiety][next(3)];
        let text_len = |plan: &Plan, item: Option<helhedsplan::model::ItemRef>, field: &str| {
            helhedsplan::model::edit::field_text(plan, item, field)
                .map_or(0, |t| helhedsplan::model::splice::utf16_len(&t))
        };
        let edit = match next(7) {
            0 | 1 => {
                let len = text_len(&device.plan, None, "citizen.own_words.dreams");
                Edit::SpliceText {
                    item: None,
                    field: "citizen.own_words.dreams".into(),
                    at: next(len + 1),
                    delete: 0,
                    insert: ["æ", "ø", "å 🙂", " og"][next(4)].into(),
                }
            }
            2 | 3 => {
                let item = Some(helhedsplan::model::ItemRef::Goal(goal));
                let len = text_len(&device.plan, item, "title");
                Edit::SpliceText {
                    item,
                    field: "title".into(),
                    at: next(len + 1),
                    delete: 0,
                    insert: "x".into(),
                }
            }
            4 => Edit::SetField {
                item: Some(helhedsplan::model::ItemRef::Goal(goal)),
                field: "target_date".into(),
                value: serde_json::json!(format!("2027-0{}-1{}", 1 + next(9), next(10))),
            },
            5 => Edit::SetField {
                item: Some(helhedsplan::model::ItemRef::Intervention(ids.mentor)),
                field: "status".into(),
                value: serde_json::json!(["active", "on_hold", "proposed"][next(3)]),
            },
            _ => Edit::MoveIntervention {
                id: ids.practice,
                to: next(3),
            },
        };
        let mut after = device.plan.clone();
        if apply(&mut after, edit.clone(), &mette(), at(10, 0)).is_err() {
            continue;
        }
        write_edit(device.session.doc(), &device.plan, &edit, &after).expect("written");
        device.plan = after;
        let messages = device.session.take_local_updates();
        // The writer's own patch (as the editor keeps its base after a local write).
        if b_writes {
            let touched = device.session.take_touched();
            let full = collab::read(device.session.doc()).expect("reads").plan;
            let mut p = raw.clone();
            if patch(device.session.doc(), &mut p, &touched) {
                assert_eq!(p, full, "a local write, round {round}");
            }
            raw = full;
        }
        for message in messages {
            relay.room.receive(&message).expect("the server takes it");
            let received = other.session.receive(&message).expect("taken");
            other.reread();
            if !b_writes {
                let full = collab::read(other.session.doc()).expect("reads").plan;
                let mut p = raw.clone();
                if patch(other.session.doc(), &mut p, &received.touched) {
                    assert_eq!(p, full, "a remote update, round {round}: {edit:?}");
                    patched += 1;
                } else {
                    whole += 1;
                }
                raw = full;
            }
        }
    }
    assert!(
        patched > 3 * whole,
        "{patched} patched, {whole} whole reads"
    );
}

/// An update for another document (another application's types in the same room, or a
/// server that mixed rooms up) leaves the plan as it was and still reads.
#[test]
fn an_update_for_another_document_leaves_the_plan_alone() {
    use yrs::{Text, Transact};
    let mut a = Device::new();
    let plan = mette_plan().0;
    let _ = a.seed(&plan);
    let stranger = yrs::Doc::new();
    {
        let text = stranger.get_or_insert_text("content");
        let mut txn = stranger.transact_mut();
        text.insert(&mut txn, 0, "Et helt andet dokument");
    }
    let update = stranger
        .transact()
        .encode_state_as_update_v1(&yrs::StateVector::default());
    let message = yrs::sync::Message::Sync(yrs::sync::SyncMessage::Update(update));
    let received = a
        .session
        .receive(&yrs::updates::encoder::Encode::encode_v1(&message))
        .expect("a valid update is taken");
    assert!(received.lost.is_empty());
    assert_eq!(read_plan(a.session.doc()).expect("still the plan"), plan);
}

/// Two devices seed one empty room at the same moment, each with its own plan: the seed of
/// the higher client id stays, the other device takes its items out again, and both end
/// with exactly the plan that stayed (the other is kept aside on its device).
#[test]
fn two_seeds_at_once_end_in_one_plan_not_a_mix() {
    use helhedsplan::collab::seeds::withdraw_if_outseeded;
    for (low, high) in [(7_u64, 9_u64), (9, 7)] {
        let (first, second) = (mette_plan().0, {
            let mut other = mette_plan().0;
            other.title = "Jonas' plan for en anden borger".into();
            other.citizen.name = "Anna Berg".into();
            other
        });
        let a = collab::new_doc_with_client_id(low);
        let b = collab::new_doc_with_client_id(high);
        collab::seed(&a, &first).expect("a seeds");
        collab::seed(&b, &second).expect("b seeds");
        let exchange = |x: &yrs::Doc, y: &yrs::Doc| {
            let to_y = x
                .transact()
                .encode_state_as_update_v1(&y.transact().state_vector());
            let to_x = y
                .transact()
                .encode_state_as_update_v1(&x.transact().state_vector());
            let apply = |doc: &yrs::Doc, update: &[u8]| {
                let update = <yrs::Update as yrs::updates::decoder::Decode>::decode_v1(update)
                    .expect("decodes");
                doc.transact_mut().apply_update(update).expect("applies");
            };
            apply(y, &to_y);
            apply(x, &to_x);
        };
        exchange(&a, &b);
        let mixed = read_plan(&a).expect("reads");
        assert_eq!(
            mixed.goals.len(),
            first.goals.len() + second.goals.len(),
            "both seeds are in"
        );
        let (winner, a_withdraws) = if low > high {
            (&first, false)
        } else {
            (&second, true)
        };
        assert_eq!(
            withdraw_if_outseeded(&a, &first).expect("runs"),
            a_withdraws
        );
        assert_eq!(
            withdraw_if_outseeded(&b, &second).expect("runs"),
            !a_withdraws
        );
        exchange(&a, &b);
        for doc in [&a, &b] {
            let mut plan = read_plan(doc).expect("reads");
            collab::repair(&mut plan);
            assert_eq!(&plan, winner, "client ids {low}/{high}");
        }
        // Said once: nothing more to take out.
        assert!(!withdraw_if_outseeded(&a, &first).expect("runs"));
        assert!(!withdraw_if_outseeded(&b, &second).expect("runs"));
    }
}

/// A seed after one it has seen (a plan replaced in a room) is no meeting of two seeds.
#[test]
fn a_later_seed_replaces_without_a_withdrawal() {
    use helhedsplan::collab::seeds::withdraw_if_outseeded;
    let (first, second) = (mette_plan().0, mette_plan().0);
    let a = collab::new_doc_with_client_id(3);
    collab::seed(&a, &first).expect("seeds");
    collab::seed(&a, &second).expect("replaces");
    assert!(!withdraw_if_outseeded(&a, &second).expect("runs"));
    assert_eq!(read_plan(&a).expect("reads"), second);
}
