//! "Del med …": what one party may see of a plan by the citizen's consents. A realistic
//! plan (Sara, anxiety, job centre, psychiatry, bostøtte): the job centre without a
//! health consent gets no health data and the list of what it does not get; with one,
//! it gets it; a party no consent names gets the plan's name only; a withdrawn or
//! expired consent does not count; the shared plan always loads again, also for every
//! party of every sample.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use helhedsplan::model::share::*;
use helhedsplan::model::*;
use model_support::fixtures::{at, date, jonas};

struct Sara {
    plan: Plan,
    sleep: GoalId,
    job: GoalId,
    psychology: InterventionId,
    mentor: InterventionId,
    bostoette: InterventionId,
    psychologist: PersonId,
    share: ConsentId,
}

fn person(kind: PersonKind, name: &str, unit: &str) -> Person {
    Person {
        id: PersonId::new(),
        kind,
        name: name.into(),
        unit: unit.into(),
        contact: String::new(),
        contribution: String::new(),
        power_of_attorney: None,
    }
}

fn sara() -> Sara {
    let by = jonas();
    let mut plan = Plan::new("Saras plan");
    plan.citizen.name = "Sara Nielsen".into();
    plan.citizen.own_words.dreams = "Jeg vil gerne have et arbejde med dyr.".into();

    let mut sleep = Goal::new(GoalLevel::Goal, "Jeg vil sove bedre", &by, at(2, 10));
    sleep.life_area = Some("sundhedsforhold".into());
    let mut calm = Goal::new(
        GoalLevel::SubGoal,
        "Tre nætter om ugen uden at vågne",
        &by,
        at(2, 10),
    );
    calm.parent = Some(sleep.id);
    calm.life_area = Some("arbejde_uddannelse".into());
    let mut job = Goal::new(
        GoalLevel::Goal,
        "Jeg vil have et job i en dyrehandel",
        &by,
        at(2, 10),
    );
    job.life_area = Some("arbejde_uddannelse".into());

    let jobcenter = person(
        PersonKind::ContactPerson,
        "Ali Hassan",
        "Jobcenter Holmstrup, Team Ressource",
    );
    let psychologist = person(
        PersonKind::ContactPerson,
        "Lise Bak",
        "Psykiatrien Holmstrup",
    );
    let bostoette_person = person(
        PersonKind::ContactPerson,
        "Pia Dahl",
        "Socialpsykiatrien Holmstrup",
    );

    let mut psychology =
        Intervention::new(Sector::Health, "Psykologforløb for angst", &by, at(2, 11));
    psychology.responsible_person = Some(psychologist.id);
    psychology.responsible_authority = "Psykiatrien Holmstrup".into();
    psychology.goals = vec![sleep.id];
    let mut mentor = Intervention::new(
        Sector::Employment,
        "Mentor i virksomhedspraktik",
        &by,
        at(2, 11),
    );
    mentor.responsible_authority = "Jobcenter Holmstrup".into();
    mentor.responsible_person = Some(jobcenter.id);
    mentor.goals = vec![job.id, sleep.id];
    mentor.depends_on = vec![psychology.id];
    let mut bostoette =
        Intervention::new(Sector::Social, "Bostøtte to timer om ugen", &by, at(2, 11));
    bostoette.responsible_authority = "Socialpsykiatrien Holmstrup".into();
    bostoette.responsible_person = Some(bostoette_person.id);

    let mut share = Consent::new(
        ConsentId::new(),
        ConsentKind::ShareInformation,
        "Oplysninger om job og hverdag",
        date(2026, 1, 10),
    );
    share.parties = vec![
        "Jobcenter Holmstrup".into(),
        "Socialpsykiatrien Holmstrup".into(),
    ];
    share.categories = vec![InfoCategory::Employment, InfoCategory::Social];
    share.uses = vec![InfoUse::PassOn];
    let mut health_consent = Consent::new(
        ConsentId::new(),
        ConsentKind::ShareInformation,
        "Behandling for angst",
        date(2026, 1, 10),
    );
    health_consent.parties = vec![
        "Psykiatrien Holmstrup".into(),
        "Socialpsykiatrien Holmstrup".into(),
    ];
    health_consent.categories = vec![InfoCategory::Health];

    let mut entry = AssessmentEntry::new(
        "mentale_funktioner",
        Perspective::Professional,
        &by,
        at(2, 12),
    );
    entry.text = "Angst med søvnbesvær siden 2023, i behandling.".into();
    let mut work_entry =
        AssessmentEntry::new("arbejde_uddannelse", Perspective::Citizen, &by, at(2, 12));
    work_entry.text = "Jeg har været i praktik i en dyrehandel og kunne lide det.".into();
    calm.assessment = vec![entry.id];
    job.assessment = vec![work_entry.id];

    let rating = Rating {
        id: RatingId::new(),
        goal: sleep.id,
        date: date(2026, 2, 1),
        value: -1,
        perspective: Perspective::Citizen,
        rated_by: by.clone(),
        comment: "Jeg sover stadig dårligt".into(),
    };

    let ids = (
        sleep.id,
        job.id,
        psychology.id,
        mentor.id,
        bostoette.id,
        psychologist.id,
        share.id,
    );
    plan.goals = vec![sleep, calm, job];
    plan.people = vec![jobcenter, psychologist, bostoette_person];
    plan.interventions = vec![psychology, mentor, bostoette];
    plan.consents = vec![share, health_consent];
    plan.assessment = vec![entry, work_entry];
    plan.ratings = vec![rating];
    let linked = |plan_type: &str, relation| LinkedPlan {
        id: LinkedPlanId::new(),
        plan_type: plan_type.into(),
        relation,
        holder: String::new(),
        period: Period::default(),
        note: String::new(),
    };
    plan.linked_plans = vec![
        linked("min_plan", PlanRelation::Replaces),
        linked("udskrivningsaftale", PlanRelation::LinksTo),
    ];
    Sara {
        plan,
        sleep: ids.0,
        job: ids.1,
        psychology: ids.2,
        mentor: ids.3,
        bostoette: ids.4,
        psychologist: ids.5,
        share: ids.6,
    }
}

fn today() -> chrono::NaiveDate {
    date(2026, 3, 15)
}

fn share(plan: &Plan, party: &str) -> Shared {
    for_party(plan, &Catalogue::default_adult(), party, today())
}

/// The shared plan has no errors, and its document's `plan` imports as a plan.
fn loads_again(shared: &Shared, party: &str) {
    let errors: Vec<_> = validate(&shared.plan)
        .into_iter()
        .filter(|p| p.severity() == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{party}: {errors:?}");
    let text = helhedsplan::format::share::to_json(shared, party, today());
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["kind"], "helhedsplan-shared-plan");
    assert_eq!(doc["party"], party.trim());
    let plan = helhedsplan::format::import_json(&doc["plan"].to_string())
        .unwrap_or_else(|e| panic!("{party}: {e:?}"));
    assert_eq!(plan, shared.plan);
}

fn left(shared: &Shared, what: LeftOutKind) -> Vec<(String, Why)> {
    shared
        .left_out
        .iter()
        .filter(|l| l.what == what)
        .map(|l| (l.title.clone(), l.why))
        .collect()
}

#[test]
fn the_job_centre_without_a_health_consent_gets_no_health_data_and_the_list_of_it() {
    let sara = sara();
    let s = share(&sara.plan, "Jobcenter Holmstrup");
    assert!(s.consented && !s.health);
    let goals: Vec<&str> = s.plan.goals.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(goals, vec!["Jeg vil have et job i en dyrehandel"]);
    let interventions: Vec<InterventionId> = s.plan.interventions.iter().map(|i| i.id).collect();
    assert_eq!(interventions, vec![sara.mentor, sara.bostoette]);
    assert!(
        s.plan.person(sara.psychologist).is_none(),
        "the psychologist is health data"
    );
    assert!(s.plan.ratings.is_empty());
    assert_eq!(
        s.plan.consents.len(),
        1,
        "the health consent's record is left out"
    );
    assert_eq!(s.plan.consents[0].id, sara.share);
    let entries: Vec<&str> = s.plan.assessment.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(
        entries,
        vec!["Jeg har været i praktik i en dyrehandel og kunne lide det."]
    );
    // Links to what was left out are gone.
    let mentor = s.plan.intervention(sara.mentor).unwrap();
    assert_eq!(mentor.goals, vec![sara.job]);
    assert!(mentor.depends_on.is_empty());
    assert!(s.plan.goal(sara.job).unwrap().assessment.len() == 1);
    // What was left out, and why.
    assert_eq!(
        left(&s, LeftOutKind::Goal),
        vec![
            ("Jeg vil sove bedre".into(), Why::Health),
            (
                "Tre nætter om ugen uden at vågne".into(),
                Why::FollowsLeftOut
            ),
        ]
    );
    assert_eq!(
        left(&s, LeftOutKind::Intervention),
        vec![("Psykologforløb for angst".into(), Why::Health)]
    );
    assert_eq!(
        left(&s, LeftOutKind::Person),
        vec![("Lise Bak".into(), Why::Health)]
    );
    assert_eq!(
        left(&s, LeftOutKind::Rating),
        vec![("Jeg sover stadig dårligt".into(), Why::FollowsLeftOut)]
    );
    assert_eq!(
        left(&s, LeftOutKind::Consent),
        vec![("Behandling for angst".into(), Why::Health)]
    );
    assert_eq!(left(&s, LeftOutKind::AssessmentEntry).len(), 1);
    // A psychiatric discharge agreement is a health-sector plan; Min Plan is not.
    let linked: Vec<&str> = s
        .plan
        .linked_plans
        .iter()
        .map(|l| l.plan_type.as_str())
        .collect();
    assert_eq!(linked, vec!["min_plan"]);
    assert_eq!(
        left(&s, LeftOutKind::LinkedPlan),
        vec![("Udskrivningsaftale (psykiatrien)".into(), Why::Health)]
    );
    assert!(s.plan.change_log.is_empty());
    loads_again(&s, "Jobcenter Holmstrup");
}

#[test]
fn a_consent_that_covers_health_lets_the_party_see_it() {
    let sara = sara();
    let s = share(&sara.plan, "Socialpsykiatrien Holmstrup");
    assert!(s.consented && s.health);
    assert_eq!(s.plan.goals.len(), 3);
    assert_eq!(s.plan.interventions.len(), 3);
    assert_eq!(s.plan.assessment.len(), 2);
    assert_eq!(s.plan.ratings.len(), 1);
    assert!(s.left_out.is_empty(), "{:?}", s.left_out);
    loads_again(&s, "Socialpsykiatrien Holmstrup");
}

#[test]
fn a_health_consent_that_only_lets_the_municipality_obtain_does_not_share() {
    let mut sara = sara();
    sara.plan.consents[1].uses = vec![InfoUse::Obtain];
    let s = share(&sara.plan, "Socialpsykiatrien Holmstrup");
    assert!(s.consented && !s.health);
    assert!(s.plan.intervention(sara.psychology).is_none());
}

#[test]
fn a_sector_no_consent_covers_is_left_out_but_a_partys_own_interventions_stay() {
    let mut sara = sara();
    // Only employment now: bostøtte (social) is not covered for the job centre.
    sara.plan.consents[0].categories = vec![InfoCategory::Employment];
    let s = share(&sara.plan, "Jobcenter Holmstrup");
    assert_eq!(
        left(&s, LeftOutKind::Intervention),
        vec![
            ("Psykologforløb for angst".into(), Why::Health),
            ("Bostøtte to timer om ugen".into(), Why::NotCovered),
        ]
    );
    // Psychiatry is named only in the health consent: its own intervention stays, the
    // employment one (not covered) goes.
    let s = share(&sara.plan, "Psykiatrien Holmstrup");
    assert!(s.plan.intervention(sara.psychology).is_some());
    assert!(s.plan.goal(sara.sleep).is_some());
    loads_again(&s, "Psykiatrien Holmstrup");
}

#[test]
fn a_party_no_consent_names_gets_the_plans_name_only() {
    let sara = sara();
    let s = share(&sara.plan, "Ungdommens Uddannelsesvejledning");
    assert!(!s.consented);
    assert_eq!(s.plan.title, "Saras plan");
    assert_eq!(s.plan.citizen.name, "Sara Nielsen");
    assert!(s.plan.goals.is_empty() && s.plan.interventions.is_empty());
    assert!(s.plan.citizen.own_words.dreams.is_empty());
    assert!(s
        .left_out
        .iter()
        .all(|l| l.why == Why::NoConsent || l.why == Why::NeverShared));
    assert_eq!(left(&s, LeftOutKind::OwnWords).len(), 1);
    assert_eq!(left(&s, LeftOutKind::Goal).len(), 3);
    loads_again(&s, "Ungdommens Uddannelsesvejledning");
}

#[test]
fn a_persons_name_stands_for_their_unit() {
    let sara = sara();
    // Ali Hassan works in "Jobcenter Holmstrup, Team Ressource", which the consent names.
    let s = share(&sara.plan, "Ali Hassan");
    assert!(s.consented && !s.health);
    assert!(s.plan.intervention(sara.psychology).is_none());
    assert!(!share(&sara.plan, "Ukendt Person").consented);
}

#[test]
fn withdrawn_and_expired_consents_do_not_count() {
    let mut sara = sara();
    sara.plan.consents[0].withdrawn = Some(date(2026, 3, 1));
    assert!(!share(&sara.plan, "Jobcenter Holmstrup").consented);
    let mut sara = self::sara();
    sara.plan.consents[0].expires = Some(date(2026, 2, 28));
    assert!(!share(&sara.plan, "Jobcenter Holmstrup").consented);
    sara.plan.consents[0].expires = Some(date(2026, 3, 15));
    assert!(
        share(&sara.plan, "Jobcenter Holmstrup").consented,
        "the last day still holds"
    );
}

#[test]
fn party_names_match_by_their_words_not_by_their_kind() {
    assert!(same_party(
        "Jobcenter Holmstrup",
        "jobcenter holmstrup, Team Ressource"
    ));
    assert!(!same_party("Jobcenter Holmstrup", "Jobcenter Aarhus"));
    assert!(!same_party("", "Jobcenter Holmstrup"));
    let sara = sara();
    assert!(!share(&sara.plan, "Jobcenter Aarhus").consented);
    assert_eq!(
        parties(&sara.plan),
        vec![
            "Jobcenter Holmstrup, Team Ressource",
            "Psykiatrien Holmstrup",
            "Socialpsykiatrien Holmstrup",
            "Jobcenter Holmstrup",
            "Ali Hassan",
            "Lise Bak",
            "Pia Dahl",
        ]
    );
}

#[test]
fn every_party_of_every_sample_gets_a_plan_that_loads() {
    for (name, _) in helhedsplan::format::samples::list() {
        let text = helhedsplan::format::samples::get(name).unwrap();
        let plan = helhedsplan::format::import_json(text).unwrap();
        let catalogue = if name.contains("barn") {
            Catalogue::children()
        } else {
            Catalogue::default_adult()
        };
        let parties = parties(&plan);
        assert!(!parties.is_empty(), "{name}");
        for party in parties {
            let s = for_party(&plan, &catalogue, &party, today());
            loads_again(&s, &party);
        }
    }
    // And a large generated plan.
    let plan = generate::synthetic_plan(40, 300, 3);
    for party in parties(&plan).into_iter().take(5) {
        let s = for_party(&plan, &Catalogue::default_adult(), &party, today());
        loads_again(&s, &party);
    }
}
