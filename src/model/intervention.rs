//! Interventions (indsatser) across the four sectors.

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::agreement::Agreement;
use super::ids::{GoalId, InterventionId, PersonId};
use super::people::Actor;

/// The four sectors a holistic plan spans. Their labels live in the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    Social,
    Employment,
    Education,
    Health,
}

impl Sector {
    pub const ALL: [Sector; 4] = [
        Sector::Social,
        Sector::Employment,
        Sector::Education,
        Sector::Health,
    ];

    /// The code used for this sector in catalogues and JSON.
    pub fn code(self) -> &'static str {
        match self {
            Sector::Social => "social",
            Sector::Employment => "employment",
            Sector::Education => "education",
            Sector::Health => "health",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InterventionStatus {
    #[default]
    Proposed,
    Planned,
    Active,
    Paused,
    Completed,
    Cancelled,
}

/// The law and paragraph an intervention is granted under, e.g.
/// law "Serviceloven", paragraph "§ 85".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    pub law: String,
    pub paragraph: String,
}

impl std::fmt::Display for LegalBasis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.law.is_empty(), self.paragraph.is_empty()) {
            (false, false) => write!(f, "{} {}", self.law, self.paragraph),
            (false, true) => f.write_str(&self.law),
            _ => f.write_str(&self.paragraph),
        }
    }
}

/// A date range; either end may be open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
}

/// Where a needed administrative decision (afgørelse) stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DecisionStatus {
    #[default]
    NotRequested,
    Pending,
    Granted,
    PartlyGranted,
    Refused,
}

/// Whether the intervention needs a decision, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub needed: bool,
    #[serde(default)]
    pub status: DecisionStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Why it was decided so (begrundelse), in words the citizen can follow; the
    /// decision letter holds the full reasons. Since format 4.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reasons: String,
}

impl Decision {
    pub fn is_default(&self) -> bool {
        *self == Decision::default()
    }
}

/// One intervention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Intervention {
    pub id: InterventionId,
    pub sector: Sector,
    /// Intervention type code from the catalogue (e.g. "mentor").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[schemars(length(max = 200))]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<LegalBasis>,
    /// The responsible authority, e.g. "Aarhus Kommune, Jobcenter".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub responsible_authority: String,
    /// The responsible person, from the plan's people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible_person: Option<PersonId>,
    /// Who performs it, e.g. "Mentorkorps Østjylland".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub provider: String,
    #[serde(default)]
    pub period: Period,
    /// How often, in plain words: "2 timer om ugen".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub frequency: String,
    #[serde(default)]
    pub status: InterventionStatus,
    #[serde(default, skip_serializing_if = "Decision::is_default")]
    pub decision: Decision,
    /// Interventions that must happen first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<InterventionId>,
    /// The goals this intervention serves (many-to-many).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<GoalId>,
    /// Whether the citizen agrees with the intervention (she says so herself).
    #[serde(default, skip_serializing_if = "Agreement::is_default")]
    pub citizen_agreement: Agreement,
    /// Who proposed the intervention, and when.
    pub created_by: Actor,
    pub created_at: DateTime<Utc>,
    /// Who changed the intervention last, and when.
    pub updated_by: Actor,
    pub updated_at: DateTime<Utc>,
}

impl Intervention {
    /// A new proposed intervention; `apply` stamps the real authorship when added.
    pub fn new(
        sector: Sector,
        title: impl Into<String>,
        by: &Actor,
        at: DateTime<Utc>,
    ) -> Intervention {
        Intervention {
            id: InterventionId::new(),
            sector,
            kind: None,
            title: title.into(),
            description: String::new(),
            legal_basis: None,
            responsible_authority: String::new(),
            responsible_person: None,
            provider: String::new(),
            period: Period::default(),
            frequency: String::new(),
            status: InterventionStatus::Proposed,
            decision: Decision::default(),
            depends_on: Vec::new(),
            goals: Vec::new(),
            citizen_agreement: Agreement::default(),
            created_by: by.clone(),
            created_at: at,
            updated_by: by.clone(),
            updated_at: at,
        }
    }
}
