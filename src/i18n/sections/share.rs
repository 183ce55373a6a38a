//! Strings of "Del med …": the plan as one party may see it by the consents.

use crate::i18n::{Lang, Voiced};
use crate::model::share::{LeftOutKind, Why};

pub struct ShareTexts {
    pub intro: Voiced<&'static str>,
    pub party_label: &'static str,
    pub party_hint: &'static str,
    pub choose: &'static str,
    pub no_parties: &'static str,
    /// "Jobcenter Holmstrup får planen uden det, der står nedenfor."
    pub consented: fn(&str) -> String,
    /// No consent names the party.
    pub not_consented: Voiced<fn(&str) -> String>,
    /// Whether health data goes along.
    pub health_yes: &'static str,
    pub health_no: &'static str,
    /// "Det får Jobcenter Holmstrup ikke at se (4)".
    pub left_out_heading: fn(&str, usize) -> String,
    pub nothing_left_out: &'static str,
    pub kind: fn(LeftOutKind) -> &'static str,
    pub why: fn(Why) -> &'static str,
    /// Ratings and comments that go with a left-out goal, counted: "6 vurderinger".
    pub counted: fn(LeftOutKind, usize) -> String,
    pub untitled: &'static str,
    /// "Hent planen til Jobcenter Holmstrup".
    pub download: fn(&str) -> String,
    pub downloaded: fn(&str) -> String,
    pub download_failed: &'static str,
    /// That this is help for the citizen, not access control.
    pub host_note: &'static str,
    pub go_to_consents: &'static str,
}

static DA: ShareTexts = ShareTexts {
    intro: Voiced {
        citizen: "Du bestemmer, hvem der ser hvad. Vælg, hvem planen skal deles med. Så kan du se, hvad de får, og hvad de ikke får, ud fra de samtykker, du har givet.",
        professional: "Borgeren bestemmer, hvem der ser hvad. Vælg, hvem planen skal deles med. Så kan I se, hvad de får, og hvad de ikke får, ud fra de samtykker, borgeren har givet.",
    },
    party_label: "Hvem skal planen deles med?",
    party_hint: "Listen viser de steder og personer, der står i planen og i samtykkerne.",
    choose: "Vælg",
    no_parties: "Der står ingen steder eller personer i planen endnu. Skriv dem under Personer eller Samtykke.",
    consented: |party| format!("{party} får planen uden det, der står nedenfor."),
    not_consented: Voiced {
        citizen: |party| format!("Der er ikke givet samtykke til at dele med {party}. De får kun planens navn og dit navn."),
        professional: |party| format!("Der er ikke givet samtykke til at dele med {party}. De får kun planens navn og borgerens navn."),
    },
    health_yes: "Helbredsoplysninger kommer med, fordi et samtykke giver lov til det.",
    health_no: "Helbredsoplysninger kommer ikke med. Intet samtykke giver lov til at dele dem med dette sted.",
    left_out_heading: |party, n| format!("Det får {party} ikke at se ({n})"),
    nothing_left_out: "Intet er udeladt.",
    kind: |kind| match kind {
        LeftOutKind::OwnWords => "Dine egne ord",
        LeftOutKind::Goal => "Mål",
        LeftOutKind::Rating => "Vurdering",
        LeftOutKind::Intervention => "Indsats",
        LeftOutKind::Person => "Person",
        LeftOutKind::FamilyMember => "Familiemedlem",
        LeftOutKind::Consent => "Samtykke",
        LeftOutKind::AssessmentEntry => "Udredning",
        LeftOutKind::KnownFact => "Det vi ved",
        LeftOutKind::FollowUp => "Opfølgning",
        LeftOutKind::Comment => "Kommentar",
        LeftOutKind::LinkedPlan => "Anden plan",
        LeftOutKind::ChangeLog => "Ændringsloggen",
    },
    why: |why| match why {
        Why::NoConsent => "intet samtykke til dette sted",
        Why::Health => "helbredsoplysning uden samtykke",
        Why::NotCovered => "samtykket dækker ikke dette område",
        Why::FollowsLeftOut => "hører til noget, der er udeladt",
        Why::NeverShared => "deles aldrig",
    },
    counted: |kind, n| match (kind, n) {
        (LeftOutKind::Rating, 1) => "1 vurdering".to_string(),
        (LeftOutKind::Rating, n) => format!("{n} vurderinger"),
        (LeftOutKind::Comment, 1) => "1 kommentar".to_string(),
        (LeftOutKind::Comment, n) => format!("{n} kommentarer"),
        (_, n) => n.to_string(),
    },
    untitled: "(uden titel)",
    download: |party| format!("Hent planen til {party}"),
    downloaded: |name| format!("Planen er hentet som {name}."),
    download_failed: "Planen kunne ikke hentes. Prøv igen.",
    host_note: "Det her viser, hvad samtykkerne giver lov til. Kommunens system skal stadig sørge for, at kun de rette kan se planen.",
    go_to_consents: "Gå til Samtykke",
};

static EN: ShareTexts = ShareTexts {
    intro: Voiced {
        citizen: "You decide who sees what. Choose whom to share the plan with. Then you can see what they get, and what they do not, going by the consents you have given.",
        professional: "The citizen decides who sees what. Choose whom to share the plan with. Then you can see what they get, and what they do not, going by the consents the citizen has given.",
    },
    party_label: "Whom should the plan be shared with?",
    party_hint: "The list shows the places and people named in the plan and in the consents.",
    choose: "Choose",
    no_parties: "No places or people are named in the plan yet. Add them under People or Consent.",
    consented: |party| format!("{party} gets the plan without what is listed below."),
    not_consented: Voiced {
        citizen: |party| format!("No consent lets the plan be shared with {party}. They get only the plan's name and your name."),
        professional: |party| format!("No consent lets the plan be shared with {party}. They get only the plan's name and the citizen's name."),
    },
    health_yes: "Health information goes along, because a consent allows it.",
    health_no: "Health information does not go along. No consent allows sharing it with this place.",
    left_out_heading: |party, n| format!("What {party} will not see ({n})"),
    nothing_left_out: "Nothing is left out.",
    kind: |kind| match kind {
        LeftOutKind::OwnWords => "Your own words",
        LeftOutKind::Goal => "Goal",
        LeftOutKind::Rating => "Rating",
        LeftOutKind::Intervention => "Intervention",
        LeftOutKind::Person => "Person",
        LeftOutKind::FamilyMember => "Family member",
        LeftOutKind::Consent => "Consent",
        LeftOutKind::AssessmentEntry => "Assessment",
        LeftOutKind::KnownFact => "What we know",
        LeftOutKind::FollowUp => "Follow-up",
        LeftOutKind::Comment => "Comment",
        LeftOutKind::LinkedPlan => "Other plan",
        LeftOutKind::ChangeLog => "The change log",
    },
    why: |why| match why {
        Why::NoConsent => "no consent for this place",
        Why::Health => "health information without consent",
        Why::NotCovered => "the consent does not cover this area",
        Why::FollowsLeftOut => "belongs to something left out",
        Why::NeverShared => "never shared",
    },
    counted: |kind, n| match (kind, n) {
        (LeftOutKind::Rating, 1) => "1 rating".to_string(),
        (LeftOutKind::Rating, n) => format!("{n} ratings"),
        (LeftOutKind::Comment, 1) => "1 comment".to_string(),
        (LeftOutKind::Comment, n) => format!("{n} comments"),
        (_, n) => n.to_string(),
    },
    untitled: "(untitled)",
    download: |party| format!("Download the plan for {party}"),
    downloaded: |name| format!("The plan was downloaded as {name}."),
    download_failed: "The plan could not be downloaded. Please try again.",
    host_note: "This shows what the consents allow. The municipality's system must still make sure that only the right people can see the plan.",
    go_to_consents: "Go to Consent",
};

impl Lang {
    pub fn share(self) -> &'static ShareTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
