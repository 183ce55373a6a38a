//! One goal's progress as its card shows it (`model::goal_progress`), on Mette's plan:
//! ratings per perspective, the newest one, the history newest first, the scale's words.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use chrono::NaiveDate;
use helhedsplan::model::goal_progress::*;
use helhedsplan::model::*;
use model_support::fixtures::*;

fn rating(goal: GoalId, on: NaiveDate, value: i8, by: Actor, comment: &str) -> Rating {
    Rating {
        id: RatingId::new(),
        goal,
        date: on,
        value,
        perspective: perspective_of(by.role),
        rated_by: by,
        comment: comment.into(),
    }
}

/// Mette's plan with a season of ratings of her job goal: hers, Jonas's and the
/// psychiatrist's, including two on the same day.
fn rated_plan() -> (Plan, Ids) {
    let (mut plan, ids) = mette_plan();
    // The fixture's own rating: Mette, 1 June 2026, −1 ("Jeg er kommet lidt i gang").
    plan.ratings.extend([
        rating(
            ids.job,
            date(2026, 6, 1),
            -2,
            jonas(),
            "Ikke startet i praktik endnu",
        ),
        rating(
            ids.job,
            date(2026, 9, 1),
            0,
            mette(),
            "Tre dage om ugen i caféen",
        ),
        rating(ids.anxiety, date(2026, 9, 1), 1, mette(), ""),
        rating(
            ids.job,
            date(2026, 9, 1),
            -1,
            psychiatrist(),
            "Angsten fylder stadig om morgenen",
        ),
        // Recorded later the same day: Jonas corrects the professional view.
        rating(
            ids.job,
            date(2026, 9, 1),
            0,
            jonas(),
            "Efter samtale med mentor",
        ),
        // Entered late, for an earlier date.
        rating(
            ids.job,
            date(2026, 7, 15),
            -1,
            jonas(),
            "Mentorforløb i gang",
        ),
    ]);
    (plan, ids)
}

fn comments(ratings: &[Rating]) -> Vec<&str> {
    ratings.iter().map(|r| r.comment.as_str()).collect()
}

#[test]
fn the_citizen_rates_as_citizen_and_every_professional_as_professional() {
    assert_eq!(perspective_of(Role::Citizen), Perspective::Citizen);
    assert_eq!(perspective_of(Role::Caseworker), Perspective::Professional);
    assert_eq!(
        perspective_of(Role::Professional),
        Perspective::Professional
    );
}

#[test]
fn ratings_are_grouped_by_goal_in_recorded_order() {
    let (plan, ids) = rated_plan();
    let by_goal = ratings_by_goal(&plan);
    assert_eq!(by_goal.len(), 2, "only rated goals are listed");
    assert_eq!(by_goal[&ids.job].len(), 6);
    assert_eq!(comments(&by_goal[&ids.anxiety]), [""]);
    assert!(!by_goal.contains_key(&ids.bus));
    assert_eq!(
        comments(&by_goal[&ids.job])[..2],
        ["Jeg er kommet lidt i gang", "Ikke startet i praktik endnu"]
    );
}

#[test]
fn each_perspective_keeps_its_own_ratings() {
    let (plan, ids) = rated_plan();
    let job = &ratings_by_goal(&plan)[&ids.job];
    assert_eq!(
        comments(&ratings_from(job, Perspective::Citizen)),
        ["Jeg er kommet lidt i gang", "Tre dage om ugen i caféen"]
    );
    assert_eq!(
        comments(&ratings_from(job, Perspective::Professional)),
        [
            "Ikke startet i praktik endnu",
            "Angsten fylder stadig om morgenen",
            "Efter samtale med mentor",
            "Mentorforløb i gang",
        ]
    );
}

#[test]
fn the_newest_is_the_latest_date_and_on_one_day_the_last_recorded() {
    let (plan, ids) = rated_plan();
    let job = &ratings_by_goal(&plan)[&ids.job];
    let citizen = latest(job, Perspective::Citizen).unwrap();
    assert_eq!((citizen.date, citizen.value), (date(2026, 9, 1), 0));
    // Two professional ratings on 1 September: Jonas's came after the psychiatrist's.
    // The late entry for July does not count as newest.
    let professional = latest(job, Perspective::Professional).unwrap();
    assert_eq!(professional.comment, "Efter samtale med mentor");
    assert_eq!(professional.rated_by, jonas());
}

#[test]
fn a_perspective_without_ratings_has_no_newest() {
    let (plan, ids) = rated_plan();
    let anxiety = &ratings_by_goal(&plan)[&ids.anxiety];
    assert!(latest(anxiety, Perspective::Professional).is_none());
    assert!(latest(&[], Perspective::Citizen).is_none());
}

#[test]
fn the_history_is_newest_first_and_later_recorded_first_on_one_day() {
    let (plan, ids) = rated_plan();
    let job = &ratings_by_goal(&plan)[&ids.job];
    let professional = ratings_from(job, Perspective::Professional);
    assert_eq!(
        comments(&newest_first(&professional)),
        [
            "Efter samtale med mentor",
            "Angsten fylder stadig om morgenen",
            "Mentorforløb i gang",
            "Ikke startet i praktik endnu",
        ]
    );
    assert!(newest_first(&[]).is_empty());
}

#[test]
fn the_scale_gives_the_goals_own_words_for_a_described_step_only() {
    let (mut plan, ids) = mette_plan();
    let job = plan.goals.iter_mut().find(|g| g.id == ids.job).unwrap();
    assert_eq!(scale_words(job, 0), Some("Praktik tre dage om ugen"));
    assert_eq!(scale_words(job, -2), Some("Jeg er ikke i praktik"));
    assert_eq!(scale_words(job, 2), Some("Job med løntilskud"));
    assert_eq!(scale_words(job, 3), None, "off the scale");
    job.scale.more = "   ".into();
    assert_eq!(scale_words(job, 1), None, "a blank step is not described");
    let bus = plan.goals.iter().find(|g| g.id == ids.bus).unwrap();
    assert_eq!(scale_words(bus, 0), None, "no scale at all");
}
