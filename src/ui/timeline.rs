//! The timeline: interventions on a time axis, grouped by sector, with today,
//! follow-up and decision dates, and overlaps visible.

use leptos::prelude::*;

use super::section::SectionFrame;
use super::state::{use_editor, Section};

#[component]
pub fn TimelineSection() -> impl IntoView {
    let state = use_editor();
    let t = move || state.lang.get().timeline();
    view! {
        <SectionFrame section=Section::Timeline intro=Signal::derive(move || Some(t().intro))>
            <div class="hp-timeline"></div>
        </SectionFrame>
    }
}
