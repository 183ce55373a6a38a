//! Guided mode (issue 14): one question per screen for the citizen, in plain Danish.
//! Every answer is an ordinary `Edit` on the plan (own words, goals expressed by the
//! citizen, her ratings and her side of the joint assessment, built by `model::guided`),
//! never a separate store.
//!
//! This module is the flow: which screen comes next ([`Flow`]), where the citizen is
//! (`state.nav.guided`, which the platform keeps in storage so a reload resumes there) and
//! focus on the new screen's heading after every move. The screens are in their own files.

pub mod cards;
pub mod end;
pub mod faces;
pub mod goals;
pub mod read_aloud;
pub mod reading;
pub mod screen;
pub mod start_choice;
pub mod today;

use leptos::prelude::*;

use crate::ui::toolbar::LanguageSwitch;

use super::browser::focus_by_id;
use super::mode::Mode;
use super::state::{use_editor, EditorState, Section};
use crate::i18n::{GuidedPlace, GuidedStep};
use crate::model::{guided, OwnWordsField, Role};
use reading::{ReadingControls, ReadingPrefs};

/// The own-words field a question's answer goes to; None for the screens that are not
/// one text (start, goals, today, end, paused).
pub fn own_words_field(step: GuidedStep) -> Option<OwnWordsField> {
    Some(match step {
        GuidedStep::MattersMost => OwnWordsField::Dreams,
        GuidedStep::Dreams => OwnWordsField::Future,
        GuidedStep::GoesWell => OwnWordsField::Resources,
        GuidedStep::Hard => OwnWordsField::Situation,
        GuidedStep::Network => OwnWordsField::Network,
        GuidedStep::HelpWith => OwnWordsField::HelpWanted,
        GuidedStep::BeforeWeMeet => OwnWordsField::BeforeMeeting,
        _ => return None,
    })
}

/// Moving through guided mode. Provided as a context by [`GuidedView`].
#[derive(Clone, Copy)]
pub struct Flow {
    state: EditorState,
    /// "Gem og stop for nu" was chosen: the paused screen shows, the place stays.
    paused: RwSignal<bool>,
}

impl Flow {
    /// The id of the screen's heading, where focus goes after every move.
    pub fn heading_id(&self) -> String {
        self.state.dom_id("guided-heading")
    }

    fn focus_heading(&self) {
        let id = self.heading_id();
        request_animation_frame(move || focus_by_id(&id));
    }

    /// Shows a screen and moves focus to its heading.
    pub fn go(&self, place: GuidedPlace) {
        self.paused.set(false);
        self.state.nav.guided.set(place);
        self.focus_heading();
    }

    /// The life areas the Today screen asks about, from her goals.
    fn areas(&self) -> Vec<String> {
        self.state.plan.with_untracked(guided::chosen_areas)
    }

    fn place(&self) -> GuidedPlace {
        self.state.nav.guided.get_untracked()
    }

    /// The next screen: on Today the next area she chose, else the next step.
    pub fn next(&self) {
        let place = self.place();
        let areas = self.areas();
        let at = |area: Option<&String>| area.and_then(|a| areas.iter().position(|x| x == a));
        let next = match place.step {
            GuidedStep::Goals => GuidedPlace {
                step: GuidedStep::Today,
                area: areas.first().cloned(),
            },
            GuidedStep::Today => match at(place.area.as_ref()).map(|i| i + 1) {
                Some(i) if i < areas.len() => GuidedPlace {
                    step: GuidedStep::Today,
                    area: areas.get(i).cloned(),
                },
                _ => step_place(GuidedStep::HelpWith),
            },
            step => step_place(step.next()),
        };
        self.go(next);
    }

    /// The screen before: on Today the area before, and back into Today's last area.
    pub fn back(&self) {
        let place = self.place();
        let areas = self.areas();
        let at = |area: Option<&String>| area.and_then(|a| areas.iter().position(|x| x == a));
        let back = match place.step {
            GuidedStep::Today => match at(place.area.as_ref()).and_then(|i| i.checked_sub(1)) {
                Some(i) => GuidedPlace {
                    step: GuidedStep::Today,
                    area: areas.get(i).cloned(),
                },
                None => step_place(GuidedStep::Goals),
            },
            GuidedStep::HelpWith => GuidedPlace {
                step: GuidedStep::Today,
                area: areas.last().cloned(),
            },
            step => step_place(step.previous()),
        };
        self.go(back);
    }

    /// "Gem og stop for nu": every answer is already in the plan (and saved with it); the
    /// paused screen says so. The place stays, so a reload or "Gå videre" resumes here.
    pub fn pause(&self) {
        self.paused.set(true);
        self.focus_heading();
    }

    pub fn resume(&self) {
        self.paused.set(false);
        self.focus_heading();
    }

    /// "Se hele planen": the full editor, on the overview, where her answers are marked
    /// as hers. On the standalone page the address loses `?mode=`, so a reload stays there.
    pub fn open_full_plan(&self) {
        set_mode_in_address(self.state.host.embedded.get_untracked(), None);
        self.state.host.mode.set(Mode::Full);
        self.state.show_section(Section::Overview);
    }
}

fn step_place(step: GuidedStep) -> GuidedPlace {
    GuidedPlace { step, area: None }
}

pub fn use_flow() -> Flow {
    expect_context::<Flow>()
}

pub use crate::ui::browser::set_mode_in_address;

#[component]
pub fn GuidedView() -> impl IntoView {
    let state = use_editor();
    let prefs = ReadingPrefs::new();
    provide_context(prefs);
    // Guided mode speaks to the citizen, so she is the one who writes (her goals, her
    // ratings, her own description); a host that fixed the role decides itself.
    state.set_role(Role::Citizen);
    let flow = Flow {
        state,
        paused: RwSignal::new(false),
    };
    provide_context(flow);
    let shown = Memo::new(move |_| (flow.paused.get(), state.nav.guided.get()));
    view! {
        <div
            class="hp-guided"
            class:hp-high-contrast=move || prefs.high_contrast.get()
            style=("--hp-text-scale", move || prefs.scale())
            role=move || if state.host.embedded.get() { "region" } else { "main" }
            aria-label=move || state.texts().app_name
        >
            <div class="hp-guided-reading">
                <ReadingControls />
                <LanguageSwitch />
            </div>
            {move || {
                let (paused, place) = shown.get();
                if paused {
                    return view! { <end::PausedScreen /> }.into_any();
                }
                match place.step {
                    GuidedStep::Start => view! { <screen::StartScreen /> }.into_any(),
                    GuidedStep::Goals => view! { <goals::GoalsScreen /> }.into_any(),
                    GuidedStep::Today => view! { <today::TodayScreen area=place.area /> }.into_any(),
                    GuidedStep::End => view! { <end::EndScreen /> }.into_any(),
                    GuidedStep::Paused => view! { <end::PausedScreen /> }.into_any(),
                    step => view! { <screen::OwnWordsScreen step=step /> }.into_any(),
                }
            }}
        </div>
    }
}
