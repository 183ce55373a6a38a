//! The sample plans: all embedded, all valid, in exported form, and complete enough to
//! show every part of a holistic plan.
// Native only: these tests use proptest, jsonschema, files or processes.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use helhedsplan::format;
use helhedsplan::model::{
    self, AgreementStatus, Catalogue, ConsentKind, GoalLevel, Perspective, Plan, Sector,
};

fn load(name: &str) -> Plan {
    let json = format::samples::get(name).unwrap_or_else(|| panic!("no sample {name}"));
    format::import_json(json).unwrap_or_else(|e| panic!("{name}: {e:#?}"))
}

#[test]
fn the_six_workshop_personas_are_listed_and_embedded() {
    let names: Vec<&str> = format::samples::list().iter().map(|(n, _)| *n).collect();
    assert_eq!(
        names,
        [
            "mor-med-angst",
            "ung-efter-psykiatri",
            "familie-med-barn",
            "fleksjob-efter-ulykke",
            "misbrug-og-gaeld",
            "aeldre-efter-fald",
        ]
    );
    for (name, title) in format::samples::list() {
        assert!(!title.is_empty());
        assert!(format::samples::get(name).is_some(), "{name}");
    }
    assert_eq!(format::samples::get("no-such-sample"), None);
}

/// The sample select shows each sample's title in the editor's language.
#[test]
fn every_sample_has_a_danish_and_an_english_title() {
    use helhedsplan::i18n::Lang;
    for (name, title) in format::samples::list() {
        assert_eq!(
            (Lang::Da.files().sample_title)(name),
            Some(*title),
            "{name}"
        );
        let english = (Lang::En.files().sample_title)(name).unwrap_or_default();
        assert!(
            !english.is_empty() && english != *title,
            "{name}: {english}"
        );
    }
    assert_eq!((Lang::En.files().sample_title)("no-such-sample"), None);
}

#[test]
fn every_file_in_samples_is_embedded_and_identical() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples");
    let mut files = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let on_disk = std::fs::read_to_string(&path).unwrap();
        let embedded = format::samples::get(&name)
            .unwrap_or_else(|| panic!("samples/{name}.json is not in format::samples"));
        assert_eq!(on_disk, embedded, "{name}");
        files += 1;
    }
    assert_eq!(files, format::samples::list().len());
}

#[test]
fn every_sample_is_valid_and_in_exported_form() {
    for (name, _) in format::samples::list() {
        let plan = load(name);
        assert!(model::validate(&plan).is_empty(), "{name}");
        // Committed exactly as the editor writes it, so a diff after a load/save
        // round trip shows only real changes.
        let json = format::samples::get(name).unwrap();
        assert_eq!(
            format!("{}\n", format::export_json(&plan)),
            json,
            "{name} is not in exported form; rewrite it with \
             `cargo run --bin plan-tool -- migrate samples/{name}.json > {name}.tmp && \
             mv {name}.tmp samples/{name}.json`"
        );
    }
}

#[test]
fn samples_use_their_catalogues_codes() {
    for (name, catalogue) in [
        ("mor-med-angst", Catalogue::default_adult()),
        ("ung-efter-psykiatri", Catalogue::default_adult()),
        ("familie-med-barn", Catalogue::children()),
        ("fleksjob-efter-ulykke", Catalogue::default_adult()),
        ("misbrug-og-gaeld", Catalogue::default_adult()),
        ("aeldre-efter-fald", Catalogue::default_adult()),
    ] {
        let problems = model::validate_with(&load(name), &catalogue);
        assert!(problems.is_empty(), "{name}: {problems:#?}");
    }
}

#[test]
fn every_sample_is_complete() {
    for (name, _) in format::samples::list() {
        let plan = load(name);
        let own = &plan.citizen.own_words;
        assert!(
            !own.dreams.is_empty() && !own.resources.is_empty() && !own.situation.is_empty(),
            "{name}: own words"
        );
        assert!(!plan.citizen.id.is_empty(), "{name}: citizen id");
        assert!(
            plan.people
                .iter()
                .any(|p| p.kind == model::PersonKind::CoordinatingCaseworker),
            "{name}: coordinating caseworker"
        );
        assert!(
            plan.people
                .iter()
                .any(|p| p.kind == model::PersonKind::Network),
            "{name}: network"
        );
        let levels: HashSet<GoalLevel> = plan.goals.iter().map(|g| g.level).collect();
        assert_eq!(levels.len(), 3, "{name}: goals on three levels");
        assert!(
            plan.goals.iter().all(|g| g.life_area.is_some()),
            "{name}: every goal in a life area"
        );
        let rated_both = plan.goals.iter().filter(|g| {
            plan.ratings_for(g.id, Perspective::Citizen)
                .next()
                .is_some()
                && plan
                    .ratings_for(g.id, Perspective::Professional)
                    .next()
                    .is_some()
        });
        assert!(
            rated_both.count() >= 2,
            "{name}: goals rated by citizen and professional"
        );
        assert!(
            plan.goals.iter().any(|g| !g.scale.is_empty()),
            "{name}: a scale in words"
        );
        let sectors: HashSet<Sector> = plan.interventions.iter().map(|i| i.sector).collect();
        assert!(
            sectors.len() >= 3,
            "{name}: interventions in several sectors"
        );
        assert!(
            plan.interventions
                .iter()
                .filter(|i| i.legal_basis.is_some())
                .count()
                >= 3,
            "{name}: legal bases"
        );
        assert!(
            plan.interventions.iter().any(|i| !i.depends_on.is_empty()),
            "{name}: an order between interventions"
        );
        assert!(
            plan.interventions.iter().all(|i| !i.goals.is_empty()),
            "{name}: every intervention serves a goal"
        );
        assert!(
            plan.consents.iter().any(|c| c.kind == ConsentKind::Plan),
            "{name}: consent to the plan"
        );
        assert!(
            plan.consents
                .iter()
                .any(|c| c.kind == ConsentKind::ShareInformation
                    && c.scope.contains("behandlingsplan")),
            "{name}: consent to share a (psychiatric) treatment plan"
        );
        assert!(
            plan.follow_ups
                .iter()
                .any(|f| !f.results.is_empty() && f.next_date.is_some()),
            "{name}: follow-up with results and next date"
        );
        assert!(plan.comments.len() >= 2, "{name}: comments");
        let statuses: HashSet<AgreementStatus> = plan
            .goals
            .iter()
            .map(|g| g.citizen_agreement.status)
            .chain(
                plan.interventions
                    .iter()
                    .map(|i| i.citizen_agreement.status),
            )
            .collect();
        assert!(
            statuses.contains(&AgreementStatus::Agrees),
            "{name}: citizen agreement"
        );
    }
}

#[test]
fn the_family_sample_is_a_family_plan() {
    let plan = load("familie-med-barn");
    assert!(plan.family.len() >= 2);
    let children = Catalogue::children();
    let child_goals = plan.goals.iter().filter(|g| g.member.is_some()).count();
    assert!(child_goals >= 3, "goals about family members");
    assert!(plan.goals.iter().all(|g| g
        .life_area
        .as_deref()
        .is_some_and(|a| children.life_area(a).is_some())));
}

#[test]
fn the_psychiatric_treatment_plan_consent_names_psychiatry() {
    for name in ["mor-med-angst", "ung-efter-psykiatri"] {
        let plan = load(name);
        assert!(
            plan.consents
                .iter()
                .any(|c| c.scope.contains("behandlingsplan")
                    && c.parties
                        .iter()
                        .any(|p| p.to_lowercase().contains("psykiatri"))),
            "{name}"
        );
    }
}
