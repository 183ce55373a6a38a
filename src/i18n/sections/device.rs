//! Strings about the plan on this device: a save that could not be read, copies kept aside,
//! another window's changes, "remove the plan from this device", and the list of things in
//! the plan to fix (the model's problems, worded here by kind and place).

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::model::ProblemKind;

pub struct DeviceTexts {
    pub held_status: &'static str,
    pub unreadable_heading: &'static str,
    pub unreadable_text: &'static str,
    pub download_unreadable: &'static str,
    pub resume: &'static str,
    pub resume_hint: &'static str,
    /// The file name of a downloaded save that could not be read (plain text).
    pub unreadable_file: fn(NaiveDate) -> String,
    pub downloaded: fn(&str) -> String,
    pub download_failed: &'static str,

    pub copies_heading: &'static str,
    pub copies_intro: &'static str,
    /// "Unreadable plan from <date> <time>".
    pub copy_from: fn(&str, &str) -> String,
    /// `chrono` format of a time of day.
    pub time_format: &'static str,
    pub copy_unknown_date: &'static str,
    pub copy_download: &'static str,
    pub copy_delete: &'static str,
    pub copy_delete_question: &'static str,
    pub copy_delete_yes: &'static str,
    pub copy_deleted: &'static str,
    pub cancel: &'static str,

    pub remove: &'static str,
    pub remove_hint: &'static str,
    pub remove_question: &'static str,
    pub remove_text: &'static str,
    pub remove_yes: &'static str,
    pub removed: &'static str,
    pub remove_failed: &'static str,
    pub removed_elsewhere: &'static str,

    pub followed: &'static str,
    pub followed_lost: fn(usize) -> String,

    pub problems_heading: fn(usize) -> String,
    pub problems_intro: &'static str,
    pub problem_open: &'static str,
    pub whole_plan: &'static str,
    pub goal: fn(&str) -> String,
    pub intervention: fn(&str) -> String,
    pub person: fn(&str) -> String,
    pub a_consent: &'static str,
    pub a_follow_up: &'static str,
    pub a_linked_plan: &'static str,
    pub untitled_goal: &'static str,
    pub untitled_intervention: &'static str,
    pub unnamed_person: &'static str,
}

static DA: DeviceTexts = DeviceTexts {
    held_status: "Læs beskeden herunder, før du skriver videre.",
    unreadable_heading: "Den gemte plan kunne ikke læses",
    unreadable_text: "Der var ikke plads i browseren til at gemme en kopi af den, så den ligger stadig her, som den var. Editoren gemmer ikke noget, så den ikke bliver overskrevet. Hent den som fil, så du kan give den til din sagsbehandler. Vælg derefter, om editoren må gemme igen.",
    download_unreadable: "Hent den gemte plan som fil",
    resume: "Begynd at gemme igen",
    resume_hint: "Den gemte plan, der ikke kunne læses, bliver så slettet. Hent den som fil først.",
    unreadable_file: |date| format!("helhedsplan-ulaeselig-{}.txt", date.format("%Y-%m-%d")),
    downloaded: |name| format!("Filen er gemt som \u{201c}{name}\u{201d}."),
    download_failed: "Filen kunne ikke hentes.",

    copies_heading: "Gemte kopier på denne enhed",
    copies_intro: "Planer, som editoren har lagt til side, så de ikke går tabt: en gemt plan, der ikke kunne læses, eller din egen udgave, da en anden udgave blev hentet. Hent en som fil, og giv den til din sagsbehandler, hvis der mangler noget i din plan.",
    copy_from: |date, time| format!("Plan, der ikke kunne læses, fra {date} kl. {time}"),
    time_format: "%H.%M",
    copy_unknown_date: "Plan, der ikke kunne læses (ukendt dato)",
    copy_download: "Hent som fil",
    copy_delete: "Slet",
    copy_delete_question: "Slet kopien? Den kan ikke hentes igen.",
    copy_delete_yes: "Ja, slet kopien",
    copy_deleted: "Kopien er slettet.",
    cancel: "Annullér",

    remove: "Fjern planen fra denne enhed",
    remove_hint: "Gør det, når du er færdig på en computer, som andre også bruger.",
    remove_question: "Fjern planen fra denne enhed?",
    remove_text: "Planen, dit navn og gemte kopier bliver slettet fra denne browser. Har du ikke gemt planen som fil eller sendt den, kan den ikke hentes igen.",
    remove_yes: "Ja, fjern planen",
    removed: "Planen er fjernet fra denne enhed. Du starter med en tom plan.",
    remove_failed: "Noget kunne ikke slettes fra browseren. Prøv igen, eller ryd browserens data.",
    removed_elsewhere: "Planen er fjernet fra denne enhed i et andet vindue. Du starter med en tom plan.",

    followed: "Planen er opdateret med ændringer fra et andet vindue.",
    followed_lost: |n| {
        if n == 1 {
            "Planen er opdateret med ændringer fra et andet vindue. 1 af dine seneste ændringer passede ikke længere og kom ikke med.".to_string()
        } else {
            format!("Planen er opdateret med ændringer fra et andet vindue. {n} af dine seneste ændringer passede ikke længere og kom ikke med.")
        }
    },

    problems_heading: |n| {
        if n == 1 {
            "1 ting i planen skal rettes".to_string()
        } else {
            format!("{n} ting i planen skal rettes")
        }
    },
    problems_intro: "Du kan arbejde videre med planen. Ret disse ting, når du kan:",
    problem_open: "Gå dertil",
    whole_plan: "Planen",
    goal: |title| format!("Målet \u{201c}{title}\u{201d}"),
    intervention: |title| format!("Indsatsen \u{201c}{title}\u{201d}"),
    person: |name| format!("Personen \u{201c}{name}\u{201d}"),
    a_consent: "Et samtykke",
    a_follow_up: "En opfølgning",
    a_linked_plan: "En anden plan",
    untitled_goal: "Et mål uden titel",
    untitled_intervention: "En indsats uden titel",
    unnamed_person: "En person uden navn",
};

static EN: DeviceTexts = DeviceTexts {
    held_status: "Read the message below before you write on.",
    unreadable_heading: "The saved plan could not be read",
    unreadable_text: "There was no room in the browser to keep a copy of it, so it is still here as it was. The editor saves nothing, so that it is not overwritten. Download it as a file, so you can give it to your caseworker. Then choose whether the editor may save again.",
    download_unreadable: "Download the saved plan as a file",
    resume: "Start saving again",
    resume_hint: "The saved plan that could not be read is then deleted. Download it as a file first.",
    unreadable_file: |date| format!("helhedsplan-unreadable-{}.txt", date.format("%Y-%m-%d")),
    downloaded: |name| format!("The file is saved as \u{201c}{name}\u{201d}."),
    download_failed: "The file could not be downloaded.",

    copies_heading: "Copies kept on this device",
    copies_intro: "Plans the editor has kept aside so that they are not lost: a saved plan that could not be read, or your own version when another version was loaded. Download one as a file and give it to your caseworker if something is missing from your plan.",
    copy_from: |date, time| format!("Plan that could not be read, from {date} at {time}"),
    time_format: "%H:%M",
    copy_unknown_date: "Plan that could not be read (date unknown)",
    copy_download: "Download as a file",
    copy_delete: "Delete",
    copy_delete_question: "Delete the copy? It cannot be brought back.",
    copy_delete_yes: "Yes, delete the copy",
    copy_deleted: "The copy is deleted.",
    cancel: "Cancel",

    remove: "Remove the plan from this device",
    remove_hint: "Do this when you are done on a computer that others use too.",
    remove_question: "Remove the plan from this device?",
    remove_text: "The plan, your name and kept copies are deleted from this browser. If you have not saved the plan as a file or sent it, it cannot be brought back.",
    remove_yes: "Yes, remove the plan",
    removed: "The plan is removed from this device. You start with an empty plan.",
    remove_failed: "Something could not be deleted from the browser. Try again, or clear the browser's data.",
    removed_elsewhere: "The plan was removed from this device in another window. You start with an empty plan.",

    followed: "The plan is updated with changes from another window.",
    followed_lost: |n| {
        if n == 1 {
            "The plan is updated with changes from another window. 1 of your latest changes no longer fitted and was left out.".to_string()
        } else {
            format!("The plan is updated with changes from another window. {n} of your latest changes no longer fitted and were left out.")
        }
    },

    problems_heading: |n| {
        if n == 1 {
            "1 thing in the plan needs fixing".to_string()
        } else {
            format!("{n} things in the plan need fixing")
        }
    },
    problems_intro: "You can keep working on the plan. Fix these when you can:",
    problem_open: "Go there",
    whole_plan: "The plan",
    goal: |title| format!("The goal \u{201c}{title}\u{201d}"),
    intervention: |title| format!("The intervention \u{201c}{title}\u{201d}"),
    person: |name| format!("The person \u{201c}{name}\u{201d}"),
    a_consent: "A consent",
    a_follow_up: "A follow-up",
    a_linked_plan: "Another plan",
    untitled_goal: "A goal without a title",
    untitled_intervention: "An intervention without a title",
    unnamed_person: "A person without a name",
};

impl Lang {
    pub fn device(self) -> &'static DeviceTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }

    /// What is wrong, in words, from the problem's kind and the field its path ends in (the
    /// model's own message is English and technical).
    pub fn problem_text(self, kind: ProblemKind, path: &str) -> &'static str {
        let da = self == Lang::Da;
        let field = path
            .rsplit('/')
            .find(|segment| segment.parse::<usize>().is_err())
            .unwrap_or("");
        let pick = |d: &'static str, e: &'static str| if da { d } else { e };
        match kind {
            ProblemKind::Empty => match field {
                "title" => pick("Titlen mangler.", "The title is missing."),
                "name" => pick("Navnet mangler.", "The name is missing."),
                "law" => pick("Loven mangler.", "The law is missing."),
                _ => pick(
                    "Et felt, der skal udfyldes, er tomt.",
                    "A field that must be filled in is empty.",
                ),
            },
            ProblemKind::Date => match field {
                "period" => pick(
                    "Slutdatoen ligger før startdatoen.",
                    "The end date is before the start date.",
                ),
                "updated_at" => pick(
                    "Tidspunktet for seneste ændring ligger før oprettelsen (et ur har gået forkert).",
                    "The time of the latest change is before it was created (a clock was wrong).",
                ),
                _ => pick(
                    "To datoer står i forkert rækkefølge.",
                    "Two dates are in the wrong order.",
                ),
            },
            ProblemKind::TooLong => pick("Teksten er for lang.", "The text is too long."),
            ProblemKind::Dangling => pick(
                "Henviser til noget, der ikke findes længere.",
                "Refers to something that no longer exists.",
            ),
            ProblemKind::DuplicateId => pick("Står to gange.", "Appears twice."),
            ProblemKind::Nesting => pick(
                "Målet hører under den forkerte slags mål.",
                "The goal sits under the wrong kind of goal.",
            ),
            ProblemKind::Scale => pick(
                "En vurdering ligger uden for skalaen.",
                "A rating is outside the scale.",
            ),
            ProblemKind::ControlCharacter => pick(
                "Teksten har et usynligt styretegn.",
                "The text has an invisible control character.",
            ),
            ProblemKind::Cycle => pick(
                "Indsatserne venter på hinanden i ring.",
                "The interventions wait for each other in a circle.",
            ),
            ProblemKind::UnknownCode => pick(
                "En kode findes ikke i kataloget.",
                "A code is not in the catalogue.",
            ),
            ProblemKind::Inconsistent => pick(
                "Oplysningerne modsiger hinanden.",
                "The details contradict each other.",
            ),
            ProblemKind::DateRange => pick(
                "En dato ligger uden for årene 1900 til 2200. Ret datoen.",
                "A date is outside the years 1900 to 2200. Correct the date.",
            ),
            ProblemKind::DuplicateReference => pick(
                "Det samme er valgt to gange.",
                "The same thing is chosen twice.",
            ),
        }
    }
}
