//! The life-area chart's data: for each life area the plan's goals use, how the
//! citizen and how the professionals rate progress, now or as of an earlier date.
//!
//! **Two voices, never merged.** Every figure here belongs to one [`Perspective`]. The
//! citizen's ratings only ever meet other citizen ratings, the professionals' only other
//! professional ratings; the chart draws them as two shapes side by side.
//!
//! **One goal, one latest rating.** A goal's value is its latest rating from that voice:
//! the latest date, and on the same date the one recorded last (as the goal cards show
//! it). "As of" a date means the latest rating *on or before* that date, so comparing
//! "as of the first rating date" with "now" shows where the plan started and where it is.
//!
//! **Several goals in one area: the mean of each goal's latest rating.** A radar needs
//! one point per axis and per voice. We take the plain mean of the goals' latest
//! values, because:
//! - it stays on the Goal Attainment Scale (−2..+2, 0 = as expected), so the rings of the
//!   chart keep their meaning;
//! - every goal counts once, however often it was rated, so a goal that is followed
//!   closely does not outweigh a quiet one;
//! - it moves when any one goal moves, which is what a "start vs now" comparison needs.
//!
//! The spread is not lost: [`Voice::values`] keeps each goal's own value and date, the
//! table alternative says how many goals are behind a figure, and the goal cards show
//! every rating. Goal levels are not weighted (a sub-goal counts as much as its goal):
//! people rate the goals that matter to them, and weights would be a judgement the
//! chart should not make silently.
//!
//! **What is counted.** Goals with a life area, except cancelled goals (they are no
//! longer worked on, and an old rating of a dropped goal would colour the area). Goals of
//! family members count in their life area too. An area whose goals have no rating yet
//! is still listed (an axis without points), so the chart shows what has not been rated.
//! Areas come in catalogue order; codes the catalogue does not know follow in the order
//! the plan's goals first use them.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::catalogue::Catalogue;
use super::goal::{GoalStatus, Perspective, Rating};
use super::ids::GoalId;
use super::plan::Plan;

/// One goal's latest value from one voice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoalValue {
    pub goal: GoalId,
    /// −2..=+2.
    pub value: i8,
    /// The date of the rating the value comes from.
    pub date: NaiveDate,
}

/// One voice's view of one life area: the latest value of each rated goal. Never empty.
#[derive(Debug, Clone, PartialEq)]
pub struct Voice {
    /// Per rated goal, in plan order.
    pub values: Vec<GoalValue>,
}

impl Voice {
    /// The mean of the goals' latest values (−2.0..=+2.0).
    pub fn mean(&self) -> f64 {
        let sum: i32 = self.values.iter().map(|v| i32::from(v.value)).sum();
        f64::from(sum) / self.values.len() as f64
    }

    /// How many goals the figure is made of.
    pub fn rated_goals(&self) -> usize {
        self.values.len()
    }

    /// The newest date among the ratings behind the figure.
    pub fn latest_date(&self) -> NaiveDate {
        self.values
            .iter()
            .map(|v| v.date)
            .max()
            .expect("a voice has at least one value")
    }
}

/// One axis of the chart: a life area and both voices' figures.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaRatings {
    /// The life area's code (label it from the catalogue; unknown codes as they are).
    pub code: String,
    /// The goals counted in this area, in plan order (rated or not).
    pub goals: Vec<GoalId>,
    pub citizen: Option<Voice>,
    pub professional: Option<Voice>,
}

impl AreaRatings {
    pub fn voice(&self, perspective: Perspective) -> Option<&Voice> {
        match perspective {
            Perspective::Citizen => self.citizen.as_ref(),
            Perspective::Professional => self.professional.as_ref(),
        }
    }

    /// Whether either voice has rated a goal in this area.
    pub fn is_rated(&self) -> bool {
        self.citizen.is_some() || self.professional.is_some()
    }
}

/// Whether a goal is counted on the chart; its life area if so.
fn counted_area(goal: &super::goal::Goal) -> Option<&str> {
    if goal.status == GoalStatus::Cancelled {
        return None;
    }
    goal.life_area.as_deref().filter(|a| !a.trim().is_empty())
}

/// The latest rating of one goal from one voice, on or before `as_of` when given.
/// On the same date, the one recorded last wins.
pub fn latest_rating(
    plan: &Plan,
    goal: GoalId,
    perspective: Perspective,
    as_of: Option<NaiveDate>,
) -> Option<&Rating> {
    plan.ratings_for(goal, perspective)
        .enumerate()
        .filter(|(_, r)| as_of.is_none_or(|d| r.date <= d))
        .max_by_key(|(i, r)| (r.date, *i))
        .map(|(_, r)| r)
}

/// The chart's axes: one entry per life area the plan's (not cancelled) goals use, in
/// catalogue order, then unknown codes in plan order; each with the latest citizen and
/// professional figures, as of `as_of` when given (`None`: now, every rating).
pub fn life_area_ratings(
    plan: &Plan,
    catalogue: &Catalogue,
    as_of: Option<NaiveDate>,
) -> Vec<AreaRatings> {
    // One pass over the ratings: the latest per (goal, voice), ties to the later recorded.
    let mut latest: HashMap<(GoalId, Perspective), (NaiveDate, usize, i8)> = HashMap::new();
    for (index, r) in plan.ratings.iter().enumerate() {
        if as_of.is_some_and(|d| r.date > d) {
            continue;
        }
        let entry = latest
            .entry((r.goal, r.perspective))
            .or_insert((r.date, index, r.value));
        if (r.date, index) >= (entry.0, entry.1) {
            *entry = (r.date, index, r.value);
        }
    }

    let mut areas: Vec<AreaRatings> = Vec::new();
    let mut position: HashMap<&str, usize> = HashMap::new();
    for goal in &plan.goals {
        let Some(code) = counted_area(goal) else {
            continue;
        };
        let index = *position.entry(code).or_insert_with(|| {
            areas.push(AreaRatings {
                code: code.to_string(),
                goals: Vec::new(),
                citizen: None,
                professional: None,
            });
            areas.len() - 1
        });
        let area = &mut areas[index];
        area.goals.push(goal.id);
        for perspective in [Perspective::Citizen, Perspective::Professional] {
            if let Some(&(date, _, value)) = latest.get(&(goal.id, perspective)) {
                let slot = match perspective {
                    Perspective::Citizen => &mut area.citizen,
                    Perspective::Professional => &mut area.professional,
                };
                slot.get_or_insert_with(|| Voice { values: Vec::new() })
                    .values
                    .push(GoalValue {
                        goal: goal.id,
                        value,
                        date,
                    });
            }
        }
    }

    // Catalogue order first; unknown codes keep their first-use order (stable sort).
    let rank = |code: &str| {
        catalogue
            .life_areas
            .iter()
            .position(|a| a.code == code)
            .unwrap_or(usize::MAX)
    };
    areas.sort_by_key(|a| rank(&a.code));
    areas
}

/// Whether any area on the chart has a rating (else the chart shows its empty state).
pub fn any_rated(areas: &[AreaRatings]) -> bool {
    areas.iter().any(AreaRatings::is_rated)
}

/// Every date a counted goal was rated on (either voice), oldest first, without repeats.
pub fn rating_dates(plan: &Plan) -> Vec<NaiveDate> {
    let counted: HashSet<GoalId> = plan
        .goals
        .iter()
        .filter(|g| counted_area(g).is_some())
        .map(|g| g.id)
        .collect();
    let mut dates: Vec<NaiveDate> = plan
        .ratings
        .iter()
        .filter(|r| counted.contains(&r.goal))
        .map(|r| r.date)
        .collect();
    dates.sort_unstable();
    dates.dedup();
    dates
}

/// The dates "now" can be compared with: every rating date but the newest (as of the
/// newest date the chart is the same as now). The first is the plan's start.
pub fn comparison_dates(plan: &Plan) -> Vec<NaiveDate> {
    let mut dates = rating_dates(plan);
    dates.pop();
    dates
}

/// Rated goals (not cancelled) that have no life area and so are not on the chart; the
/// view says so, so nobody wonders where a rating went.
pub fn rated_goals_off_chart(plan: &Plan) -> usize {
    let rated: HashSet<GoalId> = plan.ratings.iter().map(|r| r.goal).collect();
    plan.goals
        .iter()
        .filter(|g| g.status != GoalStatus::Cancelled && counted_area(g).is_none())
        .filter(|g| rated.contains(&g.id))
        .count()
}
