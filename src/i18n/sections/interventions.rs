//! Strings of the interventions part of the editor, Danish and English side by side.

use crate::i18n::Lang;

pub struct InterventionTexts {
    pub intro: &'static str,
}

static DA: InterventionTexts = InterventionTexts { intro: "" };

static EN: InterventionTexts = InterventionTexts { intro: "" };

impl Lang {
    pub fn interventions(self) -> &'static InterventionTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
