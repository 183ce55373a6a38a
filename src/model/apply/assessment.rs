//! The joint assessment: its entries per life area (two voices), the list of what is
//! already known, the target group (in `plan.rs`, a field of the plan) and the links
//! from goals to the entries they come from.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::super::assessment::{AssessmentEntry, KnownFact};
use super::super::edit::Edit;
use super::super::error::{EditError, ItemKind};
use super::super::goal::{Goal, Perspective};
use super::super::ids::{AssessmentId, GoalId};
use super::super::limits::{LONG_TEXT_MAX, SHORT_TEXT_MAX};
use super::super::people::{Actor, Role};
use super::super::plan::{ItemRef, Plan};
use super::checks::{check_dates, check_opt_text, check_text, q, was};
use super::core::{self, change, done, get, item_in_list, remove, unlink_each, Item};
use super::{Applied, Ctx};

/// The [`Item`] methods of items that record who wrote them and changed them last (and
/// carry no agreement of the citizen's).
macro_rules! stamped_item {
    () => {
        fn stamp(&self) -> Option<(Actor, DateTime<Utc>)> {
            Some((self.updated_by.clone(), self.updated_at))
        }
        fn set_stamp(&mut self, by: &Actor, at: DateTime<Utc>) {
            self.updated_by = by.clone();
            self.updated_at = at;
        }
        fn on_add(&mut self, actor: &Actor, at: DateTime<Utc>) {
            self.created_by = actor.clone();
            self.created_at = at;
            self.set_stamp(actor, at);
        }
        fn keep_managed(&mut self, old: &Self) {
            self.created_by = old.created_by.clone();
            self.created_at = old.created_at;
            self.set_stamp(&old.updated_by, old.updated_at);
        }
    };
}

impl Item for AssessmentEntry {
    item_in_list!(AssessmentEntry, assessment);
    // Not `perspective`: whose voice an entry is stays as it was written (see `check_voice`).
    const SETTABLE: &'static [&'static str] = &["life_area", "text", "source", "date", "health"];
    fn check(_: &Plan, entry: &Self, old: Option<&Self>) -> Result<(), EditError> {
        check_text(
            "life_area",
            &entry.life_area,
            was(old, |e| &e.life_area),
            SHORT_TEXT_MAX,
        )?;
        check_text("text", &entry.text, was(old, |e| &e.text), LONG_TEXT_MAX)?;
        check_text(
            "source",
            &entry.source,
            was(old, |e| &e.source),
            SHORT_TEXT_MAX,
        )?;
        check_dates(entry, old)
    }
    fn describe(&self) -> String {
        let voice = match self.perspective {
            Perspective::Citizen => "the citizen's description",
            Perspective::Professional => "a professional description",
        };
        format!("{voice} of {}", q(&self.life_area))
    }
    fn add_edit(self, position: Option<usize>) -> Edit {
        Edit::AddAssessmentEntry {
            entry: self,
            position,
        }
    }
    fn update_edit(self) -> Edit {
        Edit::UpdateAssessmentEntry { entry: self }
    }
    fn remove_edit(&self) -> Edit {
        Edit::RemoveAssessmentEntry { id: self.id }
    }
    stamped_item!();
}

impl Item for KnownFact {
    item_in_list!(KnownFact, known_facts);
    const SETTABLE: &'static [&'static str] =
        &["what", "held_by", "obtained", "life_area", "health"];
    fn check(_: &Plan, fact: &Self, old: Option<&Self>) -> Result<(), EditError> {
        check_text("what", &fact.what, was(old, |f| &f.what), SHORT_TEXT_MAX)?;
        check_text(
            "held_by",
            &fact.held_by,
            was(old, |f| &f.held_by),
            SHORT_TEXT_MAX,
        )?;
        check_opt_text(
            "life_area",
            fact.life_area.as_deref(),
            old.map(|f| f.life_area.as_deref()),
            SHORT_TEXT_MAX,
        )?;
        check_dates(fact, old)
    }
    fn describe(&self) -> String {
        format!("known fact {}", q(&self.what))
    }
    fn add_edit(self, position: Option<usize>) -> Edit {
        Edit::AddKnownFact {
            fact: self,
            position,
        }
    }
    fn update_edit(self) -> Edit {
        Edit::UpdateKnownFact { fact: self }
    }
    fn remove_edit(&self) -> Edit {
        Edit::RemoveKnownFact { id: self.id }
    }
    stamped_item!();
}

/// The citizen writes only her own description; a professional's entry is theirs. A
/// caseworker or professional may write either voice (the citizen's words are often
/// written down with her at a meeting; the stamp shows who wrote them down).
fn check_voice(perspective: Perspective, ctx: &Ctx) -> Result<(), EditError> {
    if ctx.user() && ctx.actor.role == Role::Citizen && perspective != Perspective::Citizen {
        return Err(EditError::OwnDescriptionOnly);
    }
    Ok(())
}

/// [`check_voice`] for an edit on an existing entry (a field edit, an update, removal).
pub(super) fn check_voice_of(plan: &Plan, id: AssessmentId, ctx: &Ctx) -> Result<(), EditError> {
    check_voice(get::<AssessmentEntry>(plan, id.0)?.perspective, ctx)
}

pub(super) fn add_entry(
    plan: &mut Plan,
    entry: AssessmentEntry,
    position: Option<usize>,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    check_voice(entry.perspective, ctx)?;
    core::add(plan, entry, position, ctx)
}

pub(super) fn update_entry(
    plan: &mut Plan,
    entry: AssessmentEntry,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    check_voice_of(plan, entry.id, ctx)?;
    check_voice(entry.perspective, ctx)?;
    core::update(plan, entry, ctx)
}

/// Removes the entry and unlinks it from the goals that come from it (undo restores both).
pub(super) fn remove_entry(
    plan: &mut Plan,
    id: AssessmentId,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    check_voice_of(plan, id, ctx)?;
    remove::<AssessmentEntry>(plan, id.0, |plan| {
        unlink_each::<Goal>(
            plan,
            |g| g.assessment.contains(&id),
            |g| g.assessment.retain(|e| *e != id),
        )
    })
}

/// Links (or unlinks) a goal to an entry of the assessment it comes from. Unlinking works
/// also when the entry is gone (a link two people's edits left dangling).
pub(super) fn link_assessment(
    plan: &mut Plan,
    goal: GoalId,
    entry: AssessmentId,
    link: bool,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    let linked = get::<Goal>(plan, goal.0)?.assessment.contains(&entry);
    let (from, to) = (ItemKind::Goal, ItemKind::AssessmentEntry);
    match (link, linked) {
        (true, true) => return Err(EditError::AlreadyLinked { from, to }),
        (false, false) => return Err(EditError::NotLinked { from, to }),
        (true, false) => {
            get::<AssessmentEntry>(plan, entry.0)?;
        }
        (false, true) => {}
    }
    let old = change::<Goal>(plan, goal.0, ctx, |g| {
        if link {
            g.assessment.push(entry);
        } else {
            g.assessment.retain(|e| *e != entry);
        }
    })?;
    let verb = if link {
        "now comes from"
    } else {
        "no longer comes from"
    };
    let summary = format!("{} {verb} assessment entry {entry}", q(&old.title));
    Ok(done(old.update_edit(), summary, Some(ItemRef::Goal(goal))))
}
