//! Issue 10, "nothing lost, ever", in the model: the editor never accepts an edit whose
//! plan it cannot load again. What two people can create together (an empty title being
//! rewritten, an end before a start, a clock running fast) is a warning that loads; what
//! one edit alone makes invalid in one field (a date in the year 2500, a clock in 1850) is
//! refused with a reason; nothing wraps.
// Native only: these tests use proptest, jsonschema, files or processes.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use chrono::{Duration, TimeZone, Utc};
use helhedsplan::format;
use helhedsplan::model::*;
use model_support::fixtures::*;

/// Applies the edit as a user would, then checks that the plan the editor would save
/// loads again, and returns the warnings it loads with.
fn apply_and_reload(
    plan: &mut Plan,
    edit: Edit,
    actor: &Actor,
    when: chrono::DateTime<Utc>,
) -> Vec<Problem> {
    apply(plan, edit.clone(), actor, when).unwrap_or_else(|e| panic!("{edit:?} refused: {e}"));
    let imported = format::import_checked(&format::export_json(plan))
        .unwrap_or_else(|e| panic!("the saved plan no longer loads: {e:#?}"));
    assert_eq!(&imported.plan, plan);
    imported.problems
}

#[test]
fn a_goal_title_cleared_to_rewrite_it_is_saved_and_loads() {
    let (mut plan, ids) = mette_plan();
    let mut goal = plan.goal(ids.bus).unwrap().clone();
    goal.title = String::new();
    let warnings = apply_and_reload(&mut plan, Edit::UpdateGoal { goal }, &mette(), at(10, 9));
    let i = plan.goals.iter().position(|g| g.id == ids.bus).unwrap();
    assert_eq!(
        warnings
            .iter()
            .map(|p| (p.path.as_str(), p.kind))
            .collect::<Vec<_>>(),
        [(format!("/goals/{i}/title").as_str(), ProblemKind::Empty)]
    );
}

#[test]
fn an_intervention_start_moved_past_its_end_loads_with_a_warning() {
    let (mut plan, ids) = mette_plan();
    let mut item = plan.intervention(ids.mentor).unwrap().clone();
    item.period.start = Some(date(2026, 9, 1));
    item.period.end = Some(date(2026, 6, 30));
    let warnings = apply_and_reload(
        &mut plan,
        Edit::UpdateIntervention { intervention: item },
        &jonas(),
        at(10, 9),
    );
    assert!(warnings
        .iter()
        .any(|p| p.kind == ProblemKind::Date && p.path.ends_with("/period")));
}

#[test]
fn a_consent_withdrawn_before_it_was_given_loads_with_a_warning() {
    let (mut plan, ids) = mette_plan();
    let given = plan
        .consents
        .iter()
        .find(|c| c.id == ids.share_consent)
        .unwrap()
        .given;
    let warnings = apply_and_reload(
        &mut plan,
        Edit::WithdrawConsent {
            id: ids.share_consent,
            date: given - Duration::days(3),
        },
        &jonas(),
        at(10, 9),
    );
    assert!(warnings
        .iter()
        .any(|p| p.kind == ProblemKind::Date && p.path.ends_with("/withdrawn")));
}

#[test]
fn an_edit_from_a_machine_whose_clock_is_behind_loads() {
    // The goal was created on a machine whose clock ran an hour fast; the next edit comes
    // from one that is right: updated before created.
    let (mut plan, ids) = mette_plan();
    let created = plan.goal(ids.job).unwrap().created_at;
    let mut goal = plan.goal(ids.job).unwrap().clone();
    goal.description = "Gerne i en butik tæt på, hvor jeg bor.".into();
    let warnings = apply_and_reload(
        &mut plan,
        Edit::UpdateGoal { goal },
        &mette(),
        created - Duration::hours(1),
    );
    assert!(warnings
        .iter()
        .any(|p| p.kind == ProblemKind::Date && p.path.ends_with("/updated_at")));
}

#[test]
fn a_date_outside_the_window_is_refused_and_the_plan_is_untouched() {
    let (plan, ids) = mette_plan();
    for (field, bad) in [
        ("period/start", date(2520, 1, 1)),
        ("period/end", date(1820, 1, 1)),
    ] {
        let mut work = plan.clone();
        let mut item = plan.intervention(ids.practice).unwrap().clone();
        if field == "period/start" {
            item.period.start = Some(bad);
        } else {
            item.period.end = Some(bad);
        }
        let err = apply(
            &mut work,
            Edit::UpdateIntervention { intervention: item },
            &jonas(),
            at(10, 9),
        )
        .unwrap_err();
        assert_eq!(
            err,
            EditError::DateOutOfRange {
                field: field.into(),
                date: bad
            }
        );
        assert_eq!(err.problem_kind(), Some(ProblemKind::DateRange));
        assert_eq!(work, plan);
    }
    let mut work = plan.clone();
    let err = apply(
        &mut work,
        Edit::WithdrawConsent {
            id: ids.share_consent,
            date: date(3026, 3, 1),
        },
        &jonas(),
        at(10, 9),
    )
    .unwrap_err();
    assert!(matches!(err, EditError::DateOutOfRange { .. }), "{err:?}");
    assert_eq!(work, plan);
}

#[test]
fn a_clock_outside_the_window_is_refused() {
    let (mut plan, _) = mette_plan();
    let before = plan.clone();
    let broken_clock = Utc.with_ymd_and_hms(1850, 1, 1, 0, 0, 0).single().unwrap();
    let err = apply(
        &mut plan,
        Edit::SetTitle {
            title: "Mettes plan 2026".into(),
        },
        &mette(),
        broken_clock,
    )
    .unwrap_err();
    assert!(matches!(err, EditError::DateOutOfRange { ref field, .. } if field == "time"));
    assert_eq!(plan, before);
}

#[test]
fn an_item_holding_a_problem_can_still_be_edited_elsewhere() {
    // A plan loaded with a title over the limit (two merged edits) and a link to a goal
    // someone else removed: changing the intervention's frequency must still work, and
    // fixing the title too.
    let (mut plan, ids) = mette_plan();
    let i = plan
        .interventions
        .iter()
        .position(|x| x.id == ids.mentor)
        .unwrap();
    plan.interventions[i].title = "Mentor ".repeat(40);
    plan.interventions[i].goals.push(GoalId::new());
    let mut item = plan.interventions[i].clone();
    item.frequency = "to gange om ugen".into();
    apply_and_reload(
        &mut plan,
        Edit::UpdateIntervention { intervention: item },
        &jonas(),
        at(10, 9),
    );
    // A new over-long title is still refused.
    let mut item = plan.interventions[i].clone();
    item.title.push('!');
    let err = apply(
        &mut plan,
        Edit::UpdateIntervention { intervention: item },
        &jonas(),
        at(10, 9),
    )
    .unwrap_err();
    assert!(matches!(err, EditError::TooLong { .. }), "{err:?}");
    let mut item = plan.interventions[i].clone();
    item.title = "Mentor".into();
    apply_and_reload(
        &mut plan,
        Edit::UpdateIntervention { intervention: item },
        &jonas(),
        at(10, 10),
    );
}

#[test]
fn the_last_version_number_does_not_wrap() {
    let (mut plan, _) = mette_plan();
    plan.version = u32::MAX;
    apply(
        &mut plan,
        Edit::Approve {
            as_role: ApprovalRole::Citizen,
        },
        &mette(),
        at(10, 9),
    )
    .unwrap();
    apply(
        &mut plan,
        Edit::Approve {
            as_role: ApprovalRole::Caseworker,
        },
        &jonas(),
        at(10, 9),
    )
    .unwrap();
    assert!(plan.locked);
    let before = plan.clone();
    let err = apply(&mut plan, Edit::StartNewVersion, &jonas(), at(10, 10)).unwrap_err();
    assert_eq!(err, EditError::VersionLimit { version: u32::MAX });
    assert_eq!(plan, before);
}

#[test]
fn undo_with_a_clock_outside_the_window_is_refused_and_logs_nothing() {
    // Found by the `edits` fuzz target: undo logged its entry at the broken clock's time.
    let (mut plan, _) = mette_plan();
    let mut history = History::default();
    history
        .apply(
            &mut plan,
            Edit::SetTitle {
                title: "Mettes plan 2026".into(),
            },
            &mette(),
            at(10, 9),
        )
        .unwrap();
    let before = plan.clone();
    let broken_clock = Utc.with_ymd_and_hms(1850, 1, 1, 0, 0, 0).single().unwrap();
    let err = history.undo(&mut plan, &mette(), broken_clock).unwrap_err();
    assert!(matches!(err, EditError::DateOutOfRange { .. }), "{err:?}");
    assert_eq!(plan, before);
    assert!(history.undo(&mut plan, &mette(), at(10, 10)).unwrap());
    format::import_json(&format::export_json(&plan)).unwrap();
}
