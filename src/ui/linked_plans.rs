//! "Andre planer": the plans this holistic plan replaces (with the citizen's consent) or
//! runs alongside and is coordinated with — which plan, how it relates, who holds it, its
//! dates and a note. The type comes from the catalogue's `plan_types`; a plan the catalogue
//! lacks is written by name, and a code from another catalogue stays as it is.

use leptos::prelude::*;

use super::browser::focus_by_id;
use super::confirm::RemoveWithConfirm;
use super::fields::{option_value, DateField, SelectField, TextArea, TextField};
use super::section::SectionFrame;
use super::state::{use_editor, Section};
use crate::model::linked_plan::PlanTypeName;
use crate::model::{Edit, ItemRef, LinkedPlan, LinkedPlanId, Period, PlanRelation};

/// The select's value for "a plan the catalogue does not list". Not a valid code: the
/// catalogue's codes are snake_case words.
const OTHER: &str = "--other--";

/// The choices of plan type: "choose", every catalogue type, "another plan".
fn type_options(state: super::state::EditorState) -> Vec<(String, String)> {
    let lang = state.host.lang.get();
    let t = lang.linked_plans();
    let mut options = vec![(String::new(), t.type_choose.to_string())];
    state.host.catalogue.with(|c| {
        options.extend(
            c.plan_types
                .iter()
                .map(|p| (p.code.clone(), lang.catalogue_label(&p.label).to_string())),
        );
    });
    options.push((OTHER.to_string(), t.type_other.to_string()));
    options
}

fn is_known(state: super::state::EditorState, plan_type: &str) -> bool {
    state
        .host
        .catalogue
        .with(|c| c.plan_type(plan_type).is_some())
}

#[component]
pub fn LinkedPlansSection() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().linked_plans();
    let ids = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.linked_plans.iter().map(|l| l.id).collect::<Vec<_>>())
    });
    view! {
        <SectionFrame section=Section::LinkedPlans intro=Signal::derive(move || Some(t().intro))>
            <Show when=move || state.locked.get()>
                <p class="hp-locked-note">{move || state.lock_note(t().locked_note)}</p>
            </Show>
            <Show
                when=move || !ids.with(Vec::is_empty)
                fallback=move || view! { <p>{move || t().none}</p> }
            >
                <ul class="hp-card-list">
                    <For each=move || ids.get() key=|id| *id let:id>
                        <LinkedPlanCard id=id />
                    </For>
                </ul>
            </Show>
            <Show when=move || !state.locked.get()>
                <AddLinkedPlan />
            </Show>
        </SectionFrame>
    }
}

/// "Replaces" or "links to", as two radio buttons in a fieldset (arrow keys move
/// between them, as in every radio group).
#[component]
fn RelationChoice(
    name: String,
    #[prop(into)] value: Signal<PlanRelation>,
    on_change: impl Fn(PlanRelation) + Copy + 'static,
) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let name = state.dom_id(&name);
    view! {
        <fieldset class="hp-relation">
            <legend>{move || lang().linked_plans().relation_label}</legend>
            <div class="hp-radio-row">
                {PlanRelation::ALL.into_iter().map(|relation| {
                    let id = format!("{name}-{}", option_value(&relation));
                    let label_for = id.clone();
                    view! {
                        <label class="hp-radio" for=label_for>
                            <input
                                type="radio"
                                id=id
                                name=name.clone()
                                prop:checked=move || value.get() == relation
                                disabled=move || state.locked.get()
                                on:change=move |_| on_change(relation)
                            />
                            {move || lang().plan_relation(relation)}
                        </label>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn AddLinkedPlan() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().linked_plans();
    let choice = RwSignal::new(String::new());
    let other_name = RwSignal::new(String::new());
    let relation = RwSignal::new(PlanRelation::Replaces);
    let holder = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let heading_id = state.dom_id("add-linked-plan-heading");
    let labelled_by = heading_id.clone();
    let plan_type = move || match choice.get() {
        c if c == OTHER => other_name.get().trim().to_string(),
        c => c,
    };
    let type_error = Signal::derive(move || {
        (tried.get() && plan_type().is_empty()).then(|| t().type_required.to_string())
    });
    let add = move || {
        tried.set(true);
        let plan_type = plan_type();
        if plan_type.is_empty() {
            let id = state.dom_id(if choice.get_untracked() == OTHER {
                "new-linked-plan-other"
            } else {
                "new-linked-plan-type"
            });
            request_animation_frame(move || focus_by_id(&id));
            return;
        }
        let linked = LinkedPlan {
            id: LinkedPlanId::new(),
            plan_type,
            relation: relation.get_untracked(),
            holder: holder.get_untracked().trim().to_string(),
            period: Period::default(),
            note: String::new(),
        };
        let id = linked.id;
        let name = state
            .host
            .catalogue
            .with_untracked(|c| lang().plan_type_name(&PlanTypeName::of(c, &linked.plan_type)));
        if state
            .edit(Edit::AddLinkedPlan {
                linked_plan: linked,
                position: None,
            })
            .is_ok()
        {
            tried.set(false);
            choice.set(String::new());
            other_name.set(String::new());
            holder.set(String::new());
            state.announce((t().added)(&name));
            let heading = state.dom_id(&format!("linked-plan-{id}"));
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
            <SelectField
                id="new-linked-plan-type"
                label=Signal::derive(move || t().type_label)
                options=Signal::derive(move || type_options(state))
                value=choice
                error=Signal::derive(move || {
                    (choice.get() != OTHER).then(|| type_error.get()).flatten()
                })
                on_change=move |v| choice.set(v)
            />
            <Show when=move || choice.get() == OTHER>
                <LocalText
                    id="new-linked-plan-other"
                    label=Signal::derive(move || t().other_name_label)
                    hint=Signal::derive(move || Some(t().other_name_hint))
                    value=other_name
                    error=type_error
                />
            </Show>
            <RelationChoice name="new-linked-plan-relation".into() value=relation on_change=move |r| relation.set(r) />
            <LocalText
                id="new-linked-plan-holder"
                label=Signal::derive(move || t().holder_label)
                hint=Signal::derive(move || Some(t().holder_hint))
                value=holder
                error=Signal::derive(|| None::<String>)
            />
            <button type="submit" class="hp-button hp-button-primary">{move || t().add_button}</button>
        </form>
    }
}

/// A text field of the add form: it holds a draft, not the plan, until "Add" is pressed.
#[component]
fn LocalText(
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] hint: Signal<Option<&'static str>>,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let state = use_editor();
    let id = state.dom_id(id);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.get().is_some() {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="hp-field">
            <label for=id.clone()>{move || label.get()}</label>
            {move || hint.get().map(|text| view! { <p id=hint_id.clone() class="hp-hint">{text}</p> })}
            {move || error.get().map(|text| view! {
                <p id=error_id.clone() class="hp-field-error"><span aria-hidden="true">"⚠ "</span>{text}</p>
            })}
            <input
                id=id
                class="hp-input"
                type="text"
                autocomplete="off"
                maxlength="200"
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev).chars().filter(|c| !c.is_control()).collect())
            />
        </div>
    }
}

#[component]
fn LinkedPlanCard(id: LinkedPlanId) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().linked_plans();
    let item = Some(ItemRef::LinkedPlan(id));
    let linked = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.linked_plans.iter().find(|l| l.id == id).cloned())
    });
    let field = move |get: fn(&LinkedPlan) -> String| {
        Signal::derive(move || linked.with(|l| l.as_ref().map(get).unwrap_or_default()))
    };
    let plan_type = field(|l| l.plan_type.clone());
    let name = Signal::derive(move || {
        let code = plan_type.get();
        let name = state
            .host
            .catalogue
            .with(|c| lang().plan_type_name(&PlanTypeName::of(c, &code)));
        // A heading is never empty, also while the name is being rewritten.
        if name.is_empty() {
            t().unnamed.to_string()
        } else {
            name
        }
    });
    // What the catalogue says of a known type: its law, or where it comes from.
    let basis = Signal::derive(move || {
        let code = plan_type.get();
        state.host.catalogue.with(|c| {
            let entry = c.plan_type(&code)?;
            match (&entry.law, &entry.paragraph, &entry.origin) {
                (Some(law), Some(paragraph), _) => Some((t().law)(&format!("{law} {paragraph}"))),
                (_, _, Some(origin)) => Some((t().origin)(lang().catalogue_label(origin))),
                _ => None,
            }
        })
    });
    // "Another plan" shows while the type is not one of the catalogue's, or from the
    // moment it is chosen (the name is typed next).
    let other_chosen = RwSignal::new(false);
    let other = Signal::derive(move || other_chosen.get() || !is_known(state, &plan_type.get()));
    let choice = Signal::derive(move || {
        if other.get() {
            OTHER.to_string()
        } else {
            plan_type.get()
        }
    });
    let set = move |path: &'static str, value: serde_json::Value| {
        let _ = state.edit(Edit::SetField {
            item,
            field: path.into(),
            value,
        });
    };
    let relation = Signal::derive(move || {
        linked.with(|l| l.as_ref().map_or(PlanRelation::LinksTo, |l| l.relation))
    });
    let period =
        Signal::derive(move || linked.with(|l| l.as_ref().map(|l| l.period).unwrap_or_default()));
    let end_error = Signal::derive(move || match (period.get().start, period.get().end) {
        (Some(start), Some(end)) if end < start => Some(t().end_before_start.to_string()),
        _ => None,
    });
    let heading_id = state.dom_id(&format!("linked-plan-{id}"));
    let labelled_by = heading_id.clone();
    let date_value =
        |d: Option<chrono::NaiveDate>| d.map_or(serde_json::Value::Null, |d| d.to_string().into());
    view! {
        <li class="hp-card hp-linked-plan" aria-labelledby=labelled_by>
            <h3 id=heading_id tabindex="-1" class="hp-card-title">{move || name.get()}</h3>
            <p class="hp-card-meta">
                {move || lang().plan_relation(relation.get())}
                {move || basis.get().map(|b| view! { <br /> {b} })}
            </p>
            <SelectField
                id=format!("linked-plan-{id}-type")
                label=Signal::derive(move || t().type_label)
                options=Signal::derive(move || {
                    let mut options = type_options(state);
                    options.remove(0);
                    options
                })
                value=choice
                on_change=move |v: String| {
                    if v == OTHER {
                        other_chosen.set(true);
                    } else if !v.is_empty() {
                        other_chosen.set(false);
                        set("plan_type", v.into());
                    }
                }
            />
            <Show when=move || other.get()>
                <TextField
                    id=format!("linked-plan-{id}-other")
                    label=Signal::derive(move || t().other_name_label)
                    hint=Signal::derive(move || Some(t().other_name_hint))
                    value=Signal::derive(move || {
                        let code = plan_type.get();
                        if is_known(state, &code) { String::new() } else { code }
                    })
                    on_input=move |v| { let _ = state.edit_text(item, "plan_type", v); }
                />
            </Show>
            <RelationChoice
                name=format!("linked-plan-{id}-relation")
                value=relation
                on_change=move |r: PlanRelation| set("relation", option_value(&r).into())
            />
            <TextField
                id=format!("linked-plan-{id}-holder")
                label=Signal::derive(move || t().holder_label)
                hint=Signal::derive(move || Some(t().holder_hint))
                value=field(|l| l.holder.clone())
                on_input=move |v| { let _ = state.edit_text(item, "holder", v); }
            />
            <div class="hp-meeting-dates">
                <DateField
                    id=format!("linked-plan-{id}-start")
                    label=Signal::derive(move || t().start_label)
                    value=Signal::derive(move || period.get().start)
                    on_change=move |d| set("period.start", date_value(d))
                />
                <DateField
                    id=format!("linked-plan-{id}-end")
                    label=Signal::derive(move || t().end_label)
                    value=Signal::derive(move || period.get().end)
                    error=end_error
                    on_change=move |d| set("period.end", date_value(d))
                />
            </div>
            <TextArea
                id=format!("linked-plan-{id}-note")
                label=Signal::derive(move || t().note_label)
                value=field(|l| l.note.clone())
                rows=2
                on_input=move |v| { let _ = state.edit_text(item, "note", v); }
            />
            <RemoveWithConfirm
                label=Signal::derive(move || t().remove.to_string())
                accessible_name=Signal::derive(move || format!("{}: {}", t().remove, name.get()))
                question=Signal::derive(move || (t().confirm_remove)(&name.get()))
                yes=Signal::derive(move || t().confirm_yes)
                no=Signal::derive(move || t().confirm_no)
                on_confirm=move || {
                    state.edit(Edit::RemoveLinkedPlan { id }).ok()?;
                    state.announce(t().removed);
                    Some(state.dom_id(&format!("{}-heading", Section::LinkedPlans.key())))
                }
            />
        </li>
    }
}
