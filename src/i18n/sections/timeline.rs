//! The timeline: interventions by sector on a time axis.

use crate::i18n::Lang;

pub struct TimelineTexts {
    pub intro: &'static str,
}

static DA: TimelineTexts = TimelineTexts {
    intro: "Indsatserne på en tidslinje, delt efter sektor.",
};

static EN: TimelineTexts = TimelineTexts {
    intro: "The interventions on a timeline, by sector.",
};

impl Lang {
    pub fn timeline(self) -> &'static TimelineTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
