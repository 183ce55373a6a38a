//! The plan's title, above the navigation: it names the whole plan, not one part.

use leptos::prelude::*;

use super::fields::TextField;
use super::state::use_editor;

#[component]
pub fn PlanHeader() -> impl IntoView {
    let state = use_editor();
    let texts = move || state.texts();
    let title = Memo::new(move |_| state.plan.with(|p| p.title.clone()));
    view! {
        <div class="hp-plan-header">
            <TextField
                id="plan-title"
                class="hp-input-title"
                label=Signal::derive(move || texts().plan_title_label)
                value=title
                on_input=move |title| {
                    let _ = state.edit_text(None, "title", title);
                }
            />
        </div>
    }
}
