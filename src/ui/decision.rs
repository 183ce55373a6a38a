//! The one-decision summary: every intervention that needs a decision, grouped by sector
//! and legal basis, with the complaint route.

use leptos::prelude::*;

use super::section::SectionFrame;
use super::state::{use_editor, Section};

#[component]
pub fn DecisionSection() -> impl IntoView {
    let state = use_editor();
    let t = move || state.lang.get().decision();
    view! {
        <SectionFrame section=Section::Decision intro=Signal::derive(move || Some(t().intro))>
            <div class="hp-decision"></div>
        </SectionFrame>
    }
}
