//! The consents section (being built).

use leptos::prelude::*;

use super::section::SectionFrame;
use super::state::{use_editor, Section};

#[component]
pub fn ConsentsSection() -> impl IntoView {
    let _state = use_editor();
    view! { <SectionFrame section=Section::Consents><div class="hp-section-body"></div></SectionFrame> }
}
