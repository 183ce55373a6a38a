//! Strings of the consents part of the editor, Danish and English side by side.

use crate::i18n::Lang;

pub struct ConsentTexts {
    pub intro: &'static str,
}

static DA: ConsentTexts = ConsentTexts { intro: "" };

static EN: ConsentTexts = ConsentTexts { intro: "" };

impl Lang {
    pub fn consents(self) -> &'static ConsentTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
