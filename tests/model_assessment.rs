//! The joint assessment (samlet udredning): entries in two voices per life area, what is
//! already known, the target group, goals linked to the entries they come from, the
//! health flag the share view reads, and the overview task.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use helhedsplan::format;
use helhedsplan::model::progress;
use helhedsplan::model::*;
use model_support::fixtures::*;

fn applied(plan: &mut Plan, edit: Edit, actor: &Actor) -> Edit {
    apply(plan, edit.clone(), actor, at(10, 9)).unwrap_or_else(|e| panic!("{edit:?} refused: {e}"))
}

/// The citizen's own description of her anxiety, written down with her by Jonas.
fn citizen_entry() -> AssessmentEntry {
    let mut entry = AssessmentEntry::new(
        "mentale_funktioner",
        Perspective::Citizen,
        &jonas(),
        at(3, 10),
    );
    entry.text = "Jeg bliver bange, når jeg skal nye steder hen. Det er værst om morgenen.".into();
    entry.source = "Samtale med borgeren".into();
    entry.date = Some(date(2026, 3, 3));
    entry
}

fn epikrise() -> AssessmentEntry {
    let mut entry = AssessmentEntry::new(
        "mentale_funktioner",
        Perspective::Professional,
        &psychiatrist(),
        at(3, 10),
    );
    entry.text = "Moderat angst. Effekt af samtaleterapi; behandlingen fortsætter.".into();
    entry.source = "Epikrise fra Psykiatrisk Center, marts 2026".into();
    entry.date = Some(date(2026, 3, 2));
    entry
}

fn laegeattest() -> KnownFact {
    let mut fact = KnownFact::new("Lægeattest 2025", &jonas(), at(3, 10));
    fact.held_by = "Jobcenter Aarhus".into();
    fact.obtained = Some(date(2025, 11, 14));
    fact.life_area = Some("sundhedsforhold".into());
    fact
}

/// Applies the edit, undoes it (the plan is as before), redoes it (as after).
fn undoes(plan: &Plan, edit: Edit, actor: &Actor) -> Plan {
    let mut work = plan.clone();
    let mut history = History::default();
    history.apply(&mut work, edit, actor, at(10, 9)).unwrap();
    let edited = work.clone();
    assert!(history.undo(&mut work, &jonas(), at(10, 10)).unwrap());
    assert_eq!(work.without_log(), plan.without_log());
    assert!(history.redo(&mut work, &jonas(), at(10, 11)).unwrap());
    assert_eq!(work.without_log(), edited.without_log());
    edited
}

#[test]
fn the_two_voices_are_written_stamped_and_kept_apart() {
    let (mut plan, _) = mette_plan();
    let citizen = citizen_entry();
    applied(
        &mut plan,
        Edit::AddAssessmentEntry {
            entry: citizen.clone(),
            position: None,
        },
        &jonas(),
    );
    applied(
        &mut plan,
        Edit::AddAssessmentEntry {
            entry: epikrise(),
            position: None,
        },
        &psychiatrist(),
    );
    assert_eq!(plan.assessment.len(), 2);
    // Jonas wrote the citizen's words down with her: her voice, his stamp.
    assert_eq!(plan.assessment[0].perspective, Perspective::Citizen);
    assert_eq!(plan.assessment[0].created_by, jonas());
    assert_eq!(plan.assessment[0].created_at, at(10, 9));
    assert_eq!(plan.assessment[1].created_by, psychiatrist());
    let last = plan.change_log.last().unwrap();
    assert_eq!(last.action, EditKind::AddAssessmentEntry);
    assert_eq!(
        last.item,
        Some(ItemRef::AssessmentEntry(plan.assessment[1].id))
    );
}

#[test]
fn the_citizen_writes_only_her_own_description() {
    let (mut plan, _) = mette_plan();
    let before = plan.clone();
    let err = apply(
        &mut plan,
        Edit::AddAssessmentEntry {
            entry: epikrise(),
            position: None,
        },
        &mette(),
        at(10, 9),
    )
    .unwrap_err();
    assert_eq!(err, EditError::OwnDescriptionOnly);
    assert_eq!(plan, before);
    let professional = epikrise();
    applied(
        &mut plan,
        Edit::AddAssessmentEntry {
            entry: professional.clone(),
            position: None,
        },
        &psychiatrist(),
    );
    let of = Some(ItemRef::AssessmentEntry(professional.id));
    for edit in [
        Edit::SetField {
            item: of,
            field: "text".into(),
            value: "Ingen angst".into(),
        },
        Edit::RemoveAssessmentEntry {
            id: professional.id,
        },
    ] {
        let err = apply(&mut plan, edit, &mette(), at(10, 9)).unwrap_err();
        assert_eq!(err, EditError::OwnDescriptionOnly);
    }
    // Whose voice an entry is cannot be changed by a field edit.
    let err = apply(
        &mut plan,
        Edit::SetField {
            item: of,
            field: "perspective".into(),
            value: "citizen".into(),
        },
        &jonas(),
        at(10, 9),
    )
    .unwrap_err();
    assert!(matches!(err, EditError::UnknownField { .. }), "{err:?}");
    // Her own description she may write and change.
    let own = AssessmentEntry::new(
        "mentale_funktioner",
        Perspective::Citizen,
        &mette(),
        at(3, 1),
    );
    applied(
        &mut plan,
        Edit::AddAssessmentEntry {
            entry: own.clone(),
            position: None,
        },
        &mette(),
    );
    applied(
        &mut plan,
        Edit::SpliceText {
            item: Some(ItemRef::AssessmentEntry(own.id)),
            field: "text".into(),
            at: 0,
            delete: 0,
            insert: "Jeg sover dårligt.".into(),
        },
        &mette(),
    );
    assert_eq!(
        plan.assessment_entry(own.id).unwrap().text,
        "Jeg sover dårligt."
    );
}

#[test]
fn every_assessment_edit_undoes_exactly() {
    let (mut plan, ids) = mette_plan();
    let entry = citizen_entry();
    let fact = laegeattest();
    plan = undoes(
        &plan,
        Edit::AddAssessmentEntry {
            entry: entry.clone(),
            position: None,
        },
        &jonas(),
    );
    plan = undoes(
        &plan,
        Edit::AddKnownFact {
            fact: fact.clone(),
            position: None,
        },
        &jonas(),
    );
    plan = undoes(
        &plan,
        Edit::SetField {
            item: Some(ItemRef::AssessmentEntry(entry.id)),
            field: "source".into(),
            value: "Samtale med borgeren og hendes søster".into(),
        },
        &jonas(),
    );
    plan = undoes(
        &plan,
        Edit::SetField {
            item: Some(ItemRef::KnownFact(fact.id)),
            field: "held_by".into(),
            value: "Jobcenter Aarhus, Team Ressource".into(),
        },
        &jonas(),
    );
    plan = undoes(
        &plan,
        Edit::SetTargetGroup {
            target_group: TargetGroup {
                group: Some(TargetGroupKind::ComplexProblems),
                reason: "Mette har en plan i jobcentret og får støtte efter serviceloven; \
                         indsatserne skal hænge sammen."
                    .into(),
            },
        },
        &jonas(),
    );
    plan = undoes(
        &plan,
        Edit::SetField {
            item: None,
            field: "target_group.group".into(),
            value: "whole_family".into(),
        },
        &jonas(),
    );
    assert_eq!(plan.target_group.group, Some(TargetGroupKind::WholeFamily));
    assert_eq!(
        plan.change_log.last().unwrap().action,
        EditKind::SetTargetGroup
    );
    plan = undoes(
        &plan,
        Edit::LinkAssessment {
            goal: ids.anxiety,
            entry: entry.id,
        },
        &jonas(),
    );
    assert_eq!(plan.goal(ids.anxiety).unwrap().assessment, vec![entry.id]);
    // Removing the entry unlinks the goal; undo puts entry and link back.
    let removed = undoes(
        &plan,
        Edit::RemoveAssessmentEntry { id: entry.id },
        &jonas(),
    );
    assert!(removed.assessment.is_empty());
    assert!(removed.goal(ids.anxiety).unwrap().assessment.is_empty());
    undoes(&plan, Edit::RemoveKnownFact { id: fact.id }, &jonas());
    undoes(
        &plan,
        Edit::UnlinkAssessment {
            goal: ids.anxiety,
            entry: entry.id,
        },
        &jonas(),
    );
}

#[test]
fn links_are_refused_to_a_missing_entry_and_twice() {
    let (mut plan, ids) = mette_plan();
    let entry = citizen_entry();
    let link = Edit::LinkAssessment {
        goal: ids.anxiety,
        entry: entry.id,
    };
    assert!(matches!(
        apply(&mut plan, link.clone(), &jonas(), at(10, 9)),
        Err(EditError::NotFound {
            kind: ItemKind::AssessmentEntry,
            ..
        })
    ));
    applied(
        &mut plan,
        Edit::AddAssessmentEntry {
            entry,
            position: None,
        },
        &jonas(),
    );
    applied(&mut plan, link.clone(), &jonas());
    assert!(matches!(
        apply(&mut plan, link, &jonas(), at(10, 9)),
        Err(EditError::AlreadyLinked { .. })
    ));
}

#[test]
fn a_link_to_a_removed_entry_is_a_warning_and_the_plan_still_loads() {
    let (mut plan, ids) = mette_plan();
    let gone = AssessmentId::new();
    plan.goals
        .iter_mut()
        .find(|g| g.id == ids.anxiety)
        .unwrap()
        .assessment
        .push(gone);
    let problems = validate(&plan);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].kind, ProblemKind::Dangling);
    assert_eq!(problems[0].severity(), Severity::Warning);
    assert!(
        problems[0].path.ends_with("/assessment/0"),
        "{}",
        problems[0].path
    );
    let json = format::export_json(&plan);
    let back = format::import_lenient(&json).expect("a dangling link never stops a load");
    assert_eq!(back.plan.goals, plan.goals);
    // The link can still be taken away.
    let mut plan = back.plan;
    applied(
        &mut plan,
        Edit::UnlinkAssessment {
            goal: ids.anxiety,
            entry: gone,
        },
        &jonas(),
    );
    assert!(validate(&plan).is_empty());
}

#[test]
fn health_follows_the_life_area_unless_set() {
    let catalogue = Catalogue::default_adult();
    let mut entry = citizen_entry();
    assert!(entry.is_health(&catalogue), "mental functions are health");
    entry.life_area = "oekonomi_bolig".into();
    assert!(!entry.is_health(&catalogue));
    entry.health = Some(true);
    assert!(entry.is_health(&catalogue), "the flag wins");
    entry.life_area = "sundhedsforhold".into();
    entry.health = Some(false);
    assert!(!entry.is_health(&catalogue));
    let mut fact = laegeattest();
    assert!(fact.is_health(&catalogue));
    fact.life_area = None;
    assert!(!fact.is_health(&catalogue));
    fact.health = Some(true);
    assert!(fact.is_health(&catalogue));
    assert!(Catalogue::children().is_health_area("sundhedsforhold"));
    assert!(!catalogue.is_health_area("arbejde_uddannelse"));
}

#[test]
fn the_assessment_round_trips_and_a_version_3_file_loads_unchanged() {
    let (mut plan, ids) = mette_plan();
    let entry = citizen_entry();
    applied(
        &mut plan,
        Edit::AddAssessmentEntry {
            entry: entry.clone(),
            position: None,
        },
        &jonas(),
    );
    applied(
        &mut plan,
        Edit::AddKnownFact {
            fact: laegeattest(),
            position: None,
        },
        &jonas(),
    );
    applied(
        &mut plan,
        Edit::SetTargetGroup {
            target_group: TargetGroup {
                group: Some(TargetGroupKind::Other),
                reason: "Mette ønsker selv én plan.".into(),
            },
        },
        &jonas(),
    );
    applied(
        &mut plan,
        Edit::LinkAssessment {
            goal: ids.anxiety,
            entry: entry.id,
        },
        &jonas(),
    );
    let json = format::export_json(&plan);
    assert!(json.contains("\"known_facts\""));
    assert!(json.contains("\"target_group\""));
    let back = format::import_json(&json).unwrap();
    assert_eq!(back, plan);

    let v3 = std::fs::read_to_string("tests/corpus/good/minimal-v3.json").unwrap();
    let old = format::import_json(&v3).unwrap();
    assert!(old.assessment.is_empty() && old.known_facts.is_empty());
    assert!(old.target_group.is_empty());
    assert!(!format::export_json(&old).contains("assessment"));
}

fn assessment_state(plan: &Plan) -> (progress::PartState, Option<progress::Hint>) {
    let today = date(2026, 6, 15);
    let all = progress::progress(plan, &[], today);
    let row = all
        .into_iter()
        .find(|p| p.part == progress::Part::Assessment)
        .unwrap();
    (row.state, row.hint)
}

#[test]
fn the_overview_task_follows_the_goals_life_areas_and_the_target_group() {
    use progress::{Hint, PartState};
    let (mut plan, ids) = mette_plan();
    assert_eq!(assessment_state(&plan), (PartState::NotStarted, None));
    applied(
        &mut plan,
        Edit::AddAssessmentEntry {
            entry: citizen_entry(),
            position: None,
        },
        &jonas(),
    );
    // Mette's goals work in three areas (work, mobility, mental functions): two lack one.
    assert_eq!(
        assessment_state(&plan),
        (
            PartState::InProgress,
            Some(Hint::AreasWithoutDescription(2))
        )
    );
    assert_eq!(
        progress::areas_without_description(&plan),
        vec!["arbejde_uddannelse", "mobilitet"]
    );
    for area in ["arbejde_uddannelse", "mobilitet"] {
        let mut entry = AssessmentEntry::new(area, Perspective::Professional, &jonas(), at(3, 1));
        entry.text = "Beskrevet i samtale på jobcentret.".into();
        applied(
            &mut plan,
            Edit::AddAssessmentEntry {
                entry,
                position: None,
            },
            &jonas(),
        );
    }
    assert_eq!(
        assessment_state(&plan),
        (PartState::InProgress, Some(Hint::NoTargetGroup))
    );
    applied(
        &mut plan,
        Edit::SetField {
            item: None,
            field: "target_group.group".into(),
            value: "complex_problems".into(),
        },
        &jonas(),
    );
    assert_eq!(assessment_state(&plan), (PartState::Complete, None));
    // A cancelled goal's area does not count.
    applied(
        &mut plan,
        Edit::SetGoalStatus {
            id: ids.bus,
            status: GoalStatus::Cancelled,
        },
        &jonas(),
    );
    assert_eq!(assessment_state(&plan), (PartState::Complete, None));
}
