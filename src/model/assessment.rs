//! The joint assessment (én samlet udredning): per life area what we know, from the
//! citizen and from the professionals, with its source, date and who wrote it down; what
//! is already known (documents and facts already obtained, so nobody asks twice); and the
//! target group — why this citizen gets one coordinated plan.
//!
//! **Two voices, kept apart.** An entry is either the citizen's own description or a
//! professional's, never both, as with ratings. The citizen may write only her own
//! description; a caseworker or professional may write either, because the citizen's
//! words are often written down with her at a meeting. The stamp then shows who wrote
//! them down (the UI says so next to the text).
//!
//! **Health information.** The share view ("Del med …") leaves out health information
//! unless a consent covers it, so every entry and known fact answers
//! [`AssessmentEntry::is_health`] / [`KnownFact::is_health`]: the `health` flag when set,
//! otherwise whether its life area is marked `health` in the catalogue (mental and
//! physical functions, health). When in doubt the default errs towards "health".
//!
//! **Goals point at the entries they come from** (`Goal::assessment`). Removing an entry
//! unlinks it from goals (undo puts the links back); a link to a missing entry, as two
//! people's edits can leave, is a warning in `validate`, never a reason to refuse a file.

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::catalogue::Catalogue;
use super::goal::Perspective;
use super::ids::{AssessmentId, KnownFactId};
use super::people::Actor;

/// What is known about one life area, from one voice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentEntry {
    pub id: AssessmentId,
    /// Life area code from the catalogue (e.g. "mentale_funktioner").
    pub life_area: String,
    /// The citizen's own description, or a professional's.
    pub perspective: Perspective,
    /// What we know, in plain words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Where it comes from, e.g. "Samtale med borgeren" or "Epikrise fra Psykiatrisk
    /// Center, marts 2026".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// The date of the source (a conversation, a letter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Whether this is health information; None follows the life area (see
    /// [`AssessmentEntry::is_health`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health: Option<bool>,
    /// Who wrote the entry down first, and when.
    pub created_by: Actor,
    pub created_at: DateTime<Utc>,
    /// Who changed it last, and when.
    pub updated_by: Actor,
    pub updated_at: DateTime<Utc>,
}

impl AssessmentEntry {
    /// A new entry; `apply` stamps the real authorship when it is added.
    pub fn new(
        life_area: impl Into<String>,
        perspective: Perspective,
        by: &Actor,
        at: DateTime<Utc>,
    ) -> AssessmentEntry {
        AssessmentEntry {
            id: AssessmentId::new(),
            life_area: life_area.into(),
            perspective,
            text: String::new(),
            source: String::new(),
            date: None,
            health: None,
            created_by: by.clone(),
            created_at: at,
            updated_by: by.clone(),
            updated_at: at,
        }
    }

    /// Whether the entry is health information: its own flag when set, otherwise whether
    /// the catalogue marks its life area as a health area. The share view reads this.
    pub fn is_health(&self, catalogue: &Catalogue) -> bool {
        self.health
            .unwrap_or_else(|| catalogue.is_health_area(&self.life_area))
    }
}

/// Something already known or obtained, so nobody asks the citizen for it again:
/// "Lægeattest 2025 – ligger hos jobcentret".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KnownFact {
    pub id: KnownFactId,
    /// What it is, e.g. "Lægeattest om angst og søvnproblemer".
    pub what: String,
    /// Who has it, e.g. "Jobcenter Aarhus".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub held_by: String,
    /// When it was obtained or written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obtained: Option<NaiveDate>,
    /// The life area it tells about, if one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub life_area: Option<String>,
    /// Whether this is health information; None follows the life area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health: Option<bool>,
    pub created_by: Actor,
    pub created_at: DateTime<Utc>,
    pub updated_by: Actor,
    pub updated_at: DateTime<Utc>,
}

impl KnownFact {
    /// A new fact; `apply` stamps the real authorship when it is added.
    pub fn new(what: impl Into<String>, by: &Actor, at: DateTime<Utc>) -> KnownFact {
        KnownFact {
            id: KnownFactId::new(),
            what: what.into(),
            held_by: String::new(),
            obtained: None,
            life_area: None,
            health: None,
            created_by: by.clone(),
            created_at: at,
            updated_by: by.clone(),
            updated_at: at,
        }
    }

    /// Whether the fact is health information: its own flag when set, otherwise whether
    /// its life area is a health area (no life area: not health).
    pub fn is_health(&self, catalogue: &Catalogue) -> bool {
        self.health.unwrap_or_else(|| {
            self.life_area
                .as_deref()
                .is_some_and(|code| catalogue.is_health_area(code))
        })
    }
}

/// Why this citizen gets one coordinated plan. The groups follow the wording of the
/// political agreements behind the reform (2018, and its implementation of 7 June 2022):
/// no paragraph is stored, because the law that will carry them was not yet passed when
/// this was written (see docs/plan-format.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TargetGroupKind {
    /// Complex and compound problems, several plans and a need to coordinate them.
    ComplexProblems,
    /// The family as a whole needs one coordinated effort (the children's and the
    /// parents' cases lie in different departments).
    WholeFamily,
    /// Another reason, given in words.
    Other,
}

impl TargetGroupKind {
    pub const ALL: [TargetGroupKind; 3] = [
        TargetGroupKind::ComplexProblems,
        TargetGroupKind::WholeFamily,
        TargetGroupKind::Other,
    ];
}

/// The target group recorded for the coordinated effort: a choice and the reason in words.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TargetGroup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<TargetGroupKind>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

impl TargetGroup {
    pub fn is_empty(&self) -> bool {
        self.group.is_none() && self.reason.is_empty()
    }
}
