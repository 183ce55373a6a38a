//! The rules of saving a plan to a host's server (`save-url`), without the browser.
//!
//! `platform::sync` does the requests, timers and storage; what it decides it asks here, so
//! the decisions are tested natively: how a plan from the server relates to the one on
//! screen ([`relation`]), what an answer's HTTP status means ([`Answer`]), how long to wait
//! before trying again ([`Backoff`]) and which edits the server has not got, to replay them on a newer plan ([`Outbox`]).
//! The protocol itself is described in `platform/sync.rs` and docs/embedding.md.

use super::change_log::continues;
use super::edit::Edit;
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

/// Which local edits the server has, and what is needed to replay the others on a newer
/// plan from the server ([`super::rebase`]).
///
/// Changes of the plan are counted, and a save remembers the count it sent ([`Mark`]); a
/// save is complete when nothing changed while it was on its way. Beside the count, the
/// user's own edits since the last successful save are kept in order, with the plan they
/// were made on (`base`, the plan the server had then). They can be replayed only when
/// every one of them is known: not after the user replaced the whole plan (a file, a
/// sample), nor past [`Outbox::MAX_UNSENT_EDITS`], nor for edits made before this page was
/// loaded, until a save covers that point.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outbox {
    changes: u64,
    sent: u64,
    /// The user's edits recorded so far (a count).
    recorded: u64,
    /// The index (in `recorded`) of `unsent[0]`.
    first: u64,
    /// The user's edits the server has not got, oldest first.
    unsent: Vec<Edit>,
    /// The plan `unsent` was made on: the server's, as this editor last saved or loaded it.
    base: Option<Plan>,
    /// The edits cannot be replayed until a save covers recorded edit number `n`.
    blind_until: Option<u64>,
}

/// What a save sends: the count of changes and of recorded edits at that moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    changes: u64,
    recorded: u64,
}

impl Outbox {
    /// Typing a long text offline is an edit per keystroke; past this many the edits are
    /// not kept (a `412` then offers the whole-plan choice).
    pub const MAX_UNSENT_EDITS: usize = 10_000;

    /// The plan was changed here (any change: the count decides whether to save).
    pub fn edited(&mut self) {
        self.changes = self.changes.wrapping_add(1);
    }

    /// The user made `edit` (also an undo or redo): kept to be replayed.
    pub fn record(&mut self, edit: Edit) {
        self.recorded = self.recorded.wrapping_add(1);
        if self.unsent.len() >= Self::MAX_UNSENT_EDITS {
            self.forget_edits();
        } else {
            self.unsent.push(edit);
        }
    }

    /// The user replaced the whole plan: that is no edit to replay.
    pub fn replaced(&mut self) {
        self.forget_edits();
    }

    /// The plan on screen has edits the server lacks that were not recorded here (made
    /// before this page was loaded, or a new plan the server has never had).
    pub fn unknown_edits(&mut self) {
        self.forget_edits();
    }

    fn forget_edits(&mut self) {
        self.unsent.clear();
        self.first = self.recorded;
        self.blind_until = Some(self.recorded);
        self.base = None;
    }

    /// Marks the plan as it is now; a save sends it and passes the mark to [`Outbox::sent`].
    pub fn mark(&self) -> Mark {
        Mark {
            changes: self.changes,
            recorded: self.recorded,
        }
    }

    /// The server has `plan`, the plan as it was at `mark`.
    pub fn sent(&mut self, mark: Mark, plan: Plan) {
        self.sent = mark.changes;
        let done = usize::try_from(mark.recorded.saturating_sub(self.first))
            .unwrap_or(usize::MAX)
            .min(self.unsent.len());
        self.unsent.drain(..done);
        self.first = self.first.max(mark.recorded);
        self.base = Some(plan);
        if self.blind_until.is_some_and(|n| n <= mark.recorded) {
            self.blind_until = None;
        }
    }

    /// The plan on screen is the server's `plan` (loaded or taken): nothing is unsent.
    pub fn synced(&mut self, plan: Plan) {
        self.sent = self.changes;
        self.unsent.clear();
        self.first = self.recorded;
        self.base = Some(plan);
        self.blind_until = None;
    }

    /// The plan the unsent edits were made on, and the edits, when all are known.
    pub fn replay(&self) -> Option<(&Plan, &[Edit])> {
        match (&self.base, self.blind_until) {
            (Some(base), None) => Some((base, &self.unsent)),
            _ => None,
        }
    }

    /// The unsent edits were replayed on the server's `plan` as `applied`: that plan is
    /// their base now (the next `412` replays them on the next one).
    pub fn rebased(&mut self, plan: Plan, applied: Vec<Edit>) {
        let count = u64::try_from(applied.len()).unwrap_or(u64::MAX);
        self.first = self.recorded.saturating_sub(count);
        self.unsent = applied;
        self.base = Some(plan);
    }

    /// Whether the server lacks edits made here.
    pub fn unsent(&self) -> bool {
        self.changes != self.sent
    }

    /// Whether nothing was changed since `mark`.
    pub fn unchanged_since(&self, mark: Mark) -> bool {
        self.changes == mark.changes
    }
}
