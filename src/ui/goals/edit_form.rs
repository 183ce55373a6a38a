//! Every field of one goal: the goal in words, description, kind and place in the tree,
//! life area, who put it into words, target date, status, and the five steps of the
//! Goal Attainment Scale in the person's own words.

use leptos::prelude::*;

use super::assessment_links::AssessmentLinks;
use super::{
    area_options, is_citizens, local_id, parent_options, update, Shared, EXPRESSED_BY, LEVELS,
};
use crate::i18n::Lang;
use crate::model::{Edit, EditError, GasScale, Goal, GoalId, GoalLevel, GoalStatus, ItemRef};
use crate::ui::details::Disclosure;
use crate::ui::fields::{DateField, EnumSelect, SelectField, TextArea, TextField};
use crate::ui::state::use_editor;

const STATUSES: [GoalStatus; 5] = [
    GoalStatus::Proposed,
    GoalStatus::Active,
    GoalStatus::OnHold,
    GoalStatus::Achieved,
    GoalStatus::Cancelled,
];

#[component]
pub(super) fn GoalEditForm(id: GoalId, goal: Memo<Option<Goal>>) -> impl IntoView {
    let state = use_editor();
    let shared = expect_context::<Shared>();
    let lang = move || state.host.lang.get();
    let t = move || lang().goals();
    // A refused change (wrong nesting, sub-goals that no longer fit) is said here, in words.
    let error = RwSignal::new(None::<String>);
    let report = move |result: Result<(), EditError>| {
        error.set(
            result
                .err()
                .map(|e| state.host.lang.get_untracked().edit_error(&e)),
        );
    };

    let field = move |f: fn(&Goal) -> String| {
        Signal::derive(move || goal.with(|g| g.as_ref().map(f).unwrap_or_default()))
    };
    let title = field(|g| g.title.clone());
    let citizens = Memo::new(move |_| goal.with(|g| g.as_ref().is_some_and(is_citizens)));
    let level =
        Memo::new(move |_| goal.with(|g| g.as_ref().map(|g| g.level).unwrap_or(GoalLevel::Goal)));
    let has_family = Memo::new(move |_| state.plan.with(|p| !p.family.is_empty()));

    let title_error = Signal::derive(move || {
        title
            .with(|t| t.trim().is_empty())
            .then(|| state.host.lang.get().goals().title_required.to_string())
    });

    let change_level = move |new_level: GoalLevel| {
        // Keep the parent if it fits the new level; a sub-goal needs one, so take the first
        // goal that fits (the user can change it right after).
        let parent = goal.with_untracked(|g| g.as_ref().and_then(|g| g.parent));
        let fitting = |p: GoalId| {
            shared.choices.with_untracked(|c| {
                c.iter()
                    .any(|(cid, l, _)| *cid == p && Some(*l) == new_level.parent_level())
            })
        };
        let parent = match parent.filter(|p| fitting(*p)) {
            Some(p) => Some(p),
            None if new_level.needs_parent() => shared.choices.with_untracked(|c| {
                c.iter()
                    .find(|(cid, l, _)| *cid != id && Some(*l) == new_level.parent_level())
                    .map(|(cid, _, _)| *cid)
            }),
            None => None,
        };
        report(update(state, goal, |g| {
            g.level = new_level;
            g.parent = parent;
        }));
    };

    view! {
        <div class="hp-goal-form">
            {move || error.get().map(|message| view! {
                <p class="hp-field-error" role="alert">
                    <span aria-hidden="true">"⚠ "</span>{message}
                </p>
            })}
            <TextField
                id=local_id(id, "title")
                label=Signal::derive(move || t().title_label)
                value=title
                on_input=move |text| report(state.edit_text(Some(ItemRef::Goal(id)), "title", text))
                error=title_error
                required=true
            />
            {move || {
                let own = citizens.get();
                view! {
                    <TextArea
                        id=local_id(id, "description")
                        label=Signal::derive(move || t().description_label)
                        hint=Signal::derive(move || Some(t().description_hint))
                        value=field(|g| g.description.clone())
                        on_input=move |text| report(state.edit_text(Some(ItemRef::Goal(id)), "description", text))
                        citizens_words=own
                        rows=3
                    />
                }
            }}
            <div class="hp-goal-form-row">
                <EnumSelect
                    id=local_id(id, "status")
                    label=Signal::derive(move || t().status_label)
                    variants=&STATUSES
                    name=Lang::goal_status
                    value=Signal::derive(move || goal.with(|g| g.as_ref().map(|g| g.status).unwrap_or_default()))
                    on_change=move |status| {
                        let result = match state.edit(Edit::SetGoalStatus { id, status }) {
                            Err(EditError::NoChange) => Ok(()),
                            other => other,
                        };
                        report(result);
                    }
                />
                <DateField
                    id=local_id(id, "target-date")
                    label=Signal::derive(move || t().target_date_label)
                    value=Signal::derive(move || goal.with(|g| g.as_ref().and_then(|g| g.target_date)))
                    on_change=move |date| report(update(state, goal, |g| g.target_date = date))
                />
                <SelectField
                    id=local_id(id, "area")
                    label=Signal::derive(move || t().life_area_label)
                    options=Signal::derive(move || state.host.catalogue.with(|c| area_options(lang(), c)))
                    value=field(|g| g.life_area.clone().unwrap_or_default())
                    on_change=move |code| {
                        report(update(state, goal, |g| {
                            g.life_area = (!code.is_empty()).then_some(code)
                        }))
                    }
                />
                <EnumSelect
                    id=local_id(id, "by")
                    label=Signal::derive(move || t().expressed_by_label)
                    variants=&EXPRESSED_BY
                    name=Lang::expressed_by
                    value=Signal::derive(move || goal.with(|g| g.as_ref().map_or(EXPRESSED_BY[0], |g| g.expressed_by)))
                    on_change=move |by| report(update(state, goal, |g| g.expressed_by = by))
                />
                <EnumSelect
                    id=local_id(id, "level")
                    label=Signal::derive(move || t().level_label)
                    variants=&LEVELS
                    name=Lang::goal_level
                    value=level
                    on_change=change_level
                />
                <Show when=move || level.get() != GoalLevel::Overall>
                    <SelectField
                        id=local_id(id, "parent")
                        label=Signal::derive(move || t().parent_label)
                        options=Signal::derive(move || {
                            let level = level.get();
                            shared.choices.with(|c| parent_options(lang(), c, level, Some(id)))
                        })
                        value=field(|g| g.parent.map(|p| p.to_string()).unwrap_or_default())
                        on_change=move |code| {
                            let parent = uuid::Uuid::parse_str(&code).ok().map(GoalId::from);
                            report(update(state, goal, |g| g.parent = parent));
                        }
                    />
                </Show>
                <Show when=move || has_family.get()>
                    <SelectField
                        id=local_id(id, "member")
                        label=Signal::derive(move || t().member_label)
                        options=Signal::derive(move || {
                            let citizen = t().member_citizen.to_string();
                            state.plan.with(|p| {
                                std::iter::once((String::new(), citizen))
                                    .chain(p.family.iter().map(|m| (m.id.to_string(), m.name.clone())))
                                    .collect::<Vec<_>>()
                            })
                        })
                        value=field(|g| g.member.map(|m| m.to_string()).unwrap_or_default())
                        on_change=move |code| {
                            let member = uuid::Uuid::parse_str(&code).ok().map(crate::model::MemberId::from);
                            report(update(state, goal, |g| g.member = member));
                        }
                    />
                </Show>
            </div>
            <Disclosure
                summary=move || t().scale_summary
                open=RwSignal::new(goal.with_untracked(|g| g.as_ref().is_some_and(|g| !g.scale.is_empty())))
                open_for_print=true
                class="hp-disclosure hp-goal-scale"
            >
                <p class="hp-hint">{move || t().scale_hint}</p>
                {(-2i8..=2)
                    .map(|value| {
                        let index = (value + 2) as usize;
                        view! {
                            <TextField
                                id=local_id(id, &format!("scale{}", index))
                                label=Signal::derive(move || t().scale_labels[index])
                                value=Signal::derive(move || {
                                    goal.with(|g| {
                                        g.as_ref()
                                            .and_then(|g| g.scale.words(value).map(str::to_string))
                                            .unwrap_or_default()
                                    })
                                })
                                on_input=move |text| {
                                    let level = GasScale::FIELDS[index];
                                    report(state.edit_text(Some(ItemRef::Goal(id)), &format!("scale.{level}"), text))
                                }
                            />
                        }
                    })
                    .collect_view()}
            </Disclosure>
            <AssessmentLinks id=id goal=goal />
        </div>
    }
}
