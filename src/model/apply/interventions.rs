//! Interventions: what each sector does, the goals it serves and what must come first.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::super::agreement::Target;
use super::super::edit::Edit;
use super::super::error::{EditError, ItemKind};
use super::super::follow_up::FollowUp;
use super::super::goal::Goal;
use super::super::ids::{GoalId, InterventionId};
use super::super::intervention::{Intervention, InterventionStatus};
use super::super::limits::{LONG_TEXT_MAX, SHORT_TEXT_MAX, TITLE_MAX};
use super::super::people::{Actor, Person};
use super::super::plan::{ItemRef, Plan};
use super::super::serde_code;
use super::checks::{check_dates, check_opt_text, check_text, q, was};
use super::core::{
    authored_item, change, done, find, get, item_in_list, remove, take_where, unlink_each, Item,
};
use super::{Applied, Ctx};

impl Item for Intervention {
    item_in_list!(Intervention, interventions);
    const SETTABLE: &'static [&'static str] = &[
        "sector",
        "kind",
        "title",
        "description",
        "legal_basis",
        "responsible_authority",
        "responsible_person",
        "provider",
        "period",
        "frequency",
        "status",
        "decision",
    ];
    fn check(plan: &Plan, item: &Self, old: Option<&Self>) -> Result<(), EditError> {
        check_texts(item, old)?;
        check_dates(item, old)?;
        check_links(plan, item, old)
    }
    fn describe(&self) -> String {
        format!("intervention {}", q(&self.title))
    }
    fn add_edit(self, position: Option<usize>) -> Edit {
        Edit::AddIntervention {
            intervention: self,
            position,
        }
    }
    fn update_edit(self) -> Edit {
        Edit::UpdateIntervention { intervention: self }
    }
    fn remove_edit(&self) -> Edit {
        Edit::RemoveIntervention { id: self.id }
    }
    authored_item!();
}

/// Reads one text field of an intervention.
type TextOf = fn(&Intervention) -> &String;

fn check_texts(item: &Intervention, old: Option<&Intervention>) -> Result<(), EditError> {
    check_text("title", &item.title, was(old, |x| &x.title), TITLE_MAX)?;
    check_text(
        "description",
        &item.description,
        was(old, |x| &x.description),
        LONG_TEXT_MAX,
    )?;
    check_text(
        "decision.reasons",
        &item.decision.reasons,
        was(old, |x| &x.decision.reasons),
        LONG_TEXT_MAX,
    )?;
    check_opt_text(
        "kind",
        item.kind.as_deref(),
        old.map(|x| x.kind.as_deref()),
        SHORT_TEXT_MAX,
    )?;
    if let Some(basis) = &item.legal_basis {
        let before = old.map(|x| x.legal_basis.as_ref());
        let law = before.map(|b| b.map(|b| b.law.as_str()));
        check_opt_text("law", Some(&basis.law), law, SHORT_TEXT_MAX)?;
        let paragraph = before.map(|b| b.map(|b| b.paragraph.as_str()));
        check_opt_text(
            "paragraph",
            Some(&basis.paragraph),
            paragraph,
            SHORT_TEXT_MAX,
        )?;
    }
    let short: [(&str, TextOf); 3] = [
        ("responsible_authority", |x| &x.responsible_authority),
        ("provider", |x| &x.provider),
        ("frequency", |x| &x.frequency),
    ];
    for (field, get) in short {
        check_text(
            field,
            get(item),
            old.map(get).map(String::as_str),
            SHORT_TEXT_MAX,
        )?;
    }
    check_text(
        "comment",
        &item.citizen_agreement.comment,
        was(old, |x| &x.citizen_agreement.comment),
        LONG_TEXT_MAX,
    )
}

/// The goals it serves, what must come first and who is responsible must exist; a goal
/// or dependency appears once; the dependencies make no circle.
fn check_links(
    plan: &Plan,
    item: &Intervention,
    old: Option<&Intervention>,
) -> Result<(), EditError> {
    let old_goals: &[GoalId] = old.map(|x| x.goals.as_slice()).unwrap_or_default();
    let mut seen = HashSet::new();
    for goal in &item.goals {
        if !old_goals.contains(goal) {
            find::<Goal>(plan, goal.0)?;
        }
        if !seen.insert(goal.0) {
            return Err(EditError::AlreadyLinked {
                from: ItemKind::Intervention,
                to: ItemKind::Goal,
            });
        }
    }
    let old_deps: &[InterventionId] = old.map(|x| x.depends_on.as_slice()).unwrap_or_default();
    let mut seen = HashSet::new();
    let cycle = |dep: &InterventionId| EditError::DependencyCycle {
        intervention: item.id.0,
        depends_on: dep.0,
    };
    for dep in &item.depends_on {
        if *dep == item.id {
            return Err(cycle(dep));
        }
        if !seen.insert(dep.0) {
            return Err(EditError::AlreadyLinked {
                from: ItemKind::Intervention,
                to: ItemKind::Intervention,
            });
        }
        if old_deps.contains(dep) {
            continue;
        }
        find::<Intervention>(plan, dep.0)?;
        if reaches(plan, *dep, item.id, (item.id, &item.depends_on)) {
            return Err(cycle(dep));
        }
    }
    if let Some(person) = item.responsible_person {
        if old.is_none_or(|x| x.responsible_person != item.responsible_person) {
            find::<Person>(plan, person.0)?;
        }
    }
    Ok(())
}

/// Whether `target` can be reached from `from` by following `depends_on`, with the
/// dependencies of `changed.0` taken as `changed.1`.
fn reaches(
    plan: &Plan,
    from: InterventionId,
    target: InterventionId,
    changed: (InterventionId, &[InterventionId]),
) -> bool {
    let deps: HashMap<InterventionId, &[InterventionId]> = plan
        .interventions
        .iter()
        .map(|i| (i.id, i.depends_on.as_slice()))
        .chain(std::iter::once(changed))
        .collect();
    let mut seen = HashSet::new();
    let mut stack = vec![from];
    while let Some(node) = stack.pop() {
        if node == target {
            return true;
        }
        if seen.insert(node) {
            stack.extend(deps.get(&node).copied().unwrap_or_default());
        }
    }
    false
}

/// Also removes it from other interventions' dependencies, from follow-up results and
/// its comments.
pub(super) fn remove_with_links(plan: &mut Plan, id: InterventionId) -> Result<Applied, EditError> {
    remove::<Intervention>(plan, id.0, |plan| {
        let mut restore = unlink_each::<Intervention>(
            plan,
            |x| x.depends_on.contains(&id),
            |x| x.depends_on.retain(|d| *d != id),
        );
        restore.extend(unlink_each::<FollowUp>(
            plan,
            |f| f.results.iter().any(|r| r.intervention == id),
            |f| f.results.retain(|r| r.intervention != id),
        ));
        for (position, comment) in
            take_where(&mut plan.comments, |c| c.on == Target::Intervention(id))
        {
            restore.push(Edit::AddComment {
                comment,
                position: Some(position),
            });
        }
        restore
    })
}

/// An edit that changes one thing of an intervention; the inverse restores the whole
/// intervention as it was.
fn changed(old: Intervention, summary: String) -> Applied {
    let item = Some(old.item_ref());
    done(old.update_edit(), summary, item)
}

pub(super) fn set_status(
    plan: &mut Plan,
    id: InterventionId,
    status: InterventionStatus,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    let old = change::<Intervention>(plan, id.0, ctx, |x| x.status = status)?;
    let summary = format!(
        "set the status of {} to {}",
        q(&old.title),
        serde_code(&status)
    );
    Ok(changed(old, summary))
}

/// Links (`link`) or unlinks the goal the intervention serves.
pub(super) fn link_goal(
    plan: &mut Plan,
    intervention: InterventionId,
    goal: GoalId,
    link: bool,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    let linked = get::<Intervention>(plan, intervention.0)?
        .goals
        .contains(&goal);
    let goal_title = get::<Goal>(plan, goal.0)?.title.clone();
    let (from, to) = (ItemKind::Intervention, ItemKind::Goal);
    match (link, linked) {
        (true, true) => return Err(EditError::AlreadyLinked { from, to }),
        (false, false) => return Err(EditError::NotLinked { from, to }),
        _ => {}
    }
    let old = change::<Intervention>(plan, intervention.0, ctx, |x| {
        if link {
            x.goals.push(goal);
        } else {
            x.goals.retain(|g| *g != goal);
        }
    })?;
    let verb = if link {
        "now serves"
    } else {
        "no longer serves"
    };
    let summary = format!("{} {verb} {}", q(&old.title), q(&goal_title));
    Ok(changed(old, summary))
}

/// `depends_on` must happen before `intervention`. Refused if it closes a circle.
pub(super) fn add_dependency(
    plan: &mut Plan,
    intervention: InterventionId,
    depends_on: InterventionId,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    let item = get::<Intervention>(plan, intervention.0)?;
    let before = get::<Intervention>(plan, depends_on.0)?.title.clone();
    if item.depends_on.contains(&depends_on) {
        return Err(EditError::AlreadyLinked {
            from: ItemKind::Intervention,
            to: ItemKind::Intervention,
        });
    }
    let mut deps = item.depends_on.clone();
    deps.push(depends_on);
    if ctx.user()
        && (intervention == depends_on
            || reaches(plan, depends_on, intervention, (intervention, &deps)))
    {
        return Err(EditError::DependencyCycle {
            intervention: intervention.0,
            depends_on: depends_on.0,
        });
    }
    let old = change::<Intervention>(plan, intervention.0, ctx, |x| x.depends_on = deps)?;
    let summary = format!("{} now comes after {}", q(&old.title), q(&before));
    Ok(changed(old, summary))
}

pub(super) fn remove_dependency(
    plan: &mut Plan,
    intervention: InterventionId,
    depends_on: InterventionId,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    if !get::<Intervention>(plan, intervention.0)?
        .depends_on
        .contains(&depends_on)
    {
        return Err(EditError::NotLinked {
            from: ItemKind::Intervention,
            to: ItemKind::Intervention,
        });
    }
    let old = change::<Intervention>(plan, intervention.0, ctx, |x| {
        x.depends_on.retain(|d| *d != depends_on)
    })?;
    let summary = format!("{} no longer waits for another intervention", q(&old.title));
    Ok(changed(old, summary))
}
