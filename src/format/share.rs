//! The "Del med …" document: the plan as one party may see it
//! ([`crate::model::share::for_party`]), with what was left out, as one JSON document.
//! `plan-tool share`, the element's `exportFor(party)` and the editor's download all
//! write this, so a host gets the same document from each.
//!
//! ```json
//! { "kind": "helhedsplan-shared-plan", "schema_version": 1, "party": "Jobcenter Holmstrup",
//!   "created_on": "2026-03-15", "consented": true, "health": false,
//!   "left_out": [ { "what": "intervention", "id": "…", "title": "Psykologforløb", "why": "health" } ],
//!   "plan": { "schema_version": 4, … } }
//! ```
//!
//! `plan` is a plan file in the current format: it imports as any plan does.

use chrono::NaiveDate;
use serde::Serialize;

use super::Envelope;
use super::SCHEMA_VERSION as PLAN_VERSION;
use crate::model::share::{LeftOut, Shared};

/// The document's `kind`: tells it apart from a plan file.
pub const KIND: &str = "helhedsplan-shared-plan";

/// The version of this document's shape (independent of the plan format's).
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    kind: &'static str,
    schema_version: u32,
    party: &'a str,
    created_on: NaiveDate,
    consented: bool,
    health: bool,
    left_out: &'a [LeftOut],
    plan: Envelope<'a>,
}

/// The shared plan as pretty-printed JSON text with a final newline.
pub fn to_json(shared: &Shared, party: &str, created_on: NaiveDate) -> String {
    let document = Document {
        kind: KIND,
        schema_version: SCHEMA_VERSION,
        party: party.trim(),
        created_on,
        consented: shared.consented,
        health: shared.health,
        left_out: &shared.left_out,
        plan: Envelope {
            schema_version: PLAN_VERSION,
            plan: &shared.plan,
        },
    };
    // Plain data with string keys: serializing cannot fail.
    let mut text = serde_json::to_string_pretty(&document).expect("a document always serializes");
    text.push('\n');
    text
}
