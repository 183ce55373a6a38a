//! The life areas of the assessment: per area the citizen's own descriptions and the
//! professionals', side by side and never merged; and the form that adds one.

use chrono::{NaiveDate, Utc};
use leptos::prelude::*;

use crate::i18n::Lang;
use crate::model::progress::areas_without_description;
use crate::model::{AssessmentEntry, AssessmentId, Edit, ItemRef, Perspective, Role};
use crate::ui::browser::focus_by_id;
use crate::ui::confirm::RemoveWithConfirm;
use crate::ui::dialogue::byline;
use crate::ui::fields::{DateField, SelectField, TextArea, TextField};
use crate::ui::state::use_editor;

const VOICES: [Perspective; 2] = [Perspective::Citizen, Perspective::Professional];

/// The areas shown: those with a description (catalogue order, unknown codes after), then
/// those the goals work in that still lack one, so the gap is visible where it is filled.
fn shown_areas(plan: &crate::model::Plan, catalogue: &crate::model::Catalogue) -> Vec<String> {
    let mut areas: Vec<String> = catalogue
        .life_areas
        .iter()
        .filter(|a| plan.assessment.iter().any(|e| e.life_area == a.code))
        .map(|a| a.code.clone())
        .collect();
    let rest = plan
        .assessment
        .iter()
        .map(|e| e.life_area.as_str())
        .chain(areas_without_description(plan));
    for code in rest {
        if !areas.iter().any(|a| a == code) {
            areas.push(code.to_string());
        }
    }
    areas
}

#[component]
pub(super) fn AreaList() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().assessment();
    let areas = Memo::new(move |_| {
        state
            .host
            .catalogue
            .with(|c| state.plan.with(|p| shown_areas(p, c)))
    });
    let heading_id = state.dom_id("assessment-areas-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="hp-assessment-areas" aria-labelledby=labelled_by>
            <h3 id=heading_id class="hp-subheading" tabindex="-1">{move || t().areas_heading}</h3>
            <Show
                when=move || !areas.with(Vec::is_empty)
                fallback=move || view! { <p>{t().areas_none}</p> }
            >
                <For each=move || areas.get() key=|code| code.clone() let:code>
                    <Area code=code />
                </For>
            </Show>
        </section>
    }
}

#[component]
fn Area(code: String) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().assessment();
    let name = {
        let code = code.clone();
        move || {
            state
                .host
                .catalogue
                .with(|c| lang().life_area_name(c, &code))
        }
    };
    let ids = {
        let code = code.clone();
        Memo::new(move |_| {
            state.plan.with(|p| {
                p.assessment
                    .iter()
                    .filter(|e| e.life_area == code)
                    .map(|e| (e.id, e.perspective))
                    .collect::<Vec<_>>()
            })
        })
    };
    let heading_id = state.dom_id(&format!("assessment-area-{code}"));
    let labelled_by = heading_id.clone();
    let code = StoredValue::new(code);
    view! {
        <section class="hp-assessment-area" aria-labelledby=labelled_by>
            <h4 id=heading_id class="hp-assessment-area-name">{name}</h4>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="hp-hint">{move || t().area_missing}</p>
            </Show>
            <Show when=move || !ids.with(Vec::is_empty)>
                <div class="hp-voices">
                    {VOICES.into_iter().map(|voice| {
                        let mine = Memo::new(move |_| {
                            ids.with(|ids| ids.iter().filter(|(_, p)| *p == voice).map(|(id, _)| *id).collect::<Vec<_>>())
                        });
                        let citizen_reads = move || state.host.actor.with(|a| a.role == Role::Citizen);
                        let voice_id = state.dom_id(&format!("assessment-area-{}-{}", code.get_value(), crate::ui::fields::option_value(&voice)));
                        let labelled_by = voice_id.clone();
                        view! {
                            <div class="hp-voice" role="group" aria-labelledby=labelled_by class:hp-voice-citizen=voice == Perspective::Citizen>
                                <h5 id=voice_id class="hp-voice-name">{move || lang().assessment_voice(voice, citizen_reads())}</h5>
                                <Show
                                    when=move || !mine.with(Vec::is_empty)
                                    fallback=move || view! { <p class="hp-voice-none">{t().voice_none}</p> }
                                >
                                    <ul class="hp-card-list">
                                        <For each=move || mine.get() key=|id| *id let:id>
                                            <EntryCard id=id />
                                        </For>
                                    </ul>
                                </Show>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </Show>
        </section>
    }
}

/// One description: its text, source, date and the health flag, who wrote it down, and
/// removal. A citizen reads a professional's description; she does not edit it.
#[component]
fn EntryCard(id: AssessmentId) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().assessment();
    let entry = Memo::new(move |_| state.plan.with(|p| p.assessment_entry(id).cloned()));
    let item = Some(ItemRef::AssessmentEntry(id));
    let text = move |f: fn(&AssessmentEntry) -> String| {
        Signal::derive(move || entry.with(|e| e.as_ref().map(f).unwrap_or_default()))
    };
    let citizens = Memo::new(move |_| {
        entry.with(|e| {
            e.as_ref()
                .is_some_and(|e| e.perspective == Perspective::Citizen)
        })
    });
    // Whose voice an entry is never changes (no edit sets it), so read it once.
    let citizens_voice = citizens.get_untracked();
    let editable =
        Memo::new(move |_| citizens.get() || state.host.actor.with(|a| a.role != Role::Citizen));
    let date = Signal::derive(move || entry.with(|e| e.as_ref().and_then(|e| e.date)));
    let health = Memo::new(move |_| {
        entry.with(|e| {
            e.as_ref()
                .is_some_and(|e| state.host.catalogue.with(|c| e.is_health(c)))
        })
    });
    let written = move || {
        entry.with(|e| {
            e.as_ref()
                .map(|e| (t().written_down_by)(&byline(lang(), &e.created_by, e.created_at)))
                .unwrap_or_default()
        })
    };
    let name = move || {
        entry.with(|e| {
            e.as_ref()
                .map(|e| {
                    let lang = lang();
                    let area = state
                        .host
                        .catalogue
                        .with(|c| lang.life_area_name(c, &e.life_area));
                    (lang.assessment().entry_name)(
                        &area,
                        lang.assessment_voice(e.perspective, false),
                        &lang.excerpt(&e.text, 40),
                    )
                })
                .unwrap_or_default()
        })
    };
    let set = move |field: &'static str, value: serde_json::Value| {
        let _ = state.edit(Edit::SetField {
            item,
            field: field.into(),
            value,
        });
    };
    let health_id = state.dom_id(&format!("assessment-{id}-health"));
    let health_hint_id = format!("{health_id}-hint");
    let areas_heading = state.dom_id("assessment-areas-heading");
    view! {
        <li class="hp-card hp-assessment-entry" data-item=id.0.to_string() class:hp-own-words-entry=move || citizens.get()>
            <Show
                when=move || editable.get()
                fallback=move || view! {
                    <p class="hp-assessment-text">{move || text(|e| e.text.clone()).get()}</p>
                    <p class="hp-assessment-meta">
                        {move || {
                            let lang = lang();
                            let mut about = Vec::new();
                            let source = text(|e| e.source.clone()).get();
                            if !source.trim().is_empty() {
                                about.push(format!("{}: {source}", lang.assessment().source_label));
                            }
                            if let Some(d) = date.get() {
                                about.push(lang.format_date(d));
                            }
                            about.join(" · ")
                        }}
                    </p>
                }
            >
                <TextArea
                    id=format!("assessment-{id}-text")
                    label=Signal::derive(move || t().text_label)
                    hint=Signal::derive(move || Some(if citizens.get() { t().text_hint_citizen } else { t().text_hint_professional }))
                    value=text(|e| e.text.clone())
                    citizens_words=citizens_voice
                    on_input=move |v| { let _ = state.edit_text(item, "text", v); }
                />
                <div class="hp-assessment-about">
                    <TextField
                        id=format!("assessment-{id}-source")
                        label=Signal::derive(move || t().source_label)
                        hint=Signal::derive(move || Some(t().source_hint))
                        value=text(|e| e.source.clone())
                        maxlength=500
                        on_input=move |v| { let _ = state.edit_text(item, "source", v); }
                    />
                    <DateField
                        id=format!("assessment-{id}-date")
                        label=Signal::derive(move || t().date_label)
                        value=date
                        on_change=move |d| {
                            set("date", date_value(d));
                        }
                    />
                </div>
            </Show>
            <Show
                when=move || editable.get()
                fallback=move || view! {
                    <Show when=move || health.get()>
                        <p class="hp-assessment-meta">{move || t().health_label}</p>
                    </Show>
                }
            >
                <div class="hp-health">
                    <div class="hp-check">
                        <input
                            type="checkbox"
                            id=health_id.clone()
                            prop:checked=move || health.get()
                            disabled=move || state.locked.get()
                            aria-describedby=health_hint_id.clone()
                            on:change=move |ev| set("health", event_target_checked(&ev).into())
                        />
                        <label for=health_id.clone()>{move || t().health_label}</label>
                    </div>
                    <p id=health_hint_id.clone() class="hp-hint">{move || t().health_hint}</p>
                </div>
            </Show>
            <p class="hp-byline">{written}</p>
            <Show when=move || !state.locked.get() && editable.get()>
                <RemoveWithConfirm
                    label=Signal::derive(move || t().remove_entry.to_string())
                    accessible_name=Signal::derive(move || (t().remove_entry_name)(&name()))
                    question=Signal::derive(move || t().confirm_remove_entry.to_string())
                    yes=Signal::derive(move || t().confirm_yes)
                    no=Signal::derive(move || t().confirm_no)
                    on_confirm={
                        let areas_heading = areas_heading.clone();
                        move || {
                            state.edit(Edit::RemoveAssessmentEntry { id }).ok()?;
                            state.announce(state.host.lang.get_untracked().assessment().removed_entry);
                            Some(areas_heading.clone())
                        }
                    }
                />
            </Show>
        </li>
    }
}

/// A date as the plan format writes it; `None` clears the field.
pub(super) fn date_value(date: Option<NaiveDate>) -> serde_json::Value {
    date.map_or(serde_json::Value::Null, |d| d.to_string().into())
}

/// The life areas of the catalogue as `(code, name)` options, after a "choose" option.
pub(super) fn area_options(
    lang: Lang,
    catalogue: &crate::model::Catalogue,
    first: &str,
) -> Vec<(String, String)> {
    std::iter::once((String::new(), first.to_string()))
        .chain(
            catalogue
                .life_areas
                .iter()
                .map(|a| (a.code.clone(), lang.life_area_name(catalogue, &a.code))),
        )
        .collect()
}

/// Adds a description: which life area, and whose voice (a citizen writes her own).
#[component]
pub(super) fn AddEntryForm() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().assessment();
    let area = RwSignal::new(String::new());
    let voice = RwSignal::new(Perspective::Citizen);
    let error = RwSignal::new(None::<String>);
    let citizen_writes = move || state.host.actor.with(|a| a.role == Role::Citizen);
    let area_id = "assessment-add-area";
    let voice_options = Signal::derive(move || {
        let lang = lang();
        VOICES
            .iter()
            .map(|v| {
                (
                    crate::ui::fields::option_value(v),
                    lang.assessment_voice(*v, false).to_string(),
                )
            })
            .collect::<Vec<_>>()
    });
    let submit = move || {
        let code = area.get_untracked();
        let t = state.host.lang.get_untracked().assessment();
        if code.is_empty() {
            error.set(Some(t.area_required.to_string()));
            let id = state.dom_id(area_id);
            request_animation_frame(move || focus_by_id(&id));
            return;
        }
        error.set(None);
        let actor = state.host.actor.get_untracked();
        let perspective = if actor.role == Role::Citizen {
            Perspective::Citizen
        } else {
            voice.get_untracked()
        };
        let entry = AssessmentEntry::new(code.clone(), perspective, &actor, Utc::now());
        let id = entry.id;
        match state.edit(Edit::AddAssessmentEntry {
            entry,
            position: None,
        }) {
            Ok(()) => {
                let lang = state.host.lang.get_untracked();
                let name = state
                    .host
                    .catalogue
                    .with_untracked(|c| lang.life_area_name(c, &code));
                state.announce((t.added)(&name));
                let text = state.dom_id(&format!("assessment-{id}-text"));
                request_animation_frame(move || {
                    request_animation_frame(move || focus_by_id(&text));
                });
            }
            Err(err) => error.set(Some(state.host.refusal(&err))),
        }
    };
    let heading_id = state.dom_id("assessment-add-heading");
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
            <h3 id=heading_id class="hp-subheading">{move || t().add_heading}</h3>
            <div class="hp-assessment-add-row">
                <SelectField
                    id=area_id
                    label=Signal::derive(move || t().add_area_label)
                    options=Signal::derive(move || state.host.catalogue.with(|c| area_options(lang(), c, t().area_choose)))
                    value=area
                    error=error
                    on_change=move |code| {
                        area.set(code);
                        error.set(None);
                    }
                />
                <Show
                    when=move || !citizen_writes()
                    fallback=move || view! { <p class="hp-hint">{t().add_voice_citizen_only}</p> }
                >
                    <SelectField
                        id="assessment-add-voice"
                        label=Signal::derive(move || t().add_voice_label)
                        options=voice_options
                        value=Signal::derive(move || crate::ui::fields::option_value(&voice.get()))
                        on_change=move |code: String| {
                            if let Some(v) = crate::ui::fields::from_option_value(&code) {
                                voice.set(v);
                            }
                        }
                    />
                </Show>
            </div>
            <button type="submit" class="hp-button hp-button-primary">{move || t().add_button}</button>
        </form>
    }
}
