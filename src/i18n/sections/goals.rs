//! Strings of the goals part of the editor, Danish and English side by side.

use crate::i18n::Lang;

pub struct GoalTexts {
    pub intro: &'static str,
}

static DA: GoalTexts = GoalTexts { intro: "" };

static EN: GoalTexts = GoalTexts { intro: "" };

impl Lang {
    pub fn goals(self) -> &'static GoalTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
