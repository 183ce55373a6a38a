//! The citizen's reading choices in guided mode: text size (100–200 %) and high contrast.
//! (Stub: the guided-access slice fills it in; the flow places it on every screen.)

use leptos::prelude::*;

/// How the citizen wants to read: provided as a context by [`super::GuidedView`]; its
/// root element applies them (a CSS variable for the size, a class for contrast).
#[derive(Clone, Copy)]
pub struct ReadingPrefs {
    /// Text size in percent, 100..=200.
    pub text_size: RwSignal<u16>,
    pub high_contrast: RwSignal<bool>,
}

impl ReadingPrefs {
    pub fn new() -> Self {
        ReadingPrefs {
            text_size: RwSignal::new(100),
            high_contrast: RwSignal::new(false),
        }
    }
}

impl Default for ReadingPrefs {
    fn default() -> Self {
        Self::new()
    }
}

/// The controls for [`ReadingPrefs`], shown on every guided screen.
#[component]
pub fn ReadingControls() -> impl IntoView {}
