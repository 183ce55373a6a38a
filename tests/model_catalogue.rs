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

/// Every law the built-in catalogues offer says where it was checked, and when: a
/// number without a source is a number nobody can verify or update.
#[test]
fn every_built_in_legal_basis_has_a_source_with_an_address_checked_in_the_past() {
    // The day the built-in numbers were last checked; a later `checked` is a typo.
    let latest_check = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    for catalogue in [Catalogue::default_adult(), Catalogue::children()] {
        assert!(!catalogue.legal_bases.is_empty(), "{}", catalogue.code);
        for basis in &catalogue.legal_bases {
            let at = format!("{} {} in {}", basis.code, basis.paragraph, catalogue.code);
            let source = basis
                .source
                .as_ref()
                .unwrap_or_else(|| panic!("{at}: no source"));
            assert!(!source.act.trim().is_empty(), "{at}: no act");
            assert!(
                source.url.starts_with("https://") || source.url.starts_with("http://"),
                "{at}: no URL ({:?})",
                source.url
            );
            assert!(
                source.checked <= latest_check,
                "{at}: checked in the future"
            );
        }
    }
}

/// The plans a holistic plan replaces (Min Plan, the social handleplan) are plans, not
/// legal bases for an intervention, and the employment act's numbers are those since
/// 1 January 2020.
#[test]
fn the_built_in_catalogues_carry_current_numbers_and_no_plans() {
    let adult = Catalogue::default_adult();
    let children = Catalogue::children();
    let basis_of = |c: &Catalogue, kind: &str| {
        let code = c
            .intervention_type(kind)
            .unwrap()
            .legal_basis
            .clone()
            .unwrap();
        c.legal_basis(&code).unwrap().legal_basis().to_string()
    };
    assert_eq!(basis_of(&adult, "mentor"), "LAB § 167");
    assert_eq!(basis_of(&children, "mentor"), "LAB § 167");
    assert_eq!(basis_of(&adult, "virksomhedspraktik"), "LAB § 57");
    assert_eq!(basis_of(&adult, "job_med_loentilskud"), "LAB § 66");
    assert_eq!(basis_of(&adult, "alkoholbehandling"), "Sundhedsloven § 141");
    assert_eq!(basis_of(&adult, "fleksjob"), "LAB § 116");
    assert_eq!(basis_of(&adult, "hjaelpemidler"), "Serviceloven § 112");
    assert_eq!(basis_of(&adult, "helhedspleje"), "Ældreloven § 10");
    assert_eq!(
        basis_of(&children, "supplerende_undervisning"),
        "Folkeskoleloven § 3 a"
    );
    for c in [&adult, &children] {
        for basis in &c.legal_bases {
            let text = basis.legal_basis().to_string();
            assert!(
                !["LAB § 30 b", "LAB § 31", "LAB § 42", "Serviceloven § 141"]
                    .contains(&text.as_str()),
                "{} offers {text}",
                c.code
            );
        }
    }
}

/// A renumbering is written ahead: the editor offers the old entry until its last day
/// and the new one from its first.
#[test]
fn only_entries_valid_on_the_day_are_offered() {
    let mut value = fjordby();
    value["legal_bases"] = json!([
        { "code": "old", "law": "LAB", "paragraph": "§ 167", "sector": "employment",
          "label": { "da": "Mentor", "en": "Mentor" }, "valid_to": "2026-12-31" },
        { "code": "new", "law": "LAB", "paragraph": "§ 99", "sector": "employment",
          "label": { "da": "Mentor", "en": "Mentor" }, "valid_from": "2027-01-01" },
        { "code": "always", "law": "Serviceloven", "paragraph": "§ 85", "sector": "social",
          "label": { "da": "Bostøtte", "en": "Support" } }
    ]);
    value["intervention_types"] = json!([]);
    let catalogue = import_catalogue(&value.to_string()).expect("usable");
    let offered = |y, m, d| {
        let day = chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let employment = Some(helhedsplan::model::Sector::Employment);
        catalogue
            .legal_basis_choices(employment, day, "")
            .map(|b| b.code.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(offered(2026, 12, 31), ["old"]);
    assert_eq!(offered(2027, 1, 1), ["new"]);
    // Still found by code, so a plan that carries the old number keeps its name.
    assert!(catalogue.legal_basis("old").is_some());
}

#[test]
fn a_legal_basis_that_ends_before_it_starts_is_refused() {
    let mut value = fjordby();
    value["legal_bases"][0]["valid_from"] = json!("2027-01-01");
    value["legal_bases"][0]["valid_to"] = json!("2026-12-31");
    assert_eq!(
        problem_of(value),
        CatalogueProblem::EndsBeforeItStarts {
            code: "sel_82".into()
        }
    );
}

/// A municipality's catalogue from before sources existed still loads.
#[test]
fn a_host_catalogue_without_sources_is_accepted() {
    let mut value = fjordby();
    for basis in value["legal_bases"].as_array_mut().unwrap() {
        basis.as_object_mut().unwrap().remove("source");
    }
    assert!(import_catalogue(&value.to_string()).is_ok());
}

/// What the intervention form offers: the sector's entries valid today, and the plan's
/// own choice even when it has expired, so it is not silently dropped.
#[test]
fn the_form_offers_the_sectors_current_entries_and_keeps_the_plans_choice() {
    use helhedsplan::model::Sector;
    let mut value = fjordby();
    value["legal_bases"] = json!([
        { "code": "old", "law": "LAB", "paragraph": "§ 167", "sector": "employment",
          "label": { "da": "Mentor", "en": "Mentor" }, "valid_to": "2026-12-31" },
        { "code": "new", "law": "LAB", "paragraph": "§ 99", "sector": "employment",
          "label": { "da": "Mentor", "en": "Mentor" }, "valid_from": "2027-01-01" },
        { "code": "social", "law": "Serviceloven", "paragraph": "§ 85", "sector": "social",
          "label": { "da": "Bostøtte", "en": "Support" } }
    ]);
    value["intervention_types"] = json!([]);
    let catalogue = import_catalogue(&value.to_string()).expect("usable");
    let day = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    let codes = |current| {
        catalogue
            .legal_basis_choices(Some(Sector::Employment), day, current)
            .map(|b| b.code.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(codes(""), ["new"]);
    assert_eq!(codes("old"), ["old", "new"]);
}

/// The day the six workshop personas are written for: their law must hold on it.
fn persona_day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// The law the personas rely on, added for issue 14 (docs/architecture.md, "The law
/// data"): each entry says what it is, was checked on the day against the stored page it
/// names, holds on that day, and sends a complaint to the route its law has. `None`: no
/// stored page told us where a complaint under that law goes, so the decision view
/// points to the decision letter rather than guess.
#[test]
fn the_personas_law_entries_are_sourced_current_and_routed() {
    let adult = Catalogue::default_adult();
    let children = Catalogue::children();
    let entries: [(&Catalogue, &str, &str, Option<&str>); 9] = [
        (
            &adult,
            "lab_116",
            "LAB § 116",
            Some("ankestyrelsen_employment"),
        ),
        (
            &adult,
            "lab_118",
            "LAB § 118",
            Some("ankestyrelsen_employment"),
        ),
        // Ledighedsydelse: no stored page names the complaint body for aktivloven.
        (&adult, "aktl_74a", "Aktivloven § 74 a", None),
        (
            &adult,
            "sel_112",
            "Serviceloven § 112",
            Some("ankestyrelsen_social"),
        ),
        // Ældreloven: no stored page names the complaint body for it yet.
        (&adult, "aeldrel_10", "Ældreloven § 10", None),
        (
            &adult,
            "sundl_79",
            "Sundhedsloven § 79",
            Some("styrelsen_for_patientklager"),
        ),
        (
            &adult,
            "sundl_140",
            "Sundhedsloven § 140",
            Some("styrelsen_for_patientklager"),
        ),
        // FVU: no stored page names the complaint body.
        (
            &adult,
            "fvu_4",
            "Lov om forberedende voksenundervisning og ordblindeundervisning for voksne § 4",
            None,
        ),
        // Only § 3, stk. 2 of the folkeskolelov has a verified route.
        (&children, "fsl_12_2", "Folkeskoleloven § 12, stk. 2", None),
    ];
    for (catalogue, code, text, route) in entries {
        let basis = catalogue
            .legal_basis(code)
            .unwrap_or_else(|| panic!("{code} is not in {}", catalogue.code));
        assert_eq!(basis.legal_basis().to_string(), text, "{code}");
        let source = basis.source.as_ref().expect("a source");
        assert!(source.url.starts_with("https://"), "{code}: {}", source.url);
        assert_eq!(source.checked, persona_day(), "{code}: checked");
        assert!(
            basis.validity().holds_on(persona_day()),
            "{code}: not valid"
        );
        assert_eq!(
            catalogue
                .complaint_route(&basis.legal_basis())
                .map(|r| r.code.as_str()),
            route,
            "{code}: complaint route"
        );
    }
}

/// The ældrelov took over help to older people on 1 July 2025; the catalogue does not
/// offer it for a day before that.
#[test]
fn the_aeldrelov_is_offered_from_its_first_day() {
    use helhedsplan::model::Sector;
    let adult = Catalogue::default_adult();
    let offered = |y, m, d| {
        let day = chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        adult
            .legal_basis_choices(Some(Sector::Social), day, "")
            .any(|b| b.code == "aeldrel_10")
    };
    assert!(!offered(2025, 6, 30));
    assert!(offered(2025, 7, 1));
    assert!(offered(2026, 11, 28));
}

/// Every legal basis an intervention in a persona names is one its catalogue knows and
/// holds on the personas' day, or an exception listed here with why: a paragraph nobody
/// checked does not get into a workshop as if it were current law.
#[test]
fn every_persona_names_only_paragraphs_its_catalogue_knows_on_the_day() {
    use helhedsplan::format;
    use helhedsplan::model::catalogue::fold_reference;
    // Laws no built-in catalogue holds: not checked against a stored page (yet).
    let unchecked = [
        // FGU (ung-efter-psykiatri): no stored page showed which paragraph holds the
        // almen grunduddannelse track (§ 2 is the act's purpose).
        "Lov om forberedende grunduddannelse § 2",
    ];
    let mut unknown = Vec::new();
    for (name, _) in format::samples::list() {
        let catalogue = match *name {
            "familie-med-barn" => Catalogue::children(),
            _ => Catalogue::default_adult(),
        };
        let json = format::samples::get(name).unwrap();
        let plan = format::import_json(json).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        for intervention in &plan.interventions {
            let Some(basis) = &intervention.legal_basis else {
                continue;
            };
            let (law, paragraph) = (fold_reference(&basis.law), fold_reference(&basis.paragraph));
            let same_law =
                |e: &&helhedsplan::model::catalogue::LegalBasisEntry| fold_reference(&e.law) == law;
            if !catalogue.legal_bases.iter().any(|e| same_law(&e)) {
                unknown.push(basis.to_string());
                continue;
            }
            assert!(
                catalogue.legal_bases.iter().filter(same_law).any(|e| {
                    fold_reference(&e.paragraph) == paragraph
                        && e.validity().holds_on(persona_day())
                }),
                "{name}: \"{}\" names {basis}, which {} does not hold on {}",
                intervention.title,
                catalogue.code,
                persona_day()
            );
        }
    }
    unknown.sort();
    unknown.dedup();
    let mut expected = unchecked.map(String::from).to_vec();
    expected.sort();
    assert_eq!(
        unknown, expected,
        "references to laws outside the catalogues"
    );
}
