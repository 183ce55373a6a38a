//! Warns, well before the import limit, that the plan is getting too large to load again.
//!
//! The change log is bounded (`model::change_log`); what can still grow a plan towards
//! `format::MAX_BYTES` is content. The size is measured by exporting the plan once typing
//! has paused, never per keystroke.

use leptos::prelude::*;

use super::browser::after_pause;
use super::file_menu::export_plan;
use super::state::use_editor;
use crate::format::limits::{plan_percent_of_limit, WARN_PERCENT};

/// How long edits must pause before the plan is measured.
const MEASURE_PAUSE_MS: u64 = 1500;

#[component]
pub fn SizeWarning() -> impl IntoView {
    let state = use_editor();
    let percent = RwSignal::new(0usize);
    let calls = StoredValue::new(0u64);
    let measure = move || {
        if let Some(p) = state.plan.try_with_untracked(plan_percent_of_limit) {
            percent.try_set(p);
        }
    };
    Effect::new(move |previous: Option<()>| {
        state.plan.track();
        if previous.is_none() {
            // The restored or loaded plan: measure at once.
            measure();
        } else {
            after_pause(calls, MEASURE_PAUSE_MS, measure);
        }
    });
    move || {
        let share = percent.get();
        (share >= WARN_PERCENT).then(|| {
            let lang = state.host.lang.get();
            view! {
                <div class="hp-save-status" data-state="large" role="status">
                    <p>
                        <span aria-hidden="true">"⚠ "</span>
                        {(state.texts().plan_too_large)(share)}
                    </p>
                    <button type="button" class="hp-button" on:click=move |_| export_plan(state)>
                        {lang.files().export}
                    </button>
                </div>
            }
        })
    }
}
