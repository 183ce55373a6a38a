//! Workshop mode (issue 14): a facilitator runs a demo with fictional personas and scripted
//! scenarios. Its data never mixes with real plans: autosave under its own namespace
//! (`ui::mode::workshop_storage_key`), no server, every plan marked as an exercise (its
//! exports say so), a permanent banner, and "Afslut workshop" removes every trace.
//!
//! The view: the facilitator's bar ([`bar`]), the persona picker until a persona is chosen
//! ([`picker`]), then the scenario panel beside the full editor ([`scenario`]). The
//! presenter view makes the plan large and high-contrast for a projector and hides the
//! facilitator's notes.

mod bar;
mod persona;
mod picker;
mod scenario;

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::state::use_editor;
use super::toolbar::Toolbar;
use bar::WorkshopBar;
pub use persona::Persona;
use picker::PersonaPicker;
use scenario::ScenarioPanel;

/// What workshop mode adds to one editor (a context inside [`WorkshopView`]).
#[derive(Clone, Copy)]
pub struct Workshop {
    /// The persona on screen; `None` shows the picker.
    pub persona: RwSignal<Option<Persona>>,
    /// Large, high-contrast, without the facilitator's notes.
    pub presenter: RwSignal<bool>,
    /// The scenario's current step (from 0).
    pub step: RwSignal<usize>,
    /// Whether the scenario panel shows its steps (it folds to its heading).
    pub panel_open: RwSignal<bool>,
}

fn use_workshop() -> Workshop {
    expect_context::<Workshop>()
}

/// Workshop mode around the editor's main area (`children`).
#[component]
pub fn WorkshopView(children: Children) -> impl IntoView {
    let state = use_editor();
    let workshop = Workshop {
        persona: RwSignal::new(None),
        presenter: RwSignal::new(false),
        step: RwSignal::new(0),
        panel_open: RwSignal::new(true),
    };
    provide_context(workshop);
    persona::restore(state, workshop);
    let chosen = move || workshop.persona.with(Option::is_some);
    // Escape leaves the presenter view (as the button does), unless a field or a menu
    // inside the editor wanted it.
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && !ev.default_prevented() && workshop.presenter.get_untracked() {
            bar::leave_presenter(state, workshop);
        }
    };
    view! {
        <div class="hp-workshop" class:hp-presenter=move || workshop.presenter.get() on:keydown=on_keydown>
            <WorkshopBar />
            <Toolbar />
            <Show when=move || !chosen()>
                <PersonaPicker />
            </Show>
            <div class="hp-workshop-layout" hidden=move || !chosen()>
                <Show when=move || !workshop.presenter.get()>
                    <ScenarioPanel />
                </Show>
                <div class="hp-workshop-editor">{children()}</div>
            </div>
        </div>
    }
}
