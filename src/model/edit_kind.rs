//! The change log's action codes as a type: [`EditKind`] names what an edit did, item by
//! item, with the same snake_case codes hosts have always read in `plan-change` events
//! and saved logs. `i18n` words every kind in an exhaustive `match`, so a kind without
//! words is a compile error, not a silent fallback.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::plan::ItemRef;

macro_rules! edit_kinds {
    ($($variant:ident => $code:literal,)*) => {
        /// What an edit did, as the change log records it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum EditKind {
            $($variant,)*
        }

        impl EditKind {
            /// Every kind, in the order of [`super::edit::Edit`]'s variants.
            pub const ALL: &'static [EditKind] = &[$(EditKind::$variant,)*];

            /// The stable snake_case code.
            pub fn code(self) -> &'static str {
                match self {
                    $(EditKind::$variant => $code,)*
                }
            }

            /// The kind with this code, if there is one.
            pub fn from_code(code: &str) -> Option<EditKind> {
                match code {
                    $($code => Some(EditKind::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

edit_kinds! {
    SetTitle => "set_title",
    SetOwnWords => "set_own_words",
    SetCitizen => "set_citizen",
    AddFamilyMember => "add_family_member",
    UpdateFamilyMember => "update_family_member",
    RemoveFamilyMember => "remove_family_member",
    AddPerson => "add_person",
    UpdatePerson => "update_person",
    RemovePerson => "remove_person",
    AddGoal => "add_goal",
    UpdateGoal => "update_goal",
    RemoveGoal => "remove_goal",
    MoveGoal => "move_goal",
    SetGoalStatus => "set_goal_status",
    AddRating => "add_rating",
    RemoveRating => "remove_rating",
    AddIntervention => "add_intervention",
    UpdateIntervention => "update_intervention",
    RemoveIntervention => "remove_intervention",
    MoveIntervention => "move_intervention",
    SetInterventionStatus => "set_intervention_status",
    LinkGoal => "link_goal",
    UnlinkGoal => "unlink_goal",
    AddDependency => "add_dependency",
    RemoveDependency => "remove_dependency",
    AddAssessmentEntry => "add_assessment_entry",
    UpdateAssessmentEntry => "update_assessment_entry",
    RemoveAssessmentEntry => "remove_assessment_entry",
    AddKnownFact => "add_known_fact",
    UpdateKnownFact => "update_known_fact",
    RemoveKnownFact => "remove_known_fact",
    SetTargetGroup => "set_target_group",
    LinkAssessment => "link_assessment",
    UnlinkAssessment => "unlink_assessment",
    AddConsent => "add_consent",
    UpdateConsent => "update_consent",
    WithdrawConsent => "withdraw_consent",
    RemoveConsent => "remove_consent",
    AddFollowUp => "add_follow_up",
    UpdateFollowUp => "update_follow_up",
    RemoveFollowUp => "remove_follow_up",
    SetFollowUpResult => "set_follow_up_result",
    RemoveFollowUpResult => "remove_follow_up_result",
    AddComment => "add_comment",
    RemoveComment => "remove_comment",
    SetAgreement => "set_agreement",
    Approve => "approve",
    RevokeApproval => "revoke_approval",
    StartNewVersion => "start_new_version",
    RestoreVersion => "restore_version",
    Batch => "batch",
}

impl EditKind {
    /// The edits an approved, locked version accepts. Everything else waits until a new
    /// version is started, so what both parties approved stays as they approved it. A
    /// consent can always be withdrawn at once: the citizen's right does not wait for a
    /// new version.
    pub const ALLOWED_WHEN_LOCKED: &'static [EditKind] =
        &[EditKind::StartNewVersion, EditKind::WithdrawConsent];

    /// The kind a field edit is logged as: the update of the item it changes, or for the
    /// plan's own fields the edit that always set them.
    /// (Ratings and comments have no fields to set; such an edit is refused, never logged.)
    pub fn of_field(item: Option<ItemRef>, field: &str) -> EditKind {
        match item {
            None if field == "title" => EditKind::SetTitle,
            None if field.starts_with("citizen.own_words") => EditKind::SetOwnWords,
            None if field.starts_with("target_group") => EditKind::SetTargetGroup,
            None => EditKind::SetCitizen,
            Some(ItemRef::Goal(_)) if field == "status" => EditKind::SetGoalStatus,
            Some(ItemRef::Goal(_)) => EditKind::UpdateGoal,
            Some(ItemRef::Intervention(_)) if field == "status" => EditKind::SetInterventionStatus,
            Some(ItemRef::Intervention(_)) => EditKind::UpdateIntervention,
            Some(ItemRef::Person(_)) => EditKind::UpdatePerson,
            Some(ItemRef::FamilyMember(_)) => EditKind::UpdateFamilyMember,
            Some(ItemRef::Consent(_)) => EditKind::UpdateConsent,
            Some(ItemRef::FollowUp(_)) => EditKind::UpdateFollowUp,
            Some(ItemRef::AssessmentEntry(_)) => EditKind::UpdateAssessmentEntry,
            Some(ItemRef::KnownFact(_)) => EditKind::UpdateKnownFact,
            Some(ItemRef::Rating(_)) => EditKind::AddRating,
            Some(ItemRef::Comment(_)) => EditKind::AddComment,
        }
    }
}

/// A change-log entry's action: a kind this editor knows, or a code it does not (from a
/// newer editor or another tool), kept verbatim so that saving the plan loses nothing.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LogAction {
    Known(EditKind),
    Unknown(String),
}

impl LogAction {
    pub fn kind(&self) -> Option<EditKind> {
        match self {
            LogAction::Known(kind) => Some(*kind),
            LogAction::Unknown(_) => None,
        }
    }

    pub fn code(&self) -> &str {
        match self {
            LogAction::Known(kind) => kind.code(),
            LogAction::Unknown(code) => code,
        }
    }

    /// An entry without a code (logs written before codes existed).
    pub fn is_empty(&self) -> bool {
        self.code().is_empty()
    }

    pub fn from_code(code: &str) -> LogAction {
        EditKind::from_code(code)
            .map(LogAction::Known)
            .unwrap_or_else(|| LogAction::Unknown(code.to_string()))
    }
}

impl Default for LogAction {
    fn default() -> Self {
        LogAction::Unknown(String::new())
    }
}

impl From<EditKind> for LogAction {
    fn from(kind: EditKind) -> Self {
        LogAction::Known(kind)
    }
}

impl From<&str> for LogAction {
    fn from(code: &str) -> Self {
        LogAction::from_code(code)
    }
}

impl PartialEq<&str> for LogAction {
    fn eq(&self, other: &&str) -> bool {
        self.code() == *other
    }
}

impl PartialEq<EditKind> for LogAction {
    fn eq(&self, other: &EditKind) -> bool {
        self.kind() == Some(*other)
    }
}

impl Serialize for LogAction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for LogAction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Ok(LogAction::from_code(&code))
    }
}

impl JsonSchema for LogAction {
    fn schema_name() -> Cow<'static, str> {
        "LogAction".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let mut schema = String::json_schema(generator);
        schema.insert(
            "description".into(),
            "The edit's code (e.g. `update_goal`); codes this editor does not know are kept."
                .into(),
        );
        schema
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back_as_its_kind() {
        for kind in EditKind::ALL {
            assert_eq!(EditKind::from_code(kind.code()), Some(*kind));
        }
        let codes: std::collections::HashSet<_> = EditKind::ALL.iter().map(|k| k.code()).collect();
        assert_eq!(codes.len(), EditKind::ALL.len(), "two kinds share a code");
    }

    #[test]
    fn an_unknown_code_is_kept_verbatim() {
        let action: LogAction = serde_json::from_str("\"merge_room\"").unwrap();
        assert_eq!(action, LogAction::Unknown("merge_room".into()));
        assert_eq!(serde_json::to_string(&action).unwrap(), "\"merge_room\"");
        let known: LogAction = serde_json::from_str("\"update_goal\"").unwrap();
        assert_eq!(known, EditKind::UpdateGoal);
    }
}
