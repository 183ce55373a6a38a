//! The plan: one document holding everything, plus its change log.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::agreement::{Approval, ApprovalRole, Comment, VersionRecord};
use super::assessment::{AssessmentEntry, KnownFact, TargetGroup};
use super::consent::Consent;
use super::edit_kind::LogAction;
use super::follow_up::FollowUp;
use super::goal::{Goal, Rating};
use super::ids::{
    AssessmentId, CommentId, ConsentId, FollowUpId, GoalId, InterventionId, KnownFactId,
    LinkedPlanId, MemberId, PersonId, PlanId, RatingId,
};
use super::intervention::Intervention;
use super::linked_plan::LinkedPlan;
use super::people::{Citizen, FamilyMember, OwnWordsField, Person, PersonKind, Role};

/// Names compared as people write them: without case and outer spaces.
pub fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// One holistic plan (én helhedsorienteret plan).
///
/// Lists keep the order the users gave them; ratings and comments live at plan
/// level and point at their goal or intervention by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub id: PlanId,
    #[schemars(length(max = 200))]
    pub title: String,
    /// The version being worked on, from 1. Raised by "start new version".
    #[serde(default = "first_version")]
    pub version: u32,
    /// True once both the citizen and a caseworker approved this version.
    #[serde(default)]
    pub locked: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked_at: Option<DateTime<Utc>>,
    /// A fictional plan from workshop mode ("Øvelse — ikke en rigtig borger"): every
    /// export says so, and a backend can refuse it. Set when a workshop persona is
    /// loaded, never by an edit. Since 5.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exercise: bool,
    pub citizen: Citizen,
    /// Other family members, for a family plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub family: Vec<FamilyMember>,
    /// Coordinating caseworkers, contact persons and network.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// Why this citizen gets one coordinated plan. Since format version 4.
    #[serde(default, skip_serializing_if = "TargetGroup::is_empty")]
    pub target_group: TargetGroup,
    /// The joint assessment: per life area what the citizen and the professionals
    /// describe. Since format version 4.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessment: Vec<AssessmentEntry>,
    /// What is already known, so nobody asks twice. Since format version 4.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub known_facts: Vec<KnownFact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ratings: Vec<Rating>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interventions: Vec<Intervention>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consents: Vec<Consent>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<FollowUp>,
    /// Other plans this one replaces or is coordinated with. Since format version 4.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub linked_plans: Vec<LinkedPlan>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
    /// Approvals of the current version.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approvals: Vec<Approval>,
    /// Earlier versions, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_versions: Vec<VersionRecord>,
    #[serde(default)]
    pub change_log: Vec<ChangeEntry>,
}

fn first_version() -> u32 {
    1
}

/// The item an edit touched, so the log can be filtered per item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
#[serde(deny_unknown_fields)]
pub enum ItemRef {
    Goal(GoalId),
    Intervention(InterventionId),
    Person(PersonId),
    FamilyMember(MemberId),
    Consent(ConsentId),
    FollowUp(FollowUpId),
    Rating(RatingId),
    LinkedPlan(LinkedPlanId),
    Comment(CommentId),
    AssessmentEntry(AssessmentId),
    KnownFact(KnownFactId),
}

/// Whether a log line records a fresh edit, or an undo/redo of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChangeOrigin {
    #[default]
    Edit,
    Undo,
    Redo,
}

/// One line of the change log: who changed what, when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeEntry {
    pub at: DateTime<Utc>,
    pub role: Role,
    pub name: String,
    /// Plain English summary, e.g. "added goal “Jeg vil have et arbejde”".
    pub summary: String,
    /// Stable code of the edit (see [`EditKind`](super::edit::EditKind)), for translation.
    #[serde(default, skip_serializing_if = "LogAction::is_empty")]
    pub action: LogAction,
    /// The field a field edit changed (its path in the plan format, e.g. `title`,
    /// `scale.more`, `citizen.own_words.dreams`). Since format version 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<ItemRef>,
    #[serde(default, skip_serializing_if = "is_edit")]
    pub origin: ChangeOrigin,
    /// The plan version the change was made in.
    #[serde(default = "first_version")]
    pub version: u32,
}

fn is_edit(origin: &ChangeOrigin) -> bool {
    *origin == ChangeOrigin::Edit
}

impl Plan {
    /// An empty plan with a fresh id, version 1, unlocked.
    pub fn new(title: impl Into<String>) -> Self {
        Plan {
            id: PlanId::new(),
            title: title.into(),
            version: 1,
            locked: false,
            locked_at: None,
            exercise: false,
            citizen: Citizen::default(),
            family: Vec::new(),
            people: Vec::new(),
            target_group: TargetGroup::default(),
            assessment: Vec::new(),
            known_facts: Vec::new(),
            goals: Vec::new(),
            ratings: Vec::new(),
            interventions: Vec::new(),
            consents: Vec::new(),
            follow_ups: Vec::new(),
            linked_plans: Vec::new(),
            comments: Vec::new(),
            approvals: Vec::new(),
            earlier_versions: Vec::new(),
            change_log: Vec::new(),
        }
    }

    pub fn own_words(&self, field: OwnWordsField) -> &str {
        self.citizen.own_words.get(field)
    }

    /// Nobody has written anything in this plan yet: replacing it loses nothing (the editor
    /// then loads a file without asking, and opens on "About me" instead of the overview).
    pub fn is_blank(&self) -> bool {
        self.title.trim().is_empty()
            && self.goals.is_empty()
            && self.interventions.is_empty()
            && self.people.is_empty()
            && self.consents.is_empty()
            && self.follow_ups.is_empty()
            && self.linked_plans.is_empty()
            && self.assessment.is_empty()
            && self.known_facts.is_empty()
            && self.target_group.is_empty()
            && OwnWordsField::ALL
                .iter()
                .all(|f| self.own_words(*f).trim().is_empty())
    }

    pub fn goal(&self, id: GoalId) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }

    pub fn intervention(&self, id: InterventionId) -> Option<&Intervention> {
        self.interventions.iter().find(|i| i.id == id)
    }

    pub fn assessment_entry(&self, id: AssessmentId) -> Option<&AssessmentEntry> {
        self.assessment.iter().find(|e| e.id == id)
    }

    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// Direct children of a goal, in plan order.
    pub fn sub_goals(&self, id: GoalId) -> impl Iterator<Item = &Goal> {
        self.goals.iter().filter(move |g| g.parent == Some(id))
    }

    /// Ratings of one goal from one perspective, in recorded order.
    pub fn ratings_for(
        &self,
        goal: GoalId,
        perspective: super::goal::Perspective,
    ) -> impl Iterator<Item = &Rating> {
        self.ratings
            .iter()
            .filter(move |r| r.goal == goal && r.perspective == perspective)
    }

    /// Whether the current version is approved in the given capacity.
    pub fn is_approved_as(&self, as_role: ApprovalRole) -> bool {
        self.approvals.iter().any(|a| a.as_role == as_role)
    }

    /// The holders of parental custody listed among the plan's people (named ones only).
    pub fn custody_holders(&self) -> impl Iterator<Item = &Person> {
        self.people
            .iter()
            .filter(|p| p.kind == PersonKind::CustodyHolder && !p.name.trim().is_empty())
    }

    /// Whether `name` approved the current version as a holder of custody.
    pub fn is_approved_by_custody_holder(&self, name: &str) -> bool {
        self.approvals
            .iter()
            .any(|a| a.as_role == ApprovalRole::CustodyHolder && same_name(&a.by.name, name))
    }

    /// The custody holders who have not yet approved the current version. For a plan about
    /// a child, both custody holders approve as well as the citizen and a caseworker.
    pub fn custody_holders_to_approve(&self) -> Vec<&Person> {
        self.custody_holders()
            .filter(|p| !self.is_approved_by_custody_holder(&p.name))
            .collect()
    }

    /// Whether every party that must approve has: the citizen, a caseworker, and each
    /// custody holder listed. Then the version locks.
    pub fn is_approved_by_all(&self) -> bool {
        self.is_approved_as(ApprovalRole::Citizen)
            && self.is_approved_as(ApprovalRole::Caseworker)
            && self.custody_holders_to_approve().is_empty()
    }

    /// The plan without its change log: what undo restores exactly.
    pub fn without_log(&self) -> Plan {
        Plan {
            change_log: Vec::new(),
            ..self.clone()
        }
    }
}
