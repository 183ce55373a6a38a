//! The overview page: the editor's start page once a plan has content. Each part of the
//! plan with its state, patterned on a task list, whether the plan hangs together, and
//! the life areas at a glance, and the other plans this one replaces or links to.

pub mod her_answers;
pub mod life_areas;
pub mod linked_plans;

use leptos::prelude::*;

use super::browser::today;
use super::section::SectionFrame;
use super::state::{use_editor, Section};
use crate::i18n::{Lang, Voice};
use crate::model::progress::{progress, Hint, Part, PartProgress, PartState};
use crate::model::ApprovalRole;
use her_answers::HerAnswers;
use life_areas::LifeAreaChart;
use linked_plans::LinkedPlansOverview;

fn section_of(part: Part) -> Section {
    match part {
        Part::AboutMe => Section::AboutMe,
        Part::Assessment => Section::Assessment,
        Part::Goals => Section::Goals,
        Part::Interventions => Section::Interventions,
        Part::People => Section::People,
        Part::Consents => Section::Consents,
        Part::FollowUps => Section::FollowUps,
        Part::Approval => Section::Approval,
    }
}

fn state_key(state: PartState) -> &'static str {
    match state {
        PartState::NotStarted => "not-started",
        PartState::InProgress => "in-progress",
        PartState::Complete => "complete",
        PartState::NeedsAttention => "needs-attention",
    }
}

fn hint_text(lang: Lang, voice: Voice, hint: Hint) -> String {
    let t = lang.overview();
    match hint {
        Hint::OwnWordsMissing { fields, name } => (t.own_words_missing.to(voice))(fields, name),
        Hint::AwaitingCitizen(n) => (t.awaiting_citizen.to(voice))(n),
        Hint::Findings(n) => (t.findings)(n),
        Hint::AreasWithoutDescription(n) => (t.areas_without_description)(n),
        Hint::NoTargetGroup => t.no_target_group.to_string(),
        Hint::NoDescription => t.no_description.to_string(),
        Hint::NoCoordinatingCaseworker => t.no_coordinating_caseworker.to_string(),
        Hint::NoPlanConsent => t.no_plan_consent.to_string(),
        Hint::ConsentWithdrawn(n) => (t.consent_withdrawn)(n),
        Hint::NoNextFollowUp => t.no_next_follow_up.to_string(),
        Hint::AwaitingApproval(role) => (t.awaiting_approval)(match role {
            ApprovalRole::Citizen => t.the_citizen.to(voice),
            ApprovalRole::Caseworker => t.the_caseworker,
            ApprovalRole::CustodyHolder => lang.representation().the_custody_holders,
        }),
    }
}

#[component]
pub fn OverviewSection() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().overview();
    let parts = Memo::new(move |_| {
        state
            .findings
            .with(|findings| state.plan.with(|plan| progress(plan, findings, today())))
    });
    let finding_count = Memo::new(move |_| state.findings.with(Vec::len));
    let parts_heading = state.dom_id("overview-parts");
    let coherence_heading = state.dom_id("overview-coherence");
    let whole_heading = state.dom_id("overview-whole");
    let (parts_label, coherence_label, whole_label) = (
        parts_heading.clone(),
        coherence_heading.clone(),
        whole_heading.clone(),
    );
    view! {
        <SectionFrame section=Section::Overview intro=Signal::derive(move || Some(t().intro))>
            <div class="hp-overview">
                <HerAnswers />
                <section class="hp-overview-parts" aria-labelledby=parts_label>
                    <h3 id=parts_heading>{move || t().parts_heading}</h3>
                    <ol class="hp-task-list">
                        {Part::ALL
                            .into_iter()
                            .enumerate()
                            .map(|(index, part)| view! { <TaskRow part=part index=index parts=parts /> })
                            .collect_view()}
                    </ol>
                </section>
                <section
                    class="hp-overview-coherence"
                    class:hp-overview-coherence-found=move || { finding_count.get() != 0 }
                    aria-labelledby=coherence_label
                >
                    <h3 id=coherence_heading>{move || t().coherence_heading}</h3>
                    <p>
                        {move || match finding_count.get() {
                            0 => t().coherence_none.to_string(),
                            n => (t().coherence_some)(n),
                        }}
                    </p>
                    <Show when=move || finding_count.get() != 0>
                        <button
                            type="button"
                            class="hp-button"
                            on:click=move |_| state.show_section(Section::Coherence)
                        >
                            {move || t().coherence_open}
                        </button>
                    </Show>
                </section>
                <LinkedPlansOverview />
                <section class="hp-overview-whole" aria-labelledby=whole_label>
                    <h3 id=whole_heading>{move || t().whole_heading}</h3>
                    <LifeAreaChart />
                    <p class="hp-overview-links">
                        <button
                            type="button"
                            class="hp-link-button"
                            on:click=move |_| state.show_section(Section::Timeline)
                        >
                            {move || t().timeline_open}
                        </button>
                        <button
                            type="button"
                            class="hp-link-button"
                            on:click=move |_| state.show_section(Section::Decision)
                        >
                            {move || t().decision_open}
                        </button>
                    </p>
                </section>
            </div>
        </SectionFrame>
    }
}

/// One part of the plan: its name (opens it), its state as a tag, and what to do next.
#[component]
fn TaskRow(part: Part, index: usize, parts: Memo<Vec<PartProgress>>) -> impl IntoView {
    let state = use_editor();
    let section = section_of(part);
    let row = Memo::new(move |_| parts.with(|p| p.get(index).map(|r| (r.state, r.hint))));
    let status_id = state.dom_id(&format!("overview-state-{}", section.key()));
    let hint_id = state.dom_id(&format!("overview-hint-{}", section.key()));
    let described_by = format!("{status_id} {hint_id}");
    let lang = move || state.host.lang.get();
    view! {
        <li
            class="hp-task"
            data-state=move || row.get().map(|(s, _)| state_key(s)).unwrap_or_default()
        >
            <button
                type="button"
                class="hp-task-name hp-link-button"
                aria-describedby=described_by
                on:click=move |_| state.show_section(section)
            >
                {move || section.title(lang())}
            </button>
            <span id=status_id class="hp-task-state">
                {move || row.get().map(|(s, _)| lang().overview().state(s)).unwrap_or_default()}
            </span>
            <p id=hint_id class="hp-task-hint">
                {move || row.get().and_then(|(_, h)| h).map(|h| hint_text(lang(), state.host.voice(), h)).unwrap_or_default()}
            </p>
        </li>
    }
}
