//! The editor's root: provides the state, lays out the sections, handles shortcuts.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::about_me::AboutMe;
use super::approval::ApprovalSection;
use super::assessment::AssessmentSection;
use super::coherence::CoherenceSection;
use super::collab_notices::CollabNotices;
use super::consents::{ConsentBanner, ConsentsSection};
use super::decision::DecisionSection;
use super::device_storage::UnreadableSaveNotice;
use super::file_menu::{on_drag_over, on_drop, ImportErrors, ReplaceConfirm};
use super::follow_ups::FollowUpsSection;
use super::goals::GoalsSection;
use super::guided::start_choice::StartChoice;
use super::guided::GuidedView;
use super::interventions::InterventionsSection;
use super::linked_plans::LinkedPlansSection;
use super::live::LiveBar;
use super::locked_banner::LockedBanner;
use super::mode::Mode;
use super::nav::SectionNav;
use super::overview::OverviewSection;
use super::people::PeopleSection;
use super::plan_header::PlanHeader;
use super::plan_problems::PlanProblems;
use super::share::ShareSection;
use super::state::{use_status, EditorState, Section};
use super::timeline::TimelineSection;
use super::toolbar::Toolbar;
use super::workshop::WorkshopView;

#[component]
pub fn Editor(state: EditorState) -> impl IntoView {
    state.provide();
    let texts = move || state.texts();

    // Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo — in text fields too: every keystroke
    // is a model edit, so the browser's own text undo would fight the plan's history.
    let on_keydown = move |ev: KeyboardEvent| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        match (ev.key().to_lowercase().as_str(), ev.shift_key()) {
            ("z", false) => {
                ev.prevent_default();
                state.undo();
            }
            ("z", true) | ("y", _) => {
                ev.prevent_default();
                state.redo();
            }
            _ => {}
        }
    };

    // Guided mode is its own screen for the citizen; the full editor lays out the parts,
    // and workshop mode puts its bar, persona picker and scenario around the same parts.
    let main = move || {
        view! {
            // The standalone page's main landmark; inside a portal (which has its own <main>)
            // a named region.
            <div
                class="hp-main"
                role=move || if state.host.embedded.get() { "region" } else { "main" }
                aria-label=move || texts().app_name
            >
                {move || {
                    state.status.notice.get().map(|message| view! {
                        <div class="hp-notice" role="alert">{message}</div>
                    })
                }}
                <CollabNotices />
                <UnreadableSaveNotice />
                <LiveBar />
                <ImportErrors />
                <ReplaceConfirm />
                <StartChoice />
                <LockedBanner />
                <ConsentBanner />
                <PlanProblems />
                <PlanHeader />
                <SectionNav />
                {move || {
                    if state.nav.print_all.get() {
                        // The paper copy: the parts and the one-decision summary (the
                        // other views are for the screen).
                        Section::PRINTED.into_iter().map(section_view).collect_view().into_any()
                    } else {
                        section_view(state.nav.section.get()).into_any()
                    }
                }}
            </div>
        }
    };
    let full = move || view! { <Toolbar />{main()} };
    view! {
        <div
            class="hp-editor"
            class:hp-print-all=move || state.nav.print_all.get()
            lang=move || state.host.lang.get().code()
            on:keydown=on_keydown
            on:focusin=move |ev| state.nav.editing.set(item_of(&ev))
            on:dragover=on_drag_over
            on:drop=move |ev| on_drop(state, ev)
        >
            {move || match state.host.mode.get() {
                Mode::Guided => view! { <GuidedView /> }.into_any(),
                Mode::Full => full().into_any(),
                Mode::Workshop => view! { <WorkshopView>{main()}</WorkshopView> }.into_any(),
            }}
            <StatusLine />
        </div>
    }
}

/// The item (its `data-item` id) whose card holds the element that got focus: co-authors
/// see a marker on it.
fn item_of(ev: &leptos::ev::FocusEvent) -> Option<String> {
    use wasm_bindgen::JsCast;
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target
        .closest("[data-item]")
        .ok()??
        .get_attribute("data-item")
}

/// The polite status line (undo, refused edits, files): read by screen readers, and
/// visible while it holds a message.
#[component]
fn StatusLine() -> impl IntoView {
    let status = use_status();
    view! {
        <div
            class="hp-status-line"
            class:hp-status-empty=move || status.announcement.with(String::is_empty)
            role="status"
            aria-live="polite"
        >
            {move || status.announcement.get()}
        </div>
    }
}

fn section_view(section: Section) -> AnyView {
    match section {
        Section::Overview => view! { <OverviewSection /> }.into_any(),
        Section::AboutMe => view! { <AboutMe /> }.into_any(),
        Section::Assessment => view! { <AssessmentSection /> }.into_any(),
        Section::Goals => view! { <GoalsSection /> }.into_any(),
        Section::Interventions => view! { <InterventionsSection /> }.into_any(),
        Section::People => view! { <PeopleSection /> }.into_any(),
        Section::Consents => view! { <ConsentsSection /> }.into_any(),
        Section::LinkedPlans => view! { <LinkedPlansSection /> }.into_any(),
        Section::FollowUps => view! { <FollowUpsSection /> }.into_any(),
        Section::Timeline => view! { <TimelineSection /> }.into_any(),
        Section::Coherence => view! { <CoherenceSection /> }.into_any(),
        Section::Decision => view! { <DecisionSection /> }.into_any(),
        Section::Share => view! { <ShareSection /> }.into_any(),
        Section::Approval => view! { <ApprovalSection /> }.into_any(),
    }
}
