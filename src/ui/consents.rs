//! "Samtykke": consent to the plan and to sharing information between named parties —
//! given, scoped, withdrawn — and the banner that keeps a missing or withdrawn consent in
//! view at the top of the editor.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::browser::today;
use super::confirm::{lines, list_draft, RemoveWithConfirm};
use super::details::Disclosure;
use super::fields::{DateField, EnumCheckboxes, EnumSelect, TextArea, TextField};
use super::section::SectionFrame;
use super::state::{use_editor, Section};
use crate::i18n::Lang;
use crate::model::{
    Consent, ConsentForm, ConsentGiver, ConsentId, ConsentKind, Edit, GiverRole, InfoCategory,
    InfoUse, ItemRef, Plan,
};

/// The kinds of consent, in the order the select offers them.
const KINDS: [ConsentKind; 2] = [ConsentKind::Plan, ConsentKind::ShareInformation];
const FORMS: [ConsentForm; 2] = [ConsentForm::Written, ConsentForm::Oral];

/// What the banner lists about one consent that no longer holds.
#[derive(Clone, PartialEq)]
enum Lapsed {
    Withdrawn,
    Expired,
}

/// What the banner must say: whether a consent to the plan is in force, and which
/// consents were withdrawn or ran out (kind, parties, how, date).
type LapsedConsent = (ConsentKind, Vec<String>, Lapsed, NaiveDate);

fn consent_state(plan: &Plan, today: NaiveDate) -> (bool, Vec<LapsedConsent>) {
    let plan_consent = plan
        .consents
        .iter()
        .any(|c| c.kind == ConsentKind::Plan && c.is_active_on(today));
    let lapsed = plan
        .consents
        .iter()
        .filter_map(|c| match (c.withdrawn, c.expires) {
            (Some(w), _) => Some((c.kind, c.parties.clone(), Lapsed::Withdrawn, w)),
            (None, Some(last)) if c.has_expired_on(today) => {
                Some((c.kind, c.parties.clone(), Lapsed::Expired, last))
            }
            _ => None,
        })
        .collect();
    (plan_consent, lapsed)
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
                            items.push(t.banner_no_plan_consent.to(state.host.voice()).to_string());
                        }
                        for (kind, parties, lapsed, date) in withdrawn {
                            let what = if parties.is_empty() {
                                lang.consent_kind(kind).to_string()
                            } else {
                                format!("{} ({})", lang.consent_kind(kind), parties.join(", "))
                            };
                            let when = lang.format_date(date);
                            items.push(match lapsed {
                                Lapsed::Withdrawn => (t.banner_withdrawn)(&what, &when),
                                Lapsed::Expired => {
                                    (lang.representation().banner_expired)(&what, &when)
                                }
                            });
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
        <SectionFrame section=Section::Consents intro=Signal::derive(move || Some(t().intro.to(state.host.voice())))>
            <Show when=move || state.locked.get()>
                <p class="hp-locked-note">
                    {move || state.lock_note(state.host.lang.get().representation().withdraw_when_locked)}
                </p>
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
    let expired = move || {
        consent.with(|c| {
            c.as_ref()
                .filter(|c| c.has_expired_on(today()))
                .and_then(|c| c.expires)
        })
    };

    view! {
        <li class="hp-card hp-consent-card" aria-labelledby=labelled_by data-withdrawn=move || withdrawn().is_some().to_string()>
            <h3 id=heading_id tabindex="-1" class="hp-card-title">{title}</h3>
            <p class="hp-consent-state">
                {move || match (withdrawn(), expired()) {
                    (Some(date), _) => format!("✗ {}", (t().withdrawn_on)(&lang().format_date(date))),
                    (None, Some(last)) => format!(
                        "✗ {}",
                        (lang().representation().expired_on)(&lang().format_date(last))
                    ),
                    (None, None) => format!("✓ {}", t().active),
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
                    facts.extend(detail_facts(lang, &c));
                    facts.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()
                })}
            </dl>
            // Where the plan names two custody holders, one custody holder's consent is not enough.
            {move || {
                let one_of_two = consent.with(|c| c.as_ref().is_some_and(|c| c.custody_holders() == 1))
                    && state.plan.with(|p| p.custody_holders().count() >= 2);
                one_of_two.then(|| view! {
                    <p class="hp-field-error">
                        <span aria-hidden="true">"⚠ "</span>{lang().representation().custody_one_of_two}
                    </p>
                })
            }}
            <Show when=move || !state.locked.get()>
                <ConsentEdit id=id consent=consent />
            </Show>
            // A withdrawal is accepted also on a locked version.
            <ConsentActions id=id consent=consent />
        </li>
    }
}

/// The facts since format 4: what the municipality may do, which kinds of information,
/// who gave it, until when, and how (with who recorded it). What an older consent does
/// not state is left out, except who gave it (the citizen).
fn detail_facts(lang: Lang, c: &Consent) -> Vec<(String, String)> {
    let r = lang.representation();
    let mut facts = Vec::new();
    let join = |names: Vec<&str>| names.join(", ");
    if !c.uses.is_empty() {
        let uses = c.uses.iter().map(|u| lang.info_use(*u)).collect();
        facts.push((r.uses_short.to_string(), join(uses)));
    }
    if c.kind == ConsentKind::ShareInformation {
        let categories = if c.categories.is_empty() {
            r.not_stated.to_string()
        } else {
            join(
                c.categories
                    .iter()
                    .map(|k| lang.info_category(*k))
                    .collect(),
            )
        };
        facts.push((r.categories_short.to_string(), categories));
    }
    let givers = c
        .givers()
        .into_iter()
        .map(|g| {
            let role = lang.giver_role(g.role);
            if g.name.trim().is_empty() {
                role.to_string()
            } else {
                format!("{} ({role})", g.name)
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    facts.push((r.given_by_short.to_string(), givers));
    if let Some(last) = c.expires {
        facts.push((r.expires_short.to_string(), lang.format_date(last)));
    }
    if let Some(form) = c.form {
        facts.push((
            r.form_label.to_string(),
            (r.form_short)(lang.consent_form(form), c.recorded_by.trim()),
        ));
    }
    facts
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
            {move || is_share().then(|| {
                let r = move || state.host.lang.get().representation();
                view! {
                    <EnumCheckboxes
                        id=format!("consent-{id}-uses")
                        legend=Signal::derive(move || r().uses_legend)
                        hint=Signal::derive(move || Some(r().uses_hint))
                        variants=&InfoUse::ALL
                        name=Lang::info_use
                        value=Signal::derive(move || consent.with(|c| c.as_ref().map(|c| c.uses.clone()).unwrap_or_default()))
                        on_change={move |uses: Vec<InfoUse>| update(Box::new(move |c| c.uses = uses.clone()))}
                    />
                    <EnumCheckboxes
                        id=format!("consent-{id}-categories")
                        legend=Signal::derive(move || r().categories_legend)
                        hint=Signal::derive(move || Some(r().categories_hint))
                        variants=&InfoCategory::ALL
                        name=Lang::info_category
                        value=Signal::derive(move || consent.with(|c| c.as_ref().map(|c| c.categories.clone()).unwrap_or_default()))
                        on_change={move |categories: Vec<InfoCategory>| update(Box::new(move |c| c.categories = categories.clone()))}
                    />
                }
            })}
            <DateField
                id=format!("consent-{id}-expires")
                label=Signal::derive(move || state.host.lang.get().representation().expires_label)
                value=Signal::derive(move || consent.with(|c| c.as_ref().and_then(|c| c.expires)))
                on_change=move |d| update(Box::new(move |c| c.expires = d))
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
            <Show when=move || !state.locked.get()>
            <RemoveWithConfirm
                label=Signal::derive(move || t().remove.to_string())
                accessible_name=Signal::derive(move || format!("{}: {}", t().remove, title()))
                question=Signal::derive(move || t().confirm_remove.to(state.host.voice()).to_string())
                yes=Signal::derive(move || t().confirm_yes)
                no=Signal::derive(move || t().confirm_no)
                on_confirm=move || {
                    state.edit(Edit::RemoveConsent { id }).ok()?;
                    state.announce(t().removed);
                    Some(state.dom_id(&format!("{}-heading", Section::Consents.key())))
                }
            />
            </Show>
        </div>
        {move || withdrawing.get().then(|| view! {
            <div class="hp-confirm-inline" role="group" aria-label=move || t().withdraw>
                <DateField
                    id=format!("consent-{id}-withdraw-date")
                    label=Signal::derive(move || t().withdraw_date_label)
                    value=withdraw_date
                    on_change=move |d| withdraw_date.set(d)
                    editable_when_locked=true
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
    let uses = RwSignal::new(Vec::<InfoUse>::new());
    let categories = RwSignal::new(Vec::<InfoCategory>::new());
    let giver_role = RwSignal::new(GiverRole::Citizen);
    let giver_names = RwSignal::new(String::new());
    let expires = RwSignal::new(None::<NaiveDate>);
    let form = RwSignal::new(ConsentForm::Written);
    let recorded_by = RwSignal::new(state.host.actor.get_untracked().name);
    let r = move || lang().representation();
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
        let role = giver_role.get_untracked();
        let mut given_by: Vec<ConsentGiver> = lines(&giver_names.get_untracked())
            .into_iter()
            .map(|name| ConsentGiver { role, name })
            .collect();
        if given_by.is_empty() && role != GiverRole::Citizen {
            given_by.push(ConsentGiver {
                role,
                name: String::new(),
            });
        }
        let share = k == ConsentKind::ShareInformation;
        let consent = Consent {
            parties: party_list,
            uses: if share {
                uses.get_untracked()
            } else {
                Vec::new()
            },
            categories: if share {
                categories.get_untracked()
            } else {
                Vec::new()
            },
            given_by,
            expires: expires.get_untracked(),
            form: Some(form.get_untracked()),
            recorded_by: recorded_by.get_untracked().trim().to_string(),
            ..Consent::new(
                ConsentId::new(),
                k,
                scope.get_untracked().trim().to_string(),
                given.get_untracked().unwrap_or_else(today),
            )
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
            uses.set(Vec::new());
            categories.set(Vec::new());
            giver_names.set(String::new());
            expires.set(None);
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
                label=Signal::derive(move || t().kind_label.to(state.host.voice()))
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
            <Show when=move || kind.get() == ConsentKind::ShareInformation>
                <EnumCheckboxes
                    id="new-consent-uses"
                    legend=Signal::derive(move || r().uses_legend)
                    hint=Signal::derive(move || Some(r().uses_hint))
                    variants=&InfoUse::ALL
                    name=Lang::info_use
                    value=uses
                    on_change=move |v| uses.set(v)
                />
                <EnumCheckboxes
                    id="new-consent-categories"
                    legend=Signal::derive(move || r().categories_legend)
                    hint=Signal::derive(move || Some(r().categories_hint))
                    variants=&InfoCategory::ALL
                    name=Lang::info_category
                    value=categories
                    on_change=move |v| categories.set(v)
                />
            </Show>
            <EnumSelect
                id="new-consent-giver-role"
                label=Signal::derive(move || r().given_by_label)
                variants=&GiverRole::ALL
                name=Lang::giver_role
                value=giver_role
                on_change=move |v| giver_role.set(v)
            />
            <Show when=move || giver_role.get() == GiverRole::CustodyHolder>
                <p class="hp-hint">{move || r().custody_both_hint}</p>
            </Show>
            <Show when=move || giver_role.get() != GiverRole::Citizen>
                <TextArea
                    id="new-consent-giver-names"
                    label=Signal::derive(move || r().giver_names_label)
                    hint=Signal::derive(move || Some(r().giver_names_hint))
                    value=giver_names
                    rows=2
                    maxlength=1000
                    on_input=move |v| giver_names.set(v)
                />
            </Show>
            <DateField
                id="new-consent-given"
                label=Signal::derive(move || t().given_label)
                value=given
                on_change=move |d| given.set(d)
            />
            <DateField
                id="new-consent-expires"
                label=Signal::derive(move || r().expires_label)
                value=expires
                on_change=move |d| expires.set(d)
            />
            <EnumSelect
                id="new-consent-form"
                label=Signal::derive(move || r().form_label)
                variants=&FORMS
                name=Lang::consent_form
                value=form
                on_change=move |v| form.set(v)
            />
            <TextField
                id="new-consent-recorded-by"
                label=Signal::derive(move || r().recorded_by_label)
                value=recorded_by
                on_input=move |v| recorded_by.set(v)
            />
            <p class="hp-hint">{move || t().can_withdraw.to(state.host.voice())}</p>
            <button type="submit" class="hp-button hp-button-primary">{move || t().add_button}</button>
        </form>
    }
}
