//! Optional saving to the host's server, for `<helhedsplan-editor save-url="…">`.
//!
//! `GET save-url` at start, then `PUT save-url` with the plan's JSON about a second after
//! the last edit, with `If-Match: <the ETag we last saw>`. A `412` means someone else saved
//! in between: the editor loads that plan, replays the edits the user made here since the
//! last save on it ([`crate::model::rebase`]), shows it, and saves the result with the new
//! ETag. Edits that no longer fit are listed, each with its text to copy; only when the
//! edits are not all known (the user opened a file, edits from before this page was
//! loaded) does the user choose the whole plan (load theirs, keep mine and overwrite,
//! export mine first). Nothing is dropped silently. Without `save-url` none of this runs
//! and the editor makes no request at all.
//!
//! Faults (docs/embedding.md, "Backend sync"):
//! - no answer, `408`, `429`, `5xx`: the plan waits on this machine and is sent again with
//!   back-off (1, 2, 4, 8 s), or after the server's `Retry-After` when it gives one;
//! - any other `4xx` (400, 401, 403, 404, 413 …): sending the same plan again cannot help,
//!   so saving stops with a message that says what happened and what to do, until the user
//!   presses "Prøv igen" (or reloads);
//! - a server plan this editor cannot read (newer schema, broken, over the size limit): the
//!   editor becomes read-only, so it can never save over it ("keep mine" included).
//!
//! The server's plan is read with [`format::import_lenient`]: the plan at `save-url` is the
//! editor's own save (it `PUT` it), and a save that parses is never discarded — problems a
//! co-author's edit left (a start after an end, say) are for the editor to show, not a reason
//! to lock the plan. Only what cannot be read at all makes it read-only.
//!
//! We call `fetch` through `web_sys` (see [`http`]) rather than `gloo-net`: four small calls
//! do not justify its extra dependencies in the bundle.

pub mod http;

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use super::storage::PlanStore;
use crate::format;
use crate::model::rebase::{rebase, Conflict};
use crate::model::server_sync::{
    may_show_before_server, relation, Answer, Backoff, Outbox, Relation,
};
use crate::model::Plan;
use crate::ui::{EditorState, Recorded};
use http::{Call, Fault, Reply};

/// What the status line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncStatus {
    Loading,
    Saved,
    Saving,
    /// The server cannot be reached (or answers 5xx); edits wait on this machine.
    Offline,
    /// No answer at start, and the plan on this machine is not known to be this server's
    /// plan: it is not shown (it could be another citizen's) until the server answers.
    OfflineLoading,
    /// `429`/`503`: the server asked to wait; edits wait on this machine.
    Busy,
    /// `412`: the user must choose.
    Conflict,
    /// The server gave no usable plan at start; the reason is in the user's language.
    Failed(String),
    /// The server refused the plan for a reason sending it again cannot fix (400, 401, 403,
    /// 413 …): no more automatic saves until the user asks ([`ServerSync::retry`]).
    Refused(String),
    /// The server's plan cannot be read by this editor: read-only, never saved over.
    Unreadable(String),
}

/// Edits that did not fit on the server's newer plan, for the user to recover.
#[derive(Clone)]
pub struct RebaseNotice {
    pub conflicts: Vec<Conflict>,
    /// The plan as it was here before the merge: the last resort keeps or exports it.
    pub mine: Plan,
}

/// How many times one save lays this device's edits onto a newer plan before it lets the
/// user choose (two others saving again and again in between).
const MAX_REBASES: u32 = 3;

/// What laying the edits onto the server's plan came to.
enum Rebasing {
    /// The plan on screen is the server's plus the edits: save it.
    Done,
    /// The edits are not all known, or the server's plan is another one: the user chooses.
    Cannot,
    /// Offline, unreadable, or the editor left: already handled.
    Stop,
}

/// Saving to one server URL. Cheap to clone.
#[derive(Clone)]
pub struct ServerSync {
    inner: Rc<Inner>,
}

/// What the host gives [`ServerSync::new`].
pub struct Hooks {
    /// Replaces the plan without counting it as the user's edit. `true`: the plan on screen
    /// has edits of its own and must be kept aside first (with a notice).
    pub replace: Box<dyn Fn(Plan, bool)>,
    /// Told when the server's plan could not be used (for the `plan-error` event).
    pub on_error: Box<dyn Fn(String)>,
    /// Told once the first answer (or failure) is in.
    pub on_loaded: Box<dyn FnOnce()>,
}

struct Inner {
    url: String,
    state: EditorState,
    /// The autosave slot, for the "changes not sent yet" marker; `None` with autosave off.
    store: Option<PlanStore>,
    status: RwSignal<SyncStatus>,
    replace: Box<dyn Fn(Plan, bool)>,
    on_error: Box<dyn Fn(String)>,
    on_loaded: RefCell<Option<Box<dyn FnOnce()>>>,
    etag: RefCell<Option<String>>,
    loaded: Cell<bool>,
    /// Which local edits the server has, and those to replay on a newer plan.
    outbox: RefCell<Outbox>,
    /// Edits that did not fit on the server's newer plan (shown until dismissed).
    rebase_notice: RwSignal<Option<RebaseNotice>>,
    in_flight: Cell<bool>,
    backoff: Cell<Backoff>,
    timer: RefCell<Option<TimeoutHandle>>,
    stopped: Cell<bool>,
    /// A non-retryable refusal: no automatic saves until [`ServerSync::retry`].
    halted: Cell<bool>,
    /// The server's plan is unreadable: never save.
    unreadable: Cell<bool>,
}

const DEBOUNCE_MS: u64 = 1000;

fn is_success(status: u16) -> bool {
    Answer::of(status).is_success()
}

/// What the status line says while a retryable answer makes the plan wait.
fn waiting_status(status: u16) -> SyncStatus {
    if Answer::of(status) == Answer::Busy {
        SyncStatus::Busy
    } else {
        SyncStatus::Offline
    }
}

impl ServerSync {
    pub fn new(url: String, state: EditorState, store: Option<PlanStore>, hooks: Hooks) -> Self {
        let sync = ServerSync {
            inner: Rc::new(Inner {
                url,
                state,
                store,
                status: RwSignal::new(SyncStatus::Loading),
                replace: hooks.replace,
                on_error: hooks.on_error,
                on_loaded: RefCell::new(Some(hooks.on_loaded)),
                etag: RefCell::new(None),
                loaded: Cell::new(false),
                outbox: RefCell::new(Outbox::default()),
                rebase_notice: RwSignal::new(None),
                in_flight: Cell::new(false),
                backoff: Cell::new(Backoff::default()),
                timer: RefCell::new(None),
                stopped: Cell::new(false),
                halted: Cell::new(false),
                unreadable: Cell::new(false),
            }),
        };
        // The user's edits, kept until a save covers them, to replay on a newer plan.
        let weak = Rc::downgrade(&sync.inner);
        state.on_record(move |what| {
            if let Some(inner) = weak.upgrade() {
                let mut outbox = inner.outbox.borrow_mut();
                match what {
                    Recorded::Edit(edit) => outbox.record(edit.clone()),
                    Recorded::Replaced => outbox.replaced(),
                }
            }
        });
        sync
    }

    /// Edits that did not fit when this device's edits were laid onto a newer plan.
    pub fn rebase_notice(&self) -> RwSignal<Option<RebaseNotice>> {
        self.inner.rebase_notice
    }

    pub fn status(&self) -> RwSignal<SyncStatus> {
        self.inner.status
    }

    /// The server's plan could not be read: the editor must stay read-only.
    pub fn is_unreadable(&self) -> bool {
        self.inner.unreadable.get()
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

    fn lang(&self) -> crate::i18n::Lang {
        self.inner
            .state
            .host
            .lang
            .try_get_untracked()
            .unwrap_or(crate::i18n::Lang::Da)
    }

    /// Loads the server's plan; called once at start and again until it succeeds.
    pub fn start(&self) {
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move { this.load_initial().await });
    }

    async fn load_initial(&self) {
        let reply = http::get(&self.inner.url).await;
        if self.inner.stopped.get() {
            return;
        }
        let texts = self.lang().sync();
        match reply {
            Err(Fault::TooLarge) => self.make_unreadable(texts.too_large),
            Err(Fault::Network) => self.wait_at_start(SyncStatus::Offline, None),
            Ok(reply) if Answer::of(reply.status) == Answer::NotFound => {
                // Nothing on the server yet: our plan becomes the first version.
                self.outbox(Outbox::unknown_edits);
                self.finish_loading();
                self.local_change();
                self.save_soon(0);
            }
            Ok(reply) if is_success(reply.status) => match format::import_lenient(&reply.body) {
                Ok(imported) => {
                    *self.inner.etag.borrow_mut() = reply.etag;
                    self.take_initial(imported.plan);
                    self.mark_synced();
                    self.finish_loading();
                }
                Err(errors) => self.make_unreadable(&self.lang().server_plan_unreadable(&errors)),
            },
            Ok(reply) if Answer::of(reply.status).is_retryable() => {
                self.wait_at_start(waiting_status(reply.status), reply.retry_after.as_deref())
            }
            Ok(reply) => {
                let message = (texts.load_failed)(&(texts.http_status)(reply.status));
                (self.inner.on_error)(message.clone());
                self.set_status(SyncStatus::Failed(message));
                self.finish_loading();
            }
        }
    }

    /// The first plan from the server, compared with the one restored on this machine.
    fn take_initial(&self, remote: Plan) {
        let rel = self
            .inner
            .state
            .plan
            .with_untracked(|local| relation(local, &remote));
        match rel {
            Relation::Same => {
                self.clear_pending();
                self.outbox(|o| o.synced(remote));
                self.set_status(SyncStatus::Saved);
            }
            Relation::RemoteAhead => {
                self.clear_pending();
                (self.inner.replace)(remote.clone(), false);
                self.outbox(|o| o.synced(remote));
                self.set_status(SyncStatus::Saved);
            }
            Relation::Unrelated => {
                // Another plan was on this machine under this key: the server's plan is the
                // one the host means, and the other is kept aside (never silently dropped).
                let keep = self
                    .inner
                    .state
                    .plan
                    .with_untracked(|local| !local.change_log.is_empty());
                (self.inner.replace)(remote.clone(), keep);
                self.outbox(|o| o.synced(remote));
                self.set_status(SyncStatus::Saved);
            }
            Relation::LocalAhead => {
                // Edits made offline (or before the page was left) last time: send them.
                // They were not recorded on this page, so a 412 cannot replay them.
                self.outbox(Outbox::unknown_edits);
                self.local_change();
                self.save_soon(0);
            }
            Relation::Diverged => self.set_status(SyncStatus::Conflict),
        }
    }

    /// No usable answer yet at start: the editor shows this machine's plan — if it is a new
    /// one, or one this URL held before — and asks again.
    fn wait_at_start(&self, status: SyncStatus, retry_after: Option<&str>) {
        let known = self.inner.state.plan.with_untracked(|p| {
            let synced_before = self
                .inner
                .store
                .as_ref()
                .is_some_and(|store| store.synced_before(&p.id.to_string(), &self.inner.url));
            may_show_before_server(p, synced_before)
        });
        if known {
            self.set_status(status);
            self.finish_loading_event_only();
        } else {
            self.set_status(SyncStatus::OfflineLoading);
        }
        let this = self.clone();
        self.retry_later(retry_after, move || this.start());
    }

    /// The server's plan cannot be read: say why, and make the editor read-only so that
    /// nothing (not even "keep mine" in a conflict) can save over it.
    fn make_unreadable(&self, why: &str) {
        self.inner.unreadable.set(true);
        if let Some(timer) = self.inner.timer.borrow_mut().take() {
            timer.clear();
        }
        let message = (self.lang().sync().unreadable)(why);
        self.inner.state.host.read_only.try_set(true);
        (self.inner.on_error)(message.clone());
        self.set_status(SyncStatus::Unreadable(message));
        self.finish_loading_event_only();
    }

    fn finish_loading(&self) {
        self.inner.loaded.set(true);
        self.finish_loading_event_only();
    }

    fn finish_loading_event_only(&self) {
        let done = self.inner.on_loaded.borrow_mut().take();
        if let Some(done) = done {
            done();
        }
    }

    fn clear_pending(&self) {
        if let Some(store) = &self.inner.store {
            store.clear_pending_sync();
        }
    }

    /// The plan on screen is now the one the server holds (loaded or saved).
    fn mark_synced(&self) {
        if let (Some(store), Some(id)) = (
            &self.inner.store,
            self.inner
                .state
                .plan
                .try_with_untracked(|p| p.id.to_string()),
        ) {
            store.mark_synced(&id, &self.inner.url);
        }
    }

    fn unsaved(&self) -> bool {
        self.inner.outbox.borrow().unsent()
    }

    /// Reads or changes the record of which edits the server has.
    fn outbox<R>(&self, change: impl FnOnce(&mut Outbox) -> R) -> R {
        change(&mut self.inner.outbox.borrow_mut())
    }

    /// The plan as it is now, as sent (JSON) and kept (the base of later edits).
    fn plan_to_send(&self) -> Option<(String, Plan)> {
        self.inner
            .state
            .plan
            .try_with_untracked(|p| (format::export_json(p), p.clone()))
    }

    fn reset_backoff(&self) {
        self.inner.backoff.set(Backoff::default());
    }

    /// Whether saves may go out now (not waiting for the user, not read-only).
    fn may_save(&self) -> bool {
        self.inner.loaded.get()
            && !self.inner.halted.get()
            && !self.inner.unreadable.get()
            && self.inner.status.try_get_untracked() != Some(SyncStatus::Conflict)
    }

    /// The user edited the plan.
    pub fn local_change(&self) {
        self.outbox(Outbox::edited);
        if self.may_save() {
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

    /// Waits the back-off (doubling, capped), or the server's `Retry-After` when longer.
    fn retry_later(&self, retry_after: Option<&str>, again: impl FnOnce() + 'static) {
        let asked = retry_after.and_then(|v| http::retry_after_ms(v, js_sys::Date::now()));
        let mut backoff = self.inner.backoff.get();
        let delay = backoff.next_wait_ms(asked);
        self.inner.backoff.set(backoff);
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
        if self.inner.stopped.get() || self.inner.in_flight.get() || !self.unsaved() {
            return;
        }
        if !self.may_save() {
            return;
        }
        self.inner.in_flight.set(true);
        self.set_status(SyncStatus::Saving);
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            this.put(true).await;
            this.inner.in_flight.set(false);
        });
    }

    /// Sends `body` with the precondition of the ETag we know. The ETag is learnt even when
    /// the editor has gone meanwhile, so a flush after it does not conflict with ourselves.
    async fn send_plan(&self, body: &str, keepalive: bool) -> Result<Reply, Fault> {
        let etag = self.inner.etag.borrow().clone();
        let precondition = match &etag {
            Some(etag) => ("If-Match", etag.as_str()),
            None => ("If-None-Match", "*"),
        };
        let reply = http::send(Call {
            method: "PUT",
            url: &self.inner.url,
            body: Some(body),
            precondition: Some(precondition),
            read_body: false,
            keepalive,
        })
        .await;
        if let Ok(reply) = &reply {
            if is_success(reply.status) && reply.etag.is_some() {
                self.inner.etag.borrow_mut().clone_from(&reply.etag);
            }
        }
        reply
    }

    /// Sends the plan. On `412` (`may_rebase`): lays this device's edits onto the server's
    /// newer plan and sends the result, a few times at most; else the user chooses.
    async fn put(&self, may_rebase: bool) {
        let mut rebases_left = if may_rebase { MAX_REBASES } else { 0 };
        loop {
            let mark = self.outbox(|o| o.mark());
            let Some((body, plan)) = self.plan_to_send() else {
                return;
            };
            let reply = self.send_plan(&body, false).await;
            if self.inner.stopped.get() {
                return;
            }
            match reply {
                Ok(reply) if is_success(reply.status) => {
                    self.reset_backoff();
                    self.outbox(|o| o.sent(mark, plan));
                    self.mark_synced();
                    if self.outbox(|o| o.unchanged_since(mark)) {
                        self.clear_pending();
                        self.set_status(SyncStatus::Saved);
                    } else {
                        self.save_soon(DEBOUNCE_MS);
                    }
                }
                Ok(reply) if Answer::of(reply.status) == Answer::PreconditionFailed => {
                    if rebases_left > 0 {
                        rebases_left -= 1;
                        match self.rebase_on_server().await {
                            Rebasing::Done => continue,
                            Rebasing::Stop => return,
                            Rebasing::Cannot => {}
                        }
                    }
                    self.set_status(SyncStatus::Conflict);
                    let id = self.inner.state.dom_id("sync-conflict-heading");
                    request_animation_frame(move || crate::ui::browser::focus_by_id(&id));
                }
                Ok(reply) if !Answer::of(reply.status).is_retryable() => {
                    // Sending the same plan again cannot help: stop, say why and what to do.
                    self.inner.halted.set(true);
                    let on_device = self.inner.store.is_some();
                    let message = (self.lang().sync().save_refused)(reply.status, on_device);
                    self.set_status(SyncStatus::Refused(message));
                }
                Ok(reply) => {
                    self.set_status(waiting_status(reply.status));
                    let this = self.clone();
                    self.retry_later(reply.retry_after.as_deref(), move || this.save());
                }
                Err(_) => {
                    self.set_status(SyncStatus::Offline);
                    let this = self.clone();
                    self.retry_later(None, move || this.save());
                }
            }
            return;
        }
    }

    /// `412`: loads the server's plan, replays the edits made here since the last save on
    /// it ([`rebase`]) and shows the result (undo still reverts this user's own edits).
    async fn rebase_on_server(&self) -> Rebasing {
        if self.outbox(|o| o.replay().is_none()) {
            return Rebasing::Cannot;
        }
        let reply = http::get(&self.inner.url).await;
        if self.inner.stopped.get() {
            return Rebasing::Stop;
        }
        let reply = match reply {
            Err(Fault::Network) => {
                self.set_status(SyncStatus::Offline);
                let this = self.clone();
                self.retry_later(None, move || this.save());
                return Rebasing::Stop;
            }
            Err(Fault::TooLarge) => {
                self.make_unreadable(self.lang().sync().too_large);
                return Rebasing::Stop;
            }
            Ok(reply) if is_success(reply.status) => reply,
            Ok(_) => return Rebasing::Cannot,
        };
        let remote = match format::import_lenient(&reply.body) {
            Ok(imported) => imported.plan,
            Err(errors) => {
                self.make_unreadable(&self.lang().server_plan_unreadable(&errors));
                return Rebasing::Stop;
            }
        };
        let state = self.inner.state;
        let Some(mine) = state.plan.try_get_untracked() else {
            return Rebasing::Stop;
        };
        if mine.id != remote.id {
            return Rebasing::Cannot;
        }
        let actor = state.host.actor.get_untracked();
        // Edits made while the plan was on its way are in the outbox too.
        let rebased = {
            let outbox = self.inner.outbox.borrow();
            let Some((base, edits)) = outbox.replay() else {
                return Rebasing::Cannot;
            };
            rebase(base, remote.clone(), edits, &actor, chrono::Utc::now())
        };
        *self.inner.etag.borrow_mut() = reply.etag;
        state.follow_plan(rebased.plan);
        self.outbox(|o| o.rebased(remote, rebased.applied));
        if rebased.conflicts.is_empty() {
            state.announce(self.lang().sync().rebased);
        } else {
            self.inner.rebase_notice.try_set(Some(RebaseNotice {
                conflicts: rebased.conflicts,
                mine,
            }));
            let id = state.dom_id("rebase-heading");
            request_animation_frame(move || crate::ui::browser::focus_by_id(&id));
        }
        Rebasing::Done
    }

    /// The last resort after a merge with conflicts: the plan as it was here before it,
    /// saved over the server's.
    pub fn keep_whole_mine(&self) {
        let Some(notice) = self.inner.rebase_notice.get_untracked() else {
            return;
        };
        self.inner.rebase_notice.set(None);
        self.inner.state.follow_plan(notice.mine);
        self.keep_mine();
    }

    /// After a refusal: the user asks to send the plan again.
    pub fn retry(&self) {
        self.inner.halted.set(false);
        self.reset_backoff();
        if self.unsaved() {
            self.save_soon(0);
        } else {
            self.set_status(SyncStatus::Saved);
        }
    }

    /// The element leaves the page: a save still waiting for its debounce (or back-off) is
    /// sent now, as it is at this moment (the editor's state is gone right after). It waits
    /// for a save already on its way, so the two do not conflict with each other.
    pub fn flush(&self) {
        // Should the request not arrive, the next load sends the plan (it is autosaved).
        let Some(body) = self.mark_unsent() else {
            return;
        };
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            // At most ~30 s: a save on its way either ends or the network gave up on it.
            for _ in 0..600 {
                if !this.inner.in_flight.get() {
                    break;
                }
                sleep_ms(50).await;
            }
            let keepalive = body.len() <= http::KEEPALIVE_MAX_BYTES;
            if let Ok(reply) = this.send_plan(&body, keepalive).await {
                if is_success(reply.status) {
                    this.clear_pending();
                }
            }
        });
    }

    /// When there are changes the server has not got and may get: marks them pending in
    /// storage (the next load sends them) and returns the plan to send now.
    fn mark_unsent(&self) -> Option<String> {
        if self.inner.stopped.get() || !self.unsaved() || !self.may_save() {
            return None;
        }
        self.mark_pending();
        self.inner
            .state
            .plan
            .try_with_untracked(format::export_json)
    }

    fn mark_pending(&self) {
        if let Some(store) = &self.inner.store {
            store.mark_pending_sync(&self.inner.url);
        }
    }

    /// `pagehide`: changes not sent yet are marked in storage (the next load sends them,
    /// as the autosaved plan is then ahead of the server's). A small plan is also sent now
    /// with `keepalive`; browsers cap such bodies at 64 KiB, so a large one waits.
    pub fn page_hidden(&self) {
        let Some(body) = self.mark_unsent() else {
            return;
        };
        if body.len() > http::KEEPALIVE_MAX_BYTES || self.inner.in_flight.get() {
            return;
        }
        let this = self.clone();
        let mark = self.outbox(|o| o.mark());
        let Some(plan) = self.inner.state.plan.try_get_untracked() else {
            return;
        };
        self.inner.in_flight.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            let reply = this.send_plan(&body, true).await;
            this.inner.in_flight.set(false);
            if matches!(&reply, Ok(reply) if is_success(reply.status)) {
                this.outbox(|o| o.sent(mark, plan));
                if this.outbox(|o| o.unchanged_since(mark)) {
                    this.clear_pending();
                    this.set_status(SyncStatus::Saved);
                }
            }
        });
    }

    /// Conflict: take the server's version.
    pub fn reload_theirs(&self) {
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let reply = http::get(&this.inner.url).await;
            if this.inner.stopped.get() {
                return;
            }
            match reply {
                Err(Fault::Network) => this.set_status(SyncStatus::Offline),
                Err(Fault::TooLarge) => this.make_unreadable(this.lang().sync().too_large),
                Ok(reply) if is_success(reply.status) => {
                    match format::import_lenient(&reply.body) {
                        Ok(imported) => {
                            *this.inner.etag.borrow_mut() = reply.etag;
                            (this.inner.replace)(imported.plan.clone(), false);
                            this.outbox(|o| o.synced(imported.plan));
                            this.inner.rebase_notice.set(None);
                            this.set_status(SyncStatus::Saved);
                            this.inner.state.announce(this.lang().sync().reloaded);
                        }
                        Err(errors) => {
                            this.make_unreadable(&this.lang().server_plan_unreadable(&errors))
                        }
                    }
                }
                // Nothing to load (yet): the choice stays open.
                Ok(_) => {}
            }
        });
    }

    /// Conflict: save this version over the server's (after learning its current ETag) —
    /// but only over a plan this editor can read: an unreadable one (a newer editor's, say)
    /// would be lost.
    pub fn keep_mine(&self) {
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let reply = http::get(&this.inner.url).await;
            if this.inner.stopped.get() {
                return;
            }
            let reply = match reply {
                Err(Fault::Network) => {
                    this.set_status(SyncStatus::Offline);
                    return;
                }
                Err(Fault::TooLarge) => {
                    this.make_unreadable(this.lang().sync().too_large);
                    return;
                }
                Ok(reply) => reply,
            };
            if is_success(reply.status) {
                if let Err(errors) = format::import_lenient(&reply.body) {
                    this.make_unreadable(&this.lang().server_plan_unreadable(&errors));
                    return;
                }
            }
            *this.inner.etag.borrow_mut() = reply.etag;
            this.outbox(Outbox::edited);
            this.inner.loaded.set(true);
            this.set_status(SyncStatus::Saving);
            this.inner.in_flight.set(true);
            // The user chose this plan over the server's: no replaying on it.
            this.put(false).await;
            this.inner.in_flight.set(false);
            if this.inner.status.try_get_untracked() == Some(SyncStatus::Saved) {
                this.inner.state.announce(this.lang().sync().overwritten);
            }
        });
    }
}

async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
