//! How far each part of the plan has come, for the overview page (a task list).
//!
//! Each part gets one [`PartState`] and, when useful, a [`Hint`] that says what to do
//! next. "Needs attention" wins over everything else: it comes from the coherence
//! findings ([`super::coherence`]) or from a fact that matters for the reform (no
//! consent to the plan, a withdrawn consent). Like the findings, states are advisory.
//!
//! When a part is complete:
//! - About me: the citizen's name and all three own-words fields are filled in.
//! - Assessment (samlet udredning): a target group is chosen, and every life area that
//!   the plan's goals (not cancelled) work in has at least one description, from the
//!   citizen or a professional; with no such goals yet, at least one description. Not
//!   started while it holds no description, no known fact and no target group.
//! - Goals / interventions: there is at least one, none has a finding, and the
//!   citizen has answered (agrees or disagrees) on every open one.
//! - People: a coordinating caseworker is named (the reform's one contact point).
//! - Consent: an active consent to the plan, and no party without consent.
//! - Follow-up: a meeting was held and the next date it agreed is still ahead.
//! - Approval: this version is approved by both and locked.

use chrono::NaiveDate;

use super::agreement::AgreementStatus;
use super::coherence::{Finding, Rule};
use super::consent::ConsentKind;
use super::goal::GoalStatus;
use super::intervention::InterventionStatus;
use super::people::{OwnWordsField, PersonKind};
use super::plan::Plan;
use super::ApprovalRole;

/// A part of the plan that the user fills in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    AboutMe,
    Assessment,
    Goals,
    Interventions,
    People,
    Consents,
    FollowUps,
    Approval,
}

impl Part {
    pub const ALL: [Part; 8] = [
        Part::AboutMe,
        Part::Assessment,
        Part::Goals,
        Part::Interventions,
        Part::People,
        Part::Consents,
        Part::FollowUps,
        Part::Approval,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartState {
    NotStarted,
    InProgress,
    Complete,
    NeedsAttention,
}

/// What to do next in a part, for the UI to phrase. Counts are always at least 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// Own-words fields (of three) still empty, and whether the name is missing.
    OwnWordsMissing {
        fields: usize,
        name: bool,
    },
    /// Open goals or interventions the citizen has not answered on yet.
    AwaitingCitizen(usize),
    /// Coherence findings about this part (see the coherence panel).
    Findings(usize),
    /// Life areas of the plan's goals with no description in the assessment yet.
    AreasWithoutDescription(usize),
    /// The assessment has no target group (why this citizen gets one plan).
    NoTargetGroup,
    /// The assessment has no description yet (and the goals name no life area).
    NoDescription,
    NoCoordinatingCaseworker,
    NoPlanConsent,
    /// Consents withdrawn (any kind).
    ConsentWithdrawn(usize),
    NoNextFollowUp,
    /// Approved by one party; the other is missing.
    AwaitingApproval(ApprovalRole),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartProgress {
    pub part: Part,
    pub state: PartState,
    pub hint: Option<Hint>,
}

/// Which part of the plan a coherence rule is about.
pub fn part_of(rule: Rule) -> Part {
    match rule {
        Rule::GoalWithoutIntervention | Rule::ActiveSubGoalUnderCancelledGoal => Part::Goals,
        Rule::DoubleIntervention
        | Rule::CoordinateInterventions
        | Rule::InterventionWithoutGoal
        | Rule::NoResponsiblePerson
        | Rule::DecisionMissing
        | Rule::EndedButActive => Part::Interventions,
        Rule::PartyWithoutConsent => Part::Consents,
        Rule::FollowUpOverdue => Part::FollowUps,
    }
}

/// The state of every part, in [`Part::ALL`] order. `findings` are
/// `coherence::check(plan, today)`.
pub fn progress(plan: &Plan, findings: &[Finding], today: NaiveDate) -> Vec<PartProgress> {
    Part::ALL
        .iter()
        .map(|&part| {
            let found = findings.iter().filter(|f| part_of(f.rule) == part).count();
            let (state, hint) = match part {
                Part::AboutMe => about_me(plan),
                Part::Assessment => assessment(plan),
                Part::Goals => goals(plan, found),
                Part::Interventions => interventions(plan, found),
                Part::People => people(plan),
                Part::Consents => consents(plan, found, today),
                Part::FollowUps => follow_ups(plan, found, today),
                Part::Approval => approval(plan),
            };
            PartProgress { part, state, hint }
        })
        .collect()
}

type Outcome = (PartState, Option<Hint>);

fn about_me(plan: &Plan) -> Outcome {
    let empty = OwnWordsField::CORE
        .iter()
        .filter(|f| plan.own_words(**f).trim().is_empty())
        .count();
    let no_name = plan.citizen.name.trim().is_empty();
    if empty == OwnWordsField::CORE.len() && no_name {
        (PartState::NotStarted, None)
    } else if empty > 0 || no_name {
        let hint = Hint::OwnWordsMissing {
            fields: empty,
            name: no_name,
        };
        (PartState::InProgress, Some(hint))
    } else {
        (PartState::Complete, None)
    }
}

fn assessment(plan: &Plan) -> Outcome {
    if plan.assessment.is_empty() && plan.known_facts.is_empty() && plan.target_group.is_empty() {
        return (PartState::NotStarted, None);
    }
    let missing = areas_without_description(plan).len();
    if missing > 0 {
        (
            PartState::InProgress,
            Some(Hint::AreasWithoutDescription(missing)),
        )
    } else if plan.assessment.is_empty() {
        (PartState::InProgress, Some(Hint::NoDescription))
    } else if plan.target_group.group.is_none() {
        (PartState::InProgress, Some(Hint::NoTargetGroup))
    } else {
        (PartState::Complete, None)
    }
}

/// The life areas the plan's goals (not cancelled) work in that have no description in
/// the assessment, in the order the goals first name them.
pub fn areas_without_description(plan: &Plan) -> Vec<&str> {
    let mut missing: Vec<&str> = Vec::new();
    for goal in &plan.goals {
        if goal.status == GoalStatus::Cancelled {
            continue;
        }
        let Some(area) = goal.life_area.as_deref().filter(|a| !a.trim().is_empty()) else {
            continue;
        };
        let described = plan
            .assessment
            .iter()
            .any(|e| e.life_area == area && !e.text.trim().is_empty());
        if !described && !missing.contains(&area) {
            missing.push(area);
        }
    }
    missing
}

/// Shared by goals and interventions: findings first, then the citizen's answers.
fn items(count: usize, found: usize, awaiting: usize) -> Outcome {
    if count == 0 {
        (PartState::NotStarted, None)
    } else if found > 0 {
        (PartState::NeedsAttention, Some(Hint::Findings(found)))
    } else if awaiting > 0 {
        (PartState::InProgress, Some(Hint::AwaitingCitizen(awaiting)))
    } else {
        (PartState::Complete, None)
    }
}

fn goals(plan: &Plan, found: usize) -> Outcome {
    let awaiting = plan
        .goals
        .iter()
        .filter(|g| matches!(g.status, GoalStatus::Proposed | GoalStatus::Active))
        .filter(|g| g.citizen_agreement.status == AgreementStatus::NotAsked)
        .count();
    items(plan.goals.len(), found, awaiting)
}

fn interventions(plan: &Plan, found: usize) -> Outcome {
    let awaiting = plan
        .interventions
        .iter()
        .filter(|i| {
            !matches!(
                i.status,
                InterventionStatus::Completed | InterventionStatus::Cancelled
            )
        })
        .filter(|i| i.citizen_agreement.status == AgreementStatus::NotAsked)
        .count();
    items(plan.interventions.len(), found, awaiting)
}

fn people(plan: &Plan) -> Outcome {
    if plan.people.is_empty() {
        (PartState::NotStarted, None)
    } else if plan
        .people
        .iter()
        .any(|p| p.kind == PersonKind::CoordinatingCaseworker)
    {
        (PartState::Complete, None)
    } else {
        (PartState::InProgress, Some(Hint::NoCoordinatingCaseworker))
    }
}

fn consents(plan: &Plan, found: usize, today: NaiveDate) -> Outcome {
    if plan.consents.is_empty() && found == 0 {
        return (PartState::NotStarted, None);
    }
    let withdrawn = plan
        .consents
        .iter()
        .filter(|c| c.withdrawn.is_some_and(|w| w <= today))
        .count();
    let plan_consent = plan
        .consents
        .iter()
        .any(|c| c.kind == ConsentKind::Plan && c.is_active_on(today));
    if !plan_consent {
        (PartState::NeedsAttention, Some(Hint::NoPlanConsent))
    } else if found > 0 {
        (PartState::NeedsAttention, Some(Hint::Findings(found)))
    } else if withdrawn > 0 {
        (
            PartState::NeedsAttention,
            Some(Hint::ConsentWithdrawn(withdrawn)),
        )
    } else {
        (PartState::Complete, None)
    }
}

fn follow_ups(plan: &Plan, found: usize, today: NaiveDate) -> Outcome {
    let held = plan
        .follow_ups
        .iter()
        .filter(|f| f.date <= today)
        .max_by_key(|f| f.date);
    if found > 0 {
        return (PartState::NeedsAttention, Some(Hint::Findings(found)));
    }
    match held {
        None if plan.follow_ups.is_empty() => (PartState::NotStarted, None),
        // Only meetings ahead: booked, not yet held.
        None => (PartState::InProgress, None),
        Some(meeting) => match meeting.next_date {
            Some(next) if next >= today => (PartState::Complete, None),
            _ if plan.follow_ups.iter().any(|f| f.date > today) => (PartState::Complete, None),
            _ => (PartState::InProgress, Some(Hint::NoNextFollowUp)),
        },
    }
}

fn approval(plan: &Plan) -> Outcome {
    if plan.locked {
        return (PartState::Complete, None);
    }
    let citizen = plan.is_approved_as(ApprovalRole::Citizen);
    let caseworker = plan.is_approved_as(ApprovalRole::Caseworker);
    match (citizen, caseworker) {
        (false, false) => (PartState::NotStarted, None),
        (true, true) => (
            PartState::InProgress,
            Some(Hint::AwaitingApproval(ApprovalRole::CustodyHolder)),
        ),
        (true, false) => (
            PartState::InProgress,
            Some(Hint::AwaitingApproval(ApprovalRole::Caseworker)),
        ),
        (false, true) => (
            PartState::InProgress,
            Some(Hint::AwaitingApproval(ApprovalRole::Citizen)),
        ),
    }
}
