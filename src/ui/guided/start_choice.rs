//! "Hvordan vil du begynde?": the standalone page's three ways in, shown above a blank plan
//! in the full editor. Not a dialog: the parts stay where they are below it, and it goes
//! away once the plan has content or a way is chosen.

use leptos::prelude::*;

use super::set_mode_in_address;
use crate::i18n::{GuidedPlace, GuidedStep};
use crate::model::Plan;
use crate::ui::browser::focus_by_id;
use crate::ui::browser::reload_in_mode;
use crate::ui::mode::Mode;
use crate::ui::state::{use_editor, Section};

#[component]
pub fn StartChoice() -> impl IntoView {
    let state = use_editor();
    let texts = move || &state.host.lang.get().guided().begin;
    let chosen = RwSignal::new(false);
    let shown = move || {
        !chosen.get()
            && state.host.mode.get() == Mode::Full
            && !state.host.embedded.get()
            && !state.host.read_only.get()
            && state.plan.with(Plan::is_blank)
    };
    let heading = state.dom_id("start-choice");
    let ids = ["guided", "full", "workshop"].map(|k| state.dom_id(&format!("start-choice-{k}")));
    let [guided_hint, full_hint, workshop_hint] = ids.clone();
    let guided = move |_| {
        chosen.set(true);
        set_mode_in_address(false, Some(Mode::Guided));
        state.nav.guided.set(GuidedPlace {
            step: GuidedStep::Start,
            area: None,
        });
        state.host.mode.set(Mode::Guided);
        let id = state.dom_id("guided-heading");
        request_animation_frame(move || focus_by_id(&id));
    };
    let full = move |_| {
        chosen.set(true);
        state.show_section(Section::AboutMe);
    };
    // Workshop mode has its own storage, chosen when the editor mounts: a reload into it.
    let workshop = move |_| reload_in_mode(Mode::Workshop);
    view! {
        <Show when=shown>
            <section class="hp-start-choice" aria-labelledby=heading.clone()>
                <h2 id=heading.clone()>{move || texts().heading}</h2>
                <ul class="hp-start-options">
                    <li>
                        <button type="button" class="hp-start-option hp-start-option-guided" aria-describedby=guided_hint.clone() on:click=guided>
                            {move || texts().guided}
                        </button>
                        <p id=guided_hint.clone() class="hp-hint">{move || texts().guided_hint}</p>
                    </li>
                    <li>
                        <button type="button" class="hp-start-option" aria-describedby=full_hint.clone() on:click=full>
                            {move || texts().full}
                        </button>
                        <p id=full_hint.clone() class="hp-hint">{move || texts().full_hint}</p>
                    </li>
                    <li>
                        <button type="button" class="hp-start-option" aria-describedby=workshop_hint.clone() on:click=workshop>
                            {move || texts().workshop}
                        </button>
                        <p id=workshop_hint.clone() class="hp-hint">{move || texts().workshop_hint}</p>
                    </li>
                </ul>
            </section>
        </Show>
    }
}
