//! Goals in three levels, and progress ratings on the Goal Attainment Scale.

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::agreement::Agreement;
use super::ids::{AssessmentId, GoalId, MemberId, RatingId};
use super::people::Actor;

/// Goal levels. A goal's parent must be exactly one level up.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum GoalLevel {
    /// Overordnet mål: no parent.
    Overall,
    /// Mål: parent, if any, is an overall goal.
    Goal,
    /// Delmål: parent is a goal.
    SubGoal,
}

impl GoalLevel {
    /// The level a parent must have (None: this level has no parent).
    pub fn parent_level(self) -> Option<GoalLevel> {
        match self {
            GoalLevel::Overall => None,
            GoalLevel::Goal => Some(GoalLevel::Overall),
            GoalLevel::SubGoal => Some(GoalLevel::Goal),
        }
    }

    /// Whether a parent is required (a sub-goal cannot float free).
    pub fn needs_parent(self) -> bool {
        self == GoalLevel::SubGoal
    }
}

/// Who put the goal into words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExpressedBy {
    Citizen,
    Caseworker,
    Jointly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    #[default]
    Proposed,
    Active,
    OnHold,
    Achieved,
    Cancelled,
}

/// Goal Attainment Scaling: what each level −2..+2 means for this goal, in the
/// person's own words. 0 is the expected outcome. Empty text: not described.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GasScale {
    /// −2: much less than expected.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub much_less: String,
    /// −1: somewhat less than expected.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub less: String,
    /// 0: the expected outcome.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub expected: String,
    /// +1: somewhat more than expected.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub more: String,
    /// +2: much more than expected.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub much_more: String,
}

impl GasScale {
    pub fn is_empty(&self) -> bool {
        *self == GasScale::default()
    }

    /// The words for a scale value, if it is on the scale.
    pub fn words(&self, value: i8) -> Option<&str> {
        Some(match value {
            -2 => &self.much_less,
            -1 => &self.less,
            0 => &self.expected,
            1 => &self.more,
            2 => &self.much_more,
            _ => return None,
        })
    }

    /// The JSON field names of the levels, lowest (−2) first.
    pub const FIELDS: [&'static str; 5] = ["much_less", "less", "expected", "more", "much_more"];

    /// (JSON field name, text) for each level, lowest first.
    pub fn levels(&self) -> [(&'static str, &str); 5] {
        let texts = [
            &self.much_less,
            &self.less,
            &self.expected,
            &self.more,
            &self.much_more,
        ];
        [0, 1, 2, 3, 4].map(|i| (Self::FIELDS[i], texts[i].as_str()))
    }
}

/// A goal at any level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: GoalId,
    pub level: GoalLevel,
    /// The goal one level up (required for sub-goals, optional for goals, absent
    /// for overall goals).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<GoalId>,
    #[schemars(length(max = 200))]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Life area code from the catalogue (e.g. "mentale_funktioner").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub life_area: Option<String>,
    /// In a family plan: the family member the goal is about (None: the citizen).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<MemberId>,
    pub expressed_by: ExpressedBy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_date: Option<NaiveDate>,
    #[serde(default)]
    pub status: GoalStatus,
    #[serde(default, skip_serializing_if = "GasScale::is_empty")]
    pub scale: GasScale,
    /// The entries of the joint assessment the goal comes from (a set; changed by
    /// `link_assessment` / `unlink_assessment`). Since format version 4.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessment: Vec<AssessmentId>,
    /// Whether the citizen agrees with the goal (she says so herself).
    #[serde(default, skip_serializing_if = "Agreement::is_default")]
    pub citizen_agreement: Agreement,
    /// Who wrote the goal down first, and when.
    pub created_by: Actor,
    pub created_at: DateTime<Utc>,
    /// Who changed the goal last, and when.
    pub updated_by: Actor,
    pub updated_at: DateTime<Utc>,
}

impl Goal {
    /// A new proposed goal; `apply` stamps the real authorship when it is added.
    pub fn new(level: GoalLevel, title: impl Into<String>, by: &Actor, at: DateTime<Utc>) -> Goal {
        Goal {
            id: GoalId::new(),
            level,
            parent: None,
            title: title.into(),
            description: String::new(),
            life_area: None,
            member: None,
            expressed_by: match by.role {
                super::people::Role::Citizen => ExpressedBy::Citizen,
                _ => ExpressedBy::Caseworker,
            },
            target_date: None,
            status: GoalStatus::Proposed,
            scale: GasScale::default(),
            assessment: Vec::new(),
            created_by: by.clone(),
            created_at: at,
            updated_by: by.clone(),
            updated_at: at,
            citizen_agreement: Agreement::default(),
        }
    }
}

/// Whose view a rating gives. The citizen's and the professional's ratings are
/// kept side by side and never merged into one number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Perspective {
    Citizen,
    Professional,
}

/// The lowest and highest Goal Attainment Scale values.
pub const GAS_MIN: i8 = -2;
pub const GAS_MAX: i8 = 2;

/// One progress rating of one goal at one date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub id: RatingId,
    pub goal: GoalId,
    pub date: NaiveDate,
    /// Goal Attainment Scale value, −2..=+2 (0 = as expected).
    #[schemars(range(min = -2, max = 2))]
    pub value: i8,
    pub perspective: Perspective,
    /// Stamped by `apply` with the actor who recorded the rating.
    pub rated_by: Actor,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
}
