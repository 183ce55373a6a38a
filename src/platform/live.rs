//! Live co-authoring in the browser (`collab-url`, built with `--features collab`): a
//! WebSocket to a Yjs room speaking the y-websocket protocol, a BroadcastChannel to this
//! browser's other tabs on the same room, and the shared document kept in localStorage so
//! that work done offline survives a reload.
//!
//! The protocol, the waiting count and presence are [`collab::Session`]'s (natively
//! tested); this file only moves bytes and tells the editor:
//! - a local edit (through [`EditorState::on_record`], after `model::apply` took it) is
//!   written into the document by [`collab::write_edit`] and its update sent;
//! - another device's update is applied, the plan read back ([`collab::read_plan`]),
//!   repaired ([`collab::repair`]) and shown with [`EditorState::follow_remote`];
//! - joining: when the device is first in step with the room, an empty room is seeded with
//!   the plan on screen; a room that holds a plan shows it, and a different plan on screen
//!   is kept aside (never merged into another citizen's plan);
//! - a connection that never opens while the server answers plain HTTP is taken as a
//!   refusal (a browser does not tell a WebSocket's HTTP status): the status says so.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{BinaryType, BroadcastChannel, MessageEvent, WebSocket};

mod store;

use crate::collab::{self, CollabError, Presence, Session, SessionError};
use crate::model::merge_notice::MergeNotice;
use crate::model::server_sync::Backoff;
use crate::model::{Plan, Role};
use crate::ui::live::{LiveStatus, Peer};
use crate::ui::{EditorState, Recorded, Section};

/// What the host configured.
#[derive(Clone, Debug)]
pub struct LiveConfig {
    /// The room's full URL (`wss://server/<room>`).
    pub url: String,
    /// Sent as the `token` query parameter (a browser WebSocket cannot send headers).
    pub token: Option<String>,
    /// Keep the shared document in localStorage for offline work.
    pub store: bool,
}

/// Told the status and how many changes wait.
pub type StatusHook = Box<dyn Fn(&LiveStatus, u32)>;

/// A closure the browser calls with an event.
type Handler = Closure<dyn FnMut(JsValue)>;

/// What the host page hears.
pub struct LiveHooks {
    /// A plan to show in place of the one on screen; `true`: keep the one on screen aside first.
    pub replace: Box<dyn Fn(Plan, bool)>,
    /// The status changed (`collab-status`).
    pub status: StatusHook,
}

/// A running client; dropping it leaves the room.
pub struct LiveClient {
    inner: Rc<Inner>,
}

impl Drop for LiveClient {
    fn drop(&mut self) {
        self.inner.stop();
    }
}

struct Inner {
    state: EditorState,
    config: LiveConfig,
    hooks: LiveHooks,
    /// The shared document this device edits: the room's (once it has been in step with
    /// the server) or, before that, a local one the tabs of this browser share
    /// (see [`Inner::adopt_room`]).
    session: RefCell<Session>,
    /// Before this device was first in step with the room: the session the socket speaks
    /// through, on a fresh document, so that nothing local is merged into a room that
    /// turns out to hold another plan.
    joining: RefCell<Option<Session>>,
    /// Which document `session` holds: [`ROOM`] or a local one's id; names the tab channel.
    epoch: RefCell<String>,
    /// The plan as the document holds it (read and repaired): the "before" of the next
    /// local edit.
    shown: RefCell<Option<Plan>>,
    socket: RefCell<Option<WebSocket>>,
    /// The current socket opened (a refusal never opens).
    opened: Cell<bool>,
    /// Connections in a row that closed without opening.
    never_opened: Cell<u32>,
    backoff: RefCell<Backoff>,
    channel: RefCell<Option<BroadcastChannel>>,
    /// This person's presence as last said (set again on the sessions made later).
    presence: RefCell<Option<Presence>>,
    /// This client's own replacements of the plan, which the recorder must not write back.
    applying: Cell<bool>,
    stopped: Cell<bool>,
    store_scheduled: Cell<bool>,
    /// Closures the browser calls; dropped with the client.
    handlers: RefCell<Vec<Handler>>,
    /// `online`/`offline` on the window, removed when the client stops.
    window_listeners: RefCell<Vec<(&'static str, Handler)>>,
    /// The plan this device seeded the room with, while another device's seed at the same
    /// moment could still turn up (`collab::seeds`).
    seeded: RefCell<Option<Plan>>,
    /// Storage refused the last write (full): said once, tried again only now and then.
    store_failed: Cell<bool>,
    /// How many late changes (made while the plan was being approved) were last told.
    late_told: Cell<usize>,
    /// The plan as last read from the document, before repair: what a patched read
    /// ([`collab::patch`]) starts from; `None` reads whole.
    raw: RefCell<Option<Plan>>,
    /// What repair changed at the last read (told once, not on every read).
    repairs_told: RefCell<Vec<collab::Repair>>,
    /// The network came back: connect now rather than after the back-off.
    reconnect_now: Cell<bool>,
    timers: RefCell<Vec<i32>>,
}

const STORE_DELAY_MS: i32 = 400;
/// The wait before storing again after storage refused the document.
const STORE_RETRY_MS: i32 = 30_000;
/// The epoch of a document that has been in step with the room.
const ROOM: &str = "room";
const STALE_CHECK_MS: i32 = 5_000;
/// Connections in a row that close before opening while the server answers plain HTTP,
/// before the status says "refused" (one can be a server restarting).
const REFUSED_AFTER: u32 = 2;

impl LiveClient {
    /// Starts the client for `state`'s editor.
    pub fn start(state: EditorState, config: LiveConfig, hooks: LiveHooks) -> LiveClient {
        let inner = Rc::new(Inner {
            state,
            config,
            hooks,
            // Until the stored document is loaded (IndexedDB answers later): an empty one.
            session: RefCell::new(Session::new(collab::new_doc(), now_ms)),
            joining: RefCell::new(None),
            epoch: RefCell::new(String::new()),
            presence: RefCell::new(None),
            shown: RefCell::new(None),
            socket: RefCell::new(None),
            opened: Cell::new(false),
            never_opened: Cell::new(0),
            backoff: RefCell::new(Backoff::default()),
            channel: RefCell::new(None),
            applying: Cell::new(false),
            stopped: Cell::new(false),
            store_scheduled: Cell::new(false),
            handlers: RefCell::new(Vec::new()),
            window_listeners: RefCell::new(Vec::new()),
            reconnect_now: Cell::new(false),
            late_told: Cell::new(0),
            store_failed: Cell::new(false),
            seeded: RefCell::new(None),
            repairs_told: RefCell::new(Vec::new()),
            raw: RefCell::new(None),
            timers: RefCell::new(Vec::new()),
        });
        inner.listen_to_edits();
        inner.store_when_leaving();
        inner.follow_presence();
        inner.follow_network();
        inner.set_status(LiveStatus::Connecting);
        let this = inner.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let stored = match this.config.store {
                true => store::load(&storage_key(&this.config.url)).await,
                false => None,
            };
            if !this.stopped.get() {
                this.begin(stored);
            }
        });
        LiveClient { inner }
    }
}

impl Inner {
    /// Starts on the stored document (this room's plan as this device last had it: the
    /// truth), or on a new local one; then joins the tabs and the server.
    fn begin(self: &Rc<Self>, stored: Option<store::Stored>) {
        let restored = stored.and_then(|stored| {
            let doc = collab::session::restore(&stored.doc).ok()?;
            Some((doc, stored.waiting, stored.epoch))
        });
        let (doc, waiting, epoch) = restored.unwrap_or_else(|| {
            let local = format!("local-{}", uuid::Uuid::new_v4());
            (collab::new_doc(), 0, local)
        });
        let mut session = Session::new(doc, now_ms);
        session.set_waiting(waiting);
        let joining = (epoch != ROOM).then(|| Session::new(collab::new_doc(), now_ms));
        // Presence said while loading goes with the new sessions.
        if let Some(presence) = self.presence.borrow().as_ref() {
            let _ = session.set_presence(presence);
        }
        *self.session.borrow_mut() = session;
        *self.joining.borrow_mut() = joining;
        *self.epoch.borrow_mut() = epoch;
        if let Some(presence) = self.presence.borrow().clone() {
            let _ = self.with_server(|session| session.set_presence(&presence));
        }
        self.take_stored();
        self.open_tab_channel();
        self.connect();
    }

    fn lang(&self) -> crate::i18n::Lang {
        self.state.host.lang.get_untracked()
    }

    fn joined(&self) -> bool {
        self.shown.borrow().is_some()
    }

    fn set_status(&self, status: LiveStatus) {
        let waiting = self.session.borrow().waiting();
        (self.hooks.status)(&status, waiting);
        self.state.status.live.status.try_set(Some(status));
    }

    fn offline_status(&self) {
        let waiting = self.session.borrow().waiting();
        self.set_status(LiveStatus::Offline { waiting });
    }

    /// Shows `plan` instead of the one on screen, without writing it back.
    fn show(&self, plan: Plan, keep_aside: bool) {
        self.applying.set(true);
        (self.hooks.replace)(plan, keep_aside);
        self.applying.set(false);
    }

    fn take_stored(self: &Rc<Self>) {
        let read = self.read_shared(&self.session.borrow(), None);
        match read {
            Ok(plan) => {
                let differs = self.state.plan.with_untracked(|p| *p != plan);
                *self.shown.borrow_mut() = Some(plan.clone());
                if differs {
                    self.show(plan, true);
                }
            }
            Err(CollabError::NewerSchema { .. }) => self.make_read_only(),
            Err(_) => {
                // A new local document: it holds the plan on screen, for the other tabs.
                let Some(plan) = self.state.plan.try_get_untracked() else {
                    return;
                };
                let seeded = collab::seed(self.session.borrow().doc(), &plan);
                if seeded.is_ok() {
                    // The seed is no change of the user's: nothing waits because of it.
                    let _ = self.session.borrow_mut().take_local_updates();
                    self.session.borrow_mut().set_waiting(0);
                    *self.shown.borrow_mut() = Some(plan);
                    // Stored at once: a second tab opened now finds it and shares it.
                    if self.config.store {
                        self.store();
                    }
                }
            }
        }
    }

    /// The plan a session's document holds, as every device shows it: read (for a locked
    /// version, the content that was approved), then repaired. Changes that raced the
    /// approval are said once, in words: they are kept for the next version.
    ///
    /// With `touched` (what the update just applied touched), only that is read into the
    /// plan read before, when it can be ([`collab::patch`]): a keystroke from another device
    /// then costs its one item, not the whole plan.
    fn read_shared(
        &self,
        session: &Session,
        touched: Option<&collab::patch::Touched>,
    ) -> Result<Plan, CollabError> {
        let patched = {
            let mut raw = self.raw.borrow_mut();
            match (raw.take(), touched) {
                (Some(mut plan), Some(touched)) => {
                    collab::patch::patch(session.doc(), &mut plan, touched).then_some(plan)
                }
                _ => None,
            }
        };
        let read = match patched {
            Some(plan) => collab::Read {
                plan,
                unreadable: Vec::new(),
                late: Vec::new(),
            },
            None => collab::read(session.doc())?,
        };
        *self.raw.borrow_mut() = Some(read.plan.clone());
        let mut plan = read.plan;
        let repairs = collab::repair(&mut plan);
        // Repair runs on every read until someone edits: tell only what is new.
        let new: Vec<MergeNotice> = {
            let told = self.repairs_told.borrow();
            repairs
                .iter()
                .filter(|r| !told.contains(r))
                .cloned()
                .map(MergeNotice::Repaired)
                .collect()
        };
        *self.repairs_told.borrow_mut() = repairs;
        self.state.tell_merge(new);
        let late = read.late.len();
        if late > 0 && self.late_told.replace(late) != late {
            let text = (self.lang().live().late_edits)(late);
            self.state.status.notice.try_set(Some(text));
        }
        Ok(plan)
    }

    fn in_room(&self) -> bool {
        *self.epoch.borrow() == ROOM
    }

    /// The session the socket speaks through.
    fn with_server<R>(&self, f: impl FnOnce(&mut Session) -> R) -> R {
        let mut joining = self.joining.borrow_mut();
        match joining.as_mut() {
            Some(session) => f(session),
            None => f(&mut self.session.borrow_mut()),
        }
    }

    fn make_read_only(&self) {
        self.state.host.read_only.try_set(true);
        self.set_status(LiveStatus::Newer);
    }

    // ----- local edits -----

    fn listen_to_edits(self: &Rc<Self>) {
        let weak = Rc::downgrade(self);
        self.state.on_record(move |recorded| {
            let Some(this) = weak.upgrade() else {
                return;
            };
            if this.applying.get() || this.stopped.get() || !this.joined() {
                return;
            }
            this.write_local(recorded);
        });
    }

    fn write_local(self: &Rc<Self>, recorded: Recorded<'_>) {
        let Some(after) = self.state.plan.try_get_untracked() else {
            return;
        };
        let written = {
            let session = self.session.borrow();
            let shown = self.shown.borrow();
            match (recorded, shown.as_ref()) {
                (Recorded::Edit(edit), Some(before)) => {
                    collab::write_edit(session.doc(), before, edit, &after)
                }
                _ => collab::seed(session.doc(), &after),
            }
        };
        if matches!(recorded, Recorded::Replaced) && written.is_ok() && self.in_room() {
            *self.seeded.borrow_mut() = Some(after.clone());
        }
        if let Err(err) = written {
            web_sys::console::warn_1(
                &format!("helhedsplan: a change was not shared: {err}").into(),
            );
            return;
        }
        *self.shown.borrow_mut() = Some(after);
        // The plan read last, moved past this write (or read whole next time).
        let touched = self.session.borrow().take_touched();
        let patched = {
            let session = self.session.borrow();
            let raw = self.raw.borrow_mut().take();
            raw.and_then(|mut plan| {
                collab::patch::patch(session.doc(), &mut plan, &touched).then_some(plan)
            })
        };
        *self.raw.borrow_mut() = patched;
        self.send_local();
    }

    /// Sends what this device wrote: to the server when in the room's document, to the
    /// other tabs when not in step with the server (in step, they get it from the server).
    /// A local document's updates never go to the server.
    fn send_local(self: &Rc<Self>) {
        let in_room = self.in_room();
        let (updates, in_step) = {
            let mut session = self.session.borrow_mut();
            (session.take_local_updates(), in_room && session.in_step())
        };
        for update in &updates {
            if in_room {
                self.send_to_server(update);
            }
            if !in_step {
                self.post_to_tabs(update);
            }
        }
        let offline = self
            .state
            .status
            .live
            .status
            .with_untracked(|s| matches!(s, Some(LiveStatus::Offline { .. })));
        if offline {
            self.offline_status();
        }
        self.store_soon();
    }

    // ----- the server -----

    fn connect(self: &Rc<Self>) {
        if self.stopped.get() {
            return;
        }
        let url = with_token(&self.config.url, self.config.token.as_deref());
        let socket = match WebSocket::new(&url) {
            Ok(socket) => socket,
            Err(_) => {
                web_sys::console::warn_1(
                    &"helhedsplan-editor: collab-url is not a WebSocket URL (ws:// or wss://)"
                        .into(),
                );
                self.set_status(LiveStatus::Refused);
                return;
            }
        };
        socket.set_binary_type(BinaryType::Arraybuffer);
        self.opened.set(false);
        let on_open = self.handler(|this, _| this.opened_socket());
        let on_message = self.handler(|this, event| {
            if let Some(bytes) = bytes_of(&event) {
                this.receive(&bytes, true);
            }
        });
        let on_close = self.handler(|this, event| {
            let code = event
                .dyn_ref::<web_sys::CloseEvent>()
                .map(web_sys::CloseEvent::code);
            this.closed_socket(code);
        });
        socket.set_onopen(Some(on_open.as_ref().unchecked_ref()));
        socket.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        socket.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        self.handlers
            .borrow_mut()
            .extend([on_open, on_message, on_close]);
        *self.socket.borrow_mut() = Some(socket);
    }

    /// A closure for the browser that reaches this client while it lives.
    fn handler(self: &Rc<Self>, body: impl Fn(&Rc<Inner>, JsValue) + 'static) -> Handler {
        let weak = Rc::downgrade(self);
        Closure::new(move |event: JsValue| {
            if let Some(this) = weak.upgrade() {
                if !this.stopped.get() {
                    body(&this, event);
                }
            }
        })
    }

    fn opened_socket(self: &Rc<Self>) {
        self.opened.set(true);
        self.never_opened.set(0);
        self.backoff.borrow_mut().reset();
        let hello = self.with_server(Session::hello);
        self.send_to_server(&hello);
        self.send_presence();
    }

    fn closed_socket(self: &Rc<Self>, code: Option<u16>) {
        self.with_server(Session::disconnected);
        self.socket.borrow_mut().take();
        if self.stopped.get() {
            return;
        }
        // 4401/4403: the server's "unauthorized"/"forbidden" (as examples/collab-server.js
        // closes after the protocol's "permission denied"); 1008: policy violation.
        if matches!(code, Some(4401 | 4403 | 1008)) {
            self.set_status(LiveStatus::Refused);
            return;
        }
        let refused = self
            .state
            .status
            .live
            .status
            .with_untracked(|s| matches!(s, Some(LiveStatus::Refused)));
        if refused {
            return;
        }
        self.offline_status();
        self.state.status.live.peers.try_set(Vec::new());
        if !self.opened.get() {
            self.never_opened.set(self.never_opened.get() + 1);
        }
        let wait = self.backoff.borrow_mut().next_wait_ms(None);
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if this.never_opened.get() >= REFUSED_AFTER && server_answers(&this.config.url).await {
                this.set_status(LiveStatus::Refused);
                return;
            }
            sleep_ms(wait as i32).await;
            // The network came back meanwhile and a connection is already under way.
            if this.reconnect_now.replace(false) && this.socket.borrow().is_some() {
                return;
            }
            if this.socket.borrow().is_none() {
                this.connect();
            }
        });
    }

    /// The browser knows before the socket does that the network is gone (a phone in a
    /// tunnel): close at once and say "offline"; when it is back, connect at once.
    fn follow_network(self: &Rc<Self>) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let offline = self.handler(|this, _| {
            let socket = this.socket.borrow().clone();
            if let Some(socket) = socket {
                let _ = socket.close();
            }
        });
        let online = self.handler(|this, _| {
            this.backoff.borrow_mut().reset();
            this.reconnect_now.set(true);
            if this.socket.borrow().is_none() {
                this.connect();
            }
        });
        let _ =
            window.add_event_listener_with_callback("offline", offline.as_ref().unchecked_ref());
        let _ = window.add_event_listener_with_callback("online", online.as_ref().unchecked_ref());
        self.window_listeners
            .borrow_mut()
            .extend([("offline", offline), ("online", online)]);
    }

    fn send_to_server(&self, bytes: &[u8]) {
        if let Some(socket) = self.socket.borrow().as_ref() {
            if socket.ready_state() == WebSocket::OPEN {
                let _ = socket.send_with_u8_array(bytes);
            }
        }
    }

    fn receive(self: &Rc<Self>, bytes: &[u8], from_server: bool) {
        let joining = from_server && self.joining.borrow().is_some();
        let received = if from_server {
            self.with_server(|session| session.receive(bytes))
        } else {
            self.session.borrow_mut().receive_from_tab(bytes)
        };
        let received = match received {
            Ok(received) => received,
            Err(SessionError::Refused(_)) => {
                self.set_status(LiveStatus::Refused);
                if let Some(socket) = self.socket.borrow().as_ref() {
                    let _ = socket.close();
                }
                return;
            }
            Err(err) => {
                web_sys::console::warn_1(
                    &format!("helhedsplan: a message from the server was not used: {err}").into(),
                );
                self.state.announce(self.lang().live().garbled);
                return;
            }
        };
        for reply in &received.replies {
            if from_server {
                self.send_to_server(reply);
            } else {
                self.post_to_tabs(reply);
            }
        }
        if joining {
            // Until the first sync with the room, its document is only looked at.
            if received.merged.is_some() {
                self.adopt_room();
            }
            if received.presence_changed {
                self.refresh_peers();
            }
            return;
        }
        if let Some(merged) = received.merged {
            self.set_status(LiveStatus::Online);
            if merged > 0 {
                self.state.announce((self.lang().live().merged)(merged));
            }
            self.send_local();
        }
        if received.plan_changed {
            self.follow_document(&received.touched);
        }
        if !received.lost.is_empty() {
            let notices = received.lost.into_iter().map(MergeNotice::Lost).collect();
            self.state.tell_merge(notices);
        }
        if received.presence_changed {
            self.refresh_peers();
        }
        if received.plan_changed || received.merged.is_some() {
            self.store_soon();
        }
    }

    /// First in step with the room: from now on this device edits the room's document.
    /// An empty room is seeded with the plan on screen (everything done here before, also
    /// offline, is in it); a room that holds a plan shows that plan, and a different plan
    /// on screen is kept aside, never merged into it.
    fn adopt_room(self: &Rc<Self>) {
        let Some(room) = self.joining.borrow_mut().take() else {
            return;
        };
        let waiting_here = self.session.borrow().waiting();
        let read = self.read_shared(&room, None);
        *self.session.borrow_mut() = room;
        if read.is_err() {
            // Nothing read from the room (an empty room is seeded now): read whole next time.
            *self.raw.borrow_mut() = None;
        }
        *self.epoch.borrow_mut() = ROOM.to_string();
        match read {
            Err(CollabError::Empty) => {
                let Some(plan) = self.state.plan.try_get_untracked() else {
                    return;
                };
                if collab::seed(self.session.borrow().doc(), &plan).is_ok() {
                    *self.seeded.borrow_mut() = Some(plan.clone());
                    *self.shown.borrow_mut() = Some(plan);
                }
                self.set_status(LiveStatus::Online);
                if waiting_here > 0 {
                    self.state
                        .announce((self.lang().live().merged)(waiting_here));
                }
            }
            Ok(plan) => {
                let differs = self.state.plan.with_untracked(|p| *p != plan);
                *self.shown.borrow_mut() = Some(plan.clone());
                self.set_status(LiveStatus::Online);
                if differs {
                    self.show(plan, true);
                    self.state.announce(self.lang().live().joined_other_plan);
                }
            }
            Err(CollabError::NewerSchema { .. }) => {
                *self.shown.borrow_mut() = None;
                self.make_read_only();
            }
            Err(_) => {
                // Not a plan this editor can read: never seeded over, never written into.
                *self.shown.borrow_mut() = None;
                self.state.host.read_only.try_set(true);
                self.state.announce(self.lang().live().garbled);
            }
        }
        self.open_tab_channel();
        self.send_local();
        self.store();
    }

    /// Another device's change arrived: show the plan as the document now holds it.
    fn follow_document(self: &Rc<Self>, touched: &collab::patch::Touched) {
        if self.withdraw_if_outseeded() {
            return;
        }
        let read = self.read_shared(&self.session.borrow(), Some(touched));
        match read {
            Ok(plan) => {
                let author = {
                    let shown = self.shown.borrow();
                    newest_author(shown.as_ref(), &plan)
                };
                *self.shown.borrow_mut() = Some(plan.clone());
                self.applying.set(true);
                self.state.follow_remote(plan, author);
                self.applying.set(false);
            }
            Err(CollabError::NewerSchema { .. }) => self.make_read_only(),
            Err(_) => {}
        }
    }

    /// Another device seeded the room at the same moment with another plan, and its seed
    /// stays (`collab::seeds`): take this device's seed out again, show the room's plan
    /// and keep this device's aside. `true` when it did.
    fn withdraw_if_outseeded(self: &Rc<Self>) -> bool {
        let Some(mine) = self.seeded.borrow().clone() else {
            return false;
        };
        if !self.in_room() {
            return false;
        }
        let withdrew = collab::seeds::withdraw_if_outseeded(self.session.borrow().doc(), &mine);
        if withdrew != Ok(true) {
            return false;
        }
        *self.seeded.borrow_mut() = None;
        *self.raw.borrow_mut() = None;
        let _ = self.session.borrow().take_touched();
        let read = self.read_shared(&self.session.borrow(), None);
        if let Ok(plan) = read {
            *self.shown.borrow_mut() = Some(plan.clone());
            self.show(plan, true);
            self.state.announce(self.lang().live().joined_other_plan);
        }
        self.send_local();
        true
    }

    // ----- other tabs -----

    /// The channel to this browser's other tabs on the same document (room and epoch).
    fn open_tab_channel(self: &Rc<Self>) {
        if let Some(old) = self.channel.borrow_mut().take() {
            old.set_onmessage(None);
            old.close();
        }
        let name = format!(
            "helhedsplan-live {} {}",
            room_of(&self.config.url),
            self.epoch.borrow()
        );
        let Ok(channel) = BroadcastChannel::new(&name) else {
            return;
        };
        let on_message = self.handler(|this, event| {
            if let Some(bytes) = bytes_of(&event) {
                this.receive(&bytes, false);
            }
        });
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        self.handlers.borrow_mut().push(on_message);
        *self.channel.borrow_mut() = Some(channel);
        let hello = self.session.borrow().hello_tabs();
        self.post_to_tabs(&hello);
    }

    /// A reload or a closed tab must not lose the last changes still waiting to be stored.
    fn store_when_leaving(self: &Rc<Self>) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let leaving = self.handler(|this, _| {
            if this.store_scheduled.get() {
                this.store();
            }
        });
        let _ =
            window.add_event_listener_with_callback("pagehide", leaving.as_ref().unchecked_ref());
        self.window_listeners
            .borrow_mut()
            .push(("pagehide", leaving));
    }

    fn post_to_tabs(&self, bytes: &[u8]) {
        if let Some(channel) = self.channel.borrow().as_ref() {
            let array = js_sys::Uint8Array::from(bytes);
            let _ = channel.post_message(&array.buffer());
        }
    }

    // ----- presence -----

    fn follow_presence(self: &Rc<Self>) {
        let weak = Rc::downgrade(self);
        let state = self.state;
        Effect::new(move |_| {
            let section = state.nav.section.get();
            let actor = state.host.actor.get();
            let item = state.nav.editing.get();
            let Some(this) = weak.upgrade() else {
                return;
            };
            let presence = Presence {
                name: actor.name.clone(),
                role: role_key(actor.role).to_string(),
                section: section.key().to_string(),
                item,
            };
            let message = this.with_server(|session| session.set_presence(&presence));
            // The room's session takes it over when it is adopted.
            let _ = this.session.borrow_mut().set_presence(&presence);
            *this.presence.borrow_mut() = Some(presence);
            if let Some(message) = message {
                this.send_to_server(&message);
            }
        });
        let renew = self.handler(|this, _| {
            this.send_presence();
            if this.with_server(Session::forget_stale) {
                this.refresh_peers();
            }
        });
        if let Some(window) = web_sys::window() {
            if let Ok(id) = window.set_interval_with_callback_and_timeout_and_arguments_0(
                renew.as_ref().unchecked_ref(),
                STALE_CHECK_MS,
            ) {
                self.timers.borrow_mut().push(id);
            }
        }
        self.handlers.borrow_mut().push(renew);
    }

    fn send_presence(&self) {
        let message = self.with_server(|session| session.presence_message());
        if let Some(message) = message {
            self.send_to_server(&message);
        }
    }

    fn refresh_peers(&self) {
        let peers = self
            .with_server(|session| session.peers())
            .into_iter()
            .map(|peer| Peer {
                client: peer.client,
                name: peer.presence.name,
                role: serde_json::from_value::<Role>(serde_json::Value::String(peer.presence.role))
                    .ok(),
                section: Section::from_key(&peer.presence.section),
                item: peer.presence.item,
            })
            .collect();
        self.state.status.live.peers.try_set(peers);
    }

    // ----- storage -----

    fn store_soon(self: &Rc<Self>) {
        // Not before the stored document is loaded: it would be written over.
        if !self.config.store
            || self.epoch.borrow().is_empty()
            || self.store_scheduled.replace(true)
        {
            return;
        }
        let this = self.clone();
        // After a refused write (storage full) each try costs a whole encoding of the
        // document: try again only now and then.
        let delay = if self.store_failed.get() {
            STORE_RETRY_MS
        } else {
            STORE_DELAY_MS
        };
        wasm_bindgen_futures::spawn_local(async move {
            sleep_ms(delay).await;
            this.store_scheduled.set(false);
            if !this.stopped.get() {
                this.store();
            }
        });
    }

    /// The document as it is now, to keep on this device.
    fn snapshot(&self) -> store::Stored {
        let session = self.session.borrow();
        store::Stored {
            doc: session.encode_state(),
            waiting: session.waiting(),
            epoch: self.epoch.borrow().clone(),
        }
    }

    fn store(self: &Rc<Self>) {
        let snapshot = self.snapshot();
        let key = storage_key(&self.config.url);
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let stored = store::save(&key, &snapshot).await;
            if !stored && !this.store_failed.get() {
                this.state.announce(this.lang().live().not_stored);
            }
            this.store_failed.set(!stored);
        });
    }

    fn stop(&self) {
        if self.stopped.replace(true) {
            return;
        }
        if self.store_scheduled.get() && self.config.store && !self.epoch.borrow().is_empty() {
            let snapshot = self.snapshot();
            let key = storage_key(&self.config.url);
            wasm_bindgen_futures::spawn_local(async move {
                let _ = store::save(&key, &snapshot).await;
            });
        }
        let leave = self.with_server(Session::leave);
        if let Some(leave) = leave {
            self.send_to_server(&leave);
        }
        if let Some(socket) = self.socket.borrow_mut().take() {
            socket.set_onclose(None);
            let _ = socket.close();
        }
        if let Some(channel) = self.channel.borrow_mut().take() {
            channel.set_onmessage(None);
            channel.close();
        }
        if let Some(window) = web_sys::window() {
            for id in self.timers.borrow_mut().drain(..) {
                window.clear_interval_with_handle(id);
            }
            for (name, listener) in self.window_listeners.borrow_mut().drain(..) {
                let _ = window
                    .remove_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
            }
        }
    }
}

// ----- helpers -----

/// Who wrote the newest change-log entry that `before` did not have (the author of the
/// change that just arrived; entries from two devices can interleave in the log).
fn newest_author(before: Option<&Plan>, after: &Plan) -> Option<crate::model::Actor> {
    let known = |entry: &crate::model::ChangeEntry| {
        before.is_some_and(|b| b.change_log.iter().any(|old| old == entry))
    };
    after
        .change_log
        .iter()
        .rev()
        .find(|entry| !known(entry))
        .map(|entry| crate::model::Actor {
            role: entry.role,
            name: entry.name.clone(),
        })
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

fn role_key(role: Role) -> &'static str {
    match role {
        Role::Citizen => "citizen",
        Role::Caseworker => "caseworker",
        Role::Professional => "professional",
    }
}

/// The room's URL without its query (where a token may be): the key for this room's
/// stored document and tab channel.
fn room_of(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or(url)
}

fn storage_key(url: &str) -> String {
    format!("helhedsplan-live:{}", room_of(url))
}

fn with_token(url: &str, token: Option<&str>) -> String {
    match token.filter(|t| !t.is_empty()) {
        Some(token) => {
            let joiner = if url.contains('?') { '&' } else { '?' };
            let token: String = js_sys::encode_uri_component(token).into();
            format!("{url}{joiner}token={token}")
        }
        None => url.to_string(),
    }
}

fn bytes_of(event: &JsValue) -> Option<Vec<u8>> {
    let event: &MessageEvent = event.dyn_ref()?;
    let data = event.data();
    if let Some(buffer) = data.dyn_ref::<js_sys::ArrayBuffer>() {
        return Some(js_sys::Uint8Array::new(buffer).to_vec());
    }
    data.dyn_ref::<js_sys::Uint8Array>().map(|a| a.to_vec())
}

/// Whether the server behind a WebSocket URL answers plain HTTP (without the token): then
/// a socket that never opens was refused, not unreachable.
async fn server_answers(url: &str) -> bool {
    let http = if let Some(rest) = url.strip_prefix("wss://") {
        format!("https://{rest}")
    } else if let Some(rest) = url.strip_prefix("ws://") {
        format!("http://{rest}")
    } else {
        return false;
    };
    let origin = match http
        .find("://")
        .and_then(|i| http[i + 3..].find('/').map(|j| i + 3 + j))
    {
        Some(end) => http[..end].to_string(),
        None => room_of(&http).to_string(),
    };
    let Some(window) = web_sys::window() else {
        return false;
    };
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::NoCors);
    init.set_cache(web_sys::RequestCache::NoStore);
    let request = window.fetch_with_str_and_init(&format!("{origin}/"), &init);
    wasm_bindgen_futures::JsFuture::from(request).await.is_ok()
}

async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
