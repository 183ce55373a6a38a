//! Which goals an intervention serves (`LinkGoal` / `UnlinkGoal`) and what must happen
//! before it (`AddDependency` / `RemoveDependency`). A circle is refused by the model and
//! said in words next to the control.

use leptos::prelude::*;

use super::{local_id, Shared};
use crate::model::{Edit, GoalId, Intervention, InterventionId};
use crate::ui::state::use_editor;

#[component]
pub(super) fn Links(id: InterventionId, item: Memo<Option<Intervention>>) -> impl IntoView {
    let state = use_editor();
    let shared = expect_context::<Shared>();
    let lang = move || state.host.lang.get();
    let t = move || lang().interventions();

    let linked =
        Memo::new(move |_| item.with(|i| i.as_ref().map(|i| i.goals.clone()).unwrap_or_default()));
    let deps = Memo::new(move |_| {
        item.with(|i| i.as_ref().map(|i| i.depends_on.clone()).unwrap_or_default())
    });
    let goals_legend_id = state.dom_id(&local_id(id, "goals-legend"));

    let toggle_goal = move |goal: GoalId, on: bool| {
        let edit = if on {
            Edit::LinkGoal {
                intervention: id,
                goal,
            }
        } else {
            Edit::UnlinkGoal {
                intervention: id,
                goal,
            }
        };
        let _ = state.edit(edit);
    };

    // --- order
    let title_of = move |other: InterventionId| {
        shared.titles.with(|titles| {
            titles
                .iter()
                .find(|(x, _)| *x == other)
                .map(|(_, title)| title.clone())
                .filter(|title| !title.trim().is_empty())
                .unwrap_or_else(|| t().untitled.to_string())
        })
    };
    let candidates = Memo::new(move |_| {
        let current = deps.get();
        shared.titles.with(|titles| {
            titles
                .iter()
                .filter(|(x, _)| *x != id && !current.contains(x))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let pick = RwSignal::new(String::new());
    let dep_error = RwSignal::new(None::<String>);
    let select_id = state.dom_id(&local_id(id, "dep-select"));
    let error_id = move || state.dom_id(&local_id(id, "dep-error"));
    let add_dep = move |_| {
        dep_error.set(None);
        let Ok(uuid) = uuid::Uuid::parse_str(&pick.get_untracked()) else {
            return;
        };
        let first = InterventionId(uuid);
        match state.edit(Edit::AddDependency {
            intervention: id,
            depends_on: first,
        }) {
            Ok(()) => {
                pick.set(String::new());
                let this = title_of(id);
                state.announce((t().deps_added)(&this, &title_of(first)));
            }
            Err(err) => {
                let message = lang().edit_error(&err, state.host.voice_untracked());
                state.announce(message.clone());
                dep_error.set(Some(message));
            }
        }
    };

    view! {
        <div class="hp-iv-links">
            <fieldset class="hp-iv-fieldset" aria-labelledby=goals_legend_id.clone()>
                <legend id=goals_legend_id.clone()>{move || t().goals_legend}</legend>
                <Show
                    when=move || !shared.goals.with(Vec::is_empty)
                    fallback=move || view! { <p class="hp-hint">{t().goals_none_in_plan}</p> }
                >
                    <ul class="hp-iv-checks">
                        <For each=move || shared.goals.get() key=|g| (g.id, g.title.clone(), g.level) let:goal>
                            {
                                let goal_id = goal.id;
                                let box_id = state.dom_id(&format!("{}-{goal_id}", local_id(id, "goal")));
                                let title = goal.title.clone();
                                let level = goal.level;
                                view! {
                                    <li class="hp-check">
                                        <input
                                            type="checkbox"
                                            id=box_id.clone()
                                            prop:checked=move || linked.with(|l| l.contains(&goal_id))
                                            disabled=move || state.locked.get()
                                            on:change=move |ev| toggle_goal(goal_id, event_target_checked(&ev))
                                        />
                                        <label for=box_id>
                                            {move || {
                                                let lang = lang();
                                                let shown = if title.trim().is_empty() { t().untitled.to_string() } else { title.clone() };
                                                (lang.interventions().goal_option)(&shown, lang.goal_level(level))
                                            }}
                                        </label>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                </Show>
            </fieldset>

            <h4 class="hp-subheading">{move || t().order_heading}</h4>
            <Show
                when=move || !deps.with(Vec::is_empty)
                fallback=move || view! { <p class="hp-hint">{t().deps_none}</p> }
            >
                <ul class="hp-iv-deps">
                    <For each=move || deps.get() key=|d| *d let:dep>
                        <li>
                            <span>{move || title_of(dep)}</span>
                            " "
                            <button
                                type="button"
                                class="hp-button hp-button-small"
                                aria-label=move || (t().deps_remove_label)(&title_of(dep))
                                disabled=move || state.locked.get()
                                on:click=move |_| {
                                    dep_error.set(None);
                                    let _ = state.edit(Edit::RemoveDependency { intervention: id, depends_on: dep });
                                }
                            >
                                {move || t().deps_remove}
                            </button>
                        </li>
                    </For>
                </ul>
            </Show>
            <Show
                when=move || !candidates.with(Vec::is_empty)
                fallback=move || view! { <p class="hp-hint">{t().deps_no_others}</p> }
            >
                <div class="hp-iv-dep-add">
                    <div class="hp-field">
                        <label for=select_id.clone()>{move || t().deps_select_label}</label>
                        <select
                            id=select_id.clone()
                            class="hp-select"
                            disabled=move || state.locked.get()
                            aria-invalid=move || dep_error.with(Option::is_some).then_some("true")
                            aria-describedby=move || dep_error.with(Option::is_some).then(error_id)
                            on:change=move |ev| {
                                dep_error.set(None);
                                pick.set(event_target_value(&ev));
                            }
                        >
                            {move || {
                                let current = pick.get();
                                let choose = view! { <option value="" selected=current.is_empty()>{t().deps_choose}</option> };
                                let each = candidates.get().into_iter().map(|(x, title)| {
                                    let value = x.to_string();
                                    let selected = value == current;
                                    let shown = if title.trim().is_empty() { t().untitled.to_string() } else { title };
                                    view! { <option value=value selected=selected>{shown}</option> }
                                }).collect_view();
                                view! { {choose} {each} }
                            }}
                        </select>
                    </div>
                    <button
                        type="button"
                        class="hp-button"
                        disabled=move || state.locked.get()
                        on:click=add_dep
                    >
                        {move || t().deps_add}
                    </button>
                </div>
            </Show>
            {move || dep_error.get().map(|message| view! {
                <p id=error_id() class="hp-field-error" role="alert">
                    <span aria-hidden="true">"⚠ "</span>{message}
                </p>
            })}
        </div>
    }
}
