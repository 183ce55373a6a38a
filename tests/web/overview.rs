//! Browser tests: the overview page (task list of the plan's parts) is the start page
//! once a plan has content, shows each part's state, and opens each part.

use chrono::Local;
use helhedsplan::model::coherence::check;
use helhedsplan::model::progress::{progress, PartState};
use helhedsplan::model::{ApprovalRole, Edit, Plan};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

use crate::support::*;

fn rows(root: &Element) -> Vec<(String, String, String)> {
    let items = root.query_selector_all(".hp-task").unwrap();
    (0..items.length())
        .map(|i| {
            let li: Element = items.item(i).unwrap().unchecked_into();
            let text = |sel: &str| {
                li.query_selector(sel)
                    .unwrap()
                    .and_then(|e| e.text_content())
                    .unwrap_or_default()
                    .trim()
                    .to_string()
            };
            (
                text(".hp-task-name"),
                text(".hp-task-state"),
                text(".hp-task-hint"),
            )
        })
        .collect()
}

fn h2(root: &Element) -> String {
    root.query_selector(".hp-section > h2")
        .unwrap()
        .and_then(|h| h.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_plan_with_content_opens_on_the_overview_and_an_empty_one_on_about_me() {
    let (el, key) = host("overview-start");
    let _handle = mount_plan(&el, &key, sample_plan("mor-med-angst"));
    tick().await;
    assert_eq!(h2(&el), "Overblik");

    let (empty, key) = host("overview-empty");
    let _other = mount_plan(&empty, &key, Plan::new(""));
    tick().await;
    assert_eq!(h2(&empty), "Om mig");
}

#[wasm_bindgen_test]
async fn every_part_is_listed_with_its_state_in_words() {
    let plan = sample_plan("mor-med-angst");
    let today = Local::now().date_naive();
    let expected = progress(&plan, &check(&plan, today), today);
    let (el, key) = host("overview-states");
    let _handle = mount_plan(&el, &key, plan);
    tick().await;
    let shown = rows(&el);
    let names: Vec<&str> = shown.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Om mig",
            "Samlet udredning",
            "Mål",
            "Indsatser",
            "Personer",
            "Samtykke",
            "Opfølgning",
            "Godkendelse"
        ]
    );
    for ((name, state, hint), part) in shown.iter().zip(&expected) {
        let word = match part.state {
            PartState::NotStarted => "Ikke startet",
            PartState::InProgress => "I gang",
            PartState::Complete => "Færdig",
            PartState::NeedsAttention => "Se på det",
        };
        assert_eq!(state, word, "{name}");
        // A part that needs attention says why.
        if part.state == PartState::NeedsAttention {
            assert!(!hint.is_empty(), "{name} says why");
        }
    }
    // The sample has not been approved by anyone yet.
    assert_eq!(shown[7].1, "Ikke startet");
}

#[wasm_bindgen_test]
async fn an_approval_changes_the_task_list_at_once() {
    let (el, key) = host("overview-live");
    let handle = mount_plan(&el, &key, sample_plan("familie-med-barn"));
    tick().await;
    handle
        .state()
        .edit(Edit::Approve {
            as_role: ApprovalRole::Citizen,
        })
        .unwrap();
    tick().await;
    let approval = rows(&el).pop().unwrap();
    assert_eq!(approval.0, "Godkendelse");
    assert_eq!(approval.1, "I gang");
    assert_eq!(approval.2, "Venter på, at sagsbehandleren godkender.");
}

#[wasm_bindgen_test]
async fn a_part_opens_from_the_task_list_with_focus_on_its_heading() {
    let (el, key) = host("overview-open");
    let _handle = mount_plan(&el, &key, sample_plan("familie-med-barn"));
    tick().await;
    let list = el.query_selector(".hp-task-list").unwrap().unwrap();
    button_by_text(&list, "Samtykke").click();
    assert!(wait_for(|| focused_id().ends_with("consents-heading")).await);
    assert_eq!(h2(&el), "Samtykke");
}
