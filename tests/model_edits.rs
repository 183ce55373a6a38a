//! Every edit on Mette's plan: it applies, it is stamped and logged, undo
//! restores the plan exactly, and the refusals are the right ones.
// Native only: these tests use proptest, jsonschema, files or processes.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use helhedsplan::model::*;
use model_support::fixtures::*;

/// Applies `edit` through a History, checks undo restores everything but the
/// log and redo gives the edited plan again; returns the edited plan.
fn round_trip(plan: &Plan, edit: Edit, actor: &Actor) -> Plan {
    let mut work = plan.clone();
    let mut history = History::default();
    history
        .apply(&mut work, edit.clone(), actor, at(10, 9))
        .unwrap_or_else(|e| panic!("{edit:?} refused: {e}"));
    let edited = work.clone();
    assert_ne!(
        edited.without_log(),
        plan.without_log(),
        "{edit:?} changed nothing"
    );
    let entry = edited.change_log.last().expect("logged");
    assert_eq!(entry.name, actor.name);
    assert_eq!(entry.role, actor.role);
    assert_eq!(entry.at, at(10, 9));
    assert_eq!(entry.action, edit.kind());
    assert!(!entry.summary.is_empty());
    assert!(history.undo(&mut work, &jonas(), at(10, 10)).unwrap());
    assert_eq!(work.without_log(), plan.without_log(), "undo of {edit:?}");
    assert!(history.redo(&mut work, &jonas(), at(10, 11)).unwrap());
    assert_eq!(work.without_log(), edited.without_log(), "redo of {edit:?}");
    edited
}

fn refused(plan: &Plan, edit: Edit, actor: &Actor) -> EditError {
    let mut work = plan.clone();
    let err = apply(&mut work, edit, actor, at(10, 9)).expect_err("should be refused");
    assert_eq!(&work, plan, "a refused edit must not change the plan");
    err
}

#[test]
fn set_title_own_words_and_citizen() {
    let (plan, _) = mette_plan();
    let p = round_trip(
        &plan,
        Edit::SetTitle {
            title: "Mettes plan 2026".into(),
        },
        &jonas(),
    );
    assert_eq!(p.title, "Mettes plan 2026");
    let p = round_trip(
        &plan,
        Edit::SetOwnWords {
            field: OwnWordsField::Dreams,
            text: "Jeg vil arbejde i et køkken.".into(),
        },
        &mette(),
    );
    assert_eq!(
        p.own_words(OwnWordsField::Dreams),
        "Jeg vil arbejde i et køkken."
    );
    assert_eq!(
        p.change_log.last().unwrap().summary,
        "changed the citizen's own words (dreams)"
    );
    let p = round_trip(
        &plan,
        Edit::SetCitizen {
            id: "host-99".into(),
            name: "Mette K. Jensen".into(),
        },
        &jonas(),
    );
    assert_eq!(p.citizen.name, "Mette K. Jensen");
    assert_eq!(
        refused(
            &plan,
            Edit::SetTitle {
                title: "x".repeat(201)
            },
            &jonas()
        ),
        EditError::TooLong {
            field: "title".into(),
            max: 200,
            actual: 201
        }
    );
    assert_eq!(
        refused(
            &plan,
            Edit::SetTitle {
                title: plan.title.clone()
            },
            &jonas()
        ),
        EditError::NoChange
    );
}

#[test]
fn family_members() {
    let (plan, ids) = mette_plan();
    let ella = FamilyMember {
        id: MemberId::new(),
        host_id: String::new(),
        name: "Ella".into(),
        relation: "datter".into(),
    };
    let p = round_trip(
        &plan,
        Edit::AddFamilyMember {
            member: ella.clone(),
            position: Some(0),
        },
        &jonas(),
    );
    assert_eq!(p.family[0], ella);
    let p = round_trip(
        &plan,
        Edit::UpdateFamilyMember {
            member: FamilyMember {
                name: "Oliver Jensen".into(),
                ..plan.family[0].clone()
            },
        },
        &mette(),
    );
    assert_eq!(p.family[0].name, "Oliver Jensen");
    // Removing a member clears goals about them; undo puts the link back.
    let mut with_goal = plan.clone();
    with_goal.goals[3].member = Some(ids.son);
    let p = round_trip(
        &with_goal,
        Edit::RemoveFamilyMember { id: ids.son },
        &jonas(),
    );
    assert!(p.family.is_empty());
    assert_eq!(p.goals[3].member, None);
    assert_eq!(
        refused(
            &plan,
            Edit::AddFamilyMember {
                member: plan.family[0].clone(),
                position: None
            },
            &jonas()
        ),
        EditError::DuplicateId {
            kind: ItemKind::FamilyMember,
            id: ids.son.0
        }
    );
}

#[test]
fn people() {
    let (plan, ids) = mette_plan();
    let psychiatry = Person {
        id: PersonId::new(),
        kind: PersonKind::ContactPerson,
        name: "Lise Bak".into(),
        unit: "Distriktspsykiatrien Aarhus".into(),
        contact: "78 47 00 00".into(),
        contribution: "Behandling af angst".into(),
    };
    let p = round_trip(
        &plan,
        Edit::AddPerson {
            person: psychiatry.clone(),
            position: None,
        },
        &jonas(),
    );
    assert_eq!(p.people.last(), Some(&psychiatry));
    let p = round_trip(
        &plan,
        Edit::UpdatePerson {
            person: Person {
                contact: "87 13 20 01".into(),
                ..plan.people[0].clone()
            },
        },
        &jonas(),
    );
    assert_eq!(p.people[0].contact, "87 13 20 01");
    // The caseworker is responsible for the mentor: removal clears that, undo restores.
    let p = round_trip(&plan, Edit::RemovePerson { id: ids.caseworker }, &jonas());
    assert_eq!(p.intervention(ids.mentor).unwrap().responsible_person, None);
    assert_eq!(
        refused(
            &plan,
            Edit::AddPerson {
                person: psychiatry,
                position: Some(7)
            },
            &jonas()
        ),
        EditError::PositionOutOfRange {
            position: 7,
            len: 2
        }
    );
}

#[test]
fn add_goal_stamps_authorship_and_nests() {
    let (plan, ids) = mette_plan();
    let mut goal = Goal::new(
        GoalLevel::SubGoal,
        "Åbne posten hver mandag",
        &mette(),
        at(1, 1),
    );
    goal.parent = Some(ids.anxiety);
    goal.citizen_agreement.status = AgreementStatus::Agrees;
    let p = round_trip(
        &plan,
        Edit::AddGoal {
            goal: goal.clone(),
            position: Some(4),
        },
        &jonas(),
    );
    let added = p.goal(goal.id).unwrap();
    assert_eq!(p.goals[4].id, goal.id);
    assert_eq!(added.created_by, jonas());
    assert_eq!(added.created_at, at(10, 9));
    assert_eq!(added.updated_by, jonas());
    // Only the citizen can say she agrees: a caseworker's new goal starts "not asked".
    assert_eq!(added.citizen_agreement, Agreement::default());
    assert_eq!(
        p.change_log.last().unwrap().item,
        Some(ItemRef::Goal(goal.id))
    );
    // Written by the citizen, her agreement stays and is dated.
    let p = round_trip(
        &plan,
        Edit::AddGoal {
            goal: goal.clone(),
            position: None,
        },
        &mette(),
    );
    assert_eq!(
        p.goal(goal.id).unwrap().citizen_agreement.at,
        Some(at(10, 9))
    );

    let mut orphan = goal.clone();
    orphan.parent = None;
    assert_eq!(
        refused(
            &plan,
            Edit::AddGoal {
                goal: orphan,
                position: None
            },
            &jonas()
        ),
        EditError::WrongNesting {
            level: GoalLevel::SubGoal,
            parent_level: None
        }
    );
    let mut under_overall = goal.clone();
    under_overall.parent = Some(ids.overall);
    let err = refused(
        &plan,
        Edit::AddGoal {
            goal: under_overall,
            position: None,
        },
        &jonas(),
    );
    assert_eq!(
        err.to_string(),
        "a sub-goal can only sit under a goal, not under an overall goal"
    );
    let mut dangling = goal.clone();
    let ghost = GoalId::new();
    dangling.parent = Some(ghost);
    assert_eq!(
        refused(
            &plan,
            Edit::AddGoal {
                goal: dangling,
                position: None
            },
            &jonas()
        ),
        EditError::NotFound {
            kind: ItemKind::Goal,
            id: ghost.0
        }
    );
    let mut long = goal;
    long.description = "æ".repeat(10_001);
    assert!(matches!(
        refused(
            &plan,
            Edit::AddGoal {
                goal: long,
                position: None
            },
            &jonas()
        ),
        EditError::TooLong {
            max: 10_000,
            actual: 10_001,
            ..
        }
    ));
}

#[test]
fn update_goal_keeps_creation_and_agreement() {
    let (plan, ids) = mette_plan();
    let mut plan = plan;
    plan.goals[1].citizen_agreement = Agreement {
        status: AgreementStatus::Agrees,
        comment: String::new(),
        at: Some(at(3, 9)),
    };
    let mut changed = plan.goals[1].clone();
    changed.title = "Jeg vil have et arbejde i et køkken".into();
    changed.target_date = Some(date(2027, 1, 31));
    changed.citizen_agreement = Agreement::default(); // ignored: agreement has its own edit
    let p = round_trip(&plan, Edit::UpdateGoal { goal: changed }, &jonas());
    let g = p.goal(ids.job).unwrap();
    assert_eq!(g.title, "Jeg vil have et arbejde i et køkken");
    assert_eq!(g.created_by, mette());
    assert_eq!(g.updated_by, jonas());
    assert_eq!(g.updated_at, at(10, 9));
    assert_eq!(g.citizen_agreement.status, AgreementStatus::Agrees);
    // A goal with sub-goals cannot become a sub-goal itself.
    let mut demoted = plan.goals[1].clone();
    demoted.level = GoalLevel::SubGoal;
    demoted.parent = Some(ids.anxiety);
    assert_eq!(
        refused(&plan, Edit::UpdateGoal { goal: demoted }, &jonas()),
        EditError::HasSubGoals { count: 1 }
    );
    let mut own_parent = plan.goals[1].clone();
    own_parent.parent = Some(ids.job);
    assert!(matches!(
        refused(&plan, Edit::UpdateGoal { goal: own_parent }, &jonas()),
        EditError::WrongNesting { .. }
    ));
    assert_eq!(
        refused(
            &plan,
            Edit::UpdateGoal {
                goal: plan.goals[1].clone()
            },
            &jonas()
        ),
        EditError::NoChange
    );
}

#[test]
fn remove_goal_cascades_and_undo_restores_all() {
    let (plan, ids) = mette_plan();
    assert_eq!(
        refused(&plan, Edit::RemoveGoal { id: ids.job }, &jonas()),
        EditError::HasSubGoals { count: 1 }
    );
    let mut plan = plan;
    plan.comments.push(Comment {
        id: CommentId::new(),
        on: Target::Goal(ids.bus),
        author: mette(),
        at: at(4, 9),
        text: "Bussen er svær i myldretiden".into(),
    });
    plan.ratings.insert(
        0,
        Rating {
            id: RatingId::new(),
            goal: ids.bus,
            date: date(2026, 5, 1),
            value: -2,
            perspective: Perspective::Professional,
            rated_by: jonas(),
            comment: String::new(),
        },
    );
    let p = round_trip(&plan, Edit::RemoveGoal { id: ids.bus }, &jonas());
    assert!(p.goal(ids.bus).is_none());
    assert_eq!(p.intervention(ids.mentor).unwrap().goals, vec![ids.job]);
    assert!(p.ratings.iter().all(|r| r.goal != ids.bus));
    assert!(p.comments.iter().all(|c| c.on != Target::Goal(ids.bus)));
    assert_eq!(validate(&p), vec![]);
}

#[test]
fn move_and_status_of_goals() {
    let (plan, ids) = mette_plan();
    let p = round_trip(
        &plan,
        Edit::MoveGoal {
            id: ids.anxiety,
            to: 1,
        },
        &mette(),
    );
    assert_eq!(p.goals[1].id, ids.anxiety);
    assert_eq!(p.goals[2].id, ids.job);
    let p = round_trip(
        &plan,
        Edit::MoveGoal {
            id: ids.overall,
            to: 3,
        },
        &mette(),
    );
    assert_eq!(p.goals[3].id, ids.overall);
    assert_eq!(
        refused(
            &plan,
            Edit::MoveGoal {
                id: ids.overall,
                to: 4
            },
            &mette()
        ),
        EditError::PositionOutOfRange {
            position: 4,
            len: 4
        }
    );
    assert_eq!(
        refused(
            &plan,
            Edit::MoveGoal {
                id: ids.overall,
                to: 0
            },
            &mette()
        ),
        EditError::NoChange
    );
    let p = round_trip(
        &plan,
        Edit::SetGoalStatus {
            id: ids.bus,
            status: GoalStatus::Achieved,
        },
        &mette(),
    );
    let bus = p.goal(ids.bus).unwrap();
    assert_eq!(bus.status, GoalStatus::Achieved);
    assert_eq!(
        (bus.updated_by.clone(), bus.updated_at),
        (mette(), at(10, 9))
    );
}

#[test]
fn ratings_keep_citizen_and_professional_apart() {
    let (plan, ids) = mette_plan();
    let rating = |perspective, value| Rating {
        id: RatingId::new(),
        goal: ids.job,
        date: date(2026, 9, 1),
        value,
        perspective,
        rated_by: Actor::new(Role::Citizen, "someone else"),
        comment: "Praktikken går godt".into(),
    };
    let p = round_trip(
        &plan,
        Edit::AddRating {
            rating: rating(Perspective::Professional, 1),
            position: None,
        },
        &jonas(),
    );
    let added = p.ratings.last().unwrap();
    assert_eq!(
        added.rated_by,
        jonas(),
        "rated_by is stamped with the actor"
    );
    assert_eq!(p.ratings_for(ids.job, Perspective::Citizen).count(), 1);
    assert_eq!(p.ratings_for(ids.job, Perspective::Professional).count(), 1);
    assert_eq!(
        refused(
            &plan,
            Edit::AddRating {
                rating: rating(Perspective::Professional, 0),
                position: None
            },
            &mette()
        ),
        EditError::PerspectiveNotAllowed {
            role: Role::Citizen,
            perspective: Perspective::Professional
        }
    );
    assert_eq!(
        refused(
            &plan,
            Edit::AddRating {
                rating: rating(Perspective::Citizen, 3),
                position: None
            },
            &mette()
        ),
        EditError::RatingOutOfScale { value: 3 }
    );
    let mut ghost = rating(Perspective::Citizen, 0);
    ghost.goal = GoalId::new();
    assert!(matches!(
        refused(
            &plan,
            Edit::AddRating {
                rating: ghost,
                position: None
            },
            &mette()
        ),
        EditError::NotFound {
            kind: ItemKind::Goal,
            ..
        }
    ));
    // Only the one who rated removes a rating.
    let p = round_trip(&plan, Edit::RemoveRating { id: ids.rating }, &mette());
    assert!(p.ratings.is_empty());
    assert_eq!(
        refused(&plan, Edit::RemoveRating { id: ids.rating }, &jonas()),
        EditError::NotAuthor {
            kind: ItemKind::Rating
        }
    );
}

#[test]
fn interventions_add_update_remove_move_status() {
    let (plan, ids) = mette_plan();
    let mut debt = Intervention::new(Sector::Social, "Gældsrådgivning", &jonas(), at(1, 1));
    debt.goals = vec![ids.anxiety];
    debt.depends_on = vec![ids.bostoette];
    debt.responsible_person = Some(ids.caseworker);
    let p = round_trip(
        &plan,
        Edit::AddIntervention {
            intervention: debt.clone(),
            position: Some(1),
        },
        &jonas(),
    );
    assert_eq!(p.interventions[1].id, debt.id);
    assert_eq!(p.interventions[1].created_by, jonas());
    assert_eq!(p.interventions[1].created_at, at(10, 9));

    let mut mentor = plan.intervention(ids.mentor).unwrap().clone();
    mentor.frequency = "3 timer om ugen".into();
    mentor.period.end = Some(date(2026, 12, 31));
    let p = round_trip(
        &plan,
        Edit::UpdateIntervention {
            intervention: mentor,
        },
        &psychiatrist(),
    );
    let m = p.intervention(ids.mentor).unwrap();
    assert_eq!(m.frequency, "3 timer om ugen");
    assert_eq!(
        (m.created_by.clone(), m.updated_by.clone()),
        (jonas(), psychiatrist())
    );

    // The practice depends on the mentor, which has a follow-up result and a comment.
    let p = round_trip(&plan, Edit::RemoveIntervention { id: ids.mentor }, &jonas());
    assert!(p.intervention(ids.mentor).is_none());
    assert!(p.intervention(ids.practice).unwrap().depends_on.is_empty());
    assert!(p.follow_ups[0].results.is_empty());
    assert!(p.comments.is_empty());
    assert_eq!(validate(&p), vec![]);

    let p = round_trip(
        &plan,
        Edit::MoveIntervention {
            id: ids.practice,
            to: 0,
        },
        &jonas(),
    );
    assert_eq!(p.interventions[0].id, ids.practice);
    let p = round_trip(
        &plan,
        Edit::SetInterventionStatus {
            id: ids.bostoette,
            status: InterventionStatus::Active,
        },
        &jonas(),
    );
    assert_eq!(
        p.intervention(ids.bostoette).unwrap().status,
        InterventionStatus::Active
    );

    let mut bad = debt.clone();
    bad.goals = vec![GoalId::new()];
    assert!(matches!(
        refused(
            &plan,
            Edit::AddIntervention {
                intervention: bad,
                position: None
            },
            &jonas()
        ),
        EditError::NotFound {
            kind: ItemKind::Goal,
            ..
        }
    ));
    let mut bad = debt.clone();
    bad.responsible_person = Some(PersonId::new());
    assert!(matches!(
        refused(
            &plan,
            Edit::AddIntervention {
                intervention: bad,
                position: None
            },
            &jonas()
        ),
        EditError::NotFound {
            kind: ItemKind::Person,
            ..
        }
    ));
    let mut bad = debt;
    bad.legal_basis = Some(LegalBasis {
        law: "Serviceloven".into(),
        paragraph: "§".repeat(501),
    });
    assert!(matches!(
        refused(
            &plan,
            Edit::AddIntervention {
                intervention: bad,
                position: None
            },
            &jonas()
        ),
        EditError::TooLong { .. }
    ));
    // A circle through an update: the mentor may not wait for the practice that waits for it.
    let mut circular = plan.intervention(ids.mentor).unwrap().clone();
    circular.depends_on = vec![ids.practice];
    assert!(matches!(
        refused(
            &plan,
            Edit::UpdateIntervention {
                intervention: circular
            },
            &jonas()
        ),
        EditError::DependencyCycle { .. }
    ));
}

#[test]
fn links_and_dependencies() {
    let (plan, ids) = mette_plan();
    let p = round_trip(
        &plan,
        Edit::LinkGoal {
            intervention: ids.bostoette,
            goal: ids.job,
        },
        &jonas(),
    );
    let b = p.intervention(ids.bostoette).unwrap();
    assert_eq!(b.goals, vec![ids.anxiety, ids.job]);
    assert_eq!(b.updated_by, jonas());
    let p = round_trip(
        &plan,
        Edit::UnlinkGoal {
            intervention: ids.mentor,
            goal: ids.bus,
        },
        &jonas(),
    );
    assert_eq!(p.intervention(ids.mentor).unwrap().goals, vec![ids.job]);
    assert_eq!(
        refused(
            &plan,
            Edit::LinkGoal {
                intervention: ids.mentor,
                goal: ids.job
            },
            &jonas()
        ),
        EditError::AlreadyLinked {
            from: ItemKind::Intervention,
            to: ItemKind::Goal
        }
    );
    assert_eq!(
        refused(
            &plan,
            Edit::UnlinkGoal {
                intervention: ids.bostoette,
                goal: ids.job
            },
            &jonas()
        ),
        EditError::NotLinked {
            from: ItemKind::Intervention,
            to: ItemKind::Goal
        }
    );
    let p = round_trip(
        &plan,
        Edit::AddDependency {
            intervention: ids.practice,
            depends_on: ids.bostoette,
        },
        &jonas(),
    );
    assert_eq!(
        p.intervention(ids.practice).unwrap().depends_on,
        vec![ids.mentor, ids.bostoette]
    );
    let p = round_trip(
        &plan,
        Edit::RemoveDependency {
            intervention: ids.practice,
            depends_on: ids.mentor,
        },
        &jonas(),
    );
    assert!(p.intervention(ids.practice).unwrap().depends_on.is_empty());
    let cycle = refused(
        &plan,
        Edit::AddDependency {
            intervention: ids.mentor,
            depends_on: ids.practice,
        },
        &jonas(),
    );
    assert_eq!(
        cycle,
        EditError::DependencyCycle {
            intervention: ids.mentor.0,
            depends_on: ids.practice.0
        }
    );
    assert!(cycle.to_string().contains("circle"));
    assert!(matches!(
        refused(
            &plan,
            Edit::AddDependency {
                intervention: ids.mentor,
                depends_on: ids.mentor
            },
            &jonas()
        ),
        EditError::DependencyCycle { .. }
    ));
}

#[test]
fn consents() {
    let (plan, ids) = mette_plan();
    let doctor = Consent {
        id: ConsentId::new(),
        kind: ConsentKind::ShareInformation,
        parties: vec!["Egen læge".into(), "Jobcenter Aarhus".into()],
        scope: "Lægeattest om angst".into(),
        given: date(2026, 3, 10),
        withdrawn: None,
        uses: vec![],
        categories: vec![],
        given_by: vec![],
        expires: None,
        form: None,
        recorded_by: String::new(),
    };
    let p = round_trip(
        &plan,
        Edit::AddConsent {
            consent: doctor.clone(),
            position: None,
        },
        &jonas(),
    );
    assert_eq!(p.consents.last(), Some(&doctor));
    let p = round_trip(
        &plan,
        Edit::UpdateConsent {
            consent: Consent {
                scope: "Psykiatrisk behandlingsplan og epikriser".into(),
                ..plan.consents[1].clone()
            },
        },
        &jonas(),
    );
    assert_eq!(
        p.consents[1].scope,
        "Psykiatrisk behandlingsplan og epikriser"
    );
    let p = round_trip(
        &plan,
        Edit::WithdrawConsent {
            id: ids.share_consent,
            date: date(2026, 7, 1),
        },
        &mette(),
    );
    assert_eq!(p.consents[1].withdrawn, Some(date(2026, 7, 1)));
    assert!(!p.consents[1].is_active_on(date(2026, 7, 2)));
    assert!(p.consents[1].is_active_on(date(2026, 6, 30)));
    assert_eq!(
        refused(
            &p,
            Edit::WithdrawConsent {
                id: ids.share_consent,
                date: date(2026, 8, 1)
            },
            &mette()
        ),
        EditError::AlreadyWithdrawn {
            id: ids.share_consent.0
        }
    );
    let p = round_trip(
        &plan,
        Edit::RemoveConsent {
            id: ids.plan_consent,
        },
        &jonas(),
    );
    assert_eq!(p.consents.len(), 1);
    let mut many = doctor;
    many.parties = vec!["Jobcenter".into(); 101];
    assert!(matches!(
        refused(
            &plan,
            Edit::AddConsent {
                consent: many,
                position: None
            },
            &jonas()
        ),
        EditError::TooMany { max: 100, .. }
    ));
}

#[test]
fn follow_ups_and_results() {
    let (plan, ids) = mette_plan();
    let september = FollowUp {
        id: FollowUpId::new(),
        date: date(2026, 9, 1),
        participants: vec![
            "Mette Jensen".into(),
            "Jonas Holm".into(),
            "Lise Bak".into(),
        ],
        agreements: "Praktikken starter 1. oktober.".into(),
        results: vec![InterventionResult {
            intervention: ids.bostoette,
            outcome: Outcome::Change,
            note: "Færre timer".into(),
        }],
        next_date: Some(date(2026, 12, 1)),
    };
    let p = round_trip(
        &plan,
        Edit::AddFollowUp {
            follow_up: september.clone(),
            position: None,
        },
        &jonas(),
    );
    assert_eq!(p.follow_ups.len(), 2);
    let p = round_trip(
        &plan,
        Edit::UpdateFollowUp {
            follow_up: FollowUp {
                agreements: "Mentor fortsætter.".into(),
                ..plan.follow_ups[0].clone()
            },
        },
        &jonas(),
    );
    assert_eq!(p.follow_ups[0].agreements, "Mentor fortsætter.");
    let p = round_trip(&plan, Edit::RemoveFollowUp { id: ids.meeting }, &jonas());
    assert!(p.follow_ups.is_empty());
    // Replace one result, add another.
    let end = InterventionResult {
        intervention: ids.mentor,
        outcome: Outcome::End,
        note: String::new(),
    };
    let p = round_trip(
        &plan,
        Edit::SetFollowUpResult {
            follow_up: ids.meeting,
            result: end.clone(),
        },
        &jonas(),
    );
    assert_eq!(p.follow_ups[0].results, vec![end]);
    let reassess = InterventionResult {
        intervention: ids.bostoette,
        outcome: Outcome::Reassess,
        note: String::new(),
    };
    let p = round_trip(
        &plan,
        Edit::SetFollowUpResult {
            follow_up: ids.meeting,
            result: reassess,
        },
        &jonas(),
    );
    assert_eq!(p.follow_ups[0].results.len(), 2);
    let p = round_trip(
        &plan,
        Edit::RemoveFollowUpResult {
            follow_up: ids.meeting,
            intervention: ids.mentor,
        },
        &jonas(),
    );
    assert!(p.follow_ups[0].results.is_empty());
    assert_eq!(
        refused(
            &plan,
            Edit::RemoveFollowUpResult {
                follow_up: ids.meeting,
                intervention: ids.practice
            },
            &jonas()
        ),
        EditError::NotFound {
            kind: ItemKind::FollowUpResult,
            id: ids.practice.0
        }
    );
    let mut twice = september;
    twice.results.push(twice.results[0].clone());
    assert_eq!(
        refused(
            &plan,
            Edit::AddFollowUp {
                follow_up: twice,
                position: None
            },
            &jonas()
        ),
        EditError::DuplicateResult {
            intervention: ids.bostoette.0
        }
    );
}

#[test]
fn comments_belong_to_their_author() {
    let (plan, ids) = mette_plan();
    let comment = Comment {
        id: CommentId::new(),
        on: Target::Goal(ids.job),
        author: mette(), // overwritten by apply
        at: at(1, 1),
        text: "Jeg vil gerne starte i en café.".into(),
    };
    let p = round_trip(
        &plan,
        Edit::AddComment {
            comment: comment.clone(),
            position: None,
        },
        &psychiatrist(),
    );
    let added = p.comments.last().unwrap();
    assert_eq!(
        (added.author.clone(), added.at),
        (psychiatrist(), at(10, 9))
    );
    assert_eq!(
        p.change_log.last().unwrap().item,
        Some(ItemRef::Comment(comment.id))
    );
    let p = round_trip(&plan, Edit::RemoveComment { id: ids.comment }, &mette());
    assert!(p.comments.is_empty());
    assert_eq!(
        refused(&plan, Edit::RemoveComment { id: ids.comment }, &jonas()),
        EditError::NotAuthor {
            kind: ItemKind::Comment
        }
    );
    let blank = Comment {
        text: "   ".into(),
        ..comment.clone()
    };
    assert_eq!(
        refused(
            &plan,
            Edit::AddComment {
                comment: blank,
                position: None
            },
            &mette()
        ),
        EditError::Empty {
            field: "text".into()
        }
    );
    let lost = Comment {
        on: Target::Intervention(InterventionId::new()),
        ..comment
    };
    assert!(matches!(
        refused(
            &plan,
            Edit::AddComment {
                comment: lost,
                position: None
            },
            &mette()
        ),
        EditError::NotFound {
            kind: ItemKind::Intervention,
            ..
        }
    ));
}

#[test]
fn agreement_is_the_citizens() {
    let (plan, ids) = mette_plan();
    let disagree = Agreement {
        status: AgreementStatus::Disagrees,
        comment: "Tre dage er for meget lige nu".into(),
        at: None,
    };
    let p = round_trip(
        &plan,
        Edit::SetAgreement {
            on: Target::Intervention(ids.practice),
            agreement: disagree.clone(),
        },
        &mette(),
    );
    let a = &p.intervention(ids.practice).unwrap().citizen_agreement;
    assert_eq!(
        (a.status, a.at),
        (AgreementStatus::Disagrees, Some(at(10, 9)))
    );
    let p = round_trip(
        &plan,
        Edit::SetAgreement {
            on: Target::Goal(ids.job),
            agreement: Agreement {
                status: AgreementStatus::Agrees,
                ..Default::default()
            },
        },
        &mette(),
    );
    assert_eq!(
        p.goal(ids.job).unwrap().citizen_agreement.status,
        AgreementStatus::Agrees
    );
    assert_eq!(
        refused(
            &plan,
            Edit::SetAgreement {
                on: Target::Goal(ids.job),
                agreement: disagree
            },
            &jonas()
        ),
        EditError::AgreementByCitizenOnly {
            role: Role::Caseworker
        }
    );
}

#[test]
fn batch_is_all_or_nothing() {
    let (plan, ids) = mette_plan();
    let mut goal = Goal::new(
        GoalLevel::Goal,
        "Jeg vil have styr på min økonomi",
        &mette(),
        at(1, 1),
    );
    goal.parent = Some(ids.overall);
    let gid = goal.id;
    let p = round_trip(
        &plan,
        Edit::Batch {
            edits: vec![
                Edit::AddGoal {
                    goal: goal.clone(),
                    position: None,
                },
                Edit::LinkGoal {
                    intervention: ids.bostoette,
                    goal: gid,
                },
            ],
        },
        &mette(),
    );
    assert!(p.intervention(ids.bostoette).unwrap().goals.contains(&gid));
    assert_eq!(p.change_log.last().unwrap().item, Some(ItemRef::Goal(gid)));
    // The second edit fails: the first is rolled back.
    let err = refused(
        &plan,
        Edit::Batch {
            edits: vec![
                Edit::AddGoal {
                    goal,
                    position: None,
                },
                Edit::LinkGoal {
                    intervention: InterventionId::new(),
                    goal: gid,
                },
            ],
        },
        &mette(),
    );
    assert!(matches!(
        err,
        EditError::NotFound {
            kind: ItemKind::Intervention,
            ..
        }
    ));
    assert_eq!(
        refused(&plan, Edit::Batch { edits: vec![] }, &mette()),
        EditError::NoChange
    );
}

#[test]
fn edits_serialize_with_a_kind_tag() {
    let (_, ids) = mette_plan();
    let edit = Edit::LinkGoal {
        intervention: ids.mentor,
        goal: ids.job,
    };
    let json = serde_json::to_value(&edit).unwrap();
    assert_eq!(json["kind"], "link_goal");
    assert_eq!(serde_json::from_value::<Edit>(json).unwrap(), edit);
    let unknown = serde_json::json!({"kind": "set_title", "title": "x", "extra": 1});
    assert!(serde_json::from_value::<Edit>(unknown).is_err());
}

/// The exported change log is read by hosts: its summaries carry the format's codes
/// (`on_hold`, `end`), never Rust's Debug names (`OnHold`, `End`).
#[test]
fn change_log_summaries_use_the_format_s_codes() {
    let (mut plan, ids) = mette_plan();
    apply(
        &mut plan,
        Edit::SetGoalStatus {
            id: ids.job,
            status: GoalStatus::OnHold,
        },
        &jonas(),
        at(10, 9),
    )
    .unwrap();
    apply(
        &mut plan,
        Edit::SetFollowUpResult {
            follow_up: ids.meeting,
            result: InterventionResult {
                intervention: ids.practice,
                outcome: Outcome::End,
                note: String::new(),
            },
        },
        &jonas(),
        at(10, 10),
    )
    .unwrap();
    let summaries: Vec<&str> = plan.change_log.iter().map(|e| e.summary.as_str()).collect();
    let last_two = &summaries[summaries.len() - 2..];
    assert!(last_two[0].ends_with("to on_hold"), "{last_two:?}");
    assert!(last_two[1].contains(": end for "), "{last_two:?}");
    assert!(!last_two
        .iter()
        .any(|s| s.contains("OnHold") || s.contains("End ")));
}

/// An update that changes nothing is no edit: no log entry, no undo step.
#[test]
fn updating_a_person_or_family_member_to_what_they_are_is_no_change() {
    let (plan, ids) = mette_plan();
    let person = plan
        .people
        .iter()
        .find(|p| p.id == ids.sister)
        .unwrap()
        .clone();
    assert_eq!(
        refused(&plan, Edit::UpdatePerson { person }, &jonas()),
        EditError::NoChange
    );
    let member = plan
        .family
        .iter()
        .find(|m| m.id == ids.son)
        .unwrap()
        .clone();
    assert_eq!(
        refused(&plan, Edit::UpdateFamilyMember { member }, &jonas()),
        EditError::NoChange
    );
}
