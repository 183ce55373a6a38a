//! Validation: every problem in a plan at once, each at a JSON-pointer path.
//!
//! [`validate`] checks the plan on its own; [`validate_with`] also checks the
//! codes that refer to a catalogue (life areas, intervention types). Never
//! panics, whatever the plan holds.

use std::collections::{HashMap, HashSet};
use std::fmt::Display;
use std::hash::Hash;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::agreement::{ApprovalRole, Target};
use super::catalogue::Catalogue;
use super::consent::ConsentKind;
use super::dates::EnteredDates;
use super::goal::{GAS_MAX, GAS_MIN};
use super::limits::{chars, LIST_MAX, LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX, TITLE_MAX};
use super::people::Role;
use super::plan::Plan;

/// What sort of problem it is (for the UI to group or translate).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// Refers to an item that does not exist.
    Dangling,
    /// Two items of one list with the same id.
    DuplicateId,
    /// A goal at the wrong level under its parent.
    Nesting,
    /// Dates in an impossible order.
    Date,
    /// A rating outside −2..+2.
    Scale,
    /// Required text is empty.
    Empty,
    TooLong,
    /// Text holds a control character other than tab, line feed, carriage return.
    ControlCharacter,
    /// Interventions depend on each other in a circle.
    Cycle,
    /// A code not in the catalogue.
    UnknownCode,
    /// Fields that contradict each other (e.g. locked without approvals).
    Inconsistent,
    /// The same reference twice in one list (a goal linked twice, a result given twice
    /// for one intervention): two people can add the same link at once.
    DuplicateReference,
    /// A date outside the window a plan may hold ([`super::limits::DATE_MIN`] …
    /// [`super::limits::DATE_MAX`]).
    DateRange,
}

/// How bad a problem is. One rule for the whole product:
///
/// - [`Severity::Error`]: one edit alone makes it, in one field (an invisible control
///   character, a date outside the window, a rating off the scale, two items with one
///   id). `apply` refuses such an edit and import refuses such a plan.
/// - [`Severity::Warning`]: edits from two people can make it together (an end before a
///   start, an empty required text, a text over its limit, a reference to a removed item,
///   a clock running fast on one machine). It never blocks a load: the editor shows it as
///   something to fix, and live co-authoring can merge such edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

impl ProblemKind {
    pub const ALL: [ProblemKind; 13] = [
        ProblemKind::Dangling,
        ProblemKind::DuplicateId,
        ProblemKind::Nesting,
        ProblemKind::Date,
        ProblemKind::Scale,
        ProblemKind::Empty,
        ProblemKind::TooLong,
        ProblemKind::ControlCharacter,
        ProblemKind::Cycle,
        ProblemKind::UnknownCode,
        ProblemKind::Inconsistent,
        ProblemKind::DuplicateReference,
        ProblemKind::DateRange,
    ];

    pub fn severity(self) -> Severity {
        match self {
            ProblemKind::ControlCharacter
            | ProblemKind::DateRange
            | ProblemKind::Scale
            | ProblemKind::DuplicateId => Severity::Error,
            ProblemKind::Dangling
            | ProblemKind::Nesting
            | ProblemKind::Date
            | ProblemKind::Empty
            | ProblemKind::TooLong
            | ProblemKind::Cycle
            | ProblemKind::UnknownCode
            | ProblemKind::Inconsistent
            | ProblemKind::DuplicateReference => Severity::Warning,
        }
    }
}

/// One problem: where (JSON pointer into the plan) and what, in plain English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Problem {
    pub path: String,
    pub message: String,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// All problems of a plan, without catalogue checks.
pub fn validate(plan: &Plan) -> Vec<Problem> {
    Checker::new(plan, None).run()
}

/// All problems of a plan, including codes unknown to `catalogue`.
pub fn validate_with(plan: &Plan, catalogue: &Catalogue) -> Vec<Problem> {
    Checker::new(plan, Some(catalogue)).run()
}

struct Checker<'a> {
    plan: &'a Plan,
    catalogue: Option<&'a Catalogue>,
    problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    fn new(plan: &'a Plan, catalogue: Option<&'a Catalogue>) -> Self {
        Checker {
            plan,
            catalogue,
            problems: Vec::new(),
        }
    }

    fn run(mut self) -> Vec<Problem> {
        self.plan_level();
        self.people();
        self.goals();
        self.ratings();
        self.interventions();
        self.cycles();
        self.assessment();
        self.consents();
        self.follow_ups();
        self.comments();
        self.approvals();
        self.dates();
        self.problems
    }

    /// Every date in the window (see [`super::dates`]).
    fn dates(&mut self) {
        fn each<T: EnteredDates>(checker: &mut Checker<'_>, list: &str, items: &[T]) {
            for (i, item) in items.iter().enumerate() {
                for (field, date) in item.all_dates() {
                    checker.date(&format!("/{list}/{i}/{field}"), date);
                }
            }
        }
        let plan = self.plan;
        each(self, "goals", &plan.goals);
        each(self, "ratings", &plan.ratings);
        each(self, "interventions", &plan.interventions);
        each(self, "assessment", &plan.assessment);
        each(self, "known_facts", &plan.known_facts);
        each(self, "consents", &plan.consents);
        each(self, "follow_ups", &plan.follow_ups);
        each(self, "comments", &plan.comments);
        each(self, "approvals", &plan.approvals);
        each(self, "earlier_versions", &plan.earlier_versions);
        for (i, record) in plan.earlier_versions.iter().enumerate() {
            each(
                self,
                &format!("earlier_versions/{i}/approvals"),
                &record.approvals,
            );
        }
        if let Some(at) = plan.locked_at {
            self.date("/locked_at", at.date_naive());
        }
        for (i, entry) in plan.change_log.iter().enumerate() {
            self.date(&format!("/change_log/{i}/at"), entry.at.date_naive());
        }
    }

    fn date(&mut self, path: &str, date: chrono::NaiveDate) {
        if !super::limits::date_in_window(date) {
            self.push(
                path,
                ProblemKind::DateRange,
                format!(
                    "the date {date} is outside the dates a plan may hold ({} to {})",
                    super::limits::DATE_MIN,
                    super::limits::DATE_MAX
                ),
            );
        }
    }

    fn push(&mut self, path: impl Into<String>, kind: ProblemKind, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
            kind,
        });
    }

    fn len(&mut self, path: &str, text: &str, max: usize) {
        if text.chars().any(super::limits::is_forbidden_control) {
            self.push(
                path,
                ProblemKind::ControlCharacter,
                "text contains an invisible control character (only tab, line break and carriage return are allowed)",
            );
        }
        let n = chars(text);
        if n > max {
            self.push(
                path,
                ProblemKind::TooLong,
                format!("text is {n} characters long, at most {max} allowed"),
            );
        }
    }

    fn required(&mut self, path: &str, text: &str, max: usize) {
        if text.trim().is_empty() {
            self.push(path, ProblemKind::Empty, "must not be empty");
        } else {
            self.len(path, text, max);
        }
    }

    fn list(&mut self, path: &str, items: &[String], max_each: usize) {
        if items.len() > LIST_MAX {
            self.push(
                path,
                ProblemKind::TooLong,
                format!("{} entries, at most {LIST_MAX} allowed", items.len()),
            );
        }
        for (i, item) in items.iter().enumerate() {
            self.required(&format!("{path}/{i}"), item, max_each);
        }
    }

    /// Reports ids used more than once in one list.
    fn unique<T: Hash + Eq + Display + Copy>(&mut self, list: &str, ids: impl Iterator<Item = T>) {
        let mut seen = HashMap::new();
        for (i, id) in ids.enumerate() {
            if let Some(first) = seen.insert(id, i) {
                seen.insert(id, first);
                self.push(
                    format!("/{list}/{i}/id"),
                    ProblemKind::DuplicateId,
                    format!("id {id} is already used by /{list}/{first}"),
                );
            }
        }
    }

    fn plan_level(&mut self) {
        let plan = self.plan;
        self.len("/title", &plan.title, TITLE_MAX);
        if plan.version == 0 {
            self.push("/version", ProblemKind::Inconsistent, "versions start at 1");
        }
        self.len("/citizen/id", &plan.citizen.id, SHORT_TEXT_MAX);
        self.len("/citizen/name", &plan.citizen.name, NAME_MAX);
        for field in super::people::OwnWordsField::ALL {
            self.len(
                &format!("/citizen/own_words/{}", field.key()),
                plan.own_words(field),
                LONG_TEXT_MAX,
            );
        }
        self.unique("family", plan.family.iter().map(|m| m.id));
        for (i, member) in plan.family.iter().enumerate() {
            self.required(&format!("/family/{i}/name"), &member.name, NAME_MAX);
            self.len(
                &format!("/family/{i}/host_id"),
                &member.host_id,
                SHORT_TEXT_MAX,
            );
            self.len(
                &format!("/family/{i}/relation"),
                &member.relation,
                SHORT_TEXT_MAX,
            );
        }
    }

    fn people(&mut self) {
        let plan = self.plan;
        self.unique("people", plan.people.iter().map(|p| p.id));
        for (i, person) in plan.people.iter().enumerate() {
            let at = format!("/people/{i}");
            self.required(&format!("{at}/name"), &person.name, NAME_MAX);
            self.len(&format!("{at}/unit"), &person.unit, SHORT_TEXT_MAX);
            self.len(&format!("{at}/contact"), &person.contact, SHORT_TEXT_MAX);
            self.len(
                &format!("{at}/contribution"),
                &person.contribution,
                LONG_TEXT_MAX,
            );
        }
    }

    fn goals(&mut self) {
        let plan = self.plan;
        self.unique("goals", plan.goals.iter().map(|g| g.id));
        let levels: HashMap<_, _> = plan.goals.iter().map(|g| (g.id, g.level)).collect();
        let members: HashSet<_> = plan.family.iter().map(|m| m.id).collect();
        for (i, goal) in plan.goals.iter().enumerate() {
            let at = format!("/goals/{i}");
            self.required(&format!("{at}/title"), &goal.title, TITLE_MAX);
            self.len(
                &format!("{at}/description"),
                &goal.description,
                LONG_TEXT_MAX,
            );
            for (field, text) in goal.scale.levels() {
                self.len(&format!("{at}/scale/{field}"), text, SHORT_TEXT_MAX);
            }
            self.len(
                &format!("{at}/citizen_agreement/comment"),
                &goal.citizen_agreement.comment,
                LONG_TEXT_MAX,
            );
            match (goal.parent, goal.level.parent_level()) {
                (None, Some(_)) if goal.level.needs_parent() => self.push(
                    format!("{at}/parent"),
                    ProblemKind::Nesting,
                    super::error::nesting_message(goal.level, None),
                ),
                (None, _) => {}
                (Some(parent), _) if parent == goal.id => self.push(
                    format!("{at}/parent"),
                    ProblemKind::Nesting,
                    "a goal cannot be its own parent",
                ),
                (Some(parent), needed) => match levels.get(&parent) {
                    None => self.push(
                        format!("{at}/parent"),
                        ProblemKind::Dangling,
                        format!("parent goal {parent} does not exist"),
                    ),
                    Some(actual) if needed != Some(*actual) => self.push(
                        format!("{at}/parent"),
                        ProblemKind::Nesting,
                        super::error::nesting_message(goal.level, Some(*actual)),
                    ),
                    Some(_) => {}
                },
            }
            if let Some(code) = &goal.life_area {
                self.len(&format!("{at}/life_area"), code, SHORT_TEXT_MAX);
                if let Some(catalogue) = self.catalogue {
                    if catalogue.life_area(code).is_none() {
                        self.push(
                            format!("{at}/life_area"),
                            ProblemKind::UnknownCode,
                            format!(
                                "life area \"{code}\" is not in the catalogue \"{}\"",
                                catalogue.code
                            ),
                        );
                    }
                }
            }
            if let Some(member) = goal.member {
                if !members.contains(&member) {
                    self.push(
                        format!("{at}/member"),
                        ProblemKind::Dangling,
                        format!("family member {member} does not exist"),
                    );
                }
            }
            if goal.updated_at < goal.created_at {
                self.push(
                    format!("{at}/updated_at"),
                    ProblemKind::Date,
                    format!(
                        "updated {} is before created {}",
                        goal.updated_at.to_rfc3339(),
                        goal.created_at.to_rfc3339()
                    ),
                );
            }
        }
    }

    fn ratings(&mut self) {
        let plan = self.plan;
        self.unique("ratings", plan.ratings.iter().map(|r| r.id));
        let goals: HashSet<_> = plan.goals.iter().map(|g| g.id).collect();
        for (i, rating) in plan.ratings.iter().enumerate() {
            let at = format!("/ratings/{i}");
            if !goals.contains(&rating.goal) {
                self.push(
                    format!("{at}/goal"),
                    ProblemKind::Dangling,
                    format!("rated goal {} does not exist", rating.goal),
                );
            }
            if !(GAS_MIN..=GAS_MAX).contains(&rating.value) {
                self.push(
                    format!("{at}/value"),
                    ProblemKind::Scale,
                    format!(
                        "rating {} is outside the scale {GAS_MIN} to +{GAS_MAX}",
                        rating.value
                    ),
                );
            }
            // A stamp's name may be empty: the role says who, as on every other stamp.
            self.len(
                &format!("{at}/rated_by/name"),
                &rating.rated_by.name,
                NAME_MAX,
            );
            self.len(&format!("{at}/comment"), &rating.comment, LONG_TEXT_MAX);
        }
    }

    fn interventions(&mut self) {
        let plan = self.plan;
        self.unique("interventions", plan.interventions.iter().map(|x| x.id));
        let goals: HashSet<_> = plan.goals.iter().map(|g| g.id).collect();
        let ids: HashSet<_> = plan.interventions.iter().map(|x| x.id).collect();
        let people: HashSet<_> = plan.people.iter().map(|p| p.id).collect();
        for (i, item) in plan.interventions.iter().enumerate() {
            let at = format!("/interventions/{i}");
            self.required(&format!("{at}/title"), &item.title, TITLE_MAX);
            self.len(
                &format!("{at}/description"),
                &item.description,
                LONG_TEXT_MAX,
            );
            self.len(
                &format!("{at}/responsible_authority"),
                &item.responsible_authority,
                SHORT_TEXT_MAX,
            );
            self.len(&format!("{at}/provider"), &item.provider, SHORT_TEXT_MAX);
            self.len(&format!("{at}/frequency"), &item.frequency, SHORT_TEXT_MAX);
            self.len(
                &format!("{at}/decision/reasons"),
                &item.decision.reasons,
                LONG_TEXT_MAX,
            );
            self.len(
                &format!("{at}/citizen_agreement/comment"),
                &item.citizen_agreement.comment,
                LONG_TEXT_MAX,
            );
            if let Some(basis) = &item.legal_basis {
                self.required(&format!("{at}/legal_basis/law"), &basis.law, SHORT_TEXT_MAX);
                self.len(
                    &format!("{at}/legal_basis/paragraph"),
                    &basis.paragraph,
                    SHORT_TEXT_MAX,
                );
            }
            if let Some(kind) = &item.kind {
                self.len(&format!("{at}/kind"), kind, SHORT_TEXT_MAX);
                if let Some(catalogue) = self.catalogue {
                    if catalogue.intervention_type(kind).is_none() {
                        self.push(
                            format!("{at}/kind"),
                            ProblemKind::UnknownCode,
                            format!(
                                "intervention type \"{kind}\" is not in the catalogue \"{}\"",
                                catalogue.code
                            ),
                        );
                    }
                }
            }
            if let (Some(start), Some(end)) = (item.period.start, item.period.end) {
                if end < start {
                    self.push(
                        format!("{at}/period"),
                        ProblemKind::Date,
                        format!("end date {end} is before start date {start}"),
                    );
                }
            }
            let mut seen = HashSet::new();
            for (k, goal) in item.goals.iter().enumerate() {
                if !goals.contains(goal) {
                    self.push(
                        format!("{at}/goals/{k}"),
                        ProblemKind::Dangling,
                        format!("served goal {goal} does not exist"),
                    );
                } else if !seen.insert(goal) {
                    self.push(
                        format!("{at}/goals/{k}"),
                        ProblemKind::DuplicateReference,
                        format!("goal {goal} is listed twice"),
                    );
                }
            }
            let mut seen = HashSet::new();
            for (k, dep) in item.depends_on.iter().enumerate() {
                if *dep == item.id {
                    self.push(
                        format!("{at}/depends_on/{k}"),
                        ProblemKind::Cycle,
                        "an intervention cannot depend on itself",
                    );
                } else if !ids.contains(dep) {
                    self.push(
                        format!("{at}/depends_on/{k}"),
                        ProblemKind::Dangling,
                        format!("intervention {dep} it depends on does not exist"),
                    );
                } else if !seen.insert(dep) {
                    self.push(
                        format!("{at}/depends_on/{k}"),
                        ProblemKind::DuplicateReference,
                        format!("intervention {dep} is listed twice"),
                    );
                }
            }
            if let Some(person) = item.responsible_person {
                if !people.contains(&person) {
                    self.push(
                        format!("{at}/responsible_person"),
                        ProblemKind::Dangling,
                        format!("responsible person {person} does not exist"),
                    );
                }
            }
            if item.updated_at < item.created_at {
                self.push(
                    format!("{at}/updated_at"),
                    ProblemKind::Date,
                    format!(
                        "updated {} is before created {}",
                        item.updated_at.to_rfc3339(),
                        item.created_at.to_rfc3339()
                    ),
                );
            }
        }
    }

    /// Circles in `depends_on` (self-dependencies are reported per item above).
    fn cycles(&mut self) {
        let plan = self.plan;
        for circle in super::dependencies::circles(plan) {
            let (node, k) = circle.closing;
            let names: Vec<String> = circle
                .path
                .iter()
                .chain(circle.path.first())
                .map(|i| format!("\"{}\"", plan.interventions[*i].title))
                .collect();
            self.push(
                format!("/interventions/{node}/depends_on/{k}"),
                ProblemKind::Cycle,
                format!(
                    "dependencies go in a circle: {}",
                    names.join(" depends on ")
                ),
            );
        }
    }

    /// The joint assessment: ids, texts, known life areas, and goals' links to entries
    /// (a link to a removed entry is a warning, as every dangling reference).
    fn assessment(&mut self) {
        let plan = self.plan;
        self.unique("assessment", plan.assessment.iter().map(|e| e.id));
        self.unique("known_facts", plan.known_facts.iter().map(|f| f.id));
        self.len(
            "/target_group/reason",
            &plan.target_group.reason,
            LONG_TEXT_MAX,
        );
        for (i, entry) in plan.assessment.iter().enumerate() {
            let at = format!("/assessment/{i}");
            self.required(&format!("{at}/life_area"), &entry.life_area, SHORT_TEXT_MAX);
            self.life_area_code(&format!("{at}/life_area"), &entry.life_area);
            self.len(&format!("{at}/text"), &entry.text, LONG_TEXT_MAX);
            self.len(&format!("{at}/source"), &entry.source, SHORT_TEXT_MAX);
        }
        for (i, fact) in plan.known_facts.iter().enumerate() {
            let at = format!("/known_facts/{i}");
            self.required(&format!("{at}/what"), &fact.what, SHORT_TEXT_MAX);
            self.len(&format!("{at}/held_by"), &fact.held_by, SHORT_TEXT_MAX);
            if let Some(code) = &fact.life_area {
                self.len(&format!("{at}/life_area"), code, SHORT_TEXT_MAX);
                self.life_area_code(&format!("{at}/life_area"), code);
            }
        }
        let entries: HashSet<_> = plan.assessment.iter().map(|e| e.id).collect();
        for (i, goal) in plan.goals.iter().enumerate() {
            let mut seen = HashSet::new();
            for (j, entry) in goal.assessment.iter().enumerate() {
                let path = format!("/goals/{i}/assessment/{j}");
                if !entries.contains(entry) {
                    self.push(
                        path,
                        ProblemKind::Dangling,
                        format!("assessment entry {entry} does not exist"),
                    );
                } else if !seen.insert(entry) {
                    self.push(
                        path,
                        ProblemKind::DuplicateReference,
                        format!("assessment entry {entry} is linked twice"),
                    );
                }
            }
        }
    }

    /// A life area the catalogue (when one is given) does not know.
    fn life_area_code(&mut self, path: &str, code: &str) {
        if let Some(catalogue) = self.catalogue {
            if catalogue.life_area(code).is_none() {
                self.push(
                    path,
                    ProblemKind::UnknownCode,
                    format!(
                        "life area \"{code}\" is not in the catalogue \"{}\"",
                        catalogue.code
                    ),
                );
            }
        }
    }

    fn consents(&mut self) {
        let plan = self.plan;
        self.unique("consents", plan.consents.iter().map(|c| c.id));
        for (i, consent) in plan.consents.iter().enumerate() {
            let at = format!("/consents/{i}");
            if consent.kind == ConsentKind::ShareInformation && consent.parties.is_empty() {
                self.push(
                    format!("{at}/parties"),
                    ProblemKind::Empty,
                    "name the parties that may share information",
                );
            }
            self.list(&format!("{at}/parties"), &consent.parties, SHORT_TEXT_MAX);
            self.required(&format!("{at}/scope"), &consent.scope, LONG_TEXT_MAX);
            for (i, giver) in consent.given_by.iter().enumerate() {
                self.len(
                    &format!("{at}/given_by/{i}/name"),
                    &giver.name,
                    SHORT_TEXT_MAX,
                );
            }
            self.len(
                &format!("{at}/recorded_by"),
                &consent.recorded_by,
                SHORT_TEXT_MAX,
            );
            if let Some(expires) = consent.expires.filter(|e| *e < consent.given) {
                self.push(
                    format!("{at}/expires"),
                    ProblemKind::Date,
                    format!(
                        "the consent runs out {expires}, before it was given {}",
                        consent.given
                    ),
                );
            }
            if let Some(withdrawn) = consent.withdrawn {
                if withdrawn < consent.given {
                    self.push(
                        format!("{at}/withdrawn"),
                        ProblemKind::Date,
                        format!(
                            "withdrawn {withdrawn} is before the consent was given {}",
                            consent.given
                        ),
                    );
                }
            }
        }
    }

    fn follow_ups(&mut self) {
        let plan = self.plan;
        self.unique("follow_ups", plan.follow_ups.iter().map(|f| f.id));
        let ids: HashSet<_> = plan.interventions.iter().map(|x| x.id).collect();
        for (i, meeting) in plan.follow_ups.iter().enumerate() {
            let at = format!("/follow_ups/{i}");
            self.list(
                &format!("{at}/participants"),
                &meeting.participants,
                SHORT_TEXT_MAX,
            );
            self.len(
                &format!("{at}/agreements"),
                &meeting.agreements,
                LONG_TEXT_MAX,
            );
            if let Some(next) = meeting.next_date {
                if next < meeting.date {
                    self.push(
                        format!("{at}/next_date"),
                        ProblemKind::Date,
                        format!(
                            "next follow-up {next} is before the meeting date {}",
                            meeting.date
                        ),
                    );
                }
            }
            let mut seen = HashSet::new();
            for (k, result) in meeting.results.iter().enumerate() {
                let path = format!("{at}/results/{k}/intervention");
                if !ids.contains(&result.intervention) {
                    self.push(
                        path,
                        ProblemKind::Dangling,
                        format!("intervention {} does not exist", result.intervention),
                    );
                } else if !seen.insert(result.intervention) {
                    self.push(
                        path,
                        ProblemKind::DuplicateReference,
                        format!(
                            "intervention {} already has a result at this meeting",
                            result.intervention
                        ),
                    );
                }
                self.len(
                    &format!("{at}/results/{k}/note"),
                    &result.note,
                    LONG_TEXT_MAX,
                );
            }
        }
    }

    fn comments(&mut self) {
        let plan = self.plan;
        self.unique("comments", plan.comments.iter().map(|c| c.id));
        let goals: HashSet<_> = plan.goals.iter().map(|g| g.id).collect();
        let ids: HashSet<_> = plan.interventions.iter().map(|x| x.id).collect();
        for (i, comment) in plan.comments.iter().enumerate() {
            let at = format!("/comments/{i}");
            let exists = match comment.on {
                Target::Goal(id) => goals.contains(&id),
                Target::Intervention(id) => ids.contains(&id),
            };
            if !exists {
                self.push(
                    format!("{at}/on"),
                    ProblemKind::Dangling,
                    "the commented goal or intervention does not exist",
                );
            }
            self.required(&format!("{at}/text"), &comment.text, LONG_TEXT_MAX);
            self.len(&format!("{at}/author/name"), &comment.author.name, NAME_MAX);
        }
    }

    fn approvals(&mut self) {
        let plan = self.plan;
        let mut seen = HashSet::new();
        for (i, approval) in plan.approvals.iter().enumerate() {
            let at = format!("/approvals/{i}");
            if !seen.insert(approval.as_role) {
                self.push(
                    format!("{at}/as_role"),
                    ProblemKind::Inconsistent,
                    format!("the version is approved twice as {}", approval.as_role),
                );
            }
            let fits = matches!(
                (approval.by.role, approval.as_role),
                (Role::Citizen, ApprovalRole::Citizen)
                    | (Role::Caseworker, ApprovalRole::Caseworker)
            );
            if !fits {
                self.push(
                    format!("{at}/by/role"),
                    ProblemKind::Inconsistent,
                    format!(
                        "a {} cannot approve as {}",
                        approval.by.role, approval.as_role
                    ),
                );
            }
        }
        let both =
            seen.contains(&ApprovalRole::Citizen) && seen.contains(&ApprovalRole::Caseworker);
        if plan.locked && !both {
            self.push(
                "/locked",
                ProblemKind::Inconsistent,
                "the plan is locked but not approved by both the citizen and a caseworker",
            );
        }
        if plan.locked != plan.locked_at.is_some() {
            self.push(
                "/locked_at",
                ProblemKind::Inconsistent,
                if plan.locked {
                    "a locked plan needs the time it was locked"
                } else {
                    "an unlocked plan cannot have a lock time"
                },
            );
        }
        let mut previous = 0;
        for (i, record) in plan.earlier_versions.iter().enumerate() {
            if record.version <= previous || record.version >= plan.version {
                self.push(
                    format!("/earlier_versions/{i}/version"),
                    ProblemKind::Inconsistent,
                    format!(
                        "earlier version {} is out of order (current version is {})",
                        record.version, plan.version
                    ),
                );
            }
            previous = record.version;
        }
    }
}
