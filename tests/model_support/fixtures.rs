//! A realistic plan: Mette, a single, long-term unemployed mother of two with anxiety.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use helhedsplan::model::*;

pub fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, day, hour, 0, 0)
        .single()
        .unwrap()
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn mette() -> Actor {
    Actor::new(Role::Citizen, "Mette Jensen")
}

pub fn jonas() -> Actor {
    Actor::new(Role::Caseworker, "Jonas Holm")
}

pub fn psychiatrist() -> Actor {
    Actor::new(Role::Professional, "Lise Bak, Distriktspsykiatrien")
}

/// Ids of the fixture's items, for tests to address them.
pub struct Ids {
    pub overall: GoalId,
    pub job: GoalId,
    pub bus: GoalId,
    pub anxiety: GoalId,
    pub mentor: InterventionId,
    pub bostoette: InterventionId,
    pub practice: InterventionId,
    pub caseworker: PersonId,
    pub sister: PersonId,
    pub son: MemberId,
    pub plan_consent: ConsentId,
    pub share_consent: ConsentId,
    pub meeting: FollowUpId,
    pub rating: RatingId,
    pub comment: CommentId,
}

fn goal(level: GoalLevel, title: &str, parent: Option<GoalId>, area: &str, by: &Actor) -> Goal {
    let mut g = Goal::new(level, title, by, at(2, 10));
    g.parent = parent;
    g.life_area = Some(area.into());
    g
}

/// Mette's plan, written directly (not through edits), valid.
pub fn mette_plan() -> (Plan, Ids) {
    let mut plan = Plan::new("Mettes plan");
    plan.citizen = Citizen {
        id: "aarhus-borger-4711".into(),
        name: "Mette Jensen".into(),
        own_words: OwnWords {
            dreams: "Jeg vil have et arbejde, hvor jeg kan være noget for andre.".into(),
            resources: "Jeg er god til at lytte. Min søster hjælper med børnene.".into(),
            situation: "Alene med to børn, ledig i fire år, angst for nye steder.".into(),
            ..OwnWords::default()
        },
        birth_date: None,
        preferred_language: String::new(),
        interpreter_needed: false,
    };
    let son = FamilyMember {
        id: MemberId::new(),
        host_id: String::new(),
        name: "Oliver".into(),
        relation: "søn".into(),
        birth_date: None,
        own_words: String::new(),
    };
    let caseworker = Person {
        id: PersonId::new(),
        kind: PersonKind::CoordinatingCaseworker,
        name: "Jonas Holm".into(),
        unit: "Jobcenter Aarhus, Team Ressource".into(),
        contact: "Tlf. 87 13 20 00, man-fre 9-12".into(),
        contribution: "Koordinerer planen og indkalder til opfølgning".into(),
        power_of_attorney: None,
    };
    let sister = Person {
        id: PersonId::new(),
        kind: PersonKind::Network,
        name: "Sanne Jensen".into(),
        unit: "Søster".into(),
        contact: "22 33 44 55".into(),
        contribution: "Henter børnene om onsdagen".into(),
        power_of_attorney: None,
    };

    let overall = goal(
        GoalLevel::Overall,
        "Jeg vil have et godt liv med mine børn og et arbejde",
        None,
        "arbejde_uddannelse",
        &mette(),
    );
    let mut job = goal(
        GoalLevel::Goal,
        "Jeg vil have et arbejde, hvor jeg kan være noget for andre",
        Some(overall.id),
        "arbejde_uddannelse",
        &mette(),
    );
    job.target_date = Some(date(2027, 6, 30));
    job.status = GoalStatus::Active;
    job.scale = GasScale {
        much_less: "Jeg er ikke i praktik".into(),
        less: "Praktik en dag om ugen".into(),
        expected: "Praktik tre dage om ugen".into(),
        more: "Praktik fire dage om ugen".into(),
        much_more: "Job med løntilskud".into(),
    };
    let bus = goal(
        GoalLevel::SubGoal,
        "Tage bussen alene til praktikken",
        Some(job.id),
        "mobilitet",
        &jonas(),
    );
    let anxiety = goal(
        GoalLevel::Goal,
        "Jeg vil have det bedre med min angst",
        Some(overall.id),
        "mentale_funktioner",
        &mette(),
    );

    let mut mentor = Intervention::new(Sector::Employment, "Mentor", &jonas(), at(2, 11));
    mentor.kind = Some("mentor".into());
    mentor.legal_basis = Some(LegalBasis {
        law: "LAB".into(),
        paragraph: "§ 167".into(),
    });
    mentor.responsible_authority = "Aarhus Kommune, Jobcenter".into();
    mentor.responsible_person = Some(caseworker.id);
    mentor.provider = "Mentorkorps Østjylland".into();
    mentor.period = Period {
        start: Some(date(2026, 3, 1)),
        end: Some(date(2026, 9, 1)),
    };
    mentor.frequency = "2 timer om ugen".into();
    mentor.goals = vec![job.id, bus.id];
    let mut bostoette = Intervention::new(Sector::Social, "Bostøtte", &jonas(), at(2, 11));
    bostoette.kind = Some("bostoette".into());
    bostoette.legal_basis = Some(LegalBasis {
        law: "Serviceloven".into(),
        paragraph: "§ 85".into(),
    });
    bostoette.decision = Decision {
        needed: true,
        status: DecisionStatus::Granted,
        date: Some(date(2026, 2, 20)),
        reasons:
            "Sara har brug for hjælp til at komme ud af huset og til at holde styr på aftaler."
                .into(),
    };
    bostoette.goals = vec![anxiety.id];
    let mut practice = Intervention::new(
        Sector::Employment,
        "Virksomhedspraktik i Café Kilden",
        &jonas(),
        at(2, 12),
    );
    practice.kind = Some("virksomhedspraktik".into());
    practice.depends_on = vec![mentor.id];
    practice.goals = vec![job.id];

    let plan_consent = Consent {
        id: ConsentId::new(),
        kind: ConsentKind::Plan,
        parties: vec![],
        scope: "Én samlet plan i stedet for Min Plan og handleplan".into(),
        given: date(2026, 2, 15),
        withdrawn: None,
        uses: vec![],
        categories: vec![],
        given_by: vec![],
        expires: None,
        form: None,
        recorded_by: String::new(),
    };
    let share_consent = Consent {
        id: ConsentId::new(),
        kind: ConsentKind::ShareInformation,
        parties: vec![
            "Jobcenter Aarhus".into(),
            "Regionspsykiatrien Aarhus".into(),
        ],
        scope: "Psykiatrisk behandlingsplan, der har betydning for praktikken".into(),
        given: date(2026, 2, 15),
        withdrawn: None,
        uses: vec![],
        categories: vec![],
        given_by: vec![],
        expires: None,
        form: None,
        recorded_by: String::new(),
    };
    let meeting = FollowUp {
        id: FollowUpId::new(),
        date: date(2026, 6, 1),
        participants: vec!["Mette Jensen".into(), "Jonas Holm".into()],
        agreements: "Mentor fortsætter; praktikken starter i august.".into(),
        results: vec![InterventionResult {
            intervention: mentor.id,
            outcome: Outcome::Continue,
            note: String::new(),
        }],
        next_date: Some(date(2026, 9, 1)),
    };
    let rating = Rating {
        id: RatingId::new(),
        goal: job.id,
        date: date(2026, 6, 1),
        value: -1,
        perspective: Perspective::Citizen,
        rated_by: mette(),
        comment: "Jeg er kommet lidt i gang".into(),
    };
    let comment = Comment {
        id: CommentId::new(),
        on: Target::Intervention(mentor.id),
        author: mette(),
        at: at(3, 9),
        text: "Kan vi mødes om formiddagen?".into(),
    };

    let ids = Ids {
        overall: overall.id,
        job: job.id,
        bus: bus.id,
        anxiety: anxiety.id,
        mentor: mentor.id,
        bostoette: bostoette.id,
        practice: practice.id,
        caseworker: caseworker.id,
        sister: sister.id,
        son: son.id,
        plan_consent: plan_consent.id,
        share_consent: share_consent.id,
        meeting: meeting.id,
        rating: rating.id,
        comment: comment.id,
    };
    plan.family = vec![son];
    plan.people = vec![caseworker, sister];
    plan.goals = vec![overall, job, bus, anxiety];
    plan.interventions = vec![mentor, bostoette, practice];
    plan.consents = vec![plan_consent, share_consent];
    plan.follow_ups = vec![meeting];
    plan.ratings = vec![rating];
    plan.comments = vec![comment];
    (plan, ids)
}
