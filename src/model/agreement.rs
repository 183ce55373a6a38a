//! The citizen's voice on each item: agreement, comments, and approval of a version.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ids::{CommentId, GoalId, InterventionId};
use super::people::Actor;

/// Whether the citizen agrees with a goal or an intervention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgreementStatus {
    #[default]
    NotAsked,
    Agrees,
    Disagrees,
}

/// The citizen's agreement with one item, in their words.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    pub status: AgreementStatus,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    /// When the citizen last said so (stamped by `apply`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<DateTime<Utc>>,
    /// Set when a caseworker recorded what the citizen said aloud at a meeting, on the
    /// citizen's behalf (stamped by `apply` with that caseworker); None when the citizen
    /// said so in the editor. Since 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded_by: Option<Actor>,
}

impl Agreement {
    pub fn is_default(&self) -> bool {
        *self == Agreement::default()
    }

    /// Whether a caseworker recorded it on the citizen's behalf.
    pub fn is_recorded_for_citizen(&self) -> bool {
        self.recorded_by.is_some()
    }
}

/// The item a comment (or an agreement edit) is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
#[serde(deny_unknown_fields)]
pub enum Target {
    Goal(GoalId),
    Intervention(InterventionId),
}

/// A comment on a goal or an intervention; comments make the dialogue visible.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    pub id: CommentId,
    pub on: Target,
    /// Stamped by `apply` with the actor who wrote it.
    pub author: Actor,
    pub at: DateTime<Utc>,
    pub text: String,
}

/// The capacity in which someone approves a plan version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalRole {
    Citizen,
    Caseworker,
    /// A holder of parental custody of a child the plan is about (since 4): each custody
    /// holder listed among the plan's people approves by name, written on the citizen's side.
    CustodyHolder,
}

/// One party's approval of the current plan version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    pub as_role: ApprovalRole,
    pub by: Actor,
    pub at: DateTime<Utc>,
}

/// An earlier, superseded version: its number, approvals and when it was locked.
/// Kept when a new version is started so the record of what was signed survives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VersionRecord {
    pub version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approvals: Vec<Approval>,
    /// When the next version was started.
    pub superseded_at: DateTime<Utc>,
}
