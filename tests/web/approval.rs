//! Approval: each party approves in their own role; both together lock the version;
//! a new version continues from it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

use crate::support::*;

fn is_disabled(button: &web_sys::HtmlElement) -> bool {
    button.has_attribute("disabled")
}

#[wasm_bindgen_test]
async fn both_approve_then_the_version_is_locked_and_a_new_version_continues() {
    let (el, key) = host("approval");
    let handle = mount(&el, &key);
    tick().await;
    type_into(&field_by_label(&el, "Planens titel"), "Mettes plan 2027");
    open_section(&el, "Godkendelse").await;

    // As the citizen: only the citizen's button works.
    assert!(is_disabled(&button_by_text(
        &el,
        "Godkend som sagsbehandler"
    )));
    button_by_text(&el, "Godkend som borger").click();
    tick().await;
    assert!(el.text_content().unwrap().contains("Godkendt af Borger"));
    assert_eq!(plan_of(&handle)["locked"], false);

    // The caseworker approves: the version locks.
    choose(&field_by_label(&el, "Hvem skriver?"), "caseworker");
    tick().await;
    button_by_text(&el, "Godkend som sagsbehandler").click();
    tick().await;
    let plan = plan_of(&handle);
    assert_eq!(plan["locked"], true);
    assert!(plan["locked_at"].is_string());
    assert!(el
        .text_content()
        .unwrap()
        .contains("Version 1 er godkendt og låst"));

    // Locked: fields are read-only and an edit is refused by the model.
    let title = field_by_label(&el, "Planens titel");
    assert!(title.has_attribute("readonly"));
    type_into(&title, "Ændret efter låsning");
    tick().await;
    assert_eq!(plan_of(&handle)["title"], "Mettes plan 2027");

    // A new version continues from the locked one.
    button_by_text(&el, "Start en ny version").click();
    tick().await;
    let plan = plan_of(&handle);
    assert_eq!(plan["version"], 2);
    assert_eq!(plan["locked"], false);
    assert_eq!(plan["earlier_versions"][0]["version"], 1);
    let title = field_by_label(&el, "Planens titel");
    assert!(!title.has_attribute("readonly"));
    assert_eq!(
        title.unchecked_ref::<HtmlInputElement>().value(),
        "Mettes plan 2027"
    );
}

#[wasm_bindgen_test]
async fn an_approval_can_be_taken_back_before_the_other_party_approves() {
    let (el, key) = host("revoke");
    let handle = mount(&el, &key);
    tick().await;
    open_section(&el, "Godkendelse").await;
    button_by_text(&el, "Godkend som borger").click();
    tick().await;
    assert_eq!(plan_of(&handle)["approvals"].as_array().unwrap().len(), 1);
    button_by_text(&el, "Træk min godkendelse tilbage").click();
    tick().await;
    assert!(plan_of(&handle)
        .get("approvals")
        .is_none_or(|a| a.as_array().unwrap().is_empty()));
}

/// A plan the host shows read-only is not an approved plan: no section calls it approved,
/// and nothing offers to approve it.
#[wasm_bindgen_test]
async fn a_read_only_draft_is_never_called_approved() {
    let (el, key) = host("read-only-draft");
    let handle = mount_plan(&el, &key, sample_plan("mor-med-angst"));
    handle.state().host.read_only.set(true);
    tick().await;
    let read_only = "Du kan læse planen her, men ikke ændre den.";
    for section in ["Mål", "Indsatser", "Personer", "Samtykke", "Opfølgning"] {
        open_section(&el, section).await;
        let text = el.text_content().unwrap();
        assert!(text.contains(read_only), "{section}");
        assert!(!text.contains("godkendt og låst"), "{section}: {text}");
    }
    open_section(&el, "Godkendelse").await;
    let buttons: Vec<String> = {
        let list = el.query_selector_all("button").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
            .collect()
    };
    assert!(
        !buttons.iter().any(|b| b.contains("Godkend som")),
        "{buttons:?}"
    );
    let refused = handle.state().edit(helhedsplan::model::Edit::SetTitle {
        title: "Ny titel".into(),
    });
    assert!(refused.is_err());
    tick().await;
    let status = el
        .query_selector("[role=status][aria-live]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(status.contains(read_only), "{status}");
}
