//! The goals section (mål): the citizen's and the caseworker's goals in three levels,
//! grouped by life area, with progress rated from two perspectives side by side.
//!
//! Built for long plans (300 goals): the tree is keyed by id, each card reads its own goal
//! through a memo (via a shared id → index map), and the heavy parts of a card (edit form,
//! rating history, dialogue) render only while their disclosure is open.
//!
//! - [`add`]: the "add a goal" form (title, kind, parent, life area, who put it into words);
//! - [`card`]: one goal as a card (level, title, facts, move, remove, add a sub-goal);
//! - [`edit_form`]: every field of one goal, the GAS scale in the person's own words;
//! - [`progress`]: ratings — the citizen's and the professional's side by side, and a form.

mod add;
mod assessment_links;
mod card;
mod edit_form;
mod progress;

use std::collections::HashMap;

use leptos::prelude::*;

use super::browser::focus_by_id;
use super::section::SectionFrame;
use super::state::{use_editor, EditorState, Section};
use crate::i18n::Lang;
use crate::model::goal_progress::ratings_by_goal;
use crate::model::{Catalogue, EditError, ExpressedBy, Goal, GoalId, GoalLevel, Rating, Role};

use add::{AddDraft, AddGoalForm};
use card::GoalCard;

/// Where a goal sits in the tree: enough to group and nest, without its texts.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Bone {
    pub id: GoalId,
    pub parent: Option<GoalId>,
    pub level: GoalLevel,
    /// Group key: the life area code, or "" for none.
    pub area: String,
}

/// One life area's goals.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Group {
    pub key: String,
    pub label: String,
    /// Goals shown at the top of this group (no parent, or a parent in another group).
    pub roots: Vec<GoalId>,
}

/// What every card reads, computed once per plan change for the whole section.
#[derive(Clone, Copy)]
pub(super) struct Shared {
    /// Index of each goal in the plan (changes only when the list changes).
    pub positions: Memo<HashMap<GoalId, usize>>,
    pub bones: Memo<Vec<Bone>>,
    /// Children of each goal shown nested under it (same life area), in plan order.
    pub children: Memo<HashMap<GoalId, Vec<GoalId>>>,
    /// Every goal's id, level and title, in plan order (for "belongs under" choices).
    pub choices: Memo<Vec<(GoalId, GoalLevel, String)>>,
    /// Ratings of each goal, in recorded order.
    pub ratings: Memo<HashMap<GoalId, Vec<Rating>>>,
    pub comment_counts: Memo<HashMap<GoalId, usize>>,
    /// The goal whose edit form opens when its card first renders (just added).
    pub expand: RwSignal<Option<GoalId>>,
    pub draft: AddDraft,
}

/// The DOM id (local part) of a control on one goal's card.
pub(super) fn local_id(id: GoalId, part: &str) -> String {
    format!("goal-{id}-{part}")
}

/// Replaces one goal with a changed copy (`UpdateGoal`). "Nothing changed" is not an
/// error for a form field.
pub(super) fn update(
    state: EditorState,
    goal: Memo<Option<Goal>>,
    change: impl FnOnce(&mut Goal),
) -> Result<(), EditError> {
    let Some(mut goal) = goal.get_untracked() else {
        return Ok(());
    };
    change(&mut goal);
    match state.edit(crate::model::Edit::UpdateGoal { goal }) {
        Err(EditError::NoChange) => Ok(()),
        other => other,
    }
}

/// Whether the goal's words are the citizen's own.
pub(super) fn is_citizens(goal: &Goal) -> bool {
    goal.expressed_by == ExpressedBy::Citizen || goal.created_by.role == Role::Citizen
}

/// A life area's label in the current language; unknown codes are shown as they are.
pub(super) fn area_label(lang: Lang, catalogue: &Catalogue, code: &str) -> String {
    if code.is_empty() {
        return lang.goals().no_life_area.to_string();
    }
    // A code the municipality's catalogue lacks keeps its built-in name (same as the chart).
    lang.life_area_name(catalogue, code)
}

/// A scale value with its sign, as people write it: "−2", "0", "+1".
pub(super) fn signed(value: i8) -> String {
    match value {
        v if v < 0 => format!("\u{2212}{}", -v),
        0 => "0".to_string(),
        v => format!("+{v}"),
    }
}

/// The goal levels, in the order the selects offer them.
pub(super) const LEVELS: [GoalLevel; 3] = [GoalLevel::Overall, GoalLevel::Goal, GoalLevel::SubGoal];

/// Who can have put a goal into words, in the order the selects offer them.
pub(super) const EXPRESSED_BY: [ExpressedBy; 3] = [
    ExpressedBy::Citizen,
    ExpressedBy::Caseworker,
    ExpressedBy::Jointly,
];

/// `(value, label)` options for the life area: none, then the catalogue in its order.
pub(super) fn area_options(lang: Lang, catalogue: &Catalogue) -> Vec<(String, String)> {
    std::iter::once((String::new(), lang.goals().no_life_area_choice.to_string()))
        .chain(
            catalogue
                .life_areas
                .iter()
                .map(|a| (a.code.clone(), area_label(lang, catalogue, &a.code))),
        )
        .collect()
}

/// `(value, label)` options for "belongs under" for a goal at `level` (not `own`).
pub(super) fn parent_options(
    lang: Lang,
    choices: &[(GoalId, GoalLevel, String)],
    level: GoalLevel,
    own: Option<GoalId>,
) -> Vec<(String, String)> {
    let t = lang.goals();
    let Some(parent_level) = level.parent_level() else {
        return Vec::new();
    };
    let first = if level.needs_parent() {
        t.parent_choose
    } else {
        t.parent_none
    };
    std::iter::once((String::new(), first.to_string()))
        .chain(
            choices
                .iter()
                .filter(|(id, l, _)| *l == parent_level && Some(*id) != own)
                .map(|(id, _, title)| {
                    let title = if title.trim().is_empty() {
                        t.untitled.to_string()
                    } else {
                        title.clone()
                    };
                    (id.to_string(), title)
                }),
        )
        .collect()
}

/// Groups in catalogue order, then life areas the catalogue does not know, then "no life area".
fn group_goals(lang: Lang, catalogue: &Catalogue, bones: &[Bone]) -> Vec<Group> {
    let area_of: HashMap<GoalId, &str> = bones.iter().map(|b| (b.id, b.area.as_str())).collect();
    let mut order: Vec<String> = catalogue
        .life_areas
        .iter()
        .map(|a| a.code.clone())
        .collect();
    for bone in bones {
        if !bone.area.is_empty() && !order.contains(&bone.area) {
            order.push(bone.area.clone());
        }
    }
    order.push(String::new());
    order
        .into_iter()
        .filter_map(|key| {
            let roots: Vec<GoalId> = bones
                .iter()
                .filter(|b| b.area == key)
                .filter(|b| match b.parent {
                    Some(parent) => area_of.get(&parent).copied() != Some(key.as_str()),
                    None => true,
                })
                .map(|b| b.id)
                .collect();
            (!roots.is_empty()).then(|| Group {
                label: area_label(lang, catalogue, &key),
                key,
                roots,
            })
        })
        .collect()
}

/// Moves keyboard focus once the view has rendered.
pub(super) fn focus_soon(id: String) {
    request_animation_frame(move || request_animation_frame(move || focus_by_id(&id)));
}

#[component]
pub fn GoalsSection() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().goals();

    let positions = Memo::new(move |_| {
        state.plan.with(|p| {
            p.goals
                .iter()
                .enumerate()
                .map(|(i, g)| (g.id, i))
                .collect::<HashMap<_, _>>()
        })
    });
    let bones = Memo::new(move |_| {
        state.plan.with(|p| {
            p.goals
                .iter()
                .map(|g| Bone {
                    id: g.id,
                    parent: g.parent,
                    level: g.level,
                    area: g.life_area.clone().unwrap_or_default(),
                })
                .collect::<Vec<_>>()
        })
    });
    let children = Memo::new(move |_| {
        bones.with(|bones| {
            let area_of: HashMap<GoalId, &str> =
                bones.iter().map(|b| (b.id, b.area.as_str())).collect();
            let mut map: HashMap<GoalId, Vec<GoalId>> = HashMap::new();
            for bone in bones {
                if let Some(parent) = bone.parent {
                    if area_of.get(&parent).copied() == Some(bone.area.as_str()) {
                        map.entry(parent).or_default().push(bone.id);
                    }
                }
            }
            map
        })
    });
    let choices = Memo::new(move |_| {
        state.plan.with(|p| {
            p.goals
                .iter()
                .map(|g| (g.id, g.level, g.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let ratings = Memo::new(move |_| state.plan.with(ratings_by_goal));
    let comment_counts = Memo::new(move |_| {
        state.plan.with(|p| {
            let mut map: HashMap<GoalId, usize> = HashMap::new();
            for comment in &p.comments {
                if let crate::model::Target::Goal(id) = comment.on {
                    *map.entry(id).or_default() += 1;
                }
            }
            map
        })
    });
    let shared = Shared {
        positions,
        bones,
        children,
        choices,
        ratings,
        comment_counts,
        expand: RwSignal::new(None),
        draft: AddDraft::new(),
    };
    provide_context(shared);

    let groups = Memo::new(move |_| {
        let lang = state.host.lang.get();
        state
            .host
            .catalogue
            .with(|c| bones.with(|b| group_goals(lang, c, b)))
    });
    let count = Memo::new(move |_| bones.with(Vec::len));

    view! {
        <SectionFrame section=Section::Goals intro=Signal::derive(move || Some(t().intro))>
            <div class="hp-section-body hp-goals">
                <Show when=move || state.locked.get()>
                    <p class="hp-notice hp-goals-locked">{move || state.lock_note(t().locked_note)}</p>
                </Show>
                <Show when=move || !state.locked.get()>
                    <AddGoalForm />
                </Show>
                <h3 class="hp-goals-overview">{move || (t().overview_heading)(count.get())}</h3>
                <Show
                    when=move || count.get() != 0
                    fallback=move || view! { <p class="hp-hint">{t().none_yet}</p> }
                >
                    <p class="hp-hint">{move || t().tree_hint}</p>
                    <For each=move || groups.get() key=|g| g.key.clone() let:group>
                        <GoalGroup group_key=group.key.clone() />
                    </For>
                </Show>
            </div>
        </SectionFrame>
    }
}

/// One life area: its heading and the goals under it as a tree.
#[component]
fn GoalGroup(group_key: String) -> impl IntoView {
    let state = use_editor();
    let shared = expect_context::<Shared>();
    let key = StoredValue::new(group_key.clone());
    let label = Memo::new(move |_| {
        let lang = state.host.lang.get();
        state
            .host
            .catalogue
            .with(|c| key.with_value(|k| area_label(lang, c, k)))
    });
    let roots = Memo::new(move |_| {
        let lang = state.host.lang.get_untracked();
        state.host.catalogue.with(|c| {
            shared.bones.with(|b| {
                key.with_value(|k| {
                    group_goals(lang, c, b)
                        .into_iter()
                        .find(|g| g.key == *k)
                        .map(|g| g.roots)
                        .unwrap_or_default()
                })
            })
        })
    });
    let heading_id = state.dom_id(&format!(
        "goals-area-{}",
        if group_key.is_empty() {
            "none"
        } else {
            &group_key
        }
    ));
    let labelled_by = heading_id.clone();
    view! {
        <section class="hp-goal-group" aria-labelledby=labelled_by>
            <h3 id=heading_id class="hp-goal-group-heading">
                // "Life area:" above a real life area; the "no life area" group needs no prefix.
                {(!group_key.is_empty()).then(|| view! {
                    <span class="hp-goal-group-kicker">{move || state.host.lang.get().goals().life_area_kicker}</span>
                    " "
                })}
                {move || label.get()}
            </h3>
            <GoalList ids=roots depth=0 />
        </section>
    }
}

/// A list of sibling goals, each with its own sub-tree.
#[component]
fn GoalList(ids: Memo<Vec<GoalId>>, depth: u8) -> impl IntoView {
    view! {
        <ul class="hp-goal-list" data-depth=depth.to_string()>
            <For each=move || ids.get() key=|id| *id let:id>
                <GoalNode id=id siblings=ids depth=depth />
            </For>
        </ul>
    }
}

#[component]
fn GoalNode(id: GoalId, siblings: Memo<Vec<GoalId>>, depth: u8) -> impl IntoView {
    let shared = expect_context::<Shared>();
    let children = Memo::new(move |_| {
        shared
            .children
            .with(|m| m.get(&id).cloned().unwrap_or_default())
    });
    // Only whether there are children decides if the nested list exists; the keyed list
    // itself handles additions, removals and moves.
    let has_children = Memo::new(move |_| !children.with(Vec::is_empty));
    view! {
        <li class="hp-goal-node">
            <GoalCard id=id siblings=siblings />
            {move || {
                (has_children.get() && depth < 4)
                    .then(|| view! { <GoalList ids=children depth=depth + 1 /> }.into_any())
            }}
        </li>
    }
}
