//! The interventions section (indsatser): what will happen, who does it, when, under which
//! law, which goals it serves and what must happen first — and whether the citizen agrees.
//!
//! Built for long plans (2,000 interventions): the list is keyed by id, each card reads its
//! own intervention through a memo, heavy parts (edit form, goal links, dialogue) render only
//! while their disclosure is open, and a search box, an area filter and "show more" keep the
//! page short.
//!
//! - [`add`]: the form that adds an intervention (area, type from the catalogue, title);
//! - [`card`]: one intervention as a card (facts, citizen's agreement, move, remove);
//! - [`edit_form`]: every field of one intervention;
//! - [`links`]: linked goals and "comes after" (dependencies).

mod add;
mod card;
mod edit_form;
mod links;

use std::collections::HashMap;

use leptos::prelude::*;

use super::browser::focus_by_id;
use super::fields::{from_option_value, option_value};
use super::section::SectionFrame;
use super::state::{use_editor, EditorState, Section};
use crate::i18n::Lang;
use crate::model::{
    Catalogue, EditError, GoalId, GoalLevel, Intervention, InterventionId, LegalBasis, PersonId,
    Plan, Sector, Target,
};

/// How many cards are shown before "show more".
const PAGE: usize = 100;

/// A goal as the interventions section offers it.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct GoalChoice {
    pub id: GoalId,
    pub title: String,
    pub level: GoalLevel,
}

/// What every card reads, computed once per plan change for the whole section.
#[derive(Clone, Copy)]
pub(super) struct Shared {
    /// Index of each intervention in the plan (changes only when the list changes).
    pub positions: Memo<HashMap<InterventionId, usize>>,
    /// The interventions that pass the search and area filter, in plan order.
    pub visible: Memo<Vec<InterventionId>>,
    /// Titles by id, for "comes after".
    pub titles: Memo<Vec<(InterventionId, String)>>,
    pub goals: Memo<Vec<GoalChoice>>,
    pub people: Memo<Vec<(PersonId, String)>>,
    pub comment_counts: Memo<HashMap<InterventionId, usize>>,
    /// The card whose edit form opens when it first renders (just added).
    pub expand: RwSignal<Option<InterventionId>>,
    pub query: RwSignal<String>,
    pub sector_filter: RwSignal<Option<Sector>>,
    pub limit: RwSignal<usize>,
    /// Set when another view opened an intervention far down a long list: only that card is
    /// shown (rendering the 1,500 cards before it would take seconds), with "show all".
    pub only: RwSignal<Option<InterventionId>>,
}

impl Shared {
    /// Makes sure a card is on screen: clears filters that hide it and shows enough cards.
    pub fn reveal(&self, id: InterventionId) {
        self.only.set(None);
        if !self.visible.with_untracked(|v| v.contains(&id)) {
            self.query.set(String::new());
            self.sector_filter.set(None);
        }
        let place = self
            .visible
            .with_untracked(|v| v.iter().position(|x| *x == id));
        if place.is_some_and(|p| p >= self.limit.get_untracked()) {
            self.only.set(Some(id));
        }
    }
}

/// The DOM id (local part) of a control on one intervention's card.
pub(super) fn local_id(id: InterventionId, part: &str) -> String {
    format!("iv-{id}-{part}")
}

/// Replaces one intervention with a changed copy (`UpdateIntervention`). "Nothing changed"
/// is not an error for a form field.
pub(super) fn update(
    state: EditorState,
    item: Memo<Option<Intervention>>,
    change: impl FnOnce(&mut Intervention),
) -> Result<(), EditError> {
    let Some(mut intervention) = item.get_untracked() else {
        return Ok(());
    };
    change(&mut intervention);
    match state.edit(crate::model::Edit::UpdateIntervention { intervention }) {
        Err(EditError::NoChange) => Ok(()),
        other => other,
    }
}

/// "Serviceloven § 85 – Socialpædagogisk støtte (bostøtte)" when the catalogue knows the
/// basis, else "Serviceloven § 85".
pub(super) fn legal_basis_text(lang: Lang, catalogue: &Catalogue, basis: &LegalBasis) -> String {
    match catalogue_basis(catalogue, basis) {
        Some(entry) => format!("{basis} \u{2013} {}", lang.catalogue_label(&entry.label)),
        None => basis.to_string(),
    }
}

/// The catalogue entry with the same law and paragraph.
pub(super) fn catalogue_basis<'a>(
    catalogue: &'a Catalogue,
    basis: &LegalBasis,
) -> Option<&'a crate::model::catalogue::LegalBasisEntry> {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    catalogue
        .legal_bases
        .iter()
        .find(|e| norm(&e.law) == norm(&basis.law) && norm(&e.paragraph) == norm(&basis.paragraph))
}

/// Whether an intervention matches a lower-cased search text.
fn matches(plan: &Plan, item: &Intervention, query: &str) -> bool {
    if query.is_empty() {
        return true;
    }
    let has = |text: &str| text.to_lowercase().contains(query);
    has(&item.title)
        || has(&item.description)
        || has(&item.responsible_authority)
        || has(&item.provider)
        || item
            .legal_basis
            .as_ref()
            .is_some_and(|b| has(&b.to_string()))
        || item
            .responsible_person
            .and_then(|p| plan.person(p))
            .is_some_and(|p| has(&p.name))
}

#[component]
pub fn InterventionsSection() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().interventions();

    let ids = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.interventions.iter().map(|i| i.id).collect::<Vec<_>>())
    });
    let positions = Memo::new(move |_| {
        ids.with(|ids| {
            ids.iter()
                .enumerate()
                .map(|(i, id)| (*id, i))
                .collect::<HashMap<_, _>>()
        })
    });
    let query = RwSignal::new(String::new());
    let sector_filter = RwSignal::new(None::<Sector>);
    let limit = RwSignal::new(PAGE);
    let only = RwSignal::new(None::<InterventionId>);
    let visible = Memo::new(move |_| {
        if let Some(id) = only.get() {
            if state.plan.with(|p| p.intervention(id).is_some()) {
                return vec![id];
            }
        }
        let q = query.with(|q| q.trim().to_lowercase());
        let sector = sector_filter.get();
        state.plan.with(|p| {
            p.interventions
                .iter()
                .filter(|i| sector.is_none_or(|s| i.sector == s))
                .filter(|i| matches(p, i, &q))
                .map(|i| i.id)
                .collect::<Vec<_>>()
        })
    });
    let titles = Memo::new(move |_| {
        state.plan.with(|p| {
            p.interventions
                .iter()
                .map(|i| (i.id, i.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let goals = Memo::new(move |_| {
        state.plan.with(|p| {
            p.goals
                .iter()
                .map(|g| GoalChoice {
                    id: g.id,
                    title: g.title.clone(),
                    level: g.level,
                })
                .collect::<Vec<_>>()
        })
    });
    let people = Memo::new(move |_| {
        state.plan.with(|p| {
            p.people
                .iter()
                .map(|person| {
                    let name = if person.unit.trim().is_empty() {
                        person.name.clone()
                    } else {
                        format!("{} ({})", person.name, person.unit)
                    };
                    (person.id, name)
                })
                .collect::<Vec<_>>()
        })
    });
    let comment_counts = Memo::new(move |_| {
        state.plan.with(|p| {
            let mut counts = HashMap::new();
            for c in &p.comments {
                if let Target::Intervention(id) = c.on {
                    *counts.entry(id).or_insert(0usize) += 1;
                }
            }
            counts
        })
    });
    let sector_counts = Memo::new(move |_| {
        state
            .plan
            .with(|p| Sector::ALL.map(|s| p.interventions.iter().filter(|i| i.sector == s).count()))
    });
    let shared = Shared {
        positions,
        visible,
        titles,
        goals,
        people,
        comment_counts,
        expand: RwSignal::new(None),
        query,
        sector_filter,
        limit,
        only,
    };
    provide_context(shared);
    // An item opened from another view (a finding, the timeline): make its card visible.
    Effect::new(move |_| {
        if let Some(crate::model::ItemRef::Intervention(id)) = state.nav.reveal.get() {
            shared.reveal(id);
            state.nav.reveal.set(None);
        }
    });

    let shown = Memo::new(move |_| {
        let all = state.nav.print_all.get();
        let limit = limit.get();
        visible.with(|v| {
            if all {
                v.clone()
            } else {
                v.iter().take(limit).copied().collect::<Vec<_>>()
            }
        })
    });
    let total = Memo::new(move |_| ids.with(Vec::len));
    let filtering = move || {
        !query.with(|q| q.trim().is_empty())
            || sector_filter.get().is_some()
            || only.get().is_some()
    };
    let hidden_by_limit = move || visible.with(Vec::len).saturating_sub(shown.with(Vec::len));

    let search_id = state.dom_id("iv-search");
    let search_hint_id = state.dom_id("iv-search-hint");
    let filter_id = state.dom_id("iv-filter-sector");
    let list_label = move || t().list_label;

    view! {
        <SectionFrame section=Section::Interventions intro=Signal::derive(move || Some(t().intro.to(state.host.voice())))>
            <Show when=move || state.locked.get()>
                <p class="hp-iv-locked" role="note">
                    <span aria-hidden="true">"🔒 "</span>{move || state.lock_note(t().locked_note)}
                </p>
            </Show>
            <Show when=move || !state.locked.get()>
                <add::AddForm />
            </Show>
            <Show when=move || { total.get() > 0 }>
                <div class="hp-iv-find" role="search" aria-label=move || t().find_heading>
                    <div class="hp-field hp-iv-search">
                        <label for=search_id.clone()>{move || t().search_label}</label>
                        <p id=search_hint_id.clone() class="hp-hint">{move || t().search_hint}</p>
                        <input
                            id=search_id.clone()
                            class="hp-input"
                            type="search"
                            autocomplete="off"
                            aria-describedby=search_hint_id.clone()
                            prop:value=move || query.get()
                            on:input=move |ev| {
                                only.set(None);
                                query.set(event_target_value(&ev));
                                limit.set(PAGE);
                            }
                        />
                    </div>
                    <div class="hp-field hp-iv-filter">
                        <label for=filter_id.clone()>{move || t().filter_sector_label}</label>
                        <select
                            id=filter_id.clone()
                            class="hp-select"
                            on:change=move |ev| {
                                only.set(None);
                                sector_filter.set(from_option_value(&event_target_value(&ev)));
                                limit.set(PAGE);
                            }
                        >
                            {move || {
                                let lang = state.host.lang.get();
                                let counts = sector_counts.get();
                                let current = sector_filter.get();
                                let all = view! {
                                    <option value="" selected=current.is_none()>
                                        {(lang.interventions().filter_all)(total.get())}
                                    </option>
                                };
                                let each = Sector::ALL.into_iter().zip(counts).map(|(s, n)| view! {
                                    <option value=option_value(&s) selected=current == Some(s)>
                                        {(lang.interventions().sector_count)(lang.sector(s), n)}
                                    </option>
                                }).collect_view();
                                view! { {all} {each} }
                            }}
                        </select>
                    </div>
                </div>
                <p class="hp-iv-count" role="status">
                    {move || filtering().then(|| (t().showing)(visible.with(Vec::len), total.get()))}
                </p>
            </Show>
            <Show when=move || total.get() == 0>
                <p class="hp-iv-empty">{move || t().none_yet}</p>
            </Show>
            <Show when=move || { total.get() > 0 && visible.with(Vec::is_empty) }>
                <p class="hp-iv-empty">{move || t().none_match}</p>
            </Show>
            <Show when=move || only.get().is_some()>
                <button
                    type="button"
                    class="hp-button"
                    on:click=move |_| {
                        only.set(None);
                        focus_by_id(&state.dom_id("iv-search"));
                    }
                >
                    {move || t().show_all}
                </button>
            </Show>
            <Show when=move || filtering() && visible.with(Vec::is_empty)>
                <button
                    type="button"
                    class="hp-button"
                    on:click=move |_| {
                        query.set(String::new());
                        sector_filter.set(None);
                    }
                >
                    {move || t().show_all}
                </button>
            </Show>
            <ol class="hp-iv-list" aria-label=list_label>
                <For each=move || shown.get() key=|id| *id let:id>
                    <card::InterventionCard id=id />
                </For>
            </ol>
            <Show when=move || { hidden_by_limit() > 0 }>
                <button
                    type="button"
                    class="hp-button hp-iv-more-button"
                    on:click=move |_| limit.update(|l| *l += PAGE)
                >
                    {move || (t().show_more)(hidden_by_limit())}
                </button>
            </Show>
        </SectionFrame>
    }
}
