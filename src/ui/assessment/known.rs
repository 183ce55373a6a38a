//! "Det ved vi allerede": documents and facts already obtained, who has them and since
//! when, so nobody asks the citizen for them again.

use chrono::Utc;
use leptos::prelude::*;

use super::entries::area_options;
use crate::model::{Edit, ItemRef, KnownFact, KnownFactId};
use crate::ui::browser::focus_by_id;
use crate::ui::confirm::RemoveWithConfirm;
use crate::ui::dialogue::byline;
use crate::ui::fields::{DateField, SelectField, TextField};
use crate::ui::state::use_editor;

#[component]
pub(super) fn KnownList() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().assessment();
    let ids = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.known_facts.iter().map(|f| f.id).collect::<Vec<_>>())
    });
    let heading_id = state.dom_id("assessment-known-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="hp-assessment-known" aria-labelledby=labelled_by>
            <h3 id=heading_id class="hp-subheading" tabindex="-1">{move || t().known_heading}</h3>
            <p class="hp-intro">{move || t().known_intro}</p>
            <Show
                when=move || !ids.with(Vec::is_empty)
                fallback=move || view! { <p>{t().known_none}</p> }
            >
                <ul class="hp-card-list">
                    <For each=move || ids.get() key=|id| *id let:id>
                        <KnownCard id=id />
                    </For>
                </ul>
            </Show>
            <Show when=move || !state.locked.get()>
                <AddKnownForm />
            </Show>
        </section>
    }
}

#[component]
fn KnownCard(id: KnownFactId) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().assessment();
    let fact = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.known_facts.iter().find(|f| f.id == id).cloned())
    });
    let item = Some(ItemRef::KnownFact(id));
    let text = move |f: fn(&KnownFact) -> String| {
        Signal::derive(move || fact.with(|x| x.as_ref().map(f).unwrap_or_default()))
    };
    let what = text(|f| f.what.clone());
    let obtained = Signal::derive(move || fact.with(|f| f.as_ref().and_then(|f| f.obtained)));
    let health = Memo::new(move |_| {
        fact.with(|f| {
            f.as_ref()
                .is_some_and(|f| state.host.catalogue.with(|c| f.is_health(c)))
        })
    });
    let set = move |field: &'static str, value: serde_json::Value| {
        let _ = state.edit(Edit::SetField {
            item,
            field: field.into(),
            value,
        });
    };
    let written = move || {
        fact.with(|f| {
            f.as_ref()
                .map(|f| (t().written_down_by)(&byline(lang(), &f.created_by, f.created_at)))
                .unwrap_or_default()
        })
    };
    let health_id = state.dom_id(&format!("known-{id}-health"));
    let heading = state.dom_id("assessment-known-heading");
    view! {
        <li class="hp-card hp-known-fact" data-item=id.0.to_string()>
            <TextField
                id=format!("known-{id}-what")
                label=Signal::derive(move || t().known_what_label)
                value=what
                maxlength=500
                on_input=move |v| { let _ = state.edit_text(item, "what", v); }
            />
            <div class="hp-assessment-about">
                <TextField
                    id=format!("known-{id}-held-by")
                    label=Signal::derive(move || t().known_held_by_label)
                    hint=Signal::derive(move || Some(t().known_held_by_hint))
                    value=text(|f| f.held_by.clone())
                    maxlength=500
                    on_input=move |v| { let _ = state.edit_text(item, "held_by", v); }
                />
                <DateField
                    id=format!("known-{id}-obtained")
                    label=Signal::derive(move || t().known_obtained_label)
                    value=obtained
                    on_change=move |d| {
                        set("obtained", super::entries::date_value(d));
                    }
                />
                <SelectField
                    id=format!("known-{id}-area")
                    label=Signal::derive(move || t().known_area_label)
                    options=Signal::derive(move || state.host.catalogue.with(|c| area_options(lang(), c, t().known_area_none)))
                    value=text(|f| f.life_area.clone().unwrap_or_default())
                    on_change=move |code: String| {
                        set("life_area", if code.is_empty() { serde_json::Value::Null } else { code.into() });
                    }
                />
            </div>
            <div class="hp-check hp-health">
                <input
                    type="checkbox"
                    id=health_id.clone()
                    prop:checked=move || health.get()
                    disabled=move || state.locked.get()
                    on:change=move |ev| set("health", event_target_checked(&ev).into())
                />
                <label for=health_id>{move || t().health_label}</label>
            </div>
            <p class="hp-byline">{written}</p>
            <Show when=move || !state.locked.get()>
                <RemoveWithConfirm
                    label=Signal::derive(move || t().known_remove.to_string())
                    accessible_name=Signal::derive(move || (t().known_remove_name)(&what.get()))
                    question=Signal::derive(move || (t().known_confirm_remove)(&what.get()))
                    yes=Signal::derive(move || t().confirm_yes)
                    no=Signal::derive(move || t().confirm_no)
                    on_confirm={
                        let heading = heading.clone();
                        move || {
                            state.edit(Edit::RemoveKnownFact { id }).ok()?;
                            state.announce(state.host.lang.get_untracked().assessment().known_removed);
                            Some(heading.clone())
                        }
                    }
                />
            </Show>
        </li>
    }
}

#[component]
fn AddKnownForm() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().assessment();
    let what = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let what_id = "assessment-known-add-what";
    let submit = move || {
        let text = what.get_untracked().trim().to_string();
        let t = state.host.lang.get_untracked().assessment();
        if text.is_empty() {
            error.set(Some(t.known_what_required.to_string()));
            let id = state.dom_id(what_id);
            request_animation_frame(move || focus_by_id(&id));
            return;
        }
        let fact = KnownFact::new(text.clone(), &state.host.actor.get_untracked(), Utc::now());
        let id = fact.id;
        match state.edit(Edit::AddKnownFact {
            fact,
            position: None,
        }) {
            Ok(()) => {
                what.set(String::new());
                error.set(None);
                state.announce((t.known_added)(&text));
                let next = state.dom_id(&format!("known-{id}-held-by"));
                request_animation_frame(move || {
                    request_animation_frame(move || focus_by_id(&next));
                });
            }
            Err(err) => error.set(Some(state.host.refusal(&err))),
        }
    };
    let heading_id = state.dom_id("assessment-known-add-heading");
    let labelled_by = heading_id.clone();
    view! {
        <form
            class="hp-add-form"
            aria-labelledby=labelled_by
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                submit();
            }
        >
            <h4 id=heading_id class="hp-subheading">{move || t().known_add_heading}</h4>
            <TextField
                id=what_id
                label=Signal::derive(move || t().known_what_label)
                hint=Signal::derive(move || Some(t().known_what_hint))
                value=what
                error=error
                required=true
                maxlength=500
                on_input=move |v| {
                    what.set(v);
                    error.set(None);
                }
            />
            <button type="submit" class="hp-button hp-button-primary">{move || t().known_add_button}</button>
        </form>
    }
}
