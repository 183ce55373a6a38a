//! The form that adds a goal: the goal in one sentence, what kind of goal it is, what it
//! belongs under, its life area and who put it into words.

use chrono::Utc;
use leptos::prelude::*;

use super::{area_options, focus_soon, local_id, parent_options, Shared, EXPRESSED_BY, LEVELS};
use crate::i18n::Lang;
use crate::model::{Edit, ExpressedBy, Goal, GoalId, GoalLevel, Role};
use crate::ui::fields::{EnumSelect, SelectField, TextField};
use crate::ui::state::use_editor;

/// What the user has typed and chosen in the form so far. Cards write into it too
/// ("add a sub-goal to this goal").
#[derive(Clone, Copy)]
pub(crate) struct AddDraft {
    pub title: RwSignal<String>,
    pub level: RwSignal<GoalLevel>,
    pub parent: RwSignal<Option<GoalId>>,
    pub area: RwSignal<String>,
    /// None: follows the role of whoever is writing.
    pub expressed: RwSignal<Option<ExpressedBy>>,
    pub error: RwSignal<Option<String>>,
    pub parent_error: RwSignal<Option<String>>,
}

impl AddDraft {
    pub fn new() -> Self {
        AddDraft {
            title: RwSignal::new(String::new()),
            level: RwSignal::new(GoalLevel::Goal),
            parent: RwSignal::new(None),
            area: RwSignal::new(String::new()),
            expressed: RwSignal::new(None),
            error: RwSignal::new(None),
            parent_error: RwSignal::new(None),
        }
    }

    /// Prepares the form for a goal one level under `parent`, and moves focus to its title.
    pub fn start_under(&self, state: crate::ui::EditorState, parent: &Goal) {
        let level = match parent.level {
            GoalLevel::Overall => GoalLevel::Goal,
            _ => GoalLevel::SubGoal,
        };
        self.level.set(level);
        self.parent.set(Some(parent.id));
        self.area.set(parent.life_area.clone().unwrap_or_default());
        self.error.set(None);
        self.parent_error.set(None);
        focus_soon(state.dom_id(TITLE_ID));
    }
}

pub(super) const TITLE_ID: &str = "goal-add-title";

#[component]
pub(super) fn AddGoalForm() -> impl IntoView {
    let state = use_editor();
    let shared = expect_context::<Shared>();
    let draft = shared.draft;
    let lang = move || state.host.lang.get();
    let t = move || lang().goals();

    let role_default = move || match state.host.actor.with(|a| a.role) {
        Role::Citizen => ExpressedBy::Citizen,
        _ => ExpressedBy::Caseworker,
    };
    let expressed = move || draft.expressed.get().unwrap_or_else(role_default);

    let parent_choices = Signal::derive(move || {
        let level = draft.level.get();
        shared
            .choices
            .with(|c| parent_options(lang(), c, level, None))
    });
    let has_parent_field = move || draft.level.get() != GoalLevel::Overall;
    let no_goals_for_sub = move || {
        draft.level.get() == GoalLevel::SubGoal
            && shared
                .choices
                .with(|c| !c.iter().any(|(_, l, _)| *l == GoalLevel::Goal))
    };

    let submit = move || {
        let title = draft.title.get_untracked().trim().to_string();
        let level = draft.level.get_untracked();
        let parent = draft.parent.get_untracked();
        let t = state.host.lang.get_untracked().goals();
        draft.error.set(None);
        draft.parent_error.set(None);
        if title.is_empty() {
            draft.error.set(Some(t.title_required.to_string()));
            focus_soon(state.dom_id(TITLE_ID));
            return;
        }
        if level.needs_parent() && parent.is_none() {
            draft.parent_error.set(Some(t.parent_required.to_string()));
            focus_soon(state.dom_id("goal-add-parent"));
            return;
        }
        let actor = state.host.actor.get_untracked();
        let mut goal = Goal::new(level, title.clone(), &actor, Utc::now());
        goal.parent = if level == GoalLevel::Overall {
            None
        } else {
            parent
        };
        let area = draft.area.get_untracked();
        goal.life_area = (!area.is_empty()).then_some(area);
        goal.expressed_by = draft.expressed.get_untracked().unwrap_or(goal.expressed_by);
        let id = goal.id;
        match state.edit(Edit::AddGoal {
            goal,
            position: None,
        }) {
            Ok(()) => {
                draft.title.set(String::new());
                // There is usually one overall goal: the next is most likely a goal.
                if level == GoalLevel::Overall {
                    draft.level.set(GoalLevel::Goal);
                }
                shared.expand.set(Some(id));
                state.announce((t.added)(&title));
                focus_soon(state.dom_id(&local_id(id, "title")));
            }
            Err(err) => {
                draft.error.set(Some(state.host.refusal(&err)));
            }
        }
    };

    let heading_id = state.dom_id("goal-add-heading");
    let labelled_by = heading_id.clone();
    view! {
        <form
            class="hp-goal-add"
            aria-labelledby=labelled_by
            novalidate=true
            on:submit=move |ev| {
                ev.prevent_default();
                submit();
            }
        >
            <h3 id=heading_id>{move || t().add_heading}</h3>
            <TextField
                id=TITLE_ID
                label=Signal::derive(move || t().title_label)
                hint=Signal::derive(move || Some(t().title_hint))
                value=draft.title
                on_input=move |text| {
                    draft.title.set(text);
                    draft.error.set(None);
                }
                error=draft.error
                required=true
                class="hp-goal-add-title"
            />
            <div class="hp-goal-add-row">
                <EnumSelect
                    id="goal-add-level"
                    label=Signal::derive(move || t().level_label)
                    variants=&LEVELS
                    name=Lang::goal_level
                    value=draft.level
                    on_change=move |level: GoalLevel| {
                        draft.level.set(level);
                        // A parent of the wrong level no longer fits.
                        let fits = draft.parent.get_untracked().is_some_and(|p| {
                            shared.choices.with_untracked(|c| {
                                c.iter().any(|(id, l, _)| *id == p && Some(*l) == level.parent_level())
                            })
                        });
                        if !fits {
                            draft.parent.set(None);
                        }
                        draft.parent_error.set(None);
                    }
                />
                <Show when=has_parent_field>
                    <SelectField
                        id="goal-add-parent"
                        label=Signal::derive(move || t().parent_label)
                        options=parent_choices
                        value=Signal::derive(move || draft.parent.get().map(|p| p.to_string()).unwrap_or_default())
                        on_change=move |code| {
                            let parent = uuid::Uuid::parse_str(&code).ok().map(GoalId::from);
                            draft.parent.set(parent);
                            draft.parent_error.set(None);
                            // A new goal under a parent usually shares its life area.
                            if let Some(parent) = parent {
                                let area = state.plan.with_untracked(|p| {
                                    p.goal(parent).and_then(|g| g.life_area.clone())
                                });
                                if let Some(area) = area {
                                    draft.area.set(area);
                                }
                            }
                        }
                        hint=Signal::derive(move || no_goals_for_sub().then_some(t().sub_goal_needs_goal))
                        error=draft.parent_error
                    />
                </Show>
                <SelectField
                    id="goal-add-area"
                    label=Signal::derive(move || t().life_area_label)
                    options=Signal::derive(move || state.host.catalogue.with(|c| area_options(lang(), c)))
                    value=draft.area
                    on_change=move |code| draft.area.set(code)
                />
                <EnumSelect
                    id="goal-add-by"
                    label=Signal::derive(move || t().expressed_by_label)
                    variants=&EXPRESSED_BY
                    name=Lang::expressed_by
                    value=Signal::derive(expressed)
                    on_change=move |by| draft.expressed.set(Some(by))
                />
            </div>
            <button type="submit" class="hp-button hp-button-primary">
                {move || t().add_button}
            </button>
        </form>
    }
}
