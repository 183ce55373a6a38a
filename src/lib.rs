//! helhedsplan: one holistic plan, co-authored by citizen and caseworker.
//!
//! Layers (see `docs/architecture.md`):
//! - [`model`]: the plan as plain data, its edits and validation (native, no browser);
//! - [`format`]: the versioned JSON contract, schema and migrations (native);
//! - [`i18n`]: every user-visible string, Danish and English (native: tested with `cargo test`);
//! - `collab` (cargo feature `collab`): the plan as a shared Yjs document (native);
//! - `ui`: Leptos components (wasm32 only);
//! - `platform`: browser glue — storage, mounting (wasm32 only).

pub mod format;
pub mod i18n;
pub mod model;

#[cfg(feature = "collab")]
pub mod collab;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;
