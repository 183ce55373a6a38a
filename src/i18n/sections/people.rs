//! Strings of the people part of the editor, Danish and English side by side.

use crate::i18n::Lang;

pub struct PeopleTexts {
    pub intro: &'static str,
}

static DA: PeopleTexts = PeopleTexts { intro: "" };

static EN: PeopleTexts = PeopleTexts { intro: "" };

impl Lang {
    pub fn people(self) -> &'static PeopleTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
