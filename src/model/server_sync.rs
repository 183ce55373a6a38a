//! The rules of saving a plan to a host's server (`save-url`), without the browser.
//!
//! `platform::sync` does the requests, timers and storage; what it decides it asks here, so
//! the decisions are tested natively: how a plan from the server relates to the one on
//! screen ([`relation`]), what an answer's HTTP status means ([`Answer`]), how long to wait
//! before trying again ([`Backoff`]) and which edits the server has not got ([`Outbox`]).
//! The protocol itself is described in `platform/sync.rs` and docs/embedding.md.

use super::change_log::continues;
use super::plan::Plan;

/// How a plan from elsewhere relates to the one on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// Another plan (other id).
    Unrelated,
    Same,
    /// The local change log continues the remote one: local has edits the server lacks.
    LocalAhead,
    /// The remote change log continues the local one.
    RemoteAhead,
    /// Both have edits the other lacks.
    Diverged,
}

pub fn relation(local: &Plan, remote: &Plan) -> Relation {
    if local.id != remote.id {
        return Relation::Unrelated;
    }
    let (l, r) = (&local.change_log, &remote.change_log);
    if l == r {
        return if local == remote {
            Relation::Same
        } else {
            Relation::Diverged
        };
    }
    // Not a prefix test: a typing run folds into its entry, and compaction drops old ones.
    match (continues(l, r), continues(r, l)) {
        (true, false) => Relation::LocalAhead,
        (false, true) => Relation::RemoteAhead,
        _ => Relation::Diverged,
    }
}

/// Whether replacing `local` by a plan from elsewhere would drop edits made here: another
/// plan with a change log of its own, or one that went its own way.
pub fn replacing_loses_edits(local: &Plan, remote: &Plan) -> bool {
    match relation(local, remote) {
        Relation::Unrelated => !local.change_log.is_empty(),
        Relation::Diverged | Relation::LocalAhead => true,
        Relation::Same | Relation::RemoteAhead => false,
    }
}

/// Whether the plan on this machine may be shown while the server has not answered yet: a
/// new plan (no edits), or one this server held before (`synced_before`). Any other plan
/// could be another citizen's, left under the same storage key.
pub fn may_show_before_server(local: &Plan, synced_before: bool) -> bool {
    local.change_log.is_empty() || synced_before
}

/// What the server's answer, by its HTTP status, means for the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// `2xx`.
    Success,
    /// `404`: nothing at the URL yet (at start: our plan becomes the first version).
    NotFound,
    /// `412`: someone else saved in between (on a save: the user must choose).
    PreconditionFailed,
    /// `429`, `503`: the server asked to wait; the same request may succeed later.
    Busy,
    /// `408`, `425`, other `5xx`: the server did not manage; the same request may succeed later.
    Unavailable,
    /// Every other status (`400`, `401`, `403`, `413` …): sending the same again cannot help.
    Refused,
}

impl Answer {
    pub fn of(status: u16) -> Answer {
        match status {
            200..=299 => Answer::Success,
            404 => Answer::NotFound,
            412 => Answer::PreconditionFailed,
            429 | 503 => Answer::Busy,
            // Timeout, too early, and server errors: the fault is not the request's.
            408 | 425 | 500.. => Answer::Unavailable,
            _ => Answer::Refused,
        }
    }

    pub fn is_success(self) -> bool {
        self == Answer::Success
    }

    /// Whether asking again later may succeed (then the plan waits on this machine).
    pub fn is_retryable(self) -> bool {
        matches!(self, Answer::Busy | Answer::Unavailable)
    }
}

/// The wait between tries after a retryable fault: 1, 2, 4, 8, 8 … seconds, or the
/// server's `Retry-After` when that is longer. Back to 1 s after a success.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    next_ms: u64,
}

impl Backoff {
    pub const FIRST_MS: u64 = 1000;
    pub const MAX_MS: u64 = 8000;

    /// The wait before the next try (the server's ask when longer), doubling the one after.
    pub fn next_wait_ms(&mut self, asked_ms: Option<u64>) -> u64 {
        let backoff = self.next_ms;
        self.next_ms = backoff.saturating_mul(2).min(Self::MAX_MS);
        asked_ms.map_or(backoff, |asked| asked.max(backoff))
    }

    pub fn reset(&mut self) {
        self.next_ms = Self::FIRST_MS;
    }
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff {
            next_ms: Self::FIRST_MS,
        }
    }
}

/// Which local edits the server has: edits are counted, and a save remembers the count it
/// sent. A save is complete when nothing was edited while it was on its way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Outbox {
    edits: u64,
    sent: u64,
}

impl Outbox {
    /// The plan was edited here.
    pub fn edited(&mut self) {
        self.edits = self.edits.wrapping_add(1);
    }

    /// Marks the plan as it is now; a save sends it and passes the mark to [`Outbox::sent`].
    pub fn mark(&self) -> u64 {
        self.edits
    }

    /// The server has the plan as it was at `mark`.
    pub fn sent(&mut self, mark: u64) {
        self.sent = mark;
    }

    /// Whether the server lacks edits made here.
    pub fn unsent(&self) -> bool {
        self.edits != self.sent
    }

    /// Whether nothing was edited since `mark`.
    pub fn unchanged_since(&self, mark: u64) -> bool {
        self.edits == mark
    }
}
