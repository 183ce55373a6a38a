//! Strings of guided mode (issue 14): one question per screen, for the citizen, in plain
//! Danish. Guided mode is always read by the citizen, so nothing here is `Voiced`: every
//! Danish text says "du", never "borgeren". `tests/i18n_guided.rs` holds each screen, all
//! its words together ([`GuidedTexts::shown`]), to LIX ≤ 25 (see `i18n::lix`).

use crate::i18n::{Lang, Voiced};

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

    /// Stable key, kept in storage to resume at the same screen.
    pub fn key(self) -> &'static str {
        match self {
            GuidedStep::Start => "start",
            GuidedStep::MattersMost => "matters-most",
            GuidedStep::Dreams => "dreams",
            GuidedStep::GoesWell => "goes-well",
            GuidedStep::Hard => "hard",
            GuidedStep::Network => "network",
            GuidedStep::Goals => "goals",
            GuidedStep::Today => "today",
            GuidedStep::HelpWith => "help-with",
            GuidedStep::BeforeWeMeet => "before-we-meet",
            GuidedStep::End => "end",
            GuidedStep::Paused => "paused",
        }
    }

    /// The screen whose [`GuidedStep::key`] this is.
    pub fn from_key(key: &str) -> Option<GuidedStep> {
        GuidedStep::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The screen after this one in [`GuidedStep::FLOW`] (the end stays the end).
    pub fn next(self) -> GuidedStep {
        let at = GuidedStep::FLOW.iter().position(|s| *s == self);
        at.and_then(|i| GuidedStep::FLOW.get(i + 1))
            .copied()
            .unwrap_or(GuidedStep::End)
    }

    /// The screen before this one (the start stays the start).
    pub fn previous(self) -> GuidedStep {
        let at = GuidedStep::FLOW.iter().position(|s| *s == self);
        at.and_then(|i| i.checked_sub(1))
            .and_then(|i| GuidedStep::FLOW.get(i))
            .copied()
            .unwrap_or(GuidedStep::Start)
    }

    /// The question's number, 1-based, for the progress line; None on the other screens.
    pub fn question_number(self) -> Option<usize> {
        let at = GuidedStep::FLOW.iter().position(|s| *s == self)?;
        (1..=GuidedStep::QUESTIONS).contains(&at).then_some(at)
    }
}

/// Where the citizen is in guided mode: the screen, and on the Today screen the life area
/// (its code). Kept in storage beside the plan so a reload resumes there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuidedPlace {
    pub step: GuidedStep,
    pub area: Option<String>,
}

impl Default for GuidedPlace {
    fn default() -> Self {
        GuidedPlace {
            step: GuidedStep::Start,
            area: None,
        }
    }
}

impl GuidedPlace {
    /// As stored: the step's key, then the area's code after a space.
    pub fn to_stored(&self) -> String {
        match &self.area {
            Some(area) => format!("{} {area}", self.step.key()),
            None => self.step.key().to_string(),
        }
    }

    /// A stored place; None for text this editor did not write. The paused screen is no
    /// place to resume at.
    pub fn from_stored(text: &str) -> Option<GuidedPlace> {
        let mut parts = text.trim().splitn(2, ' ');
        let step = GuidedStep::from_key(parts.next()?)?;
        if step == GuidedStep::Paused {
            return None;
        }
        let area = parts
            .next()
            .map(str::trim)
            .filter(|a| !a.is_empty() && a.len() <= 100)
            .map(str::to_string);
        Some(GuidedPlace { step, area })
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
    /// The paused screen instead of [`GuidedTexts::paused`] when this device could not keep
    /// her answers (storage full or blocked): said plainly, with what she can do.
    pub paused_unsaved: GuidedScreen,

    /// The label of a goal's text box.
    pub goal_label: &'static str,
    /// Takes a goal she wrote out of the plan again.
    pub remove_goal: &'static str,
    /// "Mål 2": names each goal's group (its text and its card) for screen readers.
    pub goal_number: fn(usize) -> String,
    /// The legend over the five faces.
    pub choose_face: &'static str,
    /// "Område 1 af 2" on the Today screen, one screen per chosen area.
    pub area_progress: fn(usize, usize) -> String,
    /// The Today screen when she chose no card for a goal.
    pub no_area: &'static str,
    /// The end screen's headings, one per question, in her own voice ("Mine mål").
    pub answer_headings: [&'static str; GuidedStep::QUESTIONS],
    /// The end screen when she answered nothing yet.
    pub nothing_yet: &'static str,
    /// Plain names of the life-area cards, by the catalogues' codes (the catalogues' own
    /// names are for professionals).
    pub cards: &'static [(&'static str, &'static str)],
    /// The start choice on the standalone page's blank plan (full editor, not a guided screen).
    pub begin: BeginTexts,
    /// The overview's card with her guided answers (full editor, so voiced).
    pub overview_heading: Voiced<&'static str>,
    /// On that card: back into guided mode, at the question she reached.
    pub back_to_questions: &'static str,
}

/// "Hvordan vil du begynde?": the three ways in, shown above a blank plan.
pub struct BeginTexts {
    pub heading: &'static str,
    pub guided: &'static str,
    pub guided_hint: &'static str,
    pub full: &'static str,
    pub full_hint: &'static str,
    pub workshop: &'static str,
    pub workshop_hint: &'static str,
}

impl GuidedTexts {
    /// The card name for a life-area code; None for a code no card names (the UI then
    /// shows the catalogue's name).
    pub fn card_name(&self, code: &str) -> Option<&'static str> {
        self.cards
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, name)| *name)
    }

    /// The end screen's heading for a question's answers.
    pub fn answer_heading(&self, step: GuidedStep) -> Option<&'static str> {
        let n = step.question_number()?;
        self.answer_headings.get(n.checked_sub(1)?).copied()
    }

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
            (reading.size_now)(100),
            reading.smaller.to_string(),
            reading.larger.to_string(),
            reading.high_contrast.to_string(),
        ]);
        // The language switch beside them, each language named in its own words.
        parts.extend(
            Lang::ALL
                .iter()
                .map(|lang| lang.texts().language_name.to_string()),
        );
        let buttons: &[&str] = match step {
            GuidedStep::Start => &[self.start_button],
            GuidedStep::Goals => &[
                self.goal_label,
                self.choose_card,
                self.remove_goal,
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
            // The unsaved variant is counted with it: either may show.
            GuidedStep::Paused => &[
                self.paused_unsaved.question,
                self.paused_unsaved.help,
                self.resume,
            ],
            _ => &[
                self.answer_label,
                self.back,
                self.skip,
                self.save_and_stop,
                self.next,
            ],
        };
        match step {
            // The group name of the first goal, and every card's name (the catalogue in use
            // decides which show; all are counted).
            GuidedStep::Goals => {
                parts.insert(2, (self.goal_number)(1));
                parts.extend(self.cards.iter().map(|(_, name)| name.to_string()));
            }
            GuidedStep::Today => {
                parts.insert(1, (self.area_progress)(1, 2));
                parts.push(self.choose_face.to_string());
                parts.push(self.no_area.to_string());
            }
            GuidedStep::End => {
                parts.extend(self.answer_headings.iter().map(|h| h.to_string()));
                parts.push(self.nothing_yet.to_string());
            }
            _ => {}
        }
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
    paused_unsaved: GuidedScreen {
        question: "Dine svar er ikke gemt",
        help: "Denne enhed kunne ikke gemme dem. Luk ikke siden. Du kan udskrive dine svar til sidst.",
    },
    goal_label: "Dit mål",
    remove_goal: "Fjern målet",
    goal_number: |n| format!("Mål {n}"),
    choose_face: "Vælg et ansigt",
    area_progress: |n, of| format!("Område {n} af {of}"),
    no_area: "Du har ikke valgt et kort til et mål. Du kan gå tilbage og vælge et. Eller du kan gå videre.",
    answer_headings: [
        "Det vigtigste for mig",
        "Mine drømme",
        "Det går godt",
        "Det er svært",
        "Dem, der hjælper mig",
        "Mine mål",
        "Sådan går det i dag",
        "Det vil jeg gerne have hjælp til",
        "Det skal du vide, før vi mødes",
    ],
    nothing_yet: "Du har ikke skrevet noget endnu.",
    cards: &[
        ("mentale_funktioner", "Tanker og følelser"),
        ("sundhedsforhold", "Helbred"),
        ("fysiske_funktioner", "Krop"),
        ("sociale_forhold", "Være sammen med andre"),
        ("relationer", "Familie og venner"),
        ("kommunikation", "Tale og forstå"),
        ("mobilitet", "Komme rundt"),
        ("egenomsorg", "Passe på mig selv"),
        ("samfundsliv", "Fritid og fællesskab"),
        ("praktiske_opgaver", "Hverdag"),
        ("omgivelser", "Der hvor jeg bor"),
        ("arbejde_uddannelse", "Arbejde og skole"),
        ("oekonomi_bolig", "Penge og bolig"),
        ("udvikling_adfaerd", "Vokse op"),
        ("dagtilbud_skole_laering", "Skole og læring"),
        ("fritid_venskaber", "Fritid og venner"),
        ("trygt_omsorgsmiljoe", "Tryg hjemme"),
        ("stimulering_vejledning", "Lære nyt hjemme"),
        ("understoettelse_relationer", "Kontakt med andre"),
        ("familieforhold_baggrund", "Familien"),
        ("bolig_beskaeftigelse_oekonomi", "Bolig, job og penge"),
        ("socialt_netvaerk", "Folk omkring os"),
    ],
    begin: BeginTexts {
        heading: "Hvordan vil du begynde?",
        guided: "Fortæl selv, et spørgsmål ad gangen",
        guided_hint: "For dig, der vil fortælle om dit liv med dine egne ord. Du kan stoppe og komme tilbage.",
        full: "Udfyld hele planen",
        full_hint: "Alle dele af planen på én side. For dig og dem, der hjælper dig.",
        workshop: "Workshop med øvelsespersoner",
        workshop_hint: "For den, der viser planen frem. Intet blandes med rigtige planer.",
    },
    overview_heading: Voiced {
        citizen: "Det har du fortalt",
        professional: "Det har borgeren fortalt",
    },
    back_to_questions: "Gå til spørgsmålene, ét ad gangen",
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
    paused_unsaved: GuidedScreen {
        question: "Your answers are not saved",
        help: "This device could not save them. Do not close the page. You can print your answers at the end.",
    },
    goal_label: "Your goal",
    remove_goal: "Remove the goal",
    goal_number: |n| format!("Goal {n}"),
    choose_face: "Choose a face",
    area_progress: |n, of| format!("Area {n} of {of}"),
    no_area: "You have not chosen a card for a goal. You can go back and choose one. Or you can go on.",
    answer_headings: [
        "What matters most to me",
        "My dreams",
        "What goes well",
        "What is hard",
        "The people who help me",
        "My goals",
        "How things are today",
        "What I would like help with",
        "What you should know before we meet",
    ],
    nothing_yet: "You have not written anything yet.",
    cards: &[
        ("mentale_funktioner", "Thoughts and feelings"),
        ("sundhedsforhold", "Health"),
        ("fysiske_funktioner", "Body"),
        ("sociale_forhold", "Being with others"),
        ("relationer", "Family and friends"),
        ("kommunikation", "Talking and understanding"),
        ("mobilitet", "Getting around"),
        ("egenomsorg", "Looking after myself"),
        ("samfundsliv", "Free time and community"),
        ("praktiske_opgaver", "Everyday tasks"),
        ("omgivelser", "Where I live"),
        ("arbejde_uddannelse", "Work and school"),
        ("oekonomi_bolig", "Money and home"),
        ("udvikling_adfaerd", "Growing up"),
        ("dagtilbud_skole_laering", "School and learning"),
        ("fritid_venskaber", "Free time and friends"),
        ("trygt_omsorgsmiljoe", "Safe at home"),
        ("stimulering_vejledning", "Learning at home"),
        ("understoettelse_relationer", "Keeping in touch"),
        ("familieforhold_baggrund", "The family"),
        ("bolig_beskaeftigelse_oekonomi", "Home, job and money"),
        ("socialt_netvaerk", "People around us"),
    ],
    begin: BeginTexts {
        heading: "How would you like to begin?",
        guided: "Tell it yourself, one question at a time",
        guided_hint: "For you who want to tell about your life in your own words. You can stop and come back.",
        full: "Fill in the whole plan",
        full_hint: "All parts of the plan on one page. For you and those who help you.",
        workshop: "Workshop with practice people",
        workshop_hint: "For someone showing the plan. Nothing mixes with real plans.",
    },
    overview_heading: Voiced {
        citizen: "What you have told",
        professional: "What the citizen has told",
    },
    back_to_questions: "Go to the questions, one at a time",
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
