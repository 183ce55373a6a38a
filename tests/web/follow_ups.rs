//! Follow-up: add a meeting, set the next date (not before the meeting), record a result
//! per intervention.

use chrono::Utc;
use helhedsplan::model::{Actor, Edit, Intervention, Role, Sector};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

use crate::support::*;

fn set_date(control: &web_sys::Element, iso: &str) {
    control.unchecked_ref::<HtmlInputElement>().set_value(iso);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    control
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_meeting_with_next_date_and_a_result_per_intervention() {
    let (el, key) = host("follow-up");
    let handle = mount(&el, &key);
    tick().await;
    let caseworker = Actor::new(Role::Caseworker, "Lene Holm");
    handle.state().host.actor.set(caseworker.clone());
    let mentor = Intervention::new(Sector::Employment, "Mentor", &caseworker, Utc::now());
    handle
        .state()
        .edit(Edit::AddIntervention {
            intervention: mentor,
            position: None,
        })
        .unwrap();
    open_section(&el, "Opfølgning").await;
    assert!(el
        .text_content()
        .unwrap()
        .contains("Der er ikke aftalt en dato for næste opfølgning."));

    set_date(&field_by_label(&el, "Mødets dato"), "2026-11-20");
    button_by_text(&el, "Tilføj møde").click();
    tick().await;
    assert_eq!(plan_of(&handle)["follow_ups"][0]["date"], "2026-11-20");

    let meeting = el.query_selector(".hp-meeting").unwrap().unwrap();
    // A next date before the meeting is shown as an error in words.
    set_date(&field_by_label(&meeting, "Næste opfølgning"), "2026-11-01");
    tick().await;
    assert!(meeting
        .text_content()
        .unwrap()
        .contains("Næste opfølgning kan ikke ligge før mødet."));
    set_date(&field_by_label(&meeting, "Næste opfølgning"), "2099-02-15");
    tick().await;
    assert!(el
        .text_content()
        .unwrap()
        .contains("Næste opfølgning er 15. februar 2099."));

    type_into(
        &field_by_label(&meeting, "Deltagere"),
        "Sara Jensen\nLene Holm (jobcenter)",
    );
    choose(&field_by_label(&meeting, "Resultat: Mentor"), "continue");
    tick().await;
    type_into(
        &field_by_label(&meeting, "Bemærkning: Mentor"),
        "Sara vil gerne fortsætte",
    );
    tick().await;

    let f = plan_of(&handle)["follow_ups"][0].clone();
    assert_eq!(f["next_date"], "2099-02-15");
    assert_eq!(
        f["participants"],
        serde_json::json!(["Sara Jensen", "Lene Holm (jobcenter)"])
    );
    assert_eq!(f["results"][0]["outcome"], "continue");
    assert_eq!(f["results"][0]["note"], "Sara vil gerne fortsætte");

    // "Ikke vurderet" clears the result.
    choose(&field_by_label(&meeting, "Resultat: Mentor"), "");
    tick().await;
    assert!(plan_of(&handle)["follow_ups"][0].get("results").is_none());
}

/// Participants are typed one per line: the Enter that starts the next line is kept, although
/// the plan stores no empty lines (it used to be swallowed, so a second name could not be typed).
#[wasm_bindgen_test]
async fn participants_can_be_typed_line_by_line() {
    let (el, key) = host("follow-up-lines");
    let handle = mount(&el, &key);
    tick().await;
    open_section(&el, "Opfølgning").await;
    set_date(&field_by_label(&el, "Mødets dato"), "2026-11-20");
    button_by_text(&el, "Tilføj møde").click();
    tick().await;
    let meeting = el.query_selector(".hp-meeting").unwrap().unwrap();
    let field = field_by_label(&meeting, "Deltagere");
    let value = |f: &web_sys::Element| f.unchecked_ref::<web_sys::HtmlTextAreaElement>().value();
    for typed in [
        "Sara",
        "Sara Jensen",
        "Sara Jensen\n",
        "Sara Jensen\nL",
        "Sara Jensen\nLene Holm",
    ] {
        type_into(&field, typed);
        tick().await;
        assert_eq!(value(&field), typed, "the field keeps what was typed");
    }
    assert_eq!(
        plan_of(&handle)["follow_ups"][0]["participants"],
        serde_json::json!(["Sara Jensen", "Lene Holm"])
    );
    // Undo goes back through the model, and the field follows it.
    handle.state().undo();
    tick().await;
    assert_eq!(value(&field), "");
}
