//! The frame every guided screen shares (progress line, question as the heading, help,
//! "Læs op", the buttons to move on), the start screen and the screens that ask for one
//! text in her own words.

use leptos::prelude::*;

use super::read_aloud::ReadAloud;
use super::{own_words_field, use_flow};
use crate::i18n::{GuidedPlace, GuidedStep};
use crate::ui::fields::TextArea;
use crate::ui::state::{use_editor, EditorState};

/// Long enough that the browser never cuts a pasted answer short without a word: the
/// model refuses what is too long (`model::limits`) and the field says why, keeping the text.
pub const ANSWER_MAXLENGTH: usize = 1_000_000;

/// The level of a screen's heading: the page's own (an `<h1>` on the standalone page,
/// where guided mode has no toolbar), an `<h2>` inside a portal that set none.
pub fn heading_level(state: &EditorState) -> u8 {
    state
        .host
        .brand_heading
        .get_untracked()
        .unwrap_or(2)
        .clamp(1, 5)
}

/// A screen's heading: focus moves here after every move (so it takes focus, not Tab).
pub fn screen_heading(level: u8, id: String, text: impl IntoView + 'static) -> AnyView {
    match level {
        1 => view! { <h1 id=id class="hp-guided-heading" tabindex="-1">{text}</h1> }.into_any(),
        2 => view! { <h2 id=id class="hp-guided-heading" tabindex="-1">{text}</h2> }.into_any(),
        3 => view! { <h3 id=id class="hp-guided-heading" tabindex="-1">{text}</h3> }.into_any(),
        4 => view! { <h4 id=id class="hp-guided-heading" tabindex="-1">{text}</h4> }.into_any(),
        _ => view! { <h5 id=id class="hp-guided-heading" tabindex="-1">{text}</h5> }.into_any(),
    }
}

/// A heading one level below the screen's.
pub fn sub_heading(level: u8, id: Option<String>, text: impl IntoView + 'static) -> AnyView {
    match level + 1 {
        2 => view! { <h2 id=id class="hp-guided-subheading">{text}</h2> }.into_any(),
        3 => view! { <h3 id=id class="hp-guided-subheading">{text}</h3> }.into_any(),
        4 => view! { <h4 id=id class="hp-guided-subheading">{text}</h4> }.into_any(),
        5 => view! { <h5 id=id class="hp-guided-subheading">{text}</h5> }.into_any(),
        _ => view! { <h6 id=id class="hp-guided-subheading">{text}</h6> }.into_any(),
    }
}

/// The question and its help, as "Læs op" reads them.
pub fn spoken(step: GuidedStep) -> Signal<String> {
    let state = use_editor();
    Signal::derive(move || {
        let screen = state.host.lang.get().guided().screen(step);
        format!("{} {}", screen.question, screen.help)
    })
}

/// One question: "Spørgsmål 3 af 9" (with a bar), the question as the heading, its help,
/// "Læs op", what she answers (`children`), and "Tilbage", "Spring over", "Næste", "Gem og
/// stop for nu".
#[component]
pub fn QuestionScreen(
    step: GuidedStep,
    /// A second progress line under the first (the Today screen's "Område 1 af 2").
    #[prop(into, optional)]
    sub_progress: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let state = use_editor();
    let flow = use_flow();
    let texts = move || state.host.lang.get().guided();
    let level = heading_level(&state);
    let heading_id = flow.heading_id();
    let labelled_by = heading_id.clone();
    let help_id = state.dom_id("guided-help");
    let described_by = help_id.clone();
    let number = step.question_number().unwrap_or(0);
    let percent = number * 100 / GuidedStep::QUESTIONS;
    view! {
        <section class="hp-guided-screen" data-step=step.key() aria-labelledby=labelled_by aria-describedby=described_by>
            <div class="hp-guided-progress">
                <p class="hp-guided-progress-text">{move || (texts().progress)(number, GuidedStep::QUESTIONS)}</p>
                <div class="hp-guided-bar" aria-hidden="true">
                    <div class="hp-guided-bar-done" style=format!("width: {percent}%")></div>
                </div>
                {move || sub_progress.get().map(|line| view! { <p class="hp-guided-progress-text">{line}</p> })}
            </div>
            {screen_heading(level, heading_id, move || texts().screen(step).question)}
            <p id=help_id class="hp-guided-help">{move || texts().screen(step).help}</p>
            <ReadAloud text=spoken(step) />
            <div class="hp-guided-answer">{children()}</div>
            <div class="hp-guided-nav">
                <button type="button" class="hp-button hp-guided-back" on:click=move |_| flow.back()>
                    {move || texts().back}
                </button>
                <button type="button" class="hp-button hp-guided-skip" on:click=move |_| flow.next()>
                    {move || texts().skip}
                </button>
                <button type="button" class="hp-button hp-button-primary hp-guided-next" on:click=move |_| flow.next()>
                    {move || texts().next}
                </button>
                <button type="button" class="hp-button hp-guided-stop" on:click=move |_| flow.pause()>
                    {move || texts().save_and_stop}
                </button>
            </div>
        </section>
    }
}

/// "Her kan du fortælle om dit liv": what guided mode is, and "Start".
#[component]
pub fn StartScreen() -> impl IntoView {
    let state = use_editor();
    let flow = use_flow();
    let texts = move || state.host.lang.get().guided();
    let level = heading_level(&state);
    let heading_id = flow.heading_id();
    let labelled_by = heading_id.clone();
    view! {
        <section class="hp-guided-screen" data-step="start" aria-labelledby=labelled_by>
            {screen_heading(level, heading_id, move || texts().start.question)}
            <p class="hp-guided-help">{move || texts().start.help}</p>
            <ReadAloud text=spoken(GuidedStep::Start) />
            <div class="hp-guided-nav">
                <button
                    type="button"
                    class="hp-button hp-button-primary hp-guided-next"
                    on:click=move |_| flow.go(GuidedPlace { step: GuidedStep::MattersMost, area: None })
                >
                    {move || texts().start_button}
                </button>
            </div>
        </section>
    }
}

/// A question answered in her own words: the text goes to the plan's own-words field as she
/// types (`citizen.own_words.<key>`), as on "Om mig".
#[component]
pub fn OwnWordsScreen(step: GuidedStep) -> impl IntoView {
    let state = use_editor();
    let texts = move || state.host.lang.get().guided();
    let answer = own_words_field(step).map(|field| {
        let value = Memo::new(move |_| state.plan.with(|p| p.own_words(field).to_string()));
        view! {
            <TextArea
                id=format!("guided-{}", field.key())
                label=Signal::derive(move || texts().answer_label)
                value=value
                on_input=move |text| {
                    let _ = state.edit_text(None, &format!("citizen.own_words.{}", field.key()), text);
                }
                rows=6
                maxlength=ANSWER_MAXLENGTH
            />
        }
    });
    view! { <QuestionScreen step=step>{answer}</QuestionScreen> }
}
