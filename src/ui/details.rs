//! The one disclosure: a `<details>`/`<summary>` (the browser gives it the button role,
//! `aria-expanded` and the keyboard), whose body is built only while it is open.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::use_editor;

/// A `<details>` whose body is built only while it is open, so a closed card costs little.
///
/// `open` lets the caller own the open state (to open it at once for a just-added item, or
/// to compute only while open); without it the disclosure keeps its own, starting closed.
/// `open_for_print` opens it while the whole plan is shown for paper, for bodies that belong
/// on the printed plan. `class` is the `<details>` element's look (`hp-disclosure` unless
/// given); the body is a `div.hp-disclosure-body`.
#[component]
pub fn Disclosure(
    /// What the always visible line says (it may hold more than text, e.g. a byline).
    #[prop(into)]
    summary: ViewFn,
    #[prop(optional)] open: Option<RwSignal<bool>>,
    #[prop(optional)] open_for_print: bool,
    #[prop(optional)] class: Option<&'static str>,
    children: ChildrenFn,
) -> impl IntoView {
    let state = use_editor();
    let open = open.unwrap_or_else(|| RwSignal::new(false));
    view! {
        <details
            class=class.unwrap_or("hp-disclosure")
            prop:open=move || (open_for_print && state.nav.print_all.get()) || open.get()
            on:toggle=track_open(open)
        >
            <summary>{move || summary.run()}</summary>
            <Show when=move || open.get()>
                <div class="hp-disclosure-body">{children()}</div>
            </Show>
        </details>
    }
}

/// An `on:toggle` handler that mirrors a `<details>` element's open state into `open`.
/// It sets the signal only when the state changed, so a `prop:open` bound to the same
/// signal does not feed back.
fn track_open(open: RwSignal<bool>) -> impl FnMut(web_sys::Event) + Clone + 'static {
    move |ev: web_sys::Event| {
        let now = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            .is_some_and(|d| d.open());
        if now != open.get_untracked() {
            open.set(now);
        }
    }
}
