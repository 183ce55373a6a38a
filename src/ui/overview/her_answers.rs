//! The overview's card of what the citizen told in guided mode (or wrote herself on "Om
//! mig"): her own-words answers and the goals she expressed, marked as her own words.
//! Shown only when there is something to show, so "Se hele planen" opens on her answers.

use leptos::prelude::*;

use crate::model::{guided, OwnWordsField};
use crate::ui::guided::cards::card_name;
use crate::ui::guided::set_mode_in_address;
use crate::ui::mode::Mode;
use crate::ui::state::{use_editor, EditorState, Section};

#[component]
pub fn HerAnswers() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let answers = Memo::new(move |_| {
        state.plan.with(|plan| {
            let own_words: Vec<(OwnWordsField, String)> = OwnWordsField::ALL
                .into_iter()
                .map(|field| (field, plan.own_words(field).trim().to_string()))
                .filter(|(_, text)| !text.is_empty())
                .collect();
            let goals: Vec<(Option<String>, String)> = guided::her_goals(plan)
                .filter(|g| !g.title.trim().is_empty())
                .map(|g| (g.life_area.clone(), g.title.clone()))
                .collect();
            (own_words, goals)
        })
    });
    let label = move |field: OwnWordsField| lang().texts().own_words_label(field).0;
    let heading = state.dom_id("overview-her-answers");
    let labelled_by = heading.clone();
    let area_name = move |code: &str| card_name(lang(), code);
    view! {
        <Show when=move || answers.with(|(words, goals)| !words.is_empty() || !goals.is_empty())>
            <section class="hp-overview-her-answers hp-own-words" aria-labelledby=labelled_by.clone()>
                <div class="hp-label-row">
                    <h3 id=heading.clone()>{move || lang().guided().overview_heading.to(state.host.voice())}</h3>
                    <span class="hp-badge hp-badge-citizen">{move || lang().texts().own_words_badge.to(state.host.voice())}</span>
                </div>
                {move || {
                    let (words, goals) = answers.get();
                    view! {
                        <dl class="hp-her-answers">
                            {words.into_iter().map(|(field, text)| view! {
                                <dt>{label(field)}</dt>
                                <dd>{text}</dd>
                            }).collect_view()}
                        </dl>
                        {(!goals.is_empty()).then(|| view! {
                            <p class="hp-overview-plans-label">{lang().nav().goals}</p>
                            <ul class="hp-her-goals">
                                {goals.into_iter().map(|(area, title)| view! {
                                    <li>
                                        {title}
                                        {area.map(|code| view! { <span class="hp-her-goal-area">{format!(" ({})", area_name(&code))}</span> })}
                                    </li>
                                }).collect_view()}
                            </ul>
                        })}
                    }
                }}
                <p class="hp-overview-links">
                    <button
                        type="button"
                        class="hp-link-button"
                        on:click=move |_| state.show_section(Section::AboutMe)
                    >
                        {move || Section::AboutMe.title(lang())}
                    </button>
                    // Back into guided mode, where she left it (the place is kept).
                    <Show when=move || !state.locked.get()>
                        <button type="button" class="hp-link-button" on:click=move |_| back_to_questions(state)>
                            {move || lang().guided().back_to_questions}
                        </button>
                    </Show>
                </p>
            </section>
        </Show>
    }
}

/// Opens guided mode again at the question she reached; on the standalone page the address
/// says so, so a reload stays there.
fn back_to_questions(state: EditorState) {
    set_mode_in_address(state.host.embedded.get_untracked(), Some(Mode::Guided));
    state.host.mode.set(Mode::Guided);
}
