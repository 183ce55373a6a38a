//! One device's side of a room: the y-websocket wire protocol (Yjs sync steps 1 and 2,
//! updates, awareness) over any channel that carries whole messages in order — a
//! WebSocket to the server, a BroadcastChannel to the other tabs. No sockets here: the
//! platform hands in what arrived and sends what this returns, so the protocol, the
//! offline count and presence are tested natively.
//!
//! The encoding and the protocol steps are `yrs::sync`'s ([`DefaultProtocol`]); this adds
//! what a device needs around them: an upper bound on what it accepts, decoding a whole
//! message before any of it is applied (a garbled tail changes nothing), the updates this
//! device wrote (to send), whether it is in step with the other side, and how many of its
//! changes wait for that.

use std::cell::RefCell;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use yrs::encoding::read::Cursor;
use yrs::sync::protocol::{MessageReader, Protocol};
use yrs::sync::{Awareness, DefaultProtocol, Message, SyncMessage};
use yrs::updates::decoder::{Decode, DecoderV1};
use yrs::updates::encoder::Encode;
use yrs::{Doc, ReadTxn, StateVector, Transact, Update};

use super::LOCAL_ORIGIN;

/// The largest message a device takes in (a whole plan of 300 goals and 2,000
/// interventions is about 3 MiB as a document; see `tests/collab_session.rs`). A
/// larger one is refused before it is decoded.
pub const MAX_MESSAGE_BYTES: usize = 16 * 1024 * 1024;

/// A remote person's presence older than this is dropped, like y-websocket's clients do
/// (a device renews its own every [`PRESENCE_RENEW_MS`]).
pub const PRESENCE_TIMEOUT_MS: u64 = 30_000;
pub const PRESENCE_RENEW_MS: u64 = 15_000;

/// Milliseconds since the Unix epoch (the browser's `Date.now()`, or the system clock).
pub type Clock = fn() -> u64;

/// Who is here and where, as this device tells the others (the awareness state).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presence {
    pub name: String,
    /// The role's serde name (`citizen`, `caseworker` …).
    pub role: String,
    /// The part of the plan shown (a section key).
    #[serde(default)]
    pub section: String,
    /// The item being edited (its id), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
}

/// Another device in the room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peer {
    /// Its Yjs client id (stable for the connection; a colour may be derived from it).
    pub client: u64,
    pub presence: Presence,
}

/// What one received message did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Received {
    /// Messages to send back on the channel it came from (a sync step 2 answering a step 1).
    pub replies: Vec<Vec<u8>>,
    /// Another device's changes were applied: read the plan again.
    pub plan_changed: bool,
    /// Someone arrived, left or moved.
    pub presence_changed: bool,
    /// This device is now in step with the other side (both sync steps done); how many
    /// of its own changes that merged.
    pub merged: Option<u32>,
    /// This device's short-field values that a concurrent value from elsewhere replaced
    /// (last writer wins): the person is told, with theirs one click away.
    pub lost: Vec<crate::model::merge_notice::LostValue>,
}

/// Why a message was not taken. The document is untouched in every case.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error("a message of {bytes} bytes is larger than the {limit} bytes taken")]
    TooLarge { bytes: usize, limit: usize },
    #[error("the message does not read as the Yjs protocol: {0}")]
    Garbled(String),
    #[error("the server refused this device: {0}")]
    Refused(String),
    #[error("the update does not apply: {0}")]
    Update(String),
}

/// One device's side of a room (see the module docs).
pub struct Session {
    awareness: Awareness,
    /// Updates this device wrote, not yet taken by [`Session::take_local_updates`].
    written: Rc<RefCell<Vec<Vec<u8>>>>,
    /// Whether another device's update was applied since the flag was last read.
    remote_applied: Rc<RefCell<bool>>,
    clock: Clock,
    /// Both sync steps done with the current connection.
    sent_step2: bool,
    got_step2: bool,
    /// Changes this device made while not in step with the server.
    waiting: u32,
}

impl Session {
    /// A session over `doc` (made with [`super::new_doc`]), which may already hold the
    /// state this device stored.
    pub fn new(doc: Doc, clock: Clock) -> Self {
        let written = Rc::new(RefCell::new(Vec::new()));
        let remote_applied = Rc::new(RefCell::new(false));
        {
            let written = written.clone();
            let remote_applied = remote_applied.clone();
            // Fails only while a transaction is open, and none is: the doc is new to us.
            let _ = doc.observe_update_v1("helhedsplan-session", move |txn, event| {
                let local = txn
                    .origin()
                    .is_some_and(|origin| origin.as_ref() == LOCAL_ORIGIN.as_bytes());
                if local {
                    written.borrow_mut().push(event.update.clone());
                } else {
                    *remote_applied.borrow_mut() = true;
                }
            });
        }
        Session {
            awareness: Awareness::with_clock(doc, clock),
            written,
            remote_applied,
            clock,
            sent_step2: false,
            got_step2: false,
            waiting: 0,
        }
    }

    pub fn doc(&self) -> &Doc {
        self.awareness.doc()
    }

    /// This device's Yjs client id.
    pub fn client_id(&self) -> u64 {
        self.awareness.client_id().get()
    }

    /// A new connection opened: what to send first (sync step 1 with this device's state
    /// vector, and its presence). The connection is not in step until both steps are done.
    pub fn hello(&mut self) -> Vec<u8> {
        self.sent_step2 = false;
        self.got_step2 = false;
        let mut bytes = Vec::new();
        let mut encoder = yrs::updates::encoder::EncoderV1::new();
        if DefaultProtocol.start(&self.awareness, &mut encoder).is_ok() {
            bytes = yrs::updates::encoder::Encoder::to_vec(encoder);
        }
        bytes
    }

    /// The connection closed: changes from now on wait.
    pub fn disconnected(&mut self) {
        self.sent_step2 = false;
        self.got_step2 = false;
    }

    /// In step with the other side: both sync steps done on the current connection.
    pub fn in_step(&self) -> bool {
        self.sent_step2 && self.got_step2
    }

    /// This device's changes not yet sent to a server it is in step with.
    pub fn waiting(&self) -> u32 {
        self.waiting
    }

    /// Sets the count of waiting changes (restored with the stored document).
    pub fn set_waiting(&mut self, waiting: u32) {
        self.waiting = waiting;
    }

    /// Takes one message that arrived from the server. Decodes all of it first: if any
    /// part does not read, nothing is applied.
    pub fn receive(&mut self, data: &[u8]) -> Result<Received, SessionError> {
        self.take(data, true)
    }

    /// Takes one message from another tab of this browser (a BroadcastChannel): the same
    /// protocol, but it says nothing about being in step with the server.
    pub fn receive_from_tab(&mut self, data: &[u8]) -> Result<Received, SessionError> {
        self.take(data, false)
    }

    /// A sync step 1 for the other tabs (they answer with what this tab lacks).
    pub fn hello_tabs(&self) -> Vec<u8> {
        let state_vector = self.doc().transact().state_vector();
        Message::Sync(SyncMessage::SyncStep1(state_vector)).encode_v1()
    }

    fn take(&mut self, data: &[u8], server: bool) -> Result<Received, SessionError> {
        if data.len() > MAX_MESSAGE_BYTES {
            return Err(SessionError::TooLarge {
                bytes: data.len(),
                limit: MAX_MESSAGE_BYTES,
            });
        }
        let messages = decode_all(data)?;
        *self.remote_applied.borrow_mut() = false;
        let was_in_step = self.in_step();
        let mut received = Received::default();
        for message in messages {
            match message {
                Message::Sync(SyncMessage::SyncStep1(state_vector)) => {
                    let update = self
                        .doc()
                        .transact()
                        .encode_state_as_update_v1(&state_vector);
                    received
                        .replies
                        .push(Message::Sync(SyncMessage::SyncStep2(update)).encode_v1());
                    self.sent_step2 |= server;
                }
                Message::Sync(SyncMessage::SyncStep2(update)) => {
                    received.lost.extend(self.apply(&update)?);
                    self.got_step2 |= server;
                }
                Message::Sync(SyncMessage::Update(update)) => {
                    received.lost.extend(self.apply(&update)?);
                }
                Message::Awareness(update) => {
                    self.awareness
                        .apply_update(update)
                        .map_err(|e| SessionError::Garbled(e.to_string()))?;
                    received.presence_changed = true;
                }
                Message::AwarenessQuery => {
                    if let Ok(update) = self.awareness.update() {
                        received
                            .replies
                            .push(Message::Awareness(update).encode_v1());
                    }
                }
                Message::Auth(Some(reason)) => return Err(SessionError::Refused(reason)),
                Message::Auth(None) | Message::Custom(..) => {}
            }
        }
        received.plan_changed = *self.remote_applied.borrow();
        if !was_in_step && self.in_step() {
            received.merged = Some(std::mem::take(&mut self.waiting));
        }
        Ok(received)
    }

    /// Applies one update; names this device's values a concurrent one replaced.
    fn apply(
        &mut self,
        update: &[u8],
    ) -> Result<Vec<crate::model::merge_notice::LostValue>, SessionError> {
        let update = Update::decode_v1(update).map_err(|e| SessionError::Garbled(e.to_string()))?;
        let mut txn = self.doc().transact_mut();
        txn.apply_update(update)
            .map_err(|e| SessionError::Update(e.to_string()))?;
        Ok(super::conflicts::lost_in(&txn))
    }

    /// The updates this device wrote since the last call (each one transaction, by
    /// `collab::write_edit` or `collab::seed`), as messages for the other side. Counted
    /// as waiting when not in step with a server.
    pub fn take_local_updates(&mut self) -> Vec<Vec<u8>> {
        let updates = std::mem::take(&mut *self.written.borrow_mut());
        if !self.in_step() {
            self.waiting = self.waiting.saturating_add(updates.len() as u32);
        }
        updates
            .into_iter()
            .map(|update| Message::Sync(SyncMessage::Update(update)).encode_v1())
            .collect()
    }

    /// The whole document, to store on this device (restored with [`restore`]).
    pub fn encode_state(&self) -> Vec<u8> {
        self.doc()
            .transact()
            .encode_state_as_update_v1(&StateVector::default())
    }

    /// Tells the others who and where this person is; returns the message to send.
    pub fn set_presence(&mut self, presence: &Presence) -> Option<Vec<u8>> {
        self.awareness.set_local_state(presence).ok()?;
        self.presence_message()
    }

    /// This device's presence again (sent every [`PRESENCE_RENEW_MS`] so that others keep it).
    pub fn presence_message(&self) -> Option<Vec<u8>> {
        let me = self.awareness.client_id();
        let update = self.awareness.update_with_clients([me]).ok()?;
        Some(Message::Awareness(update).encode_v1())
    }

    /// This device leaves: the message that removes its presence from the others.
    pub fn leave(&mut self) -> Option<Vec<u8>> {
        self.awareness.clean_local_state();
        self.presence_message()
    }

    /// Drops other devices' presence not renewed within [`PRESENCE_TIMEOUT_MS`]; whether
    /// any went.
    pub fn forget_stale(&mut self) -> bool {
        let now = (self.clock)();
        let me = self.awareness.client_id();
        let stale: Vec<_> = self
            .awareness
            .iter()
            .filter(|(client, state)| {
                *client != me
                    && state.data.is_some()
                    && now.saturating_sub(state.last_updated) > PRESENCE_TIMEOUT_MS
            })
            .map(|(client, _)| client)
            .collect();
        for client in &stale {
            self.awareness.remove_state(*client);
        }
        !stale.is_empty()
    }

    /// The other devices here now, by client id. A state that does not read as a
    /// [`Presence`] (another application's) is left out.
    pub fn peers(&self) -> Vec<Peer> {
        let me = self.awareness.client_id();
        let mut peers: Vec<Peer> = self
            .awareness
            .iter()
            .filter(|(client, _)| *client != me)
            .filter_map(|(client, state)| {
                let presence = serde_json::from_str(state.data.as_deref()?).ok()?;
                Some(Peer {
                    client: client.get(),
                    presence,
                })
            })
            .collect();
        peers.sort_by_key(|peer| peer.client);
        peers
    }
}

/// A document restored from [`Session::encode_state`]'s bytes.
pub fn restore(state: &[u8]) -> Result<Doc, SessionError> {
    let update = Update::decode_v1(state).map_err(|e| SessionError::Garbled(e.to_string()))?;
    let doc = super::new_doc();
    doc.transact_mut()
        .apply_update(update)
        .map_err(|e| SessionError::Update(e.to_string()))?;
    Ok(doc)
}

fn decode_all(data: &[u8]) -> Result<Vec<Message>, SessionError> {
    let mut decoder = DecoderV1::new(Cursor::new(data));
    let mut messages = Vec::new();
    for message in MessageReader::new(&mut decoder) {
        messages.push(message.map_err(|e| SessionError::Garbled(e.to_string()))?);
    }
    // The reader stops quietly at a message cut short; what it read, written again, must
    // be all that came (lib0 writes one way only), or the tail was lost.
    let read: usize = messages.iter().map(|m| m.encode_v1().len()).sum();
    if messages.is_empty() || read != data.len() {
        return Err(SessionError::Garbled(format!(
            "{} of {} bytes read",
            read,
            data.len()
        )));
    }
    Ok(messages)
}
