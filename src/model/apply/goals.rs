//! Goals (overall goals, goals, sub-goals) and the ratings of progress on them.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::super::agreement::Target;
use super::super::edit::Edit;
use super::super::error::{EditError, ItemKind};
use super::super::goal::{Goal, GoalStatus, Perspective, Rating, GAS_MAX, GAS_MIN};
use super::super::ids::{GoalId, RatingId};
use super::super::intervention::Intervention;
use super::super::limits::{LONG_TEXT_MAX, SHORT_TEXT_MAX, TITLE_MAX};
use super::super::people::{Actor, Role};
use super::super::plan::{ItemRef, Plan};
use super::super::serde_code;
use super::checks::{check_dates, check_len, check_opt_text, check_text, q, was};
use super::core::{
    authored_item, change, done, find, get, item_in_list, remove, take_where, unlink_each, Item,
};
use super::{Applied, Ctx};

impl Item for Goal {
    item_in_list!(Goal, goals);
    const SETTABLE: &'static [&'static str] = &[
        "level",
        "parent",
        "title",
        "description",
        "life_area",
        "member",
        "expressed_by",
        "target_date",
        "status",
        "scale",
    ];
    fn check(plan: &Plan, goal: &Self, old: Option<&Self>) -> Result<(), EditError> {
        check_goal(plan, goal, old)
    }
    fn describe(&self) -> String {
        format!("{} {}", self.level, q(&self.title))
    }
    fn add_edit(self, position: Option<usize>) -> Edit {
        Edit::AddGoal {
            goal: self,
            position,
        }
    }
    fn update_edit(self) -> Edit {
        Edit::UpdateGoal { goal: self }
    }
    fn remove_edit(&self) -> Edit {
        Edit::RemoveGoal { id: self.id }
    }
    authored_item!();
}

fn check_goal(plan: &Plan, goal: &Goal, old: Option<&Goal>) -> Result<(), EditError> {
    check_text("title", &goal.title, was(old, |g| &g.title), TITLE_MAX)?;
    check_text(
        "description",
        &goal.description,
        was(old, |g| &g.description),
        LONG_TEXT_MAX,
    )?;
    check_opt_text(
        "life_area",
        goal.life_area.as_deref(),
        old.map(|g| g.life_area.as_deref()),
        SHORT_TEXT_MAX,
    )?;
    let old_levels = old.map(|g| g.scale.levels());
    for (field, text) in goal.scale.levels() {
        let before = old_levels
            .iter()
            .flatten()
            .find(|(f, _)| *f == field)
            .map(|(_, t)| *t);
        check_text(field, text, before, SHORT_TEXT_MAX)?;
    }
    check_text(
        "comment",
        &goal.citizen_agreement.comment,
        was(old, |g| &g.citizen_agreement.comment),
        LONG_TEXT_MAX,
    )?;
    check_dates(goal, old)?;
    if old.is_none_or(|o| o.parent != goal.parent || o.level != goal.level) {
        check_placement(plan, goal)?;
    }
    if old.is_some_and(|o| o.level != goal.level) {
        let misfits = plan
            .sub_goals(goal.id)
            .filter(|child| child.level.parent_level() != Some(goal.level))
            .count();
        if misfits > 0 {
            return Err(EditError::HasSubGoals { count: misfits });
        }
    }
    if let Some(member) = goal.member {
        if old.is_none_or(|o| o.member != goal.member) {
            find::<super::super::people::FamilyMember>(plan, member.0)?;
        }
    }
    Ok(())
}

/// An overall goal stands alone; a goal sits under an overall goal, a sub-goal under a goal.
fn check_placement(plan: &Plan, goal: &Goal) -> Result<(), EditError> {
    let wrong = |parent_level| EditError::WrongNesting {
        level: goal.level,
        parent_level,
    };
    match goal.parent {
        None if goal.level.needs_parent() => Err(wrong(None)),
        None => Ok(()),
        Some(parent) if parent == goal.id => Err(wrong(Some(goal.level))),
        Some(parent) => {
            let parent = get::<Goal>(plan, parent.0)?;
            if goal.level.parent_level() == Some(parent.level) {
                Ok(())
            } else {
                Err(wrong(Some(parent.level)))
            }
        }
    }
}

/// Refused while the goal has sub-goals. Also removes its ratings and comments and
/// unlinks it from interventions.
pub(super) fn remove_goal(plan: &mut Plan, id: GoalId) -> Result<Applied, EditError> {
    find::<Goal>(plan, id.0)?;
    let count = plan.sub_goals(id).count();
    if count > 0 {
        return Err(EditError::HasSubGoals { count });
    }
    remove::<Goal>(plan, id.0, |plan| {
        let mut restore = unlink_each::<Intervention>(
            plan,
            |x| x.goals.contains(&id),
            |x| x.goals.retain(|g| *g != id),
        );
        for (position, rating) in take_where(&mut plan.ratings, |r| r.goal == id) {
            restore.push(Edit::AddRating {
                rating,
                position: Some(position),
            });
        }
        for (position, comment) in take_where(&mut plan.comments, |c| c.on == Target::Goal(id)) {
            restore.push(Edit::AddComment {
                comment,
                position: Some(position),
            });
        }
        restore
    })
}

pub(super) fn set_status(
    plan: &mut Plan,
    id: GoalId,
    status: GoalStatus,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    let old = change::<Goal>(plan, id.0, ctx, |goal| goal.status = status)?;
    let summary = format!(
        "set the status of {} to {}",
        q(&old.title),
        serde_code(&status)
    );
    Ok(done(old.update_edit(), summary, Some(ItemRef::Goal(id))))
}

fn find_rating(plan: &Plan, id: RatingId) -> Result<usize, EditError> {
    plan.ratings
        .iter()
        .position(|r| r.id == id)
        .ok_or(EditError::NotFound {
            kind: ItemKind::Rating,
            id: id.0,
        })
}

/// Each side rates for itself: the citizen's view and the professional's stay apart.
pub(super) fn add_rating(
    plan: &mut Plan,
    mut rating: Rating,
    position: Option<usize>,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    if find_rating(plan, rating.id).is_ok() {
        return Err(EditError::DuplicateId {
            kind: ItemKind::Rating,
            id: rating.id.0,
        });
    }
    let len = plan.ratings.len();
    if let Some(position) = position.filter(|p| *p > len) {
        return Err(EditError::PositionOutOfRange { position, len });
    }
    let goal = get::<Goal>(plan, rating.goal.0)?;
    if ctx.user() {
        if !(GAS_MIN..=GAS_MAX).contains(&rating.value) {
            return Err(EditError::RatingOutOfScale {
                value: rating.value,
            });
        }
        let own = match ctx.actor.role {
            Role::Citizen => Perspective::Citizen,
            Role::Caseworker | Role::Professional => Perspective::Professional,
        };
        if rating.perspective != own {
            return Err(EditError::PerspectiveNotAllowed {
                role: ctx.actor.role,
                perspective: rating.perspective,
            });
        }
        check_len("comment", &rating.comment, LONG_TEXT_MAX)?;
        check_dates(&rating, None)?;
        rating.rated_by = ctx.actor.clone();
    }
    let summary = format!(
        "rated {} {:+} ({} view, {})",
        q(&goal.title),
        rating.value,
        rating.perspective,
        rating.date
    );
    let id = rating.id;
    match position {
        Some(i) => plan.ratings.insert(i, rating),
        None => plan.ratings.push(rating),
    }
    Ok(done(
        Edit::RemoveRating { id },
        summary,
        Some(ItemRef::Rating(id)),
    ))
}

/// Only the person who rated may remove the rating.
pub(super) fn remove_rating(
    plan: &mut Plan,
    id: RatingId,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    let i = find_rating(plan, id)?;
    if ctx.user() && plan.ratings[i].rated_by != *ctx.actor {
        return Err(EditError::NotAuthor {
            kind: ItemKind::Rating,
        });
    }
    let rating = plan.ratings.remove(i);
    let summary = format!("removed the rating of {}", rating.date);
    Ok(done(
        Edit::AddRating {
            rating,
            position: Some(i),
        },
        summary,
        Some(ItemRef::Rating(id)),
    ))
}
