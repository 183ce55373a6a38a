//! Autosave in localStorage, under a namespace so two plans on one machine never mix.
//!
//! We use `web_sys::Storage` directly rather than `gloo-storage`: gloo's `raw()` throws when
//! storage is blocked (sandboxed iframes, some privacy modes), and the editor must instead
//! keep working and say that it is not saving.

use web_sys::Storage;

use crate::format;
use crate::model::{Actor, Plan};

/// What was found in storage at start-up.
pub enum Restored {
    Nothing,
    Plan(Box<Plan>),
    /// The saved text could not be read; it was copied to `kept_as` and left in place there.
    Corrupt {
        kept_as: String,
    },
    /// Storage itself is not available.
    Unavailable,
}

/// One autosave slot: `<namespace>:plan`.
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

    fn plan_key(&self) -> String {
        format!("{}:plan", self.namespace)
    }

    /// Reads the saved plan. A corrupt one is kept aside under a dated key, never deleted.
    pub fn restore(&self) -> Restored {
        let Some(storage) = local_storage() else {
            return Restored::Unavailable;
        };
        let Ok(Some(text)) = storage.get_item(&self.plan_key()) else {
            return Restored::Nothing;
        };
        match format::import_json(&text) {
            Ok(plan) => Restored::Plan(Box::new(plan)),
            Err(_) => {
                let kept_as = format!(
                    "{}:corrupt:{}",
                    self.namespace,
                    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ")
                );
                if storage.set_item(&kept_as, &text).is_ok() {
                    let _ = storage.remove_item(&self.plan_key());
                }
                Restored::Corrupt { kept_as }
            }
        }
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

    fn writer_key(&self) -> String {
        format!("{}:writer", self.namespace)
    }

    /// Writes the plan; `false` when storage is full or unavailable.
    pub fn save(&self, plan: &Plan) -> bool {
        local_storage()
            .map(|storage| {
                storage
                    .set_item(&self.plan_key(), &format::export_json(plan))
                    .is_ok()
            })
            .unwrap_or(false)
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
            chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S%.3fZ")
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
