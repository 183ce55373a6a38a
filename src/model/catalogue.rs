//! Catalogues as data: life areas, sectors, common legal bases and intervention
//! types. The defaults ship as JSON embedded in the binary; a host may pass its own.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::intervention::{LegalBasis, Sector};

const DEFAULT_JSON: &str = include_str!("catalogues/default.json");
const CHILDREN_JSON: &str = include_str!("catalogues/children.json");

/// A label in Danish (first) and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Label {
    pub da: String,
    pub en: String,
}

/// Where a catalogue entry's law comes from, so a municipality can see what it rests on
/// and update it without a release: the consolidated act (or amendment) it was read in,
/// the address of that text, and the day someone checked the entry against it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The act as it is cited, e.g. "LBK nr. 1089 af 15/08/2023".
    pub act: String,
    /// The address of the act's text, e.g. on retsinformation.dk.
    pub url: String,
    /// The day the entry was checked against that text.
    pub checked: chrono::NaiveDate,
}

/// When a catalogue entry's law applies: from and to (both inclusive, either open), so
/// that a renumbering can be written ahead of the day it takes effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Validity {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<chrono::NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<chrono::NaiveDate>,
}

impl Validity {
    /// Whether the entry applies on `date`.
    pub fn holds_on(&self, date: chrono::NaiveDate) -> bool {
        self.valid_from.is_none_or(|from| from <= date) && self.valid_to.is_none_or(|to| date <= to)
    }
}

/// A life area (livsområde). Goals refer to it by `code`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LifeArea {
    /// Stable code, never shown to users: e.g. "mentale_funktioner".
    pub code: String,
    pub label: Label,
    /// A grouping for display, e.g. the side of the ICS triangle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Label>,
    /// What is written about this area is health information (mental and physical
    /// functions, health): the share view keeps it from parties no consent covers.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub health: bool,
}

/// The label of a sector; `code` matches [`Sector::code`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SectorEntry {
    pub code: Sector,
    pub label: Label,
}

/// A commonly used legal basis, offered as a choice when writing an intervention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalBasisEntry {
    pub code: String,
    pub law: String,
    pub paragraph: String,
    pub label: Label,
    pub sector: Sector,
}

impl LegalBasisEntry {
    pub fn legal_basis(&self) -> LegalBasis {
        LegalBasis {
            law: self.law.clone(),
            paragraph: self.paragraph.clone(),
        }
    }
}

/// A type of intervention, with its usual sector and legal basis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InterventionType {
    pub code: String,
    pub label: Label,
    pub sector: Sector,
    /// Code of the usual legal basis in this catalogue, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<String>,
}

/// A full catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Stable code of the catalogue itself, e.g. "default" or "children".
    pub code: String,
    pub label: Label,
    pub life_areas: Vec<LifeArea>,
    pub sectors: Vec<SectorEntry>,
    #[serde(default)]
    pub legal_bases: Vec<LegalBasisEntry>,
    #[serde(default)]
    pub intervention_types: Vec<InterventionType>,
    /// Where decisions under each law can be complained about (since issue 13). A host
    /// catalogue without it gets no routes: the decision view then points to the letter.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub complaint_routes: Vec<ComplaintRouteEntry>,
}

/// Where and how a decision under some laws can be complained about (klageadgang): the
/// complaint body, the deadline, and whether the complaint goes to the authority that
/// decided first, which then looks at the case again (genvurdering).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ComplaintRouteEntry {
    pub code: String,
    /// The complaint body, e.g. "Ankestyrelsen".
    pub body: Label,
    /// Weeks from the day the citizen got the decision; `None` when the catalogue does
    /// not know it (the decision letter says).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_weeks: Option<u32>,
    /// The complaint is sent to the authority that decided, which reconsiders the case
    /// and sends it on when it keeps its decision. False: sent straight to the body.
    pub via_authority: bool,
    /// The decisions it covers: a law, and the paragraphs of it (none listed: all of it).
    /// A route naming the paragraph wins over one naming only the law.
    pub applies_to: Vec<LawScope>,
    /// What else the reader should know, e.g. that complaints about the treatment itself
    /// have another deadline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
    pub source: Source,
}

/// A law, and optionally some of its paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LawScope {
    pub law: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paragraphs: Vec<String>,
}

/// Text compared without case and without white space: "Serviceloven § 85" and
/// "serviceloven §85" are the same reference.
pub fn fold_reference(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

impl Catalogue {
    /// The adult default: FFB life areas plus work/education and economy/housing.
    pub fn default_adult() -> Catalogue {
        Catalogue::from_json(DEFAULT_JSON).expect("the embedded default catalogue is valid")
    }

    /// Children and families: the ten dimensions of the ICS triangle.
    pub fn children() -> Catalogue {
        Catalogue::from_json(CHILDREN_JSON).expect("the embedded children's catalogue is valid")
    }

    /// Parses a catalogue's JSON shape only: for the built-in catalogues. A host's
    /// catalogue comes in through `format::import_catalogue`, which adds the size, depth,
    /// duplicate-key and control-character guards of a plan and [`Catalogue::check`].
    pub fn from_json(text: &str) -> Result<Catalogue, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// What the editor needs of a catalogue beyond its JSON shape: something to choose
    /// from, codes that are unique and not blank, types that name legal bases the
    /// catalogue has, and every label in both languages. The first problem found.
    pub fn check(&self) -> Result<(), CatalogueProblem> {
        use CatalogueList::*;
        if self.life_areas.is_empty() {
            return Err(CatalogueProblem::NoLifeAreas);
        }
        let lists: [(CatalogueList, Vec<(&str, &Label)>); 4] = [
            (
                LifeAreas,
                self.life_areas
                    .iter()
                    .map(|a| (&*a.code, &a.label))
                    .collect(),
            ),
            (
                LegalBases,
                self.legal_bases
                    .iter()
                    .map(|l| (&*l.code, &l.label))
                    .collect(),
            ),
            (
                InterventionTypes,
                self.intervention_types
                    .iter()
                    .map(|t| (&*t.code, &t.label))
                    .collect(),
            ),
            (
                ComplaintRoutes,
                self.complaint_routes
                    .iter()
                    .map(|r| (&*r.code, &r.body))
                    .collect(),
            ),
        ];
        for (list, entries) in lists {
            let mut seen = std::collections::HashSet::new();
            for (code, label) in entries {
                if code.trim().is_empty() {
                    return Err(CatalogueProblem::EmptyCode { list });
                }
                if !seen.insert(code) {
                    let code = code.to_string();
                    return Err(CatalogueProblem::DuplicateCode { list, code });
                }
                if label.da.trim().is_empty() || label.en.trim().is_empty() {
                    let code = code.to_string();
                    return Err(CatalogueProblem::EmptyLabel { list, code });
                }
            }
        }
        for t in &self.intervention_types {
            if let Some(code) = &t.legal_basis {
                if self.legal_basis(code).is_none() {
                    return Err(CatalogueProblem::UnknownLegalBasis {
                        intervention_type: t.code.clone(),
                        legal_basis: code.clone(),
                    });
                }
            }
        }
        Ok(())
    }

    /// Whether the catalogue marks the life area `code` as a health area (an unknown
    /// code is not).
    pub fn is_health_area(&self, code: &str) -> bool {
        self.life_area(code).is_some_and(|a| a.health)
    }

    pub fn life_area(&self, code: &str) -> Option<&LifeArea> {
        self.life_areas.iter().find(|a| a.code == code)
    }

    pub fn sector(&self, sector: Sector) -> Option<&SectorEntry> {
        self.sectors.iter().find(|s| s.code == sector)
    }

    pub fn legal_basis(&self, code: &str) -> Option<&LegalBasisEntry> {
        self.legal_bases.iter().find(|l| l.code == code)
    }

    pub fn intervention_type(&self, code: &str) -> Option<&InterventionType> {
        self.intervention_types.iter().find(|t| t.code == code)
    }

    pub fn complaint_route_by_code(&self, code: &str) -> Option<&ComplaintRouteEntry> {
        self.complaint_routes.iter().find(|r| r.code == code)
    }

    /// The complaint route for a decision under `basis`: the first route naming its law
    /// and paragraph, else the first naming its law as a whole; `None` when no route
    /// covers the law (or the basis names none).
    pub fn complaint_route(&self, basis: &LegalBasis) -> Option<&ComplaintRouteEntry> {
        let law = fold_reference(&basis.law);
        if law.is_empty() {
            return None;
        }
        let paragraph = fold_reference(&basis.paragraph);
        let scopes = || {
            self.complaint_routes.iter().flat_map(|route| {
                route
                    .applies_to
                    .iter()
                    .filter(|scope| fold_reference(&scope.law) == law)
                    .map(move |scope| (route, scope))
            })
        };
        scopes()
            .find(|(_, scope)| {
                !paragraph.is_empty()
                    && scope
                        .paragraphs
                        .iter()
                        .any(|p| fold_reference(p) == paragraph)
            })
            .or_else(|| scopes().find(|(_, scope)| scope.paragraphs.is_empty()))
            .map(|(route, _)| route)
    }
}

/// The lists of a catalogue whose entries have codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CatalogueList {
    LifeAreas,
    LegalBases,
    InterventionTypes,
    ComplaintRoutes,
}

impl CatalogueList {
    /// The list's JSON field name.
    pub fn field(self) -> &'static str {
        match self {
            CatalogueList::LifeAreas => "life_areas",
            CatalogueList::LegalBases => "legal_bases",
            CatalogueList::InterventionTypes => "intervention_types",
            CatalogueList::ComplaintRoutes => "complaint_routes",
        }
    }
}

/// Why a catalogue with the right JSON shape still cannot be used. The English text is
/// for the command line and logs; the editor words it through i18n.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogueProblem {
    #[error("it has no life areas (life_areas is empty)")]
    NoLifeAreas,
    #[error("an entry in {} has an empty code", .list.field())]
    EmptyCode { list: CatalogueList },
    #[error("two entries in {} have the code \"{code}\"", .list.field())]
    DuplicateCode { list: CatalogueList, code: String },
    #[error("the entry \"{code}\" in {} needs a label in both da and en", .list.field())]
    EmptyLabel { list: CatalogueList, code: String },
    #[error("intervention type \"{intervention_type}\" names legal basis \"{legal_basis}\", which is not in legal_bases")]
    UnknownLegalBasis {
        intervention_type: String,
        legal_basis: String,
    },
}

impl Default for Catalogue {
    fn default() -> Self {
        Catalogue::default_adult()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn check_consistent(c: &Catalogue) {
        let areas: HashSet<_> = c.life_areas.iter().map(|a| a.code.as_str()).collect();
        assert_eq!(areas.len(), c.life_areas.len(), "duplicate life area code");
        for s in Sector::ALL {
            assert!(c.sector(s).is_some(), "sector {s:?} has no label");
        }
        let bases: HashSet<_> = c.legal_bases.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(
            bases.len(),
            c.legal_bases.len(),
            "duplicate legal basis code"
        );
        for t in &c.intervention_types {
            if let Some(code) = &t.legal_basis {
                assert!(bases.contains(code.as_str()), "{} → unknown {code}", t.code);
            }
        }
        for label in c.life_areas.iter().map(|a| &a.label) {
            assert!(!label.da.is_empty() && !label.en.is_empty());
        }
    }

    #[test]
    fn default_catalogue_has_ffb_areas_plus_work_and_economy() {
        let c = Catalogue::default_adult();
        check_consistent(&c);
        assert_eq!(c.life_areas.len(), 13);
        for da in [
            "Mentale funktioner",
            "Sundhedsforhold",
            "Samfundsliv",
            "Omgivelser",
        ] {
            assert!(c.life_areas.iter().any(|a| a.label.da == da), "{da}");
        }
        assert!(c.life_area("arbejde_uddannelse").is_some());
        assert!(c.life_area("oekonomi_bolig").is_some());
        let sel85 = c.legal_basis("sel_85").unwrap();
        assert_eq!(sel85.legal_basis().to_string(), "Serviceloven § 85");
    }

    #[test]
    fn children_catalogue_has_ten_ics_dimensions() {
        let c = Catalogue::children();
        check_consistent(&c);
        assert_eq!(c.life_areas.len(), 10);
        assert!(c.life_areas.iter().all(|a| a.group.is_some()));
    }

    #[test]
    fn host_catalogue_with_unknown_field_is_refused() {
        let err = Catalogue::from_json(
            r#"{"code":"x","label":{"da":"x","en":"x"},"life_areas":[],"sectors":[],"colour":"red"}"#,
        );
        assert!(err.is_err());
    }
}
