//! `<details>` elements whose body is built only while open.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// An `on:toggle` handler that mirrors a `<details>` element's open state into `open`.
/// It sets the signal only when the state changed, so a `prop:open` bound to the same
/// signal does not feed back.
pub fn track_open(open: RwSignal<bool>) -> impl FnMut(web_sys::Event) + Clone + 'static {
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
