//! "Personer": coordinating caseworkers, contact persons and network, grouped by their
//! role in the plan; and, for a family plan, the other family members.

use chrono::NaiveDate;
use leptos::prelude::*;
use serde_json::Value;

use super::browser::{focus_by_id, today};
use super::confirm::RemoveWithConfirm;
use super::details::Disclosure;
use super::fields::{CheckboxField, DateField, EnumSelect, TextArea, TextField};
use super::section::SectionFrame;
use super::state::{use_editor, Section};
use crate::i18n::Lang;
use crate::model::people::PARTY_AGE;
use crate::model::{Edit, FamilyMember, ItemRef, MemberId, Person, PersonId, PersonKind};

const KINDS: [PersonKind; 8] = PersonKind::ALL;

/// The kinds every plan shows a heading for; the others (representation, interpreter,
/// custody) only when someone of that kind is in the plan.
const ALWAYS_SHOWN: [PersonKind; 3] = [
    PersonKind::CoordinatingCaseworker,
    PersonKind::ContactPerson,
    PersonKind::Network,
];

/// A date as the plan format writes it, or null to clear.
fn date_value(date: Option<NaiveDate>) -> Value {
    date.map_or(Value::Null, |d| {
        Value::String(d.format("%Y-%m-%d").to_string())
    })
}

#[component]
pub fn PeopleSection() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().people();
    view! {
        <SectionFrame section=Section::People intro=Signal::derive(move || Some(t().intro))>
            <Show when=move || state.locked.get()>
                <p class="hp-locked-note">{move || state.lock_note(t().locked_note)}</p>
            </Show>
            {KINDS.into_iter().map(|kind| view! { <PeopleOfKind kind=kind /> }).collect_view()}
            <Show when=move || !state.locked.get()>
                <AddPerson />
            </Show>
            <LanguageNeeds />
            <Family />
        </SectionFrame>
    }
}

#[component]
fn PeopleOfKind(kind: PersonKind) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let ids = Memo::new(move |_| {
        state.plan.with(|p| {
            p.people
                .iter()
                .filter(|x| x.kind == kind)
                .map(|x| x.id)
                .collect::<Vec<_>>()
        })
    });
    let shown = move || ALWAYS_SHOWN.contains(&kind) || !ids.with(Vec::is_empty);
    view! {
        <Show when=shown>
        <h3 class="hp-subheading">{move || lang().person_kind(kind)}</h3>
        <Show
            when=move || !ids.with(Vec::is_empty)
            fallback=move || view! { <p class="hp-hint">{lang().people().none_of_kind}</p> }
        >
            <ul class="hp-card-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <PersonCard id=id />
                </For>
            </ul>
        </Show>
        </Show>
    }
}

#[component]
fn PersonCard(id: PersonId) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().people();
    let person = Memo::new(move |_| state.plan.with(|p| p.person(id).cloned()));
    let field = move |f: fn(&Person) -> String| {
        Signal::derive(move || person.with(|p| p.as_ref().map(f).unwrap_or_default()))
    };
    let update = move |change: Box<dyn Fn(&mut Person)>| {
        if let Some(mut p) = person.get_untracked() {
            change(&mut p);
            let _ = state.edit(Edit::UpdatePerson { person: p });
        }
    };
    let name = field(|p| p.name.clone());
    let shown_name = move || {
        let n = name.get();
        if n.trim().is_empty() {
            t().unnamed.to_string()
        } else {
            n
        }
    };
    let key = id.to_string();
    let heading_id = state.dom_id(&format!("person-{key}"));
    let labelled_by = heading_id.clone();
    let name_error = Signal::derive(move || {
        name.with(|n| n.trim().is_empty())
            .then(|| t().name_required.to_string())
    });

    view! {
        <li class="hp-card" aria-labelledby=labelled_by>
            <h4 id=heading_id tabindex="-1" class="hp-card-title">{shown_name}</h4>
            <dl class="hp-facts">
                {move || person.get().map(|p| {
                    let t = t();
                    let lang = lang();
                    let r = lang.representation();
                    let attorney = (p.kind == PersonKind::PartyRepresentative).then(|| {
                        let date = p.power_of_attorney.map_or_else(
                            || r.power_of_attorney_missing.to_string(),
                            |d| lang.format_date(d),
                        );
                        (r.power_of_attorney_short, date)
                    });
                    [(t.unit_label, p.unit), (t.contact_label, p.contact), (t.contribution_label, p.contribution)]
                        .into_iter()
                        .chain(attorney)
                        .filter(|(_, v)| !v.trim().is_empty())
                        .map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> })
                        .collect_view()
                })}
            </dl>
            <Disclosure summary=move || t().edit_summary class="hp-disclosure hp-person-edit">
                <TextField
                    id=format!("person-{key}-name")
                    label=Signal::derive(move || t().name_label)
                    value=name
                    error=name_error
                    required=true
                    on_input=move |v| { let _ = state.edit_text(Some(ItemRef::Person(id)), "name", v); }
                />
                <EnumSelect
                    id=format!("person-{key}-kind")
                    label=Signal::derive(move || t().kind_label)
                    variants=&KINDS
                    name=Lang::person_kind
                    value=Signal::derive(move || person.with(|p| p.as_ref().map_or(KINDS[0], |p| p.kind)))
                    on_change=move |kind| update(Box::new(move |p| p.kind = kind))
                    hint=Signal::derive(move || Some(lang().representation().kind_hint))
                />
                <Show when=move || person.with(|p| p.as_ref().is_some_and(|p| p.kind == PersonKind::PartyRepresentative))>
                    <DateField
                        id=format!("person-{id}-attorney")
                        label=Signal::derive(move || lang().representation().power_of_attorney_label)
                        value=Signal::derive(move || person.with(|p| p.as_ref().and_then(|p| p.power_of_attorney)))
                        on_change=move |d| {
                            let _ = state.edit(Edit::SetField {
                                item: Some(ItemRef::Person(id)),
                                field: "power_of_attorney".into(),
                                value: date_value(d),
                            });
                        }
                    />
                </Show>
                <TextField
                    id=format!("person-{key}-unit")
                    label=Signal::derive(move || t().unit_label)
                    value=field(|p| p.unit.clone())
                    maxlength=500
                    on_input=move |v| { let _ = state.edit_text(Some(ItemRef::Person(id)), "unit", v); }
                />
                <TextField
                    id=format!("person-{key}-contact")
                    label=Signal::derive(move || t().contact_label)
                    value=field(|p| p.contact.clone())
                    maxlength=500
                    on_input=move |v| { let _ = state.edit_text(Some(ItemRef::Person(id)), "contact", v); }
                />
                <TextArea
                    id=format!("person-{key}-contribution")
                    label=Signal::derive(move || t().contribution_label)
                    value=field(|p| p.contribution.clone())
                    rows=2
                    on_input=move |v| { let _ = state.edit_text(Some(ItemRef::Person(id)), "contribution", v); }
                />
            </Disclosure>
            <RemoveWithConfirm
                label=Signal::derive(move || t().remove.to_string())
                accessible_name=Signal::derive(move || format!("{}: {}", t().remove, shown_name()))
                question=Signal::derive(move || (t().confirm_remove)(&shown_name()))
                yes=Signal::derive(move || t().confirm_yes)
                no=Signal::derive(move || t().confirm_no)
                on_confirm=move || {
                    let name = shown_name();
                    state.edit(Edit::RemovePerson { id }).ok()?;
                    state.announce((t().removed)(&name));
                    Some(state.dom_id(&format!("{}-heading", Section::People.key())))
                }
            />
        </li>
    }
}

/// The form to add a person: role in the plan, name (required), unit, contact, contribution.
#[component]
fn AddPerson() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().people();
    let kind = RwSignal::new(PersonKind::CoordinatingCaseworker);
    let name = RwSignal::new(String::new());
    let unit = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let contribution = RwSignal::new(String::new());
    let attorney = RwSignal::new(None::<NaiveDate>);
    let tried = RwSignal::new(false);
    let heading_id = state.dom_id("add-person-heading");
    let labelled_by = heading_id.clone();
    let name_error = Signal::derive(move || {
        (tried.get() && name.with(|n| n.trim().is_empty())).then(|| t().name_required.to_string())
    });

    let add = move || {
        tried.set(true);
        let person_name = name.get_untracked().trim().to_string();
        if person_name.is_empty() {
            focus_by_id(&state.dom_id("new-person-name"));
            return;
        }
        let person = Person {
            id: PersonId::new(),
            kind: kind.get_untracked(),
            name: person_name.clone(),
            unit: unit.get_untracked().trim().to_string(),
            contact: contact.get_untracked().trim().to_string(),
            contribution: contribution.get_untracked().trim().to_string(),
            power_of_attorney: (kind.get_untracked() == PersonKind::PartyRepresentative)
                .then(|| attorney.get_untracked())
                .flatten(),
        };
        let id = person.id;
        if state
            .edit(Edit::AddPerson {
                person,
                position: None,
            })
            .is_ok()
        {
            for field in [name, unit, contact, contribution] {
                field.set(String::new());
            }
            tried.set(false);
            state.announce((t().added)(&person_name));
            let heading = state.dom_id(&format!("person-{id}"));
            request_animation_frame(move || focus_by_id(&heading));
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
                id="new-person-kind"
                label=Signal::derive(move || t().kind_label)
                variants=&KINDS
                name=Lang::person_kind
                value=kind
                on_change=move |k| kind.set(k)
                hint=Signal::derive(move || Some(lang().representation().kind_hint))
            />
            <Show when=move || kind.get() == PersonKind::PartyRepresentative>
                <DateField
                    id="new-person-attorney"
                    label=Signal::derive(move || lang().representation().power_of_attorney_label)
                    value=attorney
                    on_change=move |d| attorney.set(d)
                />
            </Show>
            <TextField
                id="new-person-name"
                label=Signal::derive(move || t().name_label)
                value=name
                error=name_error
                required=true
                on_input=move |v| name.set(v)
            />
            <TextField
                id="new-person-unit"
                label=Signal::derive(move || t().unit_label)
                hint=Signal::derive(move || Some(t().unit_hint))
                value=unit
                maxlength=500
                on_input=move |v| unit.set(v)
            />
            <TextField
                id="new-person-contact"
                label=Signal::derive(move || t().contact_label)
                hint=Signal::derive(move || Some(t().contact_hint))
                value=contact
                maxlength=500
                on_input=move |v| contact.set(v)
            />
            <TextArea
                id="new-person-contribution"
                label=Signal::derive(move || t().contribution_label)
                hint=Signal::derive(move || Some(t().contribution_hint))
                value=contribution
                rows=2
                on_input=move |v| contribution.set(v)
            />
            <button type="submit" class="hp-button hp-button-primary">{move || t().add_button}</button>
        </form>
    }
}

/// Family members, for a family plan.
#[component]
fn Family() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().people();
    let ids = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.family.iter().map(|m| m.id).collect::<Vec<_>>())
    });
    let name = RwSignal::new(String::new());
    let relation = RwSignal::new(String::new());
    let birth_date = RwSignal::new(None::<NaiveDate>);
    let tried = RwSignal::new(false);
    let name_error = Signal::derive(move || {
        (tried.get() && name.with(|n| n.trim().is_empty())).then(|| t().name_required.to_string())
    });
    let heading_id = state.dom_id("family-heading");
    let form_heading = state.dom_id("add-member-heading");
    let form_labelled_by = form_heading.clone();
    let add = move || {
        tried.set(true);
        let member_name = name.get_untracked().trim().to_string();
        if member_name.is_empty() {
            focus_by_id(&state.dom_id("new-member-name"));
            return;
        }
        let member = FamilyMember {
            id: MemberId::new(),
            host_id: String::new(),
            name: member_name.clone(),
            relation: relation.get_untracked().trim().to_string(),
            birth_date: birth_date.get_untracked(),
            own_words: String::new(),
        };
        if state
            .edit(Edit::AddFamilyMember {
                member,
                position: None,
            })
            .is_ok()
        {
            name.set(String::new());
            relation.set(String::new());
            birth_date.set(None);
            tried.set(false);
            state.announce((t().added)(&member_name));
        }
    };
    view! {
        <h3 id=heading_id class="hp-subheading" tabindex="-1">{move || t().family_heading}</h3>
        <p class="hp-hint">{move || t().family_intro}</p>
        <Show
            when=move || !ids.with(Vec::is_empty)
            fallback=move || view! { <p>{t().family_none}</p> }
        >
            <ul class="hp-card-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <MemberCard id=id />
                </For>
            </ul>
        </Show>
        <Show when=move || !state.locked.get()>
            <form
                class="hp-add-form"
                aria-labelledby=form_labelled_by.clone()
                novalidate
                on:submit=move |ev| {
                    ev.prevent_default();
                    add();
                }
            >
                <h4 id=form_heading.clone() class="hp-subheading">{move || t().add_member_heading}</h4>
                <TextField
                    id="new-member-name"
                    label=Signal::derive(move || t().name_label)
                    value=name
                    error=name_error
                    required=true
                    on_input=move |v| name.set(v)
                />
                <TextField
                    id="new-member-relation"
                    label=Signal::derive(move || t().relation_label)
                    hint=Signal::derive(move || Some(t().relation_hint))
                    value=relation
                    maxlength=500
                    on_input=move |v| relation.set(v)
                />
                <DateField
                    id="new-member-birth-date"
                    label=Signal::derive(move || state.host.lang.get().representation().birth_date_label)
                    value=birth_date
                    on_change=move |d| birth_date.set(d)
                />
                <button type="submit" class="hp-button">{move || t().add_member_button}</button>
            </form>
        </Show>
    }
}

#[component]
fn MemberCard(id: MemberId) -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().people();
    let r = move || state.host.lang.get().representation();
    let member = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.family.iter().find(|m| m.id == id).cloned())
    });
    let name = Signal::derive(move || {
        member.with(|m| m.as_ref().map(|m| m.name.clone()).unwrap_or_default())
    });
    let relation = Signal::derive(move || {
        member.with(|m| m.as_ref().map(|m| m.relation.clone()).unwrap_or_default())
    });
    let key = id.to_string();
    view! {
        <li class="hp-card">
            <TextField
                id=format!("member-{key}-name")
                label=Signal::derive(move || t().name_label)
                value=name
                required=true
                on_input=move |v| { let _ = state.edit_text(Some(ItemRef::FamilyMember(id)), "name", v); }
            />
            <TextField
                id=format!("member-{key}-relation")
                label=Signal::derive(move || t().relation_label)
                value=relation
                maxlength=500
                on_input=move |v| { let _ = state.edit_text(Some(ItemRef::FamilyMember(id)), "relation", v); }
            />
            <DateField
                id=format!("member-{key}-birth-date")
                label=Signal::derive(move || r().birth_date_label)
                value=Signal::derive(move || member.with(|m| m.as_ref().and_then(|m| m.birth_date)))
                on_change=move |d| {
                    let _ = state.edit(Edit::SetField {
                        item: Some(ItemRef::FamilyMember(id)),
                        field: "birth_date".into(),
                        value: date_value(d),
                    });
                }
            />
            {move || member.get().and_then(|m| child_status(state.host.lang.get(), &m))}
            <Show when=move || member.with(|m| m.as_ref().is_some_and(|m| m.is_child_on(today())))>
                <TextArea
                    id=format!("member-{key}-own-words")
                    label=Signal::derive(move || r().child_own_words_label)
                    hint=Signal::derive(move || Some(r().child_own_words_hint))
                    value=Signal::derive(move || member.with(|m| m.as_ref().map(|m| m.own_words.clone()).unwrap_or_default()))
                    rows=3
                    on_input=move |v| { let _ = state.edit_text(Some(ItemRef::FamilyMember(id)), "own_words", v); }
                />
            </Show>
            <RemoveWithConfirm
                label=Signal::derive(move || t().remove.to_string())
                accessible_name=Signal::derive(move || format!("{}: {}", t().remove, name.get()))
                question=Signal::derive(move || (t().confirm_remove)(&name.get()))
                yes=Signal::derive(move || t().confirm_yes)
                no=Signal::derive(move || t().confirm_no)
                on_confirm=move || {
                    let who = name.get_untracked();
                    state.edit(Edit::RemoveFamilyMember { id }).ok()?;
                    state.announce((t().removed)(&who));
                    Some(state.dom_id("family-heading"))
                }
            />
        </li>
    }
}

/// A child's age and what it means for party status (barnets lov § 3): a party from 10.
fn child_status(lang: Lang, member: &FamilyMember) -> Option<impl IntoView> {
    let r = lang.representation();
    let now = today();
    let age = member.age_on(now)?;
    if !member.is_child_on(now) {
        return None;
    }
    let meaning = if member.is_party_child_on(now) {
        r.party_from_ten.to_string()
    } else {
        (r.party_in)(PARTY_AGE.saturating_sub(age))
    };
    Some(view! {
        <p class="hp-child-status" data-party=member.is_party_child_on(now).to_string()>
            <strong>{(r.age)(age)}</strong>". "{meaning}
        </p>
    })
}

/// The citizen's language needs (preferred language, interpreter) and, for a child's
/// plan, the citizen's date of birth.
#[component]
fn LanguageNeeds() -> impl IntoView {
    let state = use_editor();
    let r = move || state.host.lang.get().representation();
    let citizen = Memo::new(move |_| state.plan.with(|p| p.citizen.clone()));
    let set = move |field: &str, value: Value| {
        let _ = state.edit(Edit::SetField {
            item: None,
            field: format!("citizen.{field}"),
            value,
        });
    };
    let heading_id = state.dom_id("language-heading");
    view! {
        <h3 id=heading_id class="hp-subheading">{move || r().language_heading}</h3>
        <TextField
            id="citizen-preferred-language"
            label=Signal::derive(move || r().preferred_language_label)
            hint=Signal::derive(move || Some(r().preferred_language_hint))
            value=Signal::derive(move || citizen.with(|c| c.preferred_language.clone()))
            on_input=move |v| { let _ = state.edit_text(None, "citizen.preferred_language", v); }
        />
        <CheckboxField
            id="citizen-interpreter"
            label=Signal::derive(move || r().interpreter_needed_label)
            value=Signal::derive(move || citizen.with(|c| c.interpreter_needed))
            on_change=move |on| set("interpreter_needed", Value::Bool(on))
        />
        <DateField
            id="citizen-birth-date"
            label=Signal::derive(move || r().citizen_birth_date_label)
            value=Signal::derive(move || citizen.with(|c| c.birth_date))
            on_change=move |d| set("birth_date", date_value(d))
        />
        <Show when=move || citizen.with(|c| c.is_child_on(today()))>
            <p class="hp-child-status">{move || r().child_plan_note}</p>
        </Show>
    }
}
