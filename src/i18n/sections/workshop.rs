//! Strings of workshop mode (issue 14): the facilitator's bar, the persona picker, the
//! presenter view, and a scripted scenario per persona with notes for the facilitator.
//!
//! A scenario is data: its steps (what to do, in which section, what to point out) and the
//! coherence rules it talks about (`model::coherence::Rule`), so `tests/workshop_personas.rs`
//! can check that each persona really shows one of those findings.

use crate::i18n::Lang;
use crate::model::coherence::Rule;

pub struct WorkshopTexts {
    /// The permanent banner: on screen, in the presenter view and on paper.
    pub banner: &'static str,
    /// Name of the facilitator's bar (a toolbar).
    pub bar_label: &'static str,
    pub picker_heading: &'static str,
    pub picker_intro: &'static str,
    /// The picker's list of personas, for screen readers.
    pub personas_label: &'static str,
    pub own_file: &'static str,
    pub own_file_hint: &'static str,
    /// A persona was chosen (its title).
    pub chosen: fn(&str) -> String,
    pub own_persona: &'static str,
    pub reset: &'static str,
    pub reset_done: &'static str,
    pub change_persona: &'static str,
    pub presenter_on: &'static str,
    /// The quiet way back from the presenter view.
    pub presenter_off: &'static str,
    pub presenter_on_said: &'static str,
    pub presenter_off_said: &'static str,
    pub end: &'static str,
    pub ended: &'static str,
    /// The part of an exported file's name that marks it as an exercise ("oevelse-…").
    pub file_mark: &'static str,
    pub scenario_heading: &'static str,
    pub show_scenario: &'static str,
    pub hide_scenario: &'static str,
    pub step_of: fn(usize, usize) -> String,
    pub step_do: &'static str,
    pub step_where: &'static str,
    pub step_point: &'static str,
    /// The button that opens the step's section (its name).
    pub open_section: fn(&str) -> String,
    pub next_step: &'static str,
    pub previous_step: &'static str,
    pub no_scenario: &'static str,
    /// Before the list of findings the scenario talks about.
    pub findings_label: &'static str,
    pub scenarios: &'static [Scenario],
}

/// The script for one persona.
pub struct Scenario {
    /// The sample's name in `format::samples`.
    pub persona: &'static str,
    /// One line under the persona's title in the picker: what its scenario shows.
    pub summary: &'static str,
    pub steps: &'static [ScenarioStep],
    /// The coherence findings this scenario talks about; the persona shows at least one.
    pub findings: &'static [Rule],
}

/// One step of a scenario, for the facilitator.
pub struct ScenarioStep {
    /// What to do.
    pub task: &'static str,
    /// Where: a section's key (`ui::state::Section::key`).
    pub section: &'static str,
    /// What to point out to the room.
    pub point_out: &'static str,
}

impl WorkshopTexts {
    /// The scenario of the sample called `persona`.
    pub fn scenario(&self, persona: &str) -> Option<&'static Scenario> {
        self.scenarios.iter().find(|s| s.persona == persona)
    }
}

static DA: WorkshopTexts = WorkshopTexts {
    banner: "Øvelse \u{2014} ikke en rigtig borger",
    bar_label: "Workshop",
    picker_heading: "Vælg en persona",
    picker_intro: "Alle personer er opdigtede. Det, I skriver, bliver kun i denne browser, og det hele slettes, når I afslutter workshoppen.",
    personas_label: "Personaer",
    own_file: "Brug din egen persona (fil)",
    own_file_hint: "En planfil (JSON). Den bliver tjekket, før den bruges.",
    chosen: |title| format!("Personaen \u{201c}{title}\u{201d} er valgt."),
    own_persona: "Egen persona",
    reset: "Nulstil persona",
    reset_done: "Personaen er nulstillet: planen er, som da I valgte den.",
    change_persona: "Skift persona",
    presenter_on: "Præsentationsvisning",
    presenter_off: "Tilbage til facilitatorvisning",
    presenter_on_said: "Præsentationsvisning: stor tekst, og drejebogen er skjult.",
    presenter_off_said: "Facilitatorvisning: drejebogen er vist igen.",
    end: "Afslut workshop",
    ended: "Workshoppen er afsluttet. Alt fra øvelsen er slettet fra denne browser.",
    file_mark: "oevelse",
    scenario_heading: "Drejebog",
    show_scenario: "Vis drejebogen",
    hide_scenario: "Skjul drejebogen",
    step_of: |n, of| format!("Trin {n} af {of}"),
    step_do: "Gør:",
    step_where: "Hvor:",
    step_point: "Peg på:",
    open_section: |name| format!("Åbn {name}"),
    next_step: "Næste trin",
    previous_step: "Forrige trin",
    no_scenario: "Der er ingen drejebog til en egen persona. Vælg en af de seks personaer for at få en.",
    findings_label: "Drejebogen handler om:",
    scenarios: &[
        Scenario {
            persona: "mor-med-angst",
            summary: "Viser: en mentor for meget, og bostøtte og mentor, der skal spille sammen.",
            steps: &[
                ScenarioStep {
                    task: "Læs Saras egne ord højt, og spørg salen, hvad der er vigtigst for hende.",
                    section: "about-me",
                    point_out: "Planen begynder med borgerens ord, ikke med indsatserne.",
                },
                ScenarioStep {
                    task: "Lad jobcentret tilføje en mentor mere: \u{201c}Mentor i praktikken\u{201d}, sektor beskæftigelse, til målet om arbejde.",
                    section: "interventions",
                    point_out: "Alle skriver i den samme plan. Ingen venter på en anden forvaltning.",
                },
                ScenarioStep {
                    task: "Åbn Sammenhæng, og find den dobbelte indsats.",
                    section: "coherence",
                    point_out: "To mentorer til det samme: planen viser det, før Sara skal møde to nye mennesker. Bostøtte og mentor skal også aftale, hvem der gør hvad.",
                },
                ScenarioStep {
                    task: "Find kurset i dansk og regning, som ingen har samtykke til.",
                    section: "consents",
                    point_out: "Samtykket bestemmer, hvem der må se hvad. Spørg Sara først.",
                },
            ],
            findings: &[
                Rule::DoubleIntervention,
                Rule::CoordinateInterventions,
                Rule::PartyWithoutConsent,
            ],
        },
        Scenario {
            persona: "ung-efter-psykiatri",
            summary: "Viser: en mentor uden afgørelse, klageveje og et samtykke, der mangler.",
            steps: &[
                ScenarioStep {
                    task: "Vis overblikket, og tæl sammen med salen, hvor mange steder Kasper har kontakt med.",
                    section: "overview",
                    point_out: "Kasper møder mange fagfolk. Planen samler dem ét sted.",
                },
                ScenarioStep {
                    task: "Åbn Sammenhæng, og find mentoren, der mangler en afgørelse.",
                    section: "coherence",
                    point_out: "Uden en afgørelse ved Kasper ikke, hvad der er besluttet, og han kan ikke klage.",
                },
                ScenarioStep {
                    task: "Åbn den samlede afgørelse, og vis, hvor Kasper kan klage.",
                    section: "decision",
                    point_out: "Én oversigt over afgørelser og klageveje i stedet for fem breve.",
                },
                ScenarioStep {
                    task: "Find gældsrådgivningen, som ingen har samtykke til.",
                    section: "consents",
                    point_out: "Spørg Kasper, før oplysninger deles med et nyt sted.",
                },
            ],
            findings: &[Rule::DecisionMissing, Rule::PartyWithoutConsent],
        },
        Scenario {
            persona: "familie-med-barn",
            summary: "Viser: barnets egne ord, indsatser uden afgørelse og en opfølgning, der er overskredet.",
            steps: &[
                ScenarioStep {
                    task: "Vis familien og Olivers egne ord.",
                    section: "people",
                    point_out: "Oliver er fyldt 10 og er selv part i sagen. Hans ord står i planen.",
                },
                ScenarioStep {
                    task: "Lad skolen tilføje en indsats: \u{201c}En voksen i frikvarteret\u{201d}, til målet om en god ven.",
                    section: "interventions",
                    point_out: "Skolen og familieafdelingen ser hinandens indsatser.",
                },
                ScenarioStep {
                    task: "Åbn Sammenhæng, og find indsatserne uden afgørelse.",
                    section: "coherence",
                    point_out: "Støtte efter barnets lov kræver en afgørelse. Planen minder om det.",
                },
                ScenarioStep {
                    task: "Find opfølgningen, hvis dato er gået.",
                    section: "follow-ups",
                    point_out: "Planen husker datoerne, så familien ikke skal.",
                },
            ],
            findings: &[Rule::DecisionMissing, Rule::FollowUpOverdue],
        },
        Scenario {
            persona: "fleksjob-efter-ulykke",
            summary: "Viser: et mål fra hverdagen, som ingen indsats arbejder for, og tidslinjen.",
            steps: &[
                ScenarioStep {
                    task: "Læs Alis mål højt, og find målet om at cykle med Yasmin.",
                    section: "goals",
                    point_out: "Et mål fra hverdagen er lige så vigtigt som målet om arbejde.",
                },
                ScenarioStep {
                    task: "Åbn Sammenhæng, og find målet, som ingen indsats arbejder for.",
                    section: "coherence",
                    point_out: "Her er hullet, der ellers falder mellem forvaltningerne.",
                },
                ScenarioStep {
                    task: "Lad træningscentret tilføje \u{201c}Cykeltræning med protese\u{201d} til målet om at cykle.",
                    section: "interventions",
                    point_out: "Fundet forsvinder, så snart målet har en indsats.",
                },
                ScenarioStep {
                    task: "Vis tidslinjen.",
                    section: "timeline",
                    point_out: "Hvornår sker hvad, på tværs af sundhed, job og økonomi.",
                },
            ],
            findings: &[Rule::GoalWithoutIntervention, Rule::DecisionMissing],
        },
        Scenario {
            persona: "misbrug-og-gaeld",
            summary: "Viser: bostøtte og mentor, der skal spille sammen, samtykke og \u{201c}Del med …\u{201d}.",
            steps: &[
                ScenarioStep {
                    task: "Læs Tinas egne ord højt.",
                    section: "about-me",
                    point_out: "Tina siger selv, hvad der holder hende vågen om natten.",
                },
                ScenarioStep {
                    task: "Åbn Sammenhæng, og find bostøtten og mentoren, der skal spille sammen.",
                    section: "coherence",
                    point_out: "To love, men den samme hverdag for Tina. De to skal aftale, hvem der gør hvad.",
                },
                ScenarioStep {
                    task: "Find gældsrådgivningen, som ingen har samtykke til, og spørg, hvad Tina vil dele.",
                    section: "consents",
                    point_out: "Samtykket er Tinas. Hun kan også trække det tilbage.",
                },
                ScenarioStep {
                    task: "Åbn \u{201c}Del med …\u{201d}, og vælg jobcentret.",
                    section: "share",
                    point_out: "Jobcentret ser kun det, Tinas samtykker giver lov til.",
                },
            ],
            findings: &[Rule::CoordinateInterventions, Rule::PartyWithoutConsent],
        },
        Scenario {
            persona: "aeldre-efter-fald",
            summary: "Viser: et mål uden indsats, hjælpemidler uden afgørelse og et samtykke, der mangler.",
            steps: &[
                ScenarioStep {
                    task: "Læs Ingers mål, og find målet om kortklubben.",
                    section: "goals",
                    point_out: "Det sociale liv hører også med i planen.",
                },
                ScenarioStep {
                    task: "Åbn Sammenhæng: målet om kortklubben har ingen indsats.",
                    section: "coherence",
                    point_out: "Spørg salen: hvem kunne hjælpe Inger derhen?",
                },
                ScenarioStep {
                    task: "Find hjælpemidlerne, der mangler en afgørelse.",
                    section: "decision",
                    point_out: "Inger skal vide, hvad hun har fået, og hvor hun kan klage.",
                },
                ScenarioStep {
                    task: "Find træningsholdet, som ingen har samtykke til.",
                    section: "consents",
                    point_out: "Børnene må hjælpe, men Inger bestemmer, hvad de ser.",
                },
            ],
            findings: &[
                Rule::GoalWithoutIntervention,
                Rule::DecisionMissing,
                Rule::PartyWithoutConsent,
            ],
        },
    ],
};

static EN: WorkshopTexts = WorkshopTexts {
    banner: "Exercise \u{2014} not a real citizen",
    bar_label: "Workshop",
    picker_heading: "Choose a persona",
    picker_intro: "Every person here is invented. What you write stays in this browser only, and all of it is deleted when you end the workshop.",
    personas_label: "Personas",
    own_file: "Use your own persona (file)",
    own_file_hint: "A plan file (JSON). It is checked before it is used.",
    chosen: |title| format!("The persona \u{201c}{title}\u{201d} is chosen."),
    own_persona: "Own persona",
    reset: "Reset persona",
    reset_done: "The persona is reset: the plan is as it was when you chose it.",
    change_persona: "Change persona",
    presenter_on: "Presenter view",
    presenter_off: "Back to the facilitator's view",
    presenter_on_said: "Presenter view: large text, and the script is hidden.",
    presenter_off_said: "Facilitator's view: the script is shown again.",
    end: "End workshop",
    ended: "The workshop has ended. Everything from the exercise is deleted from this browser.",
    file_mark: "exercise",
    scenario_heading: "Script",
    show_scenario: "Show the script",
    hide_scenario: "Hide the script",
    step_of: |n, of| format!("Step {n} of {of}"),
    step_do: "Do:",
    step_where: "Where:",
    step_point: "Point out:",
    open_section: |name| format!("Open {name}"),
    next_step: "Next step",
    previous_step: "Previous step",
    no_scenario: "There is no script for your own persona. Choose one of the six personas to get one.",
    findings_label: "The script is about:",
    scenarios: &[
        Scenario {
            persona: "mor-med-angst",
            summary: "Shows: one mentor too many, and home support and mentor that must work together.",
            steps: &[
                ScenarioStep {
                    task: "Read Sara's own words aloud, and ask the room what matters most to her.",
                    section: "about-me",
                    point_out: "The plan starts with the citizen's words, not with the interventions.",
                },
                ScenarioStep {
                    task: "Let the job centre add one more mentor: \u{201c}Mentor in the work placement\u{201d}, sector employment, for the goal about work.",
                    section: "interventions",
                    point_out: "Everyone writes in the same plan. Nobody waits for another department.",
                },
                ScenarioStep {
                    task: "Open Coherence, and find the double intervention.",
                    section: "coherence",
                    point_out: "Two mentors for the same thing: the plan shows it before Sara has to meet two new people. Home support and mentor must also agree who does what.",
                },
                ScenarioStep {
                    task: "Find the Danish and maths course that nobody has consent for.",
                    section: "consents",
                    point_out: "Consent decides who may see what. Ask Sara first.",
                },
            ],
            findings: &[
                Rule::DoubleIntervention,
                Rule::CoordinateInterventions,
                Rule::PartyWithoutConsent,
            ],
        },
        Scenario {
            persona: "ung-efter-psykiatri",
            summary: "Shows: a mentor without a decision, complaint routes and a missing consent.",
            steps: &[
                ScenarioStep {
                    task: "Show the overview, and count with the room how many places Kasper deals with.",
                    section: "overview",
                    point_out: "Kasper meets many professionals. The plan brings them together in one place.",
                },
                ScenarioStep {
                    task: "Open Coherence, and find the mentor without a decision.",
                    section: "coherence",
                    point_out: "Without a decision Kasper does not know what was decided, and he cannot complain.",
                },
                ScenarioStep {
                    task: "Open the one-decision summary, and show where Kasper can complain.",
                    section: "decision",
                    point_out: "One summary of decisions and complaint routes instead of five letters.",
                },
                ScenarioStep {
                    task: "Find the debt counselling that nobody has consent for.",
                    section: "consents",
                    point_out: "Ask Kasper before information goes to a new place.",
                },
            ],
            findings: &[Rule::DecisionMissing, Rule::PartyWithoutConsent],
        },
        Scenario {
            persona: "familie-med-barn",
            summary: "Shows: the child's own words, interventions without a decision and an overdue follow-up.",
            steps: &[
                ScenarioStep {
                    task: "Show the family and Oliver's own words.",
                    section: "people",
                    point_out: "Oliver is 10 and a party to the case himself. His words are in the plan.",
                },
                ScenarioStep {
                    task: "Let the school add an intervention: \u{201c}An adult at break time\u{201d}, for the goal about a good friend.",
                    section: "interventions",
                    point_out: "The school and the family department see each other's interventions.",
                },
                ScenarioStep {
                    task: "Open Coherence, and find the interventions without a decision.",
                    section: "coherence",
                    point_out: "Support under the Children's Act needs a decision. The plan reminds you.",
                },
                ScenarioStep {
                    task: "Find the follow-up whose date has passed.",
                    section: "follow-ups",
                    point_out: "The plan remembers the dates, so the family does not have to.",
                },
            ],
            findings: &[Rule::DecisionMissing, Rule::FollowUpOverdue],
        },
        Scenario {
            persona: "fleksjob-efter-ulykke",
            summary: "Shows: an everyday goal no intervention works on, and the timeline.",
            steps: &[
                ScenarioStep {
                    task: "Read Ali's goals aloud, and find the goal about cycling with Yasmin.",
                    section: "goals",
                    point_out: "A goal from everyday life matters as much as the goal about work.",
                },
                ScenarioStep {
                    task: "Open Coherence, and find the goal no intervention works on.",
                    section: "coherence",
                    point_out: "Here is the gap that otherwise falls between departments.",
                },
                ScenarioStep {
                    task: "Let the training centre add \u{201c}Cycling practice with the prosthesis\u{201d} for the goal about cycling.",
                    section: "interventions",
                    point_out: "The finding goes away as soon as the goal has an intervention.",
                },
                ScenarioStep {
                    task: "Show the timeline.",
                    section: "timeline",
                    point_out: "What happens when, across health, work and money.",
                },
            ],
            findings: &[Rule::GoalWithoutIntervention, Rule::DecisionMissing],
        },
        Scenario {
            persona: "misbrug-og-gaeld",
            summary: "Shows: home support and mentor that must work together, consent and \u{201c}Share with …\u{201d}.",
            steps: &[
                ScenarioStep {
                    task: "Read Tina's own words aloud.",
                    section: "about-me",
                    point_out: "Tina says herself what keeps her awake at night.",
                },
                ScenarioStep {
                    task: "Open Coherence, and find the home support and the mentor that must work together.",
                    section: "coherence",
                    point_out: "Two laws, but the same everyday life for Tina. The two must agree who does what.",
                },
                ScenarioStep {
                    task: "Find the debt counselling that nobody has consent for, and ask what Tina wants to share.",
                    section: "consents",
                    point_out: "The consent is Tina's. She can also withdraw it.",
                },
                ScenarioStep {
                    task: "Open \u{201c}Share with …\u{201d}, and choose the job centre.",
                    section: "share",
                    point_out: "The job centre sees only what Tina's consents allow.",
                },
            ],
            findings: &[Rule::CoordinateInterventions, Rule::PartyWithoutConsent],
        },
        Scenario {
            persona: "aeldre-efter-fald",
            summary: "Shows: a goal without an intervention, aids without a decision and a missing consent.",
            steps: &[
                ScenarioStep {
                    task: "Read Inger's goals, and find the goal about the card club.",
                    section: "goals",
                    point_out: "Social life belongs in the plan too.",
                },
                ScenarioStep {
                    task: "Open Coherence: the goal about the card club has no intervention.",
                    section: "coherence",
                    point_out: "Ask the room: who could help Inger get there?",
                },
                ScenarioStep {
                    task: "Find the aids that lack a decision.",
                    section: "decision",
                    point_out: "Inger must know what she was granted, and where she can complain.",
                },
                ScenarioStep {
                    task: "Find the training class that nobody has consent for.",
                    section: "consents",
                    point_out: "Her children may help, but Inger decides what they see.",
                },
            ],
            findings: &[
                Rule::GoalWithoutIntervention,
                Rule::DecisionMissing,
                Rule::PartyWithoutConsent,
            ],
        },
    ],
};

impl Lang {
    pub fn workshop(self) -> &'static WorkshopTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }

    /// What marks an exported file's name as an exercise ("oevelse"), for a workshop plan.
    pub fn exercise_mark(self, exercise: bool) -> Option<&'static str> {
        exercise.then(|| self.workshop().file_mark)
    }
}
