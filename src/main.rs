//! The web binary that Trunk builds: defines `<helhedsplan-editor>` and mounts the editor
//! into `#helhedsplan` when the page has one (the standalone page does; a portal that loads
//! `helhedsplan.js` uses the element instead).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    helhedsplan::platform::custom_element::register();
    let standalone = web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.get_element_by_id("helhedsplan").is_some());
    if standalone {
        helhedsplan::platform::mount::mount_from_document();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("helhedsplan-web runs in the browser; build it with `trunk build`. Use `plan-tool` on the command line.");
    std::process::exit(2);
}
