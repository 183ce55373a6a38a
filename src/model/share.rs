//! "Del med …": the plan as one party may see it, and what was left out.
//!
//! The citizen decides who sees what. [`for_party`] keeps of a plan only what the
//! active consents let `party` see and lists every item it left out, so the citizen can
//! read what the party will not get. It is advice to the host, not access control: a
//! host must enforce access on its own server (docs/embedding.md).
//!
//! The rules:
//!
//! - **Who is the party.** A name or unit as written in the plan's people list or in a
//!   consent ("Jobcenter Holmstrup"); a person's name stands for their unit too. A
//!   consent names the party when all the words of one name are in the other ("Jobcenter Holmstrup" and "Jobcenter Holmstrup, Team
//!   Ressource"), compared without case and punctuation. Unlike the coherence check,
//!   two different units of the same kind never match: this decides what someone sees.
//! - **Consented.** A consent counts when it holds on the day (given, not withdrawn, not
//!   past its last day) and names the party. Without one, the party gets the plan's
//!   name and nothing else.
//! - **Health data** (health-sector interventions, goals on a health life area and
//!   their ratings, sub-goals and comments, assessment entries and known facts that are
//!   health, consent records about health information, a person only responsible for
//!   left-out health interventions, a linked plan of a health-sector plan type) is kept only when a consent to share information
//!   names the party, covers health and lets information be passed on
//!   ([`Consent::covers`]).
//! - **Sector information** (a social, employment or education intervention) is kept
//!   when a consent naming the party covers that category, or a consent to the plan
//!   names it (the units that write the one plan together).
//! - **The party's own interventions** (it is their responsible authority, provider or
//!   responsible person) are always kept: they are its own information.
//! - **Everything else** (the citizen's own words, non-health goals, people, family,
//!   meetings, approvals) is the plan the party works on and is kept when consented.
//! - **Never shared**: the change log (it names every change, also to what is left
//!   out). It is listed as left out when the plan has one.
//! - **Links follow**: ratings and comments go with their goal or intervention,
//!   sub-goals with their goal; links to what was left out are removed (an
//!   intervention's goals and prerequisites, a goal's assessment entries, a meeting's
//!   results, a responsible person), so the shared plan is a plan that loads.

use std::collections::HashSet;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::agreement::Target;
use super::catalogue::Catalogue;
use super::consent::{Consent, ConsentKind, InfoCategory, InfoUse};
use super::ids::{GoalId, InterventionId, PersonId};
use super::intervention::{Intervention, Sector};
use super::plan::{same_name, Plan};

/// The plan for one party, and what it does not get.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    pub plan: Plan,
    /// Whether an active consent names the party at all.
    pub consented: bool,
    /// Whether the party may see health data.
    pub health: bool,
    pub left_out: Vec<LeftOut>,
}

/// One item the party does not get, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeftOut {
    pub what: LeftOutKind,
    /// The item's id, when it has one.
    pub id: Option<String>,
    /// Its title or text in short, as the plan writes it ("" when it has none).
    pub title: String,
    pub why: Why,
}

/// The kind of item left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LeftOutKind {
    OwnWords,
    Goal,
    Rating,
    Intervention,
    Person,
    FamilyMember,
    Consent,
    AssessmentEntry,
    KnownFact,
    FollowUp,
    Comment,
    LinkedPlan,
    ChangeLog,
}

/// Why an item was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Why {
    /// No active consent names the party.
    NoConsent,
    /// Health data, and no consent lets the party see health data.
    Health,
    /// Information of a sector no consent naming the party covers.
    NotCovered,
    /// It goes with an item that was left out (a rating of a left-out goal …).
    FollowsLeftOut,
    /// Never shared (the change log).
    NeverShared,
}

/// The longest title kept in a [`LeftOut`] line, in characters.
const TITLE_CHARS: usize = 80;

/// The plan as `party` may see it on `date`, by the rules in the module comment.
pub fn for_party(plan: &Plan, catalogue: &Catalogue, party: &str, date: NaiveDate) -> Shared {
    let access = Access::of(plan, party, date);
    let mut out = Filter {
        left_out: Vec::new(),
    };
    let mut shared = plan.clone();
    shared.change_log.clear();

    if !access.consented {
        let keep_name = Plan {
            id: plan.id,
            title: plan.title.clone(),
            version: plan.version,
            locked: plan.locked,
            locked_at: plan.locked_at,
            citizen: super::people::Citizen {
                id: plan.citizen.id.clone(),
                name: plan.citizen.name.clone(),
                ..Default::default()
            },
            ..Plan::new("")
        };
        out.everything(plan, Why::NoConsent);
        return Shared {
            plan: keep_name,
            consented: false,
            health: false,
            left_out: out.left_out,
        };
    }

    // Goals: health areas need health access; sub-goals follow their goal.
    let mut dropped_goals: HashSet<GoalId> = HashSet::new();
    for goal in &plan.goals {
        let parent_dropped = goal.parent.is_some_and(|p| dropped_goals.contains(&p));
        let health = goal
            .life_area
            .as_deref()
            .is_some_and(|code| catalogue.is_health_area(code));
        let why = if parent_dropped {
            Some(Why::FollowsLeftOut)
        } else if health && !access.health {
            Some(Why::Health)
        } else {
            None
        };
        if let Some(why) = why {
            dropped_goals.insert(goal.id);
            out.leave(LeftOutKind::Goal, goal.id.to_string(), &goal.title, why);
        }
    }
    shared.goals.retain(|g| !dropped_goals.contains(&g.id));

    // Interventions: by their sector, unless they are the party's own.
    let mut dropped_interventions: HashSet<InterventionId> = HashSet::new();
    let mut dropped_health: HashSet<InterventionId> = HashSet::new();
    for i in &plan.interventions {
        if access.owns(plan, i) {
            continue;
        }
        let why = match category_of(i.sector) {
            InfoCategory::Health if !access.health => Some(Why::Health),
            InfoCategory::Health => None,
            category if !access.sees(category) => Some(Why::NotCovered),
            _ => None,
        };
        if let Some(why) = why {
            dropped_interventions.insert(i.id);
            if why == Why::Health {
                dropped_health.insert(i.id);
            }
            out.leave(LeftOutKind::Intervention, i.id.to_string(), &i.title, why);
        }
    }
    shared
        .interventions
        .retain(|i| !dropped_interventions.contains(&i.id));

    // A person responsible only for left-out health interventions is health data too.
    let kept_responsible: HashSet<PersonId> = shared
        .interventions
        .iter()
        .filter_map(|i| i.responsible_person)
        .collect();
    let dropped_people: HashSet<PersonId> = plan
        .interventions
        .iter()
        .filter(|i| dropped_health.contains(&i.id))
        .filter_map(|i| i.responsible_person)
        .filter(|p| !kept_responsible.contains(p))
        .collect();
    for person in plan
        .people
        .iter()
        .filter(|p| dropped_people.contains(&p.id))
    {
        out.leave(
            LeftOutKind::Person,
            person.id.to_string(),
            &person.name,
            Why::Health,
        );
    }
    shared.people.retain(|p| !dropped_people.contains(&p.id));

    // Ratings and comments follow their goal or intervention.
    for r in plan
        .ratings
        .iter()
        .filter(|r| dropped_goals.contains(&r.goal))
    {
        out.leave(
            LeftOutKind::Rating,
            r.id.to_string(),
            &r.comment,
            Why::FollowsLeftOut,
        );
    }
    shared.ratings.retain(|r| !dropped_goals.contains(&r.goal));
    let comment_dropped = |on: &Target| match on {
        Target::Goal(g) => dropped_goals.contains(g),
        Target::Intervention(i) => dropped_interventions.contains(i),
    };
    for c in plan.comments.iter().filter(|c| comment_dropped(&c.on)) {
        out.leave(
            LeftOutKind::Comment,
            c.id.to_string(),
            &c.text,
            Why::FollowsLeftOut,
        );
    }
    shared.comments.retain(|c| !comment_dropped(&c.on));

    // Consent records about health information.
    let health_consent = |c: &Consent| c.categories.contains(&InfoCategory::Health);
    if !access.health {
        for c in plan.consents.iter().filter(|c| health_consent(c)) {
            out.leave(
                LeftOutKind::Consent,
                c.id.to_string(),
                &c.scope,
                Why::Health,
            );
        }
        shared.consents.retain(|c| !health_consent(c));
    }

    // The joint assessment: health entries and facts.
    if !access.health {
        for e in plan.assessment.iter().filter(|e| e.is_health(catalogue)) {
            out.leave(
                LeftOutKind::AssessmentEntry,
                e.id.to_string(),
                &e.text,
                Why::Health,
            );
        }
        shared.assessment.retain(|e| !e.is_health(catalogue));
        for f in plan.known_facts.iter().filter(|f| f.is_health(catalogue)) {
            out.leave(
                LeftOutKind::KnownFact,
                f.id.to_string(),
                &f.what,
                Why::Health,
            );
        }
        shared.known_facts.retain(|f| !f.is_health(catalogue));
    }

    // Linked plans of a health-sector type (a psychiatric udskrivningsaftale …).
    if !access.health {
        let health_plan = |code: &str| {
            catalogue
                .plan_type(code)
                .is_some_and(|t| t.sector == Sector::Health)
        };
        for l in plan
            .linked_plans
            .iter()
            .filter(|l| health_plan(&l.plan_type))
        {
            let name = catalogue
                .plan_type(&l.plan_type)
                .map_or(l.plan_type.as_str(), |t| t.label.da.as_str());
            out.leave(LeftOutKind::LinkedPlan, l.id.to_string(), name, Why::Health);
        }
        shared.linked_plans.retain(|l| !health_plan(&l.plan_type));
    }

    // Links to what was left out go, so the shared plan loads.
    let kept_entries: HashSet<_> = shared.assessment.iter().map(|e| e.id).collect();
    for goal in &mut shared.goals {
        goal.assessment.retain(|id| kept_entries.contains(id));
    }
    let kept_people: HashSet<PersonId> = shared.people.iter().map(|p| p.id).collect();
    for i in &mut shared.interventions {
        i.goals.retain(|g| !dropped_goals.contains(g));
        i.depends_on.retain(|d| !dropped_interventions.contains(d));
        if i.responsible_person
            .is_some_and(|p| !kept_people.contains(&p))
        {
            i.responsible_person = None;
        }
    }
    for meeting in &mut shared.follow_ups {
        meeting
            .results
            .retain(|r| !dropped_interventions.contains(&r.intervention));
    }

    if !plan.change_log.is_empty() {
        out.leave(LeftOutKind::ChangeLog, None, "", Why::NeverShared);
    }
    Shared {
        plan: shared,
        consented: true,
        health: access.health,
        left_out: out.left_out,
    }
}

/// The information category of a sector's interventions.
pub fn category_of(sector: Sector) -> InfoCategory {
    match sector {
        Sector::Social => InfoCategory::Social,
        Sector::Employment => InfoCategory::Employment,
        Sector::Education => InfoCategory::Education,
        Sector::Health => InfoCategory::Health,
    }
}

/// The parties a plan knows of, for choosing whom to share with: the units and names
/// of its people (the citizen's network left out) and the parties its consents name,
/// each once (compared without case), in that order.
pub fn parties(plan: &Plan) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |name: &str| {
        let name = name.trim();
        if !name.is_empty() && !out.iter().any(|o| same_name(o, name)) {
            out.push(name.to_string());
        }
    };
    for p in plan
        .people
        .iter()
        .filter(|p| p.kind != super::people::PersonKind::Network)
    {
        add(&p.unit);
    }
    for c in &plan.consents {
        for party in &c.parties {
            add(party);
        }
    }
    for p in plan
        .people
        .iter()
        .filter(|p| p.kind != super::people::PersonKind::Network)
    {
        add(&p.name);
    }
    out
}

/// Whether two party names name the same party: all the words of one are in the other.
pub fn same_party(a: &str, b: &str) -> bool {
    let (a, b) = (words(a), words(b));
    !a.is_empty() && !b.is_empty() && (a.is_subset(&b) || b.is_subset(&a))
}

fn words(name: &str) -> HashSet<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// What the consents on a day let one party see.
struct Access<'a> {
    /// The party's name, and the unit of a person of that name.
    names: Vec<&'a str>,
    consented: bool,
    health: bool,
    /// Active consents naming the party.
    naming: Vec<&'a Consent>,
    date: NaiveDate,
}

impl<'a> Access<'a> {
    fn of(plan: &'a Plan, party: &'a str, date: NaiveDate) -> Access<'a> {
        let mut names = vec![party.trim()];
        names.extend(
            plan.people
                .iter()
                .filter(|p| same_name(&p.name, party))
                .map(|p| p.unit.trim())
                .filter(|unit| !unit.is_empty()),
        );
        let naming: Vec<&Consent> = plan
            .consents
            .iter()
            .filter(|c| c.is_active_on(date))
            .filter(|c| {
                c.parties
                    .iter()
                    .any(|p| names.iter().any(|name| same_party(p, name)))
            })
            .collect();
        let health = naming
            .iter()
            .any(|c| c.covers(InfoCategory::Health, date) && c.permits(InfoUse::PassOn));
        Access {
            names,
            consented: !naming.is_empty(),
            health,
            naming,
            date,
        }
    }

    /// A non-health category: a plan consent naming the party, or a consent covering it.
    fn sees(&self, category: InfoCategory) -> bool {
        self.naming.iter().any(|c| {
            c.kind == ConsentKind::Plan
                || (c.covers(category, self.date) && c.permits(InfoUse::PassOn))
        })
    }

    /// The intervention is the party's own: it is responsible or provides it.
    fn owns(&self, plan: &Plan, i: &Intervention) -> bool {
        let person = i.responsible_person.and_then(|id| plan.person(id));
        [
            Some(i.responsible_authority.as_str()),
            Some(i.provider.as_str()),
            person.map(|p| p.name.as_str()),
            person.map(|p| p.unit.as_str()),
        ]
        .into_iter()
        .flatten()
        .any(|name| self.names.iter().any(|party| same_party(name, party)))
    }
}

struct Filter {
    left_out: Vec<LeftOut>,
}

impl Filter {
    fn leave(&mut self, what: LeftOutKind, id: impl Into<Option<String>>, title: &str, why: Why) {
        let title = title.trim();
        let short: String = title.chars().take(TITLE_CHARS).collect();
        let title = if short.chars().count() < title.chars().count() {
            format!("{short}…")
        } else {
            short
        };
        self.left_out.push(LeftOut {
            what,
            id: id.into(),
            title,
            why,
        });
    }

    /// Lists everything a plan holds, for a party no consent names.
    fn everything(&mut self, plan: &Plan, why: Why) {
        let own = &plan.citizen.own_words;
        if [&own.dreams, &own.resources, &own.situation]
            .iter()
            .any(|t| !t.trim().is_empty())
        {
            self.leave(LeftOutKind::OwnWords, None, "", why);
        }
        for g in &plan.goals {
            self.leave(LeftOutKind::Goal, g.id.to_string(), &g.title, why);
        }
        for i in &plan.interventions {
            self.leave(LeftOutKind::Intervention, i.id.to_string(), &i.title, why);
        }
        for p in &plan.people {
            self.leave(LeftOutKind::Person, p.id.to_string(), &p.name, why);
        }
        for m in &plan.family {
            self.leave(LeftOutKind::FamilyMember, m.id.to_string(), &m.name, why);
        }
        for c in &plan.consents {
            self.leave(LeftOutKind::Consent, c.id.to_string(), &c.scope, why);
        }
        for e in &plan.assessment {
            self.leave(LeftOutKind::AssessmentEntry, e.id.to_string(), &e.text, why);
        }
        for f in &plan.known_facts {
            self.leave(LeftOutKind::KnownFact, f.id.to_string(), &f.what, why);
        }
        for m in &plan.follow_ups {
            self.leave(LeftOutKind::FollowUp, m.id.to_string(), &m.agreements, why);
        }
        for l in &plan.linked_plans {
            self.leave(LeftOutKind::LinkedPlan, l.id.to_string(), &l.plan_type, why);
        }
        if !plan.change_log.is_empty() {
            self.leave(LeftOutKind::ChangeLog, None, "", Why::NeverShared);
        }
    }
}
