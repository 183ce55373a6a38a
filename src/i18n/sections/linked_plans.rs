//! Strings of "Andre planer": the plans this plan replaces or is coordinated with, and
//! their lines in the overview and the decision summary. Citizens read these too.

use crate::i18n::Lang;
use crate::model::linked_plan::{LinkedPlanLine, PlanRelation, PlanTypeName};

pub struct LinkedPlanTexts {
    pub intro: &'static str,
    pub none: &'static str,
    pub add_heading: &'static str,
    pub type_label: &'static str,
    pub type_choose: &'static str,
    pub type_other: &'static str,
    pub other_name_label: &'static str,
    pub other_name_hint: &'static str,
    pub type_required: &'static str,
    pub unnamed: &'static str,
    pub relation_label: &'static str,
    pub replaces: &'static str,
    pub links_to: &'static str,
    pub holder_label: &'static str,
    pub holder_hint: &'static str,
    pub start_label: &'static str,
    pub end_label: &'static str,
    pub end_before_start: &'static str,
    pub note_label: &'static str,
    pub law: fn(&str) -> String,
    pub origin: fn(&str) -> String,
    pub add_button: &'static str,
    pub added: fn(&str) -> String,
    pub remove: &'static str,
    pub confirm_remove: fn(&str) -> String,
    pub confirm_yes: &'static str,
    pub confirm_no: &'static str,
    pub removed: &'static str,
    pub locked_note: &'static str,
    /// The overview: a heading and one list per relation.
    pub overview_heading: &'static str,
    pub overview_replaces: &'static str,
    pub overview_links_to: &'static str,
    pub overview_open: &'static str,
    /// A plan with its holder: "Min Plan hos Jobcenter Aarhus".
    pub with_holder: fn(&str, &str) -> String,
}

static DA: LinkedPlanTexts = LinkedPlanTexts {
    intro: "Her skriver I de andre planer, du har hos kommunen, regionen eller andre steder. Nogle planer kan denne plan erstatte, hvis du siger ja til det. Andre planer fortsætter ved siden af, og så sørger vi for, at de passer sammen med denne plan.",
    none: "Der er ikke skrevet andre planer ind endnu.",
    add_heading: "Tilføj en anden plan",
    type_label: "Hvilken plan?",
    type_choose: "Vælg en plan …",
    type_other: "En anden plan (skriv navnet)",
    other_name_label: "Planens navn",
    other_name_hint: "Skriv planen, som den hedder, fx Koordinerende indsatsplan.",
    type_required: "Vælg hvilken plan det er, eller skriv dens navn.",
    unnamed: "Plan uden navn",
    relation_label: "Hvordan hænger den sammen med denne plan?",
    replaces: "Denne plan erstatter den",
    links_to: "Den fortsætter, og vi koordinerer med den",
    holder_label: "Hvem har planen?",
    holder_hint: "Enhed og person, fx Jobcenter Aarhus, Mette Holm.",
    start_label: "Fra",
    end_label: "Til",
    end_before_start: "Slutdatoen ligger før startdatoen.",
    note_label: "Bemærkning",
    law: |law| format!("Lovgrundlag: {law}"),
    origin: |origin| format!("Kommer fra: {origin}"),
    add_button: "Tilføj planen",
    added: |name| format!("Planen {name} er tilføjet."),
    remove: "Fjern planen",
    confirm_remove: |name| format!("Vil du fjerne {name} fra listen?"),
    confirm_yes: "Ja, fjern",
    confirm_no: "Annullér",
    removed: "Planen er fjernet fra listen. Tryk Fortryd for at få den tilbage.",
    locked_note: "Planen er godkendt og låst. Start en ny version for at ændre listen over andre planer.",
    overview_heading: "Andre planer",
    overview_replaces: "Denne plan erstatter:",
    overview_links_to: "Hænger sammen med:",
    overview_open: "Se andre planer",
    with_holder: |name, holder| format!("{name} hos {holder}"),
};

static EN: LinkedPlanTexts = LinkedPlanTexts {
    intro: "Here you write down the other plans you have with the municipality, the region or elsewhere. This plan can replace some of them if you agree. Others continue alongside, and then we make sure they fit with this plan.",
    none: "No other plans have been written down yet.",
    add_heading: "Add another plan",
    type_label: "Which plan?",
    type_choose: "Choose a plan …",
    type_other: "Another plan (write its name)",
    other_name_label: "The plan's name",
    other_name_hint: "Write the plan's name as it is called, e.g. Coordinating intervention plan.",
    type_required: "Choose which plan it is, or write its name.",
    unnamed: "Plan without a name",
    relation_label: "How does it relate to this plan?",
    replaces: "This plan replaces it",
    links_to: "It continues, and we coordinate with it",
    holder_label: "Who holds the plan?",
    holder_hint: "Unit and person, e.g. Jobcenter Aarhus, Mette Holm.",
    start_label: "From",
    end_label: "To",
    end_before_start: "The end date is before the start date.",
    note_label: "Note",
    law: |law| format!("Legal basis: {law}"),
    origin: |origin| format!("Comes from: {origin}"),
    add_button: "Add the plan",
    added: |name| format!("The plan {name} has been added."),
    remove: "Remove the plan",
    confirm_remove: |name| format!("Remove {name} from the list?"),
    confirm_yes: "Yes, remove",
    confirm_no: "Cancel",
    removed: "The plan has been removed from the list. Press Undo to bring it back.",
    locked_note: "The plan is approved and locked. Start a new version to change the list of other plans.",
    overview_heading: "Other plans",
    overview_replaces: "This plan replaces:",
    overview_links_to: "Coordinated with:",
    overview_open: "See other plans",
    with_holder: |name, holder| format!("{name}, held by {holder}"),
};

impl Lang {
    pub fn linked_plans(self) -> &'static LinkedPlanTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }

    pub fn plan_relation(self, relation: PlanRelation) -> &'static str {
        let t = self.linked_plans();
        match relation {
            PlanRelation::Replaces => t.replaces,
            PlanRelation::LinksTo => t.links_to,
        }
    }

    /// A linked plan's type by name: the catalogue's label in this language, or the
    /// plan's own text (free text, or a code this catalogue does not know) as written.
    pub fn plan_type_name(self, name: &PlanTypeName<'_>) -> String {
        match name {
            PlanTypeName::Known(t) => self.catalogue_label(&t.label).to_string(),
            PlanTypeName::Text(text) => text.trim().to_string(),
        }
    }

    /// One line of the register for the overview and the decision summary:
    /// "Min Plan hos Jobcenter Aarhus", or the name alone when nobody is named.
    pub fn linked_plan_line(self, line: &LinkedPlanLine<'_>) -> String {
        self.plan_with_holder(self.plan_type_name(&line.name), &line.plan.holder)
    }

    /// A plan's name with who holds it: "Min Plan hos Jobcenter Aarhus", or the name
    /// alone when `holder` is blank.
    pub fn plan_with_holder(self, name: String, holder: &str) -> String {
        match holder.trim() {
            "" => name,
            holder => (self.linked_plans().with_holder)(&name, holder),
        }
    }
}
