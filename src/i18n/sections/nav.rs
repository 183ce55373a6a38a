//! The section navigation and the dialogue controls shared by goals and interventions.

use crate::i18n::{Lang, Voiced};

pub struct NavTexts {
    pub nav_label: &'static str,
    pub overview: &'static str,
    pub about_me: &'static str,
    pub goals: &'static str,
    pub interventions: &'static str,
    pub people: &'static str,
    pub consents: &'static str,
    pub follow_ups: &'static str,
    pub timeline: &'static str,
    pub coherence: &'static str,
    pub decision: &'static str,
    pub approval: &'static str,
    // Dialogue: agreement, comments, who wrote what
    pub agreement_legend: Voiced<&'static str>,
    pub agreement_citizen_only: &'static str,
    pub agreement_agree: &'static str,
    pub agreement_disagree: &'static str,
    pub agreement_not_asked: &'static str,
    pub agreement_comment_label: Voiced<&'static str>,
    pub agreement_save: &'static str,
    pub comments_heading: &'static str,
    pub comments_none: &'static str,
    pub comment_label: &'static str,
    pub comment_add: &'static str,
    pub comment_remove: &'static str,
    pub history_summary: &'static str,
    pub history_none: &'static str,
    pub written_by: fn(&str, &str, &str) -> String,
}

static DA: NavTexts = NavTexts {
    nav_label: "Planens dele",
    overview: "Overblik",
    about_me: "Om mig",
    goals: "Mål",
    interventions: "Indsatser",
    people: "Personer",
    consents: "Samtykke",
    follow_ups: "Opfølgning",
    timeline: "Tidslinje",
    coherence: "Sammenhæng",
    decision: "Afgørelse",
    approval: "Godkendelse",
    agreement_legend: Voiced { citizen: "Er du enig?", professional: "Er borgeren enig?" },
    agreement_citizen_only: "Kun borgeren kan svare. Skift til \u{201c}Borger\u{201d} under \u{201c}Hvem skriver?\u{201d}.",
    agreement_agree: "Enig",
    agreement_disagree: "Uenig",
    agreement_not_asked: "Ikke spurgt endnu",
    agreement_comment_label: Voiced { citizen: "Din begrundelse (frivillig)", professional: "Borgerens begrundelse (frivillig)" },
    agreement_save: "Gem svar",
    comments_heading: "Kommentarer",
    comments_none: "Ingen kommentarer endnu.",
    comment_label: "Ny kommentar",
    comment_add: "Tilføj kommentar",
    comment_remove: "Fjern kommentar",
    history_summary: "Hvem har skrevet hvad?",
    history_none: "Ingen ændringer endnu.",
    written_by: |who, role, when| format!("{who} ({role}), {when}"),
};

static EN: NavTexts = NavTexts {
    nav_label: "Parts of the plan",
    overview: "Overview",
    about_me: "About me",
    goals: "Goals",
    interventions: "Interventions",
    people: "People",
    consents: "Consent",
    follow_ups: "Follow-up",
    timeline: "Timeline",
    coherence: "Coherence",
    decision: "Decision",
    approval: "Approval",
    agreement_legend: Voiced { citizen: "Do you agree?", professional: "Does the citizen agree?" },
    agreement_citizen_only: "Only the citizen can answer. Switch to \u{201c}Citizen\u{201d} under \u{201c}Who is writing?\u{201d}.",
    agreement_agree: "Agree",
    agreement_disagree: "Disagree",
    agreement_not_asked: "Not asked yet",
    agreement_comment_label: Voiced { citizen: "Your reason (optional)", professional: "The citizen's reason (optional)" },
    agreement_save: "Save answer",
    comments_heading: "Comments",
    comments_none: "No comments yet.",
    comment_label: "New comment",
    comment_add: "Add comment",
    comment_remove: "Remove comment",
    history_summary: "Who wrote what?",
    history_none: "No changes yet.",
    written_by: |who, role, when| format!("{who} ({role}), {when}"),
};

impl Lang {
    pub fn nav(self) -> &'static NavTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
