//! Which entries of the joint assessment a goal comes from: shown on the card as links
//! that open the entry, and chosen in the goal's form (`LinkAssessment` /
//! `UnlinkAssessment`). A link to an entry someone removed says so and can be taken away.

use leptos::prelude::*;

use super::local_id;
use crate::model::{AssessmentId, Edit, Goal, GoalId, ItemRef, Plan};
use crate::ui::state::use_editor;

/// `(id, name)` of every entry, named "area – voice: first words", in plan order.
fn entry_names(state: crate::ui::EditorState, plan: &Plan) -> Vec<(AssessmentId, String)> {
    let lang = state.host.lang.get();
    let t = lang.assessment();
    state.host.catalogue.with(|c| {
        plan.assessment
            .iter()
            .map(|e| {
                let area = lang.life_area_name(c, &e.life_area);
                let voice = lang.assessment_voice(e.perspective, false);
                (
                    e.id,
                    (t.entry_name)(&area, voice, &lang.excerpt(&e.text, 60)),
                )
            })
            .collect()
    })
}

/// On the goal card: "Bygger på:" and the entries, each a button to it.
#[component]
pub(super) fn AssessmentBasis(id: GoalId, goal: Memo<Option<Goal>>) -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().assessment();
    let linked = Memo::new(move |_| {
        goal.with(|g| g.as_ref().map(|g| g.assessment.clone()).unwrap_or_default())
    });
    let names = Memo::new(move |_| {
        if linked.with(Vec::is_empty) {
            return Vec::new();
        }
        let all = state.plan.with(|p| entry_names(state, p));
        linked.with(|l| {
            l.iter()
                .map(|e| (*e, all.iter().find(|(x, _)| x == e).map(|(_, n)| n.clone())))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !linked.with(Vec::is_empty)>
            <div class="hp-goal-basis">
                <p class="hp-goal-basis-label">{move || t().goal_based_on}</p>
                <ul>
                    <For each=move || names.get() key=|(e, n)| (*e, n.clone()) let:link>
                        {
                            let (entry, name) = link;
                            match name {
                                Some(name) => {
                                    let label = name.clone();
                                    view! {
                                        <li>
                                            <button
                                                type="button"
                                                class="hp-link-button"
                                                aria-label=move || (t().open_entry)(&label)
                                                on:click=move |_| state.open_item(ItemRef::AssessmentEntry(entry))
                                            >
                                                {name}
                                            </button>
                                        </li>
                                    }
                                    .into_any()
                                }
                                None => view! {
                                    <li>
                                        <span>{move || t().entry_gone}</span>
                                        " "
                                        <Show when=move || !state.locked.get()>
                                            <button
                                                type="button"
                                                class="hp-button hp-button-small"
                                                on:click=move |_| {
                                                    let _ = state.edit(Edit::UnlinkAssessment { goal: id, entry });
                                                }
                                            >
                                                {move || t().unlink_gone}
                                            </button>
                                        </Show>
                                    </li>
                                }
                                .into_any(),
                            }
                        }
                    </For>
                </ul>
            </div>
        </Show>
    }
}

/// In the goal's form: a checkbox per entry of the assessment.
#[component]
pub(super) fn AssessmentLinks(id: GoalId, goal: Memo<Option<Goal>>) -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().assessment();
    let linked = Memo::new(move |_| {
        goal.with(|g| g.as_ref().map(|g| g.assessment.clone()).unwrap_or_default())
    });
    let entries = Memo::new(move |_| state.plan.with(|p| entry_names(state, p)));
    let legend_id = state.dom_id(&local_id(id, "assessment-legend"));
    let hint_id = state.dom_id(&local_id(id, "assessment-hint"));
    let (labelled_by, described_by) = (legend_id.clone(), hint_id.clone());
    let toggle = move |entry: AssessmentId, on: bool| {
        let edit = if on {
            Edit::LinkAssessment { goal: id, entry }
        } else {
            Edit::UnlinkAssessment { goal: id, entry }
        };
        let _ = state.edit(edit);
    };
    view! {
        <fieldset class="hp-iv-fieldset hp-goal-assessment" aria-labelledby=labelled_by aria-describedby=described_by>
            <legend id=legend_id>{move || t().goal_links_legend}</legend>
            <p id=hint_id class="hp-hint">{move || t().goal_links_hint}</p>
            <Show
                when=move || !entries.with(Vec::is_empty)
                fallback=move || view! { <p class="hp-hint">{t().goal_links_none}</p> }
            >
                <ul class="hp-iv-checks">
                    <For each=move || entries.get() key=|(e, n)| (*e, n.clone()) let:entry>
                        {
                            let (entry_id, name) = entry;
                            let box_id = state.dom_id(&format!("{}-{entry_id}", local_id(id, "assessment")));
                            view! {
                                <li class="hp-check">
                                    <input
                                        type="checkbox"
                                        id=box_id.clone()
                                        prop:checked=move || linked.with(|l| l.contains(&entry_id))
                                        disabled=move || state.locked.get()
                                        on:change=move |ev| toggle(entry_id, event_target_checked(&ev))
                                    />
                                    <label for=box_id>{name}</label>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </fieldset>
    }
}
