//! The one "remove" that asks first, inline (no `window.confirm`): the question, then
//! yes / keep. Removals can also be undone from the toolbar.

use leptos::prelude::*;

use super::browser::focus_by_id;
use super::state::use_editor;

/// A remove button that asks first, in place of the button: the question, "yes, remove"
/// and "keep" (hidden while the plan is locked).
///
/// Focus, the same everywhere: opening the question moves focus to its keep button (a slip
/// of Enter keeps the item); keeping returns focus to the remove button; a removal moves
/// focus to the element whose DOM id `on_confirm` returns (the next item's heading, or the
/// list's heading). When `on_confirm` returns `None` (the removal was refused and the caller
/// says why, or the button stays, as for the plan on this device) focus returns to the
/// remove button.
/// `may_ask`, when given, runs first; `false` keeps the question closed (the caller says
/// why, e.g. "move its sub-goals first"). `detail` is a second line under the question
/// (what is lost); `hint` a line under the button that describes it; `id` the button's
/// local DOM id, for other controls to send focus to it.
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
    /// Removes; returns the DOM id to focus after, or `None` when the removal was refused.
    on_confirm: impl Fn() -> Option<String> + Clone + Send + Sync + 'static,
    #[prop(optional, into)] may_ask: Option<Callback<(), bool>>,
    #[prop(optional, into)] detail: MaybeProp<String>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let state = use_editor();
    let asking = RwSignal::new(false);
    let question_id = state.dom_id(&format!("confirm-{}", uuid::Uuid::new_v4().simple()));
    let hint_id = format!("{question_id}-hint");
    let button_id = id.map(|id| state.dom_id(&id));
    let no_ref = NodeRef::<leptos::html::Button>::new();
    let remove_ref = NodeRef::<leptos::html::Button>::new();
    let focus_soon = move |button: NodeRef<leptos::html::Button>| {
        request_animation_frame(move || {
            // By the next frame the item (and this control) may be gone: a disposed
            // reference must not be read (that panics, and the release build aborts).
            if let Some(Some(button)) = button.try_get_untracked() {
                let _ = button.focus();
            }
        });
    };
    let remove_button = move || {
        let hint_id = hint_id.clone();
        let described_by = hint.with(Option::is_some).then(|| hint_id.clone());
        view! {
            <button
                type="button"
                id=button_id.clone()
                class="hp-button hp-button-small hp-button-remove"
                aria-label=move || accessible_name.get()
                aria-describedby=described_by
                node_ref=remove_ref
                on:click=move |_| {
                    if may_ask.is_none_or(|may| may.run(())) {
                        asking.set(true);
                        focus_soon(no_ref);
                    }
                }
            >
                {move || label.get()}
            </button>
            {move || hint.get().map(|text| view! { <p id=hint_id.clone() class="hp-hint">{text}</p> })}
        }
    };
    let ask = move || {
        let on_confirm = on_confirm.clone();
        let (labelled_by, question_id) = (question_id.clone(), question_id.clone());
        view! {
            <div class="hp-confirm-inline" role="group" aria-labelledby=labelled_by>
                <p id=question_id>{move || question.get()}</p>
                {move || detail.get().map(|text| view! { <p class="hp-confirm-detail">{text}</p> })}
                <button
                    type="button"
                    class="hp-button hp-button-small hp-button-danger"
                    on:click=move |_| {
                        asking.set(false);
                        let next = on_confirm();
                        match next {
                            Some(id) => request_animation_frame(move || focus_by_id(&id)),
                            None => focus_soon(remove_ref),
                        }
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
                        focus_soon(remove_ref);
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
