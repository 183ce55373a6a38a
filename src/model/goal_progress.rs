//! Progress on one goal, as the goal card shows it: the ratings of each perspective, the
//! newest one, the history newest first, and the goal's own words for a scale value.
//!
//! The citizen's and the professional's ratings stay apart (see [`Perspective`]); nothing
//! here merges them into one number. The chart's figures per life area are in
//! [`super::life_areas`], which picks the newest rating by the same rule.

use std::collections::HashMap;

use super::goal::{Goal, Perspective, Rating};
use super::ids::GoalId;
use super::people::Role;
use super::plan::Plan;

/// The perspective a role rates from: the caseworker and other professionals share one.
pub fn perspective_of(role: Role) -> Perspective {
    match role {
        Role::Citizen => Perspective::Citizen,
        Role::Caseworker | Role::Professional => Perspective::Professional,
    }
}

/// Every goal's ratings, in recorded order (goals without ratings are absent).
pub fn ratings_by_goal(plan: &Plan) -> HashMap<GoalId, Vec<Rating>> {
    let mut map: HashMap<GoalId, Vec<Rating>> = HashMap::new();
    for rating in &plan.ratings {
        map.entry(rating.goal).or_default().push(rating.clone());
    }
    map
}

/// The ratings from one perspective, in recorded order.
pub fn ratings_from(ratings: &[Rating], perspective: Perspective) -> Vec<Rating> {
    ratings
        .iter()
        .filter(|r| r.perspective == perspective)
        .cloned()
        .collect()
}

/// Newest rating of one perspective: latest date, and the later recorded on the same date.
pub fn latest(ratings: &[Rating], perspective: Perspective) -> Option<&Rating> {
    ratings
        .iter()
        .enumerate()
        .filter(|(_, r)| r.perspective == perspective)
        .max_by_key(|(i, r)| (r.date, *i))
        .map(|(_, r)| r)
}

/// The ratings newest first: by date, and on the same date the later recorded first.
pub fn newest_first(ratings: &[Rating]) -> Vec<Rating> {
    let mut list: Vec<(usize, Rating)> = ratings.iter().cloned().enumerate().collect();
    list.sort_by(|(i, a), (j, b)| b.date.cmp(&a.date).then(j.cmp(i)));
    list.into_iter().map(|(_, r)| r).collect()
}

/// The goal's own words for a scale value, if that step is described (not blank).
pub fn scale_words(goal: &Goal, value: i8) -> Option<&str> {
    goal.scale.words(value).filter(|w| !w.trim().is_empty())
}
