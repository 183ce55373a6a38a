//! The end screen, "Det vil jeg gerne tale om": her answers in her words, to print on one
//! page and bring to the meeting, or to see in the whole plan; and the paused screen.

use leptos::prelude::*;

use super::cards::{card_icon, card_name};
use super::faces::face_icon;
use super::read_aloud::ReadAloud;
use super::screen::{heading_level, screen_heading, spoken, sub_heading};
use super::{own_words_field, use_flow};
use crate::i18n::GuidedStep;
use crate::model::guided::{self, Face};
use crate::model::Plan;
use crate::ui::state::{use_editor, SaveStatus};

/// Her goal, in her words, with the code of its card.
#[derive(Clone, PartialEq)]
struct GoalLine {
    area: Option<String>,
    title: String,
}

/// How things are today in one area: the face she chose and her words.
#[derive(Clone, PartialEq)]
struct AreaLine {
    area: String,
    face: Option<Face>,
    words: String,
}

/// Everything she answered, as the end screen lists it.
#[derive(Clone, PartialEq)]
struct Answers {
    /// Per own-words question: its step and her text (only those she answered).
    own_words: Vec<(GuidedStep, String)>,
    goals: Vec<GoalLine>,
    areas: Vec<AreaLine>,
}

impl Answers {
    fn of(plan: &Plan) -> Answers {
        let own_words = GuidedStep::FLOW
            .into_iter()
            .filter_map(|step| {
                let text = plan.own_words(own_words_field(step)?).trim();
                (!text.is_empty()).then(|| (step, text.to_string()))
            })
            .collect();
        let goals = guided::her_goals(plan)
            .filter(|g| !g.title.trim().is_empty())
            .map(|g| GoalLine {
                area: g.life_area.clone(),
                title: g.title.clone(),
            })
            .collect();
        let areas = guided::chosen_areas(plan)
            .into_iter()
            .map(|area| AreaLine {
                face: guided::face_for_area(plan, &area),
                words: guided::citizen_entry(plan, &area)
                    .map(|e| e.text.trim().to_string())
                    .unwrap_or_default(),
                area,
            })
            .filter(|line| line.face.is_some() || !line.words.is_empty())
            .collect();
        Answers {
            own_words,
            goals,
            areas,
        }
    }

    fn is_empty(&self) -> bool {
        self.own_words.is_empty() && self.goals.is_empty() && self.areas.is_empty()
    }
}

#[component]
pub fn EndScreen() -> impl IntoView {
    let state = use_editor();
    let flow = use_flow();
    let texts = move || state.host.lang.get().guided();
    let lang = move || state.host.lang.get();
    let level = heading_level(&state);
    let heading_id = flow.heading_id();
    let labelled_by = heading_id.clone();
    let answers = Memo::new(move |_| state.plan.with(Answers::of));
    let heading = move |step: GuidedStep| {
        sub_heading(level, None, move || {
            texts().answer_heading(step).unwrap_or_default()
        })
    };
    let list = move || {
        let answers = answers.get();
        if answers.is_empty() {
            return view! { <p class="hp-guided-note">{move || texts().nothing_yet}</p> }
                .into_any();
        }
        let mut parts: Vec<AnyView> = Vec::new();
        for step in GuidedStep::FLOW {
            match step {
                GuidedStep::Goals if !answers.goals.is_empty() => {
                    let goals = answers.goals.clone();
                    parts.push(view! {
                        <section class="hp-guided-answers-part">
                            {heading(step)}
                            <ul class="hp-guided-answer-list">
                                {goals.into_iter().map(|goal| {
                                    let card = goal.area.clone().map(|code| view! {
                                        <span class="hp-guided-answer-card">
                                            {card_icon(&code)}
                                            {card_name(lang(), &code)}
                                        </span>
                                    });
                                    view! { <li>{card}<span class="hp-guided-answer-text">{goal.title}</span></li> }
                                }).collect_view()}
                            </ul>
                        </section>
                    }.into_any());
                }
                GuidedStep::Today if !answers.areas.is_empty() => {
                    let areas = answers.areas.clone();
                    parts.push(view! {
                        <section class="hp-guided-answers-part">
                            {heading(step)}
                            <ul class="hp-guided-answer-list">
                                {areas.into_iter().map(|line| {
                                    let face = line.face.map(|face| view! {
                                        <span class="hp-guided-answer-face">
                                            {face_icon(face)}
                                            {texts().faces[face.index()]}
                                        </span>
                                    });
                                    let words = (!line.words.is_empty()).then(|| view! {
                                        <span class="hp-guided-answer-text">{line.words.clone()}</span>
                                    });
                                    view! {
                                        <li>
                                            <span class="hp-guided-answer-card">
                                                {card_icon(&line.area)}
                                                {card_name(lang(), &line.area)}
                                            </span>
                                            {face}
                                            {words}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </section>
                    }.into_any());
                }
                _ => {
                    if let Some((_, text)) = answers.own_words.iter().find(|(s, _)| *s == step) {
                        let text = text.clone();
                        parts.push(
                            view! {
                                <section class="hp-guided-answers-part">
                                    {heading(step)}
                                    <p class="hp-guided-answer-text">{text}</p>
                                </section>
                            }
                            .into_any(),
                        );
                    }
                }
            }
        }
        parts.collect_view().into_any()
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <section class="hp-guided-screen hp-guided-end" data-step="end" aria-labelledby=labelled_by>
            {screen_heading(level, heading_id, move || texts().end.question)}
            <p class="hp-guided-help">{move || texts().end.help}</p>
            <ReadAloud text=spoken(GuidedStep::End) />
            <div class="hp-guided-answers">{list}</div>
            <div class="hp-guided-nav">
                <button type="button" class="hp-button hp-guided-back" on:click=move |_| flow.back()>
                    {move || texts().back}
                </button>
                <button type="button" class="hp-button hp-button-primary" on:click=print>
                    {move || texts().print}
                </button>
                <button type="button" class="hp-button" on:click=move |_| flow.open_full_plan()>
                    {move || texts().open_full_plan}
                </button>
            </div>
        </section>
    }
}

/// "Dine svar er gemt": after "Gem og stop for nu". Every answer is already in the plan;
/// "Gå videre" returns to the question she stopped at.
#[component]
pub fn PausedScreen() -> impl IntoView {
    let state = use_editor();
    let flow = use_flow();
    let texts = move || state.host.lang.get().guided();
    let level = heading_level(&state);
    let heading_id = flow.heading_id();
    let labelled_by = heading_id.clone();
    // The answers are in the plan, but when this device could not keep it she is told so,
    // and does not close the page believing they are safe.
    let unsaved = move || {
        matches!(
            state.status.save_status.get(),
            SaveStatus::Failed | SaveStatus::Held
        )
    };
    let screen = move || {
        let texts = texts();
        if unsaved() {
            &texts.paused_unsaved
        } else {
            &texts.paused
        }
    };
    view! {
        <section class="hp-guided-screen" data-step="paused" aria-labelledby=labelled_by>
            {screen_heading(level, heading_id, move || screen().question)}
            <p class="hp-guided-help" class:hp-guided-warning=unsaved role=move || unsaved().then_some("alert")>
                {move || screen().help}
            </p>
            <ReadAloud text=Signal::derive(move || format!("{} {}", screen().question, screen().help)) />
            <div class="hp-guided-nav">
                <button type="button" class="hp-button hp-button-primary" on:click=move |_| flow.resume()>
                    {move || texts().resume}
                </button>
            </div>
        </section>
    }
}
