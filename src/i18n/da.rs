use super::{Texts, Voiced};

pub(super) static TEXTS: Texts = Texts {
    language_name: "Dansk",
    months: [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],

    app_name: "Helhedsplan",
    toolbar_label: "Værktøjer",
    language_label: "Sprog",
    role_label: "Hvem skriver?",
    role_citizen: "Borger",
    role_caseworker: "Sagsbehandler",
    role_professional: "Anden fagperson",
    author_name_label: "Dit navn",
    undo: "Fortryd",
    redo: "Gentag",
    undo_hint: "Fortryd (Ctrl+Z)",
    redo_hint: "Gentag (Ctrl+Shift+Z)",

    saved_locally: "Gemt på denne computer",
    not_saved: "Planen bliver ikke gemt",
    storage_unavailable:
        "Planen kan ikke gemmes i browseren. Gem den som fil, så du ikke mister noget.",
    control_chars_removed: "Usynlige tegn fra det, du satte ind, er taget ud af teksten.",
    corrupt_plan_kept: "Den gemte plan kunne ikke læses, så du starter med en tom plan. Den gamle plan er ikke slettet: den ligger under \u{201c}Gemte kopier på denne enhed\u{201d} i menuen \u{201c}Gem, hent og udskriv\u{201d}.",
    plan_too_large: |percent| {
        format!("Planen er ved at blive for stor: den fylder {percent} % af det, editoren kan åbne igen. Gem en kopi som fil, og gør lange tekster kortere eller fjern det, du ikke bruger mere.")
    },

    plan_title_label: "Planens titel",
    plan_title_hint: "Fx \u{201c}Min plan for 2027\u{201d}",
    untitled_plan: "Plan uden titel",
    about_me_heading: "Om mig",
    about_me_intro: Voiced {
        citizen: "Her skriver du med dine egne ord, hvad der er vigtigt for dig.",
        professional: "Her skriver borgeren med sine egne ord, hvad der er vigtigt for hende eller ham.",
    },
    own_words_badge: Voiced { citizen: "Dine egne ord", professional: "Borgerens egne ord" },
    dreams_label: "Det vigtigste for mig",
    dreams_hint: "Det, der betyder mest for dig: mennesker, ting eller noget, du gør",
    resources_label: "Det er jeg god til",
    resources_hint: "Dine styrker, og hvem der støtter dig",
    situation_label: "Sådan har jeg det lige nu",
    situation_hint: "Din hverdag, og hvad der er svært",
    future_label: "Mine drømme",
    future_hint: "Hvordan du gerne vil have det om et år",
    network_label: "Dem, der hjælper mig",
    network_hint: "Familie, venner og andre, og hvad de hjælper med",
    help_wanted_label: "Det vil jeg gerne have hjælp til",
    help_wanted_hint: "Noget i hverdagen eller noget større",
    before_meeting_label: "Det skal min sagsbehandler vide, før vi mødes",
    before_meeting_hint: "For eksempel om du tager nogen med, eller om du har brug for pauser",
    citizen_name_label: "Mit navn",
    citizen_name_hint: "Det navn, du vil kaldes i planen",

    undone: "Fortrudt",
    redone: "Gentaget",
    nothing_to_undo: "Der er intet at fortryde",
    nothing_to_redo: "Der er intet at gentage",
    draft_not_saved: |why| {
        format!("Ikke gemt: {why} Det, du skrev, står stadig i feltet, så du kan rette det.")
    },
    edit_refused: |why| format!("Ændringen blev ikke gemt: {why}"),
};
