//! Small browser helpers the components (and `platform`) share: focus by id (also inside an
//! editor's shadow root), a debounce, today's date, the page address's `?mode=`, and files
//! in and out ([`files`]).
//! No state of the editor lives here.

pub mod files;

use leptos::prelude::*;

use super::mode::Mode;

/// Runs `run` once `pause_ms` have passed without another call sharing `calls`: each call
/// restarts the wait, only the last one runs (a debounce, for work too heavy per keystroke).
pub fn after_pause(calls: StoredValue<u64>, pause_ms: u64, run: impl Fn() + 'static) {
    calls.update_value(|n| *n += 1);
    let mine = calls.get_value();
    set_timeout(
        move || {
            if calls.try_get_value() == Some(mine) {
                run();
            }
        },
        std::time::Duration::from_millis(pause_ms),
    );
}

/// Today's date on this machine (the citizen's and caseworker's calendar day).
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Moves keyboard focus to the element with this id (headings get `tabindex="-1"`).
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = element_by_id(id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// This page's address with `?mode=<mode>` (or without `mode`), its other parameters kept.
fn address_in_mode(mode: Option<Mode>) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let url = web_sys::Url::new(&href).ok()?;
    match mode {
        Some(mode) => url.search_params().set("mode", mode.code()),
        None => url.search_params().delete("mode"),
    }
    Some(url.href())
}

/// Puts `?mode=<mode>` in the standalone page's address (or takes it out), without a
/// reload, so a reload opens the same mode. Inside a portal's element the address is the
/// portal's: left alone.
pub fn set_mode_in_address(embedded: bool, mode: Option<Mode>) {
    if embedded {
        return;
    }
    if let (Some(address), Some(Ok(history))) = (
        address_in_mode(mode),
        web_sys::window().map(|w| w.history()),
    ) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}

/// Reloads the page in `mode` (workshop mode's storage is chosen when the editor mounts).
pub fn reload_in_mode(mode: Mode) {
    if let (Some(address), Some(window)) = (address_in_mode(Some(mode)), web_sys::window()) {
        let _ = window.location().set_href(&address);
    }
}

/// Goes to this page's address without `?mode=` (the standalone page's full editor),
/// replacing the history entry, so "back" does not return to a mode just left.
pub fn leave_mode() {
    if let (Some(address), Some(window)) = (address_in_mode(None), web_sys::window()) {
        let _ = window.location().replace(&address);
    }
}

thread_local! {
    /// Shadow roots of `<helhedsplan-editor>` elements: `document.getElementById` does not
    /// look inside them.
    static SHADOW_ROOTS: std::cell::RefCell<Vec<web_sys::ShadowRoot>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Makes [`element_by_id`] (and so [`focus_by_id`]) find elements inside this shadow root.
pub fn register_shadow_root(root: &web_sys::ShadowRoot) {
    SHADOW_ROOTS.with(|roots| roots.borrow_mut().push(root.clone()));
}

pub fn unregister_shadow_root(root: &web_sys::ShadowRoot) {
    SHADOW_ROOTS.with(|roots| roots.borrow_mut().retain(|r| r != root));
}

/// The element with this id, in the document or in an editor's shadow root.
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    document().get_element_by_id(id).or_else(|| {
        SHADOW_ROOTS.with(|roots| roots.borrow().iter().find_map(|r| r.get_element_by_id(id)))
    })
}
