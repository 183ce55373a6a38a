//! The editor's root: provides the state, lays out the sections, handles shortcuts.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::about_me::AboutMe;
use super::state::EditorState;
use super::toolbar::Toolbar;

#[component]
pub fn Editor(state: EditorState) -> impl IntoView {
    provide_context(state);
    let texts = move || state.texts();

    // Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo — in text fields too: every keystroke
    // is a model edit, so the browser's own text undo would fight the plan's history.
    let on_keydown = move |ev: KeyboardEvent| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        match (ev.key().to_lowercase().as_str(), ev.shift_key()) {
            ("z", false) => {
                ev.prevent_default();
                state.undo();
            }
            ("z", true) | ("y", _) => {
                ev.prevent_default();
                state.redo();
            }
            _ => {}
        }
    };

    view! {
        <div class="hp-editor" lang=move || state.lang.get().code() on:keydown=on_keydown>
            <Toolbar />
            <main class="hp-main" aria-label=move || texts().app_name>
                {move || {
                    state.notice.get().map(|message| view! {
                        <div class="hp-notice" role="alert">{message}</div>
                    })
                }}
                <AboutMe />
            </main>
            <div class="hp-visually-hidden" role="status" aria-live="polite">
                {move || state.announcement.get()}
            </div>
        </div>
    }
}
