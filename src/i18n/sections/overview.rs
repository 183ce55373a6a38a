//! The overview page: each part of the plan with its state, as a task list.

use crate::i18n::Lang;
use crate::model::progress::PartState;

pub struct OverviewTexts {
    pub intro: &'static str,
    pub parts_heading: &'static str,
    pub not_started: &'static str,
    pub in_progress: &'static str,
    pub complete: &'static str,
    pub needs_attention: &'static str,
    /// (empty own-words fields, name missing)
    pub own_words_missing: fn(usize, bool) -> String,
    pub awaiting_citizen: fn(usize) -> String,
    pub findings: fn(usize) -> String,
    /// Life areas of the goals with no description in the assessment.
    pub areas_without_description: fn(usize) -> String,
    pub no_target_group: &'static str,
    pub no_description: &'static str,
    pub no_coordinating_caseworker: &'static str,
    pub no_plan_consent: &'static str,
    pub consent_withdrawn: fn(usize) -> String,
    pub no_next_follow_up: &'static str,
    /// The role whose approval is missing, e.g. "sagsbehandleren".
    pub awaiting_approval: fn(&str) -> String,
    pub the_citizen: &'static str,
    pub the_caseworker: &'static str,
    pub coherence_heading: &'static str,
    pub coherence_none: &'static str,
    pub coherence_some: fn(usize) -> String,
    pub coherence_open: &'static str,
    pub whole_heading: &'static str,
    pub timeline_open: &'static str,
    pub decision_open: &'static str,
}

impl OverviewTexts {
    pub fn state(&self, state: PartState) -> &'static str {
        match state {
            PartState::NotStarted => self.not_started,
            PartState::InProgress => self.in_progress,
            PartState::Complete => self.complete,
            PartState::NeedsAttention => self.needs_attention,
        }
    }
}

fn n_da(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

static DA: OverviewTexts = OverviewTexts {
    intro: "Her kan du se, hvor langt planen er, og hvad der mangler.",
    parts_heading: "Hvor langt er planen?",
    not_started: "Ikke startet",
    in_progress: "I gang",
    complete: "Færdig",
    needs_attention: "Se på det",
    own_words_missing: |fields, name| match (fields, name) {
        (0, _) => "Borgerens navn mangler.".to_string(),
        (1, false) => "Et felt med borgerens egne ord er tomt.".to_string(),
        (n, false) => format!("{n} felter med borgerens egne ord er tomme."),
        (1, true) => "Navnet og et felt med borgerens egne ord mangler.".to_string(),
        (n, true) => format!("Navnet og {n} felter med borgerens egne ord mangler."),
    },
    awaiting_citizen: |n| {
        format!(
            "Borgeren har ikke svaret på {} endnu.",
            n_da(n, "punkt", "punkter")
        )
    },
    findings: |n| {
        format!(
            "{} under Sammenhæng.",
            n_da(n, "ting at se på", "ting at se på")
        )
    },
    no_coordinating_caseworker: "Der er ikke valgt en koordinerende sagsbehandler.",
    no_plan_consent: "Der er intet gyldigt samtykke til planen.",
    consent_withdrawn: |n| format!("{} er trukket tilbage.", n_da(n, "samtykke", "samtykker")),
    no_next_follow_up: "Der er ikke aftalt en dato for næste opfølgning.",
    areas_without_description: |n| match n {
        1 => "1 livsområde fra målene mangler en beskrivelse.".to_string(),
        n => format!("{n} livsområder fra målene mangler en beskrivelse."),
    },
    no_target_group: "Skriv, hvorfor der skal være én samlet plan (målgruppe).",
    no_description: "Skriv, hvad I ved om et livsområde.",
    awaiting_approval: |who| format!("Venter på, at {who} godkender."),
    the_citizen: "borgeren",
    the_caseworker: "sagsbehandleren",
    coherence_heading: "Hænger planen sammen?",
    coherence_none: "Vi har ikke fundet noget, der ikke hænger sammen.",
    coherence_some: |n| {
        if n == 1 {
            "Der er 1 ting, I bør se på sammen. Det er et råd, ikke en fejl.".to_string()
        } else {
            format!("Der er {n} ting, I bør se på sammen. Det er råd, ikke fejl.")
        }
    },
    coherence_open: "Se hvad der ikke hænger sammen",
    whole_heading: "Hele planen",
    timeline_open: "Se indsatserne på en tidslinje",
    decision_open: "Se hvad der kræver en afgørelse",
};

static EN: OverviewTexts = OverviewTexts {
    intro: "See how far the plan has come and what is missing.",
    parts_heading: "How far is the plan?",
    not_started: "Not started",
    in_progress: "In progress",
    complete: "Complete",
    needs_attention: "Needs attention",
    own_words_missing: |fields, name| match (fields, name) {
        (0, _) => "The citizen's name is missing.".to_string(),
        (1, false) => "One field in the citizen's own words is empty.".to_string(),
        (n, false) => format!("{n} fields in the citizen's own words are empty."),
        (1, true) => "The name and one field in the citizen's own words are missing.".to_string(),
        (n, true) => format!("The name and {n} fields in the citizen's own words are missing."),
    },
    awaiting_citizen: |n| {
        if n == 1 {
            "The citizen has not answered on 1 item yet.".to_string()
        } else {
            format!("The citizen has not answered on {n} items yet.")
        }
    },
    findings: |n| {
        if n == 1 {
            "1 thing to look at under Coherence.".to_string()
        } else {
            format!("{n} things to look at under Coherence.")
        }
    },
    no_coordinating_caseworker: "No coordinating caseworker has been named.",
    no_plan_consent: "There is no valid consent to the plan.",
    consent_withdrawn: |n| {
        if n == 1 {
            "1 consent has been withdrawn.".to_string()
        } else {
            format!("{n} consents have been withdrawn.")
        }
    },
    no_next_follow_up: "No date has been agreed for the next follow-up.",
    areas_without_description: |n| match n {
        1 => "1 life area from the goals has no description yet.".to_string(),
        n => format!("{n} life areas from the goals have no description yet."),
    },
    no_target_group: "Say why there is one joint plan (target group).",
    no_description: "Write what you know about a life area.",
    awaiting_approval: |who| format!("Waiting for {who} to approve."),
    the_citizen: "the citizen",
    the_caseworker: "the caseworker",
    coherence_heading: "Does the plan hang together?",
    coherence_none: "We found nothing that does not hang together.",
    coherence_some: |n| {
        if n == 1 {
            "There is 1 thing you should look at together. It is a hint, not an error.".to_string()
        } else {
            format!("There are {n} things you should look at together. They are hints, not errors.")
        }
    },
    coherence_open: "See what does not hang together",
    whole_heading: "The whole plan",
    timeline_open: "See the interventions on a timeline",
    decision_open: "See what needs a decision",
};

impl Lang {
    pub fn overview(self) -> &'static OverviewTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
