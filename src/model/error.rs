//! Why an edit was refused. The UI translates by variant, so each variant carries
//! data rather than a prepared sentence; `Display` gives plain English.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::agreement::ApprovalRole;
use super::goal::{GoalLevel, Perspective};
use super::people::Role;

/// The kinds of items an edit can target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Goal,
    Intervention,
    Person,
    FamilyMember,
    Consent,
    FollowUp,
    FollowUpResult,
    Rating,
    Comment,
    AssessmentEntry,
    KnownFact,
}

impl std::fmt::Display for ItemKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ItemKind::Goal => "goal",
            ItemKind::Intervention => "intervention",
            ItemKind::Person => "person",
            ItemKind::FamilyMember => "family member",
            ItemKind::Consent => "consent",
            ItemKind::FollowUp => "follow-up",
            ItemKind::FollowUpResult => "follow-up result",
            ItemKind::Rating => "rating",
            ItemKind::Comment => "comment",
            ItemKind::AssessmentEntry => "assessment entry",
            ItemKind::KnownFact => "known fact",
        })
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Role::Citizen => "citizen",
            Role::Caseworker => "caseworker",
            Role::Professional => "professional",
        })
    }
}

impl std::fmt::Display for ApprovalRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ApprovalRole::Citizen => "citizen",
            ApprovalRole::Caseworker => "caseworker",
        })
    }
}

impl std::fmt::Display for Perspective {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Perspective::Citizen => "citizen's",
            Perspective::Professional => "professional's",
        })
    }
}

impl std::fmt::Display for GoalLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            GoalLevel::Overall => "overall goal",
            GoalLevel::Goal => "goal",
            GoalLevel::SubGoal => "sub-goal",
        })
    }
}

/// "an overall goal", "a goal", "a sub-goal".
fn with_article(level: GoalLevel) -> &'static str {
    match level {
        GoalLevel::Overall => "an overall goal",
        GoalLevel::Goal => "a goal",
        GoalLevel::SubGoal => "a sub-goal",
    }
}

/// Plain words for a nesting error.
pub(crate) fn nesting_message(level: GoalLevel, parent_level: Option<GoalLevel>) -> String {
    let this = with_article(level);
    match (level.parent_level(), parent_level) {
        (None, _) => format!("{this} cannot sit under another goal"),
        (Some(needed), None) => format!("{this} must sit under {}", with_article(needed)),
        (Some(needed), Some(actual)) => format!(
            "{this} can only sit under {}, not under {}",
            with_article(needed),
            with_article(actual)
        ),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum EditError {
    #[error("version {version} is approved by both parties and locked; start a new version to make changes")]
    Locked { version: u32 },
    #[error("version {version} is not locked; a new version can only be started from an approved, locked version")]
    NotLocked { version: u32 },
    #[error("the {kind} was not found (id {id})")]
    NotFound { kind: ItemKind, id: Uuid },
    #[error("a {kind} with id {id} already exists")]
    DuplicateId { kind: ItemKind, id: Uuid },
    #[error("{field} is too long: {actual} characters, at most {max} allowed")]
    TooLong {
        field: String,
        max: usize,
        actual: usize,
    },
    #[error("{field} has too many entries: {actual}, at most {max} allowed")]
    TooMany {
        field: String,
        max: usize,
        actual: usize,
    },
    #[error("{field} contains an invisible control character; remove it (tab, line break and carriage return are allowed)")]
    ControlCharacter { field: String },
    #[error("{field} must not be empty")]
    Empty { field: String },
    #[error("position {position} is outside the list of {len} items")]
    PositionOutOfRange { position: usize, len: usize },
    #[error("nothing would change")]
    NoChange,
    #[error("{}", nesting_message(*level, *parent_level))]
    WrongNesting {
        level: GoalLevel,
        /// The level of the parent given (None: no parent).
        parent_level: Option<GoalLevel>,
    },
    #[error("the goal has {count} sub-goal(s) that would no longer fit under it; move or remove them first")]
    HasSubGoals { count: usize },
    #[error(
        "this dependency would make a circle: an intervention would have to happen before itself"
    )]
    DependencyCycle {
        intervention: Uuid,
        depends_on: Uuid,
    },
    #[error("the {from} is already linked to that {to}")]
    AlreadyLinked { from: ItemKind, to: ItemKind },
    #[error("the {from} is not linked to that {to}")]
    NotLinked { from: ItemKind, to: ItemKind },
    #[error("the follow-up already has a result for that intervention")]
    DuplicateResult { intervention: Uuid },
    #[error("only the citizen can say whether they agree (you are writing as {role})")]
    AgreementByCitizenOnly { role: Role },
    #[error("a {role} cannot approve as {as_role}")]
    ApprovalNotAllowed { role: Role, as_role: ApprovalRole },
    #[error("version {version} is already approved by the {as_role}")]
    AlreadyApproved { as_role: ApprovalRole, version: u32 },
    #[error("version {version} is not approved by the {as_role}")]
    NotApproved { as_role: ApprovalRole, version: u32 },
    #[error("rating {value} is outside the scale −2 to +2")]
    RatingOutOfScale { value: i8 },
    #[error("a {role} cannot record the {perspective} rating; each side rates for itself")]
    PerspectiveNotAllowed {
        role: Role,
        perspective: Perspective,
    },
    #[error(
        "in the assessment the citizen writes only her own description; a professional's is theirs"
    )]
    OwnDescriptionOnly,
    #[error("only the person who wrote this {kind} can remove it")]
    NotAuthor { kind: ItemKind },
    #[error("the consent is already withdrawn")]
    AlreadyWithdrawn { id: Uuid },
    #[error("this edit only restores an earlier state (undo) and cannot be made directly")]
    NotAUserEdit,
    #[error(
        "{field}: the date {date} is outside the dates a plan may hold (1900-01-01 to 2200-12-31)"
    )]
    DateOutOfRange {
        field: String,
        #[schemars(with = "String")]
        date: chrono::NaiveDate,
    },
    #[error("version {version} is the last version number there is")]
    VersionLimit { version: u32 },
    #[error("{field} is not a field that can be changed on its own")]
    UnknownField { field: String },
    #[error("the value does not fit the field {field}")]
    InvalidValue { field: String },
    #[error("{field} is not a text")]
    NotText { field: String },
    #[error(
        "the text change at {at} (deleting {delete}) does not fit {field}, which is {len} long"
    )]
    SpliceOutOfRange {
        field: String,
        at: usize,
        delete: usize,
        len: usize,
    },
    /// Undo or redo of a step whose every part someone else has changed since (or whose
    /// item they removed): it is left out rather than undo their change.
    #[error("someone else has changed this since; undo leaves their change as it is")]
    ChangedSince {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        item: Option<super::plan::ItemRef>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        field: Option<String>,
    },
}

impl EditError {
    /// The validation problem this refusal keeps out of the plan, if it is one: the edit
    /// door and `validate` speak of the same rules.
    pub fn problem_kind(&self) -> Option<super::validate::ProblemKind> {
        use super::validate::ProblemKind as P;
        Some(match self {
            EditError::NotFound { .. } => P::Dangling,
            EditError::DuplicateId { .. } => P::DuplicateId,
            EditError::TooLong { .. } | EditError::TooMany { .. } => P::TooLong,
            EditError::ControlCharacter { .. } => P::ControlCharacter,
            EditError::Empty { .. } => P::Empty,
            EditError::WrongNesting { .. } | EditError::HasSubGoals { .. } => P::Nesting,
            EditError::DependencyCycle { .. } => P::Cycle,
            EditError::AlreadyLinked { .. } | EditError::DuplicateResult { .. } => {
                P::DuplicateReference
            }
            EditError::RatingOutOfScale { .. } => P::Scale,
            EditError::DateOutOfRange { .. } => P::DateRange,
            EditError::AlreadyApproved { .. } | EditError::VersionLimit { .. } => P::Inconsistent,
            EditError::Locked { .. }
            | EditError::NotLocked { .. }
            | EditError::PositionOutOfRange { .. }
            | EditError::NoChange
            | EditError::NotLinked { .. }
            | EditError::AgreementByCitizenOnly { .. }
            | EditError::ApprovalNotAllowed { .. }
            | EditError::NotApproved { .. }
            | EditError::PerspectiveNotAllowed { .. }
            | EditError::OwnDescriptionOnly
            | EditError::NotAuthor { .. }
            | EditError::AlreadyWithdrawn { .. }
            | EditError::NotAUserEdit
            | EditError::UnknownField { .. }
            | EditError::InvalidValue { .. }
            | EditError::NotText { .. }
            | EditError::SpliceOutOfRange { .. }
            | EditError::ChangedSince { .. } => return None,
        })
    }
}
