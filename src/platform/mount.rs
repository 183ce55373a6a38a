//! The one path by which an editor is put on a page: [`mount_editor`].
//! The standalone page, the custom element and tests all go through it.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::autosave::Autosave;
use super::storage::{PlanStore, Restored};
use crate::format;
use crate::i18n::Lang;
use crate::model::{Actor, Plan, Role};
use crate::ui::mode::workshop_storage_key;
use crate::ui::{Editor, EditorState, Mode, SaveStatus, Section};

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
    /// Live co-authoring in the Yjs room at this URL (`wss://server/room`); needs the
    /// build with `--features collab` (docs/collaboration.md).
    pub collab_url: Option<String>,
    /// Sent to the room's server as the `token` query parameter.
    pub collab_token: Option<String>,
    /// Full editor, guided mode or workshop mode. Workshop mode never touches the real
    /// plan: [`mount_editor`] moves autosave to its own namespace and turns co-authoring off.
    pub mode: Mode,
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
            collab_url: None,
            collab_token: None,
            mode: Mode::Full,
        }
    }
}

impl EditorOptions {
    /// The options as the mode needs them: in workshop mode autosave moves to the workshop
    /// namespace (or stays off) and nothing goes to a server.
    pub fn for_mode(mut self) -> Self {
        if self.mode == Mode::Workshop {
            // A host that turned autosave off (`None`) keeps it off: a workshop then lives
            // in the page alone and leaves nothing behind at all.
            self.storage_key = self.storage_key.as_deref().map(workshop_storage_key);
            self.collab_url = None;
            self.collab_token = None;
        }
        self
    }
}

/// A mounted editor. Dropping it unmounts the editor and frees its state.
pub struct EditorHandle {
    state: EditorState,
    /// The live co-authoring client (`collab_url`): leaves the room before the editor goes.
    _live: Option<Box<dyn Any>>,
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
    let options = options.for_mode();
    let created: Rc<Cell<Option<EditorState>>> = Rc::new(Cell::new(None));
    let out = created.clone();
    let live = options.collab_url.clone().map(|url| {
        (
            url,
            options.collab_token.clone(),
            options.storage_key.clone(),
        )
    });
    let mounted = leptos::mount::mount_to(host, move || {
        let state = create_state(options);
        out.set(Some(state));
        view! { <Editor state=state /> }
    });
    let state = created
        .take()
        .expect("mount_to runs its view function synchronously");
    let live = live.and_then(|(url, token, key)| start_live(state, url, token, key));
    EditorHandle {
        state,
        _live: live,
        _mounted: Box::new(mounted),
    }
}

/// Joins the room at `url` (the standalone page's `data-collab-url`, or a Rust host's
/// option). A plan on screen that the room replaces is kept aside under the storage key
/// (listed in the file menu).
#[cfg(feature = "collab")]
fn start_live(
    state: EditorState,
    url: String,
    token: Option<String>,
    storage_key: Option<String>,
) -> Option<Box<dyn Any>> {
    use super::live::{LiveClient, LiveConfig, LiveHooks};
    let store = storage_key.as_deref().map(PlanStore::new);
    let config = LiveConfig {
        url,
        token,
        store: store.is_some(),
    };
    let hooks = LiveHooks {
        replace: Box::new(move |plan, keep_local| {
            if keep_local {
                if let (Some(store), Some(text)) =
                    (&store, state.plan.try_with_untracked(format::export_json))
                {
                    let _ = store.keep_aside(&text);
                }
            }
            state.replace_plan(plan);
        }),
        status: Box::new(|_, _| {}),
    };
    Some(Box::new(LiveClient::start(state, config, hooks)))
}

/// This build has no co-authoring: the editor says so.
#[cfg(not(feature = "collab"))]
fn start_live(
    state: EditorState,
    _url: String,
    _token: Option<String>,
    _storage_key: Option<String>,
) -> Option<Box<dyn Any>> {
    let text = state.host.lang.get_untracked().live().not_in_build;
    state.status.notice.set(Some(text.to_string()));
    None
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

    let restored = store.as_ref().map(PlanStore::restore);
    let restored_plan = matches!(restored, Some(Restored::Plan(_)));
    let (plan, notice, storage_ok, unreadable) = match restored {
        None | Some(Restored::Nothing) => (fallback(), None, true, None),
        Some(Restored::Plan(plan)) => (*plan, None, true, None),
        Some(Restored::Corrupt { .. }) => (fallback(), Some(texts.corrupt_plan_kept), true, None),
        // Said by the storage notice, which also offers the text as a file.
        Some(Restored::Unreadable { raw }) => (fallback(), None, true, Some(raw)),
        Some(Restored::Unavailable) => (fallback(), None, false, None),
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
    state.nav.section.set(start);
    state
        .host
        .complaint_route
        .set(options.complaint_route.clone());
    state.host.role_fixed.set(options.role.is_some());
    state.host.mode.set(options.mode);
    state.status.notice.set(notice.map(str::to_string));

    if let Some(store) = &store {
        keep_guided_place(state, store.clone());
    }
    // Guided mode's reading choices are kept per device, next to the plan.
    super::reading::provide(options.storage_key.as_deref());
    if let Some(store) = store {
        state.status.save_status.set(if storage_ok {
            SaveStatus::Saved
        } else {
            SaveStatus::Failed
        });
        Autosave::start(
            state,
            store,
            restored_plan,
            unreadable,
            options.role.is_some(),
        );
    }
    state
}

/// Guided mode resumes where the citizen stopped: the place is read back at start-up and
/// written whenever it changes (not at start-up: a page that never enters guided mode
/// writes nothing). It lives under the plan's namespace, so a workshop's stays apart.
fn keep_guided_place(state: EditorState, store: PlanStore) {
    if let Some(place) = store.restore_guided() {
        state.nav.guided.set(place);
    }
    Effect::new(move |first: Option<()>| {
        let place = state.nav.guided.get();
        if first.is_some() {
            store.save_guided(&place);
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
    options.collab_url = host
        .get_attribute("data-collab-url")
        .filter(|url| !url.trim().is_empty());
    options.collab_token = host.get_attribute("data-collab-token");
    // `?mode=guided` on the page's address wins over `data-mode`, so the start choice can
    // reload into a mode and a reload stays in it.
    let from_address = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("mode"));
    if let Some(mode) = from_address
        .or_else(|| host.get_attribute("data-mode"))
        .as_deref()
        .and_then(Mode::parse)
    {
        options.mode = mode;
    }
    // The standalone page lives as long as the page does.
    std::mem::forget(mount_editor(host, options));
}
