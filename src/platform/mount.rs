//! The one path by which an editor is put on a page: [`mount_editor`].
//! The standalone page, the custom element and tests all go through it.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::storage::{PlanStore, Restored};
use crate::format;
use crate::i18n::Lang;
use crate::model::{Actor, Plan, Role};
use crate::ui::state::after_pause;
use crate::ui::{Editor, EditorState, SaveStatus, Section};

/// How a host configures one editor.
#[derive(Debug, Clone)]
pub struct EditorOptions {
    pub lang: Lang,
    /// Fixes who is writing; the role switch is then hidden.
    pub role: Option<Role>,
    pub author_name: String,
    /// Autosave namespace in localStorage; `None` turns autosave off.
    pub storage_key: Option<String>,
    /// The plan to start from when nothing is saved.
    pub initial_plan: Option<Plan>,
    /// The municipality's complaint-route text (klagevejledning) for the one-decision summary.
    pub complaint_route: Option<String>,
}

impl Default for EditorOptions {
    fn default() -> Self {
        EditorOptions {
            lang: Lang::Da,
            role: None,
            author_name: String::new(),
            storage_key: Some("helhedsplan".to_string()),
            initial_plan: None,
            complaint_route: None,
        }
    }
}

/// A mounted editor. Dropping it unmounts the editor and frees its state.
pub struct EditorHandle {
    state: EditorState,
    _mounted: Box<dyn Any>,
}

impl EditorHandle {
    pub fn state(&self) -> EditorState {
        self.state
    }

    /// The current plan as versioned JSON.
    pub fn plan_json(&self) -> String {
        self.state.plan.with_untracked(format::export_json)
    }

    /// Replaces the plan; invalid input leaves the current plan untouched.
    pub fn set_plan_json(&self, text: &str) -> Result<(), Vec<format::FormatError>> {
        let plan = format::import_json(text)?;
        self.state.replace_plan(plan);
        Ok(())
    }
}

/// Mounts an editor into `host` (its children are left alone; the editor is appended).
pub fn mount_editor(host: HtmlElement, options: EditorOptions) -> EditorHandle {
    let created: Rc<Cell<Option<EditorState>>> = Rc::new(Cell::new(None));
    let out = created.clone();
    let mounted = leptos::mount::mount_to(host, move || {
        let state = create_state(options);
        out.set(Some(state));
        view! { <Editor state=state /> }
    });
    let state = created
        .take()
        .expect("mount_to runs its view function synchronously");
    EditorHandle {
        state,
        _mounted: Box::new(mounted),
    }
}

/// Builds the state: restores the autosaved plan and keeps saving it on every change.
fn create_state(options: EditorOptions) -> EditorState {
    let store = options.storage_key.as_deref().map(PlanStore::new);
    let fallback = || {
        options
            .initial_plan
            .clone()
            .unwrap_or_else(|| Plan::new(""))
    };
    let texts = options.lang.texts();

    let (plan, notice, storage_ok) = match store.as_ref().map(PlanStore::restore) {
        None | Some(Restored::Nothing) => (fallback(), None, true),
        Some(Restored::Plan(plan)) => (*plan, None, true),
        Some(Restored::Corrupt { kept_as }) => {
            (fallback(), Some((texts.corrupt_plan_kept)(&kept_as)), true)
        }
        Some(Restored::Unavailable) => (fallback(), None, false),
    };

    // A host that fixes the role decides who writes; otherwise the last writer on this
    // machine is remembered.
    let remembered = match (&options.role, &store) {
        (None, Some(store)) => store.restore_writer(),
        _ => None,
    };
    let actor = remembered.unwrap_or_else(|| Actor {
        role: options.role.unwrap_or(Role::Citizen),
        name: options.author_name.clone(),
    });
    let start = Section::start_for(&plan);
    let state = EditorState::new(plan, actor, options.lang);
    state.section.set(start);
    state.complaint_route.set(options.complaint_route.clone());
    state.role_fixed.set(options.role.is_some());
    state.notice.set(notice);

    if let Some(store) = store {
        state.save_status.set(if storage_ok {
            SaveStatus::Saved
        } else {
            SaveStatus::Failed
        });
        // Autosave after every change. The first run writes the restored plan back, which
        // also tells us at once whether storage accepts writes.
        if options.role.is_none() {
            let store = store.clone();
            Effect::new(move |_| state.actor.with(|actor| store.save_writer(actor)));
        }
        autosave(state, store);
    }
    state
}

/// Plans larger than this (goals + interventions) are saved once typing pauses: writing
/// megabytes of JSON on every keystroke made typing lag.
const SAVE_AT_ONCE_UP_TO: usize = 300;
const SAVE_PAUSE_MS: u64 = 300;

/// Saves the plan after every change: at once for ordinary plans; for large ones after a
/// pause of [`SAVE_PAUSE_MS`], and at once when the page is left or hidden.
fn autosave(state: EditorState, store: PlanStore) {
    let store = StoredValue::new_local(store);
    let dirty = StoredValue::new(false);
    let generation = StoredValue::new(0u64);
    let save_now = move || {
        dirty.set_value(false);
        let Some(ok) = state
            .plan
            .try_with_untracked(|plan| store.try_with_value(|s| s.save(plan)))
            .flatten()
        else {
            return;
        };
        state.save_status.set(if ok {
            SaveStatus::Saved
        } else {
            SaveStatus::Failed
        });
    };
    Effect::new(move |previous: Option<()>| {
        let large = state
            .plan
            .with(|p| p.goals.len() + p.interventions.len() > SAVE_AT_ONCE_UP_TO);
        // The first run writes the restored plan back, which also tells us at once whether
        // storage accepts writes.
        if previous.is_none() || !large {
            save_now();
            return;
        }
        dirty.set_value(true);
        after_pause(generation, SAVE_PAUSE_MS, save_now);
    });
    let leaving = window_event_listener_untyped("pagehide", move |_| {
        if dirty.try_get_value() == Some(true) {
            save_now();
        }
    });
    // Mobile browsers may close a hidden tab without `pagehide`; `visibilitychange` bubbles
    // from the document to the window.
    let hidden = window_event_listener_untyped("visibilitychange", move |_| {
        let is_hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.hidden());
        if is_hidden && dirty.try_get_value() == Some(true) {
            save_now();
        }
    });
    on_cleanup(move || {
        leaving.remove();
        hidden.remove();
        // Unmounted (the element left the page) while a large plan's save waited.
        if dirty.try_get_value() == Some(true) {
            save_now();
        }
    });
}

/// Mounts the standalone page's editor into `#helhedsplan`, configured by `data-*` attributes.
pub fn mount_from_document() {
    let Some(host) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("helhedsplan"))
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    else {
        web_sys::console::error_1(
            &"helhedsplan: no element with id \"helhedsplan\" to mount into".into(),
        );
        return;
    };
    let mut options = EditorOptions::default();
    if let Some(lang) = host
        .get_attribute("data-lang")
        .as_deref()
        .and_then(Lang::parse)
    {
        options.lang = lang;
    }
    if let Some(key) = host.get_attribute("data-storage-key") {
        options.storage_key = Some(key);
    }
    // The standalone page lives as long as the page does.
    std::mem::forget(mount_editor(host, options));
}
