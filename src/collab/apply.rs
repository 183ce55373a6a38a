//! One applied edit into the shared document, as one transaction.
//!
//! `model::apply` stays the one door: it checks the edit, stamps who and when, cascades
//! (a removed goal leaves its ratings, comments and links) and logs it. [`write_edit`]
//! then writes what that changed, from the plan before to the plan after, in the finest
//! grain the document has: a field set or cleared, a text spliced at UTF-16 offsets (the
//! edit's own splice when it is one, so the text lands where it was typed), a link added
//! to or removed from a set, an item added or removed, an id moved in an order array, log
//! entries appended. Diffing the two plans rather than translating each kind of edit means
//! every edit, present and future, is written, cascades and stamps included; only what
//! changed is compared in full, so a keystroke costs the one item it touched.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;
use uuid::Uuid;
use yrs::types::GetString;
use yrs::{
    Array, ArrayRef, Doc, Map, MapRef, Out, Text, TextPrelim, Transact, TransactionMut, WriteTxn,
};

use super::doc::{clear_array, head_object, item_json, ordinal_any, put_item, put_leaf, read_set};
use super::mapping::owner;
use super::mapping::{
    flatten, to_any, Collection, Leaf, ASSESSMENT, COMMENTS, CONSENTS, FAMILY, FOLLOW_UPS, GOALS,
    INTERVENTIONS, KNOWN_FACTS, PEOPLE, PLAN, PLAN_SHAPE, RATINGS,
};
use super::order::{index_u32, write_order};
use super::CollabError;
use crate::model::splice::{apply_splice, splice_between};
use crate::model::{Edit, Plan};

/// Writes into `doc` what `edit` changed, `before` being the plan `doc` holds (as read and
/// repaired) and `after` the plan `model::apply` made of it. One transaction, with
/// [`super::LOCAL_ORIGIN`].
///
/// An edit that locks the version also stores its lock record ([`super::lock`]). When
/// `before` is a locked version as approved while the document holds late edits,
/// only what the edit changed is written, so they stay for the next version: read the
/// document again after writing to show them.
pub fn write_edit(doc: &Doc, before: &Plan, edit: &Edit, after: &Plan) -> Result<(), CollabError> {
    let hint = SpliceHint::of(edit);
    let mut txn = doc
        .try_transact_mut_with(super::LOCAL_ORIGIN)
        .map_err(|_| CollabError::Busy)?;
    let (old_head, new_head) = (head_object(before)?, head_object(after)?);
    if old_head != new_head {
        let head = txn.get_or_insert_map(PLAN);
        let hint = hint.as_ref().filter(|h| h.owner.is_none());
        write_fields(
            &mut txn,
            &head,
            &flatten(&old_head, &PLAN_SHAPE),
            &flatten(&new_head, &PLAN_SHAPE),
            hint,
        );
    }
    let h = hint.as_ref();
    write_items(
        &mut txn,
        &FAMILY,
        &before.family,
        &after.family,
        |m| m.id.0,
        h,
    )?;
    write_items(
        &mut txn,
        &PEOPLE,
        &before.people,
        &after.people,
        |p| p.id.0,
        h,
    )?;
    write_items(
        &mut txn,
        &ASSESSMENT,
        &before.assessment,
        &after.assessment,
        |e| e.id.0,
        h,
    )?;
    write_items(
        &mut txn,
        &KNOWN_FACTS,
        &before.known_facts,
        &after.known_facts,
        |f| f.id.0,
        h,
    )?;
    write_items(&mut txn, &GOALS, &before.goals, &after.goals, |g| g.id.0, h)?;
    write_items(
        &mut txn,
        &RATINGS,
        &before.ratings,
        &after.ratings,
        |r| r.id.0,
        h,
    )?;
    write_items(
        &mut txn,
        &INTERVENTIONS,
        &before.interventions,
        &after.interventions,
        |x| x.id.0,
        h,
    )?;
    write_items(
        &mut txn,
        &CONSENTS,
        &before.consents,
        &after.consents,
        |c| c.id.0,
        h,
    )?;
    write_items(
        &mut txn,
        &FOLLOW_UPS,
        &before.follow_ups,
        &after.follow_ups,
        |f| f.id.0,
        h,
    )?;
    write_items(
        &mut txn,
        &COMMENTS,
        &before.comments,
        &after.comments,
        |c| c.id.0,
        h,
    )?;
    write_list(&mut txn, "approvals", &before.approvals, &after.approvals)?;
    write_list(
        &mut txn,
        "earlier_versions",
        &before.earlier_versions,
        &after.earlier_versions,
    )?;
    write_list(
        &mut txn,
        "change_log",
        &before.change_log,
        &after.change_log,
    )?;
    // Last, so that the record's state vector covers everything but the record itself.
    if after.locked && !before.locked && !super::lock::restored(&txn, after) {
        super::lock::record(&mut txn, after)?;
    }
    Ok(())
}

/// A text splice the edit itself made: written as it was typed when the document's text
/// is the one it was typed into.
struct SpliceHint<'a> {
    /// The collection and item id, or None for the plan's own fields.
    owner: Option<(&'static str, Uuid)>,
    field: &'a str,
    at: usize,
    delete: usize,
    insert: &'a str,
}

impl<'a> SpliceHint<'a> {
    fn of(edit: &'a Edit) -> Option<Self> {
        let Edit::SpliceText {
            item,
            field,
            at,
            delete,
            insert,
        } = edit
        else {
            return None;
        };
        Some(SpliceHint {
            owner: item.map(owner),
            field,
            at: *at,
            delete: *delete,
            insert,
        })
    }
}

/// Removed items leave the map, new ones get a fresh map, changed ones have their changed
/// fields written; the order array is rewritten only when the order of ids changed.
fn write_items<T: Serialize + PartialEq>(
    txn: &mut TransactionMut,
    collection: &Collection,
    before: &[T],
    after: &[T],
    id: impl Fn(&T) -> Uuid,
    hint: Option<&SpliceHint>,
) -> Result<(), CollabError> {
    if before == after {
        return Ok(());
    }
    let items = txn.get_or_insert_map(collection.name);
    let old: HashMap<Uuid, &T> = before.iter().map(|item| (id(item), item)).collect();
    let new: HashSet<Uuid> = after.iter().map(&id).collect();
    for gone in old.keys().filter(|key| !new.contains(key)) {
        items.remove(txn, &gone.to_string());
    }
    for item in after {
        let key = id(item);
        let text_key = key.to_string();
        let hint = hint.filter(|h| h.owner == Some((collection.name, key)));
        match old.get(&key) {
            Some(previous) if *previous == item => {}
            Some(previous) => match items.get(txn, &text_key) {
                Some(Out::YMap(map)) => write_fields(
                    txn,
                    &map,
                    &flatten(&item_json(*previous)?, &collection.shape),
                    &flatten(&item_json(item)?, &collection.shape),
                    hint,
                ),
                // Gone from the document (removed on another device): written anew.
                _ => put_item(txn, &items, &text_key, &item_json(item)?, &collection.shape),
            },
            None => put_item(txn, &items, &text_key, &item_json(item)?, &collection.shape),
        }
    }
    let ids = |list: &[T]| list.iter().map(&id).collect::<Vec<_>>();
    let wanted = ids(after);
    if ids(before) != wanted {
        let order = txn.get_or_insert_array(collection.order);
        let wanted: Vec<String> = wanted.iter().map(Uuid::to_string).collect();
        write_order(txn, &order, &wanted);
    }
    Ok(())
}

/// Writes the fields that differ between two flat forms of one map.
fn write_fields(
    txn: &mut TransactionMut,
    map: &MapRef,
    before: &BTreeMap<String, Leaf>,
    after: &BTreeMap<String, Leaf>,
    hint: Option<&SpliceHint>,
) {
    for path in before.keys().filter(|path| !after.contains_key(*path)) {
        map.remove(txn, path);
    }
    for (path, leaf) in after {
        let old = before.get(path);
        if old == Some(leaf) {
            continue;
        }
        match leaf {
            Leaf::Text(new) => {
                let old = match old {
                    Some(Leaf::Text(old)) => old.as_str(),
                    _ => "",
                };
                let hint = hint.filter(|h| h.field == path);
                write_text(txn, map, path, old, new, hint);
            }
            Leaf::Set(new) => {
                let old = match old {
                    Some(Leaf::Set(old)) => old.as_slice(),
                    _ => &[],
                };
                write_set(txn, map, path, old, new);
            }
            Leaf::Value(value) => {
                map.insert(txn, path.as_str(), to_any(value));
            }
        }
    }
}

/// Splices the shared text from what it holds to `new`: by the edit's own splice when the
/// text is the one it was typed into, else by the one splice between the two.
fn write_text(
    txn: &mut TransactionMut,
    map: &MapRef,
    path: &str,
    old: &str,
    new: &str,
    hint: Option<&SpliceHint>,
) {
    let Some(Out::YText(text)) = map.get(txn, path) else {
        map.insert(txn, path, TextPrelim::new(new));
        return;
    };
    let current = text.get_string(txn);
    let typed = hint.filter(|h| {
        current == old
            && apply_splice(old, h.at, h.delete, h.insert)
                .is_some_and(|(spliced, _)| spliced == new)
    });
    let splice = match typed {
        Some(h) => Some((h.at, h.delete, h.insert.to_string())),
        None => splice_between(&current, new),
    };
    if let Some((at, delete, insert)) = splice {
        if delete > 0 {
            text.remove_range(txn, index_u32(at), index_u32(delete));
        }
        if !insert.is_empty() {
            text.insert(txn, index_u32(at), &insert);
        }
    }
}

/// Adds and removes the links that changed. A new link takes a place between its
/// neighbours', so two links added at once both stay and the list keeps its order; when
/// the wanted order differs from the places (a whole list replaced), every place is
/// written again.
fn write_set(txn: &mut TransactionMut, map: &MapRef, path: &str, old: &[String], new: &[String]) {
    let set = match map.get(txn, path) {
        Some(Out::YMap(set)) => set,
        _ => {
            put_leaf(txn, map, path, &Leaf::Set(new.to_vec()));
            return;
        }
    };
    for gone in old.iter().filter(|id| !new.contains(id)) {
        set.remove(txn, gone);
    }
    let places: HashMap<String, f64> = read_set(txn, &set)
        .into_iter()
        .map(|(place, id)| (id, place))
        .collect();
    let mut slots: Vec<Option<f64>> = new.iter().map(|id| places.get(id).copied()).collect();
    let present: Vec<(f64, &String)> = new
        .iter()
        .zip(&slots)
        .filter_map(|(id, place)| place.map(|p| (p, id)))
        .collect();
    let in_order = present
        .windows(2)
        .all(|pair| (pair[0].0, pair[0].1) < (pair[1].0, pair[1].1));
    if !in_order {
        renumber(txn, &set, new);
        return;
    }
    for i in 0..new.len() {
        if slots[i].is_some() {
            continue;
        }
        let before = slots[..i].iter().rev().find_map(|p| *p);
        let after = slots[i + 1..].iter().find_map(|p| *p);
        let place = match (before, after) {
            (None, None) => 0.0,
            (Some(b), None) => b + 1.0,
            (None, Some(a)) => a - 1.0,
            (Some(b), Some(a)) => (b + a) / 2.0,
        };
        // Between two places that have no float between them: number them all again.
        if before.is_some_and(|b| place <= b) || after.is_some_and(|a| place >= a) {
            renumber(txn, &set, new);
            return;
        }
        slots[i] = Some(place);
        if let Some(id) = new.get(i) {
            set.insert(txn, id.as_str(), ordinal_any(place));
        }
    }
}

fn renumber(txn: &mut TransactionMut, set: &MapRef, ids: &[String]) {
    for (i, id) in ids.iter().enumerate() {
        set.insert(txn, id.as_str(), ordinal_any(i as f64));
    }
}

/// Writes a list of facts (approvals, earlier versions, the change log): entries that are
/// gone are deleted, new ones appended. The log only ever appends, folds its last entry
/// (delete + append) or compacts (deletes), so this is one pass. Entries only appended
/// are appended whatever the document holds (entries from edits `before` does not show,
/// such as late edits to a locked version, stay). Otherwise, when the document does not
/// hold `before` (a repair changed the list), the list is written whole.
fn write_list<T: Serialize + PartialEq>(
    txn: &mut TransactionMut,
    name: &str,
    before: &[T],
    after: &[T],
) -> Result<(), CollabError> {
    if before == after {
        return Ok(());
    }
    let array: ArrayRef = txn.get_or_insert_array(name);
    let mut kept = 0;
    if after.starts_with(before) {
        kept = before.len();
    } else if array.len(txn) as usize == before.len() {
        let mut gone = Vec::new();
        for (i, entry) in before.iter().enumerate() {
            if after.get(kept) == Some(entry) {
                kept += 1;
            } else {
                gone.push(i);
            }
        }
        for i in gone.into_iter().rev() {
            array.remove(txn, index_u32(i));
        }
    } else {
        clear_array(txn, &array);
    }
    for entry in after.get(kept..).unwrap_or_default() {
        let value = serde_json::to_value(entry).map_err(|e| CollabError::Value(e.to_string()))?;
        array.push_back(txn, to_any(&value));
    }
    Ok(())
}
