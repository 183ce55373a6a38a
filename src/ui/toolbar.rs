//! The always-visible bar: who is writing, language, undo/redo, save status (and a
//! warning when the plan nears the size limit).

use leptos::prelude::*;

use super::fields::{from_option_value, option_value};
use super::file_menu::{export_plan, FileMenu};
use super::size_warning::SizeWarning;
use super::state::{use_editor, use_host, SaveStatus};
use crate::i18n::Lang;
use crate::model::Role;

#[component]
pub fn Toolbar() -> impl IntoView {
    let state = use_editor();
    let texts = move || state.texts();

    view! {
        <header class="hp-toolbar">
            <Brand />
            <div class="hp-toolbar-controls" role="group" aria-label=move || texts().toolbar_label>
                <Show when=move || !state.host.role_fixed.get()>
                    <RoleSwitch />
                </Show>
                <div class="hp-history">
                    <button
                        type="button"
                        class="hp-button"
                        title=move || texts().undo_hint
                        aria-keyshortcuts="Control+Z"
                        disabled=move || !state.can_undo.get()
                        on:click=move |_| state.undo()
                    >
                        {move || texts().undo}
                    </button>
                    <button
                        type="button"
                        class="hp-button"
                        title=move || texts().redo_hint
                        aria-keyshortcuts="Control+Shift+Z Control+Y"
                        disabled=move || !state.can_redo.get()
                        on:click=move |_| state.redo()
                    >
                        {move || texts().redo}
                    </button>
                </div>
                <LanguageSwitch />
                <FileMenu />
            </div>
            <SaveIndicator />
            <SizeWarning />
        </header>
    }
}

/// The editor's name: an `<h1>` on its own page. Inside a portal the page has its own
/// `<h1>`, so there it is a paragraph, or a heading of the level the host chose
/// (`heading-level`, see docs/embedding.md).
#[component]
fn Brand() -> impl IntoView {
    let host = use_host();
    let name = move || host.texts().app_name;
    move || match host.brand_heading.get() {
        Some(1) => view! { <h1 class="hp-brand">{name}</h1> }.into_any(),
        Some(2) => view! { <h2 class="hp-brand">{name}</h2> }.into_any(),
        Some(3) => view! { <h3 class="hp-brand">{name}</h3> }.into_any(),
        Some(4) => view! { <h4 class="hp-brand">{name}</h4> }.into_any(),
        Some(5) => view! { <h5 class="hp-brand">{name}</h5> }.into_any(),
        Some(6) => view! { <h6 class="hp-brand">{name}</h6> }.into_any(),
        _ => view! { <p class="hp-brand">{name}</p> }.into_any(),
    }
}

#[component]
fn RoleSwitch() -> impl IntoView {
    let state = use_editor();
    let texts = move || state.texts();
    let role_name = move |role: Role| match role {
        Role::Citizen => texts().role_citizen,
        Role::Caseworker => texts().role_caseworker,
        Role::Professional => texts().role_professional,
    };
    let options = [Role::Citizen, Role::Caseworker, Role::Professional];
    let role_id = state.dom_id("role");
    let name_id = state.dom_id("author-name");
    let (role_for, name_for) = (role_id.clone(), name_id.clone());

    view! {
        <div class="hp-writer">
            <div class="hp-field hp-field-inline">
                <label for=role_for>{move || texts().role_label}</label>
                <select
                    id=role_id
                    class="hp-select"
                    on:change=move |ev| {
                        if let Some(role) = from_option_value(&event_target_value(&ev)) {
                            state.set_role(role);
                        }
                    }
                >
                    {options
                        .into_iter()
                        .map(|role| {
                            let value = option_value(&role);
                            view! {
                                <option
                                    value=value
                                    selected=move || state.host.actor.with(|a| a.role == role)
                                >
                                    {move || role_name(role)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="hp-field hp-field-inline">
                <label for=name_for>{move || texts().author_name_label}</label>
                <input
                    id=name_id
                    class="hp-input hp-input-name"
                    type="text"
                    maxlength="200"
                    autocomplete="name"
                    prop:value=move || state.host.actor.with(|a| a.name.clone())
                    on:input=move |ev| {
                        let name = event_target_value(&ev);
                        state.host.actor.update(|a| a.name = name);
                    }
                />
            </div>
        </div>
    }
}

/// Buttons rather than a select: both choices visible, each named in its own language.
/// Also on guided mode's screens, for a citizen who reads English better.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let host = use_host();
    view! {
        <div class="hp-segmented" role="group" aria-label=move || host.texts().language_label>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <button
                            type="button"
                            class="hp-segment"
                            lang=lang.code()
                            aria-pressed=move || (host.lang.get() == lang).to_string()
                            on:click=move |_| host.lang.set(lang)
                        >
                            {lang.texts().language_name}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn SaveIndicator() -> impl IntoView {
    let state = use_editor();
    let texts = move || state.texts();
    view! {
        {move || match state.status.save_status.get() {
            SaveStatus::Off => None,
            SaveStatus::Saved => Some(view! {
                <p class="hp-save-status" data-state="saved">
                    <span aria-hidden="true">"✓ "</span>{texts().saved_locally}
                </p>
            }.into_any()),
            SaveStatus::Failed => Some(view! {
                <div class="hp-save-status" data-state="failed" role="alert">
                    <p>
                        <span aria-hidden="true">"⚠ "</span>
                        <strong>{texts().not_saved}</strong>" "{texts().storage_unavailable}
                    </p>
                    <button type="button" class="hp-button" on:click=move |_| export_plan(state)>
                        {state.host.lang.get().files().export}
                    </button>
                </div>
            }.into_any()),
            SaveStatus::Held => Some(view! {
                <p class="hp-save-status" data-state="held">
                    <span aria-hidden="true">"⚠ "</span>
                    <strong>{texts().not_saved}</strong>" "{state.host.lang.get().device().held_status}
                </p>
            }.into_any()),
        }}
    }
}
