//! Strings per part of the editor: one file each, Danish and English side by side,
//! reached through a `Lang` accessor (e.g. `lang.goals()`).

mod approval;
mod assessment;
mod coherence;
mod consents;
mod decision;
mod device;
mod files;
mod follow_ups;
mod goals;
mod guided;
mod interventions;
mod life_areas;
mod linked_plans;
mod live;
mod merge;
mod nav;
mod overview;
mod people;
mod representation;
mod share;
mod sync;
mod timeline;

pub use approval::ApprovalTexts;
pub use assessment::AssessmentTexts;
pub use coherence::CoherenceTexts;
pub use consents::ConsentTexts;
pub use decision::DecisionTexts;
pub use device::DeviceTexts;
pub use files::FileTexts;
pub use follow_ups::FollowUpTexts;
pub use goals::GoalTexts;
pub use guided::{BeginTexts, GuidedPlace, GuidedScreen, GuidedStep, GuidedTexts, ReadingTexts};
pub use interventions::InterventionTexts;
pub use life_areas::LifeAreaTexts;
pub use linked_plans::LinkedPlanTexts;
pub use live::LiveTexts;
pub use merge::MergeTexts;
pub use nav::NavTexts;
pub use overview::OverviewTexts;
pub use people::PeopleTexts;
pub use representation::RepresentationTexts;
pub use share::ShareTexts;
pub use sync::SyncTexts;
pub use timeline::TimelineTexts;
