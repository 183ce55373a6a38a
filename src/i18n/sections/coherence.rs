//! The coherence panel (sammenhæng): advisory findings.

use crate::i18n::Lang;

pub struct CoherenceTexts {
    pub intro: &'static str,
}

static DA: CoherenceTexts = CoherenceTexts {
    intro:
        "Steder hvor planen ikke hænger sammen. Det er råd, ikke fejl: du kan altid skrive videre.",
};

static EN: CoherenceTexts = CoherenceTexts {
    intro: "Places where the plan does not hang together. These are hints, not errors: you can always go on writing.",
};

impl Lang {
    pub fn coherence(self) -> &'static CoherenceTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
