//! Consent (samtykke): to the plan itself and to obtaining or passing on information.
//!
//! A consent says who gave it (the citizen, or for a child the custody holders, or a
//! guardian or party representative on the citizen's behalf), what it lets the
//! municipality do with information (obtain it from others, retssikkerhedsloven § 11 a,
//! or pass it on to others), which kinds of information (health data among them), to
//! and from whom, from when until when, and whether it was given in writing or orally
//! (then: who recorded it). It can always be withdrawn at once, also on a locked plan.
//!
//! Fields beyond `kind`, `parties`, `scope`, `given` and `withdrawn` are optional since
//! format 4: an older consent reads with none of them, and [`Consent::covers`] says
//! what such a consent lets a party see.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ids::ConsentId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConsentKind {
    /// Consent to a holistic plan replacing separate plans.
    Plan,
    /// Consent to share information between named parties.
    ShareInformation,
}

/// What a consent lets the municipality do with information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InfoUse {
    /// Obtain (indhente) information from the named parties (retssikkerhedsloven § 11 a).
    Obtain,
    /// Pass on (videregive) information to the named parties.
    PassOn,
}

impl InfoUse {
    pub const ALL: [InfoUse; 2] = [InfoUse::Obtain, InfoUse::PassOn];
}

/// The kinds of information a consent covers: a closed list, so a filter can decide.
/// Health data is its own category because it is shared only where a consent names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InfoCategory {
    /// Helbredsoplysninger: physical and mental health, treatment, medicine.
    Health,
    /// Sociale forhold: social support, family, network.
    Social,
    /// Beskæftigelse: job centre, work, benefits tied to work.
    Employment,
    /// Uddannelse: school, education.
    Education,
    /// Økonomi: income, debt, benefits.
    Economy,
    /// Bolig: housing.
    Housing,
}

impl InfoCategory {
    pub const ALL: [InfoCategory; 6] = [
        InfoCategory::Health,
        InfoCategory::Social,
        InfoCategory::Employment,
        InfoCategory::Education,
        InfoCategory::Economy,
        InfoCategory::Housing,
    ];
}

/// In which capacity someone gave a consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum GiverRole {
    /// The citizen themself.
    Citizen,
    /// A holder of parental custody (indehaver af forældremyndighed); for a child both
    /// custody holders give consent.
    CustodyHolder,
    /// A guardian (værge, værgemålsloven § 5) acting within the guardianship.
    Guardian,
    /// A party representative with power of attorney (partsrepræsentant, forvaltningsloven § 8).
    PartyRepresentative,
}

impl GiverRole {
    pub const ALL: [GiverRole; 4] = [
        GiverRole::Citizen,
        GiverRole::CustodyHolder,
        GiverRole::Guardian,
        GiverRole::PartyRepresentative,
    ];
}

/// One person who gave the consent, and in which capacity.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsentGiver {
    pub role: GiverRole,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
}

/// How the consent was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConsentForm {
    Written,
    /// Said aloud; the one who heard it records it (`recorded_by`).
    Oral,
}

/// One consent. Visible in the plan, never buried.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    pub id: ConsentId,
    pub kind: ConsentKind,
    /// The named parties, e.g. ["Jobcenter Aarhus", "Regionspsykiatrien Aarhus"].
    #[serde(default)]
    pub parties: Vec<String>,
    /// What it covers in plain words, e.g. "Psykiatrisk behandlingsplan og
    /// helbredsoplysninger, der er relevante for jobsøgningen".
    pub scope: String,
    pub given: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<NaiveDate>,
    /// Obtain, pass on, or both. Empty: not stated (a consent from before format 4).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uses: Vec<InfoUse>,
    /// The kinds of information covered. Empty: not stated (see [`Consent::covers`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<InfoCategory>,
    /// Who gave it. Empty: the citizen (every consent before format 4).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub given_by: Vec<ConsentGiver>,
    /// The last day it holds, if it was given for a time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<ConsentForm>,
    /// Who wrote the consent down (for an oral consent: who heard it), by name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recorded_by: String,
}

impl Consent {
    /// A consent with only the fields every format has; the rest not stated.
    pub fn new(
        id: ConsentId,
        kind: ConsentKind,
        scope: impl Into<String>,
        given: NaiveDate,
    ) -> Self {
        Consent {
            id,
            kind,
            parties: Vec::new(),
            scope: scope.into(),
            given,
            withdrawn: None,
            uses: Vec::new(),
            categories: Vec::new(),
            given_by: Vec::new(),
            expires: None,
            form: None,
            recorded_by: String::new(),
        }
    }

    /// Whether the consent holds at `date`: given on or before it, not withdrawn by then,
    /// and not past its last day.
    pub fn is_active_on(&self, date: NaiveDate) -> bool {
        self.given <= date
            && self.withdrawn.is_none_or(|w| w > date)
            && self.expires.is_none_or(|last| date <= last)
    }

    /// Whether it has run out (past its last day, not withdrawn) at `date`.
    pub fn has_expired_on(&self, date: NaiveDate) -> bool {
        self.withdrawn.is_none_or(|w| w > date) && self.expires.is_some_and(|last| date > last)
    }

    /// Whether it lets the municipality do `info_use` (an old consent that does not say
    /// lets it do both, as its scope in words was read before).
    pub fn permits(&self, info_use: InfoUse) -> bool {
        self.uses.is_empty() || self.uses.contains(&info_use)
    }

    /// Whether this consent, at `date`, covers information of `category`: it is a consent
    /// to share information, it holds, and it names the category. Health data is covered
    /// only where a consent names it; a consent that names no categories (written before
    /// format 4, its scope in words only) covers every category but health.
    pub fn covers(&self, category: InfoCategory, date: NaiveDate) -> bool {
        self.kind == ConsentKind::ShareInformation
            && self.is_active_on(date)
            && if self.categories.is_empty() {
                category != InfoCategory::Health
            } else {
                self.categories.contains(&category)
            }
    }

    /// Whether the consent names `party` (a person's name or unit from the plan's people
    /// list, or a party as written in the consent): compared without case and outer spaces.
    pub fn names_party(&self, party: &str) -> bool {
        let party = party.trim();
        !party.is_empty() && self.parties.iter().any(|named| same_words(named, party))
    }

    /// Whether this consent lets `party` be given information of `category` at `date`:
    /// it covers the category, names the party and permits passing information on.
    pub fn lets_party_see(&self, party: &str, category: InfoCategory, date: NaiveDate) -> bool {
        self.covers(category, date) && self.names_party(party) && self.permits(InfoUse::PassOn)
    }

    /// Who gave it: the givers recorded, or the citizen for a consent that names none.
    pub fn givers(&self) -> Vec<ConsentGiver> {
        if self.given_by.is_empty() {
            vec![ConsentGiver {
                role: GiverRole::Citizen,
                name: String::new(),
            }]
        } else {
            self.given_by.clone()
        }
    }

    /// How many custody holders gave it.
    pub fn custody_holders(&self) -> usize {
        self.given_by
            .iter()
            .filter(|g| g.role == GiverRole::CustodyHolder)
            .count()
    }
}

/// Case-insensitive comparison that also folds Danish letters (`Æ`/`æ`), which an
/// ASCII comparison leaves apart.
fn same_words(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Whether any of `consents` lets `party` see information of `category` at `date`: the
/// one question a "share with …" filter asks. Health data needs a consent that names
/// both the party and health.
pub fn party_may_see(
    consents: &[Consent],
    party: &str,
    category: InfoCategory,
    date: NaiveDate,
) -> bool {
    consents
        .iter()
        .any(|consent| consent.lets_party_see(party, category, date))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn share(parties: &[&str], categories: &[InfoCategory]) -> Consent {
        let mut c = Consent::new(
            ConsentId::new(),
            ConsentKind::ShareInformation,
            "Oplysninger til jobcentret",
            d("2026-01-01"),
        );
        c.parties = parties.iter().map(|p| p.to_string()).collect();
        c.categories = categories.to_vec();
        c
    }

    #[test]
    fn a_consent_holds_from_given_through_its_last_day() {
        let mut c = share(&["Jobcenter Aarhus"], &[]);
        c.expires = Some(d("2026-06-30"));
        assert!(!c.is_active_on(d("2025-12-31")));
        assert!(c.is_active_on(d("2026-06-30")));
        assert!(!c.is_active_on(d("2026-07-01")));
        assert!(c.has_expired_on(d("2026-07-01")));
        c.withdrawn = Some(d("2026-03-01"));
        assert!(!c.is_active_on(d("2026-03-01")));
        assert!(!c.has_expired_on(d("2026-07-01")), "withdrawn, not expired");
    }

    #[test]
    fn health_is_covered_only_where_a_consent_names_it() {
        let old = share(&["Jobcenter Aarhus"], &[]);
        assert!(!old.covers(InfoCategory::Health, d("2026-02-01")));
        assert!(old.covers(InfoCategory::Employment, d("2026-02-01")));
        let health = share(&["Jobcenter Aarhus"], &[InfoCategory::Health]);
        assert!(health.covers(InfoCategory::Health, d("2026-02-01")));
        assert!(!health.covers(InfoCategory::Economy, d("2026-02-01")));
        let mut plan = health.clone();
        plan.kind = ConsentKind::Plan;
        assert!(!plan.covers(InfoCategory::Health, d("2026-02-01")));
    }

    #[test]
    fn a_party_sees_health_data_only_when_named_in_a_covering_consent() {
        let consents = vec![
            share(&["Jobcenter Aarhus"], &[InfoCategory::Employment]),
            share(&["Regionspsykiatrien"], &[InfoCategory::Health]),
        ];
        let day = d("2026-02-01");
        assert!(!party_may_see(
            &consents,
            "Jobcenter Aarhus",
            InfoCategory::Health,
            day
        ));
        assert!(party_may_see(
            &consents,
            " jobcenter aarhus ",
            InfoCategory::Employment,
            day
        ));
        assert!(party_may_see(
            &consents,
            "regionspsykiatrien",
            InfoCategory::Health,
            day
        ));
        assert!(!party_may_see(&consents, "", InfoCategory::Employment, day));
    }

    #[test]
    fn a_consent_to_obtain_lets_no_one_see() {
        let mut c = share(&["Jobcenter Aarhus"], &[InfoCategory::Employment]);
        c.uses = vec![InfoUse::Obtain];
        assert!(!c.lets_party_see(
            "Jobcenter Aarhus",
            InfoCategory::Employment,
            d("2026-02-01")
        ));
        c.uses.push(InfoUse::PassOn);
        assert!(c.lets_party_see(
            "Jobcenter Aarhus",
            InfoCategory::Employment,
            d("2026-02-01")
        ));
    }

    #[test]
    fn danish_letters_compare_without_case() {
        let c = share(&["Ældrecenter Øst"], &[]);
        assert!(c.names_party("ældrecenter øst"));
    }

    #[test]
    fn an_old_consent_was_given_by_the_citizen() {
        let c = share(&[], &[]);
        assert_eq!(c.givers()[0].role, GiverRole::Citizen);
        assert_eq!(c.custody_holders(), 0);
    }
}
