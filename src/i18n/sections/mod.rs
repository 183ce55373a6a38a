//! Strings per part of the editor: one file each, Danish and English side by side,
//! reached through a `Lang` accessor (e.g. `lang.goals()`).

mod approval;
mod consents;
mod files;
mod follow_ups;
mod goals;
mod interventions;
mod nav;
mod people;
mod sync;

pub use approval::ApprovalTexts;
pub use consents::ConsentTexts;
pub use files::FileTexts;
pub use follow_ups::FollowUpTexts;
pub use goals::GoalTexts;
pub use interventions::InterventionTexts;
pub use nav::NavTexts;
pub use people::PeopleTexts;
pub use sync::SyncTexts;
