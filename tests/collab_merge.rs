//! Devices editing one shared plan at once: whatever each does and in whatever order the
//! updates arrive, every device ends with the same plan, and that plan is valid.
#![cfg(not(target_arch = "wasm32"))]

mod collab_support;
mod model_support;

use collab_support::Replica;
use helhedsplan::model::splice::utf16_len;
use helhedsplan::model::{
    validate, Edit, GoalLevel, ItemRef, OwnWordsField, Plan, ProblemKind, Severity,
};
use model_support::fixtures::{at, jonas, mette, mette_plan, psychiatrist};
use model_support::strategies::*;
use proptest::prelude::*;
use yrs::{ReadTxn, Transact};

/// An update on its way: who sent it, and its bytes.
type Message = (usize, Vec<u8>);

/// Takes the oldest waiting update of one sender (the `pick`th of those waiting).
fn take_fifo(queue: &mut Vec<Message>, pick: usize) -> Option<Message> {
    let mut senders: Vec<usize> = queue.iter().map(|(from, _)| *from).collect();
    senders.dedup();
    senders.sort_unstable();
    senders.dedup();
    let sender = *senders.get(pick % senders.len().max(1))?;
    let index = queue.iter().position(|(from, _)| *from == sender)?;
    Some(queue.remove(index))
}

/// Interleaves the senders' updates at random (xorshift, so a failing order can be
/// replayed), each sender's in the order it sent them, as a device receives them over
/// several connections. A device may so receive an update before one it builds on (from
/// a third device): Yjs holds it back until then. One sender's updates do not overtake
/// each other here: every Yjs transport keeps them in order, and when they did (a full
/// shuffle), yrs 0.28.1 left two documents with equal state vectors and delete sets but
/// different content (the array of the change log), much like y-crdt issues #413 and #582.
fn interleave(queue: &mut Vec<Message>, mut seed: u64) {
    let mut waiting = std::mem::take(queue);
    while !waiting.is_empty() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        if let Some(message) = take_fifo(&mut waiting, seed as usize) {
            queue.push(message);
        }
    }
}

/// Runs `scripts` (one per device) in `rounds` chunks; after each round some updates are
/// delivered (`deliveries` picks which), in the end all of them, each device getting the
/// others' updates in a shuffled order (often before the updates they build on).
fn run_devices(
    plan: &Plan,
    scripts: &[Vec<Step>],
    deliveries: &[(usize, usize)],
    seed: u64,
) -> Vec<Replica> {
    let devices = scripts.len();
    let first = Replica::seeded(plan, 1);
    let mut replicas = vec![first];
    for d in 1..devices {
        let joined = Replica::joined(&replicas[0], d as u64 + 1);
        replicas.push(joined);
    }
    // inbox[d]: updates from other devices that d has not received yet.
    let mut inbox: Vec<Vec<Message>> = vec![Vec::new(); devices];
    let rounds = 3;
    for round in 0..rounds {
        for (d, script) in scripts.iter().enumerate() {
            let chunk = script.len().div_ceil(rounds);
            for step in script.iter().skip(round * chunk).take(chunk) {
                let replica = &mut replicas[d];
                let (actor, edit) = concrete(&replica.plan, step, Approvals::Both);
                let state = replica.doc.transact().state_vector();
                if replica.edit(&actor, edit, step.at()).is_ok() {
                    let update = replica.doc.transact().encode_state_as_update_v1(&state);
                    for (other, queue) in inbox.iter_mut().enumerate() {
                        if other != d {
                            queue.push((d, update.clone()));
                        }
                    }
                }
            }
        }
        for &(to, pick) in deliveries.iter().skip(round * 3).take(3) {
            if let Some((_, update)) = take_fifo(&mut inbox[to % devices], pick) {
                replicas[to % devices].apply_update(&update);
            }
        }
    }
    for (d, queue) in inbox.iter_mut().enumerate() {
        interleave(queue, seed.wrapping_add(d as u64) | 1);
        for (_, update) in queue.drain(..) {
            replicas[d].apply_update(&update);
        }
    }
    replicas
}

/// What a merge must never leave: errors, and the warnings the repair pass exists for.
fn assert_valid_merge(plan: &Plan) {
    let problems: Vec<_> = validate(plan)
        .into_iter()
        .filter(|p| {
            p.severity() == Severity::Error
                || matches!(
                    p.kind,
                    ProblemKind::Dangling
                        | ProblemKind::Cycle
                        | ProblemKind::DuplicateId
                        | ProblemKind::DuplicateReference
                )
        })
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

fn assert_converged(replicas: &[Replica]) {
    // What each device shows is what its document holds (a device whose last step was
    // its own edit shows the plan it made: the document must hold exactly that).
    for replica in replicas {
        let read = helhedsplan::collab::read_plan(&replica.doc).expect("reads");
        let mut repaired = read.clone();
        helhedsplan::collab::repair(&mut repaired);
        let differences = collab_support::differences(&replica.plan, &repaired);
        assert!(differences.is_empty(), "shown vs held: {differences:#?}");
    }
    for replica in &replicas[1..] {
        // Nothing is left waiting for an update that never came.
        assert!(
            replica.doc.transact().store().pending_update().is_none(),
            "pending update"
        );
        assert!(
            replica.doc.transact().store().pending_ds().is_none(),
            "pending deletions"
        );
        let differences = collab_support::differences(&replica.plan, &replicas[0].plan);
        assert!(differences.is_empty(), "{differences:#?}");
    }
    assert_valid_merge(&replicas[0].plan);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn two_devices_converge_to_one_valid_plan(
        plan in arb_draft_plan(),
        a in arb_script(24),
        b in arb_script(24),
        deliveries in proptest::collection::vec((0usize..2, any::<usize>()), 0..9),
        seed in any::<u64>(),
    ) {
        let replicas = run_devices(&plan, &[a, b], &deliveries, seed);
        assert_converged(&replicas);
    }

    #[test]
    fn three_devices_converge_to_one_valid_plan(
        plan in arb_draft_plan(),
        a in arb_script(18),
        b in arb_script(18),
        c in arb_script(18),
        deliveries in proptest::collection::vec((0usize..3, any::<usize>()), 0..9),
        seed in any::<u64>(),
    ) {
        let replicas = run_devices(&plan, &[a, b, c], &deliveries, seed);
        assert_converged(&replicas);
    }
}

/// Exchanges everything both ways.
fn sync(a: &mut Replica, b: &mut Replica) {
    let to_a = a.update_from(b);
    let to_b = b.update_from(a);
    a.apply_update(&to_a);
    b.apply_update(&to_b);
}

/// Types `text` one character at a time at the end of a field, as the editor sends it.
fn type_at_end(replica: &mut Replica, item: Option<ItemRef>, field: &str, text: &str) {
    for c in text.chars() {
        let current =
            helhedsplan::model::edit::field_text(&replica.plan, item, field).expect("a text field");
        let edit = Edit::SpliceText {
            item,
            field: field.to_string(),
            at: utf16_len(&current),
            delete: 0,
            insert: c.to_string(),
        };
        replica.edit(&mette(), edit, at(4, 10)).expect("typed");
    }
}

#[test]
fn two_people_typing_in_the_same_own_words_keep_both_texts() {
    let (plan, _) = mette_plan();
    let base = plan.own_words(OwnWordsField::Dreams).to_string();
    let mut here = Replica::seeded(&plan, 1);
    let mut there = Replica::joined(&here, 2);
    let field = "citizen.own_words.dreams";
    type_at_end(&mut here, None, field, " Gerne på Ærø, tæt på søen 🏝️");
    type_at_end(
        &mut there,
        None,
        field,
        " Og så vil jeg lære at køre bil 🚗💨",
    );
    sync(&mut here, &mut there);
    let dreams = here.plan.own_words(OwnWordsField::Dreams).to_string();
    assert_eq!(dreams, there.plan.own_words(OwnWordsField::Dreams));
    let one = format!("{base} Gerne på Ærø, tæt på søen 🏝️ Og så vil jeg lære at køre bil 🚗💨");
    let other = format!("{base} Og så vil jeg lære at køre bil 🚗💨 Gerne på Ærø, tæt på søen 🏝️");
    assert!(dreams == one || dreams == other, "{dreams}");
}

#[test]
fn two_people_starting_an_empty_description_keep_both_texts() {
    // The description starts empty: both type into the one shared text the document
    // holds for it, rather than each creating a text that replaces the other's.
    let (plan, ids) = mette_plan();
    assert!(plan.goal(ids.bus).is_some_and(|g| g.description.is_empty()));
    let mut here = Replica::seeded(&plan, 1);
    let mut there = Replica::joined(&here, 2);
    let goal = Some(ItemRef::Goal(ids.bus));
    type_at_end(&mut here, goal, "description", "Linje 4A kl. 8.15 ✅");
    type_at_end(&mut there, goal, "description", "Øve turen med Sanne først");
    sync(&mut here, &mut there);
    let description = here
        .plan
        .goal(ids.bus)
        .map(|g| g.description.clone())
        .unwrap_or_default();
    assert!(
        description.contains("Linje 4A kl. 8.15 ✅"),
        "{description}"
    );
    assert!(
        description.contains("Øve turen med Sanne først"),
        "{description}"
    );
    assert_eq!(here.plan, there.plan);
}

#[test]
fn different_fields_of_one_intervention_both_survive() {
    let (plan, ids) = mette_plan();
    let mut here = Replica::seeded(&plan, 1);
    let mut there = Replica::joined(&here, 2);
    let item = Some(ItemRef::Intervention(ids.mentor));
    let set = |field: &str, value: &str| Edit::SetField {
        item,
        field: field.into(),
        value: value.into(),
    };
    here.edit(&jonas(), set("period.start", "2026-03-02"), at(5, 9))
        .expect("start");
    there
        .edit(&psychiatrist(), set("period.end", "2026-12-18"), at(5, 9))
        .expect("end");
    there
        .edit(
            &psychiatrist(),
            set("frequency", "3 timer om ugen, tirsdag og torsdag"),
            at(5, 9),
        )
        .expect("often");
    sync(&mut here, &mut there);
    let mentor = here
        .plan
        .intervention(ids.mentor)
        .cloned()
        .expect("the mentor");
    assert_eq!(
        mentor.period.start.map(|d| d.to_string()).as_deref(),
        Some("2026-03-02")
    );
    assert_eq!(
        mentor.period.end.map(|d| d.to_string()).as_deref(),
        Some("2026-12-18")
    );
    assert_eq!(mentor.frequency, "3 timer om ugen, tirsdag og torsdag");
    assert_eq!(here.plan, there.plan);
}

#[test]
fn goals_added_at_once_on_two_devices_both_stay() {
    let (plan, ids) = mette_plan();
    let mut here = Replica::seeded(&plan, 1);
    let mut there = Replica::joined(&here, 2);
    let mut sleep =
        helhedsplan::model::Goal::new(GoalLevel::Goal, "Jeg vil sove bedre", &mette(), at(6, 9));
    sleep.parent = Some(ids.overall);
    let mut school = helhedsplan::model::Goal::new(
        GoalLevel::Goal,
        "Oliver skal trives i skolen",
        &jonas(),
        at(6, 9),
    );
    school.parent = Some(ids.overall);
    here.edit(
        &mette(),
        Edit::AddGoal {
            goal: sleep.clone(),
            position: Some(0),
        },
        at(6, 9),
    )
    .expect("added");
    there
        .edit(
            &jonas(),
            Edit::AddGoal {
                goal: school.clone(),
                position: Some(0),
            },
            at(6, 9),
        )
        .expect("added");
    sync(&mut here, &mut there);
    assert!(here.plan.goal(sleep.id).is_some() && here.plan.goal(school.id).is_some());
    assert_eq!(here.plan.goals.len(), plan.goals.len() + 2);
    assert_eq!(here.plan, there.plan);
}

#[test]
fn a_goal_removed_while_linked_elsewhere_leaves_no_dangling_link() {
    let (plan, ids) = mette_plan();
    let mut here = Replica::seeded(&plan, 1);
    let mut there = Replica::joined(&here, 2);
    here.edit(&mette(), Edit::RemoveGoal { id: ids.anxiety }, at(7, 9))
        .expect("removed");
    // The mentor serves other goals; there, the anxiety goal is linked to it too.
    there
        .edit(
            &jonas(),
            Edit::LinkGoal {
                intervention: ids.mentor,
                goal: ids.anxiety,
            },
            at(7, 9),
        )
        .expect("linked");
    assert!(there
        .plan
        .intervention(ids.mentor)
        .is_some_and(|m| m.goals.contains(&ids.anxiety)));
    sync(&mut here, &mut there);
    assert_eq!(here.plan, there.plan);
    assert!(here.plan.goal(ids.anxiety).is_none());
    assert_valid_merge(&here.plan);
}

#[test]
fn a_dependency_circle_made_from_two_sides_is_broken_the_same_way_everywhere() {
    let (plan, ids) = mette_plan();
    let mut here = Replica::seeded(&plan, 1);
    let mut there = Replica::joined(&here, 2);
    here.edit(
        &jonas(),
        Edit::AddDependency {
            intervention: ids.practice,
            depends_on: ids.bostoette,
        },
        at(8, 9),
    )
    .expect("here: practice after bostøtte");
    there
        .edit(
            &jonas(),
            Edit::AddDependency {
                intervention: ids.bostoette,
                depends_on: ids.practice,
            },
            at(8, 9),
        )
        .expect("there: bostøtte after practice");
    sync(&mut here, &mut there);
    assert_eq!(here.plan, there.plan);
    assert_valid_merge(&here.plan);
    // The edge whose ids sort last went; the other stayed.
    let (from, to) = std::cmp::max((ids.practice, ids.bostoette), (ids.bostoette, ids.practice));
    let kept = |x, y| {
        here.plan
            .intervention(x)
            .is_some_and(|i| i.depends_on.contains(&y))
    };
    assert!(!kept(from, to));
    assert!(kept(to, from));
}

#[test]
fn one_goal_moved_on_two_devices_is_listed_once() {
    let (plan, ids) = mette_plan();
    let mut here = Replica::seeded(&plan, 1);
    let mut there = Replica::joined(&here, 2);
    let last = plan.goals.len() - 1;
    here.edit(
        &mette(),
        Edit::MoveGoal {
            id: ids.overall,
            to: last,
        },
        at(9, 9),
    )
    .expect("moved");
    there
        .edit(
            &jonas(),
            Edit::MoveGoal {
                id: ids.overall,
                to: 1,
            },
            at(9, 9),
        )
        .expect("moved");
    sync(&mut here, &mut there);
    assert_eq!(here.plan, there.plan);
    assert_eq!(here.plan.goals.len(), plan.goals.len());
    assert_valid_merge(&here.plan);
}
