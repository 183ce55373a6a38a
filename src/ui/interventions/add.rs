//! Adding an intervention: the area (required), optionally a type from the catalogue
//! (which fills in the title and the usual legal basis), and a title (required).

use chrono::Utc;
use leptos::prelude::*;

use super::{local_id, Shared};
use crate::model::{Edit, Intervention, Sector};
use crate::ui::browser::focus_by_id;
use crate::ui::fields::{enum_options, from_option_value, SelectField, TextField};
use crate::ui::state::use_editor;

#[component]
pub(super) fn AddForm() -> impl IntoView {
    let state = use_editor();
    let shared = expect_context::<Shared>();
    let t = move || state.host.lang.get().interventions();

    // The chosen area as its option value; empty until one is chosen.
    let sector = RwSignal::new(String::new());
    let chosen_sector = move || from_option_value::<Sector>(&sector.get());
    let kind = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    // Errors show after a first attempt, and update as the user fixes them.
    let tried = RwSignal::new(false);
    let sector_error = Signal::derive(move || {
        (tried.get() && chosen_sector().is_none()).then(|| t().sector_required.to_string())
    });
    let title_error = Signal::derive(move || {
        (tried.get() && title.with(|t| t.trim().is_empty())).then(|| t().title_required.to_string())
    });

    let sector_options = Signal::derive(move || {
        let lang = state.host.lang.get();
        std::iter::once((String::new(), t().sector_choose.to_string()))
            .chain(enum_options(&Sector::ALL, |s| lang.sector(s).to_string()))
            .collect::<Vec<_>>()
    });
    let type_options = Signal::derive(move || {
        let lang = state.host.lang.get();
        let chosen = chosen_sector();
        let mut options = vec![(String::new(), t().type_none.to_string())];
        if let Some(s) = chosen {
            state.host.catalogue.with(|c| {
                options.extend(
                    c.intervention_types
                        .iter()
                        .filter(|ty| ty.sector == s)
                        .map(|ty| (ty.code.clone(), lang.catalogue_label(&ty.label).to_string())),
                )
            });
        }
        options
    });
    let type_hint = Signal::derive(move || {
        Some(if chosen_sector().is_some() {
            t().type_hint
        } else {
            t().type_pick_sector_first
        })
    });

    let choose_sector = move |code: String| {
        sector.set(code);
        // A type from another area no longer fits.
        let fits = state.host.catalogue.with_untracked(|c| {
            c.intervention_type(&kind.get_untracked())
                .is_some_and(|ty| {
                    Some(ty.sector) == from_option_value::<Sector>(&sector.get_untracked())
                })
        });
        if !fits {
            kind.set(String::new());
        }
    };
    let choose_type = move |code: String| {
        let lang = state.host.lang.get_untracked();
        state.host.catalogue.with_untracked(|c| {
            let previous = c.intervention_type(&kind.get_untracked());
            let untouched = title.with_untracked(|t| {
                t.trim().is_empty()
                    || previous.is_some_and(|p| *t == p.label.da || *t == p.label.en)
            });
            if let (true, Some(ty)) = (untouched, c.intervention_type(&code)) {
                title.set(lang.catalogue_label(&ty.label).to_string());
            }
        });
        kind.set(code);
    };

    let heading_id = state.dom_id("iv-add-heading");
    let labelled_by = heading_id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Some(chosen) = from_option_value::<Sector>(&sector.get_untracked()) else {
            focus_by_id(&state.dom_id("iv-new-sector"));
            return;
        };
        let text = title.get_untracked().trim().to_string();
        if text.is_empty() {
            focus_by_id(&state.dom_id("iv-new-title"));
            return;
        }
        let actor = state.host.actor.get_untracked();
        let mut intervention = Intervention::new(chosen, text.clone(), &actor, Utc::now());
        state.host.catalogue.with_untracked(|c| {
            if let Some(ty) = c.intervention_type(&kind.get_untracked()) {
                intervention.kind = Some(ty.code.clone());
                intervention.legal_basis = ty
                    .legal_basis
                    .as_deref()
                    .and_then(|code| c.legal_basis(code))
                    .map(|entry| entry.legal_basis());
            }
        });
        let id = intervention.id;
        if state
            .edit(Edit::AddIntervention {
                intervention,
                position: None,
            })
            .is_ok()
        {
            tried.set(false);
            title.set(String::new());
            kind.set(String::new());
            shared.expand.set(Some(id));
            shared.reveal(id);
            state.announce((t().added)(&text));
            let field = state.dom_id(&local_id(id, "title"));
            request_animation_frame(move || focus_by_id(&field));
        }
    };

    view! {
        <form class="hp-iv-add" novalidate aria-labelledby=labelled_by on:submit=submit>
            <h3 id=heading_id class="hp-subheading">{move || t().add_heading}</h3>
            <div class="hp-iv-add-fields">
                <SelectField
                    id="iv-new-sector"
                    label=Signal::derive(move || t().sector_label)
                    options=sector_options
                    value=sector
                    on_change=choose_sector
                    error=sector_error
                />
                <SelectField
                    id="iv-new-type"
                    label=Signal::derive(move || t().type_label)
                    options=type_options
                    value=kind
                    on_change=choose_type
                    hint=type_hint
                />
                <TextField
                    id="iv-new-title"
                    label=Signal::derive(move || t().title_label)
                    value=title
                    on_input=move |text| title.set(text)
                    error=title_error
                    required=true
                />
            </div>
            <button type="submit" class="hp-button hp-button-primary">
                {move || t().add_button}
            </button>
        </form>
    }
}
