//! "Samlet udredning" (the joint assessment): why this citizen gets one plan (the target
//! group), what is known per life area in two voices kept apart (the citizen's own
//! description, marked as hers as in "Om mig", and the professionals'), and what is
//! already known, so nobody asks her twice. Goals point at the entries they come from
//! (in the goals section).

mod entries;
mod known;

use leptos::prelude::*;

use super::fields::{from_option_value, option_value, SelectField, TextArea};
use super::section::SectionFrame;
use super::state::{use_editor, Section};
use crate::model::{Edit, TargetGroupKind};

#[component]
pub fn AssessmentSection() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().assessment();
    view! {
        <SectionFrame section=Section::Assessment intro=Signal::derive(move || Some(t().intro))>
            <Show when=move || state.locked.get()>
                <p class="hp-locked-note">{move || state.lock_note(t().locked_note)}</p>
            </Show>
            <TargetGroupFields />
            <entries::AreaList />
            <Show when=move || !state.locked.get()>
                <entries::AddEntryForm />
            </Show>
            <known::KnownList />
        </SectionFrame>
    }
}

/// The target group: a choice and the reason in words.
#[component]
fn TargetGroupFields() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().assessment();
    let group = Memo::new(move |_| state.plan.with(|p| p.target_group.group));
    let reason = Memo::new(move |_| state.plan.with(|p| p.target_group.reason.clone()));
    let options = Signal::derive(move || {
        let lang = lang();
        std::iter::once((String::new(), t().target_none.to_string()))
            .chain(
                TargetGroupKind::ALL
                    .iter()
                    .map(|g| (option_value(g), lang.target_group(*g).to_string())),
            )
            .collect::<Vec<_>>()
    });
    let heading_id = state.dom_id("assessment-target-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="hp-assessment-target" aria-labelledby=labelled_by>
            <h3 id=heading_id class="hp-subheading">{move || t().target_heading}</h3>
            <SelectField
                id="assessment-target-group"
                label=Signal::derive(move || t().target_group_label)
                hint=Signal::derive(move || Some(t().target_group_hint))
                options=options
                value=Signal::derive(move || group.get().map(|g| option_value(&g)).unwrap_or_default())
                on_change=move |code: String| {
                    let value = match from_option_value::<TargetGroupKind>(&code) {
                        Some(g) => serde_json::Value::String(option_value(&g)),
                        None => serde_json::Value::Null,
                    };
                    let _ = state.edit(Edit::SetField {
                        item: None,
                        field: "target_group.group".into(),
                        value,
                    });
                }
            />
            <TextArea
                id="assessment-target-reason"
                label=Signal::derive(move || t().target_reason_label)
                hint=Signal::derive(move || Some(t().target_reason_hint))
                value=reason
                rows=3
                on_input=move |text| {
                    let _ = state.edit_text(None, "target_group.reason", text);
                }
            />
        </section>
    }
}
