//! A host's catalogue (`catalogue-src`, `plan-tool --catalogue`): which ones are accepted
//! and what is said about the ones that are not.

use helhedsplan::format::{self, import_catalogue, CatalogueImportError, ErrorCode};
use helhedsplan::model::catalogue::{CatalogueList, CatalogueProblem};
use helhedsplan::model::Catalogue;
use serde_json::{json, Value};

const FJORDBY: &str = include_str!("../examples/catalogues/fjordby.json");

fn fjordby() -> Value {
    serde_json::from_str(FJORDBY).expect("the example catalogue is JSON")
}

fn problem_of(value: Value) -> CatalogueProblem {
    match import_catalogue(&value.to_string()) {
        Err(CatalogueImportError::Problem(problem)) => problem,
        Err(CatalogueImportError::Format(err)) => panic!("refused as JSON, not checked: {err}"),
        Ok(_) => panic!("accepted"),
    }
}

#[test]
fn the_built_in_catalogues_and_the_municipal_example_are_accepted() {
    assert_eq!(Catalogue::default_adult().check(), Ok(()));
    assert_eq!(Catalogue::children().check(), Ok(()));
    let catalogue = import_catalogue(FJORDBY).expect("fjordby.json is usable");
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
    assert!(import_catalogue(&value.to_string()).is_ok());
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
    match import_catalogue(&value.to_string()) {
        Err(CatalogueImportError::Format(err)) => {
            assert_eq!(err.code, ErrorCode::UnknownField);
            assert!(err.to_string().contains("navn"), "{err}");
        }
        other => panic!("expected a JSON error, got {other:?}"),
    }
}

/// The format error a catalogue text is refused with.
fn format_error_of(text: &str) -> format::FormatError {
    match import_catalogue(text) {
        Err(CatalogueImportError::Format(err)) => err,
        other => panic!("expected a format error, got {other:?}"),
    }
}

#[test]
fn an_oversized_catalogue_is_refused_before_it_is_parsed() {
    // Valid JSON, one byte over the limit: refused for its size, named as a catalogue.
    let mut text = FJORDBY.trim_end().to_string();
    text.push_str(&" ".repeat(format::MAX_BYTES + 1 - text.len()));
    let err = format_error_of(&text);
    assert_eq!(err.code, ErrorCode::TooLarge);
    assert!(
        err.message
            .contains("the largest catalogue accepted is 5242880 bytes"),
        "{}",
        err.message
    );
    // The raw-bytes entry point (plan-tool) checks the size before UTF-8.
    let mut bytes = vec![0xFF];
    bytes.resize(format::MAX_BYTES + 1, b' ');
    match format::import_catalogue_bytes(&bytes) {
        Err(CatalogueImportError::Format(err)) => assert_eq!(err.code, ErrorCode::TooLarge),
        other => panic!("expected too large, got {other:?}"),
    }
}

#[test]
fn a_catalogue_nested_too_deep_is_refused_with_the_place() {
    let mut value = fjordby();
    let mut deep = json!("x");
    for _ in 0..format::MAX_DEPTH {
        deep = json!([deep]);
    }
    value["life_areas"][0]["group"] = deep;
    let err = format_error_of(&value.to_string());
    assert_eq!(err.code, ErrorCode::TooDeep);
    assert!(
        err.message.contains("more than 32 levels deep"),
        "{}",
        err.message
    );
}

#[test]
fn a_key_twice_in_a_catalogue_is_refused_and_named() {
    // serde_json alone keeps the second "code" without a word.
    let text = FJORDBY.replacen(
        "\"code\": \"fjordby\"",
        "\"code\": \"fjordby\", \"code\": \"nabokommune\"",
        1,
    );
    assert_ne!(text, FJORDBY, "the example starts with its code");
    let err = format_error_of(&text);
    assert_eq!(err.code, ErrorCode::DuplicateKey);
    assert!(
        err.message.contains("`code` appears twice"),
        "{}",
        err.message
    );
}

#[test]
fn a_control_character_in_a_catalogue_code_is_refused() {
    // The code would end up in a goal's `life_area`, and the plan would not load again.
    let mut value = fjordby();
    value["life_areas"][0]["code"] = json!("bolig\u{7}");
    let err = format_error_of(&value.to_string());
    assert_eq!(err.code, ErrorCode::ControlCharacter);
    assert_eq!(err.path, "/life_areas/0/code");
}
