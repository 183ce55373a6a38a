//! The plan as plain Rust data, its edit commands and its validation.
//!
//! No browser types here: everything is tested natively with `cargo test`.
//!
//! - [`plan`]: the [`Plan`] document and its change log;
//! - [`people`], [`assessment`], [`goal`], [`intervention`], [`consent`], [`follow_up`],
//!   [`agreement`]: the parts of a plan;
//! - [`linked_plan`]: the plans this one replaces or is coordinated with, and their summary;
//! - [`catalogue`]: life areas, sectors, legal bases and intervention types as data;
//! - [`edit`]: every change as one [`Edit`], applied by [`apply`];
//! - [`history`]: undo/redo built on the inverses `apply` returns;
//! - [`change_log`]: keeps the log bounded (a typing run is one entry; compaction);
//! - [`validate`]: all problems of a plan, with JSON-pointer paths;
//! - [`coherence`]: advisory findings (double interventions, goals without
//!   interventions, overdue follow-ups …), built on [`similarity`];
//! - [`progress`]: how far each part of the plan has come (the overview's task list);
//! - [`timeline`]: interventions laid out on a time axis by sector, with overlaps and dates;
//! - [`life_areas`]: latest citizen and professional ratings per life area (the chart);
//! - [`goal_progress`]: one goal's ratings per perspective, newest first (the goal card);
//! - [`guided`]: what guided mode's answers become (her goals, faces as her ratings, her words per area);
//! - [`server_sync`]: the rules of saving to a host's server (plan relations, answers, back-off);
//! - [`merge_notice`]: what merging another device's changes did, for telling the people affected;
//! - [`rebase`]: this device's unsaved edits replayed on a newer plan from the server;
//! - [`share`]: "Del med …", the plan as one party may see it by the consents, and what it leaves out;
//! - [`decision`]: the one-decision summary (interventions needing a decision, by sector and legal basis);
//! - [`generate`]: deterministic synthetic plans for samples and scale tests.

pub mod agreement;
mod apply;
pub mod assessment;
pub mod catalogue;
pub mod change_log;
pub mod coherence;
pub mod consent;
pub mod dates;
pub mod decision;
pub mod dependencies;
pub mod edit;
pub mod edit_kind;
pub mod error;
pub mod follow_up;
pub mod generate;
pub mod goal;
pub mod goal_progress;
pub mod guided;
pub mod history;
pub mod ids;
pub mod intervention;
pub mod life_areas;
pub mod limits;
pub mod linked_plan;
pub mod merge_notice;
pub mod people;
pub mod plan;
pub mod progress;
pub mod rebase;
pub mod server_sync;
pub mod share;
pub mod similarity;
pub mod splice;
pub mod timeline;
pub mod validate;

pub use agreement::{
    Agreement, AgreementStatus, Approval, ApprovalRole, Comment, Target, VersionRecord,
};
pub use assessment::{AssessmentEntry, KnownFact, TargetGroup, TargetGroupKind};
pub use catalogue::{Catalogue, CatalogueProblem};
pub use coherence::{Detail, Finding, Rule};
pub use consent::{
    party_may_see, Consent, ConsentForm, ConsentGiver, ConsentKind, GiverRole, InfoCategory,
    InfoUse,
};
pub use edit::{apply, Edit, EditError, EditKind, ItemKind, LogAction, VersionState};
pub use follow_up::{FollowUp, InterventionResult, Outcome};
pub use goal::{ExpressedBy, GasScale, Goal, GoalLevel, GoalStatus, Perspective, Rating};
pub use history::{History, TYPING_PAUSE_MS};
pub use ids::{
    AssessmentId, CommentId, ConsentId, FollowUpId, GoalId, InterventionId, KnownFactId,
    LinkedPlanId, MemberId, PersonId, PlanId, RatingId,
};
pub use intervention::{
    Decision, DecisionStatus, Intervention, InterventionStatus, LegalBasis, Period, Sector,
};
pub use linked_plan::{LinkedPlan, PlanRelation};
pub use people::{Actor, Citizen, FamilyMember, OwnWords, OwnWordsField, Person, PersonKind, Role};
pub use plan::{ChangeEntry, ChangeOrigin, ItemRef, Plan};
pub use similarity::Similarity;
pub use validate::{validate, validate_with, Problem, ProblemKind, Severity};

/// A value's code as the plan format writes it (`on_hold`, `date_range`): for text that
/// hosts read (change-log summaries, the element's `validate()`), never Rust's Debug names.
pub fn serde_code<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
