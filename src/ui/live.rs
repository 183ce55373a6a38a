//! Live co-authoring as the user sees it: the connection's status line and who else is
//! here, in text (name, role, the part of the plan they are in) — colour is never the only
//! sign. The platform's network client (in the platform layer, built with `--features collab`)
//! fills [`Live`]; without `collab-url` nothing here shows.

use leptos::prelude::*;

use super::state::{use_editor, Section};
use crate::model::Role;

/// The connection to the shared plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiveStatus {
    Connecting,
    Online,
    /// No connection; this many of the user's changes wait on this device.
    Offline {
        waiting: u32,
    },
    /// The server did not let this device in.
    Refused,
    /// The shared plan is newer than this editor: read-only.
    Newer,
}

impl LiveStatus {
    /// The name the host sees in `collab-status` events.
    pub fn key(&self) -> &'static str {
        match self {
            LiveStatus::Connecting => "connecting",
            LiveStatus::Online => "online",
            LiveStatus::Offline { .. } => "offline",
            LiveStatus::Refused => "refused",
            LiveStatus::Newer => "read-only",
        }
    }
}

/// Another person in the room, as their device tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peer {
    /// Their device's id in the room (stable while connected).
    pub client: u64,
    pub name: String,
    pub role: Option<Role>,
    pub section: Option<Section>,
    /// The item they are editing (its id).
    pub item: Option<String>,
}

/// What the network client tells the editor. Provided through [`super::Status`].
#[derive(Clone, Copy)]
pub struct Live {
    /// `None` without `collab-url`.
    pub status: RwSignal<Option<LiveStatus>>,
    pub peers: RwSignal<Vec<Peer>>,
}

impl Live {
    pub fn new() -> Self {
        Live {
            status: RwSignal::new(None),
            peers: RwSignal::new(Vec::new()),
        }
    }

    /// Who else is editing `item` now (for a marker on it).
    pub fn editing(&self, item: &str) -> Vec<String> {
        self.peers.with(|peers| {
            peers
                .iter()
                .filter(|p| p.item.as_deref() == Some(item))
                .map(|p| p.name.clone())
                .collect()
        })
    }
}

impl Default for Live {
    fn default() -> Self {
        Self::new()
    }
}

/// The status line and the list of people here. Renders nothing without `collab-url`.
#[component]
pub fn LiveBar() -> impl IntoView {
    let state = use_editor();
    let live = state.status.live;
    let lang = move || state.host.lang.get();
    let t = move || lang().live();
    view! {
        <Show when=move || live.status.with(Option::is_some)>
            <div class="hp-live">
                <p class="hp-live-status" role="status" aria-live="polite"
                    data-live=move || live.status.with(|s| s.as_ref().map(LiveStatus::key).unwrap_or_default())
                    class:hp-live-problem=move || !matches!(live.status.get(), Some(LiveStatus::Online | LiveStatus::Connecting))>
                    <span class="hp-visually-hidden">{move || t().status_label}" "</span>
                    {move || match live.status.get() {
                        Some(LiveStatus::Connecting) => t().connecting.to_string(),
                        Some(LiveStatus::Online) => format!("✓ {}", t().online),
                        Some(LiveStatus::Offline { waiting }) => format!("⚠ {}", (t().offline)(waiting)),
                        Some(LiveStatus::Refused) => format!("⚠ {}", t().refused),
                        Some(LiveStatus::Newer) => format!("⚠ {}", t().newer),
                        None => String::new(),
                    }}
                </p>
                <Show when=move || live.peers.with(|p| !p.is_empty())>
                    <div class="hp-live-peers">
                        <span id=state.dom_id("live-here")>{move || t().here_now}</span>
                        <ul aria-labelledby=state.dom_id("live-here")>
                            <For each=move || live.peers.get() key=|p| (p.client, p.name.clone(), p.section, p.item.clone()) let:peer>
                                <li class="hp-live-peer" data-colour=peer.client % 6>
                                    <span class="hp-live-dot" aria-hidden="true"></span>
                                    {move || {
                                        let lang = lang();
                                        let role = peer.role.map(|r| lang.role(r)).unwrap_or_default();
                                        let place = peer.section.map(|s| s.title(lang));
                                        (t().peer)(&peer.name, role, place)
                                    }}
                                </li>
                            </For>
                        </ul>
                    </div>
                </Show>
            </div>
        </Show>
    }
}

/// A marker on an item someone else is editing: their names, in words.
#[component]
pub fn EditingMarker(item: String) -> impl IntoView {
    let state = use_editor();
    let live = state.status.live;
    let names = Memo::new(move |_| live.editing(&item));
    move || {
        let names = names.get();
        (!names.is_empty()).then(|| {
            let text = (state.host.lang.get().live().editing)(&names.join(", "));
            view! { <p class="hp-live-editing">{text}</p> }
        })
    }
}
