//! The plan as plain Rust data, its edit commands and its validation.
//!
//! No browser types here: everything is tested natively with `cargo test`.

pub mod edit;
pub mod plan;

pub use edit::{apply, Actor, Edit, EditError, History, Role};
pub use plan::{OwnWordsField, Plan};
