//! One goal as a card: its level and title in words, the facts a reader needs, both
//! ratings side by side, and disclosures for editing, rating and the dialogue.

use leptos::prelude::*;

use super::assessment_links::AssessmentBasis;
use super::edit_form::GoalEditForm;
use super::progress::{ProgressSides, RatingForm};
use super::{is_citizens, local_id, Shared};
use crate::model::{Edit, EditError, Goal, GoalId, GoalLevel, ItemRef, Target};
use crate::ui::confirm::RemoveWithConfirm;
use crate::ui::details::Disclosure;
use crate::ui::dialogue::{AgreementControl, Comments, ItemHistory};
use crate::ui::fields::option_value;
use crate::ui::live::EditingMarker;
use crate::ui::state::use_editor;

#[component]
pub(super) fn GoalCard(id: GoalId, siblings: Memo<Vec<GoalId>>) -> impl IntoView {
    let state = use_editor();
    let shared = expect_context::<Shared>();
    let lang = move || state.host.lang.get();
    let t = move || lang().goals();

    // This card's goal: found by index, so reading it costs the same for 1 or 300 goals.
    let goal = Memo::new(move |_| {
        let index = shared.positions.with(|m| m.get(&id).copied());
        state.plan.with(|p| {
            index
                .and_then(|i| p.goals.get(i))
                .filter(|g| g.id == id)
                .or_else(|| p.goal(id))
                .cloned()
        })
    });
    let read = move |f: fn(&Goal) -> String| goal.with(|g| g.as_ref().map(f).unwrap_or_default());
    let title = Memo::new(move |_| read(|g| g.title.clone()));
    let shown_title = move || {
        let title = title.get();
        if title.trim().is_empty() {
            t().untitled.to_string()
        } else {
            title
        }
    };
    let level = Memo::new(move |_| goal.with(|g| g.as_ref().map(|g| g.level)));
    let citizens = Memo::new(move |_| goal.with(|g| g.as_ref().is_some_and(is_citizens)));
    let description = Memo::new(move |_| read(|g| g.description.clone()));
    let agreement = Signal::derive(move || {
        goal.with(|g| {
            g.as_ref()
                .map(|g| g.citizen_agreement.clone())
                .unwrap_or_default()
        })
    });
    let created = Signal::derive(move || {
        goal.with(|g| {
            g.as_ref()
                .map(|g| (g.created_by.clone(), g.created_at))
                .unwrap_or_else(|| (state.host.actor.get_untracked(), chrono::Utc::now()))
        })
    });
    // A parent in another life area is named in words, since it is not shown above.
    let parent_elsewhere = Memo::new(move |_| {
        let parent = goal.with(|g| g.as_ref().and_then(|g| g.parent))?;
        let own_area = goal.with(|g| g.as_ref().and_then(|g| g.life_area.clone()));
        state.plan.with(|p| {
            p.goal(parent)
                .filter(|pg| pg.life_area != own_area)
                .map(|pg| (pg.level, pg.title.clone()))
        })
    });
    let comment_count = Memo::new(move |_| {
        shared
            .comment_counts
            .with(|m| m.get(&id).copied().unwrap_or(0))
    });
    let sub_count = Memo::new(move |_| {
        shared
            .bones
            .with(|b| b.iter().filter(|x| x.parent == Some(id)).count())
    });
    let neighbours = Memo::new(move |_| {
        siblings.with(|v| {
            let at = v.iter().position(|x| *x == id);
            let before = at.and_then(|i| i.checked_sub(1)).map(|i| v[i]);
            let after = at.and_then(|i| v.get(i + 1)).copied();
            (before, after)
        })
    });

    let heading_id = state.dom_id(&local_id(id, "heading"));
    let up_id = move || state.dom_id(&local_id(id, "up"));
    let down_id = move || state.dom_id(&local_id(id, "down"));
    let remove_error = RwSignal::new(None::<String>);

    let move_to = move |other: Option<GoalId>, up: bool| {
        let Some(other) = other else { return };
        let Some(to) = shared.positions.with_untracked(|m| m.get(&other).copied()) else {
            return;
        };
        if state.edit(Edit::MoveGoal { id, to }).is_ok() {
            state.announce((t().moved)(&title.get_untracked(), up));
            // The card moved in the DOM: keep focus on the button, or its twin at an end.
            request_animation_frame(move || {
                // The editor may have been unmounted meanwhile.
                let Some((before, after)) = neighbours.try_get_untracked() else {
                    return;
                };
                let stay = if up {
                    before.is_some()
                } else {
                    after.is_some()
                };
                let target = if stay == up { up_id() } else { down_id() };
                crate::ui::browser::focus_by_id(&target);
            });
        }
    };

    // Sub-goals keep their goal: the reason is said in words instead of asking.
    let may_ask = move |_: ()| {
        let count = sub_count.get_untracked();
        let refusal = (count > 0).then(|| {
            state.host.lang.get_untracked().edit_error(
                &EditError::HasSubGoals { count },
                state.host.voice_untracked(),
            )
        });
        let may = refusal.is_none();
        remove_error.set(refusal);
        may
    };
    let remove = move || {
        let (before, after) = neighbours.get_untracked();
        let parent = goal.with_untracked(|g| g.as_ref().and_then(|g| g.parent));
        let name = title.get_untracked();
        match state.edit(Edit::RemoveGoal { id }) {
            Ok(()) => {
                state.announce((t().removed)(&name));
                let next = before.or(after).or(parent);
                Some(match next {
                    Some(other) => state.dom_id(&local_id(other, "heading")),
                    None => state.dom_id("goals-heading"),
                })
            }
            Err(err) => {
                remove_error.set(Some(state.host.refusal(&err)));
                None
            }
        }
    };

    let expand_now = shared.expand.get_untracked() == Some(id);
    if expand_now {
        shared.expand.set(None);
    }

    view! {
        <article
            class="hp-goal-card"
            data-item=id.0.to_string()
            data-level=move || level.get().map(|l| option_value(&l)).unwrap_or_default()
            class:hp-goal-citizen=move || citizens.get()
        >
            <div class="hp-goal-head">
                <h4 id=heading_id tabindex="-1" class="hp-goal-title">
                    <span class="hp-goal-level">
                        {move || level.get().map(|l| lang().goal_level(l)).unwrap_or_default()}
                    </span>
                    <span class="hp-visually-hidden">": "</span>
                    <span class="hp-goal-title-text">{shown_title}</span>
                </h4>
                <Show when=move || citizens.get()>
                    <span class="hp-badge hp-badge-citizen">{move || t().citizens_words.to(state.host.voice())}</span>
                </Show>
            </div>
            <EditingMarker item=id.0.to_string() />
            {move || parent_elsewhere.get().map(|(level, parent_title)| view! {
                <p class="hp-goal-parent-note">
                    {(t().belongs_under)(lang().goal_level(level), &parent_title)}
                </p>
            })}
            <Show when=move || !description.with(|d| d.trim().is_empty())>
                <p class="hp-goal-description" class:hp-own-words-text=move || citizens.get()>
                    {move || description.get()}
                </p>
            </Show>
            <GoalFacts goal=goal />
            <AssessmentBasis id=id goal=goal />
            <ProgressSides id=id goal=goal />

            <div class="hp-goal-disclosures">
                <Disclosure
                    summary=move || if state.locked.get() { t().details_locked } else { t().edit_summary }
                    open=RwSignal::new(expand_now)
                    open_for_print=true
                    class="hp-disclosure hp-goal-edit"
                >
                    <GoalEditForm id=id goal=goal />
                </Disclosure>
                <Show when=move || !state.locked.get()>
                    <Disclosure summary=move || t().rate_summary open_for_print=true class="hp-disclosure hp-goal-rate">
                        <RatingForm id=id goal=goal />
                    </Disclosure>
                </Show>
                <Disclosure
                    summary=move || (t().dialogue_summary.to(state.host.voice()))(comment_count.get())
                    open_for_print=true
                    class="hp-disclosure hp-goal-dialogue"
                >
                    <AgreementControl target=Target::Goal(id) current=agreement />
                    <Comments target=Target::Goal(id) />
                </Disclosure>
                <ItemHistory item=ItemRef::Goal(id) created_by=created />
            </div>

            <Show when=move || !state.locked.get()>
                <div class="hp-goal-actions">
                    <button
                        type="button"
                        id=up_id
                        class="hp-button hp-button-small"
                        aria-label=move || (t().move_up_named)(&shown_title())
                        disabled=move || neighbours.get().0.is_none()
                        on:click=move |_| move_to(neighbours.get_untracked().0, true)
                    >
                        <span aria-hidden="true">"↑ "</span>{move || t().move_up}
                    </button>
                    <button
                        type="button"
                        id=down_id
                        class="hp-button hp-button-small"
                        aria-label=move || (t().move_down_named)(&shown_title())
                        disabled=move || neighbours.get().1.is_none()
                        on:click=move |_| move_to(neighbours.get_untracked().1, false)
                    >
                        <span aria-hidden="true">"↓ "</span>{move || t().move_down}
                    </button>
                    {move || {
                        let under = match level.get()? {
                            GoalLevel::Overall => t().add_goal_under,
                            GoalLevel::Goal => t().add_sub_goal,
                            GoalLevel::SubGoal => return None,
                        };
                        Some(view! {
                            <button
                                type="button"
                                class="hp-button hp-button-small"
                                aria-label=move || format!("{under}: {}", shown_title())
                                on:click=move |_| {
                                    if let Some(g) = goal.get_untracked() {
                                        shared.draft.start_under(state, &g);
                                    }
                                }
                            >
                                <span aria-hidden="true">"+ "</span>{under}
                            </button>
                        })
                    }}
                    <RemoveWithConfirm
                        label=Signal::derive(move || t().remove.to_string())
                        accessible_name=Signal::derive(move || (t().remove_named)(&shown_title()))
                        question=Signal::derive(move || (t().confirm_remove)(&shown_title()))
                        yes=Signal::derive(move || t().confirm_yes)
                        no=Signal::derive(move || t().confirm_no)
                        may_ask=may_ask
                        on_confirm=remove
                    />
                </div>
                {move || remove_error.get().map(|message| view! {
                    <p class="hp-field-error" role="alert">
                        <span aria-hidden="true">"⚠ "</span>{message}
                    </p>
                })}
            </Show>
        </article>
    }
}

/// Status, who put it into words, target date, the citizen's agreement — always in words.
#[component]
fn GoalFacts(goal: Memo<Option<Goal>>) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().goals();
    let facts = Memo::new(move |_| {
        goal.with(|g| {
            g.as_ref().map(|g| {
                (
                    g.status,
                    g.expressed_by,
                    g.target_date,
                    g.citizen_agreement.status,
                    g.member,
                    g.citizen_agreement
                        .recorded_by
                        .as_ref()
                        .map(|by| by.name.clone()),
                )
            })
        })
    });
    let member_name = move || {
        let member = facts.get()?.4?;
        state.plan.with(|p| {
            p.family
                .iter()
                .find(|m| m.id == member)
                .map(|m| m.name.clone())
        })
    };
    view! {
        {move || facts.get().map(|(status, by, date, agreement, _, recorded)| {
            let lang = lang();
            let voice = state.host.voice();
            view! {
                <dl class="hp-goal-facts">
                    <div data-status=option_value(&status)>
                        <dt>{t().status_label}</dt>
                        <dd>{lang.goal_status(status)}</dd>
                    </div>
                    <div>
                        <dt>{t().expressed_by_short}</dt>
                        <dd>{lang.expressed_by(by)}</dd>
                    </div>
                    <div>
                        <dt>{t().target_date_short}</dt>
                        <dd>{date.map(|d| lang.format_date(d)).unwrap_or_else(|| t().no_date.to_string())}</dd>
                    </div>
                    <div>
                        <dt>{t().agreement_short.to(voice)}</dt>
                        <dd>
                            {lang.agreement_status(agreement, voice)}
                            {recorded.map(|name| format!(" ({})", (lang.representation().recorded_short)(&name)))}
                        </dd>
                    </div>
                    {member_name().map(|name| view! {
                        <div>
                            <dt>{t().member_short}</dt>
                            <dd>{name}</dd>
                        </div>
                    })}
                </dl>
            }
        })}
    }
}
