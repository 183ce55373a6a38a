//! `<helhedsplan-editor>`: the editor as a custom element with an open shadow root, for
//! portals that embed it with one script tag (see `docs/embedding.md`).
//!
//! The element class is a small hand-written JS file (`custom_element/element.js`): Leptos
//! has no web-component support, and the `custom-elements` crate would add a dependency for
//! what is a hundred-odd lines of JS. The class forwards its callbacks and properties to
//! [`dispatch`], which keeps each element's mounted editor in a registry keyed by a
//! per-element number.

pub mod styles;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement, ShadowRoot};

use super::mount::{mount_editor, EditorHandle, EditorOptions};
use super::storage::PlanStore;
use super::sync::http::{self, Fault};
use super::sync::{Hooks, ServerSync, SyncStatus};
use crate::format;
use crate::i18n::Lang;
use crate::model::server_sync::{relation, replacing_loses_edits, Answer, Relation};
use crate::model::{change_log, coherence, Catalogue, Plan, PlanId, Role};
use crate::ui::browser::{register_shadow_root, unregister_shadow_root};
use crate::ui::rebase_conflicts::RebaseConflicts;
use crate::ui::{EditorState, Mode};

/// The element's tag name.
pub const TAG: &str = "helhedsplan-editor";

#[wasm_bindgen(module = "/src/platform/custom_element/element.js")]
extern "C" {
    fn hp_define_element(tag: &str, css: &str, dispatch: &js_sys::Function) -> bool;
    /// Gives `detail` a `plan` property that calls `get_plan` when first read (and keeps
    /// the answer), so an edit nobody asks the plan of costs no serialisation.
    fn hp_lazy_plan(detail: &js_sys::Object, get_plan: &JsValue);
}

/// Defines `<helhedsplan-editor>` (once per page; a second bundle on the page is ignored).
pub fn register() {
    let dispatch = Closure::<dyn FnMut(String, u32, JsValue, JsValue) -> JsValue>::new(dispatch);
    hp_define_element(
        TAG,
        &styles::shadow_css(),
        dispatch.as_ref().unchecked_ref(),
    );
    // The element class calls it for as long as the page lives.
    dispatch.forget();
}

/// One element on the page.
struct Instance {
    element: HtmlElement,
    root: ShadowRoot,
    mounted: Option<Mounted>,
}

/// A mounted editor. Fields drop in order: the bar (and its effects) before the editor.
struct Mounted {
    /// The live co-authoring client (`collab-url`): leaves the room first.
    _live: Option<Box<dyn std::any::Any>>,
    _bar: Box<dyn std::any::Any>,
    sync: Option<ServerSync>,
    editor: EditorHandle,
    /// The plan id and change-log mark last reported: a changed mark is a committed edit.
    baseline: Rc<Cell<(PlanId, change_log::Mark)>>,
    /// Attribute values this mount was built from (a change of these remounts).
    storage: Option<String>,
    save_url: Option<String>,
    collab: (Option<String>, Option<String>),
    /// The embed bar's message (load problems), shown until dismissed.
    message: RwSignal<Option<String>>,
    /// Counts `catalogue-src` loads: only the newest one may set the catalogue.
    catalogue_loads: Rc<Cell<u32>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(sync) = &self.sync {
            // A save waiting for its debounce goes out now: the element is leaving.
            sync.flush();
            sync.stop();
        }
    }
}

thread_local! {
    static INSTANCES: RefCell<HashMap<u32, Instance>> = RefCell::new(HashMap::new());
}

fn reply(value: JsValue) -> JsValue {
    let out = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&out, &"value".into(), &value);
    out.into()
}

fn throw(error: js_sys::Error) -> JsValue {
    let out = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&out, &"error".into(), &error);
    out.into()
}

fn dispatch(op: String, id: u32, a: JsValue, b: JsValue) -> JsValue {
    match op.as_str() {
        "connect" => {
            let Ok(element) = a.dyn_into::<HtmlElement>() else {
                return JsValue::UNDEFINED;
            };
            let Some(root) = element.shadow_root() else {
                return JsValue::UNDEFINED;
            };
            register_shadow_root(&root);
            let mut instance = Instance {
                element,
                root,
                mounted: None,
            };
            mount(id, &mut instance, b.as_string());
            INSTANCES.with(|all| all.borrow_mut().insert(id, instance));
            JsValue::UNDEFINED
        }
        "disconnect" => {
            let removed = INSTANCES.with(|all| all.borrow_mut().remove(&id));
            if let Some(instance) = removed {
                unregister_shadow_root(&instance.root);
                drop(instance);
            }
            JsValue::UNDEFINED
        }
        "attribute" => {
            attribute_changed(id, a.as_string().unwrap_or_default(), b.as_string());
            JsValue::UNDEFINED
        }
        _ => method(id, &op, a),
    }
}

/// Properties and methods; `None` when the element is not mounted.
fn method(id: u32, op: &str, arg: JsValue) -> JsValue {
    let Some((state, baseline)) = with_mounted(id, |m| (m.editor.state(), m.baseline.clone()))
    else {
        return throw(js_sys::Error::new(
            "helhedsplan-editor: not connected to a document",
        ));
    };
    match op {
        "get-json" => reply(state.plan.with_untracked(format::export_json).into()),
        "set-json" => {
            let text = arg.as_string().unwrap_or_default();
            match format::import_json(&text) {
                Ok(plan) => {
                    replace_quietly(state, &baseline, plan);
                    reply(JsValue::UNDEFINED)
                }
                Err(errors) => throw(invalid_plan_error(&errors)),
            }
        }
        "validate" => {
            // Every problem, errors and warnings (a plan the editor holds loads again, so in
            // practice warnings: what to fix before the plan is decided on).
            let problems = state.plan.with_untracked(crate::model::validate);
            let list = js_sys::Array::new();
            for p in problems {
                let severity = match p.severity() {
                    crate::model::Severity::Error => "error",
                    crate::model::Severity::Warning => "warning",
                };
                let kind = crate::model::serde_code(&p.kind);
                let item = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&item, &"path".into(), &p.path.into());
                let _ = js_sys::Reflect::set(&item, &"message".into(), &p.message.into());
                let _ = js_sys::Reflect::set(&item, &"severity".into(), &severity.into());
                let _ = js_sys::Reflect::set(&item, &"kind".into(), &kind.into());
                list.push(&item);
            }
            reply(list.into())
        }
        "findings" => {
            // Fresh, as of today: the editor's own memo may wait for typing to pause.
            let findings = state
                .plan
                .with_untracked(|p| coherence::check(p, crate::ui::browser::today()));
            let text = serde_json::to_string(&findings).unwrap_or_else(|_| "[]".to_string());
            reply(js_sys::JSON::parse(&text).unwrap_or_else(|_| js_sys::Array::new().into()))
        }
        "decisionSummary" => {
            // The same document as the section's JSON download and `plan-tool decision`.
            let complaint = state.host.complaint_route.get_untracked();
            let text = state.with_plan_and_catalogue(false, |p, catalogue| {
                crate::model::decision::to_json(&crate::model::decision::summary(
                    p,
                    catalogue,
                    complaint.as_deref(),
                    crate::ui::browser::today(),
                ))
            });
            reply(js_sys::JSON::parse(&text).unwrap_or(JsValue::NULL))
        }
        "exportFor" => {
            // The same document as `plan-tool share` and the "Del med …" download.
            let Some(party) = arg.as_string().filter(|p| !p.trim().is_empty()) else {
                return throw(js_sys::Error::new(
                    "helhedsplan-editor: exportFor(party) needs the party's name as text",
                ));
            };
            let today = crate::ui::browser::today();
            let text = state.with_plan_and_catalogue(false, |p, catalogue| {
                let shared = crate::model::share::for_party(p, catalogue, &party, today);
                format::share::to_json(&shared, &party, today)
            });
            reply(js_sys::JSON::parse(&text).unwrap_or(JsValue::NULL))
        }
        "undo" => {
            state.undo();
            reply(JsValue::UNDEFINED)
        }
        "redo" => {
            state.redo();
            reply(JsValue::UNDEFINED)
        }
        // Deletes this editor's keys from the browser and starts empty (docs/embedding.md).
        "removeFromDevice" => {
            let removed = state
                .device()
                .is_some_and(|device| device.remove_from_device());
            reply(removed.into())
        }
        _ => throw(js_sys::Error::new(&format!(
            "helhedsplan-editor: unknown operation {op}"
        ))),
    }
}

fn with_mounted<T>(id: u32, f: impl FnOnce(&Mounted) -> T) -> Option<T> {
    INSTANCES.with(|all| {
        all.borrow()
            .get(&id)
            .and_then(|i| i.mounted.as_ref())
            .map(f)
    })
}

/// An `Error` whose `errors` lists `{code, path, message}`.
fn invalid_plan_error(errors: &[format::FormatError]) -> js_sys::Error {
    let first = errors.first().map(ToString::to_string).unwrap_or_default();
    let error = js_sys::Error::new(&format!("helhedsplan-editor: not a valid plan: {first}"));
    let list = js_sys::Array::new();
    for e in errors {
        let item = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&item, &"code".into(), &e.code.as_str().into());
        let _ = js_sys::Reflect::set(&item, &"path".into(), &e.path.clone().into());
        let _ = js_sys::Reflect::set(&item, &"message".into(), &e.message.clone().into());
        list.push(&item);
    }
    let _ = js_sys::Reflect::set(&error, &"errors".into(), &list);
    error
}

/// Replaces the plan without reporting it as an edit (`plan-change` is for the user's edits).
fn replace_quietly(
    state: EditorState,
    baseline: &Rc<Cell<(PlanId, change_log::Mark)>>,
    plan: Plan,
) {
    baseline.set((plan.id, change_log::mark(&plan.change_log)));
    state.replace_plan(plan);
}

fn attr(element: &HtmlElement, name: &str) -> Option<String> {
    element
        .get_attribute(name)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

fn parse_role(value: &str) -> Option<Role> {
    match value.trim().to_ascii_lowercase().as_str() {
        "citizen" | "borger" => Some(Role::Citizen),
        "caseworker" | "sagsbehandler" => Some(Role::Caseworker),
        "professional" | "fagperson" => Some(Role::Professional),
        _ => None,
    }
}

/// `author-role` (or `role`, see docs/embedding.md on why `author-role` is preferred).
fn role_of(element: &HtmlElement) -> Option<Role> {
    attr(element, "author-role")
        .or_else(|| attr(element, "role"))
        .as_deref()
        .and_then(parse_role)
}

/// The autosave namespace (`None`: no autosave). Two elements must never share one by
/// accident, so the default is derived from what says which plan it is (docs/embedding.md):
/// `storage-key`, else the element's `id`, else the URL of `save-url` or `plan-src`. An
/// element with none of these does not autosave ([`lacks_storage_key`]).
fn storage_of(element: &HtmlElement) -> Option<String> {
    if attr(element, "autosave").is_some_and(|v| v.eq_ignore_ascii_case("off")) {
        return None;
    }
    if let Some(key) = attr(element, "storage-key") {
        return Some(key);
    }
    if let Some(id) = attr(element, "id") {
        return Some(format!("helhedsplan-editor:{id}"));
    }
    attr(element, "save-url")
        .or_else(|| attr(element, "plan-src"))
        .map(|url| format!("helhedsplan-editor:url:{}", url_key(&resolve_url(&url))))
}

/// Autosave is wanted but nothing names the plan: two such elements would overwrite each
/// other's plan, so this one does not autosave, and says so.
fn lacks_storage_key(element: &HtmlElement) -> bool {
    storage_of(element).is_none()
        && !attr(element, "autosave").is_some_and(|v| v.eq_ignore_ascii_case("off"))
}

/// A short stable name for a URL: FNV-1a (64 bits) of the absolute URL, 16 hex digits.
/// Not a secret, just a key that stays the same on every load and differs per plan URL.
fn url_key(url: &str) -> String {
    let hash = url.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}

fn options_of(element: &HtmlElement) -> EditorOptions {
    EditorOptions {
        lang: attr(element, "lang")
            .as_deref()
            .and_then(Lang::parse)
            .unwrap_or(Lang::Da),
        role: role_of(element),
        author_name: attr(element, "author-name").unwrap_or_default(),
        storage_key: storage_of(element),
        initial_plan: None,
        complaint_route: attr(element, "complaint-route").filter(|t| !t.trim().is_empty()),
        // The element joins the room itself (`start_live`), with its own notices and events.
        collab_url: None,
        collab_token: None,
        mode: mode_of(element),
    }
    .for_mode()
}

/// `mode="guided"` or `mode="workshop"`; anything else is the full editor (and a console
/// warning names the value).
fn mode_of(element: &HtmlElement) -> Mode {
    let Some(value) = attr(element, "mode") else {
        return Mode::Full;
    };
    Mode::parse(&value).unwrap_or_else(|| {
        web_sys::console::warn_1(
            &format!(
                "helhedsplan-editor: mode=\"{value}\" is not known; use \"guided\" or \"workshop\""
            )
            .into(),
        );
        Mode::Full
    })
}

fn mount(id: u32, instance: &mut Instance, pending: Option<String>) {
    // Unmount first: the old editor's autosave must not write into the new namespace.
    instance.mounted = None;
    let element = instance.element.clone();
    let Some(document) = element.owner_document() else {
        return;
    };
    let make = |tag: &str, class: &str| -> Option<HtmlElement> {
        let el: HtmlElement = document.create_element(tag).ok()?.unchecked_into();
        el.set_class_name(class);
        Some(el)
    };
    // A plain <section> (no name, so no landmark): the editor's toolbar <header> inside it
    // is then not a second banner next to the portal's own.
    let (Some(bar_host), Some(editor_host)) = (
        make("div", "hp-embed-bar"),
        make("section", "hp-embed-editor"),
    ) else {
        return;
    };
    instance
        .root
        .replace_children_with_node_2(&bar_host, &editor_host);

    let options = options_of(&element);
    // A workshop's fictional plans never reach a server or the host's plan.
    let workshop = options.mode == Mode::Workshop;
    let storage = options.storage_key.clone();
    let store = storage.as_deref().map(PlanStore::new);
    let collab_url = attr(&element, "collab-url").filter(|_| !workshop);
    // With co-authoring the room is where the plan lives; `save-url` would race it.
    let save_url = attr(&element, "save-url").filter(|_| collab_url.is_none() && !workshop);
    if collab_url.is_some() && element.has_attribute("save-url") {
        web_sys::console::warn_1(
            &"helhedsplan-editor: save-url is not used with collab-url (the room keeps the plan)"
                .into(),
        );
    }
    let plan_src = attr(&element, "plan-src").filter(|_| !workshop);
    // Until the host's plan is in, the plan restored on this machine is not shown: under a
    // shared key it may be another citizen's. The bar says "Henter planen …" meanwhile.
    editor_host.set_hidden(save_url.is_some() || plan_src.is_some());
    let editor = mount_editor(editor_host.clone(), options);
    let state = editor.state();
    // The portal has its own <main>; the editor is a named region inside it.
    state.host.embedded.set(true);
    state.host.brand_heading.set(heading_level_of(&element));
    state.host.read_only.set(element.has_attribute("readonly"));
    let baseline = Rc::new(Cell::new(
        state
            .plan
            .with_untracked(|p| (p.id, change_log::mark(&p.change_log))),
    ));

    if let Some(text) = pending {
        match format::import_json(&text) {
            Ok(plan) => replace_quietly(state, &baseline, plan),
            Err(errors) => report_error(
                &element,
                state,
                errors.first().map(ToString::to_string).unwrap_or_default(),
            ),
        }
    }

    let message: RwSignal<Option<String>> = RwSignal::new(None);
    let kept: RwSignal<Option<Kept>> = RwSignal::new(None);
    let loading_src = RwSignal::new(plan_src.is_some() && save_url.is_none());
    if lacks_storage_key(&element) {
        web_sys::console::warn_1(
            &"helhedsplan-editor: no id, storage-key, plan-src or save-url, so autosave is off \
              (two such editors would overwrite each other's plan). Give the element a \
              storage-key, or autosave=\"off\" when the page keeps the plan itself."
                .into(),
        );
        message.set(Some(
            state
                .host
                .lang
                .get_untracked()
                .sync()
                .no_storage_key
                .to_string(),
        ));
    }
    let sync_slot: Rc<RefCell<Option<ServerSync>>> = Rc::new(RefCell::new(None));
    let bar = {
        let element = element.clone();
        let baseline = baseline.clone();
        let save_url = save_url.clone();
        let sync_slot = sync_slot.clone();
        let store = store.clone();
        let editor_host = editor_host.clone();
        leptos::mount::mount_to(bar_host, move || {
            let sync = save_url.map(|url| {
                let replace_baseline = baseline.clone();
                let error_element = element.clone();
                let ready_element = element.clone();
                let aside = store.clone();
                ServerSync::new(
                    resolve_url(&url),
                    state,
                    store.clone(),
                    Hooks {
                        replace: Box::new(move |plan, keep_local| {
                            if keep_local {
                                keep_aside(state, aside.as_ref(), kept);
                            }
                            replace_quietly(state, &replace_baseline, plan);
                        }),
                        on_error: Box::new(move |why| {
                            message.set(Some(why.clone()));
                            fire(&error_element, "plan-error", &error_detail(&why));
                        }),
                        on_loaded: Box::new(move || {
                            editor_host.set_hidden(false);
                            fire_ready(&ready_element, state);
                        }),
                    },
                )
            });
            if let Some(sync) = &sync {
                // Unsent changes are marked (and a small plan sent) when the page is left.
                let leaving = sync.clone();
                let handle =
                    window_event_listener_untyped("pagehide", move |_| leaving.page_hidden());
                on_cleanup(move || handle.remove());
            }
            *sync_slot.borrow_mut() = sync.clone();
            watch_plan(element.clone(), state, baseline.clone(), sync.clone());
            watch_workshop_end(element.clone(), state);
            view! { <EmbedBar state=state sync=sync message=message kept=kept loading=loading_src /> }
        })
    };
    let sync = sync_slot.borrow_mut().take();

    let catalogue_src = attr(&element, "catalogue-src");
    match &sync {
        Some(sync) => sync.start(),
        None => {
            let element = element.clone();
            let baseline = baseline.clone();
            let store = store.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(src) = plan_src {
                    let from = PlanSource {
                        element: &element,
                        state,
                        baseline: &baseline,
                        store: store.as_ref(),
                        message,
                        kept,
                    };
                    load_plan_src(from, &resolve_url(&src)).await;
                }
                if still_mounted(id, state) {
                    loading_src.try_set(false);
                    editor_host.set_hidden(false);
                    fire_ready(&element, state);
                }
            });
        }
    }
    let catalogue_loads = Rc::new(Cell::new(0));
    if let Some(src) = catalogue_src {
        start_catalogue_load(&element, state, message, &catalogue_loads, &src);
    }
    let live = collab_url.as_ref().and_then(|url| {
        start_live(
            &element,
            state,
            &baseline,
            store.clone(),
            kept,
            message,
            url,
        )
    });

    instance.mounted = Some(Mounted {
        _live: live,
        _bar: Box::new(bar),
        sync,
        editor,
        baseline,
        storage,
        save_url: attr(&element, "save-url"),
        collab: (attr(&element, "collab-url"), attr(&element, "collab-token")),
        message,
        catalogue_loads,
    });
}

/// Starts live co-authoring in the room at `url` (`collab-url`), with `collab-token`.
#[cfg(feature = "collab")]
fn start_live(
    element: &HtmlElement,
    state: EditorState,
    baseline: &Rc<Cell<(PlanId, change_log::Mark)>>,
    store: Option<PlanStore>,
    kept: RwSignal<Option<Kept>>,
    _message: RwSignal<Option<String>>,
    url: &str,
) -> Option<Box<dyn std::any::Any>> {
    use super::live::{LiveClient, LiveConfig, LiveHooks};
    let config = LiveConfig {
        url: resolve_url(url),
        token: attr(element, "collab-token"),
        store: store.is_some(),
    };
    let baseline = baseline.clone();
    let status_element = element.clone();
    let hooks = LiveHooks {
        replace: Box::new(move |plan, keep_local| {
            if keep_local {
                keep_aside(state, store.as_ref(), kept);
            }
            replace_quietly(state, &baseline, plan);
        }),
        status: Box::new(move |status, waiting| {
            let detail = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&detail, &"status".into(), &status.key().into());
            let _ = js_sys::Reflect::set(&detail, &"waiting".into(), &waiting.into());
            fire(&status_element, "collab-status", &detail.into());
        }),
    };
    Some(Box::new(LiveClient::start(state, config, hooks)))
}

/// This build has no co-authoring: says so (the embed loader picks the build that has).
#[cfg(not(feature = "collab"))]
fn start_live(
    _element: &HtmlElement,
    state: EditorState,
    _baseline: &Rc<Cell<(PlanId, change_log::Mark)>>,
    _store: Option<PlanStore>,
    _kept: RwSignal<Option<Kept>>,
    message: RwSignal<Option<String>>,
    _url: &str,
) -> Option<Box<dyn std::any::Any>> {
    web_sys::console::warn_1(
        &"helhedsplan-editor: collab-url needs the co-authoring build (docs/embedding.md)".into(),
    );
    message.set(Some(
        state
            .host
            .lang
            .get_untracked()
            .live()
            .not_in_build
            .to_string(),
    ));
    None
}

/// A plan the editor showed, replaced by one from the host: its JSON for the notice's
/// download, and whether a copy is in this browser's storage.
#[derive(Clone)]
struct Kept {
    title: String,
    text: String,
    stored: bool,
}

/// Keeps the plan on screen aside before a different plan from the host replaces it: a
/// copy in storage (`<key>:kept:<time>`) and a notice that offers it as a file.
fn keep_aside(state: EditorState, store: Option<&PlanStore>, kept: RwSignal<Option<Kept>>) {
    let Some((title, text)) = state
        .plan
        .try_with_untracked(|p| (p.title.clone(), format::export_json(p)))
    else {
        return;
    };
    let stored = store.and_then(|s| s.keep_aside(&text)).is_some();
    kept.try_set(Some(Kept {
        title,
        text,
        stored,
    }));
}

/// `heading-level="1"`…`"6"`: the editor's name is a heading of that level; otherwise
/// (the default inside a portal) a plain paragraph.
fn heading_level_of(element: &HtmlElement) -> Option<u8> {
    attr(element, "heading-level")
        .and_then(|v| v.parse::<u8>().ok())
        .filter(|n| (1..=6).contains(n))
}

fn still_mounted(id: u32, state: EditorState) -> bool {
    with_mounted(id, |m| m.editor.state().dom_id("") == state.dom_id("")).unwrap_or(false)
}

/// Relative URLs are relative to the host page.
fn resolve_url(url: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten());
    match base.and_then(|base| web_sys::Url::new_with_base(url, &base).ok()) {
        Some(resolved) => resolved.href(),
        None => url.to_string(),
    }
}

/// Where a `plan-src` plan goes.
struct PlanSource<'a> {
    element: &'a HtmlElement,
    state: EditorState,
    baseline: &'a Rc<Cell<(PlanId, change_log::Mark)>>,
    store: Option<&'a PlanStore>,
    message: RwSignal<Option<String>>,
    kept: RwSignal<Option<Kept>>,
}

/// `plan-src`: the plan to start from. A plan autosaved on this machine with the same id and
/// more edits (made after the host's copy) is kept instead; one that went its own way, or
/// another plan with edits, is kept aside with a notice before the host's plan replaces it.
///
/// Read strictly ([`format::import_json`]): the host made this plan, and a plan that breaks
/// the rules is refused with the reason, so the host learns of it at once.
async fn load_plan_src(to: PlanSource<'_>, url: &str) {
    let state = to.state;
    let Some(lang) = state.host.lang.try_get_untracked() else {
        return;
    };
    let texts = lang.sync();
    let why = match http::get(url).await {
        Err(Fault::Network) => texts.network.to_string(),
        Err(Fault::TooLarge) => texts.too_large.to_string(),
        Ok(reply) if !Answer::of(reply.status).is_success() => (texts.http_status)(reply.status),
        Ok(reply) => match format::import_json(&reply.body) {
            Ok(remote) => {
                let Some(rel) = state
                    .plan
                    .try_with_untracked(|local| relation(local, &remote))
                else {
                    return;
                };
                if rel == Relation::LocalAhead {
                    return;
                }
                let loses = state
                    .plan
                    .with_untracked(|local| replacing_loses_edits(local, &remote));
                if loses {
                    keep_aside(state, to.store, to.kept);
                }
                replace_quietly(state, to.baseline, remote);
                return;
            }
            Err(errors) => {
                (texts.not_a_plan)(&errors.first().map(ToString::to_string).unwrap_or_default())
            }
        },
    };
    let text = (texts.load_failed)(&why);
    to.message.try_set(Some(text.clone()));
    fire(to.element, "plan-error", &error_detail(&text));
}

/// Starts loading `catalogue-src`; a later load (the attribute changed again) wins.
fn start_catalogue_load(
    element: &HtmlElement,
    state: EditorState,
    message: RwSignal<Option<String>>,
    loads: &Rc<Cell<u32>>,
    src: &str,
) {
    loads.set(loads.get().wrapping_add(1));
    let mine = loads.get();
    let loads = loads.clone();
    let element = element.clone();
    let url = resolve_url(src);
    wasm_bindgen_futures::spawn_local(async move {
        let result = load_catalogue(state, &url).await;
        if loads.get() != mine {
            return;
        }
        match result {
            Ok(catalogue) => {
                state.host.catalogue.try_set(catalogue);
            }
            Err(why) => {
                // The built-in catalogue, also when an earlier `catalogue-src` had loaded:
                // the message then says which choices the user sees.
                state.host.catalogue.try_set(Catalogue::default());
                let Some(lang) = state.host.lang.try_get_untracked() else {
                    return;
                };
                let text = (lang.sync().catalogue_failed)(&why);
                message.try_set(Some(text.clone()));
                fire(&element, "plan-error", &error_detail(&text));
            }
        }
    });
}

/// `GET`s a catalogue and checks it; the error is a reason in the editor's language.
async fn load_catalogue(state: EditorState, url: &str) -> Result<Catalogue, String> {
    let texts = state.host.lang.get_untracked().sync();
    match http::get(url).await {
        Err(Fault::Network) => Err(texts.network.to_string()),
        Err(Fault::TooLarge) => Err(texts.too_large.to_string()),
        Ok(reply) if !(200..300).contains(&reply.status) => Err((texts.http_status)(reply.status)),
        Ok(reply) => format::import_catalogue(&reply.body).map_err(|err| {
            let why = match err {
                format::CatalogueImportError::Format(err) => {
                    let kind = state.host.lang.get_untracked().format_error_kind(err.code);
                    format!("{kind}: {err}")
                }
                format::CatalogueImportError::Problem(problem) => {
                    (texts.catalogue_problem)(&problem)
                }
            };
            (texts.not_a_catalogue)(&why)
        }),
    }
}

fn report_error(element: &HtmlElement, state: EditorState, why: String) {
    let lang = state.host.lang.get_untracked();
    let text = (lang.sync().load_failed)(&why);
    state.status.notice.set(Some(text.clone()));
    fire(element, "plan-error", &error_detail(&text));
}

fn error_detail(message: &str) -> JsValue {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"message".into(), &message.into());
    detail.into()
}

/// The plan as a JS object (`null` once the editor is gone).
fn plan_value(state: EditorState) -> JsValue {
    state
        .plan
        .try_with_untracked(format::export_json)
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .unwrap_or(JsValue::NULL)
}

fn fire_ready(element: &HtmlElement, state: EditorState) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"plan".into(), &plan_value(state));
    fire(element, "ready", &detail.into());
}

/// A `CustomEvent` that bubbles out of the shadow root to the host page.
fn fire(element: &HtmlElement, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = element.dispatch_event(&event);
    }
}

/// "Afslut workshop": the workshop's traces are gone from the browser and the persona
/// picker is shown again; the host hears `workshop-end` (docs/embedding.md).
fn watch_workshop_end(element: HtmlElement, state: EditorState) {
    Effect::new(move |previous: Option<u32>| {
        let ended = state.status.workshop_ended.get();
        if previous.is_some_and(|before| before != ended) {
            fire(&element, "workshop-end", &js_sys::Object::new().into());
        }
        ended
    });
}

/// After each committed edit: `plan-change` (and the sync's save); when the plan becomes
/// locked: `plan-approved`.
fn watch_plan(
    element: HtmlElement,
    state: EditorState,
    baseline: Rc<Cell<(PlanId, change_log::Mark)>>,
    sync: Option<ServerSync>,
) {
    let was_locked = Cell::new(state.plan.with_untracked(|p| p.locked));
    Effect::new(move |_| {
        let (id, mark, last, locked) = state.plan.with(|p| {
            (
                p.id,
                change_log::mark(&p.change_log),
                p.change_log.last().cloned(),
                p.locked,
            )
        });
        // The log's mark, not its length: a keystroke folds into its run's entry.
        let (old_id, old_mark) = baseline.replace((id, mark.clone()));
        if old_id == id && mark != old_mark {
            if let Some(sync) = &sync {
                sync.local_change();
            }
            if let Some(entry) = last {
                // Made on another device (live co-authoring): `edit.who` is its author.
                let remote = state.remote_author(&mark);
                let who = match &remote {
                    Some(author) => serde_json::json!({ "role": author.role, "name": author.name }),
                    None => serde_json::json!({ "role": entry.role, "name": entry.name }),
                };
                let edit = serde_json::json!({
                    "who": who,
                    "what": { "action": entry.action, "field": entry.field, "summary": entry.summary, "item": entry.item },
                    "when": entry.at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                });
                let detail = js_sys::Object::new();
                let edit = js_sys::JSON::parse(&edit.to_string()).unwrap_or(JsValue::NULL);
                let _ = js_sys::Reflect::set(&detail, &"edit".into(), &edit);
                // A workshop's fictional plan: a host that stores plans can tell and skip it.
                if state.plan.with_untracked(|p| p.exercise) {
                    let _ = js_sys::Reflect::set(&detail, &"exercise".into(), &true.into());
                }
                let _ = js_sys::Reflect::set(&detail, &"remote".into(), &remote.is_some().into());
                // Serialising a large plan costs more than the rest of a keystroke: it is
                // done only when a listener reads `detail.plan` (docs/embedding.md).
                let get_plan = Closure::<dyn FnMut() -> JsValue>::new(move || plan_value(state));
                hp_lazy_plan(&detail, &get_plan.into_js_value());
                fire(&element, "plan-change", &detail.into());
            }
        }
        if locked && !was_locked.get() && old_id == id {
            let detail = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&detail, &"plan".into(), &plan_value(state));
            let version = state.plan.with_untracked(|p| p.version);
            let _ = js_sys::Reflect::set(&detail, &"version".into(), &version.into());
            fire(&element, "plan-approved", &detail.into());
        }
        was_locked.set(locked);
    });
}

fn attribute_changed(id: u32, name: String, value: Option<String>) {
    let Some((state, element, storage, save_url, collab, message, catalogue_loads, unreadable)) =
        INSTANCES.with(|all| {
            let all = all.borrow();
            let instance = all.get(&id)?;
            let m = instance.mounted.as_ref()?;
            Some((
                m.editor.state(),
                instance.element.clone(),
                m.storage.clone(),
                m.save_url.clone(),
                m.collab.clone(),
                m.message,
                m.catalogue_loads.clone(),
                m.sync.as_ref().map(ServerSync::is_unreadable),
            ))
        })
    else {
        return;
    };
    match name.as_str() {
        "lang" => {
            if let Some(lang) = value.as_deref().and_then(Lang::parse) {
                state.host.lang.set(lang);
            }
        }
        "role" | "author-role" => match role_of(&element) {
            Some(role) => {
                state.host.role_fixed.set(true);
                state.host.actor.update(|a| a.role = role);
            }
            None => state.host.role_fixed.set(false),
        },
        "author-name" => {
            let name = value.unwrap_or_default();
            state
                .host
                .actor
                .update(|a| a.name = name.trim().to_string());
        }
        // A server plan this editor cannot read keeps it read-only whatever the host says.
        "readonly" => state
            .host
            .read_only
            .set(value.is_some() || unreadable.unwrap_or(false)),
        "storage-key" | "autosave" | "save-url" | "plan-src" | "collab-url" | "collab-token"
        | "mode" => {
            let changed = match name.as_str() {
                "save-url" => attr(&element, "save-url") != save_url,
                "collab-url" => attr(&element, "collab-url") != collab.0,
                "collab-token" => attr(&element, "collab-token") != collab.1,
                "plan-src" | "mode" => true,
                _ => storage_of(&element) != storage,
            };
            if changed {
                remount(id);
            }
        }
        "catalogue-src" => match attr(&element, "catalogue-src") {
            Some(src) => start_catalogue_load(&element, state, message, &catalogue_loads, &src),
            None => {
                // Back to the built-in catalogue; a load still under way is forgotten.
                catalogue_loads.set(catalogue_loads.get().wrapping_add(1));
                state.host.catalogue.set(Catalogue::default());
            }
        },
        "complaint-route" => state
            .host
            .complaint_route
            .set(attr(&element, "complaint-route")),
        "heading-level" => state.host.brand_heading.set(heading_level_of(&element)),
        _ => {}
    }
}

/// Mounts the element again (new storage namespace or server): the old editor's autosave
/// has saved everything already.
fn remount(id: u32) {
    let taken = INSTANCES.with(|all| all.borrow_mut().remove(&id));
    let Some(mut instance) = taken else {
        return;
    };
    let old = instance.mounted.take();
    drop(old);
    mount(id, &mut instance, None);
    INSTANCES.with(|all| all.borrow_mut().insert(id, instance));
}

/// The embed's own strip above the editor: load problems, the server status and the
/// conflict choice. (That the plan is read-only is said by the editor's own banner.)
#[component]
fn EmbedBar(
    state: EditorState,
    sync: Option<ServerSync>,
    message: RwSignal<Option<String>>,
    kept: RwSignal<Option<Kept>>,
    /// `plan-src` is loading (with `save-url` the status line says so).
    loading: RwSignal<bool>,
) -> impl IntoView {
    let t = move || state.host.lang.get().sync();
    let status = sync.as_ref().map(ServerSync::status);
    let conflict_sync = sync.clone();
    let rebase_sync = sync.clone();
    let retry_sync = sync.map(StoredValue::new_local);
    view! {
        <Show when=move || loading.get()>
            <p class="hp-embed-status" role="status">{move || t().loading}</p>
        </Show>
        {move || message.get().map(|text| view! {
            <div class="hp-embed-message" role="alert">
                <p>{text}</p>
                <button type="button" class="hp-button" on:click=move |_| message.set(None)>
                    {move || t().dismiss}
                </button>
            </div>
        })}
        {move || kept.get().map(|plan| {
            let stored = plan.stored;
            let plan = StoredValue::new(plan);
            view! {
                <div class="hp-embed-message" role="alert">
                    <p>{move || (t().kept_aside)(stored)}</p>
                    <div class="hp-embed-actions">
                        <button type="button" class="hp-button hp-button-primary"
                            on:click=move |_| plan.with_value(|p| download_kept(state, p))>
                            {move || t().download_kept}
                        </button>
                        <button type="button" class="hp-button" on:click=move |_| kept.set(None)>
                            {move || t().dismiss}
                        </button>
                    </div>
                </div>
            }
        })}
        {status.map(|status| view! {
            <p class="hp-embed-status"
                class:hp-embed-status-problem=move || !matches!(status.get(), SyncStatus::Loading | SyncStatus::Saved | SyncStatus::Saving)
                role="status" aria-live="polite"
                data-sync=move || match status.get() {
                    SyncStatus::Loading => "loading",
                    SyncStatus::Saved => "saved",
                    SyncStatus::Saving => "saving",
                    SyncStatus::Offline | SyncStatus::OfflineLoading => "offline",
                    SyncStatus::Busy => "busy",
                    SyncStatus::Conflict => "conflict",
                    SyncStatus::Failed(_) => "failed",
                    SyncStatus::Refused(_) => "refused",
                    SyncStatus::Unreadable(_) => "unreadable",
                }
            >
                <span class="hp-visually-hidden">{move || t().status_label}" "</span>
                {move || match status.get() {
                    SyncStatus::Loading => t().loading.to_string(),
                    SyncStatus::Saved => format!("✓ {}", t().saved),
                    SyncStatus::Saving => t().saving.to_string(),
                    SyncStatus::Offline => format!("⚠ {}", t().offline),
                    SyncStatus::OfflineLoading => format!("⚠ {}", t().offline_loading),
                    SyncStatus::Busy => format!("⚠ {}", t().busy),
                    SyncStatus::Conflict => format!("⚠ {}", t().conflict_status),
                    // The reason is in the alert above (`message`); said once is enough.
                    SyncStatus::Failed(_) | SyncStatus::Unreadable(_) => format!("⚠ {}", t().not_synced),
                    SyncStatus::Refused(why) => format!("⚠ {why}"),
                }}
            </p>
        })}
        {retry_sync.map(|sync| view! {
            <Show when=move || status.is_some_and(|s| matches!(s.get(), SyncStatus::Refused(_)))>
                <div class="hp-embed-retry">
                    <button type="button" class="hp-button" on:click=move |_| sync.with_value(ServerSync::retry)>
                        {move || t().retry}
                    </button>
                </div>
            </Show>
        })}
        {rebase_sync.map(|sync| {
            let notice = sync.rebase_notice();
            let sync = StoredValue::new_local(sync);
            move || notice.get().map(|found| {
                let mine = StoredValue::new(found.mine);
                view! {
                    <RebaseConflicts state=state conflicts=found.conflicts
                        keep_whole_mine=Callback::new(move |_| sync.with_value(ServerSync::keep_whole_mine))
                        export_whole_mine=Callback::new(move |_| mine.with_value(|plan| export_plan(state, plan)))
                        dismiss=Callback::new(move |_| notice.set(None)) />
                }
            })
        })}
        {conflict_sync.map(|sync| {
            let status = sync.status();
            let sync = StoredValue::new_local(sync);
            view! {
                <Show when=move || status.get() == SyncStatus::Conflict>
                    <section class="hp-embed-conflict" aria-labelledby=state.dom_id("sync-conflict-heading")>
                        <h2 id=state.dom_id("sync-conflict-heading") tabindex="-1">{move || t().conflict_heading}</h2>
                        <p>{move || t().conflict_text}</p>
                        <div class="hp-embed-actions">
                            <button type="button" class="hp-button" on:click=move |_| sync.with_value(ServerSync::reload_theirs)>
                                {move || t().reload_theirs}
                            </button>
                            <button type="button" class="hp-button hp-button-primary" on:click=move |_| sync.with_value(ServerSync::keep_mine)>
                                {move || t().keep_mine}
                            </button>
                            <button type="button" class="hp-button" on:click=move |_| export_mine(state)>
                                {move || t().export_mine}
                            </button>
                        </div>
                    </section>
                </Show>
            }
        })}
    }
}

/// The kept-aside plan as a file (the same name scheme as the toolbar's export).
fn download_kept(state: EditorState, kept: &Kept) {
    // A copy kept aside is a real plan from before (workshop mode keeps none).
    let name = crate::ui::browser::files::plan_file_name(
        &kept.title,
        None,
        chrono::Utc::now().date_naive(),
    );
    if crate::ui::browser::files::download(&name, &kept.text, "application/json").is_ok() {
        state.announce(state.host.lang.get_untracked().sync().kept_downloaded);
    }
}

fn export_mine(state: EditorState) {
    state.plan.with_untracked(|plan| export_plan(state, plan));
}

/// `plan` as a file (the same name scheme as the toolbar's export).
fn export_plan(state: EditorState, plan: &Plan) {
    let (title, text) = (plan.title.clone(), format::export_json(plan));
    let mark = state.host.lang.get_untracked().exercise_mark(plan.exercise);
    let name =
        crate::ui::browser::files::plan_file_name(&title, mark, chrono::Utc::now().date_naive());
    if crate::ui::browser::files::download(&name, &text, "application/json").is_ok() {
        state.announce(state.host.lang.get_untracked().sync().exported);
    }
}
