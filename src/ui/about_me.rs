//! "Om mig": the citizen's name and, in their own words, dreams, strengths and situation.

use leptos::prelude::*;

use super::fields::{TextArea, TextField};
use super::section::SectionFrame;
use super::state::{use_editor, Section};
use crate::model::OwnWordsField;

#[component]
pub fn AboutMe() -> impl IntoView {
    let state = use_editor();
    let texts = move || state.texts();
    let name = Memo::new(move |_| state.plan.with(|p| p.citizen.name.clone()));
    let own_words =
        move |field| Memo::new(move |_| state.plan.with(|p| p.own_words(field).to_string()));
    let set_own_words = move |field: OwnWordsField| {
        move |text| {
            let _ = state.edit_text(None, &format!("citizen.own_words.{}", field.key()), text);
        }
    };
    let field_texts = move |field| texts().own_words_label(field);

    view! {
        <SectionFrame section=Section::AboutMe intro=Signal::derive(move || Some(texts().about_me_intro.to(state.host.voice())))>
            <TextField
                id="citizen-name"
                label=Signal::derive(move || texts().citizen_name_label)
                hint=Signal::derive(move || Some(texts().citizen_name_hint))
                value=name
                on_input=move |name| {
                    let _ = state.edit_text(None, "citizen.name", name);
                }
            />
            {OwnWordsField::ALL.into_iter().map(|field| view! {
                <TextArea
                    id=field.key()
                    label=Signal::derive(move || field_texts(field).0)
                    hint=Signal::derive(move || Some(field_texts(field).1))
                    value=own_words(field)
                    on_input=set_own_words(field)
                    citizens_words=true
                    rows=4
                />
            }).collect_view()}
        </SectionFrame>
    }
}
