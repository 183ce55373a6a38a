//! People: add through the form (the name is required), edit, remove with confirmation, undo.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

use crate::support::*;

#[wasm_bindgen_test]
async fn a_caseworker_adds_people_and_an_empty_name_is_refused_in_words() {
    let (el, key) = host("people");
    let handle = mount(&el, &key);
    tick().await;
    open_section(&el, "Personer").await;

    // No name: an error in words, nothing added.
    button_by_text(&el, "Tilføj person").click();
    tick().await;
    assert!(el.text_content().unwrap().contains("Skriv personens navn."));
    assert!(plan_of(&handle).get("people").is_none());

    type_into(&field_by_label(&el, "Navn *"), "Lene Holm");
    type_into(
        &field_by_label(&el, "Afdeling eller sted"),
        "Jobcenter Holmstrup, Team Helhed",
    );
    type_into(
        &field_by_label(&el, "Sådan får du fat i personen"),
        "Tlf. 72 34 56 78, man–tors 9–12",
    );
    button_by_text(&el, "Tilføj person").click();
    tick().await;

    // The add form, not the new card's own fields (which have the same labels).
    let form = el.query_selector("form.hp-add-form").unwrap().unwrap();
    choose(&field_by_label(&form, "Rolle i planen"), "network");
    type_into(&field_by_label(&form, "Navn *"), "Maja (søster)");
    button_by_text(&el, "Tilføj person").click();
    tick().await;

    let plan = plan_of(&handle);
    let people = plan["people"].as_array().unwrap();
    assert_eq!(people.len(), 2);
    assert_eq!(people[0]["kind"], "coordinating_caseworker");
    assert_eq!(people[0]["name"], "Lene Holm");
    assert_eq!(people[0]["unit"], "Jobcenter Holmstrup, Team Helhed");
    assert_eq!(people[1]["kind"], "network");
    let text = el.text_content().unwrap();
    assert!(text.contains("Koordinerende sagsbehandler") && text.contains("Netværk"));
}

#[wasm_bindgen_test]
async fn removing_a_person_asks_first_and_undo_brings_them_back() {
    let (el, key) = host("people-remove");
    let handle = mount(&el, &key);
    tick().await;
    open_section(&el, "Personer").await;
    type_into(&field_by_label(&el, "Navn *"), "Anders Vig");
    button_by_text(&el, "Tilføj person").click();
    tick().await;

    let remove = el
        .query_selector("[aria-label='Fjern: Anders Vig']")
        .unwrap()
        .expect("named remove button");
    remove.unchecked_ref::<web_sys::HtmlElement>().click();
    tick().await;
    assert!(el
        .text_content()
        .unwrap()
        .contains("Vil du fjerne Anders Vig fra planen?"));
    assert_eq!(
        plan_of(&handle)["people"].as_array().unwrap().len(),
        1,
        "nothing removed before yes"
    );
    button_by_text(&el, "Ja, fjern").click();
    tick().await;
    assert!(plan_of(&handle).get("people").is_none());

    button_by_text(&el, "Fortryd").click();
    tick().await;
    assert_eq!(plan_of(&handle)["people"][0]["name"], "Anders Vig");
}

#[wasm_bindgen_test]
async fn editing_a_person_reaches_the_model() {
    let (el, key) = host("people-edit");
    let handle = mount(&el, &key);
    tick().await;
    open_section(&el, "Personer").await;
    type_into(&field_by_label(&el, "Navn *"), "Lene Holm");
    button_by_text(&el, "Tilføj person").click();
    tick().await;

    let card = el.query_selector(".hp-card").unwrap().unwrap();
    // The fields are in the card's "Ret oplysningerne" disclosure, built when it opens.
    card.query_selector("summary")
        .unwrap()
        .expect("the edit disclosure")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    tick().await;
    let contribution = field_by_label(&card, "Hvad personen bidrager med");
    type_into(
        &contribution,
        "Holder sammen på planen og indkalder til møder",
    );
    tick().await;
    assert_eq!(
        plan_of(&handle)["people"][0]["contribution"],
        "Holder sammen på planen og indkalder til møder"
    );
    let name = field_by_label(&card, "Navn *");
    assert_eq!(
        name.unchecked_ref::<HtmlInputElement>().value(),
        "Lene Holm"
    );
}
