//! Applying one [`Edit`]: check it, change the plan, stamp authorship, log it and
//! return the inverse edit.
//!
//! Two modes: a *user* edit is checked in full (limits, roles, references) and
//! stamped with the actor; a *restore* edit (undo/redo, produced by `apply`
//! itself) puts back exactly what was there before, stamps included, so that
//! undo gives back the very same plan.
//!
//! What `apply` refuses vs what `validate` reports: `apply` refuses what would
//! break the plan's structure (unknown targets, wrong goal nesting, dependency
//! circles, duplicate ids), over-long text, and what a role may not do. Things a
//! user passes through while typing (an empty title, an end date before the
//! start date) are allowed and reported by `validate`, so editing stays fluid.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::agreement::{ApprovalRole, Comment, Target, VersionRecord};
use super::change_log;
use super::consent::Consent;
use super::dates::{first_new_date_outside, EnteredDates};
use super::edit::{Edit, VersionState};
use super::error::{EditError, ItemKind};
use super::follow_up::FollowUp;
use super::goal::{Goal, Perspective, Rating, GAS_MAX, GAS_MIN};
use super::ids::{GoalId, InterventionId};
use super::intervention::Intervention;
use super::limits::{chars, LIST_MAX, LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX, TITLE_MAX};
use super::people::{Actor, FamilyMember, Person, Role};
use super::plan::{ChangeEntry, ChangeOrigin, ItemRef, Plan};
use super::serde_code;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A fresh edit by a user: full checks, authorship stamped.
    User,
    /// Undo/redo: verbatim, no stamping, no role or limit checks.
    Restore,
    /// Rolling back a failed batch: like `Restore`, and even past a lock the
    /// batch itself set.
    Rollback,
}

/// The outcome of one applied edit.
#[derive(Debug, Clone)]
pub(crate) struct Applied {
    pub inverse: Edit,
    pub summary: String,
    pub item: Option<ItemRef>,
}

/// Applies `edit` to `plan` for `actor` at `at`, appends a change-log entry and
/// returns the inverse edit. On error the plan is left untouched.
pub fn apply(
    plan: &mut Plan,
    edit: Edit,
    actor: &Actor,
    at: DateTime<Utc>,
) -> Result<Edit, EditError> {
    apply_logged(plan, edit, actor, at).map(|(applied, _)| applied.inverse)
}

/// [`apply`] returning everything History needs to describe the step later.
pub(crate) fn apply_logged(
    plan: &mut Plan,
    edit: Edit,
    actor: &Actor,
    at: DateTime<Utc>,
) -> Result<(Applied, &'static str), EditError> {
    let action = edit.action();
    let version = plan.version;
    check_clock(at)?;
    let applied = apply_edit(plan, edit, actor, at, Mode::User)?;
    log(
        plan,
        actor,
        at,
        LogLine {
            summary: applied.summary.clone(),
            action,
            item: applied.item,
            origin: ChangeOrigin::Edit,
        },
        version,
    );
    Ok((applied, action))
}

/// What to write in the change log for an undo or redo.
#[derive(Debug, Clone)]
pub(crate) struct LogLine {
    pub summary: String,
    pub action: &'static str,
    pub item: Option<ItemRef>,
    pub origin: ChangeOrigin,
}

/// Applies a restoring edit (undo/redo) and logs `line`. Returns the inverse.
pub(crate) fn apply_restore(
    plan: &mut Plan,
    edit: Edit,
    actor: &Actor,
    at: DateTime<Utc>,
    line: LogLine,
) -> Result<Edit, EditError> {
    let version = plan.version;
    check_clock(at)?;
    let applied = apply_edit(plan, edit, actor, at, Mode::Restore)?;
    log(plan, actor, at, line, version);
    Ok(applied.inverse)
}

/// Records the edit; a keystroke continuing a typing run replaces the run's entry, and
/// the log is compacted when it grows past its bounds (see [`change_log`]).
/// Every stamp and log entry takes its time from `at`: a clock outside the date window
/// would write dates that no import accepts (undo and redo are logged too).
fn check_clock(at: DateTime<Utc>) -> Result<(), EditError> {
    if super::limits::date_in_window(at.date_naive()) {
        Ok(())
    } else {
        Err(EditError::DateOutOfRange {
            field: "time".into(),
            date: at.date_naive(),
        })
    }
}

fn log(plan: &mut Plan, actor: &Actor, at: DateTime<Utc>, line: LogLine, version: u32) {
    change_log::record(
        &mut plan.change_log,
        ChangeEntry {
            at,
            role: actor.role,
            name: actor.name.clone(),
            summary: line.summary,
            action: line.action.to_string(),
            item: line.item,
            origin: line.origin,
            version,
        },
    );
}

pub(crate) fn version_state(plan: &Plan) -> VersionState {
    VersionState {
        version: plan.version,
        locked: plan.locked,
        locked_at: plan.locked_at,
        approvals: plan.approvals.clone(),
        earlier_versions: plan.earlier_versions.clone(),
    }
}

fn set_version_state(plan: &mut Plan, state: VersionState) {
    plan.version = state.version;
    plan.locked = state.locked;
    plan.locked_at = state.locked_at;
    plan.approvals = state.approvals;
    plan.earlier_versions = state.earlier_versions;
}

pub(crate) fn apply_edit(
    plan: &mut Plan,
    edit: Edit,
    actor: &Actor,
    at: DateTime<Utc>,
    mode: Mode,
) -> Result<Applied, EditError> {
    if plan.locked && mode != Mode::Rollback && !matches!(edit, Edit::StartNewVersion) {
        return Err(EditError::Locked {
            version: plan.version,
        });
    }
    if mode == Mode::User && matches!(edit, Edit::RestoreVersion { .. }) {
        return Err(EditError::NotAUserEdit);
    }
    // An approval covers the plan as it was: a content change withdraws pending
    // approvals of this version (and undo brings them back).
    let withdrawn = (mode == Mode::User && edit.changes_content() && !plan.approvals.is_empty())
        .then(|| version_state(plan));
    let mut applied = dispatch(plan, edit, actor, at, mode)?;
    if let Some(state) = withdrawn {
        plan.approvals.clear();
        applied.inverse = Edit::Batch {
            edits: vec![applied.inverse, Edit::RestoreVersion { state }],
        };
        applied
            .summary
            .push_str(" (the pending approval was withdrawn)");
    }
    Ok(applied)
}

// ---------------------------------------------------------------- helpers

/// Items addressed by id.
trait Item {
    const KIND: ItemKind;
    fn uuid(&self) -> Uuid;
}

macro_rules! item {
    ($ty:ty, $kind:ident) => {
        impl Item for $ty {
            const KIND: ItemKind = ItemKind::$kind;
            fn uuid(&self) -> Uuid {
                self.id.0
            }
        }
    };
}
item!(Goal, Goal);
item!(Intervention, Intervention);
item!(Person, Person);
item!(FamilyMember, FamilyMember);
item!(Consent, Consent);
item!(FollowUp, FollowUp);
item!(Rating, Rating);
item!(Comment, Comment);

fn find<T: Item>(items: &[T], id: Uuid) -> Result<usize, EditError> {
    items
        .iter()
        .position(|item| item.uuid() == id)
        .ok_or(EditError::NotFound { kind: T::KIND, id })
}

fn ensure_new<T: Item>(items: &[T], id: Uuid) -> Result<(), EditError> {
    if items.iter().any(|item| item.uuid() == id) {
        return Err(EditError::DuplicateId { kind: T::KIND, id });
    }
    Ok(())
}

fn check_position(position: Option<usize>, len: usize) -> Result<(), EditError> {
    match position {
        Some(position) if position > len => Err(EditError::PositionOutOfRange { position, len }),
        _ => Ok(()),
    }
}

fn insert<T>(items: &mut Vec<T>, item: T, position: Option<usize>) {
    match position {
        Some(i) => items.insert(i, item),
        None => items.push(item),
    }
}

/// Moves `items[from]` to index `to`; the inverse is moving it back to `from`.
fn move_item<T>(items: &mut Vec<T>, from: usize, to: usize) -> Result<(), EditError> {
    if to >= items.len() {
        return Err(EditError::PositionOutOfRange {
            position: to,
            len: items.len(),
        });
    }
    if from == to {
        return Err(EditError::NoChange);
    }
    let item = items.remove(from);
    items.insert(to, item);
    Ok(())
}

/// Removes the items matching `remove`, returning them with their original
/// indices, lowest first. Re-inserting them in that order restores the list.
fn take_where<T>(items: &mut Vec<T>, remove: impl Fn(&T) -> bool) -> Vec<(usize, T)> {
    let mut taken = Vec::new();
    let mut kept = Vec::with_capacity(items.len());
    for (i, item) in std::mem::take(items).into_iter().enumerate() {
        if remove(&item) {
            taken.push((i, item));
        } else {
            kept.push(item);
        }
    }
    *items = kept;
    taken
}

fn check_len(field: &str, text: &str, max: usize) -> Result<(), EditError> {
    check_text(field, text, None, max)
}

/// Refuses a control character or over-long text, unless the text is the same as it was
/// (`old`): a plan read leniently, or merged from two people, may hold a text over its
/// limit, and editing another field of the item must still work.
fn check_text(field: &str, text: &str, old: Option<&str>, max: usize) -> Result<(), EditError> {
    if old == Some(text) {
        return Ok(());
    }
    if text.chars().any(super::limits::is_forbidden_control) {
        return Err(EditError::ControlCharacter {
            field: field.to_string(),
        });
    }
    let actual = chars(text);
    if actual > max {
        return Err(EditError::TooLong {
            field: field.to_string(),
            max,
            actual,
        });
    }
    Ok(())
}

fn check_list(
    field: &str,
    items: &[String],
    old: Option<&[String]>,
    max_each: usize,
) -> Result<(), EditError> {
    if old == Some(items) {
        return Ok(());
    }
    if items.len() > LIST_MAX {
        return Err(EditError::TooMany {
            field: field.to_string(),
            max: LIST_MAX,
            actual: items.len(),
        });
    }
    items
        .iter()
        .try_for_each(|item| check_len(field, item, max_each))
}

/// Refuses an entered date outside the window that this edit sets (see [`super::dates`]).
fn check_dates<T: EnteredDates>(new: &T, old: Option<&T>) -> Result<(), EditError> {
    match first_new_date_outside(new, old) {
        Some((field, date)) => Err(EditError::DateOutOfRange {
            field: field.to_string(),
            date,
        }),
        None => Ok(()),
    }
}

/// A short quoted title for log summaries.
fn q(text: &str) -> String {
    const MAX: usize = 60;
    if chars(text) > MAX {
        let cut: String = text.chars().take(MAX).collect();
        format!("“{cut}…”")
    } else {
        format!("“{text}”")
    }
}

fn batch(mut edits: Vec<Edit>) -> Edit {
    if edits.len() == 1 {
        edits.pop().expect("one edit")
    } else {
        Edit::Batch { edits }
    }
}

fn done(inverse: Edit, summary: String, item: Option<ItemRef>) -> Applied {
    Applied {
        inverse,
        summary,
        item,
    }
}

fn stamp_created(
    created_by: &mut Actor,
    created_at: &mut DateTime<Utc>,
    actor: &Actor,
    at: DateTime<Utc>,
) {
    *created_by = actor.clone();
    *created_at = at;
}

// ---------------------------------------------------------------- item checks
//
// Each check gets the item as it was (`old`, None for a new item) and looks only at what
// the edit changes: a plan read leniently or merged from two people may already hold a
// problem (a text over its limit, a reference to a removed goal), and that must not stop
// anyone from editing another field of the same item.

/// The same field of the old item, for [`check_text`].
fn was<'a, T>(old: Option<&'a T>, field: impl Fn(&'a T) -> &'a str) -> Option<&'a str> {
    old.map(field)
}

fn check_member(member: &FamilyMember, old: Option<&FamilyMember>) -> Result<(), EditError> {
    check_text("name", &member.name, was(old, |m| &m.name), NAME_MAX)?;
    check_text(
        "host_id",
        &member.host_id,
        was(old, |m| &m.host_id),
        SHORT_TEXT_MAX,
    )?;
    check_text(
        "relation",
        &member.relation,
        was(old, |m| &m.relation),
        SHORT_TEXT_MAX,
    )
}

fn check_person(person: &Person, old: Option<&Person>) -> Result<(), EditError> {
    check_text("name", &person.name, was(old, |p| &p.name), NAME_MAX)?;
    check_text("unit", &person.unit, was(old, |p| &p.unit), SHORT_TEXT_MAX)?;
    check_text(
        "contact",
        &person.contact,
        was(old, |p| &p.contact),
        SHORT_TEXT_MAX,
    )?;
    check_text(
        "contribution",
        &person.contribution,
        was(old, |p| &p.contribution),
        LONG_TEXT_MAX,
    )
}

fn check_goal(plan: &Plan, goal: &Goal, old: Option<&Goal>) -> Result<(), EditError> {
    check_text("title", &goal.title, was(old, |g| &g.title), TITLE_MAX)?;
    check_text(
        "description",
        &goal.description,
        was(old, |g| &g.description),
        LONG_TEXT_MAX,
    )?;
    if let Some(code) = &goal.life_area {
        let before = old.and_then(|g| g.life_area.as_deref());
        check_text("life_area", code, before, SHORT_TEXT_MAX)?;
    }
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
    let placement_changed = old.is_none_or(|o| o.parent != goal.parent || o.level != goal.level);
    if placement_changed {
        match goal.parent {
            None if goal.level.needs_parent() => {
                return Err(EditError::WrongNesting {
                    level: goal.level,
                    parent_level: None,
                })
            }
            None => {}
            Some(parent) if parent == goal.id => {
                return Err(EditError::WrongNesting {
                    level: goal.level,
                    parent_level: Some(goal.level),
                })
            }
            Some(parent) => {
                let parent = plan.goal(parent).ok_or(EditError::NotFound {
                    kind: ItemKind::Goal,
                    id: parent.0,
                })?;
                if goal.level.parent_level() != Some(parent.level) {
                    return Err(EditError::WrongNesting {
                        level: goal.level,
                        parent_level: Some(parent.level),
                    });
                }
            }
        }
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
            find(&plan.family, member.0)?;
        }
    }
    Ok(())
}

fn check_intervention(
    plan: &Plan,
    item: &Intervention,
    old: Option<&Intervention>,
) -> Result<(), EditError> {
    check_text("title", &item.title, was(old, |x| &x.title), TITLE_MAX)?;
    check_text(
        "description",
        &item.description,
        was(old, |x| &x.description),
        LONG_TEXT_MAX,
    )?;
    if let Some(kind) = &item.kind {
        check_text(
            "kind",
            kind,
            old.and_then(|x| x.kind.as_deref()),
            SHORT_TEXT_MAX,
        )?;
    }
    if let Some(basis) = &item.legal_basis {
        let before = old.and_then(|x| x.legal_basis.as_ref());
        check_text(
            "law",
            &basis.law,
            before.map(|b| b.law.as_str()),
            SHORT_TEXT_MAX,
        )?;
        check_text(
            "paragraph",
            &basis.paragraph,
            before.map(|b| b.paragraph.as_str()),
            SHORT_TEXT_MAX,
        )?;
    }
    check_text(
        "responsible_authority",
        &item.responsible_authority,
        was(old, |x| &x.responsible_authority),
        SHORT_TEXT_MAX,
    )?;
    check_text(
        "provider",
        &item.provider,
        was(old, |x| &x.provider),
        SHORT_TEXT_MAX,
    )?;
    check_text(
        "frequency",
        &item.frequency,
        was(old, |x| &x.frequency),
        SHORT_TEXT_MAX,
    )?;
    check_text(
        "comment",
        &item.citizen_agreement.comment,
        was(old, |x| &x.citizen_agreement.comment),
        LONG_TEXT_MAX,
    )?;
    check_dates(item, old)?;
    let old_goals: &[GoalId] = old.map(|x| x.goals.as_slice()).unwrap_or_default();
    let mut seen = HashSet::new();
    for goal in &item.goals {
        if !old_goals.contains(goal) {
            find(&plan.goals, goal.0)?;
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
    for dep in &item.depends_on {
        if *dep == item.id {
            return Err(EditError::DependencyCycle {
                intervention: item.id.0,
                depends_on: dep.0,
            });
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
        find(&plan.interventions, dep.0)?;
        if reaches(plan, *dep, item.id, (item.id, &item.depends_on)) {
            return Err(EditError::DependencyCycle {
                intervention: item.id.0,
                depends_on: dep.0,
            });
        }
    }
    if let Some(person) = item.responsible_person {
        if old.is_none_or(|x| x.responsible_person != item.responsible_person) {
            find(&plan.people, person.0)?;
        }
    }
    Ok(())
}

/// Whether `target` can be reached from `from` by following `depends_on`, with
/// the dependencies of `changed.0` taken as `changed.1`.
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

fn check_consent(consent: &Consent, old: Option<&Consent>) -> Result<(), EditError> {
    check_list(
        "parties",
        &consent.parties,
        old.map(|c| c.parties.as_slice()),
        SHORT_TEXT_MAX,
    )?;
    check_text(
        "scope",
        &consent.scope,
        was(old, |c| &c.scope),
        LONG_TEXT_MAX,
    )?;
    check_dates(consent, old)
}

fn check_follow_up(
    plan: &Plan,
    follow_up: &FollowUp,
    old: Option<&FollowUp>,
) -> Result<(), EditError> {
    check_list(
        "participants",
        &follow_up.participants,
        old.map(|f| f.participants.as_slice()),
        SHORT_TEXT_MAX,
    )?;
    check_text(
        "agreements",
        &follow_up.agreements,
        was(old, |f| &f.agreements),
        LONG_TEXT_MAX,
    )?;
    check_dates(follow_up, old)?;
    let old_results = old.map(|f| f.results.as_slice()).unwrap_or_default();
    let mut seen = HashSet::new();
    for result in &follow_up.results {
        if !old_results.contains(result) {
            find(&plan.interventions, result.intervention.0)?;
            check_len("note", &result.note, LONG_TEXT_MAX)?;
        }
        if !seen.insert(result.intervention) {
            return Err(EditError::DuplicateResult {
                intervention: result.intervention.0,
            });
        }
    }
    Ok(())
}

fn check_target(plan: &Plan, target: Target) -> Result<(), EditError> {
    match target {
        Target::Goal(id) => find(&plan.goals, id.0).map(drop),
        Target::Intervention(id) => find(&plan.interventions, id.0).map(drop),
    }
}

fn approval_allowed(role: Role, as_role: ApprovalRole) -> bool {
    matches!(
        (role, as_role),
        (Role::Citizen, ApprovalRole::Citizen) | (Role::Caseworker, ApprovalRole::Caseworker)
    )
}

// ---------------------------------------------------------------- the edits

fn dispatch(
    plan: &mut Plan,
    edit: Edit,
    actor: &Actor,
    at: DateTime<Utc>,
    mode: Mode,
) -> Result<Applied, EditError> {
    let user = mode == Mode::User;
    let applied = match edit {
        Edit::SetTitle { title } => {
            if user {
                check_len("title", &title, TITLE_MAX)?;
            }
            if title == plan.title {
                return Err(EditError::NoChange);
            }
            let old = std::mem::replace(&mut plan.title, title);
            let summary = format!("changed the plan's title to {}", q(&plan.title));
            done(Edit::SetTitle { title: old }, summary, None)
        }
        Edit::SetOwnWords { field, text } => {
            if user {
                check_len(field.key(), &text, LONG_TEXT_MAX)?;
            }
            if text == plan.own_words(field) {
                return Err(EditError::NoChange);
            }
            let old = std::mem::replace(plan.own_words_mut(field), text);
            done(
                Edit::SetOwnWords { field, text: old },
                format!("changed the citizen's own words ({})", field.key()),
                None,
            )
        }
        Edit::SetCitizen { id, name } => {
            if user {
                check_len("id", &id, SHORT_TEXT_MAX)?;
                check_len("name", &name, NAME_MAX)?;
            }
            if id == plan.citizen.id && name == plan.citizen.name {
                return Err(EditError::NoChange);
            }
            let old_id = std::mem::replace(&mut plan.citizen.id, id);
            let old_name = std::mem::replace(&mut plan.citizen.name, name);
            done(
                Edit::SetCitizen {
                    id: old_id,
                    name: old_name,
                },
                format!("changed the citizen's details ({})", q(&plan.citizen.name)),
                None,
            )
        }

        // --- family
        Edit::AddFamilyMember { member, position } => {
            ensure_new(&plan.family, member.id.0)?;
            check_position(position, plan.family.len())?;
            if user {
                check_member(&member, None)?;
            }
            let id = member.id;
            let summary = format!("added family member {}", q(&member.name));
            insert(&mut plan.family, member, position);
            done(
                Edit::RemoveFamilyMember { id },
                summary,
                Some(ItemRef::FamilyMember(id)),
            )
        }
        Edit::UpdateFamilyMember { member } => {
            let i = find(&plan.family, member.id.0)?;
            if user {
                check_member(&member, Some(&plan.family[i]))?;
                if member == plan.family[i] {
                    return Err(EditError::NoChange);
                }
            }
            let id = member.id;
            let summary = format!("changed family member {}", q(&member.name));
            let old = std::mem::replace(&mut plan.family[i], member);
            done(
                Edit::UpdateFamilyMember { member: old },
                summary,
                Some(ItemRef::FamilyMember(id)),
            )
        }
        Edit::RemoveFamilyMember { id } => {
            let i = find(&plan.family, id.0)?;
            let member = plan.family.remove(i);
            let summary = format!("removed family member {}", q(&member.name));
            let mut restore = vec![Edit::AddFamilyMember {
                member,
                position: Some(i),
            }];
            for goal in plan.goals.iter_mut().filter(|g| g.member == Some(id)) {
                restore.push(Edit::UpdateGoal { goal: goal.clone() });
                goal.member = None;
            }
            done(batch(restore), summary, Some(ItemRef::FamilyMember(id)))
        }

        // --- people
        Edit::AddPerson { person, position } => {
            ensure_new(&plan.people, person.id.0)?;
            check_position(position, plan.people.len())?;
            if user {
                check_person(&person, None)?;
            }
            let id = person.id;
            let summary = format!("added {}", q(&person.name));
            insert(&mut plan.people, person, position);
            done(
                Edit::RemovePerson { id },
                summary,
                Some(ItemRef::Person(id)),
            )
        }
        Edit::UpdatePerson { person } => {
            let i = find(&plan.people, person.id.0)?;
            if user {
                check_person(&person, Some(&plan.people[i]))?;
                if person == plan.people[i] {
                    return Err(EditError::NoChange);
                }
            }
            let id = person.id;
            let summary = format!("changed {}", q(&person.name));
            let old = std::mem::replace(&mut plan.people[i], person);
            done(
                Edit::UpdatePerson { person: old },
                summary,
                Some(ItemRef::Person(id)),
            )
        }
        Edit::RemovePerson { id } => {
            let i = find(&plan.people, id.0)?;
            let person = plan.people.remove(i);
            let summary = format!("removed {}", q(&person.name));
            let mut restore = vec![Edit::AddPerson {
                person,
                position: Some(i),
            }];
            for item in plan
                .interventions
                .iter_mut()
                .filter(|x| x.responsible_person == Some(id))
            {
                restore.push(Edit::UpdateIntervention {
                    intervention: item.clone(),
                });
                item.responsible_person = None;
            }
            done(batch(restore), summary, Some(ItemRef::Person(id)))
        }

        // --- goals
        Edit::AddGoal { mut goal, position } => {
            ensure_new(&plan.goals, goal.id.0)?;
            check_position(position, plan.goals.len())?;
            if user {
                check_goal(plan, &goal, None)?;
                stamp_created(&mut goal.created_by, &mut goal.created_at, actor, at);
                goal.updated_by = actor.clone();
                goal.updated_at = at;
                if actor.role == Role::Citizen {
                    goal.citizen_agreement.at = Some(at);
                } else {
                    goal.citizen_agreement = Default::default();
                }
            }
            let id = goal.id;
            let summary = format!("added {} {}", goal.level, q(&goal.title));
            insert(&mut plan.goals, goal, position);
            done(Edit::RemoveGoal { id }, summary, Some(ItemRef::Goal(id)))
        }
        Edit::UpdateGoal { mut goal } => {
            let i = find(&plan.goals, goal.id.0)?;
            if user {
                check_goal(plan, &goal, Some(&plan.goals[i]))?;
                let old = &plan.goals[i];
                goal.created_by = old.created_by.clone();
                goal.created_at = old.created_at;
                goal.citizen_agreement = old.citizen_agreement.clone();
                goal.updated_by = old.updated_by.clone();
                goal.updated_at = old.updated_at;
                if goal == *old {
                    return Err(EditError::NoChange);
                }
                goal.updated_by = actor.clone();
                goal.updated_at = at;
            }
            let id = goal.id;
            let summary = format!("changed {} {}", goal.level, q(&goal.title));
            let old = std::mem::replace(&mut plan.goals[i], goal);
            done(
                Edit::UpdateGoal { goal: old },
                summary,
                Some(ItemRef::Goal(id)),
            )
        }
        Edit::RemoveGoal { id } => {
            let i = find(&plan.goals, id.0)?;
            let count = plan.sub_goals(id).count();
            if count > 0 {
                return Err(EditError::HasSubGoals { count });
            }
            let goal = plan.goals.remove(i);
            let summary = format!("removed {} {}", goal.level, q(&goal.title));
            let mut restore = vec![Edit::AddGoal {
                goal,
                position: Some(i),
            }];
            for item in plan
                .interventions
                .iter_mut()
                .filter(|x| x.goals.contains(&id))
            {
                restore.push(Edit::UpdateIntervention {
                    intervention: item.clone(),
                });
                item.goals.retain(|g| *g != id);
            }
            for (position, rating) in take_where(&mut plan.ratings, |r| r.goal == id) {
                restore.push(Edit::AddRating {
                    rating,
                    position: Some(position),
                });
            }
            for (position, comment) in take_where(&mut plan.comments, |c| c.on == Target::Goal(id))
            {
                restore.push(Edit::AddComment {
                    comment,
                    position: Some(position),
                });
            }
            done(batch(restore), summary, Some(ItemRef::Goal(id)))
        }
        Edit::MoveGoal { id, to } => {
            let from = find(&plan.goals, id.0)?;
            move_item(&mut plan.goals, from, to)?;
            let summary = format!(
                "moved goal {} to place {}",
                q(&plan.goals[to].title),
                to + 1
            );
            done(
                Edit::MoveGoal { id, to: from },
                summary,
                Some(ItemRef::Goal(id)),
            )
        }
        Edit::SetGoalStatus { id, status } => {
            let i = find(&plan.goals, id.0)?;
            let goal = &mut plan.goals[i];
            if goal.status == status {
                return Err(EditError::NoChange);
            }
            let old = goal.clone();
            goal.status = status;
            if user {
                goal.updated_by = actor.clone();
                goal.updated_at = at;
            }
            let summary = format!(
                "set the status of {} to {}",
                q(&goal.title),
                serde_code(&status)
            );
            done(
                Edit::UpdateGoal { goal: old },
                summary,
                Some(ItemRef::Goal(id)),
            )
        }
        Edit::AddRating {
            mut rating,
            position,
        } => {
            ensure_new(&plan.ratings, rating.id.0)?;
            check_position(position, plan.ratings.len())?;
            let goal = &plan.goals[find(&plan.goals, rating.goal.0)?];
            if user {
                if !(GAS_MIN..=GAS_MAX).contains(&rating.value) {
                    return Err(EditError::RatingOutOfScale {
                        value: rating.value,
                    });
                }
                let own = match actor.role {
                    Role::Citizen => Perspective::Citizen,
                    Role::Caseworker | Role::Professional => Perspective::Professional,
                };
                if rating.perspective != own {
                    return Err(EditError::PerspectiveNotAllowed {
                        role: actor.role,
                        perspective: rating.perspective,
                    });
                }
                check_len("comment", &rating.comment, LONG_TEXT_MAX)?;
                check_dates(&rating, None)?;
                rating.rated_by = actor.clone();
            }
            let summary = format!(
                "rated {} {:+} ({} view, {})",
                q(&goal.title),
                rating.value,
                match rating.perspective {
                    Perspective::Citizen => "citizen's",
                    Perspective::Professional => "professional's",
                },
                rating.date
            );
            let id = rating.id;
            insert(&mut plan.ratings, rating, position);
            done(
                Edit::RemoveRating { id },
                summary,
                Some(ItemRef::Rating(id)),
            )
        }
        Edit::RemoveRating { id } => {
            let i = find(&plan.ratings, id.0)?;
            if user && plan.ratings[i].rated_by != *actor {
                return Err(EditError::NotAuthor {
                    kind: ItemKind::Rating,
                });
            }
            let rating = plan.ratings.remove(i);
            let summary = format!("removed the rating of {}", rating.date);
            done(
                Edit::AddRating {
                    rating,
                    position: Some(i),
                },
                summary,
                Some(ItemRef::Rating(id)),
            )
        }

        // --- interventions
        Edit::AddIntervention {
            mut intervention,
            position,
        } => {
            ensure_new(&plan.interventions, intervention.id.0)?;
            check_position(position, plan.interventions.len())?;
            if user {
                check_intervention(plan, &intervention, None)?;
                let item = &mut intervention;
                stamp_created(&mut item.created_by, &mut item.created_at, actor, at);
                item.updated_by = actor.clone();
                item.updated_at = at;
                if actor.role == Role::Citizen {
                    item.citizen_agreement.at = Some(at);
                } else {
                    item.citizen_agreement = Default::default();
                }
            }
            let id = intervention.id;
            let summary = format!("added intervention {}", q(&intervention.title));
            insert(&mut plan.interventions, intervention, position);
            done(
                Edit::RemoveIntervention { id },
                summary,
                Some(ItemRef::Intervention(id)),
            )
        }
        Edit::UpdateIntervention { mut intervention } => {
            let i = find(&plan.interventions, intervention.id.0)?;
            if user {
                check_intervention(plan, &intervention, Some(&plan.interventions[i]))?;
                let old = &plan.interventions[i];
                intervention.created_by = old.created_by.clone();
                intervention.created_at = old.created_at;
                intervention.citizen_agreement = old.citizen_agreement.clone();
                intervention.updated_by = old.updated_by.clone();
                intervention.updated_at = old.updated_at;
                if intervention == *old {
                    return Err(EditError::NoChange);
                }
                intervention.updated_by = actor.clone();
                intervention.updated_at = at;
            }
            let id = intervention.id;
            let summary = format!("changed intervention {}", q(&intervention.title));
            let old = std::mem::replace(&mut plan.interventions[i], intervention);
            done(
                Edit::UpdateIntervention { intervention: old },
                summary,
                Some(ItemRef::Intervention(id)),
            )
        }
        Edit::RemoveIntervention { id } => {
            let i = find(&plan.interventions, id.0)?;
            let removed = plan.interventions.remove(i);
            let summary = format!("removed intervention {}", q(&removed.title));
            let mut restore = vec![Edit::AddIntervention {
                intervention: removed,
                position: Some(i),
            }];
            for item in plan
                .interventions
                .iter_mut()
                .filter(|x| x.depends_on.contains(&id))
            {
                restore.push(Edit::UpdateIntervention {
                    intervention: item.clone(),
                });
                item.depends_on.retain(|d| *d != id);
            }
            for meeting in plan
                .follow_ups
                .iter_mut()
                .filter(|f| f.results.iter().any(|r| r.intervention == id))
            {
                restore.push(Edit::UpdateFollowUp {
                    follow_up: meeting.clone(),
                });
                meeting.results.retain(|r| r.intervention != id);
            }
            for (position, comment) in
                take_where(&mut plan.comments, |c| c.on == Target::Intervention(id))
            {
                restore.push(Edit::AddComment {
                    comment,
                    position: Some(position),
                });
            }
            done(batch(restore), summary, Some(ItemRef::Intervention(id)))
        }
        Edit::MoveIntervention { id, to } => {
            let from = find(&plan.interventions, id.0)?;
            move_item(&mut plan.interventions, from, to)?;
            let summary = format!(
                "moved intervention {} to place {}",
                q(&plan.interventions[to].title),
                to + 1
            );
            done(
                Edit::MoveIntervention { id, to: from },
                summary,
                Some(ItemRef::Intervention(id)),
            )
        }
        Edit::SetInterventionStatus { id, status } => {
            let i = find(&plan.interventions, id.0)?;
            let item = &mut plan.interventions[i];
            if item.status == status {
                return Err(EditError::NoChange);
            }
            let old = item.clone();
            item.status = status;
            if user {
                item.updated_by = actor.clone();
                item.updated_at = at;
            }
            let summary = format!(
                "set the status of {} to {}",
                q(&item.title),
                serde_code(&status)
            );
            done(
                Edit::UpdateIntervention { intervention: old },
                summary,
                Some(ItemRef::Intervention(id)),
            )
        }
        Edit::LinkGoal { intervention, goal } => {
            link_goal(plan, intervention, goal, true, user.then_some((actor, at)))?
        }
        Edit::UnlinkGoal { intervention, goal } => {
            link_goal(plan, intervention, goal, false, user.then_some((actor, at)))?
        }
        Edit::AddDependency {
            intervention,
            depends_on,
        } => {
            let i = find(&plan.interventions, intervention.0)?;
            find(&plan.interventions, depends_on.0)?;
            if plan.interventions[i].depends_on.contains(&depends_on) {
                return Err(EditError::AlreadyLinked {
                    from: ItemKind::Intervention,
                    to: ItemKind::Intervention,
                });
            }
            let mut deps = plan.interventions[i].depends_on.clone();
            deps.push(depends_on);
            if user
                && (intervention == depends_on
                    || reaches(plan, depends_on, intervention, (intervention, &deps)))
            {
                return Err(EditError::DependencyCycle {
                    intervention: intervention.0,
                    depends_on: depends_on.0,
                });
            }
            let before = plan.interventions[find(&plan.interventions, depends_on.0)?]
                .title
                .clone();
            let item = &mut plan.interventions[i];
            let old = item.clone();
            item.depends_on = deps;
            if user {
                item.updated_by = actor.clone();
                item.updated_at = at;
            }
            let summary = format!("{} now comes after {}", q(&item.title), q(&before));
            done(
                Edit::UpdateIntervention { intervention: old },
                summary,
                Some(ItemRef::Intervention(intervention)),
            )
        }
        Edit::RemoveDependency {
            intervention,
            depends_on,
        } => {
            let i = find(&plan.interventions, intervention.0)?;
            let item = &mut plan.interventions[i];
            if !item.depends_on.contains(&depends_on) {
                return Err(EditError::NotLinked {
                    from: ItemKind::Intervention,
                    to: ItemKind::Intervention,
                });
            }
            let old = item.clone();
            item.depends_on.retain(|d| *d != depends_on);
            if user {
                item.updated_by = actor.clone();
                item.updated_at = at;
            }
            let summary = format!(
                "{} no longer waits for another intervention",
                q(&item.title)
            );
            done(
                Edit::UpdateIntervention { intervention: old },
                summary,
                Some(ItemRef::Intervention(intervention)),
            )
        }

        // --- consents
        Edit::AddConsent { consent, position } => {
            ensure_new(&plan.consents, consent.id.0)?;
            check_position(position, plan.consents.len())?;
            if user {
                check_consent(&consent, None)?;
            }
            let id = consent.id;
            let summary = format!("added consent {}", q(&consent.scope));
            insert(&mut plan.consents, consent, position);
            done(
                Edit::RemoveConsent { id },
                summary,
                Some(ItemRef::Consent(id)),
            )
        }
        Edit::UpdateConsent { consent } => {
            let i = find(&plan.consents, consent.id.0)?;
            if user {
                check_consent(&consent, Some(&plan.consents[i]))?;
                if consent == plan.consents[i] {
                    return Err(EditError::NoChange);
                }
            }
            let id = consent.id;
            let summary = format!("changed consent {}", q(&consent.scope));
            let old = std::mem::replace(&mut plan.consents[i], consent);
            done(
                Edit::UpdateConsent { consent: old },
                summary,
                Some(ItemRef::Consent(id)),
            )
        }
        Edit::WithdrawConsent { id, date } => {
            let i = find(&plan.consents, id.0)?;
            let consent = &mut plan.consents[i];
            if consent.withdrawn.is_some() {
                return Err(EditError::AlreadyWithdrawn { id: id.0 });
            }
            if user && !super::limits::date_in_window(date) {
                return Err(EditError::DateOutOfRange {
                    field: "withdrawn".into(),
                    date,
                });
            }
            let old = consent.clone();
            consent.withdrawn = Some(date);
            let summary = format!("withdrew consent {} from {date}", q(&consent.scope));
            done(
                Edit::UpdateConsent { consent: old },
                summary,
                Some(ItemRef::Consent(id)),
            )
        }
        Edit::RemoveConsent { id } => {
            let i = find(&plan.consents, id.0)?;
            let consent = plan.consents.remove(i);
            let summary = format!("removed consent {}", q(&consent.scope));
            done(
                Edit::AddConsent {
                    consent,
                    position: Some(i),
                },
                summary,
                Some(ItemRef::Consent(id)),
            )
        }

        // --- follow-ups
        Edit::AddFollowUp {
            follow_up,
            position,
        } => {
            ensure_new(&plan.follow_ups, follow_up.id.0)?;
            check_position(position, plan.follow_ups.len())?;
            if user {
                check_follow_up(plan, &follow_up, None)?;
            }
            let id = follow_up.id;
            let summary = format!("added the follow-up of {}", follow_up.date);
            insert(&mut plan.follow_ups, follow_up, position);
            done(
                Edit::RemoveFollowUp { id },
                summary,
                Some(ItemRef::FollowUp(id)),
            )
        }
        Edit::UpdateFollowUp { follow_up } => {
            let i = find(&plan.follow_ups, follow_up.id.0)?;
            if user {
                check_follow_up(plan, &follow_up, Some(&plan.follow_ups[i]))?;
                if follow_up == plan.follow_ups[i] {
                    return Err(EditError::NoChange);
                }
            }
            let id = follow_up.id;
            let summary = format!("changed the follow-up of {}", follow_up.date);
            let old = std::mem::replace(&mut plan.follow_ups[i], follow_up);
            done(
                Edit::UpdateFollowUp { follow_up: old },
                summary,
                Some(ItemRef::FollowUp(id)),
            )
        }
        Edit::RemoveFollowUp { id } => {
            let i = find(&plan.follow_ups, id.0)?;
            let follow_up = plan.follow_ups.remove(i);
            let summary = format!("removed the follow-up of {}", follow_up.date);
            done(
                Edit::AddFollowUp {
                    follow_up,
                    position: Some(i),
                },
                summary,
                Some(ItemRef::FollowUp(id)),
            )
        }
        Edit::SetFollowUpResult { follow_up, result } => {
            let i = find(&plan.follow_ups, follow_up.0)?;
            let title = plan.interventions[find(&plan.interventions, result.intervention.0)?]
                .title
                .clone();
            if user {
                check_len("note", &result.note, LONG_TEXT_MAX)?;
            }
            let meeting = &mut plan.follow_ups[i];
            let old = meeting.clone();
            match meeting
                .results
                .iter_mut()
                .find(|r| r.intervention == result.intervention)
            {
                Some(existing) if *existing == result => return Err(EditError::NoChange),
                Some(existing) => *existing = result.clone(),
                None => meeting.results.push(result.clone()),
            }
            let summary = format!(
                "follow-up of {}: {} for {}",
                meeting.date,
                serde_code(&result.outcome),
                q(&title)
            );
            done(
                Edit::UpdateFollowUp { follow_up: old },
                summary,
                Some(ItemRef::FollowUp(follow_up)),
            )
        }
        Edit::RemoveFollowUpResult {
            follow_up,
            intervention,
        } => {
            let i = find(&plan.follow_ups, follow_up.0)?;
            let meeting = &mut plan.follow_ups[i];
            let Some(r) = meeting
                .results
                .iter()
                .position(|r| r.intervention == intervention)
            else {
                return Err(EditError::NotFound {
                    kind: ItemKind::FollowUpResult,
                    id: intervention.0,
                });
            };
            let old = meeting.clone();
            meeting.results.remove(r);
            let summary = format!("removed a result from the follow-up of {}", meeting.date);
            done(
                Edit::UpdateFollowUp { follow_up: old },
                summary,
                Some(ItemRef::FollowUp(follow_up)),
            )
        }

        // --- dialogue
        Edit::AddComment {
            mut comment,
            position,
        } => {
            ensure_new(&plan.comments, comment.id.0)?;
            check_position(position, plan.comments.len())?;
            check_target(plan, comment.on)?;
            if user {
                if comment.text.trim().is_empty() {
                    return Err(EditError::Empty {
                        field: "text".into(),
                    });
                }
                check_len("text", &comment.text, LONG_TEXT_MAX)?;
                comment.author = actor.clone();
                comment.at = at;
            }
            let id = comment.id;
            let summary = format!("commented on {}", target_title(plan, comment.on));
            insert(&mut plan.comments, comment, position);
            done(
                Edit::RemoveComment { id },
                summary,
                Some(ItemRef::Comment(id)),
            )
        }
        Edit::RemoveComment { id } => {
            let i = find(&plan.comments, id.0)?;
            if user && plan.comments[i].author != *actor {
                return Err(EditError::NotAuthor {
                    kind: ItemKind::Comment,
                });
            }
            let comment = plan.comments.remove(i);
            let summary = format!("removed a comment on {}", target_title(plan, comment.on));
            done(
                Edit::AddComment {
                    comment,
                    position: Some(i),
                },
                summary,
                Some(ItemRef::Comment(id)),
            )
        }
        Edit::SetAgreement { on, mut agreement } => {
            check_target(plan, on)?;
            if user {
                if actor.role != Role::Citizen {
                    return Err(EditError::AgreementByCitizenOnly { role: actor.role });
                }
                check_len("comment", &agreement.comment, LONG_TEXT_MAX)?;
                agreement.at = Some(at);
            }
            let summary = format!(
                "the citizen {} {}",
                match agreement.status {
                    super::agreement::AgreementStatus::Agrees => "agrees with",
                    super::agreement::AgreementStatus::Disagrees => "disagrees with",
                    super::agreement::AgreementStatus::NotAsked => "has not yet been asked about",
                },
                target_title(plan, on)
            );
            match on {
                Target::Goal(id) => {
                    let i = find(&plan.goals, id.0)?;
                    let old = plan.goals[i].clone();
                    plan.goals[i].citizen_agreement = agreement;
                    done(
                        Edit::UpdateGoal { goal: old },
                        summary,
                        Some(ItemRef::Goal(id)),
                    )
                }
                Target::Intervention(id) => {
                    let i = find(&plan.interventions, id.0)?;
                    let old = plan.interventions[i].clone();
                    plan.interventions[i].citizen_agreement = agreement;
                    done(
                        Edit::UpdateIntervention { intervention: old },
                        summary,
                        Some(ItemRef::Intervention(id)),
                    )
                }
            }
        }

        // --- approval and versions
        Edit::Approve { as_role } => {
            if user && !approval_allowed(actor.role, as_role) {
                return Err(EditError::ApprovalNotAllowed {
                    role: actor.role,
                    as_role,
                });
            }
            if plan.is_approved_as(as_role) {
                return Err(EditError::AlreadyApproved {
                    as_role,
                    version: plan.version,
                });
            }
            let state = version_state(plan);
            plan.approvals.push(super::agreement::Approval {
                as_role,
                by: actor.clone(),
                at,
            });
            let mut summary = format!("approved version {} as {as_role}", plan.version);
            if plan.is_approved_as(ApprovalRole::Citizen)
                && plan.is_approved_as(ApprovalRole::Caseworker)
            {
                plan.locked = true;
                plan.locked_at = Some(at);
                summary.push_str("; both parties have approved, so the version is locked");
            }
            done(Edit::RestoreVersion { state }, summary, None)
        }
        Edit::RevokeApproval { as_role } => {
            if user && !approval_allowed(actor.role, as_role) {
                return Err(EditError::ApprovalNotAllowed {
                    role: actor.role,
                    as_role,
                });
            }
            if !plan.is_approved_as(as_role) {
                return Err(EditError::NotApproved {
                    as_role,
                    version: plan.version,
                });
            }
            let state = version_state(plan);
            plan.approvals.retain(|a| a.as_role != as_role);
            let summary = format!(
                "took back the {as_role}'s approval of version {}",
                plan.version
            );
            done(Edit::RestoreVersion { state }, summary, None)
        }
        Edit::StartNewVersion => {
            if !plan.locked {
                return Err(EditError::NotLocked {
                    version: plan.version,
                });
            }
            let next = plan.version.checked_add(1).ok_or(EditError::VersionLimit {
                version: plan.version,
            })?;
            let state = version_state(plan);
            plan.earlier_versions.push(VersionRecord {
                version: plan.version,
                locked_at: plan.locked_at,
                approvals: std::mem::take(&mut plan.approvals),
                superseded_at: at,
            });
            plan.version = next;
            plan.locked = false;
            plan.locked_at = None;
            let summary = format!("started version {} as a new draft", plan.version);
            done(Edit::RestoreVersion { state }, summary, None)
        }
        Edit::RestoreVersion { state } => {
            let old = version_state(plan);
            set_version_state(plan, state);
            done(
                Edit::RestoreVersion { state: old },
                format!("restored the approvals of version {}", plan.version),
                None,
            )
        }
        Edit::Batch { edits } => {
            if edits.is_empty() {
                return Err(EditError::NoChange);
            }
            let mut inverses = Vec::with_capacity(edits.len());
            let mut summaries = Vec::with_capacity(edits.len());
            let mut item = None;
            for edit in edits {
                match apply_edit(plan, edit, actor, at, mode) {
                    Ok(applied) => {
                        inverses.push(applied.inverse);
                        summaries.push(applied.summary);
                        item = item.or(applied.item);
                    }
                    Err(err) => {
                        for inverse in inverses.into_iter().rev() {
                            apply_edit(plan, inverse, actor, at, Mode::Rollback)
                                .expect("the inverse of an applied edit applies");
                        }
                        return Err(err);
                    }
                }
            }
            inverses.reverse();
            done(Edit::Batch { edits: inverses }, summaries.join("; "), item)
        }
    };
    Ok(applied)
}

fn target_title(plan: &Plan, target: Target) -> String {
    match target {
        Target::Goal(id) => plan.goal(id).map(|g| q(&g.title)),
        Target::Intervention(id) => plan.intervention(id).map(|i| q(&i.title)),
    }
    .unwrap_or_else(|| "a removed item".to_string())
}

/// Links or unlinks a goal from an intervention.
fn link_goal(
    plan: &mut Plan,
    intervention: InterventionId,
    goal: GoalId,
    link: bool,
    stamp: Option<(&Actor, DateTime<Utc>)>,
) -> Result<Applied, EditError> {
    let i = find(&plan.interventions, intervention.0)?;
    let goal_title = plan.goals[find(&plan.goals, goal.0)?].title.clone();
    let item = &mut plan.interventions[i];
    let linked = item.goals.contains(&goal);
    if link && linked {
        return Err(EditError::AlreadyLinked {
            from: ItemKind::Intervention,
            to: ItemKind::Goal,
        });
    }
    if !link && !linked {
        return Err(EditError::NotLinked {
            from: ItemKind::Intervention,
            to: ItemKind::Goal,
        });
    }
    let old = item.clone();
    if link {
        item.goals.push(goal);
    } else {
        item.goals.retain(|g| *g != goal);
    }
    if let Some((actor, at)) = stamp {
        item.updated_by = actor.clone();
        item.updated_at = at;
    }
    let summary = if link {
        format!("{} now serves {}", q(&item.title), q(&goal_title))
    } else {
        format!("{} no longer serves {}", q(&item.title), q(&goal_title))
    };
    Ok(done(
        Edit::UpdateIntervention { intervention: old },
        summary,
        Some(ItemRef::Intervention(intervention)),
    ))
}
