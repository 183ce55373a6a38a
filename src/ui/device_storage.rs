//! The plan on this device: the notice when a save could not be read nor kept aside (saving
//! is held; the text can be downloaded), and in the file menu the copies kept aside and
//! "Fjern planen fra denne enhed". The storage work is the platform's: it implements
//! [`DeviceStore`] and attaches it to the editor ([`EditorState::attach_device`]).

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::browser::files;
use super::confirm::RemoveWithConfirm;
use super::state::{use_editor, EditorState};
use crate::model::Edit;

/// This editor's saves on this device, as the components and the document need them.
/// `ui` defines it and the platform's autosave implements it, so `ui` never names the
/// platform (docs/architecture.md, "Layers depend one way").
pub trait DeviceStore {
    /// Whether saving is held over a save that could not be read (tracked).
    fn held(&self) -> bool;
    /// The text of the unreadable save, for download.
    fn unreadable_text(&self) -> Option<String>;
    /// The user chose to save again, over the unreadable text.
    fn resume(&self);
    /// Saves kept aside on this device (tracked: re-read after a delete).
    fn kept_copies(&self) -> Vec<KeptCopy>;
    fn read_copy(&self, key: &str) -> Option<String>;
    fn delete_copy(&self, key: &str) -> bool;
    /// Deletes everything this editor keeps on this device and starts an empty editor.
    /// `false`: storage refused a delete.
    fn remove_from_device(&self) -> bool;
    /// A local edit (from [`EditorState::edit`], undo, redo), to replay if another editor
    /// saved meanwhile.
    fn edited(&self, edit: Edit);
    /// The whole plan was replaced locally ([`EditorState::replace_plan`]).
    fn replaced(&self);
    /// Keeps a small text beside the plan, under `<namespace>:<name>` (removed with the
    /// plan); `None` deletes it.
    fn remember(&self, name: &str, text: Option<&str>);
    /// The text kept under `<namespace>:<name>`.
    fn recall(&self, name: &str) -> Option<String>;
    /// Deletes every key whose name starts with this editor's namespace, whatever feature
    /// wrote it (workshop mode's "Afslut workshop"), and starts an empty editor that
    /// writes nothing until the next edit. `false`: storage refused a delete.
    fn remove_by_prefix(&self) -> bool;
}

/// A save that could not be read, kept aside on this device.
#[derive(Debug, Clone, PartialEq)]
pub struct KeptCopy {
    pub key: String,
    /// When it was kept aside (from the key; `None` if the key was written by hand).
    pub at: Option<DateTime<Utc>>,
}

/// Runs `f` on this editor's device store; `None` when autosave is off.
fn with_device<T>(state: EditorState, f: impl FnOnce(&dyn DeviceStore) -> T) -> Option<T> {
    state.device().map(|device| f(&*device))
}

/// Offers `text` as a plain-text file named for today, and says how it went.
fn download_text(state: EditorState, text: &str) {
    let t = state.host.lang.get_untracked().device();
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
        if !with_device(state, |d| d.held()).unwrap_or(false) {
            return None;
        }
        let t = state.host.lang.get().device();
        let download = move |_| {
            if let Some(text) = with_device(state, |d| d.unreadable_text()).flatten() {
                download_text(state, &text);
            }
        };
        let resume = move |_| {
            with_device(state, |d| d.resume());
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
    state.device().is_some().then(|| {
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
        let copies = with_device(state, |d| d.kept_copies()).unwrap_or_default();
        if copies.is_empty() {
            return None;
        }
        let t = state.host.lang.get().device();
        Some(view! {
            <section class="hp-kept-copies" aria-labelledby=heading_id.clone()>
                <h2 id=heading_id.clone() class="hp-menu-heading" tabindex="-1">{t.copies_heading}</h2>
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
    let key = StoredValue::new(copy.key.clone());
    let label = move || {
        let lang = state.host.lang.get();
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
    let t = move || state.host.lang.get().device();
    let download = move |_| {
        if let Some(text) = key.with_value(|k| with_device(state, |d| d.read_copy(k)).flatten()) {
            download_text(state, &text);
        }
    };
    // Focus after: the list's heading, or the next control when the last copy went.
    let delete = move || {
        key.with_value(|k| with_device(state, |d| d.delete_copy(k)));
        state.announce(t().copy_deleted);
        let left = with_device(state, |d| !d.kept_copies().is_empty()).unwrap_or(false);
        Some(state.dom_id(if left {
            "kept-copies"
        } else {
            REMOVE_DEVICE_ID
        }))
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
                <RemoveWithConfirm
                    label=Signal::derive(move || t().copy_delete.to_string())
                    accessible_name=Signal::derive(move || format!("{}: {}", t().copy_delete, label()))
                    question=Signal::derive(move || t().copy_delete_question.to_string())
                    yes=Signal::derive(move || t().copy_delete_yes)
                    no=Signal::derive(move || t().cancel)
                    on_confirm=delete
                />
            </div>
        </li>
    }
}

/// The local DOM id of "Fjern planen fra denne enhed".
const REMOVE_DEVICE_ID: &str = "remove-device";

/// "Fjern planen fra denne enhed", after a question that says what is lost.
#[component]
fn RemoveFromDevice() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().device();
    // The button stays (the editor starts empty), so focus returns to it.
    let remove = move || {
        let done = with_device(state, |d| d.remove_from_device()).unwrap_or(false);
        state.announce(if done { t().removed } else { t().remove_failed });
        None
    };
    view! {
        <div class="hp-remove-device">
            <RemoveWithConfirm
                id=REMOVE_DEVICE_ID
                label=Signal::derive(move || t().remove.to_string())
                accessible_name=Signal::derive(move || t().remove.to_string())
                hint=Signal::derive(move || Some(t().remove_hint.to_string()))
                question=Signal::derive(move || t().remove_question.to_string())
                detail=Signal::derive(move || Some(t().remove_text.to_string()))
                yes=Signal::derive(move || t().remove_yes)
                no=Signal::derive(move || t().cancel)
                on_confirm=remove
            />
        </div>
    }
}
