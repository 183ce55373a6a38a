//! Follow-up meetings (opfølgning) and their result per intervention.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ids::{FollowUpId, InterventionId};

/// What the meeting decided for one intervention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Continue,
    Change,
    End,
    Reassess,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InterventionResult {
    pub intervention: InterventionId,
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// One follow-up meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    pub id: FollowUpId,
    pub date: NaiveDate,
    /// Who took part, in plain names ("Mette (borger)", "Jonas, jobcenter").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<String>,
    /// What was agreed, in plain words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub agreements: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<InterventionResult>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_date: Option<NaiveDate>,
}
