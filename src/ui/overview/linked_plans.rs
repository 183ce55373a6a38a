//! The overview's short list of other plans: "Denne plan erstatter: Min Plan hos Jobcenter
//! Aarhus", "Hænger sammen med: …". Shown only when the register has a named plan.

use leptos::prelude::*;

use crate::model::linked_plan::summary;
use crate::ui::state::{use_editor, Section};

#[component]
pub fn LinkedPlansOverview() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().linked_plans();
    // Lines in the current language: (replaces, links to).
    let lines = Memo::new(move |_| {
        let lang = lang();
        state.with_plan_and_catalogue(true, |plan, catalogue| {
            let found = summary(plan, catalogue);
            let words = |lines: &[_]| {
                lines
                    .iter()
                    .map(|line| lang.linked_plan_line(line))
                    .collect::<Vec<_>>()
            };
            (words(&found.replaces), words(&found.links_to))
        })
    });
    let heading = state.dom_id("overview-linked-plans");
    let labelled_by = heading.clone();
    let group = move |title: &'static str, items: Vec<String>| {
        (!items.is_empty()).then(|| {
            view! {
                <p class="hp-overview-plans-label">{title}</p>
                <ul class="hp-overview-plans">
                    {items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}
                </ul>
            }
        })
    };
    view! {
        <Show when=move || lines.with(|(a, b)| !a.is_empty() || !b.is_empty())>
            <section class="hp-overview-linked-plans" aria-labelledby=labelled_by.clone()>
                <h3 id=heading.clone()>{move || t().overview_heading}</h3>
                {move || {
                    let (replaces, links_to) = lines.get();
                    view! {
                        {group(t().overview_replaces, replaces)}
                        {group(t().overview_links_to, links_to)}
                    }
                }}
                <p class="hp-overview-links">
                    <button
                        type="button"
                        class="hp-link-button"
                        on:click=move |_| state.show_section(Section::LinkedPlans)
                    >
                        {move || t().overview_open}
                    </button>
                </p>
            </section>
        </Show>
    }
}
