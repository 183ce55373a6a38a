//! Workshop mode (issue 14): a facilitator runs a demo with fictional personas and
//! scripted scenarios. Its data never mixes with real plans (see `ui::mode`).

use leptos::prelude::*;

use super::state::use_editor;

/// The permanent banner over the editor in workshop mode.
#[component]
pub fn WorkshopBar() -> impl IntoView {
    let state = use_editor();
    view! {
        <div class="hp-workshop-bar" role="note">
            {move || if state.host.lang.get() == crate::i18n::Lang::Da {
                "Øvelse — ikke en rigtig borger"
            } else {
                "Exercise — not a real citizen"
            }}
        </div>
    }
}
