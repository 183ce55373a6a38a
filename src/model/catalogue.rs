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

    /// Parses a host-supplied catalogue.
    pub fn from_json(text: &str) -> Result<Catalogue, serde_json::Error> {
        serde_json::from_str(text)
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
