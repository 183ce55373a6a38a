//! "Om mig": the plan's title and the citizen's own words.

use leptos::prelude::*;

use super::fields::{TextArea, TextField};
use super::state::use_editor;
use crate::model::{Edit, OwnWordsField};

#[component]
pub fn AboutMe() -> impl IntoView {
    let state = use_editor();
    let texts = move || state.texts();
    let title = Memo::new(move |_| state.plan.with(|p| p.title.clone()));
    let own_words =
        move |field| Memo::new(move |_| state.plan.with(|p| p.own_words(field).to_string()));
    let set_own_words = move |field| {
        move |text| {
            let _ = state.edit(Edit::SetOwnWords { field, text });
        }
    };
    let heading_id = state.dom_id("about-heading");

    view! {
        <section class="hp-section" aria-labelledby=heading_id.clone()>
            <TextField
                id="plan-title"
                class="hp-input-title"
                label=Signal::derive(move || texts().plan_title_label)
                value=title
                on_input=move |title| {
                    let _ = state.edit(Edit::SetTitle { title });
                }
            />

            <h2 id=heading_id.clone()>{move || texts().about_me_heading}</h2>
            <p class="hp-intro">{move || texts().about_me_intro}</p>

            <TextArea
                id="dreams"
                label=Signal::derive(move || texts().dreams_label)
                hint=Signal::derive(move || Some(texts().dreams_hint))
                value=own_words(OwnWordsField::Dreams)
                on_input=set_own_words(OwnWordsField::Dreams)
                citizens_words=true
                rows=5
            />
        </section>
    }
}
