//! Scale: a plan with 300 goals and 2,000 interventions generates, validates
//! and edits quickly, and survives a JSON round trip.
// Native only: these tests use proptest, jsonschema, files or processes.
#![cfg(not(target_arch = "wasm32"))]

use std::time::Instant;

use chrono::{TimeZone, Utc};
use helhedsplan::model::*;

#[test]
fn large_plan_generates_validates_and_edits() {
    let start = Instant::now();
    let mut plan = generate::synthetic_plan(300, 2_000, 42);
    assert_eq!((plan.goals.len(), plan.interventions.len()), (300, 2_000));
    assert!(plan.interventions.iter().any(|x| !x.depends_on.is_empty()));
    assert!(plan.goals.iter().any(|g| g.level == GoalLevel::SubGoal));
    assert_eq!(validate_with(&plan, &Catalogue::default_adult()), vec![]);

    let json = serde_json::to_string(&plan).unwrap();
    let back: Plan = serde_json::from_str(&json).unwrap();
    assert_eq!(back, plan);

    let actor = Actor::new(Role::Caseworker, "Jonas Holm");
    let now = Utc.with_ymd_and_hms(2026, 4, 1, 9, 0, 0).single().unwrap();
    let original = plan.clone();
    let mut history = History::default();
    let last = plan.interventions[1_999].id;
    let first = plan.interventions[0].id;
    history
        .apply(
            &mut plan,
            Edit::AddDependency {
                intervention: last,
                depends_on: first,
            },
            &actor,
            now,
        )
        .ok();
    // A circle through the whole chain is refused.
    assert!(matches!(
        history.apply(
            &mut plan,
            Edit::AddDependency {
                intervention: first,
                depends_on: last
            },
            &actor,
            now
        ),
        Err(EditError::DependencyCycle { .. })
    ));
    let goal = plan.goals[1].id;
    history
        .apply(
            &mut plan,
            Edit::SetGoalStatus {
                id: goal,
                status: GoalStatus::Cancelled,
            },
            &actor,
            now,
        )
        .ok();
    let victim = plan.interventions[500].id;
    history
        .apply(
            &mut plan,
            Edit::RemoveIntervention { id: victim },
            &actor,
            now,
        )
        .unwrap();
    while history.undo(&mut plan, &actor, now).unwrap() {}
    assert_eq!(plan.without_log(), original.without_log());
    // Generous bound for a debug build on a slow runner.
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}

#[test]
fn zero_sized_plans_are_valid_too() {
    for (g, i) in [(0, 0), (1, 0), (0, 5), (2, 1)] {
        let plan = generate::synthetic_plan(g, i, 9);
        assert_eq!(validate(&plan), vec![], "{g} goals, {i} interventions");
    }
}
