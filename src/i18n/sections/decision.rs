//! The one-decision summary.

use crate::i18n::Lang;

pub struct DecisionTexts {
    pub intro: &'static str,
}

static DA: DecisionTexts = DecisionTexts {
    intro: "Alle indsatser der kræver en afgørelse, samlet ét sted.",
};

static EN: DecisionTexts = DecisionTexts {
    intro: "Every intervention that needs a decision, in one place.",
};

impl Lang {
    pub fn decision(self) -> &'static DecisionTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
