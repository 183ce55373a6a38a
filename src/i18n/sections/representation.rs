//! Strings for consent details (who gave it, obtain or pass on, categories, expiry, form),
//! representation (bisidder, partsrepræsentant, værge, tolk, language needs), children
//! (party status from 10, the child's own words, custody holders) and agreement a
//! caseworker records on the citizen's behalf. Law references checked against stored
//! pages (see the report of issue 13): forvaltningsloven § 8, værgemålsloven § 5,
//! retssikkerhedsloven § 11 a, barnets lov § 3 and § 5.

use crate::i18n::Lang;

pub struct RepresentationTexts {
    // Consent details
    pub uses_legend: &'static str,
    pub uses_hint: &'static str,
    pub categories_legend: &'static str,
    pub categories_hint: &'static str,
    pub given_by_label: &'static str,
    pub giver_names_label: &'static str,
    pub giver_names_hint: &'static str,
    pub custody_both_hint: &'static str,
    pub expires_label: &'static str,
    pub form_label: &'static str,
    pub recorded_by_label: &'static str,
    pub uses_short: &'static str,
    pub categories_short: &'static str,
    pub given_by_short: &'static str,
    pub not_stated: &'static str,
    pub expires_short: &'static str,
    pub expired_on: fn(&str) -> String,
    pub form_short: fn(&str, &str) -> String,
    pub banner_expired: fn(&str, &str) -> String,
    pub withdraw_when_locked: &'static str,
    pub custody_one_of_two: &'static str,
    // People and representation
    pub kind_hint: &'static str,
    pub power_of_attorney_label: &'static str,
    pub power_of_attorney_short: &'static str,
    pub power_of_attorney_missing: &'static str,
    pub language_heading: &'static str,
    pub preferred_language_label: &'static str,
    pub preferred_language_hint: &'static str,
    pub interpreter_needed_label: &'static str,
    pub citizen_birth_date_label: &'static str,
    pub child_plan_note: &'static str,
    // Children
    pub birth_date_label: &'static str,
    pub age: fn(u32) -> String,
    pub party_from_ten: &'static str,
    pub party_in: fn(u32) -> String,
    pub child_own_words_label: &'static str,
    pub child_own_words_hint: &'static str,
    // Agreement recorded for the citizen
    pub record_spoken_label: &'static str,
    pub record_spoken_hint: &'static str,
    pub recorded_for_citizen: fn(&str, &str) -> String,
    pub recorded_short: fn(&str) -> String,
    // Approval of a child's plan
    pub custody_approval_heading: &'static str,
    pub custody_approval_needed: fn(usize) -> String,
    pub custody_approve: fn(&str) -> String,
    pub custody_approved: fn(&str, &str) -> String,
    pub custody_approve_hint: &'static str,
    pub the_custody_holders: &'static str,
}

static DA: RepresentationTexts = RepresentationTexts {
    uses_legend: "Hvad må kommunen?",
    uses_hint: "Indhente: spørge andre om oplysninger (retssikkerhedsloven § 11 a). Videregive: sende oplysninger videre til andre.",
    categories_legend: "Hvilke slags oplysninger?",
    categories_hint: "Helbredsoplysninger må kun deles, hvis de er valgt her.",
    given_by_label: "Hvem gav samtykket?",
    giver_names_label: "Navn",
    giver_names_hint: "Én pr. linje. For et barn: begge forældremyndighedsindehavere, hvis der er to.",
    custody_both_hint: "Har to personer forældremyndigheden, skal begge give samtykke.",
    expires_label: "Gælder til og med",
    form_label: "Hvordan blev samtykket givet?",
    recorded_by_label: "Registreret af",
    uses_short: "Kommunen må",
    categories_short: "Slags oplysninger",
    given_by_short: "Givet af",
    not_stated: "Ikke angivet",
    expires_short: "Gælder til og med",
    expired_on: |d| format!("Udløbet {d}"),
    form_short: |form, by| {
        if by.is_empty() {
            form.to_string()
        } else {
            format!("{form}, registreret af {by}")
        }
    },
    banner_expired: |what, when| format!("{what} udløb {when}."),
    withdraw_when_locked: "Planen er godkendt og låst, men et samtykke kan altid trækkes tilbage med det samme.",
    custody_one_of_two: "Kun én forældremyndighedsindehaver har givet samtykke, men planen nævner to.",
    kind_hint: "Bisidder: er med til møder og støtter borgeren, men handler ikke på borgerens vegne. Partsrepræsentant: handler på borgerens vegne med fuldmagt (forvaltningsloven § 8). Værge: beskikket efter værgemålsloven og handler for borgeren inden for værgemålet (§ 5).",
    power_of_attorney_label: "Fuldmagt givet den",
    power_of_attorney_short: "Fuldmagt",
    power_of_attorney_missing: "Ingen dato for fuldmagt",
    language_heading: "Sprog og tolk",
    preferred_language_label: "Sprog, borgeren helst vil tale",
    preferred_language_hint: "Fx \u{201c}arabisk\u{201d} eller \u{201c}dansk tegnsprog\u{201d}",
    interpreter_needed_label: "Der skal være tolk til møderne",
    citizen_birth_date_label: "Borgerens fødselsdato (kun for et barns plan)",
    child_plan_note: "Borgeren er et barn. Begge forældremyndighedsindehavere skal give samtykke og godkende planen.",
    birth_date_label: "Fødselsdato",
    age: |years| format!("{years} år"),
    party_from_ten: "Part i sagen: barnet er fyldt 10 år og udøver selv partsbeføjelser i de sager, barnets lov § 3 nævner, fx indsatser efter § 32, stk. 1, og anbringelse efter § 46. Barnets synspunkter skal, uanset alder, inddrages, før der træffes afgørelse (§ 5, stk. 3).",
    party_in: |years| format!("Barnet bliver part i sagen (barnets lov § 3) om {years} år."),
    child_own_words_label: "Barnets egne ord",
    child_own_words_hint: "Skriv med barnets egne ord, hvad barnet ønsker og mener (barnets lov § 5).",
    record_spoken_label: "Skriv borgerens svar ind: borgeren har sagt det højt på et møde",
    record_spoken_hint: "Svaret bliver vist som registreret af dig på borgerens vegne.",
    recorded_for_citizen: |by, when| format!("Sagt af borgeren på et møde og registreret af {by} {when}."),
    recorded_short: |by| format!("sagt på et møde, registreret af {by}"),
    custody_approval_heading: "Forældremyndighedsindehavernes godkendelse",
    custody_approval_needed: |n| {
        if n == 1 {
            "Forældremyndighedsindehaveren skal også godkende planen.".to_string()
        } else if n == 2 {
            "Begge forældremyndighedsindehavere skal også godkende planen.".to_string()
        } else {
            format!("Alle {n} forældremyndighedsindehavere skal også godkende planen.")
        }
    },
    custody_approve: |name| format!("Godkend som forældremyndighedsindehaver: {name}"),
    custody_approved: |name, when| format!("{name} har godkendt {when}."),
    custody_approve_hint: "En forældremyndighedsindehaver godkender selv: vælg \u{201c}Borger\u{201d} under \u{201c}Hvem skriver?\u{201d} og skriv sit navn, som det står under Personer.",
    the_custody_holders: "forældremyndighedsindehaverne",
};

static EN: RepresentationTexts = RepresentationTexts {
    uses_legend: "What may the municipality do?",
    uses_hint: "Obtain: ask others for information (Danish Legal Protection Act, § 11 a). Pass on: send information on to others.",
    categories_legend: "Which kinds of information?",
    categories_hint: "Health data may only be shared when it is chosen here.",
    given_by_label: "Who gave the consent?",
    giver_names_label: "Name",
    giver_names_hint: "One per line. For a child: both holders of custody, if there are two.",
    custody_both_hint: "Where two people hold custody, both must consent.",
    expires_label: "In force up to and including",
    form_label: "How was the consent given?",
    recorded_by_label: "Recorded by",
    uses_short: "The municipality may",
    categories_short: "Kinds of information",
    given_by_short: "Given by",
    not_stated: "Not stated",
    expires_short: "In force up to and including",
    expired_on: |d| format!("Expired {d}"),
    form_short: |form, by| {
        if by.is_empty() {
            form.to_string()
        } else {
            format!("{form}, recorded by {by}")
        }
    },
    banner_expired: |what, when| format!("{what} expired {when}."),
    withdraw_when_locked: "The plan is approved and locked, but a consent can always be withdrawn at once.",
    custody_one_of_two: "Only one holder of custody has consented, but the plan names two.",
    kind_hint: "Support person (bisidder): comes to meetings and supports the citizen, but does not act for them. Party representative: acts for the citizen with a power of attorney (Public Administration Act, § 8). Guardian (værge): appointed under the Guardianship Act, acts for the citizen within the guardianship (§ 5).",
    power_of_attorney_label: "Power of attorney given on",
    power_of_attorney_short: "Power of attorney",
    power_of_attorney_missing: "No date for the power of attorney",
    language_heading: "Language and interpreter",
    preferred_language_label: "Language the citizen prefers to speak",
    preferred_language_hint: "E.g. \u{201c}Arabic\u{201d} or \u{201c}Danish Sign Language\u{201d}",
    interpreter_needed_label: "Meetings need an interpreter",
    citizen_birth_date_label: "The citizen's date of birth (only for a child's plan)",
    child_plan_note: "The citizen is a child. Both holders of custody must consent and approve the plan.",
    birth_date_label: "Date of birth",
    age: |years| format!("{years} years old"),
    party_from_ten: "Party to the case: the child is 10 or older and exercises party rights in the cases listed in the Children's Act (barnets lov) § 3, e.g. support under § 32(1) and placement under § 46. At any age, the child's views must be sought before a decision (§ 5(3)).",
    party_in: |years| format!("The child becomes a party to the case (barnets lov § 3) in {years} years."),
    child_own_words_label: "The child's own words",
    child_own_words_hint: "Write in the child's own words what the child wishes and thinks (barnets lov § 5).",
    record_spoken_label: "Record the citizen's answer: the citizen said it aloud at a meeting",
    record_spoken_hint: "The answer is shown as recorded by you on the citizen's behalf.",
    recorded_for_citizen: |by, when| format!("Said by the citizen at a meeting and recorded by {by} {when}."),
    recorded_short: |by| format!("said at a meeting, recorded by {by}"),
    custody_approval_heading: "Approval by the holders of custody",
    custody_approval_needed: |n| {
        if n == 1 {
            "The holder of custody must also approve the plan.".to_string()
        } else if n == 2 {
            "Both holders of custody must also approve the plan.".to_string()
        } else {
            format!("All {n} holders of custody must also approve the plan.")
        }
    },
    custody_approve: |name| format!("Approve as holder of custody: {name}"),
    custody_approved: |name, when| format!("{name} approved {when}."),
    custody_approve_hint: "A holder of custody approves in person: choose \u{201c}Citizen\u{201d} under \u{201c}Who is writing?\u{201d} and write their name as it is under People.",
    the_custody_holders: "the holders of custody",
};

impl Lang {
    pub fn representation(self) -> &'static RepresentationTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
