//! The facilitator's bar, always on top: the banner "Øvelse — ikke en rigtig borger" (also
//! on paper and in the presenter view) and the workshop's controls.

use leptos::prelude::*;

use super::{persona, use_workshop, Workshop};
use crate::ui::browser::focus_by_id;
use crate::ui::state::{use_editor, EditorState};

#[component]
pub fn WorkshopBar() -> impl IntoView {
    let state = use_editor();
    let workshop = use_workshop();
    let t = move || state.host.lang.get().workshop();
    let chosen = move || workshop.persona.with(Option::is_some);
    let presenter = move || workshop.presenter.get();
    let title = move || {
        let lang = state.host.lang.get();
        workshop.persona.with(|p| p.as_ref().map(|p| p.title(lang)))
    };
    let to_presenter = move |_| {
        workshop.presenter.set(true);
        state.announce(state.host.lang.get_untracked().workshop().presenter_on_said);
        let id = state.dom_id("workshop-presenter-off");
        request_animation_frame(move || focus_by_id(&id));
    };
    let facilitator_controls = move || {
        view! {
            {move || chosen().then(|| view! {
                <button type="button" class="hp-button" on:click=move |_| persona::reset(state, workshop)>
                    {move || t().reset}
                </button>
                <button type="button" class="hp-button" on:click=move |_| workshop.persona.set(None)>
                    {move || t().change_persona}
                </button>
                <button
                    type="button"
                    class="hp-button"
                    id=state.dom_id("workshop-presenter")
                    on:click=to_presenter
                >
                    {move || t().presenter_on}
                </button>
            })}
            <button type="button" class="hp-button hp-workshop-end" on:click=move |_| persona::end(state, workshop)>
                {move || t().end}
            </button>
        }
    };
    // The quiet way back: small, at the edge, and Escape does the same.
    let presenter_controls = move || {
        view! {
            <button
                type="button"
                class="hp-button hp-button-small hp-workshop-quiet"
                id=state.dom_id("workshop-presenter-off")
                on:click=move |_| leave_presenter(state, workshop)
            >
                {move || t().presenter_off}
            </button>
        }
    };
    // On paper the banner heads every page, not only the first (a page margin box; the
    // words are the editor's own, quoted as a CSS string).
    let every_page = move || {
        let banner = t().banner.replace('\\', "\\\\").replace('"', "\\\"");
        format!("@page {{ @top-center {{ content: \"{banner}\"; font: 600 10pt sans-serif; }} }}")
    };
    view! {
        <style>{every_page}</style>
        <section class="hp-workshop-bar" aria-label=move || t().bar_label>
            <p class="hp-workshop-banner" role="note">
                <span class="hp-workshop-banner-mark" aria-hidden="true">"⚠ "</span>
                {move || t().banner}
            </p>
            {move || title().map(|title| view! { <p class="hp-workshop-persona">{title}</p> })}
            <div class="hp-workshop-controls">
                {move || if presenter() {
                    presenter_controls().into_any()
                } else {
                    facilitator_controls().into_any()
                }}
            </div>
        </section>
    }
}

/// Back to the facilitator's view, with focus on the button that leads to the presenter view.
pub fn leave_presenter(state: EditorState, workshop: Workshop) {
    workshop.presenter.set(false);
    state.announce(
        state
            .host
            .lang
            .get_untracked()
            .workshop()
            .presenter_off_said,
    );
    let id = state.dom_id("workshop-presenter");
    request_animation_frame(move || focus_by_id(&id));
}
