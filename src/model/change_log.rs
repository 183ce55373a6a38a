//! Keeps the change log small enough to save, whatever the typing.
//!
//! Without this, every keystroke added an entry of some 250 bytes and a plan passed the
//! importer's 5 MB limit after 15,000–24,000 keystrokes. Two rules bound it. Both are
//! functions of the log's own entries (never of today's date or of the device), so two
//! devices holding the same log make the same log of it.
//!
//! 1. **A typing run is one entry** ([`folds_into`]): a new entry replaces the previous
//!    one when both record the same typing action (see [`TYPING_ACTIONS`]) on the same
//!    field, by the same person in the same version, later but less than
//!    [`TYPING_PAUSE_MS`] apart.
//!    The run keeps its latest time and summary. Undo and redo entries never fold, and
//!    neither does an entry that withdrew a pending approval.
//! 2. **Compaction** ([`compact`]): per subject (the item, or the plan-level action) the
//!    newest [`RECENT_PER_SUBJECT`] entries stay; before those, one entry per subject and
//!    day (the latest in the log). Then the oldest entries go until at most
//!    [`MAX_ENTRIES`] entries and [`MAX_LOG_BYTES`] of exported JSON remain. It runs when
//!    the log passes [`MAX_ENTRIES`] + [`COMPACT_SLACK`] entries, or on every
//!    [`BYTES_CHECK_EVERY`]th entry when it passes [`MAX_LOG_BYTES`] + [`BYTES_SLACK`], so
//!    a keystroke costs O(1) amortised. Compacting a compacted log changes nothing.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::edit_kind::EditKind;
use super::history::TYPING_PAUSE_MS;
use super::plan::{ChangeEntry, ChangeOrigin, ItemRef};

/// Newest entries kept per subject (item, or plan-level action) when compacting.
pub const RECENT_PER_SUBJECT: usize = 50;
/// Most entries a compacted log holds.
pub const MAX_ENTRIES: usize = 2_000;
/// Most bytes of exported JSON the entries of a compacted log take (see [`entry_bytes`]).
pub const MAX_LOG_BYTES: usize = 512 * 1024;
/// Entries the log may grow past [`MAX_ENTRIES`] before it is compacted: compacting is
/// O(n), so it runs once per this many entries rather than on every keystroke.
pub const COMPACT_SLACK: usize = 200;
/// Bytes the log may grow past [`MAX_LOG_BYTES`] before it is compacted.
pub const BYTES_SLACK: usize = 64 * 1024;
/// Counting the log's bytes is O(n) too: it is done when the length is a multiple of this.
pub const BYTES_CHECK_EVERY: usize = 50;

/// The actions the editor applies per keystroke (`History::apply_typing`'s typing
/// edits). Only these fold: two quick "link goal" edits are two facts, not one run.
pub const TYPING_ACTIONS: [EditKind; 10] = [
    EditKind::SetTitle,
    EditKind::SetOwnWords,
    EditKind::SetCitizen,
    EditKind::UpdateGoal,
    EditKind::UpdateIntervention,
    EditKind::UpdatePerson,
    EditKind::UpdateFamilyMember,
    EditKind::UpdateConsent,
    EditKind::UpdateFollowUp,
    EditKind::SetAgreement,
];

/// How `apply` marks an edit that withdrew a pending approval. Such an entry stays: the
/// withdrawal is a fact the parties must be able to see.
const WITHDRAWN_NOTE: &str = "(the pending approval was withdrawn)";

/// Appends `entry` to `log`, folding it into the previous entry when both belong to one
/// typing run, and compacts the log when it has grown past its bounds.
pub fn record(log: &mut Vec<ChangeEntry>, entry: ChangeEntry) {
    if let Some(last) = log.last_mut() {
        if folds_into(last, &entry) {
            *last = entry;
            return;
        }
    }
    log.push(entry);
    if needs_compaction(log) {
        compact(log);
    }
}

/// Whether `next` continues the typing run that `previous` records, so that it replaces
/// `previous` instead of being appended.
pub fn folds_into(previous: &ChangeEntry, next: &ChangeEntry) -> bool {
    // Strictly later: an edit in the same millisecond is appended, so that every edit
    // changes the log's [`Mark`] (hosts learn of edits that way).
    let gap = (next.at - previous.at).num_milliseconds();
    same_run(previous, next)
        && !previous.summary.ends_with(WITHDRAWN_NOTE)
        && (1..TYPING_PAUSE_MS).contains(&gap)
}

/// A fingerprint of a log's state that changes with every recorded edit (appended,
/// folded or followed by compaction). The length alone does not: a folded keystroke
/// keeps it, compaction shrinks it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Mark {
    len: usize,
    last: Option<ChangeEntry>,
}

pub fn mark(log: &[ChangeEntry]) -> Mark {
    Mark {
        len: log.len(),
        last: log.last().cloned(),
    }
}

/// Same typing action on the same field by the same person in the same version, time
/// aside.
fn same_run(a: &ChangeEntry, b: &ChangeEntry) -> bool {
    a.origin == ChangeOrigin::Edit
        && b.origin == ChangeOrigin::Edit
        && a.action.kind().is_some_and(|kind| TYPING_ACTIONS.contains(&kind))
        && a.action == b.action
        && a.item == b.item
        && a.field == b.field
        && a.role == b.role
        && a.name == b.name
        && a.version == b.version
        // Logs from before format 3 have no field; for the citizen's own words (several
        // fields, no item) the summary names it ("changed the citizen's own words (dreams)").
        && (a.action != EditKind::SetOwnWords || a.summary == b.summary)
}

fn needs_compaction(log: &[ChangeEntry]) -> bool {
    log.len() > MAX_ENTRIES + COMPACT_SLACK
        || (log.len().is_multiple_of(BYTES_CHECK_EVERY)
            && log_bytes(log) > MAX_LOG_BYTES + BYTES_SLACK)
}

/// What compaction groups by: the item an entry touched, or for plan-level entries
/// (title, own words, approvals) the action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Subject<'a> {
    Item(ItemRef),
    Plan(&'a str),
}

fn subject(entry: &ChangeEntry) -> Subject<'_> {
    match entry.item {
        Some(item) => Subject::Item(item),
        None => Subject::Plan(entry.action.code()),
    }
}

/// Thins `log` by the rule in the module comment. Deterministic: the result depends on
/// the entries and their order only.
pub fn compact(log: &mut Vec<ChangeEntry>) {
    let keep = entries_to_keep(log);
    let mut index = 0;
    log.retain(|_| {
        let kept = keep.get(index).copied().unwrap_or(true);
        index += 1;
        kept
    });
}

fn entries_to_keep(log: &[ChangeEntry]) -> Vec<bool> {
    let mut keep = vec![false; log.len()];
    let mut per_subject: HashMap<Subject, usize> = HashMap::new();
    let mut days: HashSet<(Subject, NaiveDate)> = HashSet::new();
    let mut kept = 0usize;
    let mut bytes = 0usize;
    // Newest first: the first entry met for a subject and day is that day's latest.
    for (i, entry) in log.iter().enumerate().rev() {
        let subject = subject(entry);
        let seen = per_subject.entry(subject).or_insert(0);
        *seen += 1;
        let wanted = *seen <= RECENT_PER_SUBJECT || days.insert((subject, entry.at.date_naive()));
        if !wanted {
            continue;
        }
        let size = entry_bytes(entry);
        if kept >= MAX_ENTRIES || bytes.saturating_add(size) > MAX_LOG_BYTES {
            // The global cap: everything older goes.
            break;
        }
        kept += 1;
        bytes = bytes.saturating_add(size);
        keep[i] = true;
    }
    keep
}

/// The bytes the entries take in the exported (pretty-printed) plan, as [`entry_bytes`]
/// counts them.
pub fn log_bytes(log: &[ChangeEntry]) -> usize {
    log.iter()
        .map(entry_bytes)
        .fold(0usize, usize::saturating_add)
}

/// An upper bound of the bytes one entry takes in the exported plan: its free texts as
/// JSON-escaped, plus [`ENTRY_FRAME_BYTES`] for keys, indentation, time, role, item and
/// version. Cheap (no serialisation); `tests/model_change_log.rs` checks it against
/// `format::export_json`.
pub fn entry_bytes(entry: &ChangeEntry) -> usize {
    ENTRY_FRAME_BYTES
        .saturating_add(escaped_len(&entry.name))
        .saturating_add(escaped_len(&entry.summary))
        .saturating_add(escaped_len(entry.action.code()))
        .saturating_add(entry.field.as_deref().map_or(0, escaped_len))
}

/// Everything in an exported entry but its three free texts, at most: the longest role
/// and item kind, a full-precision time, a ten-digit version, the `origin` and `field` keys.
pub const ENTRY_FRAME_BYTES: usize = 360;

/// Length of `text` inside a JSON string: quote, backslash and the whitespace controls
/// take two bytes, other control characters six.
fn escaped_len(text: &str) -> usize {
    text.bytes()
        .map(|b| match b {
            b'"' | b'\\' | b'\n' | b'\r' | b'\t' | 0x08 | 0x0c => 2,
            0..=0x1f => 6,
            _ => 1,
        })
        .fold(0usize, usize::saturating_add)
}

/// Whether `newer` could have grown out of `older` by the log's own operations: appending,
/// folding a typing run and compacting. Used by sync to tell "only I have edits" from
/// "we both have edits".
///
/// Exact when no compaction happened in between (`older` is a prefix of `newer`, its last
/// entry possibly continued by folding). After a compaction the older log's last entry (or
/// the run it grew into) must still be in the newer log.
pub fn continues(newer: &[ChangeEntry], older: &[ChangeEntry]) -> bool {
    let Some((last, before)) = older.split_last() else {
        return true;
    };
    if newer.len() >= older.len() && newer[..before.len()] == *before {
        let next = &newer[before.len()];
        return next == last || grew_from(next, last);
    }
    newer
        .iter()
        .rev()
        .any(|entry| entry == last || grew_from(entry, last))
}

/// `later` is what the run `earlier` recorded became after more keystrokes.
fn grew_from(later: &ChangeEntry, earlier: &ChangeEntry) -> bool {
    same_run(earlier, later) && later.at >= earlier.at
}
