//! The banner above everything that says the plan cannot be changed, and why.

use leptos::prelude::*;

/// Says, above everything, that this version is approved and locked.
#[component]
pub fn LockedBanner() -> impl IntoView {
    let state = super::state::use_editor();
    let locked = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.locked.then_some((p.version, p.locked_at)))
    });
    view! {
        {move || locked.get().map(|(version, at)| {
            let lang = state.lang.get();
            let when = at.map(|at| lang.format_instant(at)).unwrap_or_default();
            view! {
                <p class="hp-locked-banner" role="status">
                    <span aria-hidden="true">"🔒 "</span>{(lang.approval().locked_banner)(version, &when)}
                </p>
            }
        })}
    }
}
