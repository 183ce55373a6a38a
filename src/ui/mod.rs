//! Leptos components: one file per plan section, state in [`state::EditorState`].

pub mod about_me;
pub mod editor;
pub mod fields;
pub mod state;
pub mod toolbar;

pub use editor::Editor;
pub use state::{use_editor, EditorState, SaveStatus};
