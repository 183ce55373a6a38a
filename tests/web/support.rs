//! Helpers for the browser tests: mount an editor, find controls as a user would
//! (by their label or text), and act through real DOM events.
#![allow(dead_code)]

use helhedsplan::platform::{mount_editor, EditorHandle, EditorOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh host element and a storage namespace no other test uses.
pub fn host(namespace: &str) -> (HtmlElement, String) {
    let el: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&el).unwrap();
    let key = format!("hp-test-{namespace}-{}", uuid::Uuid::new_v4());
    (el, key)
}

pub fn mount(host: &HtmlElement, key: &str) -> EditorHandle {
    mount_editor(
        host.clone(),
        EditorOptions {
            storage_key: Some(key.to_string()),
            ..EditorOptions::default()
        },
    )
}

/// Lets effects and DOM updates run.
pub async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The form control a visible `<label>` with this exact text points at, as a user finds it.
pub fn field_by_label(root: &Element, text: &str) -> Element {
    let labels = root.query_selector_all("label").unwrap();
    for i in 0..labels.length() {
        let label: Element = labels.item(i).unwrap().unchecked_into();
        if label.text_content().unwrap_or_default().trim() == text {
            let id = label
                .get_attribute("for")
                .expect("label has a for attribute");
            return root
                .query_selector(&format!("#{id}"))
                .unwrap()
                .expect("labelled control exists");
        }
    }
    panic!(
        "no label {text:?}; labels: {}",
        root.text_content().unwrap_or_default()
    );
}

pub fn button_by_text(root: &Element, text: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .map(|i| buttons.item(i).unwrap().unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button {text:?}"))
}

/// Types into a text input the way a browser reports it: value set, then an `input` event.
pub fn type_into(control: &Element, text: &str) {
    if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
        input.set_value(text);
    } else {
        control
            .unchecked_ref::<HtmlTextAreaElement>()
            .set_value(text);
    }
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    control.dispatch_event(&event).unwrap();
}

pub fn plan_of(handle: &EditorHandle) -> serde_json::Value {
    serde_json::from_str(&handle.plan_json()).unwrap()
}

/// Chooses an option in a `<select>` and fires `change`, as a user's pick does.
pub fn choose(control: &Element, value: &str) {
    control
        .unchecked_ref::<web_sys::HtmlSelectElement>()
        .set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
    control.dispatch_event(&event).unwrap();
}

/// Opens a section from the navigation.
pub async fn open_section(root: &Element, name: &str) {
    let nav = root
        .query_selector("nav")
        .unwrap()
        .expect("the section navigation");
    button_by_text(&nav, name).click();
    tick().await;
}

/// A committed sample plan (`samples/<name>.json`), as the editor would import it.
pub fn sample_plan(name: &str) -> helhedsplan::model::Plan {
    helhedsplan::format::import_json(helhedsplan::format::samples::get(name).unwrap()).unwrap()
}

/// Mounts an editor that starts from `plan` (nothing is saved under the fresh key).
pub fn mount_plan(host: &HtmlElement, key: &str, plan: helhedsplan::model::Plan) -> EditorHandle {
    mount_editor(
        host.clone(),
        EditorOptions {
            storage_key: Some(key.to_string()),
            initial_plan: Some(plan),
            ..EditorOptions::default()
        },
    )
}

/// Every element under `root` that matches `selector`, in document order.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

/// An element's text as a reader gets it (all descendants, untrimmed).
pub fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

/// Waits for the next animation frame and lets effects run (focus moves after rendering).
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    tick().await;
}

/// Waits (up to about two seconds) until `check` holds; a busy machine may need a few frames.
pub async fn wait_for(mut check: impl FnMut() -> bool) -> bool {
    for _ in 0..120 {
        if check() {
            return true;
        }
        next_frame().await;
    }
    check()
}

/// The id of the focused element ("" when none).
pub fn focused_id() -> String {
    document()
        .active_element()
        .map(|el| el.id())
        .unwrap_or_default()
}
