//! Every field of one intervention. Each change is one `UpdateIntervention` (or
//! `SetInterventionStatus`) carrying the whole changed intervention.

use leptos::prelude::*;

use super::{catalogue_basis, legal_basis_text, local_id, update, Shared};
use crate::i18n::Lang;
use crate::model::limits::SHORT_TEXT_MAX;
use crate::model::ItemRef;
use crate::model::{
    DecisionStatus, Edit, Intervention, InterventionId, InterventionStatus, LegalBasis, PersonId,
    Sector,
};
use crate::ui::browser::{focus_by_id, today};
use crate::ui::fields::{DateField, EnumSelect, SelectField, TextArea, TextField};
use crate::ui::state::use_editor;

const STATUSES: [InterventionStatus; 6] = [
    InterventionStatus::Proposed,
    InterventionStatus::Planned,
    InterventionStatus::Active,
    InterventionStatus::Paused,
    InterventionStatus::Completed,
    InterventionStatus::Cancelled,
];

const DECISIONS: [DecisionStatus; 5] = [
    DecisionStatus::NotRequested,
    DecisionStatus::Pending,
    DecisionStatus::Granted,
    DecisionStatus::PartlyGranted,
    DecisionStatus::Refused,
];

/// Value of the legal-basis select for "write it yourself".
const OTHER: &str = "other";

#[component]
pub(super) fn EditForm(id: InterventionId, item: Memo<Option<Intervention>>) -> impl IntoView {
    let state = use_editor();
    let shared = expect_context::<Shared>();
    let lang = move || state.host.lang.get();
    let t = move || lang().interventions();
    let text = move |f: fn(&Intervention) -> String| {
        Signal::derive(move || item.with(|i| i.as_ref().map(f).unwrap_or_default()))
    };
    // A text field sends a field edit: the splice of what was typed.
    let set = move |field: &'static str| {
        move |value: String| {
            let _ = state.edit_text(Some(ItemRef::Intervention(id)), field, value);
        }
    };
    let sector = Memo::new(move |_| item.with(|i| i.as_ref().map(|i| i.sector)));

    // --- title, area, type
    let title = text(|i| i.title.clone());
    let title_error = Signal::derive(move || {
        title
            .with(|t| t.trim().is_empty())
            .then(|| t().title_empty.to_string())
    });
    let kind = text(|i| i.kind.clone().unwrap_or_default());
    let kind_options = Signal::derive(move || {
        let lang = lang();
        let current = kind.get();
        let sector = sector.get();
        let mut options = vec![(String::new(), t().type_none.to_string())];
        state.host.catalogue.with(|c| {
            options.extend(
                c.intervention_types
                    .iter()
                    .filter(|ty| Some(ty.sector) == sector || ty.code == current)
                    .map(|ty| (ty.code.clone(), lang.catalogue_label(&ty.label).to_string())),
            );
            if !current.is_empty() && c.intervention_type(&current).is_none() {
                options.push((current.clone(), (t().kind_unknown)(&current)));
            }
        });
        options
    });
    let choose_kind = move |code: String| {
        let basis = state.host.catalogue.with_untracked(|c| {
            c.intervention_type(&code)
                .and_then(|ty| ty.legal_basis.as_deref())
                .and_then(|code| c.legal_basis(code))
                .map(|entry| entry.legal_basis())
        });
        let _ = update(state, item, |i| {
            i.kind = (!code.is_empty()).then_some(code);
            if i.legal_basis.is_none() {
                i.legal_basis = basis;
            }
        });
    };

    // --- legal basis: from the catalogue or written by hand
    let basis = Memo::new(move |_| item.with(|i| i.as_ref().and_then(|i| i.legal_basis.clone())));
    let basis_choice = Signal::derive(move || {
        basis.with(|b| match b {
            None => String::new(),
            Some(b) => state.host.catalogue.with(|c| {
                catalogue_basis(c, b)
                    .map(|e| e.code.clone())
                    .unwrap_or_else(|| OTHER.to_string())
            }),
        })
    });
    let basis_options = Signal::derive(move || {
        let lang = lang();
        let sector = sector.get();
        let current = basis_choice.get();
        let mut options = vec![(String::new(), t().legal_none.to_string())];
        state.host.catalogue.with(|c| {
            options.extend(
                c.legal_basis_choices(sector, today(), &current)
                    .map(|e| (e.code.clone(), legal_basis_text(lang, c, &e.legal_basis()))),
            )
        });
        options.push((OTHER.to_string(), t().legal_other.to_string()));
        options
    });
    let law_id = local_id(id, "law");
    let choose_basis = move |code: String| {
        if code == OTHER {
            focus_by_id(&state.dom_id(&local_id(id, "law")));
            return;
        }
        let chosen = state
            .host
            .catalogue
            .with_untracked(|c| c.legal_basis(&code).map(|e| e.legal_basis()));
        let _ = update(state, item, |i| i.legal_basis = chosen);
    };
    let set_basis_part = move |law: bool| {
        move |value: String| {
            let _ = update(state, item, |i| {
                let mut b = i.legal_basis.clone().unwrap_or_default();
                if law {
                    b.law = value;
                } else {
                    b.paragraph = value;
                }
                i.legal_basis = (b != LegalBasis::default()).then_some(b);
            });
        }
    };

    // --- responsibility
    let person = text(|i| {
        i.responsible_person
            .map(|p| p.to_string())
            .unwrap_or_default()
    });
    let person_options = Signal::derive(move || {
        std::iter::once((String::new(), t().person_none.to_string()))
            .chain(
                shared
                    .people
                    .get()
                    .into_iter()
                    .map(|(id, name)| (id.to_string(), name)),
            )
            .collect::<Vec<_>>()
    });
    let person_hint = Signal::derive(move || {
        shared
            .people
            .with(Vec::is_empty)
            .then(|| t().no_people_hint)
    });
    let choose_person = move |value: String| {
        let chosen = uuid::Uuid::parse_str(&value).ok().map(PersonId);
        let _ = update(state, item, |i| i.responsible_person = chosen);
    };

    // --- dates and frequency
    let start = Signal::derive(move || item.with(|i| i.as_ref().and_then(|i| i.period.start)));
    let end = Signal::derive(move || item.with(|i| i.as_ref().and_then(|i| i.period.end)));
    let end_error = Signal::derive(move || match (start.get(), end.get()) {
        (Some(s), Some(e)) if e < s => Some(t().end_before_start.to_string()),
        _ => None,
    });

    // --- status and decision
    let status =
        Signal::derive(move || item.with(|i| i.as_ref().map(|i| i.status).unwrap_or_default()));
    let choose_status = move |status| {
        let _ = state.edit(Edit::SetInterventionStatus { id, status });
    };
    let decision = Memo::new(move |_| {
        item.with(|i| i.as_ref().map(|i| i.decision.clone()).unwrap_or_default())
    });
    let needed_id = state.dom_id(&local_id(id, "decision-needed"));
    // Where a complaint about this decision goes, from the catalogue by its legal basis.
    let complaint_route = move || {
        let lang = state.host.lang.get();
        let route = basis.with(|b| {
            b.as_ref()
                .and_then(|b| state.host.catalogue.with(|c| c.complaint_route(b).cloned()))
        });
        lang.decision()
            .route_line(lang, state.host.voice(), route.as_ref())
    };

    view! {
        <div class="hp-iv-form">
            <div class="hp-iv-grid">
                <TextField
                    id=local_id(id, "title")
                    label=Signal::derive(move || t().title_label)
                    value=title
                    on_input=set("title")
                    error=title_error
                    required=true
                />
                <EnumSelect
                    id=local_id(id, "sector")
                    label=Signal::derive(move || t().sector_label)
                    variants=&Sector::ALL
                    name=Lang::sector
                    value=Signal::derive(move || sector.get().unwrap_or(Sector::ALL[0]))
                    on_change=move |s| {
                        let _ = update(state, item, |i| i.sector = s);
                    }
                />
                <SelectField
                    id=local_id(id, "kind")
                    label=Signal::derive(move || t().kind_label)
                    options=kind_options
                    value=kind
                    on_change=choose_kind
                />
            </div>
            <TextArea
                id=local_id(id, "description")
                label=Signal::derive(move || t().description_label)
                hint=Signal::derive(move || Some(t().description_hint))
                value=text(|i| i.description.clone())
                on_input=set("description")
                rows=3
            />
            <fieldset class="hp-iv-fieldset">
                <legend>{move || t().legal_basis_label}</legend>
                <SelectField
                    id=local_id(id, "basis")
                    label=Signal::derive(move || t().legal_select_label)
                    options=basis_options
                    value=basis_choice
                    on_change=choose_basis
                    hint=Signal::derive(move || Some(t().legal_hint))
                />
                <div class="hp-iv-grid">
                    <TextField
                        id=law_id
                        label=Signal::derive(move || t().law_label)
                        value=Signal::derive(move || basis.with(|b| b.as_ref().map(|b| b.law.clone()).unwrap_or_default()))
                        on_input=set_basis_part(true)
                        maxlength=SHORT_TEXT_MAX
                    />
                    <TextField
                        id=local_id(id, "paragraph")
                        label=Signal::derive(move || t().paragraph_label)
                        value=Signal::derive(move || basis.with(|b| b.as_ref().map(|b| b.paragraph.clone()).unwrap_or_default()))
                        on_input=set_basis_part(false)
                        maxlength=SHORT_TEXT_MAX
                    />
                </div>
            </fieldset>
            <div class="hp-iv-grid">
                <TextField
                    id=local_id(id, "authority")
                    label=Signal::derive(move || t().authority_label)
                    hint=Signal::derive(move || Some(t().authority_hint))
                    value=text(|i| i.responsible_authority.clone())
                    on_input=set("responsible_authority")
                    maxlength=SHORT_TEXT_MAX
                />
                <SelectField
                    id=local_id(id, "person")
                    label=Signal::derive(move || t().person_label)
                    options=person_options
                    value=person
                    on_change=choose_person
                    hint=person_hint
                />
                <TextField
                    id=local_id(id, "provider")
                    label=Signal::derive(move || t().provider_edit_label)
                    value=text(|i| i.provider.clone())
                    on_input=set("provider")
                    maxlength=SHORT_TEXT_MAX
                />
                <TextField
                    id=local_id(id, "frequency")
                    label=Signal::derive(move || t().frequency_edit_label)
                    hint=Signal::derive(move || Some(t().frequency_hint))
                    value=text(|i| i.frequency.clone())
                    on_input=set("frequency")
                    maxlength=SHORT_TEXT_MAX
                />
                <DateField
                    id=local_id(id, "start")
                    label=Signal::derive(move || t().start_label)
                    value=start
                    on_change=move |date| {
                        let _ = update(state, item, |i| i.period.start = date);
                    }
                />
                <DateField
                    id=local_id(id, "end")
                    label=Signal::derive(move || t().end_label)
                    value=end
                    error=end_error
                    on_change=move |date| {
                        let _ = update(state, item, |i| i.period.end = date);
                    }
                />
                <EnumSelect
                    id=local_id(id, "status")
                    label=Signal::derive(move || t().status_label)
                    variants=&STATUSES
                    name=Lang::intervention_status
                    value=status
                    on_change=choose_status
                />
            </div>
            <fieldset class="hp-iv-fieldset">
                <legend>{move || t().decision_legend}</legend>
                <div class="hp-check">
                    <input
                        type="checkbox"
                        id=needed_id.clone()
                        prop:checked=move || decision.with(|d| d.needed)
                        disabled=move || state.locked.get()
                        on:change=move |ev| {
                            let needed = event_target_checked(&ev);
                            let _ = update(state, item, |i| i.decision.needed = needed);
                        }
                    />
                    <label for=needed_id.clone()>{move || t().decision_needed_label}</label>
                </div>
                <Show when=move || decision.with(|d| d.needed)>
                    <div class="hp-iv-grid">
                        <EnumSelect
                            id=local_id(id, "decision-status")
                            label=Signal::derive(move || t().decision_status_label)
                            variants=&DECISIONS
                            name=Lang::decision_status
                            value=Signal::derive(move || decision.get().status)
                            on_change=move |status| {
                                let _ = update(state, item, |i| i.decision.status = status);
                            }
                        />
                        <DateField
                            id=local_id(id, "decision-date")
                            label=Signal::derive(move || t().decision_date_label)
                            value=Signal::derive(move || decision.get().date)
                            on_change=move |date| {
                                let _ = update(state, item, |i| i.decision.date = date);
                            }
                        />
                    </div>
                    <TextArea
                        id=local_id(id, "decision-reasons")
                        label=Signal::derive(move || t().decision_reasons_label)
                        hint=Signal::derive(move || Some(t().decision_reasons_hint))
                        value=text(|i| i.decision.reasons.clone())
                        on_input=set("decision.reasons")
                        rows=3
                    />
                    <p class="hp-hint hp-iv-route">{complaint_route}</p>
                </Show>
            </fieldset>
        </div>
    }
}
