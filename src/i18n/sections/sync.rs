//! Strings of the embedded editor: saving to the host's server (`save-url`), the conflict
//! choice, loading a plan from `plan-src` or a catalogue from `catalogue-src`, and the
//! read-only notice.

use crate::format::{ErrorCode, FormatError};
use crate::i18n::{Lang, Voice};
use crate::model::catalogue::{CatalogueList, CatalogueProblem};
use crate::model::rebase::{Conflict, Why};

pub struct SyncTexts {
    /// Label of the status line (screen readers hear it before the status).
    pub status_label: &'static str,
    pub loading: &'static str,
    pub saved: &'static str,
    pub saving: &'static str,
    pub offline: &'static str,
    pub conflict_status: &'static str,
    pub conflict_heading: &'static str,
    pub conflict_text: &'static str,
    pub reload_theirs: &'static str,
    pub keep_mine: &'static str,
    pub export_mine: &'static str,
    pub reloaded: &'static str,
    pub overwritten: &'static str,
    pub exported: &'static str,
    /// `plan-src` or `save-url` could not give a plan: the reason follows.
    pub load_failed: fn(&str) -> String,
    pub http_status: fn(u16) -> String,
    pub network: &'static str,
    pub not_a_plan: fn(&str) -> String,
    /// `catalogue-src` gave no usable catalogue: the reason follows; the built-in one is used.
    pub catalogue_failed: fn(&str) -> String,
    pub not_a_catalogue: fn(&str) -> String,
    /// Why a catalogue of the right JSON shape cannot be used (goes into `not_a_catalogue`).
    pub catalogue_problem: fn(&CatalogueProblem) -> String,
    pub dismiss: &'static str,
    pub read_only: &'static str,
    /// `429`/`503`: the server asked to wait.
    pub busy: &'static str,
    /// The status line when the server gave no usable plan (the reason is in the alert).
    pub not_synced: &'static str,
    /// No answer at start; the plan is shown once it is loaded.
    pub offline_loading: &'static str,
    /// A save the server refused for good (status, whether the plan is autosaved here):
    /// what happened, that the plan is not lost, what to do.
    pub save_refused: fn(u16, bool) -> String,
    /// The button that sends the plan again after a refusal.
    pub retry: &'static str,
    /// The server's plan cannot be read (the reason follows): the editor is read-only.
    pub unreadable: fn(&str) -> String,
    pub newer_version: &'static str,
    pub too_large: &'static str,
    /// A plan from `plan-src`/`save-url` replaced one with edits made here; `true`: the
    /// latter was kept aside in this browser's storage.
    pub kept_aside: fn(bool) -> String,
    pub download_kept: &'static str,
    pub kept_downloaded: &'static str,
    /// The element has no `id`, `storage-key`, `plan-src` or `save-url`: no autosave.
    pub no_storage_key: &'static str,
    /// `412`, and every edit made here was laid onto the other saved version.
    pub rebased: &'static str,
    /// `412`, and some edits could not be laid onto the other version: the list follows.
    pub rebase_heading: &'static str,
    pub rebase_text: &'static str,
    /// One change that did not land: what the user did (the change log's words, e.g.
    /// "ændrede målet") and to which item.
    pub rebase_what: fn(&str, Option<&str>) -> String,
    /// Why it did not land: the edit's refusal follows.
    pub rebase_refused: fn(&str) -> String,
    /// Both wrote in the same place of one text: the user's text is in the plan.
    pub rebase_replaced: &'static str,
    pub your_text: &'static str,
    pub their_text: &'static str,
    pub copy_text: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    /// The last resort after a merge: the whole plan as it was here before it.
    pub rebase_last_resort: &'static str,
    pub keep_whole_mine: &'static str,
    pub export_whole_mine: &'static str,
}

static DA: SyncTexts = SyncTexts {
    status_label: "Gemt hos kommunen:",
    loading: "Henter planen …",
    saved: "Alle ændringer er gemt.",
    saving: "Gemmer …",
    offline: "Ingen forbindelse. Dine ændringer er gemt på denne computer og bliver sendt, når forbindelsen er tilbage.",
    conflict_status: "Planen er ændret et andet sted. Vælg, hvad der skal ske.",
    conflict_heading: "Planen er ændret af en anden",
    conflict_text: "Mens du skrev, har en anden gemt en ny udgave af planen. Dine ændringer er ikke væk. Vælg, hvilken udgave der skal gælde:",
    reload_theirs: "Hent den anden udgave (mine ændringer forsvinder)",
    keep_mine: "Behold min udgave, og gem den oven i den anden",
    export_mine: "Gem min udgave som fil først",
    reloaded: "Den nyeste udgave er hentet.",
    overwritten: "Din udgave er gemt.",
    exported: "Din udgave er gemt som fil. Vælg nu, hvilken udgave der skal gælde.",
    load_failed: |why| format!("Planen kunne ikke hentes: {why}"),
    http_status: |status| match status {
        401 => format!("du er ikke logget ind (serveren svarede {status})."),
        403 => format!("du har ikke adgang til planen (serveren svarede {status})."),
        404 => format!("den findes ikke på serveren (serveren svarede {status})."),
        _ => format!("serveren svarede {status}."),
    },
    network: "der er ingen forbindelse til serveren.",
    not_a_plan: |why| format!("svaret er ikke en gyldig plan ({why})."),
    catalogue_failed: |why| format!("Kommunens egne valgmuligheder (livsområder, typer af indsatser og lovgrundlag) kunne ikke hentes: {why} Editoren bruger sine egne almindelige valgmuligheder i stedet."),
    not_a_catalogue: |why| format!("svaret er ikke et gyldigt katalog ({why})."),
    catalogue_problem: |problem| {
        let list = |list: &CatalogueList| match list {
            CatalogueList::LifeAreas => "livsområderne (life_areas)",
            CatalogueList::LegalBases => "lovgrundlagene (legal_bases)",
            CatalogueList::InterventionTypes => "typerne af indsatser (intervention_types)",
            CatalogueList::ComplaintRoutes => "klagevejene (complaint_routes)",
            CatalogueList::PlanTypes => "typerne af planer (plan_types)",
        };
        match problem {
            CatalogueProblem::NoLifeAreas => "det har ingen livsområder".to_string(),
            CatalogueProblem::EmptyCode { list: l } => format!("en af {} har ingen kode", list(l)),
            CatalogueProblem::DuplicateCode { list: l, code } => {
                format!("to af {} har koden \"{code}\"", list(l))
            }
            CatalogueProblem::EmptyLabel { list: l, code } => {
                format!("\"{code}\" under {} mangler et navn på dansk eller engelsk", list(l))
            }
            CatalogueProblem::EndsBeforeItStarts { code } => format!(
                "lovgrundlaget \"{code}\" holder op med at gælde (valid_to), før det begynder (valid_from)"
            ),
            CatalogueProblem::UnknownLegalBasis { intervention_type, legal_basis } => format!(
                "typen \"{intervention_type}\" henviser til lovgrundlaget \"{legal_basis}\", som ikke er i kataloget"
            ),
        }
    },
    dismiss: "Luk",
    read_only: "Du kan læse planen her, men ikke ændre den.",
    busy: "Kommunens system har travlt lige nu. Dine ændringer er gemt på denne enhed og bliver sendt om lidt.",
    save_refused: |status, on_device| {
        let what = match status {
            401 => "du ikke er logget ind længere",
            403 => "du ikke har adgang til at gemme planen",
            404 => "adressen, planen gemmes på, ikke findes",
            413 => "planen er for stor til kommunens system",
            _ => "kommunens system ikke kunne tage imod planen",
        };
        let kept = if on_device {
            "Din plan er ikke væk: den er stadig gemt på denne enhed."
        } else {
            "Din plan er ikke væk, men den er kun her på siden: luk den ikke."
        };
        let todo = match status {
            401 => "Log ind igen, og tryk så på \u{201c}Prøv igen\u{201d}.",
            413 => "Gem planen som fil, og kontakt kommunen.",
            _ => "Gem planen som fil, og kontakt kommunen. Tryk på \u{201c}Prøv igen\u{201d}, når fejlen er rettet.",
        };
        format!("Planen blev ikke gemt hos kommunen, fordi {what} (svar {status}). {kept} {todo}")
    },
    retry: "Prøv igen",
    not_synced: "Planen bliver ikke gemt hos kommunen.",
    offline_loading: "Ingen forbindelse til kommunen. Planen bliver vist, så snart den er hentet.",
    unreadable: |why| format!("Planen hos kommunen kan ikke læses af denne editor: {why} Så den ikke bliver overskrevet, kan du kun læse planen her, og intet bliver gemt hos kommunen. Kontakt kommunen."),
    newer_version: "den er gemt af en nyere udgave af editoren.",
    too_large: "svaret er større end 5 MB.",
    kept_aside: |stored| {
        if stored {
            "Planen fra kommunen er en anden end den, der var på denne enhed, og den vises nu. Din egen udgave er ikke slettet: den er lagt til side på denne enhed. Hent den som fil, hvis du vil bruge noget fra den.".to_string()
        } else {
            "Planen fra kommunen er en anden end den, der var på denne enhed, og den vises nu. Din egen udgave kunne ikke lægges til side på denne enhed: hent den som fil nu, ellers er den væk, når du lukker siden.".to_string()
        }
    },
    download_kept: "Hent min egen udgave som fil",
    kept_downloaded: "Din egen udgave er gemt som fil.",
    no_storage_key: "Planen bliver ikke gemt på denne enhed, fordi siden ikke har fortalt editoren, hvilken plan det er. Gem planen som fil, før du lukker siden.",
    rebased: "En anden havde gemt planen imens. Dine ændringer er lagt ind i den nye udgave.",
    rebase_heading: "Nogle af dine ændringer kunne ikke komme med",
    rebase_text: "Mens du skrev, har en anden gemt planen. Dine andre ændringer er lagt ind i den nye udgave og gemt. Det her passede ikke. Din tekst er ikke væk: kopiér den, og sæt den ind, hvor den skal stå.",
    rebase_what: |action, title| match title {
        Some(title) => format!("Du {action} »{title}«."),
        None => format!("Du {action}."),
    },
    rebase_refused: |why| format!("Det kom ikke med: {why}"),
    rebase_replaced: "En anden skrev samme sted i teksten. Din tekst står nu i planen. Den andens tekst står herunder, så I kan sætte den ind igen.",
    your_text: "Din tekst",
    their_text: "Den andens tekst",
    copy_text: "Kopiér teksten",
    copied: "Teksten er kopieret.",
    copy_failed: "Teksten kunne ikke kopieres. Markér den, og kopiér den selv.",
    rebase_last_resort: "Vil du hellere have hele din egen udgave, som den var, før den blev lagt sammen med den andens? Så forsvinder den andens ændringer.",
    keep_whole_mine: "Gem hele min egen udgave oven i den andens",
    export_whole_mine: "Gem min egen udgave som fil",
};

static EN: SyncTexts = SyncTexts {
    status_label: "Saved with the municipality:",
    loading: "Loading the plan …",
    saved: "All changes are saved.",
    saving: "Saving …",
    offline: "No connection. Your changes are kept on this computer and will be sent when the connection is back.",
    conflict_status: "The plan was changed somewhere else. Choose what should happen.",
    conflict_heading: "Someone else changed the plan",
    conflict_text: "While you were writing, someone else saved a new version of the plan. Your changes are not lost. Choose which version should count:",
    reload_theirs: "Load the other version (my changes are dropped)",
    keep_mine: "Keep my version and save it over theirs",
    export_mine: "Save my version as a file first",
    reloaded: "The newest version is loaded.",
    overwritten: "Your version is saved.",
    exported: "Your version is saved as a file. Now choose which version should count.",
    load_failed: |why| format!("The plan could not be loaded: {why}"),
    http_status: |status| match status {
        401 => format!("you are not logged in (the server answered {status})."),
        403 => format!("you do not have access to the plan (the server answered {status})."),
        404 => format!("it is not on the server (the server answered {status})."),
        _ => format!("the server answered {status}."),
    },
    network: "there is no connection to the server.",
    not_a_plan: |why| format!("the answer is not a valid plan ({why})."),
    catalogue_failed: |why| format!("The municipality's own choices (life areas, types of intervention and legal bases) could not be loaded: {why} The editor uses its own general choices instead."),
    not_a_catalogue: |why| format!("the answer is not a valid catalogue ({why})."),
    // The model's own wording is English and names the JSON fields.
    catalogue_problem: |problem| problem.to_string(),
    dismiss: "Close",
    read_only: "You can read the plan here, but not change it.",
    busy: "The municipality's system is busy right now. Your changes are kept on this device and will be sent shortly.",
    save_refused: |status, on_device| {
        let what = match status {
            401 => "you are no longer logged in",
            403 => "you do not have access to save the plan",
            404 => "the address the plan is saved to does not exist",
            413 => "the plan is too large for the municipality's system",
            _ => "the municipality's system could not accept the plan",
        };
        let kept = if on_device {
            "Your plan is not lost: it is still kept on this device."
        } else {
            "Your plan is not lost, but it is only on this page: do not close it."
        };
        let todo = match status {
            401 => "Log in again, then press \u{201c}Try again\u{201d}.",
            413 => "Save the plan as a file and contact the municipality.",
            _ => "Save the plan as a file and contact the municipality. Press \u{201c}Try again\u{201d} once the fault is fixed.",
        };
        format!("The plan was not saved with the municipality because {what} (answer {status}). {kept} {todo}")
    },
    retry: "Try again",
    not_synced: "The plan is not being saved with the municipality.",
    offline_loading: "No connection to the municipality. The plan is shown as soon as it is loaded.",
    unreadable: |why| format!("This editor cannot read the plan kept by the municipality: {why} So that it is not overwritten, you can only read the plan here, and nothing is saved with the municipality. Contact the municipality."),
    newer_version: "it was saved by a newer version of the editor.",
    too_large: "the answer is larger than 5 MB.",
    kept_aside: |stored| {
        if stored {
            "The plan from the municipality is another one than the one on this device, and it is shown now. Your own version is not deleted: it is kept aside on this device. Download it as a file if you want to use something from it.".to_string()
        } else {
            "The plan from the municipality is another one than the one on this device, and it is shown now. Your own version could not be kept aside on this device: download it as a file now, or it is gone when you close the page.".to_string()
        }
    },
    download_kept: "Download my own version as a file",
    kept_downloaded: "Your own version is saved as a file.",
    no_storage_key: "The plan is not saved on this device, because the page has not told the editor which plan it is. Save the plan as a file before you close the page.",
    rebased: "Someone else saved the plan meanwhile. Your changes are added to the new version.",
    rebase_heading: "Some of your changes could not be added",
    rebase_text: "While you were writing, someone else saved the plan. Your other changes are added to the new version and saved. These did not fit. Your text is not lost: copy it, and paste it where it belongs.",
    rebase_what: |action, title| match title {
        Some(title) => format!("You {action} “{title}”."),
        None => format!("You {action}."),
    },
    rebase_refused: |why| format!("It was not added: {why}"),
    rebase_replaced: "Someone else wrote in the same place of the text. Your text is in the plan now. Theirs is below, so that you can put it back.",
    your_text: "Your text",
    their_text: "Their text",
    copy_text: "Copy the text",
    copied: "The text is copied.",
    copy_failed: "The text could not be copied. Select it and copy it yourself.",
    rebase_last_resort: "Would you rather have your whole own version, as it was before it was combined with theirs? Their changes are then dropped.",
    keep_whole_mine: "Save my whole version over theirs",
    export_whole_mine: "Save my own version as a file",
};

impl Lang {
    pub fn sync(self) -> &'static SyncTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }

    /// One change that did not land as made when this device's edits were laid onto a
    /// newer plan: what the user did, to which item, and what became of it.
    pub fn rebase_conflict(self, conflict: &Conflict, voice: Voice) -> String {
        let texts = self.sync();
        let what = (texts.rebase_what)(self.action(conflict.kind), conflict.title.as_deref());
        let why = match &conflict.why {
            Why::Refused(err) => (texts.rebase_refused)(&self.edit_error(err, voice)),
            Why::TheirTextReplaced { .. } => texts.rebase_replaced.to_string(),
        };
        format!("{what} {why}")
    }

    /// Why a server's plan cannot be read, in the user's words (the technical detail follows).
    pub fn server_plan_unreadable(self, errors: &[FormatError]) -> String {
        let texts = self.sync();
        match errors.first() {
            Some(e) if e.code == ErrorCode::UnsupportedVersion => texts.newer_version.to_string(),
            Some(e) if e.code == ErrorCode::TooLarge => texts.too_large.to_string(),
            first => (texts.not_a_plan)(&first.map(ToString::to_string).unwrap_or_default()),
        }
    }
}
