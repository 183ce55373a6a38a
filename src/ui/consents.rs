//! "Samtykke": consent to the plan and to sharing information between named parties —
//! given, scoped, withdrawn — and the banner that keeps a missing or withdrawn consent in
//! view at the top of the editor.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::browser::today;
use super::confirm::{lines, list_draft, RemoveWithConfirm};
use super::details::Disclosure;
use super::fields::{DateField, EnumSelect, TextArea};
use super::section::SectionFrame;
use super::state::{use_editor, Section};
use crate::i18n::Lang;
use crate::model::{Consent, ConsentId, ConsentKind, Edit, ItemRef, Plan};

/// The kinds of consent, in the order the select offers them.
const KINDS: [ConsentKind; 2] = [ConsentKind::Plan, ConsentKind::ShareInformation];

/// What the banner must say: whether a consent to the plan is in force, and which
/// consents were withdrawn (kind, parties, date).
fn consent_state(
    plan: &Plan,
    today: NaiveDate,
) -> (bool, Vec<(ConsentKind, Vec<String>, NaiveDate)>) {
    let plan_consent = plan
        .consents
        .iter()
        .any(|c| c.kind == ConsentKind::Plan && c.is_active_on(today));
    let withdrawn = plan
        .consents
        .iter()
        .filter_map(|c| c.withdrawn.map(|w| (c.kind, c.parties.clone(), w)))
        .collect();
    (plan_consent, withdrawn)
}

/// Shown above the plan when the citizen has not consented to it, or withdrew a consent.
#[component]
pub fn ConsentBanner() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let status = Memo::new(move |_| state.plan.with(|p| consent_state(p, today())));
    let heading_id = state.dom_id("consent-banner");
    let labelled_by = heading_id.clone();
    view! {
        <Show when=move || status.with(|(given, withdrawn)| !*given || !withdrawn.is_empty())>
            <section class="hp-consent-banner" aria-labelledby=labelled_by.clone()>
                <h2 id=heading_id.clone() class="hp-consent-banner-heading">
                    <span aria-hidden="true">"⚠ "</span>{move || lang().consents().banner_heading}
                </h2>
                <ul>
                    {move || {
                        let lang = lang();
                        let t = lang.consents();
                        let (given, withdrawn) = status.get();
                        let mut items = Vec::new();
                        if !given {
                            items.push(t.banner_no_plan_consent.to_string());
                        }
                        for (kind, parties, date) in withdrawn {
                            let what = if parties.is_empty() {
                                lang.consent_kind(kind).to_string()
                            } else {
                                format!("{} ({})", lang.consent_kind(kind), parties.join(", "))
                            };
                            items.push((t.banner_withdrawn)(&what, &lang.format_date(date)));
                        }
                        items.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()
                    }}
                </ul>
                <Show when=move || state.nav.section.get() != Section::Consents>
                    <button type="button" class="hp-button" on:click=move |_| state.show_section(Section::Consents)>
                        {move || lang().consents().banner_go}
                    </button>
                </Show>
            </section>
        </Show>
    }
}

#[component]
pub fn ConsentsSection() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().consents();
    let ids = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.consents.iter().map(|c| c.id).collect::<Vec<_>>())
    });
    view! {
        <SectionFrame section=Section::Consents intro=Signal::derive(move || Some(t().intro))>
            <Show when=move || state.locked.get()>
                <p class="hp-locked-note">{move || state.lock_note(t().locked_note)}</p>
            </Show>
            <Show
                when=move || !ids.with(Vec::is_empty)
                fallback=move || view! { <p>{t().none}</p> }
            >
                <ul class="hp-card-list">
                    <For each=move || ids.get() key=|id| *id let:id>
                        <ConsentCard id=id />
                    </For>
                </ul>
            </Show>
            <Show when=move || !state.locked.get()>
                <AddConsent />
            </Show>
        </SectionFrame>
    }
}

#[component]
fn ConsentCard(id: ConsentId) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().consents();
    let consent = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.consents.iter().find(|c| c.id == id).cloned())
    });
    let heading_id = state.dom_id(&format!("consent-{id}"));
    let labelled_by = heading_id.clone();
    let title = move || {
        consent.with(|c| {
            c.as_ref()
                .map(|c| lang().consent_kind(c.kind))
                .unwrap_or_default()
        })
    };
    let withdrawn = move || consent.with(|c| c.as_ref().and_then(|c| c.withdrawn));

    view! {
        <li class="hp-card hp-consent-card" aria-labelledby=labelled_by data-withdrawn=move || withdrawn().is_some().to_string()>
            <h3 id=heading_id tabindex="-1" class="hp-card-title">{title}</h3>
            <p class="hp-consent-state">
                {move || match withdrawn() {
                    Some(date) => format!("✗ {}", (t().withdrawn_on)(&lang().format_date(date))),
                    None => format!("✓ {}", t().active),
                }}
            </p>
            <dl class="hp-facts">
                {move || consent.get().map(|c| {
                    let lang = lang();
                    let t = lang.consents();
                    let mut facts = vec![(t.scope_short.to_string(), c.scope.clone())];
                    if !c.parties.is_empty() {
                        facts.insert(0, (t.parties_short.to_string(), c.parties.join(", ")));
                    }
                    facts.push((t.given_label.to_string(), lang.format_date(c.given)));
                    facts.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()
                })}
            </dl>
            <Show when=move || !state.locked.get()>
                <ConsentEdit id=id consent=consent />
                <ConsentActions id=id consent=consent />
            </Show>
        </li>
    }
}

/// Editing a consent's parties, scope and date.
#[component]
fn ConsentEdit(id: ConsentId, consent: Memo<Option<Consent>>) -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().consents();
    let update = move |change: Box<dyn Fn(&mut Consent)>| {
        if let Some(mut c) = consent.get_untracked() {
            change(&mut c);
            let _ = state.edit(Edit::UpdateConsent { consent: c });
        }
    };
    let parties_text = list_draft(Signal::derive(move || {
        consent.with(|c| c.as_ref().map(|c| c.parties.clone()).unwrap_or_default())
    }));
    let scope = Signal::derive(move || {
        consent.with(|c| c.as_ref().map(|c| c.scope.clone()).unwrap_or_default())
    });
    let is_share = move || {
        consent.with(|c| {
            c.as_ref()
                .is_some_and(|c| c.kind == ConsentKind::ShareInformation)
        })
    };
    view! {
        <Disclosure summary=move || t().edit_summary>
            {move || is_share().then(|| view! {
                <TextArea
                    id=format!("consent-{id}-parties")
                    label=Signal::derive(move || t().parties_label)
                    hint=Signal::derive(move || Some(t().parties_hint))
                    value=parties_text
                    rows=3
                    maxlength=5000
                    on_input=move |v: String| {
                        parties_text.set(v.clone());
                        update(Box::new(move |c| c.parties = lines(&v)))
                    }
                />
            })}
            <TextArea
                id=format!("consent-{id}-scope")
                label=Signal::derive(move || t().scope_label)
                value=scope
                rows=2
                on_input=move |v| { let _ = state.edit_text(Some(ItemRef::Consent(id)), "scope", v); }
            />
            <DateField
                id=format!("consent-{id}-given")
                label=Signal::derive(move || t().given_label)
                value=Signal::derive(move || consent.with(|c| c.as_ref().map(|c| c.given)))
                on_change=move |d| {
                    if let Some(d) = d {
                        update(Box::new(move |c| c.given = d));
                    }
                }
            />
        </Disclosure>
    }
}

/// Withdraw (with a date) and delete a mistaken record.
#[component]
fn ConsentActions(id: ConsentId, consent: Memo<Option<Consent>>) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().consents();
    let withdrawing = RwSignal::new(false);
    let withdraw_date = RwSignal::new(Some(today()));
    let title = move || {
        consent.with(|c| {
            c.as_ref()
                .map(|c| lang().consent_kind(c.kind))
                .unwrap_or_default()
        })
    };
    let withdrawn = move || consent.with(|c| c.as_ref().and_then(|c| c.withdrawn));
    view! {
        <div class="hp-button-row">
            <Show when=move || withdrawn().is_none() && !withdrawing.get()>
                <button type="button" class="hp-button" on:click=move |_| withdrawing.set(true)>
                    {move || t().withdraw}
                </button>
            </Show>
            <RemoveWithConfirm
                label=Signal::derive(move || t().remove.to_string())
                accessible_name=Signal::derive(move || format!("{}: {}", t().remove, title()))
                question=Signal::derive(move || t().confirm_remove.to_string())
                yes=Signal::derive(move || t().confirm_yes)
                no=Signal::derive(move || t().confirm_no)
                on_confirm=move || {
                    state.edit(Edit::RemoveConsent { id }).ok()?;
                    state.announce(t().removed);
                    Some(state.dom_id(&format!("{}-heading", Section::Consents.key())))
                }
            />
        </div>
        {move || withdrawing.get().then(|| view! {
            <div class="hp-confirm-inline" role="group" aria-label=move || t().withdraw>
                <DateField
                    id=format!("consent-{id}-withdraw-date")
                    label=Signal::derive(move || t().withdraw_date_label)
                    value=withdraw_date
                    on_change=move |d| withdraw_date.set(d)
                />
                <button
                    type="button"
                    class="hp-button hp-button-primary"
                    on:click=move |_| {
                        let date = withdraw_date.get_untracked().unwrap_or_else(today);
                        if state.edit(Edit::WithdrawConsent { id, date }).is_ok() {
                            withdrawing.set(false);
                            state.announce(t().withdrawn_announcement);
                        }
                    }
                >
                    {move || t().withdraw_confirm}
                </button>
                <button type="button" class="hp-button" on:click=move |_| withdrawing.set(false)>
                    {move || t().confirm_no}
                </button>
            </div>
        })}
    }
}

/// Record a consent: to the plan, or to share information between named parties.
#[component]
fn AddConsent() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().consents();
    let has_plan_consent = Memo::new(move |_| state.plan.with(|p| consent_state(p, today()).0));
    let kind = RwSignal::new(if has_plan_consent.get_untracked() {
        ConsentKind::ShareInformation
    } else {
        ConsentKind::Plan
    });
    let parties = RwSignal::new(String::new());
    let scope = RwSignal::new(String::new());
    let given = RwSignal::new(Some(today()));
    let tried = RwSignal::new(false);
    let heading_id = state.dom_id("add-consent-heading");
    let labelled_by = heading_id.clone();
    let parties_error = Signal::derive(move || {
        (tried.get()
            && kind.get() == ConsentKind::ShareInformation
            && lines(&parties.get()).is_empty())
        .then(|| t().parties_required.to_string())
    });
    let scope_error = Signal::derive(move || {
        (tried.get() && scope.with(|s| s.trim().is_empty())).then(|| t().scope_required.to_string())
    });
    let add = move || {
        tried.set(true);
        let k = kind.get_untracked();
        let party_list = if k == ConsentKind::ShareInformation {
            lines(&parties.get_untracked())
        } else {
            Vec::new()
        };
        if scope.with_untracked(|s| s.trim().is_empty())
            || (k == ConsentKind::ShareInformation && party_list.is_empty())
        {
            return;
        }
        let consent = Consent {
            id: ConsentId::new(),
            kind: k,
            parties: party_list,
            scope: scope.get_untracked().trim().to_string(),
            given: given.get_untracked().unwrap_or_else(today),
            withdrawn: None,
            uses: vec![],
            categories: vec![],
            given_by: vec![],
            expires: None,
            form: None,
            recorded_by: String::new(),
        };
        if state
            .edit(Edit::AddConsent {
                consent,
                position: None,
            })
            .is_ok()
        {
            parties.set(String::new());
            scope.set(String::new());
            tried.set(false);
            kind.set(ConsentKind::ShareInformation);
            state.announce(t().added);
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
            <EnumSelect
                id="new-consent-kind"
                label=Signal::derive(move || t().kind_label)
                variants=&KINDS
                name=Lang::consent_kind
                value=kind
                on_change=move |k| kind.set(k)
            />
            <p class="hp-hint">
                {move || match kind.get() {
                    ConsentKind::Plan => t().plan_explained,
                    ConsentKind::ShareInformation => t().share_explained,
                }}
            </p>
            <Show when=move || kind.get() == ConsentKind::ShareInformation>
                <TextArea
                    id="new-consent-parties"
                    label=Signal::derive(move || t().parties_label)
                    hint=Signal::derive(move || Some(t().parties_hint))
                    value=parties
                    error=parties_error
                    rows=3
                    maxlength=5000
                    on_input=move |v| parties.set(v)
                />
            </Show>
            <TextArea
                id="new-consent-scope"
                label=Signal::derive(move || t().scope_label)
                hint=Signal::derive(move || Some(t().scope_hint))
                value=scope
                error=scope_error
                rows=2
                on_input=move |v| scope.set(v)
            />
            <DateField
                id="new-consent-given"
                label=Signal::derive(move || t().given_label)
                value=given
                on_change=move |d| given.set(d)
            />
            <p class="hp-hint">{move || t().can_withdraw}</p>
            <button type="submit" class="hp-button hp-button-primary">{move || t().add_button}</button>
        </form>
    }
}
