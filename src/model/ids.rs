//! Typed ids. Each kind of item has its own id type so that a goal id can never be
//! passed where an intervention id is expected. All are UUID v4 in JSON.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
        )]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh random (v4) id.
            pub fn new() -> Self {
                $name(Uuid::new_v4())
            }

            pub fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl From<Uuid> for $name {
            fn from(uuid: Uuid) -> Self {
                $name(uuid)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// The plan itself.
    PlanId
);
id_type!(
    /// A goal at any level (overall goal, goal, sub-goal).
    GoalId
);
id_type!(
    /// An intervention (indsats).
    InterventionId
);
id_type!(
    /// A caseworker, contact person or network member.
    PersonId
);
id_type!(
    /// A family member in a family plan (not the citizen).
    MemberId
);
id_type!(
    /// A consent (samtykke).
    ConsentId
);
id_type!(
    /// A follow-up meeting (opfølgning).
    FollowUpId
);
id_type!(
    /// One progress rating of a goal.
    RatingId
);
id_type!(
    /// One comment on a goal or an intervention.
    CommentId
);
id_type!(
    /// One entry of the joint assessment (samlet udredning).
    AssessmentId
);
id_type!(
    /// One thing already known (a document or fact already obtained).
    KnownFactId
);
