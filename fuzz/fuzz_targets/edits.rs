//! Fuzz target: a sequence of edits, undos and redos, decoded from the fuzz bytes, applied
//! to a sample plan by three people (citizen, caseworker, professional) through
//! `model::History`, as the editor applies them.
//!
//! The decoder (below) aims at what people and clocks really do, and at the edges: texts
//! that are empty, blank, at and over the length limits, with control characters, bidi
//! marks and emoji; dates at the window's ends, `9999-12-31`, chrono's own extremes;
//! periods that end before they start; timestamps that go backwards (a fast clock);
//! ids of items that exist, of items of another kind, and of nothing; positions past the
//! end. Most ids are chosen among the plan's own items, so most edits are accepted.
//!
//! Properties checked on every input:
//! - no step panics, and a refused edit leaves the plan exactly as it was;
//! - after the sequence, the exported plan imports again with `format::import_json`
//!   (every plan the editor makes loads again), and so does the plan after undoing
//!   everything;
//! - the views of the plan — coherence, progress, timeline, life areas, the decision
//!   summary — run without panicking.
#![no_main]

use std::sync::OnceLock;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use helhedsplan::format;
use helhedsplan::model::*;
use libfuzzer_sys::fuzz_target;
use uuid::Uuid;

/// The longest sequence decoded from one input: long enough for interesting states,
/// short enough for many executions a second.
const MAX_STEPS: usize = 64;

fn samples() -> &'static [Plan] {
    static PLANS: OnceLock<Vec<Plan>> = OnceLock::new();
    PLANS.get_or_init(|| {
        format::samples::list()
            .iter()
            .map(|(name, _)| {
                let text = format::samples::get(name).expect("a listed sample exists");
                format::import_json(text).expect("the samples import")
            })
            .collect()
    })
}

fn actors() -> [Actor; 3] {
    [
        Actor::new(Role::Citizen, "Mette Jensen"),
        Actor::new(Role::Caseworker, "Jonas Holm"),
        Actor::new(Role::Professional, "Lise Bak"),
    ]
}

fn base_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("a date")
}

fn base_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0)
        .single()
        .expect("a time")
}

/// Reads the fuzz bytes as choices; once they run out every choice is 0.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn byte(&mut self) -> u8 {
        match self.0.split_first() {
            Some((b, rest)) => {
                self.0 = rest;
                *b
            }
            None => 0,
        }
    }

    fn u16(&mut self) -> u16 {
        u16::from_le_bytes([self.byte(), self.byte()])
    }

    fn u32(&mut self) -> u32 {
        u32::from_le_bytes([self.byte(), self.byte(), self.byte(), self.byte()])
    }

    /// A number below `n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            self.u16() as usize % n
        }
    }

    fn flag(&mut self) -> bool {
        self.byte() & 1 == 1
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    fn text(&mut self) -> String {
        const WORDS: [&str; 12] = [
            "Mette",
            "At få et arbejde",
            "Jobcenter Aarhus",
            "Serviceloven",
            "§ 85",
            "relationer",
            "mentale_funktioner",
            "sel_85",
            "1 gang om ugen",
            "Psykiatrien",
            "Bolig",
            "datter",
        ];
        const CHARS: [char; 24] = [
            'a', 'b', 'Æ', 'ø', ' ', '\n', '\t', '\r', '-', '\u{7}', '\u{1b}', '\u{7f}',
            '\u{85}', '\u{9b}', '"', '\\', '/', '~', '\u{200b}', '\u{202e}', '😀', 'é', '0',
            '§',
        ];
        const LENGTHS: [usize; 8] = [199, 200, 201, 499, 500, 501, 10_000, 10_001];
        match self.byte() % 8 {
            0 => String::new(),
            1 => " \n\t ".into(),
            2 => {
                let n = self.below(24);
                (0..n).map(|_| self.pick(&CHARS)).collect()
            }
            3 => "x".repeat(self.pick(&LENGTHS)),
            4 => {
                let n = self.below(16).min(self.0.len());
                let (raw, rest) = self.0.split_at(n);
                self.0 = rest;
                String::from_utf8_lossy(raw).into_owned()
            }
            _ => self.pick(&WORDS).to_string(),
        }
    }

    fn date(&mut self) -> NaiveDate {
        let edges = [
            NaiveDate::MIN,
            NaiveDate::MAX,
            limits::NO_END_DATE,
            limits::DATE_MIN,
            limits::DATE_MAX,
            limits::DATE_MIN.pred_opt().unwrap_or(NaiveDate::MIN),
            limits::DATE_MAX.succ_opt().unwrap_or(NaiveDate::MAX),
            NaiveDate::from_ymd_opt(1, 1, 1).unwrap_or(NaiveDate::MIN),
            NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or(NaiveDate::MIN),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap_or(NaiveDate::MIN),
        ];
        match self.byte() % 6 {
            0 => self.pick(&edges),
            1 => NaiveDate::from_num_days_from_ce_opt(self.u32() as i32).unwrap_or(NaiveDate::MAX),
            2 => base_date() + Duration::days(i64::from(self.u16() as i16)),
            _ => base_date() + Duration::days(i64::from(self.byte() as i8) * 7),
        }
    }

    fn maybe_date(&mut self) -> Option<NaiveDate> {
        if self.byte() % 4 == 0 {
            None
        } else {
            Some(self.date())
        }
    }

    /// When an edit is made: mostly forward in small steps, sometimes backwards (a fast
    /// clock on another machine), sometimes at chrono's extremes.
    fn instant(&mut self, now: &mut DateTime<Utc>) -> DateTime<Utc> {
        match self.byte() % 16 {
            0 => DateTime::<Utc>::MIN_UTC,
            1 => DateTime::<Utc>::MAX_UTC,
            2 | 3 => *now - Duration::seconds(i64::from(self.u32())),
            _ => {
                *now = *now + Duration::milliseconds(i64::from(self.u16()) * 10);
                *now
            }
        }
    }

    fn uuid(&mut self) -> Uuid {
        Uuid::from_u128(u128::from(self.u32()) << 64 | u128::from(self.u32()))
    }

    /// An id: mostly one of `pool` (the plan's own items of the right kind), sometimes
    /// one of `other` (items of another kind), sometimes a fresh one.
    fn id<T: From<Uuid>>(&mut self, pool: &[Uuid], other: &[Uuid]) -> T {
        let uuid = match self.byte() % 16 {
            0 => self.uuid(),
            1 if !other.is_empty() => self.pick(other),
            _ if !pool.is_empty() => self.pick(pool),
            _ => self.uuid(),
        };
        T::from(uuid)
    }

    fn position(&mut self, len: usize) -> Option<usize> {
        match self.byte() % 4 {
            0 => None,
            1 => Some(usize::MAX),
            _ => Some(self.below(len + 2)),
        }
    }
}

/// The ids in a plan, by kind.
struct Ids {
    goals: Vec<Uuid>,
    interventions: Vec<Uuid>,
    people: Vec<Uuid>,
    family: Vec<Uuid>,
    consents: Vec<Uuid>,
    follow_ups: Vec<Uuid>,
    ratings: Vec<Uuid>,
    comments: Vec<Uuid>,
}

impl Ids {
    fn of(plan: &Plan) -> Ids {
        Ids {
            goals: plan.goals.iter().map(|g| g.id.0).collect(),
            interventions: plan.interventions.iter().map(|x| x.id.0).collect(),
            people: plan.people.iter().map(|p| p.id.0).collect(),
            family: plan.family.iter().map(|m| m.id.0).collect(),
            consents: plan.consents.iter().map(|c| c.id.0).collect(),
            follow_ups: plan.follow_ups.iter().map(|f| f.id.0).collect(),
            ratings: plan.ratings.iter().map(|r| r.id.0).collect(),
            comments: plan.comments.iter().map(|c| c.id.0).collect(),
        }
    }
}

/// What to do next.
enum Step {
    Edit(Edit),
    /// The same, through the typing path (keystrokes into one field fold into one step).
    Typing(Edit),
    Undo,
    Redo,
}

const GOAL_STATUSES: [GoalStatus; 5] = [
    GoalStatus::Proposed,
    GoalStatus::Active,
    GoalStatus::OnHold,
    GoalStatus::Achieved,
    GoalStatus::Cancelled,
];
const INTERVENTION_STATUSES: [InterventionStatus; 6] = [
    InterventionStatus::Proposed,
    InterventionStatus::Planned,
    InterventionStatus::Active,
    InterventionStatus::Paused,
    InterventionStatus::Completed,
    InterventionStatus::Cancelled,
];
const DECISION_STATUSES: [DecisionStatus; 5] = [
    DecisionStatus::NotRequested,
    DecisionStatus::Pending,
    DecisionStatus::Granted,
    DecisionStatus::PartlyGranted,
    DecisionStatus::Refused,
];
const LEVELS: [GoalLevel; 3] = [GoalLevel::Overall, GoalLevel::Goal, GoalLevel::SubGoal];
const ROLES: [ApprovalRole; 2] = [ApprovalRole::Citizen, ApprovalRole::Caseworker];

fn agreement(b: &mut Bytes, now: &mut DateTime<Utc>) -> Agreement {
    Agreement {
        status: b.pick(&[
            AgreementStatus::NotAsked,
            AgreementStatus::Agrees,
            AgreementStatus::Disagrees,
        ]),
        comment: b.text(),
        at: if b.flag() { Some(b.instant(now)) } else { None },
    }
}

fn target(b: &mut Bytes, ids: &Ids) -> Target {
    if b.flag() {
        Target::Goal(b.id(&ids.goals, &ids.interventions))
    } else {
        Target::Intervention(b.id(&ids.interventions, &ids.goals))
    }
}

/// A goal: an existing one with some fields changed, or a new one.
fn goal(b: &mut Bytes, plan: &Plan, ids: &Ids, actor: &Actor, now: &mut DateTime<Utc>) -> Goal {
    let existing = plan.goals.get(b.below(plan.goals.len() + 1)).cloned();
    let mut goal = existing.unwrap_or_else(|| {
        let at = b.instant(now);
        let mut g = Goal::new(b.pick(&LEVELS), b.text(), actor, at);
        g.id = b.id(&[], &ids.goals);
        g
    });
    for _ in 0..b.below(4) {
        match b.byte() % 10 {
            0 => goal.title = b.text(),
            1 => goal.description = b.text(),
            2 => goal.target_date = b.maybe_date(),
            3 => goal.status = b.pick(&GOAL_STATUSES),
            4 => goal.parent = b.flag().then(|| b.id(&ids.goals, &ids.interventions)),
            5 => goal.level = b.pick(&LEVELS),
            6 => goal.life_area = b.flag().then(|| b.text()),
            7 => goal.member = b.flag().then(|| b.id(&ids.family, &ids.people)),
            8 => goal.scale.expected = b.text(),
            _ => goal.expressed_by = b.pick(&[
                ExpressedBy::Citizen,
                ExpressedBy::Caseworker,
                ExpressedBy::Jointly,
            ]),
        }
    }
    goal
}

/// An intervention: an existing one with some fields changed, or a new one.
fn intervention(
    b: &mut Bytes,
    plan: &Plan,
    ids: &Ids,
    actor: &Actor,
    now: &mut DateTime<Utc>,
) -> Intervention {
    let existing = plan.interventions.get(b.below(plan.interventions.len() + 1)).cloned();
    let mut item = existing.unwrap_or_else(|| {
        let at = b.instant(now);
        let mut x = Intervention::new(b.pick(&Sector::ALL), b.text(), actor, at);
        x.id = b.id(&[], &ids.interventions);
        x
    });
    for _ in 0..b.below(5) {
        match b.byte() % 14 {
            0 => item.title = b.text(),
            1 => item.description = b.text(),
            2 => item.period.start = b.maybe_date(),
            3 => item.period.end = b.maybe_date(),
            4 => {
                // End before start, as moving the start past the end makes it.
                let start = b.date();
                item.period.start = Some(start);
                item.period.end = start.checked_sub_signed(Duration::days(i64::from(b.byte())));
            }
            5 => item.status = b.pick(&INTERVENTION_STATUSES),
            6 => {
                item.decision.needed = b.flag();
                item.decision.status = b.pick(&DECISION_STATUSES);
                item.decision.date = b.maybe_date();
            }
            7 => {
                item.legal_basis = b.flag().then(|| LegalBasis {
                    law: b.text(),
                    paragraph: b.text(),
                })
            }
            8 => item.depends_on.push(b.id(&ids.interventions, &ids.goals)),
            9 => item.goals.push(b.id(&ids.goals, &ids.interventions)),
            10 => item.responsible_person = b.flag().then(|| b.id(&ids.people, &ids.family)),
            11 => item.kind = b.flag().then(|| b.text()),
            12 => item.sector = b.pick(&Sector::ALL),
            _ => {
                item.provider = b.text();
                item.frequency = b.text();
                item.responsible_authority = b.text();
            }
        }
    }
    item
}

fn consent(b: &mut Bytes, plan: &Plan, ids: &Ids) -> Consent {
    let existing = plan.consents.get(b.below(plan.consents.len() + 1)).cloned();
    let mut consent = existing.unwrap_or_else(|| Consent {
        id: b.id(&[], &ids.consents),
        kind: b.pick(&[ConsentKind::Plan, ConsentKind::ShareInformation]),
        parties: vec![b.text()],
        scope: b.text(),
        given: b.date(),
        withdrawn: None,
        uses: vec![],
        categories: vec![],
        given_by: vec![],
        expires: None,
        form: None,
        recorded_by: String::new(),
        uses: vec![],
        categories: vec![],
        given_by: vec![],
        expires: None,
        form: None,
        recorded_by: String::new(),
    });
    for _ in 0..b.below(3) {
        match b.byte() % 4 {
            0 => consent.parties.push(b.text()),
            1 => consent.scope = b.text(),
            2 => consent.given = b.date(),
            _ => consent.withdrawn = b.maybe_date(),
        }
    }
    consent
}

fn follow_up(b: &mut Bytes, plan: &Plan, ids: &Ids) -> FollowUp {
    let existing = plan.follow_ups.get(b.below(plan.follow_ups.len() + 1)).cloned();
    let mut follow_up = existing.unwrap_or_else(|| FollowUp {
        id: b.id(&[], &ids.follow_ups),
        date: b.date(),
        participants: vec![b.text()],
        agreements: b.text(),
        results: Vec::new(),
        next_date: b.maybe_date(),
    });
    for _ in 0..b.below(3) {
        match b.byte() % 4 {
            0 => follow_up.date = b.date(),
            1 => follow_up.next_date = b.maybe_date(),
            2 => follow_up.participants.push(b.text()),
            _ => follow_up.agreements = b.text(),
        }
    }
    follow_up
}

fn outcome(b: &mut Bytes) -> Outcome {
    b.pick(&[
        Outcome::Continue,
        Outcome::Change,
        Outcome::End,
        Outcome::Reassess,
    ])
}

/// Decodes one edit for the plan as it is now.
fn edit(b: &mut Bytes, plan: &Plan, actor: &Actor, now: &mut DateTime<Utc>, depth: u8) -> Edit {
    let ids = Ids::of(plan);
    let ids = &ids;
    match b.byte() % 42 {
        0 => Edit::SetTitle { title: b.text() },
        1 => Edit::SetOwnWords {
            field: b.pick(&OwnWordsField::ALL),
            text: b.text(),
        },
        2 => Edit::SetCitizen {
            id: b.text(),
            name: b.text(),
        },
        3 => Edit::AddFamilyMember {
            member: FamilyMember {
                id: b.id(&[], &ids.family),
                host_id: b.text(),
                name: b.text(),
                relation: b.text(),
            },
            position: b.position(plan.family.len()),
        },
        4 => match plan.family.get(b.below(plan.family.len() + 1)) {
            Some(m) => Edit::UpdateFamilyMember {
                member: FamilyMember {
                    name: b.text(),
                    relation: b.text(),
                    ..m.clone()
                },
            },
            None => Edit::RemoveFamilyMember {
                id: b.id(&ids.family, &ids.people),
            },
        },
        5 => Edit::RemoveFamilyMember {
            id: b.id(&ids.family, &ids.people),
        },
        6 => Edit::AddPerson {
            person: Person {
                id: b.id(&[], &ids.people),
                kind: b.pick(&[
                    PersonKind::CoordinatingCaseworker,
                    PersonKind::ContactPerson,
                    PersonKind::Network,
                ]),
                name: b.text(),
                unit: b.text(),
                contact: b.text(),
                contribution: b.text(),
            },
            position: b.position(plan.people.len()),
        },
        7 => match plan.people.get(b.below(plan.people.len() + 1)) {
            Some(p) => Edit::UpdatePerson {
                person: Person {
                    name: b.text(),
                    contribution: b.text(),
                    ..p.clone()
                },
            },
            None => Edit::RemovePerson {
                id: b.id(&ids.people, &ids.family),
            },
        },
        8 => Edit::RemovePerson {
            id: b.id(&ids.people, &ids.family),
        },
        9 => Edit::AddGoal {
            goal: goal(b, plan, ids, actor, now),
            position: b.position(plan.goals.len()),
        },
        10 | 11 => Edit::UpdateGoal {
            goal: goal(b, plan, ids, actor, now),
        },
        12 => Edit::RemoveGoal {
            id: b.id(&ids.goals, &ids.interventions),
        },
        13 => Edit::MoveGoal {
            id: b.id(&ids.goals, &ids.interventions),
            to: b.below(plan.goals.len() + 2),
        },
        14 => Edit::SetGoalStatus {
            id: b.id(&ids.goals, &ids.interventions),
            status: b.pick(&GOAL_STATUSES),
        },
        15 => Edit::AddRating {
            rating: Rating {
                id: b.id(&[], &ids.ratings),
                goal: b.id(&ids.goals, &ids.interventions),
                date: b.date(),
                value: b.byte() as i8 % 5,
                perspective: if b.flag() {
                    Perspective::Citizen
                } else {
                    Perspective::Professional
                },
                rated_by: actor.clone(),
                comment: b.text(),
            },
            position: b.position(plan.ratings.len()),
        },
        16 => Edit::RemoveRating {
            id: b.id(&ids.ratings, &ids.comments),
        },
        17 => Edit::AddIntervention {
            intervention: intervention(b, plan, ids, actor, now),
            position: b.position(plan.interventions.len()),
        },
        18 | 19 => Edit::UpdateIntervention {
            intervention: intervention(b, plan, ids, actor, now),
        },
        20 => Edit::RemoveIntervention {
            id: b.id(&ids.interventions, &ids.goals),
        },
        21 => Edit::MoveIntervention {
            id: b.id(&ids.interventions, &ids.goals),
            to: b.below(plan.interventions.len() + 2),
        },
        22 => Edit::SetInterventionStatus {
            id: b.id(&ids.interventions, &ids.goals),
            status: b.pick(&INTERVENTION_STATUSES),
        },
        23 => Edit::LinkGoal {
            intervention: b.id(&ids.interventions, &ids.goals),
            goal: b.id(&ids.goals, &ids.interventions),
        },
        24 => Edit::UnlinkGoal {
            intervention: b.id(&ids.interventions, &ids.goals),
            goal: b.id(&ids.goals, &ids.interventions),
        },
        25 => Edit::AddDependency {
            intervention: b.id(&ids.interventions, &ids.goals),
            depends_on: b.id(&ids.interventions, &ids.goals),
        },
        26 => Edit::RemoveDependency {
            intervention: b.id(&ids.interventions, &ids.goals),
            depends_on: b.id(&ids.interventions, &ids.goals),
        },
        27 => Edit::AddConsent {
            consent: consent(b, plan, ids),
            position: b.position(plan.consents.len()),
        },
        28 => Edit::UpdateConsent {
            consent: consent(b, plan, ids),
        },
        29 => Edit::WithdrawConsent {
            id: b.id(&ids.consents, &ids.follow_ups),
            date: b.date(),
        },
        30 => Edit::RemoveConsent {
            id: b.id(&ids.consents, &ids.follow_ups),
        },
        31 => Edit::AddFollowUp {
            follow_up: follow_up(b, plan, ids),
            position: b.position(plan.follow_ups.len()),
        },
        32 => Edit::UpdateFollowUp {
            follow_up: follow_up(b, plan, ids),
        },
        33 => Edit::RemoveFollowUp {
            id: b.id(&ids.follow_ups, &ids.consents),
        },
        34 => Edit::SetFollowUpResult {
            follow_up: b.id(&ids.follow_ups, &ids.consents),
            result: InterventionResult {
                intervention: b.id(&ids.interventions, &ids.goals),
                outcome: outcome(b),
                note: b.text(),
            },
        },
        35 => Edit::RemoveFollowUpResult {
            follow_up: b.id(&ids.follow_ups, &ids.consents),
            intervention: b.id(&ids.interventions, &ids.goals),
        },
        36 => Edit::AddComment {
            comment: Comment {
                id: b.id(&[], &ids.comments),
                on: target(b, ids),
                author: actor.clone(),
                at: b.instant(now),
                text: b.text(),
            },
            position: b.position(plan.comments.len()),
        },
        37 => Edit::RemoveComment {
            id: b.id(&ids.comments, &ids.ratings),
        },
        38 => Edit::SetAgreement {
            on: target(b, ids),
            agreement: agreement(b, now),
        },
        39 => Edit::Approve {
            as_role: b.pick(&ROLES),
        },
        40 => {
            if b.flag() {
                Edit::RevokeApproval {
                    as_role: b.pick(&ROLES),
                }
            } else {
                Edit::StartNewVersion
            }
        }
        _ if depth < 2 => {
            // Several edits as one step (all or none).
            let n = b.below(4);
            Edit::Batch {
                edits: (0..n).map(|_| edit(b, plan, actor, now, depth + 1)).collect(),
            }
        }
        _ => Edit::SetTitle { title: b.text() },
    }
}

/// The problems of a plan, as a stable, short description for a crash message.
fn describe(errors: &[format::FormatError]) -> String {
    let mut kinds: Vec<String> = errors
        .iter()
        .map(|e| match &e.problem {
            Some(kind) => format!("{}/{kind:?}", e.code),
            None => e.code.to_string(),
        })
        .collect();
    kinds.sort();
    kinds.dedup();
    let first: Vec<String> = errors.iter().take(3).map(|e| e.to_string()).collect();
    format!("{kinds:?}; first: {first:#?}")
}

/// The plan exports and imports again.
fn reimports(plan: &Plan, when: &str) {
    let json = format::export_json(plan);
    if json.len() > format::MAX_BYTES {
        // Long texts at the limits can pass 5 MB in a long sequence; the size limit is
        // another helper's subject (the bounded change log).
        return;
    }
    if let Err(errors) = format::import_json(&json) {
        panic!("{when}: the exported plan does not import: {}", describe(&errors));
    }
}

fn views(plan: &Plan) {
    let today = base_date();
    let findings = coherence::check(plan, today);
    let _ = coherence::summary(&findings);
    let _ = progress::progress(plan, &findings, today);
    let timeline = timeline::layout(plan, &findings, today);
    let _ = timeline.months();
    let catalogue = Catalogue::default_adult();
    let areas = life_areas::life_area_ratings(plan, &catalogue, None);
    let _ = life_areas::any_rated(&areas);
    let _ = life_areas::comparison_dates(plan);
    let _ = life_areas::rated_goals_off_chart(plan);
    let summary = decision::summary(plan, &catalogue, None, today);
    let _ = decision::to_json(&summary);
}

fuzz_target!(|data: &[u8]| {
    let mut b = Bytes(data);
    let plans = samples();
    let mut plan = plans[b.below(plans.len())].clone();
    let actors = actors();
    let mut history = History::default();
    let mut now = base_time();
    for _ in 0..MAX_STEPS {
        if b.is_empty() {
            break;
        }
        let actor = &actors[b.below(actors.len())];
        let step = match b.byte() % 16 {
            0 => Step::Undo,
            1 => Step::Redo,
            2 | 3 => Step::Typing(edit(&mut b, &plan, actor, &mut now, 0)),
            _ => Step::Edit(edit(&mut b, &plan, actor, &mut now, 0)),
        };
        let at = b.instant(&mut now);
        let before = plan.clone();
        let refused = match step {
            Step::Edit(edit) => history.apply(&mut plan, edit, actor, at).is_err(),
            Step::Typing(edit) => history.apply_typing(&mut plan, edit, actor, at).is_err(),
            Step::Undo => history.undo(&mut plan, actor, at).is_err(),
            Step::Redo => history.redo(&mut plan, actor, at).is_err(),
        };
        if refused {
            assert!(plan == before, "a refused step changed the plan");
        }
    }
    reimports(&plan, "after the edits");
    views(&plan);
    // Undo everything (as far as a locked version lets it): still a plan that loads.
    let actor = &actors[1];
    while let Ok(true) = history.undo(&mut plan, actor, now) {}
    reimports(&plan, "after undoing the edits");
});
