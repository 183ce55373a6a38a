//! The plan's own fields: its title, the citizen (host id, name, own words) and the
//! target group of the coordinated effort.
//!
//! They are edited through [`Header`], the small part of the plan that holds them, so
//! that field edits on the plan go through the same JSON-path code as those on items
//! without writing out the whole plan on every keystroke.

use serde::{Deserialize, Serialize};

use super::super::assessment::TargetGroup;
use super::super::edit::Edit;
use super::super::error::EditError;
use super::super::limits::{LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX, TITLE_MAX};
use super::super::people::{Citizen, OwnWordsField};
use super::super::plan::Plan;
use super::checks::{check_text, q};
use super::core::done;
use super::{field, Applied, Ctx};

/// The fields of the plan itself that field edits reach.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
struct Header {
    title: String,
    citizen: Citizen,
    #[serde(default, skip_serializing_if = "TargetGroup::is_empty")]
    target_group: TargetGroup,
}

const SETTABLE: &[&str] = &["title", "citizen", "target_group"];

fn header(plan: &Plan) -> Header {
    Header {
        title: plan.title.clone(),
        citizen: plan.citizen.clone(),
        target_group: plan.target_group.clone(),
    }
}

fn check(new: &Header, old: &Header) -> Result<(), EditError> {
    let (c, o) = (&new.citizen, &old.citizen);
    check_text("title", &new.title, Some(&old.title), TITLE_MAX)?;
    check_text("id", &c.id, Some(&o.id), SHORT_TEXT_MAX)?;
    check_text("name", &c.name, Some(&o.name), NAME_MAX)?;
    for field in OwnWordsField::ALL {
        check_text(
            field.key(),
            c.own_words.get(field),
            Some(o.own_words.get(field)),
            LONG_TEXT_MAX,
        )?;
    }
    check_text(
        "reason",
        &new.target_group.reason,
        Some(&old.target_group.reason),
        LONG_TEXT_MAX,
    )
}

/// What the log says about a change to `path`.
fn summary(plan: &Plan, path: &str) -> String {
    match path {
        "title" => format!("changed the plan's title to {}", q(&plan.title)),
        _ if path.starts_with("target_group") => "changed the target group".to_string(),
        _ => match path.strip_prefix("citizen.own_words.") {
            Some(key) => format!("changed the citizen's own words ({key})"),
            None => format!("changed the citizen's details ({})", q(&plan.citizen.name)),
        },
    }
}

/// Writes `new` into the plan; for a user, checks what changed and refuses no change.
fn replace(plan: &mut Plan, new: Header, ctx: &Ctx) -> Result<(), EditError> {
    let old = header(plan);
    if ctx.user() {
        check(&new, &old)?;
    }
    if new == old {
        return Err(EditError::NoChange);
    }
    plan.title = new.title;
    plan.citizen = new.citizen;
    plan.target_group = new.target_group;
    Ok(())
}

/// A field edit on the plan's own fields.
pub(super) fn change_field(
    plan: &mut Plan,
    edit: field::FieldEdit,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    field::check_settable(edit.path(), SETTABLE)?;
    let path = edit.path().to_string();
    let (new, inverse) = edit.apply_to(&header(plan), None)?;
    replace(plan, new, ctx)?;
    Ok(done(inverse, summary(plan, &path), None))
}

pub(super) fn field_text(plan: &Plan, path: &str) -> Result<String, EditError> {
    field::text(&header(plan), path)
}

pub(super) fn field_value(plan: &Plan, path: &str) -> Result<serde_json::Value, EditError> {
    field::get(&header(plan), path)
}

pub(super) fn set_title(plan: &mut Plan, title: String, ctx: &Ctx) -> Result<Applied, EditError> {
    let mut new = header(plan);
    let old = std::mem::replace(&mut new.title, title);
    replace(plan, new, ctx)?;
    Ok(done(
        Edit::SetTitle { title: old },
        summary(plan, "title"),
        None,
    ))
}

pub(super) fn set_own_words(
    plan: &mut Plan,
    field: OwnWordsField,
    text: String,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    let mut new = header(plan);
    let old = std::mem::replace(new.citizen.own_words.get_mut(field), text);
    replace(plan, new, ctx)?;
    let path = format!("citizen.own_words.{}", field.key());
    Ok(done(
        Edit::SetOwnWords { field, text: old },
        summary(plan, &path),
        None,
    ))
}

pub(super) fn set_citizen(
    plan: &mut Plan,
    id: String,
    name: String,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    let mut new = header(plan);
    let old_id = std::mem::replace(&mut new.citizen.id, id);
    let old_name = std::mem::replace(&mut new.citizen.name, name);
    replace(plan, new, ctx)?;
    Ok(done(
        Edit::SetCitizen {
            id: old_id,
            name: old_name,
        },
        summary(plan, "citizen.name"),
        None,
    ))
}

pub(super) fn set_target_group(
    plan: &mut Plan,
    target_group: TargetGroup,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    let mut new = header(plan);
    let old = std::mem::replace(&mut new.target_group, target_group);
    replace(plan, new, ctx)?;
    Ok(done(
        Edit::SetTargetGroup { target_group: old },
        summary(plan, "target_group"),
        None,
    ))
}
