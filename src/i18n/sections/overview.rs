//! The overview page: each part of the plan with its state.

use crate::i18n::Lang;

pub struct OverviewTexts {
    pub intro: &'static str,
}

static DA: OverviewTexts = OverviewTexts {
    intro: "Her kan du se, hvor langt planen er, og hvad der mangler.",
};

static EN: OverviewTexts = OverviewTexts {
    intro: "See how far the plan has come and what is missing.",
};

impl Lang {
    pub fn overview(self) -> &'static OverviewTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
