//! Deterministic synthetic plans: realistic-looking Danish content built from
//! small word lists, with every reference valid. Used for samples
//! (`plan-tool sample --generate`) and scale tests (300 goals, 2,000 interventions).
//!
//! Randomness comes from a small SplitMix64 instead of the `rand` crate: the
//! same seed must give the same plan on every platform and in every future
//! build, which `rand` does not promise across versions, and it saves a dependency.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use uuid::Uuid;

use super::agreement::{Agreement, AgreementStatus, Comment, Target};
use super::catalogue::Catalogue;
use super::consent::{Consent, ConsentForm, ConsentKind, InfoCategory, InfoUse};
use super::follow_up::{FollowUp, InterventionResult, Outcome};
use super::goal::{ExpressedBy, GasScale, Goal, GoalLevel, GoalStatus, Perspective, Rating};
use super::ids::{
    CommentId, ConsentId, FollowUpId, GoalId, InterventionId, PersonId, PlanId, RatingId,
};
use super::intervention::{
    Decision, DecisionStatus, Intervention, InterventionStatus, Period, Sector,
};
use super::people::{Actor, Citizen, FamilyMember, OwnWords, Person, PersonKind, Role};
use super::plan::Plan;

/// SplitMix64 (Steele, Lea & Flood): tiny, fast, good enough for test data.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0). The slight modulo bias does not matter here.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A valid random (version 4) UUID.
    pub fn uuid(&mut self) -> Uuid {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&self.next_u64().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next_u64().to_le_bytes());
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }
}

const FIRST_NAMES: &[&str] = &[
    "Mette", "Sara", "Fatima", "Louise", "Camilla", "Anne", "Maja", "Jonas", "Mikkel", "Ahmad",
    "Rasmus", "Søren", "Henrik", "Line", "Nanna", "Emil",
];
const LAST_NAMES: &[&str] = &[
    "Jensen",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Madsen",
    "Kristensen",
];
const CHILD_NAMES: &[&str] = &[
    "Oliver", "Ella", "Noah", "Alma", "William", "Ida", "Karl", "Freja",
];
const DREAMS: &[&str] = &[
    "Jeg vil have et arbejde, hvor jeg kan være noget for andre.",
    "Jeg drømmer om, at mine børn kan se, at jeg klarer mig.",
    "Jeg vil gerne tage en uddannelse, når angsten fylder mindre.",
    "Jeg vil have en hverdag med faste rammer og tid til børnene.",
];
const RESOURCES: &[&str] = &[
    "Jeg er god til at lytte og hjælpe andre.",
    "Min søster bakker mig op og henter børnene om onsdagen.",
    "Jeg har arbejdet i et køkken i to år og kunne lide det.",
    "Jeg er stædig, når jeg først har besluttet mig.",
];
const SITUATIONS: &[&str] = &[
    "Jeg er alene med to børn og har været ledig i fire år.",
    "Angsten gør det svært at tage bussen og møde nye mennesker.",
    "Jeg har gæld, og brevene fra kommunen gør mig urolig.",
    "Vi bor i en lejlighed, der er for lille til os tre.",
];
const OVERALL_GOALS: &[&str] = &[
    "Jeg vil have et godt liv med mine børn og et arbejde",
    "Jeg vil kunne klare min hverdag selv",
];
const GOALS: &[&str] = &[
    "Jeg vil have et arbejde, hvor jeg kan være noget for andre",
    "Jeg vil have styr på min økonomi",
    "Jeg vil have det bedre med min angst",
    "Jeg vil have en fast rytme i hverdagen",
    "Jeg vil i gang med en uddannelse",
    "Jeg vil have en bolig, hvor der er plads til os alle",
    "Jeg vil være mere sammen med andre",
];
const SUB_GOALS: &[&str] = &[
    "Tage bussen alene til jobcentret",
    "Møde op til praktikken tre dage om ugen",
    "Åbne og læse posten hver uge",
    "Lave en plan for at betale gælden af",
    "Gå en tur hver dag",
    "Komme i seng før klokken 23",
    "Ringe til en veninde en gang om ugen",
    "Søge fem relevante job om måneden",
    "Deltage i forældremødet på skolen",
];
const DESCRIPTIONS: &[&str] = &[
    "Vi tager det i små skridt, så det ikke bliver for meget på én gang.",
    "Aftalt på mødet i jobcentret sammen med bostøttemedarbejderen.",
    "Borgeren ønsker, at der tages hensyn til hentetider for børnene.",
    "",
];
const FREQUENCIES: &[&str] = &[
    "2 timer om ugen",
    "1 gang om ugen",
    "Hver anden uge",
    "3 dage om ugen",
    "Efter behov",
];
const AUTHORITIES: &[&str] = &[
    "Aarhus Kommune, Jobcenter",
    "Aarhus Kommune, Socialforvaltningen",
    "Region Midtjylland, Psykiatrien",
    "Aarhus Kommune, Ungdommens Uddannelsesvejledning",
];
const PROVIDERS: &[&str] = &[
    "Mentorkorps Østjylland",
    "Bostøtteteam Syd",
    "Distriktspsykiatrien Aarhus",
    "FGU Østjylland",
    "Café Kilden (virksomhedspraktik)",
];
const PARTIES: &[&str] = &[
    "Jobcenter Aarhus",
    "Socialforvaltningen, Aarhus Kommune",
    "Regionspsykiatrien Aarhus",
    "Egen læge",
    "FGU Østjylland",
];
const COMMENTS: &[&str] = &[
    "Kan vi starte lidt senere om morgenen?",
    "Det går bedre end forventet.",
    "Jeg er ikke sikker på, at jeg kan klare tre dage endnu.",
    "Vi tager det op på næste opfølgning.",
];
const AGREEMENTS: &[&str] = &[
    "Mentor og bostøtte koordinerer, så møderne ikke ligger samme dag.",
    "Praktikken fortsætter, timerne øges fra næste måned.",
    "Gældsrådgivning aftales inden næste møde.",
];

fn day(base: NaiveDate, days: usize) -> NaiveDate {
    base + Duration::days(days as i64)
}

/// A valid plan with `goals` goals and `interventions` interventions, the same
/// for the same arguments on every run.
pub fn synthetic_plan(goals: usize, interventions: usize, seed: u64) -> Plan {
    let mut rng = SplitMix64::new(seed);
    let catalogue = Catalogue::default_adult();
    let base_date = NaiveDate::from_ymd_opt(2026, 1, 5).expect("valid date");
    let base_time: DateTime<Utc> = Utc
        .with_ymd_and_hms(2026, 1, 5, 9, 0, 0)
        .single()
        .expect("valid time");

    let citizen_name = format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES));
    let citizen = Actor::new(Role::Citizen, citizen_name.clone());
    let caseworker_name = format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES));
    let caseworker = Actor::new(Role::Caseworker, caseworker_name.clone());
    let professional = Actor::new(
        Role::Professional,
        format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES)),
    );
    let authors = [citizen.clone(), caseworker.clone(), professional.clone()];

    let mut plan = Plan::new(format!("Helhedsplan for {citizen_name}"));
    plan.id = PlanId(rng.uuid());
    plan.citizen = Citizen {
        id: format!("borger-{:06}", seed % 1_000_000),
        name: citizen_name.clone(),
        own_words: OwnWords {
            dreams: rng.pick(DREAMS).to_string(),
            resources: rng.pick(RESOURCES).to_string(),
            situation: rng.pick(SITUATIONS).to_string(),
            ..OwnWords::default()
        },
        ..Citizen::default()
    };
    for relation in ["søn", "datter"] {
        plan.family.push(FamilyMember {
            id: rng.uuid().into(),
            host_id: String::new(),
            name: rng.pick(CHILD_NAMES).to_string(),
            relation: relation.to_string(),
            birth_date: None,
            own_words: String::new(),
        });
    }

    let people = [
        (
            PersonKind::CoordinatingCaseworker,
            caseworker_name.clone(),
            "Jobcenter Aarhus, Team Ressource",
            "Koordinerer planen og indkalder til opfølgning",
        ),
        (
            PersonKind::ContactPerson,
            professional.name.clone(),
            "Distriktspsykiatrien Aarhus",
            "Behandling af angst",
        ),
        (
            PersonKind::Network,
            format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES)),
            "Søster",
            "Henter børnene om onsdagen",
        ),
    ];
    for (kind, name, unit, contribution) in people {
        plan.people.push(Person {
            id: PersonId(rng.uuid()),
            kind,
            name,
            unit: unit.to_string(),
            contact: format!("Tlf. 87 13 {:02} {:02}", rng.below(100), rng.below(100)),
            contribution: contribution.to_string(),
            power_of_attorney: None,
        });
    }

    let life_areas: Vec<&str> = catalogue
        .life_areas
        .iter()
        .map(|a| a.code.as_str())
        .collect();
    let statuses = [
        GoalStatus::Proposed,
        GoalStatus::Active,
        GoalStatus::Active,
        GoalStatus::OnHold,
        GoalStatus::Achieved,
    ];
    let agreements = [
        AgreementStatus::Agrees,
        AgreementStatus::Agrees,
        AgreementStatus::NotAsked,
        AgreementStatus::Disagrees,
    ];

    // Goals: an overall goal first (and every 60th after), then goals and
    // sub-goals, each under a parent of the right level.
    let mut overall: Vec<GoalId> = Vec::new();
    let mut mid: Vec<GoalId> = Vec::new();
    for i in 0..goals {
        let level = if i.is_multiple_of(60) {
            GoalLevel::Overall
        } else if mid.is_empty() || rng.chance(35) {
            GoalLevel::Goal
        } else {
            GoalLevel::SubGoal
        };
        let (title, parent) = match level {
            GoalLevel::Overall => (rng.pick(OVERALL_GOALS).to_string(), None),
            GoalLevel::Goal => (
                rng.pick(GOALS).to_string(),
                (!overall.is_empty()).then(|| *rng.pick(&overall)),
            ),
            GoalLevel::SubGoal => (rng.pick(SUB_GOALS).to_string(), Some(*rng.pick(&mid))),
        };
        let author = rng.pick(&authors).clone();
        let created_at = base_time + Duration::minutes(i as i64);
        let agreement = *rng.pick(&agreements);
        let goal = Goal {
            id: GoalId(rng.uuid()),
            level,
            parent,
            title,
            description: rng.pick(DESCRIPTIONS).to_string(),
            life_area: (level != GoalLevel::Overall).then(|| rng.pick(&life_areas).to_string()),
            member: None,
            expressed_by: match author.role {
                Role::Citizen => ExpressedBy::Citizen,
                _ if rng.chance(50) => ExpressedBy::Jointly,
                _ => ExpressedBy::Caseworker,
            },
            target_date: rng.chance(80).then(|| day(base_date, 60 + rng.below(400))),
            status: *rng.pick(&statuses),
            assessment: Vec::new(),
            scale: if level == GoalLevel::Goal && rng.chance(50) {
                GasScale {
                    much_less: "Jeg kommer slet ikke afsted".into(),
                    less: "Jeg kommer afsted en gang om ugen".into(),
                    expected: "Jeg kommer afsted to gange om ugen".into(),
                    more: "Jeg kommer afsted tre gange om ugen".into(),
                    much_more: "Jeg kommer afsted hver dag".into(),
                }
            } else {
                GasScale::default()
            },
            citizen_agreement: Agreement {
                status: agreement,
                comment: if agreement == AgreementStatus::Disagrees {
                    "Det er for meget lige nu.".into()
                } else {
                    String::new()
                },
                at: (agreement != AgreementStatus::NotAsked).then_some(created_at),
                recorded_by: None,
            },
            created_by: author.clone(),
            created_at,
            updated_by: author,
            updated_at: created_at + Duration::minutes(rng.below(3) as i64 * 30),
        };
        match level {
            GoalLevel::Overall => overall.push(goal.id),
            GoalLevel::Goal => mid.push(goal.id),
            GoalLevel::SubGoal => {}
        }
        plan.goals.push(goal);
    }

    // Ratings: the citizen's and the professional's, side by side.
    let goal_ids: Vec<GoalId> = plan.goals.iter().map(|g| g.id).collect();
    for (i, goal) in goal_ids.iter().enumerate() {
        if i % 3 != 1 {
            continue;
        }
        for (perspective, by) in [
            (Perspective::Citizen, &citizen),
            (Perspective::Professional, &caseworker),
        ] {
            plan.ratings.push(Rating {
                id: RatingId(rng.uuid()),
                goal: *goal,
                date: day(base_date, 30 + rng.below(60)),
                value: rng.below(5) as i8 - 2,
                perspective,
                rated_by: by.clone(),
                comment: if rng.chance(30) {
                    rng.pick(COMMENTS).to_string()
                } else {
                    String::new()
                },
            });
        }
    }

    let person_ids: Vec<PersonId> = plan.people.iter().map(|p| p.id).collect();
    let intervention_statuses = [
        InterventionStatus::Proposed,
        InterventionStatus::Planned,
        InterventionStatus::Active,
        InterventionStatus::Active,
        InterventionStatus::Paused,
        InterventionStatus::Completed,
    ];
    for i in 0..interventions {
        let kind = rng.pick(&catalogue.intervention_types).clone();
        let basis = kind
            .legal_basis
            .as_deref()
            .and_then(|code| catalogue.legal_basis(code))
            .map(|entry| entry.legal_basis());
        let mut served = Vec::new();
        if !goal_ids.is_empty() {
            for _ in 0..1 + rng.below(2) {
                let goal = *rng.pick(&goal_ids);
                if !served.contains(&goal) {
                    served.push(goal);
                }
            }
        }
        // Depend only on earlier interventions: no circles by construction.
        let depends_on = if i > 0 && rng.chance(20) {
            vec![plan.interventions[rng.below(i)].id]
        } else {
            Vec::new()
        };
        let start = day(base_date, rng.below(120));
        let needed = kind.sector != Sector::Health && rng.chance(60);
        let author = if rng.chance(70) {
            caseworker.clone()
        } else {
            professional.clone()
        };
        let created_at = base_time + Duration::minutes((goals + i) as i64);
        let agreement = *rng.pick(&agreements);
        plan.interventions.push(Intervention {
            id: InterventionId(rng.uuid()),
            sector: kind.sector,
            kind: Some(kind.code.clone()),
            title: if interventions > 20 {
                format!("{} {}", kind.label.da, i + 1)
            } else {
                kind.label.da.clone()
            },
            description: rng.pick(DESCRIPTIONS).to_string(),
            legal_basis: basis,
            responsible_authority: rng.pick(AUTHORITIES).to_string(),
            responsible_person: rng.chance(85).then(|| *rng.pick(&person_ids[..2])),
            provider: rng.pick(PROVIDERS).to_string(),
            period: Period {
                start: Some(start),
                end: rng.chance(70).then(|| day(start, 30 + rng.below(300))),
            },
            frequency: rng.pick(FREQUENCIES).to_string(),
            status: *rng.pick(&intervention_statuses),
            decision: Decision {
                needed,
                status: if needed {
                    *rng.pick(&[
                        DecisionStatus::Pending,
                        DecisionStatus::Granted,
                        DecisionStatus::Granted,
                    ])
                } else {
                    DecisionStatus::NotRequested
                },
                date: None,
                reasons: String::new(),
            },
            depends_on,
            goals: served,
            citizen_agreement: Agreement {
                status: agreement,
                comment: String::new(),
                at: (agreement != AgreementStatus::NotAsked).then_some(created_at),
                recorded_by: None,
            },
            created_by: author.clone(),
            created_at,
            updated_by: author,
            updated_at: created_at,
        });
    }

    plan.consents.push(Consent::new(
        ConsentId(rng.uuid()),
        ConsentKind::Plan,
        "Én samlet plan i stedet for Min Plan og handleplan efter Serviceloven § 141",
        base_date,
    ));
    plan.consents.push(Consent {
        parties: vec![PARTIES[0].into(), PARTIES[2].into()],
        uses: vec![InfoUse::Obtain, InfoUse::PassOn],
        categories: vec![InfoCategory::Health, InfoCategory::Employment],
        form: Some(ConsentForm::Written),
        ..Consent::new(
            ConsentId(rng.uuid()),
            ConsentKind::ShareInformation,
            "Psykiatrisk behandlingsplan og helbredsoplysninger, der har betydning for praktikken",
            base_date,
        )
    });

    let intervention_ids: Vec<InterventionId> = plan.interventions.iter().map(|x| x.id).collect();
    for meeting in 0..2 {
        let date = day(base_date, 90 * (meeting + 1));
        let mut results = Vec::new();
        for id in intervention_ids.iter().take(5) {
            if rng.chance(70) {
                results.push(InterventionResult {
                    intervention: *id,
                    outcome: *rng.pick(&[
                        Outcome::Continue,
                        Outcome::Continue,
                        Outcome::Change,
                        Outcome::End,
                        Outcome::Reassess,
                    ]),
                    note: String::new(),
                });
            }
        }
        plan.follow_ups.push(FollowUp {
            id: FollowUpId(rng.uuid()),
            date,
            participants: vec![
                format!("{citizen_name} (borger)"),
                format!("{caseworker_name} (koordinerende sagsbehandler)"),
            ],
            agreements: rng.pick(AGREEMENTS).to_string(),
            results,
            next_date: Some(day(date, 90)),
        });
    }

    for i in 0..(goals + interventions).div_ceil(10) {
        let on = if i.is_multiple_of(2) && !goal_ids.is_empty() {
            Target::Goal(*rng.pick(&goal_ids))
        } else if !intervention_ids.is_empty() {
            Target::Intervention(*rng.pick(&intervention_ids))
        } else {
            continue;
        };
        plan.comments.push(Comment {
            id: CommentId(rng.uuid()),
            on,
            author: rng.pick(&authors).clone(),
            at: base_time + Duration::hours(24 * (i as i64 + 1)),
            text: rng.pick(COMMENTS).to_string(),
        });
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::validate::validate_with;

    #[test]
    fn same_seed_same_plan_and_valid() {
        let a = synthetic_plan(12, 8, 7);
        assert_eq!(a, synthetic_plan(12, 8, 7));
        assert_ne!(a, synthetic_plan(12, 8, 8));
        assert_eq!(validate_with(&a, &Catalogue::default_adult()), vec![]);
        assert_eq!(a.goals.len(), 12);
        assert_eq!(a.interventions.len(), 8);
    }

    #[test]
    fn uuids_are_version_4() {
        let mut rng = SplitMix64::new(1);
        assert_eq!(rng.uuid().get_version_num(), 4);
    }
}
