//! Optional saving to the host's server, for `<helhedsplan-editor save-url="…">`.
//!
//! `GET save-url` at start, then `PUT save-url` with the plan's JSON about a second after
//! the last edit, with `If-Match: <the ETag we last saw>`. A `412` means someone else saved
//! in between: the user chooses (load theirs, keep mine and overwrite, export mine first) —
//! nothing is dropped silently. Network errors keep the plan on this machine (autosave)
//! and retry with back-off. Without `save-url` none of this runs and the editor makes no
//! request at all.
//!
//! We call `fetch` through `web_sys` rather than `gloo-net`: four small calls do not justify
//! its extra dependencies in the bundle.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, RequestInit, Response};

use crate::format;
use crate::model::change_log::continues;
use crate::model::Plan;
use crate::ui::EditorState;

/// What the status line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncStatus {
    Loading,
    Saved,
    Saving,
    /// The server cannot be reached (or answers 5xx); edits wait on this machine.
    Offline,
    /// `412`: the user must choose.
    Conflict,
    /// The server gave no usable plan; the reason is in the user's language.
    Failed(String),
}

/// One HTTP answer.
pub struct Reply {
    pub status: u16,
    pub etag: Option<String>,
    pub body: String,
}

/// `fetch` with an optional body and precondition. `Err` means no answer (network).
pub async fn request(
    method: &str,
    url: &str,
    body: Option<&str>,
    precondition: Option<(&str, &str)>,
) -> Result<Reply, ()> {
    let window = web_sys::window().ok_or(())?;
    let init = RequestInit::new();
    init.set_method(method);
    let headers = Headers::new().map_err(|_| ())?;
    headers.set("Accept", "application/json").map_err(|_| ())?;
    if let Some(body) = body {
        headers
            .set("Content-Type", "application/json")
            .map_err(|_| ())?;
        init.set_body(&body.into());
    }
    if let Some((name, value)) = precondition {
        headers.set(name, value).map_err(|_| ())?;
    }
    init.set_headers(&headers);
    init.set_cache(web_sys::RequestCache::NoStore);
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    let etag = response.headers().get("ETag").ok().flatten();
    let body = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    Ok(Reply {
        status: response.status(),
        etag,
        body,
    })
}

/// How a plan from elsewhere relates to the one on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// Another plan (other id): the one from elsewhere replaces it.
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

/// Sync with one server URL. Cheap to clone.
#[derive(Clone)]
pub struct Sync {
    inner: Rc<Inner>,
}

struct Inner {
    url: String,
    state: EditorState,
    pub status: RwSignal<SyncStatus>,
    /// Replaces the plan without counting it as the user's edit.
    replace: Box<dyn Fn(Plan)>,
    /// Told when the server's plan could not be used (for the `plan-error` event).
    on_error: Box<dyn Fn(String)>,
    /// Told once the first answer (or failure) is in.
    on_loaded: RefCell<Option<Box<dyn FnOnce()>>>,
    etag: RefCell<Option<String>>,
    loaded: Cell<bool>,
    /// Counts local edits; a save is complete when nothing was edited while it ran.
    generation: Cell<u64>,
    saved_generation: Cell<u64>,
    in_flight: Cell<bool>,
    backoff: Cell<u64>,
    timer: RefCell<Option<TimeoutHandle>>,
    stopped: Cell<bool>,
}

const DEBOUNCE_MS: u64 = 1000;
const MAX_BACKOFF_MS: u64 = 8000;

impl Sync {
    pub fn new(
        url: String,
        state: EditorState,
        replace: impl Fn(Plan) + 'static,
        on_error: impl Fn(String) + 'static,
        on_loaded: impl FnOnce() + 'static,
    ) -> Self {
        Sync {
            inner: Rc::new(Inner {
                url,
                state,
                status: RwSignal::new(SyncStatus::Loading),
                replace: Box::new(replace),
                on_error: Box::new(on_error),
                on_loaded: RefCell::new(Some(Box::new(on_loaded))),
                etag: RefCell::new(None),
                loaded: Cell::new(false),
                generation: Cell::new(0),
                saved_generation: Cell::new(0),
                in_flight: Cell::new(false),
                backoff: Cell::new(1000),
                timer: RefCell::new(None),
                stopped: Cell::new(false),
            }),
        }
    }

    pub fn status(&self) -> RwSignal<SyncStatus> {
        self.inner.status
    }

    /// Stops timers and ignores answers still on their way (the element left the page).
    pub fn stop(&self) {
        self.inner.stopped.set(true);
        if let Some(timer) = self.inner.timer.borrow_mut().take() {
            timer.clear();
        }
    }

    fn set_status(&self, status: SyncStatus) {
        if !self.inner.stopped.get() {
            self.inner.status.try_set(status);
        }
    }

    /// Loads the server's plan; called once at start and again until it succeeds.
    pub fn start(&self) {
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move { this.load_initial().await });
    }

    async fn load_initial(&self) {
        let reply = request("GET", &self.inner.url, None, None).await;
        if self.inner.stopped.get() {
            return;
        }
        let lang = self.inner.state.lang.get_untracked();
        match reply {
            Ok(reply) if reply.status == 404 => {
                // Nothing on the server yet: our plan becomes the first version.
                self.finish_loading();
                self.local_change();
                self.save_soon(0);
            }
            Ok(reply) if (200..300).contains(&reply.status) => {
                match format::import_json(&reply.body) {
                    Ok(remote) => {
                        *self.inner.etag.borrow_mut() = reply.etag;
                        let rel = self
                            .inner
                            .state
                            .plan
                            .with_untracked(|local| relation(local, &remote));
                        match rel {
                            Relation::Same => self.set_status(SyncStatus::Saved),
                            Relation::Unrelated | Relation::RemoteAhead => {
                                (self.inner.replace)(remote);
                                self.set_status(SyncStatus::Saved);
                            }
                            Relation::LocalAhead => {
                                // Edits made offline last time: send them.
                                self.local_change();
                                self.save_soon(0);
                            }
                            Relation::Diverged => self.set_status(SyncStatus::Conflict),
                        }
                        self.finish_loading();
                    }
                    Err(errors) => {
                        let why = errors.first().map(ToString::to_string).unwrap_or_default();
                        let message = (lang.sync().load_failed)(&(lang.sync().not_a_plan)(&why));
                        (self.inner.on_error)(message.clone());
                        self.set_status(SyncStatus::Failed(message));
                        self.finish_loading();
                    }
                }
            }
            Ok(reply) if reply.status < 500 => {
                let message = (lang.sync().load_failed)(&(lang.sync().http_status)(reply.status));
                (self.inner.on_error)(message.clone());
                self.set_status(SyncStatus::Failed(message));
                self.finish_loading();
            }
            _ => {
                // No answer: keep editing locally and ask again.
                self.set_status(SyncStatus::Offline);
                self.finish_loading_event_only();
                let this = self.clone();
                self.retry_later(move || this.start());
            }
        }
    }

    fn finish_loading(&self) {
        self.inner.loaded.set(true);
        self.finish_loading_event_only();
    }

    fn finish_loading_event_only(&self) {
        if let Some(done) = self.inner.on_loaded.borrow_mut().take() {
            done();
        }
    }

    /// The user edited the plan.
    pub fn local_change(&self) {
        self.inner.generation.set(self.inner.generation.get() + 1);
        if self.inner.loaded.get() && self.inner.status.get_untracked() != SyncStatus::Conflict {
            self.save_soon(DEBOUNCE_MS);
        }
    }

    fn save_soon(&self, delay_ms: u64) {
        if self.inner.stopped.get() {
            return;
        }
        if let Some(timer) = self.inner.timer.borrow_mut().take() {
            timer.clear();
        }
        let this = self.clone();
        let handle = set_timeout_with_handle(
            move || {
                this.inner.timer.borrow_mut().take();
                this.save();
            },
            Duration::from_millis(delay_ms),
        );
        *self.inner.timer.borrow_mut() = handle.ok();
    }

    fn retry_later(&self, again: impl FnOnce() + 'static) {
        let delay = self.inner.backoff.get();
        self.inner.backoff.set((delay * 2).min(MAX_BACKOFF_MS));
        if let Some(timer) = self.inner.timer.borrow_mut().take() {
            timer.clear();
        }
        let this = self.clone();
        let handle = set_timeout_with_handle(
            move || {
                this.inner.timer.borrow_mut().take();
                if !this.inner.stopped.get() {
                    again();
                }
            },
            Duration::from_millis(delay),
        );
        *self.inner.timer.borrow_mut() = handle.ok();
    }

    fn save(&self) {
        if self.inner.stopped.get()
            || self.inner.in_flight.get()
            || self.inner.generation.get() == self.inner.saved_generation.get()
        {
            return;
        }
        self.inner.in_flight.set(true);
        self.set_status(SyncStatus::Saving);
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            this.put().await;
            this.inner.in_flight.set(false);
        });
    }

    async fn put(&self) {
        let generation = self.inner.generation.get();
        let body = self.inner.state.plan.with_untracked(format::export_json);
        let etag = self.inner.etag.borrow().clone();
        let precondition = match &etag {
            Some(etag) => ("If-Match", etag.as_str()),
            None => ("If-None-Match", "*"),
        };
        let reply = request("PUT", &self.inner.url, Some(&body), Some(precondition)).await;
        if self.inner.stopped.get() {
            return;
        }
        match reply {
            Ok(reply) if (200..300).contains(&reply.status) => {
                if reply.etag.is_some() {
                    *self.inner.etag.borrow_mut() = reply.etag;
                }
                self.inner.backoff.set(1000);
                self.inner.saved_generation.set(generation);
                if self.inner.generation.get() == generation {
                    self.set_status(SyncStatus::Saved);
                } else {
                    self.save_soon(DEBOUNCE_MS);
                }
            }
            Ok(reply) if reply.status == 412 => {
                self.set_status(SyncStatus::Conflict);
                let id = self.inner.state.dom_id("sync-conflict-heading");
                request_animation_frame(move || crate::ui::state::focus_by_id(&id));
            }
            Ok(reply)
                if (400..500).contains(&reply.status)
                    && reply.status != 408
                    && reply.status != 429 =>
            {
                let lang = self.inner.state.lang.get_untracked();
                let message = (lang.sync().http_status)(reply.status);
                self.set_status(SyncStatus::Failed(message));
                let this = self.clone();
                self.retry_later(move || this.save());
            }
            _ => {
                self.set_status(SyncStatus::Offline);
                let this = self.clone();
                self.retry_later(move || this.save());
            }
        }
    }

    /// Conflict: take the server's version.
    pub fn reload_theirs(&self) {
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(reply) = request("GET", &this.inner.url, None, None).await else {
                this.set_status(SyncStatus::Offline);
                return;
            };
            if let (true, Ok(plan)) = (
                (200..300).contains(&reply.status),
                format::import_json(&reply.body),
            ) {
                *this.inner.etag.borrow_mut() = reply.etag;
                (this.inner.replace)(plan);
                this.inner.saved_generation.set(this.inner.generation.get());
                this.set_status(SyncStatus::Saved);
                let lang = this.inner.state.lang.get_untracked();
                this.inner.state.announce(lang.sync().reloaded);
            }
        });
    }

    /// Conflict: save this version over the server's (after learning its current ETag).
    pub fn keep_mine(&self) {
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(reply) = request("GET", &this.inner.url, None, None).await else {
                this.set_status(SyncStatus::Offline);
                return;
            };
            *this.inner.etag.borrow_mut() = reply.etag;
            this.inner.generation.set(this.inner.generation.get() + 1);
            this.inner.loaded.set(true);
            this.set_status(SyncStatus::Saving);
            this.inner.in_flight.set(true);
            this.put().await;
            this.inner.in_flight.set(false);
            if this.inner.status.get_untracked() == SyncStatus::Saved {
                let lang = this.inner.state.lang.get_untracked();
                this.inner.state.announce(lang.sync().overwritten);
            }
        });
    }
}
