//! Edit commands: every change a user can make to a plan is one [`Edit`],
//! applied by [`apply`](super::apply::apply).
//!
//! Updates are coarse: they carry the whole new item, and their inverse carries
//! the whole old item. Adds carry an optional position so that the inverse of a
//! removal puts the item back exactly where it was.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::agreement::{Agreement, Approval, ApprovalRole, Comment, Target, VersionRecord};
use super::consent::Consent;
use super::follow_up::{FollowUp, InterventionResult};
use super::goal::{Goal, GoalStatus, Rating};
use super::ids::{
    CommentId, ConsentId, FollowUpId, GoalId, InterventionId, MemberId, PersonId, RatingId,
};
use super::intervention::{Intervention, InterventionStatus};
use super::people::{FamilyMember, OwnWordsField, Person};

pub use super::apply::apply;
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
    /// The only edit allowed while locked.
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
    /// Stable snake_case code of the edit (same as its JSON `kind`), used in the
    /// change log so the UI can translate it.
    pub fn action(&self) -> &'static str {
        match self {
            Edit::SetTitle { .. } => "set_title",
            Edit::SetOwnWords { .. } => "set_own_words",
            Edit::SetCitizen { .. } => "set_citizen",
            Edit::AddFamilyMember { .. } => "add_family_member",
            Edit::UpdateFamilyMember { .. } => "update_family_member",
            Edit::RemoveFamilyMember { .. } => "remove_family_member",
            Edit::AddPerson { .. } => "add_person",
            Edit::UpdatePerson { .. } => "update_person",
            Edit::RemovePerson { .. } => "remove_person",
            Edit::AddGoal { .. } => "add_goal",
            Edit::UpdateGoal { .. } => "update_goal",
            Edit::RemoveGoal { .. } => "remove_goal",
            Edit::MoveGoal { .. } => "move_goal",
            Edit::SetGoalStatus { .. } => "set_goal_status",
            Edit::AddRating { .. } => "add_rating",
            Edit::RemoveRating { .. } => "remove_rating",
            Edit::AddIntervention { .. } => "add_intervention",
            Edit::UpdateIntervention { .. } => "update_intervention",
            Edit::RemoveIntervention { .. } => "remove_intervention",
            Edit::MoveIntervention { .. } => "move_intervention",
            Edit::SetInterventionStatus { .. } => "set_intervention_status",
            Edit::LinkGoal { .. } => "link_goal",
            Edit::UnlinkGoal { .. } => "unlink_goal",
            Edit::AddDependency { .. } => "add_dependency",
            Edit::RemoveDependency { .. } => "remove_dependency",
            Edit::AddConsent { .. } => "add_consent",
            Edit::UpdateConsent { .. } => "update_consent",
            Edit::WithdrawConsent { .. } => "withdraw_consent",
            Edit::RemoveConsent { .. } => "remove_consent",
            Edit::AddFollowUp { .. } => "add_follow_up",
            Edit::UpdateFollowUp { .. } => "update_follow_up",
            Edit::RemoveFollowUp { .. } => "remove_follow_up",
            Edit::SetFollowUpResult { .. } => "set_follow_up_result",
            Edit::RemoveFollowUpResult { .. } => "remove_follow_up_result",
            Edit::AddComment { .. } => "add_comment",
            Edit::RemoveComment { .. } => "remove_comment",
            Edit::SetAgreement { .. } => "set_agreement",
            Edit::Approve { .. } => "approve",
            Edit::RevokeApproval { .. } => "revoke_approval",
            Edit::StartNewVersion => "start_new_version",
            Edit::RestoreVersion { .. } => "restore_version",
            Edit::Batch { .. } => "batch",
        }
    }

    /// Whether the edit changes what the parties approve. Such an edit withdraws
    /// pending approvals of the current version: an approval covers the plan as
    /// it was when given. Comments are dialogue about the plan, not its content.
    pub fn changes_content(&self) -> bool {
        !matches!(
            self,
            Edit::AddComment { .. }
                | Edit::RemoveComment { .. }
                | Edit::Approve { .. }
                | Edit::RevokeApproval { .. }
                | Edit::StartNewVersion
                | Edit::RestoreVersion { .. }
                | Edit::Batch { .. }
        )
    }
}
