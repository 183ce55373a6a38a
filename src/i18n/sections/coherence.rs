//! The coherence panel (sammenhæng): advisory findings in plain words.
//!
//! The model's findings carry a rule, the items' titles and structured detail; the
//! sentences are made here, so both languages say the same thing.

use crate::i18n::{Lang, Voiced};
use crate::model::Rule;

pub struct CoherenceTexts {
    pub intro: &'static str,
    pub none: &'static str,
    pub total: fn(usize) -> String,
    pub counts_label: &'static str,
    pub show_more: fn(usize) -> String,
    pub open_item: fn(&str) -> String,
    pub open_follow_up: &'static str,
    pub untitled: &'static str,
    /// (title, sector) of each of the two; the reason; the overlap in words.
    pub double: fn(&str, &str, &str, &str, &str, &str) -> String,
    /// (title, sector) of each of the two; the overlap in words.
    pub coordinate: fn(&str, &str, &str, &str, &str) -> String,
    pub same_kind: fn(&str) -> String,
    pub same_legal_basis: fn(&str) -> String,
    pub synonym: &'static str,
    pub same_title: &'static str,
    pub shared_word: fn(&str) -> String,
    pub overlap_from_until: fn(&str, &str) -> String,
    pub overlap_from: fn(&str) -> String,
    pub overlap_until: fn(&str) -> String,
    pub overlap_open: &'static str,
    pub goal_without_intervention: fn(&str) -> String,
    pub intervention_without_goal: fn(&str) -> String,
    pub no_responsible_person: fn(&str) -> String,
    pub follow_up_overdue: fn(&str) -> String,
    pub decision_not_requested: fn(&str) -> String,
    pub decision_pending: fn(&str, &str) -> String,
    pub decision_other: fn(&str) -> String,
    pub ended_but_active: fn(&str, &str) -> String,
    pub party_without_consent: Voiced<fn(&str, &str) -> String>,
    pub health_note: &'static str,
    pub no_party_health: fn(&str) -> String,
    pub sub_goal_under_cancelled: fn(&str, &str) -> String,
    /// (heading, why it matters) per rule, in `Rule::ALL` order.
    pub rules: [(&'static str, &'static str); 10],
}

impl CoherenceTexts {
    /// The rule's heading and a sentence on why it matters.
    pub fn rule(&self, rule: Rule) -> (&'static str, &'static str) {
        let index = Rule::ALL.iter().position(|r| *r == rule).unwrap_or(0);
        self.rules[index]
    }
}

static DA: CoherenceTexts = CoherenceTexts {
    intro: "Steder, hvor planen ikke hænger sammen. Det er råd, ikke fejl: I kan altid skrive videre.",
    none: "Planen hænger sammen: vi har ikke fundet noget at se på. Godt arbejde.",
    total: |n| {
        if n == 1 {
            "1 ting at se på".to_string()
        } else {
            format!("{n} ting at se på")
        }
    },
    counts_label: "Hvad vi har fundet",
    show_more: |n| format!("Vis {n} mere"),
    open_item: |title| format!("Gå til \u{201c}{title}\u{201d}"),
    open_follow_up: "Gå til opfølgningen",
    untitled: "(uden titel)",
    double: |a, sa, b, sb, why, when| {
        format!("\u{201c}{a}\u{201d} ({sa}) og \u{201c}{b}\u{201d} ({sb}) ligner hinanden: {why}. De overlapper {when}.")
    },
    coordinate: |a, sa, b, sb, when| {
        format!("\u{201c}{a}\u{201d} ({sa}) og \u{201c}{b}\u{201d} ({sb}) kører på samme tid, {when}. Begge kan være den rigtige hjælp, men de to, der støtter borgeren, skal aftale, hvem der gør hvad.")
    },
    same_kind: |kind| format!("begge er af typen \u{201c}{kind}\u{201d}"),
    same_legal_basis: |basis| format!("begge gives efter {basis}"),
    synonym: "titlerne betyder den samme slags hjælp",
    same_title: "de har samme titel",
    shared_word: |word| format!("begge handler om \u{201c}{word}\u{201d}"),
    overlap_from_until: |from, until| format!("fra {from} til {until}"),
    overlap_from: |from| format!("fra {from} og frem"),
    overlap_until: |until| format!("indtil {until}"),
    overlap_open: "i hele perioden (datoer mangler)",
    goal_without_intervention: |g| format!("Ingen indsats arbejder hen imod \u{201c}{g}\u{201d}."),
    intervention_without_goal: |i| format!("\u{201c}{i}\u{201d} hører ikke til noget åbent mål."),
    no_responsible_person: |i| format!("Der står ikke, hvem der har ansvaret for \u{201c}{i}\u{201d}."),
    follow_up_overdue: |date| format!("Næste opfølgning skulle have været {date}."),
    decision_not_requested: |i| format!("\u{201c}{i}\u{201d} kræver en afgørelse, men der er ikke søgt om den."),
    decision_pending: |i, due| format!("Afgørelsen om \u{201c}{i}\u{201d} afventer stadig. Den skulle have været klar {due}."),
    decision_other: |i| format!("\u{201c}{i}\u{201d} mangler en afgørelse."),
    ended_but_active: |i, date| format!("\u{201c}{i}\u{201d} står som i gang, men perioden sluttede {date}."),
    party_without_consent: Voiced {
        citizen: |i, parties| format!("\u{201c}{i}\u{201d}: du har ikke givet samtykke til at dele oplysninger med {parties}."),
        professional: |i, parties| format!("\u{201c}{i}\u{201d}: borgeren har ikke givet samtykke til at dele oplysninger med {parties}."),
    },
    health_note: "Helbredsoplysninger må kun deles med en part, som et samtykke nævner.",
    no_party_health: |i| format!("\u{201c}{i}\u{201d} er en sundhedsindsats, men intet samtykke nævner en sundhedspart."),
    rules: [
        ("Samme hjælp to gange", "To indsatser ser ud til at give den samme hjælp på samme tid. Tal om, hvem der gør det."),
        ("Indsatser, der skal koordineres", "To indsatser, der hænger sammen, kører på samme tid. Begge kan være rigtige, men de to, der støtter borgeren, skal aftale, hvem der gør hvad."),
        ("Mål uden indsats", "Ingen indsats arbejder hen imod målet endnu."),
        ("Indsatser uden mål", "En indsats bør hjælpe med at nå et af planens mål."),
        ("Ingen ansvarlig", "Der står ikke, hvem der har ansvaret for indsatsen."),
        ("Opfølgning er overskredet", "Datoen for næste opfølgning er passeret."),
        ("Mangler afgørelse", "Indsatsen kræver en afgørelse, som ikke er truffet."),
        ("Slut, men står som i gang", "Perioden er slut, men indsatsen står stadig som i gang."),
        ("Mangler samtykke", "En part er med i en indsats, men der er ikke givet samtykke til at dele oplysninger med den."),
        ("Åbne mål under et mål, der ikke længere er aktuelt", "Et mål er stadig åbent, selv om målet over det ikke længere er aktuelt."),
    ],
    sub_goal_under_cancelled: |sub, cancelled| format!("\u{201c}{sub}\u{201d} er stadig åbent, men \u{201c}{cancelled}\u{201d} over det er ikke længere aktuelt."),
};

static EN: CoherenceTexts = CoherenceTexts {
    intro: "Places where the plan does not hang together. These are hints, not errors: you can always go on writing.",
    none: "The plan hangs together: we found nothing to look at. Well done.",
    total: |n| {
        if n == 1 {
            "1 thing to look at".to_string()
        } else {
            format!("{n} things to look at")
        }
    },
    counts_label: "What we found",
    show_more: |n| format!("Show {n} more"),
    open_item: |title| format!("Go to \u{201c}{title}\u{201d}"),
    open_follow_up: "Go to the follow-up",
    untitled: "(untitled)",
    double: |a, sa, b, sb, why, when| {
        format!("\u{201c}{a}\u{201d} ({sa}) and \u{201c}{b}\u{201d} ({sb}) look alike: {why}. They overlap {when}.")
    },
    coordinate: |a, sa, b, sb, when| {
        format!("\u{201c}{a}\u{201d} ({sa}) and \u{201c}{b}\u{201d} ({sb}) run at the same time, {when}. Both may be the right help, but the two people supporting the citizen must agree who does what.")
    },
    same_kind: |kind| format!("both are of the type \u{201c}{kind}\u{201d}"),
    same_legal_basis: |basis| format!("both are granted under {basis}"),
    synonym: "the titles mean the same kind of help",
    same_title: "they have the same title",
    shared_word: |word| format!("both are about \u{201c}{word}\u{201d}"),
    overlap_from_until: |from, until| format!("from {from} to {until}"),
    overlap_from: |from| format!("from {from} onwards"),
    overlap_until: |until| format!("until {until}"),
    overlap_open: "throughout (dates are missing)",
    goal_without_intervention: |g| format!("No intervention works towards \u{201c}{g}\u{201d}."),
    intervention_without_goal: |i| format!("\u{201c}{i}\u{201d} does not belong to any open goal."),
    no_responsible_person: |i| format!("The plan does not say who is responsible for \u{201c}{i}\u{201d}."),
    follow_up_overdue: |date| format!("The next follow-up should have been on {date}."),
    decision_not_requested: |i| format!("\u{201c}{i}\u{201d} needs a decision, but none has been requested."),
    decision_pending: |i, due| format!("The decision on \u{201c}{i}\u{201d} is still pending. It was due on {due}."),
    decision_other: |i| format!("\u{201c}{i}\u{201d} is missing a decision."),
    ended_but_active: |i, date| format!("\u{201c}{i}\u{201d} is marked as active, but its period ended on {date}."),
    party_without_consent: Voiced {
        citizen: |i, parties| format!("\u{201c}{i}\u{201d}: you have not consented to sharing information with {parties}."),
        professional: |i, parties| format!("\u{201c}{i}\u{201d}: the citizen has not consented to sharing information with {parties}."),
    },
    health_note: "Health information may only be shared with a party that a consent names.",
    no_party_health: |i| format!("\u{201c}{i}\u{201d} is a health intervention, but no consent names a health party."),
    rules: [
        ("The same help twice", "Two interventions seem to give the same help at the same time. Agree on who does it."),
        ("Interventions to coordinate", "Two related interventions run at the same time. Both may be right, but the two people supporting the citizen must agree who does what."),
        ("Goals without an intervention", "No intervention works towards the goal yet."),
        ("Interventions without a goal", "An intervention should help reach one of the plan's goals."),
        ("Nobody responsible", "The plan does not say who is responsible for the intervention."),
        ("Follow-up overdue", "The date for the next follow-up has passed."),
        ("Decision missing", "The intervention needs a decision that has not been made."),
        ("Ended but still active", "The period has ended, but the intervention is still marked as active."),
        ("Consent missing", "A party takes part in an intervention, but there is no consent to share information with it."),
        ("Open goals under a goal that is no longer relevant", "A goal is still open although the goal above it is no longer relevant."),
    ],
    sub_goal_under_cancelled: |sub, cancelled| format!("\u{201c}{sub}\u{201d} is still open, but \u{201c}{cancelled}\u{201d} above it is no longer relevant."),
};

impl Lang {
    pub fn coherence(self) -> &'static CoherenceTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
