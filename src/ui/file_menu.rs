//! Save, open and print: export as a JSON file, copy JSON, open a file (picker or
//! drag-and-drop), load a sample plan, show the whole plan and print it.
//! Also the two messages these lead to: the import error summary and "replace the plan?".

use leptos::ev::DragEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser::{element_by_id, files};
use super::device_storage::DeviceMenu;
use super::state::{use_editor, EditorState};
use crate::format;

#[component]
pub fn FileMenu() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().files();
    let file_input_id = state.dom_id("open-file");
    let sample_id = state.dom_id("sample");
    let sample_ref = sample_id.clone();
    let file_ref = file_input_id.clone();
    let samples = format::samples::list();
    let chosen_sample = RwSignal::new(
        samples
            .first()
            .map(|(name, _)| name.to_string())
            .unwrap_or_default(),
    );

    let export = move |_| export_plan(state);
    let copy = move |_| {
        let text = state.plan.with_untracked(format::export_json);
        leptos::task::spawn_local(async move {
            let ok = files::copy_text(&text).await.is_ok();
            let t = state.host.lang.get_untracked().files();
            state.announce(if ok { t.copied } else { t.copy_failed });
        });
    };
    let open = move |_| open_file_chooser(&file_ref);
    let load_sample = move |_| {
        let name = chosen_sample.get_untracked();
        if let Some(text) = format::samples::get(&name) {
            match format::import_json(text) {
                Ok(plan) => state.offer_plan(plan),
                Err(errors) => state.report_import_errors(name, errors),
            }
        }
    };
    let toggle_whole = move |_| state.nav.print_all.update(|all| *all = !*all);
    let print = move |_| {
        state.nav.print_all.set(true);
        // Print once the whole plan has rendered.
        request_animation_frame(|| {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        });
    };

    view! {
        <details class="hp-menu">
            <summary class="hp-button">{move || t().menu}</summary>
            <div class="hp-menu-body">
                <button type="button" class="hp-button" on:click=export>{move || t().export}</button>
                <button type="button" class="hp-button" on:click=copy>{move || t().copy}</button>
                <button type="button" class="hp-button" on:click=open>{move || t().open}</button>
                <PlanFileInput
                    id=file_input_id
                    label=Signal::derive(move || t().open_label)
                    on_file=move |file| import_file(state, file)
                />
                <p class="hp-hint">{move || t().drop_hint}</p>
                <div class="hp-field">
                    <label for=sample_ref>{move || t().samples_label}</label>
                    <select
                        id=sample_id
                        class="hp-select"
                        on:change=move |ev| chosen_sample.set(event_target_value(&ev))
                    >
                        {samples.iter().map(|(name, title)| view! {
                            <option value=*name>
                                {move || (t().sample_title)(name).unwrap_or(title)}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="button" class="hp-button" on:click=load_sample>{move || t().load_sample}</button>
                <button
                    type="button"
                    class="hp-button"
                    aria-pressed=move || state.nav.print_all.get().to_string()
                    on:click=toggle_whole
                >
                    {move || t().whole_plan}
                </button>
                <button type="button" class="hp-button" on:click=print>{move || t().print}</button>
                <DeviceMenu />
            </div>
        </details>
    }
}

/// Downloads the plan as `<title>-<date>.json`.
pub fn export_plan(state: EditorState) {
    let t = state.host.lang.get_untracked().files();
    let (text, title, exercise) = state
        .plan
        .with_untracked(|p| (format::export_json(p), p.title.clone(), p.exercise));
    let mark = state.host.lang.get_untracked().exercise_mark(exercise);
    let name = files::plan_file_name(&title, mark, chrono::Local::now().date_naive());
    match files::download(&name, &text, "application/json") {
        Ok(()) => state.announce((t.exported)(&name)),
        Err(_) => state.announce(t.read_failed),
    }
}

/// Reads a file and imports it; a bad file is reported and the plan stays as it is. A
/// file over the importer's size limit is refused before it is read.
pub fn import_file(state: EditorState, file: web_sys::File) {
    let name = file.name();
    let lang = state.host.lang.get_untracked();
    leptos::task::spawn_local(async move {
        match read_plan_file(file, lang)
            .await
            .and_then(|bytes| format::import_bytes(&bytes))
        {
            Ok(plan) => state.offer_plan(plan),
            Err(errors) => state.report_import_errors(name, errors),
        }
    });
}

/// The bytes of a plan file the user chose, up to the importer's limit; a file too large
/// or unreadable is refused in the importer's terms, so it is reported like a bad plan.
/// Shared by the file menu and the workshop's own persona.
pub async fn read_plan_file(
    file: web_sys::File,
    lang: crate::i18n::Lang,
) -> Result<Vec<u8>, Vec<format::FormatError>> {
    let name = file.name();
    let message = match files::read_bytes(file, format::MAX_BYTES).await {
        Ok(bytes) => return Ok(bytes),
        Err(files::ReadError::TooLarge { size }) => {
            let limit = format::MAX_BYTES as u64;
            let error = (lang.files().too_large)(&name, size, limit);
            return Err(vec![format::FormatError::new(
                format::ErrorCode::TooLarge,
                "",
                error,
            )]);
        }
        Err(files::ReadError::Failed(_)) => lang.files().read_failed,
    };
    Err(vec![format::FormatError::new(
        format::ErrorCode::Empty,
        "",
        message,
    )])
}

/// Opens the browser's file chooser of a [`PlanFileInput`] (found inside an embedded
/// editor's shadow root too).
pub fn open_file_chooser(input_id: &str) {
    if let Some(input) =
        element_by_id(input_id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        input.click();
    }
}

/// A hidden file input for plan files, with its label for screen readers: a visible
/// button opens it ([`open_file_chooser`]). The chosen file goes to `on_file`; the input
/// is emptied, so the same file can be chosen again.
#[component]
pub fn PlanFileInput(
    id: String,
    label: Signal<&'static str>,
    on_file: impl Fn(web_sys::File) + 'static,
) -> impl IntoView {
    view! {
        <label class="hp-visually-hidden" for=id.clone()>{move || label.get()}</label>
        <input
            id=id
            class="hp-visually-hidden"
            type="file"
            accept=".json,application/json"
            tabindex="-1"
            on:change=move |ev| {
                let input: web_sys::HtmlInputElement = event_target(&ev);
                if let Some(file) = input.files().and_then(|list| list.get(0)) {
                    on_file(file);
                }
                input.set_value("");
            }
        />
    }
}

/// Accepts a plan file dropped anywhere on the editor.
pub fn on_drop(state: EditorState, ev: DragEvent) {
    ev.prevent_default();
    if let Some(file) = ev
        .data_transfer()
        .and_then(|d| d.files())
        .and_then(|f| f.get(0))
    {
        import_file(state, file);
    }
}

/// Lets a file be dropped (the browser would otherwise open it in place of the editor).
pub fn on_drag_over(ev: DragEvent) {
    ev.prevent_default();
}

/// The import error summary: what is wrong with the file, by path, and that nothing changed.
#[component]
pub fn ImportErrors() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let id = state.dom_id("import-errors");
    view! {
        {move || state.status.import_errors.get().map(|(name, errors)| {
            let lang = lang();
            let t = lang.files();
            view! {
                <div class="hp-error-summary" role="alert" aria-labelledby=format!("{id}-h")>
                    <h2 id=id.clone() tabindex="-1" class="hp-error-summary-heading">
                        <span id=format!("{id}-h")>{(t.import_failed_heading)(&name)}</span>
                    </h2>
                    <p>{t.import_failed_intro}</p>
                    {import_error_list(lang, errors)}
                    <button type="button" class="hp-button" on:click=move |_| state.status.import_errors.set(None)>
                        {t.import_dismiss}
                    </button>
                </div>
            }
        })}
    }
}

/// "Replace the plan you have now?", when a file or sample would overwrite real work.
#[component]
pub fn ReplaceConfirm() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().files();
    let heading_id = state.dom_id("replace-heading");
    view! {
        <Show when=move || state.status.pending_replace.with(Option::is_some)>
            <div class="hp-confirm" role="group" aria-labelledby=heading_id.clone()>
                <h2 id=heading_id.clone() tabindex="-1">{move || t().replace_heading}</h2>
                <p>{move || t().replace_text}</p>
                <div class="hp-button-row">
                    <button type="button" class="hp-button hp-button-primary" on:click=move |_| state.confirm_replace()>
                        {move || t().replace_confirm}
                    </button>
                    <button type="button" class="hp-button" on:click=move |_| state.status.pending_replace.set(None)>
                        {move || t().replace_cancel}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// The importer's errors as a list, each with its kind, its path in the file and what is
/// wrong (at most 50; the first ones say what to fix). Shared by the file menu and the
/// workshop's own-persona file.
pub fn import_error_list(
    lang: crate::i18n::Lang,
    errors: Vec<crate::format::FormatError>,
) -> impl IntoView {
    let whole = lang.files().whole_document;
    view! {
        <ul>
            {errors.into_iter().take(50).map(|e| {
                let path = if e.path.is_empty() { whole.to_string() } else { e.path.clone() };
                view! {
                    <li>
                        <strong>{lang.format_error_kind(e.code)}</strong>" — "
                        <code>{path}</code>": "{e.message}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
