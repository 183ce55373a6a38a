//! "Remove" that asks first, inline (no `window.confirm`): the question, then yes / cancel.
//! Removals can also be undone from the toolbar.

use leptos::prelude::*;

use super::state::use_editor;

#[component]
pub fn RemoveWithConfirm(
    /// The button's text, e.g. "Fjern".
    #[prop(into)]
    label: Signal<String>,
    /// Its accessible name when the text alone is ambiguous, e.g. "Fjern: Jonas Holm".
    #[prop(into)]
    accessible_name: Signal<String>,
    #[prop(into)] question: Signal<String>,
    #[prop(into)] yes: Signal<&'static str>,
    #[prop(into)] no: Signal<&'static str>,
    on_confirm: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_editor();
    let asking = RwSignal::new(false);
    let question_id = state.dom_id(&format!("confirm-{}", uuid::Uuid::new_v4().simple()));
    let no_ref = NodeRef::<leptos::html::Button>::new();
    let remove_ref = NodeRef::<leptos::html::Button>::new();
    let remove_button = move || {
        view! {
            <button
                type="button"
                class="hp-button hp-button-small"
                aria-label=move || accessible_name.get()
                node_ref=remove_ref
                on:click=move |_| {
                    asking.set(true);
                    request_animation_frame(move || {
                        if let Some(button) = no_ref.get_untracked() {
                            let _ = button.focus();
                        }
                    });
                }
            >
                {move || label.get()}
            </button>
        }
    };
    let ask = move || {
        let on_confirm = on_confirm.clone();
        let (labelled_by, question_id) = (question_id.clone(), question_id.clone());
        view! {
            <div class="hp-confirm-inline" role="group" aria-labelledby=labelled_by>
                <p id=question_id>{move || question.get()}</p>
                <button
                    type="button"
                    class="hp-button hp-button-small hp-button-danger"
                    on:click=move |_| {
                        asking.set(false);
                        on_confirm();
                    }
                >
                    {move || yes.get()}
                </button>
                <button
                    type="button"
                    class="hp-button hp-button-small"
                    node_ref=no_ref
                    on:click=move |_| {
                        asking.set(false);
                        request_animation_frame(move || {
                            if let Some(button) = remove_ref.get_untracked() {
                                let _ = button.focus();
                            }
                        });
                    }
                >
                    {move || no.get()}
                </button>
            </div>
        }
    };
    move || match (state.locked.get(), asking.get()) {
        (true, _) => ().into_any(),
        (false, false) => remove_button().into_any(),
        (false, true) => ask().into_any(),
    }
}

/// Splits a text area's lines into a list, dropping empty lines.
pub fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// The text of a one-per-line list as the user types it. The model keeps the list without
/// empty lines, so showing the model's list would swallow the Enter that starts a new line;
/// the draft keeps it and follows the model when the list changes elsewhere (undo).
pub fn list_draft(model: Signal<Vec<String>>) -> RwSignal<String> {
    let draft = RwSignal::new(model.get_untracked().join("\n"));
    Effect::new(move |_| {
        let items = model.get();
        if draft.with_untracked(|d| lines(d)) != items {
            draft.set(items.join("\n"));
        }
    });
    draft
}
