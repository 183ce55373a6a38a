//! The life-area chart: one axis per life area in the plan, the citizen's and the
//! professionals' latest ratings side by side, compared with an earlier date.

use leptos::prelude::*;

#[component]
pub fn LifeAreaChart() -> impl IntoView {
    view! { <div class="hp-life-areas"></div> }
}
