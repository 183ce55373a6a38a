//! "N things in the plan need fixing": the rules of the plan it breaks (a save restored as it
//! was, another window's changes merged in), each with where it is and a button to go there.
//! Gone when there are none. Follows the plan like the findings do (late on large plans).

use leptos::prelude::*;

use super::state::use_editor;
use crate::i18n::DeviceTexts;
use crate::model::{ItemRef, Plan};

/// Problems beyond this many are counted in the heading but not listed.
const LISTED: usize = 50;

#[component]
pub fn PlanProblems() -> impl IntoView {
    let state = use_editor();
    let heading_id = state.dom_id("plan-problems");
    move || {
        let problems = state.problems.get();
        if problems.is_empty() {
            return None;
        }
        let lang = state.host.lang.get();
        let t = lang.device();
        let rows: Vec<(Place, &'static str)> = state.plan.with(|plan| {
            problems
                .iter()
                .take(LISTED)
                .map(|p| (place(plan, &p.path, t), lang.problem_text(p.kind, &p.path)))
                .collect()
        });
        let labelled_by = heading_id.clone();
        Some(view! {
            <section class="hp-problems" aria-labelledby=labelled_by>
                <h2 id=heading_id.clone() class="hp-problems-heading">
                    {(t.problems_heading)(problems.len())}
                </h2>
                <p>{t.problems_intro}</p>
                <ul>
                    {rows.into_iter().map(|(place, what)| {
                        let button = place.item.map(|item| {
                            let name = format!("{}: {}", t.problem_open, place.label);
                            view! {
                                <button
                                    type="button"
                                    class="hp-button hp-button-small"
                                    aria-label=name
                                    on:click=move |_| state.open_item(item)
                                >
                                    {t.problem_open}
                                </button>
                            }
                        });
                        view! {
                            <li>
                                <span><strong>{place.label}</strong>" — "{what}</span>
                                {button}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}

/// Where a problem is, in words, and the item to open.
struct Place {
    label: String,
    item: Option<ItemRef>,
}

/// Reads the item from the problem's path (`/goals/3/title` → the fourth goal).
fn place(plan: &Plan, path: &str, t: &DeviceTexts) -> Place {
    let mut parts = path.trim_start_matches('/').split('/');
    let list = parts.next().unwrap_or_default();
    let index = parts.next().and_then(|i| i.parse::<usize>().ok());
    let named = |text: &str, some: fn(&str) -> String, none: &str| {
        if text.trim().is_empty() {
            none.to_string()
        } else {
            some(text)
        }
    };
    let found = index.and_then(|i| match list {
        "goals" => plan.goals.get(i).map(|g| Place {
            label: named(&g.title, t.goal, t.untitled_goal),
            item: Some(ItemRef::Goal(g.id)),
        }),
        "interventions" => plan.interventions.get(i).map(|x| Place {
            label: named(&x.title, t.intervention, t.untitled_intervention),
            item: Some(ItemRef::Intervention(x.id)),
        }),
        "people" => plan.people.get(i).map(|p| Place {
            label: named(&p.name, t.person, t.unnamed_person),
            item: Some(ItemRef::Person(p.id)),
        }),
        "consents" => plan.consents.get(i).map(|c| Place {
            label: t.a_consent.to_string(),
            item: Some(ItemRef::Consent(c.id)),
        }),
        "follow_ups" => plan.follow_ups.get(i).map(|f| Place {
            label: t.a_follow_up.to_string(),
            item: Some(ItemRef::FollowUp(f.id)),
        }),
        "linked_plans" => plan.linked_plans.get(i).map(|l| Place {
            label: t.a_linked_plan.to_string(),
            item: Some(ItemRef::LinkedPlan(l.id)),
        }),
        _ => None,
    });
    found.unwrap_or_else(|| Place {
        label: t.whole_plan.to_string(),
        item: None,
    })
}
