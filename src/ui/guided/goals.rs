//! "Hvad vil du gerne nå?": her goals in her own words, each placed on a life area by
//! picking a card. A goal is a goal she expressed herself (`model::guided::new_goal`),
//! added with the first letter she types, so an empty box adds nothing.

use chrono::Utc;
use leptos::prelude::*;

use super::cards::CardChoice;
use super::screen::{heading_level, sub_heading, QuestionScreen, ANSWER_MAXLENGTH};
use crate::i18n::GuidedStep;
use crate::model::{guided, Edit, GoalId, ItemRef};
use crate::ui::browser::focus_by_id;
use crate::ui::fields::TextArea;
use crate::ui::state::use_editor;

fn title_field_id(id: GoalId) -> String {
    format!("guided-goal-{}-title", id.as_uuid())
}

#[component]
pub fn GoalsScreen() -> impl IntoView {
    let state = use_editor();
    let texts = move || state.host.lang.get().guided();
    let hers = Memo::new(move |_| {
        state
            .plan
            .with(|p| guided::her_goals(p).map(|g| g.id).collect::<Vec<_>>())
    });
    // The goal she is about to write: its box shows before the goal exists and stays the
    // same box (same key) once her first letter has added it, so focus stays in it.
    let pending = RwSignal::new(None::<GoalId>);
    if hers.with_untracked(Vec::is_empty) {
        pending.set(Some(GoalId::new()));
    }
    let rows = Memo::new(move |_| {
        let mut ids = hers.get();
        if let Some(id) = pending.get().filter(|id| !ids.contains(id)) {
            ids.push(id);
        }
        ids
    });
    let add_goal = move |_| {
        let waiting = pending
            .get_untracked()
            .filter(|id| !hers.with_untracked(|h| h.contains(id)));
        let id = waiting.unwrap_or_else(|| {
            let id = GoalId::new();
            pending.set(Some(id));
            id
        });
        let field = state.dom_id(&title_field_id(id));
        request_animation_frame(move || focus_by_id(&field));
    };
    view! {
        <QuestionScreen step=GuidedStep::Goals>
            <For each=move || rows.get() key=|id| *id let:id>
                <GoalRow id=id rows=rows pending=pending />
            </For>
            <button type="button" class="hp-button hp-guided-add" on:click=add_goal>
                {move || texts().add_goal}
            </button>
        </QuestionScreen>
    }
}

/// One goal: its words and its card, named "Mål 2" for screen readers and the eye.
#[component]
fn GoalRow(
    id: GoalId,
    rows: Memo<Vec<GoalId>>,
    pending: RwSignal<Option<GoalId>>,
) -> impl IntoView {
    let state = use_editor();
    let texts = move || state.host.lang.get().guided();
    let level = heading_level(&state);
    let number = move || rows.with(|r| r.iter().position(|x| *x == id).map_or(1, |i| i + 1));
    let title = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.goal(id).map(|g| g.title.clone()).unwrap_or_default())
    });
    let area = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.goal(id).and_then(|g| g.life_area.clone()))
    });
    // A card picked before the goal has words: given to the goal when it is added.
    let waiting_area = RwSignal::new(None::<String>);
    let chosen = Signal::derive(move || area.get().or_else(|| waiting_area.get()));
    let exists = move || state.plan.with_untracked(|p| p.goal(id).is_some());
    let on_input = move |text: String| {
        if exists() {
            let _ = state.edit_text(Some(ItemRef::Goal(id)), "title", text);
        } else if !text.trim().is_empty() {
            let actor = state.host.actor.get_untracked();
            let area = waiting_area.get_untracked();
            let _ = state.edit(guided::new_goal(
                id,
                &text,
                area.as_deref(),
                &actor,
                Utc::now(),
            ));
        }
    };
    let on_choose = move |code: String| {
        if exists() {
            let _ = state.edit(Edit::SetField {
                item: Some(ItemRef::Goal(id)),
                field: "life_area".to_string(),
                value: serde_json::Value::String(code),
            });
        } else {
            waiting_area.set(Some(code));
        }
    };
    // Her goal out of the plan again (its ratings go with it; undo brings both back).
    let remove = move |_| {
        if state.edit(Edit::RemoveGoal { id }).is_ok() {
            // Its box goes too; with no goal left, a fresh empty one takes its place.
            let none_left = state
                .plan
                .with_untracked(|p| guided::her_goals(p).next().is_none());
            pending.set(none_left.then(GoalId::new));
            let heading = state.dom_id("guided-heading");
            request_animation_frame(move || focus_by_id(&heading));
        }
    };
    let has_goal = Memo::new(move |_| state.plan.with(|p| p.goal(id).is_some()));
    let heading_id = state.dom_id(&format!("guided-goal-{}", id.as_uuid()));
    let labelled_by = heading_id.clone();
    view! {
        <div class="hp-guided-goal" role="group" aria-labelledby=labelled_by>
            {sub_heading(level, Some(heading_id), move || (texts().goal_number)(number()))}
            <TextArea
                id=title_field_id(id)
                label=Signal::derive(move || texts().goal_label)
                value=title
                on_input=on_input
                rows=3
                maxlength=ANSWER_MAXLENGTH
            />
            <CardChoice
                group=format!("guided-goal-{}-card", id.as_uuid())
                chosen=chosen
                on_choose=on_choose
            />
            <Show when=move || has_goal.get()>
                <button type="button" class="hp-button hp-guided-remove" on:click=remove>
                    {move || texts().remove_goal}
                </button>
            </Show>
        </div>
    }
}
