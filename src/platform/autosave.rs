//! Autosave of one editor on this device, and keeping every editor with the same storage
//! key consistent: another tab, or a second editor on the same page (docs/architecture.md,
//! "Storage").
//!
//! The rule is "never overwrite a newer save": each save writes a fresh revision token to
//! `<key>:rev`, and an editor writes only over the revision its plan is based on. When
//! another editor saved meanwhile, this one loads that plan, replays its own edits made
//! since its last save on it, and saves the result. Editors hear of each other's saves
//! through a `BroadcastChannel` named after the key (other tabs and the same page) and the
//! `storage` event (other tabs, also when a browser lacks `BroadcastChannel`).

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use chrono::Utc;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::BroadcastChannel;

use super::storage::{PlanStore, Saved};
use crate::format;
use crate::model::{self, Actor, Edit, Plan, Role};
use crate::ui::browser::after_pause;
use crate::ui::device_storage::{DeviceStore, KeptCopy};
use crate::ui::{EditorState, SaveStatus, Section};

/// A plan whose export is longer than this (bytes) is saved once edits pause, not on every
/// keystroke: a long change log or long texts make a plan as costly to write as many items.
pub const SAVE_AT_ONCE_UP_TO_BYTES: usize = 200_000;
const SAVE_PAUSE_MS: u64 = 300;

/// This editor's changes since its last save, to replay on a newer plan from another editor.
enum Unsaved {
    Edits(Vec<Edit>),
    /// The user replaced the whole plan (opened a file, loaded a sample): that choice
    /// stands, and is written over another editor's newer save.
    Replaced,
}

pub struct Autosave {
    state: EditorState,
    store: PlanStore,
    /// The host fixed who writes: the writer is not remembered on this device.
    role_fixed: bool,
    /// The revision of the saved plan this editor's plan is based on.
    based_on: RefCell<Option<String>>,
    /// Whether the saved plan under this key is this editor's (restored or saved): when it
    /// then disappears, another editor removed it from the device.
    has_saved: Cell<bool>,
    unsaved: RefCell<Unsaved>,
    /// Saving is held: the saved text could not be read nor kept aside, and saving would
    /// destroy it. Until the user chooses, it stays where it is (and can be downloaded).
    held: RwSignal<bool>,
    raw: RefCell<Option<String>>,
    /// The next change of the plan is not the user's (a plan taken from another editor,
    /// removal): it is already in storage, or must not be written.
    skip_next: Cell<bool>,
    dirty: Cell<bool>,
    catching_up: Cell<bool>,
    last_size: Cell<usize>,
    pause: StoredValue<u64>,
    /// Bumped when kept copies change, so the list reads them again.
    copies_changed: RwSignal<u64>,
    channel: Option<BroadcastChannel>,
    _on_message: Option<OnMessage>,
}

impl Drop for Autosave {
    fn drop(&mut self) {
        if let Some(channel) = &self.channel {
            channel.set_onmessage(None);
            channel.close();
        }
    }
}

impl Autosave {
    /// Starts saving `state`'s plan under `store`. `unreadable`: the saved text that could
    /// neither be read nor kept aside (saving is then held).
    pub fn start(
        state: EditorState,
        store: PlanStore,
        restored_plan: bool,
        unreadable: Option<String>,
        role_fixed: bool,
    ) -> Rc<Autosave> {
        let channel_name = format!("helhedsplan:{}", store.namespace());
        let held = unreadable.is_some();
        let autosave = Rc::new_cyclic(|weak: &Weak<Autosave>| {
            let (channel, on_message) = open_channel(&channel_name, weak.clone());
            Autosave {
                state,
                based_on: RefCell::new(store.revision()),
                store,
                role_fixed,
                has_saved: Cell::new(restored_plan),
                unsaved: RefCell::new(Unsaved::Edits(Vec::new())),
                held: RwSignal::new(held),
                raw: RefCell::new(unreadable),
                skip_next: Cell::new(false),
                dirty: Cell::new(false),
                catching_up: Cell::new(false),
                last_size: Cell::new(0),
                pause: StoredValue::new(0),
                copies_changed: RwSignal::new(0),
                channel,
                _on_message: on_message,
            }
        });
        state.attach_device(autosave.clone());

        let this = autosave.clone();
        Effect::new(move |previous: Option<()>| {
            state.plan.track();
            this.plan_changed(previous.is_none());
        });
        if !role_fixed {
            let this = Rc::downgrade(&autosave);
            Effect::new(move |_| {
                let actor = state.host.actor.get();
                if let Some(this) = this.upgrade() {
                    // Only next to a plan of ours: not after the plan was removed.
                    if this.has_saved.get() && !this.held.get_untracked() {
                        this.store.save_writer(&actor);
                    }
                }
            });
        }
        listen(&autosave);
        autosave
    }

    /// A blank plan that is not written until the user edits it; the writer's name is
    /// forgotten unless the host fixed it.
    fn start_empty(&self) {
        *self.based_on.borrow_mut() = None;
        self.has_saved.set(false);
        self.dirty.set(false);
        self.skip_next.set(true);
        self.state.replace_plan(Plan::new(""));
        *self.unsaved.borrow_mut() = Unsaved::Edits(Vec::new());
        if !self.role_fixed {
            self.state.host.actor.set(Actor {
                role: Role::Citizen,
                name: String::new(),
            });
        }
        self.state.nav.section.set(Section::AboutMe);
        // Nothing of the plan is on this device now: "saved on this computer" would mislead.
        self.state.status.save_status.set(SaveStatus::Off);
    }

    fn plan_changed(self: &Rc<Self>, first: bool) {
        if self.skip_next.replace(false) {
            return;
        }
        if self.held.get_untracked() {
            self.state.status.save_status.set(SaveStatus::Held);
            return;
        }
        // The first run writes the restored plan back, which also tells us at once whether
        // storage accepts writes, and measures the plan.
        if first || self.last_size.get() <= SAVE_AT_ONCE_UP_TO_BYTES {
            self.save_now();
            return;
        }
        self.dirty.set(true);
        let this = Rc::downgrade(self);
        after_pause(self.pause, SAVE_PAUSE_MS, move || {
            if let Some(this) = this.upgrade() {
                this.save_now();
            }
        });
    }

    /// Writes the plan now, unless another editor saved meanwhile: then catches up first.
    fn save_now(&self) {
        self.dirty.set(false);
        if self.held.try_get_untracked().unwrap_or(false) {
            return;
        }
        let Some(text) = self.state.plan.try_with_untracked(format::export_json) else {
            return;
        };
        self.last_size.set(text.len());
        let based_on = self.based_on.borrow().clone();
        match self.store.save(&text, based_on.as_deref()) {
            Saved::Yes(rev) => {
                *self.based_on.borrow_mut() = Some(rev.clone());
                self.has_saved.set(true);
                *self.unsaved.borrow_mut() = Unsaved::Edits(Vec::new());
                if !self.role_fixed {
                    self.state
                        .host
                        .actor
                        .try_with_untracked(|actor| self.store.save_writer(actor));
                }
                self.state.status.save_status.try_set(SaveStatus::Saved);
                self.post(&rev);
            }
            Saved::Stale if !self.catching_up.get() => self.catch_up(),
            Saved::Stale | Saved::Failed => {
                self.state.status.save_status.try_set(SaveStatus::Failed);
            }
        }
    }

    /// Another editor may have saved: take its plan, replay this editor's unsaved edits on
    /// it, and save the result.
    fn catch_up(&self) {
        // Unmounted (signals gone): nothing to follow.
        if self.held.try_get_untracked().unwrap_or(true) || self.catching_up.replace(true) {
            return;
        }
        self.catch_up_once();
        self.catching_up.set(false);
    }

    fn catch_up_once(&self) {
        let rev = self.store.revision();
        if rev == *self.based_on.borrow() {
            return;
        }
        // With live co-authoring the shared document keeps the tabs in step (and is the
        // truth); the saved JSON is a snapshot. Following another tab's snapshot here would
        // make this editor's plan differ from its shared document, so this tab saves its own.
        if self
            .state
            .status
            .live
            .status
            .with_untracked(Option::is_some)
        {
            *self.based_on.borrow_mut() = rev;
            *self.unsaved.borrow_mut() = Unsaved::Edits(Vec::new());
            // Once the tabs' plans are the same, nobody saves again (no ping-pong).
            let ours = self.state.plan.try_with_untracked(format::export_json);
            if ours.is_some() && ours != self.store.read_plan() {
                self.save_now();
            }
            return;
        }
        let Some(text) = self.store.read_plan() else {
            if self.store.available() && rev.is_none() && self.has_saved.get() {
                self.follow_removal();
            }
            return;
        };
        // Another editor writes only plans that parse; anything else is not ours to use.
        let Ok(imported) = format::import_lenient(&text) else {
            return;
        };
        *self.based_on.borrow_mut() = rev;
        self.has_saved.set(true);
        let unsaved =
            std::mem::replace(&mut *self.unsaved.borrow_mut(), Unsaved::Edits(Vec::new()));
        let edits = match unsaved {
            Unsaved::Replaced => {
                self.save_now();
                return;
            }
            Unsaved::Edits(edits) => edits,
        };
        let mut plan = imported.plan;
        let replayed = !edits.is_empty();
        let actor = self.state.host.actor.get_untracked();
        let lost = edits
            .into_iter()
            .filter(|edit| model::apply(&mut plan, edit.clone(), &actor, Utc::now()).is_err())
            .count();
        let (differs, was_blank) = self
            .state
            .plan
            .with_untracked(|p| (*p != plan, p.is_blank()));
        if differs {
            self.skip_next.set(true);
            self.state.follow_plan(plan);
            // An empty editor taking the plan at start-up is not news.
            if !was_blank || lost > 0 {
                let t = self.state.host.lang.get_untracked().device();
                self.state.announce(if lost == 0 {
                    t.followed.to_string()
                } else {
                    (t.followed_lost)(lost)
                });
            }
        }
        if replayed {
            self.save_now();
        }
    }

    /// Another editor removed the plan from this device: so does this one.
    fn follow_removal(&self) {
        self.start_empty();
        self.state.announce(
            self.state
                .host
                .lang
                .get_untracked()
                .device()
                .removed_elsewhere,
        );
    }

    fn post(&self, message: &str) {
        if let Some(channel) = &self.channel {
            let _ = channel.post_message(&JsValue::from_str(message));
        }
    }
}

/// What the editor's components and document ask of this device (defined by `ui`).
impl DeviceStore for Autosave {
    /// Whether saving is held over an unreadable save (tracked).
    fn held(&self) -> bool {
        self.held.get()
    }

    /// The text of the unreadable save, for download.
    fn unreadable_text(&self) -> Option<String> {
        self.raw.borrow().clone()
    }

    /// The user chose to save again, over the unreadable text.
    fn resume(&self) {
        self.raw.borrow_mut().take();
        self.held.set(false);
        *self.based_on.borrow_mut() = self.store.revision();
        self.save_now();
    }

    /// Saves kept aside on this device (tracked: re-read after a delete).
    fn kept_copies(&self) -> Vec<KeptCopy> {
        self.copies_changed.track();
        self.store.kept_copies()
    }

    fn read_copy(&self, key: &str) -> Option<String> {
        self.store.read_copy(key)
    }

    fn delete_copy(&self, key: &str) -> bool {
        let done = self.store.delete_copy(key);
        self.copies_changed.update(|n| *n += 1);
        done
    }

    /// Deletes everything this editor keeps on this device (plan, revision, writer, kept
    /// copies) and starts an empty editor; other editors with this key follow. Nothing is
    /// saved again until the user changes the new plan. `false`: storage refused a delete.
    fn remove_from_device(&self) -> bool {
        let done = self.store.remove_all();
        self.raw.borrow_mut().take();
        self.held.set(false);
        self.copies_changed.update(|n| *n += 1);
        self.start_empty();
        self.state.status.notice.set(None);
        self.post("removed");
        done
    }

    /// A local edit (called by [`EditorState`]).
    fn edited(&self, edit: Edit) {
        if let Unsaved::Edits(edits) = &mut *self.unsaved.borrow_mut() {
            edits.push(edit);
        }
    }

    /// The whole plan was replaced locally (called by [`EditorState::replace_plan`]).
    fn replaced(&self) {
        *self.unsaved.borrow_mut() = Unsaved::Replaced;
    }

    fn remember(&self, name: &str, text: Option<&str>) {
        self.store.set_note(name, text);
    }

    fn recall(&self, name: &str) -> Option<String> {
        self.store.note(name)
    }

    /// As [`DeviceStore::remove_from_device`], but every key that starts with the namespace.
    fn remove_by_prefix(&self) -> bool {
        // Start empty first: nothing is then waiting to be written after the removal.
        self.start_empty();
        let done = self.store.remove_by_prefix();
        self.raw.borrow_mut().take();
        self.held.set(false);
        self.copies_changed.update(|n| *n += 1);
        self.state.status.notice.set(None);
        self.post("removed");
        done
    }
}

/// The channel's message handler, kept alive as long as the channel.
type OnMessage = Closure<dyn FnMut(web_sys::MessageEvent)>;

fn open_channel(
    name: &str,
    autosave: Weak<Autosave>,
) -> (Option<BroadcastChannel>, Option<OnMessage>) {
    let Ok(channel) = BroadcastChannel::new(name) else {
        return (None, None);
    };
    let on_message = OnMessage::new(move |_: web_sys::MessageEvent| {
        if let Some(autosave) = autosave.upgrade() {
            autosave.catch_up();
        }
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    (Some(channel), Some(on_message))
}

/// The `storage` event (other tabs), and saving a pending change when the page is left.
fn listen(autosave: &Rc<Autosave>) {
    let keys = [autosave.store.plan_key(), autosave.store.rev_key()];
    let this = Rc::downgrade(autosave);
    let storage = window_event_listener_untyped("storage", move |ev| {
        // `key` is null when another tab cleared all of storage.
        let key = js_sys::Reflect::get(&ev, &"key".into())
            .ok()
            .and_then(|k| k.as_string());
        if key.is_none_or(|k| keys.contains(&k)) {
            if let Some(this) = this.upgrade() {
                this.catch_up();
            }
        }
    });
    let this = Rc::downgrade(autosave);
    let flush = move || {
        if let Some(this) = this.upgrade() {
            if this.dirty.get() {
                this.save_now();
            }
        }
    };
    let on_leave = flush.clone();
    // `on_cleanup` wants a thread-safe closure; the editor lives on the page's one thread.
    let on_unmount = StoredValue::new_local(flush.clone());
    let leaving = window_event_listener_untyped("pagehide", move |_| on_leave());
    // Mobile browsers may close a hidden tab without `pagehide`; `visibilitychange` bubbles
    // from the document to the window.
    let hidden = window_event_listener_untyped("visibilitychange", move |_| {
        let is_hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.hidden());
        if is_hidden {
            flush();
        }
    });
    on_cleanup(move || {
        storage.remove();
        leaving.remove();
        hidden.remove();
        // Unmounted (the element left the page) while a large plan's save waited.
        on_unmount.try_with_value(|flush| flush());
    });
}
