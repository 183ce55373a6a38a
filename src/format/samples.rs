//! Sample plans, embedded so the editor and `plan-tool sample` can load them.
//!
//! The files live in `samples/*.json`: ordinary plan files of the current version, in
//! the exact form [`super::export_json`] writes. `tests/format_samples.rs` checks that
//! every one imports, is complete, and validates against the published schema.
//! The people and places are invented.

/// (name, Danish title) of every sample, in the order the editor lists them.
const LIST: &[(&str, &str)] = &[
    (
        "mor-med-angst",
        "Sara: mor til to med angst, uden arbejde i fire år",
    ),
    (
        "ung-efter-psykiatri",
        "Kasper: ung mand efter indlæggelse, med hash og uden uddannelse",
    ),
    (
        "familie-med-barn",
        "Familien Andersen: Oliver på 10 har det svært i skolen",
    ),
    (
        "fleksjob-efter-ulykke",
        "Ali: tømrer med protese efter en ulykke, nu i fleksjob",
    ),
    (
        "misbrug-og-gaeld",
        "Tina: alkohol, gæld og en bolig, der er i fare",
    ),
    (
        "aeldre-efter-fald",
        "Inger på 82: hoftebrud efter et fald, vil blive i sit hus",
    ),
];

/// The samples' names and Danish titles.
pub fn list() -> &'static [(&'static str, &'static str)] {
    LIST
}

/// The JSON text of the sample called `name`.
pub fn get(name: &str) -> Option<&'static str> {
    match name {
        "mor-med-angst" => Some(include_str!("../../samples/mor-med-angst.json")),
        "ung-efter-psykiatri" => Some(include_str!("../../samples/ung-efter-psykiatri.json")),
        "familie-med-barn" => Some(include_str!("../../samples/familie-med-barn.json")),
        "fleksjob-efter-ulykke" => Some(include_str!("../../samples/fleksjob-efter-ulykke.json")),
        "misbrug-og-gaeld" => Some(include_str!("../../samples/misbrug-og-gaeld.json")),
        "aeldre-efter-fald" => Some(include_str!("../../samples/aeldre-efter-fald.json")),
        _ => None,
    }
}
