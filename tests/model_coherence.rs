//! Coherence findings: each rule on a crafted plan (what it finds, and nothing
//! more), a coherent plan with no findings, the committed samples, similarity of
//! realistic Danish intervention titles, and a 300-goal / 2,000-intervention plan.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use chrono::NaiveDate;
use helhedsplan::model::coherence::{check, summary};
use helhedsplan::model::similarity::{similar, similar_titles};
use helhedsplan::model::*;
use model_support::fixtures::*;

// ---------------------------------------------------------------------------
// A small coherent plan to break one way at a time.

struct Base {
    plan: Plan,
    overall: GoalId,
    goal: GoalId,
    person: PersonId,
}

fn today() -> NaiveDate {
    date(2026, 6, 15)
}

fn goal(level: GoalLevel, title: &str, parent: Option<GoalId>, status: GoalStatus) -> Goal {
    let mut g = Goal::new(level, title, &mette(), at(2, 10));
    g.parent = parent;
    g.status = status;
    g
}

/// Sara's plan: an active overall goal and one active goal, a caseworker, and a
/// consent to share health information with the regional psychiatry.
fn base() -> Base {
    let mut plan = Plan::new("Saras plan");
    plan.citizen.name = "Sara Jensen".into();
    plan.family.push(FamilyMember {
        id: MemberId::new(),
        host_id: String::new(),
        name: "Emil".into(),
        relation: "søn".into(),
        birth_date: None,
        own_words: String::new(),
    });
    let person = Person {
        id: PersonId::new(),
        kind: PersonKind::CoordinatingCaseworker,
        name: "Lene Holm".into(),
        unit: "Jobcenter Aarhus".into(),
        contact: String::new(),
        contribution: String::new(),
        power_of_attorney: None,
    };
    let overall = goal(GoalLevel::Overall, "Et godt liv", None, GoalStatus::Active);
    let job = goal(
        GoalLevel::Goal,
        "Et arbejde nogle timer om ugen",
        Some(overall.id),
        GoalStatus::Active,
    );
    let b = Base {
        overall: overall.id,
        goal: job.id,
        person: person.id,
        plan,
    };
    let mut plan = b.plan;
    plan.people.push(person);
    plan.goals = vec![overall, job];
    plan.consents.push(Consent {
        id: ConsentId::new(),
        kind: ConsentKind::ShareInformation,
        parties: vec!["Regionspsykiatrien Aarhus".into()],
        scope: "Behandlingsplanen".into(),
        given: date(2026, 1, 1),
        withdrawn: None,
        uses: vec![],
        categories: vec![],
        given_by: vec![],
        expires: None,
        form: None,
        recorded_by: String::new(),
    });
    Base { plan, ..b }
}

impl Base {
    /// An active intervention serving the goal, with the caseworker responsible
    /// and no dates, authority or provider: coherent on its own.
    fn add(&mut self, sector: Sector, title: &str) -> &mut Intervention {
        let mut i = Intervention::new(sector, title, &jonas(), at(2, 11));
        i.status = InterventionStatus::Active;
        i.goals = vec![self.goal];
        i.responsible_person = Some(self.person);
        self.plan.interventions.push(i);
        self.plan.interventions.last_mut().unwrap()
    }

    fn add_goal(&mut self, g: Goal) -> GoalId {
        let id = g.id;
        self.plan.goals.push(g);
        id
    }

    fn findings(&self) -> Vec<(Rule, Vec<String>)> {
        found(&self.plan, today())
    }
}

/// (rule, titles) of every finding, in order.
fn found(plan: &Plan, today: NaiveDate) -> Vec<(Rule, Vec<String>)> {
    check(plan, today)
        .into_iter()
        .map(|f| (f.rule, f.titles))
        .collect()
}

fn f(rule: Rule, titles: &[&str]) -> (Rule, Vec<String>) {
    (rule, titles.iter().map(|t| t.to_string()).collect())
}

fn period(start: Option<NaiveDate>, end: Option<NaiveDate>) -> Period {
    Period { start, end }
}

/// Every item of every finding exists in the plan and its title matches.
fn assert_items_resolve(plan: &Plan, findings: &[Finding]) {
    for finding in findings {
        assert_eq!(finding.items.len(), finding.titles.len(), "{finding:?}");
        assert!(!finding.message.is_empty());
        for (item, title) in finding.items.iter().zip(&finding.titles) {
            let actual = match item {
                ItemRef::Goal(id) => plan.goal(*id).map(|g| g.title.clone()),
                ItemRef::Intervention(id) => plan.intervention(*id).map(|i| i.title.clone()),
                ItemRef::FollowUp(id) => plan
                    .follow_ups
                    .iter()
                    .find(|m| m.id == *id)
                    .map(|_| String::new()),
                other => panic!("unexpected item {other:?}"),
            };
            assert_eq!(actual.as_ref(), Some(title), "{finding:?}");
        }
    }
}

// ---------------------------------------------------------------------------
// A coherent plan.

#[test]
fn the_base_plan_is_coherent() {
    let mut b = base();
    b.add(Sector::Employment, "Mentor");
    b.add(Sector::Health, "Psykologsamtaler");
    assert_eq!(b.findings(), vec![]);
}

#[test]
fn mettes_plan_lacks_two_responsible_persons_and_asks_to_coordinate_mentor_and_home_support() {
    let (mut plan, ids) = mette_plan();
    let findings = check(&plan, today());
    assert_items_resolve(&plan, &findings);
    // The mentor and the home support run at the same time: not double, but the two
    // supporters must agree who does what.
    let coordinate = f(Rule::CoordinateInterventions, &["Mentor", "Bostøtte"]);
    assert_eq!(
        found(&plan, today()),
        vec![
            coordinate.clone(),
            f(Rule::NoResponsiblePerson, &["Bostøtte"]),
            f(
                Rule::NoResponsiblePerson,
                &["Virksomhedspraktik i Café Kilden"]
            ),
        ]
    );
    assert_eq!(
        findings[1].items,
        vec![ItemRef::Intervention(ids.bostoette)]
    );

    for i in &mut plan.interventions {
        i.responsible_person = Some(ids.caseworker);
    }
    assert_eq!(found(&plan, today()), vec![coordinate.clone()]);
    // The day after the agreed follow-up (2026-09-01), it is overdue.
    assert_eq!(found(&plan, date(2026, 9, 1)), vec![coordinate.clone()]);
    assert_eq!(
        found(&plan, date(2026, 9, 2)),
        vec![coordinate, f(Rule::FollowUpOverdue, &[""])]
    );
}

// ---------------------------------------------------------------------------
// 1. Double interventions.

#[test]
fn double_intervention_in_overlapping_periods_across_and_within_sectors() {
    let mut b = base();
    b.add(Sector::Employment, "Mentor").period =
        period(Some(date(2026, 1, 1)), Some(date(2026, 6, 30)));
    // Open-ended from March: overlaps the mentor and everything later.
    b.add(Sector::Social, "Mentorstøtte").period = period(Some(date(2026, 3, 1)), None);
    // No dates at all: overlaps everything.
    b.add(Sector::Health, "Psykologsamtaler");
    // The same sector as the mentor: two mentors from one job centre are double too.
    b.add(Sector::Employment, "Mentor i praktikken").period =
        period(Some(date(2026, 2, 1)), Some(date(2026, 7, 1)));
    // After the mentor ended, but while the mentorstøtte runs.
    b.add(Sector::Education, "Støtteperson på FGU").period =
        period(Some(date(2026, 8, 1)), Some(date(2026, 12, 1)));
    // Cancelled and completed ones no longer overlap anything.
    b.add(Sector::Health, "Mentor").status = InterventionStatus::Cancelled;
    b.add(Sector::Education, "Mentor").status = InterventionStatus::Completed;
    // Similar to the psychologist, from another sector, no dates.
    b.add(Sector::Social, "Psykologbehandling");

    let findings = check(&b.plan, today());
    assert_items_resolve(&b.plan, &findings);
    assert_eq!(
        b.findings(),
        vec![
            f(Rule::DoubleIntervention, &["Mentor", "Mentorstøtte"]),
            f(Rule::DoubleIntervention, &["Mentor", "Mentor i praktikken"]),
            f(
                Rule::DoubleIntervention,
                &["Mentorstøtte", "Mentor i praktikken"]
            ),
            f(
                Rule::DoubleIntervention,
                &["Mentorstøtte", "Støtteperson på FGU"]
            ),
            f(
                Rule::DoubleIntervention,
                &["Psykologsamtaler", "Psykologbehandling"]
            ),
        ]
    );
    assert_eq!(
        findings[0].detail,
        Detail::Overlap {
            similarity: Similarity::Synonym {
                group: "mentor".into()
            },
            from: Some(date(2026, 3, 1)),
            until: Some(date(2026, 6, 30)),
        }
    );
    assert_eq!(
        findings[3].detail,
        Detail::Overlap {
            similarity: Similarity::Synonym {
                group: "mentor".into()
            },
            from: Some(date(2026, 8, 1)),
            until: Some(date(2026, 12, 1)),
        }
    );
    assert!(findings[0].message.contains("employment"), "{findings:?}");
}

#[test]
fn double_intervention_by_legal_basis_and_synonym_table() {
    let mut b = base();
    let bo = b.add(Sector::Social, "Bostøtte § 85");
    bo.kind = Some("bostoette".into());
    bo.legal_basis = Some(LegalBasis {
        law: "Serviceloven".into(),
        paragraph: "§ 85".into(),
    });
    b.add(Sector::Health, "Socialpædagogisk støtte i hjemmet");
    b.add(Sector::Employment, "Støtte i hverdagen").legal_basis = Some(LegalBasis {
        law: "SEL".into(),
        paragraph: "§ 85, stk. 1".into(),
    });
    let findings = check(&b.plan, today());
    let reasons: Vec<_> = findings
        .iter()
        .map(|f| match &f.detail {
            Detail::Overlap { similarity, .. } => (f.titles.clone(), similarity.clone()),
            other => panic!("{other:?}"),
        })
        .collect();
    let titles = |a: &str, b: &str| vec![a.to_string(), b.to_string()];
    assert_eq!(
        reasons,
        vec![
            (
                titles("Bostøtte § 85", "Socialpædagogisk støtte i hjemmet"),
                Similarity::Synonym {
                    group: "bostoette".into()
                }
            ),
            (
                titles("Bostøtte § 85", "Støtte i hverdagen"),
                Similarity::SameLegalBasis {
                    legal_basis: "Serviceloven § 85".into()
                }
            ),
            (
                titles("Socialpædagogisk støtte i hjemmet", "Støtte i hverdagen"),
                Similarity::Synonym {
                    group: "bostoette".into()
                }
            ),
        ]
    );
}

#[test]
fn titles_naming_the_citizen_or_a_child_are_not_similar_for_that() {
    let mut b = base();
    b.add(Sector::Social, "Bostøtte hjemme hos Sara");
    b.add(Sector::Employment, "Mentor, der følger Sara i praktikken");
    b.add(Sector::Education, "Lektiehjælp til Emil");
    b.add(Sector::Health, "Samtaler med Emil om angst");
    // Not double; only the mentor and the home support are to be coordinated.
    assert_eq!(
        b.findings(),
        vec![f(
            Rule::CoordinateInterventions,
            &[
                "Bostøtte hjemme hos Sara",
                "Mentor, der følger Sara i praktikken"
            ]
        )]
    );
    // Without the names taken out, the shared name would make them "similar".
    assert!(similar_titles("Bostøtte hjemme hos Sara", "Mentor, der følger Sara").is_some());
}

/// A mentor (LAB § 167) and social-pedagogical support (serviceloven § 85) at the same
/// time: not the same help, but to be coordinated, with its own rule and words.
#[test]
fn mentor_and_home_support_at_the_same_time_are_to_be_coordinated() {
    let mut b = base();
    let mentor = b.add(Sector::Employment, "Mentor i jobcentret");
    mentor.kind = Some("mentor".into());
    mentor.legal_basis = Some(LegalBasis {
        law: "LAB".into(),
        paragraph: "§ 167".into(),
    });
    mentor.period = period(Some(date(2026, 1, 5)), Some(date(2026, 12, 31)));
    // Known only by its legal basis: § 85 is the home-support group.
    let support = b.add(Sector::Social, "Hjælp i hverdagen");
    support.legal_basis = Some(LegalBasis {
        law: "SEL".into(),
        paragraph: "§ 85".into(),
    });
    support.period = period(Some(date(2025, 9, 8)), Some(date(2026, 3, 31)));
    support.status = InterventionStatus::Planned;
    let findings = check(&b.plan, today());
    assert_items_resolve(&b.plan, &findings);
    assert_eq!(
        b.findings(),
        vec![f(
            Rule::CoordinateInterventions,
            &["Mentor i jobcentret", "Hjælp i hverdagen"]
        )]
    );
    assert_eq!(
        findings[0].detail,
        Detail::Coordinate {
            pair: "mentor_and_home_support".into(),
            from: Some(date(2026, 1, 5)),
            until: Some(date(2026, 3, 31)),
        }
    );
    assert!(findings[0].message.contains("agree who does what"));
    let json = serde_json::to_value(&findings[0]).unwrap();
    assert_eq!(json["rule"], "coordinate_interventions");
    assert_eq!(json["detail"]["kind"], "coordinate");

    // Once the home support has ended before the mentor starts, nothing to coordinate.
    b.plan.interventions[1].period.end = Some(date(2026, 1, 4));
    assert_eq!(b.findings(), vec![]);
}

/// Two of the same help within one sector are double; two different kinds of help under
/// one paragraph are not.
#[test]
fn doubles_within_one_sector_need_the_same_help_not_only_the_same_paragraph() {
    let mut b = base();
    for (title, kind) in [
        ("Bostøtte om mandagen", "bostoette"),
        ("Bostøtte om torsdagen", "bostoette"),
    ] {
        let i = b.add(Sector::Social, title);
        i.kind = Some(kind.into());
    }
    for (title, kind) in [
        ("Familiebehandling", "familiebehandling"),
        ("Fast kontaktperson", "kontaktperson"),
    ] {
        let i = b.add(Sector::Social, title);
        i.kind = Some(kind.into());
        i.legal_basis = Some(LegalBasis {
            law: "Barnets lov".into(),
            paragraph: "§ 32".into(),
        });
    }
    // One office's untyped titles share a word; that is not enough within a sector.
    b.add(Sector::Health, "Samtaler om søvn");
    b.add(Sector::Health, "Samtaler om angst");
    let findings = check(&b.plan, today());
    assert_eq!(
        b.findings(),
        vec![f(
            Rule::DoubleIntervention,
            &["Bostøtte om mandagen", "Bostøtte om torsdagen"]
        )]
    );
    assert!(
        findings[0].message.contains("twice from social"),
        "{findings:?}"
    );
}

/// A plan like Sara's, as a caseworker would write it when the help is already
/// coordinated in time: the home support ends before the mentor starts, the work
/// placement and the mentor are different help, the psychiatric treatment stands
/// alone. No double and nothing to coordinate.
#[test]
fn a_plan_like_saras_with_the_help_in_sequence_has_no_double_or_coordinate_finding() {
    let text = include_str!("../samples/mor-med-angst.json");
    let mut plan = helhedsplan::format::import_json(text).unwrap();
    let support = plan
        .interventions
        .iter_mut()
        .find(|i| i.kind.as_deref() == Some("bostoette"))
        .unwrap();
    support.period.end = Some(date(2026, 1, 4));
    for day in [date(2025, 10, 1), date(2026, 3, 1), date(2027, 1, 1)] {
        let counts = summary(&check(&plan, day));
        assert_eq!(counts[&Rule::DoubleIntervention], 0, "{day}");
        assert_eq!(counts[&Rule::CoordinateInterventions], 0, "{day}");
    }
}

// ---------------------------------------------------------------------------
// Similarity on realistic titles.

fn typed(
    sector: Sector,
    title: &str,
    kind: Option<&str>,
    basis: Option<(&str, &str)>,
) -> Intervention {
    let mut i = Intervention::new(sector, title, &jonas(), at(2, 11));
    i.kind = kind.map(str::to_string);
    i.legal_basis = basis.map(|(law, paragraph)| LegalBasis {
        law: law.into(),
        paragraph: paragraph.into(),
    });
    i
}

#[test]
fn similar_danish_titles() {
    for (a, b) in [
        ("Mentor", "Mentorstøtte"),
        ("Mentor", "Ungementorerne"),
        ("Mentor", "Støtteperson"),
        ("Bostøtte", "Socialpædagogisk støtte"),
        ("Bostøtte", "Bostøttemedarbejder to gange om ugen"),
        ("Psykolog", "Psykologbehandling"),
        ("Psykologsamtaler", "Samtaleterapi"),
        ("Misbrugsbehandling", "Stofbehandling"),
        ("Alkoholbehandling", "Behandling for alkoholmisbrug"),
        ("Ambulant behandling for hash", "Stofmisbrugsbehandling"),
        ("Gældsrådgivning", "Økonomisk rådgivning"),
        ("Genoptræning efter operation", "Fysioterapi"),
        ("Angstkursus", "Behandling for angst"),
        ("Virksomhedspraktik", "Virksomhedspraktik"),
    ] {
        assert!(similar_titles(a, b).is_some(), "{a} ~ {b}");
        assert!(similar_titles(b, a).is_some(), "{b} ~ {a}");
    }
}

#[test]
fn dissimilar_danish_titles() {
    for (a, b) in [
        ("Mentor", "Psykologsamtaler"),
        ("Mentor", "Virksomhedspraktik"),
        ("Bostøtte", "Støtte i klassen i dansk og matematik"),
        ("Misbrugsbehandling", "Psykiatrisk behandling"),
        // Drug treatment (serviceloven § 101) and alcohol treatment (sundhedsloven
        // § 141) are different help under different laws.
        ("Misbrugsbehandling", "Alkoholbehandling"),
        ("Danskundervisning", "Matematikundervisning"),
        (
            "Behandling i distriktspsykiatrien",
            "Bostøtte fra socialpsykiatrien",
        ),
        ("Behandling i psykiatrien", "Bostøtte fra socialpsykiatrien"),
        ("Gældsrådgivning", "Job med løntilskud"),
        (
            "Familiebehandling hjemme hos familien",
            "Forberedende grunduddannelse",
        ),
        ("Ledsagelse til lægen", "Genoptræning"),
        ("Samtaler", "Samtaler i gruppe"),
        ("§ 85", "§ 85"),
    ] {
        assert_eq!(similar_titles(a, b), None, "{a} !~ {b}");
        assert_eq!(similar_titles(b, a), None, "{b} !~ {a}");
    }
}

#[test]
fn type_codes_and_legal_bases_decide_over_title_words() {
    let mentor_fgu = typed(
        Sector::Employment,
        "Mentor, der hjælper med at komme i gang på FGU",
        Some("mentor"),
        Some(("LAB", "§ 167")),
    );
    let fgu = typed(
        Sector::Education,
        "Forberedende grunduddannelse (FGU)",
        Some("forberedende_uddannelse"),
        None,
    );
    // Both typed, different types: the shared "FGU" is context, not the help.
    assert_eq!(similar(&mentor_fgu, &fgu), None);
    // Untyped, the shared word is all there is to go on.
    assert_eq!(
        similar_titles(&mentor_fgu.title, &fgu.title),
        Some(Similarity::SharedWord { word: "fgu".into() })
    );
    // The type code's words count for an untyped title.
    let help = typed(Sector::Social, "Hjælp i hverdagen", Some("mentor"), None);
    let support = typed(Sector::Health, "Mentorstøtte", None, None);
    assert!(similar(&help, &support).is_some());
    // The same type.
    assert_eq!(
        similar(&help, &mentor_fgu),
        Some(Similarity::SameKind {
            kind: "mentor".into()
        })
    );
    // Legal bases: abbreviations and "stk." do not matter, letters do.
    let basis =
        |law: &str, paragraph: &str| typed(Sector::Social, "A", Some("a"), Some((law, paragraph)));
    let other =
        |law: &str, paragraph: &str| typed(Sector::Health, "B", Some("b"), Some((law, paragraph)));
    assert!(similar(&basis("SEL", "§ 85"), &other("Serviceloven", "§85, stk. 1")).is_some());
    assert!(similar(
        &basis("Lov om social service", "§ 97"),
        &other("SEL", "§ 97")
    )
    .is_some());
    assert_eq!(
        similar(&basis("LAB", "§ 30 b"), &other("LAB", "§ 30")),
        None
    );
    assert_eq!(
        similar(
            &basis("Serviceloven", "§ 85"),
            &other("Sundhedsloven", "§ 85")
        ),
        None
    );
    assert_eq!(
        similar(&basis("Serviceloven", ""), &other("Serviceloven", "")),
        None
    );
    // A legal basis in the synonym table ties to titles of that group.
    let sel85 = typed(
        Sector::Social,
        "Støtte i eget hjem",
        None,
        Some(("Serviceloven", "§ 85")),
    );
    let hjemmevejleder = typed(Sector::Health, "Hjemmevejleder", None, None);
    assert_eq!(
        similar(&sel85, &hjemmevejleder),
        Some(Similarity::Synonym {
            group: "bostoette".into()
        })
    );
}

// ---------------------------------------------------------------------------
// 2. Goals without interventions.

#[test]
fn goal_without_intervention_counts_served_descendants() {
    let mut b = base();
    // overall → goal (served through its sub-goal) → sub-goal (served)
    let served_sub = b.add_goal(goal(
        GoalLevel::SubGoal,
        "Tage bussen alene",
        Some(b.goal),
        GoalStatus::Active,
    ));
    // A sibling sub-goal is not served by its parent's interventions.
    b.add_goal(goal(
        GoalLevel::SubGoal,
        "Åbne posten hver uge",
        Some(b.goal),
        GoalStatus::Proposed,
    ));
    let overall = b.overall;
    b.add_goal(goal(
        GoalLevel::Goal,
        "Styr på økonomien",
        Some(overall),
        GoalStatus::Proposed,
    ));
    b.add_goal(goal(
        GoalLevel::Goal,
        "Sat på pause",
        Some(overall),
        GoalStatus::OnHold,
    ));
    b.add_goal(goal(
        GoalLevel::Goal,
        "Nået",
        Some(overall),
        GoalStatus::Achieved,
    ));
    b.add_goal(goal(
        GoalLevel::Goal,
        "Opgivet",
        Some(overall),
        GoalStatus::Cancelled,
    ));
    let only_cancelled = b.add_goal(goal(
        GoalLevel::Goal,
        "Kun aflyst hjælp",
        Some(overall),
        GoalStatus::Active,
    ));
    let only_completed = b.add_goal(goal(
        GoalLevel::Goal,
        "Kun afsluttet hjælp",
        Some(overall),
        GoalStatus::Active,
    ));
    let paused = b.add_goal(goal(
        GoalLevel::Goal,
        "Hjælp holder pause",
        Some(overall),
        GoalStatus::Active,
    ));
    b.add_goal(goal(
        GoalLevel::Overall,
        "Et andet overordnet mål",
        None,
        GoalStatus::Active,
    ));

    b.add(Sector::Employment, "Mentor").goals = vec![served_sub];
    let i = b.add(Sector::Social, "Bostøtte");
    i.goals = vec![only_cancelled];
    i.status = InterventionStatus::Cancelled;
    let i = b.add(Sector::Social, "Ledsagelse");
    i.goals = vec![only_completed];
    i.status = InterventionStatus::Completed;
    let i = b.add(Sector::Health, "Genoptræning");
    i.goals = vec![paused];
    i.status = InterventionStatus::Paused;

    assert_eq!(
        b.findings(),
        vec![
            f(Rule::GoalWithoutIntervention, &["Åbne posten hver uge"]),
            f(Rule::GoalWithoutIntervention, &["Styr på økonomien"]),
            f(Rule::GoalWithoutIntervention, &["Kun aflyst hjælp"]),
            f(Rule::GoalWithoutIntervention, &["Kun afsluttet hjælp"]),
            f(Rule::GoalWithoutIntervention, &["Et andet overordnet mål"]),
        ]
    );
}

#[test]
fn a_cancelled_sub_goal_does_not_serve_its_parent() {
    let mut b = base();
    let sub = b.add_goal(goal(
        GoalLevel::SubGoal,
        "Aflyst delmål",
        Some(b.goal),
        GoalStatus::Cancelled,
    ));
    b.add(Sector::Employment, "Mentor").goals = vec![sub];
    assert_eq!(
        b.findings(),
        vec![
            f(Rule::GoalWithoutIntervention, &["Et godt liv"]),
            f(
                Rule::GoalWithoutIntervention,
                &["Et arbejde nogle timer om ugen"]
            ),
            f(Rule::InterventionWithoutGoal, &["Mentor"]),
        ]
    );
}

// ---------------------------------------------------------------------------
// 3. Interventions without goals.

#[test]
fn intervention_without_goal() {
    let mut b = base();
    let cancelled_goal = b.add_goal(goal(
        GoalLevel::Goal,
        "Opgivet",
        Some(b.overall),
        GoalStatus::Cancelled,
    ));
    let achieved_goal = b.add_goal(goal(
        GoalLevel::Goal,
        "Nået",
        Some(b.overall),
        GoalStatus::Achieved,
    ));
    b.add(Sector::Employment, "Mentor");
    b.add(Sector::Social, "Uden mål").goals = vec![];
    b.add(Sector::Social, "Mål findes ikke").goals = vec![GoalId::new()];
    b.add(Sector::Social, "Kun aflyst mål").goals = vec![cancelled_goal];
    b.add(Sector::Social, "Nået mål").goals = vec![achieved_goal];
    let i = b.add(Sector::Health, "Aflyst uden mål");
    i.goals = vec![];
    i.status = InterventionStatus::Cancelled;
    let i = b.add(Sector::Health, "Afsluttet uden mål");
    i.goals = vec![];
    i.status = InterventionStatus::Completed;
    assert_eq!(
        b.findings(),
        vec![
            f(Rule::InterventionWithoutGoal, &["Uden mål"]),
            f(Rule::InterventionWithoutGoal, &["Mål findes ikke"]),
            f(Rule::InterventionWithoutGoal, &["Kun aflyst mål"]),
        ]
    );
}

// ---------------------------------------------------------------------------
// 4. Responsible person.

#[test]
fn no_responsible_person_nor_authority() {
    let mut b = base();
    b.add(Sector::Social, "Ingen ansvarlig").responsible_person = None;
    let i = b.add(Sector::Social, "Kun myndighed");
    i.responsible_person = None;
    i.responsible_authority = "Region Midtjylland, Psykiatrien".into();
    b.add(Sector::Social, "Kun person");
    b.add(Sector::Social, "Person findes ikke")
        .responsible_person = Some(PersonId::new());
    let i = b.add(Sector::Social, "Blank myndighed");
    i.responsible_person = None;
    i.responsible_authority = "   ".into();
    let i = b.add(Sector::Social, "Aflyst");
    i.responsible_person = None;
    i.status = InterventionStatus::Cancelled;
    assert_eq!(
        b.findings(),
        vec![
            f(Rule::NoResponsiblePerson, &["Ingen ansvarlig"]),
            f(Rule::NoResponsiblePerson, &["Person findes ikke"]),
            f(Rule::NoResponsiblePerson, &["Blank myndighed"]),
        ]
    );
}

// ---------------------------------------------------------------------------
// 5. Follow-up overdue.

fn meeting(day: NaiveDate, next: Option<NaiveDate>) -> FollowUp {
    FollowUp {
        id: FollowUpId::new(),
        date: day,
        participants: vec![],
        agreements: String::new(),
        results: vec![],
        next_date: next,
    }
}

#[test]
fn follow_up_overdue_after_the_latest_meetings_next_date() {
    let mut b = base();
    let early = meeting(date(2026, 1, 10), Some(date(2026, 3, 1)));
    let latest = meeting(date(2026, 3, 5), Some(date(2026, 6, 1)));
    let latest_id = latest.id;
    b.add(Sector::Employment, "Mentor");
    // Plan order is not date order: the latest meeting is found by date.
    b.plan.follow_ups = vec![latest, early];
    assert_eq!(found(&b.plan, date(2026, 6, 1)), vec![]);
    let findings = check(&b.plan, date(2026, 6, 2));
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].rule, Rule::FollowUpOverdue);
    assert_eq!(findings[0].items, vec![ItemRef::FollowUp(latest_id)]);
    assert_eq!(
        findings[0].detail,
        Detail::Passed {
            date: date(2026, 6, 1)
        }
    );
    assert!(findings[0].message.contains("2026-06-01"));

    // A meeting booked after today: nothing overdue.
    b.plan.follow_ups.push(meeting(date(2026, 6, 20), None));
    assert_eq!(found(&b.plan, date(2026, 6, 10)), vec![]);
    // Once it is held without agreeing a next date: nothing to be overdue.
    assert_eq!(found(&b.plan, date(2026, 12, 1)), vec![]);
    // No meetings at all: nothing overdue either.
    b.plan.follow_ups.clear();
    assert_eq!(found(&b.plan, date(2026, 12, 1)), vec![]);
}

// ---------------------------------------------------------------------------
// 6. Decisions.

#[test]
fn decision_missing_when_not_requested_or_pending_past_its_date() {
    let mut b = base();
    let decision = |status, date| Decision {
        needed: true,
        status,
        date,
        reasons: String::new(),
    };
    b.add(Sector::Social, "Ikke søgt").decision = decision(DecisionStatus::NotRequested, None);
    b.add(Sector::Social, "Venter, dato passeret").decision =
        decision(DecisionStatus::Pending, Some(date(2026, 6, 14)));
    b.add(Sector::Social, "Venter, dato i dag").decision =
        decision(DecisionStatus::Pending, Some(today()));
    let i = b.add(Sector::Social, "Venter, startet");
    i.decision = decision(DecisionStatus::Pending, None);
    i.period.start = Some(date(2026, 5, 1));
    let i = b.add(Sector::Social, "Venter, starter senere");
    i.decision = decision(DecisionStatus::Pending, None);
    i.period.start = Some(date(2026, 8, 1));
    b.add(Sector::Social, "Venter uden datoer").decision = decision(DecisionStatus::Pending, None);
    b.add(Sector::Social, "Bevilget").decision =
        decision(DecisionStatus::Granted, Some(date(2026, 1, 1)));
    b.add(Sector::Social, "Afslag").decision = decision(DecisionStatus::Refused, None);
    b.add(Sector::Social, "Kræver ingen afgørelse").decision = Decision {
        needed: false,
        status: DecisionStatus::NotRequested,
        date: None,
        reasons: String::new(),
    };
    let i = b.add(Sector::Social, "Aflyst, ikke søgt");
    i.decision = decision(DecisionStatus::NotRequested, None);
    i.status = InterventionStatus::Cancelled;

    let findings = check(&b.plan, today());
    assert_eq!(
        b.findings(),
        vec![
            f(Rule::DecisionMissing, &["Ikke søgt"]),
            f(Rule::DecisionMissing, &["Venter, dato passeret"]),
            f(Rule::DecisionMissing, &["Venter, startet"]),
        ]
    );
    let details: Vec<_> = findings.iter().map(|f| f.detail.clone()).collect();
    assert_eq!(
        details,
        vec![
            Detail::Decision {
                status: DecisionStatus::NotRequested,
                due: None
            },
            Detail::Decision {
                status: DecisionStatus::Pending,
                due: Some(date(2026, 6, 14))
            },
            Detail::Decision {
                status: DecisionStatus::Pending,
                due: Some(date(2026, 5, 1))
            },
        ]
    );
}

// ---------------------------------------------------------------------------
// 7. Ended but active.

#[test]
fn ended_but_still_active() {
    let mut b = base();
    b.add(Sector::Social, "Sluttede i går").period.end = Some(date(2026, 6, 14));
    b.add(Sector::Social, "Slutter i dag").period.end = Some(today());
    b.add(Sector::Social, "Uden slutdato").period.start = Some(date(2025, 1, 1));
    let i = b.add(Sector::Social, "Planlagt, slutdato passeret");
    i.period.end = Some(date(2026, 1, 1));
    i.status = InterventionStatus::Planned;
    let i = b.add(Sector::Social, "Afsluttet");
    i.period.end = Some(date(2026, 1, 1));
    i.status = InterventionStatus::Completed;
    let findings = check(&b.plan, today());
    assert_eq!(
        b.findings(),
        vec![f(Rule::EndedButActive, &["Sluttede i går"])]
    );
    assert_eq!(
        findings[0].detail,
        Detail::Passed {
            date: date(2026, 6, 14)
        }
    );
}

// ---------------------------------------------------------------------------
// 8. Consent.

#[test]
fn party_without_consent() {
    let mut b = base();
    // Active: share with "Regionspsykiatrien Aarhus" (from the base plan) and a
    // plan consent naming the social services. Withdrawn: the GP.
    b.plan.consents.push(Consent {
        id: ConsentId::new(),
        kind: ConsentKind::Plan,
        parties: vec![
            "Aarhus Kommune, Socialforvaltningen".into(),
            "Jobcenter Aarhus".into(),
        ],
        scope: "Én plan".into(),
        given: date(2026, 1, 1),
        withdrawn: None,
        uses: vec![],
        categories: vec![],
        given_by: vec![],
        expires: None,
        form: None,
        recorded_by: String::new(),
    });
    b.plan.consents.push(Consent {
        id: ConsentId::new(),
        kind: ConsentKind::ShareInformation,
        parties: vec!["Egen læge".into()],
        scope: "Helbredsoplysninger".into(),
        given: date(2026, 1, 1),
        withdrawn: Some(date(2026, 5, 1)),
        uses: vec![],
        categories: vec![],
        given_by: vec![],
        expires: None,
        form: None,
        recorded_by: String::new(),
    });
    let i = b.add(Sector::Health, "Behandling for angst");
    i.responsible_authority = "Region Midtjylland, Psykiatrien".into();
    i.provider = "Distriktspsykiatrien Aarhus".into();
    b.add(Sector::Health, "Samtaler hos lægen").provider = "Lægehuset Trøjborg".into();
    b.add(Sector::Social, "Bostøtte").responsible_authority =
        "Aarhus Kommune, Socialforvaltningen".into();
    b.add(Sector::Social, "Bostøtte fra socialpsykiatrien")
        .responsible_authority = "Aarhus Kommune, Socialpsykiatrien".into();
    let i = b.add(Sector::Employment, "Mentor");
    i.responsible_authority = "Aarhus Kommune, Jobcenter".into();
    i.provider = "Mentorkorps Østjylland".into();
    b.add(Sector::Education, "Forberedende grunduddannelse")
        .provider = "FGU Østjylland".into();
    // A health intervention from a social unit: its parties are health parties,
    // and the plan consent does not cover health information.
    b.add(Sector::Health, "Sundhedsforløb")
        .responsible_authority = "Aarhus Kommune, Socialforvaltningen".into();
    // Naming no party: covered by the share consent with psychiatry.
    b.add(Sector::Health, "Genoptræning");
    let i = b.add(Sector::Health, "Aflyst hos hospitalet");
    i.provider = "Aarhus Universitetshospital".into();
    i.status = InterventionStatus::Cancelled;

    let findings = check(&b.plan, today());
    let consent_findings: Vec<_> = b
        .findings()
        .into_iter()
        .filter(|(rule, _)| *rule == Rule::PartyWithoutConsent)
        .collect();
    assert_eq!(
        consent_findings,
        vec![
            f(Rule::PartyWithoutConsent, &["Samtaler hos lægen"]),
            f(
                Rule::PartyWithoutConsent,
                &["Bostøtte fra socialpsykiatrien"]
            ),
            f(Rule::PartyWithoutConsent, &["Forberedende grunduddannelse"]),
            f(Rule::PartyWithoutConsent, &["Sundhedsforløb"]),
        ]
    );
    let details: Vec<_> = findings
        .iter()
        .filter(|f| f.rule == Rule::PartyWithoutConsent)
        .map(|f| f.detail.clone())
        .collect();
    let parties = |names: &[&str], health| Detail::Parties {
        parties: names.iter().map(|n| n.to_string()).collect(),
        health,
    };
    assert_eq!(
        details,
        vec![
            parties(&["Lægehuset Trøjborg"], true),
            parties(&["Aarhus Kommune, Socialpsykiatrien"], false),
            parties(&["FGU Østjylland"], false),
            parties(&["Aarhus Kommune, Socialforvaltningen"], true),
        ]
    );
    // Before the GP consent was withdrawn, the GP was covered.
    assert!(!found(&b.plan, date(2026, 4, 30))
        .contains(&f(Rule::PartyWithoutConsent, &["Samtaler hos lægen"])));

    // Without any health consent, a health intervention naming no one is flagged.
    b.plan.consents.retain(|c| c.kind == ConsentKind::Plan);
    let findings = check(&b.plan, today());
    let genoptraening = findings
        .iter()
        .find(|f| f.titles == ["Genoptræning"])
        .expect("flagged");
    assert_eq!(genoptraening.detail, parties(&[], true));
}

// ---------------------------------------------------------------------------
// 9. Open goals under cancelled ones.

#[test]
fn open_goal_under_cancelled_goal() {
    let mut b = base();
    let gone = b.add_goal(goal(
        GoalLevel::Overall,
        "Opgivet overordnet",
        None,
        GoalStatus::Cancelled,
    ));
    let mid = b.add_goal(goal(
        GoalLevel::Goal,
        "Aktivt mål",
        Some(gone),
        GoalStatus::Active,
    ));
    let sub = b.add_goal(goal(
        GoalLevel::SubGoal,
        "Foreslået delmål",
        Some(mid),
        GoalStatus::Proposed,
    ));
    let cancelled_mid = b.add_goal(goal(
        GoalLevel::Goal,
        "Aflyst mål",
        Some(b.overall),
        GoalStatus::Cancelled,
    ));
    b.add_goal(goal(
        GoalLevel::SubGoal,
        "På pause",
        Some(cancelled_mid),
        GoalStatus::OnHold,
    ));
    b.add_goal(goal(
        GoalLevel::SubGoal,
        "Nået",
        Some(cancelled_mid),
        GoalStatus::Achieved,
    ));
    b.add_goal(goal(
        GoalLevel::SubGoal,
        "Også aflyst",
        Some(cancelled_mid),
        GoalStatus::Cancelled,
    ));
    b.add(Sector::Social, "Hjælp").goals = vec![sub, b.goal];
    let findings = check(&b.plan, today());
    assert_items_resolve(&b.plan, &findings);
    assert_eq!(
        b.findings(),
        vec![
            f(
                Rule::ActiveSubGoalUnderCancelledGoal,
                &["Aktivt mål", "Opgivet overordnet"]
            ),
            f(
                Rule::ActiveSubGoalUnderCancelledGoal,
                &["Foreslået delmål", "Opgivet overordnet"]
            ),
            f(
                Rule::ActiveSubGoalUnderCancelledGoal,
                &["På pause", "Aflyst mål"]
            ),
        ]
    );
}

// ---------------------------------------------------------------------------
// Order, summary, JSON.

#[test]
fn findings_come_in_rule_order_and_are_summarised() {
    let mut b = base();
    let i = b.add(Sector::Social, "Bostøtte");
    i.goals = vec![];
    i.responsible_person = None;
    i.period.end = Some(date(2026, 1, 1));
    b.add(Sector::Employment, "Mentor");
    b.add(Sector::Health, "Mentorstøtte");
    let findings = check(&b.plan, today());
    assert_eq!(findings, check(&b.plan, today()));
    let rules: Vec<Rule> = findings.iter().map(|f| f.rule).collect();
    assert_eq!(
        rules,
        vec![
            Rule::DoubleIntervention,
            Rule::CoordinateInterventions,
            Rule::CoordinateInterventions,
            Rule::InterventionWithoutGoal,
            Rule::NoResponsiblePerson,
            Rule::EndedButActive,
        ]
    );
    let counts = summary(&findings);
    assert_eq!(counts.len(), Rule::ALL.len());
    assert_eq!(counts[&Rule::DoubleIntervention], 1);
    assert_eq!(counts[&Rule::FollowUpOverdue], 0);
    assert_eq!(counts.values().sum::<usize>(), findings.len());

    let json = serde_json::to_value(&findings[0]).unwrap();
    assert_eq!(json["rule"], "double_intervention");
    assert_eq!(json["detail"]["kind"], "overlap");
    assert_eq!(json["detail"]["similarity"]["by"], "synonym");
    assert_eq!(json["items"][0]["kind"], "intervention");
    let back: Finding = serde_json::from_value(json).unwrap();
    assert_eq!(back, findings[0]);
    let summary_json = serde_json::to_value(&counts).unwrap();
    assert_eq!(summary_json["ended_but_active"], 1);
    let schema = serde_json::to_value(schemars::schema_for!(Finding)).unwrap();
    assert!(schema
        .to_string()
        .contains("active_sub_goal_under_cancelled_goal"));
}

// ---------------------------------------------------------------------------
// The committed samples.

/// Each sample as of the day of its latest follow-up meeting (the samples are
/// written as of then; later, dates pass and findings about time appear).
#[test]
fn samples_as_of_their_latest_meeting() {
    let samples = [
        (
            "familie-med-barn",
            include_str!("../samples/familie-med-barn.json"),
            vec![f(
                Rule::DecisionMissing,
                &["Fast kontaktperson, der går med Oliver til fodbold"],
            )],
        ),
        (
            "mor-med-angst",
            include_str!("../samples/mor-med-angst.json"),
            vec![
                // The mentor (LAB § 167) starts 5 January 2026 while the home support
                // (serviceloven § 85) runs until 31 March 2026.
                f(
                    Rule::CoordinateInterventions,
                    &[
                        "Bostøtte hjemme hos Sara",
                        "Mentor, der følger Sara i praktikken",
                    ],
                ),
                f(
                    Rule::GoalWithoutIntervention,
                    &["Jeg har styr på mine regninger"],
                ),
                f(
                    Rule::PartyWithoutConsent,
                    &["Afklaring af kursus i dansk og regning (FVU)"],
                ),
            ],
        ),
        (
            "ung-efter-psykiatri",
            include_str!("../samples/ung-efter-psykiatri.json"),
            vec![f(Rule::PartyWithoutConsent, &["Gældsrådgivning"])],
        ),
        (
            "fleksjob-efter-ulykke",
            include_str!("../samples/fleksjob-efter-ulykke.json"),
            vec![
                f(
                    Rule::GoalWithoutIntervention,
                    &["Jeg cykler med Yasmin til stranden igen"],
                ),
                // The mentor started on 5 January 2026; its decision is still pending.
                f(
                    Rule::DecisionMissing,
                    &["Mentor på arbejdspladsen i de første måneder"],
                ),
                // The training ended on 19 December 2025, but nobody closed it.
                f(Rule::EndedButActive, &["Genoptræning af gang og balance"]),
            ],
        ),
        (
            "misbrug-og-gaeld",
            include_str!("../samples/misbrug-og-gaeld.json"),
            vec![
                // The mentor (LAB § 167) from 2 March 2026 overlaps the home support
                // (serviceloven § 85) until 31 October 2026.
                f(
                    Rule::CoordinateInterventions,
                    &[
                        "Bostøtte hjemme hos Tina",
                        "Mentor, der hjælper Tina i gang med praktik",
                    ],
                ),
                f(Rule::PartyWithoutConsent, &["Gældsrådgivning"]),
            ],
        ),
        (
            "aeldre-efter-fald",
            include_str!("../samples/aeldre-efter-fald.json"),
            vec![
                f(
                    Rule::GoalWithoutIntervention,
                    &["Jeg kommer i kortklubben om tirsdagen igen"],
                ),
                // Applied for in September; still no decision at the November meeting.
                f(
                    Rule::DecisionMissing,
                    &["Badebænk, toiletforhøjer og rollator til udendørs brug"],
                ),
                // Agreed at the November meeting; the health consent does not name
                // the health centre yet.
                f(
                    Rule::PartyWithoutConsent,
                    &["Faldforebyggende træningshold"],
                ),
            ],
        ),
    ];
    for (name, text, expected) in samples {
        let plan =
            helhedsplan::format::import_json(text).unwrap_or_else(|e| panic!("{name}: {e:#?}"));
        let as_of = plan.follow_ups.iter().map(|m| m.date).max().expect(name);
        let findings = check(&plan, as_of);
        assert_items_resolve(&plan, &findings);
        for finding in &findings {
            eprintln!("{name} @ {as_of}: {}", finding.message);
        }
        assert_eq!(found(&plan, as_of), expected, "{name}");
        // No sample holds a double intervention, however late we look.
        let later = check(&plan, date(2027, 1, 1));
        assert_items_resolve(&plan, &later);
        assert_eq!(summary(&later)[&Rule::DoubleIntervention], 0, "{name}");
    }
}

// ---------------------------------------------------------------------------
// Scale.

#[test]
fn large_plan_is_checked_in_reasonable_time() {
    let plan = generate::synthetic_plan(300, 2000, 11);
    let started = std::time::Instant::now();
    let findings = check(&plan, date(2026, 6, 1));
    let took = started.elapsed();
    eprintln!(
        "coherence::check on 300 goals / 2,000 interventions: {took:?}, {} findings {:?}",
        findings.len(),
        summary(&findings)
    );
    assert_items_resolve(&plan, &findings);
    assert_eq!(findings, check(&plan, date(2026, 6, 1)));

    // Worst case for the pairwise comparison: no type codes (so titles are
    // compared word by word) and sectors spread over the same types, so that
    // many pairs are similar.
    let mut untyped = plan.clone();
    for (n, i) in untyped.interventions.iter_mut().enumerate() {
        i.kind = None;
        i.legal_basis = None;
        i.sector = Sector::ALL[n % 4];
    }
    let started = std::time::Instant::now();
    let findings = check(&untyped, date(2026, 6, 1));
    let took = started.elapsed();
    let doubles = summary(&findings)[&Rule::DoubleIntervention];
    eprintln!("… untyped, sectors mixed: {took:?}, {doubles} double-intervention pairs");
    assert!(doubles > 0);
}
