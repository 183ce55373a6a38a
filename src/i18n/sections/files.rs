//! Strings of the files part of the editor, Danish and English side by side.

use crate::i18n::Lang;

pub struct FileTexts {
    pub intro: &'static str,
}

static DA: FileTexts = FileTexts { intro: "" };

static EN: FileTexts = FileTexts { intro: "" };

impl Lang {
    pub fn files(self) -> &'static FileTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
