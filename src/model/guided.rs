//! What guided mode's answers become (issue 14): ordinary edits on the plan, never a
//! separate store. The citizen's goals are goals she expressed herself, each on the life
//! area of the card she picked; how things are today in an area is a face, which becomes
//! her rating (−2..+2, dated today) of each of her goals there, and her words, which become
//! her side of the joint assessment for that area.
//!
//! The own-words answers need no logic here: they are `citizen.own_words.<key>` text edits.

use chrono::{DateTime, NaiveDate, Utc};

use super::assessment::AssessmentEntry;
use super::edit::Edit;
use super::goal::{ExpressedBy, Goal, GoalLevel, GoalStatus, Perspective, Rating};
use super::ids::{GoalId, RatingId};
use super::people::Actor;
use super::plan::{ItemRef, Plan};

/// The five faces of the Today screen, hardest first. Each is shown with its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    VeryHard,
    Hard,
    Mixed,
    Good,
    VeryGood,
}

impl Face {
    pub const ALL: [Face; 5] = [
        Face::VeryHard,
        Face::Hard,
        Face::Mixed,
        Face::Good,
        Face::VeryGood,
    ];

    /// The rating the face stands for, on the goal scale −2..+2.
    pub fn value(self) -> i8 {
        match self {
            Face::VeryHard => -2,
            Face::Hard => -1,
            Face::Mixed => 0,
            Face::Good => 1,
            Face::VeryGood => 2,
        }
    }

    /// The face for a rating; None off the scale.
    pub fn of_value(value: i8) -> Option<Face> {
        Face::ALL.into_iter().find(|f| f.value() == value)
    }

    /// Its place in [`Face::ALL`] (and in the words for the faces).
    pub fn index(self) -> usize {
        match self {
            Face::VeryHard => 0,
            Face::Hard => 1,
            Face::Mixed => 2,
            Face::Good => 3,
            Face::VeryGood => 4,
        }
    }
}

/// The goals the citizen put into words herself (not cancelled), in the plan's order.
pub fn her_goals(plan: &Plan) -> impl Iterator<Item = &Goal> {
    plan.goals
        .iter()
        .filter(|g| g.expressed_by == ExpressedBy::Citizen && g.status != GoalStatus::Cancelled)
}

/// The life areas of her goals, each once, in the order she first chose them.
pub fn chosen_areas(plan: &Plan) -> Vec<String> {
    let mut areas: Vec<String> = Vec::new();
    for area in her_goals(plan).filter_map(|g| g.life_area.as_ref()) {
        if !areas.contains(area) {
            areas.push(area.clone());
        }
    }
    areas
}

fn her_goals_in<'a>(plan: &'a Plan, area: &'a str) -> impl Iterator<Item = &'a Goal> {
    her_goals(plan).filter(move |g| g.life_area.as_deref() == Some(area))
}

/// A new goal in her own words, on the area of the card she picked (if any yet). The id is
/// the caller's: the screen shows the goal's text box before the goal exists, and keeps it.
pub fn new_goal(
    id: GoalId,
    title: &str,
    area: Option<&str>,
    by: &Actor,
    at: DateTime<Utc>,
) -> Edit {
    let mut goal = Goal::new(GoalLevel::Goal, title, by, at);
    goal.id = id;
    goal.expressed_by = ExpressedBy::Citizen;
    goal.life_area = area.map(str::to_string);
    Edit::AddGoal {
        goal,
        position: None,
    }
}

/// Choosing a face for an area: her rating of each of her goals there, dated `today`. A
/// rating she already gave today on one of those goals is replaced, so choosing again
/// changes her answer instead of adding one. One batch: all or nothing, one undo step.
/// None when she has no goal in the area (there is nothing to rate).
pub fn rate_area(
    plan: &Plan,
    area: &str,
    face: Face,
    by: &Actor,
    today: NaiveDate,
) -> Option<Edit> {
    let goals: Vec<_> = her_goals_in(plan, area).map(|g| g.id).collect();
    if goals.is_empty() {
        return None;
    }
    let mut edits: Vec<Edit> = plan
        .ratings
        .iter()
        .filter(|r| {
            goals.contains(&r.goal)
                && r.date == today
                && r.perspective == Perspective::Citizen
                && r.rated_by == *by
        })
        .map(|r| Edit::RemoveRating { id: r.id })
        .collect();
    edits.extend(goals.into_iter().map(|goal| Edit::AddRating {
        rating: Rating {
            id: RatingId::new(),
            goal,
            date: today,
            value: face.value(),
            perspective: Perspective::Citizen,
            rated_by: by.clone(),
            comment: String::new(),
        },
        position: None,
    }));
    Some(Edit::Batch { edits })
}

/// The face of her latest rating of a goal in the area (the newest date; of one day, the
/// one written last), to show which face is chosen.
pub fn face_for_area(plan: &Plan, area: &str) -> Option<Face> {
    let goals: Vec<_> = her_goals_in(plan, area).map(|g| g.id).collect();
    plan.ratings
        .iter()
        .filter(|r| goals.contains(&r.goal) && r.perspective == Perspective::Citizen)
        .fold(None::<&Rating>, |newest, r| match newest {
            Some(n) if n.date > r.date => Some(n),
            _ => Some(r),
        })
        .and_then(|r| Face::of_value(r.value))
}

/// Her own description of the area in the joint assessment (the first, when there are
/// several).
pub fn citizen_entry<'a>(plan: &'a Plan, area: &str) -> Option<&'a AssessmentEntry> {
    plan.assessment
        .iter()
        .find(|e| e.life_area == area && e.perspective == Perspective::Citizen)
}

/// Her words about how things are today in the area: the text of her own description of
/// the area, updated when she has one (never a second), else a new one dated `today`.
pub fn describe_area(
    plan: &Plan,
    area: &str,
    text: &str,
    by: &Actor,
    at: DateTime<Utc>,
    today: NaiveDate,
) -> Edit {
    match citizen_entry(plan, area) {
        Some(entry) => Edit::SetField {
            item: Some(ItemRef::AssessmentEntry(entry.id)),
            field: "text".to_string(),
            value: serde_json::Value::String(text.to_string()),
        },
        None => {
            let mut entry = AssessmentEntry::new(area, Perspective::Citizen, by, at);
            entry.text = text.to_string();
            entry.date = Some(today);
            Edit::AddAssessmentEntry {
                entry,
                position: None,
            }
        }
    }
}
