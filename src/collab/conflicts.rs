//! Applying another device's update, and saying which of this device's short fields lost.
//!
//! A short field (a date, a status, a code: a plain value in an item's `Y.Map`, or in the
//! plan's own map) edited on two devices at once ends the same everywhere: Yjs keeps one
//! value per key, by its own order. [`apply_remote`] applies an update and names every
//! value of **this** device that the update replaced by a value written **concurrently**,
//! so the person whose value lost can be told, with their value one click away.
//!
//! Concurrent or later? Yjs keeps every value a key ever had as items in one list; a new
//! value's *left origin* is the item that was the key's value where it was written. A
//! writer who saw our value wrote after it (origin: our item, or an item whose own origin
//! chain reaches it). A writer who had not seen it has an origin further left. So our
//! value `A`, replaced in this update by the value `W` now shown, was lost to a concurrent
//! value when `W`'s origin chain, followed through the items this update brought, never
//! reaches `A`. That is a property of the merged history, not of how it travelled: the
//! same values are reported lost whatever number and order of updates carry the other
//! side's edits. The value named as the winner is the one shown when the loss arrives
//! (yrs drops the content of values replaced since, so an earlier one cannot be named):
//! if the other side changed the field again, one update names the newest value, the
//! same edits in separate updates the first.
//!
//! yrs 0.28 keeps items' origins private; they are read from the document's own
//! encoding (`encode_state_as_update_v1`, whose item headers carry them), inside the
//! transaction that applied the update, before its garbage collection drops the content
//! of the replaced value. That costs a pass over the whole document, so it runs only when
//! the update replaced a value of this device with a plain value (never for typing).

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::Value;
use yrs::block::{
    ItemContent, BLOCK_GC_REF_NUMBER, BLOCK_SKIP_REF_NUMBER, HAS_ORIGIN, HAS_PARENT_SUB,
    HAS_RIGHT_ORIGIN,
};
use yrs::encoding::read::{Cursor, Read};
use yrs::updates::decoder::{Decode, Decoder, DecoderV1};
use yrs::{
    Any, ClientID, Doc, IdSet, Map, Out, ReadTxn, StateVector, Transact, TransactionMut, Update, ID,
};

use super::mapping::{item_ref, owner, to_json, PLAN};
use super::CollabError;
use crate::model::merge_notice::LostValue;
use crate::model::ItemRef;

/// The origin of transactions that apply another device's update.
pub const REMOTE_ORIGIN: &str = "helhedsplan-remote";

/// Applies `update` (Yjs update v1, from another device) to `doc` in one transaction and
/// returns this device's short-field values it replaced by concurrent values. An update
/// that does not decode is refused before the document is touched.
pub fn apply_remote(doc: &Doc, update: &[u8]) -> Result<Vec<LostValue>, CollabError> {
    apply_update_as(doc, update, REMOTE_ORIGIN)
}

/// [`apply_remote`] with a chosen transaction origin. With [`super::LOCAL_ORIGIN`] (this
/// device replaying its own stored updates) nothing is reported: no one else's value
/// came in.
pub fn apply_update_as(
    doc: &Doc,
    update: &[u8],
    origin: &str,
) -> Result<Vec<LostValue>, CollabError> {
    let update = Update::decode_v1(update).map_err(|e| CollabError::Update(e.to_string()))?;
    let mut txn = doc
        .try_transact_mut_with(origin)
        .map_err(|_| CollabError::Busy)?;
    txn.apply_update(update)
        .map_err(|e| CollabError::Update(e.to_string()))?;
    Ok(lost_in(&txn))
}

/// This device's short-field values that `txn` replaced by concurrent values, for a
/// caller that applies updates in its own transaction (`txn.apply_update(update)`, then
/// this, before the transaction ends: its garbage collection drops replaced values).
/// Nothing for a transaction with [`super::LOCAL_ORIGIN`].
pub fn lost_in(txn: &TransactionMut) -> Vec<LostValue> {
    let local = txn
        .origin()
        .is_some_and(|origin| origin.as_ref() == super::LOCAL_ORIGIN.as_bytes());
    if local {
        return Vec::new();
    }
    let me = txn.doc().client_id();
    // Only a value of ours that this transaction deleted can have been lost, and only to
    // a value written without seeing the one it replaced (typing elsewhere costs no more).
    if txn.delete_set().get(&me).is_none() {
        return Vec::new();
    }
    if !may_be_concurrent(txn) {
        return Vec::new();
    }
    let Some(blocks) = Blocks::decode(&txn.encode_state_as_update_v1(&StateVector::default()))
    else {
        return Vec::new();
    };
    let before = txn.before_state();
    let is_new = |block: &Block| block.id.clock >= before.get(&block.id.client);
    let mut keys = Keys::new(&blocks);
    // The value each key shows now.
    let mut shown: HashMap<Key, &Block> = HashMap::new();
    for block in blocks.all() {
        let map_value = block.value.is_some() || block.holds_type;
        if map_value && !blocks.deleted.contains(&block.id) {
            if let Some(key) = keys.of(block) {
                shown.insert(key, block);
            }
        }
    }
    let mut lost = Vec::new();
    for mine in blocks.client(me) {
        let Some(my_value) = &mine.value else {
            continue;
        };
        if !txn.delete_set().contains(&mine.id) {
            continue;
        }
        let Some(key) = keys.of(mine) else { continue };
        let Some(now) = shown.get(&key) else { continue };
        if now.id.client == me || !is_new(now) {
            continue;
        }
        if !concurrent(&blocks, now, mine, &is_new) {
            continue;
        }
        let Some((item, field)) = field_of(txn, &blocks, &mut keys, &key) else {
            continue;
        };
        let mine_json = to_json(my_value);
        let theirs = match &now.value {
            Some(value) => to_json(value),
            None => shown_json(txn, item, &field),
        };
        if mine_json != theirs {
            lost.push(LostValue {
                item,
                field,
                mine: mine_json,
                theirs,
            });
        }
    }
    lost
}

/// Whether this transaction brought a map value written without seeing the value it
/// replaces here: the cheap test (on the transaction's own items) before the whole
/// document is read. A value whose origin chain, through the items that came in, ends at
/// a value this transaction deleted had seen the value shown here: a later edit (the
/// common case: every keystroke elsewhere restamps its item). Sequence items (text,
/// arrays) end at a live item or carry a right origin, and a new item's first values sit
/// in a map that came in too; neither can replace a value of ours.
fn may_be_concurrent(txn: &TransactionMut) -> bool {
    let Some(new) = Blocks::decode(&txn.encode_update_v1()) else {
        return true;
    };
    let mut snapshot: Option<IdSet> = None;
    for block in new.all() {
        if !(block.value.is_some() || block.holds_type) {
            continue;
        }
        let mut at = block;
        let mut steps = 0;
        let end = loop {
            steps += 1;
            if at.right_origin.is_some() || steps > new.count + 1 {
                break None;
            }
            match at.origin {
                Some(origin) => match new.find(&origin) {
                    Some(left) => at = left,
                    None => break Some(Some(origin)),
                },
                None => break Some(None),
            }
        };
        let concurrent = match end {
            None => false,
            // The first value of a key: in the plan's own map or in a map that was here.
            Some(None) => match &at.parent {
                Some(Parent::Root(name)) => name.as_ref() == PLAN,
                Some(Parent::Item(map)) => new.find(map).is_none(),
                None => false,
            },
            Some(Some(origin)) if txn.delete_set().contains(&origin) => false,
            // Written after a value deleted earlier (a map's older value): concurrent;
            // after a live one: a sequence item.
            Some(Some(origin)) => snapshot
                .get_or_insert_with(|| txn.snapshot().delete_set)
                .contains(&origin),
        };
        if concurrent {
            return true;
        }
    }
    false
}

/// Whether the value `now` shown was written without seeing `mine`: its origin chain,
/// followed through the items this transaction brought, does not reach `mine`.
fn concurrent(
    blocks: &Blocks,
    now: &Block,
    mine: &Block,
    is_new: &impl Fn(&Block) -> bool,
) -> bool {
    let mut at = now;
    // Each step moves to an item further left in the key's list: at most one per block.
    for _ in 0..=blocks.count {
        let Some(origin) = at.origin else {
            return true;
        };
        if mine.contains(&origin) {
            return false;
        }
        match blocks.find(&origin) {
            Some(left) if is_new(left) => at = left,
            _ => return true,
        }
    }
    true
}

/// Field names that are the editor's bookkeeping, not a person's value: who changed an
/// item and when, the plan's version and lock (approvals are not last-writer-wins).
fn bookkeeping(field: &str) -> bool {
    let first = field.split('.').next().unwrap_or_default();
    matches!(
        first,
        "id" | "created_at"
            | "created_by"
            | "updated_at"
            | "updated_by"
            | "version"
            | "locked"
            | "locked_at"
            | super::mapping::SCHEMA_VERSION
    )
}

/// The item and field a map key belongs to: a key of the plan's own map, or of an item's
/// map inside a collection. None for other maps (a set of links) and bookkeeping fields.
fn field_of(
    txn: &TransactionMut,
    blocks: &Blocks,
    keys: &mut Keys,
    (parent, field): &Key,
) -> Option<(Option<ItemRef>, String)> {
    if bookkeeping(field) {
        return None;
    }
    match parent {
        Parent::Root(name) if name.as_ref() == PLAN => Some((None, field.to_string())),
        Parent::Item(map_id) => {
            let holder = blocks.find(map_id)?;
            let (Parent::Root(collection), id) = keys.of(holder)? else {
                return None;
            };
            // The item map must be the one the collection shows under that id.
            let items = txn.get_map(collection.as_ref())?;
            match items.get(txn, id.as_ref()) {
                Some(Out::YMap(map)) if map_is(&map, map_id) => {}
                _ => return None,
            }
            let item = item_ref(&collection, id.parse().ok()?)?;
            Some((Some(item), field.to_string()))
        }
        Parent::Root(_) => None,
    }
}

fn map_is(map: &yrs::MapRef, id: &ID) -> bool {
    let branch: &yrs::branch::Branch = map.as_ref();
    matches!(branch.id(), yrs::BranchID::Nested(nested) if nested == *id)
}

/// The value a field shows now, as the plan format writes it.
fn shown_json(txn: &TransactionMut, item: Option<ItemRef>, field: &str) -> Value {
    let map = match item {
        None => txn.get_map(PLAN),
        Some(item) => {
            let (collection, id) = owner(item);
            match txn
                .get_map(collection)
                .and_then(|m| m.get(txn, id.to_string().as_str()))
            {
                Some(Out::YMap(map)) => Some(map),
                _ => None,
            }
        }
    };
    match map.and_then(|map| map.get(txn, field)) {
        Some(Out::Any(any)) => to_json(&any),
        Some(Out::YText(text)) => Value::String(yrs::types::GetString::get_string(&text, txn)),
        _ => Value::Null,
    }
}

/// Where a map entry lives: its map, and its key.
type Key = (Parent, Arc<str>);

/// A map (or other shared type) an item belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Parent {
    /// A root type, by name.
    Root(Arc<str>),
    /// A nested type: the id of the item that holds it.
    Item(ID),
}

/// One block of an encoded document: what conflict detection needs of it.
struct Block {
    id: ID,
    len: u32,
    /// False for garbage-collected ranges and skips (no origin, no content).
    is_item: bool,
    origin: Option<ID>,
    right_origin: Option<ID>,
    /// Written only by the first item of a key or sequence (the others inherit it).
    parent: Option<Parent>,
    parent_sub: Option<Arc<str>>,
    /// The value, when the item holds one plain value (a map entry's value).
    value: Option<Any>,
    /// Whether the item holds a shared type (a text, a map).
    holds_type: bool,
}

impl Block {
    fn contains(&self, id: &ID) -> bool {
        id.client == self.id.client
            && id.clock >= self.id.clock
            && id.clock - self.id.clock < self.len
    }
}

/// The blocks of an update (v1), per client in clock order, and its delete set.
struct Blocks {
    clients: HashMap<ClientID, Vec<Block>>,
    deleted: IdSet,
    count: usize,
}

impl Blocks {
    /// None when the bytes are not an update (they come from yrs itself here).
    fn decode(bytes: &[u8]) -> Option<Blocks> {
        let mut decoder = DecoderV1::new(Cursor::new(bytes));
        let clients_len: u32 = decoder.read_var().ok()?;
        let mut clients: HashMap<ClientID, Vec<Block>> = HashMap::new();
        let mut count = 0;
        for _ in 0..clients_len {
            let blocks_len: u32 = decoder.read_var().ok()?;
            let client = decoder.read_client().ok()?;
            let mut clock: u32 = decoder.read_var().ok()?;
            let list = clients.entry(client).or_default();
            for _ in 0..blocks_len {
                let block = read_block(&mut decoder, ID::new(client, clock))?;
                clock = clock.checked_add(block.len)?;
                list.push(block);
                count += 1;
            }
        }
        for list in clients.values_mut() {
            list.sort_by_key(|b| b.id.clock);
        }
        let deleted = IdSet::decode(&mut decoder).ok()?;
        Some(Blocks {
            clients,
            deleted,
            count,
        })
    }

    fn all(&self) -> impl Iterator<Item = &Block> {
        self.clients.values().flatten()
    }

    fn client(&self, client: ClientID) -> impl Iterator<Item = &Block> {
        self.clients.get(&client).into_iter().flatten()
    }

    /// The block that holds `id`.
    fn find(&self, id: &ID) -> Option<&Block> {
        let list = self.clients.get(&id.client)?;
        let at = list.partition_point(|b| b.id.clock <= id.clock);
        let block = list.get(at.checked_sub(1)?)?;
        block.contains(id).then_some(block)
    }
}

fn read_block(decoder: &mut DecoderV1, id: ID) -> Option<Block> {
    let info = decoder.read_info().ok()?;
    let gap = |len: u32| Block {
        id,
        len,
        is_item: false,
        origin: None,
        right_origin: None,
        parent: None,
        parent_sub: None,
        value: None,
        holds_type: false,
    };
    match info {
        BLOCK_SKIP_REF_NUMBER => return Some(gap(decoder.read_var().ok()?)),
        BLOCK_GC_REF_NUMBER => return Some(gap(decoder.read_len().ok()?)),
        _ => {}
    }
    let origin = if info & HAS_ORIGIN != 0 {
        Some(decoder.read_left_id().ok()?)
    } else {
        None
    };
    let right_origin = if info & HAS_RIGHT_ORIGIN != 0 {
        Some(decoder.read_right_id().ok()?)
    } else {
        None
    };
    let heads = info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN) == 0;
    let parent = if heads {
        Some(if decoder.read_parent_info().ok()? {
            Parent::Root(decoder.read_string().ok()?.into())
        } else {
            Parent::Item(decoder.read_left_id().ok()?)
        })
    } else {
        None
    };
    let parent_sub = if heads && info & HAS_PARENT_SUB != 0 {
        Some(decoder.read_string().ok()?.into())
    } else {
        None
    };
    let content = ItemContent::decode(decoder, info).ok()?;
    let len = content.len_utf16();
    let holds_type = matches!(content, ItemContent::Type(_));
    let value = match content {
        ItemContent::Any(mut values) if values.len() == 1 => values.pop(),
        _ => None,
    };
    Some(Block {
        id,
        len: len.max(1),
        is_item: true,
        origin,
        right_origin,
        parent,
        parent_sub,
        value,
        holds_type,
    })
}

/// The map key of each item, found by following origins to the first item of its key
/// (the only one that names its map and key), remembered per block.
struct Keys<'a> {
    blocks: &'a Blocks,
    known: HashMap<ID, Option<Key>>,
}

impl<'a> Keys<'a> {
    fn new(blocks: &'a Blocks) -> Self {
        Keys {
            blocks,
            known: HashMap::new(),
        }
    }

    fn of(&mut self, block: &Block) -> Option<Key> {
        let mut path: Vec<ID> = Vec::new();
        let mut at = Some(block);
        let mut found = None;
        // A chain is at most as long as the document has blocks.
        for _ in 0..=self.blocks.count {
            let Some(current) = at else { break };
            if let Some(known) = self.known.get(&current.id) {
                found = known.clone();
                break;
            }
            path.push(current.id);
            if !current.is_item {
                break;
            }
            if let Some(parent) = &current.parent {
                found = current
                    .parent_sub
                    .as_ref()
                    .map(|sub| (parent.clone(), sub.clone()));
                break;
            }
            at = current
                .origin
                .or(current.right_origin)
                .and_then(|id| self.blocks.find(&id));
        }
        for id in path {
            self.known.insert(id, found.clone());
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bookkeeping_fields_are_not_a_persons_value() {
        assert!(bookkeeping("updated_by.name"));
        assert!(bookkeeping("updated_at"));
        assert!(!bookkeeping("period.start"));
        assert!(!bookkeeping("status"));
    }

    #[test]
    fn every_collection_has_an_item_kind_and_back() {
        let id = uuid::Uuid::from_u128(7);
        for collection in crate::collab::mapping::COLLECTIONS {
            let item = item_ref(collection.name, id).expect("a kind");
            assert_eq!(owner(item), (collection.name, id));
        }
    }
}
