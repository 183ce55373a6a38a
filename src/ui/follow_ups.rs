//! "Opfølgning": follow-up meetings — date, participants, agreements, a result for each
//! intervention, and the next date, shown prominently (and said to be overdue when it is).

use chrono::NaiveDate;
use leptos::prelude::*;

use super::browser::{focus_by_id, today};
use super::confirm::{lines, list_draft, RemoveWithConfirm};
use super::fields::{from_option_value, option_value, DateField, TextArea};
use super::section::SectionFrame;
use super::state::{use_editor, Section};
use crate::model::{
    Edit, FollowUp, FollowUpId, InterventionId, InterventionResult, ItemRef, Outcome, Plan,
};

/// Up to this many interventions, every one gets a result row at every meeting.
const ALL_ROWS_UP_TO: usize = 20;

const OUTCOMES: [Outcome; 4] = [
    Outcome::Continue,
    Outcome::Change,
    Outcome::End,
    Outcome::Reassess,
];

/// The next follow-up date: the one set at the latest meeting.
fn next_follow_up(plan: &Plan) -> Option<NaiveDate> {
    plan.follow_ups
        .iter()
        .max_by_key(|f| f.date)
        .and_then(|f| f.next_date)
}

#[component]
pub fn FollowUpsSection() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().follow_ups();
    let ids = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.follow_ups.iter().map(|f| f.id).collect::<Vec<_>>())
    });
    let next = Memo::new(move |_| state.plan.with(next_follow_up));
    view! {
        <SectionFrame section=Section::FollowUps intro=Signal::derive(move || Some(t().intro))>
            <div class="hp-next-follow-up" data-overdue=move || next.get().is_some_and(|d| d < today()).to_string()>
                <h3 class="hp-subheading">{move || t().next_heading}</h3>
                <p>
                    {move || match next.get() {
                        Some(date) if date < today() => (t().next_overdue)(&lang().format_date(date)),
                        Some(date) => (t().next_on)(&lang().format_date(date)),
                        None => t().next_none.to_string(),
                    }}
                </p>
            </div>
            <Show when=move || state.locked.get()>
                <p class="hp-locked-note">{move || state.lock_note(t().locked_note)}</p>
            </Show>
            <Show
                when=move || !ids.with(Vec::is_empty)
                fallback=move || view! { <p>{t().none}</p> }
            >
                <ul class="hp-card-list">
                    <For each=move || ids.get() key=|id| *id let:id>
                        <Meeting id=id />
                    </For>
                </ul>
            </Show>
            <Show when=move || !state.locked.get()>
                <AddMeeting />
            </Show>
        </SectionFrame>
    }
}

#[component]
fn AddMeeting() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().follow_ups();
    let date = RwSignal::new(Some(today()));
    let tried = RwSignal::new(false);
    let heading_id = state.dom_id("add-follow-up-heading");
    let labelled_by = heading_id.clone();
    let date_error = Signal::derive(move || {
        (tried.get() && date.get().is_none()).then(|| t().date_required.to_string())
    });
    let add = move || {
        tried.set(true);
        let Some(day) = date.get_untracked() else {
            return;
        };
        let meeting = FollowUp {
            id: FollowUpId::new(),
            date: day,
            participants: Vec::new(),
            agreements: String::new(),
            results: Vec::new(),
            next_date: None,
        };
        let id = meeting.id;
        if state
            .edit(Edit::AddFollowUp {
                follow_up: meeting,
                position: None,
            })
            .is_ok()
        {
            tried.set(false);
            state.announce((t().added)(&lang().format_date(day)));
            let first = state.dom_id(&format!("follow-up-{id}-participants"));
            request_animation_frame(move || focus_by_id(&first));
        }
    };
    view! {
        <form
            class="hp-add-form"
            aria-labelledby=labelled_by
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                add();
            }
        >
            <h3 id=heading_id class="hp-subheading">{move || t().add_heading}</h3>
            <DateField
                id="new-follow-up-date"
                label=Signal::derive(move || t().date_label)
                value=date
                error=date_error
                on_change=move |d| date.set(d)
            />
            <button type="submit" class="hp-button hp-button-primary">{move || t().add_button}</button>
        </form>
    }
}

#[component]
fn Meeting(id: FollowUpId) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().follow_ups();
    let meeting = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.follow_ups.iter().find(|f| f.id == id).cloned())
    });
    let update = move |change: Box<dyn Fn(&mut FollowUp)>| {
        if let Some(mut f) = meeting.get_untracked() {
            change(&mut f);
            let _ = state.edit(Edit::UpdateFollowUp { follow_up: f });
        }
    };
    let date = Signal::derive(move || meeting.with(|f| f.as_ref().map(|f| f.date)));
    let shown_date = move || {
        date.get()
            .map(|d| lang().format_date(d))
            .unwrap_or_default()
    };
    let next = Signal::derive(move || meeting.with(|f| f.as_ref().and_then(|f| f.next_date)));
    let participants = list_draft(Signal::derive(move || {
        meeting.with(|f| {
            f.as_ref()
                .map(|f| f.participants.clone())
                .unwrap_or_default()
        })
    }));
    let next_error = Signal::derive(move || match (date.get(), next.get()) {
        (Some(d), Some(n)) if n < d => Some(t().next_before_meeting.to_string()),
        _ => None,
    });
    let heading_id = state.dom_id(&format!("follow-up-{id}"));
    let labelled_by = heading_id.clone();
    // A row per intervention reads best in an ordinary plan; in a very large one only the
    // interventions with a result get a row, and others are added from a list.
    let picked = RwSignal::new(Vec::<InterventionId>::new());
    let all = Memo::new(move |_| {
        state.plan.with(|p| {
            p.interventions
                .iter()
                .map(|i| (i.id, i.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let interventions = Memo::new(move |_| {
        let all = all.get();
        if all.len() <= ALL_ROWS_UP_TO {
            return all;
        }
        let with_result = meeting.with(|f| {
            f.as_ref()
                .map(|f| f.results.iter().map(|r| r.intervention).collect::<Vec<_>>())
                .unwrap_or_default()
        });
        picked.with(|picked| {
            all.into_iter()
                .filter(|(id, _)| with_result.contains(id) || picked.contains(id))
                .collect()
        })
    });
    let unpicked = Memo::new(move |_| {
        let shown = interventions.get();
        all.get()
            .into_iter()
            .filter(|item| !shown.contains(item))
            .collect::<Vec<_>>()
    });
    let pick_id = state.dom_id(&format!("follow-up-{id}-pick"));
    let pick_for = pick_id.clone();

    view! {
        <li class="hp-card hp-meeting" aria-labelledby=labelled_by>
            <h4 id=heading_id tabindex="-1" class="hp-card-title">{move || (t().meeting_heading)(&shown_date())}</h4>
            <div class="hp-meeting-dates">
                <DateField
                    id=format!("follow-up-{id}-date")
                    label=Signal::derive(move || t().date_label)
                    value=date
                    on_change=move |d| {
                        if let Some(d) = d {
                            update(Box::new(move |f| f.date = d));
                        }
                    }
                />
                <DateField
                    id=format!("follow-up-{id}-next")
                    label=Signal::derive(move || t().next_label)
                    value=next
                    error=next_error
                    on_change=move |d| update(Box::new(move |f| f.next_date = d))
                />
            </div>
            <TextArea
                id=format!("follow-up-{id}-participants")
                label=Signal::derive(move || t().participants_label)
                hint=Signal::derive(move || Some(t().participants_hint))
                value=participants
                rows=3
                maxlength=5000
                on_input=move |v: String| {
                    participants.set(v.clone());
                    update(Box::new(move |f| f.participants = lines(&v)))
                }
            />
            <TextArea
                id=format!("follow-up-{id}-agreements")
                label=Signal::derive(move || t().agreements_label)
                hint=Signal::derive(move || Some(t().agreements_hint))
                value=Signal::derive(move || meeting.with(|f| f.as_ref().map(|f| f.agreements.clone()).unwrap_or_default()))
                rows=3
                on_input=move |v| { let _ = state.edit_text(Some(ItemRef::FollowUp(id)), "agreements", v); }
            />
            <fieldset class="hp-results">
                <legend>{move || t().results_legend}</legend>
                <Show
                    when=move || !interventions.with(Vec::is_empty)
                    fallback=move || view! { <p class="hp-hint">{t().results_none}</p> }
                >
                    <For each=move || interventions.get() key=|(iid, title)| (*iid, title.clone()) let:item>
                        <ResultRow meeting_id=id intervention=item.0 title=item.1 meeting=meeting />
                    </For>
                </Show>
                <Show when=move || all.with(|a| a.len() > ALL_ROWS_UP_TO) && !state.locked.get()>
                    <div class="hp-field">
                        <label for=pick_for.clone()>{move || t().pick_intervention}</label>
                        <select
                            id=pick_id.clone()
                            class="hp-select"
                            on:change=move |ev| {
                                let value = event_target_value(&ev);
                                let found = unpicked.with_untracked(|u| {
                                    u.iter().find(|(i, _)| i.to_string() == value).map(|(i, _)| *i)
                                });
                                if let Some(iid) = found {
                                    picked.update(|p| p.push(iid));
                                }
                            }
                        >
                            <option value="" selected=true>{move || t().pick_choose}</option>
                            {move || unpicked.get().into_iter().map(|(iid, title)| view! {
                                <option value=iid.to_string()>{title}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </Show>
            </fieldset>
            <RemoveWithConfirm
                label=Signal::derive(move || t().remove.to_string())
                accessible_name=Signal::derive(move || format!("{}: {}", t().remove, shown_date()))
                question=Signal::derive(move || (t().confirm_remove)(&shown_date()))
                yes=Signal::derive(move || t().confirm_yes)
                no=Signal::derive(move || t().confirm_no)
                on_confirm=move || {
                    state.edit(Edit::RemoveFollowUp { id }).ok()?;
                    state.announce(t().removed);
                    Some(state.dom_id(&format!("{}-heading", Section::FollowUps.key())))
                }
            />
        </li>
    }
}

/// The result of one intervention at one meeting: continue / change / end / reassess, and a note.
#[component]
fn ResultRow(
    meeting_id: FollowUpId,
    intervention: InterventionId,
    title: String,
    meeting: Memo<Option<FollowUp>>,
) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().follow_ups();
    let result = Memo::new(move |_| {
        meeting.with(|f| {
            f.as_ref().and_then(|f| {
                f.results
                    .iter()
                    .find(|r| r.intervention == intervention)
                    .cloned()
            })
        })
    });
    let select_id = state.dom_id(&format!("result-{meeting_id}-{intervention}"));
    let note_id = format!("{select_id}-note");
    let (select_for, note_for) = (select_id.clone(), note_id.clone());
    let (title_a, title_b) = (title.clone(), title.clone());
    let set = move |outcome: Option<Outcome>, note: String| {
        let _ = match outcome {
            Some(outcome) => state.edit(Edit::SetFollowUpResult {
                follow_up: meeting_id,
                result: InterventionResult {
                    intervention,
                    outcome,
                    note,
                },
            }),
            None => state.edit(Edit::RemoveFollowUpResult {
                follow_up: meeting_id,
                intervention,
            }),
        };
    };
    view! {
        <div class="hp-result-row">
            <div class="hp-field">
                <label for=select_for>{move || (t().result_label)(&title_a)}</label>
                <select
                    id=select_id
                    class="hp-select"
                    disabled=move || state.locked.get()
                    on:change=move |ev| {
                        let code = event_target_value(&ev);
                        let outcome = from_option_value(&code);
                        let note = result.with_untracked(|r| r.as_ref().map(|r| r.note.clone()).unwrap_or_default());
                        set(outcome, note);
                    }
                >
                    <option value="" selected=move || result.with(Option::is_none)>{move || t().not_assessed}</option>
                    {OUTCOMES.into_iter().map(|o| view! {
                        <option
                            value=option_value(&o)
                            selected=move || result.with(|r| r.as_ref().is_some_and(|r| r.outcome == o))
                        >
                            {move || lang().outcome(o)}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <Show when=move || result.with(Option::is_some)>
                <div class="hp-field">
                    <label for=note_for.clone()>{
                        let title = title_b.clone();
                        move || (t().note_label)(&title)
                    }</label>
                    <input
                        id=note_id.clone()
                        class="hp-input"
                        type="text"
                        maxlength="2000"
                        readonly=move || state.locked.get()
                        prop:value=move || result.with(|r| r.as_ref().map(|r| r.note.clone()).unwrap_or_default())
                        on:input=move |ev| {
                            let outcome = result.with_untracked(|r| r.as_ref().map(|r| r.outcome));
                            set(outcome, event_target_value(&ev));
                        }
                    />
                </div>
            </Show>
        </div>
    }
}
