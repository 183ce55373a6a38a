//! Strings of the embedded editor: saving to the host's server (`save-url`), the conflict
//! choice, loading a plan from `plan-src` or a catalogue from `catalogue-src`, and the
//! read-only notice.

use crate::i18n::Lang;
use crate::model::catalogue::{CatalogueList, CatalogueProblem};

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
    keep_mine: "Behold min udgave og gem den oven i",
    export_mine: "Gem min udgave som fil først",
    reloaded: "Den nyeste udgave er hentet.",
    overwritten: "Din udgave er gemt.",
    exported: "Din udgave er gemt som fil. Vælg nu, hvilken udgave der skal gælde.",
    load_failed: |why| format!("Planen kunne ikke hentes: {why}"),
    http_status: |status| format!("serveren svarede {status}."),
    network: "der er ingen forbindelse til serveren.",
    not_a_plan: |why| format!("svaret er ikke en gyldig plan ({why})."),
    catalogue_failed: |why| format!("Kommunens egne valgmuligheder (livsområder, typer af indsatser og lovgrundlag) kunne ikke hentes: {why} Editoren bruger sine egne almindelige valgmuligheder i stedet."),
    not_a_catalogue: |why| format!("svaret er ikke et gyldigt katalog ({why})."),
    catalogue_problem: |problem| {
        let list = |list: &CatalogueList| match list {
            CatalogueList::LifeAreas => "livsområderne (life_areas)",
            CatalogueList::LegalBases => "lovgrundlagene (legal_bases)",
            CatalogueList::InterventionTypes => "typerne af indsatser (intervention_types)",
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
            CatalogueProblem::UnknownLegalBasis { intervention_type, legal_basis } => format!(
                "typen \"{intervention_type}\" henviser til lovgrundlaget \"{legal_basis}\", som ikke er i kataloget"
            ),
        }
    },
    dismiss: "Luk",
    read_only: "Du kan læse planen her, men ikke ændre den.",
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
    http_status: |status| format!("the server answered {status}."),
    network: "there is no connection to the server.",
    not_a_plan: |why| format!("the answer is not a valid plan ({why})."),
    catalogue_failed: |why| format!("The municipality's own choices (life areas, types of intervention and legal bases) could not be loaded: {why} The editor uses its own general choices instead."),
    not_a_catalogue: |why| format!("the answer is not a valid catalogue ({why})."),
    // The model's own wording is English and names the JSON fields.
    catalogue_problem: |problem| problem.to_string(),
    dismiss: "Close",
    read_only: "You can read the plan here, but not change it.",
};

impl Lang {
    pub fn sync(self) -> &'static SyncTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
