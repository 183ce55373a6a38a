//! The five faces of the Today screen, from "Meget svært" to "Meget godt": a drawing and
//! its words, never a number alone. Inline SVG, decorative: the words are the label.

use leptos::prelude::*;

use crate::model::guided::Face;
use crate::ui::state::use_editor;

/// The mouth: from a deep frown to a wide smile.
fn mouth(face: Face) -> &'static str {
    match face {
        Face::VeryHard => "M15 35q9-9 18 0",
        Face::Hard => "M16 33q8-4 16 0",
        Face::Mixed => "M16 31h16",
        Face::Good => "M16 29q8 5 16 0",
        Face::VeryGood => "M14 27q10 12 20 0z",
    }
}

/// A face's drawing, decorative.
pub fn face_icon(face: Face) -> impl IntoView {
    view! {
        <svg
            class="hp-face-icon"
            viewBox="0 0 48 48"
            aria-hidden="true"
            focusable="false"
            fill="none"
            stroke="currentColor"
            stroke-width="3"
            stroke-linecap="round"
            stroke-linejoin="round"
        >
            <circle cx="24" cy="24" r="20" />
            <circle cx="17" cy="19" r="1.5" fill="currentColor" />
            <circle cx="31" cy="19" r="1.5" fill="currentColor" />
            <path d=mouth(face) />
        </svg>
    }
}

/// "Vælg et ansigt": the five faces as radio buttons, each labelled by its words.
#[component]
pub fn FaceChoice(
    /// Unique per area: the radio group's name and the prefix of its ids.
    group: String,
    #[prop(into)] chosen: Signal<Option<Face>>,
    on_choose: impl Fn(Face) + Copy + 'static,
) -> impl IntoView {
    let state = use_editor();
    let texts = move || state.host.lang.get().guided();
    let name = state.dom_id(&group);
    view! {
        <fieldset class="hp-faces">
            <legend>{move || texts().choose_face}</legend>
            <div class="hp-face-row">
                {Face::ALL
                    .into_iter()
                    .map(|face| {
                        let id = state.dom_id(&format!("{group}-{}", face.index()));
                        let label_for = id.clone();
                        let is_chosen = move || chosen.get() == Some(face);
                        view! {
                            <label class="hp-face" class:hp-face-chosen=is_chosen for=label_for data-face=face.value()>
                                <input
                                    type="radio"
                                    class="hp-face-radio"
                                    id=id
                                    name=name.clone()
                                    value=face.value()
                                    prop:checked=is_chosen
                                    on:change=move |_| on_choose(face)
                                />
                                {face_icon(face)}
                                <span class="hp-face-words">{move || texts().faces[face.index()]}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
