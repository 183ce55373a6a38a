//! Guided mode (issue 14): one question per screen for the citizen, in plain Danish.
//! Every answer is an ordinary `Edit` on the plan (own words, goals expressed by the
//! citizen, her ratings and her side of the joint assessment), never a separate store.

pub mod read_aloud;
pub mod reading;

use leptos::prelude::*;

use super::state::use_editor;
use crate::i18n::GuidedStep;

#[component]
pub fn GuidedView() -> impl IntoView {
    let state = use_editor();
    let texts = move || state.host.lang.get().guided();
    view! {
        <div class="hp-guided">
            <h2>{move || texts().screen(GuidedStep::Start).question}</h2>
        </div>
    }
}
