//! The plan as a shared Yjs document (`--features collab`), natively: no network, no UI.
//!
//! - [`mapping`]: where each part of the plan lives in the document, and the flat form
//!   of an item (one map entry per field path, long texts as `Y.Text`, sets as maps);
//! - [`doc`]: a whole plan into a document ([`write_plan`], [`seed`]) and back
//!   ([`read_plan`]);
//! - [`apply`]: one applied [`Edit`](crate::model::Edit) into the document as one
//!   transaction ([`write_edit`]), so another replica reads the same plan;
//! - [`conflicts`]: another device's update applied, naming this device's short-field
//!   values it replaced by concurrent ones ([`apply_remote`]);
//! - [`lock`]: what a locked version shows (the approved plan, from the lock record)
//!   and the edits that came after the lock ([`LateEdit`]);
//! - [`order`]: an order array rewritten with the fewest moves;
//! - [`repair`]: the deterministic pass that makes a merged plan valid again.
//!
//! The document is the truth between devices; each device reads it into a `Plan`, runs
//! [`repair::repair`] and shows that. Uses `model` and `format` only. See
//! docs/collaboration.md for the mapping and why.

pub mod apply;
pub mod conflicts;
pub mod doc;
pub mod lock;
pub mod mapping;
pub mod order;
pub mod patch;
pub mod repair;
pub mod seeds;
pub mod session;

pub use apply::write_edit;
pub use conflicts::{apply_remote, apply_update_as, lost_in, REMOTE_ORIGIN};
pub use doc::{
    new_doc, new_doc_with_client_id, read, read_plan, seed, write_plan, Read, Unreadable,
};
pub use lock::LateEdit;
pub use repair::{repair, Repair};
pub use session::{Peer, Presence, Received, Session, SessionError};

/// The origin of the transactions this device writes (for an undo manager that undoes
/// only this device's edits, and to tell its own changes from remote ones).
pub const LOCAL_ORIGIN: &str = "helhedsplan-local";

/// Why a document could not be written or read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CollabError {
    /// The document holds no plan (an empty room, or not a plan document).
    #[error("the shared document holds no plan")]
    Empty,
    /// The document was written by a newer editor: this one must not write into it.
    #[error("the shared document is in plan format {found}; this editor reads up to {supported}")]
    NewerSchema { found: u64, supported: u32 },
    /// The document's content does not read as a plan.
    #[error("the shared plan does not read at {path}: {message}")]
    Shape { path: String, message: String },
    /// Another transaction is open on the document.
    #[error("the shared document is busy")]
    Busy,
    /// Another device's update does not decode or apply (the document is not changed when
    /// it does not decode).
    #[error("an update from another device does not apply: {0}")]
    Update(String),
    /// A part of the plan did not convert to the plan format.
    #[error("a part of the plan does not convert: {0}")]
    Value(String),
}
