//! "Om mig": the plan's title and the citizen's own words.

use leptos::prelude::*;

use super::state::use_editor;
use crate::model::{Edit, OwnWordsField};

#[component]
pub fn AboutMe() -> impl IntoView {
    let state = use_editor();
    let texts = move || state.texts();
    let title = Memo::new(move |_| state.plan.with(|p| p.title.clone()));
    let dreams = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.own_words(OwnWordsField::Dreams).to_string())
    });

    view! {
        <section class="hp-section" aria-labelledby="hp-about-heading">
            <div class="hp-field">
                <label for="hp-plan-title">{move || texts().plan_title_label}</label>
                <input
                    id="hp-plan-title"
                    class="hp-input hp-input-title"
                    type="text"
                    maxlength="200"
                    autocomplete="off"
                    placeholder=move || texts().plan_title_hint
                    prop:value=move || title.get()
                    on:input=move |ev| {
                        let _ = state.edit(Edit::SetTitle { title: event_target_value(&ev) });
                    }
                />
            </div>

            <h2 id="hp-about-heading">{move || texts().about_me_heading}</h2>
            <p class="hp-intro">{move || texts().about_me_intro}</p>

            <div class="hp-field hp-own-words">
                <div class="hp-label-row">
                    <label for="hp-dreams">{move || texts().dreams_label}</label>
                    <span class="hp-badge hp-badge-citizen">{move || texts().own_words_badge}</span>
                </div>
                <p id="hp-dreams-hint" class="hp-hint">{move || texts().dreams_hint}</p>
                <textarea
                    id="hp-dreams"
                    class="hp-textarea"
                    rows="5"
                    maxlength="10000"
                    aria-describedby="hp-dreams-hint"
                    prop:value=move || dreams.get()
                    on:input=move |ev| {
                        let _ = state.edit(Edit::SetOwnWords {
                            field: OwnWordsField::Dreams,
                            text: event_target_value(&ev),
                        });
                    }
                ></textarea>
            </div>
        </section>
    }
}
