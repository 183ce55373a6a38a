//! Which part of the plan lives where in the shared document, and how one item's JSON
//! form becomes the entries of its `Y.Map` and back.
//!
//! An item (and the plan's own fields) is kept *flat*: one map entry per leaf of its JSON
//! form, keyed by the leaf's path in the plan format (`title`, `scale.more`,
//! `period.start`, `citizen.own_words.dreams`), the same path a field edit names. So two
//! people changing `period.start` and `period.end` of one intervention both keep their
//! change, and every field the plan format writes is mapped without being listed here:
//! only the long texts and the sets are named, because they merge differently.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::{Map, Value};
use yrs::{Any, Number};

/// One kind of item: its list in the plan format (also the name of its root `Y.Map`,
/// keyed by item id), the root `Y.Array` holding its order, and which of its fields
/// merge as text or as sets.
#[derive(Debug)]
pub struct Collection {
    pub name: &'static str,
    pub order: &'static str,
    pub shape: Shape,
}

/// The fields of a map that do not hold plain values.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    /// Long free text, as `Y.Text`: concurrent typing merges by character. Always present
    /// (empty when the plan has no text), so that two people starting to write in an
    /// empty field type into one shared text, not two that replace each other.
    pub texts: &'static [&'static str],
    /// Lists of ids that are sets, as `Y.Map<id, ordinal>`: two links added at once both
    /// stay; the ordinal keeps the plan's order of the list.
    pub sets: &'static [&'static str],
}

const AGREEMENT: &str = "citizen_agreement.comment";

pub const FAMILY: Collection = Collection {
    name: "family",
    order: "family_order",
    shape: Shape {
        // "Barnets egne ord" (since 4): typed by the child's side, merged by character.
        texts: &["own_words"],
        sets: &[],
    },
};
pub const PEOPLE: Collection = Collection {
    name: "people",
    order: "people_order",
    shape: Shape {
        texts: &["contribution"],
        sets: &[],
    },
};
pub const GOALS: Collection = Collection {
    name: "goals",
    order: "goals_order",
    shape: Shape {
        texts: &[
            "title",
            "description",
            "scale.much_less",
            "scale.less",
            "scale.expected",
            "scale.more",
            "scale.much_more",
            AGREEMENT,
        ],
        sets: &["assessment"],
    },
};
pub const RATINGS: Collection = Collection {
    name: "ratings",
    order: "ratings_order",
    shape: Shape {
        texts: &["comment"],
        sets: &[],
    },
};
pub const INTERVENTIONS: Collection = Collection {
    name: "interventions",
    order: "interventions_order",
    shape: Shape {
        texts: &["title", "description", "decision.reasons", AGREEMENT],
        sets: &["goals", "depends_on"],
    },
};
pub const ASSESSMENT: Collection = Collection {
    name: "assessment",
    order: "assessment_order",
    shape: Shape {
        texts: &["text"],
        sets: &[],
    },
};
pub const KNOWN_FACTS: Collection = Collection {
    name: "known_facts",
    order: "known_facts_order",
    shape: Shape {
        texts: &[],
        sets: &[],
    },
};
pub const CONSENTS: Collection = Collection {
    name: "consents",
    order: "consents_order",
    shape: Shape {
        texts: &["scope"],
        sets: &[],
    },
};
pub const FOLLOW_UPS: Collection = Collection {
    name: "follow_ups",
    order: "follow_ups_order",
    shape: Shape {
        texts: &["agreements"],
        sets: &[],
    },
};
pub const LINKED_PLANS: Collection = Collection {
    name: "linked_plans",
    order: "linked_plans_order",
    shape: Shape {
        texts: &["note"],
        sets: &[],
    },
};
pub const COMMENTS: Collection = Collection {
    name: "comments",
    order: "comments_order",
    shape: Shape {
        texts: &["text"],
        sets: &[],
    },
};

/// Every collection, in the order the plan format writes them.
pub const COLLECTIONS: [&Collection; 11] = [
    &FAMILY,
    &PEOPLE,
    &ASSESSMENT,
    &KNOWN_FACTS,
    &GOALS,
    &RATINGS,
    &INTERVENTIONS,
    &CONSENTS,
    &FOLLOW_UPS,
    &LINKED_PLANS,
    &COMMENTS,
];

/// The root `Y.Map` with the plan's own fields (and `schema_version`).
pub const PLAN: &str = "plan";
/// The key of the plan format's version in [`PLAN`].
pub const SCHEMA_VERSION: &str = "schema_version";
/// The plan's own fields that are long text.
pub const PLAN_SHAPE: Shape = Shape {
    texts: &[
        "title",
        "citizen.own_words.dreams",
        "citizen.own_words.resources",
        "citizen.own_words.situation",
        "citizen.own_words.future",
        "citizen.own_words.network",
        "citizen.own_words.help_wanted",
        "citizen.own_words.before_meeting",
        "target_group.reason",
    ],
    sets: &[],
};

/// The root `Y.Map` of lock records, keyed `"<version>:<client id>"` (see
/// [`super::lock`]): what each locking device approved, and the state vector it had seen.
pub const LOCKS: &str = "locks";

/// Lists without ids, as root `Y.Array`s of plain values: entries are facts that are
/// added (and, for the log, folded or compacted) but never edited in place.
pub const LISTS: [&str; 3] = ["approvals", "earlier_versions", "change_log"];

/// One leaf of an item's flat form.
#[derive(Debug, Clone, PartialEq)]
pub enum Leaf {
    Text(String),
    Set(Vec<String>),
    Value(Value),
}

/// The flat form of one item's (or the plan head's) JSON object: path → leaf. Every text
/// of `shape` is present, empty when the object has none.
pub fn flatten(object: &Map<String, Value>, shape: &Shape) -> BTreeMap<String, Leaf> {
    let mut flat = BTreeMap::new();
    flatten_into(&mut flat, "", object, shape);
    for text in shape.texts {
        flat.entry(text.to_string())
            .or_insert_with(|| Leaf::Text(String::new()));
    }
    flat
}

fn flatten_into(
    flat: &mut BTreeMap<String, Leaf>,
    prefix: &str,
    object: &Map<String, Value>,
    shape: &Shape,
) {
    for (key, value) in object {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        let leaf = match value {
            Value::String(text) if shape.texts.contains(&path.as_str()) => Leaf::Text(text.clone()),
            Value::Array(ids) if shape.sets.contains(&path.as_str()) => Leaf::Set(
                ids.iter()
                    .filter_map(|id| id.as_str().map(str::to_string))
                    .collect(),
            ),
            // An empty object stays a leaf, so that `Some` of an all-default struct
            // comes back as `Some`.
            Value::Object(inner) if !inner.is_empty() => {
                flatten_into(flat, &path, inner, shape);
                continue;
            }
            other => Leaf::Value(other.clone()),
        };
        flat.insert(path, leaf);
    }
}

/// The JSON object from flat `(path, value)` entries. Where two devices left a field
/// both as a value and as an object (one cleared `legal_basis` while the other set
/// `legal_basis.law`), the object wins: it holds the later, more specific change.
pub fn unflatten(entries: Vec<(String, Value)>) -> Map<String, Value> {
    let mut entries = entries;
    // Shorter paths first ("period" before "period.start"), so objects are met before
    // their leaves; the order is the same on every device.
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let mut root = Map::new();
    for (path, value) in entries {
        insert_path(&mut root, &path, value);
    }
    root
}

fn insert_path(root: &mut Map<String, Value>, path: &str, value: Value) {
    let mut parts = path.split('.').peekable();
    let mut node = root;
    while let Some(part) = parts.next() {
        if parts.peek().is_none() {
            match node.get(part) {
                // An object already there (from a deeper path) keeps its fields.
                Some(Value::Object(_)) => {}
                _ => {
                    node.insert(part.to_string(), value);
                }
            }
            return;
        }
        let slot = node
            .entry(part.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if !slot.is_object() {
            *slot = Value::Object(Map::new());
        }
        let Value::Object(next) = slot else { return };
        node = next;
    }
}

/// A plan-format value as a Yjs value. Integers stay integers.
pub fn to_any(value: &Value) -> Any {
    match value {
        Value::Null => Any::Null,
        Value::Bool(b) => Any::Bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Any::Number(Number::Int(i)),
            None => Any::Number(Number::Float(n.as_f64().unwrap_or_default())),
        },
        Value::String(s) => Any::String(Arc::from(s.as_str())),
        Value::Array(items) => Any::Array(items.iter().map(to_any).collect()),
        Value::Object(map) => Any::Map(Arc::new(
            map.iter().map(|(k, v)| (k.clone(), to_any(v))).collect(),
        )),
    }
}

/// The largest integer a float holds exactly (2^53): Yjs sends large integers as floats.
const EXACT_FLOAT: f64 = 9_007_199_254_740_992.0;

/// A Yjs value as a plan-format value. A whole float is read as an integer (Yjs encodes
/// integers past 2^31 as floats, and the plan holds no fractions); a value the plan
/// format has no form for (a binary buffer, NaN) is read as `null`, which the plan's
/// reader then refuses or defaults.
pub fn to_json(any: &Any) -> Value {
    match any {
        Any::Null | Any::Undefined | Any::Buffer(_) => Value::Null,
        Any::Bool(b) => Value::Bool(*b),
        Any::Number(Number::Int(i)) => Value::from(*i),
        Any::Number(Number::Float(f)) => {
            if f.fract() == 0.0 && f.abs() <= EXACT_FLOAT {
                // Exact: a whole float within ±2^53 converts without loss.
                Value::from(*f as i64)
            } else {
                serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number)
            }
        }
        Any::String(s) => Value::String(s.to_string()),
        Any::Array(items) => Value::Array(items.iter().map(to_json).collect()),
        Any::Map(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), to_json(v))).collect()),
    }
}

/// The collection an item reference points into, and the item's id.
pub fn owner(item: crate::model::ItemRef) -> (&'static str, uuid::Uuid) {
    use crate::model::ItemRef;
    match item {
        ItemRef::Goal(id) => (GOALS.name, id.0),
        ItemRef::Intervention(id) => (INTERVENTIONS.name, id.0),
        ItemRef::Person(id) => (PEOPLE.name, id.0),
        ItemRef::FamilyMember(id) => (FAMILY.name, id.0),
        ItemRef::Consent(id) => (CONSENTS.name, id.0),
        ItemRef::FollowUp(id) => (FOLLOW_UPS.name, id.0),
        ItemRef::LinkedPlan(id) => (LINKED_PLANS.name, id.0),
        ItemRef::Rating(id) => (RATINGS.name, id.0),
        ItemRef::Comment(id) => (COMMENTS.name, id.0),
        ItemRef::AssessmentEntry(id) => (ASSESSMENT.name, id.0),
        ItemRef::KnownFact(id) => (KNOWN_FACTS.name, id.0),
    }
}

/// The item reference of the item `id` in `collection` ([`owner`] the other way).
pub fn item_ref(collection: &str, id: uuid::Uuid) -> Option<crate::model::ItemRef> {
    use crate::model::*;
    Some(match collection {
        n if n == GOALS.name => ItemRef::Goal(GoalId(id)),
        n if n == INTERVENTIONS.name => ItemRef::Intervention(InterventionId(id)),
        n if n == PEOPLE.name => ItemRef::Person(PersonId(id)),
        n if n == FAMILY.name => ItemRef::FamilyMember(MemberId(id)),
        n if n == CONSENTS.name => ItemRef::Consent(ConsentId(id)),
        n if n == FOLLOW_UPS.name => ItemRef::FollowUp(FollowUpId(id)),
        n if n == LINKED_PLANS.name => ItemRef::LinkedPlan(LinkedPlanId(id)),
        n if n == RATINGS.name => ItemRef::Rating(RatingId(id)),
        n if n == COMMENTS.name => ItemRef::Comment(CommentId(id)),
        n if n == ASSESSMENT.name => ItemRef::AssessmentEntry(AssessmentId(id)),
        n if n == KNOWN_FACTS.name => ItemRef::KnownFact(KnownFactId(id)),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nested_objects_flatten_to_paths_and_back() {
        let shape = Shape {
            texts: &["title", "scale.more"],
            sets: &["goals"],
        };
        let item = json!({
            "title": "Jeg vil have et arbejde",
            "period": {"start": "2026-01-05"},
            "decision": {},
            "scale": {"more": "Fuld tid 😀"},
            "goals": ["a", "b"],
            "version": 3
        });
        let Value::Object(object) = item.clone() else {
            unreachable!()
        };
        let flat = flatten(&object, &shape);
        assert_eq!(flat["period.start"], Leaf::Value(json!("2026-01-05")));
        assert_eq!(flat["decision"], Leaf::Value(json!({})));
        assert_eq!(flat["scale.more"], Leaf::Text("Fuld tid 😀".into()));
        assert_eq!(flat["goals"], Leaf::Set(vec!["a".into(), "b".into()]));
        let entries = flat
            .into_iter()
            .map(|(path, leaf)| {
                let value = match leaf {
                    Leaf::Text(t) => json!(t),
                    Leaf::Set(ids) => json!(ids),
                    Leaf::Value(v) => v,
                };
                (path, value)
            })
            .collect();
        assert_eq!(Value::Object(unflatten(entries)), item);
    }

    #[test]
    fn an_object_from_one_device_wins_over_a_value_from_another() {
        let merged = unflatten(vec![
            ("legal_basis.law".into(), json!("Serviceloven")),
            ("legal_basis".into(), Value::Null),
            ("period".into(), json!({})),
            ("period.end".into(), json!("2026-12-31")),
        ]);
        assert_eq!(merged["legal_basis"], json!({"law": "Serviceloven"}));
        assert_eq!(merged["period"], json!({"end": "2026-12-31"}));
    }

    #[test]
    fn numbers_keep_their_kind() {
        for value in [json!(3), json!(-2), json!(4_000_000_000u64), json!(true)] {
            assert_eq!(to_json(&to_any(&value)), value);
        }
        assert_eq!(
            to_json(&Any::Number(Number::Float(4e9))),
            json!(4_000_000_000u64)
        );
    }
}
