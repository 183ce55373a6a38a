//! "Læs op": reads a question aloud with the browser's own speech synthesis, in the
//! voice of the editor's language. Hidden where the browser has no such voice; nothing
//! goes over the network. (Stub: the guided-access slice fills it in.)

use leptos::prelude::*;

/// The "Læs op" button for `text` (the question and its help, as shown).
#[component]
pub fn ReadAloud(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let _ = text;
}
