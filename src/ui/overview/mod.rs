//! The overview page: the editor's start page once a plan has content. Each part of the
//! plan with its state, patterned on a task list, and the life areas at a glance.

pub mod life_areas;

use leptos::prelude::*;

use super::section::SectionFrame;
use super::state::{use_editor, Section};
use life_areas::LifeAreaChart;

#[component]
pub fn OverviewSection() -> impl IntoView {
    let state = use_editor();
    let t = move || state.lang.get().overview();
    view! {
        <SectionFrame section=Section::Overview intro=Signal::derive(move || Some(t().intro))>
            <LifeAreaChart />
        </SectionFrame>
    }
}
