//! The one-decision summary.

use crate::i18n::{Lang, Voice, Voiced};
use crate::model::catalogue::ComplaintRouteEntry;
use crate::model::DecisionStatus;

pub struct DecisionTexts {
    pub intro: Voiced<&'static str>,
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
    /// Above the routes when every decision goes to one place.
    pub routes_one: &'static str,
    /// Above the routes when they differ: say so honestly.
    pub routes_several: fn(usize) -> String,
    /// "Klage til Ankestyrelsen".
    pub route_heading: fn(&str) -> String,
    /// The heading of the decisions whose route the catalogue does not know.
    pub route_unknown_heading: &'static str,
    pub route_unknown: &'static str,
    /// On the intervention form, when the catalogue does not know the route.
    pub route_unknown_one: Voiced<&'static str>,
    /// In the table's complaint column when the route is not known.
    pub route_see_letter: &'static str,
    /// How to complain: deadline in weeks (if known), and whether it goes via the authority.
    pub route_how: fn(Option<u32>, bool) -> String,
    /// "Gælder: Bostøtte, Mentor".
    pub route_applies: fn(&str) -> String,
    /// On the intervention form: "Klage over afgørelsen: Ankestyrelsen. …".
    pub route_for_intervention: fn(&str, &str) -> String,
    pub col_reasons: &'static str,
    pub col_complaint: &'static str,
    pub general_guide_heading: &'static str,
    /// The general guide shown when the host gave no complaint-route text.
    pub complaint_default: &'static str,
}

static DA: DecisionTexts = DecisionTexts {
    intro: Voiced {
        citizen: "Alle indsatser, der kræver en afgørelse, samlet ét sted. For hver afgørelse står der, hvor du kan klage.",
        professional: "Alle indsatser, der kræver en afgørelse, samlet ét sted. For hver afgørelse står der, hvor borgeren kan klage.",
    },
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
    routes_one: "Du klager over alle afgørelserne her samme sted:",
    routes_several: |n| format!("Afgørelserne her har {n} forskellige klageveje. Du klager over hver afgørelse dér, hvor den hører til:"),
    route_heading: |body| format!("Klage til {body}"),
    route_unknown_heading: "Klageadgang står i afgørelsen",
    route_unknown: "For disse afgørelser står det i afgørelsesbrevet, hvor og hvornår du kan klage.",
    route_unknown_one: Voiced {
        citizen: "Hvor og hvornår du kan klage over denne afgørelse, står i afgørelsesbrevet.",
        professional: "Hvor og hvornår borgeren kan klage over denne afgørelse, står i afgørelsesbrevet. Kataloget kender ikke klageadgangen for dette lovgrundlag.",
    },
    route_see_letter: "Se afgørelsen",
    route_how: |weeks, via| match (weeks, via) {
        (Some(w), true) => format!("Send klagen til den, der traf afgørelsen, senest {w} uger efter, at du fik den. De ser på sagen igen. Er de stadig uenige med dig, sender de klagen videre."),
        (Some(w), false) => format!("Send klagen direkte til klagestedet senest {w} uger efter, at du fik afgørelsen."),
        (None, true) => "Send klagen til den, der traf afgørelsen. De ser på sagen igen. Fristen står i afgørelsen.".to_string(),
        (None, false) => "Send klagen direkte til klagestedet. Fristen står i afgørelsen.".to_string(),
    },
    route_applies: |titles| format!("Gælder: {titles}"),
    route_for_intervention: |body, how| format!("Klage over afgørelsen: {body}. {how}"),
    col_reasons: "Begrundelse",
    col_complaint: "Klage til",
    general_guide_heading: "Generelt om at klage",
    complaint_default: crate::model::decision::DEFAULT_COMPLAINT_ROUTE,
};

static EN: DecisionTexts = DecisionTexts {
    intro: Voiced {
        citizen: "Every intervention that needs a decision, in one place. Each decision says where you can complain about it.",
        professional: "Every intervention that needs a decision, in one place. Each decision says where the citizen can complain about it.",
    },
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
    routes_one: "You complain about all the decisions here in the same place:",
    routes_several: |n| format!("The decisions here have {n} different ways to complain. Complain about each decision where it belongs:"),
    route_heading: |body| format!("Complain to {body}"),
    route_unknown_heading: "The decision letter says where",
    route_unknown: "For these decisions, the decision letter says where and by when you can complain.",
    route_unknown_one: Voiced {
        citizen: "The decision letter says where and by when you can complain about this decision.",
        professional: "The decision letter says where and by when the citizen can complain about this decision. The catalogue does not know the complaint route for this legal basis.",
    },
    route_see_letter: "See the decision",
    route_how: |weeks, via| match (weeks, via) {
        (Some(w), true) => format!("Send the complaint to whoever made the decision, no later than {w} weeks after you got it. They look at the case again. If they still disagree with you, they send the complaint on."),
        (Some(w), false) => format!("Send the complaint straight to the complaints body, no later than {w} weeks after you got the decision."),
        (None, true) => "Send the complaint to whoever made the decision. They look at the case again. The time limit is in the decision letter.".to_string(),
        (None, false) => "Send the complaint straight to the complaints body. The time limit is in the decision letter.".to_string(),
    },
    route_applies: |titles| format!("Applies to: {titles}"),
    route_for_intervention: |body, how| format!("Complaints about this decision: {body}. {how}"),
    col_reasons: "Reasons",
    col_complaint: "Complain to",
    general_guide_heading: "About complaining in general",
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

impl DecisionTexts {
    /// The line under an intervention's decision fields: where a complaint goes.
    pub fn route_line(
        &self,
        lang: Lang,
        voice: Voice,
        route: Option<&ComplaintRouteEntry>,
    ) -> String {
        match route {
            Some(r) => (self.route_for_intervention)(
                lang.catalogue_label(&r.body),
                &(self.route_how)(r.deadline_weeks, r.via_authority),
            ),
            None => self.route_unknown_one.to(voice).to_string(),
        }
    }
}

impl Lang {
    pub fn decision(self) -> &'static DecisionTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
