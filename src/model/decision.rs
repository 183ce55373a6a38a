//! The one-decision summary (én samlet afgørelse): every intervention that needs a
//! decision, grouped by sector and then by legal basis, with the plan's identity, counts
//! per decision status and one complaint-route text (klagevejledning).
//!
//! [`summary`] is a pure function of the plan, the catalogue, the host's complaint-route
//! text and the date the summary is made. It is the editor's section "Afgørelse", the
//! file "Hent afgørelsesoversigt (JSON)" and `plan-tool decision`: the same data in all
//! three. The document is a separate, derived, read-only export: the plan file's format
//! does not change (see docs/plan-format.md, *The decision summary*).
//!
//! The rules:
//!
//! - **Which.** Every intervention whose `decision.needed` is true, whatever its status
//!   (a cancelled intervention with a decision still has that decision). The others
//!   are left out.
//! - **Sectors** in [`Sector::ALL`] order (social, employment, education, health); a
//!   sector without such an intervention is left out.
//! - **Legal bases** within a sector: interventions with the same law and paragraph
//!   form one group. Law and paragraph are compared without case and without spaces,
//!   so "Serviceloven § 85" and "serviceloven §85" are one group, shown as written the
//!   first time in the plan. Groups are ordered by law (without case), then paragraph
//!   in natural order ("§ 3, stk. 2" before "§ 12" before "§ 107"). An intervention
//!   with no legal basis, or one whose law and paragraph are both blank, goes in the
//!   group "no legal basis given" (`legal_basis: null`), last in its sector.
//! - **Interventions** within a group keep the plan's order.
//! - **Catalogue.** A group whose law and paragraph match a legal basis of the
//!   catalogue (compared the same way) carries its code and label; a sector carries
//!   the catalogue's label for it.
//! - **Complaint routes.** Each decision's route comes from the catalogue by its legal
//!   basis ([`Catalogue::complaint_route`]: the paragraph's route, else the law's), and
//!   `complaint_routes` groups the decisions by route, in the order the routes first occur
//!   in the sectors above; decisions whose route the catalogue does not know (or that
//!   have no legal basis) form a last group without a route: their letter says where.
//!   Several routes are listed as several, never merged into "one way to complain".
//! - **General guide.** The host's text when given and not blank; otherwise
//!   [`DEFAULT_COMPLAINT_ROUTE`], a general Danish guide (marked as such in its text).

use std::cmp::Ordering;

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::catalogue::{fold_reference, Catalogue, ComplaintRouteEntry, Label};
use super::ids::{InterventionId, LinkedPlanId, PersonId, PlanId};
use super::intervention::{DecisionStatus, Intervention, InterventionStatus, LegalBasis, Sector};
use super::linked_plan::PlanRelation;
use super::plan::Plan;

/// The document's `kind`: tells it apart from a plan file.
pub const KIND: &str = "helhedsplan-decision-summary";

/// The version of the summary document's shape (independent of the plan format's).
/// Version 2 added each decision's reasons and complaint route, `complaint_routes` and
/// `linked_plans`.
pub const SCHEMA_VERSION: u32 = 2;

/// The general complaint guide used when the host gives none. General on purpose: the
/// decision letter's own klagevejledning is the one that applies.
pub const DEFAULT_COMPLAINT_ROUTE: &str = "\
Generel vejledning – ikke juridisk rådgivning. Den klagevejledning, der står i din \
afgørelse, gælder altid for netop din sag.

Er du uenig i en afgørelse, kan du klage. For de fleste afgørelser fra kommunen skal \
klagen være kommunen i hænde senest 4 uger efter, at du har fået afgørelsen.

Du klager til kommunen, til den afdeling der har truffet afgørelsen. Du kan klage \
skriftligt eller mundtligt. Fortæl gerne, hvilken afgørelse du er uenig i, og hvorfor.

Kommunen ser på sagen igen. Får du ikke fuldt ud ret, sender kommunen din klage videre \
til Ankestyrelsen, som vurderer sagen.

Nogle afgørelser har et andet klagested eller en anden frist, fx om skole eller \
sundhed. Det står i afgørelsen. Du kan få hjælp til at klage af din sagsbehandler \
eller en bisidder.";

/// The one-decision summary of a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionSummary {
    /// Always "helhedsplan-decision-summary".
    #[schemars(extend("const" = "helhedsplan-decision-summary"))]
    pub kind: String,
    /// The version of this document's shape: 2.
    #[schemars(extend("const" = 2))]
    pub schema_version: u32,
    /// The day the summary was made.
    pub created_on: NaiveDate,
    pub plan: PlanIdentity,
    pub counts: DecisionCounts,
    /// Sectors with at least one intervention that needs a decision, in fixed order.
    pub sectors: Vec<SectorGroup>,
    /// The decisions grouped by where a complaint about them goes.
    pub complaint_routes: Vec<RouteGroup>,
    /// The other plans this plan replaces or is coordinated with, in plan order (a plan
    /// whose type is not written yet is left out).
    pub linked_plans: Vec<LinkedPlanItem>,
    /// The general guide (klagevejledning): the host's text or the editor's.
    pub complaint_route: ComplaintRoute,
}

/// The decisions that share one complaint route.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RouteGroup {
    /// The catalogue's route; `null`: the catalogue does not know the route of these
    /// decisions (the decision letter says where to complain).
    pub route: Option<ComplaintRouteEntry>,
    /// In the order they appear in `sectors`.
    pub interventions: Vec<RouteItem>,
}

/// Another plan this one replaces or is coordinated with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkedPlanItem {
    pub id: LinkedPlanId,
    /// The catalogue code, or the plan's name as written.
    pub plan_type: String,
    /// The catalogue's name for the type; `null` when the catalogue does not know it.
    pub label: Option<Label>,
    pub relation: PlanRelation,
    /// Who holds it, in words ("" when not given).
    pub holder: String,
}

/// A decision in a route group, by id and title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RouteItem {
    pub id: InterventionId,
    pub title: String,
}

impl DecisionSummary {
    /// How many different complaint bodies the decisions go to (an unknown route counts
    /// as one more place, since the reader must look it up).
    pub fn route_count(&self) -> usize {
        self.complaint_routes.len()
    }
}

/// Which plan the summary is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanIdentity {
    pub id: PlanId,
    pub title: String,
    /// The host's opaque identifier of the citizen (never a CPR number).
    pub citizen_id: String,
    pub citizen_name: String,
    /// The plan version being worked on.
    pub version: u32,
    /// Whether this version is approved by both parties and locked.
    pub locked: bool,
    /// When it was locked (approved), if it is.
    pub locked_at: Option<DateTime<Utc>>,
}

/// How many interventions need a decision, in all and per decision status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionCounts {
    pub total: usize,
    pub not_requested: usize,
    pub pending: usize,
    pub granted: usize,
    pub partly_granted: usize,
    pub refused: usize,
}

impl DecisionCounts {
    /// The order statuses are listed in: decided first, then what is still open.
    pub const ORDER: [DecisionStatus; 5] = [
        DecisionStatus::Granted,
        DecisionStatus::PartlyGranted,
        DecisionStatus::Refused,
        DecisionStatus::Pending,
        DecisionStatus::NotRequested,
    ];

    pub fn get(&self, status: DecisionStatus) -> usize {
        match status {
            DecisionStatus::NotRequested => self.not_requested,
            DecisionStatus::Pending => self.pending,
            DecisionStatus::Granted => self.granted,
            DecisionStatus::PartlyGranted => self.partly_granted,
            DecisionStatus::Refused => self.refused,
        }
    }

    fn add(&mut self, status: DecisionStatus) {
        self.total += 1;
        *match status {
            DecisionStatus::NotRequested => &mut self.not_requested,
            DecisionStatus::Pending => &mut self.pending,
            DecisionStatus::Granted => &mut self.granted,
            DecisionStatus::PartlyGranted => &mut self.partly_granted,
            DecisionStatus::Refused => &mut self.refused,
        } += 1;
    }

    /// The statuses that occur, with their counts, in [`Self::ORDER`].
    pub fn nonzero(&self) -> Vec<(DecisionStatus, usize)> {
        Self::ORDER
            .iter()
            .map(|s| (*s, self.get(*s)))
            .filter(|(_, n)| *n > 0)
            .collect()
    }
}

/// The interventions of one sector that need a decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SectorGroup {
    pub sector: Sector,
    /// The catalogue's name of the sector, if it has one.
    pub label: Option<Label>,
    pub legal_bases: Vec<BasisGroup>,
}

/// The interventions of one sector under one legal basis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BasisGroup {
    /// Law and paragraph as first written in the plan; `null`: no legal basis given.
    pub legal_basis: Option<LegalBasis>,
    /// The catalogue's code for this legal basis, when the catalogue knows it.
    pub catalogue_code: Option<String>,
    /// The catalogue's label, e.g. "Socialpædagogisk støtte (bostøtte)".
    pub label: Option<Label>,
    /// In plan order.
    pub interventions: Vec<DecisionItem>,
}

/// One intervention that needs a decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionItem {
    pub id: InterventionId,
    pub title: String,
    pub status: InterventionStatus,
    pub decision_status: DecisionStatus,
    pub decision_date: Option<NaiveDate>,
    /// Why it was decided so, as written on the intervention ("" when not written).
    pub reasons: String,
    /// The code of the catalogue's complaint route for it; `null`: not known.
    pub complaint_route: Option<String>,
    /// First day; `null`: not set.
    pub start: Option<NaiveDate>,
    /// Last day; `null`: open.
    pub end: Option<NaiveDate>,
    /// The responsible authority, e.g. "Holmstrup Kommune, Jobcenter" ("" when not given).
    pub responsible_authority: String,
    /// The responsible person from the plan's people.
    pub responsible_person: Option<ResponsiblePerson>,
}

/// A person of the plan, by id and name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResponsiblePerson {
    pub id: PersonId,
    pub name: String,
}

/// Where the complaint-route text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ComplaintSource {
    /// The host (municipality) configured it.
    Host,
    /// The editor's general guide, [`DEFAULT_COMPLAINT_ROUTE`].
    Default,
}

/// The one complaint route (klagevejledning) of the combined decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ComplaintRoute {
    pub source: ComplaintSource,
    /// Plain text; paragraphs are separated by blank lines.
    pub text: String,
}

impl ComplaintRoute {
    /// The host's text when given and not blank, else the general guide.
    pub fn from_host(text: Option<&str>) -> ComplaintRoute {
        match text.filter(|t| !t.trim().is_empty()) {
            Some(text) => ComplaintRoute {
                source: ComplaintSource::Host,
                text: text.to_string(),
            },
            None => ComplaintRoute {
                source: ComplaintSource::Default,
                text: DEFAULT_COMPLAINT_ROUTE.to_string(),
            },
        }
    }
}

/// The one-decision summary of `plan`, made on `created_on`. `complaint_route` is the
/// host's text (`None` or blank: the general guide).
pub fn summary(
    plan: &Plan,
    catalogue: &Catalogue,
    complaint_route: Option<&str>,
    created_on: NaiveDate,
) -> DecisionSummary {
    let mut counts = DecisionCounts::default();
    let mut sectors = Vec::new();
    for sector in Sector::ALL {
        // (normalized key, group); the key is None for "no legal basis given".
        let mut groups: Vec<(Option<(String, String)>, BasisGroup)> = Vec::new();
        for intervention in plan
            .interventions
            .iter()
            .filter(|i| i.sector == sector && i.decision.needed)
        {
            counts.add(intervention.decision.status);
            let basis = intervention
                .legal_basis
                .as_ref()
                .filter(|b| !(b.law.trim().is_empty() && b.paragraph.trim().is_empty()));
            let key = basis.map(key_of);
            let route = basis.and_then(|b| catalogue.complaint_route(b));
            let item = item(plan, intervention, route);
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, group)) => group.interventions.push(item),
                None => {
                    let entry = basis.and_then(|b| {
                        catalogue
                            .legal_bases
                            .iter()
                            .find(|e| key_of(&e.legal_basis()) == key_of(b))
                    });
                    groups.push((
                        key,
                        BasisGroup {
                            legal_basis: basis.cloned(),
                            catalogue_code: entry.map(|e| e.code.clone()),
                            label: entry.map(|e| e.label.clone()),
                            interventions: vec![item],
                        },
                    ));
                }
            }
        }
        if groups.is_empty() {
            continue;
        }
        // Stable: equal keys cannot occur, so the order is total.
        groups.sort_by(|(a, _), (b, _)| match (a, b) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Greater,
            (Some(_), None) => Ordering::Less,
            (Some((law_a, par_a)), Some((law_b, par_b))) => {
                law_a.cmp(law_b).then_with(|| natural_cmp(par_a, par_b))
            }
        });
        sectors.push(SectorGroup {
            sector,
            label: catalogue.sector(sector).map(|s| s.label.clone()),
            legal_bases: groups.into_iter().map(|(_, g)| g).collect(),
        });
    }
    let complaint_routes = route_groups(&sectors, catalogue);
    let linked = super::linked_plan::summary(plan, catalogue);
    let linked_plans = plan
        .linked_plans
        .iter()
        .filter(|l| {
            linked
                .replaces
                .iter()
                .chain(&linked.links_to)
                .any(|line| line.plan.id == l.id)
        })
        .map(|l| LinkedPlanItem {
            id: l.id,
            plan_type: l.plan_type.clone(),
            label: catalogue.plan_type(&l.plan_type).map(|t| t.label.clone()),
            relation: l.relation,
            holder: l.holder.clone(),
        })
        .collect();
    DecisionSummary {
        kind: KIND.to_string(),
        schema_version: SCHEMA_VERSION,
        created_on,
        plan: PlanIdentity {
            id: plan.id,
            title: plan.title.clone(),
            citizen_id: plan.citizen.id.clone(),
            citizen_name: plan.citizen.name.clone(),
            version: plan.version,
            locked: plan.locked,
            locked_at: plan.locked_at,
        },
        counts,
        sectors,
        complaint_routes,
        linked_plans,
        complaint_route: ComplaintRoute::from_host(complaint_route),
    }
}

/// The summary as pretty-printed JSON text with a final newline.
pub fn to_json(summary: &DecisionSummary) -> String {
    let mut text = serde_json::to_string_pretty(summary).expect("a summary always serializes");
    text.push('\n');
    text
}

/// The JSON Schema (draft 2020-12) of the summary document.
pub fn json_schema() -> serde_json::Value {
    let generator = schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let mut schema: serde_json::Value = generator.into_root_schema_for::<DecisionSummary>().into();
    if let Some(object) = schema.as_object_mut() {
        object.insert(
            "$id".into(),
            serde_json::Value::String(format!(
                "urn:helhedsplan:schema:decision-summary:v{SCHEMA_VERSION}"
            )),
        );
        object.insert(
            "title".into(),
            serde_json::Value::String("Helhedsplan decision summary".into()),
        );
    }
    schema
}

/// The decisions grouped by route code, in order of first appearance; unknown last.
fn route_groups(sectors: &[SectorGroup], catalogue: &Catalogue) -> Vec<RouteGroup> {
    let mut known: Vec<RouteGroup> = Vec::new();
    let mut unknown: Vec<RouteItem> = Vec::new();
    let items = sectors
        .iter()
        .flat_map(|s| &s.legal_bases)
        .flat_map(|g| &g.interventions);
    for item in items {
        let entry = RouteItem {
            id: item.id,
            title: item.title.clone(),
        };
        let route = item
            .complaint_route
            .as_deref()
            .and_then(|code| catalogue.complaint_route_by_code(code));
        let Some(route) = route else {
            unknown.push(entry);
            continue;
        };
        match known
            .iter_mut()
            .find(|g| g.route.as_ref().is_some_and(|r| r.code == route.code))
        {
            Some(group) => group.interventions.push(entry),
            None => known.push(RouteGroup {
                route: Some(route.clone()),
                interventions: vec![entry],
            }),
        }
    }
    if !unknown.is_empty() {
        known.push(RouteGroup {
            route: None,
            interventions: unknown,
        });
    }
    known
}

fn item(
    plan: &Plan,
    intervention: &Intervention,
    route: Option<&ComplaintRouteEntry>,
) -> DecisionItem {
    DecisionItem {
        id: intervention.id,
        title: intervention.title.clone(),
        status: intervention.status,
        decision_status: intervention.decision.status,
        decision_date: intervention.decision.date,
        reasons: intervention.decision.reasons.clone(),
        complaint_route: route.map(|r| r.code.clone()),
        start: intervention.period.start,
        end: intervention.period.end,
        responsible_authority: intervention.responsible_authority.clone(),
        responsible_person: intervention.responsible_person.map(|id| ResponsiblePerson {
            id,
            name: plan.person(id).map(|p| p.name.clone()).unwrap_or_default(),
        }),
    }
}

/// Law and paragraph compared without case and without white space.
fn key_of(basis: &LegalBasis) -> (String, String) {
    (fold_reference(&basis.law), fold_reference(&basis.paragraph))
}

/// Compares runs of digits by value and everything else as text: "§3,stk.2" < "§12".
fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a, b);
    loop {
        match (a.chars().next(), b.chars().next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let run = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
                let (na, nb) = (run(a), run(b));
                let (da, db) = (
                    a[..na].trim_start_matches('0'),
                    b[..nb].trim_start_matches('0'),
                );
                let order = da.len().cmp(&db.len()).then_with(|| da.cmp(db));
                if order != Ordering::Equal {
                    return order;
                }
                a = &a[na..];
                b = &b[nb..];
            }
            (Some(x), Some(y)) => {
                if x != y {
                    return x.cmp(&y);
                }
                a = &a[x.len_utf8()..];
                b = &b[y.len_utf8()..];
            }
        }
    }
}
