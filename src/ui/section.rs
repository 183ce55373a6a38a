//! The frame every section shares: a card with a focusable heading and an intro.

use leptos::prelude::*;

use super::state::{use_editor, Section};

/// A section card. Its `<h2>` has a stable id (`<section-key>-heading`) and takes focus
/// when the section is opened from the navigation.
#[component]
pub fn SectionFrame(
    section: Section,
    /// A short line under the heading that says what this part is for.
    #[prop(into, optional)]
    intro: Signal<Option<&'static str>>,
    children: Children,
) -> impl IntoView {
    let state = use_editor();
    let heading_id = state.dom_id(&format!("{}-heading", section.key()));
    let labelled_by = heading_id.clone();
    view! {
        <section class="hp-section" data-section=section.key() aria-labelledby=labelled_by>
            <h2 id=heading_id tabindex="-1">{move || section.title(state.host.lang.get())}</h2>
            {move || intro.get().map(|text| view! { <p class="hp-intro">{text}</p> })}
            {children()}
        </section>
    }
}
