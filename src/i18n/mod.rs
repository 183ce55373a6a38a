//! Every user-visible string, in Danish (default) and English.
//!
//! Design decision (see docs/architecture.md): a typed table instead of `leptos_i18n`.
//! Each language is one value of [`Texts`]; a missing translation is a compile error,
//! the bundle carries no ICU data, and nothing here touches cookies or the host's `<html lang>`.
//!
//! Layout: `da.rs`/`en.rs` hold the editor-wide [`Texts`]; `labels.rs` names the model's
//! enums; `names.rs` names catalogue entries and people the same way in every section;
//! `errors.rs` says why an edit was refused; each plan section has its own file under
//! `sections/` with a struct of its strings, both languages side by side, and a `Lang`
//! accessor (e.g. `lang.goals()`), so that sections can be worked on independently.

mod da;
mod en;
mod errors;
mod labels;
pub mod lix;
mod names;
mod sections;
mod voice;

pub use sections::*;
pub use voice::{Voice, Voiced};

use chrono::{Datelike, NaiveDate};

/// A language the editor speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Da, Lang::En];

    /// BCP 47 code, used for `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// Parses `da`, `da-DK`, `en`, `en-GB` … ; anything else is `None`.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "da" => Some(Lang::Da),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Da => &da::TEXTS,
            Lang::En => &en::TEXTS,
        }
    }

    /// A calendar date the way a reader of this language writes it.
    pub fn format_date(self, date: NaiveDate) -> String {
        let month = self.texts().months[date.month0() as usize];
        match self {
            Lang::Da => format!("{}. {} {}", date.day(), month, date.year()),
            Lang::En => format!("{} {} {}", date.day(), month, date.year()),
        }
    }
}

/// The strings of one language. Fields are grouped by screen.
pub struct Texts {
    /// The language's own name, shown in the language switch.
    pub language_name: &'static str,
    pub months: [&'static str; 12],

    // Toolbar
    pub app_name: &'static str,
    pub toolbar_label: &'static str,
    pub language_label: &'static str,
    pub role_label: &'static str,
    pub role_citizen: &'static str,
    pub role_caseworker: &'static str,
    pub role_professional: &'static str,
    pub author_name_label: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub undo_hint: &'static str,
    pub redo_hint: &'static str,

    // Save status
    pub saved_locally: &'static str,
    pub not_saved: &'static str,
    pub storage_unavailable: &'static str,
    /// Said when a typed or pasted text held control characters, which are taken out.
    pub control_chars_removed: &'static str,
    pub corrupt_plan_kept: &'static str,
    /// The plan uses this many percent of the largest plan the editor can load again.
    pub plan_too_large: fn(usize) -> String,

    // The plan's first section
    pub plan_title_label: &'static str,
    pub plan_title_hint: &'static str,
    pub untitled_plan: &'static str,
    pub about_me_heading: &'static str,
    pub about_me_intro: Voiced<&'static str>,
    pub own_words_badge: Voiced<&'static str>,
    pub dreams_label: &'static str,
    pub dreams_hint: &'static str,
    pub resources_label: &'static str,
    pub resources_hint: &'static str,
    pub situation_label: &'static str,
    pub situation_hint: &'static str,
    pub future_label: &'static str,
    pub future_hint: &'static str,
    pub network_label: &'static str,
    pub network_hint: &'static str,
    pub help_wanted_label: &'static str,
    pub help_wanted_hint: &'static str,
    pub before_meeting_label: &'static str,
    pub before_meeting_hint: &'static str,
    pub citizen_name_label: &'static str,
    pub citizen_name_hint: &'static str,

    // Announcements (aria-live)
    pub undone: &'static str,
    pub redone: &'static str,
    pub nothing_to_undo: &'static str,
    pub nothing_to_redo: &'static str,
    pub edit_refused: fn(&str) -> String,
    /// Under a field whose text the plan refused: why, and that the text is kept.
    pub draft_not_saved: fn(&str) -> String,
}

impl Texts {
    /// The label and hint of one own-words text ("Om mig", the overview's card of her answers).
    pub fn own_words_label(
        &self,
        field: crate::model::OwnWordsField,
    ) -> (&'static str, &'static str) {
        use crate::model::OwnWordsField as F;
        match field {
            F::Dreams => (self.dreams_label, self.dreams_hint),
            F::Resources => (self.resources_label, self.resources_hint),
            F::Situation => (self.situation_label, self.situation_hint),
            F::Future => (self.future_label, self.future_hint),
            F::Network => (self.network_label, self.network_hint),
            F::HelpWanted => (self.help_wanted_label, self.help_wanted_hint),
            F::BeforeMeeting => (self.before_meeting_label, self.before_meeting_hint),
        }
    }
}
