//! Proptest strategies.
//!
//! - [`arb_plan`]: a VALID plan (no problems from `validate_with` against the
//!   default catalogue), with varied optional fields and Unicode text — for
//!   edit properties and export→import round trips.
//! - [`arb_any_plan`]: a plan that may break any validation rule.
//! - [`arb_script`] + [`concrete`]: edit scripts; each step becomes a concrete
//!   `Edit` against the plan as it is at that moment.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use helhedsplan::model::*;
use proptest::collection::vec;
use proptest::prelude::*;
use uuid::Uuid;

pub fn base_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()
}

pub fn base_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 1, 1, 8, 0, 0).single().unwrap()
}

pub fn arb_uuid() -> impl Strategy<Value = Uuid> {
    any::<[u8; 16]>().prop_map(|bytes| uuid::Builder::from_random_bytes(bytes).into_uuid())
}

/// Non-blank text: mostly Danish-looking words, sometimes any printable Unicode.
pub fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-ZÆØÅ][a-zæøå]{1,10}( [a-zæøå]{1,10}){0,5}[.!?]?",
        1 => "\\PC{1,24}".prop_filter("not blank", |s| !s.trim().is_empty()),
    ]
}

/// Text that may be empty.
pub fn arb_opt_text() -> impl Strategy<Value = String> {
    prop_oneof![1 => Just(String::new()), 2 => arb_text()]
}

pub fn arb_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..3650).prop_map(|d| base_date() + Duration::days(d))
}

pub fn arb_instant() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..300_000_000).prop_map(|s| base_time() + Duration::seconds(s))
}

pub fn arb_role() -> impl Strategy<Value = Role> {
    prop_oneof![
        Just(Role::Citizen),
        Just(Role::Caseworker),
        Just(Role::Professional)
    ]
}

pub fn arb_actor() -> impl Strategy<Value = Actor> {
    (arb_role(), arb_text()).prop_map(|(role, name)| Actor { role, name })
}

fn arb_agreement() -> impl Strategy<Value = Agreement> {
    (0u8..3, arb_opt_text(), arb_instant()).prop_map(|(s, comment, at)| match s {
        0 => Agreement::default(),
        1 => Agreement {
            status: AgreementStatus::Agrees,
            comment,
            at: Some(at),
            recorded_by: None,
        },
        _ => Agreement {
            status: AgreementStatus::Disagrees,
            comment,
            at: Some(at),
            recorded_by: None,
        },
    })
}

fn arb_scale() -> impl Strategy<Value = GasScale> {
    prop_oneof![
        Just(GasScale::default()),
        (
            arb_opt_text(),
            arb_opt_text(),
            arb_opt_text(),
            arb_opt_text(),
            arb_opt_text()
        )
            .prop_map(|(a, b, c, d, e)| GasScale {
                much_less: a,
                less: b,
                expected: c,
                more: d,
                much_more: e,
            }),
    ]
}

fn arb_goal_status() -> impl Strategy<Value = GoalStatus> {
    prop_oneof![
        Just(GoalStatus::Proposed),
        Just(GoalStatus::Active),
        Just(GoalStatus::OnHold),
        Just(GoalStatus::Achieved),
        Just(GoalStatus::Cancelled),
    ]
}

fn arb_intervention_status() -> impl Strategy<Value = InterventionStatus> {
    prop_oneof![
        Just(InterventionStatus::Proposed),
        Just(InterventionStatus::Planned),
        Just(InterventionStatus::Active),
        Just(InterventionStatus::Paused),
        Just(InterventionStatus::Completed),
        Just(InterventionStatus::Cancelled),
    ]
}

fn arb_sector() -> impl Strategy<Value = Sector> {
    prop_oneof![
        Just(Sector::Social),
        Just(Sector::Employment),
        Just(Sector::Education),
        Just(Sector::Health),
    ]
}

fn arb_member() -> impl Strategy<Value = FamilyMember> {
    (
        arb_uuid(),
        arb_opt_text(),
        arb_text(),
        arb_opt_text(),
        proptest::option::of(arb_date()),
        arb_opt_text(),
    )
        .prop_map(
            |(id, host_id, name, relation, birth_date, own_words)| FamilyMember {
                id: id.into(),
                host_id,
                name,
                relation,
                birth_date,
                own_words,
            },
        )
}

fn arb_person() -> impl Strategy<Value = Person> {
    (
        arb_uuid(),
        proptest::sample::select(PersonKind::ALL.to_vec()),
        arb_text(),
        arb_opt_text(),
        arb_opt_text(),
        arb_opt_text(),
        proptest::option::of(arb_date()),
    )
        .prop_map(
            |(id, kind, name, unit, contact, contribution, power_of_attorney)| Person {
                id: id.into(),
                kind,
                name,
                unit,
                contact,
                contribution,
                power_of_attorney,
            },
        )
}

/// A goal with placeholder level/parent/member; `assemble` fixes them up.
fn arb_goal_spec() -> impl Strategy<Value = (Goal, u8, usize, Option<usize>, Option<usize>)> {
    let content = (
        arb_uuid(),
        arb_text(),
        arb_opt_text(),
        prop_oneof![
            Just(ExpressedBy::Citizen),
            Just(ExpressedBy::Caseworker),
            Just(ExpressedBy::Jointly)
        ],
        proptest::option::of(arb_date()),
        arb_goal_status(),
        arb_scale(),
        arb_agreement(),
        arb_actor(),
        arb_instant(),
        0i64..1_000_000,
        arb_actor(),
    );
    (
        content,
        0u8..3,
        any::<usize>(),
        proptest::option::of(any::<usize>()),
        proptest::option::of(any::<usize>()),
    )
        .prop_map(
            |(
                (
                    id,
                    title,
                    description,
                    expressed_by,
                    target,
                    status,
                    scale,
                    agreement,
                    by,
                    at,
                    delay,
                    upd,
                ),
                level,
                parent,
                area,
                member,
            )| {
                let goal = Goal {
                    id: id.into(),
                    level: GoalLevel::Goal,
                    parent: None,
                    title,
                    description,
                    life_area: None,
                    member: None,
                    expressed_by,
                    target_date: target,
                    status,
                    scale,
                    assessment: Vec::new(),
                    citizen_agreement: agreement,
                    created_by: by,
                    created_at: at,
                    updated_by: upd,
                    updated_at: at + Duration::seconds(delay),
                };
                (goal, level, parent, area, member)
            },
        )
}

type InterventionSpec = (Intervention, Vec<usize>, Vec<usize>, Option<usize>);

fn arb_intervention_spec() -> impl Strategy<Value = InterventionSpec> {
    let content = (
        arb_uuid(),
        arb_sector(),
        proptest::option::of(prop_oneof![Just("mentor"), Just("bostoette"), Just("stu")]),
        arb_text(),
        arb_opt_text(),
        proptest::option::of((arb_text(), arb_opt_text())),
        arb_opt_text(),
        arb_opt_text(),
        (proptest::option::of(arb_date()), 0i64..400, any::<bool>()),
        arb_opt_text(),
        arb_intervention_status(),
    );
    let more = (
        (
            any::<bool>(),
            prop_oneof![
                Just(DecisionStatus::NotRequested),
                Just(DecisionStatus::Pending),
                Just(DecisionStatus::Granted),
                Just(DecisionStatus::PartlyGranted),
                Just(DecisionStatus::Refused)
            ],
            proptest::option::of(arb_date()),
        ),
        arb_agreement(),
        arb_actor(),
        arb_instant(),
        0i64..1_000_000,
        vec(any::<usize>(), 0..3),
        vec(any::<usize>(), 0..3),
        proptest::option::of(any::<usize>()),
    );
    (content, more).prop_map(
        |(
            (
                id,
                sector,
                kind,
                title,
                description,
                basis,
                authority,
                provider,
                (start, len, open),
                frequency,
                status,
            ),
            ((needed, dstatus, ddate), agreement, by, at, delay, goals, deps, person),
        )| {
            // The reasons reuse the description: a long free text of the same kind.
            let reasons = if needed {
                description.clone()
            } else {
                String::new()
            };
            let item = Intervention {
                id: id.into(),
                sector,
                kind: kind.map(String::from),
                title,
                description,
                legal_basis: basis.map(|(law, paragraph)| LegalBasis { law, paragraph }),
                responsible_authority: authority,
                responsible_person: None,
                provider,
                period: Period {
                    start,
                    end: if open {
                        None
                    } else {
                        Some(start.unwrap_or(base_date()) + Duration::days(len))
                    },
                },
                frequency,
                status,
                decision: Decision {
                    needed,
                    status: dstatus,
                    date: ddate,
                    reasons,
                },
                depends_on: vec![],
                goals: vec![],
                citizen_agreement: agreement,
                created_by: by.clone(),
                created_at: at,
                updated_by: by,
                updated_at: at + Duration::seconds(delay),
            };
            (item, goals, deps, person)
        },
    )
}

fn arb_consent() -> impl Strategy<Value = Consent> {
    (
        (
            arb_uuid(),
            any::<bool>(),
            vec(arb_text(), 1..3),
            arb_text(),
            arb_date(),
            proptest::option::of(0i64..500),
        ),
        (
            proptest::sample::subsequence(InfoUse::ALL.to_vec(), 0..=2),
            proptest::sample::subsequence(InfoCategory::ALL.to_vec(), 0..=3),
            vec(
                (
                    proptest::sample::select(GiverRole::ALL.to_vec()),
                    arb_text(),
                ),
                0..3,
            ),
            proptest::option::of(0i64..800),
            proptest::option::of(any::<bool>()),
            arb_text(),
        ),
    )
        .prop_map(
            |(
                (id, plan, parties, scope, given, withdrawn),
                (uses, categories, givers, expires, oral, recorded_by),
            )| Consent {
                id: id.into(),
                kind: if plan {
                    ConsentKind::Plan
                } else {
                    ConsentKind::ShareInformation
                },
                parties,
                scope,
                given,
                withdrawn: withdrawn.map(|d| given + Duration::days(d)),
                uses,
                categories,
                given_by: givers
                    .into_iter()
                    .map(|(role, name)| ConsentGiver { role, name })
                    .collect(),
                expires: expires.map(|d| given + Duration::days(d)),
                form: oral.map(|oral| {
                    if oral {
                        ConsentForm::Oral
                    } else {
                        ConsentForm::Written
                    }
                }),
                recorded_by,
            },
        )
}

fn arb_outcome() -> impl Strategy<Value = Outcome> {
    prop_oneof![
        Just(Outcome::Continue),
        Just(Outcome::Change),
        Just(Outcome::End),
        Just(Outcome::Reassess)
    ]
}

fn arb_follow_up_spec() -> impl Strategy<Value = (FollowUp, Vec<(usize, Outcome, String)>)> {
    (
        arb_uuid(),
        arb_date(),
        vec(arb_text(), 0..3),
        arb_opt_text(),
        proptest::option::of(0i64..200),
        vec((any::<usize>(), arb_outcome(), arb_opt_text()), 0..3),
    )
        .prop_map(|(id, date, participants, agreements, next, results)| {
            (
                FollowUp {
                    id: id.into(),
                    date,
                    participants,
                    agreements,
                    results: vec![],
                    next_date: next.map(|d| date + Duration::days(d)),
                },
                results,
            )
        })
}

fn arb_rating_spec() -> impl Strategy<Value = (Rating, usize)> {
    (
        arb_uuid(),
        arb_date(),
        -2i8..=2,
        any::<bool>(),
        arb_actor(),
        arb_opt_text(),
        any::<usize>(),
    )
        .prop_map(|(id, date, value, citizen, by, comment, goal)| {
            (
                Rating {
                    id: id.into(),
                    goal: GoalId::new(),
                    date,
                    value,
                    perspective: if citizen {
                        Perspective::Citizen
                    } else {
                        Perspective::Professional
                    },
                    rated_by: by,
                    comment,
                },
                goal,
            )
        })
}

fn arb_comment_spec() -> impl Strategy<Value = (Comment, usize, bool)> {
    (
        arb_uuid(),
        arb_actor(),
        arb_instant(),
        arb_text(),
        any::<usize>(),
        any::<bool>(),
    )
        .prop_map(|(id, author, at, text, pick, on_goal)| {
            (
                Comment {
                    id: id.into(),
                    on: Target::Goal(GoalId::new()),
                    author,
                    at,
                    text,
                },
                pick,
                on_goal,
            )
        })
}

fn arb_log_entry() -> impl Strategy<Value = ChangeEntry> {
    (arb_instant(), arb_actor(), arb_text(), 1u32..3).prop_map(|(at, actor, summary, version)| {
        ChangeEntry {
            at,
            role: actor.role,
            name: actor.name,
            summary,
            action: "set_title".into(),
            field: Some("title".into()),
            item: None,
            origin: ChangeOrigin::Edit,
            version,
        }
    })
}

/// 0: draft without approvals, 1: one pending approval, 2: locked, 3: version 2 draft.
fn arb_version_shape() -> impl Strategy<Value = (u8, Actor, Actor, DateTime<Utc>)> {
    (
        prop_oneof![6 => Just(0u8), 2 => Just(1u8), 1 => Just(2u8), 1 => Just(3u8)],
        arb_text(),
        arb_text(),
        arb_instant(),
    )
        .prop_map(|(shape, c, w, at)| {
            (
                shape,
                Actor::new(Role::Citizen, c),
                Actor::new(Role::Caseworker, w),
                at,
            )
        })
}

#[allow(clippy::type_complexity)]
fn assemble(
    (
        head,
        family,
        people,
        goals,
        interventions,
        consents,
        follow_ups,
        ratings,
        comments,
        log,
        shape,
    ): (
        (Uuid, String, String, String, [String; 3]),
        Vec<FamilyMember>,
        Vec<Person>,
        Vec<(Goal, u8, usize, Option<usize>, Option<usize>)>,
        Vec<InterventionSpec>,
        Vec<Consent>,
        Vec<(FollowUp, Vec<(usize, Outcome, String)>)>,
        Vec<(Rating, usize)>,
        Vec<(Comment, usize, bool)>,
        Vec<ChangeEntry>,
        (u8, Actor, Actor, DateTime<Utc>),
    ),
) -> Plan {
    let areas: Vec<String> = Catalogue::default_adult()
        .life_areas
        .into_iter()
        .map(|a| a.code)
        .collect();
    let (id, title, citizen_id, citizen_name, [dreams, resources, situation]) = head;
    let mut plan = Plan::new(title);
    plan.id = id.into();
    plan.citizen = Citizen {
        id: citizen_id,
        name: citizen_name,
        own_words: OwnWords {
            dreams,
            resources,
            situation,
            ..OwnWords::default()
        },
        birth_date: None,
        preferred_language: String::new(),
        interpreter_needed: false,
    };
    plan.family = family;
    plan.people = people;

    for (mut goal, level, parent, area, member) in goals {
        let of_level = |plan: &Plan, level: GoalLevel| -> Vec<GoalId> {
            plan.goals
                .iter()
                .filter(|g| g.level == level)
                .map(|g| g.id)
                .collect()
        };
        let overall = of_level(&plan, GoalLevel::Overall);
        let mids = of_level(&plan, GoalLevel::Goal);
        match level {
            0 => goal.level = GoalLevel::Overall,
            2 if !mids.is_empty() => {
                goal.level = GoalLevel::SubGoal;
                goal.parent = Some(mids[parent % mids.len()]);
            }
            _ => {
                goal.level = GoalLevel::Goal;
                if !overall.is_empty() && parent % 3 != 0 {
                    goal.parent = Some(overall[parent % overall.len()]);
                }
            }
        }
        goal.life_area = area.map(|a| areas[a % areas.len()].clone());
        if !plan.family.is_empty() {
            goal.member = member.map(|m| plan.family[m % plan.family.len()].id);
        }
        plan.goals.push(goal);
    }

    for (mut item, goals, deps, person) in interventions {
        if !plan.goals.is_empty() {
            for g in goals {
                let id = plan.goals[g % plan.goals.len()].id;
                if !item.goals.contains(&id) {
                    item.goals.push(id);
                }
            }
        }
        // Only earlier interventions: no circles.
        if !plan.interventions.is_empty() {
            for d in deps {
                let id = plan.interventions[d % plan.interventions.len()].id;
                if !item.depends_on.contains(&id) {
                    item.depends_on.push(id);
                }
            }
        }
        if !plan.people.is_empty() {
            item.responsible_person = person.map(|p| plan.people[p % plan.people.len()].id);
        }
        plan.interventions.push(item);
    }
    plan.consents = consents;
    for (mut meeting, results) in follow_ups {
        if !plan.interventions.is_empty() {
            for (pick, outcome, note) in results {
                let id = plan.interventions[pick % plan.interventions.len()].id;
                if meeting.results.iter().all(|r| r.intervention != id) {
                    meeting.results.push(InterventionResult {
                        intervention: id,
                        outcome,
                        note,
                    });
                }
            }
        }
        plan.follow_ups.push(meeting);
    }
    if !plan.goals.is_empty() {
        for (mut rating, pick) in ratings {
            rating.goal = plan.goals[pick % plan.goals.len()].id;
            plan.ratings.push(rating);
        }
    }
    for (mut comment, pick, on_goal) in comments {
        comment.on = if on_goal && !plan.goals.is_empty() {
            Target::Goal(plan.goals[pick % plan.goals.len()].id)
        } else if !plan.interventions.is_empty() {
            Target::Intervention(plan.interventions[pick % plan.interventions.len()].id)
        } else {
            continue;
        };
        plan.comments.push(comment);
    }
    plan.change_log = log;

    let (shape, citizen, caseworker, at) = shape;
    let approval = |as_role, by: &Actor| Approval {
        as_role,
        by: by.clone(),
        at,
    };
    match shape {
        1 => plan.approvals = vec![approval(ApprovalRole::Citizen, &citizen)],
        2 => {
            plan.approvals = vec![
                approval(ApprovalRole::Caseworker, &caseworker),
                approval(ApprovalRole::Citizen, &citizen),
            ];
            plan.locked = true;
            plan.locked_at = Some(at);
        }
        3 => {
            plan.version = 2;
            plan.earlier_versions = vec![VersionRecord {
                version: 1,
                locked_at: Some(at),
                approvals: vec![
                    approval(ApprovalRole::Citizen, &citizen),
                    approval(ApprovalRole::Caseworker, &caseworker),
                ],
                superseded_at: at,
            }];
        }
        _ => {}
    }
    plan
}

/// A plan in the linked plans register: a catalogue code, or a plan it lacks in words.
fn arb_linked_plan() -> impl Strategy<Value = LinkedPlan> {
    (
        arb_uuid(),
        prop_oneof![
            Just("min_plan".to_string()),
            Just("sel_141_handleplan".to_string()),
            arb_text()
        ],
        any::<bool>(),
        arb_opt_text(),
        proptest::option::of(arb_date()),
        proptest::option::of(0i64..500),
        arb_opt_text(),
    )
        .prop_map(
            |(id, plan_type, replaces, holder, start, days, note)| LinkedPlan {
                id: id.into(),
                plan_type,
                relation: if replaces {
                    PlanRelation::Replaces
                } else {
                    PlanRelation::LinksTo
                },
                holder,
                period: Period {
                    start,
                    end: start.zip(days).map(|(s, d)| s + Duration::days(d)),
                },
                note,
            },
        )
}

/// A valid plan: `validate_with(&plan, &Catalogue::default_adult())` is empty.
pub fn arb_plan() -> impl Strategy<Value = Plan> {
    let parts = (
        (
            arb_uuid(),
            arb_opt_text(),
            arb_opt_text(),
            arb_opt_text(),
            [arb_opt_text(), arb_opt_text(), arb_opt_text()],
        ),
        vec(arb_member(), 0..3),
        vec(arb_person(), 0..4),
        vec(arb_goal_spec(), 0..9),
        vec(arb_intervention_spec(), 0..9),
        vec(arb_consent(), 0..3),
        vec(arb_follow_up_spec(), 0..3),
        vec(arb_rating_spec(), 0..5),
        vec(arb_comment_spec(), 0..4),
        vec(arb_log_entry(), 0..3),
        arb_version_shape(),
    );
    (parts, vec(arb_linked_plan(), 0..3)).prop_map(|(parts, linked_plans)| Plan {
        linked_plans,
        ..assemble(parts)
    })
}

/// An unlocked valid plan (edits on a locked plan are all refused).
pub fn arb_draft_plan() -> impl Strategy<Value = Plan> {
    arb_plan().prop_filter("draft", |plan| !plan.locked)
}

/// One way of breaking a plan.
#[derive(Debug, Clone)]
pub struct Breakage {
    pub kind: u8,
    pub pick: usize,
    pub id: Uuid,
    pub value: i8,
    pub text: String,
}

fn arb_breakage() -> impl Strategy<Value = Breakage> {
    (
        0u8..20,
        any::<usize>(),
        arb_uuid(),
        any::<i8>(),
        "\\PC{0,260}",
    )
        .prop_map(|(kind, pick, id, value, text)| Breakage {
            kind,
            pick,
            id,
            value,
            text,
        })
}

/// Applies one breakage; may leave the plan valid if there is nothing to break.
pub fn break_plan(plan: &mut Plan, b: &Breakage) {
    let goals = plan.goals.len();
    let items = plan.interventions.len();
    match b.kind {
        0 if goals > 0 => plan.goals[b.pick % goals].parent = Some(b.id.into()),
        1 if !plan.ratings.is_empty() => {
            let n = plan.ratings.len();
            plan.ratings[b.pick % n].value = b.value;
        }
        2 if items > 0 => {
            let item = &mut plan.interventions[b.pick % items];
            item.period.start = Some(base_date() + Duration::days(100));
            item.period.end = Some(base_date() + Duration::days(b.value as i64));
        }
        3 if items > 1 => {
            let a = b.pick % items;
            let c = (a + 1) % items;
            let (ida, idc) = (plan.interventions[a].id, plan.interventions[c].id);
            plan.interventions[a].depends_on.push(idc);
            plan.interventions[c].depends_on.push(ida);
        }
        4 if items > 0 => {
            let id = plan.interventions[b.pick % items].id;
            plan.interventions[b.pick % items].depends_on.push(id);
        }
        5 if goals > 1 => {
            let id = plan.goals[0].id;
            plan.goals[1 + b.pick % (goals - 1)].id = id;
        }
        6 if goals > 0 => plan.goals[b.pick % goals].title = b.text.clone(),
        7 if items > 0 => plan.interventions[b.pick % items].title = b.text.clone(),
        8 if !plan.consents.is_empty() => {
            let n = plan.consents.len();
            let c = &mut plan.consents[b.pick % n];
            c.withdrawn = Some(c.given - Duration::days(1 + b.pick as i64 % 30));
        }
        9 if !plan.follow_ups.is_empty() => {
            let n = plan.follow_ups.len();
            let f = &mut plan.follow_ups[b.pick % n];
            f.next_date = Some(f.date - Duration::days(1));
        }
        10 if goals > 0 => plan.goals[b.pick % goals].life_area = Some(b.text.clone()),
        11 => plan.comments.push(Comment {
            id: CommentId::new(),
            on: Target::Intervention(b.id.into()),
            author: Actor::new(Role::Citizen, b.text.clone()),
            at: base_time(),
            text: b.text.clone(),
        }),
        12 if !plan.follow_ups.is_empty() => {
            let n = plan.follow_ups.len();
            plan.follow_ups[b.pick % n]
                .results
                .push(InterventionResult {
                    intervention: b.id.into(),
                    outcome: Outcome::End,
                    note: b.text.clone(),
                });
        }
        13 => {
            plan.locked = !plan.locked;
        }
        14 => plan.version = b.value.max(0) as u32 % 2,
        15 if items > 0 => plan.interventions[b.pick % items].goals.push(b.id.into()),
        16 if !plan.people.is_empty() => {
            let n = plan.people.len();
            plan.people[b.pick % n].name = b.text.clone();
        }
        17 if goals > 0 => {
            let g = &mut plan.goals[b.pick % goals];
            g.level = match b.value.rem_euclid(3) {
                0 => GoalLevel::Overall,
                1 => GoalLevel::Goal,
                _ => GoalLevel::SubGoal,
            };
        }
        18 => plan.title = b.text.repeat(2),
        19 if !plan.consents.is_empty() => {
            let n = plan.consents.len();
            plan.consents[b.pick % n].parties = vec![b.text.clone()];
        }
        _ => plan.citizen.own_words.dreams = b.text.repeat(50),
    }
}

/// A plan that may break any rule.
pub fn arb_any_plan() -> impl Strategy<Value = Plan> {
    (arb_plan(), vec(arb_breakage(), 0..6)).prop_map(|(mut plan, breakages)| {
        for b in &breakages {
            break_plan(&mut plan, b);
        }
        plan
    })
}

// ------------------------------------------------------------ edit scripts

/// An abstract edit step, made concrete against the plan of the moment.
#[derive(Debug, Clone)]
pub struct Step {
    pub op: u8,
    pub a: usize,
    pub b: usize,
    pub actor: u8,
    pub text: String,
    pub days: i64,
    pub value: i8,
    /// Address an item that does not exist (to exercise refusals).
    pub foreign: bool,
    pub id: Uuid,
    /// Minutes the actor's clock is off (one machine's clock runs behind another's).
    pub clock: i64,
}

impl Step {
    /// When the step happens, by the clock of the machine that makes it.
    pub fn at(&self) -> DateTime<Utc> {
        base_time() + Duration::minutes(self.clock)
    }
}

/// Text a step types: mostly ordinary, sometimes empty (a title cleared to be
/// rewritten), with an invisible control character (pasted), or over every limit.
fn arb_step_text() -> impl Strategy<Value = String> {
    prop_oneof![
        16 => arb_text(),
        1 => Just(String::new()),
        1 => arb_text().prop_map(|t| format!("{t}\u{7}")),
        1 => arb_text().prop_map(|t| t.repeat(10_001 / t.len().max(1) + 1)),
    ]
}

/// Days after [`base_date`]: mostly within a year or so; sometimes a date outside the
/// window a plan may hold (a typo such as 2520 or 1820).
fn arb_step_days() -> impl Strategy<Value = i64> {
    prop_oneof![
        30 => 0i64..400,
        1 => 180_000i64..190_000,
        1 => -75_000i64..-74_000,
    ]
}

pub const OPS: u8 = 53;

pub fn arb_step() -> impl Strategy<Value = Step> {
    (
        0u8..OPS,
        any::<usize>(),
        any::<usize>(),
        0u8..3,
        arb_step_text(),
        arb_step_days(),
        -3i8..=3,
        proptest::bool::weighted(0.05),
        arb_uuid(),
        prop_oneof![4 => Just(0i64), 1 => -600i64..600],
    )
        .prop_map(
            |(op, a, b, actor, text, days, value, foreign, id, clock)| Step {
                op,
                a,
                b,
                actor,
                text,
                days,
                value,
                foreign,
                id,
                clock,
            },
        )
}

pub fn arb_script(max: usize) -> impl Strategy<Value = Vec<Step>> {
    vec(arb_step(), 1..max)
}

pub fn actors() -> [Actor; 3] {
    [
        Actor::new(Role::Citizen, "Mette Jensen"),
        Actor::new(Role::Caseworker, "Jonas Holm"),
        Actor::new(Role::Professional, "Lise Bak"),
    ]
}

/// Whether scripts may approve as caseworker (and so lock the plan).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Approvals {
    CitizenOnly,
    Both,
}

fn pick<T, U>(items: &[T], i: usize, foreign: bool, fresh: Uuid, id: impl Fn(&T) -> U) -> U
where
    U: From<Uuid>,
{
    if items.is_empty() || foreign {
        U::from(fresh)
    } else {
        id(&items[i % items.len()])
    }
}

/// Turns a step into an actor and an edit for the plan as it is now.
pub fn concrete(plan: &Plan, s: &Step, approvals: Approvals) -> (Actor, Edit) {
    let actor = actors()[s.actor as usize].clone();
    // Often act as the person the edit is meant for, so role rules pass and
    // the interesting paths run; otherwise the random actor tests refusals.
    let fitting = s.b.is_multiple_of(2);
    let all = actors();
    let author_of = |who: &Actor| if fitting { who.clone() } else { actor.clone() };
    let (actor, edit) = match s.op {
        15 => {
            let i = s.a % plan.ratings.len().max(1);
            match plan.ratings.get(i) {
                Some(r) if !s.foreign => (author_of(&r.rated_by), Edit::RemoveRating { id: r.id }),
                _ => (actor.clone(), Edit::RemoveRating { id: s.id.into() }),
            }
        }
        35 => {
            let i = s.a % plan.comments.len().max(1);
            match plan.comments.get(i) {
                Some(c) if !s.foreign => (author_of(&c.author), Edit::RemoveComment { id: c.id }),
                _ => (actor.clone(), Edit::RemoveComment { id: s.id.into() }),
            }
        }
        36 | 37 => (author_of(&all[0]), plain(plan, s, approvals, &actor)),
        38 if approvals == Approvals::Both => {
            (author_of(&all[1]), plain(plan, s, approvals, &actor))
        }
        39 => {
            let who = if s.a.is_multiple_of(2) {
                &all[0]
            } else {
                &all[1]
            };
            (author_of(who), plain(plan, s, approvals, &actor))
        }
        _ => (actor.clone(), plain(plan, s, approvals, &actor)),
    };
    (actor, edit)
}

fn plain(plan: &Plan, s: &Step, approvals: Approvals, actor: &Actor) -> Edit {
    let actor = actor.clone();
    let at = base_time();
    let date = base_date() + Duration::days(s.days);
    let goal_id = pick(&plan.goals, s.a, s.foreign, s.id, |g| g.id);
    let other_goal = pick(&plan.goals, s.b, s.foreign, s.id, |g| g.id);
    let item_id = pick(&plan.interventions, s.a, s.foreign, s.id, |x| x.id);
    let other_item = pick(&plan.interventions, s.b, s.foreign, s.id, |x| x.id);
    let position = |len: usize| (!s.b.is_multiple_of(3)).then_some(s.b % (len + 1));
    match s.op {
        0 => Edit::SetTitle {
            title: s.text.clone(),
        },
        1 => Edit::SetOwnWords {
            field: OwnWordsField::ALL[s.a % OwnWordsField::ALL.len()],
            text: s.text.clone(),
        },
        2 => Edit::SetCitizen {
            id: format!("host-{}", s.a % 100),
            name: s.text.clone(),
        },
        3 => Edit::AddFamilyMember {
            member: FamilyMember {
                id: s.id.into(),
                host_id: String::new(),
                name: s.text.clone(),
                relation: "datter".into(),
                birth_date: None,
                own_words: String::new(),
            },
            position: position(plan.family.len()),
        },
        4 => match plan.family.get(s.a % plan.family.len().max(1)) {
            Some(m) => Edit::UpdateFamilyMember {
                member: FamilyMember {
                    name: s.text.clone(),
                    ..m.clone()
                },
            },
            None => Edit::RemoveFamilyMember { id: s.id.into() },
        },
        5 => Edit::RemoveFamilyMember {
            id: pick(&plan.family, s.a, s.foreign, s.id, |m| m.id),
        },
        6 => Edit::AddPerson {
            person: Person {
                id: s.id.into(),
                kind: PersonKind::ContactPerson,
                name: s.text.clone(),
                unit: "Jobcenter Aarhus".into(),
                contact: String::new(),
                contribution: String::new(),
                power_of_attorney: None,
            },
            position: position(plan.people.len()),
        },
        7 => match plan.people.get(s.a % plan.people.len().max(1)) {
            Some(p) => Edit::UpdatePerson {
                person: Person {
                    contribution: s.text.clone(),
                    ..p.clone()
                },
            },
            None => Edit::RemovePerson { id: s.id.into() },
        },
        8 => Edit::RemovePerson {
            id: pick(&plan.people, s.a, s.foreign, s.id, |p| p.id),
        },
        9 => {
            let level = [GoalLevel::Overall, GoalLevel::Goal, GoalLevel::SubGoal][s.b % 3];
            let mut goal = Goal::new(level, s.text.clone(), &actor, at);
            // Now and then an id already in use (a copy-paste, a replayed add): refused.
            goal.id = match plan.goals.get(s.a % plan.goals.len().max(1)) {
                Some(existing) if s.b.is_multiple_of(11) => existing.id,
                _ => s.id.into(),
            };
            goal.parent = level.parent_level().and_then(|pl| {
                let c: Vec<_> = plan.goals.iter().filter(|g| g.level == pl).collect();
                (!c.is_empty()).then(|| c[s.a % c.len()].id)
            });
            // Now and then a code no catalogue has (a municipality's own, mistyped).
            goal.life_area = Some(if s.b.is_multiple_of(7) {
                "eget_omraade".into()
            } else {
                "mentale_funktioner".into()
            });
            Edit::AddGoal {
                goal,
                position: position(plan.goals.len()),
            }
        }
        10 => match plan.goal(goal_id) {
            Some(g) => {
                let mut g = g.clone();
                g.title = s.text.clone();
                g.target_date = Some(date);
                if s.b.is_multiple_of(4) {
                    g.description = s.text.repeat(2);
                }
                Edit::UpdateGoal { goal: g }
            }
            None => Edit::RemoveGoal { id: goal_id },
        },
        11 => Edit::RemoveGoal { id: goal_id },
        12 => Edit::MoveGoal {
            id: goal_id,
            to: s.b % plan.goals.len().max(1),
        },
        13 => Edit::SetGoalStatus {
            id: goal_id,
            status: [
                GoalStatus::Proposed,
                GoalStatus::Active,
                GoalStatus::OnHold,
                GoalStatus::Achieved,
                GoalStatus::Cancelled,
            ][s.b % 5],
        },
        14 => Edit::AddRating {
            rating: Rating {
                id: s.id.into(),
                goal: goal_id,
                date,
                value: s.value,
                // Mostly the actor's own perspective; sometimes the other (refused).
                perspective: if (actor.role == Role::Citizen) != (s.b.is_multiple_of(5)) {
                    Perspective::Citizen
                } else {
                    Perspective::Professional
                },
                rated_by: actor.clone(),
                comment: String::new(),
            },
            position: position(plan.ratings.len()),
        },
        15 => Edit::RemoveRating {
            id: pick(&plan.ratings, s.a, s.foreign, s.id, |r| r.id),
        },
        16 => {
            let mut item = Intervention::new(Sector::Employment, s.text.clone(), &actor, at);
            item.id = s.id.into();
            item.legal_basis = Some(LegalBasis {
                law: "LAB".into(),
                paragraph: "§ 167".into(),
            });
            if !plan.goals.is_empty() {
                item.goals = vec![goal_id];
            }
            if !plan.interventions.is_empty() && s.b.is_multiple_of(2) {
                item.depends_on = vec![other_item];
            }
            Edit::AddIntervention {
                intervention: item,
                position: position(plan.interventions.len()),
            }
        }
        17 => match plan.intervention(item_id) {
            Some(x) => {
                let mut x = x.clone();
                x.title = s.text.clone();
                x.period.start = Some(date);
                // Sometimes an end before that start (moved by someone else).
                if s.b % 5 == 1 {
                    x.period.end = Some(date - Duration::days(10));
                }
                x.frequency = "1 gang om ugen".into();
                if s.b.is_multiple_of(3) && !x.depends_on.contains(&other_item) {
                    x.depends_on.push(other_item);
                }
                Edit::UpdateIntervention { intervention: x }
            }
            None => Edit::RemoveIntervention { id: item_id },
        },
        18 => Edit::RemoveIntervention { id: item_id },
        19 => Edit::MoveIntervention {
            id: item_id,
            to: s.b % plan.interventions.len().max(1),
        },
        20 => Edit::SetInterventionStatus {
            id: item_id,
            status: [
                InterventionStatus::Planned,
                InterventionStatus::Active,
                InterventionStatus::Paused,
                InterventionStatus::Completed,
            ][s.b % 4],
        },
        21 => Edit::LinkGoal {
            intervention: item_id,
            goal: other_goal,
        },
        22 => Edit::UnlinkGoal {
            intervention: item_id,
            goal: other_goal,
        },
        23 => Edit::AddDependency {
            intervention: item_id,
            depends_on: other_item,
        },
        24 => Edit::RemoveDependency {
            intervention: item_id,
            depends_on: other_item,
        },
        25 => Edit::AddConsent {
            consent: Consent {
                id: s.id.into(),
                kind: ConsentKind::ShareInformation,
                parties: vec!["Jobcenter Aarhus".into(), s.text.clone()],
                scope: "Helbredsoplysninger".into(),
                given: date,
                withdrawn: None,
                uses: vec![],
                categories: vec![],
                given_by: vec![],
                expires: None,
                form: None,
                recorded_by: String::new(),
            },
            position: position(plan.consents.len()),
        },
        26 => match plan.consents.get(s.a % plan.consents.len().max(1)) {
            Some(c) => Edit::UpdateConsent {
                consent: Consent {
                    scope: s.text.clone(),
                    ..c.clone()
                },
            },
            None => Edit::RemoveConsent { id: s.id.into() },
        },
        27 => Edit::WithdrawConsent {
            id: pick(&plan.consents, s.a, s.foreign, s.id, |c| c.id),
            date,
        },
        28 => Edit::RemoveConsent {
            id: pick(&plan.consents, s.a, s.foreign, s.id, |c| c.id),
        },
        29 => Edit::AddFollowUp {
            follow_up: FollowUp {
                id: s.id.into(),
                date,
                participants: vec!["Mette Jensen".into()],
                agreements: s.text.clone(),
                results: vec![],
                next_date: Some(date + Duration::days(90)),
            },
            position: position(plan.follow_ups.len()),
        },
        30 => match plan.follow_ups.get(s.a % plan.follow_ups.len().max(1)) {
            Some(f) => Edit::UpdateFollowUp {
                follow_up: FollowUp {
                    agreements: s.text.clone(),
                    ..f.clone()
                },
            },
            None => Edit::RemoveFollowUp { id: s.id.into() },
        },
        31 => Edit::RemoveFollowUp {
            id: pick(&plan.follow_ups, s.a, s.foreign, s.id, |f| f.id),
        },
        32 => Edit::SetFollowUpResult {
            follow_up: pick(&plan.follow_ups, s.a, s.foreign, s.id, |f| f.id),
            result: InterventionResult {
                intervention: other_item,
                outcome: [
                    Outcome::Continue,
                    Outcome::Change,
                    Outcome::End,
                    Outcome::Reassess,
                ][s.b % 4],
                note: String::new(),
            },
        },
        33 => Edit::RemoveFollowUpResult {
            follow_up: pick(&plan.follow_ups, s.a, s.foreign, s.id, |f| f.id),
            intervention: other_item,
        },
        34 => Edit::AddComment {
            comment: Comment {
                id: s.id.into(),
                on: if s.b.is_multiple_of(2) {
                    Target::Goal(goal_id)
                } else {
                    Target::Intervention(item_id)
                },
                author: actor.clone(),
                at,
                text: s.text.clone(),
            },
            position: position(plan.comments.len()),
        },
        35 => Edit::RemoveComment {
            id: pick(&plan.comments, s.a, s.foreign, s.id, |c| c.id),
        },
        36 => Edit::SetAgreement {
            on: if s.b.is_multiple_of(2) {
                Target::Goal(goal_id)
            } else {
                Target::Intervention(item_id)
            },
            agreement: Agreement {
                status: [
                    AgreementStatus::Agrees,
                    AgreementStatus::Disagrees,
                    AgreementStatus::NotAsked,
                ][s.a % 3],
                comment: s.text.clone(),
                at: None,
                recorded_by: None,
            },
        },
        37 => Edit::Approve {
            as_role: ApprovalRole::Citizen,
        },
        38 if approvals == Approvals::Both => Edit::Approve {
            as_role: ApprovalRole::Caseworker,
        },
        38 => Edit::RevokeApproval {
            as_role: ApprovalRole::Citizen,
        },
        39 => Edit::RevokeApproval {
            as_role: if s.b.is_multiple_of(2) {
                ApprovalRole::Citizen
            } else {
                ApprovalRole::Caseworker
            },
        },
        40 => Edit::StartNewVersion,
        42 => field_edit(plan, s, date, false),
        43 => field_edit(plan, s, date, true),
        44 => Edit::AddLinkedPlan {
            linked_plan: LinkedPlan {
                id: s.id.into(),
                // A catalogue code, or a plan the catalogue lacks, in words.
                plan_type: if s.b.is_multiple_of(2) {
                    "min_plan".into()
                } else {
                    s.text.clone()
                },
                relation: PlanRelation::ALL[s.a % 2],
                holder: "Jobcenter Aarhus".into(),
                period: Period {
                    start: Some(date),
                    end: None,
                },
                note: String::new(),
            },
            position: position(plan.linked_plans.len()),
        },
        45 => match plan.linked_plans.get(s.a % plan.linked_plans.len().max(1)) {
            Some(p) => Edit::UpdateLinkedPlan {
                linked_plan: LinkedPlan {
                    holder: s.text.clone(),
                    relation: PlanRelation::ALL[s.b % 2],
                    ..p.clone()
                },
            },
            None => Edit::RemoveLinkedPlan { id: s.id.into() },
        },
        46 => Edit::RemoveLinkedPlan {
            id: pick(&plan.linked_plans, s.a, s.foreign, s.id, |p| p.id),
        },
        47 => {
            let perspective = if s.b.is_multiple_of(2) {
                Perspective::Citizen
            } else {
                Perspective::Professional
            };
            let mut entry = AssessmentEntry::new(
                ["mentale_funktioner", "arbejde_uddannelse", "ukendt"][s.a % 3],
                perspective,
                &actor,
                at,
            );
            entry.id = s.id.into();
            entry.text = s.text.clone();
            entry.date = Some(date);
            Edit::AddAssessmentEntry {
                entry,
                position: position(plan.assessment.len()),
            }
        }
        48 => Edit::RemoveAssessmentEntry {
            id: pick(&plan.assessment, s.a, s.foreign, s.id, |e| e.id),
        },
        49 => {
            let mut fact = KnownFact::new(s.text.clone(), &actor, at);
            fact.id = s.id.into();
            fact.obtained = Some(date);
            fact.health = s.b.is_multiple_of(3).then_some(true);
            Edit::AddKnownFact {
                fact,
                position: position(plan.known_facts.len()),
            }
        }
        50 => match plan.known_facts.get(s.a % plan.known_facts.len().max(1)) {
            Some(f) if !s.b.is_multiple_of(2) => Edit::UpdateKnownFact {
                fact: KnownFact {
                    held_by: s.text.clone(),
                    ..f.clone()
                },
            },
            _ => Edit::RemoveKnownFact {
                id: pick(&plan.known_facts, s.a, s.foreign, s.id, |f| f.id),
            },
        },
        51 => {
            let entry = pick(&plan.assessment, s.b, s.foreign, s.id, |e| e.id);
            if s.value > 0 {
                Edit::UnlinkAssessment {
                    goal: goal_id,
                    entry,
                }
            } else {
                Edit::LinkAssessment {
                    goal: goal_id,
                    entry,
                }
            }
        }
        52 => Edit::SetTargetGroup {
            target_group: TargetGroup {
                group: (s.a % 4 < 3).then(|| TargetGroupKind::ALL[s.a % 3]),
                reason: s.text.clone(),
            },
        },
        _ => {
            // Two edits as one step.
            let first = Step {
                op: (s.a % 37) as u8,
                ..s.clone()
            };
            let second = Step {
                op: (s.b % 37) as u8,
                id: Uuid::from_u128(s.id.as_u128().wrapping_add(1)),
                ..s.clone()
            };
            Edit::Batch {
                edits: vec![
                    plain(plan, &first, approvals, &actor),
                    plain(plan, &second, approvals, &actor),
                ],
            }
        }
    }
}

/// A field of some owner: a text field or (`date`) a date field.
type FieldSpec = (&'static str, bool);

/// Where field edits land: each owner with the fields the editor's forms set, and one
/// field no field edit may set (refused).
fn field_owner(plan: &Plan, s: &Step) -> (Option<ItemRef>, &'static [FieldSpec]) {
    const PLAN: &[FieldSpec] = &[
        ("title", false),
        ("citizen.name", false),
        ("citizen.own_words.dreams", false),
        ("citizen.own_words.resources", false),
        ("citizen.own_words.situation", false),
        ("target_group.reason", false),
    ];
    const GOAL: &[FieldSpec] = &[
        ("title", false),
        ("description", false),
        ("scale.more", false),
        ("scale.much_less", false),
        ("target_date", true),
        ("created_by", false),
    ];
    const INTERVENTION: &[FieldSpec] = &[
        ("title", false),
        ("description", false),
        ("provider", false),
        ("frequency", false),
        ("period.start", true),
        ("period.end", true),
        ("goals", false),
    ];
    const PERSON: &[FieldSpec] = &[("name", false), ("unit", false), ("contribution", false)];
    const MEMBER: &[FieldSpec] = &[("name", false), ("relation", false)];
    const CONSENT: &[FieldSpec] = &[("scope", false), ("given", true)];
    const FOLLOW_UP: &[FieldSpec] = &[("agreements", false), ("date", true), ("next_date", true)];
    const LINKED_PLAN: &[FieldSpec] = &[
        ("plan_type", false),
        ("holder", false),
        ("note", false),
        ("period.start", true),
    ];
    const ENTRY: &[FieldSpec] = &[
        ("text", false),
        ("source", false),
        ("date", true),
        ("perspective", false),
    ];
    let k = s.a / 9;
    let pick_id = |len: usize| k % len.max(1);
    match s.a % 9 {
        8 if !plan.assessment.is_empty() => (
            Some(ItemRef::AssessmentEntry(
                plan.assessment[pick_id(plan.assessment.len())].id,
            )),
            ENTRY,
        ),
        1 if !plan.goals.is_empty() => (
            Some(ItemRef::Goal(plan.goals[pick_id(plan.goals.len())].id)),
            GOAL,
        ),
        2 if !plan.interventions.is_empty() => (
            Some(ItemRef::Intervention(
                plan.interventions[pick_id(plan.interventions.len())].id,
            )),
            INTERVENTION,
        ),
        3 if !plan.people.is_empty() => (
            Some(ItemRef::Person(plan.people[pick_id(plan.people.len())].id)),
            PERSON,
        ),
        4 if !plan.family.is_empty() => (
            Some(ItemRef::FamilyMember(
                plan.family[pick_id(plan.family.len())].id,
            )),
            MEMBER,
        ),
        5 if !plan.consents.is_empty() => (
            Some(ItemRef::Consent(
                plan.consents[pick_id(plan.consents.len())].id,
            )),
            CONSENT,
        ),
        6 if !plan.follow_ups.is_empty() => (
            Some(ItemRef::FollowUp(
                plan.follow_ups[pick_id(plan.follow_ups.len())].id,
            )),
            FOLLOW_UP,
        ),
        7 if !plan.linked_plans.is_empty() => (
            Some(ItemRef::LinkedPlan(
                plan.linked_plans[pick_id(plan.linked_plans.len())].id,
            )),
            LINKED_PLAN,
        ),
        _ => (None, PLAN),
    }
}

/// The text a field holds now.
pub fn field_text(plan: &Plan, of: Option<ItemRef>, field: &str) -> String {
    helhedsplan::model::edit::field_text(plan, of, field).unwrap_or_default()
}

/// A set-field or (`splice`) a text splice, as the editor's fields send them: typing a
/// few characters at the caret, deleting some, or pasting; sometimes at a place past the
/// text's end or inside an emoji (refused), sometimes on a field no field edit may set.
fn field_edit(plan: &Plan, s: &Step, date: NaiveDate, splice: bool) -> Edit {
    let (of, fields) = field_owner(plan, s);
    let (field, is_date) = fields[s.b % fields.len()];
    let field = field.to_string();
    if splice && !is_date {
        let text = field_text(plan, of, &field);
        let len = text.encode_utf16().count();
        let at = s.b % (len + 2);
        let delete = (s.value.unsigned_abs() as usize) % 3;
        let insert: String = s.text.chars().take(1 + s.b % 3).collect();
        Edit::SpliceText {
            item: of,
            field,
            at,
            delete,
            insert,
        }
    } else {
        let value = if is_date {
            serde_json::Value::String(date.to_string())
        } else {
            serde_json::Value::String(s.text.clone())
        };
        Edit::SetField {
            item: of,
            field,
            value,
        }
    }
}
