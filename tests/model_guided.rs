//! Guided mode's answers as ordinary plan data (issue 14): her goals on the areas of the
//! cards she picked, a face as her rating of each of her goals in the area (replaced, not
//! added to, when she chooses again the same day), her words as her own description of
//! the area (updated, never a second one), on Mette's realistic plan.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use helhedsplan::format;
use helhedsplan::model::guided::{self, Face};
use helhedsplan::model::*;
use model_support::fixtures::*;

fn applied(plan: &mut Plan, edit: Edit, actor: &Actor) -> Edit {
    apply(plan, edit.clone(), actor, at(10, 9)).unwrap_or_else(|e| panic!("{edit:?} refused: {e}"))
}

fn today() -> chrono::NaiveDate {
    date(2026, 3, 10)
}

/// A blank plan on which Mette answered the goals screen: two goals at work, one at home.
fn answered() -> Plan {
    let mut plan = Plan::new("");
    for (title, area) in [
        (
            "Jeg vil have et arbejde med mennesker",
            "arbejde_uddannelse",
        ),
        ("Jeg vil kunne betale mine regninger", "oekonomi_bolig"),
        ("Jeg vil i praktik tre dage om ugen", "arbejde_uddannelse"),
    ] {
        let edit = guided::new_goal(GoalId::new(), title, Some(area), &mette(), at(10, 9));
        applied(&mut plan, edit, &mette());
    }
    plan
}

#[test]
fn her_goals_are_hers_and_their_areas_come_in_the_order_she_chose() {
    let plan = answered();
    assert_eq!(plan.goals.len(), 3);
    assert!(plan
        .goals
        .iter()
        .all(|g| g.expressed_by == ExpressedBy::Citizen && g.level == GoalLevel::Goal));
    assert_eq!(
        guided::chosen_areas(&plan),
        vec![
            "arbejde_uddannelse".to_string(),
            "oekonomi_bolig".to_string()
        ]
    );
}

#[test]
fn the_caseworkers_goals_are_not_hers() {
    let (plan, _) = mette_plan();
    // Jonas wrote the bus goal (mobility): it is not among the areas she chose.
    assert_eq!(
        guided::chosen_areas(&plan),
        vec![
            "arbejde_uddannelse".to_string(),
            "mentale_funktioner".to_string()
        ]
    );
}

#[test]
fn a_face_rates_each_of_her_goals_in_the_area_dated_today() {
    let mut plan = answered();
    let edit = guided::rate_area(&plan, "arbejde_uddannelse", Face::Hard, &mette(), today())
        .expect("she has goals at work");
    applied(&mut plan, edit, &mette());
    assert_eq!(plan.ratings.len(), 2);
    for rating in &plan.ratings {
        assert_eq!(rating.value, -1);
        assert_eq!(rating.date, today());
        assert_eq!(rating.perspective, Perspective::Citizen);
        let goal = plan.goal(rating.goal).expect("rated goal exists");
        assert_eq!(goal.life_area.as_deref(), Some("arbejde_uddannelse"));
    }
    assert_eq!(
        guided::face_for_area(&plan, "arbejde_uddannelse"),
        Some(Face::Hard)
    );
    assert_eq!(guided::face_for_area(&plan, "oekonomi_bolig"), None);
}

#[test]
fn choosing_again_the_same_day_replaces_her_answer_in_one_undo_step() {
    let mut plan = answered();
    let first = guided::rate_area(&plan, "arbejde_uddannelse", Face::Hard, &mette(), today())
        .expect("goals");
    applied(&mut plan, first, &mette());
    let before = plan.clone();
    let again = guided::rate_area(&plan, "arbejde_uddannelse", Face::Good, &mette(), today())
        .expect("goals");
    let inverse = applied(&mut plan, again, &mette());
    assert_eq!(plan.ratings.len(), 2, "replaced, not added");
    assert!(plan.ratings.iter().all(|r| r.value == 1));
    assert_eq!(
        guided::face_for_area(&plan, "arbejde_uddannelse"),
        Some(Face::Good)
    );
    applied(&mut plan, inverse, &mette());
    assert_eq!(plan.ratings, before.ratings);
}

#[test]
fn a_rating_from_another_day_stays_as_her_history() {
    let mut plan = answered();
    let old = guided::rate_area(
        &plan,
        "arbejde_uddannelse",
        Face::VeryHard,
        &mette(),
        date(2026, 2, 1),
    )
    .expect("goals");
    applied(&mut plan, old, &mette());
    let now = guided::rate_area(&plan, "arbejde_uddannelse", Face::Mixed, &mette(), today())
        .expect("goals");
    applied(&mut plan, now, &mette());
    assert_eq!(plan.ratings.len(), 4);
    assert_eq!(
        guided::face_for_area(&plan, "arbejde_uddannelse"),
        Some(Face::Mixed),
        "the newest day shows"
    );
}

#[test]
fn no_goal_in_the_area_means_nothing_to_rate() {
    let plan = answered();
    assert!(guided::rate_area(&plan, "mobilitet", Face::Good, &mette(), today()).is_none());
}

#[test]
fn her_words_about_an_area_are_one_description_updated_in_place() {
    let (mut plan, _) = mette_plan();
    // The psychiatrist's description of the area is there first; hers is added beside it.
    let mut epikrise = AssessmentEntry::new(
        "mentale_funktioner",
        Perspective::Professional,
        &psychiatrist(),
        at(3, 10),
    );
    epikrise.text = "Moderat angst.".into();
    applied(
        &mut plan,
        Edit::AddAssessmentEntry {
            entry: epikrise,
            position: None,
        },
        &psychiatrist(),
    );
    let first = guided::describe_area(
        &plan,
        "mentale_funktioner",
        "Jeg er bange om morgenen.",
        &mette(),
        at(10, 9),
        today(),
    );
    applied(&mut plan, first, &mette());
    let second = guided::describe_area(
        &plan,
        "mentale_funktioner",
        "Jeg er bange om morgenen. Det er bedre om aftenen.",
        &mette(),
        at(10, 9),
        today(),
    );
    applied(&mut plan, second, &mette());
    let hers: Vec<_> = plan
        .assessment
        .iter()
        .filter(|e| e.perspective == Perspective::Citizen)
        .collect();
    assert_eq!(hers.len(), 1, "updated, not a second one");
    assert_eq!(
        hers[0].text,
        "Jeg er bange om morgenen. Det er bedre om aftenen."
    );
    assert_eq!(hers[0].date, Some(today()));
    assert_eq!(
        guided::citizen_entry(&plan, "mentale_funktioner").map(|e| e.id),
        Some(hers[0].id)
    );
    let professional = plan
        .assessment
        .iter()
        .find(|e| e.perspective == Perspective::Professional)
        .expect("kept");
    assert_eq!(professional.text, "Moderat angst.");
}

#[test]
fn her_answers_export_and_load_again_without_problems() {
    let mut plan = answered();
    let rate = guided::rate_area(&plan, "oekonomi_bolig", Face::VeryHard, &mette(), today())
        .expect("goals");
    applied(&mut plan, rate, &mette());
    let words = guided::describe_area(
        &plan,
        "oekonomi_bolig",
        "Jeg har gæld og er bange for at åbne posten.",
        &mette(),
        at(10, 9),
        today(),
    );
    applied(&mut plan, words, &mette());
    let json = format::export_json(&plan);
    let back = format::import_json(&json).expect("loads");
    assert_eq!(back, plan);
    assert!(validate(&back)
        .iter()
        .all(|p| p.severity() != Severity::Error));
}

#[test]
fn too_long_an_answer_is_refused_whole() {
    let plan = answered();
    let long = "a".repeat(100_000);
    let mut after = plan.clone();
    let edit = guided::describe_area(&plan, "oekonomi_bolig", &long, &mette(), at(10, 9), today());
    assert!(apply(&mut after, edit, &mette(), at(10, 9)).is_err());
    assert_eq!(after, plan, "nothing half-applied");
    let goal = guided::new_goal(
        GoalId::new(),
        &long,
        Some("oekonomi_bolig"),
        &mette(),
        at(10, 9),
    );
    assert!(apply(&mut after, goal, &mette(), at(10, 9)).is_err());
    assert_eq!(after, plan);
}

#[test]
fn faces_cover_the_scale_in_order() {
    let values: Vec<i8> = Face::ALL.iter().map(|f| f.value()).collect();
    assert_eq!(values, vec![-2, -1, 0, 1, 2]);
    for face in Face::ALL {
        assert_eq!(Face::of_value(face.value()), Some(face));
        assert_eq!(Face::ALL[face.index()], face);
    }
    assert_eq!(Face::of_value(3), None);
}
