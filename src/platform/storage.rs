//! The editor's keys in localStorage, under a namespace so two plans on one machine never mix.
//!
//! Keys under namespace `<ns>` (docs/architecture.md, "Storage"):
//! - `<ns>:plan`: the plan as exported JSON;
//! - `<ns>:rev`: a token that changes with every save, so an editor can tell that another
//!   editor (another tab, or a second editor on the page) saved since it last looked;
//! - `<ns>:writer`: who wrote last on this machine;
//! - `<ns>:corrupt:<time>`: a save that could not be read, kept aside;
//! - `<ns>:kept:<time>`: this device's plan, kept aside before a plan from the host
//!   (`plan-src`, `save-url`) replaced it;
//! - `<ns>:pending-sync`, `<ns>:synced-with`: the server-sync markers;
//! - `<ns>:guided`: where the citizen is in guided mode, to resume there after a reload.
//! - `<ns>:persona`: in workshop mode (whose `<ns>` is `<key>:workshop`), where the persona
//!   came from, so "Nulstil persona" works after a reload ([`PlanStore::note`]).
//!
//! Both kinds of kept copy are listed in the file menu, and "remove the plan from this
//! device" deletes them with the rest.
//!
//! We use `web_sys::Storage` directly rather than `gloo-storage`: gloo's `raw()` throws when
//! storage is blocked (sandboxed iframes, some privacy modes), and the editor must instead
//! keep working and say that it is not saving.

use chrono::{NaiveDateTime, Utc};
use web_sys::Storage;

use crate::format;
use crate::i18n::GuidedPlace;
use crate::model::{Actor, Plan};
use crate::ui::device_storage::KeptCopy;

/// The time format of a kept-aside copy's key: sortable, and readable back into a date.
const CORRUPT_TIME: &str = "%Y-%m-%dT%H:%M:%S%.3fZ";

/// The kinds of copies kept aside, as in `<ns>:<kind>:<time>`.
const COPY_KINDS: [&str; 2] = ["corrupt", "kept"];

/// What was found in storage at start-up.
pub enum Restored {
    Nothing,
    /// A plan that parses; it may break rules of the plan (the editor lists them to fix).
    Plan(Box<Plan>),
    /// The saved text could not be read; it was copied to `kept_as` and removed from the
    /// plan key, so autosave may write there again.
    Corrupt {
        kept_as: String,
    },
    /// The saved text could not be read, and storage refused the copy: the text is still
    /// under the plan key, and saving would destroy it.
    Unreadable {
        raw: String,
    },
    /// Storage itself is not available.
    Unavailable,
}

/// How a save went.
pub enum Saved {
    /// Written; the new revision.
    Yes(String),
    /// Another editor saved since `based_on`: nothing was written.
    Stale,
    /// Storage refused the write (full, blocked) or is not available.
    Failed,
}

/// One autosave namespace.
#[derive(Clone)]
pub struct PlanStore {
    namespace: String,
}

impl PlanStore {
    pub fn new(namespace: &str) -> Self {
        PlanStore {
            namespace: namespace.to_string(),
        }
    }

    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    pub fn plan_key(&self) -> String {
        format!("{}:plan", self.namespace)
    }

    pub fn rev_key(&self) -> String {
        format!("{}:rev", self.namespace)
    }

    fn writer_key(&self) -> String {
        format!("{}:writer", self.namespace)
    }

    fn corrupt_prefix(&self) -> String {
        format!("{}:corrupt:", self.namespace)
    }

    /// Reads the saved plan leniently: a save that parses is never discarded, whatever
    /// rules it breaks. One that does not parse is kept aside under a dated key — and left
    /// where it is when storage refuses the copy.
    pub fn restore(&self) -> Restored {
        let Some(storage) = local_storage() else {
            return Restored::Unavailable;
        };
        let Ok(Some(text)) = storage.get_item(&self.plan_key()) else {
            return Restored::Nothing;
        };
        match format::import_lenient(&text) {
            Ok(imported) => Restored::Plan(Box::new(imported.plan)),
            Err(_) => {
                let kept_as = format!(
                    "{}{}",
                    self.corrupt_prefix(),
                    Utc::now().format(CORRUPT_TIME)
                );
                // Only a copy that reads back whole counts as kept.
                let copied = storage.set_item(&kept_as, &text).is_ok()
                    && storage.get_item(&kept_as).ok().flatten().as_deref() == Some(&text);
                if copied && storage.remove_item(&self.plan_key()).is_ok() {
                    Restored::Corrupt { kept_as }
                } else {
                    let _ = storage.remove_item(&kept_as);
                    Restored::Unreadable { raw: text }
                }
            }
        }
    }

    /// The saved plan's text, as it is now (another editor may have written it).
    pub fn read_plan(&self) -> Option<String> {
        local_storage()?.get_item(&self.plan_key()).ok()?
    }

    /// The revision of the saved plan (`None`: no revision, or storage unavailable).
    pub fn revision(&self) -> Option<String> {
        local_storage()?.get_item(&self.rev_key()).ok()?
    }

    /// Whether storage can be read at all (a missing plan then really is missing).
    pub fn available(&self) -> bool {
        local_storage().is_some()
    }

    /// Writes `text` as the plan unless another editor saved since revision `based_on`.
    pub fn save(&self, text: &str, based_on: Option<&str>) -> Saved {
        let Some(storage) = local_storage() else {
            return Saved::Failed;
        };
        let current = storage.get_item(&self.rev_key()).ok().flatten();
        if current.as_deref() != based_on {
            return Saved::Stale;
        }
        let rev = uuid::Uuid::new_v4().simple().to_string();
        if storage.set_item(&self.plan_key(), text).is_err()
            || storage.set_item(&self.rev_key(), &rev).is_err()
        {
            return Saved::Failed;
        }
        Saved::Yes(rev)
    }

    /// Where the citizen was in guided mode (`<ns>:guided`); None when nothing readable
    /// is stored.
    pub fn restore_guided(&self) -> Option<GuidedPlace> {
        GuidedPlace::from_stored(&self.note("guided")?)
    }

    /// Remembers where the citizen is in guided mode (a failed write only loses the place).
    pub fn save_guided(&self, place: &GuidedPlace) {
        self.set_note("guided", Some(&place.to_stored()));
    }

    /// Who was writing last time on this machine (role and name), so a reload keeps it.
    pub fn restore_writer(&self) -> Option<Actor> {
        let text = local_storage()?.get_item(&self.writer_key()).ok()??;
        serde_json::from_str(&text).ok()
    }

    pub fn save_writer(&self, actor: &Actor) {
        if let (Some(storage), Ok(text)) = (local_storage(), serde_json::to_string(actor)) {
            let _ = storage.set_item(&self.writer_key(), &text);
        }
    }

    /// The time part of a kept copy's key (`<ns>:corrupt:<time>`, `<ns>:kept:<time>`), or
    /// `None` when the key is not one of this namespace's copies.
    fn copy_time<'k>(&self, key: &'k str) -> Option<&'k str> {
        let rest = key.strip_prefix(&self.namespace)?.strip_prefix(':')?;
        let (kind, time) = rest.split_once(':')?;
        (COPY_KINDS.contains(&kind) && time.starts_with(|c: char| c.is_ascii_digit()))
            .then_some(time)
    }

    /// The plans kept aside on this device (unreadable saves, and this device's plan kept
    /// before a host's plan replaced it), oldest first.
    pub fn kept_copies(&self) -> Vec<KeptCopy> {
        let mut copies: Vec<KeptCopy> = self
            .keys()
            .into_iter()
            .filter_map(|key| {
                let at = NaiveDateTime::parse_from_str(self.copy_time(&key)?, CORRUPT_TIME)
                    .ok()
                    .map(|t| t.and_utc());
                Some(KeptCopy { key, at })
            })
            .collect();
        copies.sort_by(|a, b| (a.at, &a.key).cmp(&(b.at, &b.key)));
        copies
    }

    /// The text of a kept copy (only keys of this namespace's copies are read).
    pub fn read_copy(&self, key: &str) -> Option<String> {
        self.copy_time(key)?;
        local_storage()?.get_item(key).ok()?
    }

    pub fn delete_copy(&self, key: &str) -> bool {
        self.copy_time(key).is_some() && local_storage().is_some_and(|s| s.remove_item(key).is_ok())
    }

    /// Deletes every key of this namespace from this browser: plan, revision, writer, kept
    /// copies, and whatever else the editor keeps under `<ns>:<name>`. Another editor's
    /// namespace that merely starts with ours (`<ns>:other:plan`) is left alone.
    /// `true` when nothing of ours is left.
    pub fn remove_all(&self) -> bool {
        let Some(storage) = local_storage() else {
            return false;
        };
        let ours: Vec<String> = self
            .keys()
            .into_iter()
            .filter(|key| self.owns(key))
            .collect();
        ours.iter().all(|key| storage.remove_item(key).is_ok())
    }

    /// Deletes every key that starts with this namespace, also a longer namespace and keys a
    /// future feature adds (for workshop mode, whose namespace holds only exercises).
    /// `true` when none is left.
    pub fn remove_by_prefix(&self) -> bool {
        let Some(storage) = local_storage() else {
            return false;
        };
        let keys = self.keys();
        keys.iter().all(|key| storage.remove_item(key).is_ok()) && self.keys().is_empty()
    }

    /// A small text kept under `<ns>:<name>` (removed with the plan).
    pub fn note(&self, name: &str) -> Option<String> {
        local_storage()?
            .get_item(&format!("{}:{name}", self.namespace))
            .ok()?
    }

    /// Keeps `text` under `<ns>:<name>`, or deletes it (`None`).
    pub fn set_note(&self, name: &str, text: Option<&str>) {
        let Some(storage) = local_storage() else {
            return;
        };
        let key = format!("{}:{name}", self.namespace);
        let _ = match text {
            Some(text) => storage.set_item(&key, text),
            None => storage.remove_item(&key),
        };
    }

    /// `<ns>:<name>` with no further `:`, or a kept copy (`<ns>:corrupt:<time>`,
    /// `<ns>:kept:<time>`).
    fn owns(&self, key: &str) -> bool {
        let Some(rest) = key
            .strip_prefix(&self.namespace)
            .and_then(|r| r.strip_prefix(':'))
        else {
            return false;
        };
        !rest.is_empty() && (!rest.contains(':') || self.copy_time(key).is_some())
    }

    fn keys(&self) -> Vec<String> {
        let Some(storage) = local_storage() else {
            return Vec::new();
        };
        let n = storage.length().unwrap_or(0);
        (0..n)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|key| key.starts_with(&self.namespace))
            .collect()
    }
}

/// Copies of a plan put aside, and the server-sync marker (used by `platform::sync` and the
/// custom element; see docs/embedding.md).
impl PlanStore {
    /// Keeps `text` (a plan's JSON) under `<namespace>:kept:<time>`; the key, or `None` when
    /// storage refused the copy.
    pub fn keep_aside(&self, text: &str) -> Option<String> {
        let key = format!(
            "{}:kept:{}",
            self.namespace,
            chrono::Utc::now().format(CORRUPT_TIME)
        );
        local_storage()?.set_item(&key, text).ok()?;
        Some(key)
    }

    fn pending_sync_key(&self) -> String {
        format!("{}:pending-sync", self.namespace)
    }

    /// Marks that the plan here has changes `url` has not received yet (set when the page
    /// is left before they were sent; the next load sends them).
    pub fn mark_pending_sync(&self, url: &str) {
        if let Some(storage) = local_storage() {
            let _ = storage.set_item(&self.pending_sync_key(), url);
        }
    }

    pub fn clear_pending_sync(&self) {
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(&self.pending_sync_key());
        }
    }

    fn synced_key(&self) -> String {
        format!("{}:synced-with", self.namespace)
    }

    /// Remembers that the plan here (`plan_id`) is the one `url` holds.
    pub fn mark_synced(&self, plan_id: &str, url: &str) {
        let value = format!("{plan_id} {url}");
        if let Some(storage) = local_storage() {
            if storage
                .get_item(&self.synced_key())
                .ok()
                .flatten()
                .as_deref()
                != Some(&value)
            {
                let _ = storage.set_item(&self.synced_key(), &value);
            }
        }
    }

    /// Whether the plan here (`plan_id`) was loaded from or saved to `url` before.
    pub fn synced_before(&self, plan_id: &str, url: &str) -> bool {
        local_storage()
            .and_then(|s| s.get_item(&self.synced_key()).ok().flatten())
            .is_some_and(|v| v == format!("{plan_id} {url}"))
    }
}

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
