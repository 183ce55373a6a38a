//! The banner above everything that says the plan cannot be changed, and why.

use leptos::prelude::*;

/// Says, above everything, why the plan cannot be changed here: this version is approved
/// and locked, or the host shows it read-only (`<helhedsplan-editor readonly>`). A plan
/// that is only read-only is not called approved: it may be a draft.
#[component]
pub fn LockedBanner() -> impl IntoView {
    let state = super::state::use_editor();
    let locked = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.locked.then_some((p.version, p.locked_at)))
    });
    view! {
        {move || {
            let lang = state.host.lang.get();
            match (locked.get(), state.host.read_only.get()) {
                (Some((version, at)), _) => {
                    let when = at.map(|at| lang.format_instant(at)).unwrap_or_default();
                    Some(view! {
                        <p class="hp-locked-banner" role="status" data-reason="locked">
                            <span aria-hidden="true">"🔒 "</span>{(lang.approval().locked_banner)(version, &when)}
                        </p>
                    }.into_any())
                }
                (None, true) => Some(view! {
                    <p class="hp-locked-banner" role="status" data-reason="read-only">
                        <span aria-hidden="true">"🔒 "</span>{lang.sync().read_only.to_string()}
                    </p>
                }.into_any()),
                (None, false) => None,
            }
        }}
    }
}
