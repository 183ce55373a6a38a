//! The life-area chart: citizen's and professionals' latest ratings per life area.

use crate::i18n::Lang;

pub struct LifeAreaTexts {
    pub intro: &'static str,
}

static DA: LifeAreaTexts = LifeAreaTexts {
    intro: "Hvordan går det på hvert livsområde – set af borgeren og af de professionelle.",
};

static EN: LifeAreaTexts = LifeAreaTexts {
    intro: "How each life area is going – as the citizen and the professionals see it.",
};

impl Lang {
    pub fn life_areas(self) -> &'static LifeAreaTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
