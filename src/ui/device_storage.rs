//! The plan on this device: the notice when a save could not be read nor kept aside (saving
//! is held; the text can be downloaded), and in the file menu the copies kept aside and
//! "Fjern planen fra denne enhed". The storage work is `platform::autosave`'s.

use leptos::prelude::*;

use super::state::{use_editor, EditorState};
use crate::platform::autosave::Autosave;
use crate::platform::files;
use crate::platform::storage::KeptCopy;

/// Runs `f` on this editor's autosave; `None` when autosave is off.
fn with_device<T>(state: EditorState, f: impl FnOnce(&Autosave) -> T) -> Option<T> {
    state.device.get_value().map(|device| f(&device))
}

/// Offers `text` as a plain-text file named for today, and says how it went.
fn download_text(state: EditorState, text: &str) {
    let t = state.lang.get_untracked().device();
    let name = (t.unreadable_file)(chrono::Local::now().date_naive());
    match files::download(&name, text, "text/plain") {
        Ok(()) => state.announce((t.downloaded)(&name)),
        Err(_) => state.announce(t.download_failed),
    }
}

/// At the top of the editor while saving is held over a save that could not be read.
#[component]
pub fn UnreadableSaveNotice() -> impl IntoView {
    let state = use_editor();
    let heading_id = state.dom_id("unreadable-save");
    let hint_id = state.dom_id("unreadable-save-hint");
    move || {
        if !with_device(state, Autosave::held).unwrap_or(false) {
            return None;
        }
        let t = state.lang.get().device();
        let download = move |_| {
            if let Some(text) = with_device(state, Autosave::unreadable_text).flatten() {
                download_text(state, &text);
            }
        };
        let resume = move |_| {
            with_device(state, Autosave::resume);
        };
        Some(view! {
            <section class="hp-notice hp-unreadable-save" role="alert" aria-labelledby=heading_id.clone()>
                <h2 id=heading_id.clone()>{t.unreadable_heading}</h2>
                <p>{t.unreadable_text}</p>
                <div class="hp-button-row">
                    <button type="button" class="hp-button hp-button-primary" on:click=download>
                        {t.download_unreadable}
                    </button>
                    <button type="button" class="hp-button" aria-describedby=hint_id.clone() on:click=resume>
                        {t.resume}
                    </button>
                </div>
                <p id=hint_id.clone() class="hp-hint">{t.resume_hint}</p>
            </section>
        })
    }
}

/// The file menu's part about this device (only when the editor saves on it).
#[component]
pub fn DeviceMenu() -> impl IntoView {
    let state = use_editor();
    state.device.with_value(Option::is_some).then(|| {
        view! {
            <KeptCopies />
            <RemoveFromDevice />
        }
    })
}

/// "Gemte kopier på denne enhed": saves that could not be read, with date, download, delete.
#[component]
fn KeptCopies() -> impl IntoView {
    let state = use_editor();
    let heading_id = state.dom_id("kept-copies");
    move || {
        let copies = with_device(state, Autosave::kept_copies).unwrap_or_default();
        if copies.is_empty() {
            return None;
        }
        let t = state.lang.get().device();
        Some(view! {
            <section class="hp-kept-copies" aria-labelledby=heading_id.clone()>
                <h2 id=heading_id.clone() class="hp-menu-heading">{t.copies_heading}</h2>
                <p class="hp-hint">{t.copies_intro}</p>
                <ul>
                    {copies.into_iter().map(|copy| view! { <KeptCopyRow copy=copy /> }).collect_view()}
                </ul>
            </section>
        })
    }
}

#[component]
fn KeptCopyRow(copy: KeptCopy) -> impl IntoView {
    let state = use_editor();
    let asking = RwSignal::new(false);
    let key = StoredValue::new(copy.key.clone());
    let label = move || {
        let lang = state.lang.get();
        let t = lang.device();
        match copy.at {
            Some(at) => {
                let local = at.with_timezone(&chrono::Local);
                (t.copy_from)(
                    &lang.format_date(local.date_naive()),
                    &local.format(t.time_format).to_string(),
                )
            }
            None => t.copy_unknown_date.to_string(),
        }
    };
    let t = move || state.lang.get().device();
    let download = move |_| {
        if let Some(text) = key.with_value(|k| with_device(state, |d| d.read_copy(k)).flatten()) {
            download_text(state, &text);
        }
    };
    let delete = move |_| {
        asking.set(false);
        key.with_value(|k| with_device(state, |d| d.delete_copy(k)));
        state.announce(t().copy_deleted);
    };
    view! {
        <li class="hp-kept-copy">
            <p>{label}</p>
            <div class="hp-button-row">
                <button
                    type="button"
                    class="hp-button hp-button-small"
                    aria-label=move || format!("{}: {}", t().copy_download, label())
                    on:click=download
                >
                    {move || t().copy_download}
                </button>
                <Show when=move || !asking.get()>
                    <button
                        type="button"
                        class="hp-button hp-button-small"
                        aria-label=move || format!("{}: {}", t().copy_delete, label())
                        on:click=move |_| asking.set(true)
                    >
                        {move || t().copy_delete}
                    </button>
                </Show>
            </div>
            <Show when=move || asking.get()>
                <div class="hp-confirm-inline" role="group" aria-label=move || t().copy_delete_question>
                    <p>{move || t().copy_delete_question}</p>
                    <button type="button" class="hp-button hp-button-small hp-button-danger" on:click=delete>
                        {move || t().copy_delete_yes}
                    </button>
                    <button type="button" class="hp-button hp-button-small" on:click=move |_| asking.set(false)>
                        {move || t().cancel}
                    </button>
                </div>
            </Show>
        </li>
    }
}

/// "Fjern planen fra denne enhed", after a question that says what is lost.
#[component]
fn RemoveFromDevice() -> impl IntoView {
    let state = use_editor();
    let asking = RwSignal::new(false);
    let question_id = state.dom_id("remove-device-question");
    let t = move || state.lang.get().device();
    let no_ref = NodeRef::<leptos::html::Button>::new();
    let ask = move |_| {
        asking.set(true);
        request_animation_frame(move || {
            if let Some(button) = no_ref.get_untracked() {
                let _ = button.focus();
            }
        });
    };
    let remove = move |_| {
        asking.set(false);
        let done = with_device(state, Autosave::remove_from_device).unwrap_or(false);
        state.announce(if done { t().removed } else { t().remove_failed });
    };
    view! {
        <div class="hp-remove-device">
            <Show when=move || !asking.get()>
                <button type="button" class="hp-button" on:click=ask>{move || t().remove}</button>
                <p class="hp-hint">{move || t().remove_hint}</p>
            </Show>
            <Show when=move || asking.get()>
                <div class="hp-confirm-inline" role="group" aria-labelledby=question_id.clone()>
                    <p id=question_id.clone()>{move || t().remove_question}</p>
                    <p class="hp-confirm-detail">{move || t().remove_text}</p>
                    <button type="button" class="hp-button hp-button-small hp-button-danger" on:click=remove>
                        {move || t().remove_yes}
                    </button>
                    <button
                        type="button"
                        class="hp-button hp-button-small"
                        node_ref=no_ref
                        on:click=move |_| asking.set(false)
                    >
                        {move || t().cancel}
                    </button>
                </div>
            </Show>
        </div>
    }
}
