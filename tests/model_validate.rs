//! Every validation rule, on Mette's plan broken one way at a time.
// Native only: these tests use proptest, jsonschema, files or processes.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use chrono::Duration;
use helhedsplan::model::*;
use model_support::fixtures::*;

/// The problems of a plan broken by `f`, as "path: message" lines.
fn problems(f: impl FnOnce(&mut Plan, &Ids)) -> Vec<String> {
    let (mut plan, ids) = mette_plan();
    f(&mut plan, &ids);
    validate_with(&plan, &Catalogue::default_adult())
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn one(f: impl FnOnce(&mut Plan, &Ids)) -> String {
    let found = problems(f);
    assert_eq!(found.len(), 1, "{found:#?}");
    found.into_iter().next().unwrap()
}

#[test]
fn the_fixture_and_generated_plans_are_valid() {
    let (plan, _) = mette_plan();
    assert_eq!(validate_with(&plan, &Catalogue::default_adult()), vec![]);
    assert_eq!(validate(&generate::synthetic_plan(40, 60, 3)), vec![]);
}

#[test]
fn end_before_start() {
    let p = one(|plan, _| {
        plan.interventions[2].period = Period {
            start: Some(date(2026, 3, 1)),
            end: Some(date(2026, 1, 1)),
        };
    });
    assert_eq!(
        p,
        "/interventions/2/period: end date 2026-01-01 is before start date 2026-03-01"
    );
}

#[test]
fn dangling_references() {
    assert!(
        one(|plan, _| plan.interventions[0].goals.push(GoalId::new()))
            .starts_with("/interventions/0/goals/2: served goal ")
    );
    assert!(
        one(|plan, _| plan.interventions[1].depends_on.push(InterventionId::new()))
            .starts_with("/interventions/1/depends_on/0: intervention ")
    );
    assert!(one(|plan, _| plan.goals[2].parent = Some(GoalId::new()))
        .starts_with("/goals/2/parent: parent goal "));
    assert!(one(|plan, _| plan.ratings[0].goal = GoalId::new())
        .starts_with("/ratings/0/goal: rated goal "));
    assert!(
        one(|plan, _| plan.follow_ups[0].results[0].intervention = InterventionId::new())
            .starts_with("/follow_ups/0/results/0/intervention: intervention ")
    );
    assert!(
        one(|plan, _| plan.interventions[0].responsible_person = Some(PersonId::new()))
            .starts_with("/interventions/0/responsible_person: ")
    );
    assert!(one(|plan, _| plan.goals[1].member = Some(MemberId::new()))
        .starts_with("/goals/1/member: "));
    assert_eq!(
        one(|plan, _| plan.comments[0].on = Target::Goal(GoalId::new())),
        "/comments/0/on: the commented goal or intervention does not exist"
    );
}

#[test]
fn wrong_nesting() {
    assert_eq!(
        one(|plan, ids| plan.goals[2].parent = Some(ids.overall)),
        "/goals/2/parent: a sub-goal can only sit under a goal, not under an overall goal"
    );
    assert_eq!(
        one(|plan, _| plan.goals[2].parent = None),
        "/goals/2/parent: a sub-goal must sit under a goal"
    );
    assert_eq!(
        one(|plan, ids| plan.goals[0].parent = Some(ids.job)),
        "/goals/0/parent: an overall goal cannot sit under another goal"
    );
    assert_eq!(
        one(|plan, ids| plan.goals[3].parent = Some(ids.anxiety)),
        "/goals/3/parent: a goal cannot be its own parent"
    );
}

#[test]
fn unknown_codes_against_the_catalogue() {
    assert_eq!(
        one(|plan, _| plan.goals[1].life_area = Some("udvikling_adfaerd".into())),
        "/goals/1/life_area: life area \"udvikling_adfaerd\" is not in the catalogue \"default\""
    );
    assert!(
        one(|plan, _| plan.interventions[0].kind = Some("hypnose".into()))
            .starts_with("/interventions/0/kind: intervention type \"hypnose\"")
    );
    // Without a catalogue codes are not checked; with the children's catalogue the adult codes are unknown.
    let (plan, _) = mette_plan();
    assert_eq!(validate(&plan), vec![]);
    assert!(validate_with(&plan, &Catalogue::children())
        .iter()
        .all(|p| p.kind == ProblemKind::UnknownCode));
}

#[test]
fn duplicate_ids() {
    let found = problems(|plan, _| {
        let copy = plan.goals[3].clone();
        plan.goals.push(copy);
        let copy = plan.consents[0].clone();
        plan.consents.push(copy);
    });
    assert!(
        found.iter().any(
            |p| p.starts_with("/goals/4/id: id ") && p.ends_with("is already used by /goals/3")
        ),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with("/consents/2/id: ")),
        "{found:#?}"
    );
    assert!(
        one(|plan, ids| plan.interventions[1].goals.push(ids.anxiety)).contains("is listed twice")
    );
}

#[test]
fn impossible_dates() {
    assert_eq!(
        one(|plan, _| plan.consents[1].withdrawn = Some(date(2026, 2, 1))),
        "/consents/1/withdrawn: withdrawn 2026-02-01 is before the consent was given 2026-02-15"
    );
    assert_eq!(
        one(|plan, _| plan.follow_ups[0].next_date = Some(date(2026, 5, 1))),
        "/follow_ups/0/next_date: next follow-up 2026-05-01 is before the meeting date 2026-06-01"
    );
    assert!(
        one(|plan, _| plan.goals[0].updated_at = plan.goals[0].created_at - Duration::hours(1))
            .starts_with("/goals/0/updated_at: ")
    );
}

#[test]
fn ratings_outside_the_scale() {
    assert_eq!(
        one(|plan, _| plan.ratings[0].value = 3),
        "/ratings/0/value: rating 3 is outside the scale -2 to +2"
    );
    assert_eq!(
        one(|plan, _| plan.ratings[0].value = -7),
        "/ratings/0/value: rating -7 is outside the scale -2 to +2"
    );
}

#[test]
fn empty_required_text() {
    assert_eq!(
        one(|plan, _| plan.goals[1].title = "  ".into()),
        "/goals/1/title: must not be empty"
    );
    assert_eq!(
        one(|plan, _| plan.interventions[0].title.clear()),
        "/interventions/0/title: must not be empty"
    );
    assert_eq!(
        one(|plan, _| plan.people[1].name.clear()),
        "/people/1/name: must not be empty"
    );
    assert_eq!(
        one(|plan, _| plan.family[0].name.clear()),
        "/family/0/name: must not be empty"
    );
    assert_eq!(
        one(|plan, _| plan.consents[1].parties.clear()),
        "/consents/1/parties: name the parties that may share information"
    );
    assert_eq!(
        one(|plan, _| plan.consents[1].parties[1].clear()),
        "/consents/1/parties/1: must not be empty"
    );
    assert_eq!(
        one(|plan, _| plan.consents[0].scope.clear()),
        "/consents/0/scope: must not be empty"
    );
    assert_eq!(
        one(|plan, _| plan.comments[0].text.clear()),
        "/comments/0/text: must not be empty"
    );
    assert_eq!(
        one(|plan, _| plan.interventions[0]
            .legal_basis
            .as_mut()
            .unwrap()
            .law
            .clear()),
        "/interventions/0/legal_basis/law: must not be empty"
    );
    // A plan consent needs no parties; an empty plan title is allowed while drafting.
    assert!(problems(|plan, _| {
        plan.consents[0].parties.clear();
        plan.title.clear();
    })
    .is_empty());
}

#[test]
fn over_long_text() {
    use helhedsplan::model::limits::*;
    assert_eq!(
        one(|plan, _| plan.goals[1].title = "ø".repeat(TITLE_MAX + 1)),
        "/goals/1/title: text is 201 characters long, at most 200 allowed"
    );
    assert!(
        one(|plan, _| plan.citizen.own_words.situation = "a".repeat(LONG_TEXT_MAX + 1))
            .starts_with("/citizen/own_words/situation: text is 10001")
    );
    assert!(
        one(|plan, _| plan.interventions[1].frequency = "x".repeat(SHORT_TEXT_MAX + 1))
            .starts_with("/interventions/1/frequency: ")
    );
    assert!(
        one(|plan, _| plan.goals[1].scale.expected = "x".repeat(SHORT_TEXT_MAX + 1))
            .starts_with("/goals/1/scale/expected: ")
    );
    // Exactly at the limit is fine, counted in characters, not bytes.
    assert!(problems(|plan, _| plan.goals[1].title = "ø".repeat(TITLE_MAX)).is_empty());
}

#[test]
fn dependency_cycles() {
    assert_eq!(
        one(|plan, ids| plan.interventions[0].depends_on.push(ids.practice)),
        "/interventions/2/depends_on/0: dependencies go in a circle: \"Mentor\" depends on \"Virksomhedspraktik i Café Kilden\" depends on \"Mentor\""
    );
    assert_eq!(
        one(|plan, ids| plan.interventions[1].depends_on.push(ids.bostoette)),
        "/interventions/1/depends_on/0: an intervention cannot depend on itself"
    );
    // A longer circle is found once.
    let found = problems(|plan, ids| {
        plan.interventions[1].depends_on.push(ids.practice);
        plan.interventions[0].depends_on.push(ids.bostoette);
    });
    assert_eq!(found.len(), 1, "{found:#?}");
}

#[test]
fn approvals_and_lock_state() {
    let approval = |as_role, by| Approval {
        as_role,
        by,
        at: at(20, 14),
    };
    let found = problems(|plan, _| plan.locked = true);
    assert!(found.contains(
        &"/locked: the plan is locked but not approved by both the citizen and a caseworker"
            .to_string()
    ));
    assert!(found.contains(&"/locked_at: a locked plan needs the time it was locked".to_string()));
    assert_eq!(
        one(|plan, _| plan.approvals = vec![approval(ApprovalRole::Caseworker, mette())]),
        "/approvals/0/by/role: a citizen cannot approve as caseworker"
    );
    assert!(one(|plan, _| plan.approvals = vec![
        approval(ApprovalRole::Citizen, mette()),
        approval(ApprovalRole::Citizen, mette())
    ])
    .contains("approved twice"));
    assert_eq!(
        one(|plan, _| plan.version = 0),
        "/version: versions start at 1"
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let found = problems(|plan, _| {
        plan.goals[1].title.clear();
        plan.ratings[0].value = 5;
        plan.consents[1].withdrawn = Some(date(2020, 1, 1));
        plan.interventions[2].title.clear();
    });
    assert_eq!(found.len(), 4, "{found:#?}");
}

/// A vertical tab pasted from a word processor: import refuses such text, so validation
/// reports it (with its path) and `apply` refuses it; a plain line break is fine.
#[test]
fn control_characters_in_text_are_reported_and_refused() {
    let (mut plan, _) = mette_plan();
    assert!(validate(&plan).is_empty());

    plan.citizen.own_words.dreams = "Et arbejde\u{0b}hvor jeg kan være noget for andre".into();
    let problems = validate(&plan);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "/citizen/own_words/dreams");
    assert_eq!(problems[0].kind, ProblemKind::ControlCharacter);

    let (mut plan, ids) = mette_plan();
    let before = plan.clone();
    let mut goal = plan.goal(ids.job).unwrap().clone();
    goal.title = "Arbejde\u{07}".into();
    let refused = apply(&mut plan, Edit::UpdateGoal { goal }, &mette(), at(21, 9));
    assert!(
        matches!(refused, Err(EditError::ControlCharacter { .. })),
        "{refused:?}"
    );
    assert_eq!(plan, before);

    let text = "Linje et\nLinje to\tmed tabulator".to_string();
    apply(
        &mut plan,
        Edit::SetOwnWords {
            field: OwnWordsField::Situation,
            text,
        },
        &mette(),
        at(21, 9),
    )
    .unwrap();
    assert!(validate(&plan).is_empty());
}

/// Who rated or commented is known by role even when no name was given (the editor does not
/// force people to type their name); such a plan is valid and re-imports.
#[test]
fn ratings_and_comments_without_a_name_are_valid() {
    let (mut plan, ids) = mette_plan();
    let anonymous = Actor::new(Role::Citizen, "");
    let rating = Rating {
        id: RatingId::new(),
        goal: ids.job,
        date: date(2026, 11, 20),
        value: 1,
        perspective: Perspective::Citizen,
        rated_by: anonymous.clone(),
        comment: String::new(),
    };
    apply(
        &mut plan,
        Edit::AddRating {
            rating,
            position: None,
        },
        &anonymous,
        at(20, 10),
    )
    .unwrap();
    let comment = Comment {
        id: CommentId::new(),
        on: Target::Goal(ids.job),
        author: anonymous.clone(),
        at: at(20, 10),
        text: "Det går lidt bedre".into(),
    };
    apply(
        &mut plan,
        Edit::AddComment {
            comment,
            position: None,
        },
        &anonymous,
        at(20, 10),
    )
    .unwrap();
    assert_eq!(validate(&plan), vec![]);
}
