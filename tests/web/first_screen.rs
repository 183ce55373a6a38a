//! The first screen: title, own words, role, language, undo/redo, autosave.

use helhedsplan::format;
use helhedsplan::model::Role;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};

use crate::support::*;

#[wasm_bindgen_test]
async fn typing_a_title_edits_the_model_stamped_with_the_role() {
    let (el, key) = host("title");
    let handle = mount(&el, &key);
    tick().await;

    let title = field_by_label(&el, "Planens titel");
    type_into(&title, "Min plan for 2027");
    tick().await;

    let plan = plan_of(&handle);
    assert_eq!(plan["title"], "Min plan for 2027");
    let last = plan["change_log"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["role"], "citizen");
    assert_eq!(
        handle.state().host.actor.get_untracked().role,
        Role::Citizen
    );
}

#[wasm_bindgen_test]
async fn role_switch_changes_the_stamp() {
    let (el, key) = host("role");
    let handle = mount(&el, &key);
    tick().await;

    let select = field_by_label(&el, "Hvem skriver?");
    select
        .unchecked_ref::<web_sys::HtmlSelectElement>()
        .set_value("caseworker");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    type_into(
        &field_by_label(&el, "Det vigtigste for mig"),
        "At komme i arbejde igen",
    );
    tick().await;

    let plan = plan_of(&handle);
    let last = plan["change_log"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["role"], "caseworker");
}

#[wasm_bindgen_test]
async fn undo_button_restores_the_previous_text_and_redo_reapplies_it() {
    let (el, key) = host("undo");
    let handle = mount(&el, &key);
    tick().await;

    let dreams = field_by_label(&el, "Det vigtigste for mig");
    type_into(&dreams, "Jeg vil gerne have et job");
    tick().await;
    button_by_text(&el, "Fortryd").click();
    tick().await;

    assert_eq!(plan_of(&handle)["citizen"]["own_words"]["dreams"], "");
    assert_eq!(dreams.unchecked_ref::<HtmlTextAreaElement>().value(), "");

    button_by_text(&el, "Gentag").click();
    tick().await;
    assert_eq!(
        dreams.unchecked_ref::<HtmlTextAreaElement>().value(),
        "Jeg vil gerne have et job"
    );
}

#[wasm_bindgen_test]
async fn switching_language_relabels_and_keeps_the_text() {
    let (el, key) = host("lang");
    let _handle = mount(&el, &key);
    tick().await;

    type_into(&field_by_label(&el, "Planens titel"), "Min plan");
    button_by_text(&el, "English").click();
    tick().await;

    let title = field_by_label(&el, "Plan title");
    assert_eq!(
        title.unchecked_ref::<HtmlInputElement>().value(),
        "Min plan"
    );
    assert!(el
        .text_content()
        .unwrap()
        .contains("What matters most to me"));
    assert_eq!(
        el.first_element_child()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
}

#[wasm_bindgen_test]
async fn an_edit_is_autosaved_and_restored_by_the_next_editor() {
    let (el, key) = host("autosave");
    let handle = mount(&el, &key);
    tick().await;
    type_into(&field_by_label(&el, "Planens titel"), "Gemt plan");
    tick().await;
    drop(handle);

    let (el2, _) = host("autosave-2");
    let handle2 = mount(&el2, &key);
    tick().await;
    assert_eq!(plan_of(&handle2)["title"], "Gemt plan");
    let title = field_by_label(&el2, "Planens titel");
    assert_eq!(
        title.unchecked_ref::<HtmlInputElement>().value(),
        "Gemt plan"
    );
}

#[wasm_bindgen_test]
async fn a_corrupt_saved_plan_is_kept_aside_and_reported() {
    let (el, key) = host("corrupt");
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item(
            &format!("{key}:plan"),
            "{\"schema_version\": 1, \"title\": ",
        )
        .unwrap();

    let handle = mount(&el, &key);
    tick().await;

    let alert = el
        .query_selector("[role=alert]")
        .unwrap()
        .expect("a visible alert");
    assert!(alert.text_content().unwrap().contains("kunne ikke læses"));
    let kept: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(&format!("{key}:corrupt:")))
        .collect();
    assert_eq!(kept.len(), 1, "the corrupt copy is kept");
    assert_eq!(
        storage.get_item(&kept[0]).unwrap().as_deref(),
        Some("{\"schema_version\": 1, \"title\": ")
    );
    assert!(
        format::import_json(&handle.plan_json()).is_ok(),
        "the editor starts with a valid plan"
    );
}

#[wasm_bindgen_test]
async fn when_storage_refuses_writes_a_warning_offers_export() {
    let (el, key) = host("quota");
    // Storage that is full: every write throws, as browsers do with QuotaExceededError.
    js_sys::eval(
        "window.__hpSetItem = Storage.prototype.setItem; \
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    )
    .unwrap();
    let handle = mount(&el, &key);
    tick().await;
    type_into(&field_by_label(&el, "Planens titel"), "Min plan");
    tick().await;
    js_sys::eval("Storage.prototype.setItem = window.__hpSetItem;").unwrap();

    let alert = el
        .query_selector("[data-state=failed]")
        .unwrap()
        .expect("a visible warning");
    let text = alert.text_content().unwrap();
    assert!(text.contains("Planen bliver ikke gemt"), "{text}");
    button_by_text(&el, "Gem planen som fil");
    // The editor keeps working in memory.
    assert_eq!(plan_of(&handle)["title"], "Min plan");
}

/// A large plan is saved once typing pauses (writing megabytes per keystroke made typing
/// lag), and at once when the page is left; a small plan is saved on every change.
#[wasm_bindgen_test]
async fn a_large_plan_is_saved_after_a_pause_and_when_the_page_is_left() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let saved_title = |key: &str| -> String {
        let text = storage
            .get_item(&format!("{key}:plan"))
            .unwrap()
            .unwrap_or_default();
        serde_json::from_str::<serde_json::Value>(&text)
            .map(|v| v["title"].as_str().unwrap_or_default().to_string())
            .unwrap_or_default()
    };

    let (small, small_key) = host("autosave-small");
    let small_handle = mount(&small, &small_key);
    tick().await;
    small_handle
        .state()
        .edit(helhedsplan::model::Edit::SetTitle {
            title: "Saras plan".into(),
        })
        .unwrap();
    tick().await;
    assert_eq!(
        saved_title(&small_key),
        "Saras plan",
        "small: saved at once"
    );

    let (large, large_key) = host("autosave-large");
    let plan = helhedsplan::model::generate::synthetic_plan(100, 400, 3);
    let handle = mount_plan(&large, &large_key, plan);
    tick().await;
    handle
        .state()
        .edit(helhedsplan::model::Edit::SetTitle {
            title: "Stor plan".into(),
        })
        .unwrap();
    tick().await;
    assert_ne!(
        saved_title(&large_key),
        "Stor plan",
        "large: not on the keystroke itself"
    );
    assert!(
        wait_for(|| saved_title(&large_key) == "Stor plan").await,
        "large: after a pause"
    );

    handle
        .state()
        .edit(helhedsplan::model::Edit::SetTitle {
            title: "Stor plan 2".into(),
        })
        .unwrap();
    tick().await;
    let event = web_sys::Event::new("pagehide").unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    assert_eq!(
        saved_title(&large_key),
        "Stor plan 2",
        "leaving the page saves at once"
    );
}
