//! Property tests of the model: undo restores, validation never panics, the
//! generated plans are valid, and edits keep the plan's structure intact.
// Native only: these tests use proptest, jsonschema, files or processes.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use helhedsplan::model::*;
use model_support::strategies::*;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn generated_plans_are_valid(plan in arb_plan()) {
        let problems = validate_with(&plan, &Catalogue::default_adult());
        prop_assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn validation_never_panics(plan in arb_any_plan()) {
        let _ = validate(&plan);
        let _ = validate_with(&plan, &Catalogue::children());
    }
}

/// Runs a script through a History; returns the plan snapshots after each
/// accepted edit and the number of accepted edits.
fn run(plan: &mut Plan, history: &mut History, script: &[Step], approvals: Approvals) -> usize {
    let mut accepted = 0;
    for step in script {
        let (actor, edit) = concrete(plan, step, approvals);
        let before = plan.clone();
        match history.apply(plan, edit, &actor, step.at()) {
            Ok(()) => accepted += 1,
            // A refused edit leaves the plan exactly as it was, log included.
            Err(_) => assert_eq!(*plan, before, "a refused edit changed the plan"),
        }
    }
    accepted
}

/// Problems that edits must never introduce into a plan without them.
fn structural(problems: &[Problem]) -> Vec<&Problem> {
    problems
        .iter()
        .filter(|p| {
            matches!(
                p.kind,
                ProblemKind::Dangling
                    | ProblemKind::DuplicateId
                    | ProblemKind::Nesting
                    | ProblemKind::Cycle
                    | ProblemKind::Scale
                    | ProblemKind::TooLong
                    | ProblemKind::Inconsistent
                    | ProblemKind::DuplicateReference
                    | ProblemKind::ControlCharacter
                    | ProblemKind::DateRange
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Undo of everything gives back the original plan, except the change log,
    /// which only grows (see `History`); redo of everything gives the edited plan.
    #[test]
    fn undo_all_restores_the_plan(plan in arb_draft_plan(), script in arb_script(25)) {
        let original = plan.clone();
        let mut plan = plan;
        let mut history = History::default();
        let accepted = run(&mut plan, &mut history, &script, Approvals::CitizenOnly);
        let edited = plan.without_log();
        // Edits to one item by one person close in time fold into one entry (a typing
        // run, `model::change_log`), so the edits may leave fewer entries than steps.
        let logged = plan.change_log.len();
        prop_assert!(logged <= original.change_log.len() + accepted);
        let actor = actors()[1].clone();
        let mut undone = 0;
        while history.undo(&mut plan, &actor, base_time()).expect("undo works") {
            undone += 1;
        }
        prop_assert_eq!(undone, accepted);
        prop_assert_eq!(plan.without_log(), original.without_log());
        // Undo entries never fold: one per step.
        prop_assert_eq!(plan.change_log.len(), logged + accepted);
        prop_assert!(plan.change_log[logged..]
            .iter()
            .all(|e| e.origin == ChangeOrigin::Undo && e.summary.starts_with("undo: ")));
        while history.redo(&mut plan, &actor, base_time()).expect("redo works") {}
        prop_assert_eq!(plan.without_log(), edited);
    }

    /// Edits never break references, nesting, the dependency order, limits or
    /// the approval state, whatever the script tries.
    #[test]
    fn edits_keep_the_structure(plan in arb_draft_plan(), script in arb_script(30)) {
        let mut plan = plan;
        let mut history = History::default();
        run(&mut plan, &mut history, &script, Approvals::Both);
        let problems = validate(&plan);
        let broken = structural(&problems);
        prop_assert!(broken.is_empty(), "{broken:#?}");
    }

    /// With both parties approving, the plan locks: every edit but "start new
    /// version" is refused, and undo stops at the lock.
    #[test]
    fn locked_plans_refuse_edits(plan in arb_draft_plan(), script in arb_script(30)) {
        let original = plan.clone();
        let mut plan = plan;
        let mut history = History::default();
        let actors = actors();
        // Approve with both parties partway, then keep editing.
        let (head, tail) = script.split_at(script.len() / 2);
        run(&mut plan, &mut history, head, Approvals::Both);
        if !plan.locked {
            let holders: Vec<String> =
                plan.custody_holders_to_approve().iter().map(|p| p.name.clone()).collect();
            for name in holders {
                let holder = Actor::new(Role::Citizen, name);
                let _ = history.apply(&mut plan, Edit::Approve { as_role: ApprovalRole::CustodyHolder }, &holder, base_time());
            }
            let _ = history.apply(&mut plan, Edit::Approve { as_role: ApprovalRole::Citizen }, &actors[0], base_time());
            let _ = history.apply(&mut plan, Edit::Approve { as_role: ApprovalRole::Caseworker }, &actors[1], base_time());
        }
        prop_assert!(plan.locked);
        for step in tail {
            let (actor, edit) = concrete(&plan, step, Approvals::Both);
            let start_new = edit.allowed_when_locked();
            let before = plan.clone();
            let shown = format!("{edit:?}");
            let result = history.apply(&mut plan, edit, &actor, base_time());
            // Only edits made while locked must be refused (after "start new version"
            // the draft can be approved, and the approval that locks it succeeds).
            if !before.locked || start_new {
                continue;
            }
            prop_assert_eq!(result, Err(EditError::Locked { version: before.version }), "{}", shown);
            prop_assert_eq!(&plan, &before);
        }
        // Undo walks back until it meets a locked version (or the start).
        loop {
            let before = plan.clone();
            match history.undo(&mut plan, &actors[1], base_time()) {
                Ok(true) => continue,
                Ok(false) => {
                    prop_assert_eq!(plan.without_log(), original.without_log());
                    break;
                }
                Err(err) => {
                    prop_assert!(before.locked);
                    prop_assert_eq!(err, EditError::Locked { version: before.version });
                    prop_assert_eq!(&plan, &before);
                    break;
                }
            }
        }
    }
}

/// What one script did: the problem kinds it met, in plans after accepted edits or as the
/// reason an edit was refused.
fn kinds_met(plan: &mut Plan, script: &[Step], met: &mut std::collections::HashSet<ProblemKind>) {
    let catalogue = Catalogue::default_adult();
    let mut history = History::default();
    for step in script {
        let (actor, edit) = concrete(plan, step, Approvals::Both);
        match history.apply(plan, edit, &actor, step.at()) {
            Ok(()) => {
                let problems = validate_with(plan, &catalogue);
                // The one rule: no accepted edit leaves an error, and the plan it
                // leaves loads again, warnings and all.
                let errors: Vec<_> = problems
                    .iter()
                    .filter(|p| p.severity() == Severity::Error)
                    .collect();
                assert!(
                    errors.is_empty(),
                    "an accepted edit left errors: {errors:#?}"
                );
                let json = helhedsplan::format::export_json(plan);
                let again = helhedsplan::format::import_json(&json).unwrap_or_else(|e| {
                    panic!("an accepted edit made a plan that does not load: {e:#?}")
                });
                assert_eq!(&again, plan);
                met.extend(problems.iter().map(|p| p.kind));
            }
            Err(refusal) => met.extend(refusal.problem_kind()),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// After any sequence of accepted edits, by people whose clocks disagree, the
    /// exported plan imports again (unchanged), and holds no error.
    #[test]
    fn every_plan_the_editor_makes_loads_again(plan in arb_draft_plan(), script in arb_script(30)) {
        let mut plan = plan;
        kinds_met(&mut plan, &script, &mut Default::default());
    }
}

/// The property above is only as good as its generator: scripts must meet every kind of
/// problem `validate` knows — warnings left in the plan, errors as refusals. A fixed
/// seed keeps this a check of the generator, not of luck.
#[test]
fn the_edit_generator_meets_every_problem_kind() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    );
    let mut met = std::collections::HashSet::new();
    for _ in 0..300 {
        let mut plan = arb_draft_plan().new_tree(&mut runner).unwrap().current();
        let script = arb_script(30).new_tree(&mut runner).unwrap().current();
        kinds_met(&mut plan, &script, &mut met);
    }
    let missing: Vec<_> = ProblemKind::ALL
        .iter()
        .filter(|k| !met.contains(k))
        .collect();
    assert!(
        missing.is_empty(),
        "the edit generator never meets {missing:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// The derived JSON Schema accepts every valid plan as serialized, and serde
    /// reads it back unchanged.
    #[test]
    fn plans_match_their_schema_and_round_trip(plan in arb_plan()) {
        let schema = serde_json::to_value(schemars::schema_for!(Plan)).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let json = serde_json::to_value(&plan).unwrap();
        let errors: Vec<String> = validator.iter_errors(&json).map(|e| e.to_string()).collect();
        prop_assert!(errors.is_empty(), "{errors:#?}");
        let back: Plan = serde_json::from_value(json).unwrap();
        prop_assert_eq!(back, plan);
    }
}
