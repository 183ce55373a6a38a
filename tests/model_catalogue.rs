//! A host's catalogue (`catalogue-src`, `plan-tool --catalogue`): which ones are accepted
//! and what is said about the ones that are not.

use helhedsplan::model::catalogue::{CatalogueError, CatalogueList, CatalogueProblem};
use helhedsplan::model::Catalogue;
use serde_json::{json, Value};

const FJORDBY: &str = include_str!("../examples/catalogues/fjordby.json");

fn fjordby() -> Value {
    serde_json::from_str(FJORDBY).expect("the example catalogue is JSON")
}

fn problem_of(value: Value) -> CatalogueProblem {
    match Catalogue::from_host_json(&value.to_string()) {
        Err(CatalogueError::Problem(problem)) => problem,
        Err(CatalogueError::Json(err)) => panic!("refused as JSON, not checked: {err}"),
        Ok(_) => panic!("accepted"),
    }
}

#[test]
fn the_built_in_catalogues_and_the_municipal_example_are_accepted() {
    assert_eq!(Catalogue::default_adult().check(), Ok(()));
    assert_eq!(Catalogue::children().check(), Ok(()));
    let catalogue = Catalogue::from_host_json(FJORDBY).expect("fjordby.json is usable");
    assert_eq!(catalogue.code, "fjordby");
    assert!(catalogue.life_area("fjordby_bolig").is_some());
}

#[test]
fn a_catalogue_without_life_areas_is_refused() {
    let mut value = fjordby();
    value["life_areas"] = json!([]);
    assert_eq!(problem_of(value), CatalogueProblem::NoLifeAreas);
}

#[test]
fn a_code_used_twice_in_one_list_is_refused_and_named() {
    let mut value = fjordby();
    let first = value["intervention_types"][0].clone();
    let code = first["code"].as_str().unwrap().to_string();
    value["intervention_types"]
        .as_array_mut()
        .unwrap()
        .push(first);
    assert_eq!(
        problem_of(value),
        CatalogueProblem::DuplicateCode {
            list: CatalogueList::InterventionTypes,
            code
        }
    );
}

#[test]
fn the_same_code_in_two_different_lists_is_fine() {
    // A life area and an intervention type may share a code: they never meet.
    let mut value = fjordby();
    let area_code = value["life_areas"][0]["code"].clone();
    value["intervention_types"][0]["code"] = area_code;
    assert!(Catalogue::from_host_json(&value.to_string()).is_ok());
}

#[test]
fn a_blank_code_is_refused() {
    let mut value = fjordby();
    value["legal_bases"][0]["code"] = json!("  ");
    // Types that named the old code now name a missing one; the blank code is found first.
    assert_eq!(
        problem_of(value),
        CatalogueProblem::EmptyCode {
            list: CatalogueList::LegalBases
        }
    );
}

#[test]
fn a_label_missing_in_one_language_is_refused_and_names_the_entry() {
    let mut value = fjordby();
    value["life_areas"][1]["label"]["en"] = json!("");
    let code = value["life_areas"][1]["code"].as_str().unwrap().to_string();
    let problem = problem_of(value);
    assert_eq!(
        problem,
        CatalogueProblem::EmptyLabel {
            list: CatalogueList::LifeAreas,
            code: code.clone()
        }
    );
    assert_eq!(
        problem.to_string(),
        format!("the entry \"{code}\" in life_areas needs a label in both da and en")
    );
}

#[test]
fn a_type_naming_a_legal_basis_the_catalogue_lacks_is_refused() {
    let mut value = fjordby();
    value["intervention_types"][0]["legal_basis"] = json!("servicelov_85_gammel");
    let type_code = value["intervention_types"][0]["code"]
        .as_str()
        .unwrap()
        .to_string();
    let problem = problem_of(value);
    assert_eq!(
        problem,
        CatalogueProblem::UnknownLegalBasis {
            intervention_type: type_code.clone(),
            legal_basis: "servicelov_85_gammel".into()
        }
    );
    assert!(problem.to_string().contains(&type_code));
}

#[test]
fn a_catalogue_of_the_wrong_shape_is_a_json_error_with_the_field() {
    let mut value = fjordby();
    value["life_areas"][0]["navn"] = json!("Bolig");
    match Catalogue::from_host_json(&value.to_string()) {
        Err(CatalogueError::Json(err)) => assert!(err.to_string().contains("navn"), "{err}"),
        other => panic!("expected a JSON error, got {other:?}"),
    }
}
