//! Replicas of one plan for the shared-document tests: each holds a Yjs document and the
//! plan it shows (read from the document and repaired), and edits as the editor will:
//! `model::apply` on the plan, then `collab::write_edit` into the document.
#![allow(dead_code)]

use chrono::{DateTime, Utc};
use helhedsplan::collab::{self, read_plan, repair, write_edit};
use helhedsplan::model::{apply, Actor, Edit, EditError, Plan};
use yrs::updates::decoder::Decode;
use yrs::{Doc, ReadTxn, Transact, Update};

pub struct Replica {
    pub doc: Doc,
    pub plan: Plan,
}

impl Replica {
    /// The device that seeds the room with its plan.
    pub fn seeded(plan: &Plan, client_id: u64) -> Replica {
        let doc = collab::new_doc_with_client_id(client_id);
        collab::seed(&doc, plan).expect("the plan is written");
        let mut replica = Replica {
            doc,
            plan: plan.clone(),
        };
        replica.reread();
        replica
    }

    /// A device joining the room of `other`.
    pub fn joined(other: &Replica, client_id: u64) -> Replica {
        let mut replica = Replica {
            doc: collab::new_doc_with_client_id(client_id),
            plan: other.plan.clone(),
        };
        replica.receive(other);
        replica
    }

    /// Applies `edit` as `actor` locally and writes it into the document.
    pub fn edit(&mut self, actor: &Actor, edit: Edit, at: DateTime<Utc>) -> Result<(), EditError> {
        let mut after = self.plan.clone();
        apply(&mut after, edit.clone(), actor, at)?;
        write_edit(&self.doc, &self.plan, &edit, &after).expect("the edit is written");
        if self.plan.locked {
            // A locked version is shown as approved; the document may hold edits that came
            // after the lock, which the next version keeps: show what it holds.
            self.reread();
        } else {
            self.plan = after;
        }
        Ok(())
    }

    /// Everything `other` has that this document lacks, as one update (sync step 2).
    pub fn update_from(&self, other: &Replica) -> Vec<u8> {
        let state = self.doc.transact().state_vector();
        other.doc.transact().encode_state_as_update_v1(&state)
    }

    /// Applies an update from another device and shows the merged plan.
    pub fn apply_update(&mut self, update: &[u8]) {
        let update = Update::decode_v1(update).expect("an update decodes");
        self.doc
            .transact_mut()
            .apply_update(update)
            .expect("an update applies");
        self.reread();
    }

    pub fn receive(&mut self, other: &Replica) {
        let update = self.update_from(other);
        self.apply_update(&update);
    }

    /// The plan the document holds, repaired: what the device shows.
    pub fn reread(&mut self) {
        let mut plan = read_plan(&self.doc).expect("the document reads as a plan");
        repair(&mut plan);
        self.plan = plan;
    }
}

/// Where two plans differ, as JSON paths with both values (short enough to read in a
/// failing property test).
pub fn differences(a: &Plan, b: &Plan) -> Vec<String> {
    fn walk(path: String, a: &serde_json::Value, b: &serde_json::Value, out: &mut Vec<String>) {
        use serde_json::Value;
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                for key in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                    let (u, v) = (
                        x.get(key).unwrap_or(&Value::Null),
                        y.get(key).unwrap_or(&Value::Null),
                    );
                    walk(format!("{path}/{key}"), u, v, out);
                }
            }
            (Value::Array(x), Value::Array(y)) => {
                if x.len() != y.len() {
                    out.push(format!("{path}: {} items ≠ {} items", x.len(), y.len()));
                }
                for (i, (u, v)) in x.iter().zip(y).enumerate() {
                    walk(format!("{path}/{i}"), u, v, out);
                }
            }
            _ if a != b => {
                let short = |v: &Value| v.to_string().chars().take(300).collect::<String>();
                out.push(format!("{path}: {} ≠ {}", short(a), short(b)));
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    let json = |p: &Plan| serde_json::to_value(p).unwrap_or_default();
    walk(String::new(), &json(a), &json(b), &mut out);
    out
}
