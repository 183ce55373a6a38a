//! Approval holds for what was approved: the lock record and the late edits.
//!
//! The edit that locks a version (both parties have approved) also stores, in the same
//! transaction, a **lock record** in the root `Y.Map` [`LOCKS`], under
//! `"<version>:<client id>"` (so two devices locking at once each keep their own record):
//! the version, the locking device's client id, the document's state vector as that
//! device saw it, and the approved plan as the plan format writes it.
//!
//! Reading a locked plan ([`super::read`]) shows the record's plan, not the live content:
//! an edit made on a device that had not yet seen the lock (its update arrives after the
//! lock, or the lock arrives after it) stays in the document but is never part of the
//! locked version. It is returned as a [`LateEdit`], and starting the next version (which
//! writes only what it changes from the shown plan) leaves it in the new draft. The rule
//! is a function of the document alone, never of clocks, so every replica shows the same.
//!
//! A lock restored rather than made (an undone "start the next version": the same
//! approvals as a record of the version) writes no record: the one it restores holds.
//!
//! Which record, when there are several for the version:
//! 1. a record another record's state vector covers was seen by that lock (a lock undone
//!    and made again): the later one holds;
//! 2. of locks made at once, the one whose locking approval (its last) is one the repair
//!    keeps (rule 5: the first approval in each capacity in the document's array), so
//!    the version shows the approval every device keeps; of several, the smallest
//!    client id.
//!
//! The state vector is the cheap check: when the document holds nothing beyond it (and
//! the record itself), nothing came after the lock and the comparison is skipped. A
//! state vector does not grow with deletions alone, but every edit appends to the change
//! log, so an edit always grows it; the comparison, not the state vector, says what
//! differs.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use serde_json::{Map as JsonMap, Value};
use yrs::updates::decoder::Decode;
use yrs::updates::encoder::Encode;
use yrs::{Any, Map, Number, Out, ReadTxn, StateVector, TransactionMut, WriteTxn};

use super::doc::{head_object, plan_json};
use super::mapping::{flatten, Leaf, COLLECTIONS, LOCKS, PLAN, PLAN_SHAPE};
use super::CollabError;
use crate::model::{Approval, EditKind, Plan};

/// The plan's own fields that are the version's state, not its content: the lock record
/// governs them, so they are never late edits.
const VERSION_STATE: [&str; 3] = ["version", "locked", "locked_at"];

/// An item's stamps of its last change: they say who made the late edits, which are
/// listed by field, so they are not listed themselves.
const STAMPS: [&str; 2] = ["updated_at", "updated_by"];

/// Something the document holds that the locked version does not: an edit made without
/// seeing the lock. It is kept for the next version.
#[derive(Debug, Clone, PartialEq)]
pub struct LateEdit {
    /// `plan` for the plan's own fields, else the collection (`goals`, `interventions` …).
    pub collection: &'static str,
    /// The item; None for the plan's own fields and for a collection's order.
    pub id: Option<String>,
    /// The field's path (`title`, `period.start`); None when a whole item was added or
    /// removed, or a collection's order changed.
    pub field: Option<String>,
    /// What the document holds now: the field's value, the added item, or the collection's
    /// ids in order; None when the field or item is gone.
    pub live: Option<Value>,
}

/// Stores the lock record of `approved` (the plan the locking edit made). Called last in
/// the locking transaction, so the state vector covers everything but the record itself.
pub(super) fn record(txn: &mut TransactionMut, approved: &Plan) -> Result<(), CollabError> {
    let client = txn.doc().client_id().get();
    let state = txn.state_vector().encode_v1();
    let text = snapshot_text(approved)?;
    let fields = HashMap::from([
        (
            "version".to_string(),
            Any::Number(Number::Int(i64::from(approved.version))),
        ),
        (
            "client".to_string(),
            Any::Number(Number::Int(i64::try_from(client).unwrap_or(i64::MAX))),
        ),
        ("state_vector".to_string(), Any::Buffer(Arc::from(state))),
        ("plan".to_string(), Any::String(text.into())),
    ]);
    let locks = txn.get_or_insert_map(LOCKS);
    locks.insert(
        txn,
        format!("{}:{client}", approved.version),
        Any::Map(Arc::new(fields)),
    );
    Ok(())
}

/// Whether `locked` restores a lock the document has a record of (an undone "start the
/// next version"): a record of its version with the same approvals. That record keeps
/// holding, so what came after the lock stays out of the version. An approval is a new
/// approval, so a version locked by approving always gets a new record.
pub(super) fn restored<T: ReadTxn>(txn: &T, locked: &Plan) -> bool {
    records(txn, locked.version).iter().any(|record| {
        read_snapshot(&record.plan).is_some_and(|plan| plan.approvals == locked.approvals)
    })
}

/// The plan as the plan format writes it (with `schema_version`), unindented.
fn snapshot_text(plan: &Plan) -> Result<String, CollabError> {
    let mut json = plan_json(plan)?;
    if let Value::Object(fields) = &mut json {
        fields.insert(
            "schema_version".into(),
            Value::from(crate::format::SCHEMA_VERSION),
        );
    }
    serde_json::to_string(&json).map_err(|e| CollabError::Value(e.to_string()))
}

/// Removes every lock record: a plan written anew ([`super::seed`]) has no lock race.
pub(super) fn clear(txn: &mut TransactionMut) {
    if let Some(locks) = txn.get_map(LOCKS) {
        locks.clear(txn);
    }
}

/// What a device shows of a locked plan.
pub(super) struct Shown {
    pub plan: Plan,
    pub late: Vec<LateEdit>,
}

/// The approved plan for `live` (the plan the document holds, locked), and what the
/// document holds beyond it. None when the document has no readable record for the
/// version (a plan seeded locked): the live plan is then shown.
pub(super) fn shown<T: ReadTxn>(txn: &T, live: &Plan) -> Option<Shown> {
    let records = records(txn, live.version);
    let mut chosen = choose(records, &live.approvals)?;
    let late = if covers(&chosen, &txn.state_vector()) {
        Vec::new()
    } else {
        let mut repaired = live.clone();
        super::repair(&mut repaired);
        carry_withdrawals(&mut chosen.plan, &repaired);
        late_edits(&chosen.plan, &repaired).unwrap_or_default()
    };
    Some(Shown {
        plan: chosen.plan,
        late,
    })
}

/// A consent withdrawn after the lock is withdrawn in the locked version too: withdrawal
/// is the one content change a locked version accepts (`EditKind::ALLOWED_WHEN_LOCKED`),
/// so it never waits for the next version. The withdrawal date and its change-log line
/// are taken from the live document; everything else stays as approved.
fn carry_withdrawals(approved: &mut Plan, live: &Plan) {
    let mut carried = false;
    for consent in approved
        .consents
        .iter_mut()
        .filter(|c| c.withdrawn.is_none())
    {
        let withdrawn = live
            .consents
            .iter()
            .find(|c| c.id == consent.id)
            .and_then(|c| c.withdrawn);
        if let Some(date) = withdrawn {
            consent.withdrawn = Some(date);
            carried = true;
        }
    }
    if !carried {
        return;
    }
    let withdrawals: Vec<_> = live
        .change_log
        .iter()
        .filter(|entry| {
            entry.action == EditKind::WithdrawConsent && !approved.change_log.contains(entry)
        })
        .cloned()
        .collect();
    approved.change_log.extend(withdrawals);
}

/// A lock record as stored (the plan still as text: only the chosen one is read).
struct Stored {
    client: u64,
    state: StateVector,
    plan: String,
}

/// A lock record with its plan read.
struct Record {
    client: u64,
    state: StateVector,
    plan: Plan,
}

/// The readable records of `version`. One that does not read (a newer or broken writer)
/// is skipped, the same way on every replica.
fn records<T: ReadTxn>(txn: &T, version: u32) -> Vec<Stored> {
    let Some(locks) = txn.get_map(LOCKS) else {
        return Vec::new();
    };
    locks
        .iter(txn)
        .filter_map(|(_, out)| match out {
            Out::Any(Any::Map(fields)) => stored(&fields),
            _ => None,
        })
        .filter(|(of, _)| *of == version)
        .map(|(_, record)| record)
        .collect()
}

fn stored(fields: &HashMap<String, Any>) -> Option<(u32, Stored)> {
    let number = |key: &str| match fields.get(key) {
        Some(Any::Number(Number::Int(i))) => u64::try_from(*i).ok(),
        Some(Any::Number(Number::Float(f))) if f.fract() == 0.0 && *f >= 0.0 => Some(*f as u64),
        _ => None,
    };
    let version = u32::try_from(number("version")?).ok()?;
    let client = number("client")?;
    let state = match fields.get("state_vector") {
        Some(Any::Buffer(bytes)) => StateVector::decode_v1(bytes).ok()?,
        _ => return None,
    };
    let plan = match fields.get("plan") {
        Some(Any::String(text)) => text.to_string(),
        _ => return None,
    };
    Some((
        version,
        Stored {
            client,
            state,
            plan,
        },
    ))
}

/// The clock a state vector holds for a client (0 when it has seen nothing of it).
fn clock(state: &StateVector, client: u64) -> u32 {
    state
        .iter()
        .find(|(id, _)| id.get() == client)
        .map_or(0, |(_, clock)| *clock)
}

/// Whether the lock that wrote `later` had seen the record `earlier` (which was written
/// at the clock its own state vector holds for its client).
fn saw(later: &Stored, earlier: &Stored) -> bool {
    clock(&later.state, earlier.client) > clock(&earlier.state, earlier.client)
}

/// The record that holds (see the module comment), its plan read.
fn choose(records: Vec<Stored>, live_approvals: &[Approval]) -> Option<Record> {
    let latest: Vec<&Stored> = records
        .iter()
        .filter(|record| {
            !records
                .iter()
                .any(|other| other.client != record.client && saw(other, record))
        })
        .collect();
    let mut readable: Vec<Record> = latest
        .into_iter()
        .filter_map(|stored| {
            let plan = read_snapshot(&stored.plan)?;
            Some(Record {
                client: stored.client,
                state: stored.state.clone(),
                plan,
            })
        })
        .collect();
    let kept = first_in_each_capacity(live_approvals);
    let locking_kept = |record: &Record| {
        record
            .plan
            .approvals
            .last()
            .is_some_and(|approval| kept.contains(approval))
    };
    readable.sort_by_key(|record| (!locking_kept(record), record.client));
    readable.into_iter().next()
}

/// The approvals repair rule 5 keeps: the first in each capacity.
fn first_in_each_capacity(approvals: &[Approval]) -> Vec<Approval> {
    let mut seen = HashSet::new();
    approvals
        .iter()
        .filter(|approval| seen.insert(approval.as_role))
        .cloned()
        .collect()
}

/// The approved plan of a record, through the plan format (which also brings a plan
/// an older editor approved up to this format).
fn read_snapshot(text: &str) -> Option<Plan> {
    let value = crate::format::parse_current(text).ok()?;
    crate::format::deserialize_plan(value).ok()
}

/// Whether the document (`now`) holds nothing the lock did not see, but its record.
fn covers(record: &Record, now: &StateVector) -> bool {
    now.iter().all(|(client, clock)| {
        let own = u32::from(client.get() == record.client);
        *clock <= self::clock(&record.state, client.get()).saturating_add(own)
    })
}

/// Where `live` differs from `approved` in content: the plan's own fields (but its
/// version state) and every collection, field by field (but an item's stamps of its
/// last change). Approvals, earlier versions and the change log are the version's
/// record, not content: they are not listed.
pub fn late_edits(approved: &Plan, live: &Plan) -> Result<Vec<LateEdit>, CollabError> {
    let mut late = Vec::new();
    let head = |plan: &Plan| -> Result<BTreeMap<String, Leaf>, CollabError> {
        let mut fields = head_object(plan)?;
        for key in VERSION_STATE {
            fields.remove(key);
        }
        Ok(flatten(&fields, &PLAN_SHAPE))
    };
    fields_differ(PLAN, None, &head(approved)?, &head(live)?, &mut late);
    let (approved, live) = (plan_json(approved)?, plan_json(live)?);
    for collection in COLLECTIONS {
        let items = |plan: &Value| -> Vec<(String, JsonMap<String, Value>)> {
            plan.get(collection.name)
                .and_then(Value::as_array)
                .map(|items| {
                    items
                        .iter()
                        .filter_map(|item| {
                            let fields = item.as_object()?;
                            let id = fields.get("id")?.as_str()?;
                            Some((id.to_string(), fields.clone()))
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let (old, new) = (items(&approved), items(&live));
        let old_by_id: HashMap<&str, &JsonMap<String, Value>> =
            old.iter().map(|(id, f)| (id.as_str(), f)).collect();
        let new_ids: HashSet<&str> = new.iter().map(|(id, _)| id.as_str()).collect();
        for (id, fields) in &new {
            match old_by_id.get(id.as_str()) {
                None => late.push(LateEdit {
                    collection: collection.name,
                    id: Some(id.clone()),
                    field: None,
                    live: Some(Value::Object(fields.clone())),
                }),
                Some(previous) if *previous != fields => fields_differ(
                    collection.name,
                    Some(id),
                    &flatten(previous, &collection.shape),
                    &flatten(fields, &collection.shape),
                    &mut late,
                ),
                Some(_) => {}
            }
        }
        for (id, _) in old.iter().filter(|(id, _)| !new_ids.contains(id.as_str())) {
            late.push(LateEdit {
                collection: collection.name,
                id: Some(id.clone()),
                field: None,
                live: None,
            });
        }
        // The order of the items both hold.
        let kept = |list: &[(String, JsonMap<String, Value>)], other: &HashSet<&str>| {
            list.iter()
                .filter(|(id, _)| other.contains(id.as_str()))
                .map(|(id, _)| id.clone())
                .collect::<Vec<_>>()
        };
        let old_ids: HashSet<&str> = old_by_id.keys().copied().collect();
        if kept(&old, &new_ids) != kept(&new, &old_ids) {
            late.push(LateEdit {
                collection: collection.name,
                id: None,
                field: None,
                live: Some(Value::Array(
                    new.iter()
                        .map(|(id, _)| Value::String(id.clone()))
                        .collect(),
                )),
            });
        }
    }
    Ok(late)
}

/// One late edit per field path whose leaf differs.
fn fields_differ(
    collection: &'static str,
    id: Option<&String>,
    approved: &BTreeMap<String, Leaf>,
    live: &BTreeMap<String, Leaf>,
    late: &mut Vec<LateEdit>,
) {
    let stamp = |path: &str| {
        STAMPS
            .iter()
            .any(|stamp| path == *stamp || path.starts_with(&format!("{stamp}.")))
    };
    let paths: BTreeSet<&String> = approved.keys().chain(live.keys()).collect();
    for path in paths.into_iter().filter(|path| !stamp(path)) {
        let now = live.get(path);
        if approved.get(path) == now {
            continue;
        }
        late.push(LateEdit {
            collection,
            id: id.cloned(),
            field: Some(path.clone()),
            live: now.map(leaf_json),
        });
    }
}

fn leaf_json(leaf: &Leaf) -> Value {
    match leaf {
        Leaf::Text(text) => Value::String(text.clone()),
        Leaf::Set(ids) => Value::Array(ids.iter().cloned().map(Value::String).collect()),
        Leaf::Value(value) => value.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use yrs::{ClientID, Transact};

    fn state(entries: &[(u64, u32)]) -> StateVector {
        entries
            .iter()
            .map(|&(client, clock)| (ClientID::new(client), clock))
            .collect()
    }

    fn stored(client: u64, entries: &[(u64, u32)]) -> Stored {
        Stored {
            client,
            state: state(entries),
            plan: String::new(),
        }
    }

    #[test]
    fn a_lock_that_saw_another_record_supersedes_it() {
        // Client 1 locked at its clock 5 (the record is its sixth item); client 2 locked
        // after receiving it, and a lock made at once by client 3 saw neither.
        let first = stored(1, &[(1, 5)]);
        let after = stored(2, &[(1, 6), (2, 3)]);
        let at_once = stored(3, &[(1, 5), (3, 1)]);
        assert!(saw(&after, &first));
        assert!(!saw(&first, &after));
        assert!(!saw(&at_once, &first));
    }

    #[test]
    fn a_lock_record_covers_the_document_it_was_written_in() {
        use crate::model::{apply, Actor, ApprovalRole, Edit, Role};
        let at = chrono::DateTime::UNIX_EPOCH;
        let before = Plan::new("Min plan");
        let doc = super::super::new_doc_with_client_id(7);
        let Ok(()) = super::super::seed(&doc, &before) else {
            panic!("seeded")
        };
        let mut plan = before.clone();
        for (role, as_role) in [
            (Role::Citizen, ApprovalRole::Citizen),
            (Role::Caseworker, ApprovalRole::Caseworker),
        ] {
            let previous = plan.clone();
            let edit = Edit::Approve { as_role };
            let Ok(_) = apply(&mut plan, edit.clone(), &Actor::new(role, "A"), at) else {
                panic!("approved")
            };
            let Ok(()) = super::super::write_edit(&doc, &previous, &edit, &plan) else {
                panic!("written")
            };
        }
        assert!(plan.locked);
        let txn = doc.transact();
        let records = records(&txn, plan.version);
        assert_eq!(records.len(), 1);
        let Some(record) = choose(records, &plan.approvals) else {
            panic!("a record")
        };
        assert_eq!(record.plan, plan);
        assert!(covers(&record, &txn.state_vector()));
    }

    #[test]
    fn of_two_locks_at_once_the_one_whose_approval_is_kept_holds() {
        use crate::model::{Actor, ApprovalRole, Role};
        let approval = |name: &str, as_role, role| Approval {
            as_role,
            by: Actor::new(role, name),
            at: chrono::DateTime::UNIX_EPOCH,
        };
        let citizen = approval("Mette", ApprovalRole::Citizen, Role::Citizen);
        let jonas = approval("Jonas", ApprovalRole::Caseworker, Role::Caseworker);
        let anne = approval("Anne", ApprovalRole::Caseworker, Role::Caseworker);
        let locked_by = |client: u64, locking: &Approval| {
            let mut plan = Plan::new("Min plan");
            plan.approvals = vec![citizen.clone(), locking.clone()];
            plan.locked = true;
            let text = snapshot_text(&plan).unwrap_or_default();
            (
                plan,
                Stored {
                    client,
                    state: state(&[(client, 3)]),
                    plan: text,
                },
            )
        };
        let (by_jonas, stored_jonas) = locked_by(1, &jonas);
        let (by_anne, stored_anne) = locked_by(2, &anne);
        // Anne's approval comes first in the document: hers holds, though her device's
        // id is the larger.
        let live = [citizen.clone(), anne.clone(), jonas.clone()];
        let records = vec![stored_jonas, stored_anne];
        let chosen = choose(records, &live).map(|record| record.plan);
        assert_eq!(chosen.as_ref(), Some(&by_anne));
        // A lock made after seeing the other's record (the first undone, then locked
        // again) holds, whichever approval is kept.
        let (_, stored_jonas) = locked_by(1, &jonas);
        let (_, mut stored_anne) = locked_by(2, &anne);
        stored_anne.state = state(&[(1, 4), (2, 9)]);
        let chosen = choose(
            vec![stored_jonas, stored_anne],
            &[citizen.clone(), jonas.clone()],
        );
        assert_eq!(
            chosen.map(|record| record.plan.approvals),
            Some(by_anne.approvals.clone())
        );
        // Neither kept (say, both taken back since): the smaller client id.
        let (_, stored_jonas) = locked_by(1, &jonas);
        let (_, stored_anne) = locked_by(2, &anne);
        let chosen = choose(
            vec![stored_anne, stored_jonas],
            std::slice::from_ref(&citizen),
        );
        assert_eq!(
            chosen.map(|record| record.plan.approvals),
            Some(by_jonas.approvals)
        );
    }

    #[test]
    fn the_state_vector_covers_the_document_up_to_the_record() {
        let record = Record {
            client: 1,
            state: state(&[(1, 5), (2, 4)]),
            plan: Plan::new("Min plan"),
        };
        assert!(covers(&record, &state(&[(1, 6), (2, 4)])));
        assert!(!covers(&record, &state(&[(1, 6), (2, 5)])));
        assert!(!covers(&record, &state(&[(1, 6), (2, 4), (3, 1)])));
    }
}
