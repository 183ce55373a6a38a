//! The coherence panel (sammenhæng): advisory findings, counted per rule, each linking
//! to its items. Findings never block editing.

use leptos::prelude::*;

use super::section::SectionFrame;
use super::state::{use_editor, Section};

#[component]
pub fn CoherenceSection() -> impl IntoView {
    let state = use_editor();
    let t = move || state.lang.get().coherence();
    view! {
        <SectionFrame section=Section::Coherence intro=Signal::derive(move || Some(t().intro))>
            <div class="hp-coherence"></div>
        </SectionFrame>
    }
}
