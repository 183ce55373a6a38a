//! One intervention as a card: title, area, status, the facts a reader needs, the
//! citizen's agreement in words, and the controls to move, edit and remove it.

use leptos::prelude::*;

use super::edit_form::EditForm;
use super::links::Links;
use super::{legal_basis_text, local_id, Shared};
use crate::model::{AgreementStatus, Edit, Intervention, InterventionId, ItemRef, Target};
use crate::ui::browser::focus_by_id;
use crate::ui::confirm::RemoveWithConfirm;
use crate::ui::details::Disclosure;
use crate::ui::dialogue::{AgreementControl, Comments, ItemHistory};
use crate::ui::fields::option_value;
use crate::ui::live::EditingMarker;
use crate::ui::state::use_editor;

#[component]
pub(super) fn InterventionCard(id: InterventionId) -> impl IntoView {
    let state = use_editor();
    let shared = expect_context::<Shared>();
    let lang = move || state.host.lang.get();
    let t = move || lang().interventions();

    // This card's intervention; re-runs per plan change but clones only when it changed.
    let item = Memo::new_owning(move |old: Option<Option<Intervention>>| {
        let index = shared.positions.with(|m| m.get(&id).copied());
        state.plan.with(|p| {
            let current = index
                .and_then(|i| p.interventions.get(i))
                .filter(|x| x.id == id)
                .or_else(|| p.intervention(id));
            match old {
                Some(old) if old.as_ref() == current => (old, false),
                _ => (current.cloned(), true),
            }
        })
    });
    let title =
        Memo::new(move |_| item.with(|i| i.as_ref().map(|i| i.title.clone()).unwrap_or_default()));
    let shown_title = move || {
        let title = title.get();
        if title.trim().is_empty() {
            t().untitled.to_string()
        } else {
            title
        }
    };
    let place = Memo::new(move |_| shared.positions.with(|m| m.get(&id).copied()));
    // Neighbours among the cards on screen: moving skips the ones a filter hides.
    let neighbours = Memo::new(move |_| {
        shared.visible.with(|v| {
            let at = v.iter().position(|x| *x == id);
            let before = at.and_then(|i| i.checked_sub(1)).map(|i| v[i]);
            let after = at.and_then(|i| v.get(i + 1)).copied();
            (before, after)
        })
    });
    let heading_id = state.dom_id(&local_id(id, "heading"));
    // DOM ids as Copy closures, so nested views can use them freely.
    let up_id = move || state.dom_id(&local_id(id, "up"));
    let down_id = move || state.dom_id(&local_id(id, "down"));

    let move_to = move |other: Option<InterventionId>, up: bool| {
        let Some(other) = other else { return };
        let Some(to) = shared.positions.with_untracked(|m| m.get(&other).copied()) else {
            return;
        };
        if state.edit(Edit::MoveIntervention { id, to }).is_ok() {
            let number = shared
                .positions
                .with_untracked(|m| m.get(&id).map(|i| i + 1))
                .unwrap_or(to + 1);
            state.announce((t().moved)(&title.get_untracked(), number));
            // Keep focus on the button (the card moved in the DOM), or its twin at an end.
            request_animation_frame(move || {
                // The card may be gone by the next frame (removed on another device).
                let Some((before, after)) = neighbours.try_get_untracked() else {
                    return;
                };
                let keep_up = if up {
                    before.is_some()
                } else {
                    after.is_none()
                };
                focus_by_id(&if keep_up { up_id() } else { down_id() });
            });
        }
    };

    let remove = move || {
        let name = shown_title();
        // Where focus goes after: the next card, else the previous, else the section heading.
        let (before, after) = neighbours.get_untracked();
        state.edit(Edit::RemoveIntervention { id }).ok()?;
        state.announce((t().removed)(&name));
        Some(
            after
                .or(before)
                .map(|other| state.dom_id(&local_id(other, "heading")))
                .unwrap_or_else(|| state.dom_id("interventions-heading")),
        )
    };

    let sector = move || item.with(|i| i.as_ref().map(|i| i.sector));
    let created = Signal::derive(move || {
        item.with(|i| {
            i.as_ref()
                .map(|i| (i.created_by.clone(), i.created_at))
                .unwrap_or_else(|| (state.host.actor.get_untracked(), chrono::Utc::now()))
        })
    });
    let comment_count = Memo::new(move |_| {
        shared
            .comment_counts
            .with(|m| m.get(&id).copied().unwrap_or(0))
    });
    let agreement = Signal::derive(move || {
        item.with(|i| {
            i.as_ref()
                .map(|i| i.citizen_agreement.clone())
                .unwrap_or_default()
        })
    });

    let just_added = shared.expand.get_untracked() == Some(id);
    if just_added {
        // Open once: a card shown again later (after a filter) starts closed.
        shared.expand.set(None);
    }
    let edit_open = RwSignal::new(just_added);

    view! {
        <li
            class="hp-iv-card"
            data-item=id.0.to_string()
            data-sector=move || sector().map(|s| s.code())
            aria-labelledby=heading_id.clone()
        >
            <div class="hp-iv-head">
                <h3 id=heading_id.clone() class="hp-iv-title" tabindex="-1">{shown_title}</h3>
                <span class="hp-iv-number">
                    {move || place.get().map(|p| (t().number)(p + 1))}
                </span>
            </div>
            <EditingMarker item=id.0.to_string() />
            <p class="hp-iv-tags">
                <span class="hp-badge hp-iv-sector">
                    {move || sector().map(|s| lang().sector(s))}
                </span>
                <span class="hp-badge hp-iv-status" data-status=move || item.with(|i| i.as_ref().map(|i| option_value(&i.status)))>
                    <span class="hp-visually-hidden">{move || t().status_label}": "</span>
                    {move || item.with(|i| i.as_ref().map(|i| lang().intervention_status(i.status)))}
                </span>
            </p>
            <AgreementLine agreement=agreement />
            {move || {
                item.with(|i| i.as_ref().map(|i| i.description.clone()))
                    .filter(|d| !d.trim().is_empty())
                    .map(|d| view! { <p class="hp-iv-description">{d}</p> })
            }}
            <Facts item=item />
            <Show when=move || !state.locked.get()>
                <div class="hp-iv-actions">
                    <button
                        type="button"
                        id=up_id()
                        class="hp-button hp-button-small"
                        aria-label=move || (t().move_up_label)(&shown_title())
                        disabled=move || neighbours.with(|n| n.0.is_none())
                        on:click=move |_| move_to(neighbours.get_untracked().0, true)
                    >
                        <span aria-hidden="true">"↑ "</span>{move || t().move_up}
                    </button>
                    <button
                        type="button"
                        id=down_id()
                        class="hp-button hp-button-small"
                        aria-label=move || (t().move_down_label)(&shown_title())
                        disabled=move || neighbours.with(|n| n.1.is_none())
                        on:click=move |_| move_to(neighbours.get_untracked().1, false)
                    >
                        <span aria-hidden="true">"↓ "</span>{move || t().move_down}
                    </button>
                    <RemoveWithConfirm
                        label=Signal::derive(move || t().remove.to_string())
                        accessible_name=Signal::derive(move || (t().remove_label)(&shown_title()))
                        question=Signal::derive(move || (t().confirm_remove)(&shown_title()))
                        yes=Signal::derive(move || t().confirm_yes)
                        no=Signal::derive(move || t().confirm_no)
                        on_confirm=remove
                    />
                </div>
            </Show>
            <Disclosure open=edit_open summary=move || t().edit_summary class="hp-iv-more">
                <EditForm id=id item=item />
            </Disclosure>
            <Disclosure summary=move || t().links_summary class="hp-iv-more">
                <Links id=id item=item />
            </Disclosure>
            <Disclosure
                summary=move || (t().voices_summary.to(state.host.voice()))(comment_count.get())
                class="hp-iv-more"
            >
                <AgreementControl target=Target::Intervention(id) current=agreement />
                <Comments target=Target::Intervention(id) />
            </Disclosure>
            <ItemHistory item=ItemRef::Intervention(id) created_by=created />
        </li>
    }
}

/// The citizen's answer in words and an icon, never by colour alone.
#[component]
fn AgreementLine(agreement: Signal<crate::model::Agreement>) -> impl IntoView {
    let state = use_editor();
    view! {
        {move || {
            let a = agreement.get();
            let text = state.host.lang.get().agreement_status(a.status, state.host.voice());
            let (icon, class) = match a.status {
                AgreementStatus::Disagrees => ("⚠", "hp-iv-agreement hp-iv-disagrees"),
                AgreementStatus::Agrees => ("✓", "hp-iv-agreement hp-iv-agrees"),
                AgreementStatus::NotAsked => ("?", "hp-iv-agreement hp-iv-not-asked"),
            };
            let comment = a.comment.trim().to_string();
            view! {
                <p class=class>
                    <span class="hp-iv-agreement-icon" aria-hidden="true">{icon}</span>
                    " "<strong>{text}</strong>
                    {(!comment.is_empty()).then(|| view! {
                        ": "<q class="hp-iv-citizen-words">{comment}</q>
                    })}
                </p>
            }
        }}
    }
}

/// The facts as a description list; empty optional facts are left out.
#[component]
fn Facts(item: Memo<Option<Intervention>>) -> impl IntoView {
    let state = use_editor();
    let shared = expect_context::<Shared>();
    let lang = move || state.host.lang.get();
    let t = move || lang().interventions();

    let period = move || {
        let lang = lang();
        let t = lang.interventions();
        item.with(|i| {
            let p = i.as_ref().map(|i| i.period).unwrap_or_default();
            match (p.start, p.end) {
                (Some(s), Some(e)) => {
                    format!("{} \u{2013} {}", lang.format_date(s), lang.format_date(e))
                }
                (Some(s), None) => (t.period_from)(&lang.format_date(s)),
                (None, Some(e)) => (t.period_until)(&lang.format_date(e)),
                (None, None) => t.no_dates.to_string(),
            }
        })
    };
    let basis = move || {
        let lang = lang();
        let basis = item.with(|i| i.as_ref().and_then(|i| i.legal_basis.clone()));
        match basis {
            Some(b) => state.host.catalogue.with(|c| legal_basis_text(lang, c, &b)),
            None => lang.interventions().not_filled.to_string(),
        }
    };
    let responsible = move || {
        let (person, authority) = item.with(|i| {
            i.as_ref()
                .map(|i| (i.responsible_person, i.responsible_authority.clone()))
                .unwrap_or_default()
        });
        let person = person.and_then(|id| {
            shared
                .people
                .with(|p| p.iter().find(|(pid, _)| *pid == id).map(|(_, n)| n.clone()))
        });
        let parts: Vec<String> = person
            .into_iter()
            .chain((!authority.trim().is_empty()).then_some(authority))
            .collect();
        if parts.is_empty() {
            t().not_filled.to_string()
        } else {
            parts.join(" \u{00b7} ")
        }
    };
    let text_of = move |f: fn(&Intervention) -> &String| {
        move || {
            item.with(|i| {
                i.as_ref()
                    .map(|i| f(i).trim().to_string())
                    .unwrap_or_default()
            })
        }
    };
    let provider = Memo::new(move |_| text_of(|i| &i.provider)());
    let frequency = Memo::new(move |_| text_of(|i| &i.frequency)());
    let goal_ids =
        Memo::new(move |_| item.with(|i| i.as_ref().map(|i| i.goals.clone()).unwrap_or_default()));
    let goal_names = move || {
        let ids = goal_ids.get();
        shared.goals.with(|goals| {
            ids.iter()
                .filter_map(|id| goals.iter().find(|g| g.id == *id))
                .map(|g| {
                    if g.title.trim().is_empty() {
                        t().untitled.to_string()
                    } else {
                        g.title.clone()
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let dep_ids = Memo::new(move |_| {
        item.with(|i| i.as_ref().map(|i| i.depends_on.clone()).unwrap_or_default())
    });
    let dep_names = move || {
        let ids = dep_ids.get();
        if ids.is_empty() {
            return Vec::new();
        }
        shared.titles.with(|titles| {
            ids.iter()
                .filter_map(|id| titles.iter().find(|(x, _)| x == id))
                .map(|(_, title)| title.clone())
                .collect::<Vec<_>>()
        })
    };
    let decision = Memo::new(move |_| {
        item.with(|i| i.as_ref().map(|i| i.decision.clone()).unwrap_or_default())
    });

    view! {
        <dl class="hp-iv-facts">
            <div><dt>{move || t().period_label}</dt><dd>{period}</dd></div>
            <div><dt>{move || t().legal_basis_label}</dt><dd>{basis}</dd></div>
            <div><dt>{move || t().responsible_label}</dt><dd>{responsible}</dd></div>
            <Show when=move || !provider.with(String::is_empty)>
                <div><dt>{move || t().provider_label}</dt><dd>{move || provider.get()}</dd></div>
            </Show>
            <Show when=move || !frequency.with(String::is_empty)>
                <div><dt>{move || t().frequency_label}</dt><dd>{move || frequency.get()}</dd></div>
            </Show>
            <div class="hp-iv-fact-wide">
                <dt>{move || t().goals_label}</dt>
                <dd>
                    {move || {
                        let names = goal_names();
                        if names.is_empty() {
                            view! { <span class="hp-iv-missing">{t().no_goals}</span> }.into_any()
                        } else {
                            view! {
                                <ul class="hp-iv-inline-list">
                                    {names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                                </ul>
                            }.into_any()
                        }
                    }}
                </dd>
            </div>
            <Show when=move || !dep_ids.with(Vec::is_empty)>
                <div class="hp-iv-fact-wide">
                    <dt>{move || t().depends_label}</dt>
                    <dd>
                        <ul class="hp-iv-inline-list">
                            {move || dep_names().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                        </ul>
                    </dd>
                </div>
            </Show>
            <Show when=move || decision.with(|d| d.needed)>
                <div>
                    <dt>{move || t().decision_label}</dt>
                    <dd>
                        {move || {
                            let lang = lang();
                            let d = decision.get();
                            let status = lang.decision_status(d.status);
                            match d.date {
                                Some(date) => (lang.interventions().decision_on)(status, &lang.format_date(date)),
                                None => status.to_string(),
                            }
                        }}
                    </dd>
                </div>
            </Show>
        </dl>
    }
}
