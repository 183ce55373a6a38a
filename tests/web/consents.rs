//! Consent: the banner says when consent to the plan is missing or withdrawn; consents are
//! recorded, scoped and withdrawn through the form.

use wasm_bindgen_test::*;

use crate::support::*;

fn banner_text(el: &web_sys::Element) -> Option<String> {
    el.query_selector(".hp-consent-banner")
        .unwrap()
        .map(|b| b.text_content().unwrap())
}

#[wasm_bindgen_test]
async fn the_banner_follows_consent_given_and_withdrawn() {
    let (el, key) = host("consent");
    let handle = mount(&el, &key);
    tick().await;
    assert!(banner_text(&el)
        .unwrap()
        .contains("Du har ikke givet samtykke til planen endnu"));

    // The banner's button opens the consent section.
    button_by_text(&el, "Gå til samtykke").click();
    tick().await;
    assert!(el.text_content().unwrap().contains("Registrér et samtykke"));

    // Consent to the plan: the scope is required.
    button_by_text(&el, "Registrér samtykke").click();
    tick().await;
    assert!(el
        .text_content()
        .unwrap()
        .contains("Skriv, hvad samtykket gælder."));
    type_into(
        &field_by_label(&el, "Hvad gælder samtykket?"),
        "At arbejde efter én samlet plan",
    );
    button_by_text(&el, "Registrér samtykke").click();
    tick().await;
    assert_eq!(plan_of(&handle)["consents"][0]["kind"], "plan");
    assert!(
        banner_text(&el).is_none(),
        "no banner once the plan is consented to"
    );

    // Withdraw it: the banner says so, with the date.
    button_by_text(&el, "Træk samtykket tilbage").click();
    tick().await;
    button_by_text(&el, "Ja, træk tilbage").click();
    tick().await;
    assert!(plan_of(&handle)["consents"][0]["withdrawn"].is_string());
    let banner = banner_text(&el).expect("a banner after withdrawal");
    assert!(banner.contains("er trukket tilbage"), "{banner}");
    assert!(el.text_content().unwrap().contains("✗ Trukket tilbage"));
}

#[wasm_bindgen_test]
async fn consent_to_share_information_names_its_parties() {
    let (el, key) = host("consent-share");
    let handle = mount(&el, &key);
    tick().await;
    open_section(&el, "Samtykke").await;
    choose(
        &field_by_label(&el, "Hvad siger du ja til?"),
        "share_information",
    );
    tick().await;
    type_into(
        &field_by_label(&el, "Hvem må dele oplysninger?"),
        "Jobcenter Holmstrup\n\nPsykiatrien (behandlingsplan)\n",
    );
    type_into(
        &field_by_label(&el, "Hvad gælder samtykket?"),
        "Oplysninger om behandling for angst, som har betydning for planen",
    );
    button_by_text(&el, "Registrér samtykke").click();
    tick().await;
    let consent = plan_of(&handle)["consents"][0].clone();
    assert_eq!(consent["kind"], "share_information");
    assert_eq!(
        consent["parties"],
        serde_json::json!(["Jobcenter Holmstrup", "Psykiatrien (behandlingsplan)"])
    );
}
