//! Strings of guided mode (issue 14): one question per screen, for the citizen, in plain
//! Danish. Guided mode is always read by the citizen, so nothing here is `Voiced`: every
//! Danish text says "du", never "borgeren". `tests/i18n_guided.rs` holds each screen, all
//! its words together ([`GuidedTexts::shown`]), to LIX ≤ 25 (see `i18n::lix`).

use crate::i18n::Lang;

/// A screen of guided mode, in the order the citizen meets them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuidedStep {
    Start,
    MattersMost,
    Dreams,
    GoesWell,
    Hard,
    Network,
    /// Goals in her own words, each placed on a life area by picking a card.
    Goals,
    /// How things are today in each chosen area, in words and faces.
    Today,
    HelpWith,
    BeforeWeMeet,
    /// "Det vil jeg gerne tale om": her answers, to print and bring to the meeting.
    End,
    /// Not in the flow: shown after "Gem og stop for nu".
    Paused,
}

impl GuidedStep {
    /// The screens from start to end.
    pub const FLOW: [GuidedStep; 11] = [
        GuidedStep::Start,
        GuidedStep::MattersMost,
        GuidedStep::Dreams,
        GuidedStep::GoesWell,
        GuidedStep::Hard,
        GuidedStep::Network,
        GuidedStep::Goals,
        GuidedStep::Today,
        GuidedStep::HelpWith,
        GuidedStep::BeforeWeMeet,
        GuidedStep::End,
    ];
    /// Every screen, the paused one too.
    pub const ALL: [GuidedStep; 12] = [
        GuidedStep::Start,
        GuidedStep::MattersMost,
        GuidedStep::Dreams,
        GuidedStep::GoesWell,
        GuidedStep::Hard,
        GuidedStep::Network,
        GuidedStep::Goals,
        GuidedStep::Today,
        GuidedStep::HelpWith,
        GuidedStep::BeforeWeMeet,
        GuidedStep::End,
        GuidedStep::Paused,
    ];
    /// How many screens ask a question (all but start, end and paused).
    pub const QUESTIONS: usize = 9;

    /// The question's number, 1-based, for the progress line; None on the other screens.
    pub fn question_number(self) -> Option<usize> {
        let at = GuidedStep::FLOW.iter().position(|s| *s == self)?;
        (1..=GuidedStep::QUESTIONS).contains(&at).then_some(at)
    }
}

/// What one screen asks, and a short help under it.
pub struct GuidedScreen {
    pub question: &'static str,
    pub help: &'static str,
}

pub struct GuidedTexts {
    // The buttons every question screen shares.
    pub back: &'static str,
    pub skip: &'static str,
    pub save_and_stop: &'static str,
    pub next: &'static str,
    /// Reads the question and the help aloud with the browser's own voice.
    pub read_aloud: &'static str,
    /// The reading choices on every screen (text size, strong colours) and "Stop".
    pub reading: &'static ReadingTexts,
    /// "Spørgsmål 3 af 9": (number, of how many).
    pub progress: fn(usize, usize) -> String,
    /// The label of the text box under a question.
    pub answer_label: &'static str,

    pub start: GuidedScreen,
    pub start_button: &'static str,
    pub matters_most: GuidedScreen,
    pub dreams: GuidedScreen,
    pub goes_well: GuidedScreen,
    pub hard: GuidedScreen,
    pub network: GuidedScreen,
    pub goals: GuidedScreen,
    /// Over the illustrated life-area cards (the cards' own words are the catalogue's).
    pub choose_card: &'static str,
    pub add_goal: &'static str,
    pub today: GuidedScreen,
    /// The five faces, from hardest to best, each with its words (never a number alone).
    pub faces: [&'static str; 5],
    pub help_with: GuidedScreen,
    pub before_we_meet: GuidedScreen,
    pub end: GuidedScreen,
    pub print: &'static str,
    pub open_full_plan: &'static str,
    pub paused: GuidedScreen,
    pub resume: &'static str,
}

impl GuidedTexts {
    pub fn screen(&self, step: GuidedStep) -> &GuidedScreen {
        match step {
            GuidedStep::Start => &self.start,
            GuidedStep::MattersMost => &self.matters_most,
            GuidedStep::Dreams => &self.dreams,
            GuidedStep::GoesWell => &self.goes_well,
            GuidedStep::Hard => &self.hard,
            GuidedStep::Network => &self.network,
            GuidedStep::Goals => &self.goals,
            GuidedStep::Today => &self.today,
            GuidedStep::HelpWith => &self.help_with,
            GuidedStep::BeforeWeMeet => &self.before_we_meet,
            GuidedStep::End => &self.end,
            GuidedStep::Paused => &self.paused,
        }
    }

    /// Every text the screen shows together, each part a heading, label, button or line
    /// (so each ends a sentence for LIX). The UI shows these; the LIX test reads them.
    pub fn shown(&self, step: GuidedStep) -> Vec<String> {
        let screen = self.screen(step);
        let mut parts = Vec::new();
        if let Some(n) = step.question_number() {
            parts.push((self.progress)(n, GuidedStep::QUESTIONS));
        }
        parts.push(screen.question.to_string());
        parts.push(screen.help.to_string());
        parts.push(self.read_aloud.to_string());
        // The reading choices stand on every screen (shown at the size the citizen starts
        // with; another size changes only the number).
        let reading = self.reading;
        parts.extend([
            reading.text_size.to_string(),
            reading.smaller.to_string(),
            (reading.size_now)(100),
            reading.larger.to_string(),
            reading.high_contrast.to_string(),
        ]);
        let buttons: &[&str] = match step {
            GuidedStep::Start => &[self.start_button],
            GuidedStep::Goals => &[
                self.answer_label,
                self.choose_card,
                self.add_goal,
                self.back,
                self.skip,
                self.save_and_stop,
                self.next,
            ],
            GuidedStep::Today => &[
                self.faces[0],
                self.faces[1],
                self.faces[2],
                self.faces[3],
                self.faces[4],
                self.answer_label,
                self.back,
                self.skip,
                self.save_and_stop,
                self.next,
            ],
            GuidedStep::End => &[self.print, self.open_full_plan, self.back],
            GuidedStep::Paused => &[self.resume],
            _ => &[
                self.answer_label,
                self.back,
                self.skip,
                self.save_and_stop,
                self.next,
            ],
        };
        parts.extend(buttons.iter().map(|b| b.to_string()));
        parts
    }
}

static DA: GuidedTexts = GuidedTexts {
    back: "Tilbage",
    skip: "Spring over",
    save_and_stop: "Gem og stop for nu",
    next: "Næste",
    read_aloud: "Læs op",
    reading: &DA_READING,
    progress: |n, of| format!("Spørgsmål {n} af {of}"),
    answer_label: "Dit svar",
    start: GuidedScreen {
        question: "Her kan du fortælle om dit liv",
        help: "Du får et spørgsmål ad gangen. Svar med dine egne ord. Du må gerne springe et spørgsmål over. Du kan stoppe når som helst og komme tilbage senere.",
    },
    start_button: "Start",
    matters_most: GuidedScreen {
        question: "Hvad er vigtigst for dig i dit liv?",
        help: "Det kan være mennesker, ting eller noget, du gør. Skriv det, du selv tænker på.",
    },
    dreams: GuidedScreen {
        question: "Hvad drømmer du om?",
        help: "Tænk på, hvordan du gerne vil have det om et år. Store og små drømme er lige gode.",
    },
    goes_well: GuidedScreen {
        question: "Hvad går godt? Hvad er du god til?",
        help: "Det må gerne være små ting. Måske er du god til at lave mad, lytte eller hjælpe andre.",
    },
    hard: GuidedScreen {
        question: "Hvad er svært for dig lige nu?",
        help: "Skriv det, der fylder mest. Du bestemmer selv, hvor meget du vil fortælle.",
    },
    network: GuidedScreen {
        question: "Hvem hjælper dig?",
        help: "Det kan være familie, venner, naboer eller andre. Skriv også, hvad de hjælper med.",
    },
    goals: GuidedScreen {
        question: "Hvad vil du gerne nå?",
        help: "Skriv et mål med dine egne ord. Vælg så det kort, der passer bedst til dit mål.",
    },
    choose_card: "Vælg et kort",
    add_goal: "Skriv et mål mere",
    today: GuidedScreen {
        question: "Hvordan går det i dag?",
        help: "Tænk på det område, du har valgt. Vælg det ansigt, der passer bedst. Du kan også skrive med dine egne ord.",
    },
    faces: ["Meget svært", "Svært", "Både og", "Godt", "Meget godt"],
    help_with: GuidedScreen {
        question: "Hvad vil du gerne have hjælp til?",
        help: "Det kan være noget i hverdagen eller noget større. Skriv det med dine egne ord.",
    },
    before_we_meet: GuidedScreen {
        question: "Hvad skal din sagsbehandler vide, før I mødes?",
        help: "Måske vil du have en med til mødet. Eller måske har du brug for pauser. Skriv det her.",
    },
    end: GuidedScreen {
        question: "Det vil jeg gerne tale om",
        help: "Her er dine svar. Du kan udskrive dem og tage dem med til mødet. Du kan også gå tilbage og rette dem.",
    },
    print: "Udskriv",
    open_full_plan: "Se hele planen",
    paused: GuidedScreen {
        question: "Dine svar er gemt",
        help: "Du kan gå videre, når du vil. Du starter ved det spørgsmål, du nåede til.",
    },
    resume: "Gå videre",
};

static EN: GuidedTexts = GuidedTexts {
    back: "Back",
    skip: "Skip",
    save_and_stop: "Save and stop for now",
    next: "Next",
    read_aloud: "Read aloud",
    reading: &EN_READING,
    progress: |n, of| format!("Question {n} of {of}"),
    answer_label: "Your answer",
    start: GuidedScreen {
        question: "Here you can tell about your life",
        help: "You get one question at a time. Answer in your own words. You may skip a question. You can stop at any time and come back later.",
    },
    start_button: "Start",
    matters_most: GuidedScreen {
        question: "What matters most to you in your life?",
        help: "It can be people, things or something you do. Write what you yourself think of.",
    },
    dreams: GuidedScreen {
        question: "What do you dream of?",
        help: "Think of how you would like things to be in a year. Big and small dreams are just as good.",
    },
    goes_well: GuidedScreen {
        question: "What goes well? What are you good at?",
        help: "Small things count too. Maybe you are good at cooking, listening or helping others.",
    },
    hard: GuidedScreen {
        question: "What is hard for you right now?",
        help: "Write what weighs on you most. You decide how much you want to tell.",
    },
    network: GuidedScreen {
        question: "Who helps you?",
        help: "It can be family, friends, neighbours or others. Also write what they help with.",
    },
    goals: GuidedScreen {
        question: "What would you like to reach?",
        help: "Write a goal in your own words. Then choose the card that fits your goal best.",
    },
    choose_card: "Choose a card",
    add_goal: "Write one more goal",
    today: GuidedScreen {
        question: "How are things today?",
        help: "Think of the area you have chosen. Choose the face that fits best. You can also write in your own words.",
    },
    faces: ["Very hard", "Hard", "So-so", "Good", "Very good"],
    help_with: GuidedScreen {
        question: "What would you like help with?",
        help: "It can be something in everyday life or something bigger. Write it in your own words.",
    },
    before_we_meet: GuidedScreen {
        question: "What should your caseworker know before you meet?",
        help: "Maybe you want to bring someone to the meeting. Or maybe you need breaks. Write it here.",
    },
    end: GuidedScreen {
        question: "What I would like to talk about",
        help: "Here are your answers. You can print them and bring them to the meeting. You can also go back and change them.",
    },
    print: "Print",
    open_full_plan: "See the whole plan",
    paused: GuidedScreen {
        question: "Your answers are saved",
        help: "You can go on when you like. You start at the question you reached.",
    },
    resume: "Go on",
};

/// The reading aids of guided mode (`ui/guided/reading.rs`, `ui/guided/read_aloud.rs`).
pub struct ReadingTexts {
    /// Names the group of size buttons.
    pub text_size: &'static str,
    pub smaller: &'static str,
    pub larger: &'static str,
    /// The size now, in percent ("150 %").
    pub size_now: fn(u16) -> String,
    /// The high-contrast choice (black on white), a button that stays pressed.
    pub high_contrast: &'static str,
    /// "Læs op" while it reads: stops reading.
    pub stop_reading: &'static str,
}

static DA_READING: ReadingTexts = ReadingTexts {
    text_size: "Tekststørrelse",
    smaller: "Mindre tekst",
    larger: "Større tekst",
    size_now: |percent| format!("{percent} %"),
    high_contrast: "Stærke farver",
    stop_reading: "Stop",
};

static EN_READING: ReadingTexts = ReadingTexts {
    text_size: "Text size",
    smaller: "Smaller text",
    larger: "Larger text",
    size_now: |percent| format!("{percent}%"),
    high_contrast: "Strong colours",
    stop_reading: "Stop",
};

impl Lang {
    pub fn guided(self) -> &'static GuidedTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
