//! The linked plans register: the other plans this holistic plan replaces (Min Plan, a
//! § 141 handleplan …) or runs alongside and coordinates with (a § 101 treatment plan, an
//! udskrivningsaftale …). The reform lets one plan replace some plans only with the
//! citizen's consent, and every plan it does not replace must still be coordinated, so the
//! caseworker records each one here instead of in free text.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::catalogue::{Catalogue, Label, PlanType};
use super::ids::LinkedPlanId;
use super::intervention::Period;
use super::plan::Plan;

/// How this plan relates to the other plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlanRelation {
    /// This holistic plan replaces the other plan (with the citizen's consent).
    Replaces,
    /// The other plan continues alongside this one; the two are coordinated.
    LinksTo,
}

impl PlanRelation {
    pub const ALL: [PlanRelation; 2] = [PlanRelation::Replaces, PlanRelation::LinksTo];
}

/// One plan in the register. Since format version 4.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkedPlan {
    pub id: LinkedPlanId,
    /// A code from the catalogue's `plan_types` (e.g. `min_plan`), or the plan's name in
    /// words when the catalogue has no such type. A code the current catalogue does not
    /// know is kept as it is and shown verbatim, never dropped.
    pub plan_type: String,
    pub relation: PlanRelation,
    /// Who holds the other plan, in words: a unit and/or a person
    /// (e.g. "Jobcenter Aarhus, Mette Holm").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub holder: String,
    /// When the other plan was made or runs (either end open).
    #[serde(default, skip_serializing_if = "no_dates")]
    pub period: Period,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

fn no_dates(period: &Period) -> bool {
    period.start.is_none() && period.end.is_none()
}

/// The name of a linked plan's type: the catalogue's entry, or the plan's own text.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanTypeName<'a> {
    Known(&'a PlanType),
    /// Free text, or a code from another catalogue: shown as written.
    Text(&'a str),
}

impl<'a> PlanTypeName<'a> {
    pub fn of(catalogue: &'a Catalogue, plan_type: &'a str) -> PlanTypeName<'a> {
        match catalogue.plan_type(plan_type) {
            Some(known) => PlanTypeName::Known(known),
            None => PlanTypeName::Text(plan_type),
        }
    }

    /// The catalogue label, if the type is known.
    pub fn label(&self) -> Option<&'a Label> {
        match self {
            PlanTypeName::Known(t) => Some(&t.label),
            PlanTypeName::Text(_) => None,
        }
    }
}

/// One line of the register as the overview and the decision summary show it.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkedPlanLine<'a> {
    pub plan: &'a LinkedPlan,
    pub name: PlanTypeName<'a>,
}

/// The register split by relation, in plan order: what this plan replaces, and what it
/// is coordinated with. The decision summary and the overview both read this.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LinkedPlansSummary<'a> {
    pub replaces: Vec<LinkedPlanLine<'a>>,
    pub links_to: Vec<LinkedPlanLine<'a>>,
}

impl LinkedPlansSummary<'_> {
    pub fn is_empty(&self) -> bool {
        self.replaces.is_empty() && self.links_to.is_empty()
    }
}

/// The linked plans of `plan`, named from `catalogue` and grouped by relation. A plan
/// with an empty type (being written) is left out: there is nothing to name yet.
pub fn summary<'a>(plan: &'a Plan, catalogue: &'a Catalogue) -> LinkedPlansSummary<'a> {
    let mut out = LinkedPlansSummary::default();
    for linked in &plan.linked_plans {
        if linked.plan_type.trim().is_empty() {
            continue;
        }
        let line = LinkedPlanLine {
            plan: linked,
            name: PlanTypeName::of(catalogue, &linked.plan_type),
        };
        match linked.relation {
            PlanRelation::Replaces => out.replaces.push(line),
            PlanRelation::LinksTo => out.links_to.push(line),
        }
    }
    out
}
