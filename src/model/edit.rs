//! Edit commands: every change a user can make to a plan is one [`Edit`],
//! applied by [`apply`](super::apply::apply).
//!
//! Two grains. *Field edits* ([`Edit::SetField`], [`Edit::SpliceText`]) change one field
//! of one item (or of the plan), and their inverse restores that field only: the editor's
//! text fields send them, and live co-authoring merges exactly these. *Item edits* add,
//! update, remove or move a whole item; an update carries the whole new item and its
//! inverse the whole old one. Adds carry an optional position so that the inverse of a
//! removal puts the item back exactly where it was.

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::agreement::{Agreement, Approval, ApprovalRole, Comment, Target, VersionRecord};
use super::assessment::{AssessmentEntry, KnownFact, TargetGroup};
use super::consent::Consent;
use super::follow_up::{FollowUp, InterventionResult};
use super::goal::{Goal, GoalStatus, Rating};
use super::ids::{
    AssessmentId, CommentId, ConsentId, FollowUpId, GoalId, InterventionId, KnownFactId, MemberId,
    PersonId, RatingId,
};
use super::intervention::{Intervention, InterventionStatus};
use super::people::{Actor, FamilyMember, OwnWordsField, Person};
use super::plan::ItemRef;

pub use super::apply::{apply, field_text};
pub use super::edit_kind::{EditKind, LogAction};
pub use super::error::{EditError, ItemKind};

/// The approval state of a plan, restored as one piece by undo.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VersionState {
    pub version: u32,
    pub locked: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approvals: Vec<Approval>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_versions: Vec<VersionRecord>,
}

/// Every change a user can make to a plan.
///
/// `position` on the add variants: `None` appends, `Some(i)` inserts at index `i`.
// Goals and interventions are carried inline: edits are short-lived and boxing
// would make every caller in the UI noisier for no measurable gain.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Edit {
    // --- one field
    /// Sets one field of the plan or of one item to `value`, the field's value as the
    /// plan format writes it (`null` clears an optional field). `field` is the field's
    /// name in the plan format; a dot reaches into an object (`scale.more`,
    /// `period.start`, `citizen.own_words.dreams`). Only the fields a user edits directly
    /// can be set this way; lists of links, authorship and agreement have their own edits.
    SetField {
        /// The item whose field it is; left out for the plan's own fields (`title`,
        /// `citizen.id`, `citizen.name`, `citizen.own_words.dreams|resources|situation`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        item: Option<ItemRef>,
        field: String,
        value: serde_json::Value,
    },
    /// Replaces `delete` characters at `at` with `insert` in one text field. Offsets count
    /// UTF-16 code units, as the browser does (an emoji counts two), so an edit made in
    /// the browser lands where it was typed. The inverse is again a splice.
    SpliceText {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        item: Option<ItemRef>,
        field: String,
        at: usize,
        #[serde(default)]
        delete: usize,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        insert: String,
    },
    /// Puts back who changed an item last and when. Produced only inside the inverse
    /// of a field edit; `apply` refuses it from users.
    RestoreStamp {
        item: ItemRef,
        by: Actor,
        at: DateTime<Utc>,
    },

    // --- the plan and the citizen
    SetTitle {
        title: String,
    },
    SetOwnWords {
        field: OwnWordsField,
        text: String,
    },
    /// The citizen's host id (opaque, never a CPR number) and name.
    SetCitizen {
        id: String,
        name: String,
    },
    AddFamilyMember {
        member: FamilyMember,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        position: Option<usize>,
    },
    UpdateFamilyMember {
        member: FamilyMember,
    },
    /// Also clears the member from goals about them (undo restores it).
    RemoveFamilyMember {
        id: MemberId,
    },

    // --- caseworkers, contact persons, network
    AddPerson {
        person: Person,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        position: Option<usize>,
    },
    UpdatePerson {
        person: Person,
    },
    /// Also clears them as responsible person of interventions (undo restores it).
    RemovePerson {
        id: PersonId,
    },

    // --- goals and ratings
    /// `apply` stamps authorship; the citizen's agreement is kept only when the
    /// citizen adds the goal.
    AddGoal {
        goal: Goal,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        position: Option<usize>,
    },
    /// Replaces the goal with the same id. Authorship and the citizen's agreement
    /// are kept from the current goal (they change through their own edits).
    UpdateGoal {
        goal: Goal,
    },
    /// Refused while the goal has sub-goals. Also removes its ratings and comments
    /// and unlinks it from interventions; undo restores all of it.
    RemoveGoal {
        id: GoalId,
    },
    /// Moves the goal to index `to` in the plan's goal list.
    MoveGoal {
        id: GoalId,
        to: usize,
    },
    SetGoalStatus {
        id: GoalId,
        status: GoalStatus,
    },
    AddRating {
        rating: Rating,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        position: Option<usize>,
    },
    RemoveRating {
        id: RatingId,
    },

    // --- interventions
    AddIntervention {
        intervention: Intervention,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        position: Option<usize>,
    },
    /// Replaces the intervention with the same id; authorship and the citizen's
    /// agreement are kept from the current one.
    UpdateIntervention {
        intervention: Intervention,
    },
    /// Also removes it from other interventions' dependencies, from follow-up
    /// results and its comments; undo restores all of it.
    RemoveIntervention {
        id: InterventionId,
    },
    MoveIntervention {
        id: InterventionId,
        to: usize,
    },
    SetInterventionStatus {
        id: InterventionId,
        status: InterventionStatus,
    },
    /// The intervention serves the goal.
    LinkGoal {
        intervention: InterventionId,
        goal: GoalId,
    },
    UnlinkGoal {
        intervention: InterventionId,
        goal: GoalId,
    },
    /// `depends_on` must happen before `intervention`. Refused if it closes a circle.
    AddDependency {
        intervention: InterventionId,
        depends_on: InterventionId,
    },
    RemoveDependency {
        intervention: InterventionId,
        depends_on: InterventionId,
    },

    // --- the joint assessment (samlet udredning)
    /// `apply` stamps authorship. The citizen may add only her own description.
    AddAssessmentEntry {
        entry: AssessmentEntry,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        position: Option<usize>,
    },
    /// Replaces the entry with the same id; authorship is kept.
    UpdateAssessmentEntry {
        entry: AssessmentEntry,
    },
    /// Also unlinks it from goals (undo restores the links).
    RemoveAssessmentEntry {
        id: AssessmentId,
    },
    AddKnownFact {
        fact: KnownFact,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        position: Option<usize>,
    },
    UpdateKnownFact {
        fact: KnownFact,
    },
    RemoveKnownFact {
        id: KnownFactId,
    },
    /// Sets the target group as a whole (the field edits `target_group.group` and
    /// `target_group.reason` set one part of it).
    SetTargetGroup {
        target_group: TargetGroup,
    },
    /// The goal comes from the assessment entry.
    LinkAssessment {
        goal: GoalId,
        entry: AssessmentId,
    },
    UnlinkAssessment {
        goal: GoalId,
        entry: AssessmentId,
    },

    // --- consent
    AddConsent {
        consent: Consent,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        position: Option<usize>,
    },
    UpdateConsent {
        consent: Consent,
    },
    WithdrawConsent {
        id: ConsentId,
        date: NaiveDate,
    },
    RemoveConsent {
        id: ConsentId,
    },

    // --- follow-up
    AddFollowUp {
        follow_up: FollowUp,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        position: Option<usize>,
    },
    UpdateFollowUp {
        follow_up: FollowUp,
    },
    RemoveFollowUp {
        id: FollowUpId,
    },
    /// Sets (adds or replaces) the result for one intervention at one meeting.
    SetFollowUpResult {
        follow_up: FollowUpId,
        result: InterventionResult,
    },
    RemoveFollowUpResult {
        follow_up: FollowUpId,
        intervention: InterventionId,
    },

    // --- dialogue and approval
    /// `apply` stamps the author and time.
    AddComment {
        comment: Comment,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        position: Option<usize>,
    },
    /// Only the comment's author may remove it.
    RemoveComment {
        id: CommentId,
    },
    /// The citizen's agreement with a goal or intervention. Citizen only.
    SetAgreement {
        on: Target,
        agreement: Agreement,
    },
    /// Approves the current version. When both the citizen and a caseworker
    /// have approved, the version is locked and dated.
    Approve {
        as_role: ApprovalRole,
    },
    /// Takes back one's own approval before the version is locked.
    RevokeApproval {
        as_role: ApprovalRole,
    },
    /// From a locked version: a new draft (version + 1, no approvals, unlocked).
    /// Allowed while locked (see [`EditKind::ALLOWED_WHEN_LOCKED`]).
    StartNewVersion,
    /// Restores version number, lock and approvals. Produced only as the inverse
    /// of approval edits; `apply` refuses it from users.
    RestoreVersion {
        state: VersionState,
    },
    /// Several edits as one step: all apply or none, and one undo reverts all.
    Batch {
        edits: Vec<Edit>,
    },
}

impl Edit {
    /// The change-log code of the edit. Field edits take the code of the item they change
    /// (`update_goal`, `set_title` …) so hosts reading `plan-change` events and saved logs
    /// see the codes they always saw; [`Edit::field`] tells which field.
    pub fn kind(&self) -> EditKind {
        use EditKind as K;
        match self {
            Edit::SetField { item, field, .. } | Edit::SpliceText { item, field, .. } => {
                EditKind::of_field(*item, field)
            }
            Edit::RestoreStamp { item, .. } => EditKind::of_field(Some(*item), ""),
            Edit::SetTitle { .. } => K::SetTitle,
            Edit::SetOwnWords { .. } => K::SetOwnWords,
            Edit::SetCitizen { .. } => K::SetCitizen,
            Edit::AddFamilyMember { .. } => K::AddFamilyMember,
            Edit::UpdateFamilyMember { .. } => K::UpdateFamilyMember,
            Edit::RemoveFamilyMember { .. } => K::RemoveFamilyMember,
            Edit::AddPerson { .. } => K::AddPerson,
            Edit::UpdatePerson { .. } => K::UpdatePerson,
            Edit::RemovePerson { .. } => K::RemovePerson,
            Edit::AddGoal { .. } => K::AddGoal,
            Edit::UpdateGoal { .. } => K::UpdateGoal,
            Edit::RemoveGoal { .. } => K::RemoveGoal,
            Edit::MoveGoal { .. } => K::MoveGoal,
            Edit::SetGoalStatus { .. } => K::SetGoalStatus,
            Edit::AddRating { .. } => K::AddRating,
            Edit::RemoveRating { .. } => K::RemoveRating,
            Edit::AddIntervention { .. } => K::AddIntervention,
            Edit::UpdateIntervention { .. } => K::UpdateIntervention,
            Edit::RemoveIntervention { .. } => K::RemoveIntervention,
            Edit::MoveIntervention { .. } => K::MoveIntervention,
            Edit::SetInterventionStatus { .. } => K::SetInterventionStatus,
            Edit::LinkGoal { .. } => K::LinkGoal,
            Edit::UnlinkGoal { .. } => K::UnlinkGoal,
            Edit::AddDependency { .. } => K::AddDependency,
            Edit::RemoveDependency { .. } => K::RemoveDependency,
            Edit::AddAssessmentEntry { .. } => K::AddAssessmentEntry,
            Edit::UpdateAssessmentEntry { .. } => K::UpdateAssessmentEntry,
            Edit::RemoveAssessmentEntry { .. } => K::RemoveAssessmentEntry,
            Edit::AddKnownFact { .. } => K::AddKnownFact,
            Edit::UpdateKnownFact { .. } => K::UpdateKnownFact,
            Edit::RemoveKnownFact { .. } => K::RemoveKnownFact,
            Edit::SetTargetGroup { .. } => K::SetTargetGroup,
            Edit::LinkAssessment { .. } => K::LinkAssessment,
            Edit::UnlinkAssessment { .. } => K::UnlinkAssessment,
            Edit::AddConsent { .. } => K::AddConsent,
            Edit::UpdateConsent { .. } => K::UpdateConsent,
            Edit::WithdrawConsent { .. } => K::WithdrawConsent,
            Edit::RemoveConsent { .. } => K::RemoveConsent,
            Edit::AddFollowUp { .. } => K::AddFollowUp,
            Edit::UpdateFollowUp { .. } => K::UpdateFollowUp,
            Edit::RemoveFollowUp { .. } => K::RemoveFollowUp,
            Edit::SetFollowUpResult { .. } => K::SetFollowUpResult,
            Edit::RemoveFollowUpResult { .. } => K::RemoveFollowUpResult,
            Edit::AddComment { .. } => K::AddComment,
            Edit::RemoveComment { .. } => K::RemoveComment,
            Edit::SetAgreement { .. } => K::SetAgreement,
            Edit::Approve { .. } => K::Approve,
            Edit::RevokeApproval { .. } => K::RevokeApproval,
            Edit::StartNewVersion => K::StartNewVersion,
            Edit::RestoreVersion { .. } => K::RestoreVersion,
            Edit::Batch { .. } => K::Batch,
        }
    }

    /// The field a field edit changes (its path in the plan format), for the change log.
    pub fn field(&self) -> Option<String> {
        match self {
            Edit::SetField { field, .. } | Edit::SpliceText { field, .. } => Some(field.clone()),
            Edit::SetTitle { .. } => Some("title".into()),
            Edit::SetOwnWords { field, .. } => Some(format!("citizen.own_words.{}", field.key())),
            _ => None,
        }
    }

    /// Whether a locked (approved) version accepts this edit; see
    /// [`EditKind::ALLOWED_WHEN_LOCKED`].
    pub fn allowed_when_locked(&self) -> bool {
        EditKind::ALLOWED_WHEN_LOCKED.contains(&self.kind())
    }

    /// Whether the edit changes what the parties approve. Such an edit withdraws
    /// pending approvals of the current version: an approval covers the plan as
    /// it was when given. Comments are dialogue about the plan, not its content, and a
    /// withdrawn consent is the citizen's right, which never takes an approval back.
    pub fn changes_content(&self) -> bool {
        !matches!(
            self,
            Edit::AddComment { .. }
                | Edit::WithdrawConsent { .. }
                | Edit::RemoveComment { .. }
                | Edit::Approve { .. }
                | Edit::RevokeApproval { .. }
                | Edit::StartNewVersion
                | Edit::RestoreVersion { .. }
                | Edit::RestoreStamp { .. }
                | Edit::Batch { .. }
        )
    }
}
