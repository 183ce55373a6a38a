//! The scenario panel beside the editor: the persona's script, one step at a time (what to
//! do, where, what to point out), "Næste trin", and a button that opens the step's section.
//! It folds to its heading, and the presenter view hides it: the notes are the facilitator's.

use leptos::prelude::*;

use super::use_workshop;
use crate::ui::state::{use_editor, Section};

#[component]
pub fn ScenarioPanel() -> impl IntoView {
    let state = use_editor();
    let workshop = use_workshop();
    let lang = move || state.host.lang.get();
    let t = move || lang().workshop();
    let heading_id = state.dom_id("workshop-scenario-heading");
    let body_id = state.dom_id("workshop-scenario-body");
    let scenario = move || {
        workshop
            .persona
            .with(|p| p.as_ref().and_then(|p| p.sample()))
            .and_then(|name| t().scenario(name))
    };
    let open = move || workshop.panel_open.get();
    let steps = move || scenario().map_or(0, |s| s.steps.len());
    // The step shown, kept inside the script (a persona with fewer steps, a reset).
    let current = move || workshop.step.get().min(steps().saturating_sub(1));

    view! {
        <section class="hp-workshop-scenario" aria-labelledby=heading_id.clone()>
            <div class="hp-workshop-scenario-head">
                <h2 id=heading_id.clone() tabindex="-1">{move || t().scenario_heading}</h2>
                <button
                    type="button"
                    class="hp-button hp-button-small"
                    aria-expanded=move || open().to_string()
                    aria-controls=body_id.clone()
                    on:click=move |_| workshop.panel_open.update(|o| *o = !*o)
                >
                    {move || if open() { t().hide_scenario } else { t().show_scenario }}
                </button>
            </div>
            <div id=body_id class="hp-workshop-scenario-body" hidden=move || !open()>
                {move || match scenario() {
                    None => view! { <p>{t().no_scenario}</p> }.into_any(),
                    Some(scenario) => {
                        let lang = lang();
                        let t = lang.workshop();
                        let coherence = lang.coherence();
                        let index = current();
                        let total = scenario.steps.len();
                        let step = scenario.steps.get(index);
                        let section = step.and_then(|s| Section::from_key(s.section));
                        view! {
                            <p class="hp-workshop-summary">{scenario.summary}</p>
                            <p class="hp-workshop-findings">
                                {t.findings_label}" "
                                {scenario.findings.iter().map(|rule| coherence.rule(*rule).0).collect::<Vec<_>>().join(", ")}
                            </p>
                            <div class="hp-workshop-step" aria-live="polite">
                                <p class="hp-workshop-step-count">{(t.step_of)(index + 1, total)}</p>
                                {step.map(|step| view! {
                                    <dl class="hp-workshop-step-notes">
                                        <dt>{t.step_do}</dt>
                                        <dd>{step.task}</dd>
                                        <dt>{t.step_where}</dt>
                                        <dd>
                                            {section.map(|section| view! {
                                                <button
                                                    type="button"
                                                    class="hp-button hp-button-small"
                                                    on:click=move |_| {
                                                        state.nav.print_all.set(false);
                                                        state.show_section(section);
                                                    }
                                                >
                                                    {(t.open_section)(section.title(lang))}
                                                </button>
                                            })}
                                        </dd>
                                        <dt>{t.step_point}</dt>
                                        <dd>{step.point_out}</dd>
                                    </dl>
                                })}
                            </div>
                            <div class="hp-button-row">
                                <button
                                    type="button"
                                    class="hp-button"
                                    disabled={index == 0}
                                    on:click=move |_| workshop.step.set(index.saturating_sub(1))
                                >
                                    {t.previous_step}
                                </button>
                                <button
                                    type="button"
                                    class="hp-button hp-button-primary"
                                    disabled={index + 1 >= total}
                                    on:click=move |_| workshop.step.set(index + 1)
                                >
                                    {t.next_step}
                                </button>
                            </div>
                        }.into_any()
                    }
                }}
            </div>
        </section>
    }
}
