//! Progress on a goal, rated on the Goal Attainment Scale (−2..+2, 0 = as expected).
//! The citizen's and the professional's ratings are shown side by side, each with its own
//! history: never merged into one number.

use leptos::prelude::*;

use super::{focus_soon, local_id, signed, Shared};
use crate::model::goal::{GAS_MAX, GAS_MIN};
use crate::model::goal_progress::{
    latest, newest_first, perspective_of, ratings_from, scale_words,
};
use crate::model::{Edit, Goal, GoalId, Perspective, Rating, RatingId};
use crate::ui::browser::today;
use crate::ui::confirm::RemoveWithConfirm;
use crate::ui::details::Disclosure;
use crate::ui::fields::{DateField, TextArea};
use crate::ui::state::use_editor;

/// The goal's own words for a step, if described.
fn own_words(goal: &Option<Goal>, value: i8) -> Option<String> {
    goal.as_ref()
        .and_then(|g| scale_words(g, value))
        .map(str::to_string)
}

/// Both perspectives, side by side.
#[component]
pub(super) fn ProgressSides(id: GoalId, goal: Memo<Option<Goal>>) -> impl IntoView {
    view! {
        <div class="hp-progress">
            <RatingSide id=id goal=goal perspective=Perspective::Citizen />
            <RatingSide id=id goal=goal perspective=Perspective::Professional />
        </div>
    }
}

#[component]
fn RatingSide(id: GoalId, goal: Memo<Option<Goal>>, perspective: Perspective) -> impl IntoView {
    let state = use_editor();
    let shared = expect_context::<Shared>();
    let lang = move || state.host.lang.get();
    let t = move || lang().goals();
    let ratings = Memo::new(move |_| {
        shared.ratings.with(|m| {
            m.get(&id)
                .map(|v| ratings_from(v, perspective))
                .unwrap_or_default()
        })
    });
    let newest = Memo::new(move |_| ratings.with(|r| latest(r, perspective).cloned()));
    let history = Memo::new(move |_| ratings.with(|r| newest_first(r)));
    let side = match perspective {
        Perspective::Citizen => "citizen",
        Perspective::Professional => "professional",
    };
    let heading_id = state.dom_id(&local_id(id, &format!("side-{side}")));

    let labelled_by = heading_id.clone();
    view! {
        // A named group, not a region: every card has one per side, and landmarks must be unique.
        <div class="hp-rating-side" role="group" data-perspective=side aria-labelledby=labelled_by>
            <h5 id=heading_id class="hp-rating-side-heading">{move || lang().perspective(perspective)}</h5>
            {move || match newest.get() {
                None => view! { <p class="hp-hint">{t().no_rating}</p> }.into_any(),
                Some(rating) => {
                    let lang = lang();
                    let words = goal.with(|g| own_words(g, rating.value));
                    view! {
                        <p class="hp-rating-latest">
                            <span class="hp-rating-number">{signed(rating.value)}</span>
                            " "
                            <span>{lang.gas_level(rating.value)}</span>
                        </p>
                        {words.map(|w| view! { <p class="hp-rating-words">{(t().in_own_words)(&w)}</p> })}
                        <p class="hp-byline">
                            {(t().rated_on)(&lang.format_date(rating.date), &lang.actor_name(&rating.rated_by))}
                        </p>
                    }
                    .into_any()
                }
            }}
            <Show when=move || !ratings.with(Vec::is_empty)>
                <Disclosure
                    summary=move || (t().history_summary)(ratings.with(Vec::len))
                    open_for_print=true
                    class="hp-disclosure hp-rating-history-disclosure"
                >
                    <ol class="hp-rating-history">
                        <For each=move || history.get() key=|r| r.id let:rating>
                            <RatingRow rating=rating goal=goal />
                        </For>
                    </ol>
                </Disclosure>
            </Show>
        </div>
    }
}

#[component]
fn RatingRow(rating: Rating, goal: Memo<Option<Goal>>) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().goals();
    let id: RatingId = rating.id;
    let rated_by = rating.rated_by.clone();
    let own = {
        let rated_by = rated_by.clone();
        Memo::new(move |_| state.host.actor.with(|a| *a == rated_by) && !state.locked.get())
    };
    let date = rating.date;
    let value = rating.value;
    let comment = rating.comment.clone();
    // After a removal, focus goes to the goal's heading: the row and maybe its list are gone.
    let remove = move || {
        let lang = state.host.lang.get_untracked();
        let goal_id = goal.with_untracked(|g| g.as_ref().map(|g| g.id))?;
        state.edit(Edit::RemoveRating { id }).ok()?;
        state.announce((lang.goals().rating_removed)(&lang.format_date(date)));
        Some(state.dom_id(&local_id(goal_id, "heading")))
    };

    view! {
        <li class="hp-rating-row">
            <p class="hp-rating-row-main">
                <span class="hp-rating-date">{move || lang().format_date(date)}</span>
                ": "
                <span class="hp-rating-number">{signed(value)}</span>
                " "
                <span>{move || lang().gas_level(value)}</span>
            </p>
            {move || goal.with(|g| own_words(g, value)).map(|w| view! {
                <p class="hp-rating-words">{(t().in_own_words)(&w)}</p>
            })}
            {(!comment.trim().is_empty()).then(|| {
                let comment = comment.clone();
                view! { <p class="hp-rating-comment">{move || (t().comment_quote)(&comment)}</p> }
            })}
            <p class="hp-byline">{move || (t().rated_by)(&lang().actor_name(&rated_by))}</p>
            <Show when=move || own.get()>
                <RemoveWithConfirm
                    label=Signal::derive(move || t().remove.to_string())
                    accessible_name=Signal::derive(move || (t().remove_rating_named)(&lang().format_date(date)))
                    question=Signal::derive(move || t().confirm_remove_rating.to_string())
                    yes=Signal::derive(move || t().confirm_yes)
                    no=Signal::derive(move || t().confirm_no)
                    on_confirm=remove
                />
            </Show>
        </li>
    }
}

/// Records a rating from the perspective of whoever is writing.
#[component]
pub(super) fn RatingForm(id: GoalId, goal: Memo<Option<Goal>>) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().goals();
    let perspective = Memo::new(move |_| perspective_of(state.host.actor.with(|a| a.role)));
    let value = RwSignal::new(None::<i8>);
    let date = RwSignal::new(Some(today()));
    let comment = RwSignal::new(String::new());
    let value_error = RwSignal::new(None::<String>);
    let date_error = RwSignal::new(None::<String>);
    let name = state.dom_id(&local_id(id, "rate"));
    let legend_id = format!("{name}-legend");
    let error_id = format!("{name}-error");
    let first_radio = format!("{name}-{}", GAS_MIN + 2);
    let error_id_shown = error_id.clone();

    let submit = {
        let first_radio = first_radio.clone();
        move || {
            let t = state.host.lang.get_untracked().goals();
            value_error.set(None);
            date_error.set(None);
            let Some(v) = value.get_untracked() else {
                value_error.set(Some(t.value_required.to_string()));
                focus_soon(first_radio.clone());
                return;
            };
            let Some(d) = date.get_untracked() else {
                date_error.set(Some(t.date_required.to_string()));
                return;
            };
            let actor = state.host.actor.get_untracked();
            let p = perspective_of(actor.role);
            let rating = Rating {
                id: RatingId::new(),
                goal: id,
                date: d,
                value: v,
                perspective: p,
                rated_by: actor,
                comment: comment.get_untracked().trim().to_string(),
            };
            match state.edit(Edit::AddRating {
                rating,
                position: None,
            }) {
                Ok(()) => {
                    let lang = state.host.lang.get_untracked();
                    state.announce((t.rating_saved)(
                        lang.perspective(p),
                        &signed(v),
                        lang.gas_level(v),
                    ));
                    value.set(None);
                    comment.set(String::new());
                }
                Err(err) => value_error.set(Some(state.host.refusal(&err))),
            }
        }
    };

    view! {
        <form
            class="hp-rating-form"
            novalidate=true
            on:submit=move |ev| {
                ev.prevent_default();
                submit();
            }
        >
            <p class="hp-rating-who">
                <strong>{move || (t().rating_as)(lang().perspective(perspective.get()))}</strong>
                " "
                {move || t().rating_as_hint}
            </p>
            <fieldset
                class="hp-rating-scale"
                aria-describedby=move || value_error.get().is_some().then(|| error_id.clone())
            >
                <legend id=legend_id>{move || t().rating_legend}</legend>
                <p class="hp-hint">{move || t().rating_scale_hint}</p>
                {move || value_error.get().map(|message| view! {
                    <p id=error_id_shown.clone() class="hp-field-error">
                        <span aria-hidden="true">"⚠ "</span>{message}
                    </p>
                })}
                <div class="hp-rating-options">
                    {(GAS_MIN..=GAS_MAX)
                        .map(|v| {
                            let radio_id = format!("{name}-{}", v + 2);
                                let label_for = radio_id.clone();
                            view! {
                                <label class="hp-rating-option" for=label_for>
                                    <input
                                        type="radio"
                                        id=radio_id
                                        name=name.clone()
                                        value=v.to_string()
                                        prop:checked=move || value.get() == Some(v)
                                        on:change=move |_| {
                                            value.set(Some(v));
                                            value_error.set(None);
                                        }
                                    />
                                    <span class="hp-rating-option-text">
                                        <span class="hp-rating-number">{signed(v)}</span>
                                        " "
                                        <span>{move || lang().gas_level(v)}</span>
                                        {move || goal.with(|g| own_words(g, v)).map(|w| view! {
                                            <span class="hp-rating-words">{(t().in_own_words)(&w)}</span>
                                        })}
                                    </span>
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <DateField
                id=local_id(id, "rate-date")
                label=Signal::derive(move || t().rating_date_label)
                value=date
                on_change=move |d| {
                    date.set(d);
                    date_error.set(None);
                }
                error=date_error
            />
            <TextArea
                id=local_id(id, "rate-comment")
                label=Signal::derive(move || t().rating_comment_label)
                value=comment
                on_input=move |text| comment.set(text)
                rows=2
                maxlength=2000
            />
            <button type="submit" class="hp-button hp-button-primary">{move || t().rating_save}</button>
        </form>
    }
}
