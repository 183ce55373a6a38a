//! Small browser helpers the components (and `platform`) share: focus by id (also inside an
//! editor's shadow root), a debounce, today's date, and files in and out ([`files`]).
//! No state of the editor lives here.

pub mod files;

use leptos::prelude::*;

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

/// Goes to this page's address without `?mode=` (the standalone page's full editor),
/// replacing the history entry, so "back" does not return to a mode just left.
pub fn leave_mode() {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    let Ok(url) = location.href().and_then(|href| web_sys::Url::new(&href)) else {
        return;
    };
    url.search_params().delete("mode");
    let _ = location.replace(&url.href());
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
