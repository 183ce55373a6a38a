//! Consent (samtykke): to the plan itself and to sharing information.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ids::ConsentId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConsentKind {
    /// Consent to a holistic plan replacing separate plans.
    Plan,
    /// Consent to share information between named parties.
    ShareInformation,
}

/// One consent. Visible in the plan, never buried.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    pub id: ConsentId,
    pub kind: ConsentKind,
    /// The named parties, e.g. ["Jobcenter Aarhus", "Regionspsykiatrien Aarhus"].
    #[serde(default)]
    pub parties: Vec<String>,
    /// What it covers in plain words, e.g. "Psykiatrisk behandlingsplan og
    /// helbredsoplysninger, der er relevante for jobsøgningen".
    pub scope: String,
    pub given: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<NaiveDate>,
}

impl Consent {
    /// Whether the consent holds at `date` (given on or before it and not withdrawn by then).
    pub fn is_active_on(&self, date: NaiveDate) -> bool {
        self.given <= date && self.withdrawn.is_none_or(|w| w > date)
    }
}
