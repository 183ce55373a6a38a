//! Reading only what changed: a keystroke from another device touches one text of one
//! item, but [`super::read`] reads all of a large plan (74 ms per remote keystroke on 300
//! goals and 2,000 interventions in the browser, `bench/collab.js`). [`Watch`] notes what
//! each transaction touched (Yjs' deep observers, fired when it commits); [`patch`] reads
//! just that into the plan read before, in place, or says a whole read is needed (an order changed,
//! an item came or went, the plan is locked, …). `tests/collab_session.rs` checks that a
//! patched plan always equals a whole read.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use serde::de::DeserializeOwned;
use serde_json::{Map as JsonMap, Value};
use yrs::types::{DeepObservable, Event, Observable, PathSegment};
use yrs::{Doc, Map, Out, ReadTxn, Transact};

use super::doc::{read_fields, read_list, Empty};
use super::mapping::{COLLECTIONS, LISTS, LOCKS, PLAN, PLAN_SHAPE, SCHEMA_VERSION};
use crate::model::Plan;

const KEY: &str = "helhedsplan-touched";

/// What transactions touched since it was last taken.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Touched {
    /// The plan's own fields.
    pub head: bool,
    /// Items, by collection (index in [`COLLECTIONS`]) and id.
    pub items: BTreeSet<(usize, String)>,
    /// The lists (approvals, earlier versions, the change log) by name.
    pub lists: BTreeSet<&'static str>,
    /// Anything else (an order, the lock records): only a whole read will do.
    pub other: bool,
}

/// Notes what every transaction on a document touches.
pub struct Watch {
    touched: Rc<RefCell<Touched>>,
}

impl Watch {
    /// Watches `doc`'s root types (creating them is local and sends nothing).
    pub fn new(doc: &Doc) -> Watch {
        let touched = Rc::new(RefCell::new(Touched::default()));
        let head = doc.get_or_insert_map(PLAN);
        let t = touched.clone();
        head.observe_deep(KEY, move |_, _| t.borrow_mut().head = true);
        for (index, collection) in COLLECTIONS.iter().enumerate() {
            let items = doc.get_or_insert_map(collection.name);
            let t = touched.clone();
            items.observe_deep(KEY, move |txn, events| {
                let mut touched = t.borrow_mut();
                for event in events.iter() {
                    match event.path().front() {
                        Some(PathSegment::Key(id)) => {
                            touched.items.insert((index, id.to_string()));
                        }
                        _ => match event {
                            // The collection's own map: items added, removed or replaced.
                            Event::Map(map) => {
                                for id in map.keys(txn).keys() {
                                    touched.items.insert((index, id.to_string()));
                                }
                                touched.other = true;
                            }
                            _ => touched.other = true,
                        },
                    }
                }
            });
            let order = doc.get_or_insert_array(collection.order);
            let t = touched.clone();
            order.observe(KEY, move |_, _| t.borrow_mut().other = true);
        }
        for name in LISTS {
            let list = doc.get_or_insert_array(name);
            let t = touched.clone();
            list.observe(KEY, move |_, _| {
                t.borrow_mut().lists.insert(name);
            });
        }
        let locks = doc.get_or_insert_map(LOCKS);
        let t = touched.clone();
        locks.observe_deep(KEY, move |_, _| t.borrow_mut().other = true);
        Watch { touched }
    }

    /// What was touched since the last call.
    pub fn take(&self) -> Touched {
        std::mem::take(&mut *self.touched.borrow_mut())
    }
}

/// Reads what `touched` names again from `doc` into `plan` (a plan [`super::read`] gave,
/// before repair), in place: a keystroke costs its item, not a copy of the plan. `false`
/// when only a whole read can tell; `plan` may then be half patched and must be read whole.
pub fn patch(doc: &Doc, plan: &mut Plan, touched: &Touched) -> bool {
    patch_in(doc, plan, touched).is_some()
}

fn patch_in(doc: &Doc, plan: &mut Plan, touched: &Touched) -> Option<()> {
    if touched.other || plan.locked {
        return None;
    }
    let txn = doc.try_transact().ok()?;
    if touched.head {
        let head = txn.get_map(PLAN)?;
        let mut fields = read_fields(&txn, &head, &PLAN_SHAPE, Empty::Keep);
        let version = fields.remove(SCHEMA_VERSION)?.as_u64()?;
        if version > u64::from(crate::format::SCHEMA_VERSION) {
            return None;
        }
        for collection in COLLECTIONS {
            fields.insert(collection.name.into(), Value::Array(Vec::new()));
        }
        for name in LISTS {
            fields.insert(name.into(), Value::Array(Vec::new()));
        }
        let head: Plan = serde_json::from_value(Value::Object(fields)).ok()?;
        if head.locked {
            return None;
        }
        take_head(plan, head);
    }
    for (index, id) in &touched.items {
        let collection = COLLECTIONS.get(*index)?;
        let Out::YMap(item) = txn.get_map(collection.name)?.get(&txn, id)? else {
            return None;
        };
        let fields = read_fields(&txn, &item, &collection.shape, Empty::DropNested);
        let id = id.as_str();
        match collection.name {
            "family" => replace(&mut plan.family, id, |x| x.id.0.to_string(), fields)?,
            "people" => replace(&mut plan.people, id, |x| x.id.0.to_string(), fields)?,
            "goals" => replace(&mut plan.goals, id, |x| x.id.0.to_string(), fields)?,
            "assessment" => replace(&mut plan.assessment, id, |x| x.id.0.to_string(), fields)?,
            "known_facts" => replace(&mut plan.known_facts, id, |x| x.id.0.to_string(), fields)?,
            "ratings" => replace(&mut plan.ratings, id, |x| x.id.0.to_string(), fields)?,
            "interventions" => {
                replace(&mut plan.interventions, id, |x| x.id.0.to_string(), fields)?
            }
            "consents" => replace(&mut plan.consents, id, |x| x.id.0.to_string(), fields)?,
            "follow_ups" => replace(&mut plan.follow_ups, id, |x| x.id.0.to_string(), fields)?,
            "linked_plans" => replace(&mut plan.linked_plans, id, |x| x.id.0.to_string(), fields)?,
            "comments" => replace(&mut plan.comments, id, |x| x.id.0.to_string(), fields)?,
            _ => return None,
        }
    }
    for name in &touched.lists {
        let entries = Value::Array(read_list(&txn, name));
        match *name {
            "approvals" => plan.approvals = serde_json::from_value(entries).ok()?,
            "earlier_versions" => plan.earlier_versions = serde_json::from_value(entries).ok()?,
            "change_log" => plan.change_log = serde_json::from_value(entries).ok()?,
            _ => return None,
        }
    }
    Some(())
}

/// Every copy of the item `id` in `list` (an id listed twice is read twice) as `fields`
/// now read; `None` when it does not read or was not there (a whole read places it).
fn replace<T: DeserializeOwned + Clone>(
    list: &mut [T],
    id: &str,
    id_of: impl Fn(&T) -> String,
    fields: JsonMap<String, Value>,
) -> Option<()> {
    let fresh: T = serde_json::from_value(Value::Object(fields)).ok()?;
    let mut found = false;
    for slot in list.iter_mut().filter(|item| id_of(item) == id) {
        *slot = fresh.clone();
        found = true;
    }
    found.then_some(())
}

/// The plan's own fields from `head` (a plan read from the head map alone).
fn take_head(plan: &mut Plan, head: Plan) {
    // Exhaustive on purpose: a field added to `Plan` does not compile here until it is
    // placed, as a head field or as a collection or list.
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
    } = head;
    plan.id = id;
    plan.title = title;
    plan.version = version;
    plan.locked = locked;
    plan.locked_at = locked_at;
    plan.exercise = exercise;
    plan.citizen = citizen;
    plan.target_group = target_group;
}
