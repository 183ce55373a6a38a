//! Coherence (sammenhæng): advisory findings about how the parts of one plan fit
//! together. The reform exists because citizens meet uncoordinated, overlapping
//! interventions; these checks make such gaps and overlaps visible.
//!
//! Findings never block editing and are separate from [`super::validate`],
//! which reports hard errors a plan may not contain. [`check`] looks at the plan
//! as of a given day; the same plan and day always give the same findings in the
//! same order: rules in [`Rule::ALL`] order, and within a rule the plan's own
//! order (of interventions, goals or follow-ups).
//!
//! "Live" interventions are those not completed and not cancelled (proposed,
//! planned, active, paused): only they can overlap, serve a goal now, or need a
//! person, a decision or a consent. The rules and their heuristics:
//!
//! 1. [`Rule::DoubleIntervention`]: two live interventions whose periods overlap
//!    (an open end overlaps everything after the start; a missing date overlaps
//!    everything) are similar by [`super::similarity`] (same type, same legal
//!    basis, synonym table, or a shared title word when a type is missing). From
//!    different sectors or from one: two mentors from the job centre are as double
//!    as a mentor and a "støtteperson". Within one sector only the same type, the
//!    synonym table or the same title count: one paragraph (barnets lov § 32) covers
//!    different help, and one office's titles share words.
//!    One finding per pair.
//!
//!    [`Rule::CoordinateInterventions`], in the same pass: two live, overlapping
//!    interventions that are not double but fall into a pair of the `coordinate`
//!    table (a mentor under LAB and social-pedagogical support under serviceloven
//!    § 85): both may be right, but the two supporters must agree who does what.
//!    One finding per pair, after the double ones.
//! 2. [`Rule::GoalWithoutIntervention`]: a proposed or active goal that no live
//!    intervention serves. A goal also counts as served when one of its
//!    (non-cancelled) descendants is served: an overall goal is worked on through
//!    its goals. Not the other way: a sub-goal is a concrete step and is not
//!    served by its parent's interventions. Goals on hold are left alone.
//! 3. [`Rule::InterventionWithoutGoal`]: a live intervention whose goals are all
//!    missing or cancelled.
//! 4. [`Rule::NoResponsiblePerson`]: a live intervention with neither a
//!    responsible person (one of the plan's people) nor a responsible authority.
//! 5. [`Rule::FollowUpOverdue`]: the latest follow-up meeting was held (dated
//!    today or earlier), and the next date it agreed has passed. A meeting
//!    recorded with a later date counts as booked, so nothing is overdue.
//! 6. [`Rule::DecisionMissing`]: a live intervention needs a decision that is
//!    not requested, or that is still pending after its date: the decision's
//!    own date if set, otherwise the intervention's start (it has started
//!    without a decision).
//! 7. [`Rule::EndedButActive`]: status active, but the period ended before today.
//! 8. [`Rule::PartyWithoutConsent`]: a live intervention involves a party (its
//!    responsible authority or provider) that no active consent names. Names
//!    match when the words of one are all in the other ("FGU Holmstrup" ~ "FGU
//!    Holmstrup, afdeling Nord"), or both are of the same kind of party by the
//!    alias table in `catalogues/coherence.json` ("Regionspsykiatrien Aarhus" ~
//!    "Region Midtjylland, Psykiatrien"; "Socialpsykiatrien" is social, not
//!    health). Health parties (psychiatry, hospital, GP, health visitor, or any
//!    party of a health-sector intervention) must each be named in an active
//!    *share-information* consent, since health data needs explicit consent to
//!    be shared. For other interventions one named party is enough, and a plan
//!    consent counts too: it names the units that write the one plan together.
//!    A health-sector intervention naming no party needs a share-information
//!    consent naming some health party. Withdrawn consents do not count. The
//!    match is coarse (a kind, not a place): it finds a missing consent, it does
//!    not prove one is sufficient.
//! 9. [`Rule::ActiveSubGoalUnderCancelledGoal`]: an open goal (proposed, active,
//!    on hold) with a cancelled goal above it; the nearest one is named.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::consent::{ConsentKind, InfoCategory};
use super::goal::{Goal, GoalStatus};
use super::ids::GoalId;
use super::intervention::{DecisionStatus, Intervention, InterventionStatus, Period, Sector};
use super::plan::{ItemRef, Plan};
use super::similarity::{fold, name_words, tables, Profile, Similarity};

/// One coherence rule. The snake_case code is stable, for translation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    DoubleIntervention,
    CoordinateInterventions,
    GoalWithoutIntervention,
    InterventionWithoutGoal,
    NoResponsiblePerson,
    FollowUpOverdue,
    DecisionMissing,
    EndedButActive,
    PartyWithoutConsent,
    ActiveSubGoalUnderCancelledGoal,
}

impl Rule {
    pub const ALL: [Rule; 10] = [
        Rule::DoubleIntervention,
        Rule::CoordinateInterventions,
        Rule::GoalWithoutIntervention,
        Rule::InterventionWithoutGoal,
        Rule::NoResponsiblePerson,
        Rule::FollowUpOverdue,
        Rule::DecisionMissing,
        Rule::EndedButActive,
        Rule::PartyWithoutConsent,
        Rule::ActiveSubGoalUnderCancelledGoal,
    ];

    /// The stable code, as in JSON.
    pub fn code(self) -> &'static str {
        match self {
            Rule::DoubleIntervention => "double_intervention",
            Rule::CoordinateInterventions => "coordinate_interventions",
            Rule::GoalWithoutIntervention => "goal_without_intervention",
            Rule::InterventionWithoutGoal => "intervention_without_goal",
            Rule::NoResponsiblePerson => "no_responsible_person",
            Rule::FollowUpOverdue => "follow_up_overdue",
            Rule::DecisionMissing => "decision_missing",
            Rule::EndedButActive => "ended_but_active",
            Rule::PartyWithoutConsent => "party_without_consent",
            Rule::ActiveSubGoalUnderCancelledGoal => "active_sub_goal_under_cancelled_goal",
        }
    }
}

/// Structured data of a finding, for the UI to phrase in its own language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Detail {
    /// Nothing beyond the items and their titles.
    #[default]
    None,
    /// Double intervention: why the two are similar, and when they overlap
    /// (None: open at that end).
    Overlap {
        similarity: Similarity,
        from: Option<NaiveDate>,
        until: Option<NaiveDate>,
    },
    /// Interventions to coordinate: the pair of the coherence tables they fall
    /// into (e.g. "mentor_and_home_support"), and when they overlap (None: open at
    /// that end).
    Coordinate {
        pair: String,
        from: Option<NaiveDate>,
        until: Option<NaiveDate>,
    },
    /// A date that has passed: the agreed next follow-up, or the end of an
    /// intervention's period.
    Passed { date: NaiveDate },
    /// Where a needed decision stands, and the date it was due (if past).
    Decision {
        status: DecisionStatus,
        due: Option<NaiveDate>,
    },
    /// The parties no active consent covers; `health` when they hold health data
    /// (so only a share-information consent would do).
    Parties { parties: Vec<String>, health: bool },
}

impl Detail {
    pub fn is_none(&self) -> bool {
        *self == Detail::None
    }
}

/// One advisory finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    pub rule: Rule,
    /// The goals, interventions or follow-ups involved, most important first.
    pub items: Vec<ItemRef>,
    /// The titles of `items`, in the same order ("" for a follow-up, whose
    /// dates are in `detail`).
    pub titles: Vec<String>,
    #[serde(default, skip_serializing_if = "Detail::is_none")]
    pub detail: Detail,
    /// Plain English, e.g. "intervention “Mentor” serves no goal".
    pub message: String,
}

/// All findings for the plan as of `today`.
pub fn check(plan: &Plan, today: NaiveDate) -> Vec<Finding> {
    let mut out = Vec::new();
    related_interventions(plan, &mut out);
    goals_without_intervention(plan, &mut out);
    interventions_without_goal(plan, &mut out);
    no_responsible_person(plan, &mut out);
    follow_up_overdue(plan, today, &mut out);
    decisions_missing(plan, today, &mut out);
    ended_but_active(plan, today, &mut out);
    parties_without_consent(plan, today, &mut out);
    open_goals_under_cancelled(plan, &mut out);
    out
}

/// How many findings each rule gave; every rule is present, also with 0.
pub fn summary(findings: &[Finding]) -> BTreeMap<Rule, usize> {
    let mut counts: BTreeMap<Rule, usize> = Rule::ALL.iter().map(|r| (*r, 0)).collect();
    for f in findings {
        *counts.entry(f.rule).or_default() += 1;
    }
    counts
}

fn is_live(i: &Intervention) -> bool {
    !matches!(
        i.status,
        InterventionStatus::Completed | InterventionStatus::Cancelled
    )
}

fn one(rule: Rule, i: &Intervention, detail: Detail, message: String) -> Finding {
    Finding {
        rule,
        items: vec![ItemRef::Intervention(i.id)],
        titles: vec![i.title.clone()],
        detail,
        message,
    }
}

/// The overlap of two periods, (from, until) with None for an open end, or
/// None if they do not overlap. Missing dates overlap everything.
fn overlap(a: &Period, b: &Period) -> Option<(Option<NaiveDate>, Option<NaiveDate>)> {
    let from = a.start.max(b.start); // None < Some: a missing start is "always"
    let until = match (a.end, b.end) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    match (from, until) {
        (Some(f), Some(u)) if f > u => None,
        _ => Some((from, until)),
    }
}

// 1. ------------------------------------------------------------------------

/// Rules 1 and 1a: each pair of live, overlapping interventions is either double,
/// to be coordinated, or neither. The double findings come first (rule order).
fn related_interventions(plan: &Plan, out: &mut Vec<Finding>) {
    let names = name_words(
        std::iter::once(plan.citizen.name.as_str())
            .chain(plan.family.iter().map(|m| m.name.as_str())),
    );
    let live: Vec<(&Intervention, Profile)> = plan
        .interventions
        .iter()
        .filter(|i| is_live(i))
        .map(|i| (i, Profile::of(i, &names)))
        .collect();
    let mut coordinate = Vec::new();
    // All pairs, but the comparisons are cheap: the period test comes first and the
    // profiles (folded, stemmed words) are computed once.
    for (n, (a, pa)) in live.iter().enumerate() {
        for (b, pb) in &live[n + 1..] {
            let Some((from, until)) = overlap(&a.period, &b.period) else {
                continue;
            };
            let items = vec![ItemRef::Intervention(a.id), ItemRef::Intervention(b.id)];
            let titles = vec![a.title.clone(), b.title.clone()];
            let similarity = if a.sector == b.sector {
                pa.similar_in_one_sector(pb)
            } else {
                pa.similar(pb)
            };
            if let Some(similarity) = similarity {
                let from_where = if a.sector == b.sector {
                    format!("twice from {}", a.sector.code())
                } else {
                    format!("from {} and {}", a.sector.code(), b.sector.code())
                };
                let message = format!(
                    "“{}” and “{}” look like the same help {from_where} at the same time: {}",
                    a.title,
                    b.title,
                    similarity.describe()
                );
                out.push(Finding {
                    rule: Rule::DoubleIntervention,
                    items,
                    titles,
                    detail: Detail::Overlap {
                        similarity,
                        from,
                        until,
                    },
                    message,
                });
            } else if let Some(pair) = pa.to_coordinate_with(pb) {
                let message = format!(
                    "“{}” ({}) and “{}” ({}) run at the same time and touch the same part of \
                     the citizen's life: both may be right, but the two supporters must agree \
                     who does what",
                    a.title,
                    a.sector.code(),
                    b.title,
                    b.sector.code(),
                );
                coordinate.push(Finding {
                    rule: Rule::CoordinateInterventions,
                    items,
                    titles,
                    detail: Detail::Coordinate { pair, from, until },
                    message,
                });
            }
        }
    }
    out.extend(coordinate);
}

// 2. ------------------------------------------------------------------------

fn goals_by_id(plan: &Plan) -> HashMap<GoalId, &Goal> {
    plan.goals.iter().map(|g| (g.id, g)).collect()
}

fn goals_without_intervention(plan: &Plan, out: &mut Vec<Finding>) {
    let by_id = goals_by_id(plan);
    let mut served: HashSet<GoalId> = plan
        .interventions
        .iter()
        .filter(|i| is_live(i))
        .flat_map(|i| i.goals.iter().copied())
        .filter(|g| by_id.contains_key(g))
        .collect();
    // Served descendants serve their ancestors. Each ancestor is walked from
    // once; stopping at an already-reached one also ends any parent cycle.
    let mut reached: HashSet<GoalId> = HashSet::new();
    for start in &served {
        if by_id[start].status == GoalStatus::Cancelled {
            continue;
        }
        let mut parent = by_id[start].parent;
        while let Some(p) = parent {
            if !reached.insert(p) {
                break;
            }
            parent = by_id.get(&p).and_then(|g| g.parent);
        }
    }
    served.extend(reached);
    for g in &plan.goals {
        if matches!(g.status, GoalStatus::Proposed | GoalStatus::Active) && !served.contains(&g.id)
        {
            out.push(Finding {
                rule: Rule::GoalWithoutIntervention,
                items: vec![ItemRef::Goal(g.id)],
                titles: vec![g.title.clone()],
                detail: Detail::None,
                message: format!(
                    "goal “{}” has no intervention working towards it, nor has any goal under it",
                    g.title
                ),
            });
        }
    }
}

// 3. ------------------------------------------------------------------------

fn interventions_without_goal(plan: &Plan, out: &mut Vec<Finding>) {
    let by_id = goals_by_id(plan);
    for i in plan.interventions.iter().filter(|i| is_live(i)) {
        let serves = i.goals.iter().any(|g| {
            by_id
                .get(g)
                .is_some_and(|g| g.status != GoalStatus::Cancelled)
        });
        if !serves {
            out.push(one(
                Rule::InterventionWithoutGoal,
                i,
                Detail::None,
                format!("intervention “{}” serves no goal", i.title),
            ));
        }
    }
}

// 4. ------------------------------------------------------------------------

fn no_responsible_person(plan: &Plan, out: &mut Vec<Finding>) {
    for i in plan.interventions.iter().filter(|i| is_live(i)) {
        let person = i.responsible_person.and_then(|p| plan.person(p));
        if person.is_none() && i.responsible_authority.trim().is_empty() {
            out.push(one(
                Rule::NoResponsiblePerson,
                i,
                Detail::None,
                format!(
                    "intervention “{}” has no responsible person or authority",
                    i.title
                ),
            ));
        }
    }
}

// 5. ------------------------------------------------------------------------

fn follow_up_overdue(plan: &Plan, today: NaiveDate, out: &mut Vec<Finding>) {
    // The latest meeting; of several on one day, the last in the plan.
    let Some(latest) = plan
        .follow_ups
        .iter()
        .enumerate()
        .max_by_key(|(n, f)| (f.date, *n))
        .map(|(_, f)| f)
    else {
        return;
    };
    if latest.date > today {
        return; // a meeting is booked
    }
    if let Some(next) = latest.next_date.filter(|next| today > *next) {
        out.push(Finding {
            rule: Rule::FollowUpOverdue,
            items: vec![ItemRef::FollowUp(latest.id)],
            titles: vec![String::new()],
            detail: Detail::Passed { date: next },
            message: format!(
                "the follow-up agreed for {next} (at the meeting on {}) has not been held",
                latest.date
            ),
        });
    }
}

// 6. ------------------------------------------------------------------------

fn decisions_missing(plan: &Plan, today: NaiveDate, out: &mut Vec<Finding>) {
    for i in plan.interventions.iter().filter(|i| is_live(i)) {
        if !i.decision.needed {
            continue;
        }
        let status = i.decision.status;
        let (due, message) = match status {
            DecisionStatus::NotRequested => (
                None,
                format!(
                    "intervention “{}” needs a decision that has not been requested",
                    i.title
                ),
            ),
            DecisionStatus::Pending => {
                let Some(due) = i.decision.date.or(i.period.start).filter(|d| today > *d) else {
                    continue;
                };
                (
                    Some(due),
                    format!(
                        "the decision on intervention “{}” is still pending after {due}",
                        i.title
                    ),
                )
            }
            _ => continue,
        };
        out.push(one(
            Rule::DecisionMissing,
            i,
            Detail::Decision { status, due },
            message,
        ));
    }
}

// 7. ------------------------------------------------------------------------

fn ended_but_active(plan: &Plan, today: NaiveDate, out: &mut Vec<Finding>) {
    for i in &plan.interventions {
        if i.status != InterventionStatus::Active {
            continue;
        }
        if let Some(end) = i.period.end.filter(|end| today > *end) {
            out.push(one(
                Rule::EndedButActive,
                i,
                Detail::Passed { date: end },
                format!("intervention “{}” is active, but ended on {end}", i.title),
            ));
        }
    }
}

// 8. ------------------------------------------------------------------------

/// A party name prepared for matching.
struct Party {
    words: BTreeSet<String>,
    kinds: Vec<&'static str>,
    health: bool,
}

impl Party {
    fn new(name: &str) -> Party {
        let t = tables();
        let kinds = t.party_kinds_of(name);
        Party {
            words: fold(name)
                .into_iter()
                .filter(|w| !matches!(w.as_str(), "i" | "og" | "for" | "af" | "paa"))
                .collect(),
            health: kinds.iter().any(|k| k.health),
            kinds: kinds.iter().map(|k| k.code.as_str()).collect(),
        }
    }

    fn matches(&self, other: &Party) -> bool {
        let subset = !self.words.is_empty()
            && !other.words.is_empty()
            && (self.words.is_subset(&other.words) || other.words.is_subset(&self.words));
        subset || self.kinds.iter().any(|k| other.kinds.contains(k))
    }
}

fn parties_without_consent(plan: &Plan, today: NaiveDate, out: &mut Vec<Finding>) {
    // (party, named in a share-information consent that may cover health data). A consent
    // that names its categories counts for a health party only when health is among them;
    // one from before format 4 (no categories, its scope in words) still counts here, as
    // advice — the share view (`Consent::covers`) is strict about it.
    let consented: Vec<(Party, bool, bool)> = plan
        .consents
        .iter()
        .filter(|c| c.is_active_on(today))
        .flat_map(|c| {
            let share = c.kind == ConsentKind::ShareInformation;
            let health = c.categories.is_empty() || c.categories.contains(&InfoCategory::Health);
            c.parties
                .iter()
                .map(move |p| (Party::new(p), share, health))
        })
        .collect();
    let mut cache: HashMap<&str, Party> = HashMap::new();
    for i in plan.interventions.iter().filter(|i| is_live(i)) {
        let mut names: Vec<&str> = Vec::new();
        for name in [i.responsible_authority.trim(), i.provider.trim()] {
            if !name.is_empty() && !names.contains(&name) {
                names.push(name);
            }
        }
        for name in &names {
            cache.entry(name).or_insert_with(|| Party::new(name));
        }
        let health_sector = i.sector == Sector::Health;
        let any_health = names.iter().any(|n| cache[n].health);
        let sensitive: Vec<&str> = names
            .iter()
            .copied()
            .filter(|n| cache[n].health || (health_sector && !any_health))
            .collect();
        let (missing, health): (Vec<String>, bool) = if names.is_empty() {
            let some_health_consent = consented
                .iter()
                .any(|(p, share, health)| *share && *health && p.health);
            if !health_sector || some_health_consent {
                continue;
            }
            (Vec::new(), true)
        } else if !sensitive.is_empty() {
            let missing: Vec<String> = sensitive
                .iter()
                .filter(|n| {
                    !consented
                        .iter()
                        .any(|(p, share, health)| *share && *health && p.matches(&cache[*n]))
                })
                .map(|n| n.to_string())
                .collect();
            (missing, true)
        } else {
            let covered = names
                .iter()
                .any(|n| consented.iter().any(|(p, _, _)| p.matches(&cache[n])));
            if covered {
                continue;
            }
            (names.iter().map(|n| n.to_string()).collect(), false)
        };
        if !missing.is_empty() || names.is_empty() {
            let message = if missing.is_empty() {
                format!(
                    "intervention “{}” is in health care, and the citizen has not consented to share health information with anyone",
                    i.title
                )
            } else {
                format!(
                    "intervention “{}” involves {}, which no active consent {} names",
                    i.title,
                    missing.join(" and "),
                    if health {
                        "to share health information"
                    } else {
                        "of the citizen"
                    }
                )
            };
            out.push(one(
                Rule::PartyWithoutConsent,
                i,
                Detail::Parties {
                    parties: missing,
                    health,
                },
                message,
            ));
        }
    }
}

// 9. ------------------------------------------------------------------------

fn open_goals_under_cancelled(plan: &Plan, out: &mut Vec<Finding>) {
    let by_id = goals_by_id(plan);
    for g in &plan.goals {
        if matches!(g.status, GoalStatus::Achieved | GoalStatus::Cancelled) {
            continue;
        }
        // At most as many steps as there are goals, whatever the plan holds.
        let mut parent = g.parent.and_then(|p| by_id.get(&p));
        let mut steps = 0;
        while let Some(p) = parent {
            if p.status == GoalStatus::Cancelled {
                out.push(Finding {
                    rule: Rule::ActiveSubGoalUnderCancelledGoal,
                    items: vec![ItemRef::Goal(g.id), ItemRef::Goal(p.id)],
                    titles: vec![g.title.clone(), p.title.clone()],
                    detail: Detail::None,
                    message: format!(
                        "goal “{}” is still open, but the goal above it, “{}”, is cancelled",
                        g.title, p.title
                    ),
                });
                break;
            }
            steps += 1;
            if steps > plan.goals.len() {
                break;
            }
            parent = p.parent.and_then(|q| by_id.get(&q));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn p(start: Option<NaiveDate>, end: Option<NaiveDate>) -> Period {
        Period { start, end }
    }

    #[test]
    fn periods_overlap_with_open_and_missing_ends() {
        let jan_mar = p(Some(d(1, 1)), Some(d(3, 31)));
        let apr_on = p(Some(d(4, 1)), None);
        let mar_on = p(Some(d(3, 31)), None);
        assert_eq!(overlap(&jan_mar, &apr_on), None);
        assert_eq!(
            overlap(&jan_mar, &mar_on),
            Some((Some(d(3, 31)), Some(d(3, 31))))
        );
        assert_eq!(
            overlap(&apr_on, &Period::default()),
            Some((Some(d(4, 1)), None))
        );
        assert_eq!(
            overlap(&p(None, Some(d(2, 1))), &jan_mar),
            Some((Some(d(1, 1)), Some(d(2, 1))))
        );
    }

    #[test]
    fn rule_codes_are_the_serde_names() {
        for rule in Rule::ALL {
            assert_eq!(
                serde_json::to_value(rule).unwrap(),
                serde_json::Value::String(rule.code().into())
            );
        }
    }
}
