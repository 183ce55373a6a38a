//! The section navigation: every part of the plan one click (or Tab + Enter) away.

use leptos::prelude::*;

use super::state::{use_editor, Section};

#[component]
pub fn SectionNav() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    view! {
        <nav class="hp-nav" aria-label=move || lang().nav().nav_label>
            <ul>
                {Section::ALL.into_iter().map(|section| {
                    let current = move || state.nav.section.get() == section;
                    view! {
                        <li>
                            <button
                                type="button"
                                class="hp-nav-link"
                                aria-current=move || current().then_some("page")
                                on:click=move |_| state.show_section(section)
                            >
                                {move || section.title(lang())}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}
