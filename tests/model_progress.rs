//! The overview's task list: the state of each part of a plan, on Mette's plan and
//! variations of it, on an empty plan and on the committed samples.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use chrono::NaiveDate;
use helhedsplan::model::coherence::check;
use helhedsplan::model::progress::{progress, Hint, Part, PartState};
use helhedsplan::model::*;
use model_support::fixtures::*;

fn today() -> NaiveDate {
    date(2026, 6, 15)
}

fn states(plan: &Plan, today: NaiveDate) -> Vec<(Part, PartState, Option<Hint>)> {
    progress(plan, &check(plan, today), today)
        .into_iter()
        .map(|p| (p.part, p.state, p.hint))
        .collect()
}

fn state_of(plan: &Plan, part: Part) -> (PartState, Option<Hint>) {
    let all = states(plan, today());
    let (_, state, hint) = all.into_iter().find(|(p, _, _)| *p == part).unwrap();
    (state, hint)
}

#[test]
fn an_empty_plan_has_every_part_not_started() {
    let plan = Plan::new("");
    let all = states(&plan, today());
    assert_eq!(all.len(), Part::ALL.len());
    for (part, state, hint) in all {
        assert_eq!(state, PartState::NotStarted, "{part:?}");
        assert_eq!(hint, None, "{part:?}");
    }
}

#[test]
fn about_me_counts_the_empty_own_words_fields() {
    let (mut plan, _) = mette_plan();
    assert_eq!(state_of(&plan, Part::AboutMe), (PartState::Complete, None));
    plan.citizen.own_words.resources.clear();
    plan.citizen.own_words.situation = "   ".into();
    assert_eq!(
        state_of(&plan, Part::AboutMe),
        (
            PartState::InProgress,
            Some(Hint::OwnWordsMissing {
                fields: 2,
                name: false
            })
        )
    );
    plan.citizen.own_words = OwnWords::default();
    assert_eq!(
        state_of(&plan, Part::AboutMe),
        (
            PartState::InProgress,
            Some(Hint::OwnWordsMissing {
                fields: 3,
                name: false
            })
        ),
        "a name alone is a start"
    );
}

#[test]
fn goals_and_interventions_need_attention_when_they_have_findings() {
    let (mut plan, ids) = mette_plan();
    // Mette's fixture: the overall goal is proposed, the bus and anxiety goals have
    // interventions; practice has no responsible person → a finding.
    let (state, hint) = state_of(&plan, Part::Interventions);
    let expected = check(&plan, today())
        .iter()
        .filter(|f| {
            matches!(
                f.rule,
                Rule::DoubleIntervention
                    | Rule::InterventionWithoutGoal
                    | Rule::NoResponsiblePerson
                    | Rule::DecisionMissing
                    | Rule::EndedButActive
            )
        })
        .count();
    assert!(expected > 0, "the fixture has an intervention finding");
    assert_eq!(
        (state, hint),
        (PartState::NeedsAttention, Some(Hint::Findings(expected)))
    );

    // Take away the only intervention serving the anxiety goal: the goal is unserved.
    plan.interventions.retain(|i| i.id != ids.bostoette);
    let goal_findings = check(&plan, today())
        .iter()
        .filter(|f| f.rule == Rule::GoalWithoutIntervention)
        .count();
    assert!(goal_findings >= 1);
    assert_eq!(
        state_of(&plan, Part::Goals),
        (
            PartState::NeedsAttention,
            Some(Hint::Findings(goal_findings))
        )
    );
}

#[test]
fn goals_wait_for_the_citizens_answer_before_they_are_complete() {
    let (mut plan, _) = mette_plan();
    // Make every goal served and active, so only the answers are missing.
    for goal in &mut plan.goals {
        goal.status = GoalStatus::Active;
    }
    let served: Vec<GoalId> = plan.goals.iter().map(|g| g.id).collect();
    plan.interventions[0].goals = served;
    assert!(check(&plan, today())
        .iter()
        .all(|f| f.rule != Rule::GoalWithoutIntervention));
    assert_eq!(
        state_of(&plan, Part::Goals),
        (PartState::InProgress, Some(Hint::AwaitingCitizen(4)))
    );
    for goal in &mut plan.goals {
        goal.citizen_agreement.status = AgreementStatus::Agrees;
    }
    plan.goals[3].citizen_agreement.status = AgreementStatus::Disagrees;
    assert_eq!(state_of(&plan, Part::Goals), (PartState::Complete, None));
}

#[test]
fn people_are_complete_with_a_coordinating_caseworker() {
    let (mut plan, _) = mette_plan();
    assert_eq!(state_of(&plan, Part::People), (PartState::Complete, None));
    plan.people
        .retain(|p| p.kind != PersonKind::CoordinatingCaseworker);
    for i in &mut plan.interventions {
        i.responsible_person = None;
    }
    assert_eq!(
        state_of(&plan, Part::People),
        (PartState::InProgress, Some(Hint::NoCoordinatingCaseworker))
    );
}

#[test]
fn consent_needs_attention_without_an_active_plan_consent_or_after_a_withdrawal() {
    let (mut plan, ids) = mette_plan();
    let party_findings = check(&plan, today())
        .iter()
        .filter(|f| f.rule == Rule::PartyWithoutConsent)
        .count();
    if party_findings == 0 {
        assert_eq!(state_of(&plan, Part::Consents), (PartState::Complete, None));
    }
    let share = plan
        .consents
        .iter_mut()
        .find(|c| c.id == ids.share_consent)
        .unwrap();
    share.withdrawn = Some(date(2026, 5, 1));
    let (state, _) = state_of(&plan, Part::Consents);
    assert_eq!(state, PartState::NeedsAttention);

    let plan_consent = plan
        .consents
        .iter_mut()
        .find(|c| c.id == ids.plan_consent)
        .unwrap();
    plan_consent.withdrawn = Some(date(2026, 6, 1));
    assert_eq!(
        state_of(&plan, Part::Consents),
        (PartState::NeedsAttention, Some(Hint::NoPlanConsent))
    );
}

#[test]
fn follow_up_is_complete_while_the_next_date_is_ahead_and_needs_attention_after() {
    let (mut plan, _) = mette_plan();
    // Meeting on 1 June agreed the next on 1 September.
    assert_eq!(
        states(&plan, date(2026, 6, 15))[6],
        (Part::FollowUps, PartState::Complete, None)
    );
    assert_eq!(
        states(&plan, date(2026, 9, 20))[6],
        (
            Part::FollowUps,
            PartState::NeedsAttention,
            Some(Hint::Findings(1))
        )
    );
    plan.follow_ups[0].next_date = None;
    assert_eq!(
        states(&plan, date(2026, 6, 15))[6],
        (
            Part::FollowUps,
            PartState::InProgress,
            Some(Hint::NoNextFollowUp)
        )
    );
    // A meeting booked ahead counts as the next date.
    let mut booked = plan.follow_ups[0].clone();
    booked.id = FollowUpId::new();
    booked.date = date(2026, 8, 20);
    plan.follow_ups.push(booked);
    assert_eq!(
        states(&plan, date(2026, 6, 15))[6],
        (Part::FollowUps, PartState::Complete, None)
    );
}

#[test]
fn approval_goes_from_one_party_to_locked() {
    let (mut plan, _) = mette_plan();
    assert_eq!(
        state_of(&plan, Part::Approval),
        (PartState::NotStarted, None)
    );
    plan.approvals.push(Approval {
        as_role: ApprovalRole::Citizen,
        by: mette(),
        at: at(10, 10),
    });
    assert_eq!(
        state_of(&plan, Part::Approval),
        (
            PartState::InProgress,
            Some(Hint::AwaitingApproval(ApprovalRole::Caseworker))
        )
    );
    plan.locked = true;
    assert_eq!(state_of(&plan, Part::Approval), (PartState::Complete, None));
}

#[test]
fn the_samples_have_a_state_for_every_part_and_content_in_most() {
    for (name, _) in helhedsplan::format::samples::list() {
        let plan =
            helhedsplan::format::import_json(helhedsplan::format::samples::get(name).unwrap())
                .unwrap();
        let all = states(&plan, today());
        assert_eq!(all.len(), Part::ALL.len());
        let started = all
            .iter()
            .filter(|(_, s, _)| *s != PartState::NotStarted)
            .count();
        assert!(started >= 5, "{name}: {all:?}");
        // A state that needs attention always says why.
        for (part, state, hint) in &all {
            if *state == PartState::NeedsAttention {
                assert!(hint.is_some(), "{name} {part:?}");
            }
        }
    }
}
