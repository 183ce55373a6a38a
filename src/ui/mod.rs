//! Leptos components: one file per plan section, state in [`state::EditorState`].

pub mod about_me;
pub mod approval;
pub mod assessment;
pub mod browser;
pub mod coherence;
pub mod collab_notices;
pub mod confirm;
pub mod consents;
pub mod decision;
pub mod details;
pub mod device_storage;
pub mod dialogue;
pub mod editor;
pub mod fields;
pub mod file_menu;
pub mod follow_ups;
pub mod goals;
pub mod guided;
pub mod interventions;
pub mod linked_plans;
pub mod live;
pub mod locked_banner;
pub mod mode;
pub mod nav;
pub mod overview;
pub mod people;
pub mod plan_header;
pub mod plan_problems;
pub mod rebase_conflicts;
pub mod section;
pub mod share;
pub mod size_warning;
pub mod state;
pub mod timeline;
pub mod toolbar;
pub mod workshop;

pub use editor::Editor;
pub use mode::Mode;
pub use state::{
    use_editor, use_host, use_navigation, use_status, EditorState, HostSettings, Navigation,
    Recorded, SaveStatus, Section, Status,
};
