//! The two voices on a goal or an intervention: the citizen's agreement, comments from
//! anyone, and "who wrote this, when" (the change log filtered to the item).

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::details::Disclosure;
use super::fields::option_value;
use super::state::use_editor;
use crate::i18n::Lang;
use crate::model::{
    Actor, Agreement, AgreementStatus, Comment, CommentId, Edit, ItemRef, Role, Target,
};

/// The citizen's agree / disagree / not asked, with a comment. Only the citizen answers;
/// others see the answer and why they cannot change it.
#[component]
pub fn AgreementControl(target: Target, #[prop(into)] current: Signal<Agreement>) -> impl IntoView {
    let state = use_editor();
    let nav = move || state.host.lang.get().nav();
    let is_citizen = Memo::new(move |_| state.host.actor.with(|a| a.role == Role::Citizen));
    let is_caseworker = Memo::new(move |_| state.host.actor.with(|a| a.role == Role::Caseworker));
    // A caseworker records what the citizen said aloud at a meeting only after saying so.
    let recording = RwSignal::new(false);
    let can_answer = move || is_citizen.get() || (is_caseworker.get() && recording.get());
    let name = state.dom_id(&format!("agreement-{}", target_key(target)));
    let comment_id = format!("{name}-comment");
    let note_id = format!("{name}-note");
    let record_id = format!("{name}-record");
    let r = move || state.host.lang.get().representation();

    let set = move |status: AgreementStatus, comment: String| {
        // The actor is stamped by `apply`; `Some` says "recorded for the citizen".
        let recorded_by = (!is_citizen.get_untracked()).then(|| state.host.actor.get_untracked());
        let _ = state.edit(Edit::SetAgreement {
            on: target,
            agreement: Agreement {
                status,
                comment,
                at: Some(Utc::now()),
                recorded_by,
            },
        });
    };
    let recorded_note = move || {
        let agreement = current.get();
        let by = agreement.recorded_by?;
        let lang = state.host.lang.get();
        let when = agreement
            .at
            .map(|at| lang.format_date(at.date_naive()))
            .unwrap_or_default();
        Some(view! {
            <p class="hp-recorded-for-citizen">{(lang.representation().recorded_for_citizen)(&by.name, &when)}</p>
        })
    };
    let options = [
        AgreementStatus::Agrees,
        AgreementStatus::Disagrees,
        AgreementStatus::NotAsked,
    ];
    let option_label = move |status| match status {
        AgreementStatus::Agrees => nav().agreement_agree,
        AgreementStatus::Disagrees => nav().agreement_disagree,
        AgreementStatus::NotAsked => nav().agreement_not_asked,
    };

    view! {
        <fieldset class="hp-agreement" data-status=move || option_value(&current.get().status)>
            <legend>{move || nav().agreement_legend.to(state.host.voice())}</legend>
            {move || (!is_citizen.get() && !recording.get()).then(|| view! {
                <p id=note_id.clone() class="hp-hint">{nav().agreement_citizen_only}</p>
            })}
            {recorded_note}
            <Show when=move || is_caseworker.get() && !state.locked.get()>
                <div class="hp-check">
                    <input
                        type="checkbox"
                        id=record_id.clone()
                        prop:checked=move || recording.get()
                        on:change=move |ev| recording.set(event_target_checked(&ev))
                    />
                    <label for=record_id.clone()>{move || r().record_spoken_label}</label>
                </div>
                <Show when=move || recording.get()>
                    <p class="hp-hint">{move || r().record_spoken_hint}</p>
                </Show>
            </Show>
            <div class="hp-radio-row">
                {options.into_iter().map(|status| {
                    let id = format!("{name}-{}", option_value(&status));
                    let label_for = id.clone();
                    view! {
                        <label class="hp-radio" for=label_for>
                            <input
                                type="radio"
                                id=id
                                name=name.clone()
                                prop:checked=move || current.get().status == status
                                disabled=move || !can_answer() || state.locked.get()
                                on:change=move |_| set(status, current.get_untracked().comment)
                            />
                            {move || option_label(status)}
                        </label>
                    }
                }).collect_view()}
            </div>
            <div class="hp-field">
                <label for=comment_id.clone()>{move || nav().agreement_comment_label.to(state.host.voice())}</label>
                <textarea
                    id=comment_id
                    class="hp-textarea hp-textarea-small"
                    rows="2"
                    maxlength="2000"
                    disabled=move || !can_answer() || state.locked.get()
                    prop:value=move || current.get().comment
                    on:input=move |ev| set(current.get_untracked().status, event_target_value(&ev))
                ></textarea>
            </div>
        </fieldset>
    }
}

fn target_key(target: Target) -> String {
    match target {
        Target::Goal(id) => format!("g{id}"),
        Target::Intervention(id) => format!("i{id}"),
    }
}

/// Comments on one item, oldest first, and a box to add one.
#[component]
pub fn Comments(target: Target) -> impl IntoView {
    let state = use_editor();
    let nav = move || state.host.lang.get().nav();
    let comments = Memo::new(move |_| {
        state.plan.with(|p| {
            p.comments
                .iter()
                .filter(|c| c.on == target)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let draft = RwSignal::new(String::new());
    let input_id = state.dom_id(&format!("comment-{}", target_key(target)));

    let add = move || {
        let text = draft.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        let author: Actor = state.host.actor.get_untracked();
        let comment = Comment {
            id: CommentId::new(),
            on: target,
            author,
            at: Utc::now(),
            text,
        };
        if state
            .edit(Edit::AddComment {
                comment,
                position: None,
            })
            .is_ok()
        {
            draft.set(String::new());
        }
    };

    view! {
        <div class="hp-comments">
            <h4 class="hp-subheading">{move || nav().comments_heading}</h4>
            <Show
                when=move || !comments.with(Vec::is_empty)
                fallback=move || view! { <p class="hp-hint">{nav().comments_none}</p> }
            >
                <ul class="hp-comment-list">
                    <For each=move || comments.get() key=|c| c.id let:comment>
                        <CommentItem comment=comment />
                    </For>
                </ul>
            </Show>
            <Show when=move || !state.locked.get()>
            <div class="hp-field">
                <label for=input_id.clone()>{move || nav().comment_label}</label>
                <textarea
                    id=input_id.clone()
                    class="hp-textarea hp-textarea-small"
                    rows="2"
                    maxlength="2000"
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))
                ></textarea>
            </div>
            <button type="button" class="hp-button" on:click=move |_| add()>
                {move || nav().comment_add}
            </button>
            </Show>
        </div>
    }
}

#[component]
fn CommentItem(comment: Comment) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let id = comment.id;
    let author = comment.author.clone();
    let written = move || byline(lang(), &author, comment.at);
    let citizen = comment.author.role == Role::Citizen;
    view! {
        <li class="hp-comment" class:hp-comment-citizen=citizen>
            <p class="hp-comment-text">{comment.text.clone()}</p>
            <p class="hp-byline">{written}</p>
            <Show when=move || !state.locked.get()>
                <button
                    type="button"
                    class="hp-button hp-button-small"
                    on:click=move |_| {
                        let _ = state.edit(Edit::RemoveComment { id });
                    }
                >
                    {move || lang().nav().comment_remove}
                </button>
            </Show>
        </li>
    }
}

/// "Who wrote this, when": who created the item, and on request its whole history.
#[component]
pub fn ItemHistory(
    item: ItemRef,
    #[prop(into)] created_by: Signal<(Actor, DateTime<Utc>)>,
) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let open = RwSignal::new(false);
    // Filtered only while open: a closed history costs nothing per edit.
    let entries = Memo::new(move |_| {
        if !open.get() {
            return Vec::new();
        }
        state.plan.with(|p| {
            p.change_log
                .iter()
                .filter(|e| e.item == Some(item))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let created = move || created_by.with(|(actor, at)| byline(lang(), actor, *at));

    view! {
        <Disclosure
            summary=move || view! { {lang().nav().history_summary}" "<span class="hp-byline">{created}</span> }
            open=open
            class="hp-history-log"
        >
            <Show
                when=move || !entries.with(Vec::is_empty)
                fallback=move || view! { <p class="hp-hint">{lang().nav().history_none}</p> }
            >
                <ol class="hp-log-list">
                    {move || entries.get().into_iter().map(|entry| {
                        let lang = lang();
                        let what = entry.action.kind().map_or(entry.summary.clone(), |kind| lang.action(kind).to_string());
                        let actor = Actor { role: entry.role, name: entry.name.clone() };
                        view! {
                            <li>{byline(lang, &actor, entry.at)}": "{what}</li>
                        }
                    }).collect_view()}
                </ol>
            </Show>
        </Disclosure>
    }
}

/// "Maria (Borger), 22. november 2026 kl. 14.05" — or just the role when no name was given.
pub fn byline(lang: Lang, actor: &Actor, at: DateTime<Utc>) -> String {
    let when = lang.format_instant(at);
    if actor.name.trim().is_empty() {
        format!("{}, {when}", lang.role(actor.role))
    } else {
        (lang.nav().written_by)(&actor.name, lang.role(actor.role), &when)
    }
}
