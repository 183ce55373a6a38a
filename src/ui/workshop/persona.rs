//! The persona on screen: where it came from (a sample or the facilitator's own file), and
//! the three things done with it: choose it, reset it, end the workshop.
//!
//! A persona is loaded as a whole plan ([`EditorState::replace_plan`]): not an edit, so the
//! undo history starts empty, and in workshop mode the plan is marked as an exercise. Its
//! source is kept beside the workshop's autosave (`<ns>:persona`), so a reload can still
//! reset it; "Afslut workshop" removes every key of the workshop namespace.

use std::sync::Arc;

use leptos::prelude::*;

use super::Workshop;
use crate::format::{self, FormatError};
use crate::i18n::Lang;
use crate::model::Plan;
use crate::ui::browser::focus_by_id;
use crate::ui::state::{EditorState, Section};

/// The name of the note that keeps the persona's source on this device.
const NOTE: &str = "persona";

/// Where the persona on screen came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Persona {
    /// A sample's name in `format::samples`.
    Sample(&'static str),
    /// The facilitator's own plan file: its name and its text, read again on reset.
    File { name: String, text: Arc<str> },
}

impl Persona {
    /// The plan as it was when the persona was chosen.
    pub fn plan(&self) -> Result<Plan, Vec<FormatError>> {
        let mut plan = match self {
            Persona::Sample(name) => {
                // Samples are built in; `tests/workshop_personas.rs` checks that each imports.
                format::import_json(format::samples::get(name).unwrap_or_default())?
            }
            Persona::File { text, .. } => format::import_json(text)?,
        };
        plan.exercise = true;
        Ok(plan)
    }

    /// What the facilitator calls it: the sample's title, or "Egen persona: <file>".
    pub fn title(&self, lang: Lang) -> String {
        match self {
            Persona::Sample(name) => (lang.files().sample_title)(name)
                .or_else(|| {
                    format::samples::list()
                        .iter()
                        .find(|(n, _)| n == name)
                        .map(|(_, title)| *title)
                })
                .unwrap_or(name)
                .to_string(),
            Persona::File { name, .. } => format!("{}: {name}", lang.workshop().own_persona),
        }
    }

    /// The scenario's key: a sample's name (an own file has no scenario).
    pub fn sample(&self) -> Option<&'static str> {
        match self {
            Persona::Sample(name) => Some(name),
            Persona::File { .. } => None,
        }
    }

    fn to_note(&self) -> String {
        match self {
            Persona::Sample(name) => format!("sample:{name}"),
            Persona::File { name, text } => format!("file:{}\n{text}", name.replace('\n', " ")),
        }
    }

    fn from_note(note: &str) -> Option<Persona> {
        if let Some(name) = note.strip_prefix("sample:") {
            let (name, _) = format::samples::list().iter().find(|(n, _)| *n == name)?;
            return Some(Persona::Sample(name));
        }
        let (name, text) = note.strip_prefix("file:")?.split_once('\n')?;
        Some(Persona::File {
            name: name.to_string(),
            text: Arc::from(text),
        })
    }
}

/// After a reload: the persona of the plan autosave restored, when there is one.
pub fn restore(state: EditorState, workshop: Workshop) {
    let blank = state.plan.with_untracked(Plan::is_blank);
    let persona = state
        .device()
        .and_then(|device| device.recall(NOTE))
        .and_then(|note| Persona::from_note(&note));
    if let (false, Some(persona)) = (blank, persona) {
        workshop.persona.set(Some(persona));
    }
}

/// Loads a persona: the plan as its source has it, marked as an exercise, with an empty
/// undo history. A file that does not read is refused with the importer's messages, and
/// the plan on screen stays as it is.
pub fn choose(
    state: EditorState,
    workshop: Workshop,
    persona: Persona,
) -> Result<(), Vec<FormatError>> {
    let plan = persona.plan()?;
    load(state, plan);
    if let Some(device) = state.device() {
        device.remember(NOTE, Some(&persona.to_note()));
    }
    let lang = state.host.lang.get_untracked();
    state.announce((lang.workshop().chosen)(&persona.title(lang)));
    workshop.persona.set(Some(persona));
    workshop.step.set(0);
    // The picker is gone: focus goes to the scenario (or the plan, in presenter view).
    let target = if workshop.presenter.get_untracked() {
        state.dom_id(&format!(
            "{}-heading",
            state.nav.section.get_untracked().key()
        ))
    } else {
        state.dom_id("workshop-scenario-heading")
    };
    request_animation_frame(move || focus_by_id(&target));
    Ok(())
}

/// Puts the persona back exactly as it was chosen. A keystroke's edit is applied at once
/// (and folded into its typing run only in the undo history, which starts afresh here), so
/// nothing typed before the click can land after it.
pub fn reset(state: EditorState, workshop: Workshop) {
    let Some(persona) = workshop.persona.get_untracked() else {
        return;
    };
    match persona.plan() {
        Ok(plan) => {
            let section = state.nav.section.get_untracked();
            load(state, plan);
            // Stay where the facilitator is in the scenario and in the plan.
            state.nav.section.set(section);
            state.announce(state.host.lang.get_untracked().workshop().reset_done);
        }
        // A file that read when chosen reads again; a sample always reads.
        Err(errors) => state.report_import_errors(persona_name(&persona), errors),
    }
}

/// "Afslut workshop": deletes every key of the workshop's namespace from this browser
/// (whatever wrote it), forgets the persona and tells the host; the standalone page then
/// goes back to the full editor's address (without `?mode=`).
pub fn end(state: EditorState, workshop: Workshop) {
    if let Some(device) = state.device() {
        device.remove_by_prefix();
    } else {
        state.replace_plan(Plan::new(""));
    }
    workshop.persona.set(None);
    workshop.presenter.set(false);
    workshop.step.set(0);
    state.status.import_errors.set(None);
    state.status.pending_replace.set(None);
    state.announce(state.host.lang.get_untracked().workshop().ended);
    state
        .status
        .workshop_ended
        .update(|n| *n = n.wrapping_add(1));
    if !state.host.embedded.get_untracked() {
        crate::ui::browser::leave_mode();
    }
}

fn load(state: EditorState, plan: Plan) {
    state.status.import_errors.set(None);
    state.status.pending_replace.set(None);
    state.nav.print_all.set(false);
    let start = Section::start_for(&plan);
    state.replace_plan(plan);
    state.nav.section.set(start);
}

fn persona_name(persona: &Persona) -> String {
    match persona {
        Persona::Sample(name) => name.to_string(),
        Persona::File { name, .. } => name.clone(),
    }
}
