//! The repair pass: each rule mends what two devices' edits can break together (each
//! test shows the problem `validate` reports without the rule), the same way every time,
//! and a plan nobody broke is left alone.
#![cfg(not(target_arch = "wasm32"))]

mod collab_support;
mod model_support;

use helhedsplan::collab::{mapping, read_plan, repair, write_plan, Repair};
use helhedsplan::format;
use helhedsplan::model::{
    validate, Approval, ApprovalRole, Edit, GoalLevel, InterventionResult, Outcome, Plan,
    ProblemKind, Severity,
};
use model_support::fixtures::{at, mette, mette_plan};
use model_support::strategies::*;
use proptest::prelude::*;
use yrs::{Array, Transact, WriteTxn};

fn count(plan: &Plan, kind: ProblemKind) -> usize {
    validate(plan).iter().filter(|p| p.kind == kind).count()
}

/// Runs the pass and checks it left no problem of `kind` where there was one.
fn mended(mut plan: Plan, kind: ProblemKind) -> (Plan, Vec<Repair>) {
    assert!(
        count(&plan, kind) > 0,
        "the broken plan has no {kind:?} to mend"
    );
    let done = repair(&mut plan);
    assert_eq!(count(&plan, kind), 0, "{:#?}", validate(&plan));
    (plan, done)
}

#[test]
fn an_item_listed_twice_stays_at_its_first_place() {
    // Two devices moved the same goal: the document's order lists it twice.
    let (plan, ids) = mette_plan();
    let doc = write_plan(&plan).expect("written");
    {
        let mut txn = doc.transact_mut();
        let order = txn.get_or_insert_array(mapping::GOALS.order);
        order.push_back(&mut txn, ids.overall.to_string());
    }
    let read = read_plan(&doc).expect("reads");
    assert_eq!(read.goals.len(), plan.goals.len() + 1);
    let (mended, done) = mended(read, ProblemKind::DuplicateId);
    assert_eq!(mended, plan);
    assert_eq!(
        done,
        vec![Repair::DuplicateDropped {
            collection: "goals",
            id: ids.overall.to_string()
        }]
    );
}

#[test]
fn an_item_missing_from_the_order_is_read_after_the_others() {
    let (plan, ids) = mette_plan();
    let doc = write_plan(&plan).expect("written");
    {
        let mut txn = doc.transact_mut();
        let order = txn.get_or_insert_array(mapping::INTERVENTIONS.order);
        order.remove(&mut txn, 0);
    }
    let read = read_plan(&doc).expect("reads");
    assert_eq!(read.interventions.len(), plan.interventions.len());
    assert_eq!(read.interventions.last().map(|x| x.id), Some(ids.mentor));
}

#[test]
fn a_link_to_a_removed_goal_is_dropped() {
    let (mut plan, ids) = mette_plan();
    plan.goals.retain(|g| g.id != ids.anxiety);
    plan.ratings.retain(|r| r.goal != ids.anxiety);
    plan.comments.clear();
    let (plan, done) = mended(plan, ProblemKind::Dangling);
    assert!(plan
        .interventions
        .iter()
        .all(|x| !x.goals.contains(&ids.anxiety)));
    assert!(done
        .iter()
        .any(|r| matches!(r, Repair::LinkDropped { field: "goals", .. })));
}

#[test]
fn a_dependency_on_a_removed_intervention_or_on_itself_is_dropped() {
    let (mut plan, ids) = mette_plan();
    plan.interventions.retain(|x| x.id != ids.bostoette);
    plan.follow_ups.iter_mut().for_each(|f| f.results.clear());
    plan.comments.clear();
    if let Some(practice) = plan.interventions.iter_mut().find(|x| x.id == ids.practice) {
        practice.depends_on = vec![ids.bostoette, ids.practice, ids.mentor];
    }
    let (plan, _) = mended(plan, ProblemKind::Dangling);
    assert_eq!(
        plan.intervention(ids.practice)
            .map(|x| x.depends_on.clone()),
        Some(vec![ids.mentor])
    );
    assert_eq!(count(&plan, ProblemKind::Cycle), 0);
}

#[test]
fn a_removed_responsible_person_and_family_member_are_cleared() {
    let (mut plan, ids) = mette_plan();
    if let Some(mentor) = plan.interventions.iter_mut().find(|x| x.id == ids.mentor) {
        mentor.responsible_person = Some(ids.sister);
    }
    if let Some(bus) = plan.goals.iter_mut().find(|g| g.id == ids.bus) {
        bus.member = Some(ids.son);
    }
    plan.people.retain(|p| p.id != ids.sister);
    plan.family.retain(|m| m.id != ids.son);
    let (plan, _) = mended(plan, ProblemKind::Dangling);
    assert_eq!(
        plan.intervention(ids.mentor)
            .and_then(|x| x.responsible_person),
        None
    );
    assert_eq!(plan.goal(ids.bus).and_then(|g| g.member), None);
}

#[test]
fn ratings_comments_and_results_of_removed_items_go_with_them() {
    let (mut plan, ids) = mette_plan();
    // One device removed the job goal's rating's goal and an intervention while another
    // rated, commented and recorded a result.
    if let Some(meeting) = plan.follow_ups.iter_mut().find(|f| f.id == ids.meeting) {
        meeting.results.push(InterventionResult {
            intervention: ids.bostoette,
            outcome: Outcome::Continue,
            note: "Bostøtten fortsætter".into(),
        });
    }
    let rated = plan
        .ratings
        .iter()
        .find(|r| r.id == ids.rating)
        .map(|r| r.goal);
    let rated = rated.expect("the fixture rates a goal");
    // The rated goal and its sub-goals go (a sub-goal's parent rule is tested below).
    plan.goals
        .retain(|g| g.id != rated && g.parent != Some(rated));
    plan.interventions.retain(|x| x.id != ids.bostoette);
    let (plan, done) = mended(plan, ProblemKind::Dangling);
    assert!(plan.ratings.iter().all(|r| r.id != ids.rating));
    assert!(plan
        .follow_ups
        .iter()
        .all(|f| f.results.iter().all(|r| r.intervention != ids.bostoette)));
    assert!(done.iter().any(|r| matches!(
        r,
        Repair::OrphanRemoved {
            collection: "ratings",
            ..
        }
    )));
}

#[test]
fn a_sub_goal_whose_parent_was_removed_becomes_a_goal() {
    // One device removed the job goal (it had no sub-goals there) while another added
    // "Tage bussen alene" under it.
    let (mut plan, ids) = mette_plan();
    plan.goals.retain(|g| g.id != ids.job);
    for item in &mut plan.interventions {
        item.goals.retain(|g| *g != ids.job);
    }
    plan.ratings.retain(|r| r.goal != ids.job);
    plan.comments.clear();
    let (plan, done) = mended(plan, ProblemKind::Dangling);
    let bus = plan.goal(ids.bus).expect("the sub-goal is kept");
    assert_eq!((bus.level, bus.parent), (GoalLevel::Goal, None));
    assert_eq!(count(&plan, ProblemKind::Nesting), 0);
    assert_eq!(
        done,
        vec![Repair::ParentDropped {
            goal: ids.bus,
            parent: ids.job
        }]
    );
}

#[test]
fn a_dependency_circle_loses_the_edge_whose_ids_sort_last() {
    let (mut plan, ids) = mette_plan();
    // practice → bostøtte → mentor → practice, made from three devices.
    let edges = [
        (ids.practice, ids.bostoette),
        (ids.bostoette, ids.mentor),
        (ids.mentor, ids.practice),
    ];
    for item in &mut plan.interventions {
        item.depends_on.clear();
        for (from, to) in edges {
            if item.id == from {
                item.depends_on.push(to);
            }
        }
    }
    let (plan, done) = mended(plan, ProblemKind::Cycle);
    let last = edges.iter().copied().max().expect("three edges");
    assert_eq!(
        done,
        vec![Repair::CycleBroken {
            intervention: last.0,
            depends_on: last.1
        }]
    );
    for (from, to) in edges {
        let kept = plan
            .intervention(from)
            .is_some_and(|x| x.depends_on.contains(&to));
        assert_eq!(kept, (from, to) != last);
    }
}

#[test]
fn the_version_approved_twice_in_one_capacity_keeps_the_first_approval() {
    let (mut plan, _) = mette_plan();
    let first = Approval {
        as_role: ApprovalRole::Citizen,
        by: mette(),
        at: at(10, 9),
    };
    let second = Approval {
        as_role: ApprovalRole::Citizen,
        by: mette(),
        at: at(10, 11),
    };
    plan.approvals = vec![first.clone(), second];
    let (plan, _) = mended(plan, ProblemKind::Inconsistent);
    assert_eq!(plan.approvals, vec![first]);
}

#[test]
fn repair_leaves_a_sound_plan_alone() {
    let (mut plan, _) = mette_plan();
    let before = plan.clone();
    assert!(repair(&mut plan).is_empty());
    assert_eq!(plan, before);
    for (name, _) in format::samples::list() {
        let json = format::samples::get(name).expect("embedded");
        let mut plan = format::import_json(json).expect("imports");
        assert!(repair(&mut plan).is_empty(), "{name}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Repairing twice is repairing once, whatever is broken.
    #[test]
    fn repair_is_idempotent(plan in arb_any_plan()) {
        let mut once = plan.clone();
        repair(&mut once);
        let mut twice = once.clone();
        prop_assert!(repair(&mut twice).is_empty());
        prop_assert_eq!(twice, once);
    }
}

/// The citizen approves on one device while the caseworker approves on another: each
/// device saw one approval, so neither locked. The merged plan is locked, the same on both,
/// dated by the later approval, and it goes on to a new version as a locked plan does.
#[test]
fn the_version_approved_by_both_parties_at_once_is_locked() {
    use collab_support::Replica;
    use model_support::fixtures::jonas;
    let (plan, _) = mette_plan();
    let mut citizen = Replica::seeded(&plan, 1);
    let mut caseworker = Replica::joined(&citizen, 2);
    let approve = |as_role| Edit::Approve { as_role };
    citizen
        .edit(&mette(), approve(ApprovalRole::Citizen), at(12, 9))
        .expect("the citizen approves");
    caseworker
        .edit(&jonas(), approve(ApprovalRole::Caseworker), at(12, 10))
        .expect("the caseworker approves");
    assert!(!citizen.plan.locked && !caseworker.plan.locked);
    let (from_citizen, from_caseworker) = (
        caseworker.update_from(&citizen),
        citizen.update_from(&caseworker),
    );
    citizen.apply_update(&from_caseworker);
    caseworker.apply_update(&from_citizen);
    for replica in [&citizen, &caseworker] {
        assert!(replica.plan.locked, "locked on every device");
        assert_eq!(replica.plan.locked_at, Some(at(12, 10)));
        assert!(validate(&replica.plan)
            .iter()
            .all(|p| p.kind.severity() != Severity::Error));
    }
    assert_eq!(citizen.plan, caseworker.plan);
    let mut read = read_plan(&citizen.doc).expect("reads");
    assert_eq!(repair(&mut read), vec![Repair::LockedByBoth]);
    // And on to the next version, as from any locked plan.
    citizen
        .edit(&jonas(), Edit::StartNewVersion, at(13, 9))
        .expect("a new version starts");
    caseworker.receive(&citizen);
    assert!(!caseworker.plan.locked);
    assert_eq!(caseworker.plan.version, plan.version + 1);
    assert!(caseworker.plan.approvals.is_empty());
}

/// `mette_plan` with the job goal moved to `level` under `parent` (one device's change)
/// while its sub-goal stays under it (another's), mended; the sub-goal as it ends.
fn job_moved(level: GoalLevel, to_anxiety: bool) -> (GoalLevel, bool, Vec<Repair>) {
    let (mut plan, ids) = mette_plan();
    let job = plan
        .goals
        .iter_mut()
        .find(|g| g.id == ids.job)
        .expect("job");
    job.level = level;
    job.parent = to_anxiety.then_some(ids.anxiety);
    let (plan, done) = mended(plan, ProblemKind::Nesting);
    let bus = plan.goals.iter().find(|g| g.id == ids.bus).expect("bus");
    (bus.level, bus.parent == Some(ids.job), done)
}

/// One device makes a goal an overall goal while another has a sub-goal under it: the
/// sub-goal takes the level that fits (a goal under the overall goal). Made a sub-goal
/// instead, the goal can have nothing below it: its child leaves it as a goal of its own.
#[test]
fn a_goal_under_a_parent_of_the_wrong_level_takes_the_level_that_fits() {
    let (level, under_job, done) = job_moved(GoalLevel::Overall, false);
    assert_eq!((level, under_job), (GoalLevel::Goal, true));
    assert!(matches!(
        done[..],
        [Repair::LevelFitted {
            level: GoalLevel::Goal,
            left_parent: false,
            ..
        }]
    ));
    let (level, under_job, done) = job_moved(GoalLevel::SubGoal, true);
    assert_eq!((level, under_job), (GoalLevel::Goal, false));
    assert!(done.iter().any(|r| matches!(
        r,
        Repair::LevelFitted {
            left_parent: true,
            ..
        }
    )));
}
