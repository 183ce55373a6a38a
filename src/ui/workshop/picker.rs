//! The persona picker: the six sample personas, each with its one-line description, and
//! "Brug din egen persona (fil)". A file that does not read as a plan is refused with the
//! importer's messages by path, and nothing changes.

use std::sync::Arc;

use leptos::prelude::*;

use super::persona::{self, Persona};
use super::use_workshop;
use crate::format::{self, FormatError};
use crate::ui::browser::focus_by_id;
use crate::ui::file_menu::{import_error_list, open_file_chooser, read_plan_file, PlanFileInput};
use crate::ui::state::use_editor;

#[component]
pub fn PersonaPicker() -> impl IntoView {
    let state = use_editor();
    let workshop = use_workshop();
    let lang = move || state.host.lang.get();
    let t = move || lang().workshop();
    let heading_id = state.dom_id("workshop-picker-heading");
    let file_id = state.dom_id("workshop-persona-file");
    let file_ref = file_id.clone();
    let hint_id = state.dom_id("workshop-persona-file-hint");
    // The last own file that was refused, and why (by path).
    let refused: RwSignal<Option<(String, Vec<FormatError>)>> = RwSignal::new(None);
    let errors_id = state.dom_id("workshop-file-errors");

    let pick = move |name: &'static str| {
        refused.set(None);
        // A sample always reads (`tests/workshop_personas.rs`).
        let _ = persona::choose(state, workshop, Persona::Sample(name));
    };
    let open_file = move |_| open_file_chooser(&file_ref);
    let errors_focus = errors_id.clone();
    let read_file = move |file: web_sys::File| {
        let name = file.name();
        let errors_focus = errors_focus.clone();
        let lang = state.host.lang.get_untracked();
        leptos::task::spawn_local(async move {
            let outcome = match read_plan_file(file, lang).await {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => {
                        let persona = Persona::File {
                            name: name.clone(),
                            text: Arc::from(text),
                        };
                        persona::choose(state, workshop, persona)
                    }
                    // The importer words a file that is not text.
                    Err(err) => format::import_bytes(err.as_bytes()).map(|_| ()),
                },
                Err(errors) => Err(errors),
            };
            match outcome {
                Ok(()) => refused.set(None),
                Err(errors) => {
                    refused.set(Some((name, errors)));
                    request_animation_frame(move || focus_by_id(&errors_focus));
                }
            }
        });
    };

    view! {
        <section
            class="hp-workshop-picker"
            role=move || if state.host.embedded.get() { "region" } else { "main" }
            aria-labelledby=heading_id.clone()
        >
            <h2 id=heading_id.clone() tabindex="-1">{move || t().picker_heading}</h2>
            <p>{move || t().picker_intro}</p>
            {move || refused.get().map(|(name, errors)| {
                let lang = lang();
                let files_t = lang.files();
                view! {
                    <div class="hp-error-summary" role="alert">
                        <h3 id=errors_id.clone() tabindex="-1" class="hp-error-summary-heading">
                            {(files_t.import_failed_heading)(&name)}
                        </h3>
                        <p>{files_t.import_failed_intro}</p>
                        {import_error_list(lang, errors)}
                    </div>
                }
            })}
            <ul class="hp-workshop-personas" aria-label=move || t().personas_label>
                {format::samples::list().iter().map(|(name, title)| {
                    let name: &'static str = name;
                    let title: &'static str = title;
                    view! {
                        <li>
                            <button type="button" class="hp-workshop-persona-choice" on:click=move |_| pick(name)>
                                <span class="hp-workshop-persona-title">
                                    {move || (lang().files().sample_title)(name).unwrap_or(title)}
                                </span>
                                <span class="hp-workshop-persona-summary">
                                    {move || t().scenario(name).map(|s| s.summary).unwrap_or_default()}
                                </span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <div class="hp-workshop-own">
                <button type="button" class="hp-button" aria-describedby=hint_id.clone() on:click=open_file>
                    {move || t().own_file}
                </button>
                <p id=hint_id class="hp-hint">{move || t().own_file_hint}</p>
                <PlanFileInput
                    id=file_id
                    label=Signal::derive(move || t().own_file)
                    on_file=read_file
                />
            </div>
        </section>
    }
}
