//! Strings of the follow-ups part of the editor, Danish and English side by side.

use crate::i18n::Lang;

pub struct FollowUpTexts {
    pub intro: &'static str,
}

static DA: FollowUpTexts = FollowUpTexts { intro: "" };

static EN: FollowUpTexts = FollowUpTexts { intro: "" };

impl Lang {
    pub fn follow_ups(self) -> &'static FollowUpTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
