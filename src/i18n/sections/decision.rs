//! The one-decision summary.

use crate::i18n::Lang;
use crate::model::DecisionStatus;

pub struct DecisionTexts {
    pub intro: &'static str,
    pub plan: &'static str,
    pub citizen: &'static str,
    pub version: &'static str,
    /// "Version 2, godkendt 3. marts 2026".
    pub version_approved: fn(u32, &str) -> String,
    /// "Version 1, ikke godkendt endnu".
    pub version_open: fn(u32) -> String,
    pub date: &'static str,
    pub untitled_plan: &'static str,
    pub no_name: &'static str,
    /// "3 indsatser kræver afgørelse".
    pub counts: fn(usize) -> String,
    /// "1 bevilget", "2 afventer".
    pub status_count: fn(DecisionStatus, usize) -> String,
    pub empty: &'static str,
    pub go_to_interventions: &'static str,
    pub print: &'static str,
    pub download: &'static str,
    /// "Afgørelsesoversigten er hentet som …".
    pub downloaded: fn(&str) -> String,
    pub download_failed: &'static str,
    pub actions_label: &'static str,
    pub no_legal_basis: &'static str,
    pub col_intervention: &'static str,
    pub col_status: &'static str,
    pub col_decision: &'static str,
    pub col_decision_date: &'static str,
    pub col_period: &'static str,
    pub responsible: &'static str,
    pub untitled: &'static str,
    pub no_date: &'static str,
    pub no_period: &'static str,
    /// "8. september 2025 – 31. marts 2026".
    pub from_until: fn(&str, &str) -> String,
    /// "fra 1. marts 2026".
    pub from: fn(&str) -> String,
    /// "til 31. december 2026".
    pub until: fn(&str) -> String,
    pub complaint_heading: &'static str,
    /// The general guide shown when the host gave no complaint-route text.
    pub complaint_default: &'static str,
}

static DA: DecisionTexts = DecisionTexts {
    intro:
        "Alle indsatser der kræver en afgørelse, samlet ét sted: én afgørelse og én vej at klage.",
    plan: "Plan",
    citizen: "Borger",
    version: "Version",
    version_approved: |n, date| format!("Version {n}, godkendt {date}"),
    version_open: |n| format!("Version {n}, ikke godkendt endnu"),
    date: "Dato",
    untitled_plan: "Plan uden titel",
    no_name: "Ikke skrevet endnu",
    counts: |n| match n {
        1 => "1 indsats kræver afgørelse".to_string(),
        n => format!("{n} indsatser kræver afgørelse"),
    },
    status_count: |status, n| {
        let word = match status {
            DecisionStatus::NotRequested => "ikke søgt",
            DecisionStatus::Pending => "afventer",
            DecisionStatus::Granted => "bevilget",
            DecisionStatus::PartlyGranted => "delvist bevilget",
            DecisionStatus::Refused => "afslået",
        };
        format!("{n} {word}")
    },
    empty: "Ingen indsatser i planen kræver en afgørelse lige nu. Kræver en indsats en \
            afgørelse, kan det skrives på indsatsen under Indsatser. Så kommer den med her.",
    go_to_interventions: "Gå til Indsatser",
    print: "Udskriv afgørelsesoversigt",
    download: "Hent afgørelsesoversigten som fil",
    downloaded: |name| format!("Afgørelsesoversigten er hentet som {name}."),
    download_failed: "Afgørelsesoversigten kunne ikke hentes. Prøv igen.",
    actions_label: "Udskriv eller hent oversigten",
    no_legal_basis: "Intet lovgrundlag angivet",
    col_intervention: "Indsats",
    col_status: "Status",
    col_decision: "Afgørelse",
    col_decision_date: "Dato for afgørelse",
    col_period: "Periode",
    responsible: "Ansvarlig",
    untitled: "(uden titel)",
    no_date: "Ingen dato endnu",
    no_period: "Ingen datoer",
    from_until: |a, b| format!("{a} – {b}"),
    from: |a| format!("fra {a}"),
    until: |b| format!("til {b}"),
    complaint_heading: "Sådan klager du",
    complaint_default: crate::model::decision::DEFAULT_COMPLAINT_ROUTE,
};

static EN: DecisionTexts = DecisionTexts {
    intro: "Every intervention that needs a decision, in one place: one decision and one way to complain.",
    plan: "Plan",
    citizen: "Citizen",
    version: "Version",
    version_approved: |n, date| format!("Version {n}, approved {date}"),
    version_open: |n| format!("Version {n}, not approved yet"),
    date: "Date",
    untitled_plan: "Untitled plan",
    no_name: "Not written yet",
    counts: |n| match n {
        1 => "1 intervention needs a decision".to_string(),
        n => format!("{n} interventions need a decision"),
    },
    status_count: |status, n| {
        let word = match status {
            DecisionStatus::NotRequested => "not requested",
            DecisionStatus::Pending => "awaiting a decision",
            DecisionStatus::Granted => "granted",
            DecisionStatus::PartlyGranted => "partly granted",
            DecisionStatus::Refused => "refused",
        };
        format!("{n} {word}")
    },
    empty: "No intervention in the plan needs a decision right now. If an intervention needs \
            a decision, say so on the intervention under Interventions, and it will show here.",
    go_to_interventions: "Go to Interventions",
    print: "Print the decision summary",
    download: "Download the decision summary as a file",
    downloaded: |name| format!("The decision summary was downloaded as {name}."),
    download_failed: "The decision summary could not be downloaded. Please try again.",
    actions_label: "Print or download the summary",
    no_legal_basis: "No legal basis given",
    col_intervention: "Intervention",
    col_status: "Status",
    col_decision: "Decision",
    col_decision_date: "Date of decision",
    col_period: "Period",
    responsible: "Responsible",
    untitled: "(untitled)",
    no_date: "No date yet",
    no_period: "No dates",
    from_until: |a, b| format!("{a} – {b}"),
    from: |a| format!("from {a}"),
    until: |b| format!("until {b}"),
    complaint_heading: "How to complain",
    complaint_default: "A general guide – not legal advice. The complaint guidance in your \
decision letter always applies to your own case.

If you disagree with a decision, you can complain. For most decisions from the \
municipality, the municipality must receive your complaint within 4 weeks of your getting \
the decision.

You complain to the municipality, to the department that made the decision. You can \
complain in writing or by talking to them. Say which decision you disagree with, and why.

The municipality looks at your case again. If it does not fully agree with you, it sends \
your complaint on to Ankestyrelsen (the National Social Appeals Board), which assesses \
the case.

Some decisions have a different place to complain or a different time limit, for example \
about school or health. The decision letter says so. Your caseworker or a supporter \
(bisidder) can help you complain.",
};

impl Lang {
    pub fn decision(self) -> &'static DecisionTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
