//! The whole plan into a Yjs document ([`write_plan`], [`seed`]) and back ([`read_plan`]).
//!
//! Layout (names in [`super::mapping`]): a root `Y.Map` `plan` with the plan's own fields
//! and `schema_version`; per collection a root `Y.Map` keyed by item id (each item a
//! `Y.Map` of its flat fields) and a root `Y.Array` of ids for its order; the approvals,
//! earlier versions and the change log as root `Y.Array`s of plain values; the lock
//! records in a root `Y.Map` (see [`super::lock`]). Only root
//! types hold collections: two devices that create the same root type get one shared
//! type, whereas two nested maps created under one key replace each other.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;
use serde_json::{Map as JsonMap, Value};
use yrs::{
    types::GetString, Any, Array, ArrayRef, ClientID, Doc, Map, MapPrelim, MapRef, Number,
    OffsetKind, Options, Out, ReadTxn, TextPrelim, Transact, TransactionMut, WriteTxn,
};

use super::lock::LateEdit;
use super::mapping::{
    flatten, to_any, to_json, unflatten, Leaf, Shape, COLLECTIONS, LISTS, PLAN, PLAN_SHAPE,
    SCHEMA_VERSION,
};
use super::CollabError;
use crate::model::Plan;

/// A document that counts text offsets in UTF-16 code units, as the browser and the
/// plan's splices do (yrs counts bytes by default). Every replica must be made here.
///
/// Its client id comes from the `uuid` crate's random source (the browser's
/// `crypto.getRandomValues`), not yrs' own: on wasm32 without a `js` feature, yrs'
/// generator starts from one fixed seed, so every device would get the same client id,
/// and two devices sharing one id corrupt the document.
pub fn new_doc() -> Doc {
    new_doc_with_client_id(random_client_id())
}

/// A random Yjs client id: 53 bits (what JavaScript numbers carry), never 0.
fn random_client_id() -> u64 {
    let bytes = uuid::Uuid::new_v4().into_bytes();
    let mut id = [0u8; 8];
    id.copy_from_slice(&bytes[..8]);
    (u64::from_le_bytes(id) & ((1 << 53) - 1)).max(1)
}

/// [`new_doc`] with a chosen client id (tests, a device that keeps its id).
pub fn new_doc_with_client_id(client_id: u64) -> Doc {
    Doc::with_options(Options {
        offset_kind: OffsetKind::Utf16,
        ..Options::with_client_id(ClientID::new(client_id))
    })
}

/// A new document holding `plan`.
pub fn write_plan(plan: &Plan) -> Result<Doc, CollabError> {
    let doc = new_doc();
    seed(&doc, plan)?;
    Ok(doc)
}

/// Writes `plan` into `doc` in one transaction, replacing what it held: how a device
/// seeds an empty room.
pub fn seed(doc: &Doc, plan: &Plan) -> Result<(), CollabError> {
    let json = plan_json(plan)?;
    let mut txn = doc
        .try_transact_mut_with(super::LOCAL_ORIGIN)
        .map_err(|_| CollabError::Busy)?;
    super::lock::clear(&mut txn);
    super::seeds::note(&mut txn, plan);
    let head = txn.get_or_insert_map(PLAN);
    head.clear(&mut txn);
    head.insert(
        &mut txn,
        SCHEMA_VERSION,
        Any::Number(Number::Int(i64::from(crate::format::SCHEMA_VERSION))),
    );
    let head_fields = head_object(plan)?;
    for (path, leaf) in flatten(&head_fields, &PLAN_SHAPE) {
        put_leaf(&mut txn, &head, &path, &leaf);
    }
    for collection in COLLECTIONS {
        let items = txn.get_or_insert_map(collection.name);
        items.clear(&mut txn);
        let order = txn.get_or_insert_array(collection.order);
        clear_array(&mut txn, &order);
        for item in list(&json, collection.name) {
            let Value::Object(fields) = item else {
                continue;
            };
            let Some(id) = fields.get("id").and_then(Value::as_str) else {
                continue;
            };
            put_item(&mut txn, &items, id, fields, &collection.shape);
            order.push_back(&mut txn, Any::String(id.into()));
        }
    }
    for name in LISTS {
        let array = txn.get_or_insert_array(name);
        clear_array(&mut txn, &array);
        for entry in list(&json, name) {
            array.push_back(&mut txn, to_any(entry));
        }
    }
    Ok(())
}

/// The plan the document holds, as it holds it (a locked version as it was approved,
/// see [`super::lock`]): items in the order of their order
/// array, an id listed twice read twice (the repair pass keeps the first), an item
/// missing from the order appended after the others (by id, the same on every device).
/// A document from a newer plan format is refused, so an older editor never writes a
/// plan it cannot read whole. Items that do not read are left out (see [`read`]).
pub fn read_plan(doc: &Doc) -> Result<Plan, CollabError> {
    read(doc).map(|read| read.plan)
}

/// What [`read`] found in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    /// The plan to show: for a locked version with a lock record, the plan that was
    /// approved (see [`super::lock`]).
    pub plan: Plan,
    /// Items that did not read as items, left out of `plan`.
    pub unreadable: Vec<Unreadable>,
    /// What the document holds beyond the locked version: edits made without seeing the
    /// lock, kept for the next version. Empty when the plan is not locked.
    pub late: Vec<LateEdit>,
}

/// An item of the document that does not read as an item of its kind.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub collection: &'static str,
    pub id: String,
    pub message: String,
}

/// [`read_plan`], saying which items were left out. An update that arrives before one it
/// builds on (offline devices meeting again, in any order) is applied in part: Yjs keeps
/// its new values until the missing update comes, but applies its deletions at once, so
/// an item can lack a replaced field meanwhile. Such an item is left out until then,
/// rather than the whole plan failing to read.
pub fn read(doc: &Doc) -> Result<Read, CollabError> {
    let txn = doc.try_transact().map_err(|_| CollabError::Busy)?;
    let head = txn.get_map(PLAN).ok_or(CollabError::Empty)?;
    // The plan's empty own words are kept: they make `citizen` an object even while an
    // update that replaced its other fields is still on its way.
    let mut plan = read_fields(&txn, &head, &PLAN_SHAPE, Empty::Keep);
    let version = plan
        .remove(SCHEMA_VERSION)
        .and_then(|v| v.as_u64())
        .ok_or(CollabError::Empty)?;
    if version > u64::from(crate::format::SCHEMA_VERSION) {
        return Err(CollabError::NewerSchema {
            found: version,
            supported: crate::format::SCHEMA_VERSION,
        });
    }
    for collection in COLLECTIONS {
        let items = read_collection(&txn, collection.name, collection.order, &collection.shape);
        plan.insert(collection.name.to_string(), Value::Array(items));
    }
    for name in LISTS {
        plan.insert(name.to_string(), Value::Array(read_list(&txn, name)));
    }
    let mut plan = Value::Object(plan);
    let mut unreadable = Vec::new();
    // Each round leaves out one item, so this ends.
    loop {
        let error = match serde_path_to_error::deserialize::<_, Plan>(&plan) {
            Ok(live) if live.locked => {
                let (plan, late) = match super::lock::shown(&txn, &live) {
                    Some(shown) => (shown.plan, shown.late),
                    None => (live, Vec::new()),
                };
                return Ok(Read {
                    plan,
                    unreadable,
                    late,
                });
            }
            Ok(live) => {
                return Ok(Read {
                    plan: live,
                    unreadable,
                    late: Vec::new(),
                })
            }
            Err(error) => error,
        };
        let path = error.path().to_string();
        let message = error.inner().to_string();
        match take_item(&mut plan, &path) {
            Some((collection, id)) => unreadable.push(Unreadable {
                collection,
                id,
                message,
            }),
            None => return Err(CollabError::Shape { path, message }),
        }
    }
}

/// A list's entries (approvals, earlier versions, the change log) as plain values.
pub(super) fn read_list<T: ReadTxn>(txn: &T, name: &str) -> Vec<Value> {
    txn.get_array(name)
        .map(|array| array.iter(txn).map(|out| out_json(txn, out)).collect())
        .unwrap_or_default()
}

/// Removes the item a deserialisation error's path (`family[0].name`) points into;
/// its collection and id. None when the path is not inside an item.
fn take_item(plan: &mut Value, path: &str) -> Option<(&'static str, String)> {
    let (name, rest) = path.split_once('[')?;
    let index: usize = rest.split(']').next()?.parse().ok()?;
    let collection = COLLECTIONS.iter().find(|c| c.name == name)?;
    let items = plan.get_mut(collection.name)?.as_array_mut()?;
    if index >= items.len() {
        return None;
    }
    let item = items.remove(index);
    let id = item.get("id").and_then(Value::as_str).unwrap_or_default();
    Some((collection.name, id.to_string()))
}

/// The plan as the plan format writes it.
pub(super) fn plan_json(plan: &Plan) -> Result<Value, CollabError> {
    serde_json::to_value(plan).map_err(|e| CollabError::Value(e.to_string()))
}

/// An item as the plan format writes it (an object).
pub(super) fn item_json<T: Serialize>(item: &T) -> Result<JsonMap<String, Value>, CollabError> {
    match serde_json::to_value(item) {
        Ok(Value::Object(fields)) => Ok(fields),
        Ok(_) => Err(CollabError::Value("an item is not an object".into())),
        Err(e) => Err(CollabError::Value(e.to_string())),
    }
}

/// The plan's own fields (all but its collections and lists), as the plan format
/// writes them. Built from the fields rather than from the whole plan's JSON, so that a
/// keystroke in a plan of 2,000 interventions does not serialise all of them.
pub(super) fn head_object(plan: &Plan) -> Result<JsonMap<String, Value>, CollabError> {
    // Exhaustive on purpose: a field added to `Plan` does not compile here until it is
    // placed, as a plain field below or as a collection or list of its own.
    let Plan {
        id,
        title,
        version,
        locked,
        locked_at,
        exercise,
        citizen,
        target_group,
        family: _,
        people: _,
        assessment: _,
        known_facts: _,
        goals: _,
        ratings: _,
        interventions: _,
        consents: _,
        follow_ups: _,
        linked_plans: _,
        comments: _,
        approvals: _,
        earlier_versions: _,
        change_log: _,
    } = plan;
    item_json(&serde_json::json!({
        "id": id,
        "title": title,
        "version": version,
        "locked": locked,
        "locked_at": locked_at,
        "exercise": exercise,
        "citizen": citizen,
        "target_group": target_group,
    }))
}

fn list<'a>(plan: &'a Value, name: &str) -> &'a [Value] {
    plan.get(name)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

pub(super) fn clear_array(txn: &mut TransactionMut, array: &ArrayRef) {
    let len = array.len(txn);
    if len > 0 {
        array.remove_range(txn, 0, len);
    }
}

/// Writes one item as a fresh map under `id` (replacing any map there).
pub(super) fn put_item(
    txn: &mut TransactionMut,
    items: &MapRef,
    id: &str,
    fields: &JsonMap<String, Value>,
    shape: &Shape,
) {
    let item = items.insert(txn, id, MapPrelim::default());
    for (path, leaf) in flatten(fields, shape) {
        put_leaf(txn, &item, &path, &leaf);
    }
}

/// Writes one leaf as a fresh value (a new text, a new set) under `path`.
pub(super) fn put_leaf(txn: &mut TransactionMut, map: &MapRef, path: &str, leaf: &Leaf) {
    match leaf {
        Leaf::Text(text) => {
            map.insert(txn, path, TextPrelim::new(text.as_str()));
        }
        Leaf::Set(ids) => {
            let set = map.insert(txn, path, MapPrelim::default());
            for (i, id) in ids.iter().enumerate() {
                set.insert(txn, id.as_str(), ordinal_any(i as f64));
            }
        }
        Leaf::Value(value) => {
            map.insert(txn, path, to_any(value));
        }
    }
}

pub(super) fn ordinal_any(ordinal: f64) -> Any {
    Any::Number(Number::Float(ordinal))
}

/// The place of an id in a set. A writer that marks members with `true` (as Yjs
/// examples do) gives them all the same place: they then sort by id.
pub(super) fn ordinal(out: &Out) -> f64 {
    match out {
        Out::Any(Any::Number(Number::Float(f))) if f.is_finite() => *f,
        Out::Any(Any::Number(Number::Int(i))) => *i as f64,
        _ => 0.0,
    }
}

/// A set's ids in their order: by place, then by id.
pub(super) fn read_set<T: ReadTxn>(txn: &T, set: &MapRef) -> Vec<(f64, String)> {
    let mut ids: Vec<(f64, String)> = set
        .iter(txn)
        .map(|(id, out)| (ordinal(&out), id.to_string()))
        .collect();
    ids.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    ids
}

/// What to do with an empty text at a nested path.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Empty {
    Keep,
    /// Left out: its object may be optional, as an item's `citizen_agreement` is (a
    /// top-level text is always kept: a required text may be empty).
    DropNested,
}

/// A map of flat fields as its JSON object.
pub(super) fn read_fields<T: ReadTxn>(
    txn: &T,
    map: &MapRef,
    shape: &Shape,
    empty: Empty,
) -> JsonMap<String, Value> {
    let mut entries = Vec::new();
    for (path, out) in map.iter(txn) {
        let value = match out {
            Out::YText(text) => {
                let text = text.get_string(txn);
                if empty == Empty::DropNested
                    && text.is_empty()
                    && path.contains('.')
                    && shape.texts.contains(&path)
                {
                    continue;
                }
                Value::String(text)
            }
            Out::YMap(set) => Value::Array(
                read_set(txn, &set)
                    .into_iter()
                    .map(|(_, id)| Value::String(id))
                    .collect(),
            ),
            Out::Any(any) => to_json(&any),
            // A type this build never writes (a newer editor's): not part of the plan.
            _ => continue,
        };
        entries.push((path.to_string(), value));
    }
    unflatten(entries)
}

pub(super) fn out_json<T: ReadTxn>(txn: &T, out: Out) -> Value {
    match out {
        Out::Any(any) => to_json(&any),
        Out::YText(text) => Value::String(text.get_string(txn)),
        _ => Value::Null,
    }
}

/// The ids of an order array (anything but a string is skipped).
pub(super) fn order_ids<T: ReadTxn>(txn: &T, order: &ArrayRef) -> Vec<Option<String>> {
    order
        .iter(txn)
        .map(|out| match out {
            Out::Any(Any::String(id)) => Some(id.to_string()),
            _ => None,
        })
        .collect()
}

fn read_collection<T: ReadTxn>(txn: &T, name: &str, order: &str, shape: &Shape) -> Vec<Value> {
    let Some(items) = txn.get_map(name) else {
        return Vec::new();
    };
    let mut maps: BTreeMap<String, MapRef> = items
        .iter(txn)
        .filter_map(|(id, out)| match out {
            Out::YMap(item) => Some((id.to_string(), item)),
            _ => None,
        })
        .collect();
    let listed = txn
        .get_array(order)
        .map(|order| order_ids(txn, &order))
        .unwrap_or_default();
    let mut seen = HashSet::new();
    let mut read = Vec::new();
    for id in listed.into_iter().flatten() {
        if let Some(item) = maps.get(&id) {
            read.push(Value::Object(read_fields(
                txn,
                item,
                shape,
                Empty::DropNested,
            )));
            seen.insert(id);
        }
    }
    maps.retain(|id, _| !seen.contains(id));
    // Not in the order array (a writer that left it out): after the others, by id.
    for item in maps.values() {
        read.push(Value::Object(read_fields(
            txn,
            item,
            shape,
            Empty::DropNested,
        )));
    }
    read
}
