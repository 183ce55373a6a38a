//! "Hvordan går det i dag?": one screen per life area she chose for her goals. A face
//! becomes her rating of each of her goals there (today's replaced when she chooses
//! again); her words become her own description of the area in the joint assessment.

use chrono::Utc;
use leptos::prelude::*;

use super::cards::{card_icon, card_name};
use super::faces::FaceChoice;
use super::screen::{heading_level, sub_heading, QuestionScreen, ANSWER_MAXLENGTH};
use crate::i18n::GuidedStep;
use crate::model::guided::{self, Face};
use crate::model::ItemRef;
use crate::ui::browser::today;
use crate::ui::fields::TextArea;
use crate::ui::state::use_editor;

#[component]
pub fn TodayScreen(area: Option<String>) -> impl IntoView {
    let state = use_editor();
    let texts = move || state.host.lang.get().guided();
    let areas = Memo::new(move |_| state.plan.with(guided::chosen_areas));
    // The stored area, or the first she chose (her goals may have changed since).
    let area = area
        .filter(|a| areas.with_untracked(|all| all.contains(a)))
        .or_else(|| areas.with_untracked(|all| all.first().cloned()));
    let sub_progress = {
        let area = area.clone();
        Signal::derive(move || {
            let area = area.as_ref()?;
            let (at, of) = areas.with(|all| (all.iter().position(|a| a == area), all.len()));
            at.map(|i| (texts().area_progress)(i + 1, of))
        })
    };
    let body = match area {
        Some(code) => view! { <AreaToday code=code /> }.into_any(),
        None => view! { <p class="hp-guided-note">{move || texts().no_area}</p> }.into_any(),
    };
    view! {
        <QuestionScreen step=GuidedStep::Today sub_progress=sub_progress>
            {body}
        </QuestionScreen>
    }
}

/// The area's card, the faces and her words for one area.
#[component]
fn AreaToday(code: String) -> impl IntoView {
    let state = use_editor();
    let texts = move || state.host.lang.get().guided();
    let level = heading_level(&state);
    let area = StoredValue::new(code.clone());
    let face = Signal::derive(move || {
        area.with_value(|a| state.plan.with(|p| guided::face_for_area(p, a)))
    });
    let words = Memo::new(move |_| {
        area.with_value(|a| {
            state.plan.with(|p| {
                guided::citizen_entry(p, a)
                    .map(|e| e.text.clone())
                    .unwrap_or_default()
            })
        })
    });
    let on_face = move |face: Face| {
        let actor = state.host.actor.get_untracked();
        let edit = area.with_value(|a| {
            state
                .plan
                .with_untracked(|p| guided::rate_area(p, a, face, &actor, today()))
        });
        if let Some(edit) = edit {
            let _ = state.edit(edit);
        }
    };
    let on_words = move |text: String| {
        let entry = area.with_value(|a| {
            state
                .plan
                .with_untracked(|p| guided::citizen_entry(p, a).map(|e| e.id))
        });
        match entry {
            // Typing into her description: splices, so undo and co-authors see keystrokes.
            Some(id) => {
                let _ = state.edit_text(Some(ItemRef::AssessmentEntry(id)), "text", text);
            }
            None if !text.trim().is_empty() => {
                let actor = state.host.actor.get_untracked();
                let edit = area.with_value(|a| {
                    state.plan.with_untracked(|p| {
                        guided::describe_area(p, a, &text, &actor, Utc::now(), today())
                    })
                });
                let _ = state.edit(edit);
            }
            None => {}
        }
    };
    let name = {
        let code = code.clone();
        move || card_name(state.host.lang.get(), &code)
    };
    view! {
        <div class="hp-guided-area">
            {card_icon(&code)}
            {sub_heading(level, None, name)}
        </div>
        <FaceChoice group=format!("guided-face-{code}") chosen=face on_choose=on_face />
        <TextArea
            id=format!("guided-today-{code}")
            label=Signal::derive(move || texts().answer_label)
            value=words
            on_input=on_words
            rows=4
            maxlength=ANSWER_MAXLENGTH
        />
    }
}
