//! Who the plan is about (citizen, family) and who works on it (caseworkers,
//! contact persons, network), plus the actor who makes an edit.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ids::{MemberId, PersonId};

/// The role a person writes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Citizen,
    Caseworker,
    /// Another professional: psychiatry, job centre, school, provider.
    Professional,
}

/// Someone who writes in the plan: a role and a display name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub role: Role,
    pub name: String,
}

impl Actor {
    pub fn new(role: Role, name: impl Into<String>) -> Self {
        Actor {
            role,
            name: name.into(),
        }
    }
}

/// The citizen the plan belongs to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Citizen {
    /// Opaque identifier supplied by the host system. Never a CPR number: the
    /// editor neither asks for nor needs one.
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub own_words: OwnWords,
}

/// The citizen's dreams, resources and situation, in their own words
/// ("Borgerens ønsker for fremtiden", "Borgerens perspektiv").
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

/// Which of the own-words texts an edit targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OwnWordsField {
    Dreams,
    Resources,
    Situation,
}

impl OwnWords {
    pub fn get(&self, field: OwnWordsField) -> &str {
        match field {
            OwnWordsField::Dreams => &self.dreams,
            OwnWordsField::Resources => &self.resources,
            OwnWordsField::Situation => &self.situation,
        }
    }

    pub fn get_mut(&mut self, field: OwnWordsField) -> &mut String {
        match field {
            OwnWordsField::Dreams => &mut self.dreams,
            OwnWordsField::Resources => &mut self.resources,
            OwnWordsField::Situation => &mut self.situation,
        }
    }
}

impl OwnWordsField {
    pub const ALL: [OwnWordsField; 3] = [Self::Dreams, Self::Resources, Self::Situation];

    /// The JSON field name (used in problem paths and log summaries).
    pub fn key(self) -> &'static str {
        match self {
            Self::Dreams => "dreams",
            Self::Resources => "resources",
            Self::Situation => "situation",
        }
    }
}

/// A family member covered by a family plan (not the citizen themself).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FamilyMember {
    pub id: MemberId,
    /// Opaque identifier from the host, if it has one. Never a CPR number.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub host_id: String,
    pub name: String,
    /// Relation to the citizen in plain words, e.g. "søn", "datter", "partner".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub relation: String,
}

/// What part a person plays around the citizen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PersonKind {
    /// Koordinerende sagsbehandler: holds the whole picture.
    CoordinatingCaseworker,
    /// A professional contact person in one sector.
    ContactPerson,
    /// Family, friends, volunteers and others in the citizen's network.
    Network,
}

/// A caseworker, contact person or network member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: PersonId,
    pub kind: PersonKind,
    pub name: String,
    /// Unit or organisation, e.g. "Jobcenter Aarhus, Team Ressource", or the
    /// relation for a network member ("søster").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// How to reach them: phone, e-mail, opening hours.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
    /// What they contribute to the plan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contribution: String,
}
