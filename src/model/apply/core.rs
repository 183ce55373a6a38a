//! The generic edit core: add, update, set a field, splice a text, remove and move, once
//! for every item type. Each does the checks, "no change", authorship stamping and the
//! inverse in one place; an item type says only what is particular to it by implementing
//! [`Item`] in its domain module (`goals.rs`, `people.rs` …).

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::Serialize;
use uuid::Uuid;

use super::super::edit::Edit;
use super::super::error::{EditError, ItemKind};
use super::super::people::Actor;
use super::super::plan::{ItemRef, Plan};
use super::{field, Applied, Ctx};

/// An item of the plan, addressed by id, in one of the plan's lists.
pub(super) trait Item: Clone + PartialEq + Serialize + DeserializeOwned {
    const KIND: ItemKind;
    /// The fields (first part of a field path) a field edit may set. Lists of links,
    /// authorship and the citizen's agreement change through their own edits.
    const SETTABLE: &'static [&'static str];

    fn uuid(&self) -> Uuid;
    fn item_ref(&self) -> ItemRef;
    fn list(plan: &Plan) -> &Vec<Self>;
    fn list_mut(plan: &mut Plan) -> &mut Vec<Self>;
    /// The checks of a user edit, on what it changes (`old` is None for a new item).
    fn check(plan: &Plan, new: &Self, old: Option<&Self>) -> Result<(), EditError>;
    /// The item in a log summary, e.g. `goal “Få et arbejde”`.
    fn describe(&self) -> String;
    fn add_edit(self, position: Option<usize>) -> Edit;
    fn update_edit(self) -> Edit;
    fn remove_edit(&self) -> Edit;

    /// Who changed the item last and when, for items that record it.
    fn stamp(&self) -> Option<(Actor, DateTime<Utc>)> {
        None
    }
    fn set_stamp(&mut self, _by: &Actor, _at: DateTime<Utc>) {}
    /// A user adds the item: stamp who created it.
    fn on_add(&mut self, _actor: &Actor, _at: DateTime<Utc>) {}
    /// A whole-item update keeps what it must not change (authorship, agreement).
    fn keep_managed(&mut self, _old: &Self) {}
}

/// The [`Item`] methods of goals and interventions, which record who created and last
/// changed them and carry the citizen's agreement: a new one is stamped (the agreement
/// kept only when the citizen adds it herself), an update keeps all of that.
macro_rules! authored_item {
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
            if actor.role == $crate::model::people::Role::Citizen {
                self.citizen_agreement.at = Some(at);
            } else {
                self.citizen_agreement = Default::default();
            }
        }
        fn keep_managed(&mut self, old: &Self) {
            self.created_by = old.created_by.clone();
            self.created_at = old.created_at;
            self.citizen_agreement = old.citizen_agreement.clone();
            self.set_stamp(&old.updated_by, old.updated_at);
        }
    };
}
pub(super) use authored_item;

/// The [`Item`] methods every item type writes the same way: its kind, id, reference and
/// the plan's list that holds it.
macro_rules! item_in_list {
    ($kind:ident, $list:ident) => {
        const KIND: ItemKind = ItemKind::$kind;
        fn uuid(&self) -> Uuid {
            self.id.0
        }
        fn item_ref(&self) -> ItemRef {
            ItemRef::$kind(self.id)
        }
        fn list(plan: &Plan) -> &Vec<Self> {
            &plan.$list
        }
        fn list_mut(plan: &mut Plan) -> &mut Vec<Self> {
            &mut plan.$list
        }
    };
}
pub(super) use item_in_list;

pub(super) fn find<T: Item>(plan: &Plan, id: Uuid) -> Result<usize, EditError> {
    T::list(plan)
        .iter()
        .position(|item| item.uuid() == id)
        .ok_or(EditError::NotFound { kind: T::KIND, id })
}

/// The item with `id`, or the refusal naming what is missing.
pub(super) fn get<T: Item>(plan: &Plan, id: Uuid) -> Result<&T, EditError> {
    find::<T>(plan, id).map(|i| &T::list(plan)[i])
}

fn check_position(position: Option<usize>, len: usize) -> Result<(), EditError> {
    match position {
        Some(position) if position > len => Err(EditError::PositionOutOfRange { position, len }),
        _ => Ok(()),
    }
}

pub(super) fn done(inverse: Edit, summary: String, item: Option<ItemRef>) -> Applied {
    Applied {
        inverse,
        summary,
        item,
    }
}

/// Several inverse edits as one (a single one stays itself).
pub(super) fn batch(mut edits: Vec<Edit>) -> Edit {
    if edits.len() == 1 {
        edits.pop().unwrap_or(Edit::Batch { edits })
    } else {
        Edit::Batch { edits }
    }
}

pub(super) fn add<T: Item>(
    plan: &mut Plan,
    mut item: T,
    position: Option<usize>,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    if T::list(plan).iter().any(|x| x.uuid() == item.uuid()) {
        return Err(EditError::DuplicateId {
            kind: T::KIND,
            id: item.uuid(),
        });
    }
    check_position(position, T::list(plan).len())?;
    if ctx.user() {
        T::check(plan, &item, None)?;
        item.on_add(ctx.actor, ctx.at);
    }
    let summary = format!("added {}", item.describe());
    let (inverse, item_ref) = (item.remove_edit(), item.item_ref());
    let list = T::list_mut(plan);
    match position {
        Some(i) => list.insert(i, item),
        None => list.push(item),
    }
    Ok(done(inverse, summary, Some(item_ref)))
}

/// Puts `item` in place of `list[i]`: for a user, keeps what the edit may not change,
/// checks what it does change, refuses "no change" and stamps. Returns the old item.
fn replace<T: Item>(plan: &mut Plan, i: usize, mut item: T, ctx: &Ctx) -> Result<T, EditError> {
    if ctx.user() {
        let old = &T::list(plan)[i];
        item.keep_managed(old);
        T::check(plan, &item, Some(old))?;
        if item == *old {
            return Err(EditError::NoChange);
        }
        item.set_stamp(ctx.actor, ctx.at);
    }
    Ok(std::mem::replace(&mut T::list_mut(plan)[i], item))
}

/// Replaces the whole item with the same id.
pub(super) fn update<T: Item>(plan: &mut Plan, item: T, ctx: &Ctx) -> Result<Applied, EditError> {
    let i = find::<T>(plan, item.uuid())?;
    let summary = format!("changed {}", item.describe());
    let item_ref = item.item_ref();
    let old = replace(plan, i, item, ctx)?;
    Ok(done(old.update_edit(), summary, Some(item_ref)))
}

/// Changes an item found by id through `change`, for the edits that set one thing
/// (a status, a link); the inverse restores the whole item, stamps included.
pub(super) fn change<T: Item>(
    plan: &mut Plan,
    id: Uuid,
    ctx: &Ctx,
    change: impl FnOnce(&mut T),
) -> Result<T, EditError> {
    let i = find::<T>(plan, id)?;
    let item = &mut T::list_mut(plan)[i];
    let old = item.clone();
    change(item);
    if *item == old {
        return Err(EditError::NoChange);
    }
    if ctx.user() {
        item.set_stamp(ctx.actor, ctx.at);
    }
    Ok(old)
}

/// A field edit's inverse, with the item's stamp put back when a user edit changed it.
fn with_stamp(
    inverse: Edit,
    item: ItemRef,
    stamp: Option<(Actor, DateTime<Utc>)>,
    ctx: &Ctx,
) -> Edit {
    match stamp {
        Some((by, at)) if ctx.user() => batch(vec![inverse, Edit::RestoreStamp { item, by, at }]),
        _ => inverse,
    }
}

/// A field edit (set or splice, see [`field::FieldEdit`]) on the item with `id`.
pub(super) fn change_field<T: Item>(
    plan: &mut Plan,
    id: Uuid,
    edit: field::FieldEdit,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    field::check_settable(edit.path(), T::SETTABLE)?;
    let i = find::<T>(plan, id)?;
    let old = &T::list(plan)[i];
    let (item_ref, stamp) = (old.item_ref(), old.stamp());
    let summary = format!("changed {} ({})", old.describe(), edit.path());
    let (item, inverse) = edit.apply_to(old, Some(item_ref))?;
    replace(plan, i, item, ctx)?;
    let inverse = with_stamp(inverse, item_ref, stamp, ctx);
    Ok(done(inverse, summary, Some(item_ref)))
}

/// Puts back an item's "changed by … at …" (only as part of an inverse).
pub(super) fn restore_stamp<T: Item>(
    plan: &mut Plan,
    id: Uuid,
    by: Actor,
    at: DateTime<Utc>,
) -> Result<Applied, EditError> {
    let i = find::<T>(plan, id)?;
    let item = &mut T::list_mut(plan)[i];
    let Some((old_by, old_at)) = item.stamp() else {
        return Err(EditError::NoChange);
    };
    item.set_stamp(&by, at);
    let summary = format!("restored who last changed {}", item.describe());
    let inverse = Edit::RestoreStamp {
        item: item.item_ref(),
        by: old_by,
        at: old_at,
    };
    Ok(done(inverse, summary, Some(item.item_ref())))
}

/// Removes the item; `unlink` then takes it out of everything that points at it and
/// returns the edits that put those references back. Undo restores all of it.
pub(super) fn remove<T: Item>(
    plan: &mut Plan,
    id: Uuid,
    unlink: impl FnOnce(&mut Plan) -> Vec<Edit>,
) -> Result<Applied, EditError> {
    let i = find::<T>(plan, id)?;
    let item = T::list_mut(plan).remove(i);
    let summary = format!("removed {}", item.describe());
    let item_ref = item.item_ref();
    let mut restore = vec![item.add_edit(Some(i))];
    restore.extend(unlink(plan));
    Ok(done(batch(restore), summary, Some(item_ref)))
}

/// Moves the item to index `to`; the inverse moves it back.
pub(super) fn move_to<T: Item>(
    plan: &mut Plan,
    id: Uuid,
    to: usize,
    back: impl FnOnce(usize) -> Edit,
) -> Result<Applied, EditError> {
    let from = find::<T>(plan, id)?;
    let list = T::list_mut(plan);
    if to >= list.len() {
        return Err(EditError::PositionOutOfRange {
            position: to,
            len: list.len(),
        });
    }
    if from == to {
        return Err(EditError::NoChange);
    }
    let item = list.remove(from);
    list.insert(to, item);
    let summary = format!("moved {} to place {}", list[to].describe(), to + 1);
    Ok(done(back(from), summary, Some(list[to].item_ref())))
}

/// Removes the entries matching `remove` from `items`, returning them with their original
/// indices, lowest first: re-inserting them in that order restores the list.
pub(super) fn take_where<T>(items: &mut Vec<T>, remove: impl Fn(&T) -> bool) -> Vec<(usize, T)> {
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

/// For each item of `T` that `affected` picks: the edit that restores it, after `change`
/// took a reference out of it (removing a goal unlinks it from interventions, say).
pub(super) fn unlink_each<T: Item>(
    plan: &mut Plan,
    affected: impl Fn(&T) -> bool,
    change: impl Fn(&mut T),
) -> Vec<Edit> {
    let mut restore = Vec::new();
    for item in T::list_mut(plan).iter_mut().filter(|x| affected(x)) {
        restore.push(item.clone().update_edit());
        change(item);
    }
    restore
}
