//! Two devices that seed one empty room at the same moment, each with its own plan.
//!
//! Each found the room empty and wrote its plan before hearing of the other's, so the
//! merged room holds both plans' items, and each field of the plan's header from one of
//! them. Every seed notes itself in the root map [`SEEDS`] (its client id → its plan's
//! id), after clearing what it saw there, so a room holds more than one entry only after
//! seeds that did not see each other. The rule, the same on every device: the seed of the
//! **highest client id** stays, which is also the seed whose header values Yjs keeps where
//! both wrote a field (of concurrent writes to one map key, the higher client id's is the
//! one read). The other device takes its items and list entries out of the room again
//! ([`withdraw_if_outseeded`]); its plan is kept aside on that device, never merged into
//! the one that stayed. A seed of the same plan (the same id) changes nothing: the two
//! wrote the same items.

use serde_json::Value;
use yrs::{Array, Doc, Map, Out, ReadTxn, Transact, TransactionMut, WriteTxn};

use super::doc::out_json;
use super::mapping::{COLLECTIONS, LISTS};
use super::CollabError;
use crate::model::Plan;

/// The root map of seeds: client id → plan id.
pub const SEEDS: &str = "seeds";

/// Notes this device's seed of `plan`, forgetting the seeds it has seen (called in the
/// seeding transaction).
pub(super) fn note(txn: &mut TransactionMut, plan: &Plan) {
    let client = txn.doc().client_id().get().to_string();
    let seeds = txn.get_or_insert_map(SEEDS);
    seeds.clear(txn);
    seeds.insert(txn, client, plan.id.0.to_string());
}

/// The seed that stays when several met: the highest client id's plan id, and whether
/// this device's seed is another plan's.
fn outseeded(doc: &Doc) -> Option<bool> {
    let txn = doc.try_transact().ok()?;
    let seeds = txn.get_map(SEEDS)?;
    let me = doc.client_id().get();
    let mut entries: Vec<(u64, String)> = seeds
        .iter(&txn)
        .filter_map(|(client, plan)| {
            let client = client.parse::<u64>().ok()?;
            let Out::Any(yrs::Any::String(plan)) = plan else {
                return None;
            };
            Some((client, plan.to_string()))
        })
        .collect();
    entries.sort();
    let (_, winner) = entries.last()?;
    let mine = entries.iter().find(|(client, _)| *client == me)?;
    Some(mine.1 != *winner)
}

/// When this device's seed `mine` met another plan's seed that stays, takes `mine`'s
/// items, order entries, list entries and seed note out of the room, in one
/// transaction; `true` when it did (the caller then shows the room's plan and keeps
/// `mine` aside). Nothing else is touched: items added since by anyone stay.
pub fn withdraw_if_outseeded(doc: &Doc, mine: &Plan) -> Result<bool, CollabError> {
    if outseeded(doc) != Some(true) {
        return Ok(false);
    }
    let json = serde_json::to_value(mine).map_err(|e| CollabError::Value(e.to_string()))?;
    let mut txn = doc
        .try_transact_mut_with(super::LOCAL_ORIGIN)
        .map_err(|_| CollabError::Busy)?;
    for collection in COLLECTIONS {
        let ids: Vec<String> = list(&json, collection.name)
            .iter()
            .filter_map(|item| item.get("id").and_then(Value::as_str).map(str::to_string))
            .collect();
        let items = txn.get_or_insert_map(collection.name);
        for id in &ids {
            items.remove(&mut txn, id);
        }
        let order = txn.get_or_insert_array(collection.order);
        remove_where(
            &mut txn,
            &order,
            |_, value| matches!(value, Out::Any(yrs::Any::String(id)) if ids.iter().any(|mine| **mine == **id)),
        );
    }
    for name in LISTS {
        let entries = list(&json, name);
        let array = txn.get_or_insert_array(name);
        remove_where(&mut txn, &array, |txn, value| {
            entries.contains(&out_json(txn, value.clone()))
        });
    }
    let client = doc.client_id().get().to_string();
    txn.get_or_insert_map(SEEDS).remove(&mut txn, &client);
    Ok(true)
}

fn list<'a>(plan: &'a Value, name: &str) -> &'a [Value] {
    plan.get(name)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// Removes the array's entries `matches` picks, from the end (so indexes stay right).
fn remove_where(
    txn: &mut TransactionMut,
    array: &yrs::ArrayRef,
    matches: impl Fn(&TransactionMut, &Out) -> bool,
) {
    let picked: Vec<u32> = array
        .iter(txn)
        .enumerate()
        .filter(|(_, value)| matches(txn, value))
        .filter_map(|(index, _)| u32::try_from(index).ok())
        .collect();
    for index in picked.into_iter().rev() {
        array.remove(txn, index);
    }
}
