//! Browser glue: storage and mounting. Everything that touches `web-sys` outside components.

pub mod autosave;
pub mod custom_element;
#[cfg(feature = "collab")]
pub mod live;
pub mod mount;
pub mod reading;
pub mod storage;
pub mod sync;

pub use mount::{mount_editor, EditorHandle, EditorOptions};
