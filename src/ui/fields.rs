//! Labelled form controls shared by the sections. Every control has a visible label,
//! an optional hint and error tied to it with `aria-describedby`, and a DOM id that is
//! unique per editor (several editors can share a page).

use chrono::NaiveDate;
use leptos::prelude::*;

use super::state::use_editor;
use crate::i18n::Lang;

/// `aria-describedby` for a control: its hint and its error, when present.
fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// What the user typed or pasted, without invisible control characters (a paste from a word
/// processor can carry them; the model would refuse the whole edit). When some were taken
/// out, the status line says so: the text she sees is not quite what she pasted.
fn typed_text(ev: &leptos::ev::Event) -> String {
    let raw = event_target_value(ev);
    let clean: String = raw
        .chars()
        .filter(|c| !crate::model::limits::is_forbidden_control(*c))
        .collect();
    if clean.len() != raw.len() {
        let state = use_editor();
        state.status.announce(
            state
                .host
                .lang
                .get_untracked()
                .texts()
                .control_chars_removed,
        );
    }
    clean
}

/// What a text field holds that the plan does not: the user's text, kept after the model
/// refused it (a locked plan, a date outside the window …), and why, in words. Nothing
/// typed is lost: the text stays in the field, marked as not saved, until the next
/// accepted input or a change of the plan from elsewhere replaces it.
#[derive(Clone, Default)]
struct Draft {
    text: String,
    why: String,
}

/// After an input: a refused edit leaves the typed text in the field as a draft and says
/// why; an accepted one clears the draft. Text the model changed on the way in (invisible
/// control characters stripped) is shown as the model has it.
fn after_input(
    ev: &leptos::ev::Event,
    typed: String,
    value: Signal<String>,
    draft: RwSignal<Option<Draft>>,
) {
    use wasm_bindgen::JsCast;
    if keep_if_refused(draft, typed) {
        return;
    }
    let model = value.get_untracked();
    if event_target_value(ev) == model {
        return;
    }
    let Some(target) = ev.target() else { return };
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(&model);
    } else if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(&model);
    }
}

/// Keeps `text` as the field's draft when the edit just made was refused (and says why);
/// clears the draft otherwise. `true` when the text was kept.
fn keep_if_refused(draft: RwSignal<Option<Draft>>, text: String) -> bool {
    let state = use_editor();
    match state.take_refusal() {
        // A locked or read-only plan: the field is read-only, there is nothing to keep.
        Some(crate::model::EditError::Locked { .. }) | None => {
            draft.set(None);
            false
        }
        Some(err) => {
            let why = state.host.refusal(&err);
            draft.set(Some(Draft { text, why }));
            true
        }
    }
}

/// Shows `text` in a text control. While the user is in it, text that came from elsewhere
/// (a co-author typing in the same field) moves the caret as it moves the text: written
/// before the caret, the caret shifts; written at or after it, the caret stays, so the
/// user's next keystrokes stay next to their own (a plain `value =` jumps to the end).
fn show_text(control: &web_sys::HtmlElement, text: &str) {
    use wasm_bindgen::JsCast;
    let (current, selection) = if let Some(input) = control.dyn_ref::<web_sys::HtmlInputElement>() {
        let selection = input
            .selection_start()
            .ok()
            .flatten()
            .zip(input.selection_end().ok().flatten());
        (input.value(), selection)
    } else if let Some(area) = control.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let selection = area
            .selection_start()
            .ok()
            .flatten()
            .zip(area.selection_end().ok().flatten());
        (area.value(), selection)
    } else {
        return;
    };
    if current == text {
        return;
    }
    let focused = control
        .owner_document()
        .and_then(|d| d.active_element())
        .is_some_and(|active| &active == control.as_ref())
        || control
            .get_root_node()
            .dyn_ref::<web_sys::ShadowRoot>()
            .and_then(web_sys::ShadowRoot::active_element)
            .is_some_and(|active| &active == control.as_ref());
    let moved = selection.filter(|_| focused).and_then(|(start, end)| {
        let (at, delete, insert) = crate::model::splice::splice_between(&current, text)?;
        let inserted = crate::model::splice::utf16_len(&insert);
        let shift = |pos: u32| -> u32 {
            let pos = pos as usize;
            let moved = if pos <= at {
                pos
            } else if pos >= at + delete {
                pos + inserted - delete
            } else {
                at + inserted
            };
            u32::try_from(moved).unwrap_or(u32::MAX)
        };
        Some((shift(start), shift(end)))
    });
    if let Some(input) = control.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(text);
        if let Some((start, end)) = moved {
            let _ = input.set_selection_range(start, end);
        }
    } else if let Some(area) = control.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(text);
        if let Some((start, end)) = moved {
            let _ = area.set_selection_range(start, end);
        }
    }
}

/// Keeps a text control showing `shown` (see [`show_text`]).
fn follow_text<E>(node: NodeRef<E>, shown: impl Fn() -> String + 'static)
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    use wasm_bindgen::JsCast;
    Effect::new(move |_| {
        let text = shown();
        if let Some(control) = node.get() {
            if let Some(control) = control.dyn_ref::<web_sys::HtmlElement>() {
                show_text(control, &text);
            }
        }
    });
}

/// A field's draft, and its error line: the draft's "not saved" reason first, else the
/// caller's error. The draft ends when the plan's value changes from elsewhere (undo,
/// another device): the field then shows the plan again.
fn draft_of<T: PartialEq + Clone + Send + Sync + 'static>(
    value: Signal<T>,
    error: Signal<Option<String>>,
) -> (RwSignal<Option<Draft>>, Signal<Option<String>>) {
    let state = use_editor();
    let draft = RwSignal::new(None::<Draft>);
    let seen = StoredValue::new(value.get_untracked());
    Effect::new(move |_| {
        let now = value.get();
        if seen.with_value(|s| *s != now) {
            seen.set_value(now);
            draft.set(None);
        }
    });
    let error = Signal::derive(move || match draft.get() {
        Some(d) => Some((state.texts().draft_not_saved)(&d.why)),
        None => error.get(),
    });
    (draft, error)
}

/// The hint and error lines under a label.
#[component]
fn HintAndError(
    id: String,
    #[prop(into)] hint: Signal<Option<&'static str>>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    view! {
        {move || hint.get().map(|text| view! { <p id=hint_id.clone() class="hp-hint">{text}</p> })}
        {move || {
            error.get().map(|text| view! {
                <p id=error_id.clone() class="hp-field-error">
                    <span aria-hidden="true">"⚠ "</span>{text}
                </p>
            })
        }}
    }
}

/// A one-line text field that commits every input to the model.
#[component]
pub fn TextField(
    /// Local id; made unique per editor (a `&'static str` or a `String` built per item).
    #[prop(into)]
    id: String,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] value: Signal<String>,
    on_input: impl Fn(String) + 'static,
    #[prop(into, optional)] hint: Signal<Option<&'static str>>,
    #[prop(into, optional)] error: Signal<Option<String>>,
    #[prop(optional)] required: bool,
    #[prop(default = 200)] maxlength: usize,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let state = use_editor();
    let id = state.dom_id(&id);
    let (draft, error) = draft_of(value, error);
    let node = NodeRef::<leptos::html::Input>::new();
    follow_text(node, move || {
        draft
            .with(|d| d.as_ref().map(|d| d.text.clone()))
            .unwrap_or_else(|| value.get())
    });
    let described = {
        let id = id.clone();
        move || described_by(&id, hint.get().is_some(), error.get().is_some())
    };
    view! {
        <div class="hp-field" class:hp-draft=move || draft.with(Option::is_some)>
            <label for=id.clone()>
                {move || label.get()}
                {required.then(|| view! { <span class="hp-required" aria-hidden="true">" *"</span> })}
            </label>
            <HintAndError id=id.clone() hint=hint error=error />
            <input
                id=id
                class=format!("hp-input {class}")
                type="text"
                autocomplete="off"
                maxlength=maxlength.to_string()
                required=required
                readonly=move || state.locked.get()
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described
                node_ref=node
                on:input=move |ev| {
                    let typed = typed_text(&ev);
                    // A refusal left by some other control is not this field's.
                    let _ = state.take_refusal();
                    on_input(typed.clone());
                    after_input(&ev, typed, value, draft);
                }
            />
        </div>
    }
}

/// A multi-line text field.
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] value: Signal<String>,
    on_input: impl Fn(String) + 'static,
    #[prop(into, optional)] hint: Signal<Option<&'static str>>,
    #[prop(into, optional)] error: Signal<Option<String>>,
    /// Marks the text as the citizen's own words (badge + edge; not colour alone).
    #[prop(optional)]
    citizens_words: bool,
    #[prop(default = 4)] rows: u32,
    #[prop(default = 10_000)] maxlength: usize,
) -> impl IntoView {
    let state = use_editor();
    let id = state.dom_id(&id);
    let (draft, error) = draft_of(value, error);
    let node = NodeRef::<leptos::html::Textarea>::new();
    follow_text(node, move || {
        draft
            .with(|d| d.as_ref().map(|d| d.text.clone()))
            .unwrap_or_else(|| value.get())
    });
    let described = {
        let id = id.clone();
        move || described_by(&id, hint.get().is_some(), error.get().is_some())
    };
    view! {
        <div class="hp-field" class:hp-own-words=citizens_words class:hp-draft=move || draft.with(Option::is_some)>
            <div class="hp-label-row">
                <label for=id.clone()>{move || label.get()}</label>
                {citizens_words.then(|| view! {
                    <span class="hp-badge hp-badge-citizen">{move || state.texts().own_words_badge.to(state.host.voice())}</span>
                })}
            </div>
            <HintAndError id=id.clone() hint=hint error=error />
            <textarea
                id=id
                class="hp-textarea"
                rows=rows.to_string()
                maxlength=maxlength.to_string()
                readonly=move || state.locked.get()
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described
                node_ref=node
                on:input=move |ev| {
                    let typed = typed_text(&ev);
                    // A refusal left by some other control is not this field's.
                    let _ = state.take_refusal();
                    on_input(typed.clone());
                    after_input(&ev, typed, value, draft);
                }
            ></textarea>
        </div>
    }
}

/// A select from fixed options: `(value, label)`.
#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    on_change: impl Fn(String) + 'static,
    #[prop(into, optional)] hint: Signal<Option<&'static str>>,
    #[prop(into, optional)] error: Signal<Option<String>>,
) -> impl IntoView {
    let state = use_editor();
    let id = state.dom_id(&id);
    let described = {
        let id = id.clone();
        move || described_by(&id, hint.get().is_some(), error.get().is_some())
    };
    view! {
        <div class="hp-field">
            <label for=id.clone()>{move || label.get()}</label>
            <HintAndError id=id.clone() hint=hint error=error />
            <select
                id=id
                class="hp-select"
                disabled=move || state.locked.get()
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described
                on:change=move |ev| on_change(event_target_value(&ev))
            >
                {move || {
                    let current = value.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(v, text)| {
                            let selected = v == current;
                            view! { <option value=v selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// A calendar date (`<input type="date">`); an empty field is `None`. A date the plan
/// refuses (outside 1900–2200, a locked plan) stays in the field as a draft, with why.
#[component]
pub fn DateField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] value: Signal<Option<NaiveDate>>,
    on_change: impl Fn(Option<NaiveDate>) + 'static,
    #[prop(into, optional)] error: Signal<Option<String>>,
    /// Stays editable on a locked version (the date of a consent's withdrawal, which a
    /// locked version accepts).
    #[prop(optional)]
    editable_when_locked: bool,
) -> impl IntoView {
    let state = use_editor();
    let id = state.dom_id(&id);
    let (draft, error) = draft_of(value, error);
    let described = {
        let id = id.clone();
        move || described_by(&id, false, error.get().is_some())
    };
    view! {
        <div class="hp-field hp-field-date" class:hp-draft=move || draft.with(Option::is_some)>
            <label for=id.clone()>{move || label.get()}</label>
            <HintAndError id=id.clone() hint=Signal::derive(|| None::<&'static str>) error=error />
            <input
                id=id
                class="hp-input"
                type="date"
                readonly=move || !editable_when_locked && state.locked.get()
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described
                prop:value=move || {
                    draft.with(|d| d.as_ref().map(|d| d.text.clone())).unwrap_or_else(|| {
                        value.get().map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
                    })
                }
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    let _ = state.take_refusal();
                    on_change(NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok());
                    keep_if_refused(draft, text);
                }
            />
        </div>
    }
}

/// An enum variant's `<select>` option value: its serde name, as the plan format writes it
/// (`on_hold`, `share_information`), so option values and saved plans name things alike.
pub fn option_value<T: serde::Serialize>(variant: &T) -> String {
    crate::model::serde_code(variant)
}

/// The variant an option value names; `None` for an empty or unknown value.
pub fn from_option_value<T: serde::de::DeserializeOwned>(value: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(value.to_string())).ok()
}

/// `(value, label)` options for these variants, in their order.
pub fn enum_options<T: serde::Serialize + Copy>(
    variants: &[T],
    name: impl Fn(T) -> String,
) -> Vec<(String, String)> {
    variants
        .iter()
        .map(|v| (option_value(v), name(*v)))
        .collect()
}

/// A [`SelectField`] over an enum's variants: option values are serde names
/// ([`option_value`]), option texts `name` in the current language.
#[component]
pub fn EnumSelect<T>(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<&'static str>,
    /// The choices, in the order shown.
    variants: &'static [T],
    name: fn(Lang, T) -> &'static str,
    #[prop(into)] value: Signal<T>,
    on_change: impl Fn(T) + 'static,
    #[prop(into, optional)] hint: Signal<Option<&'static str>>,
    #[prop(into, optional)] error: Signal<Option<String>>,
) -> impl IntoView
where
    T: serde::Serialize + serde::de::DeserializeOwned + Copy + Send + Sync + 'static,
{
    let state = use_editor();
    let options = Signal::derive(move || {
        let lang = state.host.lang.get();
        enum_options(variants, |v| name(lang, v).to_string())
    });
    view! {
        <SelectField
            id=id
            label=label
            options=options
            value=Signal::derive(move || option_value(&value.get()))
            on_change=move |code: String| {
                if let Some(variant) = from_option_value(&code) {
                    on_change(variant);
                }
            }
            hint=hint
            error=error
        />
    }
}

/// A group of checkboxes over an enum's variants (several may be chosen), in a fieldset
/// with a legend; `value` holds the chosen ones, `on_change` gets them in `variants` order.
#[component]
pub fn EnumCheckboxes<T>(
    #[prop(into)] id: String,
    #[prop(into)] legend: Signal<&'static str>,
    variants: &'static [T],
    name: fn(Lang, T) -> &'static str,
    #[prop(into)] value: Signal<Vec<T>>,
    on_change: impl Fn(Vec<T>) + Clone + Send + Sync + 'static,
    #[prop(into, optional)] hint: Signal<Option<&'static str>>,
) -> impl IntoView
where
    T: serde::Serialize + PartialEq + Copy + Send + Sync + 'static,
{
    let state = use_editor();
    let id = state.dom_id(&id);
    let hint_id = format!("{id}-hint");
    let described = hint_id.clone();
    view! {
        <fieldset class="hp-fieldset hp-checkboxes" aria-describedby=move || hint.get().map(|_| described.clone())>
            <legend>{move || legend.get()}</legend>
            {move || hint.get().map(|text| view! { <p id=hint_id.clone() class="hp-hint">{text}</p> })}
            {variants.iter().map(|variant| {
                let variant = *variant;
                let box_id = format!("{id}-{}", option_value(&variant));
                let on_change = on_change.clone();
                view! {
                    <div class="hp-check">
                        <input
                            type="checkbox"
                            id=box_id.clone()
                            prop:checked=move || value.with(|v| v.contains(&variant))
                            disabled=move || state.locked.get()
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                let chosen = value.get_untracked();
                                let next: Vec<T> = variants
                                    .iter()
                                    .copied()
                                    .filter(|v| if *v == variant { on } else { chosen.contains(v) })
                                    .collect();
                                on_change(next);
                            }
                        />
                        <label for=box_id>{move || name(state.host.lang.get(), variant)}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// One checkbox with its label.
#[component]
pub fn CheckboxField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] value: Signal<bool>,
    on_change: impl Fn(bool) + 'static,
) -> impl IntoView {
    let state = use_editor();
    let id = state.dom_id(&id);
    view! {
        <div class="hp-check">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || value.get()
                disabled=move || state.locked.get()
                on:change=move |ev| on_change(event_target_checked(&ev))
            />
            <label for=id>{move || label.get()}</label>
        </div>
    }
}
