//! Strings of the approval part of the editor, Danish and English side by side.

use crate::i18n::Lang;

pub struct ApprovalTexts {
    pub intro: &'static str,
}

static DA: ApprovalTexts = ApprovalTexts { intro: "" };

static EN: ApprovalTexts = ApprovalTexts { intro: "" };

impl Lang {
    pub fn approval(self) -> &'static ApprovalTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
