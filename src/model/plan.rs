//! The plan's data types.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::edit::Role;

/// One holistic plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub id: Uuid,
    pub title: String,
    pub citizen: Citizen,
    #[serde(default)]
    pub change_log: Vec<ChangeEntry>,
}

/// The citizen the plan belongs to. `id` is opaque and supplied by the host: never a CPR number.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Citizen {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub own_words: OwnWords,
}

/// The citizen's dreams, resources and situation, in their own words.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OwnWords {
    #[serde(default)]
    pub dreams: String,
    #[serde(default)]
    pub resources: String,
    #[serde(default)]
    pub situation: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OwnWordsField {
    Dreams,
    Resources,
    Situation,
}

/// One line of the change log: who changed what, when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeEntry {
    pub at: DateTime<Utc>,
    pub role: Role,
    pub name: String,
    pub summary: String,
}

impl Plan {
    /// An empty plan with a fresh id.
    pub fn new(title: impl Into<String>) -> Self {
        Plan {
            id: Uuid::new_v4(),
            title: title.into(),
            citizen: Citizen::default(),
            change_log: Vec::new(),
        }
    }

    pub fn own_words(&self, field: OwnWordsField) -> &str {
        match field {
            OwnWordsField::Dreams => &self.citizen.own_words.dreams,
            OwnWordsField::Resources => &self.citizen.own_words.resources,
            OwnWordsField::Situation => &self.citizen.own_words.situation,
        }
    }

    pub(crate) fn own_words_mut(&mut self, field: OwnWordsField) -> &mut String {
        match field {
            OwnWordsField::Dreams => &mut self.citizen.own_words.dreams,
            OwnWordsField::Resources => &mut self.citizen.own_words.resources,
            OwnWordsField::Situation => &mut self.citizen.own_words.situation,
        }
    }
}
