//! Names of the model's enums in each language. Kept apart from the screen texts so
//! that every section shows the same word for the same thing.

use chrono::{DateTime, Local, Utc};

use super::Lang;
use crate::model::{
    AgreementStatus, ConsentKind, DecisionStatus, EditKind, ExpressedBy, GoalLevel, GoalStatus,
    InterventionStatus, ItemKind, Outcome, PersonKind, Perspective, Role, Sector,
};

/// `da` or `en` text by language.
macro_rules! pick {
    ($lang:expr, $da:expr, $en:expr) => {
        match $lang {
            Lang::Da => $da,
            Lang::En => $en,
        }
    };
}

impl Lang {
    /// A moment in the reader's local time, e.g. "22. november 2026 kl. 14.05".
    pub fn format_instant(self, at: DateTime<Utc>) -> String {
        let local = at.with_timezone(&Local);
        let time = local.format(pick!(self, "%H.%M", "%H:%M"));
        pick!(
            self,
            format!("{} kl. {time}", self.format_date(local.date_naive())),
            format!("{} at {time}", self.format_date(local.date_naive()))
        )
    }

    pub fn role(self, role: Role) -> &'static str {
        match role {
            Role::Citizen => pick!(self, "Borger", "Citizen"),
            Role::Caseworker => pick!(self, "Sagsbehandler", "Caseworker"),
            Role::Professional => pick!(self, "Anden fagperson", "Other professional"),
        }
    }

    pub fn goal_level(self, level: GoalLevel) -> &'static str {
        match level {
            GoalLevel::Overall => pick!(self, "Overordnet mål", "Overall goal"),
            GoalLevel::Goal => pick!(self, "Mål", "Goal"),
            GoalLevel::SubGoal => pick!(self, "Delmål", "Sub-goal"),
        }
    }

    pub fn goal_status(self, status: GoalStatus) -> &'static str {
        match status {
            GoalStatus::Proposed => pick!(self, "Foreslået", "Proposed"),
            GoalStatus::Active => pick!(self, "I gang", "Active"),
            GoalStatus::OnHold => pick!(self, "Sat på pause", "On hold"),
            GoalStatus::Achieved => pick!(self, "Nået", "Achieved"),
            GoalStatus::Cancelled => pick!(self, "Opgivet", "Cancelled"),
        }
    }

    pub fn expressed_by(self, by: ExpressedBy) -> &'static str {
        match by {
            ExpressedBy::Citizen => pick!(self, "Borgeren", "The citizen"),
            ExpressedBy::Caseworker => pick!(self, "Sagsbehandleren", "The caseworker"),
            ExpressedBy::Jointly => pick!(self, "Sammen", "Together"),
        }
    }

    pub fn perspective(self, perspective: Perspective) -> &'static str {
        match perspective {
            Perspective::Citizen => pick!(self, "Borgerens vurdering", "The citizen's rating"),
            Perspective::Professional => {
                pick!(self, "Fagpersonens vurdering", "The professional's rating")
            }
        }
    }

    /// The Goal Attainment Scale's levels, −2..=+2.
    pub fn gas_level(self, value: i8) -> &'static str {
        match value {
            -2 => pick!(
                self,
                "Meget mindre end forventet",
                "Much less than expected"
            ),
            -1 => pick!(
                self,
                "Lidt mindre end forventet",
                "Somewhat less than expected"
            ),
            0 => pick!(self, "Som forventet", "As expected"),
            1 => pick!(
                self,
                "Lidt mere end forventet",
                "Somewhat more than expected"
            ),
            2 => pick!(self, "Meget mere end forventet", "Much more than expected"),
            _ => pick!(self, "Uden for skalaen", "Off the scale"),
        }
    }

    pub fn sector(self, sector: Sector) -> &'static str {
        match sector {
            Sector::Social => pick!(self, "Socialområdet", "Social services"),
            Sector::Employment => pick!(self, "Beskæftigelse", "Employment"),
            Sector::Education => pick!(self, "Uddannelse", "Education"),
            Sector::Health => pick!(self, "Sundhed", "Health"),
        }
    }

    pub fn intervention_status(self, status: InterventionStatus) -> &'static str {
        match status {
            InterventionStatus::Proposed => pick!(self, "Foreslået", "Proposed"),
            InterventionStatus::Planned => pick!(self, "Planlagt", "Planned"),
            InterventionStatus::Active => pick!(self, "I gang", "Active"),
            InterventionStatus::Paused => pick!(self, "Sat på pause", "Paused"),
            InterventionStatus::Completed => pick!(self, "Afsluttet", "Completed"),
            InterventionStatus::Cancelled => pick!(self, "Aflyst", "Cancelled"),
        }
    }

    pub fn decision_status(self, status: DecisionStatus) -> &'static str {
        match status {
            DecisionStatus::NotRequested => pick!(self, "Ikke søgt", "Not requested"),
            DecisionStatus::Pending => pick!(self, "Afventer afgørelse", "Awaiting decision"),
            DecisionStatus::Granted => pick!(self, "Bevilget", "Granted"),
            DecisionStatus::PartlyGranted => pick!(self, "Delvist bevilget", "Partly granted"),
            DecisionStatus::Refused => pick!(self, "Afslået", "Refused"),
        }
    }

    pub fn agreement_status(self, status: AgreementStatus) -> &'static str {
        match status {
            AgreementStatus::NotAsked => pick!(self, "Ikke spurgt endnu", "Not asked yet"),
            AgreementStatus::Agrees => pick!(self, "Borgeren er enig", "The citizen agrees"),
            AgreementStatus::Disagrees => pick!(self, "Borgeren er uenig", "The citizen disagrees"),
        }
    }

    pub fn outcome(self, outcome: Outcome) -> &'static str {
        match outcome {
            Outcome::Continue => pick!(self, "Fortsætter", "Continue"),
            Outcome::Change => pick!(self, "Ændres", "Change"),
            Outcome::End => pick!(self, "Afsluttes", "End"),
            Outcome::Reassess => pick!(self, "Vurderes igen", "Reassess"),
        }
    }

    pub fn person_kind(self, kind: PersonKind) -> &'static str {
        match kind {
            PersonKind::CoordinatingCaseworker => {
                pick!(
                    self,
                    "Koordinerende sagsbehandler",
                    "Coordinating caseworker"
                )
            }
            PersonKind::ContactPerson => pick!(self, "Kontaktperson", "Contact person"),
            PersonKind::Network => pick!(self, "Netværk", "Network"),
        }
    }

    pub fn consent_kind(self, kind: ConsentKind) -> &'static str {
        match kind {
            ConsentKind::Plan => pick!(self, "Samtykke til planen", "Consent to the plan"),
            ConsentKind::ShareInformation => {
                pick!(
                    self,
                    "Samtykke til at dele oplysninger",
                    "Consent to share information"
                )
            }
        }
    }

    pub fn item_kind(self, kind: ItemKind) -> &'static str {
        match kind {
            ItemKind::Goal => pick!(self, "mål", "goal"),
            ItemKind::Intervention => pick!(self, "indsats", "intervention"),
            ItemKind::Person => pick!(self, "person", "person"),
            ItemKind::FamilyMember => pick!(self, "familiemedlem", "family member"),
            ItemKind::Consent => pick!(self, "samtykke", "consent"),
            ItemKind::FollowUp => pick!(self, "opfølgning", "follow-up"),
            ItemKind::FollowUpResult => pick!(self, "resultat", "result"),
            ItemKind::Rating => pick!(self, "vurdering", "rating"),
            ItemKind::Comment => pick!(self, "kommentar", "comment"),
            ItemKind::AssessmentEntry => pick!(self, "beskrivelse", "description"),
            ItemKind::KnownFact => pick!(self, "oplysning", "piece of information"),
        }
    }

    /// What a change-log line did. An exhaustive `match`: a new [`EditKind`] without
    /// words here does not compile.
    pub fn action(self, kind: EditKind) -> &'static str {
        use EditKind as K;
        match kind {
            K::SetTitle => pick!(self, "ændrede planens titel", "changed the plan's title"),
            K::SetOwnWords => pick!(self, "skrev med egne ord", "wrote in own words"),
            K::SetCitizen => pick!(
                self,
                "ændrede borgerens oplysninger",
                "changed the citizen's details"
            ),
            K::AddGoal => pick!(self, "tilføjede målet", "added the goal"),
            K::UpdateGoal => pick!(self, "ændrede målet", "changed the goal"),
            K::RemoveGoal => pick!(self, "fjernede målet", "removed the goal"),
            K::MoveGoal => pick!(self, "flyttede målet", "moved the goal"),
            K::SetGoalStatus => pick!(self, "ændrede målets status", "changed the goal's status"),
            K::AddRating => pick!(self, "vurderede fremskridt", "rated progress"),
            K::RemoveRating => pick!(self, "fjernede en vurdering", "removed a rating"),
            K::AddIntervention => pick!(self, "tilføjede indsatsen", "added the intervention"),
            K::UpdateIntervention => pick!(self, "ændrede indsatsen", "changed the intervention"),
            K::RemoveIntervention => pick!(self, "fjernede indsatsen", "removed the intervention"),
            K::MoveIntervention => pick!(self, "flyttede indsatsen", "moved the intervention"),
            K::SetInterventionStatus => {
                pick!(
                    self,
                    "ændrede indsatsens status",
                    "changed the intervention's status"
                )
            }
            K::LinkGoal => pick!(
                self,
                "knyttede indsats og mål sammen",
                "linked intervention and goal"
            ),
            K::UnlinkGoal => pick!(self, "fjernede koblingen til et mål", "unlinked a goal"),
            K::AddDependency => pick!(self, "tilføjede rækkefølge", "added an order"),
            K::RemoveDependency => pick!(self, "fjernede rækkefølge", "removed an order"),
            K::AddComment => pick!(self, "kommenterede", "commented"),
            K::RemoveComment => pick!(self, "fjernede en kommentar", "removed a comment"),
            K::SetAgreement => pick!(self, "sagde sin mening", "gave their view"),
            K::Approve => pick!(self, "godkendte planen", "approved the plan"),
            K::RevokeApproval => {
                pick!(self, "trak godkendelsen tilbage", "withdrew the approval")
            }
            K::RestoreVersion => pick!(
                self,
                "satte godkendelserne tilbage",
                "restored the approvals"
            ),
            K::Batch => pick!(self, "lavede flere ændringer", "made several changes"),
            K::AddFamilyMember => {
                pick!(self, "tilføjede et familiemedlem", "added a family member")
            }
            K::UpdateFamilyMember => {
                pick!(self, "ændrede et familiemedlem", "changed a family member")
            }
            K::RemoveFamilyMember => {
                pick!(self, "fjernede et familiemedlem", "removed a family member")
            }
            K::StartNewVersion => pick!(self, "startede en ny version", "started a new version"),
            K::AddPerson => pick!(self, "tilføjede en person", "added a person"),
            K::UpdatePerson => pick!(self, "ændrede en person", "changed a person"),
            K::RemovePerson => pick!(self, "fjernede en person", "removed a person"),
            K::AddAssessmentEntry => pick!(
                self,
                "skrev en beskrivelse i udredningen",
                "wrote a description in the assessment"
            ),
            K::UpdateAssessmentEntry => pick!(
                self,
                "ændrede en beskrivelse i udredningen",
                "changed a description in the assessment"
            ),
            K::RemoveAssessmentEntry => pick!(
                self,
                "fjernede en beskrivelse fra udredningen",
                "removed a description from the assessment"
            ),
            K::AddKnownFact => pick!(
                self,
                "noterede noget, vi allerede ved",
                "noted something already known"
            ),
            K::UpdateKnownFact => pick!(
                self,
                "ændrede noget, vi allerede ved",
                "changed something already known"
            ),
            K::RemoveKnownFact => pick!(
                self,
                "fjernede noget, vi allerede ved",
                "removed something already known"
            ),
            K::SetTargetGroup => pick!(self, "ændrede målgruppen", "changed the target group"),
            K::LinkAssessment => pick!(
                self,
                "knyttede et mål til udredningen",
                "linked a goal to the assessment"
            ),
            K::UnlinkAssessment => pick!(
                self,
                "fjernede et mål fra udredningen",
                "unlinked a goal from the assessment"
            ),
            K::AddConsent => pick!(self, "registrerede samtykke", "recorded consent"),
            K::UpdateConsent => pick!(self, "ændrede samtykke", "changed consent"),
            K::WithdrawConsent => pick!(self, "trak samtykke tilbage", "withdrew consent"),
            K::RemoveConsent => pick!(self, "fjernede samtykke", "removed consent"),
            K::AddFollowUp => pick!(self, "tilføjede en opfølgning", "added a follow-up"),
            K::UpdateFollowUp => pick!(self, "ændrede en opfølgning", "changed a follow-up"),
            K::RemoveFollowUp => pick!(self, "fjernede en opfølgning", "removed a follow-up"),
            K::SetFollowUpResult => pick!(self, "registrerede resultat", "recorded a result"),
            K::RemoveFollowUpResult => pick!(self, "fjernede resultat", "removed a result"),
        }
    }
}
