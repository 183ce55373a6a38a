//! Why an edit was refused, said in each language. The model gives data, not sentences.

use super::Lang;
use crate::model::{ApprovalRole, EditError, GoalLevel};

impl Lang {
    pub fn edit_error(self, error: &EditError) -> String {
        use EditError as E;
        let da = self == Lang::Da;
        let approver = |role: &ApprovalRole| match (role, da) {
            (ApprovalRole::Citizen, true) => "borgeren",
            (ApprovalRole::Citizen, false) => "the citizen",
            (ApprovalRole::Caseworker, true) => "sagsbehandleren",
            (ApprovalRole::Caseworker, false) => "the caseworker",
        };
        let level = |l: &GoalLevel| self.goal_level(*l).to_lowercase();
        match (error, da) {
            (E::Locked { version }, true) => format!("Version {version} er godkendt af begge og låst. Start en ny version for at ændre planen."),
            (E::Locked { version }, false) => format!("Version {version} is approved by both and locked. Start a new version to change the plan."),
            (E::NotLocked { .. }, true) => "En ny version kan først startes, når planen er godkendt af begge.".into(),
            (E::NotLocked { .. }, false) => "A new version can only be started once both have approved the plan.".into(),
            (E::NotFound { kind, .. }, true) => format!("Dette {} findes ikke længere.", self.item_kind(*kind)),
            (E::NotFound { kind, .. }, false) => format!("This {} no longer exists.", self.item_kind(*kind)),
            (E::DuplicateId { kind, .. }, true) => format!("Et {} med samme id findes allerede.", self.item_kind(*kind)),
            (E::DuplicateId { kind, .. }, false) => format!("A {} with the same id already exists.", self.item_kind(*kind)),
            (E::TooLong { max, actual, .. }, true) => format!("Teksten er for lang: {actual} tegn, højst {max}."),
            (E::TooLong { max, actual, .. }, false) => format!("The text is too long: {actual} characters, at most {max}."),
            (E::TooMany { max, .. }, true) => format!("Der er for mange: højst {max}."),
            (E::TooMany { max, .. }, false) => format!("There are too many: at most {max}."),
            (E::ControlCharacter { .. }, true) => "Teksten indeholder et usynligt styretegn. Fjern det (tabulator og linjeskift er tilladt).".into(),
            (E::ControlCharacter { .. }, false) => "The text contains an invisible control character. Remove it (tab and line break are allowed).".into(),
            (E::Empty { .. }, true) => "Feltet skal udfyldes.".into(),
            (E::Empty { .. }, false) => "This field must be filled in.".into(),
            (E::PositionOutOfRange { .. }, true) => "Det kan ikke flyttes længere.".into(),
            (E::PositionOutOfRange { .. }, false) => "It cannot move any further.".into(),
            (E::NoChange, true) => "Intet blev ændret.".into(),
            (E::NoChange, false) => "Nothing changed.".into(),
            (E::WrongNesting { level: l, parent_level }, true) => match parent_level {
                None => format!("Et {} skal høre under et andet mål.", level(l)),
                Some(p) => format!("Et {} kan ikke høre under et {}.", level(l), level(p)),
            },
            (E::WrongNesting { level: l, parent_level }, false) => match parent_level {
                None => format!("A {} must sit under another goal.", level(l)),
                Some(p) => format!("A {} cannot sit under a {}.", level(l), level(p)),
            },
            (E::HasSubGoals { count }, true) => format!("Målet har {count} delmål. Flyt eller fjern dem først."),
            (E::HasSubGoals { count }, false) => format!("The goal has {count} sub-goal(s). Move or remove them first."),
            (E::DependencyCycle { .. }, true) => "Det ville lave en cirkel: en indsats ville skulle komme før sig selv.".into(),
            (E::DependencyCycle { .. }, false) => "That would make a circle: an intervention would have to come before itself.".into(),
            (E::AlreadyLinked { .. }, true) => "De er allerede knyttet sammen.".into(),
            (E::AlreadyLinked { .. }, false) => "They are already linked.".into(),
            (E::NotLinked { .. }, true) => "De er ikke knyttet sammen.".into(),
            (E::NotLinked { .. }, false) => "They are not linked.".into(),
            (E::DuplicateResult { .. }, true) => "Opfølgningen har allerede et resultat for den indsats.".into(),
            (E::DuplicateResult { .. }, false) => "The follow-up already has a result for that intervention.".into(),
            (E::AgreementByCitizenOnly { .. }, true) => "Kun borgeren kan sige, om hun eller han er enig.".into(),
            (E::AgreementByCitizenOnly { .. }, false) => "Only the citizen can say whether they agree.".into(),
            (E::ApprovalNotAllowed { role, as_role }, true) => format!("En {} kan ikke godkende på vegne af {}.", self.role(*role).to_lowercase(), approver(as_role)),
            (E::ApprovalNotAllowed { role, as_role }, false) => format!("A {} cannot approve on behalf of {}.", self.role(*role).to_lowercase(), approver(as_role)),
            (E::AlreadyApproved { as_role, .. }, true) => format!("Planen er allerede godkendt af {}.", approver(as_role)),
            (E::AlreadyApproved { as_role, .. }, false) => format!("The plan is already approved by {}.", approver(as_role)),
            (E::NotApproved { as_role, .. }, true) => format!("Planen er ikke godkendt af {}.", approver(as_role)),
            (E::NotApproved { as_role, .. }, false) => format!("The plan is not approved by {}.", approver(as_role)),
            (E::RatingOutOfScale { .. }, true) => "Vurderingen skal ligge mellem −2 og +2.".into(),
            (E::RatingOutOfScale { .. }, false) => "The rating must be between −2 and +2.".into(),
            (E::PerspectiveNotAllowed { .. }, true) => "Borger og fagperson vurderer hver for sig: du kan kun give din egen vurdering.".into(),
            (E::PerspectiveNotAllowed { .. }, false) => "Citizen and professional rate separately: you can only give your own rating.".into(),
            (E::OwnDescriptionOnly, true) => "Du kan skrive din egen beskrivelse. Fagpersonernes beskrivelse skriver de selv.".into(),
            (E::OwnDescriptionOnly, false) => "You can write your own description. The professionals write theirs themselves.".into(),
            (E::NotAuthor { kind }, true) => format!("Kun den, der skrev denne {}, kan fjerne den.", self.item_kind(*kind)),
            (E::NotAuthor { kind }, false) => format!("Only the person who wrote this {} can remove it.", self.item_kind(*kind)),
            (E::AlreadyWithdrawn { .. }, true) => "Samtykket er allerede trukket tilbage.".into(),
            (E::AlreadyWithdrawn { .. }, false) => "The consent is already withdrawn.".into(),
            (E::NotAUserEdit, true) => "Den ændring kan ikke laves direkte.".into(),
            (E::NotAUserEdit, false) => "That change cannot be made directly.".into(),
            (E::DateOutOfRange { field, date }, true) if field == "time" => format!("Computerens ur viser {}, og det kan ikke passe. Ændringen er ikke gemt. Ret uret, og prøv igen.", self.format_date(*date)),
            (E::DateOutOfRange { field, date }, false) if field == "time" => format!("The computer's clock says {}, which cannot be right. The change was not saved. Correct the clock and try again.", self.format_date(*date)),
            (E::DateOutOfRange { date, .. }, true) => format!("Datoen {} kan ikke bruges. Skriv en dato mellem år 1900 og år 2200.", self.format_date(*date)),
            (E::DateOutOfRange { date, .. }, false) => format!("The date {} cannot be used. Enter a date between the years 1900 and 2200.", self.format_date(*date)),
            (E::VersionLimit { .. }, true) => "Planen kan ikke få flere versioner.".into(),
            (E::VersionLimit { .. }, false) => "The plan cannot have any more versions.".into(),
            // Field edits come from the editor's own fields or from a host; a user sees
            // these only when a host sends a wrong edit, or a text changed underneath.
            (E::UnknownField { field }, true) => format!("Feltet »{field}« kan ikke ændres for sig."),
            (E::UnknownField { field }, false) => format!("The field “{field}” cannot be changed on its own."),
            (E::InvalidValue { field }, true) => format!("Værdien passer ikke til feltet »{field}«."),
            (E::InvalidValue { field }, false) => format!("The value does not fit the field “{field}”."),
            (E::NotText { field }, true) => format!("Feltet »{field}« er ikke en tekst."),
            (E::NotText { field }, false) => format!("The field “{field}” is not a text."),
            (E::SpliceOutOfRange { .. }, true) => "Teksten er ændret imens. Prøv igen.".into(),
            (E::SpliceOutOfRange { .. }, false) => "The text changed meanwhile. Please try again.".into(),
            (E::ChangedSince { .. }, true) => "En anden har ændret det siden, så din ændring kan ikke fortrydes. Den andens ændring bliver stående.".into(),
            (E::ChangedSince { .. }, false) => "Someone else has changed it since, so your change cannot be undone. Their change stays.".into(),
        }
    }
}
