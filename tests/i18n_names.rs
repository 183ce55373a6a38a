//! Names every section shows the same way (`i18n/names.rs`): catalogue labels, life areas
//! (also those the host's catalogue lacks) and who wrote or rated something.
#![cfg(not(target_arch = "wasm32"))]

use helhedsplan::i18n::Lang;
use helhedsplan::model::catalogue::Label;
use helhedsplan::model::{Actor, Catalogue, Role};

/// Aarhus' own catalogue: the adult one, with one life area worded its own way.
fn aarhus() -> Catalogue {
    let mut catalogue = Catalogue::default_adult();
    let area = catalogue
        .life_areas
        .iter_mut()
        .find(|a| a.code == "mentale_funktioner")
        .unwrap();
    area.label = Label {
        da: "Trivsel og mental sundhed".into(),
        en: "Well-being and mental health".into(),
    };
    catalogue
}

#[test]
fn a_catalogue_label_is_read_in_the_readers_language() {
    let label = Label {
        da: "Socialpædagogisk støtte (bostøtte)".into(),
        en: "Social educational support".into(),
    };
    assert_eq!(
        Lang::Da.catalogue_label(&label),
        "Socialpædagogisk støtte (bostøtte)"
    );
    assert_eq!(
        Lang::En.catalogue_label(&label),
        "Social educational support"
    );
}

#[test]
fn a_life_area_takes_the_hosts_name_first() {
    let catalogue = aarhus();
    assert_eq!(
        Lang::Da.life_area_name(&catalogue, "mentale_funktioner"),
        "Trivsel og mental sundhed"
    );
    assert_eq!(
        Lang::En.life_area_name(&catalogue, "mentale_funktioner"),
        "Well-being and mental health"
    );
    assert_eq!(
        Lang::Da.life_area_name(&catalogue, "sundhedsforhold"),
        "Sundhedsforhold"
    );
}

#[test]
fn a_life_area_the_hosts_catalogue_lacks_keeps_its_built_in_name() {
    // A family plan's ICS area under the adult catalogue.
    let catalogue = aarhus();
    assert_eq!(
        Lang::Da.life_area_name(&catalogue, "dagtilbud_skole_laering"),
        "Dagtilbud, skoleforhold og læring"
    );
    assert_eq!(
        Lang::En.life_area_name(&catalogue, "fritid_venskaber"),
        "Leisure and friendships"
    );
}

#[test]
fn an_unknown_life_area_is_shown_as_its_code() {
    assert_eq!(
        Lang::Da.life_area_name(&aarhus(), "aarhus_frivillighed"),
        "aarhus_frivillighed"
    );
}

#[test]
fn a_person_is_named_with_their_role_or_by_role_alone() {
    let mette = Actor::new(Role::Citizen, "Mette Jensen");
    assert_eq!(Lang::Da.actor_name(&mette), "Mette Jensen (Borger)");
    assert_eq!(Lang::En.actor_name(&mette), "Mette Jensen (Citizen)");
    let jonas = Actor::new(Role::Caseworker, "Jonas Holm");
    assert_eq!(Lang::Da.actor_name(&jonas), "Jonas Holm (Sagsbehandler)");
    let nameless = Actor::new(Role::Professional, "  ");
    assert_eq!(Lang::Da.actor_name(&nameless), "Anden fagperson");
    assert_eq!(Lang::En.actor_name(&nameless), "Other professional");
}
