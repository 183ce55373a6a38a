//! Who the plan is about (citizen, family) and who works on it (caseworkers,
//! contact persons, network), plus the actor who makes an edit.

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ids::{MemberId, PersonId};

/// The role a person writes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Citizen,
    Caseworker,
    /// Another professional: psychiatry, job centre, school, provider.
    Professional,
}

/// Someone who writes in the plan: a role and a display name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub role: Role,
    pub name: String,
}

impl Actor {
    pub fn new(role: Role, name: impl Into<String>) -> Self {
        Actor {
            role,
            name: name.into(),
        }
    }
}

/// The citizen the plan belongs to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Citizen {
    /// Opaque identifier supplied by the host system. Never a CPR number: the
    /// editor neither asks for nor needs one.
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub own_words: OwnWords,
    /// Date of birth, for a child's plan (party status from 10, custody holders). Since 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<NaiveDate>,
    /// The language the citizen prefers to speak, in words ("arabisk"). Since 4.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub preferred_language: String,
    /// Whether meetings need an interpreter. Since 4.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub interpreter_needed: bool,
}

impl Citizen {
    /// Whether the citizen is a child (under 18) on `today`, by the date of birth given.
    pub fn is_child_on(&self, today: NaiveDate) -> bool {
        self.birth_date
            .and_then(|born| age_on(born, today))
            .is_some_and(|age| age < ADULT_AGE)
    }
}

/// Majority in Denmark.
pub const ADULT_AGE: u32 = 18;

/// From this age a child exercises party rights (partsbeføjelser) in the cases barnets lov
/// § 3 lists (among them support under § 32, stk. 1, and placement under § 46).
pub const PARTY_AGE: u32 = 10;

/// Full years from `born` to `today`; None when `today` is before the birth.
pub fn age_on(born: NaiveDate, today: NaiveDate) -> Option<u32> {
    let years = u32::try_from(today.year().checked_sub(born.year())?).ok()?;
    let before_birthday = (today.month(), today.day()) < (born.month(), born.day());
    years.checked_sub(u32::from(before_birthday))
}

/// The citizen's own words: what matters most, resources and situation (the three the
/// editor has always had), and since version 5 the answers of guided mode that have no
/// other home: dreams for the future, who helps, what she wants help with and what the
/// caseworker should know before the meeting ("Borgerens perspektiv").
///
/// `dreams` keeps its JSON name from version 1, where the field was labelled "Det
/// vigtigste for mig"; the dreams for the future are `future`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OwnWords {
    #[serde(default)]
    pub dreams: String,
    #[serde(default)]
    pub resources: String,
    #[serde(default)]
    pub situation: String,
    /// "Mine drømme": how she would like things to be in a year. Since 5.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub future: String,
    /// "Dem, der hjælper mig": family, friends and others, and what they help with. Since 5.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub network: String,
    /// "Det vil jeg gerne have hjælp til". Since 5.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub help_wanted: String,
    /// "Det skal min sagsbehandler vide, før vi mødes". Since 5.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub before_meeting: String,
}

/// Which of the own-words texts an edit targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OwnWordsField {
    Dreams,
    Resources,
    Situation,
    Future,
    Network,
    HelpWanted,
    BeforeMeeting,
}

impl OwnWords {
    pub fn get(&self, field: OwnWordsField) -> &str {
        match field {
            OwnWordsField::Dreams => &self.dreams,
            OwnWordsField::Resources => &self.resources,
            OwnWordsField::Situation => &self.situation,
            OwnWordsField::Future => &self.future,
            OwnWordsField::Network => &self.network,
            OwnWordsField::HelpWanted => &self.help_wanted,
            OwnWordsField::BeforeMeeting => &self.before_meeting,
        }
    }

    pub fn get_mut(&mut self, field: OwnWordsField) -> &mut String {
        match field {
            OwnWordsField::Dreams => &mut self.dreams,
            OwnWordsField::Resources => &mut self.resources,
            OwnWordsField::Situation => &mut self.situation,
            OwnWordsField::Future => &mut self.future,
            OwnWordsField::Network => &mut self.network,
            OwnWordsField::HelpWanted => &mut self.help_wanted,
            OwnWordsField::BeforeMeeting => &mut self.before_meeting,
        }
    }
}

impl OwnWordsField {
    pub const ALL: [OwnWordsField; 7] = [
        Self::Dreams,
        Self::Future,
        Self::Resources,
        Self::Situation,
        Self::Network,
        Self::HelpWanted,
        Self::BeforeMeeting,
    ];
    /// The three that make "Om mig" complete; the others are welcome but optional.
    pub const CORE: [OwnWordsField; 3] = [Self::Dreams, Self::Resources, Self::Situation];

    /// The JSON field name (used in problem paths and log summaries).
    pub fn key(self) -> &'static str {
        match self {
            Self::Dreams => "dreams",
            Self::Resources => "resources",
            Self::Situation => "situation",
            Self::Future => "future",
            Self::Network => "network",
            Self::HelpWanted => "help_wanted",
            Self::BeforeMeeting => "before_meeting",
        }
    }
}

/// A family member covered by a family plan (not the citizen themself).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FamilyMember {
    pub id: MemberId,
    /// Opaque identifier from the host, if it has one. Never a CPR number.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub host_id: String,
    pub name: String,
    /// Relation to the citizen in plain words, e.g. "søn", "datter", "partner".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub relation: String,
    /// Date of birth: a child's age decides party status (from 10). Since 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<NaiveDate>,
    /// "Barnets egne ord": the child's own view, in the child's words. Since 4.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub own_words: String,
}

impl FamilyMember {
    /// The member's age on `today`, when a date of birth is given.
    pub fn age_on(&self, today: NaiveDate) -> Option<u32> {
        self.birth_date.and_then(|born| age_on(born, today))
    }

    /// Whether the member is a child (under 18) on `today`.
    pub fn is_child_on(&self, today: NaiveDate) -> bool {
        self.age_on(today).is_some_and(|age| age < ADULT_AGE)
    }

    /// Whether the member is a child of 10 or more: a party in the cases barnets lov § 3 lists.
    pub fn is_party_child_on(&self, today: NaiveDate) -> bool {
        self.age_on(today)
            .is_some_and(|age| (PARTY_AGE..ADULT_AGE).contains(&age))
    }
}

/// What part a person plays around the citizen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PersonKind {
    /// Koordinerende sagsbehandler: holds the whole picture.
    CoordinatingCaseworker,
    /// A professional contact person in one sector.
    ContactPerson,
    /// Family, friends, volunteers and others in the citizen's network.
    Network,
    /// Bisidder: comes to meetings with the citizen to support them, without acting for
    /// them (forvaltningsloven § 8). Since 4.
    SupportPerson,
    /// Partsrepræsentant: acts for the citizen with a power of attorney (fuldmagt,
    /// forvaltningsloven § 8). Since 4.
    PartyRepresentative,
    /// Værge: a guardian appointed under værgemålsloven, acting for the citizen within the
    /// guardianship (§ 5). Since 4.
    Guardian,
    /// Tolk: interprets at meetings. Since 4.
    Interpreter,
    /// Indehaver af forældremyndighed: a parent (or other) with custody of a child. Since 4.
    CustodyHolder,
}

impl PersonKind {
    pub const ALL: [PersonKind; 8] = [
        PersonKind::CoordinatingCaseworker,
        PersonKind::ContactPerson,
        PersonKind::Network,
        PersonKind::SupportPerson,
        PersonKind::PartyRepresentative,
        PersonKind::Guardian,
        PersonKind::Interpreter,
        PersonKind::CustodyHolder,
    ];
}

/// A caseworker, contact person or network member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: PersonId,
    pub kind: PersonKind,
    pub name: String,
    /// Unit or organisation, e.g. "Jobcenter Aarhus, Team Ressource", or the
    /// relation for a network member ("søster").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// How to reach them: phone, e-mail, opening hours.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
    /// What they contribute to the plan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contribution: String,
    /// For a party representative: the date of the power of attorney (fuldmagt). Since 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power_of_attorney: Option<NaiveDate>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn age_counts_full_years() {
        assert_eq!(age_on(d("2016-03-21"), d("2026-03-20")), Some(9));
        assert_eq!(age_on(d("2016-03-21"), d("2026-03-21")), Some(10));
        assert_eq!(age_on(d("2016-02-29"), d("2026-02-28")), Some(9));
        assert_eq!(age_on(d("2026-03-21"), d("2026-03-20")), None);
    }

    #[test]
    fn a_child_is_a_party_from_ten_until_eighteen() {
        let mut child = FamilyMember {
            id: MemberId::new(),
            host_id: String::new(),
            name: "Emil".into(),
            relation: "søn".into(),
            birth_date: Some(d("2016-03-21")),
            own_words: String::new(),
        };
        assert!(!child.is_party_child_on(d("2026-03-20")));
        assert!(child.is_party_child_on(d("2026-03-21")));
        assert!(child.is_child_on(d("2034-03-20")));
        assert!(!child.is_party_child_on(d("2034-03-21")), "18: an adult");
        child.birth_date = None;
        assert!(!child.is_party_child_on(d("2026-03-21")));
    }
}
